"""CPU inference: the screened output layer that load_for_inference puts in on CPU chooses the tokens the plain
fp32 layer chooses (greedy and beam), keeps the weights tied and the saved keys unchanged."""

from __future__ import annotations

import pytest

QUESTIONS = ["How many singers do we have?", "List the names of all stadiums ordered by capacity.",
             "What is the average age of all singers from France?", "Show the name of the youngest singer."]


def _cfg(model, **over):
    from sqltune.config import make_config

    return make_config(None, {"model": str(model), "dtype": "float32", "attn_implementation": "sdpa",
                              "cpu_weights": "float32", **over})


@pytest.fixture(scope="module")
def models(tiny_model):
    """(fast: load_for_inference on CPU, plain: the same weights with the plain fp32 output layer, tokenizer)."""
    from sqltune.models import load_base, load_for_inference

    fast, tok = load_for_inference(_cfg(tiny_model))
    plain = load_base(_cfg(tiny_model), quantize=False).eval()
    return fast, plain, tok


def test_cpu_load_screens_the_output_layer(models):
    import torch

    from sqltune.cpu import screen_lm_head, screened_head_class

    fast, plain, _ = models
    assert isinstance(fast.lm_head, screened_head_class())
    assert fast.lm_head.weight is fast.model.embed_tokens.weight  # still tied: no second copy of the vocabulary
    assert fast.lm_head.weight.dtype == torch.float32
    assert fast.state_dict().keys() == plain.state_dict().keys()
    assert screen_lm_head(fast) is False  # already screened: left as it is


def test_the_screens_int8_copy_is_packed_in_a_thread_while_the_tokenizer_loads(tiny_model, monkeypatch):
    import threading

    import torch

    from sqltune import cpu, models
    from sqltune.models import load_base, load_for_inference

    packed, tokenizer_loads = [], []
    real_pack, real_tokenizer = cpu._int8_linear, models.load_tokenizer

    def pack(weight):  # the real packing, recording where and when it ran
        packed.append((weight.shape[0], threading.current_thread().name))
        return real_pack(weight)

    def tokenizer(cfg):
        tokenizer_loads.append(len(packed))
        return real_tokenizer(cfg)

    monkeypatch.setattr(cpu, "_int8_linear", pack)
    monkeypatch.setattr(models, "load_tokenizer", tokenizer)
    fast, _ = load_for_inference(_cfg(tiny_model))
    x = torch.randn(1, 3, fast.lm_head.in_features)
    with torch.no_grad():
        got = fast.lm_head(x)  # (waits for the packing)
    vocab = fast.lm_head.out_features
    assert (vocab, "sqltune-int8-head_0") in packed  # the whole weight, off the loading thread
    assert tokenizer_loads and tokenizer_loads[0] >= 1  # ... started before the tokenizer loaded
    plain = load_base(_cfg(tiny_model), quantize=False).eval()
    with torch.no_grad():
        want = plain.lm_head(x)
    top = want.topk(8, dim=-1).indices
    assert torch.allclose(got.gather(-1, top), want.gather(-1, top), atol=1e-5)


def test_screened_logits_exact_at_the_top(models):
    import torch

    fast, plain, _ = models
    torch.manual_seed(0)
    hidden = torch.randn(3, 5, fast.config.hidden_size)
    with torch.inference_mode():
        got, want = fast.lm_head(hidden), plain.lm_head(hidden)
    assert got.shape == want.shape and got.dtype == want.dtype
    top = want.topk(8, dim=-1)
    assert torch.equal(got.argmax(-1), want.argmax(-1))
    # the best logits are the exact ones, not int8 approximations of them
    torch.testing.assert_close(got.gather(-1, top.indices), top.values, rtol=1e-5, atol=1e-5)
    assert (got - want).abs().max() < 0.05 * want.abs().max()  # the rest: int8 error only


def _prompts(tok):
    from sqltune.decoding import Generator

    gen = Generator(None, tok)
    return [gen.chat_text(f"<SCHEMA>\nsinger(singer_id, name, country, age)\n</SCHEMA>\n{q}") for q in QUESTIONS]


@pytest.mark.parametrize("beams", [1, 3])
def test_fast_path_same_tokens_as_plain_fp32(models, beams):
    import torch

    fast, plain, tok = models
    tok.padding_side = "left"
    enc = tok(_prompts(tok), return_tensors="pt", padding=True, add_special_tokens=False)
    opts = {"do_sample": False, "num_beams": beams, "max_new_tokens": 24, "min_new_tokens": 24,
            "pad_token_id": tok.pad_token_id}
    with torch.inference_mode():
        got, want = fast.generate(**enc, **opts), plain.generate(**enc, **opts)
    assert got.shape[1] == enc["input_ids"].shape[1] + 24
    assert torch.equal(got, want)


def test_generator_on_cpu_model_matches_plain(models):
    from sqltune.decoding import Generator

    fast, plain, tok = models
    prompts = [f"<SCHEMA>\nsinger(singer_id, name)\n</SCHEMA>\n{q}" for q in QUESTIONS]
    got = Generator(fast, tok, max_new_tokens=16, batch_size=2).generate_raw(prompts, progress=False)
    want = Generator(plain, tok, max_new_tokens=16, batch_size=2).generate_raw(prompts, progress=False)
    assert got == want and any(got)


class _BanTop:
    """A logits processor like a grammar's mask: bans each row's 200 best tokens, so the chosen one lies
    outside the screened top 64."""

    def __call__(self, input_ids, scores):
        import torch

        return scores.scatter(-1, scores.topk(200, dim=-1).indices, -torch.inf)


def test_exact_logits_for_masking_processors(models):
    import torch
    from transformers import LogitsProcessorList

    from sqltune.cpu import exact_logits

    fast, plain, tok = models
    tok.padding_side = "left"
    enc = tok(_prompts(tok), return_tensors="pt", padding=True, add_special_tokens=False)
    opts = {"do_sample": False, "max_new_tokens": 12, "min_new_tokens": 12, "pad_token_id": tok.pad_token_id,
            "logits_processor": LogitsProcessorList([_BanTop()])}
    hidden = torch.randn(2, 3, fast.config.hidden_size)
    with torch.inference_mode():
        want = plain.generate(**enc, **opts)
        with exact_logits(fast):
            got = fast.generate(**enc, **opts)
            torch.testing.assert_close(fast.lm_head(hidden), plain.lm_head(hidden), rtol=0, atol=0)
        assert not torch.equal(fast.lm_head(hidden), plain.lm_head(hidden))  # screened again after the block
    assert torch.equal(got, want)


def test_models_keep_transformers_own_layers(models):
    # transformers >= 5.25 swaps layers for Hub kernels unless use_kernels=False: offline that load fails on a GPU
    fast, plain, _ = models
    assert plain.use_kernels is False and fast.use_kernels is False
