"""Training-speed levers of issue #16 (benchmarks/train_speed.py measures them on a GPU): LoRA matrices trained in
bfloat16 (`--lora-dtype`) and regionally compiled decoder layers (`--compile layers`) train what the default
trains, and both options go through YAML, flags and the saved config like every other."""

from __future__ import annotations

import json

import pytest
import torch
import yaml

from sqltune.cli import main
from tests.test_pipeline import FAST, write_rows


def _config(tmp_path, **overrides):
    from sqltune.config import make_config

    return make_config(None, {"model": "tiny-random-gemma-3", "data_dir": str(tmp_path), "quantization": "none",
                              "report_to": "none", "output_dir": str(tmp_path / "o"), "save_strategy": "no",
                              "max_length": 128, "per_device_train_batch_size": 2, "logging_steps": 1,
                              **overrides})


def _lora(model) -> dict[str, torch.Tensor]:
    return {n: p for n, p in model.named_parameters() if ".lora_" in n}


# --- the options -------------------------------------------------------------------------------------------

def test_options_default_round_trip_and_reject_unknown_values(tmp_path, capsys):
    from sqltune.config import Config, make_config

    assert (Config().lora_dtype, Config().compile) == ("auto", "auto")
    f = tmp_path / "c.yaml"
    f.write_text("lora_dtype: bfloat16\ncompile: layers\n")
    assert main(["train", "--config", str(f), "--print-config"]) == 0
    dumped = yaml.safe_load(capsys.readouterr().out)
    assert (dumped["lora_dtype"], dumped["compile"]) == ("bfloat16", "layers")
    (tmp_path / "again.yaml").write_text(yaml.safe_dump(dumped))  # what training writes as config.yaml
    again = make_config(tmp_path / "again.yaml")
    assert (again.lora_dtype, again.compile) == ("bfloat16", "layers")
    assert main(["train", "--config", str(f), "--lora-dtype", "float32", "--compile", "none", "--print-config"]) == 0
    dumped = yaml.safe_load(capsys.readouterr().out)
    assert (dumped["lora_dtype"], dumped["compile"]) == ("float32", "none")  # flags over the file

    for flag, bad in (("--compile", "all"), ("--lora-dtype", "float16")):
        with pytest.raises(SystemExit) as e:
            main(["train", flag, bad, "--print-config"])
        assert e.value.code == 2
        assert f"{flag}: invalid choice: '{bad}'" in capsys.readouterr().err
    for key, bad in (("compile", "model"), ("lora_dtype", "fp8")):
        f.write_text(f"{key}: {bad}\n")
        assert main(["train", "--config", str(f), "--print-config"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and f"config key '{key}'" in err and bad in err


def test_compile_auto_compiles_on_one_gpu_process_and_liger_gives_way(monkeypatch):
    """--compile auto: layers on one GPU process, not on a CPU nor under a launcher; Liger's auto is off where
    the layers compile (its RMSNorm breaks their graphs) and follows its package elsewhere."""
    import importlib.util

    from sqltune.config import make_config
    from sqltune.train import compiles, use_liger

    auto, eager, layers = (make_config(None, {"compile": c}) for c in ("auto", "none", "layers"))
    assert (compiles(auto, use_cpu=False), compiles(auto, use_cpu=True)) == (True, False)
    assert (compiles(eager, use_cpu=False), compiles(layers, use_cpu=True)) == (False, True)  # as asked
    installed = importlib.util.find_spec("liger_kernel") is not None
    assert (use_liger(auto, use_cpu=False), use_liger(layers, use_cpu=False)) == (False, False)
    assert use_liger(eager, use_cpu=False) is installed and use_liger(eager, use_cpu=True) is False
    assert use_liger(make_config(None, {"compile": "layers", "use_liger_kernel": True}), use_cpu=False) is True
    monkeypatch.setenv("WORLD_SIZE", "2")  # torchrun's two processes
    assert compiles(auto, use_cpu=False) is False and use_liger(auto, use_cpu=False) is installed


# --- LoRA matrices in bfloat16 -----------------------------------------------------------------------------

def test_lora_dtype_sets_the_trained_matrices_only(tiny_model, tmp_path):
    """Over a bfloat16 base PEFT upcasts the LoRA matrices to float32; auto (the default) and bfloat16 keep them
    in bfloat16, float32 upcasts them again; over a float32 base (a CPU's) auto leaves them in float32. The frozen base and the full copies of modules_to_save stay as loaded.
    (That build_trainer applies it: test_bfloat16_lora_trains_and_its_adapter_loads.)"""
    from peft import get_peft_model

    from sqltune.models import load_base
    from sqltune.train import cast_lora, lora_config

    cfg = _config(tmp_path, dtype="bfloat16", modules_to_save=["lm_head"])
    model = get_peft_model(load_base(cfg, quantize=False, for_training=True), lora_config(cfg))
    lora = _lora(model)
    others = {n: p for n, p in model.named_parameters() if n not in lora}
    assert any("modules_to_save" in n and p.requires_grad for n, p in others.items())
    for lora_dtype, expected, changed in (("float32", torch.float32, 0), ("auto", torch.bfloat16, len(lora)),
                                          ("bfloat16", torch.bfloat16, 0), ("float32", torch.float32, len(lora))):
        assert cast_lora(model, lora_dtype) == changed, lora_dtype
        lora = _lora(model)
        assert lora and {p.dtype for p in lora.values()} == {expected}, lora_dtype
        assert all(p.requires_grad for p in lora.values())
        assert {p.dtype for n, p in model.named_parameters() if n not in lora} == {torch.bfloat16}
    f32 = get_peft_model(load_base(_config(tmp_path, dtype="float32"), quantize=False, for_training=True),
                         lora_config(cfg))
    assert cast_lora(f32, "auto") == 0 and {p.dtype for p in _lora(f32).values()} == {torch.float32}


@pytest.mark.slow
def test_bfloat16_lora_trains_and_its_adapter_loads(tiny_model, tmp_path):
    """Trained through the CLI with --lora-dtype bfloat16: the loss falls, and the adapter, written in float32
    (--adapter-dtype float32), holds only bfloat16-exact values: the optimizer stepped bfloat16 weights. The
    folder then loads as any adapter, with those weights, and changes the model's output."""
    from safetensors.torch import load_file

    from sqltune.config import make_config
    from sqltune.models import load_as_saved

    data, out = tmp_path / "data", tmp_path / "out"
    write_rows(data / "train.jsonl", 16)
    assert main(["train", "--model", "tiny-random-gemma-3", "--data-dir", str(data), "--output-dir", str(out),
                 "--max-steps", "4", "--learning-rate", "1e-2", "--lora-dtype", "bfloat16", "--adapter-dtype",
                 "float32", "--save-strategy", "no", *FAST]) == 0
    losses = [h["loss"] for h in json.loads((out / "log_history.json").read_text()) if "loss" in h]
    assert len(losses) == 4 and losses[-1] < losses[0] - 0.05, losses
    assert yaml.safe_load((out / "config.yaml").read_text())["lora_dtype"] == "bfloat16"

    saved = load_file(out / "adapter_model.safetensors")
    assert saved and {t.dtype for t in saved.values()} == {torch.float32}
    for name, t in saved.items():
        assert torch.equal(t, t.to(torch.bfloat16).float()), f"{name} is not bfloat16-exact: trained in float32"
    trained_b = [t for n, t in saved.items() if "lora_B" in n]
    assert trained_b and all(t.abs().max() > 0 for t in trained_b)  # B starts at zero: it was trained

    model, _ = load_as_saved(make_config(None, {"model": str(out)}))
    loaded = {n: p for n, p in model.named_parameters() if "lora_B" in n}
    assert len(loaded) == len(trained_b)
    assert all(p.abs().max() > 0 for p in loaded.values())
    ids = torch.tensor([[2, 105, 2364, 107, 10, 20, 30, 106]])
    with torch.no_grad():
        tuned = model(input_ids=ids).logits
        with model.disable_adapter():
            base = model(input_ids=ids).logits
    assert (tuned - base).abs().max() > 1e-4


# --- regional compile --------------------------------------------------------------------------------------

@pytest.mark.slow
def test_compiled_layers_train_like_eager(tiny_model, tmp_path):
    """A few steps with every decoder layer compiled give the eager run's losses, gradient norms and LoRA
    weights (float32 on CPU: within rounding), with the parameter names of an uncompiled model. sdpa attention
    keeps each layer one graph on CPU (varlen's CPU path loops over examples in Python); no dropout, whose
    random masks the compiled code draws differently."""
    from peft import get_peft_model_state_dict
    from torch._dynamo.utils import counters

    from sqltune.train import build_trainer

    write_rows(tmp_path / "train.jsonl", 12)
    runs = {}
    for mode in ("none", "layers"):
        cfg = _config(tmp_path, compile=mode, attn_implementation="sdpa", lora_dropout=0.0, max_steps=3,
                      learning_rate=1e-2, output_dir=str(tmp_path / mode))
        torch.manual_seed(0)  # the same LoRA initialisation both times
        trainer = build_trainer(cfg, tmp_path / "train.jsonl")
        start = {n: p.detach().clone() for n, p in _lora(trainer.model).items()}
        layers = trainer.model.get_base_model().get_decoder().layers
        assert all((layer._compiled_call_impl is not None) == (mode == "layers") for layer in layers)
        torch._dynamo.reset()
        counters.clear()
        trainer.train()
        graphs = counters["stats"]["unique_graphs"]
        assert (graphs > 0) == (mode == "layers"), graphs  # the compiled code really ran
        history = [h for h in trainer.state.log_history if "loss" in h]
        runs[mode] = {"start": start, "loss": [h["loss"] for h in history],
                      "grad_norm": [h["grad_norm"] for h in history],
                      "state": {n: t.detach().clone() for n, t in get_peft_model_state_dict(trainer.model).items()}}

    eager, compiled = runs["none"], runs["layers"]
    assert eager["start"].keys() == compiled["start"].keys()
    assert all(torch.equal(eager["start"][n], compiled["start"][n]) for n in eager["start"])
    assert len(eager["loss"]) == 3 and eager["loss"][-1] < eager["loss"][0]
    torch.testing.assert_close(compiled["loss"], eager["loss"], rtol=1e-4, atol=0)
    torch.testing.assert_close(compiled["grad_norm"], eager["grad_norm"], rtol=1e-3, atol=0)
    assert compiled["state"].keys() == eager["state"].keys()  # no _orig_mod in the saved names
    moved = 0
    for name, weight in eager["state"].items():
        diff = (compiled["state"][name] - weight).norm() / weight.norm().clamp(min=1e-12)
        assert diff < 1e-3, (name, float(diff))
        moved += "lora_B" in name and weight.abs().max() > 0
    assert moved  # B starts at zero: the comparison covers trained weights


# --- no reads from the GPU inside a step -------------------------------------------------------------------

def _reads_in_steps(trainer) -> list[str]:
    """Where values were read back from tensors (`.item()`, `bool(t)`: each such read waits for the GPU) inside
    the optimizer steps after the first, from the step's start to its end (a logging step's reads come after).
    Left out: the optimizer's step counters (CPU tensors wherever the parameters are; the CUDA fused AdamW reads
    none) and the data collator (CPU tensors before the batch moves)."""
    import traceback

    from torch.utils._python_dispatch import TorchDispatchMode
    from transformers import TrainerCallback

    reads, state = [], {"on": False}
    reading = {torch.ops.aten._local_scalar_dense.default, torch.ops.aten.is_nonzero.default}

    class Count(TorchDispatchMode):
        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            if func in reading and state["on"]:
                stack = traceback.extract_stack()
                if not any("torch/optim/" in f.filename for f in stack):
                    reads.append(next((f"{f.filename.rsplit('site-packages/', 1)[-1]}:{f.lineno}"
                                       for f in reversed(stack[:-1]) if "torch/" not in f.filename), "?"))
            return func(*args, **(kwargs or {}))

    collate = trainer.data_collator

    def quiet_collate(*a, **k):
        on, state["on"] = state["on"], False
        try:
            return collate(*a, **k)
        finally:
            state["on"] = on

    trainer.data_collator = quiet_collate

    class Window(TrainerCallback):
        mode = Count()

        def on_train_begin(self, *a, **k):
            self.mode.__enter__()

        def on_step_begin(self, args, s, control, **kw):
            state["on"] = s.global_step >= 1

        def on_step_end(self, *a, **k):
            state["on"] = False

        def on_train_end(self, *a, **k):
            self.mode.__exit__(None, None, None)

    trainer.add_callback(Window())
    trainer.train()
    return reads


def test_lazy_metrics_read_nothing_inside_a_step_and_log_what_trl_logs(tiny_model, tmp_path):
    """`--lazy-metrics`: the steps between logging steps read nothing back from the model's tensors (TRL's path
    reads the token accuracy, entropy and token count, the Trainer the NaN check and tokens seen, the masks the
    packed-sequence check), and the run logs TRL's values: loss, gradient norm, token accuracy and entropy
    averaged over the logging window, tokens seen. varlen attention over padding-free packed rows (the
    default), float32 on CPU."""
    from sqltune.train import build_trainer
    from sqltune.trainer import LazyMetricsTrainer

    write_rows(tmp_path / "train.jsonl", 24)
    logs, reads = {}, {}
    for lazy in (False, True):
        cfg = _config(tmp_path, lazy_metrics=lazy, lora_dropout=0.0, max_steps=6, logging_steps=3,
                      learning_rate=1e-2, output_dir=str(tmp_path / f"lazy-{lazy}"))
        torch.manual_seed(0)
        trainer = build_trainer(cfg, tmp_path / "train.jsonl")
        assert isinstance(trainer, LazyMetricsTrainer) == lazy
        reads[lazy] = _reads_in_steps(trainer)
        logs[lazy] = [h for h in trainer.state.log_history if "loss" in h]
        logs[lazy].append(trainer.state.num_input_tokens_seen)

    sites = {r.rsplit(":", 1)[0] for r in reads[False]}  # the check sees TRL's path read 10 times a step
    assert {"trl/trainer/sft_trainer.py", "transformers/trainer.py", "transformers/masking_utils.py"} <= sites
    assert len(reads[False]) == 5 * 10, reads[False]
    assert reads[True] == []

    eager, lazy = logs[False], logs[True]
    assert eager[-1] == lazy[-1] > 0  # tokens seen
    assert len(eager) == len(lazy) == 3  # steps 3 and 6
    for a, b in zip(eager[:-1], lazy[:-1]):
        for key in ("loss", "grad_norm", "mean_token_accuracy", "entropy", "num_tokens"):
            assert a[key] == pytest.approx(b[key], rel=1e-5), (key, a[key], b[key])
    assert lazy[1]["loss"] < lazy[0]["loss"]
