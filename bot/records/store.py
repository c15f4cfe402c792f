"""The bot's own records — questions asked and 👍/👎 feedback — in one SQLite file.

The database is ``insights.sqlite3`` in the data directory (``BOT_DATA_DIR``), next to a salt
(``insights.salt``, made once) that turns Telegram user ids into hashes: no user identity is
stored beyond that salted hash. The file and its tables (``questions``, ``votes``) are this
module's alone; other records the bot may keep in the data directory live in files of their own.

Writing never holds up the caller: :meth:`Store.submit` appends a record to a bounded queue
and returns (waking the writer only when it sleeps: no thread switch per record); one writer
thread owns the only writing connection and writes what has queued up (for
:data:`GATHER_SECONDS` after the first record) in one short transaction. Records may be
given as functions that make them, so work such as finding a declined question's closest fact
happens on the writer thread too. Readers (the
``unanswered`` and ``stats`` reports) open a connection of their own; WAL mode lets them read
while the writer writes, also from another process. The tables are bounded by age and by row
count (see the constants), pruned by the writer as it goes.

Framework-free: the Telegram adapter and the command line use it alike.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import logging
import os
import secrets
import sqlite3
import threading
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from bot.records.private import private_directory, private_file
from bot.records.rows import (
    Counts,
    FactCounts,
    Pending,
    QuestionRecord,
    Record,
    ReviewRow,
    VoteRecord,
)
from bot.records.schema import migrate

__all__ = [
    "Counts",
    "FactCounts",
    "Pending",
    "QuestionRecord",
    "Record",
    "ReviewRow",
    "Store",
    "StoreError",
    "VoteRecord",
    "connect",
    "transaction",
]

log = logging.getLogger(__name__)

#: The database file in the data directory.
DB_FILE = "insights.sqlite3"
#: The salt for user hashes, made once per data directory.
SALT_FILE = "insights.salt"
#: Most question rows kept (the oldest go first). At ~150 bytes a row, about 15 MB.
MAX_QUESTION_ROWS = 100_000
#: Most feedback rows kept (one per user and fact; the oldest go first).
MAX_VOTE_ROWS = 100_000
#: Rows older than this are deleted, in days.
MAX_AGE_DAYS = 180
#: Rows written between two prunings.
PRUNE_EVERY = 500
#: Records waiting for the writer at most; more are dropped (and counted) rather than wait.
MAX_QUEUE = 10_000
#: Records written in one transaction at most.
MAX_BATCH = 200
#: Seconds the writer lets records gather after the first of a batch arrives: one wake-up and
#: one transaction for many records instead of one each (under a burst, a thread switch and a
#: commit per answered question cost ~0.4 ms of CPU; docs/performance.md). A flush or a stop
#: cuts the wait short.
GATHER_SECONDS = 0.05
#: Longest question text stored (Telegram allows 4,096 characters; the rest is not needed).
MAX_QUESTION_CHARS = 500
#: How long a connection waits for a lock held by another before giving up, in seconds.
BUSY_TIMEOUT_SECONDS = 5.0
#: Bytes of the salted hash kept (as hex: twice as many characters).
USER_HASH_BYTES = 8
#: User hashes remembered (computing one is an HMAC per question).
USER_HASH_CACHE = 10_000


class StoreError(Exception):
    """The data directory or its database cannot be used; ``str()`` is one line."""


class _Barrier:
    """A marker on the queue: set when everything queued before it is written."""

    def __init__(self) -> None:
        self.done = threading.Event()


_STOP = object()


def connect(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    """A connection with the settings every user of the database needs (autocommit: each
    write transaction is explicit and short)."""
    connection = sqlite3.connect(
        path,
        timeout=BUSY_TIMEOUT_SECONDS,
        isolation_level=None,
        check_same_thread=not any_thread,
    )
    connection.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    return connection


class Store:
    """The insights database in ``directory``: a writer thread for records, and reports.

    :meth:`open` creates the directory, salt and tables and starts the writer; :meth:`close`
    writes what is queued and stops it. Reading works without :meth:`open` (and without the
    database: an empty result).
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.path = directory / DB_FILE
        # Appended by any thread, taken by the writer (deque operations are atomic); _wake
        # says there is something to take, _hurry that someone waits for it (flush, close).
        self._queue: deque[object] = deque()
        self._wake = threading.Event()
        self._hurry = threading.Event()
        self._hashes: dict[int, str] = {}
        self._thread: threading.Thread | None = None
        self._salt: bytes | None = None
        self._dropped = 0

    # ----------------------------------------------------------------------------------------
    # Life
    # ----------------------------------------------------------------------------------------

    @property
    def is_open(self) -> bool:
        """True while the writer runs."""
        return self._thread is not None and self._thread.is_alive()

    def open(self) -> None:
        """Create what is missing and start the writer (StoreError when that is impossible)."""
        if self.is_open:
            return
        try:
            private_directory(self.directory)
            self._salt = _salt(self.directory / SALT_FILE)
            private_file(self.path)
            # Made here, used only by the writer thread from then on.
            connection = connect(self.path, any_thread=True)
            mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                log.warning("%s: WAL mode is not available (%s)", self.path, mode)
            connection.execute("PRAGMA synchronous = NORMAL")
            added = migrate(connection)
            if added:
                log.info("%s: added the column(s) %s", self.path, ", ".join(added))
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot use {self.path}: {exc}") from exc
        self._thread = threading.Thread(
            target=self._write_loop, args=(connection,), name="insights-writer", daemon=True
        )
        self._thread.start()

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop the writer."""
        thread = self._thread
        if thread is None:
            return
        self._put(_STOP, urgent=True)
        thread.join(timeout)
        self._thread = None

    def __enter__(self) -> Store:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------------------------------
    # Writing
    # ----------------------------------------------------------------------------------------

    def user_hash(self, user_id: int) -> str:
        """The salted hash that stands for a user (the same across restarts)."""
        if self._salt is None:
            raise StoreError("the store is not open")
        known = self._hashes.get(user_id)
        if known is not None:
            return known
        digest = hmac.new(self._salt, str(user_id).encode(), hashlib.sha256).hexdigest()
        if len(self._hashes) >= USER_HASH_CACHE:
            self._hashes.clear()
        made = self._hashes[user_id] = digest[: USER_HASH_BYTES * 2]
        return made

    def submit(self, item: Pending) -> bool:
        """Queue a record for writing; never waits. False when not open or the queue is full."""
        if not self.is_open:
            return False
        if len(self._queue) >= MAX_QUEUE:
            self._dropped += 1
            if self._dropped == 1 or self._dropped % 1000 == 0:
                log.warning("insights queue full: %d record(s) dropped so far", self._dropped)
            return False
        self._put(item)
        return True

    def _put(self, item: object, *, urgent: bool = False) -> None:
        self._queue.append(item)
        if urgent:
            self._hurry.set()
        if not self._wake.is_set():  # an attribute read: the writer is woken once per batch
            self._wake.set()

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far is written (True) or ``timeout`` passes."""
        if not self.is_open:
            return True
        barrier = _Barrier()
        self._put(barrier, urgent=True)
        return barrier.done.wait(timeout)

    def _write_loop(self, connection: sqlite3.Connection) -> None:
        written = 0
        stopping = False
        while not stopping:
            self._wake.wait()
            self._hurry.wait(GATHER_SECONDS)  # let more records come, unless someone waits
            self._hurry.clear()
            # Cleared before taking: what is appended from now on wakes the writer again.
            self._wake.clear()
            batch: list[object] = []
            while self._queue and len(batch) < MAX_BATCH:
                batch.append(self._queue.popleft())
            if self._queue:  # more than one batch waits
                self._wake.set()
                self._hurry.set()
            records: list[Record] = []
            barriers: list[_Barrier] = []
            for item in batch:
                if item is _STOP:
                    stopping = True
                elif isinstance(item, _Barrier):
                    barriers.append(item)
                else:
                    record = _resolve(item)
                    if record is not None:
                        records.append(record)
            try:
                self._write(connection, records)
                written += len(records)
                if written >= PRUNE_EVERY:
                    written = 0
                    self.prune(connection)
            except Exception:  # a full disk or a bug: log it, keep the writer alive
                log.warning(
                    "could not record %d item(s) in %s", len(records), self.path, exc_info=True
                )
            for barrier in barriers:
                barrier.done.set()
        connection.close()

    def _write(self, connection: sqlite3.Connection, records: list[Record]) -> None:
        questions = [r for r in records if isinstance(r, QuestionRecord)]
        votes = [r for r in records if isinstance(r, VoteRecord)]
        if not records:
            return
        with transaction(connection):
            connection.executemany(
                "INSERT INTO questions (at, via, outcome, review, question, fact_id, score, "
                "best_id, best_score, best_is_gap, closest_id, closest_score, lang, chat_type, "
                "user_hash, reason, margin, coverage, runner_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        q.at,
                        q.via,
                        q.outcome,
                        int(q.review),
                        q.question[:MAX_QUESTION_CHARS] if q.question is not None else None,
                        q.fact_id,
                        q.score,
                        q.best_id,
                        q.best_score,
                        None if q.best_is_gap is None else int(q.best_is_gap),
                        q.closest_id,
                        q.closest_score,
                        q.lang,
                        q.chat_type,
                        q.user_hash,
                        q.reason,
                        q.margin,
                        q.coverage,
                        q.runner_id,
                    )
                    for q in questions
                ],
            )
            connection.executemany(
                "INSERT INTO votes (user_hash, fact_id, vote, at, chat_type) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (user_hash, fact_id) DO UPDATE SET vote = excluded.vote, "
                "at = excluded.at, chat_type = excluded.chat_type",
                [(v.user_hash, v.fact_id, v.vote, v.at, v.chat_type) for v in votes],
            )

    def prune(
        self, connection: sqlite3.Connection | None = None, *, now: float | None = None
    ) -> None:
        """Delete rows older than MAX_AGE_DAYS and beyond the row caps."""
        cutoff = (time.time() if now is None else now) - MAX_AGE_DAYS * 86400
        with contextlib.ExitStack() as stack:
            if connection is None:
                connection = stack.enter_context(contextlib.closing(connect(self.path)))
            with transaction(connection):
                connection.execute("DELETE FROM questions WHERE at < ?", (cutoff,))
                connection.execute("DELETE FROM votes WHERE at < ?", (cutoff,))
                # Below the newest MAX_…_ROWS (a NULL bound, when there are fewer, deletes none).
                connection.execute(
                    "DELETE FROM questions WHERE id < "
                    "(SELECT id FROM questions ORDER BY id DESC LIMIT 1 OFFSET ?)",
                    (MAX_QUESTION_ROWS - 1,),
                )
                connection.execute(
                    "DELETE FROM votes WHERE at < "
                    "(SELECT at FROM votes ORDER BY at DESC LIMIT 1 OFFSET ?)",
                    (MAX_VOTE_ROWS - 1,),
                )

    def forget(self, before: float) -> int:
        """Delete every question and vote recorded before ``before`` (Unix time), overwriting
        the freed pages, and return how many rows went. Safe while the bot runs (WAL)."""
        if not self.path.is_file():
            return 0
        try:
            with contextlib.closing(connect(self.path)) as connection:
                # Deleted text must not linger in free pages or in the write-ahead log.
                connection.execute("PRAGMA secure_delete = ON")
                with transaction(connection):
                    gone = connection.execute("DELETE FROM questions WHERE at < ?", (before,))
                    count = gone.rowcount
                    count += connection.execute(
                        "DELETE FROM votes WHERE at < ?", (before,)
                    ).rowcount
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot change {self.path}: {exc}") from exc
        return count

    # ----------------------------------------------------------------------------------------
    # Reading
    # ----------------------------------------------------------------------------------------

    @contextlib.contextmanager
    def reading(self) -> Iterator[sqlite3.Connection | None]:
        """A connection for reading (None when there is no database yet); its errors become
        StoreError."""
        if not self.path.is_file():
            yield None
            return
        try:
            connection = connect(self.path)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from exc
        try:
            yield connection
        except sqlite3.Error as exc:
            raise StoreError(f"cannot read {self.path}: {exc}") from exc
        finally:
            connection.close()

    @contextlib.contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A connection for a short write of the caller's own, beside the writer thread (WAL
        lets them take turns), with the tables up to date; its errors become StoreError."""
        try:
            private_directory(self.directory)
            private_file(self.path)
            connection = connect(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"cannot use {self.path}: {exc}") from exc
        try:
            migrate(connection)
            yield connection
        except sqlite3.Error as exc:
            raise StoreError(f"cannot change {self.path}: {exc}") from exc
        finally:
            connection.close()

    def review_rows(self, since: float | None = None) -> list[ReviewRow]:
        """The questions logged for review (declined or low confidence) since ``since``."""
        with self.reading() as connection:
            if connection is None:
                return []
            rows = connection.execute(
                "SELECT at, question, outcome, fact_id, score, best_id, best_score, best_is_gap, "
                "closest_id, closest_score FROM questions "
                "WHERE review = 1 AND question IS NOT NULL AND at >= ? ORDER BY at",
                (since or 0.0,),
            ).fetchall()
        return [
            ReviewRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9])
            for r in rows
        ]

    def counts(self, since: float | None = None) -> Counts:
        """How the questions since ``since`` were dealt with."""
        with self.reading() as connection:
            if connection is None:
                return Counts()
            row = connection.execute(
                "SELECT "
                "  COUNT(*) FILTER (WHERE via = 'text'), "
                "  COUNT(*) FILTER (WHERE via = 'text' AND outcome = 'answered'), "
                "  COUNT(*) FILTER (WHERE via = 'text' AND outcome != 'answered'), "
                "  COUNT(*) FILTER (WHERE via = 'text' AND outcome = 'answered' AND review = 1), "
                "  COUNT(*) FILTER (WHERE via = 'button') "
                "FROM questions WHERE at >= ?",
                (since or 0.0,),
            ).fetchone()
        return Counts(*row)

    def fact_counts(self, since: float | None = None) -> list[FactCounts]:
        """Each fact answered or voted on since ``since``: answers shown, 👍 and 👎."""
        with self.reading() as connection:
            if connection is None:
                return []
            answers = dict(
                connection.execute(
                    "SELECT fact_id, COUNT(*) FROM questions "
                    "WHERE fact_id IS NOT NULL AND at >= ? GROUP BY fact_id",
                    (since or 0.0,),
                ).fetchall()
            )
            votes = {
                fact: (up, down)
                for fact, up, down in connection.execute(
                    "SELECT fact_id, COUNT(*) FILTER (WHERE vote > 0), "
                    "COUNT(*) FILTER (WHERE vote < 0) FROM votes WHERE at >= ? GROUP BY fact_id",
                    (since or 0.0,),
                ).fetchall()
            }
        return [
            FactCounts(fact, answers.get(fact, 0), *votes.get(fact, (0, 0)))
            for fact in sorted(set(answers) | set(votes))
        ]


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT (or ROLLBACK): one short write transaction."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _resolve(item: object) -> Record | None:
    """The record an item stands for; a function that fails is logged and skipped."""
    if isinstance(item, QuestionRecord | VoteRecord):
        return item
    if callable(item):
        try:
            made = item()
        except Exception:
            log.warning("could not make a record", exc_info=True)
            return None
        return made if isinstance(made, QuestionRecord | VoteRecord) else None
    return None


def _salt(path: Path) -> bytes:
    """The salt in ``path``, made (32 random bytes, owner-only) the first time."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        salt = path.read_bytes()
        if len(salt) < 16:
            raise OSError(f"{path} is damaged (too short); delete it to make a new one") from None
        return salt
    salt = secrets.token_bytes(32)
    with os.fdopen(fd, "wb") as fh:
        fh.write(salt)
    return salt
