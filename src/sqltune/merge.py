"""Merge a trained adapter into its base model, saved in 16-bit safetensors that serving engines load.

The base is reloaded in 16-bit (never merged into the 4-bit base, which would bake quantization error into
the weights). The merged folder holds the model (shards of at most --max-shard-size), the tokenizer with its
chat template, a generation config that stops at <end_of_turn>, and sqltune.json. Before it is kept, the
merged model's logits are checked against base+adapter on a sample prompt.
"""

from __future__ import annotations

import json
from pathlib import Path

from .config import INHERITED, Config
from .errors import SqltuneError
from .paths import check_output_dir

CONFIG_GROUPS = ("model", "merge")
# How far the merged model's logits may be from base+adapter's: |got - expected| / |expected| over the vocabulary,
# at the worst position of the sample prompt. 16-bit rounding of the merged weights gave 3.4 % for the shipped
# model and 9 % for the quickstart's 8-step CPU training (one outlier logit can move by 9 % of the largest logit,
# which a check on the largest difference took for a defect); a lost adapter or lm_head gives 100 % or more.
MAX_DISAGREEMENT = 0.2


def logit_disagreement(got, expected) -> float:
    """The worst position's relative L2 distance between two [.., positions, vocab] logit tensors."""
    return ((got - expected).norm(dim=-1) / expected.norm(dim=-1).clamp_min(1e-6)).max().item()


def add_arguments(parser) -> None:
    parser.epilog = "example: sqltune merge --model runs/demo            (writes runs/demo/merged)"
    parser.add_argument("--overwrite", action="store_true",
                        help="Replace the merged folder even when it holds other files. Without it, only an empty "
                        "folder or an earlier merge output (sqltune.json of kind merged) is replaced.")


def main(cfg: Config, args=None) -> int:
    from .models import describe

    info = describe(cfg.model)
    if info["kind"] != "adapter":
        raise SqltuneError(f"--model must be a training output with an adapter; {cfg.model} is a {info['kind']} "
                           "model")
    target = Path(cfg.merged_dir or Path(info["path"]) / "merged")
    adapter = Path(info["path"]).resolve()
    if adapter == target.resolve() or adapter.is_relative_to(target.resolve()):
        raise SqltuneError(f"--merged-dir {target} would replace the adapter folder being merged; choose another "
                           "--merged-dir (the default is <model>/merged)")
    overwrite = bool(getattr(args, "overwrite", False))
    check_output_dir(target, (), overwrite or _merged_before(target), "--merged-dir")  # before minutes of work
    rel = merge(cfg, info, target, overwrite)
    print(f"sqltune merge: merged model saved to {target} (its logits differ from base+adapter's by {rel:.2%} at "
          "worst)")
    return 0


def merge(cfg: Config, info: dict, target: Path, overwrite: bool = False) -> float:
    import dataclasses

    import torch
    from peft import PeftModel

    from .lora_merge import check_weights
    from .models import END_OF_TURN, MARKER, NO_HUB_KERNELS, load_base, load_tokenizer
    from .paths import atomic_dir

    dtype = torch.bfloat16 if cfg.dtype == "auto" else getattr(torch, cfg.dtype)
    if dtype == torch.float32:
        dtype = torch.bfloat16  # the product of merge is a 16-bit model
    base_cfg = dataclasses.replace(cfg, model=info["base_model"], dtype=str(dtype).removeprefix("torch."),
                                   device_map="cpu" if not torch.cuda.is_available() else cfg.device_map)
    tokenizer = load_tokenizer(dataclasses.replace(cfg, model=info["path"]))
    check_weights(info["path"])  # (a damaged file: one clear line, not peft's traceback)
    model = PeftModel.from_pretrained(load_base(base_cfg, quantize=False), info["path"])
    model.eval()
    sample = tokenizer.apply_chat_template([{"role": "user", "content": "How many singers are there?"}],
                                           add_generation_prompt=True, return_tensors="pt", return_dict=True)
    sample = {k: v.to(model.device) for k, v in sample.items()}
    with torch.no_grad():
        expected = model(**sample).logits.float()
    merged = model.merge_and_unload()
    _untie_if_trained_apart(merged)

    with atomic_dir(target, overwrite or _merged_before(target), (), "--merged-dir") as tmp:
        merged.generation_config.eos_token_id = [tokenizer.eos_token_id, END_OF_TURN]
        merged.generation_config.pad_token_id = tokenizer.pad_token_id
        merged.save_pretrained(tmp, safe_serialization=True, max_shard_size=cfg.max_shard_size)
        tokenizer.save_pretrained(tmp)
        reloaded = type(merged).from_pretrained(tmp, dtype=dtype, device_map=base_cfg.device_map,
                                                **NO_HUB_KERNELS)
        with torch.no_grad():
            got = reloaded(**sample).logits.float()
        diff = (got - expected).abs().max().item()
        rel = logit_disagreement(got, expected)
        if rel > MAX_DISAGREEMENT:
            raise SqltuneError(f"merged model disagrees with base+adapter: its logits differ by {rel:.0%} of their "
                               f"size at worst (16-bit rounding gives under 10 %; max |logit diff| {diff:.3g}); "
                               "nothing was written")
        adapter_meta = json.loads((Path(info["path"]) / MARKER).read_text()) if (Path(info["path"]) / MARKER).is_file() else {}
        meta = {**{k: adapter_meta.get(k) for k in INHERITED},
                "kind": "merged", "base_model": info["base_model"], "adapter": str(Path(info["path"]).resolve()),
                "max_logit_diff": diff, "logit_disagreement": rel}
        (tmp / MARKER).write_text(json.dumps(meta, indent=2))
    return rel


def _merged_before(target: Path) -> bool:
    """Whether `target` is an earlier merge output (replaced without --overwrite; an adapter folder is not)."""
    from .models import MARKER

    try:
        return json.loads((target / MARKER).read_text(encoding="utf-8")).get("kind") == "merged"
    except (OSError, ValueError, AttributeError):
        return False


def _untie_if_trained_apart(model) -> None:
    """The tied-embedding trap: with embed_tokens and lm_head in modules_to_save, training moves the two
    copies apart, but a tied config would save only the embedding and silently drop the trained lm_head."""
    inp, out = model.get_input_embeddings(), model.get_output_embeddings()
    if out is None or inp.weight is out.weight:
        return
    if getattr(model.config, "tie_word_embeddings", False) or getattr(
            model.config.get_text_config(), "tie_word_embeddings", False):
        model.config.tie_word_embeddings = False
        model.config.get_text_config().tie_word_embeddings = False
