"""A checkpoint cut short by a kill (the adapter written, trainer_state.json not yet) is skipped on --resume:
training continues from the one before, with one line saying so and no traceback."""

from __future__ import annotations

import json

import pytest

from sqltune.cli import main
from sqltune.train import last_checkpoint
from tests.test_pipeline import FAST, write_rows


@pytest.mark.slow
def test_resume_skips_an_incomplete_checkpoint(tiny_model, tmp_path, capsys):
    data, out = tmp_path / "data", tmp_path / "out"
    write_rows(data / "train.jsonl", 16)
    args = ["train", "--model", "tiny-random-gemma-3", "--data-dir", str(data), "--output-dir", str(out),
            "--save-strategy", "steps", "--save-steps", "1", *FAST]
    assert main([*args, "--max-steps", "2"]) == 0
    (out / "sqltune.json").unlink()
    # What a kill during the second save leaves: the adapter files, no trainer state.
    (out / "checkpoint-2" / "trainer_state.json").unlink()
    assert (out / "checkpoint-2" / "adapter_model.safetensors").is_file()
    assert last_checkpoint(out) == out / "checkpoint-1"
    capsys.readouterr()

    assert main([*args, "--max-steps", "3", "--resume"]) == 0
    err = capsys.readouterr().err
    assert "sqltune train: skipping incomplete checkpoint-2 (written when the run was killed)" in err
    assert "Traceback" not in err
    assert json.loads((out / "sqltune.json").read_text())["global_step"] == 3
    state = json.loads((out / "checkpoint-3" / "trainer_state.json").read_text())
    assert [e["step"] for e in state["log_history"] if "loss" in e] == [1, 2, 3]  # step 1 carried over
    assert (out / "checkpoint-2" / "trainer_state.json").is_file()  # written again, whole


def test_a_cut_short_trainer_state_counts_as_incomplete(tmp_path):
    for step, state in ((1, "{}"), (2, '{"global_st')):
        (tmp_path / f"checkpoint-{step}").mkdir()
        (tmp_path / f"checkpoint-{step}" / "trainer_state.json").write_text(state)
    (tmp_path / "checkpoint-10").mkdir()  # numbered, not sorted as text
    (tmp_path / "checkpoint-10" / "trainer_state.json").write_text("{}")
    assert last_checkpoint(tmp_path) == tmp_path / "checkpoint-10"
    (tmp_path / "checkpoint-10" / "trainer_state.json").unlink()
    assert last_checkpoint(tmp_path) == tmp_path / "checkpoint-1"
    assert last_checkpoint(tmp_path / "missing") is None
