"""Add phrasings to a fact or gap in its YAML file, changing nothing else.

An editor's file is theirs: comments, key order, quoting and blank lines stay exactly as
written. So new questions are not written by dumping YAML again but inserted as new lines after
the last item of the entry's ``questions:`` block, with that block's indentation and (where it
reads back unchanged) its quoting style. The result is parsed again and must give the old list
plus the new questions, or nothing is written.

Pure text in, text out: the caller decides where the text goes (and validates the whole fact
base before replacing the file, see :func:`bot.engine.checks`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

from bot.knowledge.loader import question_key

#: ``  - id: some-fact`` (an entry of facts:/gaps:), capturing the indentation of the dash.
_ENTRY = re.compile(r"^(?P<indent> *)- +id: *(?P<id>[^\s#]+)\s*(?:#.*)?$")
#: ``    questions:`` opening a block list (nothing after the colon but a comment).
_QUESTIONS = re.compile(r"^(?P<indent> *)questions: *(?:#.*)?$")
#: ``    questions: [a, b]``: a flow list, which cannot be extended line by line.
_FLOW_QUESTIONS = re.compile(r"^ *questions: *\[")
#: ``      - a question`` inside the block.
_ITEM = re.compile(r"^(?P<indent> *)- ")


class EditError(ValueError):
    """The file cannot be edited as asked; the message says why, for an editor."""


@dataclass(frozen=True, slots=True)
class Insertion:
    """Where new question lines go and how they are written."""

    #: Index of the line the new lines are inserted before (0-based).
    at: int
    #: The indentation of the block's items (``"      "`` for ``      - …``).
    indent: str
    #: Whether the block's items are written in double quotes.
    quoted: bool


def _find_entry(lines: list[str], entry_id: str) -> int:
    """The index of the line ``- id: entry_id``."""
    for index, line in enumerate(lines):
        match = _ENTRY.match(line)
        if match and match["id"].strip("'\"") == entry_id:
            return index
    raise EditError(f"no entry with id {entry_id!r}")


def _entry_end(lines: list[str], start: int) -> int:
    """The index just past the entry starting at ``start`` (its next sibling or dedent)."""
    dash = len(lines[start]) - len(lines[start].lstrip(" "))
    for index in range(start + 1, len(lines)):
        text = lines[index]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        indent = len(text) - len(text.lstrip(" "))
        if indent <= dash:
            return index
    return len(lines)


def find_insertion(lines: list[str], entry_id: str) -> Insertion:
    """Where the questions of ``entry_id`` end, and the style of their lines."""
    start = _find_entry(lines, entry_id)
    end = _entry_end(lines, start)
    for index in range(start, end):
        if _FLOW_QUESTIONS.match(lines[index]):
            raise EditError(
                f"line {index + 1}: the questions of {entry_id!r} are written inline "
                "([…]); write them one per line ('- question') to add to them"
            )
        opened = _QUESTIONS.match(lines[index])
        if opened is None:
            continue
        items = _block_items(lines, index + 1, end, len(opened["indent"]))
        if not items:
            raise EditError(f"line {index + 1}: {entry_id!r} has an empty questions: block")
        indent = lines[items[-1]][: len(lines[items[-1]]) - len(lines[items[-1]].lstrip(" "))]
        quoted = 2 * sum(_is_quoted(lines[i]) for i in items) > len(items)
        return Insertion(at=items[-1] + 1, indent=indent, quoted=quoted)
    raise EditError(f"line {start + 1}: {entry_id!r} has no questions: block")


def _block_items(lines: list[str], start: int, end: int, key_indent: int) -> list[int]:
    """The indices of the ``- item`` lines of a block list opened just before ``start``."""
    items = []
    for index in range(start, end):
        text = lines[index]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        found = _ITEM.match(text)
        if found is None or len(found["indent"]) < key_indent:
            break
        items.append(index)
    return items


def _is_quoted(line: str) -> bool:
    return line.lstrip().removeprefix("- ").startswith('"')


def render_item(question: str, insertion: Insertion) -> str:
    """One ``- question`` line in the block's style; double-quoted whenever plain would not
    read back as the same text (a colon, a leading quote, ``#``, ``yes``…)."""
    plain = f"{insertion.indent}- {question}"
    if not insertion.quoted:
        try:
            if yaml.safe_load(plain.strip()) == [question]:
                return plain
        except yaml.YAMLError:
            pass
    # A JSON string is a valid YAML double-quoted scalar.
    return f"{insertion.indent}- {json.dumps(question, ensure_ascii=False)}"


def _questions_of(text: str, entry_id: str) -> list[str]:
    data = yaml.safe_load(text)
    for section in ("facts", "gaps"):
        for entry in (data or {}).get(section) or []:
            if isinstance(entry, dict) and entry.get("id") == entry_id:
                return [str(q) for q in entry.get("questions") or []]
    raise EditError(f"no entry with id {entry_id!r}")


def add_questions(text: str, entry_id: str, questions: list[str]) -> str:
    """``text`` (a facts or gaps file) with ``questions`` appended to ``entry_id``'s questions.

    Questions it already has (the same words, case and punctuation aside) are skipped, and so
    are repeats among ``questions``; only new lines are added. Raises
    :class:`EditError` when the entry or its block can't be found, or when the edited file would
    not read back as the old questions plus the new ones.
    """
    before = _questions_of(text, entry_id)
    # One phrasing per question: "What is X?" is not added beside "what is x".
    seen = {question_key(q) for q in before}
    new = []
    for question in (" ".join(q.split()) for q in questions):
        if question and question_key(question) not in seen:
            seen.add(question_key(question))
            new.append(question)
    if not new:
        return text
    lines = text.splitlines(keepends=True)
    insertion = find_insertion([line.rstrip("\r\n") for line in lines], entry_id)
    newline = "\r\n" if lines[0].endswith("\r\n") else "\n"
    if not lines[insertion.at - 1].endswith(("\n", "\r")):
        lines[insertion.at - 1] += newline
    added = [render_item(q, insertion) + newline for q in new]
    edited = "".join(lines[: insertion.at] + added + lines[insertion.at :])
    if _questions_of(edited, entry_id) != before + new:
        raise EditError(f"adding to {entry_id!r} would change more than its questions")
    return edited
