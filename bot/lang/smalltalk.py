"""Recognise small talk (greetings, thanks, goodbyes…) so it gets a friendly reply, not a fact."""

from __future__ import annotations

import re

from bot.lang import LANGUAGES
from bot.lang.normalize import fold

# A message is small talk when nothing but small-talk phrases of any language (and filler
# words, punctuation or emoji) is in it; the phrases are in bot/lang/en.py, ru.py, sr.py.
_FILLER = frozenset().union(*(language.small_talk_filler for language in LANGUAGES.values()))
_WORD = re.compile(r"[^\W_]+")
# Longest phrases first, so "thank you very much" wins over "thank you".
_SPLIT_PHRASES = sorted(
    (
        (kind, tuple(phrase.split()))
        for language in LANGUAGES.values()
        for kind, phrases in language.small_talk
        for phrase in phrases
    ),
    key=lambda item: -len(item[1]),
)
# The same, by first word: most messages start with a word no phrase starts with.
_BY_FIRST_WORD: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _kind, _phrase in _SPLIT_PHRASES:
    _BY_FIRST_WORD.setdefault(_phrase[0], []).append((_kind, _phrase))


# Each language's chat shorthand ("ur" for "your", "thx"), read when a message is not small
# talk as typed: "hows ur day going" is "hows your day going".
_SHORTHAND = {
    typed: meant.split()
    for language in LANGUAGES.values()
    for typed, meant in language.typos.items()
}


def small_talk(text: str) -> str | None:
    """The kind of small talk ``text`` is (a key of bot.conversation.texts), or None when it asks something."""
    words = _WORD.findall(fold(text))
    if not words or len(words) > 8:
        return None
    found = _only_small_talk(words)
    if found is None:
        expanded = [meant for word in words for meant in _SHORTHAND.get(word, (word,))]
        if expanded != words:
            found = _only_small_talk(expanded)
    return found


def _only_small_talk(words: list[str]) -> str | None:
    """The kind of the first small-talk phrase, when nothing but such phrases and filler is
    in ``words``."""
    found: str | None = None
    i = 0
    while i < len(words):
        for kind, phrase in _BY_FIRST_WORD.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                found = found or kind
                i += len(phrase)
                break
        else:
            if words[i] not in _FILLER:
                return None
            i += 1
    return found
