"""In Russian and Serbian a verb goes without its subject: a short phrase naming one person
before the comma is who the question after it is about."""

from __future__ import annotations

from bot.engine import Engine


def test_a_person_named_before_the_comma_is_whom_a_subjectless_question_asks_about(
    small_engine: Engine,
) -> None:
    """ "…их министр Дачич, о чем говорил с казахским министром?" asks what Dacic discussed:
    the phrase before the comma names him, and "говорил" has no subject of its own."""
    for question in (
        "ну а их министр Дачич, о чем говорил с казахским министром?",
        "a njihov ministar Dačić, o čemu je pričao sa kazahstanskim ministrom?",
        # The asking part as read ("о чом" is "о чём") is found in the message as read.
        "ну а их министр Дачич, о чом говорил с казахским министром?",
    ):
        assert small_engine.decide(question).fact_id == "meeting-dacic", question


def test_the_one_spoken_with_is_not_whom_the_question_is_about(small_engine: Engine) -> None:
    """ "…их министр Дачич, о чем говорил с Нуртлеу?" names Nurtleu as the one Dacic spoke
    with: the question is still about Dacic, named before the comma."""
    decision = small_engine.decide("ну а их министр Дачич, о чем говорил с Нуртлеу?")
    assert decision.fact_id == "meeting-dacic"


def test_a_phrase_saying_something_of_the_person_is_a_story(small_engine: Engine) -> None:
    """A phrase before the comma that says what the person did ("Дачич подписал документы")
    is a story, not a topic: the question after it is decided as it stands alone."""
    alone = small_engine.decide("о чем говорил с казахским министром?")
    story = small_engine.decide(
        "ну а Дачич подписал документы, о чем говорил с казахским министром?"
    )
    assert story.fact_id == alone.fact_id != "meeting-dacic"
