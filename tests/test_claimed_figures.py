"""A claim about a figure the article gives is put right by the fact that gives it."""

from __future__ import annotations

from pathlib import Path

from knowledge_builder import write_knowledge

from bot.engine import Engine

FACTS = """\
facts:
  - id: cost
    topic: city
    questions: [How much did the bridge cost?, bridge cost, price of the bridge, what did it cost]
    answer: The bridge cost 40 million euros to build.
    cite: [It cost 40 million euros]
  - id: travel
    topic: city
    questions: [What will the bridge change?, will it cut travel times, how much faster, travel time]
    answer: The mayor said the bridge would cut travel times across the river by half.
    cite: [cut travel times across the river by half]
"""
GAPS = """\
gaps:
  - id: no-running-costs
    requires: [per year, yearly, annual, each year, every year]
    questions: [What does the bridge cost per year?, yearly cost of the bridge, annual upkeep]
    reply: The article gives only what the bridge cost to build.
    related: [cost]
"""


def test_a_figure_the_article_gives_claimed_for_another_period_is_put_right(
    tmp_path: Path,
) -> None:
    """ "the 40 million is the yearly cost?" states the article's figure: the fact giving it
    answers (it says what the 40 million is), not the gap on yearly costs."""
    engine = Engine.from_directory(write_knowledge(tmp_path, FACTS, GAPS))
    assert engine.decide("the 40 million is the yearly cost?").fact_id == "cost"
    # Without the figure it is a question about yearly costs: the gap declines it.
    assert engine.decide("what is the yearly cost of the bridge?").gap is not None


def test_a_year_before_a_quantity_is_when_not_how_much(small_engine: Engine) -> None:
    """ "сколько был товарооборот в 2020, миллионов 20?": 2020 is a year the article never
    gives, though a quantity word follows it once the comma is gone; it is no figure claimed
    for the fact to put right, and the question is not answered with last year's figure."""
    question = "сколько был товарооборот в 2020, миллионов 20?"
    assert small_engine.match(question).unknown_number
    assert not small_engine.decide(question).answered
    assert small_engine.decide("trade was 20 million, right?").answered
