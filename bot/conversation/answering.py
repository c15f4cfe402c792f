"""The answer model, and the wording of the engine's decisions.

The engine decides (:class:`~bot.engine.decision.Decision`: answer with this fact, decline
with that gap, "did you mean", small talk…) and gives its evidence; :func:`answer_for` adds
the words the user reads: the fact's answer or the gap's reply in the question's language, or
the bot's own text (:mod:`bot.conversation.texts`) for declines, ambiguity, small talk and empty
messages — in Serbian Cyrillic when the question was. Renderers and adapters take the
resulting :class:`Answer`. Data only, never markup.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.conversation import texts
from bot.engine.decision import Decision, Outcome, Reason
from bot.engine.engine import Engine
from bot.knowledge.model import Citation
from bot.lang.translit import to_serbian_cyrillic


@dataclass(frozen=True, slots=True)
class Answer:
    """The bot's reply to one question.

    ``text`` is the answer when ``answered``, otherwise the message to show (the article
    doesn't say…, did you mean…, a greeting). ``suggestions`` are question texts to offer
    when not answered; ``related`` are question texts to offer after an answer. ``decision``
    is the engine's decision it words, with the evidence (None for an answer made otherwise).
    """

    question: str
    outcome: Outcome
    text: str
    score: float = 0.0
    fact_id: str | None = None
    citations: tuple[Citation, ...] = ()
    suggestions: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    lang: str = "en"
    decision: Decision | None = None

    @property
    def answered(self) -> bool:
        """True when a fact answers the question."""
        return self.outcome is Outcome.ANSWERED


def wording(decision: Decision) -> tuple[str, tuple[Citation, ...]]:
    """The text that tells ``decision`` to the user, and the citations that back it."""
    lang = decision.lang
    if decision.fact is not None and decision.also is not None:
        # A question that joins two: both answers, each with its evidence.
        first, second = decision.fact, decision.also
        cited = first.citations + tuple(c for c in second.citations if c not in first.citations)
        return f"{first.answer_in(lang)}\n\n{second.answer_in(lang)}", cited
    if decision.fact is not None:
        return decision.fact.answer_in(lang), decision.fact.citations
    if decision.gap is not None:
        return decision.gap.reply_in(lang), decision.gap.citations
    if decision.outcome is Outcome.SMALLTALK and decision.small_talk is not None:
        return texts.text(decision.small_talk, lang), ()
    if decision.reason is Reason.NOW:
        return texts.text("now", lang), ()
    if decision.reason is Reason.HELD_NOW:
        return texts.text("held_now", lang), ()
    if decision.reason is Reason.OTHER_PERIOD:
        # "How much trade so far this year?": the article has the figure for last year only.
        return texts.text("other_period", lang), ()
    key = {Outcome.AMBIGUOUS: "ambiguous", Outcome.EMPTY: "empty"}.get(decision.outcome)
    return texts.text(key or "not_found", lang), ()


def answer_for(decision: Decision) -> Answer:
    """``decision`` worded as the :class:`Answer` the renderers and adapters show."""
    text, citations = wording(decision)
    return Answer(
        decision.question,
        decision.outcome,
        to_serbian_cyrillic(text) if decision.cyrillic else text,
        score=decision.score,
        fact_id=decision.fact_id,
        citations=citations,
        suggestions=decision.suggestions,
        related=decision.related,
        lang=decision.lang,
        decision=decision,
    )


def ask(
    engine: Engine, question: str, *, lang: str | None = None, hint: str | None = None
) -> Answer:
    """The answer to ``question``: the engine's decision (see :meth:`Engine.decide` for ``lang``
    and ``hint``), worded."""
    return answer_for(engine.decide(question, lang=lang, hint=hint))


__all__ = ["Answer", "Outcome", "answer_for", "ask", "wording"]
