"""Settings: pure loading from a mapping, token shape, defaults, and the .env file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.ops.settings import (
    DEFAULT_API_BASE_URL,
    DEFAULT_WEBHOOK_LISTEN,
    DEFAULT_WEBHOOK_PORT,
    Settings,
    SettingsError,
    environment,
    load_settings,
    parse_dotenv,
)

TOKEN = "123456789:AAH-abcdefghijklmnopqrstuvwxyz_0123"  # noqa: S105 (a made-up token)
SECRET = "Zm9v-YmFy_c2VjcmV0LXNlY3JldA"  # noqa: S105 (made up)
#: Every variable load_settings reads, each with a valid value other than its default.
EVERY_VARIABLE = {
    "TELEGRAM_BOT_TOKEN": TOKEN,
    "TELEGRAM_API_BASE_URL": "http://x/bot",
    "LOG_LEVEL": "ERROR",
    "BOT_KNOWLEDGE_DIR": "elsewhere",
    "BOT_CACHE_DIR": "/var/cache/visit-bot",
    "BOT_WEBHOOK_URL": "https://bot.example.org/telegram",
    "BOT_WEBHOOK_SECRET": SECRET,
    "BOT_WEBHOOK_LISTEN": "127.0.0.1",
    "BOT_WEBHOOK_PORT": "8080",
    "ADMIN_IDS": "42",
    "BOT_DATA_DIR": "elsewhere",
    "BOT_RELOAD_SECONDS": "5",
    "BOT_RATE_LIMIT": "5",
    "BOT_USER_RATE_LIMIT": "5",
}


def test_defaults_apply_when_nothing_is_set() -> None:
    """An empty environment gives the documented defaults and no token."""
    settings = load_settings({})
    assert settings == Settings(
        token=None,
        api_base_url=DEFAULT_API_BASE_URL,
        log_level="INFO",
        knowledge_dir=Path("knowledge/"),
        cache_dir=None,
        webhook_url=None,
        webhook_secret=None,
        webhook_listen=DEFAULT_WEBHOOK_LISTEN,
        webhook_port=DEFAULT_WEBHOOK_PORT,
    )
    assert (DEFAULT_WEBHOOK_LISTEN, DEFAULT_WEBHOOK_PORT) == ("0.0.0.0", 8443)  # noqa: S104


def test_every_variable_is_read() -> None:
    """Each documented variable reaches its typed field."""
    settings = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": f"  {TOKEN} ",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            "LOG_LEVEL": "debug",
            "BOT_KNOWLEDGE_DIR": "/srv/knowledge",
        }
    )
    assert settings.token == TOKEN
    assert settings.api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.log_level == "DEBUG"
    assert settings.log_level_number == 10
    assert settings.knowledge_dir == Path("/srv/knowledge")


@pytest.mark.parametrize(
    "token",
    [
        "123456789",
        "abc:AAH-abcdefghijklmnopqrstuvwxyz_0123",
        "123456789:short",
        "123456789:AAH abcdefghijklmnopqrstuvwxyz_0123",
        "123456789:AAH-abcdefghijklmnopqrstuvwxyz_0123!",
    ],
)
def test_malformed_token_is_rejected_without_quoting_it(token: str) -> None:
    """A token of the wrong shape is a SettingsError whose message does not contain the token."""
    with pytest.raises(SettingsError, match="does not look like a bot token") as caught:
        load_settings({"TELEGRAM_BOT_TOKEN": token})
    assert token not in str(caught.value)


def test_missing_token_is_only_an_error_when_required() -> None:
    """Without a token, settings load, and require_token() explains where to get one."""
    settings = load_settings({"TELEGRAM_BOT_TOKEN": "   "})
    with pytest.raises(SettingsError, match="BotFather"):
        settings.require_token()
    assert load_settings({"TELEGRAM_BOT_TOKEN": TOKEN}).require_token() == TOKEN


def test_token_is_not_in_repr() -> None:
    """A logged Settings object never shows the token."""
    assert TOKEN not in repr(load_settings({"TELEGRAM_BOT_TOKEN": TOKEN}))


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("LOG_LEVEL", "LOUD", "LOG_LEVEL must be one of"),
        ("TELEGRAM_API_BASE_URL", "api.telegram.org/bot", "must be an http"),
        ("TELEGRAM_API_BASE_URL", "ftp://example.org/bot", "must be an http"),
    ],
)
def test_invalid_values_are_named(name: str, value: str, message: str) -> None:
    """An invalid variable gives a SettingsError naming it."""
    with pytest.raises(SettingsError, match=message):
        load_settings({name: value})


def test_all_problems_are_reported_at_once() -> None:
    """Several mistakes are listed together, so one run fixes them all."""
    with pytest.raises(SettingsError) as caught:
        load_settings({"LOG_LEVEL": "LOUD", "TELEGRAM_BOT_TOKEN": "nope"})
    assert "LOG_LEVEL" in str(caught.value)
    assert "TELEGRAM_BOT_TOKEN" in str(caught.value)


def test_dotenv_syntax() -> None:
    """Comments, blank lines, export, quotes and trailing comments are understood."""
    text = (
        "# a comment\n"
        "\n"
        f"TELEGRAM_BOT_TOKEN={TOKEN}\n"
        "export LOG_LEVEL = debug   # chatty\n"
        "BOT_KNOWLEDGE_DIR='my dir/kb'\n"
        'TELEGRAM_API_BASE_URL="http://localhost:8081/bot"\n'
        "EMPTY=\n"
    )
    assert parse_dotenv(text) == {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "LOG_LEVEL": "debug",
        "BOT_KNOWLEDGE_DIR": "my dir/kb",
        "TELEGRAM_API_BASE_URL": "http://localhost:8081/bot",
        "EMPTY": "",
    }


def test_dotenv_error_names_file_and_line() -> None:
    """A line that is not KEY=VALUE is reported as file:line."""
    with pytest.raises(SettingsError, match=r"^\.env:2: expected KEY=VALUE$"):
        parse_dotenv("A=1\nnot a setting\n")


def test_environment_prefers_process_variables_over_dotenv(tmp_path: Path) -> None:
    """The process environment wins over .env, but an empty variable does not hide .env's."""
    (tmp_path / ".env").write_text(
        f"TELEGRAM_BOT_TOKEN={TOKEN}\nLOG_LEVEL=DEBUG\n", encoding="utf-8"
    )
    merged = environment(tmp_path, {"LOG_LEVEL": "ERROR", "TELEGRAM_BOT_TOKEN": ""})
    assert merged["LOG_LEVEL"] == "ERROR"
    assert merged["TELEGRAM_BOT_TOKEN"] == TOKEN


def test_environment_without_dotenv_is_the_process_environment(tmp_path: Path) -> None:
    """With no .env file, only the given environment counts."""
    assert environment(tmp_path, {"LOG_LEVEL": "ERROR"}) == {"LOG_LEVEL": "ERROR"}


def test_env_example_and_readme_document_every_variable() -> None:
    """.env.example and the README's configuration table list exactly the variables read."""
    root = Path(__file__).resolve().parent.parent
    variables = set(EVERY_VARIABLE)
    example = (root / ".env.example").read_text(encoding="utf-8")
    assert set(re.findall(r"^#? ?([A-Z_]+)=", example, re.MULTILINE)) == variables
    readme = (root / "README.md").read_text(encoding="utf-8")
    # BOT_CACHE_DIR is read from the process environment by bot.engine.cache, not from settings.
    documented = set(re.findall(r"^\| `([A-Z_]+)` \|", readme, re.MULTILINE))
    assert documented == variables | {"BOT_CACHE_DIR"}
    # The example as shipped loads (empty token = none: `make run` opens the chat).
    assert load_settings(parse_dotenv(example)) == Settings()
    # Every variable really is read by load_settings (a non-default value changes the result).
    for name, value in EVERY_VARIABLE.items():
        alone = {name: value}
        if name == "BOT_WEBHOOK_URL":
            alone["BOT_WEBHOOK_SECRET"] = SECRET
        assert load_settings(alone) != load_settings(alone | {name: ""}), name
    assert load_settings(EVERY_VARIABLE)  # and all together are consistent


def test_webhook_variables_are_read() -> None:
    """The webhook variables reach typed fields; the path comes from the URL."""
    settings = load_settings(EVERY_VARIABLE | {"BOT_WEBHOOK_URL": "https://b.example:88/tg/up?x=1"})
    assert settings.webhook_url == "https://b.example:88/tg/up?x=1"
    assert settings.webhook_path == "/tg/up"
    assert settings.webhook_secret == SECRET
    assert settings.webhook_listen == "127.0.0.1"
    assert settings.webhook_port == 8080
    assert settings.cache_dir == Path("/var/cache/visit-bot")
    assert (
        load_settings(
            {"BOT_WEBHOOK_URL": "https://b.example", "BOT_WEBHOOK_SECRET": SECRET}
        ).webhook_path
        == "/"
    )


def test_webhook_secret_is_not_in_repr() -> None:
    """A logged Settings object never shows the webhook secret."""
    assert SECRET not in repr(load_settings(EVERY_VARIABLE))


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"BOT_WEBHOOK_URL": "http://bot.example.org/tg"}, "must use https"),
        (
            {"BOT_WEBHOOK_URL": "https://bot.example.org:8080/tg"},
            "port must be one of 443, 80, 88, 8443",
        ),
        ({"BOT_WEBHOOK_URL": "bot.example.org/tg"}, "must be an https URL"),
        ({"BOT_WEBHOOK_URL": "https://bot.example.org/t g"}, "must be an https URL"),
        ({"BOT_WEBHOOK_URL": "https://bot.example.org:99999/tg"}, "not a valid URL"),
        ({"BOT_WEBHOOK_URL": "https://bot.example.org/tg#x"}, "must not have a #fragment"),
        ({"BOT_WEBHOOK_LISTEN": "everywhere"}, "BOT_WEBHOOK_LISTEN must be an IP address"),
        ({"BOT_WEBHOOK_PORT": "http"}, "BOT_WEBHOOK_PORT must be a port number"),
        ({"BOT_WEBHOOK_PORT": "70000"}, "BOT_WEBHOOK_PORT must be a port number"),
        ({"BOT_WEBHOOK_PORT": "0"}, "BOT_WEBHOOK_PORT must be a port number"),
    ],
)
def test_invalid_webhook_settings_are_named(variables: dict[str, str], message: str) -> None:
    """Each webhook mistake is a SettingsError that names the variable and the rule."""
    with pytest.raises(SettingsError, match=re.escape(message)):
        load_settings({"BOT_WEBHOOK_SECRET": SECRET} | variables)


def test_webhook_url_needs_a_secret() -> None:
    """A webhook without a secret would take updates from anyone: refused, with a recipe."""
    with pytest.raises(SettingsError, match="BOT_WEBHOOK_SECRET must be set") as caught:
        load_settings({"BOT_WEBHOOK_URL": "https://bot.example.org/tg"})
    assert "secrets.token_urlsafe" in str(caught.value)


@pytest.mark.parametrize(
    "secret",
    ["short", "x" * 15, "x" * 257, "has space inside it!", "ünïcödé-ünïcödé-ünïcödé", "a:b" * 8],
)
def test_malformed_webhook_secret_is_rejected_without_quoting_it(secret: str) -> None:
    """A secret outside Telegram's alphabet, or of fewer than 16 characters, is refused unquoted."""
    with pytest.raises(SettingsError, match="BOT_WEBHOOK_SECRET must be 16-256") as caught:
        load_settings(
            {"BOT_WEBHOOK_URL": "https://bot.example.org/tg", "BOT_WEBHOOK_SECRET": secret}
        )
    assert secret not in str(caught.value)


def test_webhook_secret_limits_are_inclusive() -> None:
    """16 and 256 characters of Telegram's alphabet are both accepted."""
    for secret in ("A" * 16, "z_-9" * 64):
        assert load_settings({"BOT_WEBHOOK_SECRET": secret}).webhook_secret == secret


def test_local_bot_api_server_allows_plain_http_and_any_port() -> None:
    """With a local Bot API server (any other base URL), http and other ports are allowed."""
    settings = load_settings(
        {
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
            "BOT_WEBHOOK_URL": "http://bot:8080/hook",
            "BOT_WEBHOOK_SECRET": SECRET,
        }
    )
    assert settings.webhook_url == "http://bot:8080/hook"


def test_admin_ids_data_dir_and_reload_interval_are_read() -> None:
    """ADMIN_IDS is a set of user ids (spaces and empty items allowed), BOT_DATA_DIR a path,
    BOT_RELOAD_SECONDS a number of seconds (0 turns watching off)."""
    settings = load_settings(
        {"ADMIN_IDS": " 42, 1001 ,,", "BOT_DATA_DIR": "/var/lib/bot", "BOT_RELOAD_SECONDS": "0.5"}
    )
    assert settings.admin_ids == frozenset({42, 1001})
    assert settings.data_dir == Path("/var/lib/bot")
    assert settings.reload_seconds == 0.5
    assert load_settings({"BOT_RELOAD_SECONDS": "0"}).reload_seconds == 0
    defaults = load_settings({})
    assert defaults.admin_ids == frozenset()
    assert defaults.data_dir == Path("data/")
    assert defaults.reload_seconds == 1.0


def test_limits_and_data_dir_are_read() -> None:
    """BOT_RATE_LIMIT (0 = off), BOT_USER_RATE_LIMIT and BOT_DATA_DIR, with their defaults."""
    assert Settings().rate_limit == 30
    assert Settings().user_rate_limit == 20
    assert Settings().data_dir == Path("data")
    settings = load_settings(
        {"BOT_RATE_LIMIT": "0", "BOT_USER_RATE_LIMIT": "0", "BOT_DATA_DIR": "/var/lib/bot"}
    )
    assert (settings.rate_limit, settings.user_rate_limit) == (0, 0)
    assert settings.data_dir == Path("/var/lib/bot")
    assert load_settings({"BOT_RATE_LIMIT": "2.5"}).rate_limit == 2.5


@pytest.mark.parametrize(
    ("name", "value"),
    [("ADMIN_IDS", "alice"), ("ADMIN_IDS", "42;43"), ("ADMIN_IDS", "-5"), ("ADMIN_IDS", "0"),
     ("BOT_RELOAD_SECONDS", "soon"), ("BOT_RELOAD_SECONDS", "-1"), ("BOT_RELOAD_SECONDS", "nan"),
     ("BOT_RELOAD_SECONDS", "86400")],
)  # fmt: skip
def test_malformed_admin_ids_or_reload_interval_are_one_clear_error(name: str, value: str) -> None:
    """A malformed ADMIN_IDS or BOT_RELOAD_SECONDS is a SettingsError naming the variable."""
    with pytest.raises(SettingsError, match=name):
        load_settings({name: value})


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("BOT_RATE_LIMIT", "fast"),
        ("BOT_RATE_LIMIT", "-1"),
        ("BOT_RATE_LIMIT", "nan"),
        ("BOT_RATE_LIMIT", "1e9"),
        ("BOT_USER_RATE_LIMIT", "2.5"),
        ("BOT_USER_RATE_LIMIT", "-3"),
    ],
)
def test_bad_limits_are_one_clear_problem(name: str, value: str) -> None:
    """A limit that is not a non-negative number (whole, per user) is named in the error."""
    with pytest.raises(SettingsError, match=name):
        load_settings({name: value})
