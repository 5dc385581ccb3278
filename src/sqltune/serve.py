"""Serve a model over HTTP: a web page to ask a database questions, a JSON API, and an OpenAI-compatible
chat endpoint that existing OpenAI clients and tools can call without code changes.

  sqltune serve --model runs/demo/merged --db shop.sqlite --db hr.sqlite     # then open http://127.0.0.1:8000/

Endpoints: GET / (the page), GET /health, GET /v1/databases, POST /v1/sql, POST /v1/execute,
POST /v1/chat/completions, GET /v1/models. See docs/SERVING.md.

Safety: only the databases named with --db can be reached (by name = file stem, never by path); they are
opened read-only and every query runs in sqltune's SQLite sandbox (read-only URI, an authorizer that denies
writes/ATTACH/PRAGMA, a time limit, a row cap); only one SELECT/WITH statement per query. Request bodies are
size-bounded. Generation runs in one worker thread fed by a bounded queue (waiting requests are decoded
together, through the same decoding path as generate and evaluate: --num-candidates, --candidate-choice,
--self-correct and the other decoding keys of a --config file act here as there); a full queue answers 503; a
client's schema text is bounded in tokens and one generate call in time. The server binds to 127.0.0.1 unless
--host says otherwise, and then it needs an API key (--api-key or SQLTUNE_API_KEY) that clients send as
'Authorization: Bearer <key>'.
"""

from __future__ import annotations

import ipaddress
import os
import sys

from .config import Config
from .decoding import CPU_BATCH
from .errors import SqltuneError

CONFIG_GROUPS = ("model", "data", "generate", "decoding")
DEFAULTS = {"model": "sqltune-270m"}  # the shipped trained model (gemma-3-270m + its Spider adapter)
LOOPBACK_NAMES = ("localhost",)
API_KEY_ENV = "SQLTUNE_API_KEY"


def add_arguments(parser) -> None:
    parser.add_argument("--db", metavar="FILE.sqlite", action="append", default=[], dest="dbs",
                        help="A SQLite database to serve, by its file stem (repeat for more). Opened read-only.")
    parser.add_argument("--host", default="127.0.0.1",
                        help="Address to bind. Anything but loopback needs --api-key. [default: 127.0.0.1]")
    parser.add_argument("--api-key", metavar="KEY",
                        help=f"Key every request but / and /health must send as 'Authorization: Bearer KEY' "
                        f"(also read from the {API_KEY_ENV} environment variable, which keeps it out of the process "
                        "list). Required when --host is not loopback; optional on loopback.")
    parser.add_argument("--port", type=int, default=8000, help="Port. [default: 8000]")
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
    parser.add_argument("--max-schema-tokens", type=int, default=2048, metavar="N",
                        help="Longest schema text a client may send (or full prompt, on the chat endpoint), in "
                        "tokens; longer is answered 400 schema_too_long. [default: 2048]")
    parser.add_argument("--max-generation-seconds", type=float, default=60.0, metavar="SECONDS",
                        help="Time limit of one generate call (a batch of waiting requests); an answer cut there "
                        "ends with finish_reason 'length'. [default: 60]")
    parser.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"),
                        help="uvicorn log level. [default: info]")



def main(cfg: Config, args) -> int:
    import uvicorn

    from .service import Settings, load_databases

    settings = Settings(max_queue=args.max_queue, max_batch=cfg.batch_size or CPU_BATCH,
                        query_timeout=args.query_timeout, max_rows=args.max_rows,
                        max_body_bytes=args.max_body_bytes, max_exec=args.max_exec,
                        max_schema_tokens=args.max_schema_tokens, max_generation_seconds=args.max_generation_seconds)
    settings.validate()
    if not 0 <= args.port <= 65535:
        raise SqltuneError(f"--port must be 0..65535 (got {args.port})")
    loopback = is_loopback(args.host)
    api_key = api_key_from(args.api_key, loopback, args.host)
    _check_port(args.host, args.port)
    databases = load_databases(args.dbs, cfg)
    if not databases:
        print("sqltune serve: no --db given: only schema-text requests will work", file=sys.stderr)
    from .api import create_app
    from .decoding import load_generator

    print(f"sqltune serve: loading {cfg.model} ...", file=sys.stderr, flush=True)
    generator = load_generator(cfg)
    # Off loopback the Host check would refuse the server's own names; the key is the protection there.
    app = create_app(cfg, generator, databases, settings, check_host=loopback, api_key=api_key)
    shown = f"[{args.host}]" if ":" in args.host else args.host
    print(f"sqltune serve: http://{shown}:{args.port}/  databases: {', '.join(databases) or 'none'}",
          file=sys.stderr, flush=True)
    if api_key:
        print(f"sqltune serve: API key required; the page asks for it, or open http://{shown}:{args.port}/#key=KEY",
              file=sys.stderr, flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level=args.log_level, server_header=False,
                limit_concurrency=max(64, 4 * settings.max_queue), timeout_graceful_shutdown=5)
    return 0


def api_key_from(flag: str | None, loopback: bool, host: str) -> str | None:
    """The API key from --api-key or SQLTUNE_API_KEY (None: none given); required off loopback."""
    key = flag if flag is not None else os.environ.get(API_KEY_ENV)
    if key is not None and not key.strip():
        key = None
    if key is None and not loopback:
        raise SqltuneError(f"--host {host} is not loopback: give an API key with --api-key KEY or the {API_KEY_ENV} "
                           "environment variable (clients send 'Authorization: Bearer KEY'), or bind to 127.0.0.1")
    if key is not None and (len(key) < 8 or not key.isascii() or not key.isprintable() or " " in key):
        raise SqltuneError(f"the API key (--api-key or {API_KEY_ENV}) must be at least 8 printable ASCII "
                           "characters without spaces, e.g. from: python -c 'import secrets; print(secrets.token_urlsafe())'")
    return key


def is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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
