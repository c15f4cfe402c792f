"""Delivery through the real application and the fake Bot API: every question answered exactly
once under API faults and flood control, per-user limits, stops and restarts.

Counts are kept small here so `make test` stays fast; benchmarks/load.py runs the full-size
versions (600 answers under the flood rule, 5,000 questions)."""

from __future__ import annotations

import asyncio
import collections
import logging
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from conftest import BotHarness, running_bot
from fake_telegram import Call, FakeTelegram, Fault, FloodRule, RandomFaults
from scripted_engine import EchoEngine

from bot.conversation import texts
from bot.engine import Engine
from bot.tg.abuse import UserRateLimit
from bot.tg.app import delivery_of
from bot.tg.delivery import MAX_ATTEMPTS
from bot.tg.flood import FloodLimiter

#: Retry waits in these tests are this fraction of the real ones (Telegram's retry_after 1 s
#: becomes 20 ms); production uses 1 (see test_delivery.py for the real waits).
FAST = 0.02


def users(count: int, first: int = 7000) -> list[dict[str, Any]]:
    """Distinct users, each with a private chat of its own id."""
    return [
        {"id": first + i, "is_bot": False, "first_name": f"U{i}", "language_code": "en"}
        for i in range(count)
    ]


def ask_all(api: FakeTelegram, people: list[dict[str, Any]], per_user: int) -> dict[int, str]:
    """Each user asks ``per_user`` distinct questions (interleaved); update_id -> question."""
    asked = {}
    for k in range(per_user):
        for user in people:
            question = f"question {k} from {user['id']}"
            chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
            asked[api.enqueue(api.message(question, user=user, chat=chat))] = question
    return asked


async def wait_until(condition: Any, seconds: float, what: str) -> None:
    """Poll ``condition()`` until true (a TimeoutError naming ``what`` after ``seconds``)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} within {seconds}s")
        await asyncio.sleep(0.02)


def delivered(calls: Iterable[Call]) -> collections.Counter[str]:
    """How often each text was delivered (sendMessage answered 200)."""
    return collections.Counter(
        c.result["text"] for c in calls if c.method == "sendMessage" and c.ok
    )


def expected(asked: dict[int, str]) -> collections.Counter[str]:
    """Each question's echo answer, once."""
    return collections.Counter(f"Answer to: {q}" for q in asked.values())


# ------------------------------------------------------------------------------------------
# Faults
# ------------------------------------------------------------------------------------------


async def test_every_question_is_answered_exactly_once_under_api_faults(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """20% of getUpdates answered 500, 10% of sendMessage 500 and 10% 429 (retry_after 1):
    300 questions from 30 users are each answered exactly once, and all are confirmed."""
    faults = RandomFaults(
        {
            "getUpdates": [(0.2, Fault(500))],
            "sendMessage": [(0.1, Fault(500)), (0.1, Fault(429, "Too Many Requests", 1))],
        }
    )
    api.fault = faults
    async with running_bot(
        api, EchoEngine(small_engine), rate_limiter=FloodLimiter(0, time_scale=FAST)
    ):
        asked: dict[int, str] = {}
        for wave in range(3):  # in waves, so that several getUpdates calls (and faults) happen
            asked |= ask_all(api, users(30)[wave * 10 : wave * 10 + 10], 10)
            await asyncio.sleep(0.1)
        await wait_until(
            lambda: sum(delivered(api.calls).values()) >= len(asked), 30, "300 answers"
        )
        await asyncio.sleep(0.2)  # a late duplicate would show up now
    assert len(asked) == 300
    assert delivered(api.calls) == expected(asked)
    injected = collections.Counter(faults.injected)
    assert injected[("getUpdates", 500)] >= 1
    assert injected[("sendMessage", 500)] >= 10
    assert injected[("sendMessage", 429)] >= 10
    assert api.confirmed == max(asked) + 1


async def test_bad_request_and_forbidden_are_logged_not_retried(
    bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    """A 400 or 403 answer to a reply is not sent again; 403 (blocked) gets no apology."""
    bot.api.fail("sendMessage", Fault(403, "Forbidden: bot was blocked by the user"))
    blocked = await bot.say("who visited belgrade?")
    assert [c.status for c in blocked.sent()] == [403]
    assert any(
        r.levelno == logging.WARNING and "bot was blocked by the user" in r.getMessage()
        for r in caplog.records
    )

    bot.api.fail("sendMessage", Fault(400, "Bad Request: can't parse entities"))
    refused = await bot.say("who visited belgrade?")
    assert [c.status for c in refused.sent()] == [400, 200]
    assert refused.texts() == [texts.text("apology")]
    assert any(r.levelno == logging.ERROR and r.exc_info for r in caplog.records)


async def test_send_failures_are_retried_then_given_up(
    api: FakeTelegram, small_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """A reply failing with 5xx is retried with backoff and delivered; one that keeps failing
    stays in the inbox and is tried again (MAX_ATTEMPTS), then given up: logged, counted, and
    the bot carries on."""
    async with running_bot(
        api, small_engine, rate_limiter=FloodLimiter(30, time_scale=FAST)
    ) as bot:
        delivery_of(bot.application).retry_seconds = 0.05
        api.fail("sendMessage", Fault(502, "Bad Gateway"), times=2)
        flaky = await bot.say("who visited belgrade?")
        assert [c.status for c in flaky.sent()] == [502, 502, 200]

        api.fail("sendMessage", Fault(500), times=100)
        lost = await bot.say("who visited belgrade?")
        assert all(c.status == 500 for c in lost.sent())
        # each attempt: the first try and 4 retries; then one try to tell the user, retried too
        assert len(lost.sent()) == MAX_ATTEMPTS * 5 + 5
        assert delivery_of(bot.application).counts["failed"] == 1
        assert any("given up" in r.getMessage() for r in caplog.records)
        api._scheduled.clear()
        assert (await bot.say("who visited belgrade?")).texts()


# ------------------------------------------------------------------------------------------
# Flood control
# ------------------------------------------------------------------------------------------


async def test_flood_control_keeps_every_second_within_telegrams_limit(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """A fake that answers 429 to a 31st sendMessage within one second receives 120 answers to
    12 users' questions without a single 429, at close to the full 30 per second.

    (The same rule at 600 answers from 60 users: `python -m benchmarks.load --flood`.)"""
    rule = FloodRule(limit=30, window=1.0)
    api.fault = rule
    async with running_bot(api, EchoEngine(small_engine), rate_limit=30):
        asked = ask_all(api, users(12), 10)
        started = time.monotonic()
        await wait_until(lambda: sum(delivered(api.calls).values()) >= 120, 15, "120 answers")
        elapsed = time.monotonic() - started
    assert rule.refused == 0
    assert rule.peak <= 30
    assert delivered(api.calls) == expected(asked)
    # It is the limiter that holds the rate, not something slower: a generous floor (a loaded
    # 2-core machine); the exact spacing is test_delivery.py's, on a fake clock.
    assert 120 / elapsed >= 12, f"{120 / elapsed:.1f} messages/s"


async def test_without_flood_control_the_same_burst_draws_429s(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """The control: with BOT_RATE_LIMIT=0 the same burst meets 429s at once, so the test
    above measures the limiter, not a slow bot."""
    rule = FloodRule(limit=30, window=1.0)
    api.fault = rule
    async with running_bot(
        api, EchoEngine(small_engine), rate_limiter=FloodLimiter(0, time_scale=FAST)
    ):
        ask_all(api, users(12), 10)
        await wait_until(lambda: rule.refused > 0, 5, "a 429")
    assert rule.peak > 30


# ------------------------------------------------------------------------------------------
# Per-user limit
# ------------------------------------------------------------------------------------------


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_user_over_the_limit_gets_one_notice_then_silence(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """Past N messages a minute: one "slow down" notice, then nothing until the minute has
    passed; another user is answered meanwhile; buttons are acknowledged silently."""
    clock = Clock()
    async with running_bot(api, small_engine) as bot:
        bot.application.bot_data.user_limit = UserRateLimit(3, clock=clock)
        for _ in range(3):
            assert len((await bot.say("who visited belgrade?")).texts()) == 1
        notice = await bot.say("who visited belgrade?")
        assert notice.texts() == [texts.text("slow_down")]
        ignored = await bot.say("who visited belgrade?")
        assert ignored.calls == []
        message = notice.last()
        press = await bot.press(message, "x")
        assert [c.method for c in press.calls] == ["answerCallbackQuery"]
        assert "text" not in press.calls[0].params

        other = {"id": 4343, "is_bot": False, "first_name": "Bo", "language_code": "ru"}
        chat = {"id": 4343, "type": "private", "first_name": "Bo"}
        assert len((await bot.say("кто посетил белград?", user=other, chat=chat)).texts()) == 1

        clock.now += 61
        assert len((await bot.say("who visited belgrade?")).texts()) == 1


async def test_default_limit_is_twenty_a_minute(api: FakeTelegram, small_engine: Engine) -> None:
    """With the default settings, the 21st message within a minute gets the notice."""
    async with running_bot(api, EchoEngine(small_engine)) as bot:
        replies = [(await bot.say(f"q{i}")).texts() for i in range(22)]
    assert all(len(r) == 1 and r[0].startswith("Answer to:") for r in replies[:20])
    assert replies[20] == [texts.text("slow_down")]
    assert replies[21] == []


# ------------------------------------------------------------------------------------------
# Stops and restarts
# ------------------------------------------------------------------------------------------


async def test_an_update_delivered_again_after_a_restart_is_not_answered_twice(
    api: FakeTelegram, small_engine: Engine, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    """Telegram delivers an unconfirmed update again after a restart; the bot remembers (in
    BOT_DATA_DIR) that it answered it and stays silent."""
    data = tmp_path / "data"
    async with running_bot(api, small_engine, data_dir=data) as bot:
        first = await bot.say("who visited belgrade?")
    assert len(first.texts()) == 1
    api.confirmed = 0  # as if the confirming getUpdates had never arrived
    caplog.set_level(logging.INFO)
    async with running_bot(api, small_engine, data_dir=data) as bot:
        await asyncio.wait_for(bot.done.setdefault(first.update_id, asyncio.Event()).wait(), 5)
        again = await bot.say("who is aleksandar vucic?")
    sent = [c for c in api.calls if c.method == "sendMessage"]
    assert len(sent) == 2
    assert len(again.texts()) == 1
    assert f"update {first.update_id} was received before; not answered again" in caplog.text


async def test_stopping_mid_burst_answers_or_leaves_unconfirmed(
    api: FakeTelegram, small_engine: Engine, tmp_path: Path
) -> None:
    """Stopping while a burst is handled: the next start answers the rest from the inbox;
    nothing twice, nothing lost."""
    api.delay = 0.01
    stop_after = 40
    data = tmp_path / "data"
    async with running_bot(api, EchoEngine(small_engine), rate_limit=100, data_dir=data) as bot:
        asked = ask_all(api, users(20), 6)  # 120 questions
        await wait_until(
            lambda: sum(delivered(api.calls).values()) >= stop_after, 10, "first answers"
        )
        assert delivery_of(bot.application).pending > 0
    answered_before = delivered(api.calls)
    assert stop_after <= sum(answered_before.values()) < len(asked)

    async with running_bot(api, EchoEngine(small_engine), rate_limit=100, data_dir=data):
        await wait_until(
            lambda: sum(delivered(api.calls).values()) >= len(asked), 10, "all answers"
        )
        await asyncio.sleep(0.2)
    assert delivered(api.calls) == expected(asked)


async def test_update_processor_reports_skipped_updates(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """Listeners hear of every update, including ones the per-user limit drops."""
    seen: list[int] = []
    async with running_bot(api, EchoEngine(small_engine), user_rate_limit=1) as bot:
        delivery_of(bot.application).listeners.append(lambda u: seen.append(u.update_id))
        exchanges = [await bot.say(f"q{i}") for i in range(3)]
    assert seen == [e.update_id for e in exchanges]
    assert [e.texts() for e in exchanges] == [["Answer to: q0"], [texts.text("slow_down")], []]
