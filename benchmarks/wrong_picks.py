"""How the chosen candidate differs from a right one where the choice missed it, from saved candidates.

    python benchmarks/wrong_picks.py PREDICTIONS.jsonl.gz ... --test data/holdout/validation.jsonl [--result FILE]

Issue #15's gap between the shipped choice (`--candidate-choice rerank`) and the best any choice could do: the
questions where the evaluation kept a wrong candidate while one of its candidates is right. Each such question's
kept answer is compared with its best-ranked right candidate, token by token (sqlglot's SQLite tokenizer):

- `structure`: the keywords and punctuation differ, names and values masked (a join, a clause, an aggregate, a
  column more or less);
- `names`: the same structure, but other tables or columns (the aliases T1, T2, ... left out);
- `order`: the same structure and the same names, in another order or under other aliases (column order, join
  direction);
- `values`: the same structure and names in the same places, other literals.

Also counted: how many of those right candidates return an empty or all-zero/NULL result (a rule that prefers rows
passes them over), and how many kept answers do. No model, CPU; every candidate runs once in the sandbox
(benchmarks/choice_rules.saved_candidates). Prints a table and writes the counts with three examples a kind.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from choice_rules import saved_candidates, saved_rows  # noqa: E402
from results_file import write_result  # noqa: E402  (benchmarks/, beside this script)

ALIAS = re.compile(r"t\d+$")
KINDS = ("structure", "names", "order", "values")


def shape(sql: str) -> tuple[tuple, tuple, tuple]:
    """(the tokens with names and values masked, the names in order, the values in order)."""
    import sqlglot
    from sqlglot.tokens import TokenType

    names = {TokenType.VAR, TokenType.IDENTIFIER}
    values = {TokenType.STRING, TokenType.NUMBER}
    skeleton, idents, literals = [], [], []
    try:
        tokens = sqlglot.tokenize(sql, read="sqlite")
    except Exception:  # (an answer sqlglot cannot tokenize: compared as one opaque token)
        return (sql,), (), ()
    for t in tokens:
        if t.token_type in names:
            skeleton.append("N")
            idents.append(t.text.lower())
        elif t.token_type in values:
            skeleton.append("V")
            literals.append(t.text)
        else:
            skeleton.append(t.text.upper())
    return tuple(skeleton), tuple(idents), tuple(literals)


def kind(kept: str, right: str) -> str:
    (s1, n1, v1), (s2, n2, v2) = shape(kept), shape(right)
    if s1 != s2:
        return "structure"
    if Counter(n for n in n1 if not ALIAS.match(n)) != Counter(n for n in n2 if not ALIAS.match(n)):
        return "names"
    if n1 != n2:
        return "order"
    return "values" if v1 != v2 else "order"


def empty_or_zero(result) -> bool:
    """A result with no rows, or whose every cell is 0 or NULL (`count(*)` of nothing, a sum of nothing)."""
    if not result.ok:
        return False
    return not result.rows or all(v in (0, None) for row in result.rows for v in row)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", nargs="+", type=Path, help="predictions.jsonl(.gz) of evaluations with candidates")
    ap.add_argument("--test", required=True, help="the test set they answered (a file, spider-dev, spider-syn)")
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()

    report = {"date": date.today().isoformat(), "command": " ".join(sys.argv), "sets": {}}
    print("| predictions | questions | kept right | a right one missed | " + " | ".join(KINDS)
          + " | the right one empty/zero | the kept one empty/zero |")
    print("|---|---:|---:|---:|" + "---:|" * (len(KINDS) + 2))
    for path in args.predictions:
        test, cands, right, ran = saved_candidates(path, args.test)
        saved = saved_rows(path)
        counts, examples = Counter(), {k: [] for k in KINDS}
        kept_right = 0
        for i, it in enumerate(test.items):
            chosen = int(saved[it.id].get("chosen", 0) or 0)  # (within the candidates, padded to right's width)
            if right[chosen][i]:
                kept_right += 1
                continue
            good = [k for k in range(len(right)) if right[k][i]]
            if not good:
                continue
            kept, first = cands[i][chosen], cands[i][good[0]]
            k = kind(kept, first)
            counts[k] += 1
            counts["missed"] += 1
            counts["right_empty"] += empty_or_zero(ran[i][first])
            counts["kept_empty"] += empty_or_zero(ran[i][kept])
            if len(examples[k]) < 3:
                examples[k].append({"id": it.id, "question": it.question, "kept": kept, "right": first})
        n = len(test.items)
        report["sets"][path.name] = {"questions": n, "kept_right": kept_right, **counts, "examples": examples}
        print(f"| {path.name} | {n} | {kept_right} | {counts['missed']} | "
              + " | ".join(str(counts[k]) for k in KINDS) + f" | {counts['right_empty']} | {counts['kept_empty']} |")
    print(f"wrote {write_result(report, args.card, 'wrong_picks', args.result)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
