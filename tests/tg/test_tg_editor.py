"""The editor's side of the running bot, through the real application and the fake Bot API:
live reload, admins told of broken edits, admin commands, the unanswered log and feedback."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from conftest import BotHarness, running_bot, settings_for
from fake_telegram import GROUP_CHAT, OTHER_USER, USER, FakeTelegram

from bot.engine import Engine
from bot.ops.settings import Settings
from bot.records.store import DB_FILE, Store

ROOT = Path(__file__).resolve().parents[2]
ADMIN = {"id": 777, "is_bot": False, "first_name": "Editor", "language_code": "en"}
ADMIN_CHAT = {"id": ADMIN["id"], "type": "private", "first_name": "Editor"}
TRADE = "how big is trade between kazakhstan and serbia"
ORIGINAL = "reached $73.8 million last year."
EDITED = "reached $73.8 million (edited) last year."
GOOD_QUOTE = "- reported the ministry’s press service"
BAD_QUOTE = "- reported the ministry's press office"
REFUSAL = "Sorry, /{command} is only for the bot's editors."
#: OTHER_USER's Telegram client is Russian.
REFUSAL_RU = "Извините, команда /{command} доступна только редакторам бота."


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in ``path`` (which must contain it)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


async def until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Wait until ``condition()`` holds (checked every 20 ms)."""
    deadline = asyncio.get_running_loop().time() + seconds
    while not condition():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def editor_settings(api: FakeTelegram, knowledge: Path, data: Path, **changes: object) -> Settings:
    """The bot on an editable fact base, watching it every 50 ms, with one admin."""
    values: dict[str, object] = {
        "knowledge_dir": knowledge,
        "data_dir": data,
        "admin_ids": frozenset({ADMIN["id"]}),
        "reload_seconds": 0.05,
        **changes,
    }
    return settings_for(api, **values)


@contextlib.asynccontextmanager
async def editor_bot(
    api: FakeTelegram, small_engine: Engine, knowledge: Path, data: Path
) -> AsyncIterator[BotHarness]:
    async with running_bot(api, small_engine, editor_settings(api, knowledge, data)) as bot:
        yield bot


def admin_messages(api: FakeTelegram, first: int = 0) -> list[str]:
    """Texts the bot sent to the admin's private chat (in the tests that use this, the admin
    sends nothing, so these are the bot's own notifications)."""
    return [
        c.result["text"]
        for c in api.calls[first:]
        if c.method == "sendMessage"
        and c.ok
        and c.params["chat_id"] == ADMIN["id"]
        and "reply_parameters" not in c.params
    ]


async def ask_admin(bot: BotHarness, command: str, chat: dict[str, object] | None = None) -> str:
    """An admin sends ``command``; the text of the bot's reply."""
    exchange = await bot.say(command, user=ADMIN, chat=chat or ADMIN_CHAT)
    assert not exchange.rejected()
    return "\n".join(exchange.texts())


# ------------------------------------------------------------------------------------------
# Live reload
# ------------------------------------------------------------------------------------------


async def test_a_valid_edit_goes_live_while_the_bot_runs(
    api: FakeTelegram,
    small_engine: Engine,
    small_copy: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Editing facts.yaml changes the bot's answer within moments, without a restart."""
    caplog.set_level(logging.INFO, logger="bot.conversation.reload")
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        assert "(edited)" not in (await bot.say(TRADE)).texts()[0]
        edit(small_copy / "facts.yaml", ORIGINAL, EDITED)
        await until(lambda: bot.reloader.catalog.engine is not small_engine)
        answer = (await bot.say(TRADE)).texts()[0]
        assert "reached $73.8 million (edited) last year." in answer
    assert f"fact base reloaded: {len(small_engine.base.facts)} facts" in caplog.messages
    assert admin_messages(api) == []  # success after no failure: only logged


async def test_a_broken_edit_keeps_the_old_answers_and_tells_the_admins_once(
    api: FakeTelegram,
    small_engine: Engine,
    small_copy: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """An invalid edit changes nothing the users see; the admins get the problems, once; the
    fix brings the new base in and the admins hear that too."""
    facts = small_copy / "facts.yaml"
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        edit(facts, ORIGINAL, EDITED)
        edit(facts, GOOD_QUOTE, BAD_QUOTE)
        await until(lambda: len(admin_messages(api)) == 1)
        (told,) = admin_messages(api)
        assert told.startswith("fact base NOT reloaded: 1 problem(s); still answering from")
        assert f"{facts}:" in told
        assert "citation not found in the article" in told
        assert any(m.startswith(f"{facts}:") for m in caplog.messages)  # logged as file:line

        # Users still get the last good base's answers.
        assert "(edited)" not in (await bot.say(TRADE)).texts()[0]
        assert bot.reloader.catalog.engine is small_engine
        # Many polls later, and after another save with the same mistake: still told once.
        facts.write_text(facts.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        await asyncio.sleep(0.5)
        assert len(admin_messages(api)) == 1

        edit(facts, BAD_QUOTE, GOOD_QUOTE)
        await until(lambda: len(admin_messages(api)) == 2)
        assert admin_messages(api)[1] == f"fact base reloaded: {len(small_engine.base.facts)} facts"
        assert "(edited)" in (await bot.say(TRADE)).texts()[0]


async def test_admin_reload_replies_with_the_summary_or_the_problems(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """/reload reloads at once (also with watching off) and replies how it went."""
    settings = editor_settings(api, small_copy, tmp_path / "data", reload_seconds=0.0)
    async with running_bot(api, small_engine, settings) as bot:
        edit(small_copy / "facts.yaml", ORIGINAL, EDITED)
        reply = await ask_admin(bot, "/reload")
        assert reply == f"fact base reloaded: {len(small_engine.base.facts)} facts"
        assert "(edited)" in (await bot.say(TRADE)).texts()[0]

        edit(small_copy / "facts.yaml", GOOD_QUOTE, BAD_QUOTE)
        reply = await ask_admin(bot, "/reload")
        assert reply.startswith("fact base NOT reloaded: 1 problem(s)")
        assert "facts.yaml:" in reply
        assert "citation not found" in reply
        assert "(edited)" in (await bot.say(TRADE)).texts()[0]


# ------------------------------------------------------------------------------------------
# Admins
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["reload", "unanswered", "stats", "review"])
async def test_admin_commands_are_refused_to_non_admins(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path, command: str
) -> None:
    """Anyone not in ADMIN_IDS gets a polite refusal and nothing else happens."""
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        edit(small_copy / "facts.yaml", ORIGINAL, EDITED)
        exchange = await bot.say(f"/{command}")
        assert exchange.texts() == [REFUSAL.format(command=command)]
        # A group: refused too, and it is the sender that counts, not the chat.
        exchange = await bot.say(f"/{command}", chat=GROUP_CHAT, user=OTHER_USER)
        assert exchange.texts() == [REFUSAL_RU.format(command=command)]
        assert bot.reloader.catalog.engine is small_engine or command != "reload"


async def test_the_sender_is_checked_not_the_chat(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """A non-admin in a chat whose id is an admin's is refused; an admin in a group is served
    /reload."""
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        impostor = await bot.say("/stats", user=OTHER_USER, chat=ADMIN_CHAT)
        assert impostor.texts() == [REFUSAL_RU.format(command="stats")]
        served = await ask_admin(bot, "/reload", chat=GROUP_CHAT)
        assert "facts" in served


async def test_no_admins_configured_means_everyone_is_refused(
    api: FakeTelegram, small_engine: Engine, tmp_path: Path
) -> None:
    """With ADMIN_IDS empty, nobody may reload."""
    async with running_bot(api, small_engine) as bot:
        assert (await bot.say("/reload", user=ADMIN, chat=ADMIN_CHAT)).texts() == [
            REFUSAL.format(command="reload")
        ]


# ------------------------------------------------------------------------------------------
# The unanswered log
# ------------------------------------------------------------------------------------------


async def test_unanswered_questions_are_logged_and_listed(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """Declined questions are recorded (time, text, best candidate and score, chat type, a
    user hash), listed by /unanswered with counts and the closest fact, and by the CLI."""
    data = tmp_path / "data"
    async with editor_bot(api, small_engine, small_copy, data) as bot:
        for text in ["how old is nurtleu?", "How old is Nurtleu", "how old is nurtlue?"]:
            await bot.say(text)
        await bot.say("@VisitTestBot what did they eat at dinner?", chat=GROUP_CHAT)
        await bot.say(TRADE)  # answered confidently: counted, not listed
        await bot.say("hello")  # small talk: not a question

        insights = await bot.recorded()
        rows = insights.store.review_rows()
        assert [r.question for r in rows] == [
            "how old is nurtleu?",
            "How old is Nurtleu",
            "how old is nurtlue?",
            "what did they eat at dinner?",
        ]
        first = rows[0]
        best = small_engine.match(first.question).candidates[0]
        assert (first.best_id, first.best_score) == (best.id, best.score)
        assert first.at > 0
        assert first.closest_id is not None

        reply = await ask_admin(bot, "/unanswered")
        lines = reply.splitlines()
        assert "4 (2 different)" in lines[0]
        assert lines[1] == '  1. 3× "how old is nurtleu?" — declined'
        assert "closest fact:" in reply
        assert '  2. 1× "what did they eat at dinner?" — declined' in lines
        assert "questions asked: 5" in await ask_admin(bot, "/stats")
        assert "a period is like 7d" in await ask_admin(bot, "/stats yesterday")

    with Store(data) as store, store.reading() as connection:
        assert connection is not None
        chat_types = connection.execute(
            "SELECT chat_type, user_hash FROM questions WHERE review = 1 ORDER BY id"
        ).fetchall()
    assert [c for c, _ in chat_types] == ["private"] * 3 + ["supergroup"]
    assert len({u for _, u in chat_types}) == 1
    assert str(USER["id"]) not in {u for _, u in chat_types}

    result = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "bot", "unanswered", "--since", "1d", "--limit", "1"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "BOT_DATA_DIR": str(data),
            "BOT_KNOWLEDGE_DIR": str(small_copy),
            "BOT_CACHE_DIR": str(tmp_path / "cache"),
        },
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert '  1. 3× "how old is nurtleu?" — declined' in result.stdout
    assert "…and 1 more (--limit to see them)" in result.stdout


# ------------------------------------------------------------------------------------------
# Feedback
# ------------------------------------------------------------------------------------------


async def test_feedback_is_acknowledged_and_recorded(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """👍/👎 under an answer: each press is acknowledged and recorded (fact id, vote)."""
    fact_id = small_engine.decide(TRADE).fact_id
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        exchange = await bot.say(TRADE)
        buttons = dict(exchange.buttons())
        assert buttons["👍"] == f"u:en:{fact_id}"
        assert buttons["👎"] == f"d:en:{fact_id}"
        for user, vote in [(USER, "👍"), (OTHER_USER, "👎"), (ADMIN, "👍")]:
            pressed = await bot.press(exchange.last(), buttons[vote], user=user)
            (call,) = pressed.calls
            assert call.method == "answerCallbackQuery"
            assert call.ok
        # Thanked in the answer's language (English here, whatever the voter's client).
        assert [c.params.get("text") for c in api.calls if c.method == "answerCallbackQuery"] == [
            "Thank you for the feedback!"
        ] * 3
        assert api.unanswered_queries() == []
        insights = await bot.recorded()
        (counts,) = [c for c in insights.store.fact_counts() if c.fact_id == fact_id]
        assert (counts.up, counts.down) == (2, 1)
        stats = await ask_admin(bot, "/stats")
        assert f"👍 2    👎 1    {fact_id}" in stats


async def test_feedback_buttons_only_under_answers(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """Declines and small talk get no 👍/👎; a vote for a fact that is gone is out of date."""
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        declined = await bot.say("how old is nurtleu?")
        markup = declined.last().get("reply_markup") or {"inline_keyboard": []}
        labels = [b["text"] for row in markup["inline_keyboard"] for b in row]
        assert "👍" not in labels
        assert "👎" not in labels
        welcome = (await bot.say("/start")).last()
        stale = await bot.press(welcome, "u:en:no-such-fact")
        (call,) = stale.calls
        assert call.params["text"] == "This button is out of date. Please ask your question again."


# ------------------------------------------------------------------------------------------
# Restarts
# ------------------------------------------------------------------------------------------


async def test_the_database_survives_a_restart(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """What one run recorded is there for the next: questions, votes and the users' hashes."""
    data = tmp_path / "data"
    async with editor_bot(api, small_engine, small_copy, data) as bot:
        await bot.say("how old is nurtleu?")
        answer = await bot.say(TRADE)
        await bot.press(answer.last(), dict(answer.buttons())["👎"])
        user_hash = bot.insights.store.user_hash(USER["id"])
    assert (data / DB_FILE).is_file()

    async with editor_bot(api, small_engine, small_copy, data) as bot:
        assert bot.insights.store.user_hash(USER["id"]) == user_hash
        await bot.say("How old is Nurtleu")
        await bot.recorded()
        assert '  1. 2× "how old is nurtleu?" — declined' in await ask_admin(bot, "/unanswered")
        stats = await ask_admin(bot, "/stats")
        assert "questions asked: 3" in stats
        assert "👎 1" in stats


async def test_a_damaged_question_log_gives_the_admin_one_clear_line(
    api: FakeTelegram,
    small_engine: Engine,
    small_copy: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """/stats over a question log that is no longer a database replies with one line saying
    so, and no traceback is logged."""
    data = tmp_path / "data"
    async with editor_bot(api, small_engine, small_copy, data) as bot:
        await bot.say(TRADE)
        await bot.recorded()
        (data / "insights.sqlite3").write_bytes(b"not a database " * 400)
        for suffix in ("-wal", "-shm"):
            (data / f"insights.sqlite3{suffix}").unlink(missing_ok=True)
        reply = await ask_admin(bot, "/stats")
    assert reply.startswith("The question log cannot be read:")
    assert len(reply.splitlines()) == 1
    assert not [r for r in caplog.records if r.exc_info]
