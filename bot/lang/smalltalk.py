"""Recognise small talk (greetings, thanks, goodbyes…) so it gets a friendly reply, not a fact."""

from __future__ import annotations

import re

from bot.lang.normalize import fold

# Folded phrases per kind of small talk. A message is small talk when nothing but these
# phrases (and punctuation or emoji) is left in it.
_PHRASES: dict[str, tuple[str, ...]] = {
    "greeting": (
        "hi there",
        "hello there",
        "hi",
        "hello",
        "hey",
        "hiya",
        "howdy",
        "yo",
        "greetings",
        "good morning",
        "good afternoon",
        "good evening",
        "good day",
        "privet",
        "zdravstvujte",
        "zdravstvuj",
        "dobryj den",
        "dobroe utro",
        "dobryj vecer",
        "zdravo",
        "cao",
        "dobar dan",
        "dobro jutro",
        "dobro vece",
        "pozdrav",
        "hallo",
        "hola",
        "salut",
        "bot",
    ),
    "thanks": (
        "thank you very much",
        "thank you so much",
        "thanks a lot",
        "thank you",
        "thanks",
        "thx",
        "ty",
        "cheers",
        "much appreciated",
        "appreciate it",
        "great thanks",
        "spasibo",
        "bolsoe spasibo",
        "blagodarju",
        "hvala",
        "hvala vam",
        "hvala puno",
        "puno hvala",
    ),
    "bye": (
        "goodbye",
        "good bye",
        "bye bye",
        "bye",
        "see you",
        "see ya",
        "cya",
        "later",
        "good night",
        "poka",
        "do svidanija",
        "dovidjenja",
        "zbogom",
        "laku noc",
    ),
    "how_are_you": (
        "how are you",
        "how are you doing",
        "how r u",
        "how is it going",
        "hows it going",
        "sup",
        "whats up",
        "what is up",
        "kak dela",
        "kak ty",
        "kako si",
        "kako ste",
        "sta ima",
    ),
    "about_me": (
        "who are you",
        "what are you",
        "what can you do",
        "what do you know",
        "are you a bot",
        "are you human",
        "what is this bot",
        "kto ty",
        "cto ty umees",
        "ko si ti",
        "sta znas",
        "sta umes",
    ),
    "acknowledge": (
        "ok",
        "okay",
        "k",
        "cool",
        "nice",
        "great",
        "good",
        "awesome",
        "lol",
        "haha",
        "wow",
        "hmm",
        "yes",
        "no",
        "sure",
        "got it",
        "i see",
        "fine",
        "ladno",
        "horosho",
        "ponjatno",
        "jasno",
        "dobro",
        "u redu",
        "super",
    ),
}
_FILLER = frozenset(
    "and so oh ah well again very much please bot dear my friend that s is was all i it for now "
    "you that's needed need wanted just really great nice info information".split()
)
_WORD = re.compile(r"[^\W_]+")
# Longest phrases first, so "thank you very much" wins over "thank you".
_SPLIT_PHRASES = sorted(
    ((kind, tuple(p.split())) for kind, phrases in _PHRASES.items() for p in phrases),
    key=lambda item: -len(item[1]),
)


def small_talk(text: str) -> str | None:
    """The kind of small talk ``text`` is (a key of bot.conversation.texts), or None when it asks something."""
    words = _WORD.findall(fold(text))
    if not words or len(words) > 8:
        return None
    found: str | None = None
    i = 0
    while i < len(words):
        for kind, phrase in _SPLIT_PHRASES:
            if tuple(words[i : i + len(phrase)]) == phrase:
                found = found or kind
                i += len(phrase)
                break
        else:
            if words[i] not in _FILLER:
                return None
            i += 1
    return found
