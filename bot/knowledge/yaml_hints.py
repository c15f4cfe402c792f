"""YAML syntax errors in an editor's words, at the line where the mistake is.

PyYAML reports where it gave up, which is often lines after the mistake and in parser terms: a
key written without its colon (``answer Trade tripled.``) reads as the start of a long plain
text, and the error ("mapping values are not allowed here") comes at the next ``key:`` — seven
lines later if the key was ``questions`` with six questions under it. :func:`explain` looks at
what PyYAML saw and at the text above it, and names the line and the likely mistake with a hint.

A second mistake is not an error to YAML at all: a list item indented one space deeper than the
one above is read as the rest of that item ("who came? - when?"). :func:`merged_items` finds
those lines so the loader can flag them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

#: ``key: value`` or ``key:`` (a mapping key outside quotes), possibly after ``- ``.
_KEY = re.compile(r"^\s*(?:-\s+)?[\w.-]+\s*:(?:\s|$)")
#: A ``- item`` line, capturing its indentation and its text.
_ITEM = re.compile(r"^(?P<indent> *)- +(?P<text>.*)$")


@dataclass(frozen=True, slots=True)
class Hint:
    """Where a syntax mistake most likely is (1-based line) and what to do about it."""

    line: int
    message: str
    #: 1-based column where the mistake starts.
    column: int = 1


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _content(lines: list[str], index: int) -> bool:
    text = lines[index].strip() if 0 <= index < len(lines) else ""
    return bool(text) and not text.startswith("#")


def _previous(lines: list[str], index: int) -> int | None:
    """The index of the nearest line above ``index`` with content, if any."""
    for above in range(index - 1, -1, -1):
        if _content(lines, above):
            return above
    return None


def _missing_colon(lines: list[str], start: int) -> Hint:
    text = lines[start]
    word = text.strip().removeprefix("- ").split(" ", 1)[0]
    return Hint(
        start + 1,
        f"missing ':' after {word!r} (write '{word}: …'; every key needs a colon)",
        text.index(word) + 1,
    )


def _key_without_colon(lines: list[str], error: int) -> Hint | None:
    """The line that lost its colon, searching up from a ``key:`` the parser choked on."""
    above = _previous(lines, error)
    if above is None:
        return None
    if _KEY.match(lines[above]):
        if _indent(lines[error]) > _indent(lines[above]):
            return Hint(
                error + 1,
                f"line {error + 1} is indented deeper than line {above + 1} above it; "
                "keys of one entry start in the same column",
                _indent(lines[error]) + 1,
            )
        return None
    # A run of lines without a colon: the first of them is a key that lost its colon.
    start = above
    while (found := _previous(lines, start)) is not None and not _KEY.match(lines[found]):
        if _indent(lines[found]) < _indent(lines[error]):
            break
        start = found
    if _ITEM.match(lines[start]):
        return None
    return _missing_colon(lines, start)


def explain(text: str, error: yaml.MarkedYAMLError) -> Hint | None:
    """The likely mistake behind ``error`` in ``text``, or None when no rule fits."""
    lines = text.splitlines()
    problem = str(error.problem or "")
    context = str(error.context or "")
    at = error.problem_mark.line if error.problem_mark else None
    opened = error.context_mark.line if error.context_mark else None
    column = error.problem_mark.column + 1 if error.problem_mark else 1
    start = error.context_mark.column + 1 if error.context_mark else 1
    if "cannot start any token" in problem and "\\t" in problem and at is not None:
        return Hint(at + 1, "a tab character; indent with spaces only", column)
    if "quoted scalar" in context and opened is not None:
        return Hint(opened + 1, "a quote opened here is never closed", start)
    if "flow sequence" in context and opened is not None:
        return Hint(opened + 1, "a list in [ ] is not closed with ']', or lacks a comma", start)
    if "flow mapping" in context and opened is not None:
        return Hint(opened + 1, "a mapping in { } is not closed with '}', or lacks a comma", start)
    if "could not find expected ':'" in problem and opened is not None:
        return _missing_colon(lines, opened)
    if "mapping values are not allowed" in problem and at is not None:
        return _key_without_colon(lines, at)
    if "expected <block end>" in problem and at is not None:
        above = _previous(lines, at)
        where = f" (line {above + 1} starts in column {_indent(lines[above]) + 1})" if above else ""
        return Hint(
            at + 1,
            f"indentation doesn't match the lines above{where}",
            _indent(lines[at]) + 1 if at < len(lines) else 1,
        )
    return None


def merged_items(text: str) -> list[Hint]:
    """``- item`` lines indented deeper than the plain item just above, which YAML joins to it."""
    lines = text.splitlines()
    hints = []
    for index, line in enumerate(lines):
        item = _ITEM.match(line)
        above = _previous(lines, index)
        if item is None or above is None:
            continue
        previous = _ITEM.match(lines[above])
        if previous is None or _indent(line) <= _indent(lines[above]):
            continue
        if previous["text"].startswith(("'", '"', "|", ">", "[", "{")) or _KEY.match(lines[above]):
            continue  # a quoted or block value, or a mapping item: a nested list is meant
        hints.append(
            Hint(
                index + 1,
                f"this item is indented deeper than the one on line {above + 1}, so YAML "
                "reads it as the rest of that item; start it in the same column",
                _indent(line) + 1,
            )
        )
    return hints
