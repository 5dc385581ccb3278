"""The one decoding path from prompts to a chosen SQL, shared by generate, evaluate and serve.

- Greedy: one generation per prompt.
- Candidates (--num-candidates N > 1): beam search (the N best beams, best first) or seeded sampling; each
  candidate runs on the question's database through the sandbox and `choose` keeps one (--candidate-choice).
- Self-correction (--self-correct): when the kept SQL fails to execute, the question is asked once more with
  the SQL and the SQLite error added to the prompt (`correction_prompt`); the new answer is kept only if it
  executes. Off by default everywhere (measured on held-out databases: +0.3 points, not worth a second pass).
Each distinct SQL text of a question runs once (`memoized`). The candidate kept and the record of it live in
sqltune.answers (`choose`, `Decision`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .answers import Attempt, Decision, Tried, choose, clean_sql, correction_prompt, memoized  # noqa: F401 (re-exported)
from .attention import decoding_attention, decoding_kernels
from .errors import SqltuneError
from .gpu_memory import halving_batches

# --candidate-mode sample: top-k 64 is Gemma's own default; without it top-p sorts the whole 262k vocabulary
# at every step, which made sampling several times slower than beam search on CPU.
SAMPLE_TEMPERATURE, SAMPLE_TOP_P, SAMPLE_TOP_K = 0.7, 0.95, 64
# --batch-size 0 (auto). On an H200 with gemma-3-270m, greedy Spider dev ran 9.8 questions/s at 64 prompts a
# batch, 21 at 256 and 43 at 1,024 (one batch); 16 beams ran as fast at 32 and 64 questions a batch (512 and
# 1,024 sequences) and slower at 16 and 128 (benchmarks/decode_speed.py, docs/BENCHMARKS.md). A CPU reads the
# weights once a step whatever the batch, and 8 keeps a batch's longest answer from holding up the rest.
GPU_ROWS, CPU_BATCH = 1024, 8
# --batch-size 0 under a constraint: the constraint's buffers counted (rows_that_fit). On an H200 alone,
# constrained greedy of all Spider dev took 144 s at 64 prompts a batch and 31 s in one batch of 972
# (benchmarks/constrain_overhead.py, 2026-12-02): the constraint's work is on the CPU, a row at a time, but a GPU
# step of 972 rows took 50 ms against 30 ms for 64. Constrained candidates wait on the host the same way (46 ms
# a step besides the processor's own work at 1,024 rows, 54 ms at 4,096), so they take up to
# GPU_CONSTRAINED_ROWS: 16 constrained beams for all of Spider dev took 177.1 s at 64 prompts a batch and
# 110.3 s at 256 (H200, 2026-12-05, docs/BENCHMARKS.md), 63.1 and 63.2 %. (Sampled candidates take the same cap,
# unmeasured. Greedy keeps GPU_ROWS: its prefill of every prompt at once grows with the batch, uncounted here.)
GPU_CONSTRAINED_ROWS = 4096
GPU_MEMORY_SHARE = 0.6  # of the free memory, for the KV cache and beam search's float32 log-probabilities


def uses_database(cfg) -> bool:
    """Whether decoding runs candidates on the database (execution-guided, self-correcting or completing)."""
    return (cfg.num_candidates > 1 or cfg.self_correct or getattr(cfg, "constrained_retry", False)
            or retry_width(cfg) > 1 or completes(cfg))


def completes(cfg) -> bool:
    """--complete-failed where it applies: some answer is constrained with a give-up limit to lift."""
    constrained = getattr(cfg, "constrain", "none") != "none" or getattr(cfg, "constrained_retry", False)
    return (getattr(cfg, "complete_failed", False) and constrained
            and getattr(cfg, "constrain_max_deficit", None) is not None)


def retry_width(cfg) -> int:
    """--retry-beams where it applies (else 0): see beams_to_retry."""
    return beams_to_retry(cfg.num_candidates, cfg.self_correct, getattr(cfg, "constrained_retry", False),
                          getattr(cfg, "retry_beams", 0))


def beams_to_retry(num_candidates: int, self_correct: bool, constrained_retry: bool, retry_beams: int) -> int:
    """The beams of a retry: greedy decoding retries with beams unless another retry is asked for; a constrained
    retry (--constrained-retry) retries with beams after greedy answers and candidates alike (0: greedy)."""
    if self_correct:
        return 0
    return retry_beams if constrained_retry or num_candidates == 1 else 0


def needs_target(cfg) -> bool:
    """Whether decoding needs each question's database: to run candidates, or for the constraint's grammar."""
    return uses_database(cfg) or getattr(cfg, "constrain", "none") != "none"


def options(cfg) -> dict:
    """decode's keyword arguments from a Config's decoding group."""
    return {"num_candidates": cfg.num_candidates, "mode": cfg.candidate_mode, "self_correct": cfg.self_correct,
            "seed": cfg.seed, "rule": cfg.candidate_choice, "constrained_retry": cfg.constrained_retry,
            "retry_beams": retry_width(cfg), "complete_failed": completes(cfg)}


def decoding_settings(cfg) -> dict:
    """How answers are decoded; a folder's run.json records it, so a resumed run cannot mix two ways."""
    out = {"num_candidates": cfg.num_candidates,
           "candidate_mode": cfg.candidate_mode if cfg.num_candidates > 1 else "greedy",
           "self_correct": cfg.self_correct}
    # absent for first, as in the folders written before the option existed (they resume with --candidate-choice
    # first; the default, nonempty, keeps other answers)
    if cfg.num_candidates > 1 and cfg.candidate_choice != "first":
        out["candidate_choice"] = cfg.candidate_choice
    elif cfg.num_candidates == 1 and retry_width(cfg) > 1:  # (the retry's beams are chosen among too)
        out["candidate_choice"] = cfg.candidate_choice
    candidates = cfg.num_candidates > 1 and cfg.candidate_mode == "beam"
    ours = (candidates or retry_width(cfg) > 1) and cfg.beam_early_stop  # (sqltune.beams' options)
    # each absent when off, as in the folders written before its option existed (they resume)
    for key, value in (("beam_early_stop", candidates and cfg.beam_early_stop),
                       ("beam_stop_ratio", ours and cfg.beam_stop_ratio), ("beam_distinct", ours and cfg.beam_distinct),
                       ("constrained_retry", cfg.constrained_retry), ("retry_beams", retry_width(cfg))):
        if value:
            out[key] = value
    if cfg.constrain != "none":  # (absent without, as in folders written before the option existed)
        out["constrain"] = cfg.constrain
        # recorded whenever set: folders from before the option (no key) gave up never
        if getattr(cfg, "constrain_max_deficit", None) is not None:
            out["constrain_max_deficit"] = cfg.constrain_max_deficit
    if completes(cfg):  # (absent when off, as in folders written before the option)
        out["complete_failed"] = True
    if cfg.review_rows and out.get("candidate_choice") == "rerank":  # (absent for models without review rows)
        out["review"] = True
    return out


def decode(generator: Generator, prompts: list[str], runs: Sequence[Callable[[str], Any] | None],
           num_candidates: int = 1, mode: str = "beam", self_correct: bool = False, batch_size: int | None = None,
           seed: int = 42, progress: bool = False, rule: str = "nonempty",
           targets: Sequence[Any] | None = None, constrained_retry: bool = False,
           retry_beams: int = 0, settled: Callable[[list[int], list[Decision]], None] | None = None,
           complete_failed: bool = False, questions: Sequence[str] | None = None) -> list[Decision]:
    """Candidates -> choose -> (optionally) one self-correction, for every prompt. runs[i](sql) executes on
    prompt i's database (an ExecResult-like object with .ok, .rows, .message), or is None where there is none:
    the first candidate is kept and never retried. Greedy without self-correction runs nothing. targets[i] is
    prompt i's database (a file or an in-memory connection), which a constrained generator builds its grammar
    from; a kept answer the grammar does not accept as complete, or that gave up (--constrain-max-deficit),
    carries the reason in `constraint_error`. retry_beams (greedy, or with constrained_retry): a question whose
    answer fails to execute is decoded again with that many beams (under this generator's constraint), chosen by
    `rule`, kept if it executes, a batch of questions at a time. constrained_retry: the same retry under the
    schema constraint on the question's target (Generator.schema_constrainer), with retry_beams beams or, below
    2, greedily; questions without a target keep their answer. complete_failed: a question whose answer still
    fails (after any retry) and has a target is decoded once more, greedily under the constraint (this
    generator's, or the schema constraint with constrained_retry) without a give-up limit, and that answer kept
    if it executes (Generator.complete_constrainer; nothing happens without a constraint). settled(indices,
    decisions): called as soon as those prompts' decisions are final (the answers that need no retry first, then
    each batch of retries, then the completed ones), so a caller can save and count them while the rest
    decode. questions[i]: prompt i's question, which --candidate-choice rerank reads ('' where unknown)."""
    if len(runs) != len(prompts):
        raise ValueError("one run function (or None) per prompt")
    retry_beams = beams_to_retry(num_candidates, self_correct, constrained_retry, retry_beams)
    constrainer = getattr(generator, "constrainer", None)
    complete_failed = complete_failed and (constrainer is not None or constrained_retry) and targets is not None
    if num_candidates == 1 and not (self_correct or constrained_retry or retry_beams or complete_failed):
        runs = [None] * len(prompts)
    runs = [memoized(r) for r in runs]

    def attempt(texts: list[str], which: list[int], n: int = num_candidates, how: str = mode,
                show: bool = progress, constrainer=None) -> list[Tried]:
        raws = generator.candidates_raw(texts, n, how, batch_size=batch_size, seed=seed, progress=show,
                                        targets=None if targets is None else [targets[i] for i in which],
                                        constrainer=constrainer)
        css = [[clean_sql(t) for t in rs] for rs in raws]
        qs = [questions[i] if questions else "" for i in which]
        reviews = [None] * len(which)
        if rule == "rerank" and questions and getattr(generator, "review", False):  # (one pass for all of them)
            from .review import for_choice

            reviews = for_choice(generator.model, generator.tokenizer, qs, css, [runs[i] for i in which])
        out = []
        for i, q, rs, cs, rv in zip(which, qs, raws, css, reviews, strict=True):
            sql, k = choose(cs, runs[i], rule, q, rv) if runs[i] is not None else (cs[0], 0)
            out.append(Tried(sql, k, cs, rs[k], scores_of(rs), [rv.get(c) for c in cs] if rv else None))
        return out

    grammars = generator.grammars(targets, len(prompts)) if constrainer is not None else None

    def final(which: list[int]) -> None:
        if constrainer is not None:
            for i in which:
                d = decisions[i]
                kept = d.attempts[-1] if d.retry_kept or d.completed else d.attempts[0]
                notes = generator.complete_constrainer(constrained_retry).notes if d.completed else constrainer.notes
                note = notes.take(generator.chat_text(kept.prompt), kept.raw)  # gave up? its trace
                d.constraint_error = note.get("gave_up") or constrainer.check(grammars[i], kept.raw)
                d.constraint_trace = note.get("deficits")
        done.update(which)
        if settled is not None and which:
            settled(which, [decisions[i] for i in which])

    done: set[int] = set()

    decisions = []
    for i, t in enumerate(attempt(prompts, list(range(len(prompts))))):
        executed = None if runs[i] is None else runs[i](t.sql).ok
        decisions.append(Decision(t.sql, t.chosen, t.candidates, executed, attempts=[_kept(prompts[i], t)],
                                  scores=t.scores, review=t.review))
    may_retry = (self_correct or constrained_retry or retry_beams > 1 or complete_failed)

    def completing(i: int) -> bool:  # (--complete-failed: still failing, with a database to build the grammar)
        return complete_failed and decisions[i].executed is False and targets[i] is not None

    pending = [i for i, d in enumerate(decisions) if may_retry and d.executed is False]  # (their retry may execute)
    final(sorted(set(range(len(decisions))) - set(pending)))
    if self_correct:
        failed = [i for i, d in enumerate(decisions) if d.executed is False]
        if failed:
            retry = [correction_prompt(prompts[i], decisions[i].sql, runs[i](decisions[i].sql).message)
                     for i in failed]
            for i, text, t in zip(failed, retry, attempt(retry, failed), strict=True):
                decisions[i].retry(_kept(text, t), t.candidates, runs[i], "self-correction", t.scores, t.review)
    width = retry_beams if retry_beams > 1 else int(constrained_retry)  # (a constrained retry can be greedy)
    if width:
        failed = [i for i, d in enumerate(decisions) if d.executed is False and not d.retried]
        cons, how = None, f"{width} beams"
        if constrained_retry:  # (only where there is a database to build the grammar from)
            failed = [i for i in failed if targets is not None and targets[i] is not None]
            cons = generator.schema_constrainer() if failed else None  # (built once, when first needed)
            how = f"{width} constrained beams" if width > 1 else "constrained decoding"
        failed.sort(key=lambda i: -len(prompts[i]))  # as the batches go (longest first)
        size = generator.prompts_a_batch([prompts[i] for i in failed], width, batch_size, cons) if failed else 1
        for start in range(0, len(failed), size):
            part = failed[start:start + size]
            for i, t in zip(part, attempt([prompts[i] for i in part], part, width, "beam", False, cons), strict=True):
                decisions[i].retry(_kept(prompts[i], t), t.candidates, runs[i], how, t.scores, t.review)
            final([i for i in part if not completing(i)])
        if cons is not None:
            cons.notes.clear()
    rest = sorted(set(pending) - done)
    last = [i for i in rest if completing(i)]
    if last:  # the last try: the same constraint without its give-up limit, so the answer is a whole query
        comp = generator.complete_constrainer(constrained_retry)
        for i, t in zip(last, attempt([prompts[i] for i in last], last, 1, "beam", False, comp), strict=True):
            decisions[i].complete(_kept(prompts[i], t), runs[i])
    final(rest)  # (questions without a database keep their answer; final reads the completions' notes)
    for c in (constrainer, generator.complete_constrainer(constrained_retry) if last else None):
        if c is not None:
            c.notes.clear()
    if len(done) != len(decisions):  # (a caller saving as answers settle would lose the others)
        raise RuntimeError(f"decode settled {len(done)} of {len(decisions)} answers")
    return decisions


def _kept(prompt: str, t: Tried) -> Attempt:
    return Attempt(prompt, t.sql, t.raw, t.chosen, len(t.candidates))


def rows_that_fit(config, itemsize: int, tokens: int, free_bytes: int, constrained: bool = False,
                  cap: int = GPU_ROWS) -> int:
    """Sequences of `tokens` a batch (at most `cap`) whose KV cache and float32 scores (4 copies of the
    vocabulary's, as beam search makes them; under a constraint 3 more for its masks and masked copies) fit in
    GPU_MEMORY_SHARE of free_bytes. A sliding-window layer's cache holds at most its window (transformers'
    DynamicCache keeps the last window - 1 tokens: gemma-3-270m's 15 local layers of 18 keep 511)."""
    c = config.get_text_config()
    head_dim = getattr(c, "head_dim", None) or c.hidden_size // c.num_attention_heads
    kv_heads = getattr(c, "num_key_value_heads", None) or c.num_attention_heads
    scores = (7 if constrained else 4) * 4 * c.vocab_size
    row = 2 * kv_heads * head_dim * itemsize * cached_tokens(c, tokens) + scores
    return min(cap, int(GPU_MEMORY_SHARE * free_bytes // row))


def cached_tokens(text_config, tokens: int) -> int:
    """Tokens a sequence of `tokens` keeps in the KV cache over all layers: all of them in a global layer, at most
    the window in a sliding-window one (an upper bound: transformers keeps window - 1)."""
    window = getattr(text_config, "sliding_window", None)
    kinds = getattr(text_config, "layer_types", None) or ["full_attention"] * text_config.num_hidden_layers
    return sum(min(tokens, window) if kind == "sliding_attention" and window else tokens for kind in kinds)


def row_cap(per_prompt: int, constrained: bool) -> int:
    """The most sequences a GPU batch holds under --batch-size 0: GPU_CONSTRAINED_ROWS for constrained candidates
    (their step waits on the host, so fewer, larger batches pay), GPU_ROWS otherwise."""
    return GPU_CONSTRAINED_ROWS if constrained and per_prompt > 1 else GPU_ROWS


def prompts_a_batch(rows: int, per_prompt: int) -> int:
    """Prompts of `per_prompt` sequences in `rows` sequences (at least one)."""
    return max(1, rows // per_prompt)


def shared_prompt_cache(model) -> bool:
    """Whether sqltune.beams' beams read their question's prompt from one copy (sqltune.shared_prompt) rather than
    one copy a beam: SQLTUNE_SHARED_PROMPT=1 or 0; by default on a CPU only (16 beams 1.8-2.4x the questions/s on
    2 cores; on an H100 1.03x constrained and 0.88x unconstrained: its attention is several small kernels where
    the copies' is one). docs/BENCHMARKS.md."""
    choice = os.environ.get("SQLTUNE_SHARED_PROMPT", "auto")
    if choice not in ("auto", "0", "1"):
        raise SqltuneError(f"SQLTUNE_SHARED_PROMPT={choice!r}: use 1 (on) or 0, or leave it unset")
    if choice == "auto":
        return getattr(getattr(model, "device", None), "type", None) == "cpu"
    return choice == "1"


def compact_beams(model) -> bool:
    """Whether beams that stop early run in sqltune.beams, which drops a question's rows once its beams have
    ended, rather than in transformers' generate, which decodes every question until the batch's last is done.
    SQLTUNE_BEAM_SEARCH=sqltune or transformers decides; by default sqltune.beams wherever the model has a device:
    1.65-1.74x generate's questions/s on 2 CPU cores, on an H200 1.56x for 16 beams (all of Spider dev as a user
    runs it) and 1.83-2.35x under the constraint, the same answers. (Until cuDNN's attention was left out of
    decoding, sqltune.beams' shrinking batches, a new shape each, cost it more on a GPU's first pass than its
    dropped rows saved.) docs/BENCHMARKS.md."""
    choice = os.environ.get("SQLTUNE_BEAM_SEARCH", "auto")
    if choice not in ("auto", "sqltune", "transformers"):
        raise SqltuneError(f"SQLTUNE_BEAM_SEARCH={choice!r}: use sqltune, transformers, or leave it unset")
    device = getattr(getattr(model, "device", None), "type", None)  # (None for a stand-in: generate's path)
    return choice == "sqltune" or (choice == "auto" and device is not None)


class Scored(str):
    """A decoded beam that carries its beam-search score (sqltune.beams: the mean log-probability of a new token),
    and is its text everywhere else: decode saves the scores beside the candidates, the rest reads only text.
    Beams through generate, greedy answers and samples are plain str (no score)."""

    score: float | None = None

    @classmethod
    def of(cls, text: str, score: float) -> Scored:
        out = cls(text)
        out.score = score
        return out


def scores_of(texts: Sequence[str]) -> list[float] | None:
    """The beam scores of one question's decoded candidates, or None where any has none."""
    scores = [getattr(t, "score", None) for t in texts]
    return None if None in scores else scores


class Generator:
    """Batched generation from user-prompt texts to cleaned SQL: greedy, or several candidates per prompt."""

    def __init__(self, model, tokenizer, max_new_tokens: int = 256, batch_size: int = 0, constrain: str = "none",
                 constrain_max_deficit: float | None = None, beam_early_stop: bool = True, constrain_workers: int = 0,
                 beam_stop_ratio: float = 0.0):
        from .models import END_OF_TURN

        self.model, self.tokenizer = model, tokenizer
        self.max_new_tokens, self.batch_size = max_new_tokens, batch_size
        self.beam_early_stop, self.beam_stop_ratio = beam_early_stop, beam_stop_ratio  # (sqltune.beams only)
        self.share_prompts = True  # a prompt's candidates share its KV cache (_prompt_cache)
        self.prompt_once = shared_prompt_cache(model)  # ... held once for sqltune.beams' beams, not once a beam
        self.compact_beams = compact_beams(model)  # sqltune.beams or generate (a bad SQLTUNE_BEAM_SEARCH fails here)
        self.attention = decoding_attention(model)  # the sdpa kernels (a bad SQLTUNE_SDPA fails here)
        self.beam_batches = {"sqltune.beams": 0, "transformers": 0}  # which search decoded beams (the report says)
        self._free: int | None = None  # this process's share of the GPU's free memory, read once (auto_batch)
        self.review = self.beam_distinct = False  # review rows (sqltune.review); --beam-distinct
        self.constrainer = None
        self.constrain_max_deficit, self.constrain_workers = constrain_max_deficit, constrain_workers
        self._other_constrainers: dict = {}  # (mode, limit) -> a retry's constraint (_other_constrainer)
        if constrain != "none":  # (the tokenizer's view of the 262k vocabulary is built once, here)
            from .constrain import Constrainer

            self.constrainer = Constrainer(tokenizer, constrain, constrain_max_deficit, constrain_workers)
        tokenizer.padding_side = "left"
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        self.eos_ids = [tokenizer.eos_token_id, END_OF_TURN]

    def chat_text(self, prompt: str) -> str:
        return self.tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                                  add_generation_prompt=True)

    def grammars(self, targets: Sequence[Any] | None, n: int, constrainer=None) -> list | None:
        """The constraint's grammar for each prompt's database (a file, an in-memory connection, or None), by
        `constrainer` (default: this generator's own, None when it decodes unconstrained)."""
        constrainer = constrainer or self.constrainer
        if constrainer is None:
            return None
        return [constrainer.grammar_for(t) for t in (targets if targets is not None else [None] * n)]

    def _batches(self, prompts: list[str], per_prompt: int, options: dict, batch_size: int | None,
                 progress: bool, targets: Sequence[Any] | None = None, constrainer=None) -> list[list[str]]:
        """`per_prompt` decoded generations for every prompt, with model.generate options; with a constraint
        (`constrainer`, default this generator's own), each prompt's tokens are masked by its database's
        grammar (sqltune.constrain)."""
        from tqdm.auto import tqdm

        constrainer = constrainer or self.constrainer
        grammars = self.grammars(targets, len(prompts), constrainer)
        # Longest first: batches of similar length waste less on padding; results go back in input order.
        order = sorted(range(len(prompts)), key=lambda i: -len(prompts[i]))
        bs = self.prompts_a_batch(prompts, per_prompt, batch_size, constrainer) if order else 1
        out: list[list[str]] = [[] for _ in prompts]
        bar = tqdm(total=len(prompts), desc="generating", unit="q", disable=not progress, file=sys.stderr)
        # (the auto size counts the KV cache and scores, not what the kernels allocate on the side)
        for start, stop, rows in halving_batches(
                len(order), bs, lambda a, b: self._decode_batch(order[a:b], prompts, per_prompt, options, grammars,
                                                                constrainer),
                "prompts", "out of GPU memory decoding a single prompt: lower --max-new-tokens or "
                "--num-candidates, or free the GPU"):
            for i, texts in zip(order[start:stop], rows):
                out[i].extend(texts)
            bar.update(stop - start)
        bar.close()
        return out

    def _decode_batch(self, idx: list[int], prompts: list[str], per_prompt: int, options: dict,
                      grammars: list | None, constrainer) -> list[list[str]]:
        """The `per_prompt` decoded generations of each of the prompts at `idx`, in one model.generate call."""
        import contextlib

        import torch

        from .beams import beam_search
        from .cpu import exact_logits

        texts = [self.chat_text(prompts[i]) for i in idx]
        if len(idx) == 1 and options == {"do_sample": False} and self._cpu_greedy() is not None:
            return [[self._greedy_on_cpu(texts[0], grammars[idx[0]] if grammars else None, constrainer)]]
        enc = self.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
        enc = {k: v.to(self.model.device) for k, v in enc.items()}
        extra, processor, beams = {}, None, options.get("num_beams", 1)
        if grammars is not None:
            from transformers import LogitsProcessorList

            # what the decoding can pick: greedy 1 token; beams, transformers' continuations a question,
            # (1 + end tokens) x beams (sampling: every token)
            top = None if options.get("do_sample") else max(2, 1 + len(self.eos_ids)) * beams if per_prompt > 1 else 1
            processor = constrainer.logits_processor([grammars[i] for i in idx], per_prompt, enc["input_ids"].shape[1],
                                                     top=top, distinct=self.beam_distinct and per_prompt > 1)
            extra["logits_processor"] = LogitsProcessorList([processor])
        # a grammar can rule out a CPU's screened top logits: then every logit must be exact
        exact = exact_logits(self.model) if grammars is not None else contextlib.nullcontext()
        with torch.inference_mode(), exact, decoding_kernels(self.attention):
            compact = beams > 1 and options.get("early_stopping") is True and self.compact_beams
            if per_prompt > 1 and self.share_prompts and enc["input_ids"].shape[1] > 1:
                extra["cache"] = self._prompt_cache(enc, per_prompt, once=compact and self.prompt_once)
            if beams > 1:
                self.beam_batches["sqltune.beams" if compact else "transformers"] += 1
            if compact:
                found, scores = beam_search(self.model, enc["input_ids"], enc["attention_mask"], per_prompt,
                                            self.max_new_tokens, self.eos_ids, processor, extra.get("cache"),
                                            getattr(self.model.generation_config, "max_time", None),
                                            stop_ratio=self.beam_stop_ratio,
                                            distinct=self.tokenizer if self.beam_distinct else None)
                return [[Scored.of(self.tokenizer.decode(t, skip_special_tokens=True), s) for t, s in zip(q, qs)]
                        for q, qs in zip(found, scores, strict=True)]
            gen = self.model.generate(**enc, max_new_tokens=self.max_new_tokens, eos_token_id=self.eos_ids,
                                      pad_token_id=self.tokenizer.pad_token_id, **options, **extra)
        new = gen[:, enc["input_ids"].shape[1]:]
        # generate returns the sequences of one prompt next to each other (num_return_sequences each)
        decoded = [self.tokenizer.decode(row, skip_special_tokens=True) for row in new]
        return [decoded[j:j + per_prompt] for j in range(0, len(decoded), per_prompt)]

    def prompts_a_batch(self, prompts: list[str], per_prompt: int, batch_size: int | None = None,
                        constrainer=None) -> int:
        """How many of `prompts` one model.generate call takes with `per_prompt` sequences each: batch_size (or
        this generator's), else auto, sized for the longest prompt."""
        bs = batch_size or self.batch_size
        if not bs:
            longest = max(prompts, key=len)
            tokens = len(self.tokenizer(self.chat_text(longest), add_special_tokens=False)["input_ids"])
            bs = self.auto_batch(per_prompt, tokens, constrained=(constrainer or self.constrainer) is not None)
        return bs

    def schema_constrainer(self):
        """The schema constraint for --constrained-retry, whatever this generator's own --constrain."""
        return self._other_constrainer("schema", self.constrain_max_deficit)

    def complete_constrainer(self, schema: bool = False):
        """--complete-failed's constraint: this generator's own (or, for --constrained-retry, the schema
        constraint) with no give-up limit."""
        return self._other_constrainer("schema" if schema or self.constrainer is None else self.constrainer.mode,
                                       None)

    def _other_constrainer(self, mode: str, max_deficit: float | None):
        """A constraint other than this generator's own (a retry's), built on first use (the tokenizer's view is
        built once a vocabulary) and kept."""
        if (mode, max_deficit) not in self._other_constrainers:
            from .constrain import Constrainer

            # (no limit: --complete-failed's few rows, in this process, where a row caught in a cycle ends)
            workers = self.constrain_workers if max_deficit is not None else 0
            self._other_constrainers[mode, max_deficit] = Constrainer(self.tokenizer, mode, max_deficit, workers)
        return self._other_constrainers[mode, max_deficit]

    def _prompt_cache(self, enc: dict, copies: int, once: bool = False):
        """The KV cache of every prompt but its last token, computed once and repeated for the prompt's
        `copies` sequences (beams or samples): generate would compute each prompt `copies` times over. generate
        then runs only the last prompt token, whose scores are those of the whole prompt computed at once (equal
        within float32 rounding: tests/test_decoding.py; bfloat16 may turn near-ties, as batch size does).
        once: held once a prompt for sqltune.beams (shared_prompt.SharedPromptCache), not repeated."""
        ids, mask = enc["input_ids"][:, :-1], enc["attention_mask"][:, :-1]
        positions = (mask.cumsum(-1) - 1).clamp(min=0)  # as generate numbers left-padded rows
        cache = self.model(input_ids=ids, attention_mask=mask, position_ids=positions, use_cache=True,
                           logits_to_keep=1)["cache"]
        if once:
            from .shared_prompt import SharedPromptCache

            return SharedPromptCache(cache, mask, copies, self.model.config)
        cache.batch_repeat_interleave(copies)
        return cache

    def auto_batch(self, per_prompt: int = 1, prompt_tokens: int = 2048, constrained: bool | None = None) -> int:
        """Prompts a batch for --batch-size 0: CPU_BATCH on a CPU; on a GPU up to GPU_ROWS sequences (prompts x
        per_prompt; GPU_CONSTRAINED_ROWS for constrained candidates), fewer where GPU_MEMORY_SHARE of the free
        memory (this process's share of it, where several share the GPU) cannot hold each sequence's KV cache
        (prompt_tokens + max_new_tokens) and its float32 scores, with the constraint's buffers when `constrained`
        (default: whether this generator has a constraint)."""
        device = self.model.device
        if device.type != "cuda":
            return CPU_BATCH
        free = self.free_share()
        constrained = self.constrainer is not None if constrained is None else constrained
        rows = rows_that_fit(self.model.config, self.model.dtype.itemsize, prompt_tokens + self.max_new_tokens, free,
                             constrained, row_cap(per_prompt, constrained))
        return prompts_a_batch(rows, per_prompt)

    def free_share(self) -> int:
        """This process's share of its GPU's free memory, in bytes, read at the first call and kept: read at each
        sizing, it moved with what the other processes on the card (--processes) held at that moment, and with
        it the batch sizes, and so the answers (bfloat16 near-ties move with a batch's shape): two runs of one
        command disagreed on 23 of 972 kept answers (H100, 2026-12-06, docs/BENCHMARKS.md). A card that another
        program fills later runs out of memory sooner: the batch is halved and the run goes on (_batches)."""
        if self._free is None:
            import torch

            from .distributed import processes_a_device

            device = self.model.device
            # (memory torch keeps cached from an earlier batch is free for this one); several processes on one
            # GPU each size for their share of it
            free = torch.cuda.mem_get_info(device)[0] + torch.cuda.memory_reserved(device) - \
                torch.cuda.memory_allocated(device)
            self._free = free // processes_a_device(torch.cuda.device_count())
        return self._free

    def _cpu_greedy(self):
        """sqltune.cpu_decoder's greedy decoder for this model on a CPU (built on first use), or None."""
        if not hasattr(self, "_greedy"):
            from .cpu_decoder import for_model

            self._greedy = for_model(self.model)
        return self._greedy

    def _greedy_on_cpu(self, text: str, grammar=None, constrainer=None) -> str:
        """One prompt's greedy answer through the CPU decoder: a batch of one on a CPU (a user's question)
        takes 1.2-1.3x less time than through model.generate; larger batches read the weights once for
        several rows, which gives more answers a second, and stay with generate. With a grammar the
        constraint's processor masks each step's scores. Those stay screened (sqltune.cpu: the top 64 exact,
        the rest from the int8 copy), unlike generate's under a constraint: every logit exact cost 2.6x the
        time a question, screened 1.2x, and the answers to 20 Spider dev questions were the same
        (docs/CONSTRAINED_DECODING.md); only a step whose allowed tokens all lie outside the top 64 chooses
        among int8 approximations."""
        ids = self.tokenizer(text, add_special_tokens=False)["input_ids"]
        processor = constrainer.logits_processor([grammar], 1, len(ids), top=1) if grammar is not None else None
        new = self._greedy.greedy(ids, self.max_new_tokens, self.eos_ids,
                                  getattr(self.model.generation_config, "max_time", None), processor)
        return self.tokenizer.decode(new, skip_special_tokens=True)

    def generate_raw(self, prompts: list[str], batch_size: int | None = None, progress: bool = True,
                     targets: Sequence[Any] | None = None) -> list[str]:
        return [c[0] for c in self._batches(prompts, 1, {"do_sample": False}, batch_size, progress, targets)]

    def generate(self, prompts: list[str], batch_size: int | None = None, progress: bool = True) -> list[str]:
        return [clean_sql(t) for t in self.generate_raw(prompts, batch_size, progress)]

    def candidates_raw(self, prompts: list[str], n: int, mode: str = "beam", batch_size: int | None = None,
                       seed: int = 42, progress: bool = False, targets: Sequence[Any] | None = None,
                       constrainer=None) -> list[list[str]]:
        """n generations per prompt: beam search (num_beams = n, the n best beams, best first) or seeded
        sampling (temperature 0.7, top-p 0.95, top-k 64); n = 1 is greedy whatever the mode. `constrainer`:
        another constraint than this generator's own (a retry's)."""
        if n < 1:
            raise ValueError(f"n must be at least 1 (got {n})")
        if n == 1:
            return self._batches(prompts, 1, {"do_sample": False}, batch_size, progress, targets, constrainer)
        if mode == "beam":
            options = {"do_sample": False, "num_beams": n, "num_return_sequences": n}
            if self.beam_early_stop:
                options["early_stopping"] = True
        elif mode == "sample":
            import torch

            torch.manual_seed(seed)
            options = {"do_sample": True, "temperature": SAMPLE_TEMPERATURE, "top_p": SAMPLE_TOP_P, "top_k": SAMPLE_TOP_K,
                       "num_return_sequences": n}
        else:
            raise ValueError(f"unknown candidate mode {mode!r} (beam or sample)")
        # (a batch of b prompts decodes b * n sequences)
        return self._batches(prompts, n, options, batch_size, progress, targets, constrainer)

    def candidates(self, prompts: list[str], n: int, mode: str = "beam", batch_size: int | None = None,
                   seed: int = 42, progress: bool = False) -> list[list[str]]:
        """n cleaned SQL candidates per prompt, best first (see candidates_raw); duplicates are kept, so
        index k is always the k-th generation."""
        return [[clean_sql(t) for t in c] for c in self.candidates_raw(prompts, n, mode, batch_size, seed, progress)]


def load_generator(cfg) -> Generator:
    from .models import load_for_inference

    def start_workers(tokenizer) -> None:  # (--constrain-workers: they get ready while the model loads)
        from .constrain_workers import pool_for

        pool_for(tokenizer, cfg.constrain_workers)

    workers = cfg.constrain != "none" and cfg.constrain_workers
    model, tokenizer = load_for_inference(cfg, start_workers if workers else None)
    generator = Generator(model, tokenizer, cfg.max_new_tokens, cfg.batch_size, cfg.constrain,
                          cfg.constrain_max_deficit, cfg.beam_early_stop, cfg.constrain_workers, cfg.beam_stop_ratio)
    generator.review, generator.beam_distinct = cfg.review_rows, cfg.beam_distinct
    return generator
