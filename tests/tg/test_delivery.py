"""bot.tg.delivery on its own: the flood limiter's waits and retries, and the update
processor's concurrency, per-chat order, gate and memory of answered updates."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
from fake_clock import FakeClock, settle
from telegram import Update
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)

from bot.records.answered import AnsweredUpdates
from bot.tg import delivery
from bot.tg.delivery import (
    GROUP_MESSAGES_PER_MINUTE,
    MAX_FLOOD_RETRIES,
    MAX_NETWORK_RETRIES,
    RETRY_AFTER_SLACK_SECONDS,
    DeliveryProcessor,
    FloodLimiter,
    SlidingWindow,
    UpdateGate,
)

Result = bool | dict[str, Any] | list[dict[str, Any]]


class Script:
    """A Bot API call that fails with the given errors in turn, then succeeds; it notes the
    time of each call by ``clock``."""

    def __init__(
        self,
        *errors: Exception,
        forever: Exception | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.errors = list(errors)
        self.forever = forever
        self.clock = clock
        self.calls: list[float] = []

    async def __call__(self) -> Result:
        self.calls.append(self.clock())
        if self.errors:
            raise self.errors.pop(0)
        if self.forever is not None:
            raise self.forever
        return True


async def send(
    limiter: FloodLimiter, script: Callable[[], Coroutine[Any, Any, Result]], **data: Any
) -> Result:
    """Pass one request through the limiter (``endpoint`` in ``data``, default sendMessage)."""
    endpoint = data.pop("endpoint", "sendMessage")
    return await limiter.process_request(script, (), {}, endpoint, {"chat_id": 1, **data}, None)


def limiter_on(clock: FakeClock, rate: float) -> FloodLimiter:
    """A flood limiter at ``rate`` whose time and waits are ``clock``'s (production scale)."""
    return FloodLimiter(rate, clock=clock, sleep=clock.sleep)


# ------------------------------------------------------------------------------------------
# Retries
# ------------------------------------------------------------------------------------------


async def test_retry_after_is_honoured_in_full() -> None:
    """With the production time scale, a 429's retry_after is waited in full before retrying."""
    clock = FakeClock()
    script = Script(RetryAfter(1), clock=clock)
    assert await clock.run(send(limiter_on(clock, 30), script)) is True
    assert len(script.calls) == 2
    assert script.calls[1] - script.calls[0] >= 1 + RETRY_AFTER_SLACK_SECONDS


async def test_flood_retries_are_bounded() -> None:
    """A request still refused after MAX_FLOOD_RETRIES retries raises RetryAfter."""
    clock = FakeClock()
    script = Script(forever=RetryAfter(1), clock=clock)
    with pytest.raises(RetryAfter):
        await clock.run(send(limiter_on(clock, 30), script))
    assert len(script.calls) == MAX_FLOOD_RETRIES + 1


async def test_an_hour_long_retry_after_is_not_waited_for() -> None:
    """A retry_after beyond MAX_RETRY_AFTER_SECONDS gives up at once."""
    clock = FakeClock()
    script = Script(forever=RetryAfter(3600), clock=clock)
    started = clock.now
    with pytest.raises(RetryAfter):
        await clock.run(send(limiter_on(clock, 30), script))
    assert len(script.calls) == 1
    assert clock.now == started


async def test_a_429_holds_every_request() -> None:
    """After a 429 no other request goes out until retry_after has passed."""
    clock = FakeClock()
    limiter = limiter_on(clock, 0)
    first, second = Script(RetryAfter(1), clock=clock), Script(clock=clock)
    refused = asyncio.create_task(send(limiter, first))
    await settle()
    held = asyncio.create_task(send(limiter, second, chat_id=2))
    await clock.advance(1 + RETRY_AFTER_SLACK_SECONDS - 0.01)
    assert second.calls == []  # still held by the other chat's 429
    await clock.advance(0.02)
    assert await held is True
    assert await refused is True
    assert second.calls[0] - first.calls[0] >= 1 + RETRY_AFTER_SLACK_SECONDS


@pytest.mark.parametrize(
    "error",
    [NetworkError("Internal Server Error"), NetworkError("Bad Gateway"), TimedOut()],
    ids=["500", "502", "timeout"],
)
async def test_5xx_and_timeouts_are_retried_with_growing_backoff(error: Exception) -> None:
    """Retried up to MAX_NETWORK_RETRIES times, each wait longer than the one before."""
    clock = FakeClock()
    script = Script(forever=error, clock=clock)
    with pytest.raises(type(error)):
        await clock.run(send(limiter_on(clock, 0), script))
    assert len(script.calls) == MAX_NETWORK_RETRIES + 1
    gaps = [b - a for a, b in zip(script.calls, script.calls[1:], strict=False)]
    assert gaps[-1] > gaps[0]


async def test_a_passing_failure_is_delivered_after_a_retry() -> None:
    """A 5xx then success: delivered, after one backoff."""
    clock = FakeClock()
    script = Script(NetworkError("Internal Server Error"), clock=clock)
    assert await clock.run(send(limiter_on(clock, 0), script)) is True
    assert len(script.calls) == 2
    assert script.calls[1] - script.calls[0] >= delivery.BACKOFF_BASE_SECONDS / 2


@pytest.mark.parametrize(
    "error",
    [
        BadRequest("Bad Request: can't parse entities"),
        Forbidden("Forbidden: bot was blocked by the user"),
        InvalidToken("Unauthorized"),
        Conflict("Conflict: terminated by other getUpdates request"),
    ],
    ids=["400", "403", "401", "409"],
)
async def test_client_errors_are_not_retried(error: Exception) -> None:
    """400, 403, 401 and 409 are raised at once: sending again would change nothing."""
    script = Script(forever=error)
    with pytest.raises(type(error)):
        await send(FloodLimiter(30), script)
    assert len(script.calls) == 1


async def test_get_me_is_not_retried() -> None:
    """Start-up's getMe reports an unreachable API at once."""
    script = Script(forever=NetworkError("httpx.ConnectError: refused"))
    with pytest.raises(NetworkError):
        await send(FloodLimiter(30), script, endpoint="getMe", chat_id=None)
    assert len(script.calls) == 1


def test_backoff_doubles_up_to_a_cap() -> None:
    """BASE * 2**n, jittered between half and all of it, never more than the cap."""
    limiter = FloodLimiter(30)
    for retry in range(10):
        ceiling = min(delivery.BACKOFF_MAX_SECONDS, delivery.BACKOFF_BASE_SECONDS * 2**retry)
        assert ceiling / 2 <= limiter.backoff(retry) <= ceiling


# ------------------------------------------------------------------------------------------
# Flood limits
# ------------------------------------------------------------------------------------------


async def test_overall_rate_is_spaced_evenly() -> None:
    """At BOT_RATE_LIMIT=100, requests go out ~10 ms apart, never a burst, and no faster than
    the rate overall."""
    clock = FakeClock()
    limiter = limiter_on(clock, 100)
    script = Script(clock=clock)
    await clock.run(asyncio.gather(*(send(limiter, script, chat_id=i + 1) for i in range(40))))
    gaps = sorted(b - a for a, b in zip(script.calls, script.calls[1:], strict=False))
    assert gaps[0] >= 0.01
    assert script.calls[-1] - script.calls[0] >= 39 * 0.01


async def test_zero_turns_flood_control_off() -> None:
    """BOT_RATE_LIMIT=0: no waiting at all."""
    clock = FakeClock()
    limiter = limiter_on(clock, 0)
    script = Script(clock=clock)
    await asyncio.gather(*(send(limiter, script, chat_id=i + 1) for i in range(200)))
    assert len(script.calls) == 200
    assert clock.sleeps == []


async def test_answers_to_queries_are_not_counted() -> None:
    """Callback and inline query answers carry no chat_id: not messages, not limited."""
    clock = FakeClock()
    limiter = limiter_on(clock, 1)
    script = Script(clock=clock)
    for _ in range(5):
        await limiter.process_request(script, (), {}, "answerCallbackQuery", {}, None)
    assert len(script.calls) == 5
    assert clock.sleeps == []


def test_groups_and_channels_get_twenty_a_minute() -> None:
    """Negative chat ids and @usernames get a group window; private chats none."""
    limiter = FloodLimiter(30)
    assert limiter._group_window(42) is None
    assert limiter._group_window("42") is None
    for chat in (-1001234567890, "-1001234567890", "@channel"):
        window = limiter._group_window(chat)
        assert window is not None
        assert window.limit == GROUP_MESSAGES_PER_MINUTE
        assert window.period >= 60
    assert FloodLimiter(0)._group_window(-1) is None


async def test_spacing_keeps_its_schedule_but_never_bursts_after_idle() -> None:
    """Oversleeping does not lower the rate; a pause does not bank places for a burst."""
    clock = FakeClock(oversleep=0.003)  # every wake-up 3 ms late
    window = SlidingWindow(1000, 1.0, spacing=0.01, clock=clock, sleep=clock.sleep)
    started = clock.now

    async def twenty() -> None:
        for _ in range(20):
            await window.acquire()

    await clock.run(twenty())
    # 19 spacings on schedule, plus the last wake-up's lateness (not 19 × 13 ms).
    assert clock.now - started == pytest.approx(0.19 + 0.003)
    await clock.advance(0.1)
    times = []

    async def three() -> None:
        for _ in range(3):
            await window.acquire()
            times.append(clock.now)

    await clock.run(three())
    assert times[2] - times[0] >= 0.02


async def test_sliding_window_allows_at_most_limit_per_period() -> None:
    """5 per 0.2 s: the 6th waits until the 1st has left the window."""
    clock = FakeClock()
    window = SlidingWindow(5, 0.2, clock=clock, sleep=clock.sleep)
    times = []

    async def six() -> None:
        for _ in range(6):
            await window.acquire()
            times.append(clock.now)

    await clock.run(six())
    assert times[4] == times[0]
    assert times[5] - times[0] == pytest.approx(0.2)


# ------------------------------------------------------------------------------------------
# The update processor
# ------------------------------------------------------------------------------------------


def update(update_id: int, chat_id: int) -> Update:
    """A private text message update in chat ``chat_id``."""
    chat = {"id": chat_id, "type": "private", "first_name": "U"}
    user = {"id": chat_id, "is_bot": False, "first_name": "U"}
    message = {"message_id": update_id, "date": 0, "chat": chat, "from": user, "text": "hi"}
    return Update.de_json({"update_id": update_id, "message": message}, None)


class Work:
    """Handler work that records how many run at once, overall and per chat, and in what order."""

    def __init__(self) -> None:
        self.running = 0
        self.peak = 0
        self.per_chat: dict[int, int] = {}
        self.chat_peak: dict[int, int] = {}
        self.order: list[int] = []

    async def __call__(self, item: Update) -> None:
        chat = item.effective_chat.id if item.effective_chat else 0
        self.running += 1
        self.per_chat[chat] = self.per_chat.get(chat, 0) + 1
        self.peak = max(self.peak, self.running)
        self.chat_peak[chat] = max(self.chat_peak.get(chat, 0), self.per_chat[chat])
        self.order.append(item.update_id)
        await asyncio.sleep(0.01)
        self.running -= 1
        self.per_chat[chat] -= 1


async def run_all(processor: DeliveryProcessor, items: list[Update], work: Work) -> None:
    """Hand every update over through the gate, as the poller does, and wait for all."""
    tasks = []
    for item in items:
        await processor.admit()
        tasks.append(asyncio.create_task(processor.process_update(item, work(item))))
    await asyncio.gather(*tasks)


async def test_concurrency_is_bounded_and_one_update_at_a_time_per_chat() -> None:
    """At most ``concurrency`` handlers run; a chat's updates run one by one, in order, and
    waiting for its turn does not take a slot from other chats."""
    processor = DeliveryProcessor(4)
    work = Work()
    busy_chat = [update(i, 1) for i in range(8)]
    others = [update(100 + i, 1000 + i) for i in range(20)]
    await run_all(processor, busy_chat + others, work)
    assert work.peak == 4
    assert work.chat_peak[1] == 1
    assert [u for u in work.order if u < 100] == list(range(8))
    # Chat 1's queued updates did not hold slots: the others finished before chat 1 did.
    assert work.order.index(119) < work.order.index(7)
    assert processor.pending == 0


async def test_the_gate_holds_the_poller_at_max_pending_and_when_paused() -> None:
    """admit() waits while max_pending updates are in progress, and for good once paused."""
    processor = DeliveryProcessor(2, max_pending=3)
    for _ in range(3):
        await processor.admit()
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(processor.admit(), 0.05)
    release = asyncio.Event()

    async def handler() -> None:
        await release.wait()

    task = asyncio.create_task(processor.process_update(update(1, 1), handler()))
    waiting = asyncio.create_task(processor.admit())
    release.set()
    await task
    await asyncio.wait_for(waiting, 1)
    assert processor.pending == 3

    processor.pause()
    for i in range(3):
        await processor.process_update(update(10 + i, 10 + i), asyncio.sleep(0))
    await asyncio.wait_for(processor.drained(), 1)
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(processor.admit(), 0.05)


async def test_update_gate_counts_only_updates() -> None:
    """The queue's put waits for admission for updates; other items pass straight through."""
    processor = DeliveryProcessor(1, max_pending=1)
    gate = UpdateGate(processor)
    await gate.put(update(1, 1))
    await gate.put("stop signal")
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(gate.put(update(2, 2)), 0.05)
    assert gate.qsize() == 2


async def test_answered_updates_are_skipped_and_new_ones_recorded(tmp_path: Path) -> None:
    """An update the store knows is not handled again; a handled one is recorded; listeners
    hear of both."""
    store = AnsweredUpdates.open(tmp_path)
    store.add(5)
    processor = DeliveryProcessor(2, answered=lambda: store)
    await processor.initialize()
    heard: list[int] = []
    processor.listeners.append(lambda u: heard.append(u.update_id))
    work = Work()
    await run_all(processor, [update(5, 1), update(6, 1)], work)
    assert work.order == [6]
    assert heard == [5, 6]
    assert 6 in store
    await processor.shutdown()


async def test_a_failing_store_never_costs_an_answer(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """When the store cannot be read or written, the update is handled all the same (at worst
    a restart answers it again), with a warning."""
    store = AnsweredUpdates.open(tmp_path)
    processor = DeliveryProcessor(2, answered=lambda: store)
    await processor.initialize()
    store._db.close()
    work = Work()
    await run_all(processor, [update(1, 1)], work)
    assert work.order == [1]
    assert "answering it" in caplog.text
    assert "a restart may answer it again" in caplog.text
    processor.answered = None
