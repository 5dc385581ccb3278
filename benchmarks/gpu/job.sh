#!/usr/bin/env bash
# One accuracy job (see accuracy.sh); runs detached, logs to $W/<job>.log, marks $W/<job>.done at the end.
set -uo pipefail
job=$1
ev() { python3 -m sqltune evaluate --no-progress --batch-size 128 "$@"; }
case $job in
  zero-shot)
    ev --model gemma-3-270m --schema-format create_table --out "$W/eval-zero-shot" --label zero-shot ;;
  default)
    python3 -m sqltune train --data-dir "$W/data/spider" --output-dir "$W/runs/default" --logging-steps 25 &&
    python3 -m sqltune merge --model "$W/runs/default" &&
    ev --model "$W/runs/default/merged" --out "$W/eval-default" --label sqltune-default &&
    ev --model "$W/runs/default/merged" --limit 100 --batch-size 1 --out "$W/gen-one-by-one" --label one-by-one &&
    ev --model "$W/runs/default/merged" --limit 100 --out "$W/gen-batched" --label batched ;;
  recipe)
    python3 -m sqltune train --config configs/recipe.yaml --model gemma-3-270m --data-dir "$W/data/spider-recipe" \
      --output-dir "$W/runs/recipe" --max-steps "${RECIPE_STEPS:-150}" --save-strategy no --report-to none &&
    python3 -m sqltune merge --model "$W/runs/recipe" &&
    ev --model "$W/runs/recipe/merged" --out "$W/eval-recipe" --label recipe ;;
  recipe-create-table)  # the reference recipe exactly: Spider schemas as CREATE TABLE statements
    python3 -m sqltune prepare --config configs/recipe.yaml --model gemma-3-270m --dataset spider \
      --data-dir "$W/data/spider-recipe-ct" &&
    python3 -m sqltune train --config configs/recipe.yaml --model gemma-3-270m --data-dir "$W/data/spider-recipe-ct" \
      --output-dir "$W/runs/recipe-ct" --max-steps "${RECIPE_STEPS:-150}" --save-strategy no --report-to none &&
    python3 -m sqltune merge --model "$W/runs/recipe-ct" &&
    ev --model "$W/runs/recipe-ct/merged" --out "$W/eval-recipe-ct" --label recipe-create-table ;;
  decoding)  # the default adapter (carried in .device/adapter-default) with database-aware decoding
    a="$W/adapter-default"
    cp -r "$SQLTUNE_ADAPTER" "$a" && cp "$SQLTUNE_CACHE"/models/gemma-3-270m/tokenizer* "$a"/ &&
    python3 -m sqltune merge --model "$a" &&
    ev --model "$a/merged" --out "$W/eval-greedy" --label greedy &&
    ev --model "$a/merged" --num-candidates 4 --out "$W/eval-beam4" --label beam4-exec &&
    ev --model "$a/merged" --num-candidates 4 --self-correct --out "$W/eval-beam4-sc" --label beam4-exec-selfcorrect ;;
esac
echo "exit $?"
touch "$W/$job.done"
