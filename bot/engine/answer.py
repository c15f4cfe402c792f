"""The answer model: what the engine returns for one question. Data only, never markup."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from bot.knowledge.model import Citation


class Outcome(enum.Enum):
    """How the engine dealt with a question."""

    #: A fact answers it.
    ANSWERED = "answered"
    #: Several facts fit about equally well: the suggestions say which.
    AMBIGUOUS = "ambiguous"
    #: The article does not say (a known gap, or nothing matches well enough).
    NOT_FOUND = "not_found"
    #: Greeting, thanks and the like: a friendly reply, not an answer.
    SMALLTALK = "smalltalk"
    #: Nothing to answer (empty or blank text).
    EMPTY = "empty"


@dataclass(frozen=True, slots=True)
class Answer:
    """The engine's reply to one question.

    ``text`` is the answer when ``answered``, otherwise the message to show (the article
    doesn't say…, did you mean…, a greeting). ``suggestions`` are question texts to offer
    when not answered; ``related`` are question texts to offer after an answer.
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

    @property
    def answered(self) -> bool:
        """True when a fact answers the question."""
        return self.outcome is Outcome.ANSWERED
