"""Fine-tune a model on prepared text-to-SQL conversations with (Q)LoRA through TRL's SFTTrainer.

Reads `<data-dir>/train.jsonl` (from `sqltune prepare`) and writes to `--output-dir`:
  adapter_model.safetensors, adapter_config.json   the LoRA adapter
  tokenizer files, chat_template.jinja             the tokenizer it was trained with
  config.yaml                                      the fully resolved config
  log_history.json, loss.png                       the logged loss, learning rate and tokens, as a curve
  prompt.txt, data_summary.json                    the prompt template and the data it saw
  checkpoint-*/                                    resumable checkpoints (--resume continues the last)
  runs/                                            TensorBoard logs
  sqltune.json                                     written last: the run finished

The prompt settings (--schema-format, --schema-linking, --value-retrieval, ...) are the data folder's: its rows
were built with them at prepare, sqltune.json records them, and a flag that contradicts them is refused.

QLoRA (4-bit NF4 base) is the default on GPU and works on CPU too; `--quantization none` trains plain LoRA.

Several GPUs: run the same command under a launcher, data-parallel (DDP) by default, FSDP through
configs/accelerate/fsdp.yaml (docs/MULTI_GPU.md):
  torchrun --nproc-per-node 2 -m sqltune train ...
  accelerate launch --config_file configs/accelerate/ddp.yaml -m sqltune train ...
Only the main process writes the adapter and the files above. The effective batch is per-device batch x
accumulation x processes; the learning rate is used as given, whatever the number of processes.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sys
from pathlib import Path

from .config import INHERITED, Config, data_folder_defaults, dump_yaml
from .distributed import launcher_env
from .errors import SqltuneError

CONFIG_GROUPS = ("model", "data", "lora", "train")
# The prompt settings (--schema-linking, --value-retrieval, ...) come from the data folder's config.yaml: its rows
# were built with them, and the model folder records them for every later stage (config.config_from_args).
PROMPTS_FROM_DATA = True


OWN = ("sqltune.json", "config.yaml", "checkpoint-*", "runs")  # what marks a folder as an earlier training's


def add_arguments(parser) -> None:
    parser.epilog = "the reference recipe, every value: sqltune train --config configs/recipe.yaml"
    parser.add_argument("--overwrite", action="store_true",
                        help="Train into --output-dir even when it holds files that no sqltune training wrote.")


def main(cfg: Config, args=None) -> int:
    output_dir = Path(cfg.output_dir)
    train_file = Path(cfg.data_dir) / "train.jsonl"
    resume_from = setup(cfg, output_dir, train_file, bool(getattr(args, "overwrite", False)))
    trainer = build_trainer(cfg, train_file)
    launched = launcher_env()[0]
    if launched > 1 and trainer.args.world_size != launched:
        # Each process would train alone on all the data and write the same files.
        raise SqltuneError(f"launched as {launched} processes but the trainer runs {trainer.args.world_size}: "
                           "the processes did not form one data-parallel group")
    batch = effective_batch(cfg, trainer.args.world_size)
    if trainer.is_world_process_zero():
        print(describe_batch(cfg, batch), flush=True)
    if trainer.compiled_layers and trainer.is_world_process_zero():
        print("sqltune train: compiling the decoder layers during the first steps (slower until it is done)",
              flush=True)
    speed = SpeedMeter()
    trainer.add_callback(speed)
    import torch

    try:
        stats = trainer.train(resume_from_checkpoint=resume_from)
    except torch.OutOfMemoryError as e:
        raise SqltuneError(oom_advice(cfg, output_dir)) from e
    save(cfg, trainer, output_dir, stats, {**batch, **speed.summary()})
    rate = speed.summary().get("tokens_per_s")
    if trainer.is_world_process_zero():
        print(f"sqltune train: adapter saved to {output_dir} ({stats.global_step} steps, final loss "
              f"{stats.training_loss:.4f}" + (f", {rate:,.0f} tokens/s" if rate else "") + ")")
    return 0


def oom_advice(cfg: Config, output_dir: Path) -> str:
    """What to do when the accelerator runs out of memory: the same effective batch in smaller pieces first,
    since it trains the same weights (measured in docs/MULTI_GPU.md); then less memory per sequence."""
    b, acc = cfg.per_device_train_batch_size, cfg.gradient_accumulation_steps
    half = 2 if b % 2 == 0 else b  # an odd batch splits evenly only into single sequences
    fix = (f"--per-device-train-batch-size {b // half} --gradient-accumulation-steps {acc * half} (the same "
           "effective batch)" if b > 1 else "--max-length, --gradient-checkpointing or --quantization nf4")
    saved = last_checkpoint(output_dir)
    return (f"out of accelerator memory at {b} sequence{'s' if b > 1 else ''} of up to {cfg.max_length} tokens per step: try {fix}"
            + (f"; add --resume to continue from {saved.name}" if saved else ""))


# --- several processes (torchrun, accelerate launch) -------------------------------------------------------

def uses_fsdp() -> bool:
    """accelerate launch with an FSDP config (configs/accelerate/fsdp*.yaml) says so through the environment."""
    return os.environ.get("ACCELERATE_USE_FSDP", "false").lower() in ("1", "true", "yes")


def placement(cfg: Config, cuda: bool) -> Config:
    """The config the base model is loaded with. Under a launcher every process loads its own copy: device_map
    'auto' would spread each copy over all GPUs. DDP: the whole model on this process's GPU. FSDP: no device
    map; FSDP moves and shards the model itself (with cpu_ram_efficient_loading only the first process reads
    the weights)."""
    world, _, local_rank = launcher_env()
    if world <= 1:
        return cfg
    device_map = f"cuda:{local_rank}" if cuda and not uses_fsdp() else None
    return dataclasses.replace(cfg, device_map=device_map)


def effective_batch(cfg: Config, world_size: int) -> dict:
    """What one optimizer step sees: sequences (packed rows when packing) and at most that many tokens."""
    sequences = cfg.per_device_train_batch_size * cfg.gradient_accumulation_steps * world_size
    return {"world_size": world_size, "effective_batch_sequences": sequences,
            "effective_batch_tokens": sequences * cfg.max_length, "learning_rate": cfg.learning_rate}


def describe_batch(cfg: Config, batch: dict) -> str:
    n = batch["world_size"]
    return (f"sqltune train: {n} process{'es' if n > 1 else ''} x {cfg.per_device_train_batch_size} sequences x "
            f"{cfg.gradient_accumulation_steps} accumulation step{'s' if cfg.gradient_accumulation_steps > 1 else ''}"
            f" = effective batch {batch['effective_batch_sequences']} sequences "
            f"(at most {batch['effective_batch_tokens']:,} tokens at max_length {cfg.max_length}) per optimizer step; "
            f"learning rate {cfg.learning_rate:g}" + (" (not scaled with the number of processes)" if n > 1 else ""))


def checkpoint_world_size(checkpoint: Path) -> int | None:
    """How many processes wrote a Trainer checkpoint: each writes its own rng_state_<rank>.pth (one process:
    rng_state.pth)."""
    per_rank = list(checkpoint.glob("rng_state_*.pth"))
    if per_rank:
        return len(per_rank)
    return 1 if (checkpoint / "rng_state.pth").is_file() else None


def setup(cfg: Config, output_dir: Path, train_file: Path, overwrite: bool = False) -> str | None:
    """Check everything that can be checked before loading a model; return the checkpoint to resume."""
    from .paths import check_output_dir

    check_output_dir(output_dir, OWN, overwrite, "--output-dir")  # never over what the user had there
    problems = []
    if not train_file.is_file():
        problems.append(f"no training data at {train_file}: run `sqltune prepare --data-dir {cfg.data_dir}` "
                        "first or pass --data-dir")
    prepared = data_folder_defaults(cfg.data_dir)
    if cfg.review_rows and "review_rows" not in prepared:  # (a folder without prepare's config.yaml)
        problems.append(f"--review-rows: {cfg.data_dir} has no review rows: prepare it again with --review-rows")
    for key, value in prepared.items():
        if getattr(cfg, key) != value:
            flag = "--" + key.replace("_", "-")
            problems.append(f"{flag} {getattr(cfg, key)}: {cfg.data_dir} was prepared with {flag} {value}, and its "
                            "prompts are built already; the model would record prompts unlike its training rows. "
                            f"Drop {flag} (and any config file's {key}), or prepare the data again with it")
    if cfg.push_to_hub:
        import os

        if not os.environ.get("HF_TOKEN"):
            problems.append("--push-to-hub needs an HF_TOKEN environment variable with write access")
    checkpoints = last_checkpoint(output_dir, report=cfg.resume)
    if cfg.resume and checkpoints is None:
        problems.append(f"--resume: no checkpoint in {output_dir}")
    if not cfg.resume and checkpoints is not None:
        problems.append(f"{output_dir} already holds checkpoints: pass --resume to continue, or choose "
                        "another --output-dir")
    if problems:
        raise SqltuneError("; ".join(problems))
    warning = overlong_warning(cfg)
    if warning and launcher_env()[1] == 0:
        print(warning, file=sys.stderr)
    if cfg.resume:
        world, rank, _ = launcher_env()
        before = checkpoint_world_size(checkpoints)
        if before is not None and before != world and rank == 0:
            print(f"sqltune train: warning: {checkpoints.name} was written by {before} process(es), this run has "
                  f"{world}: training continues, but the effective batch, the steps per epoch and the data order "
                  "change; resume with the same number of processes for an exact continuation", file=sys.stderr)
    return str(checkpoints) if cfg.resume else None


def overlong_warning(cfg: Config) -> str | None:
    """A warning where prepare's summary counted training conversations longer than --max-length: the trainer
    cuts each at that length, and what it cuts is the end, the SQL answer the loss is on (a smoke run's short
    --max-length once trained steps with no answer token left, grad norm 0). None where all fit or nobody counted."""
    try:
        lengths = json.loads((Path(cfg.data_dir) / "summary.json").read_text())["splits"]["train"]["tokens"][
            "conversation"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not lengths or lengths["max"] <= cfg.max_length:
        return None
    share = next((f"at least {s}" for p, s in (("p50", "half"), ("p90", "10 %"), ("p95", "5 %"), ("p99", "1 %"))
                  if lengths[p] > cfg.max_length), "fewer than 1 %")
    return (f"sqltune train: warning: {share} of the training conversations in {cfg.data_dir} are longer than "
            f"--max-length {cfg.max_length} (the longest {lengths['max']:,} tokens): each is cut there and loses the "
            f"end of its SQL answer, which the loss is on, or all of it. Raise --max-length (to {lengths['max']:,} for "
            f"none cut); preparing with --max-length {cfg.max_length} leaves out only the rows whose prompt alone "
            "is longer")


def last_checkpoint(output_dir: Path, report: bool = False) -> Path | None:
    """The newest complete checkpoint. The Trainer writes trainer_state.json last, so a checkpoint folder
    without it (or with it cut short) was being written when the run was killed: it is skipped, with one line
    on stderr when `report`, and the one before it is used."""
    if not output_dir.is_dir():
        return None
    found = []
    for path in output_dir.iterdir():
        step = path.name.removeprefix("checkpoint-")
        if path.name.startswith("checkpoint-") and step.isdigit() and path.is_dir():
            found.append((int(step), path))
    for _, path in sorted(found, reverse=True):
        try:
            json.loads((path / "trainer_state.json").read_text())
            return path
        except (OSError, ValueError):
            if report and launcher_env()[1] == 0:
                print(f"sqltune train: skipping incomplete {path.name} (written when the run was killed)",
                      file=sys.stderr)
    return None


def training_rows(train_file: Path, completion_only: bool) -> list[dict]:
    """Conversations in the shape TRL expects.

    Loss on everything (the recipe): `messages`. Loss on the answer only: prompt/completion, for which TRL
    masks the prompt tokens.
    """
    rows = []
    with open(train_file, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                messages = json.loads(line)["messages"]
            except (json.JSONDecodeError, KeyError, TypeError):
                raise SqltuneError(f"{train_file} line {n}: not a prepared row with 'messages'") from None
            if completion_only:
                rows.append({"prompt": messages[:-1], "completion": messages[-1:]})
            else:
                rows.append({"messages": messages})
    if not rows:
        raise SqltuneError(f"{train_file} has no rows")
    return rows


def sft_config(cfg: Config, use_cpu: bool, find_unused_parameters: bool | None = None):
    from trl import SFTConfig

    from .models import resolve_dtype

    dtype = resolve_dtype(cfg.dtype)
    import torch

    return SFTConfig(
        output_dir=cfg.output_dir,
        max_length=cfg.max_length,
        packing=cfg.packing,
        packing_strategy=cfg.packing_strategy,
        # bfd packing keeps examples whole and separate through position ids: needs a varlen-aware kernel.
        padding_free=cfg.packing and cfg.packing_strategy == "bfd",
        completion_only_loss=cfg.completion_only_loss,
        num_train_epochs=cfg.num_train_epochs,
        max_steps=cfg.max_steps,
        per_device_train_batch_size=cfg.per_device_train_batch_size,
        gradient_accumulation_steps=cfg.gradient_accumulation_steps,
        gradient_checkpointing=cfg.gradient_checkpointing,
        gradient_checkpointing_kwargs={"use_reentrant": False},
        optim=cfg.optim if not (use_cpu and cfg.optim.endswith("_fused")) else cfg.optim.removesuffix("_fused"),
        learning_rate=cfg.learning_rate,
        lr_scheduler_type=cfg.lr_scheduler_type,
        warmup_steps=cfg.warmup_ratio,  # a float in [0, 1) is a ratio of all steps
        max_grad_norm=cfg.max_grad_norm,
        logging_steps=cfg.logging_steps,
        save_strategy=cfg.save_strategy,
        save_steps=cfg.save_steps,
        save_total_limit=cfg.save_total_limit,
        bf16=dtype == torch.bfloat16,
        fp16=dtype == torch.float16,
        report_to=[] if cfg.report_to == "none" else [cfg.report_to],
        push_to_hub=cfg.push_to_hub,
        hub_model_id=cfg.hub_model_id,
        use_liger_kernel=use_liger(cfg, use_cpu),
        seed=cfg.seed,
        use_cpu=use_cpu,
        # DDP: None lets the Trainer search for parameters without gradients every step (needed when LoRA
        # covers modules the data never reaches, like a vision tower); False skips that search.
        ddp_find_unused_parameters=find_unused_parameters,
        dataset_kwargs={"add_special_tokens": False},  # the chat template already adds <bos>
        dataloader_num_workers=0,
        include_num_input_tokens_seen="non_padding",
        # Its check reads the loss back from the GPU every step; lazy_metrics logs a NaN loss as NaN instead.
        logging_nan_inf_filter=not cfg.lazy_metrics,
        disable_tqdm=False,
    )


def use_liger(cfg: Config, use_cpu: bool) -> bool:
    """auto: on where its Triton kernels run (CUDA) and the package is installed, unless the layers are compiled:
    inductor cannot trace its RMSNorm kernel and calls it as is, where it would fuse its own norm with the work
    around it (1.08x the tokens/s without Liger under compiled layers on an H200, docs/BENCHMARKS.md)."""
    if cfg.use_liger_kernel != "auto":
        return bool(cfg.use_liger_kernel)
    import importlib.util

    return not use_cpu and importlib.util.find_spec("liger_kernel") is not None and not compiles(cfg, use_cpu)


def compiles(cfg: Config, use_cpu: bool) -> bool:
    """Whether the decoder layers are compiled. auto: on a GPU in one process (measured there); not on a CPU,
    where compiling takes longer than a short training, nor under a launcher, where it is not measured."""
    if cfg.compile != "auto":
        return cfg.compile == "layers"
    return not use_cpu and launcher_env()[0] <= 1


def lora_config(cfg: Config):
    from peft import LoraConfig

    return LoraConfig(
        r=cfg.lora_r, lora_alpha=cfg.lora_alpha, lora_dropout=cfg.lora_dropout, bias="none",
        target_modules=cfg.lora_target_modules, task_type="CAUSAL_LM",
        modules_to_save=list(cfg.modules_to_save) or None)


def build_trainer(cfg: Config, train_file: Path):
    import torch
    from datasets import Dataset
    from trl import SFTTrainer

    from .models import load_base, load_tokenizer, resolve_quantization
    from .trainer import LazyMetricsTrainer

    use_cpu = not torch.cuda.is_available()
    quantize = resolve_quantization(cfg) == "nf4"
    tokenizer = load_tokenizer(cfg)
    # The training arguments first: under a launcher they join the process group and pick this process's GPU,
    # which loading then relies on (FSDP's cpu_ram_efficient_loading, bitsandbytes' device).
    args = sft_config(cfg, use_cpu, find_unused_parameters=None if has_vision_tower(cfg) else False)
    model = load_base(placement(cfg, cuda=not use_cpu), quantize=quantize, for_training=True)
    dataset = Dataset.from_list(training_rows(train_file, cfg.completion_only_loss))
    trainer_class = LazyMetricsTrainer if cfg.lazy_metrics else SFTTrainer
    trainer = trainer_class(model=model, args=args, train_dataset=dataset, processing_class=tokenizer,
                            peft_config=lora_config(cfg))
    cast_lora(trainer.model, cfg.lora_dtype)  # before train() builds the optimizer over these parameters
    trainer.compiled_layers = compiles(cfg, use_cpu)
    if trainer.compiled_layers:
        compile_layers(trainer.model)
    return trainer


def cast_lora(model, lora_dtype: str) -> int:
    """The LoRA matrices in `lora_dtype`. 'auto': the base's 16-bit dtype where it has one (a 16-bit base, or the
    unquantized parts of a QLoRA base: TRL's cast), else as PEFT leaves them (float32 over a float32 base, as on
    a CPU). Full copies (modules_to_save) keep the base's dtype either way. Returns how many tensors changed."""
    import torch

    if lora_dtype == "auto":
        sixteen = {p.dtype for p in model.parameters() if not p.requires_grad} & {torch.bfloat16, torch.float16}
        if not sixteen:
            return 0
        target = torch.bfloat16 if torch.bfloat16 in sixteen else torch.float16
    else:
        target = getattr(torch, lora_dtype)
    changed = 0
    for name, param in model.named_parameters():
        if param.requires_grad and ".lora_" in name and param.dtype != target:
            param.data = param.data.to(target)
            changed += 1
    return changed


# Each layer type (Gemma 3: sliding and full attention), whether its input needs a gradient (the first layer's
# does not) and a first static then a dynamic sequence length compile once each: more than dynamo's default of 8
# entries a function, past which it silently runs a layer eagerly.
RECOMPILE_LIMIT = 32


def compile_layers(model) -> int:
    """Regional torch.compile: each decoder layer compiled in place (`nn.Module.compile`), so parameter names,
    checkpoints and the saved adapter are unchanged. Layers of one class share their compiled code, so compiling
    costs about one layer, paid during the first steps (lazily: kernels patched in later, like Liger's at the
    start of training, are what gets compiled). Returns the number of layers."""
    import torch

    base = model.get_base_model() if hasattr(model, "get_base_model") else model
    layers = getattr(base.get_decoder(), "layers", None)
    if not layers:
        raise SqltuneError(f"--compile layers: no decoder layers found in {type(base).__name__}")
    torch._dynamo.config.recompile_limit = max(torch._dynamo.config.recompile_limit, RECOMPILE_LIMIT)
    for layer in layers:
        layer.compile()
    return len(layers)


def has_vision_tower(cfg: Config) -> bool:
    """Gemma 3 4B and up are image-text models: 'all-linear' LoRA then also covers the vision tower, which
    text-only training never reaches."""
    from transformers import AutoConfig

    from .models import base_path

    try:
        return getattr(AutoConfig.from_pretrained(base_path(cfg.model)), "vision_config", None) is not None
    except (OSError, ValueError):
        return True  # unknown: keep the Trainer's safe default


def SpeedMeter(warmup_steps: int = 3):  # noqa: N802 (a class, built lazily so importing is cheap)
    """A callback measuring tokens/s after warm-up (the first steps pay for compilation and allocator
    growth) and peak GPU memory; `.summary()` gives the figures. It waits for the GPU only at the two ends of the
    measured span (the warm-up's last step and the last step): a wait every step would stop the host from
    queueing the next step while the card runs this one."""
    import time

    import torch
    from transformers import TrainerCallback

    def mark(state):
        if torch.cuda.is_available():
            torch.cuda.synchronize()
        return time.perf_counter(), state.num_input_tokens_seen, state.global_step

    class _SpeedMeter(TrainerCallback):
        start = end = None

        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == warmup_steps:
                self.start = mark(state)
                if torch.cuda.is_available():
                    torch.cuda.reset_peak_memory_stats()
            elif self.start is not None and (state.global_step >= state.max_steps or control.should_training_stop):
                self.end = mark(state)

        def on_train_end(self, args, state, control, **kwargs):
            if self.start is not None and (self.end is None or self.end[2] < state.global_step):
                self.end = mark(state)  # stopped before max_steps

        def summary(self) -> dict:
            out = {}
            if self.start and self.end and self.end[0] > self.start[0]:
                seconds = self.end[0] - self.start[0]
                out["tokens_per_s"] = (self.end[1] - self.start[1]) / seconds
                out["steps_per_s"] = (self.end[2] - self.start[2]) / seconds
            if torch.cuda.is_available():
                out["peak_memory_gb"] = torch.cuda.max_memory_allocated() / 1e9
            return out

    return _SpeedMeter()


def write_loss_curve(output_dir: Path, history: list[dict]) -> None:
    """log_history.json (every logged step: loss, learning rate, tokens seen) and loss.png."""
    (output_dir / "log_history.json").write_text(json.dumps(history, indent=1))
    points = [(h["step"], h["loss"]) for h in history if "loss" in h and "step" in h]
    if len(points) < 2:
        return
    from matplotlib.figure import Figure  # no pyplot: no global state, no GUI backend

    fig = Figure(figsize=(6, 3.5), layout="tight")
    ax = fig.subplots()
    ax.plot(*zip(*points), marker=".")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("training loss")
    ax.set_title(f"{output_dir.name}: training loss")
    ax.grid(alpha=0.3)
    fig.savefig(output_dir / "loss.png", dpi=110)


def cast_adapter(path: Path, dtype: str) -> None:
    """Rewrite the adapter file with its float tensors in `dtype` (untouched when they are already). LoRA trains
    in float32 by default (PEFT keeps adapter weights at full precision over a 16-bit base), but the merged model
    is 16-bit, so a bfloat16 file is half the download for the same merged weights, to bfloat16 rounding. Trained
    in bfloat16 (--lora-dtype, QLoRA), a float32 file holds the same values."""
    import torch
    from safetensors.torch import load_file, save_file

    if not path.is_file():
        return
    target = getattr(torch, dtype)
    tensors = load_file(str(path))
    if all(v.dtype == target for v in tensors.values() if v.is_floating_point()):
        return
    tensors = {k: v.to(target) if v.is_floating_point() else v for k, v in tensors.items()}
    tmp = path.with_suffix(".tmp")
    save_file(tensors, str(tmp), metadata={"format": "pt"})
    os.replace(tmp, path)


def save(cfg: Config, trainer, output_dir: Path, stats, extra: dict | None = None) -> None:
    """Everything a later stage needs, so `--model <output_dir>` is all it takes."""
    from .models import MARKER, describe, resolve_quantization
    from .prompts import PROMPT_TEMPLATES

    if getattr(trainer, "is_fsdp_enabled", False):
        # Checkpoints are sharded (each process writes its part, fast to resume); the final adapter is gathered
        # whole so that `--model <output_dir>` loads it like any adapter. Every process joins the gather.
        trainer.accelerator.state.fsdp_plugin.set_state_dict_type("FULL_STATE_DICT")
    trainer.save_model(str(output_dir))  # every process calls it; only the main process writes
    if not trainer.is_world_process_zero():
        return
    cast_adapter(output_dir / "adapter_model.safetensors", cfg.adapter_dtype)
    (output_dir / "config.yaml").write_text(dump_yaml(cfg))
    write_loss_curve(output_dir, trainer.state.log_history)
    (output_dir / "prompt.txt").write_text(PROMPT_TEMPLATES.get(cfg.prompt_template, cfg.prompt_template))
    summary = Path(cfg.data_dir) / "summary.json"
    if summary.is_file():
        shutil.copy(summary, output_dir / "data_summary.json")
    base = describe(cfg.model)
    meta = {
        "kind": "adapter",
        "base_model": base.get("builtin") or cfg.model,
        **{k: getattr(cfg, k) for k in INHERITED},  # how prompts are built: every later stage builds them so
        "quantization": resolve_quantization(cfg),
        "adapter_dtype": cfg.adapter_dtype,
        "compiled_layers": trainer.compiled_layers,
        "liger_kernel": bool(trainer.args.use_liger_kernel),
        "num_train_epochs": cfg.num_train_epochs,  # (with max_steps > 0 the steps decide instead)
        "max_steps": cfg.max_steps,
        "global_step": stats.global_step,
        "training_loss": stats.training_loss,
        "train_runtime_s": stats.metrics.get("train_runtime"),
        **(extra or {}),  # effective batch, learning rate, speed
        "command": " ".join(sys.argv),
    }
    (output_dir / MARKER).write_text(json.dumps(meta, indent=2))
