"""The compiled-engine cache (bot/engine/cache.py)."""

from __future__ import annotations

import gc
import pickle
from pathlib import Path

import pytest
from paths import SMALL

from bot.engine import Engine, cache


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_a_cached_engine_pauses_the_collector_and_restores_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, enabled: bool
) -> None:
    """Unpickling runs with the cyclic collector off (its collections over objects that all
    live would take as long again), and the collector is left as it was found."""
    cache.load_engine(SMALL, tmp_path)  # builds and stores the engine
    seen: list[bool] = []
    real_load = pickle.load

    def spying_load(fh: object) -> object:
        seen.append(gc.isenabled())
        return real_load(fh)  # type: ignore[arg-type]

    monkeypatch.setattr(cache.pickle, "load", spying_load)
    was = gc.isenabled()
    try:
        if not enabled:
            gc.disable()
        engine = cache.load_engine(SMALL, tmp_path)
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()
    assert isinstance(engine, Engine)
    assert seen == [False]


def test_the_patterns_code_is_stored_beside_the_engine_and_used_by_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the cache also stores the compiled patterns; loading it loads them again, and
    a store that went missing is written by the next start."""
    from bot.lang import patterns

    cache.load_engine(SMALL, tmp_path)
    (store,) = tmp_path.glob("patterns-*.marshal")
    (engine_file,) = tmp_path.glob("engine-*.pickle")
    assert store.name.removeprefix("patterns-").removesuffix(".marshal") in engine_file.name
    loaded: list[Path] = []
    real_load = patterns.load_codes

    def spying_load(path: Path) -> bool:
        loaded.append(path)
        return real_load(path)

    monkeypatch.setattr(patterns, "load_codes", spying_load)
    cache.load_engine(SMALL, tmp_path)
    assert loaded == [store]
    store.unlink()
    cache.load_engine(SMALL, tmp_path)
    assert store.exists()


def test_old_patterns_stores_go_with_their_engines(tmp_path: Path) -> None:
    """Trimming the cache removes an old engine's patterns store with it."""
    for i in range(cache.MAX_CACHE_FILES + 1):
        stale = tmp_path / f"engine-old{i:02d}.pickle"
        stale.write_bytes(b"x")
        (tmp_path / f"patterns-old{i:02d}.marshal").write_bytes(b"x")
    cache.load_engine(SMALL, tmp_path)
    engines = sorted(p.name for p in tmp_path.glob("engine-*.pickle"))
    stores = sorted(p.name for p in tmp_path.glob("patterns-*.marshal"))
    assert len(engines) == cache.MAX_CACHE_FILES
    assert [e.replace("engine-", "patterns-").replace(".pickle", ".marshal") for e in engines] == (
        stores
    )


def test_the_key_changes_with_a_knowledge_file_and_with_the_bot_s_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An edit of a knowledge file (its bytes) or a change to one of the bot's source files
    (its size or modification time) gives a new key; nothing changed, the same key."""
    import os
    import shutil

    knowledge = tmp_path / "knowledge"
    shutil.copytree(SMALL, knowledge)
    first = cache.cache_key(knowledge)
    assert cache.cache_key(knowledge) == first
    facts = next(knowledge.glob("*.yaml"))
    content = facts.read_bytes()
    facts.write_bytes(content.replace(b"e", b"a", 1))  # same size, other bytes
    assert cache.cache_key(knowledge) != first
    facts.write_bytes(content)
    assert cache.cache_key(knowledge) == first
    source = Path(cache.__file__)
    status = source.stat()
    try:
        os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))
        assert cache.cache_key(knowledge) != first
    finally:
        os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert cache.cache_key(knowledge) == first
