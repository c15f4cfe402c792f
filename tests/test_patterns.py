"""Regular expressions compiled on first use, and the needles that spare searching them
(bot.lang.patterns)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from paths import SMALL

from bot.lang import patterns
from bot.lang.normalize import CONTRACTIONS, KIND_REWRITES, clean, fold


@pytest.mark.parametrize(
    ("pattern", "needle"),
    [
        (r"n't\b", "n't"),
        (r"\b(can)'?t\b", "can"),
        (r"\bjan\b\.?(?= ?\d)|(?<=\d )jan\b", "jan"),
        (r"(?:red|bed)time", "time"),
        (r"x?why", "why"),
        (r"(?:ab)+c", "ab"),
        (r"(?:ab)*c", "c"),
        (r"\d+", None),
        (r"(?i)abc", None),
        (r"a|b", None),
    ],
)
def test_a_needle_is_a_literal_every_match_contains(pattern: str, needle: str | None) -> None:
    """The needle is the longest literal that every match must contain; None when there is
    none to be sure of (digits, a case-blind pattern, branches sharing nothing)."""
    assert patterns.needle(re.compile(pattern)) == needle
    assert patterns.needle(patterns.compile(pattern)) == needle


def _fixture_questions() -> list[str]:
    facts = yaml.safe_load((SMALL / "facts.yaml").read_text(encoding="utf-8"))["facts"]
    return [q for fact in facts for q in fact["questions"]]


def test_every_rewrite_match_holds_its_rules_needle() -> None:
    """Over every phrasing of the fixture base, each contraction and kind rewrite that matches
    matches where its needle is: skipping a text without the needle changes nothing."""
    texts = [clean(q).casefold() for q in _fixture_questions()]
    texts += [fold(q) for q in _fixture_questions()]
    matched = 0
    for rewrites in (CONTRACTIONS, KIND_REWRITES):
        for pattern, _ in rewrites._rules:
            found = patterns.needle(pattern)
            for text in texts:
                match = pattern.search(text)
                if match is not None:
                    matched += 1
                    assert found is None or found in text, (pattern.pattern, text)
    assert matched > 20


def test_needles_are_stored_beside_the_codes(tmp_path: Path) -> None:
    """The needles found in one process are stored with the patterns' code and read back by the
    next, which need not parse the patterns again."""
    pattern = patterns.compile(r"\bneedle-test (?:one|two)\b")
    assert patterns.needle(pattern) == "needle-test "
    path = tmp_path / "codes"
    patterns.save_codes(path)
    key = (pattern.pattern, 0)
    del patterns._needles[key]
    assert patterns.load_codes(path)
    assert patterns._needles[key] == "needle-test "
