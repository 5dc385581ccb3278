"""One flat config for every stage: defaults here, a YAML file on top, command-line flags on top of that.

Flat (not nested) so every value has one short flag (`--learning-rate 1e-4`) and one YAML key
(`learning_rate: 1e-4`). Unknown keys are an error, never ignored. Each field's `help` is the
documentation `--help` prints; `group` decides where it is listed.
"""

from __future__ import annotations

import argparse
import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SqltuneError

CANDIDATE_CHOICES = ("nonempty", "first", "vote", "rerank")  # how execution-guided decoding keeps one


def _f(default: Any, help: str, group: str, choices: tuple | None = None, factory=None):
    meta = {"help": help, "group": group, "choices": choices}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


@dataclass
class Config:
    # --- model -------------------------------------------------------------------------------------------
    model: str = _f("gemma-3-270m", "Base model: built-in 'gemma-3-270m', a Hub id (google/gemma-3-1b-pt) or a "
                    "local HF folder. For generate/evaluate/serve also an adapter or merged folder, or "
                    "'sqltune-270m': gemma-3-270m trained on Spider, shipped with sqltune (their default).", "model")
    tokenizer: str | None = _f(None, "Tokenizer (Hub id or folder). Default: the model's own; the recipe takes "
                               "the -it model's for its chat template.", "model")
    dtype: str = _f("auto", "Weights/compute dtype. auto = bf16 on GPUs with compute capability >= 8, fp16 on "
                    "older GPUs, fp32 on CPU.", "model", ("auto", "bfloat16", "float16", "float32"))
    attn_implementation: str = _f("varlen", "Attention kernel. varlen = PyTorch's built-in FlashAttention over "
                                  "packed examples, each attending only to itself (training; generation uses "
                                  "sdpa).", "model", ("varlen", "eager", "sdpa", "flash_attention_2",
                                                      "flash_attention_3"))
    quantization: str = _f("auto", "Base weights while training: nf4 = QLoRA (bitsandbytes 4-bit NF4, double "
                           "quantization); none = plain LoRA on 16-bit weights; auto = nf4 above 3B parameters.",
                           "model", ("auto", "nf4", "none"))
    device_map: str | None = _f("auto", "accelerate device map for loading ('auto', 'cpu', 'cuda:0'; null for none).",
                                "model")

    # --- data --------------------------------------------------------------------------------------------
    dataset: str = _f("spider", "Source: 'spider' (built in), 'gretel' (= philschmid/gretel-synthetic-text-to-sql), "
                      "a Hub dataset name, or a local .jsonl/.json/.csv/.parquet file.", "data")
    data_dir: str = _f("data/spider", "Folder of prepared data (train.jsonl, test.jsonl, summary.json): written by "
                       "prepare, read by train/evaluate.", "data")
    question_column: str = _f("sql_prompt", "Column holding the question (local/Hub sources).", "data")
    context_column: str = _f("sql_context", "Column holding the schema/context (CREATE TABLE ...).", "data")
    sql_column: str = _f("sql", "Column holding the gold SQL.", "data")
    schema_format: str = _f("compact", "How a database schema is written into the prompt (Spider and "
                            "--db): the CREATE TABLE statements, or compact 'table(col, ...)' lines with keys.",
                            "data", ("create_table", "compact"))
    sample_rows: int = _f(0, "Sample data in the schema: with create_table, this many rows per table as INSERT "
                          "statements (gretel-like); with compact, up to this many distinct values of each text "
                          "column, in brackets after it.", "data")
    prompt_template: str = _f("recipe", "Prompt template: 'recipe' or a literal text with {context} and "
                              "{question}.", "data")
    value_retrieval: bool = _f(False, "Write the database values a question names (exact, misspelled or partial "
                               "matches of its words, short values a word begins with) beside their columns in the "
                               "schema text, and the whole set of codes of a column it names ('T', 'F').", "data")
    value_budget: int = _f(400, "Characters of matched values added to the schema with --value-retrieval (about 4 "
                           "a token).", "data")
    schema_linking: str = _f("off", "on = the prompt shows only the tables a question likely needs (scored from its "
                             "words and matched values), plus the tables that join them and their neighbours.",
                             "data", ("off", "on"))
    linking_keep: int = _f(3, "Schema linking: tables kept by score before join paths and neighbours are added.",
                           "data")
    linking_hops: int = _f(1, "Schema linking: foreign-key steps around the kept tables also kept.", "data")
    train_extra: str | None = _f("auto", "Spider: add Spider-Syn train (7,000 questions with schema words replaced "
                                 "by synonyms, the same SQL) to the training split (never from held-out "
                                 "databases). auto = spider-syn when --dataset is spider, nothing for other data "
                                 "(held-out databases: 38.65 against 37.75 %, two seeds each, docs/BENCHMARKS.md); none = the "
                                 "dataset's own rows only.", "data", ("auto", None, "spider-syn"))
    augment: list[str] = _f(None, "Spider: schema augmentations of training rows, seeded with --seed: "
                            "shuffle_tables, shuffle_columns, distractors (3 tables of other databases), "
                            "drop_unused (tables the gold SQL does not need), link (the linker's cut, gold "
                            "tables kept). None by default: shuffling cost 1.6 points and distractors 2.4 on "
                            "held-out databases (two seeds, docs/BENCHMARKS.md).", "data", factory=list)
    review_rows: bool = _f(False, "Add a review row for each training row: its SQL in, its question out (no "
                           "schema), so the model also learns what SQL says in words. A model trained so records "
                           "it, and --candidate-choice rerank then also weighs how likely each candidate makes the "
                           "question, log P(question | SQL). On by default in prepare (train takes it from the "
                           "data folder; generate, evaluate and serve from the model folder) since 2026-12-07: "
                           "held-out databases, 16 candidates, 56.2 % against 54.6 % (four trainings against "
                           "five); about 1.2x the training steps and 1.10x the time of 16 candidates on a GPU "
                           "(--no-review-rows at evaluation skips the score; docs/BENCHMARKS.md).", "data")
    num_samples: int | None = _f(12500, "Rows taken after shuffling a single-split source (null = all).", "data")
    test_size: int = _f(2500, "Rows split off as test when the source has a single split.", "data")
    seed: int = _f(42, "Seed for shuffling, splitting and training.", "data")
    holdout_databases: int = _f(0, "Spider: move every question of N train databases (chosen with --seed) out of "
                                "train.jsonl into validation.jsonl, to choose settings on data unlike both train "
                                "and dev (Spider dev's databases are unseen in train too). 0 = none.", "data")
    bad_rows: str = _f("drop", "Rows with missing/empty fields or prompts longer than max_length: drop them "
                       "(counted and listed) or fail.", "data", ("drop", "fail"))

    # --- LoRA --------------------------------------------------------------------------------------------
    lora_r: int = _f(64, "LoRA rank.", "lora")
    lora_alpha: int = _f(128, "LoRA alpha.", "lora")
    lora_dropout: float = _f(0.0, "LoRA dropout (the recipe: 0.05). Off by default: 1.12x the tokens/s, held-out "
                             "accuracy within the spread (docs/BENCHMARKS.md).", "lora")
    lora_target_modules: list[str] | str = _f("all-linear", "Modules that get adapters ('all-linear' or a list).",
                                              "lora")
    modules_to_save: list[str] = _f(None, "Modules trained and saved in full (the recipe: lm_head, embed_tokens).",
                                    "lora", factory=list)
    adapter_dtype: str = _f("bfloat16", "Precision of the saved adapter file. bfloat16 halves the file (the merged "
                            "model is 16-bit anyway); float32 keeps the training precision (the recipe).", "lora",
                            ("bfloat16", "float32"))
    lora_dtype: str = _f("auto", "Precision the LoRA matrices train in. auto = the base's 16-bit dtype over a 16-bit "
                         "base and under QLoRA (TRL's cast), float32 over a float32 base (a CPU); float32 = PEFT's "
                         "upcast, which over a 16-bit base casts every LoRA input and weight to and from float32 "
                         "each step (the default until 2026-12-01); bfloat16 = always.", "lora",
                         ("auto", "float32", "bfloat16"))

    # --- training ----------------------------------------------------------------------------------------
    output_dir: str = _f("runs/sqltune", "Training output folder: adapter, tokenizer, config, checkpoints.", "train")
    max_length: int = _f(1536, "Longest training sequence in tokens.", "train")
    packing: bool = _f(True, "Pack several examples into each sequence.", "train")
    packing_strategy: str = _f("bfd", "bfd = whole examples, no attention across them (padding-free); "
                               "wrapped = concatenate and cut (the recipe's behaviour).", "train", ("bfd", "wrapped"))
    completion_only_loss: bool = _f(True, "Loss on the SQL answer only (the recipe trains on the prompt too).",
                                    "train")
    num_train_epochs: float = _f(8.0, "Epochs.", "train")
    max_steps: int = _f(-1, "Stop after this many optimizer steps (-1 = use epochs).", "train")
    per_device_train_batch_size: int = _f(32, "Sequences per device per micro-step.", "train")
    gradient_accumulation_steps: int = _f(1, "Micro-steps per optimizer step.", "train")
    gradient_checkpointing: bool = _f(False, "Recompute activations to save memory.", "train")
    optim: str = _f("adamw_torch_fused", "Optimizer (transformers name).", "train")
    learning_rate: float = _f(5.66e-4, "Peak learning rate.", "train")
    lr_scheduler_type: str = _f("cosine", "Learning-rate schedule.", "train")
    warmup_ratio: float = _f(0.03, "Share of steps spent warming up.", "train")
    max_grad_norm: float = _f(1.0, "Gradient clipping.", "train")
    logging_steps: int = _f(10, "Log every N steps.", "train")
    save_strategy: str = _f("epoch", "When to checkpoint.", "train", ("epoch", "steps", "no"))
    save_steps: int = _f(500, "Checkpoint every N steps when save_strategy is steps.", "train")
    save_total_limit: int | None = _f(None, "Keep at most this many checkpoints (null = all).", "train")
    report_to: str = _f("tensorboard", "Where logs go ('tensorboard', 'none', ...).", "train")
    use_liger_kernel: bool | str = _f("auto", "Liger fused kernels (RMSNorm, GeGLU, RoPE): auto = on with CUDA "
                                      "and liger-kernel installed unless the layers are compiled (inductor fuses "
                                      "its own there), off elsewhere.", "train", ("auto", True, False))
    compile: str = _f("auto", "torch.compile: layers = each decoder layer compiled on its own (regional: the "
                      "layers share their compiled code; the first steps pay for compiling). Fewer kernel launches and "
                      "fused element-wise work on CUDA; works on CPU too, slowly. auto = layers on one GPU process, "
                      "none on a CPU or under a launcher.", "train", ("auto", "none", "layers"))
    lazy_metrics: bool = _f(True, "Keep each step's logged metrics (token accuracy, entropy, tokens seen) on the "
                            "GPU until a logging step, so the host never waits for the card inside a step and "
                            "queues the next step while the card runs this one; a NaN loss is logged as NaN. Same "
                            "loss and logs; one process only (TRL's per-step reads under a launcher).", "train")
    push_to_hub: bool = _f(False, "Push the adapter to the Hub (needs HF_TOKEN with write access).", "train")
    hub_model_id: str | None = _f(None, "Hub repository for push_to_hub.", "train")
    resume: bool = _f(False, "Continue from the last checkpoint in output_dir.", "train")

    # --- merge -------------------------------------------------------------------------------------------
    merged_dir: str | None = _f(None, "Merged model folder (default: <output_dir>/merged).", "merge")
    max_shard_size: str = _f("2GB", "Largest safetensors shard.", "merge")

    # --- generation --------------------------------------------------------------------------------------
    max_new_tokens: int = _f(256, "Most tokens generated per answer.", "generate")
    batch_size: int = _f(0, "Prompts generated together (left padding). 0 = auto: on a GPU up to 1,024 sequences a "
                         "batch (prompts x candidates: 1,024 greedy prompts, 64 questions of 16 beams; 4,096 for "
                         "constrained candidates, 256 questions of 16) as far as the GPU's free memory holds their "
                         "KV cache (and, under --constrain, its masks): 4.4x the questions/s of 64 greedy on an "
                         "H200 unconstrained, 4.6x constrained; 16 constrained candidates 1.61x at 256 questions "
                         "against 64. On a CPU 8. A batch that runs out of GPU memory is halved and the run goes on.",
                         "generate")
    cpu_weights: str = _f("auto", "On a CPU, the decoder layers' weights: float32 (the answers of the trained "
                          "weights), or int8 (one scale per row: 1.7-1.8x as fast a question, as accurate in the benchmark; "
                          "answers can differ where two tokens are near ties). auto = int8. GPUs ignore it "
                          "(docs/BENCHMARKS.md, CPU latency).", "generate", ("auto", "float32", "int8"))

    # --- decoding that uses the database (generate and evaluate) ----------------------------------------
    num_candidates: int = _f(1, "Candidates per question; >1 turns on execution-guided decoding: beam search "
                             "returns this many and --candidate-choice keeps one (the shipped model on Spider dev: 16 -> 63.1 %, "
                             "8 -> 61.6 % in 0.84x the time, greedy with retries 57.7 %; docs/BENCHMARKS.md).", "decoding")
    candidate_mode: str = _f("beam", "How the candidates are made: beam search (num_beams = num_candidates), or "
                             "sampling (temperature 0.7, top-p 0.95, top-k 64, seeded with --seed).", "decoding",
                             ("beam", "sample"))
    beam_early_stop: bool = _f(True, "Beam search: a question's beams stop as soon as num_candidates of them have "
                               "ended, instead of going on while a running beam might still score better "
                               "(transformers' default, which keeps a whole batch decoding until its last "
                               "question's beams give up). 16 beams: 2x the questions/s, held-out accuracy "
                               "47.4 vs 46.0 % (docs/BENCHMARKS.md).", "decoding")
    beam_stop_ratio: float = _f(2.0, "With --beam-early-stop: a question's beams also stop once it has decoded this "
                                "many times as many tokens as its shortest ended beam (never before 96), keeping "
                                "the beams that have ended (fewer than num_candidates). A batch runs as long as its "
                                "longest question, and the longest are beams that do not end (2 was chosen on two "
                                "held-out trainings' saved candidates: 0-1 kept answers changed, 30-45 % fewer "
                                "steps; 16 candidates on Spider dev in 0.92x the time on an H100, one question lost; "
                                "docs/BENCHMARKS.md). 0 = off: each question runs until num_candidates have ended.",
                                "decoding")
    beam_distinct: bool = _f(False, "With --beam-early-stop: a beam that ends with the SQL of one already ended, "
                             "letter case outside quotes aside (another tokenization, ' sing'+'er' for ' singer'; "
                             "<eos> for <end_of_turn>; Singer_ID for singer_id), does not take a candidate's place, "
                             "and under --constrain a step's continuations that repeat a better one so are masked, "
                             "so the beams go on to num_candidates different answers. About half of the shipped "
                             "model's 16 candidates on Spider dev were such repeats (10.8 % word for word). Off: on "
                             "held-out databases 3 points more questions had a right answer among 16, but the "
                             "choice kept as many right (docs/BENCHMARKS.md).", "decoding")
    candidate_choice: str = _f("rerank", "Which candidate is kept: rerank = of those nonempty accepts, the one a "
                               "linear score rates highest (the question's words it uses as names and misses, the "
                               "SQL constructs the question asks for, rank, length; weights fitted on held-out "
                               "Spider train databases: +3.3 points over nonempty with 16 constrained candidates, "
                               "docs/BENCHMARKS.md); nonempty = the first that executes and returns a result (one "
                               "row of only 0/NULL, a count or sum over nothing, does not count); first = the "
                               "first that executes and returns rows; vote = the result most candidates agree on "
                               "(its best-ranked candidate). If none qualifies: the first with rows, else the first "
                               "that executes, else the first.", "decoding", CANDIDATE_CHOICES)
    constrain: str = _f("schema", "Constrained decoding: at each step only tokens that keep the answer a valid prefix "
                        "of an SQLite query. grammar = SQL syntax; schema = also only the database's table and "
                        "column names in scope; none = the model's own tokens. schema was chosen on held-out Spider "
                        "train databases: +2.6 points greedy, +5.8 with 16 candidates (98.5 % of answers execute), at "
                        "1.2-3.7x the time of 16 unconstrained candidates on a GPU (docs/CONSTRAINED_DECODING.md).",
                        "decoding", ("none", "grammar", "schema"))
    constrain_max_deficit: float | None = _f(16.0, "With --constrain: give up on an answer once the constraint has "
                                            "ruled out the model's own choice by more than this much in all: the "
                                            "sum over its steps of the log-probability of the model's best token "
                                            "minus that of the best allowed one (nats). The answer ends there and "
                                            "carries an error. null = never. 16 was chosen on held-out Spider train "
                                            "databases: answers half as long, accuracy 0.6 points under never "
                                            "(docs/CONSTRAINED_DECODING.md).", "decoding")
    constrain_workers: int = _f(0, "With --constrain: greedy batches' per-row checks (each row's grammar and scope "
                                "state, moved on to its best valid token while the next forward runs) in this many "
                                "worker processes instead of the decoding process, whose host time they take off a "
                                "GPU step. The same answers; on an H200, all of Spider dev in one batch took 1.18-"
                                "1.20x the time of unconstrained greedy with 4 or 8 workers against 1.28x without. "
                                "Each worker takes seconds to start (once a process, while the model loads): not "
                                "the default (0 = in the decoding process). Beams and samples always check in the "
                                "decoding process (docs/CONSTRAINED_DECODING.md).", "decoding")
    complete_failed: bool = _f(True, "With --constrain (or --constrained-retry): a question whose answer still fails "
                               "to execute after everything else (mostly an answer that gave up, "
                               "--constrain-max-deficit) is decoded once more, greedily under the constraint with "
                               "no give-up limit, so that it ends as a complete query of its schema; kept if it "
                               "executes. It never replaces an answer that runs, so it cannot cost accuracy. Needs a "
                               "database to run on (docs/CONSTRAINED_DECODING.md).", "decoding")
    constrained_retry: bool = _f(False, "For unconstrained decoding (with --constrain none): when the kept SQL "
                                 "fails to execute, decode the question again under the schema constraint with "
                                 "--retry-beams beams (0: greedily), execution-guided, and keep that answer if it "
                                 "executes; after greedy answers and after --num-candidates alike. 16 candidates "
                                 "then 16 constrained beams for the 15-21 % that fail, on an H200: Spider dev in "
                                 "104 s of decoding against 137 s for 16 constrained candidates, 1.1-1.6 points "
                                 "lower held-out and 0.8 on dev and Spider-Syn dev: the fast way, not the default "
                                 "(docs/BENCHMARKS.md).",
                                 "decoding")
    retry_beams: int = _f(16, "Greedy decoding (--num-candidates 1, without --self-correct), and any decoding with "
                          "--constrained-retry: when the answer fails to execute (under --constrain, mostly one "
                          "that gave up), decode the question again with this many beams (constrained as the first "
                          "answer was; under the schema constraint with --constrained-retry), execution-guided "
                          "(--candidate-choice), and keep that answer if it executes. 0 = off (with "
                          "--constrained-retry: a constrained greedy retry). Needs a database to run on. 16 was "
                          "chosen on held-out Spider train databases: +10.9 and +13.6 points over constrained "
                          "greedy (two trainings), 98-99 % of answers execute, at ~3x the time "
                          "(docs/CONSTRAINED_DECODING.md).", "decoding")
    self_correct: bool = _f(False, "When the chosen SQL fails to execute, ask once more with the database error "
                            "in the prompt; the new answer is kept if it executes.", "decoding")

    def validate(self) -> None:
        """Collect every problem, then raise them as one error that names the flags."""
        problems = []
        if self.max_length < 16:
            problems.append(f"--max-length must be at least 16 (got {self.max_length})")
        if self.test_size < 0:
            problems.append(f"--test-size must be >= 0 (got {self.test_size})")
        if self.holdout_databases < 0:
            problems.append(f"--holdout-databases must be >= 0 (got {self.holdout_databases}; 0 = no validation "
                            "split)")
        if self.num_samples is not None and self.num_samples <= self.test_size:
            problems.append(f"--num-samples ({self.num_samples}) must be larger than --test-size ({self.test_size})")
        if self.lora_r <= 0:
            problems.append(f"--lora-r must be positive (got {self.lora_r})")
        for name in ("per_device_train_batch_size", "gradient_accumulation_steps", "max_new_tokens",
                     "num_candidates"):
            if getattr(self, name) <= 0:
                problems.append(f"--{name.replace('_', '-')} must be positive (got {getattr(self, name)})")
        if self.constrained_retry and self.constrain != "none":
            problems.append("--constrained-retry retries unconstrained answers: add --constrain none (got "
                            f"--constrain {self.constrain}; the default is schema)")
        if self.constrained_retry and self.self_correct:
            problems.append("--constrained-retry and --self-correct each make the one retry: choose one")
        if self.beam_stop_ratio != 0 and not self.beam_stop_ratio >= 1:
            problems.append(f"--beam-stop-ratio must be 0 (off) or at least 1 (got {self.beam_stop_ratio})")
        if self.retry_beams < 0 or self.retry_beams == 1:
            problems.append(f"--retry-beams must be 0 (off) or at least 2 (got {self.retry_beams})")
        if self.batch_size < 0:
            problems.append(f"--batch-size must be positive, or 0 for auto (got {self.batch_size})")
        if not 0 <= self.lora_dropout < 1:
            problems.append(f"--lora-dropout must be in [0, 1) (got {self.lora_dropout})")
        if self.constrain_workers < 0:
            problems.append(f"--constrain-workers must be 0 or more (got {self.constrain_workers})")
        if self.constrain_max_deficit is not None and not self.constrain_max_deficit > 0:
            problems.append(f"--constrain-max-deficit must be positive, or null for never (got "
                            f"{self.constrain_max_deficit})")
        if self.value_budget < 0:
            problems.append(f"--value-budget must be >= 0 (got {self.value_budget})")
        if self.linking_keep <= 0 or self.linking_hops < 0:
            problems.append(f"--linking-keep must be positive and --linking-hops >= 0 (got {self.linking_keep}, "
                            f"{self.linking_hops})")
        from .augment import KINDS

        unknown = [k for k in self.augment if k not in KINDS]
        if unknown:
            problems.append(f"--augment: unknown kind(s) {', '.join(unknown)} (choose from {', '.join(KINDS)})")
        if self.push_to_hub and not self.hub_model_id:
            problems.append("--push-to-hub needs --hub-model-id")
        if problems:
            raise SqltuneError("invalid config: " + "; ".join(problems))

    def to_dict(self) -> dict:
        return dataclasses.asdict(self)


FIELDS = {f.name: f for f in dataclasses.fields(Config)}


def _coerce(name: str, value: Any) -> Any:
    """Turn a YAML or command-line value into the field's type, with an error that names the key."""
    f = FIELDS[name]
    hint = typing.get_type_hints(Config)[name]
    is_union = isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union
    args = typing.get_args(hint) if is_union else ()
    optional = type(None) in args
    if isinstance(value, str) and value.lower() in ("null", "none", "~") and optional:
        return None
    if value is None:
        if optional:
            return None
        raise SqltuneError(f"config key '{name}' cannot be null")
    base = [a for a in args if a is not type(None)] if args else [hint]
    try:
        if bool in base:
            if isinstance(value, bool):
                out = value
            elif str(value).lower() in ("1", "true", "yes", "on"):
                out = True
            elif str(value).lower() in ("0", "false", "no", "off"):
                out = False
            elif str in base:
                out = str(value)  # e.g. use_liger_kernel: auto
            else:
                raise ValueError(value)
        elif int in base and float not in base:
            if isinstance(value, float) and not value.is_integer():
                raise ValueError(value)
            out = int(value)
        elif float in base:
            out = float(value)
        elif any(typing.get_origin(b) is list for b in base):
            if isinstance(value, str):
                if str in base and "," not in value and not value.startswith("["):
                    out = value  # e.g. lora_target_modules: all-linear
                else:
                    out = [v.strip() for v in value.strip("[]").split(",") if v.strip()]
            else:
                out = list(value)
        else:
            out = str(value)
    except (TypeError, ValueError):
        raise SqltuneError(f"config key '{name}': cannot read {value!r} as {_type_name(hint)}") from None
    choices = f.metadata.get("choices")
    if choices and out not in choices:
        raise SqltuneError(f"config key '{name}': {out!r} is not one of {', '.join(map(str, choices))}")
    return out


def _type_name(hint) -> str:
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return " or ".join(_type_name(a) for a in typing.get_args(hint))
    return getattr(hint, "__name__", str(hint))


def load_yaml(path: str | Path) -> dict:
    import yaml

    path = Path(path)
    if not path.is_file():
        raise SqltuneError(f"config file not found: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as e:
        raise SqltuneError(f"config file {path} is not valid YAML: {e}".splitlines()[0]) from None
    if not isinstance(data, dict):
        raise SqltuneError(f"config file {path} must be a mapping of key: value")
    unknown = sorted(set(data) - set(FIELDS))
    if unknown:
        raise SqltuneError(f"config file {path}: unknown key(s) {', '.join(unknown)} (see `sqltune train --help`)")
    return data


def make_config(yaml_path: str | Path | None = None, overrides: dict | None = None) -> Config:
    """Defaults < YAML file < overrides (already-parsed flags)."""
    values: dict[str, Any] = {}
    if yaml_path:
        values.update(load_yaml(yaml_path))
    for key, value in (overrides or {}).items():
        if key not in FIELDS:
            raise SqltuneError(f"unknown config key '{key}'")
        values[key] = value
    cfg = Config(**{k: _coerce(k, v) for k, v in values.items()})
    cfg.validate()
    return cfg


def dump_yaml(cfg: Config | dict) -> str:
    import yaml

    data = cfg.to_dict() if isinstance(cfg, Config) else cfg
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


GROUP_TITLES = {
    "model": "model",
    "data": "data (prepare)",
    "lora": "LoRA",
    "train": "training",
    "merge": "merge",
    "generate": "generation",
    "decoding": "decoding that uses the database",
}


def add_config_flags(parser: argparse.ArgumentParser, groups: tuple[str, ...], stage_defaults: dict | None = None
                     ) -> None:
    """Add `--config`, `--print-config` and one flag per config field of the given groups (`stage_defaults`:
    the stage's own defaults, shown in --help).

    Flags default to None (not given), so only what the user typed overrides the YAML file.
    """
    parser.add_argument("--config", metavar="FILE.yaml", help="YAML config; flags override its values.")
    parser.add_argument("--print-config", action="store_true",
                        help="Print the fully resolved config as YAML and exit.")
    for group in groups:
        g = parser.add_argument_group(f"{GROUP_TITLES[group]} options")
        for f in dataclasses.fields(Config):
            if f.metadata["group"] != group:
                continue
            default = f.default if f.default is not dataclasses.MISSING else f.default_factory()
            default = (stage_defaults or {}).get(f.name, default)
            flag = "--" + f.name.replace("_", "-")
            help_text = f"{f.metadata['help']} [default: {default}]"
            kwargs = {"dest": f"cfg__{f.name}", "default": None, "help": help_text.replace("%", "%%")}
            if f.metadata.get("choices") and all(isinstance(c, str) for c in f.metadata["choices"]):
                kwargs["choices"] = f.metadata["choices"]
            hint = typing.get_type_hints(Config)[f.name]
            if hint is bool:
                kwargs["action"] = argparse.BooleanOptionalAction
            else:
                kwargs["metavar"] = f.name.upper().split("_")[-1]
            g.add_argument(flag, **kwargs)


# Settings a trained model folder remembers: prompts must be built the way the model was trained.
INHERITED = ("prompt_template", "schema_format", "sample_rows", "value_retrieval", "value_budget", "schema_linking",
             "linking_keep", "linking_hops", "review_rows")
# What a folder written before a setting existed did: review rows came later (a model or data folder without the
# word has none, whatever today's default).
BEFORE_RECORDED = {"review_rows": False}


def model_folder_defaults(model: str | None) -> dict:
    """The prompt settings recorded in a sqltune model folder (adapter or merged), if `model` is one."""
    import json

    if model:
        from .models import BUILTIN_ADAPTERS, builtin_adapter_dir

        if model in BUILTIN_ADAPTERS:
            model = str(builtin_adapter_dir(model))
    marker = Path(model or "") / "sqltune.json"
    if not model or not marker.is_file():
        return {}
    info = json.loads(marker.read_text())
    return {**BEFORE_RECORDED, **{k: info[k] for k in INHERITED if info.get(k) is not None}}


def data_folder_defaults(data_dir: str | Path | None) -> dict:
    """The prompt settings `sqltune prepare` wrote its rows with (its config.yaml in the data folder), if any:
    the rows' prompts are built already, so a model trained on them must record these, not train's flags."""
    import yaml

    marker = Path(data_dir or "") / "config.yaml"
    if not data_dir or not marker.is_file():
        return {}
    try:
        info = yaml.safe_load(marker.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        info = None
    if not isinstance(info, dict):  # (its prompt settings unknown: training would record the wrong ones)
        raise SqltuneError(f"{marker} is not the mapping `sqltune prepare` writes: prepare the data again "
                           f"(sqltune prepare --data-dir {data_dir})")
    return {**BEFORE_RECORDED, **{k: info[k] for k in INHERITED if info.get(k) is not None}}


def config_from_args(args: argparse.Namespace) -> Config:
    """Defaults < the stage's own defaults < the model folder's prompt settings < (train) the data folder's
    prompt settings < YAML file < flags."""
    overrides = {k[5:]: v for k, v in vars(args).items() if k.startswith("cfg__") and v is not None}
    yaml_values = load_yaml(args.config) if getattr(args, "config", None) else {}
    module = getattr(args, "_module", None)
    stage = dict(getattr(module, "DEFAULTS", {}))
    inherited = model_folder_defaults(overrides.get("model", yaml_values.get("model", stage.get("model"))))
    if getattr(module, "PROMPTS_FROM_DATA", False):
        data_dir = overrides.get("data_dir", yaml_values.get("data_dir", stage.get("data_dir", Config().data_dir)))
        inherited.update(data_folder_defaults(data_dir))
    return make_config(None, {**stage, **inherited, **yaml_values, **overrides})
