#!/usr/bin/env bash
# Creates .venv and installs sqltune with its dev tools. On a CPU-only machine torch comes as the CPU build;
# on a GPU machine install the CUDA build of torch first (https://pytorch.org) and pass SQLTUNE_TORCH=skip.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
if [ "${SQLTUNE_TORCH:-cpu}" = cpu ] && ! .venv/bin/python -c "import torch" 2>/dev/null; then
  .venv/bin/pip install -q torch==2.13.0   # the CPU build (an unpinned torch pulls several GB of CUDA)
fi
extras=dev
if .venv/bin/python -c "import torch, sys; sys.exit(0 if torch.cuda.is_available() else 1)" 2>/dev/null; then
  extras=dev,gpu   # Liger's fused kernels; training turns them on by itself where they run
fi
.venv/bin/pip install -q -e ".[$extras]"
