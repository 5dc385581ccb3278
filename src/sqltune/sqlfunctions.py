"""Which SQL functions the sandbox lets a query call, and guarded versions of the few built-ins whose cost
grows faster than their input.

SQLite checks its interrupt flag only between loop iterations of a query's program, never inside one
function call, so one call must be cheap. The value limit makes every linear function cheap; these are not
(measured on SQLite 3.40.1, 2 CPU cores, 2026-12-01, values of at most 1 MB):
  printf/format '%.*c' with a huge precision   loops 2^31 times whatever the value limit: 9.6 s a directive
  trim/ltrim/rtrim(X, Y)                        |X| x |Y|: 138 s for 600 KB x 40 KB
  instr(X, Y), replace(X, Y, Z)                 |X| x |Y| byte compares: 9-11 s for 750 KB x 250 KB
  json_patch(A, B)                              keys x keys: 7.3 s for two 40,000-key objects
  like/glob(P, X)                               |X| x |P|: 71 s for a 48 KB pattern on 1 MB
Each is replaced on sandbox connections by a Python function that checks the query's deadline, refuses or
computes linearly what would be quadratic, and otherwise calls SQLite's own built-in (on a private helper
connection) so results are SQLite's, bit for bit. (Text that is not valid UTF-8 cannot be passed to a
Python function: these functions fail on it with an error instead of answering.)
"""

from __future__ import annotations

import math
import re
import sqlite3
import time

# Decided one by one from `SELECT name FROM pragma_function_list` on SQLite 3.40.1: functions that read nothing
# outside their arguments and the query's own rows.
ALLOWED_FUNCTIONS = frozenset(
    # core scalar
    "abs char coalesce format glob hex ifnull iif instr length like likelihood likely lower ltrim max min "
    "nullif printf quote random randomblob replace round rtrim sign soundex substr substring subtype trim "
    "typeof unicode unlikely upper zeroblob "
    # aggregate and window
    "avg count group_concat sum total json_group_array json_group_object row_number rank dense_rank "
    "percent_rank cume_dist ntile lag lead first_value last_value nth_value "
    # date and time
    "date time datetime julianday unixepoch strftime current_date current_time current_timestamp "
    # math
    "acos acosh asin asinh atan atan2 atanh ceil ceiling cos cosh degrees exp floor ln log log10 log2 mod pi "
    "pow power radians sin sinh sqrt tan tanh trunc "
    # json1
    "json json_array json_array_length json_extract json_insert json_object json_patch json_quote json_remove "
    "json_replace json_set json_type json_valid -> ->>".split())

# Everything else SQLite 3.40.1 lists is refused (the authorizer is deny-by-default; this list records why).
DENIED_FUNCTIONS = {
    "fts3_tokenizer": "reads and replaces a C function pointer inside SQLite (a crash or worse)",
    "load_extension": "loads native code",
    "sqlite_compileoption_get": "fingerprints the SQLite build",
    "sqlite_compileoption_used": "fingerprints the SQLite build",
    "sqlite_source_id": "fingerprints the SQLite build",
    "sqlite_version": "fingerprints the SQLite build",
    "sqlite_log": "writes to SQLite's error log",
    "changes": "connection state",
    "total_changes": "connection state",
    "last_insert_rowid": "connection state",
    "fts5": "full-text module internals",
    "fts5_source_id": "full-text module internals",
    "bm25": "full-text module internals",
    "highlight": "full-text module internals",
    "snippet": "full-text module internals",
    "match": "full-text module internals",
    "matchinfo": "full-text module internals",
    "offsets": "full-text module internals",
    "optimize": "full-text module internals (writes the index)",
    "rtreecheck": "R-tree module internals",
    "rtreedepth": "R-tree module internals (decodes raw node blobs)",
    "rtreenode": "R-tree module internals (decodes raw node blobs)",
}

# Virtual tables every connection has without creating them that expose the connection or the file rather than
# data: sqlite_stmt lists the connection's prepared statements (in evaluation, the gold query just run).
DENIED_TABLES = frozenset({"sqlite_stmt", "dbstat"})

# Work one guarded call may do before it is computed another way or refused: pairs of bytes compared.
PAIR_BUDGET = 200_000_000  # instr/replace: ~10 ms; like/glob: ~0.4 s; json_patch: ~10 ms
TRIM_PAIR_BUDGET = 10_000_000  # trim's inner loop is ~5 ns a pair: ~50 ms

_PRINTF_SPEC = re.compile(r"%([-+ #!0,]*)(\*|\d+)?(?:\.(\*|\d*))?(l{0,2})(.?)", re.S)
_INT32 = 2 ** 31


class Refused(Exception):
    """A guarded function declined its arguments; `category` and `message` say why."""

    def __init__(self, category: str, message: str):
        super().__init__(message)
        self.category, self.message = category, message


def _size(value) -> int:
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bytes):
        return len(value)
    return 24  # a number's text form


class FunctionGuard:
    """Per-connection state of the guarded functions: the current deadline, the value limit, why the last
    call was refused (Python cannot pass a message through SQLite), and a helper connection holding SQLite's
    own built-ins."""

    def __init__(self, conn: sqlite3.Connection, value_limit: int):
        self.conn = conn
        self.value_limit = value_limit
        self.deadline = math.inf
        self.refusal: Refused | None = None
        self._helper: sqlite3.Connection | None = None

    def install(self) -> None:
        def wrap(name, impl):
            def call(*args):
                if time.monotonic() > self.deadline:
                    self.conn.interrupt()  # ends the query at its next loop iteration, as a timeout
                    return None
                try:
                    return impl(*args)
                except Refused as e:
                    self.refusal = e
                    raise
            return call

        for name, narg, impl in (("printf", -1, self._printf), ("format", -1, self._format),
                                 ("instr", 2, self._instr), ("replace", 3, self._replace),
                                 ("trim", 2, self._trim("trim")), ("ltrim", 2, self._trim("ltrim")),
                                 ("rtrim", 2, self._trim("rtrim")), ("json_patch", 2, self._json_patch),
                                 ("like", 2, self._like("like")), ("like", 3, self._like("like")),
                                 ("glob", 2, self._like("glob"))):
            self.conn.create_function(name, narg, wrap(name, impl), deterministic=True)

    def close(self) -> None:
        if self._helper is not None:
            self._helper.close()
            self._helper = None

    # --- SQLite's own built-ins ----------------------------------------------------------------------------

    def builtin(self, name: str, *args):
        return self._helper_value(f"SELECT {name}({', '.join('?' * len(args))})", args, name)

    def _helper_value(self, sql: str, args: tuple, name: str):
        if self._helper is None:
            self._helper = sqlite3.connect(":memory:", check_same_thread=False)
        self._helper.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, self.value_limit)
        self._helper.setlimit(sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH, self.value_limit)
        try:
            return self._helper.execute(sql, args).fetchone()[0]
        except sqlite3.DataError as e:
            raise Refused("too_large", str(e)) from None
        except sqlite3.Error as e:
            raise Refused("other", f"{name}(): {e}") from None
        except UnicodeDecodeError:
            raise Refused("other", f"{name}(): the result is not valid UTF-8 text") from None

    def _text(self, value):
        """A value as SQLite converts it to text (numbers formatted SQLite's way)."""
        if value is None or isinstance(value, str):
            return value
        return self._helper_value("SELECT CAST(? AS TEXT)", (value,), "CAST")

    def _too_big(self, text: str, name: str) -> str:
        if len(text) > self.value_limit or len(text.encode("utf-8", "surrogatepass")) > self.value_limit:
            raise Refused("too_large", f"string or blob too big: {name}() result over {self.value_limit:,} bytes")
        return text

    # --- the guarded functions ---------------------------------------------------------------------------

    def _printf(self, *args):
        return self._printf_as("printf", args)

    def _format(self, *args):
        return self._printf_as("format", args)

    def _printf_as(self, name: str, args: tuple):
        if args and args[0] is not None and self._printf_too_wide(args[0], args[1:]):
            return None  # what SQLite itself returns for a result over the value limit, but at once
        return self.builtin(name, *args)

    def _printf_too_wide(self, fmt, args: tuple) -> bool:
        """Whether any width or precision (literal or from a '*' argument) exceeds the value limit: SQLite's
        '%.*c' loop runs that many times even when the result is already too big."""
        fmt = fmt.decode("utf-8", "replace") if isinstance(fmt, bytes) else str(fmt)
        used = 0
        for m in _PRINTF_SPEC.finditer(fmt):
            _, width, precision, _, kind = m.groups()
            for spec in (width, precision):
                if spec == "*":
                    n = self._c_int(args[used]) if used < len(args) else 0
                    used += 1
                elif spec:
                    n = int(spec) % 2 ** 32 & 0x7FFFFFFF  # SQLite's unsigned parse, masked
                else:
                    continue
                if abs(n) > self.value_limit or n == -_INT32:
                    return True
            if kind not in ("%", "n", ""):
                used += 1
        return False

    def _c_int(self, value) -> int:
        """An argument the way SQLite's printf reads a '*' count: as a 64-bit integer, then a C int."""
        if isinstance(value, float):
            value = int(value) if math.isfinite(value) else 0
        elif not isinstance(value, int):
            value = self._helper_value("SELECT CAST(? AS INTEGER)", (value,), "CAST") if value is not None else 0
            value = value if isinstance(value, int) else 0
        value = max(-(2 ** 63), min(2 ** 63 - 1, value))
        return (value + _INT32) % 2 ** 32 - _INT32

    def _instr(self, haystack, needle):
        if haystack is None or needle is None or _size(haystack) * _size(needle) <= PAIR_BUDGET:
            return self.builtin("instr", haystack, needle)
        if isinstance(haystack, bytes) and isinstance(needle, bytes):
            return haystack.find(needle) + 1
        return self._text(haystack).find(self._text(needle)) + 1  # (Python's find is linear: two-way search)

    def _replace(self, text, old, new):
        if text is None or old is None or new is None or _size(text) * _size(old) <= PAIR_BUDGET:
            return self.builtin("replace", text, old, new)
        text, old, new = self._text(text), self._text(old), self._text(new)
        return text if old == "" else self._too_big(text.replace(old, new), "replace")

    def _trim(self, name: str):
        strip = {"trim": str.strip, "ltrim": str.lstrip, "rtrim": str.rstrip}[name]

        def impl(text, chars):
            if text is None or chars is None or _size(text) * _size(chars) <= TRIM_PAIR_BUDGET:
                return self.builtin(name, text, chars)
            text, chars = self._text(text), self._text(chars)
            return strip(text, chars) if chars else text

        return impl

    def _json_patch(self, target, patch):
        if target is not None and patch is not None and _size(target) * _size(patch) > PAIR_BUDGET:
            raise Refused("too_large", f"json_patch() on values this large ({_size(target):,} and "
                          f"{_size(patch):,} bytes) is refused: its cost grows with their product")
        return self.builtin("json_patch", target, patch)

    def _like(self, name: str):
        def impl(pattern, text, *escape):
            if pattern is not None and text is not None and _size(pattern) * _size(text) > PAIR_BUDGET:
                raise Refused("too_large", f"{name.upper()} with a {_size(pattern):,}-character pattern on a "
                              f"{_size(text):,}-byte value is refused: its cost grows with their product")
            return self.builtin(name, pattern, text, *escape)

        return impl
