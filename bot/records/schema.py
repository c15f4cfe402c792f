"""The question log's tables, and bringing a database made by an older version up to date.

A table made by an older version lacks the columns added since: :func:`migrate` adds each one
missing (``ALTER TABLE … ADD COLUMN``, NULL in the old rows), so an existing ``data/`` keeps
its records across an upgrade. New columns are only ever added, never renamed or dropped.
"""

from __future__ import annotations

import sqlite3

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id          INTEGER PRIMARY KEY,
    at          REAL NOT NULL,     -- Unix time
    via         TEXT NOT NULL,     -- 'text': typed; 'button': a fact picked from a button
    outcome     TEXT NOT NULL,     -- answered, ambiguous or not_found
    review      INTEGER NOT NULL,  -- 1: declined or answered with low confidence
    question    TEXT,              -- the text of a typed question (bounded)
    fact_id     TEXT,              -- the fact that answered
    score       REAL NOT NULL,     -- the engine's score for the outcome (0-100)
    best_id     TEXT,              -- the best candidate, fact or gap
    best_score  REAL,
    best_is_gap INTEGER,
    closest_id  TEXT,              -- the closest fact (for declines: what may need a phrasing)
    closest_score REAL,
    lang        TEXT,
    chat_type   TEXT,              -- private, group, supergroup…
    user_hash   TEXT,              -- salted hash of the Telegram user id
    reason      TEXT,              -- why declined (off_topic, gap, weak, close…)
    margin      REAL,              -- the decision's lead over the next candidate
    coverage    REAL,              -- the share of the question the deciding entry explains (0-1)
    runner_id   TEXT               -- the best other fact (what else it might have been)
);
CREATE INDEX IF NOT EXISTS questions_at ON questions (at);
CREATE TABLE IF NOT EXISTS votes (
    user_hash TEXT NOT NULL,
    fact_id   TEXT NOT NULL,
    vote      INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    at        REAL NOT NULL,
    chat_type TEXT,
    PRIMARY KEY (user_hash, fact_id)  -- one vote per person and fact: the latest counts
);
CREATE INDEX IF NOT EXISTS votes_at ON votes (at);
CREATE TABLE IF NOT EXISTS review_done (
    group_id TEXT PRIMARY KEY,     -- a review group's stable id (bot.records.review)
    at       REAL NOT NULL,
    action   TEXT NOT NULL,        -- accepted or rejected
    target   TEXT                  -- the fact or gap its phrasings went to
);
"""

#: Columns added to ``questions`` after its first version, with their types.
ADDED_COLUMNS: dict[str, str] = {
    "reason": "TEXT",
    "margin": "REAL",
    "coverage": "REAL",
    "runner_id": "TEXT",
}


def missing_columns(connection: sqlite3.Connection) -> list[str]:
    """The columns of :data:`ADDED_COLUMNS` the ``questions`` table lacks."""
    have = {row[1] for row in connection.execute("PRAGMA table_info(questions)")}
    return [name for name in ADDED_COLUMNS if name not in have]


def migrate(connection: sqlite3.Connection) -> list[str]:
    """Create what is missing and add the missing columns; return the names added."""
    connection.executescript(SCHEMA)
    added = missing_columns(connection)
    for name in added:
        connection.execute(f"ALTER TABLE questions ADD COLUMN {name} {ADDED_COLUMNS[name]}")
    return added
