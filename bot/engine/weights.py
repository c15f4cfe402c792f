"""How much each word of a question says: in general, and for telling the facts apart."""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from bot.engine.config import EngineConfig
from bot.engine.vocab import FRAMING_WORDS
from bot.lang.normalize import word_form
from bot.lang.translit import russian_from_latin
from bot.lang.words import WordFrequencies


@dataclass(frozen=True, slots=True)
class Weigher:
    """Word weights for one fact base (see ``EngineConfig.zipf_ceiling`` and what follows)."""

    config: EngineConfig
    #: Canonical names (aliases): weigh ``weight_name``.
    names: frozenset[str]
    #: Word frequencies per language ("en", "ru", "sr"); English for any other.
    frequencies: Mapping[str, WordFrequencies]
    #: Per word form, how well it tells entries apart (1: asked by one entry, less when many
    #: entries ask for it); see :func:`inverse_document_frequency`.
    idf: Mapping[str, float]
    #: The same for words that no phrasing or keyword asks for (only in answers and quotes).
    idf_unasked: float
    #: Per language, each word form (stem) of the listed words with the Zipf frequency of its
    #: commonest word (:func:`form_frequencies`): how common an inflected word the list lacks
    #: is ("vadimo" is not listed, "vadi" is).
    form_zipf: Mapping[str, Mapping[str, float]] = dataclasses.field(default_factory=dict)

    def general(self, token: str, surface: str, lang: str = "en") -> float:
        """How much a word says in general, by its frequency in ``lang``: "the" 0.5, "trade"
        1.9, "turnover" 3.2, a name 3, a number 4."""
        config = self.config
        if token[:1].isdigit():
            return config.weight_number
        if token in self.names:
            return config.weight_name
        if surface in FRAMING_WORDS:
            return config.weight_min
        words = self.frequencies.get(lang, self.frequencies["en"])
        zipf = min((words.zipf(w) for w in surface.split()), default=0.0)
        return min(config.weight_max, max(config.weight_min, config.zipf_ceiling - zipf))

    def unknown_general(self, form: str, surface: str, lang: str = "en") -> float:
        """:meth:`general` for a word the fact base never uses (``form``: its word form): a
        word the frequency list lacks weighs as the commonest listed word of its form does, so
        an everyday word in an inflection the list misses ("moramo", "vadimo") says as little
        as the list's own forms of it, not as much as a rare word."""
        weight = self.general(form, surface, lang)
        if " " in surface or surface in self.frequencies.get(lang, self.frequencies["en"]):
            return weight
        zipf = self.form_zipf.get(lang, {}).get(form)
        if zipf is None:
            return weight
        config = self.config
        return min(weight, max(config.weight_min, config.zipf_ceiling - zipf))

    def discriminative(self, token: str, surface: str, lang: str = "en") -> float:
        """How much a word tells facts apart: general weight times its spread over facts."""
        return self.general(token, surface, lang) * self.idf.get(token, self.idf_unasked)


def inverse_document_frequency(asked: Iterable[frozenset[str]], entries: int) -> dict[str, float]:
    """Each word's idf over the entries that ask for it (one set of word forms per entry),
    scaled so a word asked by one entry of many is near 1: with two entries that both ask
    "visit", log(1 + 2/2) / log(3) = 0.63."""
    document_frequency: dict[str, int] = {}
    for words in asked:
        for token in words:
            document_frequency[token] = document_frequency.get(token, 0) + 1
    n = max(entries, 1)
    return {t: math.log(1 + n / df) / math.log(1 + n) for t, df in document_frequency.items()}


def unasked_idf(entries: int) -> float:
    """The idf of a word that no entry asks for (only in answers and quotes): as rare as can
    be, exactly 1."""
    n = max(entries, 1)
    return math.log(1 + n) / math.log(1 + n)


#: The Zipf frequency a form's commonest word needs for :func:`form_frequencies` to keep the
#: form: everyday words only. Worked example: Serbian "vaditi" (4.5) keeps "vadi", and an
#: unlisted "vadimo" weighs 7.0 - 4.5 = 2.5 instead of 4.0 (``weight_max``); a form of rarer
#: words is left out, its unlisted inflections weighing as rare words (4.0), as before.
FORM_ZIPF_MIN = 4.0


#: The shortest word form :func:`form_frequencies` keeps: shorter stems are shared by
#: unrelated words (Serbian "let" of "leta", summers, and of "letove", flights).
FORM_MIN_LENGTH = 4


def listed_form(word: str, lang: str) -> str:
    """The word form of a word as the frequency lists spell it (folded; Russian in Latin
    letters, which its stemmer reads only after they are turned back into Cyrillic)."""
    return word_form(russian_from_latin(word) if lang == "ru" else word, lang)


def form_frequencies(
    frequencies: Mapping[str, WordFrequencies],
    form: Callable[[str, str], str],
    langs: Iterable[str],
) -> dict[str, dict[str, float]]:
    """For each of ``langs``, each word form (``form(word, lang)``) of the listed words with
    the Zipf frequency of its commonest word, from :data:`FORM_ZIPF_MIN` up: Serbian "vadi"
    from "vadi" and "vaditi"."""
    out: dict[str, dict[str, float]] = {}
    for lang in langs:
        forms: dict[str, float] = {}
        for word, zipf in frequencies[lang].items():
            if zipf < FORM_ZIPF_MIN:
                continue
            key = form(word, lang)
            if len(key) < FORM_MIN_LENGTH:
                continue
            if zipf > forms.get(key, 0.0):
                forms[key] = zipf
        out[lang] = forms
    return out
