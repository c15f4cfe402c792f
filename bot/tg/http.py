"""HTTP for the Bot API: keep-alive POSTs with JSON bodies, and little else per request.

python-telegram-bot's default request class (``HTTPXRequest``: httpx → httpcore → anyio) costs
more CPU per call than the whole answer it carries: httpcore checks every idle connection of
its pool on each request (a ``getpeername`` and a ``poll`` per connection, through anyio's
attribute dictionaries), httpx builds URL, header and cookie objects, and each form field is
URL-encoded in Python. Measured in docs/performance.md ("CPU per answer"). The bot makes one
kind of request — a POST of a few JSON parameters to one host — so :class:`BotApiRequest`
does just that on asyncio streams: one write per request, the response read by its
``Content-Length`` (or chunked), the connection kept for the next request. An idle connection
the server has closed is noticed by the event loop itself (the stream is at EOF): no system
call per connection per request.

What it does not do it hands to ``HTTPXRequest``, unchanged: uploads (multipart), GETs (file
downloads), and hosts that the environment says to reach through a proxy (``HTTPS_PROXY``,
``ALL_PROXY``…, as httpx honours them).

Errors are what ``HTTPXRequest`` raises — :class:`~telegram.error.TimedOut` or
:class:`~telegram.error.NetworkError` — with an httpx exception of the same meaning as their
``__cause__`` (``PoolTimeout``, ``ConnectTimeout`` and ``ConnectError``: the request surely
never left; ``ReadTimeout``, ``RemoteProtocolError``…: it may have), so
:func:`bot.tg.flood.surely_not_sent` tells them apart as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import ssl
import time
import urllib.parse
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import httpx
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData

#: Seconds an idle connection is kept for the next request (httpx's default keep-alive).
KEEPALIVE_SECONDS = 5.0
#: Longest response head (status line and headers) accepted, in bytes.
MAX_HEAD_BYTES = 64 * 1024


class _Origin(NamedTuple):
    scheme: str
    host: str
    port: int


class _Target(NamedTuple):
    origin: _Origin
    #: The request line's path (with any query) and the Host header.
    path: str
    host_header: str


@lru_cache(maxsize=256)
def _target(url: str) -> _Target:
    """``url`` split once (the bot posts to a handful of URLs, again and again)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    default = 443 if parts.scheme == "https" else 80
    port = parts.port or default
    host = parts.hostname
    shown = f"[{host}]" if ":" in host else host
    host_header = shown if port == default else f"{shown}:{port}"
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return _Target(_Origin(parts.scheme, host, port), path, host_header)


def _proxied(origin: _Origin) -> bool:
    """Whether the environment names a proxy for ``origin`` (then httpx takes the request)."""
    proxies = urllib.request.getproxies()
    if not (proxies.get(origin.scheme) or proxies.get("all")):
        return False
    return not urllib.request.proxy_bypass(origin.host)


@dataclass(eq=False)
class _Connection:
    reader: asyncio.StreamReader
    writer: asyncio.StreamWriter
    idle_since: float = 0.0

    def usable(self, now: float) -> bool:
        """Still open at the other end, nothing unexpected waiting, and not idle too long."""
        return (
            now - self.idle_since < KEEPALIVE_SECONDS
            and not self.reader.at_eof()
            and not self.writer.transport.is_closing()
        )

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.writer.close()


@dataclass(eq=False)
class _Pool:
    """Connections to one origin: at most ``size`` open, the idle ones newest last."""

    origin: _Origin
    size: int
    slots: asyncio.Semaphore = field(init=False)
    idle: deque[_Connection] = field(default_factory=deque)

    def __post_init__(self) -> None:
        self.slots = asyncio.Semaphore(self.size)


class BotApiRequest(BaseRequest):
    """A :class:`~telegram.request.BaseRequest` for the Bot API: POSTs with a JSON body over
    kept-alive HTTP/1.1 connections, at most ``connection_pool_size`` of them per host.

    The timeouts are those of ``HTTPXRequest``, with the same defaults and meaning: waiting for
    a free connection (``pool_timeout``), opening one, writing the request, reading the answer.
    """

    def __init__(
        self,
        connection_pool_size: int = 1,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
    ) -> None:
        self._size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._pools: dict[_Origin, _Pool | None] = {}
        self._httpx: HTTPXRequest | None = None
        self._ssl: ssl.SSLContext | None = None
        self._closed = False

    @property
    def read_timeout(self) -> float | None:
        """The read timeout used when a call does not give one."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Ready for requests (connections are opened when needed)."""
        self._closed = False
        if self._httpx is not None:
            await self._httpx.initialize()

    async def shutdown(self) -> None:
        """Close the idle connections; those in use close when their request ends."""
        self._closed = True
        for pool in self._pools.values():
            while pool is not None and pool.idle:
                pool.idle.pop().close()
        self._pools.clear()
        if self._httpx is not None:
            await self._httpx.shutdown()

    def _fallback(self) -> HTTPXRequest:
        if self._httpx is None:
            self._httpx = HTTPXRequest(
                connection_pool_size=self._size,
                read_timeout=self._read_timeout,
                write_timeout=self._write_timeout,
                connect_timeout=self._connect_timeout,
                pool_timeout=self._pool_timeout,
            )
        return self._httpx

    def _pool(self, origin: _Origin) -> _Pool | None:
        if origin not in self._pools:
            self._pools[origin] = None if _proxied(origin) else _Pool(origin, self._size)
        return self._pools[origin]

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; the HTTP status and the body of the answer."""
        if self._closed:
            raise RuntimeError("This BotApiRequest is not initialized!")
        target = _target(url)
        pool = self._pool(target.origin)
        read = _seconds(read_timeout, self._read_timeout)
        write = _seconds(write_timeout, self._write_timeout)
        connect = _seconds(connect_timeout, self._connect_timeout)
        wait = _seconds(pool_timeout, self._pool_timeout)
        if pool is None or method != "POST" or (request_data and request_data.contains_files):
            return await self._fallback().do_request(
                url, method, request_data, read, write, connect, wait
            )
        body = (
            json.dumps(request_data.parameters, ensure_ascii=False).encode()
            if request_data is not None
            else b"{}"
        )
        message = (
            f"POST {target.path} HTTP/1.1\r\nHost: {target.host_header}\r\n"
            f"User-Agent: {self.USER_AGENT}\r\nAccept: application/json\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        connection = await self._acquire(pool, wait, connect)
        reusable = False
        try:
            status, payload, reusable = await self._exchange(connection, message, write, read)
        finally:
            self._release(pool, connection, reusable)
        return status, payload

    async def _acquire(
        self, pool: _Pool, pool_timeout: float | None, connect_timeout: float | None
    ) -> _Connection:
        """A connection of ``pool``: an idle one, else a new one (waiting for a free place)."""
        if pool.slots.locked():
            try:
                async with asyncio.timeout(pool_timeout):
                    await pool.slots.acquire()
            except TimeoutError as exc:
                raise TimedOut(
                    "Pool timeout: All connections in the connection pool are occupied. "
                    "Request was *not* sent to Telegram."
                ) from httpx.PoolTimeout(str(exc) or "pool timeout")
        else:
            await pool.slots.acquire()  # a place is free: returns at once
        now = time.monotonic()
        while pool.idle:
            connection = pool.idle.pop()
            if connection.usable(now):
                return connection
            connection.close()
        try:
            return await self._connect(pool.origin, connect_timeout)
        except BaseException:
            pool.slots.release()
            raise

    async def _connect(self, origin: _Origin, seconds: float | None) -> _Connection:
        context = None
        if origin.scheme == "https":
            if self._ssl is None:
                self._ssl = httpx.create_ssl_context()
            context = self._ssl
        try:
            async with asyncio.timeout(seconds):
                reader, writer = await asyncio.open_connection(
                    origin.host,
                    origin.port,
                    ssl=context,
                    server_hostname=origin.host if context else None,
                    limit=MAX_HEAD_BYTES,
                )
        except TimeoutError as exc:
            raise TimedOut from httpx.ConnectTimeout(str(exc) or "connect timeout")
        except OSError as exc:
            refused = httpx.ConnectError(str(exc))
            raise NetworkError(f"httpx.ConnectError: {refused}") from refused
        return _Connection(reader, writer)

    def _release(self, pool: _Pool, connection: _Connection, reusable: bool) -> None:
        if reusable and not self._closed and self._pools.get(pool.origin) is pool:
            now = time.monotonic()
            connection.idle_since = now
            pool.idle.append(connection)
            while pool.idle and not pool.idle[0].usable(now):  # the oldest first
                pool.idle.popleft().close()
        else:
            connection.close()
        pool.slots.release()

    async def _exchange(
        self,
        connection: _Connection,
        message: bytes,
        write_timeout: float | None,
        read_timeout: float | None,
    ) -> tuple[int, bytes, bool]:
        """Write ``message``, read the answer: (status, body, whether to keep the connection)."""
        writer = connection.writer
        try:
            writer.write(message)
            if writer.transport.get_write_buffer_size():  # not all of it went out at once
                async with asyncio.timeout(write_timeout):
                    await writer.drain()
        except TimeoutError as exc:
            raise TimedOut from httpx.WriteTimeout(str(exc) or "write timeout")
        except OSError as exc:
            unwritten = httpx.WriteError(str(exc))
            raise NetworkError(f"httpx.WriteError: {unwritten}") from unwritten
        try:
            async with asyncio.timeout(read_timeout):
                return await _read_response(connection.reader)
        except TimeoutError as exc:
            raise TimedOut from httpx.ReadTimeout(str(exc) or "read timeout")
        except asyncio.IncompleteReadError as exc:
            cut = httpx.RemoteProtocolError(
                "Server disconnected in the middle of a response."
                if exc.partial
                else "Server disconnected without sending a response."
            )
            raise NetworkError(f"httpx.RemoteProtocolError: {cut}") from cut
        except (ValueError, asyncio.LimitOverrunError) as exc:
            malformed = httpx.RemoteProtocolError(f"malformed response: {exc}")
            raise NetworkError(f"httpx.RemoteProtocolError: {malformed}") from malformed
        except OSError as exc:
            unread = httpx.ReadError(str(exc))
            raise NetworkError(f"httpx.ReadError: {unread}") from unread


def _seconds(value: object, default: float | None) -> float | None:
    """A timeout given to a call, or ``default`` when the call gave none."""
    if isinstance(value, type(BaseRequest.DEFAULT_NONE)):
        return default
    if value is None or isinstance(value, int | float):
        return value
    raise TypeError(f"a timeout must be a number of seconds or None, not {value!r}")


#: The largest answer read from the Bot API (getUpdates with 100 updates is well under 1 MB): a
#: broken or hostile endpoint announcing more gets a network error, not the bot's memory.
MAX_RESPONSE_BYTES = 16 * 1024 * 1024


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """One HTTP/1.x response from ``reader``: (status, body, keep the connection)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    version, _, rest = lines[0].partition(" ")
    if not version.startswith("HTTP/1.") or len(rest) < 3 or not rest[:3].isdigit():
        raise ValueError(f"status line {lines[0][:100]!r}")
    status = int(rest[:3])
    length: int | None = None
    chunked = False
    keep = version == "HTTP/1.1"
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ValueError(f"header line {line[:100]!r}")
        name = name.strip().lower()
        if name == "content-length":
            length = int(value.strip())
            if length < 0:
                raise ValueError("negative Content-Length")
            if length > MAX_RESPONSE_BYTES:
                raise ValueError(f"Content-Length {length} over {MAX_RESPONSE_BYTES} bytes")
        elif name == "transfer-encoding":
            chunked = "chunked" in value.lower()
        elif name == "connection":
            tokens = {t.strip() for t in value.lower().split(",")}
            keep = "close" not in tokens and (keep or "keep-alive" in tokens)
    if status in (204, 304) or 100 <= status < 200:
        return status, b"", keep
    if chunked:
        return status, await _read_chunked(reader), keep
    if length is not None:
        return status, await reader.readexactly(length), keep
    body = await reader.read(MAX_RESPONSE_BYTES + 1)  # until the server closes
    if len(body) > MAX_RESPONSE_BYTES:
        raise ValueError(f"answer over {MAX_RESPONSE_BYTES} bytes")
    return status, body, False


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    total = 0
    while True:
        line = await reader.readuntil(b"\r\n")
        size = int(line.split(b";", 1)[0].strip(), 16)
        total += size
        if total > MAX_RESPONSE_BYTES:
            raise ValueError(f"chunked answer over {MAX_RESPONSE_BYTES} bytes")
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        if await reader.readexactly(2) != b"\r\n":
            raise ValueError("chunk without its CRLF")
