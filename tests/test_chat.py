"""The console chat: answers, numbered suggestions picked by number, commands, ending."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from paths import ROOT, SMALL
from scripted_engine import ScriptedEngine

from bot.console import run_chat
from bot.conversation import texts
from bot.conversation.answering import Answer, Outcome, ask
from bot.conversation.catalog import Catalog
from bot.engine import Engine


def _chat(small_engine: Engine, lines: str) -> str:
    out = io.StringIO()
    assert run_chat(Catalog(small_engine), stdin=io.StringIO(lines), stdout=out) == 0
    return out.getvalue()


def test_welcome_names_the_article_and_numbers_examples(small_engine: Engine) -> None:
    """The chat opens with the article's title and date and numbered popular questions."""
    output = _chat(small_engine, "")
    source = small_engine.base.source
    assert source.title in output
    assert source.date in output
    assert f"  1. {small_engine.base.popular[0]}" in output
    assert output.rstrip().endswith("Goodbye! Come back with more questions about the visit.")


def test_question_is_answered_with_quotes_and_numbered_related(small_engine: Engine) -> None:
    """A question gets the answer, each quote with ¶N, and related questions numbered."""
    fact = next(f for f in small_engine.base.facts if f.related)
    question = fact.questions[0]
    answer = ask(small_engine, question)
    assert answer.fact_id == fact.id, "precondition: the canonical question finds its fact"
    output = _chat(small_engine, question + "\n")
    assert answer.text in output
    for citation in answer.citations:
        assert f"¶{citation.paragraph}: “{citation.quote}”" in output
    assert "Related questions:\n  1. " + answer.related[0] in output


def test_typing_a_number_picks_that_offer(small_engine: Engine) -> None:
    """After a reply, typing 2 answers the second offered question's fact."""
    fact = next(f for f in small_engine.base.facts if len(f.related) >= 2)
    second = small_engine.base.fact(fact.related[1])
    output = _chat(small_engine, f"{fact.questions[0]}\n2\n")
    assert output.count(second.answer) == 1


def test_number_out_of_range_is_asked_as_a_question(small_engine: Engine) -> None:
    """A number that picks nothing (like a year) goes to the engine instead."""
    output = _chat(small_engine, "2019\n")
    assert ask(small_engine, "2019").text in output


def test_declined_question_numbers_its_suggestions(small_engine: Engine) -> None:
    """A decline says so and numbers its "did you mean" suggestions, which can be picked."""
    question = "What is the weather on Mars?"
    suggestions = tuple(f.questions[0] for f in small_engine.base.facts[:2])
    declined = Answer(question, Outcome.NOT_FOUND, texts.text("not_found"), suggestions=suggestions)
    output = _chat(ScriptedEngine(small_engine, {question: declined}), f"{question}\n2\n")
    assert (
        "The article doesn't say that.\nDid you mean:\n"
        f"  1. {suggestions[0]}\n  2. {suggestions[1]}\n"
    ) in output
    assert small_engine.base.facts[1].answer in output


def test_topics_number_every_fact_and_a_number_picks_one(small_engine: Engine) -> None:
    """/topics lists topic titles with all questions numbered; a number answers that fact."""
    output = _chat(small_engine, "/topics\n1\n")
    catalog = Catalog(small_engine)
    first_topic = catalog.topics()[0]
    assert first_topic.title_in("en") + ":" in output
    count = sum(len(catalog.topic_offers(t.id)) for t in catalog.topics())
    assert f"  {count}. " in output
    first_fact = catalog.topic_offers(first_topic.id)[0]
    assert small_engine.base.fact(first_fact.fact_id or "").answer in output


def test_help_and_source_screens(small_engine: Engine) -> None:
    """/help explains asking and lists the commands; /source gives dateline and reporter."""
    output = _chat(small_engine, "/help\n/source\n")
    assert "/topics" in output
    assert "When the article doesn't say, I tell you so" in output
    assert f"Reported by: {small_engine.base.source.reported_by}" in output


@pytest.mark.parametrize("command", ["/quit", "/QUIT", "/exit"])
def test_quit_ends_the_chat_and_ignores_the_rest(small_engine: Engine, command: str) -> None:
    """/quit stops reading input: later lines are not answered."""
    output = _chat(small_engine, f"{command}\nwho visited belgrade?\n")
    assert ask(small_engine, "who visited belgrade?").text not in output
    assert output.rstrip().endswith("Goodbye! Come back with more questions about the visit.")


def test_blank_lines_are_ignored(small_engine: Engine) -> None:
    """Empty input lines produce no reply."""
    assert _chat(small_engine, "\n   \n") == _chat(small_engine, "")


@pytest.mark.slow
def test_chat_works_with_stdin_as_a_pipe(tmp_path: Path) -> None:
    """`python -m bot chat` reads a pipe, answers, and exits 0 at end of input, without prompts."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "chat"],
        input="who visited belgrade?\n1\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
        env={
            "PATH": "/usr/bin:/bin",
            "BOT_KNOWLEDGE_DIR": str(SMALL),
            "BOT_CACHE_DIR": str(tmp_path),
            "BOT_DATA_DIR": str(tmp_path / "data"),
        },
    )
    assert result.returncode == 0, result.stderr
    assert "¶" in result.stdout
    assert "> " not in result.stdout
    assert result.stderr == ""
