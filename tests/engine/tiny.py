"""A hand-made fact base of three facts and two gaps about a made-up local news item, and
hand-made analysed questions, for the engine's stage tests (independent of knowledge/)."""

from __future__ import annotations

import dataclasses
from functools import cache

from bot.engine import DEFAULT_CONFIG, AnalysedQuestion, Engine, EngineConfig
from bot.knowledge.article import parse_article
from bot.knowledge.model import Citation, Fact, FactBase, Gap, Source
from bot.lang.normalize import Analysis

ARTICLE = (
    "The city council of Lakeside approved a new bridge on Monday.\n\n"
    "The bridge will cost 40 million euros, the council said.\n\n"
    "Mayor Ana Petrova opened the debate and thanked the engineers from Vienna."
)

FACTS = (
    Fact(
        "bridge",
        "works",
        ("What did the council approve?", "Was a new bridge approved?"),
        "A new bridge, approved on Monday.",
        (Citation(1, "The city council of Lakeside approved a new bridge on Monday."),),
        related=("cost",),
        translations={"ru": "Новый мост, одобренный в понедельник."},
    ),
    Fact(
        "cost",
        "works",
        ("How much will the bridge cost?",),
        "40 million euros.",
        (Citation(2, "The bridge will cost 40 million euros"),),
        keywords=("price",),
        answers_to=("amount",),
    ),
    Fact(
        "mayor",
        "people",
        ("Who opened the debate?", "Who is Petrova?"),
        "Ana Petrova, the mayor, opened the debate.",
        (Citation(3, "Mayor Ana Petrova opened the debate"),),
        answers_to=("who",),
    ),
)

GAPS = (
    Gap(
        "opening-year",
        ("In what year will the bridge open to traffic?",),
        "The article doesn't say when the bridge opens; it was approved on Monday.",
        requires=(("open", "opening", "traffic"),),
        answers_to=("year",),
        citations=(Citation(1, "approved a new bridge on Monday"),),
    ),
    Gap(
        "toll",
        ("Will drivers pay a toll on the bridge?",),
        "The article doesn't say whether there will be a toll.",
        requires=(("toll", "tolls"),),
        unless=("toll free",),
    ),
)


def tiny_base(*, facts: tuple[Fact, ...] = FACTS, gaps: tuple[Gap, ...] = GAPS) -> FactBase:
    """The tiny fact base (or one with other facts or gaps)."""
    return FactBase(
        source=Source(
            {
                "title": {"en": "Lakeside gets a bridge"},
                "dateline": {"en": "LAKESIDE"},
                "date": {"en": "Monday"},
                "reported_by": {"en": "Lakeside News"},
            }
        ),
        article=parse_article(ARTICLE),
        topics=(),
        facts=facts,
        aliases={"petrova": ("Ana Petrova", "Petrova", "Петрова")},
        synonyms={},
        gaps=gaps,
        context=("Lakeside",),
        people=("petrova",),
    )


@cache
def tiny_engine() -> Engine:
    """An engine over :func:`tiny_base`, built once."""
    return Engine(tiny_base())


def engine_with(config: EngineConfig) -> Engine:
    """An engine over :func:`tiny_base` with another configuration."""
    return Engine(tiny_base(), config=config)


def analysis(*tokens: str, kind: str = "what", lang: str = "en") -> Analysis:
    """A hand-made normalized question of these word forms (surfaces the same)."""
    text = " ".join(tokens)
    return Analysis(text, text, lang, kind, tokens, tokens, forms=tokens, stems=tokens)


def analysed(
    weights: dict[str, float],
    *,
    kind: str = "what",
    unknown: float = 0.0,
    setting: tuple[str, ...] = (),
    on_topic: float = 1.0,
) -> AnalysedQuestion:
    """A hand-made analysed question: these known word forms with these weights, plus
    ``unknown`` weight of words the fact base doesn't know."""
    return AnalysedQuestion(
        analysis=analysis(*weights, kind=kind),
        on_topic=on_topic,
        unknown=(),
        weights=weights,
        total=sum(weights.values()) + DEFAULT_CONFIG.unknown_weight_share * unknown,
        setting={t: weights[t] for t in setting},
    )


def replace_config(**changes: object) -> EngineConfig:
    """The default configuration with some fields changed."""
    return dataclasses.replace(DEFAULT_CONFIG, **changes)  # type: ignore[arg-type]


def with_gaps(engine: Engine, *gaps: Gap) -> Engine:
    """An engine on ``engine``'s fact base with ``gaps`` added, as an editor would add them."""
    base = engine.base
    return Engine(dataclasses.replace(base, gaps=(*base.gaps, *gaps)))
