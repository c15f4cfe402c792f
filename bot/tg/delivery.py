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

:class:`DeliveryProcessor` and :class:`UpdateGate`
    The update processor and the update queue. Updates are handled at most
    ``concurrency`` at a time and one at a time per chat (so one busy chat never holds more
    than one slot, and a chat's answers come in the order of its questions). An update answered
    before a restart (see :mod:`bot.records.answered`) is skipped; every handled update is recorded
    there. The gate holds the poller back while ``max_pending`` updates are in progress, which
    bounds what a stop must finish, and :meth:`DeliveryProcessor.pause` stops it for good.

How a stop (SIGTERM) loses nothing and answers nothing twice when polling — see
:func:`bot.tg.app.serve`: the gate is paused, so updates fetched from now on stay unconfirmed with Telegram; the updates
in progress are finished; only then does the poller confirm, up to the last update it handed
over whole. Updates of a batch handed over only in part are answered *and* delivered again
after the restart, where :mod:`bot.records.answered` recognises them. (With a webhook, Telegram
itself keeps what the closed server did not take, and a repeated delivery is recognised the
same way.)
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter, BaseUpdateProcessor

from bot.records.answered import AnsweredUpdates, StoreError

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

    def idle(self) -> bool:
        """True when nothing was acquired within the last period (the window is all free)."""
        return not self._times or self._times[-1] <= self._clock() - self.period


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
        if not (isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0)):
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


# ------------------------------------------------------------------------------------------
# Updates: concurrency, exactly-once across restarts, back-pressure
# ------------------------------------------------------------------------------------------

#: Updates in progress (handed to the application, not yet finished) before the poller waits.
#: Bounds what a stop has to finish: 64 answers take ~2 s at 30 messages per second.
MAX_PENDING_UPDATES = 64


def chat_key(update: object) -> int | None:
    """What an update is serialised on: its chat, else its sender (inline queries), else None."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class DeliveryProcessor(BaseUpdateProcessor):
    """Processes updates concurrently but one at a time per chat; skips and records answered ones.

    ``concurrency`` handlers run at once. python-telegram-bot's own semaphore (which it takes
    before calling :meth:`do_process_update`) is sized to ``max_pending``, which the gate
    never exceeds, so it never binds: the real limit is taken here *after* the chat's turn, so
    updates queued behind their own chat wait without holding a slot.

    ``answered`` opens the store of answered updates (called at ``initialize``); None keeps no
    record (each start then trusts Telegram's confirmations alone).
    """

    def __init__(
        self,
        concurrency: int,
        *,
        answered: Callable[[], AnsweredUpdates] | None = None,
        max_pending: int = MAX_PENDING_UPDATES,
    ) -> None:
        super().__init__(max(max_pending, concurrency))
        self.concurrency = concurrency
        self.max_pending = max_pending
        self._slots = asyncio.Semaphore(concurrency)
        self._open_store = answered
        self.answered: AnsweredUpdates | None = None
        self.pending = 0
        self._paused = False
        self._changed = asyncio.Condition()
        self._chat_locks: dict[int, tuple[asyncio.Lock, int]] = {}
        #: Called with each update once it is finished with (handled, failed or skipped).
        self.listeners: list[Callable[[Update], None]] = []

    async def initialize(self) -> None:
        """Open the store of answered updates."""
        if self._open_store is not None and self.answered is None:
            self.answered = self._open_store()

    async def shutdown(self) -> None:
        """Close the store of answered updates."""
        if self.answered is not None:
            self.answered.close()
            self.answered = None

    # -- the gate ----------------------------------------------------------------------------

    async def admit(self) -> None:
        """Wait until an update may be handed over (not paused, below ``max_pending``); count it."""
        async with self._changed:
            await self._changed.wait_for(
                lambda: not self._paused and self.pending < self.max_pending
            )
            self.pending += 1

    def pause(self) -> None:
        """Hand over no more updates (the poller waits, so what it holds stays unconfirmed)."""
        self._paused = True

    async def drained(self) -> None:
        """Wait until every update handed over is finished."""
        async with self._changed:
            await self._changed.wait_for(lambda: self.pending == 0)

    async def _finished(self) -> None:
        async with self._changed:
            self.pending -= 1
            self._changed.notify_all()

    # -- processing --------------------------------------------------------------------------

    async def do_process_update(self, update: object, coroutine: Any) -> None:
        """Handle ``update`` unless it was answered before a restart; then record it."""
        if not isinstance(update, Update):
            async with self._slots:
                await coroutine
            return
        try:
            if self._was_answered(update.update_id):
                coroutine.close()
                log.info("update %s was answered before the restart; skipped", update.update_id)
            else:
                async with self._chat_turn(chat_key(update)), self._slots:
                    await coroutine
                self._record(update.update_id)
        finally:
            await self._finished()
            for listener in self.listeners:
                listener(update)

    def _was_answered(self, update_id: int) -> bool:
        if self.answered is None:
            return False
        try:
            return update_id in self.answered
        except StoreError as exc:  # answering twice beats not answering
            log.warning("update %s: %s; answering it", update_id, exc)
            return False

    def _record(self, update_id: int) -> None:
        if self.answered is None:
            return
        try:
            self.answered.add(update_id)
        except StoreError as exc:  # the answer is out; only a restart could repeat it
            log.warning("update %s: %s; a restart may answer it again", update_id, exc)

    def _chat_turn(self, key: int | None) -> _ChatTurn:
        return _ChatTurn(self._chat_locks, key)


class _ChatTurn:
    """``async with``: one update at a time per chat; a chat's lock lives while it is used."""

    def __init__(self, locks: dict[int, tuple[asyncio.Lock, int]], key: int | None) -> None:
        self._locks = locks
        self._key = key

    async def __aenter__(self) -> None:
        if self._key is None:
            return
        lock, users = self._locks.get(self._key) or (asyncio.Lock(), 0)
        self._locks[self._key] = (lock, users + 1)
        await lock.acquire()

    async def __aexit__(self, *exc: object) -> None:
        if self._key is None:
            return
        lock, users = self._locks[self._key]
        lock.release()
        if users == 1:
            del self._locks[self._key]
        else:
            self._locks[self._key] = (lock, users - 1)


class UpdateGate(asyncio.Queue[object]):
    """The update queue: putting an :class:`Update` waits for :meth:`DeliveryProcessor.admit`.

    The poller puts each fetched update here and confirms a batch to Telegram only after the
    whole batch is in, so an update that waits here is still Telegram's to deliver again.
    """

    def __init__(self, processor: DeliveryProcessor) -> None:
        super().__init__()
        self._processor = processor

    async def put(self, item: object) -> None:
        """Queue ``item``; an update waits for its turn first."""
        if isinstance(item, Update):
            await self._processor.admit()
        # No await between being counted and being queued: a cancellation cannot split them.
        self.put_nowait(item)
