"""Engines whose decisions about chosen questions are fixed, for testing the front ends'
handling of each outcome (declines, ambiguity) independently of how the real engine is tuned.

Both engines here take an engine already built and share its indexes (read-only once built)
instead of building them again, which takes a second or more."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from bot.conversation.answering import Answer, answer_for
from bot.engine import Decision, Engine, Outcome
from bot.knowledge.model import Fact, FactBase


def _share_indexes(target: Engine, built: Engine) -> None:
    """Give ``target`` everything ``built`` computed in its constructor."""
    target.__dict__.update(built.__dict__)


def scripted_decision(base: FactBase, answer: Answer) -> Decision:
    """The decision that words to ``answer`` (its fact, or the gap whose reply and citations it
    shows); ValueError when no decision does (the engine could never give that answer)."""
    fact = base.fact(answer.fact_id) if answer.fact_id else None
    gap = next(
        (
            g
            for g in base.gaps
            if answer.citations
            and g.reply_in(answer.lang) == answer.text
            and g.citations == answer.citations
        ),
        None,
    )
    decision = Decision(
        answer.question,
        answer.outcome,
        answer.lang,
        answer.score,
        fact=fact,
        gap=gap,
        suggestions=answer.suggestions,
        related=answer.related,
    )
    if dataclasses.replace(answer_for(decision), decision=None) != answer:
        raise ValueError(f"no decision words to {answer!r}")
    return decision


class ScriptedEngine(Engine):
    """``engine``, except for the questions in ``script``."""

    def __init__(self, engine: Engine, script: Mapping[str, Answer]) -> None:
        _share_indexes(self, engine)
        self.script = {q: scripted_decision(engine.base, a) for q, a in script.items()}

    def decide(
        self, question: str, *, lang: str | None = None, hint: str | None = None
    ) -> Decision:
        """The scripted decision for ``question``, else the real engine's."""
        return self.script.get(question) or super().decide(question, lang=lang, hint=hint)


#: The id of :class:`EchoEngine`'s one fact.
ECHO = "echo"


def _echo_fact(question: str) -> Fact:
    return Fact(ECHO, "", (question,), f"Answer to: {question}", citations=())


class EchoEngine(Engine):
    """Answers every question with ``"Answer to: <question>"``: each reply names its question,
    so delivery tests can count exactly how often each one was answered. The fact base (for
    the catalog, topics and buttons) is ``engine``'s."""

    def __init__(self, engine: Engine) -> None:
        _share_indexes(self, engine)

    def decide(
        self, question: str, *, lang: str | None = None, hint: str | None = None
    ) -> Decision:
        """The echo answer (no citations, nothing related)."""
        return Decision(question, Outcome.ANSWERED, score=100.0, fact=_echo_fact(question))

    def fact(self, fact_id: str) -> Fact:
        """The echo fact (of an empty question) for its id, else the fact base's."""
        return _echo_fact("") if fact_id == ECHO else super().fact(fact_id)
