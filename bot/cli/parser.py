"""The argument parser (every command, its help and options) and :func:`main`."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from typing import NoReturn, TypeAlias

from bot import __version__
from bot.cli.common import EXIT_OK, knowledge_option, period, positive
from bot.cli.editor import cmd_ask, cmd_check, cmd_stats, cmd_unanswered
from bot.cli.records import cmd_accept, cmd_forget, cmd_reject, cmd_review, iso_date
from bot.cli.serve import cmd_chat, cmd_health, cmd_run, cmd_start

#: What the commands are added to.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command (also used by tests to check each has help)."""
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="visit-bot: answers questions about one news article, citing it verbatim.",
    )
    parser.add_argument("--version", action="version", version=f"visit-bot {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    _serving(commands)
    _editing(commands)
    _records(commands)
    return parser


def _serving(commands: Commands) -> None:
    """run, chat, start and health."""
    run = commands.add_parser(
        "run",
        help="run the Telegram bot (long polling, or a webhook; needs TELEGRAM_BOT_TOKEN)",
        description="Run the Telegram bot until Ctrl-C or SIGTERM. Configuration comes from the "
        "environment and .env: TELEGRAM_BOT_TOKEN (required), TELEGRAM_API_BASE_URL, LOG_LEVEL, "
        "BOT_KNOWLEDGE_DIR, BOT_CACHE_DIR, ADMIN_IDS, BOT_DATA_DIR, BOT_RELOAD_SECONDS, "
        "BOT_RATE_LIMIT, BOT_USER_RATE_LIMIT; with "
        "BOT_WEBHOOK_URL (and BOT_WEBHOOK_SECRET, BOT_WEBHOOK_LISTEN, BOT_WEBHOOK_PORT) it "
        "serves a webhook instead of polling. Edits of the fact base are taken in while it "
        "runs. Exit 2 on a configuration mistake.",
    )
    knowledge_option(run)
    run.set_defaults(func=cmd_run)

    chat = commands.add_parser(
        "chat",
        help="talk to the bot in the terminal (no Telegram needed)",
        description="An interactive console chat with the same engine and texts as the bot. "
        "Type a question or the number of a suggestion; /bad marks the last answer as wrong; "
        "/quit or Ctrl-D ends it. The questions are recorded in BOT_DATA_DIR like the "
        "Telegram bot's (for review, unanswered and stats) unless --no-record is given.",
    )
    chat.add_argument("--no-record", action="store_true", help="record nothing in BOT_DATA_DIR")
    knowledge_option(chat)
    chat.set_defaults(func=cmd_chat)

    start = commands.add_parser(
        "start",
        help="`run` when TELEGRAM_BOT_TOKEN is set, otherwise `chat` (what `make run` does)",
        description="Run the Telegram bot if a token is configured (environment or .env); "
        "otherwise say how to get one and open the console chat.",
    )
    knowledge_option(start)
    start.set_defaults(func=cmd_start)

    health = commands.add_parser(
        "health",
        help="is the running bot alive? (exit 0 if so; the Docker HEALTHCHECK)",
        description="Read the heartbeat the running bot writes every few seconds to BOT_CACHE_DIR "
        "and say whether it is alive: written by a bot that loaded its fact base, whose process "
        "exists and whose event loop turned within the last minute. Exit 0 if so, else 1.",
    )
    health.set_defaults(func=cmd_health)


def _editing(commands: Commands) -> None:
    """check, ask, unanswered and stats."""
    check = commands.add_parser(
        "check",
        help="validate the fact base and run its regression questions",
        description="Load and validate the fact base and list every problem as file:line; "
        "then ask the editor's regression questions (checks.yaml) and report each one answered "
        "differently than expected. Exit 1 on any problem or failed check.",
    )
    check.add_argument(
        "directory",
        nargs="?",
        metavar="KNOWLEDGE_DIR",
        help="default: --knowledge-dir, $BOT_KNOWLEDGE_DIR or knowledge/",
    )
    knowledge_option(check)
    check.set_defaults(func=cmd_check)

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
    knowledge_option(ask)
    ask.set_defaults(func=cmd_ask, quick_exit=True)

    unanswered = commands.add_parser(
        "unanswered",
        help="the questions the bot declined or was unsure of, most frequent first",
        description="List the questions the running bot declined or answered with low "
        "confidence (recorded in BOT_DATA_DIR), near-duplicates grouped, with how often each "
        "was asked, the closest existing fact, and whether the current fact base answers it "
        "now. Use it to decide which facts or phrasings to add.",
    )
    unanswered.add_argument(
        "--since",
        type=period,
        default="7d",
        metavar="PERIOD",
        help="how far back: 30m, 12h, 7d, 2w… or all (default: 7d)",
    )
    unanswered.add_argument(
        "--limit", type=positive, default=20, metavar="N", help="groups shown (default: 20)"
    )
    unanswered.add_argument("--data-dir", metavar="DIR", help="default: $BOT_DATA_DIR or data/")
    knowledge_option(unanswered)
    unanswered.set_defaults(func=cmd_unanswered)

    stats = commands.add_parser(
        "stats",
        help="questions asked, answer rate, top facts and feedback",
        description="Summarise what the running bot recorded in BOT_DATA_DIR over a period: "
        "questions asked, how many were answered or declined, the facts answered most, and "
        "each fact's 👍/👎 feedback.",
    )
    stats.add_argument(
        "--since",
        type=period,
        default="7d",
        metavar="PERIOD",
        help="how far back: 30m, 12h, 7d, 2w… or all (default: 7d)",
    )
    stats.add_argument("--data-dir", metavar="DIR", help="default: $BOT_DATA_DIR or data/")
    knowledge_option(stats)
    stats.set_defaults(func=cmd_stats)


def _records(commands: Commands) -> None:
    """review, accept, reject and forget."""
    review = commands.add_parser(
        "review",
        help="what needs the editor's eye: declined, 👎, weak and thin answers, in groups",
        description="Group the recorded questions that need the editor's eye: declined "
        "(similar wordings grouped, the closest facts suggested), disliked (answered by a fact "
        "that got a 👎), weak (answered by a fact that explains little of the question) and "
        "thin (answered by a small margin). Each group has a stable id for `accept` and "
        "`reject`; accepted and rejected groups are not shown again.",
    )
    review.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list of {id, kind, questions, count, suggestions, fact_id, gap_id}",
    )
    review.add_argument(
        "--since",
        type=period,
        default="all",
        metavar="PERIOD",
        help="groups with a question asked in the last 30m, 12h, 7d, 2w… or all (default: all)",
    )
    review.add_argument(
        "--limit", type=positive, default=20, metavar="N", help="groups shown (default: 20)"
    )
    review.add_argument("--data-dir", metavar="DIR", help="default: $BOT_DATA_DIR or data/")
    knowledge_option(review)
    review.set_defaults(func=cmd_review)

    accept = commands.add_parser(
        "accept",
        help="add a review group's questions to a fact (or gap) in its YAML file",
        description="Append the questions of review group GROUP to the questions of FACT_ID "
        "(or of the gap --gap GAP_ID) in its YAML file, adding lines only: comments, order "
        "and style stay as written. The whole fact base is checked first in a temporary copy "
        "(validation and checks.yaml); if that fails nothing changes and the problems are "
        "listed (exit 1). Otherwise the file is replaced at once (a running bot reloads it) "
        "and the group is hidden. --new-fact prints a new fact to fill in instead.",
    )
    accept.add_argument("group", metavar="GROUP", help="the group's id (or its start) from review")
    accept.add_argument("fact_id", nargs="?", metavar="FACT_ID", help="the fact to add them to")
    accept.add_argument("--gap", metavar="GAP_ID", help="add them to this gap instead")
    accept.add_argument(
        "--new-fact", action="store_true", help="print a new fact with these questions to fill in"
    )
    accept.add_argument("--data-dir", metavar="DIR", help="default: $BOT_DATA_DIR or data/")
    knowledge_option(accept)
    accept.set_defaults(func=cmd_accept)

    reject = commands.add_parser(
        "reject",
        help="hide a review group (nothing to add)",
        description="Mark review group GROUP as done without changing the fact base: review "
        "no longer shows it.",
    )
    reject.add_argument("group", metavar="GROUP", help="the group's id (or its start) from review")
    reject.add_argument("--data-dir", metavar="DIR", help="default: $BOT_DATA_DIR or data/")
    reject.set_defaults(func=cmd_reject, knowledge_dir=None)

    forget = commands.add_parser(
        "forget",
        help="delete what the bot recorded before a date (questions and feedback)",
        description="Delete every question and 👍/👎 the bot recorded in BOT_DATA_DIR before "
        "DATE (midnight UTC), overwriting the freed space so no copy of the text is left in the "
        "database or its write-ahead log. Safe while the bot runs. (Rows older than 180 days "
        "are deleted anyway as the bot goes.)",
    )
    forget.add_argument(
        "--before",
        type=iso_date,
        required=True,
        metavar="DATE",
        help="an ISO date, 2025-06-01 (or 2025-06-01T12:00, UTC)",
    )
    forget.add_argument("--data-dir", metavar="DIR", help="default: $BOT_DATA_DIR or data/")
    forget.set_defaults(func=cmd_forget, knowledge_dir=None)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    return _run(build_parser().parse_args(argv))


def run_and_exit() -> NoReturn:
    """``python -m bot``: run the command and exit the process. A one-shot command that leaves
    nothing to clean up (``ask``) runs without the cyclic garbage collector and exits as soon
    as its output is flushed: collections over objects that live to the end, and freeing the
    fact base's objects one by one at exit, were a third of its cold start."""
    args = build_parser().parse_args()
    quick = getattr(args, "quick_exit", False)
    if quick:
        # A one-shot command makes objects that live until the end (modules, the fact base):
        # the cyclic collector would only walk them again and again.
        gc.disable()
    code = _run(args)
    if quick:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):
            pass  # the reader went away or the stream is closed: nothing more to say
        os._exit(code)
    sys.exit(code)


def _run(args: argparse.Namespace) -> int:
    """The command ``args`` names, run; its exit code."""
    try:
        return int(args.func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK
