"""Webhook mode, offline: the real application from build_application serves the fake Bot API's
deliveries on 127.0.0.1 — registration, answers, refusals, no polling — in-process and as
`python -m bot run` (SIGTERM, health, start-up errors)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import socket
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from bot_process import ROOT, start_bot
from conftest import BotHarness, settings_for
from fake_telegram import TOKEN, FakeTelegram, Fault

from bot.conversation.answering import ask
from bot.engine import Engine
from bot.tg.app import (
    ALLOWED_UPDATES,
    WEBHOOK_MAX_CONNECTIONS,
    Webhook,
    build_application,
    delivery_of,
    serve,
)

SECRET = "s3cret-for-the-tests_0123456789"  # noqa: S105 (made up)
PATH = "/telegram/updates"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def webhook_on(port: int) -> Webhook:
    """The webhook the tests serve: plain http on loopback, as a local Bot API server allows."""
    return Webhook(
        url=f"http://127.0.0.1:{port}{PATH}",
        path=PATH,
        secret=SECRET,
        listen="127.0.0.1",
        port=port,
    )


@contextlib.asynccontextmanager
async def webhook_bot(api: FakeTelegram, small_engine: Engine) -> AsyncIterator[BotHarness]:
    """Run build_application's application with serve() in webhook mode until the test ends."""
    application = build_application(settings_for(api), small_engine)
    harness = BotHarness(api, application)
    delivery_of(application).listeners.append(harness.mark_done)
    stop = asyncio.Event()
    task = asyncio.create_task(serve(application, stop, webhook=webhook_on(free_port())))
    # The server listens once setWebhook has succeeded; serve() then starts the application.
    async with asyncio.timeout(10):
        while not application.running:  # noqa: ASYNC110 - serve() has no "started" event
            await asyncio.sleep(0.01)
    try:
        yield harness
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


async def test_webhook_is_registered_with_url_and_secret_and_nothing_polls(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """setWebhook gets the URL, the secret and the update types; getUpdates is never called."""
    async with webhook_bot(api, small_engine):
        registered = api.webhook
    assert registered is not None
    assert registered["url"].endswith(PATH)
    assert registered["secret_token"] == SECRET
    assert registered["allowed_updates"] == list(ALLOWED_UPDATES)
    assert registered["max_connections"] == WEBHOOK_MAX_CONNECTIONS
    methods = [c.method for c in api.calls]
    assert "getUpdates" not in methods
    # Stopping leaves the webhook registered (a replacement instance may already use it).
    assert "deleteWebhook" not in methods
    assert api.webhook == registered


async def test_update_with_the_secret_is_answered(api: FakeTelegram, small_engine: Engine) -> None:
    """An update POSTed with the right secret header is accepted (200) and answered."""
    async with webhook_bot(api, small_engine) as bot:
        status = await api.deliver(api.message("who visited belgrade?"))
        reply = await api.wait_for(lambda c: c.method == "sendMessage")
    assert status == 200
    assert reply.ok, reply.description
    assert reply.result["text"].startswith(ask(small_engine, "who visited belgrade?").text)
    assert "<blockquote>¶" in reply.params["text"]
    assert bot.done  # it went through the bot's handlers


@pytest.mark.parametrize(
    "secret", [None, "", "wrong-secret_0123456789"], ids=["none", "empty", "wrong"]
)
async def test_update_without_the_right_secret_is_refused(
    api: FakeTelegram, small_engine: Engine, secret: str | None
) -> None:
    """A POST without the secret header, or with another secret, gets 403 and no answer."""
    async with webhook_bot(api, small_engine) as bot:
        refused = await api.deliver(api.message("who is ivica dacic?"), secret=secret)
        # A good delivery after it: once it is answered, the refused one would have been too.
        accepted = await api.deliver(api.message("who visited belgrade?"))
        await api.wait_for(lambda c: c.method == "sendMessage")
        await asyncio.wait_for(asyncio.gather(*(e.wait() for e in bot.done.values())), 5)
    assert (refused, accepted) == (403, 200)
    sent = [c for c in api.calls if c.method == "sendMessage"]
    assert len(sent) == 1
    assert len(bot.done) == 1
    assert "Belgrade" in sent[0].result["text"]


def _health(cache: Path) -> subprocess.CompletedProcess[str]:
    """`python -m bot health` reading the heartbeat in ``cache``."""
    return subprocess.run(
        [sys.executable, "-m", "bot", "health"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
        check=False,
        env={"PATH": "/usr/bin:/bin", "BOT_CACHE_DIR": str(cache)},
    )


async def test_run_serves_the_webhook_until_sigterm(
    api: FakeTelegram, small_engine: Engine, tmp_path: Path
) -> None:
    """`python -m bot run` with BOT_WEBHOOK_URL registers it, answers a delivery, reports
    healthy while running, and exits 0 on SIGTERM without printing the token or the secret."""
    port = free_port()
    bot = await start_bot(
        api.base_url,
        tmp_path,
        BOT_WEBHOOK_URL=f"http://127.0.0.1:{port}{PATH}",
        BOT_WEBHOOK_SECRET=SECRET,
        BOT_WEBHOOK_LISTEN="127.0.0.1",
        BOT_WEBHOOK_PORT=str(port),
    )
    try:
        await bot.wait_for_output("serving webhook")
        assert await api.deliver(api.message("who visited belgrade?")) == 200
        reply = await api.wait_for(lambda c: c.method == "sendMessage", 10)
        assert await api.deliver(api.message("who visited belgrade?"), secret=None) == 403
        running = await asyncio.to_thread(_health, tmp_path)
    finally:
        bot.process.send_signal(signal.SIGTERM)
    code, output = await bot.finish()
    stopped = await asyncio.to_thread(_health, tmp_path)

    assert code == 0, output[-3000:]
    assert reply.result["text"].startswith(ask(small_engine, "who visited belgrade?").text)
    assert api.webhook is not None
    assert api.webhook["secret_token"] == SECRET
    assert "getUpdates" not in [c.method for c in api.calls]
    assert (running.returncode, stopped.returncode) == (0, 1), running.stderr
    assert running.stdout.startswith("ok: webhook, ")
    assert "not running" in stopped.stderr
    assert "Traceback" not in output  # not even at DEBUG for the refused (403) request
    assert "Calling Bot API endpoint `setWebhook`" in output  # DEBUG shows its parameters…
    assert SECRET not in output  # …with the secret redacted
    assert TOKEN not in output
    assert TOKEN.partition(":")[2] not in output


async def test_refused_webhook_is_one_line_and_exit_2(api: FakeTelegram, tmp_path: Path) -> None:
    """When Telegram refuses setWebhook, `run` says so in one line and exits 2."""
    api.fail("setWebhook", Fault(400, "Bad Request: bad webhook: Failed to resolve host"))
    bot = await start_bot(
        api.base_url,
        tmp_path,
        log_level="INFO",
        BOT_WEBHOOK_URL="http://127.0.0.1:8443/hook",
        BOT_WEBHOOK_SECRET=SECRET,
    )
    code, output = await bot.finish()
    assert code == 2, output[-3000:]
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert errors == [
        # python-telegram-bot capitalizes Telegram's description.
        "error: Telegram refused BOT_WEBHOOK_URL=http://127.0.0.1:8443/hook: "
        "Bad webhook: failed to resolve host"
    ]
    assert "Traceback" not in output


async def test_port_in_use_is_one_line_and_exit_1(api: FakeTelegram, tmp_path: Path) -> None:
    """When the webhook port is taken, `run` says which address in one line and exits 1."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        bot = await start_bot(
            api.base_url,
            tmp_path,
            log_level="INFO",
            BOT_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
            BOT_WEBHOOK_SECRET=SECRET,
            BOT_WEBHOOK_LISTEN="127.0.0.1",
            BOT_WEBHOOK_PORT=str(port),
        )
        code, output = await bot.finish()
    assert code == 1, output[-3000:]
    errors = [line for line in output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith(f"error: cannot listen on 127.0.0.1:{port} ")
    assert "Traceback" not in output


async def test_a_delivery_telegram_repeats_is_answered_once(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """Telegram delivers an update again when it did not see the bot's 200 in time; the bot
    recognises the update id and does not answer twice."""
    async with webhook_bot(api, small_engine) as bot:
        update = {"update_id": 5000, **api.message("who visited belgrade?")}
        assert await api.deliver(update) == 200
        await asyncio.wait_for(bot.done.setdefault(5000, asyncio.Event()).wait(), 5)
        bot.done[5000].clear()
        assert await api.deliver(update) == 200
        await asyncio.wait_for(bot.done[5000].wait(), 5)
    assert len([c for c in api.calls if c.method == "sendMessage"]) == 1
