"""Cross-validate rerank with extra feature groups on cached held-out candidates (cache.py), the way
benchmarks/rerank_fit.py --cv does: 5 folds by database, 3 draws (random.Random(draw) over the sorted databases),
conditional logit by L-BFGS, L2 0.015, pick = highest score among the useful candidates, better rank on a tie.

    python benchmarks/rerank_features/study.py CACHE.pkl[,CACHE.pkl] "a+b;c+d" OUT.json GROUPS [GROUPS ...]

(the sets named a and b fitted together, then c and d; GROUPS: comma-joined feature groups, "" = the baseline:
shape, lit, agree, distinct, dir, sel, cmp, selorder, null (2026-12-05), beam, beammass (the saved beam scores,
2026-12-06), review, reviewonly (benchmarks/reviewer/score.py's log P(question | SQL), 2026-12-06);
L2=0.05 in the environment for another penalty; FIRST=K for each question's first K candidates only, 2026-12-06)
"""
import json
import math
import os
import pickle
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # (rerank_fit, beside this folder)
import torch  # noqa: E402

import rerank_fit  # noqa: E402
from sqltune import rerank  # noqa: E402

torch.set_num_threads(1)

VAL_NUM = re.compile(r"(?<![\w.])-?\d+(?:\.\d+)?(?![\w.])")
QUOTED = re.compile(r"'([^']*)'|\"([^\"]*)\"")
ASC_Q = re.compile(r"\bascending\b|\blowest\b|\bleast\b|\bfewest\b|\bsmallest\b|\byoungest\b|\bshortest\b|"
                   r"\bearliest\b|\bminimum\b|\balphabetical")
DESC_Q = re.compile(r"\bdescending\b|\bmost\b|\bhighest\b|\blargest\b|\boldest\b|\blongest\b|\bgreatest\b|\btop\b|"
                    r"\bbest\b|\blatest\b|\bmaximum\b|\breverse alphabetical")
SINGLE_Q = re.compile(r"^(what|which|who) (is|was)\b|\bthe (most|least|highest|lowest|largest|smallest|oldest|"
                      r"youngest|longest|shortest|fewest|greatest|best|worst|first|last|latest|earliest)\b")
COUNT_Q = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b")
DISTINCT_Q = re.compile(r"\bdistinct\b|\bdifferent\b|\bunique\b")
STOP_CAPS = {"what", "which", "who", "how", "find", "list", "show", "give", "return", "count", "tell", "for", "in",
             "the", "of", "and", "or", "a", "an", "is", "are", "please", "sort", "order", "display", "i", "when",
             "where", "whose", "whom"}


CMP = {
    "gt": (r"\bmore than\b|\bgreater than\b|\bolder than\b|\blarger than\b|\bhigher than\b|\bover\b|\babove\b|\bafter\b|\bexceed|\blonger than\b|\bbigger than\b", r">(?!=)"),
    "lt": (r"\bless than\b|\bfewer than\b|\byounger than\b|\bsmaller than\b|\blower than\b|\bunder\b|\bbelow\b|\bbefore\b|\bshorter than\b", r"<(?![=>])"),
    "ge": (r"\bor more\b|\bat least\b|\bor older\b|\bor above\b|\bor later\b|\bor greater\b|\bno less than\b|\bor higher\b|\bor after\b|\bor over\b|\bminimum of\b", r">="),
    "le": (r"\bor less\b|\bat most\b|\bor younger\b|\bor before\b|\bor fewer\b|\bno more than\b|\bor earlier\b|\bor below\b|\bor lower\b|\bor under\b|\bmaximum of\b", r"<="),
    "eq": (r"\bequal\b|\bexactly\b|\bis\b|\bnamed\b|\bcalled\b|\bin\s+\d", r"(?<![<>!])=(?!=)"),
}
COUNT_POS = re.compile(r"\bhow many\b|\bnumber of\b|\bcount\b")


def asked_items(q: str) -> int:
    """A crude count of the things the question asks for: 1 + the 'and's and commas before the first of/for/that/
    who/whose/with/in/from/where/... (the head of the question)."""
    head = re.split(r"\b(?:of|for|that|who|whose|with|in|from|where|which|by|whom|ordered|sorted|when)\b", q.lower(),
                    maxsplit=1)[0]
    return 1 + len(re.findall(r"\band\b|,", head))


def q_values(q: str) -> set[str]:
    vals = {a or b for a, b in QUOTED.findall(q)}
    vals |= set(VAL_NUM.findall(q))
    words = re.findall(r"[A-Za-z][\w'-]*", q)
    for i, w in enumerate(words):
        if i > 0 and w[0].isupper() and w.lower() not in STOP_CAPS:
            vals.add(w)
    return {v.lower() for v in vals if v}


def sql_literals(sql: str) -> list[str]:
    strs = [(a or b).lower() for a, b in QUOTED.findall(sql)]
    nums = VAL_NUM.findall(QUOTED.sub(" ", re.sub(r"\b[tT]\d+\b", " ", sql)))
    return strs + nums


def extra(q: dict, groups: set[str]) -> dict[int, dict[str, float]]:
    question, cands, useful, res = q["question"], q["cands"], q["useful"], q["res"]
    ql = question.lower()
    out = {k: {} for k in useful}
    r = {k: res[cands[k]] for k in useful}
    if "shape" in groups:
        n = asked_items(question)
        mincols = min(r[k]["ncols"] for k in useful)
        single = bool(SINGLE_Q.search(ql))
        count = bool(COUNT_Q.search(ql))
        for k in useful:
            f = out[k]
            f["cols_off"] = abs(r[k]["ncols"] - n) / 2
            f["cols_rel"] = float(r[k]["ncols"] - mincols)
            one = r[k]["nrows"] == 1
            f["onerow_single"] = float(one and single)
            f["onerow_other"] = float(one and not single and not count)
            f["num_count"] = float(count and one and r[k]["ncols"] == 1
                                   and isinstance(r[k]["first"][0][0], int | float))
    if "lit" in groups:
        vals = q_values(question)
        for k in useful:
            lits = sql_literals(cands[k])
            hit = sum(any(v == lit or (len(v) > 2 and v in lit) for lit in lits) for v in vals)
            out[k]["lit_hit"] = hit / max(1, len(vals))
            out[k]["lit_miss"] = float(len(vals) - hit) if vals else 0.0
            out[k]["lit_unsaid"] = float(sum(not any(lit == v or (len(v) > 2 and v in lit) or (len(lit) > 2 and lit in ql)
                                                     for v in vals) and lit not in ql for lit in lits))
    if "agree" in groups:
        keys = [r[k]["key"] for k in useful]
        for k in useful:
            same = keys.count(r[k]["key"])
            out[k]["agree"] = same / len(useful)
            out[k]["agree_log"] = math.log(same)
            out[k]["agree_top"] = float(same == max(map(keys.count, keys)))
    if "distinct" in groups:
        asked = bool(DISTINCT_Q.search(ql))
        for k in useful:
            dup = r[k]["nrows"] > r[k]["distinct"]
            out[k]["dups_asked"] = float(dup and asked)
            out[k]["dups"] = float(dup)
    if "dir" in groups:
        a, d = bool(ASC_Q.search(ql)), bool(DESC_Q.search(ql))
        for k in useful:
            s = cands[k].lower()
            order = "order by" in s
            desc = bool(re.search(r"\bdesc\b", s))
            out[k]["asc_asked"] = float(order and not desc and a and not d)
            out[k]["asc_against"] = float(order and not desc and d and not a)
            out[k]["desc_against"] = float(desc and a and not d)
    if "sel" in groups:
        asked = {rerank.stem(w) for w in re.findall(r"[A-Za-z]+", question)}
        def clause(sql, start, stops):
            m = re.search(start, sql, re.I)
            if not m:
                return ""
            rest = sql[m.end():]
            e = re.search(stops, rest, re.I)
            return rest[:e.start()] if e else rest
        sel = {k: rerank.names(clause(cands[k], r"\bselect\b", r"\bfrom\b")) for k in useful}
        whr = {k: rerank.names(clause(cands[k], r"\bwhere\b|\bhaving\b", r"\bgroup by\b|\border by\b|\blimit\b|\bintersect\b|\bunion\b|\bexcept\b")) for k in useful}
        said_sel = asked & set().union(*sel.values())
        said_whr = asked & set().union(*whr.values())
        for k in useful:
            out[k]["sel_missed"] = float(len(said_sel - sel[k]))
            out[k]["sel_unasked"] = float(len(sel[k] - asked))
            out[k]["whr_missed"] = float(len(said_whr - whr[k]))
            out[k]["whr_unasked"] = float(len(whr[k] - asked))
    if "cmp" in groups:
        for name, (qp, sp) in CMP.items():
            asked = bool(re.search(qp, ql))
            for k in useful:
                uses = bool(re.search(sp, QUOTED.sub(" ", cands[k])))
                out[k][f"cmp_{name}_asked"] = float(uses and asked)
                out[k][f"cmp_{name}_unasked"] = float(uses and not asked)
    if "selorder" in groups:
        words = [rerank.stem(w) for w in re.findall(r"[A-Za-z]+", question)]
        pos = {}
        for i, w in enumerate(words):
            pos.setdefault(w, i)
        m = COUNT_POS.search(ql)
        cpos = len(re.findall(r"[A-Za-z]+", ql[:m.start()])) if m else None
        for k in useful:
            sel = re.search(r"\bselect\b(.*?)\bfrom\b", cands[k], re.I | re.S)
            items = sel.group(1).split(",") if sel else []
            ps = []
            for it in items:
                if re.search(r"\bcount\s*\(", it, re.I) and cpos is not None:
                    ps.append(cpos)
                    continue
                hits = [pos[n] for n in rerank.names(it) if n in pos]
                if hits:
                    ps.append(min(hits))
            inv = sum(a > b for i, a in enumerate(ps) for b in ps[i + 1:])
            out[k]["sel_inv"] = float(inv)
            out[k]["sel_strlit"] = float(bool(sel and QUOTED.search(sel.group(1))))
    if "beam" in groups:  # the beam score (mean log-probability a token) against the best useful candidate's
        sc = q.get("scores")
        top = max(sc[k] for k in useful) if sc else 0.0
        for k in useful:
            out[k]["beam_rel"] = sc[k] - top if sc else 0.0
    if "beammass" in groups:  # the probability of every beam with this candidate's SQL / its result, summed
        sc = q.get("scores")
        for key, name in ((lambda k: cands[k], "mass_sql"), (lambda k: r[k]["key"], "mass_res")):
            if not sc:
                for k in useful:
                    out[k][name] = 0.0
                continue
            mass: dict = {}
            for k in useful:
                mass[key(k)] = mass.get(key(k), 0.0) + math.exp(sc[k])
            top = max(mass.values())
            for k in useful:
                out[k][name] = math.log(mass[key(k)] / top)
    if "review" in groups or "reviewonly" in groups:  # log P(question | SQL) against the best useful candidate's
        rv = q.get("review")
        got = rerank.review_feature(rv, useful) if rv else {}
        for k in useful:
            out[k][rerank.REVIEW_FEATURE] = got.get(k, 0.0)
    if "null" in groups:
        for k in useful:
            out[k]["null_share"] = r[k]["nulls"] / max(1, r[k]["cells"])
            out[k]["any_null"] = float(r[k]["nulls"] > 0)
            out[k]["log_rows"] = math.log1p(r[k]["nrows"]) / 3
    return out


def prepare(sets, groups):
    names = None
    for qs in sets.values():
        for q in qs:
            if q["useful"]:
                f = rerank.features(q["question"], q["cands"], q["useful"])
                if "reviewonly" in groups:  # (the reviewer's score and the candidate's rank alone)
                    f = {k: {n: v[n] for n in ("rank0", "logrank", "first_useful")} for k, v in f.items()}
                e = extra(q, groups)
                q["x"] = {k: {**f[k], **e[k]} for k in q["useful"]}
                names = names or list(q["x"][q["useful"][0]])
    return names


def fit(qs, names, l2=0.015):
    return rerank_fit.fit(qs, l2, names, "x")  # (the features these groups add sit in q["x"])


def chosen(q, w):
    return rerank.best(q["x"], q["useful"], w) if q["useful"] else q["nonempty"]


L2 = float(os.environ.get("L2", "0.015"))  # rerank_fit.py's penalty unless the environment says
FIRST = int(os.environ.get("FIRST", "0"))  # FIRST=K: each question's first K candidates only (fewer beams, roughly)


def first(qs: list[dict], k: int) -> list[dict]:
    """The questions as if only their first k candidates had been decoded (a question with no useful one among
    them keeps nonempty's fallback, its first candidate)."""
    out = []
    for q in qs:
        useful = [u for u in q["useful"] if u < k]
        out.append({**q, "cands": q["cands"][:k], "useful": useful, "right": q["right"][:k],
                    "nonempty": useful[0] if useful else 0,
                    **{f: q[f][:k] for f in ("scores", "review") if q.get(f) is not None}})
    return out


def cv(sets, names, folds=5, draws=3, l2=L2):
    return rerank_fit.cross_validate(sets, folds, draws, l2, lambda qs, l2: fit(qs, names, l2), chosen)


if __name__ == "__main__":
    cache = {}
    for c in sys.argv[1].split(","):
        cache.update(pickle.loads(Path(c).read_bytes()))
    if FIRST:
        cache = {n: first(qs, FIRST) for n, qs in cache.items()}
    pairs = [p.split("+") for p in sys.argv[2].split(";")]  # set names fitted together, e.g. "a+b;c+d"
    out_path = Path(sys.argv[3])
    results = json.loads(out_path.read_text()) if out_path.exists() else {}
    for gs in sys.argv[4:]:
        groups = set(filter(None, gs.split(",")))
        label = (gs or "baseline") + ("" if "L2" not in os.environ else "@l2=" + os.environ["L2"]) + \
            (f"@first={FIRST}" if FIRST else "")
        row = {}
        for pair in pairs:
            sets = {n: cache[n] for n in pair}
            names = prepare(sets, groups)
            got = cv(sets, names)
            for n in pair:
                qn = len(sets[n])
                row[n] = {"cv": got[n], "pct": round(100 * sum(got[n]) / len(got[n]) / qn, 2),
                          "nonempty_pct": round(100 * sum(q["right"][q["nonempty"]] for q in sets[n]) / qn, 2)}
        row["mean_pct"] = round(sum(v["pct"] for v in row.values()) / len(row), 3)
        results[label] = row
        print(label, json.dumps(row), flush=True)
        out_path.write_text(json.dumps(results, indent=1))
