"""bot.tg.delivery on its own: the flood limiter's waits and retries, and the update
processor's concurrency, per-chat order, gate and memory of answered updates."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

import httpx
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

from bot.records.inbox import Inbox
from bot.tg import delivery as delivery_module
from bot.tg import flood
from bot.tg.delivery import Delivery
from bot.tg.flood import (
    GROUP_MESSAGES_PER_MINUTE,
    MAX_FLOOD_RETRIES,
    MAX_NETWORK_RETRIES,
    RETRY_AFTER_SLACK_SECONDS,
    FloodLimiter,
    SlidingWindow,
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
    assert script.calls[1] - script.calls[0] >= flood.BACKOFF_BASE_SECONDS / 2


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
        ceiling = min(flood.BACKOFF_MAX_SECONDS, flood.BACKOFF_BASE_SECONDS * 2**retry)
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
# Delivery: the inbox, turns and slots
# ------------------------------------------------------------------------------------------


def raw(update_id: int, chat_id: int, text: str = "hi") -> dict[str, Any]:
    """A text message update in chat ``chat_id`` (a group when negative), as JSON."""
    kind = "private" if chat_id > 0 else "supergroup"
    chat = {"id": chat_id, "type": kind, "first_name": "U", "title": "G"}
    user = {"id": abs(chat_id), "is_bot": False, "first_name": "U"}
    message = {"message_id": update_id, "date": 0, "chat": chat, "from": user, "text": text}
    return {"update_id": update_id, "message": message}


def batch(*updates: dict[str, Any]) -> list[tuple[int, str, Update | None]]:
    """What the poller hands to Delivery.receive."""
    return [(u["update_id"], json.dumps(u), None) for u in updates]


class Work:
    """Handler work that records how many run at once, overall and per chat, and in what order."""

    def __init__(self, seconds: float = 0.01) -> None:
        self.seconds = seconds
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
        try:
            await asyncio.sleep(self.seconds)
        finally:
            self.running -= 1
            self.per_chat[chat] -= 1


async def opened(
    work: Callable[[Update], Coroutine[Any, Any, None]], tmp_path: Path | None = None, **kw: Any
) -> Delivery:
    """A Delivery with an inbox in ``tmp_path`` (None: without), opened with ``work``."""
    inbox = None if tmp_path is None else (lambda: Inbox.open(tmp_path))
    delivery = Delivery(kw.pop("concurrency", 4), inbox=inbox, **kw)
    await delivery.open(work, None)
    return delivery


async def test_concurrency_is_bounded_and_one_update_at_a_time_per_chat() -> None:
    """At most ``concurrency`` handlers run; a chat's updates run one by one, in order, and
    waiting for its turn does not take a slot from other chats."""
    work = Work()
    delivery = await opened(work)
    busy_chat = [raw(i, 1) for i in range(8)]
    others = [raw(100 + i, 1000 + i) for i in range(20)]
    await delivery.receive(batch(*busy_chat, *others))
    await asyncio.wait_for(delivery.drained(), 5)
    assert work.peak == 4
    assert work.chat_peak[1] == 1
    assert [u for u in work.order if u < 100] == list(range(8))
    assert work.order.index(119) < work.order.index(7)
    assert delivery.pending == 0
    await delivery.stop()


async def test_an_update_is_in_the_inbox_before_receive_returns_and_leaves_when_answered(
    tmp_path: Path,
) -> None:
    """receive() returns only once the updates are committed (so the poller may confirm
    them); each leaves the inbox when handled; a repeated delivery is not handled again."""
    release = asyncio.Event()
    seen: list[int] = []

    async def work(update: Update) -> None:
        seen.append(update.update_id)
        await release.wait()

    delivery = await opened(work, tmp_path)
    await delivery.receive(batch(raw(1, 1), raw(2, 2)))
    box = Inbox.open(tmp_path)
    assert [p.update_id for p in box.pending()] == [1, 2]
    release.set()
    await asyncio.wait_for(delivery.drained(), 5)
    await delivery.flushed()
    assert box.pending() == []
    await delivery.receive(batch(raw(1, 1)))
    await asyncio.wait_for(delivery.drained(), 5)
    assert seen == [1, 2]
    box.close()
    await delivery.stop()


async def test_unfinished_updates_are_answered_first_after_a_restart(tmp_path: Path) -> None:
    """Updates still in the inbox when the bot stopped (or crashed) are handled at the next
    open, before anything new."""
    box = Inbox.open(tmp_path)
    box.add([(u["update_id"], json.dumps(u)) for u in (raw(1, 1), raw(2, 2))])
    box.close()
    work = Work()
    delivery = await opened(work, tmp_path)
    await delivery.receive(batch(raw(3, 3)))
    await asyncio.wait_for(delivery.drained(), 5)
    assert work.order == [1, 2, 3]
    await delivery.stop()


async def test_a_flooded_group_holds_no_slot(tmp_path: Path) -> None:
    """A group whose per-minute budget is spent waits without a slot: private chats behind it
    are handled at once, even with one slot."""
    limiter = FloodLimiter(30)
    group = -100
    for _ in range(GROUP_MESSAGES_PER_MINUTE):  # the group's budget is used up
        await send(limiter, Script(), chat_id=group)
    work = Work()
    delivery = await opened(work, concurrency=1, flood=limiter)
    await delivery.receive(batch(*(raw(i, group) for i in range(1, 6)), raw(10, 5), raw(11, 6)))
    await asyncio.sleep(0.2)
    assert work.order == [10, 11]
    assert delivery.pending == 5
    await delivery.stop(grace=0.1)


async def test_a_chats_backlog_is_bounded(caplog: pytest.LogCaptureFixture) -> None:
    """Beyond ``chat_backlog`` waiting updates, a chat's oldest is dropped with a log line."""
    release = asyncio.Event()

    async def work(update: Update) -> None:
        await release.wait()

    delivery = await opened(work, chat_backlog=3)
    await delivery.receive(batch(raw(1, -7)))
    await asyncio.sleep(0.01)
    await delivery.receive(batch(*(raw(i, -7) for i in range(2, 7))))
    await asyncio.sleep(0.05)
    # update 1 runs; 2..6 queued behind it, of which the oldest two are dropped
    assert delivery.pending == 4
    assert "dropped the oldest (update 2)" in caplog.text
    release.set()
    await asyncio.wait_for(delivery.drained(), 5)
    assert delivery.counts == {"dropped": 2, "answered": 4}
    await delivery.stop()


async def test_a_reply_not_sent_is_tried_again_then_given_up_and_the_sender_told(
    tmp_path: Path,
) -> None:
    """When the reply surely did not go out, the update stays in the inbox and is tried again;
    after ``max_attempts`` it failed for good: counted, the sender told (if possible)."""
    attempts: list[int] = []
    told: list[int] = []

    async def work(update: Update) -> None:
        attempts.append(update.update_id)
        flood.note_unsent(NetworkError("Bad Gateway"))

    async def apologise(update: Update) -> None:
        told.append(update.update_id)

    delivery = await opened(work, tmp_path, max_attempts=3, retry_seconds=0.01)
    delivery.apologise = apologise
    await delivery.receive(batch(raw(1, 1)))
    await asyncio.wait_for(delivery.drained(), 5)
    assert attempts == [1, 1, 1]
    assert told == [1]
    assert delivery.counts == {"failed": 1}
    await delivery.stop()


async def test_a_stop_leaves_unfinished_updates_in_the_inbox(tmp_path: Path) -> None:
    """Handlers still running after the grace period are cancelled; their updates, and the
    ones not started, stay in the inbox."""

    async def work(update: Update) -> None:
        await asyncio.sleep(60)

    delivery = await opened(work, tmp_path, concurrency=1)
    await delivery.receive(batch(raw(1, 1), raw(2, 2)))
    started = time.monotonic()
    await delivery.stop(grace=0.1)
    assert time.monotonic() - started < 1.5
    box = Inbox.open(tmp_path)
    assert [p.update_id for p in box.pending()] == [1, 2]
    box.close()


async def test_an_update_that_cannot_be_parsed_is_skipped(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """One log line, and the others of its batch are handled."""
    work = Work()
    delivery = await opened(work)
    poison = {"update_id": 2, "message": {"chat": "not a chat"}}
    await delivery.receive(batch(raw(1, 1), poison, raw(3, 3)))
    await asyncio.wait_for(delivery.drained(), 5)
    assert sorted(work.order) == [1, 3]
    assert caplog.text.count("update 2 cannot be parsed") == 1
    assert "Traceback" not in caplog.text
    await delivery.stop()


async def test_without_an_inbox_it_answers_anyway_and_says_why(tmp_path: Path) -> None:
    """An inbox that cannot be opened costs no answer; ``problem`` says why (for health)."""
    (tmp_path / "data").write_text("a file in the way", encoding="utf-8")
    work = Work()
    delivery = await opened(work, tmp_path / "data")
    await delivery.receive(batch(raw(1, 1)))
    await asyncio.wait_for(delivery.drained(), 5)
    assert work.order == [1]
    assert delivery.problem is not None
    await delivery.stop()


def test_a_read_timeout_on_send_message_is_not_retried() -> None:
    """A read timeout may have delivered the message: not sent again (a pool timeout is)."""
    error = TimedOut()
    error.__cause__ = httpx.ReadTimeout("read")
    assert not flood.surely_not_sent(error)
    error.__cause__ = httpx.PoolTimeout("pool")
    assert flood.surely_not_sent(error)


async def test_a_send_message_that_may_have_arrived_is_not_sent_again() -> None:
    error = TimedOut()
    error.__cause__ = httpx.ReadTimeout("read")
    script = Script(error)
    with pytest.raises(TimedOut):
        await send(FloodLimiter(0, time_scale=0.01), script)
    assert len(script.calls) == 1


async def test_stalled_when_updates_wait_and_none_is_finished_for_many_polls() -> None:
    release = asyncio.Event()

    async def work(update: Update) -> None:
        await release.wait()

    delivery = await opened(work)
    await delivery.receive(batch(raw(1, 1)))
    delivery.polls += delivery_module.STALL_POLLS - 1
    assert not delivery.stalled()
    delivery.polls += 1
    assert delivery.stalled()
    release.set()
    await asyncio.wait_for(delivery.drained(), 5)
    assert not delivery.stalled()
    await delivery.stop()
