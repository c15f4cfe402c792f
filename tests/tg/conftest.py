"""The real application from build_application, polling a fake Bot API, for end-to-end tests."""

from __future__ import annotations

import asyncio
import contextlib
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from fake_telegram import TOKEN, Call, FakeTelegram
from telegram import Update
from telegram.ext import BaseRateLimiter

from bot.conversation.reload import Reloader
from bot.engine import Engine
from bot.ops.settings import Settings
from bot.records.insights import Insights
from bot.tg.app import BotApplication, build_application, delivery_of, serve


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test here that talks to the fake Bot API (the ``api`` fixture) runs the real
    application or a `python -m bot` process end to end: it is in the slow tier."""
    here = Path(__file__).parent
    for item in items:
        if "api" in getattr(item, "fixturenames", ()) and here in Path(item.path).parents:
            item.add_marker(pytest.mark.slow)


@pytest.fixture(autouse=True)
def _cwd_in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run each test in a directory of its own, so that a bot built with the default
    BOT_DATA_DIR (./data/) records nothing in the working tree, and starts with no memory of
    answered updates (the fake's update ids restart at 1000 in every test). A subdirectory, so
    that files the test makes in ``tmp_path`` are still shown by their full paths."""
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)


@dataclass
class Exchange:
    """What the bot did about one update: the API calls it made while handling it."""

    update_id: int
    calls: list[Call]

    def sent(self) -> list[Call]:
        """The sendMessage calls."""
        return [c for c in self.calls if c.method == "sendMessage"]

    def texts(self) -> list[str]:
        """The visible text of each message the bot sent (as Telegram parsed it)."""
        return [c.result["text"] for c in self.sent() if c.ok]

    def last(self) -> dict[str, Any]:
        """The last message the bot sent, as Telegram returned it."""
        sent = self.sent()
        assert sent, "the bot sent nothing"
        assert sent[-1].ok, sent[-1].description
        message: dict[str, Any] = sent[-1].result
        return message

    def buttons(self) -> list[tuple[str, str]]:
        """(text, callback_data) of every button under the last message."""
        markup = self.last().get("reply_markup") or {}
        return [(b["text"], b["callback_data"]) for row in markup["inline_keyboard"] for b in row]

    def rejected(self) -> list[Call]:
        """Calls the fake Bot API refused (a 4xx means the bot sent something invalid)."""
        return [c for c in self.calls if 400 <= c.status < 500]


@dataclass
class BotHarness:
    """Sends updates to the running bot and waits until it has handled each."""

    api: FakeTelegram
    application: BotApplication
    done: dict[int, asyncio.Event] = field(default_factory=dict)

    def mark_done(self, update: Update) -> None:
        """Called by the update processor once the bot is finished with an update (handled,
        failed, ignored or skipped): the tests look at what it sent only then."""
        self.done.setdefault(update.update_id, asyncio.Event()).set()

    async def send(self, update: dict[str, Any], seconds: float = 5.0) -> Exchange:
        """Deliver ``update`` through getUpdates and return what the bot did about it."""
        first = len(self.api.calls)
        update_id = self.api.enqueue(update)
        event = self.done.setdefault(update_id, asyncio.Event())
        await asyncio.wait_for(event.wait(), seconds)
        calls = [c for c in self.api.calls[first:] if c.method != "getUpdates"]
        return Exchange(update_id, calls)

    async def say(self, text: str, **kwargs: Any) -> Exchange:
        """A user sends ``text`` (private chat unless ``chat=`` says otherwise)."""
        return await self.send(self.api.message(text, **kwargs))

    async def press(
        self, message: dict[str, Any], data: str, seconds: float = 5.0, **kwargs: Any
    ) -> Exchange:
        """A user presses the button with ``data`` under the bot's ``message`` (and the bot has
        ``seconds`` to finish with it)."""
        return await self.send(self.api.callback(message, data, **kwargs), seconds)

    async def inline(self, query: str, **kwargs: Any) -> Exchange:
        """A user types ``@bot query`` in some chat."""
        return await self.send(self.api.inline(query, **kwargs))

    @property
    def insights(self) -> Insights:
        """The bot's question log."""
        insights = self.application.bot_data.insights
        assert insights is not None
        return insights

    @property
    def reloader(self) -> Reloader:
        """The bot's fact-base reloader."""
        reloader = self.application.bot_data.reloader
        assert reloader is not None
        return reloader

    async def recorded(self) -> Insights:
        """The question log once everything the bot recorded so far is written."""
        assert await asyncio.to_thread(self.insights.flush)
        return self.insights


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegram]:
    """A fresh fake Bot API server."""
    async with FakeTelegram() as server:
        yield server


def settings_for(api: FakeTelegram, **changes: Any) -> Settings:
    """Settings pointing the bot at the fake Bot API, not watching the fact base for edits
    (``reload_seconds=…`` to watch), plus ``changes``."""
    values: dict[str, Any] = {"reload_seconds": 0.0, **changes}
    return Settings(token=TOKEN, api_base_url=api.base_url, **values)


@contextlib.asynccontextmanager
async def running_bot(
    api: FakeTelegram,
    engine: Engine,
    settings: Settings | None = None,
    *,
    rate_limiter: BaseRateLimiter[int] | None = None,
    **changes: Any,
) -> AsyncIterator[BotHarness]:
    """Run build_application's application with serve() until the test is done: with
    ``settings``, or settings_for(api, **changes) with the data in a temporary directory
    removed afterwards (unless ``data_dir=`` is among the changes); ``rate_limiter`` replaces
    the flood limiter built from the settings."""
    with tempfile.TemporaryDirectory(prefix="bot-data-") as data:
        if settings is None:
            settings = settings_for(api, **{"data_dir": Path(data), **changes})
        application = build_application(settings, engine, rate_limiter=rate_limiter)
        harness = BotHarness(api, application)
        delivery_of(application).listeners.append(harness.mark_done)
        stop = asyncio.Event()
        already = len(api.calls)  # a bot that ran before on this fake API polled too
        task = asyncio.create_task(serve(application, stop))
        await api.wait_for(
            lambda c: c.method == "getUpdates" and any(c is n for n in api.calls[already:]),
            finished=False,
        )
        try:
            yield harness
        finally:
            stop.set()
            await asyncio.wait_for(task, 10)


@pytest.fixture
async def bot(api: FakeTelegram, small_engine: Engine) -> AsyncIterator[BotHarness]:
    """The bot, running against the fake Bot API."""
    async with running_bot(api, small_engine) as harness:
        yield harness
