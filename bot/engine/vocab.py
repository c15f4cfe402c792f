"""Word tables the engine uses: the framing words come from the language modules."""

from __future__ import annotations

#: Words that frame a question rather than say what it is about ("according to the article",
#: "as mentioned"), from every language module: they weigh ``EngineConfig.weight_min``
#: whatever their rarity, so they neither decide a match nor make a question look off-topic.
from bot.lang import FRAMING_WORDS

__all__ = ["FRAMING_WORDS", "OPEN_KINDS", "TOPIC"]

#: Question kinds that ask openly ("what…?", "is it…?"): any fact may answer them, and their
#: phrasings are not told apart by kind.
OPEN_KINDS = frozenset({"what", "yesno"})
#: A question asking what was discussed: a what question that a who/where fact can't answer.
TOPIC = "topic"
