"""Telegram's HTML parse mode, as the Bot API checks it, for the fake Bot API and render tests.

Follows https://core.telegram.org/bots/api#html-style: only the listed tags, properly nested
and closed; ``<``, ``>`` and ``&`` that are not part of a tag or entity must be escaped; only
``&lt; &gt; &amp; &quot;`` and numeric entities are known. Where Telegram's server is in fact
more lenient than its documentation (it lets a lone ``&`` or ``>`` through), this parser keeps
to the documentation: the bot must pass the stricter test to be safe with the real one.
Lengths are counted as Telegram does, in UTF-16 code units of the text after parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Tags Telegram accepts, with the attributes each may carry (and the ones it must).
ALLOWED_TAGS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "b": (frozenset(), frozenset()),
    "strong": (frozenset(), frozenset()),
    "i": (frozenset(), frozenset()),
    "em": (frozenset(), frozenset()),
    "u": (frozenset(), frozenset()),
    "ins": (frozenset(), frozenset()),
    "s": (frozenset(), frozenset()),
    "strike": (frozenset(), frozenset()),
    "del": (frozenset(), frozenset()),
    "tg-spoiler": (frozenset(), frozenset()),
    "span": (frozenset({"class"}), frozenset({"class"})),
    "a": (frozenset({"href"}), frozenset({"href"})),
    "code": (frozenset({"class"}), frozenset()),
    "pre": (frozenset(), frozenset()),
    "blockquote": (frozenset({"expandable"}), frozenset()),
    "tg-emoji": (frozenset({"emoji-id"}), frozenset({"emoji-id"})),
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^<>]*)?)\s*>")
_ATTRIBUTE = re.compile(r"""([A-Za-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_ENTITY = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|([A-Za-z]+));")
#: Telegram's limit on a message's text after parsing.
MAX_TEXT_LENGTH = 4096


class EntityError(ValueError):
    """The text is not valid Telegram HTML; ``str()`` is what the Bot API would say."""


@dataclass
class Parsed:
    """Text after parsing, and the entities as (tag, UTF-16 offset, UTF-16 length)."""

    text: str
    entities: list[tuple[str, int, int]] = field(default_factory=list)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def parse_html(source: str) -> Parsed:
    """Parse Telegram HTML; raise :class:`EntityError` as the Bot API would reject it."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, int]] = []
    entities: list[tuple[str, int, int]] = []
    i = 0
    while i < len(source):
        ch = source[i]
        offset = len(source[:i].encode("utf-8"))
        if ch == "<":
            match = _TAG.match(source, i)
            if match is None:
                raise EntityError(
                    f"can't parse entities: Unclosed start tag at byte offset {offset}"
                )
            closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
            if name not in ALLOWED_TAGS:
                kind = "end" if closing else "start"
                raise EntityError(
                    f'can\'t parse entities: Unsupported {kind} tag "{name}" at byte offset {offset}'
                )
            if closing:
                if not stack or stack[-1][0] != name:
                    expected = f'"</{stack[-1][0]}>"' if stack else "nothing"
                    raise EntityError(
                        f"can't parse entities: Unmatched end tag at byte offset {offset}, "
                        f'expected {expected}, found "</{name}>"'
                    )
                opened, start = stack.pop()
                entities.append((opened, start, length - start))
            else:
                _check_attributes(name, attributes, offset)
                _check_nesting(name, [n for n, _ in stack], offset)
                stack.append((name, length))
            i = match.end()
            continue
        if ch == ">":
            raise EntityError(
                f"can't parse entities: Character '>' is reserved at byte offset {offset}"
            )
        if ch == "&":
            match = _ENTITY.match(source, i)
            if match is None:
                raise EntityError(
                    f"can't parse entities: Character '&' is reserved at byte offset {offset}"
                )
            decimal, hexadecimal, named = match.groups()
            if named is not None:
                if named not in _NAMED_ENTITIES:
                    raise EntityError(
                        f'can\'t parse entities: Unsupported HTML entity "&{named};" '
                        f"at byte offset {offset}"
                    )
                decoded = _NAMED_ENTITIES[named]
            else:
                code = int(decimal) if decimal is not None else int(hexadecimal, 16)
                if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
                    raise EntityError(
                        f"can't parse entities: Invalid character entity at byte offset {offset}"
                    )
                decoded = chr(code)
            out.append(decoded)
            length += utf16_length(decoded)
            i = match.end()
            continue
        out.append(ch)
        length += utf16_length(ch)
        i += 1
    if stack:
        raise EntityError(
            f"can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1][0]}\""
        )
    return Parsed("".join(out), entities)


def _check_attributes(name: str, attributes: str, offset: int) -> None:
    allowed, required = ALLOWED_TAGS[name]
    seen: dict[str, str] = {}
    for match in _ATTRIBUTE.finditer(attributes):
        attribute = match.group(1).lower()
        if attribute not in allowed:
            raise EntityError(
                f'can\'t parse entities: Unsupported attribute "{attribute}" of tag "{name}" '
                f"at byte offset {offset}"
            )
        seen[attribute] = next((g for g in match.groups()[1:] if g is not None), "")
    missing = required - set(seen)
    if missing:
        raise EntityError(
            f'can\'t parse entities: Tag "{name}" must have attribute "{sorted(missing)[0]}" '
            f"at byte offset {offset}"
        )
    if name == "span" and seen.get("class") != "tg-spoiler":
        raise EntityError(
            f'can\'t parse entities: Tag "span" must have class "tg-spoiler" at byte offset {offset}'
        )


def _check_nesting(name: str, open_tags: list[str], offset: int) -> None:
    if "code" in open_tags or ("pre" in open_tags and name != "code"):
        raise EntityError(
            f"can't parse entities: Tag \"{name}\" can't be inside pre or code at byte offset {offset}"
        )
    if name == "blockquote" and "blockquote" in open_tags:
        raise EntityError(
            f"can't parse entities: Nested blockquote is not allowed at byte offset {offset}"
        )


def check_message_text(source: str, parse_mode: str | None) -> Parsed:
    """What sendMessage checks: markup (HTML parse mode), emptiness and the 4,096 limit.

    Raises :class:`EntityError` with the Bot API's description (without "Bad Request: ").
    """
    parsed = parse_html(source) if (parse_mode or "").upper() == "HTML" else Parsed(source)
    if not parsed.text.strip():
        raise EntityError("message text is empty")
    if utf16_length(parsed.text) > MAX_TEXT_LENGTH:
        raise EntityError("message is too long")
    return parsed
