"""Frozen dataclasses pickled by their constructor (the compiled-engine cache)."""

from __future__ import annotations

import pickle
from dataclasses import dataclass, field

import pytest

from bot.knowledge.pickling import loads_by_init


@loads_by_init
@dataclass(frozen=True, slots=True)
class Point:
    x: int
    label: str = ""
    tags: tuple[str, ...] = ()


def test_a_decorated_dataclass_is_loaded_by_calling_its_class_with_its_fields() -> None:
    """It pickles as a call of the class with every field, positionally, and loads equal."""
    point = Point(1, "a", ("b",))
    assert point.__reduce__() == (Point, (1, "a", ("b",)))
    assert pickle.loads(pickle.dumps(point)) == point  # noqa: S301 - our own bytes


def test_a_field_that_is_no_positional_init_argument_is_refused() -> None:
    """A field left out of ``__init__`` or keyword-only could not be passed back: refused."""
    with pytest.raises(TypeError, match="positional __init__ argument"):

        @loads_by_init
        @dataclass(frozen=True)
        class Counted:
            n: int = field(default=0, init=False)

    with pytest.raises(TypeError, match="positional __init__ argument"):

        @loads_by_init
        @dataclass(frozen=True, kw_only=True)
        class Named:
            name: str
