"""What the question log holds, as records written and rows read back (data only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuestionRecord:
    """One question the bot dealt with (see the ``questions`` table)."""

    at: float
    via: str
    outcome: str
    review: bool
    question: str | None
    fact_id: str | None
    score: float
    best_id: str | None = None
    best_score: float | None = None
    best_is_gap: bool | None = None
    closest_id: str | None = None
    closest_score: float | None = None
    lang: str | None = None
    chat_type: str | None = None
    user_hash: str | None = None
    #: Why it was declined (the engine's Reason), for declines.
    reason: str | None = None
    #: The decision's lead over the next candidate, in score points.
    margin: float | None = None
    #: The share of the question the deciding fact or gap explains (0-1).
    coverage: float | None = None
    #: The best fact other than the one that answered (what else it might have been).
    runner_id: str | None = None


@dataclass(frozen=True, slots=True)
class VoteRecord:
    """A 👍 (+1) or 👎 (-1) on a fact."""

    at: float
    fact_id: str
    vote: int
    user_hash: str
    chat_type: str | None = None


Record = QuestionRecord | VoteRecord
#: What :meth:`Store.submit` takes: a record, or a function that makes one (or None: nothing).
Pending = Record | Callable[[], Record | None]


@dataclass(frozen=True, slots=True)
class ReviewRow:
    """A typed question as read back (the last five fields are NULL in rows of old versions)."""

    at: float
    question: str
    outcome: str
    fact_id: str | None
    score: float
    best_id: str | None
    best_score: float | None
    best_is_gap: bool
    closest_id: str | None
    closest_score: float | None
    reason: str | None = None
    margin: float | None = None
    coverage: float | None = None
    runner_id: str | None = None
    user_hash: str | None = None


@dataclass(frozen=True, slots=True)
class Dislike:
    """A 👎 on a fact, as read back: who (salted) and when."""

    user_hash: str
    fact_id: str
    at: float


@dataclass(frozen=True, slots=True)
class Counts:
    """How questions were dealt with in a period."""

    asked: int = 0
    answered: int = 0
    declined: int = 0
    low_confidence: int = 0
    buttons: int = 0


@dataclass(frozen=True, slots=True)
class FactCounts:
    """One fact's answers and feedback in a period."""

    fact_id: str
    answers: int = 0
    up: int = 0
    down: int = 0
