"""The fourth session's selection rule, written before any held-out result existed (see docs/BENCHMARKS.md).

Reads <holdout dir>/<name>/report.json for the named held-out runs and prints the chosen run's name.
Rule: among the runs trained with 16 sequences a step (names starting `b16`), the best held-out execution
accuracy (strict scorer); a run within 0.5 point of a cheaper one loses to it (the names are given cheapest
first). It must also come within 1 point of `b8` (the third session's default); else `b8` is chosen.

    python benchmarks/gpu/choose.py RESULTS/holdout b8 b16 b16-values b16-5ep b16-5ep-values b16-5ep-r64

Self-correction joins the dev run's decoding if, on the held-out databases, it adds at least 0.5 point to beam 8
(prints yes or no):

    python benchmarks/gpu/choose.py --self-correct RESULTS/holdout b16-beam8 b16-beam8-sc
"""

import json
import sys
from pathlib import Path


def accuracy(folder: Path, name: str) -> float | None:
    path = folder / name / "report.json"
    return json.loads(path.read_text())["execution_accuracy"] if path.exists() else None


def choose(folder: Path, names: list[str]) -> str:
    acc = {n: accuracy(folder, n) for n in names}
    for n, a in acc.items():
        print(f"{n}: {'missing' if a is None else f'{100 * a:.1f} %'}", file=sys.stderr)
    best = None
    for n in (n for n in names if n.startswith("b16") and acc[n] is not None):
        if best is None or acc[n] > acc[best] + 0.005:
            best = n
    if best is None or (acc.get("b8") is not None and acc[best] < acc["b8"] - 0.01):
        return "b8"
    return best


if __name__ == "__main__":
    if sys.argv[1] == "--self-correct":
        without, with_ = (accuracy(Path(sys.argv[2]), n) for n in sys.argv[3:5])
        print("yes" if without is not None and with_ is not None and with_ >= without + 0.005 else "no")
    else:
        print(choose(Path(sys.argv[1]), sys.argv[2:]))
