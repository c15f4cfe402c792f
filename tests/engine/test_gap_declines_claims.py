"""A gap that declines claims: what it settles, claimed, gets its reply, not the fact left."""

import dataclasses

import pytest

from bot.engine import Engine
from bot.knowledge.model import FactBase, Gap

CLAIM = "Tokayev accepted the invitation to visit, right?"


def engine_with_reply_gap(base: FactBase, *, declines_claims: bool) -> Engine:
    """The small base with a gap for a reply the article never gives."""
    reply_gap = Gap(
        id="no-reply",
        questions=("did Tokayev accept the offer", "how did Tokayev reply"),
        reply="The article doesn't say how Tokayev replied.",
        requires=(("accept", "accepted", "reply", "replied"),),
        settles=(("accept", "accepted"),),
        declines_claims=declines_claims,
    )
    return Engine(dataclasses.replace(base, gaps=(*base.gaps, reply_gap)))


@pytest.fixture(scope="module")
def declining_engine(small_base: FactBase) -> Engine:
    return engine_with_reply_gap(small_base, declines_claims=True)


def test_a_claim_of_what_the_gap_settles_gets_its_reply(declining_engine: Engine) -> None:
    """ "Tokayev accepted the invitation to visit, right?": who Tokayev is doesn't put
    "accepted" right; the gap's reply does."""
    made = declining_engine.decide(CLAIM)
    assert not made.answered
    assert made.gap_id == "no-reply"


def test_without_the_flag_the_fact_left_answers(small_base: FactBase) -> None:
    """By default a claim the gap would decline is answered by the fact left without the
    gap's words, when one answers it confidently."""
    made = engine_with_reply_gap(small_base, declines_claims=False).decide(CLAIM)
    assert made.fact_id == "tokayev"
