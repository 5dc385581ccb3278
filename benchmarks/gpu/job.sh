#!/usr/bin/env bash
# One accuracy job (see accuracy.sh); runs detached, logs to $W/<job>.log, marks $W/<job>.done at the end.
set -uo pipefail
job=$1
ev() { python3 -m sqltune evaluate --no-progress --batch-size 128 "$@"; }
case $job in
  zero-shot)
    ev --model gemma-3-270m --schema-format create_table --out "$W/eval-zero-shot" --label zero-shot ;;
  default)
    python3 -m sqltune train --data-dir "$W/data/spider" --output-dir "$W/runs/default" --logging-steps 25 --use-liger-kernel &&
    python3 -m sqltune merge --model "$W/runs/default" &&
    ev --model "$W/runs/default/merged" --out "$W/eval-default" --label sqltune-default &&
    ev --model "$W/runs/default/merged" --limit 100 --batch-size 1 --out "$W/gen-one-by-one" --label one-by-one &&
    ev --model "$W/runs/default/merged" --limit 100 --out "$W/gen-batched" --label batched ;;
  recipe)
    python3 -m sqltune train --config configs/recipe.yaml --model gemma-3-270m --data-dir "$W/data/spider-recipe" \
      --output-dir "$W/runs/recipe" --max-steps "${RECIPE_STEPS:-150}" --save-strategy no --report-to none &&
    python3 -m sqltune merge --model "$W/runs/recipe" &&
    ev --model "$W/runs/recipe/merged" --out "$W/eval-recipe" --label recipe ;;
esac
echo "exit $?"
touch "$W/$job.done"
