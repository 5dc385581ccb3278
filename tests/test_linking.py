"""Schema linking keeps the tables real multi-table Spider questions need, and cuts the rest."""

from __future__ import annotations

import sqlite3

import pytest

from sqltune import linking, schema, schema_text, spider
from sqltune.augment import gold_tables

# Spider dev questions (databases never seen in training) whose gold SQL joins tables of a 6+ table database.
FIXTURE = [
    ("car_1", "How many countries does each continent have? List the continent id, continent name and the number "
     "of countries.", "SELECT T1.ContId, T1.Continent, count(*) FROM CONTINENTS AS T1 JOIN COUNTRIES AS T2 ON "
     "T1.ContId = T2.Continent GROUP BY T1.ContId"),
    ("car_1", "What is the name of the different car makers who produced a car in 1970?",
     "SELECT DISTINCT T1.Maker FROM CAR_MAKERS AS T1 JOIN MODEL_LIST AS T2 ON T1.Id = T2.Maker JOIN CAR_NAMES AS "
     "T3 ON T2.model = T3.model JOIN CARS_DATA AS T4 ON T3.MakeId = T4.id WHERE T4.year = '1970'"),
    ("student_transcripts_tracking", "Which department offers the most number of degrees? List department name "
     "and id.", "SELECT T2.department_name, T1.department_id FROM Degree_Programs AS T1 JOIN Departments AS T2 ON "
     "T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1"),
    ("dog_kennels", "Which states have both owners and professionals living there?",
     "SELECT state FROM Owners INTERSECT SELECT state FROM Professionals"),
    ("dog_kennels", "What are the names of the dogs for which the owner has not spend more than 1000 for "
     "treatment?", "SELECT name FROM dogs WHERE dog_id NOT IN ( SELECT dog_id FROM treatments GROUP BY dog_id "
     "HAVING sum(cost_of_treatment) > 1000 )"),
]


def _open(db_id: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{spider.database_path(db_id).resolve().as_uri()}?mode=ro", uri=True)


@pytest.mark.parametrize("db_id,question,gold", FIXTURE)
def test_linker_keeps_the_gold_tables(db_id, question, gold):
    conn = _open(db_id)
    try:
        linked = linking.link(conn, question)  # the defaults: keep 3, one foreign-key hop
        total = len(linked.scores)
    finally:
        conn.close()
    assert gold_tables(gold) <= {t.lower() for t in linked.tables}
    assert total >= 6


def test_linker_cuts_unrelated_tables():
    conn = _open("student_transcripts_tracking")
    try:
        linked = linking.link(conn, FIXTURE[2][1])
        text = linking.linked_schema(conn, FIXTURE[2][1], "compact")
        full = schema.serialize(conn, "compact")
    finally:
        conn.close()
    assert len(linked.tables) < len(linked.scores)
    assert "Transcripts(" not in text and "Transcripts(" in full
    kept = schema_text.parse(text, "compact")
    assert {t.name for t in kept.tables} == set(linked.tables)
    # Every foreign key left in the text joins two tables that are shown.
    assert all(kept.table(j.table) and kept.table(j.ref_table) for j in kept.joins)


def test_join_table_between_kept_tables_is_added():
    conn = _open("concert_singer")
    try:
        # keep=2: singer and concert score; singer_in_concert (no word of it in the question) joins them.
        linked = linking.link(conn, "Names of singers with a concert in 2014", keep=2, hops=0)
    finally:
        conn.close()
    assert {"singer", "concert", "singer_in_concert"} <= set(linked.tables)
    assert "stadium" not in linked.tables


def test_value_match_ranks_its_table():
    conn = _open("world_1")
    try:
        ranked = linking.rank_tables(conn, "What is the population of Roterdam?")
        from sqltune.values import index_for

        with_values = linking.rank_tables(conn, "What is the population of Roterdam?",
                                          index_for(conn).match("What is the population of Roterdam?"))
    finally:
        conn.close()
    assert dict(with_values)["city"] > dict(ranked)["city"]
    assert with_values[0][0] == "city"


def test_wide_tables_keep_keys_and_named_columns():
    conn = sqlite3.connect(":memory:")
    cols = ", ".join(f"c{i} TEXT" for i in range(20))
    conn.execute(f"CREATE TABLE owner (owner_id INT PRIMARY KEY, {cols}, hometown TEXT)")
    conn.execute("CREATE TABLE pet (pet_id INT PRIMARY KEY, owner_id INT REFERENCES owner(owner_id), kind TEXT)")
    linked = linking.link(conn, "List the hometown of each pet owner", keep=2, wide_table=12)
    assert "hometown" in linked.columns["owner"] and "owner_id" in linked.columns["owner"]
    assert "c15" not in linked.columns["owner"]
    assert linked.columns["pet"] == ["pet_id", "owner_id", "kind"]
