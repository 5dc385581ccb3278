"""Where a training step's time goes: torch.profiler over a few optimizer steps of a config, after warm-up.

    sqltune prepare --data-dir data/spider
    python benchmarks/profile_step.py --model gemma-3-270m --data-dir data/spider --set per_device_train_batch_size=8 --out runs/profile-b8
    python benchmarks/profile_step.py --model gemma-3-270m --data-dir data/spider --set per_device_train_batch_size=16 --out runs/profile-b16

What it measures: where one optimizer step of a config (configs/default.yaml plus --set overrides) spends its
time, profiled with torch.profiler over --steps steps after --warmup. On an H200 the host (Python, kernel
launches), not the card, sets the pace at small batches (docs/BENCHMARKS.md); this says which work.
Prints the step's wall time, the time the GPU was busy in it, the kernels a step, and the top operators by
host and by device time; writes summary.json, by_host.txt, by_device.txt and a Chrome trace (trace.json, open
in chrome://tracing or ui.perfetto.dev) to --out (default runs/profile).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default="gemma-3-270m")
    p.add_argument("--data-dir", required=True)
    p.add_argument("--config", default=str(ROOT / "configs/default.yaml"))
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE", help="config overrides")
    p.add_argument("--warmup", type=int, default=5)
    p.add_argument("--steps", type=int, default=5, help="profiled optimizer steps")
    p.add_argument("--out", default="runs/profile")
    args = p.parse_args()

    import torch
    from torch.profiler import ProfilerActivity, profile
    from transformers import TrainerCallback

    from sqltune.config import make_config
    from sqltune.train import build_trainer

    overrides = dict(kv.split("=", 1) for kv in args.set)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    cfg = make_config(args.config, {**overrides, "model": args.model, "data_dir": args.data_dir, "tokenizer": None,
                                    "output_dir": str(out / "run"), "max_steps": args.warmup + args.steps,
                                    "save_strategy": "no", "report_to": "none"})
    trainer = build_trainer(cfg, Path(args.data_dir) / "train.jsonl")
    cuda = torch.cuda.is_available()
    prof = profile(activities=[ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if cuda else []))
    marks: dict[str, float] = {}

    class Window(TrainerCallback):
        def on_step_end(self, a, state, control, **kw):
            if state.global_step == args.warmup:
                if cuda:
                    torch.cuda.synchronize()
                marks["start"] = time.perf_counter()
                prof.start()
            elif state.global_step == args.warmup + args.steps:
                if cuda:
                    torch.cuda.synchronize()
                prof.stop()
                marks["end"] = time.perf_counter()

    trainer.add_callback(Window())
    trainer.train()
    wall = (marks["end"] - marks["start"]) / args.steps
    events = prof.key_averages()
    device_busy = sum(e.self_device_time_total for e in events) / 1e6 / args.steps if cuda else None
    by_host = events.table(sort_by="self_cpu_time_total", row_limit=25)
    by_device = events.table(sort_by="self_device_time_total", row_limit=25) if cuda else ""
    print(by_host)
    print(by_device)
    summary = {"config": cfg.to_dict(), "steps": args.steps, "wall_s_per_step": wall,
               "device_busy_s_per_step": device_busy, "card": torch.cuda.get_device_name() if cuda else "cpu",
               "kernels_per_step": (sum(e.count for e in events if e.device_type.name == "CUDA") / args.steps
                                    if cuda else None)}
    print(json.dumps({k: v for k, v in summary.items() if k != "config"}, indent=1))
    (out / "summary.json").write_text(json.dumps(summary, indent=1))
    (out / "by_host.txt").write_text(by_host)
    (out / "by_device.txt").write_text(by_device)
    prof.export_chrome_trace(str(out / "trace.json"))


if __name__ == "__main__":
    main()
