"""Language knowledge, one module per language (no fact base, no engine).

- ``en.py``, ``ru.py``, ``sr.py``: each language's words and rules, one
  :class:`~bot.lang.language.Language` each, registered in :data:`LANGUAGES`;
- ``translit.py``: scripts (Cyrillic and Latin) and folding, ``detect.py``: which language a
  text is in, ``normalize.py``: the text pipeline over them, ``smalltalk.py``, ``words.py``
  (word frequencies and places), ``typography.py``.

Adding a language: a module like ``en.py`` with its ``LANGUAGE``, listed in :data:`LANGUAGES`.
The combined sets below are what the pipeline, the engine and the dialogue use.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from bot.lang import en, ru, sr
from bot.lang.language import Language
from bot.lang.phrases import Phrases

#: Every language the bot reads, by code, English first (the default).
LANGUAGES: Mapping[str, Language] = MappingProxyType(
    {language.code: language for language in (en.LANGUAGE, ru.LANGUAGE, sr.LANGUAGE)}
)


def get(code: str) -> Language:
    """The language with this code (``en``, ``ru``, ``sr``); KeyError for another."""
    try:
        return LANGUAGES[code]
    except KeyError:
        raise KeyError(f"no language {code!r} (known: {', '.join(LANGUAGES)})") from None


def _union(words: Callable[[Language], frozenset[str]]) -> frozenset[str]:
    return frozenset().union(*(words(language) for language in LANGUAGES.values()))


#: Function and filler words of every language (folded): they neither help a match nor
#: count as unexplained words of a question.
STOP_WORDS = _union(lambda language: language.stop_words)
#: Words about the asking or the article itself, of every language (folded): what the engine
#: reads as framing, not as the subject of a question.
FRAMING_WORDS = _union(lambda language: language.framing_words)
#: Words that ask for a judgement, of every language (folded).
OPINION_WORDS = _union(lambda language: language.opinion_words)
CREATIVE_WORDS = _union(lambda language: language.creative_words)
#: Verbs asking the bot to write, request leads before a bare one, and what is written, of
#: every language (folded; see ``Language.writing_asks``).
WRITING_ASKS = _union(lambda language: language.writing_asks)
WRITING_VERBS = _union(lambda language: language.writing_verbs)
REQUEST_LEADS = _union(lambda language: language.request_leads)
WRITTEN_THINGS = _union(lambda language: language.written_things)
#: The asker's "my", of every language (folded).
MY_WORDS = _union(lambda language: language.my_words)
#: "for" before the asker's "my", of every language (folded).
PURPOSE_WORDS = _union(lambda language: language.purpose_words)
#: The asker as a thinker, and the negation parts between, of every language (folded).
ASKER_SUBJECTS = _union(lambda language: language.asker_subjects)
NEGATION_PARTS = _union(lambda language: language.negation_parts)
TRANSLATION_ASKS = Phrases(p for language in LANGUAGES.values() for p in language.translation_asks)
ERRAND_ASKS = Phrases(p for language in LANGUAGES.values() for p in language.errand_asks)
TELL_REQUESTS = Phrases(p for language in LANGUAGES.values() for p in language.tell_requests)
OPINION_ASKS = Phrases(p for language in LANGUAGES.values() for p in language.opinion_asks)
WHOLE_LIST_ASKS = Phrases(p for language in LANGUAGES.values() for p in language.whole_list_asks)
#: Words for a person by role, of every language (folded).
PERSON_NOUNS = _union(lambda language: language.person_nouns)
#: Words for an office held for a field, of every language (folded).
PORTFOLIO_NOUNS = _union(lambda language: language.portfolio_nouns)
#: Demonstratives ("that", "этот", "taj"), of every language (folded).
DEMONSTRATIVES = _union(lambda language: language.demonstratives)
#: Words that ask who someone is, of every language (folded).
IDENTITY_WORDS = _union(lambda language: language.identity_words)
#: Words that ask for someone's words, of every language (folded).
SPEECH_WORDS = _union(lambda language: language.speech_words)
VIEW_OPENERS = _union(lambda language: language.view_openers)
MORE_WORDS = _union(lambda language: language.more_words)
HEARSAY_WORDS = _union(lambda language: language.hearsay_words)
#: Words naming the time or place a when- or where-question asks for, of every language.
TIME_WORDS = _union(lambda language: language.time_words)
PLACE_WORDS = _union(lambda language: language.place_words)
REASON_WORDS = _union(lambda language: language.reason_words)
#: Words before a place that make it where something happened, of every language (folded).
PLACE_PREPOSITIONS = _union(lambda language: language.place_prepositions)
#: Words before a person that make them a party to what happened, of every language (folded).
PARTY_PREPOSITIONS = _union(lambda language: language.party_prepositions)
ALSO_WORDS = _union(lambda language: language.also_words)
#: Beginnings of verbs of mentioning someone, of every language (folded), longest first.
MENTION_STEMS = tuple(
    sorted({s for language in LANGUAGES.values() for s in language.mention_stems}, key=len)[::-1]
)
#: Beginnings of verbs of meeting, of every language (folded).
MEETING_STEMS = tuple({s for language in LANGUAGES.values() for s in language.meeting_stems})
MEETING_NOUNS = tuple({s for language in LANGUAGES.values() for s in language.meeting_nouns})
RESIDENCE_WORDS = _union(lambda language: language.residence_words)
PLACE_VERBS = _union(lambda language: language.place_verbs)
ORIGIN_WORDS = _union(lambda language: language.origin_words)
FROM_WORDS = _union(lambda language: language.from_words)
#: Words for the bot itself, of every language (folded).
ADDRESS_WORDS = _union(lambda language: language.address_words)
#: Question words, of every language (folded): a sentence holding none asks no wh-question.
QUESTION_WORDS = _union(lambda language: language.question_words)
#: Question words that also relate a clause to the noun before them, of every language (folded).
RELATIVE_WORDS = _union(lambda language: language.relative_words)
#: Relative words that never ask, of every language (folded).
RELATIVE_ONLY_WORDS = _union(lambda language: language.relative_only_words)
#: Question words that also join a clause, of every language (folded)…
CLAUSE_JOINERS = _union(lambda language: language.clause_joiners)
#: …and words opening that clause's subject, of every language (folded).
CLAUSE_SUBJECTS = _union(lambda language: language.clause_subjects)
#: Question words that relate a clause to a person of the asker's life, of every language
#: (folded), and those people's words.
PERSON_RELATIVE_WORDS = _union(lambda language: language.person_relative_words)
ASKER_PEOPLE_WORDS = _union(lambda language: language.asker_people_words)
#: Words naming a date, of every language (folded).
DATE_WORDS = _union(lambda language: language.date_words)
#: Tags that put a statement forward to be checked, of every language (regular expressions
#: over folded text).
CLAIM_TAGS = tuple(tag for language in LANGUAGES.values() for tag in language.claim_tags)
#: Month names, of every language (folded).
MONTH_WORDS = _union(lambda language: language.month_words)
#: Words for a part of a month before its name, of every language (folded).
MONTH_PARTS = _union(lambda language: language.month_parts)
#: Words for orders of magnitude ("million", "млрд"), of every language (folded).
MAGNITUDE_WORDS = _union(lambda language: language.magnitude_words)
#: Words of knowing or telling that make a later question word ask, of every language (folded).
KNOWING_WORDS = _union(lambda language: language.knowing_words)
#: Words negating a knowing word after them, of every language (folded).
NEGATIONS = _union(lambda language: language.negations)
#: Words that may come before a yes/no opening, of every language (folded).
LEAD_WORDS = _union(lambda language: language.lead_words)
#: Words opening an aside after a question, of every language (folded).
ASIDE_OPENERS = _union(lambda language: language.aside_openers)
#: Pronouns that stand for a person in a follow-up question, of every language (folded).
PERSON_PRONOUNS = _union(lambda language: language.person_pronouns)
POSSESSIVE_PRONOUNS = _union(lambda language: language.possessive_pronouns)
NAMING_POINTERS = _union(lambda language: language.naming_pointers)
NAMING_VERBS = _union(lambda language: language.naming_verbs)
OTHER_THAN_WORDS = _union(lambda language: language.other_than_words)
#: Pronouns for two or more people, of every language (folded).
PAIR_PRONOUNS = _union(lambda language: language.pair_pronouns)
#: The subject forms among them ("he", "она", "on"), of every language (folded).
SUBJECT_PRONOUNS = _union(lambda language: language.subject_pronouns)
#: Other words that point back in a follow-up question, of every language (folded).
OTHER_REFERENCES = _union(lambda language: language.other_references)
#: Openings that continue the conversation, of every language (folded), without repeats.
CONTINUATIONS = tuple(
    dict.fromkeys(c for language in LANGUAGES.values() for c in language.continuations)
)
#: Words offering alternatives, of every language (folded).
OR_WORDS = _union(lambda language: language.or_words)
#: Question words a separate "то"/"нибудь" makes indefinite, of every language (folded).
INDEFINITE_OPENERS = _union(lambda language: language.indefinite_openers)
#: Periods that lie ahead, of every language.
FUTURE_PERIODS = _union(lambda language: language.future_periods)
#: Words putting what is asked ahead, of every language (folded).
FUTURE_WORDS = _union(lambda language: language.future_words)
#: Words for the next of a series, of every language (folded).
NEXT_WORDS = _union(lambda language: language.next_words)
#: Words of one's view, of every language (folded).
THINKING_WORDS = _union(lambda language: language.thinking_words)
