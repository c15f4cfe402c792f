"""SIGTERM or SIGKILL in the middle of a burst, then a restart: `python -m bot run` as a process
against the fake Bot API answers each of 200 questions (exactly once after SIGTERM; after
SIGKILL at most the replies in flight come twice)."""

from __future__ import annotations

import asyncio
import collections
import signal
import time
from pathlib import Path
from typing import Any

from bot_process import start_bot
from fake_telegram import Call, FakeTelegram

from bot.conversation.answering import ask
from bot.engine import Engine
from bot.tg.app import CONCURRENT_UPDATES

USERS = 20
QUESTIONS_PER_USER = 10


def ok_replies(api: FakeTelegram) -> list[Call]:
    """The sendMessage calls the fake accepted."""
    return [c for c in api.calls if c.method == "sendMessage" and c.ok]


async def replies_reach(api: FakeTelegram, count: int, seconds: float) -> None:
    """Wait until ``count`` replies have been accepted."""
    deadline = time.monotonic() + seconds
    while len(ok_replies(api)) < count:
        if time.monotonic() > deadline:
            raise TimeoutError(f"{len(ok_replies(api))} of {count} replies within {seconds}s")
        await asyncio.sleep(0.02)


async def test_sigterm_mid_burst_and_restart_answer_each_question_exactly_once(
    api: FakeTelegram, small_engine: Engine, tmp_path: Path
) -> None:
    """A bot stopped by SIGTERM mid-burst and restarted answers each question exactly once."""
    # 200 questions (20 users x 10 different ones); SIGTERM after ~60 answers; restart. After
    # the stop, the unanswered updates are in the inbox, confirmed to Telegram or not; after the
    # restart they are answered first, and every question has exactly one answer.
    facts = small_engine.base.facts[:QUESTIONS_PER_USER]
    questions = [fact.questions[0] for fact in facts]
    answers = {q: ask(small_engine, q).text for q in questions}
    assert len(set(answers.values())) == QUESTIONS_PER_USER

    def question_of(reply: Call) -> str:
        text = reply.result["text"]
        (question,) = [q for q, a in answers.items() if text.startswith(a)]
        return question

    api.delay = 0.02  # a round trip, so that a burst takes a while
    env = {"BOT_RATE_LIMIT": "100", "BOT_DATA_DIR": str(tmp_path / "data")}
    bot = await start_bot(api.base_url, tmp_path, log_level="INFO", **env)
    await api.wait_for(lambda c: c.method == "getUpdates", 30, finished=False)
    asked: dict[int, tuple[int, str]] = {}  # update_id -> (chat, question)
    for question in questions:
        for n in range(USERS):
            user: dict[str, Any] = {"id": 9000 + n, "is_bot": False, "first_name": f"U{n}"}
            chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
            asked[api.enqueue(api.message(question, user=user, chat=chat))] = (chat["id"], question)

    await replies_reach(api, 60, 30)
    bot.process.send_signal(signal.SIGTERM)
    code, first_output = await bot.finish()
    assert code == 0, first_output[-3000:]
    first = collections.Counter((c.params["chat_id"], question_of(c)) for c in ok_replies(api))
    assert 60 <= sum(first.values()) < len(asked), "the stop came mid-burst"
    assert set(first.values()) == {1}

    bot = await start_bot(api.base_url, tmp_path, log_level="INFO", **env)
    try:
        await replies_reach(api, len(asked), 30)
        await asyncio.sleep(0.3)  # a duplicate would arrive now
    finally:
        bot.process.send_signal(signal.SIGTERM)
    code, second_output = await bot.finish()
    assert code == 0, second_output[-3000:]

    both = collections.Counter((c.params["chat_id"], question_of(c)) for c in ok_replies(api))
    assert both == collections.Counter(asked.values())
    assert set(both.values()) == {1}
    assert api.confirmed == max(asked) + 1
    assert "left unfinished by the last run first" in second_output
    assert "Traceback" not in first_output + second_output


async def test_sigkill_mid_burst_then_restart_loses_no_question(
    api: FakeTelegram, small_engine: Engine, tmp_path: Path
) -> None:
    """A bot killed outright (SIGKILL: no clean-up at all) mid-burst and restarted answers every
    question; at most the replies in flight at the kill (the concurrency) come twice."""
    facts = small_engine.base.facts[:QUESTIONS_PER_USER]
    questions = [fact.questions[0] for fact in facts]
    answers = {q: ask(small_engine, q).text for q in questions}

    def question_of(reply: Call) -> str:
        text = reply.result["text"]
        (question,) = [q for q, a in answers.items() if text.startswith(a)]
        return question

    api.delay = 0.02
    env = {"BOT_RATE_LIMIT": "100", "BOT_DATA_DIR": str(tmp_path / "data")}
    bot = await start_bot(api.base_url, tmp_path, log_level="INFO", **env)
    await api.wait_for(lambda c: c.method == "getUpdates", 30, finished=False)
    asked: collections.Counter[tuple[int, str]] = collections.Counter()
    for question in questions:
        for n in range(USERS):
            user: dict[str, Any] = {"id": 9000 + n, "is_bot": False, "first_name": f"U{n}"}
            chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
            api.enqueue(api.message(question, user=user, chat=chat))
            asked[(chat["id"], question)] += 1

    await replies_reach(api, 60, 30)
    bot.process.kill()
    await bot.finish()
    killed_after = len(ok_replies(api))
    assert killed_after < sum(asked.values()), "the kill came mid-burst"

    bot = await start_bot(api.base_url, tmp_path, log_level="INFO", **env)
    try:
        await replies_reach(api, sum(asked.values()), 30)
        await asyncio.sleep(0.3)
    finally:
        bot.process.send_signal(signal.SIGTERM)
    code, output = await bot.finish()
    assert code == 0, output[-3000:]
    both = collections.Counter((c.params["chat_id"], question_of(c)) for c in ok_replies(api))
    assert set(both) == set(asked), "no question lost"
    twice = sum(n - 1 for n in both.values())
    assert twice <= CONCURRENT_UPDATES, twice
    assert "Traceback" not in output
