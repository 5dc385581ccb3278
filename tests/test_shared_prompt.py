"""sqltune.shared_prompt: beams that read their question's prompt from one copy give the beams of a copy a beam.
float32 on the CPU, the tiny model (a sliding layer of 64 tokens and a full one; prompts longer than the window)."""

from __future__ import annotations

import pytest

from sqltune import shared_prompt
from sqltune.beams import beam_search
from sqltune.config import make_config
from sqltune.decoding import load_generator
from sqltune.prompts import build_prompt
from tests.test_beams import CONTEXT, OTHER, QUESTIONS, EndSooner


@pytest.fixture(scope="module")
def gen(tiny_model):
    return load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 12, "batch_size": 4,
                                             "cpu_weights": "float32"}))


def test_beams_over_a_prompt_held_once_are_those_over_a_copy_a_beam(gen, monkeypatch):
    import torch

    calls = []

    def counted(module, query, *args, **kwargs):
        calls.append(query.shape[0])
        return attention(module, query, *args, **kwargs)

    attention = shared_prompt.attention_forward
    monkeypatch.setattr(shared_prompt, "attention_forward", counted)
    texts = [gen.chat_text(build_prompt(CONTEXT if i % 2 else OTHER, q)) for i, q in enumerate(QUESTIONS)]
    enc = gen.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
    lengths = enc["attention_mask"].sum(-1).tolist()
    window = gen.model.config.sliding_window
    assert min(lengths) > window and len(set(lengths)) == len(lengths)  # past the window, padded differently
    k, length, rates = 4, enc["input_ids"].shape[1], [1.5, 0.0, 0.6, 0.3]
    before = gen.model.config._attn_implementation
    with torch.inference_mode():
        once = gen._prompt_cache(enc, k, once=True)
        assert isinstance(once, shared_prompt.SharedPromptCache)
        ending = EndSooner(rates, k, length)
        shared = beam_search(gen.model, enc["input_ids"], enc["attention_mask"], k, 12, gen.eos_ids, ending, once)
        copies = beam_search(gen.model, enc["input_ids"], enc["attention_mask"], k, 12, gen.eos_ids,
                             EndSooner(rates, k, length), gen._prompt_cache(enc, k))
    assert shared[0] == copies[0]
    assert torch.allclose(torch.tensor(shared[1]), torch.tensor(copies[1]), atol=1e-5)  # their scores
    assert ending.groups[0] == 4 and ending.groups[-1] == 1  # questions left the batch (their prompts with them)
    layers = gen.model.config.num_hidden_layers
    assert len(calls) == layers * len(ending.groups)  # every layer of every step read the shared cache
    assert calls[0] == 16 and calls[-1] == 4
    assert gen.model.config._attn_implementation == before  # the model's attention is its own again
    # answers longer than the sliding window: a row's own old tokens leave it too
    with torch.inference_mode():
        long = [beam_search(gen.model, enc["input_ids"][:2], enc["attention_mask"][:2], 2, window + 16, gen.eos_ids,
                            cache=gen._prompt_cache({"input_ids": enc["input_ids"][:2],
                                                     "attention_mask": enc["attention_mask"][:2]}, 2, once=once))
                for once in (True, False)]
    assert long[0][0] == long[1][0] and max(len(b) for q in long[0][0] for b in q) > window


def test_the_generator_holds_the_prompt_once_for_its_beams_unless_sqltune_shared_prompt_is_0(tiny_model,
                                                                                               monkeypatch):
    from sqltune.decoding import Generator
    from sqltune.errors import SqltuneError
    from sqltune.sqlexec import context_database

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 10, "batch_size": 3,
                                            "constrain": "schema", "cpu_weights": "float32"}))
    assert gen.prompt_once
    made = []
    real = shared_prompt.SharedPromptCache.__init__

    def init(self, *args, **kwargs):
        made.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(shared_prompt.SharedPromptCache, "__init__", init)
    conns = [context_database(CONTEXT), context_database(OTHER), context_database(CONTEXT)]
    prompts = [build_prompt(CONTEXT, QUESTIONS[0]), build_prompt(OTHER, "Concerts by year?"),
               build_prompt(CONTEXT, QUESTIONS[3])]
    try:
        once = gen.candidates_raw(prompts, 3, "beam", targets=conns)
        assert len(made) == 1  # the batch's beams read one copy of each prompt
        monkeypatch.setenv("SQLTUNE_SHARED_PROMPT", "0")
        plain = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 10, "batch_size": 3,
                                                  "constrain": "schema", "cpu_weights": "float32"}))
        assert not plain.prompt_once
        assert plain.candidates_raw(prompts, 3, "beam", targets=conns) == once and len(made) == 1
    finally:
        for conn in conns:
            conn.close()
    monkeypatch.setenv("SQLTUNE_SHARED_PROMPT", "yes")
    with pytest.raises(SqltuneError, match="SQLTUNE_SHARED_PROMPT='yes'"):
        Generator(gen.model, gen.tokenizer)


def test_the_prompt_is_held_once_by_default_on_a_cpu_and_on_a_gpu_when_asked(monkeypatch):
    import types

    import torch

    from sqltune.decoding import shared_prompt_cache

    cpu, gpu = (types.SimpleNamespace(device=torch.device(d)) for d in ("cpu", "cuda"))
    assert shared_prompt_cache(cpu) and not shared_prompt_cache(gpu)
    monkeypatch.setenv("SQLTUNE_SHARED_PROMPT", "1")
    assert shared_prompt_cache(gpu)
    monkeypatch.setenv("SQLTUNE_SHARED_PROMPT", "0")
    assert not shared_prompt_cache(cpu)
