"""Flood control and retries for every Bot API call but ``getUpdates``.

:class:`FloodLimiter` is python-telegram-bot's rate limiter hook. It keeps outgoing messages
inside Telegram's flood limits — at most ``BOT_RATE_LIMIT`` per second overall (evenly spaced,
with a small margin for network jitter) and 20 per minute per group — and retries what can be
retried: a 429 after the ``retry_after`` Telegram asks for (pausing every send meanwhile, as
Telegram's limit is per bot), and 5xx answers, timeouts and connection errors with exponential
backoff. Both are bounded. A 400 (bad request) or 403 (blocked by the user) is not retried: it
is raised for the error handler to log; nor is a ``sendMessage`` that may have reached Telegram
(a read timeout: only pool and connect errors mean "not sent"). PTB's own ``AIORateLimiter``
retries only 429s, allows a burst of a whole second's budget at once, and sleeps a fixed
``retry_after`` — hence this class.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import datetime as dtm
import logging
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, TypeGuard

import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)


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


#: What handling the current update came to (set by :class:`bot.tg.delivery.Delivery` for each update).
current_outcome: contextvars.ContextVar[Outcome | None] = contextvars.ContextVar(
    "outcome", default=None
)


@dataclass
class Outcome:
    """What the flood limiter noticed while an update was handled."""

    #: A request given up that surely never reached Telegram (its reply is not out).
    unsent: BaseException | None = None


def note_unsent(error: BaseException) -> None:
    """The update being handled has a reply that was not sent (it is tried again later)."""
    outcome = current_outcome.get()
    if outcome is not None:
        outcome.unsent = error


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


def is_group(chat_id: object) -> TypeGuard[int | str]:
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
        if not is_group(chat_id):
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
        if self._overall is None or not is_group(chat_id):
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
