"""The per-user message limit: a sliding window, one notice, then silence for the window."""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from bot.tg import abuse
from bot.tg.abuse import DEFAULT_LIMIT, WINDOW_SECONDS, UserRateLimit, Verdict


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_default_is_twenty_a_minute() -> None:
    """The documented default: 20 messages within 60 seconds."""
    assert (DEFAULT_LIMIT, WINDOW_SECONDS) == (20, 60.0)
    limit = UserRateLimit(clock=Clock())
    assert [limit.check(1) for _ in range(21)] == [Verdict.ADMIT] * 20 + [Verdict.NOTIFY]


def test_over_the_limit_one_notice_then_ignored_for_the_window() -> None:
    """The message past the limit gets the notice, later ones are ignored; after the window
    (counted from the notice, not extended by ignored messages) the user starts afresh."""
    clock = Clock()
    limit = UserRateLimit(3, 60, clock=clock)
    assert [limit.check(1) for _ in range(3)] == [Verdict.ADMIT] * 3
    assert limit.check(1) is Verdict.NOTIFY
    clock.now += 30
    assert limit.check(1) is Verdict.IGNORE
    clock.now += 29.9
    assert limit.check(1) is Verdict.IGNORE
    clock.now += 0.2
    assert [limit.check(1) for _ in range(4)] == [Verdict.ADMIT] * 3 + [Verdict.NOTIFY]


def test_the_window_slides() -> None:
    """Messages spread over more than the window never trip the limit."""
    clock = Clock()
    limit = UserRateLimit(3, 60, clock=clock)
    for _ in range(30):
        assert limit.check(1) is Verdict.ADMIT
        clock.now += 20.5


def test_users_are_counted_separately() -> None:
    """One user over the limit does not affect another."""
    clock = Clock()
    limit = UserRateLimit(2, 60, clock=clock)
    assert [limit.check(1) for _ in range(3)][-1] is Verdict.NOTIFY
    assert [limit.check(2) for _ in range(2)] == [Verdict.ADMIT] * 2


def test_zero_turns_the_limit_off() -> None:
    """BOT_USER_RATE_LIMIT=0: everything is admitted, nothing tracked."""
    limit = UserRateLimit(0, clock=Clock())
    assert all(limit.check(1) is Verdict.ADMIT for _ in range(1000))
    assert len(limit) == 0


def test_memory_is_bounded_by_forgetting_idle_users() -> None:
    """Users idle for longer than the window are forgotten once many are tracked."""
    clock = Clock()
    limit = UserRateLimit(3, 60, clock=clock)
    for uid in range(5000):
        limit.check(uid)
    clock.now += 61
    limit.check(-1)
    assert len(limit) == 1


class LineCounter:
    """Counts the Python lines executed in bot/tg/abuse.py (comprehensions included): work,
    independent of the machine's speed. Stops counting once ``budget`` is spent."""

    def __init__(self, budget: int) -> None:
        self.budget = budget
        self.lines = 0
        self._file = str(Path(abuse.__file__))

    def __call__(self, frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code.co_filename != self._file:
            return None
        if event == "line":
            self.lines += 1
        return self

    @property
    def spent(self) -> bool:
        return self.lines > self.budget


#: Lines of abuse.py one check may cost on average (a check is a dozen lines).
LINES_PER_CHECK = 40


@pytest.mark.slow
def test_forty_thousand_users_in_a_minute_cost_constant_work_each() -> None:
    """40,000 users within one minute (issue 14, row 13: the old sweep over every tracked user
    at each new one was quadratic, 45 s of event-loop CPU): each check costs a bounded number of
    lines, whatever the number of users, and the limit still holds for each of them."""
    clock = Clock()
    limit = UserRateLimit(3, 60, clock=clock)
    users = 40_000
    counter = LineCounter(budget=LINES_PER_CHECK * users * 2)
    checks = 0
    sys.settrace(counter)
    try:
        for uid in range(users):
            clock.now += 60 / users  # all within the minute
            limit.check(uid)
            limit.check(uid)
            checks += 2
            if counter.spent:
                break
    finally:
        sys.settrace(None)
    assert not counter.spent, f"{counter.lines} lines for {checks} checks"
    assert checks == 2 * users
    # Still limited: a user's 4th message in the minute is the notice, the 5th ignored.
    assert limit.check(users - 1) is Verdict.ADMIT
    assert limit.check(users - 1) is Verdict.NOTIFY
    assert limit.check(users - 1) is Verdict.IGNORE
    # The users of the first half-minute are forgotten once their minute has passed.
    clock.now += 30
    limit.check(-1)
    assert len(limit) <= users // 2 + 2


def test_a_flood_of_accounts_is_capped() -> None:
    """More active users than ``max_users``: the least recently seen are forgotten."""
    clock = Clock()
    limit = UserRateLimit(3, 60, clock=clock, max_users=100)
    for uid in range(250):
        limit.check(uid)
    assert len(limit) == 100
    for _ in range(3):
        limit.check(249)
    assert limit.check(249) is Verdict.IGNORE  # the most recent user's limit is kept
