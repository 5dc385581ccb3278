"""What --beam-stop-ratio would change, replayed on an evaluation's saved candidates (no model, CPU).

    python benchmarks/beam_stop.py PREDICTIONS.jsonl.gz ... --test data/holdout/validation.jsonl
        [--rules 0,2@96,1.5@96,2@64] [--batch-sizes 86,173] [--result FILE]

A batch of beams runs as many steps as its longest question, and its longest questions are mostly beams that do
not end. sqltune.beams can stop a question once it has decoded RATIO times as many new tokens as its shortest
ended beam (never before FLOOR), keeping the beams that ended by then. A beam's length is the step it ended at,
so the saved 16 candidates of a run without the rule (`--beam-stop-ratio 0`, or any run before it existed) tell
what the rule would keep: a question stops at max(FLOOR, RATIO x its shortest candidate), keeping the candidates
no longer than that (a lower bound: beams that ended by then and were pushed out of the 16 later would be kept
too, below the others). For each rule (RATIO@FLOOR; 0 = off): the candidates kept chosen again with the shipped
choice (rerank), how many are right, how many kept answers change, how many questions stop early, and the steps
the batches would run (the questions in the evaluation's order, longest prompt first, BATCH a batch) and the
row-steps (16 rows a question a step). Lengths are the tokens of each candidate's cleaned text plus its end.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from choice_rules import pick, saved_candidates, saved_rows  # noqa: E402  (benchmarks/, beside this script)
from results_file import write_result  # noqa: E402


def parse_rule(text: str) -> tuple[float, int]:
    ratio, _, floor = text.partition("@")
    return float(ratio), int(floor or 96)


def replay(qs: list[dict], ratio: float, floor: int) -> tuple[list[int], list[list[int]]]:
    """Each question's last step and the candidates it keeps under the rule (all of them when it never fires)."""
    ends, kept = [], []
    for q in qs:
        last = max(q["lens"])
        stop = max(floor, ratio * min(q["lens"])) if ratio else last
        if stop < last:
            ends.append(int(stop))
            kept.append([k for k, n in enumerate(q["lens"]) if n <= stop])
        else:
            ends.append(last)
            kept.append(list(range(len(q["lens"]))))
    return ends, kept


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", nargs="+", type=Path, help="predictions.jsonl(.gz) of evaluations with candidates")
    ap.add_argument("--test", required=True, help="the test set they answered (a file, spider-dev, spider-syn)")
    ap.add_argument("--rules", default="0,1.5@96,2@96,2.5@96,3@96,1.5@64,2@64,2@48",
                    help="RATIO@FLOOR, comma-separated (0: off); the first is the one the others' kept answers are "
                         "compared with (\"kept answers changed\"), so put 0 first")
    ap.add_argument("--batch-sizes", default="86,173", help="questions a batch, for the steps the batches would run")
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()
    rules = [parse_rule(r) for r in args.rules.split(",")]
    sizes = [int(b) for b in args.batch_sizes.split(",")]

    from sqltune.models import builtin_dir, load_tokenizer_from

    tokenizer = load_tokenizer_from(builtin_dir("gemma-3-270m"))
    report = {"date": date.today().isoformat(), "command": " ".join(sys.argv), "sets": {}}
    head = "| predictions | rule | right | kept answers changed | questions stopped early | row-steps | " + \
        " | ".join(f"steps at {b} a batch" for b in sizes) + " |"
    print(head)
    print("|---|---|" + "---:|" * (head.count("|") - 3))
    for path in args.predictions:
        test, cands, right, ran = saved_candidates(path, args.test)
        saved = saved_rows(path)
        qs = []
        for i, it in enumerate(test.items):
            row = saved[it.id]
            texts = row.get("candidates") or [row["sql"]]
            qs.append({"question": it.question, "texts": texts, "right": [right[k][i] for k in range(len(texts))],
                       "ran": ran[i], "prompt": len(it.prompt or it.question),
                       "lens": [len(tokenizer(t, add_special_tokens=False)["input_ids"]) + 1 for t in texts]})
        order = sorted(range(len(qs)), key=lambda i: -qs[i]["prompt"])  # (as the evaluation's batches go)
        rows = []
        base = None
        for ratio, floor in rules:
            ends, kept = replay(qs, ratio, floor)
            picks = [keep[pick("rerank", q["ran"], [q["texts"][k] for k in keep], q["question"])]
                     for q, keep in zip(qs, kept)]
            base = base or picks  # (the first rule's picks: compare the others with it; 0 goes first)
            line = {"rule": f"{ratio:g}@{floor}" if ratio else "off", "right": sum(q["right"][k] for q, k in zip(qs, picks)),
                    "changed": sum(a != b for a, b in zip(picks, base)),
                    "stopped": sum(e < max(q["lens"]) for q, e in zip(qs, ends)),
                    "row_steps": 16 * sum(ends),
                    "steps": {b: sum(max(ends[i] for i in order[s:s + b]) for s in range(0, len(order), b))
                              for b in sizes}}
            rows.append(line)
            print(f"| {path.name} | {line['rule']} | {line['right']} of {len(qs)} ({100 * line['right'] / len(qs):.1f} %) | "
                  f"{line['changed']} | {line['stopped']} | {line['row_steps']:,} | "
                  + " | ".join(f"{line['steps'][b]:,}" for b in sizes) + " |")
        report["sets"][path.name] = {"questions": len(qs), "rules": rows}
    print(f"wrote {write_result(report, args.card, 'beam_stop', args.result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
