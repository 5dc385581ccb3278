"""The bundled Spider-Syn data set (Gan et al., ACL 2021; MIT, see the LICENSE inside assets/spider-syn.tar.xz).

Spider's questions with their schema words replaced by synonyms ("vocalists" for singers), the same gold SQL on
the same Spider databases: `sqltune evaluate --test spider-syn` shows whether a model understands a question or
only matches its words to column names, and its train split can teach the former. The archive is unpacked once
into the sqltune cache next to Spider and reused from there.
"""

from __future__ import annotations

import json
import tarfile
from importlib import resources
from pathlib import Path

from . import paths, spider
from .errors import SqltuneError

ARCHIVE = "spider-syn.tar.xz"
SPLIT_FILES = {"train": "train.json", "dev": "dev.json"}
NAME = "spider-syn"

_resolved: dict[str, Path] = {}


def syn_dir() -> Path:
    """The folder holding Spider-Syn's dev.json, train.json, README.md and LICENSE (unpacked on first use)."""
    target = paths.cache_dir() / "spider-syn"
    if str(target) in _resolved and (target / spider.MARKER).is_file():
        return target
    with resources.as_file(resources.files("sqltune") / "assets" / ARCHIVE) as archive:
        digest = spider._archive_digest(archive)
        marker = target / spider.MARKER
        if not (marker.is_file() and marker.read_text().strip() == digest):
            # atomic_dir: a killed unpack leaves a temp folder, never a half-written target.
            with paths.atomic_dir(target) as tmp, tarfile.open(archive, "r:xz") as tar:
                for member in tar.getmembers():
                    if not member.isfile() or "/" not in member.name:
                        continue
                    data = tar.extractfile(member)
                    name = Path(member.name).name  # flat archive: spider-syn/<file>
                    (tmp / name).write_bytes(data.read() if data else b"")
                if not (tmp / SPLIT_FILES["dev"]).is_file():
                    raise SqltuneError(f"bundled {ARCHIVE} has no dev.json; the installation is damaged")
                (tmp / spider.MARKER).write_text(digest + "\n")
    _resolved[str(target)] = target
    return target


def load_syn_split(split: str) -> list[dict]:
    """Spider-Syn's "train" (7,000) or "dev" (1,034) rows in Spider's shape: question (the synonym version),
    question_original (Spider's wording), query, db_id; dev rows also carry their Spider hardness."""
    if split not in SPLIT_FILES:
        raise SqltuneError(f"unknown Spider-Syn split {split!r} (choose from {', '.join(SPLIT_FILES)})")
    with open(syn_dir() / SPLIT_FILES[split], encoding="utf-8") as f:
        return json.load(f)


def load_spider_syn_dev() -> tuple[list[dict], dict[str, int]]:
    """The scorable Spider-Syn dev questions (972: those whose database ships) and what was skipped.

    Each item: id ("syn-dev-N", N the row's position in Spider dev, so it pairs with Spider dev's "dev-N"),
    question, query (gold), db_id, db_path, hardness (Spider's rules applied to Spider-Syn's own gold, which
    differs from today's Spider dev gold in 32 rows).
    """
    items, skipped = [], {}
    for i, row in enumerate(load_syn_split("dev")):
        path = spider.database_path(row["db_id"])
        if path is None:
            reason = f"database not shipped: {row['db_id']}"
            skipped[reason] = skipped.get(reason, 0) + 1
            continue
        items.append({"id": f"syn-dev-{i}", "question": row["question"], "query": row["query"],
                      "db_id": row["db_id"], "db_path": path, "hardness": row["hardness"]})
    return items, skipped
