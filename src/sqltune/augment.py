"""Schema augmentations for training rows: teach the model to read a schema, not to remember one.

Spider train has 140 databases seen over and over; a model can learn where `name` sits in `singer` instead of
reading the prompt. Each augmentation changes the schema text of one row and keeps what its gold SQL needs:

- `shuffle_tables`: tables in a random order (foreign keys follow);
- `shuffle_columns`: columns of each table in a random order (compact format only: CREATE TABLE text keeps its
  column order, whose constraints may refer to positions);
- `distractors`: up to DISTRACTORS tables of other databases added (names that clash are skipped);
- `drop_unused`: tables the gold SQL does not name are left out, keeping those that join the named ones;
- `link`: the cut schema linking makes at inference (linking.link), so training sees what inference shows;
  tables the gold SQL names are put back if the linker missed them, so no row teaches a table that is absent.

All are pure functions of (schema text, gold SQL, seed): the same rng state gives the same text.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Sequence

from . import schema_text
from .errors import SqltuneError

KINDS = ("shuffle_tables", "shuffle_columns", "distractors", "drop_unused", "link")
DISTRACTORS = 3


def gold_tables(sql: str) -> set[str] | None:
    """Lower-case names of the tables `sql` reads (CTE names aside), or None where sqlglot cannot parse it."""
    import sqlglot
    from sqlglot import exp

    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except sqlglot.errors.SqlglotError:
        return None
    if tree is None:
        return None
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    return {t.name.lower() for t in tree.find_all(exp.Table) if t.name and t.name.lower() not in ctes}


def check_kinds(kinds: Sequence[str]) -> None:
    unknown = [k for k in kinds if k not in KINDS]
    if unknown:
        raise SqltuneError(f"--augment: unknown kind {unknown[0]!r} (choose from {', '.join(KINDS)})")


def shuffle_tables(doc: schema_text.SchemaDoc, rng: random.Random) -> schema_text.SchemaDoc:
    order = list(doc.tables)
    rng.shuffle(order)
    rank = {t.name.lower(): i for i, t in enumerate(order)}
    joins = sorted(doc.joins, key=lambda j: (rank.get(j.table.lower(), 0), rank.get(j.ref_table.lower(), 0)))
    return schema_text.SchemaDoc(doc.fmt, order, joins, list(doc.other_lines))


def shuffle_columns(doc: schema_text.SchemaDoc, rng: random.Random) -> schema_text.SchemaDoc:
    if doc.fmt != "compact":
        return doc
    tables = []
    for t in doc.tables:
        cols = list(t.columns)
        rng.shuffle(cols)
        tables.append(schema_text.TableText(t.name, t.head, cols, t.tail, list(t.extra_lines), list(t.notes)))
    return schema_text.SchemaDoc(doc.fmt, tables, list(doc.joins), list(doc.other_lines))


def _joined_closure(doc: schema_text.SchemaDoc, needed: set[str]) -> set[str]:
    """`needed` plus the tables on foreign-key paths between them (a link table the SQL names is named)."""
    from .linking import _path

    edges: dict[str, set[str]] = {t.name.lower(): set() for t in doc.tables}
    for j in doc.joins:
        a, b = j.table.lower(), j.ref_table.lower()
        if a in edges and b in edges and a != b:
            edges[a].add(b)
            edges[b].add(a)
    kept = set(needed)
    for t in sorted(needed):
        others = kept - {t}
        if others and t in edges and not (edges[t] & others):
            kept.update(_path(edges, t, others))
    return kept


def drop_unused(doc: schema_text.SchemaDoc, gold: set[str]) -> schema_text.SchemaDoc:
    names = {t.name.lower() for t in doc.tables}
    if not gold & names:
        return doc
    kept = _joined_closure(doc, gold & names)
    return doc.keep([t.name for t in doc.tables if t.name.lower() in kept])


def add_distractors(doc: schema_text.SchemaDoc, others: Sequence[schema_text.SchemaDoc], rng: random.Random,
                    count: int = DISTRACTORS) -> schema_text.SchemaDoc:
    names = {t.name.lower() for t in doc.tables}
    pool = [t for other in others for t in other.tables if t.name.lower() not in names]
    if not pool or count <= 0:
        return doc
    picked, seen = [], set(names)
    for t in rng.sample(pool, min(len(pool), count * 2)):
        if t.name.lower() not in seen and len(picked) < count:
            picked.append(t)
            seen.add(t.name.lower())
    # Distractors go in at random places: appended at the end, their position would give them away.
    tables = list(doc.tables)
    for t in picked:
        tables.insert(rng.randint(0, len(tables)), t)
    return schema_text.SchemaDoc(doc.fmt, tables, list(doc.joins), list(doc.other_lines))


def augment_doc(doc: schema_text.SchemaDoc, gold_sql: str, kinds: Sequence[str], rng: random.Random,
                others: Sequence[schema_text.SchemaDoc] = (), linked: Sequence[str] | None = None
                ) -> schema_text.SchemaDoc:
    """`doc` with `kinds` applied in KINDS order (cuts before additions, shuffles last)."""
    check_kinds(kinds)
    gold = gold_tables(gold_sql) or set()
    names = {t.name.lower() for t in doc.tables}
    if "link" in kinds and linked is not None:
        keep = {t.lower() for t in linked} | (gold & names)
        doc = doc.keep([t.name for t in doc.tables if t.name.lower() in _joined_closure(doc, keep & names)])
    if "drop_unused" in kinds:
        doc = drop_unused(doc, gold)
    if "distractors" in kinds:
        doc = add_distractors(doc, others, rng)
    if "shuffle_tables" in kinds:
        doc = shuffle_tables(doc, rng)
    if "shuffle_columns" in kinds:
        doc = shuffle_columns(doc, rng)
    return doc


def augment_schema(conn: sqlite3.Connection, gold_sql: str, fmt: str, kinds: Sequence[str], rng: random.Random,
                   other_dbs: Sequence[sqlite3.Connection | str] = (), sample_rows: int = 0,
                   question: str | None = None, keep: int | None = 3, hops: int = 1) -> str:
    """The schema text of `conn` in `fmt` for one training row, augmented by `kinds`.

    other_dbs: databases (connections, or schema text already serialized in `fmt`) that distractor tables are
    drawn from: other databases of the same split, never the row's own. `question` is needed for "link" (with
    the same keep/hops that inference uses). Pass one random.Random(seed) through all rows of a split: the
    text depends only on the rng's state, the schema and the gold SQL.
    """
    from .schema import serialize

    check_kinds(kinds)
    doc = schema_text.parse(serialize(conn, fmt, sample_rows), fmt)
    others: list[schema_text.SchemaDoc] = []
    if "distractors" in kinds and other_dbs:
        # Draw the databases first, then parse only those: a split has 140 of them.
        picks = rng.sample(list(other_dbs), min(len(other_dbs), DISTRACTORS))
        for other in picks:
            text = other if isinstance(other, str) else serialize(other, fmt, sample_rows)
            others.append(schema_text.parse(text, fmt))
    linked = None
    if "link" in kinds:
        if question is None:
            raise SqltuneError("--augment link needs the row's question")
        from .linking import link

        linked = link(conn, question, keep, hops=hops).tables
    return augment_doc(doc, gold_sql, kinds, rng, others, linked).render()
