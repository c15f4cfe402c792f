"""A message's asking part pointing back at someone with "that minister": whom it means."""

import dataclasses

import pytest

from bot.engine import Engine
from bot.engine.analysis import points_at_someone
from bot.knowledge.model import FactBase


@pytest.fixture(scope="module")
def described_engine(small_base: FactBase) -> Engine:
    """The small base, where "the Kazakh minister" describes Nurtleu, "Serbia's foreign
    minister" Dacic and "Serbia's defence minister" Vucevic."""
    descriptions = {
        "nurtleu": ((("kazakhstan",), ("minister",)),),
        "dacic": ((("serbia",), ("foreign_minister",)),),
        "vucevic": ((("serbia",), ("defence_minister",)),),
    }
    return Engine(dataclasses.replace(small_base, descriptions=descriptions))


@pytest.mark.parametrize(
    "message",
    [
        "I follow the Balkans for work. The Kazakh minister also met Serbia's foreign minister, "
        "apart from the president. How is that serbian minister called?",
        "Я слежу за Балканами. Казахский министр встречался ещё и с сербским министром "
        "иностранных дел, отдельно от президента. Как зовут этого сербского министра?",
        "Пратим Балкан. Казахстански министар се састао и са српским министром спољних "
        "послова, одвојено од председника. Како се зове тај министар?",
    ],
)
def test_that_minister_is_the_one_the_story_described_with_the_same_words(
    described_engine: Engine, message: str
) -> None:
    """ "…met Serbia's foreign minister… How is that serbian minister called?" is about Dacic,
    the one the story describes as Serbian (or, with no such word, the last one described) —
    not about the Kazakh minister the story opens with."""
    assert described_engine.decide(message).fact_id == "meeting-dacic"


def test_that_minister_described_as_no_one_in_the_story_is_not_guessed(
    described_engine: Engine,
) -> None:
    """ "…met Serbia's foreign minister. How is that defence minister called?": no one in the
    story was described as the defence minister, so Dacic is not put into the question."""
    message = (
        "The Kazakh minister met Serbia's foreign minister in Belgrade. How is that defence "
        "minister called?"
    )
    assert described_engine.decide(message).fact_id != "meeting-dacic"


def test_a_demonstrative_points_only_before_a_person_noun(described_engine: Engine) -> None:
    """ "that minister" points at someone; "that agreement" and "that is" do not."""
    assert points_at_someone(described_engine.analyze("how is that serbian minister called"))
    assert points_at_someone(described_engine.analyze("kako se zove taj ministar", lang="sr"))
    assert not points_at_someone(described_engine.analyze("what is that agreement about"))
    assert not points_at_someone(described_engine.analyze("that is all, who signed it"))


def test_he_after_a_story_naming_no_one_is_left_to_a_sure_asking_part(
    small_engine: Engine,
) -> None:
    """ "My teacher said the visitor has two jobs… What is his other title?": the story names
    no one for "he" to be, so the asking part, sure of its answer, decides the message."""
    message = (
        "My teacher said the visitor has two jobs. The one who came to Belgrade is the "
        "foreign minister, but he also has another post in the government. What is his other title?"
    )
    alone = small_engine.decide("What is his other title?")
    decision = small_engine.decide(message)
    assert alone.score >= small_engine.config.asking_part_sure
    assert (decision.fact_id, decision.score) == (alone.fact_id, alone.score)


def test_his_is_the_last_one_named_before_the_asking_part_not_after_it(
    small_engine: Engine,
) -> None:
    """ "Vucevic's job title is a mouthful. What is his position? I need it for a photo of him
    with Nurtleu.": "his" is Vucevic, named before the question, not Nurtleu after it."""
    decision = small_engine.decide(
        "Vucevic's job title is a mouthful. What exactly is his position according to the text? "
        "I need it for a caption under a photo of him shaking hands with Nurtleu."
    )
    assert decision.fact_id == "meeting-vucevic"


def test_his_after_a_story_describing_one_person_is_that_person(small_engine: Engine) -> None:
    """ "…our minister also met some serbian defense guy who is a deputy pm too. whats his
    name?": the one person the story names, here by a description (the small base given one
    for Vucevic), is "his" — not whoever else the story's claim could be about."""
    base = small_engine.base
    descriptions = {
        **base.descriptions,
        "vucevic": ((("serbian", "serbia"), ("defense guy", "defence guy", "army guy")),),
    }
    engine = Engine(dataclasses.replace(base, descriptions=descriptions))
    made = engine.decide(
        "the news in the cafe said our minister also met some serbian defense guy who is a "
        "deputy pm too. whats his name? i wanna google him"
    )
    assert made.fact_id == "meeting-vucevic"
