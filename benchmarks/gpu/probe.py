"""GPU probe: the varlen kernel against the per-sequence sdpa reference (bf16, GQA, sliding window), backward too."""
import sys
import time

import torch

sys.path.insert(0, "src")
from sqltune.attention import _reference, varlen_attention_forward  # noqa: E402

print(torch.__version__, torch.cuda.get_device_name(), torch.cuda.device_count())
torch.manual_seed(0)
lengths = [700, 90, 1536, 3, 400]
T, H, KV, D = sum(lengths), 4, 1, 256
cu = torch.tensor([0, *torch.tensor(lengths).cumsum(0).tolist()], dtype=torch.int32, device="cuda")
q = torch.randn(1, H, T, D, device="cuda", dtype=torch.bfloat16, requires_grad=True)
k = torch.randn(1, KV, T, D, device="cuda", dtype=torch.bfloat16, requires_grad=True)
v = torch.randn(1, KV, T, D, device="cuda", dtype=torch.bfloat16, requires_grad=True)


class M:
    training = True


for window in (None, 512):
    out, _ = varlen_attention_forward(M(), q, k, v, None, scaling=D ** -0.5, sliding_window=window,
                                      cu_seq_lens_q=cu, max_length_q=max(lengths))
    out.float().pow(2).sum().backward()
    g = q.grad.clone()
    q.grad = k.grad = v.grad = None
    flat = [t.detach().float().transpose(1, 2).reshape(T, t.shape[1], D).requires_grad_() for t in (q, k, v)]
    ref = _reference(*flat, cu.cpu(), D ** -0.5, window - 1 if window else -1)
    ref.pow(2).sum().backward()
    print(f"window {window}: max |out - ref| {(out[0].float() - ref).abs().max():.4f} "
          f"(ref scale {ref.abs().mean():.3f}); max |dq - ref| "
          f"{(g[0].float().transpose(0, 1) - flat[0].grad).abs().max():.4f} (scale {flat[0].grad.abs().mean():.4f})")
torch.cuda.synchronize()
t0 = time.perf_counter()
for _ in range(20):
    varlen_attention_forward(M(), q, k, v, None, scaling=D ** -0.5, sliding_window=512, cu_seq_lens_q=cu,
                             max_length_q=1536)[0].sum().backward()
torch.cuda.synchronize()
print(f"varlen fwd+bwd {1000 * (time.perf_counter() - t0) / 20:.2f} ms for {T} tokens")
