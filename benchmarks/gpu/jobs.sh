#!/usr/bin/env bash
# GPU jobs. One job a call: bash benchmarks/gpu/jobs.sh <job> [args]; logs and results under $W (see env.sh);
# $W/<name>.done marks the end (<name>: the job, or job-NAME for the jobs below that take a name). session.sh
# decides what runs where. The named jobs of the earlier sessions are kept as they ran; the fourth session's study
# uses the generic ones:
#   ho NAME [prepare flags] -- [train flags]   train on Spider train less 20 databases, score those (greedy)
#   full NAME [prepare flags] -- [train flags] train on all of Spider train, score Spider dev (greedy, beam 8)
#   decode RUN LABEL [evaluate flags]          score a finished run (ho-NAME or full-NAME) once more
set -uo pipefail
job_name() {  # what a job logs and marks its end under (session.sh asks with --name)
  case $1 in ho|full) echo "$1-${2:-}" ;; decode) echo "decode-${3:-}" ;; *) echo "$1" ;; esac
}
[ "$1" = --name ] && { shift; job_name "$@"; exit; }
job=$1; name=$(job_name "$@")
ev() { python3 -m sqltune evaluate --no-progress --batch-size 256 "$@" ${EVFLAGS:-}; }  # EVFLAGS: a CPU try-out
R=$W/results; mkdir -p "$R"
# trn, not tr: in the fourth session a function named tr hid the tr command from study's data-folder key
trn() { python3 -m sqltune train --save-strategy no --report-to none --logging-steps 10 "$@"; }
prep() {  # <data dir> <prepare flags>: once per folder, whichever queue comes first
  ( flock 9; [ -e "$1/train.jsonl" ] || python3 -m sqltune prepare --data-dir "$@" 2>&1 | tail -3 ) 9> "$W/prep.lock"
}
data_dir() {  # <ho|full> <prepare flags>: one prepared folder per kind and set of prepare flags
  local kind=$1; shift; echo "$W/data/$kind-$(echo "${*:-plain}" | tr -c 'a-zA-Z0-9\n' '_')"
}
study() {  # <ho|full> <name> <prepare flags> -- <train flags>
  local kind=$1 name=$2; shift 2; local p=() ; while [ "$1" != "--" ]; do p+=("$1"); shift; done; shift
  local d run="$W/runs/$kind-$name" test; d=$(data_dir "$kind" "${p[@]}")
  if [ "$kind" = ho ]; then prep "$d" --holdout-databases 20 "${p[@]}"; test=$d/validation.jsonl
    mkdir -p "$R/holdout"; echo "${p[*]} -- $*" > "$R/holdout/$name.flags"
  else prep "$d" "${p[@]}"; test=spider-dev; fi
  local t0=$SECONDS
  trn --data-dir "$d" --output-dir "$run" "${p[@]}" "$@" || return 1
  echo "train seconds $((SECONDS - t0))"
  python3 -m sqltune merge --model "$run" && echo "$test" > "$run/test" &&
  cp "$run/sqltune.json" "$R/$kind-$name.train.json" && cp "$run/log_history.json" "$R/$kind-$name.log_history.json" &&
  if [ "$kind" = ho ]; then ev --model "$run/merged" --test "$test" --out "$R/holdout" --label "$name"
  else ev --model "$run/merged" --out "$R/dev" --label "$name-greedy" &&
       ev --model "$run/merged" --num-candidates 8 --batch-size 128 --out "$R/dev" --label "$name-beam8"; fi
}
decode() {  # <run> <label> <evaluate flags>
  local run="$W/runs/$1" label=$2; shift 2
  local out=$R/dev; [[ $run == */ho-* ]] && out=$R/holdout
  ev --model "$run/merged" --test "$(cat "$run/test")" --out "$out" --label "$label" "$@"
}
case $job in
  --data-dir-of)  # --data-dir-of <ho|full> <name> <prepare flags> -- ...: where study prepares (tests/test_gpu_jobs.py)
    shift; kind=$1; shift 2; p=(); while [ "$1" != "--" ]; do p+=("$1"); shift; done; data_dir "$kind" "${p[@]}"; exit ;;
  ho|full) study "$@" ;;
  decode) shift; decode "$@" ;;
  final-auto)  # final-auto RUN...: once those held-out runs are done, benchmarks/gpu/choose.py's pick on all of Spider
    shift; for i in $(seq 400); do a=1; for n in "$@"; do [ -e "$W/ho-$n.done" ] || a=0; done; [ $a = 1 ] && break; sleep 5; done
    c=$(python3 benchmarks/gpu/choose.py "$R/holdout" "$@") && echo "chosen: $c ($(cat "$R/holdout/$c.flags"))" &&
    echo "$c" > "$R/chosen.txt" && study full "$c" $(cat "$R/holdout/$c.flags") &&
    if [ "$(python3 benchmarks/gpu/choose.py --self-correct "$R/holdout" b16-beam8 b16-beam8-sc)" = yes ]; then
      decode "full-$c" "$c-beam8-sc" --num-candidates 8 --self-correct --batch-size 128; fi ;;
  prepare)
    python3 -c "from sqltune.models import builtin_dir; print(builtin_dir('gemma-3-270m'))" &&
    python3 -m sqltune prepare --data-dir "$W/data/spider" 2>&1 | tail -4 &&
    python3 -m sqltune prepare --config configs/recipe.yaml --model gemma-3-270m --dataset spider \
      --data-dir "$W/data/spider-recipe" 2>&1 | tail -4 ;;
  ddp)  # 270m, the same global batch (16 sequences) on 1 GPU (2 accumulation steps) and on 2 GPUs
    CUDA_VISIBLE_DEVICES=0 trn --data-dir "$W/data/spider" --output-dir "$W/runs/ddp1" --max-steps 60 \
      --gradient-accumulation-steps 2 --logging-steps 5 &&
    torchrun --nproc-per-node 2 -m sqltune train --data-dir "$W/data/spider" --output-dir "$W/runs/ddp2" \
      --max-steps 60 --save-strategy no --report-to none --logging-steps 5 &&
    for n in 1 2; do cp "$W/runs/ddp$n/sqltune.json" "$R/ddp$n.json"; cp "$W/runs/ddp$n/log_history.json" "$R/ddp$n.log_history.json"; done ;;
  fsdp)  # random gemma-3-12b text shape, LoRA on the 16-bit base: one GPU, then FSDP over two
    m=$(python3 benchmarks/train_speed.py --model random:gemma-3-12b --data-dir "$W/data/spider" --build-only | tail -1)
    f=(--model "$m" --quantization none --data-dir "$W/data/spider" --max-steps 12 --per-device-train-batch-size 2)
    CUDA_VISIBLE_DEVICES=0 trn "${f[@]}" --output-dir "$W/runs/fsdp1" && cp "$W/runs/fsdp1/sqltune.json" "$R/fsdp1.json"
    accelerate launch --config_file configs/accelerate/fsdp.yaml -m sqltune train "${f[@]}" --save-strategy no \
      --report-to none --output-dir "$W/runs/fsdp2" && cp "$W/runs/fsdp2/sqltune.json" "$R/fsdp2.json" ;;
  eval-shard)  # the carried default adapter: 1 process vs 2 under torchrun, same 486 questions
    for i in $(seq 120); do [ -e /tmp/device/adapter-default/sqltune.json ] && break; sleep 5; done  # the next call carries it
    a=$W/adapter-default; rm -rf "$a"; cp -r /tmp/device/adapter-default "$a" && cp "$SQLTUNE_CACHE"/models/gemma-3-270m/tokenizer* "$a"/ &&
    python3 -m sqltune merge --model "$a" &&
    CUDA_VISIBLE_DEVICES=0 ev --model "$a/merged" --limit 486 --out "$R/shard" --label one-gpu &&
    torchrun --nproc-per-node 2 -m sqltune evaluate --no-progress --batch-size 256 --model "$a/merged" --limit 486 \
      --out "$R/shard" --label two-gpus ;;
  speed-270m)
    python3 benchmarks/train_speed.py --model gemma-3-270m --data-dir "$W/data/spider-recipe" --out "$R" ;;
  speed-1b)
    python3 benchmarks/train_speed.py --model random:gemma-3-1b --data-dir "$W/data/spider-recipe" --out "$R" \
      --runs recipe,sqltune-sdpa+liger,sqltune --steps-scale 0.5 --no-kernel-check ;;
  default)  # the README's GPU run: default recipe, 3 epochs of Spider train, then Spider dev
    python3 -m sqltune train --data-dir "$W/data/spider" --output-dir "$W/runs/default" --logging-steps 25 \
      --save-strategy no &&
    cp "$W/runs/default/sqltune.json" "$R/default.train.json" &&
    python3 -m sqltune merge --model "$W/runs/default" &&
    ev --model "$W/runs/default/merged" --out "$R/dev" --label greedy &&
    ev --model "$W/runs/default/merged" --num-candidates 4 --out "$R/dev" --label beam4 &&
    ev --model "$W/runs/default/merged" --num-candidates 8 --batch-size 128 --out "$R/dev" --label beam8 &&
    ev --model "$W/runs/default/merged" --limit 100 --batch-size 1 --out "$R/gen" --label one-by-one &&
    ev --model "$W/runs/default/merged" --limit 100 --batch-size 100 --out "$R/gen" --label batched ;;
  profile)  # where the default step's time goes, at 8 and 16 sequences a step (tables only; traces stay there)
    for b in 8 16; do python3 benchmarks/profile_step.py --model gemma-3-270m --data-dir "$W/data/spider" \
      --set per_device_train_batch_size=$b --out "$W/profile-b$b" > /dev/null &&
      mkdir -p "$R/profile-b$b" && cp "$W/profile-b$b"/*.txt "$W/profile-b$b/summary.json" "$R/profile-b$b/"; done ;;
  default-b16)  # the same with 16 sequences a step (89.8x the recipe's tokens/s): does accuracy hold?
    python3 -m sqltune train --data-dir "$W/data/spider" --output-dir "$W/runs/default-b16" --logging-steps 25 \
      --save-strategy no --per-device-train-batch-size 16 &&
    cp "$W/runs/default-b16/sqltune.json" "$R/default-b16.train.json" &&
    python3 -m sqltune merge --model "$W/runs/default-b16" &&
    ev --model "$W/runs/default-b16/merged" --out "$R/dev" --label b16-greedy &&
    ev --model "$W/runs/default-b16/merged" --num-candidates 8 --batch-size 128 --out "$R/dev" --label b16-beam8 ;;
  selfcorrect)  # the default run's model (trained here first when this machine has none)
    [ -e "$W/runs/default/merged/config.json" ] || { python3 -m sqltune train --data-dir "$W/data/spider" \
      --output-dir "$W/runs/default" --save-strategy no && python3 -m sqltune merge --model "$W/runs/default"; }
    ev --model "$W/runs/default/merged" --num-candidates 4 --self-correct --out "$R/dev" --label beam4-selfcorrect ;;
  *) echo "unknown job $job"; exit 2 ;;
esac
rc=$?
echo "exit $rc"
touch "$W/$name.done"
