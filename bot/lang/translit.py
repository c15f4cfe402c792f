"""Serbian Latin to Cyrillic, so a question asked in Cyrillic is answered in Cyrillic.

Serbian is written once, in Latin script, in the fact base; the two scripts map letter for
letter (with the digraphs lj, nj and dž as single Cyrillic letters).
"""

from __future__ import annotations

import re

_DIGRAPHS = {
    "lj": "љ",
    "nj": "њ",
    "dž": "џ",
    "Lj": "Љ",
    "LJ": "Љ",
    "Nj": "Њ",
    "NJ": "Њ",
    "Dž": "Џ",
    "DŽ": "Џ",
}
_LETTERS = dict(
    zip(
        "abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
        "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ",
        strict=True,
    )
)
_LATIN_RUN = re.compile(r"(?:lj|nj|dž|Lj|LJ|Nj|NJ|Dž|DŽ|[a-zA-ZđĐžŽćĆčČšŠ])")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-zčćšžđČĆŠŽĐ]")


def to_serbian_cyrillic(text: str) -> str:
    """Serbian Latin text in Serbian Cyrillic (other characters unchanged)."""
    return _LATIN_RUN.sub(
        lambda m: _DIGRAPHS.get(m.group(0)) or _LETTERS.get(m.group(0), m.group(0)), text
    )


def mostly_cyrillic(text: str) -> bool:
    """Whether the text's letters are mostly Cyrillic."""
    return len(_CYRILLIC.findall(text)) > len(_LATIN.findall(text))
