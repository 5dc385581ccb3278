"""What constrained decoding costs: the mask computation per step and decoding time with and without it.

    python benchmarks/constrain_overhead.py --questions 16 --beam-questions 2
    python benchmarks/constrain_overhead.py --model runs/demo/merged --questions 20 --max-new-tokens 128

A seeded sample of Spider dev questions (whose database ships) is answered by model.generate with each
setting: greedy in batches of --batch-size, and beam search with --beams beams (one question a call), each once
with `--constrain none` and once with `schema` (grammar per database, cached; the tokenizer info is built once
and reported apart). Per setting: seconds a question, seconds a decoding step (the fair comparison when the
answers differ in length), generated tokens, and for the constrained runs the mask time per step (llguidance,
all rows of the step), the time to apply it to the logits, the scope check's time (sqltune.scope), the share of the step they take, and how many
answers are complete queries; for every run, how many answers reach a FROM clause. --model defaults to the built-in gemma-3-270m (base model, zero-shot: its
unconstrained answers are mostly not SQL). Writes benchmarks/results/<card>-<date>/constrain_overhead.json
(or --result) and prints a table.
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


def _questions(n: int, seed: int) -> list[dict]:
    from sqltune.spider import database_path, load_split

    rows = [r for r in load_split("dev") if database_path(r["db_id"]) is not None]
    return random.Random(seed).sample(rows, n)


def _prompts(rows: list[dict]) -> list[str]:
    from sqltune.prompts import build_prompt
    from sqltune.schema import schema_from_sqlite
    from sqltune.spider import database_path

    return [build_prompt(schema_from_sqlite(database_path(r["db_id"]), "compact", 0), r["question"], "recipe")
            for r in rows]


def run_setting(model, tok, constrainer, rows, prompts, per_prompt: int, batch: int, options: dict,
                max_new_tokens: int) -> dict:
    import torch

    from sqltune.spider import database_path

    tok.padding_side = "left"
    steps = tokens = complete = with_from = 0
    samples: list[str] = []
    t0 = time.perf_counter()
    if constrainer is not None:
        constrainer.reset_stats()
    for start in range(0, len(rows), batch):
        chunk, texts = rows[start:start + batch], prompts[start:start + batch]
        chat = [tok.apply_chat_template([{"role": "user", "content": p}], tokenize=False, add_generation_prompt=True)
                for p in texts]
        enc = tok(chat, return_tensors="pt", padding=True, add_special_tokens=False)
        plen = enc["input_ids"].shape[1]
        procs, grammars = [], []
        if constrainer is not None:
            grammars = [constrainer.grammar_for(database_path(r["db_id"])) for r in chunk]
            top = None if options.get("do_sample") else 2 * options.get("num_beams", 1) if per_prompt > 1 else 1
            procs = [constrainer.logits_processor(grammars, per_prompt, plen, top=top)]  # as sqltune decodes
        with torch.inference_mode():
            out = model.generate(**enc, max_new_tokens=max_new_tokens, eos_token_id=[1, 106],
                                 pad_token_id=tok.pad_token_id, logits_processor=procs, **options)
        new = out[:, plen:]
        steps += new.shape[1]
        tokens += int((~torch.isin(new, torch.tensor([0, 1, 106]))).sum())
        for j, row in enumerate(new):
            text = tok.decode(row, skip_special_tokens=True)
            # an answer cut after its select list (`SELECT count(*)`) is the failure this column watches for
            with_from += " from " in f" {text.lower()} ".replace("\n", " ")
            if j % per_prompt == 0 and len(samples) < 4:
                samples.append(text.strip()[:120])
            if constrainer is not None:
                complete += constrainer.check(grammars[j // per_prompt], text) is None
    wall = time.perf_counter() - t0
    result = {"questions": len(rows), "s_per_question": wall / len(rows), "steps": steps,
              "s_per_step": wall / max(steps, 1), "generated_tokens": tokens,
              "answers_with_from": with_from, "answers": len(rows) * per_prompt, "sample_answers": samples}
    if constrainer is not None:
        st = constrainer.stats()
        result.update({"mask_ms_per_step": st["mask_ms_per_step"], "apply_ms_per_step": st["apply_ms_per_step"],
                       "mask_ms_per_row": st["mask_ms_per_row"], "grammar_compile_s": st["compile_s"],
                       "grammars": st["grammars"],
                       "scope_ms_per_step": st["scope_ms_per_step"], "scope_masked_tokens": st["scope_masked"],
                       "rows_by_token_checks": st["lazy_rows"], "rows_by_full_mask": st["rows"],
                       "mask_share_of_step": (st["mask_s"] + st["apply_s"] + st["scope_s"]) / wall,
                       "complete_answers": complete, "rows_past_parser_limit": st["limit_rows"],
                       "rows_forced_to_stop": st["stopped_rows"] + st["dead_ends"]})
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="gemma-3-270m")
    ap.add_argument("--questions", type=int, default=16)
    ap.add_argument("--beam-questions", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=8)
    ap.add_argument("--beams", type=int, default=16)
    ap.add_argument("--max-new-tokens", type=int, default=64)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()

    import torch
    from transformers import AutoModelForCausalLM

    from sqltune import constrain
    from sqltune.models import builtin_dir, load_tokenizer_from

    path = builtin_dir(args.model) if args.model in ("gemma-3-270m", "tiny-random-gemma-3") else Path(args.model)
    tok = load_tokenizer_from(path)
    model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float32).eval()
    t = time.perf_counter()
    constrainer = constrain.Constrainer(tok, "schema")
    tokenizer_s = time.perf_counter() - t
    rows = _questions(max(args.questions, args.beam_questions), args.seed)
    prompts = _prompts(rows)
    settings = {}
    greedy = {"do_sample": False}
    beam = {"do_sample": False, "num_beams": args.beams, "num_return_sequences": args.beams}
    for name, c in (("greedy-none", None), ("greedy-schema", constrainer)):
        settings[name] = run_setting(model, tok, c, rows[:args.questions], prompts[:args.questions], 1,
                                     args.batch_size, greedy, args.max_new_tokens)
        print(name, json.dumps(settings[name]), flush=True)
    if args.beam_questions:
        for name, c in ((f"beam{args.beams}-none", None), (f"beam{args.beams}-schema", constrainer)):
            settings[name] = run_setting(model, tok, c, rows[:args.beam_questions], prompts[:args.beam_questions],
                                         args.beams, 1, beam, args.max_new_tokens)
            print(name, json.dumps(settings[name]), flush=True)
    report = {"date": date.today().isoformat(), "card": args.card, "model": args.model,
              "cpu_count": os.cpu_count(), "torch_threads": torch.get_num_threads(),
              "platform": platform.platform(), "max_new_tokens": args.max_new_tokens,
              "tokenizer_info_s": tokenizer_s, "settings": settings}
    out = Path(args.result) if args.result else ROOT / "benchmarks" / "results" / f"{args.card}-{report['date']}" \
        / "constrain_overhead.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(f"\ntokenizer info (once a process): {tokenizer_s:.1f} s")
    print(f"{'setting':<16} {'s/question':>10} {'s/step':>8} {'tokens':>7} {'mask ms/step':>12} "
          f"{'apply ms/step':>13} {'scope ms/step':>13} {'share':>6} {'FROM':>9} {'complete':>9}")
    for name, r in settings.items():
        masked = "mask_ms_per_step" in r
        mask = (f"{r['mask_ms_per_step']:>12.2f} {r['apply_ms_per_step']:>13.2f} {r['scope_ms_per_step']:>13.2f} "
                f"{r['mask_share_of_step']:>6.1%}" if masked else f"{'':>12} {'':>13} {'':>13} {'':>6}")
        done = f"{r['complete_answers']:>4}/{r['answers']:<4}" if masked else ""
        print(f"{name:<16} {r['s_per_question']:>10.2f} {r['s_per_step']:>8.3f} {r['generated_tokens']:>7} {mask} "
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
