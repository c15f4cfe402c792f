"""Text normalization: one documented pipeline shared by questions and the fact base.

This module is the pipeline; what it knows of each language (stop words, question words,
contractions, stemmers…) is in that language's module (bot/lang/en.py, ru.py, sr.py),
scripts and folding in :mod:`bot.lang.translit`, language detection in :mod:`bot.lang.detect`.

The pipeline, in order (:meth:`Normalizer.analyze`):

1. **Clean** (:func:`clean`): Unicode NFKC, casefold, typographic quotes and dashes to ASCII,
   control/zero-width/format characters dropped, whitespace collapsed.
2. **Language** (:func:`detect_language`): English, Russian or Serbian (Latin or Cyrillic),
   from the script and a few unmistakable function words (and the fact base's own).
   **Small words** typed wrong ("wgat", "hoe", "кагда") are then read as the question and
   function words they stand for (:mod:`bot.lang.typos`), so the kind of question survives.
3. **Tokenize** (:func:`tokenize`): words and numbers ("$73.8" -> "73.8", "73,8" -> "73.8");
   possessives and contractions undone ("Kazakhstan's" -> "kazakhstan", "didn't" -> "did not").
4. **Question kind** (:func:`question_kind`): who / when / where / amount / why / yesno / what,
   read from the question words before they are dropped.
5. **Word forms**: each token is stemmed by its language's Snowball stemmer (so "agreements"
   meets "agreement" and "Казахстана" meets "Казахстан"), then transliterated to Latin and
   stripped of diacritics (:func:`fold_word`), so "Вучић", "Vučić" and "Vucic" are one token.
6. **Aliases and synonyms**: the fact base's ``aliases:`` and ``synonyms:`` spellings, normalized
   by this same pipeline, are replaced by their canonical name, longest phrase first.
7. **Stop words**: function and filler words of every language are dropped.
8. **The present moment** (:mod:`bot.lang.now`): signs that the question asks about the
   asker's now ("what's today's date", "koliko je sati"), read from its words as typed.

Spelling correction needs the fact base's vocabulary, so it lives in :mod:`bot.engine.spelling`, which
calls :meth:`Normalizer.analyze` with a ``correct`` hook between steps 3 and 5.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.lang import (
    ADDRESS_WORDS,
    CLAUSE_JOINERS,
    CLAUSE_SUBJECTS,
    DATE_WORDS,
    FRAMING_WORDS,
    IDENTITY_WORDS,
    INDEFINITE_OPENERS,
    KNOWING_WORDS,
    LANGUAGES,
    LEAD_WORDS,
    PERSON_NOUNS,
    PLACE_WORDS,
    QUESTION_WORDS,
    SPEECH_WORDS,
    STOP_WORDS,
    TIME_WORDS,
    patterns,
)
from bot.lang.clauses import NOT_A_NOUN, without_cloze_asking
from bot.lang.detect import Detector, detect_language, russian_in_latin
from bot.lang.en import stem as english_stem
from bot.lang.language import QUESTION_KINDS
from bot.lang.now import NO_SIGNS, Present, present_signs
from bot.lang.patterns import WORD
from bot.lang.sounds import sound_key
from bot.lang.translit import (
    chat_letters,
    fold_word,
    has_cyrillic,
    russian_from_latin,
    to_latin,
    unmix_scripts,
)
from bot.lang.typography import QUOTES_AND_DASHES
from bot.lang.typos import SmallWords
from bot.lang.words import WordFrequencies

__all__ = [
    "CONTRACTIONS",
    "KIND_REWRITES",
    "SENTENCE_END",
    "STOP_WORDS",
    "Analysis",
    "Corrector",
    "Normalizer",
    "Rewrites",
    "clean",
    "detect_language",
    "fold",
    "fold_word",
    "question_kind",
    "to_latin",
    "tokenize",
    "word_form",
]

# --------------------------------------------------------------------------------------------
# 1. Cleaning
# --------------------------------------------------------------------------------------------

_PUNCTUATION = str.maketrans({**QUOTES_AND_DASHES, "\u02bc": "'", "`": "'", "\u00b4": "'"})
_SPACE = patterns.compile(r"\s+")


#: The number labelling a part of the asker's own list ("two things: 1) who is…, and 2) what
#: did…"): no figure the question states, so it goes with the punctuation.
_ENUMERATION = patterns.compile(r"(?:^|(?<=[\s:;,]))\(?\d{1,2}\)(?=\s)")


#: Every language's words hyphened before a question word (``Language.hyphened_words``:
#: "know-how"), as whole words; "and-when" is still "and when".
_HYPHENED = patterns.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for language in LANGUAGES.values() for w in language.hyphened_words)
    + r")\b"
)


def clean(text: str) -> str:
    """NFKC, casefold, ASCII quotes and dashes, no control or invisible characters, no list
    labels (:data:`_ENUMERATION`), no hyphen in a word hyphened before a question word
    (:data:`_HYPHENED`)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(_PUNCTUATION)
    if ")" in text:
        text = _ENUMERATION.sub(" ", text)
    if "-" in text:
        text = _HYPHENED.sub(lambda m: m.group(0).replace("-", ""), text)
    if text.isprintable():
        # No character of the categories below (nor a separator but " "): nothing to drop.
        return unmix_scripts(chat_letters(_SPACE.sub(" ", text).strip()))
    kept = []
    for ch in text:
        category = unicodedata.category(ch)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn"):
            kept.append(" " if ch in "\t\n\r\x0b\x0c" else "")
        else:
            kept.append(ch)
    return unmix_scripts(chat_letters(_SPACE.sub(" ", "".join(kept)).strip()))


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """:func:`clean` then :func:`fold_word` over the whole text (remembered: the same question
    is folded by several stages)."""
    # Stripping a mark NFKC split off a spacing accent ("´" -> " ́") can leave a space at
    # an end, so spaces are collapsed once more.
    # Chat letters are read again once marks are gone: "4tò" is "4to", which is "chto".
    return _SPACE.sub(" ", chat_letters(fold_word(clean(text)))).strip()


@functools.cache
def _period_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per period, one pattern of every language's phrases for it (folded), made on first use."""
    phrases: dict[str, set[str]] = {}
    for language in LANGUAGES.values():
        for period, named in language.periods:
            phrases.setdefault(period, set()).update(fold(p) for p in named)
    return tuple(
        (
            period,
            patterns.compile(
                r"\b(?:" + "|".join(map(re.escape, sorted(ps, key=len, reverse=True))) + r")\b"
            ),
        )
        for period, ps in phrases.items()
    )


def periods_in(text: str) -> frozenset[str]:
    """The periods (``Language.periods``: "last_year", "this_year"…) ``text`` names, in any
    language: "товарооборот за текущий год" names "this_year"."""
    folded = fold(text)
    return frozenset(period for period, pattern in _period_patterns() if pattern.search(folded))


# --------------------------------------------------------------------------------------------
# 2. Language: bot/lang/detect.py
# 3. Tokens
# --------------------------------------------------------------------------------------------


class Rewrites:
    """Every language's (pattern, replacement) rules of one kind, applied in order. A rule is
    tried only on a text holding its needle (a literal every match contains: most texts hold
    none), and compiles for the first text that does (:mod:`bot.lang.patterns`)."""

    def __init__(self, rules: Iterable[tuple[str, str]]) -> None:
        rules = tuple(rules)
        self._rules = tuple((patterns.compile(p), r) for p, r in rules)
        self._needles: tuple[str | None, ...] | None = None

    @property
    def compiled(self) -> bool:
        """Whether the rules have been compiled (a text needed them)."""
        return any(patterns.is_compiled(p) for p, _ in self._rules)

    def apply(self, text: str) -> str:
        """``text`` with every rule applied, in order. A rule whose needle
        (:func:`bot.lang.patterns.needle`, "n't", "jan") the text lacks cannot match it and is
        skipped: most texts hold none, and a substring test costs less than a search."""
        needles = self._needles
        if needles is None:
            needles = self._needles = tuple(patterns.needle(p) for p, _ in self._rules)
        for (pattern, replacement), found in zip(self._rules, needles, strict=True):
            if found is None or found in text:
                text = pattern.sub(replacement, text)
        return text


#: Contractions undone ("what's" -> "what is"), every language's.
CONTRACTIONS = Rewrites(r for language in LANGUAGES.values() for r in language.contractions)
ELISIONS = Rewrites(r for language in LANGUAGES.values() for r in language.elisions)
# A number with decimals (73.8 or 73,8), or a word of letters/digits (hyphens join words:
# "military-technical" is two tokens, as people also type it).
_TOKEN = patterns.compile(r"\d+(?:[.,]\d+)+|[^\W_]+", re.UNICODE)

# "Besides the military stuff, what else…": the excluded topic is not what is asked about —
# its words up to a comma, a function word after them or EXCLUDED_WORDS of them: in "где ещё
# кроме двустороннего формата они взаимодействуют по словам Вучича" the question goes on
# after the format, in "which other minister besides Dacic did he meet" after Dacic.
EXCLUDED_WORDS = 3

#: The shortest a person's name said in two halves is, joined ("vuchich" is 7 letters; "da li"
#: is no name): shorter joins are too often two words that happen to make one.
SPLIT_NAME_MIN_LENGTH = 6
#: How many edits (OSA) a name said in two halves may be from the name's spelling: "nurt lay"
#: is "nurtlay", two from "nurtleu"; both must share their first three letters.
SPLIT_NAME_MAX_EDITS = 2
#: The shortest sound key (:func:`bot.lang.sounds.sound_key`) a name is looked up by when
#: dictated as other words: "Vucic" keys "vcc"; two consonants match too many word pairs.
SOUND_KEY_MIN_LENGTH = 3
#: How far (OSA edits, as a share of the longer) words dictated for a name may be from its
#: spelling when they sound like it: "dutchitch" is 3 edits from "dachich" (0.33), "bellgrade"
#: 1 from "belgrade"; "isiton" is 4 from "astana" (0.67), though both key "stn".
SOUND_JOIN_MAX_EDIT_SHARE = 0.4

#: A one-word spelling of at most this many letters is an abbreviation ("mil", "mln", "eu"),
#: which doesn't inflect: it is the synonym only as typed, not by its stem — Russian "милый"
#: (dear) stems to "mil", which is no "million".
ABBREVIATION_MAX_LENGTH = 3

#: Words after an exclusion that make it ask for the rest (``Language.complement_words``).
_COMPLEMENTS = "|".join(
    re.escape(w) for language in LANGUAGES.values() for w in language.complement_words
)
_EXCLUSION = patterns.compile(
    r"\b(?:"
    + "|".join(e for language in LANGUAGES.values() for e in language.exclusions)
    + r")\b"
    + (rf"(?!\s+(?:{_COMPLEMENTS}))" if _COMPLEMENTS else "")
    + r"(?P<rest>[^,.;:?!]*)[,.;:]?"
)
_EXCLUDED_WORD = patterns.compile(r"[^\W_]+(?:['-][^\W_]+)*")
#: Past-tense endings of every language's verbs (``Language.past_verb_endings``).
_PAST_VERB_ENDINGS = tuple(
    ending for language in LANGUAGES.values() for ending in language.past_verb_endings
)
#: The shortest word read as a verb by its past-tense ending ("обсуждали"; not "вали").
PAST_VERB_MIN_LENGTH = 6
#: Words that go on listing what is excluded ("besides tourism and education, …").
_LISTING = frozenset({"or", "ili", "ni"}).union(
    *(language.joining_words for language in LANGUAGES.values())
)


def _topic_end(
    rest: str, is_name: Callable[[str], bool] | None = None, most: int = EXCLUDED_WORDS
) -> int:
    """Where the topic an exclusion sets aside ends in the text after it (see
    ``EXCLUDED_WORDS``): at a function word after some of its words, or after ``most`` — or,
    when it is names (``is_name``: whether a word as typed is one), right after them:
    "кроме Вучича встречался Нуртлеу" sets Vucic aside, not the meeting."""
    content = 0
    names_only = is_name is not None
    for word in _EXCLUDED_WORD.finditer(rest):
        folded = fold_word(word.group(0).casefold())
        if folded in _LISTING:
            continue
        stop = folded in STOP_WORDS
        if content and (stop or content == most or _past_verb(folded)):
            return word.start()
        if not stop and names_only and is_name is not None:
            if is_name(word.group(0)):
                content += 1
                continue
            if content:
                return word.start()
            names_only = False
        content += not stop
    return len(rest)


def _past_verb(folded: str) -> bool:
    """Whether a folded word reads as a verb in the past tense by its ending
    (``Language.past_verb_endings``): "obsuzdali", "razgovarali"."""
    return len(folded) >= PAST_VERB_MIN_LENGTH and folded.endswith(_PAST_VERB_ENDINGS)


def _without_topics(cleaned: str, is_name: Callable[[str], bool] | None, most: int) -> str:
    """``cleaned`` with each exclusion and its topic of at most ``most`` words left out."""

    def excluded(found: re.Match[str]) -> str:
        # What an exclusion leaves of the text it matched: the words after its topic.
        rest = found.group("rest")
        return " " + rest[_topic_end(rest, is_name, most) :]

    return _EXCLUSION.sub(excluded, cleaned)


def _excluded_words(cleaned: str, is_name: Callable[[str], bool] | None) -> int:
    """The most words an exclusion's topic may have in ``cleaned``: ``EXCLUDED_WORDS``, or one
    when that would leave the question nothing but function words — "с кем ещё кроме
    президента встречался Нуртлеу" sets the president aside, not the meeting and Nurtleu."""
    if _EXCLUSION.search(cleaned) is None:
        return EXCLUDED_WORDS
    left = WORD.findall(fold(_without_topics(cleaned, is_name, EXCLUDED_WORDS)))
    # A topic a comma closes is all set aside: "besides tourism and education, what else".
    closed = any(found.group(0)[-1:] in ",.;:" for found in _EXCLUSION.finditer(cleaned))
    if left and not closed and all(word in STOP_WORDS for word in left):
        return 1
    return EXCLUDED_WORDS


def _drop_exclusions(cleaned: str, is_name: Callable[[str], bool] | None = None) -> str:
    """Remove preambles, an "apart from X," clause and an "…or was it just Y" contrast, when a
    question remains without them."""
    topics_out = _without_topics(cleaned, is_name, _excluded_words(cleaned, is_name))
    rest = _CONTRAST.sub(" ", _PREAMBLE.sub(" ", topics_out))
    rest = _drop_guess(without_choices(without_cloze_asking(rest)))
    return rest if re.search(r"\w", rest) else cleaned


#: Lettered choices after a question, two or more ("…: a) mining b) space c) something else",
#: "…: а) с премьером б) со спикером"), to the end of the text.
_CHOICES = patterns.compile(r"[:\s]\(?(?:[a-e]|[абвгд])\)\s.*?\s\(?(?:[b-e]|[бвгд])\)\s.*$")


def without_choices(cleaned: str) -> str:
    """``cleaned`` without the lettered choices a quiz question offers ("which areas were
    named: a) mining b) space c) something else?" asks which areas were named): the answer
    says which, whether or not one of them is right. Kept when the question is nothing
    without them ("was it a) Astana b) Belgrade?")."""
    found = _CHOICES.search(cleaned)
    if found is None:
        return cleaned
    stem = cleaned[: found.start()]
    if all(word in STOP_WORDS for word in WORD.findall(fold(stem))):
        return cleaned
    return stem.rstrip(" :") + "?"


def preambles_in(cleaned: str) -> str:
    """The preambles of ``cleaned``, joined (see :func:`without_preambles`), or ""."""
    return " ".join(found.group(0) for found in _PREAMBLE.finditer(cleaned))


def without_preambles(cleaned: str) -> str:
    """``cleaned`` without its preambles ("or is she mixing it up with Turkey", "кто в
    курсе"): ways of asking that name nothing the question is about."""
    return _PREAMBLE.sub(" ", cleaned)


#: The most words a guess after a question may have ("кто сообщил, сербский МИД?"); a longer
#: tail ("what did they sign, and did it cover the army?") asks something of its own.
MAX_GUESS_WORDS = 3
#: One guess or a few, each with its mark ("…, ТАСС? Танјуг?"), after a comma or a dash set
#: off by spaces ("who reported it - the presidency?", "кто сообщил — МИД?").
# The hyphen of an indefinite word ("nurlan kakoi-to?", "какой-то") is part of the guess; one
# between spaces opens it.
_GUESS = patterns.compile(
    r"(?:,|\s[-–—]+)\s*(?P<guess>(?:(?:[^,.;:?!\d–—-]|(?<=\w)-(?=(?:to|то|nibud|нибудь)\b))+?"
    r"\s*\?+\s*){1,3})$"
)


#: Words presenting a guess ("is it", "je li to"), every language's, at the guess's start.
_GUESS_OPENING = patterns.compile(
    r"^\s*(?:"
    + "|".join(p for language in LANGUAGES.values() for p in language.guess_openings)
    + r")\b\s*"
)


#: The kinds of question whose answer puts a guess after them right: who, where, when.
_GUESSED_KINDS = frozenset({"who", "where", "when", "year", "time"})
#: The kinds a guess at what follows (``at_what``): "what did they discuss, tourism?".
_WHAT_GUESSED_KINDS = frozenset({"what", "topic"})
#: Prepositions opening a tail that qualifies rather than guesses ("…, on the phone?").
_GUESS_PREPOSITIONS = frozenset(
    "on in at with by for about from during after before o u na sa za od po v s pro".split()
)
#: Words offering alternatives (folded): "work or holiday", "ili", "или".
_CHOICE_WORDS = frozenset({"or", "ili"})


def without_guess_at_what(cleaned: str) -> str | None:
    """The question before a guess at what it asks ("what did he discuss with vucevic,
    agriculture?" -> "what did he discuss with vucevic?"), which :func:`_drop_guess` keeps
    (the answer must say whether that was it); None when there is no such guess."""
    kept = _drop_guess(cleaned)
    dropped = _drop_guess(cleaned, at_what=True)
    return dropped if dropped != kept else None


def _drop_guess(cleaned: str, *, at_what: bool = False) -> str:
    """Drop the asker's guess after a question asking who, when or where ("кто сообщил о
    визите, сербский МИД?", "who did he meet, vucic?"): the answer puts it right, and its
    words are not what is asked. A guess naming a figure stays (a claim to check), and so
    does a tail with a question word of its own ("what was signed, and why?"). With
    ``at_what``, a guess at what is dropped too."""
    found = _GUESS.search(cleaned)
    if found is None:
        return cleaned
    # "…, is it Vucic?" guesses Vucic as "…, Vucic?" does.
    guess = _GUESS_OPENING.sub("", fold(found.group("guess")), count=1)
    # "…, nurlan kakoi-to?" (Nurlan something): an indefinite word asks nothing of its own.
    guess = " ".join(_INDEFINITE_WORD.sub(" ", guess).split())
    # Alternatives offered ("…, Vucic or the Kazakh side?") are guesses each.
    alternatives = re.split(r"\b(?:" + "|".join(_CHOICE_WORDS) + r")\b", guess)
    if any(len(part.split()) > MAX_GUESS_WORDS for part in alternatives):
        return cleaned
    before = cleaned[: found.start()]
    asking = SENTENCE_END.split(fold(before))[-1]
    kind = _sentence_kind(_padded(asking))
    # A guess at what ("what did they discuss, tourism?") asks whether that was it, and the
    # answer must say so; alternatives to choose from ("what kind, work or holiday?") are
    # put right by the answer, as a guess at who, where or when is.
    choice = not _CHOICE_WORDS.isdisjoint(WORD.findall(guess))
    if kind == "yesno" or not (
        kind in _GUESSED_KINDS or choice or (at_what and kind in _WHAT_GUESSED_KINDS)
    ):
        return cleaned
    if at_what and not _GUESS_PREPOSITIONS.isdisjoint(WORD.findall(guess)[:1]):
        # "what did they discuss, on the phone?": how or where, no guess at what.
        return cleaned
    if kind is None and QUESTION_WORDS.isdisjoint(WORD.findall(asking)):
        return cleaned
    if _sentence_kind(_padded(guess)) is not None or not QUESTION_WORDS.isdisjoint(
        WORD.findall(guess)
    ):
        return cleaned
    return before + "?"


def excluded_topics(cleaned: str, is_name: Callable[[str], bool] | None = None) -> tuple[str, ...]:
    """The topics that "apart from X", "кроме X", "osim X" set aside in a question (as
    :func:`_drop_exclusions` drops them): "Vucic" in "who else besides Vucic did he meet"."""
    if _drop_exclusions(cleaned, is_name) == cleaned:
        return ()
    topics = []
    most = _excluded_words(cleaned, is_name)
    for found in _EXCLUSION.finditer(cleaned):
        rest = found.group("rest")
        topics.append(rest[: _topic_end(rest, is_name, most)])
    return tuple(t for t in topics if t.strip())


# Ways of asking that say nothing about what is asked: "can you tell me who…" is "who…".
_PREAMBLE = patterns.compile(
    r"\b(?:" + "|".join(p for language in LANGUAGES.values() for p in language.preambles) + r")\b"
)


#: Possessive endings of names, every language's, longest first ("ovog" before "ov").
_POSSESSIVE_ENDINGS = tuple(
    sorted(
        {e for language in LANGUAGES.values() for e in language.possessive_endings},
        key=lambda e: (-len(e), e),
    )
)
_ALTERNATIVES = tuple(
    patterns.compile(r"\b" + pattern)
    for language in LANGUAGES.values()
    for pattern in language.alternatives
)


_ONLY_NAMED = tuple(
    patterns.compile(r"\b" + pattern)
    for language in LANGUAGES.values()
    for pattern in language.only_named
)


def _drop_alternatives(
    cleaned: str,
    names_someone: Callable[[str], bool],
    names_person: Callable[[str], bool] | None = None,
) -> str:
    """ "Did he meet only Vučić or others too": without the one named, its person words and
    small words, and "only … or others" (see :attr:`Language.alternatives`); "did he meet".
    So is "did he meet only Vučić?" when ``names_person`` tells a person is named there
    (:attr:`Language.only_named`)."""

    def kept(found: re.Match[str]) -> str:
        words = found.group("span").split()
        content = [
            w
            for w in words
            if not names_someone(w)
            and fold_word(w.casefold()) not in PERSON_NOUNS
            and fold_word(w.casefold()) not in STOP_WORDS
        ]
        return " " + " ".join(content) + " "

    def kept_if_a_person(found: re.Match[str]) -> str:
        if names_person is None or not any(names_person(w) for w in found.group("span").split()):
            return found.group(0)
        return kept(found)

    for pattern in _ALTERNATIVES:
        cleaned = pattern.sub(kept, cleaned)
    for pattern in _ONLY_NAMED:
        cleaned = pattern.sub(kept_if_a_person, cleaned)
    return cleaned


#: The second alternatives of yes/no questions (see :attr:`Language.contrasts`).
_CONTRAST = patterns.compile(
    r"\b(?:" + "|".join(p for language in LANGUAGES.values() for p in language.contrasts) + r")"
)


# "@visit_bot", "@ivan": a chat handle addresses someone in the chat; it is no word of the
# question (Telegram's adapter drops the bot's own; the others, and any typed elsewhere, here).
_HANDLE = patterns.compile(r"(?<![\w.])@\w+")


def tokenize(cleaned: str) -> list[str]:
    """Words and numbers of :func:`clean`-ed text, contractions and possessives undone, chat
    handles ("@ivan") dropped."""
    if "@" in cleaned:
        cleaned = _HANDLE.sub(" ", cleaned)
    cleaned = CONTRACTIONS.apply(cleaned)
    return [tok.replace(",", ".") if tok[0].isdigit() else tok for tok in _TOKEN.findall(cleaned)]


# --------------------------------------------------------------------------------------------
# 4. Question kind
# --------------------------------------------------------------------------------------------

# Phrases (folded) that reveal what a question asks for, kind by kind in QUESTION_KINDS order.
# The phrase that comes first in the question decides ("what was his quote when he met Vucic"
# asks what, not when); of two starting at the same word the longer ("what date", not "what").
_KIND_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (
        kind,
        tuple(
            dict.fromkeys(
                phrase
                for language in LANGUAGES.values()
                for language_kind, phrases in language.question_kinds
                if language_kind == kind
                for phrase in phrases
            )
        ),
    )
    for kind in QUESTION_KINDS
)


@dataclass(frozen=True, slots=True)
class _KindTable:
    """The kind phrases of every language, ready for :func:`question_kind`."""

    #: Each phrase's kind (the first kind in QUESTION_KINDS that lists it; no yes/no phrases).
    kind_of: dict[str, str]
    #: Finds a sentence's first kind phrase, the longest of those starting at the same word.
    pattern: re.Pattern[str]
    #: Short when/where/who phrases ("when", "kad je"; not identity words like "name"): after
    #: "what" they start a clause, not the question.
    clause_words: frozenset[str]
    #: Yes/no openings ("did ", "da li").
    yesno: tuple[str, ...]
    #: Leading words of any language before a yes/no opening ("so is…", "а был…", "pa da li…").
    lead: re.Pattern[str]
    #: Words of knowing or telling, of every language: after one, a clause word asks.
    knowing: frozenset[str]


@lru_cache(maxsize=1)
def _kind_table() -> _KindTable:
    """Built on first use, not at import (the pattern alternates a few hundred phrases)."""
    kind_of: dict[str, str] = {}
    for kind, phrases in _KIND_PATTERNS:
        if kind != "yesno":
            kind_of.update((p, kind) for p in phrases if p not in kind_of)
    alternatives = "|".join(re.escape(p) for p in sorted(kind_of, key=len, reverse=True))
    return _KindTable(
        kind_of,
        patterns.compile(f" ({alternatives})(?= )"),
        frozenset(
            p
            for p, kind in kind_of.items()
            if kind in ("when", "where", "who") and len(p.split()) <= 2 and p not in IDENTITY_WORDS
        ),
        next(phrases for kind, phrases in _KIND_PATTERNS if kind == "yesno"),
        patterns.compile(f"^ (?:(?:{'|'.join(sorted(LEAD_WORDS))}) )+"),
        KNOWING_WORDS | SPEECH_WORDS,
    )


#: Phrasings of a kind of question read as another ("u kom gradu" -> "gde"), every language's.
KIND_REWRITES = Rewrites(r for language in LANGUAGES.values() for r in language.kind_rewrites)
#: Where a sentence ends (not the point inside "73.8").
SENTENCE_END = patterns.compile(r"[?!;]+|\.(?!\d)")


#: Words of precision and emphasis of every language, left out of kind phrases.
_NOT_IN_KIND_PHRASES = patterns.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            frozenset().union(
                *(
                    language.precision_words | language.filler_words
                    for language in LANGUAGES.values()
                )
            )
        )
    )
    + r")\b ?"
)


#: A question word made indefinite ("кто-нибудь", "što-god", folded): it asks nothing.
_INDEFINITE_WORD = patterns.compile(
    r"\b[^\W_]+-(?:to|nibud|libo|god)\b"
    # Typed without the hyphen ("что то", folded "cto to": ``Language.indefinite_openers``).
    + r"|\b(?:"
    + "|".join(sorted(INDEFINITE_OPENERS))
    + r") (?:to|nibud)\b"
)


def question_kind(folded: str) -> str:
    """The kind of answer a folded question asks for (see :data:`bot.knowledge.model.QUESTION_KINDS`).

    The last sentence with a kind phrase decides ("who's right? how much did it grow" asks how
    much), and in it the phrase that comes first, the longer of two at the same word: "what was
    the quote when he met Vucic" is a what question, "what date" a when question."""
    folded = _INDEFINITE_WORD.sub(" ", _NOT_IN_KIND_PHRASES.sub("", folded))
    folded = KIND_REWRITES.apply(folded)
    for sentence in reversed(SENTENCE_END.split(folded)):
        kind = _sentence_kind(_padded(sentence))
        if kind is not None:
            return kind
    # No question word: a keyword message naming a date asks when ("visit date"), not one
    # naming a period ("trade last month": last month's trade).
    for _, period in _period_patterns():
        folded = period.sub(" ", folded)
    return "when" if not DATE_WORDS.isdisjoint(WORD.findall(folded)) else "what"


def _sizes_by_first(keys: Iterable[tuple[str, ...]]) -> dict[str, int]:
    """The most words a key of several words has, by its first word."""
    out: dict[str, int] = {}
    for key in keys:
        if len(key) > 1 and out.get(key[0], 0) < len(key):
            out[key[0]] = len(key)
    return out


def _by_first_form(sequences: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word-form sequences by their first form (an empty one starts nowhere)."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for seq in sequences:
        if seq:
            out[seq[0]].append(seq)
    return {first: tuple(seqs) for first, seqs in out.items()}


def _padded(folded: str) -> str:
    """A sentence's words between spaces, as :func:`_sentence_kind` reads them."""
    return " " + " ".join(WORD.findall(folded)) + " "


def _sentence_kind(padded: str) -> str | None:
    """The kind one sentence (words between spaces) asks for, None when it has no kind phrase.
    A yes/no opening ("did", "da li") counts unless a wh-word follows: "did he say when" asks
    when, "is it true what they say" yes or no."""
    table = _kind_table()
    found = table.pattern.search(padded)
    if found is not None and _joins_a_clause(padded, found):
        # "quote from the kazakh fm when he met the president?": "when" after a noun, before
        # the subject of its clause, joins the clause; a later kind phrase may still ask.
        found = table.pattern.search(padded, found.end())
    kind = table.kind_of[found.group(1)] if found else None
    if found is not None and kind == "what":
        # After "what", a later kind phrase still decides ("what's the name" asks who, "what
        # was the reason why" why) unless it is a bare "when"/"where"/"who", which after
        # "what" starts a clause: "what did he say when he met Vucic".
        later = table.pattern.search(padded, found.end())
        while later is not None and table.kind_of[later.group(1)] == "what":
            later = table.pattern.search(padded, later.end())
        if later is not None and later.group(1) not in table.clause_words:
            kind = table.kind_of[later.group(1)]
    opening = table.lead.sub(" ", padded)  # "so is he going" opens with "is"
    yesno = any(opening.startswith(f" {phrase}") for phrase in table.yesno)
    if yesno and found is not None and _joins_clauses(padded, found, table):
        return "yesno"
    if kind is not None and not (yesno and kind == "what"):
        return kind
    return "yesno" if yesno else None


def _joins_a_clause(padded: str, found: re.Match[str]) -> bool:
    """Whether a bare "when" or "where" (``Language.clause_joiners``) comes after a word that
    is no small word nor one of knowing or telling and before the subject of a clause
    (``clause_subjects``): "a quote from the minister *when he* met the president" joins a
    clause, it doesn't ask when ("did they say when the bridge opens" does)."""
    if found.group(1) not in CLAUSE_JOINERS:
        return False
    before = padded[: found.start()].split()
    after = padded[found.end() :].split()
    return (
        bool(before and after)
        and before[-1] not in _WHEN_ASKS_AFTER
        and after[0] in CLAUSE_SUBJECTS
    )


#: Words a "when" after which asks: those after which a relative word is none
#: (:data:`bot.lang.clauses.NOT_A_NOUN`: "did they *say* when the bridge opens", "so
#: when…"), framing words ("info when the visit happened?") and words for a time or place
#: ("the day when they met Dacic?").
_WHEN_ASKS_AFTER = NOT_A_NOUN | FRAMING_WORDS | DATE_WORDS | TIME_WORDS | PLACE_WORDS


def _joins_clauses(padded: str, found: re.Match[str], table: _KindTable) -> bool:
    """Whether a bare when or where in a yes/no sentence only joins two clauses: "was the
    ambassador there when they met" (no word of knowing or telling before it, no yes/no
    opening after it), unlike "did he say when he'd come" or "…, and when did he come". (A
    "who" there is no joint: "wasn't it Tokayev who came?" asks who came.)"""
    phrase = found.group(1)
    if phrase not in table.clause_words or table.kind_of[phrase] == "who":
        return False
    if not table.knowing.isdisjoint(padded[: found.start()].split()):
        return False
    after = padded[found.end() :]
    return not any(after.startswith(f" {phrase}") for phrase in table.yesno)


# --------------------------------------------------------------------------------------------
# 5. Word forms
# --------------------------------------------------------------------------------------------


#: A stem shorter than this, cut from a word at least two letters longer, says nothing: the
#: Serbian stemmer makes English "boost" "bo", the Russian one "объем" "ob" — which is also
#: the preposition "об" (about). A vocabulary word is known by such a stem in no language.
MIN_STEM_LENGTH = 3


def _capitalised(token: str, text: str) -> bool:
    """Whether ``token`` (cleaned) is written with a capital in ``text``, as a person's name."""
    capital = token[:1].upper() + token[1:]
    return capital != token and re.search(rf"(?<!\w){re.escape(capital)}(?!\w)", text) is not None


def _stemmed_to_nothing(token: str, form: str) -> bool:
    """Whether ``form``, the stem of ``token``, is too short to tell a word
    (:data:`MIN_STEM_LENGTH`)."""
    return len(form) < MIN_STEM_LENGTH and len(fold_word(token)) >= len(form) + 2


@lru_cache(maxsize=65536)
def word_form(token: str, lang: str) -> str:
    """The comparable form of one cleaned token: stemmed in ``lang``, then folded.

    A token the language's stemmer cannot read (a Latin word in a Russian question) is
    stemmed as English when it is in Latin letters, and left as it is otherwise. A word whose
    stem would be a stop word of any language is kept whole.
    """
    if token[0].isdigit():
        return token
    language = LANGUAGES.get(lang)
    stem = language.stem(token) if language is not None else None
    if stem is None:
        stem = token if has_cyrillic(token) else english_stem(token)
    form, whole = fold_word(stem), fold_word(token)
    if form in STOP_WORDS and whole not in STOP_WORDS:
        # A stem that is a small word of some language would make the word that small word:
        # Serbian "EU" stemmed "e" (the interjection), Russian "атом" "at", "area" "are".
        return whole
    return form or whole


# --------------------------------------------------------------------------------------------
# 7. Stop words: bot.lang.STOP_WORDS, each language's in its module
# --------------------------------------------------------------------------------------------

#: Cleaned tokens that are dropped before stemming (so a stemmed form can't become a stop word).
_STOP_FOLDED = STOP_WORDS
#: Words of emphasis of every language (``Language.filler_words``), set aside before phrases.
_FILLERS = frozenset().union(*(language.filler_words for language in LANGUAGES.values()))


def _next_unfilled(words: list[str], position: int) -> int | None:
    """The position of the first of ``words`` after ``position`` that is neither a filler nor
    a small word ("в новостях *вроде* говорили", "u vestima *su* rekli": the verb), or None."""
    return next(
        (
            i
            for i in range(position + 1, len(words))
            if words[i] not in _FILLERS and words[i] not in _STOP_FOLDED
        ),
        None,
    )


# --------------------------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Analysis:
    """A text after normalization."""

    text: str
    cleaned: str
    lang: str
    kind: str
    tokens: tuple[str, ...]
    surfaces: tuple[str, ...]
    #: Every word form, stop words included, after alias and synonym replacement…
    forms: tuple[str, ...] = ()
    #: …and before it.
    stems: tuple[str, ...] = ()
    #: Signs that it asks about the asker's present moment (:mod:`bot.lang.now`).
    present: Present = NO_SIGNS
    #: The cleaned text with its misspelt small words read ("wen did he come" -> "when did he
    #: come"), Russian typed in Latin letters in Cyrillic: what tells the sentences that ask.
    read: str = ""
    #: The names (canonical) an exclusion sets aside: "vucic" in "who else besides Vucic did
    #: he meet", "vucevic" in "кроме министра обороны".
    excluded: tuple[str, ...] = ()
    #: The names (canonical) only a description gives, not typed: "tokayev" in "is Nurtleu
    #: the president of Kazakhstan?" — the post claimed, not whom the claim is about.
    described: tuple[str, ...] = ()
    #: Whether it asks who the one person it describes is: "who" and linking words, then
    #: the description ("who was the Kazakh minister that came to Belgrade?", "ko je bio taj
    #: ministar iz Kazahstana…"), not "who did the Kazakh minister meet".
    asks_identity: bool = False

    @property
    def key(self) -> str:
        """The normalized text as one string, for string similarity."""
        return " ".join(self.tokens)


#: How many word forms of a description may stand between the linking words after "who" and
#: the person it names ("who was the *kazakh* minister" has one; "ko je bio taj ministar *iz
#: kazahstana*" two).
IDENTITY_DESCRIPTION_WORDS = 3


def _asks_identity(
    forms: list[str], described: tuple[str, ...], lang: str, names: Container[str]
) -> bool:
    """Whether ``forms`` ask who the one person they describe is (:attr:`Analysis.asks_identity`):
    a "who" followed by linking words only, then the described person's name after at most
    ``IDENTITY_DESCRIPTION_WORDS`` names or small words of the description ("kazakhstan",
    "iz"), then nothing but a small word or a name — no verb on either side ("ko je video
    kazahstanskog ministra" asks whom he saw, "ko je kazahstanskom ministru rekao…" who
    told him)."""
    language = LANGUAGES.get(lang)
    if len(described) != 1 or language is None or not language.identity_links:
        return False
    links = language.identity_links
    # "who" is the linking word that is a question word ("who", "kto", "ko").
    who = next((i for i, f in enumerate(forms) if f in links and f in QUESTION_WORDS), None)
    if who is None:
        return False
    i = who + 1
    while i < len(forms) and forms[i] in links:
        i += 1
    if i == who + 1:
        return False
    for k in range(i, min(len(forms), i + IDENTITY_DESCRIPTION_WORDS + 1)):
        form = forms[k]
        if form == described[0]:
            # What follows is the end, a small word ("that", "što") or a name, not a verb
            # of which "who" is the subject ("ko je kazahstanskom ministru rekao…").
            after = forms[k + 1] if k + 1 < len(forms) else None
            return after is None or after in _STOP_FOLDED or after in names
        if form not in names and form not in _STOP_FOLDED and form not in PERSON_NOUNS:
            return False
    return False


@dataclass(frozen=True, slots=True)
class Described:
    """A person a question describes ("the kazakh diplomat"): their name, the position after
    the description, and the (start, end) spans of its words."""

    end: int
    name: str
    spans: frozenset[tuple[int, int]]


#: A spelling-correction hook: (folded surface word, its word form, language) -> the
#: (surface, form) of the word it is a misspelling of, or None to keep the word as it is.
Corrector = Callable[[str, str, str], tuple[str, str] | None]


def _closest_spans(
    spans: list[list[tuple[int, int]]], most: int
) -> tuple[int, int, tuple[tuple[int, int], ...]] | None:
    """The tightest choice of one (start, end) span per group, if at most ``most`` words lie
    between them (and they don't overlap): (its width, its end, the spans); None otherwise."""
    best: tuple[int, int, tuple[tuple[int, int], ...]] | None = None
    for choice in itertools.product(*spans):
        starts = sorted(choice)
        if any(a[1] > b[0] for a, b in itertools.pairwise(starts)):
            continue
        width = max(s for s, _ in choice) - min(e for _, e in choice)
        if width <= most and (best is None or width < best[0]):
            best = (width, max(e for _, e in choice), tuple(choice))
    return best


def _present(words: list[str], spelled: list[str], lang: str) -> Present:
    """The signs of the present in the words as typed or, where the speller put some right,
    as spelt right ("wat tiem is it" asks the time): read twice only then."""
    signs = present_signs(words, lang)
    return signs if spelled == words else signs.either(present_signs(spelled, lang))


class Normalizer:
    """The pipeline above, with the fact base's aliases and synonyms compiled in."""

    def __init__(
        self,
        vocabularies: Iterable[Mapping[str, Iterable[str]]] = (),
        *,
        is_english: Callable[[str], bool] | None = None,
        language_words: Mapping[str, Iterable[str]] | None = None,
        real_word: Callable[[str, str], bool] | None = None,
        descriptions: Mapping[str, Iterable[Sequence[Sequence[str]]]] | None = None,
        description_span: int = 4,
        names: Iterable[str] = (),
        word_lists: Mapping[str, WordFrequencies] | None = None,
        people: Iterable[str] = (),
    ) -> None:
        """``vocabularies``: canonical name -> spellings mappings (aliases, synonyms);
        ``is_english``: whether a folded word is English; ``language_words``: the fact base's
        own words telling its languages apart, by language code (see :mod:`bot.lang.detect`);
        ``real_word``: whether a folded word is a real word of a language, which is never read
        as a misspelt small word (without it, small words are not corrected; see
        :mod:`bot.lang.typos`); ``descriptions``: canonical name -> descriptions, each groups
        of alternative phrases ("serbia"; "defence", "army"): a question holding a phrase of
        every group within ``description_span`` words names it (its name is added after them);
        ``names``: the canonical names of the aliases (people and places, not synonyms);
        ``word_lists``: each language's word frequencies (folded), which tell Russian from
        Serbian Cyrillic by their words (:class:`bot.lang.detect.Detector`); ``people``: the
        names among ``names`` that are people.
        """
        self._names = frozenset(names)
        self._people = frozenset(people)
        self._is_english = is_english
        self._small_words = SmallWords(real_word) if real_word is not None else None
        self._real_word = real_word
        self._detector = Detector(
            {
                code: [fold_word(clean(word)) for word in words]
                for code, words in (language_words or {}).items()
            },
            word_lists,
        )
        # Spellings as typed (folded), and as each language's stemmer sees them. A stem that
        # two names share (Russian "визит" and "виза" both stem to "виз") is dropped: those
        # words are then recognised by their exact spellings only.
        self._spellings: dict[tuple[str, ...], str] = {}
        # Each spelling as every language's stemmer reads it. A question's word meets a
        # spelling as its own language's stemmer reads both, or as any stemmer reads a spelling
        # that is no English word: Russian "казахи" meets "Казах" (which the Russian stemmer
        # cuts to "каз"), but Serbian "pala" (fell) does not meet English "pals" (both "pal").
        stems: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
        foreign: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for vocabulary in vocabularies:
            for canonical, spellings in vocabulary.items():
                for spelling in (canonical.replace("_", " "), *spellings):
                    raw = tokenize(clean(spelling))
                    if not raw:
                        continue
                    folded = tuple(fold_word(t) for t in raw)
                    self._spellings.setdefault(folded, canonical)
                    english = is_english is not None and all(
                        t.isascii() and is_english(t) for t in folded
                    )
                    for lang in LANGUAGES:
                        forms = tuple(word_form(t, lang) for t in raw)
                        if len(forms) == 1 and (
                            _stemmed_to_nothing(raw[0], forms[0])
                            or len(folded[0]) <= ABBREVIATION_MAX_LENGTH
                        ):
                            continue
                        stems[lang, forms].add(canonical)
                        if not english:
                            foreign[forms].add(canonical)
        self._phrases = {key: next(iter(names)) for key, names in stems.items() if len(names) == 1}
        self._foreign = {f: next(iter(n)) for f, n in foreign.items() if len(n) == 1}
        # Whatever the stemmer (for a word form alone, :meth:`canonical`).
        any_stemmer: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for (_, forms), names in stems.items():
            any_stemmer[forms] |= names
        self._any_phrases = {f: next(iter(n)) for f, n in any_stemmer.items() if len(n) == 1}
        self._longest = max(map(len, [*self._spellings, *self._any_phrases]), default=1)
        # The most words a phrase starting with a given word has (by spelling, by a language's
        # forms, by foreign forms): most words start none, and are looked up alone.
        self._spelling_sizes = _sizes_by_first(self._spellings)
        self._phrase_sizes: dict[tuple[str, str], int] = {}
        for lang, forms in self._phrases:
            if len(forms) > 1 and self._phrase_sizes.get((lang, forms[0]), 0) < len(forms):
                self._phrase_sizes[lang, forms[0]] = len(forms)
        self._foreign_sizes = _sizes_by_first(self._foreign)
        self._canonical = frozenset([*self._phrases.values(), *self._spellings.values()])
        self._span = description_span
        # One-word spellings of the people's names, by their first two letters: a name said
        # in two halves ("vu chich", "nurt lay") is looked up among these.
        self._person_spellings: dict[str, list[str]] = defaultdict(list)
        # One-word spellings of every name (people and places) by their sound keys: a name
        # dictated as English words that sound like it ("bell grade", "tokyo ev") is looked
        # up among these.
        self._name_sounds: dict[str, list[str]] = defaultdict(list)
        for (folded_name, *more), canonical in self._spellings.items():
            if not more and canonical in self._people and len(folded_name) >= SPLIT_NAME_MIN_LENGTH:
                self._person_spellings[folded_name[:2]].append(folded_name)
            if (
                not more
                and canonical in self._names
                and folded_name.isalpha()
                and len(folded_name) >= SPLIT_NAME_MIN_LENGTH
                and len(sound_key(folded_name)) >= SOUND_KEY_MIN_LENGTH
            ):
                self._name_sounds[sound_key(folded_name)].append(folded_name)
        # Each group's sequences by their first form: a question's forms look up the few
        # that can start at them, instead of every sequence being looked for.
        self._descriptions = tuple(
            (name, tuple(_by_first_form(self._group_forms(group)) for group in description))
            for name, described in (descriptions or {}).items()
            for description in described
        )

    def _group_forms(self, group: Sequence[str]) -> set[tuple[str, ...]]:
        """Every word-form sequence a group's phrases take, aliases and synonyms applied."""
        out: set[tuple[str, ...]] = set()
        for phrase in group:
            raw = tokenize(clean(phrase))
            for lang in LANGUAGES:
                forms, _ = self._replace_phrases(
                    [word_form(t, lang) for t in raw], [fold_word(t) for t in raw], lang
                )
                out.add(tuple(forms))
        return out

    def _described(self, forms: list[str]) -> list[Described]:
        """Each description ``forms`` hold (:class:`Described`). Two descriptions that share
        a word take it by the nearer one: in "the kazakh foreign
        minister came to serbia" the minister is Kazakh, not a Serbian foreign minister."""
        found: list[Described] = []
        if not self._descriptions:
            return found
        tight: list[tuple[int, int, str, frozenset[tuple[int, int]]]] = []
        where: dict[str, list[int]] = defaultdict(list)
        for i, form in enumerate(forms):
            where[form].append(i)
        for name, groups in self._descriptions:
            spans: list[list[tuple[int, int]]] = []
            for group in groups:
                at = [
                    (i, i + len(seq))
                    for first, places in where.items()
                    for seq in group.get(first, ())
                    for i in places
                    if tuple(forms[i : i + len(seq)]) == seq
                ]
                if not at:
                    break
                spans.append(at)
            else:
                best = _closest_spans(spans, self._span)
                if (
                    best is not None
                    and name not in forms
                    and not self._concept_between(forms, best[2])
                ):
                    tight.append((best[0], best[1], name, frozenset(best[2])))
        for width, end, name, used in tight:
            if not any(w < width and used & other for w, _, _, other in tight):
                found.append(Described(end, name, used))
        return found

    def _concept_between(self, forms: list[str], spans: Iterable[tuple[int, int]]) -> bool:
        """Whether a word the fact base names as a concept stands between a description's
        groups: in "s kojim se predsjednikom sastao kazah" the Kazakh is who met ("sastao",
        meet), not a Kazakh president; "president of kazakhstan" has nothing between."""
        ordered = sorted(spans)
        return any(
            forms[i] in self._canonical
            for (_, end), (start, _) in itertools.pairwise(ordered)
            for i in range(end, start)
        )

    def _name_described(self, forms: list[str], surfaces: list[str]) -> tuple[list[str], list[str]]:
        """``forms`` and ``surfaces`` with the name of each person they describe after the
        description, and without its word for a person ("the kazakh diplomat" is Nurtleu,
        not also a diplomat: "minister", "guy", "чел"; a word the fact base names as a
        concept, like "president", stays)."""
        described = self._described(forms)
        if not described:
            return forms, surfaces
        dropped = {
            i
            for found in described
            for start, stop in found.spans
            for i in range(start, stop)
            if surfaces[i] in PERSON_NOUNS and forms[i] not in self._canonical
        }
        names: dict[int, list[str]] = defaultdict(list)
        for found in described:
            names[found.end].append(found.name)
        out_forms: list[str] = []
        out_surfaces: list[str] = []
        for i in range(len(forms) + 1):
            out_forms.extend(names.get(i, ()))
            out_surfaces.extend(names.get(i, ()))
            if i < len(forms) and i not in dropped:
                out_forms.append(forms[i])
                out_surfaces.append(surfaces[i])
        return out_forms, out_surfaces

    def _language(self, cleaned: str) -> str:
        """The language of a question (:meth:`bot.lang.detect.Detector.detect_question`)."""
        return self._detector.detect_question(
            cleaned, is_name=self._is_proper_name, is_english=self._is_english
        )

    def _names_someone(self, word: str, lang: str, among: frozenset[str] | None = None) -> bool:
        """Whether a word as typed is a spelling or form of one of the ``names`` (or of
        those ``among`` them)."""
        folded = fold_word(word.casefold())
        form = (word_form(word, lang),)
        canonical = (
            self._spellings.get((folded,))
            or self._phrases.get((lang, form))
            or self._foreign.get(form)
        )
        return canonical in (self._names if among is None else among)

    def _joined_names(self, text: str, lang: str) -> str:
        """``text`` with a person's name typed (or dictated) in two halves read as the name:
        "vu chich" as "vuchich", "nurt lay" as "nurtleu", "нурт лей" as "nurtleu" — when the
        halves joined are a spelling of one of the people's names, or within
        ``SPLIT_NAME_MAX_EDITS`` of one sharing its first three letters, and neither half is
        a name itself nor both are real words ("mi los" stays two words)."""
        if not self._person_spellings and not self._name_sounds:
            return text
        words = list(WORD.finditer(text))
        # Each word folded once: a word is in up to five joins looked at.
        folded = [fold_word(w.group().casefold()) for w in words]
        out: list[str] = []
        last = 0
        i = 0
        while i < len(words) - 1:
            first, second = words[i], words[i + 1]
            a = folded[i]
            # Most words start as no name does: the join is looked at only when one could.
            name = (
                self._split_name(a, folded[i + 1], lang)
                if a[:2] in self._person_spellings and text[first.end() : second.start()] == " "
                else None
            )
            taken = 2
            if name is None and lang == "en":
                # Dictation: "voo che vich", "bell grade" (three words first, then two).
                for size in (3, 2):
                    run = words[i : i + size]
                    if len(run) == size and all(
                        text[x.end() : y.start()] == " " for x, y in itertools.pairwise(run)
                    ):
                        name = self._sounded_name(tuple(folded[i : i + size]))
                        if name is not None:
                            taken = size
                            break
            if name is None:
                i += 1
                continue
            out.append(text[last : first.start()] + name)
            last = words[i + taken - 1].end()
            i += taken
        return "".join(out) + text[last:] if out else text

    def _sounded_name(self, parts: tuple[str, ...]) -> str | None:
        """The spelling of a name that English words said as one sound like ("bell grade" ->
        "belgrade", "tokyo ev" -> "tokayev", :mod:`bot.lang.sounds`): their joined sound key is
        the name's, and their letters are within ``SOUND_JOIN_MAX_EDIT_SHARE`` edits (OSA) of
        its. None of them is a stop word or a name itself ("is it on" keys as "Astana" does)."""
        if any(
            not part.isalpha() or part in STOP_WORDS or self._is_proper_name(part) for part in parts
        ):
            return None
        joined = "".join(parts)
        spellings = self._name_sounds.get(sound_key(joined))
        if not spellings:
            return None
        for spelling in spellings:
            most = int(SOUND_JOIN_MAX_EDIT_SHARE * max(len(joined), len(spelling)))
            if OSA.distance(joined, spelling, score_cutoff=most) <= most:
                return spelling
        return None

    def _split_name(self, a: str, b: str, lang: str) -> str | None:
        """The spelling of a person's name that the halves ``a`` and ``b`` (folded) make."""
        joined = a + b
        if (
            len(a) < 2
            or len(b) < 2
            or not joined.isalpha()
            or len(joined) < SPLIT_NAME_MIN_LENGTH
            or self._is_proper_name(a)
            or self._is_proper_name(b)
        ):
            return None
        if self._real_word is not None and self._real_word(a, lang) and self._real_word(b, lang):
            return None
        best: tuple[int, str] | None = None
        for spelling in self._person_spellings.get(joined[:2], ()):
            if spelling == joined:
                return spelling
            if spelling[:3] != joined[:3]:
                continue
            edits = OSA.distance(joined, spelling, score_cutoff=SPLIT_NAME_MAX_EDITS)
            if edits <= SPLIT_NAME_MAX_EDITS and (best is None or edits < best[0]):
                best = (edits, spelling)
        return best[1] if best is not None else None

    def _is_proper_name(self, folded: str) -> bool:
        """Whether a folded word is, alone, a spelling of one of the ``names`` (a person or a
        place): those tell no language, but a synonym ("sastao", "sporazum") is a word of the
        language it is spelt in."""
        return self._spellings.get((folded,)) in self._names

    def names_person(self, word: str, lang: str) -> bool:
        """Whether a word as typed names one of the fact base's people ("Дачич", "Vučića")."""
        return self._names_someone(word, lang, among=self._people)

    def _is_name(self, folded: str) -> bool:
        """Whether a folded word is, alone, a spelling of an alias or synonym."""
        return (folded,) in self._spellings

    def detect_language(self, cleaned: str) -> str:
        """:func:`detect_language` with the fact base's own telling words (``language_words``)."""
        return self._detector.detect(cleaned)

    def canonical(self, form: str) -> str:
        """The canonical name a single word form stands for (itself when it has none)."""
        return self._any_phrases.get((form,)) or self._spellings.get((form,)) or form

    def forms_of(
        self,
        phrase: str,
        names: frozenset[str] = frozenset(),
        langs: Iterable[str] = LANGUAGES,
    ) -> set[tuple[str, ...]]:
        """The word-form sequences ``phrase`` may take in a question, as each language's
        stemmer (of ``langs``) sees it; with aliases replaced too when it holds one of
        ``names`` (so "Tokayev" also meets "Tokaev"), but not synonyms ("weapons" must not
        meet "army"). A concept's own name ("step_up", "free_trade": a synonym group written
        with its underscore) is that concept, however it is typed."""
        raw = tokenize(clean(phrase))
        out: set[tuple[str, ...]] = set()
        if "_" in phrase and phrase in self._canonical:
            out.add((phrase,))
        for lang in langs:
            stems = [word_form(t, lang) for t in raw]
            out.add(tuple(stems))
            forms, _ = self._replace_phrases(stems, [fold_word(t) for t in raw], lang)
            if names.intersection(forms):
                out.add(tuple(forms))
        return out

    @property
    def canonical_names(self) -> frozenset[str]:
        """Every canonical name an alias or synonym maps to."""
        return self._canonical

    def analyze(
        self,
        text: str,
        *,
        lang: str | None = None,
        correct: Corrector | None = None,
        content_slip: Callable[[str, str, str], bool] | None = None,
        known: Callable[[str, str], bool] | None = None,
        misspelt: Callable[[str, str], bool] | None = None,
    ) -> Analysis:
        """Run the whole pipeline over ``text`` (see the module docstring).
        ``content_slip(word, lang, small_word)`` tells whether a folded word the small-word
        reader would take for ``small_word`` is rather a slip of a word the fact base uses
        ("agre" is "agree", not "are"); ``known(word, lang)`` whether a folded word is one the
        fact base uses and ``misspelt(word, lang)`` whether the speller reads it as another word:
        with both, a word run together with a small word is split ("withdacic"; see
        :meth:`bot.lang.typos.SmallWords.split_off`)."""
        cleaned = clean(text)
        language = lang or self._language(cleaned)
        if (
            # Detected, or asked for: a part of a Russian question typed in Latin letters
            # ("a kuda vuchicha priglasili i kogda") is decided in Russian, and read as it.
            (language in ("en", "sr") if lang is None else lang == "ru")
            and self._is_english is not None
            and russian_in_latin(
                cleaned,
                is_name=self._is_proper_name,
                is_english=self._is_english,
                detected=language,
            )
        ):
            # Russian typed in Latin letters is read (and answered) as Russian.
            cleaned, language = russian_from_latin(cleaned), "ru"
        cleaned = self._joined_names(cleaned, language)
        # "kol'ko" whole before small words are read (each rule tried only on a text holding
        # its needle, "kol'k").
        cleaned = ELISIONS.apply(cleaned)
        fixed = cleaned
        if self._small_words is not None:
            fixed = self._small_words.rewrite(
                cleaned, language, self._is_name, content_slip, known, misspelt
            )
        read = fixed
        fixed = _drop_alternatives(
            fixed,
            functools.partial(self._names_someone, lang=language),
            functools.partial(self._names_someone, lang=language, among=self._people),
        )
        is_name = functools.partial(self._names_someone, lang=language)
        asked = _drop_exclusions(fixed, is_name)
        raw = tokenize(asked)
        kind = question_kind(fold_word(asked))
        forms: list[str] = []
        surfaces: list[str] = []
        own = LANGUAGES.get(language)
        mine = own.my_words if own is not None else frozenset()
        hearsay = own.hearsay_words if own is not None else frozenset()
        someone = own.someone_words if own is not None else frozenset()
        people = own.asker_people_words if own is not None else frozenset()
        after_mine = reporting = after_someone = False
        words = [fold_word(tok) for tok in raw]
        # The words as spelt right: "wat tiem is it" asks the time as "what time is it" does.
        spelled = list(words)
        # "Marko says the visit was in Zagreb, true?": a message opening with someone the fact
        # base doesn't name and a reporting verb reports what a chat member says.
        # So does one later in the message ("Дачич министр обороны? Лена уверена, что да").
        reporters = {
            i
            for i in range(len(raw) - 1)
            if words[i + 1] in hearsay
            and words[i] not in _STOP_FOLDED
            and not is_name(raw[i])
            and _capitalised(raw[i], text)
        }
        # "drugar iz Novog Sada kaže…", "my uncle in Almaty says…": someone of the asker's life,
        # where they are from and what they say are the story's, like "my friend says".
        wheres = own.place_prepositions if own is not None else frozenset()
        from_somewhere = {
            j
            for i in range(len(raw) - 2)
            if words[i] in people and words[i + 1] in wheres
            for end in (i + 3, i + 4)
            if end < len(raw) and words[end] in hearsay
            for j in range(i, end + 1)
        }
        # "my friend says", "komšija mi reče": the reporting word after one of the asker's
        # people, right after them or past one small word ("mi", "me").
        reported = {
            j
            for i in range(len(raw))
            if words[i] in people
            for j in (i + 1, i + 2)
            if j < len(raw) and words[j] in hearsay and (j == i + 1 or words[i + 1] in _STOP_FOLDED)
        }
        for position, tok in enumerate(raw):
            if position in reporters or position - 1 in reporters or position in from_somewhere:
                continue
            folded = words[position]
            # "My boss heard…": the asker's own is not the article's (no president here), nor
            # is what they say ("my friend says the minister is…" asks nobody's words), nor
            # what someone unnamed says.
            hearsaid = (reporting or after_someone) and folded in hearsay
            # "news said…", "the radio says…", "в новостях говорили, что…": the source
            # reporting a claim is no subject of it — but not in "что по радио сказал Вучич?",
            # which asks what someone named right after the verb said there (Russian and
            # Serbian put the subject after the verb; English "the radio says Vucic met…"
            # names the claim's subject there).
            verb = _next_unfilled(words, position) if folded in someone else None
            named_after = (
                language != "en"
                and verb is not None
                and verb + 1 < len(raw)
                and is_name(raw[verb + 1])
            )
            source = verb is not None and words[verb] in hearsay and not named_after
            # "в новостях *вроде* говорили", "u vestima *su* rekli": a filler or small word
            # between someone and their verb keeps them the one who says it.
            after_someone = (
                (folded in someone and not named_after)
                or folded in people
                or (after_someone and (folded in _FILLERS or folded in _STOP_FOLDED))
            )
            reporter = folded in people and (position + 1 in reported or position + 2 in reported)
            skip = (
                folded in mine
                or after_mine
                or hearsaid
                or reporter
                or source
                or position in reported
            )
            # "my dad keeps saying…": reporting words may follow one another.
            reporting, after_mine = after_mine or hearsaid, folded in mine
            if skip or folded in _FILLERS:
                continue
            form = word_form(tok, language)
            # The bot addressed by name ("bote, ko je…") is no typo of a fact's word ("note"),
            # nor is the asker's neighbour ("komšija") of the commission ("komisija").
            if (
                correct is not None
                and folded not in _STOP_FOLDED
                and folded not in ADDRESS_WORDS
                and folded not in people
            ):
                folded, form = correct(folded, form, language) or (folded, form)
                spelled[position] = folded
            forms.append(form)
            surfaces.append(folded)
        merged, merged_surfaces = self._replace_phrases(forms, surfaces, language)
        named_before = frozenset(merged)
        merged, merged_surfaces = self._name_described(merged, merged_surfaces)
        described = tuple(
            dict.fromkeys(f for f in merged if f in self._names and f not in named_before)
        )
        canonical = self._canonical
        kept = [
            (f, s)
            for f, s in zip(merged, merged_surfaces, strict=True)
            if f in canonical or s not in _STOP_FOLDED
        ]
        return Analysis(
            text=text,
            cleaned=cleaned,
            lang=language,
            kind=kind,
            tokens=tuple(f for f, _ in kept),
            surfaces=tuple(s for _, s in kept),
            forms=tuple(merged),
            stems=tuple(forms),
            present=_present(words, spelled, language),
            read=read,
            excluded=self._excluded_names(fixed, language, is_name),
            described=described,
            asks_identity=_asks_identity(merged, described, language, self._names),
        )

    def _excluded_names(
        self, text: str, lang: str, is_name: Callable[[str], bool]
    ) -> tuple[str, ...]:
        """The names (or people described) in the topics an exclusion sets aside in ``text``."""
        names: list[str] = []
        for topic in excluded_topics(text, is_name):
            raw = tokenize(topic)
            forms, surfaces = self._replace_phrases(
                [word_form(t, lang) for t in raw], [fold_word(t) for t in raw], lang
            )
            forms, _ = self._name_described(forms, surfaces)
            names += [f for f in forms if f in self._names]
        return tuple(dict.fromkeys(names))

    def _possessive(self, surface: str) -> str | None:
        """The name a word is the possessive of: typed without its apostrophe ("nurtleus"), or
        a Serbian possessive adjective ("daciceva"); see ``Language.possessive_endings``."""
        if len(surface) <= 3 or not surface.isascii():
            return None
        for ending in _POSSESSIVE_ENDINGS:
            if surface.endswith(ending) and len(surface) - len(ending) > 3:
                name = self._spellings.get((surface[: -len(ending)],))
                if name is not None:
                    return name
        return None

    def _replace_phrases(
        self, forms: list[str], surfaces: list[str], lang: str
    ) -> tuple[list[str], list[str]]:
        out: list[str] = []
        out_surfaces: list[str] = []
        i = 0
        while i < len(forms):
            longest = max(
                self._spelling_sizes.get(surfaces[i], 1),
                self._phrase_sizes.get((lang, forms[i]), 1),
                self._foreign_sizes.get(forms[i], 1),
            )
            for size in range(min(longest, len(forms) - i), 0, -1):
                canonical = self._spellings.get(tuple(surfaces[i : i + size]))
                # A stop word is a name or synonym only as spelled: by its stem, Serbian "kaže"
                # (says) would be Russian "казах" (both "kaz").
                if canonical is None and (size > 1 or surfaces[i] not in _STOP_FOLDED):
                    seq = tuple(forms[i : i + size])
                    canonical = self._phrases.get((lang, seq)) or self._foreign.get(seq)
                if canonical is None and size == 1 and surfaces[i] not in _STOP_FOLDED:
                    canonical = self._possessive(surfaces[i])
                if canonical is not None:
                    out.append(canonical)
                    out_surfaces.append(" ".join(surfaces[i : i + size]))
                    i += size
                    break
            else:
                split = self._phrase_around_place(forms, surfaces, lang, i)
                if split is not None:
                    # "šef kazahstanske diplomatije": the place, then the phrase around it.
                    place, phrase, size = split
                    out += [place, phrase]
                    out_surfaces += [
                        surfaces[i + 1],
                        " ".join((surfaces[i], *surfaces[i + 2 : i + size])),
                    ]
                    i += size
                    continue
                out.append(forms[i])
                out_surfaces.append(surfaces[i])
                i += 1
        return out, out_surfaces

    def _phrase_around_place(
        self, forms: list[str], surfaces: list[str], lang: str, i: int
    ) -> tuple[str, str, int] | None:
        """A synonym phrase with a place's word right after its first word ("šef
        *kazahstanske* diplomatije", "глава *казахстанской* дипломатии"): the place's name, the
        phrase's, and how many words they take; None when there is none at ``i``, or when the
        phrase is a name (a person's: "the serbian guest" is no place and a guest)."""
        if i + 2 >= len(forms):
            return None
        place = self._spellings.get((surfaces[i + 1],)) or self._phrases.get(
            (lang, (forms[i + 1],))
        )
        if place is None or place not in self._names or place in self._people:
            return None
        longest = self._phrase_sizes.get((lang, forms[i]), 1)
        for size in range(min(longest, len(forms) - i - 1), 1, -1):
            seq = (forms[i], *forms[i + 2 : i + 1 + size])
            canonical = self._phrases.get((lang, seq))
            if canonical is not None and canonical not in self._names:
                return place, canonical, size + 1
        return None
