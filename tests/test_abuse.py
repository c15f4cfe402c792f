"""The per-user message limit: a sliding window, one notice, then silence for the window."""

from __future__ import annotations

from bot.tg.abuse import DEFAULT_LIMIT, SWEEP_AT_USERS, WINDOW_SECONDS, UserRateLimit, Verdict


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
    for uid in range(SWEEP_AT_USERS):
        limit.check(uid)
    clock.now += 61
    limit.check(-1)
    assert len(limit) == 1
