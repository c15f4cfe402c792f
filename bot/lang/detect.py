"""Which language a text is in: English, Russian or Serbian (Latin or Cyrillic).

From the script first, then from letters only one language writes (Russian "ы", Serbian "ђ"
or "č"), then from telling words (:attr:`~bot.lang.language.Language.telling_words`): Cyrillic
text is Russian unless more of its words are Serbian; Latin text is English unless Serbian
words tell otherwise.

A fact base may add its own telling words (``language_words:`` in its vocabulary: the
article's places and terms as each language spells them, "Србија" against "Сербии"):
:class:`Detector` takes them; :func:`detect_language` is the detector without them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from bot.lang import get, patterns
from bot.lang.patterns import WORD
from bot.lang.ru import LATIN_ENDINGS, LATIN_MARKERS, SERBIAN_TOO
from bot.lang.translit import CYRILLIC, fold_word
from bot.lang.words import WordFrequencies, places

#: Languages told apart by their words, the only ones a fact base may add telling words to.
TOLD_BY_WORDS = ("ru", "sr")

_LATIN = patterns.compile(r"[a-z\u00c0-\u024f]")
#: A "yes" tag ending a statement: ", да?".
_YES_TAG = patterns.compile(r",\s*да\W*$")
#: How much more common (Zipf) a word must be in Russian than in Serbian, or the other way
#: round, to count as that language's in Cyrillic text without letters of its own: "служе"
#: (Serbian "serve": 4.1 against Russian 0) and "для" (Russian 6.7 against 0) count, "чему"
#: and "области" (5.8 against 5.2: common in both) count for neither. 1.0 is ten times as
#: common.
WORD_VOTE_MARGIN = 1.0
_SERBIAN_LATIN = patterns.compile(f"[{get('sr').own_latin_letters}]", re.IGNORECASE)
#: The fewest English words (of three letters or more) around words with Serbian letters
#: that keep a question English: "did he visit Niš?" has two ("did", "visit"); "Niš, Novi
#: Sad?" none.
ENGLISH_AROUND_MIN = 2


class Detector:
    """Language detection, with a fact base's own telling words (folded) if it has any."""

    def __init__(
        self,
        language_words: Mapping[str, Iterable[str]] | None = None,
        word_lists: Mapping[str, WordFrequencies] | None = None,
    ) -> None:
        """``language_words``: the fact base's telling words by language; ``word_lists``: the
        word frequencies of Russian and Serbian (folded), whose votes tell Cyrillic text
        without letters of its own apart (without them, only telling words do)."""
        lists = word_lists or {}
        self._russian_list = lists.get("ru")
        self._serbian_list = lists.get("sr")
        extra = {code: frozenset(words) for code, words in (language_words or {}).items()}
        unknown = set(extra) - set(TOLD_BY_WORDS)
        if unknown:
            raise ValueError(f"telling words only for {', '.join(TOLD_BY_WORDS)}, not {unknown}")
        ru, sr = get("ru"), get("sr")
        self._russian_words = ru.telling_words | extra.get("ru", frozenset())
        self._serbian_words = sr.telling_words | extra.get("sr", frozenset())
        self._serbian_markers = sr.marker_words
        self._russian_letters = patterns.compile(f"[{ru.own_cyrillic_letters}]")
        self._serbian_letters = patterns.compile(f"[{sr.own_cyrillic_letters}]")
        self._serbian_latin_letters = patterns.compile(f"[{sr.own_latin_letters}]")
        self._serbian_short_words = sr.short_words | frozenset(sr.function_words)
        self._serbian_endings = sr.endings

    def detect(self, text: str) -> str:
        """``en``, ``ru`` or ``sr`` for already cleaned text (see the module docstring)."""
        cyrillic = len(CYRILLIC.findall(text))
        latin = len(_LATIN.findall(text))
        words = set(re.findall(r"\w+", fold_word(text)))
        if cyrillic > latin:
            if self._russian_letters.search(text):
                return "ru"
            if self._serbian_letters.search(text):
                return "sr"
            # A Serbian surname's "-ић" spelt "-ич" ("Вучича", "Дачичем") is how Russian writes
            # it: Serbian Cyrillic never does.
            vote = self._word_vote(words) - len(_RUSSIAN_SURNAME.findall(text.casefold()))
            if vote:
                return "sr" if vote > 0 else "ru"
            serbian = len(words & self._serbian_words)
            russian = len(words & self._russian_words)
            if _YES_TAG.search(text):
                # "…, да?" ends a Russian statement asking to confirm it; Serbian asks "jel?".
                serbian -= 1
                russian += 1
            return "sr" if serbian > russian else "ru"
        if self._serbian_latin_letters.search(text):
            return "sr"
        if len(words & self._serbian_words) >= 2 or words & self._serbian_markers:
            return "sr"
        return "en"

    def _word_vote(self, words: Iterable[str]) -> int:
        """Serbian words less Russian ones among ``words`` (folded), by which language's word
        list has each more commonly (:data:`WORD_VOTE_MARGIN`); 0 without the lists."""
        russian, serbian = self._russian_list, self._serbian_list
        if russian is None or serbian is None:
            return 0
        vote = 0
        named = places()
        for word in words:
            if word in named:
                # A city is as common in either language's news ("загреб" is no Serbian word).
                continue
            difference = serbian.zipf(word) - russian.zipf(word)
            if difference > WORD_VOTE_MARGIN:
                vote += 1
            elif difference < -WORD_VOTE_MARGIN:
                vote -= 1
        return vote

    def detect_question(
        self,
        cleaned: str,
        *,
        is_name: Callable[[str], bool],
        is_english: Callable[[str], bool] | None = None,
    ) -> str:
        """:meth:`detect`, not fooled by names ("what did Vučić say" is English), and Serbian
        typed without diacritics or telling words ("vize za Srbiju") told from English by its
        words English doesn't have (``is_english``: whether a folded word is English;
        ``is_name``: whether a folded word is one of the fact base's names)."""
        lang = self.detect(cleaned)
        if lang == "sr" and not CYRILLIC.search(cleaned):
            # Serbian letters only inside names (Vučić, Dačić) don't make a question Serbian.
            unnamed = " ".join(w for w in WORD.findall(cleaned) if not is_name(fold_word(w)))
            lang = self.detect(unnamed) if unnamed else lang
            if (
                lang == "sr"
                and is_english is not None
                and self._english_around(unnamed, is_english)
            ):
                lang = "en"
        if lang != "en" or is_english is None:
            return lang
        words = [fold_word(w) for w in WORD.findall(cleaned) if w.isalpha()]
        foreign = [w for w in words if len(w) >= 3 and not is_name(w) and not is_english(w)]
        english = [w for w in words if len(w) >= 3 and is_english(w)]
        # Serbian's small and question words ("je", "koliki") and the fact base's Serbian
        # spellings ("Srbija", names too) tell; so do Serbian endings of words English lacks.
        # Each word once: "wht do the signed documnts actualy do" is English with typos, not
        # Serbian for its two "do".
        serbian_hints = sum(
            w in self._serbian_short_words or w in self._serbian_words for w in set(words)
        ) + sum(w.endswith(self._serbian_endings) for w in set(foreign))
        if foreign and len(foreign) > len(english) and serbian_hints >= 2:
            return "sr"
        return lang

    def _english_around(self, text: str, is_english: Callable[[str], bool]) -> bool:
        """Whether Latin ``text`` told Serbian only by words with Serbian letters is English
        around them: "which is the best place in Belgrade for ćevapi?", "did he visit Niš?" —
        at least :data:`ENGLISH_AROUND_MIN` English words besides them, and no word of three
        letters or more that is not English or is a Serbian small or telling word ("šta je
        rekao" has "rekao")."""
        words = WORD.findall(text)
        others = [fold_word(w) for w in words if not self._serbian_latin_letters.search(w)]
        if len(others) == len(words):
            return False
        # Words of one or two letters tell nothing: English "I" is Serbian "i" (and).
        longer = [w for w in others if len(w) >= 3]
        if any(w in self._serbian_short_words or w in self._serbian_words for w in longer):
            return False
        return len(longer) >= ENGLISH_AROUND_MIN and all(is_english(w) for w in longer)


#: A Serbian surname as Russian spells it: "-ич" where Serbian writes "-ић" ("Вучича",
#: "Дачичем", "Вучевичу").
_RUSSIAN_SURNAME = re.compile(r"\b\w{3,}ич(?:а|у|ем|ом)?\b")


@lru_cache(maxsize=1)
def _plain() -> Detector:
    return Detector()


def detect_language(text: str) -> str:
    """``en``, ``ru`` or ``sr`` for already cleaned text, from the languages' own words only."""
    return _plain().detect(text)


def _has_latin_ending(word: str) -> bool:
    """Whether ``word`` ends in one of :data:`bot.lang.ru.LATIN_ENDINGS` after a stem: "sya"
    alone is English "say" mistyped ("wat did nurtleu sya"), no Russian reflexive."""
    return any(len(word) > len(end) and word.endswith(end) for end in LATIN_ENDINGS)


def russian_in_latin(
    cleaned: str,
    *,
    is_name: Callable[[str], bool],
    is_english: Callable[[str], bool],
    detected: str = "en",
) -> bool:
    """Whether a question in Latin letters is Russian typed in them ("kakie oblasti
    obsuzhdali"): it holds one of :data:`bot.lang.ru.LATIN_MARKERS` and fewer English words
    than other words, or as many (names aside). Text ``detected`` as Serbian ("gde byla
    vstrecha" shares "gde" and "s" with Serbian) is Russian only without Serbian letters and
    with a marker Serbian doesn't write too (not "eto")."""
    if CYRILLIC.search(cleaned):
        return False
    words = [w for w in WORD.findall(cleaned) if w.isalpha()]
    markers = LATIN_MARKERS
    y_tells = False
    if detected == "sr":
        if _SERBIAN_LATIN.search(cleaned):
            return False
        markers = LATIN_MARKERS - SERBIAN_TOO
        # Serbian Latin never writes "y" (its "j"): a word other than a name with one is
        # Russian as typed in Latin letters ("soyuzom", "svobodnoy").
        y_tells = True
    if not any(
        w in markers
        or _has_latin_ending(w)
        or (y_tells and "y" in w.casefold() and not is_name(fold_word(w)))
        for w in words
    ):
        return False
    others = [w for w in words if not is_name(fold_word(w))]
    english = sum(is_english(fold_word(w)) for w in others if len(w) >= 3)
    return english <= len(others) - english  # a tie goes to the Russian question word
