"""Places of the asker's story: where a friend is from or an uncle lives is no place asked about."""

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question",
    [
        "drugar iz Zagreba kaže da se Nurtleu sastao sa Dačićem, o čemu su razgovarali?",
        "друг из Загреба говорит, что Нуртлеу встречался с Дачичем",
        "my uncle lives in Zagreb and asks who Nurtleu met",
    ],
)
def test_where_someone_of_the_askers_life_is_from_is_no_place_asked_about(
    small_engine: Engine, question: str
) -> None:
    """A friend from Zagreb, or an uncle living there, puts Zagreb in the story, not in the question."""
    analysed = small_engine.weigh(question)
    assert analysed.foreign_place is None
    assert "friendly" not in analysed.weights


def test_a_place_the_events_are_claimed_to_have_taken_place_in_is_still_read(
    small_engine: Engine,
) -> None:
    """Beside a friend from Zagreb, "they met in Zagreb" still claims the place."""
    analysed = small_engine.weigh("my friend from Zagreb says they met in Zagreb, true?")
    assert analysed.foreign_place == "zagreb"


def test_a_place_the_asking_part_points_back_at_is_asked_about() -> None:
    """ "…approved the bridge with engineers in paris, what was said about it": "it" is the
    story's event in Paris, which the article never places there, so the message is declined."""
    from tiny import tiny_engine

    decision = tiny_engine().decide(
        "i heard the city council approved the new bridge with engineers in paris, "
        "what was said about it"
    )
    assert not decision.answered


def test_a_check_repeating_a_claim_about_someone_the_article_never_names_is_declined() -> None:
    """ "…petrova also thanked angela merkel at the debate. did she thank her?": the check
    points back with the claim's own words, and the claim names someone the article never
    does, so it is declined, not answered with whom Petrova did thank."""
    from tiny import tiny_engine

    decision = tiny_engine().decide(
        "my friend swears petrova also thanked angela merkel at the debate. did she thank her?"
    )
    assert not decision.answered
