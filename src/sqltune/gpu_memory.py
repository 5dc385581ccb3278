"""Batches that halve when the GPU runs out of memory, for decoding and the review score: a batch size chosen
from one reading of free memory can still be too large (kernels allocate on the side, another process shares the
card), and halving costs a batch where stopping would lose the run. Results do not depend on a batch's size
(bfloat16 near-ties aside)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from typing import TypeVar

from .errors import SqltuneError

T = TypeVar("T")


def halving_batches(count: int, size: int, run: Callable[[int, int], T], noun: str,
                    too_big: str) -> Iterator[tuple[int, int, T]]:
    """(start, stop, run(start, stop)) over range(count) in batches of at most `size`, each halved on a CUDA
    out-of-memory error (a line on stderr says so) and kept halved; `too_big` is the error where one item
    alone does not fit."""
    import torch

    start = 0
    while start < count:
        stop = min(start + size, count)
        try:
            got = run(start, stop)
        except torch.OutOfMemoryError:
            if stop - start == 1:
                raise SqltuneError(too_big) from None
            torch.cuda.empty_cache()
            size = (stop - start) // 2
            print(f"out of GPU memory at {stop - start} {noun} a batch: going on with {size}", file=sys.stderr)
            continue
        yield start, stop, got
        start = stop
