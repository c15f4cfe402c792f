"""A name claimed for someone ("is dacic's first name ivan") is put right by who they are."""

import pytest

from bot.engine import Engine
from bot.engine.analysis import claimed_name


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("is dacic's first name ivan", "meeting-dacic"),
        ("как зовут дачича, иван?", "meeting-dacic"),
        ("ime mu je ivan, dačić?", "meeting-dacic"),
    ],
)
def test_a_wrong_name_claimed_for_someone_is_answered_with_who_they_are(
    small_engine: Engine, question: str, fact: str
) -> None:
    """The claimed name ("ivan") is what the answer puts right, not a word of a subject the
    article never names: the person's fact answers."""
    assert small_engine.decide(question).fact_id == fact


def test_a_name_claimed_only_of_someone_the_base_names(small_engine: Engine) -> None:
    """ "my first name is ivan, who did the minister meet" claims no name for anyone the fact
    base knows: nothing is set aside; "…name of vucic's wife" claims no name at all."""
    people = small_engine.index.people
    assert claimed_name(small_engine.analyze("my first name is ivan, hello"), people) is None
    assert claimed_name(small_engine.analyze("what's the name of vucic's wife"), people) is None
