"""The Telegram application: assembled in one place, :func:`build_application`, and run by
:func:`serve` — used alike by ``python -m bot run`` and by the tests against a fake Bot API.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path
from typing import Any, TypeAlias

from telegram import BotCommand, Update
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    ExtBot,
    InlineQueryHandler,
    JobQueue,
    MessageHandler,
    filters,
)

from bot import texts
from bot.catalog import Catalog
from bot.dialogue import Memory
from bot.engine import Engine
from bot.factbase import LANGUAGES
from bot.insights import Insights
from bot.reload import Reloader, ReloadReport
from bot.settings import Settings
from bot.store import StoreError
from bot.tg import admin, handlers

log = logging.getLogger(__name__)

BotApplication: TypeAlias = Application[
    ExtBot[None],
    ContextTypes.DEFAULT_TYPE,
    dict[Any, Any],
    dict[Any, Any],
    dict[Any, Any],
    JobQueue[ContextTypes.DEFAULT_TYPE],
]

#: Updates handled at the same time. Not ``True`` (256): with that many, bursts pay for
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


async def start_services(application: BotApplication) -> None:
    """Run as post_init: publish the command menu, open the question log, watch the fact base."""
    await set_commands(application)
    insights = application.bot_data.get(handlers.INSIGHTS_KEY)
    if isinstance(insights, Insights):
        try:
            await asyncio.to_thread(insights.open)
        except StoreError as exc:
            # The bot still answers; only the question log and feedback are lost.
            log.error("questions and feedback will not be recorded: %s", exc)
    reloader = application.bot_data.get(admin.RELOADER_KEY)
    if isinstance(reloader, Reloader) and reloader.poll_seconds > 0:
        reloader.start()
        log.info("watching %s for edits every %gs", reloader.directory, reloader.poll_seconds)


async def stop_services(application: BotApplication) -> None:
    """Run as post_stop (updates in progress have finished): stop watching, close the log."""
    reloader = application.bot_data.get(admin.RELOADER_KEY)
    if isinstance(reloader, Reloader):
        await reloader.stop()
    insights = application.bot_data.get(handlers.INSIGHTS_KEY)
    if isinstance(insights, Insights):
        await asyncio.to_thread(insights.close)


async def set_commands(application: BotApplication) -> None:
    """Publish the command menu in each language the bot speaks (run as post_init)."""
    for lang in LANGUAGES:
        commands = [BotCommand(name, texts.text(f"cmd_{name}", lang)) for name in texts.COMMANDS]
        # English is the default menu; other client languages get their own.
        await application.bot.set_my_commands(
            commands, language_code=None if lang == "en" else lang
        )


def build_application(
    settings: Settings, engine: Engine, *, cache_dir: Path | None = None
) -> BotApplication:
    """The bot's Application: the one place handlers, limits and defaults are put together.

    Besides the Catalog, ``bot_data`` holds the admins (ADMIN_IDS), the question log in
    ``settings.data_dir`` (opened at start-up) and the Reloader of ``settings.knowledge_dir``
    (watching every ``settings.reload_seconds`` once started; ``cache_dir`` is the compiled-engine
    cache it builds through).
    """
    application = (
        ApplicationBuilder()
        .token(settings.require_token())
        .base_url(settings.api_base_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .concurrent_updates(CONCURRENT_UPDATES)
        .connection_pool_size(CONNECTION_POOL_SIZE)
        .pool_timeout(POOL_TIMEOUT_SECONDS)
        .post_init(start_services)
        .post_stop(stop_services)
        .build()
    )
    catalog = Catalog(engine)
    application.bot_data[handlers.CATALOG_KEY] = catalog
    application.bot_data[handlers.MEMORY_KEY] = Memory()
    application.bot_data[handlers.INSIGHTS_KEY] = Insights(settings.data_dir)
    application.bot_data[admin.ADMINS_KEY] = settings.admin_ids

    def publish(new: Catalog) -> None:
        # The one reference swap: each update reads the Catalog once, so it sees the old base
        # or the new one, never a mix.
        application.bot_data[handlers.CATALOG_KEY] = new

    async def notify(report: ReloadReport) -> None:
        await admin.notify_admins(application.bot, settings.admin_ids, report)

    application.bot_data[admin.RELOADER_KEY] = Reloader(
        settings.knowledge_dir,
        catalog,
        publish,
        notify=notify,
        cache_dir=cache_dir,
        poll_seconds=settings.reload_seconds,
    )

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


async def serve(application: BotApplication, stop: asyncio.Event) -> None:
    """Run ``application`` by long polling until ``stop`` is set, then shut down cleanly.

    Like ``Application.run_polling`` but inside a running event loop, so the tests run the very
    same sequence, and so a rejected token surfaces as ``InvalidToken`` from getMe instead of
    being logged with a traceback. Stopping confirms the fetched updates to Telegram and
    finishes the ones in progress.
    """
    async with application:  # initialize(): getMe, which checks the token
        if application.post_init:
            await application.post_init(application)
        updater = application.updater
        if updater is None:
            raise RuntimeError("the application was built without an updater")
        await updater.start_polling(
            timeout=POLL_TIMEOUT_SECONDS, allowed_updates=list(ALLOWED_UPDATES)
        )
        await application.start()
        log.info("polling as @%s", application.bot.username)
        try:
            await stop.wait()
        finally:
            log.info("stopping")
            await updater.stop()  # confirms fetched updates with one last getUpdates
            await application.stop()  # lets updates in progress finish
            if application.post_stop:
                await application.post_stop(application)
    if application.post_shutdown:
        await application.post_shutdown(application)


def run(settings: Settings, engine: Engine, *, cache_dir: Path | None = None) -> None:
    """Run the bot until SIGINT or SIGTERM (raises InvalidToken or NetworkError at start-up)."""

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await serve(build_application(settings, engine, cache_dir=cache_dir), stop)

    asyncio.run(main())
