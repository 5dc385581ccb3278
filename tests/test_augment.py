"""Schema augmentations are deterministic with the seed and never lose a table the gold SQL reads."""

from __future__ import annotations

import random
import sqlite3

import pytest

from sqltune import augment, schema, schema_text, spider

GOLD = ("SELECT T2.name FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.singer_id = T2.singer_id "
        "JOIN concert AS T3 ON T1.concert_id = T3.concert_id WHERE T3.year = 2014")
ALL = ["shuffle_tables", "shuffle_columns", "distractors"]


def _open(db_id: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{spider.database_path(db_id).resolve().as_uri()}?mode=ro", uri=True)


@pytest.fixture(scope="module")
def dbs():
    conns = {db: _open(db) for db in ("concert_singer", "pets_1", "world_1", "car_1")}
    yield conns
    for conn in conns.values():
        conn.close()


def _run(dbs, seed: int, kinds=ALL, fmt: str = "compact", gold: str = GOLD) -> str:
    others = [dbs["pets_1"], dbs["world_1"], dbs["car_1"]]
    return augment.augment_schema(dbs["concert_singer"], gold, fmt, kinds, random.Random(seed), others)


def test_same_seed_same_text_other_seed_other_order(dbs):
    assert _run(dbs, 7) == _run(dbs, 7)
    texts = {_run(dbs, seed) for seed in range(6)}
    assert len(texts) >= 5
    plain = schema.serialize(dbs["concert_singer"], "compact")
    assert _run(dbs, 7) != plain


@pytest.mark.parametrize("fmt", ["compact", "create_table"])
@pytest.mark.parametrize("kinds", [ALL, ["drop_unused", "shuffle_tables"], ["distractors"], ["shuffle_columns"]])
def test_gold_tables_survive_every_augmentation(dbs, fmt, kinds):
    for seed in range(5):
        doc = schema_text.parse(_run(dbs, seed, kinds, fmt), fmt)
        names = {t.name.lower() for t in doc.tables}
        assert {"singer", "concert", "singer_in_concert"} <= names


def test_shuffled_columns_are_the_same_columns(dbs):
    plain = schema_text.parse(schema.serialize(dbs["concert_singer"], "compact"), "compact")
    shuffled = schema_text.parse(_run(dbs, 3, ["shuffle_columns"]), "compact")
    for a, b in zip(plain.tables, shuffled.tables):
        assert a.name == b.name and sorted(c.text for c in a.columns) == sorted(c.text for c in b.columns)
    assert [c.name for t in plain.tables for c in t.columns] != [c.name for t in shuffled.tables for c in t.columns]


def test_distractors_come_from_other_databases(dbs):
    doc = schema_text.parse(_run(dbs, 1, ["distractors"]), "compact")
    own = {"singer", "concert", "singer_in_concert", "stadium"}
    extra = {t.name.lower() for t in doc.tables} - own
    assert 1 <= len(extra) <= augment.DISTRACTORS
    assert len(doc.tables) == 4 + len(extra)


def test_drop_unused_keeps_the_join_table():
    conn = _open("concert_singer")
    try:
        gold = "SELECT T1.name FROM singer AS T1 JOIN concert AS T3 ON 1 = 1"  # names the ends only
        text = augment.augment_schema(conn, gold, "compact", ["drop_unused"], random.Random(0))
        names = {t.name for t in schema_text.parse(text, "compact").tables}
    finally:
        conn.close()
    assert names == {"singer", "concert", "singer_in_concert"}


def test_link_kind_puts_back_a_gold_table_the_linker_missed(dbs):
    text = augment.augment_schema(dbs["concert_singer"], "SELECT count(*) FROM stadium", "compact", ["link"],
                                  random.Random(0), question="How many singers are there?", keep=1, hops=0)
    names = {t.name for t in schema_text.parse(text, "compact").tables}
    assert "stadium" in names and "singer" in names


def test_unknown_kind_is_one_clear_error(dbs):
    from sqltune.errors import SqltuneError

    with pytest.raises(SqltuneError, match="--augment: unknown kind 'flip'"):
        _run(dbs, 0, ["flip"])
