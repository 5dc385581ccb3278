"""What a retry would gain, re-chosen from saved answers: the first run's answer where it executes, else the
retry run's answer where that executes (as `--constrained-retry` chooses), scored by sqltune's rules. No model.

    python benchmarks/retry_choice.py --test spider-dev \\
        benchmarks/results/h200-2026-12-01/decode/predictions/dev-beam16-early.sql.gz \\
        benchmarks/results/h200-2026-12-01/decode/predictions/dev-greedy-schema.sql.gz
    # held-out databases: the validation split that `sqltune prepare --holdout-databases 20 --data-dir
    # data/ho-default` writes (seeded: the same 886 questions as the GPU runs)
    python benchmarks/retry_choice.py --test data/ho-default/validation.jsonl FIRST RETRY

FIRST and RETRY are predictions files of `sqltune evaluate` for the same test set (predictions.sql, one SQL a
line, or predictions.jsonl; `.gz` read as is). Prints strict accuracy and executable rate of the first run, the
retry run and the two combined, and how many questions were retried; --out writes them as JSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _plain(path: Path, folder: Path) -> Path:
    """`path` itself, or its gunzipped copy in `folder`."""
    if path.suffix != ".gz":
        return path
    out = folder / path.stem
    out.write_bytes(gzip.decompress(path.read_bytes()))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("retry", type=Path)
    ap.add_argument("--test", default="spider-dev", help="the test set both files answer (default spider-dev)")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()

    from sqltune.config import make_config
    from sqltune.errors import SqltuneError
    from sqltune.predictions import read_predictions
    from sqltune.scoring import score
    from sqltune.sqlexec import Sandbox
    from sqltune.testsets import load_test_set

    try:
        test = load_test_set(args.test, make_config())
        with tempfile.TemporaryDirectory() as tmp:
            first = read_predictions(_plain(args.first, Path(tmp)), test)
            retry = read_predictions(_plain(args.retry, Path(tmp)), test)
    except (SqltuneError, OSError) as e:
        print(f"retry_choice.py: {e}", file=sys.stderr)
        return 2
    combined, retried = [], 0
    with Sandbox() as sandbox:
        for item, a, b in zip(test.items, first, retry, strict=True):
            if sandbox.run(item.db_path, a).ok:
                combined.append(a)
            else:
                retried += 1
                combined.append(b if sandbox.run(item.db_path, b).ok else a)
    _, judged = score(test, {"first": first, "retry": retry, "combined": combined})
    result = {"test": test.name, "questions": len(test.items), "retried": retried, "first_file": str(args.first),
              "retry_file": str(args.retry)}
    print(f"{test.name}: {len(test.items)} questions, {retried} retried (the first answer fails to execute)")
    print(f"{'':<10} {'strict':>7} {'executes':>9}")
    for label, rows in judged.items():
        acc = sum(r["correct"] for r in rows) / len(rows)
        ex = sum(r["executed"] for r in rows) / len(rows)
        result[label] = {"strict": round(acc, 4), "executes": round(ex, 4)}
        print(f"{label:<10} {acc:>7.1%} {ex:>9.1%}")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
