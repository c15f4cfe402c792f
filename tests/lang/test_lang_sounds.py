"""Sound keys, and names dictated as other words read as the names."""

from __future__ import annotations

import pytest

from bot.lang.normalize import Normalizer
from bot.lang.sounds import sound_key


@pytest.mark.parametrize(
    ("heard", "name"),
    [
        ("voochich", "vucic"),
        ("voochich", "vuchich"),
        ("dutchitch", "dachich"),
        ("tokyoev", "tokayev"),
        ("bellgrade", "belgrade"),
        ("cossackstan", "kazakhstan"),
    ],
)
def test_words_heard_for_a_name_sound_as_it_does(heard: str, name: str) -> None:
    """English spellings of one sound ("ch", "tch"; "ck", "kh"; "z", "s") key alike, and
    vowels don't count."""
    assert sound_key(heard) == sound_key(name)


def test_a_consonant_on_both_sides_of_a_vowel_stays_two() -> None:
    """ "vucic" keys "vcc", not "vc": doubled letters are one sound, two of a word are not."""
    assert sound_key("vucic") == "vcc"
    assert sound_key("bellgrade") == "blgrd"


def town_normalizer() -> Normalizer:
    """A normalizer knowing a town (Lakeside) and a mayor (Petrovich) by name."""
    return Normalizer(
        [{"lakeside": ("Lakeside",), "petrovich": ("Petrovich", "Petrović")}],
        names=("lakeside", "petrovich"),
        people=("petrovich",),
    )


@pytest.mark.parametrize(
    ("dictated", "meant"),
    [
        ("what did they approve in lake side", "what did they approve in lakeside"),
        ("what did pet row vich say", "what did petrovich say"),
    ],
)
def test_a_name_dictated_as_other_words_is_read_as_the_name(dictated: str, meant: str) -> None:
    """Speech recognition writes a name it doesn't know as words that sound like it: joined,
    their sound and letters are the name's."""
    normalizer = town_normalizer()
    assert normalizer.analyze(dictated, lang="en").tokens == (
        normalizer.analyze(meant, lang="en").tokens
    )


def test_words_sounding_like_a_name_but_far_from_its_letters_stay() -> None:
    """ "look soda" keys as Lakeside does ("lksd") but is five edits from its letters; a stop
    word never makes part of a name ("like sid")."""
    normalizer = town_normalizer()
    assert "lakeside" not in normalizer.analyze("a look soda story", lang="en").tokens
    assert "lakeside" not in normalizer.analyze("like sid said", lang="en").tokens
