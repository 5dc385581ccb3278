"""sqltune.beams: beam search that drops finished questions gives generate's beams, with and without the
schema constraint. float32 on the CPU, where the two are equal to the bit."""

from __future__ import annotations

import pytest

import sqltune.beams
from sqltune.beams import _until_end, beam_search
from sqltune.config import make_config
from sqltune.decoding import load_generator
from sqltune.prompts import build_prompt
from sqltune.sqlexec import context_database

CONTEXT = "CREATE TABLE singer (singer_id INT, name TEXT, age INT); INSERT INTO singer VALUES (1, 'Ann', 30);"
OTHER = "CREATE TABLE concert (concert_id INT, year INT, stadium TEXT);"
QUESTIONS = ["How many singers are there?", "Names of singers older than 20, by age?", "x",
             "List everything about every singer in the table please"]


class EndSooner:
    """Adds rate[prompt] x step to the end-of-turn score, so that the questions of a batch end at different
    steps; reads `live` as the constraint's processor does."""

    def __init__(self, rates: list[float], beams: int, prompt_length: int):
        self.rates, self.beams, self.prompt_length = rates, beams, prompt_length
        self.live, self.groups = None, []

    def __call__(self, input_ids, scores):
        self.groups.append(scores.shape[0] // self.beams)
        step = input_ids.shape[1] - self.prompt_length
        for r in range(scores.shape[0]):
            group = r // self.beams
            scores[r, 106] += self.rates[group if self.live is None else self.live[group]] * step
        return scores


@pytest.fixture(scope="module")
def gen(tiny_model):
    return load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 12, "batch_size": 4,
                                             "cpu_weights": "float32"}))


def test_beam_search_equals_generate_and_drops_the_questions_that_ended(gen):
    import torch
    from transformers import LogitsProcessorList

    enc = gen.tokenizer([gen.chat_text(build_prompt(CONTEXT, q)) for q in QUESTIONS], return_tensors="pt",
                        padding=True, add_special_tokens=False)
    k, length = 4, enc["input_ids"].shape[1]
    rates = [1.5, 0.0, 0.6, 0.3]
    with torch.inference_mode():
        ref = gen.model.generate(**enc, max_new_tokens=12, eos_token_id=gen.eos_ids, do_sample=False, num_beams=k,
                                 num_return_sequences=k, early_stopping=True,
                                 pad_token_id=gen.tokenizer.pad_token_id,
                                 logits_processor=LogitsProcessorList([EndSooner(rates, k, length)]))
        ending = EndSooner(rates, k, length)
        shared, shared_scores = beam_search(gen.model, enc["input_ids"], enc["attention_mask"], k, 12, gen.eos_ids,
                                            ending, cache=gen._prompt_cache(enc, k))
        apart, apart_scores = beam_search(gen.model, enc["input_ids"], enc["attention_mask"], k, 12, gen.eos_ids,
                                          EndSooner(rates, k, length))
        scored = gen.model.generate(**enc, max_new_tokens=12, eos_token_id=gen.eos_ids, do_sample=False,
                                    num_beams=k, num_return_sequences=k, early_stopping=True,
                                    pad_token_id=gen.tokenizer.pad_token_id, output_scores=True,
                                    return_dict_in_generate=True,
                                    logits_processor=LogitsProcessorList([EndSooner(rates, k, length)]))
    rows = ref[:, length:].tolist()
    expected = [[_until_end(r, gen.eos_ids) for r in rows[i * k:(i + 1) * k]] for i in range(len(QUESTIONS))]
    assert shared == expected and apart == expected
    # each beam's score is generate's: the mean log-probability of its new tokens (length penalty 1). Within
    # 5e-3 of ~-11.7: a batch that questions leave computes in other shapes, and the random model's large
    # activations carry float32 rounding that far (a teacher-forced recount differs from generate's as much)
    want = scored.sequences_scores.view(len(QUESTIONS), k)
    assert torch.allclose(torch.tensor(shared_scores), want, atol=5e-3)
    assert torch.allclose(torch.tensor(apart_scores), want, atol=5e-3)
    assert not torch.allclose(torch.tensor(shared_scores), want.roll(1, dims=1), atol=5e-3)  # (a beam's own)
    assert all(q == sorted(q, reverse=True) for q in shared_scores)  # best first
    lengths = {max(len(b) for b in q) for q in expected}
    assert len(lengths) >= 3 and 12 in lengths  # the questions ended at different steps, one ran to the limit
    assert ending.groups[0] == 4 and ending.groups[-1] == 1  # ... and left the batch as they ended
    assert all(q[0][-1] in gen.eos_ids for q, n in zip(expected, rates, strict=True) if n > 0)


class Both:
    """The constraint's processor, then EndSooner where the constraint lets a row end."""

    def __init__(self, constraint, ending: EndSooner):
        self.constraint, self.ending = constraint, ending

    @property
    def live(self):
        return self.constraint.live

    @live.setter
    def live(self, value):
        self.constraint.live = self.ending.live = value

    def __call__(self, input_ids, scores):
        scores = self.constraint(input_ids, scores)
        allowed = scores[:, 106] > float("-inf")
        before = scores[:, 106].clone()
        scores = self.ending(input_ids, scores)
        scores[:, 106] = scores[:, 106].where(allowed, before)
        return scores


def test_constrained_beams_are_the_same_through_either_search(tiny_model):
    import torch
    from transformers import LogitsProcessorList

    from sqltune.cpu import exact_logits

    gen = load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 16, "batch_size": 4,
                                            "constrain": "schema", "cpu_weights": "float32"}))
    conns = [context_database(CONTEXT), context_database(OTHER), context_database(CONTEXT)]
    prompts = [build_prompt(CONTEXT, QUESTIONS[0]), build_prompt(OTHER, "Concerts by year?"),
               build_prompt(CONTEXT, QUESTIONS[3])]
    try:
        # through Generator: the wiring (the tiny model's beams run to the token limit here)
        ours = gen.candidates_raw(prompts, 3, "beam", targets=conns)
        gen.compact_beams = False
        assert gen.candidates_raw(prompts, 3, "beam", targets=conns) == ours
        # questions that end at different steps under the constraint, each on its own database
        grammars = [gen.constrainer.grammar_for(c) for c in conns]
        enc = gen.tokenizer([gen.chat_text(p) for p in prompts], return_tensors="pt", padding=True,
                            add_special_tokens=False)
        k, length, rates = 3, enc["input_ids"].shape[1], [2.0, 0.0, 0.7]

        def processors():
            return (gen.constrainer.logits_processor(grammars, k, length, top=3 * k),
                    EndSooner(rates, k, length))

        with torch.inference_mode(), exact_logits(gen.model):
            ref = gen.model.generate(**enc, max_new_tokens=16, eos_token_id=gen.eos_ids, do_sample=False,
                                     num_beams=k, num_return_sequences=k, early_stopping=True,
                                     pad_token_id=gen.tokenizer.pad_token_id,
                                     logits_processor=LogitsProcessorList(list(processors())))
            both = Both(*processors())
            mine, _ = beam_search(gen.model, enc["input_ids"], enc["attention_mask"], k, 16, gen.eos_ids, both,
                                  cache=gen._prompt_cache(enc, k))
        rows = ref[:, length:].tolist()
        expected = [[_until_end(r, gen.eos_ids) for r in rows[i * k:(i + 1) * k]] for i in range(len(prompts))]
        assert mine == expected
        assert both.ending.groups[0] == 3 and min(both.ending.groups) < 3  # questions left the batch
        for grammar, beams in zip(grammars, mine, strict=True):
            for ids in beams:  # each a query (or a prefix of one) on its own database
                ids = [t for t in ids if t not in gen.eos_ids]
                assert grammar.matcher().try_consume_tokens(ids) == len(ids)
    finally:
        for conn in conns:
            conn.close()


def test_the_beam_search_is_chosen_by_device_and_sqltune_beam_search(gen, monkeypatch):
    import types

    import torch

    from sqltune.decoding import Generator, compact_beams
    from sqltune.errors import SqltuneError

    gpu = types.SimpleNamespace(device=torch.device("cuda"))  # (a device's type only: no card needed)
    assert compact_beams(gen.model) and compact_beams(gpu)  # sqltune.beams by default, CPU and GPU
    assert not compact_beams(types.SimpleNamespace())  # a stand-in without a device: generate
    assert Generator(gen.model, gen.tokenizer).compact_beams is True
    monkeypatch.setenv("SQLTUNE_BEAM_SEARCH", "transformers")
    assert not compact_beams(gen.model) and not compact_beams(gpu)
    assert Generator(gen.model, gen.tokenizer).compact_beams is False
    monkeypatch.setenv("SQLTUNE_BEAM_SEARCH", "sqltune")
    assert compact_beams(types.SimpleNamespace())
    monkeypatch.setenv("SQLTUNE_BEAM_SEARCH", "fast")
    with pytest.raises(SqltuneError, match="SQLTUNE_BEAM_SEARCH='fast'"):
        compact_beams(gen.model)
    with pytest.raises(SqltuneError, match="SQLTUNE_BEAM_SEARCH='fast'"):  # when the generator is built
        Generator(gen.model, gen.tokenizer)


def test_decoding_on_a_gpu_leaves_out_cudnn_attention_and_sqltune_sdpa_restores_torchs_choice(gen, monkeypatch):
    import types

    import torch

    from sqltune import decoding
    from sqltune.attention import decoding_attention, decoding_kernels
    from sqltune.decoding import Generator
    from sqltune.errors import SqltuneError

    flags = (torch.backends.cuda.cudnn_sdp_enabled, torch.backends.cuda.flash_sdp_enabled,
             torch.backends.cuda.mem_efficient_sdp_enabled, torch.backends.cuda.math_sdp_enabled)
    before = [f() for f in flags]
    assert before[0]  # torch's own default allows cuDNN's attention
    gpu = types.SimpleNamespace(device=torch.device("cuda"))  # (the flags are torch's, set without a card)
    assert decoding_attention(gpu) == "no-cudnn" and decoding_attention(gen.model) == "torch"
    with decoding_kernels(decoding_attention(gpu)):
        assert [f() for f in flags] == [False, True, True, True]
    assert [f() for f in flags] == before  # restored after the decoding
    with decoding_kernels(decoding_attention(gen.model)):  # a CPU: torch's choice
        assert [f() for f in flags] == before

    entered = []
    monkeypatch.setattr(decoding, "decoding_kernels", lambda how: entered.append(how) or decoding_kernels(how))
    gen.candidates_raw([build_prompt(CONTEXT, QUESTIONS[0])], 2, "beam")  # every batch decodes inside it
    assert entered == ["torch"] == [gen.attention]  # (what the report records)
    monkeypatch.setenv("SQLTUNE_SDPA", "torch")
    assert decoding_attention(gpu) == "torch"
    monkeypatch.setenv("SQLTUNE_SDPA", "cudnn")
    with pytest.raises(SqltuneError, match="SQLTUNE_SDPA='cudnn'"):  # when the generator is built
        Generator(gen.model, gen.tokenizer)


class EndOnce:
    """Lets one beam of question q end at its ends[q]-th new token (None: never) and no other beam end, so that
    a question's other beams run on to the token limit unless --beam-stop-ratio stops them."""

    def __init__(self, ends: list[int | None], beams: int, prompt_length: int):
        self.ends, self.beams, self.prompt_length = ends, beams, prompt_length
        self.live, self.groups = None, []

    def __call__(self, input_ids, scores):
        self.groups.append(scores.shape[0] // self.beams)
        step = input_ids.shape[1] - self.prompt_length  # tokens so far: this step makes token step + 1
        scores[:, 1] = scores[:, 106] = float("-inf")
        for r in range(0, scores.shape[0], self.beams):
            group = r // self.beams
            if self.ends[group if self.live is None else self.live[group]] == step + 1:
                scores[r, 106] = 0.0  # log-probability 1: the question's best continuation
        return scores


def test_beam_stop_ratio_ends_a_question_at_that_multiple_of_its_shortest_ended_beam(gen, monkeypatch):
    import torch

    enc = gen.tokenizer([gen.chat_text(build_prompt(CONTEXT, q)) for q in QUESTIONS], return_tensors="pt",
                        padding=True, add_special_tokens=False)
    k, length, ends = 4, enc["input_ids"].shape[1], [3, None, 5, 2]

    def search(**stop):
        processor = EndOnce(ends, k, length)
        with torch.inference_mode():
            beams, scores = beam_search(gen.model, enc["input_ids"], enc["attention_mask"], k, 12, gen.eos_ids,
                                        processor, **stop)
        return beams, scores, processor.groups

    full, full_scores, full_groups = search()  # off (the default of beam_search)
    assert len(full_groups) == 12 and full_groups[-1] == 4  # every question runs to the limit
    assert [len(q) for q in full] == [4] * 4
    stopped, stopped_scores, groups = search(stop_ratio=2.0, stop_floor=2)
    # a question ends once it has decoded twice its shortest ended beam (3 -> 6, 5 -> 10, 2 -> 4 tokens), with
    # the one beam that ended: the same beam and score as when nothing stops
    assert [len(q) for q in stopped] == [1, 4, 1, 1]
    for q in (0, 2, 3):
        assert len(stopped[q][0]) == ends[q] and stopped[q][0][-1] == 106
        at = full[q].index(stopped[q][0])
        assert stopped_scores[q][0] == pytest.approx(full_scores[q][at], abs=1e-5)
    assert stopped[1] == full[1]  # no beam of it ended: it runs to the limit as before
    assert groups == [4] * 4 + [3] * 2 + [2] * 4 + [1] * 2  # q3 left after 4 tokens, q0 after 6, q2 after 10
    _, _, floored = search(stop_ratio=2.0, stop_floor=8)
    assert floored == [4] * 8 + [2] * 2 + [1] * 2  # never before 8 tokens: q0 and q3 leave together
    # through the Generator: the config's ratio reaches the search, and 0 turns it off
    prompts = [build_prompt(CONTEXT, q) for q in QUESTIONS]
    seen = []
    monkeypatch.setattr(sqltune.beams, "beam_search", lambda *a, **kw: seen.append(kw["stop_ratio"]) or
                        beam_search(*a, **kw))
    for ratio in (2.0, 0.0):
        monkeypatch.setattr(gen, "beam_stop_ratio", ratio)
        gen.candidates_raw(prompts[:1], 2, "beam")
    assert seen == [2.0, 0.0]


def test_beam_stop_ratio_is_checked_recorded_and_defaults_to_2():
    from sqltune.decoding import decoding_settings
    from sqltune.errors import SqltuneError

    assert make_config(None, {}).beam_stop_ratio == 2.0
    for bad in (0.5, -1):
        with pytest.raises(SqltuneError, match="--beam-stop-ratio must be 0 .off. or at least 1"):
            make_config(None, {"beam_stop_ratio": bad})
    assert decoding_settings(make_config(None, {"num_candidates": 16}))["beam_stop_ratio"] == 2.0
    assert decoding_settings(make_config(None, {}))["beam_stop_ratio"] == 2.0  # greedy's retry beams stop too
    for off in ({"num_candidates": 16, "beam_stop_ratio": 0}, {"num_candidates": 16, "beam_early_stop": False},
                {"retry_beams": 0}, {"num_candidates": 4, "candidate_mode": "sample", "retry_beams": 0}):
        assert "beam_stop_ratio" not in decoding_settings(make_config(None, off))


class EndEitherWay:
    """From step `at` on, both end tokens are a row's best continuations (<end_of_turn> just ahead of <eos>):
    each beam can end twice with the same text."""

    def __init__(self, at: int, prompt_length: int):
        self.at, self.prompt_length, self.live = at, prompt_length, None

    def __call__(self, input_ids, scores):
        if input_ids.shape[1] - self.prompt_length >= self.at:
            scores[:, 106], scores[:, 1] = 0.0, -0.01
        return scores


def test_beam_distinct_keeps_one_beam_a_text_and_the_better_of_the_two(gen, monkeypatch):
    import torch

    from sqltune.answers import clean_sql

    enc = gen.tokenizer([gen.chat_text(build_prompt(CONTEXT, q)) for q in QUESTIONS], return_tensors="pt",
                        padding=True, add_special_tokens=False)
    k, length = 4, enc["input_ids"].shape[1]

    def search(**kw):
        with torch.inference_mode():
            return beam_search(gen.model, enc["input_ids"], enc["attention_mask"], k, 12, gen.eos_ids,
                               EndEitherWay(3, length), **kw)

    def texts(beams):
        return [clean_sql(gen.tokenizer.decode(b, skip_special_tokens=True)) for b in beams]

    plain, plain_scores = search()
    assert all(len(set(texts(q))) < len(q) for q in plain)  # every question ended one beam both ways
    distinct, scores = search(distinct=gen.tokenizer)
    for q in range(len(QUESTIONS)):
        assert len(distinct[q]) == k and len(set(texts(distinct[q]))) == k  # four different answers
        assert scores[q] == sorted(scores[q], reverse=True)
        # the best answer is the plain search's, ended by <end_of_turn> (the better scored way)
        assert distinct[q][0] == plain[q][0] and distinct[q][0][-1] == 106
        assert scores[q][0] == pytest.approx(plain_scores[q][0], abs=1e-6)
        assert set(texts(plain[q])) <= set(texts(distinct[q]))  # what the plain search found is kept
    # through the Generator: --beam-distinct hands the search the tokenizer, off hands it nothing
    seen = []
    monkeypatch.setattr(sqltune.beams, "beam_search", lambda *a, **kw: seen.append(kw["distinct"]) or
                        beam_search(*a, **kw))
    for on in (True, False):
        monkeypatch.setattr(gen, "beam_distinct", on)
        gen.candidates_raw([build_prompt(CONTEXT, QUESTIONS[0])], 2, "beam")
    assert seen == [gen.tokenizer, None]


def test_beam_distinct_is_off_by_default_and_recorded_when_on():
    from sqltune.decoding import decoding_settings

    assert make_config(None, {}).beam_distinct is False
    assert "beam_distinct" not in decoding_settings(make_config(None, {"num_candidates": 16}))
    assert decoding_settings(make_config(None, {"num_candidates": 16, "beam_distinct": True}))["beam_distinct"]
    assert decoding_settings(make_config(None, {"beam_distinct": True}))["beam_distinct"]  # greedy's retry beams
    for off in ({"num_candidates": 16, "beam_distinct": True, "beam_early_stop": False},
                {"beam_distinct": True, "retry_beams": 0}):
        assert "beam_distinct" not in decoding_settings(make_config(None, off))


def test_a_repeat_that_scores_better_takes_the_finished_beams_place(gen):
    import torch

    from sqltune.beams import NEG, _first_of_each_text

    sql = gen.tokenizer.encode("SELECT name FROM singer", add_special_tokens=False)
    tokens = torch.tensor([[sql + [106], sql + [1], sql + [106]]])  # one question, three beams ending now
    # its finished places: that text (as the search keeps it: letter case folded), scored -0.5, and an empty one
    texts = [["select name from singer", None]]
    done, finished = torch.tensor([[-0.5, NEG]]), torch.tensor([[True, False]])
    keep, new = _first_of_each_text(gen.tokenizer, tokens, torch.tensor([[-0.2, -0.3, -0.9]]),
                                     torch.tensor([[True, True, False]]), texts, done, finished)
    # the better one ends and frees the old place; the other way to end the same text does not end
    assert keep.tolist() == [[True, False, False]] and new == [["select name from singer", None, None]]
    assert done.tolist() == [[NEG, NEG]] and finished.tolist() == [[False, False]] and texts == [[None, None]]
    keep, _ = _first_of_each_text(gen.tokenizer, tokens, torch.tensor([[-0.6, -0.7, -0.9]]),
                                  torch.tensor([[True, False, False]]), [["select name from singer", None]],
                                  torch.tensor([[-0.5, NEG]]), torch.tensor([[True, False]]))
    assert keep.tolist() == [[False, False, False]]  # worse than the finished one: it does not end
