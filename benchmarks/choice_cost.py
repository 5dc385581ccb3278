"""What choosing among saved candidates costs: each rule's seconds to run, in the sandbox, the candidates it needs.

    python benchmarks/choice_cost.py benchmarks/results/h200-2026-12-02/predictions/dev-beam16-schema.jsonl.gz \\
        --test spider-dev

`nonempty` stops at the first candidate that returns a result; `rerank` runs every distinct candidate, then
scores the ones that return a result. Each rule runs every question's candidates as `sqltune evaluate` does
(answers.choose over a memoized sandbox run, a fresh sandbox a pass), `--repeats` passes in turn, so the two
rules share the machine's state. No model; the host CPU's time, which an evaluation adds after generation.
"""

from __future__ import annotations

import argparse
import datetime
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from choice_rules import saved_questions  # noqa: E402  (benchmarks/, beside this script)
from results_file import write_result  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", type=Path, help="predictions.jsonl(.gz) of an evaluation with --num-candidates")
    ap.add_argument("--test", default="spider-dev", help="the test set the predictions answer (default spider-dev)")
    ap.add_argument("--rules", default="nonempty,rerank", help="rules to time, comma-separated")
    ap.add_argument("--repeats", type=int, default=2, help="passes of each rule, taken in turn (default 2)")
    ap.add_argument("--card", default="cpu", help="the machine's name in the result's folder (default cpu)")
    ap.add_argument("--result", type=Path, help="where to write the JSON (default "
                    "benchmarks/results/<card>-<date>/choice_cost.json)")
    args = ap.parse_args()
    from sqltune.answers import choose, memoized
    from sqltune.config import CANDIDATE_CHOICES as CHOICES
    from sqltune.sqlexec import Sandbox

    rules = [r.strip() for r in args.rules.split(",") if r.strip()]
    bad = [r for r in rules if r not in CHOICES]
    if bad or args.repeats < 1 or not args.predictions.is_file():
        why = (f"--rules: unknown {', '.join(bad)} (one of {', '.join(CHOICES)})" if bad else
               "--repeats must be 1 or more" if args.repeats < 1 else f"no file {args.predictions}")
        print(f"choice_cost.py: {why}", file=sys.stderr)
        return 2
    test, cands = saved_questions(args.predictions, args.test)
    items = test.items
    if not items:
        print(f"choice_cost.py: no question of {args.test} is in {args.predictions}", file=sys.stderr)
        return 2
    passes: dict[str, list[dict]] = {r: [] for r in rules}
    for _ in range(args.repeats):
        for rule in rules:
            ran, t0 = 0, time.perf_counter()
            with Sandbox() as sandbox:
                for it, cs in zip(items, cands, strict=True):
                    run = memoized(lambda sql, db=it.db_path: sandbox.run(db, sql))
                    choose(cs, run, rule, it.question)
                    ran += len(run.memo)
            passes[rule].append({"seconds": round(time.perf_counter() - t0, 3), "sql_run": ran})
    print(f"{len(items)} questions of {args.test}, {sum(map(len, cands))} candidates "
          f"({sum(len(set(c)) for c in cands)} distinct), {platform.processor() or platform.machine()}")
    print(f"| rule | SQL run | seconds ({args.repeats} passes) | ms a question |\n|---|---:|---:|---:|")
    for rule, ps in passes.items():
        best = min(p["seconds"] for p in ps)
        print(f"| {rule} | {ps[0]['sql_run']} | {' / '.join(str(p['seconds']) for p in ps)} | "
              f"{1000 * best / len(items):.1f} |")
    report = {"date": datetime.date.today().isoformat(), "command": "python " + " ".join(sys.argv),
              "predictions": str(args.predictions), "test": args.test, "questions": len(items), "passes": passes}
    print(f"written {write_result(report, args.card, 'choice_cost', args.result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
