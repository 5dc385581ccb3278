"""What one token costs the schema grammar as a query grows: consume, one-token check and full mask, by position.

    python benchmarks/grammar_cost.py [--db concert_singer] [--result benchmarks/results/<card>-<date>/grammar_cost.json]

Walks a few query shapes token by token on a Spider database's grammar (sqltune.constrain, llguidance) and
prints, for each sixth of the query, the mean microseconds to copy a matcher, consume the token and check it,
and the milliseconds of a full 262k-token mask. Long AND/OR/arithmetic chains are what an ambiguous
expression rule makes slower token by token (docs/CONSTRAINED_DECODING.md); select lists, IN lists and
string literals are there for comparison. No model: the built-in gemma-3-270m tokenizer. One CPU thread.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

SHAPES = {
    "OR chain (60)": "SELECT count(*) FROM singer WHERE Age = " + " OR Age = ".join(str(k) for k in range(60)),
    "AND chain (40)": "SELECT name FROM singer WHERE " + " AND ".join(f"Age > {k}" for k in range(40)),
    "a + a + ... (80)": "SELECT " + " + ".join("Age" for _ in range(80)) + " FROM singer",
    "select list (100)": "SELECT " + " , ".join(["Name", "Country", "Age", "Song_Name"] * 25) + " FROM singer",
    "IN list (100)": "SELECT name FROM singer WHERE Age IN (" + ", ".join(str(k) for k in range(100)) + ")",
    "long string": "SELECT name FROM singer WHERE name = '" + "abc def " * 60 + "'",
}


def walk(grammar, executor, tokenizer, sql: str, masks: bool) -> list[dict]:
    import llguidance.torch
    import torch

    ids = tokenizer(sql, add_special_tokens=False)["input_ids"]
    m, rows = grammar.matcher(), []
    mask = torch.full((1, (len(tokenizer) + 31) // 32), -1, dtype=torch.int32)
    for k, t in enumerate(ids):
        t0 = time.perf_counter()
        nxt = m.deep_copy()
        t1 = time.perf_counter()
        ok = nxt.consume_token(t)
        t2 = time.perf_counter()
        nxt.validate_tokens([t])
        t3 = time.perf_counter()
        if masks:
            llguidance.torch.fill_next_token_bitmask_par(executor, [(nxt, 0)], mask)
        t4 = time.perf_counter()
        if not ok:
            rows.append({"position": k, "failed": nxt.get_error()[:200]})
            break
        rows.append({"position": k, "copy_us": 1e6 * (t1 - t0), "consume_us": 1e6 * (t2 - t1),
                     "check_us": 1e6 * (t3 - t2), "mask_ms": 1e3 * (t4 - t3) if masks else None})
        m = nxt
    return rows


def sixths(rows: list[dict]) -> list[dict]:
    done = [r for r in rows if "failed" not in r]
    step = max(1, len(done) // 6)
    out = []
    for k in range(0, len(done), step):
        seg = done[k:k + step]
        out.append({"from": seg[0]["position"], "to": seg[-1]["position"],
                    **{f: sum(r[f] for r in seg) / len(seg) for f in ("copy_us", "consume_us", "check_us")},
                    "mask_ms": None if seg[0]["mask_ms"] is None else sum(r["mask_ms"] for r in seg) / len(seg)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="concert_singer", help="a Spider database (its id)")
    ap.add_argument("--no-masks", action="store_true", help="skip the full masks (the slowest part)")
    ap.add_argument("--result", default=None, help="write the table here as JSON")
    args = ap.parse_args()

    import llguidance
    from transformers import AutoTokenizer

    from sqltune import spider
    from sqltune.constrain import Constrainer
    from sqltune.models import builtin_dir

    tokenizer = AutoTokenizer.from_pretrained(builtin_dir("gemma-3-270m"))
    grammar = Constrainer(tokenizer, "schema").grammar_for(spider.database_path(args.db))
    executor = llguidance.LLExecutor()
    results = {}
    print(f"{'shape':20s} {'tokens':>11s} {'copy us':>8s} {'consume us':>10s} {'check us':>9s} {'mask ms':>8s}")
    for name, sql in SHAPES.items():
        rows = walk(grammar, executor, tokenizer, sql, not args.no_masks)
        table = sixths(rows)
        failed = next((r for r in rows if "failed" in r), None)
        results[name] = {"sql": sql, "tokens": len(rows), "by_position": table, "failed": failed}
        for t in table:
            mask = "" if t["mask_ms"] is None else f"{t['mask_ms']:8.2f}"
            print(f"{name:20s} {t['from']:4d}-{t['to']:<6d} {t['copy_us']:8.1f} {t['consume_us']:10.1f} "
                  f"{t['check_us']:9.1f} {mask}")
        if failed:
            print(f"{name:20s} failed at token {failed['position']}: {failed['failed']}")
    if args.result:
        Path(args.result).parent.mkdir(parents=True, exist_ok=True)
        Path(args.result).write_text(json.dumps({"db": args.db, "shapes": results}, indent=1))


if __name__ == "__main__":
    main()
