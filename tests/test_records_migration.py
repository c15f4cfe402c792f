"""A question log made by the previous version is brought up to date, keeping its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bot.records.schema import ADDED_COLUMNS, missing_columns
from bot.records.store import DB_FILE, QuestionRecord, Store

#: The questions table as the previous version made it (without the evidence columns).
OLD_SCHEMA = """
CREATE TABLE questions (
    id INTEGER PRIMARY KEY, at REAL NOT NULL, via TEXT NOT NULL, outcome TEXT NOT NULL,
    review INTEGER NOT NULL, question TEXT, fact_id TEXT, score REAL NOT NULL,
    best_id TEXT, best_score REAL, best_is_gap INTEGER, closest_id TEXT, closest_score REAL,
    lang TEXT, chat_type TEXT, user_hash TEXT
);
CREATE INDEX questions_at ON questions (at);
CREATE TABLE votes (
    user_hash TEXT NOT NULL, fact_id TEXT NOT NULL,
    vote INTEGER NOT NULL CHECK (vote IN (-1, 1)), at REAL NOT NULL, chat_type TEXT,
    PRIMARY KEY (user_hash, fact_id)
);
"""


def _old_database(directory: Path) -> Path:
    path = directory / DB_FILE
    with sqlite3.connect(path) as db:
        db.executescript(OLD_SCHEMA)
        db.execute(
            "INSERT INTO questions (at, via, outcome, review, question, fact_id, score) "
            "VALUES (1.0, 'text', 'not_found', 1, 'an old question', NULL, 20.0)"
        )
    return path


def test_opening_an_old_database_adds_the_new_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    """Opening the store on a database of the old schema adds every missing column (NULL in the
    old rows), keeps the old rows, and records the new fields from then on."""
    path = _old_database(tmp_path)
    with sqlite3.connect(path) as db:
        assert missing_columns(db) == list(ADDED_COLUMNS)
    store = Store(tmp_path)
    with store:
        store.submit(
            QuestionRecord(
                at=2.0,
                via="text",
                outcome="answered",
                review=False,
                question="a new question",
                fact_id="visit",
                score=88.0,
                margin=22.5,
                coverage=0.9,
                runner_id="visit-date",
                reason=None,
            )
        )
    with sqlite3.connect(path) as db:
        assert missing_columns(db) == []
        rows = db.execute(
            "SELECT question, fact_id, margin, coverage, runner_id FROM questions ORDER BY at"
        ).fetchall()
    assert rows == [
        ("an old question", None, None, None, None),
        ("a new question", "visit", 22.5, 0.9, "visit-date"),
    ]
    assert [r.question for r in store.review_rows()] == ["an old question"]


def test_migrating_twice_changes_nothing(tmp_path: Path) -> None:
    """A second start on an already migrated database adds no column and loses no row."""
    _old_database(tmp_path)
    for _ in range(2):
        with Store(tmp_path):
            pass
    with sqlite3.connect(tmp_path / DB_FILE) as db:
        assert missing_columns(db) == []
        assert db.execute("SELECT COUNT(*) FROM questions").fetchone() == (1,)


def test_review_reads_an_old_database_without_changing_it(tmp_path: Path) -> None:
    """`review` on a database the bot has not yet upgraded lists its declined questions and
    adds no column (readers never write)."""
    from bot.records.review import review_groups

    path = _old_database(tmp_path)
    (group,) = review_groups(Store(tmp_path))
    assert (group.kind, group.questions) == ("declined", ("an old question",))
    with sqlite3.connect(path) as db:
        assert missing_columns(db) == list(ADDED_COLUMNS)
