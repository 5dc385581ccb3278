"""Constrained decoding: the SQL grammars against Spider's gold queries, and the logits processor inside
model.generate with the tiny random model (greedy, beams, sampling; a batch of two databases)."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from sqltune import constrain, constrain_masks, constrain_processor, scope_filter
from sqltune.errors import SqltuneError
from sqltune.spider import database_path, load_split
from tests.spider_gold import executable_gold

DBS = ("concert_singer", "pets_1")


@pytest.fixture(scope="module")
def schema_constrainer(tokenizer):
    return constrain.Constrainer(tokenizer, "schema")


def _consumed(constrainer, grammar, sql: str) -> tuple[bool, str]:
    """(accepted as a complete query, the part accepted)."""
    tok = constrainer.tokenizer
    ids = tok.encode(sql, add_special_tokens=False)
    m = grammar.matcher()
    k = m.try_consume_tokens(ids)
    return k == len(ids) and m.is_accepting(), tok.decode(ids[:k])


@pytest.mark.slow
def test_schema_grammar_accepts_every_spider_gold_query(schema_constrainer, spider_root):
    rejected, gold = [], executable_gold()
    for row, path in gold:
        ok, prefix = _consumed(schema_constrainer, schema_constrainer.grammar_for(path), row["query"])
        if not ok:
            rejected.append((row["db_id"], row["query"], prefix))
    assert len(gold) > 7800
    assert rejected == [], f"{len(rejected)} gold queries rejected, e.g. {rejected[:3]}"


def test_rejects_names_that_do_not_exist(schema_constrainer, spider_db):
    g = schema_constrainer.grammar_for(spider_db)
    good = ["SELECT name FROM singer", "SELECT T1.Name FROM singer AS T1 JOIN concert AS T2 ON T1.singer_id=T2.concert_id;",
            'SELECT count(*) FROM "singer" WHERE [Country] = "France"', "select singer.age from singer limit 1"]
    for sql in good:
        assert _consumed(schema_constrainer, g, sql)[0], sql
    bad = {"SELECT name FROM singers": "SELECT name FROM",          # no such table
           "SELECT nickname FROM singer": "SELECT",                  # no such column (in any table)
           "SELECT singer.concert_Name FROM singer": "SELECT singer.",  # a column of another table
           "SELECTname FROM singer": "",                             # words must be apart
           "SELECT name FROM singer LIMIT 1 garbage": None}          # nothing after a complete query
    for sql, stops_after in bad.items():
        ok, prefix = _consumed(schema_constrainer, g, sql)
        assert not ok, sql
        if stops_after is not None:
            assert prefix.strip().startswith(stops_after.strip()), (sql, prefix)
    assert schema_constrainer.check(g, "SELECT name FROM singer") is None
    assert "complete" in schema_constrainer.check(g, "SELECT name FROM")


def test_grammar_mode_takes_any_name_but_checks_syntax(tokenizer, spider_db):
    c = constrain.Constrainer(tokenizer, "grammar")
    g = c.grammar_for(spider_db)
    assert c.grammar_for(None) is g  # one syntax-only grammar, whatever the database
    assert c.check(g, "SELECT nickname FROM singers AS s WHERE s.x > 3") is None
    assert c.check(g, "SELECT FROM singer") is not None
    assert c.check(g, "SELECT name FROM singer WHERE") is not None
    # schema mode without a database falls back to syntax only
    s = constrain.Constrainer(tokenizer, "schema")
    assert s.check(s.grammar_for(None), "SELECT nickname FROM singers") is None
    assert constrain.Constrainer(tokenizer, "none").grammar_for(spider_db) is None


def test_schema_text_grammar_comes_from_the_in_memory_database(schema_constrainer):
    from sqltune.sqlexec import context_database

    # the sandboxed connection serve and generate build from a client's schema text (it refuses PRAGMA)
    conn = context_database("CREATE TABLE shop (shop_id INTEGER, city TEXT); CREATE TABLE staff (id INT, shop_id INT);")
    g = schema_constrainer.grammar_for(conn)
    assert schema_constrainer.check(g, "SELECT city FROM shop JOIN staff ON shop.shop_id = staff.shop_id") is None
    assert schema_constrainer.check(g, "SELECT name FROM shop") is not None
    assert schema_constrainer.grammar_for(conn) is g  # cached per schema


def _names_are_real(sql: str, schema: constrain.Schema) -> list[str]:
    """Tables and columns sqlglot finds in `sql` that the database lacks ("..." may be a string in SQLite)."""
    import sqlglot
    from sqlglot import exp

    tree = sqlglot.parse_one(sql, read="sqlite")
    tables = {t.lower() for t in schema.tables}
    columns = {c.lower() for cs in schema.tables.values() for c in cs} | {"rowid"}
    aliases = {a.alias.lower() for a in tree.find_all(exp.Alias)}
    wrong = [t.name for t in tree.find_all(exp.Table) if t.name.lower() not in tables]
    for col in tree.find_all(exp.Column):
        ident = col.this
        if isinstance(ident, exp.Star) or (isinstance(ident, exp.Identifier) and ident.quoted):
            continue
        if col.name.lower() not in columns and col.name.lower() not in aliases:
            wrong.append(col.name)
        if col.table and col.table.lower() in tables:
            if col.name.lower() not in {c.lower() for c in schema.tables[
                    next(t for t in schema.tables if t.lower() == col.table.lower())]} | {"rowid"}:
                wrong.append(f"{col.table}.{col.name}")
    return wrong


@pytest.fixture(scope="module")
def tiny(tiny_model):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(tiny_model)


@pytest.mark.parametrize("mode", ["greedy", "beam", "sample"])
def test_constrained_generation_names_only_real_tables_and_columns(mode, tiny, schema_constrainer):
    import torch

    tok = schema_constrainer.tokenizer
    tok.padding_side = "left"
    paths = [database_path(d) for d in DBS]
    grammars = [schema_constrainer.grammar_for(p) for p in paths]
    schemas = []
    for p in paths:
        with sqlite3.connect(f"file:{p}?mode=ro", uri=True) as conn:
            schemas.append(constrain.Schema.read(conn))
    prompts = [tok.apply_chat_template([{"role": "user", "content": f"Write SQL for the {d} database."}],
                                       tokenize=False, add_generation_prompt=True) + "x" * i
               for i, d in enumerate(DBS)]  # of different lengths, so the batch is padded
    enc = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
    per = {"greedy": 1, "beam": 4, "sample": 4}[mode]
    options = {"greedy": {"do_sample": False},
               "beam": {"do_sample": False, "num_beams": 4, "num_return_sequences": 4},
               "sample": {"do_sample": True, "top_k": 64, "num_return_sequences": 4}}[mode]
    torch.manual_seed(0)
    schema_constrainer.reset_stats()
    proc = schema_constrainer.logits_processor(grammars, per, enc["input_ids"].shape[1])
    out = tiny.generate(**enc, max_new_tokens=48, eos_token_id=list(constrain.EOS_IDS),
                        pad_token_id=tok.pad_token_id, logits_processor=[proc], **options)
    texts = [tok.decode(r, skip_special_tokens=True) for r in out[:, enc["input_ids"].shape[1]:]]
    assert len(texts) == len(DBS) * per
    complete = 0
    out_of_scope = 0
    for j, text in enumerate(texts):
        g, schema = grammars[j // per], schemas[j // per]
        if mode == "greedy":  # a greedy token fails the scope check only where every allowed token fails
            out_of_scope += g.scope.feed(text).error is not None
        why = schema_constrainer.check(g, text)
        if why is not None:  # cut by the token budget (a random model writes long names and strings)
            assert "complete" in why, (text, why)
            continue
        complete += 1
        sql = text.strip().rstrip(";")
        assert _names_are_real(sql, schema) == [], text
        if mode == "greedy" and g.scope.feed(text).error is None:  # then its names are in scope
            with sqlite3.connect(f"file:{paths[j // per]}?mode=ro", uri=True) as conn:
                try:
                    conn.execute("EXPLAIN " + sql)
                except sqlite3.Error as e:
                    assert "no such" not in str(e), (text, e)
    # A random model sampling among thousands of allowed tokens (free aliases, blanks) rarely reaches a complete
    # query in 48 tokens; beams do for most rows. Greedy's random aliases in the select list are bound by no FROM
    # it would write, so scope never lets it end: checked above token by token instead.
    assert complete >= {"sample": 1, "beam": (len(texts) + 1) // 2, "greedy": 0}[mode], texts
    assert out_of_scope <= schema_constrainer.stats()["scope_exhausted"]


def test_a_row_with_a_complete_query_may_only_stop(schema_constrainer, spider_db):
    import torch

    tok = schema_constrainer.tokenizer
    g = schema_constrainer.grammar_for(spider_db)
    prompt = [2, 105]
    done = tok.encode("SELECT name FROM singer;" + " " * 8, add_special_tokens=False)  # nothing may follow
    half = tok.encode("SELECT name FROM ", add_special_tokens=False)  # a table (or a subquery) must follow
    for hist in (done, half):
        proc = schema_constrainer.logits_processor([g], 1, len(prompt))
        scores = torch.zeros(1, 262144)
        proc(torch.tensor([prompt + hist]), scores)
        allowed = torch.isfinite(scores[0]).nonzero().flatten().tolist()
        if hist is done:
            assert allowed == [constrain.EOS_IDS[-1]]
        else:
            assert constrain.EOS_IDS[-1] not in allowed and len(allowed) > 10
            starts = {tok.decode([i]).strip()[:1] for i in allowed}
            assert starts <= set("singerconcrtadium_SINGERCONCRTADIUM" + '"`[(') | {""}, starts


def test_budget_cut_ends_cleanly_with_an_error(tiny, schema_constrainer, spider_db):
    tok = schema_constrainer.tokenizer
    g = schema_constrainer.grammar_for(spider_db)
    enc = tok([tok.apply_chat_template([{"role": "user", "content": "q"}], tokenize=False,
                                       add_generation_prompt=True)], return_tensors="pt", add_special_tokens=False)
    proc = schema_constrainer.logits_processor([g], 1, enc["input_ids"].shape[1])
    out = tiny.generate(**enc, max_new_tokens=3, do_sample=False, eos_token_id=list(constrain.EOS_IDS),
                        pad_token_id=tok.pad_token_id, logits_processor=[proc])
    text = tok.decode(out[0, enc["input_ids"].shape[1]:], skip_special_tokens=True)
    assert "before the SQL was complete" in schema_constrainer.check(g, text)
    stats = schema_constrainer.stats()
    assert stats["steps"] >= 3 and stats["mask_ms_per_step"] > 0


def _allowed_by_processor(constrainer, grammar, ids: list[int]):
    """The scores row the logits processor leaves for a row whose answer so far is `ids` (one fresh processor
    call, as model.generate makes it): a bool tensor, True where a token may come next."""
    import torch

    prompt = [2, 105]
    proc = constrainer.logits_processor([grammar], 1, len(prompt))
    scores = torch.zeros(1, 262144)
    proc(torch.tensor([prompt + ids]), scores)
    return torch.isfinite(scores[0])


def test_a_query_that_may_end_may_also_go_on(schema_constrainer, spider_db):
    tok = schema_constrainer.tokenizer
    g = schema_constrainer.grammar_for(spider_db)
    eos = constrain.EOS_IDS[-1]
    schema_constrainer.reset_stats()

    def word(text: str) -> int:
        (i,) = tok.encode(text, add_special_tokens=False)
        return i

    for prefix in ("SELECT count(*)", "SELECT name", "SELECT T1.Name", "SELECT avg(age)", "SELECT name FROM singer"):
        ids = tok.encode(prefix, add_special_tokens=False)
        m = g.matcher()
        assert m.consume_tokens(ids)
        allowed = _allowed_by_processor(schema_constrainer, g, ids)
        assert allowed[eos], prefix  # complete: it may stop ...
        assert not m.is_stopped() and m.is_accepting(), prefix
        for nxt in (";", ",", " ORDER", " LIMIT", " UNION"):  # ... or go on
            assert allowed[word(nxt)], (prefix, nxt)
        assert allowed[word(" WHERE")] and allowed[word(" FROM") if "FROM" not in prefix else word(" JOIN")]
        assert not allowed[word(")")] and not allowed[word(" (")], prefix  # still a mask, not a free row
    for prefix in ("SELECT name FROM", "SELECT count(", "SELECT name FROM singer WHERE age >"):
        allowed = _allowed_by_processor(schema_constrainer, g, tok.encode(prefix, add_special_tokens=False))
        assert not allowed[eos] and allowed.sum() > 1, prefix
    assert schema_constrainer.stats()["limit_rows"] == 0


@pytest.mark.slow
def test_every_gold_token_is_allowed_by_the_mask(schema_constrainer, spider_root):
    """Step through Spider dev gold queries token by token with the grammar's mask: each next gold token is
    allowed, EOS is allowed exactly where the query so far is complete, and at the end. Every tenth query goes
    through the logits processor itself (a full scores row a step is slow on CPU); the others ask the matcher
    for the same mask directly."""
    import numpy as np
    import torch

    tok = schema_constrainer.tokenizer
    texts = scope_filter.token_texts(tok)
    eos = constrain.EOS_IDS[-1]
    schema_constrainer.reset_stats()
    dev = [r for r in load_split("dev") if database_path(r["db_id"]) is not None]
    # the first 200, and the most nested ones, whose parser states are the heaviest
    heavy = sorted(dev[200:], key=lambda r: (-r["query"].upper().count("SELECT"), -len(r["query"])))[:10]
    failures, through_processor = [], 0
    for k, row in enumerate(dev[:200] + heavy):
        g = schema_constrainer.grammar_for(database_path(row["db_id"]))
        ids = tok.encode(row["query"], add_special_tokens=False)
        m = g.matcher()
        proc = schema_constrainer.logits_processor([g], 1, 2) if k % 10 == 0 else None
        through_processor += proc is not None
        for i in range(len(ids) + 1):
            if proc is not None:  # one processor for the whole query, as in model.generate
                scores = torch.zeros(1, 262144)
                proc(torch.tensor([[2, 105] + ids[:i]]), scores)
                allowed = torch.isfinite(scores[0]).numpy()
            else:
                words = np.frombuffer(m.deep_copy().compute_bitmask(), dtype=np.uint8)
                allowed = np.unpackbits(words, bitorder="little").astype(bool)
            if i < len(ids) and not allowed[ids[i]]:
                failures.append((row["query"], tok.decode(ids[:i]), "next gold token masked"))
                break
            # through the processor, the scope check may also mask EOS where ending would be a scope error
            # (`... GROUP BY T1.Country` when T1's column is CountryName)
            may_mask = proc is not None and g.scope is not None and bool(
                g.scope.feed("".join(texts[t] for t in ids[:i])).end_error())
            if bool(allowed[eos]) != m.is_accepting() and not (may_mask and not allowed[eos]):
                failures.append((row["query"], tok.decode(ids[:i]), f"EOS allowed: {bool(allowed[eos])}"))
                break
            if i < len(ids):
                assert m.consume_token(ids[i])
        else:
            assert m.is_accepting(), row["query"]  # so EOS was allowed after the last token
    assert through_processor == 21
    assert failures == [], f"{len(failures)} of 210 gold queries, e.g. {failures[:3]}"
    assert schema_constrainer.stats()["limit_rows"] == 0


def test_a_row_past_the_parser_limit_is_left_free_not_cut(schema_constrainer, spider_db):
    """A state that needs more Earley items than the limit (here a tiny one) gets an unconstrained row, counted
    in the stats, instead of the error state's EOS-only mask."""
    tok = schema_constrainer.tokenizer
    lark = schema_constrainer.grammar_for(spider_db).lark
    small = constrain.Grammar(lark, schema_constrainer.ll_tokenizer, "a small limit", step_max_items=2000)
    schema_constrainer.reset_stats()
    allowed = _allowed_by_processor(schema_constrainer, small, tok.encode("SELECT count(*)", add_special_tokens=False))
    assert bool(allowed.all())
    assert schema_constrainer.stats()["limit_rows"] == 1


def test_long_conditions_keep_the_parser_small(schema_constrainer, spider_db):
    """Operators chain without ambiguity: 60 ORs (and arithmetic, NOT, BETWEEN, IS NOT NULL, LIKE ... ESCAPE)
    parse within 2,000 Earley items a step. The ambiguous `expr binop expr` held one item per split point and
    overflowed that limit at about 40 operators, its every token slower by as much."""
    lark = schema_constrainer.grammar_for(spider_db).lark
    small = constrain.Grammar(lark, schema_constrainer.ll_tokenizer, "a small limit", step_max_items=2000)
    tricky = ["SELECT name FROM singer WHERE NOT Age > 3 AND - Age + 2 * 3 BETWEEN 1 + 1 AND 5 AND name LIKE 'a%' "
              "ESCAPE 'x'",
              "SELECT name FROM singer WHERE Age IS NOT NULL OR Age ISNULL OR name NOT IN (SELECT name FROM singer) "
              "AND Age BETWEEN 1 AND 2 AND Age > 1",
              "SELECT count(*) FROM singer WHERE (Age = 1 OR Age = 2) AND NOT (Age = 3)",
              "SELECT name FROM singer WHERE " + " OR ".join(f"Age = {k}" for k in range(60))]
    for sql in tricky:
        ok, prefix = _consumed(schema_constrainer, small, sql)
        assert ok and schema_constrainer.check(small, sql) is None, (sql, prefix)
    assert not _consumed(schema_constrainer, small, "SELECT name FROM singer WHERE Age = = 3")[0]


def test_the_gpu_unpacking_of_the_mask_matches_the_cpu_one():
    """On a GPU the packed mask crosses and is unpacked there (constrain_masks.unpack_on); the same torch
    code run on the CPU gives numpy's bits, for a vocabulary that does not fill its last word."""
    import torch

    g = torch.Generator().manual_seed(0)
    words = torch.randint(-2**31, 2**31 - 1, (3, 10), dtype=torch.int32, generator=g)
    words[1] = 0
    words[2] = -1
    cpu = constrain_masks.blocked_tokens(words, 300, torch.device("cpu"))
    assert torch.equal(constrain_masks.unpack_on(words, 300, torch.device("cpu")), cpu)
    assert cpu.shape == (3, 300) and bool(cpu[1].all()) and not bool(cpu[2].any())
    assert bool(cpu[0, 0]) == (int(words[0, 0]) & 1 == 0) and bool(cpu[0, 33]) == (int(words[0, 1]) >> 1 & 1 == 0)


@pytest.mark.parametrize("blocked", ["0", "1"])
@pytest.mark.parametrize("rows", [[0, 1, 2, 3, 4, 5, 6, 7], [0, 2, 3, 4, 5, 6, 7], [5, 6, 7, 0, 1, 2, 3, 4], [6, 1]])
def test_rows_topk_is_the_top_k_of_the_listed_rows_in_their_order(rows, blocked, monkeypatch):
    """Taken over every row and picked (most rows listed, in any order) or over a copy (few), by torch.topk or
    through blocks: the listed rows' own top-k each way (no equal scores here, so the same tokens too)."""
    import torch

    monkeypatch.setenv("SQLTUNE_BLOCKED_TOPK", blocked)
    scores = torch.randn(8, 4096, generator=torch.Generator().manual_seed(1))
    vals, ids = constrain_masks.rows_topk(scores, rows, 16)
    want_v, want_i = scores[rows].topk(16, dim=1)
    assert torch.equal(vals, want_v) and torch.equal(ids, want_i)


def test_blocked_topk_gives_the_same_scores_best_first_with_ties_too(monkeypatch):
    """Scores rounded to bfloat16 (as a GPU's logits are: many equal) and rows that are mostly -inf (a masked
    row): the same values as torch.topk, each id a distinct token that has its value."""
    import torch

    g = torch.Generator().manual_seed(2)
    scores = torch.randn(6, 2 ** 14, generator=g).to(torch.bfloat16).float()
    scores[4, 100:] = float("-inf")
    scores[5] = float("-inf")
    scores[5, [7, 9000]] = torch.tensor([1.0, 2.0])
    vals, ids = constrain_masks.blocked_topk(scores, 40, block=64)
    assert torch.equal(vals, scores.topk(40, dim=1).values)
    assert torch.equal(scores.gather(1, ids), vals)
    assert all(len(set(row)) == 40 for row in ids.tolist())
    assert ids[5, :2].tolist() == [9000, 7]
    monkeypatch.setenv("SQLTUNE_BLOCKED_TOPK", "yes")
    with pytest.raises(SqltuneError, match="SQLTUNE_BLOCKED_TOPK"):
        constrain_masks.blocked(torch.device("cpu"))


def _two_prompts(constrainer):
    """(tokenizer, the grammars of DBS, a left-padded batch of a prompt for each, of different lengths)."""
    tok = constrainer.tokenizer
    tok.padding_side = "left"
    grammars = [constrainer.grammar_for(database_path(d)) for d in DBS]
    prompts = [tok.apply_chat_template([{"role": "user", "content": f"SQL for {d}, please."}], tokenize=False,
                                       add_generation_prompt=True) + "x" * i for i, d in enumerate(DBS)]
    return tok, grammars, tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False)


@pytest.mark.parametrize("mode", ["greedy", "beam"])
def test_one_token_checks_choose_as_the_full_mask_does(mode, tiny, schema_constrainer):
    """With `top` (greedy 1; beams (1 + 2 end tokens) x 4) most rows are settled by checking their best tokens
    one by one instead of computing a mask over the 262k vocabulary. Greedy: the generated tokens are the same
    as with full masks. Beams: where a question's best pairs hold too few valid ones its rows keep only those,
    and the scope check runs on other tokens, so the tiny random model (whose scores are nearly flat: its valid
    tokens lie anywhere) may decode other beams than with full masks; every beam still follows the grammar."""
    import torch

    tok, grammars, enc = _two_prompts(schema_constrainer)
    per, options = (1, {"do_sample": False}) if mode == "greedy" else \
        (4, {"do_sample": False, "num_beams": 4, "num_return_sequences": 4})
    outs, lazy_rows = [], []
    for top in (None, 1 if mode == "greedy" else 12):
        schema_constrainer.reset_stats()
        proc = schema_constrainer.logits_processor(grammars, per, enc["input_ids"].shape[1], top=top)
        outs.append(tiny.generate(**enc, max_new_tokens=32, eos_token_id=list(constrain.EOS_IDS),
                                  pad_token_id=tok.pad_token_id, logits_processor=[proc], **options))
        st = schema_constrainer.stats()
        lazy_rows.append(st["lazy_rows"] + st["only_rows"] + st["picked_rows"])
    assert lazy_rows[0] == 0 and lazy_rows[1] > 0
    if mode == "greedy":
        assert torch.equal(outs[0], outs[1])
        return
    eos = set(constrain.EOS_IDS) | {tok.pad_token_id}
    for k, row in enumerate(outs[1][:, enc["input_ids"].shape[1]:].tolist()):
        ids = [t for t in row if t not in eos]
        m = grammars[k // per].matcher()
        assert m.try_consume_tokens(ids) == len(ids), tok.decode(ids)


def test_a_beam_row_short_of_valid_tokens_keeps_only_those_among_its_best(schema_constrainer, spider_db):
    """A beam row (top 8: its best 48 checked) after `SELECT name FROM ` where the model ranks one table name
    among its best tokens and the rest far below: only that name stays; a table name outside the best 48, a
    valid token, is masked with the invalid ones."""
    import torch

    tok = schema_constrainer.tokenizer
    g = schema_constrainer.grammar_for(spider_db)
    prompt, ids = [2, 105], tok.encode("SELECT name FROM ", add_special_tokens=False)
    (singer,) = tok.encode("singer", add_special_tokens=False)
    (concert,) = tok.encode("concert", add_special_tokens=False)
    scores = torch.zeros(2, 262144)
    scores[:, :100] = torch.arange(100, 0, -1, dtype=torch.float)  # tokens 0-99 best: none a table name
    scores[:, singer] = 80.5  # 21st best: among the best 48
    scores[:, concert] = 0.5  # a valid table name far below
    schema_constrainer.reset_stats()
    proc = schema_constrainer.logits_processor([g], 2, len(prompt), top=8)
    out = proc(torch.tensor([prompt + ids] * 2), scores.clone())
    for row in out:
        assert torch.isfinite(row).nonzero().flatten().tolist() == [singer]
        assert row[singer] == 80.5  # its score unchanged
    # (the two rows share one history: counted once)
    assert schema_constrainer.stats()["only_rows"] == 1 and schema_constrainer.stats()["rows"] == 0
    # greedy keeps the full path's answer: the best valid token, whatever its rank
    greedy = schema_constrainer.logits_processor([g], 1, len(prompt), top=1)(torch.tensor([prompt + ids]),
                                                                           scores[:1].clone())
    assert int(greedy[0].argmax()) == singer


@pytest.fixture(scope="module")
def grammar_constrainer(tokenizer):
    return constrain.Constrainer(tokenizer, "grammar")


def _beam_outputs(tiny, constrainer, top):
    import torch

    tok, grammars, enc = _two_prompts(constrainer)
    constrainer.reset_stats()
    proc = constrainer.logits_processor(grammars, 4, enc["input_ids"].shape[1], top=top)
    with torch.inference_mode():
        out = tiny.generate(**enc, max_new_tokens=32, eos_token_id=list(constrain.EOS_IDS), do_sample=False,
                            pad_token_id=tok.pad_token_id, logits_processor=[proc], num_beams=4, num_return_sequences=4)
    return out[:, enc["input_ids"].shape[1]:], grammars, constrainer.stats()


def test_beams_checked_by_question_choose_as_full_masks_do(tiny, grammar_constrainer):
    """Beam search keeps a question's (1 + 2 end tokens) x 4 = 12 best (row, token) pairs by beam score: the best
    4 that do not end go on, those that end become answers. Checking the pairs best first until 4 valid ones go
    on, then the end tokens down to the 12th, gives the beams full masks give, with few full masks."""
    import torch

    full, _, full_stats = _beam_outputs(tiny, grammar_constrainer, None)
    picked, _, stats = _beam_outputs(tiny, grammar_constrainer, 12)
    assert torch.equal(full, picked)
    assert stats["picked_rows"] > 0 and stats["rows"] < full_stats["rows"] / 2, (stats, full_stats)


def test_beams_checked_by_question_stay_in_the_grammar_when_rows_give_up(tiny, tokenizer):
    """Rows that give up (a tight --constrain-max-deficit) leave their question's next best pairs to be checked:
    every beam still follows the grammar."""
    c = constrain.Constrainer(tokenizer, "schema", max_deficit=2.0)
    out, grammars, stats = _beam_outputs(tiny, c, 12)
    assert stats["picked_rows"] > 0 and stats["gave_up_rows"] > 0, stats
    eos = set(constrain.EOS_IDS) | {tokenizer.pad_token_id}
    for k, row in enumerate(out.tolist()):
        ids = [t for t in row if t not in eos]
        m = grammars[k // 4].matcher()
        assert m.try_consume_tokens(ids) == len(ids), tokenizer.decode(ids)


def test_the_vocabulary_views_are_built_once_per_vocabulary(gemma_dir, tokenizer):
    """Every model load makes a new tokenizer object; llguidance's view of it and the token texts (seconds and
    hundreds of MB each) are kept per vocabulary, so a second load of the same tokenizer reuses them, and a
    tokenizer with another vocabulary gets its own."""
    from sqltune.models import load_tokenizer_from

    again = load_tokenizer_from(gemma_dir)
    assert again is not tokenizer
    assert scope_filter.vocab_key(again) == scope_filter.vocab_key(tokenizer)
    assert constrain._ll_tokenizer(again) is constrain._ll_tokenizer(tokenizer)
    assert scope_filter.token_texts(again) is scope_filter.token_texts(tokenizer)
    other = load_tokenizer_from(gemma_dir)
    assert scope_filter.vocab_key(other) == scope_filter.vocab_key(tokenizer)
    other.add_tokens(["<sqltune_new_token>"])  # after its key was computed: a new key all the same
    assert scope_filter.vocab_key(other) != scope_filter.vocab_key(tokenizer)
    assert scope_filter.token_texts(other)[-1] == "<sqltune_new_token>" and len(scope_filter.token_texts(other)) == len(other)
    cache = {}
    for i in range(scope_filter._KEPT + 2):
        scope_filter.keep(cache, i, i)
    assert list(cache) == list(range(2, scope_filter._KEPT + 2))  # the oldest dropped


def test_grammar_cost_benchmark_walks_every_shape(tmp_path):
    """benchmarks/grammar_cost.py end to end (without full masks): every shape parses to its last token."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "grammar_cost.json"
    run = subprocess.run([sys.executable, str(root / "benchmarks" / "grammar_cost.py"), "--no-masks", "--result",
                          str(out)], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    shapes = json.loads(out.read_text())["shapes"]
    assert len(shapes) == 6 and all(s["failed"] is None and s["by_position"] for s in shapes.values())
    assert "OR chain (60)" in run.stdout


@pytest.mark.slow
def test_constrain_overhead_benchmark_writes_where_the_device_time_went(tmp_path):
    """benchmarks/constrain_overhead.py --device-profile on one question, 2 beams, 6 tokens (the shipped model):
    the result and, beside it, torch's profiler table of the operators, the attention and the matrix products
    among them."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    out = tmp_path / "co.json"
    run = subprocess.run([sys.executable, str(root / "benchmarks" / "constrain_overhead.py"), "--questions", "0",
                          "--beam-questions", "1", "--beams", "2", "--max-new-tokens", "6", "--device-profile",
                          "--result", str(out)], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-2000:]
    assert set(json.loads(out.read_text())["settings"]) == {"beam2-none", "beam2-schema"}
    table = out.with_suffix(".device_profile.txt").read_text()
    assert "--device-profile" in table.splitlines()[0] and "Self CPU" in table
    assert "aten::mm" in table and "attention" in table


def test_row_histories_found_from_the_device_sums_are_the_rows_tokens():
    import random

    import torch

    from sqltune.row_history import Hist

    rng = random.Random(0)
    rows = [[rng.randrange(262144) for _ in range(700)] for _ in range(3)]  # longer than the first weights
    rows.append(rows[0][:699] + [rows[0][699] + 1])  # one token apart: never the same sums (prime modulus)
    read = Hist.read(torch.tensor(rows))
    nodes = [Hist.of(r) for r in rows]
    assert [(h.s1, h.s2, h.token) for h in nodes] == [tuple(x) for x in read]
    assert nodes[0] != nodes[3] and nodes[0] == Hist.of(rows[0]) and len({*nodes, Hist.of(rows[0])}) == 4
    h = nodes[1]
    assert list(h) == rows[1] and len(h) == 700 and h[-1] == rows[1][-1] and h[:-1] == Hist.of(rows[1][:-1])
    assert h + (5,) == (*rows[1], 5) and not Hist.ROOT and not h.ended and Hist(h, 106).ended


def test_rows_reordered_between_steps_keep_their_own_matchers(schema_constrainer, spider_db):
    import torch

    tok = schema_constrainer.tokenizer
    g = schema_constrainer.grammar_for(spider_db)
    prompt = [2, 105]
    a = tok.encode("SELECT name FROM singer WHERE age >", add_special_tokens=False)
    b = tok.encode("SELECT count(*) FROM concert JOIN", add_special_tokens=False)
    n = min(len(a), len(b))
    proc = schema_constrainer.logits_processor([g], 2, len(prompt))  # sampling: every row its full mask
    for k in range(1, n + 1):  # the histories grow a token a step and swap rows every other step, as beams may
        rows = [prompt + a[:k], prompt + b[:k]][::-1 if k % 2 else 1]
        before = list(proc._nodes.values())
        got = proc(torch.tensor(rows), torch.zeros(2, 262144))
        assert k == 1 or all(any(h.up is p for p in before) for h in proc._nodes.values())  # found, not replayed
    fresh = schema_constrainer.logits_processor([g], 2, len(prompt))(torch.tensor(rows), torch.zeros(2, 262144))
    assert torch.equal(torch.isfinite(got), torch.isfinite(fresh))  # as each row's tokens replayed at once
    assert not torch.equal(torch.isfinite(got[0]), torch.isfinite(got[1]))


def test_greedy_matchers_moved_on_before_the_tokens_are_read_decode_as_after(tiny, schema_constrainer, monkeypatch):
    tok = schema_constrainer.tokenizer
    tok.padding_side = "left"
    grammars = [schema_constrainer.grammar_for(database_path(d)) for d in DBS]
    prompts = [tok.apply_chat_template([{"role": "user", "content": f"SQL for {d}."}], tokenize=False,
                                       add_generation_prompt=True) + "x" * i for i, d in enumerate(DBS)]
    enc = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False)

    def greedy() -> tuple[list, dict]:
        schema_constrainer.reset_stats()
        proc = schema_constrainer.logits_processor(grammars, 1, enc["input_ids"].shape[1], top=1)
        out = tiny.generate(**enc, max_new_tokens=32, do_sample=False, eos_token_id=list(constrain.EOS_IDS),
                            pad_token_id=tok.pad_token_id, logits_processor=[proc])
        return out.tolist(), schema_constrainer.stats()

    ahead, stats = greedy()
    assert stats["lazy_rows"] > 0 and stats["mispredicted"] == 0
    assert 0 < stats["read_s"] <= stats["mask_s"]  # the first read of each step, part of the processor's time
    monkeypatch.setattr(constrain_processor, "PREDICT", False)
    assert greedy()[0] == ahead
    # a row that takes another token than the one predicted (equal scores) is replayed: the same answers, with
    # the matchers moved on one at a time or on llguidance's threads (where a wrong move leaves one in error)
    monkeypatch.setattr(constrain_processor, "PREDICT", True)
    monkeypatch.setattr(constrain_processor, "MOVES_IN_PARALLEL", True)
    assert greedy()[0] == ahead
    real = constrain_processor.Processor._advance_predicted

    def wrong(self):
        self._predicted = {r: t + 1 for r, t in self._predicted.items()}
        return real(self)

    monkeypatch.setattr(constrain_processor.Processor, "_advance_predicted", wrong)
    again, stats = greedy()
    assert again == ahead and stats["mispredicted"] > 0
    monkeypatch.setattr(constrain_processor, "MOVES_IN_PARALLEL", False)
    again, stats = greedy()
    assert again == ahead and stats["mispredicted"] > 0


def test_processor_cost_benchmark_moves_matchers_alike_one_at_a_time_and_in_parallel(tmp_path):
    """benchmarks/processor_cost.py end to end on 24 gold queries under the schema constraint: every row's gold
    token stays allowed at every step, the same with the matchers moved on one at a time, in parallel and in
    two worker processes."""
    from tests.benchmark_run import run_benchmark

    _, result = run_benchmark("processor_cost.py", tmp_path / "processor_cost.json", "--rows", "24")
    assert result["rows"] == 24 and result["steps"] > 10 and result["same_tokens"] is True
    ways = {"one at a time", "in parallel", "in 2 worker processes"}
    assert set(result["ms_per_step"]) == ways == set(result["topk_ms_per_step"])
    for way in ways:
        st = result["stats"][way]
        assert st["lazy_rows"] > 0 and st["mispredicted"] == 0
        assert 0 < result["topk_ms_per_step"][way] < result["ms_per_step"][way]
        assert (st["wait_s"] > 0) == (way == "in 2 worker processes")


def test_history_cost_benchmark_finds_the_rows_histories(tmp_path):
    """benchmarks/history_cost.py end to end on 40 gold queries: the sums find the same histories as tuples."""
    from tests.benchmark_run import run_benchmark

    _, result = run_benchmark("history_cost.py", tmp_path / "history_cost.json", "--rows", "40")
    assert result["rows"] == 40 and result["steps"] > 10 and result["steps_that_disagree"] == 0
    assert set(result["ms_per_step"]) == {"sums", "tuples"}


def test_beam_distinct_masks_a_questions_continuations_that_repeat_a_better_one_letter_case_aside(
        schema_constrainer, spider_db):
    """--beam-distinct: SQLite reads `SELECT`, `select` and `Select` alike, so of a question's continuations
    walked best first only the best of the three keeps a place; the beams' next place goes to the next
    different valid one (`SEL`). Off, `select` is the second beam."""
    import torch

    from sqltune.sql_case import fold, sql_key

    tok = schema_constrainer.tokenizer
    g = schema_constrainer.grammar_for(spider_db)
    ids = {w: tok.encode(w, add_special_tokens=False)[0] for w in ("SELECT", "select", "Select", "SEL")}
    prompt = [2, 105]
    scores = torch.zeros(2, 262144)
    for score, w in zip((90.0, 89.0, 88.0, 87.0), ids):
        scores[:, ids[w]] = score
    out = {}
    for distinct in (False, True):
        proc = schema_constrainer.logits_processor([g], 2, len(prompt), top=6, distinct=distinct)
        out[distinct] = proc(torch.tensor([prompt] * 2), scores.clone())[0]
    assert out[False][ids["select"]] == 89.0 and out[False][ids["SELECT"]] == 90.0
    assert out[True][ids["SELECT"]] == 90.0 and out[True][ids["SEL"]] == 87.0
    assert out[True][ids["select"]] == float("-inf") and out[True][ids["Select"]] == float("-inf")
    # the key: case folded outside quotes only, across tokens (a quote left open by one token goes on)
    assert sql_key("SELECT Name FROM singer WHERE Country = 'France' OR x = \"Paris\"") == \
        "select name from singer where country = 'France' or x = \"Paris\""
    assert fold("AB'Cd", None) == ("ab'Cd", "'") and fold("Ef' GH", "'") == ("Ef' gh", None)


def test_beam_replay_benchmark_replays_alike_with_either_top_k(tmp_path):
    """benchmarks/beam_replay.py end to end on the tiny model: 16 constrained beams recorded for two questions,
    then replayed with torch.topk and with the blocked top-k: the same steps and the same masks (digest)."""
    import subprocess
    import sys

    from tests.benchmark_run import BENCHMARKS

    recorded = tmp_path / "beams.pt"
    rec = subprocess.run([sys.executable, str(BENCHMARKS / "beam_replay.py"), "record", str(recorded), "--model",
                          "tiny-random-gemma-3", "--questions", "2", "--batch", "2", "--max-new-tokens", "12"],
                         capture_output=True, text=True, timeout=600)
    assert rec.returncode == 0, rec.stderr[-2000:]
    results = {}
    for blocked in ("0", "1"):
        out = tmp_path / f"replay-{blocked}.json"
        run = subprocess.run([sys.executable, str(BENCHMARKS / "beam_replay.py"), "replay", str(recorded),
                              "--repeat", "1", "--result", str(out)], capture_output=True, text=True, timeout=600,
                             env={**os.environ, "SQLTUNE_BLOCKED_TOPK": blocked})
        assert run.returncode == 0, run.stderr[-2000:]
        results[blocked] = json.loads(out.read_text())
    assert 0 < results["0"]["steps"] <= 12 and results["0"]["row_steps"] >= results["0"]["steps"] * 16
    assert results["0"]["digest"] == results["1"]["digest"]
    assert results["0"]["host_us_per_row_step"] > 0
