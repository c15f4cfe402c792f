"""Retrieval: phrasing overlap, vocabulary explained, and the shortlist."""

from __future__ import annotations

import pytest
from tiny import analysed, engine_with, replace_config, tiny_engine

from bot.engine import DEFAULT_CONFIG
from bot.engine.retrieval import (
    best_phrasings,
    explained,
    phrasing_overlap,
    shared_weights,
    shortlist,
)


def position_of(text: str) -> int:
    return next(i for i, p in enumerate(tiny_engine().index.phrasings) if p.text == text)


def test_overlap_is_an_f_measure_favouring_question_coverage() -> None:
    """Sharing all the question's weight and half the phrasing's gives F 0.76 at beta 1.5."""
    index = tiny_engine().index
    p = position_of("How much will the bridge cost?")
    weight = index.phrasings[p].weight
    question = analysed({"bridg": weight / 2}, kind="amount")
    found = phrasing_overlap(p, weight / 2, index, question)
    assert (found.question_coverage, found.phrasing_coverage) == (1.0, pytest.approx(0.5))
    assert found.score == pytest.approx(3.25 * 0.5 / (2.25 * 0.5 + 1))


def test_a_phrasing_of_another_kind_is_marked_down() -> None:
    """The same overlap with a phrasing of another kind (who vs how much) is multiplied by
    phrasing_kind_factor; two open kinds (what, yes/no) are not told apart."""
    index = tiny_engine().index
    p = position_of("How much will the bridge cost?")
    weight = index.phrasings[p].weight
    same = phrasing_overlap(p, weight, index, analysed({"bridg": weight}, kind="amount"))
    other = phrasing_overlap(p, weight, index, analysed({"bridg": weight}, kind="who"))
    assert other.score == pytest.approx(same.score * DEFAULT_CONFIG.phrasing_kind_factor)
    q = position_of("What did the council approve?")
    w = index.phrasings[q].weight
    what = phrasing_overlap(q, w, index, analysed({"council": w}, kind="what"))
    yesno = phrasing_overlap(q, w, index, analysed({"council": w}, kind="yesno"))
    assert what.score == yesno.score


def test_vocabulary_explains_words_in_no_phrasing() -> None:
    """A keyword ("price") explains the question for its fact though no phrasing has it."""
    index = tiny_engine().index
    assert dict(explained(index, analysed({"price": 2.0}))) == {1: 2.0}


def test_facts_are_credited_the_setting_words_they_lack() -> None:
    """A fact not mentioning a setting word gets context_credit of its weight; a gap doesn't."""
    index = tiny_engine().index
    question = analysed({"bridg": 1.0, "lakesid": 2.0}, setting=("lakesid",))
    out = explained(index, question)
    assert out[1] == pytest.approx(1.0 + DEFAULT_CONFIG.context_credit * 2.0)  # cost
    assert out[0] == pytest.approx(3.0)  # bridge: its quote names Lakeside


def test_the_shortlist_keeps_the_best_entries_and_every_settling_gap() -> None:
    """The shortlist holds the shortlist_size best entries, then the gaps a kind settles,
    each with a best phrasing (the first, scoring 0, when none shares a word)."""
    engine = engine_with(replace_config(shortlist_size=1))
    question = analysed({"bridg": 1.0, "cost": 1.0})
    found = shortlist(engine.index, question)
    assert found.entries == (1, 3)  # the cost fact, then the year gap
    whole = shortlist(tiny_engine().index, question)
    assert whole.entries[0] == 1
    assert len(whole.entries) > 2
    only_keyword = shortlist(engine.index, analysed({"price": 2.0}))
    assert only_keyword.best[3].score == 0.0
    assert only_keyword.best[3].phrasing == engine.index.first_phrasing[3]


def test_each_entrys_best_phrasing_is_its_highest_overlap() -> None:
    """best_phrasings keeps, per entry, the phrasing whose phrasing_overlap is highest (the
    loop hoists per-question values but scores exactly as phrasing_overlap does)."""
    index = tiny_engine().index
    question = analysed({"bridg": 1.5, "cost": 2.0}, kind="who")
    best = best_phrasings(index, question)
    shared = shared_weights(index, question).shared
    for entry, found in best.items():
        overlaps = [
            phrasing_overlap(p, w, index, question)
            for p, w in shared.items()
            if index.phrasings[p].entry == entry
        ]
        assert found == max(overlaps, key=lambda m: m.score)
    assert set(best) == {0, 1, 3, 4}


def test_a_phrasing_sharing_only_the_setting_is_skipped_when_the_question_asks_more() -> None:
    """A phrasing that shares only setting words ("Lakeside") is looked at for a question
    whose own words weigh less than its setting, and skipped when they weigh as much or more:
    it cannot be the best for what that question asks."""
    from tiny import FACTS, tiny_base

    from bot.engine import Engine
    from bot.knowledge.model import Citation, Fact

    town = Fact(
        "town",
        "works",
        ("What about Lakeside?", "Lakeside", "the town", "Lakeside news"),
        "Lakeside approved a bridge.",
        (Citation(1, "The city council of Lakeside approved a new bridge"),),
    )
    index = Engine(tiny_base(facts=(*FACTS, town))).index
    p = next(i for i, ph in enumerate(index.phrasings) if ph.text == "Lakeside")
    (setting,) = index.phrasings[p].tokens
    asks_more = analysed({setting: 1.0, "bridg": 2.0}, setting=(setting,))
    asks_less = analysed({setting: 2.0, "bridg": 1.0}, setting=(setting,))
    assert p not in shared_weights(index, asks_more).shared
    assert shared_weights(index, asks_less).shared[p] == 2.0
