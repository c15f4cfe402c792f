"""Answers that say more than their evidence: numbers and names the citations don't support.

An answer is a reader-friendly rewording of its citations, so every number in it must be in its
citations ("tripled to $73.8 million" is; "in 2023" is not), and every name in it must be in the
article (an editor's "Putin" is not). A translation must not add a number the English answer
lacks ("u 2023"). Gaps' replies are held to the same rule against their own citations; a reply
without citations is held to the whole article.

These are heuristics over text, so they report problems for an editor to look at, not proof.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.knowledge.model import Citation, FactBase, Location
from bot.lang import patterns

_NUMBER = patterns.compile(r"\d+(?:[.,]\d+)?")
#: A capitalised word (Latin or Cyrillic) not at the start of a sentence.
_NAME = patterns.compile(r"(?<![.!?:«\"“(]\s)(?<!^)\b([A-ZА-ЯЁЂЈЉЊЋЏ][\w'-]+)")


def numbers(text: str) -> set[str]:
    """The numbers in ``text``, decimal commas read as points ("73,8" is "73.8")."""
    return {n.replace(",", ".") for n in _NUMBER.findall(text)}


def _names(text: str) -> set[str]:
    return {m.group(1).split("'")[0] for m in _NAME.finditer(text)}


def _unsupported(
    where: Location, what: str, text: str, evidence: str, article: str
) -> Iterable[str]:
    extra = sorted(numbers(text) - numbers(evidence))
    if extra:
        yield f"{where}: {what} states {', '.join(extra)}, which its citations don't"
    folded = article.casefold()
    invented = sorted(n for n in _names(text) if n.casefold() not in folded)
    if invented:
        yield f"{where}: {what} names {', '.join(invented)}, which the article never mentions"


def _evidence(citations: tuple[Citation, ...], article: str) -> str:
    return " ".join(c.quote for c in citations) if citations else article


def unsupported_claims(base: FactBase) -> list[str]:
    """Each answer, reply or translation that adds a number or a name, as file:line: message."""
    article = base.article.text
    found: list[str] = []
    for fact in base.facts:
        what = f"fact {fact.id!r}: answer"
        evidence = _evidence(fact.citations, article)
        found += _unsupported(fact.where, what, fact.answer, evidence, article)
        found += _added_numbers(fact.where, f"fact {fact.id!r}", fact.answer, fact.translations)
    for gap in base.gaps:
        what = f"gap {gap.id!r}: reply"
        found += _unsupported(
            gap.where, what, gap.reply, _evidence(gap.citations, article), article
        )
        found += _added_numbers(gap.where, f"gap {gap.id!r}", gap.reply, gap.translations)
    return found


def _added_numbers(
    where: Location, what: str, english: str, translations: Mapping[str, str]
) -> list[str]:
    out = []
    for lang, text in sorted(translations.items()):
        extra = sorted(numbers(text) - numbers(english))
        if extra:
            out.append(f"{where}: {what}: {lang} translation adds the number(s) {', '.join(extra)}")
    return out
