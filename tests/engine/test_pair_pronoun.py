"""A message's asking part pointing back at the two people its story names with "their"."""

from bot.engine import Engine


def test_their_after_a_story_naming_two_people_asks_about_those_two(small_engine: Engine) -> None:
    """ "…what Nurtleu and Dacic talked about. … What was their meeting about?" asks about the
    Dacic meeting, not about everyone Nurtleu met."""
    made = small_engine.decide(
        "my dad wants to know what nurtleu and dacic actually talked about. he hopes it was "
        "not just handshakes. what was their meeting about?"
    )
    assert made.fact_id == "meeting-dacic"


def test_their_after_a_story_naming_one_person_is_read_as_before(small_engine: Engine) -> None:
    """With one person named, "their" has no pair to stand for: the asking part decides."""
    alone = small_engine.decide("what was their meeting about?")
    made = small_engine.decide("my dad asked about nurtleu. what was their meeting about?")
    assert made.fact_id == alone.fact_id
