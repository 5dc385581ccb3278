#!/usr/bin/env bash
# GPU call(s): three jobs side by side on the card (accuracy runs; speed is measured alone by speed.sh):
#   zero-shot gemma-3-270m (recipe prompt, CREATE TABLE schema) on Spider dev;
#   sqltune's default recipe, 3 epochs of Spider train, merged, on Spider dev, plus generation speed
#   one-by-one vs batched;
#   the reference recipe (configs/recipe.yaml) for RECIPE_STEPS optimizer steps, merged, on Spider dev.
# The jobs run detached, so a second call of this script only waits for them and collects the results.
set -uo pipefail
source benchmarks/gpu/env.sh
RECIPE_STEPS=${RECIPE_STEPS:-150}
if [ ! -e "$W/started" ]; then
  touch "$W/started"
  # the jobs outlive this call: give them their own copy of the code and configs
  rm -rf "$W/code" && mkdir -p "$W/code" && cp -r src configs benchmarks "$W/code/"
  for j in zero-shot default recipe; do
    (cd "$W/code" && PYTHONPATH="$W/code/src:${PYTHONPATH#*:}" RECIPE_STEPS=$RECIPE_STEPS \
      setsid bash benchmarks/gpu/job.sh $j > "$W/$j.log" 2>&1 &)
  done
fi
deadline=$((SECONDS + ${WAIT_S:-540}))
while [ $SECONDS -lt $deadline ]; do
  [ -e "$W/zero-shot.done" ] && [ -e "$W/default.done" ] && [ -e "$W/recipe.done" ] && break
  sleep 10
done
for j in zero-shot default recipe; do
  echo "== $j: $([ -e "$W/$j.done" ] && echo done || echo running)"
  grep -vE "Warning|it/s\]|s/it\]|warn" "$W/$j.log" 2>/dev/null | tail -6
done
cd "$W" && tar czf "$OUT/accuracy.tgz" --exclude='*.safetensors' --exclude='checkpoint-*' --exclude='*.bin' \
  ./*.log eval-* gen-* runs/*/sqltune.json runs/*/merged/sqltune.json 2>/dev/null
ls -la "$OUT"
