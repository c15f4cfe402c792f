"""Live reload: the running bot takes in edits of the fact base, and keeps the last good one.

:class:`Reloader` looks at the knowledge directory every ``poll_seconds`` (the names, sizes
and modification times of the files the loader reads: a few ``stat`` calls, no busy loop).
When they change it waits until they have stayed unchanged for ``settle_seconds``, so a save in
progress is not read half-written; then it builds the whole new fact base off the event loop
(a worker thread: validation and indexing take about half a second), and if the files did not
change meanwhile, either

- swaps it in with one call of ``publish`` (the Telegram adapter replaces the Catalog in
  ``bot_data``, which each update reads once) and logs ``fact base reloaded: N facts``; or
- when the edit is invalid, changes nothing — the bot keeps answering from the last good base
  — logs every problem as ``file:line: message``, and tells ``notify`` (the admins), once per
  distinct set of problems. Fixing the files brings the new base in (and says so).

The editor's regression questions (``checks.yaml``) are asked too; one answered differently
refuses the new base like an invalid file (the admins are told), so neither a careless edit nor
a save that went wrong half-way goes live.

Framework-free: ``publish`` and ``notify`` are plain callables.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path

from bot.conversation.catalog import Catalog
from bot.engine.cache import load_engine
from bot.engine.checks import check_failures
from bot.knowledge.problems import FactBaseError

log = logging.getLogger(__name__)

#: Seconds between two looks at the knowledge directory.
POLL_SECONDS = 1.0
#: Poll intervals the files must stay unchanged before they are read, so that an edit saved in
#: parts is read whole: with 1 s polls, a file written in two parts up to 4 s apart (an editor's
#: save, then a second save that completes it) is read once, complete; an edit goes live about
#: 5–6 s after its last save.
SETTLE_POLLS = 5
#: Problems listed in a message to the admins at most (all are logged).
MAX_PROBLEMS_SHOWN = 20

#: A directory's state: (relative path, size, modification time in ns, inode) of each file
#: read. The inode tells an editor's save by rename even within one clock tick.
Snapshot = tuple[tuple[str, int, int, int], ...]


def snapshot(directory: Path) -> Snapshot:
    """The files of a knowledge directory that the loader reads: ``*.yaml``/``*.yml`` at the
    top, and everything under ``source/`` (hidden files and editors' ``~`` backups aside)."""
    entries: list[tuple[str, int, int, int]] = []

    def visit(folder: Path, prefix: str, recurse: bool) -> None:
        try:
            with os.scandir(folder) as it:
                items = list(it)
        except OSError:
            return
        for item in items:
            name = item.name
            if name.startswith(".") or name.endswith("~"):
                continue
            try:
                # Symbolic links to folders are not followed: two links to "." would recurse
                # without end.
                if item.is_dir(follow_symlinks=False):
                    if recurse or name == "source":
                        visit(Path(item.path), f"{prefix}{name}/", True)
                    continue
                if not item.is_file() or (not recurse and not name.endswith((".yaml", ".yml"))):
                    continue
                info = item.stat()
            except OSError:
                continue
            entries.append((prefix + name, info.st_size, info.st_mtime_ns, info.st_ino))

    visit(directory, "", False)
    return tuple(sorted(entries))


@dataclass(frozen=True, slots=True)
class ReloadReport:
    """What a reload did."""

    #: True when the new base was swapped in.
    ok: bool
    #: Facts the bot answers from now (the new base's, or the kept one's).
    facts: int
    #: Why the new base was refused, each as ``file:line: message``: invalid files, or the
    #: editor's regression questions (checks.yaml) now answered differently.
    problems: tuple[str, ...] = ()
    #: True for a successful reload after a failed one (the admins were told of the failure).
    recovered: bool = False

    @property
    def summary(self) -> str:
        """One line: ``fact base reloaded: N facts``, or why not."""
        if self.ok:
            return f"fact base reloaded: {self.facts} facts"
        return (
            f"fact base NOT reloaded: {len(self.problems)} problem(s); "
            f"still answering from the last good base ({self.facts} facts)"
        )

    def text(self) -> str:
        """The summary, then the problems (at most MAX_PROBLEMS_SHOWN)."""
        lines = [self.summary, *self.problems[:MAX_PROBLEMS_SHOWN]]
        if len(self.problems) > MAX_PROBLEMS_SHOWN:
            lines.append(f"…and {len(self.problems) - MAX_PROBLEMS_SHOWN} more (see the log)")
        return "\n".join(lines)


#: Builds a Catalog from a directory (raising FactBaseError), with its check failures.
Builder = Callable[[Path], tuple[Catalog, list[str]]]
Notify = Callable[[ReloadReport], Awaitable[None]]


def build_catalog(directory: Path, cache_dir: Path | None = None) -> tuple[Catalog, list[str]]:
    """Load, validate and index the fact base in ``directory``; ask its regression questions."""
    engine = load_engine(directory, cache_dir)
    return Catalog(engine), check_failures(engine)


class Reloader:
    """Keeps the bot's Catalog in step with the knowledge directory (see the module docstring).

    ``publish`` is called with each new Catalog, on the event loop; ``notify`` (optional) is
    awaited with the report of a failed reload (once per distinct failure) and of the
    successful one that follows it.
    """

    def __init__(
        self,
        directory: Path,
        catalog: Catalog,
        publish: Callable[[Catalog], None],
        *,
        notify: Notify | None = None,
        cache_dir: Path | None = None,
        poll_seconds: float = POLL_SECONDS,
        settle_seconds: float | None = None,
        builder: Builder | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.directory = directory
        self.catalog = catalog
        self._publish = publish
        self._notify = notify
        self._cache_dir = cache_dir
        self.poll_seconds = poll_seconds
        #: SETTLE_POLLS poll intervals by default: 5 s with the usual 1 s polls.
        self.settle_seconds = (
            SETTLE_POLLS * poll_seconds if settle_seconds is None else settle_seconds
        )
        self._builder = builder
        #: Where the time comes from and how to wait (a fake clock in tests).
        self._clock = clock
        self._sleep = sleep
        self._lock = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        #: The files as they were when last read (or at start): changes are looked for from here.
        self._seen = snapshot(directory)
        #: Files seen changed and not yet read, and since when they have looked like that.
        self._pending: Snapshot | None = None
        self._pending_since = 0.0
        #: The problems of the last failed reload (None after a success): to tell them once.
        self._failure: tuple[str, ...] | None = None

    def _build(self) -> tuple[Catalog, list[str]]:
        if self._builder is not None:
            return self._builder(self.directory)
        return build_catalog(self.directory, self._cache_dir)

    # ----------------------------------------------------------------------------------------
    # Reloading
    # ----------------------------------------------------------------------------------------

    async def reload(self) -> ReloadReport:
        """Reload now (the /reload command): build, validate, swap in or keep the old base."""
        async with self._lock:
            before = await asyncio.to_thread(snapshot, self.directory)
            report = self._apply(*await self._load())
            # The one who asked sees the report; a watcher's later failure is told afresh only
            # when it differs.
            self._failure = None if report.ok else report.problems
            self._seen, self._pending = before, None
            return report

    async def _load(self) -> tuple[Catalog | None, tuple[str, ...]]:
        """(the new Catalog, or None with the problems that refuse it), built off the loop.

        A base whose regression questions (checks.yaml) are answered otherwise than expected is
        refused like an invalid one: a half-saved file or a careless edit must not go live."""
        try:
            catalog, failed_checks = await asyncio.to_thread(self._build)
        except FactBaseError as exc:
            return None, tuple(str(p) for p in exc.problems)
        except Exception as exc:  # a reload must never take the bot down
            log.exception("reloading the fact base failed")
            return None, (f"{self.directory}: cannot load the fact base: {exc}",)
        if failed_checks:
            return None, tuple(failed_checks)
        return catalog, ()

    def _apply(self, catalog: Catalog | None, problems: tuple[str, ...]) -> ReloadReport:
        """Swap ``catalog`` in (one reference swap: the next update sees it) or keep the old."""
        if catalog is None:
            report = ReloadReport(False, len(self.catalog.base.facts), problems=problems)
            for problem in problems:
                log.warning("%s", problem)
            log.error("%s", report.summary)
            return report
        self.catalog = catalog
        self._publish(catalog)
        report = ReloadReport(True, len(catalog.base.facts), recovered=self._failure is not None)
        log.info("fact base reloaded: %d facts", report.facts)
        return report

    async def _tell(self, report: ReloadReport) -> None:
        """Notify the admins of a new failure, or of the success that ends one."""
        if report.ok:
            should = report.recovered
            self._failure = None
        else:
            should = report.problems != self._failure
            self._failure = report.problems
        if should and self._notify is not None:
            try:
                await self._notify(report)
            except Exception:
                log.warning("could not tell the admins about the reload", exc_info=True)

    # ----------------------------------------------------------------------------------------
    # Watching
    # ----------------------------------------------------------------------------------------

    async def poll(self) -> ReloadReport | None:
        """One look at the directory; the report when that led to a reload attempt."""
        current = await asyncio.to_thread(snapshot, self.directory)
        now = self._clock()
        if current == self._seen:
            self._pending = None
            return None
        if current != self._pending:
            # Changed (again): wait until it has stayed like this for settle_seconds.
            self._pending, self._pending_since = current, now
            return None
        if now - self._pending_since < self.settle_seconds:
            return None
        async with self._lock:
            if current == self._seen:  # a /reload read these files meanwhile
                self._pending = None
                return None
            loaded = await self._load()
            after = await asyncio.to_thread(snapshot, self.directory)
            if after != current:
                # Saved again while being read: what was read may be half of a save. Use
                # none of it; look again once the files settle.
                self._pending, self._pending_since = after, self._clock()
                return None
            report = self._apply(*loaded)
            self._seen, self._pending = current, None
            await self._tell(report)
            return report

    async def watch(self) -> None:
        """Poll every ``poll_seconds`` until cancelled."""
        while True:
            await self._sleep(self.poll_seconds)
            try:
                await self.poll()
            except Exception:  # keep watching whatever happens
                log.exception("watching the fact base failed")

    def start(self) -> None:
        """Start watching in a background task (on the running loop)."""
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(
                self.watch(), name="fact-base-watcher"
            )

    async def stop(self) -> None:
        """Stop watching."""
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
