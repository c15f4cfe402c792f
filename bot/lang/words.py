"""How common a word is in general English (Zipf scale), from the frozen list in bot/lang/data.

Zipf is log10 of a word's frequency per billion words: "the" is 7.7, "trade" 5.1,
"turnover" 3.8; words missing from the list (names, typos, rare words) count as 0.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType


class WordFrequencies:
    """A word -> Zipf lookup."""

    def __init__(self, zipf: dict[str, float]) -> None:
        self._zipf = zipf

    @classmethod
    def from_text(cls, text: str) -> WordFrequencies:
        """Parse the bucketed format of bot/lang/data/words_en.txt (``ZIPFx10 word word …``)."""
        zipf: dict[str, float] = {}
        for line in text.splitlines():
            if not line or line.startswith("#"):
                continue
            value, *words = line.split()
            z = int(value) / 10
            zipf.update(dict.fromkeys(words, z))
        return cls(zipf)

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency, 0.0 when it is not in the list."""
        return self._zipf.get(word, 0.0)

    def items(self) -> Iterable[tuple[str, float]]:
        """Each listed word with its Zipf frequency."""
        return self._zipf.items()

    def __contains__(self, word: object) -> bool:
        return word in self._zipf

    def is_word(self, word: str) -> bool:
        """Whether ``word`` is in the list (a common enough English word)."""
        return word in self._zipf

    def common(self, min_zipf: float) -> list[str]:
        """Every word at least this common."""
        return [w for w, z in self._zipf.items() if z >= min_zipf]

    def __len__(self) -> int:
        return len(self._zipf)


def _data(name: str) -> str:
    """A file of bot/lang/data, read (importlib.resources is imported only when one is: an
    engine loaded from the cache never reads them)."""
    from importlib import resources

    return resources.files("bot.lang").joinpath(f"data/{name}").read_text(encoding="utf-8")


@lru_cache(maxsize=4)
def frequencies(lang: str) -> WordFrequencies:
    """The shipped list for ``lang`` (en, ru, sr; read once per process, on first use).

    Russian and Serbian words are stored folded to Latin, as the engine compares them.
    """
    data = _data(f"words_{lang}.txt")
    return WordFrequencies.from_text(data)


def english() -> WordFrequencies:
    """The shipped English list."""
    return frequencies("en")


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, cities and demonyms (folded, space-separated words), from bot/lang/data/places.txt."""
    data = _data("places.txt")
    return frozenset(line for line in data.splitlines() if line and not line.startswith("#"))


@lru_cache(maxsize=1)
def cities_by_country() -> Mapping[str, frozenset[str]]:
    """Country -> its cities (folded, space-separated words), from bot/lang/data/cities.txt
    (read-only: the one mapping is shared)."""
    out: dict[str, frozenset[str]] = {}
    for line in _data("cities.txt").splitlines():
        if not line or line.startswith("#"):
            continue
        country, _, cities = line.partition(":")
        out[country.strip()] = frozenset(c.strip() for c in cities.split(",") if c.strip())
    return MappingProxyType(out)


@lru_cache(maxsize=1)
def public_figures() -> frozenset[str]:
    """Names of public figures in the news (folded, space-separated words), from
    bot/lang/data/people.txt: a question naming one the fact base doesn't is about someone
    else ("what did Putin think of the deal")."""
    data = _data("people.txt")
    return frozenset(line for line in data.splitlines() if line and not line.startswith("#"))
