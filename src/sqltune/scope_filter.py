"""The scope check inside model.generate: `Filter` masks a row's best-scoring tokens that would make a scope
error (sqltune.scope says which), after the grammar's mask; and the per-vocabulary views it needs (each token's
text), kept per vocabulary rather than per tokenizer object.
"""

from __future__ import annotations

from .scope import Scope

_TEXTS: dict[str, list[str]] = {}
_KEPT = 4  # vocabularies whose views are kept (a process rarely decodes with more than one)


def vocab_key(tokenizer) -> str:
    """What identifies a tokenizer's vocabulary: its tokens in id order and its special ids. The views built
    from it (the token texts here, llguidance's in sqltune.constrain) are kept per vocabulary, not per
    tokenizer object: every model load makes a new object, and each view cost seconds and hundreds of MB.
    Computed once per object (0.3 s for 262k tokens) and remembered on it with its length, so tokens added to
    the object later give a new key."""
    size = len(tokenizer)
    known = getattr(tokenizer, "_sqltune_vocab_key", None)
    if known is not None and known[0] == size:
        return known[1]
    import hashlib

    tokens = tokenizer.convert_ids_to_tokens(list(range(size)))
    text = "\x00".join(t or "" for t in tokens) + "\x01" + ",".join(map(str, sorted(tokenizer.all_special_ids)))
    key = hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()
    try:
        tokenizer._sqltune_vocab_key = (size, key)
    except AttributeError:  # (an object that takes no attributes: computed again next time)
        pass
    return key


def keep(cache: dict, key, value) -> None:
    """cache[key] = value, dropping the oldest entries beyond _KEPT."""
    cache[key] = value
    while len(cache) > _KEPT:
        del cache[next(iter(cache))]


def token_texts(tokenizer) -> list[str]:
    """Each token id's text (SentencePiece's ▁ as a space, byte tokens as their character, special tokens
    empty), built once per vocabulary."""
    key = vocab_key(tokenizer)
    if key not in _TEXTS:
        special = set(tokenizer.all_special_ids)
        texts = []
        for i, t in enumerate(tokenizer.convert_ids_to_tokens(list(range(len(tokenizer))))):
            if i in special or t is None:
                texts.append("")
            elif len(t) == 6 and t.startswith("<0x") and t.endswith(">"):
                texts.append(chr(int(t[3:5], 16)))
            else:
                texts.append(t.replace("\u2581", " "))
        keep(_TEXTS, key, texts)
    return _TEXTS[key]


class Filter:
    """Masks the best-scoring tokens that would make a scope error, row by row, after the grammar's mask.
    Greedy rows are checked best first until one passes (the token greedy picks is always checked); rows of
    beams or samples have their `top_k` best checked. Tokens below are left to the grammar alone."""

    def __init__(self, texts: list[str], greedy: bool, top_k: int, eos_ids: tuple[int, ...] = ()):
        self.texts, self.greedy, self.top_k, self.eos = texts, greedy, top_k, frozenset(eos_ids)
        self.deep_k, self.exhausted = 4096, 0
        self._next = {}
        self.states: dict[tuple, Scope] = {}

    def begin(self) -> None:
        """A new step: the states of this step's rows are kept for the next one (a row's parent)."""
        self._next: dict[tuple, Scope] = {}

    def end(self) -> None:
        self.states = self._next

    def state(self, key: tuple, start: Scope) -> Scope:
        st = self._next.get(key) or self.states.get(key)
        if st is None:
            prompt, hist = key
            parent = self.states.get((prompt, hist[:-1])) if hist else None
            st = self._fed(parent, hist[-1]) if parent is not None else start.feed(
                "".join(self.texts[t] for t in hist))
        self._next[key] = st
        return st

    def _fed(self, st: Scope, token: int) -> Scope:
        """`st` fed `token`'s text, once: the token a row was checked with is usually the one it takes, and
        its state is then the next step's."""
        if st.tried is None:
            st.tried = {}
        new = st.tried.get(token)
        if new is None:
            new = st.tried[token] = st.feed(self.texts[token])
        return new

    def fails(self, st: Scope, token: int) -> bool:
        return bool(st.end_error() if token in self.eos else self._fed(st, token).error)

    def _check(self, st: Scope, vs: list[float], ts: list[int]) -> tuple[list[int], bool, bool]:
        """(the tokens that fail, whether one passed, whether the allowed tokens ran out), best first; greedy
        stops at the first that passes."""
        bad, kept = [], False
        for v, t in zip(vs, ts):
            if v == float("-inf"):
                return bad, kept, True
            if self.fails(st, t):
                bad.append(t)
            else:
                kept = True
                if self.greedy:
                    break
        return bad, kept, False

    def apply(self, scores, rows: list[tuple[int, tuple, Scope]]) -> int:
        """rows: (row index, (prompt, history), the grammar's start state). Returns the tokens masked; rows
        whose every allowed token fails are counted in self.exhausted."""

        todo = []
        for r, key, start in rows:
            st = self.state(key, start)
            if st.checkable:
                todo.append((r, st))
        self.exhausted = 0
        if not todo:
            return 0
        k = min(self.top_k, scores.shape[1])
        vals, ids = scores[[r for r, _ in todo]].topk(k, dim=1)
        vals, ids = vals.tolist(), ids.tolist()
        out_rows, out_ids = [], []
        for (r, st), vs, ts in zip(todo, vals, ids):
            bad = self.judge(st, vs, ts, scores[r])
            if bad is None:
                self.exhausted += 1
                continue
            out_rows += [r] * len(bad)
            out_ids += bad
        if out_rows:
            scores[out_rows, out_ids] = float("-inf")
        return len(out_rows)

    def judge(self, st: Scope, vs: list[float], ts: list[int], row) -> list[int] | None:
        """The tokens to mask in a row whose best scores are vs (tokens ts), best first; `row`: its whole scores,
        for a deeper look. None where every allowed token fails: the row is left as the grammar left it."""
        import torch

        bad, kept, exhausted = self._check(st, vs, ts)
        if self.greedy and not kept and not exhausted:
            # the model's favourites all leave scope (`T1.make` where only `maker` exists): look further down
            more_v, more_t = row.topk(min(self.deep_k, row.shape[0]))
            more_bad, kept, exhausted = self._check(st, more_v.tolist()[len(vs):], more_t.tolist()[len(vs):])
            bad += more_bad
        if not kept and (exhausted or int(torch.isfinite(row).sum()) <= len(bad)):
            return None
        return bad
