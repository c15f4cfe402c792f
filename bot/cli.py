"""Command line: ``python -m bot run|chat|ask|check|…``.

An adapter only: the library does the work; this turns arguments into calls and errors into
one clear line and an exit code. Telegram is imported only by the commands that need it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.engine import Engine

from bot import __version__

#: Exit codes.
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

DEFAULT_KNOWLEDGE_DIR = "knowledge"


def _knowledge_dir(arg: str | None) -> Path:
    return Path(arg or os.environ.get("BOT_KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)


def _cmd_check(args: argparse.Namespace) -> int:
    from bot.cache import default_cache_dir
    from bot.check import run_check

    return run_check(
        _knowledge_dir(args.knowledge_dir),
        out=sys.stdout,
        err=sys.stderr,
        cache_dir=default_cache_dir(os.environ),
    )


def _cmd_ask(args: argparse.Namespace) -> int:
    from bot.cache import default_cache_dir, load_engine
    from bot.problems import FactBaseError
    from bot.render import to_json, to_plain

    cache = None if args.no_cache else default_cache_dir(os.environ)
    try:
        engine = load_engine(_knowledge_dir(args.knowledge_dir), cache)
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
            out.write(to_json(engine.ask(line)) + "\n")
            out.flush()
        return EXIT_OK
    if not args.question:
        print("error: give a QUESTION, or --jsonl to read questions from stdin", file=sys.stderr)
        return EXIT_USAGE
    question = " ".join(args.question)
    answer = engine.ask(question)
    print(to_json(answer) if args.json else to_plain(answer))
    if args.explain:
        print(_explain(engine, question), file=sys.stderr)
    return EXIT_OK


def _explain(engine: Engine, question: str) -> str:
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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command (also used by tests to check each has help)."""
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="visit-bot: answers questions about one news article, citing it verbatim.",
    )
    parser.add_argument("--version", action="version", version=f"visit-bot {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    check = commands.add_parser(
        "check",
        help="validate the fact base and run its regression questions",
        description="Load and validate the fact base; list every problem as file:line. Exit 1 on problems.",
    )
    check.add_argument(
        "knowledge_dir",
        nargs="?",
        metavar="KNOWLEDGE_DIR",
        help="default: $BOT_KNOWLEDGE_DIR or knowledge/",
    )
    check.set_defaults(func=_cmd_check)

    ask = commands.add_parser(
        "ask",
        help="answer one question (or many with --jsonl)",
        description="Answer a question from the fact base with its citation. Exit 0 also when declined.",
    )
    ask.add_argument("question", nargs="*", metavar="QUESTION", help="the question (quote it)")
    fmt = ask.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print one JSON object")
    fmt.add_argument(
        "--jsonl", action="store_true", help="read questions from stdin, one JSON object per line"
    )
    ask.add_argument(
        "--explain", action="store_true", help="also show how the question was scored (stderr)"
    )
    ask.add_argument(
        "--no-cache", action="store_true", help="build the engine afresh instead of using the cache"
    )
    ask.add_argument(
        "--knowledge-dir", metavar="DIR", help="default: $BOT_KNOWLEDGE_DIR or knowledge/"
    )
    ask.set_defaults(func=_cmd_ask)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
