"""`sqltune <stage>`: a thin layer over the stage modules.

Each stage module exposes `CONFIG_GROUPS`, `add_arguments(parser)` and `main(cfg, args)`, and keeps its
heavy imports (torch, transformers) inside functions so that `sqltune --help` answers at once.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from . import __version__
from .config import add_config_flags, config_from_args, dump_yaml
from .errors import SqltuneError

STAGES = {
    "prepare": ("sqltune.prepare", "Turn a text-to-SQL source into train/test chat conversations."),
    "train": ("sqltune.train", "Fine-tune with (Q)LoRA through TRL's SFTTrainer."),
    "merge": ("sqltune.merge", "Merge an adapter into a 16-bit model that serving engines load."),
    "generate": ("sqltune.generate", "Generate SQL for a question and a schema or database, or a test file."),
    "evaluate": ("sqltune.evaluate", "Execution accuracy: run predicted and gold SQL and compare results."),
    "serve": ("sqltune.serve", "HTTP API and web page to ask a database questions."),
    "export": ("sqltune.export", "Export a merged model as one GGUF file for llama.cpp and Ollama."),
}

EPILOG = """\
typical run (built-in gemma-3-270m and Spider, no Hub needed):
  sqltune prepare --data-dir data/spider
  sqltune train --data-dir data/spider --output-dir runs/demo
  sqltune merge --model runs/demo
  sqltune generate --model runs/demo/merged --db path/to/db.sqlite --question "How many singers are there?"
  sqltune evaluate --model runs/demo/merged
the reference recipe, every value: add --config configs/recipe.yaml
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sqltune", allow_abbrev=False, description="Make your own text-to-SQL model.", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"sqltune {__version__}")
    parser.add_argument("--verbose", action="store_true",
                        help="Also show third-party warnings and log lines (or SQLTUNE_VERBOSE=1).")
    sub = parser.add_subparsers(dest="stage", metavar="STAGE")
    for name, (module_name, help_text) in STAGES.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as e:
            if e.name != module_name:
                raise
            continue  # stage not built yet
        p = sub.add_parser(name, help=help_text, allow_abbrev=False, description=(module.__doc__ or help_text).strip(),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(p)
        add_config_flags(p, module.CONFIG_GROUPS, getattr(module, "DEFAULTS", {}))
        p.set_defaults(_module=module)
    return parser


def close_progress_bars() -> None:
    """A bar left open by the failure would otherwise run into the error line."""
    tqdm = sys.modules.get("tqdm")
    for bar in list(getattr(getattr(tqdm, "tqdm", None), "_instances", ())):
        bar.close()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from .quiet import install

    # before the stage modules are imported (building the parser imports them): the filters act at import
    stage_at = next((i for i, a in enumerate(argv) if not a.startswith("-")), len(argv))
    install(verbose="--verbose" in argv[:stage_at])
    parser = build_parser()
    args = parser.parse_args(argv)
    args.argv = list(argv)  # (--processes runs the same command again as several processes)
    if not args.stage:
        parser.print_help()
        return 0
    debug = bool(os.environ.get("SQLTUNE_DEBUG"))
    try:
        cfg = config_from_args(args)
        if args.print_config:
            sys.stdout.write(dump_yaml(cfg))
            return 0
        return args._module.main(cfg, args) or 0
    except SqltuneError as e:
        if debug:
            raise
        close_progress_bars()
        print(f"sqltune {args.stage}: error: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        close_progress_bars()
        print(f"sqltune {args.stage}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
