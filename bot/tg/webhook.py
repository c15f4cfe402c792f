"""The webhook's HTTP server: Telegram POSTs each update here (tornado, as python-telegram-bot's
own server, but hardened for a port exposed to anyone).

What is refused, and when (docs/operations.md "Webhook mode"):

- **403** without the right ``X-Telegram-Bot-Api-Secret-Token``, decided from the headers alone
  (the handler streams its body, so :meth:`UpdateHandler.prepare` runs before any of the body is
  read): the body is never buffered, and the connection is closed after the answer.
- **413** for a body over :data:`MAX_BODY_BYTES`, decided from ``Content-Length`` before the
  body is read (or while a chunked body arrives): at most that much is ever held.
- Connections that send their headers slower than :data:`HEADER_TIMEOUT_SECONDS`, or their
  body slower than :data:`BODY_TIMEOUT_SECONDS`, are closed; so are idle keep-alive connections
  after :data:`HEADER_TIMEOUT_SECONDS`.
- At most :data:`MAX_CONNECTIONS` connections are open at once. One more closes the oldest open
  connection that has not shown the secret (idle, or still sending its headers), so idle or
  slow connections can neither use up memory and file descriptors nor keep Telegram out; when
  every open connection has shown the secret, the new one is closed at once, unread.
- **400** for a body that is not a JSON object with an integer ``update_id``: one log line,
  no traceback. An update python-telegram-bot cannot parse is skipped by the inbox (one line)
  and answered 200, so Telegram does not deliver it again and again.
- Anything else is an update: it is written to the inbox (:meth:`Delivery.receive`) and only
  then answered 200. The same update delivered twice — even concurrently — is answered once.
"""

from __future__ import annotations

import hmac
import json
import logging
import time
from collections.abc import Callable
from typing import Any, Protocol

import tornado.web
from tornado.http1connection import HTTP1ServerConnection
from tornado.httpserver import HTTPServer
from tornado.iostream import IOStream

from bot.tg.delivery import Delivery

log = logging.getLogger(__name__)

#: The header in which Telegram sends the secret given to setWebhook.
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 (a header name)
#: Largest body accepted, in bytes. Telegram's updates are a few kB (a message is at most 4,096
#: characters, plus entities and the reply it answers).
MAX_BODY_BYTES = 1024 * 1024
#: Seconds a connection may take to send a request's headers (and may stay idle between
#: requests) before it is closed.
HEADER_TIMEOUT_SECONDS = 10.0
#: Seconds a connection may take to send a request's whole body before it is closed.
BODY_TIMEOUT_SECONDS = 10.0
#: Connections open at once, at most: well above the 40 Telegram may open (the max_connections
#: given to setWebhook), so that Telegram's own always fit; each costs a file descriptor and a
#: few kB.
MAX_CONNECTIONS = 100
#: Seconds between two log lines about connections closed for the cap.
CAP_LOG_SECONDS = 60.0


class Closable(Protocol):
    """A connection's stream, as :class:`Connections` sees it."""

    def close(self) -> None:
        """Close it (its file descriptor with it)."""


class Connections:
    """The server's open connections, oldest first, each marked once it has shown the secret.

    :meth:`admit` makes room for a new one by closing the oldest that has not shown the secret;
    when all have, it refuses the new one. Closing a stream costs no read and no buffer.
    """

    def __init__(
        self, cap: int = MAX_CONNECTIONS, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.cap = cap
        self._clock = clock
        self._open: dict[Closable, bool] = {}  # stream -> has shown the secret
        #: Connections closed to make room, and new ones refused, since the start.
        self.evicted = 0
        self.refused = 0
        self._logged_at: float | None = None
        self._logged_count = 0

    def __len__(self) -> int:
        return len(self._open)

    def admit(self, stream: Closable) -> bool:
        """Whether to serve ``stream``: True once there is room (made if need be)."""
        if len(self._open) >= self.cap and not self._evict():
            self.refused += 1
            self._note()
            return False
        self._open[stream] = False
        return True

    def trust(self, stream: Closable | None) -> None:
        """``stream`` has shown the secret: never closed to make room."""
        if stream is not None and stream in self._open:
            self._open[stream] = True

    def closed(self, stream: Closable) -> None:
        """``stream`` is gone."""
        self._open.pop(stream, None)

    def _evict(self) -> bool:
        for stream, trusted in self._open.items():
            if not trusted:
                del self._open[stream]
                stream.close()
                self.evicted += 1
                self._note()
                return True
        return False

    def _note(self) -> None:
        """One WARNING line at most every :data:`CAP_LOG_SECONDS`, with the counts."""
        now = self._clock()
        if self._logged_at is not None and now - self._logged_at < CAP_LOG_SECONDS:
            return
        closed = self.evicted + self.refused
        log.warning(
            "webhook: %d connections open (the cap); %d more closed without being read (%d in all)",
            self.cap,
            closed - self._logged_count,
            closed,
        )
        self._logged_at, self._logged_count = now, closed


class _CappedServer(HTTPServer):
    """tornado's HTTPServer, holding at most ``connections.cap`` connections."""

    connections: Connections

    def handle_stream(self, stream: IOStream, address: tuple[Any, ...]) -> None:
        if not self.connections.admit(stream):
            stream.close()
            return
        super().handle_stream(stream, address)

    def on_close(self, server_conn: object) -> None:
        if isinstance(server_conn, HTTP1ServerConnection):
            self.connections.closed(server_conn.stream)
        super().on_close(server_conn)


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    """One delivery: headers checked first, the body collected up to the limit, then the inbox."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(
        self, delivery: Delivery, secret: str, max_body: int, connections: Connections
    ) -> None:
        self._delivery = delivery
        self._connections = connections
        self._secret = secret.encode()
        self._max_body = max_body
        self._chunks: list[bytes] = []
        self._size = 0

    def prepare(self) -> None:
        """Runs once the headers are in, before any of the body is read."""
        given = self.request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self._secret):
            log.debug("webhook: a request from %s without the secret; 403", self.request.remote_ip)
            self._refuse(403)
            return
        self._connections.trust(getattr(self.request.connection, "stream", None))
        length = self.request.headers.get("Content-Length")
        if length is not None and (not length.isascii() or not length.isdigit()):
            self._refuse(400)
            return
        if length is not None and int(length) > self._max_body:
            log.warning("webhook: a body of %s bytes refused (over %d)", length, self._max_body)
            self._refuse(413)

    def data_received(self, chunk: bytes) -> None:
        if self._finished:
            return
        self._size += len(chunk)
        if self._size > self._max_body:  # a chunked body (no Content-Length) grown too big
            log.warning("webhook: a body over %d bytes refused", self._max_body)
            self._chunks.clear()
            self._refuse(413)
            return
        self._chunks.append(chunk)

    async def post(self) -> None:
        body = b"".join(self._chunks)
        self._chunks.clear()
        try:
            raw = json.loads(body)
        except ValueError as exc:  # also UnicodeDecodeError
            log.warning("webhook: a delivery that is not JSON (%s); 400", str(exc)[:120])
            self._refuse(400, close=False)
            return
        update_id = raw.get("update_id") if isinstance(raw, dict) else None
        if not isinstance(update_id, int) or isinstance(update_id, bool):
            log.warning("webhook: a delivery without an update_id; 400")
            self._refuse(400, close=False)
            return
        await self._delivery.receive([(update_id, body.decode("utf-8"), None)])
        self.set_status(200)
        self.finish()

    def _refuse(self, status: int, *, close: bool = True) -> None:
        if close:  # the rest of the body (if any) is not read: do not keep the connection
            self.set_header("Connection", "close")
        self.set_status(status)
        self.finish()

    def log_exception(self, typ: Any, value: Any, tb: Any) -> None:
        """One line instead of tornado's traceback."""
        log.warning("webhook: request failed: %s", value)


class _App(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        """No access log (the bot logs what matters itself)."""


class WebhookServer:
    """Listens on ``listen:port`` at ``path`` and feeds deliveries to ``delivery``."""

    def __init__(
        self,
        delivery: Delivery,
        *,
        path: str,
        secret: str,
        max_body: int = MAX_BODY_BYTES,
        header_timeout: float = HEADER_TIMEOUT_SECONDS,
        body_timeout: float = BODY_TIMEOUT_SECONDS,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        route = rf"{path.rstrip('/')}/?"
        #: The open connections (at most ``max_connections``).
        self.connections = Connections(max_connections)
        handler = {
            "delivery": delivery,
            "secret": secret,
            "max_body": max_body,
            "connections": self.connections,
        }
        app = _App([(route, UpdateHandler, handler)])
        self._server = _CappedServer(
            app,
            # a backstop; the handler answers 413 first (a chunked body may exceed by a chunk)
            max_body_size=2 * max_body,
            idle_connection_timeout=header_timeout,
            body_timeout=body_timeout,
            xheaders=False,
        )
        self._server.connections = self.connections
        self.running = False

    def listen(self, listen: str, port: int) -> None:
        """Start listening (OSError when the address is taken)."""
        self._server.listen(port, address=listen)
        self.running = True

    async def stop(self) -> None:
        """Stop listening and close every connection."""
        if not self.running:
            return
        self.running = False
        self._server.stop()
        await self._server.close_all_connections()
