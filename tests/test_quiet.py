"""A normal CPU run prints sqltune's lines and progress bars only; --verbose / SQLTUNE_VERBOSE=1 brings the
third-party lines back. Real CLI runs on the tiny model, in subprocesses (the filters act at import time)."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from sqltune.prompts import build_prompt, conversation

NOISE = ("FutureWarning", "UserWarning", "DeprecationWarning", "kernels-community", "warnings.warn(",
         "is deprecated")


def _rows(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    with open(path / "train.jsonl", "w") as f:
        for i in range(4):
            ctx, q = "singer(singer_id, name, age)", f"How many singers are older than {i}?"
            f.write(json.dumps({"id": f"r{i}", "messages": conversation(build_prompt(ctx, q),
                                f"SELECT count(*) FROM singer WHERE age > {i}")}) + "\n")
    return path


def _sqltune(*args: str, verbose: bool = False) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "SQLTUNE_VERBOSE"}
    if verbose:
        env["SQLTUNE_VERBOSE"] = "1"
    proc = subprocess.run([sys.executable, "-m", "sqltune", *args], capture_output=True, text=True, env=env,
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def _third_party_lines(stderr: str) -> list[str]:
    """stderr without progress bars (carriage-return redraws, or lines with a `|...|` bar and a count)."""
    lines = []
    for raw in stderr.replace("\r", "\n").splitlines():
        line = raw.strip()
        if not line or ("|" in line and "it/s" in line or "examples/s" in line or "?it/s" in line
                        or "s/it" in line):
            continue
        lines.append(line)
    return lines


@pytest.fixture(scope="module")
def runs(tmp_path_factory, tiny_model, spider_root):
    root = tmp_path_factory.mktemp("quiet")
    data = _rows(root / "data")
    out = root / "run"
    train = _sqltune("train", "--model", "tiny-random-gemma-3", "--data-dir", str(data), "--output-dir", str(out),
                     "--max-steps", "1", "--per-device-train-batch-size", "1", "--max-length", "128",
                     "--quantization", "none", "--report-to", "none")
    # a second one-step training with SQLTUNE_VERBOSE=1: transformers' own deprecation line comes back
    train_verbose = _sqltune("train", "--model", "tiny-random-gemma-3", "--data-dir", str(data), "--output-dir",
                             str(root / "run-verbose"), "--max-steps", "1", "--per-device-train-batch-size", "1",
                             "--max-length", "128", "--quantization", "none", "--report-to", "none", verbose=True)
    merge = _sqltune("merge", "--model", str(out))
    db = spider_root / "database" / "concert_singer" / "concert_singer.sqlite"
    generate = _sqltune("generate", "--model", str(out / "merged"), "--db", str(db), "-q", "How many singers?",
                        "--max-new-tokens", "4")
    return {"train": train, "train_verbose": train_verbose, "merge": merge, "generate": generate}


@pytest.mark.parametrize("stage", ["train", "merge", "generate"])
def test_normal_run_prints_only_sqltune_lines(runs, stage):
    proc = runs[stage]
    stderr = _third_party_lines(proc.stderr)
    assert not [line for line in stderr if any(n in line for n in NOISE)], stderr
    assert not [line for line in stderr if not line.startswith("sqltune")], stderr
    if stage == "train":
        assert "sqltune train: adapter saved to" in proc.stdout


def test_verbose_brings_third_party_lines_back(runs):
    # train sets TrainingArguments.gradient_checkpointing, a name transformers 5.25 calls deprecated: the line
    # quiet.WARNINGS drops in the normal run above, and keeps here
    stderr = runs["train_verbose"].stderr
    assert "FutureWarning" in stderr and "`gradient_checkpointing` is deprecated" in stderr
    assert "FutureWarning" not in runs["train"].stderr
    assert "sqltune train: adapter saved to" in runs["train_verbose"].stdout
    assert "sqltune merge: merged model saved" in runs["merge"].stdout


def test_filters_are_precise(monkeypatch):
    """Only the listed lines go: the same logger's other warnings, and other FutureWarnings, still show."""
    from sqltune import quiet

    monkeypatch.delenv("SQLTUNE_VERBOSE", raising=False)
    monkeypatch.setattr(quiet, "_installed", False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        quiet.install(False)
        mod = {"__name__": "transformers.modeling_utils"}
        exec("import warnings\nwarnings.warn('`is_gradient_checkpointing` is deprecated', FutureWarning)\n"
             "warnings.warn('`foo` is deprecated', FutureWarning)", mod)
        exec("import warnings\nwarnings.warn('`is_gradient_checkpointing` is deprecated', FutureWarning)",
             {"__name__": "mylib"})
    assert [str(w.message) for w in caught] == ["`foo` is deprecated", "`is_gradient_checkpointing` is deprecated"]

    logger = logging.getLogger("bitsandbytes.backends.cpu.ops")
    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(record.getMessage())  # type: ignore[method-assign]
    logger.addHandler(handler)
    try:
        logger.warning("Failed to load CPU gemm_4bit_forward from kernels-community: %s.", "No module")
        logger.warning("CUDA setup failed")
    finally:
        logger.removeHandler(handler)
    assert records == ["CUDA setup failed"]


def test_verbose_env_skips_filters(monkeypatch):
    from sqltune import quiet

    monkeypatch.setattr(quiet, "_installed", False)
    monkeypatch.setenv("SQLTUNE_VERBOSE", "1")
    before = list(warnings.filters)
    quiet.install(False)
    assert warnings.filters == before and not quiet._installed
