"""Fit, cross-validate and check the weights of `--candidate-choice rerank` on saved candidates.

    # choose: the held-out databases' saved candidates, 5-fold cross-validation by database (3 fold draws),
    # then the weights fitted on all of them, written where the package reads them
    python benchmarks/rerank_fit.py benchmarks/results/h200-2026-12-02/predictions/ho-beam16-schema.jsonl.gz \\
        benchmarks/results/h200-2026-12-02/predictions/ho-beam16.jsonl.gz --test data/holdout/validation.jsonl \\
        --cv --write
    # report: the shipped weights on other saved candidates, against nonempty (no fitting)
    python benchmarks/rerank_fit.py benchmarks/results/h200-2026-12-02/predictions/dev-beam16-schema.jsonl.gz \\
        --test spider-dev

Each question's saved candidates (`sqltune evaluate --num-candidates N` keeps them) are scored against the gold
and run once in the sandbox (benchmarks/choice_rules.py's loader). The model is a conditional logit over a
question's candidates that nonempty counts as a result (sqltune.rerank.features), fitted by L-BFGS on the
questions where some of those are right and some wrong, with an L2 penalty. Cross-validation keeps whole databases
out of the fit, so a fold's score is that of databases the weights never saw. --write stores the weights fitted
on all the files in src/sqltune/assets/rerank.json with this command.
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
from choice_rules import saved_candidates  # noqa: E402  (benchmarks/, beside this script)
from results_file import write_result  # noqa: E402

WEIGHTS = ROOT / "src" / "sqltune" / "assets" / "rerank.json"


def questions(test, cands, right, ran) -> list[dict]:
    """Per question: its database, the candidates nonempty counts as a result, their features, which are
    right, and what nonempty keeps."""
    from sqltune import answers, rerank

    out = []
    for i, it in enumerate(test.items):
        cs = cands[i]
        res = [ran[i][s] for s in cs]
        useful = [k for k, r in enumerate(res) if answers.is_result(r)]
        feats = rerank.features(it.question, cs, useful) if useful else {}
        out.append({"db": it.db_id, "question": it.question, "cands": cs, "useful": useful, "features": feats,
                    "right": [right[k][i] for k in range(len(cs))],
                    "nonempty": answers.choose(cs, ran[i].get, "nonempty")[1]})
    return out


def fit(qs: list[dict], l2: float, names: list[str] | None = None, key: str = "features") -> dict[str, float]:
    """Weights maximising the log-probability of a question's right candidates among its useful ones, minus
    l2 x |w|^2. names: the features (default sqltune.rerank's), read from each question's q[key][candidate]."""
    import torch

    from sqltune.rerank import FEATURES

    names = list(names or FEATURES)
    data = []
    for q in qs:
        y = [q["right"][k] for k in q["useful"]]
        if 0 < sum(y) < len(y):
            x = torch.tensor([[q[key][k][n] for n in names] for k in q["useful"]], dtype=torch.float64)
            data.append((x, torch.tensor(y, dtype=torch.bool)))
    w = torch.zeros(len(names), dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([w], max_iter=500, line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        loss = sum(torch.logsumexp(x @ w, 0) - torch.logsumexp((x @ w)[y], 0) for x, y in data) / len(data)
        loss = loss + l2 * (w ** 2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    return {n: round(float(v), 4) for n, v in zip(names, w.detach())}


def chosen(q: dict, w: dict[str, float] | None) -> int:
    """The candidate rerank keeps with weights w (None: the shipped ones): sqltune.rerank.pick among the useful
    candidates, nonempty's choice where there are none (as answers.choose falls back)."""
    from sqltune.rerank import pick

    return pick(q["question"], q["cands"], q["useful"], w) if q["useful"] else q["nonempty"]


def cross_validate(sets: dict[str, list[dict]], folds: int, draws: int, l2: float, fit_fn=None,
                   chosen_fn=None) -> dict[str, list[int]]:
    """Per candidate set, the right answers of each draw: the databases split at random (random.Random(draw)) into
    `folds` folds, each fold's questions chosen by weights fitted on the others. fit_fn(qs, l2) and
    chosen_fn(q, w) default to rerank's own (another feature set can bring its pair)."""
    fit_fn, chosen_fn = fit_fn or fit, chosen_fn or chosen
    dbs = sorted({q["db"] for qs in sets.values() for q in qs})
    out: dict[str, list[int]] = {name: [] for name in sets}
    for draw in range(draws):
        order = dbs[:]
        random.Random(draw).shuffle(order)
        right = {name: 0 for name in sets}
        for fold in (set(order[f::folds]) for f in range(folds)):
            w = fit_fn([q for qs in sets.values() for q in qs if q["db"] not in fold], l2)
            for name, qs in sets.items():
                right[name] += sum(q["right"][chosen_fn(q, w)] for q in qs if q["db"] in fold)
        for name in sets:
            out[name].append(right[name])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("predictions", type=Path, nargs="+", help="predictions.jsonl(.gz) of evaluations with --num-candidates")
    ap.add_argument("--test", default="spider-dev", help="the test set they answered (spider-dev, spider-syn, a file)")
    ap.add_argument("--cv", action="store_true", help="cross-validate by database and fit on all (else: apply the "
                    "shipped weights)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--draws", type=int, default=3, help="--cv: how many random splits of the databases into folds")
    ap.add_argument("--l2", type=float, default=0.015, help="--cv: the L2 penalty on the weights")
    ap.add_argument("--write", action="store_true", help="--cv: store the weights fitted on all the files in "
                    "src/sqltune/assets/rerank.json")
    ap.add_argument("--first", type=int, default=None, help="keep only each question's first K candidates (as if "
                    "fewer had been decoded; the best K beams of 16 stand in for K beams)")
    ap.add_argument("--card", default="cpu")
    ap.add_argument("--result", default=None)
    args = ap.parse_args()
    for p in args.predictions:
        if not p.is_file():
            ap.error(f"{p}: no such file (an evaluation's predictions.jsonl or predictions.jsonl.gz)")
    if args.write and not args.cv:
        ap.error("--write needs --cv (the weights are fitted there)")
    for flag, value, least in (("--folds", args.folds, 2), ("--draws", args.draws, 1), ("--first", args.first, 1)):
        if value is not None and value < least:
            ap.error(f"{flag} {value}: at least {least}")
    if args.l2 < 0:
        ap.error(f"--l2 {args.l2}: a penalty is 0 or more")
    names = [p.name.split(".")[0] for p in args.predictions]
    if len(set(names)) < len(names):
        ap.error("two files share a name before their first dot, which names their results: rename one")
    sets = {}
    for name, p in zip(names, args.predictions, strict=True):
        test, cands, right, ran = saved_candidates(p, args.test)
        if args.first:
            cands, right = [c[:args.first] for c in cands], right[:args.first]
        sets[name] = questions(test, cands, right, ran)
    if args.cv and not any(0 < sum(q["right"][k] for k in q["useful"]) < len(q["useful"])
                           for qs in sets.values() for q in qs):
        ap.error("no question has both a right and a wrong candidate among those that return a result: nothing to "
                 "fit (files of evaluations with --num-candidates > 1 are needed)")
    report = {"test": args.test, "command": " ".join(["python", "benchmarks/rerank_fit.py", *sys.argv[1:]]),
              "date": datetime.date.today().isoformat(), "sets": {}}
    for name, qs in sets.items():
        n = len(qs)
        report["sets"][name] = {"questions": n, "oracle": sum(any(q["right"]) for q in qs),
                                "nonempty": sum(q["right"][q["nonempty"]] for q in qs)}
    if args.cv:
        dbs = sorted({q["db"] for qs in sets.values() for q in qs})
        if len(dbs) < args.folds:
            ap.error(f"--folds {args.folds}: the files hold only {len(dbs)} databases")
        for name, right in cross_validate(sets, args.folds, args.draws, args.l2).items():
            report["sets"][name]["rerank_cv"] = right
        w = fit([q for qs in sets.values() for q in qs], args.l2)
        report["weights"] = w
        if args.write:
            kept = {k: v for k, v in json.loads(WEIGHTS.read_text()).items() if k == "review"}  # (reviewer/fit.py's)
            WEIGHTS.write_text(json.dumps({"about": "sqltune.rerank's weights (--candidate-choice rerank)",
                                           "command": report["command"], "date": report["date"], "l2": args.l2,
                                           "weights": w, **kept}, indent=2) + "\n")
            print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    else:
        for name, qs in sets.items():
            picks = [chosen(q, None) for q in qs]
            report["sets"][name]["rerank"] = sum(q["right"][k] for q, k in zip(qs, picks, strict=True))
            report["sets"][name]["changed"] = sum(k != q["nonempty"] for q, k in zip(qs, picks, strict=True))
    print(f"{'candidates':<24} {'questions':>9} {'oracle':>8} {'nonempty':>9} {'rerank':>22}")
    for name, r in report["sets"].items():
        n = r["questions"]
        if "rerank_cv" in r:
            cv = r["rerank_cv"]
            mean = sum(cv) / len(cv)
            got = f"{mean / n:.2%} ({(mean - r['nonempty']) / n * 100:+.2f}) cv"
        else:
            got = f"{r['rerank'] / n:.2%} ({(r['rerank'] - r['nonempty']) / n * 100:+.2f})"
        print(f"{name:<24} {n:>9} {r['oracle'] / n:>8.2%} {r['nonempty'] / n:>9.2%} {got:>22}")
    if args.cv:
        print("weights: " + ", ".join(f"{k} {v:+.3f}" for k, v in sorted(report["weights"].items(),
                                                                       key=lambda kv: -abs(kv[1]))[:12]))
    print(f"wrote {write_result(report, args.card, 'rerank_fit', args.result)}")
    return 0 if all(math.isfinite(v) for v in report.get("weights", {}).values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
