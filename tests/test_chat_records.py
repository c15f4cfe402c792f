"""The console chat records its questions like the Telegram bot, and /bad marks an answer 👎."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from paths import SMALL

from bot.cli import main
from bot.console import NOT_RECORDING, NOTHING_TO_VOTE, VOTED, run_chat
from bot.conversation.catalog import Catalog
from bot.engine import Engine
from bot.records.insights import Insights
from bot.records.review import review_groups
from bot.records.store import Store


def _chat(engine: Engine, lines: str, data: Path | None) -> str:
    insights = Insights(data) if data is not None else None
    out = io.StringIO()
    if insights is not None:
        insights.open()
    try:
        run_chat(Catalog(engine), stdin=io.StringIO(lines), stdout=out, insights=insights)
    finally:
        if insights is not None:
            insights.close()
    return out.getvalue()


def test_the_chat_records_typed_questions_for_review(tmp_path: Path, small_engine: Engine) -> None:
    """A question declined in the console chat shows up in review, as from Telegram."""
    _chat(small_engine, "how old is nurtleu\n", tmp_path)
    (group,) = review_groups(Store(tmp_path))
    assert (group.kind, group.questions) == ("declined", ("how old is nurtleu",))


def test_bad_marks_the_last_answer_disliked(tmp_path: Path, small_engine: Engine) -> None:
    """/bad after a confident answer records a 👎 on its fact: review lists the question as
    disliked, with that fact."""
    question = "what's the name of the kazakh minister"
    fact = small_engine.decide(question).fact_id
    output = _chat(small_engine, f"{question}\n/bad\n", tmp_path)
    assert VOTED[-1] in output
    (group,) = review_groups(Store(tmp_path))
    assert (group.kind, group.fact_id, group.questions) == ("disliked", fact, (question,))


def test_bad_needs_an_answer_and_a_record(tmp_path: Path, small_engine: Engine) -> None:
    """/bad before any answer says there is nothing to mark; without recording, it says so."""
    assert NOTHING_TO_VOTE in _chat(small_engine, "/bad\n", tmp_path)
    assert NOT_RECORDING in _chat(small_engine, "who visited belgrade\n/bad\n", None)


@pytest.mark.slow
def test_chat_records_to_bot_data_dir_unless_no_record(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`python -m bot chat` makes the question log in BOT_DATA_DIR; with --no-record it makes
    nothing there."""
    for flag, data in (([], tmp_path / "on"), (["--no-record"], tmp_path / "off")):
        monkeypatch.setenv("BOT_DATA_DIR", str(data))
        monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path / "cache"))
        monkeypatch.setattr("sys.stdin", io.StringIO("how old is nurtleu\n"))
        assert main(["chat", *flag, "--knowledge-dir", str(SMALL)]) == 0
    capsys.readouterr()
    assert [r.question for r in Store(tmp_path / "on").review_rows()] == ["how old is nurtleu"]
    assert not (tmp_path / "off").exists()
