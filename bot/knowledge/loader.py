"""Load the fact base from YAML under a knowledge directory, and validate all of it.

Every problem is reported, not only the first, as ``file:line: message`` so an editor can
jump to it. Loading is safe: YAML tags that construct objects, anchors/aliases (the "billion
laughs" bomb), oversized and non-UTF-8 files are refused with a message, never a traceback.

Layout of a knowledge directory::

    knowledge/
      *.yaml              sections: source, topics, aliases, synonyms, facts, gaps, checks, popular
      source/article.txt  the article (path configurable as source.article)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from bot.knowledge.article import (
    Article,
    QuoteAmbiguousError,
    QuoteLocator,
    QuoteNotFoundError,
    QuoteSpansParagraphsError,
    parse_article,
)
from bot.knowledge.model import (
    LANGUAGES,
    MAX_REQUIRES_WORDS,
    QUESTION_KINDS,
    Check,
    Citation,
    Fact,
    FactBase,
    Gap,
    Location,
    Source,
    Topic,
)
from bot.knowledge.problems import FactBaseError, Problem
from bot.lang.detect import TOLD_BY_WORDS

#: Largest YAML or article file accepted, in bytes. The whole article's fact base is ~60 kB;
#: anything near a megabyte is a mistake (or an attack) and is refused before parsing.
MAX_FILE_BYTES = 1_000_000
#: Longest answer (characters): answers are for a chat reader, 1–3 sentences.
MAX_ANSWER_CHARS = 1000
#: Longest question phrasing (characters).
MAX_QUESTION_CHARS = 300
#: Fewest phrasings a fact must have, so people's different wordings find it.
MIN_QUESTIONS = 4
#: Fact and gap ids are slugs.
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
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
)
_FACT_FIELDS = {
    "id": True,
    "topic": True,
    "questions": True,
    "answer": True,
    "cite": True,
    "related": False,
    "keywords": False,
    "answers_to": False,
    "translations": False,
}
_GAP_FIELDS = {
    "id": True,
    "questions": True,
    "reply": True,
    "requires": False,
    "unless": False,
    "answers_to": False,
    "settles": False,
    "cite": False,
    "related": False,
    "translations": False,
}
_SOURCE_FIELDS = {
    "title": True,
    "dateline": True,
    "date": True,
    "reported_by": True,
    "summary": False,
    "article": False,
}
_CHECK_FIELDS = {"q": True, "expect": False, "decline": False}


# --------------------------------------------------------------------------------------------
# YAML with line numbers
# --------------------------------------------------------------------------------------------


class _Str(str):
    """A YAML string that remembers its line."""

    line: int


class _Map(dict[str, Any]):
    """A YAML mapping that remembers its line and each key's line."""

    line: int
    key_lines: dict[str, int]


class _Seq(list[Any]):
    """A YAML sequence that remembers its line."""

    line: int


class _YAMLRefused(yaml.MarkedYAMLError):
    """Raised for YAML we refuse to load although it is well-formed."""


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader that keeps line numbers, refuses aliases and duplicate keys."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # A node constructed before is reached again only through an alias: refuse, since
        # aliases are how a tiny file expands into a huge structure.
        if node in self.constructed_objects:
            raise _YAMLRefused(
                problem="YAML anchors and aliases (&name, *name) are not allowed",
                problem_mark=node.start_mark,
            )
        return super().construct_object(node, deep=deep)


def _construct_str(loader: _LineLoader, node: yaml.ScalarNode) -> _Str:
    value = _Str(loader.construct_scalar(node))
    value.line = node.start_mark.line + 1
    return value


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode) -> Iterator[_Seq]:
    seq = _Seq()
    seq.line = node.start_mark.line + 1
    yield seq
    seq.extend(loader.construct_sequence(node, deep=True))


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> Iterator[_Map]:
    data = _Map()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise _YAMLRefused(
                problem="mapping keys must be strings", problem_mark=key_node.start_mark
            )
        if key in data:
            raise _YAMLRefused(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
        data[str(key)] = loader.construct_object(value_node, deep=True)
        data.key_lines[str(key)] = key_node.start_mark.line + 1


_LineLoader.add_constructor("tag:yaml.org,2002:str", _construct_str)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def _line_of(value: Any, default: int) -> int:
    return int(getattr(value, "line", default))


def _kind(value: Any) -> str:
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return 'true/false (YAML reads yes/no/on/off so; put such words in quotes: "yes")'
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return type(value).__name__


def read_yaml(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Parse one YAML file safely; return its data or the problems that stop it."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        return None, [Problem(display, 0, f"cannot read: {exc.strerror}")]
    if size > MAX_FILE_BYTES:
        return None, [
            Problem(display, 0, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
        ]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(display, 0, f"cannot read: {exc.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(display, line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})")]
    try:
        return yaml.load(text, Loader=_LineLoader), []  # noqa: S506 - _LineLoader is a SafeLoader
    except _YAMLRefused as exc:
        mark = exc.problem_mark
        return None, [Problem(display, mark.line + 1 if mark else 0, str(exc.problem))]
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        tag = re.search(r"tag '([^']*)'", str(exc.problem))
        what = (
            f"YAML tag {tag.group(1)!r} is not allowed (plain data only)"
            if tag
            else str(exc.problem)
        )
        return None, [Problem(display, mark.line + 1 if mark else 0, what)]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" (column {mark.column + 1})" if mark else ""
        return None, [
            Problem(
                display, mark.line + 1 if mark else 0, f"YAML syntax error: {exc.problem}{where}"
            )
        ]
    except yaml.YAMLError as exc:
        return None, [Problem(display, 0, f"YAML error: {exc}")]
    except RecursionError:
        return None, [Problem(display, 0, "YAML is nested too deeply")]


# --------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------


@dataclass
class _Context:
    """Collects problems while one fact base is validated."""

    problems: list[Problem]
    locator: QuoteLocator | None = None
    #: Ids of every fact written, valid or not, so one broken fact is not also reported as
    #: a dangling ``related`` reference everywhere it is named.
    fact_ids: set[str] = field(default_factory=set)

    def add(self, file: str, line: int, message: str) -> None:
        self.problems.append(Problem(file, line, message))


def _fields(
    ctx: _Context, file: str, item: Any, spec: dict[str, bool], what: str, default_line: int
) -> _Map | None:
    """Check ``item`` is a mapping with the required and only known fields."""
    if not isinstance(item, _Map):
        ctx.add(
            file, _line_of(item, default_line), f"{what}: expected a mapping, got {_kind(item)}"
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


def _text(
    ctx: _Context, file: str, value: Any, what: str, line: int, *, limit: int | None = None
) -> str | None:
    if not isinstance(value, str):
        ctx.add(file, _line_of(value, line), f"{what}: expected text, got {_kind(value)}")
        return None
    if not value.strip():
        ctx.add(file, _line_of(value, line), f"{what}: is empty")
        return None
    if limit is not None and len(value) > limit:
        ctx.add(
            file, _line_of(value, line), f"{what}: {len(value)} characters; the limit is {limit}"
        )
        return None
    return " ".join(str(value).split())


def _texts(
    ctx: _Context, file: str, value: Any, what: str, line: int, *, limit: int | None = None
) -> list[str]:
    """A list of texts (a single text is accepted as a one-item list)."""
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        ctx.add(file, _line_of(value, line), f"{what}: expected a list, got {_kind(value)}")
        return []
    out: list[str] = []
    for item in value:
        text = _text(ctx, file, item, what, _line_of(value, line), limit=limit)
        if text is not None:
            out.append(text)
    return out


def _translations(ctx: _Context, file: str, value: Any, what: str, line: int) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        ctx.add(
            file,
            _line_of(value, line),
            f"{what}: translations: expected a mapping of language to text",
        )
        return {}
    out: dict[str, str] = {}
    for lang, text in value.items():
        where = value.key_lines.get(lang, line) if isinstance(value, _Map) else line
        if lang not in LANGUAGES or lang == "en":
            ctx.add(file, where, f"{what}: translations: unknown language {lang!r} (use ru or sr)")
            continue
        checked = _text(
            ctx, file, text, f"{what}: translations.{lang}", where, limit=MAX_ANSWER_CHARS
        )
        if checked is not None:
            out[lang] = checked
    return out


def _citations(ctx: _Context, file: str, value: Any, what: str, line: int) -> list[Citation]:
    out: list[Citation] = []
    if ctx.locator is None:
        return out
    quotes = value if isinstance(value, list) else [value]
    for quote in quotes:
        where = _line_of(quote, line)
        if not isinstance(quote, str) or not quote.strip():
            ctx.add(file, where, f"{what}: a citation must be a non-empty quote of the article")
            continue
        try:
            span = ctx.locator.locate(quote)
        except QuoteNotFoundError:
            ctx.add(file, where, f'{what}: citation not found in the article: "{_short(quote)}"')
            continue
        except QuoteAmbiguousError as exc:
            paras = ", ".join(str(p) for p in exc.paragraphs)
            ctx.add(
                file,
                where,
                f'{what}: citation "{_short(quote)}" occurs in paragraphs {paras}; quote more words so it is unique',
            )
            continue
        except QuoteSpansParagraphsError:
            ctx.add(
                file, where, f'{what}: citation "{_short(quote)}" runs across a paragraph break'
            )
            continue
        out.append(Citation(span.paragraph, ctx.locator.article.excerpt(span)))
    return out


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _id(ctx: _Context, file: str, item: _Map, what: str) -> str | None:
    value = item.get("id")
    if value is None:
        return None
    if not isinstance(value, str) or not ID_PATTERN.match(value):
        ctx.add(
            file,
            _line_of(value, item.line),
            f"{what}: id {value!r} must be a slug like 'trade-volume'",
        )
        return None
    return str(value)


def _groups(
    ctx: _Context, file: str, value: Any, what: str, line: int
) -> tuple[tuple[str, ...], ...]:
    """A list of words (one group, any of them) or a list of such lists (all groups)."""
    if isinstance(value, list) and value and all(isinstance(v, list) for v in value):
        groups = [tuple(_texts(ctx, file, v, what, line)) for v in value]
    elif isinstance(value, list) and any(isinstance(v, list) for v in value):
        ctx.add(file, _line_of(value, line), f"{what}: give words, or lists of words, not both")
        return ()
    else:
        groups = [tuple(_texts(ctx, file, value, what, line))]
    return tuple(g for g in groups if g)


def _kinds(ctx: _Context, file: str, item: _Map, what: str) -> list[str]:
    """``answers_to``: kinds of question, each one of QUESTION_KINDS."""
    kinds = _texts(ctx, file, item.get("answers_to", []), f"{what}: answers_to", item.line)
    for kind in kinds:
        if kind not in QUESTION_KINDS:
            ctx.add(
                file,
                _line_of(item.get("answers_to"), item.line),
                f"{what}: answers_to: unknown kind {kind!r} (known: {', '.join(QUESTION_KINDS)})",
            )
    return kinds


def _fact(ctx: _Context, file: str, raw: Any, index: int, line: int) -> Fact | None:
    item = _fields(ctx, file, raw, _FACT_FIELDS, f"fact #{index}", line)
    if item is None:
        return None
    fact_id = _id(ctx, file, item, f"fact #{index}")
    if fact_id:
        ctx.fact_ids.add(fact_id)
    what = f"fact {fact_id!r}" if fact_id else f"fact #{index}"
    before = len(ctx.problems)
    topic = (
        _text(ctx, file, item.get("topic"), f"{what}: topic", item.line)
        if "topic" in item
        else None
    )
    questions = _texts(
        ctx,
        file,
        item.get("questions", []),
        f"{what}: questions",
        item.line,
        limit=MAX_QUESTION_CHARS,
    )
    if "questions" in item and len(questions) < MIN_QUESTIONS:
        ctx.add(
            file,
            _line_of(item["questions"], item.line),
            f"{what}: has {len(questions)} question phrasings; at least {MIN_QUESTIONS} are needed",
        )
    answer = (
        _text(ctx, file, item.get("answer"), f"{what}: answer", item.line, limit=MAX_ANSWER_CHARS)
        if "answer" in item
        else None
    )
    citations = _citations(ctx, file, item.get("cite"), what, item.line) if "cite" in item else []
    if "cite" in item and isinstance(item.get("cite"), list) and not item["cite"]:
        ctx.add(file, _line_of(item["cite"], item.line), f"{what}: cite: needs at least one quote")
    related = _texts(ctx, file, item.get("related", []), f"{what}: related", item.line)
    keywords = _texts(ctx, file, item.get("keywords", []), f"{what}: keywords", item.line)
    kinds = _kinds(ctx, file, item, what)
    translations = _translations(ctx, file, item.get("translations"), what, item.line)
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
    )


def _gap(ctx: _Context, file: str, raw: Any, index: int, line: int) -> Gap | None:
    item = _fields(ctx, file, raw, _GAP_FIELDS, f"gap #{index}", line)
    if item is None:
        return None
    gap_id = _id(ctx, file, item, f"gap #{index}")
    what = f"gap {gap_id!r}" if gap_id else f"gap #{index}"
    before = len(ctx.problems)
    questions = _texts(
        ctx,
        file,
        item.get("questions", []),
        f"{what}: questions",
        item.line,
        limit=MAX_QUESTION_CHARS,
    )
    reply = (
        _text(ctx, file, item.get("reply"), f"{what}: reply", item.line, limit=MAX_ANSWER_CHARS)
        if "reply" in item
        else None
    )
    citations = _citations(ctx, file, item["cite"], what, item.line) if "cite" in item else []
    related = _texts(ctx, file, item.get("related", []), f"{what}: related", item.line)
    requires = _groups(ctx, file, item.get("requires", []), f"{what}: requires", item.line)
    unless = _texts(ctx, file, item.get("unless", []), f"{what}: unless", item.line)
    settles = _groups(ctx, file, item.get("settles", []), f"{what}: settles", item.line)
    kinds = _kinds(ctx, file, item, what)
    for phrase in [*(p for g in requires for p in g), *unless, *(p for g in settles for p in g)]:
        if len(phrase.split()) > MAX_REQUIRES_WORDS:
            ctx.add(
                file, item.line, f"{what}: {phrase!r} is longer than {MAX_REQUIRES_WORDS} words"
            )
    translations = _translations(ctx, file, item.get("translations"), what, item.line)
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
        citations=tuple(citations),
        related=tuple(related),
        translations=translations,
        where=Location(file, item.line),
    )


def _check(ctx: _Context, file: str, raw: Any, index: int, line: int) -> Check | None:
    item = _fields(ctx, file, raw, _CHECK_FIELDS, f"check #{index}", line)
    if item is None:
        return None
    question = _text(ctx, file, item.get("q"), f"check #{index}: q", item.line)
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


def _items(ctx: _Context, file: str, value: Any, section: str, line: int) -> list[tuple[Any, int]]:
    if not isinstance(value, list):
        ctx.add(file, _line_of(value, line), f"{section}: expected a list, got {_kind(value)}")
        return []
    return [
        (item, _line_of(item, value.line if isinstance(value, _Seq) else line)) for item in value
    ]


def _vocabulary(
    ctx: _Context, file: str, value: Any, section: str, line: int
) -> dict[str, tuple[str, ...]]:
    """aliases/synonyms: a mapping of canonical name to the spellings people use."""
    if not isinstance(value, dict):
        ctx.add(file, _line_of(value, line), f"{section}: expected a mapping of name to spellings")
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for name, spellings in value.items():
        where = value.key_lines.get(name, line) if isinstance(value, _Map) else line
        if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", name):
            ctx.add(
                file, where, f"{section}: name {name!r} must be lower-case ASCII words joined by _"
            )
            continue
        out[name] = tuple(_texts(ctx, file, spellings, f"{section}.{name}", where))
    return out


def _language_words(
    ctx: _Context, found: Iterator[tuple[str, Any, int]]
) -> dict[str, tuple[str, ...]]:
    """language_words: words of the article that tell its languages apart, by language."""
    out: dict[str, tuple[str, ...]] = {}
    for file, value, line in found:
        if not isinstance(value, dict):
            ctx.add(file, _line_of(value, line), "language_words: expected a mapping of language")
            continue
        for lang, words in value.items():
            where = value.key_lines.get(lang, line) if isinstance(value, _Map) else line
            if lang not in TOLD_BY_WORDS:
                told = ", ".join(TOLD_BY_WORDS)
                problem = f"{lang!r} is not a language told apart by its words (one of: {told})"
                ctx.add(file, where, f"language_words: {problem}")
                continue
            texts = _texts(ctx, file, words, f"language_words.{lang}", where, limit=40)
            for word in texts:
                if not re.fullmatch(r"[^\W_]+", word):
                    ctx.add(file, where, f"language_words.{lang}: {word!r} is not a single word")
            out[lang] = (*out.get(lang, ()), *texts)
    return out


def _topics(ctx: _Context, file: str, value: Any, line: int) -> list[Topic]:
    if not isinstance(value, dict):
        ctx.add(file, _line_of(value, line), "topics: expected a mapping of topic id to title")
        return []
    out: list[Topic] = []
    for topic_id, titles in value.items():
        where = value.key_lines.get(topic_id, line) if isinstance(value, _Map) else line
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
            text = _text(ctx, file, title, f"topics.{topic_id}.{lang}", where, limit=60)
            if text:
                clean[lang] = text
        out.append(Topic(topic_id, clean))
    return out


def _source(ctx: _Context, file: str, value: Any, line: int) -> tuple[Source | None, str]:
    item = _fields(ctx, file, value, _SOURCE_FIELDS, "source", line)
    if item is None:
        return None, DEFAULT_ARTICLE
    texts = {
        key: _text(ctx, file, item.get(key), f"source: {key}", item.line)
        for key in _SOURCE_FIELDS
        if key in item
    }
    article = texts.get("article") or DEFAULT_ARTICLE
    if not all(texts.get(key) for key, required in _SOURCE_FIELDS.items() if required):
        return None, article
    return (
        Source(
            title=texts["title"] or "",
            dateline=texts["dateline"] or "",
            date=texts["date"] or "",
            reported_by=texts["reported_by"] or "",
            summary=texts.get("summary") or "",
        ),
        article,
    )


def _read_article(
    ctx: _Context, directory: Path, relative: str, display_dir: str
) -> Article | None:
    display = f"{display_dir}/{relative}"
    path = (directory / relative).resolve()
    if directory.resolve() not in path.parents:
        ctx.add(display, 0, "the article must be inside the knowledge directory")
        return None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            ctx.add(display, 0, f"file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
            return None
        raw = path.read_bytes()
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


def load_fact_base(directory: Path) -> FactBase:
    """Load and validate the fact base in ``directory``; raise FactBaseError with every problem."""
    display_dir = _display_dir(directory)
    ctx = _Context([])
    if not directory.is_dir():
        raise FactBaseError([Problem(display_dir, 0, "knowledge directory not found")])
    files = yaml_files(directory)
    if not files:
        raise FactBaseError([Problem(display_dir, 0, "no .yaml files in the knowledge directory")])

    documents: list[tuple[str, _Map]] = []
    unreadable = False
    for path in files:
        display = f"{display_dir}/{path.name}"
        data, problems = read_yaml(path, display)
        ctx.problems.extend(problems)
        if problems or data is None:
            unreadable = unreadable or bool(problems)
            continue
        if not isinstance(data, _Map):
            ctx.add(
                display,
                _line_of(data, 1),
                f"expected sections ({', '.join(_SECTIONS)}), got {_kind(data)}",
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

    facts = _collect(ctx, sections("facts"), _fact)
    gaps = _collect(ctx, sections("gaps"), _gap)
    checks = _collect(ctx, sections("checks"), _check)
    popular: list[str] = []
    for display, value, line in sections("popular"):
        popular.extend(_texts(ctx, display, value, "popular", line, limit=MAX_QUESTION_CHARS))
    context: list[str] = []
    for display, value, line in sections("context"):
        context.extend(_texts(ctx, display, value, "context", line, limit=60))
    people: list[str] = []
    for display, value, line in sections("people"):
        for name in _texts(ctx, display, value, "people", line, limit=60):
            if name not in aliases:
                ctx.add(display, _line_of(value, line), f"people: {name!r} is not an alias name")
            people.append(name)
    language_words = _language_words(ctx, sections("language_words"))

    if not unreadable:
        # With a file unreadable, references into it would all look dangling: skip the noise.
        _cross_check(ctx, facts, gaps, checks, topics, aliases, synonyms)
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
    )


_T = TypeVar("_T")


def _collect(
    ctx: _Context,
    found: Iterator[tuple[str, Any, int]],
    build: Callable[[_Context, str, Any, int, int], _T | None],
) -> list[_T]:
    out: list[_T] = []
    index = 0
    for display, value, line in found:
        for item, item_line in _items(ctx, display, value, "section", line):
            index += 1
            built = build(ctx, display, item, index, item_line)
            if built is not None:
                out.append(built)
    return out


def _question_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _cross_check(
    ctx: _Context,
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
            key = _question_key(question)
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
    for check in checks:
        if check.expect is not None and check.expect not in fact_ids:
            ctx.add(
                check.where.file,
                check.where.line,
                f"check: expect {check.expect!r} is not a fact id",
            )
    for name in set(aliases) & set(synonyms):
        ctx.add("aliases", 0, f"{name!r} is both an alias and a synonym")
