"""How often schema linking keeps the tables the gold SQL needs (CPU, no model).

    .venv/bin/python benchmarks/linking_recall.py

For each question of Spider train whose database ships: the gold query's tables (sqlglot), the tables
sqltune.linking.link() keeps at several settings, and whether all gold tables survived. Reported on the 20
held-out train databases that `sqltune prepare --holdout-databases 20 --seed 42` picks (where settings are
chosen) and on all of Spider train. Recall of needed tables = questions whose every gold table is kept;
table recall = gold tables kept / gold tables. Writes benchmarks/results/cpu-2026-12-01/linking_recall.json.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import time
from pathlib import Path

import sqlglot
from sqlglot import exp

from sqltune import linking, spider
from sqltune.values import index_for

# (name, keep, min_score, hops)
SETTINGS = [("keep=2 hops=0", 2, 0.0, 0), ("keep=4 hops=0", 4, 0.0, 0), ("keep=6 hops=0", 6, 0.0, 0),
            ("keep=1 hops=1", 1, 0.0, 1), ("keep=2 hops=1", 2, 0.0, 1), ("keep=3 hops=1", 3, 0.0, 1),
            ("keep=4 hops=1", 4, 0.0, 1), ("all>0 hops=1", None, 0.0, 1), ("keep=2 hops=2", 2, 0.0, 2)]
OUT = Path(__file__).resolve().parent / "results" / "cpu-2026-12-01" / "linking_recall.json"


def gold_tables(sql: str) -> set[str] | None:
    try:
        tree = sqlglot.parse_one(sql, read="sqlite")
    except sqlglot.errors.ParseError:
        return None
    ctes = {c.alias_or_name.lower() for c in tree.find_all(exp.CTE)}
    return {t.name.lower() for t in tree.find_all(exp.Table) if t.name and t.name.lower() not in ctes}


def held_out(count: int, seed: int) -> list[str]:
    from sqltune import prepare as stage

    rows = spider.load_split("train")
    split = stage.Split("train", list(enumerate(rows)))
    return stage.holdout_databases(split, count, seed)[1].databases


def measure(rows: list[dict]) -> dict:
    conns: dict[str, sqlite3.Connection] = {}
    # Spider's databases are small (5-6 tables); those of 8 or more are where a cut saves prompt.
    stats = {f"{name}{part}": {"questions": 0, "all_kept": 0, "gold": 0, "gold_kept": 0, "kept": 0, "total": 0}
             for name, *_ in SETTINGS for part in ("", " [8+ tables]")}
    misses: dict[str, list[dict]] = {name: [] for name, *_ in SETTINGS}
    match_s = 0.0
    for row in rows:
        path = spider.database_path(row["db_id"])
        gold = gold_tables(row["query"])
        if path is None or not gold:
            continue
        if row["db_id"] not in conns:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            conn.text_factory = lambda b: b.decode("utf-8", "replace")
            conns[row["db_id"]] = conn
        conn = conns[row["db_id"]]
        t = time.perf_counter()
        matches = index_for(conn).match(row["question"], 20)
        match_s += time.perf_counter() - t
        for name, keep, min_score, hops in SETTINGS:
            linked = linking.link(conn, row["question"], keep, min_score, matches, hops=hops)
            kept = {x.lower() for x in linked.tables}
            for key in (name, f"{name} [8+ tables]") if len(linked.scores) >= 8 else (name,):
                s = stats[key]
                s["questions"] += 1
                s["all_kept"] += gold <= kept
                s["gold"] += len(gold)
                s["gold_kept"] += len(gold & kept)
                s["kept"] += len(kept)
                s["total"] += len(linked.scores)
            if not gold <= kept and len(misses[name]) < 15:
                misses[name].append({"db_id": row["db_id"], "question": row["question"],
                                     "missing": sorted(gold - kept), "kept": sorted(kept)})
    for conn in conns.values():
        conn.close()
    out = {}
    for name, s in stats.items():
        n = max(s["questions"], 1)
        out[name] = {"questions": s["questions"], "recall_all_tables": round(s["all_kept"] / n, 4),
                     "table_recall": round(s["gold_kept"] / max(s["gold"], 1), 4),
                     "mean_tables_kept": round(s["kept"] / n, 2), "mean_tables_total": round(s["total"] / n, 2),
                     "examples_missed": misses.get(name, [])}
    out["_match_ms_mean"] = round(1000 * match_s / max(len(rows), 1), 2)
    return out


def print_table(title: str, result: dict) -> None:
    print(f"\n{title}")
    print(f"{'setting':<27} {'questions':>9} {'all gold kept':>14} {'table recall':>13} {'kept/total':>12}")
    for name, r in result.items():
        if name.startswith("_"):
            continue
        print(f"{name:<27} {r['questions']:>9} {100 * r['recall_all_tables']:>13.1f}% "
              f"{100 * r['table_recall']:>12.1f}% {r['mean_tables_kept']:>5.2f}/{r['mean_tables_total']:<6.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--holdout-databases", type=int, default=20)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--output", default=str(OUT))
    parser.add_argument("--held-out-only", action="store_true", help="skip all-train (quick look; writes nothing)")
    args = parser.parse_args()
    train = spider.load_split("train")
    dbs = set(held_out(args.holdout_databases, args.seed))
    results = {"what": "schema linking recall of gold tables (sqltune.linking.link), Spider train",
               "command": "python benchmarks/linking_recall.py", "card": "cpu", "date": "2026-12-01",
               "held_out_databases": sorted(dbs),
               "held_out": measure([r for r in train if r["db_id"] in dbs])}
    print_table(f"held-out databases ({len(dbs)}, --holdout-databases {args.holdout_databases} "
                f"--seed {args.seed})", results["held_out"])
    if args.held_out_only:
        return 0
    results["spider_train"] = measure(train)
    print_table("all Spider train", results["spider_train"])
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
