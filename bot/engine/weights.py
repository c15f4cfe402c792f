"""How much each word of a question says: in general, and for telling the facts apart."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.engine.config import EngineConfig
from bot.engine.vocab import FRAMING_WORDS
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
