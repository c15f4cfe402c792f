"""What the bot knows of one language: the common interface of bot/lang/en.py, ru.py and sr.py.

Words are written *folded* (:func:`bot.lang.translit.fold_word`: Latin script, no diacritics,
lower case), the form in which questions are compared: Russian "что" is "cto", Serbian "šta"
is "sta". Regular-expression fragments (preambles, exclusions, contractions) apply to cleaned
text before folding, so they may be in either script.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Protocol

from bot.lang.keyboard import QWERTY

#: The kinds of answer a question may ask for. The phrase found first in a question decides its
#: kind, the longer of two starting at the same word ("how long" is duration, "what date" when);
#: ``what`` is also the kind when none matches. See :func:`bot.lang.normalize.question_kind`.
QUESTION_KINDS = (
    "time",
    "distance",
    "age",
    "duration",
    "year",
    "amount",
    "when",
    "where",
    "who",
    "why",
    "topic",
    "what",
    "yesno",
)
#: Kinds of small talk (each a key of bot.conversation.texts).
SMALL_TALK_KINDS = ("greeting", "thanks", "bye", "how_are_you", "about_me", "acknowledge")


class Stemmer(Protocol):
    """A Snowball stemmer."""

    def stemWord(self, word: str) -> str: ...  # noqa: N802 - PyStemmer's API


@lru_cache(maxsize=8)
def snowball(algorithm: str) -> Stemmer:
    """The Snowball stemmer ``algorithm`` ("english", "russian"…), made on first use.

    PyStemmer (the Snowball project's C build) rather than the pure-Python snowballstemmer: the
    same algorithms and stems, but importing that package loads all its 30-odd algorithms
    (~45 ms of every ``python -m bot ask``), and stemming in C builds an engine faster.
    Imported here, on first use, so importing the language modules does no work.
    """
    stemmer_module = importlib.import_module("Stemmer")
    stemmer: Stemmer = stemmer_module.Stemmer(algorithm)
    return stemmer


@dataclass(frozen=True, slots=True)
class Language:
    """One language's words and rules (all words folded; see the module docstring)."""

    #: ISO 639-1 code: ``en``, ``ru``, ``sr``.
    code: str
    #: Function and filler words: they carry no topic.
    stop_words: frozenset[str]
    #: (kind, phrases) pairs: phrases that reveal the kind of answer wanted (kinds from
    #: :data:`QUESTION_KINDS`; a ``yesno`` phrase counts only at the start of a question).
    question_kinds: tuple[tuple[str, tuple[str, ...]], ...]
    #: Words about the asking or the article itself ("article", "mentioned", "статья"): they
    #: don't say what a question is about.
    framing_words: frozenset[str]
    #: Pronouns that stand for a person in a follow-up ("he", "его", "njega").
    person_pronouns: frozenset[str]
    #: Other words that point back in a follow-up ("it", "there", "тогда").
    other_references: frozenset[str]
    #: Openings that continue a conversation ("and", "what about", "а когда").
    continuations: tuple[str, ...]
    #: (kind, phrases) pairs of small talk (kinds from :data:`SMALL_TALK_KINDS`).
    small_talk: tuple[tuple[str, tuple[str, ...]], ...]
    #: The language's stemmer over one cleaned token, or None for a token it cannot read
    #: (the Russian stemmer reads only Cyrillic).
    stem: Callable[[str], str | None]
    #: Words that may surround small talk without making it a question ("oh", "please").
    small_talk_filler: frozenset[str] = frozenset()
    #: Word forms that may stand between "who" and a person described ("who *was the* Kazakh
    #: minister that came…", "ko *je bio taj*…", "кто *такой*…"): the question then asks who
    #: that person is, not whom they met.
    identity_links: frozenset[str] = frozenset()
    #: The person pronouns that stand as the subject ("he", "она", "on"); the others are
    #: possessive or object forms ("his", "его", "njegov"). After a story naming several
    #: people, "he" may be any of them (or the asker's friend), "his post" the last one named.
    subject_pronouns: frozenset[str] = frozenset()
    #: Possessives and pronouns of two or more people (folded: "their", "they", "их",
    #: "njihov"): after a story naming exactly two, "what was their meeting about?", "what
    #: were they discussing?" ask about those two (with no two named, "what did they sign"
    #: means the countries).
    pair_pronouns: frozenset[str] = frozenset()
    #: Words pointing back at someone just mentioned when a person noun follows (folded):
    #: "that minister", "этого сербского министра", "taj ministar" stand for the person the
    #: message's story last named, as "his" does.
    demonstratives: frozenset[str] = frozenset()
    #: "That"/"it" and "was"/"is" (folded), which together before a name say who someone was:
    #: "…he met — *was that* Gasic?", "*это был* Лавров?", "*to je bio* Lavrov".
    naming_pointers: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    #: Words before "else" that make it "different", not "more" (folded): "the article calls him
    #: *something else*" asks what it calls him.
    other_than_words: frozenset[str] = frozenset()
    #: Regular expressions for ways of asking that say nothing about what is asked
    #: ("can you tell me"), in the order they are tried.
    preambles: tuple[str, ...] = ()
    #: Regular expressions (on folded text) for a name claimed for someone, the name in group
    #: ``claimed``: "first name *ivan*", "name is *marat*", "is it *aleksander*?" after a name
    #: asked, "зовут *иван*", "zove se *ivan*".
    name_claims: tuple[str, ...] = ()
    #: Regular expressions for asking to fill a blank ("what's the missing word", "какое слово
    #: пропущено"): after a blank ("___") they are how the quiz asks, nothing it asks about.
    cloze_askings: tuple[str, ...] = ()
    #: Regular expressions for the second alternative of a yes/no question ("…or was it just
    #: photos", "или это просто слухи", "ili je to samo priča"): the question is about the
    #: first; the contrast only dilutes it. Each matches from "or" to the end of its clause.
    contrasts: tuple[str, ...] = ()
    #: Endings that make a name possessive, typed on the name (folded): English "nurtleus"
    #: (an apostrophe left out), Serbian "Dačićeva", "Vučićev" (possessive adjectives).
    possessive_endings: tuple[str, ...] = ()
    #: Person pronouns that are only possessive (folded: "his", "njegov"), which stand for a
    #: name a few words before them in a question ("what did Dacic himself say during *his*
    #: talks"); an object pronoun ("did Nurtleu meet *him*?") stands for a name only right
    #: before it. Russian "его" is both, so none.
    possessive_pronouns: frozenset[str] = frozenset()
    #: Endings written otherwise in this language's spelling of foreign names: English
    #: "Tokaeff" is "Tokaev", "Lavroff" "Lavrov" (ending as typed, ending of the known name).
    name_endings: tuple[tuple[str, str], ...] = ()
    #: Letters another dialect of this language writes for the same sound, tried on a word the
    #: fact base doesn't know (folded, as typed -> as the fact base writes them): ijekavian
    #: Serbian "razmjena", "posjeta", "vrijeme" are ekavian "razmena", "poseta", "vreme".
    dialect_spellings: tuple[tuple[str, str], ...] = ()
    #: Regular expressions for words opening a clause that is not what is asked ("besides").
    exclusions: tuple[str, ...] = ()
    #: Words (as typed, lower case) that, right after an exclusion, make it ask for the rest
    #: instead: "anything besides *bilateral relations*?" asks about the wider world, so the
    #: phrase is read whole ("кроме двусторонних" is a synonym of the global agenda); "где
    #: кроме двустороннего формата" still sets the format aside.
    complement_words: tuple[str, ...] = ()
    #: Question words (folded) that a separate "то"/"нибудь" after them makes indefinite, as chat
    #: types "что-то" without its hyphen ("я что то путаю": it asks nothing).
    indefinite_openers: frozenset[str] = frozenset()
    #: Endings of a verb's past tense (folded: "обсуждали" is "obsuzdali"): such a word after
    #: an exclusion's first word ends its topic, for the verb is what is asked of the rest
    #: ("какие сферы кроме военной обсуждали?" sets the military aside, not the talk).
    past_verb_endings: tuple[str, ...] = ()
    #: Regular expressions for "only X or others too": the one named is not what is asked
    #: (the others are). Each has a group ``span``, the words between "only" and "or others":
    #: its names, person words and small words are dropped with the pattern, the rest stays
    #: ("did he only meet the president or others too" asks "did he meet").
    #: Regular expressions for "only <a person>?" ending a question ("did he meet only
    #: Vucic?", "samo sa Vučićem?"), with a ``span`` group: when the span names a person the
    #: fact base knows, it asks whom, and the one named is a guess set aside as in
    #: ``alternatives``; otherwise ("only for tourists?") it stays.
    only_named: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()
    #: Regular expressions (folded) for words that present a guess after a question
    #: ("who is their foreign minister, is it Vucic?", "ko je to bio, je li to Vučić?"): they
    #: do not make the guess a yes/no question of its own; the answer puts it right.
    guess_openings: tuple[str, ...] = ()
    #: (pattern, replacement) pairs undoing contractions and possessives, in order.
    contractions: tuple[tuple[str, str], ...] = ()
    #: (pattern, replacement) pairs restoring letters speech drops and marks with an
    #: apostrophe ("kol'ko" is "koliko"), applied before small words are read: split at the
    #: mark, the word would be read as two ("kol ko", asking who).
    elisions: tuple[tuple[str, str], ...] = ()
    #: (pattern, replacement) pairs applied to a folded question before its kind is read
    #: ("when it comes to" is not a *when*).
    kind_rewrites: tuple[tuple[str, str], ...] = ()
    #: Cyrillic letters only this language writes (of the bot's languages).
    own_cyrillic_letters: str = ""
    #: Latin letters only this language writes (of the bot's languages).
    own_latin_letters: str = ""
    #: Common words that tell this language from the others with its script.
    telling_words: frozenset[str] = frozenset()
    #: Words that alone tell this language from English.
    marker_words: frozenset[str] = frozenset()
    #: Short words and word endings common in this language and rare in English, for text
    #: typed without its own letters.
    short_words: frozenset[str] = frozenset()
    endings: tuple[str, ...] = ()
    #: The small words whose misspellings are read as them (:mod:`bot.lang.typos`): question
    #: words first, then other function words, folded, three letters or more.
    function_words: tuple[str, ...] = ()
    #: Spellings of small words people type on purpose or by habit ("wat", "hwo", "shto"),
    #: folded, -> the word they stand for.
    typos: Mapping[str, str] = field(default_factory=dict)
    #: Pairs of letters (folded) this language's writers confuse by sound: Russian unstressed
    #: "о" written "а" ("кагда").
    sound_alike: tuple[tuple[str, str], ...] = ()
    #: The letter rows of the keyboard this language is typed on, folded
    #: (:data:`bot.lang.keyboard.QWERTY` unless given): a key hit instead of its neighbour is a
    #: slip. Russian's ЙЦУКЕН: "продает" (folded "prodaet") is no slip of "придает" there,
    #: though o and i are QWERTY neighbours.
    keyboard: tuple[str, ...] = QWERTY
    #: Words that ask for a judgement ("good", "corrupt", "хороший", "dobar"): a question
    #: resting on one the fact base never uses asks an opinion the article doesn't give.
    opinion_words: frozenset[str] = frozenset()
    #: Words for something made up on request ("poem", "joke", "стих", "vic"): a message asking
    #: for one the fact base never mentions asks the bot to write, not to tell the article.
    creative_words: frozenset[str] = frozenset()
    #: Verbs that ask the bot to write something (folded): imperatives anywhere ("напиши",
    #: "napiši"), or a bare verb ("write") at the start of the message or after one of
    #: ``request_leads`` ("can you write", "pls write"); "I have to write a summary" is the
    #: asker's own work.
    writing_asks: frozenset[str] = frozenset()
    writing_verbs: frozenset[str] = frozenset()
    request_leads: frozenset[str] = frozenset()
    #: Things written on request ("summary", "tweet", "email", "пост", "rezime", folded): one
    #: soon after a writing verb asks the bot to compose it, which no answer from the article is.
    written_things: frozenset[str] = frozenset()
    #: Phrases asking how something is said in a language (folded: "how do you say", "как
    #: сказать", "kako se kaže"): a translation request, not a question about the article.
    translation_asks: tuple[str, ...] = ()
    #: Phrases asking only to be told (folded: "can you remind me", "could you tell me",
    #: "podsetite me", "напомните"): a sentence of nothing but one asks what the sentence
    #: before it says the asker can't remember ("…ne mogu da se setim kako se zvao taj
    #: ministar. Da li biste mogli da me podsetite?").
    tell_requests: tuple[str, ...] = ()
    #: Phrases asking the bot to do a task for the asker (folded: "remind me to", "set an
    #: alarm", "поставь будильник", "podseti me da"): an errand, whatever else the message
    #: names ("remind me to call my mom at five" is no question about anyone's call).
    errand_asks: tuple[str, ...] = ()
    #: Phrases asking the bot's own view (folded: "what do you think", "как ты думаешь",
    #: "šta misliš") or advice for the asker's own plans ("recommend", "посоветуйте", "how do
    #: i learn"): the article gives facts, and the bot has no view of its own.
    opinion_asks: tuple[str, ...] = ()
    #: Phrases asking whether something was all there was (folded: "only", "nothing else",
    #: "только", "больше ничего", "samo", "ništa drugo"): a fact listing it among others
    #: answers (``Fact.lists``).
    whole_list_asks: tuple[str, ...] = ()
    #: Whether a verb goes without its subject ("что говорил про сотрудничество?", "o čemu je
    #: pričao?"): a person named before the comma is who the question is about.
    drops_subjects: bool = False
    #: Words for a person by their role ("president", "politician", "predsednik"): an opinion
    #: word before one judges the person ("a good president").
    person_nouns: frozenset[str] = frozenset()
    #: Words for an office held for a field ("minister", "министр", "ministar", folded): an
    #: unknown word next to one names the field, part of the post ("interior minister",
    #: "министр финансов", "ministar unutrašnjih poslova").
    portfolio_nouns: frozenset[str] = frozenset()
    #: Words that ask for someone's words ("say", "told", "describe", "сказал", "rekao",
    #: folded): a question naming a person who speaks in the article and holding one asks for
    #: that person's words (see :func:`bot.engine.scoring.words_elsewhere`).
    speech_words: frozenset[str] = frozenset()
    #: Words right before a name that make its person the one words were said to or about,
    #: not the speaker (folded): "what did he *tell* Vucic", "что он сказал *про* Вучича".
    spoken_to_words: frozenset[str] = frozenset()
    #: Endings of a name's form (folded) that make its person the one spoken to or about —
    #: the dative and locative of a name whose own form has no such ending: "Вучичу",
    #: "o Vučiću" ("Нуртлеу" ends so by itself and stays a speaker).
    spoken_to_endings: tuple[str, ...] = ()
    #: Words that ask who someone is ("name", "surname", "position", "government", "зовут",
    #: "должность", "prezime"): in a who-question about a named person, the person's fact
    #: accounts for them.
    identity_words: frozenset[str] = frozenset()
    #: Words naming the time a when-question asks for ("day", "date", "дата", "dana"): the
    #: fact that answers when accounts for them, as a person's fact for ``identity_words``.
    time_words: frozenset[str] = frozenset()
    #: Words naming a date or its parts (folded: "date", "month", "дата", "datum"): a message
    #: without a question word that holds one asks when ("kazakh fm serbia visit date", "kz fm
    #: belgrade trip month").
    date_words: frozenset[str] = frozenset()
    #: Nouns of a period (folded): a demonstrative before one names that period rather than
    #: pointing back at what was said ("this year", "этот месяц", "ove godine").
    period_nouns: frozenset[str] = frozenset()
    #: Month names in their common forms (folded: "november", "nov", "nojabre", "novembra"):
    #: a question that names a month the article gives, asking who or what, states when it
    #: is about rather than asking it ("who went to Belgrade in November").
    month_words: frozenset[str] = frozenset()
    #: Words for a part of a month before its name ("early", "end of", "в начале", "početkom",
    #: folded): "početkom decembra" puts the events in December as "u decembru" does.
    month_parts: frozenset[str] = frozenset()
    #: Words for orders of magnitude ("million", "млрд", "milijardi", folded): a figure before
    #: one claims an amount, to be put right by the fact that gives it.
    magnitude_words: frozenset[str] = frozenset()
    #: Words naming the place a where-question asks for ("city", "город", "gradu"): likewise.
    place_words: frozenset[str] = frozenset()
    #: Words naming the reason a why-question asks for ("reason", "причина", "razlog"):
    #: likewise.
    reason_words: frozenset[str] = frozenset()
    #: The asker's own ("my", "мой", "moj", folded): the word after one is about the asker,
    #: not the article ("my boss heard…" is no president, "my dad says…" no one it names).
    my_words: frozenset[str] = frozenset()
    #: "for" before the asker's "my" (folded): "for my essay" says what the answer is for.
    purpose_words: frozenset[str] = frozenset()
    #: The asker as the subject of a thinking word, and the parts of a negation that may stand
    #: between ("i think", "i dont think", "we don't think"; folded): the asker's own view, no
    #: one's asked. Empty where the thinking words are third-person forms (Russian, Serbian).
    asker_subjects: frozenset[str] = frozenset()
    negation_parts: frozenset[str] = frozenset()
    #: Verbs that report what the asker's own said ("my friend *says* the minister is…",
    #: folded): after a word of the asker's own they are no question about anyone's words.
    hearsay_words: frozenset[str] = frozenset()
    #: Hearsay words that report only before another one (folded): "my uncle *keeps* saying
    #: the deal was about gas" reports a claim, "my cousin *keeps* asking me" none.
    hearsay_helpers: frozenset[str] = frozenset()
    #: A reply right after a hearsay verb and before "to" (folded: "yes", "no"): "Vucic *said
    #: yes to* the invitation" tells what he answered, no claim he reported ("said no one
    #: came" reports one).
    reply_words: frozenset[str] = frozenset()
    #: Someone not named (folded: "someone", "people"): a hearsay verb right after one reports
    #: a claim too ("someone says the minister only met Vucic"), but the word itself stays
    #: ("did someone sign it" asks about the signing).
    someone_words: frozenset[str] = frozenset()
    #: People of the asker's own life (folded: "friend", "dad", "друг", "tata"): before a
    #: hearsay verb they report a claim even without "my" ("друг каже ништа", "dad insists
    #: they met in March"), and neither the person nor the verb is asked about ("друг" is
    #: no "friendly country").
    asker_people_words: frozenset[str] = frozenset()
    #: Question words that also relate a clause to the noun before them (folded: "which",
    #: "который", "koja"): after a content word they ask nothing ("my dad works at a firm
    #: *which* exports apples", "у фирми *која* извози").
    relative_words: frozenset[str] = frozenset()
    #: Those of ``relative_words`` that never ask in a question's clause (folded: Russian
    #: "который", not Serbian "koji", which is "which" too): after a comma and its
    #: preposition ("…, о котором речь, …") they open a clause describing the noun before.
    relative_only_words: frozenset[str] = frozenset()
    #: Phrases naming a year relative to the time of speaking, by period (as typed; compared
    #: folded): ``("last_year", ("last year", "past year"))``. A fact whose answer states one
    #: period ("…reached $73.8 million last year") does not answer a question asking about
    #: another ("how much trade so far this year?").
    periods: tuple[tuple[str, tuple[str, ...]], ...] = ()
    #: Those of ``periods`` that lie ahead of the time of speaking ("next_year"): a fact whose
    #: answer states one tells when something is to happen.
    future_periods: frozenset[str] = frozenset()
    #: Words putting what a question asks about ahead (folded: "will", "should", "должен",
    #: "поедет", "treba", "će"): "when should Vucic go there?" asks when he is to go, which a
    #: fact stating a future period answers, not the date of what already happened.
    future_words: frozenset[str] = frozenset()
    #: Words for the next of a series (folded: "next", "sledeci", "следующий"): "the next
    #: elections" asks about the elections, which "next" alone doesn't make the article's
    #: (its invitation is for next year).
    next_words: frozenset[str] = frozenset()
    #: Words offering alternatives (folded: "or", "или"): a period offered as one of two
    #: ("this year or next?") is a choice to make, which the fact's own period settles.
    or_words: frozenset[str] = frozenset()
    #: Phrases opening the asker's own competing claim (folded: "i say", "ja govorju", "ja
    #: mislim"): a reported claim to check ends before the comma that starts one ("dad says he
    #: only met vucic, i say he met more people").
    own_claim_openers: tuple[str, ...] = ()
    #: Words of one's view (folded: "think", "думает", "misli"): between two people they ask
    #: what one thinks of the other ("what does Tokayev think of Vucic"), which no fact says.
    thinking_words: frozenset[str] = frozenset()
    #: Question words that also join a clause of time or place (folded: "when", "where")…
    clause_joiners: frozenset[str] = frozenset()
    #: …and words opening that clause's subject: a joiner between a content word and one of
    #: them asks nothing ("…signed a weapons deal *when that* minister visited", "the city
    #: *where the* talks were"; not "curious *whether the*…").
    clause_subjects: frozenset[str] = frozenset()
    #: Question words that relate a clause to a person of the asker's life before them
    #: (folded: "who"): "…for my dad *who* refuses to read…" asks nothing, while "the
    #: minister who talked trade?" may still ask.
    person_relative_words: frozenset[str] = frozenset()
    #: Words for the bot itself (folded: "bot", "бот", "bote"), by which a group addresses
    #: it: neither what a question asks nor evidence it is off topic, when what is left says
    #: what it asks about ("@bot vucevic", "бот, о чём статья").
    address_words: frozenset[str] = frozenset()
    #: Regular expressions (over folded text) for the tags that put a statement forward to be
    #: checked: hearsay ("i heard", "čuo sam", "слышал") or a request to confirm ("is that
    #: true", "jel tako", "это правда"). A statement so tagged that a gap would decline
    #: ("they signed a gas deal right?") is answered with what the article says instead.
    claim_tags: tuple[str, ...] = ()
    #: Words of knowing or telling that make a later when/where/who a question of their own
    #: (folded; :attr:`speech_words` count too): "did he *say* when…", "do you *know* where…"
    #: ask when and where, but in "was the ambassador there when they met" (none before it)
    #: "when" only joins two clauses, and the sentence asks yes or no.
    knowing_words: frozenset[str] = frozenset()
    #: Words that negate a knowing word a few words after them (folded): "my grandson
    #: *doesnt* even know what day it is", "унук *не* зна ни који је дан" tell what someone
    #: doesn't know; the question word after them asks nothing.
    negations: frozenset[str] = frozenset()
    #: Words that may come before a yes/no opening without changing it (folded): "so is he
    #: going", "а был ли", "pa da li".
    lead_words: frozenset[str] = frozenset()
    #: Words opening an aside after a question, folded: the asker's "I", "to me", "because"
    #: ("ja", "meni", "jer"). After the question's comma, a clause opened by one that asks
    #: nothing is about the asker, even when the message's mark ends it ("ког дана је
    #: разговарао са Вучевићем, ја то бележим у свој календар?").
    aside_openers: frozenset[str] = frozenset()
    #: More words that open a sentence of the asker's story in a message dictated without
    #: sentence marks ("our", "while", "thanks", "наш", "hvala": :mod:`bot.lang.dictation`),
    #: besides ``aside_openers`` and ``my_words``.
    dictated_openers: frozenset[str] = frozenset()
    #: Words that open a yes/no question ("did", "is", "jel", folded): a dictated sentence
    #: opening with one asks.
    yes_no_openers: frozenset[str] = frozenset()
    #: Question words that also join a clause of time or place to the sentence before ("when",
    #: "where", "когда", "kad", folded): in a dictated message, after a sentence that asks,
    #: one goes on with it.
    subordinate_words: frozenset[str] = frozenset()
    #: Words that open a yes/no question inside a dictated sentence of the asker's story
    #: ("jel", "da li", folded): the question starts there.
    inner_yes_no_openers: frozenset[str] = frozenset()
    #: Words opening with a question word that ask nothing ("как бы", "как обычно", "when it
    #: comes to"; folded, at most ``dictation.IDLE_PHRASE_MAX_WORDS``): in a dictated message
    #: no question starts there.
    idle_question_phrases: frozenset[str] = frozenset()
    #: A word or two that, ending a sentence of a dictated message, ask whether its
    #: statement holds ("right", "да", "jel tako", folded): the sentence is put forward as a
    #: claim, the tag after a comma.
    dictated_tags: frozenset[str] = frozenset()
    #: Words that, right after an asking opener, say why or when the asker needs to know, not
    #: what (folded): "I need to know *before* I build an argument around it" asks nothing.
    reason_links: frozenset[str] = frozenset()
    #: Question words (folded): a sentence holding one asks something (bot.lang.clauses).
    question_words: frozenset[str] = frozenset()
    #: Regular expressions for courtesy around a question that says nothing about it:
    #: greetings, thanks, apologies, sign-offs ("thanks in advance", "sorry if this is dumb")
    #: (see :mod:`bot.lang.clauses`).
    courtesy: tuple[str, ...] = ()
    #: Words that point at the asker's present moment ("today", "now", "сегодня", "danas"):
    #: the article cannot know the asker's now (see :mod:`bot.lang.now`).
    now_words: frozenset[str] = frozenset()
    #: The now words that name the asker's day itself ("today", "сегодня", "danas"; folded):
    #: "today is december 1st, right?" claims a date for it, "ok now, december 5" does not.
    today_words: frozenset[str] = frozenset()
    #: Now words of this language alone, read only in a question in it: Serbian "sad" (now)
    #: is English "sad".
    own_now_words: frozenset[str] = frozenset()
    #: Words asking whether something lasts ("still", "ещё", "još", folded): with a now word,
    #: a question about the present ("is Vucic still president today?"), which the article,
    #: written on its own day, cannot answer.
    still_words: frozenset[str] = frozenset()
    #: Words asking for more or someone else ("else", "ещё", "još": "who else", "кто ещё",
    #: "ko još"): alone they don't ask whether something still holds, and beside "he" they
    #: set aside the person a story names ("…he met Vucic. who else did he see?").
    more_words: frozenset[str] = frozenset()
    #: Words for what a clock, a calendar, a forecast or a market tells ("date", "weather",
    #: "число", "vreme", weekday names, "rate", "kurs"): with a now word, a question about the
    #: present moment.
    calendar_words: frozenset[str] = frozenset()
    #: Whole phrases that ask about the present moment by themselves ("what time is it",
    #: "который час", "koliko je sati").
    now_questions: tuple[str, ...] = ()
    #: Words (folded) that join two questions into one message when a question word follows
    #: ("what did they sign and why does it matter", "и когда", "i zašto"): each part is
    #: decided too (see :func:`bot.lang.clauses.joined`).
    joining_words: frozenset[str] = frozenset()
    #: Words typed with a hyphen before a question word ("know-how"): read as one word
    #: ("knowhow"), so "…offering its own know-how?" asks no "how".
    hyphened_words: tuple[str, ...] = ()
    #: Words that only add emphasis (folded: "actually", "вообще", "zapravo"): set aside before
    #: phrases are read, so "what were the talks actually about" holds "talks about" as
    #: "what were the talks about" does. Not "exactly"/"точно": a gap may ask for precision.
    filler_words: frozenset[str] = frozenset()
    #: Words asking for precision (folded: "exactly", "конкретно", "tačno"): not read inside a
    #: kind phrase ("на какую конкретно дату" asks when, as "на какую дату" does), though a
    #: gap may still need them.
    precision_words: frozenset[str] = frozenset()
    #: Words before a place that make it where something happened (folded: "in", "в", "u"):
    #: "was the visit in Zagreb?" claims a place.
    place_prepositions: frozenset[str] = frozenset()
    #: Words before a person that make them a party to what happened (folded: "with",
    #: "from", "с", "от", "sa", "od"): "was the invitation from Putin?" claims who invited.
    party_prepositions: frozenset[str] = frozenset()
    #: Words adding someone to those already there (folded: "also", "тоже", "takođe", and
    #: Russian/Serbian "и"/"i" right before a person): "did he also meet Brnabic?" asks
    #: whether another was present, which the article's list of those met doesn't settle.
    also_words: frozenset[str] = frozenset()
    #: Beginnings of verbs of mentioning or discussing someone (folded: "mention", "упомина",
    #: "pominj"): "was Putin mentioned?" claims someone was talked of, not that they took part.
    mention_stems: tuple[str, ...] = ()
    #: Beginnings of verbs of meeting (folded: "meet", "встреч", "sasta"): "did Nurtleu meet
    #: Putin?", "was Brnabic at the meetings?" claim someone was present, which the article's
    #: list of those met doesn't settle (the article doesn't name them): declined, not put right.
    meeting_stems: tuple[str, ...] = ()
    #: Beginnings of the nouns among them (folded: "meeting", "встреч[аеу]", "sastan"): "was
    #: Brnabic at the meetings?" puts someone at one, as "met Putin" does; "did Putin meet
    #: Nurtleu?" makes the figure the one who met, which who it was puts right.
    meeting_nouns: tuple[str, ...] = ()
    #: Verbs of living somewhere (folded: "lives", "живет", "živi"): a place after one and a
    #: place preposition ("my uncle lives in Almaty") is where someone of the asker's life is,
    #: as one after such a person is ("drugar iz Novog Sada"): the story's, not the article's.
    residence_words: frozenset[str] = frozenset()
    #: Verbs that take the place visited as their object (folded: "visited", "посетил",
    #: "posetio"): "Nurtleu visited Zagreb, right?" claims a place as "…was in Zagreb" does.
    place_verbs: frozenset[str] = frozenset()
    #: Verbs of coming from somewhere (folded: "flew", "прилетел", "doputovao") and the word
    #: for "from" after them (``from_words``: "from", "из", "iz"): "nurtleu flew in from
    #: Moscow, right?" claims where he came from, which the article doesn't say, not where its
    #: events were.
    origin_words: frozenset[str] = frozenset()
    from_words: frozenset[str] = frozenset()
    #: First words of a clause saying whose view is asked (folded: "according", "по", "prema"):
    #: "according to the Serbian side, how well…" is one question, not a story and a question.
    view_openers: frozenset[str] = frozenset()
    #: Phrases (folded) opening a sentence with the occasion it asks about ("*during* the
    #: meeting with the president, what did he say", "*во время* встречи…", "*tokom*
    #: sastanka…"): what comes before the question word is no story to cut away.
    occasion_openers: tuple[str, ...] = ()
    #: Words (folded, space-separated) after which a sentence's question begins ("…my son
    #: works in Almaty, *so I wonder* whether Serbs need a visa", "pa me zanima", "хочу
    #: узнать"): what comes before them is the asker's story.
    asking_openers: tuple[str, ...] = ()
