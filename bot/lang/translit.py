"""Scripts in one place: Cyrillic to Latin, Serbian Latin to Cyrillic, and folding.

Every word is compared in one form (:func:`fold_word`): Latin script, no diacritics, so
"Вучић", "Vučić" and "Vucic" meet. Answers go the other way: Serbian is written once, in
Latin script, in the fact base, and a question asked in Cyrillic is answered in Cyrillic
(:func:`to_serbian_cyrillic`).

Both directions come from one table, :data:`SERBIAN_LETTERS`: Serbian's 30 letters map one
to one between the scripts (the Latin digraphs lj, nj and dž are single Cyrillic letters).
Russian and Ukrainian letters that Serbian lacks only need a Latin form
(:data:`OTHER_CYRILLIC`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from bot.lang import patterns

#: Serbian Latin and Cyrillic, letter for letter (lower case; capitals follow).
SERBIAN_LETTERS: tuple[tuple[str, str], ...] = (
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("d", "д"),
    ("đ", "ђ"),
    ("e", "е"),
    ("ž", "ж"),
    ("z", "з"),
    ("i", "и"),
    ("j", "ј"),
    ("k", "к"),
    ("l", "л"),
    ("lj", "љ"),
    ("m", "м"),
    ("n", "н"),
    ("nj", "њ"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("ć", "ћ"),
    ("u", "у"),
    ("f", "ф"),
    ("h", "х"),
    ("c", "ц"),
    ("č", "ч"),
    ("dž", "џ"),
    ("š", "ш"),
)
#: Cyrillic letters Serbian doesn't write (Russian, Ukrainian), in their usual Latin forms.
#: Diacritics are stripped when folding, so Russian "ч" and Serbian "ч"/"ћ" all end as "c",
#: like Serbian Latin "č"/"ć" typed without accents.
OTHER_CYRILLIC: dict[str, str] = {
    "ё": "e",
    "й": "j",
    "щ": "šč",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "ju",
    "я": "ja",
    "є": "e",
    "і": "i",
    "ї": "i",
    "ґ": "g",
}
# Letters that do not decompose into a base letter plus a combining mark.
_SPECIAL_LETTERS = str.maketrans(
    {"đ": "dj", "ø": "o", "ł": "l", "æ": "ae", "œ": "oe", "ı": "i", "ð": "d", "þ": "th"}
)
_TO_LATIN = str.maketrans({**{c: lat for lat, c in SERBIAN_LETTERS}, **OTHER_CYRILLIC})

#: Any Cyrillic letter.
CYRILLIC = patterns.compile(r"[\u0400-\u04ff]")
# Latin letters of Serbian text as typed (either case), for telling the scripts apart.
_SERBIAN_LATIN = patterns.compile(r"[A-Za-zčćšžđČĆŠŽĐ]")


def _latin_to_cyrillic() -> dict[str, str]:
    """Each Serbian Latin letter or digraph, in every capitalization, to its Cyrillic letter."""
    table: dict[str, str] = {}
    for latin, cyrillic in SERBIAN_LETTERS:
        for spelling in (latin, latin.capitalize(), latin.upper()):
            table[spelling] = cyrillic if spelling == latin else cyrillic.upper()
    return table


_TO_CYRILLIC = _latin_to_cyrillic()
# Digraphs first, so "lj" is one letter, not "l" + "j"; any other ASCII letter is kept as is.
_LATIN_RUN = patterns.compile(
    "|".join(sorted((s for s in _TO_CYRILLIC if len(s) > 1), key=len, reverse=True))
    + "|[a-zA-Z"
    + "".join(s for s in _TO_CYRILLIC if len(s) == 1 and not s.isascii())
    + "]"
)


def to_latin(text: str) -> str:
    """Cyrillic (Serbian or Russian) to Serbian Latin letters; other text unchanged."""
    return text.translate(_TO_LATIN)


def to_serbian_cyrillic(text: str) -> str:
    """Serbian Latin text in Serbian Cyrillic (other characters unchanged)."""
    return _LATIN_RUN.sub(lambda m: _TO_CYRILLIC.get(m.group(0), m.group(0)), text)


def has_cyrillic(text: str) -> bool:
    """Whether the text has any Cyrillic letter."""
    return CYRILLIC.search(text) is not None


def mostly_cyrillic(text: str) -> bool:
    """Whether the text's letters are mostly Cyrillic."""
    return len(CYRILLIC.findall(text)) > len(_SERBIAN_LATIN.findall(text))


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """Latin script, no diacritics: the form in which all words are compared."""
    # Special letters before and after the marks go: "ǽ" is "æ" with a mark, then "ae".
    folded = _strip_marks(to_latin(word).translate(_SPECIAL_LETTERS)).translate(_SPECIAL_LETTERS)
    if CYRILLIC.search(folded):
        # A rare Cyrillic letter with a mark ("ӣ") is a plain one ("и") once the mark is gone:
        # transliterate that too, so folding twice changes nothing.
        folded = _strip_marks(to_latin(folded).translate(_SPECIAL_LETTERS))
    return folded


def _strip_marks(text: str) -> str:
    """NFKD, without the combining marks (diacritics)."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )


#: Russian as people type it in Latin letters ("chto podpisali", "kto takoy"), digraphs first.
_RUSSIAN_DIGRAPHS = (
    ("tsya", "тся"),
    ("shch", "щ"),
    ("sch", "щ"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("ts", "ц"),
    ("yo", "ё"),
    ("yu", "ю"),
    ("ya", "я"),
    ("ye", "е"),
)
#: Chat's Latin Russian writes "щ" as "w" ("ewe", "voobwe": "ещё", "вообще").
_RUSSIAN_LETTERS = dict(
    zip("abvgdezijklmnoprstufhcwqx'", "абвгдезийклмнопрстуфхцщкхь", strict=True)
)
_RUSSIAN_LATIN_RUN = patterns.compile(
    "|".join(latin for latin, _ in _RUSSIAN_DIGRAPHS) + r"|[a-z']"
)
_RUSSIAN_DIGRAPH = dict(_RUSSIAN_DIGRAPHS)


def russian_from_latin(text: str) -> str:
    """Lower-case Russian typed in Latin letters, in Cyrillic: "kto takoy" -> "кто такой",
    "obsuzhdali" -> "обсуждали" ("y" after a vowel is "й", else "ы"; a word's last "i" after a
    vowel is "й" too: "takoi" -> "такой"; "ye" after a consonant is "ые": "voennye" ->
    "военные"; "tsya" is the verbs' "тся": "gordyatsya" -> "гордятся"; a past plural "-lis" is
    "-лись": "dogovorilis" -> "договорились")."""

    def letter(match: re.Match[str]) -> str:
        latin = match.group(0)
        before = match.string[match.start() - 1 : match.start()]
        if latin == "ye" and before.isalpha() and before not in "aeiouy'":
            return "ые"
        if latin in _RUSSIAN_DIGRAPH:
            return _RUSSIAN_DIGRAPH[latin]
        if latin == "y":
            return "й" if before and before in "aeiouy" else "ы"
        if latin == "i" and before and before in "aeiouy":
            after = match.string[match.end() : match.end() + 1]
            if not after.isalpha():
                return "й"
        return _RUSSIAN_LETTERS.get(latin, latin)

    return _REFLEXIVE_PAST.sub("лись", _RUSSIAN_LATIN_RUN.sub(letter, text))


#: A reflexive verb's past plural typed without its soft sign ("dogovorilis" for
#: "договорились", "vstretilis"): the "ь" Latin letters rarely write back.
_REFLEXIVE_PAST = patterns.compile(r"(?<=\w\w\w)лис\b")


#: Latin and Cyrillic letters that look alike (lower case): a word typed in one script with a
#: few letters of the other ("астанy", "vučić" with a Cyrillic "с") is one word.
_LOOKALIKES = (
    ("a", "а"),
    ("e", "е"),
    ("o", "о"),
    ("p", "р"),
    ("c", "с"),
    ("y", "у"),
    ("x", "х"),
    ("k", "к"),
    ("m", "м"),
    ("t", "т"),
)
_LATIN_LOOKALIKE = str.maketrans(dict(_LOOKALIKES))
_CYRILLIC_LOOKALIKE = str.maketrans({cyr: lat for lat, cyr in _LOOKALIKES})
_WORD_RUN = patterns.compile(r"\w+")
_ASCII_LETTER = patterns.compile(r"[a-z]")


#: A "4" between two letters: chat spelling of "ч" ("vu4ic", "ву4ич"); ending a word after a
#: vowel ("vu4i4", "da4i4": not "b4", before); and opening the Russian words chat spells so
#: ("4to", "4e", "4o", "4ego", "4isla", "4то": "что", "че", "чо", "чего", "числа"), not "4th",
#: "4x" or "4ever".
_CHAT_FOUR = patterns.compile(
    r"(?<=[^\W\d_])4(?=[^\W\d_])|(?<=[aeiouyаеиоуыэюя])4\b"
    r"|(?<![^\W_])4(?=(?:to|tob|e|o|ego|em|isl[aoe]|ast\w*|ем|то|е|о|его|исл[аое])\b)"
)
#: A "6" between two letters: chat spelling of the soft sign "ь" it looks like ("sel6koe",
#: "сел6ское": "сельское"), not "b6" or "6th".
_CHAT_SIX = patterns.compile(r"(?<=[^\W\d_])6(?=[^\W\d_])")


def chat_letters(text: str) -> str:
    """Lower-case text with a "4" between letters read as the "ч" it stands for in chat:
    "vu4icha" -> "vuchicha", "ву4ича" -> "вучича", "4to" -> "chto"; and a "6" between letters
    as the "ь" it looks like: "sel6koe" -> "sel'koe"; numbers ("4th", "b4", "2024", "4 times")
    unchanged."""
    if "4" not in text and "6" not in text:
        return text

    def cyrillic_around(match: re.Match[str]) -> bool:
        return (
            CYRILLIC.search(match.string[max(match.start() - 1, 0) : match.end() + 1]) is not None
        )

    text = _CHAT_FOUR.sub(lambda m: "ч" if cyrillic_around(m) else "ch", text)
    return _CHAT_SIX.sub(lambda m: "ь" if cyrillic_around(m) else "'", text)


def unmix_scripts(text: str) -> str:
    """Lower-case text with each word that mixes Latin and Cyrillic letters written in its
    main script, look-alike letters swapped: "астанy" -> "астану"; other words unchanged."""

    if not CYRILLIC.search(text) or not _ASCII_LETTER.search(text):
        return text  # one script only: the common case, and linear for any length

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        cyrillic = len(CYRILLIC.findall(word))
        latin = len(_ASCII_LETTER.findall(word))
        if not cyrillic or not latin:
            return word
        return word.translate(_LATIN_LOOKALIKE if cyrillic >= latin else _CYRILLIC_LOOKALIKE)

    return _WORD_RUN.sub(one, text)
