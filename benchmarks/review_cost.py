"""What the review score costs an evaluation (sqltune.review, `--candidate-choice rerank` with a model trained
with review rows): the host's encoding of the (question, candidate) pairs, one pair at a time (the code before
2026-12-07's batched encoding) against `encode_all`, and the forward at several batch sizes, on the distinct
candidates of a saved evaluation (an upper bound: the product scores only those that return a result).

    python benchmarks/review_cost.py MODEL PRED.jsonl.gz TEST --card h100 [--batch-sizes 64,128] [--limit N]

Prints a table and writes benchmarks/results/<card>-<date>/review_cost.json (or --result).
"""
import argparse
import datetime
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from choice_rules import review_inputs, saved_pairs  # noqa: E402
from results_file import write_result  # noqa: E402


def _sync():
    import torch

    if torch.cuda.is_available():
        torch.cuda.synchronize()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    review_inputs(ap)
    ap.add_argument("--card", required=True, help="names the results folder: h100, h200, cpu, ...")
    ap.add_argument("--batch-sizes", default="64,128", help="the forward's sequences a batch, comma-separated")
    ap.add_argument("--result", help="where the JSON goes (default: benchmarks/results/<card>-<date>/)")
    args = ap.parse_args()
    from sqltune.config import make_config
    from sqltune.models import load_as_saved
    from sqltune.review import encode, encode_all, scores

    items, pairs = saved_pairs(args.predictions, args.test, args.limit)
    model, tok = load_as_saved(make_config(None, {"model": args.model}), merged=True)
    t = time.perf_counter()
    one = [encode(tok, sql, q) for q, sql in pairs]
    one_s = time.perf_counter() - t
    t = time.perf_counter()
    together = encode_all(tok, pairs)
    all_s = time.perf_counter() - t
    rows = [{"what": "encoding, one pair at a time", "seconds": round(one_s, 3)},
            {"what": "encoding, encode_all", "seconds": round(all_s, 3), "same ids": together == one}]
    first = None
    for size in [int(b) for b in args.batch_sizes.split(",")]:
        scores(model, tok, pairs[:size], size)  # warm-up: kernels, allocator
        _sync()
        t = time.perf_counter()
        got = scores(model, tok, pairs, size)
        _sync()
        row = {"what": f"scores(), batch {size} (encoding included)", "seconds": round(time.perf_counter() - t, 3)}
        if first is None:
            first = got
        else:
            row["max |difference| to the first"] = round(max(abs(a - b) for a, b in zip(got, first, strict=True)), 4)
        rows.append(row)
    report = {"date": datetime.date.today().isoformat(), "card": args.card, "model": args.model,
              "predictions": str(args.predictions), "questions": len(items), "pairs": len(pairs),
              "command": "python benchmarks/review_cost.py " + " ".join(sys.argv[1:]), "rows": rows}
    print(f"{len(items)} questions, {len(pairs)} distinct (question, candidate) pairs")
    for r in rows:
        extra = "  ".join(f"{k}: {v}" for k, v in r.items() if k not in ("what", "seconds"))
        print(f"{r['what']:<48} {r['seconds']:>8.3f} s  {extra}")
    print(write_result(report, args.card, "review_cost", args.result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
