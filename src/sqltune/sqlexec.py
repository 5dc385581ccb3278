"""The one place untrusted SQL meets SQLite: the read-only sandbox that runs model-written and user-written
queries (evaluate, generate's candidates, serve), statement checking, and the private in-memory databases
built from schema text (gretel contexts, `--schema FILE.sql`, a client's `schema` field).

Guarantees, each enforced by SQLite itself rather than by inspecting the SQL text:
- Files are opened with the URI `mode=ro`: SQLite refuses every write to the file, whatever the statement.
  (`immutable=1` is deliberately not used: it also skips locking and change detection, which is about
  reading, not about preventing writes.)
- An authorizer allows only reading: SELECT, reading columns, recursive CTEs, and calling the functions in
  sqlfunctions.ALLOWED_FUNCTIONS (deny by default: no fts3_tokenizer, load_extension, sqlite_* internals),
  at most MAX_FUNCTION_CALLS call sites a statement. ATTACH, DETACH, VACUUM (INTO), PRAGMA, transactions and
  all DDL/DML are denied; so are the sqlite_stmt and dbstat tables (extension loading is also disabled).
- One statement per call. A wall-clock deadline: a progress handler and a watchdog thread that interrupts
  the connection, so a query stops at its next loop iteration; the functions whose one call can run long
  check the deadline themselves (sqlfunctions). At most `row_cap` rows and `max_result_bytes` bytes are
  fetched; one value (and one stored row) is at most `max_value_bytes`; at most MAX_COLUMNS result columns.
- Nothing the SQL does raises: every failure (messages that are not valid UTF-8 included) becomes an
  error category from CATEGORIES and a one-line message.
Schema text is built into a private in-memory database under the `build` authorizer (DDL and DML on that
database only: no ATTACH, which would create a file, no PRAGMA, no virtual tables or extensions, the same
functions), with a size cap and an optional time limit; the sandbox's read-only authorizer then guards what
runs on it.
"""

from __future__ import annotations

import itertools
import math
import re
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .errors import SqltuneError
from .sqlfunctions import ALLOWED_FUNCTIONS, DENIED_FUNCTIONS, DENIED_TABLES, FunctionGuard, Refused

# Error categories, in the order reports list them.
CATEGORIES = ("empty", "syntax", "no_such_table", "no_such_column", "not_allowed", "timeout", "too_many_rows",
              "too_large", "other")

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
_PROGRESS_STEPS = 1000  # VM instructions between deadline checks: microseconds apart, negligible overhead
# One string/blob value or stored row. Every linear function call is then milliseconds, which is what bounds
# the time between two interrupt checks; Spider's largest value is 213 bytes.
MAX_VALUE_BYTES = 1_000_000
MAX_RESULT_BYTES = 64_000_000  # what one query may hand back (rows are counted as they are fetched)
MAX_FUNCTION_CALLS = 200  # call sites a statement (Spider's gold queries have at most a handful)
MAX_COLUMNS = 256  # result columns: one row holds at most this many values of MAX_VALUE_BYTES
SCHEMA_MAX_PAGES = 16384  # an in-memory database from schema text: 16384 pages of 4 KiB = 64 MiB
MAX_SQL_CHARS = 100_000


class _Connection(sqlite3.Connection):
    """A connection the sandbox made: carries its per-query state (deadline, function calls, refusals)."""

    state: _State | None = None

    def close(self) -> None:
        if self.state is not None:
            self.state.functions.close()
        super().close()


class _State:
    def __init__(self, conn: sqlite3.Connection, value_limit: int):
        self.functions = FunctionGuard(conn, value_limit)
        self.functions.install()
        self.calls = 0
        self.denied: str | None = None

    def begin(self, deadline: float, value_limit: int) -> None:
        self.calls, self.denied, self.functions.refusal = 0, None, None
        self.functions.deadline, self.functions.value_limit = deadline, value_limit

    def end(self) -> None:
        self.functions.deadline = math.inf


def _state(conn: sqlite3.Connection, value_limit: int) -> _State:
    """The connection's sandbox state, made (and its guarded functions installed) on first use."""
    if isinstance(conn, _Connection):
        if conn.state is None:
            conn.state = _State(conn, value_limit)
        return conn.state
    return _State(conn, value_limit)  # a connection made elsewhere: guarded, but its state is not kept


def _authorize(allowed: set[int], state: _State | None = None):
    def authorizer(action: int, arg1, arg2, dbname, source) -> int:
        if action not in allowed:
            return sqlite3.SQLITE_DENY
        if action == sqlite3.SQLITE_FUNCTION:
            name = str(arg2).lower()
            if name not in ALLOWED_FUNCTIONS:
                if state is not None:
                    why = DENIED_FUNCTIONS.get(name)
                    state.denied = f"the function {name}() is not allowed" + (f" ({why})" if why else "")
                return sqlite3.SQLITE_DENY
            if state is not None:
                state.calls += 1
                if state.calls > MAX_FUNCTION_CALLS:
                    state.denied = f"more than {MAX_FUNCTION_CALLS} function calls in one statement"
                    return sqlite3.SQLITE_DENY
        elif action == sqlite3.SQLITE_READ and str(arg1).lower() in DENIED_TABLES:
            if state is not None:
                state.denied = f"reading {str(arg1).lower()} is not allowed (it shows the connection, not data)"
            return sqlite3.SQLITE_DENY
        return sqlite3.SQLITE_OK

    return authorizer


READ_AUTHORIZER = _authorize(_READ_ACTIONS)
BUILD_AUTHORIZER = _authorize(_BUILD_ACTIONS)


class _Watchdog:
    """One daemon thread that interrupts a connection whose query passed its deadline. The progress handler
    only runs every few thousand VM steps; the interrupt flag is checked at every loop iteration."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: dict[int, tuple[float, sqlite3.Connection]] = {}
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, conn: sqlite3.Connection, deadline: float) -> int:
        with self._cond:
            token = next(self._tokens)
            self._armed[token] = (deadline, conn)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="sqltune-sql-watchdog", daemon=True)
                self._thread.start()
            self._cond.notify()
            return token

    def disarm(self, token: int) -> None:
        # Interrupts are sent under the same lock: once this returns, none can reach a later query.
        with self._cond:
            self._armed.pop(token, None)

    def _loop(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for token in [t for t, (d, _) in self._armed.items() if d <= now]:
                    try:
                        self._armed.pop(token)[1].interrupt()
                    except sqlite3.Error:  # closed meanwhile
                        pass
                nxt = min((d for d, _ in self._armed.values()), default=None)
                self._cond.wait(None if nxt is None else max(nxt - now, 0.001))


WATCHDOG = _Watchdog()


@dataclass
class ExecResult:
    """What one statement returned: rows (possibly cut at the row cap or byte budget) or an error category
    and message."""

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


def _limit(conn: sqlite3.Connection, value_limit: int = MAX_VALUE_BYTES) -> None:
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, value_limit)
    conn.setlimit(sqlite3.SQLITE_LIMIT_COLUMN, MAX_COLUMNS)
    conn.setlimit(sqlite3.SQLITE_LIMIT_SQL_LENGTH, 4 * MAX_SQL_CHARS)  # bytes: 4 per character at most
    conn.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
    if hasattr(conn, "enable_load_extension"):
        conn.enable_load_extension(False)


def guard(conn: sqlite3.Connection, max_value_bytes: int = MAX_VALUE_BYTES) -> sqlite3.Connection:
    """Make a connection read-only by authorizer (and autocommit, so no implicit BEGIN is ever issued), with
    the function allow-list, the guarded functions and the limits. Connections from open_readonly and
    memory_database also keep per-query state (call counts, clear refusal messages, deadlines inside
    functions)."""
    conn.isolation_level = None
    conn.text_factory = _decode
    state = _state(conn, max_value_bytes)
    conn.set_authorizer(_authorize(_READ_ACTIONS, state if isinstance(conn, _Connection) else None))
    _limit(conn, max_value_bytes)
    return conn


def read_only(path: str | Path) -> sqlite3.Connection:
    """A database file opened for sqltune's own reading (its schema, its values, a grammar's names): SQLite
    refuses every write (`mode=ro`), and text that is not valid UTF-8 reads with U+FFFD. Untrusted SQL runs on
    `open_readonly` connections instead."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    conn.text_factory = _decode
    return conn


def open_readonly(path: str | Path, max_value_bytes: int = MAX_VALUE_BYTES) -> sqlite3.Connection:
    """Open an existing SQLite file so that nothing run on it can change a byte of it."""
    path = Path(path).resolve()
    if not path.is_file():
        # Without this check SQLite would report a vague "unable to open database file".
        raise FileNotFoundError(path)
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False, factory=_Connection)
    return guard(conn, max_value_bytes)


def _message(exc: BaseException) -> str:
    """An exception's text, safe whatever SQLite put in it: a message that is not valid UTF-8 reaches Python
    as a UnicodeDecodeError holding the raw bytes."""
    if isinstance(exc, UnicodeDecodeError) and isinstance(exc.object, bytes | bytearray):
        return bytes(exc.object).decode("utf-8", errors="replace")
    try:
        text = str(exc)
    except Exception:  # noqa: BLE001 (a message that cannot even be shown)
        text = ""
    return text or type(exc).__name__


def categorize(exc: BaseException | str) -> str:
    """Map an sqlite3 exception (or its message) to one of CATEGORIES."""
    if isinstance(exc, MemoryError):
        return "too_large"
    msg = (exc if isinstance(exc, str) else _message(exc)).lower()
    if "interrupted" in msg:  # only the deadline interrupts
        return "timeout"
    if "one statement" in msg:
        return "not_allowed"
    if "no such table" in msg:
        return "no_such_table"
    if "no such column" in msg:
        return "no_such_column"
    if ("not authorized" in msg or "authorization denied" in msg or "readonly" in msg or "read-only" in msg
            or "vtable constructor failed" in msg):  # (the authorizer stops a virtual table's setup)
        return "not_allowed"
    if "syntax error" in msg or "incomplete input" in msg or "unrecognized token" in msg:
        return "syntax"
    if "too big" in msg or "too many columns" in msg or "out of memory" in msg or "too complex" in msg:
        return "too_large"
    return "other"


def _explain(exc: BaseException, state: _State | None, timeout: float | None) -> tuple[str, str]:
    """(category, one-line message) for anything a query raised."""
    if state is not None and state.functions.refusal is not None:
        return state.functions.refusal.category, state.functions.refusal.message
    if isinstance(exc, Refused):
        return exc.category, exc.message
    if isinstance(exc, MemoryError):
        return "too_large", "out of memory while running the query"
    message = " ".join(_message(exc).split())
    category = categorize(message)
    if category == "not_allowed" and state is not None and state.denied:
        message = state.denied
    elif category == "timeout" and timeout is not None:
        message = f"cut after {timeout:g} s"
    return category, message


def _row_bytes(row: tuple) -> int:
    return 16 + sum(len(v) if isinstance(v, str | bytes) else 8 for v in row)


def _fetch(cursor: sqlite3.Cursor, row_cap: int, max_bytes: int) -> tuple[list[tuple], int, bool]:
    """At most row_cap + 1 rows (cap+1 tells "exactly at the cap" from "over it") and at most about max_bytes:
    (rows, bytes, over the byte budget). Batches shrink as rows grow so one batch cannot overshoot by much."""
    rows: list[tuple] = []
    used, batch = 0, 1
    while len(rows) <= row_cap:
        chunk = cursor.fetchmany(min(batch, row_cap + 1 - len(rows)))
        if not chunk:
            break
        biggest = 0
        for row in chunk:
            size = _row_bytes(row)
            if used + size > max_bytes:
                return rows, used, True
            used += size
            biggest = max(biggest, size)
            rows.append(row)
        batch = max(1, min(1024, (max_bytes - used) // max(biggest, 1)))
    return rows, used, False


def execute(conn: sqlite3.Connection, sql: str, timeout: float = 10.0, row_cap: int = 100_000,
            max_result_bytes: int = MAX_RESULT_BYTES, max_value_bytes: int = MAX_VALUE_BYTES) -> ExecResult:
    """Run one statement under a deadline, a row cap, a byte budget for the result and a value-size limit;
    never raises for anything the SQL does."""
    if not sql or not sql.strip():
        return ExecResult(error="empty", message="empty query")
    state = conn.state if isinstance(conn, _Connection) else None
    start = time.monotonic()
    deadline = start + timeout
    try:
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, max_value_bytes)
    except sqlite3.ProgrammingError as e:  # a closed connection: the caller's mistake, not the query's
        raise SqltuneError(f"the database connection is closed ({e})") from None
    if state is not None:
        state.begin(deadline, max_value_bytes)
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, _PROGRESS_STEPS)
    token = WATCHDOG.arm(conn, deadline)
    cursor = conn.cursor()
    try:
        cursor.execute(sql)
        if cursor.description is None:
            # Comments only, or a statement that is not a query (and got past the authorizer).
            return ExecResult(error="not_allowed", message="not a query: returns no result set",
                              elapsed=time.monotonic() - start)
        columns = [str(d[0]) for d in cursor.description]
        rows, used, over = _fetch(cursor, row_cap, max_result_bytes)
    except Exception as e:  # noqa: BLE001 (sqlite3 errors, undecodable messages, MemoryError, OverflowError)
        category, message = _explain(e, state, timeout)
        return ExecResult(error=category, message=message, elapsed=time.monotonic() - start)
    finally:
        WATCHDOG.disarm(token)
        try:
            cursor.close()
        except sqlite3.Error:
            pass
        conn.set_progress_handler(None, 0)
        if state is not None:
            state.end()
    elapsed = time.monotonic() - start
    if over:
        return ExecResult(rows=rows, columns=columns, error="too_large", elapsed=elapsed, truncated=True,
                          message=f"the result is larger than {max_result_bytes / 1e6:g} MB (stopped after "
                                  f"{len(rows)} rows)")
    if len(rows) > row_cap:
        return ExecResult(rows=rows[:row_cap], columns=columns, error="too_many_rows",
                          message=f"more than {row_cap} rows", elapsed=elapsed, truncated=True)
    return ExecResult(rows=rows, columns=columns, elapsed=elapsed)


class Sandbox:
    """Read-only connections cached per database file for one evaluation, plus the execution limits."""

    def __init__(self, timeout: float = 10.0, row_cap: int = 100_000, max_result_bytes: int = MAX_RESULT_BYTES,
                 max_value_bytes: int = MAX_VALUE_BYTES):
        self.timeout = timeout
        self.row_cap = row_cap
        self.max_result_bytes = max_result_bytes
        self.max_value_bytes = max_value_bytes
        self._conns: dict[Path, sqlite3.Connection] = {}

    def connection(self, db_path: str | Path) -> sqlite3.Connection:
        key = Path(db_path).resolve()
        if key not in self._conns:
            self._conns[key] = open_readonly(key, self.max_value_bytes)
        return self._conns[key]

    def run(self, db: str | Path | sqlite3.Connection, sql: str) -> ExecResult:
        """Run `sql` on a database file (opened read-only, cached) or on an already guarded connection."""
        conn = db if isinstance(db, sqlite3.Connection) else self.connection(db)
        return execute(conn, sql, self.timeout, self.row_cap, self.max_result_bytes, self.max_value_bytes)

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
    build authorizer (the sandbox's function allow-list included) and a size cap; `time_limit` seconds for the
    whole build when given (text from a client), enforced like a query's. A statement that fails raises
    SqltuneError naming it. The connection returned still allows writes to itself (no file can be reached: no
    ATTACH, no extensions); `guard` it before running untrusted queries."""
    conn = sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None, factory=_Connection)
    conn.execute(f"PRAGMA max_page_count = {SCHEMA_MAX_PAGES}")
    _limit(conn)
    state = _state(conn, MAX_VALUE_BYTES)
    conn.set_authorizer(_authorize(_BUILD_ACTIONS, state))
    deadline = math.inf if time_limit is None else time.monotonic() + time_limit
    token = None
    if time_limit is not None:
        conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, _PROGRESS_STEPS)
        token = WATCHDOG.arm(conn, deadline)
    try:
        for i, statement in enumerate(split_statements(text), 1):
            if _is_empty(statement):
                continue
            state.begin(deadline, MAX_VALUE_BYTES)
            try:
                conn.execute(statement)
            except Exception as e:  # noqa: BLE001 (as in execute: nothing the text does may escape unnamed)
                shown = " ".join(statement.split())
                shown = shown if len(shown) <= 120 else shown[:117] + "..."
                category, reason = _explain(e, state, None)
                if category == "timeout":
                    reason = f"took longer than {time_limit:g} s"
                raise SqltuneError(f"{what}: statement {i} failed ({reason}): {shown}") from None
        if require_table and not conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0]:
            raise SqltuneError(f"{what}: no CREATE TABLE statement found")
    except BaseException:
        conn.close()
        raise
    finally:
        if token is not None:
            WATCHDOG.disarm(token)
        state.end()
    conn.set_progress_handler(None, 0)
    conn.set_authorizer(None)  # (reading its schema needs PRAGMAs; ATTACH stays impossible: the limit is 0)
    return conn


def context_database(context: str, time_limit: float | None = None) -> sqlite3.Connection:
    """A gretel row's CREATE/INSERT context (or a client's schema text) as a private in-memory database,
    guarded like a file."""
    return guard(memory_database(context, "context", time_limit))
