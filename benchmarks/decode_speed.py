"""Questions a second of sqltune's decoding on a GPU, setting by setting, with the answers each gives.

    python benchmarks/decode_speed.py --model sqltune-270m --card h200
    python benchmarks/decode_speed.py --model runs/demo/merged --settings greedy-b256,beam16-b64,beam16-b64-early \\
        --questions 0 --beam-questions 256 --card h200

One process loads the model once (as `sqltune evaluate` loads it: an adapter merged into its base, 16-bit on a
GPU) and answers Spider dev questions (whose database ships; `--test` for another test set) through sqltune's
own decoding path (`sqltune.decoding.decode`: generation, then every candidate run in the sandbox and one kept
by --candidate-choice nonempty) with each setting in turn:

  greedy-bN            greedy, N prompts a batch
  greedy-bN-static     the same with a static KV cache, which makes transformers compile the decoding step
                       (torch.compile, CUDA graphs); compilation is part of the time
  ...-static-nocompile a static KV cache (allocated once, no growth a step) without compiling
  greedy-b1-q100       the reference recipe's decoding: one prompt at a time, greedy (-qN: only the first N
                       questions of the setting's kind; the other parts combine with any setting)
  beam16-bN-noshare    each of a question's 16 beams computes its prompt (as generate does alone), instead
                       of one prompt cache repeated for them (sqltune's default)
  greedy-bN-apart      the adapter kept apart from its base (peft's LoRA layers), as evaluate loaded
                       adapters before 2026-12-01
  beam16-bN            16 beams a question, N questions a batch (N x 16 sequences)
  beam16-bN-early      the same with --beam-early-stop, through the beam search sqltune chooses
                       (sqltune.decoding.compact_beams)
  beam16-bN-early-sq   ... through sqltune.beams, which drops a question's rows once its beams have ended
  beam16-bN-early-tf   ... through transformers' generate (every question decodes until the batch's last is done)
  sample16-bN          16 seeded samples (--candidate-mode sample)
  ...-schema           under the schema constraint (--constrain schema, give-up limit 16, as evaluate's default)

Settings decode unconstrained (`--constrain none`) unless they end in -schema (the default since 2026-12-02 is
`schema`; benchmarks/constrain_overhead.py measures its cost against none). Greedy settings answer --questions questions (0 =
all), candidate settings --beam-questions (a seeded sample; 0 = all); "x first" is a setting's questions/s over
the first setting of its kind (put greedy-b1-q100 first to compare with the reference recipe's decoding). --expandable-segments starts CUDA with
PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True (a KV cache that grows a step then extends its segment instead
of asking CUDA for a new block). Per setting: questions/s, the seconds split into generation and running
candidates, answers identical to the first setting of the same kind (greedy: bf16 ties aside they should all
be), and strict execution accuracy and executable rate (sqltune.scoring). Writes
benchmarks/results/<card>-<date>/decode_speed.json (or --result) and prints a table.
"""

from __future__ import annotations

import argparse
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

DEFAULT_SETTINGS = "greedy-b64,greedy-b256,greedy-b1024,greedy-b256-apart,beam16-b64,beam16-b64-early,beam16-b128-early"


def parse_setting(name: str) -> dict:
    """`beam16-b64-early` -> {"n": 16, "mode": "beam", "batch": 64, "early": True, ...}; clear error otherwise."""
    parts = name.split("-")
    head, rest = parts[0], parts[1:]
    out = {"name": name, "n": 1, "mode": "beam", "batch": 64, "early": False, "static": False, "apart": False,
           "nocompile": False, "noshare": False, "tf": False, "sq": False, "schema": False,
           "questions": 0}
    if head.startswith("beam") and head[4:].isdigit():
        out["n"] = int(head[4:])
    elif head.startswith("sample") and head[6:].isdigit():
        out["n"], out["mode"] = int(head[6:]), "sample"
    elif head != "greedy":
        raise SystemExit(f"decode_speed.py: --settings: unknown setting {name!r} (greedy-bN, beamK-bN, sampleK-bN)")
    for p in rest:
        if p.startswith("b") and p[1:].isdigit():
            out["batch"] = int(p[1:])
        elif p.startswith("q") and p[1:].isdigit():
            out["questions"] = int(p[1:])
        elif p in ("early", "static", "apart", "nocompile", "noshare", "tf", "sq", "schema"):
            out[p] = True
        else:
            raise SystemExit(f"decode_speed.py: --settings: unknown part {p!r} in {name!r} "
                             "(bN, qN, early, static, nocompile, noshare, apart, tf, sq, schema)")
    return out


def run_setting(s: dict, gen, test, prompts: dict[str, str], sandbox) -> tuple[list[str], dict]:
    """Answers and timings of one setting over `test`'s items (prompts: by item id)."""
    import torch

    from sqltune.decoding import compact_beams, decode

    items = test.items
    prompts = [prompts[it.id] for it in items]
    runs = [(lambda sql, p=it.db_path: sandbox.run(p, sql)) for it in items]
    gen.batch_size, gen.beam_early_stop, gen.share_prompts = s["batch"], s["early"], not s["noshare"]
    gen.compact_beams = True if s["sq"] else False if s["tf"] else compact_beams(gen.model)  # (sqltune's choice)
    spent = {"generate": 0.0}
    inner = gen.candidates_raw

    def timed(*a, **k):
        torch.cuda.synchronize() if torch.cuda.is_available() else None
        t = time.perf_counter()
        out = inner(*a, **k)
        torch.cuda.synchronize() if torch.cuda.is_available() else None
        spent["generate"] += time.perf_counter() - t
        return out

    gen.candidates_raw = timed
    gc = gen.model.generation_config
    saved = (getattr(gc, "cache_implementation", None), getattr(gc, "disable_compile", False))
    if s["static"]:
        gc.cache_implementation = "static"
        gc.disable_compile = s["nocompile"]
    try:
        t0 = time.perf_counter()
        decisions = decode(gen, prompts, runs, num_candidates=s["n"], mode=s["mode"], batch_size=s["batch"],
                           seed=42, rule="nonempty", targets=[it.db_path for it in items] if s["schema"] else None)
        wall = time.perf_counter() - t0
    finally:
        gen.candidates_raw = inner
        gc.cache_implementation, gc.disable_compile = saved
    sqls = [d.sql for d in decisions]
    return sqls, {"questions": len(items), "seconds": round(wall, 2), "qps": round(len(items) / wall, 2),
                  "generate_s": round(spent["generate"], 2), "run_candidates_s": round(wall - spent["generate"], 2),
                  "peak_gb": round(torch.cuda.max_memory_allocated() / 2**30, 1) if torch.cuda.is_available() else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="sqltune-270m", help="adapter or merged model (default: the built-in sqltune-270m)")
    ap.add_argument("--test", default="spider-dev", help="test set: spider-dev, spider-syn or a test file")
    ap.add_argument("--settings", default=DEFAULT_SETTINGS, help=f"comma-separated (default {DEFAULT_SETTINGS})")
    ap.add_argument("--questions", type=int, default=0, help="greedy settings: how many questions (0 = all)")
    ap.add_argument("--beam-questions", type=int, default=256, help="candidate settings: a seeded sample (0 = all)")
    ap.add_argument("--max-new-tokens", type=int, default=256)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--expandable-segments", action="store_true",
                    help="PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True for this process")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()
    settings = [parse_setting(n) for n in args.settings.split(",") if n]
    if args.expandable_segments:  # (before torch starts CUDA)
        os.environ["PYTORCH_CUDA_ALLOC_CONF"] = "expandable_segments:True"

    import dataclasses

    import torch

    from sqltune.config import make_config, model_folder_defaults
    from sqltune.decoding import Generator
    from sqltune.models import load_as_saved, load_for_inference
    from sqltune.prompts import PromptBuilder
    from sqltune.scoring import score
    from sqltune.sqlexec import Sandbox
    from sqltune.testsets import load_test_set

    cfg = make_config(None, {**model_folder_defaults(args.model), "model": args.model,
                             "max_new_tokens": args.max_new_tokens})
    test = load_test_set(args.test, cfg)
    everything = [it for it in test.items if it.db_path is not None]
    rng = random.Random(args.seed)

    def subset(n: int) -> list:
        return everything if not n or n >= len(everything) else sorted(rng.sample(everything, n), key=everything.index)

    sets = {"greedy": subset(args.questions), "candidates": subset(args.beam_questions)}
    model, tok = load_for_inference(cfg)
    gens = {(False, False): Generator(model, tok, args.max_new_tokens)}
    if any(s["apart"] for s in settings):
        apart, _ = load_as_saved(cfg)
        gens[True, False] = Generator(apart, tok, args.max_new_tokens)
    if any(s["schema"] for s in settings):  # (one constrainer: grammars and masks cached across its settings)
        if any(s["apart"] and s["schema"] for s in settings):
            raise SystemExit("decode_speed.py: --settings: -apart and -schema do not combine")
        gens[False, True] = Generator(model, tok, args.max_new_tokens, constrain="schema", constrain_max_deficit=16.0)
    builder = PromptBuilder(cfg)  # (each prompt built once, whatever the settings)
    prompts = {it.id: builder.prompt(it.question, db_path=it.db_path) for it in everything}
    for g in gens.values():
        g.generate_raw(["How many singers are there?"], progress=False)  # warm-up outside the timing
    results, answers = {}, {}
    with Sandbox() as sandbox:
        for s in settings:
            questions = "greedy" if s["n"] == 1 else "candidates"
            kind = questions + ("-schema" if s["schema"] else "")  # (answers compared within a kind)
            part = dataclasses.replace(test, items=sets[questions][:s["questions"] or None])
            if torch.cuda.is_available():
                torch.cuda.reset_peak_memory_stats()
            sqls, r = run_setting(s, gens[s["apart"], s["schema"]], part, prompts, sandbox)
            before = sum(n.split(" (")[0] == s["name"] for n in results)
            key = f"{s['name']} ({before + 1})" if before else s["name"]  # (a setting run again: A/B/A/B)
            first = next((n for n in answers if answers[n][0] == kind), None)
            if first is not None:
                r["same_answers_as"] = first
                ref = answers[first][1]  # (a -qN setting and the first share their first questions)
                r["same_answers"] = sum(a == b for a, b in zip(sqls, ref, strict=False))
                r["compared"] = min(len(sqls), len(ref))
                r["x_first_qps"] = round(r["qps"] / results[first]["qps"], 2)
            answers[key] = (kind, sqls)
            _, judged = score(part, {"x": sqls})
            rows = judged["x"]
            r["strict"] = round(sum(x["correct"] for x in rows) / len(rows), 4)
            r["executes"] = round(sum(x["executed"] for x in rows) / len(rows), 4)
            results[key] = r
            print(key, json.dumps(r), flush=True)
    device = torch.cuda.get_device_name() if torch.cuda.is_available() else platform.processor() or "cpu"
    import transformers

    report = {"date": date.today().isoformat(), "card": args.card, "device": device, "model": args.model,
              "test": test.name, "torch": torch.__version__, "transformers": transformers.__version__,
              "max_new_tokens": args.max_new_tokens, "expandable_segments": args.expandable_segments,
              "attention": gens[False, False].attention, "command": " ".join(sys.argv), "settings": results}
    out = write_result(report, args.card, "decode_speed", args.result)
    print(f"\n{'setting':<22} {'questions':>9} {'q/s':>7} {'x first':>7} {'generate s':>10} {'run s':>7} "
          f"{'peak GB':>7} {'strict':>7} {'executes':>8} {'same answers':>14}")
    for name, r in results.items():
        same = f"{r['same_answers']}/{r['compared']}" if "same_answers" in r else "(first)"
        print(f"{name:<22} {r['questions']:>9} {r['qps']:>7.2f} {r.get('x_first_qps', 1.0):>7.2f} "
              f"{r['generate_s']:>10.1f} {r['run_candidates_s']:>7.1f} "
              f"{r['peak_gb'] if r['peak_gb'] is not None else '-':>7} {r['strict']:>7.1%} {r['executes']:>8.1%} "
              f"{same:>14}")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
