"""The fast training path computes what the plain one computes: packed examples never see each other, the
varlen attention equals sdpa per example, and the adapter holds only LoRA weights."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

from tests.test_pipeline import write_rows


def _config(tmp_path, **overrides):
    from sqltune.config import make_config

    return make_config(None, {"model": "tiny-random-gemma-3", "data_dir": str(tmp_path), "quantization": "none",
                              "report_to": "none", "output_dir": str(tmp_path / "o"), **overrides})


def _token_losses(model, batch: dict) -> torch.Tensor:
    """Loss of every position that predicts a trained token (0 elsewhere), aligned with the input."""
    with torch.no_grad():
        logits = model(**{k: v for k, v in batch.items() if k != "labels"}).logits.float()
    labels = batch["labels"][:, 1:]
    losses = F.cross_entropy(logits[:, :-1].transpose(1, 2), labels.clamp(min=0), reduction="none")
    return torch.where(labels != -100, losses, 0.0)


def _load(attn: str, for_training: bool = True):
    from sqltune.config import make_config
    from sqltune.models import load_base

    cfg = make_config(None, {"model": "tiny-random-gemma-3", "attn_implementation": attn})
    return load_base(cfg, quantize=False, for_training=for_training).eval()


@pytest.mark.parametrize("attn", ["varlen", "sdpa"])
def test_packed_loss_equals_unpacked(tiny_model, tmp_path, attn):
    """TRL's padding-free bfd batch (one row, examples marked by cu_seq_lens/position ids) gives every example
    the loss it has alone; the examples are longer than the tiny model's 64-token sliding window."""
    from sqltune.train import build_trainer

    write_rows(tmp_path / "train.jsonl", 6)
    trainer = build_trainer(_config(tmp_path, attn_implementation=attn, max_length=512),
                            tmp_path / "train.jsonl")
    row = trainer.train_dataset[0]
    assert len(row["seq_lengths"]) > 1, "bfd packing should put several examples in one row"
    batch = trainer.data_collator([row])
    assert "cu_seq_lens_q" in batch and batch["input_ids"].shape[0] == 1
    model = trainer.model.eval()
    packed = _token_losses(model, batch)[0]

    alone = _load("sdpa")
    start = 0
    for n in row["seq_lengths"]:
        assert n > 64
        ids = batch["input_ids"][:, start:start + n]
        labels = batch["labels"][:, start:start + n].clone()
        labels[:, 0] = -100  # its first token predicts nothing in the packed row either
        single = _token_losses(alone, {"input_ids": ids, "labels": labels})[0]
        assert single.sum() > 0
        torch.testing.assert_close(packed[start:start + n - 1], single, atol=2e-5, rtol=1e-4)
        start += n


def test_varlen_padded_batch_equals_sdpa(tiny_model):
    """A padded batch (attention_mask, no cu_seq_lens) through varlen: the real tokens get sdpa's logits."""
    ids = torch.randint(10, 2000, (2, 90))
    mask = torch.ones_like(ids)
    mask[1, 70:] = 0  # right padding
    with torch.no_grad():
        varlen = _load("varlen")(input_ids=ids, attention_mask=mask).logits
        sdpa = _load("sdpa")(input_ids=ids, attention_mask=mask).logits
    torch.testing.assert_close(varlen[0], sdpa[0], atol=1e-4, rtol=1e-4)
    torch.testing.assert_close(varlen[1, :70], sdpa[1, :70], atol=1e-4, rtol=1e-4)


def test_varlen_kernel_is_detected():
    from sqltune.attention import kernel_available

    assert kernel_available()  # the pinned torch has it; an older one falls back to sdpa with a warning


def test_varlen_is_for_training_only(tiny_model):
    """Generation keeps a KV cache, which the varlen kernel does not take: inference loads sdpa."""
    assert _load("varlen", for_training=False).config._attn_implementation == "sdpa"
    assert _load("varlen").config._attn_implementation == "varlen"


def test_adapter_holds_only_lora_weights(tiny_model, tmp_path):
    """sqltune's default saves the LoRA matrices alone; the recipe's modules_to_save adds full copies of
    embed_tokens (tied to lm_head), which is what made its adapter hundreds of MB."""
    from peft import get_peft_model_state_dict

    from sqltune.train import build_trainer

    write_rows(tmp_path / "train.jsonl", 2)
    sizes = {}
    for name, extra in {"default": {}, "recipe": {"modules_to_save": ["lm_head", "embed_tokens"]}}.items():
        trainer = build_trainer(_config(tmp_path, **extra), tmp_path / "train.jsonl")
        state = get_peft_model_state_dict(trainer.model)
        sizes[name] = sum(t.numel() for t in state.values())
        if name == "default":
            assert state and all("lora_A" in k or "lora_B" in k for k in state), sorted(state)[:5]
        else:
            assert any("embed_tokens" in k for k in state)
    vocab_rows = trainer.model.get_input_embeddings().weight.numel()
    assert sizes["recipe"] - sizes["default"] >= vocab_rows
    assert sizes["default"] * 20 < sizes["recipe"]


def test_liger_auto_is_off_without_cuda(tmp_path):
    from sqltune.train import use_liger

    assert use_liger(_config(tmp_path), use_cpu=True) is False
    assert use_liger(_config(tmp_path, use_liger_kernel="true"), use_cpu=True) is True
    assert _config(tmp_path).use_liger_kernel == "auto"
