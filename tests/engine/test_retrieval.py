"""Retrieval: phrasing overlap, vocabulary explained, and the shortlist."""

from __future__ import annotations

import pytest
from tiny import FACTS, analysed, engine_with, replace_config, tiny_base, tiny_engine

from bot.engine import DEFAULT_CONFIG, Engine
from bot.engine.analysis import AnalysedQuestion
from bot.engine.index import Index
from bot.engine.retrieval import (
    best_phrasings,
    explained,
    phrasing_overlap,
    shortlist,
)
from bot.knowledge.model import Citation, Fact


def position_in(index: Index, text: str) -> int:
    return next(i for i, p in enumerate(index.phrasings) if p.text == text)


def position_of(text: str) -> int:
    return position_in(tiny_engine().index, text)


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


def test_the_shortlist_leaves_out_the_refused_entries_without_giving_their_places_away() -> None:
    """Entries the question keeps out are not shortlisted, neither as one of the best (whose
    places no one else takes) nor as a settling gap."""
    engine = engine_with(replace_config(shortlist_size=1))
    question = analysed({"bridg": 1.0, "cost": 1.0})
    assert shortlist(engine.index, question, frozenset({3})).entries == (1,)
    assert shortlist(engine.index, question, frozenset({1})).entries == (3,)


def highest_overlaps(index: Index, question: AnalysedQuestion) -> dict[int, float]:
    """Entry position -> the highest phrasing_overlap of its phrasings, each phrasing looked at
    on its own: the weight it shares with the question, a fact's credited context_credit of
    the setting words it lacks; phrasings sharing only setting words only when the question's
    own words weigh less than its setting (the definition best_phrasings computes faster)."""
    setting = question.setting
    own = {t: w for t, w in question.weights.items() if t not in setting}
    restrict = sum(own.values()) >= question.setting_total
    credit = DEFAULT_CONFIG.context_credit
    top: dict[int, float] = {}
    for p, phrasing in enumerate(index.phrasings):
        shared_own = sum(w for t, w in own.items() if t in phrasing.tokens)
        in_setting = sum(w for t, w in setting.items() if t in phrasing.tokens)
        if not shared_own and (restrict or not in_setting):
            continue
        shared = shared_own + in_setting
        if setting and phrasing.of_fact:
            shared += credit * (question.setting_total - in_setting)
        score = phrasing_overlap(p, shared, index, question).score
        top[phrasing.entry] = max(score, top.get(phrasing.entry, 0.0))
    return top


def town_index() -> Index:
    """The tiny base and a fact asked for with the setting word alone ("Lakeside")."""
    town = Fact(
        "town",
        "works",
        ("What about Lakeside?", "Lakeside", "the town", "Lakeside news"),
        "Lakeside approved a bridge.",
        (Citation(1, "The city council of Lakeside approved a new bridge"),),
    )
    return Engine(tiny_base(facts=(*FACTS, town))).index


@pytest.mark.parametrize(
    ("weights", "setting", "kind"),
    [
        ({"bridg": 1.5, "cost": 2.0}, (), "who"),
        ({"lakesid": 2.0, "bridg": 1.0}, ("lakesid",), "what"),
        ({"lakesid": 1.0, "bridg": 2.0}, ("lakesid",), "what"),
        ({"lakesid": 1.0}, ("lakesid",), "amount"),
    ],
)
def test_each_entrys_best_phrasing_is_its_highest_overlap(
    weights: dict[str, float], setting: tuple[str, ...], kind: str
) -> None:
    """best_phrasings keeps, per entry, a phrasing whose phrasing_overlap is the highest of
    the entry's, whether it looks at a phrasing on its own or through its setting group."""
    index = town_index()
    question = analysed(weights, kind=kind, setting=setting)
    best = best_phrasings(index, question)
    expected = highest_overlaps(index, question)
    assert {entry: found.score for entry, found in best.items()} == pytest.approx(expected)
    for entry, found in best.items():
        assert index.phrasings[found.phrasing].entry == entry


def test_a_setting_group_stands_for_its_lightest_phrasing() -> None:
    """The phrasings of one entry and kind with the same setting words form one group, stood
    for by the lightest ("Lakeside" for "What about Lakeside?" and "Lakeside news")."""
    index = town_index()
    (setting,) = index.phrasings[position_in(index, "Lakeside")].tokens
    town = index.fact_at["town"]
    (group,) = [g for g in index.setting_groups if g.entry == town and g.setting == (setting,)]
    assert index.setting_groups.index(group) in index.setting_group_postings[setting]
    weights = {
        index.phrasings[p].text: index.phrasings[p].weight
        for p in range(len(index.phrasings))
        if index.phrasings[p].entry == town and setting in index.phrasings[p].tokens
    }
    assert len(weights) > 1
    assert group.weight == min(weights.values())
    assert index.phrasings[group.phrasing].text == min(weights, key=weights.__getitem__)


def test_a_phrasing_sharing_only_the_setting_is_skipped_when_the_question_asks_more() -> None:
    """A phrasing that shares only setting words ("Lakeside") is looked at for a question
    whose own words weigh less than its setting, and skipped when they weigh as much or more:
    it cannot be the best for what that question asks."""
    index = town_index()
    (setting,) = index.phrasings[position_in(index, "Lakeside")].tokens
    town = index.fact_at["town"]
    asks_more = analysed({setting: 1.0, "bridg": 2.0}, setting=(setting,))
    asks_less = analysed({setting: 2.0, "bridg": 1.0}, setting=(setting,))
    # The town's phrasings share only "Lakeside" with both questions.
    assert town not in best_phrasings(index, asks_more)
    assert index.phrasings[best_phrasings(index, asks_less)[town].phrasing].tokens == {setting}


def test_each_phrasing_lists_its_setting_words_for_retrieval() -> None:
    """A phrasing keeps the setting words it has, sorted, and no other: retrieval sums a
    question's setting weight over those few, and the setting groups are keyed by them."""
    index = town_index()
    for phrasing in index.phrasings:
        assert phrasing.setting == tuple(sorted(phrasing.tokens & index.context))
    assert any(phrasing.setting for phrasing in index.phrasings)
    assert {group.setting for group in index.setting_groups} == {
        phrasing.setting for phrasing in index.phrasings if phrasing.setting
    }
