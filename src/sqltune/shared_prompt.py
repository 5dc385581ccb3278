"""A KV cache for beam search that holds each question's prompt once, and the attention that reads it.

transformers' cache holds a question's prompt once a beam (16 copies with 16 candidates), grows by concatenation
(every step copies each layer's whole cache) and is reordered by beam search each step (another whole copy): at
256 questions x 16 beams on an H200, 41 % of a beam step's device time copied the cache (docs/BENCHMARKS.md),
and on 2 CPU cores a third of a 16-beam step. Here the prompt's keys and values stay as the prompt's forward
left them, one row a question, never copied again; only the beams' own tokens are written into a buffer a row
and reordered. Each layer's attention scores a question's beams (and heads) against its prompt at once and
against their own tokens row by row, and takes one softmax over both: the same attention, in float32 to
rounding (tests/test_shared_prompt.py).

beams.beam_search uses it when handed a SharedPromptCache: its forward gets `masks()` instead of a padding mask
(transformers then builds none) and runs under `attention(model)`, which routes the model's attention here.
"""

from __future__ import annotations

import contextlib

NAME = "sqltune_shared_prompt"


class SharedPromptCache:
    """The cache of `beams` rows a question: `prompt` is the prompt forward's cache (one row a question, every
    prompt token but the last), `mask` its padding mask (1 = a token)."""

    def __init__(self, prompt, mask, beams: int, config):
        self.beams = beams
        self.window = getattr(config, "sliding_window", None)
        types = getattr(config, "layer_types", None) or ["full_attention"] * len(prompt.layers)
        self.sliding = [t == "sliding_attention" for t in types]
        self.columns = mask.shape[1]  # the prompt's columns before the first new token
        self.keys, self.values, self.valid, self.cols = [], [], [], []
        self.own_keys, self.own_values, self.length = [], [], []
        rows = mask.shape[0] * beams
        for layer in prompt.layers:
            k, v = layer.keys, layer.values  # [questions, kv heads, kept columns, head dim]
            kept = k.shape[2]  # (a sliding layer keeps the last window - 1)
            self.keys.append(k)
            self.values.append(v)
            self.valid.append(mask[:, mask.shape[1] - kept:].bool())
            self.cols.append(mask.shape[1] - kept)
            self.own_keys.append(k.new_empty((rows, k.shape[1], 1, k.shape[3])))
            self.own_values.append(v.new_empty((rows, v.shape[1], 1, v.shape[3])))
            self.length.append(0)

    def masks(self) -> dict:
        """What the model's forward takes as its attention mask: this cache, for every kind of layer."""
        return {"full_attention": self, "sliding_attention": self}

    def update(self, key_states, value_states, layer_idx: int, *args, **kwargs):
        """Writes a step's token (one a row) into the rows' own buffer; the attention reads the cache itself."""
        import torch

        n = self.length[layer_idx]
        if n == self.own_keys[layer_idx].shape[2]:  # (reorder_cache leaves room for one; a second step without it)
            for own in (self.own_keys, self.own_values):
                own[layer_idx] = torch.cat((own[layer_idx], own[layer_idx][:, :, -1:]), dim=2)
        self.own_keys[layer_idx][:, :, n] = key_states[:, :, -1]
        self.own_values[layer_idx][:, :, n] = value_states[:, :, -1]
        self.length[layer_idx] = n + 1
        return key_states, value_states

    def reorder_cache(self, rows) -> None:
        """Row i takes old row rows[i]'s tokens; beams come from their own question's rows, and a question
        whose rows are gone has left the batch (its prompt goes too)."""
        questions = rows.view(-1, self.beams)[:, 0] // self.beams
        left = questions.shape[0] != self.keys[0].shape[0]
        for i, n in enumerate(self.length):
            for own in (self.own_keys, self.own_values):
                # the tokens written so far, and room for the next step's (memory grows with the answer)
                buf = own[i].new_empty((rows.shape[0], own[i].shape[1], n + 1, own[i].shape[3]))
                buf[:, :, :n] = own[i][rows, :, :n]
                own[i] = buf
            if left:
                self.keys[i], self.values[i] = self.keys[i][questions], self.values[i][questions]
                self.valid[i] = self.valid[i][questions]


def attention_forward(module, query, key, value, attention_mask, scaling=None, dropout=0.0, sliding_window=None,
                      **kwargs):
    """transformers' attention-function interface for one new token a row: query [rows, heads, 1, dim];
    `attention_mask` is the SharedPromptCache; key and value (this step's, already in the cache) are not read.
    Returns ([rows, 1, heads, dim], None)."""
    import torch

    cache, i = attention_mask, module.layer_idx
    rows, heads, _, dim = query.shape
    k, n = cache.beams, cache.length[i]
    pk, pv, valid = cache.keys[i], cache.values[i], cache.valid[i]
    questions, kv = pk.shape[0], pk.shape[1]
    g = heads // kv
    # the prompt: a question's beams and heads are queries of one kv head, against its prompt once
    q = query.view(questions, k, kv, g, dim).transpose(1, 2).reshape(questions, kv, k * g, dim)
    prompt = torch.matmul(q, pk.transpose(-1, -2)).float() * scaling  # [questions, kv, k x g, kept]
    allowed = valid
    if cache.sliding[i] and cache.window:
        # Gemma's window counts the token itself: the new token (column columns + n - 1) sees window - 1 back
        col = torch.arange(cache.cols[i], cache.columns, device=valid.device)
        allowed = valid & (cache.columns + n - 1 - col < cache.window)
    prompt = prompt.masked_fill(~allowed[:, None, None, :], float("-inf"))
    prompt = prompt.view(questions, kv, k, g, -1).transpose(1, 2).reshape(rows, kv, g, -1)
    # the beam's own tokens, row by row
    ok, ov = cache.own_keys[i][:, :, :n], cache.own_values[i][:, :, :n]
    own = torch.matmul(query.view(rows, kv, g, dim), ok.transpose(-1, -2)).float() * scaling  # [rows, kv, g, n]
    if cache.sliding[i] and cache.window and n > cache.window:  # an answer longer than the window
        own[..., :n - cache.window] = float("-inf")
    probs = torch.cat((prompt, own), dim=-1).softmax(dim=-1).to(query.dtype)
    kept = prompt.shape[-1]
    to_prompt = probs[..., :kept].reshape(questions, k, kv, g, kept).transpose(1, 2).reshape(questions, kv, k * g, kept)
    out = torch.matmul(to_prompt, pv).view(questions, kv, k, g, dim).transpose(1, 2).reshape(rows, kv, g, dim)
    out = out + torch.matmul(probs[..., kept:], ov)
    return out.reshape(rows, 1, heads, dim), None


def register() -> None:
    """Make this attention known to transformers (idempotent)."""
    from transformers import AttentionInterface

    AttentionInterface.register(NAME, attention_forward)


@contextlib.contextmanager
def attention(model):
    """The model's attention routed to attention_forward while a SharedPromptCache is decoded."""
    register()
    config = model.config
    before = config._attn_implementation_internal
    config._attn_implementation_internal = NAME
    try:
        yield
    finally:
        config._attn_implementation_internal = before
