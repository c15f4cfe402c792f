"""An engine whose answers to chosen questions are fixed, for testing the front ends' handling
of each outcome (declines, ambiguity) independently of how the real engine is tuned.

Both engines here take an engine already built and share its indexes (read-only once built)
instead of building them again, which takes a second or more."""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.answer import Answer, Outcome
from bot.engine.matcher import Engine


def _share_indexes(target: Engine, built: Engine) -> None:
    """Give ``target`` everything ``built`` computed in its constructor."""
    target.__dict__.update(built.__dict__)


class ScriptedEngine(Engine):
    """``engine``, except for the questions in ``script``."""

    def __init__(self, engine: Engine, script: Mapping[str, Answer]) -> None:
        _share_indexes(self, engine)
        self.script = dict(script)

    def ask(self, question: str, *, lang: str | None = None, hint: str | None = None) -> Answer:
        """The scripted answer for ``question``, else the real engine's."""
        return self.script.get(question) or super().ask(question, lang=lang, hint=hint)


class EchoEngine(Engine):
    """Answers every question with ``"Answer to: <question>"``: each reply names its question,
    so delivery tests can count exactly how often each one was answered. The fact base (for
    the catalog, topics and buttons) is ``engine``'s."""

    def __init__(self, engine: Engine) -> None:
        _share_indexes(self, engine)

    def ask(self, question: str, *, lang: str | None = None, hint: str | None = None) -> Answer:
        """The echo answer (no citations, nothing related)."""
        return Answer(question, Outcome.ANSWERED, f"Answer to: {question}", score=100.0)
