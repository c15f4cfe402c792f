"""Accept a review group: add its questions to a fact or gap, keeping the file as written.

The phrasings go in with :func:`bot.knowledge.editing.add_questions` (only new lines, in the
block's style). Before the editor's file is touched, the whole fact base is validated and its
regression questions asked in a temporary copy with the edit; if that fails, nothing changes
and the result lists the problems. Otherwise the file is replaced atomically (a running bot's
live reload takes it in like any edit) and the group is marked done, which hides it.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.engine.checks import run_check
from bot.knowledge.editing import EditError, add_questions
from bot.knowledge.loader import yaml_files
from bot.records.review import ReviewGroup, mark_done
from bot.records.store import Store

#: Characters of a new fact's id made from its first question.
SLUG_CHARS = 40


@dataclass(frozen=True, slots=True)
class Accepted:
    """What an accept did (``ok``) or why it changed nothing (``problems``)."""

    ok: bool
    target: str
    path: Path | None = None
    added: tuple[str, ...] = ()
    #: The summary line of ``check`` on the result (``OK: …``), on success.
    summary: str = ""
    problems: tuple[str, ...] = field(default_factory=tuple)

    def text(self) -> str:
        """For the editor: what was added where and check's summary, or the problems."""
        if not self.ok:
            return "\n".join(
                [f"not accepted, nothing changed: {self.problems[0]}", *self.problems[1:]]
            )
        if not self.added:
            return f"{self.target} already has these questions; nothing to add\n{self.summary}"
        lines = [f"added {len(self.added)} question(s) to {self.target} in {self.path}:"]
        lines += [f"  + {q}" for q in self.added]
        return "\n".join([*lines, self.summary])


def entry_file(directory: Path, entry_id: str, section: str) -> Path | None:
    """The YAML file of ``directory`` whose ``section`` (facts or gaps) has ``entry_id``."""
    for path in yaml_files(directory):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        entries = data.get(section) if isinstance(data, dict) else None
        if isinstance(entries, list) and any(
            isinstance(e, dict) and e.get("id") == entry_id for e in entries
        ):
            return path
    return None


def check_copy(directory: Path, edited: Path, text: str) -> tuple[int, str, str]:
    """Run ``check`` on a copy of ``directory`` in which ``edited`` reads ``text``: (exit code,
    stdout, stderr), with the copy's paths shown as the original's."""
    with tempfile.TemporaryDirectory(prefix="visit-bot-accept-") as scratch:
        copy = Path(scratch) / directory.name
        shutil.copytree(directory, copy, symlinks=False)
        (copy / edited.relative_to(directory)).write_text(text, encoding="utf-8", newline="")
        out, err = io.StringIO(), io.StringIO()
        code = run_check(copy, out=out, err=err, cache_dir=None)
        shown = str(directory)
        return (
            code,
            out.getvalue().replace(str(copy), shown),
            err.getvalue().replace(str(copy), shown),
        )


def replace_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically: a hidden temporary file beside it (which the live
    reload ignores), synced, then renamed over it, keeping its permissions."""
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        shutil.copymode(path, temporary)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def accept(
    directory: Path, group: ReviewGroup, entry_id: str, *, gap: bool = False, store: Store
) -> Accepted:
    """Add ``group``'s questions to the fact (or gap) ``entry_id`` of the fact base in
    ``directory`` if the result passes ``check``; mark the group done when it does."""
    section = "gaps" if gap else "facts"
    target = f"{'gap' if gap else 'fact'} {entry_id!r}"
    path = entry_file(directory, entry_id, section)
    if path is None:
        return Accepted(False, target, problems=(f"no {target} in {directory}",))
    original = path.read_text(encoding="utf-8")
    try:
        edited = add_questions(original, entry_id, list(group.questions))
    except EditError as exc:
        return Accepted(False, target, path, problems=(f"{path}: {exc}",))
    code, out, err = check_copy(directory, path, edited)
    if code != 0:
        problems = [line for line in err.splitlines() if not line.startswith("warning:")]
        return Accepted(
            False, target, path, problems=("the result would not pass check:", *problems)
        )
    if path.read_text(encoding="utf-8") != original:
        return Accepted(False, target, path, problems=(f"{path} changed meanwhile; try again",))
    if edited != original:
        replace_file(path, edited)
    before = _questions(original, entry_id, section)
    added = tuple(q for q in _questions(edited, entry_id, section) if q not in before)
    mark_done(store, group.id, "accepted", f"{section[:-1]}:{entry_id}")
    return Accepted(True, target, path, added, out.strip())


def _questions(text: str, entry_id: str, section: str) -> list[str]:
    """The questions of ``entry_id`` in a facts or gaps file's text."""
    data = yaml.safe_load(text)
    for entry in (data or {}).get(section) or []:
        if isinstance(entry, dict) and entry.get("id") == entry_id:
            return [str(q) for q in entry.get("questions") or []]
    return []


def new_fact_template(group: ReviewGroup, topic: str = "TOPIC") -> str:
    """A fact for ``facts.yaml`` with the group's questions, the rest for the editor to write."""
    slug = re.sub(r"[^a-z0-9]+", "-", group.questions[0].lower()).strip("-")[:SLUG_CHARS]
    lines = [
        f"  - id: {slug.strip('-') or 'new-fact'}",
        f"    topic: {topic}                 # one of source.yaml's topics",
        "    questions:",
        *(f"      - {_quoted(q)}" for q in group.questions),
        "    answer: >-",
        "      WRITE THE ANSWER: 1-3 sentences, true to the article and nothing more",
        "    cite:",
        "      - WORDS COPIED VERBATIM FROM THE ARTICLE",
    ]
    return "\n".join(lines) + "\n"


def _quoted(question: str) -> str:
    try:
        if yaml.safe_load(f"- {question}") == [question]:
            return question
    except yaml.YAMLError:
        pass
    return '"' + question.replace("\\", "\\\\").replace('"', '\\"') + '"'
