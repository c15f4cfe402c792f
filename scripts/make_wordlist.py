"""Regenerate bot/data/words_en.txt, the general English word frequencies the engine uses.

The engine needs to know how common a word is in general English: common words are not
"corrected" into fact-base words by the spelling corrector, and rare words weigh more when
a question is scored. The figures come from the wordfreq package (data CC BY-SA 4.0, by
Robyn Speer and contributors); wordfreq itself is large and slow to import, so its numbers are
frozen into a small text file here instead of being a runtime dependency.

    pip install wordfreq && python scripts/make_wordlist.py
"""

from __future__ import annotations

import math
from pathlib import Path

import wordfreq  # type: ignore[import-not-found]

#: Words rarer than this Zipf value are left out: the engine gives every word at or below it
#: (and every unknown word) the same, highest weight, so they would change nothing.
MIN_ZIPF = 3.0
OUT = Path(__file__).resolve().parent.parent / "bot" / "data" / "words_en.txt"


def main() -> None:
    buckets: dict[int, list[str]] = {}
    for word, freq in wordfreq.get_frequency_dict("en").items():
        zipf = math.log10(freq) + 9
        if zipf < MIN_ZIPF or not (word.isascii() and word.isalpha()):
            continue
        buckets.setdefault(round(zipf * 10), []).append(word)
    lines = [
        "# General English word frequencies from wordfreq (CC BY-SA 4.0, Robyn Speer et al.).",
        "# Each line: Zipf value x10, then the words with that value. Made by scripts/make_wordlist.py.",
    ]
    lines += [
        f"{z} {' '.join(sorted(words))}" for z, words in sorted(buckets.items(), reverse=True)
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({sum(map(len, buckets.values()))} words)")


if __name__ == "__main__":
    main()
