"""Command line: ``python -m bot run|chat|start|ask|check|unanswered|stats|health``.

An adapter only: the library does the work; this turns arguments into calls and errors into
one clear line and an exit code. Telegram is imported only by the commands that need it.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from bot import __version__

if TYPE_CHECKING:
    from bot.conversation.answering import Answer
    from bot.conversation.catalog import Catalog
    from bot.engine import Engine
    from bot.ops.settings import Settings

#: Exit codes.
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

DEFAULT_KNOWLEDGE_DIR = "knowledge"


def _knowledge_dir(arg: str | None) -> Path:
    chosen = arg or os.environ.get("BOT_KNOWLEDGE_DIR")
    if chosen:
        return Path(chosen)
    default = Path(DEFAULT_KNOWLEDGE_DIR)
    # Run from another directory, `ask` and `check` still find the project's own fact base.
    beside_package = Path(__file__).resolve().parent.parent / DEFAULT_KNOWLEDGE_DIR
    return default if default.is_dir() or not beside_package.is_dir() else beside_package


def _cmd_check(args: argparse.Namespace) -> int:
    from bot.engine.cache import default_cache_dir
    from bot.engine.checks import run_check

    if args.directory and args.knowledge_dir and args.directory != args.knowledge_dir:
        print(
            "error: give the knowledge directory once (KNOWLEDGE_DIR or --knowledge-dir)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return run_check(
        _knowledge_dir(args.directory or args.knowledge_dir),
        out=sys.stdout,
        err=sys.stderr,
        cache_dir=default_cache_dir(os.environ),
    )


def _cache_dir(settings: Settings) -> Path:
    """BOT_CACHE_DIR from the settings (environment or .env), else the default location."""
    from bot.engine.cache import default_cache_dir

    return settings.cache_dir or default_cache_dir(os.environ)


def _load_catalog(directory: Path, cache_dir: Path) -> Catalog | None:
    """The fact base in ``directory`` as a Catalog, or None after printing its problems."""
    from bot.conversation.catalog import Catalog
    from bot.engine.cache import load_engine
    from bot.knowledge.problems import FactBaseError

    try:
        # The same compiled-engine cache as `ask`, so the chat and the bot start quickly too.
        return Catalog(load_engine(directory, cache_dir))
    except FactBaseError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("error: the fact base is invalid; run `python -m bot check`", file=sys.stderr)
        return None


def _cmd_run(args: argparse.Namespace) -> int:
    from bot.ops.settings import SettingsError, environment, load_settings

    try:
        settings = load_settings(environment())
        token = settings.require_token()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return _run_bot(settings, token, args.knowledge_dir)


def _run_bot(settings: Settings, token: str, knowledge_dir: str | None) -> int:
    import logging

    from bot.ops.health import heartbeat_path
    from bot.ops.logs import Redactor, configure_logging

    # Before anything touches Telegram: python-telegram-bot logs the API URL on construction
    # (and, at DEBUG, setWebhook's parameters, the webhook secret among them).
    secrets = [token] + ([settings.webhook_secret] if settings.webhook_secret else [])
    redact = Redactor(secrets)
    configure_logging(settings.log_level_number, secrets=secrets)
    cache_dir = _cache_dir(settings)
    if knowledge_dir:
        # The reloader watches settings.knowledge_dir: the same directory the bot starts with.
        settings = dataclasses.replace(settings, knowledge_dir=Path(knowledge_dir))
    catalog = _load_catalog(settings.knowledge_dir, cache_dir)
    if catalog is None:
        return EXIT_PROBLEMS
    logging.getLogger("bot").info("fact base loaded: %d facts", len(catalog.base.facts))

    # Telegram is imported only here, so `ask`, `check` and `chat` never load it.
    from telegram.error import InvalidToken, NetworkError

    from bot.records.store import StoreError
    from bot.tg.app import ListenError, WebhookRefusedError, run

    try:
        run(
            settings,
            catalog.engine,
            cache_dir=cache_dir,
            heartbeat=heartbeat_path(cache_dir),
        )
    except InvalidToken:
        print(
            "error: Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather "
            "(and TELEGRAM_API_BASE_URL, if you set it)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except WebhookRefusedError as exc:
        print(
            f"error: Telegram refused BOT_WEBHOOK_URL={settings.webhook_url}: {redact(str(exc))}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    except ListenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    except (
        StoreError
    ) as exc:  # the record of answered updates (bot.records.answered) cannot be kept
        print(f"error: {exc} (set BOT_DATA_DIR to a writable directory)", file=sys.stderr)
        return EXIT_PROBLEMS
    except NetworkError as exc:
        reason = redact(str(exc))
        print(
            f"error: cannot reach the Telegram Bot API at {settings.api_base_url}: {reason}",
            file=sys.stderr,
        )
        return EXIT_PROBLEMS
    except Exception:
        # Through the redacting log handler, never as a bare traceback that could quote the token.
        logging.getLogger("bot").critical("the bot stopped on an unexpected error", exc_info=True)
        return EXIT_PROBLEMS
    return EXIT_OK


def _cmd_chat(args: argparse.Namespace) -> int:
    from bot.ops.settings import SettingsError, environment, load_settings

    env = environment()
    # The console needs no token, so a malformed one must not stop it.
    env.pop("TELEGRAM_BOT_TOKEN", None)
    try:
        settings = load_settings(env)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return _chat(settings, args.knowledge_dir)


def _chat(settings: Settings, knowledge_dir: str | None) -> int:
    from bot.console import run_chat

    directory = Path(knowledge_dir) if knowledge_dir else settings.knowledge_dir
    catalog = _load_catalog(directory, _cache_dir(settings))
    if catalog is None:
        return EXIT_PROBLEMS
    if isinstance(sys.stdin, io.TextIOWrapper):
        # Undecodable input bytes become U+FFFD instead of ending the chat with a traceback.
        sys.stdin.reconfigure(errors="replace")
    return run_chat(catalog, stdin=sys.stdin, stdout=sys.stdout)


def start_mode(settings: Settings) -> str:
    """What ``start`` (``make run``) does: "run" the bot with a token, else "chat"."""
    return "run" if settings.token is not None else "chat"


def _cmd_start(args: argparse.Namespace) -> int:
    from bot.ops.settings import BOTFATHER_URL, SettingsError, environment, load_settings

    try:
        settings = load_settings(environment())
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if start_mode(settings) == "run":
        return _run_bot(settings, settings.require_token(), args.knowledge_dir)
    print(
        "No TELEGRAM_BOT_TOKEN: to run the Telegram bot, get a token from @BotFather "
        f"({BOTFATHER_URL}) and set it in .env (see .env.example). Opening the console chat.",
        file=sys.stderr,
    )
    return _chat(settings, args.knowledge_dir)


def _cmd_health(args: argparse.Namespace) -> int:
    import time

    from bot.ops.health import check_health, heartbeat_path
    from bot.ops.settings import SettingsError, environment, load_settings

    env = environment()
    env.pop("TELEGRAM_BOT_TOKEN", None)  # not needed to read a heartbeat
    try:
        settings = load_settings(env)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    healthy, line = check_health(heartbeat_path(_cache_dir(settings)), now=time.time())
    print(line, file=sys.stdout if healthy else sys.stderr)
    return EXIT_OK if healthy else EXIT_PROBLEMS


def _cmd_ask(args: argparse.Namespace) -> int:
    from bot.conversation.catalog import Catalog
    from bot.conversation.render import to_json, to_plain
    from bot.engine.cache import default_cache_dir, load_engine
    from bot.knowledge.problems import FactBaseError

    cache = None if args.no_cache else default_cache_dir(os.environ)
    try:
        catalog = Catalog(load_engine(_knowledge_dir(args.knowledge_dir), cache))
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
            out.write(to_json(_ask_safely(catalog, line)) + "\n")
            out.flush()
        return EXIT_OK
    if not args.question:
        print("error: give a QUESTION, or --jsonl to read questions from stdin", file=sys.stderr)
        return EXIT_USAGE
    question = " ".join(args.question)
    answer = catalog.ask(question)
    print(to_json(answer) if args.json else to_plain(answer))
    if args.explain:
        print(_explain(catalog.engine, question), file=sys.stderr)
    return EXIT_OK


def _report_settings(args: argparse.Namespace) -> tuple[Path, Path] | None:
    """(data directory, knowledge directory) for the reports, or None after saying why not."""
    from bot.ops.settings import SettingsError, environment, load_settings

    env = environment()
    env.pop("TELEGRAM_BOT_TOKEN", None)  # the reports need no token
    try:
        settings = load_settings(env)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    data = Path(args.data_dir) if args.data_dir else settings.data_dir
    knowledge = Path(args.knowledge_dir) if args.knowledge_dir else settings.knowledge_dir
    return data, knowledge


def _current_engine(knowledge_dir: Path) -> Engine | None:
    """The current fact base's engine, to name facts in reports (None when it does not load)."""
    from bot.engine.cache import default_cache_dir, load_engine
    from bot.knowledge.problems import FactBaseError

    try:
        return load_engine(knowledge_dir, default_cache_dir(os.environ))
    except FactBaseError:
        print(
            f"note: the fact base in {knowledge_dir} does not load, so facts are shown by id "
            "(run `python -m bot check`)",
            file=sys.stderr,
        )
        return None


def _cmd_unanswered(args: argparse.Namespace) -> int:
    from bot.records.insights import unanswered_report
    from bot.records.store import Store, StoreError

    where = _report_settings(args)
    if where is None:
        return EXIT_USAGE
    data, knowledge = where
    engine = _current_engine(knowledge)
    try:
        print(unanswered_report(Store(data), period=args.since, limit=args.limit, engine=engine))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _cmd_stats(args: argparse.Namespace) -> int:
    from bot.records.insights import stats_report
    from bot.records.store import Store, StoreError

    where = _report_settings(args)
    if where is None:
        return EXIT_USAGE
    data, knowledge = where
    engine = _current_engine(knowledge)
    try:
        print(stats_report(Store(data), period=args.since, engine=engine))
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_PROBLEMS
    return EXIT_OK


def _period(text: str) -> str:
    """argparse type for --since: a period like 7d, 12h, 30m, 2w, or all."""
    from bot.records.insights import PeriodError, parse_period

    try:
        parse_period(text)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _positive(text: str) -> int:
    """argparse type for --limit: a whole number from 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, not {text!r}")
    return int(text)


def _ask_safely(catalog: Catalog, question: str) -> Answer:
    """The bot's answer; should it ever fail, a decline (and the error on stderr), so one
    bad line never costs the lines after it."""

    try:
        return catalog.ask(question)
    except Exception as exc:  # report it, then keep answering the other lines
        print(f"error: could not answer {question[:80]!r}: {exc!r}", file=sys.stderr)
        from bot.conversation import texts
        from bot.conversation.answering import Answer, Outcome

        return Answer(question, Outcome.NOT_FOUND, texts.text("not_found"))


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


def _knowledge_option(parser: argparse.ArgumentParser) -> None:
    """The --knowledge-dir option every command that reads the fact base takes."""
    parser.add_argument(
        "--knowledge-dir", metavar="DIR", help="default: $BOT_KNOWLEDGE_DIR or knowledge/"
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command (also used by tests to check each has help)."""
    parser = argparse.ArgumentParser(
        prog="python -m bot",
        description="visit-bot: answers questions about one news article, citing it verbatim.",
    )
    parser.add_argument("--version", action="version", version=f"visit-bot {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

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
    _knowledge_option(run)
    run.set_defaults(func=_cmd_run)

    chat = commands.add_parser(
        "chat",
        help="talk to the bot in the terminal (no Telegram needed)",
        description="An interactive console chat with the same engine and texts as the bot. "
        "Type a question or the number of a suggestion; /quit or Ctrl-D ends it.",
    )
    _knowledge_option(chat)
    chat.set_defaults(func=_cmd_chat)

    start = commands.add_parser(
        "start",
        help="`run` when TELEGRAM_BOT_TOKEN is set, otherwise `chat` (what `make run` does)",
        description="Run the Telegram bot if a token is configured (environment or .env); "
        "otherwise say how to get one and open the console chat.",
    )
    _knowledge_option(start)
    start.set_defaults(func=_cmd_start)

    health = commands.add_parser(
        "health",
        help="is the running bot alive? (exit 0 if so; the Docker HEALTHCHECK)",
        description="Read the heartbeat the running bot writes every few seconds to BOT_CACHE_DIR "
        "and say whether it is alive: written by a bot that loaded its fact base, whose process "
        "exists and whose event loop turned within the last minute. Exit 0 if so, else 1.",
    )
    health.set_defaults(func=_cmd_health)

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
    _knowledge_option(check)
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
    _knowledge_option(ask)
    ask.set_defaults(func=_cmd_ask)

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
        type=_period,
        default="7d",
        metavar="PERIOD",
        help="how far back: 30m, 12h, 7d, 2w… or all (default: 7d)",
    )
    unanswered.add_argument(
        "--limit", type=_positive, default=20, metavar="N", help="groups shown (default: 20)"
    )
    unanswered.add_argument("--data-dir", metavar="DIR", help="default: $BOT_DATA_DIR or data/")
    _knowledge_option(unanswered)
    unanswered.set_defaults(func=_cmd_unanswered)

    stats = commands.add_parser(
        "stats",
        help="questions asked, answer rate, top facts and feedback",
        description="Summarise what the running bot recorded in BOT_DATA_DIR over a period: "
        "questions asked, how many were answered or declined, the facts answered most, and "
        "each fact's 👍/👎 feedback.",
    )
    stats.add_argument(
        "--since",
        type=_period,
        default="7d",
        metavar="PERIOD",
        help="how far back: 30m, 12h, 7d, 2w… or all (default: 7d)",
    )
    stats.add_argument("--data-dir", metavar="DIR", help="default: $BOT_DATA_DIR or data/")
    _knowledge_option(stats)
    stats.set_defaults(func=_cmd_stats)
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
