#!/usr/bin/env bash
# Every GPU call after the transfer: one queue of jobs.sh jobs per GPU, run detached (they outlive the call); this
# call appends jobs, waits, and sends back what is finished. The machine goes back 30 s after a call, so call again
# at once (with or without new jobs) to keep it and collect more.
#   ADD0="job args; job args" ADD1=... bash benchmarks/gpu/session.sh   # ';' separates jobs of one queue
#   WAIT_S=500 (longest wait), UNTIL="name ..." (return early once these jobs are done)
# The code is copied once, at the first call: later calls add jobs but cannot change the code they run.
set -uo pipefail
source benchmarks/gpu/env.sh
[ -d .device/adapter-default ] && [ ! -e /tmp/device/adapter-default/sqltune.json ] && cp -r .device/adapter-default /tmp/device/
gpus=$(nvidia-smi -L | wc -l)
for i in $(seq 0 $((gpus - 1))); do
  v=ADD$i; [ -n "${!v:-}" ] && tr ';' '\n' <<< "${!v}" | sed 's/^ *//;/^$/d' >> "$W/q$i"
  touch "$W/q$i"
done
if [ ! -e "$W/started" ]; then
  touch "$W/started"
  rm -rf "$W/code" && mkdir -p "$W/code" && cp -r src configs benchmarks "$W/code/"
  cd "$W/code" && export PYTHONPATH="$W/code/src:${PYTHONPATH#*:}"
  for i in $(seq 0 $((gpus - 1))); do  # runner i: the next line of q$i, when there is one
    ( setsid bash -c "n=0; while true; do
        line=\$(sed -n \"\$((n + 1))p\" $W/q$i); [ -z \"\$line\" ] && { sleep 3; continue; }; n=\$((n + 1))
        name=\$(bash benchmarks/gpu/jobs.sh --name \$line)
        CUDA_VISIBLE_DEVICES=$i timeout 1500 bash benchmarks/gpu/jobs.sh \$line > \"$W/\$name.log\" 2>&1
      done" > "$W/runner$i.log" 2>&1 & )
  done
  cd - > /dev/null
fi
deadline=$((SECONDS + ${WAIT_S:-500}))
while [ $SECONDS -lt $deadline ]; do
  left=0; for j in ${UNTIL:-}; do [ -e "$W/$j.done" ] || left=1; done
  [ -n "${UNTIL:-}" ] && [ $left = 0 ] && break
  sleep 5
done
nvidia-smi --query-gpu=index,memory.used,utilization.gpu --format=csv,noheader
for i in $(seq 0 $((gpus - 1))); do echo "q$i: $(tr '\n' '|' < "$W/q$i")"; done
for f in "$W"/*.log; do
  j=$(basename "$f" .log); [[ $j == runner* ]] && continue
  echo "== $j: $([ -e "$W/$j.done" ] && echo done || echo running)"
  grep -vE "Warning|warn|it/s\]|s/it\]|^\s*$" "$f" | tail -${TAIL:-4}
done
cd "$W" && tar czf "$OUT/r.tgz" --exclude='*.safetensors' --exclude='*.bin' --exclude='*.pt' ./*.log results 2>/dev/null
ls -la "$OUT"
