"""Sound keys: how a name sounds, whatever letters English speech recognition heard it as.

Dictation writes a name it doesn't know as the English words that sound most like it:
"Belgrade" as "bell grade", "Vučić" as "voo chich", "Tokayev" as "tokyo ev", "Kazakhstan" as
"cossack stan". Joined, the words sound as the name does, which their letters don't show. A
sound key keeps what is heard: the consonants, with the spellings English uses for one sound
read as one ("ch", "tch", "ts" -> "c"; "ck", "kh", "q" -> "k"; "c" before a back vowel -> "k";
"z" -> "s"; "w" -> "v"; "ph" -> "f"), doubled letters once, and no vowels (which speech
recognition gets wrong most; a consonant on both sides of one stays two). "voochich",
"vuchich" and "vucic" all key "vcc";
"cossackstan" and "kazakhstan" both "kskstn".

A key says little by itself (many words key "vcc"): :meth:`~bot.lang.normalize.Normalizer`
compares keys only for words that run into a name together, and checks the letters too.
"""

from __future__ import annotations

import functools

from bot.lang import patterns

#: Spellings of one sound, longest first (applied in order to a folded word).
_ONE_SOUND = (
    ("tsch", "c"),
    ("tch", "c"),
    ("dzh", "j"),
    ("ch", "c"),
    ("cz", "c"),
    ("ts", "c"),
    ("sh", "s"),
    ("zh", "z"),
    ("kh", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("th", "t"),
    ("dj", "j"),
    ("q", "k"),
    ("x", "ks"),
    ("w", "v"),
    ("z", "s"),
)
#: "c" before a back vowel or a consonant is English "k" ("cossack", "cause").
_HARD_C = patterns.compile(r"c(?=[aoulrk])")
_VOWELS = patterns.compile(r"[aeiouy]+")
_DOUBLED = patterns.compile(r"(.)\1+")


@functools.lru_cache(maxsize=4096)
def sound_key(folded: str) -> str:
    """The sound key of a folded word (see the module docstring): "bellgrade" -> "blgrd"."""
    word = _HARD_C.sub("k", folded)
    for spelling, sound in _ONE_SOUND:
        word = word.replace(spelling, sound)
    return _VOWELS.sub("", _DOUBLED.sub(r"\1", word))


def joined_key(words: tuple[str, ...]) -> str:
    """The sound key of folded words said as one ("voo", "chich" -> "vcc"; "bell", "grade"
    -> "blgrd")."""
    return sound_key("".join(words))
