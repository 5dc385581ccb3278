"""What constrained decoding costs: the mask computation per step and decoding time with and without it.

    python benchmarks/constrain_overhead.py --questions 16 --beam-questions 2
    python benchmarks/constrain_overhead.py --model runs/demo/merged --questions 20 --max-new-tokens 128
    # on a GPU, at the evaluation's batch size (the published H200 run):
    python benchmarks/constrain_overhead.py --model sqltune-270m --questions 256 --batch-size 64 \\
        --beam-questions 32 --beam-batch-size 8 --max-new-tokens 128 --card h200
    # rows that give up past a deficit (--constrain-max-deficit) in the constrained runs
    python benchmarks/constrain_overhead.py --model sqltune-270m --questions 256 --batch-size 64 \\
        --beam-questions 128 --beam-batch-size 64 --max-new-tokens 256 --card h200 --max-deficit 8
    # where a 16-candidate step's device time goes at 256 questions a batch (4,096 rows): torch's profiler
    python benchmarks/constrain_overhead.py --model sqltune-270m --questions 0 --beam-questions 256 \\
        --beam-batch-size 256 --max-new-tokens 256 --card h200 --max-deficit 16 --device-profile
    # constrained greedy with its checks in 4 worker processes (--constrain-workers 4)
    python benchmarks/constrain_overhead.py --model sqltune-270m --questions 972 --batch-size 972 \\
        --beam-questions 0 --max-new-tokens 256 --card h200 --max-deficit 16 --workers 4

A seeded sample of Spider dev questions (whose database ships) is answered through sqltune's own decoding path
(`sqltune.decoding.Generator`, the model loaded as `sqltune generate` loads it: 16-bit on a GPU, float32 with
the screened output layer on a CPU) with each setting: greedy in batches of --batch-size, and beam search with
--beams beams in batches of --beam-batch-size questions, each once with `--constrain none` and once with
`schema` (grammar per database, cached; the tokenizer info is built once and reported apart). The two run
batch by batch in turn (none, then schema, on the same questions), so load from other work on the machine
falls on both alike. Per setting: seconds a question, seconds a decoding step (the fair comparison when the
answers differ in length), generated tokens, and for the constrained runs the mask time per step (llguidance,
all rows of the step), the time to apply it to the logits, the scope check's time (sqltune.scope), the share
of the step they take, how many rows the one-token checks settled, and how many answers are complete queries;
for every run, how many answers reach a FROM clause. --model defaults to the built-in trained sqltune-270m.
Writes benchmarks/results/<card>-<date>/constrain_overhead.json (or --result) and prints a table.
--device-profile records the timed runs (both settings) with torch's profiler and writes its operators by self
time on the device (a GPU; else the CPU) beside the result (.device_profile.txt): whether a step is the forward,
the beams' KV cache reorder (`aten::index_select`) or the scores.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
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


def _questions(n: int, seed: int) -> list[dict]:
    from sqltune.spider import database_path, load_split

    rows = [r for r in load_split("dev") if database_path(r["db_id"]) is not None]
    return random.Random(seed).sample(rows, n)


def _steps(gen, prompts: list[str]) -> int:
    """Decoding steps of a batch: its longest answer in tokens (what generate ran), +1 for the end token."""
    ids = gen.tokenizer(prompts, add_special_tokens=False)["input_ids"]
    return max(len(i) for i in ids) + 1 if ids else 0


def run_pair(model, tok, rows: list[dict], cfg, per_prompt: int, batch: int, max_new_tokens: int,
             constrainer_gen, profiler=None) -> dict:
    """Time `none` and `schema` batch by batch in turn; returns {'none': ..., 'schema': ...}."""
    import torch

    from sqltune.decoding import Generator
    from sqltune.prompts import PromptBuilder
    from sqltune.spider import database_path

    builder = PromptBuilder(cfg)
    prompts = [builder.prompt(r["question"], db_path=database_path(r["db_id"])) for r in rows]
    targets = [database_path(r["db_id"]) for r in rows]
    plain = Generator(model, tok, max_new_tokens, batch, "none")
    gens = {"none": plain, "schema": constrainer_gen}
    acc = {k: {"wall": 0.0, "steps": 0, "tokens": 0, "with_from": 0, "complete": 0, "samples": [], "all": []}
           for k in gens}
    constrainer_gen.max_new_tokens, constrainer_gen.batch_size = max_new_tokens, batch
    constrainer_gen.constrainer.reset_stats()
    grammars = constrainer_gen.grammars(targets, len(rows))  # compiled before timing (cached per database)
    # an untimed first batch of this shape: the first beam decoding of a process ran 1.6x slower (warm-up, the
    # allocator growing to 1,024 rows' caches), which fell on `none` alone before
    plain.candidates_raw(prompts[:batch], per_prompt, "beam", batch_size=batch, targets=targets[:batch])
    for start in range(0, len(rows), batch):
        chunk = slice(start, start + batch)
        for name, gen in gens.items():
            if torch.cuda.is_available():
                torch.cuda.synchronize()
            t0 = time.perf_counter()
            if profiler is not None and name == "schema":
                profiler.enable()
            outs = gen.candidates_raw(prompts[chunk], per_prompt, "beam", batch_size=batch, targets=targets[chunk])
            if torch.cuda.is_available():
                torch.cuda.synchronize()
            if profiler is not None and name == "schema":
                profiler.disable()
            a = acc[name]
            a["wall"] += time.perf_counter() - t0
            texts = [t for c in outs for t in c]
            a["all"] += texts
            a["steps"] += _steps(gen, texts)
            a["tokens"] += sum(len(i) for i in tok(texts, add_special_tokens=False)["input_ids"])
            for k, c in enumerate(outs):
                for j, text in enumerate(c):
                    # an answer cut after its select list (`SELECT count(*)`) is the failure this column watches
                    a["with_from"] += " from " in f" {text.lower()} ".replace("\n", " ")
                    if j == 0 and len(a["samples"]) < 4:
                        a["samples"].append(text.strip()[:120])
                    if name == "schema":
                        a["complete"] += constrainer_gen.constrainer.check(grammars[start + k], text) is None
    result = {}
    for name, a in acc.items():
        r = {"questions": len(rows), "s_per_question": a["wall"] / len(rows), "steps": a["steps"],
             "s_per_step": a["wall"] / max(a["steps"], 1), "generated_tokens": a["tokens"],
             "answers_with_from": a["with_from"], "answers": len(rows) * per_prompt, "sample_answers": a["samples"],
             # two runs (another card, another version of the processor) gave the same answers where these match
             "answers_sha1": hashlib.sha1("\x00".join(a["all"]).encode()).hexdigest()}
        if name == "schema":
            st = constrainer_gen.constrainer.stats()
            r.update({"mask_ms_per_step": st["mask_ms_per_step"], "apply_ms_per_step": st["apply_ms_per_step"],
                      "mask_ms_per_row": st["mask_ms_per_row"], "grammar_compile_s": st["compile_s"],
                      "grammars": st["grammars"],
                      "scope_ms_per_step": st["scope_ms_per_step"], "read_ms_per_step": st["read_ms_per_step"],
                      "topk_ms_per_step": st["topk_ms_per_step"], "wait_ms_per_step": st["wait_ms_per_step"],
                      "scope_masked_tokens": st["scope_masked"],
                      "rows_by_token_checks": st["lazy_rows"], "rows_by_question_pairs": st["picked_rows"],
                      "rows_kept_to_checked_tokens": st["only_rows"],
                      "rows_by_full_mask": st["rows"],
                      "mask_share_of_step": (st["mask_s"] + st["apply_s"] + st["scope_s"]) / a["wall"],
                      "complete_answers": a["complete"], "rows_past_parser_limit": st["limit_rows"],
                      "rows_forced_to_stop": st["stopped_rows"] + st["dead_ends"],
                      "rows_gave_up": st.get("gave_up_rows", 0),
                      "rows_in_a_cycle_ended": st.get("loops_ended", 0),
                      "rows_mispredicted": st.get("mispredicted", 0)})
        result[name] = r
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="sqltune-270m")
    ap.add_argument("--questions", type=int, default=16, help="greedy questions (0: beams only)")
    ap.add_argument("--beam-questions", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--beam-batch-size", type=int, default=1)
    ap.add_argument("--beams", type=int, default=16)
    ap.add_argument("--max-new-tokens", type=int, default=64)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    ap.add_argument("--max-deficit", type=float, default=None,
                    help="the constrained runs' --constrain-max-deficit (default: never give up)")
    ap.add_argument("--profile", action="store_true",
                    help="profile the constrained runs (cProfile; it slows Python, so their timings grow) and "
                         "write where their time went beside the result (.profile.txt)")
    ap.add_argument("--device-profile", action="store_true",
                    help="record the timed runs with torch's profiler and write the operators by device time "
                         "beside the result (.device_profile.txt)")
    ap.add_argument("--workers", type=int, default=0,
                    help="the constrained greedy runs' --constrain-workers: their checks in this many processes "
                         "(started before the timing)")
    ap.add_argument("--no-predict", action="store_true",
                    help="greedy: move each row's matcher on only after the step's tokens are read (the code "
                         "before 2026-12-02's overlap), to measure what moving it on during the forward saves")
    args = ap.parse_args()

    import torch

    if args.no_predict:
        from sqltune import constrain_processor

        constrain_processor.PREDICT = False

    from sqltune.config import make_config, model_folder_defaults
    from sqltune.decoding import Generator
    from sqltune.models import load_for_inference

    cfg = make_config(None, {**model_folder_defaults(args.model), "model": args.model})
    model, tok = load_for_inference(cfg)
    t = time.perf_counter()
    schema_gen = Generator(model, tok, args.max_new_tokens, args.batch_size, "schema", args.max_deficit,
                           constrain_workers=args.workers)
    tokenizer_s = time.perf_counter() - t
    if args.workers:
        from sqltune.constrain_workers import pool_for

        pool_for(tok, args.workers)  # (started once a process, outside the timing)
    rows = _questions(max(args.questions, args.beam_questions), args.seed)
    # warm-up (kernels, allocator, one grammar) outside the timing
    Generator(model, tok, 8, 2, "none").generate_raw([tok.bos_token or "SELECT"], progress=False)
    settings = {}
    pairs = [("greedy", rows[:args.questions], 1, args.batch_size)] if args.questions else []
    if args.beam_questions:
        pairs.append((f"beam{args.beams}", rows[:args.beam_questions], args.beams, args.beam_batch_size))
    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile()
    recorder = contextlib.nullcontext()
    if args.device_profile:
        from torch.profiler import ProfilerActivity, profile

        recorder = profile(activities=[ProfilerActivity.CPU]
                           + ([ProfilerActivity.CUDA] if torch.cuda.is_available() else []))
    with recorder as recorded:
        for base, qs, per_prompt, batch in pairs:
            for name, r in run_pair(model, tok, qs, cfg, per_prompt, batch, args.max_new_tokens, schema_gen,
                                    profiler).items():
                settings[f"{base}-{name}"] = r
                print(f"{base}-{name}", json.dumps(r), flush=True)
    device = torch.cuda.get_device_name() if torch.cuda.is_available() else platform.processor() or "cpu"
    report = {"date": date.today().isoformat(), "card": args.card, "device": device, "model": args.model,
              "cpu_count": os.cpu_count(), "torch_threads": torch.get_num_threads(),
              "platform": platform.platform(), "max_new_tokens": args.max_new_tokens,
              "batch_size": args.batch_size, "beam_batch_size": args.beam_batch_size,
              "tokenizer_info_s": tokenizer_s, "max_deficit": args.max_deficit, "predict": not args.no_predict,
              "workers": args.workers,
              "attention": schema_gen.attention, "command": " ".join(sys.argv), "settings": settings}
    out = write_result(report, args.card, "constrain_overhead", args.result)
    if profiler is not None:
        import io
        import pstats

        text = io.StringIO()
        for key in ("tottime", "cumulative"):
            pstats.Stats(profiler, stream=text).sort_stats(key).print_stats(40)
        out.with_suffix(".profile.txt").write_text(text.getvalue())
    if recorded is not None:
        key = "self_device_time_total" if torch.cuda.is_available() else "self_cpu_time_total"
        table = recorded.key_averages().table(sort_by=key, row_limit=30)
        out.with_suffix(".device_profile.txt").write_text(f"{' '.join(sys.argv)}\n{table}\n")
        print(f"device profile: {out.with_suffix('.device_profile.txt')}")
    print(f"\ntokenizer info (once a process): {tokenizer_s:.1f} s")
    print(f"{'setting':<16} {'s/question':>10} {'s/step':>8} {'tokens':>7} {'mask ms/step':>12} "
          f"{'apply ms/step':>13} {'scope ms/step':>13} {'share':>6} {'FROM':>9} {'complete':>9}")
    for name, r in settings.items():
        masked = "mask_ms_per_step" in r
        mask = (f"{r['mask_ms_per_step']:>12.2f} {r['apply_ms_per_step']:>13.2f} {r['scope_ms_per_step']:>13.2f} "
                f"{r['mask_share_of_step']:>6.1%}" if masked else f"{'':>12} {'':>13} {'':>13} {'':>6}")
        done = f"{r['complete_answers']:>4}/{r['answers']:<4}" if masked else ""
        print(f"{name:<16} {r['s_per_question']:>10.3f} {r['s_per_step']:>8.4f} {r['generated_tokens']:>7} {mask} "
              f"{r['answers_with_from']:>4}/{r['answers']:<4} {done}")
    for base in ("greedy", f"beam{args.beams}"):
        a, b = settings.get(f"{base}-none"), settings.get(f"{base}-schema")
        if a and b:
            print(f"{base}: constrained/unconstrained {b['s_per_question'] / a['s_per_question']:.2f}x a question, "
                  f"{b['s_per_step'] / a['s_per_step']:.2f}x a step")
    for name, r in settings.items():
        print(f"{name}: " + " | ".join(r["sample_answers"][:3]))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
