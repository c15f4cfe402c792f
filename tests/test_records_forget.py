"""`forget` deletes what was recorded before a date, and leaves no copy of the text behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.records.store import QuestionRecord, Store, VoteRecord

DAY = 86400.0
NOW = 1_800_000_000.0


def _record(store: Store, text: str, at: float) -> None:
    store.submit(
        QuestionRecord(
            at=at,
            via="text",
            outcome="not_found",
            review=True,
            question=text,
            fact_id=None,
            score=20.0,
            user_hash="u1",
        )
    )
    store.submit(VoteRecord(at=at, fact_id=f"fact-{text}", vote=-1, user_hash="u1"))


def test_forget_deletes_only_rows_before_the_date_and_counts_them(tmp_path: Path) -> None:
    """Questions and votes older than the cut-off go; newer ones stay."""
    store = Store(tmp_path)
    store.open()
    _record(store, "old question", NOW - 10 * DAY)
    _record(store, "new question", NOW - DAY)
    store.close()
    assert store.forget(NOW - 5 * DAY) == 2
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT question FROM questions").fetchall() == [("new question",)]
        assert db.execute("SELECT fact_id FROM votes").fetchall() == [("fact-new question",)]


def test_forgotten_text_is_gone_from_the_files(tmp_path: Path) -> None:
    """The deleted question's text is in neither the database file nor its write-ahead log."""
    store = Store(tmp_path)
    store.open()
    _record(store, "a very private question", NOW - 10 * DAY)
    store.close()
    store.forget(NOW)
    for path in tmp_path.glob("insights.sqlite3*"):
        assert b"a very private question" not in path.read_bytes(), path.name


def test_forget_without_a_database_does_nothing(tmp_path: Path) -> None:
    """With nothing recorded yet there is nothing to delete, and no file is made."""
    assert Store(tmp_path / "none").forget(NOW) == 0
    assert not (tmp_path / "none").exists()
