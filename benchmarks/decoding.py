"""Decoding that uses the database: what each setting buys in execution accuracy and costs in time.

    python benchmarks/decoding.py --model runs/demo --sample 40 --seed 0
    python benchmarks/decoding.py --model runs/demo/merged --sample 200 --settings greedy,beam4-exec,sample4-exec

A fixed, seeded sample of Spider dev questions (whose database ships) is written once as a Spider-format test
file, and `sqltune evaluate` answers it with each setting (the same questions for all):
  greedy          plain greedy decoding
  beam4-exec      --num-candidates 4: beam search, the first of 4 beams that executes and returns rows
  greedy-sc       --self-correct: greedy; when the SQL fails to execute, asked once more with the error
  beam4-exec-sc   both
  sample4-exec    (only with --settings) 4 seeded samples (temperature 0.7, top-p 0.95, top-k 64),
                  execution-guided
Each run is an ordinary evaluate folder under --out (resumable: run the same command again after a kill;
the timings then are those saved with the answers, and the load averages are of the call that ran).
Reported per setting: execution accuracy (sqltune's strict rules and the official ones), executable rate,
questions/s and seconds a question (generation plus the sandbox runs of candidates and retries), the
decoding block (kept-candidate histogram, retries), questions gained and lost against greedy, and for
candidate settings how often any candidate was right (the most a better chooser could reach).
--model is a trained adapter folder or a merged model. Writes --result (default
runs/benchmarks/decoding.json) and prints a table.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

SETTINGS = {
    "greedy": [],
    "beam4-exec": ["--num-candidates", "4"],
    "greedy-sc": ["--self-correct"],
    "beam4-exec-sc": ["--num-candidates", "4", "--self-correct"],
    "sample4-exec": ["--num-candidates", "4", "--candidate-mode", "sample"],  # only when asked for
}
DEFAULT_SETTINGS = ("greedy", "beam4-exec", "greedy-sc", "beam4-exec-sc")


def write_sample(path: Path, n: int, seed: int) -> list[str]:
    """n Spider dev questions whose database ships, chosen with `seed`, as a Spider-format JSON test file."""
    from sqltune.spider import database_path, load_split

    rows = load_split("dev")
    usable = [i for i, r in enumerate(rows) if database_path(r["db_id"]) is not None]
    picked = sorted(random.Random(seed).sample(usable, min(n, len(usable))))
    sample = [{"id": f"dev-{i}", "question": rows[i]["question"], "query": rows[i]["query"],
               "db_id": rows[i]["db_id"], "sql": rows[i]["sql"]} for i in picked]
    text = json.dumps(sample, ensure_ascii=False)
    if path.is_file() and path.read_text(encoding="utf-8") != text:
        raise SystemExit(f"{path} holds another sample; use another --out or delete it")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return [r["id"] for r in sample]


def device() -> dict:
    import torch

    name = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                name = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"kind": "cpu", "cpu": name, "cores": os.cpu_count(), "torch_threads": torch.get_num_threads(),
            "torch": torch.__version__, "python": platform.python_version()}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def load_average() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def any_candidate_correct(folder: Path, sample: Path, timeout: float) -> int | None:
    """Questions where at least one saved candidate returns the gold result (sqltune's strict rules)."""
    from sqltune import scoring
    from sqltune.spider import database_path
    from sqltune.sqlexec import Sandbox

    saved = {r["id"]: r for r in map(json.loads, (folder / "predictions.jsonl").read_text().splitlines())}
    if not any("candidates" in r for r in saved.values()):
        return None
    hits = 0
    with Sandbox(timeout) as sandbox:
        for row in json.loads(sample.read_text()):
            db = database_path(row["db_id"])
            gold = sandbox.run(db, row["query"])
            if not gold.ok:
                continue
            ordered = scoring.has_order_by(row["query"])
            pred = saved[row["id"]]
            for sql in dict.fromkeys(pred.get("candidates") or [pred["sql"]]):
                res = sandbox.run(db, sql)
                if res.ok and scoring.results_match(gold.rows, res.rows, ordered):
                    hits += 1
                    break
    return hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", required=True, help="A trained adapter folder or a merged model.")
    parser.add_argument("--sample", type=int, default=60, help="Spider dev questions in the sample.")
    parser.add_argument("--seed", type=int, default=0, help="Seed that picks the sample.")
    parser.add_argument("--settings", default=",".join(DEFAULT_SETTINGS),
                        help="Comma-separated, from: " + ", ".join(SETTINGS) + " [default: the first four]")
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=10.0)
    parser.add_argument("--out", default="runs/bench-decoding", help="Evaluate folders and the sample file.")
    parser.add_argument("--result", default=str(ROOT / "runs" / "benchmarks" / "decoding.json"))
    parser.add_argument("--note", default="", help="Free text stored with the results (e.g. what else ran).")
    args = parser.parse_args()
    names = [s.strip() for s in args.settings.split(",") if s.strip()]
    unknown = [s for s in names if s not in SETTINGS]
    if unknown:
        raise SystemExit(f"unknown setting(s): {', '.join(unknown)}")

    out = Path(args.out)
    sample = out / f"sample-{args.sample}-seed{args.seed}.json"
    ids = write_sample(sample, args.sample, args.seed)
    results: dict[str, dict] = {}
    judged: dict[str, dict[str, bool]] = {}
    for name in names:
        cmd = [sys.executable, "-m", "sqltune", "evaluate", "--model", args.model, "--test", str(sample),
               "--out", str(out / name), "--label", name, "--batch-size", str(args.batch_size),
               "--timeout", str(args.timeout), "--no-progress", *SETTINGS[name]]
        print("$ " + " ".join(cmd), file=sys.stderr, flush=True)
        run_file = out / name / name / "run.json"
        before = json.loads(run_file.read_text())["generated"] if run_file.is_file() else 0
        load_before, t0, cpu0 = load_average(), time.time(), _children_cpu()
        subprocess.run(cmd, check=True)
        wall, cpu = time.time() - t0, _children_cpu() - cpu0
        generated_now = json.loads(run_file.read_text())["generated"] - before
        report = json.loads((out / name / name / "report.json").read_text())
        rows = [json.loads(line) for line in (out / name / name / "results.jsonl").read_text().splitlines()]
        judged[name] = {r["id"]: r["correct"] for r in rows}
        gen = report["generation"]
        results[name] = {
            "flags": SETTINGS[name], "n": report["n"],
            "execution_accuracy": report["execution_accuracy"],
            "execution_accuracy_official": report["execution_accuracy_official"],
            "executable_rate": report["executable_rate"], "correct": report["correct"],
            "by_category": {k: v["execution_accuracy"] for k, v in report["by_category"].items()},
            "questions_per_s": report.get("throughput_qps"),
            "seconds_per_question": round(gen["seconds"] / gen["questions"], 3) if gen["questions"] else None,
            "generation_seconds": gen["seconds"], "wall_seconds_this_call": round(wall, 1),
            "generated_this_call": generated_now,  # 0: answers of an earlier call, only scored again
            # CPU seconds of the whole evaluate call (model loading and scoring included), a question: less
            # sensitive than wall time to other work on a shared machine
            "cpu_seconds_per_question_this_call": round(cpu / report["n"], 2),
            "decoding": report["settings"]["decoding"],
            "any_candidate_correct": any_candidate_correct(out / name / name, sample, args.timeout),
            "load_average_before": load_before, "load_average_after": load_average(),
        }
    base = results.get("greedy")
    for name, res in results.items():
        if base:
            res["time_vs_greedy"] = (round(res["seconds_per_question"] / base["seconds_per_question"], 2)
                                     if base["seconds_per_question"] else None)
            res["cpu_time_vs_greedy"] = round(res["cpu_seconds_per_question_this_call"]
                                              / base["cpu_seconds_per_question_this_call"], 2)
            res["gained_vs_greedy"] = sum(judged[name][i] and not judged["greedy"][i] for i in judged[name])
            res["lost_vs_greedy"] = sum(judged["greedy"][i] and not judged[name][i] for i in judged[name])

    from sqltune import __version__

    record = {
        "command": " ".join(["python", "benchmarks/decoding.py", *sys.argv[1:]]),
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "device": device(), "sqltune": __version__, "model": args.model,
        "test": {"set": "Spider dev (questions whose database ships)", "sample": args.sample, "seed": args.seed,
                 "ids": ids},
        "batch_size": args.batch_size, "timeout_s": args.timeout, "max_new_tokens": 256,
        "note": args.note, "settings": results,
    }
    Path(args.result).parent.mkdir(parents=True, exist_ok=True)
    Path(args.result).write_text(json.dumps(record, indent=2) + "\n")

    print(f"\nSpider dev sample: {args.sample} questions (seed {args.seed}), {args.model}, "
          f"{record['device']['cpu']} x{record['device']['cores']}")
    head = (f"{'setting':<14} {'exec acc':>8} {'official':>8} {'executes':>8} {'q/s':>6} {'s/q':>6} {'x time':>6} "
            f"{'cpu s/q':>7} {'x cpu':>5} "
            f"{'+/- vs greedy':>13} {'any cand.':>9} {'retries':>7}")
    print(head)
    for name, r in results.items():
        anyc = "-" if r["any_candidate_correct"] is None else f"{100 * r['any_candidate_correct'] / r['n']:.1f}%"
        print(f"{name:<14} {100 * r['execution_accuracy']:>7.1f}% {100 * r['execution_accuracy_official']:>7.1f}% "
              f"{100 * r['executable_rate']:>7.1f}% {r['questions_per_s'] or 0:>6.3f} {r['seconds_per_question'] or 0:>6.2f} "
              f"{r.get('time_vs_greedy') or 0:>6.2f} {r['cpu_seconds_per_question_this_call']:>7.2f} "
              f"{r.get('cpu_time_vs_greedy') or 0:>5.2f} {'+' + str(r.get('gained_vs_greedy', 0)) + ' / -' + str(r.get('lost_vs_greedy', 0)):>13} "
              f"{anyc:>9} {r['decoding']['retries_used']:>7}")
    print(f"results: {args.result}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
