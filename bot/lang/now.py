"""Questions about the asker's present moment: today's date, the time now, the weather now.

An article is about its own day; it cannot tell the asker what day it is today, what time it
is or what the weather is like now. :func:`present_signs` reads the signs of such a question
from each language's data (:attr:`~bot.lang.language.Language.now_words`, ``calendar_words``
and ``now_questions``); the engine decides with them (``EngineConfig.now_kinds``):

- "what's today's date": a now word ("today") and a calendar word ("date");
- "when is it now?": a now word and a question of a kind about time ("when");
- "koliko je sati": a whole phrase that asks the time by itself;
- "is Vucic still president today?": a now word and a word asking whether something lasts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.lang import LANGUAGES
from bot.lang.phrases import Phrases

_NOW = frozenset().union(*(language.now_words for language in LANGUAGES.values()))
_STILL = frozenset().union(*(language.still_words for language in LANGUAGES.values()))
_ONLY_STILL = _STILL - frozenset().union(*(language.more_words for language in LANGUAGES.values()))
_CALENDAR = frozenset().union(*(language.calendar_words for language in LANGUAGES.values()))
_QUESTION_PHRASES = tuple(q for language in LANGUAGES.values() for q in language.now_questions)
_QUESTIONS = Phrases(_QUESTION_PHRASES)
_NOW_PHRASES, _CALENDAR_PHRASES, _ONLY_STILL_PHRASES = (
    Phrases(_NOW),
    Phrases(_CALENDAR),
    Phrases(_ONLY_STILL),
)

#: The words of the signs of the present: words pointing at now ("today", the "days" of
#: "these days") and words asking whether something lasts.
PRESENT_WORDS = frozenset(w for phrase in _NOW | _STILL for w in phrase.split())

# A question holding none of these words shows no sign at all (the common case, checked fast).
_FIRST_WORDS = frozenset(p.split()[0] for p in (*_NOW, *_CALENDAR, *_QUESTION_PHRASES, *_STILL))


@dataclass(frozen=True, slots=True)
class Present:
    """The signs that a question asks about the asker's present moment."""

    #: A word pointing at the asker's now ("today", "сейчас", "danas").
    deictic: bool = False
    #: A word for what a clock, calendar or forecast tells ("date", "погода", "sati").
    calendar: bool = False
    #: A phrase that asks about now by itself ("what time is it", "который час").
    asked: bool = False
    #: A word asking whether something lasts ("still", "ещё", "još").
    lasting: bool = False
    #: One that asks nothing else ("still", "до сих пор"; not "ещё", also "else").
    still: bool = False

    def either(self, other: Present) -> Present:
        """The signs of this reading or of ``other`` (the same words spelt right)."""
        return Present(
            deictic=self.deictic or other.deictic,
            calendar=self.calendar or other.calendar,
            asked=self.asked or other.asked,
            lasting=self.lasting or other.lasting,
            still=self.still or other.still,
        )


#: No sign at all (most questions).
NO_SIGNS = Present()

#: The asker's day itself, every language's (``Language.today_words``, folded): "today is
#: december 1st, right?" claims a date for it ("now" names no day: "ok now, december 5?").
TODAY_WORDS = frozenset().union(*(language.today_words for language in LANGUAGES.values()))


def present_signs(words: Iterable[str], lang: str | None = None) -> Present:
    """The :class:`Present` signs in a question's folded words (stop words included), in
    ``lang`` (whose own now words count too: Serbian "sad")."""
    seq = list(words)
    found = frozenset(seq)
    language = LANGUAGES.get(lang) if lang is not None else None
    # Opening a sentence or after a lead word ("a sad, kada…", "pa sad"), Serbian "sad" only
    # moves the talk on.
    own = language is not None and any(
        w in language.own_now_words and i and seq[i - 1] not in language.lead_words
        for i, w in enumerate(seq)
    )
    if not found & _FIRST_WORDS and not own:
        return NO_SIGNS
    return Present(
        deictic=_NOW_PHRASES.in_words(seq) or own,
        calendar=_CALENDAR_PHRASES.in_words(seq),
        asked=_QUESTIONS.in_words(seq),
        lasting=not found.isdisjoint(_STILL),
        still=_ONLY_STILL_PHRASES.in_words(seq),
    )
