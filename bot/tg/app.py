"""The Telegram application: assembled in one place, :func:`build_application`, and run by
:func:`serve` — used alike by ``python -m bot run`` and by the tests against a fake Bot API.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from typing import Any, TypeAlias

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.error import Conflict, TelegramError
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

from bot import texts
from bot.abuse import UserRateLimit
from bot.answered import AnsweredUpdates
from bot.catalog import Catalog
from bot.engine import Engine
from bot.factbase import LANGUAGES
from bot.settings import Settings
from bot.tg import handlers
from bot.tg.delivery import DeliveryProcessor, FloodLimiter, UpdateGate

log = logging.getLogger(__name__)

BotApplication: TypeAlias = Application[
    ExtBot[int],
    ContextTypes.DEFAULT_TYPE,
    dict[Any, Any],
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[ContextTypes.DEFAULT_TYPE],
]

#: Updates handled at the same time (and at most one per chat; see bot/tg/delivery.py). Not ``True`` (256): with that many, bursts pay for
#: httpcore scanning its whole connection pool on every request (measured: 11.7 ms CPU per
#: message with 256 connections vs 2.1 ms with 16, at a 50 ms round trip). Not 1 either: one at
#: a time, a 50 ms round trip caps the bot at ~19 messages/s. 16 in flight allow ~300 messages/s
#: at 50 ms, ten times Telegram's own ~30 messages/s limit.
CONCURRENT_UPDATES = 16
#: HTTP connections for sending. A handler awaits one request at a time, so one connection per
#: concurrent update suffices; a bigger pool only costs CPU (see above).
CONNECTION_POOL_SIZE = CONCURRENT_UPDATES
#: Seconds a request may wait for a free connection before failing: under a burst, waiting
#: briefly is better than dropping an answer.
POOL_TIMEOUT_SECONDS = 10.0
#: Long-polling timeout for getUpdates, in seconds (Telegram holds the request open this long
#: when there is nothing new; stopping cancels it at once).
POLL_TIMEOUT_SECONDS = 30
#: The update types the bot handles; Telegram does not send the others.
ALLOWED_UPDATES = (Update.MESSAGE, Update.CALLBACK_QUERY, Update.INLINE_QUERY)
#: The handler group of the per-user limit: before every other handler.
ABUSE_GROUP = -1


async def set_commands(application: BotApplication) -> None:
    """Publish the command menu in each language the bot speaks (run as post_init)."""
    for lang in LANGUAGES:
        commands = [BotCommand(name, texts.text(f"cmd_{name}", lang)) for name in texts.COMMANDS]
        # English is the default menu; other client languages get their own.
        await application.bot.set_my_commands(
            commands, language_code=None if lang == "en" else lang
        )


def build_application(
    settings: Settings, engine: Engine, *, rate_limiter: BaseRateLimiter[int] | None = None
) -> BotApplication:
    """The bot's Application: the one place handlers, limits and defaults are put together.

    ``rate_limiter`` replaces the :class:`~bot.tg.delivery.FloodLimiter` built from
    ``settings.rate_limit`` (tests use one with shortened retry waits).
    """
    token = settings.require_token()
    processor = DeliveryProcessor(
        CONCURRENT_UPDATES, answered=lambda: AnsweredUpdates.open(settings.data_dir)
    )
    application = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .concurrent_updates(processor)
        .update_queue(UpdateGate(processor))
        .rate_limiter(rate_limiter or FloodLimiter(settings.rate_limit))
        .connection_pool_size(CONNECTION_POOL_SIZE)
        .pool_timeout(POOL_TIMEOUT_SECONDS)
        .post_init(set_commands)
        .build()
    )
    application.bot_data[handlers.CATALOG_KEY] = Catalog(engine)
    application.bot_data[handlers.USER_LIMIT_KEY] = UserRateLimit(settings.user_rate_limit)
    application.add_handler(TypeHandler(Update, handlers.limit_users), group=ABUSE_GROUP)

    new_messages = filters.UpdateType.MESSAGE  # edits are not questions asked again
    private = new_messages & filters.ChatType.PRIVATE
    groups = new_messages & filters.ChatType.GROUPS
    # CommandHandler also accepts /cmd@this_bot and ignores /cmd@other_bot in groups.
    application.add_handler(CommandHandler("start", handlers.start, filters=new_messages))
    application.add_handler(CommandHandler("help", handlers.show_help, filters=new_messages))
    application.add_handler(CommandHandler("topics", handlers.show_topics, filters=new_messages))
    application.add_handler(CommandHandler("source", handlers.show_source, filters=new_messages))
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
    application.add_handler(CallbackQueryHandler(handlers.press_button))
    application.add_handler(InlineQueryHandler(handlers.answer_inline))
    application.add_error_handler(handlers.report_error)
    return application


def log_polling_error(error: TelegramError) -> None:
    """A failed getUpdates: one line (python-telegram-bot polls again, backing off to 30 s)."""
    if isinstance(error, Conflict):
        log.error("getUpdates: another process is polling with this token (%s)", error)
    else:
        log.warning("getUpdates failed (%s); polling again shortly", error)


def delivery_of(application: BotApplication) -> DeliveryProcessor:
    """The application's update processor (build_application's)."""
    processor = application.update_processor
    if not isinstance(processor, DeliveryProcessor):
        raise RuntimeError("the application was not built by build_application()")
    return processor


async def serve(application: BotApplication, stop: asyncio.Event) -> None:
    """Run ``application`` by long polling until ``stop`` is set, then shut down cleanly.

    Like ``Application.run_polling`` but inside a running event loop, so the tests run the very
    same sequence, and so a rejected token surfaces as ``InvalidToken`` from getMe instead of
    being logged with a traceback.

    Stopping loses no update and answers none twice: first the poller is held, so whatever it
    fetches from then on stays unconfirmed with Telegram; then the updates in progress (at most
    ``MAX_PENDING_UPDATES``) are finished; only then does the poller confirm what it handed
    over, and the application stop.
    """
    async with application:  # initialize(): getMe, which checks the token
        if application.post_init:
            await application.post_init(application)
        updater = application.updater
        if updater is None:
            raise RuntimeError("the application was built without an updater")
        delivery = delivery_of(application)
        await updater.start_polling(
            timeout=POLL_TIMEOUT_SECONDS,
            allowed_updates=list(ALLOWED_UPDATES),
            error_callback=log_polling_error,
        )
        await application.start()
        log.info("polling as @%s", application.bot.username)
        try:
            await stop.wait()
        finally:
            delivery.pause()
            log.info("stopping: finishing %d update(s) in progress", delivery.pending)
            await delivery.drained()
            await updater.stop()  # confirms what was handed over, with one last getUpdates
            await application.stop()
            if application.post_stop:
                await application.post_stop(application)
    if application.post_shutdown:
        await application.post_shutdown(application)


def run(settings: Settings, engine: Engine) -> None:
    """Run the bot until SIGINT or SIGTERM (raises InvalidToken or NetworkError at start-up)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await serve(build_application(settings, engine), stop)

    asyncio.run(main())
