"""The command line: an adapter with exact output contracts and clean errors."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from paths import KNOWLEDGE, ROOT, SMALL

from bot.cli import build_parser
from bot.knowledge.model import FactBase

JSON_FIELDS = ["question", "answered", "answer", "citations", "fact_id", "score", "suggestions"]


def run_bot(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m bot ARGS`` from the project root, on the small fixture base unless
    ``env`` names another BOT_KNOWLEDGE_DIR."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "BOT_KNOWLEDGE_DIR": str(SMALL), **(env or {})},
        timeout=60,
        check=False,
    )


@pytest.fixture
def cache_env(tmp_path: Path) -> dict[str, str]:
    """An empty engine cache for one test."""
    return {"BOT_CACHE_DIR": str(tmp_path / "cache")}


def test_every_command_has_a_description() -> None:
    """Every subcommand's --help says what it does in a description of its own."""
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    assert commands.choices
    for name, sub in commands.choices.items():
        assert sub.description, name
        assert sub.description in " ".join(sub.format_help().split()), name


@pytest.mark.slow
def test_ask_prints_answer_with_citation(cache_env: dict[str, str]) -> None:
    """`ask QUESTION` prints the answer and its quote with the paragraph number."""
    result = run_bot("ask", "how big was trade last year", env=cache_env)
    assert result.returncode == 0, result.stderr
    assert "73.8" in result.stdout
    assert "¶5" in result.stdout


@pytest.mark.slow
def test_ask_exits_zero_when_declined(cache_env: dict[str, str]) -> None:
    """A declined question is a normal outcome: exit 0 with an honest message."""
    result = run_bot("ask", "what is the price of gold", env=cache_env)
    assert result.returncode == 0
    assert "doesn't say" in result.stdout


@pytest.mark.slow
def test_ask_json_is_one_object_with_the_contract_fields(cache_env: dict[str, str]) -> None:
    """`ask --json` prints exactly one JSON object with the agreed fields."""
    result = run_bot("ask", "--json", "who did nurtleu meet", env=cache_env)
    obj = json.loads(result.stdout)
    assert list(obj) == JSON_FIELDS
    assert obj["answered"] is True
    assert isinstance(obj["score"], float)
    assert all(set(c) == {"paragraph", "quote"} for c in obj["citations"])


@pytest.mark.slow
def test_ask_jsonl_writes_one_line_per_input_line_in_order(cache_env: dict[str, str]) -> None:
    """`ask --jsonl` answers every stdin line, blank ones too, in order."""
    questions = ["who visited belgrade", "", "   ", "weather in tokyo?", "Кто посетил Белград?"]
    result = run_bot("ask", "--jsonl", stdin="\n".join(questions) + "\n", env=cache_env)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == len(questions)
    for question, line in zip(questions, lines, strict=True):
        obj = json.loads(line)
        assert list(obj) == JSON_FIELDS
        assert obj["question"] == question
        if not obj["answered"]:
            assert obj["answer"] == ""
            assert obj["fact_id"] is None


@pytest.mark.slow
def test_ask_jsonl_survives_invalid_utf8(cache_env: dict[str, str]) -> None:
    """Undecodable bytes on stdin still get their line of output."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        input=b"who visited\xff belgrade\n\x00\n",
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **cache_env, "BOT_KNOWLEDGE_DIR": str(SMALL)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert len(result.stdout.decode().splitlines()) == 2


@pytest.mark.slow
def test_ask_without_question_is_a_usage_error() -> None:
    """`ask` with neither a question nor --jsonl says what to give, exit 2."""
    result = run_bot("ask")
    assert result.returncode == 2
    assert "give a QUESTION" in result.stderr


@pytest.mark.slow
def test_ask_does_not_import_telegram(cache_env: dict[str, str]) -> None:
    """`ask` starts without importing python-telegram-bot (checked with -X importtime)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot", "ask", "hello"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **cache_env, "BOT_KNOWLEDGE_DIR": str(SMALL)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "rapidfuzz" in imported
    assert not any(name == "telegram" or name.startswith("telegram.") for name in imported)


@pytest.mark.slow
def test_ask_uses_and_refreshes_the_cache(tmp_path: Path, cache_env: dict[str, str]) -> None:
    """A second `ask` reads the cached engine; an edited fact base is rebuilt, not served stale."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(SMALL, knowledge)
    first = run_bot("ask", "--knowledge-dir", str(knowledge), "how big is trade", env=cache_env)
    assert "73.8" in first.stdout
    assert len(list(Path(cache_env["BOT_CACHE_DIR"]).glob("engine-*.pickle"))) == 1
    facts = knowledge / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            "reached $73.8 million last year.", "reached $73.8 million (edited) last year."
        ),
        encoding="utf-8",
    )
    second = run_bot("ask", "--knowledge-dir", str(knowledge), "how big is trade", env=cache_env)
    assert "(edited)" in second.stdout


@pytest.mark.slow
def test_check_reports_summary_and_coverage(
    small_base: FactBase, cache_env: dict[str, str]
) -> None:
    """`check` on a valid base prints OK with its counts and article coverage, exit 0, and
    warns of each sentence no fact cites."""
    result = run_bot("check", str(SMALL), env=cache_env)
    assert result.returncode == 0, result.stderr
    cited, total = small_base.coverage()
    assert result.stdout.startswith(f"OK: {len(small_base.facts)} facts, ")
    assert f"article coverage {100 * cited / total:.0f}% ({cited}/{total} sentences)" in (
        result.stdout
    )
    assert f"checks {len(small_base.checks)}/{len(small_base.checks)} passed" in result.stdout
    assert result.stderr.count("warning: no fact cites the sentence") == total - cited


@pytest.mark.slow
def test_check_passes_on_the_shipped_base(cache_env: dict[str, str]) -> None:
    """`check` with no directory validates the shipped knowledge/ and passes (exit 0)."""
    result = run_bot("check", env={**cache_env, "BOT_KNOWLEDGE_DIR": str(KNOWLEDGE)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ")


@pytest.mark.slow
def test_check_lists_problems_with_file_and_line(tmp_path: Path, cache_env: dict[str, str]) -> None:
    """`check` on a broken base lists each problem as file:line and exits 1, no traceback."""
    knowledge = tmp_path / "kb"
    shutil.copytree(SMALL, knowledge)
    facts = knowledge / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            "- reported the ministry’s press service", "- reported the ministry's press office"
        ),
        encoding="utf-8",
    )
    result = run_bot("check", str(knowledge), env=cache_env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "facts.yaml:" in result.stderr
    assert "citation not found in the article" in result.stderr


@pytest.mark.slow
def test_check_reports_each_failed_regression_question(
    small_base: FactBase, tmp_path: Path, cache_env: dict[str, str]
) -> None:
    """A valid base whose checks.yaml questions are answered differently fails `check`, each
    failure as file:line with the question, what answered it and what was expected."""
    knowledge = tmp_path / "kb"
    shutil.copytree(SMALL, knowledge)
    checks = knowledge / "checks.yaml"
    text = checks.read_text(encoding="utf-8")
    text = text.replace(
        '{q: "bilateral trade figure", expect: trade-turnover}',
        '{q: "bilateral trade figure", expect: visit}',
    ).replace(
        '{q: "any gas contracts signed?", decline: true}',
        '{q: "who visited belgrade", decline: true}',
    )
    checks.write_text(text, encoding="utf-8")
    line = next(n for n, t in enumerate(text.splitlines(), 1) if "bilateral trade figure" in t)
    result = run_bot("check", str(knowledge), env=cache_env)
    assert result.returncode == 1
    assert (
        f"{checks}:{line}: check: \"bilateral trade figure\" answered by 'trade-turnover', "
        "expected 'visit'"
    ) in result.stderr.splitlines()
    assert (
        "check: \"who visited belgrade\" answered by 'visit', expected a decline" in result.stderr
    )
    total = len(small_base.checks)
    assert f"checks {total - 2}/{total} passed" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("FAILED: ")


@pytest.mark.slow
def test_ask_with_invalid_base_says_so_cleanly(tmp_path: Path, cache_env: dict[str, str]) -> None:
    """`ask` against an invalid fact base prints its problems and exits 1, no traceback."""
    (tmp_path / "bad.yaml").write_text("facts: [\n", encoding="utf-8")
    result = run_bot("ask", "--knowledge-dir", str(tmp_path), "hi", env=cache_env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "python -m bot check" in result.stderr


@pytest.mark.slow
def test_jsonl_keeps_going_when_a_question_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """If answering one line ever raised, that line is declined and the next ones still answered."""
    import io

    from bot import cli
    from bot.engine import Decision, Engine

    real_decide = Engine.decide

    def flaky(self: Engine, question: str, **kwargs: object) -> Decision:
        if "boom" in question:
            raise RuntimeError("engine failure")
        return real_decide(self, question)

    monkeypatch.setattr(Engine, "decide", flaky)
    monkeypatch.setenv("BOT_KNOWLEDGE_DIR", str(SMALL))
    stdin = io.TextIOWrapper(io.BytesIO(b"boom\nwho visited belgrade\n"), encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    monkeypatch.setattr("sys.stdin", stdin)
    monkeypatch.setattr("sys.stdout", out)
    monkeypatch.setattr("sys.stderr", err)
    assert cli.main(["ask", "--jsonl", "--no-cache"]) == 0
    first, second = (json.loads(line) for line in out.getvalue().splitlines())
    assert first["question"] == "boom"
    assert first["answered"] is False
    assert second["answered"] is True
    assert "could not answer 'boom'" in err.getvalue()


@pytest.mark.slow
def test_ask_finds_the_fact_base_from_another_directory(
    base: FactBase, tmp_path: Path, cache_env: dict[str, str]
) -> None:
    """`ask` run outside the project, with no BOT_KNOWLEDGE_DIR, answers from the project's
    knowledge/ (the same answer as when pointed at it)."""
    question = base.popular[0]
    env = {k: v for k, v in os.environ.items() if k != "BOT_KNOWLEDGE_DIR"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--json", question],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**env, **cache_env, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    pointed = run_bot("ask", "--json", "--knowledge-dir", str(KNOWLEDGE), question, env=cache_env)
    assert json.loads(result.stdout)["answered"] is True
    assert result.stdout == pointed.stdout
