"""sqltune.lora_merge: the shipped adapter merged without peft gives peft's merged weights to the bit, decoding
loads it without importing peft, and adapters that are not plain LoRA go to peft."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from sqltune.config import make_config
from sqltune.errors import SqltuneError
from sqltune.lora_merge import check_weights, merge_into, plain_lora
from sqltune.models import builtin_adapter_dir, load_as_saved


@pytest.mark.parametrize("dtype", ["float32", "bfloat16"])
def test_the_shipped_adapter_merged_here_equals_peft_merge_to_the_bit(dtype):
    import torch

    cfg = make_config(None, {"model": "sqltune-270m", "dtype": dtype, "device_map": "cpu"})
    ours, _ = load_as_saved(cfg, merged=True)
    assert type(ours).__name__ == "Gemma3ForCausalLM"  # (merged here: no PeftModel around it)
    theirs, _ = load_as_saved(cfg)
    assert type(theirs).__name__.startswith("PeftModel")
    theirs = theirs.merge_and_unload()
    mine, peft = dict(ours.named_parameters()), dict(theirs.named_parameters())
    assert mine.keys() == peft.keys()
    assert all(torch.equal(mine[k], peft[k]) for k in mine)
    assert mine["model.layers.0.self_attn.q_proj.weight"].dtype == getattr(torch, dtype)
    base, _ = load_as_saved(make_config(None, {"model": "gemma-3-270m", "dtype": dtype, "device_map": "cpu"}))
    merged = [k for k in mine if not torch.equal(mine[k], dict(base.named_parameters())[k])]
    assert len(merged) == 18 * 7  # every targeted projection of every layer moved, nothing else


def test_decoding_loads_the_shipped_model_without_importing_peft():
    code = ("import sys; from sqltune.config import make_config; from sqltune.decoding import load_generator; "
            "g = load_generator(make_config(None, {'model': 'sqltune-270m', 'device_map': 'cpu'})); "
            "print(type(g.model).__name__, 'peft' in sys.modules, 'bitsandbytes' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split()[-2:] == ["False", "False"]


def test_adapters_that_are_not_plain_lora_go_to_peft(tmp_path):
    shipped = builtin_adapter_dir("sqltune-270m")
    assert plain_lora(shipped) is not None
    for change in ({"use_dora": True}, {"modules_to_save": ["lm_head"]}, {"rank_pattern": {"q_proj": 8}},
                   {"bias": "all"}, {"a_variant_from_a_later_peft": {"on": 1}}):
        folder = tmp_path / "x"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(shipped, folder)
        config = json.loads((folder / "adapter_config.json").read_text())
        (folder / "adapter_config.json").write_text(json.dumps({**config, **change}))
        assert plain_lora(folder) is None, change
    (tmp_path / "x" / "adapter_config.json").write_text(json.dumps(config))
    rs = plain_lora(tmp_path / "x")
    (tmp_path / "x" / "adapter_config.json").write_text(json.dumps({**config, "use_rslora": True}))
    assert plain_lora(tmp_path / "x")["scaling"] == pytest.approx(rs["scaling"] * config["r"] ** 0.5)


def test_a_merge_adds_b_a_scaled_and_refuses_layers_it_cannot_merge_alone(tiny_model):
    import torch
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_model, dtype=torch.float32)
    before = {k: v.clone() for k, v in model.state_dict().items()}

    def unchanged() -> bool:
        return all(torch.equal(before[k], v) for k, v in model.state_dict().items())

    assert merge_into(model, plain_lora(builtin_adapter_dir("sqltune-270m"))) is False  # (270m's shapes, 2 layers)
    assert unchanged()
    out, width = model.lm_head.weight.shape  # tied to the input embeddings: merging would change both
    assert merge_into(model, {"scaling": 1.0, "weights": {"lm_head": (torch.ones(2, width), torch.ones(out, 2))}}) \
        is False
    assert unchanged()
    q = model.model.layers[0].self_attn.q_proj.weight
    a, b = torch.randn(3, q.shape[1]).bfloat16(), torch.randn(q.shape[0], 3).bfloat16()
    one = {"scaling": 0.5, "weights": {"model.layers.0.self_attn.q_proj": (a, b)}}
    with torch.device("meta"):  # (a layer offloaded to disk: its weight is on the meta device)
        offloaded = AutoModelForCausalLM.from_config(model.config)
    assert merge_into(offloaded, one) is False
    assert merge_into(model, one) is True
    assert torch.equal(q, before["model.layers.0.self_attn.q_proj.weight"] + (b.float() @ a.float()) * 0.5)
    assert sum(not torch.equal(before[k], v) for k, v in model.state_dict().items()) == 1


def test_a_damaged_adapter_file_is_one_clear_error(tmp_path):
    folder = tmp_path / "damaged"
    shutil.copytree(builtin_adapter_dir("sqltune-270m"), folder)
    weights = folder / "adapter_model.safetensors"
    weights.write_bytes(weights.read_bytes()[:1000])  # (a copy cut short)
    schema = tmp_path / "schema.sql"
    schema.write_text("CREATE TABLE t (a INT);")
    out = subprocess.run([sys.executable, "-m", "sqltune", "generate", "--model", str(folder), "--question", "How "
                          "many?", "--schema", str(schema)], capture_output=True, text=True, timeout=300)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert f"cannot read the adapter's weights {weights}" in out.stderr and "copy it again" in out.stderr
    # an adapter that peft must load (here DoRA) is checked before peft reads it, as clearly
    config = json.loads((folder / "adapter_config.json").read_text())
    (folder / "adapter_config.json").write_text(json.dumps({**config, "use_dora": True}))
    assert plain_lora(folder) is None
    out = subprocess.run([sys.executable, "-m", "sqltune", "generate", "--model", str(folder), "--question", "How "
                          "many?", "--schema", str(schema)], capture_output=True, text=True, timeout=300)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert f"cannot read the adapter's weights {weights}" in out.stderr
    out = subprocess.run([sys.executable, "-m", "sqltune", "merge", "--model", str(folder)], capture_output=True,
                         text=True, timeout=300)  # (sqltune merge loads every adapter through peft)
    assert out.returncode != 0 and "Traceback" not in out.stderr
    assert f"cannot read the adapter's weights {weights}" in out.stderr
    weights.write_bytes(b"\x08" + bytes(7) + b"{}")  # a header that says 8 bytes and holds 2
    with pytest.raises(SqltuneError, match="cannot read the adapter's weights .* damaged or incomplete"):
        check_weights(folder)
    check_weights(builtin_adapter_dir("sqltune-270m"))  # a sound file passes
