"""The heartbeat behind `python -m bot health`: written atomically, read back, and judged
alive only when fresh and from a process that exists."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.ops.health import (
    STALE_AFTER_SECONDS,
    Heartbeat,
    check_health,
    heartbeat_path,
    pid_alive,
    read_heartbeat,
    remove_heartbeat,
    write_heartbeat,
)

NOW = 1_800_000_000.0


def alive(pid: int) -> bool:
    """Every process counts as running."""
    return True


def test_heartbeat_round_trips_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    """What is written is read back, in a directory created on demand, with nothing else left."""
    path = heartbeat_path(tmp_path / "cache")
    beat = Heartbeat(pid=42, mode="webhook", facts=22, time=NOW)
    write_heartbeat(path, beat)
    write_heartbeat(path, beat)
    assert read_heartbeat(path) == beat
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_fresh_heartbeat_of_a_live_process_is_healthy(tmp_path: Path) -> None:
    """A recent heartbeat from a running process is healthy, and the line says what runs."""
    path = heartbeat_path(tmp_path)
    write_heartbeat(path, Heartbeat(pid=42, mode="polling", facts=22, time=NOW - 4))
    assert check_health(path, now=NOW, alive=alive) == (
        True,
        "ok: polling, 22 facts, pid 42, heartbeat 4 s ago",
    )


def test_missing_heartbeat_is_unhealthy(tmp_path: Path) -> None:
    """No heartbeat file means no bot (or one with another cache directory)."""
    healthy, line = check_health(heartbeat_path(tmp_path), now=NOW, alive=alive)
    assert not healthy
    assert "not running" in line
    assert "BOT_CACHE_DIR" in line


def test_stale_heartbeat_is_unhealthy(tmp_path: Path) -> None:
    """A heartbeat older than STALE_AFTER_SECONDS means a stuck event loop."""
    path = heartbeat_path(tmp_path)
    write_heartbeat(path, Heartbeat(42, "polling", 22, NOW - STALE_AFTER_SECONDS - 1))
    healthy, line = check_health(path, now=NOW, alive=alive)
    assert not healthy
    assert "stuck" in line
    write_heartbeat(path, Heartbeat(42, "polling", 22, NOW - STALE_AFTER_SECONDS))
    assert check_health(path, now=NOW, alive=alive)[0]  # the limit itself is still fine


def test_heartbeat_of_a_dead_process_is_unhealthy(tmp_path: Path) -> None:
    """A fresh heartbeat left by a process that no longer exists is not health."""
    path = heartbeat_path(tmp_path)
    write_heartbeat(path, Heartbeat(42, "polling", 22, NOW))
    healthy, line = check_health(path, now=NOW, alive=lambda pid: False)
    assert not healthy
    assert line == "unhealthy: the bot (pid 42) is not running"


@pytest.mark.parametrize(
    "content", ["", "{", "[]", '{"pid": 1}', '{"pid": "x", "mode": "p", "facts": 1, "time": 1}']
)
def test_garbage_is_no_heartbeat(tmp_path: Path, content: str) -> None:
    """A file that is not a complete heartbeat reads as none (unhealthy), never an exception."""
    path = heartbeat_path(tmp_path)
    path.write_text(content, encoding="utf-8")
    assert read_heartbeat(path) is None
    assert not check_health(path, now=NOW, alive=alive)[0]


def test_remove_heartbeat_is_idempotent(tmp_path: Path) -> None:
    """Removing the heartbeat twice (or one that never existed) is fine."""
    path = heartbeat_path(tmp_path)
    write_heartbeat(path, Heartbeat(42, "polling", 22, NOW))
    remove_heartbeat(path)
    remove_heartbeat(path)
    assert not path.exists()


def test_pid_alive_tells_this_process_from_a_finished_one() -> None:
    """This process exists; the pid of a child that has exited and been reaped does not."""
    assert pid_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait()
    assert not pid_alive(child.pid)


def test_a_stalled_bot_is_unhealthy_and_a_problem_is_reported(tmp_path: Path) -> None:
    """Updates waiting with none handled for many polls: unhealthy (a restart may help). A
    problem the bot works around (no inbox on disk) is said, but healthy."""
    path = heartbeat_path(tmp_path)
    write_heartbeat(path, Heartbeat(pid=42, mode="polling", facts=22, time=NOW, stalled=True))
    healthy, line = check_health(path, now=NOW, alive=alive)
    assert not healthy
    assert "handled none" in line
    problem = "no inbox: cannot use /data: Read-only file system"
    write_heartbeat(path, Heartbeat(pid=42, mode="polling", facts=22, time=NOW, problem=problem))
    assert check_health(path, now=NOW, alive=alive) == (
        True,
        f"ok: polling, 22 facts, pid 42, heartbeat 0 s ago; but {problem}",
    )
