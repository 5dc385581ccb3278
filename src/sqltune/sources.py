"""Reading a text-to-SQL source as rows: local .jsonl/.json/.csv/.parquet files (every parse problem one error
naming the file and line) and Hub datasets by name (`gretel` = philschmid/gretel-synthetic-text-to-sql)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import paths
from .errors import SqltuneError

GRETEL = "philschmid/gretel-synthetic-text-to-sql"
FILE_SUFFIXES = (".jsonl", ".json", ".csv", ".parquet")


@dataclass
class Table:
    """A single-split source: its columns, its size and a way to fetch rows by index (Hub data stays lazy)."""

    columns: list[str]
    size: int
    fetch: Callable[[list[int]], list[dict]]


def table_from_rows(rows: list[dict]) -> Table:
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    return Table(list(columns), len(rows), lambda idx: [rows[i] for i in idx])


def read_file(path: str | Path) -> list[dict]:
    """The rows of a local .jsonl/.json/.csv/.parquet file, as dicts; any parse problem is one SqltuneError."""
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            return paths.read_jsonl(path)
        if suffix == ".json":
            text = path.read_text(encoding="utf-8-sig")  # (a byte-order mark is not part of the JSON)
            try:
                data = json.loads(text)
            except json.JSONDecodeError as e:
                if e.msg == "Extra data":  # JSON Lines saved as .json
                    return paths.read_jsonl(path)
                raise SqltuneError(f"{path}:{e.lineno}: not valid JSON ({e.msg} at column {e.colno})") from None
            if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
                raise SqltuneError(f"{path}: expected a JSON list of objects (or JSON Lines)")
            return data
        if suffix == ".csv":
            return _read_csv(path)
        if suffix == ".parquet":
            import pyarrow
            import pyarrow.parquet as pq

            try:
                return pq.read_table(path).to_pylist()
            except (pyarrow.ArrowException, OSError) as e:
                raise SqltuneError(f"{path}: cannot read Parquet: {str(e).strip().splitlines()[0]}") from None
    except UnicodeDecodeError as e:
        raise SqltuneError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    raise SqltuneError(f"{path}: unsupported file type (use {', '.join(FILE_SUFFIXES)})")


def _read_csv(path: Path) -> list[dict]:
    """CSV rows as text (a SQL value like 'NULL' or '1e5' stays the text it is), read strictly: a broken quote
    swallows the rows after it, so it is an error naming the line rather than rows with fields missing."""
    import csv

    rows: list[dict] = []
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f, strict=True)
        try:
            header = next(reader, None)
            if not header:
                raise SqltuneError(f"{path}: empty CSV (expected a header line with the column names)")
            for row in reader:
                if not row:
                    continue
                if len(row) != len(header):
                    raise SqltuneError(f"{path}:{reader.line_num}: {len(row)} fields where the header has "
                                       f"{len(header)} (an unclosed quote, or a comma outside quotes?)")
                rows.append(dict(zip(header, row, strict=True)))
        except csv.Error as e:
            raise SqltuneError(f"{path}:{reader.line_num}: cannot parse CSV ({e}; an unclosed quote?)") from None
    return rows


def _hub_error(name: str, error: Exception) -> SqltuneError:
    first = (str(error).strip().splitlines() or [type(error).__name__])[0]
    if type(error).__name__ == "DatasetNotFoundError":
        return SqltuneError(f"no dataset '{name}' on the Hugging Face Hub ({first}); for a private or gated one "
                            "set HF_TOKEN")
    if isinstance(error, (ConnectionError, TimeoutError)) or "connect" in type(error).__name__.lower():
        return SqltuneError(f"cannot reach the Hugging Face Hub to load '{name}' ({first}); use a local file "
                            "(--dataset rows.jsonl) or the built-in --dataset spider")
    return SqltuneError(f"cannot load '{name}' from the Hugging Face Hub: {first}")


def _rows_from_hub(name: str) -> Table:
    """The train split of a Hub dataset."""
    import datasets

    try:
        ds = datasets.load_dataset(name, split="train")
    except Exception as e:  # the Hub stack raises many unrelated types; each becomes one readable line
        raise _hub_error(name, e) from None
    return table_from_dataset(ds)


def table_from_dataset(ds: Any) -> Table:
    """A `datasets.Dataset` as a Table; only the rows taken are ever turned into dicts."""
    return Table(list(ds.column_names), len(ds), lambda idx: ds.select(idx).to_list())


def source_name(dataset: str) -> str:
    if dataset == "gretel":
        return "gretel"
    if Path(dataset).suffix.lower() in FILE_SUFFIXES:
        return Path(dataset).stem
    return dataset


def _is_local(dataset: str) -> bool:
    return (Path(dataset).expanduser().exists() or Path(dataset).suffix.lower() in FILE_SUFFIXES
            or dataset.startswith((".", "/", "~")))


def open_table(dataset: str) -> Table:
    if _is_local(dataset):
        path = Path(dataset).expanduser()
        if not path.is_file():
            raise SqltuneError(f"dataset file not found: {path}")
        return table_from_rows(read_file(path))
    return _rows_from_hub(GRETEL if dataset == "gretel" else dataset)
