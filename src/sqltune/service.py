"""What `sqltune serve` serves, without the HTTP: the databases, the query executor (sqltune's sandbox, a few
queries at a time, off the event loop), the generation worker (one thread owns the model; waiting requests
are decoded together through sqltune.decoding, the same path as generate and evaluate) and the Service that
answers a question. The HTTP layer is sqltune.api."""

from __future__ import annotations

import asyncio
import collections
import concurrent.futures
import math
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import Config
from .errors import SqltuneError
from .sqlexec import ExecResult

MAX_QUESTION_CHARS = 4000
SCHEMA_BUILD_SECONDS = 2.0  # building an in-memory database from a client's schema text
MAX_RESPONSE_BYTES = 8_000_000  # what one query may hand back to a client (evaluate allows sqlexec's 64 MB)


@dataclass
class Settings:
    """The server's own limits (decoding comes from the config's decoding group, as in every stage)."""

    max_queue: int = 64
    max_batch: int = 8
    query_timeout: float = 5.0
    max_rows: int = 1000
    max_body_bytes: int = 1_000_000
    max_exec: int = 4
    max_schema_tokens: int = 2048  # a client's schema text (or full prompt), refused above before generation
    max_generation_seconds: float = 60.0  # one generate call; longer answers are cut there

    def validate(self) -> None:
        problems = []
        for name in ("max_queue", "max_batch", "max_rows", "max_body_bytes", "max_exec", "max_schema_tokens"):
            if getattr(self, name) <= 0:
                problems.append(f"--{name.replace('_', '-')} must be positive (got {getattr(self, name)})")
        for name in ("query_timeout", "max_generation_seconds"):
            if not getattr(self, name) > 0:  # (also refuses NaN)
                problems.append(f"--{name.replace('_', '-')} must be positive (got {getattr(self, name)})")
        if problems:
            raise SqltuneError("; ".join(problems))


# --- errors as JSON ----------------------------------------------------------------------------------------

class ApiError(Exception):
    """An error answered as {"error": {"message", "type", "code"}} (the OpenAI error shape)."""

    def __init__(self, status: int, message: str, code: str, type_: str = "invalid_request_error",
                 headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.code, self.type = status, message, code, type_
        self.headers = headers or {}


def error_body(message: str, code: str, type_: str = "invalid_request_error", **extra) -> dict:
    return {"error": {"message": message, "type": type_, "code": code, **extra}}

# --- databases ---------------------------------------------------------------------------------------------

@dataclass
class Database:
    name: str
    path: Path
    schema: str  # the schema text that goes into prompts
    tables: list[dict] = field(default_factory=list)

    def describe(self) -> dict:
        return {"name": self.name, "schema": self.schema, "tables": self.tables}


def _inspect_tables(path: Path) -> list[dict]:
    """Tables, columns, keys and row counts of a database file, read through a read-only connection."""
    from .schema import quote_name
    from .sqlexec import read_only

    conn = read_only(path)
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")]
        tables = []
        for name in names:
            q = quote_name(name)
            columns = [{"name": r[1], "type": r[2] or "", "primary_key": bool(r[5])}
                       for r in conn.execute(f"PRAGMA table_info({q})")]
            fks = [{"column": r[3], "references_table": r[2], "references_column": r[4]}
                   for r in conn.execute(f"PRAGMA foreign_key_list({q})")]
            deadline = time.monotonic() + 1.0
            conn.set_progress_handler(lambda d=deadline: 1 if time.monotonic() > d else 0, 1000)
            try:
                count = conn.execute(f"SELECT count(*) FROM {q}").fetchone()[0]
            except sqlite3.Error:
                count = None  # a huge table: not worth a slow start
            conn.set_progress_handler(None, 0)
            tables.append({"name": name, "columns": columns, "foreign_keys": fks, "row_count": count})
        return tables
    finally:
        conn.close()


def load_databases(paths: list[str], cfg: Config) -> dict[str, Database]:
    """The served databases by name (file stem); every problem is reported before the model loads."""
    from .schema import schema_from_sqlite

    dbs: dict[str, Database] = {}
    for p in paths:
        path = Path(p).expanduser()
        if not path.is_file():
            raise SqltuneError(f"database not found: {p}")
        name = path.stem
        if name in dbs:
            raise SqltuneError(f"two databases are named '{name}' ({dbs[name].path} and {path}): "
                               "database names are file stems and must differ")
        try:
            tables = _inspect_tables(path)
        except sqlite3.Error as e:
            raise SqltuneError(f"cannot read database {p}: {e}") from None
        if not tables:
            raise SqltuneError(f"database {p} has no tables")
        schema = schema_from_sqlite(path, cfg.schema_format, cfg.sample_rows)
        dbs[name] = Database(name=name, path=path.resolve(), schema=schema, tables=tables)
    return dbs

def schema_database(text: str) -> sqlite3.Connection:
    """A client's CREATE TABLE (and INSERT) text as an in-memory database, built under the sandbox's limits."""
    from .sqlexec import memory_database

    try:
        return memory_database(text, "schema", SCHEMA_BUILD_SECONDS, require_table=True)
    except SqltuneError as e:
        raise ApiError(400, str(e), "invalid_schema") from None


# --- execution ---------------------------------------------------------------------------------------------

def _json_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return value


def api_result(res: ExecResult | None) -> dict:
    """An execution result as the API answers it: rows as JSON values, the error as {category, message}."""
    if res is None:
        return {"columns": None, "rows": None, "row_count": 0, "truncated": False, "error": None, "elapsed_ms": None}
    rows = None
    cut = ("too_many_rows", "too_large")
    if res.error is None or (res.error in cut and res.truncated):  # (the rows that fit, marked truncated)
        rows = [[_json_value(v) for v in row] for row in res.rows]
    return {"columns": list(res.columns) if rows is not None else None, "rows": rows, "row_count": len(rows or []),
            "truncated": res.truncated, "error": None if res.error is None or (res.error in cut and res.truncated) else
            {"category": res.error, "message": res.message}, "elapsed_ms": round(res.elapsed * 1000, 2)}


class Executor:
    """Runs queries through sqltune's sandbox, each on a fresh read-only connection: from the event loop in
    threads, a few at a time (`run`), or directly from the generation thread for candidates (`run_sync`)."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._sem = asyncio.Semaphore(settings.max_exec)
        self._waiting = 0

    async def run(self, target: Database | str, sql: str, max_rows: int | None) -> ExecResult:
        """`target`: a served database, or a client's schema text (run on an in-memory copy of it)."""
        if self._waiting >= 8 * self.settings.max_exec:
            raise ApiError(503, "too many queries waiting; try again shortly", "busy", "overloaded",
                           {"Retry-After": "1"})
        self._waiting += 1
        try:
            await self._sem.acquire()
        finally:
            self._waiting -= 1
        try:
            return await asyncio.to_thread(self.run_sync, target, sql, max_rows)
        finally:
            self._sem.release()

    def run_sync(self, target: Database | str, sql: str, max_rows: int | None = None) -> ExecResult:
        from .sqlexec import check_statement, execute, guard, open_readonly

        statement, refused = check_statement(sql)
        if refused:
            return ExecResult(error=refused[0], message=refused[1])
        cap = min(max_rows or self.settings.max_rows, self.settings.max_rows)
        conn = open_readonly(target.path) if isinstance(target, Database) else guard(schema_database(target))
        try:
            res = execute(conn, statement, timeout=self.settings.query_timeout, row_cap=cap,
                          max_result_bytes=MAX_RESPONSE_BYTES)
        finally:
            conn.close()
        if res.error == "not_allowed":
            res.message = f"refused: only a single read-only SELECT/WITH query may run ({res.message})"
        elif res.error == "timeout":
            res.message = f"the query ran longer than the {self.settings.query_timeout:g} s time limit"
        return res


# --- generation --------------------------------------------------------------------------------------------

class QueueFull(Exception):
    pass


@dataclass
class Answer:
    """A decoded question (sqltune.decoding.Decision) with the tokens of each attempt."""

    decision: Any
    tokens: list[tuple[int, int, str]]  # (prompt tokens, completion tokens, finish reason) per attempt


@dataclass
class _Job:
    prompt: str
    run: Any  # the question's run function (sqltune.decoding.memoized), or None: no database
    self_correct: bool
    target: Any = None  # its database for a constrained generator's grammar (a file or a connection)
    question: str = ""  # (--candidate-choice rerank reads it)
    future: concurrent.futures.Future = field(default_factory=concurrent.futures.Future)


class GenerationWorker:
    """One thread owns the model. Requests wait in a bounded queue; whatever is waiting when the thread is
    free (up to max_batch, with the same self-correction setting) is decoded together by sqltune.decoding."""

    def __init__(self, generator, cfg: Config, max_queue: int, max_batch: int, max_seconds: float | None = None):
        self.generator, self.cfg = generator, cfg
        self.max_queue, self.max_batch, self.max_seconds = max_queue, max_batch, max_seconds
        if max_seconds:
            # transformers stops every generate call of this model there (a MaxTimeCriteria built from the
            # generation config): one request cannot hold the only generation thread for long.
            generator.model.generation_config.max_time = max_seconds
        self._jobs: collections.deque[_Job] = collections.deque()
        self._cond = threading.Condition()
        self._closed = False
        self.in_flight = 0
        self.stats = {"requests": 0, "batches": 0, "largest_batch": 0, "rejected": 0, "time_limited": 0}
        config = generator.model.config
        config = getattr(config, "text_config", None) or config
        limit = getattr(config, "max_position_embeddings", None) or 8192
        self.max_prompt_tokens = max(16, limit - generator.max_new_tokens)
        self._thread = threading.Thread(target=self._loop, name="sqltune-generate", daemon=True)
        self._thread.start()

    @property
    def waiting(self) -> int:
        return len(self._jobs)

    def submit(self, prompt: str, run, self_correct: bool, target: Any = None,
               question: str = "") -> concurrent.futures.Future:
        with self._cond:
            if self._closed:
                raise QueueFull("the server is shutting down")
            if len(self._jobs) + 1 > self.max_queue:
                self.stats["rejected"] += 1
                raise QueueFull(f"{len(self._jobs)} requests are already waiting (--max-queue {self.max_queue})")
            job = _Job(prompt, run, self_correct, target, question)
            self._jobs.append(job)
            self._cond.notify()
        return job.future

    def close(self) -> None:
        with self._cond:
            self._closed = True
            for job in self._jobs:
                job.future.cancel()
            self._jobs.clear()
            self._cond.notify_all()
        self._thread.join(timeout=30)

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._jobs and not self._closed:
                    self._cond.wait()
                if self._closed:
                    return
                batch: list[_Job] = []
                kind = self._jobs[0].self_correct
                while self._jobs and len(batch) < self.max_batch and self._jobs[0].self_correct == kind:
                    job = self._jobs.popleft()
                    if job.future.set_running_or_notify_cancel():  # False: its client went away
                        batch.append(job)
                self.in_flight = len(batch)
            if batch:
                try:
                    self._decode(batch, kind)
                except Exception as e:  # noqa: BLE001 - every waiting request must get an answer
                    for job in batch:
                        if not job.future.done():
                            job.future.set_exception(e)
            with self._cond:
                self.in_flight = 0

    def _count(self, text: str) -> int:
        return len(self.generator.tokenizer(text, add_special_tokens=False)["input_ids"])

    def _decode(self, batch: list[_Job], self_correct: bool) -> None:
        from .decoding import decode, options

        g = self.generator
        ready = []
        for job in batch:
            n = self._count(g.chat_text(job.prompt))
            if n > self.max_prompt_tokens:
                job.future.set_exception(ApiError(
                    400, f"the prompt is {n} tokens long; this model takes at most {self.max_prompt_tokens}",
                    "prompt_too_long"))
            else:
                ready.append(job)
        if not ready:
            return
        start = time.monotonic()
        decisions = decode(g, [j.prompt for j in ready], [j.run for j in ready], batch_size=len(ready),
                           targets=[j.target for j in ready], questions=[j.question for j in ready],
                           **{**options(self.cfg), "self_correct": self_correct})
        # generate does not say whether the time limit cut it: a decode that lasted that long may have been
        cut = bool(self.max_seconds) and time.monotonic() - start >= self.max_seconds
        self.stats["time_limited"] += cut
        self.stats["requests"] += len(ready)
        self.stats["batches"] += 1
        self.stats["largest_batch"] = max(self.stats["largest_batch"], len(ready))
        for job, d in zip(ready, decisions, strict=True):
            tokens = []
            for a in d.attempts:
                generated = self._count(a.raw)
                finish = "length" if generated >= g.max_new_tokens or cut else "stop"
                tokens.append((self._count(g.chat_text(a.prompt)), min(generated, g.max_new_tokens), finish))
            job.future.set_result(Answer(d, tokens))


# --- the service -------------------------------------------------------------------------------------------

class Service:
    def __init__(self, cfg: Config, generator, databases: dict[str, Database], settings: Settings):
        settings.validate()
        self.cfg, self.databases, self.settings = cfg, databases, settings
        self.worker = GenerationWorker(generator, cfg, settings.max_queue, settings.max_batch,
                                       settings.max_generation_seconds) if generator else None
        self.executor = Executor(settings)
        self.started = time.time()
        self._counter = _token_counter(generator.tokenizer) if generator else None

    def database(self, name: str) -> Database:
        db = self.databases.get(name)
        if db is None:
            served = ", ".join(sorted(self.databases)) or "none"
            raise ApiError(404, f"unknown database '{name}' (served databases: {served})", "unknown_database",
                           "not_found_error")
        return db

    def runner(self, target: Database | str | None):
        """The function decoding runs candidates with on `target` (up to --max-rows rows each: a result cut
        shorter could pass for 'nothing found'), each SQL text once; None without a target."""
        from .decoding import memoized

        if target is None:
            return None
        return memoized(lambda sql: self.executor.run_sync(target, sql))

    async def decode(self, prompt: str, target: Database | str | None, self_correct: bool,
                     run_sql: bool = True, question: str = "") -> tuple[Answer, Any]:
        """The question's answer through the generation worker, and the run function its SQL ran with (None
        when `run_sql` is false or there is no target: the target then only gives a constraint its names)."""
        if self.worker is None:
            raise ApiError(503, "no model is loaded", "no_model", "server_error")
        run = self.runner(target) if run_sql else None
        grammar_db = None  # with --constrain, the grammar comes from the database's names
        if self.cfg.constrain != "none" and target is not None:
            grammar_db = target.path if isinstance(target, Database) else await asyncio.to_thread(schema_database,
                                                                                                  target)
        try:
            future = self.worker.submit(prompt, run, self_correct and run is not None, grammar_db, question)
            return await asyncio.wrap_future(future), run
        except QueueFull as e:
            raise ApiError(503, f"the server is busy: {e}; try again shortly", "queue_full", "overloaded",
                           {"Retry-After": "1"}) from None
        finally:
            if isinstance(grammar_db, sqlite3.Connection):
                grammar_db.close()

    async def check_schema_length(self, text: str, what: str = "the schema") -> None:
        """Refuse a client's schema text (or full prompt) over --max-schema-tokens with 400 schema_too_long,
        before it costs a database build or time on the generation thread. Cheap bounds first: a token is at
        least one UTF-8 byte and at most as long as the vocabulary's longest token (31 characters for Gemma 3);
        in between, the tokenizer counts."""
        limit = self.settings.max_schema_tokens
        size = len(text.encode("utf-8", "surrogatepass"))
        if size <= limit:
            return
        if self._counter is None:  # (no fast tokenizer: its UTF-8 bytes, an upper bound of its tokens)
            n, exact = size, False
        else:
            counter, longest = await asyncio.wrap_future(self._counter)
            if len(text) > limit * longest:
                n, exact = len(text) // longest, False
            else:
                n = await asyncio.to_thread(lambda: len(counter.encode(text, add_special_tokens=False).ids))
                exact = True
        if n > limit:
            raise ApiError(400, f"{what} is {'' if exact else 'at least '}{n} tokens long; this server takes at most "
                           f"{limit} (--max-schema-tokens): send only the tables the question needs",
                           "schema_too_long")

    async def context_for(self, database: str | None, schema: str | None, need_db: bool,
                          question: str | None = None) -> tuple[str, Any]:
        """(schema text for the prompt, execution target or None). With value retrieval or schema linking
        (the model's training settings) the schema text is the question's own."""
        from .prompts import per_question, question_schema

        if database is not None:
            db = self.database(database)
            if question is not None and per_question(self.cfg):
                from .prompts import PromptBuilder

                return await asyncio.to_thread(PromptBuilder(self.cfg).schema, db.path, None, question), db
            return db.schema, db
        assert schema is not None
        from .schema import serialize

        as_written = (self.cfg.schema_format == "create_table" and not self.cfg.sample_rows
                      and not per_question(self.cfg))

        def build() -> str:
            conn = schema_database(schema)  # also checks that it builds, so queries can run on it
            try:
                if question is not None and per_question(self.cfg):
                    return question_schema(self.cfg, conn, question)
                return schema.strip() if as_written else serialize(conn, self.cfg.schema_format,
                                                                   self.cfg.sample_rows)
            finally:
                conn.close()

        if as_written and not need_db:
            return schema.strip(), None  # the client's own CREATE statements, as written (like `generate`)
        context = await asyncio.to_thread(build)
        return context, (schema if need_db else None)

    async def answer(self, question: str, context: str, target: Any, execute: bool, max_rows: int | None,
                     self_correct: bool) -> dict:
        """Decode (candidates chosen on the database, one self-correction when asked and executing), then
        execute the answer when asked; every attempt reported."""
        from .prompts import build_prompt

        # nothing to run without execution or a choice among candidates: no retry either
        run_sql = execute or self.cfg.num_candidates > 1
        answer, run = await self.decode(build_prompt(context, question, self.cfg.prompt_template), target,
                                        self_correct and execute, run_sql, question)
        d = answer.decision
        attempts = []
        for a, (prompt_tokens, completion_tokens, finish) in zip(d.attempts, answer.tokens, strict=True):
            attempt = {"sql": a.sql, "prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                       "finish_reason": finish, "error": None}
            if a.num_candidates > 1:
                attempt.update(candidates=a.num_candidates, chosen=a.chosen)
            if execute and run is not None:
                attempt["error"] = api_result(await asyncio.to_thread(run, a.sql))["error"]
            attempts.append(attempt)
        result = None
        if execute and run is not None:
            result = await asyncio.to_thread(run, d.sql)
            if max_rows and len(result.rows) > max_rows:
                result = ExecResult(result.rows[:max_rows], result.columns, result.error, result.message,
                                    result.elapsed, True)
        usage = {"prompt_tokens": sum(t[0] for t in answer.tokens),
                 "completion_tokens": sum(t[1] for t in answer.tokens)}
        usage["total_tokens"] = usage["prompt_tokens"] + usage["completion_tokens"]
        body = {"sql": d.sql, "executed": result is not None, **api_result(result), "attempts": attempts,
                "usage": usage}
        if result is None:
            body.pop("row_count")
        return body


def _token_counter(tokenizer) -> concurrent.futures.Future | None:
    """A private copy of the tokenizer's fast backend, for counting on request threads: the generation thread
    changes the shared tokenizer's padding settings on every call, and a fast tokenizer used from two threads
    at once fails ("Already borrowed"). Serialized here (before any request), rebuilt in the background."""
    backend = getattr(tokenizer, "backend_tokenizer", None)
    if backend is None:
        return None
    from tokenizers import Tokenizer

    text = backend.to_str()
    future: concurrent.futures.Future = concurrent.futures.Future()

    def build() -> None:
        try:
            counter = Tokenizer.from_str(text)
            counter.no_padding()
            counter.no_truncation()
            # (a vocabulary entry is at least as long as the text it stands for: "▁" is one space, "<0x41>" one byte)
            future.set_result((counter, max(map(len, counter.get_vocab()))))
        except Exception as e:  # noqa: BLE001 - the request that waits for it reports it
            future.set_exception(e)

    threading.Thread(target=build, name="sqltune-token-counter", daemon=True).start()
    return future
