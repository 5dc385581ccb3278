"""What the constraint's processor costs a greedy step, without a model: its matchers moved on one at a time or
on llguidance's threads.

    python benchmarks/processor_cost.py [--rows 256] [--workers 2] [--card cpu] [--result benchmarks/results/<card>-<date>/processor_cost.json]

Spider dev gold queries (those whose database ships, each ended by <end_of_turn>) stand for a batch of greedy
rows under `--constrain schema` (each row its database's grammar, the scope check on): at step k every row holds
its first k tokens and its scores put its next gold token first (0 against -10 for the rest of the vocabulary),
so the one-token checks settle every row, as they settle almost all rows of real decoding. Each step is the
processor's whole call: last step's predicted tokens moved on (`Processor._advance_predicted`), the rows'
histories, the checks. Run three times on the same rows: moves one row at a time (the default), in one parallel
call (`consume_token_par`, `constrain_processor.MOVES_IN_PARALLEL`), and the checks in --workers worker processes
(`--constrain-workers`, sqltune.constrain_workers, started before the timing); all must pick the same tokens.
Prints and writes milliseconds a step, and of it the top-k of the scores (every way takes each going row's best
20 first: on a CPU that top-k over 262k scores a row is much of the step, on a GPU a fraction of a ms) and the
rest, the host work the checks cost.
On a CPU machine there is no forward to overlap with the moves: the step's whole time is the processor's.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)


def run(tok, constrainer, grammars: list, seqs: list[list[int]], parallel: bool) -> tuple[float, list[list[int]]]:
    """Seconds in the processor over every step, and the token each row was left to take at each step."""
    import torch

    from sqltune import constrain_processor

    constrain_processor.MOVES_IN_PARALLEL = parallel
    rows, steps = len(seqs), max(map(len, seqs))
    vocab = len(tok)
    proc = constrainer.logits_processor(grammars, 1, 1, top=1)
    ids = torch.full((rows, 1), tok.pad_token_id, dtype=torch.long)
    picked: list[list[int]] = []
    clock = 0.0
    for k in range(steps):
        scores = torch.full((rows, vocab), -10.0)
        nxt = [s[k] if k < len(s) else tok.pad_token_id for s in seqs]
        scores[range(rows), nxt] = 0.0
        t0 = time.perf_counter()
        out = proc(ids, scores)
        clock += time.perf_counter() - t0
        took = out.argmax(dim=1).tolist()
        del out, scores  # (freed here: else the next step's `out =` frees 262k scores a row inside the timing)
        picked.append([t if k < len(s) else -1 for t, s in zip(took, seqs)])
        ids = torch.cat([ids, torch.tensor(nxt).unsqueeze(1)], dim=1)
    return clock, picked


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=256)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()

    from history_cost import gold_rows
    from sqltune.constrain import Constrainer
    from sqltune.spider import database_path

    tok, rows, seqs = gold_rows(args.rows)
    constrainer = Constrainer(tok, "schema", None)
    grammars = [constrainer.grammar_for(database_path(r["db_id"])) for r in rows]
    run(tok, constrainer, grammars[:8], seqs[:8], True)  # warm-up: the grammars' first masks
    pooled = Constrainer(tok, "schema", None, workers=args.workers)
    run(tok, pooled, grammars[:8], seqs[:8], False)  # (starts the workers)
    clock, picked, stats = {}, {}, {}
    ways = {"one at a time": (constrainer, False), "in parallel": (constrainer, True),
            f"in {args.workers} worker processes": (pooled, False)}
    for name, (con, parallel) in ways.items():
        con.reset_stats()
        clock[name], picked[name] = run(tok, con, grammars, seqs, parallel)
        stats[name] = con.stats()
    steps = max(map(len, seqs))
    same = all(p == picked["one at a time"] for p in picked.values())
    report = {"date": date.today().isoformat(), "card": args.card, "processor": platform.processor() or "cpu",
              "cpus": os.cpu_count(), "rows": len(seqs), "steps": steps, "tokens": sum(map(len, seqs)),
              "ms_per_step": {k: 1000 * v / steps for k, v in clock.items()}, "same_tokens": same,
              "topk_ms_per_step": {k: 1000 * v["topk_s"] / steps for k, v in stats.items()},
              "workers": args.workers, "stats": stats, "command": " ".join(sys.argv)}
    out = write_result(report, args.card, "processor_cost", args.result)
    ms = report["ms_per_step"]
    print(f"{len(seqs)} rows, {steps} steps, {os.cpu_count()} CPUs; the same tokens every way: {same}")
    print(f"{'ms a step':<28} {'all':>8} {'the top-k':>10} {'the rest':>9} {'of it waiting for workers':>26}")
    for name, v in ms.items():
        top, wait = report["topk_ms_per_step"][name], 1000 * stats[name]["wait_s"] / steps
        print(f"{name:<28} {v:>8.2f} {top:>10.2f} {v - top:>9.2f} {wait:>26.2f}")
    print(f"wrote {out}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
