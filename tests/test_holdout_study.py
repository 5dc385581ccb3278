"""benchmarks/holdout_study.py: a lever study from one file, run end to end on the tiny model, resumed, gathered,
and its study files checked."""

from __future__ import annotations

import gzip
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "benchmarks" / "holdout_study.py"
spec = importlib.util.spec_from_file_location("holdout_study", SCRIPT)
study_mod = importlib.util.module_from_spec(spec)
sys.modules["holdout_study"] = study_mod  # (its dataclasses look their module up)
spec.loader.exec_module(study_mod)

TINY = {
    "seeds": [42],
    "holdout_databases": 2,
    "parallel_train": 2,
    "parallel_eval": 2,
    "common": {"prepare": "--limit 60 --no-tokenize --train-extra none",
               "train": "--model tiny-random-gemma-3 --max-steps 1 --quantization none --max-length 256 "
                        "--per-device-train-batch-size 1",
               "evaluate": "--limit 2 --max-new-tokens 12"},
    "decodings": {"greedy": "--retry-beams 0 --no-complete-failed"},
    "arms": {"default": {}, "r4": {"train": "--lora-r 4 --lora-alpha 8"}, "bad": {"train": "--lora-r 0"}},
}


def _study(tmp_path: Path, content: dict) -> Path:
    path = tmp_path / "study.yaml"
    path.write_text(yaml.safe_dump(content, sort_keys=False))
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True, timeout=1200)


@pytest.mark.slow
def test_a_study_runs_every_arm_and_seed_resumes_and_names_what_failed(tiny_model, tmp_path):
    out = tmp_path / "out"
    run = _run(str(_study(tmp_path, TINY)), "--out", str(out))
    # The arm with a bad flag fails alone; the others train, merge and are scored, and the exit says so.
    assert run.returncode == 1, run.stdout + run.stderr
    err = run.stderr.strip().splitlines()
    assert len(err) == 1 and "1 step(s) failed (train-bad-42)" in err[0] and str(out / "logs") in err[0]
    # Arms with the same prepare flags share one prepared folder.
    assert sorted(p.name for p in (out / "data").iterdir()) == ["default"]
    # Each arm's train flags reached its training, the common ones every training.
    ranks = {arm: json.loads((out / "runs" / f"{arm}-42" / "adapter_config.json").read_text())["r"]
             for arm in ("default", "r4")}
    assert ranks == {"default": 64, "r4": 4}
    trains = json.loads((out / "trains.json").read_text())
    assert {k: v["global_step"] for k, v in trains.items() if k != "_note"} == {"default-42": 1, "r4-42": 1}
    reports = json.loads((out / "reports.json").read_text())
    assert sorted(k for k in reports if k != "_note") == ["default-42-greedy", "r4-42-greedy"]
    assert all(r["n"] == 2 and r["settings"]["max_new_tokens"] == 12
               for k, r in reports.items() if k != "_note")
    summary = json.loads((out / "study.json").read_text())
    default = summary["table"]["greedy"]["default"]
    assert default["mean"] == pytest.approx(100 * reports["default-42-greedy"]["execution_accuracy"])
    assert summary["verdict"]["bad"] is None and summary["verdict"]["r4"] in ("adopt", "not adopted")
    assert "r4: " in run.stdout and "bad: not decided (runs missing)" in run.stdout
    # Run again: nothing done is done again; only the failed step is tried once more.
    again = _run(str(tmp_path / "study.yaml"), "--out", str(out))
    assert again.returncode == 1
    assert [line.split(":")[0].strip() for line in again.stdout.splitlines() if line.startswith("  ")
            and (": done" in line or "FAILED" in line)] == ["train-bad-42"]


def _reports(out: Path, accuracy: dict[str, float]) -> None:
    for name, acc in accuracy.items():
        folder = out / "eval" / name / name
        folder.mkdir(parents=True)
        (folder / "report.json").write_text(json.dumps({"execution_accuracy": acc, "executable_rate": 0.9}))


def test_gather_takes_means_over_seeds_and_applies_the_margin(tmp_path):
    study = study_mod.load_study(_study(tmp_path, {
        "seeds": [42, 2], "decodings": {"greedy": "--retry-beams 0"}, "margin": 0.5,
        "arms": {"default": {}, "up": {"train": "--lora-r 128"}, "level": {"train": "--lora-r 32"},
                 "half": {"train": "--lora-r 16"}}}))
    _reports(tmp_path, {"default-42-greedy": 0.380, "default-2-greedy": 0.390,
                        "up-42-greedy": 0.392, "up-2-greedy": 0.390,  # +0.6 on the mean
                        "level-42-greedy": 0.385, "level-2-greedy": 0.389,  # +0.2
                        "half-42-greedy": 0.400})  # one seed missing: no mean, no verdict
    # an evaluation that kept several candidates a question leaves them for rerank_fit.py; a greedy one does not
    rows = [{"id": "q1", "sql": "SELECT 1", "chosen": 0, "candidates": ["SELECT 1", "SELECT 2"], "retried": False},
            {"id": "q2", "sql": "SELECT 3", "chosen": 1, "candidates": ["SELEC", "SELECT 3"]}]
    (tmp_path / "eval" / "up-2-greedy" / "up-2-greedy" / "predictions.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows))
    (tmp_path / "eval" / "up-42-greedy" / "up-42-greedy" / "predictions.jsonl").write_text(
        json.dumps({"id": "q1", "sql": "SELECT 1", "chosen": 0}) + "\n")
    summary = study_mod.gather(study, tmp_path, "cmd")
    kept = [json.loads(line) for line in gzip.open(tmp_path / "candidates" / "up-2-greedy.jsonl.gz", "rt")]
    assert kept == [{k: r[k] for k in ("id", "sql", "candidates")} for r in rows]
    assert sorted(p.name for p in (tmp_path / "candidates").iterdir()) == ["up-2-greedy.jsonl.gz"]
    rows = summary["table"]["greedy"]
    assert rows["default"]["mean"] == pytest.approx(38.5) and rows["up"]["gain"] == pytest.approx(0.6)
    assert rows["half"]["mean"] is None and rows["half"]["accuracy"] == {42: pytest.approx(40.0)}
    assert summary["verdict"] == {"up": "adopt", "level": "not adopted", "half": None}
    assert json.loads((tmp_path / "study.json").read_text())["verdict"] == summary["verdict"]


@pytest.mark.parametrize("change, message", [
    ({"arms": {"default": {}}}, "arms: at least two"),
    ({"epochs": 8}, "unknown key 'epochs'"),
    ({"baseline": "nope"}, "baseline: 'nope' is not an arm"),
    ({"decide_on": "c16"}, "decide_on: 'c16' is not a decoding"),
    ({"arms": {"default": {}, "x": {"trian": "--lora-r 8"}}}, "arms.x: a mapping of prepare, train, evaluate"),
    ({"seeds": [42, "two"]}, "seeds: a list of integers"),
    ({"parallel_train": 0}, "parallel_train: a positive integer"),
    ({"arms": {"default": {}, "a/b": {}}}, "'a/b': arm and decoding names"),
])
def test_a_bad_study_file_is_one_line_naming_the_key(tmp_path, change, message):
    run = _run(str(_study(tmp_path, {**TINY, **change})), "--out", str(tmp_path / "out"))
    lines = run.stderr.strip().splitlines()
    assert run.returncode == 2 and len(lines) == 1, run.stderr
    assert lines[0].startswith("holdout_study.py: error: ") and message in lines[0]
    assert not (tmp_path / "out").exists()  # refused before anything was made


def test_the_shipped_study_files_load(tmp_path):
    files = sorted((ROOT / "benchmarks" / "studies").glob("*.yaml"))
    assert files
    for path in files:
        study = study_mod.load_study(path)
        assert study.baseline in study.arms and study.decide_on in study.decodings
        assert path.read_text().startswith("# ") and "holdout_study.py " + str(path.relative_to(ROOT)) in path.read_text()
