"""How well a candidate explains its question: log P(question | SQL) under a model trained with review rows
(`--review-rows`: each training row's SQL in, its question out). `--candidate-choice rerank` reads it as one more
feature where the model can review (its folder records review_rows), as coder-reviewer reranking does (Zhang et
al., 2022): a candidate that computes something else reads back as another question. Measured on held-out
databases in docs/BENCHMARKS.md."""

from __future__ import annotations

from collections.abc import Sequence

from .gpu_memory import halving_batches
from .prompts import review_conversation

BATCH = 64  # sequences a forward; a review sequence is ~80 tokens


def encode(tokenizer, sql: str, question: str) -> tuple[list[int], int]:
    """(token ids of the review prompt and the question, where the question starts). The question ends with
    <end_of_turn>, as the trainer's completion-only loss saw it; the template's last newline is left out."""
    prompt = tokenizer.apply_chat_template(review_conversation(sql), add_generation_prompt=True, tokenize=False)
    full = tokenizer.apply_chat_template(review_conversation(sql, question), tokenize=False).rstrip("\n")
    start = len(tokenizer(prompt, add_special_tokens=False)["input_ids"])
    return tokenizer(full, add_special_tokens=False)["input_ids"], start


_SQL, _QUESTION = "\x00sql\x00", "\x00question\x00"


def encode_all(tokenizer, pairs: Sequence[tuple[str, str]]) -> list[tuple[list[int], int]]:
    """encode() of each (question, sql) pair, the same ids: the chat template rendered once around stand-ins
    and the texts tokenized in two batched calls (per pair, the template and four tokenizer calls took 0.5 ms
    a pair on a 2-core CPU, host time that a constrained decoding waits on). Templates that do not simply place
    the texts (the stand-ins not found once each, or the first pair not as encode() makes it) take encode()."""
    if not pairs:
        return []
    shape = tokenizer.apply_chat_template(review_conversation(_SQL, _QUESTION), tokenize=False).rstrip("\n")
    prompt = tokenizer.apply_chat_template(review_conversation(_SQL), add_generation_prompt=True, tokenize=False)
    head, _, rest = shape.partition(_SQL)
    middle, _, tail = rest.partition(_QUESTION)
    if shape.count(_SQL) != 1 or shape.count(_QUESTION) != 1 or prompt != head + _SQL + middle:
        return [encode(tokenizer, sql, question) for question, sql in pairs]
    sqls = [sql.strip() for _, sql in pairs]
    fulls = [head + s + middle + q.strip() + tail for (q, _), s in zip(pairs, sqls, strict=True)]
    prompts = [head + s + middle for s in sqls]
    ids = tokenizer(fulls, add_special_tokens=False)["input_ids"]
    starts = [len(p) for p in tokenizer(prompts, add_special_tokens=False)["input_ids"]]
    out = list(zip(ids, starts, strict=True))
    if out[0] != encode(tokenizer, pairs[0][1], pairs[0][0]):
        return [encode(tokenizer, sql, question) for question, sql in pairs]
    return out


def scores(model, tokenizer, pairs: Sequence[tuple[str, str]], batch_size: int = BATCH) -> list[float]:
    """log P(question | sql) for each (question, sql) pair, summed over the question's tokens. Sequences are
    padded on the left, so every question ends at the last position and the output layer runs only over the
    longest question of a batch (a sixth of the positions); on a CPU with exact logits (sqltune.cpu), on a GPU
    with the decoding's attention kernels (sqltune.attention)."""
    from .attention import decoding_attention

    kernels = decoding_attention(model)  # (cuDNN's attention would build a graph for each batch's new width)
    seqs = encode_all(tokenizer, pairs)
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i][0]))
    device = next(model.parameters()).device
    pad = tokenizer.pad_token_id or 0
    out = [0.0] * len(seqs)
    # (beside a decoding batch's beams, or on a card another process shares, the forward may not fit)
    for start, stop, got in halving_batches(
            len(order), batch_size, lambda a, b: _batch(model, [seqs[i] for i in order[a:b]], pad, device, kernels),
            "review sequences", "out of GPU memory scoring one review sequence: free the GPU, or evaluate with "
            "--no-review-rows"):
        for i, v in zip(order[start:stop], got, strict=True):
            out[i] = v
    return out


def _batch(model, seqs: Sequence[tuple[list[int], int]], pad: int, device, kernels) -> list[float]:
    """One padded forward: each (ids, question start)'s summed log-probability of its question's tokens."""
    import torch

    from .attention import decoding_kernels
    from .cpu import exact_logits

    width = max(len(ids) for ids, _ in seqs)
    answer = max(len(ids) - start for ids, start in seqs)
    ids = torch.full((len(seqs), width), pad, dtype=torch.long)
    mask = torch.zeros((len(seqs), width), dtype=torch.long)
    for r, (row, _) in enumerate(seqs):
        ids[r, width - len(row):] = torch.tensor(row)
        mask[r, width - len(row):] = 1
    ids, mask = ids.to(device), mask.to(device)
    with torch.no_grad(), exact_logits(model), decoding_kernels(kernels):
        logits = model(input_ids=ids, attention_mask=mask, position_ids=(mask.cumsum(-1) - 1).clamp(min=0),
                       logits_to_keep=answer + 1).logits[:, :-1].float()
    # (the log-softmax at the question's own tokens only: no second vocabulary-wide tensor)
    got = logits.gather(-1, ids[:, width - answer:, None])[..., 0] - logits.logsumexp(-1)
    n = torch.tensor([len(row) - start for row, start in seqs], device=device)  # each question's tokens
    mine = torch.arange(answer, device=device) >= answer - n[:, None]  # ... the last n positions
    return got.where(mine, 0.0).sum(-1).tolist()  # (one copy from the GPU)


def for_choice(model, tokenizer, questions: Sequence[str], candidates: Sequence[Sequence[str]],
               runs: Sequence) -> list[dict[str, float] | None]:
    """Per question, the review score of each distinct candidate rerank chooses among (those that return a
    result: answers.is_result), where there are two or more; None elsewhere. One batched pass for all questions
    (runs are memoized: nothing runs twice)."""
    from .answers import is_result

    useful = [[s for s in dict.fromkeys(cs) if run is not None and is_result(run(s))] for cs, run in
              zip(candidates, runs, strict=True)]
    pairs = [(q, s) for q, u in zip(questions, useful, strict=True) if len(u) > 1 for s in u]
    got = dict(zip(pairs, scores(model, tokenizer, pairs), strict=True)) if pairs else {}
    return [{s: got[(q, s)] for s in u} if len(u) > 1 else None for q, u in zip(questions, useful, strict=True)]
