"""The command line: help for every command, configuration errors, `start`, lazy Telegram."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest
from paths import SMALL

from bot.cli import build_parser, main, start_mode
from bot.ops.settings import load_settings

TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz_0123"  # noqa: S105 (a made-up token)


def _commands() -> list[str]:
    parser = build_parser()
    actions = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(actions[0].choices)


def _bot(*args: str, cwd: Path, stdin: str = "", **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` in ``cwd`` with only the given environment (no real token leaks in)."""
    env.setdefault("BOT_CACHE_DIR", str(cwd / "engine-cache"))
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "BOT_KNOWLEDGE_DIR": str(SMALL), **env},
    )


def test_the_expected_commands_exist() -> None:
    """The CLI offers run, chat, start, ask, check, unanswered, stats and health."""
    assert {"run", "chat", "start", "ask", "check", "unanswered", "stats", "health"} <= set(
        _commands()
    )


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`python -m bot COMMAND --help` prints a usage and exits 0."""
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    output = capsys.readouterr().out
    assert output.startswith(f"usage: python -m bot {command}")
    assert len(output.splitlines()) > 3


def test_start_mode_depends_on_the_token() -> None:
    """start runs the bot when a token is configured, else opens the console chat."""
    assert start_mode(load_settings({"TELEGRAM_BOT_TOKEN": TOKEN})) == "run"
    assert start_mode(load_settings({})) == "chat"


def _imported_modules(importtime_stderr: str) -> set[str]:
    return {
        line.rsplit("|", 1)[-1].strip()
        for line in importtime_stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "stdin"),
    [
        (("ask", "who visited belgrade?"), ""),
        (("chat",), "who visited belgrade?\n"),
        (("unanswered",), ""),
        (("stats", "--since", "all"), ""),
    ],
)
def test_ask_chat_and_the_reports_never_import_telegram(
    args: tuple[str, ...], stdin: str, tmp_path: Path
) -> None:
    """`ask`, `chat`, `unanswered` and `stats` work without loading python-telegram-bot."""
    result = _bot("-X", "importtime", "-m", "bot", *args, cwd=tmp_path, stdin=stdin)
    assert result.returncode == 0, result.stderr[-2000:]
    modules = _imported_modules(result.stderr)
    assert "bot.engine.engine" in modules  # the check can see our modules…
    assert not {m for m in modules if m == "telegram" or m.startswith(("telegram.", "httpx"))}


@pytest.mark.slow
def test_run_without_token_is_one_line_and_exit_2(tmp_path: Path) -> None:
    """A missing token is one clear line naming BotFather, exit 2, no traceback."""
    result = _bot("-m", "bot", "run", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "TELEGRAM_BOT_TOKEN is not set" in result.stderr
    assert "BotFather" in result.stderr


@pytest.mark.slow
def test_run_with_malformed_token_from_dotenv_is_exit_2(tmp_path: Path) -> None:
    """A malformed token in .env is reported in one line without echoing it, exit 2."""
    (tmp_path / ".env").write_text("TELEGRAM_BOT_TOKEN=12345:tooshort-secret\n", encoding="utf-8")
    result = _bot("-m", "bot", "start", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "does not look like a bot token" in result.stderr
    assert "tooshort-secret" not in result.stderr


@pytest.mark.slow
def test_invalid_log_level_is_exit_2(tmp_path: Path) -> None:
    """Another configuration mistake (LOG_LEVEL) is one line and exit 2 as well."""
    result = _bot("-m", "bot", "run", cwd=tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, LOG_LEVEL="LOUD")
    assert result.returncode == 2
    assert (
        result.stderr
        == "error: LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not 'LOUD'\n"
    )


@pytest.mark.slow
def test_start_without_token_explains_and_opens_the_chat(tmp_path: Path) -> None:
    """`start` with no token says how to get one (one line) and runs the console chat."""
    result = _bot("-m", "bot", "start", cwd=tmp_path, stdin="who visited belgrade?\n/quit\n")
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == 1
    assert "@BotFather" in result.stderr
    assert ".env" in result.stderr
    assert "¶" in result.stdout
    assert "Goodbye" in result.stdout


@pytest.mark.slow
def test_chat_ignores_a_malformed_token(tmp_path: Path) -> None:
    """The console needs no token, so a bad one in the environment does not stop `chat`."""
    result = _bot("-m", "bot", "chat", cwd=tmp_path, TELEGRAM_BOT_TOKEN="nonsense")  # noqa: S106
    assert result.returncode == 0, result.stderr
    assert "Goodbye" in result.stdout


@pytest.mark.slow
def test_chat_with_a_broken_fact_base_exits_1(tmp_path: Path) -> None:
    """A fact base that does not load is reported (with the check hint) and exits 1."""
    result = _bot("-m", "bot", "chat", cwd=tmp_path, BOT_KNOWLEDGE_DIR=str(tmp_path / "none"))
    assert result.returncode == 1
    assert "python -m bot check" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_reports_read_the_data_directory_of_the_settings(tmp_path: Path) -> None:
    """`unanswered` and `stats` read BOT_DATA_DIR (from .env too), and say when it is empty."""
    from bot.engine import Engine
    from bot.records.insights import Insights

    engine = Engine.from_directory(SMALL)
    insights = Insights(tmp_path / "kept")
    insights.open()
    insights.question(engine.decide("how old is nurtleu?"), chat_type="private", user_id=1)
    insights.close()
    (tmp_path / ".env").write_text("BOT_DATA_DIR=kept\n", encoding="utf-8")
    listed = _bot("-m", "bot", "unanswered", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert '  1. 1× "how old is nurtleu?" — declined' in listed.stdout
    stats = _bot("-m", "bot", "stats", "--since", "2w", cwd=tmp_path)
    assert "questions asked: 1" in stats.stdout
    empty = _bot("-m", "bot", "stats", "--data-dir", str(tmp_path / "none"), cwd=tmp_path)
    assert empty.returncode == 0
    assert empty.stdout.startswith("Nothing recorded yet")


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [
        ("unanswered", "--since", "yesterday"),
        ("stats", "--since", "0d"),
        ("unanswered", "--limit", "0"),
    ],
)
def test_report_options_are_checked(tmp_path: Path, args: tuple[str, ...]) -> None:
    """A malformed --since or --limit is a usage error (exit 2) naming the option."""
    result = _bot("-m", "bot", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert args[1] in result.stderr


@pytest.mark.slow
def test_webhook_mistakes_are_one_line_and_exit_2(tmp_path: Path) -> None:
    """A plain-http webhook URL and a short secret are one line together, exit 2, secret unquoted."""
    secret = "tooshort"  # noqa: S105 (made up)
    result = _bot(
        "-m",
        "bot",
        "run",
        cwd=tmp_path,
        TELEGRAM_BOT_TOKEN=TOKEN,
        BOT_WEBHOOK_URL="http://bot.example.org/hook",
        BOT_WEBHOOK_SECRET=secret,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("error: BOT_WEBHOOK_URL must use https")
    assert "BOT_WEBHOOK_SECRET must be 16-256" in result.stderr
    assert secret not in result.stderr
    assert TOKEN not in result.stderr


@pytest.mark.slow
def test_health_without_a_running_bot_is_exit_1(tmp_path: Path) -> None:
    """`health` with no heartbeat in BOT_CACHE_DIR says the bot is not running, exit 1."""
    result = _bot("-m", "bot", "health", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.startswith("unhealthy: no heartbeat in ")
    assert result.stderr.count("\n") == 1
