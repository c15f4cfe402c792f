"""Signs of a question about the asker's present moment (bot/lang/now.py), in en/ru/sr."""

from __future__ import annotations

import pytest

from bot.lang.normalize import Normalizer
from bot.lang.now import Present, present_signs

NORMALIZER = Normalizer()


@pytest.mark.parametrize(
    ("question", "signs"),
    [
        ("what's the date today?", Present(deictic=True, calendar=True)),
        ("is it monday today", Present(deictic=True, calendar=True)),
        ("how hot is it right now in the capital", Present(deictic=True)),
        ("what time is it", Present(calendar=True, asked=True)),
        ("какое сейчас число?", Present(deictic=True, calendar=True)),
        ("который час", Present(calendar=True, asked=True)),
        ("a kakvo je danas vreme", Present(deictic=True, calendar=True)),
        ("kakvo je vreme u gradu", Present(calendar=True, asked=True)),
        ("коjи је данас датум", Present(deictic=True, calendar=True)),
        ("what's the euro rate today", Present(deictic=True, calendar=True, asked=True)),
        ("какой сейчас курс рубля", Present(deictic=True, calendar=True, asked=True)),
        ("koji je kurs evra danas", Present(deictic=True, calendar=True, asked=True)),
        ("what's the dollar rate", Present(calendar=True, asked=True)),
        ("курс доллара", Present(calendar=True, asked=True)),
        ("kurs evra", Present(calendar=True, asked=True)),
        ("what season is it now", Present(deictic=True, calendar=True)),
        ("koje je sad godišnje doba", Present(deictic=True, calendar=True)),
        ("who opened the bridge", Present()),
        ("when did the council approve the bridge", Present()),
    ],
)
def test_signs_of_the_present_in_three_languages(question: str, signs: Present) -> None:
    assert NORMALIZER.analyze(question).present == signs


def test_phrases_of_several_words_count_only_whole() -> None:
    """ "at the moment" is a now phrase; "moment" alone is not."""
    assert present_signs("what are they doing at the moment".split()).deictic
    assert not present_signs("a moment of pride".split()).deictic


def test_a_word_for_else_as_well_as_still_is_no_sign_that_something_still_holds() -> None:
    """ "still" and "до сих пор" ask whether something still holds; "ещё" and "još" also ask
    who or what else ("кто ещё", "još neku funkciju"), so alone they are not that sign."""
    assert present_signs("is he still mayor".split()).still
    assert present_signs("on do sih por mer".split()).still
    assert not present_signs("ima li jos neku funkciju".split()).still
    assert not present_signs("kto esce byl".split()).still
    assert present_signs("kto esce byl".split()).lasting


def test_still_with_else_s_word_in_a_phrase_is_still() -> None:
    """ "Još uvek", "i dalje", "всё ещё" ask whether something still holds, though "još" and
    "ещё" alone also ask who else."""
    assert present_signs("da li je mer jos uvek na funkciji".split()).still
    assert present_signs("je li mer i dalje tu".split()).still
    assert present_signs("mer vse esce na postu".split()).still
    assert not present_signs("ko je jos bio".split()).still


def test_serbian_sad_is_now_in_serbian_only_and_not_when_it_moves_the_talk_on() -> None:
    """Serbian "sad" (now) points at the asker's now in a Serbian question ("kolko je sad
    evro"), not in an English one ("I'm sad"), nor opening a sentence or after a lead word
    ("a sad, kada je bila poseta": and now, when was the visit)."""
    assert present_signs("kolko je sad evro".split(), "sr").deictic
    assert present_signs("jel vucevic sad premijer".split(), "sr").deictic
    assert not present_signs("im sad when was the visit".split(), "en").deictic
    assert not present_signs("a sad kada je bila poseta".split(), "sr").deictic
    assert not present_signs("sad mi reci kada".split(), "sr").deictic


def test_what_a_currency_costs_now_is_a_question_about_the_present() -> None:
    """ "Сколько сейчас стоит доллар" asks what a market tells now: a now word and a
    currency, as "what's the date today" is a now word and a calendar word."""
    signs = Normalizer().analyze("сколько сейчас стоит доллар").present
    assert signs.deictic
    assert signs.calendar


@pytest.mark.parametrize(
    "question",
    [
        "what's trending on twitter rn",
        "yesterday's league results",
        "kakvo će biti vreme za vikend",
    ],
)
def test_the_askers_yesterday_tomorrow_and_weekend_are_their_present(question: str) -> None:
    """ "Yesterday", "tomorrow", "za vikend", "завтра" point at the asker's days, and what is
    trending is what a feed tells now: questions the article's own day cannot answer."""
    signs = Normalizer().analyze(question).present
    assert signs.deictic
    assert signs.calendar


@pytest.mark.parametrize(
    "question",
    [
        "whats happening in serbia right now",
        "что сейчас происходит в сербии",
        "šta se dešava sada u srbiji",
        "what happened today in the world",
        "а сегодня что случилось в мире?",
        "a segodnya chto proizoshlo",
        "šta ima novo danas",
        "šta se desilo danas u svetu",
    ],
)
def test_what_is_happening_now_asks_about_the_present(question: str) -> None:
    """ "What's happening right now", "what happened today", "šta ima novo danas" ask the news
    of the asker's day, as "the date today" does."""
    signs = NORMALIZER.analyze(question).present
    assert signs.deictic
    assert signs.calendar
