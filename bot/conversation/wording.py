"""The bot's texts about *this* article: generic templates (:mod:`bot.conversation.texts`)
filled with the fact base's own words (the ``source`` section of source.yaml).

Where each source text goes, and what stands in when the fact base doesn't give it (each in
the asked language, else in English):

``title``, ``dateline``, ``date``, ``reported_by``, ``summary``
    /start, /source and the "text only" reply (required, except ``summary``).
``date_note``
    After the date on /source, in parentheses: "Date: Nov. 29 (the article gives no year)".
``about``
    "Hello! Ask me {about}." — default: "about the article".
``about_short``
    "You're welcome! Anything else {about_short}?" — default: ``about``.
``description``
    "I answer questions about one article: {description}, …" — default: ``title``.
``example``
    "Ask me anything {about_short}, for example: {example}" — default: "what is the article
    about?".

Pure functions: no I/O, no Telegram.
"""

from __future__ import annotations

import dataclasses

from bot.conversation import texts
from bot.conversation.answering import Answer, Outcome
from bot.engine import bound_question
from bot.knowledge.model import Source
from bot.lang.smalltalk import small_talk
from bot.lang.translit import mostly_cyrillic, to_serbian_cyrillic


def values(source: Source, lang: str) -> dict[str, str]:
    """Every ``{placeholder}`` the texts take from the fact base, in ``lang``."""
    out = {
        name: source.text_in(name, lang)
        for name in ("title", "dateline", "date", "reported_by", "summary")
    }
    about = source.text_in("about", lang) or texts.text("default_about", lang)
    note = source.text_in("date_note", lang)
    out.update(
        about=about,
        about_short=source.text_in("about_short", lang) or about,
        description=source.text_in("description", lang) or out["title"],
        example=source.text_in("example", lang) or texts.text("default_example", lang),
        dated=texts.fill("date_with_note", lang, date=out["date"], date_note=note)
        if note
        else out["date"],
    )
    return out


def say(key: str, lang: str, source: Source, **extra: str) -> str:
    """The bot text ``key`` in ``lang``, filled from the fact base (and ``extra``)."""
    return texts.fill(key, lang, **{**values(source, lang), **extra})


def word(answer: Answer, source: Source) -> Answer:
    """``answer`` with its reply to small talk or to an empty message said about the article.

    Other answers are returned unchanged. A Serbian question in Cyrillic gets the reply in
    Cyrillic, as the engine answers it.
    """
    question = bound_question(answer.question)
    if answer.outcome is Outcome.EMPTY:
        key: str | None = "empty"
    elif answer.outcome is Outcome.SMALLTALK:
        # The engine's decision says which small talk it was; an answer made without one
        # (a test double, a button) is read again.
        decided = answer.decision.small_talk if answer.decision is not None else None
        key = decided or small_talk(question)
    else:
        key = None
    if key is None:
        return answer
    text = say(key, answer.lang, source)
    if answer.lang == "sr" and mostly_cyrillic(question):
        text = to_serbian_cyrillic(text)
    return dataclasses.replace(answer, text=text)
