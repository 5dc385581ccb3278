#!/usr/bin/env bash
# Every GPU call of the third session after the transfer: starts the work once (detached, so it outlives the call),
# then waits up to WAIT_S seconds and sends back what is finished. Call again with the same command to collect more.
#   first: the jobs that need both cards (FIRST); then two queues, one per GPU (QUEUE0, QUEUE1); each a list of
#   jobs.sh jobs, empty to skip, e.g. FIRST= QUEUE0="default-b16" QUEUE1="ho-default ho-values" bash ...
set -uo pipefail
source benchmarks/gpu/env.sh
[ -d .device/adapter-default ] && [ ! -e /tmp/device/adapter-default/sqltune.json ] && cp -r .device/adapter-default /tmp/device/
if [ ! -e "$W/started" ]; then
  touch "$W/started"
  rm -rf "$W/code" && mkdir -p "$W/code" && cp -r src configs benchmarks .device "$W/code/" 2>/dev/null
  rm -f "$W/code/.device/"model.part* "$W/code/.device/wheels.tar"
  cd "$W/code" && export PYTHONPATH="$W/code/src:${PYTHONPATH#*:}"
  q() { for j in "$@"; do CUDA_VISIBLE_DEVICES=${GPU:-} timeout 900 bash benchmarks/gpu/jobs.sh "$j" > "$W/$j.log" 2>&1; done; }
  ( setsid bash -c "$(declare -f q); set -x
     CUDA_VISIBLE_DEVICES=0,1 bash benchmarks/gpu/jobs.sh prepare > $W/prepare.log 2>&1
     for j in ${FIRST-ddp fsdp eval-shard}; do CUDA_VISIBLE_DEVICES=0,1 timeout 420 bash benchmarks/gpu/jobs.sh \$j > $W/\$j.log 2>&1; done
     (GPU=0 q ${QUEUE0-speed-270m speed-1b ho-default ho-values ho-5epochs}) &
     (GPU=1 q ${QUEUE1-default ho-lr2e-4 ho-full-loss selfcorrect}) &
     wait
     touch $W/all.done" > "$W/session.log" 2>&1 & )
  cd - > /dev/null
fi
deadline=$((SECONDS + ${WAIT_S:-500}))
while [ $SECONDS -lt $deadline ] && [ ! -e "$W/all.done" ]; do sleep 5; done
nvidia-smi --query-gpu=index,memory.used,utilization.gpu --format=csv,noheader
for f in "$W"/*.log; do
  j=$(basename "$f" .log); echo "== $j: $([ -e "$W/$j.done" ] && echo done || echo running)"
  grep -vE "Warning|warn|it/s\]|s/it\]|^\s*$" "$f" | tail -${TAIL:-4}
done
cd "$W" && tar czf "$OUT/r.tgz" --exclude='*.safetensors' --exclude='*.bin' --exclude='*.pt' ./*.log results 2>/dev/null
ls -la "$OUT"
