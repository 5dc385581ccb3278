"""How many of an evaluation's candidates repeat another candidate of their question word for word (a beam that
ended with the same SQL as a better one: another tokenization of it, or the other end token), and how many
letter case aside (`Singer_ID` for `singer_id`, `distinct` for `DISTINCT`: SQLite reads them alike,
sqltune.sql_case), and with them how many different answers a question has. `--beam-distinct` is meant to leave
none. With --test (the test set the file answered) every candidate is also run against the gold, and the share of
questions with a right one among their first K candidates is set beside that among their first K different ones,
letter case aside: what a search that spent no place on repeats could reach with K beams, roughly.

    python benchmarks/repeated_candidates.py PREDICTIONS.jsonl[.gz] [...] [--test spider-dev] [--card cpu] [--result FILE]
"""

from __future__ import annotations

import argparse
from collections import Counter
from datetime import date
from pathlib import Path

# (benchmarks/: one clear exit for a file that is not one)
from choice_rules import saved_candidates, saved_rows
from results_file import write_result

KS = (1, 2, 4, 8, 16)


def count(path: Path) -> dict:
    from sqltune.sql_case import sql_key

    rows = list(saved_rows(path).values())
    lists = [r["candidates"] for r in rows if r.get("candidates")]
    keys = [[sql_key(c) for c in cs] for cs in lists]
    repeats = [sum(n - 1 for n in Counter(c).values()) for c in lists]
    folded = [sum(n - 1 for n in Counter(k).values()) for k in keys]
    return {"file": str(path), "questions": len(rows), "with_candidates": len(lists),
            "candidates": sum(map(len, lists)), "repeated": sum(repeats),
            "questions_with_a_repeat": sum(r > 0 for r in repeats),
            "different_a_question": round(sum(len(set(c)) for c in lists) / max(len(lists), 1), 2),
            "repeated_case_aside": sum(folded),
            "different_case_aside_a_question": round(sum(len(set(k)) for k in keys) / max(len(lists), 1), 2)}


def right_among(path: Path, test_name: str) -> dict:
    """{K: (share with a right one among the first K candidates, among the first K different ones case aside)}."""
    from sqltune.sql_case import sql_key

    _, cands, right, _ = saved_candidates(path, test_name)
    firsts = []
    for cs in cands:
        seen: dict[str, int] = {}
        for k, c in enumerate(cs):
            seen.setdefault(sql_key(c), k)
        firsts.append(sorted(seen.values()))
    n = len(cands)
    return {k: (round(100 * sum(any(right[j][i] for j in range(min(k, len(cs)))) for i, cs in enumerate(cands)) / n, 2),
                round(100 * sum(any(right[j][i] for j in f[:k]) for i, f in enumerate(firsts)) / n, 2))
            for k in KS}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("predictions", nargs="+", type=Path)
    ap.add_argument("--test", default=None, help="the test set the files answered (spider-dev, spider-syn, a file): "
                    "also the right candidates among the first K")
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()
    files = [count(p) for p in args.predictions]
    print(f"{'predictions':<48} {'candidates':>10} {'repeated':>14} {'questions with one':>19} {'different':>9} "
          f"{'case aside: repeated':>21} {'different':>9}")
    for f in files:
        share = 100 * f["repeated"] / max(f["candidates"], 1)
        folded = 100 * f["repeated_case_aside"] / max(f["candidates"], 1)
        print(f"{Path(f['file']).name:<48} {f['candidates']:>10} {f['repeated']:>5} ({share:4.1f} %) "
              f"{f['questions_with_a_repeat']:>7} of {f['with_candidates']:<6} {f['different_a_question']:>9} "
              f"{f['repeated_case_aside']:>12} ({folded:4.1f} %) {f['different_case_aside_a_question']:>9}")
    if args.test:
        print(f"\na right one among the first K candidates / the first K different ones, letter case aside ({args.test})")
        for f in files:
            f["right_among_first"] = right_among(Path(f["file"]), args.test)
            print(f"{Path(f['file']).name:<48} " + "  ".join(f"K={k}: {a:.1f} / {b:.1f} %"
                                                            for k, (a, b) in f["right_among_first"].items()))
    out = write_result({"date": date.today().isoformat(), "card": args.card, "files": files}, args.card,
                       "repeated_candidates", args.result)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
