"""/review in Telegram, through the real application and the fake Bot API: one group at a
time with buttons, an accept that edits the fact base and shows check's result, and none of it
in a group chat."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from fake_telegram import GROUP_CHAT, FakeTelegram
from test_tg_editor import ADMIN, ADMIN_CHAT, ask_admin, editor_bot

from bot.engine import Engine
from bot.tg.admin import PRIVATE_ONLY

DECLINED = "what is the minister called"


@pytest.mark.parametrize("command", ["/review", "/unanswered", "/stats"])
async def test_reports_in_a_group_chat_only_say_to_open_a_private_chat(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path, command: str
) -> None:
    """An admin's /review, /unanswered or /stats in a group gets "open a private chat with me
    for that" and nothing else: no question of anyone's is posted there."""
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        await bot.say(DECLINED)  # someone's private question, recorded
        exchange = await bot.say(command, user=ADMIN, chat=GROUP_CHAT)
        assert exchange.texts() == [PRIVATE_ONLY]
        assert DECLINED not in "".join(exchange.texts())


async def test_review_shows_a_group_with_buttons_and_accepting_edits_the_fact(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """/review in a private chat shows the declined question with "add to: …" buttons (at most
    3), "it's a gap" and "ignore"; pressing "add to" adds it to that fact in facts.yaml, replies
    with check's OK, and the reloaded bot then answers the question from that fact."""
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        assert (await bot.say(DECLINED)).texts()  # declined: the small base has no phrasing
        shown = await bot.say("/review", user=ADMIN, chat=ADMIN_CHAT)
        assert f'"{DECLINED}"' in shown.texts()[-1]
        labels = [text for text, _ in shown.buttons()]
        adds = [label for label in labels if label.startswith("add to: ")]
        assert 1 <= len(adds) <= 3
        assert labels[-2:] == ["it's a gap", "ignore"]
        visit = next(f for f in small_engine.base.facts if f.id == "visit")
        data = dict(shown.buttons())[f"add to: {visit.questions[0]}"]
        # Accepting checks the edited base and reloads it: two builds of the engine, which on a
        # loaded machine take longer than an answer; the wait is no latency target.
        pressed = await bot.press(shown.last(), data, seconds=60.0, user=ADMIN)
        reply = "\n".join(pressed.texts())
        assert "added 1 question(s) to fact 'visit'" in reply
        assert "OK: " in reply
        assert "Nothing to review." in reply
        facts = yaml.safe_load((small_copy / "facts.yaml").read_text(encoding="utf-8"))
        visit_questions = next(f for f in facts["facts"] if f["id"] == "visit")["questions"]
        assert visit_questions[-1] == DECLINED
        assert bot.reloader.catalog.engine.decide(DECLINED).fact_id == "visit"


async def test_ignore_hides_the_group_and_shows_the_next(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """Pressing "ignore" hides the group without touching the fact base, and /review moves on."""
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        await bot.say(DECLINED)
        before = (small_copy / "facts.yaml").read_bytes()
        shown = await bot.say("/review", user=ADMIN, chat=ADMIN_CHAT)
        pressed = await bot.press(shown.last(), dict(shown.buttons())["ignore"], user=ADMIN)
        assert f'Ignored: "{DECLINED}".' in pressed.texts()[-1]
        assert "Nothing to review." in await ask_admin(bot, "/review")
        assert (small_copy / "facts.yaml").read_bytes() == before


async def test_review_buttons_are_refused_to_non_admins(
    api: FakeTelegram, small_engine: Engine, small_copy: Path, tmp_path: Path
) -> None:
    """A non-admin pressing a review button changes nothing and the group stays open."""
    async with editor_bot(api, small_engine, small_copy, tmp_path / "data") as bot:
        await bot.say(DECLINED)
        shown = await bot.say("/review", user=ADMIN, chat=ADMIN_CHAT)
        pressed = await bot.press(shown.last(), dict(shown.buttons())["ignore"])
        assert pressed.texts() == []
        assert f'"{DECLINED}"' in await ask_admin(bot, "/review")
