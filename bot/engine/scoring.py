"""Scoring: each shortlisted fact and gap gets a score (0-100) with the parts it is made of.

A score combines the best phrasing's overlap (``share_phrasing``), how much of the question the
entry's whole vocabulary explains (``share_vocabulary``) and rapidfuzz's token-set similarity
to its best phrasing (``share_fuzzy``); a fact whose ``answers_to`` doesn't fit the question's
kind is marked down (``kind_mismatch_factor``). Gaps are judged by :mod:`bot.engine.gaps`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.engine.analysis import AnalysedQuestion, inflectable
from bot.engine.gaps import judge_gap, sequences
from bot.engine.index import Entry, Index, Sequences
from bot.engine.retrieval import Shortlist, shortlist
from bot.engine.vocab import OPEN_KINDS, TOPIC
from bot.lang import LANGUAGES, MENTION_STEMS, SPEECH_WORDS, VIEW_OPENERS
from bot.lang.clauses import WHO_WORDS
from bot.lang.normalize import Analysis, fold, tokenize, without_preambles
from bot.lang.patterns import WORD
from bot.lang.translit import fold_word


@dataclass(frozen=True, slots=True)
class Candidate:
    """One fact or gap's score for a question, with the parts it is made of (the evidence)."""

    #: The fact's or gap's id.
    id: str
    is_gap: bool
    #: The combined score, 0-100, rounded to two decimals.
    score: float
    #: The best phrasing's overlap (0-1)…
    phrasing: float
    #: …the share of the question the entry's vocabulary explains (0-1)…
    vocabulary: float
    #: …and the token-set similarity to the best phrasing (0-1).
    fuzzy: float
    #: Whether the entry answers the question's kind (who/when/how much…).
    kind_fits: bool
    #: The phrasing that matched best (what matched).
    best_phrasing: str
    #: A gap whose telling word and whole phrasing are in the question: it is declined.
    decisive: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """Everything the engine worked out about a question: its analysis and every candidate,
    best first (for the decision, for the question log and for tuning)."""

    question: AnalysedQuestion
    candidates: tuple[Candidate, ...]
    #: The question names a number of ``unknown_number_digits`` or more digits that the fact
    #: base never mentions ("in 2019").
    unknown_number: bool = False

    @property
    def analysis(self) -> Analysis:
        """The normalized question."""
        return self.question.analysis

    @property
    def on_topic(self) -> float:
        """The weighted share of the question the fact base knows (0-1)."""
        return self.question.on_topic

    @property
    def unknown(self) -> tuple[str, ...]:
        """The question's words that no fact uses."""
        return self.question.unknown

    @property
    def foreign_place(self) -> str | None:
        """A country or city the article doesn't mention ("trade with Russia")."""
        return self.question.foreign_place

    @property
    def only_names_known(self) -> bool:
        """Every known word is a name, and some words are unknown ("Vucic's party")."""
        return self.question.only_names_known


def fuzzy_scores(index: Index, question: AnalysedQuestion, found: Shortlist) -> dict[int, float]:
    """Entry position -> rapidfuzz token-set similarity (0-1) of the question's word forms
    to its best phrasing's, for the shortlisted entries above 0."""
    key = " ".join(sorted(set(question.analysis.tokens)))
    choices = {i: index.phrasings[found.best[i].phrasing].key for i in found.entries}
    return {
        position: score / 100
        for _, score, position in process.extract(
            key,
            choices,
            scorer=fuzz.token_set_ratio,
            processor=None,
            limit=None,
            score_cutoff=1,
        )
    }


def kind_fits(question_kind: str, answers_to: frozenset[str]) -> bool:
    """Whether an entry that answers ``answers_to`` (empty: anything) fits a question of
    ``question_kind``; open questions (what, yes/no) fit every entry, a question about what was
    discussed (``topic``) every entry that answers what."""
    if question_kind == TOPIC:
        return not answers_to or "what" in answers_to or TOPIC in answers_to
    return question_kind in OPEN_KINDS or not answers_to or question_kind in answers_to


#: How many words may stand between "who" and the verb of saying it asks about ("кто из
#: них сказал", "ko je govorio").
WHO_SAID_REACH = 3


def asks_who_said(analysis: Analysis) -> bool:
    """Whether a who-question asks who said something: a verb of saying within
    :data:`WHO_SAID_REACH` words after its "who" ("who said…", "кто из них сказал…", "ко је
    говорио о…"), not "who is the president, as the radio said"."""
    words = WORD.findall(fold(analysis.cleaned))
    return any(
        word in WHO_WORDS
        and any(
            # "who mentioned…", "ko je pominjao…", "кто упомянул…" ask who said it too.
            after in SPEECH_WORDS or after.startswith(MENTION_STEMS)
            for after in words[i + 1 : i + 1 + WHO_SAID_REACH]
        )
        for i, word in enumerate(words)
    )


def other_speaker(index: Index, entry: Entry, question: AnalysedQuestion) -> bool:
    """Whether the entry is someone's words and the question names people but not them:
    "what did Vucic say" against Nurtleu's words (``Fact.speaker``). One the question names
    only as whom words were said to or about is no speaker ("what did he tell Vucic": not
    Vucic's words, and maybe Nurtleu's)."""
    speaker = entry.fact.speaker if entry.fact is not None else None
    if speaker is None:
        return False
    named = index.people.intersection(question.weights)
    if named and asks_for_words(question.analysis.cleaned, index.speakers):
        aside = spoken_to(question.analysis, index.people)
        if speaker in aside:
            return True
        named -= aside
    return speaker not in named and bool(named)


#: The most letters an ending adds to a name as the question reads it ("Ivanov" typed
#: "Иванову", "Ivanovom").
MAX_NAME_ENDING = 2


@functools.lru_cache(maxsize=256)
def spoken_to(analysis: Analysis, people: frozenset[str]) -> frozenset[str]:
    """The people a question names only as whom words were said to or about: after a word
    like "told" or "про" (``Language.spoken_to_words``), or in a form ending as a dative or
    locative does (``Language.spoken_to_endings``): "what did he tell Vucic", "что он сказал
    Вучичу", "šta je rekao o Vučiću". Named once as the speaker too, they are a speaker."""
    language = LANGUAGES.get(analysis.lang)
    if language is None:
        return frozenset()
    words = [fold_word(w) for w in tokenize(analysis.cleaned)]
    endings = language.spoken_to_endings
    aside: set[str] = set()
    speaking: set[str] = set()
    for token, surface in zip(analysis.tokens, analysis.surfaces, strict=True):
        if token not in people:
            continue
        # The name as typed: its surface, or that with an ending ("ivanovu" of "ivanov").
        for i, word in enumerate(words):
            if not word.startswith(surface) or len(word) - len(surface) > MAX_NAME_ENDING:
                continue
            inflected = bool(endings) and word.endswith(endings) and not token.endswith(endings)
            after_word = i > 0 and words[i - 1] in language.spoken_to_words
            (aside if inflected or after_word else speaking).add(token)
    return frozenset(aside - speaking)


def words_elsewhere(index: Index, entry: Entry, question: AnalysedQuestion) -> bool:
    """Whether the question asks for the words of a person who speaks in the article (a
    ``speaker`` of some fact, named, with a word like "said" or "rekao") and the entry is no
    one's words: "šta je kazahstanski ministar rekao za Srbiju" is not answered by who he is."""
    if (
        entry.fact is None
        or entry.fact.speaker is not None
        or index.speakers.isdisjoint(question.weights)
    ):
        return False
    return asks_for_words(question.analysis.cleaned, index.speakers)


@functools.lru_cache(maxsize=256)
def asks_for_words(cleaned: str, speakers: frozenset[str] = frozenset()) -> bool:
    """Whether a cleaned question holds a word asking for someone's words (stop words too:
    "say"), its preambles aside, or asks a speaker's view ("po Nurtleu", "according to
    Nurtleu": a view opener before one of ``speakers``, as written or inflected)."""
    words = [fold_word(w) for w in tokenize(cleaned)]
    if not SPEECH_WORDS.isdisjoint(words) and not SPEECH_WORDS.isdisjoint(
        # A way of asking is no one's words: "according to the article, who…", "tell me…"
        # (looked for only when a speech word is there: the preambles cost a regex pass).
        fold_word(w)
        for w in tokenize(without_preambles(cleaned))
    ):
        return True
    # The speaker right after the opener, or one word on ("according to Nurtleu"), inflected
    # maybe: its last letter may change ("po Petrovoj").
    stems = tuple(inflectable(s, least=4) for s in speakers)
    return any(
        word in VIEW_OPENERS and any(w.startswith(stems) for w in words[i + 1 : i + 3])
        for i, word in enumerate(words)
    )


def score_entry(
    index: Index,
    position: int,
    question: AnalysedQuestion,
    found: Shortlist,
    fuzzy: Mapping[int, float],
    *,
    decisive: bool = False,
) -> Candidate:
    """The candidate for the entry at ``position`` (a gap already judged a candidate)."""
    config = index.weigher.config
    entry = index.entries[position]
    match = found.best[position]
    vocabulary = found.explained.get(position, 0.0) / question.total
    fuzzy_score = fuzzy.get(position, 0.0)
    fits = (
        entry.gap is not None
        or kind_fits(question.analysis.kind, entry.answers_to)
        # "Who spoke of a sustainable political dialogue?": someone's words answer who said them.
        or (
            question.analysis.kind == "who"
            and entry.fact is not None
            and entry.fact.speaker is not None
            and asks_who_said(question.analysis)
        )
    )
    score = (
        config.share_phrasing * match.score
        + config.share_vocabulary * vocabulary
        + config.share_fuzzy * fuzzy_score
    )
    if not fits:
        score *= (
            config.specific_kind_mismatch_factor
            if question.analysis.kind in config.specific_kinds
            else config.kind_mismatch_factor
        )
    if other_speaker(index, entry, question) or words_elsewhere(index, entry, question):
        score *= config.speaker_mismatch_factor
    return Candidate(
        id=entry.id,
        is_gap=entry.gap is not None,
        score=round(100 * score, 2),
        phrasing=match.score,
        vocabulary=vocabulary,
        fuzzy=fuzzy_score,
        kind_fits=fits,
        best_phrasing=index.phrasings[match.phrasing].text,
        decisive=decisive,
    )


def score_shortlist(
    index: Index,
    question: AnalysedQuestion,
    found: Shortlist,
    phrases: Sequences,
) -> tuple[Candidate, ...]:
    """Every shortlisted fact and admitted gap scored, best first (``phrases``: the question's
    word sequences, :func:`~bot.engine.gaps.sequences`)."""
    fuzzy = fuzzy_scores(index, question, found)
    candidates: list[Candidate] = []
    for position in found.entries:
        entry = index.entries[position]
        decisive = False
        if entry.gap is not None:
            verdict = judge_gap(index, entry, found.best[position], question, phrases)
            if not verdict.candidate:
                continue
            decisive = verdict.decisive
        candidates.append(score_entry(index, position, question, found, fuzzy, decisive=decisive))
    candidates.sort(key=lambda c: c.score, reverse=True)
    return tuple(candidates)


def score(index: Index, question: AnalysedQuestion) -> Match:
    """Retrieve and score every fact and gap for ``question``, best first."""
    digits = index.weigher.config.unknown_number_digits
    unknown_number = any(w.isdigit() and len(w) >= digits for w in question.unknown)
    if not question.weights:
        return Match(question, (), unknown_number)
    phrases = sequences(question.analysis)
    # The gaps the question keeps out are no candidates: not worth scoring at all.
    found = shortlist(index, question, index.admission.refused(phrases))
    return Match(question, score_shortlist(index, question, found, phrases), unknown_number)
