"""The logits processor of constrained decoding (sqltune.constrain builds the grammars and hands them to it):
one llguidance matcher per generated row, the one-token checks that spare most rows a full mask, the mask
itself, and the give-up rule.

Giving up: a row the constraint keeps forcing off the model's own choice tends to run on to the token budget
(a quoted name that never closes, `Membership_levelFROM ...`) and holds its whole batch. At every step a row's
deficit is the log-probability of the model's best token over the whole vocabulary minus that of the best token
the constraint allows (0 where the model's choice is allowed; both come from the scores the row has already,
a row maximum, so no log-softmax is computed). Once the sum over a row's steps exceeds the limit
(`--constrain-max-deficit`, `Constrainer.max_deficit`; None: never) the row is ended with <end_of_turn>, and
the answer carries the reason as its `constraint_error` (decoding.decode reads it from
`constrain_notes.Notes`). With SQLTUNE_CONSTRAIN_TRACE=1 greedy rows also leave their per-step deficits there,
which decode saves with each answer (`constraint_trace`) so that a limit can be chosen offline from one run
(benchmarks/constrain_stop.py).

Nothing here imports sqltune.constrain (it imports this module).
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from .constrain_masks import blocked_tokens, hit_limit, keep_only, one_token_checks, only_end, rows_topk
from .constrain_notes import give_up_message, unpadded
from .row_history import EOS_IDS, LOOP_SPAN, MODULUS, Hist, repeats, weights
from .scope_filter import token_texts
from .sql_case import FoldedHistories

_EOS_SET = frozenset(EOS_IDS)
PREDICT = True  # greedy rows' matchers move on during the forward (benchmarks/constrain_overhead.py --no-predict)
# ... one at a time: on llguidance's threads they took 0.82-0.94x the time on 2 CPUs and 0.73x on an H200
# machine's 16 (benchmarks/processor_cost.py measures both, docs/CONSTRAINED_DECODING.md)
MOVES_IN_PARALLEL = False
DEFICIT_CAP = 1e4  # a step's deficit as counted (an infinite one, no allowed token, is a stopped row anyway)
LOOP_CHECK = 8  # steps between a limitless row's checks for a cycle (each walks up to 128 tokens of its history)
# (Under a give-up limit a cycle is left alone: ending it there too gained no time on all of Spider dev with 16
# constrained candidates, the batches ran as many steps: docs/CONSTRAINED_DECODING.md.)


def _pairs(totals: list, slots: list, tokens: list, line: int, n: int, by_slot: dict):
    """A question's (total, (index, row), token) pairs best first, made afresh by each call (a walk may be
    walked again when rows give up)."""
    return lambda: ((total, by_slot[(line, w // n)], t) for total, w, t in zip(totals, slots, tokens))


class Processor:
    """Keeps one llguidance matcher per generated row. Rows are matched to matchers by their token history, so
    beam search may reorder, duplicate and drop rows between steps: a row whose history extends a known one by
    a token gets a copy of that matcher, advanced by the token. Deficits follow the histories the same way."""

    def __init__(self, owner, grammars: list, per_prompt: int, prompt_length: int, top: int | None = None,
                 serial: int = 0, distinct: bool = False):
        self.owner, self.grammars, self.top = owner, list(grammars), top
        self.per_prompt, self.prompt_length, self.serial = per_prompt, prompt_length, serial
        # the prompt of each group of per_prompt rows, where a decoder drops the questions that have finished
        # (sqltune.beams); None: group g is prompt g
        self.live: list[int] | None = None
        self._of: list[int] = []  # this step's prompt of each row (_hists)
        self.states: dict[tuple[int, Hist], Any] = {}  # (prompt, history) -> matcher
        self.ended: set[int] = set()  # one row a prompt: the rows that have ended
        self.executor = None
        self.scope = None
        self.limit = owner.max_deficit  # None: never give up
        # traced: greedy rows (one a prompt), whose next token is the best one left after the mask
        self.traced = owner.trace and per_prompt == 1
        # (prompt, history) -> (deficit so far, the step at that history included; its per-step deficits if traced)
        self.totals: dict[tuple[int, Hist], tuple[float, tuple]] = {}
        self._prompt_ids: dict[int, tuple[int, ...]] = {}
        self._nodes: dict[tuple[int, int, int, int], Hist] = {}  # (prompt, length, sums) -> last step's histories
        # greedy: the token each row will take where the checks found it (the best valid one, argmax of the
        # masked scores), so that its matcher moves on while the next forward runs (_advance_predicted)
        self.predict = PREDICT and per_prompt == 1 and top == 1
        self._predicted: dict[int, int] = {}
        self._row_hists: list[Hist] = []
        # beam search (top: the question's budget of continuations): (prompt, history) -> {token: the beam score
        # of history + token}, as transformers sums it (the processed log-probabilities), for the next step
        self.beam = per_prompt > 1 and top is not None
        self.cum: dict[tuple[int, Hist], dict[int, float]] = {}
        # --beam-distinct: a question's pairs that read as a better one does, letter case aside, are masked
        self.folds = FoldedHistories(token_texts(owner.tokenizer)) if distinct and self.beam else None
        if any(g is not None and g.scope is not None for g in self.grammars):
            from .scope_filter import Filter

            # greedy: the best allowed token is checked until one passes; beams: the 2 x beams best a row, every
            # token beam search may keep (one below, unchecked, could carry a name out of scope into all the
            # question's beams); samples: their best 4 (every row is masked a step: more would cost rows x k checks)
            self.scope = Filter(token_texts(owner.tokenizer), greedy=per_prompt == 1,
                                top_k=256 if per_prompt == 1 else 2 * per_prompt if self.beam else 4,
                                eos_ids=EOS_IDS)

    @property
    def tracking(self) -> bool:
        return self.limit is not None or self.traced

    def _state(self, prompt: int, hist: Hist, children: Counter):
        """The matcher of a row with this history: its parent's (last step's) advanced by the last token.
        `children`: how many of this step's histories still need each parent; the last one takes the parent's
        matcher itself, the others a copy (greedy rows never branch, nor do most beams: a copy cost as much as
        the step's token itself)."""
        m = self.states.get((prompt, hist))
        if m is not None:
            return m
        if not hist:
            m = self.grammars[prompt].matcher()
        else:
            up = (prompt, hist[:-1])
            parent = self.states.get(up)
            if parent is not None:
                children[up] -= 1
                m = parent if children[up] <= 0 else parent.deep_copy()
                m.consume_token(hist[-1])
            else:  # an unknown history (never expected): replay it
                m = self._replay(prompt, hist)
        return m

    def _replay(self, prompt: int, hist: Hist):
        """A fresh matcher of the prompt's grammar that consumed the whole history."""
        m = self.grammars[prompt].matcher()
        m.consume_tokens(list(hist))
        return m

    def _lazy(self, active: list, scores, row_key: dict
              ) -> tuple[list, dict[int, list[int]], dict[int, list[int]], dict[int, tuple]]:
        """Rows whose `top` best tokens can be found valid (grammar, and scope: all `top` of a beam row, greedy's
        first, a sample's first 4) among their
        best 4 x top + 16 by one-token checks: {row: the better tokens that failed}; beam rows with fewer valid
        tokens there, but at least one: {row: those valid tokens}, the only ones the row may take (its other
        tokens rank below 4 x top + 16 of its own, where beam search does not reach: a full 262k mask for
        them cost 40 % of beam rows 3 ms each); and {row: (its deficit, its best valid token)}. The other rows
        are returned for a full mask."""
        top = 2 * self.per_prompt if self.beam else self.top  # (a beam row: the question's beams and more)
        n = min(scores.shape[1], 4 * top + 16)
        on = [r for _, r in active]
        t0 = time.perf_counter()
        vals, ids = rows_topk(scores, on, n)
        vals, ids = vals.tolist(), ids.tolist()
        self.owner._stats["topk_s"] += time.perf_counter() - t0
        # the scope check, as the full path's (Processor.__init__): greedy its best valid token; a beam row every
        # token it may give the question's beams (its best `top`); samples their best 4
        scope_k = 1 if self.top == 1 else top if self.beam else 4
        full, lazy, only, best = [], {}, {}, {}
        scope, grammars, of = self.scope, self.grammars, self._of
        for (m, r), vs, ts in zip(active, vals, ids):
            start = grammars[of[r]].scope if scope is not None else None
            st = scope.state(row_key[r], start) if start else None
            if st is not None and not st.checkable:
                st = None
            bad, good, first = one_token_checks(m, st, scope, vs, ts, top, scope_k)
            if len(good) >= top:
                lazy[r], best[r] = bad, first
            elif good and self.per_prompt > 1:
                only[r], best[r] = good, first
            else:
                full.append((m, r))
        return full, lazy, only, best

    def _executor(self):
        if self.executor is None:
            import llguidance

            self.executor = llguidance.LLExecutor()
        return self.executor

    def _select(self, active: list, scores, row_key: dict):
        """Beam search keeps a question's `top` best continuations over all its beams by beam score plus token
        log-probability. So instead of finding valid tokens in every row, a question's (row, token) pairs are
        sorted by that total and walked best first (`_walk`: until its beams have valid pairs that go on, then
        the end tokens within the budget): the pairs walked that fail are masked, the rest can neither go on
        nor end within the budget, so they stay as they are. Returns (rows left to `_lazy`: questions whose
        beam scores are unknown or whose best 4 x top + 16 pairs hold no valid one, lazy, only, best, the
        selection per prompt for a re-walk when rows give up)."""
        import torch

        groups: dict[int, list] = {}
        for m, r in active:
            groups.setdefault(self._of[r], []).append((m, r))
        rest, chosen = [], []
        cum: dict[int, float] = {}
        for rows in groups.values():
            known = True
            for _, r in rows:
                c = self._beam_score(row_key[r])
                if c is None:
                    known = False
                    break
                cum[r] = c
            (chosen if known else rest).extend(rows)
        if not chosen:
            return rest, {}, {}, {}, {}
        n = min(scores.shape[1], 4 * self.top + 16)  # a question's pairs walked at most (and a row's)
        rows_idx = [r for _, r in chosen]
        vals, ids = rows_topk(scores, rows_idx, n)
        totals = vals + torch.tensor([cum[r] for r in rows_idx], dtype=vals.dtype, device=vals.device)[:, None]
        # one line a question: its rows' pairs side by side, sorted by total
        prompts = sorted({self._of[r] for r in rows_idx})
        line = {p: i for i, p in enumerate(prompts)}
        slot = [0] * len(rows_idx)
        seen: dict[int, int] = {}
        for i, r in enumerate(rows_idx):
            p = self._of[r]
            slot[i], seen[p] = seen.get(p, 0), seen.get(p, 0) + 1
        width = max(seen.values()) * n
        q = torch.tensor([line[self._of[r]] for r in rows_idx], device=vals.device)
        at = torch.tensor(slot, device=vals.device)[:, None] * n + torch.arange(n, device=vals.device)
        tot = torch.full((len(prompts), width), float("-inf"), dtype=vals.dtype, device=vals.device)
        tok = torch.zeros((len(prompts), width), dtype=ids.dtype, device=vals.device)
        tot[q[:, None], at], tok[q[:, None], at] = totals, ids
        k = min(n, width)
        sorted_tot, pos = tot.topk(k, dim=1)
        sorted_tok = tok.gather(1, pos)
        by_slot = {(line[self._of[r]], slot[i]): (i, r) for i, r in enumerate(rows_idx)}
        matchers = dict((r, m) for m, r in chosen)
        best_v = vals[:, 0].tolist()
        picks = {}
        lazy, only, best = {}, {}, {}
        for p, ts, ps, ks in zip(prompts, sorted_tot.tolist(), pos.tolist(), sorted_tok.tolist()):
            # made as the walk reaches them (it stops after the beams' pairs, mostly well before the last)
            pairs = _pairs(ts, ps, ks, line[p], n, by_slot)
            picks[p] = {"pairs": pairs, "memo": {}, "cum": cum, "best_v": best_v, "matchers": matchers,
                        "keys": row_key, "rows": {r for _, r in groups[p]}}
            done, good = self._walk(p, picks[p], set(), lazy, best)
            for _, r in groups[p]:
                if done:  # a row no pair reached is left as it is: all its pairs rank below the budget
                    lazy.setdefault(r, [])
                elif good:
                    # fewer valid pairs than the budget among the question's best 4 x top + 16: its rows keep only
                    # those (the rest rank below, where beam search does not reach on a trained model's scores)
                    lazy.pop(r, None)
                    only[r] = good.get(r, [])
            if not done and not good:  # not one valid pair there: each row gets its own mask
                rest.extend((matchers[r], r) for _, r in groups[p])
                for _, r in groups[p]:
                    lazy.pop(r, None)
                    best.pop(r, None)
                del picks[p]
        return rest, lazy, only, best, picks

    def _walk(self, prompt: int, sel: dict, excluded: set, lazy: dict, best: dict) -> tuple[bool, dict]:
        """Checks `sel`'s pairs best first (rows in `excluded` skipped) until the question's beams (per_prompt)
        have valid pairs that do not end; past them, only end tokens are checked, down to transformers' budget
        (`top`) of pairs left unmasked: the beams that go on are the best pairs that do not end, and the pairs
        that end within the budget become finished answers, so only those must be valid. Fills lazy (the
        failing tokens a row must mask) and best (a row's deficit and best valid token) and records the beam
        scores of the valid pairs for the next step. Returns (False when the pairs ran out before the beams
        were found, the valid tokens found by row)."""
        eps = 1e-3  # transformers sums beam scores in float32: pairs this close to the last one count too
        start = self.grammars[prompt].scope if self.scope is not None else None
        going, passed, last, good = 0, 0, None, {}
        nxt, keys, memo, folds, seen = self._next_cum, sel["keys"], sel["memo"], self.folds, set()
        for total, (i, r), t in sel["pairs"]():
            if total == float("-inf") or (going >= self.per_prompt and passed >= self.top and total < last - eps):
                break
            if r in excluded:
                continue
            ends = t in _EOS_SET
            if going >= self.per_prompt and not ends:
                passed, last = passed + 1, total  # below the beams: never goes on, left as it is
                continue
            ok = memo.get((r, t))
            if ok is None:
                ok = sel["matchers"][r].validate_tokens([t]) == 1
                # the scope check: every pair the walk reaches (a question's beams are those pairs, so one
                # unchecked there can carry a name no table in scope has into all 16 answers)
                if ok and start is not None:
                    st = self.scope.state(keys[r], start)
                    if st.checkable:
                        ok = not self.scope.fails(st, t)
                memo[(r, t)] = ok
            if ok and r not in best:  # (a pair masked below as a repeat, letter case aside, counts as valid here)
                best[r] = (sel["best_v"][i] - (total - sel["cum"][r]), t)
            if ok and folds is not None:
                key = folds.pair(keys[r], t, ends)
                ok = key not in seen
                seen.add(key)
            if not ok:
                lazy.setdefault(r, []).append(t)
                continue
            lazy.setdefault(r, [])
            good.setdefault(r, []).append(t)
            if not ends:
                nxt.setdefault(keys[r], {})[t] = total
                going += 1
            passed, last = passed + 1, total
        return going >= self.per_prompt, good

    def __call__(self, input_ids, scores):
        import llguidance
        import llguidance.torch
        import numpy as np
        import torch

        t0 = time.perf_counter()
        rows = input_ids.shape[0]
        ahead = self._advance_predicted()  # (greedy) while the step's forward still runs on the device
        hists = self._hists(input_ids, ahead)
        # the model's own end-of-turn score, for a row that gives up (beam search ranks it with it)
        eos_before = scores[:, EOS_IDS[-1]].clone() if self.limit is not None else None
        states, active, stop_rows, free = {}, [], [], []
        row_key: dict[int, tuple[int, Hist]] = {}  # every constrained row still going
        same: list[tuple[int, int]] = []  # (row, earlier row with the same history): one mask for both
        first_row: dict[tuple, int] = {}
        live = []
        for r in range(rows):
            prompt, hist = self._of[r], hists[r]
            if hist is None:  # no grammar, or ended before
                continue
            if hist.ended:  # a finished row (greedy pads it after its EOS): leave it alone
                if self.per_prompt == 1:  # (its row stays its own: not looked at again)
                    self.ended.add(r)
                continue
            live.append((r, (prompt, hist)))
        children = Counter((p, h[:-1]) for p, h in {key for _, key in live} if h)
        for r, key in live:
            prompt, hist = key
            row_key[r] = key
            if key in first_row:
                same.append((r, first_row[key]))
                continue
            first_row[key] = r
            m = states.get(key)
            if m is None:
                guess = ahead.get(r)
                if guess is None:
                    m = self._state(prompt, hist, children)
                elif guess[0] == hist:
                    m = guess[1]
                else:  # the row took another token than predicted (a tie): its matcher moved on wrongly
                    m = self._replay(prompt, hist)
                    self.owner._stats["mispredicted"] += 1
            states[key] = m
            if hit_limit(m):
                free.append(r)
                continue  # unconstrained from here on (counted when it happened, below)
            if m.is_error() or m.is_stopped():
                # stopped: the query is complete and nothing may follow. error: a row beam search keeps with
                # a -inf score after its allowed tokens ran out (never chosen); either way only EOS.
                stop_rows.append(r)
                self.owner._stats["stopped_rows"] += 1
            elif self.limit is None and hist.n >= LOOP_SPAN and hist.n % LOOP_CHECK == 0 and repeats(hist):
                # no give-up limit (--complete-failed's last try): a row caught in a cycle would run on to its
                # token budget with no query at the end; it ends now, as one that gives up does
                stop_rows.append(r)
                self.owner._stats["loops_ended"] += 1
            else:
                active.append((m, r))
        self.states = states
        vocab = scores.shape[1]
        n_words = (vocab + 31) // 32
        mask = None
        for view in (self.scope, self.folds):
            if view is not None:
                view.begin()
        lazy: dict[int, list[int]] = {}  # row -> its tokens to mask, for rows that need no full mask
        only: dict[int, list[int]] = {}  # beam row -> the only tokens it may take (_lazy)
        best: dict[int, tuple[float, int]] = {}  # row -> (deficit, best valid token), for those rows
        picks: dict[int, dict] = {}  # beam search: a question's pairs, checked best first (_select)
        self._next_cum = {}
        if self.top and active:
            picked_lazy, picked_only, picked_best = {}, {}, {}
            if self.beam:
                active, picked_lazy, picked_only, picked_best, picks = self._select(active, scores, row_key)
                self.owner._stats["picked_rows"] += len(picked_lazy) + len(picked_only)
            active, lazy, only, best = self._lazy(active, scores, row_key) if active else ([], {}, {}, {})
            # rows by their own checks (the question walk's rows are picked_rows), one a history
            self.owner._stats["lazy_rows"] += len(lazy)
            self.owner._stats["only_rows"] += len(only)
            lazy.update(picked_lazy)
            only.update(picked_only)
            best.update(picked_best)
            for r, src in same:
                if src in lazy:
                    lazy[r] = lazy[src]
                elif src in only:
                    only[r] = only[src]
                if src in best:  # (a picked row no pair reached has none)
                    best[r] = best[src]
            same = [(r, src) for r, src in same if src not in lazy and src not in only]
        if active:
            mask = torch.full((rows, n_words), -1, dtype=torch.int32)
            llguidance.torch.fill_next_token_bitmask_par(self._executor(), active, mask)
            for m, r in active:
                if hit_limit(m):  # its mask would allow only EOS: leave the row free instead of cutting it
                    mask[r] = -1
                    self.owner._stats["limit_rows"] += 1
            for r, src in same:
                mask[r] = mask[src]
            active += [(None, r) for r, src in same if any(a == src for _, a in active[:])]
        stop_rows += [r for r, src in same if src in stop_rows]
        t1 = time.perf_counter()
        if lazy:
            out_rows = [r for r, bad in lazy.items() for _ in bad]
            if out_rows:
                scores[out_rows, [t for bad in lazy.values() for t in bad]] = float("-inf")
        keep_only(scores, only)
        before = rows_on = None  # the full rows' best scores before their mask (for their deficits)
        if mask is not None:
            rows_on = sorted({r for _, r in active})
            if self.tracking:
                before = (scores if rows_on == list(range(rows)) else scores[rows_on]).amax(dim=1)
            words = mask[rows_on]
            dead = (words == 0).all(dim=1).numpy()  # no token allowed: stop the row below
            blocked = blocked_tokens(words, vocab, scores.device)
            tok_vocab = self.owner.ll_tokenizer.vocab_size
            if tok_vocab < vocab:  # model rows beyond the tokenizer: never allowed
                blocked[:, tok_vocab:] = True
            if rows_on == list(range(rows)):
                scores.masked_fill_(blocked, float("-inf"))
            else:
                scores[rows_on] = scores[rows_on].masked_fill(blocked, float("-inf"))
            for k in np.flatnonzero(dead).tolist():
                stop_rows.append(rows_on[k])
                self.owner._stats["dead_ends"] += 1
        t_scope = time.perf_counter()
        if self.scope is not None and (mask is not None or free):
            # rows past the parser limit (free of the grammar) still have their names checked
            stopped = set(stop_rows)
            scoped = [(r, row_key[r], self.grammars[self._of[r]].scope)
                      for r in [r for _, r in active] + free
                      if r not in stopped and self.grammars[self._of[r]].scope]
            self.owner._stats["scope_masked"] += self.scope.apply(scores, scoped)
            self.owner._stats["scope_exhausted"] += self.scope.exhausted
        for view in (self.scope, self.folds):
            if view is not None:
                view.end()
        t_scope = time.perf_counter() - t_scope
        gave_up: list[int] = []
        if self.tracking and row_key:
            deficits = {r: d for r, (d, _) in best.items()}
            chosen = {r: t for r, (_, t) in best.items()} if self.traced else {}
            if before is not None:
                on = scores if rows_on == list(range(rows)) else scores[rows_on]
                deficits.update(zip(rows_on, (before - on.amax(dim=1)).tolist()))
                if self.traced:
                    chosen.update(zip(rows_on, on.argmax(dim=1).tolist()))
            if self.traced and free:
                chosen.update(zip(free, scores[free].argmax(dim=1).tolist()))
            gave_up = self._track(input_ids, row_key, deficits, chosen, set(stop_rows))
        if stop_rows:
            only_end(scores, stop_rows, scores[stop_rows, EOS_IDS[-1]].clone())
        if gave_up:
            only_end(scores, gave_up, eos_before[gave_up])
            # a row that gave up no longer offers its valid pairs: its question's next best ones are checked
            # (the rows' deficits stay as first counted)
            extra: dict[int, list[int]] = {}
            out, kept = set(gave_up), {}
            for p in sorted({self._of[r] for r in gave_up} & picks.keys()):
                done, good = self._walk(p, picks[p], out, extra, {})
                if not done:  # as in _select: the question's rows keep only the valid pairs found
                    kept.update({r: good.get(r, []) for r in picks[p]["rows"] - out})
            rs = [r for r, bad in extra.items() for _ in bad if r not in out]
            if rs:
                scores[rs, [t for r, bad in extra.items() if r not in out for t in bad]] = float("-inf")
            keep_only(scores, kept)
        if self.beam:
            self._record_cum(scores, row_key, picks, set(stop_rows))
        if self.predict:
            ends = set(stop_rows) | set(gave_up)
            self._predicted = {r: t for r, (_, t) in best.items() if r in lazy and r not in ends}
            self._row_hists = hists
        t2 = time.perf_counter()
        st = self.owner._stats
        st["steps"] += 1
        st["rows"] += len(active)
        st["mask_s"] += t1 - t0
        st["apply_s"] += t2 - t1 - t_scope
        st["scope_s"] += t_scope
        return scores

    def _advance_predicted(self) -> dict[int, tuple[Hist, Any]]:
        """Greedy rows whose next token the last step's checks found: {row: (its history, its matcher moved on
        by that token)}. Done before the step's tokens are read from the device, which waits for the forward
        (queued before the processor is called), so the matchers' work overlaps the device's; a row that took
        another token (equal scores) is replayed in __call__."""
        ahead, moves = {}, []
        for r, t in self._predicted.items():
            up = self._row_hists[r]
            m = self.states.get((r, up))
            if m is not None and not m.is_error() and not m.is_stopped():
                moves.append((m, t))  # in place: a greedy row never branches
                ahead[r] = (Hist(up, t), m)
        self._predicted = {}
        # a move costs about what a check does (24 against 19 us on a CPU) and 1,024 rows' moves one after another
        # could outlast the forward they overlap: llguidance can make them on its threads
        if moves and MOVES_IN_PARALLEL:
            self._executor().consume_token_par(moves)
        else:
            for m, t in moves:
                m.consume_token(t)
        return ahead

    def _hists(self, input_ids, ahead: dict[int, tuple[Hist, Any]]) -> list:
        """Each row's history (Hist; None for a row with no grammar or that ended): last step's node of its
        prompt advanced by the row's last token, found by the sums the device computes (beam search reorders and
        duplicates rows); `ahead`'s node where the row took the predicted token; a history never seen (a caller
        that starts mid-answer) is built from the row's tokens."""
        rows, n = input_ids.shape[0], input_ids.shape[1] - self.prompt_length
        grammars, skip, pp = self.grammars, self.ended, self.per_prompt
        # each row's prompt (an index into grammars), read by the rest of this step
        of = self._of = [r // pp for r in range(rows)] if self.live is None else \
            [self.live[r // pp] for r in range(rows)]
        looked = [r not in skip and of[r] < len(grammars) and grammars[of[r]] is not None for r in range(rows)]
        if n <= 0:
            self._nodes = {(of[r], 0, 0, 0): Hist.ROOT for r in range(rows)}
            return [Hist.ROOT if looked[r] else None for r in range(rows)]
        known, nodes, out = self._nodes, {}, [None] * rows
        w = weights(n)
        w1, w2 = w[0][n - 1], w[1][n - 1]
        t0 = time.perf_counter()
        read = Hist.read(input_ids[:, self.prompt_length:])  # (waits for the step's forward on a GPU)
        self.owner._stats["read_s"] += time.perf_counter() - t0
        for r, (s1, s2, last) in enumerate(read):
            prompt = of[r]
            if not looked[r]:
                continue
            key = (prompt, n, s1, s2)
            h = nodes.get(key)
            if h is None:
                guess = ahead.get(r)
                if guess is not None and guess[0].s1 == s1 and guess[0].s2 == s2:
                    h = guess[0]
                else:
                    up = known.get((prompt, n - 1, s1 - last * w1 % MODULUS, s2 - last * w2 % MODULUS))
                    h = Hist(up, last, s1, s2) if up is not None else Hist.of(
                        input_ids[r, self.prompt_length:].tolist())
                nodes[key] = h
            out[r] = h
        self._nodes = nodes
        return out

    def _beam_score(self, key: tuple[int, Hist]) -> float | None:
        """A row's beam score as transformers has it (recorded the step before), or None where unknown."""
        prompt, hist = key
        return 0.0 if not hist else self.cum.get((prompt, hist[:-1]), {}).get(hist[-1])

    def _record_cum(self, scores, row_key: dict, picks: dict, stopped: set) -> None:
        """The beam scores of the next step's rows: a picked question's valid pairs were recorded as they were
        found (_walk); the other rows (their own masks, free past the parser limit) give their `top` best."""
        others, cum = [], []
        picked = set().union(*(sel["rows"] for sel in picks.values())) if picks else set()
        for r, key in row_key.items():
            if r in picked or r in stopped or key in self._next_cum:
                continue
            c = self._beam_score(key)
            if c is not None:
                others.append(r)
                cum.append(c)
        if others:
            vals, ids = scores[others].topk(min(self.top, scores.shape[1]), dim=1)
            for r, c, vs, ts in zip(others, cum, vals.tolist(), ids.tolist()):
                self._next_cum[row_key[r]] = {t: c + v for v, t in zip(vs, ts) if v != float("-inf")}
        self.cum = self._next_cum

    def _track(self, input_ids, row_key: dict, deficits: dict[int, float], chosen: dict[int, int],
               stopped: set[int]) -> list[int]:
        """Adds each row's deficit of this step to its history's total and returns the rows that give up now
        (their total went past the limit; rows that stop anyway do not count). Traced greedy rows leave their
        per-step deficits and their tokens so far, this step's included, in the owner's Notes."""
        totals: dict[tuple, tuple[float, tuple]] = {}
        given: set[tuple] = set()
        for r, key in row_key.items():
            if key in totals:  # (beams with the same history: one total)
                continue
            prompt, hist = key
            total, trace = self.totals.get((prompt, hist[:-1]), (0.0, ())) if hist else (0.0, ())
            d = deficits.get(r, 0.0) if r not in stopped else 0.0
            d = min(d, DEFICIT_CAP) if d > 0 else 0.0  # (float noise below 0; nan)
            total += d
            if self.traced:
                trace += (round(d, 3),)
            totals[key] = (total, trace)
            if self.limit is not None and total > self.limit and r not in stopped:
                given.add(key)
                self.owner._stats["gave_up_rows"] += 1
                text = self.owner.tokenizer.decode(list(hist), skip_special_tokens=True)
                self.owner.notes.add(self._prompt(input_ids, prompt), text,
                                     gave_up=give_up_message(total, self.limit))
        self.totals = totals
        gave_up = sorted(r for r, key in row_key.items() if key in given)
        if self.traced:
            for r, (prompt, hist) in row_key.items():
                token = EOS_IDS[-1] if r in stopped or (prompt, hist) in given else chosen.get(r)
                if token is not None:
                    self.owner.notes.pend((self.serial, r), self._prompt(input_ids, prompt), hist + (token,),
                                          totals[(prompt, hist)][1])
        return gave_up

    def _prompt(self, input_ids, prompt: int) -> tuple[int, ...]:
        if prompt not in self._prompt_ids:
            group = prompt if self.live is None else self.live.index(prompt)
            self._prompt_ids[prompt] = unpadded(input_ids, group * self.per_prompt, self.prompt_length,
                                                self.owner.tokenizer.pad_token_id)
        return self._prompt_ids[prompt]
