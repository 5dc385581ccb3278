"""Export a merged model as one GGUF file that llama.cpp and Ollama load (CPU inference, no Python).

The file holds the Gemma 3 text model under llama.cpp's `gemma3` architecture (its tensor names and
hyperparameters), the tokenizer (vocabulary, scores, token types, special ids) and sqltune's Gemma 3 chat
template. Gemma's RMSNorm weights are stored plus one (HF computes x*(1+w), llama.cpp x*w), as llama.cpp's own
converter does; norms stay float32. The model is checked first against what llama.cpp's gemma3 code
assumes (every 6th layer global, local RoPE base 10000, query scale 1/sqrt(head_dim)): a model it would run
differently is refused rather than exported wrong. The file is written under a temporary name and renamed
when complete. `--modelfile` also writes an Ollama Modelfile next to it (docs/EXPORT.md).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from .config import Config
from .errors import SqltuneError

CONFIG_GROUPS = ("model",)
OUTTYPES = ("f16", "bf16", "f32", "q8_0")
ARCH = "gemma3"
SWA_PERIOD = 6  # llama.cpp's gemma3: layers 5, 11, 17, ... are global, the rest sliding
SWA_ROPE_BASE = 10000.0  # llama.cpp's gemma3 hard-codes the sliding layers' RoPE base
STOP = "<end_of_turn>"

# Ollama's Go template for Gemma 3's turns, the same text sqltune's chat template produces for a conversation
# of user and model turns (no system turn: sqltune's prompts carry none).
OLLAMA_TEMPLATE = """\
{{- range $i, $_ := .Messages }}
{{- $last := eq (len (slice $.Messages $i)) 1 }}
{{- if eq .Role "user" }}<start_of_turn>user
{{ .Content }}<end_of_turn>
{{ if $last }}<start_of_turn>model
{{ end }}
{{- else if eq .Role "assistant" }}<start_of_turn>model
{{ .Content }}{{ if not $last }}<end_of_turn>
{{ end }}
{{- end }}
{{- end }}"""


def add_arguments(parser) -> None:
    parser.add_argument("--format", default="gguf", choices=("gguf",), help="Output format. [default: gguf]")
    parser.add_argument("--output", "-o", metavar="FILE.gguf",
                        help="The file to write. [default: NAME-OUTTYPE.gguf in the current folder, NAME from "
                             "--model]")
    parser.add_argument("--outtype", default="f16", choices=OUTTYPES,
                        help="Weight type of the 2-D tensors (norms stay f32). f16/bf16 keep a 16-bit merged "
                             "model as it is; q8_0 is half the size, a little less exact. [default: f16]")
    parser.add_argument("--modelfile", action="store_true",
                        help="Also write an Ollama Modelfile next to the GGUF (then: ollama create NAME -f "
                             "Modelfile).")
    parser.epilog = ("example: sqltune export --model runs/demo/merged --output sqltune.gguf --modelfile\n"
                     "         ollama create sqltune -f Modelfile")


def main(cfg: Config, args) -> int:
    import time

    folder, label = resolve_model_folder(cfg.model)
    outtype = getattr(args, "outtype", "f16")
    output = Path(getattr(args, "output", None) or f"{label}-{outtype}.gguf")
    if output.is_dir():
        raise SqltuneError(f"--output {output} is a folder; give a file name like {output / 'model.gguf'}")
    start = time.perf_counter()
    n_tensors = export_gguf(folder, output, outtype, name=label, tokenizer=cfg.tokenizer)
    size = output.stat().st_size
    print(f"sqltune export: {output} written ({n_tensors} tensors, {size / 2**20:.1f} MiB, {outtype}, "
          f"{time.perf_counter() - start:.1f} s)")
    if getattr(args, "modelfile", False):
        from .paths import atomic_write_text

        modelfile = output.with_name("Modelfile")
        atomic_write_text(modelfile, modelfile_text(f"./{output.name}"))
        print(f"sqltune export: {modelfile} written (ollama create {_ollama_name(label)} -f {modelfile})")
    return 0


def resolve_model_folder(model: str) -> tuple[Path, str]:
    """(HF folder with safetensors, a short name for the file) for a merged folder, a built-in or a base folder."""
    from .models import BUILTIN, describe

    path = Path(model).expanduser()
    if model not in BUILTIN and path.is_dir() and not (path / "config.json").is_file() and not (
            path / "adapter_config.json").is_file() and not list(path.glob("checkpoint-*")):
        raise SqltuneError(f"{path} is not a merged model folder (no config.json): run `sqltune merge --model "
                           "RUN_DIR` first and export RUN_DIR/merged")
    info = describe(model)
    if info["kind"] == "adapter":
        raise SqltuneError(f"{info['path']} holds a LoRA adapter, not a whole model: run `sqltune merge --model "
                           f"{info['path']}` first, then export {Path(info['path']) / 'merged'}")
    if info["kind"] == "hub":
        raise SqltuneError(f"--model {model} is a Hub id; export takes a local folder: a merged model "
                           "(`sqltune merge`) or a built-in name")
    folder = Path(info["path"])
    if not (folder / "config.json").is_file():
        raise SqltuneError(f"{folder} is not a merged model folder (no config.json): run `sqltune merge` first")
    if model in BUILTIN:
        label = model
    else:
        resolved = folder.resolve()
        label = resolved.parent.name if resolved.name == "merged" else resolved.name
    return folder, re.sub(r"[^A-Za-z0-9._-]+", "-", label) or "model"


def modelfile_text(gguf: str) -> str:
    """An Ollama Modelfile for an exported sqltune model (greedy, stops at the end of the model's turn)."""
    return (f"FROM {gguf}\n\n"
            f'TEMPLATE """{OLLAMA_TEMPLATE}"""\n\n'
            f'PARAMETER stop "{STOP}"\n'
            "PARAMETER temperature 0\n"
            "PARAMETER num_ctx 4096\n")


def _ollama_name(label: str) -> str:
    return re.sub(r"[^a-z0-9._-]+", "-", label.lower()).strip("-") or "sqltune"


# --- what llama.cpp's gemma3 can express -------------------------------------------------------------------

def text_config(config: dict) -> tuple[dict, str]:
    """(the text model's config, the prefix of its weights) for a Gemma 3 config.json."""
    model_type = config.get("model_type")
    if model_type == "gemma3_text":
        return config, "model."
    if model_type == "gemma3" and isinstance(config.get("text_config"), dict):
        # Gemma 3 4B and larger: an image-text model; the GGUF takes its language model (llama.cpp keeps the
        # vision tower in a separate mmproj file, which sqltune does not need).
        return {**config["text_config"], "tie_word_embeddings": config.get("tie_word_embeddings", True)}, \
            "model.language_model."
    arch = model_type or (config.get("architectures") or ["unknown"])[0]
    raise SqltuneError(f"unsupported architecture '{arch}': sqltune export writes Gemma 3 (gemma3_text) models "
                       "only")


def llama_cpp_layout_problem(cfg: dict) -> str | None:
    """Why llama.cpp's gemma3 code would compute something else than this config, or None."""
    n_layers = cfg["num_hidden_layers"]
    head_dim = cfg.get("head_dim", 256)
    want = ["full_attention" if i % SWA_PERIOD == SWA_PERIOD - 1 else "sliding_attention" for i in range(n_layers)]
    layer_types = cfg.get("layer_types") or want
    if layer_types != want:
        bad = next(i for i, (a, b) in enumerate(zip(layer_types, want)) if a != b)
        return (f"layer {bad} is {layer_types[bad]}, but llama.cpp's gemma3 makes every {SWA_PERIOD}th layer "
                "global and the others sliding")
    # llama.cpp scales queries by 1/sqrt(head_dim), or 1/sqrt(hidden/heads) for the 62-layer 27B.
    scalar = cfg["hidden_size"] // cfg["num_attention_heads"] if n_layers == 62 else head_dim
    if cfg.get("query_pre_attn_scalar", 256) != scalar:
        return (f"query_pre_attn_scalar is {cfg.get('query_pre_attn_scalar')}, but llama.cpp scales queries "
                f"by 1/sqrt({scalar})")
    if cfg.get("attn_logit_softcapping"):
        return "attention logit softcapping is set, which llama.cpp's gemma3 does not apply"
    if cfg.get("hidden_activation", "gelu_pytorch_tanh") != "gelu_pytorch_tanh":
        return f"hidden_activation is {cfg.get('hidden_activation')}, llama.cpp's gemma3 uses tanh-approximated GELU"
    if cfg.get("use_bidirectional_attention") or cfg.get("attention_bias"):
        return "bidirectional attention or attention biases are not part of llama.cpp's gemma3"
    local, _ = _rope(cfg, "sliding_attention")
    if local.get("rope_theta", SWA_ROPE_BASE) != SWA_ROPE_BASE or local.get("rope_type", "default") != "default":
        return f"the sliding layers' RoPE is {local}, llama.cpp's gemma3 uses plain RoPE with base {SWA_ROPE_BASE:g}"
    full, _ = _rope(cfg, "full_attention")
    if full.get("rope_type", "default") not in ("default", "linear"):
        return f"the global layers' RoPE type is {full.get('rope_type')}; only default and linear scaling export"
    return None


def _rope(cfg: dict, layer_type: str) -> tuple[dict, bool]:
    """RoPE parameters of one layer type (transformers 5 `rope_parameters`, or the older flat keys)."""
    params = cfg.get("rope_parameters")
    if isinstance(params, dict) and layer_type in params:
        return dict(params[layer_type]), True
    if layer_type == "sliding_attention":
        return {"rope_type": "default", "rope_theta": cfg.get("rope_local_base_freq", SWA_ROPE_BASE)}, False
    scaling = cfg.get("rope_scaling") or {}
    return {"rope_type": scaling.get("rope_type", scaling.get("type", "default")),
            "factor": scaling.get("factor"), "rope_theta": cfg.get("rope_theta", 1_000_000.0)}, False


# --- writing -----------------------------------------------------------------------------------------------

def export_gguf(folder: Path, output: Path, outtype: str = "f16", name: str = "sqltune",
                tokenizer: str | None = None) -> int:
    """Write `folder` (an HF Gemma 3 folder with safetensors weights) as one GGUF file; returns the tensor count.
    The tokenizer is the folder's own unless `tokenizer` (a folder or Hub id) is given."""
    import gguf
    import numpy as np

    config = json.loads((folder / "config.json").read_text())
    cfg, prefix = text_config(config)
    problem = llama_cpp_layout_problem(cfg)
    if problem:
        raise SqltuneError(f"{folder} cannot be exported for llama.cpp: {problem}; nothing was written")
    if outtype not in OUTTYPES:
        raise SqltuneError(f"--outtype {outtype} is not one of {', '.join(OUTTYPES)}")
    shards = _safetensors_files(folder)
    tokens, scores, types, special = _vocabulary(folder, tokenizer)
    plan = _tensor_plan(shards, prefix, cfg, len(tokens), outtype)

    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
    writer = gguf.GGUFWriter(tmp, ARCH)
    try:
        _write_metadata(writer, cfg, name, outtype, tokens, scores, types, special)
        for item in plan:
            # the numpy dtype only matters for raw uint8 data; the logical shape and type are given
            writer.add_tensor_info(item["name"], item["shape"], np.float32, item["nbytes"], raw_dtype=item["qtype"])
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_ti_data_to_file()
        _write_tensors(writer, plan)
        writer.close()
        _check_readable(tmp, len(plan))
        os.replace(tmp, output)
    except BaseException:
        writer.close()
        tmp.unlink(missing_ok=True)
        raise
    return len(plan)


def _safetensors_files(folder: Path) -> list[Path]:
    files = sorted(folder.glob("*.safetensors"))
    if not files:
        found = ", ".join(sorted(p.name for p in folder.glob("*.bin"))) or "none"
        raise SqltuneError(f"{folder} has no .safetensors weights (found: {found}): export reads the folder "
                           "`sqltune merge` writes; run `sqltune merge` first")
    return files


def _vocabulary(folder: Path, tokenizer: str | None = None) -> tuple[list[str], list[float], list[int], dict[str, int | None]]:
    """Tokens, scores and token types in the form llama.cpp's sentencepiece ('llama') tokenizer reads.

    Laid out as the Gemma 3 GGUFs llama.cpp's converter makes from tokenizer.model: special added tokens are
    CONTROL, other added tokens and the runs of spaces USER_DEFINED (spelled with real spaces), `<0xNN>`
    BYTE; the other tokens are NORMAL, scored in vocabulary order, which is the order llama.cpp merges in.
    """
    from gguf import TokenType

    from .models import load_tokenizer_from

    tok = load_tokenizer_from(folder, tokenizer)
    vocab = tok.get_vocab()
    n = max(vocab.values()) + 1
    tokens: list[str | None] = [None] * n
    for text, i in vocab.items():
        tokens[i] = text
    missing = [i for i, t in enumerate(tokens) if t is None]
    if missing:
        raise SqltuneError(f"the tokenizer in {folder} has no token for ids {missing[:5]}: cannot write a vocabulary")
    added = {i: t.special for i, t in tok.added_tokens_decoder.items()}
    byte = re.compile(r"^<0x[0-9A-F]{2}>$")
    scores: list[float] = []
    types: list[int] = []
    rank = 0
    for i, text in enumerate(tokens):
        if i in added:
            types.append(TokenType.CONTROL if added[i] else TokenType.USER_DEFINED)
            scores.append(-1000.0)
        elif len(text) >= 2 and set(text) == {"\u2581"}:
            tokens[i] = " " * len(text)
            types.append(TokenType.USER_DEFINED)
            scores.append(-1000.0)
        elif byte.match(text):
            types.append(TokenType.BYTE)
            scores.append(0.0)
        else:
            types.append(TokenType.NORMAL)
            scores.append(-float(rank))
            rank += 1
    special = {"bos": tok.bos_token_id, "eos": tok.eos_token_id, "unk": tok.unk_token_id, "pad": tok.pad_token_id,
               # Gemma needs <bos> first: the HF tokenizer adds it to plain text (its post-processor, whatever
               # add_bos_token says), and llama.cpp and Ollama do so by this flag, as in Google's GGUFs.
               "eot": vocab.get(STOP), "add_bos": tok("a").input_ids[:1] == [tok.bos_token_id]}
    return tokens, scores, [int(t) for t in types], special  # type: ignore[return-value]


def _tensor_plan(shards: list[Path], prefix: str, cfg: dict, n_vocab: int, outtype: str) -> list[dict[str, Any]]:
    """One entry per GGUF tensor: its name, source (file, key), shape, type and size, in llama.cpp's order."""
    import gguf
    from safetensors import safe_open

    n_layers = cfg["num_hidden_layers"]
    name_map = gguf.get_tensor_name_map(gguf.MODEL_ARCH.GEMMA3, n_layers)
    tied = cfg.get("tie_word_embeddings", True)
    skip = ("model.vision_tower.", "model.multi_modal_projector.", "vision_tower.", "multi_modal_projector.")
    plan: list[dict[str, Any]] = []
    for shard in shards:
        with safe_open(str(shard), framework="pt") as f:
            for key in f.keys():
                if key.startswith(skip):
                    continue
                if key == "lm_head.weight":
                    if tied:
                        continue  # the same matrix as token_embd; llama.cpp reuses it when `output` is absent
                    hf = key
                elif key.startswith(prefix):
                    hf = "model." + key[len(prefix):]
                else:
                    raise SqltuneError(f"unexpected tensor '{key}' in {shard}: not a Gemma 3 text model weight")
                stem, _, suffix = hf.rpartition(".")
                gguf_stem = name_map.get_name(stem)
                if gguf_stem is None:
                    raise SqltuneError(f"tensor '{key}' in {shard} has no llama.cpp gemma3 name; cannot export it")
                shape = list(f.get_slice(key).get_shape())
                rows = n_vocab if gguf_stem in ("token_embd", "output") else None
                if rows is not None:
                    if shape[0] < n_vocab:
                        raise SqltuneError(f"{key} has {shape[0]} rows but the tokenizer {n_vocab} tokens")
                    shape[0] = n_vocab  # rows past the tokenizer are padding llama.cpp does not load
                qtype = _qtype(outtype, shape)
                plan.append({"name": f"{gguf_stem}.{suffix}", "file": shard, "key": key, "shape": shape,
                             "rows": rows, "qtype": qtype, "nbytes": _nbytes(shape, qtype),
                             "norm_shift": stem.endswith("norm")})
    names = {p["name"] for p in plan}
    need = {"token_embd.weight", "output_norm.weight"} | {f"blk.{i}.attn_q.weight" for i in range(n_layers)}
    if need - names:
        raise SqltuneError(f"the weights lack {sorted(need - names)[0]}: the folder is incomplete; merge again")
    return plan


def _qtype(outtype: str, shape: list[int]):
    from gguf import GGMLQuantizationType as Q

    if len(shape) == 1 or outtype == "f32":
        return Q.F32  # norms stay float32, as in llama.cpp's converter
    if outtype == "q8_0":
        return Q.Q8_0 if shape[-1] % 32 == 0 else Q.F16
    return Q.BF16 if outtype == "bf16" else Q.F16


def _nbytes(shape: list[int], qtype) -> int:
    from gguf import quant_shape_to_byte_shape
    from gguf.constants import GGML_QUANT_SIZES

    block, size = GGML_QUANT_SIZES[qtype]
    n = 1
    for d in (quant_shape_to_byte_shape(shape, qtype) if block > 1 else shape):
        n *= d
    return n if block > 1 else n * size


def _write_metadata(writer, cfg: dict, name: str, outtype: str, tokens: list[str], scores: list[float],
                    types: list[int], special: dict) -> None:
    import gguf

    from .prompts import GEMMA3_CHAT_TEMPLATE

    head_dim = cfg.get("head_dim", 256)
    writer.add_type("model")
    writer.add_name(name)
    writer.add_context_length(cfg.get("max_position_embeddings", 131072))
    writer.add_embedding_length(cfg["hidden_size"])
    writer.add_block_count(cfg["num_hidden_layers"])
    writer.add_feed_forward_length(cfg["intermediate_size"])
    writer.add_head_count(cfg.get("num_attention_heads", 8))
    writer.add_head_count_kv(cfg.get("num_key_value_heads", 4))
    writer.add_key_length(head_dim)
    writer.add_value_length(head_dim)
    writer.add_layer_norm_rms_eps(cfg.get("rms_norm_eps", 1e-6))
    full, _ = _rope(cfg, "full_attention")
    writer.add_rope_freq_base(float(full.get("rope_theta", 1_000_000.0)))
    writer.add_rope_freq_base_swa(SWA_ROPE_BASE)
    if full.get("rope_type") == "linear" and full.get("factor"):
        writer.add_rope_scaling_type(gguf.RopeScalingType.LINEAR)
        writer.add_rope_scaling_factor(float(full["factor"]))
    writer.add_sliding_window(cfg["sliding_window"])
    if cfg.get("final_logit_softcapping"):
        writer.add_final_logit_softcapping(float(cfg["final_logit_softcapping"]))
    file_type = {"f32": gguf.LlamaFileType.ALL_F32, "f16": gguf.LlamaFileType.MOSTLY_F16,
                 "bf16": gguf.LlamaFileType.MOSTLY_BF16, "q8_0": gguf.LlamaFileType.MOSTLY_Q8_0}[outtype]
    writer.add_file_type(file_type)
    writer.add_quantization_version(gguf.GGML_QUANT_VERSION)

    writer.add_tokenizer_model("llama")  # sentencepiece-style: merges by score, byte fallback
    writer.add_tokenizer_pre("default")
    writer.add_token_list(tokens)
    writer.add_token_scores(scores)
    writer.add_token_types(types)
    for key, add in (("bos", writer.add_bos_token_id), ("eos", writer.add_eos_token_id),
                     ("unk", writer.add_unk_token_id), ("pad", writer.add_pad_token_id),
                     ("eot", writer.add_eot_token_id)):
        if special.get(key) is not None:
            add(int(special[key]))
    writer.add_add_bos_token(special["add_bos"])
    writer.add_add_eos_token(False)
    writer.add_add_space_prefix(False)
    writer.add_chat_template(GEMMA3_CHAT_TEMPLATE)


def _write_tensors(writer, plan: list[dict[str, Any]]) -> None:
    import torch
    from gguf import GGMLQuantizationType as Q
    from gguf import quants
    from safetensors import safe_open
    from tqdm.auto import tqdm

    open_files: dict[Path, Any] = {}
    try:
        for item in tqdm(plan, desc="sqltune export", unit="tensor", leave=False):
            f = open_files.get(item["file"])
            if f is None:
                f = open_files[item["file"]] = safe_open(str(item["file"]), framework="pt")
            t = f.get_tensor(item["key"])
            if item["rows"] is not None:
                t = t[: item["rows"]]
            if item["norm_shift"]:
                t = t.float() + 1.0  # HF Gemma norms compute x*(1+w); llama.cpp computes x*w
            q = item["qtype"]
            if q == Q.F32:
                data = t.float().contiguous().numpy()
            elif q == Q.F16:
                data = t.to(torch.float16).contiguous().numpy()
            elif q == Q.BF16:
                data = t.to(torch.bfloat16).contiguous().view(torch.int16).numpy().view("uint8")
            else:
                data = quants.quantize(t.float().contiguous().numpy(), q)
            writer.write_tensor_data(data)
    finally:
        open_files.clear()


def _check_readable(path: Path, n_tensors: int) -> None:
    """The header says what was planned (reading the whole file back takes longer than writing it)."""
    import struct

    with open(path, "rb") as f:
        magic, version, count = struct.unpack("<4sIQ", f.read(16))
    if magic != b"GGUF" or count != n_tensors:
        raise SqltuneError(f"the written GGUF header is wrong ({magic!r}, {count} tensors, expected "
                           f"{n_tensors}); nothing was kept")
