"""Which names are in scope while a query is being written: the part of `--constrain schema` a grammar cannot say.

A context-free grammar knows the database's names but not which tables a clause can see. This module follows
the SQL text as it grows, token by token, and says when the text has just made a scope error that no
continuation can repair:
- `X.col` where X is bound (FROM/JOIN, this query or an enclosing one) to a table without `col`, caught as
  soon as the partial name is no column's prefix (`T2.pett` when T2 is has_pet);
- `X.` after the FROM clause where X is bound nowhere (and no enclosing query could still bind it), at the dot;
- junk names the model writes to escape a FROM clause it may not end: an implicit alias that runs a clause
  keyword into more letters (`actor ASSOCIATION`, `follows INTERSECTS`), a name with a keyword glued in
  (`nominatedFROMmusical`): see `junk_name`;
- a bare column after the FROM clause (WHERE, GROUP BY, HAVING, ORDER BY, LIMIT) that belongs to none of the
  tables in scope, caught as soon as the partial word can no longer be such a column, a keyword, a function,
  a table, an alias or a result alias;
- an alias bound to a table that lacks a column the select list already asked of that alias
  (`SELECT T2.district ... JOIN hiring AS T2`), caught at the alias.

What it cannot know it lets through: the select list itself (written before FROM), bare columns in ON (SQLite
resolves them against the whole FROM clause), anything next to a subquery in FROM (its columns are not read),
ORDER BY after a compound operator, and correlated references to an enclosing query still in its select list.
A test feeds every Spider gold query through it token by token: none may be flagged.

The state grows with the text; `feed` returns a new state and leaves the old one as it was, so the logits
processor keeps one state per generated row and tries candidate tokens on copies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import count

_KEYWORDS = frozenset((
    "select from where group order by having limit offset union intersect except join inner left right full "
    "outer cross natural on using as and or not in is null like glob regexp match between exists case when then "
    "else end distinct all asc desc collate escape cast isnull notnull values with window over nulls first last "
    "true false current_date current_time current_timestamp").split())
_JOIN_WORDS = frozenset("join inner left right full outer cross natural".split())
_AFTER_FROM = frozenset("where group having order limit".split())
_COMPOUND = frozenset("union intersect except".split())
_ROWID = ("rowid", "oid", "_rowid_")
# an implicit alias (no AS) may not begin with a word that ends or continues a FROM clause (`actor INTERSECTS`,
# `book ORDERS`): the model escaping a FROM end it may not write; nor may any free name (alias, qualifier)
# hold a keyword glued to lower-case text (`nominatedFROMmusical`)
_CLAUSE_WORDS = tuple(sorted(_AFTER_FROM | _COMPOUND | _JOIN_WORDS | {"on", "using", "as", "select"}))
_GLUED = re.compile(r"[a-z0-9_$](?:SELECT|FROM|WHERE|GROUP|ORDER|HAVING|LIMIT|UNION|EXCEPT|INTERSECT|JOIN)")
_IDENT_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
_IDENT_CHARS = _IDENT_START | frozenset("0123456789$")
_ENDS = _AFTER_FROM | _COMPOUND
_SERIAL = count(1)  # each state's own number: a core it made or copied carries it (copy on write)


def junk_name(word: str, implicit_alias: bool = False) -> bool:
    """Whether a free name (alias, qualifier) glues keywords into it (`nominatedFROMmusical`) or, as an alias
    right after a table with no AS, begins with a clause keyword in capitals or is one with more letters
    (`INTERSECTS`, `ASSOCIATION`, `wheres`); `FROM book b`, `FROM book AS orders` stay free."""
    if _GLUED.search(word):
        return True
    if not implicit_alias:
        return False
    low = word.lower()
    for kw in _CLAUSE_WORDS:
        if low.startswith(kw) and len(low) > len(kw) and (word.isupper() or len(kw) >= 4):
            return True
    return False


def _prefixes(names) -> frozenset[str]:
    return frozenset(n[:k] for n in names for k in range(1, len(n) + 1))


class Names:
    """A database's tables and columns, lower-cased (SQLite compares names without case), and the words a bare
    name in an expression may also be. The prefix sets answer "can this partial word still become one of
    them" in one lookup: a scan of every name with startswith took a fifth of constrained greedy's step on
    an H200 (benchmarks/constrain_overhead.py --profile, 2026-12-02)."""

    def __init__(self, tables: dict[str, tuple[str, ...]], functions: list[str]):
        self.tables = {t.lower(): frozenset(c.lower() for c in cols) | frozenset(_ROWID)
                       for t, cols in tables.items()}
        self.columns = frozenset(c for cols in self.tables.values() for c in cols)
        self.words = _KEYWORDS | frozenset(f.lower() for f in functions) | frozenset(self.tables)
        self.column_prefixes = {t: _prefixes(cols) for t, cols in self.tables.items()}
        self.name_prefixes = _prefixes(self.columns | frozenset(self.tables))
        self.word_prefixes = _prefixes(self.words)


@dataclass
class _Core:
    """One SELECT core: where it is (select list, FROM clause, after FROM) and what its FROM bound."""

    depth: int
    phase: str = "select"
    expect: str = ""  # in FROM: "table", "after_table" (an alias may follow), "alias", "on"
    bindings: dict[str, str | None] = field(default_factory=dict)  # name -> table (None: a subquery)
    last_table: str | None = None
    need: dict[str, set[str]] = field(default_factory=dict)  # alias -> columns the select list took from it
    results: set[str] = field(default_factory=set)  # result aliases
    bare: set[str] = field(default_factory=set)  # bare columns of the select list
    lenient: bool = False  # ORDER BY after a compound operator: its names are result columns
    compound: bool = False
    owner: int = 0  # the state that may change it in place (Scope.serial); others copy it first (Scope._mine)

    def copy(self, owner: int) -> _Core:
        return _Core(self.depth, self.phase, self.expect, dict(self.bindings), self.last_table,
                     {k: set(v) for k, v in self.need.items()}, set(self.results), set(self.bare), self.lenient,
                     self.compound, owner)


class Scope:
    """The text so far, as far as scope goes. `error` is set once the text holds a scope error."""

    __slots__ = ("names", "cores", "parens", "pending", "quote", "held", "prev", "qualifier", "skip", "error",
                 "tried", "serial")

    def __init__(self, names: Names):
        self.names = names
        self.serial = next(_SERIAL)
        self.cores: list[_Core] = []
        self.parens: list[bool] = []  # True: the parenthesis opened a subquery
        self.pending = ""  # the lexeme still being written
        self.quote = ""  # its opening quote, when it is quoted
        # a word ended by whitespace, (text, quoted): the next character says whether it was a qualifier
        # (`T1 .name`), a function (`count (`) or a name
        self.held: tuple[str, bool] | None = None
        self.prev = ""  # the last complete lexeme: "(" "." "," "id" "kw:<word>" "lit" "op" ")"
        self.qualifier: str | None = None  # X of `X.` while its column is written
        self.skip = False  # the next name is a type, collation or result alias
        self.error: str | None = None
        self.tried: dict[int, Scope] | None = None  # token id -> this state fed that token's text (Filter)

    @property
    def checkable(self) -> bool:
        """Whether a next token can still make a scope error here (no error yet, a query begun)."""
        return self.error is None and bool(self.cores)

    def feed(self, text: str) -> Scope:
        if not self.quote and self.error is None and self.held is None:
            # Two shortcuts where only the partial-name check can say anything (lexing every character would
            # change nothing else): a name grows (`T1.na` + `me`), or one begins after a finished lexeme
            # (`,` + ` name`: the spaces change nothing there). The constraint tries many such tokens on one
            # state (a row's best few, and down its list where they all fail).
            pending = self.pending
            word = text if pending else text.lstrip()
            if word and (pending or word[0])[0] in _IDENT_CHARS and _IDENT_CHARS.issuperset(word):
                new = self._copy()
                new.pending = pending + word
                new._check_partial()
                return new
        return self._feed_chars(text)

    def _feed_chars(self, text: str) -> Scope:
        """`feed` the long way: every character lexed."""
        new = self._copy()
        for ch in text:
            if new.error:
                break
            new._char(ch)
        if not new.error and new.pending and not new.quote:
            new._check_partial()
        return new

    def _copy(self) -> Scope:
        """A new state that shares this one's cores until it changes one (_mine): most tokens change none, and
        copying every core's names took a quarter of the scope check's time (benchmarks/scope_cost.py)."""
        new = Scope.__new__(Scope)
        new.names, new.serial = self.names, next(_SERIAL)
        new.cores, new.parens = list(self.cores), list(self.parens)
        new.pending, new.quote, new.prev, new.qualifier = self.pending, self.quote, self.prev, self.qualifier
        new.held, new.skip, new.error, new.tried = self.held, self.skip, self.error, None
        return new

    # -- lexing ---------------------------------------------------------------------------------------------

    def _char(self, ch: str) -> None:
        if self.quote.startswith("?"):  # a quote just closed '...' or "...": doubled, it is part of the text
            if ch == self.quote[1]:
                self.quote, self.pending = self.quote[1], self.pending + ch
                return
            self.quote = ""
            self._finish_quoted()
        elif self.quote:
            self.pending += ch
            if ch == ("]" if self.quote == "[" else self.quote) and len(self.pending) > 1:
                if self.quote in "'\"":
                    self.quote = "?" + self.quote
                else:
                    self.quote = ""
                    self._finish_quoted()
            return
        if self.pending and self.pending[0] in _IDENT_CHARS:
            if ch in _IDENT_CHARS:
                self.pending += ch
                return
            word, self.pending = self.pending, ""
            if ch.isspace() and self.prev == "." and self.qualifier is not None:
                self._word(word, ch)  # `T.name `: a column whatever follows, judged now
            elif ch.isspace() and not (word.lower() in _KEYWORDS and self._is_keyword(word.lower())):
                self.held = (word, False)
            else:
                self._word(word, ch)
        if self.held is not None and not ch.isspace():
            (word, quoted), self.held = self.held, None
            self._word(word, ch, quoted)
        if ch in "'\"`[":
            self.quote, self.pending = ch, ch
        elif ch in _IDENT_CHARS:
            self.pending = ch
        elif not ch.isspace():
            self._punct(ch)

    def _finish_quoted(self) -> None:
        text, self.pending = self.pending, ""
        q = text[0]
        if q == "'" or (q == '"' and self.prev != "."):
            self.prev, self.skip = "lit", False
            return
        self.held = (text[1:-1].replace(q * 2, q) if q != "[" else text[1:-1], True)

    # -- structure ------------------------------------------------------------------------------------------

    @property
    def _core(self) -> _Core | None:
        return self.cores[-1] if self.cores else None

    def _mine(self, i: int = -1) -> _Core:
        """Core i, to be changed: copied first where another state shares it."""
        core = self.cores[i]
        if core.owner != self.serial:
            core = self.cores[i] = core.copy(self.serial)
        return core

    def _at_core(self) -> bool:
        return bool(self.cores) and len(self.parens) == self.cores[-1].depth

    def _punct(self, ch: str) -> None:
        core = self._core
        if ch == "(":
            self.parens.append(False)
        elif ch == ")":
            if self.parens and self.parens[-1] and self.cores:
                self._close_from()
            if self.parens and self.parens.pop() and self.cores:
                self.cores.pop()
                outer = self._core
                if outer and outer.phase == "from" and outer.expect == "table":
                    # a subquery source: its columns are not read, so bare names are not checked in this query
                    outer = self._mine()
                    outer.bindings["(subquery)"] = None
                    outer.last_table, outer.expect = "(subquery)", "after_table"
        elif ch == "," and core and self._at_core() and core.phase == "from":
            self._mine().expect = "table"
        elif ch == "." and self.prev == "id":
            pass  # the qualifier was kept by _word
        elif ch == ";" and core:
            self._close_from()
        self.prev = ch if ch in "().," else "op"
        if ch != ".":
            self.qualifier = None

    def _word(self, word: str, nxt: str, quoted: bool = False) -> None:
        low = word.lower()
        if not quoted and low[0].isdigit():
            self.prev, self.skip = "lit", False
            return
        if not quoted and low in _KEYWORDS and self._is_keyword(low):
            self._keyword(low)
            return
        core, prev_dot, before = self._core, self.prev == ".", self.prev
        self.prev = "id"
        if nxt == "(" and not quoted:
            return  # a function
        if prev_dot and self.qualifier is not None:
            qualifier, self.qualifier = self.qualifier, None
            self._qualified(qualifier, low)
            return
        if nxt == ".":
            self.qualifier = low
            self._check_qualifier(word, quoted)
            return
        if core is None:
            return
        if self.skip:
            self.skip = False
            if core.phase == "select" and self._at_core():
                self._mine().results.add(low)
            return
        if core.phase == "select" and self._at_core() and before in ("id", "lit", ")"):
            self._mine().results.add(low)  # `count(*) n`: a result alias without AS
            return
        if core.phase == "select" and low in self.names.columns:
            self._mine().bare.add(low)
            return
        if core.phase == "from" and self._at_core():
            if core.expect == "table":
                core = self._mine()
                core.bindings[low] = low if low in self.names.tables else None
                core.last_table, core.expect = low, "after_table"
            elif core.expect in ("after_table", "alias"):
                self._bind_alias(core, low)
            return
        if core.phase == "after" and self._checks_bare():
            self._bare(low)

    def _is_keyword(self, low: str) -> bool:
        core = self._core
        as_table = core is not None and core.phase == "from" and core.expect == "table" and low in self.names.tables
        return self.prev != "." and not as_table  # (a table may be called match)

    def _keyword(self, word: str) -> None:
        core = self._core
        self.prev, self.qualifier = "kw:" + word, None
        if word == "select":
            if self.parens and not self.parens[-1] and (not self.cores or len(self.parens) > self.cores[-1].depth):
                self.parens[-1] = True  # `(SELECT`: a subquery
                self.cores.append(_Core(len(self.parens), owner=self.serial))
            elif core and core.compound and len(self.parens) == core.depth:
                self.cores[-1] = _Core(core.depth, compound=True, owner=self.serial)
            elif not self.cores:
                self.cores.append(_Core(len(self.parens), owner=self.serial))
            return
        if core is None:
            return
        if word in ("as", "collate"):
            # AS in FROM names an alias; anywhere else it names a result alias or a type (CAST), COLLATE a
            # collation: none of them is a column.
            if core.phase == "from" and self._at_core() and core.expect == "after_table":
                self._mine().expect = "alias"
            else:
                self.skip = True
            return
        if not self._at_core():
            return
        if word == "from" and core.phase == "select":
            core = self._mine()
            core.phase, core.expect = "from", "table"
        elif word in _JOIN_WORDS and core.phase == "from":
            if word == "join":
                self._mine().expect = "table"
        elif word in ("on", "using") and core.phase == "from":
            self._mine().expect = "on"
        elif word in _AFTER_FROM:
            self._close_from()
            core = self._mine()
            if core.compound and word == "order":
                core.lenient = True
            core.phase = "after"
        elif word in _COMPOUND:
            self._close_from()
            core = self._mine()
            core.compound, core.phase = True, "done"

    def _close_from(self, i: int = -1) -> None:
        """At the end of core i's FROM clause: every alias the query took a column from is bound, and every bare
        column of the select list belongs to a table in scope."""
        core = self.cores[i]
        if core.phase not in ("from", "select") or self._outer_open():
            return
        if core.phase == "select":  # no FROM at all: no name can be in scope
            if core.need or core.bare:
                self.error = "names a column, but the query has no FROM clause"
            return
        core = self._mine(i)
        core.phase = "after"  # (once)
        for alias in sorted(core.need):
            if not self._lookup(alias)[0]:
                self.error = f"{alias}.{sorted(core.need[alias])[0]}: {alias} is bound by no FROM"
                return
        tables = self._scope_tables()
        if tables is None:
            return
        cols = set().union(*(self.names.tables[t] for t in tables))
        results = {n for c in self.cores for n in c.results}
        for name in sorted(core.bare - cols - results):
            if name not in self.names.tables:
                self.error = f"{name}: no table in FROM has this column"
                return

    def end_error(self) -> str | None:
        """The scope error that ending the query here would make (an alias never bound, a column of the select
        list that no table in FROM has), or None."""
        if self.error or not self.cores:
            return self.error
        end = self._copy()
        if end.quote.startswith("?") or (end.pending and not end.quote):
            end._char(" ")
        if end.held is not None:
            (word, quoted), end.held = end.held, None
            end._word(word, "", quoted)
        if not end.error:
            end._close_from(0)
        return end.error

    def _bind_alias(self, core: _Core, alias: str) -> None:
        table = core.last_table
        if core.expect == "after_table" and alias in self.names.words:
            return
        if core.expect == "after_table" and junk_name(alias, implicit_alias=True):
            self.error = f"{alias}: a keyword run into an alias"
            return
        core = self._mine()
        if table is not None and core.bindings.get(table) == table:
            del core.bindings[table]  # once aliased, a table is known by its alias
        resolved = table if table in self.names.tables else None
        core.bindings[alias] = resolved
        core.expect = "after_alias"
        missing = core.need.get(alias, set()) - self.names.tables[resolved] if resolved else set()
        if missing:
            self.error = f"{alias} is {table}, which has no column {sorted(missing)[0]}"

    def _check_qualifier(self, word: str, quoted: bool) -> None:
        """`X.` just written: X glues keywords, or (after FROM) is bound nowhere and no enclosing query can
        still bind it."""
        low, core = word.lower(), self._core
        if core is None or self._lookup(low)[0]:
            return
        if not quoted and low not in self.names.tables and junk_name(word):
            self.error = f"{word}: keywords glued into a name"
        elif core.phase == "after" and not core.lenient and not self._outer_open():
            self.error = f"{word}.: no table or alias {word} in scope"

    def _lookup(self, name: str) -> tuple[bool, str | None]:
        for core in reversed(self.cores):
            if name in core.bindings:
                return True, core.bindings[name]
        return False, None

    def _outer_open(self) -> bool:
        """Whether an enclosing query is still in its select list (its FROM may still bind names)."""
        cores = self.cores
        for i in range(len(cores) - 1):  # (a loop: mostly one core, and a generator cost more than the check)
            if cores[i].phase == "select":
                return True
        return False

    def _qualified(self, qualifier: str, column: str) -> None:
        core = self._core
        if core is None or column == "*":
            return
        if core.phase == "select":
            self._mine().need.setdefault(qualifier, set()).add(column)
            return
        found, table = self._lookup(qualifier)
        if found:
            if table is not None and column not in self.names.tables[table]:
                self.error = f"{qualifier}.{column}: {table} has no such column"
        elif core.phase == "from":
            self._mine().need.setdefault(qualifier, set()).add(column)
        elif core.phase == "after" and not core.lenient and not self._outer_open():
            self.error = f"{qualifier}.{column}: no table or alias {qualifier} in scope"

    def _scope_tables(self) -> set[str] | None:
        """The tables whose columns a bare name after FROM can be, or None where that is not known (a subquery
        in FROM)."""
        tables: set[str] = set()
        for core in self.cores:
            for table in core.bindings.values():
                if table is None:
                    return None
                tables.add(table)
        return tables

    def _checks_bare(self) -> bool:
        core = self._core
        return (core is not None and core.phase == "after" and not core.lenient and not self.skip
                and self.prev != "." and not self._outer_open())

    def _bare(self, name: str) -> None:
        if name not in self.names.columns or name in self.names.tables:
            return  # not a column (an alias, a table after IN): the grammar had its say
        tables = self._scope_tables()
        if tables is None or any(name in self.names.tables[t] for t in tables) \
                or any(name in c.results for c in self.cores):
            return
        self.error = f"{name}: no table in scope has this column"

    def _check_partial(self) -> None:
        """The word being written can no longer become a name that is in scope."""
        prefix, core = self.pending.lower(), self._core
        if core is None or self.pending[0] not in _IDENT_START:
            return
        if prefix in _ENDS and self._at_core() and core.phase in ("from", "select") \
                and self.prev != "." and core.expect not in ("table", "alias"):
            end = self._copy()  # `... GROUP`: ending the FROM clause here must be possible
            end.pending = ""
            end._close_from()
            if end.error:
                self.error = end.error
                return
        if self.prev == "." and self.qualifier is not None:
            if core.phase == "select":
                return
            found, table = self._lookup(self.qualifier)
            if found and table is not None and prefix not in self.names.column_prefixes[table]:
                self.error = f"{self.qualifier}.{self.pending}...: {table} has no such column"
            return
        if core.phase == "from" and self._at_core() and core.expect == "after_table" \
                and junk_name(self.pending, implicit_alias=True):
            self.error = f"{self.pending}...: a keyword run into an alias"
            return
        if _GLUED.search(self.pending) and self.prev != "." and prefix not in self.names.name_prefixes:
            self.error = f"{self.pending}...: keywords glued into a name"
            return
        if core.phase == "from" and self._at_core() and core.expect in ("alias", "after_table"):
            table = core.last_table if core.last_table in self.names.tables else None
            if table is None or prefix not in core.need:
                return
            fits = [a for a, cols in core.need.items() if a.startswith(prefix) and cols <= self.names.tables[table]]
            if not fits and not core.need[prefix] <= self.names.tables[table]:
                self.error = f"{self.pending} is {table}, which lacks a column the select list took from it"
            return
        if self._checks_bare():
            tables = self._scope_tables()
            if tables is None or prefix in self.names.word_prefixes \
                    or any(prefix in self.names.column_prefixes[t] for t in tables):
                return
            if not any(n.startswith(prefix) for c in self.cores for n in (*c.bindings, *c.results)):
                self.error = f"{self.pending}...: no name in scope begins so"


def start(tables: dict[str, tuple[str, ...]], functions: list[str]) -> Scope:
    return Scope(Names(tables, functions))
