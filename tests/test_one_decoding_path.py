"""generate, evaluate and serve decode through one path (sqltune.decoding): the same model, question and
decoding settings give the same SQL in all three, greedy and with execution-guided candidates."""

from __future__ import annotations

import json

import httpx
import pytest

from sqltune.cli import main
from tests.test_serve import ServerProcess

QUESTION = "How many singers do we have?"
SETTINGS = {"greedy": [], "beam3": ["--num-candidates", "3", "--candidate-choice", "first"],
            "constrained": ["--constrain", "schema", "--max-new-tokens", "24"]}


@pytest.mark.parametrize("name", list(SETTINGS))
def test_generate_evaluate_and_serve_give_the_same_sql(name, tiny_model, spider_root, tmp_path, capsys):
    flags = ["--max-new-tokens", "12", *SETTINGS[name]]
    db = spider_root / "database" / "concert_singer" / "concert_singer.sqlite"

    assert main(["generate", "--model", str(tiny_model), "--db", str(db), "--question", QUESTION, *flags]) == 0
    from_generate = capsys.readouterr().out.strip()

    test = tmp_path / "one.json"
    test.write_text(json.dumps([{"question": QUESTION, "query": "SELECT count(*) FROM singer",
                                 "db_id": "concert_singer"}]))
    assert main(["evaluate", "--model", str(tiny_model), "--test", str(test), "--out", str(tmp_path / "eval"),
                 "--label", "tiny", "--no-progress", *flags]) == 0
    saved = [json.loads(line) for line in (tmp_path / "eval" / "tiny" / "predictions.jsonl").open()]
    from_evaluate = saved[0]["sql"]

    srv = ServerProcess(tiny_model, [db], tmp_path / "server.log", *flags)  # (the later --max-new-tokens wins)
    try:
        body = httpx.post(srv.url + "/v1/sql", json={"question": QUESTION, "database": "concert_singer"},
                          timeout=120).json()
    finally:
        srv.stop()
    from_serve = body["sql"]

    assert from_generate and from_generate == from_evaluate == from_serve, (from_generate, from_evaluate, from_serve)
    if name == "constrained":  # the grammar and scope masks ran in evaluate, and the SQL names real tables
        report = json.loads((tmp_path / "eval" / "tiny" / "report.json").read_text())
        assert report["generation"]["constraint"]["steps"] > 0
        assert report["generation"]["constraint"]["grammars"] == 1
        assert from_generate.upper().startswith("SELECT")
    if name == "beam3":  # the candidates were made and chosen among in every stage
        assert len(saved[0]["candidates"]) == 3 and body["attempts"][0]["candidates"] == 3
