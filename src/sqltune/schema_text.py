"""Serialized schema text taken apart by table and column, edited, and put back together.

Value retrieval writes matched values beside their columns, schema linking drops tables and columns, and
training-time augmentation reorders them or adds tables of other databases: all three work on the text that
schema.serialize wrote, in either format, so they apply to every source the same way (Spider databases, --db
files, served databases, gretel contexts) and never change how the untouched parts read.

compact: one `table(col type pk, col type ('sample', ...), ...)` line per table, then one
`-- foreign keys: a.x = b.y, ...` line. create_table: one normalized CREATE TABLE line per table, each followed
by its sample INSERT lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .errors import SqltuneError

FK_PREFIX = "-- foreign keys: "
_NAME = r'"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|[^\s(.,=]+'
_CREATE = re.compile(r"CREATE\s+(?:TEMP\w*\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:(?:" + _NAME + r")\s*\.\s*)?"
                     r"(" + _NAME + ")", re.I)
_JOIN = re.compile(r"\s*(" + _NAME + r")\.(" + _NAME + r")\s*=\s*(" + _NAME + r")\.(" + _NAME + r")\s*")


def unquote(name: str) -> str:
    """An identifier as written in SQL text, without its quotes."""
    if len(name) >= 2 and name[0] == name[-1] == '"':
        return name[1:-1].replace('""', '"')
    if len(name) >= 2 and (name[0], name[-1]) in (("`", "`"), ("[", "]")):
        return name[1:-1]
    return name


def split_top(text: str, sep: str = ",") -> list[str]:
    """`text` cut at each `sep` outside quotes and parentheses (sample values may hold commas)."""
    parts, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""  # a doubled quote reopens at once on the next character
        elif ch in "'\"`":
            quote = ch
        elif ch == "[":
            quote = "]"
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == sep and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def logical_lines(text: str) -> list[str]:
    """`text` cut at newlines outside quoted literals: a sample value may hold a newline of its own."""
    lines, quote, start = [], "", 0
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "'\"":
            quote = ch
        elif ch == "\n":
            lines.append(text[start:i])
            start = i + 1
    lines.append(text[start:])
    return lines


def _first_paren(text: str) -> int:
    quote = ""
    for i, ch in enumerate(text):
        if quote:
            if ch == quote:
                quote = ""
        elif ch in "\"`":
            quote = ch
        elif ch == "[":
            quote = "]"
        elif ch == "(":
            return i
    return -1


@dataclass
class Column:
    name: str  # unquoted
    text: str  # as serialized: `name type pk ('sample', ...)` (compact) or the column definition (create_table)
    note: str = ""  # appended after `text` when rendered (matched values)


@dataclass
class TableText:
    name: str  # unquoted
    head: str  # compact: `name`; create_table: the CREATE line's text before its column list
    columns: list[Column]
    tail: str = ""  # create_table: table constraints and the closing `);` (kept verbatim)
    extra_lines: list[str] = field(default_factory=list)  # create_table: sample INSERT lines
    notes: list[str] = field(default_factory=list)  # create_table: comment lines (matched values)

    def column(self, name: str) -> Column | None:
        low = name.lower()
        return next((c for c in self.columns if c.name.lower() == low), None)


@dataclass
class Join:
    table: str
    column: str
    ref_table: str
    ref_column: str
    text: str


@dataclass
class SchemaDoc:
    fmt: str
    tables: list[TableText]
    joins: list[Join] = field(default_factory=list)
    other_lines: list[str] = field(default_factory=list)  # lines neither format explains, kept at the end

    def table(self, name: str) -> TableText | None:
        low = name.lower()
        return next((t for t in self.tables if t.name.lower() == low), None)

    def render(self) -> str:
        lines: list[str] = []
        for t in self.tables:
            cols = [c.text + (" " + c.note if c.note else "") for c in t.columns]
            if self.fmt == "compact":
                lines.append(f"{t.head}({', '.join(cols)})")
            else:
                lines.append(f"{t.head}({', '.join(cols + ([t.tail] if t.tail else []))});")
                lines.extend(t.notes)
                lines.extend(t.extra_lines)
        if self.joins and self.fmt == "compact":  # CREATE statements say their foreign keys themselves
            lines.append(FK_PREFIX + ", ".join(j.text for j in self.joins))
        lines.extend(self.other_lines)
        return "\n".join(lines)

    def keep(self, tables: Iterable[str], columns: dict[str, list[str]] | None = None) -> SchemaDoc:
        """A copy with only `tables` (in their present order) and, in compact text, only `columns` of them
        (a table absent from `columns` keeps all). Foreign keys between kept tables stay."""
        wanted = {t.lower() for t in tables}
        cols = {t.lower(): {c.lower() for c in cs} for t, cs in (columns or {}).items()}
        out = []
        for t in self.tables:
            if t.name.lower() not in wanted:
                continue
            keep_cols = t.columns
            if self.fmt == "compact" and t.name.lower() in cols:
                keep_cols = [c for c in t.columns if c.name.lower() in cols[t.name.lower()]] or t.columns
            out.append(TableText(t.name, t.head, [Column(c.name, c.text, c.note) for c in keep_cols], t.tail,
                                 list(t.extra_lines), list(t.notes)))
        kept = {t.name.lower(): t for t in out}
        joins = [j for j in self.joins if j.table.lower() in kept and j.ref_table.lower() in kept
                 and kept[j.table.lower()].column(j.column) and kept[j.ref_table.lower()].column(j.ref_column)]
        return SchemaDoc(self.fmt, out, joins, list(self.other_lines))


def _compact_table(line: str) -> TableText | None:
    paren = _first_paren(line)
    if paren <= 0 or not line.endswith(")"):
        return None
    head = line[:paren]
    columns = []
    for part in split_top(line[paren + 1: -1]):
        part = part.strip()
        name = re.match(_NAME, part)
        if not part or not name:
            return None
        columns.append(Column(unquote(name.group()), part))
    return TableText(unquote(head.strip()), head, columns)


def _create_table(line: str) -> TableText | None:
    m = _CREATE.match(line)
    if not m:
        return None
    paren = _first_paren(line[m.end():])
    body_end = line.rstrip().rstrip(";").rstrip()
    if paren < 0 or not body_end.endswith(")"):
        return None
    start = m.end() + paren
    head = line[:start]
    columns, tail = [], []
    for part in split_top(body_end[start + 1: -1]):
        part = part.strip()
        word = re.match(_NAME, part)
        # Table constraints begin with a keyword; once one appears the rest are constraints too.
        if tail or not word or word.group().upper() in ("PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "CONSTRAINT"):
            tail.append(part)
        else:
            columns.append(Column(unquote(word.group()), part))
    return TableText(unquote(m.group(1)), head, columns, ", ".join(tail))


def parse(text: str, fmt: str) -> SchemaDoc:
    """Serialized schema text (schema.serialize's output in `fmt`) as a SchemaDoc; render() gives it back."""
    if fmt not in ("compact", "create_table"):
        raise SqltuneError(f"unknown schema format {fmt!r} (choose from create_table, compact)")
    doc = SchemaDoc(fmt, [])
    for line in logical_lines(text):
        if not line.strip():
            continue
        if line.startswith(FK_PREFIX):
            for part in split_top(line[len(FK_PREFIX):]):
                m = _JOIN.fullmatch(part)
                if m:
                    doc.joins.append(Join(*(unquote(g) for g in m.groups()), part.strip()))
            continue
        if fmt == "create_table" and line.startswith("INSERT INTO ") and doc.tables:
            doc.tables[-1].extra_lines.append(line)
            continue
        table = _compact_table(line) if fmt == "compact" else _create_table(line)
        if table is None:
            doc.other_lines.append(line)
        else:
            doc.tables.append(table)
    if fmt == "create_table":
        doc.joins = _create_table_joins(doc)
    return doc


def _names(text: str) -> list[str]:
    return [unquote(part.strip()).strip("'") for part in split_top(text) if part.strip()]


def _create_table_joins(doc: SchemaDoc) -> list[Join]:
    """The foreign keys a CREATE TABLE text declares, as joins (for linking; never rendered, since the CREATE
    statements already say them). Composite keys give one join per column pair."""
    joins = []
    name = r"(" + _NAME + r"|'[^']*')"
    ref = re.compile(r"REFERENCES\s+" + name + r"\s*(?:\(([^)]*)\))?", re.I)
    fk = re.compile(r"FOREIGN\s+KEY\s*\(([^)]*)\)\s*REFERENCES\s+" + name + r"\s*(?:\(([^)]*)\))?", re.I)
    for t in doc.tables:
        for c in t.columns:
            m = ref.search(c.text)
            if m:
                target = _names(m.group(2) or "") or [c.name]
                joins.append(Join(t.name, c.name, unquote(m.group(1)).strip("'"), target[0], ""))
        for m in fk.finditer(t.tail):
            src = _names(m.group(1))
            dst = _names(m.group(3) or "") or src
            for a, b in zip(src, dst):
                joins.append(Join(t.name, a, unquote(m.group(2)).strip("'"), b, ""))
    return joins
