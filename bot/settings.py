"""Configuration: a typed, frozen :class:`Settings` read from the environment and ``.env``.

:func:`load_settings` is pure (it reads only the mapping it is given), so tests pass plain
dicts. :func:`environment` is the one place that reads the process environment and the
optional ``.env`` file in the working directory; the process environment wins over ``.env``.

Nothing here imports Telegram: ``chat`` and ``ask`` use the same settings without it.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: Where python-telegram-bot sends requests; it appends ``<token>/<method>``.
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_LOG_LEVEL = "INFO"
DEFAULT_KNOWLEDGE_DIR = "knowledge/"
#: Where the bot keeps what it records (the question log and feedback).
DEFAULT_DATA_DIR = "data/"
#: How often the running bot looks for edits of the fact base, in seconds (0: never; /reload
#: still works).
DEFAULT_RELOAD_SECONDS = 1.0
#: Longest accepted BOT_RELOAD_SECONDS (an hour: anything longer is surely a typo).
MAX_RELOAD_SECONDS = 3600.0
#: The optional file of ``KEY=VALUE`` lines read from the working directory.
DOTENV_FILE = ".env"
#: What @BotFather hands out: the bot's numeric id, a colon, then a secret of 30+ characters.
TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
#: Level names LOG_LEVEL accepts (case-insensitive).
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
#: Where to get a token, for messages to people who have none.
BOTFATHER_URL = "https://t.me/BotFather"


class SettingsError(Exception):
    """A configuration mistake; ``str()`` is one line to show as is (never the token)."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything configurable, validated. See README "Configuration" for each variable."""

    #: TELEGRAM_BOT_TOKEN, or None when unset (fine for ``chat``; ``run`` needs it).
    #: Kept out of ``repr`` so a logged Settings never shows it.
    token: str | None = field(default=None, repr=False)
    api_base_url: str = DEFAULT_API_BASE_URL
    log_level: str = DEFAULT_LOG_LEVEL
    knowledge_dir: Path = Path(DEFAULT_KNOWLEDGE_DIR)
    #: BOT_CACHE_DIR: where the compiled engine is cached; None = the user cache directory
    #: (see :func:`bot.cache.default_cache_dir`).
    cache_dir: Path | None = None
    #: ADMIN_IDS: the Telegram user ids allowed /reload, /unanswered and /stats, and told when
    #: an edit of the fact base is refused.
    admin_ids: frozenset[int] = frozenset()
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    #: BOT_RELOAD_SECONDS: the interval between looks at the fact base for edits (0: off).
    reload_seconds: float = DEFAULT_RELOAD_SECONDS

    @property
    def log_level_number(self) -> int:
        """The :mod:`logging` level number of ``log_level``."""
        return logging.getLevelNamesMapping()[self.log_level]

    def require_token(self) -> str:
        """The token, or :class:`SettingsError` saying how to get one."""
        if self.token is None:
            raise SettingsError(
                f"TELEGRAM_BOT_TOKEN is not set: get a token from @BotFather ({BOTFATHER_URL}) "
                "and put it in the environment or in .env (see .env.example)"
            )
        return self.token


def load_settings(environ: Mapping[str, str]) -> Settings:
    """Validate the variables in ``environ`` into :class:`Settings` (SettingsError if invalid)."""
    problems: list[str] = []
    token = environ.get("TELEGRAM_BOT_TOKEN", "").strip() or None
    # The token itself is never quoted back: a near-miss is still mostly a secret.
    if token is not None and not TOKEN_PATTERN.match(token):
        problems.append(
            "TELEGRAM_BOT_TOKEN does not look like a bot token "
            "(expected <digits>:<secret of 30+ letters, digits, _ or ->, as @BotFather gives it)"
        )
    base_url = environ.get("TELEGRAM_API_BASE_URL", "").strip() or DEFAULT_API_BASE_URL
    if not re.match(r"^https?://[^\s/]+", base_url):
        problems.append(
            f"TELEGRAM_API_BASE_URL must be an http(s) URL like {DEFAULT_API_BASE_URL}, "
            f"not {base_url!r}"
        )
    level = (environ.get("LOG_LEVEL", "").strip() or DEFAULT_LOG_LEVEL).upper()
    if level not in LOG_LEVELS:
        problems.append(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {level!r}")
    knowledge = environ.get("BOT_KNOWLEDGE_DIR", "").strip() or DEFAULT_KNOWLEDGE_DIR
    cache = environ.get("BOT_CACHE_DIR", "").strip()
    admins = _admin_ids(environ.get("ADMIN_IDS", ""), problems)
    data = environ.get("BOT_DATA_DIR", "").strip() or DEFAULT_DATA_DIR
    reload_seconds = _reload_seconds(environ.get("BOT_RELOAD_SECONDS", ""), problems)
    if problems:
        raise SettingsError("; ".join(problems))
    return Settings(
        token=token,
        api_base_url=base_url,
        log_level=level,
        knowledge_dir=Path(knowledge),
        cache_dir=Path(cache) if cache else None,
        admin_ids=admins,
        data_dir=Path(data),
        reload_seconds=reload_seconds,
    )


def _admin_ids(raw: str, problems: list[str]) -> frozenset[int]:
    """ADMIN_IDS: comma-separated Telegram user ids (positive numbers); blanks are ignored."""
    ids: set[int] = set()
    for part in raw.split(","):
        item = part.strip()
        if not item:
            continue
        if not item.isascii() or not item.isdigit() or int(item) == 0:
            problems.append(
                "ADMIN_IDS must be Telegram user ids (numbers) separated by commas, "
                f"like 123456789,987654321, not {item!r}"
            )
            continue
        ids.add(int(item))
    return frozenset(ids)


def _reload_seconds(raw: str, problems: list[str]) -> float:
    """BOT_RELOAD_SECONDS: a number of seconds from 0 (off) to an hour."""
    if not raw.strip():
        return DEFAULT_RELOAD_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= MAX_RELOAD_SECONDS:  # also false for NaN
        problems.append(
            f"BOT_RELOAD_SECONDS must be a number of seconds from 0 (off) to "
            f"{MAX_RELOAD_SECONDS:.0f}, not {raw.strip()!r}"
        )
        return DEFAULT_RELOAD_SECONDS
    return seconds


def parse_dotenv(text: str, *, source: str = DOTENV_FILE) -> dict[str, str]:
    """Parse ``.env`` text: ``KEY=VALUE`` lines, ``#`` comments, optional ``export`` and quotes.

    Deliberately small (no variable expansion, no multi-line values): the project needs a few
    simple variables, which does not justify a dependency.
    """
    values: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        line = line.removeprefix("export ").lstrip()
        key, equals, value = line.partition("=")
        key = key.strip()
        if not equals or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key):
            raise SettingsError(f"{source}:{number}: expected KEY=VALUE")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            # An unquoted value ends at a comment.
            value = re.split(r"\s+#", value, maxsplit=1)[0].strip()
        values[key] = value
    return values


def environment(
    directory: Path | None = None, environ: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The process environment over ``.env`` in ``directory`` (the working directory)."""
    path = (directory or Path.cwd()) / DOTENV_FILE
    merged: dict[str, str] = {}
    if path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise SettingsError(f"{path}: cannot read: {exc}") from exc
        merged.update(parse_dotenv(text, source=str(path)))
    # An empty variable in the environment does not hide a value in .env.
    merged.update((k, v) for k, v in (os.environ if environ is None else environ).items() if v)
    return merged
