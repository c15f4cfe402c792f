"""`python -m bot forget --before DATE` deletes what was recorded before the date."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.cli import main
from bot.records.store import QuestionRecord, Store

JUNE_1 = datetime(2025, 6, 1, tzinfo=UTC).timestamp()
DAY = 86400.0


def _recorded(directory: Path, *times: float) -> Store:
    store = Store(directory)
    with store:
        for at in times:
            store.submit(
                QuestionRecord(
                    at=at,
                    via="text",
                    outcome="not_found",
                    review=True,
                    question=f"asked at {at:.0f}",
                    fact_id=None,
                    score=10.0,
                )
            )
    return store


def test_forget_deletes_the_rows_before_the_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`forget --before 2025-06-01` deletes the question of May 31 and keeps that of June 1."""
    store = _recorded(tmp_path, JUNE_1 - DAY, JUNE_1 + 60)
    code = main(["forget", "--before", "2025-06-01", "--data-dir", str(tmp_path)])
    assert code == 0
    assert "deleted 1 record(s) made before 2025-06-01 00:00 UTC" in capsys.readouterr().out
    with sqlite3.connect(store.path) as db:
        kept = db.execute("SELECT at FROM questions").fetchall()
    assert kept == [(JUNE_1 + 60,)]


def test_forget_refuses_a_date_that_is_not_iso(capsys: pytest.CaptureFixture[str]) -> None:
    """A date like 01/06/2025 is a usage error (exit 2) naming the expected form."""
    with pytest.raises(SystemExit) as exited:
        main(["forget", "--before", "01/06/2025"])
    assert exited.value.code == 2
    assert "expected a date like 2025-06-01" in capsys.readouterr().err


def test_forget_takes_a_time_of_day_in_utc(tmp_path: Path) -> None:
    """`--before 2025-06-01T12:00` cuts at noon UTC, not at midnight."""
    store = _recorded(tmp_path, JUNE_1 + 3600, JUNE_1 + 13 * 3600)
    assert main(["forget", "--before", "2025-06-01T12:00", "--data-dir", str(tmp_path)]) == 0
    with sqlite3.connect(store.path) as db:
        assert db.execute("SELECT COUNT(*) FROM questions").fetchone() == (1,)


def test_forget_without_records_deletes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With no database yet, forget says 0 records and makes no file."""
    assert main(["forget", "--before", "2025-06-01", "--data-dir", str(tmp_path / "d")]) == 0
    assert "deleted 0 record(s)" in capsys.readouterr().out
    assert not (tmp_path / "d").exists()
