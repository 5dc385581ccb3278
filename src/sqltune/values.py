"""Value retrieval: the database cells a question names, written into the schema beside their columns.

A question says "Rotterdam" or "Roterdam" where the SQL needs `city.Name = 'Rotterdam'`; a schema alone does not
tell the model which column holds it or how it is spelled. ValueIndex holds every distinct short text value of a
database (built once, cached per file and modification time); match() compares the question's word n-grams with
them: exact (case and accents aside), fuzzy (rapidfuzz ratio, for misspellings) and partial (a rare word of a
longer value, for "Smith" -> 'John Smith'), prefix (a short value that begins a question word, for "professors" ->
'PROF', "successful" -> 'Success') and, for a column the question names, its whole set of short codes ("official"
-> IsOfficial ['T', 'F']). render_values() writes the best matches into compact text as
`country text ['France']` and into CREATE TABLE text as one `-- values: ...` comment line under the table, within
a budget counted in characters (about 4 per token for this text).
"""

from __future__ import annotations

import hashlib
import math
import pickle
import re
import sqlite3
import unicodedata
from collections import OrderedDict, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import paths, schema_text
from .errors import SqltuneError

MAX_VALUE_CHARS = 60  # longer cells are prose (descriptions, addresses): not what a question quotes
MAX_VALUES_PER_COLUMN = 20000
MAX_NGRAM = 6  # words; longer values are matched by their words
FUZZY_MIN_CHARS = 4  # shorter n-grams are too often one edit away from something
FUZZY_CUTOFF = 85.0  # rapidfuzz ratio: one edit in a 7-letter word scores 85.7
PARTIAL_MAX_VALUES = 20  # a word found in more values than this says little about which one is meant
PREFIX_MIN_CHARS, PREFIX_MIN_SHARE = 3, 0.4  # 'PROF' begins "professors": 4 letters, 0.4 of the word
CODE_MAX_VALUES, CODE_MAX_CHARS = 6, 4  # a column of at most 6 values of at most 4 characters holds codes
EXACT, FUZZY, PARTIAL, PREFIX, CODES = 1.0, 0.9, 0.6, 0.6, 0.25
CACHE_VERSION = 4  # bump when ValueIndex changes shape

# Question words that are never a value by themselves (a value holding one is still found by its other words).
STOP_WORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing done down during each either every few find for from further give had
has have having he her here hers herself him himself his how i if in into is it its itself just list many me
more most much my myself name names no nor not number numbers of off on once only or other our ours out over own
per please return same she should show so some such than that the their theirs them themselves then there these
they this those through to too total under until up very was we were what when where which while who whom whose
why with would you your yours yourself
""".split())
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.U)


def normalize(text: str) -> str:
    """Lowercase, accents removed, words joined by single spaces: how values and questions are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(_WORD.findall(text))


def _is_number(word: str) -> bool:
    return word.replace(".", "", 1).isdigit()


def name_words(name: str) -> set[str]:
    """The words of a table or column name (split at _, spaces and camelCase), each also in a crude plural and
    singular, so that a question's "airlines" or "country" meets `airline` or `Countries`."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", name)
    out = set()
    for word in normalize(spaced.replace("_", " ")).split():
        out.update(word_forms(word))
    return out


def word_forms(word: str) -> set[str]:
    """`word` with its crude singular and plural: enough to meet a name halfway, no dictionary needed."""
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    elif word.endswith(("ses", "xes", "ches", "shes")):
        forms.add(word[:-2])
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.add(word[:-1])
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        forms.add(word[:-1] + "ies")
    elif word.endswith(("s", "x", "ch", "sh")):
        forms.add(word + "es")
    else:
        forms.add(word + "s")
    return forms


@dataclass(frozen=True)
class Match:
    table: str
    column: str
    value: str
    score: float
    codes: bool = False  # one of its column's whole set of codes: written with the others, whatever their number


@dataclass
class ValueIndex:
    """Distinct text values of a database's text-like columns, with what match() needs to find them fast."""

    values: list[tuple[str, str, str]] = field(default_factory=list)  # (table, column, value)
    norms: list[str] = field(default_factory=list)  # normalize(value), aligned with values
    exact: dict[str, list[int]] = field(default_factory=dict)  # normalized value -> entries
    by_words: dict[int, list[int]] = field(default_factory=dict)  # word count -> entries (fuzzy candidates)
    words: dict[str, list[int]] = field(default_factory=dict)  # a value's word -> entries (partial matches)
    group_norms: dict[int, list[str]] = field(default_factory=dict)  # by_words' values, normalized
    schema_words: set[str] = field(default_factory=set)  # words of table and column names, singular and plural
    codes: list[tuple[set[str], list[int]]] = field(default_factory=list)  # (column's name words, its entries)

    @classmethod
    def build(cls, source: sqlite3.Connection | str | Path) -> ValueIndex:
        """The index of an open connection (kept in memory by the caller) or of an SQLite file (cached on disk
        under the sqltune cache, keyed on its path, size and modification time)."""
        if isinstance(source, sqlite3.Connection):
            try:
                return cls._from_connection(source)
            except sqlite3.DatabaseError as e:
                raise SqltuneError(f"cannot read the values of the database ({e}): index its file, or the "
                                   "connection before sqlexec.guard() makes it read-only by authorizer") from None
        path = Path(source)
        if not path.is_file():
            raise SqltuneError(f"database file not found: {path}")
        stat = path.stat()
        key = hashlib.sha256(f"{CACHE_VERSION}|{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
        if key.hexdigest() in _FILES:  # (loading the pickle takes ~0.1 s: too slow once a question)
            return _FILES[key.hexdigest()]
        index = _FILES[key.hexdigest()] = cls._from_file(path, key.hexdigest())
        return index

    @classmethod
    def _from_file(cls, path: Path, key: str) -> ValueIndex:
        cache = paths.cache_dir() / "values" / f"{key[:32]}.pickle"
        if cache.is_file():
            try:
                with open(cache, "rb") as f:
                    return pickle.load(f)
            except (OSError, pickle.PickleError, EOFError, AttributeError):
                pass  # a cache from another version or a killed write: build again
        from .sqlexec import read_only

        conn = read_only(path)
        try:
            index = cls._from_connection(conn)
        except sqlite3.DatabaseError as e:
            raise SqltuneError(f"cannot read the values of {path}: {e}") from None
        finally:
            conn.close()
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f".{cache.name}.tmp")
        tmp.write_bytes(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
        tmp.replace(cache)
        return index

    @classmethod
    def _from_connection(cls, conn: sqlite3.Connection) -> ValueIndex:
        from .schema import _columns, _may_hold_text, _tables, quote_name

        index = cls()
        for table, _ in _tables(conn):
            index.schema_words.update(name_words(table))
            for column, declared, _pk in _columns(conn, table):
                index.schema_words.update(name_words(column))
                if not _may_hold_text(declared):
                    continue
                col = quote_name(column)
                rows = conn.execute(
                    f"SELECT DISTINCT {col} FROM {quote_name(table)} WHERE typeof({col}) = 'text' "
                    f"AND length({col}) BETWEEN 1 AND ? LIMIT ?", (MAX_VALUE_CHARS, MAX_VALUES_PER_COLUMN))
                first = len(index.values)
                for (value,) in rows:
                    norm = normalize(value)
                    # Numbers and dates are written in the question as they are in the SQL; no help needed.
                    if not norm or all(_is_number(w) for w in norm.split()):
                        continue
                    index._add(table, column, value, norm)
                entries = list(range(first, len(index.values)))
                if 0 < len(entries) <= CODE_MAX_VALUES and all(len(index.values[i][2]) <= CODE_MAX_CHARS
                                                               for i in entries):
                    # 'T'/'F', 'M'/'F', 'cat'/'dog': a question says "official", "female", "kitten", never
                    # the code; the whole set shows what the column's values look like
                    index.codes.append((name_words(column) - STOP_WORDS, entries))
        index.group_norms = {k: [index.norms[i] for i in ids] for k, ids in index.by_words.items()}
        return index

    def _add(self, table: str, column: str, value: str, norm: str) -> None:
        i = len(self.values)
        self.values.append((table, column, value))
        self.norms.append(norm)
        self.exact.setdefault(norm, []).append(i)
        words = norm.split()
        self.by_words.setdefault(min(len(words), MAX_NGRAM), []).append(i)
        for word in set(words):
            if word not in STOP_WORDS and not _is_number(word) and len(word) >= 3:
                self.words.setdefault(word, []).append(i)

    def __len__(self) -> int:
        return len(self.values)

    def match(self, question: str, limit: int = 10) -> list[Match]:
        """The values the question most likely names, best first, at most one entry per (table, column,
        value). Scores: 1.0 exact, up to 0.9 fuzzy (scaled by similarity), up to 0.6 partial."""
        import numpy as np
        from rapidfuzz import fuzz, process

        words = normalize(question).split()
        best: dict[int, float] = {}

        def offer(i: int, score: float) -> None:
            if score > best.get(i, 0.0):
                best[i] = score

        covered: set[int] = set()  # word positions inside an exact match: not fuzzed or partially matched
        grams: list[tuple[int, int, str]] = []
        for n in range(min(MAX_NGRAM, len(words)), 0, -1):
            for start in range(len(words) - n + 1):
                span = words[start: start + n]
                content = [w for w in span if w not in STOP_WORDS and not _is_number(w)]
                if not content or span[-1] in STOP_WORDS or (n > 1 and span[0] in STOP_WORDS):
                    continue
                gram = " ".join(span)
                hits = self.exact.get(gram)
                if hits:
                    for i in hits:
                        offer(i, EXACT)
                    covered.update(range(start, start + n))
                else:
                    grams.append((start, n, gram))
        by_n: dict[int, list[str]] = defaultdict(list)
        for start, n, gram in grams:
            if len(gram) < FUZZY_MIN_CHARS or set(range(start, start + n)) <= covered:
                continue
            if n == 1 and gram in self.schema_words:  # "airlines" names a table; 'Fairlines' is no match
                continue
            by_n[n].append(gram)
        for n, queries in by_n.items():
            # A misspelling keeps the word count, give or take one (a split or joined word).
            for k in (n - 1, n, n + 1):
                group = self.by_words.get(k)
                if not group:
                    continue
                scores = process.cdist(queries, self.group_norms[k], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                       dtype=np.uint8)
                top = scores.max(axis=0)
                for col in np.flatnonzero(top):
                    offer(group[col], FUZZY * float(top[col]) / 100)
        for pos, word in enumerate(words):
            if pos in covered:
                continue
            hits = () if word in self.schema_words else self.words.get(word, ())
            if 0 < len(hits) <= PARTIAL_MAX_VALUES:
                for i in hits:
                    # The more of the value the word is, the likelier the value is the one meant.
                    offer(i, PARTIAL * (0.5 + 0.5 * len(word) / max(len(self.norms[i]), 1)))
            if word in STOP_WORDS or _is_number(word):
                continue
            shortest = max(PREFIX_MIN_CHARS, math.ceil(PREFIX_MIN_SHARE * len(word)))
            for k in range(len(word) - 1, shortest - 1, -1):  # the longest value that begins the word
                if hits := self.exact.get(word[:k]):
                    for i in hits:
                        offer(i, PREFIX * k / len(word))
                    break
        codes: set[int] = set()
        named = set(words) - STOP_WORDS
        for name, entries in self.codes:
            if name & named:
                codes.update(entries)
                for i in entries:
                    offer(i, CODES)
        ranked = sorted(((i, v) for i, v in best.items() if i not in codes),
                        key=lambda kv: (-kv[1], len(self.norms[kv[0]]), kv[0]))
        # A column's codes come whole, after the rest and beyond `limit`: half a set misleads.
        return ([Match(*self.values[i], round(score, 4)) for i, score in ranked[:limit]]
                + [Match(*self.values[i], round(best[i], 4), codes=True) for i in sorted(codes)])


# In-memory databases (gretel contexts, a served .sql schema): the last few connections' indexes. Connections
# take no weak references, so the entry holds the connection itself (which also keeps its id from being reused).
_MEMORY: OrderedDict[int, tuple[sqlite3.Connection, ValueIndex]] = OrderedDict()
MEMORY_INDEXES = 64


_FILES: dict[str, ValueIndex] = {}  # file indexes of this process, by path, size and modification time


def index_for(conn: sqlite3.Connection) -> ValueIndex:
    """The index of an open connection: of its file (disk cache) when it has one, else built and kept in memory
    for as long as the connection lives."""
    try:
        row = conn.execute("SELECT file FROM pragma_database_list WHERE name = 'main'").fetchone()
    except sqlite3.DatabaseError:  # a guarded connection may refuse; those are in-memory ones
        row = None
    if row and row[0]:
        return ValueIndex.build(row[0])
    held = _MEMORY.get(id(conn))
    if held is None or held[0] is not conn:
        held = _MEMORY[id(conn)] = (conn, ValueIndex.build(conn))
        while len(_MEMORY) > MEMORY_INDEXES:
            _MEMORY.popitem(last=False)
    _MEMORY.move_to_end(id(conn))
    return held[1]


def render_values(text: str, fmt: str, matches: list[Match], budget: int = 400,
                  per_column: int = 3) -> str:
    """`text` (schema.serialize output) with the matched values beside their columns, best first, until their
    text would pass `budget` characters (about budget/4 tokens); columns missing from the text are skipped."""
    from .schema import COMPACT_TEXT_LIMIT, quote_name, sql_literal

    doc = schema_text.parse(text, fmt)
    chosen: dict[tuple[str, str], list[str]] = defaultdict(list)
    used = 0
    code_sets: dict[tuple[str, str], list[str]] = defaultdict(list)
    for m in matches:
        table = doc.table(m.table)
        column = table.column(m.column) if table else None
        if column is None:
            continue
        key = (table.name, column.name)
        literal = sql_literal(m.value, COMPACT_TEXT_LIMIT)
        if m.codes:
            code_sets[key].append(literal)
            continue
        if literal in chosen[key] or len(chosen[key]) >= per_column:
            continue
        cost = len(literal) + (4 if not chosen[key] else 2)  # ` [` + `]` first, `, ` after
        if used + cost > budget:
            break
        chosen[key].append(literal)
        used += cost
    for key, literals in code_sets.items():  # whole sets, where the budget holds them
        new = [lit for lit in literals if lit not in chosen[key]]
        cost = sum(len(lit) + 2 for lit in new) + (2 if not chosen[key] else 0)
        if new and used + cost <= budget:
            chosen[key].extend(new)
            used += cost
    for table in doc.tables:
        notes = []
        for column in table.columns:
            literals = chosen.get((table.name, column.name))
            if not literals:
                continue
            if fmt == "compact":
                column.note = "[" + ", ".join(literals) + "]"
            else:
                notes.append(f"{quote_name(column.name)} = {' or '.join(literals)}")
        if notes:
            table.notes.append("-- values: " + "; ".join(notes))
    return doc.render()


def schema_with_values(conn: sqlite3.Connection, question: str, fmt: str = "compact", budget: int = 400,
                       sample_rows: int = 0, limit: int = 10) -> str:
    """The schema of `conn` in `fmt` with the values `question` names written beside their columns."""
    from .schema import serialize

    text = serialize(conn, fmt, sample_rows)
    if budget <= 0:
        return text
    return render_values(text, fmt, index_for(conn).match(question, limit), budget)
