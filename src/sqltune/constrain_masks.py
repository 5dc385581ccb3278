"""What the constraint does to a step's scores (sqltune.constrain_processor decides it): llguidance's packed
bitmasks unpacked where the scores are, rows that may only end, rows that keep a few tokens alone."""

from __future__ import annotations

from .row_history import EOS_IDS


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
