"""A keyboard-aware model of one typing slip, for short words (:mod:`bot.lang.typos`).

A slip is one of: two neighbouring letters swapped ("wehn" for "when"), a key hit instead of
its neighbour on the keyboard ("wgat": g is beside h), a letter dropped ("whch") or doubled
("whaat"), or — costlier, since it is less telling — any other letter too many ("whoa" is
not read as "who" unless nothing cheaper fits). A language may add letters that sound alike
and are confused in writing (Russian unstressed "о" written "а": "кагда" for "когда").
Words are compared folded (Latin letters, :func:`bot.lang.translit.fold_word`), so a keyboard
is its letter rows folded: QWERTY's by default, a language may give its own (Russian's ЙЦУКЕН,
where "о" and "и" are far apart but "а" and "в" neighbours).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

#: QWERTY's letter rows. In a language's rows, a space keeps the place of a key whose letter
#: folds to no single Latin letter ("щ", "ь").
QWERTY: tuple[str, ...] = ("qwertyuiop", "asdfghjkl", "zxcvbnm")

#: What each kind of slip costs; the cheapest reading wins. A dropped letter is the commonest
#: slip of fast typing, so it wins a tie: "vist" is "visit" (dropped i), not "gist" (v beside g).
SWAP = 1.0
NEIGHBOUR = 1.0
SOUND_ALIKE = 1.0
DROPPED = 0.9
DOUBLED = 1.0
EXTRA = 1.5


@lru_cache(maxsize=8)
def neighbours(rows: tuple[str, ...] = QWERTY) -> dict[str, frozenset[str]]:
    """Each letter of a keyboard's ``rows`` -> the letters of the keys around it (a letter
    on two keys, as folded "е" and "э", has the neighbours of both)."""
    near: dict[str, set[str]] = {}
    for r, row in enumerate(rows):
        for i, ch in enumerate(row):
            if ch == " ":
                continue
            keys = near.setdefault(ch, set())
            keys.update(row[max(i - 1, 0) : i + 2])
            for other in (r - 1, r + 1):
                if 0 <= other < len(rows):
                    # Rows are staggered: a key touches the keys at i-1..i+1 of the next row.
                    keys.update(rows[other][max(i - 1, 0) : i + 2])
            keys.discard(ch)
            keys.discard(" ")
    return {ch: frozenset(keys) for ch, keys in near.items()}


NEIGHBOURS = neighbours()
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=8)
def _alike(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for a, b in pairs:
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in out.items()}


def slips(
    word: str, sound_alike: tuple[tuple[str, str], ...] = (), *, keyboard: tuple[str, ...] = QWERTY
) -> Iterator[tuple[str, float]]:
    """Every word ``word`` may be a slip of, with the slip's cost (see the module docstring),
    on the ``keyboard`` it was typed on."""
    alike = _alike(sound_alike)
    near = neighbours(keyboard)
    n = len(word)
    for i in range(n - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :], SWAP
    for i, ch in enumerate(word):
        for other in near.get(ch, ()):
            yield word[:i] + other + word[i + 1 :], NEIGHBOUR
        for other in alike.get(ch, ()):
            yield word[:i] + other + word[i + 1 :], SOUND_ALIKE
        rest = word[:i] + word[i + 1 :]
        yield rest, DOUBLED if (i > 0 and word[i - 1] == ch) else EXTRA
    for i in range(n + 1):
        for ch in _ALPHABET:
            yield word[:i] + ch + word[i:], DROPPED


def closest_slip(
    word: str,
    targets: Iterable[str],
    sound_alike: tuple[tuple[str, str], ...] = (),
    *,
    keyboard: tuple[str, ...] = QWERTY,
) -> str | None:
    """The word of ``targets`` that ``word`` is the cheapest slip of (the earlier one in
    ``targets`` on a tie), or None when it is no single slip of any."""
    rank = {t: i for i, t in enumerate(targets)}
    best: tuple[float, int, str] | None = None
    for candidate, cost in slips(word, sound_alike, keyboard=keyboard):
        position = rank.get(candidate)
        if position is not None and (best is None or (cost, position) < best[:2]):
            best = (cost, position, candidate)
    return None if best is None else best[2]
