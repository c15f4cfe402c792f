"""An asking part pointing back ("who opened it?") read with the sentence before it."""

import dataclasses

from tiny import tiny_engine


def test_an_asking_part_pointing_back_is_read_with_the_sentence_naming_what_it_means() -> None:
    """ "The debate was long and loud. Who opened it?": "it" is the debate the sentence before
    names; read with it, the mayor's fact is sure and answers instead of a weak guess (the
    story's unknown words, "long and loud", don't dilute it)."""
    engine = tiny_engine()
    weak = dataclasses.replace(engine.decide("what did they approve"), score=55.0)
    asked = engine.weigh("Who opened it?", lang="en")
    made = engine._with_the_sentence_before(
        "The debate was long and loud. Who opened it?", "Who opened it?", asked, weak, "en"
    )
    assert made is not None
    assert made.fact_id == "mayor"


def test_an_asking_part_opening_the_message_has_no_sentence_before_to_lean_on() -> None:
    """With nothing before the asking part, there is nothing to read it with."""
    engine = tiny_engine()
    weak = dataclasses.replace(engine.decide("what did they approve"), score=55.0)
    asked = engine.weigh("Who opened it?", lang="en")
    made = engine._with_the_sentence_before("Who opened it?", "Who opened it?", asked, weak, "en")
    assert made is None
