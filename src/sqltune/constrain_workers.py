"""Constrained greedy decoding with the per-row checks in worker processes (`--constrain-workers N`).

In one process the constraint's host work of a greedy step (each row's matcher moved on by its token, the
one-token checks of its best tokens against the grammar and the scope) runs on the decoding thread after the
forward, which is itself host-bound on a GPU: ~27 ms of a 90 ms step for Spider dev in one batch on an H200
(docs/BENCHMARKS.md). Here the rows are dealt to N processes (row r to worker r % N), each owning its rows'
llguidance matchers and scope states. A step sends each worker its rows' last tokens and best 20 scores; the
worker answers each row (its tokens to mask and its best valid token; or that it needs a full mask, is
stopped, or is past llguidance's limits), then moves the row on to that best token at once, while the decoding
process applies the masks and runs the next forward. Rows that need a full mask (or that the grammar no longer
holds) send their whole scores row to their worker, which masks it exactly as `constrain_processor.Processor`
would and sends it back. The answers are the same as in one process (tests/test_constrain_workers.py).

Greedy rows only (beam search reorders and copies rows between steps; sampling masks every row). Workers are
started once per vocabulary and kept for the process's life. Each builds llguidance's view of the tokenizer
(seconds), so `load_generator` starts them as soon as the tokenizer is loaded, and the first step, not the
start, waits for them to be ready: they get ready while the model loads.
"""

from __future__ import annotations

import atexit
import itertools
import multiprocessing
import pickle
import threading
import time
import traceback
import weakref

from .constrain_masks import blocked_tokens, hit_limit, one_token_checks, only_end
from .constrain_notes import give_up_message, unpadded
from .constrain_processor import DEFICIT_CAP
from .errors import SqltuneError
from .row_history import EOS_IDS

_EOS_SET = frozenset(EOS_IDS)
_TOP = 20  # the best tokens a row's one-token checks look at (constrain_processor.Processor._lazy: 4 x 1 + 16)
_POOLS: dict[tuple[str, int], Pool] = {}
_POOLS_LOCK = threading.Lock()
_KEYS = itertools.count(1)


def pool_for(tokenizer, workers: int) -> Pool:
    """The running pool of `workers` processes for this vocabulary, started on first use."""
    from .scope_filter import vocab_key

    key = (vocab_key(tokenizer), workers)
    with _POOLS_LOCK:
        if key not in _POOLS:
            _POOLS[key] = Pool(tokenizer, workers)
        return _POOLS[key]


def _dropped(key: int) -> None:
    """A grammar was freed in the decoding process: every pool's workers drop their copy."""
    for pool in list(_POOLS.values()):
        pool.dropped.append(key)


class Pool:
    """`n` worker processes, each on its own pipe. One step at a time uses them (a lock)."""

    def __init__(self, tokenizer, n: int):
        from .constrain_matchers import ll_source
        from .scope_filter import token_texts

        ctx = multiprocessing.get_context("spawn")  # (fork is unsafe once CUDA or llguidance threads run)
        # what a worker needs of the tokenizer: llguidance's source and the token texts (no transformers there)
        blob = pickle.dumps((ll_source(tokenizer), token_texts(tokenizer)))
        self.conns, self.procs, self.sent = [], [], []
        self.lock = threading.Lock()
        # processors gone (their rows) and grammars gone (their compiled copies): dropped with the next "open";
        # the lists are changed in place only (the finalizers that fill them hold them)
        self.closed: list[int] = []
        self.dropped: list[int] = []
        self.starting = [True] * n  # a worker's answer to "init" is read before its first other answer
        try:
            for i in range(n):
                here, there = ctx.Pipe()
                p = ctx.Process(target=_serve, args=(there,), name=f"sqltune-constrain-{i}", daemon=True)
                p.start()
                there.close()
                self.conns.append(here)
                self.procs.append(p)
                self.sent.append(set())  # grammar keys that worker holds
        except BaseException:
            self.stop()
            raise
        atexit.register(self.stop)
        # a send blocks until its worker has started and reads it: the tokenizer goes from a thread, so the
        # caller (loading the model meanwhile) does not wait; the first use waits for it (_started)
        self._init_error: BaseException | None = None
        self._init = threading.Thread(target=self._send_init, args=(blob,), name="sqltune-constrain-init",
                                      daemon=True)
        self._init.start()

    def _send_init(self, blob: bytes) -> None:
        try:
            for c in self.conns:
                c.send(("init", blob))
        except BaseException as e:  # noqa: BLE001  (raised where the pool is first used)
            self._init_error = e

    def _started(self) -> None:
        if self._init is not None:
            self._init.join()
            self._init = None
            if self._init_error is not None:
                raise SqltuneError(f"constraint workers did not start ({self._init_error}); run again, or use "
                                   "--constrain-workers 0")

    @property
    def n(self) -> int:
        return len(self.conns)

    def send(self, i: int, msg: tuple) -> None:
        self._started()
        try:
            self.conns[i].send(msg)
        except (BrokenPipeError, EOFError, OSError) as e:
            raise SqltuneError(f"constraint worker {i} is gone ({e}); run again, or use --constrain-workers 0") from e

    def _answer(self, i: int):
        self._started()
        if self.starting[i]:
            self.starting[i] = False
            self._answer(i)  # ready
        try:
            kind, payload = self.conns[i].recv()
        except (EOFError, OSError) as e:
            raise SqltuneError(f"constraint worker {i} stopped ({e}); run again, or use --constrain-workers 0") from e
        if kind == "error":
            raise SqltuneError(f"constraint worker {i} failed: {payload}")
        return payload

    def ask(self, msgs: dict[int, tuple], stats: dict | None = None) -> dict[int, object]:
        """Sends each worker its message, then reads every answer (the workers run meanwhile); the time spent
        waiting for the first answer and reading them all goes to stats["wait_s"]."""
        t0 = time.perf_counter()
        try:
            for i, msg in msgs.items():
                self.send(i, msg)
            t0 = time.perf_counter()
            out = {i: self._answer(i) for i in msgs}
        except BaseException:
            # a worker failed or the run was interrupted: answers may be left unread in the pipes, so this pool
            # is done; the next batch starts another
            self.retire()
            raise
        if stats is not None:
            stats["wait_s"] += time.perf_counter() - t0
        return out

    def retire(self) -> None:
        with _POOLS_LOCK:
            for key in [k for k, p in _POOLS.items() if p is self]:
                del _POOLS[key]
        self.stop()

    def stop(self) -> None:
        atexit.unregister(self.stop)
        init = getattr(self, "_init", None)
        if init is not None:  # (its sends and these must not interleave on a pipe)
            init.join(timeout=30)
        for c in self.conns if init is None or not init.is_alive() else ():
            try:
                c.send(("stop", None))
                c.close()
            except OSError:
                pass
        for p in self.procs:
            p.join(timeout=2)
            if p.is_alive():
                p.terminate()


class WorkerProcessor:
    """A greedy batch's logits processor whose checks run in a Pool (the module's docstring). Same interface as
    constrain_processor.Processor for greedy rows: one row a prompt, row r keeps prompt r."""

    def __init__(self, owner, grammars: list, prompt_length: int, pool: Pool):
        self.owner, self.grammars, self.prompt_length, self.pool = owner, list(grammars), prompt_length, pool
        self.serial, self.limit, self.live = next(_KEYS), owner.max_deficit, None
        self.ended: set[int] = set()
        self.totals: dict[int, float] = {}
        self._prompt_ids: dict[int, tuple[int, ...]] = {}
        self.rows = [r for r, g in enumerate(self.grammars) if g is not None]
        msgs = {}
        with pool.lock:
            closed, dropped = pool.closed[:], pool.dropped[:]
            del pool.closed[:len(closed)], pool.dropped[:len(dropped)]
            for i in range(pool.n):
                pool.sent[i].difference_update(dropped)
                mine = [r for r in self.rows if r % pool.n == i]
                defs = {}
                for r in mine:
                    g = self.grammars[r]
                    key = getattr(g, "_worker_key", None)
                    if key is None:
                        key = g._worker_key = next(_KEYS)
                        weakref.finalize(g, _dropped, key)
                    if key not in pool.sent[i]:
                        defs[key] = (g.lark, g.label, g.step_max_items, g.scope)
                        pool.sent[i].add(key)
                msgs[i] = ("open", (self.serial, [(r, self.grammars[r]._worker_key) for r in mine], defs, closed,
                                    dropped))
            pool.ask(msgs)
        weakref.finalize(self, pool.closed.append, self.serial)  # (pool.closed is never replaced)

    def __call__(self, input_ids, scores):
        import torch

        st = self.owner._stats
        t0 = time.perf_counter()
        n = input_ids.shape[1] - self.prompt_length
        last = None
        if n > 0:
            last = input_ids[:, -1].tolist()  # (waits for the step's forward on a GPU)
            st["read_s"] += time.perf_counter() - t0
            self.ended.update(r for r in self.rows if last[r] in _EOS_SET)
        live = [r for r in self.rows if r not in self.ended]
        if not live:
            return scores
        eos_before = scores[:, EOS_IDS[-1]].clone() if self.limit is not None else None
        t_top = time.perf_counter()
        on = scores if len(live) == scores.shape[0] else scores[live]  # (a copy only where rows ended)
        vals, ids = on.topk(min(_TOP, scores.shape[1]), dim=1)
        del on  # (a CPU frees the rows' copy here, not at the step's end)
        vals, ids = vals.float().cpu().numpy(), ids.cpu().numpy()
        st["topk_s"] += time.perf_counter() - t_top
        pool, by = self.pool, {}
        for k, r in enumerate(live):
            by.setdefault(r % pool.n, []).append(k)
        with pool.lock:
            answers = pool.ask({i: ("step", (self.serial, [(live[k], -1 if last is None else last[live[k]])
                                                            for k in ks], vals[ks], ids[ks]))
                                for i, ks in by.items()}, st)
            lazy, best, stop_rows, whole = {}, {}, [], {}
            for i, (rows, missed) in answers.items():
                st["mispredicted"] += missed
                for r, kind, data in rows:
                    if kind == "lazy":
                        lazy[r], best[r] = data
                    elif kind == "stop":
                        stop_rows.append(r)
                    else:  # "full" (every one of its best tokens fails) or "free" (past the parser's limits)
                        whole.setdefault(i, []).append((r, kind))
            st["lazy_rows"] += len(lazy)
            st["stopped_rows"] += len(stop_rows)
            before = {}
            if whole:
                # the rows' whole scores go to their workers, which mask them as the processor in one process does
                t_full = time.perf_counter()
                rs = [r for rows in whole.values() for r, _ in rows]
                full = [r for rows in whole.values() for r, kind in rows if kind == "full"]
                if self.limit is not None and full:  # (a free row's deficit is 0, as in one process)
                    before = dict(zip(full, scores[full].amax(dim=1).tolist()))
                cpu = scores[rs].float().cpu().numpy()
                at = {r: k for k, r in enumerate(rs)}
                done = pool.ask({i: ("whole", (self.serial, rows, cpu[[at[r] for r, _ in rows]]))
                                 for i, rows in whole.items()}, st)
                for rows in done.values():
                    for r, row, flags in rows:
                        scores[r] = torch.from_numpy(row).to(scores.device, scores.dtype)
                        if flags.get("dead_ends"):
                            stop_rows.append(r)
                        for name in ("dead_ends", "limit_rows", "scope_masked", "scope_exhausted", "rows"):
                            st[name] += flags.get(name, 0)
                st["scope_s"] += time.perf_counter() - t_full
        t1 = time.perf_counter()
        if lazy:
            out_rows = [r for r, bad in lazy.items() for _ in bad]
            if out_rows:
                scores[out_rows, [t for bad in lazy.values() for t in bad]] = float("-inf")
        gave_up = self._track(input_ids, scores, best, before, set(stop_rows)) if self.limit is not None else []
        if stop_rows:
            only_end(scores, stop_rows, scores[stop_rows, EOS_IDS[-1]].clone())
        if gave_up:
            only_end(scores, gave_up, eos_before[gave_up])
        t2 = time.perf_counter()
        st["steps"] += 1
        st["mask_s"] += t1 - t0
        st["apply_s"] += t2 - t1
        return scores

    def _track(self, input_ids, scores, best: dict, before: dict, stopped: set) -> list[int]:
        """Adds each row's deficit of this step to its total; returns the rows that give up now (as
        constrain_processor.Processor._track does for greedy rows)."""
        deficits = {r: d for r, (d, _) in best.items()}
        if before:
            rs = list(before)
            deficits.update(zip(rs, (b - a for b, a in zip(before.values(), scores[rs].amax(dim=1).tolist()))))
        gave_up = []
        for r in self.rows:
            if r in self.ended:
                continue
            d = deficits.get(r, 0.0) if r not in stopped else 0.0
            d = min(d, DEFICIT_CAP) if d > 0 else 0.0
            total = self.totals[r] = self.totals.get(r, 0.0) + d
            if total > self.limit and r not in stopped:
                gave_up.append(r)
                self.owner._stats["gave_up_rows"] += 1
                hist = input_ids[r, self.prompt_length:].tolist()
                text = self.owner.tokenizer.decode(hist, skip_special_tokens=True)
                self.owner.notes.add(self._prompt(input_ids, r), text, gave_up=give_up_message(total, self.limit))
        return gave_up

    def _prompt(self, input_ids, r: int) -> tuple[int, ...]:
        if r not in self._prompt_ids:
            self._prompt_ids[r] = unpadded(input_ids, r, self.prompt_length, self.owner.tokenizer.pad_token_id)
        return self._prompt_ids[r]


# ----------------------------------------------------------------------------------------------------------
# The worker's side


class _Row:
    """A greedy row in a worker: its matcher, its scope state (None: no scope check), its tokens, and the
    token it was moved on to ahead of the step that reads it (None: not moved)."""

    __slots__ = ("grammar", "m", "st", "prev_st", "tokens", "predicted")

    def __init__(self, grammar, st):
        self.grammar, self.m, self.st, self.prev_st = grammar, grammar.matcher(), st, None
        self.tokens: list[int] = []
        self.predicted: int | None = None


class _Worker:
    def __init__(self, blob: bytes):
        import torch

        from .constrain_matchers import ll_from_source
        from .scope_filter import Filter

        # one row at a time: torch's threads would only contend with the decoding process and the other workers
        # (oversubscribed, a top-k of one row took up to a second on 2 CPUs)
        torch.set_num_threads(1)

        source, texts = pickle.loads(blob)
        self.ll = ll_from_source(source)
        # as Processor's filter for greedy rows: the best allowed token checked until one passes
        self.scope = Filter(texts, greedy=True, top_k=256, eos_ids=EOS_IDS)
        self.grammars: dict[int, object] = {}
        self.rows: dict[tuple[int, int], _Row] = {}

    def open(self, serial: int, rows: list, defs: dict, closed: list, dropped: list) -> None:
        from .constrain_matchers import Grammar

        for gone in closed:
            for key in [k for k in self.rows if k[0] == gone]:
                del self.rows[key]
        for key in dropped:
            self.grammars.pop(key, None)
        for key, (lark, label, limits, scope) in defs.items():
            g = Grammar(lark, self.ll, label, limits)
            g.scope = scope
            self.grammars[key] = g
        for r, key in rows:
            g = self.grammars[key]
            self.rows[(serial, r)] = _Row(g, g.scope.feed("") if g.scope is not None else None)

    def _take(self, row: _Row, token: int) -> int:
        """Moves the row on by the token it took; 1 where that was not the one predicted (a tie)."""
        missed = 0
        if row.predicted is not None:
            if row.predicted == token:
                row.predicted = None
                return 0
            # moved on by another token: replay the matcher, and take the scope state from before the move
            row.m = row.grammar.matcher()
            row.m.consume_tokens(row.tokens[:-1])
            row.tokens.pop()
            row.st, row.predicted, missed = row.prev_st, None, 1
        self._advance(row, token)
        return missed

    def _advance(self, row: _Row, token: int) -> None:
        """The row's tokens, matcher (while it can move) and scope state moved on by `token`."""
        row.tokens.append(token)
        if not row.m.is_error() and not row.m.is_stopped():
            row.m.consume_token(token)
        if row.st is not None:
            row.st = self.scope._fed(row.st, token)

    def step(self, serial: int, rows: list, vals, ids):
        """Answers each row: ("lazy", (tokens to mask, (deficit, best valid token))), ("stop",), ("full",)
        or ("free",); then moves the lazy rows on to their best valid token."""
        out, missed, ahead = [], 0, []
        for (r, last), vs, ts in zip(rows, vals.tolist(), ids.tolist()):
            row = self.rows[(serial, r)]
            if last >= 0:
                missed += self._take(row, last)
            m = row.m
            if hit_limit(m):
                out.append((r, "free", None))
                continue
            if m.is_error() or m.is_stopped():
                out.append((r, "stop", None))
                continue
            st = row.st if row.st is not None and row.st.checkable else None
            bad, _, first = one_token_checks(m, st, self.scope, vs, ts, 1, 1)
            if first is None:
                out.append((r, "full", None))
            else:
                out.append((r, "lazy", (bad, first)))
                ahead.append((row, first[1]))
        return out, missed, ahead

    def move(self, ahead: list) -> None:
        """The lazy rows' matchers and scope states moved on to their best valid token, which greedy takes
        unless scores tie (then _take replays)."""
        for row, t in ahead:
            row.prev_st = row.st
            self._advance(row, t)
            row.predicted = t

    def whole(self, serial: int, rows: list, scores) -> list:
        """Masks rows' whole scores as Processor does: the grammar's mask (not for rows past the parser's
        limits), then the scope check of the best allowed tokens."""
        import llguidance.numpy
        import numpy as np
        import torch

        out = []
        vocab = scores.shape[1]
        for (r, kind), sc in zip(rows, torch.from_numpy(scores)):
            row, flags = self.rows[(serial, r)], {}
            if kind == "full":
                flags["rows"] = 1
                # (llguidance.numpy: its torch module loads torch.compile's machinery, seconds a process)
                words = llguidance.numpy.allocate_token_bitmask(1, self.ll.vocab_size)
                llguidance.numpy.fill_next_token_bitmask(row.m, words, 0)
                words = torch.from_numpy(np.ascontiguousarray(words))
                n = min(vocab, self.ll.vocab_size)
                blocked = torch.ones((1, vocab), dtype=torch.bool)  # (model rows past the tokenizer: never)
                if hit_limit(row.m):  # its mask would allow only EOS: the row is left free instead of cut
                    flags["limit_rows"] = 1
                    blocked[:, :n] = False
                elif (words == 0).all():
                    flags["dead_ends"] = 1
                    out.append((r, sc.numpy(), flags))
                    continue
                else:
                    blocked[:, :n] = blocked_tokens(words, vocab, sc.device)[:, :n]
                sc = sc.masked_fill(blocked[0], float("-inf"))
            st = row.st
            if st is not None and st.checkable:
                vs, ts = sc.topk(min(self.scope.top_k, vocab))
                bad = self.scope.judge(st, vs.tolist(), ts.tolist(), sc)
                if bad is None:
                    flags["scope_exhausted"] = 1
                elif bad:
                    sc[bad] = float("-inf")
                    flags["scope_masked"] = len(bad)
            out.append((r, sc.numpy(), flags))
        return out


def _serve(conn) -> None:
    """A worker's loop: one message in, one answer out ("ok", payload) or ("error", text)."""
    worker = None
    ahead: list = []
    while True:
        try:
            kind, payload = conn.recv()
        except (EOFError, OSError):
            return
        if kind == "stop":
            return
        try:
            if kind == "init":
                worker = _Worker(payload)
                conn.send(("ok", None))
                continue
            if kind == "open":
                worker.open(*payload)
                conn.send(("ok", None))
            elif kind == "step":
                out, missed, ahead = worker.step(*payload)
                conn.send(("ok", (out, missed)))
                if any(k in ("full", "free") for _, k, _ in out):
                    continue  # the "whole" message comes next: move on after it
            elif kind == "whole":
                conn.send(("ok", worker.whole(*payload)))
            elif kind == "held":  # the grammars and rows a worker holds
                conn.send(("ok", (sorted(worker.grammars), sorted(worker.rows))))
            worker.move(ahead)
            ahead = []
        except Exception as e:  # noqa: BLE001  (sent to the decoding process, which raises it there)
            where = traceback.extract_tb(e.__traceback__)[-1]
            conn.send(("error", f"{type(e).__name__}: {e} (at {where.name}, line {where.lineno})"))
