"""The insights database: WAL, salted user hashes, a writer that never blocks, bounds, restarts."""

from __future__ import annotations

import contextlib
import sqlite3
import stat
import threading
import time
from pathlib import Path

import pytest

from bot.records import store as store_module
from bot.records.store import (
    DB_FILE,
    SALT_FILE,
    QuestionRecord,
    Store,
    StoreError,
    VoteRecord,
)


def _question(
    text: str = "how old is nurtleu", *, at: float | None = None, **kw: object
) -> QuestionRecord:
    values: dict[str, object] = {
        "at": time.time() if at is None else at,
        "via": "text",
        "outcome": "not_found",
        "review": True,
        "question": text,
        "fact_id": None,
        "score": 30.0,
        "closest_id": "visit",
        "closest_score": 30.0,
        "chat_type": "private",
        **kw,
    }
    return QuestionRecord(**values)  # type: ignore[arg-type]


def _rows(path: Path, sql: str) -> list[tuple[object, ...]]:
    with contextlib.closing(sqlite3.connect(path)) as connection:
        return connection.execute(sql).fetchall()


def test_open_makes_directory_wal_database_and_private_salt(tmp_path: Path) -> None:
    """open() creates the data directory, a WAL-mode database and an owner-only salt."""
    directory = tmp_path / "data" / "nested"
    with Store(directory) as store:
        assert store.is_open
    assert (directory / DB_FILE).is_file()
    assert _rows(directory / DB_FILE, "PRAGMA journal_mode") == [("wal",)]
    salt = directory / SALT_FILE
    assert len(salt.read_bytes()) == 32
    assert stat.S_IMODE(salt.stat().st_mode) == 0o600


def test_records_and_user_hashes_survive_a_restart(tmp_path: Path) -> None:
    """What was written is there after close and reopen, and a user hashes the same way."""
    with Store(tmp_path) as first:
        user = first.user_hash(4242)
        first.submit(_question(user_hash=user))
        first.submit(VoteRecord(time.time(), "visit", 1, user))
    with Store(tmp_path) as second:
        assert second.user_hash(4242) == user
        assert second.user_hash(4343) != user
        assert [r.question for r in second.review_rows()] == ["how old is nurtleu"]
        (counts,) = second.fact_counts()
        assert (counts.fact_id, counts.up, counts.down) == ("visit", 1, 0)


def test_no_user_identity_beyond_a_salted_hash(tmp_path: Path) -> None:
    """The raw user id is nowhere in the database; a different salt gives a different hash."""
    with Store(tmp_path / "a") as store:
        user = store.user_hash(987654321)
        store.submit(_question(user_hash=user))
        store.submit(VoteRecord(time.time(), "visit", -1, user))
    assert b"987654321" not in (tmp_path / "a" / DB_FILE).read_bytes()
    assert len(user) == 2 * store_module.USER_HASH_BYTES
    with Store(tmp_path / "b") as other:
        assert other.user_hash(987654321) != user


def test_concurrent_writers_lose_nothing(tmp_path: Path) -> None:
    """Many threads submitting at once (like concurrent handlers): every record is written."""
    with Store(tmp_path) as store:

        def submit_many(offset: int) -> None:
            for i in range(200):
                assert store.submit(_question(f"question {offset + i}"))

        threads = [threading.Thread(target=submit_many, args=(n * 1000,)) for n in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert store.flush()
        assert len(store.review_rows()) == 1600


def test_submit_never_waits_for_the_writer(tmp_path: Path) -> None:
    """While the writer is busy (a slow disk, a long record), submit still returns at once."""
    gate = threading.Event()
    with Store(tmp_path) as store:
        store.submit(lambda: gate.wait(10) and None)  # holds the writer until the gate opens
        submitted = threading.Event()

        def submit_some() -> None:
            for i in range(100):
                store.submit(_question(f"q{i}"))
            submitted.set()

        threading.Thread(target=submit_some).start()
        try:
            assert submitted.wait(5), "submit waited for the writer"
            assert store.review_rows() == []  # nothing written yet: the writer is held
        finally:
            gate.set()
        assert store.flush()
        assert len(store.review_rows()) == 100


def test_records_made_by_functions_run_on_the_writer(tmp_path: Path) -> None:
    """A submitted function is called on the writer thread; one that fails is skipped."""
    threads: list[str] = []

    def make() -> QuestionRecord:
        threads.append(threading.current_thread().name)
        return _question("made later")

    def broken() -> QuestionRecord:
        raise RuntimeError("no")

    with Store(tmp_path) as store:
        store.submit(broken)
        store.submit(make)
        store.flush()
        assert [r.question for r in store.review_rows()] == ["made later"]
    assert threads == ["insights-writer"]


def test_a_full_queue_drops_instead_of_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the writer falls behind by MAX_QUEUE records, new ones are dropped, not waited for."""
    monkeypatch.setattr(store_module, "MAX_QUEUE", 3)
    holding, gate = threading.Event(), threading.Event()

    def hold() -> None:
        holding.set()
        gate.wait(5)

    with Store(tmp_path) as store:
        store.submit(hold)  # holds the writer…
        assert holding.wait(5)  # …once it has taken it off the queue
        accepted = [store.submit(_question(f"q{i}")) for i in range(6)]
        gate.set()
        assert accepted.count(True) == 3
        assert store.flush()


def test_submit_before_open_is_refused(tmp_path: Path) -> None:
    """A store that is not open records nothing (and reading it gives empty results)."""
    store = Store(tmp_path / "never")
    assert store.submit(_question()) is False
    assert store.review_rows() == []
    assert store.counts().asked == 0
    assert not (tmp_path / "never").exists()
    with pytest.raises(StoreError):
        store.user_hash(1)


def test_unusable_data_directory_is_a_store_error(tmp_path: Path) -> None:
    """A data directory that cannot be made is one clear StoreError."""
    blocker = tmp_path / "file"
    blocker.write_text("not a directory", encoding="utf-8")
    with pytest.raises(StoreError, match="cannot use"):
        Store(blocker / "data").open()


def test_a_later_vote_replaces_the_earlier_one(tmp_path: Path) -> None:
    """One vote per person and fact: changing one's mind replaces the vote."""
    with Store(tmp_path) as store:
        user = store.user_hash(1)
        store.submit(VoteRecord(time.time(), "visit", 1, user))
        store.submit(VoteRecord(time.time(), "visit", -1, user))
        store.submit(VoteRecord(time.time(), "visit", 1, store.user_hash(2)))
        store.flush()
        (counts,) = store.fact_counts()
    assert (counts.up, counts.down) == (1, 1)


def test_rows_are_bounded_by_age_and_count(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pruning deletes rows older than MAX_AGE_DAYS and all but the newest MAX_QUESTION_ROWS."""
    monkeypatch.setattr(store_module, "MAX_QUESTION_ROWS", 5)
    monkeypatch.setattr(store_module, "MAX_VOTE_ROWS", 2)
    now = time.time()
    old = now - (store_module.MAX_AGE_DAYS + 1) * 86400
    with Store(tmp_path) as store:
        store.submit(_question("ancient", at=old))
        for i in range(8):
            store.submit(_question(f"recent {i}", at=now - 100 + i))
        for user in range(4):
            store.submit(VoteRecord(now - 10 + user, "visit", 1, f"user{user}"))
        store.flush()
        store.prune()
        assert [r.question for r in store.review_rows()] == [f"recent {i}" for i in range(3, 8)]
        assert sum(f.up for f in store.fact_counts()) == 2


def test_the_writer_prunes_as_it_goes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No separate job is needed: every PRUNE_EVERY rows the writer prunes."""
    monkeypatch.setattr(store_module, "MAX_QUESTION_ROWS", 10)
    monkeypatch.setattr(store_module, "PRUNE_EVERY", 20)
    with Store(tmp_path) as store:
        for i in range(45):
            store.submit(_question(f"q{i}"))
            if i % 10 == 9:
                store.flush()
        store.flush()
        assert len(store.review_rows()) < 45


def test_questions_are_stored_shortened(tmp_path: Path) -> None:
    """A 4,096-character question is kept to MAX_QUESTION_CHARS."""
    with Store(tmp_path) as store:
        store.submit(_question("x" * 4096))
        store.flush()
        (row,) = store.review_rows()
    assert len(row.question) == store_module.MAX_QUESTION_CHARS


def test_readers_read_while_the_writer_writes(tmp_path: Path) -> None:
    """WAL: another connection (e.g. `python -m bot stats` in another process) reads meanwhile."""
    with Store(tmp_path) as store:
        for i in range(300):
            store.submit(_question(f"q{i}"))
        seen = [len(Store(tmp_path).review_rows()) for _ in range(5)]
        store.flush()
        assert len(Store(tmp_path).review_rows()) == 300
    assert all(0 <= n <= 300 for n in seen)
