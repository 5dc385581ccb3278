"""Schema serialization: create_table and compact formats, sample rows, .sql files and gretel contexts."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from sqltune import schema
from sqltune.errors import SqltuneError
from sqltune.sqlexec import memory_database, split_statements


def _tables_and_columns(conn: sqlite3.Connection) -> dict[str, list[str]]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {t: [c[1] for c in conn.execute("SELECT * FROM pragma_table_info(?)", (t,))] for t in names}


def _make_db(path: Path, script: str) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(script)
    conn.commit()
    conn.close()
    return path


def test_create_table_is_normalized_and_rebuilds_the_same_schema(spider_db):
    text = schema.schema_from_sqlite(spider_db)
    lines = text.splitlines()
    assert len(lines) == 4 and all(line.startswith("CREATE TABLE") and line.endswith(";") for line in lines)
    assert "  " not in text and "\t" not in text and "( " not in text and " )" not in text
    rebuilt = sqlite3.connect(":memory:")
    rebuilt.executescript(text)
    assert _tables_and_columns(rebuilt) == _tables_and_columns(sqlite3.connect(spider_db))


def test_create_table_drops_comments_that_joining_lines_would_break(tmp_path):
    db = _make_db(tmp_path / "c.sqlite", "CREATE TABLE t (\n  a INT, -- the key\n  b TEXT /* note */\n);")
    text = schema.schema_from_sqlite(db)
    assert text == "CREATE TABLE t (a INT, b TEXT);"
    assert _tables_and_columns(memory_database(text)) == {"t": ["a", "b"]}


def test_whitespace_inside_quoted_names_and_strings_is_kept(tmp_path):
    db = _make_db(tmp_path / "q.sqlite", "CREATE TABLE \"my  table\" (\"Home   Town\" TEXT DEFAULT 'a  b');")
    text = schema.schema_from_sqlite(db)
    assert '"my  table"' in text and '"Home   Town"' in text and "'a  b'" in text


def test_compact_is_shorter_and_keeps_keys(spider_db):
    full = schema.schema_from_sqlite(spider_db, "create_table")
    compact = schema.schema_from_sqlite(spider_db, "compact")
    assert len(compact) < 0.8 * len(full)
    lines = compact.splitlines()
    assert lines[0] == ("stadium(Stadium_ID int pk, Location text, Name text, Capacity int, Highest int, "
                        "Lowest int, Average int)")
    assert "singer_in_concert(concert_ID int pk, Singer_ID text pk)" in lines
    assert lines[-1] == ("-- foreign keys: concert.Stadium_ID = stadium.Stadium_ID, "
                         "singer_in_concert.concert_ID = concert.concert_ID, "
                         "singer_in_concert.Singer_ID = singer.Singer_ID")


def test_compact_is_shorter_for_every_spider_database(spider_root):
    for db in sorted((spider_root / "database").glob("*/*.sqlite")):
        assert len(schema.schema_from_sqlite(db, "compact")) < len(schema.schema_from_sqlite(db)), db.name


def test_compact_resolves_a_reference_without_column_to_the_primary_key(tmp_path):
    db = _make_db(tmp_path / "fk.sqlite", "CREATE TABLE Parent (pid INTEGER PRIMARY KEY, name TEXT);"
                  "CREATE TABLE child (id INT, parent INT REFERENCES parent);")
    compact = schema.schema_from_sqlite(db, "compact")
    assert compact.splitlines()[-1] == "-- foreign keys: child.parent = Parent.pid"


def test_sample_rows_are_executable_inserts_of_the_first_rows(spider_db):
    text = schema.schema_from_sqlite(spider_db, "create_table", sample_rows=2)
    inserts = [line for line in text.splitlines() if line.startswith("INSERT INTO")]
    assert len(inserts) == 8  # 2 per table, 4 tables
    assert ("INSERT INTO singer (Singer_ID, Name, Country, Song_Name, Song_release_year, Age, Is_male) "
            "VALUES (1, 'Joe Sharp', 'Netherlands', 'You', '1992', 52, 'F');") in inserts
    rebuilt = memory_database(text)
    original = sqlite3.connect(spider_db)
    for table in ("stadium", "singer", "concert", "singer_in_concert"):
        assert rebuilt.execute(f"SELECT * FROM {table}").fetchall() == \
            original.execute(f"SELECT * FROM {table} LIMIT 2").fetchall()


def test_sample_values_are_quoted_truncated_and_keyword_names_quoted(tmp_path):
    long_text = "x" * 200
    db = _make_db(tmp_path / "s.sqlite", "CREATE TABLE \"order\" (\"group\" TEXT, n REAL, b BLOB, z INT);"
                  f"INSERT INTO \"order\" VALUES ('it''s', 1.5, X'00ff', NULL), ('{long_text}', 2.0, NULL, 3);")
    text = schema.schema_from_sqlite(db, "create_table", sample_rows=5)
    inserts = text.splitlines()[1:]
    assert inserts[0] == "INSERT INTO \"order\" (\"group\", n, b, z) VALUES ('it''s', 1.5, X'00ff', NULL);"
    assert "VALUES ('" + "x" * 57 + "...', 2.0, NULL, 3);" in inserts[1]  # cut to 60 characters
    rebuilt = memory_database(text)  # quoting makes the keyword names usable
    assert rebuilt.execute('SELECT count(*) FROM "order"').fetchone() == (2,)


def test_compact_sample_values_for_text_columns_only(spider_db):
    compact = schema.schema_from_sqlite(spider_db, "compact", sample_rows=2)
    singer = next(line for line in compact.splitlines() if line.startswith("singer("))
    assert "Name text ('Joe Sharp', 'Timbaland')" in singer
    assert "Age int," in singer  # no examples for numbers
    assert "Is_male bool ('F', 'T')" in singer  # stored as text although declared bool
    assert len(compact) < len(schema.schema_from_sqlite(spider_db, "create_table", sample_rows=2))


def test_database_is_opened_read_only(spider_db, tmp_path):
    before = spider_db.read_bytes()
    schema.schema_from_sqlite(spider_db, "compact", sample_rows=3)
    assert spider_db.read_bytes() == before
    with pytest.raises(SqltuneError, match="database file not found"):
        schema.schema_from_sqlite(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()
    junk = tmp_path / "junk.sqlite"
    junk.write_text("not a database at all, just text " * 100)
    with pytest.raises(SqltuneError, match="junk.sqlite"):
        schema.schema_from_sqlite(junk)


def test_text_that_is_not_utf8_does_not_break_serializing(tmp_path):
    db = _make_db(tmp_path / "u.sqlite", "CREATE TABLE t (name TEXT);")
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO t VALUES (CAST(X'4162ff' AS TEXT))")
    conn.commit()
    conn.close()
    assert "INSERT INTO t (name) VALUES ('Ab\ufffd');" in schema.schema_from_sqlite(db, sample_rows=1)


def test_schema_from_sql_matches_the_sqlite_file(spider_db):
    text = schema.schema_from_sqlite(spider_db, "create_table", sample_rows=1)
    for fmt in schema.FORMATS:
        assert schema.schema_from_sql(text, fmt, 1) == schema.schema_from_sqlite(spider_db, fmt, 1)


def test_schema_from_sql_names_the_failing_statement():
    text = "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT) ENGINE=InnoDB;\nCREATE TABLE c (z INT);"
    with pytest.raises(SqltuneError) as e:
        schema.schema_from_sql(text)
    assert "statement 2" in str(e.value) and "CREATE TABLE b (y INT) ENGINE=InnoDB" in str(e.value)
    with pytest.raises(SqltuneError, match="no CREATE TABLE"):
        schema.schema_from_sql("-- nothing here\n")


def test_unknown_format_is_an_error(spider_db):
    with pytest.raises(SqltuneError, match="compact"):
        schema.schema_from_sqlite(spider_db, "yaml")


def test_split_statements_respects_strings_and_triggers():
    text = ("INSERT INTO t VALUES ('a;b'); -- c;d\n"
            "CREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = 1; END;\nSELECT 1")
    parts = split_statements(text)
    assert parts == ["INSERT INTO t VALUES ('a;b');",
                     "-- c;d\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN UPDATE t SET x = 1; END;", "SELECT 1"]


def test_database_from_context_runs_a_gretel_context():
    context = ("CREATE TABLE crops (id INT, name VARCHAR(50), yield INT); "
               "INSERT INTO crops VALUES (1, 'corn', 200), (2, 'soy', 60), (3, 'corn', 170);")
    conn = memory_database(context)
    assert conn.execute("SELECT SUM(yield) FROM crops WHERE name = 'corn'").fetchone() == (370,)
    other = memory_database(context)  # private: a second one does not see the first's changes
    conn.execute("DELETE FROM crops")
    assert other.execute("SELECT count(*) FROM crops").fetchone() == (3,)
    with pytest.raises(SqltuneError, match=r"statement 2 failed .*no such table: nope"):
        memory_database("CREATE TABLE a (x INT); INSERT INTO nope VALUES (1);")


@pytest.mark.parametrize("build", [memory_database, schema.schema_from_sql])
def test_context_text_cannot_create_files(tmp_path, build):
    """Dataset or client text runs in a private database: ATTACH (which would create a file) is refused."""
    target = tmp_path / "escaped.sqlite"
    text = f"ATTACH DATABASE '{target}' AS x; CREATE TABLE x.t (a INT); CREATE TABLE t (a INT);"
    with pytest.raises(SqltuneError):
        build(text)
    assert not target.exists()
