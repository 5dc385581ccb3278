"""A sandbox that runs untrusted (model-written) SQL against SQLite and reports what happened.

Guarantees, each enforced by SQLite itself rather than by inspecting the SQL text:
- Files are opened with the URI `mode=ro`: SQLite refuses every write to the file, whatever the statement.
  (`immutable=1` is deliberately not used: it also skips locking and change detection, which is about
  reading, not about preventing writes.)
- An authorizer allows only reading: SELECT, reading columns, calling functions, recursive CTEs. ATTACH,
  DETACH, VACUUM (INTO), PRAGMA, transactions and all DDL/DML are denied, and so is `load_extension()`
  (extension loading is also left disabled on the connection).
- One statement per call; a per-query wall-clock deadline checked from a progress handler, so a query that
  never ends is interrupted; at most `row_cap` rows are fetched; one value is at most a few MB.
A gretel context database is built in memory by `schema.database_from_context`, so a write could not reach
any file; the same authorizer is applied anyway so both kinds of rows are judged alike.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# Error categories, in the order reports list them.
CATEGORIES = ("empty", "syntax", "no_such_table", "no_such_column", "not_allowed", "timeout", "too_many_rows",
              "other")

_ALLOWED_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION,
                    getattr(sqlite3, "SQLITE_RECURSIVE", 33)}
_DENIED_FUNCTIONS = {"load_extension"}
_PROGRESS_STEPS = 1000  # VM instructions between deadline checks: microseconds apart, negligible overhead
_MAX_VALUE_BYTES = 10_000_000  # one string/blob value; stops `printf('%.*c', 1e9, 'x')`-style memory blowups


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


def _authorizer(action: int, arg1, arg2, dbname, source) -> int:
    if action not in _ALLOWED_ACTIONS:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and str(arg2).lower() in _DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _decode(raw: bytes) -> str:
    # Some Spider databases hold text that is not valid UTF-8; the default text factory would fail the query.
    return raw.decode("utf-8", errors="replace")


def guard(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Make a connection read-only by authorizer (and autocommit, so no implicit BEGIN is ever issued)."""
    conn.isolation_level = None
    conn.text_factory = _decode
    conn.set_authorizer(_authorizer)
    if hasattr(conn, "setlimit"):  # Python >= 3.11
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, _MAX_VALUE_BYTES)
        conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
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


def context_database(context: str, build: Callable[[str], sqlite3.Connection] | None = None) -> sqlite3.Connection:
    """A gretel row's CREATE/INSERT context as a private in-memory database, guarded like a file."""
    if build is None:
        from .schema import database_from_context as build
    return guard(build(context))
