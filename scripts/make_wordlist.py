"""Regenerate bot/lang/data/words_*.txt, the general word frequencies the engine uses.

The engine needs to know how common a word is in general language: common words are not
"corrected" into fact-base words by the spelling corrector, and rare words weigh more when
a question is scored. The figures come from the wordfreq package (data CC BY-SA 4.0, by
Robyn Speer and contributors); wordfreq itself is large and slow to import, so its numbers are
frozen into small text files here instead of being a runtime dependency.

Russian and Serbian words are stored as the engine compares them: transliterated to Latin
and without diacritics (bot.lang.normalize.fold_word), so "страны" is "strany".

    pip install wordfreq && python scripts/make_wordlist.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import wordfreq  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.lang.normalize import fold_word  # noqa: E402 - after making the package importable

#: Per language: the wordfreq code and the rarest Zipf value kept. English words rarer than
#: 3.0 would all get the engine's highest weight anyway; for Russian and Serbian only the
#: common words (4.0 and up) matter, to tell "zemlje" (countries) from "poljoprivreda".
LANGUAGES = {"en": ("en", 3.0), "ru": ("ru", 4.0), "sr": ("sh", 4.0)}


def write(lang: str, code: str, min_zipf: float) -> None:
    """Write bot/lang/data/words_<lang>.txt."""
    buckets: dict[int, set[str]] = {}
    for word, freq in wordfreq.get_frequency_dict(code).items():
        zipf = math.log10(freq) + 9
        if zipf < min_zipf or not word.isalpha():
            continue
        folded = fold_word(word)
        if not (folded.isascii() and folded.isalpha()):
            continue
        buckets.setdefault(round(zipf * 10), set()).add(folded)
    seen: set[str] = set()
    lines = [
        f"# General {lang} word frequencies from wordfreq (CC BY-SA 4.0, Robyn Speer et al.).",
        "# Each line: Zipf value x10, then the words (folded to Latin) with that value.",
        "# Made by scripts/make_wordlist.py.",
    ]
    for z, words in sorted(buckets.items(), reverse=True):
        fresh = sorted(words - seen)  # a folded word keeps its highest frequency
        seen.update(fresh)
        if fresh:
            lines.append(f"{z} {' '.join(fresh)}")
    out = ROOT / "bot" / "lang" / "data" / f"words_{lang}.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(seen)} words)")


def main() -> None:
    """Write every language's list."""
    for lang, (code, min_zipf) in LANGUAGES.items():
        write(lang, code, min_zipf)


if __name__ == "__main__":
    main()
