"""The review queue: which recorded questions are grouped for the editor, and how."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from paths import SMALL

from bot.cli import main
from bot.engine import Engine
from bot.records.insights import question_record
from bot.records.review import (
    WEAK_COVERAGE,
    ReviewGroup,
    find_group,
    group_id,
    mark_done,
    review_groups,
    review_report,
)
from bot.records.store import QuestionRecord, Store, VoteRecord

T0 = 1_750_000_000.0


def _log(store: Store, engine: Engine, *questions: str, user: str = "u1", at: float = T0) -> None:
    """Record ``questions`` as typed by ``user``, one second apart from ``at``."""
    for n, question in enumerate(questions):
        record = question_record(engine.decide(question), user_hash=user, at=at + n)
        assert record is not None
        store.submit(record)


def _by_kind(groups: list[ReviewGroup], kind: str) -> list[ReviewGroup]:
    return [g for g in groups if g.kind == kind]


def test_declined_near_duplicates_form_one_group_with_the_closest_fact_first(
    tmp_path: Path, small_engine: Engine
) -> None:
    """Declined questions differing in case, punctuation and typos are one "declined" group
    whose first suggestion is the fact the records name as closest."""
    store = Store(tmp_path)
    with store:
        _log(store, small_engine, "how old is nurtleu", "How old is Nurtleu?", "how old is nurtlue")
    (group,) = _by_kind(review_groups(store, engine=small_engine), "declined")
    assert group.count == 3
    assert set(group.questions) == {
        "how old is nurtleu",
        "How old is Nurtleu?",
        "how old is nurtlue",
    }
    closest = small_engine.decide("how old is nurtleu").closest_fact
    assert closest is not None
    assert group.suggestions[0] == closest.id
    assert len(group.suggestions) <= 3


def test_group_ids_are_stable_and_made_from_the_earliest_question(
    tmp_path: Path, small_engine: Engine
) -> None:
    """The same records give the same ids in every run, whatever --since says, and the id is
    the hash of the kind and the earliest question."""
    store = Store(tmp_path)
    with store:
        _log(store, small_engine, "how old is nurtleu", "how old is nurtleu?")
    first = review_groups(store)
    again = review_groups(store, since=T0 + 1)
    assert [g.id for g in first] == [g.id for g in again]
    assert first[0].id == group_id("declined", None, "how old is nurtleu")


def test_an_answer_by_a_thin_margin_is_a_thin_group_suggesting_its_fact(
    tmp_path: Path, small_engine: Engine
) -> None:
    """An answer leading the runner-up by a few points is reviewed as "thin", its own fact
    suggested first."""
    decision = small_engine.decide("how many documents")
    record = question_record(decision, user_hash="u", at=T0)
    assert decision.answered
    assert record is not None
    assert (record.margin or 99) < 10
    store = Store(tmp_path)
    with store:
        store.submit(record)
    (group,) = review_groups(store, engine=small_engine)
    assert (group.kind, group.fact_id, group.suggestions[0]) == (
        "thin",
        decision.fact_id,
        decision.fact_id,
    )


def test_an_answer_whose_fact_explains_little_of_the_question_is_weak(tmp_path: Path) -> None:
    """A confident answer whose fact covers less than WEAK_COVERAGE of the question is "weak"."""
    store = Store(tmp_path)
    with store:
        for coverage in (WEAK_COVERAGE - 0.2, 1.0):
            store.submit(
                QuestionRecord(
                    at=T0 + coverage,
                    via="text",
                    outcome="answered",
                    review=False,
                    question=f"question covered {coverage}",
                    fact_id="visit",
                    score=90.0,
                    margin=30.0,
                    coverage=coverage,
                    runner_id="visit-date",
                )
            )
    (group,) = review_groups(store)
    assert (group.kind, group.questions) == ("weak", (f"question covered {WEAK_COVERAGE - 0.2}",))
    assert group.suggestions == ("visit", "visit-date")


def test_a_thumbs_down_makes_the_askers_answer_a_disliked_group(
    tmp_path: Path, small_engine: Engine
) -> None:
    """A 👎 on a fact marks the asker's latest answer by that fact as "disliked", and the
    disliked fact is never suggested; the same answer to someone else is not reviewed."""
    question = "who paid for the trip of the minister"
    decision = small_engine.decide(question)
    assert decision.answered
    assert decision.score >= 70
    store = Store(tmp_path)
    with store:
        _log(store, small_engine, question, user="u1")
        _log(store, small_engine, question, user="u2", at=T0 + 10)
        store.submit(VoteRecord(T0 + 5, str(decision.fact_id), -1, "u1"))
    (group,) = review_groups(store, engine=small_engine)
    assert (group.kind, group.count, group.fact_id) == ("disliked", 1, decision.fact_id)
    assert decision.fact_id not in group.suggestions
    assert group.suggestions


def test_a_confident_answer_nobody_disliked_is_not_reviewed(
    tmp_path: Path, small_engine: Engine
) -> None:
    """Questions answered surely, by a clear margin, make no group."""
    store = Store(tmp_path)
    with store:
        _log(store, small_engine, "tell me about trade", "visa")
    assert review_groups(store, engine=small_engine) == []


def test_a_group_marked_done_is_hidden(tmp_path: Path, small_engine: Engine) -> None:
    """After reject (or accept) a group is no longer listed, unless asked for done ones too."""
    store = Store(tmp_path)
    with store:
        _log(store, small_engine, "how old is nurtleu")
    (group,) = review_groups(store)
    mark_done(store, group.id, "rejected", None)
    assert review_groups(store) == []
    assert [g.id for g in review_groups(store, include_done=True)] == [group.id]
    assert find_group(store, group.id) is None


def test_find_group_takes_a_unique_prefix_of_the_id(tmp_path: Path, small_engine: Engine) -> None:
    """A group can be named by the start of its id, as with git commits."""
    store = Store(tmp_path)
    with store:
        _log(store, small_engine, "how old is nurtleu")
    (group,) = review_groups(store)
    found = find_group(store, group.id[:5])
    assert found is not None
    assert found.id == group.id
    assert find_group(store, "zzzz") is None


def test_review_json_lists_id_kind_questions_and_suggestions(
    tmp_path: Path, small_engine: Engine, capsys: pytest.CaptureFixture[str]
) -> None:
    """`review --json` prints a JSON list of objects with id, kind, questions and suggestions."""
    store = Store(tmp_path)
    with store:
        _log(store, small_engine, "how old is nurtleu", "how many documents")
    args = ["review", "--json", "--data-dir", str(tmp_path), "--knowledge-dir"]
    assert main([*args, str(SMALL)]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert {g["kind"] for g in groups} == {"declined", "thin"}
    for group in groups:
        assert {"id", "kind", "questions", "suggestions"} <= set(group)
        assert all(isinstance(s, str) for s in group["suggestions"])


def test_review_text_names_each_group_and_how_to_act(tmp_path: Path, small_engine: Engine) -> None:
    """The plain report shows each group's id, kind, question and numbered suggestions, and
    the accept/reject commands."""
    store = Store(tmp_path)
    with store:
        _log(store, small_engine, "how old is nurtleu")
    groups = review_groups(store, engine=small_engine)
    text = review_report(groups, small_engine)
    assert f'[{groups[0].id}] declined: 1× "how old is nurtleu"' in text
    assert "    1. add to " in text
    assert "python -m bot accept ID FACT_ID" in text
    assert review_report([], None) == "Nothing to review."
