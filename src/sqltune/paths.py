"""Where sqltune keeps what it builds once and reuses (converted models, unpacked Spider)."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from .errors import SqltuneError


def cache_dir() -> Path:
    """`SQLTUNE_CACHE` if set, else `~/.cache/sqltune`."""
    root = os.environ.get("SQLTUNE_CACHE") or Path.home() / ".cache" / "sqltune"
    path = Path(root).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path


def check_output_dir(target: str | Path, own: Sequence[str] = (), overwrite: bool = False,
                     flag: str = "") -> None:
    """Refuse to write an output folder over what the user had.

    A path that is a file (or anything but a folder) is always refused. A folder is taken when it is empty,
    when it holds one of `own` (glob patterns of what this stage writes, e.g. "summary.json": its own earlier
    output, rewritten as before), or with `overwrite`. `flag` names the option that chose the path.
    """
    target = Path(target)
    flag = flag or "the output folder"
    if not os.path.lexists(target):
        return
    if not target.is_dir():
        raise SqltuneError(f"{flag} {target} is a file, not a folder; sqltune never replaces a file with a folder: "
                           f"choose another {flag}")
    if overwrite or any(any(target.glob(pattern)) for pattern in own):
        return
    foreign = sorted(p.name for p in target.iterdir())
    if foreign:
        shown = ", ".join(foreign[:3]) + (f" and {len(foreign) - 3} more" if len(foreign) > 3 else "")
        raise SqltuneError(f"{flag} {target} is not empty and not an earlier output of this command ({shown}): "
                           f"choose another {flag}, or pass --overwrite to replace that folder")


@contextmanager
def atomic_dir(target: str | Path, overwrite: bool = True, own: Sequence[str] = (),
               flag: str = "") -> Iterator[Path]:
    """Yield a temporary folder next to `target`; it becomes `target` only if the block finishes.

    A killed or failed run therefore never leaves a half-written output folder behind. What is at `target`
    is replaced only as check_output_dir allows (checked before the block runs and again before the swap):
    never a file; a folder always with `overwrite` (the default, for sqltune's own cache folders), else only
    an empty one or one holding one of `own`.
    """
    target = Path(target)
    check_output_dir(target, own, overwrite, flag)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.tmp-", dir=target.parent))
    try:
        yield tmp
        check_output_dir(target, own, overwrite, flag)  # (the block may have run for a long time)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if os.path.lexists(target):
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        target.rename(old)
        tmp.rename(target)
        if old.is_symlink():  # a link to a folder: the link is replaced, what it pointed at is left alone
            old.unlink()
        else:
            shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(target)


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write a file so that readers see either the old content or the whole new one."""
    _atomic_write(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


def atomic_write_bytes(path: str | Path, data: bytes) -> None:
    """atomic_write_text for bytes."""
    _atomic_write(path, lambda tmp: tmp.write_bytes(data))


def _atomic_write(path: str | Path, write) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    write(tmp)
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


def require_file(path: Path, what: str = "") -> None:
    """One clear error where `path` is not a file; `what` the file is (e.g. "input file")."""
    if not path.is_file():
        raise SqltuneError(f"{what or 'file'} not found: {path}")


def read_jsonl(path: str | Path, require: str | None = None, what: str = "") -> list[dict]:
    """JSON objects, one a line (blank lines skipped; a UTF-8 byte-order mark is allowed); errors name the file
    and line, and `what` the file is (e.g. "predictions file")."""
    path = Path(path)
    name = f"{what} {path}".strip()
    require_file(path, what)
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
