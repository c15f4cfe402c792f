"""Renderers: turn an :class:`~bot.conversation.answering.Answer` into plain text, Telegram HTML or JSON.

Rendering is separate from matching: the engine never produces markup, and every string that
reaches HTML here — answers, quotes, questions, user text — is escaped.
"""

from __future__ import annotations

import re
from typing import Any

from bot.conversation import texts, wording
from bot.conversation.answering import Answer, Outcome
from bot.knowledge.model import Source
from bot.lang import patterns


def to_dict(answer: Answer) -> dict[str, Any]:
    """The graders' JSON object for one answer (field set and types are a contract)."""
    return {
        "question": answer.question,
        "answered": answer.answered,
        "answer": answer.text if answer.answered else "",
        "citations": [{"paragraph": c.paragraph, "quote": c.quote} for c in answer.citations],
        "fact_id": answer.fact_id,
        "score": float(answer.score),
        "suggestions": list(answer.suggestions),
    }


def to_json(answer: Answer) -> str:
    """One line of JSON (UTF-8 characters kept readable)."""
    import json  # only for machine-readable output: the plain answer starts without it

    return json.dumps(to_dict(answer), ensure_ascii=False)


def _suggestion_lines(answer: Answer, *, numbered: bool) -> list[str]:
    if not answer.suggestions:
        return []
    header = (
        [] if answer.outcome is Outcome.AMBIGUOUS else [texts.text("did_you_mean", answer.lang)]
    )
    return header + [
        f"  {i}. {s}" if numbered else f"  - {s}" for i, s in enumerate(answer.suggestions, 1)
    ]


def to_plain(answer: Answer, *, numbered: bool = False) -> str:
    """Plain text for a terminal: the answer, its quotes with paragraph numbers, suggestions."""
    lines = [answer.text]
    for citation in answer.citations:
        lines.append(f"  ¶{citation.paragraph}: “{citation.quote}”")
    lines += _suggestion_lines(answer, numbered=numbered)
    return "\n".join(lines)


def to_html(answer: Answer) -> str:
    """Telegram HTML: the answer, each quote in a blockquote marked ¶N. All text escaped."""
    parts = [_escape(answer.text)]
    for citation in answer.citations:
        parts.append(f"<blockquote>¶{citation.paragraph}: {_escape(citation.quote)}</blockquote>")
    if answer.suggestions and answer.outcome is not Outcome.AMBIGUOUS:
        parts.append(_escape(texts.text("did_you_mean", answer.lang)))
    return "\n".join(parts)


# --------------------------------------------------------------------------------------------
# Telegram length limits: splitting and trimming HTML without breaking tags
# --------------------------------------------------------------------------------------------
#: Telegram's limit for one message's text, in UTF-16 code units. Telegram counts the text
#: after parsing the markup; the splitter counts the markup too, so it is always on the safe side.
MAX_MESSAGE_LENGTH = 4096
#: Appended to trimmed text.
ELLIPSIS = "…"
#: A piece of HTML: a tag, an entity, or one character.
_ATOM = patterns.compile(r"<[^<>]*>|&#?[A-Za-z0-9]+;|.", re.DOTALL)
_TAG_NAME = patterns.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji outside the BMP counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def _closing(stack: list[tuple[str, str]]) -> str:
    return "".join(f"</{name}>" for name, _ in reversed(stack))


def _opening(stack: list[tuple[str, str]]) -> str:
    return "".join(raw for _, raw in stack)


def _apply(stack: list[tuple[str, str]], atom: str) -> list[tuple[str, str]]:
    """The open-tag stack after ``atom`` (only tags change it)."""
    if not atom.startswith("<") or len(atom) < 3:
        return stack
    match = _TAG_NAME.match(atom)
    if match is None:
        return stack
    name = match.group(1).lower()
    if atom.startswith("</"):
        return stack[:-1] if stack and stack[-1][0] == name else stack
    return [*stack, (name, atom)]


def split_html(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Split well-formed Telegram HTML into pieces of at most ``limit`` UTF-16 units.

    Pieces break at a line end if there is one in the second half of a piece, else at a space,
    else anywhere between characters — never inside a tag or an entity. Tags open at a break
    are closed at the end of one piece and reopened at the start of the next, so every piece is
    valid on its own. Pieces with no visible text are dropped.
    """
    if utf16_length(text) <= limit:
        return [text]
    atoms = _ATOM.findall(text)
    pieces: list[str] = []
    start = 0
    start_stack: list[tuple[str, str]] = []
    while start < len(atoms):
        stack = list(start_stack)
        size = utf16_length(_opening(stack))
        # (atom index after the break, stack there): the last line end and the last whitespace
        line_break: tuple[int, list[tuple[str, str]]] | None = None
        word_break: tuple[int, list[tuple[str, str]]] | None = None
        end = start
        while end < len(atoms):
            atom = atoms[end]
            after = _apply(stack, atom)
            if size + utf16_length(atom) + utf16_length(_closing(after)) > limit:
                break
            size += utf16_length(atom)
            stack = after
            end += 1
            if atom == "\n":
                line_break = (end, stack)
            if atom.isspace():
                word_break = (end, stack)
        if end == len(atoms):
            cut, cut_stack = end, stack
        elif end == start:
            raise ValueError(f"limit {limit} is too small for the markup at {atoms[start]!r}")
        elif line_break and line_break[0] - start > (end - start) // 2:
            cut, cut_stack = line_break
        elif word_break:
            cut, cut_stack = word_break
        else:
            cut, cut_stack = end, stack
        piece = _opening(start_stack) + "".join(atoms[start:cut]) + _closing(cut_stack)
        if _visible(piece).strip():
            pieces.append(piece)
        start, start_stack = cut, cut_stack
    return pieces


def trim_html(text: str, limit: int = MAX_MESSAGE_LENGTH) -> str:
    """``text`` cut to at most ``limit`` UTF-16 units at a clean point, with an ellipsis."""
    if utf16_length(text) <= limit:
        return text
    return split_html(text, limit - utf16_length(ELLIPSIS))[0] + ELLIPSIS


def _visible(text: str) -> str:
    """The text a reader sees: tags removed, entities decoded."""
    import html  # its entity table takes 2 ms to import: only for text that gets measured

    return html.unescape(re.sub(r"<[^<>]*>", "", text))


# --------------------------------------------------------------------------------------------
# Bot screens as Telegram HTML
# --------------------------------------------------------------------------------------------


def _escape(text: str) -> str:
    """``html.escape(text, quote=False)``: ``&``, ``<`` and ``>`` as entities (written out, as
    the ``html`` module imports its entity table with it)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def fill_html(key: str, lang: str, *, bold: tuple[str, ...] = (), **values: str) -> str:
    """A bot text as Telegram HTML: template and values escaped, the ``bold`` values in <b>."""
    escaped = {
        name: f"<b>{_escape(value)}</b>" if name in bold else _escape(value)
        for name, value in values.items()
    }
    return _escape(texts.text(key, lang)).format(**escaped)


def welcome_html(source: Source, lang: str) -> str:
    """The /start text: what the bot knows (article, dateline, date, reporter)."""
    return fill_html("welcome", lang, bold=("title",), **wording.values(source, lang))


def help_html(lang: str, *, example: str, username: str) -> str:
    """The /help text: how to ask, what the bot cannot do, groups and inline mode, commands."""
    commands = "\n".join(
        f"/{name} — {_escape(texts.text(f'cmd_{name}', lang))}" for name in texts.COMMANDS
    )
    return "\n\n".join(
        [
            fill_html("help", lang, example=example),
            fill_html("help_telegram", lang, username=username),
            f"<b>{_escape(texts.text('commands', lang))}</b>\n{commands}",
        ]
    )


def source_html(source: Source, lang: str) -> str:
    """The /source text: the article's title, dateline, date, reporting source and summary."""
    title = source.text_in("title", lang)
    return f"<b>{_escape(title)}</b>\n" + fill_html(
        "source", lang, bold=(), **wording.values(source, lang)
    )


def question_html(question: str, answer: Answer) -> str:
    """An answer headed by its question in bold (for inline results shared into other chats)."""
    return f"<b>{_escape(question)}</b>\n{to_html(answer)}"
