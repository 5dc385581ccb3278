"""Grammar- and schema-constrained decoding: at every step only tokens that keep the answer a valid prefix of a
SQLite query are allowed (llguidance masks the 262k-token vocabulary from a Lark grammar).

Modes (`--constrain`):
- none: no mask.
- grammar: SQLite SELECT syntax; any identifier where a name goes (keywords excluded).
- schema: the same syntax, with table names limited to the database's tables and column names to its columns:
  a bare column is any column of the database; `table.col` with a real table name takes only that table's
  columns; `alias.col` (an alias is any other identifier, e.g. T1) takes any column of the database. A context-
  free grammar cannot see FROM while it writes SELECT, so scope is checked beside it (sqltune.scope): the
  best-scoring tokens that would name a column its table lacks (`T2.pettype` when T2 is has_pet), a column no
  table in FROM has, or bind an alias to a table without the columns the select list took from it, are masked
  too. Without a database (target None) schema mode falls back to the syntax-only grammar.

The grammar is generated from a small description (`_RULES`) by `build_grammar`: every nonterminal exists in
two contexts, after a word (a keyword, name or number: the next word needs whitespace) and after punctuation
(whitespace optional), so that `SELECTname` or `LIMIT1` can never be written while `T1.id=T2.id` and `count(*)`
still can. Whitespace is part of the lexemes, not ignored, for the same reason.

The answer may end with `;` and whitespace, then <end_of_turn> or <eos>. A row whose query could end may stop or
go on; once nothing may follow (after `;` and its blanks) it may only stop; a row with no valid continuation
(the matcher in error) is forced to stop, and `check()` tells the caller that its SQL is incomplete, so the user
sees an error instead of a hang. A row whose mask needs more parser work than llguidance's limit
(STEP_MAX_ITEMS) is left unconstrained from there on and counted in `stats()["limit_rows"]`. A row the
constraint has pushed too far off the model's own choices gives up (`max_deficit`, --constrain-max-deficit).
The logits processor itself, the mask and the give-up rule: sqltune.constrain_processor.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .constrain_matchers import STEP_MAX_ITEMS, Grammar, _ll_tokenizer  # noqa: F401  (STEP_MAX_ITEMS: its home)
from .constrain_notes import Notes, trace_requested
from .constrain_processor import EOS_IDS, Processor  # noqa: F401  (EOS_IDS: read from here by callers)
from .errors import SqltuneError

MODES = ("none", "grammar", "schema")

# Words that may not be an alias or a bare identifier: with them allowed, `FROM singer where` would parse as
# an alias named "where" and the grammar would accept an unfinished query.
_RESERVED = ("select from where group order by having limit offset union intersect except join inner left right "
             "full outer cross natural on using as and or not in is null like glob regexp match between exists "
             "case when then else end distinct all asc desc collate escape cast isnull notnull values with "
             "window over nulls first last").split()
_KEYWORDS = {w.upper() for w in _RESERVED} | {"TRUE", "FALSE", "CURRENT_DATE", "CURRENT_TIME",
                                               "CURRENT_TIMESTAMP"}

# The description the Lark grammar is generated from. Symbols: UPPER keyword, "x" punctuation, @x a terminal
# class (see _classes), lower nonterminal; a trailing ? makes a symbol optional.
_RULES: dict[str, list[str]] = {
    "query": ["select_core", "query compound_op select_core", "query order_by", "query limit"],
    "compound_op": ["UNION", "UNION ALL", "INTERSECT", "EXCEPT"],
    "select_core": ["SELECT quant? result_list from? where? group_by? having?"],
    "quant": ["DISTINCT", "ALL"],
    "result_list": ["result", "result_list \",\" result"],
    "result": ["\"*\"", "expr", "expr col_alias"],
    "col_alias": ["AS @aliasdef", "AS @str", "@aliasdef"],
    "from": ["FROM source"],
    "source": ["table_ref", "source join_op table_ref", "source join_op table_ref join_cond",
               "source \",\" table_ref"],
    "join_op": ["JOIN", "INNER JOIN", "CROSS JOIN", "LEFT JOIN", "LEFT OUTER JOIN", "NATURAL JOIN",
                "NATURAL LEFT JOIN", "RIGHT JOIN", "FULL JOIN", "FULL OUTER JOIN", "RIGHT OUTER JOIN"],
    "join_cond": ["ON expr", "USING \"(\" col_list \")\""],
    "col_list": ["@col", "col_list \",\" @col"],
    "table_ref": ["@table", "@table table_alias", "\"(\" query \")\"", "\"(\" query \")\" table_alias",
                  "\"(\" source \")\""],
    "table_alias": ["AS @aliasdef", "@aliasdef"],
    "where": ["WHERE expr"],
    "group_by": ["GROUP BY expr_list"],
    "having": ["HAVING expr"],
    "order_by": ["ORDER BY order_list"],
    "order_list": ["order_item", "order_list \",\" order_item"],
    "order_item": ["expr", "expr direction", "expr direction NULLS FIRST", "expr direction NULLS LAST",
                   "expr NULLS FIRST", "expr NULLS LAST"],
    "direction": ["ASC", "DESC"],
    "limit": ["LIMIT expr", "LIMIT expr OFFSET expr", "LIMIT expr \",\" expr"],
    "expr_list": ["expr", "expr_list \",\" expr"],
    # A left-recursive chain, not `expr binop expr`: the ambiguous form let the Earley parser hold one item per
    # split point, so each token of a row cost time in proportion to the operators written before it, and about
    # 40 ORs overflowed the parser's row limit (benchmarks/grammar_cost.py). The language is the same: every
    # Spider train and dev gold query is accepted or rejected as before (tests/test_constrain.py).
    "expr": ["term", "expr binop term", "expr AND term", "expr OR term",
             "expr NOT? LIKE term", "expr NOT? LIKE term ESCAPE term", "expr NOT? GLOB term",
             "expr NOT? BETWEEN arith AND arith", "expr NOT? IN \"(\" \")\"",
             "expr NOT? IN \"(\" query \")\"", "expr NOT? IN \"(\" expr_list \")\"", "expr NOT? IN @table",
             "expr IS NOT? term", "expr ISNULL", "expr NOTNULL", "expr NOT NULL", "expr COLLATE @aliasdef"],
    "arith": ["term", "arith binop term"],  # a BETWEEN bound: its AND belongs to the BETWEEN
    "term": ["operand", "unop term", "NOT term"],
    "binop": ["\"=\"", "\"==\"", "\"!=\"", "\"<>\"", "\"<\"", "\"<=\"", "\">\"", "\">=\"", "\"+\"", "\"-\"",
              "\"*\"", "\"/\"", "\"%\"", "\"||\"", "\"&\"", "\"|\"", "\"<<\"", "\">>\""],
    "unop": ["\"-\"", "\"+\"", "\"~\""],
    "operand": ["@num", "@str", "NULL", "TRUE", "FALSE", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP",
                "column", "func", "\"(\" query \")\"", "\"(\" expr_list \")\"", "EXISTS \"(\" query \")\"",
                "CASE expr? when_list END", "CASE expr? when_list ELSE expr END",
                "CAST \"(\" expr AS type_name \")\""],
    "when_list": ["WHEN expr THEN expr", "when_list WHEN expr THEN expr"],
    "type_name": ["@aliasdef", "@aliasdef \"(\" @num \")\"", "@aliasdef \"(\" @num \",\" @num \")\""],
    "func": ["@func \"(\" \")\"", "@func \"(\" \"*\" \")\"", "@func \"(\" DISTINCT? expr_list \")\""],
    "column": ["@col", "qualified"],  # qualified: generated from the schema (_qualified)
}
_WS_MAX = 8  # whitespace runs are bounded so that a model cannot fill its budget with blanks
_IDENT = r"[A-Za-z_][A-Za-z0-9_]*"
_ALIAS = r"[A-Za-z_][A-Za-z0-9_]{0,29}"
_NUM = r"(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
# '...' with '' inside; "..." is a string in SQLite too when it names no column, so it is free text.
_STR = r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\""


def _escape(text: str) -> str:
    """`text` as a literal inside a Lark /regex/ (Rust regex syntax)."""
    return "".join("\\" + c if c in r"\.+*?()|[]{}^$#&-~/" else c for c in text)


def _ci(text: str) -> str:
    """Case-insensitive for ASCII letters only: (?i) would also fold the long s and the Kelvin sign into s and
    k, which SQLite does not."""
    return "".join(f"[{c.lower()}{c.upper()}]" if c.isascii() and c.isalpha() else _escape(c) for c in text)


@functools.lru_cache(maxsize=4096)
def _bare_ok(name: str) -> bool:
    """Whether SQLite takes `name` unquoted as a column and a table name (a table called `match` is fine,
    one called `order` is not)."""
    if not re.fullmatch(_IDENT, name):
        return False
    quoted = '"' + name + '"'
    with sqlite3.connect(":memory:") as conn:
        try:
            conn.execute(f"CREATE TABLE {quoted} ({quoted})")
            conn.execute(f"EXPLAIN SELECT {name} FROM {name}")
            return True
        except sqlite3.Error:
            return False


def _name_regex(names: list[str]) -> str:
    """Each name bare (where SQLite allows it bare) or quoted "x", `x`, [x]; case-insensitive like SQLite."""
    alts = []
    for n in sorted(set(names), key=str.lower):
        if _bare_ok(n):
            alts.append(_ci(n))
        alts += [f"\"{_ci(n.replace(chr(34), chr(34) * 2))}\"", f"`{_ci(n)}`", f"\\[{_ci(n)}\\]"]
    return "|".join(alts)


@dataclass(frozen=True)
class Schema:
    """Table name -> its column names."""

    tables: dict[str, tuple[str, ...]]

    @classmethod
    def read(cls, conn: sqlite3.Connection) -> Schema:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name")]
        try:
            return cls({t: _columns(conn, t) for t in names})
        except sqlite3.DatabaseError:
            # A sandboxed connection (sqlexec.guard) refuses PRAGMA: read its CREATE statements into a
            # private copy without rows and ask that one.
            ddl = [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND "
                                               "type IN ('table', 'view') ORDER BY rowid")]
            with sqlite3.connect(":memory:") as copy:
                for stmt in ddl:
                    try:
                        copy.execute(stmt)
                    except sqlite3.Error:
                        continue
                return cls({t: _columns(copy, t) for t in names})


def _columns(conn: sqlite3.Connection, table: str) -> tuple[str, ...]:
    quoted = '"' + table.replace('"', '""') + '"'
    return tuple(r[1] for r in conn.execute(f"PRAGMA table_info({quoted})"))


@functools.lru_cache(maxsize=1)
def sqlite_functions() -> list[str]:
    """The scalar and aggregate functions of the SQLite that runs the queries and that its sandbox allows (so
    no invented or refused function)."""
    with sqlite3.connect(":memory:") as conn:
        try:
            names = {r[0] for r in conn.execute("SELECT name FROM pragma_function_list")}
        except sqlite3.Error:  # SQLite before 3.30: the common ones
            names = set("count sum avg min max total abs length lower upper substr round coalesce ifnull nullif "
                        "instr replace trim ltrim rtrim date time datetime julianday strftime typeof "
                        "group_concat random hex quote printf".split())
    try:  # only those the sandbox that runs the SQL allows
        from .sqlexec import ALLOWED_FUNCTIONS

        names &= {f.lower() for f in ALLOWED_FUNCTIONS}
    except ImportError:
        pass
    return sorted(n for n in names if re.fullmatch(_IDENT, n) and n.upper() not in _KEYWORDS)


def build_grammar(schema: Schema | None) -> str:
    """The Lark grammar (llguidance dialect) for SQLite SELECT queries; with a schema, names are the schema's."""
    classes: dict[str, tuple[str, bool]] = {}  # @name -> (regex body, is_word)
    # Aliases and other free names are bounded in length: a name that is still growing is always a valid
    # prefix, and a model can otherwise spend its whole budget on one.
    free_ident = f"/{_ALIAS}/ & ~/{'|'.join(_ci(w) for w in _RESERVED + ['true', 'false'])}/"
    quoted = r'/"(?:[^"]|""){1,30}"|`[^`]{1,30}`|\[[^\]]{1,30}\]/'
    classes["aliasdef"] = (f"({free_ident}) | {quoted}", True)
    classes["num"] = (f"/{_NUM}/", True)
    classes["str"] = (f"/{_STR}/", False)
    classes["func"] = (f"/{'|'.join(_ci(f) for f in sqlite_functions())}/", True)
    rules = {k: list(v) for k, v in _RULES.items()}
    if schema is None:
        classes["table"] = (f"({free_ident}) | {quoted}", True)
        classes["col"] = (f"({free_ident}) | {quoted}", True)
        classes["alias"] = (f"({free_ident}) | {quoted}", True)
        rules["qualified"] = ["@alias \".\" @col"]
        rules["result"].append("@alias \".\" \"*\"")
    else:
        tables = list(schema.tables)
        columns = sorted({c for cs in schema.tables.values() for c in cs})
        if not tables:
            raise SqltuneError("the database has no tables, so a schema grammar cannot be built "
                               "(use --constrain grammar or none)")
        classes["table"] = (f"/{_name_regex(tables)}/", True)
        classes["col"] = (f"/{_name_regex(columns) or 'rowid'}/", True)
        table_words = "|".join(_ci(t) for t in tables)
        classes["alias"] = (f"({free_ident} & ~/{table_words}/)", True)
        qualified, stars = ["@alias \".\" @col"], ["@alias \".\" \"*\""]
        for i, t in enumerate(tables):
            classes[f"t{i}"] = (f"/{_name_regex([t])}/", True)
            classes[f"c{i}"] = (f"/{_name_regex(list(schema.tables[t]) + ['rowid'])}/", True)
            qualified.append(f"@t{i} \".\" @c{i}")
            stars.append(f"@t{i} \".\" \"*\"")
        rules["qualified"] = qualified
        rules["result"] += stars
    return _render(rules, classes)


def _symbols(alt: str) -> list[str]:
    return re.findall(r'"[^"]*"\??|\S+', alt)


def _expand_optionals(alts: list[str]) -> list[str]:
    """`A x? B` -> `A x B | A B`: whether a word came last depends on whether x is there, so each case gets
    its own alternative (the few optional symbols per alternative keep this small)."""
    out: list[str] = []
    for alt in alts:
        variants = [[]]
        for sym in _symbols(alt):
            if sym.endswith("?"):
                variants = [v + [sym[:-1]] for v in variants] + variants
            else:
                variants = [v + [sym] for v in variants]
        out += [" ".join(v) for v in variants if v]
    return list(dict.fromkeys(out))


def _render(rules: dict[str, list[str]], classes: dict[str, tuple[str, bool]]) -> str:
    """Lark text with two copies of every rule: _w (after a word: a word needs whitespace first) and _p."""

    def is_word_terminal(sym: str) -> bool | None:
        s = sym.rstrip("?")
        if s.startswith('"'):
            return False
        if s.startswith("@"):
            return classes[s[1:]][1]
        if s.isupper():
            return True
        return None  # a nonterminal

    # Which nonterminals may end with a word (then what follows them needs whitespace before a word).
    ends_word = {name: False for name in rules}
    changed = True
    while changed:
        changed = False
        for name, alts in rules.items():
            value = False
            for alt in alts:
                syms = _symbols(alt)
                for sym in reversed(syms):  # the last symbol that is surely there decides, optional ones too
                    w = is_word_terminal(sym)
                    w = ends_word[sym.rstrip("?")] if w is None else w
                    value = value or w
                    if not sym.endswith("?"):
                        break
            if value and not ends_word[name]:
                ends_word[name], changed = True, True

    terminals: dict[tuple[str, str], str] = {}
    lines = ["%llguidance {}", "start: query_p | query_p END", f"END: /[ \\t\\n]{{0,{_WS_MAX}}};[ \\t\\n]{{0,{_WS_MAX}}}/"]

    def terminal(sym: str, ctx: str) -> str:
        s = sym.rstrip("?")
        word = is_word_terminal(s)
        ws = f"/[ \\t\\n]{{1,{_WS_MAX}}}/" if (word and ctx == "w") else f"/[ \\t\\n]{{0,{_WS_MAX}}}/"
        if s.startswith('"'):
            body, key = f"/{_escape(s[1:-1])}/", "P_" + "".join(f"{ord(c):02X}" for c in s[1:-1])
        elif s.startswith("@"):
            body, key = classes[s[1:]][0], s[1:].upper()
        else:
            body, key = f"/{_ci(s.lower())}/", "K_" + s
        name = f"{key}_{ctx.upper()}" if word else key
        if (name, "") not in terminals:
            terminals[(name, "")] = f"{name}: {ws} ({body})"
        return name

    for name, alts in rules.items():
        for ctx in ("w", "p"):
            out = []
            for alt in _expand_optionals(alts):
                cur, parts = ctx, []
                for sym in _symbols(alt):
                    opt = "?" if sym.endswith("?") else ""
                    base = sym.rstrip("?")
                    w = is_word_terminal(base)
                    if w is None:
                        parts.append(f"{base}_{cur}{opt}")
                        after = "w" if ends_word[base] else "p"
                    else:
                        parts.append(terminal(base, cur) + opt)
                        after = "w" if w else "p"
                    cur = "w" if (opt and cur == "w") or after == "w" else "p"
                out.append(" ".join(parts))
            lines.append(f"{name}_{ctx}: " + "\n    | ".join(out))
    lines += sorted(terminals.values())
    return "\n".join(lines) + "\n"


class Constrainer:
    """Builds grammars (cached per database file or schema) and the logits processor for model.generate."""

    def __init__(self, tokenizer, mode: str, max_deficit: float | None = None, workers: int = 0):
        """max_deficit: a row gives up (ends, and its answer carries the reason) once the constraint has pushed
        it this far off the model's own choices, summed over its steps (sqltune.constrain_processor); None:
        never. With SQLTUNE_CONSTRAIN_TRACE=1 greedy answers keep their per-step deficits (decode saves them).
        workers: greedy batches' checks in this many processes (sqltune.constrain_workers); 0: in this one."""
        if mode not in MODES:
            raise SqltuneError(f"--constrain must be one of {', '.join(MODES)} (got {mode!r})")
        if max_deficit is not None and not max_deficit > 0:
            raise SqltuneError(f"--constrain-max-deficit must be positive, or none for never (got {max_deficit})")
        if workers < 0:
            raise SqltuneError(f"--constrain-workers must be 0 or more (got {workers})")
        self.tokenizer, self.mode, self.max_deficit, self.workers = tokenizer, mode, max_deficit, workers
        self.ll_tokenizer = _ll_tokenizer(tokenizer) if mode != "none" else None
        self.trace = trace_requested()
        self.notes = Notes(tokenizer)  # rows that gave up, and traces: read back by decoding.decode
        self._processors = 0
        self._cache: dict[Any, Grammar] = {}
        self._stats = {"steps": 0, "rows": 0, "mask_s": 0.0, "apply_s": 0.0, "grammars": 0, "compile_s": 0.0,
                       "stopped_rows": 0, "dead_ends": 0, "limit_rows": 0, "scope_s": 0.0, "scope_masked": 0,
                       "scope_exhausted": 0, "lazy_rows": 0, "only_rows": 0, "picked_rows": 0, "gave_up_rows": 0,
                       "mispredicted": 0, "read_s": 0.0, "wait_s": 0.0, "loops_ended": 0,
                       "topk_s": 0.0}

    def grammar_for(self, target) -> Grammar | None:
        """The grammar for a database file (Path), an open connection (a schema built in memory), or None
        (no database: the syntax-only grammar). None in mode 'none'."""
        if self.mode == "none":
            return None
        schema = None
        if self.mode == "schema" and target is not None:
            if isinstance(target, sqlite3.Connection):
                schema = Schema.read(target)
            else:
                path = Path(target)
                if not path.is_file():
                    raise SqltuneError(f"database not found: {path}")
                key = ("file", str(path.resolve()), path.stat().st_mtime_ns)
                if key in self._cache:
                    return self._cache[key]
                from .sqlexec import read_only

                conn = read_only(path)  # (a `with` block would commit, not close)
                try:
                    schema = Schema.read(conn)
                finally:
                    conn.close()
        key = ("schema", tuple(sorted(schema.tables.items())) if schema is not None else None)
        if key not in self._cache:
            label = "the syntax-only grammar" if schema is None else f"a database of {len(schema.tables)} tables"
            grammar = Grammar(build_grammar(schema), self.ll_tokenizer, label)
            if schema is not None:
                from .scope import start

                grammar.scope = start(schema.tables, sqlite_functions())
            self._stats["grammars"] += 1
            self._stats["compile_s"] += grammar.compile_s
            self._cache[key] = grammar
        grammar = self._cache[key]
        if isinstance(target, Path | str):
            path = Path(target)
            self._cache[("file", str(path.resolve()), path.stat().st_mtime_ns)] = grammar
        return grammar

    def logits_processor(self, grammars: list, per_prompt: int, prompt_length: int, top: int | None = None,
                         distinct: bool = False):
        """A transformers LogitsProcessor for one model.generate call on a left-padded batch whose prompt i
        uses grammars[i] (None: that row is not constrained) and is expanded into per_prompt rows.

        top: how many continuations the decoding can pick (greedy 1 a row; beam search (1 + end tokens) x beams
        a question, transformers' budget): then a row whose `top` best tokens are found valid among its best few
        by cheap one-token checks needs no full mask (the tokens above them that fail are masked), which gives
        the same choice at a fraction of the cost; beams check their question's (row, token) pairs best beam
        score first instead (constrain_processor.Processor._select). None (sampling): every row gets its full
        mask. distinct (beams, --beam-distinct): a question's pairs that read as a better one does, letter case
        aside, are masked."""
        self._processors += 1
        if self.workers and per_prompt == 1 and top == 1 and not self.trace and len(grammars) > 1:
            from .constrain_workers import WorkerProcessor, pool_for

            return WorkerProcessor(self, grammars, prompt_length, pool_for(self.tokenizer, self.workers))
        return Processor(self, grammars, per_prompt, prompt_length, top, serial=self._processors, distinct=distinct)

    def check(self, grammar: Grammar | None, text: str) -> str | None:
        """None when `text` (a generated answer, without special tokens) is a complete query of the grammar,
        else a one-line reason to show the user."""
        if grammar is None:
            return None
        m = grammar.matcher()
        ids = self.tokenizer.encode(text, add_special_tokens=False)
        if not m.consume_tokens(ids):
            return f"the answer leaves the SQL grammar ({grammar.label}) at: {text[-40:]!r}"
        if not m.is_accepting():
            return "the answer stopped before the SQL was complete (raise --max-new-tokens?)"
        return None

    def stats(self) -> dict:
        """Counts and times since the last reset. Rows are counted once a history and step: `rows` by a full
        mask, `lazy_rows` by their own one-token checks, `only_rows` kept to the valid tokens their checks found,
        `picked_rows` decided by their question's walk (beams)."""
        s = dict(self._stats)
        s["mask_ms_per_step"] = 1000 * s["mask_s"] / max(s["steps"], 1)
        s["apply_ms_per_step"] = 1000 * s["apply_s"] / max(s["steps"], 1)
        s["mask_ms_per_row"] = 1000 * s["mask_s"] / max(s["rows"], 1)
        s["scope_ms_per_step"] = 1000 * s["scope_s"] / max(s["steps"], 1)
        # (the first read of a step waits for its forward on a GPU: the rest of mask_s is the host's own work)
        s["read_ms_per_step"] = 1000 * s["read_s"] / max(s["steps"], 1)
        # (--constrain-workers: the decoding process waiting for its workers' answers, inside mask_s)
        s["wait_ms_per_step"] = 1000 * s["wait_s"] / max(s["steps"], 1)
        # (greedy: each row's best tokens found for the one-token checks, their copy to the host included)
        s["topk_ms_per_step"] = 1000 * s["topk_s"] / max(s["steps"], 1)
        return s

    def reset_stats(self) -> None:
        for k in self._stats:
            self._stats[k] = 0 if isinstance(self._stats[k], int) else 0.0
