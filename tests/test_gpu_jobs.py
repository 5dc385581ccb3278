"""The GPU job script (benchmarks/gpu/jobs.sh) files each study under a name and a prepared-data folder. In the
fourth GPU session every variant got the same data folder (a shell function named `tr` hid the `tr` command),
so the sample-values runs trained without values; these checks run the script's own code for both."""

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def jobs(tmp_path: Path, *args: str) -> str:
    proc = subprocess.run(["bash", str(ROOT / "benchmarks/gpu/jobs.sh"), *args], capture_output=True, text=True,
                          env={**os.environ, "W": str(tmp_path)}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_each_set_of_prepare_flags_gets_its_own_data_folder(tmp_path):
    folders = {
        jobs(tmp_path, "--data-dir-of", "ho", "b16", "--", "--per-device-train-batch-size", "16"),
        jobs(tmp_path, "--data-dir-of", "ho", "b16-values", "--sample-rows", "3", "--", "--num-train-epochs", "5"),
        jobs(tmp_path, "--data-dir-of", "ho", "b16-values6", "--sample-rows", "6", "--"),
        jobs(tmp_path, "--data-dir-of", "full", "b16", "--"),
    }
    assert len(folders) == 4, folders
    assert all(f.startswith(f"{tmp_path}/data/") for f in folders), folders
    # training flags do not change the data: runs that differ only in them share one prepared folder
    assert jobs(tmp_path, "--data-dir-of", "ho", "x", "--", "--lora-r", "64") == jobs(
        tmp_path, "--data-dir-of", "ho", "y", "--")


def test_job_names(tmp_path):
    assert jobs(tmp_path, "--name", "ho", "b16", "--", "--x") == "ho-b16"
    assert jobs(tmp_path, "--name", "decode", "ho-b16", "b16-beam8", "--num-candidates", "8") == "decode-b16-beam8"
    assert jobs(tmp_path, "--name", "profile") == "profile"
