"""Decoding that uses the database: candidates (beam/sample), the execution-aware chooser, the self-correction
retry, and their plumbing through generate and evaluate. Real SQLite throughout; the tiny random model writes
gibberish, so where a test needs SQL that executes, a scripted generator stands in for the model."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from sqltune.answers import clean_sql, correction_prompt
from sqltune.cli import build_parser, main
from sqltune.config import config_from_args, make_config
from sqltune.decoding import (
    Generator,
    choose,
    decode,
    load_generator,
    memoized,
    options,
)
from sqltune.errors import SqltuneError
from sqltune.prompts import build_prompt, conversation
from sqltune.sqlexec import Sandbox, context_database

CONTEXT = "CREATE TABLE singer (singer_id INT, name TEXT, age INT); INSERT INTO singer VALUES (1, 'Ann', 30);"


@pytest.fixture(scope="module")
def generator(tiny_model) -> Generator:
    return load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 8, "batch_size": 2}))


class Counting:
    """Runs SQL on a real database through the sandbox and counts what it ran."""

    def __init__(self, sandbox: Sandbox, db):
        self.sandbox, self.db, self.ran = sandbox, db, []

    def __call__(self, sql: str):
        self.ran.append(sql)
        return self.sandbox.run(self.db, sql)


class Scripted:
    """Stands in for the model: answers each prompt from a script keyed on whether it is a retry."""

    def __init__(self, first: list[list[str]], retry: list[list[str]] | None = None):
        self.first, self.retry, self.prompts = first, retry or [], []

    def candidates_raw(self, prompts, n, mode="beam", batch_size=None, seed=42, progress=False, targets=None,
                       constrainer=None):
        self.prompts.append(list(prompts))
        script = self.retry if len(self.prompts) > 1 else self.first
        assert all(len(c) == n for c in script[:len(prompts)])
        return [list(c) for c in script[:len(prompts)]]


# --- the chooser -------------------------------------------------------------------------------------------

def test_choose_prefers_rows_then_any_execution_then_the_first(spider_db):
    digest = hashlib.sha256(spider_db.read_bytes()).hexdigest()
    with Sandbox() as sandbox:
        run = Counting(sandbox, spider_db)
        cands = ["SELEC name FROM singer", "DELETE FROM singer", "SELECT name FROM singer WHERE 0",
                 "SELECT name FROM nowhere", "SELECT name FROM singer", "SELECT count(*) FROM singer"]
        assert choose(cands, run) == ("SELECT name FROM singer", 4)
        assert run.ran == cands[:5]  # stops at the first with rows
        # nothing returns rows: the first that executes (an empty result) wins over errors
        assert choose(["SELECT x FROM nowhere", "SELECT name FROM singer WHERE 0", "SELECT 1 FROM singer WHERE 0"],
                      run) == ("SELECT name FROM singer WHERE 0", 1)
        # nothing executes: the first candidate, the model's best
        assert choose(["SELEC 1", "DROP TABLE singer", ""], run) == ("SELEC 1", 0)
        # a repeated text runs once
        run.ran.clear()
        assert choose(["SELECT name FROM x", "SELECT name FROM x", "SELECT 1"], run) == ("SELECT 1", 2)
        assert run.ran == ["SELECT name FROM x", "SELECT 1"]
    assert hashlib.sha256(spider_db.read_bytes()).hexdigest() == digest  # the DELETE/DROP changed nothing


def test_choose_nonempty_passes_over_a_count_or_sum_of_nothing(spider_db):
    with Sandbox() as sandbox:
        run = Counting(sandbox, spider_db)
        zero = "SELECT count(*) FROM singer WHERE name = 'nobody'"
        null = "SELECT sum(age), max(name) FROM singer WHERE 0"
        n = "SELECT count(*) FROM singer"
        assert choose([zero, null, n], run) == (n, 2)  # nonempty is the default
        assert choose([zero, null, n], run, "first") == (zero, 0)
        # only nothing-found rows: the first of them, before a candidate that returns no rows at all
        assert choose(["SELECT name FROM singer WHERE 0", null, zero], run) == (null, 1)
        # zeros among other values, or several rows of zeros, are a result
        assert choose(["SELECT 0, 'x'", n], run) == ("SELECT 0, 'x'", 0)
        assert choose(["SELECT 0.0 FROM singer", n], run) == ("SELECT 0.0 FROM singer", 0)
        assert choose(["SELECT 0.0", n], run) == (n, 1)


def test_choose_by_vote_keeps_the_result_most_candidates_agree_on(spider_db):
    with Sandbox() as sandbox:
        run = Counting(sandbox, spider_db)
        n = "SELECT count(*) FROM singer"
        # two different queries (and a float that rounds to the same value) agree on the count; the top beam is alone
        cands = ["SELECT max(age) FROM singer", "SELECT nme FROM singer", n, "SELECT count(name) FROM singer",
                 "SELECT count(singer_id) * 1.0 FROM singer"]
        assert choose(cands, run, "vote") == (n, 2)
        assert choose(cands, run, "first") == ("SELECT max(age) FROM singer", 0)
        # a tie: the group holding the better-ranked candidate wins
        tie = ["SELECT nme FROM singer", "SELECT max(age) FROM singer", n, "SELECT max(age) FROM singer WHERE 1",
               "SELECT count(name) FROM singer"]
        assert choose(tie, run, "vote") == ("SELECT max(age) FROM singer", 1)
        # row order does not split a group; nothing with rows falls back to the first that executes
        assert choose(["SELECT name FROM singer ORDER BY name", "SELECT 1", "SELECT name FROM singer ORDER BY name DESC"],
                      run, "vote")[1] == 0
        assert choose(["SELECT x FROM nowhere", "SELECT name FROM singer WHERE 0"], run, "vote") == (
            "SELECT name FROM singer WHERE 0", 1)


def test_candidate_choice_is_recorded_with_the_decoding_settings():
    from sqltune.decoding import decoding_settings
    from sqltune.reports import describe_decoding

    vote = decoding_settings(make_config(None, {"num_candidates": 4, "candidate_choice": "vote"}))
    assert vote["candidate_choice"] == "vote"
    assert "(vote)" in describe_decoding({**vote, "retries_used": 0, "retries_kept": 0})
    assert decoding_settings(make_config(None, {"num_candidates": 4}))["candidate_choice"] == "rerank"  # the default
    # first is left out, as in the folders written before the option existed: they resume with it
    assert "candidate_choice" not in decoding_settings(make_config(None, {"num_candidates": 4,
                                                                          "candidate_choice": "first"}))


def test_correction_prompt_carries_the_sql_and_the_error():
    prompt = build_prompt("singer(name, age)", "How many singers?")
    fixed = correction_prompt(prompt, "SELECT nme FROM singer", "no such column: nme")
    # the note goes at the end of the question, inside <USER_QUERY>, the template otherwise unchanged
    assert fixed == build_prompt("singer(name, age)", "How many singers?\nA previous attempt, SELECT nme FROM "
                                 "singer, failed with the SQLite error: no such column: nme. Write a corrected query.")
    assert fixed.index("no such column: nme") < fixed.index("</USER_QUERY>")
    assert "(an empty query)" in correction_prompt(prompt, "", "empty query")
    # a template without </USER_QUERY>: appended
    other = correction_prompt("Q: how many?\nSQL:", "SELECT 1 FROM t", "no such table: t")
    assert other.startswith("Q: how many?\nSQL:") and other.endswith("no such table: t. Write a corrected query.")


# --- decode: candidates -> choose -> self-correct ----------------------------------------------------------

def test_decode_keeps_the_executable_candidate_and_retries_with_the_error(spider_db):
    prompts = [build_prompt("singer(name)", q) for q in ("Names?", "Ages?", "Broken?", "No db?")]
    gen = Scripted(
        first=[["SELECT nme FROM singer", "SELECT name FROM singer"],  # the second executes with rows
               ["SELECT agee FROM singer", "SELECT ag FROM singer"],  # neither executes: retried, fixed
               ["SELEC", "SELEC"],  # neither executes: retried, still broken
               ["gibberish", "SELECT 1"]],  # no database: the first, never retried
        retry=[["SELECT Age FROM singer", "SELECT 1"], ["SELEC again", "still bad"]])
    with Sandbox() as sandbox:
        run = lambda sql: sandbox.run(spider_db, sql)  # noqa: E731
        out = decode(gen, prompts, [run, run, run, None], num_candidates=2, self_correct=True)
    assert [d.sql for d in out] == ["SELECT name FROM singer", "SELECT Age FROM singer", "SELEC", "gibberish"]
    assert [d.chosen for d in out] == [1, 0, 0, 0]
    assert [d.retried for d in out] == [False, True, True, False]
    assert [d.retry_kept for d in out] == [False, True, False, False]
    assert [d.executed for d in out] == [True, True, False, None]
    # only the two failures were asked again, each with its own SQL and database error in the prompt
    assert len(gen.prompts) == 2
    retry_prompts = gen.prompts[1]
    assert len(retry_prompts) == 2
    assert "SELECT agee FROM singer" in retry_prompts[0] and "no such column: agee" in retry_prompts[0]
    assert "SELEC" in retry_prompts[1] and "syntax error" in retry_prompts[1]
    assert out[1].first_sql == "SELECT agee FROM singer" and "no such column" in out[1].error
    record = out[1].record()
    assert record["retried"] and record["retry_kept"] and record["candidates"] == ["SELECT Age FROM singer", "SELECT 1"]

    # without --self-correct nothing is asked twice
    gen2 = Scripted(first=gen.first)
    with Sandbox() as sandbox:
        out = decode(gen2, prompts, [lambda sql: sandbox.run(spider_db, sql)] * 4, num_candidates=2)
    assert len(gen2.prompts) == 1 and not any(d.retried for d in out)
    assert out[3].sql == "SELECT 1"  # with a database the executable candidate wins


def test_decode_on_a_context_database():
    conn = context_database(CONTEXT)
    try:
        with Sandbox() as sandbox:
            gen = Scripted(first=[["SELECT nam FROM singer", "SELECT name FROM singer"]])
            out = decode(gen, ["q"], [lambda sql: sandbox.run(conn, sql)], num_candidates=2)
    finally:
        conn.close()
    assert out[0].sql == "SELECT name FROM singer" and out[0].chosen == 1


# --- the model's candidates --------------------------------------------------------------------------------

def test_beam_candidates_are_distinct_and_cleaned(generator):
    prompts = [build_prompt(CONTEXT, "How many singers are there?"), build_prompt(CONTEXT, "Oldest singer?")]
    raw = generator.candidates_raw(prompts, 3, "beam")
    assert [len(c) for c in raw] == [3, 3]
    assert all(len(set(c)) == 3 for c in raw)  # three different beams, not one sequence three times
    assert generator.candidates(prompts, 3, "beam") == [[clean_sql(t) for t in c] for c in raw]
    assert raw[0] != raw[1]  # each prompt got its own beams (results go back in input order)
    # one candidate is plain greedy decoding
    assert generator.candidates_raw(prompts, 1, "beam") == [[t] for t in generator.generate_raw(prompts, progress=False)]


def test_beam_early_stop_reaches_beam_search_and_is_recorded(tiny_model, monkeypatch):
    from sqltune.decoding import decoding_settings

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 8, "batch_size": 2,
                                            "beam_early_stop": True}))
    seen, real = [], gen.model.generate

    def spy(*a, **k):
        seen.append(k.get("early_stopping"))
        return real(*a, **k)

    monkeypatch.setattr(gen.model, "generate", spy)
    import sqltune.beams

    ours, beam_search = [], sqltune.beams.beam_search
    monkeypatch.setattr(sqltune.beams, "beam_search", lambda *a, **k: ours.append(a[3]) or beam_search(*a, **k))
    prompts = [build_prompt(CONTEXT, "How many singers are there?")]
    raw = gen.candidates_raw(prompts, 3, "beam")  # (on a CPU through sqltune.beams, which always stops early)
    assert len(raw[0]) == 3 and len(set(raw[0])) == 3
    assert ours == [3] and seen == []
    gen.compact_beams = False  # transformers' beam search is told to stop early
    assert gen.candidates_raw(prompts, 3, "beam") == raw
    gen.candidates_raw(prompts, 3, "sample")  # (sampling has no beams to stop)
    gen.generate_raw(prompts * 2, progress=False)  # (a batch of two: one goes to the CPU decoder)
    assert seen == [True, None, None]
    gen.compact_beams, gen.beam_early_stop = True, False  # beams that do not stop early: generate's
    gen.candidates_raw(prompts, 3, "beam")
    assert seen[-1] is None and ours == [3]
    on = make_config(None, {"num_candidates": 4, "beam_early_stop": True})
    assert decoding_settings(on)["beam_early_stop"] is True
    # absent when off or meaningless, as in the folders written before the option existed
    assert "beam_early_stop" not in decoding_settings(make_config(None, {"num_candidates": 4,
                                                                         "beam_early_stop": False}))
    assert decoding_settings(make_config(None, {"num_candidates": 4}))["beam_early_stop"] is True  # the default
    assert "beam_early_stop" not in decoding_settings(make_config(None, {"beam_early_stop": True}))


def test_auto_batch_on_a_gpu_fills_the_rows_with_prompts():
    from sqltune.decoding import GPU_ROWS, prompts_a_batch

    assert prompts_a_batch(GPU_ROWS, 1) == GPU_ROWS and prompts_a_batch(GPU_ROWS, 16) == 64
    assert prompts_a_batch(100, 16) == 6 and prompts_a_batch(3, 16) == 1


def test_a_gpu_batch_size_reads_the_free_memory_once(tiny_model, monkeypatch):
    """Read again at each sizing, the free memory moved with what another process on the card held then, and
    the batches with it (and, through bfloat16 near-ties, answers): one reading a process, kept."""
    import torch

    from sqltune.decoding import rows_that_fit

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 2}))
    readings = [40 * 2**30, 10 * 2**30, 10 * 2**30]
    monkeypatch.setattr(torch.cuda, "mem_get_info", lambda device=None: (readings.pop(0), 80 * 2**30))
    monkeypatch.setattr(torch.cuda, "memory_reserved", lambda device=None: 2**30)  # (cached: free for a batch)
    monkeypatch.setattr(torch.cuda, "memory_allocated", lambda device=None: 0)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 1)
    monkeypatch.setenv("LOCAL_WORLD_SIZE", "2")  # two processes on the one card: each sizes for half
    monkeypatch.setattr(type(gen.model), "device", property(lambda self: torch.device("cuda")))
    first = gen.auto_batch(16, 512, constrained=True)
    assert len(readings) == 2 and gen.free_share() == 41 * 2**30 // 2
    want = rows_that_fit(gen.model.config, gen.model.dtype.itemsize, 512 + 2, 41 * 2**30 // 2, True, 4096) // 16
    less = rows_that_fit(gen.model.config, gen.model.dtype.itemsize, 512 + 2, 11 * 2**30 // 2, True, 4096) // 16
    assert first == want and less < want  # (the second reading would have given smaller batches)
    assert gen.auto_batch(16, 512, constrained=True) == first and len(readings) == 2  # not read again
    assert gen.auto_batch(1, 512) > first  # other shapes are sized from the same reading


def test_auto_batch_size_on_a_cpu_is_eight_prompts(tiny_model, monkeypatch):
    from sqltune.decoding import CPU_BATCH

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 2}))
    assert gen.batch_size == 0 and gen.auto_batch(16) == gen.auto_batch() == CPU_BATCH == 8
    sizes, real = [], gen.model.generate

    def spy(*a, **k):
        sizes.append(k["input_ids"].shape[0])
        return real(*a, **k)

    monkeypatch.setattr(gen.model, "generate", spy)
    prompts = [build_prompt(CONTEXT, f"Question {i}?") for i in range(10)]
    assert len(gen.generate_raw(prompts, progress=False)) == 10
    assert sizes == [8, 2]
    # on a GPU: gemma-3-270m's shape (18 layers, 1 KV head of 256, 262k vocabulary), bfloat16, 2,048 tokens
    from transformers import Gemma3TextConfig

    from sqltune.decoding import rows_that_fit

    g270 = Gemma3TextConfig(num_hidden_layers=18, num_key_value_heads=1, num_attention_heads=4, head_dim=256,
                            vocab_size=262_144)
    row = 2 * 18 * 256 * 2 * 2048 + 16 * 262_144  # 37.7 MB of KV cache, 4.2 MB of scores
    assert rows_that_fit(g270, 2, 2048, 140 * 2**30) == 1024  # an H200: the cap
    assert rows_that_fit(g270, 2, 2048, 10 * 2**30) == int(0.6 * 10 * 2**30 // row) == 153
    # a constraint's masks and masked copies: 3 more float32 copies of the vocabulary a row
    assert rows_that_fit(g270, 2, 2048, 140 * 2**30, constrained=True) == 1024
    assert rows_that_fit(g270, 2, 2048, 10 * 2**30, constrained=True) == int(0.6 * 10 * 2**30 // (row + 12 * 262_144)) == 142
    # its real window: 15 of the 18 layers keep 512 tokens at most (DynamicCache keeps 511), so a row holds
    # 3 x 2,048 + 15 x 512 tokens of cache, not 18 x 2,048
    g270.sliding_window = 512
    local = 2 * 256 * 2 * (3 * 2048 + 15 * 512) + 28 * 262_144
    assert rows_that_fit(g270, 2, 2048, 10 * 2**30, constrained=True) == int(0.6 * 10 * 2**30 // local) == 299
    assert rows_that_fit(g270, 2, 300, 10 * 2**30) == int(0.6 * 10 * 2**30 // (2 * 256 * 2 * 18 * 300 + 16 * 262_144))
    # constrained candidates may fill 4,096 rows (256 prompts of 16) where memory allows; greedy and
    # unconstrained candidates stay at 1,024
    from sqltune.decoding import GPU_CONSTRAINED_ROWS, GPU_ROWS, prompts_a_batch, row_cap

    assert row_cap(16, True) == GPU_CONSTRAINED_ROWS == 4096
    assert row_cap(1, True) == row_cap(16, False) == GPU_ROWS == 1024
    assert prompts_a_batch(rows_that_fit(g270, 2, 1256, 140 * 2**30, True, row_cap(16, True)), 16) == 256
    assert prompts_a_batch(rows_that_fit(g270, 2, 1256, 78 * 2**30, True, row_cap(16, True)), 16) == 164
    with pytest.raises(SqltuneError, match="--batch-size must be positive, or 0 for auto"):
        make_config(None, {"batch_size": -1}).validate()


def test_the_memory_estimate_counts_what_the_kv_cache_keeps():
    """cached_tokens against transformers' own cache of a Gemma 3 shaped model (3 sliding-window layers of 8
    tokens, then a global one): a sliding layer keeps at most its window, a global layer every token."""
    import torch
    from transformers import Gemma3ForCausalLM, Gemma3TextConfig

    from sqltune.decoding import cached_tokens

    c = Gemma3TextConfig(num_hidden_layers=4, num_key_value_heads=1, num_attention_heads=2, head_dim=8,
                         hidden_size=16, intermediate_size=32, vocab_size=64, sliding_window=8,
                         layer_types=["sliding_attention"] * 3 + ["full_attention"])
    model = Gemma3ForCausalLM(c).eval()
    for tokens in (5, 40):
        with torch.no_grad():
            cache = model(input_ids=torch.randint(0, 64, (1, tokens)), use_cache=True).past_key_values
        kept = sum(layer.keys.shape[-2] for layer in cache.layers)
        assert kept <= cached_tokens(c, tokens) <= kept + 3  # (transformers keeps window - 1)
    assert cached_tokens(c, 40) == 3 * 8 + 40 and cached_tokens(c, 5) == 4 * 5


def test_a_batch_out_of_gpu_memory_is_halved_and_the_run_goes_on(tiny_model, monkeypatch, capsys):
    """A CUDA out-of-memory error (raised here by model.generate for batches over 2 prompts, as a card would
    for a batch the auto size misjudged) halves the batch and goes on: the same answers as batches of 2. One
    prompt that does not fit is a one-line error, not a traceback."""
    import torch

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 4, "batch_size": 8}))
    gen.compact_beams = False  # (beams through generate, as on a GPU, where the error comes from)
    prompts = [build_prompt(CONTEXT, f"Question {i}?") for i in range(8)]
    real, sizes = gen.model.generate, []

    def small_card(*a, limit=2, **k):
        sizes.append(k["input_ids"].shape[0])
        if k["input_ids"].shape[0] > limit:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB")
        return real(*a, **k)

    monkeypatch.setattr(gen.model, "generate", small_card)
    got = gen.candidates_raw(prompts, 2, "beam")
    assert sizes == [8, 4, 2, 2, 2, 2]  # 8 (all of them) and 4 refused, then batches of 2 to the end
    monkeypatch.setattr(gen.model, "generate", real)
    assert got == gen.candidates_raw(prompts, 2, "beam", batch_size=2)
    err = capsys.readouterr().err
    assert err.count("out of GPU memory") == 2 and "at 8 prompts a batch: going on with 4" in err
    assert "out of GPU memory at 4 prompts a batch: going on with 2" in err
    monkeypatch.setattr(gen.model, "generate", lambda *a, **k: small_card(*a, limit=0, **k))
    with pytest.raises(SqltuneError, match="out of GPU memory decoding a single prompt: lower --max-new-tokens"):
        gen.candidates_raw(prompts[:1], 2, "beam")


def test_candidates_share_their_prompts_cache(tiny_model, monkeypatch):
    """Each prompt is computed once and its KV cache repeated for its candidates (Generator._prompt_cache):
    the next-token scores of every copy equal those of the whole prompt computed apart, for left-padded rows
    longer than the tiny model's 64-token sliding window; and generate gets the cache for beams and samples."""
    import torch

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 6, "batch_size": 2,
                                            "cpu_weights": "float32"}))  # (int8 rounds bf16 activations)
    prompts = [build_prompt(CONTEXT, "How many singers are there?"),
               build_prompt(CONTEXT + " CREATE TABLE concert (id INT, year INT);", "Concerts by year?")]
    enc = gen.tokenizer([gen.chat_text(p) for p in prompts], return_tensors="pt", padding=True,
                        add_special_tokens=False)
    mask = enc["attention_mask"]
    assert mask.sum(1).min() > 64 and (mask == 0).any()  # past the window, and one row padded
    with torch.inference_mode():
        cache = gen._prompt_cache(enc, 3)
        last = enc["input_ids"][:, -1:].repeat_interleave(3, 0)
        full_mask = mask.repeat_interleave(3, 0)
        pos = (full_mask.sum(1, keepdim=True) - 1)
        shared = gen.model(input_ids=last, attention_mask=full_mask, position_ids=pos, cache=cache,
                           logits_to_keep=1).logits[:, -1]
        apart = gen.model(**enc, position_ids=(mask.cumsum(-1) - 1).clamp(min=0), logits_to_keep=1).logits[:, -1]
    assert torch.allclose(shared, apart.repeat_interleave(3, 0), atol=1e-4)
    seen, real = [], gen.model.generate
    monkeypatch.setattr(gen.model, "generate", lambda *a, **k: seen.append("cache" in k) or real(*a, **k))
    gen.compact_beams = False  # (beams through generate, as on a GPU; sqltune.beams takes the same cache)
    for mode in ("beam", "sample"):
        out = gen.candidates_raw(prompts, 3, mode)
        assert [len(c) for c in out] == [3, 3]
    gen.share_prompts = False
    gen.candidates_raw(prompts, 3, "beam")
    assert seen == [True, True, False]


def test_constrained_retry_answers_failed_questions_under_the_schema(tiny_model, tmp_path, capsys):
    from sqltune.decoding import decoding_settings
    from sqltune.reports import describe_decoding

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 16, "batch_size": 2,
                                            "constrain": "none"}))
    conn = context_database(CONTEXT)
    try:
        with Sandbox() as sandbox:
            out = decode(gen, [build_prompt(CONTEXT, "How many singers are there?")],
                         [lambda sql: sandbox.run(conn, sql)], targets=[conn], constrained_retry=True)
            d = out[0]
            # the tiny model's gibberish fails; the retry was decoded under the schema grammar
            assert d.retried and d.retry_how == "constrained decoding" and len(d.attempts) == 2
            assert "constrained decoding" in d.describe()
            raw = d.attempts[1].raw
            ids = gen.tokenizer.encode(raw, add_special_tokens=False)
            matcher = gen.schema_constrainer().grammar_for(conn).matcher()
            assert raw.strip() and matcher.try_consume_tokens(ids) == len(ids)
            assert d.retry_kept == sandbox.run(conn, clean_sql(raw)).ok
            assert gen.constrainer is None  # the generator's own setting is back
            # after candidates, with beams: unconstrained candidates fail, 2 constrained beams are decoded again
            d = decode(gen, [build_prompt(CONTEXT, "How many singers are there?")],
                       [lambda sql: sandbox.run(conn, sql)], num_candidates=2, targets=[conn],
                       constrained_retry=True, retry_beams=2)[0]
            assert d.attempts[0].num_candidates == 2 and not sandbox.run(conn, d.first_sql).ok
            assert d.retried and d.retry_how == "2 constrained beams" and d.attempts[1].num_candidates == 2
            ids = gen.tokenizer.encode(d.attempts[1].raw, add_special_tokens=False)  # (the retry's kept beam)
            assert gen.schema_constrainer().grammar_for(conn).matcher().try_consume_tokens(ids) == len(ids)
            assert d.retry_kept == sandbox.run(conn, d.attempts[1].sql).ok and gen.constrainer is None
    finally:
        conn.close()
    cfg = make_config(None, {"constrained_retry": True, "constrain": "none", "retry_beams": 0})
    assert decoding_settings(cfg)["constrained_retry"] is True and "retry_beams" not in decoding_settings(cfg)
    assert "constrained_retry" not in decoding_settings(make_config(None, {}))
    assert "+ constrained retry (3 retries, 1 kept)" in describe_decoding(
        {**decoding_settings(cfg), "retries_used": 3, "retries_kept": 1})
    beams = make_config(None, {"constrained_retry": True, "constrain": "none", "num_candidates": 16})
    assert decoding_settings(beams)["retry_beams"] == 16 and options(beams)["retry_beams"] == 16
    assert "beam 16, execution-guided (rerank) + 16 constrained beams where it fails (3 retries" in \
        describe_decoding({**decoding_settings(beams), "retries_used": 3, "retries_kept": 1})
    for bad, says in (({"constrained_retry": True, "constrain": "schema"}, "add --constrain none"),
                      ({"constrained_retry": True, "self_correct": True}, "choose one")):
        with pytest.raises(SqltuneError, match=says):
            make_config(None, bad)
    # through the CLI: the retries are counted in the report
    out_dir = tmp_path / "eval"
    assert main(["evaluate", "--model", str(tiny_model), "--label", "tiny", "--limit", "2", "--max-new-tokens", "8",
                 "--out", str(out_dir), "--no-progress", "--constrained-retry", "--constrain", "none",
                 "--retry-beams", "0"]) == 0
    assert "greedy + constrained retry (2 retries" in capsys.readouterr().out


def test_retry_beams_decode_failed_greedy_answers_again_under_the_constraint(tiny_model, tmp_path, capsys):
    from sqltune.decoding import decoding_settings
    from sqltune.reports import describe_decoding

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 12, "batch_size": 2,
                                            "constrain": "schema"}))
    conn = context_database(CONTEXT)
    try:
        with Sandbox() as sandbox:
            run = memoized(lambda sql: sandbox.run(conn, sql))
            prompts = [build_prompt(CONTEXT, "How many singers are there?")]
            first = decode(gen, prompts, [run], targets=[conn])[0]
            assert first.executed is None and not first.retried  # plain greedy runs nothing
            d = decode(gen, prompts, [run], targets=[conn], retry_beams=3)[0]
            assert d.attempts[0].sql == first.sql
            # the tiny model's greedy answer stops short at 12 tokens and fails: 3 beams were decoded again
            assert not run(first.sql).ok
            assert d.retried and d.retry_how == "3 beams" and len(d.attempts) == 2
            assert d.attempts[1].num_candidates == 3 and "3 beams" in d.describe()
            # the beams were constrained: each is a prefix the schema grammar accepts
            matcher = gen.constrainer.grammar_for(conn)
            for raw in gen.candidates_raw(prompts, 3, "beam", targets=[conn])[0]:
                ids = gen.tokenizer.encode(raw, add_special_tokens=False)
                assert matcher.matcher().try_consume_tokens(ids) == len(ids)
            assert d.retry_kept == run(d.attempts[1].sql).ok
            assert d.sql == (d.attempts[1].sql if d.retry_kept else first.sql)
            # with candidates there is nothing to retry
            assert not decode(gen, prompts, [run], num_candidates=2, targets=[conn], retry_beams=3)[0].retried
    finally:
        conn.close()
    cfg = make_config(None, {"retry_beams": 4})
    assert decoding_settings(cfg)["retry_beams"] == 4 and options(cfg)["retry_beams"] == 4
    assert decoding_settings(make_config(None, {}))["retry_beams"] == 16  # the default
    assert "retry_beams" not in decoding_settings(make_config(None, {"retry_beams": 0}))
    # candidates choose among themselves, and a retry asked for by name is the one retry
    for other in ({"num_candidates": 4}, {"self_correct": True}):
        cfg_other = make_config(None, other)
        assert "retry_beams" not in decoding_settings(cfg_other) and options(cfg_other)["retry_beams"] == 0
    assert "greedy + 4 beams where it fails (3 retries, 1 kept)" in describe_decoding(
        {**decoding_settings(cfg), "retries_used": 3, "retries_kept": 1})
    with pytest.raises(SqltuneError, match="at least 2"):
        make_config(None, {"retry_beams": 1})
    # through the CLI: the retries are counted in the report
    out_dir = tmp_path / "eval"
    assert main(["evaluate", "--model", str(tiny_model), "--label", "tiny", "--limit", "2", "--max-new-tokens", "8",
                 "--out", str(out_dir), "--no-progress", "--retry-beams", "2"]) == 0
    assert "greedy + 2 beams where it fails (2 retries" in capsys.readouterr().out


def test_answers_that_need_no_retry_are_final_and_saved_before_the_retries(tiny_model, tmp_path, monkeypatch):
    from sqltune.decoding import Generator
    from sqltune.predictions import Job, answer, saved_answers

    cfg = make_config(None, {"model": str(tiny_model), "max_new_tokens": 4, "retry_beams": 3, "batch_size": 1})
    gen = load_generator(cfg)
    conn = context_database(CONTEXT)
    try:
        with Sandbox() as sandbox:
            run = memoized(lambda sql: sandbox.run(conn, sql))
            prompts = [build_prompt(CONTEXT, "How many singers?")] * 2 + [build_prompt("singer(name)", "Names?")]
            calls = []
            got = decode(gen, prompts, [run, run, None], targets=[conn, conn, None], retry_beams=3,
                         batch_size=1, settled=lambda which, ds: calls.append((which, ds)))
    finally:
        conn.close()
    # the answer with no database is final at once; the two that fail are retried a batch (of 1) at a time
    assert [which for which, _ in calls] in ([[2], [0], [1]], [[2], [1], [0]])
    assert all(d is got[i] and (i == 2 or d.retried) for which, ds in calls for i, d in zip(which, ds))
    assert all(d.constraint_error is not None for d in got[:2])  # settled with the constraint's verdict
    # a self-correction that executes settles its question too (the first answer fails, any other runs)
    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 8, "constrain": "none"}))
    conn = context_database(CONTEXT)
    try:
        with Sandbox() as sandbox:
            firsts: dict[int, str] = {}

            def run(sql: str, i: int):
                firsts.setdefault(i, sql)
                return sandbox.run(conn, "SELECT nonesuch FROM singer" if sql == firsts[i] else "SELECT 1")

            calls = []
            got = decode(gen, prompts[:2], [lambda s, i=i: run(s, i) for i in range(2)], targets=[conn, conn],
                         self_correct=True, settled=lambda which, ds: calls.append(which))
    finally:
        conn.close()
    assert sorted(i for which in calls for i in which) == [0, 1]
    assert all(d.retry_kept for d in got)

    # an evaluation stopped during the retries keeps the answers that were final
    jobs = [Job("context", prompts[0], context=CONTEXT), Job("neither", prompts[2])]
    out = tmp_path / "pred.jsonl"
    real = Generator.candidates_raw

    def stopped_in_the_beams(self, texts, n, *args, **kwargs):
        if n > 1:
            raise KeyboardInterrupt
        return real(self, texts, n, *args, **kwargs)

    monkeypatch.setattr(Generator, "candidates_raw", stopped_in_the_beams)
    with pytest.raises(KeyboardInterrupt):
        answer(cfg, jobs, out, show=False)
    assert set(saved_answers(out)) == {"neither"}
    monkeypatch.undo()
    assert answer(cfg, jobs, out, show=False)  # the next run answers the rest
    saved = saved_answers(out)
    assert set(saved) == {"context", "neither"} and saved["context"]["retried"]
    # appended as they settled, then put in the questions' order
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["context", "neither"]


def test_sampled_candidates_are_seeded(generator):
    prompts = [build_prompt(CONTEXT, "How many singers are there?")]
    a = generator.candidates_raw(prompts, 3, "sample", seed=1)
    assert a == generator.candidates_raw(prompts, 3, "sample", seed=1)
    assert len(a[0]) == 3 and len(set(a[0])) > 1
    assert a != generator.candidates_raw(prompts, 3, "sample", seed=2)
    with pytest.raises(ValueError):
        generator.candidates_raw(prompts, 2, "nucleus")


# --- generate and evaluate through the CLI -----------------------------------------------------------------

def test_config_checks_and_flags():
    with pytest.raises(SqltuneError, match="num-candidates"):
        make_config(None, {"num_candidates": 0})
    with pytest.raises(SqltuneError, match="candidate_mode"):
        make_config(None, {"candidate_mode": "greedy"})
    # serve keeps its own --self-correct: the decoding flags must not clash with it, and reach the config
    for stage in ("generate", "evaluate"):
        cfg = config_from_args(build_parser().parse_args([stage, "--num-candidates", "3", "--candidate-mode",
                                                          "sample", "--self-correct"]))
        assert (cfg.num_candidates, cfg.candidate_mode, cfg.self_correct) == (3, "sample", True)


def test_generate_question_on_a_db(tiny_model, spider_db, capsys):
    rc = main(["generate", "--model", str(tiny_model), "--db", str(spider_db), "--question", "How many singers?",
               "--max-new-tokens", "6", "--num-candidates", "3", "--self-correct"])
    assert rc == 0
    out, err = capsys.readouterr()
    assert len(out.strip().splitlines()) <= 1  # only the SQL on stdout
    assert "of 3 kept" in err and "self-correction" in err  # gibberish fails, so the retry was tried


def test_generate_input_file_runs_each_row_where_it_can(tiny_model, tmp_path):
    rows = [("spider", "concert_singer", None), ("context", None, CONTEXT), ("neither", None, None)]
    test = tmp_path / "test.jsonl"
    with open(test, "w") as f:
        for rid, db_id, ctx in rows:
            prompt = build_prompt(ctx or "singer(name)", "How many singers?")
            f.write(json.dumps({"id": rid, "messages": conversation(prompt, "SELECT count(*) FROM singer"),
                                "sql": "SELECT count(*) FROM singer", "db_id": db_id, "context": ctx}) + "\n")
    out = tmp_path / "pred.jsonl"
    assert main(["generate", "--model", str(tiny_model), "--input", str(test), "--output", str(out),
                 "--max-new-tokens", "4", "--num-candidates", "2", "--self-correct"]) == 0
    got = {r["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(got) == {"spider", "context", "neither"}
    assert all(len(r["candidates"]) == 2 and r["sql"] in r["candidates"] for r in got.values())
    # the tiny model's gibberish fails where it runs, so those rows were retried with the error ...
    assert got["spider"]["retried"] and got["context"]["retried"]
    assert got["spider"]["first_error"] and got["context"]["first_error"]
    # ... and a row with no database is never executed: its first candidate stands
    assert not got["neither"]["retried"] and got["neither"]["chosen"] == 0


def test_evaluate_with_candidates_writes_the_decoding_block(tiny_model, tmp_path, capsys):
    out = tmp_path / "eval"
    argv = ["evaluate", "--model", str(tiny_model), "--label", "tiny", "--limit", "2", "--max-new-tokens", "4",
            "--batch-size", "2", "--out", str(out), "--no-progress"]
    assert main([*argv, "--num-candidates", "2", "--self-correct"]) == 0
    stdout = capsys.readouterr().out
    assert "beam 2, execution-guided (rerank) + self-correct" in stdout
    report = json.loads((out / "tiny" / "report.json").read_text())
    decoding = report["settings"]["decoding"]
    assert {k: decoding[k] for k in ("num_candidates", "candidate_mode", "self_correct")} == {
        "num_candidates": 2, "candidate_mode": "beam", "self_correct": True}
    assert decoding["retries_used"] == 2  # gibberish never executes
    assert sum(decoding["chosen_index"].values()) == report["n"] == 2
    assert decoding["seconds_per_question"] > 0 and report["throughput_qps"] > 0
    # which beam search ran (on a CPU sqltune.beams), a batch of 2 questions' beams and its retry
    assert report["generation"]["beam_search"] == {"sqltune.beams": 2, "transformers": 0}
    assert report["generation"]["attention"] == "torch"  # sdpa's kernels: torch's choice on a CPU
    saved = [json.loads(line) for line in (out / "tiny" / "predictions.jsonl").read_text().splitlines()]
    assert all(len(r["candidates"]) == 2 and r["retried"] and "first_error" in r for r in saved)
    # each candidate's beam score beside it, best first (the candidates kept are the first attempt's)
    assert all(len(r["scores"]) == 2 and r["scores"][0] >= r["scores"][1] > -1e8 for r in saved)
    judged = [json.loads(line) for line in (out / "tiny" / "results.jsonl").read_text().splitlines()]
    assert [(r["chosen"], r["retried"]) for r in judged] == [(r["chosen"], r["retried"]) for r in saved]
    assert "beam 2, execution-guided" in (out / "report.md").read_text()

    # the folder's answers were decoded that way: resuming it another way is refused, naming what differs
    assert main([*argv]) == 2
    assert "decoding.num_candidates: 2 there, 1 now" in capsys.readouterr().err
    assert main([*argv, "--num-candidates", "2", "--self-correct", "--candidate-choice", "first"]) == 2
    assert "decoding.candidate_choice: rerank there, first now" in capsys.readouterr().err

    # greedy decoding reports its block too; by default a greedy answer that fails is decoded again with beams
    assert main([*argv[:-3], "--out", str(tmp_path / "greedy"), "--no-progress"]) == 0
    greedy = json.loads((tmp_path / "greedy" / "tiny" / "report.json").read_text())["settings"]["decoding"]
    assert greedy["num_candidates"] == 1 and greedy["candidate_mode"] == "greedy" and greedy["retries_used"] == 2
    assert greedy["retry_beams"] == 16 and greedy["chosen_index"] == {"0": 2}
    assert greedy["candidate_choice"] == "rerank"  # (the retry's 16 beams are chosen among)
    greedy_argv = [*argv[:-3], "--out", str(tmp_path / "greedy"), "--no-progress"]
    assert main([*greedy_argv, "--candidate-choice", "nonempty"]) == 2  # resumed another way: refused
    assert "decoding.candidate_choice: rerank there, nonempty now" in capsys.readouterr().err
    run_json = tmp_path / "greedy" / "tiny" / "run.json"  # a folder from before the choice was recorded resumes
    run = json.loads(run_json.read_text())
    del run["settings"]["decoding"]["candidate_choice"]
    run_json.write_text(json.dumps(run))
    assert main([*greedy_argv, "--candidate-choice", "nonempty"]) == 0
    assert main([*argv[:-3], "--out", str(tmp_path / "plain"), "--no-progress", "--retry-beams", "0"]) == 0
    plain = json.loads((tmp_path / "plain" / "tiny" / "report.json").read_text())["settings"]["decoding"]
    assert plain["retries_used"] == 0 and "retry_beams" not in plain and "candidate_choice" not in plain
    assert not (Path(tmp_path / "greedy" / "tiny" / "predictions.jsonl").read_text().count("candidates"))


def test_decode_speed_benchmark_runs_its_settings(tiny_model, tmp_path):
    """benchmarks/decode_speed.py (run on a GPU) end to end on the tiny model: a typo there costs GPU time."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "decode_speed.json"
    run = subprocess.run([sys.executable, str(root / "benchmarks" / "decode_speed.py"), "--model", str(tiny_model),
                          "--settings", "greedy-b2,greedy-b1-q1,beam2-b1-early,greedy-b2-static-nocompile,beam2-b1-noshare,"
                          "beam2-b1-early-tf,beam2-b1-early-schema,greedy-b2",
                          "--questions", "2", "--beam-questions", "1", "--max-new-tokens", "3", "--result", str(out)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["attention"] == "torch"  # (on a CPU; no-cudnn on a GPU)
    got = report["settings"]
    assert list(got) == ["greedy-b2", "greedy-b1-q1", "beam2-b1-early", "greedy-b2-static-nocompile",
                         "beam2-b1-noshare", "beam2-b1-early-tf", "beam2-b1-early-schema", "greedy-b2 (2)"]
    # a -schema setting is its own kind (compared with the first constrained one, not with unconstrained beams)
    assert "same_answers_as" not in got["beam2-b1-early-schema"]
    assert got["greedy-b2 (2)"]["same_answers"] == 2  # a setting run again keeps both runs (A/B/A/B)
    assert got["greedy-b2"]["questions"] == 2 and got["greedy-b1-q1"]["questions"] == 1
    assert got["beam2-b1-early"]["questions"] == 1
    # transformers' beam search and sqltune.beams: the same answer (float32 on a CPU)
    assert got["beam2-b1-early-tf"]["same_answers_as"] == "beam2-b1-early"
    assert got["beam2-b1-early-tf"]["same_answers"] == 1
    assert got["greedy-b1-q1"]["same_answers_as"] == "greedy-b2" and got["greedy-b1-q1"]["compared"] == 1
    assert got["greedy-b1-q1"]["x_first_qps"] > 0
    assert all(r["qps"] > 0 and 0 <= r["strict"] <= 1 for r in got.values())
    assert "greedy-b2-static-nocompile" in run.stdout
    bad = subprocess.run([sys.executable, str(root / "benchmarks" / "decode_speed.py"), "--settings", "greedy-fast"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "unknown part 'fast'" in bad.stderr


def test_retry_choice_benchmark_keeps_the_first_answer_that_executes(tmp_path):
    """benchmarks/retry_choice.py on a two-question Spider-format test file: the first run's answer where it
    executes, else the retry's; scored by the real sandbox."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    gold = ["SELECT count(*) FROM singer", "SELECT name FROM stadium"]
    test = tmp_path / "two.json"
    test.write_text(json.dumps([{"question": q, "query": g, "db_id": "concert_singer"}
                                for q, g in zip(("How many singers?", "Stadium names?"), gold, strict=True)]))
    first, retry = tmp_path / "first.sql", tmp_path / "retry.sql"
    first.write_text("SELECT count(*) FROM singers\n" + gold[1] + "\n")  # the first fails to execute
    retry.write_text(gold[0] + "\nSELECT nothing FROM stadium\n")  # (the second is not retried)
    out = tmp_path / "r.json"
    run = subprocess.run([sys.executable, str(root / "benchmarks" / "retry_choice.py"), "--test", str(test),
                          str(first), str(retry), "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    got = json.loads(out.read_text())
    assert got["retried"] == 1 and got["questions"] == 2
    assert got["first"] == {"strict": 0.5, "executes": 0.5} and got["retry"] == {"strict": 0.5, "executes": 0.5}
    assert got["combined"] == {"strict": 1.0, "executes": 1.0}


def test_choice_rules_benchmark_scores_each_rule_on_the_same_candidates(tmp_path):
    """benchmarks/choice_rules.py on saved candidates of two questions: the real sandbox and scorer decide."""
    import subprocess
    import sys

    from sqltune.testsets import load_test_set

    root = Path(__file__).resolve().parents[1]
    test = tmp_path / "two.json"
    test.write_text(json.dumps([{"question": "How many singers?", "query": "SELECT count(*) FROM singer",
                                 "db_id": "concert_singer"},
                                {"question": "Stadium names?", "query": "SELECT name FROM stadium",
                                 "db_id": "concert_singer"}]))
    ids = [it.id for it in load_test_set(str(test), make_config()).items]
    cands = [["SELECT count(*) FROM singer WHERE age > 1000", "SELECT count(*) FROM singer"],  # a lone 0 first
             ["SELECT location FROM stadium", "SELECT name FROM stadium", "SELECT name FROM stadium"]]
    saved = tmp_path / "predictions.jsonl"
    saved.write_text("".join(json.dumps({"id": i, "sql": c[0], "candidates": c}) + "\n" for i, c in zip(ids, cands)))
    out = tmp_path / "rules.json"
    run = subprocess.run([sys.executable, str(root / "benchmarks" / "choice_rules.py"), str(saved), "--test", str(test),
                          "--rules", "nonempty,vote", "--result", str(out)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    got = json.loads(out.read_text())["correct"]
    # top: neither first candidate is right; nonempty skips the lone 0; vote: two candidates agree on the names
    assert (got["oracle"], got["top"], got["nonempty"], got["vote"]) == (2, 0, 1, 2)
    assert got["vote changed"] == 1
    bad = subprocess.run([sys.executable, str(root / "benchmarks" / "choice_rules.py"), str(saved), "--rules", "best"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0 and "unknown rule 'best'" in bad.stderr
    gone = subprocess.run([sys.executable, str(root / "benchmarks" / "choice_rules.py"), str(tmp_path / "none.jsonl")],
                          capture_output=True, text=True, timeout=120)
    assert gone.returncode != 0 and "none.jsonl: no such file" in gone.stderr and "Traceback" not in gone.stderr


def test_choice_rules_benchmark_rechooses_a_saved_run_as_its_evaluation_chose(tmp_path):
    """benchmarks/choice_rules.py on the 16 constrained candidates of a saved Spider dev run: sqltune's own
    `nonempty` rule, applied to the saved candidates, scores what that run's evaluation reported; no rule beats
    the best any rule could do (a right candidate among the 16), nor falls below none."""
    from tests.benchmark_run import run_benchmark

    root = Path(__file__).resolve().parents[1] / "benchmarks" / "results" / "h200-2026-12-02"
    _, out = run_benchmark("choice_rules.py", tmp_path / "rules.json",
                           str(root / "predictions" / "dev-beam16-schema.jsonl.gz"), "--test", "spider-dev",
                           "--rules", "nonempty,first,lexical-8")
    report = json.loads((root / "reports.json").read_text())["dev-beam16-schema"]["report"]
    got = out["correct"]
    assert out["questions"] == report["n"] == 972 and got["nonempty"] == report["correct"]
    assert got["nonempty changed"] == 0 and got["first changed"] > 0
    assert all(0 < got[r] <= got["oracle"] for r in ("top", "nonempty", "first", "lexical-8"))
