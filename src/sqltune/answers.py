"""What a generation's text becomes: the SQL statement it holds (`clean_sql`), the prompt that asks again
with a failed query's error (`correction_prompt`, --self-correct), the candidate kept (`choose`) and the record
of how a question's answer was reached (`Decision`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

_FENCE = re.compile(r"```(?:sql|sqlite)?\s*(.*?)(?:```|$)", re.S | re.I)


def clean_sql(text: str) -> str:
    """The first SQL statement of a generation: no fences, no prose before it, nothing after its ';'."""
    text = text.strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    text = re.sub(r"^(?:sql|sqlite|answer|query)\s*:\s*", "", text, flags=re.I)
    start = re.search(r"\b(SELECT|WITH|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA)\b", text, re.I)
    if start:
        text = text[start.start():]
    text = _first_statement(text)
    return " ".join(text.split())


_STOPS = ("</", "<SCHEMA>", "<USER_QUERY>", "<start_of_turn>", "<end_of_turn>", "\n\n")


def _first_statement(sql: str) -> str:
    """Cut at the first ';' outside quotes, or where the prompt's markup or a blank line starts: a model that
    does not stop tends to echo `</USER_QUERY>` and begin again."""
    quote = None
    for i, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif ch == ";" or sql.startswith(_STOPS, i):
            return sql[:i]
    return sql


def correction_prompt(prompt: str, sql: str, error: str) -> str:
    """The prompt for a second attempt: the failed SQL and the database's error added to the question.

    With the recipe template the note goes at the end of <USER_QUERY> (the same text as writing it after the
    question); with a template that has no </USER_QUERY> it is appended to the prompt."""
    shown = sql if sql else "(an empty query)"
    note = f"\nA previous attempt, {shown}, failed with the SQLite error: {error}. Write a corrected query."
    end = prompt.rfind("\n</USER_QUERY>")
    if end >= 0:
        return prompt[:end].rstrip() + note + prompt[end:]
    return prompt.rstrip() + note


def choose(candidates: Sequence[str], run: Callable[[str], Any], rule: str = "nonempty",
           question: str = "", review: dict[str, float] | None = None) -> tuple[str, int]:
    """(sql, index) of the candidate to keep. `run(sql)` returns an ExecResult-like object (`.ok`, `.rows`);
    each distinct SQL text is run once.

    nonempty: the first (most likely) candidate that executes without error and returns a result, where a
    single row of nothing but 0 and NULL counts as none: that is what a count, sum or max over a filter or join
    that matched nothing returns, far more often a wrong value or join than the answer. If every candidate
    with rows is such a row, the first of them.
    first: the first candidate that executes without error and returns at least one row.
    vote: candidates that return rows vote with their result (rows as a multiset, values normalised as in
    scoring); the largest group wins, a tie goes to the group holding the better-ranked candidate, and that
    group's best-ranked candidate is kept. Different SQL that computes the same rows agrees, so a result the
    model reaches several ways beats a lone top beam (execution-based consensus, as in MBR-exec).
    rerank: of the candidates nonempty counts as a result, the one sqltune.rerank scores highest for `question`
    (names the question uses, constructs it asks for, rank; with `review`, each SQL text's log P(question | SQL)
    from sqltune.review, too); with none, as nonempty.
    Any rule, when no candidate returns rows: the first that executes, else the first."""
    if not candidates:
        return "", 0
    results: dict[str, Any] = {}
    first_ok = first_rows = None
    groups: dict[Any, list[int]] = {}
    useful: list[int] = []  # (rerank) the candidates nonempty would take
    for k, sql in enumerate(candidates):
        if sql not in results:
            results[sql] = run(sql)
        res = results[sql]
        if res.ok:
            if res.rows:
                if rule == "first" or (rule == "nonempty" and not _nothing_found(res.rows)):
                    return sql, k
                if rule == "rerank" and not _nothing_found(res.rows):
                    useful.append(k)
                if first_rows is None:
                    first_rows = k
                if rule == "vote":
                    groups.setdefault(_result_key(res.rows), []).append(k)
            if first_ok is None:
                first_ok = k
    if useful:
        from .rerank import pick

        k = pick(question, candidates, useful, review={k: review[candidates[k]] for k in useful} if review else None)
        return candidates[k], k
    if groups:  # dicts keep insertion order: on equal size, max() keeps the group seen first
        k = max(groups.values(), key=len)[0]
        return candidates[k], k
    k = next((i for i in (first_rows, first_ok) if i is not None), 0)
    return candidates[k], k


def is_result(res) -> bool:
    """Whether an ExecResult-like object counts as a result to nonempty and rerank: it executed and returned rows
    that are not a lone row of 0/NULL."""
    return bool(res.ok and res.rows and not _nothing_found(res.rows))


def _nothing_found(rows) -> bool:
    """One row of only 0 and NULL: `count(*)` = 0, or `sum`/`avg`/`max` over no rows."""
    return len(rows) == 1 and all(v is None or (isinstance(v, int | float) and v == 0) for v in rows[0])


def _result_key(rows) -> tuple:
    from collections import Counter

    from .scoring import normalize_rows

    return tuple(sorted(Counter(normalize_rows(rows)).items(), key=repr))


@dataclass
class Attempt:
    """One pass over the model: its prompt and the candidate it kept, as cleaned SQL and as written."""

    prompt: str
    sql: str
    raw: str
    chosen: int
    num_candidates: int


class Tried(NamedTuple):
    """What one pass over the model gave a question (decoding.decode's attempts)."""

    sql: str  # the candidate kept, cleaned
    chosen: int  # ... its index among the candidates
    candidates: list[str]
    raw: str  # the kept candidate as written
    scores: list[float] | None  # the candidates' beam scores, where the beam search gave them
    review: list[float | None] | None  # their review scores, where rerank weighed them


@dataclass
class Decision:
    """The answer kept for one question and how it was reached."""

    sql: str
    chosen: int = 0  # index of the kept SQL among its attempt's candidates
    candidates: list[str] = field(default_factory=list)  # the kept attempt's candidates
    executed: bool | None = None  # whether the kept SQL ran without error (None: nothing to run it on)
    retried: bool = False  # a self-correction attempt was made
    retry_kept: bool = False  # ... and its SQL executed, so it replaced the first answer
    retry_how: str = "self-correction"  # or "constrained decoding" (--constrained-retry), "N beams" (--retry-beams)
    first_sql: str | None = None  # the first answer, when a retry was made
    error: str | None = None  # the first answer's database error, when a retry was made
    attempts: list[Attempt] = field(default_factory=list)  # the first answer and the retry, if one was made
    completed: bool | None = None  # --complete-failed: None not tried; True its answer executes and is kept
    completion_error: str | None = None  # ... False: its database error
    constraint_error: str | None = None  # with --constrain: why the kept answer is not a complete query
    constraint_trace: list[float] | None = None  # with SQLTUNE_CONSTRAIN_TRACE=1: its per-step deficits (greedy)
    scores: list[float] | None = None  # the candidates' beam scores, where the beam search gave them (decoding.Scored)
    review: list[float | None] | None = None  # their review scores where rerank weighed them (sqltune.review)

    def describe(self) -> str:
        n = len(self.candidates)
        text = f"candidate {self.chosen + 1} of {n} kept" if n > 1 else "one candidate"
        if self.executed is not None:
            text += ", executes" if self.executed else ", fails to execute"
        if self.retried:
            text += (f"; {self.retry_how} after the error replaced the first answer" if self.retry_kept
                     else f"; {self.retry_how} was tried but did not execute either, the first answer stands")
        if self.completed is not None:
            text += ("; decoded again under the constraint without its give-up limit: it executes, kept"
                     if self.completed else "; decoded again under the constraint without its give-up limit: "
                     "it fails too")
        if self.constraint_error:
            text += f"; constrained decoding: {self.constraint_error}"
        return text

    def retry(self, attempt: Attempt, candidates: list[str], run: Callable[[str], Any], how: str,
              scores: list[float] | None = None, review: list[float | None] | None = None) -> None:
        """Records a second attempt after the kept SQL failed (`how` it was made); its SQL (and its candidates
        with their `scores`) replace the first answer if it executes."""
        self.retried, self.retry_how, self.first_sql, self.error = True, how, self.sql, run(self.sql).message
        self.attempts.append(attempt)
        if run(attempt.sql).ok:
            self.sql, self.chosen, self.candidates, self.scores = attempt.sql, attempt.chosen, candidates, scores
            self.review = review
            self.executed = self.retry_kept = True

    def complete(self, attempt: Attempt, run: Callable[[str], Any]) -> None:
        """Records the last try of an answer that still fails (--complete-failed); its SQL replaces the answer
        if it executes."""
        if self.first_sql is None:
            self.first_sql, self.error = self.sql, run(self.sql).message
        self.attempts.append(attempt)
        result = run(attempt.sql)
        self.completed = bool(result.ok)
        if self.completed:
            self.sql, self.chosen, self.candidates, self.executed = attempt.sql, 0, [attempt.sql], True
            self.scores = self.review = None
        else:
            self.completion_error = result.message

    def record(self) -> dict:
        """The per-question fields saved next to a prediction."""
        out: dict = {"chosen": self.chosen, "retried": self.retried}
        if len(self.candidates) > 1:
            out["candidates"] = self.candidates
            if self.scores is not None:  # (4 decimals: the rerank study's feature, not a checksum)
                out["scores"] = [round(s, 4) for s in self.scores]
            if self.review is not None:  # (None: a candidate without a result, which rerank does not weigh)
                out["review"] = [None if v is None else round(v, 4) for v in self.review]
        if self.retried:
            out.update({"retry_kept": self.retry_kept, "first_sql": self.first_sql, "first_error": self.error})
        if self.completed is not None:
            out.update({"completed": self.completed, "first_sql": self.first_sql, "first_error": self.error})
            if not self.completed:  # (what the last try wrote, and why it fails)
                out.update({"completion_sql": self.attempts[-1].sql, "completion_error": self.completion_error})
        if self.constraint_error:
            out["constraint_error"] = self.constraint_error
        if self.constraint_trace is not None:
            out["constraint_trace"] = self.constraint_trace
        return out


def memoized(run: Callable[[str], Any] | None) -> Callable[[str], Any] | None:
    """`run` with each SQL text's result kept, so no query runs twice (None stays None)."""
    if run is None or getattr(run, "memo", None) is not None:
        return run
    cache: dict[str, Any] = {}

    def cached(sql: str):
        if sql not in cache:
            cache[sql] = run(sql)
        return cache[sql]

    cached.memo = cache
    return cached
