"""Spider's gold queries that SQLite itself runs, for the tests that feed every one of them through a checker."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from sqltune.spider import database_path, load_split


@functools.lru_cache(maxsize=1)
def executable_gold() -> tuple[tuple[dict, Path], ...]:
    """(row, database path) for every Spider train and dev gold query whose database ships and that SQLite
    prepares (`EXPLAIN`); the few it rejects are not a checker's to accept."""
    out = []
    for split in ("train", "dev"):
        for row in load_split(split):
            path = database_path(row["db_id"])
            if path is None:
                continue
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
                try:
                    conn.execute("EXPLAIN " + row["query"])
                except sqlite3.Error:
                    continue
            out.append((row, path))
    return tuple(out)
