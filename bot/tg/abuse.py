"""The per-user limit on messages: more than N within a minute earns one "slow down" notice,
then silence until the minute has passed. Framework-free: the Telegram adapter asks
:meth:`UserRateLimit.check` for each message someone expects an answer to.
"""

from __future__ import annotations

import enum
import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

#: Default messages a user may send within :data:`WINDOW_SECONDS` (BOT_USER_RATE_LIMIT).
DEFAULT_LIMIT = 20
#: The window the limit counts over; also how long a user who went over it is ignored.
WINDOW_SECONDS = 60.0
#: Users tracked at most. Users idle for a whole window are forgotten anyway; past this many
#: active ones (a flood of accounts), the least recently seen is forgotten too.
MAX_TRACKED_USERS = 200_000

log = logging.getLogger(__name__)


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


class UserRateLimit:
    """A sliding window per user: at most ``limit`` admitted messages within ``window`` seconds.

    The message after the ``limit``-th within a window gets :attr:`Verdict.NOTIFY`; from then on
    the user is ignored for ``window`` seconds (messages during that time do not extend it), after
    which they start afresh. ``limit`` 0 turns the limit off.

    Each :meth:`check` costs O(1) (amortized) whatever the number of users: users are kept in
    the order they were last seen, so those idle for a whole window are dropped from the front
    (a user ignored until ``t + window`` was last seen at ``t`` or later, so nothing is lost).
    Memory is bounded by the users seen within one window, and by :data:`MAX_TRACKED_USERS`.
    """

    def __init__(
        self,
        limit: int = DEFAULT_LIMIT,
        window: float = WINDOW_SECONDS,
        *,
        clock: Callable[[], float] = time.monotonic,
        max_users: int = MAX_TRACKED_USERS,
    ) -> None:
        self.limit = limit
        self.window = window
        self.max_users = max_users
        self._clock = clock
        # user id -> state, least recently seen first; with the time each was last seen.
        self._users: OrderedDict[int, tuple[float, _User]] = OrderedDict()
        self._warned = False

    def check(self, user_id: int) -> Verdict:
        """Count a message from ``user_id`` and say what to do with it."""
        if self.limit <= 0:
            return Verdict.ADMIT
        now = self._clock()
        self._forget_idle(now)
        seen = self._users.pop(user_id, None)
        user = seen[1] if seen is not None else _User()
        self._users[user_id] = (now, user)  # now the most recently seen
        if now < user.blocked_until:
            return Verdict.IGNORE
        times = user.times
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(now)
            return Verdict.ADMIT
        user.blocked_until = now + self.window
        times.clear()
        return Verdict.NOTIFY

    def __len__(self) -> int:
        """Users currently tracked."""
        return len(self._users)

    def _forget_idle(self, now: float) -> None:
        """Drop users not seen for a whole window (from the front: each user once), and the
        least recently seen beyond :attr:`max_users`."""
        users = self._users
        idle_since = now - self.window
        while users:
            user_id, (last_seen, _) = next(iter(users.items()))
            if last_seen > idle_since and len(users) < self.max_users:
                break
            if last_seen > idle_since and not self._warned:
                log.warning(
                    "more than %d users within %gs: forgetting the least recent ones' limits",
                    self.max_users,
                    self.window,
                )
                self._warned = True
            del users[user_id]
