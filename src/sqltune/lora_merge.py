"""A plain LoRA adapter merged into its base model for decoding without importing peft.

Decoding merges the adapter it loads (a token then runs the base model's matmuls and none of peft's Python). peft
does that merge well, but importing it costs each decoding process seconds of start-up (on an H100 host 9.4 s
with what it pulls in, 3.6 s of it bitsandbytes, which decoding never uses: docs/BENCHMARKS.md). For the
adapters `sqltune train` writes (LoRA on linear layers, nothing else) the merge is one line a layer, and it is
done here with peft's own arithmetic in peft's own dtypes (its `get_delta_weight` and unsafe `merge`, after
`PeftModel.from_pretrained` has cast 16-bit adapter weights to float32), so the merged weights are the same to the
bit (tests/test_lora_merge.py). Any other adapter (DoRA, per-module ranks, saved modules, biases, embeddings, ...)
goes to peft.
"""

from __future__ import annotations

import contextlib
import json
import math
from pathlib import Path
from typing import Any

PREFIX = "base_model.model."
# adapter_config.json values under which the adapter is plain LoRA on linear layers (an absent key counts as its
# value here); keys in NO_EFFECT do not change what a merge computes; any other key set to anything but an
# empty value sends the adapter to peft (a variant this module does not know)
PLAIN = {"peft_type": "LORA", "use_dora": False, "bias": "none", "lora_bias": False, "fan_in_fan_out": False}
NO_EFFECT = {"r", "lora_alpha", "use_rslora", "target_modules", "exclude_modules", "lora_dropout", "task_type",
             "base_model_name_or_path", "revision", "inference_mode", "init_lora_weights", "layers_to_transform",
             "layers_pattern", "loftq_config", "eva_config", "corda_config", "lora_ga_config", "kasa_config",
             "monteclora_config", "megatron_core", "peft_version", "auto_mapping", "qalora_group_size",
             "ensure_weight_tying"}


def plain_lora(folder: str | Path) -> dict[str, Any] | None:
    """{'scaling', 'weights': {module name: (A, B)}} of an adapter folder that holds plain LoRA on linear
    layers in adapter_model.safetensors; None for anything else (left to peft)."""
    folder = Path(folder)
    config_file, weights_file = folder / "adapter_config.json", folder / "adapter_model.safetensors"
    if not (config_file.is_file() and weights_file.is_file()):
        return None
    config = json.loads(config_file.read_text())
    if any(config.get(k, v) != v for k, v in PLAIN.items()):
        return None
    if any(v not in (None, False, {}, [], "") for k, v in config.items() if k not in PLAIN and k not in NO_EFFECT):
        return None
    from safetensors.torch import load_file

    with _readable(weights_file):
        tensors = load_file(str(weights_file))
    r, alpha = config["r"], config["lora_alpha"]
    pairs: dict[str, dict[str, Any]] = {}
    for key, tensor in tensors.items():
        if not key.startswith(PREFIX) or not key.endswith((".lora_A.weight", ".lora_B.weight")):
            return None  # (any other tensor: something peft must load)
        module, _, kind = key[len(PREFIX):-len(".weight")].rpartition(".")
        pairs.setdefault(module, {})[kind] = tensor
    if not pairs or any(set(p) != {"lora_A", "lora_B"} for p in pairs.values()):
        return None
    scaling = alpha / math.sqrt(r) if config.get("use_rslora") else alpha / r
    return {"scaling": scaling, "weights": {m: (p["lora_A"], p["lora_B"]) for m, p in pairs.items()}}


def check_weights(folder: str | Path) -> None:
    """One clear error where an adapter folder's adapter_model.safetensors cannot be read (its header, and the
    file as long as the header says), before peft loads it: peft's own is a traceback."""
    weights_file = Path(folder) / "adapter_model.safetensors"
    if weights_file.is_file():
        from safetensors import safe_open

        with _readable(weights_file), safe_open(str(weights_file), framework="pt") as f:
            f.keys()


@contextlib.contextmanager
def _readable(weights_file: Path):
    """Turns safetensors' error on `weights_file` into one SqltuneError line that names the file."""
    from safetensors import SafetensorError

    try:
        yield
    except SafetensorError as e:
        from .errors import SqltuneError

        raise SqltuneError(f"cannot read the adapter's weights {weights_file} ({e}): the file is damaged or "
                           "incomplete; copy it again, or train the adapter again") from None


def merge_into(model, adapter: dict[str, Any]) -> bool:
    """Adds each layer's B @ A x scaling to its weight, in place; False (the model unchanged) where a named
    module is not a linear layer of the model, the shapes disagree, the layer's weight is the input
    embeddings' (a tied output layer: merging there would change both, which sqltune merge keeps apart), or
    the weight is not in memory (a layer offloaded to disk sits on the meta device, where an add does nothing)."""
    import torch

    modules = dict(model.named_modules())
    embeddings = getattr(model.get_input_embeddings(), "weight", None)
    layers = []
    for name, (a, b) in adapter["weights"].items():
        layer = modules.get(name)
        if not isinstance(layer, torch.nn.Linear) or tuple(layer.weight.shape) != (b.shape[0], a.shape[1]) \
                or layer.weight is embeddings or layer.weight.device.type == "meta":
            return False
        layers.append((layer, a, b))
    with torch.no_grad():
        for layer, a, b in layers:
            w = layer.weight
            # peft's load casts 16-bit adapter weights to float32 (autocast_adapter_dtype); its merge adds
            # (B @ A) x scaling to the weight in place
            a, b = (t.to(device=w.device, dtype=torch.float32 if t.dtype in (torch.float16, torch.bfloat16)
                                                  else t.dtype) for t in (a, b))
            w.data += (b @ a) * adapter["scaling"]
    return True
