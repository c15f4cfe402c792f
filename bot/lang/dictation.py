"""Dictated messages: a long message typed or spoken without a sentence mark, told apart into
sentences so that the question inside it can be found as in a written one.

"so yeah im listening to a podcast and they called nurt lay you a minister but what exactly is
his job title my dad says hes also something like a vice premier" has no full stop and no
question mark: read whole, the story's words drown the question. :func:`punctuate` ends a
sentence before a word that opens the asker's story ("i", "my", "because", "я", "мой", "jer":
``Language.aside_openers``, ``my_words``, ``dictated_openers``) and before a question word that
does not continue the clause before it (not after "know", "and", another question word…, nor
relating: :func:`_relative`), and marks a sentence that asks (:func:`_asks`) with "?", every
other with ".":

    "so yeah. im listening to a podcast and they called nurt lay you a minister but. what
    exactly is his job title like is he just foreign minister or does he have some other
    position too? my dad says hes also something like a vice premier."

:mod:`bot.lang.clauses` then finds the asking sentence and the story around it.
"""

from __future__ import annotations

import functools
import itertools
import re

from bot.lang import LANGUAGES
from bot.lang.clauses import INDEFINITE_PARTICLES, TOPIC_PREPOSITIONS
from bot.lang.language import Language
from bot.lang.translit import fold_word

#: The fewest words a message without a sentence mark must have to be read as dictated: "what
#: did nurtleu and vucic talk about in belgrade on the day" (11) is one question, "okay so
#: quick one while im walking to the bus the serbian president that the kazakh guy met whats
#: his first name" (21) is a story around one.
DICTATED_MIN_WORDS = 14

#: The most letters of a word before a question word that goes with it into the question
#: ("с кем", "o čemu", "in which"): a preposition, not the end of the clause before.
PREPOSITION_MAX_LETTERS = 2

#: How many words into a sentence, past its leads and short words (at most
#: ``PREPOSITION_MAX_LETTERS`` letters), a question word or a yes/no opener still makes it ask
#: ("ovaj znači *jel* su potpisali…": fillers before it).
ASKING_WITHIN_WORDS = 3

#: The most words of a story's sentence after which "who" relates to the person it names
#: ("my neighbor who was in the army…", "my teenage son who thinks…").
RELATIVE_AFTER_MAX_WORDS = 3

#: The fewest words of the asker's story before a question may open inside its sentence
#: ("ja vozim kamion… pa jel se pominjalo": many; "ja pa me zanima" is no story yet).
STORY_BEFORE_QUESTION_WORDS = 3

#: The fewest words of a statement put forward when nothing in a dictated message asks in
#: words ("казахский министр же в загреб летал": a claim; "ну короче" is none).
CLAIM_MIN_WORDS = 3

#: A mark that ends a sentence or a clause anywhere but at the message's end: such a message
#: is written, its sentences told apart by their marks.
_INNER_MARK = re.compile(r"[.!?;:,\n]")
_NOT_WORD = re.compile(r"[^\w]+")


def _folded(word: str) -> str:
    """A word as the language data lists it: folded, apostrophes and marks dropped ("i'm" ->
    "im")."""
    return _NOT_WORD.sub("", fold_word(word.lower()))


def _opens_story(language: Language, form: str) -> bool:
    """Whether a word opens a sentence of the asker's story ("i", "my", "because", "я")."""
    return (
        form in language.aside_openers
        or form in language.my_words
        or form in language.dictated_openers
    )


@functools.cache
def _prepositions(lang: str) -> frozenset[str]:
    """The language's prepositions of place, party, purpose and topic ("for", "with", "of",
    "за", "о")."""
    language = LANGUAGES[lang]
    return (
        language.place_prepositions
        | language.party_prepositions
        | language.purpose_words
        | TOPIC_PREPOSITIONS
        | {"of"}
    )


def _story_opens_at(language: Language, folded: list[str], opened: int, i: int) -> bool:
    """Whether the asker's story opens a sentence at ``i`` (:func:`_opens_story`), the
    sentence before opened at ``opened``. Not a possessive or another opener after a
    preposition ("…a timeline for *our* board", "…with my boss") — "i" and "because" open one
    wherever they stand, and so does any after a question's last word ("what fields were those
    for *my* husband thinks…")."""
    form = folded[i]
    if form in language.aside_openers:
        return True
    return _opens_story(language, form) and (
        folded[i - 1] not in _prepositions(language.code) or _asks(language, folded[opened:i])
    )


def _reports(language: Language, folded: list[str], i: int) -> bool:
    """Whether "he" or "she" at ``i`` reports what someone says or thinks ("…she thinks
    october", "…он говорит"): a sentence of the story. Not after a question word or a yes/no
    opener: "what does she think…" asks."""
    before = folded[i - 1] if i else ""
    return (
        folded[i] in language.subject_pronouns
        and before not in language.question_words
        and before not in language.yes_no_openers
        and i + 1 < len(folded)
        and (folded[i + 1] in language.hearsay_words or folded[i + 1] in language.thinking_words)
    )


@functools.cache
def _opener_ends(lang: str) -> frozenset[str]:
    """The last words of the language's asking openers ("…pa me *interesuje*")."""
    return frozenset(opener.rsplit(" ", 1)[-1] for opener in LANGUAGES[lang].asking_openers)


@functools.cache
def _inner_openers(lang: str) -> tuple[tuple[str, ...], ...]:
    """The folded words of what opens a question inside a story's sentence: asking openers
    ("i want to know", "pa me zanima", "хочу узнать") and inner yes/no openers ("jel", "da
    li": ``Language.inner_yes_no_openers``)."""
    language = LANGUAGES[lang]
    return tuple(
        tuple(phrase.split())
        for phrase in (*language.asking_openers, *sorted(language.inner_yes_no_openers))
    )


def _continues(language: Language, form: str) -> bool:
    """Whether a question word after this word continues its clause ("i want to know what…",
    "who and where", "did…", "говорит что…"): no sentence starts there."""
    return (
        form in language.question_words
        or form in language.knowing_words
        or form in language.or_words
        or form in language.yes_no_openers
        or form in language.hearsay_words
        or form in language.speech_words
        # "…pa me interesuje kog datuma…": the last word of an asking opener.
        or form in _opener_ends(language.code)
    )


def _question_opens_at(language: Language, folded: list[str], i: int) -> bool:
    """Whether a question opens at ``i`` inside a sentence (:func:`_inner_openers`), a lead
    word before it included ("pa me zanima", "…i jel se pominjalo…")."""
    at = i + 1 if folded[i] in language.lead_words else i
    return any(tuple(folded[at : at + len(p)]) == p for p in _inner_openers(language.code))


def _asks(language: Language, words: list[str]) -> bool:
    """Whether a sentence (folded words) asks: it offers a choice ("…обсуждали или только
    свои дела": an or-word anywhere, as spoken questions do), one of its first
    ``ASKING_WITHIN_WORDS`` words past the leads ("so", "okay", "and") and short words is a
    question word or a yes/no opener, or it holds the particle "li" ("подписали ли", "da
    li"). A sentence of the asker's story asks only with a question word ("i want to know
    what…", not "my dad thinks it was…")."""
    if words and _opens_story(language, words[0]):
        return not language.question_words.isdisjoint(words)
    if not language.or_words.isdisjoint(words):
        # "стороны мировую политику обсуждали или только свои дела": spoken, a choice asks.
        return True
    asking = language.question_words | language.yes_no_openers
    # "hi this is Dmitry…", "he is…": a yes/no opener after its subject states.
    subjects = language.demonstratives | language.subject_pronouns | language.asker_subjects
    opening = [
        w
        for n, w in enumerate(words)
        if (w in asking and not (n and w in language.yes_no_openers and words[n - 1] in subjects))
        or (w not in language.lead_words and len(w) > PREPOSITION_MAX_LETTERS and w not in asking)
    ]
    return not asking.isdisjoint(opening[:ASKING_WITHIN_WORDS]) or "li" in words


#: The most words of an idle question phrase ("when it comes to": four).
IDLE_PHRASE_MAX_WORDS = 4


def _relative(language: Language, folded: list[str], opened: int, i: int) -> bool:
    """Whether the question word at ``i`` relates, or joins its clause to the one before
    (opened at ``opened``), rather than opening a question: a relative-only word
    ("который"); one made indefinite ("что то") or idle ("как бы", "как обычно":
    ``Language.idle_question_phrases``); "who" a few words into a sentence of the story ("my
    neighbor who…")."""
    form = folded[i]
    if form in language.relative_only_words:
        return True
    if any(
        " ".join(folded[i : i + n]) in language.idle_question_phrases
        for n in range(2, IDLE_PHRASE_MAX_WORDS + 1)
        if i + n <= len(folded)
    ):
        return True
    if (
        form in language.indefinite_openers
        and i + 1 < len(folded)
        and folded[i + 1] in INDEFINITE_PARTICLES
    ):
        return True
    if form in language.person_relative_words:
        return (
            _opens_story(language, folded[opened])
            and i - opened <= RELATIVE_AFTER_MAX_WORDS
            and folded[i - 1] not in language.lead_words  # "…i forget so who did…" asks
        )
    return False


def _subordinate(language: Language, folded: list[str], opened: int, i: int) -> bool:
    """Whether the question word at ``i`` joins a clause of time or place to a sentence that
    asks (opened at ``opened``): "did they sign a gas deal *when* the minister was here" asks
    whether they signed, not when he was there. Not after a joining word or before a yes/no
    opener: "…what did they sign *and where* did they sign it", "…*when was* it" ask again."""
    return (
        folded[i] in language.subordinate_words
        and folded[i - 1] not in language.joining_words
        and not (i + 1 < len(folded) and folded[i + 1] in language.yes_no_openers)
        and _asks(language, folded[opened:i])
    )


def punctuate(message: str, lang: str) -> str | None:
    """``message`` told apart into sentences when it is dictated (at least
    ``DICTATED_MIN_WORDS`` words, no mark of a sentence or clause, a question mark at its end
    neither), by the words of its language ``lang``; None otherwise, or when it stays one
    sentence."""
    text = message.strip().rstrip(".! ")
    words = text.split()
    if len(words) < DICTATED_MIN_WORDS or _INNER_MARK.search(text):
        # A question mark at the end too: "what did the kazakh minister tell our president
        # about trade between our countries last year?" is one question, typed.
        return None
    language = LANGUAGES[lang]
    folded = [_folded(w) for w in words]
    starts = [0]
    stated: set[int] = set()  # sentences (by their start) that state, whatever words open them
    for i, form in enumerate(folded):
        if not i:
            continue
        if _story_opens_at(language, folded, starts[-1], i) or _reports(language, folded, i):
            starts.append(i)
            continue
        if (
            _opens_story(language, folded[starts[-1]])
            and i - starts[-1] >= STORY_BEFORE_QUESTION_WORDS
            and _question_opens_at(language, folded, i)
        ):
            # "ja vozim kamion… *pa me zanima* da li…", "…i šef kaže… *jel* se pominjalo…":
            # the asker's story ends where the question opens.
            starts.append(i)
            continue
        before = folded[i - 1]
        if (
            form not in language.question_words
            or _continues(language, before)
            or _relative(language, folded, starts[-1], i)
        ):
            continue
        if _subordinate(language, folded, starts[-1], i):
            # "…sa kazahstanom kad je bio taj ministar": the time of what is asked, told.
            starts.append(i)
            stated.add(i)
            continue
        start = i
        if (
            i - 1 > starts[-1]
            and len(before) <= PREPOSITION_MAX_LETTERS
            and before not in language.joining_words
        ):
            start -= 1  # "…и с кем он встречался": the preposition opens the question
        if start - 1 > starts[-1] and folded[start - 1] in language.joining_words:
            start -= 1  # "…и с кем", "…a šta to olakšava": the joining word goes with it
        starts.append(start)
    if len(starts) < 2:
        return None
    bounds = [*starts, len(words)]
    spans = list(itertools.pairwise(bounds))
    marked = [_sentence(language, words[a:b], folded[a:b], stated=a in stated) for a, b in spans]
    if not any(m.endswith("?") for m in marked):
        # "ну короче казахский министр же в загреб летал… я так по телеку поняла…": nothing
        # asks in words; spoken, the first statement not of the asker's story is the one put
        # forward to check.
        first = next(
            (n for n, (a, _) in enumerate(spans) if not _opens_story(language, folded[a])), None
        )
        if first is not None and spans[first][1] - spans[first][0] >= CLAIM_MIN_WORDS:
            marked[first] = marked[first][:-1] + "?"
    return " ".join(marked)


def _sentence(language: Language, typed: list[str], folded: list[str], *, stated: bool) -> str:
    """One sentence of a dictated message, marked: "?" when it asks, "." otherwise; a tag
    ending it ("…от путина да", "…u novom sadu jel tako", "…in zagreb right") puts its
    statement forward, after a comma, as typed it would be (``Language.dictated_tags``)."""
    longest = max((len(tag.split()) for tag in language.dictated_tags), default=0)
    for size in range(longest, 0, -1):
        if (
            len(folded) > size
            and " ".join(folded[-size:]) in language.dictated_tags
            # "…how much did trade grow i heard it doubled is that right": the story's claim
            # is checked by the question before it.
            and not _opens_story(language, folded[0])
        ):
            return f"{' '.join(typed[:-size])}, {' '.join(typed[-size:])}?"
    asks = not stated and _asks(language, folded)
    return " ".join(typed) + ("?" if asks else ".")
