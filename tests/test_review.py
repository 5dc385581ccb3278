"""Review rows and the review score (sqltune.review): the score is the model's log P(question | SQL) whatever the
padding, rerank reads it, and a model trained with review rows records it so evaluate uses it."""

from __future__ import annotations

import json

import pytest

from sqltune import rerank, review
from sqltune.answers import choose
from sqltune.cli import main
from sqltune.config import make_config, model_folder_defaults
from sqltune.decoding import decode, decoding_settings, load_generator
from sqltune.errors import SqltuneError
from sqltune.models import load_as_saved
from sqltune.sqlexec import Sandbox
from tests.test_pipeline import FAST
from tests.test_rerank import NAME_COUNTRY, NAME_ONLY, QUESTION, Scripted

PAIRS = [("How many singers do we have?", "SELECT count(*) FROM singer"),
         ("List the name and country of every singer older than 30, oldest first.",
          "SELECT Name , Country FROM singer WHERE Age > 30 ORDER BY Age DESC"),
         ("Names?", "SELECT T1.Name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID")]


def _alone(model, tok, question: str, sql: str) -> float:
    """log P(question | sql) from one unpadded forward over the whole vocabulary."""
    import torch

    ids, start = review.encode(tok, sql, question)
    with torch.no_grad():
        logp = torch.log_softmax(model(input_ids=torch.tensor([ids])).logits[0].float(), -1)
    return float(sum(logp[p - 1, ids[p]] for p in range(start, len(ids))))


def test_a_score_is_the_log_probability_of_the_question_and_its_end(tiny_model):
    model, tok = load_as_saved(make_config(None, {"model": str(tiny_model)}), merged=True)
    ids, start = review.encode(tok, PAIRS[0][1], PAIRS[0][0])
    assert tok.decode(ids[start:]) == PAIRS[0][0] + "<end_of_turn>"  # the question, then the turn's end
    assert PAIRS[0][1] in tok.decode(ids[:start])
    together = review.scores(model, tok, PAIRS, batch_size=3)  # three lengths padded into one batch
    for got, (q, sql) in zip(together, PAIRS, strict=True):
        assert got == pytest.approx(_alone(model, tok, q, sql), rel=1e-4, abs=1e-3)
    assert review.scores(model, tok, PAIRS[:1], batch_size=1) == pytest.approx(together[:1], rel=1e-4, abs=1e-3)


def test_pairs_encoded_together_are_encoded_as_one_at_a_time(tokenizer):
    """encode_all renders the template once and tokenizes in batches: the same ids and starts as encode() for
    texts with quotes, newlines, padding spaces, non-ASCII and an empty question; a template that changes
    what it places falls back to encode()."""
    import copy

    pairs = PAIRS + [("  Which city's name is 'São Paulo'?\n", " SELECT name FROM city\nWHERE name = \"São Paulo\" "),
                     ("", "SELECT 1"), ("What is <SQL>?", "SELECT '</SQL>' , \"a\"\"b\" FROM t -- done")]
    one = [review.encode(tokenizer, sql, q) for q, sql in pairs]
    assert review.encode_all(tokenizer, pairs) == one
    assert review.encode_all(tokenizer, pairs[::-1]) == one[::-1]
    assert review.encode_all(tokenizer, []) == []
    shouting = copy.copy(tokenizer)  # a template that upper-cases the texts it places
    shouting.chat_template = tokenizer.chat_template.replace("| trim", "| trim | upper")
    assert shouting.chat_template != tokenizer.chat_template
    assert review.encode_all(shouting, pairs) == [review.encode(shouting, sql, q) for q, sql in pairs] != one


def test_a_review_batch_out_of_gpu_memory_is_halved_not_lost(tiny_model, capsys):
    """On a shared card the score's forward can run out of memory beside the beams': the batch halves and the
    scores are the same; where one sequence alone does not fit, a one-line error says what to do."""
    import torch

    model, tok = load_as_saved(make_config(None, {"model": str(tiny_model)}), merged=True)
    together = review.scores(model, tok, PAIRS, batch_size=3)
    fits = [2]

    def scarce(module, args, kwargs):  # the card's memory as another process leaves it
        if kwargs["input_ids"].shape[0] > fits[0]:
            raise torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 1024.00 MiB")

    hook = model.register_forward_pre_hook(scarce, with_kwargs=True)
    try:
        assert review.scores(model, tok, PAIRS, batch_size=3) == pytest.approx(together, rel=1e-4, abs=1e-3)
        assert "out of GPU memory at 3 review sequences a batch: going on with 1" in capsys.readouterr().err
        fits[0] = 0
        with pytest.raises(SqltuneError, match="--no-review-rows"):
            review.scores(model, tok, PAIRS, batch_size=3)
    finally:
        hook.remove()


def test_the_review_score_can_turn_the_choice(spider_db):
    w = rerank.weights(review=True)
    assert set(w) == {*rerank.FEATURES, rerank.REVIEW_FEATURE} and w[rerank.REVIEW_FEATURE] > 0
    with Sandbox() as sandbox:
        def run(sql):
            return sandbox.run(spider_db, sql)

        cands = [NAME_ONLY, NAME_COUNTRY]
        assert choose(cands, run, "rerank", QUESTION) == (NAME_COUNTRY, 1)
        # a question the model reads back from the first far more likely than from the second
        assert choose(cands, run, "rerank", QUESTION, {NAME_ONLY: -5.0, NAME_COUNTRY: -60.0}) == (NAME_ONLY, 0)
        assert choose(cands, run, "rerank", QUESTION, {NAME_ONLY: -60.0, NAME_COUNTRY: -5.0}) == (NAME_COUNTRY, 1)


@pytest.fixture(scope="module")
def generator(tiny_model):
    return load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 8, "constrain": "none"}))


def test_decode_scores_the_candidates_with_the_generators_model_when_it_can_review(spider_db, generator):
    g = Scripted(generator, [NAME_ONLY, NAME_COUNTRY, "SELECT nope FROM singer", NAME_ONLY])
    with Sandbox() as sandbox:
        run = lambda sql: sandbox.run(spider_db, sql)  # noqa: E731
        g.review = True
        got = decode(g, ["p"], [run], num_candidates=4, rule="rerank", questions=[QUESTION])[0]
        scored = review.for_choice(g.model, g.tokenizer, [QUESTION], [g.script], [run])[0]
        assert set(scored) == {NAME_ONLY, NAME_COUNTRY}  # the distinct ones with a result
        assert (got.sql, got.chosen) == choose(g.script, run, "rerank", QUESTION, scored)
        # saved beside the candidates (predictions.jsonl), for studying the choice offline
        assert got.review == [scored[c] if c in scored else None for c in g.script]
        assert got.record()["review"] == [round(v, 4) if v is not None else None for v in got.review]
        # one candidate with a result: nothing to score
        assert review.for_choice(g.model, g.tokenizer, [QUESTION], [[NAME_ONLY, "SELECT nope"]], [run]) == [None]


@pytest.mark.slow
def test_a_model_trained_with_review_rows_is_evaluated_with_its_review_score(tmp_path, tiny_model, capsys):
    data, out = tmp_path / "data", tmp_path / "out"
    assert main(["prepare", "--data-dir", str(data), "--no-tokenize", "--limit", "12"]) == 0  # on by default
    rows = [json.loads(line) for line in (data / "train.jsonl").read_text().splitlines()]
    assert sum(r.get("task") == "review" for r in rows) == len(rows) // 2 > 5
    assert main(["train", "--model", str(tiny_model), "--data-dir", str(data), "--max-steps", "1",
                 "--output-dir", str(out), *FAST]) == 0
    assert json.loads((out / "sqltune.json").read_text())["review_rows"] is True
    capsys.readouterr()
    plain = tmp_path / "plain"  # data without review rows: a model that would claim them is refused
    assert main(["prepare", "--data-dir", str(plain), "--no-tokenize", "--limit", "12", "--no-review-rows"]) == 0
    assert main(["train", "--model", str(tiny_model), "--data-dir", str(plain), "--max-steps", "1", "--review-rows",
                 "--output-dir", str(tmp_path / "no"), *FAST]) == 2
    assert "prepared with --review-rows False" in capsys.readouterr().err
    config = plain / "config.yaml"  # a folder prepared before the option: no word of review rows, so none
    config.write_text("".join(line + "\n" for line in config.read_text().splitlines() if "review_rows" not in line))
    assert main(["train", "--model", str(tiny_model), "--data-dir", str(plain), "--max-steps", "1", "--review-rows",
                 "--output-dir", str(tmp_path / "no"), *FAST]) == 2
    assert "prepared with --review-rows False" in capsys.readouterr().err
    assert main(["train", "--model", str(tiny_model), "--data-dir", str(plain), "--max-steps", "1",
                 "--output-dir", str(tmp_path / "old"), *FAST]) == 0  # today's default does not refuse it
    assert json.loads((tmp_path / "old" / "sqltune.json").read_text())["review_rows"] is False
    config.unlink()  # rows written by hand, no prepare: no word of review rows, so no reviewer
    assert main(["train", "--model", str(tiny_model), "--data-dir", str(plain), "--max-steps", "1",
                 "--output-dir", str(tmp_path / "own"), *FAST]) == 0
    assert json.loads((tmp_path / "own" / "sqltune.json").read_text())["review_rows"] is False
    assert main(["train", "--model", str(tiny_model), "--data-dir", str(plain), "--max-steps", "1", "--review-rows",
                 "--output-dir", str(tmp_path / "no"), *FAST]) == 2
    assert f"--review-rows: {plain} has no review rows" in capsys.readouterr().err
    ev = tmp_path / "ev"
    assert main(["evaluate", "--model", str(out), "--test", "spider-dev", "--limit", "3", "--num-candidates", "2",
                 "--max-new-tokens", "8", "--constrain", "none", "--out", str(ev), "--label", "r"]) == 0
    run = json.loads((ev / "r" / "run.json").read_text())
    decoding = run["settings"]["decoding"]
    assert decoding["review"] is True and decoding["candidate_choice"] == "rerank"
    assert "review" not in decoding_settings(make_config(None, {"num_candidates": 2}))  # other models: as before
    # a model folder written before review rows (the shipped one, the "old" one above) is no reviewer
    assert model_folder_defaults("sqltune-270m")["review_rows"] is False
    assert model_folder_defaults(str(tmp_path / "old"))["review_rows"] is False
