"""Load the fact base from YAML under a knowledge directory, and validate all of it.

Every problem is reported, not only the first, as ``file:line: message`` so an editor can
jump to it (:mod:`bot.knowledge.yaml_lines` reads YAML safely with lines,
:mod:`bot.knowledge.fields` and :mod:`bot.knowledge.entries` validate values and items).

Layout of a knowledge directory::

    knowledge/
      *.yaml              sections: source, topics, aliases, synonyms, facts, gaps, checks, popular
      source/article.txt  the article (path configurable as source.article)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from bot.knowledge.article import Article, QuoteLocator, parse_article
from bot.knowledge.entries import check_from, fact_from, gap_from
from bot.knowledge.fields import (
    MAX_ANSWER_CHARS,
    MAX_QUESTION_CHARS,
    Validation,
    fields_of,
    items_of,
    text_of,
    texts_of,
)
from bot.knowledge.files import MAX_FILE_BYTES, UnsafeFileError, read_limited
from bot.knowledge.model import (
    LANGUAGES,
    REQUIRED_SOURCE_TEXTS,
    SOURCE_TEXTS,
    Check,
    Description,
    Fact,
    FactBase,
    Gap,
    Location,
    Source,
    Topic,
)
from bot.knowledge.problems import FactBaseError, Problem
from bot.knowledge.yaml_lines import YamlMap, kind_of, line_of, read_yaml
from bot.lang.detect import TOLD_BY_WORDS

__all__ = ["MAX_FILE_BYTES", "FactBaseError", "load_fact_base", "read_yaml", "yaml_files"]

#: Default article location inside the knowledge directory.
DEFAULT_ARTICLE = "source/article.txt"

_SECTIONS = (
    "source",
    "topics",
    "aliases",
    "synonyms",
    "facts",
    "gaps",
    "checks",
    "popular",
    "context",
    "people",
    "language_words",
    "descriptions",
)
_SOURCE_FIELDS = {
    **{name: name in REQUIRED_SOURCE_TEXTS for name in SOURCE_TEXTS},
    "article": False,
}


def _vocabulary(
    ctx: Validation, file: str, value: Any, section: str, line: int
) -> dict[str, tuple[str, ...]]:
    """aliases/synonyms: a mapping of canonical name to the spellings people use."""
    if not isinstance(value, dict):
        ctx.add(file, line_of(value, line), f"{section}: expected a mapping of name to spellings")
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for name, spellings in value.items():
        where = value.key_lines.get(name, line) if isinstance(value, YamlMap) else line
        if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", name):
            ctx.add(
                file, where, f"{section}: name {name!r} must be lower-case ASCII words joined by _"
            )
            continue
        out[name] = tuple(texts_of(ctx, file, spellings, f"{section}.{name}", where))
    return out


def _language_words(
    ctx: Validation, found: Iterator[tuple[str, Any, int]]
) -> dict[str, tuple[str, ...]]:
    """language_words: words of the article that tell its languages apart, by language."""
    out: dict[str, tuple[str, ...]] = {}
    for file, value, line in found:
        if not isinstance(value, dict):
            ctx.add(file, line_of(value, line), "language_words: expected a mapping of language")
            continue
        for lang, words in value.items():
            where = value.key_lines.get(lang, line) if isinstance(value, YamlMap) else line
            if lang not in TOLD_BY_WORDS:
                told = ", ".join(TOLD_BY_WORDS)
                problem = f"{lang!r} is not a language told apart by its words (one of: {told})"
                ctx.add(file, where, f"language_words: {problem}")
                continue
            texts = texts_of(ctx, file, words, f"language_words.{lang}", where, limit=40)
            for word in texts:
                if not re.fullmatch(r"[^\W_]+", word):
                    ctx.add(file, where, f"language_words.{lang}: {word!r} is not a single word")
            out[lang] = (*out.get(lang, ()), *texts)
    return out


def _descriptions(
    ctx: Validation, found: Iterator[tuple[str, Any, int]], aliases: dict[str, tuple[str, ...]]
) -> dict[str, tuple[Description, ...]]:
    """descriptions: alias name -> descriptions, each a list of two or more groups (a phrase,
    or a list of alternative phrases)."""
    out: dict[str, tuple[Description, ...]] = {}
    for file, value, line in found:
        if not isinstance(value, dict):
            ctx.add(file, line_of(value, line), "descriptions: expected a mapping of alias name")
            continue
        for name, described in value.items():
            where = value.key_lines.get(name, line) if isinstance(value, YamlMap) else line
            what = f"descriptions.{name}"
            if name not in aliases:
                ctx.add(file, where, f"{what}: {name!r} is not an alias name")
                continue
            if not isinstance(described, list) or not described:
                ctx.add(file, where, f"{what}: expected a list of descriptions")
                continue
            found_here: list[Description] = []
            for description in described:
                at = line_of(description, where)
                if not isinstance(description, list) or len(description) < 2:
                    problem = "a description is a list of two or more groups of words"
                    ctx.add(file, at, f"{what}: {problem}, e.g. [serbia, [defence, army]]")
                    continue
                groups = tuple(
                    tuple(texts_of(ctx, file, group, what, at, limit=60)) for group in description
                )
                if all(groups):
                    found_here.append(groups)
            if name in out:
                ctx.add(file, where, f"{what}: described twice")
            out[name] = tuple(found_here)
    return out


def _topics(ctx: Validation, file: str, value: Any, line: int) -> list[Topic]:
    if not isinstance(value, dict):
        ctx.add(file, line_of(value, line), "topics: expected a mapping of topic id to title")
        return []
    out: list[Topic] = []
    for topic_id, titles in value.items():
        where = value.key_lines.get(topic_id, line) if isinstance(value, YamlMap) else line
        if isinstance(titles, str):
            titles = {"en": titles}
        if not isinstance(titles, dict) or "en" not in titles:
            ctx.add(file, where, f"topics.{topic_id}: give a title, or titles per language with en")
            continue
        clean: dict[str, str] = {}
        for lang, title in titles.items():
            if lang not in LANGUAGES:
                ctx.add(file, where, f"topics.{topic_id}: unknown language {lang!r}")
                continue
            text = text_of(ctx, file, title, f"topics.{topic_id}.{lang}", where, limit=60)
            if text:
                clean[lang] = text
        out.append(Topic(topic_id, clean))
    return out


def _source_text(
    ctx: Validation, file: str, value: Any, name: str, line: int
) -> dict[str, str] | None:
    """One text of the source section: a text (English), or a mapping of language to text
    that includes English (it stands in for the languages not given)."""
    what = f"source: {name}"
    if not isinstance(value, dict):
        text = text_of(ctx, file, value, what, line, limit=MAX_ANSWER_CHARS)
        return {"en": text} if text else None
    where = line_of(value, line)
    out: dict[str, str] = {}
    for lang, text in value.items():
        at = value.key_lines.get(lang, where) if isinstance(value, YamlMap) else where
        if lang not in LANGUAGES:
            known = ", ".join(LANGUAGES)
            ctx.add(file, at, f"{what}: unknown language {lang!r} (known: {known})")
            continue
        checked = text_of(ctx, file, text, f"{what}.{lang}", at, limit=MAX_ANSWER_CHARS)
        if checked:
            out[lang] = checked
    if "en" not in value:
        ctx.add(file, line, f"{what}: give the English text (en) too; it stands in for the others")
        return None
    return out if "en" in out else None


def _source(ctx: Validation, file: str, value: Any, line: int) -> tuple[Source | None, str]:
    item = fields_of(ctx, file, value, _SOURCE_FIELDS, "source", line)
    if item is None:
        return None, DEFAULT_ARTICLE
    article = DEFAULT_ARTICLE
    if "article" in item:
        article = text_of(ctx, file, item["article"], "source: article", item.line) or article
    before = len(ctx.problems)
    texts: dict[str, dict[str, str]] = {}
    for name in SOURCE_TEXTS:
        if name in item:
            where = item.key_lines.get(name, item.line)
            versions = _source_text(ctx, file, item[name], name, where)
            if versions:
                texts[name] = versions
    if len(ctx.problems) > before or not all(name in texts for name in REQUIRED_SOURCE_TEXTS):
        return None, article
    return Source(texts), article


def _read_article(
    ctx: Validation, directory: Path, relative: str, display_dir: str
) -> Article | None:
    display = f"{display_dir}/{relative}"
    try:
        raw = read_limited(directory / relative, directory, MAX_FILE_BYTES)
    except UnsafeFileError as exc:
        message = str(exc)
        if "outside the knowledge directory" in message:
            message = "the article must be inside the knowledge directory"
        ctx.add(display, 0, message)
        return None
    except OSError as exc:
        ctx.add(display, 0, f"cannot read the article: {exc.strerror}")
        return None
    try:
        return parse_article(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        ctx.add(display, raw[: exc.start].count(b"\n") + 1, "the article is not UTF-8 text")
        return None


def _display_dir(directory: Path) -> str:
    try:
        return str(directory.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(directory)


def yaml_files(directory: Path) -> list[Path]:
    """The YAML files of a knowledge directory, in load order."""
    return sorted(p for p in directory.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def _read_documents(
    ctx: Validation, files: list[Path], display_dir: str
) -> tuple[list[tuple[str, YamlMap]], bool]:
    """Each readable YAML file's sections, by display name; and whether any file was unreadable."""
    documents: list[tuple[str, YamlMap]] = []
    unreadable = False
    for path in files:
        display = f"{display_dir}/{path.name}"
        data, problems = read_yaml(path, display)
        ctx.problems.extend(problems)
        if data is None:
            unreadable = unreadable or bool(problems)
            continue
        if not isinstance(data, YamlMap):
            ctx.add(
                display,
                line_of(data, 1),
                f"expected sections ({', '.join(_SECTIONS)}), got {kind_of(data)}",
            )
            continue
        for key in data:
            if key not in _SECTIONS:
                ctx.add(
                    display,
                    data.key_lines[key],
                    f"unknown section {key!r} (known: {', '.join(_SECTIONS)})",
                )
        documents.append((display, data))
    return documents, unreadable


def _list(
    ctx: Validation,
    found: Iterator[tuple[str, Any, int]],
    section: str,
    limit: int,
    *,
    known: dict[str, tuple[str, ...]] | None = None,
) -> list[str]:
    """A section that is a list of texts (popular, context, people), from every file that
    has it; with ``known``, each text must be one of its names (people are alias names)."""
    out: list[str] = []
    for display, value, line in found:
        for text in texts_of(ctx, display, value, section, line, limit=limit):
            if known is not None and text not in known:
                ctx.add(display, line_of(value, line), f"{section}: {text!r} is not an alias name")
            out.append(text)
    return out


def load_fact_base(directory: Path) -> FactBase:
    """Load and validate the fact base in ``directory``; raise FactBaseError with every problem."""
    display_dir = _display_dir(directory)
    ctx = Validation([])
    if not directory.is_dir():
        raise FactBaseError([Problem(display_dir, 0, "knowledge directory not found")])
    files = yaml_files(directory)
    if not files:
        raise FactBaseError([Problem(display_dir, 0, "no .yaml files in the knowledge directory")])

    documents, unreadable = _read_documents(ctx, files, display_dir)

    def sections(name: str) -> Iterator[tuple[str, Any, int]]:
        for display, data in documents:
            if name in data:
                yield display, data[name], data.key_lines[name]

    def single(name: str) -> tuple[str, Any, int] | None:
        found = list(sections(name))
        for display, _, line in found[1:]:
            ctx.add(display, line, f"section {name!r} is also defined in {found[0][0]}")
        return found[0] if found else None

    source_section = single("source")
    source: Source | None = None
    article_path = DEFAULT_ARTICLE
    if source_section is None:
        ctx.add(display_dir, 0, "no 'source' section in any YAML file")
    else:
        source, article_path = _source(ctx, *source_section)
    article = _read_article(ctx, directory, article_path, display_dir)
    if article is not None:
        ctx.locator = QuoteLocator.for_article(article)

    topics: list[Topic] = []
    for display, value, line in sections("topics"):
        topics.extend(_topics(ctx, display, value, line))
    aliases: dict[str, tuple[str, ...]] = {}
    synonyms: dict[str, tuple[str, ...]] = {}
    for name, target in (("aliases", aliases), ("synonyms", synonyms)):
        for display, value, line in sections(name):
            for key, spellings in _vocabulary(ctx, display, value, name, line).items():
                if key in target:
                    ctx.add(display, line, f"{name}: {key!r} is defined twice")
                target[key] = spellings

    facts = _collect(ctx, sections("facts"), fact_from)
    gaps = _collect(ctx, sections("gaps"), gap_from)
    checks = _collect(ctx, sections("checks"), check_from)
    popular = _list(ctx, sections("popular"), "popular", MAX_QUESTION_CHARS)
    context = _list(ctx, sections("context"), "context", 60)
    people = _list(ctx, sections("people"), "people", 60, known=aliases)
    language_words = _language_words(ctx, sections("language_words"))
    descriptions = _descriptions(ctx, sections("descriptions"), aliases)

    if not unreadable:
        # With a file unreadable, references into it would all look dangling: skip the noise.
        _cross_check(ctx, facts, gaps, checks, topics, aliases, synonyms)
        _check_speakers(ctx, facts, people)
    if not facts and not ctx.problems:
        ctx.add(display_dir, 0, "the fact base has no facts")
    if ctx.problems or source is None or article is None:
        raise FactBaseError(ctx.problems)
    return FactBase(
        source=source,
        article=article,
        topics=tuple(topics),
        facts=tuple(facts),
        aliases=aliases,
        synonyms=synonyms,
        gaps=tuple(gaps),
        checks=tuple(checks),
        popular=tuple(popular),
        context=tuple(context),
        people=tuple(people),
        language_words=language_words,
        descriptions=descriptions,
    )


_T = TypeVar("_T")


def _check_speakers(ctx: Validation, facts: list[Fact], people: list[str]) -> None:
    """A fact's ``speaker`` must be one of ``people`` (alias names)."""
    for fact in facts:
        if fact.speaker is not None and fact.speaker not in people:
            known = ", ".join(people) or "none: list them under 'people' in vocabulary.yaml"
            ctx.add(
                fact.where.file,
                fact.where.line,
                f"fact {fact.id!r}: speaker {fact.speaker!r} is not one of the people ({known})",
            )


def _collect(
    ctx: Validation,
    found: Iterator[tuple[str, Any, int]],
    build: Callable[[Validation, str, Any, int, int], _T | None],
) -> list[_T]:
    out: list[_T] = []
    index = 0
    for display, value, line in found:
        for item, item_line in items_of(ctx, display, value, "section", line):
            index += 1
            built = build(ctx, display, item, index, item_line)
            if built is not None:
                out.append(built)
    return out


def question_key(text: str) -> str:
    """What makes two phrasings the same question: their words, case aside ("What is X?" is
    "what is x")."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _cross_check(
    ctx: Validation,
    facts: list[Fact],
    gaps: list[Gap],
    checks: list[Check],
    topics: list[Topic],
    aliases: dict[str, tuple[str, ...]],
    synonyms: dict[str, tuple[str, ...]],
) -> None:
    """Checks that need the whole base: unique ids and questions, references that resolve."""
    entries: list[Fact | Gap] = [*facts, *gaps]
    seen_ids: dict[str, Location] = {}
    for entry in entries:
        if entry.id in seen_ids:
            ctx.add(
                entry.where.file,
                entry.where.line,
                f"duplicate id {entry.id!r} (first at {seen_ids[entry.id]})",
            )
        else:
            seen_ids[entry.id] = entry.where
    seen_questions: dict[str, str] = {}
    for entry in entries:
        for question in entry.questions:
            key = question_key(question)
            owner = seen_questions.setdefault(key, entry.id)
            if owner != entry.id:
                ctx.add(
                    entry.where.file,
                    entry.where.line,
                    f"question {question!r} is under both {owner!r} and {entry.id!r}",
                )
    fact_ids = ctx.fact_ids
    topic_ids = {topic.id for topic in topics}
    for fact in facts:
        if topic_ids and fact.topic not in topic_ids:
            ctx.add(
                fact.where.file, fact.where.line, f"fact {fact.id!r}: unknown topic {fact.topic!r}"
            )
    for entry in entries:
        for ref in entry.related:
            if ref not in fact_ids:
                kind = "fact" if isinstance(entry, Fact) else "gap"
                ctx.add(
                    entry.where.file,
                    entry.where.line,
                    f"{kind} {entry.id!r}: related id {ref!r} does not exist",
                )
    for gap in gaps:
        if gap.corrects is not None and gap.corrects not in fact_ids:
            ctx.add(
                gap.where.file,
                gap.where.line,
                f"gap {gap.id!r}: corrects: fact id {gap.corrects!r} does not exist",
            )
    for check in checks:
        if check.expect is not None and check.expect not in fact_ids:
            ctx.add(
                check.where.file,
                check.where.line,
                f"check: expect {check.expect!r} is not a fact id",
            )
    for name in set(aliases) & set(synonyms):
        ctx.add("aliases", 0, f"{name!r} is both an alias and a synonym")
