"""A claim checked by a bare tag ("right?", "did he?"): what declines the claim declines it."""

import dataclasses

import pytest

from bot.engine import Engine, Outcome, Reason
from bot.engine.analysis import puts_forward


@pytest.mark.parametrize(
    "question",
    [
        "the visit lasted three days, right?",
        "the visit lasted a week, correct?",
    ],
)
def test_a_claimed_property_the_article_never_gives_is_declined_by_its_gap(
    small_engine: Engine, question: str
) -> None:
    """ "The visit lasted three days, right?" is told the article gives no length, not the date."""
    decision = small_engine.decide(question)
    assert decision.outcome is Outcome.NOT_FOUND
    assert decision.gap_id == "no-duration"


@pytest.mark.parametrize(
    ("question", "gap"),
    [
        ("my friend says they signed an oil deal in belgrade. did they?", "no-energy"),
        ("my coworker says the visit to belgrade lasted a whole week. did it?", "no-duration"),
    ],
)
def test_a_reported_claim_checked_by_a_bare_tag_is_declined_by_what_declines_the_claim(
    small_engine: Engine, question: str, gap: str
) -> None:
    """ "…says they signed an oil deal. did they?" gets the gap's reply, as the claim alone does."""
    decision = small_engine.decide(question)
    assert decision.outcome is Outcome.NOT_FOUND
    assert decision.gap_id == gap


def test_a_reported_claim_a_fact_answers_is_still_answered(small_engine: Engine) -> None:
    """ "…says Nurtleu met Vucic. did he?" is answered: only a declined claim declines."""
    decision = small_engine.decide("my coworker says nurtleu met vucic in belgrade. did he?")
    assert decision.answered


@pytest.mark.parametrize(
    "question",
    [
        "news said they talked about kosovo during the talks, did they?",
        "nurtleu and vucic talked about ukraine at the meeting, right?",
    ],
)
def test_a_place_in_the_statement_a_tag_ends_is_asked_not_the_story_s(
    small_engine: Engine, question: str
) -> None:
    """ "…talked about kosovo during the talks, did they?" checks a place the article never
    names: declined (off topic, on this small base, once the reporting "news" goes)."""
    decision = small_engine.decide(question)
    assert decision.outcome is Outcome.NOT_FOUND
    assert decision.reason in (Reason.FOREIGN_PLACE, Reason.OFF_TOPIC)


def test_a_claim_adding_a_place_is_declined_not_put_right_by_where_it_was(
    small_engine: Engine,
) -> None:
    """ "…also went to croatia on the same trip, true?" is declined: the article doesn't say
    where else he went, and Belgrade doesn't put that right."""
    decision = small_engine.decide(
        "heard the kazakh fm also went to croatia on the same trip, true?"
    )
    assert decision.outcome is Outcome.NOT_FOUND
    assert decision.reason is Reason.FOREIGN_PLACE


def test_a_claim_putting_the_events_elsewhere_is_still_put_right(small_engine: Engine) -> None:
    """ "I read that Nurtleu visited Zagreb and met Vucic there" is answered with where: the
    English "I" is no Serbian "i" (also)."""
    decision = small_engine.decide(
        "I read that Nurtleu visited Zagreb and met Vucic there. Is the city correct?"
    )
    assert decision.answered


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("the visit was on oct 29, correct me if im wrong", "en"),
        ("визит был 29 октября, поправьте меня если я ошибаюсь", "ru"),
        ("poseta je bila 29. oktobra, ispravi me ako grešim", "sr"),
    ],
)
def test_correct_me_if_i_am_wrong_puts_a_claim_forward_and_asks_nothing_else(
    small_engine: Engine, question: str, lang: str
) -> None:
    """ "…29 October, correct me if I'm wrong" is the asker's claim, put right by the date."""
    analysis = small_engine.analyze(question, lang=lang)
    assert puts_forward(analysis)
    assert not {"isprav", "gresi", "osiba", "correct", "wrong"} & set(analysis.tokens)


def test_an_asking_part_of_a_kind_the_article_never_answers_is_not_put_aside_for_a_quote(
    small_engine: Engine,
) -> None:
    """ "what year did this visit happen? it only says nov 29" asks the year: the no-year gap
    declines it, not the date the story quotes."""
    decision = small_engine.decide("what year did this visit happen? it only says nov 29")
    assert decision.outcome is Outcome.NOT_FOUND
    assert decision.gap_id == "no-year"


@pytest.mark.parametrize(
    "question",
    [
        "true or false: serbia gets energy from kazakhstan",
        "serbia energy kazakhstan, true?",
    ],
)
def test_a_claim_left_with_only_the_setting_once_its_gap_words_go_is_declined_by_the_gap(
    small_engine: Engine, question: str
) -> None:
    """ "true or false: serbia gets energy from kazakhstan" is declined by the energy gap: what
    is left without "energy" (Serbia, Kazakhstan) is no claim, and not the article's summary."""
    decision = small_engine.decide(question)
    assert decision.outcome is Outcome.NOT_FOUND
    assert decision.gap_id == "no-energy"


def test_a_claim_left_with_a_person_once_its_gap_words_go_is_put_right_by_who_they_are(
    small_engine: Engine,
) -> None:
    """ "nurtleu is kazakhstan's prime minister, right?" is answered with who Nurtleu is: a
    person is left once "prime minister" goes, and what the article says of him puts it right."""
    decision = small_engine.decide("nurtleu is kazakhstan's prime minister, right?")
    assert decision.answered


def test_a_topic_paired_with_a_post_is_answered_by_the_fact_on_the_topic(
    small_engine: Engine,
) -> None:
    """ "nurtleu talked trade with the defense minister, right?" pairs trade with the wrong
    official, named by his post: the post names a person as a name does, so "trade" is the
    claim's key word, which the defence minister's fact lacks — a fact on trade answers (a
    margin wide enough for the small base's scores)."""
    config = dataclasses.replace(small_engine.config, claim_pairing_margin=40.0)
    engine = Engine(small_engine.base, config=config)
    made = engine.decide("nurtleu talked trade with the defense minister, right?")
    assert made.fact_id == "trade-turnover"


@pytest.mark.parametrize(
    "question",
    [
        "The article says they signed an agreement on military-technical cooperation. What is "
        "that agreement worth in dollars?",
        "the text says they signed agreements on military-technical cooperation. how much is "
        "that deal worth?",
    ],
)
def test_what_is_asked_beyond_the_articles_own_claim_is_declined_by_its_gap(
    small_engine: Engine, question: str
) -> None:
    """ "The article says they signed X. What is that agreement worth?" takes the signing as
    read: the gap on the deal's value declines, not the fact confirming the signing."""
    decision = small_engine.decide(question)
    assert decision.outcome is Outcome.NOT_FOUND
    assert decision.gap_id == "no-deal-value"


def test_what_the_article_reports_before_a_pointing_question_is_what_it_points_at(
    small_engine: Engine,
) -> None:
    """ "the article says something makes cultural ties easier. what agreement helps with
    that?": "that" is what the article reports (the visa-free regime), read without the
    words saying the article reports it."""
    decision = small_engine.decide(
        "the article says something makes cultural and humanitarian ties easier. "
        "what agreement helps with that?"
    )
    assert decision.fact_id == "culture-visa"
