"""The Telegram application: assembled in one place, :func:`build_application`, and run by
:func:`serve` — used alike by ``python -m bot run`` and by the tests against a fake Bot API.

Two ways of receiving updates, chosen by :func:`webhook_for`: long polling (getUpdates), or,
when BOT_WEBHOOK_URL is set, a webhook — Telegram POSTs each update to the bot's own HTTP
server (:mod:`bot.tg.webhook`, on tornado), which refuses requests without the secret header
before reading their body, bodies over 1 MB, slow connections and bodies that are not JSON.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseRateLimiter,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    InlineQueryHandler,
    JobQueue,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.conversation import render, texts
from bot.conversation.catalog import Catalog
from bot.conversation.reload import Reloader, ReloadReport
from bot.engine import Engine
from bot.knowledge.model import LANGUAGES
from bot.ops.health import HEARTBEAT_SECONDS, Heartbeat, remove_heartbeat, write_heartbeat
from bot.ops.settings import Settings
from bot.records.inbox import Inbox
from bot.records.insights import Insights
from bot.records.store import StoreError
from bot.tg import admin, handlers, review
from bot.tg.abuse import UserRateLimit
from bot.tg.delivery import Delivery, UpdateGate
from bot.tg.flood import FloodLimiter
from bot.tg.http import BotApiRequest
from bot.tg.polling import POLL_TIMEOUT_SECONDS, Poller
from bot.tg.state import BotData, Context
from bot.tg.webhook import WebhookServer

log = logging.getLogger(__name__)

#: The bot's Application type. (python-telegram-bot's builder does not carry ``context_types``
#: into the JobQueue's type; the bot schedules no jobs.)
BotApplication: TypeAlias = Application[
    ExtBot[int],
    Context,
    dict[Any, Any],
    dict[Any, Any],
    BotData,
    JobQueue[ContextTypes.DEFAULT_TYPE],
]

#: Updates handled at the same time (and one at a time per chat; see bot/tg/delivery.py). Not
#: ``True`` (256): each update in progress holds memory and, while it waits for Telegram, a
#: connection. Not 1 either: one at a time, a 50 ms round trip caps the bot at ~19 messages/s.
#: 16 in flight allow ~300 messages/s at 50 ms, ten times Telegram's own ~30 messages/s limit.
CONCURRENT_UPDATES = 16
#: HTTP connections for sending (:class:`~bot.tg.http.BotApiRequest`). A handler awaits one
#: request at a time, so one connection per concurrent update suffices.
CONNECTION_POOL_SIZE = CONCURRENT_UPDATES
#: Seconds a request may wait for a free connection before failing: under a burst, waiting
#: briefly is better than dropping an answer.
POOL_TIMEOUT_SECONDS = 10.0
#: The update types the bot handles; Telegram does not send the others.
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)
#: The handler group of the per-user limit: before every other handler.
ABUSE_GROUP = -1
#: Webhook mode: HTTPS connections Telegram may open at once to deliver updates (its default).
#: Each delivery is answered as soon as the update is queued, so connections are short-lived;
#: CONCURRENT_UPDATES, not this, bounds the work in progress.
WEBHOOK_MAX_CONNECTIONS = 40


@dataclass(frozen=True, slots=True)
class Webhook:
    """Where Telegram delivers updates in webhook mode, and where the bot listens for them."""

    #: Registered with setWebhook (BOT_WEBHOOK_URL).
    url: str
    #: The path the local server answers on: the URL's.
    path: str
    #: Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it get 403.
    secret: str
    listen: str
    port: int


class ListenError(Exception):
    """The webhook server could not listen on its address; ``str()`` is one line to show."""


class WebhookRefusedError(Exception):
    """Telegram answered setWebhook with an error; ``str()`` is its description."""


def webhook_for(settings: Settings) -> Webhook | None:
    """The webhook to serve, or None for long polling (no BOT_WEBHOOK_URL)."""
    if settings.webhook_url is None:
        return None
    if settings.webhook_secret is None:  # load_settings already refuses this
        raise ValueError("a webhook needs a secret")
    return Webhook(
        url=settings.webhook_url,
        path=settings.webhook_path,
        secret=settings.webhook_secret,
        listen=settings.webhook_listen,
        port=settings.webhook_port,
    )


async def start_services(application: BotApplication) -> None:
    """Run as post_init: publish the command menu, open the question log, watch the fact base."""
    await set_commands(application)
    insights = application.bot_data.insights
    if insights is not None:
        try:
            await asyncio.to_thread(insights.open)
        except StoreError as exc:
            # The bot still answers; only the question log and feedback are lost.
            log.error("questions and feedback will not be recorded: %s", exc)
    reloader = application.bot_data.reloader
    if reloader is not None and reloader.poll_seconds > 0:
        reloader.start()
        log.info("watching %s for edits every %gs", reloader.directory, reloader.poll_seconds)


async def stop_services(application: BotApplication) -> None:
    """Run as post_stop (updates in progress have finished): stop watching, close the log."""
    reloader = application.bot_data.reloader
    if reloader is not None:
        await reloader.stop()
    insights = application.bot_data.insights
    if insights is not None:
        await asyncio.to_thread(insights.close)


async def set_commands(application: BotApplication) -> None:
    """Publish the command menu in each language the bot speaks (run as post_init)."""
    for lang in LANGUAGES:
        commands = [BotCommand(name, texts.text(f"cmd_{name}", lang)) for name in texts.COMMANDS]
        # English is the default menu; other client languages get their own.
        await application.bot.set_my_commands(
            commands, language_code=None if lang == "en" else lang
        )


def _fill_state(
    application: BotApplication, settings: Settings, engine: Engine, cache_dir: Path | None
) -> None:
    """Put the catalog, question log, admins, per-user limit and reloader into ``bot_data``."""
    catalog = Catalog(engine)
    state = application.bot_data
    state.catalog = catalog
    state.insights = Insights(settings.data_dir)
    state.admin_ids = settings.admin_ids
    state.user_limit = UserRateLimit(settings.user_rate_limit)

    def publish(new: Catalog) -> None:
        # The one reference swap: each update reads the Catalog once, so it sees the old base
        # or the new one, never a mix.
        state.catalog = new

    async def notify(report: ReloadReport) -> None:
        await admin.notify_admins(application.bot, settings.admin_ids, report)

    state.reloader = Reloader(
        settings.knowledge_dir,
        catalog,
        publish,
        notify=notify,
        cache_dir=cache_dir,
        poll_seconds=settings.reload_seconds,
    )


def build_application(
    settings: Settings,
    engine: Engine,
    *,
    cache_dir: Path | None = None,
    rate_limiter: BaseRateLimiter[int] | None = None,
) -> BotApplication:
    """The bot's Application: the one place handlers, limits and defaults are put together.

    Its typed ``bot_data`` (:class:`~bot.tg.state.BotData`) holds the Catalog, the admins (ADMIN_IDS), the question log in
    ``settings.data_dir`` (opened at start-up) and the Reloader of ``settings.knowledge_dir``
    (watching every ``settings.reload_seconds`` once started; ``cache_dir`` is the compiled-engine
    cache it builds through), and the per-user limit (BOT_USER_RATE_LIMIT). Updates go through
    :mod:`bot.tg.delivery`: a :class:`~bot.tg.flood.FloodLimiter` built from
    ``settings.rate_limit`` (``rate_limiter`` replaces it: tests shorten its retry waits), and
    the update processor that remembers answered updates in ``settings.data_dir``.
    """
    token = settings.require_token()
    limiter = rate_limiter or FloodLimiter(settings.rate_limit)
    delivery = Delivery(
        CONCURRENT_UPDATES,
        inbox=lambda: Inbox.open(settings.data_dir),
        flood=limiter if isinstance(limiter, FloodLimiter) else None,
    )
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .update_queue(UpdateGate(delivery))
        .rate_limiter(limiter)
        .request(
            BotApiRequest(
                connection_pool_size=CONNECTION_POOL_SIZE, pool_timeout=POOL_TIMEOUT_SECONDS
            )
        )
        .get_updates_request(BotApiRequest())
        .context_types(ContextTypes(bot_data=BotData))
        .post_init(start_services)
        .post_stop(stop_services)
        .build()
    )
    application.bot_data.delivery = delivery

    async def apologise(update: Update) -> None:
        chat = update.effective_chat
        if chat is not None and (update.message is not None or update.callback_query):
            text = render.fill_html("apology", handlers.user_language(update))
            await application.bot.send_message(chat.id, text)

    delivery.apologise = apologise
    _fill_state(application, settings, engine, cache_dir)
    _add_handlers(application)
    return application


def _add_handlers(application: BotApplication) -> None:
    """Every handler, by kind of update: commands, text, buttons, inline queries, errors."""
    application.add_handler(TypeHandler(Update, handlers.limit_users), group=ABUSE_GROUP)

    new_messages = filters.UpdateType.MESSAGE  # edits are not questions asked again
    private = new_messages & filters.ChatType.PRIVATE
    groups = new_messages & filters.ChatType.GROUPS
    # CommandHandler also accepts /cmd@this_bot and ignores /cmd@other_bot in groups.
    application.add_handler(CommandHandler("start", handlers.start, filters=new_messages))
    application.add_handler(CommandHandler("help", handlers.show_help, filters=new_messages))
    application.add_handler(CommandHandler("topics", handlers.show_topics, filters=new_messages))
    application.add_handler(CommandHandler("source", handlers.show_source, filters=new_messages))
    application.add_handler(CommandHandler("reload", admin.reload_command, filters=new_messages))
    application.add_handler(
        CommandHandler("unanswered", admin.unanswered_command, filters=new_messages)
    )
    application.add_handler(CommandHandler("stats", admin.stats_command, filters=new_messages))
    application.add_handler(CommandHandler("review", admin.review_command, filters=new_messages))
    application.add_handler(
        MessageHandler(private & filters.TEXT & ~filters.COMMAND, handlers.answer_question)
    )
    application.add_handler(
        MessageHandler(groups & filters.TEXT & ~filters.COMMAND, handlers.answer_if_addressed)
    )
    application.add_handler(MessageHandler(private & filters.COMMAND, handlers.unknown_command))
    application.add_handler(
        MessageHandler(
            private & ~filters.TEXT & ~filters.StatusUpdate.ALL, handlers.explain_text_only
        )
    )
    application.add_handler(CallbackQueryHandler(review.press, pattern=f"^{review.PREFIX}"))
    application.add_handler(CallbackQueryHandler(handlers.press_button))
    application.add_handler(InlineQueryHandler(handlers.answer_inline))
    application.add_error_handler(handlers.report_error)


def log_polling_error(error: TelegramError) -> None:
    """A failed getUpdates: one line (python-telegram-bot polls again, backing off to 30 s)."""
    if isinstance(error, Conflict):
        log.error("getUpdates: another process is polling with this token (%s)", error)
    else:
        log.warning("getUpdates failed (%s); polling again shortly", error)


def delivery_of(application: BotApplication) -> Delivery:
    """The application's :class:`~bot.tg.delivery.Delivery` (build_application's)."""
    delivery = application.bot_data.delivery
    if not isinstance(delivery, Delivery):
        raise RuntimeError("the application was not built by build_application()")
    return delivery


async def serve(
    application: BotApplication,
    stop: asyncio.Event,
    *,
    webhook: Webhook | None = None,
    heartbeat: Path | None = None,
) -> None:
    """Run ``application`` until ``stop`` is set, then shut down cleanly.

    By long polling, or with ``webhook`` by serving Telegram's deliveries (setWebhook with the
    URL and secret, then an HTTP server on ``webhook.listen:webhook.port``); ``heartbeat`` is a
    file to rewrite every few seconds while running (see :mod:`bot.ops.health`).

    Like ``Application.run_polling``/``run_webhook`` but inside a running event loop, so the
    tests run the very same sequence, and so a rejected token surfaces as ``InvalidToken`` from
    getMe instead of being logged with a traceback.

    On stopping, the webhook stays registered: during a rolling deployment the stopping
    instance must not unregister the one replacing it, and every start sets it again. Telegram
    keeps retrying the updates that arrive meanwhile (README "Webhook mode" has the caveat for
    long outages). Polling mode removes any webhook when it starts (Telegram allows only one of
    the two).

    Every update is in the inbox (:class:`~bot.tg.delivery.Delivery`) before Telegram is told
    to forget it, so stopping — or a crash — loses none. A stop ends polling (or closes the
    webhook server) at once, gives the updates in progress
    :data:`~bot.tg.delivery.STOP_GRACE_SECONDS`, and leaves the rest in the inbox for the next
    start: it takes a few seconds whatever the Bot API does.
    """
    async with application:  # initialize(): getMe, which checks the token
        if application.post_init:
            await application.post_init(application)
        delivery = delivery_of(application)
        await delivery.open(application.process_update, application.bot)
        poller: Poller | None = None
        polling: asyncio.Task[None] | None = None
        server: WebhookServer | None = None
        if webhook is None:
            poller, polling = await _start_polling(application, delivery)
        else:
            server = await _start_webhook(application, webhook)
        await application.start()
        _log_serving(application, webhook)
        mode = "polling" if webhook is None else "webhook"
        beating = asyncio.create_task(_beat(application, heartbeat, mode)) if heartbeat else None
        try:
            await _until(stop, polling)
        finally:
            if beating is not None and heartbeat is not None:
                beating.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await beating
                remove_heartbeat(heartbeat)
            log.info("stopping")
            if polling is not None:
                polling.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await polling
            if server is not None:
                await server.stop()
            await delivery.stop()
            if poller is not None:
                await poller.confirm()
            await application.stop()
            if application.post_stop:
                await application.post_stop(application)
    if application.post_shutdown:
        await application.post_shutdown(application)


async def _start_polling(
    application: BotApplication, delivery: Delivery
) -> tuple[Poller, asyncio.Task[None]]:
    """Long polling, started (after removing any webhook: Telegram refuses getUpdates then)."""
    await application.bot.delete_webhook()
    poller = Poller(
        application.bot,
        delivery,
        allowed_updates=list(ALLOWED_UPDATES),
        timeout=POLL_TIMEOUT_SECONDS,
        on_error=log_polling_error,
    )
    return poller, asyncio.create_task(poller.run())


def _log_serving(application: BotApplication, webhook: Webhook | None) -> None:
    """One line: how the bot gets its updates, and as whom."""
    if webhook is None:
        log.info("polling as @%s", application.bot.username)
        return
    log.info(
        "serving webhook %s as @%s on %s:%d",
        webhook.url,
        application.bot.username,
        webhook.listen,
        webhook.port,
    )


async def _until(stop: asyncio.Event, polling: asyncio.Task[None] | None) -> None:
    """Wait for ``stop``; a poller that ends by itself (a rejected token) raises its error."""
    stopping = asyncio.create_task(stop.wait())
    waiting: set[asyncio.Task[Any]] = {stopping} if polling is None else {stopping, polling}
    try:
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
    if polling is not None and polling.done() and not polling.cancelled():
        polling.result()


async def _start_webhook(application: BotApplication, webhook: Webhook) -> WebhookServer:
    """setWebhook with the URL and secret, then listen for deliveries (:mod:`bot.tg.webhook`).

    WebhookRefusedError when Telegram refuses the URL, ListenError when the port is taken.
    """
    registration: dict[str, Any] = {
        "secret_token": webhook.secret,
        "allowed_updates": list(ALLOWED_UPDATES),
        "max_connections": WEBHOOK_MAX_CONNECTIONS,
    }
    try:
        await application.bot.set_webhook(webhook.url, **registration)
    except BadRequest as exc:  # e.g. "bad webhook: Failed to resolve host"
        raise WebhookRefusedError(exc.message) from exc
    server = WebhookServer(delivery_of(application), path=webhook.path, secret=webhook.secret)
    try:
        server.listen(webhook.listen, webhook.port)
    except OSError as exc:
        raise ListenError(
            f"cannot listen on {webhook.listen}:{webhook.port} "
            f"(BOT_WEBHOOK_LISTEN, BOT_WEBHOOK_PORT): {exc.strerror or exc}"
        ) from exc
    return server


async def _beat(application: BotApplication, path: Path, mode: str) -> None:
    """Rewrite the heartbeat every HEARTBEAT_SECONDS while the bot runs."""
    warned = False
    while True:
        facts = len(application.bot_data.catalog.base.facts)
        delivery = delivery_of(application)
        beat = Heartbeat(
            os.getpid(),
            mode,
            facts,
            time.time(),
            problem=delivery.problem,
            stalled=delivery.stalled(),
        )
        try:
            write_heartbeat(path, beat)
        except OSError as exc:
            if not warned:  # once: the bot itself is fine, only `health` will say otherwise
                log.warning("cannot write the heartbeat %s: %s", path, exc)
                warned = True
        await asyncio.sleep(HEARTBEAT_SECONDS)


def run(
    settings: Settings,
    engine: Engine,
    *,
    cache_dir: Path | None = None,
    heartbeat: Path | None = None,
) -> None:
    """Run the bot until SIGINT or SIGTERM (raises InvalidToken, NetworkError or ListenError
    at start-up)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await serve(
            build_application(settings, engine, cache_dir=cache_dir),
            stop,
            webhook=webhook_for(settings),
            heartbeat=heartbeat,
        )

    asyncio.run(main())
