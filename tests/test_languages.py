"""Russian and Serbian: understood in both scripts, answered in the question's language."""

from __future__ import annotations

import shutil
from io import StringIO
from pathlib import Path

from bot.conversation.answering import ask
from bot.engine import Engine
from bot.engine.checks import run_check
from bot.lang.normalize import clean, detect_language
from bot.lang.translit import to_serbian_cyrillic


def test_serbian_latin_transliterates_to_cyrillic() -> None:
    """Serbian Latin maps letter for letter to Cyrillic, digraphs included."""
    assert (
        to_serbian_cyrillic("Ljubljana, njegov džep, Đorđe 73,8")
        == "Љубљана, његов џеп, Ђорђе 73,8"
    )


def test_answer_comes_in_the_question_language(engine: Engine) -> None:
    """A Russian question gets the Russian answer; a Serbian one the Serbian answer."""
    russian = ask(engine, "Каков товарооборот Казахстана и Сербии?")
    serbian = ask(engine, "Koliki je trgovinski promet?")
    assert russian.lang == "ru"
    assert "73,8" in russian.text
    assert serbian.lang == "sr"
    assert "73,8" in serbian.text
    assert russian.citations == serbian.citations  # the evidence stays the article's English


def test_serbian_cyrillic_question_gets_a_cyrillic_answer(engine: Engine) -> None:
    """A question in Serbian Cyrillic is answered in Serbian Cyrillic."""
    answer = ask(engine, "Ко је министар одбране Србије?")
    assert answer.fact_id == "meeting-vucevic"
    assert "Вучевић" in answer.text


def test_client_language_is_only_a_hint(engine: Engine) -> None:
    """The Telegram client's language decides only when the text doesn't tell."""
    assert ask(engine, "Vučić?", hint="sr").lang == "sr"
    assert ask(engine, "who is vucic", hint="ru").lang == "en"
    assert ask(engine, "Кто такой Вучич?", hint="sr").lang == "ru"


def test_check_rejects_a_translation_with_a_wrong_number(tmp_path: Path) -> None:
    """`check` fails on a translation whose numbers disagree with the English answer."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(Path(__file__).resolve().parent.parent / "knowledge", knowledge)
    facts = knowledge / "facts.yaml"
    text = facts.read_text(encoding="utf-8")
    assert "достиг 73,8 млн" in text
    facts.write_text(text.replace("достиг 73,8 млн", "достиг 37,8 млн"), encoding="utf-8")
    err = StringIO()
    assert run_check(knowledge, out=StringIO(), err=err) == 1
    assert "ru translation lacks the number(s) 73.8" in err.getvalue()


def test_check_reports_translation_coverage(tmp_path: Path) -> None:
    """`check` reports how many facts are translated into each language."""
    out = StringIO()
    knowledge = Path(__file__).resolve().parent.parent / "knowledge"
    assert run_check(knowledge, out=out, err=StringIO()) == 0
    assert "translations ru 22/22, sr 22/22" in out.getvalue()


def test_names_and_shared_words_do_not_decide_the_language(engine: Engine) -> None:
    """Serbian letters in a name don't make English Serbian; 'из' and names don't make Russian Serbian."""
    assert engine.analyze("what did Vučić say about the cooperation level").lang == "en"
    assert engine.analyze("Кто из Казахстана приезжал в Белград?").lang == "ru"
    assert engine.analyze("Ко је из Казахстана дошао у Београд?").lang == "sr"
    assert engine.analyze("vize za Srbiju").lang == "sr"


def test_related_questions_are_offered_in_the_readers_language(engine: Engine) -> None:
    """After a Russian answer, the related questions offered are Russian phrasings."""
    answer = ask(engine, "Кто посетил Белград?")
    assert answer.related
    assert all(detect_language(clean(q)) == "ru" for q in answer.related)
