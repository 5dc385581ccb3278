"""How load_for_inference prepares a model on a CPU (sqltune.cpu): an adapter merged into float32 weights
answers as the adapter does; --cpu-weights int8 stores the decoder's linear layers as int8 rows times a scale,
close to the float layer, and the shipped model still answers with SQL that runs."""

from __future__ import annotations

import sqlite3

import pytest

QUESTIONS = [("How many singers do we have?", "concert_singer"),
             ("What are the names of the stadiums with capacity over 5000?", "concert_singer"),
             ("How many pets are owned by students older than 20?", "pets_1")]


def test_int8_linear_is_close_to_the_float_layer():
    import torch

    from sqltune.cpu import int8_linear_class

    torch.manual_seed(0)
    for bias in (False, True):
        lin = torch.nn.Linear(64, 96, bias=bias)
        q = int8_linear_class()(lin)
        assert q.qweight.dtype == torch.int8 and q.qweight.shape == (96, 64)
        assert "weight" not in dict(q.named_parameters())  # the float copy is gone: a quarter of the bytes
        for shape in ((1, 64), (2, 5, 64), (3, 9, 64)):  # a decoding step, and prompts (the bfloat16 matmul)
            x = torch.randn(*shape)
            got, want = q(x), lin(x)
            assert got.dtype == torch.float32 and got.shape == want.shape
            err = (got - want).abs().max() / want.abs().max()
            assert err < 0.02, err  # int8 rows and bfloat16 inputs: about 1 % of the output's range


@pytest.mark.parametrize("native", [True, False])
def test_int8_prompts_multiply_in_float32_where_the_cpu_has_no_bfloat16(monkeypatch, native):
    """A prompt's (or a beam step's) rows go through a dequantized matmul: in bfloat16 where the CPU has bfloat16
    arithmetic, else in float32 (emulated bfloat16 took 9x float32's time on an AVX2 CPU); both from the same
    rounded inputs, so their results agree to bfloat16's rounding."""
    import torch
    from torch.utils._python_dispatch import TorchDispatchMode

    from sqltune import cpu

    class MatmulDtypes(TorchDispatchMode):
        def __init__(self):
            super().__init__()
            self.seen = []

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            if func.overloadpacket in (torch.ops.aten.mm, torch.ops.aten.addmm, torch.ops.aten.bmm):
                self.seen.append(args[-2].dtype)
            return func(*args, **(kwargs or {}))

    torch.manual_seed(0)
    q = cpu.int8_linear_class()(torch.nn.Linear(64, 96, bias=False))
    x = torch.randn(cpu.PACKED_ROWS + 5, 64)
    reference = torch.nn.functional.linear(x.bfloat16(), q.qweight.to(torch.bfloat16) * q.scale[:, None])
    monkeypatch.setattr(cpu, "native_bfloat16", lambda: native)
    with MatmulDtypes() as mode:
        got = cpu.int8_matmul(x, q.qweight, q.scale)
    assert mode.seen == [torch.bfloat16 if native else torch.float32]
    assert got.dtype == torch.bfloat16
    assert torch.allclose(got.float(), reference.float(), rtol=1e-2, atol=1e-2)


def test_top_indices_finds_the_topk_set():
    import torch

    from sqltune.cpu import top_indices

    torch.manual_seed(0)
    for shape in ((1, 1, 262144), (3, 2, 70001), (2, 500)):  # Gemma's vocabulary, a ragged one, a small one
        x = torch.randn(*shape)
        x[..., 7] = 50.0  # a clear winner, as a trained model's logits have
        got = top_indices(x, 64)
        assert got.shape == (*shape[:-1], 64)
        assert torch.equal(got.sort(-1).values, x.topk(64, dim=-1).indices.sort(-1).values)


def test_int8_weights_replace_the_decoder_linears_not_the_output_layer(tiny_model):
    import torch

    from sqltune.config import make_config
    from sqltune.cpu import int8_linear_class, screened_head_class
    from sqltune.models import load_for_inference

    model, _ = load_for_inference(make_config(None, {"model": str(tiny_model), "cpu_weights": "int8"}))
    kinds = {type(m) for m in model.model.layers.modules()}
    assert int8_linear_class() in kinds and torch.nn.Linear not in kinds
    assert isinstance(model.lm_head, screened_head_class())
    assert model.lm_head.weight is model.model.embed_tokens.weight  # the vocabulary still read once, tied


@pytest.fixture(scope="module")
def shipped_prompts(spider_root):
    from sqltune.config import make_config, model_folder_defaults
    from sqltune.prompts import PromptBuilder

    builder = PromptBuilder(make_config(None, model_folder_defaults("sqltune-270m")))
    return [builder.prompt(q, db_path=spider_root / "database" / db / f"{db}.sqlite") for q, db in QUESTIONS]


@pytest.mark.slow
def test_merged_adapter_answers_as_the_adapter(shipped_prompts):
    """The shipped adapter, merged on load (float32), gives token for token the answers of the adapter kept
    apart from its base (the PeftModel) through the same screened output layer."""
    from sqltune.config import make_config, model_folder_defaults
    from sqltune.cpu import screen_lm_head
    from sqltune.decoding import Generator
    from sqltune.models import load_as_saved, load_for_inference

    cfg = make_config(None, {**model_folder_defaults("sqltune-270m"), "model": "sqltune-270m",
                             "cpu_weights": "float32"})
    merged, tok = load_for_inference(cfg)
    assert not hasattr(merged, "peft_config")  # merged: a plain model, 7 matmuls a layer instead of 21
    apart, _ = load_as_saved(cfg)
    assert hasattr(apart, "peft_config")
    screen_lm_head(apart)
    got = Generator(merged, tok, max_new_tokens=48, batch_size=1).generate(shipped_prompts, progress=False)
    want = Generator(apart, tok, max_new_tokens=48, batch_size=1).generate(shipped_prompts, progress=False)
    assert got == want and all(s.upper().startswith("SELECT") for s in got)


@pytest.mark.slow
def test_int8_shipped_model_answers_with_sql_that_runs(spider_root, shipped_prompts):
    from sqltune.config import make_config, model_folder_defaults
    from sqltune.decoding import Generator
    from sqltune.models import load_for_inference, resolve_cpu_weights

    cfg = make_config(None, {**model_folder_defaults("sqltune-270m"), "model": "sqltune-270m"})
    assert resolve_cpu_weights(cfg) == "int8"  # the CPU default
    model, tok = load_for_inference(cfg)
    sqls = Generator(model, tok, max_new_tokens=64, batch_size=1).generate(shipped_prompts, progress=False)
    db = spider_root / "database" / "concert_singer" / "concert_singer.sqlite"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute(sqls[0]).fetchall() == conn.execute("SELECT count(*) FROM singer").fetchall(), sqls[0]
        assert conn.execute(sqls[1]).fetchall() == conn.execute(
            "SELECT name FROM stadium WHERE capacity > 5000").fetchall(), sqls[1]
    finally:
        conn.close()
