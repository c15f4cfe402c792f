"""A claim giving someone the post another holds: who each is."""

import dataclasses

import pytest

from bot.engine import Engine
from bot.knowledge.model import FactBase


@pytest.fixture(scope="module")
def described_engine(small_base: FactBase) -> Engine:
    """The small base, where "Serbia's defence minister" describes Vucevic."""
    return Engine(
        dataclasses.replace(
            small_base, descriptions={"vucevic": ((("serbia",), ("defence_minister",)),)}
        )
    )


@pytest.mark.parametrize(
    "question", ["министр обороны сербии это вучич?", "is vucic serbia's defence minister?"]
)
def test_a_claim_giving_someone_anothers_post_also_tells_who_holds_it(
    described_engine: Engine, question: str
) -> None:
    """ "Is Vucic Serbia's defence minister?" is answered with who Vucic is and who the
    defence minister is."""
    decision = described_engine.decide(question)
    assert decision.fact_id == "meeting-vucic"
    assert decision.also is not None
    assert decision.also.id == "meeting-vucevic"


def test_a_claim_giving_someone_their_own_post_tells_only_who_they_are(
    described_engine: Engine,
) -> None:
    """ "Is Vucevic Serbia's defence minister?" names the holder: nothing else is told."""
    decision = described_engine.decide("is vucevic serbia's defence minister?")
    assert decision.fact_id == "meeting-vucevic"
    assert decision.also is None
