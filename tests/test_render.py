"""Renderers: plain text, Telegram HTML and JSON, with every string escaped."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from bot.conversation.answering import Answer, Outcome
from bot.conversation.render import to_dict, to_html, to_json, to_plain
from bot.knowledge.model import Citation

HOSTILE = "<b>bold</b> & \"quotes\" 'single' <script>x</script> &amp;"


class _Tags(HTMLParser):
    """Collects start tags and text of an HTML fragment."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _answer(text: str = "It tripled.", quote: str = "which tripled") -> Answer:
    return Answer(
        question="q",
        outcome=Outcome.ANSWERED,
        text=text,
        score=91.5,
        fact_id="trade-turnover",
        citations=(Citation(5, quote),),
    )


def test_html_puts_each_quote_in_a_blockquote_with_its_paragraph() -> None:
    """The HTML answer is the text, then a blockquote marked ¶N per citation."""
    html = to_html(_answer())
    assert html.startswith("It tripled.")
    assert "<blockquote>¶5: which tripled</blockquote>" in html


def test_html_escapes_every_string() -> None:
    """Answer text and quotes with HTML metacharacters come out as text, not markup."""
    parser = _Tags()
    parser.feed(to_html(_answer(HOSTILE, HOSTILE)))
    assert parser.tags == ["blockquote"]
    assert HOSTILE in "".join(parser.text)


@given(st.text(), st.text())
def test_html_never_produces_unexpected_tags(text: str, quote: str) -> None:
    """Whatever the strings, the only tag in the HTML is the blockquote."""
    parser = _Tags()
    parser.feed(to_html(_answer(text, quote)))
    assert set(parser.tags) <= {"blockquote"}


@given(st.text(), st.booleans(), st.floats(0, 100), st.lists(st.text(), max_size=3))
def test_json_round_trips(
    question: str, answered: bool, score: float, suggestions: list[str]
) -> None:
    """The JSON line parses back to the same fields, answer empty when not answered."""
    answer = Answer(
        question=question,
        outcome=Outcome.ANSWERED if answered else Outcome.NOT_FOUND,
        text="t",
        score=score,
        fact_id="f" if answered else None,
        suggestions=tuple(suggestions),
    )
    line = to_json(answer)
    assert "\n" not in line
    assert json.loads(line) == to_dict(answer)
    assert json.loads(line)["answer"] == ("t" if answered else "")


def test_plain_numbers_suggestions_when_asked() -> None:
    """Plain text lists suggestions, numbered for the console chat."""
    answer = Answer(
        "q", Outcome.NOT_FOUND, "The article doesn't say that.", suggestions=("a?", "b?")
    )
    assert "  1. a?\n  2. b?" in to_plain(answer, numbered=True)
    assert "  - a?" in to_plain(answer)


@given(st.text())
def test_escaping_is_html_escape_without_quotes(text: str) -> None:
    """The renderer escapes exactly as html.escape(text, quote=False) does."""
    import html

    from bot.conversation.render import _escape

    assert _escape(text) == html.escape(text, quote=False)
