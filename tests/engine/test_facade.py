"""The Engine facade: decisions end to end on the tiny base, pickling, and no wording."""

from __future__ import annotations

import ast
import pickle
from pathlib import Path

from tiny import tiny_base, tiny_engine

from bot.engine import Engine, Outcome, Reason

ENGINE = Path(__file__).resolve().parents[2] / "bot" / "engine"


def test_decisions_on_the_tiny_base() -> None:
    """Its phrasings are answered by their facts; a gap's question is declined with the gap;
    small talk and blank text are told apart."""
    engine = tiny_engine()
    for fact in engine.base.facts:
        for question in fact.questions:
            assert engine.decide(question).fact_id == fact.id, question
    year = engine.decide("in what year will the bridge open to traffic")
    assert (year.reason, year.gap.id if year.gap else None) == (Reason.GAP, "opening-year")
    assert engine.decide("hello").outcome is Outcome.SMALLTALK
    assert engine.decide("  ").outcome is Outcome.EMPTY


def test_the_question_is_kept_whole_and_the_hint_is_only_a_hint() -> None:
    """A question longer than the bound is echoed whole; a Russian client's hint makes a bare
    name Russian, but not an English question."""
    engine = tiny_engine()
    long = "who opened the debate " + "bridge " * 800
    assert engine.decide(long).question == long
    assert engine.decide("Petrova?", hint="ru").lang == "ru"
    assert engine.decide("who opened the debate", hint="ru").lang == "en"


def test_a_pickled_engine_decides_alike_and_forgets_its_analyses() -> None:
    """The compiled-engine cache round trip keeps every decision and drops the per-process
    cache of analysed questions."""
    engine = Engine(tiny_base())
    question = "how much will the bridge cost"
    before = engine.decide(question)
    again = pickle.loads(pickle.dumps(engine))  # noqa: S301 - our own bytes
    assert again._analyser._analyses == {}
    assert again.decide(question) == before


def test_the_engine_words_nothing() -> None:
    """No module of the engine imports the conversation layer (its texts or answers)."""
    for path in ENGINE.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not [m for m in modules if m.startswith("bot.conversation")], path.name


def test_the_question_inside_a_long_message_is_answered() -> None:
    """A story and sign-off around a question don't dilute its match."""
    message = (
        "Sorry if this is a silly one, my cousin and I were arguing about it all evening. "
        "How much will the bridge cost? Thanks in advance!"
    )
    made = tiny_engine().decide(message)
    assert made.fact_id == "cost"
    assert made.question == message


def test_a_judgement_the_article_does_not_give_is_declined() -> None:
    """An opinion word before a person or a word for one, or one the fact base never uses,
    asks an opinion: declined (Reason.OPINION), in any language."""
    engine = tiny_engine()
    assert engine.decide("is petrova a good politician").reason is Reason.OPINION
    assert engine.decide("was the bridge a terrible idea").reason is Reason.OPINION
    assert engine.decide("da li je Petrova dobar političar").reason is Reason.OPINION
    assert engine.decide("who is petrova").answered


def test_a_question_joining_two_gets_both_answers_in_the_order_asked() -> None:
    """ "who … and what …": each part's fact answers, the first part's first (``also`` holds
    the second), and the second is not offered again as a related question."""
    made = tiny_engine().decide("Who opened the debate and what did the council approve?")
    assert (made.fact_id, made.also and made.also.id) == ("mayor", "bridge")
    assert "What did the council approve?" not in made.related


def test_a_joined_question_too_close_as_a_whole_is_answered_by_its_parts() -> None:
    """As a whole, the debate and the cost split the score (declined); each part alone is
    answered, so both are."""
    made = tiny_engine().decide("Who opened the debate and how much will it cost?")
    assert made.outcome is Outcome.ANSWERED
    assert (made.fact_id, made.also and made.also.id) == ("mayor", "cost")


def test_an_elliptic_second_part_asks_the_first_again() -> None:
    """ "How much will the bridge cost and why": the second part is the first asked with
    "why", which the tiny base cannot answer: the cost alone answers, with nothing ``also``."""
    made = tiny_engine().decide("How much will the bridge cost and why")
    assert made.fact_id == "cost"
    assert made.also is None


def test_a_sure_first_part_is_answered_and_the_declined_second_part_kept() -> None:
    """Declined as a whole, a first part answered surely alone answers the question; the
    second part's decline (the weather in Oslo, off this base's topic) comes with it, to be
    told."""
    made = tiny_engine().decide("How much will the bridge cost and what is the weather in Oslo?")
    assert made.fact_id == "cost"
    assert made.declined_part is not None
    assert made.declined_part.reason is Reason.OFF_TOPIC


def test_a_second_part_answered_alone_does_not_answer_the_question() -> None:
    """Only a first part answers alone: a second part often leans on the first ("…and what
    month is he going"), so "what is the weather in Oslo and how much will the bridge cost?"
    is declined as a whole, and so is a first part pointing back at a story before it; one
    opening the message points at nothing before it ("it" is the article's)."""
    engine = tiny_engine()
    assert not engine.decide(
        "What is the weather in Oslo and how much will the bridge cost?"
    ).answered
    story = (
        "My uncle keeps on about some project. "
        "How much will it cost and what is the weather in Oslo?"
    )
    assert engine.decide(story).declined_part is None
    opening = engine.decide("How much will it cost and what is the weather in Oslo?")
    assert opening.fact_id == "cost"
    assert opening.declined_part is not None


def test_a_gap_called_up_only_by_two_parts_together_declines_neither() -> None:
    """A gap on what the debate cost needs "debate" and "how much": "who opened the debate?
    and how much will the bridge cost?" has one in each part, each answered surely alone, so
    both are told; the gap's own question is still declined, and so is a joined question one
    part of which the gap declines by itself."""
    from bot.engine import Engine
    from bot.knowledge.model import Gap

    debate_cost = Gap(
        "debate-cost",
        ("How much did the debate cost?",),
        "The article doesn't say what the debate cost.",
        requires=(("debate",), ("cost", "how much")),
    )
    engine = Engine(tiny_base(gaps=(*tiny_base().gaps, debate_cost)))
    made = engine.decide("who opened the debate? and how much will the bridge cost?")
    assert (made.fact_id, made.also and made.also.id) == ("mayor", "cost")
    assert engine.decide("how much did the debate cost?").gap is debate_cost
    assert not engine.decide("how much did the debate cost and who opened it?").answered


def test_a_misremembered_figure_is_put_right_and_an_unknown_one_declined() -> None:
    """ "Will it cost 42 million?" checks the article's 40 million, wrongly remembered
    (``near_number_share``): answered with the cost; a number far from any (2019) is still
    an unknown number."""
    engine = tiny_engine()
    assert engine.decide("will the bridge cost 42 million euros").fact_id == "cost"
    assert engine.decide("will the bridge cost 2019 million euros").reason is Reason.UNKNOWN_NUMBER


def test_digits_of_other_scripts_are_no_figure() -> None:
    """Unicode digits ("⓶3", "٣٣") are not read as a number near the article's (found by
    Hypothesis through the Telegram handlers)."""
    assert tiny_engine().decide("will the bridge cost ⓶3 million") is not None
    assert tiny_engine().decide("bridge ٣٣") is not None


def test_a_decisive_gap_speaks_even_when_little_else_is_known() -> None:
    """A question mostly of words the facts never use, but holding a gap's telling word
    ("toll"), gets the gap's honest reply, not a bare off-topic decline."""
    made = tiny_engine().decide("grandma wonders about a toll for tractors crossing near her farm")
    assert made.reason is Reason.GAP
    assert made.gap_id == "toll"


def test_a_contracted_question_word_asks_too() -> None:
    """ "whats … and who …": "whats" is a question word, so both parts are asked and told
    (the first part was dropped as story before the second's question word)."""
    made = tiny_engine().decide("two things: whats the bridge gonna cost and who opened the debate")
    assert made.fact_id == "cost"
    assert made.also is not None
    assert made.also.id == "mayor"


def test_a_noun_pointed_back_at_is_read_with_the_words_the_story_gives_it() -> None:
    """ "…the old bridge by the river. How much did that bridge cost?": "that bridge" is the
    story's *old* bridge, which a gap declines, not the new one whose cost the article gives;
    with no such words in the story the asking part alone decides."""
    from bot.engine import Engine
    from bot.knowledge.model import Gap

    old_bridge = Gap(
        "old-bridge-cost",
        ("How much did the old bridge cost?",),
        "The article doesn't say what the old bridge cost.",
        requires=(("old bridge",),),
    )
    engine = Engine(tiny_base(gaps=(*tiny_base().gaps, old_bridge)))
    story = (
        "My grandpa keeps talking about the old bridge by the river. How much did that bridge cost?"
    )
    assert engine.decide(story).gap is old_bridge
    plain = "My grandpa keeps talking about bridges by the river. How much did that bridge cost?"
    assert engine.decide(plain).fact_id == "cost"


def test_a_story_s_today_does_not_make_the_question_about_now() -> None:
    """ "…a current news story. Today I am building a worksheet around it. who opened it, and
    what was his position?": the story's "current" and "today" are when the asker works, not
    what is asked; the asking part answered by itself is the answer."""
    message = (
        "I open class with a current news story. Today I am building a worksheet around it. "
        "who opened it, and what was his position?"
    )
    assert tiny_engine().decide(message).fact_id == "mayor"


def test_calling_something_a_mistake_asks_an_opinion() -> None:
    """ "was the bridge a mistake?": a judgement the article can't give (Reason.OPINION)."""
    assert tiny_engine().decide("was the bridge a mistake?").reason is Reason.OPINION
