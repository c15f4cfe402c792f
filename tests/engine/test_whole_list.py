"""A question whether it was only one of the things a fact enumerates is answered with the fact
that lists them all (``Fact.lists``), not with the fact about that one thing."""

from __future__ import annotations

import pytest
from tiny import FACTS, GAPS, replace_config, tiny_base

from bot.engine import Engine
from bot.knowledge.model import Citation, Fact, Gap

# The council's decisions, enumerated; and the bridge alone, which the question's words fit
# best.
DECISIONS = Fact(
    "decisions",
    "works",
    ("What did the council approve?", "council decisions", "what was approved", "decisions"),
    "The council approved a new bridge, a school and a park.",
    (Citation(1, "The city council of Lakeside approved a new bridge on Monday."),),
    lists=("bridge", "school", "park"),
)
BRIDGE = Fact(
    "bridge-approved",
    "works",
    ("Did the council approve a bridge?", "was a bridge approved", "bridge approval", "the bridge"),
    "Yes: the council approved a new bridge.",
    (Citation(1, "approved a new bridge on Monday"),),
)


def engine(**config: object) -> Engine:
    base = tiny_base(facts=(*FACTS[1:], DECISIONS, BRIDGE))
    return Engine(base, config=replace_config(**config))


def test_only_one_of_the_listed_things_is_answered_with_the_list() -> None:
    """ "Did the council approve only a bridge?" gets every decision (bridge, school, park),
    which the bridge's own fact can't tell."""
    assert engine().decide("did the council approve only a bridge?").fact_id == "decisions"


def test_without_only_the_fact_about_the_thing_answers() -> None:
    """ "Did the council approve a bridge?" asks about the bridge: its own fact answers."""
    assert engine().decide("did the council approve a bridge?").fact_id == "bridge-approved"


def test_a_listing_fact_scoring_below_the_share_of_the_best_is_not_taken() -> None:
    """The listing fact (91.3 against the bridge's 100) answers only when it scores at least
    ``whole_list_min_share`` of the best: not with a share of 0.95."""
    decision = engine(whole_list_min_share=0.95).decide("did the council approve only a bridge?")
    assert decision.fact_id == "bridge-approved"


def test_a_listing_fact_below_the_answer_threshold_is_not_taken() -> None:
    """The listing fact answers in the best's place only when it scores an answer itself:
    at 91.3 it doesn't when answers need 95, though it is well within the share."""
    decision = engine(whole_list_min_share=0.5, answer_threshold=95.0).decide(
        "did the council approve only a bridge?"
    )
    assert decision.fact_id == "bridge-approved"


@pytest.mark.parametrize(
    "question",
    [
        "did the council approve a bridge for only 40 million?",
        "did the council approve a bridge for only forty million?",
    ],
)
def test_only_a_figure_asks_about_the_figure(question: str) -> None:
    """ "…a bridge for only 40 million?" asks about a figure, in digits or words, not whether
    there was more than the bridge."""
    assert engine().decide(question).fact_id == "bridge-approved"


# What a debate was about, enumerated; and a gap for noise, which the article never names.
DEBATE = Fact(
    "debate-topics",
    "works",
    ("What was the debate about?", "debate topics", "what did the debate cover"),
    "The debate covered the bridge's cost and its safety.",
    (Citation(3, "Mayor Ana Petrova opened the debate"),),
    lists=("cost", "safety"),
)
NOISE = Gap(
    "noise",
    ("Was noise discussed?", "noise from the bridge"),
    "The article doesn't say anything about noise.",
    requires=(("noise",),),
)


def test_only_a_thing_the_article_never_names_is_put_right_by_the_list() -> None:
    """ "Was the debate only about noise, right?": noise is a gap's, but what the debate
    covered, listed, puts the "only" right (at 45.1, answered where answers need 40); without
    "only" the gap declines."""
    base = tiny_base(facts=(*FACTS, DEBATE), gaps=(*GAPS, NOISE))
    engine = Engine(base, config=replace_config(answer_threshold=40.0))
    assert engine.decide("was the debate only about noise, right?").fact_id == "debate-topics"
    assert engine.decide("was the debate about noise?").gap_id == "noise"


def test_a_claim_checked_by_a_tag_without_its_mark_is_checked_whole(small_engine: Engine) -> None:
    """ "my teacher says nurtleu only met vucic. is that true" checks the claim "only" makes
    (whom he met, all of them), even with the tag's question mark left off: the claim's
    sentence is not a keyword query answered alone."""
    made = small_engine.decide("my teacher says nurtleu only met vucic. is that true")
    assert made.fact_id == "officials-met"
