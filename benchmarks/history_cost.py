"""What finding each row's history costs the constraint's processor a decoding step, on the CPU.

    python benchmarks/history_cost.py [--rows 972] [--result benchmarks/results/<card>-<date>/history_cost.json]

Spider dev gold queries (those whose database ships, each ended by <end_of_turn>) stand for a batch of greedy
rows: step k holds every row's first k tokens, rows that ended padded as model.generate pads them. Each step is
looked up as the processor does it since 2026-12-02 (`Processor._hists`: two sums a row computed in one pass,
then one dictionary lookup a row; ended rows skipped) and as it did before (every row's whole history read
as a list, then a tuple a live row, hashed in the dictionaries, and its parent's tuple sliced), on the same
tensors, and checks that both find the same live rows with the same tokens. Prints and writes milliseconds a
step for each. No model: the built-in gemma-3-270m tokenizer.
"""

from __future__ import annotations

import argparse
import platform
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)


def gold_rows(limit: int) -> tuple:
    """(the built-in tokenizer, the first `limit` Spider dev rows whose database ships, their gold queries'
    tokens each ended by <end_of_turn>): greedy rows as the constraint's processor sees them."""
    from sqltune.constrain_processor import EOS_IDS
    from sqltune.models import builtin_dir, load_tokenizer_from
    from sqltune.spider import database_path, load_split

    tok = load_tokenizer_from(builtin_dir("gemma-3-270m"))
    rows = [r for r in load_split("dev") if database_path(r["db_id"]) is not None][:limit]
    return tok, rows, [tok(r["query"], add_special_tokens=False)["input_ids"] + [EOS_IDS[-1]] for r in rows]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=972)
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()

    import torch

    from sqltune.constrain import Constrainer
    from sqltune.constrain_processor import EOS_IDS

    tok, _, seqs = gold_rows(args.rows)
    steps = max(map(len, seqs))
    ids = torch.full((len(seqs), 1 + steps), tok.pad_token_id, dtype=torch.long)
    for r, s in enumerate(seqs):
        ids[r, 1:1 + len(s)] = torch.tensor(s)
    grammar = Constrainer(tok, "grammar", None).grammar_for(None)  # (only the row bookkeeping is timed)
    proc = Constrainer(tok, "grammar", None).logits_processor([grammar] * len(seqs), 1, 1)
    eos = frozenset(EOS_IDS)
    clock = {"sums": 0.0, "tuples": 0.0}
    ended_before: set[int] = set()
    wrong = 0  # steps where the two ways disagreed
    for k in range(steps + 1):
        step = ids[:, :1 + k]
        t0 = time.perf_counter()
        hists = proc._hists(step, {})
        proc.ended.update(r for r, h in enumerate(hists) if h is not None and h.ended)
        clock["sums"] += time.perf_counter() - t0
        t0 = time.perf_counter()  # the lines of Processor.__call__ before 2026-12-02
        hist_all = step[:, 1:].tolist()
        live = []
        for r in range(len(seqs)):
            if r in ended_before:
                continue
            hist = tuple(hist_all[r])
            if eos.intersection(hist):
                ended_before.add(r)
                continue
            live.append((r, (0, hist)))
        children = Counter((p, h[:-1]) for p, h in {key for _, key in live} if h)
        states = {key: r for r, key in live}
        _ = [states.get(key) for _, key in live], children
        clock["tuples"] += time.perf_counter() - t0
        # (untimed) both ways must find the same live rows with the same tokens
        mine = {r: tuple(h) for r, h in enumerate(hists) if h is not None and not h.ended}
        wrong += mine != {r: key[1] for r, key in live}
    report = {"date": date.today().isoformat(), "card": args.card, "processor": platform.processor() or "cpu",
              "rows": len(seqs), "steps": steps + 1, "tokens": sum(map(len, seqs)),
              "ms_per_step": {k: 1000 * v / (steps + 1) for k, v in clock.items()}, "steps_that_disagree": wrong,
              "command": " ".join(sys.argv)}
    out = write_result(report, args.card, "history_cost", args.result)
    print(f"{len(seqs)} rows, {steps + 1} steps: histories by sums {report['ms_per_step']['sums']:.2f} ms a step, "
          f"as tuples (before) {report['ms_per_step']['tuples']:.2f} ms a step; steps where they disagree: {wrong}")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
