"""Phrases of folded words, found among a question's folded words by their first word.

Several checks ask whether a question holds one of a few dozen phrases ("what do you think",
"как ты думаешь", "hello in"). Searching the joined words for each phrase in turn costs one
substring search per phrase for every message; a :class:`Phrases` looks each of the question's
words up once as a first word, and compares a phrase's other words only after that: 74 opinion
phrases against a 10-word question are 10 look-ups, not 74 searches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence


class Phrases:
    """Folded phrases, each a run of whole words ("what do you think" is found in "so what do
    you think of it", not in "somewhat do you think")."""

    __slots__ = ("_by_first",)

    def __init__(self, phrases: Iterable[str]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in phrases:
            first, *rest = phrase.split(" ")
            by_first.setdefault(first, []).append(tuple(rest))
        # A phrase split at a doubled space has an empty word, which no word of a question
        # is: such a phrase is never found, as a search for it among single-spaced words isn't.
        self._by_first = by_first

    def in_words(self, words: Sequence[str]) -> bool:
        """Whether one of the phrases is a run of ``words`` (a question's folded words)."""
        by_first = self._by_first
        for i, word in enumerate(words):
            rests = by_first.get(word)
            if rests is None:
                continue
            for rest in rests:
                if not rest or tuple(words[i + 1 : i + 1 + len(rest)]) == rest:
                    return True
        return False

    def without(self, words: Sequence[str]) -> list[str]:
        """``words`` without every run of them that is one of the phrases."""
        by_first = self._by_first
        out: list[str] = []
        i = 0
        while i < len(words):
            length = 0
            for rest in by_first.get(words[i], ()):
                if tuple(words[i + 1 : i + 1 + len(rest)]) == rest:
                    length = max(length, 1 + len(rest))
            if length:
                i += length
                continue
            out.append(words[i])
            i += 1
        return out
