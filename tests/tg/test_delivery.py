"""bot.tg.delivery on its own: the flood limiter's waits and retries, and the update
processor's concurrency, per-chat order, gate and memory of answered updates."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import pytest
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
    """A Bot API call that fails with the given errors in turn, then succeeds."""

    def __init__(self, *errors: Exception, forever: Exception | None = None) -> None:
        self.errors = list(errors)
        self.forever = forever
        self.calls: list[float] = []

    async def __call__(self) -> Result:
        self.calls.append(time.monotonic())
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


# ------------------------------------------------------------------------------------------
# Retries
# ------------------------------------------------------------------------------------------


async def test_retry_after_is_honoured_in_full() -> None:
    """With the production time scale, a 429's retry_after is waited in full before retrying."""
    script = Script(RetryAfter(1))
    assert await send(FloodLimiter(30), script) is True
    assert len(script.calls) == 2
    assert script.calls[1] - script.calls[0] >= 1 + RETRY_AFTER_SLACK_SECONDS - 0.01


async def test_flood_retries_are_bounded() -> None:
    """A request still refused after MAX_FLOOD_RETRIES retries raises RetryAfter."""
    script = Script(forever=RetryAfter(1))
    with pytest.raises(RetryAfter):
        await send(FloodLimiter(30, time_scale=0.01), script)
    assert len(script.calls) == MAX_FLOOD_RETRIES + 1


async def test_an_hour_long_retry_after_is_not_waited_for() -> None:
    """A retry_after beyond MAX_RETRY_AFTER_SECONDS gives up at once."""
    script = Script(forever=RetryAfter(3600))
    with pytest.raises(RetryAfter):
        await send(FloodLimiter(30), script)
    assert len(script.calls) == 1


async def test_a_429_holds_every_request() -> None:
    """After a 429 no other request goes out until retry_after has passed."""
    limiter = FloodLimiter(0, time_scale=0.2)  # retry_after 1 s -> 0.22 s
    first, second = Script(RetryAfter(1)), Script()
    task = asyncio.create_task(send(limiter, first))
    await asyncio.sleep(0.02)
    await send(limiter, second, chat_id=2)
    assert second.calls[0] - first.calls[0] >= 0.2
    await task


@pytest.mark.parametrize(
    "error",
    [NetworkError("Internal Server Error"), NetworkError("Bad Gateway"), TimedOut()],
    ids=["500", "502", "timeout"],
)
async def test_5xx_and_timeouts_are_retried_with_growing_backoff(error: Exception) -> None:
    """Retried up to MAX_NETWORK_RETRIES times, each wait longer than the one before."""
    script = Script(forever=error)
    with pytest.raises(type(error)):
        await send(FloodLimiter(0, time_scale=0.02), script)
    assert len(script.calls) == MAX_NETWORK_RETRIES + 1
    gaps = [b - a for a, b in zip(script.calls, script.calls[1:], strict=False)]
    assert gaps[-1] > gaps[0]


async def test_a_passing_failure_is_delivered_after_a_retry() -> None:
    """A 5xx then success: delivered, after one backoff."""
    script = Script(NetworkError("Internal Server Error"))
    assert await send(FloodLimiter(0, time_scale=0.02), script) is True
    assert len(script.calls) == 2


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
    """At BOT_RATE_LIMIT=100, requests go out ~10 ms apart (a schedule, so an overslept sleep
    is made up by the next gap), never a burst, and no faster than the rate overall."""
    limiter = FloodLimiter(100)
    script = Script()
    await asyncio.gather(*(send(limiter, script, chat_id=i + 1) for i in range(40)))
    gaps = sorted(b - a for a, b in zip(script.calls, script.calls[1:], strict=False))
    assert gaps[len(gaps) // 2] >= 0.009
    assert sum(1 for gap in gaps if gap < 0.005) <= 2
    assert script.calls[-1] - script.calls[0] >= 39 * 0.01


async def test_zero_turns_flood_control_off() -> None:
    """BOT_RATE_LIMIT=0: no waiting at all."""
    limiter = FloodLimiter(0)
    script = Script()
    started = time.monotonic()
    await asyncio.gather(*(send(limiter, script, chat_id=i + 1) for i in range(200)))
    assert time.monotonic() - started < 0.5


async def test_answers_to_queries_are_not_counted() -> None:
    """Callback and inline query answers carry no chat_id: not messages, not limited."""
    limiter = FloodLimiter(1)
    script = Script()
    started = time.monotonic()
    for _ in range(5):
        await limiter.process_request(script, (), {}, "answerCallbackQuery", {}, None)
    assert time.monotonic() - started < 0.5


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
    window = SlidingWindow(1000, 1.0, spacing=0.01)
    started = time.monotonic()
    for _ in range(20):
        await window.acquire()
    assert time.monotonic() - started < 0.19 + 0.03
    await asyncio.sleep(0.1)
    times = []
    for _ in range(3):
        await window.acquire()
        times.append(time.monotonic())
    assert times[2] - times[0] >= 0.019


async def test_sliding_window_allows_at_most_limit_per_period() -> None:
    """5 per 0.2 s: the 6th waits until the 1st has left the window."""
    window = SlidingWindow(5, 0.2)
    times = []
    for _ in range(6):
        await window.acquire()
        times.append(time.monotonic())
    assert times[4] - times[0] < 0.1
    assert times[5] - times[0] >= 0.2


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
