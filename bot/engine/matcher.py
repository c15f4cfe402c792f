"""The answer engine: find the fact that answers a question, or decline honestly.

How a question is scored (all thresholds are the named constants below):

1. The question is normalized (:mod:`bot.lang.normalize`), with unknown words spelling-corrected
   to the fact base's vocabulary.
2. Each question word gets a weight: rare words in general English (names, numbers, "turnover")
   weigh more than common ones ("people", "country"), and words that appear under many facts
   weigh less for telling facts apart.
3. **On-topic coverage**: the weighted share of the question's words that the fact base knows
   at all. A question mostly about things the fact base never mentions (weather, bitcoin,
   2019) is declined, however well its remaining words match.
4. Each fact (and each known gap) is scored by combining: the best phrasing's weighted word
   overlap (F-measure of question and phrasing coverage), how much of the question the fact's
   whole vocabulary explains, and rapidfuzz's token-set similarity to its best phrasings.
   A fact whose ``answers_to`` doesn't fit the question's kind (who/when/where/…) is marked down.
5. Decide: a clear winner above the threshold is answered; a known gap is declined with its
   reply; close runners-up give "did you mean"; anything weaker is declined with suggestions.
"""

from __future__ import annotations

import dataclasses
import heapq
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from bot.conversation import texts
from bot.engine.answer import Answer, Outcome
from bot.knowledge.model import LANGUAGES, MAX_REQUIRES_WORDS, Citation, Fact, FactBase, Gap
from bot.lang.normalize import (
    STOP_WORDS,
    Analysis,
    Normalizer,
    clean,
    fold,
    fold_word,
    tokenize,
    word_form,
)
from bot.lang.smalltalk import small_talk
from bot.lang.translit import mostly_cyrillic, to_serbian_cyrillic
from bot.lang.words import WordFrequencies, english, frequencies, places

# --------------------------------------------------------------------------------------------
# Spelling correction
# --------------------------------------------------------------------------------------------
#: Shortest unknown word the corrector tries to fix by similarity; shorter words have too
#: many neighbours ("novi" is not "nov"). Swapped letters are fixed from TYPO_MIN_SWAP_LENGTH.
TYPO_MIN_LENGTH = 5
TYPO_MIN_SWAP_LENGTH = 5
#: Four-letter swaps are fixed only into common English words ("grwo" -> "grow"): among the
#: fact base's own words, in three languages, "novi" would become Serbian "nivo".
TYPO_MIN_ENGLISH_SWAP_LENGTH = 4
#: rapidfuzz ``fuzz.ratio`` (0-100) an unknown word needs with a fact-base word to be read as
#: that word: "nurtlue" -> "nurtleu" is 86, "agriculure" -> "agriculture" 95.
TYPO_MIN_SIMILARITY = 80
#: The same for Russian and Serbian questions, stricter: their words differ by endings, and a
#: loose match turns one word into another ("obavlja", performs, into "objavljena", published).
TYPO_MIN_SIMILARITY_INFLECTED = 88
#: Words at least this common in English (Zipf) are real words, never "corrected" into a
#: fact-base word ("treat" stays "treat", not "treaty"), except American spellings of the
#: fact base's British ones ("dialog" -> "dialogue") from SPELLING_VARIANT_MIN_LENGTH letters.
SPELLING_VARIANT_MIN_LENGTH = 5
COMMON_WORD_ZIPF = 3.3
#: A misspelt word that matches no fact-base word is corrected to an English word at least
#: this common (Zipf), with at least TYPO_MIN_SIMILARITY_ENGLISH: "mentoined" -> "mentioned",
#: so it is weighed as the ordinary word it is rather than as a rare, informative one.
DICTIONARY_MIN_ZIPF = 3.5
TYPO_MIN_SIMILARITY_ENGLISH = 85

# --------------------------------------------------------------------------------------------
# Word weights
# --------------------------------------------------------------------------------------------
#: A word's weight is ZIPF_CEILING minus its Zipf frequency, clipped to [WEIGHT_MIN, WEIGHT_MAX]:
#: "the" (7.7) -> 0.5, "trade" (5.1) -> 1.9, "turnover" (3.8) -> 3.2, names and typos -> 4.
ZIPF_CEILING = 7.0
WEIGHT_MIN = 0.5
WEIGHT_MAX = 4.0
#: Weight of a number ("73.8", "2019"): numbers decide what is asked.
WEIGHT_NUMBER = 4.0
#: Weight of a person, place or organisation from the fact base's ``aliases:``.
WEIGHT_NAME = 3.0
#: Words that frame a question rather than say what it is about ("according to the article",
#: "how is it described", "what is the significance"): they weigh WEIGHT_MIN whatever their
#: rarity, so they neither decide a match nor make a question look off-topic.
FRAMING_WORDS = frozenset(
    """
    article story news text piece according mention mentioned mentions describe described
    characterize characterise characterized characterised portray portrayed
    describes description refer refers referred regard regarded consider considered significance
    significant nature assessment assess opinion view views specific specifically particular
    particularly hold holds held pay paid full name named state stated states
    note noted explain detail details info information main key exactly precisely mean
    meaning important importance overall general broader broad aspect aspects role kind type sort
    topic topics subject subjects
    clanak clanku clanka statja state statje chlanak prema soglasno tekst tekstu teksta pominje
    pomenuta pomenut pominju upominaetsja upomjanuta upomjanut govoritsja pomenute pomenuti
    spomenute spomenuta spomenuti pominje pominjane originally initially
    oharakterizoval opisal nazval opisao okarakterisao nazvao
    """.split()
)
#: An unknown word (one the fact base never uses) counts with this share of its general
#: weight against every fact: a question about "the capital of Kazakhstan" is mostly about
#: "capital", which no fact explains.
UNKNOWN_WEIGHT_SHARE = 1.0
#: Numbers with at least this many digits that the fact base never mentions ("2019", "17")
#: mean the question asks about something the article doesn't state.
UNKNOWN_NUMBER_DIGITS = 2

# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------
#: Share of the combined score from the best phrasing's overlap, the fact's whole vocabulary,
#: and rapidfuzz token-set similarity (they sum to 1).
SHARE_PHRASING = 0.5
SHARE_VOCABULARY = 0.3
SHARE_FUZZY = 0.2
#: F-measure beta for phrasing overlap: >1 favours covering the question over covering the
#: phrasing, since people add words a phrasing lacks more often than they drop its words.
OVERLAP_BETA = 1.5
#: Share of a setting word's weight (``context:`` in the fact base: Nurtleu, Serbia, visit…)
#: credited to a fact that doesn't mention it: every fact is about the visit.
CONTEXT_CREDIT = 0.25
#: Factor on a phrasing's overlap when it asks another kind of question than the question does
#: (one of them who/when/where/how much…): the same words, asked differently.
PHRASING_KIND_FACTOR = 0.9
_OPEN_KINDS = frozenset({"what", "yesno"})
#: Factor applied to a fact whose ``answers_to`` kinds don't include the question's kind.
KIND_MISMATCH_FACTOR = 0.75
#: The same for the specific kinds, which a wrong fact cannot answer at all: a "what year"
#: question is not answered by a date without a year.
SPECIFIC_KIND_MISMATCH_FACTOR = 0.55
SPECIFIC_KINDS = frozenset({"year", "time", "duration", "distance", "age", "amount", "when"})
#: A gap is recognised only if its best phrasing and the question cover each other to at
#: least this share of their weight: gaps are specific ("Tokayev visiting Serbia"), and a
#: question that only shares "Serbia" and "visit" with one is not asking it.
GAP_MIN_COVERAGE = 0.4
#: A gap whose required word is in the question and whose phrasing (of two or more words,
#: names included) the question covers to at least this share is decisive: the question is
#: declined with it, whatever else matches ("did Vucic accept the invitation to visit Astana"
#: is the gap about his reply, not the invitation). So is a gap whose required word is in the
#: question and in no fact ("gas", "worth"), if the word is less common than
#: DECISIVE_WORD_MAX_ZIPF (everyday words like "end" or "days" decide nothing alone).
GAP_DECISIVE_COVERAGE = 0.8
DECISIVE_WORD_MAX_ZIPF = 5.2
#: How many most promising facts and gaps (by word overlap) are scored in full.
SHORTLIST_SIZE = 40

# --------------------------------------------------------------------------------------------
# Decisions (scores are 0-100)
# --------------------------------------------------------------------------------------------
#: A question whose known words carry less than this share of its weight is off-topic.
MIN_ON_TOPIC = 0.5
#: Lowest score that is answered.
ANSWER_THRESHOLD = 50.0
#: The winner must lead the runner-up by this much, unless it is above SURE_THRESHOLD.
ANSWER_MARGIN = 1.0
#: A score so high that the runner-up doesn't matter.
SURE_THRESHOLD = 70.0
#: A long, freely worded question scores lower everywhere; it is still answered when its best
#: fact scores at least DOMINANT_MIN_SCORE and DOMINANT_RATIO times the runner-up.
DOMINANT_MIN_SCORE = 35.0
DOMINANT_RATIO = 1.3
#: …provided the question is this much on topic: a lone weak match for a question half made of
#: unknown words ("the exchange rate of the tenge") is no answer.
DOMINANT_MIN_ON_TOPIC = 0.6
#: Lowest score at which a gap (a known "the article doesn't say") is recognised.
GAP_THRESHOLD = 50.0
#: Lowest score for a fact to be offered as a suggestion.
SUGGEST_THRESHOLD = 35.0
#: Suggestions offered at most.
MAX_SUGGESTIONS = 3


@dataclass(frozen=True, slots=True)
class _Entry:
    """A fact or a gap, as the index sees it."""

    id: str
    fact: Fact | None
    gap: Gap | None
    vocabulary: frozenset[str]
    answers_to: frozenset[str]
    #: For a gap: groups of word-form sequences; the question must contain one of each…
    requires: tuple[frozenset[tuple[str, ...]], ...] = ()
    #: …and none of these.
    unless: frozenset[tuple[str, ...]] = frozenset()
    #: Groups of sequences that, one of each present, make the gap decisive by themselves.
    settles: tuple[frozenset[tuple[str, ...]], ...] = ()

    def admits(self, phrases: frozenset[tuple[str, ...]]) -> bool:
        """Whether a question with these word sequences may match (a gap's ``requires`` and
        ``unless``)."""
        if self.unless and not self.unless.isdisjoint(phrases):
            return False
        return all(not group.isdisjoint(phrases) for group in self.requires)

    def settled_by(self, phrases: frozenset[tuple[str, ...]]) -> bool:
        """Whether the question has one of each ``settles`` group."""
        return bool(self.settles) and all(not g.isdisjoint(phrases) for g in self.settles)


#: A lexicon larger than this searches only words sharing an initial with the misspelt one.
LARGE_LEXICON_WORDS = 5000
#: Spelling corrections remembered per engine (the cache is emptied when full).
MAX_CACHED_CORRECTIONS = 10_000
#: Analysed questions remembered per engine (the cache is emptied when full).
MAX_CACHED_ANALYSES = 512
#: The engine reads at most this much of a question (cut at a space when there is one near the
#: end): a question is a sentence or two, and a Telegram message may be 4,096 characters. Keeps
#: the work per message bounded (see :data:`MAX_CORRECTIONS_PER_QUESTION`).
MAX_QUESTION_CHARS = 1000
#: Unknown words looked up for a spelling correction per question (each look-up scans a
#: lexicon, ~0.5 ms; remembered corrections are free). Words past the budget stay as typed.
MAX_CORRECTIONS_PER_QUESTION = 24


def bound_question(question: str) -> str:
    """``question`` cut to :data:`MAX_QUESTION_CHARS`, at the last space when one is near the end."""
    if len(question) <= MAX_QUESTION_CHARS:
        return question
    head = question[:MAX_QUESTION_CHARS]
    cut = max(head.rfind(" "), head.rfind("\n"))
    return head[:cut] if cut >= MAX_QUESTION_CHARS * 3 // 4 else head


class _Lexicon:
    """Words to correct misspellings to: swapped letters are found by their sorted letters in
    O(1); other typos by rapidfuzz among words of a length that can reach the cutoff
    (ratio = 1 - distance / (len1 + len2), and distance >= the length difference) and — in a
    large lexicon — that begin with one of the misspelt word's first two letters (typists
    rarely get those both wrong), which keeps each search to a few hundred words."""

    def __init__(self, words: Iterable[str], cutoff: float, *, by_initial: bool = False) -> None:
        self.cutoff = cutoff
        self.by_initial = by_initial
        self._anagrams: dict[str, str] = {}
        self._by_length: dict[int, list[str]] = defaultdict(list)
        for word in words:
            self._anagrams.setdefault("".join(sorted(word)), word)
            self._by_length[len(word)].append(word)
        # Search pools, made on first use (and not kept in the engine cache).
        self._pools: dict[tuple[int, str], list[str]] = {}

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

    def _pool(self, word: str) -> list[str]:
        n = len(word)
        initials = word[:2] if self.by_initial else ""
        key = (n, initials)
        pool = self._pools.get(key)
        if pool is None:
            spread = int((1 - self.cutoff / 100) * 2 * n / (self.cutoff / 100)) + 1
            pool = [
                w
                for k in range(n - spread, n + spread + 1)
                for w in self._by_length.get(k, ())
                if not initials or w[0] in initials
            ]
            self._pools[key] = pool
        return pool

    def swapped(self, word: str) -> str | None:
        """A word with the same letters in another order (a transposition typo)."""
        found = self._anagrams.get("".join(sorted(word)))
        return found if found is not None and found != word else None

    def closest(self, word: str, cutoff: float | None = None) -> str | None:
        """The most similar word at or above the cutoff (the lexicon's, or a stricter one)."""
        pool = self._pool(word)
        if not pool:
            return None
        hit = process.extractOne(
            word, pool, scorer=fuzz.ratio, processor=None, score_cutoff=cutoff or self.cutoff
        )
        return None if hit is None else str(hit[0])


def _sequences(analysis: Analysis, longest: int) -> frozenset[tuple[str, ...]]:
    """Every run of up to ``longest`` consecutive word forms of a question (with and without
    alias and synonym replacement), for matching gaps' ``requires``."""
    longest = min(longest, MAX_REQUIRES_WORDS)
    return frozenset(
        tuple(words[i : i + n])
        for words in (analysis.forms, analysis.stems)
        for n in range(1, longest + 1)
        for i in range(len(words) - n + 1)
    )


@dataclass(frozen=True, slots=True)
class _Phrasing:
    entry: int
    text: str
    key: str
    tokens: frozenset[str]
    weight: float
    kind: str = "what"
    #: Whether the phrasing asks for a fact (not a gap).
    of_fact: bool = True


@dataclass(frozen=True, slots=True)
class Candidate:
    """One fact or gap's score for a question, with the parts it is made of."""

    id: str
    is_gap: bool
    score: float
    phrasing: float
    vocabulary: float
    fuzzy: float
    kind_fits: bool
    best_phrasing: str
    #: A gap whose telling word and whole phrasing are in the question: it is declined.
    decisive: bool = False


@dataclass(frozen=True, slots=True)
class Match:
    """Everything the engine worked out about a question (for ``ask`` and for tuning)."""

    analysis: Analysis
    on_topic: float
    unknown: tuple[str, ...]
    candidates: tuple[Candidate, ...]

    #: A country or city the article doesn't mention ("trade with Russia").
    foreign_place: str | None = None
    #: Every word of the question the fact base knows is a name (a person or place), and it
    #: also has words the fact base doesn't know: it asks something else about a name
    #: ("the weather in Astana", "Vucic's party").
    only_names_known: bool = False

    @property
    def unknown_number(self) -> bool:
        """The question names a number the fact base never mentions ("in 2019")."""
        return any(w.isdigit() and len(w) >= UNKNOWN_NUMBER_DIGITS for w in self.unknown)


class Engine:
    """Answers questions from one fact base. Build once; :meth:`ask` is pure and thread-safe."""

    def __init__(self, base: FactBase, *, words: WordFrequencies | None = None) -> None:
        self.base = base
        self._words = words or english()
        # Russian and Serbian frequencies weigh those languages' words ("zemlje", "страны").
        self._frequencies = {"en": self._words, "ru": frequencies("ru"), "sr": frequencies("sr")}
        self._normalizer = Normalizer(
            [base.aliases, base.synonyms],
            is_english=self._words.is_word,
            language_words=base.language_words,
        )
        self._names = frozenset(base.aliases)
        self._people = frozenset(base.people)
        self._context = frozenset(
            t for word in base.context for t in self._normalizer.analyze(word).tokens
        )
        self._entries: list[_Entry] = []
        self._phrasings: list[_Phrasing] = []
        self._postings: dict[str, list[int]] = defaultdict(list)
        self._surface_forms: dict[str, str] = {}
        self._first_phrasing: dict[int, int] = {}
        self._corrections: dict[tuple[str, str], tuple[str, str] | None] = {}
        # The same question is analysed several times per message (answer, follow-up test,
        # names for the conversation, the question log): remember the last few.
        self._analyses: dict[tuple[str, str | None], Analysis] = {}
        self._facts = {fact.id: fact for fact in base.facts}
        self._gaps = {gap.id: gap for gap in base.gaps}
        self._build()
        self._settling_gaps = [
            i
            for i, e in enumerate(self._entries)
            if e.gap is not None and (e.settles or e.answers_to)
        ]

    def __getstate__(self) -> dict[str, object]:
        # The per-process cache of analysed questions stays out of the engine cache file.
        return {k: v for k, v in self.__dict__.items() if k != "_analyses"}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)
        self._analyses = {}

    @classmethod
    def from_directory(cls, directory: Path) -> Engine:
        """Load, validate and index the fact base in ``directory``."""
        from bot.knowledge.loader import load_fact_base

        return cls(load_fact_base(directory))

    # ----------------------------------------------------------------------------------------
    # Index
    # ----------------------------------------------------------------------------------------

    def _build(self) -> None:
        base = self.base
        texts_for_vocabulary: list[str] = [base.article.text]
        # Spellings of names and synonyms are corrected towards in any language.
        neutral_texts: list[str] = []
        for vocabulary in (base.aliases, base.synonyms):
            for canonical, spellings in vocabulary.items():
                neutral_texts.append(canonical.replace("_", " "))
                neutral_texts.extend(spellings)
        texts_for_vocabulary.extend(neutral_texts)
        fact_texts: list[str] = [base.article.text]
        neutral = {fold_word(t) for text in neutral_texts for t in tokenize(clean(text))}
        # Per entry: id, fact or gap, phrasings, keywords, and content (answer and quotes).
        raw_entries: list[
            tuple[str, Fact | None, Gap | None, tuple[str, ...], tuple[str, ...], list[str]]
        ] = []
        for fact in base.facts:
            content = [fact.answer, *(c.quote for c in fact.citations)]
            raw_entries.append((fact.id, fact, None, fact.questions, fact.keywords, content))
            texts_for_vocabulary.extend([*fact.questions, *fact.keywords, *content])
            fact_texts.extend([*fact.questions, *fact.keywords, *content])
        gap_texts: list[str] = []
        for gap in base.gaps:
            raw_entries.append((gap.id, None, gap, gap.questions, (), []))
            gap_texts.extend(gap.questions)
        # Words of the article and the facts are on topic; words only in gaps ("gas", "worth")
        # are not, they are what the article does not talk about.
        on_topic: set[str] = set()
        by_language: dict[str, set[str]] = {lang: set(neutral) for lang in LANGUAGES}
        for texts_, target in ((texts_for_vocabulary, on_topic), (gap_texts, None)):
            for text in texts_:
                cleaned = clean(text)
                lang = self._normalizer.detect_language(cleaned)
                for tok in tokenize(cleaned):
                    folded = fold_word(tok)
                    if folded not in STOP_WORDS and not tok[0].isdigit():
                        self._surface_forms.setdefault(folded, word_form(tok, lang))
                        by_language[lang].add(folded)
                        if target is not None:
                            target.add(folded)
        self._on_topic_surfaces = frozenset(on_topic)
        # Each fact's first phrasing per language, to offer in the reader's language.
        self._first_question: dict[tuple[str, str], str] = {}
        for fact in base.facts:
            for question in fact.questions:
                self._first_question.setdefault(
                    (fact.id, self._normalizer.detect_language(clean(question))), question
                )
        # Other countries and cities: a question about one is not about this article. The
        # places the fact base itself knows (Serbia, Belgrade…) are not among them.
        self._foreign_places = frozenset(
            p for p in places() if not all(w in on_topic for w in p.split())
        )
        # The word forms the article and the facts themselves use (synonyms not applied):
        # "weapons" is not among them, although its synonym "military" is.
        self._fact_stems = frozenset(
            word_form(tok, lang)
            for text in fact_texts
            for lang in (self._normalizer.detect_language(clean(text)),)
            for tok in tokenize(clean(text))
        )
        self._framing_forms = frozenset(word_form(w, "en") for w in FRAMING_WORDS)
        self._surface_list = list(self._surface_forms)
        # A misspelt word is corrected only towards words of its own language (and names): a
        # Russian "город" is not the English "good".
        self._lexicons = {
            lang: _Lexicon(
                sorted(known := words & self._surface_forms.keys()),
                TYPO_MIN_SIMILARITY,
                by_initial=len(known) > LARGE_LEXICON_WORDS,
            )
            for lang, words in by_language.items()
        }
        self._dictionary = _Lexicon(
            self._words.common(DICTIONARY_MIN_ZIPF), TYPO_MIN_SIMILARITY_ENGLISH, by_initial=True
        )
        self._spelling_variants: dict[str, str] = {
            word[:-2]: word
            for word in self._surface_list
            if len(word) >= SPELLING_VARIANT_MIN_LENGTH + 2 and word.endswith(("ue", "me"))
        }

        analyses: list[list[Analysis]] = []
        vocabularies: list[set[str]] = []
        # How many entries ask for a word (in phrasings and keywords) decides how well the word
        # tells entries apart; answers and quotes mention incidental words and don't count.
        document_frequency: dict[str, int] = defaultdict(int)
        for _, _, _, questions, keywords, content in raw_entries:
            phrasing_analyses = [self._normalizer.analyze(q) for q in questions]
            intent: set[str] = set()
            for a in [*phrasing_analyses, *(self._normalizer.analyze(k) for k in keywords)]:
                intent.update(a.tokens)
            for token in intent:
                document_frequency[token] += 1
            vocab = set(intent)
            for text in content:
                vocab.update(self._normalizer.analyze(text).tokens)
            analyses.append(phrasing_analyses)
            vocabularies.append(vocab)
        self._known = frozenset().union(*vocabularies) if vocabularies else frozenset()
        self._fact_known = frozenset().union(*vocabularies[: len(base.facts)])
        self._entry_postings: dict[str, list[int]] = defaultdict(list)
        for index, vocab in enumerate(vocabularies):
            for token in vocab:
                self._entry_postings[token].append(index)
        n = max(len(raw_entries), 1)
        self._idf = {
            t: math.log(1 + n / df) / math.log(1 + n) for t, df in document_frequency.items()
        }
        # Words only in answers and quotes: as rare as can be.
        self._idf_unasked = math.log(1 + n) / math.log(1 + n)

        for index, (entry_id, maybe_fact, maybe_gap, questions, _, _) in enumerate(raw_entries):
            item = maybe_fact or maybe_gap
            kinds = frozenset(item.answers_to) if item is not None else frozenset()
            requires = self._sequence_groups(maybe_gap.requires if maybe_gap else ())
            unless = frozenset(
                seq
                for phrase in (maybe_gap.unless if maybe_gap else ())
                for seq in self._normalizer.forms_of(phrase, self._names)
            )
            settles = self._sequence_groups(maybe_gap.settles if maybe_gap else ())
            self._entries.append(
                _Entry(
                    entry_id,
                    maybe_fact,
                    maybe_gap,
                    frozenset(vocabularies[index]),
                    kinds,
                    requires,
                    unless,
                    settles,
                )
            )
            self._first_phrasing[index] = len(self._phrasings)
            for question, analysis in zip(questions, analyses[index], strict=True):
                tokens = frozenset(analysis.tokens)
                if not tokens:
                    continue
                weight = sum(
                    self._discriminative(t, s, analysis.lang)
                    for t, s in dict(zip(analysis.tokens, analysis.surfaces, strict=True)).items()
                )
                self._phrasings.append(
                    _Phrasing(
                        index,
                        question,
                        " ".join(sorted(tokens)),
                        tokens,
                        weight,
                        analysis.kind,
                        of_fact=maybe_fact is not None,
                    )
                )
                for token in tokens:
                    self._postings[token].append(len(self._phrasings) - 1)

    def _sequence_groups(
        self, groups: tuple[tuple[str, ...], ...]
    ) -> tuple[frozenset[tuple[str, ...]], ...]:
        """Each group of phrases as the word-form sequences a question may hold."""
        return tuple(
            frozenset(
                seq for phrase in group for seq in self._normalizer.forms_of(phrase, self._names)
            )
            for group in groups
        )

    # ----------------------------------------------------------------------------------------
    # Weights
    # ----------------------------------------------------------------------------------------

    def _general(self, token: str, surface: str, lang: str = "en") -> float:
        """How much a word says in general (see WEIGHT_*), by its frequency in ``lang``."""
        if token[:1].isdigit():
            return WEIGHT_NUMBER
        if token in self._names:
            return WEIGHT_NAME
        if surface in FRAMING_WORDS:
            return WEIGHT_MIN
        words = self._frequencies.get(lang, self._words)
        zipf = min((words.zipf(w) for w in surface.split()), default=0.0)
        return min(WEIGHT_MAX, max(WEIGHT_MIN, ZIPF_CEILING - zipf))

    def _discriminative(self, token: str, surface: str, lang: str = "en") -> float:
        """How much a word tells facts apart: general weight times its spread over facts."""
        return self._general(token, surface, lang) * self._idf.get(token, self._idf_unasked)

    # ----------------------------------------------------------------------------------------
    # Spelling
    # ----------------------------------------------------------------------------------------

    def _correct(self, folded: str, form: str, lang: str) -> tuple[str, str] | None:
        """The (surface, form) of the word ``folded`` is a misspelling of, or None."""
        if form in self._known or folded in self._surface_forms:
            return None
        key = (folded, lang)
        try:  # one lookup, not `in` then `[]`: the store's writer thread may clear it meanwhile
            return self._corrections[key]
        except KeyError:
            pass
        if len(self._corrections) >= MAX_CACHED_CORRECTIONS:
            self._corrections.clear()
        fixed = self._corrections[key] = self._find_correction(folded, lang)
        return fixed

    def _find_correction(self, folded: str, lang: str) -> tuple[str, str] | None:
        english = lang == "en"
        lexicon = self._lexicons.get(lang, self._lexicons["en"])
        if len(folded) < TYPO_MIN_ENGLISH_SWAP_LENGTH or not folded.isalpha():
            return None
        if self._words.zipf(folded) >= COMMON_WORD_ZIPF:
            # A real word, but maybe the other spelling of one the fact base uses:
            # "dialog" for "dialogue", "program" for "programme".
            longer = self._spelling_variants.get(folded)
            return (longer, self._surface_forms[longer]) if longer else None
        swapped = lexicon.swapped(folded) if len(folded) >= TYPO_MIN_SWAP_LENGTH else None
        if swapped is not None:
            return swapped, self._surface_forms[swapped]
        if len(folded) >= TYPO_MIN_LENGTH:
            hit = lexicon.closest(folded, None if english else TYPO_MIN_SIMILARITY_INFLECTED)
            if hit is not None:
                return hit, self._surface_forms[hit]
        # The English dictionary serves English questions only: a Russian or Serbian word is
        # not an English typo.
        if not english:
            return None
        english_word = self._dictionary.swapped(folded)
        if english_word is None and len(folded) >= TYPO_MIN_LENGTH:
            english_word = self._dictionary.closest(folded)
        if english_word is not None:
            return english_word, word_form(english_word, "en")
        return None

    # ----------------------------------------------------------------------------------------
    # Matching
    # ----------------------------------------------------------------------------------------

    def analyze(self, question: str, *, lang: str | None = None) -> Analysis:
        """Normalize ``question`` (its first :data:`MAX_QUESTION_CHARS`) with spelling
        correction against the fact base (at most :data:`MAX_CORRECTIONS_PER_QUESTION` new
        look-ups)."""
        budget = MAX_CORRECTIONS_PER_QUESTION

        def correct(folded: str, form: str, language: str) -> tuple[str, str] | None:
            nonlocal budget
            free = (
                form in self._known
                or folded in self._surface_forms
                or (folded, language) in self._corrections
            )
            if not free:
                if budget <= 0:
                    return None
                budget -= 1
            return self._correct(folded, form, language)

        key = (question, lang)
        try:  # one lookup: the question log's writer thread uses the engine too
            return self._analyses[key]
        except KeyError:
            pass
        analysis = self._normalizer.analyze(bound_question(question), lang=lang, correct=correct)
        if len(self._analyses) >= MAX_CACHED_ANALYSES:
            self._analyses.clear()
        self._analyses[key] = analysis
        return analysis

    def match(self, question: str, *, lang: str | None = None) -> Match:
        """Score every fact and gap for ``question``, best first."""
        analysis = self.analyze(question, lang=lang)
        place = self._foreign_place(question)
        pairs = dict(zip(analysis.tokens, analysis.surfaces, strict=True))
        general = {t: self._general(t, s, analysis.lang) for t, s in pairs.items()}
        total_general = sum(general.values())
        # A word the fact base uses anywhere (also inside a phrase, like "foreign" in "foreign
        # minister") is on topic even when it is no fact's token on its own.
        unknown = [
            t
            for t in pairs
            if t not in self._fact_known
            and not all(w in self._on_topic_surfaces for w in pairs[t].split())
        ]
        unknown_weight = sum(general[t] for t in unknown)
        on_topic = 1 - unknown_weight / total_general if total_general else 0.0
        weights = {
            t: self._discriminative(t, pairs[t], analysis.lang) for t in pairs if t in self._known
        }
        total = sum(weights.values()) + UNKNOWN_WEIGHT_SHARE * unknown_weight
        surfaces = tuple(pairs[t] for t in unknown)
        if not weights:
            return Match(analysis, on_topic, surfaces, (), foreign_place=place)
        # Framing words ("characterized", "mentioned") don't count as another subject.
        only_names = unknown_weight > WEIGHT_MIN * len(unknown) and all(
            t in self._names for t in weights
        )

        # Words of the article's setting ("Nurtleu", "Serbia", "visit") that every fact is
        # about: a fact is not the worse for not repeating them.
        setting = {t: w for t, w in weights.items() if t in self._context}
        setting_total = sum(setting.values())
        overlap: dict[int, float] = defaultdict(float)
        in_setting: dict[int, float] = defaultdict(float)  # the setting words a phrasing has
        for token, weight in weights.items():
            for p in self._postings.get(token, ()):
                overlap[p] += weight
            if token in setting:
                for p in self._postings.get(token, ()):
                    in_setting[p] += weight
        # Per entry, its best phrasing: (F-measure, phrasing, question coverage, phrasing coverage).
        best_by_entry: dict[int, tuple[float, int, float, float]] = {}
        beta2 = OVERLAP_BETA**2
        kind = analysis.kind
        open_question = kind in _OPEN_KINDS
        phrasings = self._phrasings
        for p, shared in overlap.items():
            phrasing = phrasings[p]
            if setting and phrasing.of_fact:
                shared += CONTEXT_CREDIT * (setting_total - in_setting.get(p, 0.0))
            q_cov = shared / total
            p_cov = min(1.0, shared / phrasing.weight) if phrasing.weight else 0.0
            f = (1 + beta2) * q_cov * p_cov / (beta2 * p_cov + q_cov) if q_cov + p_cov else 0.0
            if phrasing.kind != kind and not (open_question and phrasing.kind in _OPEN_KINDS):
                # "Who were the talks with?" is not the phrasing for "what were the talks about?".
                f *= PHRASING_KIND_FACTOR
            current = best_by_entry.get(phrasing.entry)
            if current is None or f > current[0]:
                best_by_entry[phrasing.entry] = (f, p, q_cov, p_cov)
        # How much of the question each entry's whole vocabulary explains. Entries that share
        # words with the question only through keywords, answer or quotes are candidates too
        # ("73.8 million" is in no phrasing).
        explained: dict[int, float] = defaultdict(float)
        for token, weight in weights.items():
            for index in self._entry_postings.get(token, ()):
                explained[index] += weight
        for index in list(explained):
            item = self._entries[index]
            if setting and item.fact is not None:
                explained[index] += CONTEXT_CREDIT * sum(
                    w for t, w in setting.items() if t not in item.vocabulary
                )
        # Only the most promising entries are scored in full (rapidfuzz, kinds, gaps): with
        # thousands of facts the rest cannot win anyway.
        shortlist = heapq.nlargest(
            SHORTLIST_SIZE,
            explained,
            key=lambda i: (
                SHARE_PHRASING * best_by_entry.get(i, (0.0,))[0]
                + SHARE_VOCABULARY * explained[i] / total
            ),
        )
        # Gaps that a kind of question or a phrase settles are looked at whatever the overlap.
        shortlist += [i for i in self._settling_gaps if i not in shortlist]
        for index in shortlist:
            if index not in best_by_entry:
                best_by_entry[index] = (0.0, self._first_phrasing[index], 0.0, 0.0)
        key = " ".join(sorted(pairs))
        fuzzy_by_entry = {
            index: score / 100
            for _, score, index in process.extract(
                key,
                {i: self._phrasings[best_by_entry[i][1]].key for i in shortlist},
                scorer=fuzz.token_set_ratio,
                processor=None,
                limit=None,
                score_cutoff=1,
            )
        }

        candidates: list[Candidate] = []
        phrases: frozenset[tuple[str, ...]] | None = None
        for index in shortlist:
            phrasing_score, p, q_cov, p_cov = best_by_entry[index]
            item = self._entries[index]
            decisive = False
            if item.gap is not None:
                if phrases is None:
                    phrases = _sequences(analysis, MAX_REQUIRES_WORDS)
                if not item.admits(phrases):
                    continue
                phrasing = self._phrasings[p]
                decisive = (
                    (
                        p_cov >= GAP_DECISIVE_COVERAGE
                        and len(phrasing.tokens) >= 2
                        and (phrasing.tokens & self._names) <= weights.keys()
                    )
                    # A kind of question, or a phrase, the gap settles ("what year…",
                    # "which specific…": the article gives none).
                    or analysis.kind in item.answers_to
                    or item.settled_by(phrases)
                    or any(
                        # The question names the gap's subject, which no fact ever mentions
                        # ("gas", "weapons"): the article doesn't say.
                        all(
                            w not in self._fact_stems
                            and w not in self._fact_known
                            and w not in STOP_WORDS
                            and w not in self._framing_forms
                            and self._words.zipf(w) < DECISIVE_WORD_MAX_ZIPF
                            for w in seq
                        )
                        for group in item.requires
                        for seq in group & phrases
                    )
                )
                if min(q_cov, p_cov) < GAP_MIN_COVERAGE and not decisive:
                    continue
            vocabulary = explained[index] / total
            fuzzy_score = fuzzy_by_entry.get(index, 0.0)
            kind_fits = (
                item.gap is not None
                or analysis.kind in ("what", "yesno")
                or not item.answers_to
                or analysis.kind in item.answers_to
            )
            score = (
                SHARE_PHRASING * phrasing_score
                + SHARE_VOCABULARY * vocabulary
                + SHARE_FUZZY * fuzzy_score
            )
            if not kind_fits:
                score *= (
                    SPECIFIC_KIND_MISMATCH_FACTOR
                    if analysis.kind in SPECIFIC_KINDS
                    else KIND_MISMATCH_FACTOR
                )
            candidates.append(
                Candidate(
                    id=item.id,
                    is_gap=item.gap is not None,
                    score=round(100 * score, 2),
                    phrasing=phrasing_score,
                    vocabulary=vocabulary,
                    fuzzy=fuzzy_score,
                    kind_fits=kind_fits,
                    best_phrasing=self._phrasings[p].text,
                    decisive=decisive,
                )
            )
        candidates.sort(key=lambda c: c.score, reverse=True)
        return Match(
            analysis,
            on_topic,
            surfaces,
            tuple(candidates),
            only_names_known=only_names,
            foreign_place=place,
        )

    # ----------------------------------------------------------------------------------------
    # Deciding
    # ----------------------------------------------------------------------------------------

    def ask(self, question: str, *, lang: str | None = None, hint: str | None = None) -> Answer:
        """Answer ``question``, or say why not (see the module docstring).

        ``lang`` forces the language; ``hint`` (e.g. the Telegram client's language) is used
        only when the text itself doesn't tell ("Vučić?" is Serbian for a Serbian client).
        A Serbian question in Cyrillic is answered in Cyrillic.
        """
        text = bound_question(question)  # the work per question stays bounded
        if lang is None and hint in LANGUAGES and hint != "en" and not self._has_english(text):
            lang = hint
        answer = self._ask(text, lang=lang)
        if text is not question:
            answer = dataclasses.replace(answer, question=question)
        if answer.lang == "sr" and mostly_cyrillic(text):
            return dataclasses.replace(answer, text=to_serbian_cyrillic(answer.text))
        return answer

    def _has_english(self, question: str) -> bool:
        """Whether the question has a word that tells it is English (not a name or a number)."""
        cleaned = clean(question)
        if self._normalizer.detect_language(cleaned) != "en":
            return True  # the script or the words already tell
        names = set(self.names_in(question))
        return any(
            self._words.is_word(w) and w not in names
            for w in (fold_word(t) for t in tokenize(cleaned))
            if w.isalpha() and len(w) > 2
        )

    def _ask(self, question: str, *, lang: str | None = None) -> Answer:
        """:meth:`ask` in the given or detected language."""
        if not question.strip():
            return Answer(
                question, Outcome.EMPTY, texts.text("empty", lang or "en"), lang=lang or "en"
            )
        chat = small_talk(question)
        if chat is not None:
            language = lang or self._normalizer.detect_language(clean(question))
            return Answer(question, Outcome.SMALLTALK, texts.text(chat, language), lang=language)
        found = self.match(question, lang=lang)
        language = found.analysis.lang
        candidates = found.candidates
        facts = [c for c in candidates if not c.is_gap]
        suggestions = self._suggestions(
            (c for c in facts if c.score >= SUGGEST_THRESHOLD), found.analysis.lang
        )
        if (
            not candidates
            or found.on_topic < MIN_ON_TOPIC
            or found.unknown_number
            or found.only_names_known
            or found.foreign_place is not None
        ):
            return self._decline(
                question, language, suggestions, score=candidates[0].score if candidates else 0.0
            )
        best = candidates[0]
        decisive = next((c for c in candidates if c.decisive), None)
        if decisive is not None:
            best = decisive
        if best.is_gap:
            if best.score >= GAP_THRESHOLD or best.decisive:
                gap = self._gaps[best.id]
                return Answer(
                    question,
                    Outcome.NOT_FOUND,
                    gap.reply_in(language),
                    score=best.score,
                    citations=gap.citations,
                    suggestions=self._suggestions_for_ids(gap.related, language),
                    lang=language,
                )
            best = facts[0] if facts else best
            if best.is_gap:
                return self._decline(question, language, suggestions, score=best.score)
        runner_up = next((c.score for c in candidates if c.id != best.id), 0.0)
        clear_lead = best.score - runner_up >= ANSWER_MARGIN or best.score >= SURE_THRESHOLD
        dominant = (
            best.score >= DOMINANT_MIN_SCORE
            and best.score >= DOMINANT_RATIO * runner_up
            and found.on_topic >= DOMINANT_MIN_ON_TOPIC
        )
        if (best.score >= ANSWER_THRESHOLD and clear_lead) or dominant:
            fact = self.fact(best.id)
            return Answer(
                question,
                Outcome.ANSWERED,
                fact.answer_in(language),
                score=best.score,
                fact_id=fact.id,
                citations=fact.citations,
                related=self._suggestions_for_ids(fact.related, language),
                lang=language,
            )
        if best.score >= ANSWER_THRESHOLD and len(suggestions) > 1:
            return Answer(
                question,
                Outcome.AMBIGUOUS,
                texts.text("ambiguous", language),
                score=best.score,
                suggestions=suggestions,
                lang=language,
            )
        return self._decline(question, language, suggestions, score=best.score)

    def _decline(
        self, question: str, lang: str, suggestions: tuple[str, ...], *, score: float
    ) -> Answer:
        return Answer(
            question,
            Outcome.NOT_FOUND,
            texts.text("not_found", lang),
            score=score,
            suggestions=suggestions,
            lang=lang,
        )

    def _suggestions(self, candidates: Iterable[Candidate], lang: str) -> tuple[str, ...]:
        out: list[str] = []
        for c in candidates:
            out.append(self.question_for(c.id, lang))
            if len(out) == MAX_SUGGESTIONS:
                break
        return tuple(out)

    def _suggestions_for_ids(self, ids: Iterable[str], lang: str) -> tuple[str, ...]:
        return tuple(self.question_for(i, lang) for i in list(ids)[:MAX_SUGGESTIONS])

    def question_for(self, fact_id: str, lang: str) -> str:
        """The fact's first phrasing in ``lang`` (to offer it as a suggestion), else its first."""
        return self._first_question.get((fact_id, lang)) or self.fact(fact_id).questions[0]

    def _foreign_place(self, question: str) -> str | None:
        """The first country or city in ``question`` that the article doesn't mention."""
        words = re.findall(r"[^\W_]+", fold(question))
        for size in (3, 2, 1):
            for i in range(len(words) - size + 1):
                phrase = " ".join(words[i : i + size])
                if phrase in self._foreign_places:
                    return phrase
        return None

    def names_in(
        self, text: str, *, people_only: bool = False, lang: str | None = None
    ) -> tuple[str, ...]:
        """The canonical names (aliases) ``text`` mentions, in order; only people if asked."""
        wanted = self._people if people_only else self._names
        tokens = self.analyze(text, lang=lang).tokens
        return tuple(dict.fromkeys(t for t in tokens if t in wanted))

    def fact(self, fact_id: str) -> Fact:
        """The fact with ``fact_id`` (KeyError when there is none)."""
        return self._facts[fact_id]


__all__ = ["Answer", "Candidate", "Citation", "Engine", "Match", "Outcome"]
