"""A second article (tests/fixtures/second_article: an invented wire report about a bridge)
served by the same code: nothing the bot says about its article is in the code.

Each test reads what it expects from the fixture's own YAML, so editing the fixture keeps it
meaningful; none of them reads the shipped knowledge/.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.console import run_chat
from bot.conversation import render
from bot.conversation.catalog import Catalog
from bot.engine import Engine
from bot.knowledge.loader import load_fact_base
from bot.knowledge.model import LANGUAGES, FactBase
from bot.ops.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SECOND = ROOT / "tests" / "fixtures" / "second_article"
#: Words of the shipped article (Latin and Cyrillic stems) that must never reach this one's
#: users. ("Serbian", the language the bot speaks, is not the country.)
SHIPPED_WORDS = re.compile(
    r"belgrad|beograd|белград|београд|nurtleu|нуртлеу|kazakh|kazah|казах|\bserbia\b|srbij|"
    r"серби[яиюе]|србиј|vu[cč]i[cć]|вучи[чћ]|astana|астан",
    re.IGNORECASE,
)
#: Small talk and commands in every language, typed into the console chat.
CHAT_SCRIPT = (
    "/start\n/help\n/source\n/topics\nhello\nhow are you\nok\nthanks\n"
    "привет\n/start\n/help\n/source\nкто ты\nспасибо\n"
    "zdravo\nkako si\n/source\nу реду\nхвала\nбла бла\n"
)


@pytest.fixture(scope="module")
def second() -> FactBase:
    """The second article's fact base."""
    return load_fact_base(SECOND)


@pytest.fixture(scope="module")
def catalog(second: FactBase) -> Catalog:
    """A catalog over the second article."""
    return Catalog(Engine(second))


@pytest.fixture(autouse=True)
def _private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compiled engines go to the test's own cache, not the user's."""
    monkeypatch.setenv("BOT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("BOT_KNOWLEDGE_DIR", raising=False)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _python_m_bot(args: list[str], stdin: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=120,
        check=True,
    )
    return done.stdout + done.stderr


@pytest.mark.parametrize("how", ["positional", "option"])
def test_check_passes_on_the_second_article(how: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`check` validates the second fact base and passes all its checks.yaml questions."""
    where = [str(SECOND)] if how == "positional" else ["--knowledge-dir", str(SECOND)]
    code, output = _run(["check", *where], capsys)
    assert code == 0, output
    assert output.startswith("OK:")


def test_ask_answers_every_fact_with_quotes_from_its_article(
    second: FactBase, capsys: pytest.CaptureFixture[str]
) -> None:
    """`ask --knowledge-dir` answers each fact's first phrasing with that fact, and every quote
    it gives is the second article's own text."""
    for fact in second.facts:
        args = ["ask", "--json", "--no-cache", "--knowledge-dir", str(SECOND), fact.questions[0]]
        code, output = _run(args, capsys)
        answer = json.loads(output)
        assert code == 0
        assert answer["fact_id"] == fact.id, fact.questions[0]
        assert answer["citations"]
        for citation in answer["citations"]:
            assert citation["quote"] in second.article.paragraphs[citation["paragraph"] - 1]


def test_ask_declines_the_gap_with_its_reply(
    second: FactBase, capsys: pytest.CaptureFixture[str]
) -> None:
    """A question of the second article's gap is declined with the gap's own reply."""
    gap = second.gaps[0]
    code, output = _run(["ask", "--knowledge-dir", str(SECOND), gap.questions[0]], capsys)
    assert code == 0
    assert output.startswith(gap.reply)


@pytest.mark.parametrize("how", ["BOT_KNOWLEDGE_DIR", "--knowledge-dir"])
def test_chat_greets_and_answers_about_the_second_article(how: str, second: FactBase) -> None:
    """`python -m bot chat`, pointed at the second article either way, opens with its title,
    greets about it and answers a question with its fact."""
    fact = second.facts[-1]
    env = {"BOT_KNOWLEDGE_DIR": str(SECOND)} if how == "BOT_KNOWLEDGE_DIR" else {}
    args = (
        ["chat", "--no-record"] if env else ["chat", "--no-record", "--knowledge-dir", str(SECOND)]
    )
    output = _python_m_bot(args, f"hello\n{fact.questions[0]}\n", env)
    lines = output.splitlines()
    assert second.source.title in lines[0]
    assert f"Hello! Ask me {second.source.text_in('about')}." in lines
    assert fact.answer in lines


def test_run_with_knowledge_dir_serves_and_watches_that_directory(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`run --knowledge-dir` starts the bot on that fact base and gives the same directory to
    the reloader (through the settings), so a reload does not switch to knowledge/."""
    import bot.ops.logs
    import bot.tg.app

    started: list[tuple[Path, str]] = []

    def fake_run(settings: Settings, engine: Engine, **_: object) -> None:
        started.append((settings.knowledge_dir, engine.base.source.title))

    monkeypatch.setattr(bot.tg.app, "run", fake_run)
    # (configure_logging would replace pytest's own log handlers.)
    monkeypatch.setattr(bot.ops.logs, "configure_logging", lambda *_, **__: None)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:" + "A" * 35)
    code, output = _run(["run", "--knowledge-dir", str(SECOND)], capsys)
    assert code == 0, output
    assert started == [(SECOND, load_fact_base(SECOND).source.title)]


def test_chat_speaks_of_the_second_article_in_each_language(second: FactBase) -> None:
    """The chat's /source and small talk in Russian and Serbian use the fixture's own
    translations (title, date, about)."""
    out = io.StringIO()
    run_chat(Catalog(Engine(second)), stdin=io.StringIO(CHAT_SCRIPT), stdout=out)
    output = out.getvalue()
    source = second.source
    for lang in ("ru", "sr"):
        assert source.text_in("title", lang) in output
        assert source.text_in("date", lang) in output
    assert f"Здравствуйте! Спросите меня {source.text_in('about', 'ru')}." in output


@pytest.mark.slow
def test_no_output_mentions_the_shipped_article(
    second: FactBase, catalog: Catalog, capsys: pytest.CaptureFixture[str]
) -> None:
    """Nothing check, ask, chat or the Telegram /start, /help and /source screens say about the
    second article names Belgrade, Nurtleu, Kazakhstan, Serbia, Vucic or Astana."""
    outputs = [_run(["check", str(SECOND)], capsys)[1]]
    for entry in [*second.facts, *second.gaps]:
        for question in entry.questions:
            outputs.append(
                _run(["ask", "--no-cache", "--knowledge-dir", str(SECOND), question], capsys)[1]
            )
    out = io.StringIO()
    run_chat(catalog, stdin=io.StringIO(CHAT_SCRIPT), stdout=out)
    outputs.append(out.getvalue())
    example = catalog.popular[0].question
    for lang in LANGUAGES:
        outputs += [
            render.welcome_html(second.source, lang),
            render.help_html(lang, example=example, username="bridge_bot"),
            render.source_html(second.source, lang),
            catalog.ask("", lang).text,
            catalog.say("not_text", lang, example=example),
        ]
    for text in outputs:
        assert not SHIPPED_WORDS.search(text), text
