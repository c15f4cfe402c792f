"""Validation of fact-base values: each check adds a ``file:line`` problem and returns what is
usable, so one load reports every problem at once."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.knowledge.article import (
    QuoteAmbiguousError,
    QuoteLocator,
    QuoteNotFoundError,
    QuoteSpansParagraphsError,
)
from bot.knowledge.model import LANGUAGES, QUESTION_KINDS, Citation
from bot.knowledge.problems import Problem
from bot.knowledge.yaml_lines import YamlMap, YamlSeq, kind_of, line_of

#: Longest answer (characters): answers are for a chat reader, 1–3 sentences.
MAX_ANSWER_CHARS = 1000
#: Longest question phrasing (characters).
MAX_QUESTION_CHARS = 300
#: Fact and gap ids are slugs.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass
class Validation:
    """Collects problems while one fact base is validated."""

    problems: list[Problem]
    locator: QuoteLocator | None = None
    #: Ids of every fact written, valid or not, so one broken fact is not also reported as
    #: a dangling ``related`` reference everywhere it is named.
    fact_ids: set[str] = field(default_factory=set)

    def add(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message))


def fields_of(
    ctx: Validation, file: str, item: Any, spec: dict[str, bool], what: str, default_line: int
) -> YamlMap | None:
    """Check ``item`` is a mapping with the required and only known fields."""
    if not isinstance(item, YamlMap):
        ctx.add(
            file, line_of(item, default_line), f"{what}: expected a mapping, got {kind_of(item)}"
        )
        return None
    for key in item:
        if key not in spec:
            known = ", ".join(spec)
            ctx.add(
                file,
                item.key_lines.get(key, item.line),
                f"{what}: unknown field {key!r} (known: {known})",
            )
    for key, required in spec.items():
        if required and key not in item:
            ctx.add(file, item.line, f"{what}: missing field {key!r}")
    return item


def text_of(
    ctx: Validation, file: str, value: Any, what: str, line: int, *, limit: int | None = None
) -> str | None:
    if not isinstance(value, str):
        ctx.add(file, line_of(value, line), f"{what}: expected text, got {kind_of(value)}")
        return None
    if not value.strip():
        ctx.add(file, line_of(value, line), f"{what}: is empty")
        return None
    if limit is not None and len(value) > limit:
        ctx.add(
            file, line_of(value, line), f"{what}: {len(value)} characters; the limit is {limit}"
        )
        return None
    return " ".join(str(value).split())


def texts_of(
    ctx: Validation, file: str, value: Any, what: str, line: int, *, limit: int | None = None
) -> list[str]:
    """A list of texts (a single text is accepted as a one-item list)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        ctx.add(file, line_of(value, line), f"{what}: expected a list, got {kind_of(value)}")
        return []
    out: list[str] = []
    for item in value:
        text = text_of(ctx, file, item, what, line_of(value, line), limit=limit)
        if text is not None:
            out.append(text)
    return out


def translations_of(ctx: Validation, file: str, value: Any, what: str, line: int) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        ctx.add(
            file,
            line_of(value, line),
            f"{what}: translations: expected a mapping of language to text",
        )
        return {}
    out: dict[str, str] = {}
    for lang, text in value.items():
        where = value.key_lines.get(lang, line) if isinstance(value, YamlMap) else line
        if lang not in LANGUAGES or lang == "en":
            ctx.add(file, where, f"{what}: translations: unknown language {lang!r} (use ru or sr)")
            continue
        checked = text_of(
            ctx, file, text, f"{what}: translations.{lang}", where, limit=MAX_ANSWER_CHARS
        )
        if checked is not None:
            out[lang] = checked
    return out


def citations_of(ctx: Validation, file: str, value: Any, what: str, line: int) -> list[Citation]:
    out: list[Citation] = []
    if ctx.locator is None:
        return out
    quotes = value if isinstance(value, list) else [value]
    for quote in quotes:
        where = line_of(quote, line)
        if not isinstance(quote, str) or not quote.strip():
            ctx.add(file, where, f"{what}: a citation must be a non-empty quote of the article")
            continue
        try:
            span = ctx.locator.locate(quote)
        except QuoteNotFoundError:
            found = ctx.locator.divergence(quote)
            why = f"; {found.describe()}" if found else ""
            ctx.add(
                file,
                where,
                f'{what}: citation not found in the article: "{shortened(quote)}"{why}',
            )
            continue
        except QuoteAmbiguousError as exc:
            paras = ", ".join(str(p) for p in exc.paragraphs)
            ctx.add(
                file,
                where,
                f'{what}: citation "{shortened(quote)}" occurs in paragraphs {paras}; quote more words so it is unique',
            )
            continue
        except QuoteSpansParagraphsError:
            ctx.add(
                file, where, f'{what}: citation "{shortened(quote)}" runs across a paragraph break'
            )
            continue
        out.append(Citation(span.paragraph, ctx.locator.article.excerpt(span)))
    return out


def shortened(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def id_of(ctx: Validation, file: str, item: YamlMap, what: str) -> str | None:
    value = item.get("id")
    if value is None:
        return None
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        ctx.add(
            file,
            line_of(value, item.line),
            f"{what}: id {value!r} must be a slug like 'trade-volume'",
        )
        return None
    return str(value)


def groups_of(
    ctx: Validation, file: str, value: Any, what: str, line: int
) -> tuple[tuple[str, ...], ...]:
    """A list of words (one group, any of them) or a list of such lists (all groups)."""
    if isinstance(value, list) and value and all(isinstance(v, list) for v in value):
        groups = [tuple(texts_of(ctx, file, v, what, line)) for v in value]
    elif isinstance(value, list) and any(isinstance(v, list) for v in value):
        ctx.add(file, line_of(value, line), f"{what}: give words, or lists of words, not both")
        return ()
    else:
        groups = [tuple(texts_of(ctx, file, value, what, line))]
    return tuple(g for g in groups if g)


def kinds_of(ctx: Validation, file: str, item: YamlMap, what: str) -> list[str]:
    """``answers_to``: kinds of question, each one of QUESTION_KINDS."""
    kinds = texts_of(ctx, file, item.get("answers_to", []), f"{what}: answers_to", item.line)
    for kind in kinds:
        if kind not in QUESTION_KINDS:
            ctx.add(
                file,
                line_of(item.get("answers_to"), item.line),
                f"{what}: answers_to: unknown kind {kind!r} (known: {', '.join(QUESTION_KINDS)})",
            )
    return kinds


def items_of(
    ctx: Validation, file: str, value: Any, section: str, line: int
) -> list[tuple[Any, int]]:
    if not isinstance(value, list):
        ctx.add(file, line_of(value, line), f"{section}: expected a list, got {kind_of(value)}")
        return []
    return [
        (item, line_of(item, value.line if isinstance(value, YamlSeq) else line)) for item in value
    ]
