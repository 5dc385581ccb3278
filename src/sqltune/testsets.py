"""Test sets for `sqltune evaluate`: the built-in Spider dev, prepared test.jsonl files, Spider-format JSON
lists and gretel-shaped JSONL rows, as Items that carry what is needed to prompt for a question and to run its
gold SQL (a database file, or a CREATE/INSERT context built in memory)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .config import Config
from .errors import SqltuneError
from .paths import read_jsonl

SPIDER_DEV = "spider-dev"
SPIDER_SYN = "spider-syn"  # Spider dev with synonyms for the schema words


@dataclass
class Item:
    """One test question with everything needed to prompt for it and to run its gold SQL."""

    id: str
    question: str
    gold: str
    db_id: str | None = None
    db_path: Path | None = None
    context: str | None = None  # gretel: CREATE/INSERT text that builds the database
    prompt: str | None = None  # prepared rows carry their exact prompt
    category: str | None = None


@dataclass
class TestSet:
    name: str
    items: list[Item]
    category_kind: str | None = None  # "Spider hardness" or "sql_complexity"
    total: int = 0  # rows in the source
    available: int = 0  # rows that can be scored, before --limit
    skipped: dict[str, int] = field(default_factory=dict)
    db_dir: Path | None = None


def _spider_db_dir(db_dir: str | None) -> Path:
    if db_dir:
        return Path(db_dir)
    from .spider import spider_dir

    return spider_dir() / "database"


def _dev_hardness() -> dict[tuple[str, str], str]:
    """Spider dev hardness by (db_id, query): prepared rows carry the SQL but not Spider's parse tree."""
    from .hardness import hardness
    from .spider import load_split

    return {(r["db_id"], " ".join(r["query"].split())): hardness(r.get("sql")) for r in load_split("dev")}


def load_spider_dev() -> TestSet:
    from .hardness import hardness
    from .spider import load_split, spider_dir

    rows = load_split("dev")
    db_dir = spider_dir() / "database"
    items, skipped = [], Counter()
    for i, row in enumerate(rows):
        path = db_dir / row["db_id"] / f"{row['db_id']}.sqlite"
        if not path.is_file():
            skipped[f"database not shipped: {row['db_id']}"] += 1
            continue
        items.append(Item(id=f"dev-{i}", question=row["question"], gold=row["query"], db_id=row["db_id"],
                          db_path=path, category=hardness(row.get("sql"))))
    return TestSet(SPIDER_DEV, items, "Spider hardness", total=len(rows), skipped=dict(skipped), db_dir=db_dir)


def _read_rows(path: Path) -> list[dict]:
    if path.suffix == ".json":  # a JSON list of objects (or JSON Lines saved as .json), as prepare reads one
        from .sources import read_file

        return read_file(path)
    return read_jsonl(path, what="test set")


def load_test_file(path: Path, cfg: Config, db_dir: str | None = None) -> TestSet:
    """A prepared, Spider-format or gretel-shaped file as Items; every database is checked up front."""
    if not path.is_file():
        raise SqltuneError(f"test set not found: {path} (give a file, or {SPIDER_DEV} / {SPIDER_SYN})")
    rows = _read_rows(path)
    items: list[Item] = []
    kinds: set[str] = set()
    dev_hardness: dict | None = None
    base: Path | None = None
    seen: Counter = Counter()
    for n, row in enumerate(rows, 1):
        row_id = str(row.get("id") if row.get("id") is not None else f"{path.stem}-{n}")
        seen[row_id] += 1
        if seen[row_id] > 1:  # ids must be unique for resuming; keep the file usable anyway
            row_id = f"{row_id}#{seen[row_id]}"
        if isinstance(row.get("messages"), list) and row["messages"]:  # written by `sqltune prepare`
            gold = row.get("sql")
            if gold is None and len(row["messages"]) > 1:
                gold = row["messages"][1].get("content")
            item = Item(row_id, row.get("question") or "", gold, row.get("db_id"), context=row.get("context"),
                        prompt=row["messages"][0].get("content"), category=row.get("sql_complexity"))
            if item.db_id is None and item.context is None:
                raise SqltuneError(f"test row {row_id} in {path} has neither db_id nor context to run it on")
        elif cfg.context_column in row:  # gretel shape
            item = Item(row_id, str(row.get(cfg.question_column) or ""), row.get(cfg.sql_column),
                        context=row[cfg.context_column], category=row.get("sql_complexity"))
        elif "db_id" in row:  # Spider shape
            gold = row.get("query") if isinstance(row.get("query"), str) else row.get("sql")
            from .hardness import hardness

            item = Item(row_id, str(row.get("question") or ""), gold, row["db_id"],
                        category=hardness(row.get("sql")))
        else:
            raise SqltuneError(f"test row {row_id} in {path}: cannot tell its shape (expected 'messages' from "
                               f"sqltune prepare, '{cfg.context_column}' (gretel) or 'db_id' (Spider))")
        if not isinstance(item.gold, str) or not item.gold.strip():
            raise SqltuneError(f"test row {row_id} in {path} has no gold SQL")
        if item.db_id is None and not str(item.context).strip():
            raise SqltuneError(f"test row {row_id} in {path} has an empty context")
        if item.db_id is not None:
            kinds.add("spider")
            base = base or _spider_db_dir(db_dir)
            item.db_path = base / item.db_id / f"{item.db_id}.sqlite"
            if not item.db_path.is_file():
                raise SqltuneError(f"database '{item.db_id}' of test row {row_id} not found: {item.db_path}"
                                   + ("" if db_dir else " (pass --db-dir with <db_id>/<db_id>.sqlite folders)"))
            if item.category is None and not db_dir:
                dev_hardness = _dev_hardness() if dev_hardness is None else dev_hardness
                item.category = dev_hardness.get((item.db_id, " ".join(item.gold.split())))
        else:
            kinds.add("context")
        items.append(item)
    kind = None
    if any(it.category for it in items):
        kind = "Spider hardness" if kinds == {"spider"} else "sql_complexity"
    return TestSet(str(path), items, kind, total=len(rows), db_dir=base)


def load_spider_syn_dev() -> TestSet:
    """Spider-Syn dev: the Spider dev questions with schema words replaced by synonyms (Gan et al., ACL 2021;
    bundled, MIT), on the same databases; ids syn-dev-N pair with Spider dev's dev-N."""
    from .spider import spider_dir
    from .spider_syn import load_spider_syn_dev as load
    from .spider_syn import load_syn_split

    rows, skipped = load()
    items = [Item(id=r["id"], question=r["question"], gold=r["query"], db_id=r["db_id"], db_path=r["db_path"],
                  category=r["hardness"]) for r in rows]
    return TestSet(SPIDER_SYN, items, "Spider hardness", total=len(load_syn_split("dev")), skipped=skipped,
                   db_dir=spider_dir() / "database")


BUILT_IN = {SPIDER_DEV: load_spider_dev, SPIDER_SYN: load_spider_syn_dev}


def load_test_set(spec: str, cfg: Config, db_dir: str | None = None, limit: int | None = None) -> TestSet:
    if spec in BUILT_IN and db_dir:
        raise SqltuneError(f"--db-dir is for Spider-format test files; {spec} uses the bundled databases")
    test = BUILT_IN[spec]() if spec in BUILT_IN else load_test_file(Path(spec), cfg, db_dir)
    test.available = len(test.items)
    if limit is not None:
        test.items = test.items[:limit]
    if not test.items:
        raise SqltuneError(f"test set {test.name} has no rows")
    return test
