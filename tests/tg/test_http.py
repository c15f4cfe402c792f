"""BotApiRequest, the bot's HTTP client, against small servers on 127.0.0.1 that answer as told."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field

import httpx
import pytest
from telegram.error import NetworkError, TimedOut
from telegram.request import RequestData
from telegram.request._requestparameter import RequestParameter

from bot.tg.flood import surely_not_sent
from bot.tg.http import BotApiRequest, _proxied, _target

OK = b'{"ok":true,"result":true}'


def response(body: bytes = OK, *, headers: str = "") -> bytes:
    """A plain HTTP/1.1 answer with a Content-Length."""
    return (
        f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        f"{headers}\r\n"
    ).encode() + body


@dataclass
class Server:
    """Reads each request (head and Content-Length body) and answers with ``answer``."""

    answer: Callable[[int, bytes, asyncio.StreamWriter], Awaitable[bool]]
    requests: list[bytes] = field(default_factory=list)
    connections: int = 0
    port: int = 0

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = next(
                    int(line.split(b":")[1])
                    for line in head.split(b"\r\n")
                    if line.lower().startswith(b"content-length:")
                )
                request = head + await reader.readexactly(length)
                self.requests.append(request)
                if not await self.answer(len(self.requests), request, writer):
                    break
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot1:x/sendMessage"


@contextlib.asynccontextmanager
async def serving(
    answer: Callable[[int, bytes, asyncio.StreamWriter], Awaitable[bool]],
) -> AsyncIterator[Server]:
    server = Server(answer)
    listener = await asyncio.start_server(server.handle, "127.0.0.1", 0)
    server.port = listener.sockets[0].getsockname()[1]
    try:
        yield server
    finally:
        listener.close()


def data(**params: object) -> RequestData:
    return RequestData([RequestParameter.from_input(k, v) for k, v in params.items()])


async def always_ok(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
    writer.write(response())
    return True


async def test_posts_json_and_keeps_the_connection() -> None:
    """Parameters go as one JSON body (objects as objects); the connection is used again."""
    async with serving(always_ok) as server, BotApiRequest(connection_pool_size=2) as request:
        keyboard = {"inline_keyboard": [[{"text": "ä", "callback_data": "a:1"}]]}
        for _ in range(3):
            status, body = await request.do_request(
                server.url, "POST", data(chat_id=7, text="Привет <b>x</b>", reply_markup=keyboard)
            )
            assert (status, body) == (200, OK)
    assert server.connections == 1
    head, _, body = server.requests[0].partition(b"\r\n\r\n")
    assert head.startswith(b"POST /bot1:x/sendMessage HTTP/1.1\r\n")
    assert b"Content-Type: application/json" in head
    assert json.loads(body) == {"chat_id": 7, "text": "Привет <b>x</b>", "reply_markup": keyboard}


async def test_chunked_and_closing_answers() -> None:
    """A chunked body is put together; ``Connection: close`` is obeyed (a new one next time)."""

    async def answer(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        if n == 1:
            writer.write(
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                b'5;x=y\r\n{"ok"\r\n14\r\n:true,"result":true}\r\n0\r\nTrailer: 1\r\n\r\n'
            )
            return True
        writer.write(response(headers="Connection: close\r\n"))
        return False

    async with serving(answer) as server, BotApiRequest() as request:
        assert await request.do_request(server.url, "POST", data(a=1)) == (200, OK)
        assert await request.do_request(server.url, "POST", data(a=1)) == (200, OK)
        assert server.connections == 1
        assert await request.do_request(server.url, "POST", data(a=1)) == (200, OK)
        assert server.connections == 2


async def test_error_statuses_are_returned_with_their_body() -> None:
    """A 4xx/5xx is the caller's to interpret (python-telegram-bot turns it into its errors)."""
    body = b'{"ok":false,"error_code":429,"parameters":{"retry_after":3}}'

    async def answer(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        writer.write(response(body).replace(b"200 OK", b"429 Too Many Requests"))
        return True

    async with serving(answer) as server, BotApiRequest() as request:
        assert await request.do_request(server.url, "POST", data(a=1)) == (429, body)


async def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    """The server closes after answering (without saying so): the next request opens another
    connection instead of failing on the dead one."""

    async def answer(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        writer.write(response())
        await writer.drain()
        return False  # then close

    async with serving(answer) as server, BotApiRequest() as request:
        for _ in range(3):
            assert await request.do_request(server.url, "POST", data(a=1)) == (200, OK)
            await asyncio.sleep(0.05)  # the close reaches the client
    assert server.connections == 3


async def test_read_timeout_may_have_been_sent() -> None:
    """No answer in time: TimedOut, and not "surely not sent" (sendMessage is not retried)."""

    async def silent(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        await asyncio.sleep(5)
        return False

    async with serving(silent) as server, BotApiRequest() as request:
        with pytest.raises(TimedOut) as caught:
            await request.do_request(server.url, "POST", data(a=1), read_timeout=0.1)
    assert isinstance(caught.value.__cause__, httpx.ReadTimeout)
    assert not surely_not_sent(caught.value)


async def test_disconnect_without_an_answer_may_have_been_sent() -> None:
    async def hang_up(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        return False

    async with serving(hang_up) as server, BotApiRequest() as request:
        with pytest.raises(NetworkError) as caught:
            await request.do_request(server.url, "POST", data(a=1))
    assert isinstance(caught.value.__cause__, httpx.RemoteProtocolError)
    assert not surely_not_sent(caught.value)


async def test_garbage_is_a_network_error() -> None:
    async def garbage(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        writer.write(b"SMTP ready\r\n\r\n")
        return False

    async with serving(garbage) as server, BotApiRequest() as request:
        with pytest.raises(NetworkError, match="malformed"):
            await request.do_request(server.url, "POST", data(a=1))


async def test_refused_connection_is_surely_not_sent() -> None:
    async with serving(always_ok) as server:
        url = server.url
    async with BotApiRequest() as request:
        with pytest.raises(NetworkError) as caught:
            await request.do_request(url, "POST", data(a=1))
    assert isinstance(caught.value.__cause__, httpx.ConnectError)
    assert surely_not_sent(caught.value)


async def test_pool_timeout_is_surely_not_sent() -> None:
    """With every connection busy past ``pool_timeout``: TimedOut, request not sent."""
    release = asyncio.Event()

    async def slow(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        await release.wait()
        writer.write(response())
        return True

    async with serving(slow) as server, BotApiRequest(connection_pool_size=1) as request:
        first = asyncio.create_task(request.do_request(server.url, "POST", data(a=1)))
        await asyncio.sleep(0.05)
        with pytest.raises(TimedOut) as caught:
            await request.do_request(server.url, "POST", data(a=2), pool_timeout=0.05)
        assert isinstance(caught.value.__cause__, httpx.PoolTimeout)
        assert surely_not_sent(caught.value)
        release.set()
        assert await first == (200, OK)
        # The place is free again, and the connection kept.
        assert await request.do_request(server.url, "POST", data(a=3)) == (200, OK)
    assert server.connections == 1


async def test_a_cancelled_request_frees_its_place() -> None:
    async def silent(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        await asyncio.sleep(5)
        return False

    async with serving(silent) as server, BotApiRequest(connection_pool_size=1) as request:
        task = asyncio.create_task(request.do_request(server.url, "POST", data(a=1)))
        await asyncio.sleep(0.05)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        with pytest.raises(TimedOut) as caught:  # a place, a new connection, no answer
            await request.do_request(server.url, "POST", data(a=2), read_timeout=0.05)
        assert isinstance(caught.value.__cause__, httpx.ReadTimeout)


def test_targets_and_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """URLs are split once; a proxy named in the environment sends the host to httpx."""
    target = _target("https://api.example.org/bot1:x/getMe")
    assert (target.origin.port, target.path, target.host_header) == (
        443,
        "/bot1:x/getMe",
        "api.example.org",
    )
    assert _target("http://[::1]:8081/bot1/getMe").host_header == "[::1]:8081"
    with pytest.raises(ValueError, match="http"):
        _target("ftp://example.org/x")
    for name in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    assert not _proxied(target.origin)
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    assert _proxied(target.origin)
    monkeypatch.setenv("NO_PROXY", "api.example.org")
    assert not _proxied(target.origin)


async def test_an_answer_announcing_too_much_is_a_network_error() -> None:
    """A Content-Length or chunks over MAX_RESPONSE_BYTES end the request with a network error
    at once, before anything that large is read."""

    async def huge(n: int, request: bytes, writer: asyncio.StreamWriter) -> bool:
        if n == 1:
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 99999999999\r\n\r\n")
        else:
            writer.write(b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFF\r\n")
        return n == 1

    async with serving(huge) as server, BotApiRequest() as request:
        with pytest.raises(NetworkError, match="over"):
            await request.do_request(server.url, "POST", data(a=1))
        with pytest.raises(NetworkError, match="over"):
            await request.do_request(server.url, "POST", data(a=1))
