"""Third-party noise off: a normal run prints sqltune's own lines and progress bars, nothing else.

Each filter below drops one known line at the place it is raised (a logger and the start of its message, or
a warning's category, module and message), never a whole library's output: a new or actionable warning from
transformers, TRL, peft, accelerate, datasets, bitsandbytes or the Hub client still shows. sqltune's own
warnings and errors are printed by sqltune and never pass through these filters.

`sqltune --verbose` or SQLTUNE_VERBOSE=1 keeps everything.
"""

from __future__ import annotations

import logging
import os
import warnings

# (logger name, start of the message, why the reader can do nothing about it)
LOG_LINES: tuple[tuple[str, str, str], ...] = (
    ("bitsandbytes.backends.cpu.ops", "Failed to load CPU gemm_4bit_forward from kernels-community",
     "asks to pip install `kernels`, which downloads its kernel from the Hub at run time; sqltune turns the "
     "AVX512-BF16 path that would use it off anyway (models._cpu_nf4_workaround)"),
    ("kernels._internals.hf_hub", "Skipping publisher trust check for 'kernels-community/",
     "the same request through `kernels` (a dependency of transformers since 5.25): offline it skips a Hub check "
     "for a kernel that sqltune's CPU NF4 path does not use"),
    ("transformers.quantizers.quantizer_gguf", "Dequantizing the whole model, because",
     "building the built-in gemma-3-270m dequantizes its GGUF on purpose: the product is a bf16 HF folder"),
    ("transformers.quantizers.quantizer_gguf", "Loading a GGUF checkpoint with its weights packed",
     "dtype advice for running a GGUF in transformers; sqltune only converts the built-in GGUF once"),
)

# (category, module that calls warnings.warn, message regex, why)
WARNINGS: tuple[tuple[type[Warning], str, str, str], ...] = (
    (FutureWarning, r"transformers\.training_args", r"`gradient_checkpointing(_kwargs)?` is deprecated",
     "the old name of a TrainingArguments field that sqltune's train stage sets; the value is used as is"),
    (FutureWarning, r"transformers\.modeling_utils", r"`is_gradient_checkpointing` is deprecated",
     "read by TRL and peft internally"),
)

_installed = False


class _DropLines(logging.Filter):
    def __init__(self, prefixes: tuple[str, ...]) -> None:
        super().__init__()
        self.prefixes = prefixes

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record is for its handler to report, not for us to drop
            return True
        return not message.startswith(self.prefixes)


def verbose_requested(verbose: bool = False) -> bool:
    return verbose or os.environ.get("SQLTUNE_VERBOSE", "").strip().lower() not in ("", "0", "false", "no")


def install(verbose: bool = False) -> None:
    """Drop the known third-party lines (before the stage imports torch/transformers); no-op when verbose."""
    global _installed
    if _installed or verbose_requested(verbose):
        return
    _installed = True
    for category, module, message, _why in WARNINGS:
        warnings.filterwarnings("ignore", message=message, category=category, module=module)
    by_logger: dict[str, tuple[str, ...]] = {}
    for name, prefix, _why in LOG_LINES:
        by_logger[name] = by_logger.get(name, ()) + (prefix,)
    for name, prefixes in by_logger.items():
        logging.getLogger(name).addFilter(_DropLines(prefixes))
