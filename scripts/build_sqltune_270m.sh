#!/usr/bin/env bash
# Rebuilds the shipped model src/sqltune/assets/sqltune-270m/ (the built-in `sqltune-270m`) from scratch: the
# default recipe on the bundled Spider train, gemma-3-270m base. Needs a GPU (a few minutes on one H200).
# Its sqltune.json says how it was trained (train_extra: the questions prepare added to Spider train; Spider-Syn
# train's by default since 2026-12-03, `--train-extra none` leaves them out). Run it after
# `SQLTUNE_TORCH=skip bash scripts/install.sh` on a GPU machine. Then score it as the model card says:
#   sqltune evaluate --model sqltune-270m [--test spider-syn] [--num-candidates 16 --batch-size 64]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH"
RUN=${RUN:-runs/sqltune-270m}
ASSET=src/sqltune/assets/sqltune-270m
sqltune prepare --data-dir data/spider
sqltune train --data-dir data/spider --output-dir "$RUN" --save-strategy no
cp "$RUN/adapter_model.safetensors" "$ASSET/"
python - "$RUN" "$ASSET" <<'PY'
import json, sys
run, asset = sys.argv[1:]
config = json.load(open(f"{run}/adapter_config.json"))
config["base_model_name_or_path"] = "gemma-3-270m"  # a name, not the builder's cache path
json.dump(config, open(f"{asset}/adapter_config.json", "w"), indent=2)
meta = json.load(open(f"{run}/sqltune.json"))
meta["train_extra"] = json.load(open(f"{run}/data_summary.json")).get("train_extra")  # what prepare added
meta.update(builtin="sqltune-270m", command=f"sqltune train --data-dir data/spider --output-dir {run} --save-strategy no")
open(f"{asset}/sqltune.json", "w").write(json.dumps(meta, indent=2) + "\n")
PY
echo "rebuilt $ASSET; update the figures in $ASSET/README.md after scoring it"
