"""YAML mistakes reported at the line where they are, in an editor's words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.knowledge.loader import read_yaml
from bot.knowledge.yaml_hints import Hint, explain, merged_items

KEY_WITHOUT_COLON_BEFORE_A_LIST = """\
facts:
  - id: trade
    topic: trade
    questions
      - how big is trade
      - trade volume
      - turnover
      - how much do they trade
      - trade figure
    answer: Trade tripled.
"""


def _hint(text: str) -> Hint | None:
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        yaml.safe_load(text)
    return explain(text, caught.value)


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (KEY_WITHOUT_COLON_BEFORE_A_LIST, 4, "missing ':' after 'questions'"),
        (
            "facts:\n  - id: a\n    topic: t\n    answer Trade tripled.\n    cite: [x]\n",
            4,
            "'answer'",
        ),
        ('facts:\n  - id: a\n    answer: "Trade\n    cite: [x]\n  - id: b\n', 3, "quote"),
        ("facts:\n  - id: a\n    cite: [x, y\n    answer: z\n", 3, "not closed with ']'"),
        ("facts:\n  - id: a\n    topic: t\n     answer: x\n", 4, "indented deeper than line 3"),
        ("facts:\n  - id: a\n    topic: t\n   answer: x\n", 4, "indentation doesn't match"),
        ("facts:\n\t- id: a\n", 2, "tab"),
    ],
)
def test_a_syntax_error_is_placed_on_the_mistaken_line_with_a_hint(
    text: str, line: int, words: str
) -> None:
    """Missing colons, unclosed quotes/lists, bad indentation and tabs point at their own line."""
    hint = _hint(text)
    assert hint is not None
    assert (hint.line, words in hint.message) == (line, True), hint


def test_the_missing_colon_column_is_where_the_key_starts() -> None:
    """The column of a key that lost its colon is the key's first letter."""
    hint = _hint(KEY_WITHOUT_COLON_BEFORE_A_LIST)
    assert hint is not None
    assert hint.column == 5


def test_an_item_indented_one_space_too_far_is_flagged() -> None:
    """A '- question' one space deeper than the one above (which YAML silently joins) is found."""
    text = "questions:\n  - who came?\n   - when?\n  - where?\n"
    assert yaml.safe_load(text) == {"questions": ["who came? - when?", "where?"]}
    assert [h.line for h in merged_items(text)] == [3]


def test_nested_lists_under_mappings_and_quoted_items_are_not_flagged() -> None:
    """Deeper items under a key or a quoted/block item are real structure, not a merge."""
    text = 'facts:\n  - id: a\n    cite:\n      - x\n  - "quoted"\n  - plain\n'
    assert merged_items(text) == []


def test_read_yaml_reports_the_hint_with_file_line_and_column(tmp_path: Path) -> None:
    """The loader's problem for a missing colon names the file, the key's line and column."""
    path = tmp_path / "facts.yaml"
    path.write_text(KEY_WITHOUT_COLON_BEFORE_A_LIST, encoding="utf-8")
    data, problems = read_yaml(path, "facts.yaml")
    assert data is None
    assert [str(p) for p in problems] == [
        "facts.yaml:4: YAML syntax error: missing ':' after 'questions' "
        "(write 'questions: …'; every key needs a colon) (column 5)"
    ]


def test_read_yaml_flags_a_merged_item_but_still_returns_the_data(tmp_path: Path) -> None:
    """A merged item is a problem on its line, and the rest of the file is still read."""
    path = tmp_path / "facts.yaml"
    path.write_text("questions:\n  - who came?\n   - when?\n", encoding="utf-8")
    data, problems = read_yaml(path, "facts.yaml")
    assert data == {"questions": ["who came? - when?"]}
    assert [p.line for p in problems] == [3]
