"""Hostile fact-base files through `python -m bot check`: each is one clear problem naming the
file, exit 1, no traceback, within seconds — however big, deep or strange the file; and in a
running bot (live reload) each is refused within seconds while the last good base stays."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.conversation.catalog import Catalog
from bot.conversation.reload import Reloader
from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
#: "Quickly": the whole `check` run, Python start-up included, within this many seconds.
#: Generous (a loaded 2-core machine); what it rules out is a hang or a file expanded in memory.
SECONDS = 20.0


def alias_bomb(path: Path) -> None:
    """A 'billion laughs': 9 levels of 9 aliases each."""
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join(f'*a{i - 1}' for _ in range(9))}]" for i in range(1, 10)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def deep_flow(path: Path) -> None:
    """100,000 nested flow sequences: [[[[…]]]]."""
    path.write_text("facts: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")


def deep_mappings(path: Path) -> None:
    """5,000 nested flow mappings: {a: {a: …}}."""
    path.write_text("facts: " + "{a: " * 5_000 + "1" + "}" * 5_000 + "\n", encoding="utf-8")


def deep_blocks(path: Path) -> None:
    """Block mappings indented 400 levels deep."""
    path.write_text(
        "facts:\n" + "".join("  " * i + "a:\n" for i in range(1, 400)), encoding="utf-8"
    )


def fifty_megabytes(path: Path) -> None:
    """A 50 MB YAML file (one long comment)."""
    with path.open("w", encoding="utf-8") as out:
        out.write("# ")
        chunk = "x" * 1_000_000
        for _ in range(50):
            out.write(chunk)
        out.write("\n")


def binary(path: Path) -> None:
    """Random bytes, NULs included."""
    path.write_bytes(os.urandom(4096) + b"\x00" * 100)


def latin1(path: Path) -> None:
    """Text that is not UTF-8."""
    path.write_bytes(b"popular:\n  - caf\xe9 au lait?\n")


def python_object(path: Path) -> None:
    """A tag that would construct a Python object (and run a command)."""
    path.write_text("facts:\n  - !!python/object/apply:os.system ['echo pwned']\n", "utf-8")


def huge_article(path: Path) -> None:
    """A 50 MB article."""
    article = path.parent / "source" / "article.txt"
    article.write_text("word " * 10_000_000, encoding="utf-8")


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "alias bomb": (alias_bomb, "aliases"),
    "deep flow nesting": (deep_flow, "nesting"),
    "deep mapping nesting": (deep_mappings, "nesting"),
    "deep block nesting": (deep_blocks, "nested too deeply"),
    "50 MB file": (fifty_megabytes, "the limit is 1,000,000"),
    "binary content": (binary, "hostile.yaml"),
    "not UTF-8": (latin1, "not UTF-8"),
    "object-constructing tag": (python_object, "not allowed"),
    "50 MB article": (huge_article, "article.txt: file is 50,000,000 bytes"),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_file_is_a_clear_problem_within_seconds(
    case: str, small_copy: Path, tmp_path: Path
) -> None:
    """`check` names the file and the problem, exits 1, prints no traceback, in seconds."""
    make, expected = HOSTILE[case]
    make(small_copy / "hostile.yaml")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "bot", "check", str(small_copy)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=60,
        check=False,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "BOT_CACHE_DIR": str(tmp_path)},
    )
    elapsed = time.monotonic() - started
    output = result.stdout + result.stderr
    assert result.returncode == 1, output[-2000:]
    assert "Traceback" not in output
    assert expected in output, output[-2000:]
    assert len(output) < 10_000, "one clear problem, not a flood"
    assert elapsed < SECONDS, f"{elapsed:.1f}s"


@pytest.mark.parametrize("case", list(HOSTILE))
async def test_hostile_file_in_a_running_bot_keeps_the_last_good_base(
    case: str, small_copy: Path, small_engine: Engine, tmp_path: Path
) -> None:
    """Reloading a base with the hostile file: refused with the problem, nothing published."""
    published: list[Catalog] = []
    reloader = Reloader(
        small_copy, Catalog(small_engine), published.append, cache_dir=tmp_path / "cache"
    )
    make, expected = HOSTILE[case]
    make(small_copy / "hostile.yaml")
    started = time.monotonic()
    report = await reloader.reload()
    assert time.monotonic() - started < SECONDS
    assert not report.ok
    assert expected in report.text(), report.text()
    assert published == []
    assert reloader.catalog.engine is small_engine
