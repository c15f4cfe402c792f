"""Russian and Serbian: understood in both scripts, answered in the question's language."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest

from bot.conversation.answering import ask
from bot.engine import Engine
from bot.engine.checks import run_check
from bot.knowledge.loader import FactBaseError, load_fact_base
from bot.lang.normalize import Normalizer, clean, detect_language
from bot.lang.translit import to_serbian_cyrillic


def test_serbian_latin_transliterates_to_cyrillic() -> None:
    """Serbian Latin maps letter for letter to Cyrillic, digraphs included."""
    assert (
        to_serbian_cyrillic("Ljubljana, njegov džep, Đorđe 73,8")
        == "Љубљана, његов џеп, Ђорђе 73,8"
    )


def test_answer_comes_in_the_question_language(small_engine: Engine) -> None:
    """A Russian question gets the Russian answer; a Serbian one the Serbian answer."""
    russian = ask(small_engine, "Каков товарооборот Казахстана и Сербии?")
    serbian = ask(small_engine, "Koliki je trgovinski promet?")
    assert russian.lang == "ru"
    assert "73,8" in russian.text
    assert serbian.lang == "sr"
    assert "73,8" in serbian.text
    assert russian.citations == serbian.citations  # the evidence stays the article's English


def test_serbian_cyrillic_question_gets_a_cyrillic_answer(small_engine: Engine) -> None:
    """A question in Serbian Cyrillic is answered in Serbian Cyrillic."""
    answer = ask(small_engine, "Ко је министар одбране Србије?")
    assert answer.fact_id == "meeting-vucevic"
    assert "Вучевић" in answer.text


def test_client_language_is_only_a_hint(small_engine: Engine) -> None:
    """The Telegram client's language decides only when the text doesn't tell."""
    assert ask(small_engine, "Vučić?", hint="sr").lang == "sr"
    assert ask(small_engine, "who is vucic", hint="ru").lang == "en"
    assert ask(small_engine, "Кто такой Вучич?", hint="sr").lang == "ru"


@pytest.mark.slow
def test_check_rejects_a_translation_with_a_wrong_number(small_copy: Path) -> None:
    """`check` fails on a translation whose numbers disagree with the English answer."""
    facts = small_copy / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "достиг 73,8 млн" in text
    facts.write_text(text.replace("достиг 73,8 млн", "достиг 37,8 млн"), encoding="utf-8")
    err = StringIO()
    assert run_check(small_copy, out=StringIO(), err=err) == 1
    assert "ru translation lacks the number(s) 73.8" in err.getvalue()


def test_check_warns_of_a_phrasing_spelt_wrong_on_purpose(small_copy: Path) -> None:
    """A phrasing "what was the turnvoer" is warned about (the engine reads typos itself); the check still passes."""
    facts = small_copy / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "      - what was the turnover\n" in text
    facts.write_text(
        text.replace(
            "      - what was the turnover\n",
            "      - what was the turnover\n      - what was the turnvoer\n",
        ),
        encoding="utf-8",
    )
    err = StringIO()
    assert run_check(small_copy, out=StringIO(), err=err) == 0
    assert 'spells "turnvoer", which questions read as "turnover"' in err.getvalue()


@pytest.mark.slow
def test_check_reports_translation_coverage(small_copy: Path) -> None:
    """`check` reports how many facts are translated into each language."""
    facts = small_copy / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    # One fact loses its Serbian answer (the "sr:" line and its folded continuation lines).
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith("      sr: "))
    end = start + 1
    while lines[end].startswith("        "):
        end += 1
    facts.write_text("".join(lines[:start] + lines[end:]), encoding="utf-8")
    out = StringIO()
    assert run_check(small_copy, out=out, err=StringIO()) == 0
    total = len(load_fact_base(small_copy).facts)
    assert f"translations ru {total}/{total}, sr {total - 1}/{total}" in out.getvalue()


def test_names_and_shared_words_do_not_decide_the_language(small_engine: Engine) -> None:
    """Serbian letters in a name don't make English Serbian; 'из' and names don't make Russian Serbian."""
    assert small_engine.analyze("what did Vučić say about the cooperation level").lang == "en"
    assert small_engine.analyze("Кто из Казахстана приезжал в Белград?").lang == "ru"
    assert small_engine.analyze("Ко је из Казахстана дошао у Београд?").lang == "sr"
    assert small_engine.analyze("vize za Srbiju").lang == "sr"


def test_a_synonym_of_the_fact_base_tells_its_language(small_engine: Engine) -> None:
    """Serbian words the vocabulary knows ("sastao") count as Serbian, unlike names do."""
    assert small_engine.analyze("sa kim se sastao nurtleu pored vucica").lang == "sr"


def test_related_questions_are_offered_in_the_readers_language(small_engine: Engine) -> None:
    """After a Russian answer, the related questions offered are Russian phrasings."""
    answer = ask(small_engine, "Кто посетил Белград?")
    assert answer.related
    assert all(detect_language(clean(q)) == "ru" for q in answer.related)


def _with_language_words(knowledge: Path, section: str) -> Path:
    """``knowledge`` with its language_words section replaced by ``section``."""
    vocabulary = knowledge / "vocabulary.yaml"
    text = vocabulary.read_text(encoding="utf-8")
    start = text.index("language_words:")
    end = text.find("\n\n", start)
    vocabulary.write_text(text[:start] + section + text[end:], encoding="utf-8")
    return knowledge


def _problems_with_language_words(knowledge: Path, section: str) -> list[str]:
    """The problems of a copy of the fact base whose language_words section is ``section``."""
    with pytest.raises(FactBaseError) as caught:
        load_fact_base(_with_language_words(knowledge, section))
    return [str(p) for p in caught.value.problems]


def test_language_words_only_for_languages_told_by_words(small_copy: Path) -> None:
    """`language_words` for English (told by no words) is refused with the allowed languages."""
    problems = _problems_with_language_words(small_copy, "language_words:\n  en: [the]")
    assert any(
        "'en' is not a language told apart by its words (one of: ru, sr)" in p for p in problems
    )


def test_language_words_are_single_words(small_copy: Path) -> None:
    """A phrase among `language_words` is refused: words are matched one by one."""
    problems = _problems_with_language_words(
        small_copy, "language_words:\n  sr: [Srbija, spoljni poslovi]"
    )
    assert any("language_words.sr: 'spoljni poslovi' is not a single word" in p for p in problems)


def test_language_words_are_given_per_language(small_copy: Path) -> None:
    """A plain list of `language_words` is refused: each word belongs to a language."""
    problems = _problems_with_language_words(small_copy, "language_words: [Srbija]")
    assert any("language_words: expected a mapping of language" in p for p in problems)


def test_fact_base_language_words_reach_the_normalizer(small_copy: Path) -> None:
    """A fact base's `language_words` are loaded and, given to the Normalizer, decide the language."""
    base = load_fact_base(_with_language_words(small_copy, "language_words:\n  sr: [Министар]"))
    assert base.language_words == {"sr": ("Министар",)}
    question = clean("министар")
    assert detect_language(question) == "ru"
    assert Normalizer(language_words=base.language_words).detect_language(question) == "sr"


@pytest.mark.parametrize(
    ("question", "lang", "word"),
    [
        ("ko je šta od Petrove i Markovića, brkam ih", "sr", "brkam"),
        ("путаю Петрову и Марковича, кто есть кто", "ru", "putaju"),
        ("who is petrova vs markovic", "en", "vs"),
    ],
)
def test_mixing_two_people_up_is_no_topic_of_the_question(
    question: str, lang: str, word: str
) -> None:
    """ "Brkam ih", "путаю", "vs": the asker mixes two people up; who each is is asked."""
    analysis = Normalizer().analyze(question, lang=lang)
    assert word not in analysis.surfaces


def test_the_difference_between_two_people_asks_who_each_is(small_engine: Engine) -> None:
    """ "What's the difference between Dacic and Vucevic": "difference" frames the question,
    which is answered with who both are (not declined for a word no fact uses)."""
    made = small_engine.decide("whats the difference between dacic and vucevic, i mix them up")
    assert made.fact_id == "officials-met"


@pytest.mark.parametrize("question", ["jesi ti bot ili pravi lik", "ko si ti", "jesi ti bot"])
def test_serbian_latin_is_told_by_jesi_and_si(question: str) -> None:
    """ "jesi", "si" ("are you") are Serbian: "jesi ti bot ili pravi lik" is no English
    question whose unknown words the speller would read as English ("pravi" as "pravni")."""
    assert detect_language(question) == "sr"


def test_english_with_or_stays_english() -> None:
    """An English question choosing between two names stays English."""
    assert detect_language("is it vucic or nurtleu") == "en"
