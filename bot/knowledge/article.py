"""The source article: paragraphs, sentences, and locating verbatim quotes in it.

Pure functions over text; the only I/O is :func:`read_article`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from bot.knowledge.pickling import loads_by_init
from bot.lang import patterns
from bot.lang.typography import QUOTES_AND_DASHES

# Typographic characters an editor may type differently from the article; a quote that
# differs from the article only in these (and in whitespace) is still verbatim.
_TYPOGRAPHIC = str.maketrans({**QUOTES_AND_DASHES, "\u00a0": " "})
_PARAGRAPH_BREAK = patterns.compile(r"\n[ \t]*\n")
# A sentence ends at . ! or ? (optionally followed by a closing quote) before whitespace and
# a capital letter or an opening quote; "Nov. 29" and "$73.8" therefore do not end one.
_SENTENCE_END = patterns.compile(r"(?<=[.!?])([\"'\u201d\u2019]?)\s+(?=[A-Z\u201c\"])")


@loads_by_init
@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: paragraph number (1-based) and character offsets."""

    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Article:
    """The article's text split into paragraphs and sentences."""

    text: str
    paragraphs: tuple[str, ...]
    sentences: tuple[Span, ...]
    paragraph_spans: tuple[Span, ...]

    def excerpt(self, span: Span) -> str:
        """The article's own text for ``span``."""
        return self.text[span.start : span.end]


def read_article(path: Path) -> Article:
    """Read and parse the article at ``path`` (UTF-8)."""
    return parse_article(path.read_text(encoding="utf-8"))


def parse_article(text: str) -> Article:
    """Split ``text`` into paragraphs (blank-line separated) and sentences."""
    paragraph_spans: list[Span] = []
    pos = 0
    for chunk in [*_PARAGRAPH_BREAK.split(text)]:
        start = text.index(chunk, pos)
        pos = start + len(chunk)
        stripped = chunk.strip()
        if not stripped:
            continue
        lead = len(chunk) - len(chunk.lstrip())
        begin = start + lead
        paragraph_spans.append(Span(len(paragraph_spans) + 1, begin, begin + len(stripped)))
    sentences: list[Span] = []
    for para in paragraph_spans:
        body = text[para.start : para.end]
        cursor = 0
        for match in _SENTENCE_END.finditer(body):
            end = para.start + match.start() + len(match.group(1))
            sentences.append(Span(para.paragraph, para.start + cursor, end))
            cursor = match.end()
        sentences.append(Span(para.paragraph, para.start + cursor, para.end))
    return Article(
        text=text,
        paragraphs=tuple(text[p.start : p.end] for p in paragraph_spans),
        sentences=tuple(s for s in sentences if s.end > s.start),
        paragraph_spans=tuple(paragraph_spans),
    )


def _fold(text: str) -> tuple[str, list[int]]:
    """Fold typography and whitespace runs; return the folded text and, per folded character,
    its offset in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, ch in enumerate(text.translate(_TYPOGRAPHIC)):
        if ch.isspace():
            if in_space or not out:
                continue
            in_space = True
            out.append(" ")
        else:
            in_space = False
            out.append(ch)
        offsets.append(i)
    if out and out[-1] == " ":
        out.pop()
        offsets.pop()
    return "".join(out), offsets


#: A quote must match the article for this many characters before its divergence is shown.
MIN_DIVERGENCE_PREFIX = 8


@dataclass(frozen=True, slots=True)
class Divergence:
    """Where a quote stops being the article: the last matching text, then what each has."""

    paragraph: int
    matched: str
    quote_next: str
    article_next: str

    def describe(self) -> str:
        """One line for an editor: "…matched" then the quote's text against the article's."""
        return (
            f'it matches ¶{self.paragraph} up to "…{self.matched}", then the quote has '
            f'"{self.quote_next}…" where the article has "{self.article_next}…"'
        )


class QuoteNotFoundError(ValueError):
    """A quote is not verbatim article text."""


class QuoteAmbiguousError(ValueError):
    """A quote occurs in more than one paragraph."""

    def __init__(self, paragraphs: list[int]) -> None:
        super().__init__(paragraphs)
        self.paragraphs = paragraphs


class QuoteSpansParagraphsError(ValueError):
    """A quote runs across a paragraph break."""


@dataclass(frozen=True, slots=True)
class QuoteLocator:
    """Finds quotes in an article, tolerating only whitespace and typographic differences."""

    article: Article
    folded: str
    offsets: tuple[int, ...]

    @classmethod
    def for_article(cls, article: Article) -> QuoteLocator:
        """Index ``article`` for quote lookups."""
        folded, offsets = _fold(article.text)
        return cls(article, folded, tuple(offsets))

    def locate(self, quote: str) -> Span:
        """The unique span of the article that ``quote`` reproduces.

        Raises QuoteNotFoundError, QuoteAmbiguousError or QuoteSpansParagraphsError.
        """
        needle, _ = _fold(quote)
        if not needle:
            raise QuoteNotFoundError(quote)
        spans: list[Span] = []
        at = self.folded.find(needle)
        while at != -1:
            start = self.offsets[at]
            end = self.offsets[at + len(needle) - 1] + 1
            spans.append(self._span(start, end))
            at = self.folded.find(needle, at + 1)
        if not spans:
            raise QuoteNotFoundError(quote)
        paragraphs = sorted({s.paragraph for s in spans})
        if len(paragraphs) > 1:
            raise QuoteAmbiguousError(paragraphs)
        return spans[0]

    def divergence(self, quote: str, context: int = 30) -> Divergence | None:
        """Where a quote that isn't in the article stops matching it: the longest beginning of
        the quote that the article has, and what each says next. None when not even the first
        few characters match (nothing useful to show)."""
        needle, _ = _fold(quote)
        # Every prefix of a prefix that occurs also occurs: search the longest by halving.
        low, high = 0, len(needle)
        while low < high:
            middle = (low + high + 1) // 2
            if needle[:middle] in self.folded:
                low = middle
            else:
                high = middle - 1
        if low < MIN_DIVERGENCE_PREFIX or low == len(needle):
            return None
        at = self.folded.find(needle[:low])
        paragraph = self._paragraph_at(self.offsets[at])
        return Divergence(
            paragraph=paragraph,
            matched=needle[max(0, low - context) : low],
            quote_next=needle[low : low + context // 2],
            article_next=self.folded[at + low : at + low + context // 2],
        )

    def _paragraph_at(self, offset: int) -> int:
        for para in self.article.paragraph_spans:
            if offset < para.end:
                return para.paragraph
        return len(self.article.paragraph_spans)

    def _span(self, start: int, end: int) -> Span:
        for para in self.article.paragraph_spans:
            if para.start <= start and end <= para.end:
                return Span(para.paragraph, start, end)
        raise QuoteSpansParagraphsError(self.article.text[start:end])
