"""Configuration: a typed, frozen :class:`Settings` read from the environment and ``.env``.

:func:`load_settings` is pure (it reads only the mapping it is given), so tests pass plain
dicts. :func:`environment` is the one place that reads the process environment and the
optional ``.env`` file in the working directory; the process environment wins over ``.env``.

Nothing here imports Telegram: ``chat`` and ``ask`` use the same settings without it.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

#: Where python-telegram-bot sends requests; it appends ``<token>/<method>``.
DEFAULT_API_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_LOG_LEVEL = "INFO"
DEFAULT_KNOWLEDGE_DIR = "knowledge/"
#: Where the bot keeps what it records (the question log, feedback, answered update ids).
DEFAULT_DATA_DIR = "data/"
#: How often the running bot looks for edits of the fact base, in seconds (0: never; /reload
#: still works).
DEFAULT_RELOAD_SECONDS = 1.0
#: Longest accepted BOT_RELOAD_SECONDS (an hour: anything longer is surely a typo).
MAX_RELOAD_SECONDS = 3600.0
#: Messages per second the bot sends at most overall: Telegram's flood limit (BOT_RATE_LIMIT).
DEFAULT_RATE_LIMIT = 30.0
#: The highest BOT_RATE_LIMIT accepted (Telegram's paid broadcasts allow 1,000 per second).
MAX_RATE_LIMIT = 1000.0
#: Messages one user may send per minute before being asked to slow down (BOT_USER_RATE_LIMIT).
DEFAULT_USER_RATE_LIMIT = 20
#: The optional file of ``KEY=VALUE`` lines read from the working directory.
DOTENV_FILE = ".env"
#: What @BotFather hands out: the bot's numeric id, a colon, then a secret of 30+ characters.
TOKEN_PATTERN = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
#: Level names LOG_LEVEL accepts (case-insensitive).
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
#: Where to get a token, for messages to people who have none.
BOTFATHER_URL = "https://t.me/BotFather"

#: Webhook mode: the address and port the bot's own HTTP server listens on. All interfaces,
#: because Telegram (or the reverse proxy in front of the bot, or Docker's port mapping) must
#: reach it from outside the process's host or container.
DEFAULT_WEBHOOK_LISTEN = "0.0.0.0"  # noqa: S104 - see above
DEFAULT_WEBHOOK_PORT = 8443
#: The ports Telegram delivers webhooks to (the port of BOT_WEBHOOK_URL, not of the listener,
#: which may sit behind a proxy). A local Bot API server allows any port.
TELEGRAM_WEBHOOK_PORTS = (443, 80, 88, 8443)
#: Telegram's rule for setWebhook's secret_token: 1-256 of these characters …
WEBHOOK_SECRET_CHARACTERS = re.compile(r"^[A-Za-z0-9_-]+$")
MAX_WEBHOOK_SECRET_LENGTH = 256
#: … and ours on top: a secret short enough to guess protects nothing (16 such characters are
#: 96 bits). `python -c "import secrets; print(secrets.token_urlsafe(32))"` makes a good one.
MIN_WEBHOOK_SECRET_LENGTH = 16
#: How to make a secret, for error messages.
SECRET_RECIPE = 'python -c "import secrets; print(secrets.token_urlsafe(32))"'  # noqa: S105 - a command, not a secret


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
    #: BOT_CACHE_DIR, or None for the default (see :func:`bot.engine.cache.default_cache_dir`).
    cache_dir: Path | None = None
    #: ADMIN_IDS: the Telegram user ids allowed /reload, /unanswered and /stats, and told when
    #: an edit of the fact base is refused.
    admin_ids: frozenset[int] = frozenset()
    data_dir: Path = Path(DEFAULT_DATA_DIR)
    #: BOT_RELOAD_SECONDS: the interval between looks at the fact base for edits (0: off).
    reload_seconds: float = DEFAULT_RELOAD_SECONDS
    #: BOT_WEBHOOK_URL: when set, ``run`` serves a webhook there instead of polling.
    webhook_url: str | None = None
    #: BOT_WEBHOOK_SECRET, required with a webhook URL; kept out of ``repr`` like the token.
    webhook_secret: str | None = field(default=None, repr=False)
    webhook_listen: str = DEFAULT_WEBHOOK_LISTEN
    webhook_port: int = DEFAULT_WEBHOOK_PORT
    #: BOT_RATE_LIMIT: overall messages per second; 0 turns flood control off (benchmarks).
    rate_limit: float = DEFAULT_RATE_LIMIT
    #: BOT_USER_RATE_LIMIT: messages per minute one user may send; 0 turns the limit off.
    user_rate_limit: int = DEFAULT_USER_RATE_LIMIT

    @property
    def webhook_path(self) -> str:
        """The URL path the webhook server answers on: BOT_WEBHOOK_URL's path (``/`` if none)."""
        return urlsplit(self.webhook_url or "").path or "/"

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
    webhook_url, webhook_secret, listen, port = _webhook_settings(environ, base_url, problems)
    rate = _number(environ, "BOT_RATE_LIMIT", DEFAULT_RATE_LIMIT, MAX_RATE_LIMIT, problems)
    per_user = _number(environ, "BOT_USER_RATE_LIMIT", DEFAULT_USER_RATE_LIMIT, 10_000, problems)
    if per_user != int(per_user):
        problems.append(f"BOT_USER_RATE_LIMIT must be a whole number, not {per_user:g}")
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
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        webhook_listen=listen,
        webhook_port=port,
        rate_limit=rate,
        user_rate_limit=int(per_user),
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


def _webhook_settings(
    environ: Mapping[str, str], base_url: str, problems: list[str]
) -> tuple[str | None, str | None, str, int]:
    """BOT_WEBHOOK_URL, _SECRET, _LISTEN and _PORT, validated; mistakes go to ``problems``.

    Telegram only delivers to https URLs on ports 443, 80, 88 or 8443. A local Bot API server
    (any TELEGRAM_API_BASE_URL other than Telegram's own, such as the tests' fake) also accepts
    plain http and any port, so those rules apply only with the default API.
    """
    url = environ.get("BOT_WEBHOOK_URL", "").strip() or None
    secret = environ.get("BOT_WEBHOOK_SECRET", "").strip() or None
    listen = environ.get("BOT_WEBHOOK_LISTEN", "").strip() or DEFAULT_WEBHOOK_LISTEN
    port_text = environ.get("BOT_WEBHOOK_PORT", "").strip() or str(DEFAULT_WEBHOOK_PORT)
    if url is not None:
        problems.extend(_webhook_url_problems(url, telegram=base_url == DEFAULT_API_BASE_URL))
        if secret is None:
            problems.append(
                "BOT_WEBHOOK_SECRET must be set with BOT_WEBHOOK_URL, so that only Telegram can "
                f"post updates (make one with: {SECRET_RECIPE})"
            )
    # The secret itself is never quoted back.
    if secret is not None and not (
        MIN_WEBHOOK_SECRET_LENGTH <= len(secret) <= MAX_WEBHOOK_SECRET_LENGTH
        and WEBHOOK_SECRET_CHARACTERS.match(secret)
    ):
        problems.append(
            f"BOT_WEBHOOK_SECRET must be {MIN_WEBHOOK_SECRET_LENGTH}-{MAX_WEBHOOK_SECRET_LENGTH} "
            f"letters, digits, _ or - (make one with: {SECRET_RECIPE})"
        )
    try:
        ipaddress.ip_address(listen)
    except ValueError:
        problems.append(
            f"BOT_WEBHOOK_LISTEN must be an IP address such as {DEFAULT_WEBHOOK_LISTEN}, "
            f"127.0.0.1 or ::, not {listen!r}"
        )
    port = int(port_text) if port_text.isascii() and port_text.isdigit() else 0
    if not 1 <= port <= 65535:
        problems.append(f"BOT_WEBHOOK_PORT must be a port number 1-65535, not {port_text!r}")
    return url, secret, listen, port


def _webhook_url_problems(url: str, *, telegram: bool) -> list[str]:
    """What is wrong with BOT_WEBHOOK_URL (``telegram``: registered with Telegram's own API)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return [f"BOT_WEBHOOK_URL is not a valid URL: {url!r}"]
    if parts.scheme not in ("https", "http") or not parts.hostname or re.search(r"\s", url):
        return [
            f"BOT_WEBHOOK_URL must be an https URL like https://bot.example.org/telegram, not {url!r}"
        ]
    if parts.fragment:
        return [f"BOT_WEBHOOK_URL must not have a #fragment: {url!r}"]
    if not telegram:
        return []
    if parts.scheme != "https":
        return [
            f"BOT_WEBHOOK_URL must use https: Telegram delivers webhooks only over https, not {url!r}"
        ]
    if port is not None and port not in TELEGRAM_WEBHOOK_PORTS:
        ports = ", ".join(map(str, TELEGRAM_WEBHOOK_PORTS))
        return [f"BOT_WEBHOOK_URL's port must be one of {ports} (Telegram's rule), not {port}"]
    return []


def _number(
    environ: Mapping[str, str], name: str, default: float, highest: float, problems: list[str]
) -> float:
    """The non-negative number in ``environ[name]`` (``default`` when unset); a problem if not."""
    raw = environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0 <= value <= highest:  # also NaN
        problems.append(f"{name} must be a number from 0 to {highest:g}, not {raw!r}")
        return default
    return value


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
