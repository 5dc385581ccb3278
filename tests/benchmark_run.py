"""Runs one script of benchmarks/ end to end, as a user would, for the tests that check what it reports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def run_benchmark(script: str, result: Path, *args: str) -> tuple[subprocess.CompletedProcess, dict]:
    """(the finished process, the JSON it wrote to `result`); fails the test with its stderr if it failed."""
    run = subprocess.run([sys.executable, str(BENCHMARKS / script), *args, "--result", str(result)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    return run, json.loads(result.read_text())
