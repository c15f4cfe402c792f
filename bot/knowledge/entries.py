"""Facts, gaps and checks: each YAML item validated into its model object (or None, with
its problems recorded)."""

from __future__ import annotations

import re
from typing import Any

from bot.knowledge.fields import (
    MAX_ANSWER_CHARS,
    MAX_QUESTION_CHARS,
    Validation,
    citations_of,
    fields_of,
    groups_of,
    id_of,
    kinds_of,
    shortened,
    text_of,
    texts_of,
    translations_of,
)
from bot.knowledge.model import MAX_REQUIRES_WORDS, Check, Fact, Gap, Location
from bot.knowledge.yaml_lines import YamlMap, line_of

#: Fewest phrasings a fact must have, so people's different wordings find it.
MIN_QUESTIONS = 4

FACT_FIELDS = {
    "id": True,
    "topic": True,
    "questions": True,
    "answer": True,
    "cite": True,
    "related": False,
    "keywords": False,
    "answers_to": False,
    "translations": False,
    "speaker": False,
    "lists": False,
}
GAP_FIELDS = {
    "id": True,
    "questions": True,
    "reply": True,
    "requires": False,
    "unless": False,
    "answers_to": False,
    "settles": False,
    "corrects": False,
    "declines_claims": False,
    "cite": False,
    "related": False,
    "translations": False,
}
CHECK_FIELDS = {"q": True, "expect": False, "decline": False}


def fact_from(ctx: Validation, file: str, raw: Any, index: int, line: int) -> Fact | None:
    item = fields_of(ctx, file, raw, FACT_FIELDS, f"fact #{index}", line)
    if item is None:
        return None
    fact_id = id_of(ctx, file, item, f"fact #{index}")
    if fact_id:
        ctx.fact_ids.add(fact_id)
    what = f"fact {fact_id!r}" if fact_id else f"fact #{index}"
    before = len(ctx.problems)
    topic = _optional_text(ctx, file, item, "topic", what)
    questions = _questions(ctx, file, item, what)
    if "questions" in item and len(questions) < MIN_QUESTIONS:
        ctx.add(
            file,
            line_of(item["questions"], item.line),
            f"{what}: has {len(questions)} question phrasings; at least {MIN_QUESTIONS} are needed",
        )
    answer = _optional_text(ctx, file, item, "answer", what, limit=MAX_ANSWER_CHARS)
    citations = citations_of(ctx, file, item.get("cite"), what, item.line) if "cite" in item else []
    if "cite" in item and isinstance(item.get("cite"), list) and not item["cite"]:
        ctx.add(file, line_of(item["cite"], item.line), f"{what}: cite: needs at least one quote")
    related = texts_of(ctx, file, item.get("related", []), f"{what}: related", item.line)
    keywords = texts_of(ctx, file, item.get("keywords", []), f"{what}: keywords", item.line)
    listed = texts_of(ctx, file, item.get("lists", []), f"{what}: lists", item.line)
    kinds = kinds_of(ctx, file, item, what)
    translations = translations_of(ctx, file, item.get("translations"), what, item.line)
    speaker = _optional_text(ctx, file, item, "speaker", what)
    _check_lists(ctx, file, item, listed, answer, what)
    if len(ctx.problems) > before or not (fact_id and topic and answer and citations):
        return None
    return Fact(
        id=fact_id,
        topic=topic,
        questions=tuple(questions),
        answer=answer,
        citations=tuple(citations),
        related=tuple(related),
        keywords=tuple(keywords),
        answers_to=tuple(kinds),
        translations=translations,
        where=Location(file, item.line),
        speaker=speaker,
        lists=tuple(listed),
    )


def _check_lists(
    ctx: Validation, file: str, item: YamlMap, listed: list[str], answer: str | None, what: str
) -> None:
    """A fact's ``lists``: at least two different items, each words of its (English) answer."""
    if "lists" not in item:
        return
    line = line_of(item["lists"], item.line)
    if len(listed) < 2:
        ctx.add(file, line, f"{what}: lists: needs at least two items (what the answer enumerates)")
    seen: set[str] = set()
    for entry in listed:
        key = entry.casefold()
        if key in seen:
            ctx.add(file, line, f"{what}: lists: {entry!r} is listed twice")
        seen.add(key)
        # Whole words: "trade" is not in "traders".
        if answer is not None and not re.search(
            rf"(?<!\w){re.escape(key)}(?!\w)", answer.casefold()
        ):
            ctx.add(file, line, f"{what}: lists: {entry!r} is not in the answer")


def _optional_text(
    ctx: Validation, file: str, item: YamlMap, key: str, what: str, *, limit: int | None = None
) -> str | None:
    """The text under ``key`` (validated), or None when the entry has no such key."""
    if key not in item:
        return None
    return text_of(ctx, file, item.get(key), f"{what}: {key}", item.line, limit=limit)


def _questions(ctx: Validation, file: str, item: YamlMap, what: str) -> list[str]:
    """An entry's question phrasings, each at most MAX_QUESTION_CHARS."""
    return texts_of(
        ctx,
        file,
        item.get("questions", []),
        f"{what}: questions",
        item.line,
        limit=MAX_QUESTION_CHARS,
    )


def gap_from(ctx: Validation, file: str, raw: Any, index: int, line: int) -> Gap | None:
    item = fields_of(ctx, file, raw, GAP_FIELDS, f"gap #{index}", line)
    if item is None:
        return None
    gap_id = id_of(ctx, file, item, f"gap #{index}")
    what = f"gap {gap_id!r}" if gap_id else f"gap #{index}"
    before = len(ctx.problems)
    questions = _questions(ctx, file, item, what)
    reply = _optional_text(ctx, file, item, "reply", what, limit=MAX_ANSWER_CHARS)
    citations = citations_of(ctx, file, item["cite"], what, item.line) if "cite" in item else []
    related = texts_of(ctx, file, item.get("related", []), f"{what}: related", item.line)
    requires = groups_of(ctx, file, item.get("requires", []), f"{what}: requires", item.line)
    unless = texts_of(ctx, file, item.get("unless", []), f"{what}: unless", item.line)
    settles = groups_of(ctx, file, item.get("settles", []), f"{what}: settles", item.line)
    kinds = kinds_of(ctx, file, item, what)
    corrects = item.get("corrects")
    if corrects is not None and not (isinstance(corrects, str) and corrects.strip()):
        ctx.add(
            file,
            item.line,
            f"{what}: corrects: expected the id of a fact, got {shortened(repr(corrects))}",
        )
    declines_claims = item.get("declines_claims", False)
    if declines_claims is not True and declines_claims is not False:
        ctx.add(file, item.line, f"{what}: declines_claims must be true or false")
    for phrase in [*(p for g in requires for p in g), *unless, *(p for g in settles for p in g)]:
        if len(phrase.split()) > MAX_REQUIRES_WORDS:
            ctx.add(
                file, item.line, f"{what}: {phrase!r} is longer than {MAX_REQUIRES_WORDS} words"
            )
    translations = translations_of(ctx, file, item.get("translations"), what, item.line)
    if len(ctx.problems) > before or not (gap_id and questions and reply):
        return None
    return Gap(
        id=gap_id,
        questions=tuple(questions),
        reply=reply,
        requires=requires,
        unless=tuple(unless),
        answers_to=tuple(kinds),
        settles=settles,
        corrects=corrects.strip() if isinstance(corrects, str) else None,
        declines_claims=declines_claims is True,
        citations=tuple(citations),
        related=tuple(related),
        translations=translations,
        where=Location(file, item.line),
    )


def check_from(ctx: Validation, file: str, raw: Any, index: int, line: int) -> Check | None:
    item = fields_of(ctx, file, raw, CHECK_FIELDS, f"check #{index}", line)
    if item is None:
        return None
    question = text_of(ctx, file, item.get("q"), f"check #{index}: q", item.line)
    expect = item.get("expect")
    decline = item.get("decline", False)
    if decline is not True and decline is not False:
        ctx.add(file, item.line, f"check #{index}: decline must be true or false")
        return None
    if (expect is None) == (not decline):
        ctx.add(file, item.line, f"check #{index}: give either expect (a fact id) or decline: true")
        return None
    if expect is not None and not isinstance(expect, str):
        ctx.add(file, item.line, f"check #{index}: expect must be a fact id")
        return None
    if question is None:
        return None
    return Check(question, str(expect) if expect is not None else None, Location(file, item.line))
