"""The source section's texts: per-language validation with file:line, and how the bot's texts
are filled from them (translation, else English, else a generic default)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.conversation import texts, wording
from bot.conversation.answering import Answer, Outcome
from bot.knowledge.loader import load_fact_base
from bot.knowledge.model import Source
from bot.knowledge.problems import FactBaseError

ARTICLE = "Riverside opened a new library on Monday. It has 40,000 books.\n"
FACTS = """\
facts:
  - id: library
    topic: news
    questions: [what opened, which library, new library, how many books]
    answer: A new library with 40,000 books.
    cite: [It has 40,000 books.]
"""
REQUIRED = "  title: A new library\n  dateline: Riverside\n  date: Monday\n  reported_by: a wire\n"


def _base_dir(tmp_path: Path, source_lines: str) -> Path:
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "facts.yaml").write_text(FACTS, encoding="utf-8")
    (tmp_path / "source.yaml").write_text(
        "topics: {news: News}\nsource:\n" + REQUIRED + source_lines, encoding="utf-8"
    )
    return tmp_path


def _problems(directory: Path) -> list[str]:
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(directory)
    return [str(p) for p in caught.value.problems]


def test_texts_per_language_are_loaded(tmp_path: Path) -> None:
    """A source text given per language is kept per language; a plain one is English."""
    base = load_fact_base(_base_dir(tmp_path, "  about:\n    en: about it\n    ru: об этом\n"))
    assert base.source.text_in("about", "ru") == "об этом"
    assert base.source.text_in("about", "sr") == "about it"
    assert base.source.text_in("dateline", "ru") == "Riverside"


def test_a_text_without_english_is_reported_with_its_line(tmp_path: Path) -> None:
    """Per-language versions without en are refused, pointing at the text's line."""
    problems = _problems(_base_dir(tmp_path, "  about:\n    ru: об этом\n"))
    assert any(
        p.endswith(
            "source.yaml:7: source: about: give the English text (en) too; it stands in for the others"
        )
        for p in problems
    ), problems


def test_an_unknown_language_is_reported_at_its_key(tmp_path: Path) -> None:
    """A language the bot doesn't speak is refused at the line of its key."""
    problems = _problems(_base_dir(tmp_path, "  example:\n    en: what opened?\n    de: was?\n"))
    assert any("source.yaml:9: source: example: unknown language 'de'" in p for p in problems), (
        problems
    )


def test_an_unknown_source_field_is_reported(tmp_path: Path) -> None:
    """A misspelt field of the source section is refused, naming the known ones."""
    problems = _problems(_base_dir(tmp_path, "  abuot: about it\n"))
    assert any("source: unknown field 'abuot'" in p for p in problems), problems


def _source(**given: dict[str, str]) -> Source:
    required = {"title": {"en": "A new library"}, "dateline": {"en": "Riverside"}}
    return Source({**required, "date": {"en": "Monday"}, "reported_by": {"en": "a wire"}, **given})


def test_missing_phrases_fall_back_to_generic_texts() -> None:
    """Without about, description, example or date_note, the texts say "the article", use the
    title, a generic example and the bare date."""
    values = wording.values(_source(), "ru")
    assert values["about"] == values["about_short"] == texts.text("default_about", "ru")
    assert values["description"] == "A new library"
    assert values["example"] == texts.text("default_example", "ru")
    assert values["dated"] == "Monday"


def test_phrases_fill_the_templates_in_the_asked_language() -> None:
    """The greeting and the /source date are filled with the fact base's own words."""
    source = _source(
        about={"en": "about the library", "sr": "o biblioteci"},
        date_note={"en": "no year given"},
    )
    assert wording.say("greeting", "sr", source) == "Zdravo! Pitajte me o biblioteci."
    assert wording.say("greeting", "ru", source) == "Здравствуйте! Спросите меня about the library."
    assert "Date: Monday (no year given)" in wording.say("source", "en", source)


def test_small_talk_answers_are_worded_about_the_article() -> None:
    """A small-talk answer gets the article's greeting; in Serbian Cyrillic when asked so; other
    answers are left alone."""
    source = _source(about={"en": "about the library", "sr": "o biblioteci"})
    greeting = Answer("здраво", Outcome.SMALLTALK, "", lang="sr")
    assert wording.word(greeting, source).text == "Здраво! Питајте ме о библиотеци."
    declined = Answer("why?", Outcome.NOT_FOUND, texts.text("not_found"))
    assert wording.word(declined, source) is declined
