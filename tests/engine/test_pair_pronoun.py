"""A message's asking part pointing back at the two people its story names ("their", "they")."""

import dataclasses

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


def test_they_after_a_story_naming_two_people_is_that_pair(small_engine: Engine) -> None:
    """ "…why Nurtleu met Dacic. What were they discussing?": "they" are the two people the
    story names, as "their" is — their meeting, not the talks in general, even where the
    talks' fact has that very phrasing."""
    base = small_engine.base
    talks = base.fact("negotiations")
    phrased = dataclasses.replace(talks, questions=(*talks.questions, "what were they discussing"))
    facts = tuple(phrased if f.id == talks.id else f for f in base.facts)
    engine = Engine(dataclasses.replace(base, facts=facts))
    made = engine.decide(
        "I'm a junior reporter and need one line on why Nurtleu met Dacic. What were they "
        "discussing? Appreciate it."
    )
    assert made.fact_id == "meeting-dacic"
