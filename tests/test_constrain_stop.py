"""Constrained rows that give up (--constrain-max-deficit): the tiny random model decodes real Spider databases
through sqltune's own decoding path; the per-step deficits recorded by one run (SQLTUNE_CONSTRAIN_TRACE=1)
predict exactly where a limit ends each row, which is what benchmarks/constrain_stop.py relies on."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from sqltune import constrain_notes, constrain_processor
from sqltune.cli import build_parser, main
from sqltune.config import config_from_args, make_config
from sqltune.constrain_notes import crossing
from sqltune.constrain_processor import EOS_IDS
from sqltune.decoding import Generator, decode, decoding_settings
from sqltune.errors import SqltuneError
from sqltune.spider import database_path

ROOT = Path(__file__).resolve().parents[1]
DBS = ("concert_singer", "pets_1", "concert_singer", "pets_1")
NEW_TOKENS = 40


@pytest.fixture(scope="module")
def tiny(tiny_model):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(tiny_model)


def _prompts() -> list[str]:
    return [f"Write SQL for the {d} database, question {i}." for i, d in enumerate(DBS)]


def _generate(tiny, tokenizer, limit=None) -> tuple[list[list[int]], list[list[float]]]:
    """Greedy through model.generate with the processor, traced: (each row's new tokens up to and with its end
    token, each row's per-step deficits as the processor left them for decode)."""
    from sqltune.constrain import Constrainer

    con = Constrainer(tokenizer, "schema", max_deficit=limit)
    con.trace = True  # (what SQLTUNE_CONSTRAIN_TRACE=1 sets; the environment's path: the evaluate test below)
    tokenizer.padding_side = "left"
    chats = [tokenizer.apply_chat_template([{"role": "user", "content": p}], tokenize=False,
                                           add_generation_prompt=True) for p in _prompts()]
    enc = tokenizer(chats, return_tensors="pt", padding=True, add_special_tokens=False)
    proc = con.logits_processor([con.grammar_for(database_path(d)) for d in DBS], 1, enc["input_ids"].shape[1],
                                top=1)
    out = tiny.generate(**enc, max_new_tokens=NEW_TOKENS, do_sample=False, eos_token_id=list(EOS_IDS),
                        pad_token_id=tokenizer.pad_token_id, logits_processor=[proc])
    rows, traces = [], []
    for chat, row in zip(chats, out[:, enc["input_ids"].shape[1]:].tolist(), strict=True):
        ends = [k for k, t in enumerate(row) if t in EOS_IDS]
        rows.append(row[:ends[0] + 1] if ends else row)
        traces.append(con.notes.take(chat, tokenizer.decode(row, skip_special_tokens=True))["deficits"])
    assert con.stats()["gave_up_rows"] == (sum(crossing(t, limit) is not None for t in traces) if limit else 0)
    return rows, traces


@pytest.fixture(scope="module")
def free_rows(tiny, tokenizer):
    """The rows without a limit, and their per-step deficits."""
    return _generate(tiny, tokenizer)


def test_the_trace_has_a_deficit_for_every_generated_token(free_rows):
    rows, traces = free_rows
    for row, trace in zip(rows, traces, strict=True):
        assert len(trace) == len(row) and all(d >= 0 for d in trace)  # the end token's step included
    # the random model is pushed off its choices at most steps: there is something to limit
    assert min(map(sum, traces)) > 0 and len({round(sum(t), 3) for t in traces}) > 1


def test_a_row_past_the_limit_ends_where_its_trace_says(tiny, tokenizer, free_rows):
    rows, traces = free_rows
    totals = sorted(map(sum, traces))
    limit = (totals[0] + totals[-1]) / 2  # some rows cross it, some do not
    stopped, stopped_traces = _generate(tiny, tokenizer, limit)
    crossed = 0
    for row, trace, stop, stop_trace in zip(rows, traces, stopped, stopped_traces, strict=True):
        step = crossing(trace, limit)
        if step is None:  # below the limit all the way: the same row
            assert stop == row and stop_trace == trace
            continue
        crossed += 1
        # the same tokens up to the step where the total went past the limit, then the end token
        assert stop == row[:step] + [EOS_IDS[-1]] and stop_trace == trace[:step + 1]
        assert len(stop) <= len(row)
    assert 0 < crossed < len(DBS)
    assert sum(map(len, stopped)) < sum(map(len, rows))  # never longer, and shorter where a row gave up


def test_an_answer_that_gave_up_says_so(tiny, tokenizer):
    """Through sqltune's decoding path (Generator, decode): an answer whose row gave up carries the reason in
    constraint_error (so generate prints it and evaluate saves it); the others keep their own."""
    free, _ = _decode(tiny, tokenizer, trace=True)
    totals = sorted(sum(d.constraint_trace) for d in free)
    limit = (totals[0] + totals[-1]) / 2
    stopped, stats = _decode(tiny, tokenizer, limit=limit)
    for d_free, d_stop in zip(free, stopped, strict=True):
        if crossing(d_free.constraint_trace, limit) is None:
            assert d_stop.attempts[0].raw == d_free.attempts[0].raw
            assert d_stop.constraint_error == d_free.constraint_error
            assert "gave up" not in (d_stop.constraint_error or "")
        else:
            assert d_free.attempts[0].raw.startswith(d_stop.attempts[0].raw)
            assert d_stop.constraint_error.startswith("gave up: the model's own choice was ruled out")
            assert f"> {limit:g}" in d_stop.constraint_error
            assert "gave up" in d_stop.describe() and d_stop.record()["constraint_error"] == d_stop.constraint_error
    assert 0 < stats["gave_up_rows"] < len(DBS)
    assert stats["gave_up_rows"] == sum("gave up" in (d.constraint_error or "") for d in stopped)
    assert all("constraint_trace" not in d.record() for d in stopped)  # not traced: the records do not grow


def _decode(tiny, tokenizer, limit=None, trace=False, n=1, new_tokens=NEW_TOKENS):
    """(decisions, the constrainer's stats) from Generator and decode, as generate and evaluate run them."""
    gen = Generator(tiny, tokenizer, max_new_tokens=new_tokens, batch_size=len(DBS), constrain="schema",
                    constrain_max_deficit=limit)
    gen.constrainer.trace = trace
    decisions = decode(gen, _prompts(), [None] * len(DBS), num_candidates=n, targets=[database_path(d) for d in DBS])
    return decisions, gen.constrainer.stats()


@pytest.mark.parametrize("n", [1, 3])
def test_a_huge_limit_changes_nothing(n, tiny, tokenizer):
    """Greedy and beam search: with a limit nobody reaches the answers are those of no limit at all."""
    tokens = NEW_TOKENS if n == 1 else 16
    plain, _ = _decode(tiny, tokenizer, n=n, new_tokens=tokens)
    huge, stats = _decode(tiny, tokenizer, limit=1e9, n=n, new_tokens=tokens)
    assert [d.candidates for d in huge] == [d.candidates for d in plain]
    assert [[a.raw for a in d.attempts] for d in huge] == [[a.raw for a in d.attempts] for d in plain]
    assert [d.constraint_error for d in huge] == [d.constraint_error for d in plain]
    assert stats["gave_up_rows"] == 0 and all(d.constraint_trace is None for d in huge)  # not traced by default
    if n > 1:  # beams give up too, and end
        _, small = _decode(tiny, tokenizer, limit=0.5, n=n, new_tokens=tokens)
        assert small["gave_up_rows"] > 0


def test_the_processor_forces_the_end_of_a_row_that_gives_up(tokenizer, spider_db):
    """One processor call on a row whose best token the grammar rules out: below the limit the best allowed
    token stays; past it only <end_of_turn> is left, with the model's own score for it."""
    import torch

    from sqltune.constrain import Constrainer

    for limit, ends in ((100.0, False), (1.0, True)):
        con = Constrainer(tokenizer, "schema", max_deficit=limit)
        g = con.grammar_for(spider_db)
        prompt = [2, 105]
        hist = tokenizer.encode("SELECT name FROM", add_special_tokens=False)  # a table must follow
        scores = torch.zeros(1, 262144)
        (wrong,) = tokenizer.encode(" WHERE", add_special_tokens=False)
        (table,) = tokenizer.encode(" singer", add_special_tokens=False)
        scores[0, wrong], scores[0, table], scores[0, EOS_IDS[-1]] = 9.0, 6.0, -3.0
        proc = con.logits_processor([g], 1, len(prompt), top=1)
        out = proc(torch.tensor([prompt + hist]), scores.clone())
        assert isinstance(proc, constrain_processor.Processor)
        if ends:
            assert torch.isfinite(out[0]).nonzero().flatten().tolist() == [EOS_IDS[-1]]
            assert out[0, EOS_IDS[-1]] == -3.0
            note = con.notes.take(tokenizer.decode(prompt), tokenizer.decode(hist))
            assert note["gave_up"].startswith("gave up") and "deficit 3.0 > 1" in note["gave_up"]
        else:
            assert int(out[0].argmax()) == table and not torch.isfinite(out[0, wrong])
        assert con.stats()["gave_up_rows"] == int(ends)


def test_the_limit_is_a_decoding_option(capsys):
    for stage in ("generate", "evaluate", "serve"):
        cfg = config_from_args(build_parser().parse_args([stage, "--constrain", "schema",
                                                          "--constrain-max-deficit", "12.5"]))
        assert cfg.constrain_max_deficit == 12.5
        with pytest.raises(SystemExit):
            build_parser().parse_args([stage, "--help"])
        assert "--constrain-max-deficit DEFICIT" in capsys.readouterr().out
    assert make_config(None, {}).constrain_max_deficit == 16.0  # chosen on held-out databases
    assert make_config(None, {"constrain_max_deficit": "null"}).constrain_max_deficit is None
    for bad in (0, -1):
        with pytest.raises(SqltuneError, match="constrain-max-deficit must be positive"):
            make_config(None, {"constrain_max_deficit": bad})
    # recorded in run.json's decoding settings whenever set (folders from before the option have no key: never)
    assert decoding_settings(make_config(None, {"constrain": "schema"}))["constrain_max_deficit"] == 16.0
    assert "constrain_max_deficit" not in decoding_settings(make_config(None, {"constrain": "schema",
                                                                               "constrain_max_deficit": None}))
    assert decoding_settings(make_config(None, {"constrain": "schema", "constrain_max_deficit": 8}))[
        "constrain_max_deficit"] == 8



def test_completing_failed_answers_is_a_decoding_option_where_a_limit_applies(capsys):
    from sqltune.decoding import options, uses_database
    from sqltune.reports import describe_decoding

    for stage in ("generate", "evaluate", "serve"):
        assert config_from_args(build_parser().parse_args([stage, "--no-complete-failed"])).complete_failed is False
    default = make_config(None, {})
    assert default.complete_failed and decoding_settings(default)["complete_failed"] is True
    # greedy answers are run (to know which fail) only because of it; off, nothing is recorded or run
    plain = make_config(None, {"retry_beams": 0})
    assert uses_database(plain) and options(plain)["complete_failed"] is True
    off = make_config(None, {"retry_beams": 0, "complete_failed": False})
    assert not uses_database(off) and "complete_failed" not in decoding_settings(off)
    # nothing to lift: unconstrained, or a constraint that never gives up
    for cfg in ({"constrain": "none"}, {"constrain_max_deficit": None}):
        assert "complete_failed" not in decoding_settings(make_config(None, cfg))
        assert options(make_config(None, cfg))["complete_failed"] is False
    assert decoding_settings(make_config(None, {"constrain": "none", "constrained_retry": True}))["complete_failed"]
    text = describe_decoding({**decoding_settings(default), "retries_used": 5, "retries_kept": 3,
                              "completions_tried": 2, "completions_kept": 1})
    assert text == ("greedy + 16 beams where it fails (5 retries, 3 kept) + without the give-up limit where it "
                    "still fails (2 tried, 1 kept)")


def _study_module():
    spec = importlib.util.spec_from_file_location("constrain_stop", ROOT / "benchmarks" / "constrain_stop.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_evaluate_records_traces_on_request_and_the_study_reads_them(tiny_model, tmp_path, monkeypatch, capsys):
    test = tmp_path / "three.json"
    test.write_text(json.dumps([{"question": q, "query": "SELECT count(*) FROM singer", "db_id": "concert_singer"}
                                for q in ("How many singers?", "Count the singers.", "Number of singers?")]))
    argv = ["evaluate", "--model", str(tiny_model), "--test", str(test), "--label", "tiny", "--no-progress",
            "--constrain", "schema", "--constrain-max-deficit", "null", "--max-new-tokens", "24", "--batch-size", "3"]
    # by default the prediction records carry no trace
    assert main([*argv, "--out", str(tmp_path / "plain")]) == 0
    plain = [json.loads(x) for x in (tmp_path / "plain" / "tiny" / "predictions.jsonl").read_text().splitlines()]
    assert plain and not any("constraint_trace" in r for r in plain)
    run = json.loads((tmp_path / "plain" / "tiny" / "run.json").read_text())
    assert "constrain_max_deficit" not in run["settings"]["decoding"]

    monkeypatch.setenv(constrain_notes.TRACE_ENV, "1")
    out = tmp_path / "traced"
    assert main([*argv, "--out", str(out)]) == 0
    saved = [json.loads(x) for x in (out / "tiny" / "predictions.jsonl").read_text().splitlines()]
    assert [r["sql"] for r in saved] == [r["sql"] for r in plain]  # recording changes no answer
    traces = {r["id"]: r["constraint_trace"] for r in saved}
    assert all(0 < len(t) <= 24 for t in traces.values())
    correct = {r["id"]: r["correct"] for r in map(json.loads, (out / "tiny" / "results.jsonl").read_text().splitlines())}
    capsys.readouterr()

    study = _study_module()
    limit = sorted(sum(t) for t in traces.values())[1]  # the answer with the middle total stays below it
    rows = study.study(study.load(out / "tiny"), [limit, 1e9])
    ended = [i for i, t in traces.items() if crossing(t, limit) is not None]
    assert rows[0]["ended"] == len(ended) >= 1 and rows[0]["ended_correct"] == sum(correct[i] for i in ended)
    saved_tokens = sum(len(traces[i]) - crossing(traces[i], limit) - 1 for i in ended)
    assert rows[0]["tokens_saved"] == pytest.approx(saved_tokens / sum(map(len, traces.values())))
    assert rows[0]["accuracy"] == pytest.approx((sum(correct.values()) - rows[0]["ended_correct"]) / len(correct))
    assert rows[1]["ended"] == 0 and rows[1]["tokens_saved"] == 0
    assert study.main([str(out), "--thresholds", f"{limit},1e9"]) == 0  # the evaluate folder: one table a label
    printed = capsys.readouterr().out
    assert "tiny" in printed and "3 answers, 3 with a trace" in printed

    # a folder decoded with a limit cannot tell what a larger one would have done
    limited = tmp_path / "limited"
    assert main([*argv, "--out", str(limited), "--constrain-max-deficit", "2"]) == 0
    assert json.loads((limited / "tiny" / "run.json").read_text())["settings"]["decoding"][
        "constrain_max_deficit"] == 2.0
    capsys.readouterr()
    assert study.main([str(limited / "tiny"), "--thresholds", "1,4"]) == 0
    assert "decoded with --constrain-max-deficit 2" in capsys.readouterr().out


def test_answers_that_still_fail_are_completed_without_the_limit(tiny, tokenizer):
    """--complete-failed: a question whose constrained answer gave up and fails to execute is decoded once more
    under the constraint with no give-up limit (exactly the unlimited greedy answer of that question), kept only
    if it executes; answers that run are never touched, and with the option off nothing is decoded again."""
    from sqltune.sqlexec import Sandbox

    prompts, dbs = _prompts(), [database_path(d) for d in DBS]
    with Sandbox() as sandbox:
        runs = [lambda sql, db=db: sandbox.run(db, sql) for db in dbs]
        gen = Generator(tiny, tokenizer, max_new_tokens=160, batch_size=len(DBS), constrain="schema",
                        constrain_max_deficit=0.5)  # (the random model gives up at once)
        off = decode(gen, prompts, runs, targets=dbs)
        assert all(len(d.attempts) == 1 and d.completed is None for d in off)
        on = decode(gen, prompts, runs, targets=dbs, complete_failed=True)
        failed = [i for i, d in enumerate(off) if not sandbox.run(dbs[i], d.sql).ok]
        assert failed and all("gave up" in (off[i].constraint_error or "") for i in failed)
        # the reference: the same questions, the same batch, constrained greedy with no limit
        free = Generator(tiny, tokenizer, max_new_tokens=160, batch_size=len(DBS), constrain="schema")
        ref = decode(free, [prompts[i] for i in failed], [None] * len(failed), targets=[dbs[i] for i in failed])
        for i, d in enumerate(on):
            if i not in failed:
                assert d.completed is None and d.attempts[0].raw == off[i].attempts[0].raw
                continue
            last = d.attempts[-1]
            assert len(d.attempts) == 2 and last.raw == ref[failed.index(i)].attempts[0].raw
            assert "gave up" not in (ref[failed.index(i)].constraint_error or "")  # never gives up
            runs_ok = sandbox.run(dbs[i], last.sql).ok
            assert d.completed is runs_ok and d.executed is runs_ok
            assert d.sql == (last.sql if runs_ok else off[i].sql)
            assert d.first_sql == off[i].sql and d.error
            assert d.record()["completed"] is runs_ok and "without its give-up limit" in d.describe()
            if not runs_ok:  # what the last try wrote is kept in the record, with its error
                assert d.record()["completion_sql"] == last.sql and d.record()["completion_error"]
            if runs_ok:  # the kept answer's note is the completion's: a complete query, no give-up
                assert d.constraint_error is None
        assert gen.complete_constrainer().max_deficit is None and gen.constrainer.max_deficit == 0.5
        # the random model's unlimited answers never end within the tokens: a completion that runs is scripted
        # (the first failed question's last try answers a real query), the rest decode as above
        real = gen.candidates_raw

        def scripted(texts, n, *args, constrainer=None, **kw):
            out = real(texts, n, *args, constrainer=constrainer, **kw)
            if constrainer is gen.complete_constrainer():
                out[0] = [{"concert_singer": "SELECT count(*) FROM singer",
                           "pets_1": "SELECT count(*) FROM pets"}[DBS[failed[0]]]]
            return out

        gen.candidates_raw = scripted
        again = decode(gen, prompts, runs, targets=dbs, complete_failed=True)
        kept = again[failed[0]]
        assert kept.completed and kept.executed and kept.sql.startswith("SELECT count(*) FROM")
        assert kept.constraint_error is None and "it executes, kept" in kept.describe()
        assert [d.sql for i, d in enumerate(again) if i != failed[0]] == [
            d.sql for i, d in enumerate(on) if i != failed[0]]


def test_a_row_caught_in_a_cycle_ends_where_no_limit_would_end_it(tokenizer, spider_db):
    """Without a give-up limit (--complete-failed's last try) a row that repeats one cycle of tokens back to back,
    twice over 16 tokens or more, is ended (only EOS left), within LOOP_CHECK steps; with a limit the deficit
    decides, as before, and the same row goes on."""
    import torch

    from sqltune.constrain import Constrainer
    from sqltune.row_history import Hist, repeats

    loop = tokenizer.encode("SELECT name FROM singer WHERE singer_id = 1" + " AND singer_id = 1" * 8,
                            add_special_tokens=False)
    cycle = len(tokenizer.encode(" AND singer_id = 1", add_special_tokens=False))
    head = len(tokenizer.encode("SELECT name FROM singer WHERE singer_id = 1", add_special_tokens=False))
    for limit in (None, 16.0):
        c = Constrainer(tokenizer, "schema", limit)
        proc = c.logits_processor([c.grammar_for(spider_db)], 1, 2)
        ended = None
        for n in range(1, len(loop)):
            scores = torch.zeros(1, 262144)
            proc(torch.tensor([[2, 105] + loop[:n]]), scores)
            if torch.isfinite(scores[0]).nonzero().flatten().tolist() == [EOS_IDS[-1]]:
                ended = n
                break
        if limit is None:
            first = next(n for n in range(1, len(loop)) if repeats(Hist.of(loop[:n])))
            assert 2 * cycle <= first <= head + max(2, -(-16 // cycle)) * cycle  # 2 turns, 16 tokens at most
            assert ended is not None and first <= ended < first + constrain_processor.LOOP_CHECK
            assert ended % constrain_processor.LOOP_CHECK == 0 and c.stats()["loops_ended"] == 1
        else:
            assert ended is None and c.stats()["loops_ended"] == 0
    # what counts as a cycle
    assert repeats(Hist.of([5, 6] + [10, 11, 12, 13] * 4)) and not repeats(Hist.of([10, 11, 12, 13] * 3))
    assert repeats(Hist.of([9] * 16)) and not repeats(Hist.of([1, 2] + [9] * 15))
    assert repeats(Hist.of(list(range(100, 164)) * 2)) and not repeats(Hist.of(list(range(100, 165)) * 2))
    assert repeats(Hist.of([7] + list(range(100, 108)) * 2)) and not repeats(Hist.of(list(range(200, 400))))
