"""The fact base reads only regular files inside its directory, never more than the limit."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from bot.conversation.reload import snapshot
from bot.knowledge.files import UnsafeFileError, is_regular_inside, read_limited


def test_a_regular_file_inside_is_read(tmp_path: Path) -> None:
    """An ordinary file under the limit comes back whole."""
    (tmp_path / "facts.yaml").write_bytes(b"facts: []\n")
    assert read_limited(tmp_path / "facts.yaml", tmp_path, 100) == b"facts: []\n"


def test_a_symlink_inside_the_directory_is_followed(tmp_path: Path) -> None:
    """A link to another file of the knowledge directory is fine (a shared article)."""
    (tmp_path / "real.txt").write_bytes(b"text")
    (tmp_path / "link.txt").symlink_to(tmp_path / "real.txt")
    assert read_limited(tmp_path / "link.txt", tmp_path, 100) == b"text"


def test_a_symlink_leading_outside_is_refused(tmp_path: Path) -> None:
    """facts.yaml -> a file outside the directory is not read (its lines would be shown)."""
    secret = tmp_path / "secret"
    secret.write_bytes(b"root:x:0:0")
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "facts.yaml").symlink_to(secret)
    with pytest.raises(UnsafeFileError, match="outside the knowledge directory"):
        read_limited(knowledge / "facts.yaml", knowledge, 100)
    assert not is_regular_inside(knowledge / "facts.yaml", knowledge)


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    """Reading a FIFO returns at once with a clear error instead of blocking."""
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []

    def read() -> None:
        try:
            read_limited(fifo, tmp_path, 100)
        except BaseException as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=5)
    assert not reader.is_alive(), "reading a FIFO blocked"
    assert isinstance(outcome[0], UnsafeFileError)
    assert "not a regular file" in str(outcome[0])


def test_a_huge_sparse_file_is_refused_by_its_size_without_reading(tmp_path: Path) -> None:
    """A 1 GB sparse file is refused from its size alone."""
    huge = tmp_path / "facts.yaml"
    with huge.open("wb") as handle:
        handle.truncate(1 << 30)
    with pytest.raises(UnsafeFileError, match="1,073,741,824 bytes"):
        read_limited(huge, tmp_path, 1_000_000)


def test_symlink_loops_in_the_source_folder_do_not_recurse(tmp_path: Path) -> None:
    """Two links to '.' under source/ end the directory scan instead of recursing forever."""
    source = tmp_path / "source"
    source.mkdir()
    (source / "article.txt").write_text("text", encoding="utf-8")
    (source / "a").symlink_to(source)
    (source / "b").symlink_to(tmp_path)
    assert [entry[0] for entry in snapshot(tmp_path)] == ["source/article.txt"]
