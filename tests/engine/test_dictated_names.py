"""A name dictated as other words is the name, not a place those words name."""

from __future__ import annotations

import dataclasses

from tiny import tiny_base

from bot.engine import Engine


def test_a_place_heard_in_a_dictated_name_is_no_foreign_place() -> None:
    """ "what did tokyo ev say": Tokayev dictated, not Tokyo; "…in tokyo" still names Tokyo."""
    base = tiny_base()
    base = dataclasses.replace(
        base, aliases={**base.aliases, "tokayev": ("Tokayev",)}, people=("petrova", "tokayev")
    )
    engine = Engine(base)
    assert engine.weigh("what did tokyo ev say about the bridge").foreign_place is None
    assert engine.weigh("what did they say in tokyo about the bridge").foreign_place == "tokyo"
