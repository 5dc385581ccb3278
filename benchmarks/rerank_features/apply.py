"""Fit on the held-out candidate sets (HELD: cache.py's files) with each feature group set, apply once to other
cached candidates (TARGET; no fitting there). Also the shipped weights (assets/rerank.json) on the baseline
features, which must match benchmarks/rerank_fit.py without --cv, and where TARGET's candidates carry review scores
(benchmarks/reviewer/score.py) the shipped weights with the review score, as `--candidate-choice rerank` applies
them for a model trained with review rows. GROUPS may be none.

    python benchmarks/rerank_features/apply.py OUT.json TARGET.pkl[,TARGET.pkl] HELD.pkl[,HELD.pkl] GROUPS [GROUPS ...]
"""
import json
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import study  # noqa: E402

from sqltune import rerank  # noqa: E402

held = {}
for c in sys.argv[3].split(","):
    held.update(pickle.loads(Path(c).read_bytes()))
target = {}
for c in sys.argv[2].split(","):
    target.update(pickle.loads(Path(c).read_bytes()))
out = {}
for name, qs in target.items():
    study.prepare({name: qs}, set())
    n = len(qs)
    out.setdefault(name, {"questions": n, "oracle": sum(any(q["right"]) for q in qs),
                          "nonempty": sum(q["right"][q["nonempty"]] for q in qs)})
    out[name]["shipped weights (current rerank)"] = sum(q["right"][study.chosen(q, rerank.weights())] for q in qs)
    if all(q.get("review") is not None for q in qs if len(q["useful"]) > 1):
        study.prepare({name: qs}, {"review"})
        out[name]["shipped weights with the review score"] = sum(
            q["right"][study.chosen(q, rerank.weights(review=True))] for q in qs)
for gs in sys.argv[4:]:
    groups = set(filter(None, gs.split(",")))
    names = study.prepare(held, groups)
    w = study.fit([q for qs in held.values() for q in qs], names)
    for name, qs in target.items():
        study.prepare({name: qs}, groups)
        out[name][f"{gs or 'baseline'} (fit on the 4 held-out sets)"] = sum(q["right"][study.chosen(q, w)] for q in qs)
for name, r in out.items():
    print(name, {k: (v if k == "questions" else f"{v} ({100 * v / r['questions']:.2f} %)") for k, v in r.items()})
Path(sys.argv[1]).write_text(json.dumps(out, indent=1))
