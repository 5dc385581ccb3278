"""Random and adversarial SQL against a copy of a Spider database, in a child process with an address-space
limit: the file stays byte-identical, no file appears beside it, every query ends within its time limit plus
a second, memory stays bounded and the process does not crash.

What it tries (seeded, deterministic, 260 queries):
- every function SQLite lists in pragma_function_list (allowed or not), with 0-3 arguments drawn from: huge
  and negative counts (2147483647, -2147483648, 9223372036854775807, 1e308), NULL, zero, blobs (x'00ff',
  zeroblob(999999)), invalid UTF-8 text (CAST(x'ff' AS TEXT)), long text (1 MB of 'a'), JSON text, printf
  formats with '*' widths and precisions, LIKE/GLOB patterns with many wildcards, column values;
- the same calls nested two deep and inside recursive CTEs that run for ever or for 10^6 rows;
- statements that must be refused: DDL, DML, PRAGMA (read and write), ATTACH, DETACH, VACUUM, VACUUM INTO a
  file beside the database, transactions, load_extension, fts3_tokenizer, several statements in one string;
- nested subqueries 60 deep, wide results (300 columns), cross joins of every table, deep expressions.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import subprocess
import sys
import textwrap

TIMEOUT = 1.0
BIG_TEXT = "replace(hex(zeroblob(499999)), '0', 'a')"
ARGS = ["2147483647", "-2147483648", "9223372036854775807", "-1", "0", "1e308", "NULL", "x'00ff'",
        "zeroblob(999999)", "CAST(x'ff' AS TEXT)", BIG_TEXT, "'{\"a\":[1,2,{\"b\":null}]}'", "'%.*c%*d%!.*f'",
        "'" + "%_" * 40 + "'", "'*?[a-z]*'", "'now'", "'simple'", "x'4141414141414141'", "name", "age", "3.5",
        "'" + "a" * 200 + "'", "char(55296)", "''"]
REFUSED = ["DROP TABLE singer", "DELETE FROM singer", "UPDATE singer SET age = 1", "CREATE TABLE x (a)",
           "INSERT INTO singer (singer_id) VALUES (1000)", "CREATE INDEX i ON singer (age)", "PRAGMA user_version = 3",
           "PRAGMA table_info(singer)", "ATTACH '{dir}/evil.db' AS e", "DETACH main", "VACUUM",
           "VACUUM INTO '{dir}/copy.db'", "BEGIN", "COMMIT", "SELECT load_extension('{dir}/x')",
           "SELECT fts3_tokenizer('simple', x'4141414141414141')", "SELECT 1; DROP TABLE singer",
           "REINDEX", "ANALYZE", "CREATE TEMP TABLE t AS SELECT 1", "SELECT * FROM sqlite_stmt",
           "SELECT writefile('{dir}/w', 'x')", "SELECT readfile('/etc/passwd')"]


def queries(functions: list[str], directory: str, seed: int = 20261201) -> list[str]:
    rng = random.Random(seed)

    def call(depth: int = 0) -> str:
        args = [call(depth + 1) if depth < 1 and rng.random() < 0.2 else rng.choice(ARGS)
                for _ in range(rng.randint(0, 3))]
        return f"{rng.choice(functions)}({', '.join(args)})"

    out = [q.format(dir=directory) for q in REFUSED]
    while len(out) < 260:
        kind = rng.random()
        if kind < 0.6:
            out.append(f"SELECT {call()}, {call()} FROM singer")
        elif kind < 0.8:
            out.append(f"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c{rng.choice(['', ' LIMIT 1000000'])}) "
                       f"SELECT {call()} FROM c")
        else:
            out.append(f"SELECT {call()} WHERE {call()} LIKE {rng.choice(ARGS)}")
    out += ["SELECT " + "(SELECT " * 60 + "1" + ")" * 60,
            "SELECT " + ", ".join(f"{BIG_TEXT} AS c{i}" for i in range(300)),
            "SELECT " + ", ".join(f"zeroblob(999999) AS c{i}" for i in range(200)),
            "SELECT count(*) FROM singer, concert, stadium, singer_in_concert, singer AS s2, concert AS c2",
            "SELECT " + " + ".join(["1"] * 999),
            "SELECT " + "-" * 5000 + "1",
            "WITH RECURSIVE c(x) AS (SELECT zeroblob(999999) UNION ALL SELECT x FROM c) SELECT x FROM c ORDER BY 1",
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT group_concat(" + BIG_TEXT + ") FROM c"]
    rng.shuffle(out)
    return out[:360]


CHILD = textwrap.dedent("""
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (3 * 1024 ** 3, 3 * 1024 ** 3))
    from sqltune.sqlexec import Sandbox
    db, timeout, qs = sys.argv[1], float(sys.argv[2]), json.loads(sys.stdin.read())
    start_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with Sandbox(timeout=timeout, max_result_bytes=16_000_000) as sandbox:
        for i, q in enumerate(qs):
            t = time.monotonic()
            res = sandbox.run(db, q)
            print(json.dumps([i, time.monotonic() - t, res.error, len(res.rows)]), flush=True)
    print(json.dumps(["rss", (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - start_rss) // 1024]))
""")


def test_fuzzed_sql_cannot_change_crash_or_outlast_the_sandbox(spider_db):
    directory = spider_db.parent
    before = hashlib.sha256(spider_db.read_bytes()).hexdigest()
    files = sorted(p.name for p in directory.iterdir())
    functions = sorted({r[0] for r in sqlite3.connect(":memory:").execute("SELECT name FROM pragma_function_list")
                        if r[0].isidentifier()} | {"readfile", "writefile", "edit"})
    qs = queries(functions, str(directory))
    assert len(qs) >= 250 and qs == queries(functions, str(directory))  # deterministic
    proc = subprocess.run([sys.executable, "-c", CHILD, str(spider_db), str(TIMEOUT)], input=json.dumps(qs),
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    results, (_, rss_growth_mb) = lines[:-1], lines[-1]
    assert len(results) == len(qs)
    slow = [(qs[i][:200], round(t, 2), err) for i, t, err, _ in results if t > TIMEOUT + 1]
    assert not slow, slow
    errors = {i: err for i, _, err, _ in results}
    for i, q in enumerate(qs):
        if any(q.startswith(r.split(" ")[0]) for r in REFUSED if not r.startswith("SELECT")):
            assert errors[i] is not None, q  # nothing that writes or escapes succeeded
    assert rss_growth_mb < 1500, rss_growth_mb
    assert hashlib.sha256(spider_db.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in directory.iterdir()) == files
