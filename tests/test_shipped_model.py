"""The shipped trained model (`sqltune-270m`): it is the default of generate/evaluate/serve, small enough to
ship, and it answers a Spider question with SQL that runs and returns the right result."""

from __future__ import annotations

import json
import sqlite3

import pytest

from sqltune.cli import main
from sqltune.config import make_config
from sqltune.models import BUILTIN_ADAPTERS, builtin_adapter_dir, describe
from sqltune.train import effective_batch


def test_the_shipped_adapter_is_described_and_small():
    assert "sqltune-270m" in BUILTIN_ADAPTERS
    folder = builtin_adapter_dir("sqltune-270m")
    info = describe("sqltune-270m")
    assert info["kind"] == "adapter" and info["base_model"] == "gemma-3-270m"
    assert (folder / "adapter_model.safetensors").stat().st_size <= 32 * 2**20
    assert json.loads((folder / "adapter_config.json").read_text())["base_model_name_or_path"] == "gemma-3-270m"
    assert "Gemma Terms of Use" in (folder / "README.md").read_text()  # the model card names the licenses


def test_the_shipped_adapter_was_trained_with_the_default_recipe():
    """A default changed without the shipped model retrained (scripts/build_sqltune_270m.sh) fails here: the model
    card and the README would describe a recipe the shipped weights never saw."""
    folder = builtin_adapter_dir("sqltune-270m")
    meta = json.loads((folder / "sqltune.json").read_text())
    lora = json.loads((folder / "adapter_config.json").read_text())
    cfg = make_config()
    assert (meta["num_train_epochs"], meta["max_steps"]) == (cfg.num_train_epochs, cfg.max_steps)
    batch = effective_batch(cfg, world_size=1)  # sequences, tokens and learning rate a step, as train records them
    assert {k: meta[k] for k in batch} == batch
    assert (lora["r"], lora["lora_alpha"], lora["lora_dropout"]) == (cfg.lora_r, cfg.lora_alpha, cfg.lora_dropout)
    assert (meta["schema_format"], meta["sample_rows"], meta["adapter_dtype"]) == \
        (cfg.schema_format, cfg.sample_rows, cfg.adapter_dtype)
    assert cfg.train_extra == "auto" and meta["train_extra"] == "spider-syn"  # what auto adds to Spider train


def test_generate_evaluate_and_serve_default_to_it():
    from sqltune.cli import build_parser
    from sqltune.config import config_from_args

    for stage in ("generate", "evaluate", "serve"):
        assert config_from_args(build_parser().parse_args([stage])).model == "sqltune-270m"
    assert config_from_args(build_parser().parse_args(["train"])).model == "gemma-3-270m"
    assert make_config().model == "gemma-3-270m"


@pytest.mark.slow
def test_it_answers_a_spider_question_with_sql_that_runs(spider_root, capsys):
    db = spider_root / "database" / "concert_singer" / "concert_singer.sqlite"
    assert main(["generate", "--db", str(db), "--question", "How many singers do we have?"]) == 0
    sql = capsys.readouterr().out.strip()
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert conn.execute(sql).fetchall() == conn.execute("SELECT count(*) FROM singer").fetchall(), sql
    finally:
        conn.close()
