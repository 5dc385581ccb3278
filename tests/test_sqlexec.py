"""The execution sandbox on a real Spider database: writes and escapes are refused and leave the file
byte-for-byte unchanged, endless queries are cut, errors are categorized."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from sqltune.sqlexec import Sandbox, context_database, execute, open_readonly

ENDLESS = "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_writes_and_escapes_are_refused_and_leave_the_file_unchanged(spider_db, tmp_path):
    before, files_before = digest(spider_db), sorted(p.name for p in tmp_path.iterdir())
    other = tmp_path / "other.db"
    attempts = [
        "DROP TABLE singer",
        "UPDATE singer SET age = 0",
        "INSERT INTO singer (singer_id, name) VALUES (99, 'x')",
        "DELETE FROM singer",
        "CREATE TABLE t (a)",
        "ALTER TABLE singer ADD COLUMN z",
        "CREATE INDEX i ON singer (age)",
        f"ATTACH '{other}' AS o",
        "PRAGMA writable_schema = ON",
        "PRAGMA journal_mode = WAL",
        "SELECT load_extension('libm')",
        "VACUUM",
        f"VACUUM INTO '{tmp_path / 'copy.db'}'",
        "BEGIN",
        "SELECT 1; DROP TABLE singer",
    ]
    with Sandbox(timeout=2) as sandbox:
        for sql in attempts:
            res = sandbox.run(spider_db, sql)
            assert res.error == "not_allowed", (sql, res)
        # The connection still answers reads afterwards, with the original data.
        assert sandbox.run(spider_db, "SELECT count(*) FROM singer").rows == [(6,)]
    assert digest(spider_db) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == files_before  # no journal, WAL, attached or vacuumed file


def test_read_only_mode_holds_even_without_the_authorizer(spider_db):
    before = digest(spider_db)
    conn = open_readonly(spider_db)
    conn.set_authorizer(None)  # second line of defence alone: SQLite's mode=ro
    for sql in ("DROP TABLE singer", "UPDATE singer SET age = 0", "PRAGMA user_version = 7"):
        res = execute(conn, sql)
        assert res.error == "not_allowed" and "readonly" in res.message, (sql, res)
    conn.close()
    assert digest(spider_db) == before


def test_endless_query_is_cut_at_the_limit(spider_db):
    with Sandbox(timeout=0.3) as sandbox:
        res = sandbox.run(spider_db, ENDLESS)
        assert res.error == "timeout" and res.rows == []
        assert 0.25 < res.elapsed < 3
        # The handler is per query: the next query on the same connection is not cut.
        assert sandbox.run(spider_db, "SELECT count(*) FROM concert").ok


def test_row_cap(spider_db):
    res = execute(open_readonly(spider_db), "SELECT * FROM singer", row_cap=2)
    assert res.error == "too_many_rows" and res.truncated and len(res.rows) == 2
    exact = execute(open_readonly(spider_db), "SELECT * FROM singer", row_cap=6)
    assert exact.ok and len(exact.rows) == 6 and not exact.truncated
    assert exact.columns[:2] == ["Singer_ID", "Name"]


@pytest.mark.parametrize("sql, category", [
    ("SELEC name FROM singer", "syntax"),
    ("SELECT name FROM singer WHERE", "syntax"),
    ("SELECT name FROM singers", "no_such_table"),
    ("SELECT nam FROM singer", "no_such_column"),
    ("SELECT no_such_function(name) FROM singer", "other"),
    ("", "empty"),
    ("   ", "empty"),
    ("-- only a comment", "not_allowed"),
])
def test_error_categories(spider_db, sql, category):
    res = execute(open_readonly(spider_db), sql)
    assert res.error == category, res
    assert not res.ok and res.message


def test_connections_are_cached_per_file(spider_db):
    with Sandbox() as sandbox:
        assert sandbox.connection(spider_db) is sandbox.connection(spider_db.parent / spider_db.name)


def test_missing_file_is_not_created(tmp_path):
    with pytest.raises(FileNotFoundError):
        open_readonly(tmp_path / "nope.sqlite")
    assert not (tmp_path / "nope.sqlite").exists()


def test_gretel_context_database_is_private_and_guarded():
    context = ("CREATE TABLE crops (id INT, name VARCHAR(50), yield INT); "
               "INSERT INTO crops VALUES (1, 'corn', 200), (2, 'soy', 60);")
    conn = context_database(context)
    assert execute(conn, "SELECT sum(yield) FROM crops").rows == [(260,)]
    assert execute(conn, "DELETE FROM crops").error == "not_allowed"
    assert execute(conn, "SELECT count(*) FROM crops").rows == [(2,)]
    # Each context gets its own database: nothing is shared between rows.
    other = context_database("CREATE TABLE t (a INT);")
    assert execute(other, "SELECT * FROM crops").error == "no_such_table"
    assert execute(other, "SELECT count(*) FROM t").rows == [(0,)]  # its own table is there, and empty
