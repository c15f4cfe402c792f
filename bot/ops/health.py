"""Liveness for ``python -m bot health`` (the Docker image's HEALTHCHECK).

The running bot writes a small heartbeat file every :data:`HEARTBEAT_SECONDS` from its event
loop; ``health`` reads it and says whether the bot is alive. A heartbeat means more than "the
process exists": it is written only by a bot that has loaded its fact base and whose event loop
is turning, so a wedged loop or a dead process stops it, and it goes away on a clean stop.

Why not re-validate ``knowledge/`` instead: an edit in progress (or a broken one, which live
reload refuses while the bot keeps answering from the last good base) would then report a
serving bot as sick, and an orchestrator restarting it would turn a typo into an outage. The
fact base on disk is ``python -m bot check``'s business.

Pure file handling, no Telegram: ``health`` starts in milliseconds.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

#: The heartbeat's file name, in the cache directory (BOT_CACHE_DIR).
HEARTBEAT_FILE = "heartbeat.json"
#: How often the running bot rewrites its heartbeat, in seconds.
HEARTBEAT_SECONDS = 10.0
#: A heartbeat older than this means the bot is stuck or gone: six missed beats, so a burst of
#: work or a slow disk never counts as ill health.
STALE_AFTER_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class Heartbeat:
    """What the running bot says about itself."""

    pid: int
    #: "polling" or "webhook".
    mode: str
    #: Facts in the fact base it answers from.
    facts: int
    #: When it was written (seconds since the epoch).
    time: float
    #: Something the bot works around (e.g. its data directory is unusable: it answers without
    #: records); reported, but healthy.
    problem: str | None = None
    #: Updates wait, yet none has been handled for many polls: unhealthy.
    stalled: bool = False


def heartbeat_path(cache_dir: Path) -> Path:
    """Where the bot that uses ``cache_dir`` keeps its heartbeat."""
    return cache_dir / HEARTBEAT_FILE


def write_heartbeat(path: Path, beat: Heartbeat) -> None:
    """Write ``beat`` atomically (temp file + rename): a reader never sees half of it.

    Raises OSError when the directory is not writable; the caller decides what that means.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", dir=path.parent, prefix=".heartbeat-", delete=False, encoding="utf-8"
    ) as tmp:
        json.dump(asdict(beat), tmp)
    os.replace(tmp.name, path)


def remove_heartbeat(path: Path) -> None:
    """Remove the heartbeat on a clean stop, so ``health`` says at once that the bot is gone."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return


def read_heartbeat(path: Path) -> Heartbeat | None:
    """The heartbeat in ``path``, or None when there is none or it is not one."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        beat = Heartbeat(
            pid=int(data["pid"]),
            mode=str(data["mode"]),
            facts=int(data["facts"]),
            time=float(data["time"]),
            problem=None if data.get("problem") is None else str(data["problem"]),
            stalled=bool(data.get("stalled", False)),
        )
    except (OSError, ValueError, TypeError, KeyError):
        return None
    return beat


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists (signal 0 checks without sending anything)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, under another user
    return True


def check_health(
    path: Path,
    *,
    now: float,
    alive: Callable[[int], bool] = pid_alive,
    stale_after: float = STALE_AFTER_SECONDS,
) -> tuple[bool, str]:
    """(healthy?, one line saying why) for the heartbeat in ``path`` at time ``now``."""
    beat = read_heartbeat(path)
    if beat is None:
        return False, (
            f"unhealthy: no heartbeat in {path}: the bot is not running "
            "(or runs with another BOT_CACHE_DIR)"
        )
    age = max(0.0, now - beat.time)
    if not alive(beat.pid):
        return False, f"unhealthy: the bot (pid {beat.pid}) is not running"
    if age > stale_after:
        return False, (
            f"unhealthy: the bot (pid {beat.pid}) last wrote its heartbeat {age:.0f} s ago "
            f"(more than {stale_after:.0f} s): it is stuck"
        )
    if beat.stalled:
        return False, (
            f"unhealthy: the bot (pid {beat.pid}) has updates waiting but has handled none "
            "for many polls"
        )
    line = f"ok: {beat.mode}, {beat.facts} facts, pid {beat.pid}, heartbeat {age:.0f} s ago"
    if beat.problem:
        line += f"; but {beat.problem}"
    return True, line
