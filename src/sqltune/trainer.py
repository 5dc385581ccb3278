"""TRL's SFTTrainer without reads from the GPU inside a training step (`lazy_metrics`).

A training step of TRL 1.16 over transformers 5.24 reads small values back from the GPU ten times at five
places: the packed-sequence check of the attention masks (twice, one per layer type), the token accuracy and
entropy after the forward, the loss's NaN check after the backward, and the count of tokens seen. Each read waits for every kernel
queued so far, so the host (Python, kernel launches) and the card take turns instead of working at once: the card
idles while the host launches the next part of the step and collates the next batch.

Here the forward's mask check is skipped where nothing uses it (`varlen` attention over padding-free packed
rows takes each example's bounds from the collator), the metrics stay on the device until a logging step reads
them all at once, the tokens seen are counted from the batch's shape (padding-free rows hold no padding), and the
NaN filter of the logged loss is off (a NaN loss is logged as NaN). The loss, the gradients and the logged values
are TRL's (tests/test_train_levers.py). One process only: under a launcher TRL's path runs, with its per-step
gathers.
"""

from __future__ import annotations

from trl import SFTTrainer


class LazyMetricsTrainer(SFTTrainer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pending: dict[str, list] = {"entropy": [], "mean_token_accuracy": []}

    def _packed_alone(self, inputs) -> bool:
        """One process over a padding-free packed batch (the default): its size and bounds are known on the host."""
        return (self.args.world_size == 1 and "cu_seq_lens_q" in inputs and "attention_mask" not in inputs
                and self.args.pad_to_multiple_of is None)

    def _lazy(self, inputs) -> bool:
        """The plain path of TRL's compute_loss, training on such a batch."""
        return (self.model.training and self._packed_alone(inputs) and not self.aux_loss_enabled
                and self.compute_loss_func is None and self.label_smoother is None and self.args.loss_type == "nll")

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        if return_outputs or not self._lazy(inputs):
            return super().compute_loss(model, inputs, return_outputs, num_items_in_batch)
        import torch

        inputs = {**inputs, "use_cache": False}
        config = self.model.config
        layer_types = getattr(config, "layer_types", None)
        if config._attn_implementation == "varlen" and layer_types:
            # A mask per layer type given as a dict is used as is: no mask built, no packed-sequence check.
            inputs["attention_mask"] = dict.fromkeys(layer_types)
        outputs = model(**inputs, fused_lm_head=True)
        answer_tokens = outputs.label_mask.sum()
        num_tokens = answer_tokens if num_items_in_batch is None else num_items_in_batch
        loss = -outputs.log_probs.sum() / torch.as_tensor(num_tokens).clamp(min=1)

        valid = answer_tokens.clamp(min=1)  # TRL logs 0.0 for a step without answer tokens: 0 / 1
        self._pending["entropy"].append(outputs.entropy.detach().sum() / valid)
        self._pending["mean_token_accuracy"].append(outputs.is_top1.sum() / valid)
        self._total_train_tokens += inputs["position_ids"].size(1)
        self._metrics["train"]["num_tokens"] = [self._total_train_tokens]
        return loss

    def _track_num_input_tokens(self, inputs):
        if self.args.include_num_input_tokens_seen != "no" and self._packed_alone(inputs):
            self.state.num_input_tokens_seen += inputs["input_ids"].numel()  # no padding in a padding-free row
            return
        super()._track_num_input_tokens(inputs)

    def log(self, logs: dict[str, float], start_time: float | None = None) -> None:
        import torch

        for key, values in self._pending.items():
            if values:
                self._metrics["train"][key].extend(torch.stack(values).float().tolist())  # one read for all
                values.clear()
        super().log(logs, start_time)
