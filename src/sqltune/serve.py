"""Serve a model over HTTP: a web page to ask a database questions, a JSON API, and an OpenAI-compatible
chat endpoint that existing OpenAI clients and tools can call without code changes.

  sqltune serve --model runs/demo/merged --db shop.sqlite --db hr.sqlite     # then open http://127.0.0.1:8000/

Endpoints: GET / (the page), GET /health, GET /v1/databases, POST /v1/sql, POST /v1/execute,
POST /v1/chat/completions, GET /v1/models. See docs/SERVING.md.

Safety: only the databases named with --db can be reached (by name = file stem, never by path); they are
opened read-only and every query runs in sqltune's SQLite sandbox (read-only URI, an authorizer that denies
writes/ATTACH/PRAGMA, a time limit, a row cap); only one SELECT/WITH statement per query. Request bodies are
size-bounded. Generation runs in one worker thread fed by a bounded queue (waiting requests are batched
into one generate call); a full queue answers 503. The server binds to 127.0.0.1 unless --host says
otherwise, and then it has no authentication: put it behind something that has.
"""

import asyncio
import collections
import concurrent.futures
import ipaddress
import json
import math
import re
import sqlite3
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .config import CANDIDATE_CHOICES, Config
from .errors import SqltuneError
from .sqlexec import MAX_SQL_CHARS

CONFIG_GROUPS = ("model", "data", "generate")

MAX_QUESTION_CHARS = 4000
SCHEMA_BUILD_SECONDS = 2.0  # building an in-memory database from a client's schema text
LOOPBACK_NAMES = ("localhost",)


def add_arguments(parser) -> None:
    import argparse

    parser.add_argument("--db", metavar="FILE.sqlite", action="append", default=[], dest="dbs",
                        help="A SQLite database to serve, by its file stem (repeat for more). Opened read-only.")
    parser.add_argument("--host", default="127.0.0.1",
                        help="Address to bind. Anything but loopback exposes the API without authentication. "
                        "[default: 127.0.0.1]")
    parser.add_argument("--port", type=int, default=8000, help="Port. [default: 8000]")
    parser.add_argument("--self-correct", action=argparse.BooleanOptionalAction, default=True,
                        help="When generated SQL fails to execute, generate once more with the database error "
                        "in the prompt (both attempts are reported). [default: on]")
    parser.add_argument("--num-candidates", type=int, default=1, metavar="N",
                        help="Execution-guided decoding: beam search makes N candidates per question and the "
                        "first that returns a result on the database is kept (--candidate-choice), as "
                        "`sqltune evaluate --num-candidates N`: on Spider dev 16 scores 51.0 %% instead of "
                        "39.4 %% greedy, at about a quarter of the speed. [default: 1, greedy]")
    parser.add_argument("--candidate-choice", default="nonempty", choices=CANDIDATE_CHOICES,
                        help="Which candidate is kept (see `sqltune evaluate --help`). [default: nonempty]")
    parser.add_argument("--max-queue", type=int, default=64, metavar="N",
                        help="Generation requests allowed to wait; more are answered 503. [default: 64]")
    parser.add_argument("--query-timeout", type=float, default=5.0, metavar="SECONDS",
                        help="Time limit of one query. [default: 5]")
    parser.add_argument("--max-rows", type=int, default=1000, metavar="N",
                        help="Most rows one query returns (a request may ask for fewer). [default: 1000]")
    parser.add_argument("--max-body-bytes", type=int, default=1_000_000, metavar="N",
                        help="Largest request body. [default: 1000000]")
    parser.add_argument("--max-exec", type=int, default=4, metavar="N",
                        help="Queries executed at once (more wait, up to 8x this, then 503). [default: 4]")
    parser.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"),
                        help="uvicorn log level. [default: info]")


@dataclass
class Settings:
    self_correct: bool = True
    num_candidates: int = 1
    candidate_choice: str = "nonempty"
    max_queue: int = 64
    max_batch: int = 8
    query_timeout: float = 5.0
    max_rows: int = 1000
    max_body_bytes: int = 1_000_000
    max_exec: int = 4
    loopback_only_hosts: bool = True  # refuse Host headers other than loopback names (DNS rebinding)

    def validate(self) -> None:
        problems = []
        for name in ("num_candidates", "max_queue", "max_batch", "max_rows", "max_body_bytes", "max_exec"):
            if getattr(self, name) <= 0:
                problems.append(f"--{name.replace('_', '-')} must be positive (got {getattr(self, name)})")
        if not self.query_timeout > 0:
            problems.append(f"--query-timeout must be positive (got {self.query_timeout})")
        if self.candidate_choice not in CANDIDATE_CHOICES:
            problems.append(f"--candidate-choice must be one of {', '.join(CANDIDATE_CHOICES)} "
                            f"(got {self.candidate_choice})")
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

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.text_factory = lambda b: b.decode("utf-8", "replace")
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


# --- a client's schema text as a private in-memory database ------------------------------------------------

def schema_database(text: str) -> sqlite3.Connection:
    """Client-supplied CREATE TABLE (and INSERT) text as an in-memory database, built under limits."""
    from .sqlexec import memory_database

    try:
        return memory_database(text, "schema", SCHEMA_BUILD_SECONDS, require_table=True)
    except SqltuneError as e:
        raise ApiError(400, str(e), "invalid_schema") from None


def _json_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return "0x" + value.hex()
    if isinstance(value, float) and not math.isfinite(value):
        return None if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    return value


@dataclass
class QueryResult:
    columns: list[str] | None = None
    rows: list[list] | None = None
    truncated: bool = False
    error: dict | None = None  # {"category", "message"}
    elapsed_ms: float = 0.0

    @property
    def ok(self) -> bool:  # (with rows, what sqltune.generate.choose reads)
        return self.error is None

    def to_dict(self) -> dict:
        return {"columns": self.columns, "rows": self.rows, "row_count": len(self.rows or []),
                "truncated": self.truncated, "error": self.error, "elapsed_ms": round(self.elapsed_ms, 2)}


class Executor:
    """Runs queries in threads (never on the event loop), a few at a time, each on a fresh read-only
    connection through sqltune's sandbox."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._sem = asyncio.Semaphore(settings.max_exec)
        self._waiting = 0

    async def run(self, target: Database | str, sql: str, max_rows: int | None) -> QueryResult:
        """`target`: a served database, or a client's schema text (run on an in-memory copy of it)."""
        from .sqlexec import check_statement

        statement, refused = check_statement(sql)
        if refused:
            return QueryResult(error={"category": refused[0], "message": refused[1]})
        cap = min(max_rows or self.settings.max_rows, self.settings.max_rows)
        if self._waiting >= 8 * self.settings.max_exec:
            raise ApiError(503, "too many queries waiting; try again shortly", "busy", "overloaded",
                           {"Retry-After": "1"})
        self._waiting += 1
        try:
            await self._sem.acquire()
        finally:
            self._waiting -= 1
        try:
            return await asyncio.to_thread(self._run_sync, target, statement, cap)
        finally:
            self._sem.release()

    def _run_sync(self, target: Database | str, sql: str, cap: int) -> QueryResult:
        from .sqlexec import execute, guard, open_readonly

        if isinstance(target, Database):
            conn = open_readonly(target.path)
        else:
            conn = guard(schema_database(target))
        try:
            res = execute(conn, sql, timeout=self.settings.query_timeout, row_cap=cap)
        finally:
            conn.close()
        out = QueryResult(elapsed_ms=res.elapsed * 1000)
        if res.error is None or res.error == "too_many_rows":
            out.columns = list(res.columns)
            out.rows = [[_json_value(v) for v in row] for row in res.rows]
            out.truncated = res.truncated
        else:
            message = res.message
            if res.error == "not_allowed":
                message = f"refused: only a single read-only SELECT/WITH query may run ({res.message})"
            elif res.error == "timeout":
                message = f"the query ran longer than the {self.settings.query_timeout:g} s time limit"
            out.error = {"category": res.error, "message": message}
        return out


# --- generation --------------------------------------------------------------------------------------------

class QueueFull(Exception):
    pass


@dataclass
class Completion:
    raw: str
    sql: str
    prompt_tokens: int
    completion_tokens: int
    finish_reason: str


@dataclass
class _Job:
    prompt: str
    future: concurrent.futures.Future


class GenerationWorker:
    """One thread owns the model. Requests wait in a bounded queue; whatever is waiting when the thread is
    free (up to max_batch) goes into one batched generate call."""

    def __init__(self, generator, max_queue: int, max_batch: int, num_candidates: int = 1):
        self.generator = generator
        self.max_queue, self.max_batch, self.num_candidates = max_queue, max_batch, num_candidates
        self._jobs: collections.deque[_Job] = collections.deque()
        self._cond = threading.Condition()
        self._closed = False
        self.in_flight = 0
        self.stats = {"requests": 0, "batches": 0, "largest_batch": 0, "rejected": 0}
        config = generator.model.config
        config = getattr(config, "text_config", None) or config
        limit = getattr(config, "max_position_embeddings", None) or 8192
        self.max_prompt_tokens = max(16, limit - generator.max_new_tokens)
        self._thread = threading.Thread(target=self._loop, name="sqltune-generate", daemon=True)
        self._thread.start()

    @property
    def waiting(self) -> int:
        return len(self._jobs)

    def submit(self, prompts: list[str]) -> list[concurrent.futures.Future]:
        with self._cond:
            if self._closed:
                raise QueueFull("the server is shutting down")
            if len(self._jobs) + len(prompts) > self.max_queue:
                self.stats["rejected"] += len(prompts)
                raise QueueFull(f"{len(self._jobs)} requests are already waiting (--max-queue {self.max_queue})")
            jobs = [_Job(p, concurrent.futures.Future()) for p in prompts]
            self._jobs.extend(jobs)
            self._cond.notify()
        return [j.future for j in jobs]

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
                batch = []
                while self._jobs and len(batch) < self.max_batch:
                    job = self._jobs.popleft()
                    if job.future.set_running_or_notify_cancel():  # False: its client went away
                        batch.append(job)
                self.in_flight = len(batch)
            if batch:
                try:
                    self._generate(batch)
                except Exception as e:  # noqa: BLE001 - every waiting request must get an answer
                    for job in batch:
                        if not job.future.done():
                            job.future.set_exception(e)
            with self._cond:
                self.in_flight = 0

    def _generate(self, batch: list[_Job]) -> None:
        from .generate import clean_sql

        g = self.generator
        tok = g.tokenizer
        ready, counts = [], []
        for job in batch:
            n = len(tok(g.chat_text(job.prompt), add_special_tokens=False)["input_ids"])
            if n > self.max_prompt_tokens:
                job.future.set_exception(ApiError(
                    400, f"the prompt is {n} tokens long; this model takes at most {self.max_prompt_tokens}",
                    "prompt_too_long"))
            else:
                ready.append(job)
                counts.append(n)
        if not ready:
            return
        raws = g.candidates_raw([j.prompt for j in ready], self.num_candidates, batch_size=len(ready))
        self.stats["requests"] += len(ready)
        self.stats["batches"] += 1
        self.stats["largest_batch"] = max(self.stats["largest_batch"], len(ready))
        for job, n, cands in zip(ready, counts, raws):
            out = []
            for raw in cands:
                generated = len(tok(raw, add_special_tokens=False)["input_ids"])
                finish = "length" if generated >= g.max_new_tokens else "stop"
                out.append(Completion(raw, clean_sql(raw), n, min(generated, g.max_new_tokens), finish))
            job.future.set_result(out)


# --- the service: prompts, generation, execution, self-correction --------------------------------------------

class Service:
    def __init__(self, cfg: Config, generator, databases: dict[str, Database], settings: Settings):
        settings.validate()
        self.cfg, self.databases, self.settings = cfg, databases, settings
        self.worker = (GenerationWorker(generator, settings.max_queue, settings.max_batch, settings.num_candidates)
                       if generator else None)
        self.executor = Executor(settings)
        self.started = time.time()

    def database(self, name: str) -> Database:
        db = self.databases.get(name)
        if db is None:
            served = ", ".join(sorted(self.databases)) or "none"
            raise ApiError(404, f"unknown database '{name}' (served databases: {served})", "unknown_database",
                           "not_found_error")
        return db

    async def complete(self, prompt: str) -> list[Completion]:
        """The model's answers to one prompt: one greedy, or --num-candidates beams, best first."""
        if self.worker is None:
            raise ApiError(503, "no model is loaded", "no_model", "server_error")
        try:
            future = self.worker.submit([prompt])[0]
        except QueueFull as e:
            raise ApiError(503, f"the server is busy: {e}; try again shortly", "queue_full", "overloaded",
                           {"Retry-After": "1"}) from None
        return await asyncio.wrap_future(future)

    async def context_for(self, database: str | None, schema: str | None, need_db: bool) -> tuple[str, Any]:
        """(schema text for the prompt, execution target or None)."""
        if database is not None:
            db = self.database(database)
            return db.schema, db
        assert schema is not None
        from .schema import serialize

        as_written = self.cfg.schema_format == "create_table" and not self.cfg.sample_rows

        def build() -> str:
            conn = schema_database(schema)  # also checks that it builds, so queries can run on it
            try:
                return schema.strip() if as_written else serialize(conn, self.cfg.schema_format,
                                                                   self.cfg.sample_rows)
            finally:
                conn.close()

        if as_written and not need_db:
            return schema.strip(), None  # the client's own CREATE statements, as written (like `generate`)
        context = await asyncio.to_thread(build)
        return context, (schema if need_db else None)

    async def choose(self, target: Any, candidates: list[str], max_rows: int | None) -> tuple[int, QueryResult]:
        """Execution-guided choice among candidates (sqltune.generate.choose, --candidate-choice), each run by
        this server's executor and limits: the index kept and its result, cut to max_rows rows (the choice
        itself sees up to --max-rows: a result cut short could pass for 'nothing found')."""
        from .generate import choose, memoized

        loop = asyncio.get_running_loop()
        # choose runs in a thread, the executor on the event loop; memoised, so the kept SQL is not run twice
        run = memoized(lambda sql: asyncio.run_coroutine_threadsafe(self.executor.run(target, sql, None),
                                                                    loop).result())
        sql, k = await asyncio.to_thread(choose, candidates, run, self.settings.candidate_choice)
        result = run(sql)
        if max_rows and result.rows and len(result.rows) > max_rows:
            result = replace(result, rows=result.rows[:max_rows], truncated=True)
        return k, result

    async def answer(self, question: str, context: str, target: Any, execute: bool, max_rows: int | None,
                     self_correct: bool) -> dict:
        """Generate (choosing among candidates on the database when there are several), optionally execute,
        and retry once with the error when asked; every attempt reported."""
        from .generate import correction_prompt
        from .prompts import build_prompt

        attempts: list[dict] = []
        result: QueryResult | None = None
        note = None
        prompt = build_prompt(context, question, self.cfg.prompt_template)
        for n in range(2):
            try:
                completions = await self.complete(prompt)
            except ApiError as e:
                if n == 0 or e.code != "queue_full":
                    raise
                note = "skipped: the server is busy"  # the first attempt stands
                break
            k, result = 0, None
            if len(completions) > 1 and target is not None:
                k, result = await self.choose(target, [c.sql for c in completions], max_rows)
            completion = completions[k]
            attempt = {"sql": completion.sql, "prompt_tokens": completion.prompt_tokens,
                       "completion_tokens": completion.completion_tokens,
                       "finish_reason": completion.finish_reason, "error": None}
            if len(completions) > 1:
                attempt.update(candidates=len(completions), chosen=k)
            attempts.append(attempt)
            if not execute or target is None:
                result = None
                break
            if result is None:
                result = await self.executor.run(target, completion.sql, max_rows)
            attempt["error"] = result.error
            if result.error is None or not self_correct or n == 1:
                break
            prompt = correction_prompt(prompt, completion.sql, result.error["message"])
        final = attempts[-1]
        body = {"sql": final["sql"], "executed": result is not None, "columns": None, "rows": None,
                "truncated": False, "error": None, "elapsed_ms": None, "attempts": attempts,
                "usage": {"prompt_tokens": sum(a["prompt_tokens"] for a in attempts),
                          "completion_tokens": sum(a["completion_tokens"] for a in attempts)}}
        body["usage"]["total_tokens"] = body["usage"]["prompt_tokens"] + body["usage"]["completion_tokens"]
        if note:
            body["self_correction"] = note
        if result is not None:
            body.update({k: v for k, v in result.to_dict().items() if k != "row_count"})
            body["row_count"] = len(result.rows or [])
        return body


# --- the HTTP app ------------------------------------------------------------------------------------------

class GuardMiddleware:
    """Pure ASGI: refuses bodies over the limit (413) before the app reads them, and Host headers other
    than loopback names when serving on loopback (a DNS-rebinding page cannot then read the API)."""

    def __init__(self, app, max_body_bytes: int, check_host: bool):
        self.app, self.max_body_bytes, self.check_host = app, max_body_bytes, check_host

    async def _reply(self, send, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]})
        await send({"type": "http.response.body", "body": data})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        if self.check_host and not _loopback_host(headers.get(b"host", b"").decode("latin-1")):
            return await self._reply(send, 400, error_body(
                "this server answers only requests addressed to 127.0.0.1 or localhost", "bad_host"))
        length = headers.get(b"content-length")
        too_big = error_body(f"request body larger than {self.max_body_bytes} bytes", "body_too_large")
        if length is not None:
            try:
                declared = int(length)
            except ValueError:
                return await self._reply(send, 400, error_body("invalid Content-Length", "bad_request"))
            if declared > self.max_body_bytes:
                return await self._reply(send, 413, too_big)
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            return await self.app(scope, receive, send)
        # Read the body (bounded) before the app runs, then hand it over in one piece.
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                return await self._reply(send, 413, too_big)
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body, sent = b"".join(chunks), False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


def _loopback_host(host: str) -> bool:
    host = host.strip().lower()
    if host.startswith("["):
        name = host[1:host.find("]")] if "]" in host else host
    else:
        name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _is_loopback_bind(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


PAGE_HEADERS = {
    "Content-Security-Policy": ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
                                "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
                                "frame-ancestors 'none'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}


def _validation_message(errors: list[dict]) -> tuple[int, str, str]:
    for e in errors:
        if e.get("type") == "json_invalid":
            detail = (e.get("ctx") or {}).get("error", "")
            return 400, f"the request body is not valid JSON ({detail})".replace(" ()", ""), "invalid_json"
    parts = []
    for e in errors[:5]:
        loc = ".".join(str(x) for x in e.get("loc", ()) if x != "body")
        if e.get("type") == "model_attributes_type" and not loc:
            parts.append("the request body must be a JSON object sent with Content-Type: application/json")
        elif e.get("type") == "missing":
            parts.append(f"'{loc}' is required" if loc else "a JSON object body is required")
        elif e.get("type") == "extra_forbidden":
            parts.append(f"unknown field '{loc}'")
        else:
            parts.append(f"'{loc}': {e.get('msg', 'invalid')}" if loc else e.get("msg", "invalid"))
    return 422, "invalid request: " + "; ".join(parts), "invalid_request"


def create_app(cfg: Config, generator, databases: dict[str, Database], settings: Settings | None = None,
               check_host: bool = True):
    """The FastAPI app. `generator` is a sqltune.generate.Generator (or None: no generation endpoints)."""
    from contextlib import asynccontextmanager
    from importlib import resources

    from fastapi import FastAPI, Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
    from pydantic import BaseModel, ConfigDict, Field
    from starlette.exceptions import HTTPException as StarletteHTTPException

    settings = settings or Settings(max_batch=cfg.batch_size)
    holder: dict[str, Service] = {}

    @asynccontextmanager
    async def lifespan(app):
        holder["service"] = Service(cfg, generator, databases, settings)
        try:
            yield
        finally:
            if holder["service"].worker:
                await asyncio.to_thread(holder["service"].worker.close)

    def service() -> Service:
        if "service" not in holder:  # used without lifespan (should not happen under uvicorn/TestClient)
            holder["service"] = Service(cfg, generator, databases, settings)
        return holder["service"]

    app = FastAPI(title="sqltune", version=_version(), lifespan=lifespan, docs_url=None, redoc_url=None)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse(error_body(exc.message, exc.code, exc.type), exc.status, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        status, message, code = _validation_message(list(exc.errors()))
        return JSONResponse(error_body(message, code), status)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        message = {404: f"no such endpoint: {request.method} {request.url.path}",
                   405: f"method {request.method} not allowed on {request.url.path}"}.get(exc.status_code,
                                                                                        str(exc.detail))
        return JSONResponse(error_body(message, "not_found" if exc.status_code == 404 else "bad_request"),
                            exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        print(f"sqltune serve: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return JSONResponse(error_body(f"internal error: {type(exc).__name__}", "internal_error", "server_error"),
                            500)

    class Strict(BaseModel):
        model_config = ConfigDict(extra="forbid", populate_by_name=True)

    class SqlRequest(Strict):
        question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
        database: str | None = None
        schema_text: str | None = Field(None, alias="schema", min_length=1)
        execute: bool = False
        max_rows: int | None = Field(None, ge=1)
        self_correct: bool | None = None

    class ExecuteRequest(Strict):
        database: str
        sql: str = Field(max_length=MAX_SQL_CHARS)
        max_rows: int | None = Field(None, ge=1)

    class ChatMessage(BaseModel):
        model_config = ConfigDict(extra="allow")
        role: str
        content: str | list[dict] | None = None

    class ChatRequest(BaseModel):
        model_config = ConfigDict(extra="allow")  # OpenAI clients send many optional fields
        model: str = "sqltune"
        messages: list[ChatMessage] = Field(min_length=1)
        database: str | None = None
        stream: bool = False
        n: int = Field(1, ge=1, le=1)

    page = resources.files("sqltune").joinpath("assets/serve.html").read_text(encoding="utf-8")

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def index():
        return HTMLResponse(page, headers=PAGE_HEADERS)

    @app.get("/health")
    async def health():
        s = service()
        w = s.worker
        return {"status": "ok", "model": cfg.model, "model_name": Path(cfg.model).name or cfg.model,
                "databases": sorted(s.databases),
                "self_correct": settings.self_correct, "num_candidates": settings.num_candidates,
                "candidate_choice": settings.candidate_choice, "uptime_s": round(time.time() - s.started, 1),
                "queue": {"waiting": w.waiting if w else 0, "in_flight": w.in_flight if w else 0,
                          "max_queue": settings.max_queue, "max_batch": settings.max_batch,
                          **(w.stats if w else {})},
                "limits": {"query_timeout_s": settings.query_timeout, "max_rows": settings.max_rows,
                           "max_body_bytes": settings.max_body_bytes}}

    @app.get("/v1/databases")
    async def list_databases():
        return {"databases": [db.describe() for db in service().databases.values()]}

    @app.get("/v1/databases/{name}")
    async def one_database(name: str):
        return service().database(name).describe()

    @app.post("/v1/sql")
    async def sql(req: SqlRequest):
        s = service()
        if (req.database is None) == (req.schema_text is None):
            raise ApiError(422, "give either 'database' (a served database name) or 'schema' "
                           "(CREATE TABLE text), not both and not neither", "invalid_request")
        context, target = await s.context_for(req.database, req.schema_text,
                                              need_db=req.execute or settings.num_candidates > 1)
        self_correct = settings.self_correct if req.self_correct is None else req.self_correct
        body = await s.answer(req.question, context, target, req.execute, req.max_rows, self_correct)
        body["database"] = req.database
        return body

    @app.post("/v1/execute")
    async def execute(req: ExecuteRequest):
        s = service()
        db = s.database(req.database)
        result = await s.executor.run(db, req.sql, req.max_rows)
        if result.error and result.error["category"] == "not_allowed":
            raise ApiError(400, result.error["message"], "statement_not_allowed")
        return {"database": db.name, "sql": req.sql, **result.to_dict()}

    @app.get("/v1/models")
    async def models():
        created = int(service().started)
        ids = ["sqltune"] + [f"sqltune:{name}" for name in service().databases]
        return {"object": "list", "data": [{"id": i, "object": "model", "created": created, "owned_by": "sqltune"}
                                           for i in ids]}

    @app.post("/v1/chat/completions")
    async def chat(req: ChatRequest):
        s = service()
        user = [m for m in req.messages if m.role == "user"]
        if not user:
            raise ApiError(400, "no user message: the last user message is the question", "invalid_request")
        content = _message_text(user[-1].content)
        if not content.strip():
            raise ApiError(400, "the last user message is empty", "invalid_request")
        name = req.database
        if name is None and req.model.startswith("sqltune:"):
            name = req.model.split(":", 1)[1]
        elif name is None and req.model in s.databases:
            name = req.model
        attempts = None
        if name is None and _looks_like_prompt(content):
            completion = (await s.complete(content))[0]  # the client built the full prompt itself: no database
            sql_text, usage = completion.sql, (completion.prompt_tokens, completion.completion_tokens)
            finish = completion.finish_reason
        else:
            if name is None:
                if len(s.databases) != 1:
                    raise ApiError(400, "say which database: a 'database' field, a model named "
                                   "'sqltune:<database>' (see GET /v1/models), or a user message holding the "
                                   "full prompt with the schema", "no_database")
                name = next(iter(s.databases))
            db = s.database(name)
            if len(content) > MAX_QUESTION_CHARS:
                raise ApiError(400, f"the question is longer than {MAX_QUESTION_CHARS} characters",
                               "invalid_request")
            body = await s.answer(content, db.schema, db, settings.self_correct, 1, settings.self_correct)
            sql_text = body["sql"]
            usage = (body["usage"]["prompt_tokens"], body["usage"]["completion_tokens"])
            finish = body["attempts"][-1]["finish_reason"]
            attempts = body["attempts"] if len(body["attempts"]) > 1 else None
        created = int(time.time())
        cid = "chatcmpl-" + uuid.uuid4().hex
        if req.stream:
            return StreamingResponse(_sse(cid, created, req.model, sql_text, finish), media_type="text/event-stream",
                                     headers={"Cache-Control": "no-store"})
        out = {"id": cid, "object": "chat.completion", "created": created, "model": req.model,
               "choices": [{"index": 0, "message": {"role": "assistant", "content": sql_text},
                            "finish_reason": finish, "logprobs": None}],
               "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1],
                         "total_tokens": usage[0] + usage[1]},
               "system_fingerprint": None}
        if attempts:
            out["sqltune_attempts"] = attempts
        return out

    app.add_middleware(GuardMiddleware, max_body_bytes=settings.max_body_bytes, check_host=check_host)
    return app


def _sse(cid: str, created: int, model: str, content: str, finish: str):
    def chunk(delta: dict, finish_reason: str | None) -> str:
        data = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason, "logprobs": None}]}
        return f"data: {json.dumps(data)}\n\n"

    yield chunk({"role": "assistant", "content": ""}, None)
    yield chunk({"content": content}, None)
    yield chunk({}, finish)
    yield "data: [DONE]\n\n"


def _message_text(content: str | list[dict] | None) -> str:
    if content is None:
        return ""
    if isinstance(content, str):
        return content
    return "\n".join(str(part.get("text", "")) for part in content if part.get("type") == "text")


def _looks_like_prompt(text: str) -> bool:
    return "<SCHEMA>" in text or re.search(r"\bCREATE\s+TABLE\b", text, re.I) is not None


def _version() -> str:
    from . import __version__

    return __version__


# --- the command -------------------------------------------------------------------------------------------

def _check_port(host: str, port: int) -> None:
    import socket

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as e:
            raise SqltuneError(f"cannot listen on {host}:{port} ({e.strerror}); choose another --port") from None


def main(cfg: Config, args) -> int:
    import uvicorn

    settings = Settings(self_correct=args.self_correct, num_candidates=args.num_candidates,
                        candidate_choice=args.candidate_choice, max_queue=args.max_queue, max_batch=cfg.batch_size,
                        query_timeout=args.query_timeout, max_rows=args.max_rows,
                        max_body_bytes=args.max_body_bytes, max_exec=args.max_exec)
    settings.validate()
    if not 0 <= args.port <= 65535:
        raise SqltuneError(f"--port must be 0..65535 (got {args.port})")
    loopback = _is_loopback_bind(args.host)
    _check_port(args.host, args.port)
    databases = load_databases(args.dbs, cfg)
    if not databases:
        print("sqltune serve: no --db given: only schema-text requests will work", file=sys.stderr)
    if not loopback:
        print(f"sqltune serve: WARNING: listening on {args.host}, not loopback: anyone who can reach it can "
              "use the model and read the served databases (there is no authentication)", file=sys.stderr)
    from .generate import load_generator

    print(f"sqltune serve: loading {cfg.model} ...", file=sys.stderr, flush=True)
    generator = load_generator(cfg)
    app = create_app(cfg, generator, databases, settings, check_host=loopback)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"sqltune serve: http://{shown}:{args.port}/  databases: {', '.join(databases) or 'none'}",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, server_header=False,
                limit_concurrency=max(64, 4 * settings.max_queue), timeout_graceful_shutdown=5)
    return 0
