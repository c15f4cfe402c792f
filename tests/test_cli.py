"""The command line: an adapter with exact output contracts and clean errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent
JSON_FIELDS = ["question", "answered", "answer", "citations", "fact_id", "score", "suggestions"]


def run_bot(
    *args: str, stdin: str = "", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m bot ARGS`` from the project root."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
        check=False,
    )


@pytest.fixture
def cache_env(tmp_path: Path) -> dict[str, str]:
    """An empty engine cache for one test."""
    return {"BOT_CACHE_DIR": str(tmp_path / "cache")}


def test_every_command_has_help() -> None:
    """Every subcommand documents itself in --help."""
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    assert commands.choices
    for name, sub in commands.choices.items():
        text = sub.format_help()
        assert sub.description or sub.format_usage(), name
        assert "usage:" in text, name


def test_ask_prints_answer_with_citation(cache_env: dict[str, str]) -> None:
    """`ask QUESTION` prints the answer and its quote with the paragraph number."""
    result = run_bot("ask", "how big was trade last year", env=cache_env)
    assert result.returncode == 0, result.stderr
    assert "73.8" in result.stdout
    assert "¶5" in result.stdout


def test_ask_exits_zero_when_declined(cache_env: dict[str, str]) -> None:
    """A declined question is a normal outcome: exit 0 with an honest message."""
    result = run_bot("ask", "what is the price of gold", env=cache_env)
    assert result.returncode == 0
    assert "doesn't say" in result.stdout


def test_ask_json_is_one_object_with_the_contract_fields(cache_env: dict[str, str]) -> None:
    """`ask --json` prints exactly one JSON object with the agreed fields."""
    result = run_bot("ask", "--json", "who did nurtleu meet", env=cache_env)
    obj = json.loads(result.stdout)
    assert list(obj) == JSON_FIELDS
    assert obj["answered"] is True
    assert isinstance(obj["score"], float)
    assert all(set(c) == {"paragraph", "quote"} for c in obj["citations"])


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


def test_ask_jsonl_survives_invalid_utf8(cache_env: dict[str, str]) -> None:
    """Undecodable bytes on stdin still get their line of output."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "--jsonl"],
        input=b"who visited\xff belgrade\n\x00\n",
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **cache_env},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert len(result.stdout.decode().splitlines()) == 2


def test_ask_without_question_is_a_usage_error() -> None:
    """`ask` with neither a question nor --jsonl says what to give, exit 2."""
    result = run_bot("ask")
    assert result.returncode == 2
    assert "give a QUESTION" in result.stderr


def test_ask_does_not_import_telegram(cache_env: dict[str, str]) -> None:
    """`ask` starts without importing python-telegram-bot (checked with -X importtime)."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot", "ask", "hello"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **cache_env},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "rapidfuzz" in imported
    assert not any(name == "telegram" or name.startswith("telegram.") for name in imported)


def test_ask_uses_and_refreshes_the_cache(tmp_path: Path, cache_env: dict[str, str]) -> None:
    """A second `ask` reads the cached engine; an edited fact base is rebuilt, not served stale."""
    knowledge = tmp_path / "knowledge"
    import shutil

    shutil.copytree(ROOT / "knowledge", knowledge)
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


def test_check_reports_summary_and_coverage(cache_env: dict[str, str]) -> None:
    """`check` on the shipped base prints OK with 100% article coverage, exit 0."""
    result = run_bot("check", env=cache_env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("OK: ")
    assert "article coverage 100%" in result.stdout


def test_check_lists_problems_with_file_and_line(tmp_path: Path, cache_env: dict[str, str]) -> None:
    """`check` on a broken base lists each problem as file:line and exits 1, no traceback."""
    import shutil

    knowledge = tmp_path / "kb"
    shutil.copytree(ROOT / "knowledge", knowledge)
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


def test_check_reports_each_failed_regression_question(
    tmp_path: Path, cache_env: dict[str, str]
) -> None:
    """A valid base whose checks.yaml questions are answered differently fails `check`, each
    failure as file:line with the question, what answered it and what was expected."""
    import shutil

    knowledge = tmp_path / "kb"
    shutil.copytree(ROOT / "knowledge", knowledge)
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
    assert "checks 32/34 passed" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("FAILED: ")


def test_ask_with_invalid_base_says_so_cleanly(tmp_path: Path, cache_env: dict[str, str]) -> None:
    """`ask` against an invalid fact base prints its problems and exits 1, no traceback."""
    (tmp_path / "bad.yaml").write_text("facts: [\n", encoding="utf-8")
    result = run_bot("ask", "--knowledge-dir", str(tmp_path), "hi", env=cache_env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "python -m bot check" in result.stderr


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


def test_ask_finds_the_fact_base_from_another_directory(
    tmp_path: Path, cache_env: dict[str, str]
) -> None:
    """`ask` run outside the project still answers from the project's knowledge/."""
    result = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "who visited belgrade"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, **cache_env, "PYTHONPATH": str(ROOT)},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Nurtleu" in result.stdout
