"""The editor's commands: ``check`` the fact base, ``ask`` it questions, and the reports on
what the running bot recorded (``unanswered``, ``stats``)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from bot.cli.common import (
    EXIT_OK,
    EXIT_PROBLEMS,
    EXIT_USAGE,
    current_engine,
    knowledge_dir_for,
    report_settings,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from bot.conversation.answering import Answer
    from bot.conversation.catalog import Catalog
    from bot.engine import Engine
    from bot.records.store import Store


def cmd_check(args: argparse.Namespace) -> int:
    from bot.engine.cache import default_cache_dir
    from bot.engine.checks import run_check

    if args.directory and args.knowledge_dir and args.directory != args.knowledge_dir:
        print(
            "error: give the knowledge directory once (KNOWLEDGE_DIR or --knowledge-dir)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_check(
        knowledge_dir_for(args.directory or args.knowledge_dir),
        out=sys.stdout,
        err=sys.stderr,
        cache_dir=default_cache_dir(os.environ),
    )


def cmd_ask(args: argparse.Namespace) -> int:
    from bot.conversation.catalog import Catalog
    from bot.conversation.render import to_json, to_plain
    from bot.engine.cache import default_cache_dir, load_engine
    from bot.knowledge.problems import FactBaseError

    cache = None if args.no_cache else default_cache_dir(os.environ)
    try:
        catalog = Catalog(load_engine(knowledge_dir_for(args.knowledge_dir), cache))
    except FactBaseError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("error: the fact base is invalid; run `python -m bot check`", file=sys.stderr)
        return EXIT_PROBLEMS
    if args.jsonl:
        if args.question:
            print("error: --jsonl reads questions from stdin; give no QUESTION", file=sys.stderr)
            return EXIT_USAGE
        stdin = sys.stdin.buffer
        out = sys.stdout
        for raw in stdin:
            line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
            out.write(to_json(ask_safely(catalog, line)) + "\n")
            out.flush()
        return EXIT_OK
    if not args.question:
        print("error: give a QUESTION, or --jsonl to read questions from stdin", file=sys.stderr)
        return EXIT_USAGE
    question = " ".join(args.question)
    answer = catalog.ask(question)
    print(to_json(answer) if args.json else to_plain(answer))
    if args.explain:
        print(explain(catalog.engine, question), file=sys.stderr)
    return EXIT_OK


def ask_safely(catalog: Catalog, question: str) -> Answer:
    """The bot's answer; should it ever fail, a decline (and the error on stderr), so one
    bad line never costs the lines after it."""

    try:
        return catalog.ask(question)
    except Exception as exc:  # report it, then keep answering the other lines
        print(f"error: could not answer {question[:80]!r}: {exc!r}", file=sys.stderr)
        from bot.conversation import texts
        from bot.conversation.answering import Answer, Outcome

        return Answer(question, Outcome.NOT_FOUND, texts.text("not_found"))


def explain(engine: Engine, question: str) -> str:
    """How the engine saw ``question``: its words, coverage and best candidates."""
    found = engine.match(question)
    a = found.analysis
    lines = [
        f"language={a.lang} kind={a.kind} tokens={list(a.tokens)}",
        f"on-topic={found.on_topic:.2f} unknown={list(found.unknown)}",
    ]
    for c in found.candidates[:6]:
        lines.append(
            f"  {c.score:6.2f} {'gap ' if c.is_gap else ''}{c.id:<22} phr={c.phrasing:.2f} "
            f"voc={c.vocabulary:.2f} fuzzy={c.fuzzy:.2f} kind_fits={c.kind_fits} via {c.best_phrasing!r}"
        )
    return "\n".join(lines)


def cmd_unanswered(args: argparse.Namespace) -> int:
    from bot.records.insights import unanswered_report

    return _print_report(
        args,
        lambda store, engine: unanswered_report(
            store, period=args.since, limit=args.limit, engine=engine
        ),
    )


def cmd_stats(args: argparse.Namespace) -> int:
    from bot.records.insights import stats_report

    return _print_report(
        args, lambda store, engine: stats_report(store, period=args.since, engine=engine)
    )


def _print_report(args: argparse.Namespace, make: Callable[[Store, Engine | None], str]) -> int:
    """Print a report over the question log of ``args`` (its data and knowledge directories)."""
    from bot.records.store import Store, StoreError

    where = report_settings(args)
    if where is None:
        return EXIT_USAGE
    data, knowledge = where
    engine = current_engine(knowledge)
    try:
        print(make(Store(data), engine))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK
