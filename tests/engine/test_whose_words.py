"""An asking part that asks only whose words the story's claim is."""

from bot.engine import Engine
from bot.engine.engine import asks_whose_words


def test_a_question_of_only_a_person_and_saying_asks_whose_words(small_engine: Engine) -> None:
    """ "is that what nurtleu said" asks whose words the claim before it is; "what did nurtleu
    say about trade" asks about trade, and "who is nurtleu" who he is."""
    people = small_engine.index.people

    def whose(question: str) -> bool:
        return asks_whose_words(small_engine.analyze(question), people)

    assert whose("is that what nurtleu said")
    assert whose("was it vucic who said it?") or whose("did vucic say it?")
    assert not whose("what did nurtleu say about trade")
    assert not whose("who is nurtleu")


def test_what_did_he_say_asks_what_not_whose(small_engine: Engine) -> None:
    """ "What did he say?" asks what was said, not whether a claim is his words; "is that the
    quote?" asks whether it is."""
    people = small_engine.index.people
    assert not asks_whose_words(small_engine.analyze("What did he say?"), people)
    assert asks_whose_words(small_engine.analyze("is that the quote?"), people)
