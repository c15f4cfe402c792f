"""A gap naming a whole question's worth of phrases in ``settles``: the order of the meetings."""

import dataclasses

import pytest

from bot.engine import Engine, Outcome
from bot.knowledge.model import FactBase


@pytest.fixture(scope="module")
def order_engine(small_base: FactBase) -> Engine:
    """The small base with a gap for the order of the meetings, settled by its phrases."""
    template = small_base.gaps[0]
    order = dataclasses.replace(
        template,
        id="no-meeting-order",
        requires=(("before or after", "met first", "meet first", "what order"),),
        unless=(),
        answers_to=(),
        settles=(("before or after", "met first", "meet first", "what order"),),
        questions=("In what order were the meetings held?", "which meeting came first"),
        reply="The article doesn't say in what order the meetings took place.",
        related=("officials-met",),
    )
    return Engine(dataclasses.replace(small_base, gaps=(*small_base.gaps, order)))


@pytest.mark.parametrize(
    "question", ["who did nurtleu meet first", "did he meet dacic before or after vucic?"]
)
def test_a_settling_phrase_declines_whatever_fact_also_matches(
    order_engine: Engine, question: str
) -> None:
    """ "Who did Nurtleu meet first" is declined by the order gap, not answered with whom he met."""
    decision = order_engine.decide(question)
    assert decision.outcome is Outcome.NOT_FOUND
    assert decision.gap_id == "no-meeting-order"


def test_whom_he_met_is_still_answered(order_engine: Engine) -> None:
    """ "Who did Nurtleu meet" has no phrase of the gap: the fact answers."""
    assert order_engine.decide("who did nurtleu meet").answered
