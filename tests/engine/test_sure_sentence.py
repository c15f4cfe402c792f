"""An asking part of several sentences: one sentence sure of its answer, the others off the topic."""

from tiny import engine_with, replace_config, tiny_engine

from bot.engine import Outcome

MESSAGE = (
    "My shop is small, so I wonder whether we are a growing trend or a lonely exception. "
    "How much will the bridge cost?"
)


def test_the_one_sure_sentence_answers_beside_an_off_topic_one() -> None:
    """ "…so I wonder whether we are a growing trend… How much will the bridge cost?" gets the
    cost: the sentence about the asker's shop is off the topic, the other sure of its answer."""
    decision = tiny_engine().decide(MESSAGE)
    assert decision.fact_id == "cost"


def test_a_sentence_below_sure_sentence_leaves_the_message_declined() -> None:
    """With ``sure_sentence`` above what the sentence scores alone, the message is declined as
    the sentences together are."""
    decision = engine_with(replace_config(sure_sentence=101.0)).decide(MESSAGE)
    assert decision.outcome is Outcome.NOT_FOUND


def test_two_sentences_answered_by_different_facts_are_no_one_sure_sentence() -> None:
    """ "…How much will the bridge cost? Who opened the debate?": two sentences each sure of a
    different fact ask two things; neither is the question alone."""
    message = (
        "I wonder whether we are a trend. How much will the bridge cost? Who opened the debate?"
    )
    engine = tiny_engine()
    assert engine.decide("Who opened the debate?").score >= engine.config.sure_sentence
    assert engine._one_sure_sentence(message, message, "en") is None
