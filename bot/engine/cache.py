"""A compiled-engine cache, so ``python -m bot ask`` starts in milliseconds.

Building an engine parses the YAML and normalizes every phrasing (stemming in pure Python),
which takes a few hundred milliseconds. The built engine is pickled under a key that
fingerprints everything it depends on — the bytes of every file of the knowledge directory, the
size and modification time of every source and data file of the layers it is made of — so any
edit to either builds afresh. Beside it, the code of its regular expressions
(:mod:`bot.lang.patterns`), so the next process need not compile them.

The cache is an optimisation only: when it can't be read or written (read-only disk, another
Python), the engine is built as usual. Pickles are loaded only from the user's own cache
directory (``BOT_CACHE_DIR``, else ``$XDG_CACHE_HOME/visit-bot``, else ``~/.cache/visit-bot``).
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import sys
import zlib
from collections.abc import Iterator, Mapping
from pathlib import Path

from bot.engine import Engine
from bot.knowledge.files import MAX_FILE_BYTES, read_limited
from bot.lang import patterns

#: Cache files kept at most (older ones are removed when a new one is written).
MAX_CACHE_FILES = 8


def default_cache_dir(environ: Mapping[str, str]) -> Path:
    """Where compiled engines are kept."""
    if environ.get("BOT_CACHE_DIR"):
        return Path(environ["BOT_CACHE_DIR"])
    base = environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "visit-bot"


def cache_key(knowledge_dir: Path) -> str:
    """A fingerprint of what a built engine depends on: the knowledge directory's files by their
    bytes, and the bot's own code and word lists by size and modification time, as Python's
    bytecode cache checks its sources (reading and hashing them all took most of the check).

    CRC-32 and Adler-32 (64 bits together) tell an edited file from the one before; nothing
    here needs a cryptographic hash, whose module (OpenSSL's) alone took 3 ms to import."""
    crc = zlib.crc32(sys.version.encode())
    adler = zlib.adler32(sys.version.encode())
    package = Path(__file__).resolve().parent.parent
    # A pickled engine holds objects of the layers below the conversation: their code and data.
    layers = [package / name for name in ("lang", "knowledge", "engine")]
    roots = [(layer, "**/*.py") for layer in layers]
    roots += [(package / "lang" / "data", "*"), (knowledge_dir, "*.y*ml")]
    files = [path for root, pattern in roots for path in sorted(root.glob(pattern))]
    files += (
        sorted((knowledge_dir / "source").glob("*")) if (knowledge_dir / "source").is_dir() else []
    )
    for path in files:
        if not path.is_file():
            continue
        if path.is_relative_to(knowledge_dir):
            # The editor's files are read as the loader reads them: inside the directory and
            # bounded, so a huge or hostile file fails here (no cache) instead of being read.
            data = read_limited(path, knowledge_dir, MAX_FILE_BYTES)
        else:
            status = path.stat()
            data = f"{status.st_size}:{status.st_mtime_ns}".encode()
        for part in (path.name.encode(), data):
            crc, adler = zlib.crc32(part, crc), zlib.adler32(part, adler)
    return f"{crc:08x}{adler:08x}"


def load_engine(knowledge_dir: Path, cache_dir: Path | None) -> Engine:
    """The engine for ``knowledge_dir``, from the cache when it is there (FactBaseError when the
    fact base is invalid)."""
    if cache_dir is None:
        return Engine.from_directory(knowledge_dir)
    try:
        key = cache_key(knowledge_dir)
    except OSError:
        return Engine.from_directory(knowledge_dir)
    path = cache_dir / f"engine-{key}.pickle"
    # Before unpickling: the engine holds patterns too.
    codes = _codes_path(path)
    has_codes = patterns.load_codes(codes)
    try:
        with path.open("rb") as fh, _collector_paused():
            engine = pickle.load(fh)  # noqa: S301 - our own file, named by a content hash
        if isinstance(engine, Engine):
            if not has_codes:
                patterns.save_codes(codes)
            return engine
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass
    engine = Engine.from_directory(knowledge_dir)
    try:
        unchanged = cache_key(knowledge_dir) == key
    except OSError:
        unchanged = False
    if unchanged:
        # Only when no file changed while the engine was built (an editor saving meanwhile):
        # otherwise the engine may not be the one the key names.
        _store(engine, path)
    return engine


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused: unpickling makes a few hundred thousand objects,
    none of them garbage, and the collections they would set off take as long again."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def store_engine(
    engine: Engine, knowledge_dir: Path, cache_dir: Path, *, read_as: str | None = None
) -> None:
    """Put a freshly built engine in the cache (``check`` does, so ``ask`` starts warm).

    ``read_as`` is the :func:`cache_key` taken before the files were read: when the files have
    changed since (an editor saved meanwhile), the engine is not stored under the new key.
    """
    try:
        key = cache_key(knowledge_dir)
    except OSError:
        return
    if read_as is not None and key != read_as:
        return
    _store(engine, cache_dir / f"engine-{key}.pickle")


def _store(engine: Engine, path: Path) -> None:
    """Write atomically (temp file + rename), then trim old cache files; never fail."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile  # only when writing: loading a cached engine starts without it

        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as tmp:
            pickle.dump(engine, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
        patterns.save_codes(_codes_path(path))
        old = sorted(path.parent.glob("engine-*.pickle"), key=lambda p: p.stat().st_mtime)
        for stale in old[:-MAX_CACHE_FILES]:
            stale.unlink(missing_ok=True)
            _codes_path(stale).unlink(missing_ok=True)
    except OSError:
        return


def _codes_path(engine_path: Path) -> Path:
    """Where the compiled regular expressions of the process that wrote ``engine_path`` are kept
    (:mod:`bot.lang.patterns`)."""
    return engine_path.with_name(engine_path.name.replace("engine-", "patterns-", 1)).with_suffix(
        ".marshal"
    )
