"""YAML read safely, with the line of every value, so each problem can say ``file:line``.

YAML tags that construct objects, anchors/aliases (the "billion laughs" bomb), duplicate keys,
oversized and non-UTF-8 files are refused with a message, never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from bot.knowledge import yaml_hints
from bot.knowledge.files import MAX_FILE_BYTES, UnsafeFileError, read_limited
from bot.knowledge.problems import Problem


class _Str(str):
    """A YAML string that remembers its line."""

    line: int


class YamlMap(dict[str, Any]):
    """A YAML mapping that remembers its line and each key's line."""

    line: int
    key_lines: dict[str, int]


class YamlSeq(list[Any]):
    """A YAML sequence that remembers its line."""

    line: int


class _YAMLRefused(yaml.MarkedYAMLError):
    """Raised for YAML we refuse to load although it is well-formed."""


_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader that keeps line numbers, refuses aliases and duplicate keys."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # A node constructed before is reached again only through an alias: refuse, since
        # aliases are how a tiny file expands into a huge structure.
        if node in self.constructed_objects:
            raise _YAMLRefused(
                problem="YAML anchors and aliases (&name, *name) are not allowed",
                problem_mark=node.start_mark,
            )
        return super().construct_object(node, deep=deep)


def _construct_str(loader: _LineLoader, node: yaml.ScalarNode) -> _Str:
    value = _Str(loader.construct_scalar(node))
    value.line = node.start_mark.line + 1
    return value


def _construct_seq(loader: _LineLoader, node: yaml.SequenceNode) -> Iterator[YamlSeq]:
    seq = YamlSeq()
    seq.line = node.start_mark.line + 1
    yield seq
    seq.extend(loader.construct_sequence(node, deep=True))


def _construct_map(loader: _LineLoader, node: yaml.MappingNode) -> Iterator[YamlMap]:
    data = YamlMap()
    data.line = node.start_mark.line + 1
    data.key_lines = {}
    yield data
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise _YAMLRefused(
                problem="mapping keys must be strings", problem_mark=key_node.start_mark
            )
        if key in data:
            raise _YAMLRefused(problem=f"duplicate key {key!r}", problem_mark=key_node.start_mark)
        data[str(key)] = loader.construct_object(value_node, deep=True)
        data.key_lines[str(key)] = key_node.start_mark.line + 1


_LineLoader.add_constructor("tag:yaml.org,2002:str", _construct_str)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_seq)
_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)


def line_of(value: Any, default: int) -> int:
    return int(getattr(value, "line", default))


def kind_of(value: Any) -> str:
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return 'true/false (YAML reads yes/no/on/off so; put such words in quotes: "yes")'
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing"
    return type(value).__name__


def read_yaml(path: Path, display: str) -> tuple[Any, list[Problem]]:
    """Parse one YAML file safely; return its data or the problems that stop it."""
    try:
        raw = read_limited(path, path.parent, MAX_FILE_BYTES)
    except UnsafeFileError as exc:
        return None, [Problem(display, 0, str(exc))]
    except OSError as exc:
        return None, [Problem(display, 0, f"cannot read: {exc.strerror}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(display, line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x})")]
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except _YAMLRefused as exc:
        mark = exc.problem_mark
        return None, [Problem(display, mark.line + 1 if mark else 0, str(exc.problem))]
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark
        tag = re.search(r"tag '([^']*)'", str(exc.problem))
        what = (
            f"YAML tag {tag.group(1)!r} is not allowed (plain data only)"
            if tag
            else str(exc.problem)
        )
        return None, [Problem(display, mark.line + 1 if mark else 0, what)]
    except yaml.MarkedYAMLError as exc:
        hint = yaml_hints.explain(text, exc)
        if hint is not None:
            message = f"YAML syntax error: {hint.message} (column {hint.column})"
            return None, [Problem(display, hint.line, message)]
        mark = exc.problem_mark or exc.context_mark
        where = f" (column {mark.column + 1})" if mark else ""
        return None, [
            Problem(
                display, mark.line + 1 if mark else 0, f"YAML syntax error: {exc.problem}{where}"
            )
        ]
    except yaml.YAMLError as exc:
        return None, [Problem(display, 0, f"YAML error: {exc}")]
    except RecursionError:
        return None, [Problem(display, 0, "YAML is nested too deeply")]
    merged = yaml_hints.merged_items(text)
    return data, [Problem(display, h.line, f"{h.message} (column {h.column})") for h in merged]
