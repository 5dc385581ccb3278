"""The unseen-database options through the stages: value retrieval and schema linking build the same prompt
in prepare (training) as in generate/evaluate/serve (PromptBuilder), the options are recorded in the model
folder, Spider-Syn rows join training without touching held-out databases, and `--test spider-syn` scores."""

from __future__ import annotations

import json

from sqltune.cli import main
from sqltune.config import make_config
from sqltune.prompts import PromptBuilder
from sqltune.spider import database_path

OPTIONS = ["--value-retrieval", "--schema-linking", "on", "--value-budget", "300"]


def _rows(path):
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_prepare_and_inference_build_the_same_prompt(tmp_path, capsys):
    out = tmp_path / "data"
    assert main(["prepare", "--data-dir", str(out), "--no-tokenize", "--holdout-databases", "2", "--limit", "60",
                 *OPTIONS]) == 0
    cfg = make_config(None, {"value_retrieval": True, "schema_linking": "on", "value_budget": 300})
    builder = PromptBuilder(cfg)
    rows = _rows(out / "validation.jsonl")[:25] + _rows(out / "test.jsonl")[:25]
    assert rows
    for row in rows:
        assert builder.prompt(row["question"], db_path=database_path(row["db_id"])) == row["messages"][0]["content"]
    # the options changed the prompts: some hold a matched value, some lost tables
    plain = PromptBuilder(make_config())
    changed = [r for r in rows if plain.prompt(r["question"], db_path=database_path(r["db_id"]))
               != r["messages"][0]["content"]]
    assert changed


def test_spider_syn_training_rows_leave_held_out_databases_alone(tmp_path):
    out = tmp_path / "data"
    assert main(["prepare", "--data-dir", str(out), "--no-tokenize", "--holdout-databases", "3",
                 "--train-extra", "spider-syn"]) == 0
    train, validation = _rows(out / "train.jsonl"), _rows(out / "validation.jsonl")
    syn = [r for r in train if r["id"].startswith("spider-syn-train-")]
    held = {r["db_id"] for r in validation}
    assert len(syn) > 6000 and not {r["db_id"] for r in syn} & held
    assert not {r["db_id"] for r in train} & held


def test_options_are_recorded_and_inherited(tmp_path):
    from sqltune.config import INHERITED, model_folder_defaults

    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "sqltune.json").write_text(json.dumps({"value_retrieval": True, "schema_linking": "on",
                                                     "linking_keep": 4, "schema_format": "compact"}))
    got = model_folder_defaults(str(folder))
    assert got == {"value_retrieval": True, "schema_linking": "on", "linking_keep": 4, "schema_format": "compact",
                   "review_rows": False}  # (a folder that does not say: written before review rows, so none)
    assert {"value_retrieval", "value_budget", "schema_linking", "linking_keep", "linking_hops"} <= set(INHERITED)


def test_evaluate_spider_syn_scores_its_own_gold(tmp_path, capsys):
    from sqltune.testsets import load_test_set

    test = load_test_set("spider-syn", make_config(), limit=30)
    assert test.total == 1034 and test.available == 972 and test.items[0].id == "syn-dev-0"
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": it.id, "sql": it.gold}) + "\n" for it in test.items))
    assert main(["evaluate", "--test", "spider-syn", "--limit", "30", "--predictions", str(gold),
                 "--out", str(tmp_path / "eval")]) == 0
    report = json.loads((tmp_path / "eval" / "gold" / "report.json").read_text())
    assert report["n"] == 30 and report["execution_accuracy"] == 1.0
    assert report["settings"]["test_set"] == "spider-syn"


def test_spider_syn_is_added_by_default_to_spider_and_to_nothing_else(tmp_path):
    """--train-extra auto (the default): Spider-Syn's questions join Spider train; other data prepares alone."""
    out = tmp_path / "spider"
    assert main(["prepare", "--data-dir", str(out), "--no-tokenize", "--holdout-databases", "3"]) == 0
    summary = json.loads((out / "summary.json").read_text())
    assert summary["train_extra"] == "spider-syn"
    assert any(r["id"].startswith("spider-syn-train-") for r in _rows(out / "train.jsonl"))
    own = tmp_path / "own.jsonl"
    own.write_text("".join(json.dumps({"sql_prompt": f"How many singers? {i}", "sql": "SELECT count(*) FROM singer",
                                       "sql_context": "CREATE TABLE singer (id INT);"}) + "\n" for i in range(6)))
    mine = tmp_path / "mine"
    assert main(["prepare", "--dataset", str(own), "--data-dir", str(mine), "--no-tokenize", "--test-size", "2"]) == 0
    assert json.loads((mine / "summary.json").read_text())["train_extra"] is None
    assert main(["prepare", "--dataset", str(own), "--data-dir", str(tmp_path / "x"), "--no-tokenize",
                 "--train-extra", "spider-syn"]) == 2


def test_train_records_the_prompt_settings_its_data_was_prepared_with(tmp_path, tiny_model, capsys):
    """The rows' prompts are built at prepare; a model trained on them without repeating the flags must still
    record them (later stages build prompts from the record), and a flag that contradicts the data is refused."""
    from tests.test_pipeline import FAST

    data = tmp_path / "data"
    assert main(["prepare", "--data-dir", str(data), "--no-tokenize", "--limit", "20", *OPTIONS]) == 0
    common = ["train", "--model", "tiny-random-gemma-3", "--data-dir", str(data), "--max-steps", "1", *FAST]
    out = tmp_path / "out"
    assert main([*common, "--output-dir", str(out)]) == 0
    meta = json.loads((out / "sqltune.json").read_text())
    assert (meta["schema_linking"], meta["value_retrieval"], meta["value_budget"]) == ("on", True, 300)
    capsys.readouterr()
    assert main([*common, "--output-dir", str(tmp_path / "off"), "--schema-linking", "off"]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "--schema-linking off" in err and "prepared with --schema-linking on" in err, err
    assert not (tmp_path / "off" / "sqltune.json").exists()
    (data / "config.yaml").write_text("- not: a mapping\n")  # its prompt settings unknown: refused, not guessed
    assert main([*common, "--output-dir", str(tmp_path / "bad")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and f"{data / 'config.yaml'} is not the mapping" in err, err
    assert not (tmp_path / "bad").exists()
