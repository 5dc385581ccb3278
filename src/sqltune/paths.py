"""Where sqltune keeps what it builds once and reuses (converted models, unpacked Spider)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import SqltuneError


def cache_dir() -> Path:
    """`SQLTUNE_CACHE` if set, else `~/.cache/sqltune`."""
    root = os.environ.get("SQLTUNE_CACHE") or Path.home() / ".cache" / "sqltune"
    path = Path(root).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def atomic_dir(target: str | Path, overwrite: bool = True):
    """Yield a temporary folder next to `target`; it becomes `target` only if the block finishes.

    A killed or failed run therefore never leaves a half-written output folder behind.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if target.exists():
        if not overwrite:
            shutil.rmtree(tmp, ignore_errors=True)
            raise FileExistsError(target)
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
        tmp.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(target)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write a file so that readers see either the old content or the whole new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def complete_lines(path: Path, repair: bool = False) -> bytes:
    """The file's bytes up to its last newline (b"" when there is no file): a last line cut short by a kill is
    left out, and with `repair` cut from the file too, or the next appended line would be glued to it."""
    if not path.is_file():
        return b""
    data = path.read_bytes()
    whole = data[: data.rfind(b"\n") + 1]
    if repair and whole != data:
        path.write_bytes(whole)
    return whole


def read_jsonl(path: str | Path, require: str | None = None, what: str = "") -> list[dict]:
    """JSON objects, one a line (blank lines skipped; a UTF-8 byte-order mark is allowed); errors name the file
    and line, and `what` the file is (e.g. "predictions file")."""
    path = Path(path)
    name = f"{what} {path}".strip()
    if not path.is_file():
        raise SqltuneError(f"{what or 'file'} not found: {path}")
    rows = []
    try:
        with open(path, encoding="utf-8-sig") as f:
            for lineno, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except json.JSONDecodeError as e:
                    raise SqltuneError(f"{name}:{lineno}: not valid JSON ({e.msg} at column {e.colno})") from None
                if not isinstance(row, dict):
                    raise SqltuneError(f"{name}:{lineno}: expected a JSON object, got {type(row).__name__}")
                if require and require not in row:
                    raise SqltuneError(f"{name}:{lineno}: expected an object with a '{require}' field")
                rows.append(row)
    except UnicodeDecodeError as e:
        raise SqltuneError(f"{name} is not UTF-8 text ({e.reason} at byte {e.start})") from None
    return rows
