"""Constrained greedy with its checks in worker processes (`--constrain-workers`, sqltune.constrain_workers): the
same answers, give-ups and masks as the processor in one process, on real Spider databases with the tiny random
model (whose flat scores send rows to full masks, to the scope check and past the give-up limit) and with
replayed gold queries whose rows take another token than the one their worker moved on to."""

from __future__ import annotations

import pytest

from sqltune.cli import main
from sqltune.constrain import Constrainer
from sqltune.decoding import Generator
from sqltune.errors import SqltuneError
from sqltune.row_history import EOS_IDS
from sqltune.spider import database_path

DBS = ("concert_singer", "pets_1", "car_1", "concert_singer", "pets_1", "world_1")


@pytest.fixture(scope="module")
def tiny(tiny_model):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(tiny_model)


@pytest.mark.parametrize("limit", [None, 3.0])
def test_workers_decode_as_one_process(tiny, tokenizer, limit):
    """Through sqltune's decoding path: the same answers and the same give-ups, rows settled every way (one-token
    checks, full masks, the scope check)."""
    prompts = [f"Write SQL for the {d} database, question {i}." for i, d in enumerate(DBS)]
    targets = [database_path(d) for d in DBS]
    answers, notes, stats = [], [], []
    for workers in (0, 2):
        gen = Generator(tiny, tokenizer, max_new_tokens=40, batch_size=len(DBS), constrain="schema",
                        constrain_max_deficit=limit, constrain_workers=workers)
        texts = gen.generate_raw(prompts, progress=False, targets=targets)
        answers.append(texts)
        notes.append([gen.constrainer.notes.take(gen.chat_text(p), t) for p, t in zip(prompts, texts)])
        stats.append(gen.constrainer.stats())
    assert answers[0] == answers[1]
    assert notes[0] == notes[1]
    one, pooled = stats
    assert pooled["lazy_rows"] > 0 and pooled["rows"] > 0  # both ways of settling a row were taken
    for key in ("lazy_rows", "rows", "stopped_rows", "dead_ends", "gave_up_rows"):
        assert pooled[key] == one[key], key
    assert pooled["wait_s"] > 0 and one["wait_s"] == 0
    if limit is None:
        assert one["gave_up_rows"] == 0
    else:
        assert one["gave_up_rows"] > 0 and sum("gave_up" in n for n in notes[1]) == one["gave_up_rows"]


def test_rows_that_take_another_token_than_predicted_are_replayed(tokenizer):
    """Gold queries replayed token by token, each step's scores random with the gold token raised but not always
    first: a row's worker moves it on to its best valid token, which is often not the gold token the row then
    takes. Every step's processed scores are the same as the processor's in one process."""
    import torch

    from sqltune.spider import load_split

    dev = [r for r in load_split("dev") if database_path(r["db_id"]) is not None][::97][:6]
    rows = [(r["db_id"], tokenizer(r["query"], add_special_tokens=False)["input_ids"] + [EOS_IDS[-1]]) for r in dev]
    con = Constrainer(tokenizer, "schema", max_deficit=None)
    pooled = Constrainer(tokenizer, "schema", max_deficit=None, workers=2)
    grammars = [con.grammar_for(database_path(db)) for db, _ in rows]
    seqs = [ids for _, ids in rows]
    procs = [c.logits_processor(grammars, 1, 1, top=1) for c in (con, pooled)]
    assert type(procs[0]).__name__ == "Processor" and type(procs[1]).__name__ == "WorkerProcessor"
    g = torch.Generator().manual_seed(0)
    ids = torch.full((len(seqs), 1), tokenizer.pad_token_id, dtype=torch.long)
    vocab = len(tokenizer)
    for k in range(max(map(len, seqs))):
        scores = torch.randn((len(seqs), vocab), generator=g)
        nxt = [s[k] if k < len(s) else tokenizer.pad_token_id for s in seqs]
        scores[range(len(seqs)), nxt] += 3.0  # (often first, not always)
        a, b = procs[0](ids, scores.clone()), procs[1](ids, scores.clone())
        assert torch.equal(a, b), k
        for r, s in enumerate(seqs):  # the gold token is never masked
            assert k >= len(s) or torch.isfinite(a[r, s[k]]), (r, k)
        ids = torch.cat([ids, torch.tensor(nxt).unsqueeze(1)], dim=1)
    st = pooled.stats()
    assert st["mispredicted"] > 0 and st["lazy_rows"] > 0 and st["rows"] > 0


def test_constrain_workers_must_not_be_negative(tokenizer, capsys):
    with pytest.raises(SqltuneError, match="--constrain-workers must be 0 or more"):
        Constrainer(tokenizer, "schema", workers=-1)
    assert main(["generate", "--model", "sqltune-270m", "--question", "How many singers?", "--db",
                 str(database_path("concert_singer")), "--constrain-workers", "-1"]) != 0
    assert "--constrain-workers must be 0 or more (got -1)" in capsys.readouterr().err


def test_only_greedy_batches_use_workers(tokenizer):
    """Beams and samples keep the processor in one process, as does a batch of one row."""
    pooled = Constrainer(tokenizer, "schema", workers=2)
    g = pooled.grammar_for(database_path("pets_1"))
    assert type(pooled.logits_processor([g, g], 4, 1, top=12)).__name__ == "Processor"
    assert type(pooled.logits_processor([g, g], 1, 1, top=None)).__name__ == "Processor"
    assert type(pooled.logits_processor([g], 1, 1, top=1)).__name__ == "Processor"


def test_workers_drop_the_grammars_and_rows_the_decoding_process_has_freed(tokenizer):
    """A long-lived server builds a grammar per client schema: the workers' compiled copies and rows go when the
    decoding process frees the grammar and the processor."""
    import gc

    from sqltune.constrain_workers import pool_for

    pool = pool_for(tokenizer, 2)
    con = Constrainer(tokenizer, "schema", workers=2)
    from sqltune.sqlexec import context_database

    g = con.grammar_for(context_database("CREATE TABLE pets (id INTEGER, name TEXT);"))  # (as serve builds it)
    proc = con.logits_processor([g, g, g], 1, 1, top=1)
    key, serial = g._worker_key, proc.serial
    with pool.lock:
        held = pool.ask({i: ("held", None) for i in range(pool.n)})
    assert all(key in grammars for grammars, _ in held.values())
    assert {r for _, rows in held.values() for s, r in rows if s == serial} == {0, 1, 2}
    del con, g, proc
    gc.collect()
    other = Constrainer(tokenizer, "schema", workers=2)
    h = other.grammar_for(database_path("pets_1"))
    other.logits_processor([h, h], 1, 1, top=1)  # (the next "open" carries what was freed)
    with pool.lock:
        held = pool.ask({i: ("held", None) for i in range(pool.n)})
    assert not any(key in grammars for grammars, _ in held.values())
    assert not any(s == serial for _, rows in held.values() for s, _ in rows)
    assert all(h._worker_key in grammars for grammars, _ in held.values())


def test_a_worker_that_fails_is_one_clear_error_and_the_next_batch_gets_new_workers(tiny, tokenizer):
    import numpy as np

    from sqltune.constrain_workers import pool_for

    pool = pool_for(tokenizer, 2)
    bad = ("step", (-1, [(0, -1)], np.zeros((1, 20), np.float32), np.zeros((1, 20), np.int64)))  # no such batch
    with pytest.raises(SqltuneError, match=r"constraint worker 0 failed: KeyError: .* \(at step, line \d+\)$"):
        with pool.lock:
            pool.ask({0: bad, 1: ("held", None)})
    assert not any(p.is_alive() for p in pool.procs)
    assert pool_for(tokenizer, 2) is not pool
    gen = Generator(tiny, tokenizer, max_new_tokens=8, batch_size=2, constrain="schema", constrain_workers=2)
    texts = gen.generate_raw(["SQL, please.", "More SQL."], progress=False, targets=[database_path("pets_1")] * 2)
    assert len(texts) == 2 and gen.constrainer.stats()["wait_s"] > 0


def test_load_generator_starts_the_workers_before_the_model_and_does_not_wait_for_them(tiny_model, monkeypatch):
    """The workers build llguidance's view of the tokenizer (seconds) while the model loads: load_generator
    starts them once the tokenizer is loaded, and only the first step waits for them."""
    from sqltune import constrain_workers, models
    from sqltune.config import make_config
    from sqltune.decoding import load_generator

    seen = []
    real = models.load_base

    def spy(*args, **kw):  # the real loader; notes which pools run when the model starts loading
        seen.append([n for (_, n) in constrain_workers._POOLS])
        return real(*args, **kw)

    monkeypatch.setattr(models, "load_base", spy)
    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 8, "batch_size": 2,
                                            "constrain_workers": 3}))
    assert seen and 3 in seen[0]
    pool = constrain_workers.pool_for(gen.tokenizer, 3)
    assert pool.starting == [True] * 3  # nothing waited for them yet
    texts = gen.generate_raw(["SQL, please.", "More SQL."], progress=False, targets=[database_path("pets_1")] * 2)
    assert len(texts) == 2 and pool.starting == [False] * 3 and gen.constrainer.stats()["wait_s"] > 0
    assert constrain_workers.pool_for(gen.tokenizer, 3) is pool
