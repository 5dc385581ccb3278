"""Scoring rules: when a predicted query's result counts as the gold query's (sqltune's strict rules and the
official Spider scorer's defaults), exact match, and the metrics block of a report. See the rules in
`sqltune.evaluate`'s docstring and docs/EVALUATION.md."""

from __future__ import annotations

import logging
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Sequence
from itertools import permutations
from pathlib import Path
from typing import Any

from .errors import SqltuneError
from .testsets import TestSet

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
                ordered_official = "order by" in one_line(gold_official_sql).lower()
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


def one_line(sql: str) -> str:
    # The official files hold one query a line and split on tabs; an empty line would start a new "session"
    # there, so an empty prediction is written as a bare SELECT (a syntax error: wrong, as it should be).
    return re.sub(r"[\r\n\t]+", " ", sql).strip() or "SELECT"
