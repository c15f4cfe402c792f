"""Adding phrasings to a fact base file: only new lines, in the file's own style."""

from __future__ import annotations

import difflib

import pytest
import yaml

from bot.knowledge.editing import EditError, add_questions

FACTS = """\
# The editor's comment stays.
facts:
  - id: trade
    topic: trade
    questions:
      - How big is trade?
      - "what's the turnover"   # a comment after an item
      # a comment between items

      - trade volume
    answer: Trade tripled.
    cite: [tripled]

  - id: quoted
    questions:
      - "one"
      - "two"
    answer: x
"""


def _added_lines(before: str, after: str) -> list[str]:
    diff = difflib.ndiff(before.splitlines(), after.splitlines())
    assert not [line for line in diff if line.startswith("- ")], "a line was removed"
    return [
        line[2:]
        for line in difflib.ndiff(before.splitlines(), after.splitlines())
        if line.startswith("+ ")
    ]


def test_new_questions_are_added_after_the_last_item_and_nothing_else_changes() -> None:
    """Questions go after the block's last item with its indentation; every other line stays."""
    after = add_questions(FACTS, "trade", ["how much do they trade", "trade figure"])
    assert _added_lines(FACTS, after) == ["      - how much do they trade", "      - trade figure"]
    lines = after.splitlines()
    assert lines.index("      - how much do they trade") == lines.index("      - trade volume") + 1
    assert yaml.safe_load(after)["facts"][0]["questions"][-2:] == [
        "how much do they trade",
        "trade figure",
    ]


def test_a_block_written_in_double_quotes_gets_double_quoted_questions() -> None:
    """The block's own quoting style is kept for new items."""
    after = add_questions(FACTS, "quoted", ["three"])
    assert _added_lines(FACTS, after) == ['      - "three"']


@pytest.mark.parametrize("question", ["note: this", "yes", "#1 question", "'quoted'", "- dash"])
def test_a_question_that_plain_yaml_would_misread_is_quoted(question: str) -> None:
    """Text that would not read back as itself unquoted (colon, yes, #, quotes) is double-quoted."""
    after = add_questions(FACTS, "trade", [question])
    assert yaml.safe_load(after)["facts"][0]["questions"][-1] == question


def test_questions_the_entry_already_has_are_not_added_twice() -> None:
    """A repeated question (also after collapsing spaces) leaves the text unchanged."""
    assert add_questions(FACTS, "trade", ["How big is  trade?", "trade volume"]) == FACTS


def test_an_unknown_entry_is_refused_with_its_id() -> None:
    """Asking for an id the file does not have raises an EditError naming it."""
    with pytest.raises(EditError, match="'nope'"):
        add_questions(FACTS, "nope", ["q"])


def test_an_inline_questions_list_is_refused_with_its_line() -> None:
    """A flow list ([a, b]) can't be extended line by line, so the editor is told where it is."""
    text = "facts:\n  - id: a\n    questions: [x, y]\n    answer: z\n"
    with pytest.raises(EditError, match=r"line 3: .*inline"):
        add_questions(text, "a", ["q"])


def test_windows_line_endings_are_kept() -> None:
    """A file saved with CRLF gets CRLF lines."""
    text = FACTS.replace("\n", "\r\n")
    after = add_questions(text, "trade", ["trade figure"])
    assert "      - trade figure\r\n" in after
    assert after.count("\r\n") == text.count("\r\n") + 1


def test_a_question_differing_only_in_case_or_punctuation_is_one_question() -> None:
    """ "What is X?" and "what is x" are one phrasing: the second is not added."""
    after = add_questions(FACTS, "trade", ["What is the trade figure?", "what is the trade figure"])
    assert _added_lines(FACTS, after) == ["      - What is the trade figure?"]
    assert add_questions(FACTS, "trade", ["how big is trade"]) == FACTS
