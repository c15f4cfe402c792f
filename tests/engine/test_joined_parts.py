"""A question joining two parts, the second leaning on the first."""

import copy
import dataclasses

import pytest
from base_edits import with_facts

from bot.engine import Engine
from bot.knowledge.model import Citation, Fact, FactBase


@pytest.mark.parametrize(
    "question", ["what did they sign and whats it for", "what did they sign and what is it for"]
)
def test_a_second_part_that_points_back_is_asked_with_the_first(
    small_engine: Engine, question: str
) -> None:
    """ "what did they sign and whats it for": "it" is what was signed, so the second part is
    asked with the first and both are answered."""
    made = small_engine.decide(question)
    assert (made.fact_id, made.also and made.also.id) == ("signed-documents", "documents-purpose")


def test_two_parts_pointing_back_at_the_story_are_not_answered_alone(
    small_base: FactBase,
) -> None:
    """ "The article mentions an intergovernmental commission… What is it called, and what
    does it deal with?": "it" in both parts is the commission the story names; the second
    part alone ("what does it deal with?") would be answered with the documents signed."""
    commission = Fact(
        "commission",
        "meeting",
        (
            "what is the joint commission called",
            "what does the commission deal with",
            "which intergovernmental commission",
        ),
        "The intergovernmental Kazakh-Serbian Commission on trade and economic cooperation.",
        (Citation(9, "the intergovernmental Kazakh-Serbian Commission on trade"),),
        answers_to=("what",),
    )
    engine = Engine(with_facts(small_base, commission))
    made = engine.decide(
        "The article mentions an intergovernmental commission on trade. What is it called, and"
        " what does it deal with?"
    )
    assert made.fact_id == "commission"
    assert made.also is None


def test_a_part_too_vague_alone_is_what_the_answered_whole_answers(
    small_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "kad je bio ministar u beogradu i s kim se video": the first part alone is too vague to
    answer ("which minister?"), the whole is answered with the date; the second part's own
    answer (whom he met) comes beside it, in the order asked."""
    engine = copy.copy(small_engine)
    question = "kad je bio ministar u beogradu i s kim se video"
    whole = small_engine.decide("kada je nurtleu bio u beogradu")
    vague = small_engine.decide("kad je bio ministar")
    met = small_engine.decide("s kim se nurtleu sastao")
    assert (whole.fact_id, vague.answered, met.fact_id) == ("visit-date", False, "officials-met")
    monkeypatch.setattr(engine, "_parts_decided", lambda parts, lang: (vague, met))
    made = engine._joined(question, None, dataclasses.replace(whole, question=question), "sr")
    assert (made.fact_id, made.also and made.also.id) == ("visit-date", "officials-met")


def test_a_part_declined_for_a_reason_of_its_own_is_not_the_wholes(
    small_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A part a gap declines ("how much did the deals cost") is no vague part the whole's
    answer stands for: the other part's answer is not added beside it."""
    engine = copy.copy(small_engine)
    question = "when was the visit and how much did the deals cost"
    whole = small_engine.decide("when was the visit")
    declined = small_engine.decide("how much did the deals cost")
    met = small_engine.decide("who did nurtleu meet")
    assert declined.gap is not None
    assert met.fact_id == "officials-met"
    monkeypatch.setattr(engine, "_parts_decided", lambda parts, lang: (declined, met))
    made = engine._joined(question, None, dataclasses.replace(whole, question=question), "en")
    assert made.also is None


def test_two_questions_joined_by_a_comma_get_both_answers(small_engine: Engine) -> None:
    """ "which serbian head of state, what date?" asks who and when: both are answered, as
    with "and"; "what did vucevic say, what were his words?" asks once, in two wordings, and
    gets no second answer."""
    made = small_engine.decide("who did nurtleu meet, when?")
    assert (made.fact_id, made.also and made.also.id) == ("officials-met", "visit-date")
    assert small_engine.decide("what did vucevic say, what were his words?").also is None
