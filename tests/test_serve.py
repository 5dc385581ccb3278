"""`sqltune serve` through a real server: `python -m sqltune serve` with the tiny random model, on 127.0.0.1 at a
free port, called over HTTP (httpx and the openai client). The tiny model writes gibberish, so these tests
check the plumbing (prompts, queue, execution sandbox, error handling), not the quality of the SQL."""

import hashlib
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

ENDLESS_CTE = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
QUERY_TIMEOUT = 1.0
MAX_QUEUE = 4


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ServerProcess:
    """`python -m sqltune serve ...` in a subprocess, on 127.0.0.1 at a free port; stopped with stop()."""

    def __init__(self, model: Path, dbs: list[Path], log: Path, *extra: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        cmd = [sys.executable, "-m", "sqltune", "serve", "--model", str(model), "--port", str(self.port),
               "--max-new-tokens", "8", "--log-level", "warning", *extra]
        for db in dbs:
            cmd += ["--db", str(db)]
        with open(log, "wb") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=os.environ.copy())
        self._wait_ready()

    def _wait_ready(self, limit: float = 180.0) -> None:
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                pytest.fail(f"sqltune serve exited with {self.proc.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        self.stop()
        pytest.fail(f"sqltune serve did not answer within {limit:.0f} s:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture(scope="module")
def dbs(tmp_path_factory, spider_root) -> dict[str, Path]:
    """A private copy of concert_singer (served) and another database beside it (not served)."""
    folder = tmp_path_factory.mktemp("serve-dbs")
    served = folder / "concert_singer.sqlite"
    shutil.copy(spider_root / "database" / "concert_singer" / "concert_singer.sqlite", served)
    other = folder / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE secret (x TEXT)")
        conn.execute("INSERT INTO secret VALUES ('hidden')")
    conn.close()
    return {"served": served, "other": other}


@pytest.fixture(scope="module")
def server(tiny_model, dbs, tmp_path_factory):
    log = tmp_path_factory.mktemp("serve-log") / "server.log"
    srv = ServerProcess(tiny_model, [dbs["served"]], log, "--max-queue", str(MAX_QUEUE), "--batch-size", "4",
                        "--query-timeout", str(QUERY_TIMEOUT), "--max-rows", "50", "--max-body-bytes", "20000")
    yield srv
    srv.stop()
    # SIGTERM: a graceful shutdown (uvicorn re-raises the signal once it is done), no crash on the way out.
    assert srv.proc.returncode in (0, -signal.SIGTERM), srv.log.read_text()[-2000:]
    assert "Traceback" not in srv.log.read_text()


@pytest.fixture()
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as c:
        yield c


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def direct_rows(db: Path, sql: str) -> list[list]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [list(r) for r in conn.execute(sql)]
    finally:
        conn.close()


# --- discovery ---------------------------------------------------------------------------------------------

def test_health_and_databases(client):
    health = client.get("/health").json()
    assert health["status"] == "ok"
    assert health["databases"] == ["concert_singer"]
    assert health["limits"]["query_timeout_s"] == QUERY_TIMEOUT

    dbs = client.get("/v1/databases").json()["databases"]
    assert [d["name"] for d in dbs] == ["concert_singer"]  # only what was named at start, not its neighbour
    tables = {t["name"]: t for t in dbs[0]["tables"]}
    assert set(tables) == {"stadium", "singer", "concert", "singer_in_concert"}
    assert {"Name", "Age", "Country"} <= {c["name"] for c in tables["singer"]["columns"]}
    assert tables["singer"]["row_count"] == 6
    assert "singer" in dbs[0]["schema"] and "Song_Name" in dbs[0]["schema"]


def test_page_is_served(client):
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert 'id="question"' in r.text and 'id="sql"' in r.text
    assert "default-src 'none'" in r.headers["content-security-policy"]  # the page may load nothing from outside


# --- generation --------------------------------------------------------------------------------------------

def test_sql_generation_returns_a_string(client):
    r = client.post("/v1/sql", json={"question": "How many singers are there?", "database": "concert_singer"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert isinstance(body["sql"], str) and body["sql"]
    assert body["executed"] is False and body["rows"] is None
    assert len(body["attempts"]) == 1
    # The schema went into the prompt: far more tokens than the question alone.
    assert body["usage"]["prompt_tokens"] > 150
    assert 0 < body["usage"]["completion_tokens"] <= 8  # --max-new-tokens 8


def test_sql_from_schema_text(client):
    schema = "CREATE TABLE pets (id INTEGER PRIMARY KEY, name TEXT, age INT);"
    r = client.post("/v1/sql", json={"question": "How old is Rex?", "schema": schema})
    assert r.status_code == 200, r.text
    assert isinstance(r.json()["sql"], str)
    short = r.json()["usage"]["prompt_tokens"]
    two_tables = schema + "\n" + schema.replace("pets", "owners")
    long = client.post("/v1/sql", json={"question": "How old is Rex?", "schema": two_tables}).json()
    long = long["usage"]["prompt_tokens"]
    assert long > short  # the client's schema is what the prompt holds


def test_schema_text_cannot_touch_files(client, tmp_path):
    target = tmp_path / "attached.sqlite"
    schema = f"CREATE TABLE t (a INT); ATTACH DATABASE '{target}' AS x; CREATE TABLE x.t (a INT);"
    r = client.post("/v1/sql", json={"question": "How many?", "schema": schema, "execute": True})
    assert r.status_code == 400
    assert "not authorized" in r.json()["error"]["message"]
    assert not target.exists()


def test_self_correction_reports_both_attempts(client):
    # The tiny model's gibberish never executes, so a request that asks for self-correction is retried once
    # with the error in the prompt; then, still failing, decoded once more under the constraint without its
    # give-up limit (--complete-failed). An attempt replaces the first answer only when it executes (as in
    # generate and evaluate).
    q = {"question": "List the names of all singers.", "database": "concert_singer", "execute": True}
    body = client.post("/v1/sql", json={**q, "self_correct": True}).json()
    assert body["executed"] is True
    assert len(body["attempts"]) == 3
    first, second, last = body["attempts"]
    assert first["error"] is not None and first["error"]["message"] and second["error"] is not None
    assert second["prompt_tokens"] > first["prompt_tokens"]  # the first SQL and its error were added
    assert last["prompt_tokens"] == first["prompt_tokens"]  # the question's own prompt again
    kept = last if last["error"] is None else first
    assert body["sql"] == kept["sql"] and body["error"] == kept["error"]
    assert body["usage"]["prompt_tokens"] == sum(a["prompt_tokens"] for a in body["attempts"])

    # self-correction is off by default, as in every stage; what fails is decoded again with 16 beams
    # (--retry-beams), then without the give-up limit, each kept only if it executes
    once = client.post("/v1/sql", json=q).json()
    assert len(once["attempts"]) == 3 and "candidates" not in once["attempts"][0]
    assert once["attempts"][1]["candidates"] == 16 and "candidates" not in once["attempts"][2]
    kept = once["attempts"][2] if once["attempts"][2]["error"] is None else once["attempts"][0]
    assert once["sql"] == kept["sql"] and (once["error"] is None) == (kept["error"] is None)


# --- execution-guided decoding (--num-candidates) ------------------------------------------------------------

def test_the_choice_among_candidates_runs_through_the_sandbox(dbs):
    from sqltune.config import make_config
    from sqltune.decoding import choose
    from sqltune.service import Service, Settings, load_databases

    cfg = make_config()
    served = load_databases([str(dbs["served"])], cfg)
    before = sha256(dbs["served"])
    service = Service(cfg, None, served, Settings(query_timeout=QUERY_TIMEOUT))

    def pick(cands, rule="nonempty", target=served["concert_singer"]):
        run = service.runner(target)
        k = choose(cands, run, rule)[1]
        return k, run(cands[k])

    cands = ["SELEC gibberish", "DELETE FROM singer", "SELECT count(*) FROM singer WHERE Age > 1000",
             "SELECT Name FROM singer ORDER BY Name"]
    k, result = pick(cands)
    assert k == 3 and [list(r) for r in result.rows] == direct_rows(dbs["served"], cands[3]) and not result.truncated
    assert pick(cands, rule="first")[0] == 2  # to `first`, a count of 0 is a result
    assert sha256(dbs["served"]) == before  # the DELETE was refused, not run
    # nothing executes: the first candidate stands, with its error
    k, failed = pick(["SELECT nope FROM singer", "DROP TABLE singer"])
    assert k == 0 and failed.message
    # a client's schema text: the candidates run on an in-memory copy of its (empty) tables
    k, empty = pick(["SELECT y FROM t", "SELECT x FROM t"], target="CREATE TABLE t (x INT)")
    assert k == 1 and empty.error is None and empty.rows == []


def test_server_with_candidates_reports_the_choice(tiny_model, dbs, tmp_path):
    # the decoding keys of a --config file act on serve as on generate and evaluate
    config = tmp_path / "decoding.yaml"
    config.write_text("num_candidates: 2\ncandidate_choice: first\n")
    srv = ServerProcess(tiny_model, [dbs["served"]], tmp_path / "server.log", "--config", str(config),
                        "--query-timeout", str(QUERY_TIMEOUT))
    try:
        with httpx.Client(base_url=srv.url, timeout=120) as c:
            health = c.get("/health").json()
            assert (health["num_candidates"], health["candidate_choice"], health["self_correct"]) == (2, "first",
                                                                                                      False)
            q = {"question": "How many singers?", "database": "concert_singer", "execute": True, "max_rows": 1}
            body = c.post("/v1/sql", json=q).json()
            attempt, *last = body["attempts"]
            assert attempt["candidates"] == 2 and attempt["chosen"] in (0, 1)
            # where both candidates fail: decoded once more without the give-up limit (--complete-failed)
            assert len(last) == (attempt["error"] is not None) and "candidates" not in (last or [{}])[0]
            kept = last[0] if last and last[0]["error"] is None else attempt
            assert body["sql"] == kept["sql"]
            assert body["executed"] is True and len(body["rows"] or []) <= 1
            # schema text and no execution asked: still chosen on the database built from the text
            body = c.post("/v1/sql", json={"question": "How many?", "schema": "CREATE TABLE t (x INT)"}).json()
            assert body["attempts"][0]["candidates"] == 2 and body["executed"] is False and body["rows"] is None
    finally:
        srv.stop()
    assert "Traceback" not in srv.log.read_text()


# --- execution ---------------------------------------------------------------------------------------------

def test_execute_select_returns_rows(client, dbs):
    sql = "SELECT Name, Age FROM singer ORDER BY Age DESC"
    r = client.post("/v1/execute", json={"database": "concert_singer", "sql": sql})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["error"] is None
    assert body["columns"] == ["Name", "Age"]
    assert body["rows"] == direct_rows(dbs["served"], sql)
    assert body["row_count"] == 6 and body["truncated"] is False


def test_execute_caps_rows(client):
    r = client.post("/v1/execute", json={"database": "concert_singer", "sql": "SELECT * FROM singer",
                                         "max_rows": 2}).json()
    assert r["truncated"] is True and len(r["rows"]) == 2
    many = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 500) SELECT x FROM c"
    r = client.post("/v1/execute", json={"database": "concert_singer", "sql": many, "max_rows": 10_000}).json()
    assert r["truncated"] is True and len(r["rows"]) == 50  # the server's --max-rows wins


WRITES = [
    "DROP TABLE singer",
    "UPDATE singer SET Age = 0",
    "INSERT INTO singer (Name) VALUES ('intruder')",
    "DELETE FROM singer",
    "SELECT 1; DROP TABLE singer",
    "SELECT * FROM singer; UPDATE singer SET Age = 0;",
    "WITH x AS (SELECT 1) DELETE FROM singer",  # starts like a query: stopped by the sandbox itself
    "ATTACH DATABASE 'evil.sqlite' AS evil",
    "PRAGMA writable_schema = 1",
    "SELECT load_extension('/tmp/evil')",
]


def test_writes_are_refused_and_the_file_is_unchanged(client, dbs):
    before = sha256(dbs["served"])
    for sql in WRITES:
        r = client.post("/v1/execute", json={"database": "concert_singer", "sql": sql})
        assert r.status_code == 400, (sql, r.text)
        error = r.json()["error"]
        assert error["code"] == "statement_not_allowed", sql
        assert "SELECT" in error["message"], sql  # says what is allowed
    assert sha256(dbs["served"]) == before
    assert direct_rows(dbs["served"], "SELECT count(*), sum(Age) FROM singer") == [[6, 222]]
    assert not (dbs["served"].parent / "evil.sqlite").exists()


def test_endless_query_hits_the_time_limit(client):
    start = time.monotonic()
    r = client.post("/v1/execute", json={"database": "concert_singer", "sql": ENDLESS_CTE})
    took = time.monotonic() - start
    assert r.status_code == 200, r.text
    assert r.json()["error"]["category"] == "timeout"
    assert "time limit" in r.json()["error"]["message"]
    assert QUERY_TIMEOUT * 0.9 <= took < QUERY_TIMEOUT + 5
    assert client.get("/health", timeout=5).status_code == 200  # the server is free again


def test_sql_errors_come_back_as_results(client):
    r = client.post("/v1/execute", json={"database": "concert_singer", "sql": "SELECT nope FROM singer"})
    assert r.status_code == 200
    assert r.json()["error"]["category"] == "no_such_column"


# --- errors ------------------------------------------------------------------------------------------------

def test_unknown_database_is_404(client, dbs):
    for name in ("nope", "other", str(dbs["other"]), "../concert_singer"):
        r = client.post("/v1/execute", json={"database": name, "sql": "SELECT 1"})
        assert r.status_code == 404, name
        message = r.json()["error"]["message"]
        assert f"unknown database '{name}'" in message and "concert_singer" in message
    r = client.post("/v1/sql", json={"question": "How many?", "database": "other"})
    assert r.status_code == 404 and r.json()["error"]["code"] == "unknown_database"


def test_malformed_requests_get_clear_4xx(client):
    r = client.post("/v1/sql", content=b'{"question": "How many', headers={"content-type": "application/json"})
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "invalid_json" and "not valid JSON" in r.json()["error"]["message"]

    r = client.post("/v1/sql", json={"database": "concert_singer"})
    assert r.status_code == 422 and "'question' is required" in r.json()["error"]["message"]

    r = client.post("/v1/sql", json=["How many singers?"])
    assert r.status_code == 422 and "JSON object" in r.json()["error"]["message"]

    r = client.post("/v1/sql", json={"question": "How many?", "database": "concert_singer", "sql": "x"})
    assert r.status_code == 422 and "unknown field 'sql'" in r.json()["error"]["message"]

    r = client.post("/v1/sql", json={"question": "How many?"})
    assert r.status_code == 422 and "either 'database'" in r.json()["error"]["message"]

    r = client.post("/v1/sql", content=b'{"question": "x", "database": "concert_singer"}',
                    headers={"content-type": "text/plain"})
    assert r.status_code == 422 and "Content-Type: application/json" in r.json()["error"]["message"]

    r = client.post("/v1/sql", json={"question": "x" * 30_000, "database": "concert_singer"})
    assert r.status_code == 413 and "larger than 20000 bytes" in r.json()["error"]["message"]

    r = client.get("/v1/nothing")
    assert r.status_code == 404 and "no such endpoint" in r.json()["error"]["message"]


def test_foreign_host_header_is_refused(client):
    # A page on another site that rebinds its name to 127.0.0.1 must not be able to use the API.
    r = client.get("/v1/databases", headers={"host": "attacker.example:8000"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "bad_host"
    assert client.get("/v1/databases", headers={"host": "localhost"}).status_code == 200


# --- OpenAI compatibility ----------------------------------------------------------------------------------

def test_openai_client_models_and_chat(server):
    from openai import NotFoundError, OpenAI

    client = OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0, timeout=60)
    ids = [m.id for m in client.models.list()]
    assert ids == ["sqltune", "sqltune:concert_singer"]

    question = [{"role": "system", "content": "ignored"}, {"role": "user", "content": "How many singers are there?"}]
    resp = client.chat.completions.create(model="sqltune:concert_singer", messages=question)
    assert resp.object == "chat.completion"
    assert resp.model == "sqltune:concert_singer"
    content = resp.choices[0].message.content
    assert isinstance(content, str) and content
    assert resp.choices[0].message.role == "assistant"
    assert resp.choices[0].finish_reason in ("stop", "length")
    assert resp.usage.total_tokens == resp.usage.prompt_tokens + resp.usage.completion_tokens
    assert resp.usage.prompt_tokens > 150  # the database schema was in the prompt

    # The same through the `database` extra field, and streamed.
    same = client.chat.completions.create(model="sqltune", messages=question, extra_body={"database": "concert_singer"})
    assert same.choices[0].message.content == content
    chunks = client.chat.completions.create(model="sqltune:concert_singer", messages=question, stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == content

    # A user message that already holds the whole prompt is used as it is.
    prompt = ("<SCHEMA>\nCREATE TABLE pets (name TEXT, age INT)\n</SCHEMA>\n<USER_QUERY>\nHow old is Rex?\n"
              "</USER_QUERY>")
    full = client.chat.completions.create(model="sqltune", messages=[{"role": "user", "content": prompt}])
    assert isinstance(full.choices[0].message.content, str)
    assert full.usage.prompt_tokens < resp.usage.prompt_tokens / 2  # not wrapped around concert_singer's schema

    with pytest.raises(NotFoundError, match="unknown database 'nope'"):
        client.chat.completions.create(model="sqltune:nope", messages=question)


# --- load --------------------------------------------------------------------------------------------------

def test_burst_of_32_requests(server, client):
    before = client.get("/health").json()["queue"]

    def ask(i: int):
        r = httpx.post(server.url + "/v1/sql", json={"question": f"How many singers are older than {i}?",
                                                     "database": "concert_singer"}, timeout=120)
        return r.status_code, r.json(), r.headers

    with ThreadPoolExecutor(32) as pool:
        answers = list(pool.map(ask, range(32)))
    codes = [code for code, _, _ in answers]
    assert set(codes) <= {200, 503}, codes
    ok = [body for code, body, _ in answers if code == 200]
    busy = [(body, headers) for code, body, headers in answers if code == 503]
    assert ok, "no request was answered"
    assert all(isinstance(b["sql"], str) and len(b["attempts"]) == 1 for b in ok)
    for body, headers in busy:
        assert body["error"]["code"] == "queue_full" and "busy" in body["error"]["message"]
        assert headers["retry-after"] == "1"
    after = client.get("/health").json()["queue"]
    assert after["rejected"] - before["rejected"] == len(busy)
    assert after["requests"] - before["requests"] == len(ok)
    # 32 at once with --max-queue 4: the bound was reached, and waiting requests shared generate calls.
    assert busy, "the queue bound was never reached"
    assert after["largest_batch"] > 1
    assert after["batches"] - before["batches"] < len(ok)
    # Still up, and still answering correctly.
    assert client.post("/v1/execute", json={"database": "concert_singer", "sql": "SELECT count(*) FROM singer"}
                       ).json()["rows"] == [[6]]


def test_bad_start_arguments_fail_fast(tiny_model, dbs, tmp_path):
    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "sqltune", "serve", "--model", str(tiny_model), *args],
                              capture_output=True, text=True, timeout=120)

    r = run("--db", str(tmp_path / "missing.sqlite"))
    assert r.returncode == 2 and "database not found" in r.stderr
    twin = tmp_path / "twin"
    twin.mkdir()
    shutil.copy(dbs["served"], twin / "concert_singer.sqlite")
    r = run("--db", str(dbs["served"]), "--db", str(twin / "concert_singer.sqlite"))
    assert r.returncode == 2 and "two databases are named 'concert_singer'" in r.stderr
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        r = run("--db", str(dbs["served"]), "--port", str(taken.getsockname()[1]))
    assert r.returncode == 2 and "choose another --port" in r.stderr


def test_responses_are_json_everywhere(client):
    """Every error, whatever raised it, has the same {"error": {"message", "type", "code"}} shape."""
    responses = [client.post("/v1/execute", json={"database": "nope", "sql": "SELECT 1"}),
                 client.post("/v1/execute", content=b"{", headers={"content-type": "application/json"}),
                 client.get("/v1/missing"), client.put("/v1/sql", json={}),
                 client.post("/v1/execute", json={"database": "concert_singer", "sql": "DROP TABLE singer"})]
    for r in responses:
        err = json.loads(r.text)["error"]
        assert {"message", "type", "code"} <= set(err) and err["message"], r.text


def test_a_huge_result_is_cut_at_the_byte_budget(client):
    # 30 values of 900 kB each (27 MB): the server hands back what fits in its 8 MB budget, marked truncated
    big = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 30) SELECT zeroblob(900000) FROM c"
    r = client.post("/v1/execute", json={"database": "concert_singer", "sql": big})
    assert r.status_code == 200, r.text[:300]
    body = r.json()
    assert body["truncated"] is True and 0 < body["row_count"] < 30 and body["error"] is None
    assert len(r.content) < 20_000_000  # (blobs travel as hex text: twice their bytes)
