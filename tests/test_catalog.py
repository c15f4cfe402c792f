"""The catalog: what the bot offers next, topic browsing, and exact answers to picked facts."""

from __future__ import annotations

import dataclasses

from bot.conversation.answering import Answer, Outcome, ask
from bot.conversation.catalog import MAX_EXAMPLES, MAX_OFFERS, Catalog, Offer
from bot.engine import Engine


def test_offers_after_an_answer_are_its_related_questions(small_engine: Engine) -> None:
    """An answered question offers its related facts' questions, each naming its fact."""
    catalog = Catalog(small_engine)
    fact = next(f for f in small_engine.base.facts if f.related)
    answer = catalog.answer_fact(fact, "en")
    offers = catalog.offers_for(answer)
    assert 1 <= len(offers) <= MAX_OFFERS
    assert [o.fact_id for o in offers] == list(fact.related[:MAX_OFFERS])
    assert [o.question for o in offers] == [
        small_engine.base.fact(i).questions[0] for i in fact.related
    ][:MAX_OFFERS]


def test_offers_after_a_decline_are_the_suggestions_capped(small_engine: Engine) -> None:
    """A declined answer offers its suggestions, at most MAX_OFFERS of them."""
    catalog = Catalog(small_engine)
    questions = tuple(f.questions[0] for f in small_engine.base.facts[:5])
    declined = Answer("q", Outcome.NOT_FOUND, "no", suggestions=questions)
    offers = catalog.offers_for(declined)
    assert [o.question for o in offers] == list(questions[:MAX_OFFERS])
    assert all(o.fact_id is not None for o in offers)


def test_offer_recognises_any_phrasing_case_insensitively(small_engine: Engine) -> None:
    """A question equal to one of a fact's phrasings (any case) names that fact; others none."""
    catalog = Catalog(small_engine)
    fact = small_engine.base.facts[0]
    assert catalog.offer(fact.questions[-1].upper()) == Offer(fact.questions[-1].upper(), fact.id)
    assert catalog.offer("What is the colour of the sky?").fact_id is None


def test_examples_are_the_popular_questions(small_engine: Engine) -> None:
    """The welcome examples are the fact base's popular questions, at most MAX_EXAMPLES."""
    examples = Catalog(small_engine).examples()
    assert [e.question for e in examples] == list(small_engine.base.popular[:MAX_EXAMPLES])
    assert 3 <= len(examples) <= 4


def test_answer_fact_is_exact_and_localised(small_engine: Engine) -> None:
    """A picked fact is answered with that fact, its citations, and the language asked for."""
    catalog = Catalog(small_engine)
    fact = small_engine.base.facts[-1]
    fact = dataclasses.replace(fact, translations={"ru": "Ответ по-русски."})
    answer = catalog.answer_fact(fact, "ru")
    assert answer.outcome is Outcome.ANSWERED
    assert answer.fact_id == fact.id
    assert answer.text == "Ответ по-русски."
    assert answer.citations == fact.citations
    assert answer.lang == "ru"
    assert catalog.answer_fact(fact, "sr").text == fact.answer


def test_answer_offer_asks_the_engine_when_no_fact_is_named(small_engine: Engine) -> None:
    """An offer that names no fact is asked like typed text (in the offer's language)."""
    catalog = Catalog(small_engine)
    question = small_engine.base.facts[0].questions[0]
    assert catalog.answer_offer(Offer(question), "en") == ask(small_engine, question, lang="en")


def test_answer_offer_for_a_removed_fact_asks_the_engine(small_engine: Engine) -> None:
    """An offer naming a fact that no longer exists falls back to asking its question."""
    catalog = Catalog(small_engine)
    question = small_engine.base.facts[0].questions[0]
    answer = catalog.answer_offer(Offer(question, "no-such-fact"), "en")
    assert answer == ask(small_engine, question, lang="en")


def test_topics_list_each_fact_once_by_its_canonical_question(small_engine: Engine) -> None:
    """Browsing all topics reaches every fact exactly once, by its first question."""
    catalog = Catalog(small_engine)
    seen = [o for t in catalog.topics() for o in catalog.topic_offers(t.id)]
    assert sorted(o.fact_id or "" for o in seen) == sorted(f.id for f in small_engine.base.facts)
    assert all(o.question == small_engine.base.fact(o.fact_id or "").questions[0] for o in seen)
    assert catalog.topic("no-such-topic") is None
