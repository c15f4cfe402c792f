"""Word weights: rare words, names and numbers weigh more; words many facts ask for less."""

from __future__ import annotations

import math

import pytest

from bot.engine import DEFAULT_CONFIG
from bot.engine.weights import (
    FORM_MIN_LENGTH,
    Weigher,
    form_frequencies,
    inverse_document_frequency,
    unasked_idf,
)
from bot.lang.words import WordFrequencies

ENGLISH = WordFrequencies({"the": 7.7, "trade": 5.1, "turnover": 3.8, "article": 5.5})


def weigher(idf: dict[str, float] | None = None) -> Weigher:
    return Weigher(DEFAULT_CONFIG, frozenset({"petrova"}), {"en": ENGLISH}, idf or {}, 1.0)


def test_general_weight_falls_with_frequency_within_bounds() -> None:
    """Weight is the Zipf ceiling minus the word's Zipf, clipped: "the" 0.5, "trade" 1.9,
    "turnover" 3.2, an unknown word 4."""
    w = weigher()
    assert w.general("the", "the") == 0.5
    assert w.general("trade", "trade") == pytest.approx(1.9)
    assert w.general("turnov", "turnover") == pytest.approx(3.2)
    assert w.general("zzyzx", "zzyzx") == 4.0


def test_numbers_names_and_framing_words_have_fixed_weights() -> None:
    """A number weighs weight_number, a name weight_name, a framing word weight_min."""
    w = weigher()
    assert w.general("2019", "2019") == DEFAULT_CONFIG.weight_number
    assert w.general("petrova", "petrova") == DEFAULT_CONFIG.weight_name
    assert w.general("articl", "article") == DEFAULT_CONFIG.weight_min


def test_a_phrase_weighs_as_its_rarest_word() -> None:
    """A multi-word surface ("the turnover", a name's spelling) weighs as its rarest word."""
    assert weigher().general("x", "the turnover") == pytest.approx(3.2)


def test_words_asked_by_many_entries_tell_them_apart_less() -> None:
    """idf: a word asked by both of two entries weighs log(2)/log(3) of one asked by one."""
    idf = inverse_document_frequency([frozenset({"visit", "trade"}), frozenset({"visit"})], 2)
    assert idf["visit"] == pytest.approx(math.log(2) / math.log(3))
    assert idf["trade"] == pytest.approx(1.0)
    assert unasked_idf(2) == 1.0
    w = weigher(idf)
    assert w.discriminative("visit", "zzz") < w.discriminative("trade", "zzz")


SERBIAN = WordFrequencies({"vaditi": 4.5, "vadi": 4.2, "retko": 2.5, "leta": 4.7})


def _serbian_form(word: str, lang: str) -> str:
    """A toy stemmer: the first four letters ("vaditi", "vadimo" -> "vadi")."""
    return word[:4]


def test_an_unlisted_inflection_weighs_as_the_commonest_listed_word_of_its_form() -> None:
    """ "vadimo", missing from the list, weighs as "vaditi" (4.5): 2.5, not a rare word's 4."""
    frequencies = {"en": ENGLISH, "sr": SERBIAN}
    forms = form_frequencies(frequencies, _serbian_form, ["sr"])
    w = Weigher(DEFAULT_CONFIG, frozenset(), frequencies, {}, 1.0, forms)
    assert w.unknown_general("vadi", "vadimo", "sr") == pytest.approx(2.5)
    # A form no listed word has, or only rare ones, weighs as a word the list lacks.
    assert forms["sr"].get("retk") is None
    assert w.unknown_general("zzyz", "zzyzx", "sr") == 4.0
    # Short forms are left out: unrelated words share them.
    assert all(len(form) >= FORM_MIN_LENGTH for form in forms["sr"])
