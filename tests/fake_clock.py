"""Virtual time for code that takes a ``clock`` and a ``sleep`` (the flood limiter, the fact-base
watcher): tests of waits and schedules run in no real time and assert exact times, instead of
sleeping and bounding the wall clock."""

from __future__ import annotations

import asyncio
import heapq
from collections.abc import Awaitable
from typing import TypeVar

T = TypeVar("T")

#: Event-loop turns that count as "everything that can run has run".
SETTLE_TURNS = 20


async def settle() -> None:
    """Let every task that is ready run until it waits again."""
    for _ in range(SETTLE_TURNS):
        await asyncio.sleep(0)


class FakeClock:
    """A monotonic clock that stands still until the test moves it.

    Pass the clock itself as ``clock`` and :meth:`sleep` as ``sleep``. A sleeper wakes when
    :meth:`advance` moves the time past its end (plus ``oversleep``, to play a late wake-up);
    :meth:`run` awaits something in virtual time, jumping to the next wake-up whenever every
    task is waiting. Each sleep asked for is kept in ``sleeps``.
    """

    def __init__(self, start: float = 1000.0, *, oversleep: float = 0.0) -> None:
        self.now = start
        self.oversleep = oversleep
        self.sleeps: list[float] = []
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = 0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Wait until the virtual time has moved on by ``seconds`` (+ oversleep)."""
        self.sleeps.append(seconds)
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        woken = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + seconds + self.oversleep, self._order, woken))
        self._order += 1
        await woken

    def _wake_next(self) -> None:
        at, _, woken = heapq.heappop(self._sleepers)
        self.now = max(self.now, at)
        if not woken.done():  # a sleeper cancelled meanwhile is skipped
            woken.set_result(None)

    async def advance(self, seconds: float) -> None:
        """Move the time on by ``seconds``, waking each sleeper due by then at its own time."""
        end = self.now + seconds
        while self._sleepers and self._sleepers[0][0] <= end:
            self._wake_next()
            await settle()
        self.now = end
        await settle()

    async def until_sleeping(self, count: int = 1, seconds: float = 30.0) -> None:
        """Wait (in real time, at most ``seconds``) until ``count`` tasks sleep on this clock:
        for code that also waits for something real, such as a worker thread."""
        async with asyncio.timeout(seconds):
            # Polling: a worker thread sets no event this clock could wait on.
            while sum(not woken.done() for *_, woken in self._sleepers) < count:  # noqa: ASYNC110
                await asyncio.sleep(0.001)

    async def run(self, awaitable: Awaitable[T]) -> T:
        """Await ``awaitable``, moving the time to the next wake-up whenever all tasks wait."""
        task = asyncio.ensure_future(awaitable)
        while not task.done():
            await settle()
            if task.done():
                break
            if self._sleepers:
                self._wake_next()
            else:
                await asyncio.sleep(0.001)  # waiting for something real (a worker thread)
        return task.result()
