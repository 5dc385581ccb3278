"""Execution accuracy: run predicted and gold SQL on the test databases and compare their results.

Test sets (--test): `spider-dev` (default: the 972 Spider dev questions whose database ships), a prepared
test.jsonl from `sqltune prepare`, a Spider-format JSON list of {question, query, db_id}, or gretel-shaped
JSONL rows whose `sql_context` (CREATE/INSERT statements) builds a private in-memory database per row.

Predictions come from a model (--model, and --compare for a second one; generated in batches, saved to
<out>/<label>/predictions.jsonl as they come, so an interrupted run resumes where it stopped) or from files
(--predictions: one SQL a line, or JSONL with a "sql" or "prediction" field, aligned with the test set).
A model decodes greedily unless --num-candidates N (execution-guided: N beams or samples, the first that
executes and returns a result is kept) or --self-correct (one retry with the database error) is given; both run
candidates in the same sandbox and limits as the scoring, and their time counts in questions/s. Which
candidate was kept and whether a retry was made is saved per question (predictions.jsonl, results.jsonl)
and summed up under settings.decoding in report.json.

Several GPUs: run the same command under a launcher,
  torchrun --nproc-per-node 4 -m sqltune evaluate --model runs/demo/merged
  accelerate launch --config_file configs/accelerate/ddp.yaml --num_processes 4 -m sqltune evaluate ...
Each process loads the model on its own GPU and answers every 4th question still to answer; the first process
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
import logging
import math
import platform
import re
import sqlite3
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import permutations
from pathlib import Path
from typing import Any

from . import __version__
from .config import INHERITED, Config, load_yaml, model_folder_defaults
from .distributed import Group, fold_parts, part_file
from .errors import SqltuneError
from .paths import atomic_write_text, complete_lines

CONFIG_GROUPS = ("model", "data", "generate", "decoding")
SPIDER_DEV = "spider-dev"
FLOAT_DIGITS = 10
DEFAULT_TIMEOUT = 10.0
DEFAULT_ROW_CAP = 100_000
MAX_PERMUTATIONS = 10_000  # column permutations tried per question under --column-permutation

COMPARISON_RULES = {
    "rows": "multiset (duplicates count); ordered only when the gold query has a top-level ORDER BY",
    "floats": f"rounded to {FLOAT_DIGITS} significant digits; 1 == 1.0",
    "text": "exact (case and whitespace count); blobs decoded as UTF-8",
    "distinct": "kept (never removed from either query)",
    "empty_results": "two empty results are equal whatever their columns",
    "exact_match": "sqlglot (sqlite) parse, unquoted identifiers lowercased, regenerated SQL compared as text",
    "official": "execution_accuracy_official: test-suite-sql-eval's defaults: every DISTINCT deleted from both "
                "queries, '> =' read as '>=', any column order, rows ordered when the gold text contains "
                "'order by'; values compared as above",
}


def add_arguments(parser) -> None:
    parser.add_argument("--test", default=SPIDER_DEV, metavar="FILE|spider-dev",
                        help="Test set: spider-dev (built in), a prepared test.jsonl, a Spider-format .json "
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
    parser.add_argument("--no-progress", dest="progress", action="store_false",
                        help="No progress bar while generating.")


# --- test sets ---------------------------------------------------------------------------------------------

@dataclass
class Item:
    """One test question with everything needed to prompt for it and to run its gold SQL."""

    id: str
    question: str
    gold: str
    db_id: str | None = None
    db_path: Path | None = None
    context: str | None = None  # gretel: CREATE/INSERT text that builds the database
    prompt: str | None = None  # prepared rows carry their exact prompt
    category: str | None = None


@dataclass
class TestSet:
    name: str
    items: list[Item]
    category_kind: str | None = None  # "Spider hardness" or "sql_complexity"
    total: int = 0  # rows in the source
    available: int = 0  # rows that can be scored, before --limit
    skipped: dict[str, int] = field(default_factory=dict)
    db_dir: Path | None = None


def _spider_db_dir(db_dir: str | None) -> Path:
    if db_dir:
        return Path(db_dir)
    from .spider import spider_dir

    return spider_dir() / "database"


def _dev_hardness() -> dict[tuple[str, str], str]:
    """Spider dev hardness by (db_id, query): prepared rows carry the SQL but not Spider's parse tree."""
    from .hardness import hardness
    from .spider import load_split

    return {(r["db_id"], " ".join(r["query"].split())): hardness(r.get("sql")) for r in load_split("dev")}


def load_spider_dev() -> TestSet:
    from .hardness import hardness
    from .spider import load_split, spider_dir

    rows = load_split("dev")
    db_dir = spider_dir() / "database"
    items, skipped = [], Counter()
    for i, row in enumerate(rows):
        path = db_dir / row["db_id"] / f"{row['db_id']}.sqlite"
        if not path.is_file():
            skipped[f"database not shipped: {row['db_id']}"] += 1
            continue
        items.append(Item(id=f"dev-{i}", question=row["question"], gold=row["query"], db_id=row["db_id"],
                          db_path=path, category=hardness(row.get("sql"))))
    return TestSet(SPIDER_DEV, items, "Spider hardness", total=len(rows), skipped=dict(skipped), db_dir=db_dir)


def _read_rows(path: Path) -> list[dict]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SqltuneError(f"cannot read test set {path}: {e}") from None
    if path.suffix == ".json":
        try:
            rows = json.loads(text)
        except json.JSONDecodeError as e:
            raise SqltuneError(f"test set {path} is not valid JSON: {e}") from None
        if not isinstance(rows, list):
            raise SqltuneError(f"test set {path} must be a JSON list of rows")
    else:
        rows = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SqltuneError(f"test set {path}, line {n}: not valid JSON ({e})") from None
    for n, row in enumerate(rows, 1):
        if not isinstance(row, dict):
            raise SqltuneError(f"test set {path}, row {n}: expected a JSON object")
    return rows


def load_test_file(path: Path, cfg: Config, db_dir: str | None = None) -> TestSet:
    """A prepared, Spider-format or gretel-shaped file as Items; every database is checked up front."""
    if not path.is_file():
        raise SqltuneError(f"test set not found: {path} (give a file, or {SPIDER_DEV})")
    rows = _read_rows(path)
    items: list[Item] = []
    kinds: set[str] = set()
    dev_hardness: dict | None = None
    base: Path | None = None
    seen: Counter = Counter()
    for n, row in enumerate(rows, 1):
        row_id = str(row.get("id") if row.get("id") is not None else f"{path.stem}-{n}")
        seen[row_id] += 1
        if seen[row_id] > 1:  # ids must be unique for resuming; keep the file usable anyway
            row_id = f"{row_id}#{seen[row_id]}"
        if isinstance(row.get("messages"), list) and row["messages"]:  # written by `sqltune prepare`
            gold = row.get("sql")
            if gold is None and len(row["messages"]) > 1:
                gold = row["messages"][1].get("content")
            item = Item(row_id, row.get("question") or "", gold, row.get("db_id"), context=row.get("context"),
                        prompt=row["messages"][0].get("content"), category=row.get("sql_complexity"))
            if item.db_id is None and item.context is None:
                raise SqltuneError(f"test row {row_id} in {path} has neither db_id nor context to run it on")
        elif cfg.context_column in row:  # gretel shape
            item = Item(row_id, str(row.get(cfg.question_column) or ""), row.get(cfg.sql_column),
                        context=row[cfg.context_column], category=row.get("sql_complexity"))
        elif "db_id" in row:  # Spider shape
            gold = row.get("query") if isinstance(row.get("query"), str) else row.get("sql")
            from .hardness import hardness

            item = Item(row_id, str(row.get("question") or ""), gold, row["db_id"],
                        category=hardness(row.get("sql")))
        else:
            raise SqltuneError(f"test row {row_id} in {path}: cannot tell its shape (expected 'messages' from "
                               f"sqltune prepare, '{cfg.context_column}' (gretel) or 'db_id' (Spider))")
        if not isinstance(item.gold, str) or not item.gold.strip():
            raise SqltuneError(f"test row {row_id} in {path} has no gold SQL")
        if item.db_id is None and not str(item.context).strip():
            raise SqltuneError(f"test row {row_id} in {path} has an empty context")
        if item.db_id is not None:
            kinds.add("spider")
            base = base or _spider_db_dir(db_dir)
            item.db_path = base / item.db_id / f"{item.db_id}.sqlite"
            if not item.db_path.is_file():
                raise SqltuneError(f"database '{item.db_id}' of test row {row_id} not found: {item.db_path}"
                                   + ("" if db_dir else " (pass --db-dir with <db_id>/<db_id>.sqlite folders)"))
            if item.category is None and not db_dir:
                dev_hardness = _dev_hardness() if dev_hardness is None else dev_hardness
                item.category = dev_hardness.get((item.db_id, " ".join(item.gold.split())))
        else:
            kinds.add("context")
        items.append(item)
    kind = None
    if any(it.category for it in items):
        kind = "Spider hardness" if kinds == {"spider"} else "sql_complexity"
    return TestSet(str(path), items, kind, total=len(rows), db_dir=base)


def load_test_set(spec: str, cfg: Config, db_dir: str | None = None, limit: int | None = None) -> TestSet:
    if spec == SPIDER_DEV and db_dir:
        raise SqltuneError("--db-dir is for Spider-format test files; spider-dev uses the bundled databases")
    test = load_spider_dev() if spec == SPIDER_DEV else load_test_file(Path(spec), cfg, db_dir)
    test.available = len(test.items)
    if limit is not None:
        test.items = test.items[:limit]
    if not test.items:
        raise SqltuneError(f"test set {test.name} has no rows")
    return test


# --- predictions -------------------------------------------------------------------------------------------

def read_predictions(path: str | Path, test: TestSet) -> list[str]:
    """A predictions file aligned with the test items: by 'id' when every JSONL row has one, else by line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise SqltuneError(f"cannot read predictions file {path}: {e}") from None
    lines = text.splitlines()
    n = len(test.items)
    first = next((line for line in lines if line.strip()), "")
    if first.lstrip().startswith("{"):
        preds: list[str] = []
        ids: list[str | None] = []
        for k, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise SqltuneError(f"predictions file {path}, line {k}: not valid JSON ({e})") from None
            if not isinstance(row, dict) or not any(key in row and isinstance(row[key], (str, type(None)))
                                                    for key in ("sql", "prediction")):
                raise SqltuneError(f"predictions file {path}, line {k}: expected an object with a 'sql' or "
                                   "'prediction' text field")
            preds.append(row.get("sql", row.get("prediction")) or "")
            ids.append(str(row["id"]) if row.get("id") is not None else None)
        by_id = dict(zip(ids, preds, strict=True))
        if all(i is not None for i in ids) and any(it.id in by_id for it in test.items):
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


# --- comparing results -------------------------------------------------------------------------------------

def normalize_value(value: Any) -> Any:
    """A value in the form compared: floats rounded, integral floats as int, blobs as text."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return value
        value = float(f"{value:.{FLOAT_DIGITS}g}")
        return int(value) if value.is_integer() else value
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("utf-8", errors="replace")
    return value


def normalize_rows(rows: Sequence[Sequence[Any]]) -> list[tuple]:
    return [tuple(normalize_value(v) for v in row) for row in rows]


def _same(gold: list[tuple], pred: list[tuple], ordered: bool) -> bool:
    return gold == pred if ordered else Counter(gold) == Counter(pred)


def _column_permutations(gold: list[tuple], pred: list[tuple]):
    """Orders of the predicted columns worth trying: gold column i can only be a predicted column holding
    the same multiset of values (true under any row order), which prunes nearly everything."""
    ncols = len(gold[0])
    gold_cols = [Counter(row[i] for row in gold) for i in range(ncols)]
    pred_cols = [Counter(row[j] for row in pred) for j in range(ncols)]
    options = [[j for j in range(ncols) if pred_cols[j] == gold_cols[i]] for i in range(ncols)]
    if any(not o for o in options):
        return
    if all(len(o) == 1 for o in options):
        yield tuple(o[0] for o in options)
        return
    for k, perm in enumerate(permutations(range(ncols))):
        if k >= MAX_PERMUTATIONS:
            return
        if all(perm[i] in options[i] for i in range(ncols)):
            yield perm


def results_match(gold_rows: Sequence[Sequence[Any]], pred_rows: Sequence[Sequence[Any]], ordered: bool,
                  column_permutation: bool = False) -> bool:
    """Whether a prediction's result equals the gold result under the rules in the module docstring."""
    if not gold_rows and not pred_rows:
        return True
    if len(gold_rows) != len(pred_rows):
        return False
    gold, pred = normalize_rows(gold_rows), normalize_rows(pred_rows)
    if len(gold[0]) != len(pred[0]):
        return False
    if _same(gold, pred, ordered):
        return True
    if not column_permutation or len(gold[0]) == 1:
        return False
    for perm in _column_permutations(gold, pred):
        if _same(gold, [tuple(row[j] for j in perm) for row in pred], ordered):
            return True
    return False


def _parse_one(sql: str):
    """sqlglot's tree for one SQLite query, or None when it does not parse as exactly one query."""
    import sqlglot
    from sqlglot import exp

    logging.getLogger("sqlglot").setLevel(logging.ERROR)
    try:
        trees = [t for t in sqlglot.parse(sql, read="sqlite") if t is not None]
    except (sqlglot.errors.SqlglotError, RecursionError, ValueError, TypeError):
        return None
    if len(trees) != 1 or not isinstance(trees[0], exp.Query):
        return None
    return trees[0]


def has_order_by(sql: str) -> bool:
    """Whether the query's own result is sorted (ORDER BY at the top level, not inside a subquery)."""
    tree = _parse_one(sql)
    if tree is None:
        return re.search(r"\border\s+by\b", sql, re.IGNORECASE) is not None  # the official scorer's test
    return bool(tree.args.get("order"))


def canonical_sql(sql: str) -> str | None:
    """The normalized text used for exact match; None when the SQL does not parse as one query."""
    from sqlglot import exp

    tree = _parse_one(sql)
    if tree is None:
        return None
    for ident in tree.find_all(exp.Identifier):
        if not ident.quoted:  # SQLite identifiers are case-insensitive
            ident.set("this", ident.name.lower())
    try:
        return tree.sql(dialect="sqlite")
    except Exception:  # noqa: BLE001 - sqlglot can fail to regenerate odd trees; then it is no match
        return None


def strip_distinct(sql: str) -> str:
    """`sql` with every DISTINCT keyword deleted, wherever it is (subqueries, count(DISTINCT x)); strings,
    quoted identifiers and comments are left alone. test-suite-sql-eval does this to both queries unless
    --keep_distinct is given."""
    if "distinct" not in sql.lower():
        return sql
    import sqlglot
    from sqlglot.tokens import TokenType

    try:
        tokens = sqlglot.Dialect.get_or_raise("sqlite").tokenize(sql)
    except sqlglot.errors.SqlglotError:  # e.g. an unterminated string: delete the bare word
        return re.sub(r"(?i)\bdistinct\b", "", sql)
    out, last = [], 0
    for token in tokens:
        if token.token_type == TokenType.DISTINCT:
            out.append(sql[last:token.start])
            last = token.end + 1
    return "".join(out) + sql[last:]


def official_form(sql: str) -> str:
    """A query as test-suite-sql-eval runs it by default: '> =', '< =', '! =' closed up, DISTINCT deleted."""
    return strip_distinct(sql.replace("> =", ">=").replace("< =", "<=").replace("! =", "!="))


# --- scoring -----------------------------------------------------------------------------------------------

def score(test: TestSet, systems: dict[str, list[str]], timeout: float = DEFAULT_TIMEOUT,
          row_cap: int = DEFAULT_ROW_CAP, column_permutation: bool = False) -> tuple[list[dict], dict[str, list[dict]]]:
    """Run every gold query and every system's prediction; return (gold_errors, judged rows per system).

    Each judged row has `correct` (sqltune's rules; columns in any order under column_permutation) and
    `correct_official` (test-suite-sql-eval's default rules; see official_form)."""
    from .sqlexec import Sandbox, context_database

    gold_errors: list[dict] = []
    judged: dict[str, list[dict]] = {label: [] for label in systems}
    canon: dict[str, str | None] = {}

    def canonical(sql: str) -> str | None:
        if sql not in canon:
            canon[sql] = canonical_sql(sql)
        return canon[sql]

    with Sandbox(timeout, row_cap) as sandbox:
        for k, item in enumerate(test.items):
            conn: sqlite3.Connection | Path
            if item.context is not None and item.db_path is None:
                try:
                    conn = context_database(item.context)
                except SqltuneError as e:  # the row's own context is broken: a gold problem, not the model's
                    gold_errors.append({"id": item.id, "db_id": None, "sql": item.gold, "error": "context",
                                        "message": str(e)})
                    continue
            else:
                conn = item.db_path
            try:
                gold = sandbox.run(conn, item.gold)
                if not gold.ok:
                    gold_errors.append({"id": item.id, "db_id": item.db_id, "sql": item.gold, "error": gold.error,
                                        "message": gold.message})
                    continue
                ordered = has_order_by(item.gold)
                gold_canon = canonical(item.gold)
                gold_official_sql = official_form(item.gold)
                gold_official = gold if gold_official_sql == item.gold else sandbox.run(conn, gold_official_sql)
                if not gold_official.ok:  # (the official scorer stops there); judge against the gold as written
                    gold_official = gold
                # the official test, on the gold line as written to gold.sql
                ordered_official = "order by" in _one_line(gold_official_sql).lower()
                for label, preds in systems.items():
                    pred_sql = preds[k] or ""
                    res = sandbox.run(conn, pred_sql)
                    pred_official_sql = official_form(pred_sql)
                    res_official = res if pred_official_sql == pred_sql else sandbox.run(conn, pred_official_sql)
                    pred_canon = canonical(pred_sql)
                    judged[label].append({
                        "id": item.id, "db_id": item.db_id, "category": item.category, "question": item.question,
                        "gold": item.gold, "prediction": pred_sql,
                        "correct": res.ok and results_match(gold.rows, res.rows, ordered, column_permutation),
                        "correct_official": res_official.ok and results_match(
                            gold_official.rows, res_official.rows, ordered_official, column_permutation=True),
                        "exact_match": pred_canon is not None and pred_canon == gold_canon,
                        "parses": pred_canon is not None, "executed": res.ok, "error": res.error,
                        "message": res.message, "ordered": ordered,
                    })
            finally:
                if isinstance(conn, sqlite3.Connection):
                    conn.close()
    return gold_errors, judged


def _frac(count: int, n: int) -> float:
    return round(count / n, 6) if n else 0.0


def summarize(rows: list[dict], category_order: list[str]) -> dict:
    """The stable metrics block of report.json."""
    n = len(rows)
    by_category = {}
    for name in category_order:
        sub = [r for r in rows if r["category"] == name]
        by_category[name] = {"n": len(sub), "execution_accuracy": _frac(sum(r["correct"] for r in sub), len(sub)),
                             "execution_accuracy_official": _frac(sum(r["correct_official"] for r in sub), len(sub)),
                             "exact_match": _frac(sum(r["exact_match"] for r in sub), len(sub))}
    errors = Counter(r["error"] for r in rows if r["error"])
    from .sqlexec import CATEGORIES

    return {
        "n": n,
        "execution_accuracy": _frac(sum(r["correct"] for r in rows), n),
        "execution_accuracy_official": _frac(sum(r["correct_official"] for r in rows), n),
        "exact_match": _frac(sum(r["exact_match"] for r in rows), n),
        "executable_rate": _frac(sum(r["executed"] for r in rows), n),
        "parse_rate": _frac(sum(r["parses"] for r in rows), n),
        "correct": sum(r["correct"] for r in rows),
        "correct_official": sum(r["correct_official"] for r in rows),
        "wrong_result": sum(r["executed"] and not r["correct"] for r in rows),
        "by_category": by_category,
        "errors": {c: errors[c] for c in CATEGORIES if errors[c]},
    }


def category_order(test: TestSet) -> list[str]:
    from .hardness import LEVELS

    names = {it.category for it in test.items if it.category}
    if test.category_kind == "Spider hardness":
        return [level for level in LEVELS if level in names]
    return sorted(names)


# --- generating --------------------------------------------------------------------------------------------

def _read_done(path: Path) -> dict[str, dict]:
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


def decoding_settings(cfg: Config) -> dict:
    """How answers are decoded; a folder's run.json records it, so a resumed run cannot mix two ways."""
    out = {"num_candidates": cfg.num_candidates,
           "candidate_mode": cfg.candidate_mode if cfg.num_candidates > 1 else "greedy",
           "self_correct": cfg.self_correct}
    # absent for first, as in the folders written before the option existed (they resume with --candidate-choice
    # first; the default, nonempty, keeps other answers)
    if cfg.num_candidates > 1 and cfg.candidate_choice != "first":
        out["candidate_choice"] = cfg.candidate_choice
    return out


def _settings_changes(before: dict, now: dict, prefix: str = "") -> list[str]:
    """'key: <there> there, <now> now' for each setting that differs (decoding's one level down)."""
    if prefix == "decoding.":  # with candidates, an absent choice means first (decoding_settings)
        before, now = ({"candidate_choice": "first", **d} if d.get("num_candidates", 1) > 1 else d
                       for d in (before, now))
    out = []
    for k in sorted({*before, *now}):
        a, b = before.get(k), now.get(k)
        if isinstance(a, dict) and isinstance(b, dict):
            out += _settings_changes(a, b, f"{prefix}{k}.")
        elif a != b:
            out.append(f"{prefix}{k}: {'-' if a is None else a} there, {'-' if b is None else b} now")
    return out


def decoding_summary(cfg: Config, rows: list[dict]) -> dict:
    """settings.decoding of report.json: the options and what they did over the saved answers."""
    chosen = Counter(int(r.get("chosen", 0)) for r in rows)
    return {**decoding_settings(cfg),
            "retries_used": sum(bool(r.get("retried")) for r in rows),
            "retries_kept": sum(bool(r.get("retry_kept")) for r in rows),
            "chosen_index": {str(k): chosen[k] for k in sorted(chosen)}}


def describe_decoding(decoding: dict) -> str:
    if decoding["num_candidates"] > 1:
        text = (f"{decoding['candidate_mode']} {decoding['num_candidates']}, execution-guided "
                f"({decoding.get('candidate_choice', 'first')})")
    else:
        text = "greedy"
    if decoding["self_correct"]:
        text += f" + self-correct ({decoding['retries_used']} retries, {decoding['retries_kept']} kept)"
    return text


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
    items already there (an interrupted run) are not generated again.

    With --num-candidates > 1 or --self-correct, candidates run on the item's database in a sandbox with
    `timeout` and `row_cap` (generate.decode); that time is part of the generation seconds. The stats
    returned hold `per_question` ({id: {"chosen", "retried", ...}}).

    Under a launcher (`group` of several processes) each process answers its share into its own part file and
    the main process folds them into predictions.jsonl (sqltune.distributed); the others return ([], {})."""
    from .generate import uses_database
    from .prompts import build_prompt

    group = group or Group()
    model = cfg.model
    folder.mkdir(parents=True, exist_ok=True)
    out_file, run_file = folder / "predictions.jsonl", folder / "run.json"
    settings = {"model": model, "test_set": test.name, "prompt_template": cfg.prompt_template,
                "schema_format": cfg.schema_format, "sample_rows": cfg.sample_rows,
                "max_new_tokens": cfg.max_new_tokens, "tokenizer": cfg.tokenizer}
    if uses_database(cfg):  # (absent for greedy, so folders written before these options still resume)
        settings["decoding"] = {**decoding_settings(cfg), **({"seed": cfg.seed} if cfg.num_candidates > 1
                                                             and cfg.candidate_mode == "sample" else {})}
    run = json.loads(run_file.read_text(encoding="utf-8")) if run_file.is_file() else {}
    if run and run.get("settings") != settings:  # (checked by every process, so that all of them stop)
        raise SqltuneError(f"{folder} holds predictions made with other settings "
                           f"({'; '.join(_settings_changes(run.get('settings', {}), settings))}); "
                           "give the same settings to resume, choose another --out or --label, or delete that folder")
    run.setdefault("settings", settings)
    run.setdefault("generated", 0)
    run.setdefault("seconds", 0.0)
    ids = [it.id for it in test.items]
    todo = None
    if group.main:  # the only process that writes before generating; the others wait for its list
        atomic_write_text(run_file, json.dumps(run, indent=2))
        fold_parts(out_file, ids)  # answers left in part files by an interrupted run of several processes
        done = _read_done(out_file)
        todo = [k for k, it in enumerate(test.items) if it.id not in done]
        if group.world > 1 and todo:
            print(f"sqltune evaluate: {folder.name}: {len(todo)} questions to generate, shared by {group.world} "
                  f"processes" + (f" ({len(done)} saved before)" if done else ""), flush=True)
    pending = [test.items[k] for k in group.share(todo)]
    generated, seconds = 0, 0.0
    if pending:
        from tqdm import tqdm

        from .generate import load_generator
        from .schema import schema_from_sqlite

        schemas: dict[Path, str] = {}

        def prompt_for(item: Item) -> str:
            if item.prompt:
                return item.prompt
            if item.db_path is not None:
                if item.db_path not in schemas:
                    schemas[item.db_path] = schema_from_sqlite(item.db_path, cfg.schema_format, cfg.sample_rows)
                context = schemas[item.db_path]
            else:
                context = item.context or ""
            return build_prompt(context, item.question, cfg.prompt_template)

        generator = load_generator(group.placed(cfg))
        chunk = cfg.batch_size * 4  # saved after every chunk: an interruption loses at most this many
        if group.world > 1:  # the main process shows its own share; the others keep quiet
            bar = tqdm(total=len(pending), desc=f"{folder.name} (process 1 of {group.world})", unit="q",
                       disable=not (progress and group.main), file=sys.stderr)
        else:
            bar = tqdm(total=len(test.items), initial=len(test.items) - len(pending), desc=folder.name,
                       unit="q", disable=not progress, file=sys.stderr)
        try:
            target = out_file if group.world == 1 else part_file(out_file, group.rank)
            with target.open("a", encoding="utf-8") as f:
                for start in range(0, len(pending), chunk):
                    batch = pending[start:start + chunk]
                    prompts = [prompt_for(it) for it in batch]
                    t0 = time.perf_counter()
                    rows = _decode_batch(cfg, generator, batch, prompts, timeout, row_cap)
                    seconds += time.perf_counter() - t0
                    generated += len(batch)
                    for row in rows:
                        f.write(json.dumps(row, ensure_ascii=False) + "\n")
                    f.flush()
                    bar.update(len(batch))
        finally:
            bar.close()
            if group.world == 1:
                run["seconds"] += seconds
                run["generated"] += generated
                atomic_write_text(run_file, json.dumps(run, indent=2))
            del generator
            _free_accelerator()
    if group.world > 1:
        shares = group.finish(seconds)
        if not group.main:
            return [], {}
        run["generated"] += fold_parts(out_file, ids)
        run["seconds"] += max(shares)  # the processes ran side by side: the group took as long as the slowest
        atomic_write_text(run_file, json.dumps(run, indent=2))
    done = _read_done(out_file)
    missing = [i for i in ids if i not in done]
    if missing:  # (cannot happen unless a file was changed under the run)
        raise SqltuneError(f"{out_file} lacks the answers to {len(missing)} questions (first: {missing[0]})")
    saved = [done[i] for i in ids]
    stats = {"questions": run["generated"], "seconds": round(run["seconds"], 3),
             "per_question": {r["id"]: {k: r[k] for k in ("chosen", "retried", "retry_kept") if k in r}
                              for r in saved}}
    return [r["sql"] for r in saved], stats


def _decode_batch(cfg: Config, generator, items: list[Item], prompts: list[str], timeout: float,
                  row_cap: int) -> list[dict]:
    """The rows saved to predictions.jsonl for one batch: greedy, or candidates -> choose -> self-correct
    with each item's database (its file, or its context built in memory)."""
    from .generate import _close, _target, decode, uses_database

    if not uses_database(cfg):
        outputs = generator.generate(prompts, batch_size=cfg.batch_size, progress=False)
        return [{"id": it.id, "sql": sql} for it, sql in zip(items, outputs, strict=True)]
    from .sqlexec import Sandbox

    # (a context SQLite cannot build gives no target: scored as a gold error, nothing to run candidates on)
    targets = [_target(db=it.db_path, context=it.context) for it in items]
    with Sandbox(timeout, row_cap) as sandbox:
        runs = [None if t is None else (lambda sql, t=t: sandbox.run(t, sql)) for t in targets]
        try:
            decisions = decode(generator, prompts, runs, cfg.num_candidates, cfg.candidate_mode, cfg.self_correct,
                               batch_size=cfg.batch_size, seed=cfg.seed, rule=cfg.candidate_choice)
        finally:
            for t in targets:
                _close(t)
    return [{"id": it.id, "sql": d.sql, **d.record()} for it, d in zip(items, decisions, strict=True)]


def _free_accelerator() -> None:
    import gc

    gc.collect()
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


# --- reports -----------------------------------------------------------------------------------------------

def _one_line(sql: str) -> str:
    # The official files hold one query a line and split on tabs; an empty line would start a new "session"
    # there, so an empty prediction is written as a bare SELECT (a syntax error: wrong, as it should be).
    return re.sub(r"[\r\n\t]+", " ", sql).strip() or "SELECT"


def _versions(generated: bool) -> dict:
    import sqlglot

    versions = {"sqltune": __version__, "python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                "sqlglot": sqlglot.__version__}
    for name in ("torch", "transformers", "peft") if generated else ():
        module = sys.modules.get(name)
        if module is not None:
            versions[name] = getattr(module, "__version__", "?")
    return versions


def _pct(x: float | None) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def write_chart(path: Path, reports: dict[str, dict], order: list[str], kind: str | None, title: str) -> None:
    """Grouped bars by category; without categories (a plain test file) one horizontal bar per system, which
    stays readable for a dozen systems side by side."""
    import matplotlib
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    first = next(iter(reports.values()))
    if not order:
        labels = list(reports)
        fig = Figure(figsize=(7.0, 1.2 + 0.38 * len(labels)), layout="tight")
        ax = fig.subplots()
        bars = ax.barh(range(len(labels)), [100 * reports[x]["execution_accuracy"] for x in labels], color="#4878a8")
        ax.bar_label(bars, labels=[_pct(reports[x]["execution_accuracy"]) for x in labels], fontsize=8, padding=3)
        ax.set_yticks(range(len(labels)), labels)
        ax.invert_yaxis()  # the first system on top, as in the tables
        ax.set_xlim(0, 100)
        ax.set_xlabel(f"execution accuracy (%), n={first['n']}")
        ax.set_title(title)
        fig.savefig(path, dpi=120)
        return
    groups = ["all", *order]
    ticks = [f"all\n(n={first['n']})"] + [f"{c}\n(n={first['by_category'][c]['n']})" for c in order]
    width = 0.8 / len(reports)
    fig = Figure(figsize=(max(6.0, 1.2 * len(groups) * max(1, len(reports)) ** 0.5 + 2), 4.5), layout="tight")
    ax = fig.subplots()
    colors = matplotlib.colormaps["tab20" if len(reports) > 10 else "tab10"].colors  # tab10 repeats after 10
    for s, (label, rep) in enumerate(reports.items()):
        values = [rep["execution_accuracy"]] + [rep["by_category"][c]["execution_accuracy"] for c in order]
        xs = [g + (s - (len(reports) - 1) / 2) * width for g in range(len(groups))]
        bars = ax.bar(xs, [100 * v for v in values], width, label=label,
                      color=colors[s % len(colors)])
        ax.bar_label(bars, labels=[f"{100 * v:.1f}" for v in values], fontsize=8, padding=2)
    ax.set_xticks(range(len(groups)), ticks)
    ax.set_ylim(0, 110)
    ax.set_ylabel("execution accuracy (%)")
    ax.set_xlabel(kind or "")
    ax.set_title(title)
    # many systems: the legend beside the plot, where it hides no bar
    ax.legend(**({"loc": "upper left", "bbox_to_anchor": (1.01, 1)} if len(reports) > 4 else {"loc": "upper right"}),
              fontsize=8)
    fig.savefig(path, dpi=120)


def write_markdown(path: Path, test: TestSet, reports: dict[str, dict], order: list[str],
                   gold_errors: list[dict], settings: dict) -> None:
    labels = list(reports)
    lines = [f"# sqltune evaluation: {test.name}", "",
             f"{next(iter(reports.values()))['n']} questions scored"
             + (f"; {sum(test.skipped.values())} skipped ({', '.join(f'{k}: {v}' for k, v in test.skipped.items())})"
                if test.skipped else "")
             + (f"; {len(gold_errors)} gold queries failed and are excluded" if gold_errors else "")
             + f". {settings['date']}.", "",
             "## Overall", "",
             "| model | n | execution accuracy | official | exact match | executable | parses | questions/s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label, rep in reports.items():
        qps = f"{rep['throughput_qps']:.2f}" if rep.get("throughput_qps") else "-"
        lines.append(f"| {label} | {rep['n']} | {_pct(rep['execution_accuracy'])} | "
                     f"{_pct(rep['execution_accuracy_official'])} | {_pct(rep['exact_match'])} | "
                     f"{_pct(rep['executable_rate'])} | {_pct(rep['parse_rate'])} | {qps} |")
    decoded = {label: rep["settings"]["decoding"] for label, rep in reports.items()
               if rep.get("settings", {}).get("decoding")}
    if decoded:
        lines += ["", "Decoding: " + "; ".join(
            f"{label}: {describe_decoding(d)}"
            + (f", {d['seconds_per_question']:g} s a question" if d.get("seconds_per_question") else "")
            + (f", kept candidate index {json.dumps(d['chosen_index'])}" if d["num_candidates"] > 1 else "")
            for label, d in decoded.items()) + "."]
    columns = settings["comparison"]["columns"]
    lines += ["", f"*execution accuracy*: sqltune's rules (columns {columns}, DISTINCT kept), the headline number. "
              "*official*: the official Spider scorer's default rules (test-suite-sql-eval: any column order, "
              "every DISTINCT deleted from both queries), for comparison with published results."]
    if order:
        lines += ["", f"## Execution accuracy by {test.category_kind}", "",
                  "| category | n | " + " | ".join(f"{x} | {x} (official)" for x in labels) + " |",
                  "|---|---:|" + "---:|" * (2 * len(labels))]
        first = next(iter(reports.values()))
        for c in order:
            lines.append(f"| {c} | {first['by_category'][c]['n']} | "
                         + " | ".join(f"{_pct(reports[x]['by_category'][c]['execution_accuracy'])} | "
                                      f"{_pct(reports[x]['by_category'][c]['execution_accuracy_official'])}"
                                      for x in labels) + " |")
    from .sqlexec import CATEGORIES

    lines += ["", "## Outcomes", "", "| outcome | " + " | ".join(labels) + " |", "|---|" + "---:|" * len(labels)]
    lines.append("| correct | " + " | ".join(str(reports[x]["correct"]) for x in labels) + " |")
    lines.append("| wrong result | " + " | ".join(str(reports[x]["wrong_result"]) for x in labels) + " |")
    for c in CATEGORIES:
        if any(reports[x]["errors"].get(c) for x in labels):
            lines.append(f"| error: {c} | " + " | ".join(str(reports[x]["errors"].get(c, 0)) for x in labels) + " |")
    if gold_errors:
        lines += ["", "## Gold queries that failed (excluded from n)", ""]
        lines += [f"- `{g['id']}` ({g['db_id'] or 'context'}): {g['error']}: {g['message']}" for g in gold_errors]
    lines += ["", "## Settings", ""]
    lines += [f"- {k}: {json.dumps(v) if isinstance(v, dict) else v}" for k, v in settings.items()
              if k not in ("comparison", "versions")]
    lines += [f"- {k}: {v}" for k, v in settings["comparison"].items()]
    lines += ["- versions: " + ", ".join(f"{k} {v}" for k, v in settings["versions"].items())]
    if (path.parent / "gold.sql").is_file():
        lines += ["", "## Re-score with the official Spider scorer", "",
                  "`gold.sql` and each `<label>/predictions.sql` are in the official format (test-suite-sql-eval). "
                  "Its default gives the *official* column; `--keep_distinct` gives *execution accuracy* as scored "
                  "with `--column-permutation`:",
                  "", "```",
                  f"python evaluation.py --gold gold.sql --pred {labels[0]}/predictions.sql "
                  f"--db {test.db_dir} --etype exec", "```"]
    atomic_write_text(path, "\n".join(lines) + "\n")


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


def main(cfg: Config, args) -> int:
    _check_args(args)
    systems = _systems(cfg, args)
    if args.out:
        out = Path(args.out)
    elif not args.predictions and Path(cfg.model).is_dir():
        out = Path(cfg.model) / "eval"
    else:
        out = Path("runs/eval")
    test = load_test_set(args.test, cfg, args.db_dir, args.limit)

    predictions: dict[str, list[str]] = {}
    gen_stats: dict[str, dict] = {}
    group = Group.from_env()  # several processes under torchrun / accelerate launch: they share the generation
    try:
        for label, kind, what in systems:
            if kind == "file":
                predictions[label] = read_predictions(what, test)
            else:
                predictions[label], gen_stats[label] = generate_predictions(
                    model_config(cfg, what, args), test, out / label, progress=args.progress,
                    timeout=args.timeout, row_cap=args.row_cap, group=group)
    finally:
        group.close()
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
        "versions": _versions(bool(gen_stats)),
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
        atomic_write_text(folder / "predictions.sql", "".join(_one_line(r["prediction"]) + "\n" for r in judged[label]))
        atomic_write_text(folder / "results.jsonl",
                          "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in judged[label]))
    if all(it.db_id for it in scored):
        atomic_write_text(out / "gold.sql", "".join(f"{_one_line(it.gold)}\t{it.db_id}\n" for it in scored))
    else:
        (out / "gold.sql").unlink(missing_ok=True)  # rows built from a context have no official format
    atomic_write_text(out / "comparison.json", json.dumps(_comparison(test, reports, judged), indent=2) + "\n")
    write_markdown(out / "report.md", test, reports, order, gold_errors, {**settings_common})
    try:
        write_chart(out / "accuracy.png", reports, order, test.category_kind,
                    f"Execution accuracy on {Path(test.name).name}")
    except ImportError:  # a minimal install (e.g. a bare GPU box); the numbers are all in the reports
        print("sqltune evaluate: matplotlib is not installed, so no accuracy.png", file=sys.stderr)
    print_table(test, reports, order, gold_errors, out)
    return 0


def _comparison(test: TestSet, reports: dict[str, dict], judged: dict[str, list[dict]]) -> dict:
    keys = ("n", "execution_accuracy", "execution_accuracy_official", "exact_match", "executable_rate", "parse_rate", "by_category", "errors",
            "throughput_qps")
    labels = list(reports)
    pairs = []
    for other in labels[1:]:  # the first model/file against each other one, question by question
        outcomes = Counter((x["correct"], y["correct"])
                           for x, y in zip(judged[labels[0]], judged[other], strict=True))
        pairs.append({"a": labels[0], "b": other, "both_correct": outcomes[True, True],
                      "only_a": outcomes[True, False], "only_b": outcomes[False, True],
                      "neither": outcomes[False, False]})
    return {"test_set": test.name, "labels": labels,
            "models": {label: {k: rep[k] for k in keys if k in rep} for label, rep in reports.items()},
            "pairs": pairs}


def print_table(test: TestSet, reports: dict[str, dict], order: list[str], gold_errors: list[dict],
                out: Path) -> None:
    first = next(iter(reports.values()))
    note = [f"{sum(test.skipped.values())} skipped: no database"] if test.skipped else []
    if gold_errors:
        note.append(f"{len(gold_errors)} gold queries failed, excluded")
    print(f"sqltune evaluate: {test.name}, {first['n']} questions" + (f" ({'; '.join(note)})" if note else ""))
    width = max(8, *(len(label) for label in reports))
    head = f"{'model':<{width}}  {'exec acc':>8}  {'official':>8}  {'exact':>6}  {'executes':>8}  {'parses':>6}"
    head += "".join(f"  {c[:8]:>8}" for c in order)
    print(head)
    for label, rep in reports.items():
        line = (f"{label:<{width}}  {_pct(rep['execution_accuracy']):>8}  "
                f"{_pct(rep['execution_accuracy_official']):>8}  {_pct(rep['exact_match']):>6}  "
                f"{_pct(rep['executable_rate']):>8}  {_pct(rep['parse_rate']):>6}")
        line += "".join(f"  {_pct(rep['by_category'][c]['execution_accuracy']):>8}" for c in order)
        decoding = rep.get("settings", {}).get("decoding")
        if rep.get("throughput_qps"):
            line += f"  ({rep['throughput_qps']:.2f} questions/s" + (
                f", {describe_decoding(decoding)})" if decoding else ")")
        print(line)
    print("exec acc: sqltune's rules (the headline" + (", by category" if order else "") + "); official: the "
          "official Spider scorer's defaults (any column order, DISTINCT deleted from both queries)")
    print(f"reports: {out}/report.md, accuracy.png, comparison.json; per model: {out}/<label>/report.json")
