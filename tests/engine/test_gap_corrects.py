"""A gap whose kind a fact lists in full: a claim it would decline is put right by that fact."""

import dataclasses

import pytest

from bot.engine import Engine
from bot.knowledge.model import FactBase


@pytest.fixture(scope="module")
def correcting_engine(small_base: FactBase) -> Engine:
    """The small base, its no-sector-documents gap corrected by the list of documents signed."""
    gaps = tuple(
        dataclasses.replace(g, corrects="signed-documents", related=("signed-documents", "visit"))
        if g.id == "no-sector-documents"
        else g
        for g in small_base.gaps
    )
    return Engine(dataclasses.replace(small_base, gaps=gaps))


@pytest.mark.parametrize(
    "question",
    [
        "was an agreement on agriculture signed?",
        "меморандумы подписали по образованию?",
        "memorandumi o obrazovanju su potpisani?",
    ],
)
def test_a_claim_the_gap_would_decline_is_answered_by_the_listing_fact(
    correcting_engine: Engine, question: str
) -> None:
    """ "Was an agreement on agriculture signed?" gets what was signed, which puts it right."""
    assert correcting_engine.decide(question).fact_id == "signed-documents"


def test_the_gap_s_other_related_fact_comes_with_the_correction(
    correcting_engine: Engine,
) -> None:
    """The listing fact answers, and the gap's first related fact besides it is told too
    ("signed a free trade agreement?" gets the documents signed and the agreement named)."""
    decision = correcting_engine.decide("was an agreement on agriculture signed?")
    assert decision.also is not None
    assert decision.also.id == "visit"


@pytest.mark.parametrize(
    "question",
    [
        "Kazakhstan and Serbia signed an agreement on agriculture, right?",
        "so serbia and kazakhstan signed a deal on tourism, correct?",
    ],
)
def test_a_claim_put_forward_is_put_right_by_the_listing_fact_not_by_its_other_words(
    correcting_engine: Engine, question: str
) -> None:
    """ "Kazakhstan and Serbia signed X, right?": what is left without the gap's words names
    only the setting, so the listing fact puts it right, not a fact about the two countries."""
    assert correcting_engine.decide(question).fact_id == "signed-documents"


def test_what_after_thats_relates_so_the_claim_is_put_right(correcting_engine: Engine) -> None:
    """ "…, that's what they signed yeah?": "what" after "that's" asks nothing; the claim is
    put right by the listing fact."""
    decision = correcting_engine.decide(
        "an agreement on agriculture, that's what they signed yeah?"
    )
    assert decision.fact_id == "signed-documents"


def test_a_question_the_gap_settles_is_still_declined_with_its_reply(
    correcting_engine: Engine,
) -> None:
    """ "What tourism deals were signed" claims nothing: the gap's reply says nothing was."""
    decision = correcting_engine.decide("what tourism deals were signed")
    assert decision.gap_id == "no-sector-documents"


def test_without_corrects_the_claim_is_declined(small_engine: Engine) -> None:
    """The same claim, the gap correcting nothing, gets the gap's reply."""
    decision = small_engine.decide("was an agreement on agriculture signed?")
    assert decision.gap_id == "no-sector-documents"


@pytest.mark.parametrize(
    "question",
    ["which deals were signed, on tourism?", "koje sporazume su potpisali, o poljoprivredi?"],
)
def test_a_guess_after_the_question_is_put_right_as_a_claim(
    correcting_engine: Engine, question: str
) -> None:
    """ "Which deals were signed, on tourism?" guesses the answer after its comma: a claim the
    listing fact puts right, unlike the bare question ("what tourism deals were signed")."""
    assert correcting_engine.decide(question).fact_id == "signed-documents"
