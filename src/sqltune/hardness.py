"""Spider hardness (easy / medium / hard / extra) by the official rules.

A line-for-line port of `count_component1`, `count_component2`, `count_others` and
`Evaluator.eval_hardness` from Spider's `evaluation.py` (also in test-suite-sql-eval), applied to the parsed
`sql` dict that Spider's dev.json carries for every question, so no SQL parser is needed. The official code's
quirks are kept on purpose so the categories match the official scorer's tables: e.g. `count_agg` over WHERE
conditions looks at a condition's NOT flag, and over HAVING it also counts the 'and'/'or' connectors.
"""

from __future__ import annotations

LEVELS = ("easy", "medium", "hard", "extra")

_WHERE_OPS = ("not", "between", "=", ">", "<", ">=", "<=", "!=", "in", "like", "is", "exists")
_LIKE = _WHERE_OPS.index("like")
_AGG_NONE = 0  # AGG_OPS.index('none')


def _has_agg(unit) -> bool:
    return unit[0] != _AGG_NONE


def _count_agg(units) -> int:
    return len([unit for unit in units if _has_agg(unit)])


def _nested(sql: dict) -> list[dict]:
    nested = []
    for cond_unit in sql["from"]["conds"][::2] + sql["where"][::2] + sql["having"][::2]:
        if type(cond_unit[3]) is dict:
            nested.append(cond_unit[3])
        if type(cond_unit[4]) is dict:
            nested.append(cond_unit[4])
    for key in ("intersect", "except", "union"):
        if sql[key] is not None:
            nested.append(sql[key])
    return nested


def count_component1(sql: dict) -> int:
    """WHERE, GROUP BY, ORDER BY, LIMIT, each extra joined table, each OR, each LIKE."""
    count = 0
    if len(sql["where"]) > 0:
        count += 1
    if len(sql["groupBy"]) > 0:
        count += 1
    if len(sql["orderBy"]) > 0:
        count += 1
    if sql["limit"] is not None:
        count += 1
    if len(sql["from"]["table_units"]) > 0:
        count += len(sql["from"]["table_units"]) - 1
    connectors = sql["from"]["conds"][1::2] + sql["where"][1::2] + sql["having"][1::2]
    count += len([token for token in connectors if token == "or"])
    cond_units = sql["from"]["conds"][::2] + sql["where"][::2] + sql["having"][::2]
    count += len([cond_unit for cond_unit in cond_units if cond_unit[1] == _LIKE])
    return count


def count_component2(sql: dict) -> int:
    """Nested queries: subqueries in conditions plus INTERSECT / EXCEPT / UNION."""
    return len(_nested(sql))


def count_others(sql: dict) -> int:
    """More than one aggregate, select column, WHERE condition or GROUP BY column: one point each."""
    count = 0
    agg_count = _count_agg(sql["select"][1])
    agg_count += _count_agg(sql["where"][::2])
    agg_count += _count_agg(sql["groupBy"])
    if len(sql["orderBy"]) > 0:
        agg_count += _count_agg([unit[1] for unit in sql["orderBy"][1] if unit[1]]
                                + [unit[2] for unit in sql["orderBy"][1] if unit[2]])
    agg_count += _count_agg(sql["having"])
    if agg_count > 1:
        count += 1
    if len(sql["select"][1]) > 1:
        count += 1
    if len(sql["where"]) > 1:
        count += 1
    if len(sql["groupBy"]) > 1:
        count += 1
    return count


def hardness(sql: dict | None) -> str | None:
    """easy/medium/hard/extra for a Spider parsed-SQL dict; None when there is none (other sources)."""
    if not isinstance(sql, dict):
        return None
    try:
        c1, c2, others = count_component1(sql), count_component2(sql), count_others(sql)
    except (KeyError, IndexError, TypeError):
        return None  # not a Spider parse tree
    if c1 <= 1 and others == 0 and c2 == 0:
        return "easy"
    if (others <= 2 and c1 <= 1 and c2 == 0) or (c1 <= 2 and others < 2 and c2 == 0):
        return "medium"
    if ((others > 2 and c1 <= 2 and c2 == 0) or (2 < c1 <= 3 and others <= 2 and c2 == 0)
            or (c1 <= 1 and others == 0 and c2 <= 1)):
        return "hard"
    return "extra"
