"""/review for admins: the review queue, one group at a time, with buttons to act on it.

In a private chat with the bot an admin sees the first open group (as ``python -m bot
review`` lists them) with up to three buttons "add to: <fact's first question>", "it's a gap"
and "ignore". A button accepts the group into that fact or gap (:func:`bot.records.accept.
accept`: only if the whole base still passes ``check``), or rejects it; the reply says what
happened — check's summary, or the problems that stopped it — and shows the next group. The
fact base is then reloaded at once. Never in a group chat: the questions are other people's.
"""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot.engine import Engine
from bot.records.accept import Accepted, accept
from bot.records.review import ReviewGroup, find_group, group_lines, mark_done, review_groups
from bot.records.store import StoreError
from bot.tg import handlers
from bot.tg.handlers import reply_html
from bot.tg.state import Context

log = logging.getLogger(__name__)

#: callback_data of the review buttons starts with this (``rv:a:ID:N``, ``rv:g:ID``, ``rv:i:ID``).
PREFIX = "rv:"
#: Characters of a fact's question shown on its button.
BUTTON_CHARS = 48
NOTHING = "Nothing to review."
GONE = "That group is no longer open (accepted, ignored, or its questions were forgotten)."
NO_LOG = "Nothing is recorded: the question log is not open."
NO_GAP = "No gap fits these questions: add one to gaps.yaml, then press again."


def _label(engine: Engine, fact_id: str) -> str:
    fact = next((f for f in engine.base.facts if f.id == fact_id), None)
    text = fact.questions[0] if fact is not None else fact_id
    return text if len(text) <= BUTTON_CHARS else text[: BUTTON_CHARS - 1] + "…"


def keyboard(group: ReviewGroup, engine: Engine) -> InlineKeyboardMarkup:
    """ "add to: …" for each suggested fact (best first), "it's a gap" and "ignore"."""
    rows = [
        [
            InlineKeyboardButton(
                f"add to: {_label(engine, fact_id)}", callback_data=f"{PREFIX}a:{group.id}:{n}"
            )
        ]
        for n, fact_id in enumerate(group.suggestions)
    ]
    rows.append(
        [
            InlineKeyboardButton("it's a gap", callback_data=f"{PREFIX}g:{group.id}"),
            InlineKeyboardButton("ignore", callback_data=f"{PREFIX}i:{group.id}"),
        ]
    )
    return InlineKeyboardMarkup(rows)


def _gap_for(group: ReviewGroup, engine: Engine) -> str | None:
    """The gap these questions belong to: the one that declined them, else the best gap
    candidate for the first question."""
    if group.gap_id:
        return group.gap_id
    return next((c.id for c in engine.decide(group.questions[0]).candidates if c.is_gap), None)


async def show_next(message: Message, context: Context, before: str = "") -> None:
    """Reply with the first open group and its buttons (after ``before``, if any)."""
    insights = context.bot_data.insights
    if insights is None or not insights.store.is_open:
        await reply_html(message, html.escape(NO_LOG, quote=False))
        return
    engine = context.bot_data.catalog.engine

    def first() -> tuple[ReviewGroup | None, int]:
        insights.flush()
        groups = review_groups(insights.store, engine=engine)
        return (groups[0] if groups else None), len(groups)

    group, count = await asyncio.to_thread(first)
    head = f"{before}\n\n" if before else ""
    if group is None:
        await reply_html(message, html.escape(head + NOTHING, quote=False))
        return
    body = "\n".join([f"1 of {count} to review:", *group_lines(group, engine)])
    await reply_html(message, html.escape(head + body, quote=False), keyboard(group, engine))


async def press(update: Update, context: Context) -> None:
    """A review button: accept into a fact or gap, or ignore; then the next group."""
    query = update.callback_query
    user = update.effective_user
    if query is None:
        return
    if not (query.data or "").startswith(PREFIX):
        # python-telegram-bot passes a press without data to every pattern: not ours.
        await handlers.press_button(update, context)
        return
    if user is None or user.id not in context.bot_data.admin_ids:
        await query.answer("Only for the bot's editors.")
        return
    await query.answer()
    message = query.message
    insights = context.bot_data.insights
    if not isinstance(message, Message) or insights is None:
        return
    action, _, rest = (query.data or "").removeprefix(PREFIX).partition(":")
    group_id, _, number = rest.partition(":")
    engine = context.bot_data.catalog.engine
    group = await asyncio.to_thread(find_group, insights.store, group_id, engine)
    if group is None or group.id != group_id:
        await show_next(message, context, GONE)
        return
    result = await asyncio.to_thread(_act, context, group, engine, action, number)
    if isinstance(result, Accepted) and result.ok and context.bot_data.reloader is not None:
        await context.bot_data.reloader.reload()
    text = result.text() if isinstance(result, Accepted) else result
    log.info("review %s %s by admin %s", action, group.id, user.id)
    await show_next(message, context, text)


def _act(
    context: Context, group: ReviewGroup, engine: Engine, action: str, number: str
) -> Accepted | str:
    """Do what the button says (in a worker thread): the result, or a line saying why not."""
    insights, reloader = context.bot_data.insights, context.bot_data.reloader
    if insights is None or reloader is None:
        return "The fact base cannot be edited from here (reloading is not set up)."
    try:
        if action == "i":
            mark_done(insights.store, group.id, "rejected", None)
            return f'Ignored: "{group.questions[0]}".'
        if action == "g":
            gap = _gap_for(group, engine)
            if gap is None:
                return NO_GAP
            return accept(reloader.directory, group, gap, gap=True, store=insights.store)
        if action == "a" and number.isdigit() and int(number) < len(group.suggestions):
            fact_id = group.suggestions[int(number)]
            return accept(reloader.directory, group, fact_id, store=insights.store)
    except (OSError, StoreError) as exc:
        return f"Could not do that: {exc}"
    return GONE
