"""Follow-up questions and languages through the real Telegram handlers."""

from __future__ import annotations

from conftest import BotHarness
from fake_telegram import PRIVATE_CHAT, USER

from bot.engine import Engine

OTHER_CHAT = {**PRIVATE_CHAT, "id": PRIVATE_CHAT["id"] + 1}
OTHER_USER = {**USER, "id": USER["id"] + 1}


async def test_follow_up_is_answered_in_context(bot: BotHarness, small_engine: Engine) -> None:
    """'and when?' after a question about the meetings is answered with the date."""
    await bot.say("who did nurtleu meet?")
    exchange = await bot.say("and when?")
    assert exchange.texts()[0].startswith(small_engine.fact("visit-date").answer)


async def test_context_is_per_chat(bot: BotHarness, small_engine: Engine) -> None:
    """Another chat's conversation does not give context to this one."""
    await bot.say("who did nurtleu meet?")
    exchange = await bot.say("and when?", chat=OTHER_CHAT, user=OTHER_USER)
    assert not exchange.texts()[0].startswith(small_engine.fact("visit-date").answer)


async def test_russian_question_gets_a_russian_answer(
    bot: BotHarness, small_engine: Engine
) -> None:
    """A question in Russian is answered with the fact's Russian translation."""
    exchange = await bot.say("Кто министр обороны Сербии?")
    assert exchange.texts()[0].startswith(small_engine.fact("meeting-vucevic").translations["ru"])
