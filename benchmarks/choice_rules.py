"""Rules for choosing among saved candidates, side by side, against the best any rule could do.

    python benchmarks/choice_rules.py benchmarks/results/h200-2026-12-02/predictions/ho-beam16-schema.jsonl.gz \\
        --test data/holdout/validation.jsonl --card cpu --result benchmarks/results/cpu-2026-12-03/choice_rules.json

Each question's saved candidates (`sqltune evaluate --num-candidates N` keeps them, key "candidates") are scored
one by one against the gold (sqltune.scoring, strict) and run once in the sandbox; then every rule below picks one
candidate a question, from the same results, and its accuracy is printed next to `oracle` (a question counts if
any candidate is right) and `top` (the first candidate). No model, no GPU. Rules:

  nonempty        sqltune's default: the first candidate with a result that is not a lone 0/NULL row
  vote, first     sqltune's other --candidate-choice rules (these three through sqltune.answers.choose itself)
  wvote-T         the same, each candidate's vote weighted exp(-rank / T)
  margin-M        nonempty's result unless another result has M more votes
  lexical-L       among candidates with a result: -rank + L x the share of the SQL's identifier words (split at
                  _) that the question uses
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import gzip
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)
from sqltune.rerank import stem  # noqa: E402  (the lexical rule's stemming: rerank's own)

RULES = ["nonempty", "vote", "wvote-1", "wvote-2", "wvote-4", "wvote-8", "margin-2", "margin-4", "margin-6",
         "lexical-2", "lexical-8"]
SQL_WORDS = set("select from where group by order having limit join on as and or not in like between is null distinct "
                "count sum avg min max asc desc union intersect except case when then else end exists cast".split())


def _idents(sql: str) -> set[str]:
    sql = re.sub(r"'[^']*'|\"[^\"]*\"", " ", sql)
    names = [t for t in re.findall(r"[A-Za-z_]\w*", sql) if t.lower() not in SQL_WORDS and not re.fullmatch(r"[tT]\d", t)]
    words = (p for t in names for p in t.split("_") if p and not p.isdigit() and p.lower() != "id")
    return {stem(p) for p in words}


def pick(rule: str, ran: dict, sqls: list[str], question: str) -> int:
    """The candidate `rule` keeps; ran: each distinct SQL text's result in the sandbox."""
    from sqltune import answers
    from sqltune.config import CANDIDATE_CHOICES

    if rule in CANDIDATE_CHOICES:  # (the product's own rules, as evaluate applies them)
        return answers.choose(sqls, ran.get, rule, question)[1]
    # (runs, result key or None, a result that is not a lone 0/NULL row) of each candidate
    results = [(r.ok, answers._result_key(r.rows) if r.ok and r.rows else None,
                answers.is_result(r)) for r in map(ran.get, sqls)]
    name, _, arg = rule.partition("-")
    useful = [k for k, (_, _, nonempty) in enumerate(results) if nonempty]
    if useful and name in ("wvote", "margin"):
        votes: dict = {}
        for k in useful:
            votes.setdefault(results[k][1], []).append(k)
        weight = (lambda k: math.exp(-k / float(arg))) if name == "wvote" else (lambda k: 1.0)  # (margin: counts)
        best = max(votes.values(), key=lambda ks: (sum(map(weight, ks)), -ks[0]))
        first = votes[results[useful[0]][1]]
        return best[0] if name != "margin" or len(best) >= len(first) + int(arg) else first[0]
    if useful and name == "lexical":
        words = {stem(w) for w in re.findall(r"[A-Za-z]+", question)}

        def share(k: int) -> float:
            ids = _idents(sqls[k])
            return sum(w in words for w in ids) / max(1, len(ids))

        return max(useful, key=lambda k: (-k + float(arg) * share(k), -k))
    with_rows = [k for k, r in enumerate(results) if r[1] is not None]
    runs = [k for k, r in enumerate(results) if r[0]]
    return (with_rows or runs or [0])[0]


def saved_rows(predictions: Path) -> dict[str, dict]:
    """An evaluation's predictions.jsonl(.gz), its rows by id (one clear exit where the file is not one)."""
    raw = predictions.read_bytes()
    try:
        text = gzip.decompress(raw).decode() if predictions.suffix == ".gz" else raw.decode()
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        return {r["id"]: r for r in rows}
    except (OSError, EOFError, UnicodeDecodeError, ValueError, TypeError, KeyError) as e:
        raise SystemExit(f"{Path(sys.argv[0]).name}: {predictions} is not an evaluation's predictions.jsonl(.gz), "
                         f"one JSON object with an \"id\" a line ({type(e).__name__}: {e})") from None


def saved_questions(predictions: Path, test_name: str) -> tuple:
    """(test set cut to the questions saved in `predictions`, each one's saved candidates: its answer alone where
    the evaluation kept none)."""
    from sqltune import testsets
    from sqltune.config import make_config

    saved = saved_rows(predictions)
    test = testsets.load_test_set(test_name, make_config())
    test = dataclasses.replace(test, items=[it for it in test.items if it.id in saved])
    return test, [saved[it.id].get("candidates") or [saved[it.id]["sql"]] for it in test.items]


def review_inputs(ap: argparse.ArgumentParser) -> None:
    """The arguments of a script that reads a saved evaluation's candidates with a model trained with review
    rows (benchmarks/reviewer/score.py, benchmarks/review_cost.py); saved_pairs reads them."""
    ap.add_argument("model", help="a model folder trained with review rows (merged, or an adapter)")
    ap.add_argument("predictions", type=Path, help="an evaluation's predictions.jsonl(.gz) with candidates")
    ap.add_argument("test", help="the test set those predictions answer (spider-dev, a validation.jsonl, ...)")
    ap.add_argument("--limit", type=int, help="the first N questions only")


def saved_pairs(predictions: Path, test_name: str, limit: int | None = None) -> tuple[list, list[tuple[str, str]]]:
    """(each saved question's (test item, candidates), the first `limit` of them; their distinct (question,
    candidate) pairs in order, as sqltune.review.scores takes them)."""
    test, cands = saved_questions(predictions, test_name)
    items = list(zip(test.items, cands, strict=True))[:limit]
    return items, list(dict.fromkeys((it.question, sql) for it, cs in items for sql in cs))


def saved_candidates(predictions: Path, test_name: str) -> tuple:
    """(test set, candidates a question, right[k][i]: whether question i's candidate k is right, ran[i]: each
    distinct SQL text's result) for the questions of `test_name` saved in `predictions`; every candidate scored
    against the gold (sqltune.scoring, strict) and run once in the sandbox."""
    from sqltune import scoring
    from sqltune.sqlexec import Sandbox

    test, cands = saved_questions(predictions, test_name)
    if not test.items:
        raise SystemExit(f"{Path(sys.argv[0]).name}: no question of {test_name} is in {predictions}")
    width = max(map(len, cands))
    cands = [c + [c[-1]] * (width - len(c)) for c in cands]  # (a short list: its last candidate repeated)
    right = []
    for k in range(width):
        _, judged = scoring.score(test, {"k": [c[k] for c in cands]})
        right.append([r["correct"] for r in judged["k"]])
    with Sandbox() as sandbox:  # (each distinct SQL text run once, whatever the rules)
        ran = [{s: sandbox.run(it.db_path, s) for s in dict.fromkeys(cs)} for it, cs in zip(test.items, cands,
                                                                                              strict=True)]
    return test, cands, right, ran


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", type=Path, help="predictions.jsonl(.gz) of an evaluation with --num-candidates")
    ap.add_argument("--test", default="spider-dev", help="the test set it answered (spider-dev, spider-syn, a file)")
    ap.add_argument("--rules", default=",".join(RULES))
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()
    from sqltune.config import CANDIDATE_CHOICES

    for rule in args.rules.split(","):
        name, _, arg = rule.partition("-")
        if rule not in CANDIDATE_CHOICES and not (name in ("wvote", "margin", "lexical")
                                                  and arg.replace(".", "", 1).isdigit() and float(arg) > 0):
            ap.error(f"--rules: unknown rule {rule!r} ({', '.join(CANDIDATE_CHOICES)}, wvote-T, margin-M, lexical-L)")
    if not args.predictions.is_file():
        ap.error(f"{args.predictions}: no such file (an evaluation's predictions.jsonl or predictions.jsonl.gz)")
    test, cands, right, ran = saved_candidates(args.predictions, args.test)
    width = len(right)
    n = len(test.items)
    table = {"oracle": sum(any(right[k][i] for k in range(width)) for i in range(n)), "top": sum(right[0])}
    default = [pick("nonempty", ran[i], cands[i], "") for i in range(n)]
    for rule in args.rules.split(","):
        chosen = [pick(rule, ran[i], cands[i], it.question) for i, it in enumerate(test.items)]
        table[rule] = sum(right[k][i] for i, k in enumerate(chosen))
        table[rule + " changed"] = sum(k != d for k, d in zip(chosen, default, strict=True))
    print(f"{n} questions, {width} candidates each ({args.predictions.name})")
    for name, count in table.items():
        if not name.endswith(" changed"):
            changed = f"  ({table[name + ' changed']} changed from nonempty)" if name + " changed" in table else ""
            print(f"  {name:<10} {count / n:7.2%}  {count}{changed}")
    report = {"predictions": str(args.predictions), "test": test.name, "questions": n, "candidates": width,
              "correct": table, "command": " ".join(sys.argv), "date": datetime.date.today().isoformat()}
    print(f"wrote {write_result(report, args.card, 'choice_rules', args.result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
