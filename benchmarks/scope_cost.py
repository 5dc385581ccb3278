"""What the scope check (`--constrain schema`'s name check, sqltune.scope) costs a decoding step, on the CPU.

    python benchmarks/scope_cost.py [--questions 300] [--result benchmarks/results/<card>-<date>/scope_cost.json]

Spider dev gold queries (a seeded sample whose databases ship) are walked token by token through the
constraint's scope filter (`sqltune.scope_filter.Filter`, greedy), as the logits processor walks a row: each step
takes the row's state from its parent's, checks the gold token (it must pass: a gold query is never flagged),
and then the tokens the model tends to propose there:
- `names`: 8 tokens that begin common names (` name`, ` id`, ` T1`, ...) at every step;
- `name pieces`: where a name is being written, 200 tokens made only of letters (what the check walks down a
  row's list when the model's favourites all leave scope).
Prints microseconds a step and a check for each, and writes them. No model: the built-in gemma-3-270m
tokenizer. Grammars are built before the timing.
"""

from __future__ import annotations

import argparse
import platform
import random
import string
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)

NAMES = (" name", " id", " count", " age", " T1", " year", " country", " stu")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=300)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()

    from sqltune.constrain import Constrainer
    from sqltune.models import builtin_dir, load_tokenizer_from
    from sqltune.scope_filter import Filter, token_texts
    from sqltune.spider import database_path, load_split

    tok = load_tokenizer_from(builtin_dir("gemma-3-270m"))
    constrainer = Constrainer(tok, "schema", None)
    rows = [r for r in load_split("dev") if database_path(r["db_id"]) is not None]
    rows = random.Random(args.seed).sample(rows, min(args.questions, len(rows)))
    grammars = {r["db_id"]: constrainer.grammar_for(database_path(r["db_id"])) for r in rows}
    texts = token_texts(tok)
    names = [tok(w, add_special_tokens=False)["input_ids"][0] for w in NAMES]
    pieces = [i for i in range(1000, 60000) if texts[i] and set(texts[i]) <= set(string.ascii_letters + "_")][:200]

    scope = Filter(texts, greedy=True, top_k=256)
    clock = {"walk": 0.0, "names": 0.0, "name pieces": 0.0}
    count = {"walk": 0, "names": 0, "name pieces": 0}
    flagged = []
    for i, r in enumerate(rows):
        ids = tok(r["query"], add_special_tokens=False)["input_ids"]
        start = grammars[r["db_id"]].scope
        scope.states = {}
        for k in range(len(ids) + 1):
            t0 = time.perf_counter()
            scope.begin()
            st = scope.state((i, tuple(ids[:k])), start)
            if k < len(ids) and st.checkable and scope.fails(st, ids[k]):
                flagged.append(r["query"])
            t1 = time.perf_counter()
            clock["walk"] += t1 - t0
            count["walk"] += 1
            if k < len(ids) and st.checkable:
                for t in names:
                    scope.fails(st, t)
                t2 = time.perf_counter()
                clock["names"] += t2 - t1
                count["names"] += len(names)
                if st.pending:
                    for t in pieces:
                        scope.fails(st, t)
                    clock["name pieces"] += time.perf_counter() - t2
                    count["name pieces"] += len(pieces)
            scope.end()
    result = {"date": date.today().isoformat(), "card": args.card, "device": platform.processor() or "cpu",
              "command": " ".join(["python", *sys.argv]), "questions": len(rows), "gold_flagged": len(flagged),
              "us_per_check": {k: 1e6 * clock[k] / max(count[k], 1) for k in clock},
              "checks": count, "seconds": clock}
    out = write_result(result, args.card, "scope_cost", args.result)
    print(f"{'checks':<12} {'count':>8} {'seconds':>8} {'us each':>8}")
    for k in clock:
        print(f"{k:<12} {count[k]:>8} {clock[k]:>8.2f} {result['us_per_check'][k]:>8.1f}")
    print(f"gold tokens flagged: {len(flagged)} (must be 0)")
    print(f"wrote {out}")
    return 1 if flagged else 0


if __name__ == "__main__":
    raise SystemExit(main())
