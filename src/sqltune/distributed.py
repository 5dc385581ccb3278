"""Sharing batch generation between the processes of a launcher (torchrun, accelerate launch).

`sqltune evaluate` and `sqltune generate --input` run unchanged under a launcher: the main process (rank 0)
works out which questions still need an answer, every process loads the model on its own GPU and answers
every N-th of them into its own part file next to the output (`<output>.part<rank>`), and once all have
finished the main process folds the parts into the output in the test set's order, the same file a single
process writes, and carries on alone (scoring, reports). Part files left by an interrupted run are folded in
by the next run, whatever its number of processes, so no answer is generated twice.
"""

from __future__ import annotations

import dataclasses
import glob
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from .errors import SqltuneError
from .paths import atomic_write_bytes, complete_lines

# How long a process that has finished its share waits for the others, on top of the time its own share took
# (the shares are alike, so a process that needs more than twice as long plus this is stuck, not slow). Also
# the timeout of every other exchange between the processes.
WAIT_AT_LEAST_S = 1800.0


def launcher_env() -> tuple[int, int, int]:
    """(world size, rank, local rank) as torchrun and accelerate launch set them; (1, 0, 0) without a launcher."""
    return (int(os.environ.get("WORLD_SIZE", "1")), int(os.environ.get("RANK", "0")),
            int(os.environ.get("LOCAL_RANK", "0")))


def device_of(local_rank: int, gpus: int) -> str:
    """The GPU of a decoding process: one each while there are enough, then in turn (more processes than GPUs
    share them: a process's host work, the constraint's checks above all, runs while another's forward does)."""
    return f"cuda:{local_rank % gpus}"


def processes_a_device(gpus: int) -> int:
    """How many of this machine's processes share this process's GPU (device_of's turns), for sizing batches
    to a share of its memory."""
    local = int(os.environ.get("LOCAL_WORLD_SIZE") or os.environ.get("WORLD_SIZE") or 1)
    return max(1, -(-local // max(1, gpus)))


# --processes auto: two decoding processes a GPU, where a run has enough questions to repay starting them.
# Measured on one H100 (2026-12-06, all of Spider dev, the shipped model): 16 constrained candidates 165.7 s of
# generation in one process, 101.0 s in two, 114.4 s in four; the default decoding 66.5 s in one, 49.5 s in
# four; the same accuracy. A few questions would pay the second model load and the launcher's start instead.
AUTO_A_GPU = 2
AUTO_MIN_QUESTIONS = 200


def add_processes_flag(parser, what: str = "the questions") -> None:
    parser.add_argument("--processes", type=_processes_value, default="auto", metavar="N|auto",
                        help=f"Decoding processes on this machine: N > 1 runs this command again as N processes "
                             f"(torchrun, one machine) that share {what}, several a GPU where there are fewer "
                             f"GPUs (one process's host work, the constraint's checks above all, then runs "
                             f"while another's forward does; each sizes its batches for its share of the "
                             f"GPU's memory). auto: {AUTO_A_GPU} a GPU where there are at least "
                             f"{AUTO_MIN_QUESTIONS} questions and --device-map is auto, else 1 "
                             f"(docs/MULTI_GPU.md). Under a launcher its processes count instead. [default: auto]")


def _processes_value(text: str) -> str | int:
    if text == "auto":
        return text
    try:
        return int(text)
    except ValueError:
        import argparse

        raise argparse.ArgumentTypeError(f"a number of processes or 'auto' (got {text!r})") from None


def auto_processes(gpus: int, questions: int | None, device_map: str | None = "auto") -> int:
    """What --processes auto means: AUTO_A_GPU processes a GPU, or 1 without a GPU, where --device-map puts the
    model somewhere (the CPU, one GPU: the user's choice stands), or for fewer than AUTO_MIN_QUESTIONS
    questions (None: not known, taken as many)."""
    if gpus < 1 or device_map not in ("auto", None) or (questions is not None and questions < AUTO_MIN_QUESTIONS):
        return 1
    return AUTO_A_GPU * gpus


def as_processes(args, generates: bool = True, questions: int | Callable[[], int] | None = None,
                 device_map: str | None = "auto") -> int | None:
    """Where --processes (a number, or auto for `questions` on this machine) is over 1, the command `generates`
    answers and no launcher started this process: this command run again as that many processes (relaunch),
    and its exit status; None: this process goes on (one process, one of a launcher's, or nothing to share).
    `questions` may be a function that counts them, called only where auto needs the count (on a GPU)."""
    if isinstance(args.processes, int) and args.processes < 1:
        raise SqltuneError(f"--processes must be at least 1 (got {args.processes})")
    if not generates or launcher_env()[0] > 1:
        return None
    n = args.processes
    if n == "auto":
        import torch

        gpus = torch.cuda.device_count() if torch.cuda.is_available() else 0
        if callable(questions):  # (counted only where the count matters: without a GPU auto is 1 anyway)
            questions = questions() if gpus else None
        n = auto_processes(gpus, questions, device_map)
    if n == 1:
        return None
    code = relaunch(args.argv, n)
    if code != 0:
        raise SqltuneError(f"{n} processes: at least one failed (exit status {code}); its error is above")
    return 0


def relaunch(argv: list[str], processes: int) -> int:
    """`sqltune <argv>` again as `processes` processes of one machine under torch's launcher (torchrun
    --standalone), which then share the questions as under any launcher; the exit status of the group."""
    import subprocess

    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc-per-node", str(processes),
           "-m", "sqltune", *argv]
    # (the launcher sets OMP_NUM_THREADS=1 for each process unless it is set: said here, once, instead of its
    # own warning)
    env = {**os.environ, "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1")}
    return subprocess.run(cmd, env=env).returncode


class Group:
    """This process's place among the launcher's processes; one process without a launcher."""

    def __init__(self, world: int = 1, rank: int = 0, local_rank: int = 0, wait_at_least_s: float = WAIT_AT_LEAST_S):
        self.world, self.rank, self.local_rank = world, rank, local_rank
        self.wait_at_least_s = wait_at_least_s
        self._pg = None
        self._started = time.monotonic()
        self._all_share = False

    @classmethod
    def from_env(cls) -> Group:
        group = cls(*launcher_env())
        if group.world > 1:
            import torch.distributed as dist

            # gloo whatever the device: only a list of question numbers and a barrier travel between the
            # processes, and gloo's monitored_barrier is the barrier that takes a timeout and names the
            # processes that did not arrive (an NCCL timeout aborts the process without saying why).
            if not dist.is_initialized():
                dist.init_process_group("gloo", timeout=timedelta(seconds=group.wait_at_least_s))
            group._pg = dist.group.WORLD if dist.get_backend() == "gloo" else dist.new_group(backend="gloo")
        return group

    @property
    def main(self) -> bool:
        return self.rank == 0

    def placed(self, cfg):
        """cfg for loading the model in this process: the whole model on its own GPU (device_map 'auto' would
        spread every process's copy over all GPUs); on CPU nothing changes."""
        if self.world == 1:
            return cfg
        import torch

        if not torch.cuda.is_available() or cfg.device_map == "cpu":
            return cfg
        return dataclasses.replace(cfg, device_map=device_of(self.local_rank, torch.cuda.device_count()))

    def share(self, todo: list | None) -> list:
        """This process's part of the main process's `todo` list (the other processes pass None)."""
        self._started = time.monotonic()
        if self.world == 1:
            return todo
        import torch.distributed as dist

        box = [todo]
        dist.broadcast_object_list(box, src=0, group=self._pg)
        # Every N-th item rather than contiguous blocks: test sets come grouped by database, so blocks would give
        # one process all the large schemas while the others wait for it. Every N-th item gives each process
        # the same mix, and neighbours in a share still mostly come from one database, so batches keep
        # prompts of similar length.
        self._all_share = len(box[0]) >= self.world  # (every process has questions: see together)
        return box[0][self.rank::self.world]

    def together(self, what: str) -> None:
        """Wait for every process to come here, between share and finish, where each decodes its share (nothing
        with one process, or where some process has no questions: it never comes here); `what` names this point
        in the error where one does not."""
        if self.world > 1 and self._all_share:
            self._wait_for_all(self.wait_at_least_s + (time.monotonic() - self._started), what)

    def finish(self, value) -> list | None:
        """Wait for every process to finish its share; the main process gets every process's `value`, in rank
        order, the others None. A process that died or hangs makes this fail with an error, never wait forever."""
        if self.world == 1:
            return [value]
        import torch.distributed as dist

        waited = self.wait_at_least_s + (time.monotonic() - self._started)
        self._wait_for_all(waited, "finished its share, but the other processes did not all finish theirs")
        gathered = [None] * self.world if self.main else None
        dist.gather_object(value, gathered, dst=0, group=self._pg)
        return gathered

    def _wait_for_all(self, seconds: float, what: str) -> None:
        """A barrier that names the processes that did not come within `seconds`, as one clear error."""
        import torch.distributed as dist

        try:
            dist.monitored_barrier(group=self._pg, timeout=timedelta(seconds=seconds), wait_all_ranks=True)
        except RuntimeError as e:
            raise SqltuneError(f"process {self.rank} of {self.world} {what} within {seconds:.0f} s (a process "
                               f"died or hangs: see its output): {str(e).splitlines()[0]}") from None

    def close(self, ok: bool) -> None:
        """Leave the group. After a run that went well (`ok`) every process first waits for the others, so
        that none tears its connections down while another still exchanges with it: a process that left as
        soon as its answers were gathered aborted now and then at exit (SIGABRT, "terminate called without
        an active exception"). After a failure nothing is awaited: the others may never come."""
        if self.world > 1:
            import torch.distributed as dist

            if dist.is_initialized():
                try:
                    if ok:
                        self._wait_for_all(self.wait_at_least_s, "finished, but the other processes did not all "
                                                                 "come to the end")
                finally:
                    dist.destroy_process_group()


def part_file(output: Path, rank: int) -> Path:
    return output.with_name(f"{output.name}.part{rank}")


def _row_id(line: bytes) -> str | None:
    try:
        return str(json.loads(line)["id"])
    except (ValueError, KeyError, TypeError):
        return None


def put_in_order(output: Path, order: list[str]) -> None:
    """Rewrite `output` with its answers in the order of the ids in `order` (others after them, as they were),
    unless they already are: answers are appended as they become final (a chunk's retried ones last). Replaced
    whole, so a crash leaves the old file or the new one."""
    if not output.is_file():
        return
    lines = complete_lines(output).splitlines(keepends=True)
    position = {key: k for k, key in enumerate(order)}
    ranked = sorted(lines, key=lambda line: position.get(_row_id(line), len(position)))
    if ranked != lines:
        atomic_write_bytes(output, b"".join(ranked))


def fold_parts(output: Path, order: list[str]) -> int:
    """Append to `output` the answers in its part files that it lacks, in the order of the ids in `order`
    (answers to other questions, from a run over another test set or --limit, after them), delete the parts
    and return how many answers were added. Safe to repeat after a crash at any point: `output` is replaced
    whole, and answers already in it are skipped."""
    parts = sorted(output.parent.glob(glob.escape(output.name) + ".part*"))
    if not parts:
        return 0
    kept = complete_lines(output).splitlines(keepends=True)
    seen = {_row_id(line) for line in kept}
    new: dict[str, bytes] = {}
    for part in parts:
        for line in complete_lines(part).splitlines(keepends=True):
            key = _row_id(line)
            if key is not None and key not in seen and key not in new:
                new[key] = line
    position = {key: k for k, key in enumerate(order)}
    added = sorted(new, key=lambda key: position.get(key, len(position)))  # stable: the others keep their order
    atomic_write_bytes(output, b"".join(kept) + b"".join(new[key] for key in added))
    for part in parts:
        part.unlink()
    return len(added)
