"""Fit rerank's weights with the review score (sqltune.rerank.REVIEW_FEATURE) on held-out candidate sets whose
candidates carry reviewer scores (score.py), and store them as assets/rerank.json's "review" set, which
`--candidate-choice rerank` uses for a model trained with --review-rows.

    python benchmarks/rerank_features/cache.py ho-review.pkl data/holdout/validation.jsonl SCORED.jsonl.gz [...]
    python benchmarks/reviewer/fit.py ho-review.pkl [--write]
"""
import argparse
import datetime
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks" / "rerank_features"))
import study  # noqa: E402

WEIGHTS = ROOT / "src" / "sqltune" / "assets" / "rerank.json"

ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
ap.add_argument("caches", nargs="+", type=Path, help="cache.py's files of held-out candidates with review scores")
ap.add_argument("--write", action="store_true", help=f"store the weights in {WEIGHTS.relative_to(ROOT)}")
args = ap.parse_args()
absent = [str(c) for c in args.caches if not c.is_file()]
if absent:
    sys.exit(f"fit.py: no such cache {', '.join(absent)}: make it with benchmarks/rerank_features/cache.py")
held = {}
for c in args.caches:
    held.update(pickle.loads(c.read_bytes()))
missing = [n for n, qs in held.items() if any(q["useful"] and q.get("review") is None for q in qs)]
if missing:
    sys.exit(f"fit.py: {', '.join(missing)} have no review scores: make them with benchmarks/reviewer/score.py")
names = study.prepare(held, {"review"})
w = study.fit([q for qs in held.values() for q in qs], names)
print(json.dumps({k: round(v, 4) for k, v in w.items()}))
if args.write:
    data = json.loads(WEIGHTS.read_text())
    data["review"] = {"about": "the weights for models trained with --review-rows: review_rel = log P(question | "
                               "SQL) less the best useful candidate's, over 10 (sqltune.review)",
                      "command": "python benchmarks/reviewer/fit.py " + " ".join(sys.argv[1:]),
                      "sets": sorted(held), "date": datetime.date.today().isoformat(), "l2": study.L2,
                      "weights": {k: round(v, 6) for k, v in w.items()}}
    WEIGHTS.write_text(json.dumps(data, indent=2) + "\n")
    print("wrote", WEIGHTS)
