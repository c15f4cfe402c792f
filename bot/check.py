"""``python -m bot check``: validate the fact base, report coverage, run the editor's checks."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from bot.engine import Engine
from bot.loader import load_fact_base
from bot.problems import FactBaseError


def check_failures(engine: Engine) -> list[str]:
    """Ask each of the editor's regression questions; one line per question answered wrongly.

    Also used by the running bot when it reloads the fact base (bot.reload).
    """
    failures: list[str] = []
    for check in engine.base.checks:
        answer = engine.ask(check.question)
        got = answer.fact_id if answer.answered else None
        if got == check.expect:
            continue
        if check.expect is None:
            failures.append(
                f'{check.where}: check: "{check.question}" answered by {got!r}, expected a decline'
            )
        elif got is None:
            failures.append(
                f'{check.where}: check: "{check.question}" declined, expected {check.expect!r}'
            )
        else:
            failures.append(
                f'{check.where}: check: "{check.question}" answered by {got!r}, expected {check.expect!r}'
            )
    return failures


def run_check(directory: Path, *, out: TextIO, err: TextIO, cache_dir: Path | None = None) -> int:
    """Validate ``directory``; print a summary (exit 0) or every problem (exit 1)."""
    read_as = None
    if cache_dir is not None:
        from bot.cache import cache_key

        try:
            read_as = cache_key(directory)
        except OSError:
            cache_dir = None
    try:
        base = load_fact_base(directory)
    except FactBaseError as exc:
        for problem in exc.problems:
            print(problem, file=err)
        print(f"FAILED: {len(exc.problems)} problem(s)", file=err)
        return 1
    engine = Engine(base)
    if cache_dir is not None:
        from bot.cache import store_engine

        store_engine(engine, directory, cache_dir, read_as=read_as)
    failures = check_failures(engine)
    for sentence in base.uncited_sentences():
        print(f'warning: no fact cites the sentence "{sentence[:70]}…"', file=err)
    cited, total = base.coverage()
    questions = sum(len(f.questions) for f in base.facts)
    citations = sum(len(f.citations) for f in base.facts)
    for line in failures:
        print(line, file=err)
    summary = (
        f"{len(base.facts)} facts, {questions} questions, {citations} citations, {len(base.gaps)} gaps; "
        f"article coverage {100 * cited / total:.0f}% ({cited}/{total} sentences); "
        f"checks {len(base.checks) - len(failures)}/{len(base.checks)} passed"
    )
    if failures:
        print(f"FAILED: {summary}", file=err)
        return 1
    print(f"OK: {summary}", file=out)
    return 0
