"""Start-up, commands and topic browsing, through the real application and a fake Bot API."""

from __future__ import annotations

import asyncio

import pytest
from conftest import BotHarness, running_bot, settings_for
from fake_telegram import BOT_USERNAME, GROUP_CHAT, OTHER_USER, FakeTelegram

from bot.conversation import texts
from bot.conversation.answering import ask
from bot.conversation.catalog import Catalog
from bot.engine import Engine
from bot.ops.settings import Settings, SettingsError
from bot.tg.app import ALLOWED_UPDATES, CONCURRENT_UPDATES, build_application, delivery_of


async def test_start_up_checks_token_sets_commands_and_polls(bot: BotHarness) -> None:
    """Start-up calls getMe, sets the command menu in en/ru/sr, drops the webhook and polls."""
    methods = [c.method for c in bot.api.calls]
    assert methods[0] == "getMe"
    assert methods.index("setMyCommands") < methods.index("deleteWebhook")
    assert methods.index("deleteWebhook") < methods.index("getUpdates")
    assert set(bot.api.commands) == {None, "ru", "sr"}
    for lang, menu in bot.api.commands.items():
        assert [c["command"] for c in menu] == list(texts.COMMANDS)
        assert menu[1]["description"] == texts.text("cmd_help", lang or "en")
    poll = next(c for c in bot.api.calls if c.method == "getUpdates")
    assert poll.params["allowed_updates"] == list(ALLOWED_UPDATES)
    assert poll.params["timeout"] > 0


async def test_stopping_confirms_fetched_updates(api: FakeTelegram, small_engine: Engine) -> None:
    """A clean stop ends with a non-waiting getUpdates that confirms every fetched update."""
    async with running_bot(api, small_engine) as bot:
        update_id = (await bot.say("who visited belgrade?")).update_id
    last = api.calls[-1]
    assert last.method == "getUpdates"
    assert last.params["timeout"] == 0
    assert last.params["offset"] == update_id + 1
    assert api.confirmed == update_id + 1


def test_build_application_needs_a_token(small_engine: Engine) -> None:
    """Building the Telegram application without a token is a SettingsError, not a crash."""
    with pytest.raises(SettingsError, match="TELEGRAM_BOT_TOKEN"):
        build_application(Settings(), small_engine)


async def test_application_uses_bounded_concurrency(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """Updates are processed concurrently, but only CONCURRENT_UPDATES at a time."""
    application = build_application(settings_for(api), small_engine)
    assert delivery_of(application).concurrency == CONCURRENT_UPDATES
    assert 1 < CONCURRENT_UPDATES <= 32


async def test_start_welcomes_with_article_date_and_example_buttons(
    bot: BotHarness, small_engine: Engine
) -> None:
    """/start names the article, dateline and date, and offers example questions as buttons."""
    exchange = await bot.say("/start")
    assert not exchange.rejected()
    (text,) = exchange.texts()
    source = small_engine.base.source
    for part in (source.title, source.dateline, source.date, source.reported_by):
        assert part in text
    buttons = exchange.buttons()
    assert [label for label, _ in buttons] == list(small_engine.base.popular[:4])
    assert 3 <= len(buttons) <= 4
    assert all(len(data.encode()) <= 64 for _, data in buttons)
    assert exchange.sent()[0].params["parse_mode"] == "HTML"


async def test_each_example_button_answers(bot: BotHarness, small_engine: Engine) -> None:
    """Pressing each /start example gets an answer (every callback acknowledged)."""
    welcome = (await bot.say("/start")).last()
    catalog = Catalog(small_engine)
    for (label, data), offer in zip(
        [
            (b["text"], b["callback_data"])
            for r in welcome["reply_markup"]["inline_keyboard"]
            for b in r
        ],
        catalog.examples(),
        strict=True,
    ):
        exchange = await bot.press(welcome, data)
        assert not exchange.rejected()
        assert exchange.calls[0].method == "answerCallbackQuery"
        (text,) = exchange.texts()
        assert catalog.answer_offer(offer, "en").text in text, label
    assert bot.api.unanswered_queries() == []


async def test_start_speaks_the_users_language(bot: BotHarness) -> None:
    """A Russian Telegram client gets the Russian welcome."""
    exchange = await bot.say("/start", user=OTHER_USER, chat={"id": 4343, "type": "private"})
    assert exchange.texts()[0].startswith("Я отвечаю на вопросы об одной статье")


async def test_help_explains_asking_limits_groups_and_commands(bot: BotHarness) -> None:
    """/help says how to ask, what the bot can't do, how groups/inline work, and the commands."""
    (text,) = (await bot.say("/help")).texts()
    assert "When the article doesn't say, I tell you so" in text
    assert "no other news" in text
    assert f"@{BOT_USERNAME}" in text
    for command in texts.COMMANDS:
        assert f"/{command} — " in text


async def test_source_gives_dateline_date_and_reporter(
    bot: BotHarness, small_engine: Engine
) -> None:
    """/source states the article's title, dateline, date, reporting source and summary."""
    (text,) = (await bot.say("/source")).texts()
    source = small_engine.base.source
    assert text.startswith(source.title)
    assert f"Dateline: {source.dateline}" in text
    assert f"Date: {source.date}" in text
    assert f"Reported by: {source.reported_by}" in text
    assert source.summary in text


async def test_unknown_command_in_private_points_to_help(bot: BotHarness) -> None:
    """An unknown /command in a private chat gets a pointer to /help."""
    assert (await bot.say("/weather")).texts() == [
        "I don't know that command. /help lists what I can do."
    ]


async def test_topics_browse_down_to_an_answer_and_back(
    bot: BotHarness, small_engine: Engine
) -> None:
    """/topics → a topic (message edited to its questions) → a question (answered) → back."""
    catalog = Catalog(small_engine)
    topics_message = (await bot.say("/topics")).last()
    labels = [b["text"] for r in topics_message["reply_markup"]["inline_keyboard"] for b in r]
    assert labels == [t.title_in("en") for t in catalog.topics()]

    topic = catalog.topics()[1]
    data = next(
        b["callback_data"]
        for r in topics_message["reply_markup"]["inline_keyboard"]
        for b in r
        if b["text"] == topic.title_in("en")
    )
    exchange = await bot.press(topics_message, data)
    assert [c.method for c in exchange.calls] == ["answerCallbackQuery", "editMessageText"]
    page = exchange.calls[1].result
    assert page["text"] == f"{topic.title_in('en')} — pick a question:"
    buttons = [
        (b["text"], b["callback_data"]) for r in page["reply_markup"]["inline_keyboard"] for b in r
    ]
    offers = catalog.topic_offers(topic.id)
    assert [label for label, _ in buttons[:-1]] == [o.question for o in offers]
    assert buttons[-1][0] == "« All topics"

    answered = await bot.press(page, buttons[0][1])
    fact = small_engine.base.fact(offers[0].fact_id or "")
    assert fact.answer in answered.texts()[0]

    back = await bot.press(page, buttons[-1][1])
    assert back.calls[1].method == "editMessageText"
    assert back.calls[1].result["text"] == "Pick a topic:"
    # Pressing "all topics" again changes nothing: Telegram's "not modified" is not an error.
    again = await bot.press(back.calls[1].result, buttons[-1][1])
    assert again.calls[1].description.endswith("reply markup of the message")
    assert [c.method for c in again.calls] == ["answerCallbackQuery", "editMessageText"]
    assert bot.api.unanswered_queries() == []


async def test_commands_in_groups_also_with_the_bot_name(bot: BotHarness) -> None:
    """In a group, /help and /help@ThisBot are answered; /help@OtherBot is left to that bot."""
    assert (await bot.say("/help", chat=GROUP_CHAT)).texts()
    assert (await bot.say(f"/help@{BOT_USERNAME}", chat=GROUP_CHAT)).texts()
    assert (await bot.say("/help@SomeOtherBot", chat=GROUP_CHAT)).calls == []


async def test_concurrent_users_each_get_their_answer(
    bot: BotHarness, small_engine: Engine
) -> None:
    """Twenty users asking at once each get exactly one reply in their own chat."""
    facts = small_engine.base.facts[:20]
    users = [{"id": 5000 + i, "is_bot": False, "first_name": f"U{i}"} for i in range(len(facts))]
    exchanges = await asyncio.gather(
        *(
            bot.say(f.questions[0], user=u, chat={"id": u["id"], "type": "private"})
            for f, u in zip(facts, users, strict=True)
        )
    )
    replies = [c for c in bot.api.calls if c.method == "sendMessage"]
    assert sorted(c.params["chat_id"] for c in replies) == sorted(u["id"] for u in users)
    for fact, user in zip(facts, users, strict=True):
        reply = next(c for c in replies if c.params["chat_id"] == user["id"])
        assert ask(small_engine, fact.questions[0]).text in reply.result["text"]
    assert not any(e.rejected() for e in exchanges)
