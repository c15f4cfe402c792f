"""Token hygiene over a whole session: `python -m bot run` at LOG_LEVEL=DEBUG, with failing
polls, retried and refused replies, a handler error, commands, buttons and inline queries —
the token appears nowhere in its output, and no error text ever reaches a user."""

from __future__ import annotations

import signal
from pathlib import Path

from bot_process import start_bot
from fake_telegram import GROUP_CHAT, TOKEN, FakeTelegram, Fault

SECRET = TOKEN.partition(":")[2]


async def test_debug_session_with_errors_never_shows_the_token(
    api: FakeTelegram, tmp_path: Path
) -> None:
    """Every kind of failure the bot logs, at DEBUG: the token is redacted everywhere."""
    api.fail("getUpdates", Fault(500), times=1)  # after start-up's first poll: see below
    bot = await start_bot(api.base_url, tmp_path, log_level="DEBUG")
    try:
        await api.wait_for(lambda c: c.method == "getUpdates" and c.status == 500, 30)
        # Replies: a 500 (retried), a 429 (retried after 1 s), then a 400 (a handler error:
        # logged with its traceback, the user gets the fixed apology) and a 403 for that apology.
        api.fail("sendMessage", Fault(500), times=1)
        api.fail("sendMessage", Fault(429, "Too Many Requests: retry after 1", 1), times=1)
        api.fail("sendMessage", Fault(400, f"Bad Request: can't parse {TOKEN}"), times=1)
        api.fail("sendMessage", Fault(403, f"Forbidden: blocked {TOKEN}"), times=1)
        api.enqueue(api.message("who visited belgrade?"))
        api.enqueue(api.message("who did nurtleu meet?"))
        api.enqueue(api.message("/start"))
        welcome = await api.wait_for(
            lambda c: c.method == "sendMessage" and c.ok and "reply_markup" in c.params, 15
        )
        data = welcome.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        api.enqueue(api.callback(welcome.result, data))
        api.enqueue(api.inline("trade"))
        api.enqueue(api.message("/nonsense"))
        api.enqueue(api.message(voice={"file_id": "v", "file_unique_id": "v", "duration": 3}))
        api.enqueue(api.message("@VisitTestBot who visited belgrade?", chat=GROUP_CHAT))
        await api.wait_for(lambda c: c.method == "answerInlineQuery", 15)
        await api.wait_for(
            lambda c: c.method == "sendMessage" and c.params.get("chat_id") == GROUP_CHAT["id"],
            15,
        )
    finally:
        bot.process.send_signal(signal.SIGTERM)
    code, output = await bot.finish()

    assert code == 0, output[-3000:]
    statuses = {c.status for c in api.calls}
    assert {200, 400, 403, 429, 500} <= statuses
    # DEBUG was on, the errors were logged…
    assert "Set Bot API URL: " in output
    assert "getUpdates failed" in output
    assert "flood control" in output
    assert "Traceback" in output
    assert "<redacted>" in output
    # …and the token appears nowhere, whole or in part.
    assert TOKEN not in output
    assert SECRET not in output
    # Users saw answers and the fixed apology, never an error's text.
    sent = [str(c.params.get("text", "")) for c in api.calls if c.method == "sendMessage"]
    assert sent
    for text in sent:
        assert SECRET not in text
        assert "Bad Request" not in text
        assert "Forbidden" not in text
        assert "Traceback" not in text
