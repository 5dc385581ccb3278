"""Execution accuracy: run predicted and gold SQL on the test databases and compare their results.

Test sets (--test): `spider-dev` (default: the 972 Spider dev questions whose database ships), `spider-syn` (the
same questions with schema words replaced by synonyms, Spider-Syn, bundled), a prepared
test.jsonl from `sqltune prepare`, a Spider-format JSON list of {question, query, db_id}, or gretel-shaped
JSONL rows whose `sql_context` (CREATE/INSERT statements) builds a private in-memory database per row.

Predictions come from a model (--model, and --compare for a second one; generated in batches, saved to
<out>/<label>/predictions.jsonl as they come, so an interrupted run resumes where it stopped) or from files
(--predictions: one SQL a line, or JSONL with a "sql" or "prediction" field, aligned with the test set).
A model decodes greedily unless --num-candidates N (execution-guided: N beams or samples, one that executes
and returns a result is kept, by --candidate-choice) or --self-correct (one retry with the database error) is given; both run
candidates in the same sandbox and limits as the scoring, and their time counts in questions/s. Which
candidate was kept and whether a retry was made is saved per question (predictions.jsonl, results.jsonl)
and summed up under settings.decoding in report.json.

Several processes: on a GPU machine the command runs itself as 2 processes a GPU (--processes auto, for 200
questions or more; --processes N for another number), or run it under a launcher,
  torchrun --nproc-per-node 4 -m sqltune evaluate --model runs/demo/merged
  accelerate launch --config_file configs/accelerate/ddp.yaml --num_processes 4 -m sqltune evaluate ...
Each process loads the model on its GPU and answers every 4th question still to answer; the first process
merges the answers into <label>/predictions.jsonl in test order and alone scores and writes the reports.
Resuming works with any number of processes (docs/MULTI_GPU.md).

Scoring rules (the Spider convention, made explicit):
- A prediction is correct when its result equals the gold query's result. Both run in a sandbox (read-only,
  no ATTACH/PRAGMA/extensions/writes, one statement, --timeout seconds, --row-cap rows); a prediction that
  errs, times out or exceeds the row cap is wrong.
- Rows are compared as multisets (duplicates count; DISTINCT is never removed). Row order matters only when
  the gold query has a top-level ORDER BY; then the two row lists must be equal in order.
- Columns are compared by position. --column-permutation also accepts any reordering of the predicted
  columns (what the official test-suite scorer does). Column names never matter.
- Values: floats are rounded to 10 significant digits; 1 and 1.0 are equal; blobs are compared as UTF-8 text;
  text is compared exactly (case and spaces count); NULL equals NULL.
- Two empty results are equal, whatever their columns (as in the official scorer).
- execution_accuracy_official is reported next to it, always: the official test-suite scorer's default rules.
  Every DISTINCT keyword is deleted from both queries (also inside subqueries and count(DISTINCT x)) and
  '> =' becomes '>=', both are run again where that changed them, any column order is accepted, and row
  order matters when the gold text contains 'order by' anywhere. Values are compared as above.
- Gold SQL that fails to run is listed under `gold_errors` in report.json and left out of n.
- exact_match: both queries parse with sqlglot (SQLite dialect), unquoted identifiers are lowercased and the
  SQL is regenerated; the two texts must be equal. parse_rate: the prediction parses as one query.
Outputs in --out: report.md, accuracy.png, comparison.json and gold.sql (`SQL<TAB>db_id`, the official
format) at the top; per model or file in <label>/: report.json, predictions.sql (one SQL a line, for the
official scorer), results.jsonl (every question, judged) and, for a model, predictions.jsonl and run.json.
"""

from __future__ import annotations

import dataclasses
import json
import re
import sys
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

from .config import INHERITED, Config, load_yaml, model_folder_defaults
from .decoding import decoding_settings, needs_target
from .distributed import Group, add_processes_flag, as_processes
from .errors import SqltuneError
from .models import cpu_weights_in_use
from .paths import atomic_write_text
from .predictions import Job, Progress, answer, read_predictions, saved_answers
from .prompts import PromptBuilder
from .reports import (
    comparison_json,
    decoding_summary,
    print_examples,
    print_table,
    versions,
    write_chart,
    write_markdown,
)
from .scoring import (
    COMPARISON_RULES,
    DEFAULT_ROW_CAP,
    DEFAULT_TIMEOUT,
    category_order,
    one_line,
    score,
    summarize,
)
from .testsets import SPIDER_DEV, TestSet, load_test_set

CONFIG_GROUPS = ("model", "data", "generate", "decoding")
DEFAULTS = {"model": "sqltune-270m"}  # the shipped trained model (gemma-3-270m + its Spider adapter)


def add_arguments(parser) -> None:
    parser.add_argument("--test", default=SPIDER_DEV, metavar="FILE|spider-dev|spider-syn",
                        help="Test set: spider-dev or spider-syn (built in: Spider dev, and the same questions "
                             "with schema words replaced by synonyms), a prepared test.jsonl, a Spider-format .json "
                             "({question, query, db_id} rows) or gretel-shaped .jsonl (sql_context). "
                             "[default: spider-dev]")
    parser.add_argument("--db-dir", metavar="DIR",
                        help="Databases of Spider-format rows, as DIR/<db_id>/<db_id>.sqlite "
                             "[default: the bundled Spider databases]")
    parser.add_argument("--predictions", action="append", metavar="FILE",
                        help="Score this file instead of generating: one SQL a line, or JSONL with a 'sql' or "
                             "'prediction' field (and optionally 'id'), aligned with the test set. Repeatable.")
    parser.add_argument("--compare", action="append", metavar="MODEL",
                        help="Also generate with this model and score it on the same set, side by side "
                             "(e.g. --model gemma-3-270m --compare runs/demo). Repeatable.")
    parser.add_argument("--label", action="append", metavar="NAME",
                        help="Name of each model/file in reports, in order (default: from the path).")
    parser.add_argument("--out", metavar="DIR",
                        help="Report folder [default: <model>/eval for a model folder, else runs/eval]")
    parser.add_argument("--limit", type=int, metavar="N", help="Score only the first N test rows.")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"Time limit per query; a prediction cut there is wrong. [default: {DEFAULT_TIMEOUT:g}]")
    parser.add_argument("--row-cap", type=int, default=DEFAULT_ROW_CAP, metavar="N",
                        help=f"Most rows fetched per query; more is an error. [default: {DEFAULT_ROW_CAP}]")
    parser.add_argument("--column-permutation", action="store_true",
                        help="Accept predicted columns in any order (the official test-suite rule); "
                             "default: columns compared by position.")
    parser.add_argument("--show", type=int, default=0, metavar="N",
                        help="Also print the first N questions with the gold SQL, the model's SQL and whether their "
                             "results match. [default: 0]")
    parser.add_argument("--overwrite", action="store_true",
                        help="Write the reports into --out even when it holds files that no evaluation wrote.")
    parser.add_argument("--no-progress", dest="progress", action="store_false",
                        help="No progress bar while generating.")
    add_processes_flag(parser)


def main(cfg: Config, args) -> int:
    _check_args(args)
    systems = _systems(cfg, args)
    if args.out:
        out = Path(args.out)
    elif not args.predictions and Path(cfg.model).is_dir():
        out = Path(cfg.model) / "eval"
    else:
        out = Path("runs/eval")
    from .paths import check_output_dir

    # an earlier evaluation's folder (reports, or answers being generated: run.json) is its own, and resumes
    check_output_dir(out, ("comparison.json", "report.md", "*/run.json", "*/report.json"),
                     getattr(args, "overwrite", False), "--out")
    test = load_test_set(args.test, cfg, args.db_dir, args.limit)
    if (code := as_processes(args, any(kind == "model" for _, kind, _ in systems), len(test.items),
                             cfg.device_map)) is not None:
        return code  # the processes generated, and their main process scored

    predictions: dict[str, list[str]] = {}
    gen_stats: dict[str, dict] = {}
    group = Group.from_env()  # several processes under torchrun / accelerate launch: they share the generation
    ok = False
    try:
        for label, kind, what in systems:
            if kind == "file":
                predictions[label] = read_predictions(what, test)
            else:
                predictions[label], gen_stats[label] = generate_predictions(
                    model_config(cfg, what, args), test, out / label, progress=args.progress,
                    timeout=args.timeout, row_cap=args.row_cap, group=group)
        ok = True
    finally:
        group.close(ok)
    if not group.main:
        return 0  # the main process scores and writes the reports

    gold_errors, judged = score(test, predictions, args.timeout, args.row_cap, args.column_permutation)
    if not next(iter(judged.values())):
        raise SqltuneError(f"nothing to score: all {len(gold_errors)} gold queries of {test.name} failed "
                           f"(first: {gold_errors[0]['id']}: {gold_errors[0]['message']})")
    order = category_order(test)
    settings_common = {
        "test_set": test.name, "test_rows": test.total, "skipped": test.skipped, "limit": args.limit,
        "database_dir": str(test.db_dir) if test.db_dir else None,
        "timeout_s": args.timeout, "row_cap": args.row_cap, "category_kind": test.category_kind,
        "comparison": {"columns": "any permutation (--column-permutation)" if args.column_permutation
                       else "by position", **COMPARISON_RULES},
        "versions": versions(bool(gen_stats)),
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    out.mkdir(parents=True, exist_ok=True)
    scored_ids = {r["id"] for r in next(iter(judged.values()))}
    scored = [it for it in test.items if it.id in scored_ids]
    reports: dict[str, dict] = {}
    for label, kind, what in systems:
        rep = {"label": label, **summarize(judged[label], order), "category_kind": test.category_kind,
               "gold_errors": gold_errors}
        settings = {"model": what if kind == "model" else None, "predictions_file": what if kind == "file" else None,
                    **settings_common}
        if kind == "model":
            mcfg = model_config(cfg, what, args)
            settings.update({k: getattr(mcfg, k) for k in ("tokenizer", "dtype", *INHERITED, "max_new_tokens",
                                                           "batch_size")})
            if (weights := cpu_weights_in_use(mcfg)) is not None:  # a CPU's answers depend on them
                settings["cpu_weights"] = weights
            stats = dict(gen_stats[label])
            per_question = stats.pop("per_question")
            for row in judged[label]:  # which candidate was kept, and whether a retry was made
                row.update(per_question.get(row["id"], {}))
            settings["decoding"] = decoding_summary(mcfg, judged[label])  # over the n questions scored
            rep["generation"] = stats
            if stats["seconds"] > 0:
                rep["throughput_qps"] = round(stats["questions"] / stats["seconds"], 3)
                settings["decoding"]["seconds_per_question"] = round(stats["seconds"] / stats["questions"], 4)
        rep["settings"] = settings
        reports[label] = rep
        folder = out / label
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_text(folder / "report.json", json.dumps(rep, indent=2, ensure_ascii=False) + "\n")
        atomic_write_text(folder / "predictions.sql", "".join(one_line(r["prediction"]) + "\n" for r in judged[label]))
        atomic_write_text(folder / "results.jsonl",
                          "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in judged[label]))
    if all(it.db_id for it in scored):
        atomic_write_text(out / "gold.sql", "".join(f"{one_line(it.gold)}\t{it.db_id}\n" for it in scored))
    else:
        (out / "gold.sql").unlink(missing_ok=True)  # rows built from a context have no official format
    atomic_write_text(out / "comparison.json", json.dumps(comparison_json(test, reports, judged), indent=2) + "\n")
    write_markdown(out / "report.md", test, reports, order, gold_errors, {**settings_common})
    try:
        write_chart(out / "accuracy.png", reports, order, test.category_kind,
                    f"Execution accuracy on {Path(test.name).name}")
    except ImportError:  # a minimal install (e.g. a bare GPU box); the numbers are all in the reports
        print("sqltune evaluate: matplotlib is not installed, so no accuracy.png", file=sys.stderr)
    if args.show > 0:
        print_examples(judged, args.show)
    print_table(test, reports, order, gold_errors, out)
    return 0


def _settings_changes(before: dict, now: dict, prefix: str = "") -> list[str]:
    """'key: <there> there, <now> now' for each setting that differs (decoding's one level down)."""
    if prefix == "decoding.":  # with candidates, an absent choice means first (decoding_settings)
        before, now = ({"candidate_choice": "first", **d} if d.get("num_candidates", 1) > 1 else d
                       for d in (before, now))
        if before.get("num_candidates", 1) == 1 and "candidate_choice" not in before:
            # greedy folders recorded their retries' choice only since 2026-12-05 (nonempty or rerank before)
            before = {**before, "candidate_choice": now.get("candidate_choice")}
    out = []
    for k in sorted({*before, *now}):
        a, b = before.get(k), now.get(k)
        if isinstance(a, dict) and isinstance(b, dict):
            out += _settings_changes(a, b, f"{prefix}{k}.")
        elif a != b:
            out.append(f"{prefix}{k}: {'-' if a is None else a} there, {'-' if b is None else b} now")
    return out


def model_config(cfg: Config, model: str, args=None) -> Config:
    """cfg for generating with `model`. cfg (from config_from_args) already holds --model's prompt settings
    (prompt template, schema format, sample rows: from its sqltune.json when it is a training or merge
    folder). Another model (--compare) gets its own the same way: defaults < its folder < YAML < flags, so a
    model's prompts do not depend on which other model is evaluated with it."""
    if model == cfg.model:
        return cfg
    given = {k for k in INHERITED if getattr(args, f"cfg__{k}", None) is not None}
    if getattr(args, "config", None):
        given |= set(load_yaml(args.config))
    own = {**{k: getattr(Config(), k) for k in INHERITED}, **model_folder_defaults(model)}
    return dataclasses.replace(cfg, model=model, **{k: v for k, v in own.items() if k not in given})


def generate_predictions(cfg: Config, test: TestSet, folder: Path, progress: bool = True,
                         timeout: float = DEFAULT_TIMEOUT, row_cap: int = DEFAULT_ROW_CAP,
                         group: Group | None = None) -> tuple[list[str], dict]:
    """Predictions for every test item from cfg.model, appended to folder/predictions.jsonl as they come;
    items already there (an interrupted run) are not generated again (sqltune.predictions.answer).

    folder/run.json records the settings the answers were made with (a resumed run cannot mix two ways) and
    the questions generated and seconds taken; candidates' execution time is part of those seconds. The stats
    returned hold `per_question` ({id: {"chosen", "retried", ...}}). Under a launcher only the main process
    returns predictions; the others return ([], {})."""
    group = group or Group()
    folder.mkdir(parents=True, exist_ok=True)
    out_file, run_file = folder / "predictions.jsonl", folder / "run.json"
    settings = {"model": cfg.model, "test_set": test.name, "prompt_template": cfg.prompt_template,
                "schema_format": cfg.schema_format, "sample_rows": cfg.sample_rows,
                "max_new_tokens": cfg.max_new_tokens, "tokenizer": cfg.tokenizer}
    if cpu_weights_in_use(cfg) == "int8":  # int8 answers differ from float32's: never mixed in one folder
        settings["cpu_weights"] = "int8"  # (absent for float32, as in folders written before the option)
    if needs_target(cfg):  # (absent for plain greedy, so folders written before these options still resume)
        settings["decoding"] = {**decoding_settings(cfg), **({"seed": cfg.seed} if cfg.num_candidates > 1
                                                             and cfg.candidate_mode == "sample" else {})}
    run = json.loads(run_file.read_text(encoding="utf-8")) if run_file.is_file() else {}
    changes = _settings_changes(run.get("settings", {}), settings) if run else []
    if changes:  # (checked by every process, so that all of them stop)
        raise SqltuneError(f"{folder} holds predictions made with other settings ({'; '.join(changes)}); "
                           "give the same settings to resume, choose another --out or --label, or delete that folder")
    run.setdefault("settings", settings)
    run.setdefault("generated", 0)
    run.setdefault("seconds", 0.0)
    if group.main:
        atomic_write_text(run_file, json.dumps(run, indent=2))
    builder = PromptBuilder(cfg)
    jobs = [Job(it.id, it.prompt or builder.prompt(it.question, db_path=it.db_path, context=it.context),
                it.db_path, it.context, question=it.question) for it in test.items]
    done = Progress()
    try:
        main = answer(cfg, jobs, out_file, group, done, desc=folder.name, show=progress, timeout=timeout,
                      row_cap=row_cap)
    finally:
        if group.main and (done.generated or done.seconds):
            run["generated"] += done.generated
            run["seconds"] += done.seconds
            if done.constraint:  # (of this invocation: a resumed run reports its last part)
                run["constraint"] = {k: round(v, 4) if isinstance(v, float) else v for k, v in done.constraint.items()}
            if done.beam_search:  # (the same answers either way, so not a setting: how this invocation decoded)
                run["beam_search"] = done.beam_search
            if done.attention:  # (answers move only by bfloat16 rounding between kernels: not a setting either)
                run["attention"] = done.attention
            atomic_write_text(run_file, json.dumps(run, indent=2))
    if not main:
        return [], {}
    saved_rows = saved_answers(out_file)
    missing = [j.id for j in jobs if j.id not in saved_rows]
    if missing:  # (cannot happen unless a file was changed under the run)
        raise SqltuneError(f"{out_file} lacks the answers to {len(missing)} questions (first: {missing[0]})")
    saved = [saved_rows[j.id] for j in jobs]
    stats = {"questions": run["generated"], "seconds": round(run["seconds"], 3),
             **({"constraint": run["constraint"]} if run.get("constraint") else {}),
             **({"beam_search": run["beam_search"]} if run.get("beam_search") else {}),
             **({"attention": run["attention"]} if run.get("attention") else {}),
             "per_question": {r["id"]: {k: r[k] for k in ("chosen", "retried", "retry_kept", "completed") if k in r}
                              for r in saved}}
    return [r["sql"] for r in saved], stats


def _label(name: str) -> str:
    p = Path(name)
    base = p.stem if p.suffix in (".sql", ".txt", ".jsonl", ".json") else p.name or name
    if base in ("merged", "adapter", "predictions", "preds") and p.parent.name not in ("", "."):
        base = f"{p.parent.name}-{base}"
    return re.sub(r"[^A-Za-z0-9._+-]+", "-", base).strip("-.") or "model"


def _systems(cfg: Config, args) -> list[tuple[str, str, str]]:
    """(label, kind 'file' or 'model', path or model name) for every model and predictions file."""
    systems = [("file", f) for f in args.predictions or []]
    if not systems:
        systems.append(("model", cfg.model))
    systems += [("model", m) for m in args.compare or []]
    labels = args.label or []
    if labels and len(labels) != len(systems):
        raise SqltuneError(f"--label given {len(labels)} time(s) for {len(systems)} models/files")
    out, used = [], Counter()
    for k, (kind, what) in enumerate(systems):
        label = re.sub(r"[^A-Za-z0-9._+-]+", "-", labels[k]).strip("-.") if labels else _label(what)
        used[label] += 1
        if used[label] > 1:
            label = f"{label}-{used[label]}"
        out.append((label or f"model{k + 1}", kind, what))
    return out


def _check_args(args) -> None:
    if args.limit is not None and args.limit <= 0:
        raise SqltuneError(f"--limit must be positive (got {args.limit})")
    if not args.timeout > 0:
        raise SqltuneError(f"--timeout must be positive (got {args.timeout:g})")
    if args.row_cap <= 0:
        raise SqltuneError(f"--row-cap must be positive (got {args.row_cap})")
