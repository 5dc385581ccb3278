"""The HTTP layer of `sqltune serve`: the FastAPI app (the page, the JSON API, the OpenAI-compatible chat
endpoint), its request models and the guard middleware (body size, UTF-8, Host header, API key). What it serves is
sqltune.service. Endpoints and limits: docs/SERVING.md."""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import json
import re
import sys
import time
import uuid
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .config import Config
from .service import MAX_QUESTION_CHARS, ApiError, Database, Service, Settings, api_result, error_body
from .sqlexec import MAX_SQL_CHARS

LOOPBACK_NAMES = ("localhost",)


# --- request bodies ----------------------------------------------------------------------------------------

class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class SqlRequest(Strict):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)
    database: str | None = None
    schema_text: str | None = Field(None, alias="schema", min_length=1)
    # strict: "yes", "false" or 1 for a flag is an error (422 naming the field), never quietly true
    execute: StrictBool = False
    max_rows: StrictInt | None = Field(None, ge=1)
    self_correct: StrictBool | None = None


class ExecuteRequest(Strict):
    database: str
    sql: str = Field(max_length=MAX_SQL_CHARS)
    max_rows: StrictInt | None = Field(None, ge=1)


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: str
    content: str | list[dict] | None = None


class ChatRequest(BaseModel):
    model_config = ConfigDict(extra="allow")  # OpenAI clients send many optional fields
    model: str = "sqltune"
    messages: list[ChatMessage] = Field(min_length=1)
    database: str | None = None
    stream: StrictBool = False
    n: StrictInt = Field(1, ge=1, le=1)


# --- middleware and helpers --------------------------------------------------------------------------------

class GuardMiddleware:
    """Pure ASGI: refuses bodies over the limit (413) before the app reads them, and Host headers other
    than loopback names when serving on loopback (a DNS-rebinding page cannot then read the API)."""

    def __init__(self, app, max_body_bytes: int, check_host: bool, api_key: str | None = None):
        self.app, self.max_body_bytes, self.check_host = app, max_body_bytes, check_host
        self.api_key = api_key

    async def _reply(self, send, status: int, body: dict, headers: tuple = ()) -> None:
        data = json.dumps(body).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                                *headers]})
        await send({"type": "http.response.body", "body": data})

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        if self.check_host and not _loopback_host(headers.get(b"host", b"").decode("latin-1")):
            return await self._reply(send, 400, error_body(
                "this server answers only requests addressed to 127.0.0.1 or localhost", "bad_host"))
        if (self.api_key and scope.get("path") not in OPEN_PATHS
                and not authorized(headers.get(b"authorization", b""), self.api_key)):
            return await self._reply(send, 401, error_body(
                "missing or wrong API key: send the header 'Authorization: Bearer <key>' with the key the server was "
                "started with (--api-key or SQLTUNE_API_KEY)", "invalid_api_key"),
                ((b"www-authenticate", b'Bearer realm="sqltune"'),))
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
        try:
            body.decode("utf-8")  # JSON text is UTF-8 (RFC 8259); the app would call other bytes a bad request
        except UnicodeDecodeError as e:
            return await self._reply(send, 400, error_body(
                f"the request body is not valid JSON (not UTF-8 text: {e.reason} at byte {e.start})", "invalid_json"))

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


OPEN_PATHS = ("/", "/health")  # with an API key: the page itself (its API calls send the key) and liveness


def authorized(authorization: bytes, api_key: str) -> bool:
    """Whether an Authorization header value is 'Bearer <api_key>' (compared in constant time)."""
    scheme, _, token = authorization.strip().partition(b" ")
    return scheme.lower() == b"bearer" and hmac.compare_digest(token.strip(), api_key.encode())


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


# --- the endpoints -----------------------------------------------------------------------------------------

router = APIRouter()
PAGE = resources.files("sqltune").joinpath("assets/serve.html").read_text(encoding="utf-8")


def _service(request: Request) -> Service:
    return request.app.state.service


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def index():
    return HTMLResponse(PAGE, headers=PAGE_HEADERS)


@router.get("/health")
async def health(request: Request):
    key = request.app.state.api_key
    if key and not authorized(request.headers.get("authorization", "").encode("latin-1"), key):
        return {"status": "ok"}  # liveness for anyone; what is served, to key holders only
    s = _service(request)
    cfg, settings, w = s.cfg, s.settings, s.worker
    return {"status": "ok", "model": cfg.model, "model_name": Path(cfg.model).name or cfg.model,
            "databases": sorted(s.databases),
            "self_correct": cfg.self_correct, "num_candidates": cfg.num_candidates,
            "candidate_mode": cfg.candidate_mode, "candidate_choice": cfg.candidate_choice,
            "uptime_s": round(time.time() - s.started, 1),
            "queue": {"waiting": w.waiting if w else 0, "in_flight": w.in_flight if w else 0,
                      "max_queue": settings.max_queue, "max_batch": settings.max_batch, **(w.stats if w else {})},
            "limits": {"query_timeout_s": settings.query_timeout, "max_rows": settings.max_rows,
                       "max_body_bytes": settings.max_body_bytes, "max_schema_tokens": settings.max_schema_tokens,
                       "max_generation_s": settings.max_generation_seconds}}


@router.get("/v1/databases")
async def list_databases(request: Request):
    return {"databases": [db.describe() for db in _service(request).databases.values()]}


@router.get("/v1/databases/{name}")
async def one_database(name: str, request: Request):
    return _service(request).database(name).describe()


@router.post("/v1/sql")
async def sql(req: SqlRequest, request: Request):
    s = _service(request)
    if (req.database is None) == (req.schema_text is None):
        raise ApiError(422, "give either 'database' (a served database name) or 'schema' "
                       "(CREATE TABLE text), not both and not neither", "invalid_request")
    if req.schema_text is not None:
        await s.check_schema_length(req.schema_text)
    context, target = await s.context_for(req.database, req.schema_text,
                                          need_db=req.execute or s.cfg.num_candidates > 1 or s.cfg.constrain != "none",
                                          question=req.question)
    self_correct = s.cfg.self_correct if req.self_correct is None else req.self_correct
    body = await s.answer(req.question, context, target, req.execute, req.max_rows, self_correct)
    body["database"] = req.database
    return body


@router.post("/v1/execute")
async def execute(req: ExecuteRequest, request: Request):
    s = _service(request)
    db = s.database(req.database)
    result = api_result(await s.executor.run(db, req.sql, req.max_rows))
    if result["error"] and result["error"]["category"] == "not_allowed":
        raise ApiError(400, result["error"]["message"], "statement_not_allowed")
    return {"database": db.name, "sql": req.sql, **result}


@router.get("/v1/models")
async def models(request: Request):
    s = _service(request)
    ids = ["sqltune"] + [f"sqltune:{name}" for name in s.databases]
    return {"object": "list", "data": [{"id": i, "object": "model", "created": int(s.started), "owned_by": "sqltune"}
                                       for i in ids]}


@router.post("/v1/chat/completions")
async def chat(req: ChatRequest, request: Request):
    s = _service(request)
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
        await s.check_schema_length(content, "the prompt (with its schema)")
        answer, _ = await s.decode(content, None, False)  # the client built the full prompt itself: no database
        sql_text, (prompt_tokens, completion_tokens, finish) = answer.decision.sql, answer.tokens[-1]
        usage = (prompt_tokens, completion_tokens)
    else:
        if name is None:
            if len(s.databases) != 1:
                raise ApiError(400, "say which database: a 'database' field, a model named "
                               "'sqltune:<database>' (see GET /v1/models), or a user message holding the "
                               "full prompt with the schema", "no_database")
            name = next(iter(s.databases))
        db = s.database(name)
        if len(content) > MAX_QUESTION_CHARS:
            raise ApiError(400, f"the question is longer than {MAX_QUESTION_CHARS} characters", "invalid_request")
        # executing is what self-correction needs; the rows themselves are not part of a chat answer
        context, _ = await s.context_for(name, None, False, question=content)
        body = await s.answer(content, context, db, s.cfg.self_correct, 1, s.cfg.self_correct)
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
           "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1], "total_tokens": usage[0] + usage[1]},
           "system_fingerprint": None}
    if attempts:
        out["sqltune_attempts"] = attempts
    return out


# --- errors as JSON ----------------------------------------------------------------------------------------

async def _api_error(request: Request, exc: ApiError):
    return JSONResponse(error_body(exc.message, exc.code, exc.type), exc.status, headers=exc.headers)


async def _invalid(request: Request, exc: RequestValidationError):
    status, message, code = _validation_message(list(exc.errors()))
    return JSONResponse(error_body(message, code), status)


async def _http(request: Request, exc: StarletteHTTPException):
    message = {404: f"no such endpoint: {request.method} {request.url.path}",
               405: f"method {request.method} not allowed on {request.url.path}"}.get(exc.status_code,
                                                                                    str(exc.detail))
    return JSONResponse(error_body(message, "not_found" if exc.status_code == 404 else "bad_request"),
                        exc.status_code, headers=getattr(exc, "headers", None))


async def _crash(request: Request, exc: Exception):
    print(f"sqltune serve: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
    return JSONResponse(error_body(f"internal error: {type(exc).__name__}", "internal_error", "server_error"), 500)


def create_app(cfg: Config, generator, databases: dict[str, Database], settings: Settings | None = None,
               check_host: bool = True, api_key: str | None = None) -> FastAPI:
    """The FastAPI app. `generator` is a sqltune.decoding.Generator (or None: no generation endpoints).
    With `api_key`, every endpoint but the page and /health needs 'Authorization: Bearer <api_key>'."""
    settings = settings or Settings(max_batch=cfg.batch_size)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.service = Service(cfg, generator, databases, settings)
        try:
            yield
        finally:
            if app.state.service.worker:
                await asyncio.to_thread(app.state.service.worker.close)

    app = FastAPI(title="sqltune", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None)
    app.include_router(router)
    for exc, handler in ((ApiError, _api_error), (RequestValidationError, _invalid),
                         (StarletteHTTPException, _http), (Exception, _crash)):
        app.add_exception_handler(exc, handler)
    app.state.api_key = api_key
    app.add_middleware(GuardMiddleware, max_body_bytes=settings.max_body_bytes, check_host=check_host,
                       api_key=api_key)
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

