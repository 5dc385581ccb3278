"""Latency and throughput of `sqltune serve` on this machine.

    python benchmarks/serve_latency.py                                   # built-in gemma-3-270m, 1 and 4 clients
    python benchmarks/serve_latency.py --model runs/demo/merged --concurrency 1 4 16 --execute

Starts `sqltune serve` with a model (default: the built-in gemma-3-270m) and Spider's concert_singer database
on 127.0.0.1 at a free port, then for each concurrency C sends N requests (`POST /v1/sql`, Spider dev
questions about concert_singer, no execution unless --execute) from a pool of C threads, and reports
p50/p95/mean latency, requests/s, generated tokens/s and how many requests shared a generate call.
Writes --out (default runs/benchmarks/serve_latency.json) and prints a table. It takes minutes on a CPU.
"""

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "runs" / "benchmarks" / "serve_latency.json"
DB_ID = "concert_singer"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(url: str, body: dict | None = None, timeout: float = 600) -> tuple[int, dict]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"{}")


def questions() -> list[str]:
    from sqltune.spider import load_split

    qs = [r["question"] for r in load_split("dev") if r["db_id"] == DB_ID]
    if not qs:
        sys.exit(f"no Spider dev questions for {DB_ID}")
    return qs


def start_server(args, db: Path, port: int, log_path: Path) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "sqltune", "serve", "--model", args.model, "--db", str(db), "--port", str(port),
           "--max-new-tokens", str(args.max_new_tokens), "--batch-size", str(args.batch_size),
           "--max-queue", str(max(64, 2 * max(args.concurrency))), "--log-level", "warning"]
    log = open(log_path, "wb")  # noqa: SIM115 - kept open for the server's lifetime
    return subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=os.environ.copy())


def wait_ready(proc: subprocess.Popen, url: str, log_path: Path, limit: float) -> float:
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if proc.poll() is not None:
            sys.exit(f"the server exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
        try:
            if call(url + "/health", timeout=2)[0] == 200:
                return time.monotonic() - start
        except OSError:
            pass
        time.sleep(0.5)
    proc.terminate()
    sys.exit(f"the server did not answer within {limit:.0f} s:\n{log_path.read_text()[-3000:]}")


def run_level(url: str, qs: list[str], n: int, concurrency: int, execute: bool) -> dict:
    health_before = call(url + "/health")[1]["queue"]

    def one(i: int) -> tuple[int, float, int, int]:
        t = time.perf_counter()
        status, body = call(url + "/v1/sql", {"question": qs[i % len(qs)], "database": DB_ID, "execute": execute})
        took = time.perf_counter() - t
        usage = (body.get("usage") or {}) if status == 200 else {}
        return status, took, usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0)

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, range(n)))
    wall = time.perf_counter() - start
    health_after = call(url + "/health")[1]["queue"]
    ok = [r for r in results if r[0] == 200]
    lat = sorted(r[1] * 1000 for r in ok)
    pct = statistics.quantiles(lat, n=100, method="inclusive") if len(lat) > 1 else lat * 99
    batches = health_after["batches"] - health_before["batches"]
    tokens = sum(r[3] for r in ok)
    return {"concurrency": concurrency, "requests": n, "ok": len(ok),
            "errors": {str(s): sum(1 for r in results if r[0] == s) for s in {r[0] for r in results if r[0] != 200}},
            "p50_ms": round(pct[49], 1) if lat else None, "p95_ms": round(pct[94], 1) if lat else None,
            "mean_ms": round(statistics.fmean(lat), 1) if lat else None, "wall_s": round(wall, 2),
            "requests_per_s": round(len(ok) / wall, 3), "completion_tokens": tokens,
            "tokens_per_s": round(tokens / wall, 1), "generate_calls": batches,
            "mean_batch": round((health_after["requests"] - health_before["requests"]) / batches, 2) if batches else None,
            "mean_prompt_tokens": round(statistics.fmean(r[2] for r in ok), 1) if ok else None,
            "mean_completion_tokens": round(tokens / len(ok), 1) if ok else None,
            "per_request": [{"status": r[0], "ms": round(r[1] * 1000, 1), "prompt_tokens": r[2],
                             "completion_tokens": r[3]} for r in results]}


def print_table(rows: list[dict]) -> None:
    head = ("concurrency", "requests", "ok", "p50 ms", "p95 ms", "mean ms", "req/s", "tok/s", "mean batch")
    keys = ("concurrency", "requests", "ok", "p50_ms", "p95_ms", "mean_ms", "requests_per_s", "tokens_per_s",
            "mean_batch")
    cells = [[str(r[k]) for k in keys] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(head)]
    print("  ".join(h.rjust(w) for h, w in zip(head, widths)))
    for c in cells:
        print("  ".join(v.rjust(w) for v, w in zip(c, widths)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="gemma-3-270m", help="Built-in name or model folder [gemma-3-270m].")
    parser.add_argument("--requests", type=int, default=24, help="Requests per concurrency level [24].")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 4], help="Levels to measure [1 4].")
    parser.add_argument("--max-new-tokens", type=int, default=64, help="Server --max-new-tokens [64].")
    parser.add_argument("--batch-size", type=int, default=8, help="Server --batch-size: largest batch [8].")
    parser.add_argument("--execute", action="store_true", help="Also execute the SQL (self-correction on).")
    parser.add_argument("--warmup", type=int, default=2, help="Unmeasured requests first [2].")
    parser.add_argument("--out", type=Path, default=RESULTS, help=f"JSON results [{RESULTS.relative_to(ROOT)}].")
    args = parser.parse_args()

    from sqltune.spider import database_path

    db = database_path(DB_ID)
    if db is None:
        sys.exit(f"Spider's {DB_ID} database is missing")
    qs = questions()
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    log_path = Path(tempfile.mkdtemp(prefix="sqltune-bench-")) / "server.log"
    print(f"starting sqltune serve --model {args.model} on {url} (log: {log_path}) ...", flush=True)
    proc = start_server(args, db, port, log_path)
    try:
        startup = wait_ready(proc, url, log_path, limit=1800)
        print(f"ready after {startup:.1f} s", flush=True)
        for i in range(args.warmup):
            call(url + "/v1/sql", {"question": qs[i % len(qs)], "database": DB_ID})
        rows = []
        for c in args.concurrency:
            print(f"concurrency {c}: {args.requests} requests ...", flush=True)
            rows.append(run_level(url, qs, args.requests, c, args.execute))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    print()
    print_table(rows)
    result = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "model": args.model, "database": DB_ID, "endpoint": "POST /v1/sql", "execute": args.execute,
        "max_new_tokens": args.max_new_tokens, "batch_size": args.batch_size, "startup_s": round(startup, 1),
        "machine": {"platform": platform.platform(), "processor": platform.processor() or platform.machine(),
                    "cpu_count": os.cpu_count(), "python": platform.python_version(),
                    "torch": _version("torch"), "transformers": _version("transformers")},
        "runs": rows,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nwritten: {args.out}")
    return 0


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
