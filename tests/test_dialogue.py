"""Follow-up questions resolved against the conversation, and only when they need it."""

from __future__ import annotations

import pytest

from bot.conversation import dialogue
from bot.conversation.dialogue import Memory, Turn
from bot.engine import Engine


def converse(small_engine: Engine, questions: list[str]) -> list[str | None]:
    """Ask ``questions`` in one conversation; return the fact id of each answer."""
    previous: Turn | None = None
    facts: list[str | None] = []
    for second, question in enumerate(questions):
        answer, turn = dialogue.ask(small_engine, question, previous, float(second))
        facts.append(answer.fact_id if answer.answered else None)
        previous = turn or previous
    return facts


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (["who did nurtleu meet?", "and when?"], ["officials-met", "visit-date"]),
        (["when did the visit take place?", "who is he?"], ["visit-date", "visit"]),
        (["who is vucic", "and dacic?"], ["meeting-vucic", "meeting-dacic"]),
        (["what did they sign?", "why?"], ["signed-documents", "documents-purpose"]),
        (["tell me about the visit", "who else did he meet?"], ["visit", "officials-met"]),
        (["Кто такой Вучич?", "а Дачич?"], ["meeting-vucic", "meeting-dacic"]),
        (["Ko je Vučić?", "a Dačić?"], ["meeting-vucic", "meeting-dacic"]),
    ],
)
def test_follow_up_is_resolved_against_the_last_answer(
    small_engine: Engine, questions: list[str], expected: list[str]
) -> None:
    """A question that doesn't stand alone is understood through the previous turn."""
    assert converse(small_engine, questions) == expected


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        (["who did nurtleu meet?", "who is Tokayev?"], ["officials-met", "tokayev"]),
        (["how big is trade?", "do citizens need a visa?"], ["trade-turnover", "culture-visa"]),
        (["who is vucic", "what was signed in Belgrade?"], ["meeting-vucic", "signed-documents"]),
    ],
)
def test_standalone_question_ignores_the_context(
    small_engine: Engine, questions: list[str], expected: list[str]
) -> None:
    """A question that stands alone is answered as if nothing had been said before."""
    assert converse(small_engine, questions) == expected


def test_follow_up_without_context_is_answered_alone(small_engine: Engine) -> None:
    """ "When?" opening a conversation is not resolved against anything (and is declined)."""
    answer, turn = dialogue.ask(small_engine, "and when?", None, 0.0)
    assert not answer.answered
    assert turn is None


def test_answer_echoes_the_question_as_typed(small_engine: Engine) -> None:
    """The resolved meaning does not leak into the echoed question."""
    _, turn = dialogue.ask(small_engine, "who did nurtleu meet?", None, 0.0)
    answer, _ = dialogue.ask(small_engine, "and when?", turn, 1.0)
    assert answer.question == "and when?"
    assert answer.fact_id == "visit-date"


def test_follow_up_detection(small_engine: Engine) -> None:
    """Short, pronoun-led or continuing questions need context; full ones don't."""
    assert dialogue.is_follow_up(small_engine, "when?")
    assert dialogue.is_follow_up(small_engine, "who is he?")
    assert dialogue.is_follow_up(small_engine, "what about culture?")
    assert not dialogue.is_follow_up(small_engine, "who is Dacic?")
    assert not dialogue.is_follow_up(
        small_engine, "what was the bilateral trade turnover last year?"
    )


def test_memory_forgets_after_ten_minutes() -> None:
    """A chat's turn is forgotten after MEMORY_TTL_SECONDS of silence."""
    memory = Memory()
    memory.remember(1, Turn("who is vucic", "meeting-vucic", ("vucic",), at=0.0))
    assert memory.recall(1, now=dialogue.MEMORY_TTL_SECONDS - 1) is not None
    assert memory.recall(1, now=dialogue.MEMORY_TTL_SECONDS + 1) is None


def test_memory_is_bounded_and_per_chat() -> None:
    """Chats don't share memory, and only the most recent chats are kept."""
    memory = Memory(max_chats=2)
    for chat in (1, 2, 3):
        memory.remember(chat, Turn(f"q{chat}", "visit", (), at=0.0))
    assert len(memory) == 2
    assert memory.recall(1, 0.0) is None
    turn = memory.recall(3, 0.0)
    assert turn is not None
    assert turn.question == "q3"


@pytest.mark.parametrize(
    "questions",
    [
        ["what did they sign?", "and the price of bread?"],
        ["what did they sign?", "а погода?"],  # a word the fact base never uses, in Russian
        ["how big is trade?", "what about today?"],  # the asker's present
        ["what did they sign?", "how much?"],  # no fact about the documents answers "how much"
    ],
)
def test_a_follow_up_borrows_no_context_it_cannot_use(
    small_engine: Engine, questions: list[str]
) -> None:
    """A follow-up with a subject of its own the article doesn't know, or a bare question word
    the previous subject's facts don't answer, is declined, not answered with the last fact."""
    assert converse(small_engine, questions)[-1] is None


@pytest.mark.parametrize(
    "questions",
    [
        ["who is vucic", "and dacic?", "what did he say?"],
        ["Ko je Vučić?", "a Dačić?", "šta je on rekao?"],
        ["Кто такой Вучич?", "а Дачич?", "что он сказал?"],
    ],
)
def test_a_pronoun_means_the_person_just_named(small_engine: Engine, questions: list[str]) -> None:
    """ "he" after "and Dacic?" is Dacic: another person's quote is no answer (the small base
    quotes no Dacic, so it is declined), in every language."""
    assert converse(small_engine, questions)[-1] is None


def test_an_elliptic_chain_keeps_the_subject_not_the_question_words(small_engine: Engine) -> None:
    """After "who did nurtleu meet?" / "и когда?", what is remembered is the meeting, not
    "и когда? who did nurtleu meet?": the next elliptic question borrows the meeting alone."""
    _, first = dialogue.ask(small_engine, "who did nurtleu meet?", None, 0.0)
    answer, second = dialogue.ask(small_engine, "и когда?", first, 1.0)
    assert answer.fact_id == "visit-date"
    assert second is not None
    assert second.question == "who did nurtleu meet?"
    answer, _ = dialogue.ask(small_engine, "a kada?", second, 2.0)
    assert answer.fact_id == "visit-date"
