"""Choose again among the candidates an execution-guided evaluation saved, with another rule, and score it.

    sqltune evaluate --model runs/demo/merged --num-candidates 16 --batch-size 64 --out runs/eval --label beam16
    python benchmarks/candidate_choice.py runs/eval/beam16 --rule first            # or vote, nonempty, rerank
    python benchmarks/candidate_choice.py runs/holdout-eval/beam16 --rule nonempty --test data/holdout/validation.jsonl

What it measures: the execution accuracy of another rule for choosing among the same candidates, and how
many answers it changes. `sqltune evaluate --num-candidates N` saves every candidate next to each answer
(predictions.jsonl or predictions.jsonl.gz, key "candidates"), so this needs no model and no GPU: it runs each
question's candidates on its database (the same sandbox as evaluate), keeps one by `sqltune.decoding.choose`
with --rule, writes <out>/<rule>.jsonl and scores it with `sqltune evaluate --predictions` against the same
test set (report under <out>/<folder>-<rule>/, default --out runs/candidate-choice).
"""

from __future__ import annotations

import argparse
import gzip
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> int:
    from sqltune.config import CANDIDATE_CHOICES, make_config

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", type=Path, help="an evaluate label folder holding predictions.jsonl with candidates")
    p.add_argument("--rule", default="vote", choices=CANDIDATE_CHOICES)
    p.add_argument("--test", default="spider-dev", help="the test set the folder was generated for")
    p.add_argument("--out", type=Path, default=Path("runs/candidate-choice"))
    args = p.parse_args()

    from sqltune import decoding, testsets
    from sqltune.sqlexec import Sandbox

    plain, packed = args.folder / "predictions.jsonl", args.folder / "predictions.jsonl.gz"
    if not plain.is_file() and not packed.is_file():
        p.error(f"{args.folder} holds no predictions.jsonl(.gz): give an evaluate label folder")
    text = plain.read_text() if plain.is_file() else gzip.decompress(packed.read_bytes()).decode()
    saved = {r["id"]: r for r in map(json.loads, text.splitlines())}
    test = testsets.load_test_set(args.test, make_config())
    items = [it for it in test.items if it.id in saved]
    changed = 0
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"{args.rule}.jsonl"
    with Sandbox() as sandbox, target.open("w") as f:
        for it in items:
            row = saved[it.id]
            cands = row.get("candidates") or [row["sql"]]
            sql, k = decoding.choose(cands, lambda s, db=it.db_path: sandbox.run(db, s), args.rule,
                                     it.question)
            changed += sql != row["sql"]
            f.write(json.dumps({"id": it.id, "sql": sql, "chosen": k}) + "\n")
    print(f"{len(items)} questions, {changed} answers differ from the saved ones; scoring {target}", flush=True)
    cmd = [sys.executable, "-m", "sqltune", "evaluate", "--test", args.test, "--limit", str(len(items)),
           "--predictions", str(target), "--label", f"{args.folder.name}-{args.rule}", "--out", str(args.out)]
    return subprocess.run(cmd, cwd=ROOT).returncode


if __name__ == "__main__":
    sys.exit(main())
