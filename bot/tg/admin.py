"""Admin commands — /reload, /unanswered, /stats, /review — and messages to the admins.

Admins are the Telegram users in ADMIN_IDS. A command is allowed by the id of the user who
sent it (``update.effective_user``), never by the chat it was sent in: in a group, anyone else's
command is politely refused. The reports (/unanswered, /stats, /review) quote or count other
people's questions, so they are given only in a private chat with the bot; in a group an
admin is asked to open one. The work itself is framework-free
(bot.conversation.reload, bot.records.insights); the reports are built in a worker thread, off the event loop.
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
from collections.abc import Callable, Coroutine, Iterable
from typing import Any

from telegram import Bot, Update
from telegram.error import TelegramError

from bot.conversation import render
from bot.conversation.reload import ReloadReport
from bot.engine import Engine
from bot.records.insights import (
    DEFAULT_PERIOD,
    Insights,
    PeriodError,
    parse_period,
    stats_report,
    unanswered_report,
)
from bot.records.store import StoreError
from bot.tg.handlers import reply_html, user_language
from bot.tg.state import Context

log = logging.getLogger(__name__)

#: The admin commands, in the order /help-like lists would show them.
COMMANDS = ("reload", "unanswered", "stats", "review")
#: The reply to a report asked for outside a private chat (it would show others' questions).
PRIVATE_ONLY = "Open a private chat with me for that."
#: Groups of questions /unanswered shows.
UNANSWERED_SHOWN = 10

Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


def is_admin(update: Update, context: Context) -> bool:
    """True when the user who sent the update (not the chat it came from) is an admin."""
    user = update.effective_user
    return user is not None and user.id in context.bot_data.admin_ids


def admins_only(command: str) -> Callable[[Handler], Handler]:
    """Run the handler for admins; everyone else gets a polite refusal."""

    def decorate(handler: Handler) -> Handler:
        @functools.wraps(handler)
        async def guarded(update: Update, context: Context) -> None:
            message = update.effective_message
            if message is None:
                return
            if not is_admin(update, context):
                user = update.effective_user
                log.info("/%s refused to user %s", command, user.id if user else "-")
                html_text = render.fill_html("admins_only", user_language(update), command=command)
                await reply_html(message, html_text)
                return
            await handler(update, context)

        return guarded

    return decorate


def private_only(handler: Handler) -> Handler:
    """Run the handler only in a private chat; elsewhere say to open one, and show nothing."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: Context) -> None:
        message, chat = update.effective_message, update.effective_chat
        if message is None:
            return
        if chat is None or chat.type != "private":
            await reply_html(message, html.escape(PRIVATE_ONLY, quote=False))
            return
        await handler(update, context)

    return guarded


def _pre(text: str) -> str:
    """Plain report text as Telegram HTML (escaped; split between lines when long)."""
    return html.escape(text, quote=False)


def _period(context: Context) -> str:
    """The period given after the command (``/stats 30d``), else the default (PeriodError)."""
    period = context.args[0] if context.args else DEFAULT_PERIOD
    parse_period(period)
    return period


@admins_only("reload")
async def reload_command(update: Update, context: Context) -> None:
    """/reload: reload the fact base now; reply with the summary or the problems."""
    message = update.effective_message
    reloader = context.bot_data.reloader
    if message is None:
        return
    if reloader is None:
        await reply_html(message, "Reloading is not set up in this bot.")
        return
    report = await reloader.reload()
    await reply_html(message, _pre(report.text()))


@admins_only("unanswered")
@private_only
async def unanswered_command(update: Update, context: Context) -> None:
    """/unanswered [7d]: the 10 most frequent questions not answered, with the closest facts."""
    await _reply_with_report(
        update,
        context,
        lambda insights, period, engine: unanswered_report(
            insights.store, period=period, limit=UNANSWERED_SHOWN, engine=engine
        ),
    )


@admins_only("stats")
@private_only
async def stats_command(update: Update, context: Context) -> None:
    """/stats [7d]: questions asked, answer rate, top facts and feedback."""
    await _reply_with_report(
        update,
        context,
        lambda insights, period, engine: stats_report(insights.store, period=period, engine=engine),
    )


@admins_only("review")
@private_only
async def review_command(update: Update, context: Context) -> None:
    """/review: the first group of the review queue, with buttons to act on it."""
    from bot.tg.review import show_next

    message = update.effective_message
    if message is not None:
        await show_next(message, context)


async def _reply_with_report(
    update: Update,
    context: Context,
    make: Callable[[Insights, str, Engine], str],
) -> None:
    """Reply with a report over the period the command names (``7d`` by default)."""
    message = update.effective_message
    insights = context.bot_data.insights
    if message is None:
        return
    if insights is None or not insights.store.is_open:
        await reply_html(message, "Nothing is recorded: the question log is not open.")
        return
    try:
        period = _period(context)
    except PeriodError as exc:
        await reply_html(message, _pre(str(exc)))
        return
    engine = context.bot_data.catalog.engine

    def report() -> str:
        # Reading waits for the queued records, so the report includes the latest questions.
        insights.flush()
        return make(insights, period, engine)

    try:
        text = await asyncio.to_thread(report)
    except StoreError as exc:
        # A damaged or locked log is the admin's to know about, in one line, not a traceback.
        log.warning("report failed: %s", exc)
        text = f"The question log cannot be read: {exc}"
    await reply_html(message, _pre(text))


async def notify_admins(bot: Bot, admins: Iterable[int], report: ReloadReport) -> None:
    """Send a reload report to each admin's private chat (an admin who never started the bot
    cannot be written to: that is logged, not raised)."""
    for admin in sorted(admins):
        try:
            for piece in render.split_html(_pre(report.text())):
                await bot.send_message(admin, piece)
        except TelegramError as exc:
            log.warning("could not tell admin %s about the reload: %s", admin, exc)
