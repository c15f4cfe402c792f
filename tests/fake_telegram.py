"""A fake Telegram Bot API server on 127.0.0.1 (random port) for offline end-to-end tests.

It speaks enough of the Bot API for the bot: ``POST /bot<token>/<method>`` with the
form-encoded parameters python-telegram-bot sends (strings raw, everything else JSON) or a
JSON body; long-polled ``getUpdates`` fed by :meth:`FakeTelegram.enqueue`, with offsets
confirming updates; and the methods the bot calls, which it validates as Telegram does —
HTML entities (:mod:`telegram_html`), 4,096 characters, 64-byte callback_data, 50 inline
results, answering each callback/inline query once — answering 400 with Telegram's wording.
Every call is recorded with its outcome.

Webhooks as Telegram does them: ``setWebhook`` records the URL and secret token (like a local
Bot API server it accepts http URLs and any port), ``getUpdates`` is refused with 409 while a
webhook is set, and :meth:`FakeTelegram.deliver` POSTs an update to the registered URL with the
``X-Telegram-Bot-Api-Secret-Token`` header, returning the HTTP status the bot answered.

Hooks for reliability tests: ``delay`` (a simulated round trip, seconds) and ``fault``, a
function given each call that may return a :class:`Fault` to answer instead (e.g. a 500, or
a 429 with ``retry_after``); :meth:`FakeTelegram.fail` covers the common "fail the next N
calls of a method" case, :class:`RandomFaults` fails a share of each method's calls, and
:class:`FloodRule` answers 429 as Telegram's flood control does. For latency figures, each
update's ``enqueued_at`` and ``delivered_at`` (first handed out by getUpdates) are kept.

Built on tornado because python-telegram-bot[webhooks] already installs it (no new
dependency), it runs on the test's own asyncio loop, and it handles HTTP/1.1 keep-alive,
which httpx's connection pool relies on, without any hand-written HTTP parsing.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import random
import re
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl

from telegram_html import EntityError, check_message_text
from tornado.httpclient import AsyncHTTPClient, HTTPRequest
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application, RequestHandler

TOKEN = "123456789:AAH-fake-token-for-tests_0123456789"  # noqa: S105 (made up)
BOT_ID = 123456789
BOT_USERNAME = "VisitTestBot"
BOT_USER = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": "Visit bot",
    "username": BOT_USERNAME,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": True,
}
USER = {"id": 4242, "is_bot": False, "first_name": "Ada", "language_code": "en"}
OTHER_USER = {"id": 4343, "is_bot": False, "first_name": "Bo", "language_code": "ru"}
PRIVATE_CHAT = {"id": USER["id"], "type": "private", "first_name": "Ada"}
GROUP_CHAT = {"id": -1001234567890, "type": "supergroup", "title": "Readers"}

#: Parameters python-telegram-bot sends as raw strings (everything else is JSON-encoded).
STRING_PARAMETERS = frozenset(
    {
        "text",
        "parse_mode",
        "callback_query_id",
        "inline_query_id",
        "inline_message_id",
        "url",
        "title",
        "description",
        "next_offset",
        "language_code",
        "action",
        "caption",
        "business_connection_id",
        "message_effect_id",
        "secret_token",
    }
)
#: Telegram's limits the fake enforces.
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_CALLBACK_ANSWER_CHARS = 200
COMMAND_PATTERN = re.compile(r"^[a-z0-9_]{1,32}$")
#: setWebhook's rules: the secret token's alphabet and length, simultaneous connections.
WEBHOOK_SECRET_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
MAX_WEBHOOK_CONNECTIONS = 100
#: The header Telegram sends the secret token in with each webhook delivery.
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header's name
#: Seconds :meth:`FakeTelegram.deliver` waits for the bot's webhook to answer.
DELIVERY_TIMEOUT_SECONDS = 10.0
#: ``deliver(secret=REGISTERED)`` (the default) sends the secret the bot registered.
REGISTERED = object()


@dataclass
class Fault:
    """An error answer to give instead of handling a call."""

    status: int = 500
    description: str = "Internal Server Error"
    retry_after: int | None = None


class RandomFaults:
    """A ``fault`` hook failing a share of each method's calls, reproducibly (``seed``).

    ``rates`` maps a method to ``(probability, Fault)`` pairs, e.g.
    ``{"sendMessage": [(0.1, Fault(500)), (0.1, Fault(429, retry_after=1))]}``. Each method
    draws from its own generator, so the n-th call of a method always gets the same answer,
    however the calls of different methods interleave.
    """

    def __init__(
        self, rates: Mapping[str, Sequence[tuple[float, Fault]]], *, seed: int = 7
    ) -> None:
        self.rates = {method: list(pairs) for method, pairs in rates.items()}
        self._random = {method: random.Random(f"{seed}:{method}") for method in rates}
        self.injected: list[tuple[str, int]] = []

    def __call__(self, call: Call) -> Fault | None:
        pairs = self.rates.get(call.method)
        if not pairs:
            return None
        draw = self._random[call.method].random()
        for probability, fault in pairs:
            if draw < probability:
                self.injected.append((call.method, fault.status))
                return fault
            draw -= probability
        return None


class FloodRule:
    """A ``fault`` hook acting as Telegram's flood control: a ``method`` call arriving when
    ``limit`` of them already arrived within the last ``window`` seconds gets a 429 with
    ``retry_after`` (the 429s count as arrivals too)."""

    def __init__(
        self,
        limit: int = 30,
        window: float = 1.0,
        *,
        method: str = "sendMessage",
        retry_after: int = 1,
    ) -> None:
        self.limit = limit
        self.window = window
        self.method = method
        self.retry_after = retry_after
        self._arrivals: deque[float] = deque()
        self.refused = 0
        #: The most calls seen within one window.
        self.peak = 0

    def __call__(self, call: Call) -> Fault | None:
        if call.method != self.method:
            return None
        while self._arrivals and self._arrivals[0] <= call.at - self.window:
            self._arrivals.popleft()
        self._arrivals.append(call.at)
        self.peak = max(self.peak, len(self._arrivals))
        if len(self._arrivals) > self.limit:
            self.refused += 1
            return Fault(
                429, f"Too Many Requests: retry after {self.retry_after}", self.retry_after
            )
        return None


@dataclass
class Call:
    """One request the bot made, and what the fake answered."""

    method: str
    params: dict[str, Any]
    at: float
    status: int = 0
    result: Any = None
    description: str = ""

    @property
    def ok(self) -> bool:
        """True when the fake answered with success."""
        return self.status == 200


class ApiError(Exception):
    """An error answer: HTTP status and Telegram's description."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after


def _bad_request(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


def _decode(name: str, value: str) -> Any:
    if name in STRING_PARAMETERS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 offset of character ``index`` (Telegram's entity offsets are UTF-16)."""
    return len(text[:index].encode("utf-16-le")) // 2


def entities_for(text: str) -> list[dict[str, Any]]:
    """The entities Telegram would attach: a leading /command and @mentions."""
    entities = []
    command = re.match(r"/[A-Za-z0-9_]+(@[A-Za-z0-9_]+)?", text)
    if command:
        entities.append(
            {"type": "bot_command", "offset": 0, "length": utf16_offset(text, command.end())}
        )
    for mention in re.finditer(r"(?<![\w/])@[A-Za-z][A-Za-z0-9_]{3,31}", text):
        start = utf16_offset(text, mention.start())
        entities.append(
            {
                "type": "mention",
                "offset": start,
                "length": utf16_offset(text, mention.end()) - start,
            }
        )
    return entities


class _MethodHandler(RequestHandler):
    """Routes ``/bot<token>/<method>`` to :meth:`FakeTelegram.handle`."""

    def initialize(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.closed = False

    def on_connection_close(self) -> None:
        self.closed = True

    async def post(self, token: str, method: str) -> None:
        content_type = self.request.headers.get("Content-Type", "")
        if content_type.startswith("application/json"):
            params = json.loads(self.request.body or b"{}")
        else:
            pairs = parse_qsl(self.request.query, keep_blank_values=True)
            if content_type.startswith("application/x-www-form-urlencoded"):
                pairs += parse_qsl(self.request.body.decode("utf-8"), keep_blank_values=True)
            else:  # multipart: tornado has parsed it already
                pairs += [
                    (k, v.decode("utf-8"))
                    for k, values in self.request.body_arguments.items()
                    for v in values
                ]
            params = {k: _decode(k, v) for k, v in pairs}
        status, payload = await self.fake.handle(token, method, params)
        if self.closed:
            return  # the client gave up (e.g. a cancelled long poll); nobody to answer
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.finish(json.dumps(payload))

    get = post


@dataclass
class _Sent:
    message: dict[str, Any]
    markup: Any = None


@dataclass
class FakeTelegram:
    """The fake Bot API. Use ``async with FakeTelegram() as api:``; ``api.base_url`` for PTB."""

    token: str = TOKEN
    delay: float = 0.0
    fault: Callable[[Call], Fault | None] | None = None
    calls: list[Call] = field(default_factory=list)
    #: Every update ever enqueued; ``confirmed`` is the offset Telegram would keep.
    updates: list[dict[str, Any]] = field(default_factory=list)
    confirmed: int = 0
    commands: dict[str | None, list[dict[str, Any]]] = field(default_factory=dict)
    #: update_id -> when it was enqueued, and when getUpdates first handed it out (monotonic).
    enqueued_at: dict[int, float] = field(default_factory=dict)
    delivered_at: dict[int, float] = field(default_factory=dict)
    #: The webhook the bot set (url, secret_token, allowed_updates, max_connections), or None.
    webhook: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        self._server: HTTPServer | None = None
        self._port = 0
        self._wake = asyncio.Event()
        self._closing = False
        self._update_ids = itertools.count(1000)
        self._message_ids = itertools.count(1)
        self._query_ids = itertools.count(1)
        self._sent: dict[tuple[int, int], _Sent] = {}
        self._open_queries: dict[str, str] = {}  # id -> "callback" | "inline"
        self._answered_queries: set[str] = set()
        self._chats: dict[int, dict[str, Any]] = {}
        self._call_arrived = asyncio.Event()
        self._scheduled: list[tuple[str, Fault]] = []
        #: Bot API method name -> implementation.
        self._methods: dict[str, Callable[[dict[str, Any]], Any]] = {
            "getMe": self._get_me,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "sendChatAction": self._send_chat_action,
            "getUpdates": self._get_updates,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "answerCallbackQuery": self._answer_callback_query,
            "answerInlineQuery": self._answer_inline_query,
        }

    # ----------------------------------------------------------------------------------------
    # Server life
    # ----------------------------------------------------------------------------------------

    async def __aenter__(self) -> FakeTelegram:
        sockets = bind_sockets(0, "127.0.0.1")
        self._port = sockets[0].getsockname()[1]
        app = Application([(r"/bot([^/]+)/([A-Za-z]+)", _MethodHandler, {"fake": self})])
        self._server = HTTPServer(app)
        self._server.add_sockets(sockets)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._closing = True
        self._wake.set()
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()

    @property
    def base_url(self) -> str:
        """What TELEGRAM_API_BASE_URL should be (python-telegram-bot appends the token)."""
        return f"http://127.0.0.1:{self._port}/bot"

    # ----------------------------------------------------------------------------------------
    # Faults
    # ----------------------------------------------------------------------------------------

    def fail(self, method: str, fault: Fault | None = None, *, times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with ``fault`` (a 500 by default).

        Scheduled faults are used in the order they were scheduled, before the ``fault`` hook.
        """
        self._scheduled.extend([(method, fault or Fault())] * times)

    def _fault_for(self, call: Call) -> Fault | None:
        for index, (method, fault) in enumerate(self._scheduled):
            if method == call.method:
                del self._scheduled[index]
                return fault
        return self.fault(call) if self.fault else None

    # ----------------------------------------------------------------------------------------
    # Updates (what users do)
    # ----------------------------------------------------------------------------------------

    def enqueue(self, update: dict[str, Any]) -> int:
        """Add an update for getUpdates to deliver; returns its update_id."""
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id, **update})
        self.enqueued_at[update_id] = time.monotonic()
        self._remember_chats(update)
        self._wake.set()
        return update_id

    def _remember_chats(self, update: dict[str, Any]) -> None:
        for key in ("message", "callback_query"):
            item = update.get(key)
            chat = (item or {}).get("chat") or ((item or {}).get("message") or {}).get("chat")
            if chat:
                self._chats[chat["id"]] = chat

    async def deliver(self, update: dict[str, Any], *, secret: Any = REGISTERED) -> int:
        """POST ``update`` to the bot's webhook as Telegram does; the HTTP status it answered.

        ``secret`` is the header's value: by default the registered secret token; None leaves
        the header out; a string sends that instead.
        """
        if self.webhook is None:
            raise AssertionError("the bot has set no webhook")
        update = {"update_id": next(self._update_ids), **update}
        self._remember_chats(update)
        headers = {"Content-Type": "application/json"}
        value = self.webhook.get("secret_token") if secret is REGISTERED else secret
        if value is not None:
            headers[SECRET_HEADER] = str(value)
        response = await AsyncHTTPClient().fetch(
            HTTPRequest(
                self.webhook["url"],
                method="POST",
                headers=headers,
                body=json.dumps(update),
                request_timeout=DELIVERY_TIMEOUT_SECONDS,
            ),
            raise_error=False,
        )
        return int(response.code)

    def message(
        self,
        text: str | None = None,
        *,
        chat: dict[str, Any] | None = None,
        user: dict[str, Any] | None = None,
        reply_to: dict[str, Any] | None = None,
        **content: Any,
    ) -> dict[str, Any]:
        """An incoming message update (text, or other content such as ``sticker=…``)."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat or PRIVATE_CHAT,
            "from": user or USER,
            **content,
        }
        if text is not None:
            message["text"] = text
            entities = entities_for(text)
            if entities:
                message["entities"] = entities
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        return {"message": message}

    def callback(
        self, message: dict[str, Any], data: str, *, user: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        """A button press on one of the bot's messages."""
        query_id = f"cb{next(self._query_ids)}"
        self._open_queries[query_id] = "callback"
        return {
            "callback_query": {
                "id": query_id,
                "from": user or USER,
                "chat_instance": "ci-1",
                "message": message,
                "data": data,
            }
        }

    def inline(self, query: str, *, user: dict[str, Any] | None = None) -> dict[str, Any]:
        """An inline query (``@bot query`` typed in some chat)."""
        query_id = f"iq{next(self._query_ids)}"
        self._open_queries[query_id] = "inline"
        return {
            "inline_query": {"id": query_id, "from": user or USER, "query": query, "offset": ""}
        }

    def unanswered_queries(self) -> list[str]:
        """Callback and inline queries the bot never answered."""
        return [q for q in self._open_queries if q not in self._answered_queries]

    # ----------------------------------------------------------------------------------------
    # Waiting for the bot
    # ----------------------------------------------------------------------------------------

    async def wait_for(
        self, predicate: Callable[[Call], bool], seconds: float = 5.0, *, finished: bool = True
    ) -> Call:
        """The first call matching ``predicate`` (answered, unless ``finished=False``)."""
        deadline = asyncio.get_running_loop().time() + seconds
        while True:
            for call in self.calls:
                if (call.status or not finished) and predicate(call):
                    return call
            remaining = deadline - asyncio.get_running_loop().time()
            if remaining <= 0:
                methods = [c.method for c in self.calls]
                raise TimeoutError(f"no matching call within {seconds}s; calls: {methods}")
            self._call_arrived.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._call_arrived.wait(), remaining)

    # ----------------------------------------------------------------------------------------
    # The API
    # ----------------------------------------------------------------------------------------

    async def handle(
        self, token: str, method: str, params: dict[str, Any]
    ) -> tuple[int, dict[str, Any]]:
        """Answer one API call: (HTTP status, JSON payload)."""
        if token != self.token:
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        call = Call(method, params, time.monotonic())
        self.calls.append(call)
        self._call_arrived.set()
        if self.delay:
            await asyncio.sleep(self.delay)
        try:
            fault = self._fault_for(call)
            if fault is not None:
                raise ApiError(fault.status, fault.description, fault.retry_after)
            implementation = self._methods.get(method)
            if implementation is None:
                raise ApiError(404, "Not Found: method not found")
            result = implementation(params)
            if asyncio.iscoroutine(result):
                result = await result
        except ApiError as error:
            call.status, call.description = error.status, error.description
            payload: dict[str, Any] = {
                "ok": False,
                "error_code": error.status,
                "description": error.description,
            }
            if error.retry_after is not None:
                payload["parameters"] = {"retry_after": error.retry_after}
            self._call_arrived.set()
            return error.status, payload
        call.status, call.result = 200, result
        self._call_arrived.set()
        return 200, {"ok": True, "result": result}

    def _get_me(self, params: dict[str, Any]) -> dict[str, Any]:
        return BOT_USER

    def _delete_webhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    def _set_webhook(self, params: dict[str, Any]) -> bool:
        url = str(params.get("url") or "")
        if not url:  # Telegram: an empty URL removes the webhook
            self.webhook = None
            return True
        if not re.match(r"^https?://[^/\s]+", url):
            raise _bad_request("bad webhook: invalid webhook URL specified")
        secret = params.get("secret_token")
        if secret is not None and not WEBHOOK_SECRET_PATTERN.match(str(secret)):
            raise _bad_request("secret token contains unallowed characters")
        connections = params.get("max_connections", 40)
        if not isinstance(connections, int) or not 1 <= connections <= MAX_WEBHOOK_CONNECTIONS:
            raise _bad_request("bad webhook: invalid max_connections")
        self.webhook = {
            "url": url,
            "secret_token": secret,
            "allowed_updates": params.get("allowed_updates"),
            "max_connections": connections,
        }
        return True

    def _set_my_commands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or not 1 <= len(commands) <= 100:
            raise _bad_request("commands must be a non-empty list")
        for command in commands:
            if not COMMAND_PATTERN.match(str(command.get("command", ""))):
                raise _bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(command.get("description", "")) <= 256:
                raise _bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        self.commands[params.get("language_code")] = commands
        return True

    def _get_my_commands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands.get(params.get("language_code"), [])

    def _send_chat_action(self, params: dict[str, Any]) -> bool:
        self._chat(params)
        return True

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        if offset:
            # Telegram forgets every update below the offset: they are confirmed.
            self.confirmed = max(self.confirmed, offset)
        limit = int(params.get("limit") or 100)
        timeout = float(params.get("timeout") or 0)
        allowed = params.get("allowed_updates") or None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            pending = [
                u
                for u in self.updates
                if u["update_id"] >= self.confirmed
                and (allowed is None or any(k in u for k in allowed))
            ]
            remaining = deadline - loop.time()
            if pending or self._closing or remaining <= 0:
                now = time.monotonic()
                for u in pending[:limit]:
                    self.delivered_at.setdefault(u["update_id"], now)
                return pending[:limit]
            self._wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), remaining)

    def _chat(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = params.get("chat_id")
        if not isinstance(chat_id, int):
            raise _bad_request("chat not found")
        return self._chats.get(chat_id, {"id": chat_id, "type": "private", "first_name": "?"})

    def _check_markup(self, markup: Any) -> None:
        if markup is None:
            return
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise _bad_request("BUTTON_TEXT_INVALID")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= (
                    MAX_CALLBACK_DATA_BYTES
                ):
                    raise _bad_request("BUTTON_DATA_INVALID")

    def _check_text(self, params: dict[str, Any]) -> str:
        try:
            return check_message_text(str(params.get("text", "")), params.get("parse_mode")).text
        except EntityError as error:
            raise _bad_request(str(error)) from error

    def _send_message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        text = self._check_text(params)
        self._check_markup(params.get("reply_markup"))
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": BOT_USER,
            "text": text,
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        self._sent[(chat["id"], message["message_id"])] = _Sent(message, params.get("reply_markup"))
        return message

    def _edit_message_text(self, params: dict[str, Any]) -> dict[str, Any] | bool:
        text = self._check_text(params)
        self._check_markup(params.get("reply_markup"))
        if params.get("inline_message_id"):
            return True
        key = (params.get("chat_id"), params.get("message_id"))
        sent = self._sent.get(key)  # type: ignore[arg-type]
        if sent is None:
            raise _bad_request("message to edit not found")
        if sent.message["text"] == text and sent.markup == params.get("reply_markup"):
            raise _bad_request(
                "message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        sent.message = {**sent.message, "text": text, "edit_date": int(time.time())}
        sent.markup = params.get("reply_markup")
        if sent.markup:
            sent.message["reply_markup"] = sent.markup
        else:
            sent.message.pop("reply_markup", None)
        return sent.message

    def _answer_query(self, params: dict[str, Any], key: str, kind: str) -> None:
        query_id = params.get(key)
        if self._open_queries.get(str(query_id)) != kind or query_id in self._answered_queries:
            raise _bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        self._answered_queries.add(str(query_id))

    def _answer_callback_query(self, params: dict[str, Any]) -> bool:
        if len(params.get("text") or "") > MAX_CALLBACK_ANSWER_CHARS:
            raise _bad_request("MESSAGE_TOO_LONG")
        self._answer_query(params, "callback_query_id", "callback")
        return True

    def _answer_inline_query(self, params: dict[str, Any]) -> bool:
        results = params.get("results")
        if not isinstance(results, list):
            raise _bad_request("results must be a list")
        if len(results) > MAX_INLINE_RESULTS:
            raise _bad_request("RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if len(set(ids)) != len(ids) or any(not 1 <= len(i.encode()) <= 64 for i in ids):
            raise _bad_request("RESULT_ID_INVALID")
        for result in results:
            if result.get("type") != "article" or not result.get("title"):
                raise _bad_request("RESULT_TITLE_EMPTY")
            content = result.get("input_message_content") or {}
            try:
                check_message_text(str(content.get("message_text", "")), content.get("parse_mode"))
            except EntityError as error:
                raise _bad_request(str(error)) from error
            self._check_markup(result.get("reply_markup"))
        self._answer_query(params, "inline_query_id", "inline")
        return True
