import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sqltune.cli import main
from sqltune.config import FIELDS, Config, make_config
from sqltune.errors import SqltuneError

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = sorted((ROOT / "configs").glob("*.yaml"))

# Every value of ../shared/RECIPE.md, as sqltune names it.
RECIPE = {
    "model": "google/gemma-3-1b-pt", "attn_implementation": "eager", "quantization": "nf4", "dtype": "auto",
    "dataset": "gretel", "schema_format": "create_table", "num_samples": 12500, "test_size": 2500, "prompt_template": "recipe",
    "lora_r": 16, "lora_alpha": 16, "lora_dropout": 0.05, "lora_target_modules": "all-linear",
    "modules_to_save": ["lm_head", "embed_tokens"], "max_length": 512, "packing": True,
    "completion_only_loss": False, "num_train_epochs": 3.0, "per_device_train_batch_size": 1,
    "gradient_accumulation_steps": 4, "gradient_checkpointing": True, "optim": "adamw_torch_fused",
    "learning_rate": 2e-4, "lr_scheduler_type": "constant", "warmup_ratio": 0.03, "max_grad_norm": 0.3,
    "logging_steps": 10, "report_to": "tensorboard", "save_strategy": "epoch", "push_to_hub": False,
    "max_new_tokens": 256,
    # how the guide's SFTTrainer runs: eagerly, without fused kernels, its own per-step metrics
    "use_liger_kernel": False, "compile": "none", "lazy_metrics": False,
    "train_extra": None,  # with --dataset spider, Spider's own questions only
    "review_rows": False,  # the dataset's rows only, no SQL -> question rows
}


@pytest.mark.parametrize("path", CONFIGS, ids=[p.name for p in CONFIGS])
def test_every_config_loads(path):
    make_config(path)  # a config file names only real keys and valid values (or this raises)
    # its header comment gives the command that runs it, with this very file
    header = [line for line in path.read_text().splitlines() if line.startswith("#")]
    assert any(f"sqltune train --config configs/{path.name}" in " ".join(line.split()) for line in header), header


def test_recipe_config_has_every_recipe_value(capsys):
    assert main(["train", "--config", str(ROOT / "configs/recipe.yaml"), "--print-config"]) == 0
    dumped = yaml.safe_load(capsys.readouterr().out)
    for key, value in RECIPE.items():
        assert dumped[key] == value, key
    assert set(dumped) == set(FIELDS)


def test_flags_override_yaml_and_yaml_overrides_defaults(tmp_path, capsys):
    f = tmp_path / "c.yaml"
    f.write_text("learning_rate: 0.001\nlora_r: 8\n")
    assert main(["train", "--config", str(f), "--lora-r", "4", "--no-packing", "--print-config"]) == 0
    dumped = yaml.safe_load(capsys.readouterr().out)
    assert dumped["learning_rate"] == 0.001 and dumped["lora_r"] == 4 and dumped["packing"] is False


def test_unknown_yaml_key_is_one_clear_error(tmp_path, capsys):
    f = tmp_path / "c.yaml"
    f.write_text("learning_rat: 0.001\n")
    assert main(["train", "--config", str(f), "--print-config"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown key(s) learning_rat" in err and str(f) in err


def test_unknown_flag_is_rejected(capsys):
    with pytest.raises(SystemExit) as e:
        main(["train", "--learning-rat", "1"])
    assert e.value.code == 2


def test_bad_values_are_collected_into_one_error(capsys):
    assert main(["train", "--lora-r", "0", "--max-length", "4", "--print-config"]) == 2
    err = capsys.readouterr().err
    assert "--lora-r" in err and "--max-length" in err and err.count("\n") == 1


def test_bad_type_names_the_key():
    with pytest.raises(SqltuneError, match="learning_rate"):
        make_config(None, {"learning_rate": "fast"})


def test_help_does_not_import_torch():
    code = "import sys; from sqltune.cli import build_parser; build_parser(); print('torch' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_help_lists_every_stage():
    out = subprocess.run([sys.executable, "-m", "sqltune", "--help"], capture_output=True, text=True).stdout
    for stage in ("prepare", "train", "merge", "generate", "evaluate"):
        assert stage in out


def test_default_yaml_is_the_builtin_default():
    """configs/default.yaml documents the defaults; it must not drift from them."""
    defaults = Config().to_dict()
    written = yaml.safe_load((ROOT / "configs/default.yaml").read_text())
    assert {k: defaults[k] for k in written} == {k: make_config(None, {k: v}).to_dict()[k] for k, v in written.items()}


def test_every_speed_benchmark_run_is_a_valid_config():
    # benchmarks/train_speed.py's runs are config files plus overrides; a stale key or value fails here, not on a GPU
    import importlib.util

    spec = importlib.util.spec_from_file_location("train_speed", ROOT / "benchmarks" / "train_speed.py")
    train_speed = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(train_speed)
    assert {"recipe", "sqltune", "sqltune-r128"} <= set(train_speed.RUNS)
    for name, (cfg_file, overrides) in train_speed.RUNS.items():
        cfg = make_config(ROOT / cfg_file, overrides)
        assert all(getattr(cfg, k) == v for k, v in overrides.items()), name
