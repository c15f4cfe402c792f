"""Regular expressions compiled when first used, from stored matcher code when there is some.

CPython compiles a regular expression in pure Python — it parses the pattern, then generates
code for the C matcher — and ours are many, some of them alternations of hundreds of phrasings:
about 30 ms, a fifth of a ``python -m bot ask`` run, went into compiling them. The matcher code
is a list of integers, so it can be kept: the engine cache stores every pattern's code next to
the pickled engine (:func:`save_codes`), and the next process loads it (:func:`load_codes`) and
hands it straight to the matcher, skipping the parser (all of them in about a millisecond).

A pattern from :func:`compile` stands in for ``re.compile``'s and compiles itself when first
used, so importing a module compiles nothing. Only module-level (static) patterns should come
from here: each is remembered, so its code can be stored. The stored code is used only by the
interpreter that wrote it (version and matcher magic are checked); anything unexpected — a
missing, foreign or damaged file, a Python whose internals differ — falls back to ``re``.
"""

from __future__ import annotations

import importlib
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any, cast

# re's private compiler steps and the C matcher (loaded with re; typeshed describes none of them).
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")
_constants: Any = importlib.import_module("re._constants")

#: What stored code is valid for: this exact interpreter and its matcher's code format.
_STAMP: tuple[object, ...] = (sys.version, getattr(_compiler, "MAGIC", None), sys.maxunicode)

#: The file written by :func:`save_codes` is refused above this size (it is ~250 KB).
MAX_CODES_BYTES = 16 * 1024 * 1024

# (pattern, flags) -> (flags, code, groups, groupindex, indexgroup): the arguments the matcher's
# compile takes after the pattern, as re._compiler.compile passes them.
_Code = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_codes: dict[tuple[str, int], _Code] = {}
_registry: dict[tuple[str, int], _LazyPattern] = {}
# (pattern, flags) -> a literal every match contains, or None (see :func:`needle`).
_needles: dict[tuple[str, int], str | None] = {}


class _LazyPattern:
    """A compiled regular expression that compiles itself on first use (see the module doc)."""

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The real pattern: from stored code when there is some, else compiled by ``re``."""
        if self._compiled is None:
            self._compiled = _from_code(self._source, self._flags) or re.compile(
                self._source, self._flags
            )
        return self._compiled

    @property
    def pattern(self) -> str:
        """The pattern's source (without compiling it)."""
        return self._source

    def __getattr__(self, name: str) -> Any:
        # Only for names not found on the instance: the first use of each method compiles the
        # pattern and keeps the bound method here, so later calls cost what re's own do.
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled(), name)
        setattr(self, name, value)
        return value

    def __reduce__(self) -> tuple[Any, ...]:
        return (compile, (self._source, self._flags))

    def __repr__(self) -> str:
        return repr(self.compiled())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _LazyPattern):
            other = other.compiled()
        return self.compiled() == other

    def __hash__(self) -> int:
        return hash(self.compiled())


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled on first use (one object per pattern)."""
    flags = int(flags)
    key = (pattern, flags)
    found = _registry.get(key)
    if found is None:
        found = _registry[key] = _LazyPattern(pattern, flags)
    # A stand-in with the whole interface of re.Pattern (its attributes are the real one's).
    return cast("re.Pattern[str]", found)


def is_compiled(pattern: object) -> bool:
    """Whether a pattern from :func:`compile` has been compiled (re's own always are)."""
    return not isinstance(pattern, _LazyPattern) or pattern._compiled is not None


def _from_code(pattern: str, flags: int) -> re.Pattern[str] | None:
    """The pattern made from stored code, or None (none stored, or the matcher refused it)."""
    code = _codes.get((pattern, flags))
    if code is None:
        return None
    try:
        return cast("re.Pattern[str]", _sre.compile(pattern, *code))
    except Exception:
        return None


def needle(pattern: re.Pattern[str]) -> str | None:
    """A piece of text every match of ``pattern`` contains (``"n't"`` for ``r"n't\b"``, ``"jan"``
    for ``r"\bjan\b\\.?(?= ?\\d)|(?<=\\d )jan\b"``), or None when there is none to be sure of: a
    text without it cannot match, which a substring test tells faster than a search. Read from
    the pattern's parse once, and stored beside the code (:func:`save_codes`)."""
    lazy: Any = pattern  # a stand-in from compile(), or re's own
    if isinstance(lazy, _LazyPattern):
        key = (lazy._source, lazy._flags)
    else:
        key = (pattern.pattern, int(pattern.flags) & ~re.UNICODE)
    try:
        return _needles[key]
    except KeyError:
        found = _needles[key] = _needle_of(_parser.parse(*key))
        return found


def _needle_of(parsed: Any) -> str | None:
    """The longest literal every match of a parsed pattern contains, or None (and None for a
    pattern matching regardless of case, where a substring test would not tell)."""
    if parsed.state.flags & re.IGNORECASE:
        return None
    required = _required(list(parsed))
    return max(sorted(required), key=len) if required else None


def _required(items: list[Any]) -> set[str]:
    """The literals every match of this sequence of parsed items contains: its runs of
    literal characters, those of its groups, those all branches of an alternation share, and
    those of what is repeated at least once."""
    constants = _constants
    out: set[str] = set()
    run: list[str] = []
    for op, av in items:
        if op is constants.LITERAL:
            run.append(chr(av))
            continue
        if run:
            out.add("".join(run))
            run = []
        if op is constants.SUBPATTERN:
            out |= _required(list(av[3]))
        elif op is constants.ATOMIC_GROUP:
            out |= _required(list(av))
        elif op is constants.BRANCH:
            branches = [_required(list(b)) for b in av[1]]
            out |= set.intersection(*branches) if branches else set()
        elif (
            op in (constants.MAX_REPEAT, constants.MIN_REPEAT, constants.POSSESSIVE_REPEAT)
            and av[0] >= 1
        ):
            out |= _required(list(av[2]))
    if run:
        out.add("".join(run))
    return out


def _code_of(pattern: str, flags: int) -> _Code:
    """What re._compiler.compile hands the matcher for ``pattern`` (its private steps, in order)."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Plain ints: the opcodes are int subclasses, which marshal does not write.
    return (
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def save_codes(path: Path) -> None:
    """Store the code of every pattern made so far (atomically); never fail."""
    try:
        codes = {key: _code_of(*key) for key in _registry}
        needles = {key: _needles[key] for key in _registry if key in _needles}
        data = marshal.dumps(cast(Any, (_STAMP, codes, needles)))
        tmp = path.with_name(f".tmp-{os.getpid()}-{path.name}")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except Exception:
        return


def load_codes(path: Path) -> bool:
    """Use the code stored at ``path`` for patterns not yet compiled; whether it could be used."""
    try:
        if path.stat().st_size > MAX_CODES_BYTES:
            return False
        # Our own file in the user's cache directory, as trusted as the pickled engine beside it.
        stamp, codes, needles = marshal.loads(path.read_bytes())  # noqa: S302
    except (OSError, EOFError, ValueError, TypeError):
        return False
    if stamp != _STAMP or not isinstance(codes, dict) or not isinstance(needles, dict):
        return False
    _codes.update(codes)
    for key, found in needles.items():
        _needles.setdefault(key, found)
    return True


#: A word: a run of letters or digits, of any script (no underscore, no apostrophe). One
#: pattern for every module that splits text into words.
WORD = compile(r"[^\W_]+")
