"""Patterns compiled on first use, from stored matcher code when there is some (bot/lang/patterns.py)."""

from __future__ import annotations

import marshal
import pickle
import re
from pathlib import Path

import pytest

from bot.lang import patterns
from bot.lang.clauses import focus
from bot.lang.normalize import Normalizer


@pytest.fixture(autouse=True)
def _no_stored_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with no stored code and leaves the process's store as it was."""
    monkeypatch.setattr(patterns, "_codes", {})


def _parser_broken(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("parsed: the stored code was not used")

    monkeypatch.setattr(patterns._parser, "parse", refuse)
    monkeypatch.setattr(re, "compile", refuse)


def test_a_lazy_pattern_matches_substitutes_and_names_groups_as_re_does() -> None:
    """Searching, substituting and named groups give what re.compile's pattern gives."""
    source = r"(?P<who>vu[cč]i[cć])\s+(?P<what>met|said)"
    lazy, real = patterns.compile(source, re.IGNORECASE), re.compile(source, re.IGNORECASE)
    text = "Then VUCIC met him; vučić said so"
    assert [m.groupdict() for m in lazy.finditer(text)] == [
        m.groupdict() for m in real.finditer(text)
    ]
    assert lazy.sub(r"\g<what>", text) == real.sub(r"\g<what>", text)
    assert (lazy.pattern, lazy.flags, lazy.groups) == (real.pattern, real.flags, real.groups)


def test_making_a_pattern_compiles_nothing_until_it_is_used() -> None:
    """compile() only remembers the pattern; the first search compiles it."""
    lazy = patterns.compile(r"\bnot-yet-used-\d+\b")
    assert not patterns.is_compiled(lazy)
    assert lazy.search("a not-yet-used-42 b") is not None
    assert patterns.is_compiled(lazy)


def test_a_pattern_compiles_from_stored_code_without_the_parser(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Code saved by one process builds the pattern in the next without parsing it again."""
    lazy = patterns.compile(r"(?P<sum>\d+(?:[.,]\d+)?) (?:million|млн)-stored")
    store = tmp_path / "codes.marshal"
    patterns.save_codes(store)
    assert patterns.load_codes(store)
    _parser_broken(monkeypatch)
    found = lazy.search("reached 73.8 млн-stored dollars")
    assert found is not None
    assert found.group("sum") == "73.8"


def test_code_stored_by_another_interpreter_is_not_used(tmp_path: Path) -> None:
    """A store stamped with another Python version is refused."""
    store = tmp_path / "codes.marshal"
    store.write_bytes(marshal.dumps((("2.7.18", 1, 1), {})))
    assert not patterns.load_codes(store)


@pytest.mark.parametrize("content", [b"", b"\x00garbage", marshal.dumps([1, 2])])
def test_a_damaged_store_is_ignored(tmp_path: Path, content: bytes) -> None:
    """An empty, corrupt or wrongly shaped file is refused, and patterns still compile."""
    store = tmp_path / "codes.marshal"
    store.write_bytes(content)
    assert not patterns.load_codes(store)
    assert patterns.compile(r"damaged-\w+").search("a damaged-store") is not None


def test_a_missing_store_is_refused(tmp_path: Path) -> None:
    """No file, no stored code (and no error)."""
    assert not patterns.load_codes(tmp_path / "absent.marshal")


def test_code_the_matcher_refuses_falls_back_to_re(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stored code that does not fit the pattern is not used: re compiles it as usual."""
    source = r"refused-(\d+)"
    monkeypatch.setitem(patterns._codes, (source, 0), (32, [999, 1, 2], 0, {}, (None,)))
    found = patterns.compile(source).search("x refused-7")
    assert found is not None
    assert found.group(1) == "7"


def test_a_lazy_pattern_pickles_as_its_source() -> None:
    """Pickling keeps the source and flags; unpickling gives the process's one pattern for them."""
    lazy = patterns.compile(r"pickled-[a-z]+", re.IGNORECASE)
    copy = pickle.loads(pickle.dumps(lazy))  # noqa: S301 - our own bytes
    assert copy is lazy  # one object per pattern in a process
    assert copy.search("PICKLED-Yes") is not None


def test_a_pattern_reads_its_source_without_compiling() -> None:
    """.pattern is the source as given, and reading it compiles nothing."""
    lazy = patterns.compile(r"source-only-\d")
    assert lazy.pattern == r"source-only-\d"
    assert not patterns.is_compiled(lazy)


@pytest.mark.parametrize(
    ("announced", "plain"),
    [
        ("и ещё вопрос — кто такой вучевич", "кто такой вучевич"),
        ("у меня такой вопрос: кто такой вучевич", "кто такой вучевич"),
        ("i još jedno pitanje: ko je vučević", "ko je vučević"),
        ("imam pitanje, ko je vučević", "ko je vučević"),
        ("and one more question - who is vucevic", "who is vucevic"),
    ],
)
def test_announcing_a_question_asks_for_no_one_else(announced: str, plain: str) -> None:
    """ "И ещё вопрос", "još jedno pitanje", "one more question" announce the question: the
    asking part is the question after them, with no "else" asked and no word of theirs read."""
    normalizer = Normalizer()
    asked = focus(announced)
    assert asked is not None
    said, bare = normalizer.analyze(asked), normalizer.analyze(plain)
    assert (said.tokens, said.kind) == (bare.tokens, bare.kind)
