"""Greedy answer latency on a CPU: seconds per Spider question for ways of running the model.

    python benchmarks/cpu_latency.py                                    # the default configurations, 30 questions
    python benchmarks/cpu_latency.py --configs fp32 bf16 default --questions 10 --rounds 1
    python benchmarks/cpu_latency.py --profile fp32                     # where one configuration's time goes
    # the published runs (results/cpu-2026-12-01/): answers to their end, scored (cpu_latency_answers.json,
    # then cpu_latency_decoder.json with the CPU decoder)
    python benchmarks/cpu_latency.py --model sqltune-270m --new-tokens 0 --questions 100 --rounds 1 \
        --configs adapter-screen fp32-screen int8w-screen default \
        --out benchmarks/results/cpu-2026-12-01/cpu_latency_answers.json
    python benchmarks/cpu_latency.py --model sqltune-270m --new-tokens 0 --questions 100 --rounds 1 \
        --configs int8w-screen default --out benchmarks/results/cpu-2026-12-01/cpu_latency_decoder.json
    # and the same work for every configuration (exactly 32 new tokens a question; cpu_latency.json):
    python benchmarks/cpu_latency.py --questions 10 --rounds 1 --configs fp32-screen fp32-1thread fp32-passive bf16 bf16-screen int8 int8-body-screen fp32-screen-passive

Each configuration loads the model (default: the built-in gemma-3-270m) through
`sqltune.models.load_for_inference` in a process of its own (thread settings and compile caches do not leak
between configurations), warms up on one question, then answers --questions Spider dev questions greedily
(prompts as `sqltune generate` builds them: compact schema, Gemma chat template) at batch 1. With
--new-tokens N > 0 every answer gets exactly N new tokens (`min_new_tokens = max_new_tokens`, so every
configuration does the same work whatever it answers); with --new-tokens 0 each answer runs to its end (at
most 256 tokens, as `sqltune generate`) and is scored by execution against the gold SQL, so the table shows
what a user waits for a typical question and what each configuration's answers are worth.
Rounds go over the configurations in turn, so load from other processes on the machine falls on all of them;
the table gives the median over rounds. A question's time is prefill + its new tokens; in a batch of b
questions each gets the batch's time / b (throughput, not the latency of one request).

On a CPU `load_for_inference` merges an adapter into float32 weights and screens the output layer through an
int8 copy (`sqltune.cpu`): `fp32-screen`; `adapter-screen` keeps the adapter apart (as before the merge);
`int8w-screen` also stores the decoder layers' weights as int8 (`--cpu-weights int8`); these call
`model.generate`. `*-decoder` answer through `sqltune.cpu_decoder` (fused projections, preallocated cache), as
`sqltune generate` does on a CPU for greedy answers (--new-tokens 0 only); `default` runs the product's own
choice (`--cpu-weights auto`, the CPU decoder). The compile configurations take minutes to compile on 2 cores
and compile again for each new prompt length.

"same" counts the questions whose new tokens are exactly those of `fp32` (batch 1, sdpa): bf16 and int8
rounding may flip near-ties. Writes --out (default benchmarks/results/cpu-<date>/cpu_latency.json) with the CPU
model, core count, torch and transformers versions and every round's per-question times.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results" / "cpu-2026-12-01" / "cpu_latency.json"

# name -> how it runs. dtype: load dtype ('auto' = what load_for_inference picks on this machine);
# attn: attention kernel; threads/interop: torch thread pools; quant: dynamic int8 of nn.Linear ('all' includes
# the lm_head, 'body' leaves it in float); screen: keep load_for_inference's screened output layer (on by
# default on CPU; the other configurations put the plain layer back); compile: torch.compile mode of the decoding step (static KV cache);
# batch: questions per generate call; env: environment of the process (OpenMP reads it when torch loads).
PASSIVE = {"OMP_WAIT_POLICY": "PASSIVE"}  # idle OpenMP threads sleep instead of spinning
CONFIGS: dict[str, dict] = {
    "fp32": {"dtype": "float32"},
    "fp32-1thread": {"dtype": "float32", "threads": 1},
    "fp32-interop1": {"dtype": "float32", "interop": 1},
    "fp32-passive": {"dtype": "float32", "env": PASSIVE},
    "fp32-eager": {"dtype": "float32", "attn": "eager"},
    "fp32-static": {"dtype": "float32", "static": True},
    "bf16": {"dtype": "bfloat16"},
    "bf16-1thread": {"dtype": "bfloat16", "threads": 1},
    "bf16-passive": {"dtype": "bfloat16", "env": PASSIVE},
    "bf16-eager": {"dtype": "bfloat16", "attn": "eager"},
    "int8": {"dtype": "float32", "quant": "all"},
    "int8-1thread": {"dtype": "float32", "quant": "all", "threads": 1},
    "int8-passive": {"dtype": "float32", "quant": "all", "env": PASSIVE},
    "int8-body": {"dtype": "float32", "quant": "body"},
    "int8-body-1thread": {"dtype": "float32", "quant": "body", "threads": 1},
    "bf16-compile": {"dtype": "bfloat16", "compile": "default"},
    "bf16-compile-max": {"dtype": "bfloat16", "compile": "max-autotune-no-cudagraphs"},
    "fp32-screen": {"dtype": "float32", "screen": True},
    "fp32-screen-passive": {"dtype": "float32", "screen": True, "env": PASSIVE},
    "bf16-screen": {"dtype": "bfloat16", "screen": True},
    "int8-body-screen": {"dtype": "float32", "quant": "body", "screen": True},
    "fp32-batch4": {"dtype": "float32", "batch": 4},
    "bf16-batch4": {"dtype": "bfloat16", "batch": 4},
    "fp32-screen-batch4": {"dtype": "float32", "screen": True, "batch": 4},
    "adapter-screen": {"dtype": "float32", "screen": True, "unmerged": True},
    "int8w-screen": {"dtype": "float32", "screen": True, "weights": "int8"},
    "int8w-decoder": {"dtype": "float32", "screen": True, "weights": "int8", "decoder": True},
    "fp32-decoder": {"dtype": "float32", "screen": True, "decoder": True},
    "default": {"dtype": "auto", "weights": "auto", "decoder": True},
}
DEFAULT_CONFIGS = ["fp32-screen", "fp32-1thread", "fp32-passive", "bf16", "bf16-screen", "int8", "int8-body-screen",
                   "fp32-screen-batch4"]
BASELINE = "fp32"


# --- one configuration, in its own process -------------------------------------------------------------------

def questions(n: int) -> list[tuple[str, str]]:
    """(question, db_id) of n Spider dev questions spread evenly over the split (databases vary)."""
    from sqltune.spider import database_path, load_split

    rows = [r for r in load_split("dev") if database_path(r["db_id"]) is not None]
    step = max(1, len(rows) // n)
    return [(r["question"], r["db_id"]) for r in rows[::step][:n]]


def prompts(cfg, n: int) -> list[str]:
    from sqltune.prompts import PromptBuilder
    from sqltune.spider import database_path

    builder = PromptBuilder(cfg)
    return [builder.prompt(q, db_path=database_path(db)) for q, db in questions(n + 1)]


def load_unmerged(cfg):
    """An adapter kept apart from its base (a PeftModel), the output layer screened: the CPU path before
    `load_for_inference` merged adapters."""
    from sqltune.cpu import screen_lm_head
    from sqltune.models import describe, load_as_saved

    if describe(cfg.model)["kind"] != "adapter":
        raise SystemExit(f"adapter-screen needs an adapter model, not {cfg.model}")
    model, tok = load_as_saved(cfg)
    screen_lm_head(model)
    return model, tok


def load(model: str, spec: dict):
    """(model, tokenizer, generate kwargs, compile seconds) for a configuration."""
    import torch

    from sqltune.config import make_config, model_folder_defaults
    from sqltune.models import load_for_inference

    cfg = make_config(None, {**model_folder_defaults(model), "model": model, "dtype": spec["dtype"],
                             "attn_implementation": spec.get("attn", "sdpa"),
                             "cpu_weights": spec.get("weights", "float32")})
    if spec.get("unmerged"):
        m, tok = load_unmerged(cfg)
    else:
        m, tok = load_for_inference(cfg)
    if type(m.lm_head).__name__ == "ScreenedLMHead" and not spec.get("screen", spec["dtype"] == "auto"):
        plain = torch.nn.Linear(m.lm_head.in_features, m.lm_head.out_features, bias=False, device="meta")
        plain.weight = m.lm_head.weight  # the plain output layer, tied as loaded
        m.lm_head = plain
    kwargs: dict = {}
    if spec.get("quant"):
        from torch.ao.quantization import quantize_dynamic

        skip = {"lm_head"} if spec["quant"] == "body" else set()
        targets = {name for name, mod in m.named_modules()
                   if isinstance(mod, torch.nn.Linear) and name.split(".")[-1] not in skip}
        m = quantize_dynamic(m, targets, dtype=torch.qint8)
    if spec.get("compile"):
        from transformers import CompileConfig

        cc = CompileConfig(fullgraph=False, dynamic=False, mode=spec["compile"])
        cc._compile_all_devices = True  # generate compiles only on accelerators unless told
        kwargs.update(cache_implementation="static", compile_config=cc)
    elif spec.get("static"):
        kwargs["cache_implementation"] = "static"
    return cfg, m, tok, kwargs


def run_config(name: str, model: str, n: int, new_tokens: int, out: Path) -> None:
    spec = CONFIGS[name]
    import torch

    # Thread pools are set before any parallel work: the inter-op pool cannot change afterwards.
    if spec.get("interop"):
        torch.set_num_interop_threads(spec["interop"])
    if spec.get("threads"):
        torch.set_num_threads(spec["threads"])
    from sqltune.decoding import Generator, clean_sql

    t0 = time.perf_counter()
    cfg, m, tok, kwargs = load(model, spec)
    load_s = time.perf_counter() - t0
    limit = new_tokens or cfg.max_new_tokens  # 0: as `sqltune generate` answers (256 tokens at most)
    gen = Generator(m, tok, max_new_tokens=limit, batch_size=1)
    texts = [gen.chat_text(p) for p in prompts(cfg, n)]
    warm, texts = texts[0], texts[1:]
    budget = {"max_new_tokens": limit, "min_new_tokens": limit} if new_tokens else {"max_new_tokens": limit}
    bs = spec.get("batch", 1)

    # decoder: answers as `sqltune generate` gives them on a CPU, through sqltune.cpu_decoder (greedy, one
    # prompt at a time, each answer to its end); the other configurations call model.generate
    decoder = gen._cpu_greedy() if spec.get("decoder") and bs == 1 and not new_tokens else None
    if spec.get("decoder") and decoder is None:
        raise SystemExit(f"{name}: the CPU decoder does not apply (needs --new-tokens 0, batch 1, a Gemma 3 model)")

    def answer(batch: list[str]) -> list[list[int]]:
        if decoder is not None:
            return [decoder.greedy(tok(batch[0], add_special_tokens=False)["input_ids"], limit, gen.eos_ids)]
        enc = tok(batch, return_tensors="pt", padding=True, add_special_tokens=False)
        with torch.inference_mode():
            seq = m.generate(**enc, do_sample=False, eos_token_id=gen.eos_ids, pad_token_id=tok.pad_token_id,
                             **budget, **kwargs)
        return seq[:, enc["input_ids"].shape[1]:].tolist()

    t0 = time.perf_counter()
    answer([warm] * bs)  # first call: allocations, oneDNN primitives, compilation
    warm_s = time.perf_counter() - t0
    times: list[float] = []
    tokens: list[list[int]] = []
    prompt_tokens = [len(tok(t, add_special_tokens=False)["input_ids"]) for t in texts]
    for start in range(0, len(texts), bs):
        batch = texts[start:start + bs]
        t0 = time.perf_counter()
        tokens += answer(batch)
        dt = time.perf_counter() - t0
        times += [dt / len(batch)] * len(batch)
    out.write_text(json.dumps({"config": name, "spec": spec, "dtype": str(next(m.parameters()).dtype),
                               "threads": torch.get_num_threads(), "interop": torch.get_num_interop_threads(),
                               "load_s": load_s, "warmup_s": warm_s, "times": times, "tokens": tokens,
                               "prompt_tokens": prompt_tokens,
                               "sql": [clean_sql(tok.decode(t, skip_special_tokens=True)) for t in tokens]}))


def profile_config(name: str, model: str, n: int, new_tokens: int) -> None:
    import torch
    from torch.profiler import ProfilerActivity, profile

    from sqltune.decoding import Generator

    spec = CONFIGS[name]
    if spec.get("threads"):
        torch.set_num_threads(spec["threads"])
    cfg, m, tok, kwargs = load(model, spec)
    gen = Generator(m, tok, max_new_tokens=new_tokens, batch_size=1)
    texts = [gen.chat_text(p) for p in prompts(cfg, n)]

    def answer(text: str) -> None:
        enc = tok([text], return_tensors="pt", add_special_tokens=False)
        with torch.inference_mode():
            m.generate(**enc, do_sample=False, max_new_tokens=new_tokens, min_new_tokens=new_tokens,
                       eos_token_id=gen.eos_ids, pad_token_id=tok.pad_token_id, **kwargs)

    answer(texts[0])
    with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
        for t in texts[1:]:
            answer(t)
    print(prof.key_averages(group_by_input_shape=True).table(sort_by="self_cpu_time_total", row_limit=25,
                                                             max_name_column_width=40, max_shapes_column_width=50))


# --- orchestration -----------------------------------------------------------------------------------------

def cpu_model() -> str:
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return platform.processor()
    fields = dict(line.split(":", 1) for line in out.splitlines() if ":" in line)
    flags = fields.get("Flags", "").split()
    name = fields.get("Model name", "").strip()
    return name + (" (avx512_bf16)" if "avx512_bf16" in flags else "") + (" (amx)" if "amx_bf16" in flags else "")


def accuracy(rows: list[dict], runs: dict, n: int) -> None:
    """Execution accuracy of each configuration's first-round answers (sqltune's scorer, Spider dev gold)."""
    from sqltune.scoring import score
    from sqltune.testsets import load_spider_dev

    test = load_spider_dev()
    wanted = questions(n + 1)[1:]  # the warm-up question is not timed, nor scored
    by_key = {(it.question, it.db_id): it for it in test.items}
    test.items = [by_key[q] for q in wanted]
    systems = {r["config"]: next(x for x in runs[r["config"]] if "sql" in x)["sql"] for r in rows if "error" not in r}
    _, judged = score(test, systems)
    for r in rows:
        if r["config"] in judged:
            r["correct"] = sum(j["correct"] for j in judged[r["config"]])
            r["execution_accuracy"] = r["correct"] / len(test.items)


def p90(xs: list[float]) -> float:
    return statistics.quantiles(xs, n=10)[-1] if len(xs) > 1 else xs[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="gemma-3-270m")
    ap.add_argument("--configs", nargs="+", default=DEFAULT_CONFIGS, choices=sorted(CONFIGS))
    ap.add_argument("--questions", type=int, default=30)
    ap.add_argument("--new-tokens", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--out", type=Path, default=RESULTS)
    ap.add_argument("--profile", choices=sorted(CONFIGS), help="profile one configuration (3 questions) instead")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--worker-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        run_config(args.worker, args.model, args.questions, args.new_tokens, args.worker_out)
        return
    if args.profile:
        profile_config(args.profile, args.model, 3, args.new_tokens)
        return
    configs = list(dict.fromkeys([BASELINE, *args.configs]))
    runs: dict[str, list[dict]] = {c: [] for c in configs}
    with tempfile.TemporaryDirectory() as tmp:
        for r in range(args.rounds):
            for c in configs:
                path = Path(tmp) / f"{c}-{r}.json"
                cmd = [sys.executable, __file__, "--worker", c, "--worker-out", str(path), "--model", args.model,
                       "--questions", str(args.questions), "--new-tokens", str(args.new_tokens)]
                t0 = time.perf_counter()
                env = {**os.environ, **CONFIGS[c].get("env", {})}
                proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
                if proc.returncode != 0:
                    print(f"{c}: failed\n{proc.stderr[-3000:]}", file=sys.stderr)
                    runs[c].append({"error": proc.stderr[-3000:]})
                    continue
                res = json.loads(path.read_text())
                runs[c].append(res)
                print(f"round {r + 1} {c}: {statistics.mean(res['times']):.3f} s/question "
                      f"({time.perf_counter() - t0:.0f} s with loading)", file=sys.stderr, flush=True)
    base = next(x for x in runs[BASELINE] if "tokens" in x)["tokens"]
    rows = []
    for c in configs:
        ok = [x for x in runs[c] if "times" in x]
        if not ok:
            rows.append({"config": c, "spec": CONFIGS[c], "error": runs[c][0]["error"]})
            continue
        means = [statistics.mean(x["times"]) for x in ok]
        tokens = ok[0]["tokens"]
        same = sum(a == b for a, b in zip(tokens, base, strict=True))
        diverge = [next((i for i, (p, q) in enumerate(zip(a, b)) if p != q), min(len(a), len(b)))
                   for a, b in zip(tokens, base, strict=True) if a != b]
        mean = statistics.median(means)
        median = statistics.median(statistics.median(x["times"]) for x in ok)
        rows.append({"config": c, "spec": CONFIGS[c], "dtype": ok[0]["dtype"], "threads": ok[0]["threads"],
                     "interop": ok[0]["interop"], "s_per_question_mean": mean,
                     "s_per_question_median": median, "within_1s": sum(t <= 1.0 for t in ok[0]["times"]),
                     "s_per_question_p90": statistics.median(p90(x["times"]) for x in ok),
                     "round_means": means,
                     "tokens_per_s": sum(map(len, tokens)) / len(tokens) / mean,
                     "new_tokens_mean": sum(map(len, tokens)) / len(tokens),
                     "same_as_baseline": same, "questions": len(tokens), "first_divergence": diverge,
                     "warmup_s": statistics.median(x["warmup_s"] for x in ok),
                     "stable_across_rounds": all(x["tokens"] == tokens for x in ok)})
    if not args.new_tokens:  # answers ran to their end: what are they worth?
        accuracy(rows, runs, args.questions)
    prompt_tokens = next(x for x in runs[BASELINE] if "prompt_tokens" in x)["prompt_tokens"]
    result = {"benchmark": "cpu_latency", "date": date.today().isoformat(), "model": args.model,
              "cpu": cpu_model(), "cores": os.cpu_count(), "torch": metadata.version("torch"),
              "transformers": metadata.version("transformers"), "python": platform.python_version(),
              "questions": args.questions, "new_tokens": args.new_tokens, "rounds": args.rounds,
              "prompt_tokens": {"mean": statistics.mean(prompt_tokens), "min": min(prompt_tokens),
                                "max": max(prompt_tokens)},
              "load_average_at_end": os.getloadavg(), "results": rows,
              "runs": {c: [{k: v for k, v in x.items() if k != "tokens"} for x in runs[c]] for c in configs}}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n")
    print(f"{result['cpu']}, {result['cores']} cores, torch {result['torch']}, "
          f"{args.questions} questions, prompts {result['prompt_tokens']['mean']:.0f} tokens, "
          f"{args.new_tokens} new tokens, median of {args.rounds} rounds")
    print(f"{'configuration':<18} {'s/q mean':>9} {'median':>7} {'s/q p90':>8} {'tok/s':>7} {'same':>7} "
          f"{'correct':>8}")
    for row in rows:
        if "error" in row:
            print(f"{row['config']:<18} failed: {row['error'].strip().splitlines()[-1][:80]}")
            continue
        print(f"{row['config']:<18} {row['s_per_question_mean']:>9.3f} {row['s_per_question_median']:>7.3f} "
              f"{row['s_per_question_p90']:>8.3f} "
              f"{row['tokens_per_s']:>7.1f} {row['same_as_baseline']:>3}/{row['questions']:<3} "
              f"{str(row.get('correct', '')):>8}")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
