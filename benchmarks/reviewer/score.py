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
from choice_rules import saved_questions, saved_rows  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model", help="a model folder trained with review rows (merged, or an adapter)")
    ap.add_argument("predictions", type=Path, help="an evaluation's predictions.jsonl(.gz) with candidates")
    ap.add_argument("test", help="the test set those predictions answer (spider-dev, a validation.jsonl, ...)")
    ap.add_argument("out", type=Path, help="where the predictions go again, with their scores (.jsonl.gz)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--limit", type=int, help="the first N questions only")
    args = ap.parse_args()
    from sqltune.config import make_config
    from sqltune.models import load_as_saved
    from sqltune.review import scores

    test, cands = saved_questions(args.predictions, args.test)
    items = list(zip(test.items, cands, strict=True))[:args.limit]
    t0 = time.time()
    model, tok = load_as_saved(make_config(None, {"model": args.model}), merged=True)
    loaded = time.time() - t0
    pairs = list(dict.fromkeys((it.question, sql) for it, cs in items for sql in cs))
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
