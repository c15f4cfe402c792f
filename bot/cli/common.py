"""What the commands share: exit codes, where the fact base and caches are, argument types."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.conversation.catalog import Catalog
    from bot.engine import Engine
    from bot.ops.settings import Settings

#: Exit codes.
EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

DEFAULT_KNOWLEDGE_DIR = "knowledge"


def knowledge_dir_for(arg: str | None) -> Path:
    chosen = arg or os.environ.get("BOT_KNOWLEDGE_DIR")
    if chosen:
        return Path(chosen)
    default = Path(DEFAULT_KNOWLEDGE_DIR)
    # Run from another directory, `ask` and `check` still find the project's own fact base.
    beside_package = Path(__file__).resolve().parents[2] / DEFAULT_KNOWLEDGE_DIR
    return default if default.is_dir() or not beside_package.is_dir() else beside_package


def cache_dir_of(settings: Settings) -> Path:
    """BOT_CACHE_DIR from the settings (environment or .env), else the default location."""
    from bot.engine.cache import default_cache_dir

    return settings.cache_dir or default_cache_dir(os.environ)


def load_catalog(directory: Path, cache_dir: Path) -> Catalog | None:
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


def report_settings(args: argparse.Namespace) -> tuple[Path, Path] | None:
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


def current_engine(knowledge_dir: Path) -> Engine | None:
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


def period(text: str) -> str:
    """argparse type for --since: a period like 7d, 12h, 30m, 2w, or all."""
    from bot.records.insights import PeriodError, parse_period

    try:
        parse_period(text)
    except PeriodError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def positive(text: str) -> int:
    """argparse type for --limit: a whole number from 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number from 1, not {text!r}")
    return int(text)


def knowledge_option(parser: argparse.ArgumentParser) -> None:
    """The --knowledge-dir option every command that reads the fact base takes."""
    parser.add_argument(
        "--knowledge-dir", metavar="DIR", help="default: $BOT_KNOWLEDGE_DIR or knowledge/"
    )
