"""Gaps: when a known "the article doesn't say" is what a question asks."""

from __future__ import annotations

import dataclasses

from tiny import analysed, analysis, tiny_engine

from bot.engine.gaps import NOT_A_CANDIDATE, judge_gap, sequences
from bot.engine.retrieval import PhrasingMatch

YEAR_GAP, TOLL_GAP = 3, 4


def test_sequences_are_every_run_of_up_to_four_words() -> None:
    """ "did tokayev visit" gives each word, each pair and the triple (forms and stems alike)."""
    runs = sequences(analysis("did", "tokayev", "visit"))
    assert {("did",), ("did", "tokayev"), ("tokayev", "visit"), ("did", "tokayev", "visit")} <= runs
    assert ("did", "visit") not in runs
    assert all(len(r) <= 2 for r in sequences(analysis("a", "b", "c", "d", "e"), 2))


def match(phrasing_coverage: float, question_coverage: float, position: int) -> PhrasingMatch:
    first = tiny_engine().index.first_phrasing[position]
    return PhrasingMatch(0.5, first, question_coverage, phrasing_coverage)


def test_a_gap_without_its_required_word_is_no_candidate() -> None:
    """The toll gap needs "toll" in the question, however well the rest matches."""
    index = tiny_engine().index
    entry = index.entries[TOLL_GAP]
    question = analysed({"bridg": 1.0})
    verdict = judge_gap(index, entry, match(1.0, 1.0, TOLL_GAP), question, frozenset({("bridg",)}))
    assert verdict is NOT_A_CANDIDATE


def test_an_unless_phrase_rules_the_gap_out() -> None:
    """ "toll free" is the toll gap's ``unless``: with it, the gap is no candidate."""
    index = tiny_engine().index
    entry = index.entries[TOLL_GAP]
    phrases = frozenset({("toll",), ("toll", "free")})
    verdict = judge_gap(index, entry, match(1.0, 1.0, TOLL_GAP), analysed({"toll": 1.0}), phrases)
    assert not verdict.candidate


def test_a_weakly_covered_gap_is_a_candidate_only_when_decisive() -> None:
    """Below gap_min_coverage a gap counts only if decisive: the year gap is, for a "what
    year" question (its answers_to), and is not for a "what" question."""
    index = tiny_engine().index
    entry = index.entries[YEAR_GAP]
    phrases = frozenset({("open",)})
    weak = match(0.1, 0.1, YEAR_GAP)
    year = judge_gap(index, entry, weak, analysed({"open": 1.0}, kind="year"), phrases)
    what = judge_gap(index, entry, weak, analysed({"open": 1.0}, kind="what"), phrases)
    assert (year.candidate, year.decisive) == (True, True)
    assert not what.candidate


def test_a_required_subject_no_fact_mentions_is_decisive() -> None:
    """ "toll", required by the toll gap and used by no fact, declines the question by itself."""
    index = tiny_engine().index
    entry = index.entries[TOLL_GAP]
    verdict = judge_gap(
        index, entry, match(0.1, 0.1, TOLL_GAP), analysed({"toll": 1.0}), frozenset({("toll",)})
    )
    assert verdict.decisive


def test_a_gap_is_decisive_when_the_question_holds_one_of_its_phrasings() -> None:
    """A question holding every word of one of a gap's phrasings of two or more words makes the
    gap decisive, even when the gap's best-matching phrasing is another one."""
    from tiny import GAPS, tiny_base

    from bot.engine import Engine
    from bot.engine.gaps import covers_a_phrasing
    from bot.knowledge.model import Gap

    words = Gap(
        "mayor-words",
        ("the mayor's full speech at the debate, word for word", "what did the mayor say", "toll"),
        "The article doesn't quote the mayor.",
        requires=(("say", "said", "speech"),),
    )
    index = Engine(tiny_base(gaps=(*GAPS, words))).index
    position = next(i for i, e in enumerate(index.entries) if e.id == "mayor-words")
    assert covers_a_phrasing(index, position, analysed({"mayor": 2.0, "say": 1.0, "vienna": 3.0}))
    assert not covers_a_phrasing(index, position, analysed({"mayor": 2.0, "vienna": 3.0}))
    # A one-word phrasing ("toll") is too little to decide by itself.
    assert not covers_a_phrasing(index, position, analysed({"toll": 2.0}))


def test_a_required_subject_is_read_in_the_questions_language() -> None:
    """Russian "пробыл" (stayed) stems to "prob", as English "prob" (probably) does: only a
    Russian question naming it makes the gap decisive."""
    from tiny import GAPS, tiny_base

    from bot.engine import Engine
    from bot.knowledge.model import Gap

    stay = Gap(
        "stay", ("Сколько дней он пробыл?",), "The article doesn't say.", requires=(("пробыл",),)
    )
    engine = Engine(tiny_base(gaps=(*GAPS, stay)))
    index = engine.index
    position = next(i for i, e in enumerate(index.entries) if e.id == "stay")
    english = analysed({"prob": 1.0})
    russian = dataclasses.replace(
        english, analysis=dataclasses.replace(english.analysis, lang="ru")
    )
    weak = PhrasingMatch(0.1, index.first_phrasing[position], 0.1, 0.1)
    phrases = frozenset({("prob",)})
    assert not judge_gap(index, index.entries[position], weak, english, phrases).decisive
    assert judge_gap(index, index.entries[position], weak, russian, phrases).decisive


def test_a_subject_only_the_story_names_makes_no_gap_decisive() -> None:
    """ "toll" in the story of a message ("my uncle paid a toll on the old road…"), not in its
    asking sentences, is no question about a toll."""
    index = tiny_engine().index
    entry = index.entries[TOLL_GAP]
    question = dataclasses.replace(analysed({"toll": 1.0}), story=frozenset({"toll"}))
    phrases = frozenset({("toll",)})
    assert not judge_gap(index, entry, match(0.1, 0.1, TOLL_GAP), question, phrases).decisive


def test_a_word_asking_for_precision_stands_aside_in_the_runs_a_gap_requires() -> None:
    """ "koliko tačno sporazuma" holds "koliko sporazuma" (and "tačno", as typed); "кто именно
    подписал" holds "кто подписал"."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer()
    serbian = normalizer.analyze("koliko tačno sporazuma", lang="sr")
    plain = normalizer.analyze("koliko sporazuma", lang="sr")
    assert tuple(plain.forms) in sequences(serbian)
    assert any("tacn" in run for run in sequences(serbian))
    russian = normalizer.analyze("кто именно подписал", lang="ru")
    assert tuple(normalizer.analyze("кто подписал", lang="ru").forms) in sequences(russian)
