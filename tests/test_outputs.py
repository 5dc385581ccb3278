"""Output folders never destroy what the user had: prepare and merge refuse a non-empty folder that is not
their own earlier output (unless --overwrite) and never put a folder where a file is; re-running a stage into
its own output still works."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sqltune import paths
from sqltune.cli import main
from sqltune.errors import SqltuneError

GRETEL = Path(__file__).parent / "fixtures" / "gretel_sample.jsonl"
PREPARE = ["--dataset", str(GRETEL), "--no-tokenize", "--num-samples", "10", "--test-size", "3"]


def _error_line(capsys, stage: str) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"sqltune {stage}: error: "), err
    return lines[0]


def _user_folder(path: Path) -> Path:
    path.mkdir(parents=True)
    (path / "precious.txt").write_text("years of work\n")
    return path


def _no_temp_folders(parent: Path) -> None:
    assert not [p.name for p in parent.iterdir() if p.name.startswith(".")]


# --- prepare -----------------------------------------------------------------------------------------------

def test_prepare_keeps_a_folder_it_did_not_write(tmp_path, capsys):
    mydir = _user_folder(tmp_path / "mydir")
    assert main(["prepare", "--data-dir", str(mydir), *PREPARE]) == 2
    line = _error_line(capsys, "prepare")
    assert f"--data-dir {mydir}" in line and "precious.txt" in line
    assert "--overwrite" in line and "choose another --data-dir" in line
    assert sorted(p.name for p in mydir.iterdir()) == ["precious.txt"]
    assert (mydir / "precious.txt").read_text() == "years of work\n"
    _no_temp_folders(tmp_path)


def test_prepare_never_replaces_a_file(tmp_path, capsys):
    path = tmp_path / "data"
    path.write_bytes(b"not a folder\x00")
    for extra in ([], ["--overwrite"]):
        assert main(["prepare", "--data-dir", str(path), *PREPARE, *extra]) == 2
        line = _error_line(capsys, "prepare")
        assert f"--data-dir {path} is a file, not a folder" in line and "choose another --data-dir" in line
        assert path.is_file() and path.read_bytes() == b"not a folder\x00"
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_prepare_overwrite_replaces_the_folder(tmp_path, capsys):
    mydir = _user_folder(tmp_path / "mydir")
    assert main(["prepare", "--data-dir", str(mydir), *PREPARE, "--overwrite"]) == 0
    assert not (mydir / "precious.txt").exists()
    assert {"train.jsonl", "test.jsonl", "summary.json"} <= {p.name for p in mydir.iterdir()}
    _no_temp_folders(tmp_path)


def test_prepare_again_into_its_own_folder_and_into_an_empty_one(tmp_path):
    out = tmp_path / "data"
    assert main(["prepare", "--data-dir", str(out), *PREPARE]) == 0
    first = (out / "train.jsonl").read_text()
    assert main(["prepare", "--data-dir", str(out), *PREPARE[:-1], "2"]) == 0  # its own output: replaced
    assert len((out / "test.jsonl").read_text().splitlines()) == 2 and (out / "train.jsonl").read_text() != first
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["prepare", "--data-dir", str(empty), *PREPARE]) == 0
    assert (empty / "summary.json").is_file()
    _no_temp_folders(tmp_path)


# --- the shared helper -------------------------------------------------------------------------------------

def test_atomic_dir_checks_again_before_the_swap(tmp_path):
    """A folder that gains someone's file while the stage works is not replaced either."""
    target = tmp_path / "out"
    with pytest.raises(SqltuneError, match="not empty and not an earlier output"):
        with paths.atomic_dir(target, overwrite=False, own=("summary.json",), flag="--data-dir") as tmp:
            (tmp / "summary.json").write_text("{}")
            _user_folder(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert sorted(p.name for p in target.iterdir()) == ["precious.txt"]


# --- merge -------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def adapter(tmp_path_factory, tiny_model) -> Path:
    """An untrained LoRA adapter on the tiny model, in a folder shaped like a training output."""
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM, AutoTokenizer

    folder = tmp_path_factory.mktemp("adapter") / "run"
    model = get_peft_model(AutoModelForCausalLM.from_pretrained(tiny_model),
                           LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"]))
    model.save_pretrained(folder)
    AutoTokenizer.from_pretrained(tiny_model).save_pretrained(folder)
    (folder / "sqltune.json").write_text(json.dumps({"kind": "adapter", "base_model": "tiny-random-gemma-3"}))
    return folder


def test_merge_keeps_a_folder_it_did_not_write_and_never_replaces_a_file(adapter, tmp_path, capsys):
    mydir = _user_folder(tmp_path / "mydir")
    assert main(["merge", "--model", str(adapter), "--merged-dir", str(mydir)]) == 2
    line = _error_line(capsys, "merge")
    assert f"--merged-dir {mydir}" in line and "precious.txt" in line and "--overwrite" in line
    assert sorted(p.name for p in mydir.iterdir()) == ["precious.txt"]

    a_file = tmp_path / "merged.bin"
    a_file.write_text("mine")
    assert main(["merge", "--model", str(adapter), "--merged-dir", str(a_file), "--overwrite"]) == 2
    assert "is a file, not a folder" in _error_line(capsys, "merge") and a_file.read_text() == "mine"

    # another training output is sqltune's, but not a merge output: kept too
    other = tmp_path / "other-run"
    other.mkdir()
    (other / "sqltune.json").write_text(json.dumps({"kind": "adapter"}))
    assert main(["merge", "--model", str(adapter), "--merged-dir", str(other)]) == 2
    assert "not an earlier output" in _error_line(capsys, "merge") and (other / "sqltune.json").is_file()
    # nor the folder being merged, or one above it, even with --overwrite
    for target in (adapter, adapter.parent):
        assert main(["merge", "--model", str(adapter), "--merged-dir", str(target), "--overwrite"]) == 2
        assert "would replace the adapter folder" in _error_line(capsys, "merge")
    assert (adapter / "adapter_config.json").is_file()
    _no_temp_folders(tmp_path)


@pytest.mark.slow
def test_merge_again_into_its_own_folder_and_overwrite(adapter, tmp_path):
    target = tmp_path / "merged"
    assert main(["merge", "--model", str(adapter), "--merged-dir", str(target)]) == 0
    assert json.loads((target / "sqltune.json").read_text())["kind"] == "merged"
    assert main(["merge", "--model", str(adapter), "--merged-dir", str(target)]) == 0  # its own: replaced
    mydir = _user_folder(tmp_path / "mydir")
    assert main(["merge", "--model", str(adapter), "--merged-dir", str(mydir), "--overwrite"]) == 0
    assert not (mydir / "precious.txt").exists() and (mydir / "model.safetensors").is_file()
    _no_temp_folders(tmp_path)


def test_train_and_evaluate_keep_a_folder_they_did_not_write(tmp_path, capsys):
    from sqltune.cli import main

    for stage, flag in (("train", "--output-dir"), ("evaluate", "--out")):
        mine = tmp_path / stage
        mine.mkdir()
        (mine / "precious.txt").write_text("keep me")
        extra = ["--predictions", str(tmp_path / "p.sql"), "--limit", "2"] if stage == "evaluate" else []
        (tmp_path / "p.sql").write_text("SELECT 1\nSELECT 2\n")
        assert main([stage, flag, str(mine), *extra]) == 2
        err = capsys.readouterr().err
        assert f"{flag} {mine} is not empty" in err and "--overwrite" in err
        assert (mine / "precious.txt").read_text() == "keep me"
    # with --overwrite, evaluate writes its reports there (and leaves the other file alone)
    assert main(["evaluate", "--out", str(tmp_path / "evaluate"), "--overwrite", "--predictions",
                 str(tmp_path / "p.sql"), "--limit", "2"]) == 0
    assert (tmp_path / "evaluate" / "report.md").is_file()
