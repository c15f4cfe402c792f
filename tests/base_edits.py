"""In-memory edits of a loaded fact base for tests: a fact given more phrasings, facts added."""

from __future__ import annotations

import dataclasses

from bot.knowledge.model import Fact, FactBase


def with_phrasings(base: FactBase, fact_id: str, *questions: str) -> FactBase:
    """``base`` with ``questions`` added to the phrasings of the fact ``fact_id``."""
    facts = tuple(
        dataclasses.replace(f, questions=(*f.questions, *questions)) if f.id == fact_id else f
        for f in base.facts
    )
    return dataclasses.replace(base, facts=facts)


def with_facts(base: FactBase, *facts: Fact) -> FactBase:
    """``base`` with ``facts`` added after its own."""
    return dataclasses.replace(base, facts=(*base.facts, *facts))
