"""Beam search that drops a question from the batch once its beams have ended.

transformers' beam search (`model.generate(num_beams=N, early_stopping=True)`) keeps every question of a batch
decoding until the last one has its N finished beams: on Spider dev at 64 questions a batch, 72 % of the rows'
steps belonged to questions already done (docs/BENCHMARKS.md, from the lengths of their answers). Here the
same search (the same scores, the same choice of continuations and finished beams, length penalty 1) removes a
question's rows, their KV cache and their mask once its N beams have ended, so each step costs the questions
still open. Its answers equal generate's (tests/test_beams.py, float32 on a CPU). sqltune.decoding.compact_beams
says where it is used instead of generate (by default wherever the model has a device).

A constraint's logits processor (sqltune.constrain_processor) keeps working: it is told which prompt each group
of N rows belongs to (`processor.live`).
"""

from __future__ import annotations

from typing import Any

NEG = -1.0e9  # transformers' "never": added to the scores of continuations that may not be taken
# --beam-stop-ratio's floor: a question never stops early before this many new tokens. On two held-out trainings'
# saved 16 constrained candidates no kept answer changed at 96 (at 48 five to seven did: a short first answer
# said little of how long a right one is); the longest gold query of Spider train is 190 tokens.
STOP_FLOOR = 96


def beam_search(model, input_ids, attention_mask, num_beams: int, max_new_tokens: int, eos_ids: list[int],
                processor=None, cache=None, max_time: float | None = None, stop_ratio: float = 0.0,
                stop_floor: int = STOP_FLOOR, distinct=None) -> tuple[list[list[list[int]]], list[list[float]]]:
    """The `num_beams` best finished continuations (new tokens, end token included where there is one) of each
    left-padded prompt, best first, and their scores: the mean log-probability of a new token, end token included
    (length penalty 1; generate's `sequences_scores`), under the processor's masks where there is one. `cache`:
    the KV cache of every prompt but its last token, already repeated for the beams (Generator._prompt_cache), or
    held once a question (a shared_prompt.SharedPromptCache); None computes the whole prompt for each beam.
    max_time: seconds after which every beam ends at the next step, as generate's max_time does (serve's time
    limit). stop_ratio (0: never): a question also stops once it has decoded stop_ratio times as many new tokens as
    its shortest ended beam (and at least stop_floor), with the beams that have ended by then (fewer than
    num_beams): a batch runs as many steps as its longest question, and the longest are mostly beams that never
    end well (--beam-stop-ratio, docs/BENCHMARKS.md). distinct (a tokenizer; None: off): a beam that ends with
    the SQL of a question's beam that ended before (as answers.clean_sql keeps it: another tokenization, the other
    end token, other spaces, what follows a ';') does not take a place, the better scored of the two kept
    (--beam-distinct)."""
    import contextlib

    from .shared_prompt import SharedPromptCache, attention

    shared = isinstance(cache, SharedPromptCache)  # (its forward takes the cache as its mask, under its attention)
    with attention(model) if shared else contextlib.nullcontext():
        return _search(model, input_ids, attention_mask, num_beams, max_new_tokens, eos_ids, processor, cache,
                       max_time, shared, stop_ratio, stop_floor, distinct)


def _search(model, input_ids, attention_mask, num_beams, max_new_tokens, eos_ids, processor, cache, max_time,
            shared: bool, stop_ratio: float, stop_floor: int, distinct=None):
    import time

    import torch

    b, p = input_ids.shape
    k, dev = num_beams, input_ids.device
    keep_k = max(2, 1 + len(eos_ids)) * k  # continuations looked at a step, as transformers does
    max_len = p + max_new_tokens
    eos = torch.tensor(eos_ids, device=dev)
    first_k = torch.arange(keep_k, device=dev) < k  # only these may end a beam (transformers' top_num_beam_mask)

    seqs = torch.full((b, k, max_len), eos_ids[0], dtype=torch.long, device=dev)  # running beams
    seqs[:, :, :p] = input_ids[:, None, :]
    run_scores = torch.zeros((b, k), device=dev)
    run_scores[:, 1:] = NEG  # at the first step only beam 0 counts (the beams are copies of the prompt)
    done_seqs = seqs.clone()  # finished beams, best first
    done_scores = torch.full((b, k), NEG, device=dev)
    finished = torch.zeros((b, k), dtype=torch.bool, device=dev)
    done_len = torch.zeros((b, k), dtype=torch.long, device=dev)  # the finished beams' new tokens
    live = torch.arange(b, device=dev)  # the original question of each row group still decoding
    out: list[Any] = [None] * b  # each question's (beams' tokens, their scores)
    texts: list[list[str | None]] = [[None] * k for _ in range(b)]  # (distinct) the finished beams' texts

    mask = attention_mask.repeat_interleave(k, dim=0)
    if cache is None:
        step_ids, positions = input_ids.repeat_interleave(k, dim=0), (mask.cumsum(-1) - 1).clamp(min=0)
    else:
        step_ids, positions = input_ids[:, -1:].repeat_interleave(k, dim=0), mask.sum(-1, keepdim=True) - 1
    cur, start = p, time.monotonic()
    while True:
        step = model(input_ids=step_ids, attention_mask=cache.masks() if shared else mask, position_ids=positions,
                     cache=cache, use_cache=True, logits_to_keep=1)
        cache = step.cache
        log_probs = torch.nn.functional.log_softmax(step.logits[:, -1, :].float(), dim=-1)
        del step  # (the step's logits: 1 GB of float32 at 1,024 rows)
        n, vocab = run_scores.shape[0], log_probs.shape[-1]
        if processor is not None:
            processor.live = live.tolist()
            log_probs = processor(seqs[:, :, :cur].reshape(n * k, cur), log_probs)
        totals = (log_probs.view(n, k, vocab) + run_scores[:, :, None]).view(n, k * vocab)
        top_scores, top_idx = totals.topk(keep_k, dim=1)
        from_beam, tokens = top_idx // vocab, top_idx % vocab
        cand = seqs.gather(1, from_beam[:, :, None].expand(-1, -1, max_len))
        cand[:, :, cur] = tokens
        out_of_time = bool(max_time) and time.monotonic() - start > max_time
        ends = torch.isin(tokens, eos) | (cur + 1 >= max_len or out_of_time)

        # the beams that go on: the k best continuations that do not end
        going = top_scores + ends.float() * NEG
        nxt = going.topk(k, dim=1).indices
        seqs, run_scores = cand.gather(1, nxt[:, :, None].expand(-1, -1, max_len)), going.gather(1, nxt)
        rows = (torch.arange(n, device=dev)[:, None] * k + from_beam.gather(1, nxt)).view(-1)

        # the beams that end: among the k best, scored by length (penalty 1), merged with those ended before
        ended_now, by_length, new_texts = ends & first_k[None, :], top_scores / (cur + 1 - p), None
        if distinct is not None and bool(ended_now.any()):
            ended_now, new_texts = _first_of_each_text(distinct, cand[:, :, p:cur + 1], by_length, ended_now, texts,
                                                       done_scores, finished)
        # (no question here is full yet: a full one left the batch at the end of the step that filled it)
        end_scores = by_length + (~ended_now).float() * NEG
        merged = torch.cat((done_scores, end_scores), dim=1)
        best = merged.topk(k, dim=1).indices
        if new_texts is not None:  # (the texts follow their beams into the kept places)
            texts = [[(old + new)[i] for i in row] for old, new, row in zip(texts, new_texts, best.tolist())]
        done_scores = merged.gather(1, best)
        done_seqs = torch.cat((done_seqs, cand), dim=1).gather(1, best[:, :, None].expand(-1, -1, max_len))
        finished = torch.cat((finished, ended_now), dim=1).gather(1, best)
        if stop_ratio:
            done_len = torch.cat((done_len, torch.full_like(tokens, cur + 1 - p)), dim=1).gather(1, best)
        cur += 1

        full = finished.all(-1)
        if stop_ratio:  # (a beam that ended on a ruled-out token, score -inf, says nothing of the answer's length)
            real = finished & (done_scores > NEG / 2)
            shortest = done_len.masked_fill(~real, max_len).min(-1).values
            full |= real.any(-1) & (cur - p >= (shortest * stop_ratio).clamp(min=stop_floor))
        if cur >= max_len or out_of_time or bool(full.all()):
            break
        if bool(full.any()):  # questions done: their answers are final, their rows leave the batch
            for q in full.nonzero().view(-1).tolist():  # (as lists: a view would keep the whole batch's tensor)
                out[int(live[q])] = _ended(done_seqs[q, :, p:cur], done_scores[q], finished[q])
            stay = (~full).nonzero().view(-1)
            live, seqs, run_scores = live[stay], seqs[stay], run_scores[stay]
            done_seqs, done_scores, finished = done_seqs[stay], done_scores[stay], finished[stay]
            done_len, texts = done_len[stay], [texts[i] for i in stay.tolist()]
            rows = rows.view(n, k)[stay].view(-1)
        cache.reorder_cache(rows)
        mask = torch.cat((mask[rows], mask.new_ones((rows.shape[0], 1))), dim=1)
        positions = positions[rows][:, -1:] + 1
        step_ids = seqs[:, :, cur - 1].reshape(-1, 1)
    for q, question in enumerate(live.tolist()):
        out[question] = _ended(done_seqs[q, :, p:cur], done_scores[q], finished[q])
    return [[_until_end(row, eos_ids) for row in beams] for beams, _ in out], [scores for _, scores in out]


def _first_of_each_text(tokenizer, tokens, scores, ended, texts: list, done_scores, finished):
    """Of the beams ending this step, those whose text a finished beam of their question has (or a better one
    ending with them) no longer end; where the new one scores better, the finished one gives up its place. Returns
    the ending beams and their texts (None where none), a question's row each; done_scores and finished are
    changed in place."""
    from .answers import clean_sql
    from .sql_case import sql_key

    keep, new_texts = ended.clone(), [[None] * ended.shape[1] for _ in range(ended.shape[0])]
    rows, cols = ended.nonzero(as_tuple=True)
    kept_scores = done_scores.tolist()
    for q, j, toks, score in zip(rows.tolist(), cols.tolist(), tokens[rows, cols].tolist(),
                                 scores[rows, cols].tolist(), strict=True):
        # the candidate as it is kept, letter case aside (the constraint's processor masks such repeats among a
        # step's continuations; this catches one that ends after a better one ended)
        text = sql_key(clean_sql(tokenizer.decode(toks, skip_special_tokens=True)))
        if text in new_texts[q]:  # (the columns come best first: the earlier one scores better)
            keep[q, j] = False
            continue
        if text in texts[q]:
            slot = texts[q].index(text)
            if kept_scores[q][slot] >= score:
                keep[q, j] = False
                continue
            done_scores[q, slot], finished[q, slot], texts[q][slot] = NEG, False, None
        new_texts[q][j] = text
    return keep, new_texts


def _ended(seqs, scores, finished) -> tuple[list[list[int]], list[float]]:
    """A question's finished beams (all of them unless it stopped early) and their scores, best first."""
    keep = finished.tolist()
    return ([s for s, f in zip(seqs.tolist(), keep) if f],
            [c for c, f in zip(scores.tolist(), keep) if f])


def _until_end(tokens: list[int], eos_ids: list[int]) -> list[int]:
    """A finished beam's tokens up to and with its end token (the rest is filler)."""
    for i, t in enumerate(tokens):
        if t in eos_ids:
            return tokens[:i + 1]
    return tokens
