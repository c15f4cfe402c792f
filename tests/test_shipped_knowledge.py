"""The shipped knowledge/: properties that hold whatever the editor adds, never its counts, ids
or sentences. Each property is checked on knowledge/ as shipped and on copies with one more
fact, one more phrasing and one more gap, so an editor's normal work keeps `make test` green."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from knowledge_properties import (
    MIN_DECLINED_OVERALL,
    MIN_DECLINED_PER_GAP,
    MIN_SHARE_OVERALL,
    MIN_SHARE_PER_FACT,
    Sweep,
    add_phrasing,
    append_fact,
    append_gap,
    citation_problems,
    invented_years,
    regression_problems,
    translation_problems,
    unanswered_popular,
)
from paths import KNOWLEDGE

from bot.conversation.answering import ask
from bot.engine import Engine
from bot.knowledge.loader import load_fact_base
from bot.knowledge.model import FactBase

#: SHA-256 of the original article (../shared/source/article.txt); the copy must not drift.
ARTICLE_SHA256 = "578511cec286fbad6b3bfe5aed51a15a84efb7a7911171548aafc360f70409c3"

#: The editor's normal work, each done to a fresh copy of knowledge/ (None: as shipped).
EDITS: dict[str, Callable[[Path], str] | None] = {
    "as shipped": None,
    "one more fact": append_fact,
    "one more phrasing": add_phrasing,
    "one more gap": append_gap,
}


class Variant:
    """knowledge/ as shipped or with one edit: its directory, fact base, engine and sweep,
    each made once and only when a test needs it."""

    def __init__(self, directory: Path, added: str | None) -> None:
        self.directory = directory
        self.added = added
        self._base: FactBase | None = None
        self._engine: Engine | None = None
        self._sweep: Sweep | None = None

    @property
    def base(self) -> FactBase:
        if self._base is None:
            self._base = load_fact_base(self.directory)
        return self._base

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            self._engine = Engine(self.base)
        return self._engine

    @property
    def sweep(self) -> Sweep:
        if self._sweep is None:
            self._sweep = Sweep.of(self.engine)
        return self._sweep


@pytest.fixture(scope="module")
def variants(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Variant]:
    """knowledge/ as shipped, and a copy of it per edit in EDITS."""
    made = {}
    for name, edit in EDITS.items():
        if edit is None:
            made[name] = Variant(KNOWLEDGE, None)
            continue
        copy = tmp_path_factory.mktemp("knowledge") / "knowledge"
        shutil.copytree(KNOWLEDGE, copy)
        made[name] = Variant(copy, edit(copy))
    return made


#: Loading a base is cheap: these run in the fast tier, on every variant.
ALL = pytest.mark.parametrize("edit", list(EDITS))
# Building an engine and asking every phrasing takes seconds per variant: the tests that do
# are in the slow tier.


def test_the_shipped_article_is_the_original_byte_for_byte() -> None:
    """knowledge/source/article.txt is the original article, byte for byte."""
    article = KNOWLEDGE / "source" / "article.txt"
    assert hashlib.sha256(article.read_bytes()).hexdigest() == ARTICLE_SHA256


@ALL
def test_loads_and_validates(variants: dict[str, Variant], edit: str) -> None:
    """The base loads with no problem and has facts and gaps (and the edit is in it)."""
    variant = variants[edit]
    assert variant.base.facts
    assert variant.base.gaps
    if variant.added is not None:
        known = {f.id for f in variant.base.facts} | {g.id for g in variant.base.gaps}
        phrasings = {q for f in variant.base.facts for q in f.questions}
        assert variant.added in known | phrasings


@ALL
def test_every_citation_is_verbatim_in_its_paragraph(
    variants: dict[str, Variant], edit: str
) -> None:
    """Every quote is the article's own text, in the paragraph it is numbered with."""
    assert citation_problems(variants[edit].base) == []


@ALL
def test_every_sentence_of_the_article_is_cited(variants: dict[str, Variant], edit: str) -> None:
    """No sentence of the article is left without a fact that cites it."""
    base = variants[edit].base
    assert base.uncited_sentences() == []
    cited, total = base.coverage()
    assert cited == total


@ALL
def test_the_source_block_invents_no_year(variants: dict[str, Variant], edit: str) -> None:
    """The source's title and date state no year the article does not give."""
    assert invented_years(variants[edit].base) == []


@pytest.mark.slow
@pytest.mark.parametrize("edit", list(EDITS))
def test_every_fact_has_ru_and_sr_answers_true_to_the_english(
    variants: dict[str, Variant], edit: str
) -> None:
    """Every fact answers in Russian and Serbian, with the English answer's numbers and names."""
    assert translation_problems(variants[edit].engine) == []


@pytest.mark.slow
@pytest.mark.parametrize("edit", list(EDITS))
def test_the_editors_regression_checks_pass(variants: dict[str, Variant], edit: str) -> None:
    """Every question of checks.yaml is answered by the fact it expects, or declined."""
    assert regression_problems(variants[edit].engine) == []


@pytest.mark.slow
@pytest.mark.parametrize("edit", list(EDITS))
def test_every_popular_question_is_answered(variants: dict[str, Variant], edit: str) -> None:
    """The questions offered on the welcome screen are all answered."""
    assert unanswered_popular(variants[edit].engine) == []


@pytest.mark.slow
@pytest.mark.parametrize("edit", list(EDITS))
def test_facts_answer_their_own_phrasings(variants: dict[str, Variant], edit: str) -> None:
    """At least MIN_SHARE_OVERALL of all phrasings, and MIN_SHARE_PER_FACT of each fact's,
    are answered by the fact they belong to."""
    sweep = variants[edit].sweep
    assert sweep.share_answered() >= MIN_SHARE_OVERALL, sweep.misses
    weak = {f: (g, n) for f, (g, n) in sweep.facts.items() if g / n < MIN_SHARE_PER_FACT}
    assert weak == {}, sweep.misses


@pytest.mark.slow
@pytest.mark.parametrize("edit", list(EDITS))
def test_gaps_decline_their_own_phrasings(variants: dict[str, Variant], edit: str) -> None:
    """At least MIN_DECLINED_OVERALL of all gaps' phrasings, and MIN_DECLINED_PER_GAP of each
    gap's, are declined rather than answered with a fact."""
    sweep = variants[edit].sweep
    assert sweep.share_declined() >= MIN_DECLINED_OVERALL
    weak = {g: (d, n) for g, (d, n) in sweep.gaps.items() if d / n < MIN_DECLINED_PER_GAP}
    assert weak == {}


@pytest.mark.slow
@pytest.mark.parametrize("edit", [e for e in EDITS if EDITS[e] is not None])
def test_the_edit_itself_works(variants: dict[str, Variant], edit: str) -> None:
    """The added fact answers its own first phrasing, the added phrasing is answered by its
    fact, and the added gap declines its own first phrasing."""
    variant = variants[edit]
    engine, added = variant.engine, variant.added
    facts = {f.id: f for f in engine.base.facts}
    gaps = {g.id: g for g in engine.base.gaps}
    if added in facts:
        assert ask(engine, facts[added].questions[0]).fact_id == added
    elif added in gaps:
        assert not ask(engine, gaps[added].questions[0]).answered
    else:
        (owner,) = (f for f in engine.base.facts if added in f.questions)
        assert ask(engine, added or "").fact_id == owner.id
