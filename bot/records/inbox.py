"""The inbox: every Telegram update the bot has received and not yet finished with, on disk.

Telegram forgets an update once the bot confirms it (the offset of the next ``getUpdates``, or
the 200 answer to a webhook delivery). So each update is written here — committed, fsynced —
*before* it is confirmed, and leaves only when its reply was sent or it failed for good. After
a crash (SIGKILL, OOM, a reboot) the next start finds what was unfinished here and answers it
first: no question is lost; at most the replies in flight at the crash are sent twice.

The ids of finished updates are kept too (26 hours, at most 20,000): an update Telegram
delivers again — confirmed too late before a crash, or a webhook delivery it repeats — is then
recognised and not answered twice.

One SQLite database, ``inbox.sqlite3`` in ``BOT_DATA_DIR``, WAL mode, ``synchronous=FULL``
(each commit survives a power failure too: the offset moves right after it). Synchronous and
framework-free: :class:`bot.tg.delivery.Delivery` calls it from one thread of its own, never
from the event loop.

Opening tells a database that cannot be opened (locked by another process, a read-only or full
disk: :class:`StoreError`, the caller runs without it) from one SQLite says is damaged, which
alone is moved aside — ``inbox.sqlite3.corrupt-<UTC time>``, the newest :data:`KEEP_CORRUPT`
kept — and started afresh. A caller that lost its inbox tries again after the waits of
:func:`reopen_waits`, with :func:`open_writable` (open, then prove it can write).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.records.private import private_directory, private_file
from bot.records.store import StoreError

__all__ = [
    "FILENAME",
    "Inbox",
    "Pending",
    "StoreError",
    "open_database",
    "open_writable",
    "reopen_waits",
]

log = logging.getLogger(__name__)

#: The database file in BOT_DATA_DIR.
FILENAME = "inbox.sqlite3"
#: Telegram keeps an unconfirmed update for 24 hours: a finished id is remembered a little longer.
MAX_AGE_SECONDS = 26 * 3600
#: Most finished update ids remembered.
MAX_ROWS = 20_000
#: Old finished ids are removed once every this many finished updates.
PRUNE_EVERY = 500
#: Milliseconds SQLite waits for a lock another process holds before giving up: short, as each
#: call holds up the answers behind it (it runs on the inbox's own thread, never the loop's).
BUSY_TIMEOUT_MS = 200
#: Damaged databases moved aside and kept (the oldest beyond this are deleted).
KEEP_CORRUPT = 3
#: After the inbox failed: seconds before the first attempt to open it again; each failed
#: attempt doubles the wait, up to REOPEN_MAX_SECONDS.
REOPEN_FIRST_SECONDS = 1.0
REOPEN_MAX_SECONDS = 60.0
#: SQLite's primary result codes for "this is not a (sound) database".
_CORRUPT_CODES = frozenset({sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB})

_SCHEMA = """
CREATE TABLE IF NOT EXISTS inbox (
    update_id INTEGER PRIMARY KEY,
    received_at REAL NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS finished (
    update_id INTEGER PRIMARY KEY,
    finished_at REAL NOT NULL,
    outcome TEXT NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class Pending:
    """An unfinished update: its id, its JSON as received, and how often handling it failed."""

    update_id: int
    body: str
    attempts: int


def is_corruption(error: sqlite3.Error) -> bool:
    """Whether SQLite says the file is not a database or is malformed (not: locked, read-only,
    full, cannot open)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _CORRUPT_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def open_database(
    path: Path, schema: str, *, now: Callable[[], float] = time.time
) -> sqlite3.Connection:
    """A WAL connection to ``path`` with ``schema`` in place; a damaged file moved aside.

    StoreError when the database cannot be opened or written (and is not damaged).
    """
    try:
        private_directory(path.parent)
        private_file(path)
        return _connect(path, schema)
    except sqlite3.Error as exc:
        if not is_corruption(exc):
            raise StoreError(f"cannot open {path}: {exc}") from exc
        aside = _move_aside(path, now())
        log.error("%s is damaged (%s); moved to %s, starting a new one", path, exc, aside.name)
        try:
            private_file(path)
            return _connect(path, schema)
        except (OSError, sqlite3.Error) as again:
            raise StoreError(f"cannot open {path}: {again}") from again
    except OSError as exc:
        raise StoreError(f"cannot use {path.parent}: {exc.strerror or exc}") from exc


def reopen_waits(
    first: float = REOPEN_FIRST_SECONDS, most: float = REOPEN_MAX_SECONDS
) -> Iterator[float]:
    """The seconds to wait before each attempt to reopen a failed inbox: 1, 2, 4 … 60, 60 …"""
    wait = first
    while True:
        yield wait
        wait = min(wait * 2, most)


def open_writable(open_inbox: Callable[[], Inbox]) -> Inbox:
    """``open_inbox()``, once a probe has written to it (a disk that is full or read-only may
    still open); StoreError, with nothing left open, when it cannot be used."""
    inbox = open_inbox()
    try:
        inbox.probe()
    except StoreError:
        inbox._db.close()
        raise
    return inbox


def _move_aside(path: Path, now: float) -> Path:
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(now))
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        path.replace(aside)
        for suffix in ("-wal", "-shm"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        old = sorted(path.parent.glob(f"{path.name}.corrupt-*"), key=lambda p: p.stat().st_mtime)
        for extra in old[:-KEEP_CORRUPT]:
            extra.unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot move the damaged {path} aside: {exc}") from exc
    return aside


def _connect(path: Path, schema: str) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=0)
    try:
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=FULL")
        connection.executescript(schema)
        connection.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.Error:
        connection.close()
        raise
    return connection


class Inbox:
    """Received updates not finished yet, and the ids of finished ones. Open with :meth:`open`.

    Every method raises :class:`StoreError` when the database fails. Use from one thread.
    """

    def __init__(self, connection: sqlite3.Connection, clock: Callable[[], float]) -> None:
        self._db = connection
        self._clock = clock
        self._since_prune = 0

    @classmethod
    def open(cls, data_dir: Path, *, clock: Callable[[], float] = time.time) -> Inbox:
        """Open (creating if needed) the inbox in ``data_dir``."""
        return cls(open_database(data_dir / FILENAME, _SCHEMA, now=clock), clock)

    def add(self, updates: Iterable[tuple[int, str]]) -> list[int]:
        """Keep ``(update_id, json)`` pairs, committed before returning; the ids that are new
        (neither waiting here already nor finished before)."""
        now = self._clock()
        new: list[int] = []
        try:
            with _Transaction(self._db):
                for update_id, body in updates:
                    if self._db.execute(
                        "SELECT 1 FROM finished WHERE update_id = ? AND finished_at >= ?",
                        (update_id, now - MAX_AGE_SECONDS),
                    ).fetchone():
                        continue
                    cursor = self._db.execute(
                        "INSERT OR IGNORE INTO inbox (update_id, received_at, body) VALUES (?, ?, ?)",
                        (update_id, now, body),
                    )
                    if cursor.rowcount:
                        new.append(update_id)
        except sqlite3.Error as exc:
            raise StoreError(f"writing {FILENAME}: {exc}") from exc
        return new

    def pending(self) -> list[Pending]:
        """The unfinished updates, oldest first."""
        try:
            rows = self._db.execute(
                "SELECT update_id, body, attempts FROM inbox ORDER BY update_id"
            ).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"reading {FILENAME}: {exc}") from exc
        return [Pending(int(i), str(b), int(a)) for i, b, a in rows]

    def finish(self, update_id: int, outcome: str = "answered") -> None:
        """The update is done with (``outcome``: answered, failed, dropped…): out of the inbox,
        its id remembered. Committed before returning."""
        self.finish_many([(update_id, outcome)])

    def finish_many(self, done: list[tuple[int, str]]) -> None:
        """:meth:`finish` for several updates in one commit (one fsync)."""
        now = self._clock()
        try:
            with _Transaction(self._db):
                self._db.executemany(
                    "DELETE FROM inbox WHERE update_id = ?", [(i,) for i, _ in done]
                )
                self._db.executemany(
                    "INSERT OR REPLACE INTO finished (update_id, finished_at, outcome) "
                    "VALUES (?, ?, ?)",
                    [(i, now, outcome) for i, outcome in done],
                )
            self._since_prune += len(done)
            if self._since_prune >= PRUNE_EVERY:
                self.prune()
        except sqlite3.Error as exc:
            raise StoreError(f"writing {FILENAME}: {exc}") from exc

    def failed_attempt(self, update_id: int) -> int:
        """Count one failed attempt at ``update_id`` (it stays in the inbox); the count."""
        try:
            with _Transaction(self._db):
                self._db.execute(
                    "UPDATE inbox SET attempts = attempts + 1 WHERE update_id = ?", (update_id,)
                )
                row = self._db.execute(
                    "SELECT attempts FROM inbox WHERE update_id = ?", (update_id,)
                ).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"writing {FILENAME}: {exc}") from exc
        return int(row[0]) if row else 0

    def probe(self) -> None:
        """Write and remove a row in one commit: StoreError when the database cannot be written."""
        try:
            with _Transaction(self._db):
                self._db.execute(
                    "INSERT OR REPLACE INTO finished (update_id, finished_at, outcome) "
                    "VALUES (-1, 0, 'probe')"
                )
                self._db.execute("DELETE FROM finished WHERE update_id = -1")
        except sqlite3.Error as exc:
            raise StoreError(f"writing {FILENAME}: {exc}") from exc

    def was_finished(self, update_id: int) -> bool:
        """Whether ``update_id`` was finished within :data:`MAX_AGE_SECONDS`."""
        try:
            row = self._db.execute(
                "SELECT finished_at FROM finished WHERE update_id = ?", (update_id,)
            ).fetchone()
        except sqlite3.Error as exc:
            raise StoreError(f"reading {FILENAME}: {exc}") from exc
        return row is not None and row[0] >= self._clock() - MAX_AGE_SECONDS

    def prune(self) -> None:
        """Forget finished ids older than :data:`MAX_AGE_SECONDS`, and all but the newest
        :data:`MAX_ROWS`."""
        self._since_prune = 0
        with _Transaction(self._db):
            self._db.execute(
                "DELETE FROM finished WHERE finished_at < ?", (self._clock() - MAX_AGE_SECONDS,)
            )
            self._db.execute(
                "DELETE FROM finished WHERE update_id NOT IN (SELECT update_id FROM finished "
                "ORDER BY finished_at DESC, update_id DESC LIMIT ?)",
                (MAX_ROWS,),
            )

    def close(self) -> None:
        """Prune and close the database."""
        try:
            self.prune()
        except sqlite3.Error as exc:
            log.warning("could not prune %s: %s", FILENAME, exc)
        finally:
            self._db.close()


class _Transaction:
    """``with``: BEGIN IMMEDIATE … COMMIT (ROLLBACK on an error) on an autocommit connection."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self._db.execute("COMMIT")
        elif self._db.in_transaction:
            self._db.execute("ROLLBACK")
