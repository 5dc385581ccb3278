"""`sqltune prepare` and the bundled Spider: sources, splits, bad rows, errors, atomic output, token lengths."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sqltune import paths, prepare, prompts, schema, sources, spider
from sqltune.cli import main
from sqltune.config import make_config
from sqltune.errors import SqltuneError
from sqltune.sqlexec import memory_database

FIXTURES = Path(__file__).parent / "fixtures"
GRETEL = FIXTURES / "gretel_sample.jsonl"
ROW_KEYS = {"id", "messages", "question", "context", "sql", "db_id", "source"}


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _prepare(out: Path, *flags: str) -> int:
    return main(["prepare", "--data-dir", str(out), *flags])


def _error_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("sqltune prepare: error: "), err
    return lines[0]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


# --- bundled Spider --------------------------------------------------------------------------------------

def test_spider_dir_unpacks_once_and_atomically(tmp_path, monkeypatch):
    monkeypatch.setenv("SQLTUNE_CACHE", str(tmp_path))
    monkeypatch.delenv("SQLTUNE_SPIDER_DIR", raising=False)
    # A half folder from a killed older unpack (no marker) must be replaced, not trusted.
    (tmp_path / "spider").mkdir()
    (tmp_path / "spider" / "tables.json").write_text("[]")
    root = spider.spider_dir()
    assert root == tmp_path / "spider" and (root / spider.MARKER).is_file()
    assert len(json.loads((root / "tables.json").read_text())) == 166
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spider"]  # no temp folders left
    stamp = (root / "tables.json").stat().st_mtime_ns
    assert spider.spider_dir() == root and (root / "tables.json").stat().st_mtime_ns == stamp


def test_spider_dir_override(tmp_path, monkeypatch, spider_root):
    monkeypatch.setenv("SQLTUNE_SPIDER_DIR", str(spider_root))
    assert spider.spider_dir() == spider_root
    monkeypatch.setenv("SQLTUNE_SPIDER_DIR", str(tmp_path))
    with pytest.raises(SqltuneError, match="SQLTUNE_SPIDER_DIR"):
        spider.spider_dir()


def test_spider_splits_and_databases(spider_root):
    assert len(spider.load_split("train")) == 7000 and len(spider.load_split("dev")) == 1034
    assert spider.database_path("concert_singer") == spider_root / "database/concert_singer/concert_singer.sqlite"
    assert [spider.database_path(d) for d in ("wta_1", "baseball_1", "soccer_1")] == [None, None, None]
    with pytest.raises(SqltuneError, match="unknown Spider split"):
        spider.load_split("test")


def test_spider_license_ships_with_the_archive():
    text = (Path(spider.__file__).parent / "assets" / "SPIDER_LICENSE.md").read_text()
    assert "CC BY-SA 4.0" in text and "EMNLP 2018" in text and "Yu" in text


@pytest.mark.parametrize("fmt", ["create_table", "compact"])
def test_prepare_spider(tmp_path, capsys, spider_root, fmt):
    out = tmp_path / "spider"
    assert _prepare(out, "--no-tokenize", "--schema-format", fmt, "--train-extra", "none",
                    "--no-review-rows") == 0  # Spider's own rows
    assert sorted(p.name for p in out.iterdir()) == ["config.yaml", "summary.json", "test.jsonl", "train.jsonl"]
    train, test = _jsonl(out / "train.jsonl"), _jsonl(out / "test.jsonl")
    assert (len(train), len(test)) == (6901, 972)
    summary = json.loads((out / "summary.json").read_text())
    assert summary["splits"]["train"]["read"] == 7000 and summary["splits"]["test"]["read"] == 1034
    assert len(summary["splits"]["test"]["dropped_ids"]["missing_database"]) == 62
    assert len(summary["splits"]["train"]["dropped_ids"]["missing_database"]) == 96
    assert summary["splits"]["train"]["dropped_ids"]["invalid_gold_sql"] == [
        "spider-train-03153", "spider-train-04513", "spider-train-04514"]
    assert summary["config"]["schema_format"] == fmt and summary["splits"]["train"]["tokens"] is None
    first = test[0]
    assert set(first) == ROW_KEYS and first["id"] == "spider-test-00000" and first["db_id"] == "concert_singer"
    assert first["question"] == "How many singers do we have?" and first["sql"] == "SELECT count(*) FROM singer"
    db = spider_root / "database" / "concert_singer" / "concert_singer.sqlite"
    assert first["context"] == schema.schema_from_sqlite(db, fmt)
    assert first["messages"] == prompts.conversation(prompts.build_prompt(first["context"], first["question"]),
                                                     first["sql"])
    dev_ids = {f"spider-test-{i:05d}" for i, r in enumerate(spider.load_split("dev")) if r["db_id"] == "wta_1"}
    assert dev_ids == set(summary["splits"]["test"]["dropped_ids"]["missing_database"])
    assert "6901" in capsys.readouterr().out


def test_prepare_spider_with_sample_rows_and_limit(tmp_path):
    out = tmp_path / "spider"
    assert _prepare(out, "--no-tokenize", "--sample-rows", "2", "--limit", "50", "--schema-format", "create_table",
                    "--no-review-rows") == 0
    train, test = _jsonl(out / "train.jsonl"), _jsonl(out / "test.jsonl")
    assert len(train) <= 50 and len(test) <= 50 and len(train) + len(test) > 90
    for row in train + test:
        db = spider.database_path(row["db_id"])
        assert row["context"] == schema.schema_from_sqlite(db, "create_table", sample_rows=2)
    assert sum("INSERT INTO" in r["context"] for r in train) > 40
    again = tmp_path / "again"
    assert _prepare(again, "--no-tokenize", "--sample-rows", "2", "--limit", "50", "--schema-format", "create_table",
                    "--no-review-rows") == 0
    assert (again / "train.jsonl").read_text() == (out / "train.jsonl").read_text()


# --- Spider validation split: whole train databases held out ------------------------------------------------

def test_holdout_databases_move_whole_databases_into_validation(tmp_path, capsys):
    plain, held = tmp_path / "plain", tmp_path / "held"
    assert _prepare(plain, "--no-tokenize", "--train-extra", "none", "--no-review-rows") == 0
    assert _prepare(held, "--no-tokenize", "--holdout-databases", "5", "--train-extra", "none",
                    "--no-review-rows") == 0
    printed = capsys.readouterr().out
    assert sorted(p.name for p in held.iterdir()) == ["config.yaml", "summary.json", "test.jsonl", "train.jsonl",
                                                      "validation.jsonl"]
    summary = json.loads((held / "summary.json").read_text())
    databases = summary["splits"]["validation"]["databases"]
    assert len(databases) == 5 == len(set(databases)) and databases == sorted(databases)
    assert all(spider.database_path(d) is not None for d in databases)  # every validation row can be executed
    assert f"validation databases (5): {', '.join(databases)}" in printed
    assert summary["config"]["holdout_databases"] == 5

    train, validation = _jsonl(held / "train.jsonl"), _jsonl(held / "validation.jsonl")
    assert not {r["db_id"] for r in train} & set(databases)
    assert {r["db_id"] for r in validation} == set(databases)
    # exactly Spider train's questions of those databases, in order, kept under their Spider train ids
    raw = spider.load_split("train")
    expected = [f"spider-train-{i:05d}" for i, r in enumerate(raw) if r["db_id"] in databases]
    dropped = [i for ids in summary["splits"]["validation"]["dropped_ids"].values() for i in ids]
    assert [r["id"] for r in validation] == [i for i in expected if i not in dropped]
    assert summary["splits"]["validation"]["read"] == len(expected)
    assert summary["splits"]["train"]["read"] + len(expected) == len(raw)
    for row in validation:
        source = raw[int(row["id"].rsplit("-", 1)[1])]
        assert (row["db_id"], row["question"], row["sql"]) == (source["db_id"], source["question"].strip(),
                                                               source["query"].strip())
    # the same rows, in the same shape, as without the split: only moved from one file to the other
    before = {r["id"]: r for r in _jsonl(plain / "train.jsonl")}
    assert {r["id"]: r for r in train + validation} == before
    assert all(set(r) == ROW_KEYS for r in validation)
    assert (held / "test.jsonl").read_text() == (plain / "test.jsonl").read_text()


def test_holdout_databases_are_chosen_with_the_seed():
    train = prepare.Split("train", list(enumerate(spider.load_split("train"))))

    def held(count: int, seed: int) -> list[str]:
        kept, validation = prepare.holdout_databases(train, count, seed)
        assert len(kept.rows) + len(validation.rows) == len(train.rows)
        return validation.databases

    assert held(10, 42) == held(10, 42) and held(10, 42) != held(10, 7)
    assert set(held(10, 42)) < set(held(20, 42))  # more held out keeps the ones fewer held out
    eligible = {r["db_id"] for r in spider.load_split("train")} - {"baseball_1", "soccer_1"}  # no .sqlite
    assert set(held(len(eligible) - 1, 3)) < eligible


def test_prepare_uses_the_seed_for_the_holdout(tmp_path):
    def databases(name: str, *flags: str) -> list[str]:
        assert _prepare(tmp_path / name, "--no-tokenize", "--limit", "20", "--holdout-databases", "4", *flags) == 0
        summary = json.loads((tmp_path / name / "summary.json").read_text())
        return summary["splits"]["validation"]["databases"]

    train = prepare.Split("train", list(enumerate(spider.load_split("train"))))
    assert databases("a") == databases("b") == prepare.holdout_databases(train, 4, 42)[1].databases
    assert databases("c", "--seed", "7") == prepare.holdout_databases(train, 4, 7)[1].databases != databases("a")


def test_validation_rows_are_scored_by_evaluate(tmp_path, capsys):
    out = tmp_path / "held"
    assert _prepare(out, "--no-tokenize", "--limit", "25", "--holdout-databases", "3") == 0
    validation = _jsonl(out / "validation.jsonl")
    assert len(validation) == 25
    gold = _write_jsonl(tmp_path / "gold.jsonl", [{"id": r["id"], "sql": r["sql"]} for r in validation])
    assert main(["evaluate", "--test", str(out / "validation.jsonl"), "--predictions", str(gold),
                 "--out", str(tmp_path / "eval")]) == 0
    report = json.loads((tmp_path / "eval" / "gold" / "report.json").read_text())
    assert (report["n"], report["correct"], report["gold_errors"]) == (25, 25, [])


def test_holdout_databases_errors(tmp_path, capsys):
    assert _prepare(tmp_path / "o", "--no-tokenize", "--holdout-databases", "-1") == 2
    assert "--holdout-databases must be >= 0 (got -1" in _error_line(capsys)
    assert _prepare(tmp_path / "o", "--no-tokenize", "--holdout-databases", "138") == 2
    line = _error_line(capsys)
    assert "--holdout-databases 138 leaves no database to train on" in line and "at most 137" in line
    assert _prepare(tmp_path / "o", "--no-tokenize", "--dataset", str(GRETEL), "--num-samples", "10",
                    "--test-size", "3", "--holdout-databases", "2") == 2
    line = _error_line(capsys)
    assert "--holdout-databases" in line and "--dataset spider" in line and "--holdout-databases 0" in line
    assert not (tmp_path / "o").exists()


# --- single-split sources ------------------------------------------------------------------------------

def test_prepare_gretel_shaped_file(tmp_path):
    out = tmp_path / "g"
    assert _prepare(out, "--no-tokenize", "--dataset", str(GRETEL), "--num-samples", "10", "--test-size", "3",
                    "--no-review-rows") == 0
    train, test = _jsonl(out / "train.jsonl"), _jsonl(out / "test.jsonl")
    assert (len(train), len(test)) == (7, 3)
    source = {str(r["id"]): r for r in _jsonl(GRETEL)}
    for row in train + test:
        assert set(row) == ROW_KEYS | {"sql_complexity"}
        raw = source[row["id"]]  # gretel's own ids are kept
        assert row["context"] == raw["sql_context"] and row["sql"] == raw["sql"]
        assert row["sql_complexity"] == raw["sql_complexity"]
        assert row["db_id"] is None and row["source"] == "gretel_sample"
        assert row["messages"][0]["content"] == prompts.build_prompt(raw["sql_context"], raw["sql_prompt"])
        # the context builds a database the gold SQL runs on
        memory_database(row["context"]).execute(row["sql"])
    assert not {r["id"] for r in train} & {r["id"] for r in test}


def test_split_is_seeded_and_the_test_set_stays_when_more_rows_are_taken(tmp_path):
    def split(name: str, *flags: str) -> tuple[list[str], list[str]]:
        out = tmp_path / name
        assert _prepare(out, "--no-tokenize", "--dataset", str(GRETEL), "--test-size", "4", *flags) == 0
        return [r["id"] for r in _jsonl(out / "train.jsonl")], [r["id"] for r in _jsonl(out / "test.jsonl")]

    a = split("a", "--num-samples", "8")
    assert a == split("b", "--num-samples", "8")
    assert a != split("c", "--num-samples", "8", "--seed", "7")
    bigger = split("d", "--num-samples", "12")
    assert bigger[1] == a[1] and set(a[0]) < set(bigger[0])


def test_more_samples_than_rows_takes_all_with_a_note(tmp_path, capsys):
    out = tmp_path / "g"
    assert _prepare(out, "--no-tokenize", "--dataset", str(GRETEL), "--test-size", "2",
                    "--no-review-rows") == 0  # default 12,500
    assert len(_jsonl(out / "train.jsonl")) == 10
    assert "fewer than --num-samples 12500" in capsys.readouterr().out
    assert _prepare(tmp_path / "x", "--no-tokenize", "--dataset", str(GRETEL), "--num-samples", "null") == 2
    assert "--test-size 2500 leaves none to train on" in _error_line(capsys)


def test_csv_with_other_column_names(tmp_path, capsys):
    out = tmp_path / "c"
    flags = ["--no-tokenize", "--dataset", str(FIXTURES / "other_columns.csv"), "--num-samples", "6",
             "--test-size", "2"]
    assert _prepare(out, *flags) == 2
    line = _error_line(capsys)
    assert "column 'sql_prompt' not found" in line and "--question-column" in line
    assert "available columns: question, schema, query, note" in line
    assert not out.exists()
    assert _prepare(out, *flags, "--question-column", "question", "--context-column", "schema",
                    "--sql-column", "query", "--no-review-rows") == 0
    rows = _jsonl(out / "train.jsonl") + _jsonl(out / "test.jsonl")
    assert len(rows) == 6 and {r["source"] for r in rows} == {"other_columns"}
    assert all(r["id"].startswith(("other_columns-train-", "other_columns-test-")) for r in rows)
    assert {r["question"] for r in rows} == {r["sql_prompt"] for r in _jsonl(GRETEL)[:6]}


def test_parquet_and_json_files_give_the_same_rows(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = _jsonl(GRETEL)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "g.parquet")
    (tmp_path / "g.json").write_text(json.dumps(rows))
    flags = ["--no-tokenize", "--num-samples", "12", "--test-size", "3", "--no-review-rows"]
    outputs = []
    for name in ("g.parquet", "g.json"):
        assert _prepare(tmp_path / name.replace(".", "_"), "--dataset", str(tmp_path / name), *flags) == 0
        outputs.append([(r["id"], r["messages"]) for r in _jsonl(tmp_path / name.replace(".", "_") / "train.jsonl")])
    assert outputs[0] == outputs[1] and len(outputs[0]) == 9


def test_hub_dataset_rows_take_the_same_path(tmp_path):
    """A `datasets.Dataset` (what load_dataset returns for a Hub name) converts like the local file."""
    import datasets

    ds = datasets.load_dataset("json", data_files=str(GRETEL), split="train", cache_dir=str(tmp_path / "hf"))
    cfg = make_config(overrides={"num_samples": 10, "test_size": 3})
    from_hub = prepare.split_table(sources.table_from_dataset(ds), cfg, [])
    from_file = prepare.split_table(sources.table_from_rows(sources.read_file(GRETEL)), cfg, [])
    for a, b in zip(from_hub, from_file, strict=True):
        rows_a = prepare.convert_split(a, cfg, "gretel").rows
        assert rows_a == prepare.convert_split(b, cfg, "gretel").rows and rows_a


def test_unreachable_hub_is_one_clear_error(tmp_path):
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1", HF_HOME=str(tmp_path / "hf"))
    proc = subprocess.run([sys.executable, "-m", "sqltune", "prepare", "--no-tokenize", "--dataset", "gretel",
                           "--data-dir", str(tmp_path / "out")], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "cannot reach the Hugging Face Hub" in lines[0] and "philschmid/gretel-synthetic-text-to-sql" in lines[0]
    assert "--dataset spider" in lines[0]
    assert not (tmp_path / "out").exists()


# --- bad input -----------------------------------------------------------------------------------------

def test_malformed_jsonl_names_file_and_line(tmp_path, capsys):
    bad = FIXTURES / "malformed.jsonl"
    assert _prepare(tmp_path / "m", "--dataset", str(bad), "--no-tokenize") == 2
    assert f"{bad}:3: not valid JSON" in _error_line(capsys)


def test_malformed_csv_and_parquet_report_the_parser_error(tmp_path, capsys):
    csv_file = tmp_path / "bad.csv"
    csv_file.write_text("sql_prompt,sql_context,sql\nq,CREATE TABLE t (a INT),SELECT 1\nq,c,s,extra\n")
    assert _prepare(tmp_path / "m", "--dataset", str(csv_file), "--no-tokenize") == 2
    assert f"{csv_file}:3: 4 fields where the header has 3" in _error_line(capsys)
    parquet = tmp_path / "bad.parquet"
    parquet.write_bytes(b"PAR1 this is not parquet")
    assert _prepare(tmp_path / "m", "--dataset", str(parquet), "--no-tokenize") == 2
    assert f"{parquet}: cannot read Parquet: " in _error_line(capsys)
    assert _prepare(tmp_path / "m", "--dataset", str(tmp_path / "none.jsonl")) == 2
    assert "dataset file not found" in _error_line(capsys)


def _with_bad_rows(tmp_path: Path) -> Path:
    rows = _jsonl(GRETEL)
    rows[1]["sql_context"] = "  "
    del rows[4]["sql"]
    rows[7]["sql_prompt"] = None
    return _write_jsonl(tmp_path / "bad_rows.jsonl", rows)


def test_bad_rows_are_dropped_and_listed(tmp_path, capsys):
    src = _with_bad_rows(tmp_path)
    out = tmp_path / "out"
    assert _prepare(out, "--dataset", str(src), "--no-tokenize", "--num-samples", "12", "--test-size", "3",
                    "--no-review-rows") == 0
    summary = json.loads((out / "summary.json").read_text())
    dropped = {}
    for split in summary["splits"].values():
        for reason, ids in split["dropped_ids"].items():
            dropped.update(dict.fromkeys(ids, reason))
    raw = _jsonl(src)
    assert dropped == {str(raw[1]["id"]): "missing_context", str(raw[4]["id"]): "missing_sql",
                       str(raw[7]["id"]): "missing_question"}
    kept = {r["id"] for r in _jsonl(out / "train.jsonl") + _jsonl(out / "test.jsonl")}
    assert len(kept) == 9 and not kept & set(dropped)
    assert sum(s["kept"] for s in summary["splits"].values()) == 9


def test_bad_rows_fail_names_ids_and_the_flag(tmp_path, capsys):
    src = _with_bad_rows(tmp_path)
    out = tmp_path / "out"
    assert _prepare(out, "--dataset", str(src), "--no-tokenize", "--num-samples", "12", "--test-size", "3",
                    "--bad-rows", "fail") == 2
    line = _error_line(capsys)
    assert "--bad-rows drop" in line and "missing_" in line
    assert any(str(_jsonl(src)[i]["id"]) in line for i in (1, 4, 7))
    assert not out.exists()


def test_failure_midway_leaves_no_data_dir_and_keeps_the_old_one(tmp_path, capsys):
    rows = _jsonl(GRETEL)
    cfg = make_config(overrides={"dataset": str(GRETEL), "num_samples": 12, "test_size": 3})
    test_ids = {r["id"] for r in prepare.split_table(sources.table_from_rows(rows), cfg, [])[1].rows[0][1:]}
    # Only a test row is bad, so train.jsonl is already written when the failure comes.
    for row in rows:
        if row["id"] in test_ids:
            row["sql"] = ""
    src = _write_jsonl(tmp_path / "late_bad.jsonl", rows)
    flags = ["--dataset", str(src), "--no-tokenize", "--num-samples", "12", "--test-size", "3",
             "--bad-rows", "fail"]
    out = tmp_path / "out"
    assert _prepare(out, *flags) == 2
    assert "bad test rows" in _error_line(capsys)
    assert list(tmp_path.iterdir()) == [src]  # neither the folder nor a temp folder
    out.mkdir()
    (out / "train.jsonl").write_text("old\n")
    (out / "summary.json").write_text("{}")  # an earlier prepare output: replaceable, so the failure is midway
    assert _prepare(out, *flags) == 2
    assert "bad test rows" in _error_line(capsys)
    assert (out / "train.jsonl").read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == [
        "late_bad.jsonl", "out"]


def test_atomic_dir_removes_partial_output_on_interrupt(tmp_path):
    with pytest.raises(KeyboardInterrupt):
        with paths.atomic_dir(tmp_path / "d") as tmp:
            (tmp / "train.jsonl").write_text("partial")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


# --- prepared rows passed through --------------------------------------------------------------------------

def test_messages_rows_are_taken_as_they_are(tmp_path):
    rows = []
    for raw in _jsonl(GRETEL):
        prompt = prompts.build_prompt(raw["sql_context"], raw["sql_prompt"])
        rows.append({"messages": prompts.conversation(prompt, raw["sql"])})  # the recipe's own row format
    rows[2]["messages"] = rows[2]["messages"][::-1]  # assistant first: malformed
    rows[5]["messages"] = rows[5]["messages"][:1]  # no answer
    src = _write_jsonl(tmp_path / "recipe.jsonl", rows)
    out = tmp_path / "out"
    assert _prepare(out, "--dataset", str(src), "--no-tokenize", "--num-samples", "12", "--test-size", "2",
                    "--no-review-rows") == 0
    summary = json.loads((out / "summary.json").read_text())
    bad = [i for s in summary["splits"].values() for i in s["dropped_ids"].get("bad_messages", [])]
    assert sorted(int(i.rsplit("-", 1)[1]) for i in bad) == [2, 5]
    by_question = {r["sql_prompt"]: r for r in _jsonl(GRETEL)}
    got = _jsonl(out / "train.jsonl") + _jsonl(out / "test.jsonl")
    assert len(got) == 10
    for row in got:
        raw = by_question[row["question"]]  # question and context read back out of the recipe prompt
        assert row["context"] == raw["sql_context"] and row["sql"] == raw["sql"]
        assert row["messages"] == rows[[r["sql_prompt"] for r in _jsonl(GRETEL)].index(raw["sql_prompt"])][
            "messages"]


def test_prepared_output_can_be_prepared_again(tmp_path):
    first = tmp_path / "first"
    assert _prepare(first, "--dataset", str(GRETEL), "--no-tokenize", "--num-samples", "12", "--test-size", "2") == 0
    again = tmp_path / "again"
    assert _prepare(again, "--dataset", str(first / "train.jsonl"), "--no-tokenize", "--num-samples", "null",
                    "--test-size", "0") == 0
    before = {r["id"]: r for r in _jsonl(first / "train.jsonl")}
    after = {r["id"]: r for r in _jsonl(again / "train.jsonl")}
    assert after == before


def test_review_rows_turn_each_training_row_around_once(tmp_path, capsys):
    """--review-rows: each train row gets one more row, its SQL in and its question out; test rows get none, and
    a prepared file prepared again is not reviewed twice."""
    out = tmp_path / "r"
    assert _prepare(out, "--no-tokenize", "--dataset", str(GRETEL), "--num-samples", "10", "--test-size", "3",
                    "--review-rows") == 0
    assert "train: 7 review rows added" in capsys.readouterr().out
    train, test = _jsonl(out / "train.jsonl"), _jsonl(out / "test.jsonl")
    plain = {r["id"]: r for r in train if "task" not in r}
    reviews = [r for r in train if r.get("task") == "review"]
    assert len(plain) == len(reviews) == 7 and not any("task" in r for r in test)
    assert all(b["id"] == a["id"] + "-review" for a, b in zip(train[::2], train[1::2], strict=True))  # each after its row
    for r in reviews:
        row = plain[r["id"].removesuffix("-review")]
        assert r["messages"] == [
            {"role": "user", "content": prompts.REVIEW_PROMPT.format(sql=row["sql"])},
            {"role": "assistant", "content": row["question"]}]
        assert row["sql"] in r["messages"][0]["content"] and row["context"] not in r["messages"][0]["content"]
    assert json.loads((out / "summary.json").read_text())["splits"]["train"]["review_rows"] == 7
    again = tmp_path / "again"
    assert _prepare(again, "--dataset", str(out / "train.jsonl"), "--no-tokenize", "--num-samples", "null",
                    "--test-size", "0", "--review-rows") == 0
    assert {r["id"]: r for r in _jsonl(again / "train.jsonl")} == {r["id"]: r for r in train}
    plain_only = tmp_path / "plain"
    assert _prepare(plain_only, "--no-tokenize", "--dataset", str(GRETEL), "--num-samples", "10", "--test-size",
                    "3", "--no-review-rows") == 0
    assert [r["id"] for r in _jsonl(plain_only / "train.jsonl")] == [r["id"] for r in train if "task" not in r]


# --- token lengths -------------------------------------------------------------------------------------

def _length(tokenizer, messages, gen=False) -> int:
    ids = tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=gen)
    return len(ids["input_ids"] if hasattr(ids, "keys") else ids)


def test_token_lengths_and_long_train_prompts(tmp_path, tokenizer):
    rows = [prepare.Split("train", list(enumerate(_jsonl(GRETEL)))), prepare.Split("test", list(enumerate(_jsonl(GRETEL))))]
    cfg = make_config(overrides={"dataset": str(GRETEL), "max_length": 16})
    full = prepare.convert_split(rows[0], make_config(overrides={"max_length": 4096}), "g", tokenizer)
    lengths = [_length(tokenizer, r["messages"][:1], gen=True) for r in full.rows]
    assert full.prompt_tokens == lengths
    assert full.conversation_tokens == [_length(tokenizer, r["messages"]) for r in full.rows]
    limit = sorted(lengths)[5]  # some prompts fit, some do not
    cfg = make_config(overrides={"dataset": str(GRETEL), "max_length": limit})
    train = prepare.convert_split(rows[0], cfg, "g", tokenizer)
    test = prepare.convert_split(rows[1], cfg, "g", tokenizer)
    too_long = {str(r["id"]) for r, n in zip(_jsonl(GRETEL), lengths, strict=True) if n > limit}
    assert set(train.dropped["prompt_too_long"]) == too_long and too_long
    assert len(test.rows) == 12 and not test.dropped  # test rows are never dropped for length


def test_prepare_reports_token_percentiles(tmp_path, tokenizer, capsys):
    cfg = make_config(overrides={"dataset": str(GRETEL), "data_dir": str(tmp_path / "out"), "num_samples": 12,
                                 "test_size": 2, "max_length": 120})
    summary = prepare.prepare(cfg, tokenizer)
    tokens = summary["splits"]["train"]["tokens"]
    rows = _jsonl(tmp_path / "out" / "train.jsonl")
    full = sorted(_length(tokenizer, r["messages"]) for r in rows)
    assert tokens["conversation"]["max"] == full[-1] and tokens["conversation"]["p50"] == full[
        (len(full) + 1) // 2 - 1]
    assert tokens["conversations_over_max_length"] == sum(n > 120 for n in full)
    assert set(tokens["prompt"]) == {"p50", "p90", "p95", "p99", "max"}
    assert json.loads((tmp_path / "out" / "summary.json").read_text())["splits"]["train"]["tokens"] == tokens
    assert "prompt p50/p95/max" in capsys.readouterr().out
    # training with a shorter --max-length than the rows were prepared for cuts their answers: train says so
    from sqltune.train import overlong_warning

    assert (overlong_warning(cfg) is not None) == (full[-1] > 120)  # prepare keeps them: only prompts must fit
    short = make_config(overrides={**cfg.to_dict(), "max_length": full[(len(full) + 1) // 2 - 1] - 1})
    assert "at least half of the training conversations" in overlong_warning(short)
    assert f"the longest {full[-1]:,} tokens" in overlong_warning(short)
    assert overlong_warning(make_config(overrides={**cfg.to_dict(), "max_length": full[-1]})) is None
    cfg = make_config(overrides={**cfg.to_dict(), "max_length": 60, "bad_rows": "fail",
                                 "data_dir": str(tmp_path / "fail")})
    with pytest.raises(SqltuneError, match=r"prompt_too_long \(longer than --max-length 60 tokens\).*--bad-rows drop"):
        prepare.prepare(cfg, tokenizer)
    assert not (tmp_path / "fail").exists()


def test_cli_counts_tokens_with_the_models_tokenizer(tmp_path, tokenizer):
    out = tmp_path / "out"
    assert _prepare(out, "--dataset", str(GRETEL), "--num-samples", "12", "--test-size", "2") == 0
    summary = json.loads((out / "summary.json").read_text())
    row = _jsonl(out / "test.jsonl")[0]
    assert summary["splits"]["test"]["tokens"]["conversation"]["max"] >= _length(tokenizer, row["messages"]) > 20


def test_percentiles_nearest_rank():
    assert prepare.percentiles(list(range(1, 101))) == {"p50": 50, "p90": 90, "p95": 95, "p99": 99, "max": 100}
    assert prepare.percentiles([7]) == {"p50": 7, "p90": 7, "p95": 7, "p99": 7, "max": 7}
    assert prepare.percentiles([]) is None


def test_prompt_template_is_checked(tmp_path, capsys):
    assert _prepare(tmp_path / "o", "--no-tokenize", "--prompt-template", "Schema: {context}") == 2
    assert "lacks {question}" in _error_line(capsys)
    assert _prepare(tmp_path / "o", "--no-tokenize", "--dataset", str(GRETEL), "--num-samples", "12",
                    "--test-size", "2", "--prompt-template", "S: {context}\nQ: {question}\n") == 0
    row = _jsonl(tmp_path / "o" / "test.jsonl")[0]
    assert row["messages"][0]["content"] == f"S: {row['context']}\nQ: {row['question']}\n"


def test_import_is_cheap():
    code = "import sys, sqltune.prepare; print(any(m in sys.modules for m in ('datasets', 'transformers', 'pandas', 'torch')))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"


def test_spider_fit_report_counts_both_schema_formats(tmp_path, tokenizer, capsys):
    """prepare says how many conversations fit in max_length with the chosen schema format and with the other;
    the counts match the rows each format writes."""
    counts = {}
    for fmt in ("compact", "create_table"):
        cfg = make_config(overrides={"data_dir": str(tmp_path / fmt), "schema_format": fmt, "max_length": 400,
                                     "bad_rows": "drop"})
        summary = prepare.prepare(cfg, tokenizer, limit=40)
        fit = summary["splits"]["test"]["fit"]  # test rows are never dropped for length: the same rows both ways
        rows = _jsonl(tmp_path / fmt / "test.jsonl")
        assert fit["rows"] == len(rows) >= 30 and fit["max_length"] == 400  # (a few sampled rows lack their database)
        assert fit[fmt] == sum(_length(tokenizer, r["messages"]) <= 400 for r in rows)
        counts[fmt] = fit
    # each run's estimate for the other format is what the other run measured
    assert counts["compact"]["create_table"] == counts["create_table"]["create_table"]
    assert counts["create_table"]["compact"] == counts["compact"]["compact"]
    assert counts["compact"]["compact"] > counts["compact"]["create_table"]  # compact is the shorter form
    assert "would with compact" in capsys.readouterr().out


def test_a_csv_with_a_broken_quote_is_an_error_naming_the_line(tmp_path, capsys):
    bad = tmp_path / "broken.csv"
    bad.write_text('sql_prompt,sql_context,sql\n"How many?","CREATE TABLE t (a INT);","SELECT count(*) FROM t"\n'
                   '"Broken,"CREATE TABLE t (a INT);","SELECT 1"\n"Next?","CREATE TABLE t (a INT);","SELECT 2"\n')
    assert main(["prepare", "--dataset", str(bad), "--data-dir", str(tmp_path / "out"), "--no-tokenize",
                 "--num-samples", "3", "--test-size", "1"]) == 2
    err = capsys.readouterr().err
    assert "broken.csv:" in err and "CSV" in err and "missing_sql" not in err
    assert not (tmp_path / "out").exists()
