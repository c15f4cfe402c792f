"""Recognise small talk (greetings, thanks, goodbyes…) so it gets a friendly reply, not a fact."""

from __future__ import annotations

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot.lang import LANGUAGES
from bot.lang.clauses import split_sentences
from bot.lang.normalize import fold
from bot.lang.patterns import WORD

# A message is small talk when nothing but small-talk phrases of any language (and filler
# words, punctuation or emoji) is in it; the phrases are in bot/lang/en.py, ru.py, sr.py.
_FILLER = frozenset().union(*(language.small_talk_filler for language in LANGUAGES.values()))
# Longest phrases first, so "thank you very much" wins over "thank you".
_SPLIT_PHRASES = sorted(
    (
        (kind, tuple(phrase.split()))
        for language in LANGUAGES.values()
        for kind, phrases in language.small_talk
        for phrase in phrases
    ),
    key=lambda item: -len(item[1]),
)
# The same, by first word: most messages start with a word no phrase starts with.
_BY_FIRST_WORD: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _kind, _phrase in _SPLIT_PHRASES:
    _BY_FIRST_WORD.setdefault(_phrase[0], []).append((_kind, _phrase))


# Each language's chat shorthand ("ur" for "your", "thx"), read when a message is not small
# talk as typed: "hows ur day going" is "hows your day going".
_SHORTHAND = {
    typed: meant.split()
    for language in LANGUAGES.values()
    for typed, meant in language.typos.items()
}


#: The most words a small-talk message has: two phrases joined ("koliko ti je godina i ko te je
#: napravio", nine words) are; a longer message asks something.
SMALL_TALK_MAX_WORDS = 12
#: The most words of a message read with slips (:func:`_without_slips`): in a longer one, a
#: word one slip from a small-talk word is more likely a word of its own.
SLIPS_MAX_WORDS = 8

#: The shortest typed word read as a small-talk word it is one slip away from ("дила" is
#: "дела", "helo" is "hello"); shorter words are too often other words by one slip ("kak"
#: and "kao", "u" and "i").
SLIP_MIN_LENGTH = 4

# Every word a small-talk phrase or its filler uses, by first letter: a typed word is read as
# one of these only when they share their first letter (a slip seldom hits it).
_KNOWN = frozenset(word for _, phrase in _SPLIT_PHRASES for word in phrase) | _FILLER
_KNOWN_BY_FIRST: dict[str, list[str]] = {}
for _word in sorted(_KNOWN):
    _KNOWN_BY_FIRST.setdefault(_word[0], []).append(_word)


def small_talk(text: str, *, slips: bool = True) -> str | None:
    """The kind of small talk ``text`` is (a key of bot.conversation.texts), or None when it
    asks something. With ``slips``, a word one slip away from a small-talk word is read as it
    (:func:`_without_slips`): for a whole message, not for one sentence of a longer one, where
    "five??" after a story doubts a figure rather than saying "fine"."""
    words = WORD.findall(fold(text))
    if not words or len(words) > SMALL_TALK_MAX_WORDS:
        return None
    found = _only_small_talk(words)
    if found is None:
        expanded = [meant for word in words for meant in _SHORTHAND.get(word, (word,))]
        if expanded != words:
            found = _only_small_talk(expanded)
        if found is None and slips and len(words) <= SLIPS_MAX_WORDS:
            slipped = _without_slips(expanded)
            if slipped is not None:
                found = _only_small_talk(slipped)
    return found


def small_talk_sentences(text: str) -> str | None:
    """The kind of the first sentence, when ``text`` holds two or more sentences and each is
    small talk by itself (no slips: :func:`small_talk`): "are you a real person or a bot? also
    who made you?", "А ты сам откуда? Кто тебя сделал?" — too long for one phrase, but asking
    only about the bot."""
    parts = split_sentences(text)
    if len(parts) < 2:
        return None
    kinds = [small_talk(s, slips=False) for s in parts]
    return kinds[0] if all(kinds) else None


def _without_slips(words: list[str]) -> list[str] | None:
    """``words`` with each word that no small-talk phrase uses read as the one such word it is
    one slip away from ("привет как дила" is "привет как дела"), or None when a word is
    neither (the message asks something): "kak dila" greets, "kak dela s torgovlej" does not.
    """
    read = []
    for word in words:
        if word in _KNOWN:
            read.append(word)
            continue
        if len(word) < SLIP_MIN_LENGTH:
            return None
        near = process.extract(
            word, _KNOWN_BY_FIRST.get(word[0], ()), scorer=OSA.distance, score_cutoff=1, limit=2
        )
        # Two words one slip away ("dela", "delo"): no reading is sure.
        if len(near) != 1:
            return None
        read.append(near[0][0])
    return read


def _only_small_talk(words: list[str]) -> str | None:
    """The kind of the first small-talk phrase, when nothing but such phrases and filler is
    in ``words``."""
    found: str | None = None
    i = 0
    while i < len(words):
        for kind, phrase in _BY_FIRST_WORD.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) == phrase:
                found = found or kind
                i += len(phrase)
                break
        else:
            if words[i] not in _FILLER:
                return None
            i += 1
    return found


#: Words offering alternatives, of every language (folded: "or", "ili", "или").
_OR_WORDS = frozenset().union(*(language.or_words for language in LANGUAGES.values()))
#: Question words, of every language (folded): alternatives with one ask something else.
_QUESTION_WORDS = frozenset().union(*(language.question_words for language in LANGUAGES.values()))


def small_talk_opening(text: str) -> str | None:
    """The kind of a message that asks what the bot is and then guesses ("who are you anyway,
    a bot or some guy from the ministry?", "ko si ti uopšte, bot ili neki lik iz službe"): its
    first clause is the bot's own question ("about_me") and the rest offers alternatives of
    what it might be, which ask nothing about the article."""
    opening, comma, rest = text.partition(",")
    if not comma or small_talk(opening, slips=False) != "about_me":
        return None
    words = WORD.findall(fold(rest))
    if not words or len(words) > SMALL_TALK_MAX_WORDS or _OR_WORDS.isdisjoint(words):
        return None
    if not _QUESTION_WORDS.isdisjoint(words):
        return None  # "who are you, and who did he meet or not?" asks about the article too
    return "about_me"
