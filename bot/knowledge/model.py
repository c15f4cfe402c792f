"""The fact base as immutable data: what the loader produces and the engine reads.

Nothing here does I/O or knows about YAML; see :mod:`bot.knowledge.loader` for that.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.knowledge.article import Article
from bot.knowledge.pickling import loads_by_init

#: Languages the bot speaks. English is the article's language and the fallback.
LANGUAGES = ("en", "ru", "sr")

#: Longest ``requires``/``unless`` phrase of a gap, in words.
MAX_REQUIRES_WORDS = 4

#: The kinds of question a fact can answer (``answers_to:`` in YAML). A question's kind is
#: detected from its wording (:func:`bot.lang.normalize.question_kind`); ``what`` and ``yesno`` fit
#: every fact. ``year``, ``time``, ``duration``, ``distance`` and ``age`` are kinds of their
#: own because people ask them and the article answers them rarely or never (it gives no year
#: for the visit, no time of day, no length), so a fact that doesn't declare one can't answer it.
#: ``topic`` ("what did they talk about with Vucic", "о чём говорили") asks what was discussed:
#: a fact that answers ``what`` (or ``topic``) fits it, one that answers only who or where
#: ("Vucic is Serbia's President") does not.
QUESTION_KINDS = (
    "who",
    "when",
    "year",
    "time",
    "duration",
    "distance",
    "age",
    "where",
    "amount",
    "what",
    "why",
    "topic",
    "yesno",
)


@loads_by_init
@dataclass(frozen=True, slots=True)
class Citation:
    """A verbatim quote of the article and the paragraph (1-based) it stands in."""

    paragraph: int
    quote: str


@loads_by_init
@dataclass(frozen=True, slots=True)
class Location:
    """Where something was written: file and 1-based line, for editors' messages."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@loads_by_init
@dataclass(frozen=True, slots=True)
class Fact:
    """One answerable fact: the phrasings that ask for it, its answer and its evidence."""

    id: str
    topic: str
    questions: tuple[str, ...]
    answer: str
    citations: tuple[Citation, ...]
    related: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    answers_to: tuple[str, ...] = ()
    translations: Mapping[str, str] = field(default_factory=dict)
    where: Location = Location("<memory>", 0)
    #: For a quote or a statement: the person (an alias name of ``people``) whose words these
    #: are, so "what did Vucic say" is not answered with what someone else said to Vucic.
    speaker: str | None = None
    #: The items the answer enumerates ("military-technical", "culture", "sports"): a question
    #: whether it was only one of them ("only military agreements?") is answered with this
    #: fact, which names the others too, rather than with a fact about that one alone.
    lists: tuple[str, ...] = ()

    def answer_in(self, lang: str) -> str:
        """The answer in ``lang``, or in English when there is no translation."""
        return self.translations.get(lang) or self.answer


@loads_by_init
@dataclass(frozen=True, slots=True)
class Gap:
    """Something people ask that the article does not say, with an honest reply."""

    id: str
    questions: tuple[str, ...]
    reply: str
    #: Groups of words or phrases: the question must contain one of each group.
    requires: tuple[tuple[str, ...], ...] = ()
    unless: tuple[str, ...] = ()
    #: Kinds of question this gap settles by itself ("year": the article gives no year).
    answers_to: tuple[str, ...] = ()
    #: Groups of phrases that, one of each present, settle it by themselves ("which specific").
    settles: tuple[tuple[str, ...], ...] = ()
    #: The id of the fact that lists everything of the gap's kind ("signed-documents": every
    #: document signed), which puts right a claim the gap would decline ("did they sign a deal
    #: on education?"): it answers instead. None: the gap's reply declines claims too.
    corrects: str | None = None
    #: A claim of what the gap's ``settles`` settle ("Vucic accepted the invitation, right?")
    #: is declined with its reply, not answered by the fact left once the gap's words go (the
    #: invitation itself says nothing of a reply).
    declines_claims: bool = False
    citations: tuple[Citation, ...] = ()
    related: tuple[str, ...] = ()
    translations: Mapping[str, str] = field(default_factory=dict)
    where: Location = Location("<memory>", 0)

    def reply_in(self, lang: str) -> str:
        """The reply in ``lang``, or in English when there is no translation."""
        return self.translations.get(lang) or self.reply


@loads_by_init
@dataclass(frozen=True, slots=True)
class Check:
    """An editor's regression question: the fact that must answer it, or None to decline."""

    question: str
    expect: str | None
    where: Location = Location("<memory>", 0)


@loads_by_init
@dataclass(frozen=True, slots=True)
class Topic:
    """A topic for browsing, with its title per language."""

    id: str
    titles: Mapping[str, str]

    def title_in(self, lang: str) -> str:
        """The title in ``lang``, or in English."""
        return self.titles.get(lang) or self.titles.get("en") or self.id


#: The texts of the ``source`` section (source.yaml), each given once (English) or per language.
#: The first four are required; the rest are optional phrases the bot's own texts put in their
#: ``{placeholders}`` (see :mod:`bot.conversation.wording` for where each goes and its default).
SOURCE_TEXTS = (
    "title",
    "dateline",
    "date",
    "reported_by",
    "summary",
    "date_note",
    "about",
    "about_short",
    "description",
    "example",
)
#: Of :data:`SOURCE_TEXTS`, those every fact base must give.
REQUIRED_SOURCE_TEXTS = ("title", "dateline", "date", "reported_by")


@dataclass(frozen=True, slots=True)
class Source:
    """What the article is (title, dateline, date, reporting source, as it gives them) and how
    the bot names it: each text of :data:`SOURCE_TEXTS` per language.

    ``texts`` maps a text's name to its versions by language; English is always there for a
    text that is given at all, and stands in for a language without its own version.
    """

    texts: Mapping[str, Mapping[str, str]]

    def text_in(self, name: str, lang: str = "en") -> str:
        """The text ``name`` in ``lang``, else in English; "" when the fact base doesn't give it."""
        versions = self.texts.get(name, {})
        return versions.get(lang) or versions.get("en") or ""

    @property
    def title(self) -> str:
        """The article's title (English)."""
        return self.text_in("title")

    @property
    def dateline(self) -> str:
        """Where the article was filed (English)."""
        return self.text_in("dateline")

    @property
    def date(self) -> str:
        """The article's date as it gives it (English)."""
        return self.text_in("date")

    @property
    def reported_by(self) -> str:
        """Who reported it (English)."""
        return self.text_in("reported_by")

    @property
    def summary(self) -> str:
        """A one-paragraph summary (English), or ""."""
        return self.text_in("summary")


#: One description of an alias: groups of alternative phrases ("serbia"; "defence",
#: "military"), one of each to be in a question.
Description = tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class FactBase:
    """A validated fact base: source, article, vocabulary, facts, gaps and checks."""

    source: Source
    article: Article
    topics: tuple[Topic, ...]
    facts: tuple[Fact, ...]
    aliases: Mapping[str, tuple[str, ...]]
    synonyms: Mapping[str, tuple[str, ...]]
    gaps: tuple[Gap, ...] = ()
    checks: tuple[Check, ...] = ()
    popular: tuple[str, ...] = ()
    #: Words of the article's setting that every fact is implicitly about.
    context: tuple[str, ...] = ()
    #: The aliases that are people ("he" in a follow-up question means one of them).
    people: tuple[str, ...] = ()
    #: Words of the article that tell its languages apart where letters don't ("Србија" is
    #: Serbian, "Сербии" Russian), by language code (see :mod:`bot.lang.detect`).
    language_words: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: People and things described rather than named ("the serbian defence guy"): alias name
    #: -> its descriptions; a description is groups of phrases, and a question holding a
    #: phrase of every group, close together, names the alias (see docs/editing.md).
    descriptions: Mapping[str, tuple[Description, ...]] = field(default_factory=dict)

    def fact(self, fact_id: str) -> Fact:
        """The fact with ``fact_id`` (KeyError when there is none)."""
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)

    def coverage(self) -> tuple[int, int]:
        """(sentences cited by at least one fact, sentences in the article)."""
        return len(self.article.sentences) - len(self.uncited_sentences()), len(
            self.article.sentences
        )

    def uncited_sentences(self) -> list[str]:
        """The article's sentences that no fact cites."""
        cited: list[tuple[int, int]] = []
        text = self.article.text
        for fact in self.facts:
            for citation in fact.citations:
                start = text.find(citation.quote)
                cited.append((start, start + len(citation.quote)))
        return [
            self.article.excerpt(s)
            for s in self.article.sentences
            if not any(start < s.end and s.start < end for start, end in cited)
        ]
