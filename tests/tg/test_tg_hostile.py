"""Property tests through the real handlers: whatever text arrives — any Unicode Telegram can
deliver (UTF-8, so no lone surrogates), control characters and NUL, RTL and zero-width marks, emoji, HTML and Markdown metacharacters, up to
4,096 characters — in a private chat, as a group mention or as an inline query, the bot answers
with messages the fake Bot API accepts as valid HTML within Telegram's limits, and nothing
raises (no apology is ever needed)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from conftest import BotHarness, running_bot
from fake_telegram import BOT_USERNAME, GROUP_CHAT, FakeTelegram
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.conversation import texts
from bot.engine import Engine

#: Characters that break naive escaping, layout or parsing.
NASTY = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\xa0"  # control characters, NUL, NBSP
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # direction marks
    "\u0301\u0336\u20e3\ufe0f\U000e0001"  # combining marks, variation selector, tag
    "<>&\"'`*_~[]()#|\\/@:;!{}=\n\r\t "  # HTML and Markdown metacharacters
    "\ufffd\uffff\U0010ffff"  # replacement and non-characters
)
#: Whole pieces: tags, entities, markup, mentions, commands, emoji sequences, real questions.
PIECES = [
    "<b>",
    "</b>",
    "<blockquote>",
    "</blockquote>",
    "<a href='javascript:x'>",
    "&amp;",
    "&lt;",
    "&#0;",
    "&#x110000;",
    "&nbsp",
    "**bold**",
    "__it__",
    "[link](http://x)",
    "`code`",
    "```pre```",
    "||spoiler||",
    f"@{BOT_USERNAME}",
    "/start",
    "/help@" + BOT_USERNAME,
    "👨‍👩‍👧‍👦",
    "🇰🇿",
    "👍🏽",
    "who visited belgrade? ",
    "кто посетил белград? ",
    "ko je posetio beograd? ",
    "Vučić ",
    "\u202ebackwards",
]

#: Any character Telegram can deliver: its JSON carries UTF-8 text, so no lone surrogates.
_ANY = st.characters(codec="utf-8")
_NASTY_OR_ANY = st.one_of(st.sampled_from(NASTY), _ANY)
HOSTILE_TEXT = st.one_of(
    st.text(alphabet=_ANY, min_size=1, max_size=4096),
    st.text(alphabet=_NASTY_OR_ANY, min_size=1, max_size=4096),
    st.text(alphabet=_NASTY_OR_ANY, min_size=3800, max_size=4096),  # near Telegram's limit
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=300).map(lambda p: "".join(p)[:4096]),
)

PROPERTY = settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
async def open_bot(api: FakeTelegram, small_engine: Engine) -> AsyncIterator[BotHarness]:
    """The bot without the per-user limit (every example comes from the same user) and without
    flood control (a group gets 20 messages a minute; the examples are about content)."""
    async with running_bot(api, small_engine, user_rate_limit=0, rate_limit=0) as harness:
        yield harness


@PROPERTY
@given(text=HOSTILE_TEXT)
async def test_any_private_message_gets_a_valid_reply(open_bot: BotHarness, text: str) -> None:
    """Any text in a private chat: at least one reply, all accepted as valid HTML, no apology."""
    exchange = await open_bot.say(text)
    assert not exchange.rejected(), [c.description for c in exchange.rejected()]
    replies = exchange.texts()
    assert replies
    assert texts.text("apology") not in replies


@PROPERTY
@given(text=HOSTILE_TEXT)
async def test_any_group_mention_and_inline_query_is_handled_validly(
    open_bot: BotHarness, text: str
) -> None:
    """The same text addressed to the bot in a group, and as an inline query (Telegram allows
    256 characters there): every reply and every result is valid, every query answered."""
    exchange = await open_bot.say(f"@{BOT_USERNAME} {text}"[:4096], chat=GROUP_CHAT)
    assert not exchange.rejected(), [c.description for c in exchange.rejected()]
    assert texts.text("apology") not in exchange.texts()
    inline = await open_bot.inline(text[:256])
    assert not inline.rejected(), [c.description for c in inline.rejected()]
    assert open_bot.api.unanswered_queries() == []


async def test_a_message_longer_than_telegram_allows_is_answered(open_bot: BotHarness) -> None:
    """Telegram never sends more than 4,096 characters, but if 50,000 arrive the bot still
    answers once, validly (the engine reads only the start of a question)."""
    exchange = await open_bot.say("who visited belgrade? " + "qwxz " * 10_000)
    assert not exchange.rejected()
    assert len(exchange.texts()) == 1
