"""The question inside a long message: preambles, apologies, stories and sign-offs set aside.

"Sorry if this is dumb, me and my friend were arguing about it. Which documents were signed?
Thanks in advance!" asks one thing; its other sentences only dilute the match. :func:`focus`
splits a message into sentences and keeps the ones that ask: those ending in a question mark
or holding a question word of any language; courtesy (greetings, thanks, apologies,
sign-offs: each language's ``courtesy`` patterns) is dropped from what is kept. It returns None
when the message is one sentence, or nothing would be set aside.
"""

from __future__ import annotations

import functools
import itertools
import re

from bot.lang import (
    ADDRESS_WORDS,
    ALSO_WORDS,
    ASIDE_OPENERS,
    ASKER_PEOPLE_WORDS,
    CLAIM_TAGS,
    CLAUSE_JOINERS,
    CLAUSE_SUBJECTS,
    DEMONSTRATIVES,
    FRAMING_WORDS,
    INDEFINITE_OPENERS,
    KNOWING_WORDS,
    LANGUAGES,
    LEAD_WORDS,
    MORE_WORDS,
    MY_WORDS,
    NEGATIONS,
    OR_WORDS,
    PERSON_RELATIVE_WORDS,
    QUESTION_WORDS,
    RELATIVE_ONLY_WORDS,
    RELATIVE_WORDS,
    SPEECH_WORDS,
    STOP_WORDS,
    TELL_REQUESTS,
    patterns,
)
from bot.lang.patterns import WORD
from bot.lang.translit import fold_word

#: Emoji end a sentence as a full stop does in chat ("studying for a quiz 😩 what was signed?").
_EMOJI = "\u2600-\u27bf\U0001f300-\U0001faff"
_SENTENCE = patterns.compile(f"[^.!?;\\n{_EMOJI}]+[.!?;\\n{_EMOJI}]*")
#: A question word made indefinite ("какой-то", "кто-нибудь", "gde-libo"): it asks nothing.
_INDEFINITE = patterns.compile(r"[^\W_]+-(?:то|нибудь|либо|to|nibud|libo)\b", re.IGNORECASE)
#: The particles that make a question word indefinite when typed apart (folded).
INDEFINITE_PARTICLES = frozenset({"to", "nibud"})


def _without_indefinites(words: list[str]) -> list[str]:
    """Folded words without the question words chat makes indefinite with a particle typed
    apart ("я что то путаю": ``Language.indefinite_openers``): they ask nothing."""
    kept: list[str] = []
    skip = False
    for word, after in itertools.zip_longest(words, words[1:]):
        if skip:
            skip = False
            continue
        if word in INDEFINITE_OPENERS and after in INDEFINITE_PARTICLES:
            skip = True
            continue
        kept.append(word)
    return kept


_COURTESY = patterns.compile(
    r"\b(?:"
    + "|".join(p for language in LANGUAGES.values() for p in language.courtesy)
    + r")\b[,.!?]*",
    re.IGNORECASE,
)
#: Words after which a relative word ("koja", "which") is no relative: the function words of
#: every language, words of knowing or telling, and words that open a clause ("ali", "but"):
#: a question word after one asks ("znam koji", "tell me which", "…, ali koji su potpisani").
NOT_A_NOUN = STOP_WORDS | KNOWING_WORDS | SPEECH_WORDS | LEAD_WORDS
#: Openings of a yes/no question ("is there…", "da li…"): a sentence starting so asks.
_YES_NO = tuple(
    sorted(
        {
            phrase.strip()
            for language in LANGUAGES.values()
            for kind, phrases in language.question_kinds
            if kind == "yesno"
            for phrase in phrases
        }
    )
)
#: Words that point back to what was said before them ("him", "it", "это", "to"): a clause
#: holding one leans on the story before it. "They" is not among them: people say it of the
#: two countries without a story.
_THEY = frozenset("they them their oni ih im nih njih njima".split())
#: Per language: Russian "то" (folded "to") points back, English "to" does not.
_BACK_REFERENCES_IN = {
    code: (language.person_pronouns | language.other_references) - _THEY
    for code, language in LANGUAGES.items()
}
_BACK_REFERENCES = frozenset().union(*_BACK_REFERENCES_IN.values())
_PERSON_PRONOUNS = frozenset().union(*(language.person_pronouns for language in LANGUAGES.values()))
_JOINING_WORDS = frozenset().union(*(language.joining_words for language in LANGUAGES.values()))
#: Verbs that report what someone says or thinks ("говорит", "claims", "misli"): a question
#: word right after one is a conjunction ("он говорит что…", "she said what she saw").
_REPORTING = frozenset().union(*(language.hearsay_words for language in LANGUAGES.values()))
#: Replies after a reporting verb ("said *yes* to"): what was answered, no claim reported.
_REPLIES = frozenset().union(*(language.reply_words for language in LANGUAGES.values()))
#: Hearsay words that report only before another (``Language.hearsay_helpers``: "keeps").
_REPORTING_HELPERS = frozenset().union(
    *(language.hearsay_helpers for language in LANGUAGES.values())
)
#: Openers of the asker's own competing claim, every language's, padded for ``startswith``.
_OWN_CLAIMS = tuple(
    f" {opener} " for language in LANGUAGES.values() for opener in language.own_claim_openers
)
#: Short prepositions that may come between a joining word and its question word.
_PREPOSITIONS = frozenset("on about in at with for o ob pro v na s sa u za kod".split())
#: Prepositions that open an elliptic clause after a dash ("— между Сербией и кем?").
_CLAUSE_PREPOSITIONS = _PREPOSITIONS | frozenset(
    "between from to by mezdu ot iz do k po izmedju izmedu".split()
)
#: Question words that choose among things ("in *which* region", "u *kom* regionu", "в *каком*
#: регионе"), not pronouns ("о чём", "o čemu").
_WHICH_WORDS = frozenset(
    "which what kom kojem kojoj kojim kakvom kakvoj kakom kakoj kakim kotorom kotoroj "
    # Other cases: "ponosni na *kakve* odnose", "говорили о *каких* вопросах".
    "kakve kakvu kakav kakvih koje koju koji kojih kakie kakuju kakoe kakih kotoruju kotorye "
    "kotoryh kakomu kotoromu kojemu kakvom".split()
)
#: Question words choosing among what the sentence before named ("…zainteresovan za naše
#: tehnologije, *koje* tačno?", "какие именно", "which exactly"): with only a precision word after
#: them, they ask about what came before.
_BARE_WHICH = frozenset(
    "which koje koji koja kakve kakvi kakva kakie kakoj kakaja kakoe kotorye".split()
)
#: Either kind of which-word ("…interaction — in *what* formats?" continues the clause).
_ANY_WHICH = _WHICH_WORDS | _BARE_WHICH
#: The most words, "which" included, that may end a sentence after its preposition and still
#: continue it ("…focused *on which two areas*": three).
ENDING_WHICH_WORDS = 3
#: Prepositions before a "which" and its noun ending a sentence, which continue it ("…agreed
#: to step up cooperation *under which* agreement", "…saradnju *po kom* sporazumu").
_ENDING_PREPOSITIONS = _CLAUSE_PREPOSITIONS | frozenset("under pod through via".split())
_PRECISION_WORDS = frozenset().union(*(language.precision_words for language in LANGUAGES.values()))
#: Prepositions of a topic: with a demonstrative after one, a clause talks about what came
#: before it ("превоз робе и шпедиција, да ли су *о томе* причали", "об этом", "about that").
TOPIC_PREPOSITIONS = frozenset("about o ob obo pro".split())
#: …and English "of" after a verb of speaking ("speaking of the deals, …").
_TOPIC_PREPOSITIONS_OF = TOPIC_PREPOSITIONS | {"of"}
#: Question words in the case a preposition asks for ("о чём", "o čemu", "с кем").
_ASKED_AFTER_PREPOSITION = frozenset("cem com cemu kem kim kom".split())
#: Each part of a joined question has at least this many words ("and why?" alone is an
#: elliptic follow-up, not a second question).
JOINED_PART_WORDS = 2
#: A sentence this long that holds a question word after a few words of story is cut to start
#: at its question word: "I read the news yesterday and wonder how much trade grew" asks
#: "how much trade grew".
LONG_SENTENCE_WORDS = 12
STORY_WORDS = 3
#: A claim a story reports has at least this many words ("мост бесплатный"); one word after
#: "says" ("he says so") reports nothing to check.
CLAIM_WORDS = 2


def _asks(sentence: str) -> bool:
    """Whether the sentence holds a question word, opens as a yes/no question or holds an
    asking opener ("hteo bih da znam da li…", "I'd like to know if…"). A dash set off by
    spaces opens a part of its own: "Nurtleu Belgrade visit - which Serbian head of state"
    asks "which", no relative word after "visit"."""
    plain = _INDEFINITE.sub(" ", sentence.casefold())
    for part in _SPACED_DASH.split(plain):
        words = _without_indefinites([fold_word(w) for w in WORD.findall(part)])
        if any(_asking_word(words, i) for i in range(len(words))):
            return True
    words = _without_indefinites([fold_word(w) for w in WORD.findall(plain)])
    return _opens_yes_no(words) or _opener_end(words) is not None


#: A dash between spaces, which sets off a part of a sentence ("the visit - which day?").
_SPACED_DASH = re.compile(r"\s[-–—]+\s")


def opens_yes_no(text: str) -> bool:
    """Whether ``text`` opens as a yes/no question ("was it the mayor who…", "da li…"),
    whatever question word follows its opening."""
    return _opens_yes_no([fold_word(w.casefold()) for w in WORD.findall(text)])


def _opens_yes_no(words: list[str]) -> bool:
    """Whether these folded words open as a yes/no question ("was he…", "da li…"), a verb
    with the particle "li" after it included ("treba li nam viza", "нужна ли виза")."""
    if len(words) > 2 and words[1] == "li":
        return True
    opening = " ".join(words[:2]) + " "
    return any(opening.startswith(phrase + " ") for phrase in _YES_NO)


#: "That's what my uncle said": "what" after "that's" relates, it doesn't ask.
_RELATIVE_AFTER = (("thats",), ("that", "s"), ("that", "is"))


def relates(words: list[str], i: int) -> bool:
    """Whether the i-th of these folded words comes right after "that's" ("…, that's what they
    signed"): a question word there relates a clause, it doesn't ask."""
    return any(tuple(words[max(i - len(r), 0) : i]) == r for r in _RELATIVE_AFTER)


#: "…invited him to Belgrade, is that what happened?": a tag checking the claim, no question.
_WHAT_HAPPENED_TAG = (("is", "that"), ("was", "that"), ("is", "this"), ("is", "it"))
_HAPPENED = frozenset({"happened", "happen", "went"})
#: "Sad kad je video vest…" (now that he saw the news): "kad" after "now" joins, it doesn't
#: ask; so does "когда" after "теперь".
_NOW_THAT = frozenset(
    {
        ("sad", "kad"),
        ("sada", "kad"),
        ("sad", "kada"),
        ("teper", "kogda"),
        # "…так что быстрее плз" (so hurry up), "pa šta": consequence, no question.
        ("tak", "cto"),
        ("tak", "sto"),
        # "…pre nego što poverujem" (before I believe it): a conjunction of time.
        ("nego", "sto"),
    }
)


def _asking_word(words: list[str], i: int) -> bool:
    """Whether the i-th of these folded words is a question word that asks: not one right
    after a reporting verb ("мой дед говорит что казахи…" reports, it doesn't ask), nor a
    relative word after a content word ("у фирми која извози") or "who" after a person of the
    asker's life ("my dad who refuses…"), nor "what" after "that's"
    ("that's what my uncle said")."""
    if words[i] not in QUESTION_WORDS or (i and words[i - 1] in _REPORTING):
        return False
    if i and (words[i - 1], words[i]) in _NOW_THAT:
        return False
    if words[i] in RELATIVE_WORDS and i and words[i - 1] not in NOT_A_NOUN:
        return False  # "…a firm which exports apples": it relates to the noun before it
    if (
        words[i] in RELATIVE_ONLY_WORDS
        and i > 1
        and words[i - 1] in _PREPOSITIONS
        and words[i - 2] not in NOT_A_NOUN
    ):
        return False  # "соглашение, о котором речь": its preposition comes first
    if words[i] in PERSON_RELATIVE_WORDS and i and words[i - 1] in ASKER_PEOPLE_WORDS:
        return False  # "…for my dad who refuses to read": it relates to the dad
    if (
        words[i] in CLAUSE_JOINERS
        and i
        and words[i - 1] not in NOT_A_NOUN
        and i + 1 < len(words)
        and words[i + 1] in CLAUSE_SUBJECTS
    ):
        return False  # "…a weapons deal when that minister visited": it joins a clause
    if (
        i + 1 < len(words)
        and words[i + 1] in _HAPPENED
        and tuple(words[max(i - 2, 0) : i]) in _WHAT_HAPPENED_TAG
    ):
        return False
    return not relates(words, i)


def _from_question_word(sentence: str) -> str:
    """A long sentence from its first question word on, when a story comes before it; any
    sentence from its asking clause on, when one after a comma follows a story that asks
    nothing ("idem u Almati na leto sa drugarima, da li nam treba viza"). A sentence that opens
    as a yes/no question asks from its start: in "was the ambassador in the room when Nurtleu
    met Vucic" the question word only joins a clause, and after a comma or a dash it starts a
    second question that doesn't make the first a story ("da li su pričali o Ukrajini ili
    Kosovu, šta su tačno rekli" asks about Ukraine too)."""
    clause = _asking_clause(sentence)
    if clause is not None:
        # "…, pa Vas lepo molim da mi kažete ko je…": an opener inside the clause that asks.
        opened = _after_asking_opener(clause, list(WORD.finditer(clause)))
        return opened if opened is not None else clause
    words = list(WORD.finditer(sentence))
    opened = _after_asking_opener(sentence, words)
    if opened is not None:
        return opened
    if len(words) < LONG_SENTENCE_WORDS or _opens_no_story(
        sentence, _FRAMING_OPENERS | _TOPIC_OPENERS
    ):
        return sentence
    folded = [fold_word(w.group(0).casefold()) for w in words]
    if any(_asks_between(part) for part in sentence.split(",")[1:]):
        # "…some free trade agreement mentioned, between serbia and who exactly?": "who" is
        # one of the pair the thing before the comma is between.
        return sentence
    if any(tuple(folded[: len(opener)]) == opener for opener in _OCCASION_OPENERS):
        # "Во время встречи с президентом какие слова сказал министр, процитируйте": the
        # occasion before the question word is what it asks about, not a story.
        return sentence
    yes_no = _opens_yes_no(folded)
    opened_at = _opener_end(folded)
    for i, word in enumerate(words):
        if _asking_word(folded, i):
            if i < STORY_WORDS or yes_no:
                return sentence
            if (
                folded[i - 1] in _ENDING_PREPOSITIONS
                and folded[i] in _WHICH_WORDS
                and len(words) - i <= ENDING_WHICH_WORDS
                # "…paid by the city, and to which firm?" asks a second question.
                and folded[i - 2] not in _JOINING_WORDS
                and "," not in sentence[words[i - 2].end() : words[i - 1].start()]
            ):
                # "…rekao je da je Srbija pouzdan partner u kom regionu": a sentence ending in
                # a preposition, "which" and its noun continues, it asks about what it says.
                return sentence
            if (
                folded[i - 1] in _PREPOSITIONS
                and folded[i] in _ANY_WHICH
                and _DASH.fullmatch(sentence[words[i - 2].end() : words[i - 1].start()])
            ):
                # "vucic mentioned effective interaction — in what formats exactly?": a which
                # after a dash and its preposition asks about the clause before the dash.
                return sentence
            if _after_a_dash_and_preposition(sentence, words, folded, i):
                # "Соглашение о свободной торговле… — между Сербией и кем?": a clause after a
                # dash opening with a preposition continues the clause before the dash.
                return sentence
            if opened_at is not None and opened_at < i:
                # "Ljudi, zanima me da li je bilo reči o sankcijama i šta je Vučić rekao":
                # the question starts after the opener, its yes/no part included.
                return sentence[words[opened_at].start() :]
            topic = _topic_before_dash(sentence, word.start())
            if topic is not None:
                return topic
            return _with_the_question_it_joins(sentence, word.start())
    return sentence


#: The most words a clause after a dash may have before its question word and still continue
#: the clause before the dash when it opens with a preposition ("— между Сербией и кем?":
#: three).
DASH_CLAUSE_WORDS = 4


def _after_a_dash_and_preposition(
    sentence: str, words: list[re.Match[str]], folded: list[str], i: int
) -> bool:
    """Whether the question word ``words[i]`` ends a short clause after a dash that opens
    with a preposition ("…, — между Сербией и кем?", "… - between serbia and who?"): an
    elliptic clause, which asks about what the clause before the dash names."""
    for j in range(i, max(i - DASH_CLAUSE_WORDS, 0), -1):
        if _DASH.fullmatch(sentence[words[j - 1].end() : words[j].start()].replace(",", "")):
            return folded[j] in _CLAUSE_PREPOSITIONS
    return False


#: A dash ending the text before a question ("…mentions a commission - what is it called").
_DASH_BEFORE = patterns.compile(r"\s[-–—]+\s*$")


def _topic_before_dash(sentence: str, start: int) -> str | None:
    """The sentence from the clause before a dash, when the question after the dash points
    back at it ("Quick check: the article mentions a commission - what is it called?" asks
    what the commission is called, from "the article…"); None otherwise."""
    before = sentence[:start]
    dash = _DASH_BEFORE.search(before)
    if dash is None:
        return None
    asked = {fold_word(w.casefold()) for w in WORD.findall(sentence[start:])}
    if not asked & (_BACK_REFERENCES - _PERSON_PRONOUNS):
        return None
    clause_start = max(before.rfind(mark, 0, dash.start()) for mark in ":,")
    return sentence[clause_start + 1 :].strip()


#: Every language's words after which a sentence's question begins ("pa me zanima", "i
#: wonder"), as tuples of folded words by their first word, longest first: a sentence's
#: words are looked up once each, not matched against every opener.
_ASKING_OPENERS: dict[str, list[tuple[str, ...]]] = {}
for _opener in sorted(
    # Split as the sentence's words are (an apostrophe parts "i'm" into "i", "m").
    {
        tuple(o.replace("'", " ").split())
        for language in LANGUAGES.values()
        for o in language.asking_openers
    },
    key=len,
    reverse=True,
):
    _ASKING_OPENERS.setdefault(_opener[0], []).append(_opener)


def _asks_after_opener(sentence: str) -> bool:
    """Whether a question word follows an asking opener that comes after a story ("…and I
    want to know *who* the minister met"), not a topic ("pa me zanima taj aspekt")."""
    opened = _after_asking_opener(sentence, list(WORD.finditer(sentence)))
    first = WORD.search(opened) if opened is not None else None
    return first is not None and fold_word(first.group(0).casefold()) in QUESTION_WORDS


def _after_asking_opener(sentence: str, words: list[re.Match[str]]) -> str | None:
    """The sentence from the words after an asking opener ("…sina koji radi u Kazahstanu pa
    me zanima da li treba viza" -> "da li treba viza"), when at least ``STORY_WORDS`` words
    of story come before it and some words after; None otherwise."""
    folded = [fold_word(w.group(0).casefold()) for w in words]
    end = _opener_end(folded, STORY_WORDS)
    return None if end is None else sentence[words[end].start() :]


def _opens_asking(sentence: str) -> bool:
    """Whether a sentence opens with an asking opener ("I wonder…", "Zanima me…") that more
    words follow."""
    folded = [fold_word(w.casefold()) for w in WORD.findall(sentence)]
    end = _opener_end(folded)
    # The first opener is looked for from the first word on: one there is found first.
    return (
        end is not None
        and tuple(folded[:end]) in _ASKING_OPENERS.get(folded[0], ())
        # "I need to know before I build an argument around it": why, not what.
        and folded[end] not in _REASON_LINKS
    )


def _opener_end(folded: list[str], first: int = 0) -> int | None:
    """The position after the first asking opener at or after ``first`` that more words
    follow, or None."""
    for i in range(first, len(folded)):
        for opener in _ASKING_OPENERS.get(folded[i], ()):
            end = i + len(opener)
            if end < len(folded) and tuple(folded[i:end]) == opener:
                return end
    return None


#: Every language's words saying why the asker needs to know (``Language.reason_links``).
_REASON_LINKS = frozenset().union(*(language.reason_links for language in LANGUAGES.values()))
#: First words of a clause that says whose view a question asks for ("according to the
#: Serbian side, …", "по словам министра, …", "prema članku, …"): not a story to set aside.
_FRAMING_OPENERS = frozenset().union(*(language.view_openers for language in LANGUAGES.values()))
#: Every language's occasion openers, as word tuples ("vo vremja" -> ("vo", "vremja")).
_OCCASION_OPENERS = frozenset(
    tuple(phrase.split()) for language in LANGUAGES.values() for phrase in language.occasion_openers
)
#: Words opening a topic asked about before its question ("regarding the deals, …",
#: "насчёт соглашения, …", "povodom sporazuma, …")…
_TOPIC_OPENERS = frozenset(
    "regarding concerning nascet kasatelno otnositelno povodom vezano".split()
)
#: …and verbs that do so only with a topic's preposition after them ("Speaking about cultural
#: ties, what did…"; not "Talking to my dad last night, who did…", a story).
_TOPIC_VERBS = frozenset("speaking talking".split())
#: Words opening the words before a comma that make them no story: a view ("according to…")
#: or the topic asked about ("about cultural ties, what did the ministers say?").
_NO_STORY_OPENERS = _FRAMING_OPENERS | TOPIC_PREPOSITIONS | _TOPIC_OPENERS


def _opens_no_story(text: str, openers: frozenset[str] = _NO_STORY_OPENERS) -> bool:
    """Whether ``text`` opens with words that make it no story (one of ``openers``, or a verb
    of :data:`_TOPIC_VERBS` and a topic's preposition: "speaking about", "talking of")."""
    words = [fold_word(w.casefold()) for w in WORD.findall(text)[:2]]
    if not words:
        return False
    if words[0] in openers:
        return True
    return words[0] in _TOPIC_VERBS and len(words) > 1 and words[1] in _TOPIC_PREPOSITIONS_OF


#: A clause of at most this many words that opens with a preposition and a question word
#: continues the sentence before it ("…a reliable partner... in what region tho"); a longer
#: one is a question of its own ("s kem vstrechalsya kazahskiy ministr v belgrade").
CONTINUATION_WORDS = 4


def _continues(clause: str) -> bool:
    """Whether a short clause opens with a preposition and a question word ("in what
    region", "с кем же"), or with a choosing word and a precision word ("koje tačno, za
    vojsku?", "which exactly"): it continues the sentence before it."""
    words = [fold_word(w.casefold()) for w in WORD.findall(clause)]
    return 2 <= len(words) <= CONTINUATION_WORDS and (
        (words[0] in _PREPOSITIONS and words[1] in QUESTION_WORDS)
        or (words[0] in _BARE_WHICH and words[1] in _PRECISION_WORDS)
    )


#: The most words of a which-question about what the sentence before names ("what is that
#: body?": 4).
WHICH_OF_BEFORE_WORDS = 4


def _which_of_before(before: str, clause: str) -> bool:
    """Whether ``clause`` is a which-word and a noun ("which body?", "koji sporazum?", "what is
    that body?") that the sentence ``before`` names: it asks which one of those, as that
    sentence says it."""
    words = [fold_word(w.casefold()) for w in WORD.findall(clause)]
    if not 2 <= len(words) <= WHICH_OF_BEFORE_WORDS or words[-1] in STOP_WORDS:
        return False
    if not (words[0] in _BARE_WHICH or words[0] in QUESTION_WORDS):
        return False
    if any(w not in STOP_WORDS and w not in QUESTION_WORDS for w in words[1:-1]):
        return False
    return words[-1] in {fold_word(w.casefold()) for w in WORD.findall(before)}


def _guesses(sentence: str) -> bool:
    """Whether a sentence asked with its mark opens with an indefinite word ("что-то по
    торговле?", "какой-то министр?", "kakoj-to komitet?"): a guess at an answer, not a
    question of its own."""
    opening = WORD.search(sentence)
    return (
        sentence.endswith("?")
        and opening is not None
        and _INDEFINITE.match(sentence, opening.start()) is not None
    )


#: The most words of one guess in a list of them ("machines, seeds, advice?": one each;
#: "farm machines, good seeds?": two).
GUESS_WORDS = 2


def _guess_list(sentence: str) -> bool:
    """Whether a sentence asked with its mark is nothing but two or more short guesses in a
    list ("Machines, seeds, advice?", "oil, gas or weapons?", "нефть, газ?"), with no word
    that asks."""
    if not sentence.endswith("?") or _asks(sentence):
        return False
    items = [
        [w for w in WORD.findall(item) if fold_word(w.casefold()) not in OR_WORDS]
        for item in sentence.rstrip("?").split(",")
    ]
    return len(items) >= 2 and all(1 <= len(item) <= GUESS_WORDS for item in items)


def _guess_before_more(sentence: str, after: list[str]) -> bool:
    """Whether a sentence asked with its mark is one short guess (at most ``GUESS_WORDS``
    words, none that asks) before a question asking for more ("who did he meet? the
    president? and who else?"): what the last question asks for, the guess doesn't."""
    words = [w for w in WORD.findall(sentence) if fold_word(w.casefold()) not in STOP_WORDS]
    return (
        sentence.endswith("?")
        and not _asks(sentence)
        and 1 <= len(words) <= GUESS_WORDS
        and bool(after)
        and not MORE_WORDS.isdisjoint(fold_word(w.casefold()) for w in WORD.findall(after[0]))
    )


def _asking_clause(sentence: str) -> str | None:
    """The sentence from the first clause after a comma (or colon) that asks, when at least
    ``STORY_WORDS`` words before it ask nothing and the clause doesn't point back to them
    ("the guy in charge of the army, did the minister see him too?"), doesn't say whose view
    is asked ("according to the Serbian side, how well…") and doesn't continue them ("…a
    reliable partner, in what region"); else None."""
    start = 0
    # A colon ends a story as a comma does: "random thought while doing the dishes: did they
    # discuss schools at all?".
    commas = [m.start() for m in re.finditer(r"[,:]", sentence)]
    for n, comma in enumerate(commas):
        before = sentence[:comma]
        if _asks(before):
            return None
        # "According to the Serbian side, how…" says whose view is asked; "about cultural
        # ties, what did the ministers say" names what is asked about: neither is a story.
        if _opens_no_story(before):
            return None
        start = comma + 1
        clause = sentence[start:]
        # The clause that asks starts at the comma before its own words: "…, ja nisam ni
        # znao, pa me zanima koliko…" asks from "pa me zanima".
        own = sentence[start : commas[n + 1]] if n + 1 < len(commas) else clause
        if _continues_after_a_dash(own) or _asks_between(own):
            # "…, о котором речь, — между Сербией и кем?", "…some free trade agreement
            # mentioned, between serbia and who exactly?": the elliptic clause asks about the
            # clause before it.
            return None
        if _opens_relative(own):
            # "Соглашение…, о котором речь, — …": a relative clause describes the noun before
            # its comma, it asks nothing.
            continue
        if _only_asking_words(own):
            # "kazakh foreign minister in belgrad, when? …": a bare "when?" after a comma asks
            # about what the words before it name; the sentence asks as a whole.
            return None
        if len(WORD.findall(before)) >= STORY_WORDS and _asks(own) and not _only_a_tag(own):
            folded = [fold_word(w.casefold()) for w in WORD.findall(clause)]
            # A "he" or "she" is left to the engine to read as the person the story names.
            pointing = set(folded) & (_BACK_REFERENCES - _PERSON_PRONOUNS)
            if pointing or _about_that(folded) or _continues(clause):
                return None
            return _with_the_question_it_joins(sentence, start)
    return None


def _continues_after_a_dash(clause: str) -> bool:
    """Whether ``clause`` opens with a dash and a preposition ("— между Сербией и кем?",
    "- between serbia and who?"): an elliptic clause continuing the one before the dash."""
    dash = _DASH.match(clause.lstrip(" ,"))
    if dash is None or ":" in dash.group(0):
        return False
    return _first_word(clause) in _CLAUSE_PREPOSITIONS


#: "Between" in each language (folded): a clause opening with it pairs with what came before.
_BETWEEN = frozenset({"between", "mezdu", "izmedju", "izmedu"})


def _asks_between(clause: str) -> bool:
    """Whether ``clause`` opens with "between" ("between serbia and who exactly?", "između
    Srbije i koga?"): it asks whom the thing before its comma is between."""
    return _first_word(clause) in _BETWEEN


def _opens_relative(clause: str) -> bool:
    """Whether ``clause`` opens with a relative word, its preposition before it or not
    ("о котором речь", "которые подписали", ``Language.relative_only_words``)."""
    words = [fold_word(w.casefold()) for w in WORD.findall(clause)[:2]]
    return bool(words) and (
        words[0] in RELATIVE_ONLY_WORDS
        or (len(words) == 2 and words[0] in _PREPOSITIONS and words[1] in RELATIVE_ONLY_WORDS)
    )


#: Every language's claim tags ("jel tako", "right?", "это так?") as one expression, compiled
#: on first use.
CLAIM_TAG = patterns.compile("|".join(f"(?:{tag})" for tag in CLAIM_TAGS))


#: The most words of a bare asking clause ("when exactly?", "а когда именно?").
BARE_ASKING_WORDS = 3


#: "What" alone (folded: English, Russian "что", Serbian "šta"/"što"): after a comma it is an
#: exclamation ("…did it double, go up 10%, what?"), no question about what comes before.
_BARE_WHAT = frozenset({"what", "wat", "cto", "sta", "sto"})


def _only_asking_words(clause: str) -> bool:
    """Whether ``clause`` is at most :data:`BARE_ASKING_WORDS` question, precision and small
    words, one of them a question word other than "what" ("when?", "when exactly?", "kad
    tačno?"): it asks about what comes before it."""
    words = [fold_word(w.casefold()) for w in WORD.findall(clause)]
    return (
        1 <= len(words) <= BARE_ASKING_WORDS
        and any(w in QUESTION_WORDS and w not in _BARE_WHAT for w in words)
        and all(w in QUESTION_WORDS or w in _PRECISION_WORDS or w in STOP_WORDS for w in words)
    )


def only_a_tag(sentence: str) -> bool:
    """Whether ``sentence``, with or without its question mark, is nothing but a claim tag
    ("is that true", "jel tako?"): it checks what came before it."""
    return _only_a_tag(sentence.rstrip(" ?!.") + "?")


def _only_a_tag(clause: str) -> bool:
    """Whether ``clause`` is nothing but a claim tag ("jel tako?", "right?"): it checks the
    statement before its comma ("Sastali su se u Novom Sadu, jel tako?"), which is asked."""
    folded = " ".join(fold_word(w.casefold()) for w in WORD.findall(clause))
    if clause.rstrip().endswith("?"):
        folded += "?"
    return bool(folded) and not WORD.search(CLAIM_TAG.sub(" ", folded))


def _about_that(folded: list[str]) -> bool:
    """Whether these folded words talk about something named before them: a topic's
    preposition and a demonstrative ("o tome", "об этом", "about that")."""
    return any(
        word in TOPIC_PREPOSITIONS and following in DEMONSTRATIVES
        for word, following in itertools.pairwise(folded)
    )


#: Question words asking who: a sentence holding one asks something of its own ("кто об этом
#: сообщил?"), not only what the article says about what came before.
WHO_WORDS = frozenset("who whom ko koga kome kim kto kogo komu kem".split())
#: At most this many words of a sentence pointing back are more than small, framing or
#: question words ("Что *сказано* об этом?").
BACK_REFERENCE_OTHER_WORDS = 1


def _only_about_that(sentence: str) -> bool:
    """Whether ``sentence`` asks nothing but what is said about what came before it ("Piše li
    išta o tome?", "Что в статье об этом сказано?", "does the article say anything about
    that?"): a topic preposition and a demonstrative, no who-word, and at most
    :data:`BACK_REFERENCE_OTHER_WORDS` words besides small, framing and question words."""
    folded = [fold_word(w.casefold()) for w in WORD.findall(sentence)]
    if not _about_that(folded) or not WHO_WORDS.isdisjoint(folded):
        return False
    others = [
        w
        for w in folded
        if w not in STOP_WORDS and w not in FRAMING_WORDS and w not in QUESTION_WORDS
    ]
    return len(others) <= BACK_REFERENCE_OTHER_WORDS


#: What stands between two clauses joined by a dash (or a colon): "… — in what formats?".
_DASH = patterns.compile(r"\s*(?:[-–—:]|--)\s*")


def _with_the_question_it_joins(sentence: str, start: int) -> str:
    """The sentence from ``start`` (where its asking clause begins), or — when that clause
    opens with a joining word ("and", "и", "i") right after a clause that opens as a yes/no
    question — from that question on: "I'm curious, was the invitation from the president
    himself, and to which city?" asks both."""
    clause = sentence[start:].strip()
    commas = [m.start() for m in re.finditer(",", sentence[:start])]
    if not commas:
        return clause
    opening = WORD.search(sentence, commas[-1] + 1)
    if opening is None or fold_word(opening.group(0).casefold()) not in _JOINING_WORDS:
        return clause
    begin = commas[-2] + 1 if len(commas) > 1 else 0
    previous = [fold_word(w.casefold()) for w in WORD.findall(sentence[begin : commas[-1]])]
    return sentence[begin:].strip() if _opens_yes_no(previous) else clause


#: A figure's full stop before a word in lower case is no sentence's end: Serbian writes
#: ordinals so ("2018. godine", "29. novembra").
_ORDINAL_STOP = patterns.compile(r"(?<=\d)\.(?= +[^\W\d_])")


#: The point of a decimal figure ("73.8"), and what stands for it while a message is split.
_DECIMAL_POINT = patterns.compile(r"(?<=\d)\.(?=\d)")
_KEPT_POINT = "\u2024"


#: Abbreviations of single letters ("т.п.", "т.д.", "e.g.", "i.e."): their full stops end no
#: sentence when the message goes on in lower case ("про перевозки грузов и т.п. что-то
#: обсуждали?" asks about freight).
_ABBREVIATION_STOP = patterns.compile(r"(?<![^\W_])([^\W\d_])\.(?=[^\W\d_]\.|\s*[^\W\d_])")


#: A chat laugh ("lol", "lmao", "хаха") ends a sentence as an emoji does: "which countries
#: are we talking about here lol i joined late" asks before it.
_CHAT_LAUGH = patterns.compile(
    r"\b(?:lol|lool|lmao|lmfao|rofl|ha(?:ha)+h?|a?ha(?:ha)+|хах[ах]*|ахах[ах]*|hah[ah]+)\b(?!\s*[.!?,;:)(])",
    re.IGNORECASE,
)

#: Chat smileys of brackets ("круче))", "жаль((") end a sentence as an emoji does.
_BRACKET_SMILEY = patterns.compile(r"(?<=[^\W\d_])\s*(?:\){2,}|\({2,})")
#: One closing bracket after a word, with none open before it ("живу тут уже год) кто…"), is
#: a smiley too: Russian chat's ":)" without its eyes.
_LONE_BRACKET = patterns.compile(r"(?<=[^\W\d_])\s*\)")


def _smiley_brackets(text: str) -> str:
    """``text`` with each closing bracket that closes nothing ("…уже год) ктото видел…") made a
    full stop: it ends the sentence as a smiley does. "(in Belgrade)" keeps its bracket."""
    opened = 0
    parts: list[str] = []
    last = 0
    for found in _LONE_BRACKET.finditer(text):
        opened += text.count("(", last, found.start()) - text.count(")", last, found.start())
        if opened > 0:
            opened -= 1
            parts.append(text[last : found.end()])
        else:
            opened = 0
            parts.append(text[last : found.start()] + ".")
        last = found.end()
    parts.append(text[last:])
    return "".join(parts)


def _kept_abbreviation(found: re.Match[str]) -> str:
    """A single letter's full stop kept inside its sentence when an abbreviation's next letter
    follows it or the message goes on in lower case."""
    rest = found.string[found.end() :].lstrip()
    if rest[:2].endswith(".") or rest[:1].islower():
        return found.group(1) + _KEPT_POINT
    return found.group(0)


#: A colon and the word after it ("…need one detail: which official…").
_COLON = patterns.compile(r":\s+([^\W_]+)(?=\s+([^\W_]+))?")


def _colon_before_a_question(found: re.Match[str]) -> str:
    """A colon before a question word ends a sentence: "…need one detail: which official
    talked defence?" asks from "which" on, and so does "…quiz night: on what date did…", a
    preposition before it; one before anything else ("two things: agreements and
    memorandums") stays."""
    first = fold_word(found.group(1).casefold())
    after = fold_word((found.group(2) or "").casefold())
    if first in QUESTION_WORDS or (first in _PREPOSITIONS and after in QUESTION_WORDS):
        return ". " + found.group(1)
    return found.group(0)


#: A question mark right before a closing quote that the sentence goes on after, in lower case.
_QUOTED_MARK = patterns.compile(r"\?+(?=['\"»”’]\s+[^\W\d_A-ZА-ЯЁЂЈЉЊЋЏ])")


#: Words that open a sentence after a figure's full stop, in lower case too (a message read in
#: lower case: "…around 2026. does the article say…"): question words, yes/no openers, the
#: asker's "I".
_OPENING_AFTER_FIGURE = frozenset().union(
    *(
        (language.question_words | language.asker_subjects | language.yes_no_openers)
        # Not a word another language uses otherwise: English "I" and "do" are Serbian "and"
        # and "until" ("od 28. do 30. novembra", "29. i 30. novembra").
        - frozenset().union(*(o.stop_words for o in LANGUAGES.values() if o is not language))
        for language in LANGUAGES.values()
    )
)


def _ordinal_stop(message: str, stop: re.Match[str]) -> str:
    """A figure's full stop kept as the end of a sentence, or dropped as an ordinal's: before
    a word in lower case that does not open a sentence ("2018. godine", "29. novembra"; not
    "…around 2026. does the article…")."""
    after = message[stop.end() :].lstrip()
    word = WORD.match(after)
    if not after[:1].islower() or (
        word is not None and fold_word(word.group(0)) in _OPENING_AFTER_FIGURE
    ):
        return "."
    return ""


def split_sentences(message: str) -> list[str]:
    """The sentences of a message, ordinals' full stops not ending one."""
    text = _ORDINAL_STOP.sub(functools.partial(_ordinal_stop, message), message)
    text = _BRACKET_SMILEY.sub(".", text)
    text = _smiley_brackets(text)
    text = _CHAT_LAUGH.sub(r"\g<0>.", text)
    text = _COLON.sub(_colon_before_a_question, text)
    text = _ABBREVIATION_STOP.sub(_kept_abbreviation, text)
    # A decimal point ("73.8 million") ends no sentence: kept aside while splitting.
    text = _DECIMAL_POINT.sub(_KEPT_POINT, text)
    # A quoted question inside a sentence ("…forwarded it with 'anything for us?' scribbled
    # on it.") is someone else's, and ends no sentence.
    text = _QUOTED_MARK.sub("", text)
    return [s.strip().replace(_KEPT_POINT, ".") for s in _SENTENCE.findall(text) if WORD.search(s)]


#: A chat handle ("@bot", "@visit_bot") or a word for the bot ("бот,") opening a sentence,
#: after lead words ("anyway @bot did…", "ну а бот, …"): the group addresses the bot there.
_HANDLE_OPENING = patterns.compile(r"^\W*(?:[^\W_]+\s+){0,2}?@\w+")


def _addresses_the_bot(sentence: str) -> bool:
    """Whether a sentence opens by addressing the bot ("@bot did…", "anyway @бот ну а…",
    "бот, а про…")."""
    if _HANDLE_OPENING.match(sentence):
        return True
    words = [fold_word(w.casefold()) for w in WORD.findall(sentence)[:3]]
    lead = 0
    while lead < len(words) - 1 and words[lead] in LEAD_WORDS:
        lead += 1
    return bool(words) and words[lead] in ADDRESS_WORDS


#: Words before the bot named at the end that make it a thing spoken of, not the one
#: addressed ("are you a bot?", "is this bot any good?"; not "what did he sign, bot?").
_NOT_ADDRESSING = DEMONSTRATIVES | MY_WORDS | frozenset("a an the your tvoj tvoja vas".split())


def without_address(message: str) -> str:
    """``message`` without the bot named at its start ("bot, who was in Belgrade?", "ok bote
    ko je bio…", "@бот кто…") or at its end ("…who did he meet, bot?"): the one addressed is
    not what is asked about. The message as it was when nothing else would be left."""
    words = list(WORD.finditer(message))
    folded = [fold_word(w.group(0).casefold()) for w in words]
    start = 0
    while start < len(words) - 1 and folded[start] in LEAD_WORDS:
        start += 1
    begin = 0
    if start < len(words) - 1 and folded[start] in ADDRESS_WORDS:
        begin = words[start + 1].start()
    end = len(message)
    last = len(words) - 1
    if (
        last > start + 1
        and folded[last] in ADDRESS_WORDS
        and folded[last - 1] not in _NOT_ADDRESSING
        and folded[last - 1] not in ADDRESS_WORDS
    ):
        end = words[last].start()
        tail = message[words[last].end() :]
        cut = message[begin:end].rstrip(" ,;:-–—@")
        if not WORD.search(cut):
            return message
        # "…on vulin tbh. bot?": the bot named after a sentence of its own tags nothing.
        return cut if cut.endswith((".", "!", "?")) else f"{cut}{tail}"
    cut = message[begin:end]
    return cut if WORD.search(cut) else message


#: How many words before a knowing word its negation may stand ("doesnt *even* know", "не зна
#: *ни*", "i dont really know").
NEGATION_REACH = 3


def _tells_not_knowing(sentence: str) -> bool:
    """Whether the sentence's first question word comes after a negated knowing word ("i
    forgot, and my grandson doesnt even know what day it is today", "унук не зна ни који је
    дан данас"): beside a question with its mark, it tells what someone doesn't know, and asks
    nothing of its own."""
    words = [fold_word(w) for w in WORD.findall(sentence.casefold())]
    first = next((i for i in range(len(words)) if _asking_word(words, i)), None)
    return first is not None and any(
        words[j] in KNOWING_WORDS
        and not NEGATIONS.isdisjoint(words[max(j - NEGATION_REACH, 0) : j])
        for j in range(first)
    )


#: Where a clause begins inside a sentence: a comma, semicolon, colon or dash.
_CLAUSE_BREAK = patterns.compile(r"[,;:—–]|\s-\s")


def _asks_at_an_opening(sentence: str) -> bool:
    """Whether a clause of the sentence (after a comma, a dash or its lead words) opens with a
    question word that asks, as a yes/no question or with an asking opener ("and when", "so
    did they sign", "ok, how much"); not a question word inside a clause ("he praises
    everything when foreigners come")."""
    for clause in _CLAUSE_BREAK.split(sentence.casefold()):
        words = [fold_word(w) for w in WORD.findall(clause)]
        lead = 0
        while lead < len(words) - 1 and words[lead] in LEAD_WORDS:
            lead += 1
        rest = words[lead:]
        if rest and (_asking_word(rest, 0) or _opens_yes_no(rest) or _opens_asking(" ".join(rest))):
            return True
    return False


def _only_the_address(sentence: str) -> bool:
    """Whether a sentence is nothing but the bot addressed ("…my money's on vulin tbh. bot?"):
    it tags the question before it, it asks nothing of its own."""
    words = [fold_word(w.casefold()) for w in WORD.findall(sentence.replace("@", " "))]
    return all(word in ADDRESS_WORDS or word in LEAD_WORDS for word in words)


#: A blank to fill in a quiz ("sustainable ___ dialogue"): two underscores or more.
_BLANK = patterns.compile(r"_{2,}")
#: Ways of asking to fill a blank, every language's (see ``Language.cloze_askings``).
_CLOZE_ASKING = patterns.compile(
    r"(?i)\b(?:"
    + "|".join(p for language in LANGUAGES.values() for p in language.cloze_askings)
    + r")\b"
)


def without_cloze_asking(text: str) -> str:
    """``text`` (cleaned) without its blank and its way of asking to fill it, when it has a
    blank: "vucic noted sustainable ___ dialogue. what's the missing word" asks what Vucic
    noted; the "word" is nobody's words."""
    if "__" not in text:
        return text
    return _CLOZE_ASKING.sub(" ", _BLANK.sub(" ", text))


def focus(message: str) -> str | None:
    """The sentences of ``message`` that ask (see the module docstring), or None. In a chat,
    the sentence that addresses the bot after others starts what is asked ("…nothing changes
    for normal people. anyway @bot did travel come up?"). A quiz's blank is what it asks,
    not its "what's the missing word"."""
    found = _focus(message)
    return found[0] if found is not None else None


def asking_sentences(message: str) -> list[str]:
    """The sentences :func:`focus` keeps of ``message``, each as it keeps it; none when the
    whole message asks."""
    found = _focus(message)
    return found[1] if found is not None else []


def _focus(message: str) -> tuple[str, list[str]] | None:
    """:func:`focus` and :func:`asking_sentences` at once."""
    whole = split_sentences(without_cloze_asking(message))
    addressed = next(
        (
            i
            for i in range(1, len(whole))
            if _addresses_the_bot(whole[i]) and not _only_the_address(whole[i])
        ),
        0,
    )
    sentences = whole[addressed:]
    if addressed:
        # "…Vučić i njegovi gosti. bote sa kim se još sastao?": the bot named asks nothing.
        sentences = [without_address(sentences[0]), *sentences[1:]]
    # "…when it comes to farming? Machines, seeds, advice? What did the minister say?": a list
    # of guesses after a question guesses its answer, which the answer puts right.
    sentences = [
        s
        for i, s in enumerate(sentences)
        if not (
            i > 0
            and (_guess_list(s) or _guess_before_more(s, sentences[i + 1 : i + 2]))
            and _asks(sentences[i - 1])
        )
    ]
    # A question mark, or a question word: the last question often goes without its mark
    # ("…who's right? how much did it grow").
    continued = {
        # "…called Serbia a reliable partner... in what region?": the one before is asked too.
        i
        for i in range(len(sentences) - 1)
        if _continues(sentences[i + 1])
        # "…the mechanisms of some intergovernmental body. which body?": which one of what the
        # sentence before names.
        or _which_of_before(sentences[i], sentences[i + 1])
        # "…как называется механизм. что-то по торговле?": a guess at the answer, marked, asks
        # what the sentence before it asks.
        or (_guesses(sentences[i + 1]) and _asks(sentences[i]))
        # "…treba li nam viza. Da li vest nešto kaže o tome?": what "o tome" is about is the
        # sentence before it.
        or _only_about_that(sentences[i + 1])
    }
    marked = any(s.endswith("?") for s in sentences)
    last_marked = max((i for i, s in enumerate(sentences) if s.endswith("?")), default=-1)
    asking = [
        s
        for i, s in enumerate(sentences)
        if s.endswith("?")
        or i in continued
        # Beside a question with its mark, a sentence ending in a full stop states: its
        # question word is a conjunction ("Помню, что визит был в ноябре. Какого числа?") —
        # unless it opens by saying it asks ("I wonder how many tanks… . Any numbers?"). So
        # does one after the last marked question whose question word opens no clause ("Šta
        # je hvalio? On sve hvali kad dođu stranci"), while a last question typed without its
        # mark opens with its question word ("who's right? how much did it grow").
        or (
            _asks(s)
            and not (
                marked
                and (
                    s.endswith((".", "!"))
                    or _tells_not_knowing(s)
                    or (i > last_marked and not _asks_at_an_opening(s))
                )
            )
        )
        or _opens_asking(s)
        # "My company does business in Serbia and I want to know who the minister met. Was
        # it the president?": an opener after the story, a question word after it, asks
        # whatever mark ends it, before the marked question that follows up on it.
        or (i < last_marked and _asks_after_opener(s))
    ]
    if not asking:
        asking = sentences
    elif all(_only_asks_to_be_told(s) for s in asking):
        # "…ne mogu da se setim kako se zvao taj ministar. Da li biste mogli da me
        # podsetite?": the request asks what the sentence before it holds.
        at = sentences.index(asking[0])
        before = [s for s in sentences[:at] if _asks(s)]
        if before:
            asking = before[-1:]
        elif at:
            # "I need to translate 'a cup of coffee' into Russian. Can you help?": with no
            # question before it, the request is for what the sentence before it says.
            asking = sentences[at - 1 : at]
    parts = [
        " ".join(
            _without_trailing_story(
                _from_question_word(_COURTESY.sub(" ", s).strip(" ,.!:"))
            ).split()
        )
        for s in asking
    ]
    kept = " ".join(p for p in parts if p)
    if not WORD.search(kept) or kept == " ".join(" ".join(whole).split()):
        return None
    return kept, [p for p in parts if WORD.search(p)]


def _only_asks_to_be_told(sentence: str) -> bool:
    """Whether a sentence asks nothing but to be told or reminded ("Da li biste mogli da me
    podsetite?", "can you remind me pls", ``Language.tell_requests``): no word of its own is
    left once the request, courtesy and function words go."""
    words = [fold_word(w) for w in WORD.findall(_COURTESY.sub(" ", sentence).casefold())]
    rest = TELL_REQUESTS.without(words)
    return len(rest) < len(words) and all(w in STOP_WORDS or w in LEAD_WORDS for w in rest)


def tagged_sentence(message: str, asked: str) -> str | None:
    """The sentence of ``message`` that ``asked`` (what :func:`focus` found) ends, when it is
    longer: the statement a tag checks ("pričali su i o Ukrajini, *jel tako?*" -> the whole
    sentence). None when what is asked is a sentence of its own ("…o Ukrajini. Jel tako?")."""
    tail = " ".join(asked.split()).rstrip(" ?!.").casefold()
    for sentence in split_sentences(message):
        words = " ".join(sentence.split()).rstrip(" ?!.").casefold()
        if words != tail and words.endswith(tail):
            return sentence
    return None


def _without_trailing_story(sentence: str) -> str:
    """The sentence without the clauses after its question that ask nothing and end without a
    question mark, each of at least ``STORY_WORDS`` words: "šta je vučić rekao, nemam vremena
    da čitam ceo tekst, u busu sam" asks what Vučić said. A clause that asks, or the
    question's own mark after it ("who signed, the ministers themselves?"), keeps the tail —
    unless the tail opens as an aside (:func:`_opens_aside`): "ког дана је разговарао са
    Вучевићем, ја то бележим у свој календар?" asks the day, its mark kept."""
    clauses = sentence.split(",")
    asking = next((i for i, c in enumerate(clauses) if _asks(c)), None)
    if asking is None:
        return sentence
    if sentence.endswith("?"):
        for start in range(asking + 1, len(clauses)):
            aside = clauses[start:]
            if (
                _opens_aside(aside[0])
                and len(WORD.findall(",".join(aside))) >= STORY_WORDS
                and not any(_asks(c) for c in aside)
            ):
                return ",".join(clauses[:start]).strip() + "?"
        return sentence
    if not _asks(sentence):
        return sentence
    if any(_first_word(c) in _FRAMING_OPENERS for c in clauses[asking + 1 :]):
        # "в каких форматах, по словам Вучича, страны взаимодействуют": whose words are
        # asked about, and what they are about, go on with the question.
        return sentence
    end = len(clauses)
    while end - 1 > asking:
        tail = clauses[end - 1]
        if _asks(tail) or len(WORD.findall(tail)) < STORY_WORDS:
            break
        end -= 1
    return ",".join(clauses[:end]).strip() if end < len(clauses) else sentence


def _first_word(clause: str) -> str:
    """The clause's first word, folded ("" for none)."""
    word = WORD.search(clause.casefold())
    return fold_word(word.group(0)) if word else ""


def _opens_aside(clause: str) -> bool:
    """Whether a clause opens, after its lead words, with a word of the asker or a reason
    (``Language.aside_openers``: "i", "ja", "meni", "because", "jer"), and offers no
    alternatives: "what you think, I should learn german or spanish?" asks the choice."""
    words = [fold_word(w) for w in WORD.findall(clause.casefold())]
    if not OR_WORDS.isdisjoint(words):
        return False
    for word in words:
        # Checked first: English "i" is a lead word of Serbian and Russian ("and").
        if word in ASIDE_OPENERS:
            return True
        if word not in LEAD_WORDS:
            return False
    return False


#: The conjunction opening a reported claim ("…says *that* the bridge…", "kaže *da*", "говорит,
#: *что*"): not part of the claim.
_THAT = patterns.compile(r"^(?:that|da|да|что|што|chto)\s+", re.IGNORECASE)


def reported_claim(message: str) -> str | None:
    """What a message's story reports someone saying, from the reporting verb on, when its
    sentences that ask do not ("Moj kum kaže da trgovina samo opada. Ja mislim da je obrnuto.
    Šta kaže članak?" -> "trgovina samo opada"): the claim the asker wants checked. None when
    no sentence of the story reports a claim. An asking sentence pointing back ("…dropped last
    year. Is that true? Asking because my coworker keeps quoting it.") checks what came before
    it: what follows is why the asker asks, no claim of its own."""
    report = _report(message)
    return report[1] if report is not None else None


#: Adverbs between a reporter and its verb ("the article *also* says").
_REPORT_ADVERBS = frozenset("also even clearly apparently itself just only actually".split())


def reported_by_the_article(message: str) -> bool:
    """Whether the claim :func:`reported_claim` finds is the article's own: "the article says
    they signed a military deal. what is it worth?" takes it as read and asks beyond it."""
    return article_claim(message) is not None


def article_claim(message: str) -> str | None:
    """The claim :func:`reported_claim` finds when the article itself reports it ("the article
    says something makes cultural ties easier" -> "something makes cultural ties easier");
    None otherwise."""
    report = _report(message)
    if report is None:
        return None
    # The article word right before its verb ("the article also says"), not one of the story
    # before it ("my aunt watched the news and said…" is the aunt's claim).
    reporter = [fold_word(w.casefold()) for w in WORD.findall(report[0])]
    while reporter and reporter[-1] in _REPORT_ADVERBS:
        reporter.pop()
    return report[1] if reporter and reporter[-1] in _ARTICLE_WORDS else None


def _report(message: str) -> tuple[str, str] | None:
    """Who reports the claim (the words before the reporting verb) and the claim, for
    :func:`reported_claim`."""
    for sentence in split_sentences(message):
        if sentence.endswith("?"):
            if points_back(sentence):
                break
            continue
        words = list(WORD.finditer(sentence))
        for i, word in enumerate(words[:-2]):
            reporting = fold_word(word.group().casefold())
            after = fold_word(words[i + 1].group().casefold())
            if (
                reporting in _REPORTING
                and not (after in _REPLIES and words[i + 2].group().casefold() == "to")
                # "my cousin keeps asking me": a helper reports only before a hearsay verb.
                and (reporting not in _REPORTING_HELPERS or after in _REPORTING)
            ):
                # "my uncle keeps saying…": the claim starts after the last reporting word.
                start = i + 1
                while start < len(words) - 1 and (
                    fold_word(words[start].group().casefold()) in _REPORTING
                ):
                    start += 1
                rest = sentence[words[start].start() :].strip(" ,.!;")
                rest = _before_own_claim(_THAT.sub("", rest))
                if len(WORD.findall(rest)) < CLAIM_WORDS:
                    return None
                return sentence[: word.start()], rest
    return None


def _before_own_claim(claim: str) -> str:
    """``claim`` up to the comma that starts the asker's own competing one: "he only met vucic,
    i say he met more people" -> "he only met vucic" (the claim to check is the reported one)."""
    for comma in re.finditer(",", claim):
        words = [fold_word(w.casefold()) for w in WORD.findall(claim[comma.end() :])]
        # The opener right after the comma, or after a word leading it in ("…, but i think…",
        # "…, а я говорю…", "…, ali ja mislim…").
        starts = [words, words[1:] if words and words[0] in LEAD_WORDS else []]
        if any((" " + " ".join(w) + " ").startswith(_OWN_CLAIMS) for w in starts if w):
            return claim[: comma.start()].strip()
    return claim


#: Words for the article itself ("this *article*", "that *news*"): a demonstrative before one
#: points at the article, not at the story before the question.
_ARTICLE_WORDS = frozenset().union(*(language.framing_words for language in LANGUAGES.values()))
#: Every language's period nouns (``Language.period_nouns``): "this year" names a period.
_PERIOD_NOUNS = frozenset().union(*(language.period_nouns for language in LANGUAGES.values()))


#: The fewest words a quoted phrase needs to be words someone said ("'high level of
#: cooperation'"), not a term in quotes ("the 'EEU'").
QUOTE_MIN_WORDS = 3

#: A phrase in quotes of any kind: "…", “…”, ‘…’, «…», „…“, or '…' opening after a space and
#: closing before one, an apostrophe inside a word kept ("'Serbia is Kazakhstan's partner'").
_QUOTED = patterns.compile(
    r"\"([^\"]+)\"|“([^”]+)”|‘([^’]+)’|«([^»]+)»|„([^“”]+)[“”]"
    r"|(?<![^\s(])'((?:[^']|(?<=\w)'(?=\w))+)'(?=[\s.,;:!?)]|$)"
)


def quoted_phrases(text: str) -> tuple[str, ...]:
    """The phrases the message quotes, of at least ``QUOTE_MIN_WORDS`` words: "who in the
    article talked about the 'high level of cooperation between the countries'"."""
    found = (next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(text))
    return tuple(q.strip() for q in found if len(WORD.findall(q)) >= QUOTE_MIN_WORDS)


def points_back(text: str, lang: str | None = None) -> bool:
    """Whether a message's asking part points back at what was said before it ("is that
    true?", "это правда?", "what about it?"): "they" aside, which people say of the countries,
    and "this" of "according to this article", which points at the article. With ``lang``,
    only that language's words point back (an English "to" is no Russian "то")."""
    references = _BACK_REFERENCES_IN.get(lang or "", _BACK_REFERENCES)
    words = [fold_word(w.casefold()) for w in WORD.findall(text)]
    return any(
        word in references
        and not (
            word in DEMONSTRATIVES
            and i + 1 < len(words)
            and (words[i + 1] in _ARTICLE_WORDS or words[i + 1] in _PERIOD_NOUNS)
        )
        for i, word in enumerate(words)
    )


def joined(question: str) -> tuple[str, str] | None:
    """The two questions of one that joins them with a joining word before a question word
    ("what did they sign and why does it matter" -> "what did they sign", "why does it
    matter"; "и когда", "i zašto"), each of at least ``JOINED_PART_WORDS`` words; else None.
    An elliptic second part, a lone question word at the end ("who did he meet and when"),
    asks the first part again with that word: "who did he meet", "when did he meet". Two
    sentences that ask, each with its question mark or the last opening with its question
    word, are the two parts ("…nov 29 right? what were the negotiations for")."""
    sentences = split_sentences(question)
    marked = [
        s
        for i, s in enumerate(sentences)
        # The last question often goes without its mark ("…nov 29 right? what were the
        # negotiations for").
        if s.endswith("?") or (i == len(sentences) - 1 and i and _asks_at_an_opening(s))
    ]
    if len(marked) == 2 and all(len(WORD.findall(s)) >= JOINED_PART_WORDS for s in marked):
        # Two questions, each with its mark ("what did vucic say?? and did he get invited"):
        # the parts, the second without the word joining it to the first.
        first, second = (s.rstrip("?").strip() for s in marked)
        opening = WORD.match(second)
        if opening is not None and fold_word(opening.group(0).casefold()) in _JOINING_WORDS:
            second = second[opening.end() :].strip(" ,")
        # A second that points back at the first ("…? What did he stress?") is no question
        # of its own.
        if len(WORD.findall(second)) >= JOINED_PART_WORDS and not points_back(second):
            return first, second
    words = list(WORD.finditer(question))
    for i in range(1, len(words) - 1):
        if fold_word(words[i].group(0).casefold()) not in _JOINING_WORDS:
            continue
        after = fold_word(words[i + 1].group(0).casefold())
        if after in _PREPOSITIONS and i + 2 < len(words):
            # "…and on what subjects", "и о чём", "i o čemu": the preposition opens the part.
            asked = fold_word(words[i + 2].group(0).casefold())
            if asked not in QUESTION_WORDS and asked not in _ASKED_AFTER_PREPOSITION:
                continue
        elif after not in QUESTION_WORDS:
            continue
        if i == 1 and fold_word(words[0].group(0).casefold()) in QUESTION_WORDS:
            # "kada i sa kim se sastao", "when and with whom did he meet": two question words
            # sharing what follows the second ("when did he meet", "with whom did he meet").
            return _shared_rest(question, words)
        if i < JOINED_PART_WORDS:
            continue
        first = question[: words[i].start()].strip(" ,;-")
        if len(words) - i - 1 < JOINED_PART_WORDS:
            return _elliptic(first, words[i + 1].group(0), words[:i])
        second = question[words[i + 1].start() :].strip()
        return first, second
    return _two_claims(question, words)


def comma_joined(question: str) -> tuple[str, str] | None:
    """The two questions of one that asks a second thing after a comma with a question word
    and at most ``COMMA_PART_MAX_WORDS`` words, the part before it asking too ("which Serbian
    head of state, what date?" -> "which Serbian head of state", "what date"); a lone
    question word after the comma asks the first part again with it (as :func:`_elliptic`:
    "who did he meet, when?"). None otherwise: a longer part after the comma is a clause of
    the first ("Что сказал Нуртлеу, когда встретился с Вучичем?", "what did Vucic say to
    Nurtleu, who brought the invitation?"). Often the second part only says the first again
    ("what did Vucevic say, what were his words?"): the engine takes the parts only when
    they ask different kinds."""
    words = list(WORD.finditer(question))
    for i in range(JOINED_PART_WORDS, len(words)):
        if "," not in question[words[i - 1].end() : words[i].start()]:
            continue
        if fold_word(words[i].group(0).casefold()) not in QUESTION_WORDS:
            continue
        if len(words) - i > COMMA_PART_MAX_WORDS:
            return None
        first = question[: words[i - 1].end()].strip()
        own = [w for w in WORD.findall(first) if fold_word(w.casefold()) not in QUESTION_WORDS]
        if not own or not _asks(first):
            continue
        if len(words) - i < JOINED_PART_WORDS:
            return _elliptic(first, words[i].group(0), words[:i])
        return first, question[words[i].start() :].strip()
    return None


#: The most words a second question after a comma has ("…, what date?"): a longer part is a
#: clause of the first ("…, когда встретился с Вучичем?").
COMMA_PART_MAX_WORDS = 2


#: Words asking whether two things are both so ("both true?", "оба верно?", "obe tačne?").
_BOTH = frozenset("both oba obe oboje obadva".split())


def _two_claims(question: str, words: list[re.Match[str]]) -> tuple[str, str] | None:
    """The two claims of a message asking whether both are so ("my colleague says trade
    tripled and the memorandums were on sports, both true?") or reporting two ("…said X and
    that Y"): split at the first joining word with at least ``JOINED_PART_WORDS`` words on
    each side (before "that", for two reported); None otherwise."""
    folded = [fold_word(w.group(0).casefold()) for w in words]
    both = not _BOTH.isdisjoint(folded)
    for i in range(JOINED_PART_WORDS, len(words) - JOINED_PART_WORDS):
        if folded[i] not in _JOINING_WORDS:
            continue
        first = question[: words[i].start()].strip(" ,;-")
        rest = question[words[i + 1].start() :]
        claimed = _THAT.sub("", rest)
        if claimed != rest and WORD.search(claimed):
            # "…said X and that Y": a second claim reported.
            return first, claimed
        if both or folded[i + 1] in ALSO_WORDS:
            # "…both true?", "…met the defence minister and also signed a deal": two claims.
            return first, rest
    return None


def _shared_rest(question: str, words: list[re.Match[str]]) -> tuple[str, str] | None:
    """The parts of "<question word> and <question word> <rest>": each question word with the
    rest ("когда и с кем встречался" -> "когда встречался", "с кем встречался"); None when
    nothing follows the second."""
    second = 2
    if fold_word(words[second].group(0).casefold()) in _PREPOSITIONS:
        second += 1
    if second + 1 >= len(words):
        return None
    rest = question[words[second].end() :].strip()
    return f"{words[0].group(0)} {rest}", question[words[2].start() :].strip()


def _elliptic(first: str, asked: str, words: list[re.Match[str]]) -> tuple[str, str] | None:
    """The parts of "<first> and <question word>": the first, and the first asked with the
    trailing question word in place of its own; None when the first part has none."""
    own = next((w for w in words if fold_word(w.group(0).casefold()) in QUESTION_WORDS), None)
    if own is None:
        return None
    return first, first[: own.start()] + asked + first[own.end() :]
