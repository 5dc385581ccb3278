"""How a database's schema is written into the prompt; shared by prepare, generate --db, evaluate and serve.

Two formats: `create_table` (the CREATE TABLE statements, as gretel's contexts have them) and `compact`
(`table(col type pk, ...)` lines plus one foreign-key line: the same facts in fewer tokens). Every serializer
works on an SQLite connection, so a .sqlite file, a user's .sql file and a gretel context all go the same way.
"""

from __future__ import annotations

import math
import re
import sqlite3
from pathlib import Path

from .errors import SqltuneError

FORMATS = ("create_table", "compact")
INSERT_TEXT_LIMIT = 60  # characters of a text value kept in a sample INSERT
COMPACT_TEXT_LIMIT = 30  # compact examples are hints, not data

# SQLite's keywords (sqlite.org/lang_keywords.html): identifiers spelled like one must be quoted.
_KEYWORDS = frozenset("""
ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT BEFORE BEGIN BETWEEN BY CASCADE
CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME
CURRENT_TIMESTAMP DATABASE DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE
EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM FULL GENERATED GLOB GROUP
GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN
KEY LAST LEFT LIKE LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR ORDER
OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE RECURSIVE REFERENCES REGEXP REINDEX
RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN
TIES TO TRANSACTION TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE WINDOW WITH
WITHOUT
""".split())
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# Quoted strings/identifiers are kept verbatim while whitespace is squeezed; comments are dropped because
# joining lines would otherwise turn the rest of a statement into a `--` comment.
_LEXEME = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`[^`]*`|\[[^\]]*\]|--[^\n]*|/\*.*?(?:\*/|\Z)", re.S)


def quote_name(name: str) -> str:
    """An identifier as SQL text: bare when that is unambiguous, else double-quoted."""
    if _PLAIN_NAME.match(name) and name.upper() not in _KEYWORDS:
        return name
    return '"' + name.replace('"', '""') + '"'


def sql_literal(value: object, limit: int = INSERT_TEXT_LIMIT) -> str:
    """A Python value read from SQLite as an SQL literal; long text is cut to about `limit` characters."""
    if value is None:
        return "NULL"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "NULL"
        if math.isinf(value):
            return "9e999" if value > 0 else "-9e999"
        return repr(value)
    if isinstance(value, bytes):
        return "X'" + value[:16].hex() + "'"
    text = str(value)
    if len(text) > limit:
        text = text[: limit - 3] + "..."
    return "'" + text.replace("'", "''") + "'"


def _normalize_create(sql: str) -> str:
    stash: list[str] = []

    def keep(m: re.Match) -> str:
        tok = m.group()
        if tok.startswith(("--", "/*")):
            return " "
        stash.append(tok)
        return f"\x00{len(stash) - 1}\x00"

    text = _LEXEME.sub(keep, sql)
    text = re.sub(r"\s+", " ", text).strip().rstrip(";").rstrip()
    text = re.sub(r"\(\s", "(", text)
    text = re.sub(r"\s([),])", r"\1", text)
    text = re.sub(r",(?=\S)", ", ", text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: stash[int(m.group(1))], text)
    return text + ";"


def _tables(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL "
        "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid").fetchall()
    return [(name, sql) for name, sql in rows]


def _columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, int]]:
    """(name, declared type, primary-key position) of each column."""
    return [(r[1], r[2] or "", r[5]) for r in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]


def _short_type(declared: str) -> str:
    # Sizes such as varchar(255) or decimal(10,2) do not change how a query is written.
    return re.sub(r"\s*\(.*\)", "", declared).strip().lower()


def _may_hold_text(declared: str) -> bool:
    # SQLite's affinity rules: INTEGER and REAL columns are skipped (scanning them for examples costs a full
    # table scan and finds none); TEXT and NUMERIC ones (bool, date, untyped) often hold 'T'/'F' or dates.
    upper = declared.upper()
    if any(word in upper for word in ("CHAR", "CLOB", "TEXT")):
        return True
    return not any(word in upper for word in ("INT", "REAL", "FLOA", "DOUB"))


def _create_table(conn: sqlite3.Connection, sample_rows: int) -> str:
    lines = []
    for table, sql in _tables(conn):
        lines.append(_normalize_create(sql))
        if sample_rows > 0:
            cur = conn.execute(f"SELECT * FROM {quote_name(table)} LIMIT ?", (sample_rows,))
            cols = ", ".join(quote_name(d[0]) for d in cur.description)
            for row in cur:
                values = ", ".join(sql_literal(v) for v in row)
                lines.append(f"INSERT INTO {quote_name(table)} ({cols}) VALUES ({values});")
    return "\n".join(lines)


def _compact(conn: sqlite3.Connection, sample_rows: int) -> str:
    lines, joins = [], []
    tables = _tables(conn)
    pk_of = {t: [c for c, _, pk in sorted(_columns(conn, t), key=lambda c: c[2]) if pk] for t, _ in tables}
    by_lower = {t.lower(): t for t, _ in tables}  # SQLite names are case-insensitive, REFERENCES often differ
    for table, _ in tables:
        parts = []
        for name, declared, pk in _columns(conn, table):
            part = " ".join(x for x in (quote_name(name), _short_type(declared), "pk" if pk else "") if x)
            if sample_rows > 0 and _may_hold_text(declared):
                col = quote_name(name)
                values = conn.execute(
                    f"SELECT DISTINCT {col} FROM {quote_name(table)} WHERE typeof({col}) = 'text' AND {col} != '' "
                    "LIMIT ?",
                    (sample_rows,)).fetchall()
                if values:
                    part += " (" + ", ".join(sql_literal(v[0], COMPACT_TEXT_LIMIT) for v in values) + ")"
            parts.append(part)
        lines.append(f"{quote_name(table)}({', '.join(parts)})")
        # SQLite numbers foreign keys last-declared first; ORDER BY restores the order of the CREATE statement.
        for fk in conn.execute("SELECT * FROM pragma_foreign_key_list(?) ORDER BY id DESC, seq", (table,)):
            _, seq, ref_table, src, ref_col = fk[:5]
            ref_table = by_lower.get(ref_table.lower(), ref_table)
            if ref_col is None:  # REFERENCES t without a column means t's primary key
                ref_pk = pk_of.get(ref_table) or [src]
                ref_col = ref_pk[min(seq, len(ref_pk) - 1)]
            join = f"{quote_name(table)}.{quote_name(src)} = {quote_name(ref_table)}.{quote_name(ref_col)}"
            if join not in joins:
                joins.append(join)
    if joins:
        lines.append("-- foreign keys: " + ", ".join(joins))
    return "\n".join(lines)


def serialize(conn: sqlite3.Connection, fmt: str = "create_table", sample_rows: int = 0) -> str:
    """The schema of an open database in one of FORMATS."""
    if fmt not in FORMATS:
        raise SqltuneError(f"unknown schema format {fmt!r} (choose from {', '.join(FORMATS)})")
    if sample_rows < 0:
        raise SqltuneError(f"--sample-rows must be >= 0 (got {sample_rows})")
    return (_create_table if fmt == "create_table" else _compact)(conn, sample_rows)


def schema_from_sqlite(db_path: str | Path, fmt: str = "create_table", sample_rows: int = 0) -> str:
    """The schema of an SQLite file, opened read-only so that serializing can never change it."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise SqltuneError(f"database file not found: {db_path}")
    try:
        from .sqlexec import read_only

        conn = read_only(db_path)
    except sqlite3.Error as e:
        raise SqltuneError(f"cannot open database {db_path}: {e}") from None
    try:
        return serialize(conn, fmt, sample_rows)
    except sqlite3.DatabaseError as e:
        raise SqltuneError(f"cannot read the schema of {db_path}: {e}") from None
    finally:
        conn.close()


def schema_from_sql(text: str, fmt: str = "create_table", sample_rows: int = 0) -> str:
    """The schema of a user's .sql file (CREATE TABLE statements, INSERTs optional), in one of FORMATS."""
    from .sqlexec import memory_database

    conn = memory_database(text, "schema")
    try:
        if not _tables(conn):
            raise SqltuneError("schema: no CREATE TABLE statement found")
        return serialize(conn, fmt, sample_rows)
    finally:
        conn.close()
