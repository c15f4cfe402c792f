"""Token hygiene in logs: every part of every record is redacted, httpx is kept quiet."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.ops.logs import REDACTED, Redactor, configure_logging

TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz_0123"  # noqa: S105 (a made-up token)
SECRET = TOKEN.partition(":")[2]


@pytest.fixture
def log_output() -> Iterator[io.StringIO]:
    """Logging configured into a buffer at DEBUG; the previous root set-up restored afterwards."""
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    saved_levels = {n: logging.getLogger(n).level for n in ("httpx", "httpcore")}
    buffer = io.StringIO()
    configure_logging(logging.DEBUG, secrets=[TOKEN], stream=buffer)
    yield buffer
    logging.captureWarnings(False)
    for handler in list(root.handlers):
        root.removeHandler(handler)
    for handler in saved[0]:
        root.addHandler(handler)
    root.setLevel(saved[1])
    for name, level in saved_levels.items():
        logging.getLogger(name).setLevel(level)


def test_redactor_replaces_token_secret_and_token_shapes() -> None:
    """The token, its secret half alone, and any bot-URL token are replaced."""
    redact = Redactor([TOKEN])
    assert redact(f"url https://api.telegram.org/bot{TOKEN}/getMe") == (
        f"url https://api.telegram.org/bot{REDACTED}/getMe"
    )
    assert redact(f"secret {SECRET} leaked") == f"secret {REDACTED} leaked"
    other = "987654321:ZZZ-abcdefghijklmnopqrstuvwxyz_9876"
    assert other not in redact(f"The token `{other}` was rejected")
    assert redact("bot77:x/getMe") == f"bot{REDACTED}/getMe"


def test_message_args_are_redacted(log_output: io.StringIO) -> None:
    """A token passed as a %-argument (as python-telegram-bot does) never reaches the output."""
    logging.getLogger("telegram.Bot").debug("Set Bot API URL: %s", f"http://x/bot{TOKEN}")
    assert TOKEN not in log_output.getvalue()
    assert f"Set Bot API URL: http://x/bot{REDACTED}" in log_output.getvalue()


def test_exception_text_is_redacted(log_output: io.StringIO) -> None:
    """A traceback whose exception message quotes the token is redacted too."""
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError:
        logging.getLogger("telegram.ext").exception("initialisation failed")
    output = log_output.getvalue()
    assert "RuntimeError" in output
    assert TOKEN not in output
    assert SECRET not in output


def test_stack_info_is_redacted(log_output: io.StringIO) -> None:
    """stack_info output is redacted (a frame could show the token in source)."""
    logging.getLogger("x").warning("with stack %s", TOKEN, stack_info=True)
    assert TOKEN not in log_output.getvalue()
    assert "Stack (most recent call last)" in log_output.getvalue()


def test_broken_format_string_is_still_redacted(log_output: io.StringIO) -> None:
    """A record whose format string and args don't match still cannot leak its args."""
    logging.getLogger("x").info("two %s %s", TOKEN)
    assert TOKEN not in log_output.getvalue()


def test_httpx_is_kept_at_warning(log_output: io.StringIO) -> None:
    """httpx and httpcore INFO/DEBUG lines (request URLs) are not emitted even at DEBUG."""
    logging.getLogger("httpx").info("HTTP Request: POST http://x/bot%s/getMe", TOKEN)
    logging.getLogger("httpcore.connection").debug("connect_tcp.started")
    assert log_output.getvalue() == ""
    logging.getLogger("httpx").warning("careful")
    assert "careful" in log_output.getvalue()


def test_warnings_go_through_the_redacting_handler(log_output: io.StringIO) -> None:
    """Python warnings are logged (captured) and redacted."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn(f"token {TOKEN} in a warning", UserWarning, stacklevel=1)
    assert "in a warning" in log_output.getvalue()
    assert TOKEN not in log_output.getvalue()
