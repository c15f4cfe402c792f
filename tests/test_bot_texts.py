"""Bot texts: every text in every language, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from bot.conversation import texts
from bot.knowledge.model import LANGUAGES


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("key", texts.keys())
def test_every_text_exists_in_every_language_with_the_same_placeholders(key: str) -> None:
    """Each text has a non-empty en/ru/sr version, all with the same {placeholders}."""
    english = _placeholders(texts.text(key, "en"))
    for lang in LANGUAGES:
        variant = texts.text(key, lang)
        assert variant.strip()
        assert _placeholders(variant) == english, lang


def test_every_command_has_a_description_telegram_accepts() -> None:
    """Each command's menu description is 1-256 characters in every language."""
    for name in texts.COMMANDS:
        for lang in LANGUAGES:
            assert 1 <= len(texts.text(f"cmd_{name}", lang)) <= 256


@pytest.mark.parametrize(
    ("code", "lang"),
    [("ru", "ru"), ("ru-RU", "ru"), ("sr-Latn", "sr"), ("SR", "sr"), ("en-GB", "en"),
     ("uk", "en"), ("", "en"), (None, "en")],
)  # fmt: skip
def test_client_language_codes_map_to_bot_languages(code: str | None, lang: str) -> None:
    """Telegram's IETF language codes pick ru/sr when they match, English otherwise."""
    assert texts.pick_language(code) == lang


def test_fill_puts_values_into_the_template() -> None:
    """fill() formats the text in the asked language."""
    assert texts.fill("topic_questions", "sr", topic="Trgovina") == "Trgovina — izaberite pitanje:"


def test_saying_hi_is_small_talk_not_a_question_about_what_was_said() -> None:
    """ "Just wanted to say hi" greets: "say" asks about no one's words."""
    from bot.lang.smalltalk import small_talk

    assert small_talk("good morning!! just wanted to say hi") == "greeting"
    assert small_talk("just wanted to say hello") == "greeting"
    assert small_talk("how's your day going?") == "how_are_you"


def test_a_colloquial_or_croatian_hello_is_a_greeting() -> None:
    """Russian "здарова" and Croatian "bok" say hello, as "привет" and "zdravo" do."""
    from bot.lang.smalltalk import small_talk

    assert small_talk("здарова") == "greeting"
    assert small_talk("bok") == "greeting"


def test_asking_whether_the_bot_is_a_person_is_small_talk() -> None:
    """ "Are you a real person or a bot" is about the bot, answered as such."""
    from bot.lang.smalltalk import small_talk

    assert small_talk("are you a real person or a bot") == "about_me"
    assert small_talk("are you real?") == "about_me"
    assert small_talk("are you a bot or a real person") == "about_me"
    # In Russian and Serbian too, in either order.
    assert small_talk("ты бот или человек вообще") == "about_me"
    assert small_talk("Jesi li ti čovek ili robot?") == "about_me"
    assert small_talk("да ли си бот") == "about_me"


def test_asking_how_the_bot_is_today_is_small_talk() -> None:
    """ "How are you doing today" is small talk in every language, whatever the day word."""
    from bot.lang.smalltalk import small_talk

    assert small_talk("how are you doing today buddy") == "how_are_you"
    assert small_talk("как дела сегодня?") == "how_are_you"
    assert small_talk("kako si danas") == "how_are_you"
    # A question about today is not small talk.
    assert small_talk("what happened today") is None


def test_small_talk_with_a_slip_in_a_word_is_still_small_talk() -> None:
    """A small-talk word typed one slip away ("дила", "thnaks") greets; a question does not."""
    from bot.lang.smalltalk import small_talk

    assert small_talk("привет как дила") == "greeting"
    assert small_talk("как дила") == "how_are_you"
    assert small_talk("privet kak dila") == "greeting"
    assert small_talk("thnaks a lot") == "thanks"
    # A word no small talk uses, however close to one, keeps it a question.
    assert small_talk("как дела с торговлей") is None
    assert small_talk("kako je prosla poseta") is None
    # In one sentence of a longer message, a slip is not read: "five??" doubts a figure.
    assert small_talk("five??", slips=False) is None


def test_praise_that_thanks_is_small_talk() -> None:
    """ "lol thanks man ur the best" thanks the bot; "who is the best partner" asks."""
    from bot.lang.smalltalk import small_talk

    assert small_talk("lol thanks man ur the best") is not None
    assert small_talk("you rock") == "thanks"
    assert small_talk("who is the best partner of kazakhstan") is None


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("who are you anyway, a bot or some guy from the ministry", "about_me"),
        ("ko si ti uopšte, bot ili neki lik iz službe haha", "about_me"),
        ("who are you, and who did the mayor meet or not?", None),
        ("who are you, tell me about the bridge", None),
    ],
)
def test_asking_what_the_bot_is_and_guessing_is_small_talk(message: str, kind: str | None) -> None:
    """ "Who are you anyway, a bot or some guy from the ministry?": the bot's own question and
    guesses at what it is ask nothing about the article; a second question after the comma,
    or no guesses, is not this."""
    from bot.lang.smalltalk import small_talk_opening

    assert small_talk_opening(message) == kind
