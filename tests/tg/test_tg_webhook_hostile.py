"""The webhook exposed to anyone (issue 14, row 10): requests without the secret refused before
their body is read, bodies over 1 MB refused unread, slow connections closed, bad JSON a 400
with one log line, and an update delivered several times at once answered once."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from urllib.parse import urlsplit

import pytest
from fake_telegram import FakeTelegram
from test_tg_webhook import PATH, SECRET, webhook_bot

from bot.engine import Engine
from bot.tg.app import WEBHOOK_MAX_CONNECTIONS
from bot.tg.webhook import (
    BODY_TIMEOUT_SECONDS,
    HEADER_TIMEOUT_SECONDS,
    MAX_BODY_BYTES,
    MAX_CONNECTIONS,
    Connections,
)

#: Seconds within which the server must answer a request whose body it should not read.
PROMPT_SECONDS = 3.0


async def _connect(api: FakeTelegram) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    assert api.webhook is not None
    url = urlsplit(api.webhook["url"])
    assert url.hostname is not None
    assert url.port is not None
    return await asyncio.open_connection(url.hostname, url.port)


def _head(length: int | None, *, secret: str | None = SECRET, chunked: bool = False) -> bytes:
    lines = [f"POST {PATH} HTTP/1.1", "Host: 127.0.0.1", "Content-Type: application/json"]
    if secret is not None:
        lines.append(f"X-Telegram-Bot-Api-Secret-Token: {secret}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def _status_then_closed(reader: asyncio.StreamReader) -> int:
    """The status of the answer, once the server has also closed the connection."""
    async with asyncio.timeout(PROMPT_SECONDS):
        answer = await reader.read()  # until the server closes it
    return int(answer.split(b" ", 2)[1])


@pytest.mark.parametrize("secret", [None, "wrong-secret_0123456789"], ids=["none", "wrong"])
async def test_no_secret_is_refused_before_the_body_is_sent(
    api: FakeTelegram, small_engine: Engine, secret: str | None
) -> None:
    """Headers announcing 10 MB without the secret: 403 at once, without waiting for (or
    reading) the body, and the connection is closed."""
    async with webhook_bot(api, small_engine):
        reader, writer = await _connect(api)
        writer.write(_head(10 * 1024 * 1024, secret=secret))
        await writer.drain()
        status = await _status_then_closed(reader)
        writer.close()
    assert status == 403


async def test_a_body_over_the_limit_is_refused_unread(
    api: FakeTelegram, small_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """With the secret, a Content-Length over 1 MB is 413 before the body is sent; a chunked
    body is refused as soon as it passes the limit."""
    async with webhook_bot(api, small_engine):
        reader, writer = await _connect(api)
        writer.write(_head(MAX_BODY_BYTES + 1))
        await writer.drain()
        announced = await _status_then_closed(reader)
        writer.close()

        reader, writer = await _connect(api)
        status = asyncio.create_task(reader.readline())
        writer.write(_head(None, chunked=True))
        chunk = b"x" * 65536
        with contextlib.suppress(ConnectionError):  # the server closes it past the limit
            for _ in range(2 * MAX_BODY_BYTES // len(chunk)):
                writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                await writer.drain()
        try:
            async with asyncio.timeout(PROMPT_SECONDS):
                line = await status
            chunked = int(line.split(b" ", 2)[1])
        except ConnectionError:  # closed with the rest unread: the 413 may be lost in the reset
            chunked = 413
        writer.close()
    assert any("over 1048576 bytes refused" in r.getMessage() for r in caplog.records)
    assert (announced, chunked) == (413, 413)


async def test_slow_connections_are_closed(api: FakeTelegram, small_engine: Engine) -> None:
    """Connections that trickle their headers, or their body, are closed after the timeouts
    (the old server kept 500 of them open for good)."""
    async with webhook_bot(api, small_engine):
        slow_headers = [await _connect(api) for _ in range(20)]
        for _, writer in slow_headers:
            writer.write(b"POST " + PATH.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        slow_bodies = [await _connect(api) for _ in range(5)]
        for _, writer in slow_bodies:
            writer.write(_head(1000) + b'{"update_id": ')
        start = time.monotonic()

        async def closed(reader: asyncio.StreamReader) -> float:
            await reader.read()
            return time.monotonic() - start

        bound = max(HEADER_TIMEOUT_SECONDS, BODY_TIMEOUT_SECONDS) + 3
        async with asyncio.timeout(bound):
            after = await asyncio.gather(*(closed(r) for r, _ in slow_headers + slow_bodies))
        for _, writer in slow_headers + slow_bodies:
            writer.close()
    assert max(after) <= bound


async def test_bad_json_with_the_secret_is_400_and_one_line(
    api: FakeTelegram, small_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """Not JSON, or JSON without an update_id: 400, one log line each, no traceback; the server
    goes on answering."""
    caplog.set_level(logging.DEBUG)
    async with webhook_bot(api, small_engine):
        statuses = []
        for body in (b"this is not json", b"\xff\xfe{", b"[1, 2]", b'{"update_id": "7"}'):
            reader, writer = await _connect(api)
            writer.write(_head(len(body)) + body)
            await writer.drain()
            async with asyncio.timeout(PROMPT_SECONDS):
                statuses.append(int((await reader.readline()).split(b" ", 2)[1]))
            writer.close()
        good = await api.deliver(api.message("who visited belgrade?"))
        await api.wait_for(lambda c: c.method == "sendMessage")
    assert statuses == [400, 400, 400, 400]
    assert good == 200
    webhook_lines = [r for r in caplog.records if r.name == "bot.tg.webhook"]
    assert len(webhook_lines) == 4, [r.getMessage() for r in webhook_lines]
    assert not [r for r in caplog.records if r.exc_info]


async def test_the_same_update_posted_concurrently_is_answered_once(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """Five concurrent deliveries of one update_id: all accepted (Telegram must not retry),
    one answer."""
    async with webhook_bot(api, small_engine) as bot:
        update = {"update_id": 7000, **api.message("who visited belgrade?")}
        statuses = await asyncio.gather(*(api.deliver(dict(update)) for _ in range(5)))
        await asyncio.wait_for(bot.done.setdefault(7000, asyncio.Event()).wait(), 5)
        await api.wait_for(lambda c: c.method == "sendMessage")
        await asyncio.sleep(0.5)  # time for a second answer, were there one
    assert statuses == [200] * 5
    assert len([c for c in api.calls if c.method == "sendMessage"]) == 1


def test_limits_are_bounded() -> None:
    """The documented numbers (docs/operations.md)."""
    assert MAX_BODY_BYTES == 1024 * 1024
    assert 0 < HEADER_TIMEOUT_SECONDS <= 10
    assert 0 < BODY_TIMEOUT_SECONDS <= 10
    assert WEBHOOK_MAX_CONNECTIONS < MAX_CONNECTIONS <= 200


def open_fds() -> int:
    """File descriptors this process has open (the fake, the bot's server, and the clients)."""
    return len(os.listdir("/proc/self/fd"))


async def test_500_idle_or_slow_connections_are_capped_and_a_delivery_gets_through(
    api: FakeTelegram, small_engine: Engine
) -> None:
    """500 connections that send nothing, or half their headers, hold at most MAX_CONNECTIONS
    of the server's file descriptors (the rest are closed at once, long before the header
    timeout), and a delivery with the secret is still accepted and answered at once (before:
    all 500 stayed open until the timeout)."""
    async with webhook_bot(api, small_engine) as bot:
        before = open_fds()
        idle = [await _connect(api) for _ in range(500)]
        for n, (_, writer) in enumerate(idle):
            if n % 2:
                writer.write(f"POST {PATH} HTTP/1.1\r\nHost: 127.0.0.1\r\n".encode())
        closed_by_server = 0

        async def closed(reader: asyncio.StreamReader) -> None:
            nonlocal closed_by_server
            with contextlib.suppress(ConnectionError):
                await reader.read()
            closed_by_server += 1

        watchers = [asyncio.create_task(closed(r)) for r, _ in idle]
        async with asyncio.timeout(HEADER_TIMEOUT_SECONDS / 2):  # the cap, not the timeout
            while closed_by_server < 500 - MAX_CONNECTIONS:  # noqa: ASYNC110 - sockets, no event
                await asyncio.sleep(0.02)
        held = open_fds() - before  # the 500 clients' own sockets, and the server's ends
        started = time.monotonic()
        status = await api.deliver(api.message("who visited belgrade?"))
        await asyncio.wait_for(asyncio.gather(*(e.wait() for e in bot.done.values())), 5)
        took = time.monotonic() - started
        for task in watchers:
            task.cancel()
        for _, writer in idle:
            writer.close()
    assert held <= 500 + MAX_CONNECTIONS + 10, held
    assert status == 200
    assert took < 2.0, took
    assert len([c for c in api.calls if c.method == "sendMessage" and c.ok]) == 1


class _Stream:
    """Stands in for a tornado IOStream: records that it was closed."""

    closed = False

    def close(self) -> None:
        self.closed = True


def test_the_cap_closes_the_oldest_connection_without_the_secret_first(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """At the cap, a new connection closes the oldest that has not shown the secret; when every
    open one has shown it, the new one is refused; one log line a minute at most."""
    now = [0.0]
    connections = Connections(3, clock=lambda: now[0])
    first, second, third, fourth, fifth = (_Stream() for _ in range(5))
    for stream in (first, second, third):
        assert connections.admit(stream)
    connections.trust(first)
    assert connections.admit(fourth)
    assert (first.closed, second.closed) == (False, True)
    connections.trust(third)
    connections.trust(fourth)
    assert not connections.admit(fifth)
    assert (len(connections), connections.evicted, connections.refused) == (3, 1, 1)
    connections.closed(first)
    assert connections.admit(fifth)
    assert len([r for r in caplog.records if "(the cap)" in r.getMessage()]) == 1
    now[0] = 61.0
    assert connections.admit(_Stream())  # room made: the fifth had not shown the secret
    assert fifth.closed
    assert len([r for r in caplog.records if "(the cap)" in r.getMessage()]) == 2
