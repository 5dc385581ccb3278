"""Which attention kernel PyTorch's sdpa picks for a decoding step of gemma-3-270m, and what a call costs the first
time a shape is seen against the second.

    python benchmarks/sdpa_backends.py [--rows 1024] [--lengths 200:328] [--card h200] [--result PATH]

A decoding step attends one new token of each row to its KV cache, which grows a token a step, so every step is a
shape the process has not seen before; beams that leave the batch (sqltune.beams) change the rows too. A kernel
that builds a plan per shape (cuDNN's attention builds and caches an execution graph) pays that build on every
step of a first pass and nothing on the second. Each setting runs the calls of every length twice (two passes),
with the tensors transformers passes for Gemma 3 in a decoding step (the query's 4 heads packed against the
one key/value head, a boolean padding mask), inside the product's own context for each choice of
sqltune.attention.decoding_kernels: `no-cudnn` (sqltune's decoding default on a GPU) first, so that `torch`
(torch's own choice) meets new shapes in its first pass. Needs CUDA.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)

HEADS, KV_HEADS, HEAD_DIM = 4, 1, 256  # gemma-3-270m


def calls(lengths: list[int], rows: int, attention: str) -> tuple[list[float], str]:
    """Milliseconds of one sdpa call at each KV length (synchronized) under decoding_kernels(attention), and the
    backend torch reports for it."""
    import torch
    import torch.nn.functional as F

    from sqltune.attention import decoding_kernels

    out, chosen = [], set()
    for n in lengths:
        q = torch.randn(rows, KV_HEADS, HEADS, HEAD_DIM, device="cuda", dtype=torch.bfloat16)
        k = torch.randn(rows, KV_HEADS, n, HEAD_DIM, device="cuda", dtype=torch.bfloat16)
        v = torch.randn_like(k)
        mask = torch.ones(rows, 1, 1, n, device="cuda", dtype=torch.bool)
        mask[: rows // 2, :, :, : n // 4] = False  # left padding of half the rows
        with decoding_kernels(attention):
            chosen.add(int(torch._fused_sdp_choice(q, k, v, mask, 0.0, False, scale=HEAD_DIM ** -0.5)))
            torch.cuda.synchronize()
            t0 = time.perf_counter()
            F.scaled_dot_product_attention(q, k, v, attn_mask=mask, scale=HEAD_DIM ** -0.5)
            torch.cuda.synchronize()
        out.append(1000 * (time.perf_counter() - t0))
    names = {int(b): name for name, b in torch.nn.attention.SDPBackend.__members__.items()}
    return out, ",".join(names.get(c, str(c)) for c in sorted(chosen))


def span(text: str) -> tuple[int, int]:
    """--lengths START:STOP, with 0 < START < STOP."""
    try:
        start, stop = map(int, text.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give START:STOP, e.g. 200:328") from None
    if not 0 < start < stop:
        raise argparse.ArgumentTypeError(f"{text!r}: START must be above 0 and below STOP")
    return start, stop


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1024, help="decoding rows (64 questions x 16 beams)")
    ap.add_argument("--lengths", type=span, default="200:328", help="KV lengths START:STOP, one call each a pass")
    ap.add_argument("--card", default="h200")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()

    import torch

    if not torch.cuda.is_available():
        raise SystemExit("sdpa_backends.py needs CUDA")
    start, stop = args.lengths
    lengths = list(range(start, stop))
    calls([start], 8, "no-cudnn")  # CUDA's own start-up, outside both settings
    rows = []
    for name in ("no-cudnn", "torch"):
        first, chosen = calls(lengths, args.rows, name)
        second, _ = calls(lengths, args.rows, name)
        rows.append({"setting": name, "backend": chosen, "first_ms": sum(first) / len(first),
                     "second_ms": sum(second) / len(second), "first_max_ms": max(first)})
    report = {"date": date.today().isoformat(), "card": args.card, "gpu": torch.cuda.get_device_name(),
              "torch": torch.__version__, "cudnn": torch.backends.cudnn.version(), "rows": args.rows,
              "lengths": [start, stop], "settings": rows, "command": " ".join(sys.argv)}
    out = write_result(report, args.card, "sdpa_backends", args.result)
    print(f"{args.rows} rows, KV lengths {start}-{stop - 1}, torch {torch.__version__}, cuDNN {report['cudnn']}")
    print("| setting | backend | first pass ms a call | second pass ms a call | first / second |")
    print("|---|---|---:|---:|---:|")
    for r in rows:
        print(f"| {r['setting']} | {r['backend']} | {r['first_ms']:.3f} | {r['second_ms']:.3f} | "
              f"{r['first_ms'] / r['second_ms']:.1f}x |")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
