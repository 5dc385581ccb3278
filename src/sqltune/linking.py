"""Schema linking: for a database with many tables, keep in the prompt those a question most likely needs.

Offline and model-free: a table scores by how many question words meet its name (split at _ and camelCase,
with crude singular/plural forms), its columns' names, and the values of it that the question names (values.py).
link() keeps the best tables (a fixed number, or all above a score), then the tables on the foreign-key paths
between them, so that every kept pair can still be joined; columns are cut only in wide tables, never a key.
benchmarks/linking_recall.py measures how often the gold query's tables survive.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from dataclasses import dataclass, field

from .values import STOP_WORDS, Match, index_for, name_words, normalize, word_forms

TABLE_WEIGHT, COLUMN_WEIGHT, VALUE_WEIGHT = 1.0, 0.35, 0.8
WIDE_TABLE = 12  # columns; narrower tables are kept whole


@dataclass
class Linked:
    tables: list[str]  # kept, in the database's order
    columns: dict[str, list[str]] = field(default_factory=dict)  # kept columns of each kept table
    scores: dict[str, float] = field(default_factory=dict)


@dataclass
class _Schema:
    tables: list[str]
    columns: dict[str, list[str]]
    keys: dict[str, set[str]]  # primary- and foreign-key columns of each table (never cut)
    edges: dict[str, set[str]]  # foreign keys as an undirected graph, lower-case table names


def _schema(conn: sqlite3.Connection) -> _Schema:
    from .schema import _columns, _tables

    tables = [t for t, _ in _tables(conn)]
    lower = {t.lower(): t for t in tables}
    columns, keys, edges = {}, {t: set() for t in tables}, {t.lower(): set() for t in tables}
    for t in tables:
        cols = _columns(conn, t)
        columns[t] = [c for c, _, _ in cols]
        keys[t].update(c for c, _, pk in cols if pk)
        for fk in conn.execute("SELECT * FROM pragma_foreign_key_list(?)", (t,)):
            ref, src, dst = fk[2], fk[3], fk[4]
            keys[t].add(src)
            target = lower.get(ref.lower())
            if target is None:
                continue
            if dst:
                keys[target].add(dst)
            if target != t:
                edges[t.lower()].add(target.lower())
                edges[target.lower()].add(t.lower())
    return _Schema(tables, columns, keys, edges)


def _question_words(question: str) -> set[str]:
    words = set()
    for word in normalize(question).split():
        if word not in STOP_WORDS:
            words.update(word_forms(word))
    return words


def _overlap(name: str, words: set[str]) -> float:
    parts = name_words(name)
    base = {w for w in normalize(name.replace("_", " ")).split()}
    if not base:
        return 0.0
    # Each word of the name counts once, whichever of its forms the question used.
    hit = sum(1 for w in base if word_forms(w) & words)
    whole = 1.0 if normalize(name.replace("_", " ")).replace(" ", "") in words else 0.0
    return max(hit / len(base), whole) if parts else 0.0


def rank_tables(conn: sqlite3.Connection, question: str, value_matches: list[Match] | None = None,
                _schema_cache: _Schema | None = None) -> list[tuple[str, float]]:
    """Every table of `conn` with its score for `question`, best first (ties in the database's order)."""
    schema = _schema_cache or _schema(conn)
    words = _question_words(question)
    values: dict[str, float] = {}
    for m in value_matches or ():
        values[m.table.lower()] = max(values.get(m.table.lower(), 0.0), m.score)
    scored = []
    for pos, table in enumerate(schema.tables):
        name = TABLE_WEIGHT * _overlap(table, words)
        cols = sorted((_overlap(c, words) for c in schema.columns[table]), reverse=True)
        column = COLUMN_WEIGHT * (cols[0] + 0.5 * sum(cols[1:3])) if cols else 0.0
        value = VALUE_WEIGHT * values.get(table.lower(), 0.0)
        scored.append((table, round(name + column + value, 4), pos))
    scored.sort(key=lambda x: (-x[1], x[2]))
    return [(t, s) for t, s, _ in scored]


def _path(edges: dict[str, set[str]], start: str, goals: set[str]) -> list[str]:
    """The shortest foreign-key path from `start` to any of `goals` (its inner tables), or [] if none."""
    seen, queue = {start: ""}, deque([start])
    while queue:
        node = queue.popleft()
        if node in goals and node != start:
            path, step = [], seen[node]
            while step and step != start:
                path.append(step)
                step = seen[step]
            return path
        for nxt in sorted(edges.get(node, ())):
            if nxt not in seen:
                seen[nxt] = node
                queue.append(nxt)
    return []


def link(conn: sqlite3.Connection, question: str, keep: int | None = 3, min_score: float = 0.0,
         value_matches: list[Match] | None = None, wide_table: int = WIDE_TABLE, hops: int = 1) -> Linked:
    """The tables (and columns of wide tables) to show for `question`.

    keep: the number of best-scoring tables scoring above `min_score` kept (None: all of them; the best one is
    always kept). A database with no more than `keep` tables is kept whole. Then the tables on foreign-key
    paths between kept ones, then those within `hops` foreign-key steps of the ones chosen by score: a question
    about a professor's first name needs the employee table that holds it, which no word of it names.
    """
    schema = _schema(conn)
    if value_matches is None:
        value_matches = index_for(conn).match(question, 20)
    ranked = rank_tables(conn, question, value_matches, schema)
    scores = dict(ranked)
    if keep is not None and len(schema.tables) <= keep:
        chosen = [t for t, _ in ranked]
    else:
        above = [t for t, s in ranked if s > min_score]
        chosen = above[:keep] if keep is not None else above
        chosen = chosen or [ranked[0][0]]
    kept = {t.lower() for t in chosen}
    # Join paths: connect each kept table to the others through the fewest extra tables.
    for t in list(chosen):
        others = kept - {t.lower()}
        if others and not (schema.edges.get(t.lower(), set()) & others):
            kept.update(_path(schema.edges, t.lower(), others))
    frontier = {t.lower() for t in chosen}
    for _ in range(hops):
        frontier = {n for t in frontier for n in schema.edges.get(t, ())} - kept
        kept |= frontier
    tables = [t for t in schema.tables if t.lower() in kept]
    words = _question_words(question)
    valued = {(m.table.lower(), m.column.lower()) for m in value_matches}
    columns = {}
    for t in tables:
        cols = schema.columns[t]
        if len(cols) > wide_table:
            cols = [c for i, c in enumerate(cols) if i < 3 or c in schema.keys[t] or _overlap(c, words) > 0
                    or (t.lower(), c.lower()) in valued]
        columns[t] = cols
    return Linked(tables, columns, scores)


def linked_schema(conn: sqlite3.Connection, question: str, fmt: str = "compact", keep: int | None = 3,
                  min_score: float = 0.0, sample_rows: int = 0, value_budget: int = 0, hops: int = 1) -> str:
    """The schema text of `conn` cut to what link() keeps, with matched values when value_budget > 0."""
    from . import schema_text
    from .schema import serialize
    from .values import render_values

    matches = index_for(conn).match(question, 20)
    linked = link(conn, question, keep, min_score, matches, hops=hops)
    text = serialize(conn, fmt, sample_rows)
    text = schema_text.parse(text, fmt).keep(linked.tables, linked.columns).render()
    return render_values(text, fmt, matches, value_budget) if value_budget > 0 else text
