"""EngineConfig: every tuning constant in one frozen, documented record."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

from bot.engine import DEFAULT_CONFIG, EngineConfig

SOURCE = Path(__file__).resolve().parents[2] / "bot" / "engine" / "config.py"


def test_the_score_shares_sum_to_one() -> None:
    """The phrasing, vocabulary and fuzzy shares of a score add up to 1 (a perfect match is 100)."""
    config = DEFAULT_CONFIG
    assert config.share_phrasing + config.share_vocabulary + config.share_fuzzy == pytest.approx(1)


def test_the_configuration_cannot_be_changed_in_place() -> None:
    """An engine's configuration is frozen: a change is a new record (dataclasses.replace)."""
    with pytest.raises(dataclasses.FrozenInstanceError):
        DEFAULT_CONFIG.answer_threshold = 1.0  # type: ignore[misc]
    changed = dataclasses.replace(DEFAULT_CONFIG, answer_threshold=60.0)
    assert (changed.answer_threshold, DEFAULT_CONFIG.answer_threshold) == (60.0, 50.0)


def test_every_constant_is_documented() -> None:
    """Each field of EngineConfig is preceded by a ``#:`` comment (or shares the one of the
    field just above it), so every threshold says what it does."""
    lines = SOURCE.read_text(encoding="utf-8").splitlines()
    tree = ast.parse("\n".join(lines))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "EngineConfig")
    fields = [n for n in cls.body if isinstance(n, ast.AnnAssign)]
    assert {f.target.id for f in fields if isinstance(f.target, ast.Name)} == {
        f.name for f in dataclasses.fields(EngineConfig)
    }
    undocumented = []
    for field in fields:
        above = lines[field.lineno - 2].strip()
        if not (above.startswith("#:") or above.endswith(")") or ":" in above.split("=")[0]):
            undocumented.append(field.target.id if isinstance(field.target, ast.Name) else "?")
    assert undocumented == []
