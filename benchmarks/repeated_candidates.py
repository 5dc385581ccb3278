"""How many of an evaluation's candidates repeat another candidate of their question word for word (a beam that
ended with the same SQL as a better one: another tokenization of it, or the other end token), and with them how
many different answers a question has. `--beam-distinct` is meant to leave none.

    python benchmarks/repeated_candidates.py PREDICTIONS.jsonl[.gz] [...] [--card cpu] [--result FILE]
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path

from choice_rules import saved_rows  # (benchmarks/: one clear exit for a file that is not one)
from results_file import write_result


def count(path: Path) -> dict:
    rows = list(saved_rows(path).values())
    lists = [r["candidates"] for r in rows if r.get("candidates")]
    repeats = [sum(n - 1 for n in Counter(c).values()) for c in lists]
    return {"file": str(path), "questions": len(rows), "with_candidates": len(lists),
            "candidates": sum(map(len, lists)), "repeated": sum(repeats),
            "questions_with_a_repeat": sum(r > 0 for r in repeats),
            "different_a_question": round(sum(len(set(c)) for c in lists) / max(len(lists), 1), 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("predictions", nargs="+", type=Path)
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()
    files = [count(p) for p in args.predictions]
    print(f"{'predictions':<60} {'candidates':>10} {'repeated':>9} {'questions with one':>19} {'different':>9}")
    for f in files:
        share = 100 * f["repeated"] / max(f["candidates"], 1)
        print(f"{Path(f['file']).name:<60} {f['candidates']:>10} {f['repeated']:>5} ({share:4.1f} %) "
              f"{f['questions_with_a_repeat']:>7} of {f['with_candidates']:<6} {f['different_a_question']:>9}")
    out = write_result({"date": date.today().isoformat(), "card": args.card, "files": files}, args.card,
                       "repeated_candidates", args.result)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
