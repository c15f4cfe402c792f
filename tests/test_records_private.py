"""The question log and the answered-update store are readable by the bot's user only."""

from __future__ import annotations

import stat
from pathlib import Path

from bot.records.inbox import Inbox
from bot.records.private import private_directory, private_file
from bot.records.store import Store


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_data_directory_and_file_are_owner_only(tmp_path: Path) -> None:
    """A directory made for records is 0700 and a file made for them 0600."""
    directory = tmp_path / "data" / "deeper"
    private_directory(directory)
    private_file(directory / "x.sqlite3")
    assert (_mode(directory), _mode(directory / "x.sqlite3")) == (0o700, 0o600)


def test_an_existing_open_directory_and_file_of_ours_are_tightened(tmp_path: Path) -> None:
    """A world-readable data directory or database we own is made owner-only."""
    directory = tmp_path / "data"
    directory.mkdir(mode=0o755)
    (directory / "x.sqlite3").write_bytes(b"")
    (directory / "x.sqlite3").chmod(0o644)
    private_directory(directory)
    private_file(directory / "x.sqlite3")
    assert (_mode(directory), _mode(directory / "x.sqlite3")) == (0o700, 0o600)


def test_the_stores_create_owner_only_files(tmp_path: Path) -> None:
    """Both SQLite stores, and SQLite's -wal/-shm beside them, are 0600 in a 0700 directory."""
    data = tmp_path / "data"
    store = Store(data)
    store.open()
    answered = Inbox.open(data)
    answered.add([(1, "{}")])  # a write in WAL mode makes the -wal and -shm files
    try:
        files = [p for p in data.iterdir() if p.is_file()]
        assert {p.name for p in files} >= {
            "insights.sqlite3",
            "inbox.sqlite3",
            "inbox.sqlite3-wal",
            "inbox.sqlite3-shm",
        }
        assert _mode(data) == 0o700
        assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    finally:
        answered.close()
        store.close()
