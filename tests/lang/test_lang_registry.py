"""The language registry (bot.lang): one module per language behind one interface."""

from __future__ import annotations

import pytest

import bot.lang
from bot.lang import LANGUAGES, get
from bot.lang.language import QUESTION_KINDS, SMALL_TALK_KINDS, Language
from bot.lang.translit import fold_word


def test_registry_lists_english_russian_and_serbian_english_first() -> None:
    """LANGUAGES holds en, ru and sr by their codes, English (the default) first."""
    assert list(LANGUAGES) == ["en", "ru", "sr"]
    assert all(code == language.code for code, language in LANGUAGES.items())


def test_get_names_the_known_languages_for_an_unknown_code() -> None:
    """get() returns a registered language and refuses another code with the known ones."""
    assert get("sr") is LANGUAGES["sr"]
    with pytest.raises(KeyError, match=r"'de'.*en, ru, sr"):
        get("de")


@pytest.mark.parametrize(
    "name",
    ["STOP_WORDS", "FRAMING_WORDS", "PERSON_PRONOUNS", "OTHER_REFERENCES"],
)
def test_combined_sets_hold_every_languages_words(name: str) -> None:
    """Each combined word set is the union of the languages' own sets, nothing else."""
    field = name.lower()
    combined = getattr(bot.lang, name)
    own = [getattr(language, field) for language in LANGUAGES.values()]
    assert all(words and words <= combined for words in own)
    assert combined == frozenset().union(*own)


def test_continuations_keep_each_opening_once() -> None:
    """CONTINUATIONS has every language's openings, each once ("а" is Russian and Serbian)."""
    continuations = bot.lang.CONTINUATIONS
    assert len(continuations) == len(set(continuations))
    for language in LANGUAGES.values():
        assert set(language.continuations) <= set(continuations)
    assert "a kogda" in continuations
    assert "what about" in continuations


def _words(language: Language) -> list[str]:
    """Every word a language lists for comparison with folded text."""
    phrases = [p for _, ps in (*language.question_kinds, *language.small_talk) for p in ps]
    return [
        *language.stop_words,
        *language.framing_words,
        *language.person_pronouns,
        *language.other_references,
        *language.telling_words,
        *language.marker_words,
        *language.short_words,
        *(w for p in (*phrases, *language.continuations) for w in p.split()),
    ]


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_listed_words_are_folded(code: str) -> None:
    """Words are listed folded (lower case Latin, no diacritics), as they are compared."""
    unfolded = [w for w in _words(LANGUAGES[code]) if fold_word(w) != w or w != w.lower()]
    assert unfolded == []


@pytest.mark.parametrize("code", list(LANGUAGES))
def test_kinds_are_known(code: str) -> None:
    """A language's question and small-talk kinds are among the kinds the bot knows."""
    language = LANGUAGES[code]
    assert {kind for kind, _ in language.question_kinds} <= set(QUESTION_KINDS)
    assert {kind for kind, _ in language.small_talk} <= set(SMALL_TALK_KINDS)
