"""Getting every answer out exactly once: flood control, retries, and updates that survive a stop.

Three pieces, put together by :func:`bot.tg.app.build_application`: the flood limiter
(:mod:`bot.tg.flood`), the poller (:mod:`bot.tg.polling`) and, here,

:class:`Delivery`
    Every update from receipt to reply. Each update is written to the inbox
    (:mod:`bot.records.inbox`) before Telegram is told to forget it, and leaves it only when its
    reply was sent or it failed for good; after a crash the next start answers what is left
    there first. Handlers run ``concurrency`` at a time and one at a time per chat; a group
    whose flood budget is spent waits without holding a slot, and a chat's backlog is bounded.

The promise (docs/operations.md, "Reliability"): no question is lost to a crash; at most the
replies in flight at the crash (at most ``concurrency``) may be sent twice. A stop (SIGTERM)
gives the updates in progress a few seconds and leaves the rest in the inbox.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import json
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

from telegram import Update

from bot.records.inbox import Inbox, StoreError, open_writable, reopen_waits
from bot.tg.flood import FloodLimiter, Outcome, current_outcome

log = logging.getLogger(__name__)

# Updates: the inbox, the per-chat queues, the poller
# ------------------------------------------------------------------------------------------

#: Updates received and not yet finished that the bot holds in memory; the poller waits above
#: it (bounded memory). Updates waiting here are already in the inbox, so a crash loses none.
MAX_PENDING_UPDATES = 2000
#: Updates one chat may have waiting; beyond it the chat's oldest is dropped (with a log line):
#: three minutes of a group's 20 messages a minute.
MAX_CHAT_BACKLOG = 60
#: Attempts at one update whose reply could not be sent (Telegram unreachable, 5xx, 429s):
#: then it failed for good (logged, counted, the user told if possible).
MAX_ATTEMPTS = 3
#: Seconds before another attempt at an update whose reply could not be sent.
RETRY_SECONDS = 5.0
#: On stop, seconds to let the updates in progress finish; the rest stay in the inbox.
STOP_GRACE_SECONDS = 4.0
#: Polls (getUpdates calls) in a row, while updates wait, with none finished: the bot is stuck.
STALL_POLLS = 10


def chat_key(update: object) -> int | None:
    """What an update is serialised on: its chat, else its sender (inline queries), else None."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


@dataclass
class _Item:
    update: Update
    body: str
    attempts: int = 0


class Delivery:
    """Every update from receipt to reply: the inbox first, then one at a time per chat.

    :meth:`receive` writes each update to the inbox (:mod:`bot.records.inbox`, committed) and
    only then returns — the poller confirms updates to Telegram, and the webhook answers 200,
    after that. Handlers run ``concurrency`` at a time, one at a time per chat (a chat's answers
    come in order, and one busy chat holds at most one slot). A group whose flood budget is
    spent is not started at all until the budget allows (``flood.ready_in``): it holds no slot
    while it waits. An update leaves the inbox when handled; when its reply could not be sent,
    it is tried again (:data:`MAX_ATTEMPTS`), then given up. On start (:meth:`open`) the
    unfinished updates of the previous run are queued first.

    ``inbox`` opens the inbox (None: none, for tests); the inbox is used from one thread of its
    own, never the event loop's. When it cannot be opened or written, the bot answers anyway
    without it, says so once, and :attr:`problem` says why (``health`` reports it); it tries to
    open it again after :func:`~bot.records.inbox.reopen_waits` (waited with ``sleep``), and
    once that works keeps updates on disk again, :attr:`problem` cleared, said once.
    """

    def __init__(
        self,
        concurrency: int,
        *,
        inbox: Callable[[], Inbox] | None = None,
        flood: FloodLimiter | None = None,
        max_pending: int = MAX_PENDING_UPDATES,
        chat_backlog: int = MAX_CHAT_BACKLOG,
        max_attempts: int = MAX_ATTEMPTS,
        retry_seconds: float = RETRY_SECONDS,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.concurrency = concurrency
        self.max_pending = max_pending
        self.chat_backlog = chat_backlog
        self.max_attempts = max_attempts
        self.retry_seconds = retry_seconds
        self._open_inbox = inbox
        self._flood = flood
        self._sleep = sleep
        self._inbox: Inbox | None = None
        self._reopening: asyncio.Task[None] | None = None
        self._thread: concurrent.futures.ThreadPoolExecutor | None = None
        self._process: Callable[[Update], Awaitable[None]] | None = None
        self._bot: Any = None
        self._chats: dict[object, deque[_Item]] = {}
        self._ready: deque[object] = deque()
        self._waiting: set[object] = set()  # in _ready, running, or deferred
        self._running: set[object] = set()
        self._known: set[int] = set()  # update ids received and not finished
        self._tasks: set[asyncio.Task[None]] = set()
        self._timers: set[asyncio.TimerHandle] = set()
        self._to_finish: list[tuple[int, str]] = []
        self._flusher: asyncio.Task[None] | None = None
        self._room = asyncio.Event()
        self._room.set()
        self._idle = asyncio.Event()
        self._idle.set()
        self._stopping = False
        #: Why updates are not kept on disk (the inbox failed), or None.
        self.problem: str | None = None
        #: Updates finished since the start, by outcome.
        self.counts: dict[str, int] = {}
        #: getUpdates calls so far, and how many there were at the last finished update.
        self.polls = 0
        self._polls_at_progress = 0
        #: Called with each update once it is finished with (handled, failed or skipped).
        self.listeners: list[Callable[[Update], None]] = []
        #: Called (awaited) for an update given up, to tell its sender; errors are logged.
        self.apologise: Callable[[Update], Awaitable[None]] | None = None

    # -- life --------------------------------------------------------------------------------

    async def open(self, process: Callable[[Update], Awaitable[None]], bot: Any) -> None:
        """Open the inbox and queue what the previous run left unfinished; handle updates with
        ``process`` (the application's ``process_update``), parse them for ``bot``."""
        self._process = process
        self._bot = bot
        self._thread = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="inbox")
        if self._open_inbox is None:
            return
        try:
            self._inbox = await self._call(self._open_inbox)
            left = await self._call(self._inbox.pending)
        except StoreError as exc:
            self._lost_inbox(exc)
            return
        resumed = [
            (p.update_id, p.body, update, p.attempts)
            for p in left
            if (update := self._parse(p.update_id, p.body)) is not None
        ]
        if resumed:
            log.info("answering %d update(s) left unfinished by the last run first", len(resumed))
        for update_id, body, update, attempts in resumed:
            self._known.add(update_id)
            self._enqueue(_Item(update, body, attempts))
        self._pump()

    async def stop(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """Start nothing more; give the updates in progress ``grace`` seconds, then cancel them
        (they stay in the inbox for the next start); close the inbox."""
        self._stopping = True
        if self._reopening is not None:
            self._reopening.cancel()
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()
        running = set(self._tasks)
        if running:
            log.info("stopping: finishing %d update(s) in progress", len(running))
            _, late = await asyncio.wait(running, timeout=grace)
            for task in late:
                task.cancel()
            if late:
                log.warning(
                    "stopping: %d update(s) unfinished after %gs; kept for the next start",
                    len(late),
                    grace,
                )
                await asyncio.wait(late, timeout=1.0)
        if self._flusher is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._flusher, 2.0)
        left = len(self._known)
        if left:
            log.info("stopping: %d update(s) kept in the inbox for the next start", left)
        if self._inbox is not None:
            inbox, self._inbox = self._inbox, None
            with contextlib.suppress(StoreError, RuntimeError):
                await self._call(inbox.close)
        if self._thread is not None:
            self._thread.shutdown(wait=False)

    @property
    def pending(self) -> int:
        """Updates received and not finished (waiting or in progress)."""
        return len(self._known)

    def stalled(self) -> bool:
        """Updates wait, yet none was finished for :data:`STALL_POLLS` polls."""
        return bool(self._known) and self.polls - self._polls_at_progress >= STALL_POLLS

    async def room(self) -> None:
        """Wait until fewer than ``max_pending`` updates are held (the poller's back-pressure)."""
        await self._room.wait()

    async def drained(self) -> None:
        """Wait until every update received is finished."""
        await self._idle.wait()

    # -- receiving ---------------------------------------------------------------------------

    async def receive(self, batch: list[tuple[int, str, Update | None]]) -> None:
        """Take ``(update_id, json, parsed update or None)`` triples: parse what is not, keep
        them in the inbox (committed when this returns), queue the new ones.

        An update that cannot be parsed is skipped with one log line; one received before
        (in the inbox, or finished) is not queued again.
        """
        items: list[tuple[int, str, Update]] = []
        for update_id, body, update in batch:
            if update is None:
                update = self._parse(update_id, body)
            if update is not None and update_id not in self._known:
                items.append((update_id, body, update))
        new = {i for i, _, _ in items}
        if self._inbox is not None and items:
            try:
                new = set(await self._call(self._inbox.add, [(i, b) for i, b, _ in items]))
            except StoreError as exc:
                self._lost_inbox(exc)
        for update_id, body, update in items:
            if update_id in self._known:  # a concurrent delivery of the same update
                continue
            if update_id not in new:
                log.info("update %s was received before; not answered again", update_id)
                self._tell(update)
                continue
            self._known.add(update_id)
            self._enqueue(_Item(update, body))
        self._pump()

    def _parse(self, update_id: int, body: str) -> Update | None:
        try:
            data = json.loads(body)
        except ValueError as exc:
            self._unparseable(update_id, exc)
            return None
        return self.parse(update_id, data)

    def parse(self, update_id: int, data: Any) -> Update | None:
        """The update in ``data`` (JSON as decoded); None when it cannot be parsed (skipped
        with one log line, and counted)."""
        try:
            return Update.de_json(data, self._bot)
        except Exception as exc:
            self._unparseable(update_id, exc)
            return None

    def _unparseable(self, update_id: int, error: Exception) -> None:
        log.warning("update %s cannot be parsed (%s); skipped", update_id, _short(error))
        self.counts["unparseable"] = self.counts.get("unparseable", 0) + 1

    def _enqueue(self, item: _Item, *, first: bool = False) -> None:
        key: object = chat_key(item.update)
        if key is None:
            key = ("update", item.update.update_id)
        queue = self._chats.setdefault(key, deque())
        if first:
            queue.appendleft(item)
        else:
            if len(queue) >= self.chat_backlog:
                dropped = queue.popleft()
                log.warning(
                    "chat %s has more than %d updates waiting; dropped the oldest (update %s)",
                    key,
                    self.chat_backlog,
                    dropped.update.update_id,
                )
                self._spawn(self._finish(dropped, "dropped"))
            queue.append(item)
        if key not in self._waiting:
            self._waiting.add(key)
            self._ready.append(key)
        self._update_events()

    # -- running -----------------------------------------------------------------------------

    def _pump(self) -> None:
        """Start updates while slots are free and some chat can be served now."""
        while not self._stopping and len(self._running) < self.concurrency and self._ready:
            key = self._ready.popleft()
            queue = self._chats.get(key)
            if not queue:
                self._waiting.discard(key)
                self._chats.pop(key, None)
                continue
            wait = self._flood.ready_in(key) if self._flood is not None else 0.0
            if wait > 0:  # the group's budget is spent: it waits without holding a slot
                self._later(wait, key)
                continue
            item = queue.popleft()
            if not queue:
                del self._chats[key]
            self._running.add(key)
            self._spawn(self._run(key, item))

    def _later(self, seconds: float, key: object) -> None:
        def again() -> None:
            self._timers.discard(timer)
            self._ready.append(key)
            self._pump()

        timer = asyncio.get_running_loop().call_later(seconds, again)
        self._timers.add(timer)

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, key: object, item: _Item) -> None:
        outcome = Outcome()
        current_outcome.set(outcome)  # this task's own context
        retry = False
        try:
            if self._process is None:
                raise RuntimeError("Delivery.open() was not called")
            try:
                await self._process(item.update)
            except Exception:  # process_update hands handler errors to the error handler
                log.exception("update %s failed", item.update.update_id)
            if outcome.unsent is None:
                await self._finish(item, "answered")
            else:
                retry = await self._failed_attempt(item, outcome.unsent)
        finally:
            self._running.discard(key)
            if retry and not self._stopping:
                self._enqueue(item, first=True)
                self._later(self.retry_seconds, key)
            elif self._chats.get(key):
                self._ready.append(key)
            else:
                self._waiting.discard(key)
                self._chats.pop(key, None)
            self._pump()

    async def _failed_attempt(self, item: _Item, error: BaseException) -> bool:
        """Count a failed attempt; True to try again, False when given up (and finished)."""
        item.attempts += 1
        update_id = item.update.update_id
        if self._inbox is not None:
            with contextlib.suppress(StoreError):
                await self._call(self._inbox.failed_attempt, update_id)
        if item.attempts < self.max_attempts:
            log.warning(
                "update %s: the reply was not sent (%s); attempt %d of %d, again in %gs",
                update_id,
                _short(error),
                item.attempts,
                self.max_attempts,
                self.retry_seconds,
            )
            return True
        log.error(
            "update %s: the reply could not be sent in %d attempts (%s); given up",
            update_id,
            item.attempts,
            _short(error),
        )
        if self.apologise is not None:
            try:
                await self.apologise(item.update)
            except Exception as exc:
                log.warning("update %s: could not tell the sender either (%s)", update_id, exc)
        await self._finish(item, "failed")
        return False

    async def _finish(self, item: _Item, outcome: str) -> None:
        update_id = item.update.update_id
        if self._inbox is not None:
            # Committed in batches by one flusher (one fsync for many). Not awaited: a crash
            # before the commit only repeats replies that were in flight, as promised.
            self._to_finish.append((update_id, outcome))
            if self._flusher is None or self._flusher.done():
                self._flusher = asyncio.get_running_loop().create_task(self._flush())
        self._known.discard(update_id)
        self.counts[outcome] = self.counts.get(outcome, 0) + 1
        self._polls_at_progress = self.polls
        self._update_events()
        self._tell(item.update)

    def _tell(self, update: Update) -> None:
        for listener in self.listeners:
            listener(update)

    def _update_events(self) -> None:
        if len(self._known) < self.max_pending:
            self._room.set()
        else:
            self._room.clear()
        if self._known:
            self._idle.clear()
        else:
            self._idle.set()

    async def flushed(self) -> None:
        """Wait until the updates finished so far are committed as finished."""
        while self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)

    async def _flush(self) -> None:
        while self._to_finish and self._inbox is not None:
            done, self._to_finish = self._to_finish, []
            try:
                await self._call(self._inbox.finish_many, done)
            except StoreError as exc:
                self._lost_inbox(exc)

    # -- the inbox's thread ------------------------------------------------------------------

    async def _call(self, function: Callable[..., _T], *args: Any) -> _T:
        if self._thread is None:
            raise RuntimeError("Delivery.open() was not called")
        return await asyncio.get_running_loop().run_in_executor(self._thread, function, *args)

    def _lost_inbox(self, error: StoreError) -> None:
        """Answer on without the inbox (said once; ``health`` shows :attr:`problem`)."""
        if self.problem is None:
            log.error(
                "updates are not kept on disk (%s): answering anyway; a crash now may lose "
                "the questions in progress",
                error,
            )
            self.problem = f"no inbox: {error}"
        inbox, self._inbox = self._inbox, None
        if inbox is not None:
            self._close_later(inbox)
        reopening = self._reopening is not None and not self._reopening.done()
        if self._open_inbox is not None and not self._stopping and not reopening:
            self._reopening = asyncio.get_running_loop().create_task(self._reopen())

    async def _reopen(self) -> None:
        """Try to open the inbox again, with growing waits, until it works (said once)."""
        if self._open_inbox is None:
            return
        for wait in reopen_waits():
            await self._sleep(wait)
            try:
                inbox = await self._call(open_writable, self._open_inbox)
            except StoreError as exc:
                log.debug("the inbox still cannot be opened: %s", exc)
                continue
            if self._stopping:
                self._close_later(inbox)
                return
            self._inbox, self.problem = inbox, None
            log.warning("updates are kept on disk again: the inbox reopened")
            return

    def _close_later(self, inbox: Inbox) -> None:
        """Close ``inbox`` on its thread, errors ignored."""
        if self._thread is not None:
            with contextlib.suppress(RuntimeError):  # the thread is shut down: a stop
                self._thread.submit(_close_quietly, inbox)


_T = TypeVar("_T")


def _close_quietly(inbox: Inbox) -> None:
    with contextlib.suppress(Exception):
        inbox.close()


def _short(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:200]


class UpdateGate(asyncio.Queue[object]):
    """The application's update queue: an :class:`Update` put here goes to
    :meth:`Delivery.receive` (into the inbox). The bot's own webhook server
    (:mod:`bot.tg.webhook`) and poller call :meth:`Delivery.receive` directly; this only keeps
    anything else that queues an update on the same path."""

    def __init__(self, delivery: Delivery) -> None:
        super().__init__()
        self._delivery = delivery

    async def put(self, item: object) -> None:
        """An update into the inbox; anything else (the application's stop signal) queued."""
        if isinstance(item, Update):
            body = json.dumps(item.to_dict(recursive=True))
            await self._delivery.receive([(item.update_id, body, item)])
        else:
            self.put_nowait(item)
