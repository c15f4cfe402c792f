"""The index: entries, phrasings, postings and the vocabulary of a fact base."""

from __future__ import annotations

import pickle

from tiny import tiny_base, tiny_engine

from bot.engine import Engine
from bot.engine.index import Index


def index() -> Index:
    return tiny_engine().index


def test_every_fact_then_every_gap_is_an_entry() -> None:
    """Entries are the facts in order, then the gaps; each knows whether it is a fact or a gap."""
    entries = index().entries
    assert [e.id for e in entries] == ["bridge", "cost", "mayor", "opening-year", "toll"]
    assert [e.fact is not None for e in entries] == [True, True, True, False, False]


def test_phrasings_point_to_their_entry_and_postings_to_their_phrasings() -> None:
    """Each phrasing names its entry; each word form's postings are the phrasings that have it."""
    idx = index()
    assert [(idx.entries[p.entry].id, p.text) for p in idx.phrasings][:3] == [
        ("bridge", "What did the council approve?"),
        ("bridge", "Was a new bridge approved?"),
        ("cost", "How much will the bridge cost?"),
    ]
    for form, positions in idx.postings.items():
        assert all(form in idx.phrasings[p].tokens for p in positions)
    bridge = idx.postings["bridg"]
    assert {idx.entries[idx.phrasings[p].entry].id for p in bridge} >= {"bridge", "cost"}


def test_keywords_answer_and_quotes_are_in_an_entrys_vocabulary_not_its_phrasings() -> None:
    """A keyword ("price") and the answer's words ("euros") let a fact be found without being
    in any phrasing."""
    idx = index()
    cost = idx.entries[1]
    assert {"price", "euro"} <= cost.vocabulary
    assert 1 in idx.entry_postings["price"]
    assert "price" not in idx.postings


def test_words_only_in_gaps_are_not_on_topic() -> None:
    """Words of the article and facts are on topic; a word only a gap uses ("toll") is not."""
    idx = index()
    assert {"bridge", "council", "price"} <= idx.on_topic_surfaces
    assert "toll" not in idx.on_topic_surfaces
    assert "toll" in idx.known
    assert "toll" not in idx.fact_known


def test_words_describing_a_person_are_on_topic_though_no_fact_uses_them() -> None:
    """ "Who rules Lakeside": the words of Petrova's description name her, so they are on
    topic (no unknown subject), though no fact says "rules"."""
    import dataclasses

    from bot.engine import Engine

    described = dataclasses.replace(
        tiny_base(), descriptions={"petrova": ((("lakeside",), ("who rules", "boss")),)}
    )
    on_topic = Engine(described).index.on_topic_surfaces
    assert {"rules", "boss"} <= on_topic
    assert "rules" not in tiny_engine().index.on_topic_surfaces


def test_places_the_article_mentions_are_not_foreign() -> None:
    """A city the article names (Vienna) is not a foreign place; others (Paris) are."""
    idx = index()
    assert "paris" in idx.foreign_places
    assert "vienna" not in idx.foreign_places


def test_gaps_a_kind_of_question_settles_are_always_looked_at() -> None:
    """A gap with ``answers_to`` (the year gap) is among the settling gaps; the toll gap is not."""
    idx = index()
    assert [idx.entries[i].id for i in idx.settling_gaps] == ["opening-year"]


def test_first_question_per_language_falls_back_to_the_first() -> None:
    """A fact is offered by its first phrasing in the reader's language, else its first."""
    idx = index()
    assert idx.question_for("mayor", "en") == "Who opened the debate?"
    assert idx.question_for("mayor", "ru") == "Who opened the debate?"


def test_gap_requires_and_unless_become_word_form_sequences() -> None:
    """A gap's ``requires`` groups and ``unless`` phrases are stemmed sequences to look for."""
    toll = index().entries[4]
    assert toll.admits(frozenset({("toll",)}))
    assert not toll.admits(frozenset({("toll",), ("toll", "free")}))
    assert not toll.admits(frozenset({("bridg",)}))


def test_the_index_survives_pickling() -> None:
    """The index pickles whole (the compiled-engine cache) and compares equal after."""
    idx = index()
    again = pickle.loads(pickle.dumps(idx))  # noqa: S301 - our own bytes
    assert again.entries == idx.entries
    assert again.phrasings == idx.phrasings
    assert dict(again.postings) == dict(idx.postings)


def test_a_facts_vocabulary_holds_its_answer_in_every_language() -> None:
    """The Russian answer's words ("понедельник") are the fact's, as the English answer's are."""
    engine = tiny_engine()
    monday_ru = engine.analyze("понедельник").tokens[0]
    assert monday_ru in engine.index.entries[0].vocabulary


def test_admission_keeps_out_exactly_the_entries_that_do_not_admit_a_question(
    small_engine: Engine,
) -> None:
    """``Admission.refused`` agrees with every entry's own ``admits``, whatever the question."""
    from bot.engine.gaps import sequences

    idx = small_engine.index
    questions = [
        "what year was the visit",
        "what year did trade reach 73.8 million",
        "how long did the visit last",
        "who is the prime minister",
        "who is the first deputy prime minister",
        "how much is the deal worth in dollars",
        "where exactly did they meet, in which palace",
        "hello",
    ]
    refused = {}
    for question in questions:
        phrases = sequences(small_engine.analyze(question))
        expected = {i for i, entry in enumerate(idx.entries) if not entry.admits(phrases)}
        refused[question] = idx.admission.refused(phrases)
        assert refused[question] == expected, question
    # Both ways of keeping out are met: a required group missing, an "unless" present.
    prime_minister = next(i for i, e in enumerate(idx.entries) if e.id == "no-prime-minister")
    assert prime_minister in refused["hello"]
    assert prime_minister not in refused["who is the prime minister"]
    assert prime_minister in refused["who is the first deputy prime minister"]
