"""Turn a text-to-SQL source into train/test chat conversations.

Sources (--dataset): 'spider' (built in; its train and dev splits become train and test), 'gretel'
(= philschmid/gretel-synthetic-text-to-sql on the Hub), any Hub dataset name, or a local .jsonl, .json, .csv or
.parquet file. Single-split sources are shuffled with --seed, cut to --num-samples rows and --test-size of them
split off as test. Files whose rows already hold 'messages' (user turn, then assistant turn) are taken as they are.

With --holdout-databases N (Spider only) every question of N train databases, chosen with --seed among those
whose database ships, moves from train into a validation split: whole databases, because Spider dev's databases
never appear in train, so held-out rows of databases seen in training would overestimate. Choose settings on
validation.jsonl and report dev once per chosen setting.

Writes into --data-dir: train.jsonl, validation.jsonl (only with --holdout-databases), test.jsonl (one
conversation a line, with its question, context, SQL and id), summary.json (rows kept and dropped with their
ids, token lengths, the held-out databases) and config.yaml.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import random
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from . import paths, prompts
from .config import Config, dump_yaml
from .errors import SqltuneError
from .sources import Table, open_table, source_name

CONFIG_GROUPS = ("model", "data", "train")
# The default recipe's data since 2026-12-07: each training row also turned around, its SQL in and its question
# out (held-out databases, docs/BENCHMARKS.md). Config keeps False: a model folder that does not record review rows
# is no reviewer.
DEFAULTS = {"review_rows": True}

PASSTHROUGH = ("sql_complexity", "task")
PERCENTILES = (50, 90, 95, 99)
# Spider rows whose database is not bundled (96 train, 62 dev) or whose gold SQL does not compile (3 train):
# facts of the bundled data, so dropped even with --bad-rows fail.
ALWAYS_DROPPED = ("missing_database", "invalid_gold_sql")
PREPARED = ("summary.json",)  # what marks a folder as an earlier prepare output, replaceable without --overwrite


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--limit", type=int, metavar="N",
                        help="Keep at most N rows of each split (a seeded sample), for quick runs. Review rows "
                        "(--review-rows) come on top: one more for each train row kept.")
    parser.add_argument("--no-tokenize", action="store_true",
                        help="Skip counting tokens: faster, but no length statistics and no --max-length check.")
    parser.add_argument("--overwrite", action="store_true",
                        help="Replace --data-dir even when it holds files sqltune did not write. Without it, only "
                        "an empty folder or an earlier `sqltune prepare` output (summary.json) is replaced.")


def main(cfg: Config, args: argparse.Namespace) -> int:
    limit = getattr(args, "limit", None)
    if limit is not None and limit <= 0:
        raise SqltuneError(f"--limit must be positive (got {limit})")
    load = None
    if not getattr(args, "no_tokenize", False):
        from .models import load_tokenizer

        def load():
            return load_tokenizer(cfg)
    # checked before the source is read: a wrong --data-dir fails at once, not after the conversion
    paths.check_output_dir(cfg.data_dir, PREPARED, getattr(args, "overwrite", False), "--data-dir")
    prepare(cfg, limit=limit, load_tokenizer=load, overwrite=getattr(args, "overwrite", False))
    return 0


# --- reading sources ---------------------------------------------------------------------------------------

def _check_columns(cfg: Config, table: Table) -> None:
    if "messages" in table.columns:
        return
    for key in ("question_column", "context_column", "sql_column"):
        column = getattr(cfg, key)
        if column not in table.columns:
            raise SqltuneError(f"{cfg.dataset}: column '{column}' not found (set --{key.replace('_', '-')}); "
                               f"available columns: {', '.join(table.columns) or 'none'}")


# --- splitting ---------------------------------------------------------------------------------------------

@dataclass
class Split:
    name: str
    rows: list[tuple[int, dict]]  # (position in the source split, raw row)
    origin: str | None = None  # the source split the rows come from, where not `name` (it names generated ids)
    databases: list[str] | None = None  # the Spider databases a held-out split consists of


def _sample(rows: list[tuple[int, dict]], limit: int | None, seed: int) -> list[tuple[int, dict]]:
    if limit is None or limit >= len(rows):
        return rows
    keep = sorted(random.Random(seed).sample(range(len(rows)), limit))
    return [rows[i] for i in keep]


def split_table(table: Table, cfg: Config, notes: list[str]) -> list[Split]:
    """Shuffle with the seed, take num_samples, test = the first test_size of them, train = the rest.

    The test rows come first in the permutation, so a larger --num-samples adds training rows and leaves the
    test set as it was.
    """
    if cfg.test_size >= table.size:
        raise SqltuneError(f"{cfg.dataset} has {table.size} rows: --test-size {cfg.test_size} leaves none to train "
                           "on (lower --test-size)")
    order = list(range(table.size))
    random.Random(cfg.seed).shuffle(order)
    take = table.size if cfg.num_samples is None else cfg.num_samples
    if take > table.size:
        notes.append(f"the source has {table.size} rows, fewer than --num-samples {take}: all taken")
    test_idx, train_idx = order[: cfg.test_size], order[cfg.test_size: take]
    return [Split("train", list(zip(train_idx, table.fetch(train_idx), strict=True))),
            Split("test", list(zip(test_idx, table.fetch(test_idx), strict=True)))]


def add_spider_syn(train: Split, held_out: set[str]) -> Split:
    """Spider train with Spider-Syn train added (the same SQL, schema words in the questions replaced by
    synonyms), leaving out the databases of the other splits so that none of their questions is trained on."""
    from .spider_syn import load_syn_split

    extra = [(len(train.rows) + k, {**row, "id": f"spider-syn-train-{k:05d}"})
             for k, row in enumerate(load_syn_split("train")) if row["db_id"] not in held_out]
    return dataclasses.replace(train, rows=train.rows + extra)


def holdout_databases(train: Split, count: int, seed: int) -> tuple[Split, Split]:
    """Move every row of `count` Spider databases out of `train` into a "validation" split.

    Only databases whose .sqlite file ships are eligible, so every validation row can be executed. They are
    shuffled with the seed and the first `count` taken: a larger count keeps the databases a smaller one held
    out and adds more. Row ids stay those of Spider train (spider-train-NNNNN).
    """
    from . import spider

    eligible = sorted({raw["db_id"] for _, raw in train.rows if spider.database_path(raw["db_id"]) is not None})
    if count >= len(eligible):
        raise SqltuneError(f"--holdout-databases {count} leaves no database to train on: Spider train has "
                           f"{len(eligible)} databases that ship (choose at most {len(eligible) - 1}, or 0 for "
                           "no validation split)")
    order = list(eligible)
    random.Random(seed).shuffle(order)
    held = sorted(order[:count])
    chosen = set(held)
    return (Split(train.name, [(i, raw) for i, raw in train.rows if raw["db_id"] not in chosen], train.origin),
            Split("validation", [(i, raw) for i, raw in train.rows if raw["db_id"] in chosen],
                  train.origin or train.name, held))


# --- rows --------------------------------------------------------------------------------------------------

def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value.strip() if isinstance(value, str) else str(value).strip()


_RECIPE_PARTS = re.compile(r"<SCHEMA>\n(?P<context>.*)\n</SCHEMA>\n<USER_QUERY>\n(?P<question>.*)\n</USER_QUERY>", re.S)


def _from_messages(raw: dict) -> tuple[list[dict] | None, str, str, str]:
    """(messages, question, context, sql) of an already-prepared row; messages None if malformed."""
    messages = raw.get("messages")
    ok = (isinstance(messages, list) and len(messages) == 2 and all(isinstance(m, dict) for m in messages)
          and [m.get("role") for m in messages] == ["user", "assistant"]
          and all(isinstance(m.get("content"), str) and m["content"].strip() for m in messages))
    if not ok:
        return None, "", "", ""
    messages = [{"role": m["role"], "content": m["content"]} for m in messages]
    question, context = _text(raw.get("question")), _text(raw.get("context"))
    if not (question and context):  # the recipe's rows carry only the prompt: read the parts back out of it
        match = _RECIPE_PARTS.search(messages[0]["content"])
        if match:
            question, context = question or match["question"].strip(), context or match["context"].strip()
    return messages, question, context, _text(raw.get("sql")) or messages[1]["content"].strip()


@dataclass
class SplitResult:
    name: str
    rows: list[dict] = field(default_factory=list)
    read: int = 0
    dropped: dict[str, list[str]] = field(default_factory=dict)
    conversation_tokens: list[int] = field(default_factory=list)
    prompt_tokens: list[int] = field(default_factory=list)
    other_format_tokens: list[int] = field(default_factory=list)  # Spider: the same rows in the other format

    def drop(self, reason: str, row_id: str) -> None:
        self.dropped.setdefault(reason, []).append(row_id)


def _count(tokenizer: Any, messages: list[dict], add_generation_prompt: bool = False) -> int:
    ids = tokenizer.apply_chat_template(messages, tokenize=True, add_generation_prompt=add_generation_prompt)
    if hasattr(ids, "keys"):  # transformers 5 returns a BatchEncoding
        ids = ids["input_ids"]
    return len(ids)


def other_schema_format(schema_format: str) -> str:
    """The schema format prepare compares the chosen one with in its fit report."""
    return "create_table" if schema_format == "compact" else "compact"


class SpiderDatabases:
    """Schema text and a compile check for Spider rows, one read-only connection per database."""

    def __init__(self, cfg: Config):
        self.cfg = cfg
        self.schema_format, self.sample_rows = cfg.schema_format, cfg.sample_rows
        self._schemas: dict[tuple[str, str], str | None] = {}
        self._conns: dict[str, Any] = {}
        self._rng = random.Random(cfg.seed)  # one stream through the training rows: augmentations are seeded
        self._split_dbs: dict[str, list[str]] = {}

    def context(self, db_id: str, question: str, sql: str, split: Split) -> str | None:
        """The schema text of one row: the database's (cached), or the question's own with value retrieval or
        schema linking (prompts.question_schema, as at inference), or for a training row with --augment its
        augmented text (sqltune.augment)."""
        base = self.schema(db_id)
        cfg = self.cfg
        if base is None:
            return None
        if split.name == "train" and cfg.augment:
            from .augment import augment_schema

            if split.name not in self._split_dbs:
                self._split_dbs[split.name] = sorted({raw["db_id"] for _, raw in split.rows})
            others = [text for other in self._split_dbs[split.name] if other != db_id and (text := self.schema(other))]
            text = augment_schema(self._conn(db_id), sql, cfg.schema_format, cfg.augment, self._rng, others,
                                  cfg.sample_rows, question, cfg.linking_keep, cfg.linking_hops)
            if cfg.value_retrieval:  # the values go in as at inference (linking: `--augment link` is its cut)
                from .values import index_for, render_values

                matches = index_for(self._conn(db_id)).match(question, 20)
                text = render_values(text, cfg.schema_format, matches, cfg.value_budget)
            return text
        if prompts.per_question(cfg):
            return prompts.question_schema(cfg, self._conn(db_id), question)
        return base

    def _conn(self, db_id: str):
        from . import spider
        from .sqlexec import read_only

        if db_id not in self._conns:
            self._conns[db_id] = read_only(spider.database_path(db_id))
        return self._conns[db_id]

    def schema(self, db_id: str, schema_format: str | None = None) -> str | None:
        """The serialized schema (in --schema-format unless told), or None where the database is not bundled."""
        key = (db_id, schema_format or self.schema_format)
        if key not in self._schemas:
            from . import schema, spider

            path = spider.database_path(db_id)
            self._schemas[key] = None if path is None else schema.schema_from_sqlite(path, key[1], self.sample_rows)
        return self._schemas[key]

    def sql_error(self, db_id: str, sql: str) -> str | None:
        """Why the gold SQL does not compile on its database (EXPLAIN compiles without running), or None."""
        import sqlite3


        try:
            self._conn(db_id).execute("EXPLAIN " + sql)
        except sqlite3.Error as e:
            return str(e)
        return None

    def close(self) -> None:
        for conn in self._conns.values():
            conn.close()
        self._conns.clear()


def convert_split(split: Split, cfg: Config, source: str, tokenizer: Any = None,
                  spider_dbs: SpiderDatabases | None = None) -> SplitResult:
    """Turn raw rows into output rows, sorting out bad ones.

    With `spider_dbs` the rows are Spider's (context from the database); otherwise rows map cfg's columns or
    pass their `messages` through. With a tokenizer, train rows whose prompt alone is longer than max_length
    are dropped (unless wrapped packing, which has no per-row limit); test rows never are (that would bias
    the evaluation).
    """
    result = SplitResult(split.name, read=len(split.rows))
    seen: set[str] = set()
    for index, raw in split.rows:
        row_id = _text(raw.get("id"))
        if not row_id or row_id in seen:
            row_id = f"{source}-{split.origin or split.name}-{index:05d}"
        seen.add(row_id)
        db_id = None
        if spider_dbs is not None:
            db_id = raw["db_id"]
            question, sql = _text(raw.get("question")), _text(raw.get("query"))
            context = spider_dbs.context(db_id, question, sql, split)
            if context is None:
                result.drop("missing_database", row_id)
                continue
            if sql and spider_dbs.sql_error(db_id, sql):  # 3 train rows: training on SQL that cannot run
                result.drop("invalid_gold_sql", row_id)
                continue
            messages = None
        elif raw.get("messages") is not None:
            messages, question, context, sql = _from_messages(raw)
            if messages is None:
                result.drop("bad_messages", row_id)
                continue
            db_id = raw.get("db_id")
        else:
            question, context, sql = (_text(raw.get(cfg.question_column)), _text(raw.get(cfg.context_column)),
                                      _text(raw.get(cfg.sql_column)))
            messages = None
        if messages is None:
            missing = [name for name, value in (("question", question), ("context", context), ("sql", sql))
                       if not value]
            if missing:
                result.drop(f"missing_{missing[0]}", row_id)
                continue
            messages = prompts.conversation(prompts.build_prompt(context, question, cfg.prompt_template), sql)
        if tokenizer is not None:
            prompt_len = _count(tokenizer, messages[:1], add_generation_prompt=True)
            # Wrapped packing cuts the token stream anywhere, so no single row is too long for it.
            wrapped = cfg.packing and cfg.packing_strategy == "wrapped"
            if split.name == "train" and prompt_len > cfg.max_length and not wrapped:
                result.drop("prompt_too_long", row_id)
                continue
            result.prompt_tokens.append(prompt_len)
            result.conversation_tokens.append(_count(tokenizer, messages))
            if spider_dbs is not None:  # what the other schema format would cost, for the fit report
                other = spider_dbs.schema(db_id, other_schema_format(cfg.schema_format))
                result.other_format_tokens.append(_count(tokenizer, prompts.conversation(
                    prompts.build_prompt(other, question, cfg.prompt_template), sql)))
        # A prepared row keeps the source it names (it may come from an earlier prepare of another source).
        row_source = (_text(raw.get("source")) or source) if raw.get("messages") is not None else source
        row = {"id": row_id, "messages": messages, "question": question, "context": context, "sql": sql,
               "db_id": db_id, "source": row_source}
        for key in PASSTHROUGH:
            if raw.get(key) is not None:
                row[key] = raw[key]
        result.rows.append(row)
    return result


def _fail_on_bad_rows(result: SplitResult, cfg: Config) -> None:
    bad = {reason: ids for reason, ids in result.dropped.items() if reason not in ALWAYS_DROPPED}
    if cfg.bad_rows != "fail" or not bad:
        return
    parts = []
    for reason, ids in bad.items():
        shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
        detail = f" (longer than --max-length {cfg.max_length} tokens)" if reason == "prompt_too_long" else ""
        parts.append(f"{len(ids)} {reason}{detail}: {shown}")
    raise SqltuneError(f"bad {result.name} rows in {cfg.dataset}: {'; '.join(parts)}; fix them or pass "
                       "--bad-rows drop to drop them")


# --- statistics and output ---------------------------------------------------------------------------------

def percentiles(values: Sequence[int]) -> dict[str, int] | None:
    """Nearest-rank percentiles p50/p90/p95/p99 and max."""
    if not values:
        return None
    ordered = sorted(values)
    stats = {f"p{p}": ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] for p in PERCENTILES}
    stats["max"] = ordered[-1]
    return stats


def _split_summary(split: Split, result: SplitResult, cfg: Config, tokenized: bool) -> dict:
    summary: dict[str, Any] = {
        "read": result.read, "kept": len(result.rows), "dropped": result.read - len(result.rows),
        "dropped_ids": result.dropped,
    }
    if split.databases is not None:
        summary["databases"] = split.databases
    if tokenized:
        summary["tokens"] = {
            "conversation": percentiles(result.conversation_tokens),
            "prompt": percentiles(result.prompt_tokens),
            "conversations_over_max_length": sum(n > cfg.max_length for n in result.conversation_tokens),
        }
        if result.other_format_tokens:
            other = other_schema_format(cfg.schema_format)
            summary["fit"] = {"max_length": cfg.max_length, "rows": len(result.conversation_tokens),
                              cfg.schema_format: sum(n <= cfg.max_length for n in result.conversation_tokens),
                              other: sum(n <= cfg.max_length for n in result.other_format_tokens)}
    else:
        summary["tokens"] = None
    return summary


def with_review_rows(rows: list[dict]) -> list[dict]:
    """--review-rows: each training row followed by one whose user turn is its SQL and whose answer is its
    question (prompts.review_conversation), marked `"task": "review"`. Rows prepared again keep theirs and get
    no second one."""
    have = {row["id"] for row in rows if row.get("task") == "review"}
    out = []
    for row in rows:
        out.append(row)
        if row.get("task") != "review" and row["sql"] and row["question"] and f"{row['id']}-review" not in have:
            out.append({"id": f"{row['id']}-review", "question": row["question"], "context": "", "sql": row["sql"],
                        "messages": prompts.review_conversation(row["sql"], row["question"]),
                        "db_id": row["db_id"], "source": row["source"], "task": "review"})
    return out


def _write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def _print_summary(summary: dict, data_dir: str, out: TextIO) -> None:
    print(f"prepared {summary['source']} -> {data_dir}", file=out)
    print(f"{'split':<10} {'read':>7} {'kept':>7} {'dropped':>8}  {'prompt p50/p95/max':>19}  "
          f"{'full p50/p95/max':>17}  {'> max_length':>12}", file=out)
    for name, s in summary["splits"].items():
        tok = s["tokens"]
        if tok and tok["prompt"]:
            prompt = "{p50}/{p95}/{max}".format(**tok["prompt"])
            full = "{p50}/{p95}/{max}".format(**tok["conversation"])
            over = str(tok["conversations_over_max_length"])
        else:
            prompt = full = over = "-"
        print(f"{name:<10} {s['read']:>7} {s['kept']:>7} {s['dropped']:>8}  {prompt:>19}  {full:>17}  {over:>12}",
              file=out)
        fit = s.get("fit")
        if fit:
            mine, other = [k for k in fit if k not in ("max_length", "rows")]
            print(f"  {name}: {fit[mine]:,} of {fit['rows']:,} conversations fit in --max-length {fit['max_length']} "
                  f"with {mine} schemas ({fit[other]:,} would with {other})", file=out)
        if s.get("review_rows"):
            print(f"  {name}: {s['review_rows']:,} review rows added (each row's SQL in, its question out)", file=out)
        for reason, ids in s["dropped_ids"].items():
            print(f"  dropped {len(ids)} {name} row(s): {reason} (ids in summary.json)", file=out)
        if s.get("databases") is not None:
            print(f"  {name} databases ({len(s['databases'])}): {', '.join(s['databases'])}", file=out)
    for note in summary["notes"]:
        print(f"note: {note}", file=out)


def train_extra(cfg: Config) -> str | None:
    """The extra training rows --train-extra adds: auto takes Spider-Syn's for Spider and none for other data."""
    if cfg.train_extra == "auto":
        return "spider-syn" if cfg.dataset == "spider" else None
    return cfg.train_extra


def prepare(cfg: Config, tokenizer: Any = None, limit: int | None = None, out: TextIO | None = None,
            load_tokenizer: Callable[[], Any] | None = None, overwrite: bool = False) -> dict:
    """Read cfg.dataset, convert and split it, write cfg.data_dir; returns the summary.

    `load_tokenizer` is called only once the source has been read, so a wrong file fails at once. cfg.data_dir
    is replaced only when empty, an earlier prepare output, or with `overwrite` (paths.check_output_dir).
    """
    _check_template(cfg.prompt_template)
    notes: list[str] = []
    extra = train_extra(cfg)
    if (extra or cfg.augment) and cfg.dataset != "spider":
        raise SqltuneError("--train-extra and --augment work on Spider's databases: use --dataset spider")
    if cfg.holdout_databases and cfg.dataset != "spider":
        raise SqltuneError(f"--holdout-databases holds out whole Spider databases; {cfg.dataset} has none to hold "
                           "out: use --dataset spider, or --holdout-databases 0 (--test-size sets its test split)")
    if cfg.dataset == "spider":
        from . import spider

        source = "spider"
        splits = [Split("train", list(enumerate(spider.load_split("train")))),
                  Split("test", list(enumerate(spider.load_split("dev"))))]
        if cfg.holdout_databases:
            splits = [*holdout_databases(splits[0], cfg.holdout_databases, cfg.seed), splits[1]]
        if extra == "spider-syn":
            splits[0] = add_spider_syn(splits[0], {db for s in splits[1:] for db in s.databases or ()})
        spider_dbs = SpiderDatabases(cfg)
        source_rows = sum(len(s.rows) for s in splits)
    else:
        source = source_name(cfg.dataset)
        table = open_table(cfg.dataset)
        _check_columns(cfg, table)
        splits = split_table(table, cfg, notes)
        spider_dbs = None
        source_rows = table.size
    if limit is not None:
        splits = [dataclasses.replace(s, rows=_sample(s.rows, limit, cfg.seed)) for s in splits]
    if tokenizer is None and load_tokenizer is not None:
        tokenizer = load_tokenizer()

    summary: dict[str, Any] = {"source": source, "dataset": cfg.dataset, "train_extra": extra, "source_rows": source_rows,
                               "splits": {}, "notes": notes}
    try:
        with paths.atomic_dir(cfg.data_dir, overwrite, PREPARED, "--data-dir") as tmp:
            _write_splits(tmp, splits, cfg, source, tokenizer, spider_dbs, summary)
    finally:
        if spider_dbs is not None:
            spider_dbs.close()
    _print_summary(summary, cfg.data_dir, out or sys.stdout)
    return summary


def _write_splits(tmp: Path, splits: list[Split], cfg: Config, source: str, tokenizer: Any,
                  spider_dbs: SpiderDatabases | None, summary: dict) -> None:
    for split in splits:
        result = convert_split(split, cfg, source, tokenizer, spider_dbs)
        _fail_on_bad_rows(result, cfg)
        if not result.rows and split.name == "train":
            counts = ", ".join(f"{len(ids)} {reason}" for reason, ids in result.dropped.items())
            raise SqltuneError(f"no usable train rows in {cfg.dataset}: all {result.read} dropped ({counts})")
        rows = with_review_rows(result.rows) if split.name == "train" and cfg.review_rows else result.rows
        _write_jsonl(tmp / f"{split.name}.jsonl", rows)
        summary["splits"][split.name] = _split_summary(split, result, cfg, tokenizer is not None)
        if split.name == "train":
            summary["splits"]["train"]["review_rows"] = len(rows) - len(result.rows)
    summary["config"] = cfg.to_dict()
    (tmp / "summary.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (tmp / "config.yaml").write_text(dump_yaml(cfg), encoding="utf-8")


def _check_template(template: str) -> None:
    if template in prompts.PROMPT_TEMPLATES:
        return
    missing = [key for key in ("{context}", "{question}") if key not in template]
    try:
        prompts.build_prompt("c", "q", template)
    except (KeyError, IndexError, ValueError) as e:
        raise SqltuneError(f"--prompt-template is neither a template name ({', '.join(prompts.PROMPT_TEMPLATES)}) "
                           f"nor a valid text with {{context}} and {{question}}: {e!r}") from None
    if missing:
        raise SqltuneError(f"--prompt-template text lacks {' and '.join(missing)} (or name one of "
                           f"{', '.join(prompts.PROMPT_TEMPLATES)})")
