"""llguidance's side of constrained decoding: its view of the tokenizer (built once per vocabulary), the parser
limit, and a compiled Grammar. sqltune.constrain builds the grammars' text; the processors (in the decoding
process, or in sqltune.constrain_workers' processes) match tokens with these."""

from __future__ import annotations

import threading
import time
from typing import Any

from .errors import SqltuneError
from .row_history import EOS_IDS

_TOKENIZERS: dict[str, Any] = {}
_SOURCES: dict[str, tuple[str, list[int]]] = {}
_LOCK = threading.Lock()


def ll_source(tokenizer) -> tuple[str, list[int]]:
    """What llguidance builds its tokenizer from (as llguidance.hf.from_tokenizer takes it): the fast
    tokenizer's JSON without padding or truncation, and the ids that end an answer. A worker process builds its
    own view from it without loading transformers' tokenizer. Built once per vocabulary (1.6 s and 12 MB for
    Gemma's on a 2-core CPU; the decoding process's own view and its workers' both start from it)."""
    from copy import copy

    from .scope_filter import keep, vocab_key

    key = vocab_key(tokenizer)
    if key not in _SOURCES:
        if getattr(tokenizer, "backend_tokenizer", None) is None:
            raise SqltuneError(f"--constrain needs a fast tokenizer (tokenizer.json); {type(tokenizer).__name__} "
                               "is not")
        backend = copy(tokenizer.backend_tokenizer)
        backend.no_padding()
        backend.no_truncation()
        eos = [i for i in EOS_IDS if i < len(tokenizer)] or [tokenizer.eos_token_id]
        keep(_SOURCES, key, (backend.to_str(), eos))
    return _SOURCES[key]


def ll_from_source(source: tuple[str, list[int]]):
    import llguidance

    return llguidance.LLTokenizer(source[0], eos_token=source[1])


def _ll_tokenizer(tokenizer):
    """llguidance's view of the HF tokenizer, built once per vocabulary (about 4 s for 262k tokens; every model
    load makes a new tokenizer object of the same vocabulary)."""
    from .scope_filter import keep, vocab_key

    with _LOCK:
        key = vocab_key(tokenizer)
        if key not in _TOKENIZERS:
            keep(_TOKENIZERS, key, ll_from_source(ll_source(tokenizer)))
        return _TOKENIZERS[key]


# Earley items llguidance may create while it computes one mask (its default: 50,000). Where a name may end the
# query (`SELECT count(*)`, `... FROM singer AS`), almost every token of the form " word", "word," or "word)"
# completes a lexeme inside the token, and each such place costs a parser row of some 40-80 items: on the
# 262k-token Gemma vocabulary the heaviest states of Spider's gold queries need 100,000-200,000. Past the limit
# the matcher falls into an error state whose mask allows only EOS, which ended nearly every answer after its
# select list. 500,000 (about 25 ms at the library's ~20k items/ms) leaves room above that; a row that still
# exceeds it is left unconstrained rather than cut (sqltune.constrain_processor).
STEP_MAX_ITEMS = 500_000


class Grammar:
    """A compiled grammar: a matcher in its start state, copied for every row that uses it."""

    def __init__(self, lark: str, ll_tokenizer, label: str, step_max_items: int = STEP_MAX_ITEMS):
        import llguidance

        self.lark, self.label, self.step_max_items = lark, label, step_max_items
        t0 = time.perf_counter()
        # verbose_errors off: the verbose text holds the whole grammar, rebuilt for every row that fails.
        limits = llguidance.LLParserLimits(step_max_items=step_max_items, verbose_errors=False)
        self.start = llguidance.LLMatcher(ll_tokenizer, llguidance.LLMatcher.grammar_from_lark(lark), log_level=0,
                                          limits=limits)
        if self.start.is_error():
            raise SqltuneError(f"the SQL grammar for {label} does not compile: {self.start.get_error()}")
        self.compile_s = time.perf_counter() - t0
        self.scope = None  # with a schema: where names are in scope (sqltune.scope), beside the grammar

    def matcher(self):
        return self.start.deep_copy()
