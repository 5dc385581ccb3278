"""`sqltune serve` hardening through a real server (tests.test_serve.ServerProcess: `python -m sqltune serve`
with the tiny random model): strict booleans, bodies that are not UTF-8, the API key (required off loopback,
checked on every endpoint but the page and /health, usable by the openai client and the page), the limit on
a client's schema tokens and the time limit of one generate call."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import httpx
import pytest

from tests.test_serve import ServerProcess, dbs  # noqa: F401 - dbs: the served database fixture
from tests.test_serve_browser import browser  # noqa: F401 - the headless Chromium fixture

KEY = "test-key-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {KEY}"}
MAX_SCHEMA_TOKENS = 256
MAX_GENERATION_SECONDS = 2.0
LONG_ANSWER = "3000"  # tokens the tiny model may write: far more than it can in the time limit


@pytest.fixture(scope="module")
def server(tiny_model, dbs, tmp_path_factory):  # noqa: F811
    """Bound to every interface, with a key (so the Host check is off: the key is the protection). Unconstrained:
    the tiny random model's answers then run on until the time limit cuts them (under the default constraint
    they give up within a few tokens)."""
    log = tmp_path_factory.mktemp("hardening-log") / "server.log"
    srv = ServerProcess(tiny_model, [dbs["served"]], log, "--host", "0.0.0.0", "--api-key", KEY,
                        "--max-schema-tokens", str(MAX_SCHEMA_TOKENS), "--constrain", "none",
                        "--max-generation-seconds", str(MAX_GENERATION_SECONDS), "--max-new-tokens", LONG_ANSWER)
    yield srv
    srv.stop()
    assert "Traceback" not in srv.log.read_text()


@pytest.fixture()
def client(server):
    with httpx.Client(base_url=server.url, timeout=60, headers=AUTH) as c:
        yield c


def _error(r: httpx.Response, status: int, code: str) -> str:
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["code"] == code, r.text
    return error["message"]


# --- request bodies ----------------------------------------------------------------------------------------

def test_booleans_and_counts_are_strict(client):
    q = {"question": "How many singers?", "database": "concert_singer"}
    for field, value in (("execute", "yes"), ("execute", 1), ("execute", "true"), ("self_correct", "no"),
                         ("self_correct", 0), ("max_rows", "5"), ("max_rows", 5.0), ("max_rows", True)):
        message = _error(client.post("/v1/sql", json={**q, field: value}), 422, "invalid_request")
        assert f"'{field}'" in message, (field, value, message)
    message = _error(client.post("/v1/execute", json={"database": "concert_singer", "sql": "SELECT 1",
                                                      "max_rows": "2"}), 422, "invalid_request")
    assert "'max_rows'" in message
    chat = {"model": "sqltune:concert_singer", "messages": [{"role": "user", "content": "How many?"}]}
    assert "'stream'" in _error(client.post("/v1/chat/completions", json={**chat, "stream": "yes"}), 422,
                                "invalid_request")
    # real JSON booleans and numbers still work
    r = client.post("/v1/execute", json={"database": "concert_singer", "sql": "SELECT Name FROM singer",
                                         "max_rows": 2})
    assert r.status_code == 200 and len(r.json()["rows"]) == 2


def test_a_body_that_is_not_utf8_is_invalid_json(client):
    bodies = {"/v1/sql": b'{"question": "How many \xff\xfe singers?", "database": "concert_singer"}',
              "/v1/execute": b'{"database": "concert_singer", "sql": "SELECT \'\xc3\x28\'"}',
              "/v1/chat/completions": b'{"messages": [{"role": "user", "content": "\x80"}]}'}
    for path, body in bodies.items():
        r = client.post(path, content=body, headers={"content-type": "application/json"})
        message = _error(r, 400, "invalid_json")
        assert "not valid JSON" in message and "UTF-8" in message, path
    # UTF-8 text that is not ASCII is fine
    r = client.post("/v1/execute", json={"database": "concert_singer", "sql": "SELECT 'café ✓'"})
    assert r.status_code == 200 and r.json()["rows"] == [["café ✓"]]


# --- the API key -------------------------------------------------------------------------------------------

REQUESTS = [
    ("POST", "/v1/sql", {"question": "How many singers?", "database": "concert_singer"}),
    ("POST", "/v1/execute", {"database": "concert_singer", "sql": "SELECT count(*) FROM singer"}),
    ("GET", "/v1/databases", None),
    ("GET", "/v1/databases/concert_singer", None),
    ("GET", "/v1/models", None),
    ("POST", "/v1/chat/completions", {"model": "sqltune:concert_singer",
                                      "messages": [{"role": "user", "content": "How many singers?"}]}),
]


def test_every_endpoint_but_health_and_the_page_needs_the_key(server):
    wrong = [{}, {"Authorization": "Bearer wrong-key-0123456789abcdef"}, {"Authorization": KEY},
             {"Authorization": f"Basic {KEY}"}, {"Authorization": f"Bearer {KEY}x"}, {"X-Api-Key": KEY}]
    with httpx.Client(base_url=server.url, timeout=60) as c:
        for method, path, body in REQUESTS:
            for headers in wrong:
                r = c.request(method, path, json=body, headers=headers)
                message = _error(r, 401, "invalid_api_key")
                assert "Authorization: Bearer" in message and "--api-key" in message
                assert r.headers["www-authenticate"].startswith("Bearer"), (path, headers)
            r = c.request(method, path, json=body, headers={"authorization": f"bearer {KEY}"})  # any case
            assert r.status_code == 200, (path, r.text)
        # liveness without the key, and nothing about what is served; everything with it
        assert c.get("/health").json() == {"status": "ok"}
        full = c.get("/health", headers=AUTH).json()
        assert full["databases"] == ["concert_singer"] and full["limits"]["max_schema_tokens"] == MAX_SCHEMA_TOKENS
        page = c.get("/")
        assert page.status_code == 200 and 'id="question"' in page.text and "Bearer" in page.text
        # bound off loopback with a key: the Host check is off, any Host with the key is answered
        assert c.get("/v1/databases", headers={**AUTH, "host": "sqltune.example:8000"}).status_code == 200
        # unknown paths are refused before they are looked up
        assert c.get("/v1/nothing").status_code == 401


def test_openai_client_sends_the_key(server):
    from openai import AuthenticationError, OpenAI

    client = OpenAI(base_url=server.url + "/v1", api_key=KEY, max_retries=0, timeout=60)
    assert [m.id for m in client.models.list()] == ["sqltune", "sqltune:concert_singer"]
    resp = client.chat.completions.create(model="sqltune:concert_singer",
                                          messages=[{"role": "user", "content": "How many singers are there?"}])
    assert isinstance(resp.choices[0].message.content, str) and resp.usage.prompt_tokens > 150
    wrong = OpenAI(base_url=server.url + "/v1", api_key="not-the-key", max_retries=0, timeout=60)
    with pytest.raises(AuthenticationError, match="API key"):
        wrong.models.list()


def _serve(tiny_model, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in {**os.environ, **(env or {})}.items() if v is not None}
    return subprocess.run([sys.executable, "-m", "sqltune", "serve", "--model", str(tiny_model), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_off_loopback_a_key_is_required_before_anything_loads(tiny_model, tmp_path):
    for host in ("0.0.0.0", "::", "192.0.2.1"):
        r = _serve(tiny_model, "--host", host, env={"SQLTUNE_API_KEY": None})
        assert r.returncode == 2, r.stderr
        (line,) = r.stderr.strip().splitlines()
        assert line.startswith("sqltune serve: error: ") and f"--host {host} is not loopback" in line
        assert "--api-key" in line and "SQLTUNE_API_KEY" in line
    r = _serve(tiny_model, "--host", "0.0.0.0", "--api-key", "short")
    assert r.returncode == 2 and "at least 8 printable ASCII characters" in r.stderr
    # the key from the environment counts: the start gets past the key check, to the port already taken
    with socket.socket() as taken:
        taken.bind(("0.0.0.0", 0))
        taken.listen()
        r = _serve(tiny_model, "--host", "0.0.0.0", "--port", str(taken.getsockname()[1]),
                   env={"SQLTUNE_API_KEY": KEY})
    assert r.returncode == 2 and "choose another --port" in r.stderr and "API key" not in r.stderr


# --- limits on what one request may cost -------------------------------------------------------------------

def _schema(tables: int) -> str:
    return "\n".join(f"CREATE TABLE t{i} (id INTEGER PRIMARY KEY, name TEXT, amount REAL, t{i}_note TEXT);"
                     for i in range(tables))


def test_a_long_schema_is_refused_at_once_even_while_the_model_is_busy(server, client):
    busy = threading.Thread(target=lambda: httpx.post(
        server.url + "/v1/sql", json={"question": "How many?", "schema": _schema(2)}, headers=AUTH, timeout=60))
    busy.start()  # holds the generation thread for up to --max-generation-seconds
    time.sleep(0.5)
    try:
        for tables in (20, 3000):  # counted by the tokenizer; refused on its length alone
            schema = _schema(tables)
            start = time.monotonic()
            r = client.post("/v1/sql", json={"question": "How many?", "schema": schema})
            took = time.monotonic() - start
            message = _error(r, 400, "schema_too_long")
            assert f"at most {MAX_SCHEMA_TOKENS} (--max-schema-tokens)" in message
            assert took < 1.5, took  # not queued behind the generation in progress
        prompt = f"<SCHEMA>\n{_schema(40)}\n</SCHEMA>\n<USER_QUERY>\nHow many?\n</USER_QUERY>"
        r = client.post("/v1/chat/completions", json={"model": "sqltune", "messages": [{"role": "user",
                                                                                        "content": prompt}]})
        assert "the prompt" in _error(r, 400, "schema_too_long")
    finally:
        busy.join()
    # a schema within the limit is answered
    r = client.post("/v1/sql", json={"question": "How many?", "schema": _schema(3)})
    assert r.status_code == 200, r.text


def test_one_generate_call_is_cut_at_the_time_limit(client):
    before = client.get("/health").json()["queue"]["time_limited"]
    start = time.monotonic()
    r = client.post("/v1/sql", json={"question": "List every name.", "schema": _schema(1)})
    took = time.monotonic() - start
    assert r.status_code == 200, r.text
    (attempt,) = r.json()["attempts"]
    assert attempt["finish_reason"] == "length"
    assert 0 < attempt["completion_tokens"] < int(LONG_ANSWER)  # stopped by time, not by length
    assert MAX_GENERATION_SECONDS * 0.9 <= took < MAX_GENERATION_SECONDS + 6, took
    assert client.get("/health").json()["queue"]["time_limited"] == before + 1


# --- the page with a key -----------------------------------------------------------------------------------

def test_page_takes_the_key_from_the_address_or_asks_for_it(server, browser):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    wait = WebDriverWait(browser, 60)
    browser.get(server.url + "/#key=" + KEY)
    wait.until(lambda d: len(Select(d.find_element(By.ID, "database")).options) == 1)
    wait.until(lambda d: "tiny-random-gemma-3" in d.find_element(By.ID, "status-text").text)
    assert "#key" not in browser.current_url  # taken out of the address bar (and its history)
    sql_box = browser.find_element(By.ID, "sql")
    sql_box.send_keys("SELECT count(*) FROM singer")
    browser.find_element(By.ID, "run").click()
    result = wait.until(EC.visibility_of_element_located((By.ID, "result-table")))
    assert [td.text for td in result.find_elements(By.CSS_SELECTOR, "tbody td")] == ["6"]

    browser.execute_script("sessionStorage.clear()")
    browser.get(server.url + "/")  # no key: the page asks for it on the first 401
    alert = wait.until(EC.alert_is_present())
    alert.send_keys(KEY)
    alert.accept()
    wait.until(lambda d: len(Select(d.find_element(By.ID, "database")).options) == 1)
    assert not browser.find_element(By.ID, "error").is_displayed()
