"""An inbox that failed is opened again (issue 14, row 5): the bot answers without records
meanwhile, tries again after 1, 2, 4 … 60 s, keeps updates on disk again once it can, says so
once each way, and `python -m bot health` follows."""

from __future__ import annotations

import asyncio
import json
import logging
import signal
from pathlib import Path
from typing import Any

import pytest
from bot_process import health, start_bot
from fake_clock import FakeClock
from fake_telegram import FakeTelegram
from telegram import Update

from bot.records.inbox import (
    REOPEN_FIRST_SECONDS,
    REOPEN_MAX_SECONDS,
    Inbox,
    StoreError,
    open_writable,
    reopen_waits,
)
from bot.tg.delivery import Delivery

LOST = "updates are not kept on disk"
BACK = "updates are kept on disk again"


def batch(update_id: int, chat_id: int) -> list[tuple[int, str, Update | None]]:
    """One private text message, as the poller hands it to Delivery.receive."""
    chat = {"id": chat_id, "type": "private", "first_name": "U"}
    user = {"id": chat_id, "is_bot": False, "first_name": "U"}
    message = {"message_id": update_id, "date": 0, "chat": chat, "from": user, "text": "hi"}
    return [(update_id, json.dumps({"update_id": update_id, "message": message}), None)]


async def problem_cleared(delivery: Delivery) -> None:
    """Wait (real time: the reopening runs on the inbox's thread) until the inbox is back."""
    async with asyncio.timeout(5):
        while delivery.problem is not None:  # noqa: ASYNC110 - a worker thread sets no event
            await asyncio.sleep(0.01)


class Work:
    """Handler work that records the updates handled; ``hold`` keeps them in progress."""

    def __init__(self) -> None:
        self.handled: list[int] = []
        self.hold = asyncio.Event()
        self.hold.set()

    async def __call__(self, update: Update) -> None:
        self.handled.append(update.update_id)
        await self.hold.wait()


def test_reopen_waits_double_up_to_a_cap() -> None:
    """The waits between attempts to reopen start at 1 s, double, and stop growing at 60 s."""
    waits = reopen_waits()
    first = [next(waits) for _ in range(9)]
    assert first == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert (REOPEN_FIRST_SECONDS, REOPEN_MAX_SECONDS) == (1.0, 60.0)


async def test_a_data_dir_that_becomes_usable_gets_the_inbox_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A data directory unusable at start (a file in the way) costs no answer; once it is
    usable the inbox reopens at the next attempt (1 s, then 2 s later…), the problem is
    cleared, new updates are on disk again, and each change is logged once."""
    caplog.set_level(logging.DEBUG)
    data = tmp_path / "data"
    data.write_text("a file in the way", encoding="utf-8")
    clock = FakeClock()
    work = Work()
    delivery = Delivery(4, inbox=lambda: Inbox.open(data), sleep=clock.sleep)
    await delivery.open(work, None)
    assert delivery.problem is not None
    await delivery.receive(batch(1, 1))
    await asyncio.wait_for(delivery.drained(), 5)
    assert work.handled == [1]  # answered without records

    await clock.until_sleeping()
    await clock.advance(REOPEN_FIRST_SECONDS)  # first attempt: still unusable
    await clock.until_sleeping()
    assert delivery.problem is not None
    data.unlink()  # the operator fixes it
    await clock.advance(2 * REOPEN_FIRST_SECONDS)
    await problem_cleared(delivery)
    assert clock.sleeps == [1.0, 2.0]

    work.hold.clear()
    await delivery.receive(batch(2, 2))
    reader = Inbox.open(data)
    assert [p.update_id for p in reader.pending()] == [2]
    reader.close()
    work.hold.set()
    await asyncio.wait_for(delivery.drained(), 5)
    await delivery.stop()
    assert caplog.text.count(LOST) == 1
    assert caplog.text.count(BACK) == 1


class FlakyInbox(Inbox):
    """An inbox whose writes fail while ``broken`` (a disk gone read-only or full)."""

    broken = False

    def _check(self) -> None:
        if FlakyInbox.broken:
            raise StoreError("writing inbox.sqlite3: disk I/O error")

    def add(self, updates: Any) -> list[int]:
        self._check()
        return super().add(updates)

    def finish_many(self, done: list[tuple[int, str]]) -> None:
        self._check()
        super().finish_many(done)

    def probe(self) -> None:
        self._check()
        super().probe()


async def test_an_inbox_that_fails_while_running_is_reopened_once_it_can_write(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writes fail mid-run: the update is answered anyway and the inbox dropped; attempts to
    reopen that open but cannot write do not count as back (no flapping); once writes work
    again the inbox is back, said once each way."""
    monkeypatch.setattr(FlakyInbox, "broken", False)
    clock = FakeClock()
    work = Work()
    delivery = Delivery(4, inbox=lambda: FlakyInbox.open(tmp_path), sleep=clock.sleep)
    await delivery.open(work, None)
    assert delivery.problem is None
    FlakyInbox.broken = True
    await delivery.receive(batch(1, 1))
    await asyncio.wait_for(delivery.drained(), 5)
    assert work.handled == [1]
    assert delivery.problem is not None

    for wait in (1.0, 2.0, 4.0):  # three attempts: the file opens, the probe fails
        await clock.until_sleeping()
        await clock.advance(wait)
    await clock.until_sleeping()
    assert delivery.problem is not None
    FlakyInbox.broken = False
    await clock.advance(8.0)
    await problem_cleared(delivery)
    assert clock.sleeps == [1.0, 2.0, 4.0, 8.0]
    await delivery.receive(batch(2, 2))
    await asyncio.wait_for(delivery.drained(), 5)
    await delivery.flushed()
    reader = Inbox.open(tmp_path)
    assert reader.was_finished(2)
    reader.close()
    await delivery.stop()
    assert caplog.text.count(LOST) == 1
    assert caplog.text.count(BACK) == 1


async def test_a_stop_ends_the_attempts_to_reopen(tmp_path: Path) -> None:
    """A bot stopping while it waits to reopen its inbox stops at once, the attempt cancelled."""
    data = tmp_path / "data"
    data.write_text("a file in the way", encoding="utf-8")
    clock = FakeClock()
    delivery = Delivery(4, inbox=lambda: Inbox.open(data), sleep=clock.sleep)
    await delivery.open(Work(), None)
    await clock.until_sleeping()
    await asyncio.wait_for(delivery.stop(), 2)
    await asyncio.sleep(0)
    assert delivery._reopening is not None
    assert delivery._reopening.cancelled()


def test_open_writable_leaves_nothing_open_when_the_probe_fails(tmp_path: Path) -> None:
    """An inbox that opens but cannot be written is closed again and reported (StoreError)."""
    opened: list[FlakyInbox] = []

    def opener() -> FlakyInbox:
        opened.append(FlakyInbox.open(tmp_path))
        return opened[-1]

    FlakyInbox.broken = True
    try:
        with pytest.raises(StoreError):
            open_writable(opener)
    finally:
        FlakyInbox.broken = False
    with pytest.raises(Exception, match="closed"):
        opened[0].pending()
    inbox = open_writable(opener)
    assert inbox.pending() == []
    inbox.close()


@pytest.mark.slow
async def test_health_follows_the_inbox_back(api: FakeTelegram, tmp_path: Path) -> None:
    """`python -m bot run` with an unusable BOT_DATA_DIR: `health` says "but no inbox"; once the
    directory is usable the bot reopens its inbox by itself, `health` says plain ok, and the
    log says each once."""
    data = tmp_path / "data"
    data.write_text("a file in the way", encoding="utf-8")
    bot = await start_bot(api.base_url, tmp_path, log_level="INFO", BOT_DATA_DIR=str(data))
    try:
        await bot.wait_for_output(LOST)
        await bot.wait_for_output("polling as")
        code, line = await health(tmp_path)
        assert code == 0, line
        assert "but no inbox" in line
        data.unlink()
        await bot.wait_for_output(BACK, 20)
        async with asyncio.timeout(25):  # the next heartbeat (every 10 s)
            while "no inbox" in (line := (await health(tmp_path))[1]):  # noqa: ASYNC110 - a file, no event
                await asyncio.sleep(0.5)
        assert line.startswith("ok:"), line
        assert (data / "inbox.sqlite3").exists()
    finally:
        bot.process.send_signal(signal.SIGTERM)
    code, output = await bot.finish()
    assert code == 0, output[-3000:]
    assert output.count(LOST) == 1
    assert output.count(BACK) == 1
    assert "Traceback" not in output
