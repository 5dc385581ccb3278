"""SQL as SQLite reads it, letter case aside: keywords and names are case-insensitive (`Singer_ID`, `singer_id`),
quoted text is not. `--beam-distinct` counts two beams whose texts differ only so as one answer: about half of
the shipped model's 16 constrained candidates on Spider dev were such repeats of a better one (the constraint
lets every spelling of a name through), so a question had ~8 different answers, not 16 (docs/BENCHMARKS.md).
"""

from __future__ import annotations

_QUOTES = "'\""


def fold(text: str, quote: str | None = None) -> tuple[str, str | None]:
    """`text` lower-cased outside quotes ('...' and "...": a double-quoted word may be a string in SQLite), read
    from inside `quote` (None: outside one); and the quote still open at its end."""
    if quote is None and not any(q in text for q in _QUOTES):
        return text.lower(), None
    out = []
    for ch in text:
        if quote is not None:
            if ch == quote:
                quote = None
        elif ch in _QUOTES:
            quote = ch
        else:
            ch = ch.lower()
        out.append(ch)
    return "".join(out), quote


def sql_key(sql: str) -> str:
    """What two answers that SQLite reads alike share, letter case aside."""
    return fold(sql)[0]


class FoldedHistories:
    """Each beam row's text so far, folded, built a token a step from its parent's (the constraint's processor
    keeps a question's histories as (prompt, token history) keys, sqltune.constrain_processor); `pair` is the
    key of a row's history with one more token, which two continuations of a question share when they read
    alike."""

    def __init__(self, texts: list[str]):
        self.texts = texts  # each token id's text (scope_filter.token_texts)
        self.rows: dict[tuple, tuple[str, str | None]] = {}
        self._next: dict[tuple, tuple[str, str | None]] = {}
        self._tokens: dict[tuple[int, str | None], tuple[str, str | None]] = {}

    def begin(self) -> None:
        """A new step: this step's histories are kept for the next one (a row's parent)."""
        self._next = {}

    def end(self) -> None:
        self.rows = self._next

    def _token(self, token: int, quote: str | None) -> tuple[str, str | None]:
        got = self._tokens.get((token, quote))
        if got is None:
            got = self._tokens[(token, quote)] = fold(self.texts[token], quote)
        return got

    def of(self, key: tuple) -> tuple[str, str | None]:
        got = self._next.get(key) or self.rows.get(key)
        if got is None:
            prompt, hist = key
            parent = self.rows.get((prompt, hist[:-1])) if hist else None
            if parent is None:
                got = fold("".join(self.texts[t] for t in hist))
            else:
                text, quote = self._token(hist[-1], parent[1])
                got = (parent[0] + text, quote)
        self._next[key] = got
        return got

    def pair(self, key: tuple, token: int, ends: bool) -> tuple:
        """The key of the row `key` continued by `token` (an end token adds no text: it ends the same answer)."""
        text, quote = self.of(key)
        return (key[0], text, True) if ends else (key[0], text + self._token(token, quote)[0], False)
