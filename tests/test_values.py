"""Value retrieval on real Spider databases: a misspelled city is found in the right column and written beside it."""

from __future__ import annotations

import sqlite3

import pytest

from sqltune import schema, spider
from sqltune.sqlexec import memory_database
from sqltune.values import ValueIndex, index_for, normalize, render_values, schema_with_values


def _open(db_id: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{spider.database_path(db_id).resolve().as_uri()}?mode=ro", uri=True)


@pytest.fixture(scope="module")
def world():
    conn = _open("world_1")
    yield conn
    conn.close()


def test_misspelled_city_is_matched_to_city_name(world):
    matches = index_for(world).match("What is the population of Roterdam?", 5)
    assert matches, "no value matched"
    top = matches[0]
    assert (top.table, top.column, top.value) == ("city", "Name", "Rotterdam")
    assert 0.8 < top.score < 1.0  # fuzzy, not exact


def test_exact_beats_fuzzy_and_both_countries_found(world):
    matches = index_for(world).match("Which languages are spoken in Afganistan and in the Netherlands?", 5)
    found = {(m.table, m.column, m.value): m.score for m in matches}
    assert found[("country", "Name", "Netherlands")] == 1.0
    assert 0.8 < found[("country", "Name", "Afghanistan")] < 1.0


def test_stop_words_and_numbers_match_nothing(world):
    assert index_for(world).match("How many of them are there in 1990 and what is the total?", 5) == []


def test_partial_word_finds_the_longer_value():
    conn = _open("sakila_1")
    try:
        matches = ValueIndex.build(spider.database_path("sakila_1")).match("Which films star Guinness?", 5)
    finally:
        conn.close()
    assert ("actor", "last_name", "GUINESS") in {(m.table, m.column, m.value) for m in matches}


def test_compact_text_gets_values_beside_their_columns(world):
    text = schema_with_values(world, "Which cities of Netherlnds have more people than Roterdam?", "compact", 200)
    lines = text.splitlines()
    assert lines[0].startswith("city(ID integer pk, Name char ['Rotterdam'], CountryCode char")
    assert "Name char ['Netherlands']" in lines[1]
    # Everything else is the plain compact schema.
    plain = schema.serialize(world, "compact")
    assert text.replace(" ['Rotterdam']", "").replace(" ['Netherlands']", "") == plain


def test_create_table_text_gets_a_comment_line(world):
    text = schema_with_values(world, "population of Roterdam", "create_table", 200)
    lines = text.splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith("CREATE TABLE `city`"))
    assert lines[i + 1] == "-- values: Name = 'Rotterdam'"


def test_budget_limits_the_values_written(world):
    matches = index_for(world).match("Netherlands, Belgium, Germany, France and Spain", 10)
    assert len(matches) >= 5
    small = render_values(schema.serialize(world, "compact"), "compact", matches, budget=30)
    assert small.count("'") // 2 == 2  # 'Netherlands' + 'Belgium' fit in 30 characters, 'Germany' does not
    assert render_values(schema.serialize(world, "compact"), "compact", matches, budget=0) == \
        schema.serialize(world, "compact")


def test_values_with_sample_rows_keep_both(world):
    text = schema_with_values(world, "Roterdam", "compact", 100, sample_rows=2)
    assert "Name char ('Kabul', 'Qandahar') ['Rotterdam']" in text


def test_gretel_context_in_memory():
    conn = memory_database(
        "CREATE TABLE customers (id INT, name TEXT, city TEXT); "
        "INSERT INTO customers VALUES (1, 'Ann Lee', 'San Francisco'), (2, 'Bo Chen', 'Oakland');")
    try:
        text = schema_with_values(conn, "How many customers live in San Fransisco?", "create_table", 100)
        assert "-- values: city = 'San Francisco'" in text
        assert index_for(conn) is index_for(conn)  # built once per connection
    finally:
        conn.close()


def test_file_index_is_cached_and_rebuilt_when_the_file_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("SQLTUNE_CACHE", str(tmp_path / "cache"))
    db = tmp_path / "shop.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE shop (name TEXT)")
    conn.execute("INSERT INTO shop VALUES ('Blue Bottle')")
    conn.commit()
    assert ValueIndex.build(db).match("blue bottle", 3)[0].value == "Blue Bottle"
    assert len(list((tmp_path / "cache" / "values").glob("*.pickle"))) == 1
    conn.execute("INSERT INTO shop VALUES ('Red Door')")
    conn.commit()
    conn.close()
    assert ValueIndex.build(db).match("the red door", 3)[0].value == "Red Door"


def test_normalize_folds_case_accents_and_punctuation():
    assert normalize("  Zürich-Oerlikon, CAFÉ ") == "zurich oerlikon cafe"


def test_a_short_value_that_begins_a_question_word_is_found():
    conn = _open("local_govt_in_alabama")
    try:
        matches = index_for(conn).match("Which services type had both successful and failure event details?", 10)
        college = _open("college_1")
        jobs = index_for(college).match("What are the first names of all professors not teaching any classes?", 10)
        college.close()
    finally:
        conn.close()
    found = {(m.table, m.column, m.value): m.score for m in matches}
    # "successful" begins with 'Success', "failure" with 'Fail'; the longer share of the word scores higher
    assert found[("Events", "Event_Details", "Success")] > found[("Events", "Event_Details", "Fail")] > 0
    assert ("EMPLOYEE", "EMP_JOBCODE", "PROF") in {(m.table, m.column, m.value) for m in jobs}


def test_the_codes_of_a_column_the_question_names_come_whole(world):
    q = "Which cities are in European countries where English is not the official language?"
    text = schema_with_values(world, q, "compact", 400)
    assert "IsOfficial text ['T', 'F']" in text  # "official" names IsOfficial: its whole set of codes
    assert "Language char pk ['English']" in text
    # Not named, not shown: the same database, another question.
    assert "IsOfficial text ['" not in schema_with_values(world, "What is the population of Roterdam?", "compact")
    # Whole or not at all: a budget with room for one code after 'English' and 'Europe' shows neither.
    tight = schema_with_values(world, q, "compact", len("'English'") + 4 + len("'Europe'") + 4 + len(" ['T']") + 1)
    assert "IsOfficial text ['" not in tight and "['English']" in tight
    # The codes come after the question's own matches, whatever `limit` cut from those.
    matches = index_for(world).match(q, 1)
    assert [(m.value, m.codes) for m in matches] == [("English", False), ("T", True), ("F", True)]


def test_value_recall_benchmark_counts_what_each_rule_adds(tmp_path):
    """benchmarks/value_recall.py end to end: every rule left out shows fewer of the gold queries' values."""
    from tests.benchmark_run import run_benchmark

    _, full = run_benchmark("value_recall.py", tmp_path / "all.json")
    for rule in ("prefix", "codes"):
        _, without = run_benchmark("value_recall.py", tmp_path / f"{rule}.json", "--without", rule)
        for name, s in full["sets"].items():
            w = without["sets"][name]
            assert (s["literals"], s["in_database"]) == (w["literals"], w["in_database"]) and s["literals"] > 100
            assert s["shown"] >= w["shown"] and s["shown"] <= s["in_database"]
        assert sum(s["shown"] for s in full["sets"].values()) > sum(w["shown"] for w in without["sets"].values())
