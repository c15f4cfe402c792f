"""Which Telegram updates the bot has already answered, kept across restarts.

Telegram forgets an update only once the bot confirms it (the next ``getUpdates`` offset), so an
update answered just before a stop can be delivered again after the restart — and, when the
bot stops in the middle of a batch, some are. :class:`AnsweredUpdates` remembers the ids of the
recently answered ones so that a redelivered update is skipped instead of answered twice.

It is its own small SQLite database, ``answered-updates.sqlite3`` in ``BOT_DATA_DIR``, with one
table, ``answered_updates``, so it shares nothing with the question log there
(:mod:`bot.records.store`, ``insights.sqlite3``) but its :class:`~bot.records.store.StoreError`. WAL mode: a commit
per answer is one append (no fsync per write with ``synchronous=NORMAL``, which keeps every
commit across a crash of the process — the case that matters here — and loses only the last
ones to a power failure). Bounded by age and count. Framework-free (no Telegram import).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from bot.records.private import private_directory, private_file
from bot.records.store import StoreError

__all__ = ["FILENAME", "AnsweredUpdates", "StoreError"]

log = logging.getLogger(__name__)

#: The database file in BOT_DATA_DIR.
FILENAME = "answered-updates.sqlite3"
#: Telegram keeps an unconfirmed update for 24 hours; remembering one longer is pointless, and
#: after a week without updates Telegram may even reuse ids (it then picks them at random).
MAX_AGE_SECONDS = 26 * 3600
#: Most update ids remembered (a few hundred kilobytes at most).
MAX_ROWS = 20_000
#: Old rows are removed once every this many answers (cheap enough, and the table stays small).
PRUNE_EVERY = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS answered_updates (
    update_id INTEGER PRIMARY KEY,
    answered_at REAL NOT NULL
)
"""


class AnsweredUpdates:
    """A bounded, persistent set of answered update ids. Open with :meth:`open`."""

    def __init__(self, connection: sqlite3.Connection, clock: Callable[[], float]) -> None:
        self._db = connection
        self._clock = clock
        self._since_prune = 0

    @classmethod
    def open(cls, data_dir: Path, *, clock: Callable[[], float] = time.time) -> AnsweredUpdates:
        """Open (creating if needed) the store in ``data_dir``.

        A database that is not one (damaged, or some other file) is moved aside as
        ``….corrupt`` and a new one started: forgetting which updates were answered costs at
        most a repeated answer, while refusing to start would cost every answer.
        """
        path = data_dir / FILENAME
        try:
            private_directory(data_dir)
            private_file(path)
            return cls(_connect(path), clock)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and not path.is_file():
                raise StoreError(f"cannot open {path}: {exc}") from exc
            aside = path.with_name(path.name + ".corrupt")
            log.warning("%s is not a usable database (%s); moved to %s", path, exc, aside.name)
            try:
                path.replace(aside)
                for suffix in ("-wal", "-shm"):
                    path.with_name(path.name + suffix).unlink(missing_ok=True)
                private_file(path)
                return cls(_connect(path), clock)
            except (OSError, sqlite3.Error) as again:
                raise StoreError(f"cannot open {path}: {again}") from again
        except OSError as exc:
            raise StoreError(f"cannot use BOT_DATA_DIR {data_dir}: {exc}") from exc

    def __contains__(self, update_id: int) -> bool:
        """Whether ``update_id`` was answered (StoreError if the database fails)."""
        try:
            row = self._db.execute(
                "SELECT answered_at FROM answered_updates WHERE update_id = ?", (update_id,)
            ).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"reading {FILENAME}: {exc}") from exc
        return row is not None and row[0] >= self._clock() - MAX_AGE_SECONDS

    def add(self, update_id: int) -> None:
        """Remember that ``update_id`` was answered, committed before returning (StoreError if
        the database fails, e.g. a full disk)."""
        try:
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO answered_updates (update_id, answered_at) "
                    "VALUES (?, ?)",
                    (update_id, self._clock()),
                )
            self._since_prune += 1
            if self._since_prune >= PRUNE_EVERY:
                self.prune()
        except sqlite3.Error as exc:
            raise StoreError(f"writing {FILENAME}: {exc}") from exc

    def prune(self) -> None:
        """Forget ids older than :data:`MAX_AGE_SECONDS`, and all but the newest :data:`MAX_ROWS`."""
        self._since_prune = 0
        with self._db:
            self._db.execute(
                "DELETE FROM answered_updates WHERE answered_at < ?",
                (self._clock() - MAX_AGE_SECONDS,),
            )
            self._db.execute(
                "DELETE FROM answered_updates WHERE update_id NOT IN "
                "(SELECT update_id FROM answered_updates ORDER BY answered_at DESC, "
                "update_id DESC LIMIT ?)",
                (MAX_ROWS,),
            )

    def __len__(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM answered_updates").fetchone()[0])

    def close(self) -> None:
        """Prune and close the database."""
        try:
            self.prune()
        except sqlite3.Error as exc:
            log.warning("could not prune %s: %s", FILENAME, exc)
        finally:
            self._db.close()


def _connect(path: Path) -> sqlite3.Connection:
    """A connection in WAL mode with the table in place (raises DatabaseError if not a database)."""
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA busy_timeout=2000")
        connection.execute(_SCHEMA)
        connection.execute("SELECT COUNT(*) FROM answered_updates").fetchone()
    except sqlite3.Error:
        connection.close()
        raise
    # Explicit transactions from here on (``with connection``), one per write.
    connection.isolation_level = "DEFERRED"
    return connection
