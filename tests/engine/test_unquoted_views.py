"""What someone thinks whose words the article never reports is no question it answers."""

import pytest
from base_edits import with_facts

from bot.engine import Engine, Reason
from bot.knowledge.model import Fact, FactBase


@pytest.fixture(scope="module")
def quoting_engine(small_base: FactBase) -> Engine:
    """The small base with Nurtleu's words about the visit: he speaks, Tokayev does not."""
    words = Fact(
        "nurtleu-words",
        "relations",
        ("what did Nurtleu say about the visit", "what does Nurtleu think of the visit"),
        "Nurtleu said the visit went well.",
        small_base.facts[0].citations,
        speaker="nurtleu",
    )
    return Engine(with_facts(small_base, words))


def test_the_view_of_someone_never_quoted_is_declined(quoting_engine: Engine) -> None:
    """ "What did Tokayev think of the visit": the article reports no words of his."""
    made = quoting_engine.decide("what did tokayev think of the visit")
    assert not made.answered
    assert made.reason is Reason.OPINION


def test_the_view_of_someone_quoted_is_what_he_said(quoting_engine: Engine) -> None:
    """ "What did Nurtleu think of the visit" is answered by his words."""
    assert quoting_engine.decide("what did nurtleu think of the visit").fact_id == "nurtleu-words"


@pytest.mark.parametrize(
    "question",
    [
        "how do you rate the relations?",
        "как ты оцениваешь отношения казахстана и сербии?",
        "kako ocenjuješ odnose srbije i kazahstana?",
    ],
)
def test_the_bot_asked_to_grade_something_itself_declines(
    small_engine: Engine, question: str
) -> None:
    """ "how do you rate the relations?" asks the bot's own view, not Vucic's assessment."""
    assert small_engine.decide(question).reason is Reason.OPINION
