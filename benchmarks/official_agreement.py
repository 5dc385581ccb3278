"""Does sqltune's execution accuracy agree with the official Spider scorer on the same predictions?

Both scorers judge one predictions file against Spider dev (the questions whose database ships):
- sqltune: `sqltune evaluate --predictions FILE --test SAMPLE.json`, in-process through the CLI;
- official: test-suite-sql-eval's `evaluation.evaluate(..., etype="exec")`, as bundled by the PyPI package
  nl2sql360, fed the very gold.sql / predictions.sql files that sqltune wrote (so this also shows that the
  written files work with the official scorer).

By default there is no model in this check: the predictions are gold SQL, some kept and some perturbed the
way a model goes wrong (each row says which): a changed literal, the ORDER BY direction flipped, a wrong
table, a query cut short (a syntax error), the select columns swapped, DISTINCT dropped or added.
--predictions FILE checks a real model's answers instead (one SQL a line for the 972 Spider dev questions
whose database ships, e.g. <out>/<label>/predictions.sql of a `sqltune evaluate` run on spider-dev).

sqltune reports two execution accuracies. `execution_accuracy` (the headline) keeps DISTINCT and compares
columns by position (any order with --column-permutation); `execution_accuracy_official` follows the
official scorer's defaults (every DISTINCT deleted from both queries, any column order). Three pairings:
  official_metric:  sqltune execution_accuracy_official          vs  official (default)
  same_rules:       sqltune execution_accuracy, --column-permutation  vs  official --keep_distinct
  strict_vs_default: sqltune execution_accuracy (strict)         vs  official (default)   [the known gap]
and every question on which the verdicts differ is listed with its perturbation.

Setup (the official code, without the BIRD/Postgres/MySQL parts of nl2sql360 that it does not need):
  .ci/install-official-scorer.sh .venv/bin/python
Run (CPU, about 10 s for the 972 questions on 2 cores):
  python benchmarks/official_agreement.py                                        # perturbed gold SQL
  python benchmarks/official_agreement.py --predictions runs/eval/beam16/predictions.sql --out runs/benchmarks/official_agreement-beam16.json
Writes --out (default runs/benchmarks/official_agreement.json) and prints the three pairings.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import importlib.util
import io
import json
import random
import re
import sqlite3
import sys
import tempfile
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "runs" / "benchmarks" / "official_agreement.json"
INSTALL = ".ci/install-official-scorer.sh (pip install --no-deps nl2sql360 && pip install sqlparse nltk loguru)"

# How often each kind of prediction is drawn; a kind that does not apply to a query is drawn again.
MIX = {"keep": 40, "change_literal": 12, "flip_order": 8, "wrong_table": 12, "truncate": 8,
       "swap_columns": 10, "drop_distinct": 10, "add_distinct": 8}
DESCRIPTION = {
    "keep": "the gold SQL unchanged",
    "change_literal": "first number +1, or first quoted string with 'x' appended",
    "flip_order": "top-level ORDER BY direction flipped",
    "wrong_table": "first table replaced by another table of the same database",
    "truncate": "cut after 60% of its tokens (usually a syntax error)",
    "swap_columns": "top-level select list reversed",
    "drop_distinct": "DISTINCT removed from the top-level SELECT",
    "add_distinct": "DISTINCT added to the top-level SELECT",
}


def load_official():
    """test-suite-sql-eval's evaluation module from nl2sql360, loaded as a package of its own: importing it
    through nl2sql360.evaluator would pull in BIRD evaluators that need psycopg2, pymysql and func_timeout."""
    spec = importlib.util.find_spec("nl2sql360")
    if spec is None or spec.origin is None:
        raise RuntimeError(f"the official scorer is not installed: {INSTALL}")
    folder = Path(spec.origin).parent / "evaluator" / "test_suite_sql_eval"
    if "test_suite_sql_eval" not in sys.modules:
        pkg = importlib.util.spec_from_file_location("test_suite_sql_eval", folder / "__init__.py",
                                                     submodule_search_locations=[str(folder)])
        module = importlib.util.module_from_spec(pkg)
        sys.modules["test_suite_sql_eval"] = module
        pkg.loader.exec_module(module)
    evaluation = importlib.import_module("test_suite_sql_eval.evaluation")
    evaluation.logger.remove()  # loguru: it would warn once per question about the missing nltk data
    return evaluation


def official_scores(gold_file: Path, pred_file: Path, db_dir: Path, keep_distinct: bool) -> list[int]:
    evaluation = load_official()
    golds = gold_file.read_text(encoding="utf-8").splitlines()
    preds = pred_file.read_text(encoding="utf-8").splitlines()
    # It prints a line every 10 questions and a progress bar per question.
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        entries = evaluation.evaluate(golds, preds, str(db_dir), "exec", None, False, keep_distinct, False)
    return [int(e["exec"]) for e in entries]


def _tables(db_path: Path) -> list[str]:
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    finally:
        conn.close()


def perturb(kind: str, sql: str, tables: list[str], rng: random.Random) -> str | None:
    """`sql` changed as `kind` says, or None when that change does not apply to it."""
    import sqlglot
    from sqlglot import exp

    if kind == "keep":
        return sql
    if kind == "truncate":
        tokens = sql.split()
        return " ".join(tokens[: max(2, int(len(tokens) * 0.6))]) if len(tokens) >= 6 else None
    if kind == "change_literal":
        number = re.search(r"(?<![\w.'\"])(\d+)(?![\w.'\"])", sql)
        if number:
            return sql[:number.start()] + str(int(number.group(1)) + 1) + sql[number.end():]
        text = re.search(r"(['\"])([^'\"]*)\1", sql)
        return sql[:text.end() - 1] + "x" + sql[text.end() - 1:] if text else None
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except sqlglot.errors.SqlglotError:
        return None
    if kind == "flip_order":
        order = tree.args.get("order")
        if not order:
            return None
        for ordered in order.expressions:
            ordered.set("desc", not ordered.args.get("desc"))
    elif kind == "swap_columns":
        if not isinstance(tree, exp.Select) or len(tree.expressions) < 2:
            return None
        tree.set("expressions", list(reversed(tree.expressions)))
    elif kind == "drop_distinct":
        if not isinstance(tree, exp.Select) or not tree.args.get("distinct"):
            return None
        tree.set("distinct", None)
    elif kind == "add_distinct":
        if not isinstance(tree, exp.Select) or tree.args.get("distinct"):
            return None
        tree.set("distinct", exp.Distinct())
    elif kind == "wrong_table":
        table = next(tree.find_all(exp.Table), None)
        others = [t for t in tables if table is not None and t.lower() != table.name.lower()]
        if not others:
            return None
        table.set("this", exp.to_identifier(rng.choice(others)))
    return tree.sql(dialect="sqlite")


def make_sample(n: int | None, seed: int, predictions: Path | None = None) -> list[dict]:
    """Spider dev rows (those with a database) with a prediction and its kind: perturbed gold SQL, or the
    line of a real predictions file (kind "model")."""
    from sqltune import testsets
    from sqltune.spider import load_split

    dev = load_split("dev")
    paths = {it.db_id: it.db_path for it in testsets.load_spider_dev().items}
    rows = [r for r in dev if r["db_id"] in paths]
    rng = random.Random(seed)
    if predictions is not None:
        lines = predictions.read_text(encoding="utf-8").splitlines()
        if len(lines) != len(rows):
            raise SystemExit(f"{predictions} has {len(lines)} lines; expected one SQL for each of the "
                             f"{len(rows)} Spider dev questions whose database ships")
        rows = [{**r, "prediction": line.partition("\t")[0], "kind": "model"} for r, line in zip(rows, lines)]
        return rng.sample(rows, n) if n is not None and n < len(rows) else rows
    if n is not None and n < len(rows):
        rows = rng.sample(rows, n)
    kinds, weights = list(MIX), list(MIX.values())
    tables: dict[str, list[str]] = {}
    out = []
    for row in rows:
        if row["db_id"] not in tables:
            tables[row["db_id"]] = _tables(paths[row["db_id"]])
        while True:
            kind = rng.choices(kinds, weights)[0]
            pred = perturb(kind, row["query"], tables[row["db_id"]], rng)
            if pred is not None:
                break
        out.append({**row, "prediction": pred, "kind": kind})
    return out


def sqltune_scores(test_file: Path, pred_file: Path, out: Path,
                   column_permutation: bool) -> tuple[list[int], list[int], dict]:
    """Per question: sqltune's verdict (execution_accuracy) and its official-rules verdict
    (execution_accuracy_official), and the report."""
    from sqltune.cli import main

    argv = ["evaluate", "--test", str(test_file), "--predictions", str(pred_file), "--out", str(out),
            "--label", "sqltune"] + (["--column-permutation"] if column_permutation else [])
    with contextlib.redirect_stdout(io.StringIO()):
        rc = main(argv)
    if rc != 0:
        raise RuntimeError(f"sqltune evaluate failed with exit code {rc}")
    results = [json.loads(line) for line in (out / "sqltune" / "results.jsonl").read_text().splitlines()]
    report = json.loads((out / "sqltune" / "report.json").read_text())
    return [int(r["correct"]) for r in results], [int(r["correct_official"]) for r in results], report


def _pairing(rows: list[dict], ours: list[int], theirs: list[int], sqltune: str, official: str,
             report: dict) -> dict:
    n = len(ours)
    differ = [i for i in range(n) if ours[i] != theirs[i]]
    return {
        "sqltune": sqltune,
        "official": official,
        "n": n,
        "sqltune_execution_accuracy": round(100 * sum(ours) / n, 2),
        "official_execution_accuracy": round(100 * sum(theirs) / n, 2),
        "difference_points": round(100 * (sum(ours) - sum(theirs)) / n, 2),
        "questions_judged_differently": len(differ),
        "differences_by_kind": dict(Counter(rows[i]["kind"] for i in differ)),
        "examples": [{"kind": rows[i]["kind"], "gold": rows[i]["query"], "prediction": rows[i]["prediction"],
                      "sqltune": ours[i], "official": theirs[i]} for i in differ[:5]],
        "sqltune_report_n": report["n"],
    }


def run_agreement(sample: int | None = None, seed: int = 0, workdir: Path | None = None,
                  predictions: Path | None = None) -> dict:
    from sqltune.spider import spider_dir

    rows = make_sample(sample, seed, predictions)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(workdir or tmp)
        test_file = work / "sample.json"
        test_file.write_text(json.dumps([{k: r[k] for k in ("db_id", "question", "query", "sql")} for r in rows]))
        pred_file = work / "predictions.txt"
        pred_file.write_text("".join(" ".join(r["prediction"].split()) + "\n" for r in rows))
        db_dir = spider_dir() / "database"
        # The official scorer reads the files sqltune wrote (gold.sql and predictions.sql, the same in both runs).
        strict, official_rules, report = sqltune_scores(test_file, pred_file, work / "strict", False)
        permuted, _, permuted_report = sqltune_scores(test_file, pred_file, work / "permuted", True)
        gold_sql, pred_sql = work / "strict" / "gold.sql", work / "strict" / "sqltune" / "predictions.sql"
        official_default = official_scores(gold_sql, pred_sql, db_dir, keep_distinct=False)
        official_keep = official_scores(gold_sql, pred_sql, db_dir, keep_distinct=True)
    pairings = {
        "official_metric": _pairing(rows, official_rules, official_default,
                                    "execution_accuracy_official (any column order, DISTINCT deleted)",
                                    "default (keep_distinct=False), any column order", report),
        "same_rules": _pairing(rows, permuted, official_keep,
                               "execution_accuracy with --column-permutation, DISTINCT kept",
                               "keep_distinct=True, any column order", permuted_report),
        "strict_vs_default": _pairing(rows, strict, official_default,
                                      "execution_accuracy (columns by position, DISTINCT kept): the headline",
                                      "default (keep_distinct=False), any column order", report),
    }
    from importlib.metadata import version

    return {
        "what": "sqltune's execution accuracy vs the official Spider scorer (test-suite-sql-eval, from nl2sql360) "
                "on the same predictions file",
        "predictions": (f"a model's answers from {predictions}" if predictions else
                        "Spider dev gold SQL, kept or perturbed to imitate model errors (no model involved)"),
        "perturbations": {"model": "a real prediction"} if predictions else DESCRIPTION,
        "mix_drawn": dict(Counter(r["kind"] for r in rows)),
        "sample": len(rows), "seed": seed,
        "pairings": pairings,
        "versions": {"nl2sql360": version("nl2sql360"), "sqlglot": version("sqlglot"),
                     "sqlite": sqlite3.sqlite_version, "python": sys.version.split()[0]},
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, help="Questions drawn from Spider dev (default: all 972).")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--predictions", type=Path, metavar="FILE",
                        help="A model's answers, one SQL a line, for the Spider dev questions whose database "
                             "ships (e.g. <out>/<label>/predictions.sql of a spider-dev run) instead of "
                             "perturbed gold SQL.")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    result = run_agreement(args.sample, args.seed, predictions=args.predictions)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"{result['sample']} Spider dev questions; predictions: {result['predictions']}")
    print("drawn: " + ", ".join(f"{k} {v}" for k, v in result["mix_drawn"].items()))
    for name, p in result["pairings"].items():
        print(f"{name:>17}: sqltune {p['sqltune_execution_accuracy']:.2f}%  official "
              f"{p['official_execution_accuracy']:.2f}%  difference {p['difference_points']:+.2f} points  "
              f"({p['questions_judged_differently']} questions judged differently: {p['differences_by_kind']})")
    print(f"written: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
