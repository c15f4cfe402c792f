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
from hypothesis import settings
from paths import KNOWLEDGE, SMALL

from bot.engine import Engine
from bot.engine.cache import load_engine
from bot.knowledge.loader import load_fact_base
from bot.knowledge.model import FactBase

# Property tests check what the code does, not how fast: Hypothesis's default 200 ms deadline
# per example is a wall-clock bound that a loaded 2-core machine can break.
settings.register_profile("no-deadline", deadline=None)
settings.load_profile("no-deadline")


def _engine_cache(config: pytest.Config) -> Path | None:
    """Where the session's engines are kept between runs: the bot's own compiled-engine cache
    (keyed by the fact base's files and the source of every layer it pickles, so never stale),
    in pytest's cache directory; None when pytest runs without one."""
    cache = getattr(config, "cache", None)
    return None if cache is None else Path(cache.mkdir("visit-bot-engines"))


@pytest.fixture(scope="session")
def base() -> FactBase:
    """The shipped fact base, loaded once (for property tests only)."""
    return load_fact_base(KNOWLEDGE)


@pytest.fixture(scope="session")
def engine(pytestconfig: pytest.Config) -> Engine:
    """An engine over the shipped fact base, built once (for property tests only)."""
    return load_engine(KNOWLEDGE, _engine_cache(pytestconfig))


@pytest.fixture
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped knowledge directory."""
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, target)
    return target


@pytest.fixture(scope="session")
def small_engine(pytestconfig: pytest.Config) -> Engine:
    """An engine over the small fixture fact base, built once."""
    return load_engine(SMALL, _engine_cache(pytestconfig))


@pytest.fixture(scope="session")
def small_base(small_engine: Engine) -> FactBase:
    """The small fixture fact base (the very one small_engine answers from)."""
    return small_engine.base


@pytest.fixture
def small_copy(tmp_path: Path) -> Path:
    """A writable copy of the small fixture fact base."""
    target = tmp_path / "knowledge"
    shutil.copytree(SMALL, target)
    return target
