#!/usr/bin/env bash
# GPU call: prepare Spider twice (sqltune default and the recipe's CREATE TABLE format), then the training
# speed benchmark on gemma-3-270m and on a random model of gemma-3-1b's shape. Alone on the card.
set -euo pipefail
source benchmarks/gpu/env.sh
nvidia-smi -L | tee "$OUT/card.txt"
python3 -m sqltune prepare --data-dir "$W/data/spider" 2>&1 | grep -v Warning | tail -8
python3 -m sqltune prepare --config configs/recipe.yaml --model gemma-3-270m --dataset spider \
  --data-dir "$W/data/spider-recipe" 2>&1 | grep -v Warning | tail -8
cp "$W/data/spider/summary.json" "$OUT/prepare-default.json"
cp "$W/data/spider-recipe/summary.json" "$OUT/prepare-recipe.json"
python3 benchmarks/train_speed.py --model gemma-3-270m --data-dir "$W/data/spider-recipe" --out "$OUT" \
  2>&1 | grep -vE "Warning|it/s\]|s/it\]" | tail -20
python3 benchmarks/train_speed.py --model random:gemma-3-1b --data-dir "$W/data/spider-recipe" --out "$OUT" \
  --runs recipe,sqltune --steps-scale 0.5 2>&1 | grep -vE "Warning|it/s\]|s/it\]" | tail -8
