"""The answer model, and the wording of the engine's decisions.

The engine decides (:class:`~bot.engine.decision.Decision`: answer with this fact, decline
with that gap, "did you mean", small talk…) and gives its evidence; :func:`answer_for` adds
the words the user reads: the fact's answer or the gap's reply in the question's language, or
the bot's own text (:mod:`bot.conversation.texts`) for declines, ambiguity, small talk and empty
messages — in Serbian Cyrillic when the question was. Renderers and adapters take the
resulting :class:`Answer`. Data only, never markup.
"""

from __future__ import annotations

import dataclasses
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
    """The text that tells ``decision`` to the user, and the citations that back it; a joined
    question's declined second part (``Decision.declined_part``) is told after the answer."""
    text, cited = _wording(decision)
    declined = decision.declined_part
    if declined is None:
        return text, cited
    if declined.gap is None and declined.reason not in _OWN_DECLINES:
        # Declined for no reason of its own wording (off topic, too weak): said of the part.
        note = texts.fill("part_not_found", decision.lang, part=declined.question.strip(" ?.!,"))
        return f"{text}\n\n{note}", cited
    more, more_cited = _wording(dataclasses.replace(declined, lang=decision.lang))
    return f"{text}\n\n{more}", cited + tuple(c for c in more_cited if c not in cited)


#: Reasons a decline has a text of its own for (about now, another period).
_OWN_DECLINES = frozenset({Reason.NOW, Reason.HELD_NOW, Reason.OTHER_PERIOD})


def _wording(decision: Decision) -> tuple[str, tuple[Citation, ...]]:
    """:func:`wording` of ``decision`` itself."""
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
