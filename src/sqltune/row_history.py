"""A generated row's history as the constraint's processor keys it: a node per history (`Hist`), identified by
two position-weighted sums of its tokens that the device computes for every row at once, so that a decoding step
costs the host O(rows), not O(rows x tokens so far).
"""

from __future__ import annotations

from typing import Any

EOS_IDS = (1, 106)  # <eos>, <end_of_turn> in every Gemma 3 vocabulary: a history that holds one has ended

MODULUS = 2_147_483_647  # a prime: each token's term below is reduced modulo it, so every sum is exact in int64
_WEIGHTS: dict[str, Any] = {}  # device -> the weights below as a tensor


def weights(n: int) -> list[list[int]]:
    """Two rows of random weights in [1, MODULUS) for positions 0..n-1 (the same on every call and device)."""
    import random

    have = _WEIGHTS.get("list")
    if have is None or len(have[0]) < n:
        size = max(n, 2 * len(have[0]) if have else 512)
        rngs = [random.Random(20261202 + k) for k in range(2)]  # one each: a longer row keeps its start
        _WEIGHTS.clear()
        _WEIGHTS["list"] = have = [[rng.randrange(1, MODULUS) for _ in range(size)] for rng in rngs]
    return have


class Hist:
    """A row's generated tokens so far, as a node: the history before its last token (`up`), that token, its
    length and two position-weighted sums of its tokens that identify it (sum of token x weight mod MODULUS over the
    positions, each term reduced: two different histories of one length collide with a chance of about 2^-62).
    The sums of every row are computed on the device in one pass (`Hist.read`), so a step costs O(rows) on the
    host: reading every row's whole history as a tuple and hashing it cost O(rows x length) Python a step.
    Behaves as the tuple of its tokens where the processor needs one: `h[-1]`, `h[:-1]`, `len`, iteration."""

    __slots__ = ("up", "token", "n", "s1", "s2", "ended", "_hash")

    def __init__(self, up: Hist | None, token: int | None, s1: int | None = None, s2: int | None = None):
        """`up` advanced by `token`; s1, s2: its sums where known (read from the device), else computed."""
        self.up, self.token = up, token
        if up is None:
            self.n, s1, s2, self.ended = 0, 0, 0, False
        else:
            n = self.n = up.n + 1
            if s1 is None:
                w = weights(n)
                s1, s2 = up.s1 + token * w[0][n - 1] % MODULUS, up.s2 + token * w[1][n - 1] % MODULUS
            self.ended = up.ended or token in EOS_IDS
        self.s1, self.s2 = s1, s2
        self._hash = hash((self.n, s1, s2))

    ROOT: Hist  # the empty history

    def __hash__(self) -> int:
        return self._hash

    def __eq__(self, other) -> bool:
        if not isinstance(other, Hist):
            return NotImplemented
        return self.n == other.n and self.s1 == other.s1 and self.s2 == other.s2

    def __len__(self) -> int:
        return self.n

    def __bool__(self) -> bool:
        return self.n > 0

    def __iter__(self):
        out, h = [], self
        while h.up is not None:
            out.append(h.token)
            h = h.up
        return iter(out[::-1])

    def __getitem__(self, i):
        if i == -1 and self.n:
            return self.token
        if i == slice(None, -1, None) and self.n:
            return self.up
        return tuple(self)[i]

    def __add__(self, more: tuple) -> tuple:
        return tuple(self) + tuple(more)

    def __repr__(self) -> str:
        return f"Hist{tuple(self)}"

    @classmethod
    def of(cls, tokens) -> Hist:
        h = cls.ROOT
        for t in tokens:
            h = cls(h, t)
        return h

    @staticmethod
    def read(gen) -> list[tuple[int, int, int]]:
        """(sum 1, sum 2, last token) of each row of `gen` (rows x generated tokens, at least one), in one
        read from its device."""
        import torch

        n = gen.shape[1]
        key = str(gen.device)
        w = _WEIGHTS.get(key)
        if w is None or w.shape[1] < n:
            w = _WEIGHTS[key] = torch.tensor(weights(n), dtype=torch.int64, device=gen.device)
        g = gen.to(torch.int64)
        s = (g.unsqueeze(0) * w[:, None, :n]).remainder_(MODULUS).sum(dim=2)  # 2 x rows
        return torch.stack([s[0], s[1], g[:, -1]], dim=1).tolist()


Hist.ROOT = Hist(None, None)

LOOP_PERIOD, LOOP_SPAN = 64, 16  # a cycle of up to 64 tokens, twice back to back and over at least 16 tokens


def repeats(hist: Hist) -> bool:
    """Whether `hist` ends with one cycle of 1..LOOP_PERIOD tokens repeated back to back, twice or more and over
    at least LOOP_SPAN tokens (`AND t2.id = t3.id AND t2.name = "x" AND t2.id = t3.id AND t2.name = "x"`).
    Greedy decoding that falls into such a cycle does not leave it (each turn makes the next likelier), so the
    row runs on to its token budget with no query at the end."""
    tail, h = [], hist
    while h.up is not None and len(tail) < 2 * LOOP_PERIOD:
        tail.append(h.token)
        h = h.up
    for p in range(1, len(tail) // 2 + 1):
        times = max(2, -(-LOOP_SPAN // p))  # (ceil)
        if times * p <= len(tail) and all(tail[:p] == tail[k * p:(k + 1) * p] for k in range(1, times)):
            return True
    return False
