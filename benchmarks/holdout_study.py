"""A lever study on held-out Spider train databases, from one study file: prepare, train every arm with every seed
(several at once on one GPU), merge, evaluate, and the table with the adoption rule's verdict.

    python benchmarks/holdout_study.py benchmarks/studies/rank128.yaml --out runs/study-rank128

The method is docs/BENCHMARKS.md's "The studies that chose the defaults": `sqltune prepare --holdout-databases 20`
moves every question of 20 train databases into validation.jsonl (886 questions with the default seed); each arm
trains on the rest with each seed and is scored there; an arm is adopted when the mean of its seeds beats the
baseline arm's mean by more than `margin` points (0.5) on the deciding decoding. The study file says what
differs (YAML; unknown keys are refused; flags are written as on the command line):

    seeds: [42, 2]
    decodings: {greedy: --retry-beams 0 --batch-size 256, c16: --num-candidates 16 --batch-size 64}
    decide_on: greedy
    baseline: default
    arms:
      default: {}
      r128: {train: --lora-r 128 --lora-alpha 256}
      values: {prepare: --value-retrieval}

Other keys: `holdout_databases` (20), `margin` (0.5), `parallel_train` (trainings at once, 2), `parallel_eval`
(evaluations at once, 4), `common` ({prepare, train, evaluate}: flags every arm's stage gets). Arms whose prepare
flags agree share one prepared folder. On one GPU give evaluations a fixed --batch-size: `--batch-size 0` sizes
its batch from the memory free when it starts, which jobs started after it then take.

Everything lands in --out and nothing done is done again (run the same command after a failure or a stop):
data/<name>/ (prepared), runs/<arm>-<seed>/ (training, merged/), eval/<arm>-<seed>-<decoding>/ (evaluate's
reports), logs/ (each command's output), and, gathered at the end, reports.json (each evaluation's report.json
by run name), trains.json (each training's sqltune.json), study.json (the table, means, gains, verdict;
printed too) and candidates/<run>.jsonl.gz (each evaluation's candidates where it kept several: id, answer and
candidates, what benchmarks/rerank_fit.py fits --candidate-choice rerank on). Publish a study by copying those
into benchmarks/results/<card>-<date>/<study>/.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

STUDY_KEYS = {"seeds", "decodings", "decide_on", "baseline", "arms", "holdout_databases", "margin",
              "parallel_train", "parallel_eval", "common"}
STAGES = ("prepare", "train", "evaluate")


class StudyError(Exception):
    """A study file or run that cannot go on: one line for the user."""


@dataclass
class Study:
    arms: dict[str, dict[str, list[str]]]  # arm -> stage -> flags
    seeds: list[int]
    decodings: dict[str, list[str]]
    decide_on: str
    baseline: str
    holdout_databases: int = 20
    margin: float = 0.5
    parallel_train: int = 2
    parallel_eval: int = 4
    common: dict[str, list[str]] = field(default_factory=dict)

    def flags(self, arm: str, stage: str) -> list[str]:
        return self.common.get(stage, []) + self.arms[arm].get(stage, [])


def _flags(value, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value]
    if isinstance(value, (str, int, float)):
        return shlex.split(str(value))
    raise StudyError(f"{where}: flags must be a string or a list, not {type(value).__name__}")


def _stages(value, where: str) -> dict[str, list[str]]:
    value = value or {}
    if not isinstance(value, dict) or set(value) - set(STAGES):
        raise StudyError(f"{where}: a mapping of {', '.join(STAGES)} to flags (got {value!r})")
    return {stage: _flags(flags, f"{where}.{stage}") for stage, flags in value.items()}


def load_study(path: Path) -> Study:
    """The study file, checked: every problem in one message."""
    import yaml

    if not path.is_file():
        raise StudyError(f"{path}: no such study file")
    raw = yaml.safe_load(path.read_text()) or {}
    if not isinstance(raw, dict):
        raise StudyError(f"{path}: a study file is a YAML mapping")
    problems = [f"unknown key '{k}' (keys: {', '.join(sorted(STUDY_KEYS))})" for k in raw if k not in STUDY_KEYS]
    arms = raw.get("arms") or {}
    decodings = raw.get("decodings") or {}
    if not isinstance(arms, dict) or len(arms) < 2:
        problems.append("arms: at least two (the baseline and a lever), as name: {prepare, train, evaluate}")
    if not isinstance(decodings, dict) or not decodings:
        problems.append("decodings: at least one, as name: evaluate flags")
    seeds = raw.get("seeds", [42, 2])
    if not isinstance(seeds, list) or not seeds or not all(isinstance(s, int) for s in seeds):
        problems.append(f"seeds: a list of integers (got {seeds!r})")
    baseline = raw.get("baseline", next(iter(arms), None) if isinstance(arms, dict) else None)
    decide_on = raw.get("decide_on", next(iter(decodings), None) if isinstance(decodings, dict) else None)
    if isinstance(arms, dict) and baseline not in arms:
        problems.append(f"baseline: '{baseline}' is not an arm")
    if isinstance(decodings, dict) and decide_on not in decodings:
        problems.append(f"decide_on: '{decide_on}' is not a decoding")
    for key in ("parallel_train", "parallel_eval", "holdout_databases"):
        if key in raw and not (isinstance(raw[key], int) and raw[key] >= 1):
            problems.append(f"{key}: a positive integer (got {raw[key]!r})")
    names = list(arms) + list(decodings) if isinstance(arms, dict) and isinstance(decodings, dict) else []
    problems += [f"'{n}': arm and decoding names are letters, digits, '_' and '.'" for n in names
                 if not str(n).replace("_", "").replace(".", "").isalnum()]
    try:
        study = Study(
            arms={str(a): _stages(v, f"arms.{a}") for a, v in arms.items()} if isinstance(arms, dict) else {},
            seeds=seeds, decodings={str(d): _flags(v, f"decodings.{d}") for d, v in decodings.items()}
            if isinstance(decodings, dict) else {},
            decide_on=str(decide_on), baseline=str(baseline),
            holdout_databases=raw.get("holdout_databases", 20), margin=float(raw.get("margin", 0.5)),
            parallel_train=raw.get("parallel_train", 2), parallel_eval=raw.get("parallel_eval", 4),
            common=_stages(raw.get("common"), "common"))
    except StudyError as e:
        problems.append(str(e))
    if problems:
        raise StudyError(f"{path}: " + "; ".join(problems))
    return study


class Runner:
    """Runs the study's commands in --out, skipping what is done, several at once where the study allows."""

    def __init__(self, study: Study, out: Path, python: str = sys.executable):
        self.study, self.out, self.python = study, out, python
        self.failed: list[str] = []
        self.lock = threading.Lock()
        # arms whose prepare flags agree share a folder, named after the first of them
        self.data: dict[str, Path] = {}
        seen: dict[tuple, Path] = {}
        for arm in study.arms:
            key = tuple(study.flags(arm, "prepare"))
            self.data[arm] = seen.setdefault(key, out / "data" / arm)

    def _run(self, name: str, args: list[str]) -> bool:
        log = self.out / "logs" / f"{name}.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.time()
        with open(log, "w") as f:
            f.write("$ sqltune " + shlex.join(args) + "\n")
            f.flush()
            rc = subprocess.run([self.python, "-m", "sqltune", *args], stdout=f, stderr=subprocess.STDOUT).returncode
        with self.lock:
            print(f"  {name}: {'done' if rc == 0 else f'FAILED (exit {rc}), see {log}'} in {time.time() - t0:.0f} s",
                  flush=True)
            if rc:
                self.failed.append(name)
        return rc == 0

    def prepare(self) -> None:
        for arm, data in self.data.items():
            if (data / "summary.json").is_file() or data.name != arm:
                continue
            self._run(f"prepare-{arm}", ["prepare", "--data-dir", str(data), "--holdout-databases",
                                         str(self.study.holdout_databases), *self.study.flags(arm, "prepare")])

    def train_and_evaluate(self) -> None:
        s = self.study
        with ThreadPoolExecutor(s.parallel_eval) as evals, ThreadPoolExecutor(s.parallel_train) as trains:
            jobs = [trains.submit(self._train, arm, seed, evals) for arm in s.arms for seed in s.seeds]
            for job in jobs:
                job.result()

    def _train(self, arm: str, seed: int, evals: ThreadPoolExecutor) -> None:
        run = self.out / "runs" / f"{arm}-{seed}"
        data = self.data[arm]
        if not (data / "summary.json").is_file():
            return  # its prepare failed (said above)
        if not (run / "sqltune.json").is_file() and not self._run(
                f"train-{arm}-{seed}", ["train", "--data-dir", str(data), "--output-dir", str(run), "--seed", str(seed),
                                        "--save-strategy", "no", "--report-to", "none",
                                        *self.study.flags(arm, "train")]):
            return
        if not (run / "merged" / "sqltune.json").is_file() and not self._run(
                f"merge-{arm}-{seed}", ["merge", "--model", str(run)]):
            return
        for decoding in self.study.decodings:
            evals.submit(self._evaluate, arm, seed, decoding)

    def _evaluate(self, arm: str, seed: int, decoding: str) -> None:
        name = f"{arm}-{seed}-{decoding}"
        if (self.out / "eval" / name / name / "report.json").is_file():
            return
        self._run(f"evaluate-{name}", [
            "evaluate", "--model", str(self.out / "runs" / f"{arm}-{seed}" / "merged"), "--test",
            str(self.data[arm] / "validation.jsonl"), "--label", name, "--out", str(self.out / "eval" / name),
            "--no-progress", *self.study.decodings[decoding], *self.study.flags(arm, "evaluate")])


def _keep_candidates(predictions: Path, to: Path) -> None:
    """The id, answer, candidates and their beam scores of each row of an evaluation's predictions.jsonl,
    gzipped, where it kept several candidates a question (small enough to bring back from a GPU machine and to
    keep in git)."""
    import gzip

    if not predictions.is_file():
        return
    rows = [json.loads(line) for line in predictions.read_text().splitlines() if line.strip()]
    if not any(len(r.get("candidates") or []) > 1 for r in rows):
        return
    to.parent.mkdir(exist_ok=True)
    tmp = to.with_name(f".{to.name}.tmp")
    with gzip.open(tmp, "wt") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in ("id", "sql", "candidates", "scores") if k in r}) + "\n")
    tmp.replace(to)


def gather(study: Study, out: Path, command: str) -> dict:
    """reports.json, trains.json and study.json in --out, from what the runs left; returns study.json's content."""
    reports, trains = {"_note": command}, {"_note": command}
    for arm in study.arms:
        for seed in study.seeds:
            meta = out / "runs" / f"{arm}-{seed}" / "sqltune.json"
            if meta.is_file():
                trains[f"{arm}-{seed}"] = json.loads(meta.read_text())
            for decoding in study.decodings:
                name = f"{arm}-{seed}-{decoding}"
                report = out / "eval" / name / name / "report.json"
                if report.is_file():
                    reports[name] = json.loads(report.read_text())
                    _keep_candidates(report.parent / "predictions.jsonl", out / "candidates" / f"{name}.jsonl.gz")
    table: dict[str, dict] = {}
    for decoding in study.decodings:
        rows = {}
        for arm in study.arms:
            got = {seed: reports.get(f"{arm}-{seed}-{decoding}") for seed in study.seeds}
            acc = {seed: 100 * r["execution_accuracy"] for seed, r in got.items() if r}
            rows[arm] = {"accuracy": acc, "executes": {seed: 100 * r["executable_rate"] for seed, r in got.items() if r},
                         "mean": sum(acc.values()) / len(acc) if len(acc) == len(study.seeds) else None}
        base = rows[study.baseline]["mean"]
        for arm, row in rows.items():
            row["gain"] = None if row["mean"] is None or base is None or arm == study.baseline else row["mean"] - base
        table[decoding] = rows
    verdict = {arm: (None if (g := table[study.decide_on][arm]["gain"]) is None else
                     "adopt" if g > study.margin else "not adopted")
               for arm in study.arms if arm != study.baseline}
    summary = {"command": command, "baseline": study.baseline, "decide_on": study.decide_on, "margin": study.margin,
               "seeds": study.seeds, "table": table, "verdict": verdict,
               "trains": {name: {k: t.get(k) for k in ("global_step", "training_loss", "train_runtime_s", "tokens_per_s")}
                          for name, t in trains.items() if name != "_note"}}
    for name, content in (("reports.json", reports), ("trains.json", trains), ("study.json", summary)):
        tmp = out / f".{name}.tmp"
        tmp.write_text(json.dumps(content, indent=1) + "\n")
        tmp.replace(out / name)
    return summary


def print_table(study: Study, summary: dict) -> None:
    pct = lambda v: "-" if v is None else f"{v:.1f}"  # noqa: E731
    for decoding, rows in summary["table"].items():
        mark = "  (decides)" if decoding == study.decide_on else ""
        print(f"\n{decoding}{mark}: strict % (executes %) on the held-out questions")
        print(f"  {'arm':<16}" + "".join(f"{'seed ' + str(s):>18}" for s in study.seeds) + f"{'mean':>8}{'gain':>8}")
        for arm, row in rows.items():
            cells = "".join(f"{pct(row['accuracy'].get(s)) + ' (' + pct(row['executes'].get(s)) + ')':>18}"
                            for s in study.seeds)
            gain = "" if row["gain"] is None else f"{row['gain']:+.2f}"
            print(f"  {arm:<16}{cells}{pct(row['mean']):>8}{gain:>8}")
    for arm, verdict in summary["verdict"].items():
        rule = f"mean gain over '{study.baseline}' > {study.margin} on {study.decide_on}"
        print(f"{arm}: {verdict or 'not decided (runs missing)'} ({rule})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("study", type=Path, help="the study file (YAML), e.g. benchmarks/studies/rank128.yaml")
    ap.add_argument("--out", type=Path, required=True, help="the study's folder (created; run again to resume)")
    ap.add_argument("--gather-only", action="store_true", help="only gather and print what the runs left")
    args = ap.parse_args(argv)
    try:
        study = load_study(args.study)
    except StudyError as e:
        print(f"holdout_study.py: error: {e}", file=sys.stderr)
        return 2
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "study.yaml").write_text(args.study.read_text())
    command = "python benchmarks/holdout_study.py " + shlex.join(sys.argv[1:] if argv is None else argv)
    runner = Runner(study, args.out)
    if not args.gather_only:
        print(f"{len(study.arms)} arms x {len(study.seeds)} seeds, {len(study.decodings)} decodings, in {args.out}")
        runner.prepare()
        runner.train_and_evaluate()
    summary = gather(study, args.out, command)
    print_table(study, summary)
    print(f"wrote {args.out / 'study.json'}, reports.json, trains.json")
    if runner.failed:
        print(f"holdout_study.py: error: {len(runner.failed)} step(s) failed ({', '.join(runner.failed)}); their logs "
              f"are in {args.out / 'logs'}; run the same command again to retry them", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
