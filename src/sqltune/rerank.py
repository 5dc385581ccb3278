"""`--candidate-choice rerank`: among the candidates that return a result, keep the one a linear score of the
question and the SQL rates highest.

Beam candidates are near-copies, and the wrong ones mostly read as the right shape with a near-miss column
(`height_feet` where the question says "floors", `problem_id` for "log id", a requested column left out). So the
score looks at names: of the question's words that some candidate uses as a name (word parts of its identifiers,
split at `_` and camelCase, crudely stemmed), how many this candidate uses and how many it misses; how many of its
names the question never says; its rank; its length and joins beside the shortest; and whether it uses the SQL
constructs the question's wording asks for ("how many" and count(), "each" and GROUP BY, ...). The weights are
fitted on held-out Spider train databases' saved candidates (benchmarks/rerank_fit.py) and ship in
assets/rerank.json; no model and no schema are needed, only the candidates and their results.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .errors import SqltuneError

SQL_WORDS = frozenset(
    "select from where group by order having limit join on as and or not in like between is null distinct count "
    "sum avg min max asc desc union intersect except case when then else end exists cast inner left outer natural "
    "using offset glob".split())

# (question pattern, SQL pattern): the question's wording and the construct it asks for
CUES = {
    "count": (r"\bhow many\b|\bnumber of\b|\bcount\b", r"\bcount\s*\("),
    "avg": (r"\baverage\b|\bmean\b", r"\bavg\s*\("),
    "sum": (r"\btotal\b|\bsum\b", r"\bsum\s*\("),
    "max": (r"\bmaximum\b|\bmax\b|\bhighest\b|\blargest\b|\bmost\b|\boldest\b|\blongest\b|\bgreatest\b",
            r"\bmax\s*\("),
    "min": (r"\bminimum\b|\bmin\b|\blowest\b|\bsmallest\b|\bleast\b|\byoungest\b|\bshortest\b|\bfewest\b",
            r"\bmin\s*\("),
    "order": (r"\border\b|\bsort|\balphabetical|\bdescending\b|\bascending\b|\branked\b", r"\border by\b"),
    "limit": (r"\bmost\b|\bleast\b|\bhighest\b|\blowest\b|\blargest\b|\bsmallest\b|\boldest\b|\byoungest\b|\btop\b|"
              r"\bbest\b|\bworst\b|\blongest\b|\bshortest\b|\bfewest\b|\bgreatest\b|\bfirst\b|\blast\b|\best\b",
              r"\blimit\b"),
    "desc": (r"\bdescending\b|\bmost\b|\bhighest\b|\blargest\b|\boldest\b|\blongest\b|\bgreatest\b|\btop\b|\bbest\b|"
             r"\blatest\b", r"\bdesc\b"),
    "distinct": (r"\bdistinct\b|\bdifferent\b|\bunique\b", r"\bdistinct\b"),
    "group": (r"\beach\b|\bper\b|\bevery\b|\bfor all\b|\bby\b", r"\bgroup by\b"),
    "neg": (r"\bnot\b|n't\b|\bnever\b|\bwithout\b|\bno\b|\bexcept\b|\bother than\b", r"\bnot\b|\bexcept\b|!=|<>"),
    "intersect": (r"\bboth\b|\band also\b", r"\bintersect\b"),
    "union": (r"\bor\b|\beither\b", r"\bunion\b|\bor\b"),
    "having": (r"\bmore than\b|\bat least\b|\bfewer than\b|\bless than\b|\bover\b|\bat most\b", r"\bhaving\b"),
    "like": (r"\bcontain|\bincludes?\b|\bsubstring\b|\bstart|\bend with|\bbegin|\bword\b|\bletter\b", r"\blike\b"),
}
FEATURES = ("rank0", "logrank", "first_useful", "len_rel", "joins_rel", "covered", "missed", "unasked", "join",
            *(f"{name}_{kind}" for name in CUES for kind in ("asked", "unasked")))
REVIEW_FEATURE = "review_rel"  # log P(question | SQL) less the best candidate's, over 10 (benchmarks/reviewer)
_CUES = {name: (re.compile(q), re.compile(s)) for name, (q, s) in CUES.items()}
_PARTS = re.compile(r"_|(?<=[a-z])(?=[A-Z])")
_LITERALS = re.compile(r"'[^']*'|\"[^\"]*\"")


def stem(word: str) -> str:
    w = word.lower()
    return w[:-3] + "y" if w.endswith("ies") and len(w) > 5 else w[:-1] if w.endswith("s") and len(w) > 3 else w


def names(sql: str) -> set[str]:
    """The word parts of a query's identifiers, stemmed: `T2.problem_log_id` -> {problem, log}; keywords, aliases
    (T1), `id` and numbers left out."""
    out = set()
    for token in re.findall(r"[A-Za-z_]\w*", _LITERALS.sub(" ", sql)):
        if token.lower() in SQL_WORDS or re.fullmatch(r"[tT]\d+", token):
            continue
        out.update(stem(p) for p in _PARTS.split(token) if p and not p.isdigit())
    return out - {"id"}


def features(question: str, candidates: Sequence[str], useful: Sequence[int]) -> dict[int, dict[str, float]]:
    """Each useful candidate's features (`useful`: indices into candidates of those that return a result, best
    rank first; at least one)."""
    q = question.lower()
    asked = {stem(w) for w in re.findall(r"[A-Za-z]+", question)}
    words = {k: names(candidates[k]) for k in useful}
    said = asked & set().union(*words.values())  # the question's words some candidate uses as a name
    lens = {k: len(candidates[k].split()) for k in useful}
    joins = {k: len(re.findall(r"\bjoin\b", candidates[k], re.I)) for k in useful}
    shortest, fewest = min(lens.values()), min(joins.values())
    q_cues = {name: bool(qp.search(q)) for name, (qp, _) in _CUES.items()}
    out = {}
    for k in useful:
        sql = candidates[k].lower()
        f = {"rank0": float(k == 0), "logrank": math.log1p(k), "first_useful": float(k == useful[0]),
             "len_rel": (lens[k] - shortest) / 10, "joins_rel": float(joins[k] - fewest),
             "covered": len(said & words[k]) / max(1, len(said)), "missed": float(len(said - words[k])),
             "unasked": float(len(words[k] - asked)), "join": float(joins[k] > 0)}
        for name, (_, sp) in _CUES.items():
            uses = bool(sp.search(sql))
            f[f"{name}_asked"] = float(uses and q_cues[name])
            f[f"{name}_unasked"] = float(uses and not q_cues[name])
        out[k] = f
    return out


@lru_cache(maxsize=2)
def weights(review: bool = False) -> dict[str, float]:
    """The shipped weights (assets/rerank.json), one per feature; with `review`, the set fitted with the review
    score (REVIEW_FEATURE) beside the others."""
    data = json.loads(resources.files("sqltune").joinpath("assets/rerank.json").read_text(encoding="utf-8"))
    w = data.get("review", {}).get("weights", {}) if review else data["weights"]  # (no set: the error below)
    want = {*FEATURES, REVIEW_FEATURE} if review else set(FEATURES)
    if set(w) != want:
        raise SqltuneError(f"assets/rerank.json's weights and sqltune.rerank.FEATURES differ in "
                           f"{sorted(set(w) ^ want)}: refit them with "
                           f"{'benchmarks/reviewer/fit.py --write' if review else 'benchmarks/rerank_fit.py --cv --write'}")
    return w


def pick(question: str, candidates: Sequence[str], useful: Sequence[int], w: dict[str, float] | None = None,
         review: dict[int, float] | None = None) -> int:
    """The useful candidate with the highest score (the better rank on a tie). `review`: each useful
    candidate's log P(question | SQL) (sqltune.review), read against the best one's."""
    scored = features(question, candidates, useful)
    if review:
        for k, v in review_feature(review, useful).items():
            scored[k][REVIEW_FEATURE] = v
    return best(scored, useful, weights(bool(review)) if w is None else w)


def review_feature(review: dict[int, float], useful: Sequence[int]) -> dict[int, float]:
    """REVIEW_FEATURE of each useful candidate: its log P(question | SQL) less the best one's, over 10 (the scale
    the weights were fitted on: benchmarks/reviewer/fit.py)."""
    top = max(review[k] for k in useful)
    return {k: (review[k] - top) / 10 for k in useful}


def best(scored: dict[int, dict[str, float]], useful: Sequence[int], w: dict[str, float]) -> int:
    """Of the useful candidates, the one whose features (`scored[k]`) score highest under w (the better rank on a
    tie)."""
    top_k, top = useful[0], -math.inf
    for k in useful:
        s = sum(w[n] * v for n, v in scored[k].items())
        if s > top:
            top_k, top = k, s
    return top_k

