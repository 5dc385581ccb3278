"""What the constraint's processor costs a step of 16 constrained beams, without a model: recorded once, replayed.

    python benchmarks/beam_replay.py record /tmp/beams.pt [--questions 32] [--batch 32] [--beams 16]
    python benchmarks/beam_replay.py replay /tmp/beams.pt [--repeat 3] [--profile] [--card cpu] [--result ...]

On a GPU a constrained beam step is mostly the host's work (docs/BENCHMARKS.md: ~125 us a row-step on an H100's
host), which a CPU can measure alone once the forwards are out of the way. `record` decodes a seeded sample of
Spider dev questions (whose databases ship) with 16 constrained candidates as `sqltune evaluate` does (the
built-in sqltune-270m by default, `--constrain schema`, give-up limit 16, beams stopped at twice the shortest
ended one) and keeps, for every call of the logits processor, the rows' tokens, which questions are still
decoding, and each row's best 512 scores (the processor never reaches further down on a trained model's rows;
the rest of a row is replayed as one lower score). `replay` feeds those steps to a fresh processor of the same
grammars, times its calls alone (the scores rebuilt outside the timing), and prints milliseconds a step and
microseconds a row-step, the tensor operators apart (top-k over 262k scores a row, copies of rows: on a GPU
the device's work, here the CPU's; their share is read in one more replay under torch's profiler), plus a
digest of the processed scores: two versions of the processor that print the same digest made the same masks
on every step. `--profile` adds cProfile's table of the processor's own functions (in that last replay).
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import os
import platform
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)

KEPT = 512  # a row's best scores kept a step


class _Recorder:
    """Stands in for the processor in sqltune.beams: keeps each call's inputs, then calls the real one."""

    def __init__(self, inner, entry: dict):
        object.__setattr__(self, "inner", inner)
        object.__setattr__(self, "entry", entry)

    def __setattr__(self, name, value):  # (beams sets `live` on the processor)
        setattr(self.inner, name, value)

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def __call__(self, input_ids, scores):
        import torch

        vals, ids = scores.topk(min(KEPT, scores.shape[1]), dim=1)
        floor = vals[:, -1:] - 10.0  # below every kept score
        self.entry["steps"].append({"live": list(self.inner.live) if self.inner.live is not None else None,
                                    "input_ids": input_ids.to(torch.int32).clone(), "vals": vals.clone(),
                                    "ids": ids.to(torch.int32).clone(), "floor": floor.clone()})
        return self.inner(input_ids, scores)


def record(args) -> int:
    import torch

    from sqltune import constrain
    from sqltune.config import make_config, model_folder_defaults
    from sqltune.decoding import Generator
    from sqltune.models import load_for_inference
    from sqltune.prompts import PromptBuilder
    from sqltune.spider import database_path, load_split

    rows = [r for r in load_split("dev") if database_path(r["db_id"]) is not None]
    rows = random.Random(args.seed).sample(rows, args.questions)
    cfg = make_config(None, {**model_folder_defaults(args.model), "model": args.model})
    model, tok = load_for_inference(cfg)
    builder = PromptBuilder(cfg)
    prompts = [builder.prompt(r["question"], db_path=database_path(r["db_id"])) for r in rows]
    targets = [database_path(r["db_id"]) for r in rows]
    gen = Generator(model, tok, args.max_new_tokens, args.batch, "schema", constrain_max_deficit=args.max_deficit,
                    beam_stop_ratio=args.stop_ratio)
    grammars = gen.grammars(targets, len(rows))
    path_of = {id(g): str(t) for g, t in zip(grammars, targets)}
    calls: list[dict] = []
    original = constrain.Constrainer.logits_processor

    def recording(self, grammars, per_prompt, prompt_length, top=None, distinct=False):
        entry = {"dbs": [path_of.get(id(g)) for g in grammars], "per_prompt": per_prompt,
                 "prompt_length": prompt_length, "top": top, "distinct": distinct, "steps": []}
        calls.append(entry)
        return _Recorder(original(self, grammars, per_prompt, prompt_length, top, distinct), entry)

    constrain.Constrainer.logits_processor = recording
    t0 = time.perf_counter()
    outs = gen.candidates_raw(prompts, args.beams, "beam", batch_size=args.batch, targets=targets)
    seconds = time.perf_counter() - t0
    constrain.Constrainer.logits_processor = original
    data = {"model": args.model, "max_deficit": args.max_deficit, "beams": args.beams, "seed": args.seed,
            "questions": [r["question"] for r in rows], "calls": calls,
            "answers": [list(c) for c in outs], "seconds": seconds, "command": " ".join(sys.argv),
            "date": date.today().isoformat(), "device": platform.processor() or "cpu"}
    Path(args.file).parent.mkdir(parents=True, exist_ok=True)
    torch.save(data, args.file)
    steps = sum(len(c["steps"]) for c in calls)
    row_steps = sum(s["input_ids"].shape[0] for c in calls for s in c["steps"])
    print(f"recorded {len(calls)} processor(s), {steps} steps, {row_steps} row-steps in {seconds:.0f} s -> {args.file}")
    return 0


def _replay_once(data: dict, tok, profiler=None, ops: bool = False) -> dict:
    """One replay: seconds in the processor's calls, steps, row-steps, the digest of what it made, its stats;
    with `ops`, under torch's profiler, also the seconds of tensor operators inside those calls."""
    import contextlib

    from torch.profiler import ProfilerActivity, profile, record_function

    from sqltune.constrain import Constrainer

    constrainer = Constrainer(tok, "schema", data["max_deficit"])
    vocab = len(tok)
    digest, total, steps, row_steps, out = hashlib.sha1(), 0.0, 0, 0, None
    with (profile(activities=[ProfilerActivity.CPU]) if ops else contextlib.nullcontext()) as recorded:
        for call in data["calls"]:
            grammars = [constrainer.grammar_for(Path(p)) if p else None for p in call["dbs"]]
            proc = constrainer.logits_processor(grammars, call["per_prompt"], call["prompt_length"], call["top"],
                                                call["distinct"])
            for step in call["steps"]:
                rows = step["input_ids"].shape[0]
                scores = step["floor"].expand(rows, vocab).clone()
                scores.scatter_(1, step["ids"].long(), step["vals"])
                input_ids = step["input_ids"].long()
                proc.live = step["live"]
                out = None  # (last step's scores freed here, not inside the timing)
                if profiler is not None:
                    profiler.enable()
                with record_function("processor") if ops else contextlib.nullcontext():
                    t = time.perf_counter()
                    out = proc(input_ids, scores)
                    total += time.perf_counter() - t
                if profiler is not None:
                    profiler.disable()
                vals, ids = out.topk(64, dim=1)
                digest.update(ids.numpy().tobytes())
                digest.update(vals.numpy().tobytes())
                steps, row_steps = steps + 1, row_steps + rows
    tensor_s = 0.0
    if ops:  # the operators that start inside a processor call (its own range aside)
        events = recorded.events()
        spans = sorted((e.time_range.start, e.time_range.end) for e in events if e.name == "processor")
        starts = [a for a, _ in spans]
        for e in events:
            if e.name == "processor" or not e.name.startswith("aten::"):
                continue
            i = bisect.bisect_right(starts, e.time_range.start) - 1
            if i >= 0 and e.time_range.start < spans[i][1]:
                tensor_s += e.self_cpu_time_total / 1e6
    return {"seconds": total, "tensor_s": tensor_s, "steps": steps, "row_steps": row_steps,
            "digest": digest.hexdigest(), "stats": constrainer.stats()}


def replay(args) -> int:
    import torch

    from sqltune.config import make_config, model_folder_defaults
    from sqltune.models import load_tokenizer

    if not Path(args.file).is_file():
        print(f"beam_replay: no recording at {args.file}: make one with `python benchmarks/beam_replay.py record "
              f"{args.file}`", file=sys.stderr)
        return 2
    data = torch.load(args.file, weights_only=False)
    cfg = make_config(None, {**model_folder_defaults(data["model"]), "model": data["model"]})
    tok = load_tokenizer(cfg)
    _replay_once(data, tok)  # grammars compiled, views built: outside the timing
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    runs = [_replay_once(data, tok) for _ in range(args.repeat)]
    split = _replay_once(data, tok, profiler, ops=True)  # (slower under the profilers: its share is what counts)
    if len({r["digest"] for r in [*runs, split]}) != 1:
        print("the replays processed the scores differently: " + ", ".join(r["digest"] for r in runs))
        return 1
    best = min(runs, key=lambda r: r["seconds"])
    tensor_s = best["seconds"] * split["tensor_s"] / split["seconds"]
    host = best["seconds"] - tensor_s
    result = {"date": date.today().isoformat(), "card": args.card, "device": platform.processor() or "cpu",
              "cpu_count": os.cpu_count(), "torch_threads": torch.get_num_threads(), "command": " ".join(sys.argv),
              "recorded": {k: data[k] for k in ("command", "date", "device", "model", "seconds")},
              "steps": best["steps"], "row_steps": best["row_steps"], "digest": best["digest"],
              "ms_per_step": 1000 * best["seconds"] / best["steps"],
              "tensor_ops_ms_per_step": 1000 * tensor_s / best["steps"],
              "host_ms_per_step": 1000 * host / best["steps"], "host_us_per_row_step": 1e6 * host / best["row_steps"],
              "runs_s": [round(r["seconds"], 3) for r in runs],
              "profiled_s": round(split["seconds"], 3), "profiled_tensor_ops_s": round(split["tensor_s"], 3),
              "stats": {k: v for k, v in best["stats"].items() if not k.endswith("_s")}}
    out = write_result(result, args.card, "beam_replay", args.result)
    print(f"{'steps':>6} {'row-steps':>9} {'ms/step':>8} {'tensor ops ms/step':>18} {'host ms/step':>12} "
          f"{'host us/row-step':>16}  digest")
    print(f"{result['steps']:>6} {result['row_steps']:>9} {result['ms_per_step']:>8.1f} "
          f"{result['tensor_ops_ms_per_step']:>18.1f} {result['host_ms_per_step']:>12.1f} "
          f"{result['host_us_per_row_step']:>16.1f}  {result['digest'][:12]}")
    if profiler is not None:
        import io
        import pstats

        text = io.StringIO()
        pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(60)
        out.with_suffix(".profile.txt").write_text(text.getvalue())
        print(f"profile: {out.with_suffix('.profile.txt')}")
    print(f"wrote {out}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="what", required=True)
    rec = sub.add_parser("record", help="decode with the model and keep the processor's inputs")
    rec.add_argument("file")
    rec.add_argument("--model", default="sqltune-270m")
    rec.add_argument("--questions", type=int, default=32)
    rec.add_argument("--batch", type=int, default=32, help="questions a batch of beams")
    rec.add_argument("--beams", type=int, default=16)
    rec.add_argument("--max-new-tokens", type=int, default=256)
    rec.add_argument("--max-deficit", type=float, default=16.0, help="the give-up limit (the default's)")
    rec.add_argument("--stop-ratio", type=float, default=2.0, help="--beam-stop-ratio (the default's)")
    rec.add_argument("--seed", type=int, default=0)
    rep = sub.add_parser("replay", help="time a fresh processor on the recorded steps")
    rep.add_argument("file")
    rep.add_argument("--repeat", type=int, default=3, help="timed replays (the fastest is reported)")
    rep.add_argument("--profile", action="store_true")
    rep.add_argument("--card", default="cpu")
    rep.add_argument("--result", default=None)
    args = ap.parse_args()
    return record(args) if args.what == "record" else replay(args)


if __name__ == "__main__":
    sys.exit(main())
