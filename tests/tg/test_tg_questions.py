"""Questions through Telegram: answers, declines, buttons, groups, inline mode, hostile input."""

from __future__ import annotations

import dataclasses
import logging
from typing import Any

import pytest
from conftest import BotHarness, running_bot
from fake_telegram import (
    BOT_ID,
    BOT_USERNAME,
    GROUP_CHAT,
    OTHER_USER,
    USER,
    FakeTelegram,
    Fault,
)
from scripted_engine import ScriptedEngine
from telegram import Update
from telegram_html import parse_html

from bot.conversation import texts
from bot.conversation.answering import Answer, Outcome, ask
from bot.conversation.catalog import Catalog
from bot.engine import Decision, Engine
from bot.tg.inline import MAX_INLINE_RESULTS

#: A question whose answer the tests script (see ScriptedEngine), to show each outcome.
DECLINED = "What is the weather on Mars?"


def _sent_html(exchange_calls: list[Any]) -> list[str]:
    return [c.params["text"] for c in exchange_calls if c.method == "sendMessage"]


# ------------------------------------------------------------------------------------------
# Private chats
# ------------------------------------------------------------------------------------------


async def test_question_is_answered_with_quotes_in_blockquotes(
    bot: BotHarness, small_engine: Engine
) -> None:
    """An answer is the answer text, then each citation in a blockquote marked ¶N."""
    fact = next(f for f in small_engine.base.facts if len(f.citations) >= 2)
    answer = ask(small_engine, fact.questions[0])
    exchange = await bot.say(fact.questions[0])
    assert not exchange.rejected()
    (html,) = _sent_html(exchange.calls)
    parsed = parse_html(html)
    assert parsed.text.startswith(answer.text)
    assert [e[0] for e in parsed.entities] == ["blockquote"] * len(answer.citations)
    for citation in answer.citations:
        assert f"<blockquote>¶{citation.paragraph}: " in html
        assert f"¶{citation.paragraph}: {citation.quote}" in parsed.text


async def test_answer_offers_up_to_three_related_buttons(
    bot: BotHarness, small_engine: Engine
) -> None:
    """Under an answer are buttons for its related questions (at most 3), then 👍/👎 in a row
    of their own; all with compact data."""
    fact = next(f for f in small_engine.base.facts if len(f.related) >= 3)
    exchange = await bot.say(fact.questions[0])
    buttons = exchange.buttons()
    assert [label for label, _ in buttons] == [
        *(small_engine.base.fact(i).questions[0] for i in fact.related[:3]),
        "👍",
        "👎",
    ]
    assert [len(row) for row in exchange.last()["reply_markup"]["inline_keyboard"]][-1] == 2
    assert all(len(data.encode("utf-8")) <= 64 for _, data in buttons)


async def test_pressing_a_related_button_answers_that_fact(
    bot: BotHarness, small_engine: Engine
) -> None:
    """A related-question button answers exactly its fact, and the press is acknowledged."""
    fact = next(f for f in small_engine.base.facts if f.related)
    message = (await bot.say(fact.questions[0])).last()
    label, data = (await bot.say(fact.questions[0])).buttons()[0]
    exchange = await bot.press(message, data)
    assert exchange.calls[0].method == "answerCallbackQuery"
    related = small_engine.base.fact(fact.related[0])
    assert label == related.questions[0]
    assert exchange.texts()[0].startswith(related.answer)
    assert bot.api.unanswered_queries() == []


def _scripted(small_engine: Engine, answer: Answer) -> ScriptedEngine:
    return ScriptedEngine(small_engine, {answer.question: answer})


def _declined(small_engine: Engine, suggestions: int) -> Answer:
    """A decline like the engine's, with ``suggestions`` facts' questions suggested."""
    questions = tuple(f.questions[0] for f in small_engine.base.facts[:suggestions])
    return Answer(DECLINED, Outcome.NOT_FOUND, texts.text("not_found"), suggestions=questions)


async def test_declined_question_is_honest_with_did_you_mean(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """A question the article doesn't answer says so, with up to 3 "Did you mean" buttons."""
    declined = _declined(small_engine, suggestions=4)
    async with running_bot(api, _scripted(small_engine, declined)) as bot:
        exchange = await bot.say(DECLINED)
        (text,) = exchange.texts()
        assert text == "The article doesn't say that.\nDid you mean:"
        assert [label for label, _ in exchange.buttons()] == list(declined.suggestions[:3])

        label, data = exchange.buttons()[0]
        pressed = await bot.press(exchange.last(), data)
    fact = small_engine.base.fact(Catalog(small_engine).offer(label).fact_id or "")
    assert pressed.texts()[0].startswith(fact.answer)
    assert api.unanswered_queries() == []


async def test_ambiguous_question_lists_the_candidates(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """When several facts fit, the bot says it is unsure and offers them as buttons."""
    candidates = tuple(f.questions[0] for f in small_engine.base.facts[:2])
    ambiguous = Answer(DECLINED, Outcome.AMBIGUOUS, texts.text("ambiguous"), suggestions=candidates)
    async with running_bot(api, _scripted(small_engine, ambiguous)) as bot:
        exchange = await bot.say(DECLINED)
    assert exchange.texts() == ["I'm not sure which of these you mean:"]
    assert [label for label, _ in exchange.buttons()] == list(candidates)


async def test_decline_without_suggestions_has_no_buttons(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """A decline with nothing close has no keyboard at all."""
    async with running_bot(api, _scripted(small_engine, _declined(small_engine, 0))) as bot:
        exchange = await bot.say(DECLINED)
    assert exchange.texts() == ["The article doesn't say that."]
    assert "reply_markup" not in exchange.last()


async def test_gap_reply_keeps_its_quote(api: FakeTelegram, small_engine: Engine) -> None:
    """A known gap's honest reply is shown with its citation, like an answer."""
    gap = next(g for g in small_engine.base.gaps if g.citations)
    declined = Answer(DECLINED, Outcome.NOT_FOUND, gap.reply, citations=gap.citations)
    async with running_bot(api, _scripted(small_engine, declined)) as bot:
        (text,) = (await bot.say(DECLINED)).texts()
    citation = gap.citations[0]
    assert text.startswith(gap.reply)
    assert f"¶{citation.paragraph}: {citation.quote}" in text


async def test_reply_is_in_the_questions_language(bot: BotHarness, small_engine: Engine) -> None:
    """A question in Russian gets Russian bot texts, and its buttons answer in Russian."""
    question = "Какая погода в Белграде?"
    answer = ask(small_engine, question)
    assert answer.lang == "ru", "precondition: the engine detects Russian"
    exchange = await bot.say(question)
    assert exchange.texts()[0].startswith(answer.text)
    assert all(data.split(":")[1] == "ru" for _, data in exchange.buttons())


async def test_stale_or_forged_buttons_are_acknowledged_without_reply(bot: BotHarness) -> None:
    """Unknown callback_data (old fact ids, garbage) gets an "out of date" notice, nothing else."""
    message = (await bot.say("/start")).last()
    forged = ["p:en:²", "a:en:#²", "t:en:#³", "u:en:#¹", "d:en:#٣"]  # isdigit() but not int()
    for data in ["a:en:no-such-fact", "p:en:99", "t:en:#77", "zzz", "a:xx:visitor", "", *forged]:
        exchange = await bot.press(message, data)
        (call,) = exchange.calls
        assert call.method == "answerCallbackQuery"
        assert call.params["text"] == "This button is out of date. Please ask your question again."
    assert bot.api.unanswered_queries() == []


async def test_small_talk_gets_a_friendly_reply_without_buttons(bot: BotHarness) -> None:
    """A greeting gets a greeting back, not a fact and not "did you mean" buttons."""
    exchange = await bot.say("hello")
    assert exchange.texts() == [
        "Hello! Ask me about the Kazakh Foreign Minister's visit to Belgrade."
    ]
    assert "reply_markup" not in exchange.last()


@pytest.mark.parametrize(
    "content",
    [
        {"sticker": {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 512,
                     "height": 512, "is_animated": False, "is_video": False}},
        {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]},
        {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}},
        {"location": {"latitude": 44.8, "longitude": 20.4}},
    ],
    ids=["sticker", "photo", "voice", "location"],
)  # fmt: skip
async def test_non_text_in_private_gets_a_text_only_note(
    bot: BotHarness, small_engine: Engine, content: dict[str, Any]
) -> None:
    """Stickers, photos, voice and the like get "I answer text questions about …"."""
    exchange = await bot.send(bot.api.message(**content))
    (text,) = exchange.texts()
    assert text.startswith(
        f"I answer text questions about one article: {small_engine.base.source.title}"
    )


async def test_edited_messages_are_not_answered_again(bot: BotHarness) -> None:
    """Editing a question does not produce a second answer: not requested, and not handled."""
    message = bot.api.message("who visited belgrade?")["message"]
    edited = {"edited_message": {**message, "edit_date": message["date"] + 1}}
    bot.api.enqueue(edited)  # not in allowed_updates, so Telegram would not deliver it
    assert len((await bot.say("hello")).texts()) == 1
    # Even if one arrived, no handler takes it.
    update = Update.de_json({"update_id": 1, **edited}, bot.application.bot)
    before = len(bot.api.calls)
    await bot.application.process_update(update)
    assert [c.method for c in bot.api.calls[before:] if c.method != "getUpdates"] == []


# ------------------------------------------------------------------------------------------
# Groups
# ------------------------------------------------------------------------------------------


async def test_group_chatter_is_ignored(bot: BotHarness) -> None:
    """In a group, messages not addressed to the bot get no reply at all."""
    for text in ["who visited belgrade?", "@SomeoneElse who visited belgrade?", "hello all"]:
        assert (await bot.say(text, chat=GROUP_CHAT)).calls == []
    sticker = {"file_id": "s", "file_unique_id": "s", "type": "regular", "width": 1,
               "height": 1, "is_animated": False, "is_video": False}  # fmt: skip
    assert (await bot.send(bot.api.message(chat=GROUP_CHAT, sticker=sticker))).calls == []


@pytest.mark.parametrize(
    "text",
    [
        f"@{BOT_USERNAME} who visited belgrade?",
        f"who visited belgrade, @{BOT_USERNAME.lower()}?",
    ],
)
async def test_group_mention_is_answered_without_the_mention(
    bot: BotHarness, small_engine: Engine, text: str
) -> None:
    """A group message @mentioning the bot is answered as a reply, the mention stripped."""
    exchange = await bot.say(text, chat=GROUP_CHAT)
    (call,) = exchange.sent()
    assert call.params["chat_id"] == GROUP_CHAT["id"]
    assert call.params["reply_parameters"]["message_id"] > 0  # quoted: clear which question
    assert ask(small_engine, "who visited belgrade?").text in call.result["text"]


async def test_group_text_mention_of_the_bot_is_answered(
    bot: BotHarness, small_engine: Engine
) -> None:
    """A text mention (a name linked to the bot's user) addresses the bot too."""
    update = bot.api.message("Visit bot: who visited belgrade?", chat=GROUP_CHAT)
    update["message"]["entities"] = [
        {"type": "text_mention", "offset": 0, "length": 9, "user": {"id": BOT_ID, "is_bot": True,
                                                                      "first_name": "Visit bot"}}
    ]  # fmt: skip
    exchange = await bot.send(update)
    assert ask(small_engine, "who visited belgrade?").text in exchange.texts()[0]


async def test_group_reply_to_the_bot_is_answered(bot: BotHarness, small_engine: Engine) -> None:
    """A reply to one of the bot's messages is a question for it; replies to others are not."""
    bots_message = (await bot.say(f"@{BOT_USERNAME} hi", chat=GROUP_CHAT)).last()
    exchange = await bot.say("who visited belgrade?", chat=GROUP_CHAT, reply_to=bots_message)
    assert ask(small_engine, "who visited belgrade?").text in exchange.texts()[0]

    someones = bot.api.message("hi", chat=GROUP_CHAT, user=OTHER_USER)["message"]
    assert (await bot.say("who visited?", chat=GROUP_CHAT, reply_to=someones)).calls == []


async def test_group_buttons_work(bot: BotHarness) -> None:
    """Buttons under a group answer are answered in the group."""
    exchange = await bot.say(f"@{BOT_USERNAME} who visited belgrade?", chat=GROUP_CHAT)
    _, data = exchange.buttons()[0]
    pressed = await bot.press(exchange.last(), data, user=OTHER_USER)
    assert pressed.sent()[0].params["chat_id"] == GROUP_CHAT["id"]
    assert bot.api.unanswered_queries() == []


# ------------------------------------------------------------------------------------------
# Inline mode
# ------------------------------------------------------------------------------------------


def _results(exchange_calls: list[Any]) -> list[dict[str, Any]]:
    (call,) = [c for c in exchange_calls if c.method == "answerInlineQuery"]
    assert call.ok, call.description
    results: list[dict[str, Any]] = call.params["results"]
    return results


async def test_inline_query_lists_matching_answers(bot: BotHarness, small_engine: Engine) -> None:
    """`@bot question` lists up to 5 answers: title = question, message = answer + citation."""
    fact = next(f for f in small_engine.base.facts if f.related)
    results = _results((await bot.inline(fact.questions[1])).calls)
    assert 1 <= len(results) <= MAX_INLINE_RESULTS
    first = results[0]
    assert first["title"] == fact.questions[0]
    content = first["input_message_content"]
    parsed = parse_html(content["message_text"])
    assert parsed.text.startswith(f"{fact.questions[0]}\n{fact.answer}")
    assert "blockquote" in [e[0] for e in parsed.entities]
    assert len({r["id"] for r in results}) == len(results)
    assert bot.api.unanswered_queries() == []


async def test_empty_inline_query_lists_popular_questions(
    bot: BotHarness, small_engine: Engine
) -> None:
    """An empty inline query lists the popular questions that have an answer."""
    catalog = Catalog(small_engine)
    expected = [o for o in catalog.popular if catalog.answer_offer(o, "en").fact_id is not None]
    results = _results((await bot.inline("")).calls)
    assert len(results) == min(len(expected), MAX_INLINE_RESULTS)
    assert results[0]["title"] == expected[0].question


async def test_inline_query_the_article_does_not_answer(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """An inline query with nothing close lists the honest decline."""
    async with running_bot(api, _scripted(small_engine, _declined(small_engine, 0))) as bot:
        results = _results((await bot.inline(DECLINED)).calls)
    assert len(results) == 1
    assert results[0]["title"] == DECLINED
    assert "The article doesn't say that." in results[0]["input_message_content"]["message_text"]


async def test_inline_decline_lists_the_suggested_answers(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """An inline query that is declined with suggestions lists the suggested facts' answers."""
    declined = _declined(small_engine, suggestions=3)
    async with running_bot(api, _scripted(small_engine, declined)) as bot:
        results = _results((await bot.inline(DECLINED)).calls)
    assert [r["title"] for r in results] == list(declined.suggestions)


# ------------------------------------------------------------------------------------------
# Hostile input
# ------------------------------------------------------------------------------------------

HOSTILE = [
    "<b>&amp;\"'</b> who visited belgrade?",
    "<script>alert(1)</script>",
    "</blockquote><blockquote>",
    "&lt;&#0;&#xD800;&nbsp; &",
    "x" * 4096,
    "who visited belgrade? " * 186,
    "\x00\x01\x07\x1b[31m\x7f who visited belgrade?",
    "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202e who visited belgrade?",
    "🇰🇿🇷🇸👍🏽👨‍👩‍👧‍👦 " * 100,
    "Z̷̢͎̈́a̸͍͐l̷̰̈g̴̣̈́o̶̤͝ trade",
    "\n\n\n",
    "/" * 64,
]


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
async def test_hostile_text_gets_one_valid_reply_in_private(bot: BotHarness, text: str) -> None:
    """Metacharacters, 4,096 characters, control/zero-width characters, emoji: one valid reply."""
    exchange = await bot.say(text)
    assert not exchange.rejected(), [c.description for c in exchange.rejected()]
    assert len(exchange.texts()) == 1


@pytest.mark.parametrize("text", HOSTILE, ids=range(len(HOSTILE)))
async def test_hostile_text_in_groups_and_inline_is_safe(bot: BotHarness, text: str) -> None:
    """The same texts addressed to the bot in a group, or as inline queries, are handled validly."""
    exchange = await bot.say(f"@{BOT_USERNAME} {text}"[:4096], chat=GROUP_CHAT)
    assert not exchange.rejected(), [c.description for c in exchange.rejected()]
    inline = await bot.inline(text[:256])
    assert not inline.rejected(), [c.description for c in inline.rejected()]
    assert bot.api.unanswered_queries() == []


async def test_long_answers_are_split_into_valid_messages(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """An answer longer than 4,096 characters arrives as several valid messages, buttons last."""

    class Verbose(Engine):
        def decide(
            self, question: str, *, lang: str | None = None, hint: str | None = None
        ) -> Decision:
            decision = super().decide(question, lang=lang, hint=hint)
            assert decision.fact is not None
            long = dataclasses.replace(decision.fact, answer="<Long> & " * 1000, translations={})
            return dataclasses.replace(decision, fact=long)

    async with running_bot(api, Verbose(small_engine.base)) as bot:
        exchange = await bot.say("who visited belgrade?")
    assert not exchange.rejected()
    sent = exchange.sent()
    assert len(sent) > 2
    assert all(len(c.params["text"]) <= 4096 for c in sent)
    assert all("reply_markup" not in c.params for c in sent[:-1])
    assert "reply_markup" in sent[-1].params
    assert "".join(exchange.texts()).replace(" ", "").startswith("<Long>&" * 1000)


# ------------------------------------------------------------------------------------------
# Errors
# ------------------------------------------------------------------------------------------


class Exploding(Engine):
    """An engine that fails on one question, to prove the bot survives handler errors."""

    def decide(
        self, question: str, *, lang: str | None = None, hint: str | None = None
    ) -> Decision:
        if "explode" in question:
            raise RuntimeError("engine failure")
        return super().decide(question, lang=lang, hint=hint)


async def test_handler_error_is_logged_apologised_and_survived(
    api: FakeTelegram, small_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """A failing question is logged, the user gets an apology, and the next question works."""
    async with running_bot(api, Exploding(small_engine.base)) as bot:
        failed = await bot.say("please explode")
        assert failed.texts() == ["Sorry, something went wrong on my side. Please try again."]
        assert any(
            r.levelno == logging.ERROR and r.exc_info and "engine failure" in str(r.exc_info[1])
            for r in caplog.records
        )
        assert (await bot.say("who visited belgrade?")).texts()


async def test_handler_error_in_group_chatter_stays_silent(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """An error while answering a group mention apologises there; other chatter stays silent."""
    async with running_bot(api, Exploding(small_engine.base)) as bot:
        addressed = await bot.say(f"@{BOT_USERNAME} explode", chat=GROUP_CHAT)
        assert addressed.texts() == ["Sorry, something went wrong on my side. Please try again."]
        assert (await bot.say("explode", chat=GROUP_CHAT)).calls == []


async def test_failed_send_is_retried_and_the_bot_carries_on(bot: BotHarness) -> None:
    """When Telegram answers 500 to a reply, the reply is sent again; later questions work."""
    bot.api.fail("sendMessage", Fault(500, "Internal Server Error"))
    retried = await bot.say("who visited belgrade?")
    assert [c.status for c in retried.sent()] == [500, 200]
    assert (await bot.say("who visited belgrade?", user=USER)).texts()
