"""Gaps: whether a known "the article doesn't say" is what a question asks.

A gap is a candidate only when the question holds one phrase of each of its ``requires``
groups and none of its ``unless`` phrases (:meth:`~bot.engine.index.Entry.admits`), and either
its best phrasing and the question cover each other well (``gap_min_coverage``) or the gap is
*decisive* (:func:`is_decisive`): then the question is declined with it whatever else matches.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from bot.engine.analysis import AnalysedQuestion
from bot.engine.index import Entry, Index, Sequences
from bot.engine.retrieval import PhrasingMatch
from bot.knowledge.model import MAX_REQUIRES_WORDS
from bot.lang import LANGUAGES
from bot.lang.normalize import STOP_WORDS, Analysis, word_form
from bot.lang.translit import russian_from_latin


def sequences(analysis: Analysis, longest: int = MAX_REQUIRES_WORDS) -> Sequences:
    """Every run of up to ``longest`` consecutive word forms of a question (with and without
    alias and synonym replacement), for matching gaps' ``requires``: "did Tokayev visit" has
    ("did",), ("did", "tokayev"), ("tokayev", "visit")… A word asking for precision
    ("koliko *tačno* sporazuma", "how many *exactly*") also stands aside, so the runs around
    it are read as if it weren't there ("koliko sporazuma") — and as typed, as a gap may want
    it ("exact figure")."""
    longest = min(longest, MAX_REQUIRES_WORDS)
    variants = [analysis.forms, analysis.stems]
    precision = _precision_forms()
    if not precision.isdisjoint(analysis.stems):
        variants += [
            tuple(w for w in words if w not in precision)
            for words in (analysis.forms, analysis.stems)
        ]
    return frozenset(
        tuple(words[i : i + n])
        for words in variants
        for n in range(1, longest + 1)
        for i in range(len(words) - n + 1)
    )


@functools.cache
def _precision_forms() -> frozenset[str]:
    """Word forms of every language's words asking for precision ("tacn", "exact", "tocn"; the
    lists are folded, so Russian's are read back in Cyrillic to be stemmed as typed), made on
    first use."""
    return frozenset(
        word_form(typed, language.code)
        for language in LANGUAGES.values()
        for word in language.precision_words
        for typed in (word, russian_from_latin(word) if language.code == "ru" else word)
    )


@dataclass(frozen=True, slots=True)
class GapVerdict:
    """What a gap is to a question."""

    #: Whether it is scored at all (admitted, and covering the question or decisive).
    candidate: bool
    #: Whether it declines the question whatever else matches.
    decisive: bool = False


#: A gap the question is not about.
NOT_A_CANDIDATE = GapVerdict(candidate=False)


def names_an_unknown_subject(
    index: Index, entry: Entry, phrases: Sequences, lang: str, story: frozenset[str] = frozenset()
) -> bool:
    """The question names the gap's required subject, which no fact ever mentions and which is
    no everyday word of any language ("gas", "weapons"; not "end", "days" or Serbian "iznos",
    amount): the article doesn't say. The subject is read as the question's language (``lang``)
    reads it: English "prob" (probably) is not Russian "пробыл" (stayed), though the Russian
    stemmer makes both "prob"."""
    config = index.weigher.config
    lists = tuple(index.weigher.frequencies.values())
    read = entry.requires_in.get(lang)
    return any(
        all(
            w not in index.fact_stems
            and w not in index.fact_known
            and w not in STOP_WORDS
            and w not in index.framing_forms
            and max(words.zipf(w) for words in lists) < config.decisive_word_max_zipf
            for w in seq
        )
        for group in entry.requires
        for seq in group & phrases
        if (read is None or seq in read) and story.isdisjoint(seq)
    )


def covers_a_phrasing(index: Index, entry_position: int, question: AnalysedQuestion) -> bool:
    """Whether the question holds every word of one of the gap's phrasings of two or more words
    ("what did Vucevic tell the minister" holds "what did Vucevic say"), even when another of
    its phrasings matched it better."""
    asked = question.weights.keys()
    position = index.first_phrasing.get(entry_position)
    if position is None:
        return False
    phrasings = index.phrasings
    while position < len(phrasings) and phrasings[position].entry == entry_position:
        tokens = phrasings[position].tokens
        if len(tokens) >= 2 and tokens <= asked:
            return True
        position += 1
    return False


def is_decisive(
    index: Index,
    entry: Entry,
    match: PhrasingMatch,
    question: AnalysedQuestion,
    phrases: Sequences,
) -> bool:
    """Whether an admitted gap declines the question by itself: the question covers its
    phrasing of two or more words (names included) to ``gap_decisive_coverage``, or holds all
    the words of another of its phrasings (:func:`covers_a_phrasing`); or the
    question is of a kind the gap settles ("what year…": the article gives none); or it holds
    one phrase of each ``settles`` group; or it names a subject no fact mentions."""
    phrasing = index.phrasings[match.phrasing]
    config = index.weigher.config
    return (
        (
            match.phrasing_coverage >= config.gap_decisive_coverage
            and len(phrasing.tokens) >= 2
            and (phrasing.tokens & index.names) <= question.weights.keys()
        )
        or covers_a_phrasing(index, phrasing.entry, question)
        or question.analysis.kind in entry.answers_to
        or entry.settled_by(phrases)
        or names_an_unknown_subject(index, entry, phrases, question.analysis.lang, question.story)
    )


def judge_gap(
    index: Index,
    entry: Entry,
    match: PhrasingMatch,
    question: AnalysedQuestion,
    phrases: Sequences,
) -> GapVerdict:
    """Whether the gap ``entry`` is a candidate for the question, and a decisive one."""
    if not entry.admits(phrases):
        return NOT_A_CANDIDATE
    decisive = is_decisive(index, entry, match, question, phrases)
    coverage = min(match.question_coverage, match.phrasing_coverage)
    if coverage < index.weigher.config.gap_min_coverage and not decisive:
        return NOT_A_CANDIDATE
    return GapVerdict(candidate=True, decisive=decisive)
