"""Load saved candidates once (benchmarks/choice_rules.saved_candidates: scored against the gold, run in the
sandbox) and keep per question what the rerank study needs, pickled: the question, database, candidates, which are
right, which nonempty counts as a result, nonempty's pick, each candidate's execution result summary, and the
candidates' beam scores where the evaluation saved them (predictions.jsonl's "scores", since 2026-12-06; None
before), and their reviewer scores where benchmarks/reviewer/score.py added them ("review"; None otherwise).

    python benchmarks/rerank_features/cache.py OUT.pkl TEST PRED.jsonl.gz [PRED ...]
"""
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))
from choice_rules import saved_candidates, saved_rows  # noqa: E402
from sqltune import answers  # noqa: E402


def summary(r):
    if not r.ok:
        return {"ok": False}
    rows = r.rows
    return {"ok": True, "nrows": len(rows), "ncols": len(r.columns) if r.columns else (len(rows[0]) if rows else 0),
            "key": hash(answers._result_key(rows)) if rows else None,
            "nulls": sum(v is None for row in rows for v in row), "cells": sum(len(row) for row in rows),
            "truncated": r.truncated, "distinct": len(set(map(repr, rows))), "first": [tuple(row) for row in rows[:3]],
            "useful": answers.is_result(r)}


def padded(values, n):
    """A question's saved per-candidate values, as long as its candidates (None where none were saved)."""
    return None if values is None else values + values[-1:] * (n - len(values))


out = {}
dst, test_name, preds = sys.argv[1], sys.argv[2], sys.argv[3:]
for p in preds:
    test, cands, right, ran = saved_candidates(Path(p), test_name)
    rows = saved_rows(Path(p))
    saved = {i: r.get("scores") for i, r in rows.items()}
    review = {i: r.get("review") for i, r in rows.items()}
    qs = []
    for i, it in enumerate(test.items):
        cs = cands[i]
        res = {s: summary(ran[i][s]) for s in dict.fromkeys(cs)}
        useful = [k for k, s in enumerate(cs) if answers.is_result(ran[i][s])]
        qs.append({"db": it.db_id, "question": it.question, "cands": cs, "useful": useful, "res": res,
                   "right": [right[k][i] for k in range(len(cs))],
                   "nonempty": answers.choose(cs, ran[i].get, "nonempty")[1],
                   # (a short list is padded with its last candidate, as saved_candidates pads it)
                   "scores": padded(saved.get(it.id), len(cs)), "review": padded(review.get(it.id), len(cs))})
    out[Path(p).name.split(".")[0]] = qs
    print(p, len(qs), flush=True)
Path(dst).write_bytes(pickle.dumps(out))
