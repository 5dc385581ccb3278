#!/usr/bin/env bash
# The whole job on the built-in model and data (gemma-3-270m from PyPI, Spider shipped in the package; no Hub):
# install -> prepare -> train -> merge -> generate -> evaluate, then the shipped trained model (sqltune-270m)
# at work. On a GPU it trains sqltune's default recipe in full (8 epochs, minutes on an H100/H200) and scores
# Spider dev with execution-guided beam 16; on a CPU it runs a short smoke training that proves every stage
# (its model is far from useful: accuracy needs the GPU run), then shows sqltune-270m, the same recipe trained
# on a GPU and shipped with sqltune, answering Spider dev questions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
export PATH="$PWD/.venv/bin:$PATH"
RUN=${RUN:-runs/quickstart}
if python -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)"; then
  GPU=1; TRAIN=(); EVAL=(--num-candidates 16 --batch-size 64); GEN=()  # the README's headline row
else  # a CPU smoke run: a few steps, short answers, 10 questions
  GPU=0; TRAIN=(--max-steps 8 --per-device-train-batch-size 1 --max-length 512 --logging-steps 2)
  # (the smoke model's answers fail to run: decoding them again with 16 beams, --retry-beams' default, took
  # 6.6 of the quickstart's 18.5 minutes and shows nothing, nor does completing them, --complete-failed; tests
  # cover both paths)
  GEN=(--max-new-tokens 64); EVAL=(--limit 10 --retry-beams 0 --no-complete-failed "${GEN[@]}")
fi
sqltune prepare --data-dir data/spider
if [ "$GPU" = 0 ]; then echo "== a smoke training: 8 steps of one 512-token sequence (train warns that this cuts the longer rows)"; fi
sqltune train --data-dir data/spider --output-dir "$RUN" "${TRAIN[@]}"
sqltune merge --model "$RUN"
db=$(python -c "from sqltune.spider import database_path; print(database_path('concert_singer'))")
echo "Q: How many singers do we have?"
sqltune generate --model "$RUN/merged" --db "$db" --question "How many singers do we have?" "${GEN[@]}"
sqltune evaluate --model "$RUN/merged" --out "$RUN/eval" "${EVAL[@]}"
if [ "$GPU" = 0 ]; then
  echo
  echo "== sqltune-270m: the same recipe trained on a GPU, shipped with sqltune (the default of generate/evaluate/serve)"
  sqltune evaluate --model sqltune-270m --limit 12 --show 5 --out runs/quickstart-sqltune-270m
fi
echo "done: your model in $RUN/merged (report $RUN/eval/report.md)."
echo "next: sqltune serve --db $db     # the trained sqltune-270m answers at http://127.0.0.1:8000/"
