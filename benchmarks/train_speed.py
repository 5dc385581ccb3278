"""Training speed: the reference recipe vs sqltune's default, same model, same data, one GPU, one run.

    python benchmarks/train_speed.py --data-dir data/spider-recipe --model gemma-3-270m
    python benchmarks/train_speed.py --data-dir data/spider-recipe --model random:gemma-3-1b --steps-scale 0.5

For each config it trains a fixed number of optimizer steps and reports, after warm-up: non-padding tokens
trained per second, optimizer steps/s, peak GPU memory, an MFU estimate (6 x parameters x tokens/s over the
card's bf16 peak), the adapter's size on disk, and the answer-only loss on the same held-out rows after
training (so speed is never bought with a different objective). Ratios are to the reference config.
Results: benchmarks/results/train_speed-<model>.json (and a table on stdout).
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

RUNS = {
    # name: (config file, overrides)
    "recipe": ("configs/recipe.yaml", {}),
    "sqltune": ("configs/default.yaml", {}),
    "sqltune+liger": ("configs/default.yaml", {"use_liger_kernel": True}),
    "sqltune@recipe-shape": ("configs/default.yaml", {"per_device_train_batch_size": 1,
                                                     "gradient_accumulation_steps": 4, "max_length": 512}),
}
STEPS = {"recipe": 30, "sqltune": 40, "sqltune+liger": 40, "sqltune@recipe-shape": 30}


def random_model(name: str) -> str:
    """A random-initialised Gemma 3 with the shape of `name` (speed does not need real weights)."""
    import torch
    from transformers import AutoModelForCausalLM, Gemma3TextConfig

    from sqltune.models import MARKER, builtin_dir, load_tokenizer_from
    from sqltune.paths import cache_dir

    shapes = {"gemma-3-1b": dict(hidden_size=1152, intermediate_size=6912, num_hidden_layers=26,
                                 num_attention_heads=4, num_key_value_heads=1, head_dim=256,
                                 query_pre_attn_scalar=256, sliding_window=512)}
    target = cache_dir() / "models" / f"random-{name}"
    if (target / MARKER).is_file():
        return str(target)
    tok = load_tokenizer_from(builtin_dir("gemma-3-270m"))
    n = shapes[name]["num_hidden_layers"]
    config = Gemma3TextConfig(vocab_size=len(tok), max_position_embeddings=32768, rope_theta=1_000_000.0,
                              layer_types=["full_attention" if (i + 1) % 6 == 0 else "sliding_attention"
                                           for i in range(n)], tie_word_embeddings=True, **shapes[name])
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    target.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(target)
    tok.save_pretrained(target)
    (target / MARKER).write_text(json.dumps({"kind": "base", "source": f"random {name} shape"}))
    return str(target)


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
            with torch.no_grad():
                out = model(input_ids=ids, labels=labels, use_cache=False)
            n = int((labels[0, 1:] != -100).sum())
            total += out.loss.float().item() * n
            count += n
    model.train()
    return total / max(count, 1)


def run_one(name: str, model: str, data_dir: str, out_root: Path, steps: int, held_out: list[dict]) -> dict:
    import torch

    from sqltune.config import make_config
    from sqltune.models import parameter_count
    from sqltune.train import SpeedMeter, build_trainer

    cfg_file, overrides = RUNS[name]
    out_dir = out_root / name
    cfg = make_config(ROOT / cfg_file, {**overrides, "model": model, "data_dir": data_dir,
                                         "output_dir": str(out_dir), "max_steps": steps, "save_strategy": "no",
                                         "report_to": "none", "logging_steps": 10, "tokenizer": None})
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats()
    trainer = build_trainer(cfg, Path(data_dir) / "train.jsonl")
    meter = SpeedMeter(warmup_steps=5)
    trainer.add_callback(meter)
    t0 = time.perf_counter()
    trainer.train()
    wall = time.perf_counter() - t0
    speed = meter.summary()
    trainer.save_model(str(out_dir))
    adapter_mb = sum(f.stat().st_size for f in out_dir.glob("adapter_model*")) / 1e6
    loss = answer_loss(trainer.model, trainer.processing_class, held_out)
    params = parameter_count(model)
    card = torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu"
    peak = next((v for k, v in PEAK_BF16.items() if k in card), None)
    result = {"config": name, "steps": steps, "wall_s": wall, **speed, "adapter_mb": adapter_mb,
              "held_out_answer_loss": loss, "params": params,
              "mfu": 6 * params * speed["tokens_per_s"] / peak if peak and speed.get("tokens_per_s") else None,
              "settings": {k: v for k, v in dataclasses.asdict(cfg).items()
                           if k in ("quantization", "attn_implementation", "packing_strategy", "max_length",
                                    "per_device_train_batch_size", "gradient_accumulation_steps",
                                    "gradient_checkpointing", "completion_only_loss", "modules_to_save",
                                    "use_liger_kernel", "lora_r")}}
    del trainer
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
    return result


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="gemma-3-270m", help="a model name, or random:gemma-3-1b")
    p.add_argument("--data-dir", required=True, help="prepared data (train.jsonl, test.jsonl)")
    p.add_argument("--runs", default="recipe,sqltune,sqltune+liger,sqltune@recipe-shape")
    p.add_argument("--steps-scale", type=float, default=1.0, help="multiply every run's step count")
    p.add_argument("--held-out", type=int, default=128, help="test rows for the answer-only loss")
    p.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    p.add_argument("--steps", type=int, help="the same step count for every run (smoke tests)")
    args = p.parse_args()

    import torch
    import transformers
    import trl

    model = random_model(args.model.split(":", 1)[1]) if args.model.startswith("random:") else args.model
    test = [json.loads(line) for line in open(Path(args.data_dir) / "test.jsonl")][:args.held_out]
    scratch = Path(os.environ.get("TMPDIR", "/tmp")) / "sqltune-speed"
    results = []
    for name in args.runs.split(","):
        steps = args.steps or max(8, int(STEPS[name] * args.steps_scale))
        try:
            results.append(run_one(name, model, args.data_dir, scratch, steps, test))
        except Exception as e:  # one failing lever (e.g. a kernel missing) must not lose the others
            results.append({"config": name, "error": f"{type(e).__name__}: {e}"[:500]})
        print(json.dumps(results[-1]), flush=True)
    ref = next((r for r in results if r["config"] == "recipe" and "tokens_per_s" in r), None)
    print(f"\n{'config':<22}{'tokens/s':>10}{'x ref':>7}{'steps/s':>9}{'peak GB':>9}{'x ref':>7}"
          f"{'MFU':>7}{'adapter MB':>12}{'x ref':>8}{'answer loss':>13}")
    for r in results:
        if "error" in r:
            print(f"{r['config']:<22} failed: {r['error'][:80]}")
            continue

        def ratio(key, r=r):
            return f"{r[key] / ref[key]:.2f}" if ref and r.get(key) and ref.get(key) else "-"

        print(f"{r['config']:<22}{r['tokens_per_s']:>10,.0f}{ratio('tokens_per_s'):>7}{r['steps_per_s']:>9.2f}"
              f"{r.get('peak_memory_gb', 0):>9.2f}{ratio('peak_memory_gb'):>7}"
              f"{(r['mfu'] or 0) * 100:>6.1f}%{r['adapter_mb']:>12.1f}{ratio('adapter_mb'):>8}"
              f"{r['held_out_answer_loss']:>13.4f}")
    record = {"model": args.model, "card": torch.cuda.get_device_name() if torch.cuda.is_available() else "cpu", "date": time.strftime("%Y-%m-%d"),
              "versions": {"torch": torch.__version__, "transformers": transformers.__version__,
                           "trl": trl.__version__}, "command": " ".join(sys.argv), "results": results}
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / f"train_speed-{args.model.replace(':', '-')}.json").write_text(json.dumps(record, indent=2))


if __name__ == "__main__":
    main()
