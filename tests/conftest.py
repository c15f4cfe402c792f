"""Shared fixtures: the shipped fact base, and editable copies of it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.knowledge.loader import load_fact_base
from bot.knowledge.model import FactBase

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"


@pytest.fixture(scope="session")
def base() -> FactBase:
    """The shipped fact base, loaded once."""
    return load_fact_base(KNOWLEDGE)


@pytest.fixture(scope="session")
def engine(base: FactBase) -> Engine:
    """An engine over the shipped fact base, built once."""
    return Engine(base)


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge directory."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target
