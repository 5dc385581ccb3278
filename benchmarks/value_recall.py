"""How often value retrieval puts the values the gold SQL compares with into the prompt (CPU, no model).

    python benchmarks/value_recall.py [--budget 400] [--without prefix,codes] [--result benchmarks/results/cpu-<date>/value_recall.json]

For each question of the 20 held-out Spider train databases (`sqltune prepare --holdout-databases 20 --seed 42`,
where settings are chosen), of Spider dev and of Spider-Syn dev: the text literals the gold query compares a
column with (`=`, `!=`, `LIKE` with its `%` taken off, `IN`; numbers and dates left out), and the schema text
`--value-retrieval` writes for the question (sqltune.values.schema_with_values, compact, the given budget). A
literal counts as **in the database** when some text cell equals it (case and accents aside) and as **shown**
when the prompt's schema holds it (case, accents and punctuation aside) beside a column of that name. Shown where
the question does not hold the literal's words (case, accents and punctuation aside): the cases where the prompt says what the question does not
("female" -> 'F'). And the characters the values add to a question's schema text, on average over all questions.
"""

from __future__ import annotations

import argparse
import platform
import re
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path

import sqlglot
from sqlglot import exp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)

DATEISH = re.compile(r"[\d\s.:/%-]+")


def gold_literals(sql: str) -> list[tuple[str, str]]:
    """(column name, text literal) pairs the query compares; [] where it does not parse."""
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except sqlglot.errors.ParseError:
        return []
    pairs = []
    for node in tree.find_all(exp.EQ, exp.NEQ, exp.Like, exp.In):
        column, other = node.this, node.args.get("expression")
        if not isinstance(column, exp.Column):
            column, other = other, column  # ('x' = col)
        if not isinstance(column, exp.Column):
            continue
        literals = node.expressions if isinstance(node, exp.In) else [other]  # (not a subquery's own literals)
        for lit in literals:
            if not (isinstance(lit, exp.Literal) and lit.is_string):
                continue
            value = lit.this.strip("%") if isinstance(node, exp.Like) else lit.this
            if value and not DATEISH.fullmatch(value):
                pairs.append((column.name, value))
    return pairs


def measure(rows: list[tuple[str, str, Path]], budget: int) -> dict:
    """rows: (question, gold SQL, database file)."""
    from sqltune.schema import serialize
    from sqltune.values import index_for, normalize, schema_with_values

    stats = {"questions": len(rows), "with_literals": 0, "literals": 0, "in_database": 0, "shown": 0,
             "not_verbatim": 0, "not_verbatim_shown": 0, "value_chars": 0}
    misses = []
    conns: dict[Path, sqlite3.Connection] = {}
    t0 = time.perf_counter()
    plain: dict[Path, int] = {}
    for question, sql, path in rows:
        conn = conns.setdefault(path, sqlite3.connect(f"file:{path}?mode=ro", uri=True))
        text = schema_with_values(conn, question, "compact", budget)
        stats["value_chars"] += len(text) - plain.setdefault(path, len(serialize(conn, "compact")))
        pairs = gold_literals(sql)
        if not pairs:
            continue
        stats["with_literals"] += 1
        index = index_for(conn)
        for column, value in pairs:
            stats["literals"] += 1
            in_db = normalize(value) in index.exact
            stats["in_database"] += in_db
            # `Name type ['v1', 'v2']`: the values in the brackets right after a column of that name, compared
            # as the index compares them (the gold may say 'Louisville ,  Kentucky' for 'Louisville, Kentucky')
            shown = any(normalize(value) in {normalize(v) for v in re.findall(r"'((?:[^']|'')*)'", m.group(1))}
                        for m in re.finditer(rf"(?<![\w.]){re.escape(column)} [^,(\[\]]*\[([^\]]*)\]", text,
                                             re.IGNORECASE))
            stats["shown"] += shown
            if not re.search(rf"(?<!\S){re.escape(normalize(value))}(?!\S)", normalize(question)):
                stats["not_verbatim"] += 1
                stats["not_verbatim_shown"] += shown
            if in_db and not shown and len(misses) < 40:
                misses.append({"question": question, "column": column, "value": value})
    stats["seconds_per_question"] = round((time.perf_counter() - t0) / max(1, len(rows)), 4)
    stats["value_chars_per_question"] = round(stats.pop("value_chars") / max(1, len(rows)), 1)
    for conn in conns.values():
        conn.close()
    return {**stats, "misses": misses}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=int, default=400, help="characters of values (the default of --value-budget)")
    ap.add_argument("--without", default="", help="matching rules left out, to weigh each: prefix, codes (comma list)")
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()
    from sqltune import values

    for rule in filter(None, args.without.split(",")):
        if rule not in ("prefix", "codes"):
            ap.error(f"--without: unknown rule {rule!r} (prefix, codes)")
        if rule == "prefix":
            values.PREFIX_MIN_SHARE = 1.1  # no prefix shorter than its word
        else:
            values.CODE_MAX_VALUES = 0
        values.CACHE_VERSION = f"{values.CACHE_VERSION}-without-{args.without}"  # indexes of another shape
    from linking_recall import held_out  # (benchmarks/, beside this script)
    from sqltune import spider, testsets
    from sqltune.config import make_config

    train = spider.load_split("train")
    held = set(held_out(20, 42))
    sets = {"held-out (20 train databases)": [(r["question"], r["query"], spider.database_path(r["db_id"]))
                                              for r in train if r["db_id"] in held]}
    for name in ("spider-dev", "spider-syn"):
        test = testsets.load_test_set(name, make_config())
        sets[name] = [(it.question, it.gold, Path(it.db_path)) for it in test.items]
    report = {"date": date.today().isoformat(), "machine": platform.processor() or platform.machine(),
              "budget": args.budget, "without": args.without, "command": " ".join(["python", *sys.argv]), "sets": {}}
    print(f"{'set':<32}{'literals':>10}{'in db':>8}{'shown':>8}{'of in db':>10}{'not in question: shown':>24}"
          f"{'chars added':>13}")
    for name, rows in sets.items():
        s = report["sets"][name] = measure(rows, args.budget)
        print(f"{name:<32}{s['literals']:>10}{s['in_database']:>8}{s['shown']:>8}"
              f"{s['shown'] / max(1, s['in_database']):>10.1%}{s['not_verbatim_shown']:>14} of {s['not_verbatim']:<7}"
              f"{s['value_chars_per_question']:>15.1f}")
    print(f"wrote {write_result(report, args.card, 'value_recall', args.result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
