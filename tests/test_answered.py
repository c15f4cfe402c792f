"""The store of answered update ids: persistent, bounded, WAL, safe against a damaged file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bot.records import answered
from bot.records.answered import FILENAME, MAX_AGE_SECONDS, AnsweredUpdates, StoreError


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_remembers_across_reopening(tmp_path: Path) -> None:
    """An id added before closing is still known after opening the store again."""
    store = AnsweredUpdates.open(tmp_path / "data")
    store.add(1001)
    assert 1001 in store
    assert 1002 not in store
    store.close()
    again = AnsweredUpdates.open(tmp_path / "data")
    assert 1001 in again
    again.close()


def test_is_a_wal_database_with_its_own_table(tmp_path: Path) -> None:
    """answered-updates.sqlite3 in WAL mode, with the table answered_updates (and nothing else)."""
    AnsweredUpdates.open(tmp_path).close()
    with sqlite3.connect(tmp_path / FILENAME) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    assert tables == ["answered_updates"]


def test_each_add_is_committed_at_once(tmp_path: Path) -> None:
    """Another connection sees an id as soon as add() returns (no batching to lose on a crash)."""
    store = AnsweredUpdates.open(tmp_path)
    store.add(7)
    with sqlite3.connect(tmp_path / FILENAME) as db:
        assert db.execute("SELECT update_id FROM answered_updates").fetchall() == [(7,)]
    store.close()


def test_old_ids_are_forgotten(tmp_path: Path) -> None:
    """Ids older than Telegram keeps updates (plus a margin) no longer count, and are pruned."""
    clock = Clock()
    store = AnsweredUpdates.open(tmp_path, clock=clock)
    store.add(1)
    clock.now += MAX_AGE_SECONDS + 1
    assert 1 not in store
    store.add(2)
    store.prune()
    assert len(store) == 1
    store.close()


def test_the_count_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the newest MAX_ROWS ids are kept (pruned every PRUNE_EVERY additions)."""
    monkeypatch.setattr(answered, "MAX_ROWS", 50)
    monkeypatch.setattr(answered, "PRUNE_EVERY", 10)
    clock = Clock()
    store = AnsweredUpdates.open(tmp_path, clock=clock)
    for update_id in range(200):
        clock.now += 1
        store.add(update_id)
    assert len(store) <= 60
    assert 199 in store
    assert 0 not in store
    store.close()


@pytest.mark.parametrize(
    "content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000]
)
def test_a_damaged_file_is_moved_aside(tmp_path: Path, content: bytes) -> None:
    """A file that is not a usable database is kept as ….corrupt and a fresh store started."""
    (tmp_path / FILENAME).write_bytes(content)
    store = AnsweredUpdates.open(tmp_path)
    store.add(5)
    assert 5 in store
    store.close()
    assert (tmp_path / (FILENAME + ".corrupt")).read_bytes() == content


def test_a_file_in_the_way_is_a_clear_error(tmp_path: Path) -> None:
    """BOT_DATA_DIR naming a file is a StoreError naming it, not a traceback."""
    (tmp_path / "data").write_text("a file", encoding="utf-8")
    with pytest.raises(StoreError, match="data"):
        AnsweredUpdates.open(tmp_path / "data")


def test_a_failing_database_is_a_store_error(tmp_path: Path) -> None:
    """Reads and writes that fail (here: the database closed underneath) raise StoreError."""
    store = AnsweredUpdates.open(tmp_path)
    store._db.close()
    with pytest.raises(StoreError, match="reading"):
        _ = 1 in store
    with pytest.raises(StoreError, match="writing"):
        store.add(1)
