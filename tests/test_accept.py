"""`accept` and `reject`: a review group's questions go into a fact only if check still passes."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
import yaml

from bot.cli import main
from bot.engine import Engine
from bot.engine.cache import load_engine
from bot.records.insights import question_record
from bot.records.review import find_group, review_groups
from bot.records.store import QuestionRecord, Store

T0 = 1_750_000_000.0

# Each accept validates a whole fact base and builds its engine: seconds, so the slow tier.
pytestmark = pytest.mark.slow


def _declined(data: Path, *questions: str, closest: str = "visit") -> str:
    """Record ``questions`` as declined (closest fact ``closest``); the id of their group."""
    store = Store(data)
    with store:
        for n, question in enumerate(questions):
            store.submit(
                QuestionRecord(
                    at=T0 + n,
                    via="text",
                    outcome="not_found",
                    review=True,
                    question=question,
                    fact_id=None,
                    score=40.0,
                    closest_id=closest,
                    closest_score=40.0,
                )
            )
    (group,) = review_groups(store)
    return group.id


def _added_only(before: str, after: str) -> list[str]:
    """The lines ``after`` adds to ``before``; fails if any line was removed or changed."""
    diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm=""))
    changed = [d for d in diff[2:] if not d.startswith("@@")]
    assert all(line.startswith("+") for line in changed), changed
    return [line[1:] for line in changed]


def test_accept_adds_the_questions_as_new_lines_and_they_are_then_answered(
    tmp_path: Path, small_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Accepting a declined group into a fact adds only its questions' lines to facts.yaml (one
    per question: wordings differing in case or punctuation once), prints check's OK, hides the
    group, and the fact then answers those questions."""
    data = tmp_path / "data"
    questions = ("who was the VIP from astana", "Who was the VIP from Astana?")
    assert not load_engine(small_copy, None).decide(questions[0]).answered
    group = _declined(data, *questions)
    facts = small_copy / "facts.yaml"
    before = facts.read_text(encoding="utf-8")
    args = ["accept", group, "visit", "--data-dir", str(data), "--knowledge-dir", str(small_copy)]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "added 1 question(s) to fact 'visit'" in out
    assert "OK: " in out
    added = _added_only(before, facts.read_text(encoding="utf-8"))
    assert [yaml.safe_load(line.strip())[0] for line in added] == [questions[0]]
    engine = load_engine(small_copy, None)
    assert [engine.decide(q).fact_id for q in questions] == ["visit", "visit"]
    assert review_groups(Store(data)) == []


def test_accept_refuses_and_changes_nothing_when_a_regression_check_would_fail(
    tmp_path: Path, small_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A question checks.yaml expects from 'visit', accepted into 'officials-met', would break
    check: accept exits 1 naming the failed check, the file is byte-identical and the group
    stays open."""
    data = tmp_path / "data"
    group = _declined(data, "who is the Kazakh minister that went to Serbia")
    facts = small_copy / "facts.yaml"
    before = facts.read_bytes()
    args = ["accept", group, "officials-met", "--data-dir", str(data)]
    assert main([*args, "--knowledge-dir", str(small_copy)]) == 1
    err = capsys.readouterr().err
    assert "not accepted, nothing changed" in err
    assert "expected 'visit'" in err
    assert str(small_copy) in err
    assert facts.read_bytes() == before
    assert find_group(Store(data), group) is not None
    assert not list(small_copy.glob(".*.tmp"))


def test_accept_refuses_a_fact_that_does_not_exist(
    tmp_path: Path, small_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Naming a fact the base lacks is an error that changes nothing."""
    data = tmp_path / "data"
    group = _declined(data, "who was the VIP from astana")
    args = ["accept", group, "no-such-fact", "--data-dir", str(data)]
    assert main([*args, "--knowledge-dir", str(small_copy)]) == 1
    assert "no fact 'no-such-fact'" in capsys.readouterr().err


def test_accept_gap_adds_the_questions_to_the_gap(
    tmp_path: Path, small_copy: Path, small_engine: Engine
) -> None:
    """`accept GROUP --gap GAP_ID` adds the questions to that gap in gaps.yaml, which then
    declines them with its reply."""
    data = tmp_path / "data"
    question = "how many dollars did the trip cost"
    group = _declined(data, question)
    gaps = small_copy / "gaps.yaml"
    before = gaps.read_text(encoding="utf-8")
    args = ["accept", group, "--gap", "no-deal-value", "--data-dir", str(data)]
    assert main([*args, "--knowledge-dir", str(small_copy)]) == 0
    added = _added_only(before, gaps.read_text(encoding="utf-8"))
    assert [yaml.safe_load(line.strip())[0] for line in added] == [question]
    decision = load_engine(small_copy, None).decide(question)
    assert decision.gap_id == "no-deal-value"


def test_reject_hides_the_group_and_leaves_the_fact_base_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`reject GROUP` hides the group from review; a second reject finds no open group."""
    data = tmp_path / "data"
    group = _declined(data, "what did they eat")
    assert main(["reject", group, "--data-dir", str(data)]) == 0
    assert f"group {group} hidden" in capsys.readouterr().out
    assert review_groups(Store(data)) == []
    assert main(["reject", group, "--data-dir", str(data)]) == 1
    assert "no open review group" in capsys.readouterr().err


def test_accept_new_fact_prints_a_template_with_the_questions(
    tmp_path: Path, small_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`accept GROUP --new-fact` prints a fact holding the group's questions, leaves the files
    alone and keeps the group open until the new fact exists."""
    data = tmp_path / "data"
    group = _declined(data, "was sport discussed: really?")
    before = (small_copy / "facts.yaml").read_bytes()
    args = ["accept", group, "--new-fact", "--data-dir", str(data)]
    assert main([*args, "--knowledge-dir", str(small_copy)]) == 0
    template = capsys.readouterr().out
    assert '      - "was sport discussed: really?"' in template
    assert "  - id: was-sport-discussed-really" in template
    assert (small_copy / "facts.yaml").read_bytes() == before
    assert find_group(Store(data), group) is not None


def test_accept_needs_exactly_one_target(tmp_path: Path) -> None:
    """FACT_ID together with --gap is a usage error (exit 2)."""
    assert main(["accept", "abc", "visit", "--gap", "no-year", "--data-dir", str(tmp_path)]) == 2


def test_a_recorded_confident_answer_can_be_accepted_elsewhere(
    tmp_path: Path, small_copy: Path, small_engine: Engine
) -> None:
    """A question confidently answered by the wrong fact and 👎'd, accepted into the right
    fact, is answered by that fact afterwards."""
    from bot.records.store import VoteRecord

    question = "what's the name of the kazakh minister"
    decision = small_engine.decide(question)
    assert decision.fact_id == "officials-met"
    data = tmp_path / "data"
    store = Store(data)
    with store:
        record = question_record(decision, user_hash="u", at=T0)
        assert record is not None
        store.submit(record)
        store.submit(VoteRecord(T0 + 1, "officials-met", -1, "u"))
    (group,) = review_groups(store, engine=small_engine)
    assert group.kind == "disliked"
    args = ["accept", group.id, "visit", "--data-dir", str(data)]
    assert main([*args, "--knowledge-dir", str(small_copy)]) == 0
    assert load_engine(small_copy, None).decide(question).fact_id == "visit"
