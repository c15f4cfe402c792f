"""An engine whose answers to chosen questions are fixed, for testing the front ends' handling
of each outcome (declines, ambiguity) independently of how the real engine is tuned."""

from __future__ import annotations

from collections.abc import Mapping

from bot.engine.answer import Answer, Outcome
from bot.engine.matcher import Engine
from bot.knowledge.model import FactBase


class ScriptedEngine(Engine):
    """The real engine, except for the questions in ``script``."""

    def __init__(self, base: FactBase, script: Mapping[str, Answer]) -> None:
        super().__init__(base)
        self.script = dict(script)

    def ask(self, question: str, *, lang: str | None = None, hint: str | None = None) -> Answer:
        """The scripted answer for ``question``, else the real engine's."""
        return self.script.get(question) or super().ask(question, lang=lang, hint=hint)


class EchoEngine(Engine):
    """Answers every question with ``"Answer to: <question>"``: each reply names its question,
    so delivery tests can count exactly how often each one was answered."""

    def ask(self, question: str, *, lang: str | None = None, hint: str | None = None) -> Answer:
        """The echo answer (no citations, nothing related)."""
        return Answer(question, Outcome.ANSWERED, f"Answer to: {question}", score=100.0)
