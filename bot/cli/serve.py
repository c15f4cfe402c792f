"""The commands that serve people: ``run`` (Telegram), ``chat`` (console), ``start`` (either,
by whether there is a token) and ``health``. Telegram is imported only inside ``run``."""

from __future__ import annotations

import argparse
import dataclasses
import io
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.cli.common import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, cache_dir_of, load_catalog

if TYPE_CHECKING:
    from bot.ops.settings import Settings


def cmd_run(args: argparse.Namespace) -> int:
    from bot.ops.settings import SettingsError, environment, load_settings

    try:
        settings = load_settings(environment())
        token = settings.require_token()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return run_bot(settings, token, args.knowledge_dir)


def run_bot(settings: Settings, token: str, knowledge_dir: str | None) -> int:
    import logging

    from bot.ops.health import heartbeat_path
    from bot.ops.logs import Redactor, configure_logging

    # Before anything touches Telegram: python-telegram-bot logs the API URL on construction
    # (and, at DEBUG, setWebhook's parameters, the webhook secret among them).
    secrets = [token] + ([settings.webhook_secret] if settings.webhook_secret else [])
    redact = Redactor(secrets)
    configure_logging(settings.log_level_number, secrets=secrets)
    cache_dir = cache_dir_of(settings)
    if knowledge_dir:
        # The reloader watches settings.knowledge_dir: the same directory the bot starts with.
        settings = dataclasses.replace(settings, knowledge_dir=Path(knowledge_dir))
    catalog = load_catalog(settings.knowledge_dir, cache_dir)
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
    except StoreError as exc:  # a record in BOT_DATA_DIR cannot be kept
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


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.ops.settings import SettingsError, environment, load_settings

    env = environment()
    # The console needs no token, so a malformed one must not stop it.
    env.pop("TELEGRAM_BOT_TOKEN", None)
    try:
        settings = load_settings(env)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    return chat(settings, args.knowledge_dir, record=not args.no_record)


def chat(settings: Settings, knowledge_dir: str | None, *, record: bool = True) -> int:
    from bot.console import run_chat
    from bot.records.insights import Insights
    from bot.records.store import StoreError

    directory = Path(knowledge_dir) if knowledge_dir else settings.knowledge_dir
    catalog = load_catalog(directory, cache_dir_of(settings))
    if catalog is None:
        return EXIT_PROBLEMS
    if isinstance(sys.stdin, io.TextIOWrapper):
        # Undecodable input bytes become U+FFFD instead of ending the chat with a traceback.
        sys.stdin.reconfigure(errors="replace")
    insights = Insights(settings.data_dir) if record else None
    if insights is not None:
        try:
            insights.open()
        except StoreError as exc:
            print(f"note: not recording this chat: {exc}", file=sys.stderr)
            insights = None
    try:
        return run_chat(catalog, stdin=sys.stdin, stdout=sys.stdout, insights=insights)
    finally:
        if insights is not None:
            insights.close()


def start_mode(settings: Settings) -> str:
    """What ``start`` (``make run``) does: "run" the bot with a token, else "chat"."""
    return "run" if settings.token is not None else "chat"


def cmd_start(args: argparse.Namespace) -> int:
    from bot.ops.settings import BOTFATHER_URL, SettingsError, environment, load_settings

    try:
        settings = load_settings(environment())
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if start_mode(settings) == "run":
        return run_bot(settings, settings.require_token(), args.knowledge_dir)
    print(
        "No TELEGRAM_BOT_TOKEN: to run the Telegram bot, get a token from @BotFather "
        f"({BOTFATHER_URL}) and set it in .env (see .env.example). Opening the console chat.",
        file=sys.stderr,
    )
    return chat(settings, args.knowledge_dir)


def cmd_health(args: argparse.Namespace) -> int:
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
    healthy, line = check_health(heartbeat_path(cache_dir_of(settings)), now=time.time())
    print(line, file=sys.stdout if healthy else sys.stderr)
    return EXIT_OK if healthy else EXIT_PROBLEMS
