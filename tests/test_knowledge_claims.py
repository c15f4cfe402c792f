"""`check` flags answers, replies and translations that state what their evidence doesn't."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

from knowledge_builder import write_knowledge

from bot.engine.checks import run_check
from bot.knowledge.claims import numbers, unsupported_claims
from bot.knowledge.loader import load_fact_base

FACT = """\
facts:
  - id: cost
    topic: city
    questions: [How much did the bridge cost?, bridge cost, price of the bridge, what did it cost]
    answer: {answer}
    cite: [It cost 40 million euros]
    translations: {{sr: "{serbian}"}}
"""


def _claims(tmp_path: Path, answer: str, serbian: str = "40 miliona evra.") -> list[str]:
    write_knowledge(tmp_path, FACT.format(answer=answer, serbian=serbian))
    return [
        line.removeprefix(f"{tmp_path}/") for line in unsupported_claims(load_fact_base(tmp_path))
    ]


def test_decimal_commas_read_as_points() -> None:
    """ "73,8" and "73.8" are the same number."""
    assert numbers("73,8 million, up from 24.6") == {"73.8", "24.6"}


def test_an_answer_true_to_its_citations_passes(tmp_path: Path) -> None:
    """Numbers from the citations and names from the article raise nothing."""
    assert _claims(tmp_path, "The bridge cost 40 million euros, the city says.") == []


def test_a_number_the_citations_lack_is_flagged_with_its_line(tmp_path: Path) -> None:
    """An answer adding a year is reported at the fact's line, naming the number."""
    found = _claims(tmp_path, "It cost 40 million euros in 2023.")
    assert found == ["facts.yaml:2: fact 'cost': answer states 2023, which its citations don't"]


def test_a_name_the_article_never_mentions_is_flagged(tmp_path: Path) -> None:
    """An invented name (not sentence-initial) is reported; the article's own words are not."""
    found = _claims(tmp_path, "It cost 40 million euros, said Mayor Smith of the City.")
    assert found == [
        "facts.yaml:2: fact 'cost': answer names Smith, which the article never mentions"
    ]


def test_a_translation_that_adds_a_number_is_flagged(tmp_path: Path) -> None:
    """ "u 2023" in a Serbian translation is reported even though the English answer is fine."""
    found = _claims(tmp_path, "It cost 40 million euros.", serbian="40 miliona evra u 2023.")
    assert found == ["facts.yaml:2: fact 'cost': sr translation adds the number(s) 2023"]


def test_check_fails_on_an_unsupported_claim(tmp_path: Path) -> None:
    """`python -m bot check` lists the claim and exits 1."""
    write_knowledge(
        tmp_path, FACT.format(answer="It cost 40 million euros in 2023.", serbian="40.")
    )
    err = StringIO()
    assert run_check(tmp_path, out=StringIO(), err=err) == 1
    assert "answer states 2023, which its citations don't" in err.getvalue()
