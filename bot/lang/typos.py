"""Small words typed wrong: "wgat", "hoe", "whi", "wehn", "tge", "abput", "кагда".

Question words and other small function words decide what kind of answer a question wants
("who" against "when"), yet they are too short for similarity search: "hoe" is as close to
"how" as to "toe". Here each language offers a closed list of them
(:attr:`~bot.lang.language.Language.function_words`, most telling first), the chat spellings
people use on purpose (``typos``: "wat", "hwo", "shto"), and the letters its writers confuse
by sound (``sound_alike``); :class:`SmallWords` reads an unknown word as the function word it
is one keyboard slip of (:mod:`bot.lang.keyboard`). A real word stays as it is ("hat" is not
"what", "toe" is not "the"): only words rarer than a real-word frequency are read anew.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from bot.lang import LANGUAGES, patterns
from bot.lang.keyboard import closest_slip
from bot.lang.language import Language
from bot.lang.translit import fold_word
from bot.lang.words import WordFrequencies

#: Latin-typed Russian ("kagda byl vizit") is read as English by its letters: English
#: questions also try these languages' small words.
_ALSO = {"en": ("ru",)}
# A word to read as a small word: not the first half of a negation ("wasn't" is no misspelt
# "was" with a "t" left over; "wht's" is still "what's").
_WHOLE_WORD = patterns.compile(r"\b[^\W_]+\b(?!'t\b)")
#: The shortest word read as a question word run together with a small word: "whois" (5) is
#: "who is"; "kto" + "je" would be 5 too, but "ktoj" (4) is a slip of "kto", not two words.
RUN_TOGETHER_MIN_LENGTH = 5
#: The shortest fact-base word read run together with a small word (the whole word has at
#: least ``RUN_TOGETHER_MIN_LENGTH`` letters too): "withdacic" is "with dacic" (5 letters
#: after "with"), "meetin" is "meet in" (4 before "in"); "itsvisa" would not split "it" +
#: "svisa".
RUN_TOGETHER_WORD_MIN_LENGTH = 4


def _may_run_together(folded: str, lang: str) -> bool:
    """Whether ``folded`` may be two English words run together: long enough
    (``RUN_TOGETHER_MIN_LENGTH``, as for a question word and a small word), letters only."""
    return lang == "en" and len(folded) >= RUN_TOGETHER_MIN_LENGTH and folded.isalpha()


@functools.cache
def _english_small_words() -> frozenset[str]:
    """English stop and question words (what a run-together word may be split into), made once."""
    english = LANGUAGES["en"]
    return english.stop_words | english.question_words


@dataclass(frozen=True, slots=True)
class RealWords:
    """Whether a folded word is a real word of a language: at least ``min_zipf`` common in its
    word list (:mod:`bot.lang.words`). Picklable, for the compiled-engine cache."""

    frequencies: Mapping[str, WordFrequencies]
    min_zipf: float

    def __call__(self, folded: str, lang: str) -> bool:
        words = self.frequencies.get(lang)
        return words is not None and words.zipf(folded) >= self.min_zipf


@dataclass(slots=True)
class SmallWords:
    """Reads misspelt small words of a question as the function words they stand for."""

    #: Whether a folded word is a real word of a language (never read as another).
    real_word: Callable[[str, str], bool]
    #: Shortest and longest words looked at (longer ones are the content speller's).
    min_length: int = 3
    max_length: int = 6
    _cache: dict[tuple[str, str], str | None] = field(default_factory=dict)

    def __getstate__(self) -> dict[str, object]:
        return {
            "real_word": self.real_word,
            "min_length": self.min_length,
            "max_length": self.max_length,
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        for name, value in state.items():
            setattr(self, name, value)
        self._cache = {}

    def fix(self, folded: str, lang: str) -> str | None:
        """The function word ``folded`` is a slip (or chat spelling) of, or None."""
        key = (folded, lang)
        try:
            return self._cache[key]
        except KeyError:
            pass
        found = self._find(folded, lang)
        if len(self._cache) > 10_000:
            self._cache.clear()
        self._cache[key] = found
        return found

    def _find(self, folded: str, lang: str) -> str | None:
        languages = [LANGUAGES[code] for code in (lang, *_ALSO.get(lang, ())) if code in LANGUAGES]
        # Chat spellings count in their own language only: Russian "шо" (folded "so") is not
        # English "so".
        typo = languages[0].typos.get(folded) if languages else None
        if typo is not None:
            return typo
        if not folded.isalpha() or any(folded in language.stop_words for language in languages):
            return None
        if any(self.real_word(folded, code.code) for code in languages):
            return None
        if len(folded) >= RUN_TOGETHER_MIN_LENGTH:
            # Voice typing runs words together: "ктотакой" is "кто такой", "whois" "who is".
            split = self._run_together(folded, languages)
            if split is not None:
                return split
        if not self.min_length <= len(folded) <= self.max_length:
            return None
        for language in languages:
            found = closest_slip(
                folded, language.function_words, language.sound_alike, keyboard=language.keyboard
            )
            if found is not None:
                return found
        return None

    def _run_together(self, folded: str, languages: list[Language]) -> str | None:
        """``folded`` as a question word run together with the small word after it
        ("ktotakoj" -> "kto takoj", "whois" -> "who is", "kojije" -> "koji je"): the second a
        stop word of the same language. Nothing else is split: "todays" is no "to days"."""
        for language in languages:
            for cut in range(len(folded) - 1, 1, -1):
                first, second = folded[:cut], folded[cut:]
                if first in language.question_words and second in language.stop_words:
                    return f"{first} {second}"
        return None

    def split_off(self, folded: str, lang: str, known: Callable[[str, str], bool]) -> str | None:
        """``folded``, an English word no list has, as a small word run together with a word
        the fact base uses (``known(word, lang)``), either way round: "withdacic" is "with
        dacic", "didthey" "did they", "meetin" "meet in". Both parts must be there as typed: a
        misspelt half is no split. Russian and Serbian are not split: their endings are small
        words too ("upomina-li", "pomenu-te")."""
        if not _may_run_together(folded, lang):
            return None
        small = _english_small_words()
        # Each part at least two letters: a one-letter "a" or "o" is never split off.
        for cut in range(2, len(folded) - 1):
            first, second = folded[:cut], folded[cut:]
            if first in small and (
                second in small
                or (len(second) >= RUN_TOGETHER_WORD_MIN_LENGTH and known(second, "en"))
            ):
                return f"{first} {second}"
            if (
                second in small
                and len(first) >= RUN_TOGETHER_WORD_MIN_LENGTH
                and known(first, "en")
            ):
                return f"{first} {second}"
        return None

    def rewrite(
        self,
        cleaned: str,
        lang: str,
        is_name: Callable[[str], bool],
        content_slip: Callable[[str, str, str], bool] | None = None,
        known: Callable[[str, str], bool] | None = None,
        misspelt: Callable[[str, str], bool] | None = None,
    ) -> str:
        """``cleaned`` text with its misspelt small words replaced (folded); a word that
        ``is_name`` (one of the fact base's names, folded) stays, and so does one that
        ``content_slip(word, lang, small_word)`` finds a likelier slip of a content word the fact
        base uses: "agre" is "agree", not "are" (chat spellings like "wat" are always read).
        With ``known`` (whether a folded word is one the fact base uses), a word run together
        with a small word is split (:meth:`split_off`), unless ``misspelt`` finds it a slip of
        one word ("toursim" is "tourism", not "to ursim")."""

        def one(match: re.Match[str]) -> str:
            word = match.group(0)
            folded = fold_word(word)
            if is_name(folded):
                return word
            found = self.fix(folded, lang)
            if found is None:
                # Cheapest first: most words are too short, not English, or real; the speller's
                # look-up only for a word that would split.
                if (
                    known is None
                    or not _may_run_together(folded, lang)
                    or self.real_word(folded, lang)
                    or known(folded, lang)
                ):
                    return word
                split = self.split_off(folded, lang, known)
                if split is None or (misspelt is not None and misspelt(folded, lang)):
                    return word
                return split
            language = LANGUAGES.get(lang)
            chat = language is not None and language.typos.get(folded) == found
            if not chat and content_slip is not None and content_slip(folded, lang, found):
                return word
            return found

        return _WHOLE_WORD.sub(one, cleaned)
