"""`sqltune export --format gguf`: the GGUF read back by transformers' GGUF loader gives the source model's
logits and token ids; the errors are one line; a failed export leaves nothing behind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sqltune.cli import main
from sqltune.prompts import GEMMA3_CHAT_TEMPLATE, build_prompt, conversation

SCHEMA = "singer(singer_id, name, country, age)\nconcert(concert_id, concert_name, year)"
MESSAGES = conversation(build_prompt(SCHEMA, "How many singers are there?"))


def _chat_ids(tok):
    return tok.apply_chat_template(MESSAGES, add_generation_prompt=True, return_tensors="pt", return_dict=True)


def _save_merged(model, tok, folder: Path) -> Path:
    model.save_pretrained(folder, safe_serialization=True)
    tok.save_pretrained(folder)
    (folder / "sqltune.json").write_text(json.dumps({"kind": "merged", "base_model": "tiny-random-gemma-3"}))
    return folder


def _llama_cpp_shaped(tiny_model: Path, folder: Path, tie: bool = True) -> Path:
    """A random bf16 Gemma 3 laid out as llama.cpp's gemma3 runs it: 6 layers (layer 5 global, so both RoPE
    bases are used), a sliding window shorter than the prompt, and norms far from zero (so a missing +1 shows).
    The built-in tiny model has a global layer 1 and head_dim 32 with transformers' default query scale, which
    llama.cpp would run differently; it is refused (test below)."""
    import torch
    from transformers import AutoModelForCausalLM, Gemma3TextConfig

    from sqltune.models import load_tokenizer_from

    tok = load_tokenizer_from(tiny_model)
    config = Gemma3TextConfig(
        vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=6, num_attention_heads=2,
        num_key_value_heads=1, head_dim=256, query_pre_attn_scalar=256, max_position_embeddings=4096,
        sliding_window=16, pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id, tie_word_embeddings=tie)
    torch.manual_seed(1)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name.endswith("norm.weight"):
                p.normal_(0.0, 0.5)
    return _save_merged(model.to(torch.bfloat16), tok, folder)


def _logits(model_dir: Path, gguf: Path | None = None):
    import torch
    from transformers import AutoModelForCausalLM

    from sqltune.models import load_tokenizer_from

    if gguf is None:
        model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=torch.float32)
    else:
        model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.float32)
    with torch.no_grad():
        return model.eval()(**_chat_ids(load_tokenizer_from(model_dir))).logits


@pytest.fixture(scope="module")
def shaped(tmp_path_factory, tiny_model) -> Path:
    return _llama_cpp_shaped(tiny_model, tmp_path_factory.mktemp("shaped") / "merged")


def _export(model: Path | str, out: Path, outtype: str, *extra: str) -> None:
    assert main(["export", "--model", str(model), "--format", "gguf", "--output", str(out), "--outtype", outtype,
                 *extra]) == 0


@pytest.fixture(scope="module")
def shaped_logits(shaped):
    return _logits(shaped)


@pytest.fixture(scope="module")
def f16_export(shaped, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("f16") / "model.gguf"
    _export(shaped, out, "f16", "--modelfile")
    return out


# Each GGUF load through transformers takes a minute on 2 cores (it parses the 262k-token vocabulary): f16 runs
# by default, the other types with the slow tests. q8_0 rounds each weight to 1/254 of its block's largest,
# a few percent of a random model's small logits.
@pytest.mark.parametrize("outtype,tol", [("f16", 2e-3), pytest.param("bf16", 2e-3, marks=pytest.mark.slow),
                                         pytest.param("q8_0", 0.1, marks=pytest.mark.slow)])
def test_round_trip_logits(shaped, shaped_logits, f16_export, tmp_path, outtype, tol):
    out = f16_export if outtype == "f16" else tmp_path / f"model-{outtype}.gguf"
    if outtype != "f16":
        _export(shaped, out, outtype)
    expected, got = shaped_logits, _logits(shaped, out)
    diff = (got - expected).abs().max().item()
    scale = expected.abs().max().item()
    assert diff <= tol * scale, f"{outtype}: max |logit diff| {diff:.3g}, logit scale {scale:.3g}"
    # a wrong norm shift, rope base or layer pattern moves logits by about the scale itself
    assert (got.argmax(-1) == expected.argmax(-1)).float().mean() > 0.9


def test_tokenizer_and_metadata(shaped, f16_export):
    from gguf import GGUFReader
    from transformers import AutoTokenizer

    from sqltune.models import load_tokenizer_from

    out = f16_export
    gtok = AutoTokenizer.from_pretrained(str(out.parent), gguf_file=out.name)
    src = load_tokenizer_from(shaped)
    assert _chat_ids(gtok)["input_ids"].tolist() == _chat_ids(src)["input_ids"].tolist()
    assert gtok("SELECT count(*)  FROM singer\n\n").input_ids == src("SELECT count(*)  FROM singer\n\n").input_ids

    reader = GGUFReader(out)
    field = {k: f.contents() for k, f in reader.fields.items() if not k.startswith("tokenizer.ggml.t")
             and k != "tokenizer.ggml.scores"}
    assert field["general.architecture"] == "gemma3"
    assert field["tokenizer.chat_template"] == GEMMA3_CHAT_TEMPLATE
    assert field["gemma3.block_count"] == 6 and field["gemma3.attention.key_length"] == 256
    assert field["gemma3.rope.freq_base"] == 1e6 and field["gemma3.rope.freq_base_swa"] == 1e4
    assert field["gemma3.attention.sliding_window"] == 16
    assert (field["tokenizer.ggml.bos_token_id"], field["tokenizer.ggml.eos_token_id"],
            field["tokenizer.ggml.eot_token_id"]) == (2, 1, 106)
    assert field["tokenizer.ggml.add_bos_token"] is True
    names = {t.name: t for t in reader.tensors}
    assert "output.weight" not in names  # tied: llama.cpp reuses token_embd
    assert names["blk.0.attn_norm.weight"].tensor_type.name == "F32"
    assert names["blk.0.attn_q.weight"].tensor_type.name == "F16"

    modelfile = (out.parent / "Modelfile").read_text()
    assert modelfile.startswith("FROM ./model.gguf\n")
    assert 'PARAMETER stop "<end_of_turn>"' in modelfile and "PARAMETER temperature 0" in modelfile
    assert "<start_of_turn>user\n{{ .Content }}<end_of_turn>\n" in modelfile


@pytest.mark.slow
def test_untied_lm_head_is_exported(tiny_model, tmp_path):
    """A merge that trained lm_head apart from the embedding keeps both; so must the GGUF."""
    import torch

    folder = _llama_cpp_shaped(tiny_model, tmp_path / "merged", tie=False)
    from safetensors.torch import load_file, save_file

    weights = load_file(folder / "model.safetensors")
    weights["lm_head.weight"] = weights["lm_head.weight"] + torch.randn_like(weights["lm_head.weight"]) * 0.05
    save_file(weights, folder / "model.safetensors", metadata={"format": "pt"})
    out = tmp_path / "untied.gguf"
    _export(folder, out, "bf16")
    expected, got = _logits(folder), _logits(folder, out)
    assert (got - expected).abs().max().item() <= 2e-3 * expected.abs().max().item()


@pytest.mark.slow
def test_real_gemma_270m_round_trip(gemma_dir, tmp_path):
    from transformers import AutoTokenizer

    from sqltune.models import load_tokenizer_from

    expected = _logits(gemma_dir)
    for outtype in ("bf16", "f16"):
        out = tmp_path / f"gemma-{outtype}.gguf"
        start = time.perf_counter()
        _export("gemma-3-270m", out, outtype)
        took = time.perf_counter() - start
        got = _logits(gemma_dir, out)
        diff = (got - expected).abs().max().item()
        print(f"gemma-3-270m {outtype}: {out.stat().st_size / 2**20:.1f} MiB, export {took:.1f} s, "
              f"max |logit diff| {diff:.3g}")
        assert diff <= 1e-3 * expected.abs().max().item()
        assert bool((got.argmax(-1) == expected.argmax(-1)).all())
    gtok = AutoTokenizer.from_pretrained(str(tmp_path), gguf_file="gemma-f16.gguf")
    assert _chat_ids(gtok)["input_ids"].tolist() == _chat_ids(load_tokenizer_from(gemma_dir))["input_ids"].tolist()


# --- errors: one line, exit code 2, nothing written --------------------------------------------------------

def _error(capsys, *argv: str) -> str:
    capsys.readouterr()  # what the test's own setup printed
    rc = main(["export", *argv])
    err = capsys.readouterr().err.strip()
    assert rc == 2, err
    assert len(err.splitlines()) == 1, err
    assert err.startswith("sqltune export: error: ")
    return err


def test_adapter_folder_says_merge_first(tiny_model, tmp_path, capsys):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    peft_model = get_peft_model(AutoModelForCausalLM.from_pretrained(str(tiny_model)),
                                LoraConfig(r=4, target_modules=["q_proj"]))
    peft_model.save_pretrained(tmp_path / "run")
    err = _error(capsys, "--model", str(tmp_path / "run"), "--output", str(tmp_path / "x.gguf"))
    assert "sqltune merge" in err and "adapter" in err
    assert not (tmp_path / "x.gguf").exists()


def test_not_a_model_folder_says_merge_first(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("hello")
    err = _error(capsys, "--model", str(tmp_path), "--output", str(tmp_path / "x.gguf"))
    assert "not a merged model folder" in err and "sqltune merge" in err


def test_unsupported_architecture_is_named(tmp_path, capsys):
    from transformers import LlamaConfig, LlamaForCausalLM

    LlamaForCausalLM(LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=1,
                                 num_attention_heads=2)).save_pretrained(tmp_path / "llama")
    err = _error(capsys, "--model", str(tmp_path / "llama"), "--output", str(tmp_path / "x.gguf"))
    assert "unsupported architecture 'llama'" in err
    assert not list(tmp_path.glob("*.gguf*"))


def test_layout_llama_cpp_would_run_differently_is_refused(tiny_model, tmp_path, capsys):
    err = _error(capsys, "--model", "tiny-random-gemma-3", "--output", str(tmp_path / "x.gguf"))
    assert "layer 1 is full_attention" in err and "nothing was written" in err
    assert not list(tmp_path.iterdir())


def test_interrupted_export_leaves_no_file(shaped, tmp_path):
    """Killed half-way (Ctrl-C), the old output stays as it was and no temporary file is left. The export
    sends itself SIGINT once the temporary file holds its header, just before the tensors: a small model's
    export is over in milliseconds, too soon for a signal from outside to land reliably in the middle. Python
    leaves SIGINT ignored when it starts with it ignored (as under a background shell job): the handler is set."""
    out = tmp_path / "model.gguf"
    out.write_text("previous export")
    code = ("import os, signal; from pathlib import Path; import sqltune.export as e\n"
            "write = e._write_tensors\n"
            "def interrupted(writer, plan):\n"
            "    assert list(Path(" + repr(str(tmp_path)) + ").glob('.model.gguf.tmp-*'))\n"
            "    signal.signal(signal.SIGINT, signal.default_int_handler)  # not inherited as ignored\n"
            "    os.kill(os.getpid(), signal.SIGINT)\n"
            "    write(writer, plan)\n"
            "e._write_tensors = interrupted\n"
            f"e.export_gguf(Path({str(shaped)!r}), Path({str(out)!r}), 'q8_0')")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})
    assert proc.returncode != 0 and "KeyboardInterrupt" in proc.stderr, proc.stderr[-2000:]
    assert out.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["model.gguf"]
