"""What is recorded about questions, how unanswered ones are grouped, and the two reports."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from bot.engine import DEFAULT_CONFIG, Decision, Engine, Outcome
from bot.records.insights import (
    LOW_CONFIDENCE_SCORE,
    Insights,
    PeriodError,
    group_questions,
    needs_review,
    parse_period,
    question_record,
    stats_report,
    unanswered_report,
)
from bot.records.store import ReviewRow


def _row(question: str, *, at: float = 0.0, closest: str | None = "visit") -> ReviewRow:
    return ReviewRow(at, question, "not_found", None, 30.0, closest, 30.0, False, closest, 30.0)


def test_low_confidence_is_the_engines_own_sure_score() -> None:
    """The review threshold sits between answering and being sure, on the engine's scale."""
    assert DEFAULT_CONFIG.answer_threshold < LOW_CONFIDENCE_SCORE <= 100


def test_what_needs_review(small_engine: Engine) -> None:
    """Declined, ambiguous and low-confidence decisions are for review; sure answers are not."""
    fact = small_engine.base.facts[0]
    sure = small_engine.decide(fact.questions[0])
    assert sure.answered
    assert sure.score >= LOW_CONFIDENCE_SCORE
    assert not needs_review(sure)
    assert needs_review(small_engine.decide("how old is nurtleu"))
    assert needs_review(Decision("q", Outcome.AMBIGUOUS, score=55.0))
    assert needs_review(Decision("q", Outcome.ANSWERED, score=LOW_CONFIDENCE_SCORE - 1, fact=fact))


def test_decline_record_has_best_candidate_and_closest_fact(small_engine: Engine) -> None:
    """A declined question is recorded with its text, best candidate (of Engine.match) and the
    closest fact, marked for review; a confidently answered one is not marked."""
    question = "who is the serbian prime minister"
    declined = small_engine.decide(question)
    record = question_record(declined, chat_type="group", user_hash="h")
    assert record is not None
    best = small_engine.match(question).candidates[0]
    assert (record.best_id, record.best_score, record.best_is_gap) == (
        best.id,
        best.score,
        best.is_gap,
    )
    closest = next(c for c in small_engine.match(question).candidates if not c.is_gap)
    assert (record.closest_id, record.closest_score) == (closest.id, closest.score)
    assert (record.question, record.review, record.outcome) == (question, True, "not_found")
    assert (record.chat_type, record.user_hash) == ("group", "h")

    answered = small_engine.decide(small_engine.base.facts[0].questions[0])
    kept = question_record(answered)
    assert kept is not None
    assert (kept.review, kept.fact_id) == (False, answered.fact_id)


def test_every_typed_question_keeps_its_text_fact_score_and_margin(small_engine: Engine) -> None:
    """A confidently answered question is recorded with its text, fact, score, its lead over
    the next candidate and the share of the question its fact explains; a button press keeps
    no text."""
    question = small_engine.base.facts[0].questions[0]
    answered = small_engine.decide(question)
    record = question_record(answered)
    assert record is not None
    others = [c for c in answered.candidates if c.id != answered.fact_id]
    assert (record.question, record.fact_id, record.score) == (
        question,
        answered.fact_id,
        answered.score,
    )
    assert record.margin == round(answered.score - others[0].score, 2)
    assert record.runner_id == next(c.id for c in others if not c.is_gap)
    assert record.coverage == answered.candidates[0].vocabulary
    picked = question_record(answered, via="button")
    assert picked is not None
    assert (picked.question, picked.margin) == (None, None)


def test_a_decline_records_its_reason_and_margin(small_engine: Engine) -> None:
    """A declined question is recorded with the engine's reason and its best candidate's lead."""
    record = question_record(small_engine.decide("how old is nurtleu"))
    assert record is not None
    assert record.reason is not None
    assert record.margin is not None


def test_record_is_made_from_the_decisions_evidence_alone(small_engine: Engine) -> None:
    """The record of a decision takes its best candidate and closest fact from the decision's
    own candidates: nothing is matched again (here they name no fact the small_engine knows)."""
    from bot.engine import Candidate

    def candidate(id_: str, score: float, *, is_gap: bool) -> Candidate:
        return Candidate(id_, is_gap, score, 0.0, 0.0, 0.0, True, "a phrasing")

    decision = Decision(
        "anything",
        Outcome.NOT_FOUND,
        "ru",
        score=41.0,
        candidates=(candidate("gap-x", 44.0, is_gap=True), candidate("fact-y", 41.0, is_gap=False)),
    )
    record = question_record(decision, at=5.0)
    assert record is not None
    assert (record.best_id, record.best_score, record.best_is_gap) == ("gap-x", 44.0, True)
    assert (record.closest_id, record.closest_score) == ("fact-y", 41.0)
    assert (record.question, record.lang, record.at, record.score) == ("anything", "ru", 5.0, 41.0)


def test_small_talk_and_empty_messages_are_not_questions(small_engine: Engine) -> None:
    """Greetings and blank messages are not recorded."""
    for text in ("hello", "   "):
        assert question_record(small_engine.decide(text)) is None


def test_near_duplicates_are_grouped_and_different_questions_are_not() -> None:
    """Case, punctuation, typos, word order and an extra tail group; a mere shared word does not."""
    rows = [
        _row("How long did Nurtleu stay in Serbia?"),
        _row("how long did nurtleu stay"),
        _row("how long did Nurtlue stay in serbia"),
        _row("what's the weather in Astana"),
        _row("whats the weather in astana?"),
        _row("trade"),
        _row("trade turnover in 2020"),
        _row("Сколько лет Нуртлеу?"),
        _row("skolko let nurtleu"),
    ]
    groups = group_questions(rows)
    sizes = {g.text: g.count for g in groups}
    assert groups[0].count == 3
    assert groups[0].text.lower().startswith("how long did")
    assert sizes["trade"] == 1
    assert sizes["trade turnover in 2020"] == 1
    assert sorted(sizes.values(), reverse=True) == [3, 2, 2, 1, 1]


def test_periods() -> None:
    """Periods are a number and a unit, or "all"."""
    assert parse_period("7d") == 7 * 86400
    assert parse_period("12h") == 12 * 3600
    assert parse_period("30m") == 1800
    assert parse_period("2w") == 14 * 86400
    assert parse_period("ALL") is None
    for bad in ("", "7", "d", "0d", "-1d", "7 days", "1y"):
        with pytest.raises(PeriodError):
            parse_period(bad)


def test_unanswered_report_lists_groups_with_counts_and_closest_fact(
    tmp_path: Path, small_engine: Engine
) -> None:
    """The report: most frequent first, counts, other wordings, the closest fact by its question."""
    insights = Insights(tmp_path)
    insights.open()
    for question in ["how old is nurtleu?"] * 3 + ["How old is Nurtleu", "what did they eat"]:
        insights.question(small_engine.decide(question), chat_type="private", user_id=1)
    insights.question(small_engine.decide(small_engine.base.facts[0].questions[0]), user_id=2)
    insights.close()

    report = unanswered_report(insights.store, engine=small_engine)
    lines = report.splitlines()
    assert lines[0].startswith("Unanswered questions in the last 7d")
    assert "5 (2 different)" in lines[0]
    assert lines[1].startswith('  1. 4× "how old is nurtleu?" — declined')
    assert lines[2].strip() == 'also: "How old is Nurtleu"'
    assert "closest fact: " in lines[3]
    assert '  2. 1× "what did they eat"' in report
    assert small_engine.base.facts[0].questions[0] not in report  # answered: not listed
    assert unanswered_report(insights.store, engine=small_engine, limit=1).endswith(
        "…and 1 more (--limit to see them)"
    )


def test_unanswered_report_says_when_an_edit_answers_a_question_now(
    tmp_path: Path, small_engine: Engine
) -> None:
    """With the current small_engine, a group the fact base answers now is marked so."""
    insights = Insights(tmp_path)
    insights.open()
    question = small_engine.base.facts[1].questions[0]
    insights.question(Decision(question, Outcome.NOT_FOUND, score=20.0))
    insights.close()
    report = unanswered_report(insights.store, engine=small_engine)
    assert f"now answered by {small_engine.base.facts[1].id}" in report


def test_reports_respect_the_period(tmp_path: Path, small_engine: Engine) -> None:
    """Old records fall outside a short period but count for "all"."""
    insights = Insights(tmp_path)
    insights.open()
    insights.question(small_engine.decide("how old is nurtleu"))
    insights.close()
    later = time.time() + 2 * 3600
    assert unanswered_report(insights.store, period="1h", now=later).startswith("No unanswered")
    assert "1 (1 different)" in unanswered_report(insights.store, period="all", now=later)
    assert "questions asked: 0" in stats_report(insights.store, period="1h", now=later)
    assert "questions asked: 1" in stats_report(insights.store, period="all", now=later)


def test_stats_report_counts_rates_top_facts_and_feedback(
    tmp_path: Path, small_engine: Engine
) -> None:
    """Questions asked, answer rate, button answers, top facts and each fact's 👍/👎."""
    fact = small_engine.base.facts[0]
    insights = Insights(tmp_path)
    insights.open()
    for _ in range(3):
        insights.question(small_engine.decide(fact.questions[0]), user_id=1)
    insights.question(small_engine.decide("how old is nurtleu"), user_id=1)
    insights.question(small_engine.decide("hello"), user_id=1)  # small talk: not a question
    picked = Decision(fact.questions[0], Outcome.ANSWERED, score=100.0, fact=fact)
    insights.question(picked, via="button", user_id=1)
    insights.vote(fact.id, 1, user_id=1)
    insights.vote(fact.id, -1, user_id=2)
    insights.vote(fact.id, -1, user_id=3)
    insights.close()

    report = stats_report(insights.store, engine=small_engine)
    assert "questions asked: 4" in report
    assert "answered: 3 (75%)" in report
    assert "declined: 1 (25%)" in report
    assert "answers picked from buttons: 1" in report
    assert f'      4  👍 1    👎 2    {fact.id} "{fact.questions[0]}"' in report
    assert f'  👍 1    👎 2    {fact.id} "{fact.questions[0]}"' in report


def test_reports_before_anything_was_recorded(tmp_path: Path) -> None:
    """Without a database yet, both reports say so (and create nothing)."""
    store = Insights(tmp_path / "data").store
    assert unanswered_report(store).startswith("Nothing recorded yet")
    assert stats_report(store).startswith("Nothing recorded yet")
    assert not (tmp_path / "data").exists()
