"""`--candidate-choice rerank`: the features, the shipped weights, the choice on a real Spider database, and the
question's way from generate, evaluate and serve to the choice. The tiny random model writes gibberish, so where a
test needs SQL that executes, scripted candidates stand in for the model's."""

from __future__ import annotations

import asyncio
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from sqltune import rerank
from sqltune.answers import choose
from sqltune.config import make_config
from sqltune.decoding import decode, load_generator
from sqltune.sqlexec import Sandbox

ROOT = Path(__file__).resolve().parents[1]
QUESTION = "What are the names and countries of singers older than 30?"
NAME_ONLY = "SELECT Name FROM singer WHERE Age > 30"
NAME_COUNTRY = "SELECT Name , Country FROM singer WHERE Age > 30"


def test_names_are_the_word_parts_of_identifiers():
    assert rerank.names("SELECT T2.problem_log_id , count(*) FROM problem_log AS T2 WHERE T2.name = 'Swift Log'") \
        == {"problem", "log", "name"}
    assert rerank.names("SELECT avg(heightFeet) FROM Buildings") == {"avg", "height", "feet", "building"} - {"avg"}
    assert rerank.stem("countries") == "country" and rerank.stem("floors") == "floor" and rerank.stem("bus") == "bus"


def test_features_see_what_the_question_names_and_asks_for():
    cands = [NAME_ONLY, "SELECT count(*) FROM singer", NAME_COUNTRY]
    f = rerank.features(QUESTION, cands, [0, 2])
    assert set(f) == {0, 2} and all(set(v) == set(rerank.FEATURES) for v in f.values())
    # the question's words some useful candidate names: name, country, singer (not "age": the question says older)
    assert f[0]["missed"] == 1 and f[2]["missed"] == 0
    assert f[0]["covered"] == pytest.approx(2 / 3) and f[2]["covered"] == 1
    assert f[0]["unasked"] == f[2]["unasked"] == 1  # "age"
    assert f[0]["first_useful"] == 1 and f[2]["first_useful"] == 0 and f[2]["logrank"] == pytest.approx(math.log(3))
    assert f[2]["len_rel"] == pytest.approx(0.2)
    g = rerank.features("How many singers are there?", ["SELECT count(*) FROM singer", "SELECT Name FROM singer"],
                        [0, 1])
    assert g[0]["count_asked"] == 1 and g[1]["count_asked"] == 0
    h = rerank.features("Name the singers.", ["SELECT count(*) FROM singer"], [0])
    assert h[0]["count_unasked"] == 1


def test_the_shipped_weights_match_the_features_and_say_how_they_were_fitted():
    data = json.loads((ROOT / "src" / "sqltune" / "assets" / "rerank.json").read_text())
    assert set(data["weights"]) == set(rerank.FEATURES)
    assert all(math.isfinite(v) for v in data["weights"].values())
    assert "rerank_fit.py" in data["command"] and "--cv --write" in data["command"]
    assert rerank.weights() == data["weights"]
    # weights that do not match the features: one clear error naming what differs and what to run
    from sqltune.errors import SqltuneError

    rerank.weights.cache_clear()
    real = rerank.FEATURES
    try:
        rerank.FEATURES = (*real, "extra")
        with pytest.raises(SqltuneError, match=r"differ in \['extra'\].*rerank_fit.py --cv --write"):
            rerank.weights()
    finally:
        rerank.FEATURES = real
        rerank.weights.cache_clear()
    # a missing name misses the question: it must weigh against a candidate
    assert data["weights"]["missed"] < 0 and data["weights"]["logrank"] < 0


def test_rerank_keeps_the_candidate_that_names_what_the_question_asks_for(spider_db):
    with Sandbox() as sandbox:
        def run(sql):
            return sandbox.run(spider_db, sql)

        cands = [NAME_ONLY, NAME_COUNTRY]
        assert choose(cands, run, "nonempty", QUESTION) == (NAME_ONLY, 0)
        assert choose(cands, run, "rerank", QUESTION) == (NAME_COUNTRY, 1)
        # only candidates with a result compete: one that fails, returns nothing or a lone 0 is passed over
        for bad in ["SELECT Name , Country FROM singer WHERE Age > 300", "SELECT Name , Cuntry FROM singer",
                    "SELECT count(*) FROM singer WHERE Country = 'nowhere'"]:
            assert choose([NAME_ONLY, bad], run, "rerank", QUESTION) == (NAME_ONLY, 0)
        # equal scores: the better rank
        assert choose([NAME_COUNTRY, NAME_COUNTRY], run, "rerank", QUESTION)[1] == 0
        # no candidate with a result: as nonempty (a lone 0 row, then any that executes, then the first)
        zero = "SELECT count(*) FROM singer WHERE Age > 300"
        assert choose(["SELECT nope FROM singer", zero], run, "rerank", QUESTION) == (zero, 1)
        assert choose(["SELEC 1", "SELECT 2 FROM"], run, "rerank", QUESTION) == ("SELEC 1", 0)


class Scripted:
    """The tiny model's generator, its candidates scripted (the same two for every prompt)."""

    def __init__(self, real, candidates: list[str]):
        self.real, self.script = real, candidates

    def __getattr__(self, name):
        return getattr(self.real, name)

    def candidates_raw(self, prompts, n, mode="beam", batch_size=None, seed=42, progress=False, targets=None,
                       constrainer=None):
        return [list(self.script) for _ in prompts]


@pytest.fixture(scope="module")
def tiny_generator(tiny_model):
    return load_generator(make_config(None, {"model": str(tiny_model), "max_new_tokens": 8, "constrain": "none"}))


def test_decode_hands_each_question_to_the_choice(spider_db, tiny_generator):
    g = Scripted(tiny_generator, [NAME_ONLY, NAME_COUNTRY])
    with Sandbox() as sandbox:
        runs = [lambda sql: sandbox.run(spider_db, sql)] * 2
        with_q = decode(g, ["p1", "p2"], runs, num_candidates=2, rule="rerank",
                        questions=[QUESTION, "List the names of singers older than 30."])
        assert [d.sql for d in with_q] == [NAME_COUNTRY, NAME_ONLY]  # the second question asks for no country
        assert [d.chosen for d in with_q] == [1, 0]


def test_serve_hands_the_question_to_the_choice(spider_db, tiny_generator):
    from sqltune.service import Service, Settings, load_databases

    cfg = make_config(None, {"num_candidates": 2, "candidate_choice": "rerank", "constrain": "none"})
    served = load_databases([str(spider_db)], cfg)
    service = Service(cfg, Scripted(tiny_generator, [NAME_ONLY, NAME_COUNTRY]), served, Settings())
    try:
        db = served["concert_singer"]
        body = asyncio.run(service.answer(QUESTION, "singer(Name, Country, Age)", db, True, 5, False))
        assert body["sql"] == NAME_COUNTRY and body["attempts"][0]["chosen"] == 1
        body = asyncio.run(service.answer("Who are the singers older than 30?", "singer(Name, Country, Age)", db,
                                          True, 5, False))
        assert body["sql"] == NAME_ONLY
    finally:
        service.worker.close()


def test_rerank_is_a_candidate_choice_of_the_cli():
    from sqltune.cli import build_parser
    from sqltune.config import config_from_args

    args = build_parser().parse_args(["evaluate", "--num-candidates", "4", "--candidate-choice", "rerank"])
    assert config_from_args(args).candidate_choice == "rerank"
    bad = subprocess.run([sys.executable, "-m", "sqltune", "evaluate", "--candidate-choice", "best"],
                         capture_output=True, text=True)
    assert bad.returncode == 2 and "rerank" in bad.stderr


def test_rerank_fit_cross_validates_and_applies(tmp_path):
    """benchmarks/rerank_fit.py on saved candidates of 120 held-out Spider train questions."""
    import gzip

    saved = ROOT / "benchmarks" / "results" / "h200-2026-12-02" / "predictions" / "ho-beam16-schema.jsonl.gz"
    rows = [json.loads(line) for line in gzip.open(saved, "rt")][:120]
    part = tmp_path / "part.jsonl"
    part.write_text("".join(json.dumps(r) + "\n" for r in rows))
    from sqltune.spider import load_split

    train = load_split("train")  # (held-out rows keep their Spider train ids: spider-train-NNNNN)
    test = tmp_path / "test.json"
    test.write_text(json.dumps([{**train[int(r["id"].rsplit("-", 1)[1])], "id": r["id"]} for r in rows]))
    out = tmp_path / "fit.json"
    cmd = [sys.executable, str(ROOT / "benchmarks" / "rerank_fit.py"), str(part), "--test", str(test), "--cv",
           "--folds", "2", "--draws", "1", "--result", str(out)]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(out.read_text())
    s = report["sets"]["part"]
    assert s["questions"] == 120 and s["oracle"] >= s["nonempty"] > 0 and len(s["rerank_cv"]) == 1
    assert set(report["weights"]) == set(rerank.FEATURES)
    applied = subprocess.run(cmd[:5] + ["--result", str(tmp_path / "apply.json")], capture_output=True, text=True)
    assert applied.returncode == 0, applied.stderr[-2000:]
    a = json.loads((tmp_path / "apply.json").read_text())["sets"]["part"]
    assert a["nonempty"] == s["nonempty"] and 0 <= a["changed"] <= 120 and a["rerank"] <= s["oracle"]
    # --first 4: as if only 4 candidates had been decoded: a right one among them less often
    first = subprocess.run(cmd[:5] + ["--first", "4", "--result", str(tmp_path / "first.json")], capture_output=True,
                           text=True)
    assert first.returncode == 0, first.stderr[-2000:]
    f4 = json.loads((tmp_path / "first.json").read_text())["sets"]["part"]
    assert f4["questions"] == 120 and f4["oracle"] < s["oracle"] and f4["rerank"] <= f4["oracle"]
    for args, message in ((cmd[:5] + ["--first", "0"], "--first 0: at least 1"),
                          (cmd[:5] + ["--cv", "--folds", "1"], "--folds 1"),
                          (cmd[:3] + [str(part)] + cmd[3:5], "two files share a name")):
        refused = subprocess.run(args, capture_output=True, text=True)
        assert refused.returncode == 2 and message in refused.stderr.strip().splitlines()[-1]
    # greedy answers (one candidate a question): nothing to fit, said in one line
    greedy = tmp_path / "greedy.jsonl"
    greedy.write_text("".join(json.dumps({"id": r["id"], "sql": r["sql"]}) + "\n" for r in rows))
    nothing = subprocess.run([*cmd[:2], str(greedy), *cmd[3:5], "--cv", "--folds", "2"], capture_output=True,
                             text=True)
    assert nothing.returncode == 2 and "nothing to fit" in nothing.stderr and "Traceback" not in nothing.stderr
    no_cv = subprocess.run(cmd[:5] + ["--write"], capture_output=True, text=True)
    assert no_cv.returncode == 2 and "--write needs --cv" in no_cv.stderr


def test_choice_cost_times_each_rule_on_saved_candidates(tmp_path):
    """benchmarks/choice_cost.py on 40 saved held-out questions: rerank runs every distinct candidate, nonempty
    only up to its first result."""
    import gzip

    saved = ROOT / "benchmarks" / "results" / "h200-2026-12-02" / "predictions" / "ho-beam16-schema.jsonl.gz"
    rows = [json.loads(line) for line in gzip.open(saved, "rt")][:40]
    part = tmp_path / "part.jsonl"
    part.write_text("".join(json.dumps(r) + "\n" for r in rows))
    from sqltune.spider import load_split

    train = load_split("train")
    test = tmp_path / "test.json"
    test.write_text(json.dumps([{**train[int(r["id"].rsplit("-", 1)[1])], "id": r["id"]} for r in rows]))
    out = tmp_path / "cost.json"
    cmd = [sys.executable, str(ROOT / "benchmarks" / "choice_cost.py"), str(part), "--test", str(test),
           "--repeats", "1", "--result", str(out)]
    run = subprocess.run(cmd, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr[-2000:]
    report = json.loads(out.read_text())
    distinct = sum(len(set(r.get("candidates") or [r["sql"]])) for r in rows)
    ne, rr = report["passes"]["nonempty"][0], report["passes"]["rerank"][0]
    assert report["questions"] == 40 and rr["sql_run"] == distinct and 40 <= ne["sql_run"] < distinct
    assert "| rerank |" in run.stdout
    bad = subprocess.run(cmd + ["--rules", "nonempty,best"], capture_output=True, text=True)
    assert bad.returncode == 2 and "--rules: unknown best" in bad.stderr and "Traceback" not in bad.stderr
    broken = tmp_path / "broken.jsonl"  # a file that is not predictions: one line saying so
    broken.write_text(json.dumps(rows[0]) + "\nnot json\n")
    refused = subprocess.run([*cmd[:2], str(broken), *cmd[3:]], capture_output=True, text=True)
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "broken.jsonl is not an evaluation's predictions" in refused.stderr.strip().splitlines()[-1]
