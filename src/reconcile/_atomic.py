"""Atomic file output: a reader sees the old file or the whole new one, never a part.

The output goes to a temporary file in the target's folder (same file system), is
flushed to disk, and is renamed over the target. A failure or a kill mid-write leaves
the old file as it was and at most a hidden ``.name.*.tmp`` beside it.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

__all__ = ["atomic_binary", "atomic_text", "write_text_atomic"]


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def _replacing(target: Path) -> Iterator[tuple[int, str]]:
    handle, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        yield handle, temporary
        os.chmod(temporary, _mode_for(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def _is_special(target: Path) -> bool:
    # /dev/stdout, a FIFO: nothing to rename over, so it is written in place.
    return target.exists() and not target.is_file()


@contextlib.contextmanager
def atomic_text(path: str | os.PathLike[str], *, sync: bool = True) -> Iterator[TextIO]:
    """A UTF-8 text file to write ``path`` through, renamed into place when the block ends.

    ``sync=False`` skips flushing to disk before the rename: readers still never see a
    part, but a power cut may leave an empty or short file. Only for files whose reader
    checks them (the extraction cache hashes each entry), where a sync per file is most
    of the cost of writing thousands of them.

    Examples:
        >>> import tempfile, pathlib
        >>> target = pathlib.Path(tempfile.mkdtemp()) / "out.txt"
        >>> _ = target.write_text("old")
        >>> try:
        ...     with atomic_text(target) as out:
        ...         _ = out.write("half of the new")
        ...         raise RuntimeError("killed")
        ... except RuntimeError:
        ...     pass
        >>> target.read_text(), [p.name for p in target.parent.iterdir()]
        ('old', ['out.txt'])
    """
    target = Path(path)
    if _is_special(target):
        with open(target, "w", encoding="utf-8") as out:
            yield out
        return
    with _replacing(target) as (handle, _), open(handle, "w", encoding="utf-8") as out:
        yield out
        out.flush()
        if sync:
            os.fsync(out.fileno())


@contextlib.contextmanager
def atomic_binary(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """As :func:`atomic_text`, for bytes."""
    target = Path(path)
    if _is_special(target):
        with open(target, "wb") as out:
            yield out
        return
    with _replacing(target) as (handle, _), open(handle, "wb") as out:
        yield out
        out.flush()
        os.fsync(out.fileno())


def write_text_atomic(path: str | os.PathLike[str], text: str, *, sync: bool = True) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically (see :func:`atomic_text` for ``sync``)."""
    with atomic_text(path, sync=sync) as out:
        out.write(text)
