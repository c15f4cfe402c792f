"""A question about another period than the one its fact states."""

import pytest
from tiny import with_gaps

from bot.engine import Engine
from bot.engine.decision import Reason
from bot.lang.normalize import periods_in


def test_periods_are_named_in_every_language() -> None:
    """ "so far this year", "за текущий год", "ove godine" name this year; "pre tri godine"
    years ago; a text naming none names none."""
    assert periods_in("how much so far this year") == {"this_year"}
    assert periods_in("товарооборот за текущий год") == {"this_year"}
    assert periods_in("koliki je promet ove godine") == {"this_year"}
    assert periods_in("колико је било пре три године") == {"years_ago"}
    assert periods_in("who signed the documents") == frozenset()
    assert periods_in("trade last month") == {"last_month"}
    assert periods_in("promet ovog meseca") == {"this_month"}


def test_a_fact_knows_the_periods_its_answer_states(small_engine: Engine) -> None:
    """The turnover "…last year" states last year; a fact stating no period is left out."""
    assert small_engine.index.fact_periods["trade-turnover"] == {"last_year"}
    assert "signed-documents" not in small_engine.index.fact_periods


@pytest.mark.parametrize(
    "question",
    [
        "how much was trade so far this year",
        "koliki je promet ove godine",
        "how much trade three years ago",
        "what was the trade turnover last month?",
        "какой товарооборот в этом месяце?",
        "I know last year's figure. And what about the trade turnover this year?",
    ],
)
def test_a_question_about_another_period_is_not_answered_with_the_facts(
    small_engine: Engine, question: str
) -> None:
    """ "How much trade so far this year?" is not answered with last year's $73.8 million,
    also when a story before it names last year."""
    decision = small_engine.decide(question)
    assert not decision.answered
    assert decision.reason is Reason.OTHER_PERIOD


@pytest.mark.parametrize(
    "question",
    [
        "what was the trade turnover last year",
        "the 73.8 million is this year, right?",
        "was the trade turnover reached this year or last year?",
    ],
)
def test_the_facts_own_period_a_claim_or_a_choice_is_answered(
    small_engine: Engine, question: str
) -> None:
    """Its own period is answered; so is a claim to put right ("…this year, right?") and a
    choice between periods ("this year or last year?")."""
    assert small_engine.decide(question).fact_id == "trade-turnover"


@pytest.mark.parametrize(
    "question",
    ["when did trade triple, this year?", "товарооборот вырос втрое когда, в этом году?"],
)
def test_a_when_question_guessing_another_period_is_put_right(
    small_engine: Engine, question: str
) -> None:
    """A question asking when, with a guess at another period, is answered: the fact's period
    is what it asks."""
    assert small_engine.decide(question).fact_id == "trade-turnover"


@pytest.fixture(scope="module")
def figures_gap_engine(small_engine: Engine) -> Engine:
    """The small base with a gap on trade figures of other periods (this year, earlier)."""
    from bot.knowledge.model import Gap

    gap = Gap(
        "no-other-figures",
        ("trade turnover this year", "trade figures for previous years"),
        "The article gives only last year's turnover: $73.8 million.",
        requires=(("this year", "previous", "earlier"), ("trade", "turnover", "figure")),
    )
    return with_gaps(small_engine, gap)


@pytest.mark.parametrize(
    "question",
    [
        "the trade figure was for this year, right?",
        "that trade figure was for this year, wasn't it",
    ],
)
def test_a_claim_putting_the_fact_in_another_period_is_put_right_by_the_fact(
    figures_gap_engine: Engine, question: str
) -> None:
    """ "that trade figure was for this year, wasn't it" is answered with the turnover, whose
    "last year" puts it right, not declined by the gap on this year's figures."""
    assert figures_gap_engine.decide(question).fact_id == "trade-turnover"


def test_a_question_about_another_period_s_figure_is_still_declined(
    figures_gap_engine: Engine,
) -> None:
    """ "what was the trade figure this year?" asks this year's figure: no claim to put right."""
    assert not figures_gap_engine.decide("what was the trade figure this year?").answered
