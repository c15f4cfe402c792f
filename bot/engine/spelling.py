"""Spelling correction: an unknown word of a question read as the fact-base word (or common
English word) it is a misspelling of.

:class:`Lexicon` finds the closest word of a list; :class:`Speller` decides which lexicon to
ask and when a word is to be left alone, remembers its answers, and keeps each question to a
budget of look-ups (:meth:`Speller.corrector`).
"""

from __future__ import annotations

import math
import pickle
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from bot.engine.config import EngineConfig
from bot.engine.weights import listed_form
from bot.lang import LANGUAGES
from bot.lang.keyboard import QWERTY, slips
from bot.lang.language import Language
from bot.lang.normalize import Corrector, word_form
from bot.lang.words import WordFrequencies

#: A correction: the (folded surface, word form) a word is read as.
Correction = tuple[str, str]


def reachable_lengths(length: int, cutoff: float) -> range:
    """The lengths of the words that can be ``cutoff`` similar (rapidfuzz ``fuzz.ratio``, 0-100)
    to a word of ``length`` letters: ratio = 100 * (1 - distance / (n + m)), and the distance is
    at least the length difference, so at 80 a 10-letter word reaches words of 7 to 15 letters
    (7: 100 * (1 - 3 / 17) = 82.4; 6: 75.0)."""
    share = 1 - cutoff / 100
    shortest = math.ceil(length * (1 - share) / (1 + share) - 1e-9)
    longest = math.floor(length * (1 + share) / (1 - share) + 1e-9) if share < 1 else 10**6
    return range(max(shortest, 1), longest + 1)


class Lexicon:
    """Words to correct misspellings to: two swapped letters are found by their sorted letters
    in O(1) (only two: "odbarne" is "odbrane", not the anagram "broaden"); other typos by
    rapidfuzz among words of a length that can reach the cutoff (ratio = 1 - distance /
    (len1 + len2), and distance >= the length difference) and — in a
    large lexicon — that begin with one of the misspelt word's first two letters (typists
    rarely get those both wrong), which keeps each search to a few hundred words."""

    def __init__(self, words: Iterable[str], cutoff: float, *, by_initial: bool = False) -> None:
        self.cutoff = cutoff
        self.by_initial = by_initial
        self._anagrams: dict[str, tuple[str, ...]] = {}
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in words:
            key = "".join(sorted(word))
            self._anagrams[key] = (*self._anagrams.get(key, ()), word)
            self._by_length[len(word)].append(word)
        # Search pools, made on first use (and not kept in the engine cache).
        self._pools: dict[tuple[int, str, float], list[str]] = {}
        self._all: frozenset[str] | None = None
        self._by_start: dict[tuple[int, str], list[int]] | None = None

    def __getstate__(self) -> dict[str, object]:
        return {
            "cutoff": self.cutoff,
            "by_initial": self.by_initial,
            "anagrams": self._anagrams,
            "by_length": self._by_length,
        }

    def __setstate__(self, state: dict[str, object]) -> None:
        self.cutoff = state["cutoff"]  # type: ignore[assignment]
        self.by_initial = state["by_initial"]  # type: ignore[assignment]
        self._anagrams = state["anagrams"]  # type: ignore[assignment]
        self._by_length = state["by_length"]  # type: ignore[assignment]
        self._pools = {}
        self._all = None
        self._by_start = None

    def _pool(self, word: str, cutoff: float) -> list[str]:
        n = len(word)
        initials = word[:2] if self.by_initial else ""
        key = (n, initials, cutoff)
        pool = self._pools.get(key)
        if pool is None:
            lengths = reachable_lengths(n, cutoff)
            if initials:
                pool = self._starting(lengths, initials)
            else:
                pool = [w for k in lengths for w in self._by_length.get(k, ())]
            self._pools[key] = pool
        return pool

    def _starting(self, lengths: range, initials: str) -> list[str]:
        """The words of these lengths that begin with one of ``initials``, in lexicon order
        (ties in :meth:`closest` go to the earlier word, as over the whole list)."""
        by_start = self._by_start
        if by_start is None:
            # Made once, on the first misspelling: a pool then costs its own size, not a pass
            # over every word of its lengths (2 ms each in a 100,000-word lexicon).
            by_start = self._by_start = defaultdict(list)
            for k, ws in self._by_length.items():
                for i, w in enumerate(ws):
                    by_start[k, w[0]].append(i)
        pool: list[str] = []
        for k in lengths:
            ws = self._by_length.get(k, [])
            positions = [i for letter in set(initials) for i in by_start.get((k, letter), ())]
            pool.extend(ws[i] for i in sorted(positions))
        return pool

    def swapped(self, word: str) -> str | None:
        """A word with two of the letters of ``word`` swapped (a transposition typo)."""
        for found in self._anagrams.get("".join(sorted(word)), ()):
            if sum(a != b for a, b in zip(word, found, strict=True)) == 2:
                return found
        return None

    def slip(
        self,
        word: str,
        sound_alike: tuple[tuple[str, str], ...] = (),
        *,
        keyboard: tuple[str, ...] = QWERTY,
    ) -> str | None:
        """The word that ``word`` is the cheapest single keyboard slip of
        (:func:`bot.lang.keyboard.slips`: "vist" -> "visit", "obarony" -> "oborony")."""
        everything = self._all
        if everything is None:
            everything = self._all = frozenset(w for ws in self._by_length.values() for w in ws)
        best: tuple[float, str] | None = None
        for candidate, cost in slips(word, sound_alike, keyboard=keyboard):
            if candidate in everything and (best is None or (cost, candidate) < best):
                best = (cost, candidate)
        return None if best is None else best[1]

    def closest(self, word: str, cutoff: float | None = None) -> str | None:
        """The most similar word at or above the cutoff (the lexicon's, or a stricter one)."""
        cutoff = cutoff or self.cutoff
        pool = self._pool(word, cutoff)
        if not pool:
            return None
        hit = process.extractOne(word, pool, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff)
        return None if hit is None else str(hit[0])


#: Letters at the end of a word that its inflection may change (see :func:`_other_ending`):
#: real Serbian "robna" may be read as the fact base's "robne" (only "a"/"e" differ), real
#: "pravi" (makes) never as "pravni" (legal): a letter is added inside, not at the end.
ENDING_LETTERS = 2


def _one_edit(word: str, other: str) -> bool:
    """Whether two words are one letter apart: one added, dropped or changed."""
    if abs(len(word) - len(other)) > 1:
        return False
    return fuzz.ratio(word, other) >= 100 * (1 - 2 / (len(word) + len(other)))


def _other_ending(word: str, other: str) -> bool:
    """Whether two words of the same length differ only in their last ``ENDING_LETTERS``."""
    return len(word) == len(other) and word[:-ENDING_LETTERS] == other[:-ENDING_LETTERS]


def reduce_vowels(word: str, sound_alike: tuple[tuple[str, str], ...]) -> str:
    """``word`` with each pair of sound-alike letters written as the first: with ("a", "o"),
    "tovarooborot" and "tavarobarot" become "tavaraabarat" and "tavarabarat"."""
    for kept, merged in sound_alike:
        word = word.replace(merged, kept)
    return word


@dataclass(frozen=True, slots=True)
class SpellingVocabulary:
    """What the speller corrects towards, taken from the fact base by the index builder."""

    #: Every word the fact base uses (folded) -> its word form.
    surface_forms: Mapping[str, str]
    #: The folded words of each language's texts (names and synonyms in every language).
    by_language: Mapping[str, frozenset[str]]
    #: Word forms the index knows: a known word is never corrected.
    known: frozenset[str]
    #: The folded one-word spellings of the fact base's names (aliases): a name is not
    #: inflected in the question's language, so a Russian or Serbian question's misspelt name
    #: ("nurtlew") is found at the plain ``typo_min_similarity``.
    names: frozenset[str] = frozenset()
    #: How often the fact base's texts use each folded word: of two words a misspelling is
    #: equally close to, the commoner one is read ("poeta" is "poseta", a visit, used 40
    #: times, not "poenta", used twice).
    counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Lookups:
    """What the speller searches when a word is unknown; a question whose words the fact base
    knows never needs it (see :meth:`Speller.__getstate__`)."""

    #: Per language, the fact base's words of that language.
    lexicons: Mapping[str, Lexicon]
    #: Common English words (an English question's typo of one).
    dictionary: Lexicon
    #: "dialog" -> "dialogue": the fact base's British spellings by their American stem.
    spelling_variants: Mapping[str, str]
    #: The fact base's one-word names.
    names: Lexicon
    #: Per language with sound-alike letters: its words by their reduced spelling.
    reduced: Mapping[str, tuple[Lexicon, dict[str, str]]]


class Speller:
    """Corrects a question's unknown words towards the fact base's words of the question's
    language (a Russian "город" is not the English "good"), else — for English questions —
    towards a common English word."""

    def __init__(
        self,
        vocabulary: SpellingVocabulary,
        words: WordFrequencies,
        config: EngineConfig,
        real_words: Mapping[str, WordFrequencies] | None = None,
        common_forms: Mapping[str, Mapping[str, float]] | None = None,
    ) -> None:
        self.config = config
        self._common_forms = common_forms or {}
        self._surface_forms = vocabulary.surface_forms
        self._known = vocabulary.known
        self._words = words
        lexicons = {
            lang: Lexicon(
                sorted(
                    known := words_ & vocabulary.surface_forms.keys(),
                    key=lambda w: (-vocabulary.counts.get(w, 0), w),
                ),
                config.typo_min_similarity,
                by_initial=len(known) > config.large_lexicon_words,
            )
            for lang, words_ in vocabulary.by_language.items()
        }
        dictionary = Lexicon(
            words.common(config.dictionary_min_zipf),
            config.typo_min_similarity_english,
            by_initial=True,
        )
        spelling_variants = {
            word[:-2]: word
            for word in vocabulary.surface_forms
            if len(word) >= config.spelling_variant_min_length + 2 and word.endswith(("ue", "me"))
        }
        self._corrections: dict[tuple[str, str], Correction | None] = {}
        self._name_words = vocabulary.names
        names = Lexicon(
            sorted(vocabulary.names & vocabulary.surface_forms.keys()), config.typo_min_similarity
        )
        self._real = real_words or {}
        # Per language with sound-alike letters (Russian "о" said and typed "а"): its words
        # keyed by their reduced spelling, so several such slips in one word cost nothing.
        reduced: dict[str, tuple[Lexicon, dict[str, str]]] = {}
        for lang, lexicon_words in vocabulary.by_language.items():
            language = LANGUAGES.get(lang)
            if language is None or not language.sound_alike:
                continue
            keyed = {
                reduce_vowels(word, language.sound_alike): word
                for word in sorted(lexicon_words & vocabulary.surface_forms.keys())
            }
            reduced[lang] = (
                Lexicon(keyed, config.typo_min_similarity_inflected, by_initial=True),
                keyed,
            )
        self._lookups_made: _Lookups | None = _Lookups(
            lexicons, dictionary, spelling_variants, names, reduced
        )
        self._lookups_pickled: bytes | None = None

    def __getstate__(self) -> dict[str, object]:
        # The look-ups are a third of a cached engine's unpickling, and a question whose words
        # the fact base knows never needs them: they are kept pickled, as bytes (copied, not
        # rebuilt, when the engine loads) until an unknown word needs them.
        state = dict(self.__dict__)
        state["_lookups_pickled"] = self._lookups_pickled or pickle.dumps(
            self._lookups_made, protocol=pickle.HIGHEST_PROTOCOL
        )
        state["_lookups_made"] = None
        state["_corrections"] = {}
        return state

    def _lookups(self) -> _Lookups:
        """The look-ups, unpickled on first need (see :meth:`__getstate__`)."""
        made = self._lookups_made
        if made is None:
            pickled = self._lookups_pickled
            if pickled is None:  # one or the other is always there
                raise RuntimeError("a speller without its look-ups")
            made = self._lookups_made = pickle.loads(pickled)  # noqa: S301 - our own bytes
            self._lookups_pickled = None
        return made

    def _is_real(self, folded: str, lang: str) -> bool:
        """Whether ``folded`` is a common word of ``lang`` (``common_word_zipf``)."""
        words = self._real.get(lang)
        return words is not None and words.zipf(folded) >= self.config.common_word_zipf

    def _is_inflected_real(self, form: str, lang: str) -> bool:
        """Whether ``form`` is the word form of a common word of ``lang`` the list has in other
        inflections (:func:`bot.engine.weights.form_frequencies`): Russian "продает" is not
        listed, but "продал" and "продают" are (both "proda")."""
        forms = self._common_forms.get(lang)
        return forms is not None and form in forms

    def is_free(self, folded: str, form: str, lang: str) -> bool:
        """Whether correcting the word costs no look-up (known, or remembered)."""
        return (
            form in self._known
            or folded in self._surface_forms
            or (folded, lang) in self._corrections
        )

    def corrector(self) -> Corrector:
        """A correction hook for one question: at most ``max_corrections_per_question`` new
        look-ups; words past the budget stay as typed."""
        budget = self.config.max_corrections_per_question

        def correct(folded: str, form: str, lang: str) -> Correction | None:
            nonlocal budget
            if not self.is_free(folded, form, lang):
                if budget <= 0:
                    return None
                budget -= 1
            return self.correct(folded, form, lang)

        return correct

    def correct(self, folded: str, form: str, lang: str) -> Correction | None:
        """The (surface, form) of the word ``folded`` is a misspelling of, or None."""
        if form in self._known or folded in self._surface_forms:
            return None
        key = (folded, lang)
        try:  # one lookup, not `in` then `[]`: another thread may clear the cache meanwhile
            return self._corrections[key]
        except KeyError:
            pass
        if len(self._corrections) >= self.config.max_cached_corrections:
            self._corrections.clear()
        fixed = self._corrections[key] = self.find(folded, lang)
        return fixed

    def _slip(self, lexicon: Lexicon, folded: str, language: Language | None) -> str | None:
        """The word of ``lexicon`` that ``folded`` is one keyboard slip of, if long enough."""
        if len(folded) < self.config.typo_min_slip_length:
            return None
        return lexicon.slip(
            folded,
            language.sound_alike if language else (),
            keyboard=language.keyboard if language else QWERTY,
        )

    def find(self, folded: str, lang: str) -> Correction | None:
        """:meth:`correct` without the cache."""
        config = self.config
        english = lang == "en"
        look = self._lookups()
        lexicon = look.lexicons.get(lang, look.lexicons["en"])
        if len(folded) < config.typo_min_english_swap_length or not folded.isalpha():
            return None
        if self._words.zipf(folded) >= config.common_word_zipf:
            # A real word, but maybe the other spelling of one the fact base uses:
            # "dialog" for "dialogue", "program" for "programme".
            longer = look.spelling_variants.get(folded)
            return (longer, self._surface_forms[longer]) if longer else None
        language = LANGUAGES.get(lang)
        for typed, known in language.name_endings if language else ():
            respelt = folded[: -len(typed)] + known if folded.endswith(typed) else None
            if respelt is not None and respelt in self._surface_forms:
                return respelt, self._surface_forms[respelt]
        for typed, known in language.dialect_spellings if language else ():
            if typed in folded:
                # Read as if typed in the fact base's dialect: the form is this language's.
                respelt = folded.replace(typed, known)
                form = word_form(respelt, lang)
                if respelt in self._surface_forms or form in self._known:
                    return respelt, form
        # A real word of the question's language (a common English one has returned above) is
        # read as a fact-base word only as another ending of it: Serbian "robna" for "robne",
        # never "pravi" (makes) for "pravni" (legal).
        real = self._is_real(folded, lang)
        swapped = lexicon.swapped(folded) if len(folded) >= config.typo_min_swap_length else None
        if swapped is not None and not real:
            return swapped, self._surface_forms[swapped]
        if len(folded) >= config.typo_min_length:
            strict = None if english else config.typo_min_similarity_inflected
            hit = lexicon.closest(folded, strict)
            if hit is not None and hit not in self._name_words:
                # A name as close as a word wins: the article's people are what gets misspelt
                # ("vusic" is "Vucic", not "music").
                hit = look.names.closest(folded, fuzz.ratio(folded, hit)) or hit
            if hit is not None and (not real or _other_ending(folded, hit)):
                # Two letters swapped in a common English word beat a fact-base word two
                # edits away: "titels" is "titles", not "ties".
                swapped_word = look.dictionary.swapped(folded) if english else None
                if swapped_word is not None and not _one_edit(folded, hit):
                    return swapped_word, word_form(swapped_word, "en")
                if english and hit not in self._name_words and not _one_edit(folded, hit):
                    # So does one letter dropped, added or changed: "intresting" is
                    # "interesting", not the fact base's "investing" (two edits away).
                    near = look.dictionary.closest(folded)
                    if near is not None and _one_edit(folded, near):
                        return near, word_form(near, "en")
                elif english and hit not in self._name_words:
                    # One edit from both, the far commoner word is meant: "realy" is "really",
                    # not the fact base's "rely".
                    near = look.dictionary.closest(folded)
                    if (
                        near is not None
                        and near != hit
                        and _one_edit(folded, near)
                        and self._words.zipf(near)
                        >= self._words.zipf(hit) + config.typo_common_word_margin
                    ):
                        return near, word_form(near, "en")
                return hit, self._surface_forms[hit]
            if not english and not real:
                name = look.names.closest(folded)
                if name is not None:
                    # One keyboard slip from a word beats a name two edits away: Serbian
                    # "sastanal" is "sastanak" (l for k), not "Astana".
                    slipped = self._slip(lexicon, folded, language)
                    word = slipped or name
                    return word, self._surface_forms[word]
        # Vowels said as typed and keyboard slips are looser guesses: an everyday word in an
        # inflection the list lacks stays itself ("продает", sells, is not "падает", falls).
        if real or self._is_inflected_real(listed_form(folded, lang), lang):
            return None
        reduced = look.reduced.get(lang)
        if reduced is not None and len(folded) >= config.typo_min_length:
            # "tavarobarot" is "tovarooborot" with unstressed vowels as said: compare both
            # with those vowels merged, and allow one more slip on top.
            key = reduce_vowels(folded, LANGUAGES[lang].sound_alike)
            hit = reduced[0].closest(key)
            if hit is not None:
                word = reduced[1][hit]
                return word, self._surface_forms[word]
        slipped = self._slip(lexicon, folded, language)
        if slipped is not None:
            if english and slipped not in self._name_words and slipped not in self._words:
                # A synonym's spelling English has no such word for (Russian "gody" in Latin
                # letters is in every language's lexicon) is no English typo's target when an
                # English word is one slip away too: "tody" is "today", not "gody" (years).
                english_slip = look.dictionary.slip(folded)
                if english_slip is not None:
                    return english_slip, word_form(english_slip, "en")
            return slipped, self._surface_forms[slipped]
        # The English dictionary serves English questions only: a Russian or Serbian word is
        # not an English typo.
        if not english:
            return None
        english_word = look.dictionary.swapped(folded)
        if english_word is None and len(folded) >= config.typo_min_length:
            english_word = look.dictionary.closest(folded)
        if english_word is not None:
            return english_word, word_form(english_word, "en")
        return None
