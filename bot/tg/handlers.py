"""Telegram handlers: thin adapters from updates to the catalog, and back as Telegram HTML.

Each handler reads the current :class:`~bot.conversation.catalog.Catalog` from
``context.bot_data.catalog`` (:class:`~bot.tg.state.BotData`) once per update, so replacing it there (a fact-base reload) takes effect atomically between updates.
Every outgoing text is built by :mod:`bot.conversation.render` (all strings escaped) and split to
Telegram's limit by :func:`reply_html`.

Admin-only commands must check the *sender* (``update.effective_user.id``) against the admin
list, never the chat: anyone can add the bot to a group, and in a group the chat is shared.
"""

from __future__ import annotations

import logging
import time

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    Message,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ApplicationHandlerStop

from bot.conversation import render, texts
from bot.conversation.answering import Answer
from bot.conversation.catalog import Catalog
from bot.tg import buttons
from bot.tg.abuse import Verdict
from bot.tg.groups import addressed_question
from bot.tg.inline import INLINE_CACHE_SECONDS, inline_results
from bot.tg.state import Context

log = logging.getLogger(__name__)


def converse(context: Context, update: Update, chat_id: int, text: str) -> Answer:
    """Answer ``text`` as the next turn of the chat's conversation, and remember it."""
    memory = context.bot_data.memory
    now = time.monotonic()
    answer, turn = context.bot_data.catalog.converse(
        text, memory.recall(chat_id, now), now, hint=user_language(update)
    )
    memory.remember(chat_id, turn)
    return answer


def record(
    update: Update,
    context: Context,
    catalog: Catalog,
    answer: Answer,
    *,
    via: str = "text",
) -> None:
    """Record how a question was answered (queued: never waits for the database)."""
    insights = context.bot_data.insights
    if insights is None or answer.decision is None:
        return
    user, chat = update.effective_user, update.effective_chat
    insights.question(
        answer.decision,
        via=via,
        chat_type=chat.type if chat else None,
        user_id=user.id if user else None,
    )


def user_language(update: Update) -> str:
    """The bot language for the user's Telegram client language (English by default)."""
    user = update.effective_user
    return texts.pick_language(user.language_code if user else None)


async def reply_html(
    message: Message, html: str, keyboard: InlineKeyboardMarkup | None = None
) -> None:
    """Reply with ``html`` split to Telegram's limit; the keyboard goes under the last piece.

    python-telegram-bot quotes the question in groups (so it is clear which message is
    answered) and not in private chats. A plain private chat's reply — nearly every answer — is
    posted by :func:`post_message`; anything else (groups, forum topics, business chats) goes
    through ``Message.reply_text``, which knows how to address it.
    """
    pieces = render.split_html(html)
    plain_private = (
        message.chat.type == ChatType.PRIVATE
        and not message.is_topic_message
        and message.business_connection_id is None
        and message.direct_messages_topic is None
    )
    for number, piece in enumerate(pieces, 1):
        markup = keyboard if number == len(pieces) else None
        if plain_private:
            await post_message(message.get_bot(), message.chat_id, piece, markup)
        else:
            await message.reply_text(piece, reply_markup=markup)


async def post_message(
    bot: Bot,
    chat_id: int,
    html: str,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    thread: int | None = None,
) -> None:
    """``sendMessage`` of ``html`` (one piece), through the flood limiter like every call,
    without turning Telegram's answer into a :class:`~telegram.Message`: the bot never reads
    it, and parsing it cost ~0.3 ms of CPU per answer (docs/performance.md)."""
    await bot._post(  # Bot.send_message without its result parsed
        "sendMessage",
        {
            "chat_id": chat_id,
            "text": html,
            "parse_mode": ParseMode.HTML,
            "reply_markup": keyboard,
            "message_thread_id": thread,
        },
    )


async def send_html(
    context: Context,
    chat_id: int,
    html: str,
    keyboard: InlineKeyboardMarkup | None = None,
    *,
    thread: int | None = None,
) -> None:
    """Send ``html`` to a chat split to Telegram's limit; the keyboard goes under the last piece."""
    pieces = render.split_html(html)
    for number, piece in enumerate(pieces, 1):
        markup = keyboard if number == len(pieces) else None
        await post_message(context.bot, chat_id, piece, markup, thread=thread)


def answer_keyboard(catalog: Catalog, answer: Answer) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: its related questions, or "did you mean" when declined; and
    👍/👎 under an answer."""
    fact_id = answer.fact_id if answer.answered else None
    return buttons.answer_keyboard(catalog, catalog.offers_for(answer), answer.lang, fact_id)


async def reply_answer(message: Message, catalog: Catalog, answer: Answer) -> None:
    """Reply with an answer and buttons for its related questions or suggestions."""
    await reply_html(message, render.to_html(answer), answer_keyboard(catalog, answer))


# --------------------------------------------------------------------------------------------
# The per-user limit (runs before every other handler)
# --------------------------------------------------------------------------------------------


async def limit_users(update: Update, context: Context) -> None:
    """Count each message someone expects an answer to against its sender's per-minute limit.

    Over the limit, the sender gets one "slow down" notice, then nothing until the minute has
    passed (a pressed button is still acknowledged, silently, so it stops spinning); other
    users are not affected. Inline queries (sent as one types) and group chatter not addressed
    to the bot are not counted.
    """
    limiter = context.bot_data.user_limit
    user = update.effective_user
    if limiter is None or user is None or update.inline_query is not None:
        return
    if not _someone_waits(update, context):
        return
    verdict = limiter.check(user.id)
    if verdict is Verdict.ADMIT:
        return
    query = update.callback_query
    if verdict is Verdict.NOTIFY:
        log.info(
            "user %s sent more than %d messages within %gs: told to slow down, ignored meanwhile",
            user.id,
            limiter.limit,
            limiter.window,
        )
        lang = user_language(update)
        if query is not None:
            notice = texts.text("slow_down", lang)[: buttons.MAX_CALLBACK_ANSWER_CHARS]
            await query.answer(notice, show_alert=True)
        elif update.effective_message is not None:
            await reply_html(update.effective_message, render.fill_html("slow_down", lang))
    elif query is not None:
        await query.answer()
    raise ApplicationHandlerStop


# --------------------------------------------------------------------------------------------
# Commands
# --------------------------------------------------------------------------------------------


async def start(update: Update, context: Context) -> None:
    """/start: what the bot knows, with example questions as buttons."""
    message = update.effective_message
    if message is None:
        return
    catalog, lang = context.bot_data.catalog, user_language(update)
    keyboard = buttons.offers_keyboard(catalog, catalog.examples(lang), lang)
    await reply_html(message, render.welcome_html(catalog.base.source, lang), keyboard)


async def show_help(update: Update, context: Context) -> None:
    """/help: how to ask, what the bot cannot do, and the commands."""
    message = update.effective_message
    if message is None:
        return
    catalog, lang = context.bot_data.catalog, user_language(update)
    example = catalog.popular[0].question if catalog.popular else ""
    html = render.help_html(lang, example=example, username=context.bot.username)
    await reply_html(message, html)


async def show_topics(update: Update, context: Context) -> None:
    """/topics: the topics as buttons."""
    message = update.effective_message
    if message is None:
        return
    catalog, lang = context.bot_data.catalog, user_language(update)
    await reply_html(
        message, render.fill_html("topics", lang), buttons.topics_keyboard(catalog, lang)
    )


async def show_source(update: Update, context: Context) -> None:
    """/source: what the article is, its dateline, date and reporting source."""
    message = update.effective_message
    if message is None:
        return
    catalog, lang = context.bot_data.catalog, user_language(update)
    await reply_html(message, render.source_html(catalog.base.source, lang))


async def unknown_command(update: Update, context: Context) -> None:
    """An unknown /command in a private chat: point to /help."""
    message = update.effective_message
    if message is None:
        return
    await reply_html(message, render.fill_html("unknown_command", user_language(update)))


# --------------------------------------------------------------------------------------------
# Questions
# --------------------------------------------------------------------------------------------


async def answer_question(update: Update, context: Context) -> None:
    """Text in a private chat: answer it."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    catalog = context.bot_data.catalog
    answer = converse(context, update, message.chat_id, message.text)
    record(update, context, catalog, answer)
    await reply_answer(message, catalog, answer)


async def answer_if_addressed(update: Update, context: Context) -> None:
    """Text in a group: answer only when it mentions the bot or replies to it; else stay silent."""
    message = update.effective_message
    if message is None:
        return
    question = addressed_question(message, bot_id=context.bot.id, username=context.bot.username)
    if question is None:
        return
    catalog = context.bot_data.catalog
    answer = converse(context, update, message.chat_id, question)
    record(update, context, catalog, answer)
    await reply_answer(message, catalog, answer)


async def explain_text_only(update: Update, context: Context) -> None:
    """A sticker, photo, voice… in a private chat: say the bot answers text questions."""
    message = update.effective_message
    if message is None:
        return
    catalog, lang = context.bot_data.catalog, user_language(update)
    example = catalog.popular[0].question if catalog.popular else ""
    title = catalog.base.source.text_in("title", lang)
    html = render.fill_html("not_text", lang, bold=("title",), title=title, example=example)
    await reply_html(message, html)


# --------------------------------------------------------------------------------------------
# Buttons
# --------------------------------------------------------------------------------------------


async def press_button(update: Update, context: Context) -> None:
    """A pressed button: answer its question, record a vote, or page through the topics."""
    query = update.callback_query
    if query is None:
        return
    catalog = context.bot_data.catalog
    action = buttons.decode(catalog, query.data or "")
    message = query.message
    if action is None or message is None:
        # Every callback query is answered, or the user's button keeps spinning.
        notice = texts.text("outdated_button", user_language(update))
        await query.answer(notice[: buttons.MAX_CALLBACK_ANSWER_CHARS])
        return
    if isinstance(action, buttons.Vote):
        await _vote(update, context, query, action)
        return
    await query.answer()
    if isinstance(action, buttons.Ask):
        answer = catalog.answer_offer(action.offer, action.lang)
        context.bot_data.memory.remember(
            message.chat.id, catalog.turn_for(answer, time.monotonic())
        )
        record(update, context, catalog, answer, via="button")
        await send_html(
            context,
            message.chat.id,
            render.to_html(answer),
            answer_keyboard(catalog, answer),
            thread=_thread_of(message),
        )
    else:
        await _show_topic_page(context, query, message, catalog, action)


async def _vote(update: Update, context: Context, query: CallbackQuery, vote: buttons.Vote) -> None:
    """👍/👎: record it (a person's latest vote on a fact counts) and say thank you."""
    insights, chat = context.bot_data.insights, update.effective_chat
    if insights is not None:
        insights.vote(
            vote.fact_id,
            vote.vote,
            chat_type=chat.type if chat else None,
            user_id=query.from_user.id,
        )
    await query.answer(
        texts.text("feedback_thanks", vote.lang)[: buttons.MAX_CALLBACK_ANSWER_CHARS]
    )


def _thread_of(message: MaybeInaccessibleMessage) -> int | None:
    """The forum topic a message is in, so replies to its buttons land in the same topic."""
    if isinstance(message, Message) and message.is_topic_message:
        return message.message_thread_id
    return None


async def _show_topic_page(
    context: Context,
    query: CallbackQuery,
    message: MaybeInaccessibleMessage,
    catalog: Catalog,
    action: buttons.ShowTopic | buttons.ShowTopics,
) -> None:
    """Turn the topic browser's message into the page asked for: a topic's questions or all topics."""
    if isinstance(action, buttons.ShowTopic):
        title = action.topic.title_in(action.lang)
        html = render.fill_html("topic_questions", action.lang, bold=("topic",), topic=title)
        keyboard = buttons.topic_keyboard(catalog, action.topic, action.lang)
    else:
        html = render.fill_html("topics", action.lang)
        keyboard = buttons.topics_keyboard(catalog, action.lang)
    if not isinstance(message, Message):
        # Too old to edit (Telegram says "inaccessible"): show the page as a new message.
        await send_html(context, message.chat.id, html, keyboard, thread=_thread_of(message))
        return
    try:
        await query.edit_message_text(html, reply_markup=keyboard)
    except BadRequest as exc:
        # Pressing the button of the page already shown changes nothing; that is fine.
        if "not modified" not in str(exc).lower():
            raise


# --------------------------------------------------------------------------------------------
# Inline mode
# --------------------------------------------------------------------------------------------


async def answer_inline(update: Update, context: Context) -> None:
    """``@bot question`` in any chat: matching answers to share (popular ones when empty)."""
    query = update.inline_query
    if query is None:
        return
    results = inline_results(context.bot_data.catalog, query.query)
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS)


# --------------------------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------------------------


def _someone_waits(update: Update, context: Context) -> bool:
    """Whether the update expected a reply (so an apology is due, and no group is disturbed)."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None:
        return False
    if update.callback_query is not None or chat.type == chat.PRIVATE:
        return True
    if message is None or message.text is None:
        return False
    return message.text.startswith("/") or (
        addressed_question(message, bot_id=context.bot.id, username=context.bot.username)
        is not None
    )


async def report_error(update: object, context: Context) -> None:
    """Log a failure and, if someone is waiting for a reply, apologise; the bot keeps running.

    The apology is a fixed text: no exception message ever reaches a user. None is sent when
    the user blocked the bot (403), or when Telegram could not be reached even after the
    delivery retries (the apology would fail the same way).
    """
    update_id = getattr(update, "update_id", "-")
    error = context.error
    if isinstance(error, Forbidden):
        # Blocked by the user, or removed from the group: not retried, nobody to tell.
        log.warning("update %s: Telegram refused the reply (%s); not retried", update_id, error)
        return
    if isinstance(error, RetryAfter | NetworkError) and not isinstance(error, BadRequest):
        log.error("update %s: the reply could not be delivered (%s)", update_id, error)
        return
    log.error("failed to handle update %s", update_id, exc_info=error)
    if not isinstance(update, Update) or not _someone_waits(update, context):
        return
    chat = update.effective_chat
    if chat is None:
        return
    try:
        await context.bot.send_message(chat.id, render.fill_html("apology", user_language(update)))
    except TelegramError:
        log.warning("could not send the apology for update %s", update.update_id, exc_info=True)
