"""A month a question states rather than asks is taken for granted, even inside a phrase."""

import dataclasses

import pytest

from bot.engine import Engine
from bot.knowledge.model import FactBase


@pytest.fixture(scope="module")
def month_phrase_engine(small_base: FactBase) -> Engine:
    """The small base, where "end of november" is a way to say November."""
    synonyms = dict(small_base.synonyms)
    synonyms["november"] = (*synonyms.get("november", ()), "end of november")
    return Engine(dataclasses.replace(small_base, synonyms=synonyms))


def test_a_claim_stating_the_month_in_a_phrase_is_answered(month_phrase_engine: Engine) -> None:
    """ "…met vucic in belgrade at the end of november, correct?" states the month the facts
    give: it is taken for granted, and the claim is answered, not left unaccounted for."""
    made = month_phrase_engine.decide(
        "so the kazakh foreign minister met vucic in belgrade at the end of november, correct?"
    )
    assert made.answered


def test_a_month_offered_as_a_choice_is_still_asked(month_phrase_engine: Engine) -> None:
    """ "…end of november or end of december" asks which: the date answers."""
    made = month_phrase_engine.decide("was the visit at the end of november or end of december")
    assert made.fact_id == "visit-date"
