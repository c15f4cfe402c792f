"""Callback data: compact (at most 64 bytes), reversible, and safe against stale or forged data."""

from __future__ import annotations

import dataclasses

import pytest

from bot.conversation.catalog import Catalog, Offer
from bot.engine import Engine
from bot.knowledge.model import LANGUAGES
from bot.tg import buttons


def test_every_fact_topic_and_popular_question_round_trips(small_engine: Engine) -> None:
    """Each offer and topic encodes in <= 64 bytes and decodes back to itself, in every language."""
    catalog = Catalog(small_engine)
    for lang in LANGUAGES:
        for fact in small_engine.base.facts:
            data = buttons.offer_data(catalog, Offer(fact.questions[0], fact.id), lang)
            assert data is not None
            assert len(data.encode()) <= buttons.MAX_CALLBACK_DATA_BYTES
            assert buttons.decode(catalog, data) == buttons.Ask(
                Offer(fact.questions[0], fact.id), lang
            )
        for offer in catalog.popular:
            data = buttons.offer_data(catalog, offer, lang)
            assert data is not None
            assert buttons.decode(catalog, data) == buttons.Ask(offer, lang)
        for topic in catalog.topics():
            data = buttons.topic_data(catalog, topic, lang)
            assert buttons.decode(catalog, data) == buttons.ShowTopic(topic, lang)
        assert buttons.decode(catalog, buttons.topics_data(lang)) == buttons.ShowTopics(lang)


@pytest.mark.slow
def test_ids_too_long_for_64_bytes_fall_back_to_positions(small_engine: Engine) -> None:
    """A fact id that would overflow callback_data is sent as its position, and still decodes."""
    base = small_engine.base
    long_id = "a-very-long-fact-identifier-" * 4
    facts = tuple(
        dataclasses.replace(f, id=long_id) if i == 3 else f for i, f in enumerate(base.facts)
    )
    catalog = Catalog(Engine(dataclasses.replace(base, facts=facts)))
    data = buttons.offer_data(catalog, Offer("q", long_id), "sr")
    assert data == "a:sr:#3"
    action = buttons.decode(catalog, data)
    assert isinstance(action, buttons.Ask)
    assert action.offer.fact_id == long_id


def test_offers_naming_nothing_get_no_button(small_engine: Engine) -> None:
    """A question that is neither a fact's nor a popular one is not turned into a button."""
    catalog = Catalog(small_engine)
    assert buttons.offer_data(catalog, Offer("What is love?"), "en") is None
    keyboard = buttons.offers_keyboard(catalog, [Offer("What is love?")], "en")
    assert keyboard is None


@pytest.mark.parametrize(
    "data",
    ["", ":", "a", "a:en", "a:en:", "a:xx:visitor", "p:en:-1", "p:en:1e3", "t:en:#x", "t:en:#999",
     "q:en:visitor", "a:en:#999", "T:zz:"],
)  # fmt: skip
def test_unknown_or_stale_data_decodes_to_none(small_engine: Engine, data: str) -> None:
    """Malformed, unknown-language, out-of-range or unknown-kind data is "out of date"."""
    assert buttons.decode(Catalog(small_engine), data) is None


@pytest.mark.parametrize(
    "data",
    ["p:en:²", "p:en:1²", "a:en:#²", "t:en:#٣", "u:en:#³", "d:ru:#¹", "p:en:１", "a:en:#０",
     "p:en:+1", "p:en: 1", "a:en:#-1", "p:en:" + "9" * 5000],
)  # fmt: skip
def test_forged_digits_decode_to_none(small_engine: Engine, data: str) -> None:
    """Positions are ASCII digits only: superscript, Arabic-Indic or fullwidth digits (which
    ``str.isdigit`` accepts and ``int`` may not), signs and spaces are "out of date", never a
    ValueError (issue 14, row 12)."""
    assert buttons.decode(Catalog(small_engine), data) is None


def test_topic_keyboard_ends_with_all_topics(small_engine: Engine) -> None:
    """A topic page lists its facts' questions, in the reader's language, and a way back."""
    catalog = Catalog(small_engine)
    topic = catalog.topics()[0]
    rows = buttons.topic_keyboard(catalog, topic, "ru").inline_keyboard
    offers = catalog.topic_offers(topic.id, "ru")
    assert [r[0].text for r in rows[:-1]] == [o.question for o in offers]
    assert offers[0].question == "О чем статья?"
    assert rows[-1][0].text == "« Все темы"
    assert rows[-1][0].callback_data == "T:ru:"


def test_feedback_buttons_round_trip_for_every_fact(small_engine: Engine) -> None:
    """👍/👎 data names the fact in <= 64 bytes and decodes to the vote, in every language."""
    catalog = Catalog(small_engine)
    for lang in LANGUAGES:
        for fact in small_engine.base.facts:
            for vote in (1, -1):
                data = buttons.vote_data(catalog, fact.id, vote, lang)
                assert data is not None
                assert len(data.encode()) <= buttons.MAX_CALLBACK_DATA_BYTES
                assert buttons.decode(catalog, data) == buttons.Vote(fact.id, vote, lang)
    assert buttons.vote_data(catalog, "no-such-fact", 1, "en") is None


def test_answer_keyboard_ends_with_feedback_only_for_facts(small_engine: Engine) -> None:
    """Under an answer: its offers, then one row of 👍 and 👎; no feedback without a fact."""
    catalog = Catalog(small_engine)
    fact = next(f for f in small_engine.base.facts if f.related)
    offers = [Offer(small_engine.base.fact(i).questions[0], i) for i in fact.related]
    rows = buttons.answer_keyboard(catalog, offers, "en", fact.id)
    assert rows is not None
    assert [b.text for b in rows.inline_keyboard[-1]] == ["👍", "👎"]
    assert len(rows.inline_keyboard) == len(offers) + 1
    assert buttons.answer_keyboard(catalog, [], "en", None) is None
    declined = buttons.answer_keyboard(catalog, offers, "en", None)
    assert declined is not None
    assert len(declined.inline_keyboard) == len(offers)
