"""Each saved candidate's review score, log P(question | the candidate's SQL) under a model trained with review
rows (`sqltune prepare --review-rows`; sqltune.review.scores), for studying the candidate choice offline: writes
the predictions again with `review` (one score a candidate, in order) beside each row's candidates.

    python benchmarks/reviewer/score.py MODEL PRED.jsonl.gz TEST OUT.jsonl.gz [--batch-size 64] [--limit N]
"""
import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from choice_rules import review_inputs, saved_pairs, saved_rows  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    review_inputs(ap)
    ap.add_argument("out", type=Path, help="where the predictions go again, with their scores (.jsonl.gz)")
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()
    from sqltune.config import make_config
    from sqltune.models import load_as_saved
    from sqltune.review import scores

    items, pairs = saved_pairs(args.predictions, args.test, args.limit)
    t0 = time.time()
    model, tok = load_as_saved(make_config(None, {"model": args.model}), merged=True)
    loaded = time.time() - t0
    t1 = time.time()
    got = dict(zip(pairs, scores(model, tok, pairs, args.batch_size), strict=True))
    took = time.time() - t1
    rows = saved_rows(args.predictions)
    with gzip.open(args.out, "wt") as f:
        for it, cs in items:
            f.write(json.dumps({**rows[it.id], "review": [round(got[(it.question, s)], 4) for s in cs]}) + "\n")
    print(json.dumps({"questions": len(items), "sequences": len(pairs), "load_s": round(loaded, 1),
                      "score_s": round(took, 2), "out": str(args.out)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
