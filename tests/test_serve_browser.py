"""The `sqltune serve` web page in a real browser: headless Debian Chromium driven by Selenium, against a real
server with the tiny model on 127.0.0.1. A screenshot of the page is left in /tmp/serve.png.

Needs: apt-get install -y chromium chromium-driver   and   pip install selenium
"""

import os
import shutil
import sqlite3
from pathlib import Path

import httpx
import pytest

from tests.test_serve import ServerProcess

CHROMIUM = ("chromium", "chromium-browser")
INSTALL = ("apt-get update && apt-get install -y chromium chromium-driver   (Debian packages) and "
           "pip install selenium")
SCREENSHOT = Path("/tmp/serve.png")
WAIT = 60


def _find(names) -> str | None:
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


@pytest.fixture(scope="module")
def page_server(tiny_model, spider_root, tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser-dbs")
    db = folder / "concert_singer.sqlite"
    shutil.copy(spider_root / "database" / "concert_singer" / "concert_singer.sqlite", db)
    srv = ServerProcess(tiny_model, [db], folder / "server.log", "--query-timeout", "2", "--self-correct")
    yield srv, db
    srv.stop()


@pytest.fixture()
def browser(tmp_path):
    chromium, driver_path = _find(CHROMIUM), _find(("chromedriver",))
    if not chromium or not driver_path:
        pytest.fail(f"Chromium and its driver are needed for the browser test; install them with: {INSTALL}")
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        pytest.fail(f"Selenium is needed for the browser test; install it with: {INSTALL}")
    # Selenium Manager must not look anything up online: both paths are given and it is told to stay offline.
    os.environ.setdefault("SE_OFFLINE", "true")
    os.environ.setdefault("SE_AVOID_STATS", "true")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--metrics-recording-only", "--window-size=1360,1000", f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path,
                                                                log_output=str(tmp_path / "chromedriver.log")))
    try:
        yield driver
    finally:
        driver.quit()


def test_page_asks_shows_sql_and_runs_it(page_server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as EC
    from selenium.webdriver.support.ui import Select, WebDriverWait

    srv, db = page_server
    wait = WebDriverWait(browser, WAIT)
    browser.get(srv.url + "/")
    status = wait.until(EC.visibility_of_element_located((By.ID, "status-text")))
    wait.until(lambda d: status.text == "tiny-random-gemma-3" or "tiny-random-gemma-3" in status.text)

    # Pick the database; its tables and columns are listed.
    wait.until(lambda d: len(Select(d.find_element(By.ID, "database")).options) == 1)
    Select(browser.find_element(By.ID, "database")).select_by_value("concert_singer")
    tables = browser.find_element(By.ID, "tables")
    names = [e.text for e in tables.find_elements(By.CSS_SELECTOR, ".tname")]
    assert names == ["stadium", "singer", "concert", "singer_in_concert"]
    assert "Song_Name" in tables.text

    # Ask: the SQL box fills with what the API answers for the same request.
    question = "How many singers are there?"
    box = browser.find_element(By.ID, "question")
    box.send_keys(question)
    browser.find_element(By.ID, "ask").click()
    sql_box = browser.find_element(By.ID, "sql")
    wait.until(lambda d: sql_box.get_attribute("value").strip())
    wait.until(lambda d: d.find_element(By.ID, "ask").is_enabled())
    expected = httpx.post(srv.url + "/v1/sql", json={"question": question, "database": "concert_singer",
                                                     "execute": True}, timeout=60).json()
    assert sql_box.get_attribute("value") == expected["sql"]
    # The tiny model's SQL fails: the page says why, and shows that it was corrected once.
    error = browser.find_element(By.ID, "error")
    assert error.is_displayed() and expected["error"]["message"] in error.text
    assert browser.find_element(By.ID, "attempts").is_displayed()

    # Edit the SQL and run it: a result table with the database's rows.
    sql = "SELECT Name, Age FROM singer ORDER BY Age DESC"
    sql_box.clear()
    sql_box.send_keys(sql)
    browser.find_element(By.ID, "run").click()
    result = wait.until(EC.visibility_of_element_located((By.ID, "result")))
    table = result.find_element(By.ID, "result-table")
    header = [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")]
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in table.find_elements(By.CSS_SELECTOR, "tbody tr")]
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    truth = [[str(v) for v in r] for r in conn.execute(sql)]
    conn.close()
    assert header == ["Name", "Age"]
    assert rows == truth and len(rows) == 6
    assert "6 rows" in browser.find_element(By.ID, "result-meta").text
    assert not browser.find_element(By.ID, "error").is_displayed()
    browser.save_screenshot(str(SCREENSHOT))

    # Ctrl+Enter in the SQL box runs it again; a write is refused with a clear message.
    sql_box.clear()
    sql_box.send_keys("DROP TABLE singer")
    sql_box.send_keys(Keys.CONTROL, Keys.ENTER)
    wait.until(lambda d: d.find_element(By.ID, "error").is_displayed())
    assert "only a single SELECT or WITH query is allowed" in browser.find_element(By.ID, "error").text
    assert not browser.find_element(By.ID, "result").is_displayed()

    # The question is kept in the page across a reload, and clicking it brings it and its SQL back.
    browser.refresh()
    recent = wait.until(EC.visibility_of_element_located((By.CSS_SELECTOR, "#recent li button")))
    assert question in recent.text and "concert_singer" in recent.text
    recent.click()
    assert browser.find_element(By.ID, "question").get_attribute("value") == question
    assert browser.find_element(By.ID, "sql").get_attribute("value") == expected["sql"]

    # No script errors and no requests that failed, other than the refused DROP (a 400 on purpose).
    problems = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"
                and "/v1/execute - Failed to load resource: the server responded with a status of 400" not in e["message"]]
    assert problems == []
