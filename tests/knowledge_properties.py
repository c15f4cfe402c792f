"""What must hold of any fact base an editor ships, whatever facts, phrasings and gaps it has.

The tests of the shipped knowledge/ (test_shipped_knowledge.py) check these properties, never
its counts, ids or sentences, so an editor's normal work (a new fact, phrasing or gap) keeps
them green. The same functions run on copies of knowledge/ with such an edit made, to prove it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.conversation.answering import ask
from bot.engine import Engine
from bot.engine.checks import check_failures, translation_failures
from bot.knowledge.model import LANGUAGES, FactBase

#: The share of all facts' phrasings that must be answered by their own fact. The engine is
#: tuned to answer nearly all of them (over 99% when this was written); an edit that makes
#: several phrasings meet another fact drops below this and is a real regression.
MIN_SHARE_OVERALL = 0.97
#: The share of any one fact's phrasings it must answer itself: a new fact's phrasing or two
#: that a neighbouring fact answers is the editor's to refine (`check` and the unanswered
#: report show it), not a broken build; a fact shadowed by another for most of them is.
MIN_SHARE_PER_FACT = 0.5
#: The share of all gaps' phrasings that must be declined (not answered with a fact), and of
#: any one gap's (a gap may have only 2-3 phrasings, hence the lower bar).
MIN_DECLINED_OVERALL = 0.95
MIN_DECLINED_PER_GAP = 0.5

_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


@dataclass
class Sweep:
    """Every phrasing of every fact and gap asked of the engine, and how it came out."""

    #: fact id -> (phrasings answered by that fact, phrasings)
    facts: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: gap id -> (phrasings declined, phrasings)
    gaps: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: (phrasing, fact it belongs to, what answered it) for every phrasing answered otherwise
    misses: list[tuple[str, str, str | None]] = field(default_factory=list)

    @classmethod
    def of(cls, engine: Engine) -> Sweep:
        """Ask every phrasing of ``engine``'s fact base."""
        sweep = cls()
        for fact in engine.base.facts:
            good = 0
            for question in fact.questions:
                answer = ask(engine, question)
                got = answer.fact_id if answer.answered else None
                good += got == fact.id
                if got != fact.id:
                    sweep.misses.append((question, fact.id, got))
            sweep.facts[fact.id] = (good, len(fact.questions))
        for gap in engine.base.gaps:
            # A claim among a gap's phrasings that the fact it names in ``corrects`` puts
            # right ("was a tourism deal signed?") is handled as the editor meant it.
            answers = [ask(engine, q) for q in gap.questions]
            declined = sum(
                not a.answered or (gap.corrects is not None and a.fact_id == gap.corrects)
                for a in answers
            )
            sweep.gaps[gap.id] = (declined, len(gap.questions))
        return sweep

    def share_answered(self) -> float:
        """The share of all facts' phrasings answered by their own fact."""
        return _share(self.facts.values())

    def share_declined(self) -> float:
        """The share of all gaps' phrasings declined."""
        return _share(self.gaps.values())


def _share(pairs: Iterable[tuple[int, int]]) -> float:
    counted = list(pairs)
    total = sum(t for _, t in counted)
    return sum(g for g, _ in counted) / total if total else 1.0


def citation_problems(base: FactBase) -> list[str]:
    """Citations whose quote is not the article's text in the paragraph they name."""
    return [
        f"{fact.id}: ¶{c.paragraph} {c.quote!r}"
        for fact in base.facts
        for c in fact.citations
        if not 1 <= c.paragraph <= len(base.article.paragraphs)
        or c.quote not in base.article.paragraphs[c.paragraph - 1]
    ]


def translation_problems(engine: Engine) -> list[str]:
    """Facts without an answer in each language, and translations that lose numbers or names."""
    missing = [
        f"{fact.id}: no {lang} translation"
        for fact in engine.base.facts
        for lang in LANGUAGES
        if lang != "en" and lang not in fact.translations
    ]
    return missing + translation_failures(engine)


def regression_problems(engine: Engine) -> list[str]:
    """The editor's checks.yaml questions answered otherwise than expected."""
    return check_failures(engine)


def unanswered_popular(engine: Engine) -> list[str]:
    """Popular questions (offered on the welcome screen) that the engine does not answer."""
    return [q for q in engine.base.popular if not ask(engine, q).answered]


def invented_years(base: FactBase) -> list[str]:
    """Years in the source block's title or date that the article itself does not state."""
    stated = f"{base.source.title} {base.source.date}"
    return [m.group(0) for m in _YEAR.finditer(stated) if m.group(0) not in base.article.text]


# ------------------------------------------------------------------------------------------
# An editor's normal work, done to a copy of knowledge/
# ------------------------------------------------------------------------------------------

#: A new fact as an editor would write it: its own id, a topic, phrasings in three languages,
#: a short answer with ru and sr translations, and a verbatim quote of the article.
NEW_FACT = """
  - id: added-by-test-international
    topic: relations
    answers_to: [what, where]
    questions:
      - Do the two countries cooperate in international organisations?
      - cooperation within international structures
      - do they work together in multilateral bodies
      - interaction on the international stage
      - Сотрудничают ли страны в международных структурах?
      - Da li zemlje sarađuju u međunarodnim strukturama?
    answer: >-
      Vucic noted the effective interaction of the two countries both in bilateral format and
      within international structures.
    translations:
      ru: >-
        Вучич отметил эффективное взаимодействие двух стран как в двустороннем формате, так и в
        рамках международных структур.
      sr: >-
        Vučić je istakao efikasnu saradnju dve zemlje i u bilateralnom formatu i u okviru
        međunarodnih struktura.
    cite:
      - the effective interaction both in bilateral format and within international structures
"""

#: A new gap: a question the article does not answer, declined with an honest reply.
NEW_GAP = """
  - id: added-by-test-weather
    requires: [weather, rain, raining, snow, temperature, sunny]
    questions:
      - What was the weather like in Belgrade during the visit?
      - was it raining during the talks
    reply: >-
      The article says nothing about the weather during the visit.
"""

#: A new phrasing for an existing fact: the fact's first phrasing with a polite opening.
PHRASING_PREFIX = "please tell me: "


def append_fact(knowledge: Path) -> str:
    """Append NEW_FACT to ``knowledge``/facts.yaml; return its id."""
    _append(knowledge / "facts.yaml", NEW_FACT)
    return "added-by-test-international"


def append_gap(knowledge: Path) -> str:
    """Append NEW_GAP to ``knowledge``/gaps.yaml; return its id."""
    _append(knowledge / "gaps.yaml", NEW_GAP)
    return "added-by-test-weather"


def add_phrasing(knowledge: Path) -> str:
    """Add a phrasing to the first fact of ``knowledge``/facts.yaml, as a new line of its
    ``questions:`` list in the list's own indentation; return the phrasing."""
    path = knowledge / "facts.yaml"
    text = path.read_text(encoding="utf-8")
    found = re.search(r"(?m)^( +)questions:\n( +)- (.+)\n", text)
    assert found, "facts.yaml has no block-style questions: list"
    first = found.group(3).strip().strip("\"'")
    phrasing = PHRASING_PREFIX + first[0].lower() + first[1:]
    line = f'{found.group(2)}- "{phrasing}"\n'
    path.write_text(text[: found.end()] + line + text[found.end() :], encoding="utf-8")
    return phrasing


def _append(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.rstrip("\n") + "\n" + block, encoding="utf-8")
