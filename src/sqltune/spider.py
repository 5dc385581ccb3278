"""The bundled Spider 1.0 data set (Yu et al., EMNLP 2018; CC BY-SA 4.0, see assets/SPIDER_LICENSE.md).

The archive ships inside the package so that the default run needs no Hub access; it is unpacked once into
the sqltune cache and reused from there.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tarfile
import tempfile
from importlib import resources
from pathlib import Path

from . import paths
from .errors import SqltuneError

ARCHIVE = "spider.tar.xz"
MARKER = ".sqltune-unpacked"
SPLIT_FILES = {"train": "train_spider_min.json", "dev": "dev.json"}


def _archive_digest(archive: Path) -> str:
    return hashlib.sha256(archive.read_bytes()).hexdigest()


def _is_complete(folder: Path, digest: str) -> bool:
    # The marker holds the archive's hash, so a newer sqltune with a changed archive unpacks again.
    marker = folder / MARKER
    return marker.is_file() and marker.read_text().strip() == digest and (folder / "tables.json").is_file()


# Folders already resolved in this process, keyed on what decides them (the override, or the cache folder).
# Hashing the archive takes milliseconds, which adds up in loops over database_path().
_resolved: dict[tuple[str, str], Path] = {}


def spider_dir() -> Path:
    """The folder holding tables.json, dev.json, database/...; `SQLTUNE_SPIDER_DIR` overrides it.

    The archive is hashed and checked against the unpacked folder's marker once per process (and per
    override or cache folder); later calls only check that the folder is still there.
    """
    override = os.environ.get("SQLTUNE_SPIDER_DIR")
    key = ("override", override) if override else ("cache", str(paths.cache_dir()))
    folder = _resolved.get(key)
    if folder is not None and (folder / "tables.json").is_file() and (override or (folder / MARKER).is_file()):
        return folder
    folder = _resolve(override)
    _resolved[key] = folder
    return folder


def _resolve(override: str | None) -> Path:
    if override:
        folder = Path(override).expanduser()
        if not (folder / "tables.json").is_file():
            raise SqltuneError(f"SQLTUNE_SPIDER_DIR={override} is not a Spider folder (no tables.json in it)")
        return folder
    target = paths.cache_dir() / "spider"
    with resources.as_file(resources.files("sqltune") / "assets" / ARCHIVE) as archive:
        digest = _archive_digest(archive)
        if _is_complete(target, digest):
            return target
        # Unpack next to the target and rename: a killed unpack leaves only a temp folder, never a half target.
        tmp = Path(tempfile.mkdtemp(prefix=".spider.tmp-", dir=target.parent))
        try:
            with tarfile.open(archive, "r:xz") as tar:
                if hasattr(tarfile, "data_filter"):
                    tar.extractall(tmp, filter="data")
                else:  # Python without extraction filters (< 3.10.12)
                    tar.extractall(tmp)
            unpacked = tmp / "spider"
            if not (unpacked / "tables.json").is_file():
                raise SqltuneError(f"bundled {ARCHIVE} has no spider/tables.json; the installation is damaged")
            (unpacked / MARKER).write_text(digest + "\n")
            if target.exists():
                if _is_complete(target, digest):  # another process finished first
                    return target
                stale = target.with_name(f".spider.old-{os.getpid()}")
                target.rename(stale)
                shutil.rmtree(stale, ignore_errors=True)
            try:
                unpacked.rename(target)
            except OSError:
                if not _is_complete(target, digest):
                    raise
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return target


def database_path(db_id: str) -> Path | None:
    """The .sqlite file of a Spider database, or None where the data set lacks it (baseball_1, soccer_1, wta_1)."""
    path = spider_dir() / "database" / db_id / f"{db_id}.sqlite"
    return path if path.is_file() else None


def load_split(split: str) -> list[dict]:
    """The raw rows of Spider's "train" (train_spider_min.json) or "dev" split."""
    if split not in SPLIT_FILES:
        raise SqltuneError(f"unknown Spider split {split!r} (choose from {', '.join(SPLIT_FILES)})")
    with open(spider_dir() / SPLIT_FILES[split], encoding="utf-8") as f:
        return json.load(f)
