"""Generate SQL for a question, given a schema (--schema FILE.sql) or a database (--db FILE.sqlite), or for
every row of a prepared test file (--input test.jsonl --output predictions.jsonl).

Greedy decoding, at most --max-new-tokens, stopping at <eos> or <end_of_turn>; batches are left-padded.
Only the cleaned SQL is printed. The prompt settings (template, schema format) are the ones the model was
trained with, read from its folder, unless flags say otherwise.

Decoding that uses the database (where there is one to run on: --db, --schema built in memory, and for
--input rows their Spider database (db_id) or their CREATE/INSERT context):
- --num-candidates N (N > 1): beam search (or, with --candidate-mode sample, seeded sampling) returns N
  candidates; each runs in the read-only sandbox and, of those that execute and return a result, the one
  --candidate-choice picks is kept (rerank: a fitted score of the question's words and the SQL), else the
  first with rows, else the first that executes, else the first.
- --self-correct: when the chosen SQL fails to execute, the question is asked once more with the SQL and the
  SQLite error added to it (`correction_prompt`); the new answer replaces the first only if it executes.

--input on several GPUs: `torchrun --nproc-per-node N -m sqltune generate --input test.jsonl ...` (or
`accelerate launch`): each process answers every N-th row on its own GPU; the first process merges the answers
into --output in input order (docs/MULTI_GPU.md).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .config import Config
from .errors import SqltuneError

CONFIG_GROUPS = ("model", "data", "generate", "decoding")
DEFAULTS = {"model": "sqltune-270m"}  # the shipped trained model (gemma-3-270m + its Spider adapter)


def add_arguments(parser) -> None:
    parser.add_argument("--question", "-q", help="The question in plain English.")
    src = parser.add_mutually_exclusive_group()
    src.add_argument("--schema", metavar="FILE.sql", help="CREATE TABLE statements describing the database.")
    src.add_argument("--db", metavar="FILE.sqlite", help="A SQLite database; its schema goes into the prompt.")
    parser.add_argument("--input", metavar="TEST.jsonl", help="Prepared rows (sqltune prepare) to answer in batches.")
    parser.add_argument("--output", metavar="PREDICTIONS.jsonl",
                        help="Where --input predictions go (one JSON object a line; resumable).")
    from .distributed import add_processes_flag

    add_processes_flag(parser, "--input's rows")


def main(cfg: Config, args) -> int:
    if args.input:
        if args.question:
            raise SqltuneError("give either --question or --input, not both")
        out = Path(args.output or Path(args.input).with_name("predictions.jsonl"))
        from .distributed import Group, as_processes
        from .paths import require_file

        require_file(Path(args.input), "input file")  # (before --processes starts processes that would each fail)
        if (code := as_processes(args, True, lambda: _rows(args.input), cfg.device_map)) is not None:
            return code
        group = Group.from_env()  # several processes under torchrun / accelerate launch: they share the rows
        ok = False
        try:
            n = predict_file(cfg, Path(args.input), out, group)
            ok = True
        finally:
            group.close(ok)
        if group.main:
            print(f"sqltune generate: {n} predictions in {out}")
        return 0
    if not args.question:
        raise SqltuneError("--question is required (or --input TEST.jsonl for a batch)")
    if not (args.schema or args.db):
        raise SqltuneError("give the database: --db FILE.sqlite or --schema FILE.sql")
    from .decoding import decode, load_generator, needs_target, options, uses_database
    from .predictions import close_target, open_target
    from .prompts import PromptBuilder, build_prompt, per_question
    from .sqlexec import Sandbox

    if per_question(cfg):  # value retrieval / schema linking: the question's own schema text
        read_context(cfg, schema=args.schema, db=args.db)  # (checks the file, one clear error)
        schema_text = None if args.db else Path(args.schema).read_text(encoding="utf-8")
        context = PromptBuilder(cfg).schema(db_path=args.db, context=schema_text, question=args.question)
    else:
        context = read_context(cfg, schema=args.schema, db=args.db)
    prompt = build_prompt(context, args.question, cfg.prompt_template)
    generator = load_generator(cfg)
    target = None
    if needs_target(cfg):
        target = open_target(db=args.db, context=None if args.db else Path(args.schema).read_text(encoding="utf-8"))
    with Sandbox() as sandbox:
        try:
            run = None if target is None else (lambda sql: sandbox.run(target, sql))
            decision = decode(generator, [prompt], [run], targets=[target], questions=[args.question],
                              **options(cfg))[0]
        finally:
            close_target(target)
    if decision.constraint_error:
        print(f"sqltune generate: error: {decision.constraint_error}", file=sys.stderr)
    if uses_database(cfg):
        if target is None:
            print("sqltune generate: the schema does not build a database, so nothing was executed",
                  file=sys.stderr)
        else:
            print(f"sqltune generate: {decision.describe()}", file=sys.stderr)
    print(decision.sql)
    return 0


def _rows(path: str) -> int:
    """The rows of a JSONL file (its non-blank lines), for --processes auto."""
    with open(path, encoding="utf-8", errors="replace") as f:
        return sum(1 for line in f if line.strip())


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


def predict_file(cfg: Config, input_path: Path, output_path: Path, group=None) -> int:
    """Answer every row of a prepared file into `output_path` (sqltune.predictions.answer: resumable, shared
    by the processes of a launcher). With decoding that uses the database, a row runs its SQL on its Spider
    database (db_id) or on an in-memory database built from its context; a row with neither keeps its first
    candidate."""
    from .paths import read_jsonl
    from .predictions import Job, answer
    from .spider import database_path

    rows = read_jsonl(input_path, require="id", what="input file")
    for k, r in enumerate(rows, 1):
        if not (isinstance(r.get("messages"), list) and r["messages"] and isinstance(r["messages"][0], dict)
                and isinstance(r["messages"][0].get("content"), str)):
            raise SqltuneError(f"input file {input_path}, row {k}: expected 'messages' with the user prompt first "
                               "(rows written by `sqltune prepare`)")
    jobs = [Job(str(r["id"]), r["messages"][0]["content"],
                database_path(r["db_id"]) if r.get("db_id") else None, r.get("context"),
                {"gold": r.get("sql"), "db_id": r.get("db_id")}, str(r.get("question") or "")) for r in rows]
    answer(cfg, jobs, output_path, group, desc=output_path.name)
    return len(rows)
