"""The per-user limit on messages: more than N within a minute earns one "slow down" notice,
then silence until the minute has passed. Framework-free: the Telegram adapter asks
:meth:`UserRateLimit.check` for each message someone expects an answer to.
"""

from __future__ import annotations

import enum
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

#: Default messages a user may send within :data:`WINDOW_SECONDS` (BOT_USER_RATE_LIMIT).
DEFAULT_LIMIT = 20
#: The window the limit counts over; also how long a user who went over it is ignored.
WINDOW_SECONDS = 60.0
#: Users tracked before idle ones are forgotten (checked when a new user appears).
SWEEP_AT_USERS = 4096


class Verdict(enum.Enum):
    """What to do with a user's message."""

    #: Within the limit: answer it.
    ADMIT = "admit"
    #: The message that went over the limit: send the one "slow down" notice instead.
    NOTIFY = "notify"
    #: Over the limit and already told: ignore it.
    IGNORE = "ignore"


@dataclass(slots=True)
class _User:
    times: deque[float] = field(default_factory=deque)
    blocked_until: float = 0.0
    last_seen: float = 0.0


class UserRateLimit:
    """A sliding window per user: at most ``limit`` admitted messages within ``window`` seconds.

    The message after the ``limit``-th within a window gets :attr:`Verdict.NOTIFY`; from then on
    the user is ignored for ``window`` seconds (messages during that time do not extend it), after
    which they start afresh. ``limit`` 0 turns the limit off. Memory is bounded: users idle for
    longer than the window are forgotten once :data:`SWEEP_AT_USERS` are tracked.
    """

    def __init__(
        self,
        limit: int = DEFAULT_LIMIT,
        window: float = WINDOW_SECONDS,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._users: dict[int, _User] = {}

    def check(self, user_id: int) -> Verdict:
        """Count a message from ``user_id`` and say what to do with it."""
        if self.limit <= 0:
            return Verdict.ADMIT
        now = self._clock()
        user = self._users.get(user_id)
        if user is None:
            if len(self._users) >= SWEEP_AT_USERS:
                self._sweep(now)
            user = self._users[user_id] = _User()
        user.last_seen = now
        if now < user.blocked_until:
            return Verdict.IGNORE
        while user.times and user.times[0] <= now - self.window:
            user.times.popleft()
        if len(user.times) < self.limit:
            user.times.append(now)
            return Verdict.ADMIT
        user.blocked_until = now + self.window
        user.times.clear()
        return Verdict.NOTIFY

    def __len__(self) -> int:
        """Users currently tracked."""
        return len(self._users)

    def _sweep(self, now: float) -> None:
        idle = [
            uid
            for uid, user in self._users.items()
            if user.last_seen <= now - self.window and user.blocked_until <= now
        ]
        for uid in idle:
            del self._users[uid]
