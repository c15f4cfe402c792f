"""Records are people's questions: kept where only the bot's own user can read them.

The data directory is made (or tightened to) 0700 and each database file is created 0600 before
SQLite opens it; SQLite gives its ``-wal`` and ``-shm`` files the database file's permissions.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DIRECTORY_MODE = 0o700
FILE_MODE = 0o600


def private_directory(directory: Path) -> None:
    """Make ``directory`` (and missing parents), owner-only; tighten it if we own it."""
    directory.mkdir(mode=DIRECTORY_MODE, parents=True, exist_ok=True)
    info = directory.stat()
    if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
        # A directory someone else made (a mounted volume) may not be ours to change: best effort.
        with contextlib.suppress(OSError):
            directory.chmod(DIRECTORY_MODE)


def private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only if it is missing; tighten it if it is ours."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    except FileExistsError:
        info = path.stat()
        if info.st_uid == os.geteuid() and stat.S_IMODE(info.st_mode) & 0o077:
            with contextlib.suppress(OSError):
                path.chmod(FILE_MODE)
