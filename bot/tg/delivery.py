"""Getting every answer out exactly once: flood control, retries, and updates that survive a stop.

Three pieces, put together by :func:`bot.tg.app.build_application`:

:class:`FloodLimiter`
    python-telegram-bot's rate limiter hook, through which every Bot API call except
    ``getUpdates`` passes. It keeps outgoing messages inside Telegram's flood limits — at most
    ``BOT_RATE_LIMIT`` per second overall (evenly spaced, with a small margin for network
    jitter) and 20 per minute per group — and retries what can be retried: a 429 after the
    ``retry_after`` Telegram asks for (pausing every send meanwhile, as Telegram's limit is
    per bot), and 5xx answers, timeouts and connection errors with exponential backoff. Both
    are bounded. A 400 (bad request) or 403 (blocked by the user) is not retried: it is raised
    for the error handler to log. PTB's own ``AIORateLimiter`` retries only 429s, allows a
    burst of a whole second's budget at once (more than 30 in some one-second windows), and
    sleeps a fixed ``retry_after`` — hence this class.

:class:`Delivery`
    Every update from receipt to reply. Each update is written to the inbox
    (:mod:`bot.records.inbox`) before Telegram is told to forget it, and leaves it only when its
    reply was sent or it failed for good; after a crash the next start answers what is left
    there first. Handlers run ``concurrency`` at a time and one at a time per chat; a group
    whose flood budget is spent waits without holding a slot, and a chat's backlog is bounded.

:class:`Poller`
    Long polling (getUpdates) that moves the offset past a batch only once the batch is in the
    inbox, skips an update it cannot parse, and backs off when getUpdates fails.

The promise (docs/operations.md, "Reliability"): no question is lost to a crash; at most the
replies in flight at the crash (at most ``concurrency``) may be sent twice. A stop (SIGTERM)
gives the updates in progress a few seconds and leaves the rest in the inbox.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import datetime as dtm
import json
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeGuard, TypeVar

import httpx
from telegram import Update
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter, TelegramError
from telegram.ext import BaseRateLimiter

from bot.records.inbox import Inbox, StoreError

log = logging.getLogger(__name__)

# ------------------------------------------------------------------------------------------
# Flood control and retries
# ------------------------------------------------------------------------------------------

#: Telegram's per-group limit: messages per minute to one group or channel.
GROUP_MESSAGES_PER_MINUTE = 20
#: Limits are kept with this margin: "30 per second" is enforced as 30 per 1.05 s, so network
#: jitter between our clock and Telegram's cannot squeeze 31 into one of Telegram's seconds.
RATE_MARGIN = 0.05
#: Retries of one request after a 429, and the longest ``retry_after`` waited for (longer
#: means Telegram has limited the bot hard; an answer that late is worth less than the slot).
MAX_FLOOD_RETRIES = 5
MAX_RETRY_AFTER_SECONDS = 60.0
#: Added to Telegram's ``retry_after`` before trying again.
RETRY_AFTER_SLACK_SECONDS = 0.1
#: Retries of one request after a 5xx, a timeout or a connection error, and the backoff:
#: BASE * 2**n seconds (n = 0, 1, …) capped at MAX, each drawn between half and all of that.
MAX_NETWORK_RETRIES = 4
BACKOFF_BASE_SECONDS = 0.5
BACKOFF_MAX_SECONDS = 8.0
#: Methods never retried: ``getMe`` runs at start-up, where an unreachable API should be
#: reported at once rather than after the backoff.
NOT_RETRIED = frozenset({"getMe"})
#: Per-group windows kept before idle ones are dropped.
SWEEP_AT_GROUPS = 1024


class SlidingWindow:
    """At most ``limit`` acquisitions in any ``period`` seconds, and ``spacing`` apart.

    The spacing follows a schedule (each place is ``spacing`` after the previous *scheduled*
    one), so the few milliseconds a sleep oversleeps do not add up to a lower rate; after an
    idle spell the schedule restarts from now, so idleness never turns into a burst. The window
    is counted on the actual times and is the hard guarantee. Waiters are served first come,
    first served. Times come from ``clock`` (monotonic) and waits are ``sleep`` (a fake clock's
    in tests).
    """

    def __init__(
        self,
        limit: int,
        period: float,
        *,
        spacing: float = 0.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.limit = limit
        self.period = period
        self.spacing = spacing
        self._clock = clock
        self._sleep = sleep
        self._times: deque[float] = deque(maxlen=limit)
        self._next = 0.0  # the scheduled time of the next place (with spacing)
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Wait for a free place in the window and take it."""
        async with self._lock:
            # Sleeping until a known time, not polling: nothing else can free a place sooner.
            while (wait := self._wait(self._clock())) > 0:
                await self._sleep(wait)
            now = self._clock()
            self._times.append(now)
            if self.spacing:
                on_schedule = now - self._next <= self.spacing
                self._next = (self._next if on_schedule else now) + self.spacing

    def _wait(self, now: float) -> float:
        wait = 0.0
        if len(self._times) == self.limit:
            wait = self._times[0] + self.period - now
        if self.spacing:
            wait = max(wait, self._next - now)
        return wait

    def wait_time(self) -> float:
        """Seconds until a place is free (0: one is free now)."""
        return max(0.0, self._wait(self._clock()))

    def idle(self) -> bool:
        """True when nothing was acquired within the last period (the window is all free)."""
        return not self._times or self._times[-1] <= self._clock() - self.period


def _is_group(chat_id: object) -> TypeGuard[int | str]:
    """Groups and channels: negative chat ids, or @usernames."""
    return isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0)


#: httpx errors that mean the request never left: no connection, or none free in the pool.
_NOT_SENT = (httpx.PoolTimeout, httpx.ConnectTimeout, httpx.ConnectError)
#: Methods that must not be repeated when they may have reached Telegram (a second message).
NOT_IDEMPOTENT = frozenset({"sendMessage"})


def surely_not_sent(error: NetworkError) -> bool:
    """Whether a failed request certainly did not reach Telegram: an error *answer* (5xx, it
    was refused), or no connection / no free one in the pool. A read timeout or a dropped
    connection after the request was written may have delivered it."""
    cause = error.__cause__
    return cause is None or isinstance(cause, _NOT_SENT)


def _seconds(value: int | float | dtm.timedelta) -> float:
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


class FloodLimiter(BaseRateLimiter[int]):
    """Flood control and bounded retries for every Bot API call but ``getUpdates``.

    ``rate`` is the overall messages per second (``BOT_RATE_LIMIT``); 0 turns the flood
    limits off (benchmarks) but not the retries. ``time_scale`` multiplies every wait of a
    retry — Telegram's ``retry_after`` and the backoff — and is 1 except in tests, which shrink
    it to keep fault-injection runs fast. ``clock`` and ``sleep`` are where the time comes from
    and how to wait (a fake clock in tests).
    """

    def __init__(
        self,
        rate: float,
        *,
        time_scale: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.rate = rate
        self.time_scale = time_scale
        self._clock = clock
        self._sleep = sleep
        self._overall: SlidingWindow | None = None
        if rate > 0:
            # Whole messages per (slightly more than) a second, spaced evenly: no bursts, so
            # no request waits for a free connection and arrives later than it was let go.
            per_window = max(1, int(rate))
            self._overall = SlidingWindow(
                per_window,
                per_window / rate * (1 + RATE_MARGIN),
                spacing=(1 + RATE_MARGIN) / rate,
                clock=clock,
                sleep=sleep,
            )
        self._groups: dict[int | str, SlidingWindow] = {}
        #: After a 429, nothing is sent before this (monotonic) time.
        self._resume_at = 0.0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def _group_window(self, chat_id: object) -> SlidingWindow | None:
        """The window of a group or channel (negative or @username chat ids), else None."""
        if self._overall is None:
            return None
        if isinstance(chat_id, str):
            with contextlib.suppress(ValueError):  # else an @username: a channel or supergroup
                chat_id = int(chat_id)
        if not _is_group(chat_id):
            return None
        window = self._groups.get(chat_id)
        if window is None:
            if len(self._groups) >= SWEEP_AT_GROUPS:
                for key in [k for k, w in self._groups.items() if w.idle()]:
                    del self._groups[key]
            window = self._groups[chat_id] = SlidingWindow(
                GROUP_MESSAGES_PER_MINUTE,
                60.0 * (1 + RATE_MARGIN),
                clock=self._clock,
                sleep=self._sleep,
            )
        return window

    def ready_in(self, chat_id: object) -> float:
        """Seconds until a message to ``chat_id`` fits its group's budget (0 for other chats)."""
        if self._overall is None or not _is_group(chat_id):
            return 0.0
        window = self._groups.get(chat_id)
        return 0.0 if window is None else window.wait_time()

    async def _wait_for_turn(self, chat_id: object) -> None:
        # Until a known time (a later 429 may extend it): no event to wait for instead.
        while (pause := self._resume_at - self._clock()) > 0:
            await self._sleep(pause)
        if chat_id is None:
            return  # callback and inline query answers: not messages in a chat
        group = self._group_window(chat_id)
        if group is not None:
            await group.acquire()
        if self._overall is not None:
            await self._overall.acquire()
        # A 429 may have come while this request waited for its place.
        while (pause := self._resume_at - self._clock()) > 0:
            await self._sleep(pause)

    def backoff(self, retry: int) -> float:
        """Seconds to wait before network retry number ``retry`` (0-based), jittered."""
        ceiling = min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2**retry)
        return random.uniform(ceiling / 2, ceiling) * self.time_scale  # noqa: S311 (jitter)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send one request within the flood limits, retrying what may be retried."""
        chat_id = data.get("chat_id")
        flood_retries = network_retries = 0
        while True:
            await self._wait_for_turn(chat_id)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                wait = _seconds(exc.retry_after)
                if flood_retries >= MAX_FLOOD_RETRIES or wait > MAX_RETRY_AFTER_SECONDS:
                    note_unsent(exc)
                    log.error(
                        "%s to chat %s: still flood-limited after %d retries (retry after %gs); "
                        "giving up",
                        endpoint,
                        chat_id,
                        flood_retries,
                        wait,
                    )
                    raise
                flood_retries += 1
                pause = (wait + RETRY_AFTER_SLACK_SECONDS) * self.time_scale
                # Telegram's limits are per bot: hold every request, not only this one.
                self._resume_at = max(self._resume_at, self._clock() + pause)
                log.warning(
                    "%s to chat %s: flood control, Telegram asks to wait %gs; retry %d of %d",
                    endpoint,
                    chat_id,
                    wait,
                    flood_retries,
                    MAX_FLOOD_RETRIES,
                )
            except BadRequest:
                raise  # our request is wrong: sending it again changes nothing
            except NetworkError as exc:  # 5xx, timeouts, connection errors
                if not surely_not_sent(exc):
                    if endpoint in NOT_IDEMPOTENT:  # sending again may send it twice
                        log.warning(
                            "%s to chat %s may have been sent (%s); not retried",
                            endpoint,
                            chat_id,
                            exc,
                        )
                        raise
                elif network_retries >= MAX_NETWORK_RETRIES or endpoint in NOT_RETRIED:
                    note_unsent(exc)
                    raise
                if network_retries >= MAX_NETWORK_RETRIES or endpoint in NOT_RETRIED:
                    raise
                delay = self.backoff(network_retries)
                network_retries += 1
                log.warning(
                    "%s to chat %s failed (%s); retry %d of %d in %.2fs",
                    endpoint,
                    chat_id,
                    exc,
                    network_retries,
                    MAX_NETWORK_RETRIES,
                    delay,
                )
                await self._sleep(delay)


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

#: What handling the current update came to (set by :class:`Delivery` for each update).
_outcome: contextvars.ContextVar[Outcome | None] = contextvars.ContextVar("outcome", default=None)


@dataclass
class Outcome:
    """What the flood limiter noticed while an update was handled."""

    #: A request given up that surely never reached Telegram (its reply is not out).
    unsent: BaseException | None = None


def note_unsent(error: BaseException) -> None:
    """The update being handled has a reply that was not sent (it is tried again later)."""
    outcome = _outcome.get()
    if outcome is not None:
        outcome.unsent = error


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
    without it, says so once, and :attr:`problem` says why (``health`` reports it).
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
    ) -> None:
        self.concurrency = concurrency
        self.max_pending = max_pending
        self.chat_backlog = chat_backlog
        self.max_attempts = max_attempts
        self.retry_seconds = retry_seconds
        self._open_inbox = inbox
        self._flood = flood
        self._inbox: Inbox | None = None
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
            update = Update.de_json(json.loads(body), self._bot)
        except Exception as exc:
            log.warning("update %s cannot be parsed (%s); skipped", update_id, _short(exc))
            self.counts["unparseable"] = self.counts.get("unparseable", 0) + 1
            return None
        return update

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
        _outcome.set(outcome)  # this task's own context
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
        if inbox is not None and self._thread is not None:
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


# ------------------------------------------------------------------------------------------
# Polling
# ------------------------------------------------------------------------------------------

#: Long-polling timeout of getUpdates, in seconds (a stop cancels the request at once).
POLL_TIMEOUT_SECONDS = 30
#: Updates asked for per getUpdates (Telegram's maximum).
POLL_LIMIT = 100
#: Seconds added to the long-polling timeout before the request itself times out.
POLL_READ_SLACK_SECONDS = 10.0
#: Backoff after failed getUpdates calls: BASE * 2**(n-1) seconds, capped, jittered.
POLL_BACKOFF_BASE_SECONDS = 1.0
POLL_BACKOFF_MAX_SECONDS = 30.0
#: Seconds the confirming getUpdates of a stop may take.
CONFIRM_SECONDS = 1.0


class Poller:
    """Long polling that confirms an update only once it is in the inbox.

    python-telegram-bot's ``Updater`` confirms a batch as soon as it is queued, and cannot skip
    one update it fails to parse (it retries the whole batch forever). Here each batch goes to
    :meth:`Delivery.receive` — into the inbox — and only then does the next ``getUpdates`` carry
    the offset past it. The raw JSON is parsed update by update, so a poison update is skipped
    (one log line). Failures back off from 1 s to 30 s, one line each.
    """

    def __init__(
        self,
        bot: Any,
        delivery: Delivery,
        *,
        allowed_updates: list[str],
        timeout: int = POLL_TIMEOUT_SECONDS,
        on_error: Callable[[TelegramError], None] | None = None,
    ) -> None:
        self._bot = bot
        self._delivery = delivery
        self._allowed = allowed_updates
        self._timeout = timeout
        self._on_error = on_error
        self.offset: int | None = None
        self.failures = 0

    async def run(self) -> None:
        """Poll until cancelled."""
        while True:
            await self._delivery.room()
            self._delivery.polls += 1
            try:
                result = await self._bot._post(  # the raw JSON, parsed one by one
                    "getUpdates",
                    {
                        "offset": self.offset,
                        "limit": POLL_LIMIT,
                        "timeout": self._timeout,
                        "allowed_updates": self._allowed,
                    },
                    read_timeout=self._timeout + POLL_READ_SLACK_SECONDS,
                )
            except InvalidToken:
                raise
            except TelegramError as exc:
                await self._failed(exc)
                continue
            if not isinstance(result, list):
                await self._failed(TelegramError(f"getUpdates answered {type(result).__name__}"))
                continue
            self.failures = 0
            batch: list[tuple[int, str, Update | None]] = []
            for raw in result:
                update_id = raw.get("update_id") if isinstance(raw, dict) else None
                if not isinstance(update_id, int) or isinstance(update_id, bool):
                    log.warning("getUpdates returned an update without an id; skipped")
                    continue
                batch.append((update_id, json.dumps(raw), None))
                self.offset = max(self.offset or 0, update_id + 1)
            if batch:
                await self._delivery.receive(batch)

    async def confirm(self) -> None:
        """On a stop: tell Telegram to forget what was received (a quick getUpdates with the
        offset; best effort, at most :data:`CONFIRM_SECONDS` — the inbox recognises updates
        delivered again anyway)."""
        if self.offset is None:
            return
        with contextlib.suppress(TelegramError, TimeoutError):
            async with asyncio.timeout(CONFIRM_SECONDS):
                await self._bot._post(
                    "getUpdates",
                    {"offset": self.offset, "limit": 1, "timeout": 0},
                    read_timeout=CONFIRM_SECONDS,
                )

    async def _failed(self, error: TelegramError) -> None:
        self.failures += 1
        if self._on_error is not None:
            self._on_error(error)
        ceiling = min(
            POLL_BACKOFF_MAX_SECONDS, POLL_BACKOFF_BASE_SECONDS * 2 ** (self.failures - 1)
        )
        await asyncio.sleep(random.uniform(ceiling / 2, ceiling))  # noqa: S311 (jitter)
