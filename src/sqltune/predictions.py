"""Predictions files: the one resumable batch routine that writes them (`sqltune generate --input` and
`sqltune evaluate` with a model), and the reader that aligns a predictions file with a test set for scoring.

Answers are appended as they become final (a chunk's answers that need no retry before its retries), so a
killed run loses at most the chunk's open answers and the next run answers only what is missing; a run that
ends puts the file in the questions' order. Under a launcher (torchrun, accelerate launch) each process answers
every N-th open row into its own part file and the main process folds them into the output in input order
(sqltune.distributed).
"""

from __future__ import annotations

import json
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .distributed import Group, fold_parts, part_file, put_in_order
from .errors import SqltuneError
from .paths import complete_lines, read_jsonl
from .testsets import TestSet


@dataclass
class Job:
    """One prompt to answer, where its SQL can run (a database file, a CREATE/INSERT context, or neither), and
    fields saved beside the answer."""

    id: str
    prompt: str
    db_path: Path | None = None
    context: str | None = None
    extra: dict = field(default_factory=dict)
    question: str = ""  # (--candidate-choice rerank reads it)


@dataclass
class Progress:
    """What this process generated, kept up to date so that an interrupted run can still record it."""

    generated: int = 0
    seconds: float = 0.0
    constraint: dict | None = None  # the constrained decoding's own counters and times (Constrainer.stats)
    beam_search: dict | None = None  # batches of beams decoded by sqltune.beams and by transformers' generate
    attention: str | None = None  # the sdpa kernels decoding used (sqltune.attention.decoding_attention)


def open_target(db: str | Path | None = None, context: str | None = None) -> Path | sqlite3.Connection | None:
    """What SQL runs on: a database file, an in-memory database built from a context, or None (nothing)."""
    if db is not None:
        return Path(db)
    if context is not None and context.strip():
        from .sqlexec import context_database

        try:
            return context_database(context)
        except SqltuneError:  # a schema SQLite cannot build: no execution, the plain first candidate
            return None
    return None


def close_target(target: Any) -> None:
    if isinstance(target, sqlite3.Connection):
        target.close()


def saved_answers(path: Path) -> dict[str, dict]:
    """Answers saved by an earlier run, as their saved rows ({"id", "sql", ...}) by id. A last line cut short
    by a kill is removed first, or the next appended answer would be glued to it."""
    done: dict[str, dict] = {}
    for line in complete_lines(path, repair=True).decode("utf-8", errors="replace").splitlines():
        try:
            row = json.loads(line)
            if not isinstance(row["sql"], str):
                raise TypeError
            done[str(row["id"])] = row
        except (json.JSONDecodeError, KeyError, TypeError):
            continue  # not ours; the answer is generated again
    return done


def answer(cfg, jobs: list[Job], output: Path, group: Group | None = None, progress: Progress | None = None,
           desc: str = "generating", show: bool = True, timeout: float = 10.0, row_cap: int = 100_000) -> bool:
    """Answer every job not yet in `output` with the decoding of cfg (sqltune.decoding), appending
    {"id", "sql", **extra, **decision fields} rows. Candidates run on each job's database in a sandbox with
    `timeout` and `row_cap`. Returns whether this process is the main one (the others stop there); `progress`
    counts what this process generated (under a launcher, the main process's count becomes the whole
    group's: the folded rows, and the slowest process's seconds)."""
    from .decoding import decode, needs_target, options

    group = group or Group()
    progress = progress if progress is not None else Progress()
    order = [j.id for j in jobs]
    todo = None
    if group.main:  # the only process that writes before generating; the others wait for its list
        fold_parts(output, order)  # answers left in part files by an interrupted run of several processes
        done = saved_answers(output)
        todo = [k for k, j in enumerate(jobs) if j.id not in done]
        if group.world > 1 and todo:
            print(f"sqltune: {desc}: {len(todo)} questions to generate, shared by {group.world} processes"
                  + (f" ({len(done)} saved before)" if done else ""), flush=True)
    pending = [jobs[k] for k in group.share(todo)]
    seconds = 0.0
    if pending:
        from tqdm import tqdm

        from .decoding import load_generator
        from .sqlexec import Sandbox

        generator = load_generator(group.placed(cfg))
        progress.attention = generator.attention
        with_db = needs_target(cfg)
        # every process reads its share of the GPU's free memory (Generator.free_share) once all have loaded
        # their model and before any decodes: so the batches, and the answers, are the same from run to run
        group.together("loaded its model, but the others did not all load theirs")
        # saved after every chunk: an interruption loses at most this many (four batches of the size the longest
        # prompt gets: a chunk of shorter prompts gets batches as large or larger, so at most four)
        chunk = 4 * generator.prompts_a_batch([j.prompt for j in pending], cfg.num_candidates, cfg.batch_size)
        group.together("sized its batches, but the others did not all size theirs")
        if group.world > 1:  # the main process shows its own share; the others keep quiet
            bar = tqdm(total=len(pending), desc=f"{desc} (process 1 of {group.world})", unit="q",
                       disable=not (show and group.main), file=sys.stderr)
        else:
            bar = tqdm(total=len(jobs), initial=len(jobs) - len(pending), desc=desc, unit="q", disable=not show,
                       file=sys.stderr)
        target = output if group.world == 1 else part_file(output, group.rank)
        try:
            with target.open("a", encoding="utf-8") as f, Sandbox(timeout, row_cap) as sandbox:
                for start in range(0, len(pending), chunk):
                    batch = pending[start:start + chunk]
                    clock = [time.perf_counter()]

                    def save(which: list[int], decisions: list, batch=batch, clock=clock) -> None:
                        # answers final before the rest of the chunk (those that need no retry) are saved and
                        # counted at once: the retries of a large chunk can take minutes
                        nonlocal seconds
                        for k, d in zip(which, decisions, strict=True):
                            j = batch[k]
                            f.write(json.dumps({"id": j.id, "sql": d.sql, **j.extra, **d.record()},
                                               ensure_ascii=False) + "\n")
                        f.flush()
                        now = time.perf_counter()
                        took, clock[0] = now - clock[0], now
                        seconds += took
                        if group.world == 1:
                            progress.generated += len(which)
                            progress.seconds += took
                        if generator.constrainer is not None:
                            progress.constraint = generator.constrainer.stats()
                        if any(generator.beam_batches.values()):
                            progress.beam_search = dict(generator.beam_batches)
                        bar.update(len(which))

                    # (a context SQLite cannot build gives no target: nothing to run candidates on)
                    targets = [open_target(j.db_path, j.context) if with_db else None for j in batch]
                    try:
                        runs = [None if t is None else (lambda sql, t=t: sandbox.run(t, sql)) for t in targets]
                        decode(generator, [j.prompt for j in batch], runs, batch_size=cfg.batch_size,
                               targets=targets, settled=save, questions=[j.question for j in batch],
                               **options(cfg))
                    finally:
                        for t in targets:
                            close_target(t)
        finally:
            bar.close()
            del generator
            _free_accelerator()
    if group.world > 1:
        shares = group.finish(seconds)
        if not group.main:
            return False
        progress.generated += fold_parts(output, order)
        progress.seconds += max(shares)  # the processes ran side by side: the group took as long as the slowest
    put_in_order(output, order)  # (the questions' order, whatever order their answers settled in)
    return True


def _free_accelerator() -> None:
    import gc

    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


def read_predictions(path: str | Path, test: TestSet) -> list[str]:
    """A predictions file aligned with the test items: one SQL a line (the official format, `SQL<TAB>db_id`
    accepted), or JSONL rows with a "sql" or "prediction" field, matched to the test rows by "id" when the
    rows have one (then every row must, and every test row needs its answer) and by line otherwise."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")  # (a byte-order mark is not part of the first line)
    except (OSError, UnicodeDecodeError) as e:
        raise SqltuneError(f"cannot read predictions file {path}: {e}") from None
    lines = text.splitlines()
    n = len(test.items)
    first = next((line for line in lines if line.strip()), "")
    if first.lstrip().startswith("{"):
        rows = read_jsonl(path, what="predictions file")
        for k, row in enumerate(rows, 1):
            if not any(isinstance(row.get(key), str | None) and key in row for key in ("sql", "prediction")):
                raise SqltuneError(f"predictions file {path}, row {k}: expected an object with a 'sql' or "
                                   "'prediction' text field")
        preds = [row.get("sql", row.get("prediction")) or "" for row in rows]
        with_id = [row.get("id") is not None for row in rows]
        if any(with_id):
            if not all(with_id):
                raise SqltuneError(f"predictions file {path}: row {with_id.index(False) + 1} has no 'id' while "
                                   "others have one; give every row its test id, or none (then lines align)")
            by_id = {str(row["id"]): p for row, p in zip(rows, preds, strict=True)}
            known = {it.id for it in test.items}
            if not known & set(by_id):
                raise SqltuneError(f"predictions file {path}: no 'id' matches a row of {test.name} (first id "
                                   f"{next(iter(by_id))!r}; the test set's ids look like {test.items[0].id!r})")
            missing = [it.id for it in test.items if it.id not in by_id]
            if missing:
                raise SqltuneError(f"predictions file {path} has no prediction for test row {missing[0]}"
                                   + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
            return [by_id[it.id] for it in test.items]
    else:
        preds = []
        for line, item in zip(lines, test.items, strict=False):  # counts are checked below
            # The official gold format appends "\t<db_id>"; accept prediction files written that way too.
            sql, _, db = line.partition("\t")
            preds.append(sql if db.strip() == (item.db_id or "") else line)
        preds += lines[len(preds):]
    # A file for the whole test set also scores a --limit run: its first lines are used.
    if len(preds) != n and len(preds) != test.available:
        raise SqltuneError(f"predictions file {path} has {len(preds)} predictions but the test set "
                           f"{test.name} has {test.available} rows"
                           + (f" ({n} after --limit)" if test.available > n else ""))
    return preds[:n]
