"""What the bot offers to ask next, framework-free: shared by Telegram buttons and the console.

An :class:`Offer` is a question shown as a button (Telegram) or a numbered choice (console).
Offers that name a fact are answered with exactly that fact when picked — not re-ranked by
the engine — so pressing "Who is Ivica Dacic?" always shows that fact, whatever the engine's
thresholds are tuned to. Other offers (popular questions that are no fact's phrasing) are asked.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation import answering, dialogue, wording
from bot.conversation.answering import Answer, Outcome
from bot.conversation.dialogue import Turn
from bot.engine import Decision, Engine
from bot.knowledge.model import Fact, FactBase, Topic

#: Most follow-up questions offered under one reply (buttons or numbered lines).
MAX_OFFERS = 3
#: Most example questions on the welcome screen.
MAX_EXAMPLES = 4


@dataclass(frozen=True, slots=True)
class Offer:
    """A question offered to the user; ``fact_id`` when it names one fact."""

    question: str
    fact_id: str | None = None


class Catalog:
    """An engine plus the tables adapters need: offers, topics and popular questions.

    Immutable after construction; a reload builds a new Catalog and swaps it in whole.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.base: FactBase = engine.base
        self._facts = {fact.id: fact for fact in self.base.facts}
        # Any phrasing (case-insensitive) -> its fact, to recognise offered questions.
        self._by_phrasing: dict[str, str] = {}
        for fact in self.base.facts:
            for question in fact.questions:
                self._by_phrasing.setdefault(question.casefold(), fact.id)
        self.popular: tuple[Offer, ...] = tuple(self.offer(q) for q in self.base.popular)

    # ----------------------------------------------------------------------------------------
    # Offers
    # ----------------------------------------------------------------------------------------

    def offer(self, question: str) -> Offer:
        """``question`` as an offer, naming its fact when it is one of a fact's phrasings."""
        return Offer(question, self._by_phrasing.get(question.casefold()))

    def offers_for(self, answer: Answer) -> tuple[Offer, ...]:
        """What to offer after ``answer``: related questions, or the suggestions when declined."""
        questions = answer.related if answer.outcome is Outcome.ANSWERED else answer.suggestions
        return tuple(self.offer(q) for q in questions[:MAX_OFFERS])

    def examples(self, lang: str = "en") -> tuple[Offer, ...]:
        """Example questions for the welcome screen, in ``lang`` where the fact base has them."""
        return tuple(
            Offer(self.engine.question_for(o.fact_id, lang), o.fact_id) if o.fact_id else o
            for o in self.popular[:MAX_EXAMPLES]
        )

    # ----------------------------------------------------------------------------------------
    # Topics
    # ----------------------------------------------------------------------------------------

    def topic(self, topic_id: str) -> Topic | None:
        """The topic with ``topic_id``, or None."""
        return next((t for t in self.base.topics if t.id == topic_id), None)

    def topics(self) -> tuple[Topic, ...]:
        """Topics that have at least one fact, in the fact base's order."""
        used = {fact.topic for fact in self.base.facts}
        return tuple(t for t in self.base.topics if t.id in used)

    def topic_offers(self, topic_id: str, lang: str = "en") -> tuple[Offer, ...]:
        """Each fact of a topic, offered by its first question in ``lang`` (else in English)."""
        return tuple(
            Offer(self.engine.question_for(f.id, lang), f.id)
            for f in self.base.facts
            if f.topic == topic_id
        )

    # ----------------------------------------------------------------------------------------
    # Answers
    # ----------------------------------------------------------------------------------------

    def fact(self, fact_id: str) -> Fact | None:
        """The fact with ``fact_id``, or None (e.g. an old button after the base changed)."""
        return self._facts.get(fact_id)

    def ask(self, question: str, lang: str | None = None) -> Answer:
        """The engine's answer to a question typed by a user (small talk said about the article)."""
        return wording.word(answering.ask(self.engine, question, lang=lang), self.base.source)

    def converse(
        self, question: str, previous: Turn | None, now: float, hint: str | None = None
    ) -> tuple[Answer, Turn | None]:
        """The answer to a question in a conversation, and the turn to remember (see
        :mod:`bot.conversation.dialogue`); ``hint`` is the client's language."""
        answer, turn = dialogue.ask(self.engine, question, previous, now, hint=hint)
        return wording.word(answer, self.base.source), turn

    def say(self, key: str, lang: str, **extra: str) -> str:
        """The bot text ``key`` in ``lang``, filled with this article's words (plain text)."""
        return wording.say(key, lang, self.base.source, **extra)

    def turn_for(self, answer: Answer, now: float) -> Turn | None:
        """What to remember after showing ``answer`` (e.g. a pressed button's fact)."""
        if not answer.answered or answer.fact_id is None:
            return None
        question = self.engine.fact(answer.fact_id).questions[0]
        people = self.engine.names_in(question, people_only=True)
        return Turn(question, answer.fact_id, people, now)

    def answer_offer(self, offer: Offer, lang: str) -> Answer:
        """The answer to a picked offer: its fact exactly, or the engine's answer."""
        fact = self.fact(offer.fact_id) if offer.fact_id else None
        if fact is None:
            return self.ask(offer.question, lang)
        return self.answer_fact(fact, lang)

    def answer_fact(self, fact: Fact, lang: str) -> Answer:
        """``fact`` as an answer in ``lang``, with its related facts' questions to offer."""
        related = tuple(self._facts[i].questions[0] for i in fact.related if i in self._facts)[
            :MAX_OFFERS
        ]
        decision = Decision(
            fact.questions[0], Outcome.ANSWERED, lang, score=100.0, fact=fact, related=related
        )
        return answering.answer_for(decision)
