"""Seconds from a fresh process to a loaded generator: the adapter merged without peft against through peft.

    python benchmarks/load_time.py [--model sqltune-270m] [--runs 3] [--card cpu] [--result FILE]

Decoding merges an adapter into its base before the first question (`sqltune.models.load_for_inference`). A
plain LoRA adapter is merged by sqltune.lora_merge without importing peft (and the bitsandbytes peft imports);
the other way is peft's `PeftModel.from_pretrained(...).merge_and_unload()`, as before 2026-12-06. Each run is a
fresh Python process (imports are what differs), the two ways in turn, each timing
`sqltune.decoding.load_generator` under the default schema constraint, the tokenizer, the constraint's
vocabulary view and the move to the GPU included; then to the end of the output layer's first call (on a CPU
it waits for the screen's int8 copy, packed in a thread while the load goes on); and whether peft was imported.
Prints a table and writes the runs. On a GPU machine the model goes to the GPU as decoding puts it.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)

# one run, in a fresh process: prints "<seconds> <peft imported>"
RUN = """
import sys, time
from sqltune.config import make_config
from sqltune import decoding, lora_merge
cfg = make_config(None, {{"model": {model!r}, "constrain": "schema"}})
if {through_peft}:  # the way before sqltune.lora_merge: no adapter counts as plain, so peft loads and merges it
    lora_merge.plain_lora = lambda folder: None
t = time.perf_counter()
g = decoding.load_generator(cfg)
loaded = time.perf_counter() - t
import torch
head = g.model.lm_head  # its first call: on a CPU it waits for the screen's int8 copy, packed in a thread
with torch.no_grad():
    head(torch.zeros(1, 1, head.in_features, device=g.model.device, dtype=g.model.dtype))
print(round(loaded, 3), round(time.perf_counter() - t, 3), "peft" in sys.modules)
"""


def one_run(model: str, through_peft: bool) -> tuple[float, float, bool]:
    out = subprocess.run([sys.executable, "-c", RUN.format(model=model, through_peft=through_peft)],
                         capture_output=True, text=True, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"load_time.py: a run failed:\n{out.stderr[-2000:]}")
    seconds, ready, peft = out.stdout.split()[-3:]
    return float(seconds), float(ready), peft == "True"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="sqltune-270m", help="an adapter (default: the shipped one)")
    ap.add_argument("--runs", type=int, default=3, help="fresh processes each way, in turn")
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()

    runs = {"sqltune.lora_merge": [], "peft": []}
    for _ in range(args.runs):
        for way in ("peft", "sqltune.lora_merge"):
            seconds, ready, imported = one_run(args.model, way == "peft")
            runs[way].append({"seconds": seconds, "ready_s": ready, "peft_imported": imported})
    print("| merged by | load_generator s, each run | median | to the output layer's first call, median | peft imported |")
    print("|---|---|---:|---:|---|")
    for way, rs in runs.items():
        print(f"| {way} | {', '.join(str(r['seconds']) for r in rs)} | "
              f"{statistics.median(r['seconds'] for r in rs):.2f} | {statistics.median(r['ready_s'] for r in rs):.2f} | "
              f"{rs[0]['peft_imported']} |")
    report = {"date": date.today().isoformat(), "command": " ".join(sys.argv), "model": args.model,
              "machine": platform.processor() or platform.machine(), "runs": runs}
    print(f"wrote {write_result(report, args.card, 'load_time', args.result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
