"""Inline keyboards and their compact ``callback_data``.

Telegram allows at most 64 bytes of callback_data per button, and questions run to 300
characters, so a button never carries its question. It carries ``<kind>:<lang>:<ref>``:

====  ======================================  =============================================
kind  meaning                                 ref
====  ======================================  =============================================
a     answer a fact exactly                   the fact id (``#<n>``, its position, if long)
p     ask a popular question                  its position in ``popular:``
t     show a topic's questions                the topic id (``#<n>`` if long)
T     show the list of topics                 empty
u     👍 on the answer of a fact              the fact id (``#<n>`` if long)
d     👎 on the answer of a fact              the fact id (``#<n>`` if long)
====  ======================================  =============================================

The language is the reply's, so a Russian answer's buttons answer in Russian. Ids are used
rather than positions where they fit, so buttons in old messages keep working after the fact
base is edited; a button whose fact or topic is gone decodes to None ("out of date").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.conversation import texts
from bot.conversation.catalog import Catalog, Offer
from bot.knowledge.model import LANGUAGES, Topic

#: Telegram's limit on a button's callback_data, in bytes (UTF-8).
MAX_CALLBACK_DATA_BYTES = 64
#: Telegram's limit on the notice shown when a button press is acknowledged, in characters.
MAX_CALLBACK_ANSWER_CHARS = 200
#: Topic buttons per keyboard row (titles are short; two per row keeps the list compact).
TOPICS_PER_ROW = 2
#: The feedback buttons' labels.
UP, DOWN = "👍", "👎"

_ANSWER, _POPULAR, _TOPIC, _TOPICS, _UP, _DOWN = "a", "p", "t", "T", "u", "d"


@dataclass(frozen=True, slots=True)
class Ask:
    """A pressed question: answer ``offer`` in ``lang``."""

    offer: Offer
    lang: str


@dataclass(frozen=True, slots=True)
class ShowTopic:
    """A pressed topic: list its questions."""

    topic: Topic
    lang: str


@dataclass(frozen=True, slots=True)
class ShowTopics:
    """The "all topics" button: list the topics again."""

    lang: str


@dataclass(frozen=True, slots=True)
class Vote:
    """A 👍 (``vote`` = 1) or 👎 (-1) on the answer of a fact."""

    fact_id: str
    vote: int
    lang: str


Action = Ask | ShowTopic | ShowTopics | Vote


def _pack(kind: str, lang: str, ref: str, position: int) -> str:
    data = f"{kind}:{lang}:{ref}"
    if len(data.encode("utf-8")) > MAX_CALLBACK_DATA_BYTES:
        data = f"{kind}:{lang}:#{position}"
    return data


def offer_data(catalog: Catalog, offer: Offer, lang: str) -> str | None:
    """callback_data for an offered question, or None if it cannot be named compactly."""
    if offer.fact_id is not None:
        ids = [fact.id for fact in catalog.base.facts]
        if offer.fact_id in ids:
            return _pack(_ANSWER, lang, offer.fact_id, ids.index(offer.fact_id))
    for position, popular in enumerate(catalog.popular):
        if popular.question == offer.question:
            return f"{_POPULAR}:{lang}:{position}"
    # Neither a fact nor a popular question (the engine never offers such); no button.
    return None


def vote_data(catalog: Catalog, fact_id: str, vote: int, lang: str) -> str | None:
    """callback_data for a 👍 (``vote`` > 0) or 👎 button under the answer of ``fact_id``."""
    ids = [fact.id for fact in catalog.base.facts]
    if fact_id not in ids:
        return None
    return _pack(_UP if vote > 0 else _DOWN, lang, fact_id, ids.index(fact_id))


def topic_data(catalog: Catalog, topic: Topic, lang: str) -> str:
    """callback_data for a topic button."""
    ids = [t.id for t in catalog.base.topics]
    return _pack(_TOPIC, lang, topic.id, ids.index(topic.id))


def topics_data(lang: str) -> str:
    """callback_data for the "all topics" button."""
    return f"{_TOPICS}:{lang}:"


#: Digits a position may have: callback_data is at most 64 bytes anyway.
_MAX_POSITION_DIGITS = 8


def _position(text: str, count: int) -> int | None:
    """``text`` as an index below ``count``, or None. ASCII digits only: callback_data comes
    from the client and may be forged, and ``str.isdigit`` also accepts "²" or "٣" (which
    ``int`` refuses or reads)."""
    if not text or len(text) > _MAX_POSITION_DIGITS or not (text.isascii() and text.isdigit()):
        return None
    position = int(text)
    return position if position < count else None


def _by_ref(items: Sequence[str], ref: str) -> str | None:
    if ref.startswith("#"):
        position = _position(ref[1:], len(items))
        return items[position] if position is not None else None
    return ref if ref in items else None


def decode(catalog: Catalog, data: str) -> Action | None:
    """The action a button's callback_data asks for, or None when it is unknown or stale."""
    kind, _, rest = data.partition(":")
    lang, _, ref = rest.partition(":")
    if lang not in LANGUAGES:
        return None
    if kind == _ANSWER:
        fact_id = _by_ref([fact.id for fact in catalog.base.facts], ref)
        fact = catalog.fact(fact_id) if fact_id else None
        return Ask(Offer(fact.questions[0], fact.id), lang) if fact else None
    if kind in (_UP, _DOWN):
        fact_id = _by_ref([fact.id for fact in catalog.base.facts], ref)
        return Vote(fact_id, 1 if kind == _UP else -1, lang) if fact_id else None
    if kind == _POPULAR:
        position = _position(ref, len(catalog.popular))
        return Ask(catalog.popular[position], lang) if position is not None else None
    if kind == _TOPIC:
        topic_id = _by_ref([t.id for t in catalog.base.topics], ref)
        topic = catalog.topic(topic_id) if topic_id else None
        return ShowTopic(topic, lang) if topic else None
    if kind == _TOPICS:
        return ShowTopics(lang)
    return None


# --------------------------------------------------------------------------------------------
# Keyboards
# --------------------------------------------------------------------------------------------


def offers_keyboard(
    catalog: Catalog, offers: Sequence[Offer], lang: str
) -> InlineKeyboardMarkup | None:
    """One button per offered question (None when there is nothing to offer)."""
    rows = [
        [InlineKeyboardButton(offer.question, callback_data=data)]
        for offer in offers
        if (data := offer_data(catalog, offer, lang)) is not None
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def feedback_row(catalog: Catalog, fact_id: str, lang: str) -> list[InlineKeyboardButton]:
    """👍 and 👎 for the answer of ``fact_id`` (empty when the fact is unknown)."""
    up, down = (vote_data(catalog, fact_id, vote, lang) for vote in (1, -1))
    if up is None or down is None:
        return []
    return [
        InlineKeyboardButton(UP, callback_data=up),
        InlineKeyboardButton(DOWN, callback_data=down),
    ]


def answer_keyboard(
    catalog: Catalog, offers: Sequence[Offer], lang: str, fact_id: str | None
) -> InlineKeyboardMarkup | None:
    """Under a reply: one button per offered question, then 👍/👎 when it answers a fact."""
    rows = [
        [InlineKeyboardButton(offer.question, callback_data=data)]
        for offer in offers
        if (data := offer_data(catalog, offer, lang)) is not None
    ]
    if fact_id is not None and (feedback := feedback_row(catalog, fact_id, lang)):
        rows.append(feedback)
    return InlineKeyboardMarkup(rows) if rows else None


def topics_keyboard(catalog: Catalog, lang: str) -> InlineKeyboardMarkup:
    """The topics, two per row."""
    buttons = [
        InlineKeyboardButton(topic.title_in(lang), callback_data=topic_data(catalog, topic, lang))
        for topic in catalog.topics()
    ]
    rows = [buttons[i : i + TOPICS_PER_ROW] for i in range(0, len(buttons), TOPICS_PER_ROW)]
    return InlineKeyboardMarkup(rows)


def topic_keyboard(catalog: Catalog, topic: Topic, lang: str) -> InlineKeyboardMarkup:
    """A topic's questions, one per row, then a button back to all topics."""
    rows = [
        [InlineKeyboardButton(offer.question, callback_data=data)]
        for offer in catalog.topic_offers(topic.id, lang)
        if (data := offer_data(catalog, offer, lang)) is not None
    ]
    rows.append(
        [InlineKeyboardButton(texts.text("all_topics", lang), callback_data=topics_data(lang))]
    )
    return InlineKeyboardMarkup(rows)
