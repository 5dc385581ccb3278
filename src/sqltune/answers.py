"""What a generation's text becomes: the SQL statement it holds (`clean_sql`), and the prompt that asks again
with a failed query's error (`correction_prompt`, --self-correct)."""

from __future__ import annotations

import re

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
