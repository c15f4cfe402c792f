"""The index: a fact base turned into what the later stages look up.

:func:`build_index` reads each fact and gap (an :class:`Entry`) and each of their phrasings (a
:class:`Phrasing`, with its words and weight), and records which words the fact base uses at
all (on topic), which only its gaps use, the word forms of the facts themselves, postings from
word forms to phrasings and entries, and per-word weights (a :class:`~bot.engine.weights.Weigher`).
Built once per fact base; immutable; pickled with the engine (bot.engine.cache).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.engine.config import EngineConfig
from bot.engine.spelling import SpellingVocabulary
from bot.engine.vocab import FRAMING_WORDS
from bot.engine.weights import (
    Weigher,
    form_frequencies,
    inverse_document_frequency,
    listed_form,
    unasked_idf,
)
from bot.knowledge.model import LANGUAGES, Fact, FactBase, Gap
from bot.knowledge.pickling import loads_by_init
from bot.lang import LANGUAGES as LANGUAGE_RULES
from bot.lang import MONTH_WORDS
from bot.lang.normalize import (
    STOP_WORDS,
    Analysis,
    Normalizer,
    clean,
    fold,
    fold_word,
    periods_in,
    tokenize,
    word_form,
)
from bot.lang.words import WordFrequencies, cities_by_country, places, public_figures


def framing_forms() -> frozenset[str]:
    """The word forms of every language's framing words ("article", "статье", "članku"): as
    English reads each (the index's own forms) and as its own language's stemmer does, so
    "как указано в статье" frames a Russian question as "as the article says" does."""
    return frozenset(word_form(w, "en") for w in FRAMING_WORDS) | frozenset(
        word_form(w, code)
        for code, language in LANGUAGE_RULES.items()
        for w in language.framing_words
    )


#: Word-form sequences a question may hold (for a gap's ``requires``, ``unless``, ``settles``).
Sequences = frozenset[tuple[str, ...]]


@loads_by_init
@dataclass(frozen=True, slots=True)
class Entry:
    """A fact or a gap, as the index sees it."""

    id: str
    fact: Fact | None
    gap: Gap | None
    #: Every word form of its phrasings, keywords, answer and quotes.
    vocabulary: frozenset[str]
    answers_to: frozenset[str]
    #: For a gap: groups of word-form sequences; the question must contain one of each…
    requires: tuple[Sequences, ...] = ()
    #: …and none of these.
    unless: Sequences = frozenset()
    #: Groups of sequences that, one of each present, make the gap decisive by themselves.
    settles: tuple[Sequences, ...] = ()
    #: Language -> the ``requires`` sequences as that language's stemmer reads the phrases:
    #: English "prob" meets Russian "пробыл" only through the Russian stemmer.
    requires_in: Mapping[str, Sequences] = field(default_factory=dict)
    #: For a fact: the word forms of its answer and quotes alone (what it says, not how it is
    #: asked).
    evidence: frozenset[str] = frozenset()

    def admits(self, phrases: Sequences) -> bool:
        """Whether a question with these word sequences may match (a gap's ``requires`` and
        ``unless``)."""
        if self.unless and not self.unless.isdisjoint(phrases):
            return False
        return all(not group.isdisjoint(phrases) for group in self.requires)

    def settled_by(self, phrases: Sequences) -> bool:
        """Whether the question has one of each ``settles`` group."""
        return bool(self.settles) and all(not g.isdisjoint(phrases) for g in self.settles)


#: The group of :attr:`Entry.unless` in :attr:`Admission.groups_of` (``requires`` groups count
#: from 0).
UNLESS = -1


@dataclass(frozen=True, slots=True)
class Admission:
    """:meth:`Entry.admits` for every entry at once: which entries a question's word sequences
    keep out. Each of the question's few dozen sequences is looked up once, instead of every
    gap's ``requires`` and ``unless`` sets being intersected with all of them (most gaps,
    asked about nothing they require, are kept out by the first lookup that misses)."""

    #: Word sequence -> (entry position, group) of every ``requires`` group (0, 1…) and
    #: ``unless`` (:data:`UNLESS`) that holds it.
    groups_of: Mapping[tuple[str, ...], tuple[tuple[int, int], ...]]
    #: Entry position -> how many ``requires`` groups it has (entries with none left out):
    #: every one is kept out unless its groups are met.
    required: Mapping[int, int]

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> Admission:
        """The admission rules of these entries (positions as enumerated)."""
        groups_of: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
        required: dict[int, int] = {}
        for position, entry in enumerate(entries):
            for group, sequences in enumerate(entry.requires):
                for sequence in sequences:
                    groups_of[sequence].append((position, group))
            for sequence in entry.unless:
                groups_of[sequence].append((position, UNLESS))
            if entry.requires:
                required[position] = len(entry.requires)
        return cls({k: tuple(v) for k, v in groups_of.items()}, required)

    def refused(self, phrases: Sequences) -> frozenset[int]:
        """Positions of the entries that do not admit a question with these word sequences:
        one of its ``unless`` is there, or one of its ``requires`` groups is not."""
        hit: dict[int, set[int]] = defaultdict(set)
        groups_of = self.groups_of
        for phrase in phrases:
            for position, group in groups_of.get(phrase, ()):
                hit[position].add(group)
        required = self.required
        # An entry with its "unless" hit counts that as a group met, but is kept out anyway.
        met = {p for p, groups in hit.items() if len(groups) >= required.get(p, 0)}
        ruled_out = {p for p, groups in hit.items() if UNLESS in groups}
        return frozenset(required.keys() - met) | ruled_out


@loads_by_init
@dataclass(frozen=True, slots=True)
class Phrasing:
    """One question that asks for an entry, normalized."""

    #: Position of its entry in :attr:`Index.entries`.
    entry: int
    text: str
    #: Its word forms sorted and joined (for rapidfuzz).
    key: str
    tokens: frozenset[str]
    #: The sum of its words' discriminative weights.
    weight: float
    kind: str = "what"
    #: Whether the phrasing asks for a fact (not a gap).
    of_fact: bool = True
    #: Its setting word forms (``context:``), sorted: retrieval adds up a question's setting
    #: weight in these few, not in all of the question's setting words.
    setting: tuple[str, ...] = ()


@loads_by_init
@dataclass(frozen=True, slots=True)
class SettingGroup:
    """The phrasings of one entry and kind that have the same setting words, stood for by the
    lightest of them.

    For a question they share only setting words with, all of them share the same weight,
    and the lightest covers the most of itself: its match is the best of the group's. So
    retrieval looks at a group once instead of at each of its phrasings; the setting words
    are in most phrasings ("Nurtleu" in hundreds), the groups are a few hundred."""

    entry: int
    #: The setting word forms (``context:``) the phrasings have, in a fixed order.
    setting: tuple[str, ...]
    kind: str
    of_fact: bool
    #: Position of the lightest phrasing (the first of them, if two weigh the same).
    phrasing: int
    weight: float


def setting_groups(
    phrasings: tuple[Phrasing, ...],
) -> tuple[tuple[SettingGroup, ...], dict[str, list[int]]]:
    """The :class:`SettingGroup` of every phrasing with a setting word, and postings from each
    setting word form to the groups that have it."""
    lightest: dict[tuple[int, tuple[str, ...], str, bool], int] = {}
    for position, phrasing in enumerate(phrasings):
        setting = phrasing.setting
        if not setting:
            continue
        key = (phrasing.entry, setting, phrasing.kind, phrasing.of_fact)
        current = lightest.get(key)
        if current is None or phrasing.weight < phrasings[current].weight:
            lightest[key] = position
    groups = tuple(
        SettingGroup(entry, setting, kind, of_fact, p, phrasings[p].weight)
        for (entry, setting, kind, of_fact), p in lightest.items()
    )
    postings: dict[str, list[int]] = defaultdict(list)
    for position, group in enumerate(groups):
        for token in group.setting:
            postings[token].append(position)
    return groups, dict(postings)


@dataclass(frozen=True, slots=True)
class Index:
    """Everything the engine looks up about one fact base."""

    facts: Mapping[str, Fact]
    gaps: Mapping[str, Gap]
    entries: tuple[Entry, ...]
    phrasings: tuple[Phrasing, ...]
    #: Word form -> positions of the phrasings that have it.
    postings: Mapping[str, list[int]]
    #: Word form -> positions of the entries whose vocabulary has it.
    entry_postings: Mapping[str, list[int]]
    #: Entry position -> position of its first phrasing.
    first_phrasing: Mapping[int, int]
    #: (fact id, language) -> the fact's first phrasing in that language.
    first_question: Mapping[tuple[str, str], str]
    #: Canonical names (aliases), and those of people.
    names: frozenset[str]
    people: frozenset[str]
    #: Word forms of the article's setting (``context:``).
    context: frozenset[str]
    #: Word forms of any entry's vocabulary, and of the facts' only.
    known: frozenset[str]
    fact_known: frozenset[str]
    #: Folded words of the article, the facts, names and synonyms (not of the gaps only).
    on_topic_surfaces: frozenset[str]
    #: Word forms the article and the facts themselves use (synonyms not applied).
    fact_stems: frozenset[str]
    #: Word forms of :data:`~bot.engine.vocab.FRAMING_WORDS`.
    framing_forms: frozenset[str]
    #: Countries and cities (from the places list) and public figures that the fact base
    #: doesn't mention.
    foreign_places: frozenset[str]
    #: The one-word foreign places without their final vowels ("rusij", "hrvatsk"), at least
    #: ``place_stem_min_length`` letters, that begin no on-topic word: an inflected name
    #: ("Rusijom", "Hrvatskoj", "russians") is the place.
    foreign_place_stems: frozenset[str]
    #: Positions of the gaps that a kind of question or a phrase settles.
    settling_gaps: tuple[int, ...]
    weigher: Weigher
    spelling: SpellingVocabulary
    #: Names and setting words that are countries or cities of the places list ("serbia"):
    #: a phrasing about one place is not the answer to a question about another.
    places: frozenset[str] = frozenset()
    #: Phrasing text -> its position (the first, if two entries share one).
    phrasing_at: Mapping[str, int] = field(default_factory=dict)
    #: Fact id -> its entry's position.
    fact_at: Mapping[str, int] = field(default_factory=dict)
    #: The canonical words of the synonym groups (``synonyms:``): concepts the fact base names.
    concepts: frozenset[str] = frozenset()
    #: Fact id -> the periods its answer names (:func:`~bot.lang.normalize.periods_in`:
    #: "…$73.8 million last year" names "last_year"); facts naming none are left out.
    fact_periods: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Fact id -> the items its answer enumerates (``Fact.lists``), each as its words' tokens;
    #: facts listing nothing are left out.
    fact_lists: Mapping[str, tuple[frozenset[str], ...]] = field(default_factory=dict)
    #: The people whose words some fact reports (its ``speaker``).
    speakers: frozenset[str] = frozenset()
    #: The phrasings grouped by entry, kind and setting words (:class:`SettingGroup`)…
    setting_groups: tuple[SettingGroup, ...] = ()
    #: …and setting word form -> positions of the groups that have it.
    setting_group_postings: Mapping[str, list[int]] = field(default_factory=dict)
    #: The two-word foreign places by their first three letters ("nov" -> "novi sad"), to find
    #: them inflected.
    foreign_place_pairs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: Word forms a fact puts right after a figure ("million" in "$73.8 million", any of its
    #: languages): a question's own figure before one is a claim about that quantity.
    units: frozenset[str] = frozenset()
    #: The public figures among :attr:`foreign_places` (a guess at who, in a who question).
    foreign_figures: frozenset[str] = frozenset()
    #: Cities of the countries the fact base names, not among :attr:`foreign_places` (folded:
    #: "almaty"): no other place of their own, but one a claim may put the events in ("was
    #: Vucic invited to Almaty?"), which where they were puts right.
    home_cities: frozenset[str] = frozenset()
    #: Which entries a question's word sequences keep out (every entry's ``requires`` and
    #: ``unless``).
    admission: Admission = Admission({}, {})

    def question_for(self, fact_id: str, lang: str) -> str:
        """The fact's first phrasing in ``lang`` (to offer it as a suggestion), else its first."""
        return self.first_question.get((fact_id, lang)) or self.facts[fact_id].questions[0]


@dataclass(frozen=True, slots=True)
class _Source:
    """A fact or gap before indexing: the texts that ask for it, and the texts it holds."""

    id: str
    fact: Fact | None
    gap: Gap | None
    questions: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    #: The answer (in every language) and the quotes.
    content: tuple[str, ...] = ()


def _sources(base: FactBase) -> list[_Source]:
    facts = [
        _Source(
            f.id,
            f,
            None,
            f.questions,
            f.keywords,
            # The answer in every language: "всестороннее" is the Russian answer's word.
            (f.answer, *f.translations.values(), *(c.quote for c in f.citations)),
        )
        for f in base.facts
    ]
    return facts + [_Source(g.id, None, g, g.questions) for g in base.gaps]


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of a fact base's texts, before the entries are analysed."""

    surface_forms: dict[str, str]
    by_language: dict[str, frozenset[str]]
    on_topic: frozenset[str]
    fact_stems: frozenset[str]
    #: How many times each folded word occurs in the fact base's texts.
    counts: dict[str, int]


def _words(base: FactBase, sources: list[_Source], normalizer: Normalizer) -> _Words:
    """Which folded words the fact base uses, in which language; which are on topic."""
    # Spellings of names and synonyms are corrected towards in any language.
    neutral_texts = [
        text
        for vocabulary in (base.aliases, base.synonyms)
        for canonical, spellings in vocabulary.items()
        for text in (canonical.replace("_", " "), *spellings)
    ]
    neutral = {fold_word(t) for text in neutral_texts for t in tokenize(clean(text))}
    fact_texts = [base.article.text] + [
        text
        for s in sources
        if s.fact is not None
        for text in (*s.questions, *s.keywords, *s.content)
    ]
    gap_texts = [q for s in sources if s.gap is not None for q in s.questions]
    # Words of the article and the facts are on topic; words only in gaps ("gas", "worth")
    # are not, they are what the article does not talk about.
    surface_forms: dict[str, str] = {}
    counts: dict[str, int] = {}
    on_topic: set[str] = set()
    by_language: dict[str, set[str]] = {lang: set(neutral) for lang in LANGUAGES}
    on_topic_texts = [base.article.text, *neutral_texts, *fact_texts[1:]]
    for texts, target in ((on_topic_texts, on_topic), (gap_texts, None)):
        for text in texts:
            cleaned = clean(text)
            lang = normalizer.detect_language(cleaned)
            for tok in tokenize(cleaned):
                folded = fold_word(tok)
                if folded not in STOP_WORDS and not tok[0].isdigit():
                    surface_forms.setdefault(folded, word_form(tok, lang))
                    counts[folded] = counts.get(folded, 0) + 1
                    by_language[lang].add(folded)
                    if target is not None:
                        target.add(folded)
    # The words that describe a person ("who rules Kazakhstan", "the serbian boss") name
    # someone the article is about: on topic, though no fact uses them (nor are they spelling
    # targets: "boss" is no word to correct towards).
    on_topic.update(
        folded
        for described in base.descriptions.values()
        for description in described
        for group in description
        for phrase in group
        for folded in map(fold_word, tokenize(clean(phrase)))
        if folded not in STOP_WORDS
    )
    # The word forms the article and the facts themselves use (synonyms not applied):
    # "weapons" is not among them, although its synonym "military" is.
    fact_stems = frozenset(
        word_form(tok, lang)
        for text in fact_texts
        for lang in (normalizer.detect_language(clean(text)),)
        for tok in tokenize(clean(text))
    )
    return _Words(
        surface_forms,
        {lang: frozenset(words) for lang, words in by_language.items()},
        frozenset(on_topic),
        fact_stems,
        counts,
    )


@dataclass(frozen=True, slots=True)
class _Analysed:
    """One source's phrasings analysed, and the word forms it asks for and holds."""

    phrasings: tuple[Analysis, ...]
    #: Word forms of its phrasings and keywords (what it is asked by)…
    asked: frozenset[str]
    #: …and of its answer and quotes (what it says).
    evidence: frozenset[str]

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word form it is asked by or says."""
        return self.asked | self.evidence


def _analyse(source: _Source, normalizer: Normalizer) -> _Analysed:
    phrasings = tuple(normalizer.analyze(q) for q in source.questions)
    asked: set[str] = set()
    for a in [*phrasings, *(normalizer.analyze(k) for k in source.keywords)]:
        asked.update(a.tokens)
    evidence: set[str] = set()
    for text in source.content:
        evidence.update(normalizer.analyze(text).tokens)
        # Each word read alone too: a phrase read as one word ("trade turnover" is turnover)
        # still says each of its words ("trade").
        for word in set(text.split()):
            evidence.update(normalizer.analyze(word).tokens)
    return _Analysed(phrasings, frozenset(asked), frozenset(evidence))


def _sequence_groups(
    groups: tuple[tuple[str, ...], ...], normalizer: Normalizer, names: frozenset[str]
) -> tuple[Sequences, ...]:
    """Each group of phrases as the word-form sequences a question may hold."""
    return tuple(
        frozenset(seq for phrase in group for seq in normalizer.forms_of(phrase, names))
        for group in groups
    )


def _requires_in(
    gap: Gap | None, normalizer: Normalizer, names: frozenset[str]
) -> dict[str, Sequences]:
    """Per language, the sequences of a gap's ``requires`` phrases as that language's stemmer
    reads them, and as written (folded): a word typed as the gap lists it, or corrected into
    it, is the word whatever the question's language."""
    if gap is None:
        return {}
    written = {
        tuple(fold_word(t) for t in tokenize(clean(phrase)))
        for group in gap.requires
        for phrase in group
    }
    return {
        lang: frozenset(
            written.union(
                *(normalizer.forms_of(p, names, (lang,)) for group in gap.requires for p in group)
            )
        )
        for lang in LANGUAGES
    }


def _entry(
    source: _Source, analysed: _Analysed, normalizer: Normalizer, names: frozenset[str]
) -> Entry:
    item = source.fact or source.gap
    gap = source.gap
    return Entry(
        source.id,
        source.fact,
        gap,
        analysed.vocabulary,
        frozenset(item.answers_to) if item is not None else frozenset(),
        _sequence_groups(gap.requires if gap else (), normalizer, names),
        frozenset(
            seq
            for phrase in (gap.unless if gap else ())
            for seq in normalizer.forms_of(phrase, names)
        ),
        _sequence_groups(gap.settles if gap else (), normalizer, names),
        _requires_in(gap, normalizer, names),
        analysed.evidence,
    )


@dataclass(frozen=True, slots=True)
class _PhrasingTable:
    """Every phrasing with words, the postings to them, and each entry's first phrasing."""

    phrasings: tuple[Phrasing, ...]
    postings: dict[str, list[int]]
    first: dict[int, int]


def _phrasings(
    sources: list[_Source], analysed: list[_Analysed], weigher: Weigher, context: frozenset[str]
) -> _PhrasingTable:
    phrasings: list[Phrasing] = []
    postings: dict[str, list[int]] = defaultdict(list)
    first: dict[int, int] = {}
    for index, (source, entry) in enumerate(zip(sources, analysed, strict=True)):
        first[index] = len(phrasings)
        for question, analysis in zip(source.questions, entry.phrasings, strict=True):
            tokens = frozenset(analysis.tokens)
            if not tokens:
                continue
            weight = sum(
                weigher.discriminative(t, s, analysis.lang)
                for t, s in dict(zip(analysis.tokens, analysis.surfaces, strict=True)).items()
            )
            phrasings.append(
                Phrasing(
                    index,
                    question,
                    " ".join(sorted(tokens)),
                    tokens,
                    weight,
                    analysis.kind,
                    of_fact=source.fact is not None,
                    setting=tuple(sorted(tokens & context)),
                )
            )
            for token in tokens:
                postings[token].append(len(phrasings) - 1)
    return _PhrasingTable(tuple(phrasings), dict(postings), first)


def known_places(base: FactBase, normalizer: Normalizer) -> frozenset[str]:
    """The word forms of the setting words and names that are places of the places list
    ("Serbia" -> "serbia", "Hungary" -> its stem): what the fact base's places are called."""
    listed = places()
    out: set[str] = set()
    for word in base.context:
        if fold(word) in listed:
            out.update(normalizer.analyze(word).tokens)
    for name, aliases in base.aliases.items():
        if any(fold(alias) in listed for alias in (name, *aliases)):
            out.add(name)
    return frozenset(out)


def home_cities(
    countries: frozenset[str],
    foreign: frozenset[str],
    on_topic: frozenset[str],
    normalizer: Normalizer,
) -> frozenset[str]:
    """The cities of ``countries`` (the fact base's places, as :func:`known_places` reads
    them: word forms, a stem for "Hungary") that are neither ``foreign`` nor words of the fact
    base (see :attr:`Index.home_cities`); each country of the list is read the same way."""
    return frozenset(
        city
        for country, cities in cities_by_country().items()
        if not countries.isdisjoint(normalizer.analyze(country).tokens)
        for city in cities
        if city not in foreign and not all(w in on_topic for w in city.split())
    )


#: Endings of a country's name after the stem its people are named from ("Horvat-ija",
#: "Hrvat-ska"), folded.
_PEOPLE_ENDINGS = ("ija", "ska")


def place_stems(names: Iterable[str], on_topic: Iterable[str], min_length: int) -> frozenset[str]:
    """The one-word ``names`` without final vowels, at least ``min_length`` long, that begin
    no ``on_topic`` word (see :attr:`Index.foreign_place_stems`). A name ending in "-ija"
    loses "ja" too: Russian inflects "Rossija" to "Rossiej", "Rossii" (and "Francija" to
    "Franciej"), where "j" is an ending's, not the stem's."""
    one_word = [n for n in names if " " not in n]
    stems = {n.rstrip("aeiouy") for n in one_word}
    stems |= {n[:-2] for n in one_word if n.endswith("ija")}
    # Its people too, named from the stem before the country's ending: Russian "Horvatija"
    # and Serbian "Hrvatska" name "horvatam", "Hrvata" (the Croats).
    stems |= {
        n[: -len(ending)] for n in one_word for ending in _PEOPLE_ENDINGS if n.endswith(ending)
    }
    stems = {s for s in stems if len(s) >= min_length}
    taken = {s for w in on_topic for s in (w[:k] for k in range(min_length, len(w) + 1))}
    return frozenset(stems - taken)


def place_pairs(foreign: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """The two-word places of ``foreign`` by their first three letters."""
    pairs: dict[str, list[str]] = defaultdict(list)
    for place in sorted(foreign):
        words = place.split()
        if len(words) == 2 and min(map(len, words)) >= 3:
            pairs[place[:3]].append(place)
    return {k: tuple(v) for k, v in pairs.items()}


def units_of(base: FactBase, normalizer: Normalizer) -> frozenset[str]:
    """The quantities the facts' answers (in every language) and quotes put right after a
    figure: "million" of "$73.8 million", "73,8 млн", "73,8 miliona"."""
    units: set[str] = set()
    for fact in base.facts:
        texts = [fact.answer, *fact.translations.values(), *(c.quote for c in fact.citations)]
        for text in texts:
            forms = normalizer.analyze(text).forms
            units.update(after for form, after in itertools.pairwise(forms) if form[:1].isdigit())
    # A quantity's word the fact base names (a synonym group: "million"), not a month: "on
    # 15 November" is a day, which a claim about gets no figure to correct.
    return frozenset(u for u in units if u in base.synonyms and u not in MONTH_WORDS)


def build_index(
    base: FactBase,
    normalizer: Normalizer,
    frequencies: Mapping[str, WordFrequencies],
    config: EngineConfig,
) -> Index:
    """Index ``base`` (``normalizer`` has its aliases and synonyms; ``frequencies`` weigh each
    language's words, English under "en")."""
    names = frozenset(base.aliases)
    sources = _sources(base)
    words = _words(base, sources, normalizer)
    analysed = [_analyse(s, normalizer) for s in sources]
    vocabularies = [a.vocabulary for a in analysed]
    facts = len(base.facts)
    entry_postings: dict[str, list[int]] = defaultdict(list)
    for position, vocabulary in enumerate(vocabularies):
        for token in vocabulary:
            entry_postings[token].append(position)
    # How many entries ask for a word (in phrasings and keywords) decides how well the word
    # tells entries apart; answers and quotes mention incidental words and don't count.
    idf = inverse_document_frequency((a.asked for a in analysed), len(sources))
    # Russian and Serbian inflect: the lists lack many everyday words' forms (see
    # Weigher.unknown_general). The Russian list is folded to Latin; its stemmer reads Cyrillic.
    form_zipf = form_frequencies(
        frequencies,
        listed_form,
        [lang for lang in ("ru", "sr") if lang in frequencies],
    )
    weigher = Weigher(config, names, frequencies, idf, unasked_idf(len(sources)), form_zipf)
    entries = tuple(_entry(s, a, normalizer, names) for s, a in zip(sources, analysed, strict=True))
    context = frozenset(t for word in base.context for t in normalizer.analyze(word).tokens)
    table = _phrasings(sources, analysed, weigher, context)
    known = frozenset().union(*vocabularies)
    first_question: dict[tuple[str, str], str] = {}
    for fact in base.facts:
        for question in fact.questions:
            first_question.setdefault(
                (fact.id, normalizer.detect_language(clean(question))), question
            )
    groups, group_postings = setting_groups(table.phrasings)
    # Other countries and cities: a question about one is not about this article. The
    # places the fact base itself knows (Serbia, Belgrade…) are not among them.
    # So are public figures the fact base doesn't name ("what did Putin think of it").
    listed = places() | public_figures()
    foreign = frozenset(p for p in listed if not all(w in words.on_topic for w in p.split()))
    own_places = known_places(base, normalizer)
    return Index(
        facts={fact.id: fact for fact in base.facts},
        gaps={gap.id: gap for gap in base.gaps},
        entries=entries,
        phrasings=table.phrasings,
        postings=table.postings,
        entry_postings=dict(entry_postings),
        first_phrasing=table.first,
        first_question=first_question,
        names=names,
        people=frozenset(base.people),
        context=context,
        known=known,
        fact_known=frozenset().union(*vocabularies[:facts]),
        on_topic_surfaces=words.on_topic,
        fact_stems=words.fact_stems,
        framing_forms=framing_forms(),
        foreign_places=foreign,
        foreign_figures=foreign & public_figures(),
        admission=Admission.of(entries),
        foreign_place_stems=place_stems(listed, words.on_topic, config.place_stem_min_length),
        settling_gaps=tuple(
            i for i, e in enumerate(entries) if e.gap is not None and (e.settles or e.answers_to)
        ),
        weigher=weigher,
        spelling=SpellingVocabulary(
            words.surface_forms,
            words.by_language,
            known,
            counts=words.counts,
            names=frozenset(
                fold_word(t)
                for spellings in base.aliases.values()
                for text in spellings
                if len(tokens := tokenize(clean(text))) == 1
                for t in tokens
            ),
        ),
        places=own_places,
        phrasing_at={p.text: i for i, p in reversed(list(enumerate(table.phrasings)))},
        fact_at={e.id: i for i, e in enumerate(entries) if e.fact is not None},
        concepts=frozenset(base.synonyms),
        speakers=frozenset(f.speaker for f in base.facts if f.speaker is not None),
        fact_periods={
            fact.id: periods
            for fact in base.facts
            if (periods := periods_in(" ".join((fact.answer, *fact.translations.values()))))
        },
        fact_lists={
            fact.id: tuple(frozenset(normalizer.analyze(item).tokens) for item in fact.lists)
            for fact in base.facts
            if fact.lists
        },
        setting_groups=groups,
        setting_group_postings=group_postings,
        units=units_of(base, normalizer),
        foreign_place_pairs=place_pairs(foreign),
        home_cities=home_cities(own_places, foreign, words.on_topic, normalizer),
    )
