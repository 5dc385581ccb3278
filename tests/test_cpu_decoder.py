"""sqltune.cpu_decoder: greedy answers on a CPU without transformers' generic forward pass must be those of
`model.generate`, token for token, with int8 and float32 weights, across the sliding window (the tiny model's
is 64 tokens, so its prompts and answers cross it); where it cannot reproduce the model it is not used."""

from __future__ import annotations

import pytest

QUESTIONS = [("How many singers do we have?", "concert_singer"),
             ("What are the names of the stadiums with capacity over 5000?", "concert_singer"),
             ("How many pets are owned by students older than 20?", "pets_1")]


@pytest.fixture(scope="module")
def prompts(spider_root):
    from sqltune.config import make_config
    from sqltune.prompts import PromptBuilder

    builder = PromptBuilder(make_config(None, {}))
    return [builder.prompt(q, db_path=spider_root / "database" / db / f"{db}.sqlite") for q, db in QUESTIONS]


def _load(tiny_model, weights: str):
    from sqltune.config import make_config
    from sqltune.models import load_for_inference

    return load_for_inference(make_config(None, {"model": str(tiny_model), "cpu_weights": weights}))


def _generate(model, tok, gen, prompt: str, max_new_tokens: int) -> list[int]:
    import torch

    enc = tok([gen.chat_text(prompt)], return_tensors="pt", add_special_tokens=False)
    with torch.inference_mode():
        out = model.generate(**enc, do_sample=False, max_new_tokens=max_new_tokens, eos_token_id=gen.eos_ids,
                             pad_token_id=tok.pad_token_id)
    return out[0, enc["input_ids"].shape[1]:].tolist()


@pytest.mark.parametrize("weights", ["int8", "float32"])
def test_greedy_answers_are_those_of_generate(tiny_model, prompts, weights):
    from sqltune.decoding import Generator

    model, tok = _load(tiny_model, weights)
    gen = Generator(model, tok, max_new_tokens=80, batch_size=1)  # a batch of one: a user's question
    fast = gen.generate_raw(prompts, progress=False)
    decoder = gen._cpu_greedy()
    assert decoder is not None  # the answers above came through it
    assert all(len(tok(gen.chat_text(p), add_special_tokens=False)["input_ids"]) > model.config.sliding_window
               for p in prompts)
    for prompt, text in zip(prompts, fast, strict=True):
        want = _generate(model, tok, gen, prompt, 80)
        assert len(want) == 80  # a random model does not stop: 80 steps, beyond the window
        assert text == tok.decode(want, skip_special_tokens=True)
        ids = tok(gen.chat_text(prompt), add_special_tokens=False)["input_ids"]
        assert decoder.greedy(ids, 80, gen.eos_ids) == want


def test_logits_match_the_model_over_the_window(tiny_model, prompts):
    """Every next-token logit (exact, not screened) of a prompt and of decoding steps past the sliding window
    is the model's own within float32 rounding."""
    import torch

    from sqltune.cpu import exact_logits
    from sqltune.cpu_decoder import for_model

    model, tok = _load(tiny_model, "float32")
    decoder = for_model(model)
    ids = tok(prompts[0], add_special_tokens=False)["input_ids"][:100]
    cache = decoder.new_cache(len(ids))
    with torch.inference_mode(), exact_logits(model):
        want = model(torch.tensor([ids])).logits[0]
        got = [decoder.forward(torch.tensor(ids[:70]), 0, cache)[0]]
        got += [decoder.forward(torch.tensor([t]), 70 + i, cache)[0] for i, t in enumerate(ids[70:-1])]
    got, want = torch.stack(got), want[69:-1]  # the logits after positions 69 .. 98
    assert got.shape == want.shape
    assert torch.allclose(got, want, atol=1e-4, rtol=1e-4), (got - want).abs().max()


def test_the_model_still_generates_after_its_weights_are_fused(tiny_model, prompts):
    """The fused projections hold the layers' weights as views: beams (model.generate) answer as before."""
    from sqltune.cpu_decoder import for_model
    from sqltune.decoding import Generator

    model, tok = _load(tiny_model, "int8")
    before = Generator(model, tok, max_new_tokens=12).candidates_raw(prompts[:1], 2)
    assert for_model(model) is not None
    assert Generator(model, tok, max_new_tokens=12).candidates_raw(prompts[:1], 2) == before


def test_not_used_where_it_cannot_reproduce_the_model(tiny_model):
    import torch

    from sqltune.config import make_config
    from sqltune.cpu_decoder import for_model
    from sqltune.models import load_as_saved

    model, _ = _load(tiny_model, "int8")
    model.config.attn_logit_softcapping = 50.0  # a Gemma 2-style softcap the decoder does not compute
    assert for_model(model) is None
    apart, _ = load_as_saved(make_config(None, {"model": str(tiny_model)}))
    assert for_model(apart) is not None  # plain float32 weights: fine
    apart.model.layers[0].self_attn.q_proj.bias = torch.nn.Parameter(torch.zeros(64))
    assert for_model(apart) is None  # a bias it does not add


@pytest.mark.parametrize("limit", [None, 16.0])
def test_constrained_answers_are_those_of_generate(tiny_model, prompts, spider_root, limit):
    """Under the schema constraint (the default) a user's question still takes the CPU decoder, with the
    constraint's processor at each step: the same tokens as model.generate with that processor over the same
    screened output layer, within the grammar; with the give-up limit too."""
    import torch
    from transformers import LogitsProcessorList

    from sqltune.decoding import Generator

    model, tok = _load(tiny_model, "int8")
    gen = Generator(model, tok, max_new_tokens=40, batch_size=1, constrain="schema", constrain_max_deficit=limit)
    targets = [spider_root / "database" / db / f"{db}.sqlite" for _, db in QUESTIONS]
    decoder = gen._cpu_greedy()
    calls = []
    greedy = decoder.greedy
    decoder.greedy = lambda *a, **k: calls.append(a[4] if len(a) > 4 else k.get("processor")) or greedy(*a, **k)
    fast = gen.generate_raw(prompts, progress=False, targets=targets)
    assert len(calls) == len(prompts) and all(p is not None for p in calls)  # the decoder, with the constraint
    for prompt, target, text in zip(prompts, targets, fast, strict=True):
        grammar = gen.constrainer.grammar_for(target)
        enc = tok([gen.chat_text(prompt)], return_tensors="pt", add_special_tokens=False)
        proc = gen.constrainer.logits_processor([grammar], 1, enc["input_ids"].shape[1], top=1)
        with torch.inference_mode():
            out = model.generate(**enc, do_sample=False, max_new_tokens=40, eos_token_id=gen.eos_ids,
                                 pad_token_id=tok.pad_token_id, logits_processor=LogitsProcessorList([proc]))
        want = out[0, enc["input_ids"].shape[1]:].tolist()
        assert text == tok.decode(want, skip_special_tokens=True)
        ids = [t for t in want if t not in gen.eos_ids]
        assert grammar.matcher().try_consume_tokens(ids) == len(ids)  # a prefix the grammar accepts
