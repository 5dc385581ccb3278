"""The one place untrusted SQL meets SQLite: the read-only sandbox that runs model-written and user-written
queries (evaluate, generate's candidates, serve), statement checking, and the private in-memory databases
built from schema text (gretel contexts, `--schema FILE.sql`, a client's `schema` field).

Guarantees, each enforced by SQLite itself rather than by inspecting the SQL text:
- Files are opened with the URI `mode=ro`: SQLite refuses every write to the file, whatever the statement.
  (`immutable=1` is deliberately not used: it also skips locking and change detection, which is about
  reading, not about preventing writes.)
- An authorizer allows only reading: SELECT, reading columns, calling functions, recursive CTEs. ATTACH,
  DETACH, VACUUM (INTO), PRAGMA, transactions and all DDL/DML are denied, and so is `load_extension()`
  (extension loading is also left disabled on the connection).
- One statement per call; a per-query wall-clock deadline checked from a progress handler, so a query that
  never ends is interrupted; at most `row_cap` rows are fetched; one value is at most a few MB.
Schema text is built into a private in-memory database under the `build` authorizer (DDL and DML on that
database only: no ATTACH, which would create a file, no PRAGMA, no virtual tables or extensions), with a size
cap and an optional time limit; the sandbox's read-only authorizer then guards what runs on it.
"""

from __future__ import annotations

import re
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SqltuneError

# Error categories, in the order reports list them.
CATEGORIES = ("empty", "syntax", "no_such_table", "no_such_column", "not_allowed", "timeout", "too_many_rows",
              "other")

_RECURSIVE = getattr(sqlite3, "SQLITE_RECURSIVE", 33)
_READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, _RECURSIVE}
# Building a database from schema text: its own tables, indexes, views and rows, nothing outside it.
_BUILD_ACTIONS = _READ_ACTIONS | {
    sqlite3.SQLITE_CREATE_TABLE, sqlite3.SQLITE_CREATE_INDEX, sqlite3.SQLITE_CREATE_VIEW,
    sqlite3.SQLITE_CREATE_TRIGGER, sqlite3.SQLITE_CREATE_TEMP_TABLE, sqlite3.SQLITE_CREATE_TEMP_INDEX,
    sqlite3.SQLITE_CREATE_TEMP_VIEW, sqlite3.SQLITE_CREATE_TEMP_TRIGGER, sqlite3.SQLITE_INSERT,
    sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE, sqlite3.SQLITE_TRANSACTION, sqlite3.SQLITE_REINDEX,
    sqlite3.SQLITE_DROP_TABLE, sqlite3.SQLITE_DROP_INDEX, sqlite3.SQLITE_DROP_VIEW, sqlite3.SQLITE_DROP_TRIGGER,
    sqlite3.SQLITE_DROP_TEMP_TABLE, sqlite3.SQLITE_DROP_TEMP_INDEX, sqlite3.SQLITE_DROP_TEMP_VIEW,
    sqlite3.SQLITE_DROP_TEMP_TRIGGER, sqlite3.SQLITE_ALTER_TABLE, sqlite3.SQLITE_ANALYZE}
_DENIED_FUNCTIONS = {"load_extension"}
_PROGRESS_STEPS = 1000  # VM instructions between deadline checks: microseconds apart, negligible overhead
_MAX_VALUE_BYTES = 10_000_000  # one string/blob value; stops `printf('%.*c', 1e9, 'x')`-style memory blowups
SCHEMA_MAX_PAGES = 16384  # an in-memory database from schema text: 16384 pages of 4 KiB = 64 MiB
MAX_SQL_CHARS = 100_000


def _authorize(allowed: set[int]):
    def authorizer(action: int, arg1, arg2, dbname, source) -> int:
        if action not in allowed:
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_FUNCTION and str(arg2).lower() in _DENIED_FUNCTIONS:
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    return authorizer


READ_AUTHORIZER = _authorize(_READ_ACTIONS)
BUILD_AUTHORIZER = _authorize(_BUILD_ACTIONS)


@dataclass
class ExecResult:
    """What one statement returned: rows (possibly cut at the row cap) or an error category and message."""

    rows: list[tuple] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    error: str | None = None  # one of CATEGORIES, None when the query ran to the end
    message: str = ""
    elapsed: float = 0.0
    truncated: bool = False

    @property
    def ok(self) -> bool:
        return self.error is None


def _decode(raw: bytes) -> str:
    # Some Spider databases hold text that is not valid UTF-8; the default text factory would fail the query.
    return raw.decode("utf-8", errors="replace")


def _limit(conn: sqlite3.Connection) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _MAX_VALUE_BYTES)
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    if hasattr(conn, "enable_load_extension"):
        conn.enable_load_extension(False)


def guard(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Make a connection read-only by authorizer (and autocommit, so no implicit BEGIN is ever issued)."""
    conn.isolation_level = None
    conn.text_factory = _decode
    conn.set_authorizer(READ_AUTHORIZER)
    _limit(conn)
    return conn


def open_readonly(path: str | Path) -> sqlite3.Connection:
    """Open an existing SQLite file so that nothing run on it can change a byte of it."""
    path = Path(path).resolve()
    if not path.is_file():
        # Without this check SQLite would report a vague "unable to open database file".
        raise FileNotFoundError(path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    return guard(conn)


def categorize(exc: BaseException) -> str:
    """Map an sqlite3 exception to one of CATEGORIES."""
    msg = str(exc).lower()
    if "interrupted" in msg:  # only our progress handler interrupts
        return "timeout"
    if "one statement" in msg:
        return "not_allowed"
    if "no such table" in msg:
        return "no_such_table"
    if "no such column" in msg:
        return "no_such_column"
    if "not authorized" in msg or "authorization denied" in msg or "readonly" in msg or "read-only" in msg:
        return "not_allowed"
    if "syntax error" in msg or "incomplete input" in msg or "unrecognized token" in msg:
        return "syntax"
    return "other"


def execute(conn: sqlite3.Connection, sql: str, timeout: float = 10.0, row_cap: int = 100_000) -> ExecResult:
    """Run one statement under a deadline and a row cap; never raises for anything the SQL does."""
    if not sql or not sql.strip():
        return ExecResult(error="empty", message="empty query")
    start = time.monotonic()
    deadline = start + timeout
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, _PROGRESS_STEPS)
    cursor = conn.cursor()
    try:
        cursor.execute(sql)
        if cursor.description is None:
            # Comments only, or a statement that is not a query (and got past the authorizer).
            return ExecResult(error="not_allowed", message="not a query: returns no result set",
                              elapsed=time.monotonic() - start)
        columns = [d[0] for d in cursor.description]
        # cap+1 rows tell "exactly at the cap" from "over it" without fetching a huge result.
        rows = cursor.fetchmany(row_cap + 1)
    except (sqlite3.Error, sqlite3.Warning, OverflowError, MemoryError) as e:
        # (sqlite3.Warning: "one statement at a time" on Python 3.10, not an sqlite3.Error subclass)
        category = categorize(e)
        message = f"cut after {timeout:g} s" if category == "timeout" else str(e)
        return ExecResult(error=category, message=message, elapsed=time.monotonic() - start)
    finally:
        cursor.close()
        conn.set_progress_handler(None, 0)
    elapsed = time.monotonic() - start
    if len(rows) > row_cap:
        return ExecResult(rows=rows[:row_cap], columns=columns, error="too_many_rows",
                          message=f"more than {row_cap} rows", elapsed=elapsed, truncated=True)
    return ExecResult(rows=rows, columns=columns, elapsed=elapsed)


class Sandbox:
    """Read-only connections cached per database file for one evaluation, plus the execution limits."""

    def __init__(self, timeout: float = 10.0, row_cap: int = 100_000):
        self.timeout = timeout
        self.row_cap = row_cap
        self._conns: dict[Path, sqlite3.Connection] = {}

    def connection(self, db_path: str | Path) -> sqlite3.Connection:
        key = Path(db_path).resolve()
        if key not in self._conns:
            self._conns[key] = open_readonly(key)
        return self._conns[key]

    def run(self, db: str | Path | sqlite3.Connection, sql: str) -> ExecResult:
        """Run `sql` on a database file (opened read-only, cached) or on an already guarded connection."""
        conn = db if isinstance(db, sqlite3.Connection) else self.connection(db)
        return execute(conn, sql, self.timeout, self.row_cap)

    def close(self) -> None:
        for conn in self._conns.values():
            conn.close()
        self._conns.clear()

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


# --- statements --------------------------------------------------------------------------------------------

_CLOSERS = {"'": "'", '"': '"', "`": "`", "[": "]"}


def strip_comments(sql: str) -> str:
    """The SQL without -- and /* */ comments; quoted text and identifiers are kept as they are."""
    out, i, n = [], 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in _CLOSERS:
            j = sql.find(_CLOSERS[ch], i + 1)
            j = n if j < 0 else j + 1
            out.append(sql[i:j])
            i = j
        elif sql.startswith("--", i):
            j = sql.find("\n", i)
            i = n if j < 0 else j
            out.append(" ")
        elif sql.startswith("/*", i):
            j = sql.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def split_statements(text: str) -> list[str]:
    """SQL text cut into complete statements (SQLite's own parser decides where one ends, so a ';' inside a
    string or a trigger body does not cut)."""
    statements, buf = [], ""
    parts = text.split(";")
    for i, part in enumerate(parts):
        buf += part if i == len(parts) - 1 else part + ";"
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def _is_empty(statement: str) -> bool:
    return not strip_comments(statement).strip(" \t\r\n;")


STATEMENT_KEYWORDS = frozenset(
    "SELECT WITH VALUES INSERT UPDATE DELETE REPLACE UPSERT CREATE DROP ALTER ATTACH DETACH PRAGMA VACUUM REINDEX "
    "ANALYZE BEGIN COMMIT END ROLLBACK SAVEPOINT RELEASE EXPLAIN".split())


def check_statement(sql: str) -> tuple[str | None, tuple[str, str] | None]:
    """(the one statement without comments and ';', None) when `sql` is a single SELECT/WITH query, else
    (None, (error category, message)). The sandbox enforces read-only execution whatever this says; this
    gives the clear message."""
    if len(sql) > MAX_SQL_CHARS:
        return None, ("not_allowed", f"the query is longer than {MAX_SQL_CHARS} characters")
    statements = [s.strip().rstrip(";").strip() for s in split_statements(strip_comments(sql)) if not _is_empty(s)]
    if not statements:
        return None, ("empty", "empty query")
    if len(statements) > 1:
        return None, ("not_allowed", f"only one statement can run at a time (found {len(statements)}); "
                      "only a single SELECT or WITH query is allowed")
    first = re.match(r"[A-Za-z]+", statements[0])
    keyword = first.group().upper() if first else ""
    if keyword in ("SELECT", "WITH"):
        return statements[0], None
    if keyword in STATEMENT_KEYWORDS:
        article = "an" if keyword[0] in "AEIOU" else "a"
        return None, ("not_allowed", f"only a single SELECT or WITH query is allowed (this is "
                      f"{article} {keyword} statement); the databases are read-only")
    return None, ("syntax", "not an SQL query: it does not start with SELECT or WITH")


# --- databases from schema text ------------------------------------------------------------------------------

def memory_database(text: str, what: str = "schema", time_limit: float | None = None,
                    require_table: bool = False) -> sqlite3.Connection:
    """CREATE TABLE (and INSERT) text as a private in-memory database, built statement by statement under the
    build authorizer and a size cap; `time_limit` seconds for the whole build when given (text from a client).
    A statement that fails raises SqltuneError naming it. The connection returned still allows writes to
    itself (no file can be reached: no ATTACH, no extensions); `guard` it before running untrusted queries."""
    conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None)
    conn.execute(f"PRAGMA max_page_count = {SCHEMA_MAX_PAGES}")
    _limit(conn)
    conn.set_authorizer(BUILD_AUTHORIZER)
    if time_limit is not None:
        deadline = time.monotonic() + time_limit
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, _PROGRESS_STEPS)
    try:
        for i, statement in enumerate(split_statements(text), 1):
            if _is_empty(statement):
                continue
            try:
                conn.execute(statement)
            except (sqlite3.Error, sqlite3.Warning) as e:
                shown = " ".join(statement.split())
                shown = shown if len(shown) <= 120 else shown[:117] + "..."
                reason = f"took longer than {time_limit:g} s" if "interrupted" in str(e) else str(e)
                raise SqltuneError(f"{what}: statement {i} failed ({reason}): {shown}") from None
        if require_table and not conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
            raise SqltuneError(f"{what}: no CREATE TABLE statement found")
    except BaseException:
        conn.close()
        raise
    conn.set_progress_handler(None, 0)
    conn.set_authorizer(None)  # (reading its schema needs PRAGMAs; ATTACH stays impossible: the limit is 0)
    return conn


def context_database(context: str, time_limit: float | None = None) -> sqlite3.Connection:
    """A gretel row's CREATE/INSERT context (or a client's schema text) as a private in-memory database,
    guarded like a file."""
    return guard(memory_database(context, "context", time_limit))
