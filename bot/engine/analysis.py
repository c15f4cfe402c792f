"""Analysis: a question's words, spelling-corrected, weighed and sorted into known and unknown.

:meth:`Analyser.analyze` normalizes a question (:mod:`bot.lang.normalize`) with spelling
correction against the fact base; :meth:`Analyser.weigh` turns that into an
:class:`AnalysedQuestion`: each word's weight, how much of the question the fact base knows at
all (on-topic coverage), the words it doesn't, and the telling signs of a question about
something else (a foreign place, names only).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass

from bot.engine.config import DEFAULT_CONFIG, EngineConfig
from bot.engine.index import Index
from bot.engine.spelling import Speller
from bot.lang import (
    ALSO_WORDS,
    ASKER_PEOPLE_WORDS,
    FROM_WORDS,
    HEARSAY_WORDS,
    IDENTITY_WORDS,
    LANGUAGES,
    MAGNITUDE_WORDS,
    MEETING_NOUNS,
    MEETING_STEMS,
    MENTION_STEMS,
    MONTH_PARTS,
    MONTH_WORDS,
    NAMING_POINTERS,
    NAMING_VERBS,
    NEXT_WORDS,
    OR_WORDS,
    ORIGIN_WORDS,
    PARTY_PREPOSITIONS,
    PERSON_NOUNS,
    PLACE_PREPOSITIONS,
    PLACE_VERBS,
    QUESTION_WORDS,
    RESIDENCE_WORDS,
    patterns,
)
from bot.lang.clauses import (
    CLAIM_TAG,
    INDEFINITE_PARTICLES,
    TOPIC_PREPOSITIONS,
    opens_yes_no,
    relates,
)
from bot.lang.keyboard import slips
from bot.lang.normalize import (
    MAX_GUESS_WORDS,
    STOP_WORDS,
    Analysis,
    Corrector,
    Normalizer,
    fold,
    preambles_in,
    without_choices,
    without_preambles,
    word_form,
)
from bot.lang.now import TODAY_WORDS
from bot.lang.patterns import WORD
from bot.lang.words import frequencies


@functools.lru_cache(maxsize=4096)
def _slipped_place(word: str, places: frozenset[str], on_topic: frozenset[str]) -> str | None:
    """The one-word place of ``places`` that ``word`` is one keyboard slip of ("zagrbe" is
    "zagreb"), when ``word`` is no word of any language's list (a real word is itself) nor one
    slip of a word the fact base uses ("partis" is "parties" as much as "paris": the
    article's word is the likelier)."""
    place = None
    for candidate, _ in slips(word):
        if candidate in on_topic:
            return None
        if place is None and candidate in places and " " not in candidate:
            place = candidate
    if place is None or any(word in frequencies(lang) for lang in LANGUAGES):
        return None
    return place


def bound_question(question: str, limit: int = DEFAULT_CONFIG.max_question_chars) -> str:
    """``question`` cut to ``limit`` characters, at the last space when one is in the last
    quarter (``EngineConfig.max_question_chars``)."""
    if len(question) <= limit:
        return question
    head = question[:limit]
    cut = max(head.rfind(" "), head.rfind("\n"))
    return head[:cut] if cut >= limit * 3 // 4 else head


@dataclass(frozen=True, slots=True)
class AnalysedQuestion:
    """A question's words with their weights, ready for retrieval and scoring."""

    analysis: Analysis
    #: The weighted share of the question's words that the fact base knows at all (0-1).
    on_topic: float
    #: The words (as typed, folded) the facts never use.
    unknown: tuple[str, ...]
    #: Word form -> discriminative weight, for the words the fact base knows (question order).
    weights: Mapping[str, float]
    #: The weight of the whole question: known words, plus unknown ones at their share.
    total: float
    #: The known words that are the article's setting (``context:``), with their weights.
    setting: Mapping[str, float]
    #: Every known word is a name, and the question has unknown words as well: it asks
    #: something else about a name ("the weather in Astana", "Vucic's party").
    only_names_known: bool = False
    #: A country or city the article doesn't mention ("trade with Russia").
    foreign_place: str | None = None
    #: Word forms only the story of a message holds, not its asking sentences
    #: (:func:`bot.lang.clauses.focus`): no gap's subject ("…my uncle said at dinner. what
    #: did they sign?" asks nothing about a dinner).
    story: frozenset[str] = frozenset()
    #: A yes/no question claims the article's events took place in ``foreign_place``
    #: (:func:`wrong_place_claim`): the fact that says where answers it.
    place_claimed: bool = False
    #: …joined by "and" to one of the article's own places ("kazakhstan and croatia signed…",
    #: "'Astana and Moscow have every reason to be proud'"): it takes the other's part in the
    #: events, which the fact naming that other puts right, rather than where they were.
    place_paired: bool = False
    #: A claim makes ``foreign_place``, a public figure the article doesn't mention, a party to
    #: its events ("was the invitation from Putin?", "Нуртлеу с Путиным встречался?",
    #: :func:`wrong_party_claim`): the fact that says who answers it.
    figure_claimed: bool = False
    #: A place the article names (its word form) that a yes/no question claims the events
    #: took place in ("was the meeting in Astana?"): a fact about that place is answered
    #: together with where the events took place (:func:`bot.engine.decision.decide`).
    known_place_claimed: str | None = None
    #: A month the fact base never names that a claim puts the events in ("the visit was in
    #: October, right?", :func:`wrong_month_claim`): not an unknown subject, but a date to
    #: put right (:func:`bot.engine.decision.when_instead`).
    month_claimed: str | None = None

    @property
    def setting_total(self) -> float:
        """The weight of the setting words."""
        return sum(self.setting.values())


def known_numbers(index: Index) -> tuple[float, ...]:
    """The figures the facts mention ("29", "73.8"), read once per engine."""
    out: list[float] = []
    for token in index.fact_known:
        if token[:1].isdigit():
            try:
                out.append(float(token))
            except ValueError:
                continue
    return tuple(out)


#: The largest whole number typed as a count of something the facts name: "the 2 countries",
#: "2 министра", "3 sporazuma" count ("the two countries"); they ask about those things, not
#: about an unknown number. A number above it ("1500 tourists") is a figure of its own.
MAX_COUNT = 12


def is_count(form: str, after: str, known: frozenset[str]) -> bool:
    """Whether ``form`` counts the known thing after it (:data:`MAX_COUNT`): "2" in "what did
    the 2 countries sign", not "1500" in "1500 tourists" nor "2" in "2 hours"."""
    return form.isascii() and form.isdigit() and 0 < int(form) <= MAX_COUNT and after in known


#: A day of a month as typed beside it: "5", "5th", "21st".
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def _date_words(analysis: Analysis) -> list[str]:
    """The question's folded words, a day put beside its month ("the 5th of december" ->
    "the 5th december")."""
    words = _folded_words(analysis)
    return [
        w
        for i, w in enumerate(words)
        if not (
            w == "of"
            and 0 < i < len(words) - 1
            and _is_day(words[i - 1])
            and words[i + 1] in MONTH_WORDS
        )
    ]


def _is_day(word: str) -> bool:
    """Whether a folded word is a number or a day's ordinal ("5", "2024", "5th")."""
    return word.isdigit() or _DAY.fullmatch(word) is not None


def claimed_figures(analysis: Analysis, index: Index) -> tuple[set[str], set[str]]:
    """The word forms and folded words of a question's figures that claim what a fact gives,
    not unknown numbers, which the fact puts right:

    - a figure before a quantity the facts put after one ("100 million", "100 лямов":
      :attr:`Index.units`), or after it, as Russian rounds ("лямов 100");
    - a figure with another order of magnitude, and that word ("7 млрд", "2 billion":
      ``magnitude_words``), when the facts measure some quantity;
    - a day beside a month ("Dec 5", "5. decembra"), which dates a claim;
    - a small count of a thing the facts name ("the 2 countries": :data:`MAX_COUNT`).
    """
    forms = analysis.forms
    claimed_forms: set[str] = set()
    for form, after in itertools.pairwise(forms):
        if _is_year(form):
            # "товарооборот в 2020, миллионов 20?": a year before a unit is when, not how
            # much (the comma between them is gone from the word forms).
            continue
        if after in index.units or is_count(form, after, index.fact_known):
            claimed_forms.add(form)
        elif form in index.units and after[:1].isdigit():
            claimed_forms.add(after)
    claimed_words: set[str] = set()
    for word, after in itertools.pairwise(_date_words(analysis)):
        if (_is_day(word) and after in MONTH_WORDS) or (word in MONTH_WORDS and _is_day(after)):
            # "december 5th": the day as typed, and its number, is the claimed word.
            day = word if _is_day(word) else after
            claimed_words |= {day, day.rstrip("stndrh")}
        elif index.units and after in MAGNITUDE_WORDS and word[:1].isdigit() and not _is_year(word):
            claimed_words |= {word, after}
    return claimed_forms, claimed_words


#: The years a four-digit number may be ("in 2020"), not a figure.
YEARS = range(1900, 2100)


def _is_year(form: str) -> bool:
    """Whether a word form is a four-digit number that may be a year ("2020")."""
    return len(form) == 4 and form.isdigit() and int(form) in YEARS


def near_a_known_number(number: str, known: tuple[float, ...], share: float) -> bool:
    """Whether ``number`` is one of the ``known`` figures misremembered (``near_number_share``):
    within that share of one, or its whole part ("73" for "73.8"), or its tens, as people
    round a figure they half remember ("like 70 something million" for 73.8), or one off a
    day ("30" for "29"), or typed a keystroke wrong (:func:`_slipped_digits`)."""
    try:
        value = float(number)
    except ValueError:  # a digit of another script ("⓶3") is no figure
        return False
    return any(
        abs(value - k) <= max(share * k, 1.0)
        or value == int(k)
        or value == _tens(k)
        or _slipped_digits(number, str(int(k)))
        or _slipped_digits(number, f"{k:g}")
        for k in known
    )


def _slipped_digits(typed: str, figure: str) -> bool:
    """Whether ``typed`` is a figure of two or more digits (or its whole part) with one
    keystroke wrong: two neighbouring digits swapped ("37.8" or "37" for 73.8) or one digit
    its neighbour on the number row ("19" for the 29th). Two slips, or a digit far away ("23"
    for 29), make another number."""
    if len(typed) != len(figure) or len(figure) < 2 or typed == figure:
        return False
    wrong = [i for i, (a, b) in enumerate(zip(typed, figure, strict=True)) if a != b]
    if any("." in typed[i] + figure[i] for i in wrong):
        return False
    if len(wrong) == 1:
        return abs(int(typed[wrong[0]]) - int(figure[wrong[0]])) == 1
    first, second = wrong[0], wrong[-1]
    return (
        len(wrong) == 2
        and second == first + 1
        and typed[first] == figure[second]
        and typed[second] == figure[first]
    )


def _tens(figure: float) -> float | None:
    """The tens a figure of two or three digits rounds down to (73.8 -> 70); None for other
    figures: people don't round a year or a larger count to its tens."""
    return float(int(figure) // 10 * 10) if 10 <= figure < 1000 else None


def inflectable(word: str, least: int = 3) -> str:
    """A name's word without the last letter an inflection may change ("novi" -> "nov" of
    "novom", "zagreb" -> "zagre" of "zagrebu", "petrova" of "po Petrovoj"), keeping at least
    ``least`` letters."""
    return word[: max(least, len(word) - 1)]


#: Words joining two places into the parties of the events ("Kazakhstan and Croatia"), folded.
_AND_WORDS = frozenset({"and", "i"})


#: How far after "or" a where-question's guessed place may come: "or somewhere like Novi Sad"
#: (three words), "ili možda u Novom Sadu" (three).
OR_GUESS_WORDS = 3


def wrong_place_claim(
    analysis: Analysis, place: str, known_places: frozenset[str] = frozenset()
) -> bool:
    """Whether a yes/no question claims the article's events took place in ``place``, one it
    doesn't mention ("was the visit in Zagreb?", "my uncle says they met in Novi Sad, is that
    right?"): the fact that says where answers it, as for any wrong premise. A statement
    asked without a question word is a yes/no question too ("визит был в Загребе?"): Russian
    and Serbian ask so. A who-question placing the events there takes the place for granted
    ("who did Nurtleu meet in Zagreb?"): the answer saying who, and where, puts it right. A
    place joined by "and" to one of the article's places, as typed (``known_places``, folded:
    "kazakhstan and croatia signed…"), is claimed as a party to the events; not one after
    "and" alone ("je posetio i Novi Sad?" is "also Novi Sad")."""
    words = _folded_words(analysis)
    # A where-question guessing the place ("в каком городе был визит, в Загребе?") too…
    if analysis.kind not in ("where", "who") and not claims(analysis, words):
        return False
    if analysis.kind == "where" and _guessed(analysis.cleaned, place):
        # …in a part of its own ("which city was the visit in, was it novi sad?").
        return True
    language = LANGUAGES.get(analysis.lang)
    if language is not None and any(len(w) > 1 and w in language.also_words for w in words):
        # "…also went to croatia on the same trip, true?" adds a place to Belgrade: where the
        # article's events were doesn't say where else he went. (One-letter "и"/"i" is
        # mostly "and": "был в Загребе и встретился с Вучичем?" puts the events there.)
        return False
    first = inflectable(place.split()[0])
    # The words as read, a misspelt verb put right ("nurtleu visted zagreb"): a place right
    # after a verb of visiting.
    read = [fold(s) for s in analysis.surfaces]
    # Not one added ("…posetio i Novi Sad?") nor where someone came from ("…visited, flying
    # in from Moscow"), as typed.
    added = any(
        w.startswith(first) and j and (words[j - 1] in ALSO_WORDS or _origin(words, j))
        for j, w in enumerate(words)
    )
    if not added and any(
        s.startswith(first) and i > 0 and read[i - 1] in PLACE_VERBS for i, s in enumerate(read)
    ):
        return True
    return any(
        w.startswith(first)
        and i > 0
        and not _origin(words, i)
        and (
            # "kazakhstan and croatia signed the memos, right?": the place paired with one of
            # the article's takes the other's part in the events.
            _paired(words, i, known_places)
            or words[i - 1] in PLACE_PREPOSITIONS
            or words[i - 1] in PLACE_VERBS
            # The other of two places asked between ("was it belgrade or novi sad?").
            or words[i - 1] in OR_WORDS
            # A where-question's guess a few words after "or" ("…in the capital or
            # somewhere like Novi Sad?").
            or (
                analysis.kind == "where"
                and any(w in OR_WORDS for w in words[max(0, i - OR_GUESS_WORDS) : i])
            )
            # A region with its adjective ("u centralnoj Evropi", "в Центральной Европе").
            or (i > 1 and words[i - 2] in PLACE_PREPOSITIONS and words[i - 1] not in STOP_WORDS)
        )
        for i, w in enumerate(words)
    )


def _origin(words: Sequence[str], i: int) -> bool:
    """Whether the folded word at ``i`` is where someone came from ("flew in *from* Moscow",
    "прилетел из Москвы": ``Language.origin_words`` at most ``ORIGIN_WORDS_BEFORE`` words
    before "from"): that says nothing of where the events were."""
    return words[i - 1] in FROM_WORDS and any(
        w in ORIGIN_WORDS for w in words[max(0, i - 1 - ORIGIN_WORDS_BEFORE) : i - 1]
    )


#: How many words before "from" a verb of coming may be ("flew from": right before it,
#: "flew in from", "came over from": two).
ORIGIN_WORDS_BEFORE = 2


def _paired(words: Sequence[str], i: int, known: frozenset[str]) -> bool:
    """Whether the i-th of the folded words is joined by "and" to one of ``known`` ("kazakhstan
    and croatia", "croatia and kazakhstan")."""
    before = i > 1 and words[i - 1] in _AND_WORDS and words[i - 2] in known
    after = i + 2 < len(words) and words[i + 1] in _AND_WORDS and words[i + 2] in known
    return before or after


def paired_place(analysis: Analysis, place: str, known_places: frozenset[str]) -> bool:
    """Whether ``place`` is joined by "and" to one of ``known_places`` in the question (folded
    words, as typed: :func:`_paired`)."""
    words = _folded_words(analysis)
    first = inflectable(place.split()[0])
    return any(w.startswith(first) and _paired(words, i, known_places) for i, w in enumerate(words))


def wrong_party_claim(analysis: Analysis, figure: str) -> bool:
    """Whether a claim makes ``figure`` (a public figure the article doesn't mention, as typed)
    a party to its events: after a word for one ("was the invitation from Putin?", "приглашение
    от Путина?", "poziv od Putina?") or as the one who did it ("did Nazarbayev
    invite Vucic?", "пригласил Назарбаев?", "was it nazarbaev"): who it was puts it right. Not
    a question about the figure ("what did Putin say?"), nor a claim adding them to those
    there ("did he also meet Brnabic?", "da li je bila i Brnabić") or making them one met
    ("did Nurtleu meet Putin?", "sastao se sa Putinom?": ``Language.meeting_stems``): the
    article's list of whom he met doesn't say who else was present. Nor a claim that they were talked of ("was
    Putin mentioned?", "говорили о Путине?", "pominjali su Putina?"): what was said of
    someone the article never names it doesn't tell."""
    claimed = _claimed_positions(analysis, figure)
    if claimed is None:
        return False
    words, positions = claimed
    if any(w.startswith(MENTION_STEMS) for w in words):
        return False
    if _named_as(words, positions):
        return True
    if _put_at_a_meeting(words, positions):
        return False
    if any(i > 0 and words[i - 1] in TOPIC_PREPOSITIONS for i in positions):
        return False
    if any(i > 0 and words[i - 1] in PARTY_PREPOSITIONS for i in positions):
        return True
    return bool(positions)


def wrong_nationality_claim(analysis: Analysis, place: str) -> bool:
    """Whether a claim describes one of those taking part by a country the article doesn't
    mention ("nurtleu met the *croatian president* yeah?", "čuo sam da je *ruski ministar*
    bio kod Vučića, jel to istina"): the place right before a word for a person
    (``Language.person_nouns``). Who it was puts it right; not a claim adding them to those
    there ("did he also meet the croatian president?"). A cleft asking who ("was it the
    ukrainian foreign minister who visited belgrade") claims it too."""
    claimed = _claimed_positions(analysis, place, clefts=True)
    if claimed is None or not claimed[1]:
        return False
    first = inflectable(place.split()[0])
    # The words as read (spelling put right, small words dropped): "croatian presdent".
    surfaces = [fold(s) for s in analysis.surfaces]

    def names_a_person(j: int) -> bool:
        # "croatian *president*", "uzbekistan's *foreign minister*", "*glava mid* uzbekistana"
        return 0 <= j < len(surfaces) and not PERSON_NOUNS.isdisjoint(surfaces[j].split())

    return any(
        surface.startswith(first) and (names_a_person(i + 1) or names_a_person(i - 1))
        for i, surface in enumerate(surfaces)
    )


def _claimed_positions(
    analysis: Analysis, name: str, *, clefts: bool = False
) -> tuple[list[str], list[int]] | None:
    """The question's folded words and where ``name`` (a figure or place, as typed, maybe
    inflected) stands among them, when the question claims something and doesn't add ``name``
    to those there (:func:`_adds_a_party`); else None. With ``clefts``, a who-question opening
    as a yes/no one ("was it X who…") claims X."""
    words = _folded_words(analysis)
    cleft = clefts and analysis.kind == "who" and _opens_a_cleft(analysis.cleaned)
    if not (cleft or claims(analysis, words)):
        return None
    first = inflectable(name.split()[0])
    positions = [i for i, w in enumerate(words) if w.startswith(first)]
    return None if _adds_a_party(words, positions) else (words, positions)


def _opens_a_cleft(text: str) -> bool:
    """Whether ``text`` opens as a cleft, a yes/no question pointing at someone with "it" or
    "that" and a copula ("was it…", "is that…", "это был…": ``Language.naming_verbs``,
    ``naming_pointers``) — not "do you know who…" or "can you tell me who…", which ask who."""
    opening = [fold(w) for w in WORD.findall(text)[:2]]
    return len(opening) == 2 and opens_yes_no(text) and _names_who(opening)


def _names_who(pair: Sequence[str]) -> bool:
    """Whether two words are a pointer and a copula, in either order, saying who someone is
    ("was that", "это был", "to je"): ``Language.naming_pointers``, ``naming_verbs``."""
    return not NAMING_POINTERS.isdisjoint(pair) and not NAMING_VERBS.isdisjoint(pair)


def _adds_a_party(words: Sequence[str], positions: Sequence[int]) -> bool:
    """Whether the folded words add the figure at ``positions`` to those there ("did he also
    meet Brnabic?", "da li je bila i Brnabić"): a word for "also" anywhere, or a one-letter one
    ("i", "и", mostly "and") right before the figure — "Lavrov je bio u Beogradu i sreo se sa
    Vučićem" joins two things Lavrov did."""
    return any(len(w) > 1 and w in ALSO_WORDS for w in words) or any(
        i > 0 and words[i - 1] in ALSO_WORDS for i in positions
    )


def _named_as(words: Sequence[str], positions: Sequence[int]) -> bool:
    """Whether the figure at one of ``positions`` is named as who someone was ("the defence
    minister he met - *was that* Gasic?"): a claim making the figure the one the question
    describes, whatever was met before it."""
    return any(i >= 2 and _names_who(words[i - 2 : i]) for i in positions)


def _put_at_a_meeting(words: Sequence[str], positions: Sequence[int]) -> bool:
    """Whether the folded words make the figure at ``positions`` one met or present at a
    meeting (``Language.meeting_stems``, ``meeting_nouns``): after a verb of meeting ("did
    Nurtleu meet Putin?", "sastao se sa Putinom?") or with a meeting noun ("was Brnabic at any
    of the meetings", "brnabic meeting?"). The article's list of whom he met doesn't say who
    else was there; "did Putin meet Nurtleu?" makes the figure the one who met, put right."""
    for i, word in enumerate(words):
        if word.startswith(MEETING_STEMS) and (
            word.startswith(MEETING_NOUNS) or any(p > i for p in positions)
        ):
            return True
    return False


def _spans(words: list[str], sizes: Sequence[int]) -> Iterator[tuple[int, int, str]]:
    """(start, size, phrase) of every run of ``sizes`` words, longest sizes first: a place of
    several words is found before one of its words."""
    for size in sizes:
        for i in range(len(words) - size + 1):
            yield i, size, " ".join(words[i : i + size])


def _asker_place(words: list[str], position: int) -> bool:
    """Whether the place starting at ``position`` of the folded ``words`` is where someone of
    the asker's life is from or lives: after a place preposition that follows such a person
    or a verb of living ("drugar iz Novog Sada kaže…", "друг из Нови-Сада", "my uncle lives
    in Almaty"). It is the story's; the question is elsewhere."""
    if position < 2 or words[position - 1] not in PLACE_PREPOSITIONS:
        return False
    before = words[position - 2]
    return before in RESIDENCE_WORDS or _is_asker_person(before)


def _is_asker_person(word: str) -> bool:
    """Whether a folded word is a person of the asker's life, maybe inflected ("drugar",
    "drugom", "uncle")."""
    return word in ASKER_PEOPLE_WORDS or any(
        len(person) >= 4 and word.startswith(person) for person in ASKER_PEOPLE_WORDS
    )


#: Words before a guess at who ("…or Nazarbayev?", "ili Putin?", "или Назарбаев?").
_GUESS_OR = frozenset({"or", "ili", "или"})
#: A guess asked after the question, in its own part: "…? Назарбаев?", "…, was it Putin?".
_GUESS_PART = patterns.compile(r"[?,–—-][^?,–—-]*$")


def _guessed(question: str, figure: str) -> bool:
    """Whether ``figure`` (folded, as typed) is a guess at who in a who-question: after its
    question mark or in a last part of its own ("кто пригласил Вучича? Назарбаев?", "who
    invited him, Putin?"), after "or" ("…Tokayev or Nazarbayev?") or in a sentence before
    the question. Not the one a question is about: "kako se zove ministar s kojim se sastao
    Gašić" asks about someone the article never names."""
    folded = fold(question)
    at = folded.find(figure)
    if at < 0:
        return False
    words = WORD.findall(folded[:at])
    if words and words[-1] in _GUESS_OR:
        return True
    part = _GUESS_PART.search(folded[:at])
    if part is not None and len(WORD.findall(part.group(0))) <= MAX_GUESS_WORDS:
        return True
    # Named in a sentence before the question ("разве глава МИД не Тлеуберди? кто
    # приезжал?"): the story's guess, which the answer to the question puts right.
    return re.search(r"[?!.]\s*[^\W_]", folded[at:]) is not None


def _is_figure(word: str, figures: frozenset[str]) -> bool:
    """Whether a word as typed (folded, maybe inflected: "putina", or one slip off:
    "nazarbaev") is one of ``figures``."""
    return (
        word in figures
        or any(len(f) >= 4 and " " not in f and word.startswith(inflectable(f)) for f in figures)
        or any(candidate in figures for candidate, _ in slips(word))
    )


@functools.lru_cache(maxsize=1024)
def _tagged_words(folded: str) -> frozenset[str]:
    """The words of the claim tags in a folded question ("who's right", "кто прав"; remembered:
    several stages ask whether the same question claims)."""
    return frozenset(w for tag in CLAIM_TAG.findall(folded) for w in WORD.findall(tag))


def claims(analysis: Analysis, words: list[str] | None = None) -> bool:
    """Whether the question states something to check: a yes/no question, or a statement
    asked without a question word ("визит был в Загребе?"). ``words``: its folded words, if
    already found."""
    if words is None:
        words = _folded_words(analysis)
    # A question word right after a reporting verb is a conjunction: "Иван говорит, что визит
    # был в октябре, это так?" states what Ivan says; one in a claim tag ("who's right",
    # "кто прав") asks whether the statement is right; one after "that's" relates ("…, that's
    # what they signed, yeah?").
    tagged = _tagged_words(fold(analysis.cleaned))
    # "…или я путаю что-то?": a Russian question word made indefinite asks nothing.
    indefinite = analysis.lang == "ru"
    asking = (
        w
        for i, w in enumerate(words)
        if not (i and words[i - 1] in HEARSAY_WORDS)
        and w not in tagged
        and not relates(words, i)
        and not (indefinite and i + 1 < len(words) and words[i + 1] in INDEFINITE_PARTICLES)
    )
    return analysis.kind == "yesno" or (
        analysis.kind == "what" and QUESTION_WORDS.isdisjoint(asking)
    )


#: The most words a guess after a question's comma has ("what did they sign, *an oil deal*?").
GUESS_MAX_WORDS = 4


def guesses_the_answer(analysis: Analysis) -> bool:
    """Whether a question ends with a guess at its answer after a comma, asked with its mark
    and no question word of its own, of at most ``GUESS_MAX_WORDS`` words: "koje sporazume
    su potpisali, o energetici?" guesses energy — a claim, which what the article says puts
    right."""
    text = fold(analysis.cleaned).rstrip()
    if not text.endswith("?") or "," not in text:
        return False
    head, _, tail = text.rpartition(",")
    guess = WORD.findall(tail)
    return (
        0 < len(guess) <= GUESS_MAX_WORDS
        and QUESTION_WORDS.isdisjoint(guess)
        and not QUESTION_WORDS.isdisjoint(WORD.findall(head))
    )


def puts_forward(analysis: Analysis) -> bool:
    """Whether the message puts a statement forward to be checked: no wh-question (a
    "what" kind, as a statement gets; "слышал, что…" is one too) tagged as hearsay or asking
    to confirm ("they signed a gas deal right?", "čuo sam da su…", "это правда?"). A yes/no
    question ("did they sign a gas deal?") asks; it does not claim."""
    return analysis.kind == "what" and CLAIM_TAG.search(fold(analysis.cleaned)) is not None


#: Words for a union (folded: "unije", "союза"): a place's adjective before one names an
#: organisation ("Evropske unije"), not the place.
_UNION_WORDS = ("union", "unij", "sojuz")


def _names_a_union(words: list[str], after: int) -> bool:
    """Whether the word at ``after`` is a union's: "Evropske *unije*", "European *Union*" name
    an organisation, no place of its own."""
    return after < len(words) and words[after].startswith(_UNION_WORDS)


def _said_only_as_a_name(place: str, question: str, cleaned: str) -> bool:
    """Whether ``place``, typed as such in ``question``, is gone from its ``cleaned`` text:
    its words were read as one of the article's names ("tokyo ev" -> "tokayev")."""

    def has(text: str) -> bool:
        return f" {place} " in " " + " ".join(WORD.findall(fold(text))) + " "

    return has(question) and not has(cleaned)


def _in_capitals(word: str, question: str) -> bool:
    """Whether the folded ``word`` is typed in capitals in ``question`` ("SAD", the USA, "do US
    citizens need a visa"), among words that are not: a shouted "TELL US WHO CAME" says "us"."""
    words = WORD.findall(question)
    return any(fold(w) == word for w in words if w.isupper()) and not all(
        w.isupper() for w in words if w.isalpha()
    )


def _folded_words(analysis: Analysis) -> list[str]:
    return WORD.findall(fold(analysis.cleaned))


def read_words(analysis: Analysis) -> list[str]:
    """The question's folded words as its small words are read ("wat do u think" is "what do
    you think"), as typed: before spelling correction, which may read "vic" as "Vucic"."""
    return WORD.findall(fold(analysis.read or analysis.cleaned))


#: How many words may stand between a demonstrative and its person noun ("этого *сербского*
#: министра", "that *serbian* minister").
DEMONSTRATIVE_REACH = 2


def points_at_someone(analysis: Analysis) -> bool:
    """Whether the question points at a person just mentioned with a demonstrative and a person
    noun ("how is that minister called", "Как зовут этого сербского министра?", "kako se zove
    taj ministar"): ``Language.demonstratives`` within ``DEMONSTRATIVE_REACH`` words before one
    of ``Language.person_nouns``."""
    language = LANGUAGES.get(analysis.lang)
    if language is None or not language.demonstratives:
        return False
    words = read_words(analysis)
    return any(
        word in language.demonstratives
        and not language.person_nouns.isdisjoint(words[i + 1 : i + 2 + DEMONSTRATIVE_REACH])
        for i, word in enumerate(words)
    )


def wrong_month_claim(analysis: Analysis, known: Callable[[str], bool]) -> str | None:
    """The month (folded, as typed) a claim puts the events in after a preposition, a part of
    a month or beside a day ("was the visit in october right?", "визит был в октябре?", "bilo
    je u oktobru jel", "početkom decembra", "the talks were on Dec 5") when the fact
    base names some month but not that one (``known``: whether it uses a folded word)."""
    if not claims(analysis):
        return None
    words = _date_words(analysis)
    if not TODAY_WORDS.isdisjoint(words) and all(
        s in MONTH_WORDS or _is_day(s) for s in analysis.surfaces
    ):
        # "today is december 1st, right?": a date claimed for the asker's day, nothing else
        # named, asks about now.
        return None
    months = [w for w in words if w in MONTH_WORDS]
    if not months or any(known(w) for w in months):
        return None
    wrong = next(
        (
            w
            for i, w in enumerate(words)
            if w in months
            and (
                (i and (words[i - 1] in PLACE_PREPOSITIONS or words[i - 1] in MONTH_PARTS))
                # Or beside a day: "on 5 december", "Dec 5", "5. decembra", "december 5th".
                or (i and _is_day(words[i - 1]))
                or (i + 1 < len(words) and _is_day(words[i + 1]))
            )
        ),
        None,
    )
    # A month is put right only by a date the fact base gives.
    return wrong if wrong is not None and any(known(m) for m in MONTH_WORDS) else None


#: A name claimed for someone, every language's (``Language.name_claims``), each pattern's
#: ``claimed`` group numbered (one regular expression can't repeat a group's name).
_NAME_CLAIM = patterns.compile(
    "|".join(
        f"(?:{p})".replace("(?P<claimed>", f"(?P<claimed{i}>")
        for i, p in enumerate(p for language in LANGUAGES.values() for p in language.name_claims)
    )
)


def claimed_name(analysis: Analysis, people: frozenset[str]) -> str | None:
    """The word (folded, as typed) a question claims as the name of one of the fact base's
    ``people`` it asks about ("is dacic's first name ivan", "serbian president's first name:
    is it aleksander?"): what the answer puts right, no unknown subject of the question."""
    if people.isdisjoint(analysis.tokens):
        return None
    found = _NAME_CLAIM.search(fold(analysis.cleaned))
    if found is None:
        return None
    return next((v for v in found.groupdict().values() if v is not None), None)


def known_place_claim(analysis: Analysis, places: frozenset[str]) -> str | None:
    """The name the article gives a place (of ``places``: its names that are no person) that a
    yes/no question puts its events in, after a place preposition: "встреча с Вучичем была в
    Астане?" -> "astana"."""
    if places.isdisjoint(analysis.tokens):
        return None  # most questions: no regular expression run
    words = _folded_words(analysis)
    if not claims(analysis, words):
        return None
    for token, surface in zip(analysis.tokens, analysis.surfaces, strict=True):
        if token not in places:
            continue
        for i, word in enumerate(words):
            if i and word == surface and words[i - 1] in PLACE_PREPOSITIONS:
                return token
    return None


class Analyser:
    """Analyses questions against one index; remembers the last few analyses."""

    def __init__(self, normalizer: Normalizer, speller: Speller, index: Index) -> None:
        self.normalizer = normalizer
        self.speller = speller
        self.index = index
        self.config: EngineConfig = speller.config
        # The same question is analysed several times per message (answer, follow-up test,
        # names for the conversation): remember the last few.
        self._analyses: dict[tuple[str, str | None], Analysis] = {}
        self._numbers = known_numbers(index)

    def __getstate__(self) -> dict[str, object]:
        # The per-process cache of analysed questions stays out of the engine cache file.
        return {"normalizer": self.normalizer, "speller": self.speller, "index": self.index}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.normalizer = state["normalizer"]  # type: ignore[assignment]
        self.speller = state["speller"]  # type: ignore[assignment]
        self.index = state["index"]  # type: ignore[assignment]
        self.config = self.speller.config
        self._analyses = {}
        self._numbers = known_numbers(self.index)

    def analyze(self, question: str, *, lang: str | None = None) -> Analysis:
        """Normalize ``question`` (its first ``max_question_chars``) with spelling correction
        against the fact base (at most ``max_corrections_per_question`` new look-ups)."""
        key = (question, lang)
        try:  # one lookup, not `in` then `[]`: safe if another thread clears the cache
            return self._analyses[key]
        except KeyError:
            pass
        correct = self.speller.corrector()
        analysis = self.normalizer.analyze(
            bound_question(question, self.config.max_question_chars),
            lang=lang,
            correct=correct,
            content_slip=functools.partial(self._content_slip, correct),
            known=self._is_known,
            misspelt=functools.partial(self._misspelt, correct),
        )
        if len(self._analyses) >= self.config.max_cached_analyses:
            self._analyses.clear()
        self._analyses[key] = analysis
        return analysis

    def _is_known(self, folded: str, lang: str) -> bool:
        """Whether the folded word is one the fact base uses (itself, or as a synonym's form)."""
        return bool(folded) and self._known_form(word_form(folded, lang))

    def _known_form(self, form: str) -> bool:
        """Whether a word form is one the fact base uses, or a synonym's form of one ("sastao"
        is meet)."""
        known = self.index.known
        return form in known or self.normalizer.canonical(form) in known

    def _misspelt(self, correct: Corrector, folded: str, lang: str) -> bool:
        """Whether the speller reads ``folded`` as another word ("toursim" is "tourism")."""
        return correct(folded, word_form(folded, lang), lang) is not None

    def _content_slip(self, correct: Corrector, folded: str, lang: str, small_word: str) -> bool:
        """Whether ``folded``, which reads as the small word ``small_word``, is rather a slip of
        a longer content word the fact base uses: "agre" is "agree" (a letter dropped from a
        long word), not "are"; "sasto" is "sastao" (met), not "zašto"; "ehat" stays "what",
        not "eat"."""
        found = correct(folded, word_form(folded, lang), lang)
        return (
            found is not None
            # A synonym's form counts as the concept it spells ("sastao" is meet).
            and self._known_form(found[1])
            and found[0] not in STOP_WORDS
            and len(found[0]) > len(small_word)
        )

    def weigh(
        self, question: str, analysis: Analysis, *, asked_unknown: frozenset[str] | None = None
    ) -> AnalysedQuestion:
        """The weights and coverage of ``analysis`` (of ``question``, as typed).

        ``asked_unknown``, for a message whose asking sentences are known
        (:func:`bot.lang.clauses.focus`), holds the unknown words of those sentences: other
        words the fact base never uses are the story's ("I saw it on Khabar yesterday"), and
        neither dilute the match nor make the message off topic."""
        index, config = self.index, self.config
        weigher = index.weigher
        pairs = dict(zip(analysis.tokens, analysis.surfaces, strict=True))
        place = self.foreign_place(question)
        guessed = (
            place is not None
            and analysis.kind == "who"
            and _is_figure(place, index.foreign_figures)
            and _guessed(question, place)
        )
        if guessed:
            # "Кто пригласил Вучича? Назарбаев?": a guess at who, which the answer puts right
            # (not "kako se zove ministar s kojim se sastao Gašić": he is whom it is about).
            place = None
        if (
            place is None
            and not guessed
            and analysis.read
            and fold(analysis.read) != fold(question)
        ):
            # Russian typed in Latin letters is read in Cyrillic: "pro rossiyu" is "про Россию".
            place = self.foreign_place(analysis.read)
        if (
            place is None
            and index.home_cities
            # Only a where-question or a claim may claim a place (:func:`wrong_place_claim`);
            # not "есть тут кто из Алматы?": who is from there asks nothing of the events.
            and (analysis.kind == "where" or (analysis.kind != "who" and claims(analysis)))
        ):
            home = self.home_city(question)
            if home is not None and wrong_place_claim(analysis, home):
                # "was Vucic invited to Almaty?": a city of the article's own country, no other
                # place of its own, claimed as where the events were: where they were puts it
                # right, as for a foreign place.
                place = home
        if (
            place is not None
            and analysis.lang == "en"
            and _said_only_as_a_name(place, question, analysis.cleaned)
        ):
            # Words a name was dictated as ("tokyo ev" is Tokayev): read as the name, they
            # name no other place.
            place = None
        if place is not None:
            stem = without_choices(analysis.cleaned)
            if stem != analysis.cleaned and inflectable(place.split()[0]) not in fold(stem):
                # Named only among a quiz's lettered choices ("…meet: a) the president b) the
                # mayor of novi sad"): the answer says which is right; no subject of the
                # question.
                place = None
        if (
            place is not None
            and inflectable(place.split()[0]) in fold(preambles_in(analysis.cleaned))
            and self.foreign_place(without_preambles(analysis.cleaned)) is None
        ):
            # Named only in a way of asking ("…ili meša sa Turskom?"): no subject of it.
            place = None
        # The article's places as typed ("kazahstan", "srbija"), looked up only with a foreign
        # place to pair them with: one joined to them is a party.
        known_places = (
            frozenset(
                word
                for t, surface in pairs.items()
                # Its cities too: "'Astana and Moscow have every reason to be proud', right?"
                if t in index.places or (t in index.names and t not in index.people)
                for word in WORD.findall(fold(surface))
            )
            if place is not None
            else frozenset()
        )
        if (
            place is not None
            and asked_unknown is not None
            and not asked_unknown
            and not wrong_place_claim(analysis, place, known_places)
        ):
            # A place only the story names ("We run a firm in Novi Sad. … Anything about
            # that?") is the story's, when the asking part asks about nothing the fact base
            # doesn't know ("…going to Germany. How do I get a Schengen visa?" still does) and
            # the message doesn't claim the events took place there ("Goran says they met in
            # Zagreb, is that right?").
            place = None
        claimed = place is not None and wrong_place_claim(analysis, place, known_places)
        figure = (
            place is not None
            and not claimed
            and (
                (_is_figure(place, index.foreign_figures) and wrong_party_claim(analysis, place))
                or wrong_nationality_claim(analysis, place)
            )
        )
        if place is not None and (claimed or figure):  # (place: for the type checker)
            # The place a claim gets wrong, or the public figure it wrongly makes a party, is
            # what the answer corrects (where, who), not an unknown subject, however inflected
            # ("u Novom Sadu", "с Путиным").
            stems = tuple(inflectable(word) for word in place.split())
            # A misspelt place the speller put right ("moscwo" read "moscow") goes too.
            pairs = {
                t: s
                for t, s in pairs.items()
                if not s.startswith(stems)
                and s not in index.foreign_places
                # "…ездил в Загреб, это в Хорватии вроде?": where the claimed place lies is
                # part of the claim, however inflected.
                and not (claimed and " " not in s and self.foreign_place(s) == s)
            }
        name = claimed_name(analysis, index.people)
        if name is not None:
            # A name claimed for someone ("is dacic's first name ivan") is what the answer,
            # which names them, puts right.
            pairs = {t: s for t, s in pairs.items() if s != name or t in index.fact_known}
        month = wrong_month_claim(analysis, self._on_topic)
        if month is not None:
            # Like a wrong place, a wrong month is what the answer corrects ("early" with it).
            pairs = {t: s for t, s in pairs.items() if s != month and s not in MONTH_PARTS}
        if asked_unknown is not None:
            pairs = {
                t: s
                for t, s in pairs.items()
                if t in index.fact_known or s in asked_unknown or self._on_topic(s)
            }
        general = {t: weigher.general(t, s, analysis.lang) for t, s in pairs.items()}
        # A word the fact base uses anywhere (also inside a phrase, like "foreign" in "foreign
        # minister") is on topic even when it is no fact's token on its own.
        claimed_forms, claimed_words = claimed_figures(analysis, index)
        unknown = [
            t
            for t in pairs
            if t not in index.fact_known
            and not self._on_topic(pairs[t])
            and t not in claimed_forms
            and pairs[t] not in claimed_words
            # "как его фамилия": a word asking who someone is asks, it is no unknown subject.
            and pairs[t] not in IDENTITY_WORDS
            and not (
                t.isascii()
                and t.replace(".", "", 1).isdigit()
                and near_a_known_number(t, self._numbers, config.near_number_share)
            )
        ]
        # An unknown everyday word the frequency list lacks in this inflection weighs as its
        # listed forms do ("vadimo" as "vadi"), not as a rare word.
        for t in unknown:
            general[t] = weigher.unknown_general(t, pairs[t], analysis.lang)
        total_general = sum(general.values())
        unknown_weight = sum(general[t] for t in unknown)
        weights = {
            t: weigher.discriminative(t, pairs[t], analysis.lang) for t in pairs if t in index.known
        }
        if unknown:
            # "kad su sledeci izbori u srbiji": "next" of something the fact base never names
            # (the elections) is no word of the article's own "next year".
            following = {t for t, s in pairs.items() if s in NEXT_WORDS}
            if following and all(t in following or t in index.context for t in weights):
                weights = {t: w for t, w in weights.items() if t not in following}
        # Framing words ("according to", "mentioned") don't count as another subject.
        only_names = (
            bool(weights)
            and unknown_weight > config.weight_min * len(unknown)
            and all(t in index.names for t in weights)
        )
        return AnalysedQuestion(
            analysis=analysis,
            on_topic=1 - unknown_weight / total_general if total_general else 0.0,
            unknown=tuple(pairs[t] for t in unknown),
            weights=weights,
            total=sum(weights.values()) + config.unknown_weight_share * unknown_weight,
            setting={t: w for t, w in weights.items() if t in index.context},
            only_names_known=only_names,
            foreign_place=place,
            place_claimed=claimed,
            place_paired=place is not None
            and claimed
            and paired_place(analysis, place, known_places),
            figure_claimed=figure,
            known_place_claimed=known_place_claim(analysis, index.names - index.people),
            month_claimed=month,
        )

    def _on_topic(self, surface: str) -> bool:
        """Whether the fact base uses every word of a surface (also inside a phrase)."""
        return all(w in self.index.on_topic_surfaces for w in surface.split())

    def home_city(self, question: str) -> str | None:
        """The first of :attr:`~bot.engine.index.Index.home_cities` that ``question`` names as
        typed, not where someone of the asker's life is from (:func:`_asker_place`: "my uncle
        in Almaty says…")."""
        words: list[str] = WORD.findall(fold(question))
        for i, _size, phrase in _spans(words, (2, 1)):
            if phrase in self.index.home_cities and not _asker_place(words, i):
                return phrase
        return None

    def foreign_place(self, question: str) -> str | None:
        """The first country or city in ``question`` that the article doesn't mention, but
        not where someone of the asker's life is from or lives (:func:`_asker_place`). A
        one-word place that is also a small word counts only typed in capitals: Serbian "SAD"
        is the USA, "sad" (now) is not."""
        words: list[str] = WORD.findall(fold(question))
        for i, size, phrase in _spans(words, (3, 2, 1)):
            if (
                phrase in self.index.foreign_places
                and (size > 1 or phrase not in STOP_WORDS or _in_capitals(phrase, question))
                and not _asker_place(words, i)
                and not _names_a_union(words, i + size)
            ):
                return phrase
        # A place of two words, both inflected ("u Novom Sadu", "в Нижнем Новгороде").
        for i, (first, second) in enumerate(itertools.pairwise(words)):
            for place in self.index.foreign_place_pairs.get(first[:3], ()):
                one, two = place.split()
                if (
                    first.startswith(inflectable(one))
                    and second.startswith(inflectable(two))
                    and not _asker_place(words, i)
                ):
                    return place
        stems = self.index.foreign_place_stems
        most = self.config.place_ending_max_length
        for i, word in enumerate(words):
            if _names_a_union(words, i + 1):
                continue
            for cut in range(len(word) - 1, max(len(word) - most, 0) - 1, -1):
                if word[:cut] in stems and not _asker_place(words, i):
                    return word
        for i, word in enumerate(words):
            if len(word) < self.config.place_slip_min_length or _asker_place(words, i):
                continue
            # As typed, as an inflected place is: a claim finds it where the asker put it.
            # (The fact base's own words first: they are no place, and checked fast.)
            if not self._on_topic(word) and _slipped_place(
                word, self.index.foreign_places, self.index.on_topic_surfaces
            ):
                return word
        return None
