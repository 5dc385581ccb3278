"""Scoring rules, Spider hardness, the evaluate CLI on prediction files and on a model, its reports and errors."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
from pathlib import Path

import pytest

from sqltune.cli import main
from sqltune.errors import SqltuneError
from sqltune.hardness import hardness
from sqltune.scoring import canonical_sql, has_order_by, official_form, results_match
from sqltune.testsets import load_spider_dev

ROOT = Path(__file__).resolve().parents[1]
GRETEL = ROOT / "tests" / "fixtures" / "gretel_sample.jsonl"
ENDLESS = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r"
REPORT_KEYS = {"n", "execution_accuracy", "execution_accuracy_official", "exact_match", "executable_rate",
               "parse_rate", "by_category", "errors", "gold_errors", "settings"}


# --- comparison rules --------------------------------------------------------------------------------------

def test_rows_are_a_multiset_unless_gold_is_ordered():
    gold = [(1, "a"), (2, "b")]
    assert results_match(gold, [(2, "b"), (1, "a")], ordered=False)
    assert not results_match(gold, [(2, "b"), (1, "a")], ordered=True)
    assert results_match(gold, [(1, "a"), (2, "b")], ordered=True)


def test_duplicates_count():
    assert not results_match([(1,), (1,), (2,)], [(1,), (2,), (2,)], ordered=False)
    assert not results_match([(1,), (1,)], [(1,)], ordered=False)  # DISTINCT in one query only: wrong
    assert results_match([(1,), (2,), (1,)], [(1,), (1,), (2,)], ordered=False)


def test_values_are_normalized():
    assert results_match([(0.3,)], [(0.1 + 0.2,)], ordered=False)  # float noise
    assert results_match([(1,)], [(1.0,)], ordered=False)
    assert results_match([("abc",)], [(b"abc",)], ordered=False)
    assert results_match([(None, 2)], [(None, 2.0)], ordered=False)
    assert not results_match([(2.5,)], [(2,)], ordered=False)  # integer division is a real difference
    assert not results_match([(1.0001,)], [(1.0,)], ordered=False)
    assert not results_match([("Abc",)], [("abc",)], ordered=False)  # text is exact


def test_columns_by_position_unless_permutation_allowed():
    gold = [(1, "a", 10.0), (2, "b", 20.0)]
    swapped = [("a", 10.0, 1), ("b", 20.0, 2)]
    assert not results_match(gold, swapped, ordered=False)
    assert results_match(gold, swapped, ordered=False, column_permutation=True)
    assert results_match(gold, list(reversed(swapped)), ordered=False, column_permutation=True)
    assert not results_match(gold, list(reversed(swapped)), ordered=True, column_permutation=True)
    # A permutation must map whole columns: mixing values across rows is no match.
    assert not results_match([(1, 2), (3, 4)], [(2, 3), (4, 1)], ordered=False, column_permutation=True)
    assert not results_match(gold, [(1, "a"), (2, "b")], ordered=False, column_permutation=True)


def test_empty_results():
    assert results_match([], [], ordered=False)
    assert not results_match([], [(1,)], ordered=False)
    assert not results_match([(1,)], [], ordered=True)


def test_order_by_only_at_top_level():
    assert has_order_by("SELECT name FROM singer ORDER BY age DESC")
    assert has_order_by("SELECT a FROM x UNION SELECT a FROM y ORDER BY a")
    assert not has_order_by("SELECT name FROM singer WHERE age = (SELECT age FROM singer ORDER BY age LIMIT 1)")
    assert not has_order_by("SELECT count(*) FROM singer")


def test_official_form_deletes_every_distinct():
    # test-suite-sql-eval (keep_distinct off) deletes the DISTINCT tokens of both queries, wherever they are.
    assert official_form("SELECT DISTINCT name FROM t") == "SELECT  name FROM t"
    assert official_form("SELECT count(distinct x) FROM t WHERE y IN (SELECT DISTINCT(y) FROM u)") == \
        "SELECT count( x) FROM t WHERE y IN (SELECT (y) FROM u)"
    # ... but not inside strings, quoted identifiers or comments; and it closes up '> ='.
    assert official_form("SELECT \"distinct\" FROM t WHERE a = 'distinct' -- distinct") == \
        "SELECT \"distinct\" FROM t WHERE a = 'distinct' -- distinct"
    assert official_form("SELECT a FROM t WHERE b > = 3 AND c < = 4") == "SELECT a FROM t WHERE b >= 3 AND c <= 4"
    assert official_form("SELECT DISTINCT 'unterminated") == "SELECT  'unterminated"
    assert official_form("SELECT name FROM singer") == "SELECT name FROM singer"


def test_exact_match_normalization():
    assert canonical_sql("select T1.Name from Singer as T1  where T1.age>20;") == \
        canonical_sql("SELECT t1.name FROM singer AS t1 WHERE t1.age > 20")
    assert canonical_sql("SELECT name FROM singer WHERE age > 20") != \
        canonical_sql("SELECT name FROM singer WHERE age > 21")
    assert canonical_sql("SELECT name FROM singer WHERE name = 'Abc'") != \
        canonical_sql("SELECT name FROM singer WHERE name = 'abc'")
    for bad in ("SELECT FROM WHERE (", "", "hello world", "DROP TABLE singer", "SELECT 1; SELECT 2"):
        assert canonical_sql(bad) is None, bad


# --- hardness ----------------------------------------------------------------------------------------------

def test_hardness_of_known_dev_rows(spider_root):
    dev = json.loads((spider_root / "dev.json").read_text())
    expected = {0: "easy", 2: "medium", 12: "hard", 24: "extra"}  # as the official evaluation.py labels them
    assert {i: hardness(dev[i]["sql"]) for i in expected} == expected
    # The official per-level counts of Spider dev (all 1034 questions).
    counts = {level: 0 for level in ("easy", "medium", "hard", "extra")}
    for row in dev:
        counts[hardness(row["sql"])] += 1
    assert counts == {"easy": 248, "medium": 446, "hard": 174, "extra": 166}
    assert hardness(None) is None and hardness({"select": []}) is None


def test_spider_dir_checks_the_archive_once_per_process(monkeypatch, spider_root, tmp_path):
    from sqltune import spider

    monkeypatch.setattr(spider, "_resolved", {})
    monkeypatch.delenv("SQLTUNE_SPIDER_DIR", raising=False)
    calls = []
    digest = spider._archive_digest
    monkeypatch.setattr(spider, "_archive_digest", lambda archive: calls.append(archive) or digest(archive))
    root = spider.spider_dir()  # the unpacked bundle (spider_root has unpacked it already)
    assert len(calls) == 1 and (root / spider.MARKER).is_file()
    for _ in range(50):
        assert spider.database_path("concert_singer") == root / "database" / "concert_singer" / "concert_singer.sqlite"
    assert len(calls) == 1
    # The override is still read on every call.
    monkeypatch.setenv("SQLTUNE_SPIDER_DIR", str(tmp_path))
    with pytest.raises(SqltuneError, match="SQLTUNE_SPIDER_DIR"):
        spider.spider_dir()
    monkeypatch.delenv("SQLTUNE_SPIDER_DIR")
    assert spider.spider_dir() == root and len(calls) == 1


# --- the CLI on prediction files ---------------------------------------------------------------------------

def run(capsys, *argv: str) -> tuple[int, str, str]:
    rc = main(["evaluate", *argv])
    captured = capsys.readouterr()
    return rc, captured.out, captured.err


@pytest.fixture(scope="module")
def dev_items(spider_root):
    return load_spider_dev().items


def write_lines(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_gold_as_predictions_scores_one(tmp_path, capsys, dev_items):
    preds = write_lines(tmp_path / "gold.txt", [" ".join(it.gold.split()) for it in dev_items[:40]])
    out = tmp_path / "eval"
    rc, stdout, _ = run(capsys, "--predictions", str(preds), "--limit", "40", "--out", str(out), "--label", "oracle")
    assert rc == 0
    assert "spider-dev, 40 questions" in stdout and "oracle" in stdout and "100.0%" in stdout
    for name in ("report.md", "accuracy.png", "comparison.json", "gold.sql", "oracle/report.json",
                 "oracle/predictions.sql", "oracle/results.jsonl"):
        assert (out / name).is_file(), name
    assert (out / "accuracy.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    report = json.loads((out / "oracle" / "report.json").read_text())
    assert REPORT_KEYS <= set(report)
    assert report["n"] == 40
    for key in ("execution_accuracy", "execution_accuracy_official", "exact_match", "executable_rate",
                "parse_rate"):
        assert report[key] == 1.0, key
    assert all(c["execution_accuracy_official"] == 1.0 for c in report["by_category"].values())
    assert report["errors"] == {} and report["gold_errors"] == []
    assert set(report["by_category"]) <= {"easy", "medium", "hard", "extra"}
    assert sum(c["n"] for c in report["by_category"].values()) == 40
    assert report["settings"]["test_set"] == "spider-dev" and report["settings"]["timeout_s"] > 0
    assert report["settings"]["comparison"]["columns"] == "by position"
    # Official formats: `SQL<TAB>db_id` gold lines, one SQL a line for predictions, aligned.
    gold_lines = (out / "gold.sql").read_text().splitlines()
    assert len(gold_lines) == 40 and gold_lines[0] == "SELECT count(*) FROM singer\tconcert_singer"
    assert (out / "oracle" / "predictions.sql").read_text().splitlines()[0] == "SELECT count(*) FROM singer"
    assert "| oracle | 40 | 100.0% | 100.0% |" in (out / "report.md").read_text()
    assert "official" in stdout.splitlines()[1]


def test_wrong_predictions_timeouts_and_writes(tmp_path, capsys, dev_items, spider_root):
    items = dev_items[:10]
    db = spider_root / "database" / "concert_singer" / "concert_singer.sqlite"
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    preds = [it.gold for it in items]
    preds[1] = ENDLESS  # cut at the limit: wrong
    preds[2] = "DROP TABLE singer"  # refused: wrong, and the database is untouched
    preds[3] = "SELECT name FROM singers"
    preds[4] = "SELECT count(*) + 1 FROM singer"  # runs, wrong result
    preds[5] = ""  # empty answer
    f = write_lines(tmp_path / "p.sql", preds)
    out = tmp_path / "eval"
    rc, _, _ = run(capsys, "--predictions", str(f), "--limit", "10", "--timeout", "0.5", "--out", str(out))
    assert rc == 0
    report = json.loads((out / "p" / "report.json").read_text())
    assert report["execution_accuracy"] == 0.5
    assert report["executable_rate"] == 0.6
    assert report["errors"] == {"empty": 1, "no_such_table": 1, "not_allowed": 1, "timeout": 1}
    assert report["wrong_result"] == 1
    results = [json.loads(line) for line in (out / "p" / "results.jsonl").read_text().splitlines()]
    assert results[1]["error"] == "timeout" and not results[1]["correct"]
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    # The empty prediction still takes one line in the official file.
    assert (out / "p" / "predictions.sql").read_text().splitlines()[5] == "SELECT"


def test_two_files_side_by_side_and_jsonl_by_id(tmp_path, capsys, dev_items):
    items = dev_items[:12]
    good = write_lines(tmp_path / "good.sql", [it.gold for it in items])
    # JSONL in another order, aligned by id; every third answer wrong.
    rows = [{"id": it.id, "sql": it.gold if k % 3 else "SELECT 1"} for k, it in enumerate(items)]
    bad = write_lines(tmp_path / "base.jsonl", [json.dumps(r) for r in reversed(rows)])
    out = tmp_path / "eval"
    rc, stdout, _ = run(capsys, "--predictions", str(bad), "--predictions", str(good), "--limit", "12",
                        "--label", "base", "--label", "tuned", "--out", str(out), "--column-permutation")
    assert rc == 0
    assert "base" in stdout and "tuned" in stdout
    comparison = json.loads((out / "comparison.json").read_text())
    assert comparison["labels"] == ["base", "tuned"]
    assert comparison["models"]["base"]["execution_accuracy"] == pytest.approx(8 / 12, abs=1e-6)
    assert comparison["models"]["tuned"]["execution_accuracy"] == 1.0
    assert comparison["pairs"] == [{"a": "base", "b": "tuned", "both_correct": 8, "only_a": 0, "only_b": 4,
                                    "neither": 0}]
    assert json.loads((out / "tuned" / "report.json").read_text())["settings"]["comparison"]["columns"].startswith("any")


def test_gold_errors_are_reported_and_excluded(tmp_path, capsys):
    test = tmp_path / "mine.json"
    test.write_text(json.dumps([
        {"db_id": "concert_singer", "question": "How many singers?", "query": "SELECT count(*) FROM singer"},
        {"db_id": "concert_singer", "question": "Broken gold", "query": "SELECT nope FROM singer"},
        {"db_id": "concert_singer", "question": "Stadiums?", "query": "SELECT count(*) FROM stadium"},
    ]))
    preds = write_lines(tmp_path / "p.sql", ["SELECT count(*) FROM singer", "SELECT nope FROM singer", "SELECT 0"])
    out = tmp_path / "eval"
    rc, stdout, _ = run(capsys, "--test", str(test), "--predictions", str(preds), "--out", str(out))
    assert rc == 0 and "1 gold queries failed" in stdout
    report = json.loads((out / "p" / "report.json").read_text())
    assert report["n"] == 2 and report["execution_accuracy"] == 0.5
    assert [g["id"] for g in report["gold_errors"]] == ["mine-2"]
    assert report["gold_errors"][0]["error"] == "no_such_column"
    assert report["errors"] == {}  # the broken gold is never the model's error
    assert len((out / "gold.sql").read_text().splitlines()) == 2  # aligned with predictions.sql, gold error out


def test_gretel_rows_build_their_own_database(tmp_path, capsys):
    rows = [json.loads(line) for line in GRETEL.read_text().splitlines()]
    preds = write_lines(tmp_path / "p.sql", [r["sql"] for r in rows])
    out = tmp_path / "eval"
    rc, _, _ = run(capsys, "--test", str(GRETEL), "--predictions", str(preds), "--out", str(out))
    assert rc == 0
    report = json.loads((out / "p" / "report.json").read_text())
    assert report["n"] + len(report["gold_errors"]) == len(rows)
    assert report["execution_accuracy"] == 1.0
    assert set(report["by_category"]) == {r["sql_complexity"] for r in rows
                                          if r["id"] not in {g["id"] for g in report["gold_errors"]}}
    assert report["category_kind"] == "sql_complexity"
    assert not (out / "gold.sql").exists()  # no database files, so no official-format gold


def test_prepared_rows(tmp_path, capsys, dev_items):
    ctx = "CREATE TABLE t (a INT); INSERT INTO t VALUES (1), (2), (3);"
    rows = [
        {"id": "s1", "messages": [{"role": "user", "content": "p"}, {"role": "assistant", "content": "x"}],
         "question": "q", "context": "", "sql": dev_items[0].gold, "db_id": "concert_singer", "source": "spider"},
        {"id": "g1", "messages": [{"role": "user", "content": "p"}, {"role": "assistant", "content": "x"}],
         "question": "q", "context": ctx, "sql": "SELECT sum(a) FROM t", "db_id": None, "source": "gretel",
         "sql_complexity": "aggregation"},
    ]
    test = write_lines(tmp_path / "test.jsonl", [json.dumps(r) for r in rows])
    preds = write_lines(tmp_path / "p.sql", ["SELECT count(*) FROM singer", "SELECT max(a) * 2 FROM t"])
    out = tmp_path / "eval"
    assert run(capsys, "--test", str(test), "--predictions", str(preds), "--out", str(out))[0] == 0
    results = [json.loads(line) for line in (out / "p" / "results.jsonl").read_text().splitlines()]
    assert [r["correct"] for r in results] == [True, True]
    assert results[0]["category"] == "easy"  # looked up from Spider dev


def test_official_rules_reported_next_to_strict(tmp_path, capsys):
    """execution_accuracy_official deletes DISTINCT from both queries and accepts any column order."""
    cases = [  # (gold, prediction, strict verdict, official verdict) on concert_singer (singer.country repeats)
        ("SELECT DISTINCT country FROM singer WHERE age > 20", "SELECT country FROM singer WHERE age > 20",
         False, True),
        ("SELECT country FROM singer WHERE age > 20", "SELECT DISTINCT country FROM singer WHERE age > 20",
         False, True),
        ("SELECT count(DISTINCT country) FROM singer", "SELECT count(country) FROM singer", False, True),
        ("SELECT country, count(*) FROM singer GROUP BY country",
         "SELECT count(*), country FROM singer GROUP BY country", False, True),
        ("SELECT count(*) FROM singer", "SELECT count(*) FROM singer", True, True),
        ("SELECT count(*) FROM singer", "SELECT count(*) + 1 FROM singer", False, False),
        ("SELECT count(*) FROM singer", "SELECT DISTINCT nope FROM singer", False, False),
    ]
    test = tmp_path / "t.json"
    test.write_text(json.dumps([{"db_id": "concert_singer", "question": f"q{k}", "query": gold}
                                for k, (gold, *_) in enumerate(cases)]))
    preds = write_lines(tmp_path / "p.sql", [pred for _, pred, *_ in cases])
    out = tmp_path / "eval"
    rc, stdout, _ = run(capsys, "--test", str(test), "--predictions", str(preds), "--out", str(out))
    assert rc == 0
    results = [json.loads(line) for line in (out / "p" / "results.jsonl").read_text().splitlines()]
    assert [(r["correct"], r["correct_official"]) for r in results] == [tuple(c[2:]) for c in cases]
    report = json.loads((out / "p" / "report.json").read_text())
    assert report["execution_accuracy"] == pytest.approx(1 / 7, abs=1e-6)
    assert report["execution_accuracy_official"] == pytest.approx(5 / 7, abs=1e-6)
    assert report["correct_official"] == 5
    assert report["by_category"] and all("execution_accuracy_official" in c for c in report["by_category"].values())
    assert "DISTINCT" in report["settings"]["comparison"]["official"]
    assert "| p | 7 | 14.3% | 71.4% |" in (out / "report.md").read_text()
    assert "official" in stdout and "71.4%" in stdout
    comparison = json.loads((out / "comparison.json").read_text())
    assert comparison["models"]["p"]["execution_accuracy_official"] == report["execution_accuracy_official"]
    # --column-permutation changes the headline only.
    rc, _, _ = run(capsys, "--test", str(test), "--predictions", str(preds), "--out", str(out),
                   "--column-permutation")
    report = json.loads((out / "p" / "report.json").read_text())
    assert report["correct"] == 2 and report["correct_official"] == 5


# --- bad input ---------------------------------------------------------------------------------------------

def test_missing_database(tmp_path, capsys):
    test = tmp_path / "t.json"
    test.write_text(json.dumps([{"db_id": "no_such_db", "question": "q", "query": "SELECT 1"}]))
    rc, _, err = run(capsys, "--test", str(test), "--predictions", str(write_lines(tmp_path / "p", ["SELECT 1"])),
                     "--out", str(tmp_path / "eval"))
    assert rc == 2 and "no_such_db" in err and "no_such_db.sqlite" in err and "t-1" in err
    assert len(err.strip().splitlines()) == 1


def test_row_without_gold_sql(tmp_path, capsys):
    test = tmp_path / "t.jsonl"
    write_lines(test, [json.dumps({"id": 7, "sql_prompt": "q", "sql_context": "CREATE TABLE t (a INT);",
                                   "sql": "SELECT a FROM t"}),
                       json.dumps({"id": 8, "sql_prompt": "q", "sql_context": "CREATE TABLE t (a INT);", "sql": ""})])
    rc, _, err = run(capsys, "--test", str(test), "--predictions", str(tmp_path / "p"))
    assert rc == 2 and "test row 8" in err and "no gold SQL" in err


def test_unreadable_predictions(tmp_path, capsys):
    missing = tmp_path / "missing.sql"
    rc, _, err = run(capsys, "--predictions", str(missing), "--limit", "3", "--out", str(tmp_path / "eval"))
    assert rc == 2 and str(missing) in err
    binary = tmp_path / "binary.sql"
    binary.write_bytes(b"\xff\xfe\x00SELECT")
    rc, _, err = run(capsys, "--predictions", str(binary), "--limit", "3", "--out", str(tmp_path / "eval"))
    assert rc == 2 and "cannot read predictions file" in err and str(binary) in err
    broken = write_lines(tmp_path / "broken.jsonl", ['{"sql": "SELECT 1"}', '{"sql": '])
    rc, _, err = run(capsys, "--predictions", str(broken), "--limit", "2", "--out", str(tmp_path / "eval"))
    assert rc == 2 and "broken.jsonl:2: not valid JSON" in err


def test_prediction_count_mismatch(tmp_path, capsys, dev_items):
    f = write_lines(tmp_path / "short.sql", [it.gold for it in dev_items[:4]])
    rc, _, err = run(capsys, "--predictions", str(f), "--limit", "5", "--out", str(tmp_path / "eval"))
    assert rc == 2 and str(f) in err and "4 predictions" in err and "972 rows (5 after --limit)" in err
    # A file for the whole set scores a --limit run from its first lines.
    full = write_lines(tmp_path / "full.sql", [it.gold for it in dev_items])
    assert run(capsys, "--predictions", str(full), "--limit", "5", "--out", str(tmp_path / "eval"))[0] == 0
    assert json.loads((tmp_path / "eval" / "full" / "report.json").read_text())["execution_accuracy"] == 1.0


def test_each_model_gets_its_own_prompt_settings_unless_given(tmp_path):
    from sqltune.cli import build_parser
    from sqltune.config import Config, config_from_args
    from sqltune.evaluate import model_config

    tuned, other = tmp_path / "tuned", tmp_path / "other"
    for folder, template, schema in ((tuned, "Q: {question} S: {context}", "compact"),
                                     (other, "S: {context} Q: {question}", "create_table")):
        folder.mkdir()
        (folder / "sqltune.json").write_text(json.dumps(
            {"kind": "adapter", "prompt_template": template, "schema_format": schema, "sample_rows": 2}))
    settings = ("prompt_template", "schema_format", "sample_rows")
    default = Config()

    def configs(*flags: str) -> list[tuple]:
        args = build_parser().parse_args(["evaluate", "--model", str(tuned), "--compare", "gemma-3-270m",
                                          "--compare", str(other), *flags])
        cfg = config_from_args(args)  # --model's folder settings are applied here
        assert model_config(cfg, str(tuned), args) is cfg
        return [tuple(getattr(c, k) for k in settings)
                for c in (cfg, *(model_config(cfg, m, args) for m in args.compare))]

    # No flags: each model its own folder's settings, a base model the defaults (not --model's settings).
    assert configs() == [("Q: {question} S: {context}", "compact", 2),
                         (default.prompt_template, default.schema_format, default.sample_rows),
                         ("S: {context} Q: {question}", "create_table", 2)]
    # A flag wins for every model, and so does a YAML value.
    assert configs("--sample-rows", "1") == [("Q: {question} S: {context}", "compact", 1),
                                             (default.prompt_template, default.schema_format, 1),
                                             ("S: {context} Q: {question}", "create_table", 1)]
    yaml_file = tmp_path / "c.yaml"
    yaml_file.write_text("schema_format: create_table\n")
    assert [c[1] for c in configs("--config", str(yaml_file))] == ["create_table"] * 3
    yaml_file.write_text("schema_format: compact\n")
    assert [c[1] for c in configs("--config", str(yaml_file))] == ["compact"] * 3


# --- a model -----------------------------------------------------------------------------------------------

def test_model_generation_resume_and_compare(tmp_path, capsys, tiny_model, dev_items):
    out = tmp_path / "eval"
    common = ["--limit", "4", "--max-new-tokens", "4", "--batch-size", "2", "--out", str(out), "--no-progress"]
    rc, stdout, _ = run(capsys, "--model", str(tiny_model), "--label", "tiny", *common)
    assert rc == 0 and "questions/s" in stdout
    report = json.loads((out / "tiny" / "report.json").read_text())
    assert report["n"] == 4 and report["throughput_qps"] > 0
    assert report["settings"]["model"] == str(tiny_model) and report["settings"]["max_new_tokens"] == 4
    assert report["generation"]["questions"] == 4
    answers = (out / "tiny" / "predictions.sql").read_text()
    assert len(answers.splitlines()) == 4

    # An interrupted run: two answers saved and half a line. Rerun side by side with a predictions file,
    # the model as --compare: only the two missing answers are generated, and greedy decoding repeats itself.
    lines = (out / "tiny" / "predictions.jsonl").read_text().splitlines()
    (out / "tiny" / "predictions.jsonl").write_text("\n".join(lines[:2]) + "\n" + lines[2][:10])
    gold = write_lines(tmp_path / "gold.sql", [it.gold for it in dev_items[:4]])
    rc, stdout, _ = run(capsys, "--predictions", str(gold), "--compare", str(tiny_model), "--label", "gold",
                        "--label", "tiny", *common)
    assert rc == 0 and "gold" in stdout and "tiny" in stdout
    assert json.loads((out / "tiny" / "run.json").read_text())["generated"] == 6
    saved = [json.loads(line) for line in (out / "tiny" / "predictions.jsonl").read_text().splitlines()]
    assert sorted(r["id"] for r in saved) == sorted(it.id for it in dev_items[:4])
    assert (out / "tiny" / "predictions.sql").read_text() == answers
    comparison = json.loads((out / "comparison.json").read_text())
    assert comparison["labels"] == ["gold", "tiny"]
    assert comparison["models"]["gold"]["execution_accuracy"] == 1.0
    assert comparison["pairs"][0]["only_a"] + comparison["pairs"][0]["both_correct"] == 4


def test_int8_and_float32_answers_are_never_mixed_in_one_folder(tmp_path, capsys, tiny_model):
    """On a CPU the default answers with int8 weights; a folder of those refuses to be resumed with float32
    weights (their answers differ), naming the setting."""
    out = tmp_path / "eval"
    common = ["--model", str(tiny_model), "--limit", "2", "--max-new-tokens", "4", "--out", str(out),
              "--label", "tiny", "--no-progress"]
    rc, _, _ = run(capsys, *common)
    assert rc == 0
    assert json.loads((out / "tiny" / "run.json").read_text())["settings"]["cpu_weights"] == "int8"
    assert json.loads((out / "tiny" / "report.json").read_text())["settings"]["cpu_weights"] == "int8"
    rc, _, err = run(capsys, *common, "--cpu-weights", "float32")
    assert rc != 0 and "cpu_weights: int8 there, - now" in err
    rc, _, _ = run(capsys, *common, "--cpu-weights", "int8")  # the same weights, named: resumes
    assert rc == 0


# --- agreement with the official scorer --------------------------------------------------------------------

def test_agreement_with_official_scorer(tmp_path):
    missing = [m for m in ("nl2sql360", "nltk", "sqlparse", "loguru") if importlib.util.find_spec(m) is None]
    if missing:
        message = (f"the official Spider scorer is not installed (missing: {', '.join(missing)}); "
                   "run .ci/install-official-scorer.sh <python>")
        if os.environ.get("CI", "").lower() not in ("", "0", "false"):
            pytest.fail(message)  # CI must run this check, never skip it
        pytest.skip(message)
    spec = importlib.util.spec_from_file_location("official_agreement", ROOT / "benchmarks" / "official_agreement.py")
    agreement = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(agreement)
    result = agreement.run_agreement(sample=120, seed=1, workdir=tmp_path)
    # sqltune's execution_accuracy_official against the official scorer's defaults: the issue asks for 1 point.
    official = result["pairings"]["official_metric"]
    assert official["n"] == 120
    assert abs(official["difference_points"]) <= 1.0
    assert official["questions_judged_differently"] == 0, official["examples"]
    assert 0 < official["sqltune_execution_accuracy"] < 100  # the sample holds right and wrong predictions
    same = result["pairings"]["same_rules"]
    assert abs(same["difference_points"]) <= 1.0 and same["questions_judged_differently"] == 0, same["examples"]
    # The strict headline differs from the official default only where the rules differ by design.
    strict = result["pairings"]["strict_vs_default"]
    assert set(strict["differences_by_kind"]) <= {"swap_columns", "drop_distinct", "add_distinct"}
    assert strict["questions_judged_differently"] > 0
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_chart_without_categories_has_a_bar_per_system(tmp_path, capsys):
    """A test file without categories (a user's own rows) is charted as one horizontal bar per system, so the
    chart grows with the systems instead of crowding them into one group."""
    import struct

    ctx = "CREATE TABLE t (a INT); INSERT INTO t VALUES (1), (2), (3);"
    rows = [{"id": f"r{k}", "messages": [{"role": "user", "content": "p"}, {"role": "assistant", "content": "x"}],
             "question": "q", "context": ctx, "sql": "SELECT sum(a) FROM t", "db_id": None, "source": "custom"}
            for k in range(2)]
    test = write_lines(tmp_path / "test.jsonl", [json.dumps(r) for r in rows])
    sizes = {}
    for n in (2, 8):
        args = ["--test", str(test), "--out", str(tmp_path / f"eval{n}")]
        for k in range(n):
            preds = write_lines(tmp_path / f"p{k}.sql", ["SELECT sum(a) FROM t", f"SELECT {k}"])
            args += ["--predictions", str(preds), "--label", f"system-{k}"]
        assert run(capsys, *args)[0] == 0
        png = (tmp_path / f"eval{n}" / "accuracy.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        sizes[n] = struct.unpack(">II", png[16:24])  # width, height from the IHDR chunk
    assert sizes[8][0] == sizes[2][0] and sizes[8][1] > sizes[2][1] * 1.5, sizes
