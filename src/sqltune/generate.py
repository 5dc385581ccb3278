"""Generate SQL for a question, given a schema (--schema FILE.sql) or a database (--db FILE.sqlite), or for
every row of a prepared test file (--input test.jsonl --output predictions.jsonl).

Greedy decoding, at most --max-new-tokens, stopping at <eos> or <end_of_turn>; batches are left-padded.
Only the cleaned SQL is printed. The prompt settings (template, schema format) are the ones the model was
trained with, read from its folder, unless flags say otherwise.

Decoding that uses the database (where there is one to run on: --db, --schema built in memory, and for
--input rows their Spider database (db_id) or their CREATE/INSERT context):
- --num-candidates N (N > 1): beam search (or, with --candidate-mode sample, seeded sampling) returns N
  candidates; each runs in the read-only sandbox and the first that executes without error and returns at
  least one row is kept, else the first that executes, else the first.
- --self-correct: when the chosen SQL fails to execute, the question is asked once more with the SQL and the
  SQLite error added to it (`correction_prompt`); the new answer replaces the first only if it executes.

--input on several GPUs: `torchrun --nproc-per-node N -m sqltune generate --input test.jsonl ...` (or
`accelerate launch`): each process answers every N-th row on its own GPU; the first process merges the answers
into --output in input order (docs/MULTI_GPU.md).
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .errors import SqltuneError
from .paths import complete_lines, read_jsonl

CONFIG_GROUPS = ("model", "data", "generate", "decoding")
# --candidate-mode sample: top-k 64 is Gemma's own default; without it top-p sorts the whole 262k vocabulary
# at every step, which made sampling several times slower than beam search on CPU.
SAMPLE_TEMPERATURE, SAMPLE_TOP_P, SAMPLE_TOP_K = 0.7, 0.95, 64


def add_arguments(parser) -> None:
    parser.add_argument("--question", "-q", help="The question in plain English.")
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--schema", metavar="FILE.sql", help="CREATE TABLE statements describing the database.")
    src.add_argument("--db", metavar="FILE.sqlite", help="A SQLite database; its schema goes into the prompt.")
    parser.add_argument("--input", metavar="TEST.jsonl", help="Prepared rows (sqltune prepare) to answer in batches.")
    parser.add_argument("--output", metavar="PREDICTIONS.jsonl",
                        help="Where --input predictions go (one JSON object a line; resumable).")


def main(cfg: Config, args) -> int:
    if args.input:
        if args.question:
            raise SqltuneError("give either --question or --input, not both")
        out = Path(args.output or Path(args.input).with_name("predictions.jsonl"))
        from .distributed import Group

        group = Group.from_env()  # several processes under torchrun / accelerate launch: they share the rows
        try:
            n = predict_file(cfg, Path(args.input), out, group)
        finally:
            group.close()
        if group.main:
            print(f"sqltune generate: {n} predictions in {out}")
        return 0
    if not args.question:
        raise SqltuneError("--question is required (or --input TEST.jsonl for a batch)")
    if not (args.schema or args.db):
        raise SqltuneError("give the database: --db FILE.sqlite or --schema FILE.sql")
    context = read_context(cfg, schema=args.schema, db=args.db)
    from .prompts import build_prompt

    prompt = build_prompt(context, args.question, cfg.prompt_template)
    generator = load_generator(cfg)
    if not uses_database(cfg):
        print(generator.generate([prompt], progress=False)[0])
        return 0
    from .sqlexec import Sandbox

    with Sandbox() as sandbox:
        target = _target(db=args.db, context=None if args.db else Path(args.schema).read_text(encoding="utf-8"))
        try:
            run = None if target is None else (lambda sql: sandbox.run(target, sql))
            decision = decode(generator, [prompt], [run], cfg.num_candidates, cfg.candidate_mode,
                              cfg.self_correct, seed=cfg.seed, rule=cfg.candidate_choice)[0]
        finally:
            _close(target)
    if run is None:
        print("sqltune generate: the schema does not build a database, so nothing was executed",
              file=sys.stderr)
    else:
        print(f"sqltune generate: {decision.describe()}", file=sys.stderr)
    print(decision.sql)
    return 0


def uses_database(cfg: Config) -> bool:
    """Whether decoding runs candidates on the database (execution-guided and/or self-correcting)."""
    return cfg.num_candidates > 1 or cfg.self_correct


def _target(db: str | Path | None = None, context: str | None = None):
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


def _close(target) -> None:
    import sqlite3

    if isinstance(target, sqlite3.Connection):
        target.close()


def read_context(cfg: Config, schema: str | None = None, db: str | None = None) -> str:
    from . import schema as schema_mod

    if db:
        if not Path(db).is_file():
            raise SqltuneError(f"database not found: {db}")
        return schema_mod.schema_from_sqlite(db, cfg.schema_format, cfg.sample_rows)
    path = Path(schema)
    if not path.is_file():
        raise SqltuneError(f"schema file not found: {schema}")
    text = path.read_text(encoding="utf-8")
    if cfg.schema_format == "create_table" and not cfg.sample_rows:
        return text.strip()  # the user's own CREATE statements, as written
    return schema_mod.schema_from_sql(text, cfg.schema_format, cfg.sample_rows)


_FENCE = re.compile(r"```(?:sql|sqlite)?\s*(.*?)(?:```|$)", re.S | re.I)


def clean_sql(text: str) -> str:
    """The first SQL statement of a generation: no fences, no prose before it, nothing after its ';'."""
    text = text.strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    text = re.sub(r"^(?:sql|sqlite|answer|query)\s*:\s*", "", text, flags=re.I)
    start = re.search(r"\b(SELECT|WITH|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA)\b", text, re.I)
    if start:
        text = text[start.start():]
    text = _first_statement(text)
    return " ".join(text.split())


_STOPS = ("</", "<SCHEMA>", "<USER_QUERY>", "<start_of_turn>", "<end_of_turn>", "\n\n")


def _first_statement(sql: str) -> str:
    """Cut at the first ';' outside quotes, or where the prompt's markup or a blank line starts: a model that
    does not stop tends to echo `</USER_QUERY>` and begin again."""
    quote = None
    for i, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif ch == ";" or sql.startswith(_STOPS, i):
            return sql[:i]
    return sql


def correction_prompt(prompt: str, sql: str, error: str) -> str:
    """The prompt for a second attempt: the failed SQL and the database's error added to the question.

    With the recipe template the note goes at the end of <USER_QUERY> (the same text as writing it after the
    question); with a template that has no </USER_QUERY> it is appended to the prompt."""
    shown = sql if sql else "(an empty query)"
    note = f"\nA previous attempt, {shown}, failed with the SQLite error: {error}. Write a corrected query."
    end = prompt.rfind("\n</USER_QUERY>")
    if end >= 0:
        return prompt[:end].rstrip() + note + prompt[end:]
    return prompt.rstrip() + note


def choose(candidates: Sequence[str], run: Callable[[str], Any], rule: str = "nonempty") -> tuple[str, int]:
    """(sql, index) of the candidate to keep. `run(sql)` returns an ExecResult-like object (`.ok`, `.rows`);
    each distinct SQL text is run once.

    nonempty: the first (most likely) candidate that executes without error and returns a result, where a
    single row of nothing but 0 and NULL counts as none: that is what a count, sum or max over a filter or join
    that matched nothing returns, far more often a wrong value or join than the answer. If every candidate
    with rows is such a row, the first of them.
    first: the first candidate that executes without error and returns at least one row.
    vote: candidates that return rows vote with their result (rows as a multiset, values normalised as in
    scoring); the largest group wins, a tie goes to the group holding the better-ranked candidate, and that
    group's best-ranked candidate is kept. Different SQL that computes the same rows agrees, so a result the
    model reaches several ways beats a lone top beam (execution-based consensus, as in MBR-exec).
    Any rule, when no candidate returns rows: the first that executes, else the first."""
    if not candidates:
        return "", 0
    results: dict[str, Any] = {}
    first_ok = first_rows = None
    groups: dict[Any, list[int]] = {}
    for k, sql in enumerate(candidates):
        if sql not in results:
            results[sql] = run(sql)
        res = results[sql]
        if res.ok:
            if res.rows:
                if rule == "first" or (rule == "nonempty" and not _nothing_found(res.rows)):
                    return sql, k
                if first_rows is None:
                    first_rows = k
                if rule == "vote":
                    groups.setdefault(_result_key(res.rows), []).append(k)
            if first_ok is None:
                first_ok = k
    if groups:  # dicts keep insertion order: on equal size, max() keeps the group seen first
        k = max(groups.values(), key=len)[0]
        return candidates[k], k
    k = next((i for i in (first_rows, first_ok) if i is not None), 0)
    return candidates[k], k


def _nothing_found(rows) -> bool:
    """One row of only 0 and NULL: `count(*)` = 0, or `sum`/`avg`/`max` over no rows."""
    return len(rows) == 1 and all(v is None or (isinstance(v, int | float) and v == 0) for v in rows[0])


def _result_key(rows) -> tuple:
    from collections import Counter

    from .evaluate import normalize_rows

    return tuple(sorted(Counter(normalize_rows(rows)).items(), key=repr))


@dataclass
class Decision:
    """The answer kept for one question and how it was reached."""

    sql: str
    chosen: int = 0  # index of the kept SQL among its attempt's candidates
    candidates: list[str] = field(default_factory=list)  # the kept attempt's candidates
    executed: bool | None = None  # whether the kept SQL ran without error (None: nothing to run it on)
    retried: bool = False  # a self-correction attempt was made
    retry_kept: bool = False  # ... and its SQL executed, so it replaced the first answer
    first_sql: str | None = None  # the first answer, when a retry was made
    error: str | None = None  # the first answer's database error, when a retry was made

    def describe(self) -> str:
        n = len(self.candidates)
        text = f"candidate {self.chosen + 1} of {n} kept" if n > 1 else "one candidate"
        if self.executed is not None:
            text += ", executes" if self.executed else ", fails to execute"
        if self.retried:
            text += ("; self-correction after the error replaced the first answer" if self.retry_kept
                     else "; self-correction was tried but did not execute either, the first answer stands")
        return text

    def record(self) -> dict:
        """The per-question fields saved next to a prediction."""
        out: dict = {"chosen": self.chosen, "retried": self.retried}
        if len(self.candidates) > 1:
            out["candidates"] = self.candidates
        if self.retried:
            out.update({"retry_kept": self.retry_kept, "first_sql": self.first_sql, "first_error": self.error})
        return out


def memoized(run: Callable[[str], Any] | None) -> Callable[[str], Any] | None:
    """`run` with each SQL text's result kept, so no query runs twice (None stays None)."""
    if run is None:
        return None
    cache: dict[str, Any] = {}

    def cached(sql: str):
        if sql not in cache:
            cache[sql] = run(sql)
        return cache[sql]

    return cached


def decode(generator: Generator, prompts: list[str], runs: Sequence[Callable[[str], Any] | None],
           num_candidates: int = 1, mode: str = "beam", self_correct: bool = False, batch_size: int | None = None,
           seed: int = 42, progress: bool = False, rule: str = "nonempty") -> list[Decision]:
    """Candidates -> choose -> (optionally) one self-correction, for every prompt. runs[i](sql) executes on
    prompt i's database (an ExecResult-like object), or is None where there is none: the first candidate is
    kept and never retried."""
    if len(runs) != len(prompts):
        raise ValueError("one run function (or None) per prompt")
    runs = [memoized(r) for r in runs]

    def attempt(texts: list[str], which: list[int]) -> list[tuple[str, int, list[str]]]:
        cands = generator.candidates(texts, num_candidates, mode, batch_size=batch_size, seed=seed,
                                     progress=progress)
        out = []
        for i, cs in zip(which, cands, strict=True):
            sql, k = choose(cs, runs[i], rule) if runs[i] is not None else (cs[0], 0)
            out.append((sql, k, cs))
        return out

    decisions = []
    for i, (sql, k, cs) in enumerate(attempt(prompts, list(range(len(prompts))))):
        executed = None if runs[i] is None else runs[i](sql).ok
        decisions.append(Decision(sql, k, cs, executed))
    if self_correct:
        failed = [i for i, d in enumerate(decisions) if d.executed is False]
        if failed:
            retry = [correction_prompt(prompts[i], decisions[i].sql, runs[i](decisions[i].sql).message)
                     for i in failed]
            for i, (sql, k, cs) in zip(failed, attempt(retry, failed), strict=True):
                d = decisions[i]
                d.retried, d.first_sql, d.error = True, d.sql, runs[i](d.sql).message
                if runs[i](sql).ok:
                    d.sql, d.chosen, d.candidates, d.executed, d.retry_kept = sql, k, cs, True, True
    return decisions


class Generator:
    """Batched generation from user-prompt texts to cleaned SQL: greedy, or several candidates per prompt."""

    def __init__(self, model, tokenizer, max_new_tokens: int = 256, batch_size: int = 8):
        from .models import END_OF_TURN

        self.model, self.tokenizer = model, tokenizer
        self.max_new_tokens, self.batch_size = max_new_tokens, batch_size
        tokenizer.padding_side = "left"
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        self.eos_ids = [tokenizer.eos_token_id, END_OF_TURN]

    def chat_text(self, prompt: str) -> str:
        return self.tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                                  add_generation_prompt=True)

    def _batches(self, prompts: list[str], per_prompt: int, options: dict, batch_size: int | None,
                 progress: bool) -> list[list[str]]:
        """`per_prompt` decoded generations for every prompt, with model.generate options."""
        import torch
        from tqdm.auto import tqdm

        bs = batch_size or self.batch_size
        # Longest first: batches of similar length waste less on padding; results go back in input order.
        order = sorted(range(len(prompts)), key=lambda i: -len(prompts[i]))
        out: list[list[str]] = [[] for _ in prompts]
        bar = tqdm(total=len(prompts), desc="generating", unit="q", disable=not progress, file=sys.stderr)
        for start in range(0, len(order), bs):
            idx = order[start:start + bs]
            texts = [self.chat_text(prompts[i]) for i in idx]
            enc = self.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
            enc = {k: v.to(self.model.device) for k, v in enc.items()}
            with torch.inference_mode():
                gen = self.model.generate(**enc, max_new_tokens=self.max_new_tokens, eos_token_id=self.eos_ids,
                                          pad_token_id=self.tokenizer.pad_token_id, **options)
            new = gen[:, enc["input_ids"].shape[1]:]
            # generate returns the sequences of one prompt next to each other (num_return_sequences each)
            for j, row in enumerate(new):
                out[idx[j // per_prompt]].append(self.tokenizer.decode(row, skip_special_tokens=True))
            bar.update(len(idx))
        bar.close()
        return out

    def generate_raw(self, prompts: list[str], batch_size: int | None = None, progress: bool = True) -> list[str]:
        return [c[0] for c in self._batches(prompts, 1, {"do_sample": False}, batch_size, progress)]

    def generate(self, prompts: list[str], batch_size: int | None = None, progress: bool = True) -> list[str]:
        return [clean_sql(t) for t in self.generate_raw(prompts, batch_size, progress)]

    def candidates_raw(self, prompts: list[str], n: int, mode: str = "beam", batch_size: int | None = None,
                       seed: int = 42, progress: bool = False) -> list[list[str]]:
        """n generations per prompt: beam search (num_beams = n, the n best beams, best first) or seeded
        sampling (temperature 0.7, top-p 0.95, top-k 64); n = 1 is greedy whatever the mode."""
        if n < 1:
            raise ValueError(f"n must be at least 1 (got {n})")
        if n == 1:
            return [[t] for t in self.generate_raw(prompts, batch_size, progress)]
        if mode == "beam":
            options = {"do_sample": False, "num_beams": n, "num_return_sequences": n}
        elif mode == "sample":
            import torch

            torch.manual_seed(seed)
            options = {"do_sample": True, "temperature": SAMPLE_TEMPERATURE, "top_p": SAMPLE_TOP_P, "top_k": SAMPLE_TOP_K,
                       "num_return_sequences": n}
        else:
            raise ValueError(f"unknown candidate mode {mode!r} (beam or sample)")
        # (a batch of b prompts decodes b * n sequences)
        return self._batches(prompts, n, options, batch_size, progress)

    def candidates(self, prompts: list[str], n: int, mode: str = "beam", batch_size: int | None = None,
                   seed: int = 42, progress: bool = False) -> list[list[str]]:
        """n cleaned SQL candidates per prompt, best first (see candidates_raw); duplicates are kept, so
        index k is always the k-th generation."""
        return [[clean_sql(t) for t in c] for c in self.candidates_raw(prompts, n, mode, batch_size, seed, progress)]


def load_generator(cfg: Config) -> Generator:
    from .models import load_for_inference

    model, tokenizer = load_for_inference(cfg)
    return Generator(model, tokenizer, cfg.max_new_tokens, cfg.batch_size)


def predict_file(cfg: Config, input_path: Path, output_path: Path, group=None) -> int:
    """Answer every row of a prepared file; rows already in `output_path` are kept and skipped (resume).

    With decoding that uses the database, a row runs its SQL on its Spider database (db_id) or on an
    in-memory database built from its context; a row with neither keeps its first candidate.

    Under a launcher (`group`, a distributed.Group of several processes) each process answers every N-th row
    still to answer into its own part file, and the main process folds them into `output_path` in input order."""
    from .distributed import Group, fold_parts, part_file

    group = group or Group()
    rows = read_jsonl(input_path, require="id")
    order = [str(r["id"]) for r in rows]
    todo = None
    if group.main:  # the only process that writes before generating; the others wait for its list
        fold_parts(output_path, order)  # answers left in part files by an interrupted run of several processes
        done = _finished_ids(output_path)
        todo = [k for k, r in enumerate(rows) if r["id"] not in done]
        if group.world > 1 and todo:
            print(f"sqltune generate: {len(todo)} rows to answer, shared by {group.world} processes", flush=True)
    todo = [rows[k] for k in group.share(todo)]
    if todo:
        generator = load_generator(group.placed(cfg))
        with_db = uses_database(cfg)
        from .sqlexec import Sandbox

        target = output_path if group.world == 1 else part_file(output_path, group.rank)
        with open(target, "a", encoding="utf-8") as f, Sandbox() as sandbox:
            # Written batch by batch so a killed run loses at most one batch.
            step = cfg.batch_size * 8
            for start in range(0, len(todo), step):
                chunk = todo[start:start + step]
                prompts = [r["messages"][0]["content"] for r in chunk]
                if not with_db:
                    for r, sql in zip(chunk, generator.generate(prompts, progress=group.main)):
                        f.write(json.dumps({"id": r["id"], "sql": sql, "gold": r.get("sql"),
                                            "db_id": r.get("db_id")}) + "\n")
                    f.flush()
                    continue
                targets = [_row_target(r) for r in chunk]
                try:
                    runs = [None if t is None else (lambda sql, t=t: sandbox.run(t, sql)) for t in targets]
                    decisions = decode(generator, prompts, runs, cfg.num_candidates, cfg.candidate_mode,
                                       cfg.self_correct, seed=cfg.seed, progress=group.main,
                                       rule=cfg.candidate_choice)
                finally:
                    for t in targets:
                        _close(t)
                for r, d in zip(chunk, decisions):
                    f.write(json.dumps({"id": r["id"], "sql": d.sql, "gold": r.get("sql"), "db_id": r.get("db_id"),
                                        **d.record()}) + "\n")
                f.flush()
    if group.world > 1:
        group.finish(None)
        if group.main:
            fold_parts(output_path, order)
    return len(rows)


def _row_target(row: dict):
    """The database a prepared row's SQL runs on: its Spider database, its context built in memory, or None."""
    if row.get("db_id"):
        from .spider import database_path

        return database_path(row["db_id"])
    return _target(context=row.get("context"))


def _finished_ids(path: Path) -> set[str]:
    """Ids already answered; a last line cut short by a killed run is removed so the file stays valid."""
    if not complete_lines(path, repair=True):
        return set()
    return {r["id"] for r in read_jsonl(path, require="id")}
