"""Scoring: one entry's score from its parts, kinds, and the order of candidates."""

from __future__ import annotations

import pytest
from tiny import FACTS, analysed, tiny_base, tiny_engine

from bot.engine import DEFAULT_CONFIG, Engine, Match
from bot.engine.retrieval import PhrasingMatch, Shortlist
from bot.engine.scoring import asks_who_said, kind_fits, score, score_entry
from bot.knowledge.model import Citation, Fact

C = DEFAULT_CONFIG


def shortlist_of(position: int, phrasing: float, explained: float) -> Shortlist:
    """A hand-made shortlist of one entry with its first phrasing's overlap."""
    first = tiny_engine().index.first_phrasing[position]
    return Shortlist(
        (position,), {position: PhrasingMatch(phrasing, first, 0.0, 0.0)}, {position: explained}
    )


def test_score_combines_phrasing_vocabulary_and_fuzzy_shares() -> None:
    """0.8 phrasing overlap, half the question explained, 0.7 fuzzy: 100*(0.5*0.8+0.3*0.5+0.2*0.7)."""
    index = tiny_engine().index
    question = analysed({"bridg": 2.0})
    candidate = score_entry(index, 0, question, shortlist_of(0, 0.8, 1.0), {0: 0.7})
    assert candidate.score == round(100 * (0.5 * 0.8 + 0.3 * 0.5 + 0.2 * 0.7), 2)
    assert (candidate.id, candidate.is_gap, candidate.vocabulary) == ("bridge", False, 0.5)
    assert candidate.best_phrasing == "What did the council approve?"


def test_a_fact_of_another_kind_is_marked_down() -> None:
    """The cost fact answers "how much": for a "who" question it scores kind_mismatch_factor
    as much, for a "what year" question specific_kind_mismatch_factor as much."""
    index = tiny_engine().index
    found = shortlist_of(1, 0.8, 1.0)
    fits = score_entry(index, 1, analysed({"cost": 1.0}, kind="amount"), found, {})
    who = score_entry(index, 1, analysed({"cost": 1.0}, kind="who"), found, {})
    year = score_entry(index, 1, analysed({"cost": 1.0}, kind="year"), found, {})
    assert fits.kind_fits
    assert not who.kind_fits
    assert who.score == pytest.approx(fits.score * C.kind_mismatch_factor, abs=0.01)
    assert year.score == pytest.approx(fits.score * C.specific_kind_mismatch_factor, abs=0.01)


def test_open_questions_fit_every_fact() -> None:
    """What and yes/no questions fit any fact; a fact without answers_to fits any question."""
    assert kind_fits("what", frozenset({"who"}))
    assert kind_fits("yesno", frozenset({"amount"}))
    assert kind_fits("when", frozenset())
    assert not kind_fits("when", frozenset({"who"}))


def test_a_question_about_what_was_discussed_fits_facts_that_answer_what() -> None:
    """ "What did they talk about with the mayor" is not answered by who the mayor is: a
    topic question fits a fact that answers what (or topic), or anything, not who/where."""
    assert kind_fits("topic", frozenset({"what", "who"}))
    assert kind_fits("topic", frozenset({"topic"}))
    assert kind_fits("topic", frozenset())
    assert not kind_fits("topic", frozenset({"who", "where"}))


def test_candidates_come_best_first_with_their_evidence() -> None:
    """Scoring a real question lists the candidates best first, each naming what matched."""
    engine = tiny_engine()
    found = engine.match("how much will the bridge cost")
    assert isinstance(found, Match)
    assert found.candidates[0].id == "cost"
    assert found.candidates[0].best_phrasing == "How much will the bridge cost?"
    scores = [c.score for c in found.candidates]
    assert scores == sorted(scores, reverse=True)


def test_a_question_with_no_known_word_has_no_candidates() -> None:
    """Nothing known: no candidates (and nothing is retrieved)."""
    index = tiny_engine().index
    assert score(index, analysed({})).candidates == ()


def test_a_number_the_fact_base_never_mentions_is_flagged() -> None:
    """ "2019" (two or more digits, unknown) marks the match unknown_number; "7" does not."""
    engine = tiny_engine()
    assert engine.match("bridge cost in 2019").unknown_number
    assert not engine.match("bridge cost 7").unknown_number


def test_someones_words_answer_who_said_them() -> None:
    """A fact that is someone's words fits "who said…" in any language; it is not marked down as another kind."""
    quote = Fact(
        "thanks",
        "people",
        ("What did Petrova say about the engineers?",),
        "Petrova thanked the engineers from Vienna.",
        (Citation(3, "thanked the engineers from Vienna"),),
        speaker="petrova",
        answers_to=("what",),
    )
    engine = Engine(tiny_base(facts=(*FACTS, quote)))
    question = "who said something about the engineers?"
    assert next(c for c in engine.match(question).candidates if c.id == "thanks").kind_fits
    for question in ("кто из них сказал про инженеров?", "ко је говорио о инжењерима?"):
        assert asks_who_said(engine.analyze(question)), question
    # "Who" asking about someone, with a word of saying elsewhere, asks no one's words.
    assert not asks_who_said(engine.analyze("who is the mayor, as the radio said?"))
