"""Shared fixtures: the small fixture fact base the tests rely on, and the shipped one.

Tests of behaviour use ``small_base``/``small_engine``/``small_copy``: tests/fixtures/visit_small,
a few facts and gaps carved out of the article once and owned by the tests, so that an editor's
work on knowledge/ never changes what they see. The shipped knowledge/ (``base``, ``engine``,
``knowledge_copy``) is for tests of properties that must hold whatever the editor adds (see
test_shipped_knowledge.py): never its counts, ids or sentences.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from paths import KNOWLEDGE, SMALL

from bot.engine.matcher import Engine
from bot.knowledge.loader import load_fact_base
from bot.knowledge.model import FactBase


@pytest.fixture(scope="session")
def base() -> FactBase:
    """The shipped fact base, loaded once (for property tests only)."""
    return load_fact_base(KNOWLEDGE)


@pytest.fixture(scope="session")
def engine(base: FactBase) -> Engine:
    """An engine over the shipped fact base, built once (for property tests only)."""
    return Engine(base)


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge directory."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(scope="session")
def small_base() -> FactBase:
    """The small fixture fact base, loaded once."""
    return load_fact_base(SMALL)


@pytest.fixture(scope="session")
def small_engine(small_base: FactBase) -> Engine:
    """An engine over the small fixture fact base, built once."""
    return Engine(small_base)


@pytest.fixture
def small_copy(tmp_path: Path) -> Path:
    """A writable copy of the small fixture fact base."""
    target = tmp_path / "knowledge"
    shutil.copytree(SMALL, target)
    return target
