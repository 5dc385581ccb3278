"""Training speed: the reference recipe vs sqltune's default, same model, same data, one GPU, one run.

    python benchmarks/train_speed.py --model gemma-3-270m --runs recipe,sqltune
    python benchmarks/train_speed.py --model gemma-3-270m                       # every lever of RUNS, one by one
    python benchmarks/train_speed.py --model gemma-3-270m --runs levers --no-kernel-check   # issue #16's levers
    python benchmarks/train_speed.py --model random:gemma-3-1b --runs recipe,sqltune-sdpa+liger,sqltune \
        --steps-scale 0.5 --no-kernel-check                                     # gemma-3-1b's shape, random weights

Both configs train on the same prepared data: --data-dir (default data/spider-recipe, made on first use with
`sqltune prepare --config configs/recipe.yaml --model gemma-3-270m --dataset spider`). For each config it trains a fixed number of optimizer steps and reports, after warm-up: non-padding tokens
trained per second, optimizer steps/s, peak GPU memory, an MFU estimate (6 x parameters x tokens/s over the
card's bf16 peak), the adapter's size on disk, and the answer-only loss on the same held-out rows after
training (so speed is never bought with a different objective). Ratios are to the reference config.
Writes runs/benchmarks/train_speed-<model>.json (--out folder) and prints a table.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

PEAK_BF16 = {"H200": 989e12, "H100": 989e12, "A100": 312e12}  # dense bf16 FLOP/s per card, data sheet

# The default until 2026-12-03 (16 sequences a step, eager layers with Liger's kernels, TRL's per-step metrics):
# the levers below were measured against it, so each row spells it out and keeps its meaning as the default moves.
BEFORE = {"per_device_train_batch_size": 16, "learning_rate": 4e-4, "compile": "none", "lazy_metrics": False,
          "use_liger_kernel": True}
RUNS = {
    # name: (config file, overrides). sqltune = configs/default.yaml as shipped; the -sdpa rows are the same
    # recipe with the attention that builds a dense block mask over the whole packed batch, without and with Liger.
    "recipe": ("configs/recipe.yaml", {}),
    "sqltune-sdpa": ("configs/default.yaml", {**BEFORE, "attn_implementation": "sdpa", "use_liger_kernel": False}),
    "sqltune-sdpa+liger": ("configs/default.yaml", {**BEFORE, "attn_implementation": "sdpa", "use_liger_kernel": True}),
    "sqltune-varlen": ("configs/default.yaml", {**BEFORE, "use_liger_kernel": False}),
    "sqltune": ("configs/default.yaml", {}),
    "sqltune-until-2026-12-03": ("configs/default.yaml", dict(BEFORE)),
    "sqltune-batch16": ("configs/default.yaml", {**BEFORE, "per_device_train_batch_size": 16}),
    "sqltune-r128": ("configs/default.yaml", {**BEFORE, "lora_r": 128, "lora_alpha": 256}),  # the held-out study's next rank
    "sqltune@recipe-shape": ("configs/default.yaml", {**BEFORE, "per_device_train_batch_size": 1,
                                                     "gradient_accumulation_steps": 4, "max_length": 512}),
    # Issue #16's levers, each alone on top of the default, then together (with and without Liger: compiled
    # layers get inductor's own fused RMSNorm/GeGLU, so Liger's kernels may no longer pay).
    "sqltune-nodrop": ("configs/default.yaml", {**BEFORE, "lora_dropout": 0.0}),
    "sqltune-bf16lora": ("configs/default.yaml", {**BEFORE, "lora_dtype": "bfloat16"}),
    "sqltune-compile": ("configs/default.yaml", {**BEFORE, "compile": "layers"}),
    "sqltune-compile-noliger": ("configs/default.yaml", {**BEFORE, "compile": "layers", "use_liger_kernel": False}),
    "sqltune-nodrop+bf16lora": ("configs/default.yaml", {**BEFORE, "lora_dropout": 0.0, "lora_dtype": "bfloat16"}),
    "sqltune-all": ("configs/default.yaml", {**BEFORE, "lora_dropout": 0.0, "lora_dtype": "bfloat16", "compile": "layers"}),
    "sqltune-all-noliger": ("configs/default.yaml", {**BEFORE, "lora_dropout": 0.0, "lora_dtype": "bfloat16",
                                                    "compile": "layers", "use_liger_kernel": False}),
    # No reads from the GPU inside a step (sqltune/trainer.py), alone, with compiled layers, with 32 sequences a
    # step (the host's share of a step halves per token).
    "sqltune-lazy": ("configs/default.yaml", {**BEFORE, "lazy_metrics": True}),
    "sqltune-lazy-compile": ("configs/default.yaml", {**BEFORE, "lazy_metrics": True, "compile": "layers"}),
    "sqltune-b32": ("configs/default.yaml", {**BEFORE, "per_device_train_batch_size": 32}),
    "sqltune-lazy-b32": ("configs/default.yaml", {**BEFORE, "lazy_metrics": True, "per_device_train_batch_size": 32}),
    "sqltune-lazy-b32-compile": ("configs/default.yaml", {**BEFORE, "lazy_metrics": True, "per_device_train_batch_size": 32,
                                                          "compile": "layers"}),
    "sqltune-lazy-b32-compile-noliger": ("configs/default.yaml", {**BEFORE, "lazy_metrics": True, "compile": "layers",
                                                                  "per_device_train_batch_size": 32,
                                                                  "use_liger_kernel": False}),
    "sqltune-lazy-compile-noliger": ("configs/default.yaml", {**BEFORE, "lazy_metrics": True, "compile": "layers",
                                                              "use_liger_kernel": False}),
    "sqltune-lazy-b48-compile": ("configs/default.yaml", {**BEFORE, "lazy_metrics": True, "per_device_train_batch_size": 48,
                                                          "compile": "layers"}),
}
STEPS = {"recipe": 30, "sqltune-batch16": 30, "sqltune@recipe-shape": 30}  # others: 40
LEVERS = ["recipe", "sqltune", "sqltune-nodrop", "sqltune-bf16lora", "sqltune-nodrop+bf16lora", "sqltune-compile",
          "sqltune-compile-noliger", "sqltune-all", "sqltune-all-noliger"]  # --runs levers


def random_model(name: str) -> str:
    """A random-initialised Gemma 3 with the shape of `name` (speed does not need real weights)."""
    import torch
    from transformers import AutoModelForCausalLM, Gemma3TextConfig

    from sqltune.models import MARKER, builtin_dir, load_tokenizer_from
    from sqltune.paths import cache_dir

    shapes = {"gemma-3-1b": dict(hidden_size=1152, intermediate_size=6912, num_hidden_layers=26,
                                 num_attention_heads=4, num_key_value_heads=1, head_dim=256,
                                 query_pre_attn_scalar=256, sliding_window=512),
              # the text part of gemma-3-12b (an image-text model; the vision tower does not change training speed)
              "gemma-3-12b": dict(hidden_size=3840, intermediate_size=15360, num_hidden_layers=48,
                                  num_attention_heads=16, num_key_value_heads=8, head_dim=256,
                                  query_pre_attn_scalar=256, sliding_window=1024)}
    target = cache_dir() / "models" / f"random-{name}"
    if (target / MARKER).is_file():
        return str(target)
    tok = load_tokenizer_from(builtin_dir("gemma-3-270m"))
    n = shapes[name]["num_hidden_layers"]
    config = Gemma3TextConfig(vocab_size=len(tok), max_position_embeddings=32768, rope_theta=1_000_000.0,
                              layer_types=["full_attention" if (i + 1) % 6 == 0 else "sliding_attention"
                                           for i in range(n)], tie_word_embeddings=True, **shapes[name])
    torch.manual_seed(0)
    with torch.device("cuda" if torch.cuda.is_available() else "cpu"):  # 12B random weights: seconds on a GPU
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    target.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(target, max_shard_size="5GB")
    tok.save_pretrained(target)
    (target / MARKER).write_text(json.dumps({"kind": "base", "source": f"random {name} shape"}))
    return str(target)


def ensure_data(data_dir: Path) -> None:
    """Spider prepared with the recipe's settings (the data both configs train on), once."""
    if (data_dir / "train.jsonl").is_file():
        return
    import subprocess

    cmd = [sys.executable, "-m", "sqltune", "prepare", "--config", str(ROOT / "configs/recipe.yaml"),
           "--model", "gemma-3-270m", "--dataset", "spider", "--data-dir", str(data_dir)]
    print("$ " + " ".join(cmd[1:]), flush=True)
    subprocess.run(cmd, check=True)


def answer_loss(model, tokenizer, rows: list[dict], batch_size: int = 16) -> float:
    """Mean loss on the SQL tokens (and end of turn) of held-out rows: comparable across objectives."""
    import torch

    model.eval()
    total, count = 0.0, 0
    for start in range(0, len(rows), batch_size):
        for row in rows[start:start + batch_size]:
            msgs = row["messages"]
            prompt = tokenizer.apply_chat_template(msgs[:1], add_generation_prompt=True, tokenize=True,
                                                   return_dict=True)["input_ids"]
            full = tokenizer.apply_chat_template(msgs, tokenize=True, return_dict=True)["input_ids"]
            ids = torch.tensor([full], device=model.device)
            labels = ids.clone()
            labels[0, :len(prompt)] = -100
            # Eager whatever the run trained with (--compile): every config's loss through the same code, and no
            # compiling for each new row length.
            with torch.no_grad(), torch.compiler.set_stance("force_eager"):
                out = model(input_ids=ids, labels=labels, use_cache=False)
            n = int((labels[0, 1:] != -100).sum())
            total += out.loss.float().item() * n
            count += n
    model.train()
    return total / max(count, 1)


def kernel_check(model: str, data_dir: str) -> dict:
    """The varlen kernel against sdpa's dense block mask on the same packed batch of the base model (bf16):
    the largest logit difference and each example's answer loss both ways."""
    import torch
    import torch.nn.functional as F

    from sqltune.config import make_config
    from sqltune.train import build_trainer

    losses, logits = {}, {}
    for attn in ("varlen", "sdpa"):
        cfg = make_config(ROOT / "configs/default.yaml", {"model": model, "data_dir": data_dir, "report_to": "none",
                                                          "attn_implementation": attn, "tokenizer": None,
                                                          "output_dir": "/tmp/sqltune-kernel-check"})
        trainer = build_trainer(cfg, Path(data_dir) / "train.jsonl")
        batch = trainer._prepare_inputs(trainer.data_collator([trainer.train_dataset[i] for i in range(8)]))
        model_ = trainer.model.eval()
        with torch.no_grad():
            out = model_(**{k: v for k, v in batch.items() if k != "labels"}).logits.float()
        labels = batch["labels"][:, 1:]
        per_token = F.cross_entropy(out[:, :-1].transpose(1, 2), labels.clamp(min=0), reduction="none")
        per_token = torch.where(labels != -100, per_token, 0.0)[0]
        bounds = batch["cu_seq_lens_q"].tolist()
        losses[attn] = [float(per_token[a:b - 1].sum()) for a, b in zip(bounds[:-1], bounds[1:])]
        logits[attn] = out[0, :, :2048].cpu()  # a slice of the vocabulary is enough to compare
        del trainer, model_
        torch.cuda.empty_cache()
    diff = [abs(a - b) / max(abs(b), 1e-6) for a, b in zip(losses["varlen"], losses["sdpa"])]
    return {"examples": len(diff), "tokens": int(logits["sdpa"].shape[0]),
            "max_abs_logit_diff": float((logits["varlen"] - logits["sdpa"]).abs().max()),
            "max_rel_example_loss_diff": max(diff), "mean_rel_example_loss_diff": sum(diff) / len(diff)}


def run_one(name: str, model: str, data_dir: str, out_root: Path, steps: int, held_out: list[dict]) -> dict:
    import torch
    from torch._dynamo.utils import counters

    from sqltune.config import make_config
    from sqltune.models import parameter_count
    from sqltune.train import SpeedMeter, build_trainer, cast_adapter

    cfg_file, overrides = RUNS[name]
    out_dir = out_root / name
    cfg = make_config(ROOT / cfg_file, {**overrides, "model": model, "data_dir": data_dir,
                                         "output_dir": str(out_dir), "max_steps": steps, "save_strategy": "no",
                                         "report_to": "none", "logging_steps": 10, "tokenizer": None})
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    # Each run compiles afresh: code compiled by an earlier run would count against dynamo's recompile limit
    # (past it a layer silently runs eagerly) and would spare this run its compile time.
    torch._dynamo.reset()
    counters.clear()
    trainer = build_trainer(cfg, Path(data_dir) / "train.jsonl")
    meter = SpeedMeter(warmup_steps=5)
    trainer.add_callback(meter)
    t0 = time.perf_counter()
    stats = trainer.train()
    wall = time.perf_counter() - t0
    compiled = ({"graphs": counters["stats"]["unique_graphs"], "graph_breaks": sum(counters["graph_break"].values()),
                 "break_reasons": dict(counters["graph_break"].most_common(3))} if trainer.compiled_layers else None)
    speed = meter.summary()
    trainer.save_model(str(out_dir))
    cast_adapter(out_dir / "adapter_model.safetensors", cfg.adapter_dtype)  # the file `sqltune train` writes
    adapter_mb = sum(f.stat().st_size for f in out_dir.glob("adapter_model*")) / 1e6
    loss = answer_loss(trainer.model, trainer.processing_class, held_out)
    params = parameter_count(model)
    card = torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu"
    peak = next((v for k, v in PEAK_BF16.items() if k in card), None)
    result = {"config": name, "steps": steps, "wall_s": wall, **speed, "adapter_mb": adapter_mb,
              "held_out_answer_loss": loss, "train_loss": stats.training_loss, "params": params, "compiled": compiled,
              "mfu": 6 * params * speed["tokens_per_s"] / peak if peak and speed.get("tokens_per_s") else None,
              "settings": {k: v for k, v in dataclasses.asdict(cfg).items()
                           if k in ("quantization", "attn_implementation", "packing_strategy", "max_length",
                                    "per_device_train_batch_size", "gradient_accumulation_steps",
                                    "gradient_checkpointing", "completion_only_loss", "modules_to_save",
                                    "use_liger_kernel", "lora_r", "lora_dropout", "lora_dtype", "compile",
                                    "lazy_metrics")},
              "resolved": {"compiled_layers": trainer.compiled_layers, "liger_kernel": trainer.args.use_liger_kernel}}
    del trainer
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="gemma-3-270m", help="a model name, or random:gemma-3-1b")
    p.add_argument("--data-dir", default="data/spider-recipe",
                   help="prepared data (train.jsonl, test.jsonl); prepared with the recipe's settings if missing")
    p.add_argument("--runs", default=",".join(RUNS),
                   help="comma-separated names of RUNS, or 'levers': " + ",".join(LEVERS))
    p.add_argument("--kernel-check", action=argparse.BooleanOptionalAction, default=True,
                   help="first compare the varlen kernel with sdpa on one packed batch (CUDA)")
    p.add_argument("--steps-scale", type=float, default=1.0, help="multiply every run's step count")
    p.add_argument("--held-out", type=int, default=128, help="test rows for the answer-only loss")
    p.add_argument("--out", default=str(ROOT / "runs" / "benchmarks"), help="folder for the JSON results")
    p.add_argument("--steps", type=int, help="the same step count for every run (smoke tests)")
    p.add_argument("--build-only", action="store_true", help="only build the random:<shape> model, print its path")
    args = p.parse_args()
    names = LEVERS if args.runs == "levers" else args.runs.split(",")
    unknown = [n for n in names if n not in RUNS]
    if unknown:
        p.error(f"--runs: unknown run(s) {', '.join(unknown)} (choose from {', '.join(RUNS)} or 'levers')")
    if args.build_only:
        print(random_model(args.model.split(":", 1)[1]))
        return

    import torch
    import transformers
    import trl

    model = random_model(args.model.split(":", 1)[1]) if args.model.startswith("random:") else args.model
    ensure_data(Path(args.data_dir))
    test = [json.loads(line) for line in open(Path(args.data_dir) / "test.jsonl")][:args.held_out]
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / "sqltune-speed"
    results = []
    check = kernel_check(model, args.data_dir) if args.kernel_check and torch.cuda.is_available() else None
    if check:
        print(json.dumps({"kernel_check": check}), flush=True)
    for name in names:
        steps = args.steps or max(8, int(STEPS.get(name, 40) * args.steps_scale))
        try:
            results.append(run_one(name, model, args.data_dir, scratch, steps, test))
        except Exception as e:  # one failing lever (e.g. a kernel missing) must not lose the others
            results.append({"config": name, "error": f"{type(e).__name__}: {e}"[:500]})
        print(json.dumps(results[-1]), flush=True)
    ref = next((r for r in results if r["config"] == "recipe" and "tokens_per_s" in r), None)
    print(f"\n{'config':<26}{'tokens/s':>10}{'x ref':>7}{'steps/s':>9}{'peak GB':>9}{'x ref':>7}"
          f"{'MFU':>7}{'adapter MB':>12}{'x ref':>8}{'answer loss':>13}")
    for r in results:
        if "error" in r:
            print(f"{r['config']:<26} failed: {r['error'][:80]}")
            continue

        def ratio(key, r=r):
            return f"{r[key] / ref[key]:.2f}" if ref and r.get(key) and ref.get(key) else "-"

        print(f"{r['config']:<26}{r['tokens_per_s']:>10,.0f}{ratio('tokens_per_s'):>7}{r['steps_per_s']:>9.2f}"
              f"{r.get('peak_memory_gb', 0):>9.2f}{ratio('peak_memory_gb'):>7}"
              f"{(r['mfu'] or 0) * 100:>6.1f}%{r['adapter_mb']:>12.1f}{ratio('adapter_mb'):>8}"
              f"{r['held_out_answer_loss']:>13.4f}")
    record = {"model": args.model, "card": torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu", "date": time.strftime("%Y-%m-%d"),
              "versions": {"torch": torch.__version__, "transformers": transformers.__version__,
                           "trl": trl.__version__}, "command": " ".join(sys.argv), "kernel_check": check,
              "results": results}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"train_speed-{args.model.replace(':', '-')}.json").write_text(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
