"""Answering on a CPU: the adapter merged into float32 weights, the output layer screened through an int8 copy,
and optionally int8 weights for the decoder layers. With Gemma's 262k vocabulary and one token a step, decoding
on a CPU is bound by the bytes of weights read per token (measured: benchmarks/cpu_latency.py)."""

from __future__ import annotations

import contextlib
import functools

SCREEN_TOP_K = 64  # >= the sampling mode's top-k, so sampling draws from exact logits too


def screen_lm_head(model, top_k: int = SCREEN_TOP_K) -> bool:
    """Replace a plain output layer by `ScreenedLMHead`; False (model unchanged) where there is none to
    replace or torch has no int8 dynamic linear. With Gemma's 262k vocabulary the output layer is ~60 % of the
    weights read per generated token, so on a CPU it dominates decoding (measured: benchmarks/cpu_latency.py)."""
    import torch

    base = model.get_base_model() if hasattr(model, "get_base_model") else model  # a PeftModel's own model
    head = getattr(base, "lm_head", None)
    if type(head) is not torch.nn.Linear or head.bias is not None:
        return False  # already screened, or a head this cannot stand in for (LoRA on it, a bias)
    try:
        _int8_linear(head.weight[:8])  # (a torch without the quantized CPU kernels fails here, at once)
    except (ImportError, AttributeError, RuntimeError):
        return False
    base.lm_head = screened_head_class()(head.weight, top_k)
    return True


@contextlib.contextmanager
def exact_logits(model):
    """Inside the block a screened output layer computes every logit from the real weight (as the plain layer
    does): for decoding whose logits processors mask tokens, such as grammar-constrained decoding, where the
    best allowed token can lie outside the screened top. Does nothing to other models."""
    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    head = getattr(base, "lm_head", None)
    if not hasattr(head, "exact"):
        yield
        return
    before, head.exact = head.exact, True
    try:
        yield
    finally:
        head.exact = before


def top_indices(x, k: int, block: int = 256):
    """The indices of the k largest values of each row of x (last dim; in no particular order), as
    x.topk(k).indices, but found through the maxima of blocks of `block` values: the k best lie in the k blocks
    with the largest maxima. On a CPU topk over Gemma's 262k logits took ~8 ms a step; this takes ~0.1 ms."""
    import torch

    n = x.shape[-1]
    if n <= k * block:
        return x.topk(k, dim=-1).indices
    pad = (-n) % block
    flat = x.reshape(-1, n)
    if pad:
        flat = torch.nn.functional.pad(flat, (0, pad), value=float("-inf"))
    blocks = flat.view(flat.shape[0], -1, block).amax(-1).topk(k, dim=-1).indices
    idx = (blocks[..., None] * block + torch.arange(block, device=x.device)).view(flat.shape[0], -1)
    best = flat.gather(-1, idx).topk(k, dim=-1).indices
    return idx.gather(-1, best).view(*x.shape[:-1], k)


def _int8_linear(weight):
    """An int8 dynamic-quantized copy of `weight` (per output row scales) as a module: x -> x @ weight.T."""
    import warnings

    import torch

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # torch.ao.quantization's deprecation notice
        from torch.ao.nn.quantized.dynamic import Linear as DynamicLinear
        from torch.ao.quantization import per_channel_dynamic_qconfig

        lin = torch.nn.Linear(weight.shape[1], weight.shape[0], bias=False, device="meta")
        lin.weight = torch.nn.Parameter(weight.detach().float(), requires_grad=False)
        lin.qconfig = per_channel_dynamic_qconfig
        return DynamicLinear.from_float(lin)


@functools.cache
def _packer():
    """One background thread for the screened heads' int8 copies (sqltune.cpu.screened_head_class)."""
    from concurrent.futures import ThreadPoolExecutor

    return ThreadPoolExecutor(1, thread_name_prefix="sqltune-int8-head")


@functools.cache
def screened_head_class() -> type:
    """ScreenedLMHead (built on first use: torch is imported only once a model loads)."""
    import torch

    class ScreenedLMHead(torch.nn.Module):
        """The output layer computed from an int8 copy of its weight, with the `top_k` largest logits of each
        position recomputed exactly from the real weight (which it keeps, tied as before).

        Greedy and beam search pick among the top logits, which are exact here, so they choose the tokens
        the plain layer chooses unless the true best token falls outside the int8 top 64 (not seen in the
        benchmark); the other logits carry int8 error (only softmax normalisers see them). Sampling's top-k
        64 draws from exact logits. A logits processor that masks tokens (a grammar) can make a token outside
        the top the best one: run such decoding inside `exact_logits(model)`. An int8 matrix-vector product
        reads a quarter of the fp32 bytes: 168M weights per token on gemma-3-270m."""

        def __init__(self, weight, top_k: int):
            super().__init__()
            self.weight = weight
            self.top_k = top_k
            self.in_features, self.out_features = weight.shape[1], weight.shape[0]
            # Packing the int8 copy takes seconds (5.3 s for gemma-3-270m's 262k rows on a 2-core AMD EPYC) in
            # one thread that leaves Python free: it runs while the rest of the load goes on (the constraint's
            # vocabulary), and the first forward waits for it. Not a submodule: it stays out of state_dict.
            object.__setattr__(self, "_packing", _packer().submit(_int8_linear, weight))
            self.exact = False  # set by exact_logits

        def forward(self, hidden):
            if self.exact:
                return torch.nn.functional.linear(hidden, self.weight)
            approx = self._packing.result()(hidden.float())
            top = top_indices(approx, min(self.top_k, self.out_features))
            exact = torch.einsum("...h,...kh->...k", hidden, self.weight[top])
            return approx.scatter_(-1, top, exact.float()).to(hidden.dtype)

    return ScreenedLMHead


def prepare_for_cpu(model, weights: str = "float32"):
    """The model `load_for_inference` answers with on a CPU, from the merged model it loaded: the output layer
    screened, and with weights='int8' the decoder layers' linear weights stored as int8 (`int8_weights`)."""
    screen_lm_head(model)
    if weights == "int8":
        int8_weights(model)
    return model


def int8_weights(model) -> int:
    """Store every linear layer of the decoder (not the output layer, which is screened) as int8 with one scale
    per output row, computed from bfloat16 activations (`torch._weight_int8pack_mm`): a quarter of the bytes a
    token reads. Returns how many layers it replaced (0 where this torch has no such kernel)."""
    import torch

    if not hasattr(torch, "_weight_int8pack_mm"):
        return 0
    cls = int8_linear_class()
    done = 0
    for module in list(model.modules()):
        for child_name, child in list(module.named_children()):
            if type(child) is torch.nn.Linear and child_name != "lm_head" and child.weight.device.type == "cpu":
                setattr(module, child_name, cls(child))
                done += 1
    return done


PACKED_ROWS = 8  # up to this many rows (tokens x sequences) the int8 kernel runs; above, a dequantized matmul


@functools.cache
def native_bfloat16() -> bool:
    """Whether this CPU multiplies bfloat16 matrices in hardware (AVX512-BF16 or AMX). Without it (AVX2 x86,
    most ARM) torch's bfloat16 matmul is emulated: 9x float32's time for 256 rows of 640 x 2048 on a 2-core AMD
    EPYC, and answers 3.4x slower (docs/BENCHMARKS.md, "CPUs without bfloat16 arithmetic")."""
    import torch

    # (private helpers of torch.cpu: a torch without one answers False, the float32 path, never wrong)
    flags = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(getattr(torch.cpu, f, lambda: False)() for f in flags)


def int8_matmul(x, qweight, scale):
    """x [rows, in] @ (qweight * scale[:, None]).T, x rounded to bfloat16, the result in bfloat16: a decoding step
    (at most PACKED_ROWS rows) reads the int8 bytes only; a prompt or a beam step dequantizes the weight to
    bfloat16 for a matmul, whose kernels beat the int8 one at many rows (2.5x at 214 rows). Where the CPU has
    no bfloat16 arithmetic the same rounded inputs are multiplied in float32 (both accumulate in float32)."""
    import torch

    x = x.to(torch.bfloat16)
    if x.shape[0] <= PACKED_ROWS:
        return torch._weight_int8pack_mm(x, qweight, scale)
    weight = qweight.to(torch.bfloat16) * scale[:, None]
    if native_bfloat16():
        return torch.nn.functional.linear(x, weight)
    return torch.nn.functional.linear(x.float(), weight.float()).to(torch.bfloat16)


@functools.cache
def int8_linear_class() -> type:
    import torch

    class Int8Linear(torch.nn.Module):
        """y = x W^T (+ b) with W stored as int8 rows times a scale each (symmetric, max |w| -> 127); x is
        rounded to bfloat16 for the kernel, y comes back in x's dtype."""

        def __init__(self, linear):
            super().__init__()
            w = linear.weight.detach().float()
            scale = (w.abs().amax(dim=1) / 127).clamp(min=1e-12)
            self.register_buffer("qweight", torch.round(w / scale[:, None]).clamp(-127, 127).to(torch.int8))
            self.register_buffer("scale", scale.to(torch.bfloat16))
            self.bias = linear.bias
            self.in_features, self.out_features = linear.in_features, linear.out_features

        def forward(self, x):
            y = int8_matmul(x.reshape(-1, self.in_features), self.qweight, self.scale).to(x.dtype)
            y = y.reshape(*x.shape[:-1], self.out_features)
            return y + self.bias if self.bias is not None else y

    return Int8Linear
