"""How many decoding steps batches of beams take, with and without leaving their last questions to one more batch.

    python benchmarks/tail_steps.py PREDICTIONS.jsonl[.gz] ... [--batch-sizes 173,256] [--shares 0,0.01,0.02,0.05,0.08]

sqltune.beams drops a question from its batch once its beams have ended, so a batch's step costs the questions
still open, but the batch runs as many steps as its longest question, each step with a cost of its own (the
forward's launches, the search's and the constraint's per-step work) whatever its rows. A question's beams end
at the step its 16th finished beam ends, the longest of the beams it keeps: so the saved candidates of an
evaluation (`candidates`, each decoded to its tokens and its end token) give each question's step count. This
replays the batches on them: the steps of every batch, the row-steps (questions x steps; x beams for rows), and
with a share (`Generator.defer_share`) the batches that stop once no more than that share of their questions is
left, those questions decoded again from their start in batches of their own. Batches are drawn in random
orders (`--draws`, seeded): the evaluation orders them by prompt length, which the predictions do not carry.
No model, CPU: the built-in gemma-3-270m tokenizer.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)


def ending_steps(path: str, tokenizer) -> list[int]:
    """Each saved question's step count: its longest candidate's tokens and end token."""
    from choice_rules import saved_rows

    steps = []
    for row in saved_rows(Path(path)).values():
        texts = row.get("candidates") or [row.get("sql") or ""]
        steps.append(1 + max(len(tokenizer(t, add_special_tokens=False)["input_ids"]) for t in texts))
    return steps


def replay(steps: list[int], bs: int, share: float) -> tuple[int, int, int]:
    """(steps, row-steps, questions decoded again) of decoding `steps`' questions in this order, `bs` a batch,
    as sqltune.decoding.Generator._batches and sqltune.beams do."""
    defer = int(share * bs) if len(steps) > bs else 0
    total = rows = 0
    later: list[int] = []
    for start in range(0, len(steps), bs):
        batch = sorted(steps[start:start + bs])
        # the search stops after the step where no more than `defer` questions are left (some having ended)
        stop = batch[-defer - 1] if 0 < defer < len(batch) else batch[-1]
        left = [s for s in batch if s > stop]
        total += stop
        rows += sum(min(s, stop) for s in batch)
        later += left
    for start in range(0, len(later), bs):  # decoded again, to their end
        total += max(later[start:start + bs])
        rows += sum(later[start:start + bs])
    return total, rows, len(later)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", nargs="+", help="predictions.jsonl(.gz) files of evaluations with candidates")
    ap.add_argument("--batch-sizes", default="173,256", help="questions a batch (173: an 80 GB card's auto size "
                                                            "for Spider dev, 256: an H200's)")
    ap.add_argument("--shares", default="0,0.01,0.02,0.03,0.05,0.08")
    ap.add_argument("--draws", type=int, default=100)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()

    from sqltune.models import builtin_dir, load_tokenizer_from

    tok = load_tokenizer_from(builtin_dir("gemma-3-270m"))
    sizes = [int(x) for x in args.batch_sizes.split(",")]
    shares = [float(x) for x in args.shares.split(",")]
    report = {"date": date.today().isoformat(), "command": " ".join(sys.argv), "draws": args.draws, "sets": {}}
    print("| predictions | questions a batch | share | steps | row-steps | decoded again | steps x share 0 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for path in args.predictions:
        steps = ending_steps(path, tok)
        rng = random.Random(args.seed)
        orders = [rng.sample(steps, len(steps)) for _ in range(args.draws)]
        q = sorted(steps)
        entry = {"questions": len(steps), "median_steps": statistics.median(steps),
                 "p95_steps": q[int(0.95 * (len(q) - 1))], "max_steps": q[-1], "runs": []}
        for bs in sizes:
            base = None
            for share in shares:
                runs = [replay(o, bs, share) for o in orders]
                mean = [statistics.fmean(r[i] for r in runs) for i in range(3)]
                base = base or mean[0]
                entry["runs"].append({"batch": bs, "share": share, "steps": round(mean[0], 1),
                                      "row_steps": round(mean[1], 1), "decoded_again": round(mean[2], 1)})
                print(f"| {Path(path).name} | {bs} | {share:g} | {mean[0]:.0f} | {mean[1]:.0f} | {mean[2]:.1f} | "
                      f"{mean[0] / base:.2f} |")
        report["sets"][Path(path).name] = entry
    print(f"wrote {write_result(report, args.card, 'tail_steps', args.result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
