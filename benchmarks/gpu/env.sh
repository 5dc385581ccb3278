# Sourced at the start of every GPU call (after `source .device/recv.sh`, see ../../docs/BENCHMARKS.md):
# the checkout's code, the carried GGUF as the built-in model, and scratch space that lasts while the
# machine stays warm.
export PYTHONPATH=$PWD/src${PYTHONPATH:+:$PYTHONPATH}
export SQLTUNE_GGUF=${DEVICE_GGUF:-/tmp/device/model.gguf}
export SQLTUNE_CACHE=/tmp/sqltune-cache
export HF_HUB_OFFLINE=1 TOKENIZERS_PARALLELISM=false PYTHONUNBUFFERED=1
export W=/tmp/work
mkdir -p "$W"
