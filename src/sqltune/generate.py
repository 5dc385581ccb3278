"""Generate SQL for a question, given a schema (--schema FILE.sql) or a database (--db FILE.sqlite), or for
every row of a prepared test file (--input test.jsonl --output predictions.jsonl).

Greedy decoding, at most --max-new-tokens, stopping at <eos> or <end_of_turn>; batches are left-padded.
Only the cleaned SQL is printed. The prompt settings (template, schema format) are the ones the model was
trained with, read from its folder, unless flags say otherwise.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from .config import Config
from .errors import SqltuneError

CONFIG_GROUPS = ("model", "data", "generate")


def add_arguments(parser) -> None:
    parser.add_argument("--question", "-q", help="The question in plain English.")
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--schema", metavar="FILE.sql", help="CREATE TABLE statements describing the database.")
    src.add_argument("--db", metavar="FILE.sqlite", help="A SQLite database; its schema goes into the prompt.")
    parser.add_argument("--input", metavar="TEST.jsonl", help="Prepared rows (sqltune prepare) to answer in batches.")
    parser.add_argument("--output", metavar="PREDICTIONS.jsonl",
                        help="Where --input predictions go (one JSON object a line; resumable).")


def main(cfg: Config, args) -> int:
    if args.input:
        if args.question:
            raise SqltuneError("give either --question or --input, not both")
        out = Path(args.output or Path(args.input).with_name("predictions.jsonl"))
        n = predict_file(cfg, Path(args.input), out)
        print(f"sqltune generate: {n} predictions in {out}")
        return 0
    if not args.question:
        raise SqltuneError("--question is required (or --input TEST.jsonl for a batch)")
    if not (args.schema or args.db):
        raise SqltuneError("give the database: --db FILE.sqlite or --schema FILE.sql")
    context = read_context(cfg, schema=args.schema, db=args.db)
    from .prompts import build_prompt

    generator = load_generator(cfg)
    print(generator.generate([build_prompt(context, args.question, cfg.prompt_template)], progress=False)[0])
    return 0


def read_context(cfg: Config, schema: str | None = None, db: str | None = None) -> str:
    from . import schema as schema_mod

    if db:
        if not Path(db).is_file():
            raise SqltuneError(f"database not found: {db}")
        return schema_mod.schema_from_sqlite(db, cfg.schema_format, cfg.sample_rows)
    path = Path(schema)
    if not path.is_file():
        raise SqltuneError(f"schema file not found: {schema}")
    text = path.read_text(encoding="utf-8")
    if cfg.schema_format == "create_table" and not cfg.sample_rows:
        return text.strip()  # the user's own CREATE statements, as written
    return schema_mod.schema_from_sql(text, cfg.schema_format, cfg.sample_rows)


_FENCE = re.compile(r"```(?:sql|sqlite)?\s*(.*?)(?:```|$)", re.S | re.I)


def clean_sql(text: str) -> str:
    """The first SQL statement of a generation: no fences, no prose before it, nothing after its ';'."""
    text = text.strip()
    fenced = _FENCE.search(text)
    if fenced:
        text = fenced.group(1).strip()
    text = re.sub(r"^(?:sql|sqlite|answer|query)\s*:\s*", "", text, flags=re.I)
    start = re.search(r"\b(SELECT|WITH|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER|PRAGMA)\b", text, re.I)
    if start:
        text = text[start.start():]
    text = _first_statement(text)
    return " ".join(text.split())


def _first_statement(sql: str) -> str:
    """Cut at the first ';' outside quotes."""
    quote = None
    for i, ch in enumerate(sql):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "'\"`":
            quote = ch
        elif ch == ";":
            return sql[:i]
    return sql


class Generator:
    """Batched greedy generation from user-prompt texts to cleaned SQL."""

    def __init__(self, model, tokenizer, max_new_tokens: int = 256, batch_size: int = 8):
        from .models import END_OF_TURN

        self.model, self.tokenizer = model, tokenizer
        self.max_new_tokens, self.batch_size = max_new_tokens, batch_size
        tokenizer.padding_side = "left"
        if tokenizer.pad_token_id is None:
            tokenizer.pad_token = tokenizer.eos_token
        self.eos_ids = [tokenizer.eos_token_id, END_OF_TURN]

    def chat_text(self, prompt: str) -> str:
        return self.tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                                  add_generation_prompt=True)

    def generate_raw(self, prompts: list[str], batch_size: int | None = None, progress: bool = True) -> list[str]:
        import torch
        from tqdm.auto import tqdm

        bs = batch_size or self.batch_size
        # Longest first: batches of similar length waste less on padding; results go back in input order.
        order = sorted(range(len(prompts)), key=lambda i: -len(prompts[i]))
        out: list[str] = [""] * len(prompts)
        bar = tqdm(total=len(prompts), desc="generating", unit="q", disable=not progress, file=sys.stderr)
        for start in range(0, len(order), bs):
            idx = order[start:start + bs]
            texts = [self.chat_text(prompts[i]) for i in idx]
            enc = self.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False)
            enc = {k: v.to(self.model.device) for k, v in enc.items()}
            with torch.inference_mode():
                gen = self.model.generate(**enc, max_new_tokens=self.max_new_tokens, do_sample=False,
                                          eos_token_id=self.eos_ids, pad_token_id=self.tokenizer.pad_token_id)
            new = gen[:, enc["input_ids"].shape[1]:]
            for i, row in zip(idx, new):
                out[i] = self.tokenizer.decode(row, skip_special_tokens=True)
            bar.update(len(idx))
        bar.close()
        return out

    def generate(self, prompts: list[str], batch_size: int | None = None, progress: bool = True) -> list[str]:
        return [clean_sql(t) for t in self.generate_raw(prompts, batch_size, progress)]


def load_generator(cfg: Config) -> Generator:
    from .models import load_for_inference

    model, tokenizer = load_for_inference(cfg)
    return Generator(model, tokenizer, cfg.max_new_tokens, cfg.batch_size)


def predict_file(cfg: Config, input_path: Path, output_path: Path) -> int:
    """Answer every row of a prepared file; rows already in `output_path` are kept and skipped (resume)."""
    rows = read_jsonl(input_path)
    done = _finished_ids(output_path)
    todo = [r for r in rows if r["id"] not in done]
    if todo:
        generator = load_generator(cfg)
        with open(output_path, "a", encoding="utf-8") as f:
            # Written batch by batch so a killed run loses at most one batch.
            step = cfg.batch_size * 8
            for start in range(0, len(todo), step):
                chunk = todo[start:start + step]
                sqls = generator.generate([r["messages"][0]["content"] for r in chunk], progress=True)
                for r, sql in zip(chunk, sqls):
                    f.write(json.dumps({"id": r["id"], "sql": sql, "gold": r.get("sql"),
                                        "db_id": r.get("db_id")}) + "\n")
                f.flush()
    return len(rows)


def _finished_ids(path: Path) -> set[str]:
    """Ids already answered; a last line cut short by a killed run is removed so the file stays valid."""
    if not path.is_file():
        return set()
    data = path.read_bytes()
    if data and not data.endswith(b"\n"):
        data = data[: data.rfind(b"\n") + 1]
        path.write_bytes(data)
    return {r["id"] for r in read_jsonl(path)}


def read_jsonl(path: Path) -> list[dict]:
    if not path.is_file():
        raise SqltuneError(f"file not found: {path}")
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise SqltuneError(f"{path} line {n}: not valid JSON ({e.msg})") from None
            if not isinstance(row, dict) or "id" not in row:
                raise SqltuneError(f"{path} line {n}: expected an object with an 'id'")
            rows.append(row)
    return rows
