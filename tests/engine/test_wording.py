"""Wording (bot.conversation.answering): a decision becomes the Answer users read."""

from __future__ import annotations

from tiny import tiny_base, tiny_engine

from bot.conversation import texts
from bot.conversation.answering import answer_for, ask
from bot.engine import Decision, Engine, Outcome


def test_an_answer_is_the_facts_answer_in_the_question_language_with_its_citations() -> None:
    """Answered: the fact's answer (its translation for a Russian question) and quotes."""
    fact = tiny_base().facts[0]
    english = answer_for(Decision("q", Outcome.ANSWERED, "en", 90.0, fact=fact))
    russian = answer_for(Decision("q", Outcome.ANSWERED, "ru", 90.0, fact=fact))
    assert (english.text, english.fact_id, english.citations) == (
        fact.answer,
        "bridge",
        fact.citations,
    )
    assert russian.text == fact.translations["ru"]


def test_a_gap_is_told_with_its_reply_and_the_bots_own_words_otherwise() -> None:
    """A gap's decline is its reply and citations; other declines, ambiguity, small talk and
    empty messages are the bot's texts in the question's language."""
    gap = tiny_base().gaps[0]
    assert answer_for(Decision("q", Outcome.NOT_FOUND, gap=gap)).text == gap.reply
    assert answer_for(Decision("q", Outcome.NOT_FOUND, gap=gap)).citations == gap.citations
    assert answer_for(Decision("q", Outcome.NOT_FOUND, "ru")).text == texts.text("not_found", "ru")
    assert answer_for(Decision("q", Outcome.AMBIGUOUS)).text == texts.text("ambiguous")
    assert answer_for(Decision("q", Outcome.EMPTY, "sr")).text == texts.text("empty", "sr")
    greeting = Decision("hi", Outcome.SMALLTALK, small_talk="greeting")
    assert answer_for(greeting).text == texts.text("greeting")


def test_a_serbian_cyrillic_question_gets_a_cyrillic_reply() -> None:
    """The decision's cyrillic flag turns the worded reply into Serbian Cyrillic."""
    latin = answer_for(Decision("q", Outcome.NOT_FOUND, "sr"))
    cyrillic = answer_for(Decision("q", Outcome.NOT_FOUND, "sr", cyrillic=True))
    assert latin.text == texts.text("not_found", "sr")
    assert cyrillic.text != latin.text
    assert not any("a" <= ch <= "z" for ch in cyrillic.text)


def test_the_answer_keeps_the_decision_as_evidence() -> None:
    """ask() words the engine's decision and keeps it, candidates and all."""
    answer = ask(tiny_engine(), "how much will the bridge cost")
    assert answer.decision is not None
    assert answer.decision.fact_id == answer.fact_id == "cost"
    assert answer.decision.candidates[0].id == "cost"
    assert answer.score == answer.decision.score


def test_a_question_about_now_gets_its_own_decline() -> None:
    """Reason.NOW is worded as "I can't tell today's date…", in the question's language."""
    from bot.engine import Reason

    made = answer_for(Decision("q", Outcome.NOT_FOUND, "ru", reason=Reason.NOW))
    assert made.text == texts.text("now", "ru")
    assert not made.answered
    assert ask(tiny_engine(), "what's the date today?").text == texts.text("now")


def test_a_question_joining_two_is_told_both_answers_with_both_citations() -> None:
    """Both parts answered: the first part's answer, a blank line, the second's; the
    citations of both."""
    answer = ask(tiny_engine(), "Who opened the debate and how much will it cost?")
    mayor, cost = (next(f for f in tiny_base().facts if f.id == i) for i in ("mayor", "cost"))
    assert answer.text == f"{mayor.answer}\n\n{cost.answer}"
    assert answer.citations == mayor.citations + cost.citations


def test_a_question_about_who_holds_a_post_now_gets_its_own_decline() -> None:
    """Reason.HELD_NOW is worded as "I can't tell who holds a post today…", in the question's
    language."""
    from bot.engine import Reason

    made = answer_for(Decision("q", Outcome.NOT_FOUND, "sr", reason=Reason.HELD_NOW))
    assert made.text == texts.text("held_now", "sr")
    assert ask(tiny_engine(), "who is the mayor now?").text == texts.text("held_now")


def test_another_period_is_told_as_such_with_the_fact_offered(small_engine: Engine) -> None:
    """ "How much was trade so far this year?" is told that the article gives it for another
    period, in the question's language, and the fact that gives it is offered."""
    answer = ask(small_engine, "how much was trade so far this year")
    assert answer.text == texts.text("other_period")
    assert any("trade" in s.casefold() for s in answer.suggestions)
    assert ask(small_engine, "koliki je promet ove godine").text == texts.text("other_period", "sr")


def test_a_declined_second_part_is_told_after_the_first_part_s_answer() -> None:
    """A joined question answered by its first part tells the second part's decline after the
    answer: a gap's reply with its quotes, or that the article doesn't say what that part
    asked, quoted as asked."""
    fact, gap = tiny_base().facts[0], tiny_base().gaps[0]
    by_gap = Decision("q2", Outcome.NOT_FOUND, gap=gap)
    answer = answer_for(Decision("q", Outcome.ANSWERED, fact=fact, declined_part=by_gap))
    assert answer.text == f"{fact.answer}\n\n{gap.reply}"
    assert answer.citations == fact.citations + tuple(
        c for c in gap.citations if c not in fact.citations
    )
    off_topic = Decision("what about the zoo?", Outcome.NOT_FOUND, "ru")
    answer = answer_for(Decision("q", Outcome.ANSWERED, "ru", fact=fact, declined_part=off_topic))
    note = texts.fill("part_not_found", "ru", part="what about the zoo")
    assert answer.text == f"{fact.translations['ru']}\n\n{note}"
