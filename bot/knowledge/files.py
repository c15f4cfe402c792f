"""Reading the knowledge directory's files as a hostile host might have left them.

Only regular files inside the knowledge directory are read: a symbolic link may point elsewhere
in it (an editor's shared article), but not out of it (``facts.yaml -> /etc/shadow`` would show
the target's lines to the admins as "problems"); FIFOs, devices and directories are refused
without blocking; sizes are checked on the open file before reading, and never more than the
limit is read (a 1 GB sparse file costs nothing).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

#: Largest YAML or article file accepted, in bytes. The whole article's fact base is ~60 kB;
#: anything near a megabyte is a mistake (or an attack) and is refused before parsing. Here,
#: not with the YAML reader: the engine cache bounds its reads too, without importing YAML.
MAX_FILE_BYTES = 1_000_000


class UnsafeFileError(OSError):
    """A file of the knowledge directory that is not read; ``str()`` says why, for an editor."""


def inside(path: Path, root: Path) -> Path:
    """``path`` with every symbolic link resolved, which must stay inside ``root``."""
    try:
        resolved = path.resolve(strict=True)
        home = root.resolve(strict=True)
    except RuntimeError as exc:  # a symlink loop (Python < 3.13 raises RuntimeError)
        raise UnsafeFileError(f"{path.name}: symbolic link loop") from exc
    if resolved != home and home not in resolved.parents:
        raise UnsafeFileError(f"{path.name} leads outside the knowledge directory")
    return resolved


def read_limited(path: Path, root: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path`` inside ``root``, at most ``limit`` of them.

    Raises UnsafeFileError (outside ``root``, not a regular file, too large) or OSError.
    """
    resolved = inside(path, root)
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = os.open(resolved, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFileError(f"{path.name} is not a regular file")
        if info.st_size > limit:
            raise UnsafeFileError(f"file is {info.st_size:,} bytes; the limit is {limit:,}")
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UnsafeFileError(f"file grew past the limit of {limit:,} bytes while read")
    return data


def is_regular_inside(path: Path, root: Path) -> bool:
    """Whether ``path`` is a regular file inside ``root`` (symbolic links resolved)."""
    try:
        return stat.S_ISREG(inside(path, root).stat().st_mode)
    except OSError:
        return False
