"""A claim a gap declines, put right only by a fact that answers what is left of it."""

import pytest
from tiny import with_gaps

import bot.engine.decision as decision_module
from bot.engine import Decision, Engine, Outcome
from bot.engine.decision import corrected_claim
from bot.knowledge.model import Gap


@pytest.fixture(scope="module")
def trips_engine(small_engine: Engine) -> Engine:
    """The small base with a gap on trips of the Kazakh president, as an editor writes it."""
    gap = Gap(
        "no-tokayev-visit",
        ("did Tokayev visit Serbia", "Tokayev trip to Serbia"),
        "The article mentions no visit by Tokayev to Serbia.",
        requires=(("tokayev", "kazakh president"),),
    )
    return with_gaps(small_engine, gap)


@pytest.mark.parametrize(("score", "kept"), [(43.5, False), (80.0, True)])
def test_what_is_left_of_a_claim_must_be_answered_at_the_threshold(
    trips_engine: Engine, monkeypatch: pytest.MonkeyPatch, score: float, kept: bool
) -> None:
    """ "tokayev visited serbia last week, right?" without the gap's "tokayev" leans on a
    fact only as far as "last week" shares "last" with last year's trade: an answer below
    ``answer_threshold`` puts nothing right, and the gap's decline stands; a sure one does."""
    question = "tokayev visited serbia last week, right?"
    found = trips_engine.match(question)
    gap = next(c for c in found.candidates if c.id == "no-tokayev-visit")
    fact = trips_engine.base.fact("trade-turnover")
    leaning = Decision(question, Outcome.ANSWERED, "en", score, fact=fact)
    monkeypatch.setattr(decision_module, "decide", lambda *args: leaning)
    made = corrected_claim(trips_engine.index, question, found, gap)
    assert (made is not None) is kept
