"""Renderers: turn an :class:`~bot.answer.Answer` into plain text, Telegram HTML or JSON.

Rendering is separate from matching: the engine never produces markup, and every string that
reaches HTML here — answers, quotes, questions, user text — is escaped.
"""

from __future__ import annotations

import html
import json
from typing import Any

from bot import texts
from bot.answer import Answer, Outcome


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
    parts = [html.escape(answer.text, quote=False)]
    for citation in answer.citations:
        parts.append(
            f"<blockquote>¶{citation.paragraph}: {html.escape(citation.quote, quote=False)}</blockquote>"
        )
    if answer.suggestions and answer.outcome is not Outcome.AMBIGUOUS:
        parts.append(html.escape(texts.text("did_you_mean", answer.lang), quote=False))
    return "\n".join(parts)
