"""The inbox: received updates kept until finished, finished ids remembered, WAL, and a
database that cannot be opened told apart from a damaged one."""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from bot.records import inbox
from bot.records.inbox import FILENAME, KEEP_CORRUPT, MAX_AGE_SECONDS, Inbox, StoreError


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_unfinished_updates_survive_reopening_and_leave_when_finished(tmp_path: Path) -> None:
    """What was added is pending after reopening (a crash), oldest first, until finished."""
    box = Inbox.open(tmp_path)
    assert box.add([(12, '{"b": 1}'), (11, '{"a": 1}')]) == [12, 11]
    box._db.close()  # no clean close: as after a crash
    again = Inbox.open(tmp_path)
    assert [(p.update_id, p.body) for p in again.pending()] == [(11, '{"a": 1}'), (12, '{"b": 1}')]
    again.finish(11)
    assert [p.update_id for p in again.pending()] == [12]
    again.close()


def test_an_update_received_or_finished_before_is_not_new(tmp_path: Path) -> None:
    """A repeated delivery is recognised, whether still waiting or finished (within 26 h)."""
    clock = Clock()
    box = Inbox.open(tmp_path, clock=clock)
    assert box.add([(1, "{}")]) == [1]
    assert box.add([(1, "{}"), (2, "{}")]) == [2]
    box.finish(1)
    assert box.add([(1, "{}")]) == []
    assert box.was_finished(1)
    clock.now += MAX_AGE_SECONDS + 1
    assert not box.was_finished(1)
    box.close()


def test_each_add_is_committed_before_it_returns(tmp_path: Path) -> None:
    """Another connection sees the update as soon as add() returns."""
    box = Inbox.open(tmp_path)
    box.add([(7, "{}")])
    with sqlite3.connect(tmp_path / FILENAME) as db:
        assert db.execute("SELECT update_id FROM inbox").fetchall() == [(7,)]
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    box.close()


def test_failed_attempts_are_counted(tmp_path: Path) -> None:
    box = Inbox.open(tmp_path)
    box.add([(3, "{}")])
    assert box.failed_attempt(3) == 1
    assert box.failed_attempt(3) == 2
    assert box.pending()[0].attempts == 2
    box.close()


def test_the_finished_ids_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inbox, "MAX_ROWS", 50)
    monkeypatch.setattr(inbox, "PRUNE_EVERY", 10)
    clock = Clock()
    box = Inbox.open(tmp_path, clock=clock)
    for update_id in range(200):
        clock.now += 1
        box.add([(update_id, "{}")])
        box.finish(update_id)
    count = box._db.execute("SELECT COUNT(*) FROM finished").fetchone()[0]
    assert count <= 60
    assert box.was_finished(199)
    assert not box.was_finished(0)
    box.close()


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_damaged_file_is_moved_aside_with_a_timestamp(tmp_path: Path, content: bytes) -> None:
    """A file SQLite says is not a database is kept as ….corrupt-<time> and a fresh one begun;
    at most KEEP_CORRUPT are kept, none overwritten."""
    clock = Clock()
    for n in range(KEEP_CORRUPT + 2):
        (tmp_path / FILENAME).write_bytes(content)
        clock.now += 1 if n % 2 else 0  # two within the same second get distinct names
        box = Inbox.open(tmp_path, clock=clock)
        box.add([(5, "{}")])
        box.close()
    aside = sorted(tmp_path.glob(FILENAME + ".corrupt-*"))
    assert len(aside) == KEEP_CORRUPT
    assert all(p.read_bytes() == content for p in aside)


def test_a_locked_database_is_an_error_not_corruption(tmp_path: Path) -> None:
    """Another process holding the write lock: StoreError at once (short busy timeout), and
    the healthy database is left where it is, its updates intact."""
    box = Inbox.open(tmp_path)
    box.add([(9, "{}")])
    box.close()
    holder = sqlite3.connect(tmp_path / FILENAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        with pytest.raises(StoreError, match="locked"):
            Inbox.open(tmp_path).add([(10, "{}")])
        assert time.monotonic() - started < 1.5
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not list(tmp_path.glob("*.corrupt*"))
    again = Inbox.open(tmp_path)
    assert [p.update_id for p in again.pending()] == [9]
    again.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_directory_is_an_error_not_corruption(tmp_path: Path) -> None:
    box = Inbox.open(tmp_path / "data")
    box.close()
    (tmp_path / "data").chmod(0o500)
    try:
        with pytest.raises(StoreError):
            Inbox.open(tmp_path / "data").add([(1, "{}")])
    finally:
        (tmp_path / "data").chmod(0o700)
    assert not list((tmp_path / "data").glob("*.corrupt*"))


def test_a_file_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file", encoding="utf-8")
    with pytest.raises(StoreError, match="data"):
        Inbox.open(tmp_path / "data")


def test_a_failing_database_is_a_store_error(tmp_path: Path) -> None:
    box = Inbox.open(tmp_path)
    box._db.close()
    with pytest.raises(StoreError, match="reading"):
        box.pending()
    with pytest.raises(StoreError, match="writing"):
        box.add([(1, "{}")])


def test_usable_from_another_thread(tmp_path: Path) -> None:
    """The bot uses it from a thread of its own."""
    box = Inbox.open(tmp_path)
    thread = threading.Thread(target=box.add, args=([(1, "{}")],))
    thread.start()
    thread.join()
    assert [p.update_id for p in box.pending()] == [1]
    box.close()
