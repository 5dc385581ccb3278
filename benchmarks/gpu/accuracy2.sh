#!/usr/bin/env bash
# GPU call(s), second session: the reference recipe exactly (CREATE TABLE schemas) and the default adapter
# with execution-guided decoding and self-correction, side by side. Like accuracy.sh: detached jobs, a
# second call only waits and collects.
set -uo pipefail
source benchmarks/gpu/env.sh
export SQLTUNE_ADAPTER=$PWD/.device/adapter-default
JOBS="recipe-create-table decoding"
if [ ! -e "$W/started2" ]; then
  touch "$W/started2"
  rm -rf "$W/code" && mkdir -p "$W/code" && cp -r src configs benchmarks "$W/code/"
  python3 -c "from sqltune.models import builtin_dir; builtin_dir('gemma-3-270m')" 2>&1 | tail -1
  rm -rf /tmp/device/adapter-default && cp -r .device/adapter-default /tmp/device/ && export SQLTUNE_ADAPTER=/tmp/device/adapter-default
  for j in $JOBS; do
    (cd "$W/code" && PYTHONPATH="$W/code/src:${PYTHONPATH#*:}" RECIPE_STEPS=${RECIPE_STEPS:-150} \
      setsid bash benchmarks/gpu/job.sh $j > "$W/$j.log" 2>&1 &)
  done
fi
deadline=$((SECONDS + ${WAIT_S:-540}))
while [ $SECONDS -lt $deadline ]; do
  all=1; for j in $JOBS; do [ -e "$W/$j.done" ] || all=0; done
  [ $all = 1 ] && break
  sleep 10
done
for j in $JOBS; do
  echo "== $j: $([ -e "$W/$j.done" ] && echo done || echo running)"
  grep -vE "Warning|it/s\]|s/it\]|warn" "$W/$j.log" 2>/dev/null | tail -8
done
cd "$W" && tar czf "$OUT/accuracy2.tgz" --exclude='*.safetensors' --exclude='checkpoint-*' --exclude='*.bin' \
  ./*.log eval-* runs/*/sqltune.json 2>/dev/null
ls -la "$OUT"
