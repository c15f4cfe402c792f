"""A question for a region asks where: the fact naming one answers, not a "regional" agenda."""

import pytest
from base_edits import with_facts

from bot.engine import Engine
from bot.knowledge.model import Fact, FactBase


@pytest.fixture(scope="module")
def region_engine(small_base: FactBase) -> Engine:
    """The small base with a fact naming a region and one about a regional agenda."""
    cite = small_base.facts[0].citations
    partner = Fact(
        "partner",
        "relations",
        ("reliable partner in the Balkans", "a reliable partner in what region"),
        "The mayor called Vienna a reliable partner in the Balkan region.",
        cite,
        answers_to=("what", "who", "where"),
    )
    agenda = Fact(
        "agenda",
        "meeting",
        ("regional agenda", "what regional issues did they discuss"),
        "They addressed the regional agenda.",
        cite,
        answers_to=("what",),
    )
    return Engine(with_facts(small_base, partner, agenda))


@pytest.mark.parametrize(
    "question",
    [
        "which region did the mayor name",
        "какой регион назвал мэр",
        "u kom regionu po gradonačelniku",
        "који регион је назвао градоначелник",
    ],
)
def test_which_region_is_answered_by_the_fact_naming_one(
    region_engine: Engine, question: str
) -> None:
    """ "Which region", "какой регион", "u kom regionu" ask where: the fact naming the region
    comes first, not the one about a regional agenda, which names none."""
    assert region_engine.decide(question).candidates[0].id == "partner"


def test_regional_issues_are_still_the_agenda(region_engine: Engine) -> None:
    """ "What regional issues did they talk about" asks what, about the agenda."""
    assert region_engine.decide("what regional issues did they talk about").fact_id == "agenda"
