"""Several processes: `sqltune train` under torchrun (gloo on CPU) equals one process on the same global batch,
writes one output from the main process only, and resumes on the same number of processes; the shipped
accelerate configs say what they mean. `sqltune evaluate` and `generate --input` under torchrun share the
questions and merge the answers into what one process writes."""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from sqltune.config import make_config
from tests.test_pipeline import write_rows

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = ROOT / "configs" / "accelerate"

# SGD without clipping, at a constant rate: the update is linear in the gradient, so a wrongly averaged gradient
# (one rank's data only, per-rank instead of global token means, a sum instead of a mean) moves the weights by a
# visibly different amount. AdamW would normalise the gradient away and hide a scale error. LoRA dropout 0: no
# randomness besides the data order, which both runs draw from the same seeded sampler (see test docstring).
TRAIN = ["--model", "tiny-random-gemma-3", "--quantization", "none", "--report-to", "none", "--max-length", "128",
         "--lora-dropout", "0", "--optim", "sgd", "--learning-rate", "0.5", "--lr-scheduler-type", "constant",
         "--warmup-ratio", "0", "--max-grad-norm", "0", "--logging-steps", "1", "--max-steps", "2",
         "--adapter-dtype", "float32"]  # compared to 1e-5 of the weights' movement: no bfloat16 rounding


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(cmd: list[str]) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "OMP_NUM_THREADS": "1"}
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return proc


def torchrun(*args: str, stage: str = "train") -> subprocess.CompletedProcess:
    launcher = Path(sys.executable).with_name("torchrun")
    return run([str(launcher), "--nproc-per-node", "2", "--master-port", str(free_port()), "-m", "sqltune", stage,
                *args])


def adapter(folder: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(folder / "adapter_model.safetensors")


def max_diff(a: dict, b: dict) -> float:
    assert a.keys() == b.keys()
    return max((a[k] - b[k]).abs().max().item() for k in a)


@pytest.fixture(scope="module")
def data(tmp_path_factory, tiny_model) -> Path:
    # 16 rows pack (bfd, max_length 128) into 8 sequences: a global batch of 4 takes half of them per step, so
    # the two steps see different data and the split between the ranks matters.
    root = tmp_path_factory.mktemp("ddp-data")
    write_rows(root / "train.jsonl", 16)
    return root


@pytest.mark.slow
def test_two_processes_match_one_and_resume(data, tmp_path):
    """2 processes x 2 sequences == 1 process x 4 sequences, step for step.

    Why they can be equal: accelerate replaces the Trainer's random sampler by one seeded with --seed, so both runs
    draw the same permutation; with 2 processes each global batch is split in consecutive per-device batches
    (rank 0 the first 2 sequences, rank 1 the next 2), so every optimizer step covers the same 4 sequences as the
    single process. The Trainer counts the loss tokens across processes (average_tokens_across_devices), so the
    averaged gradient is the single-process one. What is left is float32 summation order: measured 2e-8 against
    weights that moved by up to 0.12. The tolerance, 1e-5 of that movement, fails by a factor of more than 100
    when the ranks normalise by their own token counts (measured 2e-4) or when only half of each batch is used
    (3e-2).
    """
    ddp = tmp_path / "ddp"
    # checkpoints every step: the same run then serves the resume check below
    two = torchrun(*TRAIN, "--data-dir", str(data), "--output-dir", str(ddp), "--per-device-train-batch-size", "2",
                   "--save-strategy", "steps", "--save-steps", "1")
    single = tmp_path / "single"
    run([sys.executable, "-m", "sqltune", "train", *TRAIN, "--data-dir", str(data), "--output-dir", str(single),
         "--per-device-train-batch-size", "4", "--save-strategy", "no"])

    # one output, written by the main process: its messages once, the files whole, the batch it describes
    assert len(re.findall(r"^sqltune train: adapter saved", two.stdout, re.M)) == 1, two.stdout[-2000:]
    assert len(re.findall(r"effective batch 4 sequences", two.stdout)) == 1
    assert sorted(p.relative_to(ddp).as_posix() for p in ddp.rglob("adapter_model.safetensors")) == [
        "adapter_model.safetensors", "checkpoint-1/adapter_model.safetensors",
        "checkpoint-2/adapter_model.safetensors"]
    assert sorted(p.name for p in (ddp / "checkpoint-2").glob("rng_state*")) == ["rng_state_0.pth",
                                                                                   "rng_state_1.pth"]
    meta = json.loads((ddp / "sqltune.json").read_text())
    assert meta["world_size"] == 2 and meta["effective_batch_sequences"] == 4 and meta["global_step"] == 2
    assert meta["effective_batch_tokens"] == 4 * 128 and meta["learning_rate"] == 0.5
    one = json.loads((single / "sqltune.json").read_text())
    assert one["world_size"] == 1 and one["effective_batch_sequences"] == 4
    assert make_config(ddp / "config.yaml").per_device_train_batch_size == 2
    assert "<USER_QUERY>" in (ddp / "prompt.txt").read_text()

    # the same weights as the single process
    a, b = adapter(ddp), adapter(single)
    moved = max(v.abs().max().item() for k, v in b.items() if "lora_B" in k)  # lora_B starts at zero
    assert moved > 0.01
    assert max_diff(a, b) <= 1e-5 * moved, (max_diff(a, b), moved)

    # resume on 2 processes from the step-1 checkpoint: the same adapter as the uninterrupted run
    shutil.rmtree(ddp / "checkpoint-2")
    for name in ("adapter_model.safetensors", "sqltune.json"):
        (ddp / name).unlink()
    resumed = torchrun(*TRAIN, "--data-dir", str(data), "--output-dir", str(ddp), "--per-device-train-batch-size",
                       "2", "--save-strategy", "steps", "--save-steps", "1", "--resume")
    assert "was written by" not in resumed.stderr  # no warning about another number of processes
    assert json.loads((ddp / "sqltune.json").read_text())["global_step"] == 2
    state = json.loads((ddp / "checkpoint-2" / "trainer_state.json").read_text())
    assert [e["step"] for e in state["log_history"] if "loss" in e] == [1, 2]
    assert max_diff(adapter(ddp), a) <= 1e-6 * moved


# --- evaluate and generate on several processes ----------------------------------------------------------------

# batch size 1: every answer is decoded alone, so it cannot depend on which questions share its batch (padding)
EVAL = ["--model", "tiny-random-gemma-3", "--limit", "8", "--max-new-tokens", "8", "--batch-size", "1",
        "--no-progress", "--label", "tiny"]


def saved(path: Path) -> list[tuple[str, str]]:
    return [(r["id"], r["sql"]) for r in map(json.loads, path.read_text().splitlines())]


@pytest.mark.slow
def test_evaluate_on_two_processes_matches_one_and_resumes(tiny_model, tmp_path):
    """torchrun x 2 answers the questions a killed run left, split between the processes, and its merged
    predictions are a single process's, in test order; one report, written once."""
    single = tmp_path / "single"
    run([sys.executable, "-m", "sqltune", "evaluate", *EVAL, "--out", str(single)])
    expected = saved(single / "tiny" / "predictions.jsonl")
    assert len(expected) == 8 and len({sql for _, sql in expected}) > 4  # distinct answers: the order shows

    # An interrupted earlier run: 3 answers in predictions.jsonl, a 4th and half a 5th in the part file of one of
    # its processes. Only the other 4 are generated, 2 by each process (dev-4, 6 and dev-5, 7), merged in order.
    ddp = tmp_path / "ddp"
    (ddp / "tiny").mkdir(parents=True)
    lines = (single / "tiny" / "predictions.jsonl").read_text().splitlines(keepends=True)
    (ddp / "tiny" / "predictions.jsonl").write_text("".join(lines[:3]))
    (ddp / "tiny" / "predictions.jsonl.part1").write_text(lines[3] + lines[4][:12])
    meta = json.loads((single / "tiny" / "run.json").read_text())
    (ddp / "tiny" / "run.json").write_text(json.dumps({**meta, "generated": 4}))

    two = torchrun(*EVAL, "--out", str(ddp), stage="evaluate")
    assert saved(ddp / "tiny" / "predictions.jsonl") == expected
    assert json.loads((ddp / "tiny" / "run.json").read_text())["generated"] == 4 + 4
    assert [p.name for p in (ddp / "tiny").glob("*.part*")] == []
    assert two.stdout.count("tiny: 4 questions to generate, shared by 2 processes (4 saved before)") == 1
    assert two.stdout.count("sqltune evaluate: spider-dev, 8 questions") == 1  # the table, from rank 0 only
    results = [json.loads(line) for line in (ddp / "tiny" / "results.jsonl").read_text().splitlines()]
    assert [(r["id"], r["prediction"]) for r in results] == expected
    assert (ddp / "tiny" / "predictions.sql").read_text() == (single / "tiny" / "predictions.sql").read_text()
    for name in ("report.md", "comparison.json", "tiny/report.json"):
        assert (ddp / name).is_file(), name


@pytest.mark.slow
def test_generate_input_on_two_processes_matches_one(tiny_model, tmp_path):
    """`--processes 2` starts the command again as two processes under torchrun (no launcher by hand)."""
    rows = write_rows(tmp_path / "test.jsonl", 5)
    flags = ["--model", "tiny-random-gemma-3", "--input", str(rows), "--max-new-tokens", "8", "--batch-size", "1"]
    run([sys.executable, "-m", "sqltune", "generate", *flags, "--output", str(tmp_path / "one.jsonl")])
    two = run([sys.executable, "-m", "sqltune", "generate", *flags, "--output", str(tmp_path / "two.jsonl"),
               "--processes", "2"])
    assert saved(tmp_path / "two.jsonl") == saved(tmp_path / "one.jsonl")
    assert [r[0] for r in saved(tmp_path / "two.jsonl")] == [f"r{i}" for i in range(5)]
    assert two.stdout.count("two.jsonl: 5 questions to generate, shared by 2 processes") == 1
    assert two.stdout.count("sqltune generate: 5 predictions in") == 1
    assert not list(tmp_path.glob("two.jsonl.part*"))


# --- the pieces, without launching ---------------------------------------------------------------------------

def test_processes_share_gpus_in_turn(monkeypatch):
    """More decoding processes than GPUs take the GPUs in turn, and each sizes its batches for its share."""
    from sqltune.distributed import device_of, processes_a_device

    assert [device_of(r, 1) for r in range(4)] == ["cuda:0"] * 4
    assert [device_of(r, 2) for r in range(4)] == ["cuda:0", "cuda:1", "cuda:0", "cuda:1"]
    assert [device_of(r, 4) for r in range(4)] == ["cuda:0", "cuda:1", "cuda:2", "cuda:3"]
    monkeypatch.delenv("LOCAL_WORLD_SIZE", raising=False)
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    assert processes_a_device(1) == 1
    monkeypatch.setenv("LOCAL_WORLD_SIZE", "4")
    assert (processes_a_device(1), processes_a_device(2), processes_a_device(3), processes_a_device(8)) == (4, 2, 2, 1)


def test_auto_processes():
    """auto: two processes a GPU for a run of many questions; one without a GPU, on the CPU, or for a few."""
    from sqltune.distributed import AUTO_MIN_QUESTIONS, auto_processes

    assert auto_processes(1, 972) == 2 and auto_processes(4, 972) == 8 and auto_processes(1, None) == 2
    assert auto_processes(0, 972) == 1  # a CPU machine
    assert auto_processes(1, 972, device_map="cpu") == 1 and auto_processes(2, 972, device_map="cuda:1") == 1
    assert auto_processes(1, AUTO_MIN_QUESTIONS - 1) == 1 and auto_processes(1, AUTO_MIN_QUESTIONS) == 2


def test_auto_processes_counts_questions_only_on_a_gpu(monkeypatch):
    """generate --input's rows are counted only where auto needs the count: on a CPU machine it never reads them."""
    import argparse

    import torch

    from sqltune.distributed import as_processes

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)  # (this machine has none: said, not assumed)
    monkeypatch.delenv("WORLD_SIZE", raising=False)

    def count():
        raise AssertionError("counted on a CPU machine")

    assert as_processes(argparse.Namespace(processes="auto", argv=[]), True, count) is None


def test_processes_flag_is_checked_before_anything_starts(tmp_path, capsys):
    from sqltune.cli import main

    assert main(["evaluate", "--model", "tiny-random-gemma-3", "--limit", "2", "--processes", "0",
                 "--out", str(tmp_path / "e")]) == 2
    assert capsys.readouterr().err.strip() == "sqltune evaluate: error: --processes must be at least 1 (got 0)"
    assert main(["generate", "--model", "tiny-random-gemma-3", "--input", str(tmp_path / "none.jsonl"),
                 "--processes", "2"]) == 2
    assert capsys.readouterr().err.strip() == f"sqltune generate: error: input file not found: {tmp_path / 'none.jsonl'}"
    assert not (tmp_path / "e").exists()
    with pytest.raises(SystemExit) as exit_:
        main(["evaluate", "--model", "tiny-random-gemma-3", "--processes", "two"])
    assert exit_.value.code == 2
    assert "argument --processes: a number of processes or 'auto' (got 'two')" in capsys.readouterr().err


def test_effective_batch_and_its_message():
    from sqltune.train import describe_batch, effective_batch

    cfg = make_config(None, {"per_device_train_batch_size": 8, "gradient_accumulation_steps": 2,
                             "max_length": 1536, "learning_rate": 4e-4})
    batch = effective_batch(cfg, 4)
    assert batch == {"world_size": 4, "effective_batch_sequences": 64, "effective_batch_tokens": 64 * 1536,
                     "learning_rate": 4e-4}
    text = describe_batch(cfg, batch)
    assert "4 processes x 8 sequences x 2 accumulation steps = effective batch 64 sequences" in text
    assert "98,304 tokens" in text and "learning rate 0.0004" in text


def test_placement_under_a_launcher(monkeypatch):
    """device_map 'auto' would spread every process's copy over all GPUs: DDP pins it to the local GPU, FSDP
    loads without a map and shards itself."""
    from sqltune.train import placement

    cfg = make_config(None, {})
    assert cfg.device_map == "auto"
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    assert placement(cfg, cuda=True) is cfg
    monkeypatch.setenv("WORLD_SIZE", "2")
    monkeypatch.setenv("LOCAL_RANK", "1")
    monkeypatch.delenv("ACCELERATE_USE_FSDP", raising=False)
    assert placement(cfg, cuda=True).device_map == "cuda:1"
    assert placement(cfg, cuda=False).device_map is None
    monkeypatch.setenv("ACCELERATE_USE_FSDP", "true")
    assert placement(cfg, cuda=True).device_map is None
    assert cfg.device_map == "auto"  # the user's config is left alone


def test_checkpoint_world_size(tmp_path):
    from sqltune.train import checkpoint_world_size

    assert checkpoint_world_size(tmp_path) is None
    (tmp_path / "rng_state.pth").touch()
    assert checkpoint_world_size(tmp_path) == 1
    for rank in range(2):
        (tmp_path / f"rng_state_{rank}.pth").touch()
    assert checkpoint_world_size(tmp_path) == 2


@pytest.mark.parametrize("name", ["ddp", "fsdp", "fsdp-qlora"])
def test_accelerate_configs(name):
    """What `accelerate launch --config_file` makes of each shipped config. An FSDP key accelerate does not know
    would be ignored without a word, so every key must be one of its launch options."""
    import yaml
    from accelerate.commands import launch

    path = CONFIGS / f"{name}.yaml"
    parser = launch.launch_command_parser()
    known = {a.dest for a in parser._actions}
    raw = yaml.safe_load(path.read_text())
    unknown = set(raw.get("fsdp_config", {})) - known
    assert not unknown, unknown
    args, _, _ = launch._validate_launch_command(parser.parse_args(["--config_file", str(path), "-m", "sqltune", "train"]))
    env = launch.prepare_multi_gpu_env(args)
    assert args.num_processes == 2 and env.get("ACCELERATE_MIXED_PRECISION") == "no"  # precision: sqltune --dtype
    if name == "ddp":
        assert args.multi_gpu and env.get("ACCELERATE_USE_FSDP") is None
        return
    from transformers import Gemma3ForCausalLM, Gemma3ForConditionalGeneration

    assert env["ACCELERATE_USE_FSDP"] == "true" and env["FSDP_VERSION"] == "1"
    assert env["FSDP_SHARDING_STRATEGY"] == "FULL_SHARD" and env["FSDP_AUTO_WRAP_POLICY"] == "TRANSFORMER_BASED_WRAP"
    layer = env["FSDP_TRANSFORMER_CLS_TO_WRAP"]
    assert layer == "Gemma3DecoderLayer"
    assert layer in Gemma3ForCausalLM._no_split_modules and layer in Gemma3ForConditionalGeneration._no_split_modules
    assert env["FSDP_CPU_RAM_EFFICIENT_LOADING"] == "true" and env["FSDP_SYNC_MODULE_STATES"] == "true"
    # sharded checkpoints; sqltune gathers the final adapter whole (train.save)
    assert env["FSDP_STATE_DICT_TYPE"] == "SHARDED_STATE_DICT"
    assert env["FSDP_USE_ORIG_PARAMS"] == ("true" if name == "fsdp" else "false")


def test_fold_parts(tmp_path):
    """Part files join the output in the given order, after what it holds; cut lines and repeats are dropped."""
    from sqltune.distributed import fold_parts, part_file

    out = tmp_path / "predictions.jsonl"

    def row(i: str) -> str:
        return json.dumps({"id": i, "sql": f"SELECT {i}"}) + "\n"

    assert fold_parts(out, ["a"]) == 0 and not out.exists()  # no parts: nothing happens
    out.write_text(row("b") + row("x") + '{"id": "c", "sq')  # an earlier run killed mid-line
    part_file(out, 0).write_text(row("d") + row("b"))
    part_file(out, 1).write_text(row("old") + row("a") + row("c") + '{"id": "e"')
    assert fold_parts(out, ["a", "b", "c", "d", "e"]) == 4
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["b", "x", "a", "c", "d", "old"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["predictions.jsonl"]
    assert fold_parts(out, ["a"]) == 0


SHARE = """
import sys, time
from sqltune.distributed import Group
from sqltune.errors import SqltuneError

group = Group.from_env()
group.wait_at_least_s = 2
print("share", group.share(list(range(5)) if group.main else None), flush=True)
if group.rank == 1:
    time.sleep(120)  # hangs: never reaches the end of its share
try:
    group.finish(0)
except SqltuneError as e:
    print(e, flush=True)
    sys.exit(3)
"""


def test_a_process_that_does_not_finish_is_an_error_not_a_hang(tmp_path):
    """Every N-th item goes to each process; a process that never finishes its share stops the others with an
    error after the wait, instead of leaving them waiting forever."""
    env = {**os.environ, "WORLD_SIZE": "2", "MASTER_ADDR": "127.0.0.1", "MASTER_PORT": str(free_port()),
           "OMP_NUM_THREADS": "1"}
    procs = [subprocess.Popen([sys.executable, "-c", SHARE], env={**env, "RANK": str(r), "LOCAL_RANK": str(r)},
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=ROOT)
             for r in range(2)]
    try:
        out, _ = procs[0].communicate(timeout=90)
    finally:
        procs[1].kill()
    late, _ = procs[1].communicate()
    assert procs[0].returncode == 3, out
    assert "share [0, 2, 4]" in out and "share [1, 3]" in late
    assert "process 0 of 2 finished its share, but the other processes did not all finish" in out, out
