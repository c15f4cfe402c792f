"""A question naming nothing but "it" or "this" asks about the article's own event."""

from __future__ import annotations

import dataclasses

import pytest
from paths import SMALL

from bot.conversation import dialogue
from bot.engine import DEFAULT_CONFIG, Engine
from bot.knowledge.loader import load_fact_base


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("when was this even", "visit-date"),
        ("когда это было?", "visit-date"),
        ("kad je to bilo?", "visit-date"),
        ("where was it?", "visit"),
        # "he" with nothing else named is the article's visitor, as "it" is its event.
        ("where did he go", "visit"),
        ("gde je on bio", "visit"),
    ],
)
def test_when_or_where_it_was_is_read_with_the_setting(
    small_engine: Engine, question: str, fact: str
) -> None:
    """ "When was this?" with nothing else named: in a bot about one article, the article's
    event — read with the fact base's setting, and marked as so read."""
    decision = small_engine.decide(question)
    assert decision.fact_id == fact
    assert decision.by_setting


@pytest.mark.parametrize(
    "question", ["whats this about", "what's it about?", "what is this about?"]
)
def test_what_it_is_about_is_read_with_the_setting(small_engine: Engine, question: str) -> None:
    """ "What's this about?" naming nothing else asks the article's own topic: answered as
    read with the setting (not declined for naming nothing)."""
    decision = small_engine.decide(question)
    assert decision.answered
    assert decision.by_setting


@pytest.mark.parametrize("question", ["when?", "what is it?", "who was it?", "when was he born"])
def test_a_bare_question_word_or_another_kind_is_not_read_with_the_setting(
    small_engine: Engine, question: str
) -> None:
    """A bare "when?" points at nothing, and "what is it?" asks no time or place: declined."""
    assert not small_engine.decide(question).answered


def test_a_conversations_context_outweighs_the_setting(small_engine: Engine) -> None:
    """ "When was it?" after the trade figure asks when the trade figure was, not the visit's
    date the setting would give."""
    first, turn = dialogue.ask(small_engine, "how much was the trade turnover?", None, 0.0)
    assert first.fact_id == "trade-turnover"
    then, _ = dialogue.ask(small_engine, "when was it?", turn, 1.0)
    assert then.fact_id == "trade-turnover"


@pytest.mark.parametrize("question", ["was it in zagreb?", "јел то било у Новом Саду?"])
def test_a_claim_of_nothing_but_another_place_is_put_right_by_where_it_was(
    small_engine: Engine, question: str
) -> None:
    """ "Was it in Zagreb?" claims a place the article never names for its own event: read
    with the setting, it is answered with where the visit was (Belgrade)."""
    decision = small_engine.decide(question)
    assert decision.fact is not None
    assert decision.by_setting
    assert "Belgrade" in decision.fact.answer


@pytest.mark.parametrize("question", ["did it rain in zagreb?", "was it a concert in zagreb?"])
def test_more_than_another_place_is_not_read_with_the_setting(
    small_engine: Engine, question: str
) -> None:
    """ "Did it rain in Zagreb?" claims more than a place of "it": where the visit was doesn't
    answer it, and it is declined."""
    assert not small_engine.decide(question).answered


def test_an_asking_part_after_a_story_of_the_topic_asks_about_the_story() -> None:
    """ "the papers they signed, what were they about": "they" are the papers the story
    names, not the article's own event, however sure the setting's answer would be (the
    threshold lowered so it is); an asking part that opens the message is still read with
    the setting."""
    config = dataclasses.replace(DEFAULT_CONFIG, asking_part_sure=85)
    engine = Engine(load_fact_base(SMALL), config=config)
    about_papers = engine.decide("the papers they signed, what were they about")
    assert about_papers.fact_id == "documents-purpose"
    assert not about_papers.by_setting
    opening = engine.decide("when was it? my colleague swears it was about transport")
    assert opening.fact_id == "visit-date"
    assert opening.by_setting
