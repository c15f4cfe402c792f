"""Telegram HTML rendering: escaping, valid markup, and splitting/trimming to 4,096."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from telegram_html import EntityError, check_message_text, parse_html, utf16_length

from bot.conversation import render
from bot.conversation.answering import Answer, Outcome, ask
from bot.engine import Engine
from bot.knowledge.model import Citation, Source

HOSTILE = "<b>&amp; \"quotes\" 'apostrophes' </blockquote> &#0; \u200b\u202e 🇰🇿"


def _visible_without_space(text: str) -> str:
    return re.sub(r"\s", "", parse_html(text).text)


# ------------------------------------------------------------------------------------------
# The validator itself (so the fake Bot API's checks cannot pass vacuously)
# ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("<foo>x</foo>", 'Unsupported start tag "foo"'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", "Unmatched end tag"),
        ("a & b", "Character '&' is reserved"),
        ("a < b", "Unclosed start tag"),
        ("a > b", "Character '>' is reserved"),
        ("&nbsp;", 'Unsupported HTML entity "&nbsp;"'),
        ("&#0;", "Invalid character entity"),
        ('<span class="x">y</span>', 'must have class "tg-spoiler"'),
        ("<a>y</a>", 'must have attribute "href"'),
        ("<blockquote><blockquote>y</blockquote></blockquote>", "Nested blockquote"),
        ("<code><b>y</b></code>", "can't be inside pre or code"),
    ],
)
def test_validator_rejects_what_telegram_rejects(source: str, error: str) -> None:
    """Unknown tags, unbalanced tags and bad entities are refused with Telegram's wording."""
    with pytest.raises(EntityError, match=re.escape(error)):
        parse_html(source)


def test_validator_accepts_telegram_markup_and_decodes_entities() -> None:
    """Known tags and entities parse to the text a reader sees, with UTF-16 offsets."""
    parsed = parse_html('<b>1 &lt; 2</b> &amp; <a href="https://x">🇰🇿</a> &#169;&#x41;')
    assert parsed.text == "1 < 2 & 🇰🇿 ©A"
    assert parsed.entities == [("b", 0, 5), ("a", 8, 4)]


def test_validator_counts_length_in_utf16_after_parsing() -> None:
    """4,096 UTF-16 units pass, one more fails; markup does not count, astral emoji count 2."""
    assert check_message_text("<b>" + "x" * 4096 + "</b>", "HTML").text == "x" * 4096
    with pytest.raises(EntityError, match="message is too long"):
        check_message_text("x" * 4095 + "😀", "HTML")
    with pytest.raises(EntityError, match="message text is empty"):
        check_message_text("<b> </b>", "HTML")


# ------------------------------------------------------------------------------------------
# Rendering answers and screens
# ------------------------------------------------------------------------------------------


def test_answer_html_escapes_every_string_and_marks_paragraphs() -> None:
    """Answer text and quotes with HTML metacharacters render as valid HTML that shows them."""
    answer = Answer(
        HOSTILE,
        Outcome.ANSWERED,
        f"answer {HOSTILE}",
        fact_id="x",
        citations=(Citation(3, f"quote {HOSTILE}"),),
    )
    parsed = check_message_text(render.to_html(answer), "HTML")
    assert parsed.text == f"answer {HOSTILE}\n¶3: quote {HOSTILE}"
    assert [e[0] for e in parsed.entities] == ["blockquote"]


def test_every_shipped_answer_renders_as_valid_html(engine: Engine) -> None:
    """Each fact's answer with its citations is valid Telegram HTML within the limit."""
    for fact in engine.base.facts:
        answer = ask(engine, fact.questions[0])
        parsed = check_message_text(render.to_html(answer), "HTML")
        assert answer.text in parsed.text


def test_screens_escape_source_fields() -> None:
    """Welcome, help and source screens escape fact-base strings and keep their bold markup."""
    given = (HOSTILE, "<Astana>", "Nov. 29 & 30", "press <service>", "sum & more")
    names = ("title", "dateline", "date", "reported_by", "summary")
    source = Source({name: {"en": text} for name, text in zip(names, given, strict=True)})
    for text in (
        render.welcome_html(source, "en"),
        render.source_html(source, "ru"),
        render.help_html("sr", example=HOSTILE, username="visit_bot"),
        render.question_html(HOSTILE, Answer(HOSTILE, Outcome.ANSWERED, HOSTILE)),
    ):
        parsed = check_message_text(text, "HTML")
        assert HOSTILE in parsed.text or "<Astana>" in parsed.text or "/topics" in parsed.text
        assert "b" in [e[0] for e in parsed.entities]
    assert "<Astana>" in parse_html(render.welcome_html(source, "en")).text


# ------------------------------------------------------------------------------------------
# Splitting and trimming
# ------------------------------------------------------------------------------------------


def test_short_text_is_one_piece() -> None:
    """Text within the limit is returned unchanged."""
    assert render.split_html("<b>hi</b>") == ["<b>hi</b>"]


def test_split_prefers_line_ends_and_reopens_tags() -> None:
    """A long message splits at a line end; a tag open at the break is closed and reopened."""
    text = "<b>" + "word " * 10 + "\n" + "more " * 10 + "</b>"
    pieces = render.split_html(text, limit=60)
    assert len(pieces) == 2
    for piece in pieces:
        check_message_text(piece, "HTML")
        assert utf16_length(piece) <= 60
    assert pieces[0].endswith("\n</b>")
    assert pieces[1].startswith("<b>more")


def test_split_never_cuts_an_entity_or_a_surrogate_pair() -> None:
    """Unbroken text of entities and astral emoji splits between whole characters."""
    text = "&amp;😀" * 200
    pieces = render.split_html(text, limit=101)
    for piece in pieces:
        check_message_text(piece, "HTML")
        assert utf16_length(piece) <= 101
    assert "".join(pieces) == text


@pytest.mark.slow
def test_split_long_answer_at_4096() -> None:
    """A 12,000-character answer with citations becomes valid pieces of at most 4,096."""
    answer = Answer(
        "q",
        Outcome.ANSWERED,
        "Long & <loud> " * 900,
        citations=(Citation(1, "quote " * 700), Citation(2, "x" * 5000)),
    )
    source = render.to_html(answer)
    pieces = render.split_html(source)
    assert len(pieces) > 2
    for piece in pieces:
        check_message_text(piece, "HTML")
        assert utf16_length(piece) <= render.MAX_MESSAGE_LENGTH
    assert "".join(_visible_without_space(p) for p in pieces) == _visible_without_space(source)


def test_trim_keeps_valid_markup_and_adds_ellipsis() -> None:
    """Trimming closes open tags and ends with an ellipsis, within the limit."""
    trimmed = render.trim_html("<b>" + "abc " * 100 + "</b>", limit=50)
    assert utf16_length(trimmed) <= 50
    assert trimmed.endswith("</b>…")
    check_message_text(trimmed, "HTML")
    assert render.trim_html("short", limit=50) == "short"


def test_limit_too_small_for_markup_is_an_error() -> None:
    """A limit smaller than one tag pair cannot be met and says so."""
    with pytest.raises(ValueError, match="too small"):
        render.split_html("<blockquote>" + "x" * 50 + "</blockquote>", limit=20)


_TAGS = st.sampled_from(["b", "i", "blockquote", "code", "u"])
_SEGMENTS = st.lists(
    st.tuples(st.one_of(st.none(), _TAGS), st.text(min_size=0, max_size=80)),
    min_size=1,
    max_size=30,
)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(segments=_SEGMENTS, limit=st.integers(min_value=40, max_value=400))
def test_split_property_every_piece_valid_and_nothing_lost(
    segments: list[tuple[str | None, str]], limit: int
) -> None:
    """For any text in any tags, pieces are valid, within the limit, and keep all visible text."""
    source = "\n".join(
        f"<{tag}>{html.escape(text, quote=False)}</{tag}>"
        if tag
        else html.escape(text, quote=False)
        for tag, text in segments
    )
    pieces = render.split_html(source, limit=limit)
    for piece in pieces:
        parse_html(piece)
        assert utf16_length(piece) <= limit
    assert "".join(_visible_without_space(p) for p in pieces) == _visible_without_space(source)
