"""Where a benchmark script writes its JSON: --result, or benchmarks/results/<card>-<date>/<name>.json."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_result(report: dict, card: str, name: str, result: str | None = None) -> Path:
    """Writes `report` (which holds its "date") and returns the file's path."""
    out = Path(result) if result else ROOT / "benchmarks" / "results" / f"{card}-{report['date']}" / f"{name}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    return out
