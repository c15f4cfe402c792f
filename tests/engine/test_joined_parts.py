"""A question joining two parts, the second leaning on the first."""

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    "question", ["what did they sign and whats it for", "what did they sign and what is it for"]
)
def test_a_second_part_that_points_back_is_asked_with_the_first(
    small_engine: Engine, question: str
) -> None:
    """ "what did they sign and whats it for": "it" is what was signed, so the second part is
    asked with the first and both are answered."""
    made = small_engine.decide(question)
    assert (made.fact_id, made.also and made.also.id) == ("signed-documents", "documents-purpose")
