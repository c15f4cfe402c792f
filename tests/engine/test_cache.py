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
