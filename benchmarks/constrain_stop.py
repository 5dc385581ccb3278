"""Choose --constrain-max-deficit offline, from one constrained evaluation run.

A constrained row gives up once the sum of its per-step deficits (the log-probability of the model's best token
minus that of the best token the constraint allows) exceeds the limit (docs/CONSTRAINED_DECODING.md). With
SQLTUNE_CONSTRAIN_TRACE=1 every greedy answer saves those deficits in predictions.jsonl (`constraint_trace`),
so one run without a limit tells for every candidate limit where each answer would have ended:

    SQLTUNE_CONSTRAIN_TRACE=1 sqltune evaluate --model runs/ho-default/merged \\
        --test data/ho-default/validation.jsonl --batch-size 64 --constrain schema --out runs/eval-ho-stop
    python benchmarks/constrain_stop.py runs/eval-ho-stop [--thresholds 2,4,8,16,32]

Choose on held-out Spider train databases (`sqltune prepare --holdout-databases 20`), not on dev. FOLDER is an
evaluation's --out folder (one table per model in it) or one model's folder in it (<out>/<label>). Per limit:
the answers that would give up, how many of them were correct, the generated tokens saved (an answer that
gives up at step k has k + 1 tokens: its first k and the end token), and the execution accuracy if every
answer that gives up counts as wrong (a lower bound: its cut SQL is still scored when the limit is on). How
much decoding time that saves depends on the batch: a batch runs as long as its longest answer, so rerun
`sqltune evaluate` with the chosen --constrain-max-deficit to measure it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

THRESHOLDS = (2.0, 4.0, 8.0, 16.0, 32.0)


def load(folder: Path) -> dict:
    """One model's folder: {"answers": [{"id", "correct", "trace" (None when not recorded)}], "limit": the
    --constrain-max-deficit it was decoded with, or None}. Only the scored questions (results.jsonl) count."""
    from sqltune.paths import read_jsonl

    traces = {str(r["id"]): r.get("constraint_trace")
              for r in read_jsonl(folder / "predictions.jsonl", "id", "predictions file")}
    answers = [{"id": str(r["id"]), "correct": bool(r["correct"]), "trace": traces.get(str(r["id"]))}
               for r in read_jsonl(folder / "results.jsonl", "correct", "results file")]
    run = json.loads((folder / "run.json").read_text()) if (folder / "run.json").is_file() else {}
    return {"answers": answers, "limit": run.get("settings", {}).get("decoding", {}).get("constrain_max_deficit")}


def study(run: dict, thresholds) -> list[dict]:
    """Per limit: ended (answers that give up), ended_correct, tokens_saved (a share of the traced answers'
    tokens), tokens (per traced answer, with the limit), accuracy (answers that give up count as wrong)."""
    from sqltune.constrain_notes import crossing

    answers = run["answers"]
    traced = [a for a in answers if a["trace"] is not None]
    total = sum(len(a["trace"]) for a in traced)
    correct = sum(a["correct"] for a in answers)
    out = []
    for limit in thresholds:
        ended = ended_correct = saved = 0
        for a in traced:
            step = crossing(a["trace"], limit)
            if step is not None:
                ended += 1
                ended_correct += a["correct"]
                saved += len(a["trace"]) - (step + 1)
        out.append({"limit": limit, "ended": ended, "ended_correct": ended_correct,
                    "tokens_saved": saved / total if total else 0.0,
                    "tokens": (total - saved) / len(traced) if traced else 0.0,
                    "accuracy": (correct - ended_correct) / len(answers) if answers else 0.0})
    return out


def _table(name: str, run: dict, thresholds) -> str:
    answers = run["answers"]
    traced = [a for a in answers if a["trace"] is not None]
    n = len(answers)
    lines = [f"{name}: {n} answers, {len(traced)} with a trace; execution accuracy {_pct(sum(a['correct'] for a in answers), n)}"
             + (f", {sum(map(len, (a['trace'] for a in traced))) / len(traced):.1f} tokens an answer" if traced else "")]
    if len(traced) < n:
        lines.append(f"  ({n - len(traced)} answers have no trace: not greedy, not constrained, or decoded without "
                     "SQLTUNE_CONSTRAIN_TRACE=1; they never give up here)")
    if not traced:
        return "\n".join(lines)
    if run["limit"] is not None:
        lines.append(f"  (decoded with --constrain-max-deficit {run['limit']:g}: its answers stop there, so larger "
                     "limits cannot be told apart and are left out)")
        thresholds = [t for t in thresholds if t < run["limit"]]
    lines.append("| limit | give up | of them correct | tokens saved | tokens an answer | accuracy, given up = wrong |")
    lines.append("|---:|---:|---:|---:|---:|---:|")
    for r in study(run, thresholds):
        lines.append(f"| {r['limit']:g} | {r['ended']} | {r['ended_correct']} | {100 * r['tokens_saved']:.1f} % "
                     f"| {r['tokens']:.1f} | {100 * r['accuracy']:.1f} % |")
    return "\n".join(lines)


def _pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f} %" if n else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="an evaluation's --out folder, or <out>/<label>")
    parser.add_argument("--thresholds", default=",".join(f"{t:g}" for t in THRESHOLDS),
                        help="limits to try, comma-separated [default: %(default)s]")
    args = parser.parse_args(argv)
    try:
        thresholds = sorted(float(t) for t in args.thresholds.split(",") if t.strip())
    except ValueError:
        parser.error(f"--thresholds takes numbers separated by commas (got {args.thresholds!r})")
    folders = ([args.folder] if (args.folder / "predictions.jsonl").is_file() else
               sorted(p.parent for p in args.folder.glob("*/predictions.jsonl")))
    folders = [f for f in folders if (f / "results.jsonl").is_file()]
    if not folders:
        print(f"{args.folder}: no predictions.jsonl with its results.jsonl (an evaluation's --out folder, or "
              "<out>/<label>)", file=sys.stderr)
        return 2
    from sqltune.errors import SqltuneError

    for k, folder in enumerate(folders):
        try:
            run = load(folder)
        except SqltuneError as e:
            print(f"constrain_stop: {e}", file=sys.stderr)
            return 2
        print(("\n" if k else "") + _table(folder.name, run, thresholds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
