"""Shared fixtures. Models are built once per machine into a test cache (SQLTUNE_CACHE), so only the first
run pays for converting the built-in GGUF."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("SQLTUNE_CACHE", str(ROOT / ".cache-test"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def gemma_dir() -> Path:
    """The built-in gemma-3-270m as an HF folder (real weights)."""
    from sqltune.models import builtin_dir

    return builtin_dir("gemma-3-270m")


@pytest.fixture(scope="session")
def tiny_model(gemma_dir) -> Path:
    """A random 2-layer Gemma 3 with the real tokenizer: fast enough for CPU tests of every stage."""
    from sqltune.models import builtin_dir

    return builtin_dir("tiny-random-gemma-3")


@pytest.fixture(scope="session")
def tokenizer(gemma_dir):
    from sqltune.models import load_tokenizer_from

    return load_tokenizer_from(gemma_dir)


@pytest.fixture(scope="session")
def spider_root() -> Path:
    from sqltune.spider import spider_dir

    return spider_dir()


@pytest.fixture()
def spider_db(tmp_path, spider_root) -> Path:
    """A private copy of one Spider database (concert_singer)."""
    src = spider_root / "database" / "concert_singer" / "concert_singer.sqlite"
    dst = tmp_path / "concert_singer.sqlite"
    shutil.copy(src, dst)
    return dst
