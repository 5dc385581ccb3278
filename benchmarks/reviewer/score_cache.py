"""Review scores, log P(question | SQL) under MODEL (sqltune.review.scores), for the candidates rerank chooses
among in a cache of benchmarks/rerank_features/cache.py: each question's distinct useful candidates where it has
two or more (as `--candidate-choice rerank` scores them). Writes the cache again with these as "review" (0.0 for
candidates not scored; rerank reads only useful ones), for study.py's `review` group. Prints, per set, how often
the score puts a right useful candidate above a wrong one of the same question (pairs, ties half; questions with
both), for MODEL and for the cache's earlier review scores where it had them.

    python benchmarks/reviewer/score_cache.py CACHE.pkl OUT.pkl MODEL [--batch-size 32]

MODEL: any model folder or name: one trained with review rows, or a base model such as gemma-3-270m.
"""
import argparse
import json
import pickle
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))


def pairwise(qs: list[dict], key: str) -> float | None:
    """The share of (right, wrong) pairs of useful candidates that q[key] orders right above wrong."""
    shares = []
    for q in qs:
        if q.get(key) is None:
            return None
        got = {}
        for k in q["useful"]:  # (a repeated candidate counts once, at its first place)
            got.setdefault(q["cands"][k], (q[key][k], q["right"][k]))
        right = [s for s, ok in got.values() if ok]
        wrong = [s for s, ok in got.values() if not ok]
        if right and wrong:
            shares.append(sum((r > w) + 0.5 * (r == w) for r in right for w in wrong) / (len(right) * len(wrong)))
    return round(sum(shares) / len(shares), 4) if shares else None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("cache", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("model")
    ap.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    from sqltune.config import make_config
    from sqltune.models import load_as_saved
    from sqltune.review import scores

    sets = pickle.loads(args.cache.read_bytes())
    model, tok = load_as_saved(make_config(None, {"model": args.model}), merged=True)
    for name, qs in sets.items():
        before = pairwise(qs, "review")
        pairs = []
        for q in qs:
            useful = list(dict.fromkeys(q["cands"][k] for k in q["useful"]))
            if len(useful) > 1:  # (one useful candidate is kept unscored, as rerank keeps it)
                pairs += [(q["question"], s) for s in useful]
        pairs = list(dict.fromkeys(pairs))
        t0 = time.time()
        got = dict(zip(pairs, scores(model, tok, pairs, args.batch_size), strict=True))
        took = time.time() - t0
        for q in qs:
            q["review"] = [got.get((q["question"], s), 0.0) for s in q["cands"]]
        print(json.dumps({"set": name, "model": args.model, "sequences": len(pairs), "score_s": round(took, 1),
                          "pairwise": pairwise(qs, "review"), "pairwise_before": before,
                          "pairwise_rank": pairwise([{**q, "rank": [-k for k in range(len(q["cands"]))]}
                                                     for q in qs], "rank")}), flush=True)
    args.out.write_bytes(pickle.dumps(sets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
