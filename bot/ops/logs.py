"""Logging set-up that never lets the bot token out.

python-telegram-bot logs ``Set Bot API URL: …/bot<token>`` at DEBUG, httpx logs every request
URL (which contains the token) at INFO, and ``InvalidToken`` quotes the token in its message.
So :func:`configure_logging` quiets httpx/httpcore *and* installs :class:`RedactSecrets` on the
handler, which rewrites every record — message, arguments, exception text and stack — before it
is formatted. The filter sits on the handler, not a logger, because handler filters see the
records of every logger that propagates to it.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterable
from typing import TextIO

#: What a secret is replaced with.
REDACTED = "<redacted>"
#: ``bot<id>:<secret>`` as it appears in Bot API URLs, whichever token it is.
_URL_TOKEN = re.compile(r"bot\d+:[A-Za-z0-9_-]+")
#: A bare token anywhere (``123456:ABC…``), for messages that quote it without the URL.
_BARE_TOKEN = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}")
#: Libraries that log request URLs (with the token) at INFO/DEBUG: kept at WARNING or above.
NOISY_LOGGERS = ("httpx", "httpcore")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class Redactor:
    """Replaces given secrets, and anything shaped like a bot token, in text."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        # The secret half of a token is replaced on its own too: it can be split from its id.
        parts = {s for secret in secrets if secret for s in (secret, secret.partition(":")[2])}
        # Longest first, so a token is replaced whole before its secret half is looked for.
        self._secrets = sorted((p for p in parts if len(p) >= 8), key=len, reverse=True)

    def __call__(self, text: str) -> str:
        """``text`` with every secret replaced by :data:`REDACTED`."""
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        text = _URL_TOKEN.sub(f"bot{REDACTED}", text)
        return _BARE_TOKEN.sub(REDACTED, text)


class RedactSecrets(logging.Filter):
    """A handler filter that redacts secrets from every part of a log record."""

    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self._redact = redactor
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not smuggle its args out unredacted
            message = f"{record.msg!s} {record.args!r}"
        record.msg = self._redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # Formatters reuse exc_text when it is set, so the redacted text is what is shown.
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self._redact(record.stack_info)
        return True


def configure_logging(
    level: int, *, secrets: Iterable[str] = (), stream: TextIO | None = None
) -> logging.Handler:
    """Send all logging to ``stream`` (stderr) at ``level``, with secrets redacted."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(RedactSecrets(Redactor(secrets)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    # Warnings (e.g. from python-telegram-bot) go through the same redacting handler.
    logging.captureWarnings(True)
    return handler
