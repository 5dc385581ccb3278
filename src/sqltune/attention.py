"""`varlen` attention: each packed example attends only to itself, at the cost of its own length.

With padding-free packing TRL flattens a whole batch (8 rows of 1,536 tokens = 12k tokens) into one row and
marks the examples by position ids. `sdpa` then needs a dense 12k x 12k block-diagonal mask and pays for the
whole square, most of it masked out. FlashAttention's variable-length kernel, built into PyTorch (no flash-attn
package needed), takes the example boundaries (`cu_seq_lens`, which TRL's collator already provides) and computes
only the per-example triangles: gemma-3-270m trains 2.7x faster on an H200 (docs/BENCHMARKS.md).

On CPU (tests, no CUDA) the same plumbing runs each example through sdpa, so the bookkeeping is tested
everywhere; the kernel itself is checked against sdpa on the GPU by benchmarks/train_speed.py.
"""

from __future__ import annotations

NAME = "varlen"


def kernel_available() -> bool:
    """Whether this torch's CUDA varlen kernel takes a sliding window (checked in the op's schema, not assumed
    from a version number)."""
    import torch

    try:
        return "window_size_left" in str(torch.ops.aten._flash_attention_forward.default._schema)
    except (AttributeError, RuntimeError):
        return False


def register() -> None:
    """Make `attn_implementation="varlen"` known to transformers (idempotent)."""
    from transformers import AttentionInterface
    from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS, AttentionMaskInterface

    AttentionInterface.register(NAME, varlen_attention_forward)
    # Like FlashAttention: no 4D mask is built, only the 2D padding mask (or None) is passed on.
    AttentionMaskInterface.register(NAME, ALL_MASK_ATTENTION_FUNCTIONS["flash_attention_2"])


def boundaries(attention_mask, batch: int, length: int, device, **kwargs):
    """(cumulative sequence starts, longest sequence, token indices or None) for the batch.

    Packed: TRL's cu_seq_lens. Padded: the 2D mask's rows (indices select the real tokens). Neither: each row is
    one sequence."""
    import torch

    cu = kwargs.get("cu_seq_lens_q")
    if cu is not None:
        return cu.to(device=device, dtype=torch.int32), int(kwargs.get("max_length_q") or cu.diff().max()), None
    if attention_mask is not None and attention_mask.dim() == 2 and not bool(attention_mask.all()):
        lengths = attention_mask.sum(-1, dtype=torch.int32)
        cu = torch.nn.functional.pad(lengths.cumsum(0, dtype=torch.int32), (1, 0))
        return cu, int(lengths.max()), attention_mask.flatten().nonzero().flatten()
    cu = torch.arange(0, (batch + 1) * length, length, dtype=torch.int32, device=device)
    return cu, length, None


def varlen_attention_forward(module, query, key, value, attention_mask, scaling=None, dropout=0.0,
                             sliding_window=None, **kwargs):
    """transformers' attention-function interface: query [B, Hq, L, D], key/value [B, Hkv, L, D] ->
    ([B, L, Hq, D], None). Causal, with the layer's sliding window."""
    import torch

    batch, heads, length, dim = query.shape
    cu, longest, keep = boundaries(attention_mask, batch, length, query.device, **kwargs)
    q, k, v = (t.transpose(1, 2).reshape(batch * length, t.shape[1], dim) for t in (query, key, value))
    if keep is not None:
        q, k, v = q[keep], k[keep], v[keep]
    # Gemma's window counts the token itself: it sees sliding_window tokens, i.e. sliding_window - 1 back.
    left = sliding_window - 1 if sliding_window else -1
    if q.is_cuda:
        out = torch.ops.aten._flash_attention_forward(
            q, k, v, cu, cu, longest, longest, dropout, True, False,
            scale=scaling, window_size_left=left, window_size_right=0)[0]
    else:
        out = _reference(q, k, v, cu, scaling, left)
    if keep is not None:
        full = out.new_zeros(batch * length, heads, dim)
        full[keep] = out
        out = full
    return out.view(batch, length, heads, dim), None


def _reference(q, k, v, cu, scale, left: int):
    """Each sequence on its own through sdpa: the CPU path, and the definition the kernel must match."""
    import torch
    import torch.nn.functional as F

    outs = []
    for start, end in zip(cu[:-1].tolist(), cu[1:].tolist()):
        n = end - start
        i = torch.arange(n, device=q.device)
        allowed = i[:, None] >= i[None, :]
        if left >= 0:
            allowed &= i[:, None] - i[None, :] <= left
        qs, ks, vs = (t[start:end].transpose(0, 1) for t in (q, k, v))  # [H, n, D]
        if ks.shape[0] != qs.shape[0]:
            ks = ks.repeat_interleave(qs.shape[0] // ks.shape[0], 0)
            vs = vs.repeat_interleave(qs.shape[0] // vs.shape[0], 0)
        outs.append(F.scaled_dot_product_attention(qs, ks, vs, attn_mask=allowed, scale=scale).transpose(0, 1))
    return torch.cat(outs)


def decoding_attention(model) -> str:
    """Which sdpa kernels a decoding on `model` may use: "no-cudnn" on a GPU (every one but cuDNN's attention, which
    builds an execution graph for each new shape, and a decoding step is a new shape each time: the KV cache
    grows a token, beams leave the batch), "torch" (torch's own choice) elsewhere or with SQLTUNE_SDPA=torch.
    docs/BENCHMARKS.md (benchmarks/sdpa_backends.py)."""
    import os

    from .errors import SqltuneError

    choice = os.environ.get("SQLTUNE_SDPA", "auto")
    if choice not in ("auto", "torch"):
        raise SqltuneError(f"SQLTUNE_SDPA={choice!r}: use torch, or leave it unset")
    on_gpu = getattr(getattr(model, "device", None), "type", None) == "cuda"
    return "no-cudnn" if choice == "auto" and on_gpu else "torch"


def decoding_kernels(attention: str):
    """The context a decoding runs in: sdpa limited as `attention` (decoding_attention's answer) says."""
    import contextlib

    if attention == "torch":
        return contextlib.nullcontext()
    from torch.nn.attention import SDPBackend, sdpa_kernel

    return sdpa_kernel([SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH])
