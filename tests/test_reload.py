"""Live reload without Telegram: edits go live, broken edits change nothing and are told once,
fixes come in, and a save in progress is never read half-written."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from fake_clock import FakeClock

from bot.conversation.answering import ask
from bot.conversation.catalog import Catalog
from bot.conversation.reload import (
    MAX_PROBLEMS_SHOWN,
    Reloader,
    ReloadReport,
    build_catalog,
    snapshot,
)
from bot.engine import Engine
from bot.knowledge.loader import load_fact_base

TRADE = "how big is trade between kazakhstan and serbia"
ORIGINAL = "reached $73.8 million last year."
EDITED = "reached $73.8 million (edited) last year."
GOOD_QUOTE = "- reported the ministry’s press service"
BAD_QUOTE = "- reported the ministry's press office"


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` by ``new`` in ``path`` (which must contain it)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


class Recorder:
    """What a Reloader published and whom it told."""

    def __init__(self) -> None:
        self.published: list[Catalog] = []
        self.told: list[ReloadReport] = []

    def publish(self, catalog: Catalog) -> None:
        self.published.append(catalog)

    async def notify(self, report: ReloadReport) -> None:
        self.told.append(report)


@pytest.fixture
def seen() -> Recorder:
    return Recorder()


@pytest.fixture
def reloader(small_copy: Path, small_engine: Engine, seen: Recorder, tmp_path: Path) -> Reloader:
    """A Reloader of an editable copy of the fact base, read as soon as two polls agree."""
    return Reloader(
        small_copy,
        Catalog(small_engine),
        seen.publish,
        notify=seen.notify,
        cache_dir=tmp_path / "cache",
        poll_seconds=0.01,
        settle_seconds=0.0,
    )


async def settle(reloader: Reloader) -> ReloadReport | None:
    """Poll until a poll reloads (or 5 polls change nothing)."""
    for _ in range(5):
        report = await reloader.poll()
        if report is not None:
            return report
    return None


def test_snapshot_covers_the_files_the_loader_reads(small_copy: Path) -> None:
    """Top-level YAML and everything under source/; not hidden files, backups or other files."""
    names = [name for name, *_ in snapshot(small_copy)]
    assert "facts.yaml" in names
    assert "source/article.txt" in names
    before = snapshot(small_copy)
    for junk in (".facts.yaml.swp", "facts.yaml~", "notes.txt"):
        (small_copy / junk).write_text("x", encoding="utf-8")
    assert snapshot(small_copy) == before
    edit(small_copy / "facts.yaml", ORIGINAL, EDITED)
    assert snapshot(small_copy) != before
    assert snapshot(small_copy / "missing") == ()


async def test_nothing_happens_while_nothing_changes(reloader: Reloader, seen: Recorder) -> None:
    """Polls of an unchanged directory build nothing and publish nothing."""
    assert await settle(reloader) is None
    assert seen.published == []


@pytest.mark.slow
async def test_a_valid_edit_goes_live(
    reloader: Reloader, seen: Recorder, small_copy: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An edit is read once it settles, published in one swap, and logged in one line."""
    caplog.set_level(logging.INFO, logger="bot.conversation.reload")
    edit(small_copy / "facts.yaml", ORIGINAL, EDITED)
    assert await reloader.poll() is None  # first sight of the change: wait for it to settle
    report = await settle(reloader)
    assert report is not None
    assert report.ok
    (catalog,) = seen.published
    assert reloader.catalog is catalog
    assert "(edited)" in catalog.ask(TRADE).text
    assert f"fact base reloaded: {len(catalog.base.facts)} facts" in caplog.messages
    assert seen.told == []  # a success after no failure is only logged
    assert await settle(reloader) is None  # and read once


@pytest.mark.slow
async def test_a_change_is_read_only_after_it_settles(
    small_copy: Path, small_engine: Engine, seen: Recorder
) -> None:
    """Files still changing are not read: the settle time restarts with every change."""
    clock = FakeClock()
    reloader = Reloader(
        small_copy,
        Catalog(small_engine),
        seen.publish,
        poll_seconds=0.01,
        settle_seconds=0.3,
        clock=clock,
    )
    facts = small_copy / "facts.yaml"
    edit(facts, ORIGINAL, EDITED)
    for n in range(3):
        assert await reloader.poll() is None
        clock.now += 0.1
        edit(facts, f"(edited{'' if n == 0 else n})", f"(edited{n + 1})")
    assert seen.published == []
    clock.now += 0.35
    assert await reloader.poll() is None  # the last change, seen now
    clock.now += 0.29
    assert await reloader.poll() is None  # not yet unchanged for settle_seconds
    clock.now += 0.02
    report = await reloader.poll()
    assert report is not None
    assert report.ok
    assert "(edited3)" in seen.published[0].ask(TRADE).text


async def test_a_broken_edit_changes_nothing_and_is_told_once(
    reloader: Reloader,
    seen: Recorder,
    small_copy: Path,
    small_engine: Engine,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The old base stays; every problem is logged as file:line; the admins hear it once."""
    facts = small_copy / "facts.yaml"
    edit(facts, GOOD_QUOTE, BAD_QUOTE)
    report = await settle(reloader)
    assert report is not None
    assert not report.ok
    assert seen.published == []
    assert reloader.catalog.engine is small_engine
    (problem,) = report.problems
    assert problem.startswith(f"{facts}:")
    assert "citation not found in the article" in problem
    assert problem in caplog.messages
    assert report.summary == (
        f"fact base NOT reloaded: 1 problem(s); still answering from the last good base "
        f"({len(small_engine.base.facts)} facts)"
    )
    assert seen.told == [report]

    # Saved again, still broken the same way: tried again, not told again.
    facts.write_text(facts.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = await settle(reloader)
    assert again is not None
    assert again.problems == report.problems
    assert len(seen.told) == 1

    # Broken differently: told.
    facts.write_text(facts.read_text(encoding="utf-8") + "facts: [\n", encoding="utf-8")
    worse = await settle(reloader)
    assert worse is not None
    assert not worse.ok
    assert len(seen.told) == 2


@pytest.mark.slow
async def test_fixing_the_file_brings_the_new_base_in(
    reloader: Reloader, seen: Recorder, small_copy: Path
) -> None:
    """After a refused edit, the fix is taken in, and the admins are told it is fixed."""
    facts = small_copy / "facts.yaml"
    edit(facts, GOOD_QUOTE, BAD_QUOTE)
    edit(facts, ORIGINAL, EDITED)
    refused = await settle(reloader)
    assert refused is not None
    assert not refused.ok
    edit(facts, BAD_QUOTE, GOOD_QUOTE)
    fixed = await settle(reloader)
    assert fixed is not None
    assert fixed.ok
    assert fixed.recovered
    assert "(edited)" in seen.published[-1].ask(TRADE).text
    assert [r.ok for r in seen.told] == [False, True]


@pytest.mark.slow
async def test_a_save_during_the_build_is_not_used(
    small_copy: Path, small_engine: Engine, seen: Recorder
) -> None:
    """Files that change while being read may have been read half-saved: that result is
    dropped unseen (not published, not reported), and the files are read again."""
    facts = small_copy / "facts.yaml"
    finished = facts.read_text(encoding="utf-8").replace(ORIGINAL, EDITED)
    builds = 0

    def build_during_a_save(directory: Path) -> tuple[Catalog, list[str]]:
        nonlocal builds
        builds += 1
        if builds == 1:
            # The editor's save is still being written while the first build reads…
            facts.write_text(finished[:1000], encoding="utf-8")
            try:
                return build_catalog(directory)
            finally:
                facts.write_text(finished, encoding="utf-8")  # …and completes after.
        return build_catalog(directory)

    reloader = Reloader(
        small_copy,
        Catalog(small_engine),
        seen.publish,
        notify=seen.notify,
        poll_seconds=0.01,
        settle_seconds=0.0,
        builder=build_during_a_save,
    )
    edit(facts, ORIGINAL, "reached $73.8 million (first save) last year.")
    report = await settle(reloader)
    assert builds == 2
    assert report is not None
    assert report.ok
    (catalog,) = seen.published
    assert "(edited)" in catalog.ask(TRADE).text
    assert seen.told == []  # the half-read file was never reported as broken


@pytest.mark.slow
async def test_reload_now_reports_success_or_problems(
    reloader: Reloader, seen: Recorder, small_copy: Path
) -> None:
    """reload() (the /reload command) builds at once, whatever the polls have seen."""
    ok = await reloader.reload()
    assert ok.ok
    assert ok.text().startswith("fact base reloaded: ")
    edit(small_copy / "facts.yaml", GOOD_QUOTE, BAD_QUOTE)
    refused = await reloader.reload()
    assert not refused.ok
    assert "citation not found in the article" in refused.text()
    assert len(seen.published) == 1
    assert await settle(reloader) is None  # the watcher does not read the same files again
    assert seen.told == []  # the one who asked got the report


@pytest.mark.slow
async def test_failed_regression_checks_keep_the_last_good_base(
    reloader: Reloader, seen: Recorder, small_copy: Path
) -> None:
    """A valid base whose checks.yaml questions are answered differently is refused like an
    invalid one: the failures are the report's problems and nothing is published."""
    checks = small_copy / "checks.yaml"
    edit(
        checks,
        '{q: "bilateral trade figure", expect: trade-turnover}',
        '{q: "bilateral trade figure", expect: visit}',
    )
    report = await reloader.reload()
    assert not report.ok
    (problem,) = report.problems
    assert problem.startswith(f"{checks}:")
    assert problem.endswith(
        "check: \"bilateral trade figure\" answered by 'trade-turnover', expected 'visit'"
    )
    assert "NOT reloaded" in report.text()
    assert not seen.published


async def test_a_watched_edit_that_breaks_a_check_is_told_to_the_admins(
    reloader: Reloader, seen: Recorder, small_copy: Path
) -> None:
    """Seen by the watcher, a regression keeps the old base and reaches the admins."""
    edit(
        small_copy / "checks.yaml",
        '{q: "bilateral trade figure", expect: trade-turnover}',
        '{q: "bilateral trade figure", expect: visit}',
    )
    report = await settle(reloader)
    assert report is not None
    assert not report.ok
    assert seen.told == [report]
    assert not seen.published


def test_report_text_lists_at_most_the_first_problems() -> None:
    """A message to the admins lists MAX_PROBLEMS_SHOWN problems, then how many more."""
    problems = tuple(f"facts.yaml:{n}: broken" for n in range(MAX_PROBLEMS_SHOWN + 5))
    lines = ReloadReport(False, 22, problems=problems).text().splitlines()
    assert len(lines) == 1 + MAX_PROBLEMS_SHOWN + 1
    assert lines[-1] == "…and 5 more (see the log)"


async def test_an_unexpected_error_while_loading_keeps_the_bot_going(
    small_copy: Path, small_engine: Engine, seen: Recorder
) -> None:
    """Whatever goes wrong in a build is a refused reload, not a crash."""

    def explode(directory: Path) -> tuple[Catalog, list[str]]:
        raise MemoryError("out of memory")

    reloader = Reloader(small_copy, Catalog(small_engine), seen.publish, builder=explode)
    report = await reloader.reload()
    assert not report.ok
    assert "cannot load the fact base: out of memory" in report.problems[0]


@pytest.mark.slow
async def test_the_watcher_polls_in_the_background_until_stopped(
    small_copy: Path, small_engine: Engine, seen: Recorder, tmp_path: Path
) -> None:
    """start() watches on a task, one poll per poll_seconds; an edit goes live within a few
    polls; stop() ends it."""
    clock = FakeClock()
    reloader = Reloader(
        small_copy,
        Catalog(small_engine),
        seen.publish,
        cache_dir=tmp_path / "cache",
        poll_seconds=0.02,
        settle_seconds=0.02,
        clock=clock,
        sleep=clock.sleep,
    )
    polls = 0
    original_poll = reloader.poll

    async def counting_poll() -> ReloadReport | None:
        nonlocal polls
        polls += 1
        return await original_poll()

    reloader.poll = counting_poll  # type: ignore[method-assign]
    reloader.start()
    try:
        for _ in range(15):
            await clock.until_sleeping()
            await clock.advance(0.02)
        await clock.until_sleeping()
        assert polls == 15  # paced by poll_seconds: no busy loop
        assert set(clock.sleeps) == {0.02}
        edit(small_copy / "facts.yaml", ORIGINAL, EDITED)
        for _ in range(3):  # seen, settled, read
            await clock.advance(0.02)
            await clock.until_sleeping()
        assert "(edited)" in seen.published[0].ask(TRADE).text
    finally:
        await reloader.stop()
    stopped = polls
    await clock.advance(1.0)
    assert polls == stopped


@pytest.mark.slow
def test_an_engine_read_during_a_save_is_not_cached_under_the_earlier_files(
    small_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compiled-engine cache is keyed by the files' content, hashed before they are read:
    an engine read from files saved in between must not be filed under the earlier content
    (going back to it, e.g. by undoing the edit, would serve the edited answers)."""
    from bot.engine import cache

    real = Engine.from_directory

    def save_then_build(directory: Path) -> Engine:
        edit(small_copy / "facts.yaml", ORIGINAL, EDITED)  # saved after the key was taken
        return real(directory)

    monkeypatch.setattr(cache.Engine, "from_directory", save_then_build)
    assert "(edited)" in ask(cache.load_engine(small_copy, tmp_path / "cache"), TRADE).text
    assert list((tmp_path / "cache").glob("engine-*.pickle")) == []
    monkeypatch.undo()
    edit(small_copy / "facts.yaml", EDITED, ORIGINAL)  # the editor undoes the edit
    undone = cache.load_engine(small_copy, tmp_path / "cache")
    assert "(edited)" not in ask(undone, TRADE).text


async def test_a_file_saved_in_two_parts_seconds_apart_goes_live_whole(
    small_copy: Path, small_engine: Engine, seen: Recorder
) -> None:
    """With the default settle time, a valid first half saved 4 s before the rest never goes
    live: only the complete file is read."""
    clock = FakeClock()
    reloader = Reloader(
        small_copy, Catalog(small_engine), seen.publish, poll_seconds=1.0, clock=clock
    )
    facts = small_copy / "facts.yaml"
    whole = facts.read_text(encoding="utf-8").replace(ORIGINAL, EDITED)
    cut = whole.index("\n  - id:", len(whole) // 2)  # a valid first half: whole entries
    facts.write_text(whole[:cut] + "\n", encoding="utf-8")
    for _ in range(4):
        assert await reloader.poll() is None
        clock.now += 1.0
    facts.write_text(whole, encoding="utf-8")
    report = None
    for _ in range(8):
        report = report or await reloader.poll()
        clock.now += 1.0
    assert report is not None
    assert report.ok
    assert len(seen.published) == 1
    assert len(seen.published[0].base.facts) == len(load_fact_base(small_copy).facts)
