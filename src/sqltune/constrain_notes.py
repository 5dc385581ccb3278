"""What the constraint's logits processors learn about rows, for decode to attach to the answers it keeps
(`Notes`: why a row gave up, a traced greedy row's per-step deficits), and the give-up rule's arithmetic
(`crossing`, `give_up_message`), which benchmarks/constrain_stop.py replays offline.
"""

from __future__ import annotations

import os

TRACE_ENV = "SQLTUNE_CONSTRAIN_TRACE"  # 1: greedy answers keep their per-step deficits (constraint_trace)


def trace_requested() -> bool:
    return os.environ.get(TRACE_ENV, "").strip() not in ("", "0")


def give_up_message(deficit: float, limit: float) -> str:
    return (f"gave up: the model's own choice was ruled out too often (deficit {deficit:.1f} > {limit:g}, "
            "--constrain-max-deficit), so the SQL was cut there")


def crossing(deficits, limit: float) -> int | None:
    """The step (0-based) at which a row with these per-step deficits gives up under `limit`, or None."""
    total = 0.0
    for k, d in enumerate(deficits):
        total += d
        if total > limit:
            return k
    return None


class Notes:
    """What the processors learnt about rows, for decode to attach to the answers it keeps: a row that gave up
    (`gave_up`: the reason) and, when traced, a greedy row's per-step deficits (`deficits`). An answer is found
    by its text and its prompt's tokens (two questions on one database can give the same text). Greedy rows
    leave their tokens so far at every step; they are decoded only when an answer is looked up."""

    MAX = 4096  # texts kept when nobody looks them up (a benchmark calling generate directly)

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer
        self._notes: dict[str, dict[tuple[int, ...], dict]] = {}
        self._pending: dict[tuple[int, int], tuple] = {}  # (processor, row) -> (prompt ids, ids, deficits)

    def add(self, prompt_ids: tuple[int, ...], text: str, **fields) -> None:
        if text not in self._notes and len(self._notes) >= self.MAX:
            del self._notes[next(iter(self._notes))]
        self._notes.setdefault(text, {}).setdefault(prompt_ids, {}).update(fields)

    def pend(self, row: tuple[int, int], prompt_ids: tuple[int, ...], ids: tuple[int, ...], deficits: tuple) -> None:
        if row not in self._pending and len(self._pending) >= 16 * self.MAX:
            del self._pending[next(iter(self._pending))]
        self._pending[row] = (prompt_ids, ids, deficits)

    def take(self, chat_text: str, text: str) -> dict:
        """The note of the answer `text` (as decoded, without special tokens) to the prompt `chat_text` (the
        chat template applied), or {}."""
        for prompt_ids, ids, deficits in self._pending.values():
            self.add(prompt_ids, self.tokenizer.decode(list(ids), skip_special_tokens=True), deficits=list(deficits))
        self._pending.clear()
        by_prompt = self._notes.get(text)
        if not by_prompt:
            return {}
        return by_prompt.get(tuple(self.tokenizer(chat_text, add_special_tokens=False)["input_ids"]), {})

    def clear(self) -> None:
        self._notes.clear()
        self._pending.clear()


def unpadded(input_ids, row: int, length: int, pad: int) -> tuple[int, ...]:
    """Row `row`'s first `length` tokens (its prompt) without their left padding, as the tokenizer gives the
    prompt alone: what Notes finds an answer's prompt by."""
    ids = input_ids[row, :length].tolist()
    k = 0
    while k < len(ids) and ids[k] == pad:
        k += 1
    return tuple(ids[k:])
