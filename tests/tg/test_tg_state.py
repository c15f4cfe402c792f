"""The application's typed state (``ContextTypes(bot_data=BotData)``), through the real
application and a fake Bot API."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BotHarness
from fake_telegram import OTHER_USER

from bot.conversation.catalog import Catalog
from bot.conversation.dialogue import Memory
from bot.engine import Engine
from bot.knowledge.loader import load_fact_base
from bot.tg.state import BotData

SECOND = Path(__file__).resolve().parent.parent / "fixtures" / "second_article"


async def test_build_application_fills_a_typed_bot_data(
    bot: BotHarness, small_engine: Engine
) -> None:
    """bot_data is a BotData holding the catalog of the engine the bot was built with, the
    conversation memory, the question log and the reloader."""
    state = bot.application.bot_data
    assert isinstance(state, BotData)
    assert state.catalog.engine is small_engine
    assert isinstance(state.memory, Memory)
    assert state.insights is not None
    assert state.reloader is not None


async def test_handlers_read_the_catalog_published_in_bot_data(bot: BotHarness) -> None:
    """A catalog swapped into bot_data (as a reload does) is what the next /source shows: here
    the second article's title and date in the Russian user's language."""
    second = load_fact_base(SECOND)
    bot.application.bot_data.catalog = Catalog(Engine(second))
    (text,) = (await bot.say("/source", user=OTHER_USER)).texts()
    assert text.startswith(second.source.text_in("title", "ru"))
    assert second.source.text_in("date", "ru") in text


def test_bot_data_without_a_catalog_says_how_to_get_one() -> None:
    """BotData as python-telegram-bot creates it (no arguments) has no catalog until
    build_application gives it one, and says so instead of returning None."""
    with pytest.raises(RuntimeError, match="build_application"):
        _ = BotData().catalog
