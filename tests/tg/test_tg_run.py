"""`python -m bot run` as a process against the fake Bot API: start-up, an answer, signals,
exit codes for configuration mistakes, and the token absent from all output at DEBUG."""

from __future__ import annotations

import signal
import socket
from pathlib import Path

import pytest
from bot_process import start_bot
from fake_telegram import TOKEN, FakeTelegram

from bot.conversation.answering import ask
from bot.engine import Engine

SECRET = TOKEN.partition(":")[2]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
async def test_run_answers_and_stops_cleanly_without_leaking_the_token(
    api: FakeTelegram, small_engine: Engine, signum: signal.Signals, tmp_path: Path
) -> None:
    """The bot process starts up, answers a question, exits 0 on a signal, never prints the token."""
    bot = await start_bot(api.base_url, tmp_path)
    try:
        await api.wait_for(lambda c: c.method == "getUpdates", 30, finished=False)
        update_id = api.enqueue(api.message("who visited belgrade?"))
        reply = await api.wait_for(lambda c: c.method == "sendMessage", 10)
    finally:
        bot.process.send_signal(signum)
    code, output = await bot.finish()

    assert code == 0, output[-3000:]
    startup = [c.method for c in api.calls[:6]]
    assert startup[0] == "getMe"
    assert {"setMyCommands", "deleteWebhook", "getUpdates"} <= set(startup)
    assert reply.result["text"].startswith(ask(small_engine, "who visited belgrade?").text)
    assert "<blockquote>¶" in reply.params["text"]
    assert api.confirmed == update_id + 1
    assert "Traceback" not in output
    # DEBUG really was on (python-telegram-bot logged its API URL, redacted)…
    assert "Set Bot API URL: " in output
    assert "/bot<redacted>" in output
    # …and the token appears nowhere, whole or in part.
    assert TOKEN not in output
    assert SECRET not in output


async def test_rejected_token_is_one_line_and_exit_2(api: FakeTelegram, tmp_path: Path) -> None:
    """A well-formed token that Telegram rejects (401) is one clear line, exit 2, no traceback."""
    other = "987654321:BBH-another-token-unknown_0123456789"
    bot = await start_bot(api.base_url, tmp_path, token=other)
    code, output = await bot.finish()
    assert code == 2
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather "
        "(and TELEGRAM_API_BASE_URL, if you set it)"
    ]
    assert "Traceback" not in output
    assert other not in output
    assert other.partition(":")[2] not in output
    assert [c.method for c in api.calls] == []  # the fake refused it before recording: 401


@pytest.mark.slow
async def test_unreachable_api_is_one_line_and_exit_1(tmp_path: Path) -> None:
    """When the Bot API cannot be reached, the bot says so in one line and exits 1."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    bot = await start_bot(f"http://127.0.0.1:{port}/bot", tmp_path, log_level="INFO")
    code, output = await bot.finish()
    assert code == 1
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith(
        f"error: cannot reach the Telegram Bot API at http://127.0.0.1:{port}"
    )
    assert "Traceback" not in output
    assert TOKEN not in output
