"""Scope checks beside the SQL grammar (sqltune.scope): no valid Spider query is ever flagged, the scope errors
the model makes are caught where they are made, and the logits processor masks them in model.generate."""

from __future__ import annotations

import sqlite3
import string

import pytest

from sqltune import constrain, scope, scope_filter
from tests.spider_gold import executable_gold


def _start(path) -> scope.Scope:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return scope.start(constrain.Schema.read(conn).tables, constrain.sqlite_functions())


def _first_error(st: scope.Scope, tok, sql: str) -> str | None:
    """The text up to the token where a scope error appears (fed token by token, as in generation), or None;
    a query that is fine all along but may not end is reported as 'END'."""
    texts = scope_filter.token_texts(tok)
    so_far = ""
    for i in tok.encode(sql, add_special_tokens=False):
        st = st.feed(texts[i])
        so_far += texts[i]
        if st.error:
            return so_far
    return "END" if st.end_error() else None


def test_no_spider_gold_query_is_flagged(tokenizer, spider_root):
    flagged, starts, gold = [], {}, executable_gold()
    for row, path in gold:
        if path not in starts:
            starts[path] = _start(path)
        where = _first_error(starts[path], tokenizer, row["query"])
        if where is not None:
            flagged.append((row["query"], where))
    assert len(gold) > 7800
    assert flagged == [], f"{len(flagged)} gold queries flagged, e.g. {flagged[:3]}"


@pytest.mark.parametrize(("sql", "caught_at"), [
    # a column the alias's table lacks, as soon as no column of it begins so (T1 is singer)
    ("SELECT T1.name FROM singer AS T1 WHERE T1.theme = 'x'", "SELECT T1.name FROM singer AS T1 WHERE T1.th"),
    ("SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.concert_id = T2.concert_id",
     "SELECT T1.name FROM singer AS T1 JOIN concert AS T2 ON T1.con"),
    # a bare column no table in FROM has
    ("SELECT name FROM singer WHERE theme = 'x'", "SELECT name FROM singer WHERE th"),
    # an alias bound to a table without the column the select list took from it
    ("SELECT T2.theme FROM concert AS T1 JOIN singer AS T2 ON T1.concert_id = T2.singer_id",
     "SELECT T2.theme FROM concert AS T1 JOIN singer AS T2"),
    # an alias never bound, once the FROM clause ends (or the query)
    ("SELECT T2.theme FROM concert AS T1 WHERE T1.year = 2014", "SELECT T2.theme FROM concert AS T1 WHERE"),
    ("SELECT T2.theme FROM concert AS T3", "END"),
    # a bare column of the select list that no table in FROM has
    ("SELECT theme FROM singer", "END"),
    ("SELECT theme FROM singer ORDER BY age", "SELECT theme FROM singer ORDER"),
    # inside a subquery: its own FROM decides
    ("SELECT name FROM singer WHERE singer_id IN (SELECT singer_id FROM singer_in_concert WHERE theme = 'x')",
     "SELECT name FROM singer WHERE singer_id IN (SELECT singer_id FROM singer_in_concert WHERE th"),
])
def test_scope_errors_are_caught_where_they_are_made(tokenizer, spider_db, sql, caught_at):
    _assert_caught_at(_first_error(_start(spider_db), tokenizer, sql), sql, caught_at)


def _assert_caught_at(where: str | None, sql: str, caught_at: str) -> None:
    """The error appears at `caught_at`, or within the token or so around it."""
    assert where is not None, sql
    assert where.strip() == caught_at or (where.startswith(caught_at) and len(where) - len(caught_at) < 8) or \
        caught_at.startswith(where.strip()), (sql, where)


@pytest.mark.parametrize("sql", [
    "SELECT T2.theme FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id = T2.concert_id",
    "SELECT theme FROM singer JOIN concert",  # some table in FROM has it
    "SELECT T1.name FROM singer AS T1 WHERE EXISTS (SELECT * FROM concert AS T1 WHERE T1.theme = 'x')",  # shadowed
    "SELECT x FROM (SELECT name AS x FROM singer) WHERE x = 1",  # a subquery's columns are not read
    "SELECT count(*) AS n, country FROM singer GROUP BY country ORDER BY n DESC",  # a result alias
    "SELECT name FROM singer WHERE name = 'it''s' AND song_name = \"Sun\" ORDER BY [Age]",  # quotes
    "SELECT singer.name FROM singer WHERE singer.age > 30",
    "SELECT name FROM singer UNION SELECT name FROM stadium ORDER BY name",
    "SELECT (SELECT count(*) FROM concert AS c WHERE c.stadium_id = s.stadium_id) FROM stadium AS s",
    # a bare name of the enclosing query (SQLite resolves it outward)
    "SELECT name FROM singer WHERE singer_id IN (SELECT singer_id FROM concert WHERE theme = 'x')",
    "SELECT s.name FROM singer s WHERE s.age > 30",  # an implicit alias
    "SELECT orders.name FROM singer AS orders",  # AS: any name
    "SELECT T1.name FROM singer AS T1 WHERE EXISTS (SELECT * FROM concert AS T2 WHERE T2.concert_id = T1.singer_id)",
    "SELECT name FROM singer AS T1 WHERE age > (SELECT avg(T2.age) FROM singer AS T2 WHERE T2.country = T1.country)",
    "SELECT count(*) AS n FROM singer GROUP BY country ORDER BY n",
    "SELECT \"name\" FROM singer AS T1 WHERE T1.\"age\" > 3",
])
def test_valid_queries_pass(tokenizer, spider_db, sql):
    assert _first_error(_start(spider_db), tokenizer, sql) is None, sql


def test_feed_leaves_the_state_as_it_was(spider_db):
    st = _start(spider_db).feed("SELECT name FROM singer WHERE ")
    assert st.feed("theme").error and not st.error
    assert st.feed("age").error is None


def test_the_processor_masks_the_token_that_would_leave_scope(tokenizer, spider_db):
    """In model.generate's place: the best token is a column of another table (then the end of a query whose
    alias was never bound); the processor masks it and leaves the next best."""
    import torch

    c = constrain.Constrainer(tokenizer, "schema")
    g = c.grammar_for(spider_db)
    assert g.scope is not None

    def one(text: str) -> int:
        (i,) = tokenizer.encode(text, add_special_tokens=False)
        return i

    prompt = [2, 105]
    for prefix, bad, good in (("SELECT name FROM singer WHERE", " theme", " age"),
                              ("SELECT T2.theme FROM concert AS T1", constrain.EOS_IDS[-1], " JOIN")):
        ids = tokenizer.encode(prefix, add_special_tokens=False)
        bad_id = bad if isinstance(bad, int) else one(bad)
        scores = torch.zeros(1, 262144)
        scores[0, bad_id], scores[0, one(good)] = 10.0, 5.0
        c.reset_stats()
        c.logits_processor([g], 1, len(prompt))(torch.tensor([prompt + ids]), scores)
        assert scores[0, bad_id] == float("-inf"), prefix
        assert int(scores[0].argmax()) == one(good), prefix
        assert c.stats()["scope_masked"] >= 1


@pytest.mark.parametrize("walked", [False, True])
def test_a_beams_every_reachable_token_is_checked_for_scope(tokenizer, spider_db, walked):
    """16 beams are built from a question's best (row, token) pairs, many of them a row's 5th best or lower: a
    column no table in scope has, ranked there, would reach every beam (`SELECT Make , Model FROM car_names
    ORDER BY Weight`, all 16 candidates of a Spider-Syn dev question, 2026-12-05). Five such columns are
    masked in both beam rows, whether they rank above the valid tokens and the question's pairs are walked
    (beam scores known, after stepping through the prefix: `walked`), or rank below five valid tokens of a row
    checked alone (the first step), within the 2 x 4 beams' budget."""
    import torch

    c = constrain.Constrainer(tokenizer, "schema")
    g = c.grammar_for(spider_db)
    texts = scope_filter.token_texts(tokenizer)
    prefix = tokenizer.encode("SELECT name FROM singer WHERE age > 1 AND", add_special_tokens=False)
    at = _start(spider_db).feed("".join(texts[t] for t in prefix))

    def one(text: str) -> int | None:
        ids = tokenizer.encode(text, add_special_tokens=False)
        return ids[0] if len(ids) == 1 else None

    # columns of concert and stadium that singer lacks, one token each, that the scope check refuses here
    others = [" theme", " location", " capacity", " highest", " lowest", " average", " year", " stadium_id"]
    bad = [t for t in map(one, others) if t is not None and at.feed(texts[t]).error][:5]
    m = g.matcher()
    assert m.try_consume_tokens(prefix) == len(prefix)
    # tokens the grammar and the scope allow here, the columns of singer first
    words = (" age", " country", " name", " NOT", " (", " abs", " length", " lower", " upper", " EXISTS", " CASE",
             " NULL", " -", " instr", " coalesce", " ifnull")
    good = [t for t in map(one, words) if t is not None and m.validate_tokens([t]) == 1 and not at.feed(texts[t]).error]
    assert len(bad) == 5 and len(good) >= 8 and good[:3] == [one(" age"), one(" country"), one(" name")]
    prompt = [2, 105]
    proc = c.logits_processor([g], 4, len(prompt), top=8)
    c.reset_stats()
    rows = [list(prompt)] * 4
    if walked:  # the prefix token by token, as beam search would take it: beam scores known from then on
        for t in prefix:
            scores = torch.zeros(4, 262144)
            scores[:, t] = 10.0
            proc(torch.tensor(rows), scores)
            rows = [r + [t] for r in rows]
    else:
        rows = [r + prefix for r in rows]
    ranked = bad + good if walked else good[:5] + bad + good[5:]
    scores = torch.zeros(4, 262144)
    for k, t in enumerate(ranked):
        scores[:, t] = 20.0 - k
    out = proc(torch.tensor(rows), scores)
    for row in out:
        assert all(row[t] == float("-inf") for t in bad), [tokenizer.decode([t]) for t in bad if row[t] > 0]
        assert all(row[t] > 0 for t in good[:2])
    assert (c.stats()["picked_rows"] > 0) == walked


def _spider(spider_root, db: str) -> scope.Scope:
    return _start(spider_root / "database" / db / f"{db}.sqlite")


@pytest.mark.parametrize(("db", "sql", "caught_at"), [
    # answers the constraint used to let through (held-out Spider, constrained greedy)
    ("book_2", "SELECT title , publication_date FROM book MDLVertex EXCEPt SELECT title FROM book",
     "SELECT title , publication_date FROM book MDLVertex EXCEPt"),
    # each compound part has its own scope: T1 is book, which has no publication_date
    ("book_2", "SELECT title FROM book EXCEPT SELECT T1.title , T1.publication_date FROM book AS T1 "
               "JOIN publication AS T2 ON T1.book_id = T2.book_id",
     "SELECT title FROM book EXCEPT SELECT T1.title , T1.publication_date FROM book AS T1"),
    # keywords glued into a name
    ("musical", "SELECT DISTINCT nominatedFROMmusicalWHEREAward .category = 'Tony Award'",
     "SELECT DISTINCT nominatedFROM"),
    # a keyword run into an implicit alias, the escape from a FROM clause that may not end
    ("musical", "SELECT nominee FROM actor ASSOCIATION UNION SELECT nominee FROM actor",
     "SELECT nominee FROM actor ASSOCIATION"),
    ("musical", "SELECT nominee FROM actor UNION SELECT nominee FROM musical", "SELECT nominee FROM actor UNION"),
    ("twitter_1", "SELECT id FROM follows INTERSECTS", "SELECT id FROM follows INTERSECTS"),
    ("twitter_1", "SELECT id FROM follows", "END"),
    ("twitter_1", "SELECT T1.name , T1.partitionid FROM user_profiles AS T1 JOIN tweets AS T2 ON T1.uid = T2.uid "
                  "GROUP BY T1.id HAVING count(*) <= 2",
     "SELECT T1.name , T1.partitionid FROM user_profiles AS T1 JOIN tweets AS T2 ON T1.uid = T2.uid GROUP BY T1.id"),
    # a qualifier bound nowhere, at its dot
    ("election_representative", "SELECT Name FROM Representative ORDER BY T.Name desc",
     "SELECT Name FROM Representative ORDER BY T."),
    ("election_representative", "SELECT Party FROM representative ORDER BY T.Party < (SELECT T.Party FROM election "
                                "AS T)", "SELECT Party FROM representative ORDER BY T."),
])
def test_answers_that_leave_scope_are_caught_where_they_are_made(tokenizer, spider_root, db, sql, caught_at):
    _assert_caught_at(_first_error(_spider(spider_root, db), tokenizer, sql), sql, caught_at)


def test_a_qualified_column_is_judged_at_the_blank_after_it(spider_db):
    """`T1.song` is a prefix of song_name: the blank after it ends the name, so it cannot hide behind blanks
    (every continuation would fail then, and the row would be left to the grammar)."""
    st = _start(spider_db).feed("SELECT name FROM singer AS T1 WHERE T1.song")
    assert st.error is None
    assert st.feed("\n").error and st.feed(" ").error
    assert st.feed("_name ").error is None


def test_a_growing_name_judged_as_a_full_feed_judges_it(tokenizer, spider_db):
    """The shortcut for a name that grows by a token flags exactly what lexing every character flags, and
    neither changes the parent (whose clauses they share until they change one)."""
    texts = scope_filter.token_texts(tokenizer)
    letters = set(string.ascii_letters + "_")
    pieces = [i for i in range(1000, 40000) if texts[i] and set(texts[i]) <= letters][:400] + [
        tokenizer.encode(w, add_special_tokens=False)[0] for w in ("ame", "ountry", "ong", "ge", "_ID")]
    pieces += [i for i in range(1000, 40000) if texts[i][:1] == " " and set(texts[i][1:]) <= letters][:200]
    prefixes = ["SELECT name FROM singer AS T1 WHERE T1.na", "SELECT name FROM singer WHERE Ag",
                "SELECT T2.na", "SELECT count(*) FROM singer JOIN concert ON singer.Singer_ID = concert.Sta",
                "SELECT name FROM singer GROUP BY Coun", "SELECT name FROM singer ORDER",
                # a name begins after a finished lexeme (the second shortcut)
                "SELECT name FROM singer AS T1 WHERE T1.", "SELECT name FROM singer WHERE age > 3 AND (",
                "SELECT name ,", "SELECT count(*) FROM singer JOIN concert ON singer.Singer_ID =",
                "SELECT name FROM singer GROUP BY Country ,", "SELECT T1.name FROM singer AS T1 ,"]
    flagged = 0
    for prefix in prefixes:
        st = _start(spider_db).feed(prefix)
        assert st.error is None and st.held is None, prefix
        before = (st.pending, [c.copy(c.owner) for c in st.cores])
        for t in pieces:
            fast, full = st.feed(texts[t]), st._feed_chars(texts[t])
            assert bool(fast.error) == bool(full.error), (prefix, texts[t], fast.error, full.error)
            assert fast.pending == full.pending
            if not (st.pending and texts[t][0] == " "):  # (a space after a name ends it: no shortcut)
                assert all(a is b for a, b in zip(fast.cores, st.cores))  # the shortcut changed no clause
            flagged += bool(fast.error)
            # the next feed copies the shared clauses before it changes them: the parent stays as it was
            fast.feed(" FROM concert AS T9 WHERE T9.")
        assert (st.pending, st.cores) == before, prefix
    assert flagged > 300  # the check says something: most pieces make names no table in scope has


def test_feeding_a_state_never_changes_it(tokenizer, spider_db):
    """States share their clauses (copy on write): whatever is fed to a state, token by token along queries with
    joins, aliases, subqueries and compounds, the state itself stays as it was and judges the same again."""
    queries = ["SELECT T1.name FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.singer_id = T2.singer_id "
               "WHERE T1.age > (SELECT avg(age) FROM singer) GROUP BY T1.name ORDER BY count(*) DESC",
               "SELECT name FROM singer WHERE singer_id NOT IN (SELECT singer_id FROM singer_in_concert) "
               "UNION SELECT name FROM stadium ORDER BY name",
               "SELECT T2.name, count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id "
               "GROUP BY T1.stadium_id HAVING count(*) >= 1"]
    probes = [" FROM concert AS T9 WHERE T9.", ")", " WHERE T1.nonexistent", " UNION SELECT x FROM singer",
              " AS T3 JOIN stadium", ", T2.", " ORDER BY age", "ame", " cnt ,", " AS x ,", " name ,"]
    start = _start(spider_db)
    for q in queries:
        ids = tokenizer.encode(q, add_special_tokens=False)
        st = start
        for k in range(len(ids) + 1):
            snap = (st.pending, st.prev, st.error, [c.copy(c.owner) for c in st.cores], list(st.parens))
            errors = [st.feed(p).error for p in probes]
            assert (st.pending, st.prev, st.error, st.cores, st.parens) == snap, (q, k)
            assert [st.feed(p).error for p in probes] == errors, (q, k)
            assert st.end_error() == st.end_error()
            if k < len(ids):
                st = st.feed(tokenizer.decode([ids[k]]))
        assert st.error is None and st.end_error() is None, q


def test_the_filter_keeps_the_state_a_token_was_checked_with(tokenizer, spider_db):
    """The state a row's token was checked with is the next step's state of the row that took it (fed once)."""
    f = scope_filter.Filter(scope_filter.token_texts(tokenizer), greedy=True, top_k=4)
    start = _start(spider_db)
    ids = tokenizer.encode("SELECT name FROM singer WHERE Age > 30", add_special_tokens=False)
    f.begin()
    st = f.state((0, tuple(ids[:5])), start)
    assert not f.fails(st, ids[5])
    f.end()
    f.begin()
    assert f.state((0, tuple(ids[:6])), start) is st.tried[ids[5]]


def test_scope_cost_benchmark_walks_gold_queries_unflagged(tmp_path):
    """benchmarks/scope_cost.py end to end on a few questions: every kind of check ran, no gold token flagged."""
    from tests.benchmark_run import run_benchmark

    run, result = run_benchmark("scope_cost.py", tmp_path / "scope_cost.json", "--questions", "5")
    assert result["gold_flagged"] == 0 and result["questions"] == 5
    assert all(result["checks"][k] > 0 for k in ("walk", "names", "name pieces"))
    assert "gold tokens flagged: 0" in run.stdout
