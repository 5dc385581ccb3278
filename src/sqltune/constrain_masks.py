"""What the constraint does to a step's scores (sqltune.constrain_processor decides it): a row's best tokens
checked one at a time, llguidance's packed bitmasks unpacked where the scores are, rows that may only end, rows
that keep a few tokens alone."""

from __future__ import annotations

import os

from .errors import SqltuneError
from .row_history import EOS_IDS

_MINUS_INF = float("-inf")
MOST = 0.75  # rows_topk: from this share of a step's rows listed, the top-k is taken over all of them
BLOCK = 64  # blocked_topk's block of scores
# llguidance's error text when a matcher gave up on a resource limit, not on a token outside the grammar
_LIMIT_ERRORS = ("Too many items", "fuel", "too many states", "TooComplex", "max is")


def hit_limit(matcher) -> bool:
    """Whether `matcher` is in error because llguidance ran out of a resource limit (not because a token
    outside the grammar was consumed)."""
    return matcher.is_error() and any(e in matcher.get_error() for e in _LIMIT_ERRORS)


def one_token_checks(m, st, scope, vs: list[float], ts: list[int], top: int, scope_k: int
                     ) -> tuple[list[int], list[int], tuple[float, int] | None]:
    """A row's best tokens (scores vs, ids ts, best first) checked one at a time against its matcher `m`, and
    the first `scope_k` valid ones against its scope state `st` (None: no scope check), until `top` are valid:
    (the better tokens that failed, the valid ones, (how far the best valid token is below the row's best,
    that token) or None). Processor._lazy and the greedy workers (sqltune.constrain_workers) alike."""
    bad, good, first = [], [], None
    for v, t in zip(vs, ts):
        if v == _MINUS_INF:
            break
        ok = m.validate_tokens([t]) == 1
        if ok and st is not None and len(good) < scope_k:
            ok = not scope.fails(st, t)
        if not ok:
            bad.append(t)
            continue
        good.append(t)
        if first is None:
            first = (vs[0] - v, t)
        if len(good) >= top:
            break
    return bad, good, first


def rows_topk(scores, rows: list[int], k: int):
    """(values, ids) of the k best scores of each row in `rows` (no repeats), in that order. Where
    most rows are listed, taken over every row and then picked: a gathered copy of the listed rows is 1 MB a
    row of 262k float32 scores (4 GB a step at 4,096 beam rows on a GPU), and on a 2-core CPU those copies
    were a quarter of the processor's 16-beam step (benchmarks/beam_replay.py). Where few are, over their
    copy: one row's top-k costs more than copying it."""
    import torch

    n = scores.shape[0]
    topk = blocked_topk if blocked(scores.device) else torch.topk
    if len(rows) < MOST * n:
        return topk(scores[rows], k, dim=1)
    vals, ids = topk(scores, k, dim=1)
    if rows == list(range(n)):
        return vals, ids
    pick = torch.tensor(rows, device=scores.device)
    return vals[pick], ids[pick]


def blocked(device) -> bool:
    """Whether rows_topk searches blocks (blocked_topk): SQLTUNE_BLOCKED_TOPK=1 or 0; by default on a CPU only,
    where it was measured (16 constrained beams replayed on 2 cores, benchmarks/beam_replay.py: the processor's
    step 75.7 -> 50.0 ms, the same masks); on a GPU not yet."""
    choice = os.environ.get("SQLTUNE_BLOCKED_TOPK", "auto")
    if choice not in ("auto", "0", "1"):
        raise SqltuneError(f"SQLTUNE_BLOCKED_TOPK={choice!r}: use 1 (on) or 0, or leave it unset")
    return device.type == "cpu" if choice == "auto" else choice == "1"


def blocked_topk(x, k: int, dim: int = 1, block: int = BLOCK):
    """torch.topk(x, k, dim=1) over rows of many scores, found through the maxima of blocks of `block` scores: a
    row's k best lie in its k blocks with the largest maxima, so one pass takes the maxima and the sort reads
    k x block scores a row, not all of them. The same values, best first; tokens of equal scores may come in
    another order than torch.topk's (which promises none either)."""
    import torch

    rows, n = x.shape
    if dim != 1 or n % block or n <= k * block or not x.is_contiguous():
        return torch.topk(x, k, dim=dim)
    view = x.view(rows, n // block, block)
    blocks = view.amax(-1).topk(k, dim=1).indices
    cand = view.gather(1, blocks[:, :, None].expand(-1, -1, block)).view(rows, k * block)
    vals, pos = cand.topk(k, dim=1)
    return vals, blocks.gather(1, pos // block) * block + pos % block


def blocked_tokens(words, vocab: int, device):
    """llguidance's bitmask rows (int32 words, bit i%32 of word i//32 set where token i is allowed) as a bool
    tensor on `device`, True where a token is not allowed. On a CPU numpy unpacks the complement in one pass;
    on a GPU the packed words cross (32x smaller than the bools: 1,024 beam rows are 32 MB, not 268 MB) and
    are unpacked there."""
    import numpy as np
    import torch

    if device.type == "cpu":
        comp = (~words).numpy()
        return torch.from_numpy(np.unpackbits(comp.view(np.uint8), axis=1, bitorder="little").view(np.bool_))[:, :vocab]
    return unpack_on(words, vocab, device)


def unpack_on(words, vocab: int, device):
    import torch

    packed = words.to(device).view(torch.uint8)  # little-endian: token i is bit i%8 of byte i//8
    bits = (packed.unsqueeze(-1) >> torch.arange(8, device=device, dtype=torch.uint8)) & 1
    return (bits == 0).reshape(words.shape[0], -1)[:, :vocab]


def only_end(scores, rows: list[int], keep) -> None:
    """Rows `rows` may only end: <end_of_turn> alone keeps a score, `keep` (per row; 0 where it is -inf, so that
    beam search can still end the row)."""
    import torch

    scores[rows] = float("-inf")
    scores[rows, EOS_IDS[-1]] = torch.where(torch.isfinite(keep), keep, torch.zeros_like(keep))


def keep_only(scores, only: dict[int, list[int]]) -> None:
    """Row r keeps the scores of tokens only[r] alone (none: the row is out)."""
    if not only:
        return
    rs, ts = [r for r, good in only.items() for _ in good], [t for good in only.values() for t in good]
    kept = scores[rs, ts].clone()
    scores[list(only)] = float("-inf")
    scores[rs, ts] = kept
