"""Small words typed wrong (bot/lang/keyboard.py, bot/lang/typos.py), on invented examples."""

from __future__ import annotations

import pickle

import pytest

from bot.engine import Engine
from bot.lang.keyboard import NEIGHBOURS, closest_slip
from bot.lang.normalize import Normalizer
from bot.lang.typos import RealWords, SmallWords
from bot.lang.words import WordFrequencies

#: Hand-made frequencies: "hat" and "toe" are real English words, "hoe" a rare one.
REAL = RealWords({"en": WordFrequencies({"hat": 4.3, "toe": 4.0, "hoe": 3.2})}, 3.6)


def test_the_keyboard_knows_its_neighbours() -> None:
    assert {"g", "j", "y", "u", "b", "n"} <= NEIGHBOURS["h"]
    assert "p" not in NEIGHBOURS["a"]


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wgat", "what"),  # g beside h
        ("hwen", "when"),  # swapped
        ("whre", "where"),  # dropped letter
        ("whhy", "why"),  # doubled letter
        ("abiut", "about"),  # i beside o
        ("tye", "the"),  # y beside h
    ],
)
def test_one_slip_of_a_function_word(typed: str, meant: str) -> None:
    targets = ("what", "which", "who", "when", "where", "why", "how", "about", "the")
    assert closest_slip(typed, targets) == meant


def test_no_slip_is_no_reading() -> None:
    assert closest_slip("zebra", ("what", "who")) is None


def test_sound_alike_letters_count_as_one_slip() -> None:
    assert closest_slip("kadga", ("kogda",)) is None
    assert closest_slip("kagda", ("kogda",), (("a", "o"),)) == "kogda"


def test_real_words_and_names_stay_and_rare_ones_are_read_anew() -> None:
    small = SmallWords(REAL)
    assert small.fix("hat", "en") is None  # a real word: never "what"
    assert small.fix("hoe", "en") == "how"  # rarer than the real-word frequency
    assert small.fix("wht", "en") == "what"
    assert small.fix("hwo", "en") == "who"  # a chat spelling
    assert small.fix("what", "en") is None  # already right
    assert small.rewrite("wgat did Hwta say", "en", is_name=lambda w: w == "hwta") == (
        "what did Hwta say"
    )


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("othr", "other"),
        ("shoud", "should"),
        ("wuold", "would"),
        ("bcause", "because"),
        ("sya", "say"),
        ("tlak", "talk"),
        ("gona", "gonna"),
        ("tel", "tell"),
    ],
)
def test_english_small_words_beyond_question_words_are_read_through_a_slip(
    typed: str, meant: str
) -> None:
    """ "did othr areas come up", "shoud they", "bcause", "what did he sya": the small words
    of every English question, not only question words, are read through one slip, and the
    verbs of saying and talking with two letters swapped (too short for the speller), and
    chat spellings of filler ("what deal are they gona use")."""
    assert SmallWords(REAL).fix(typed, "en") == meant


def test_chat_spellings_count_in_their_own_language_only() -> None:
    """Russian "шо" typed in Latin letters ("sho") is "что"; English "sho" is no word of it."""
    small = SmallWords(REAL)
    assert small.fix("sho", "ru") == "cto"
    assert small.fix("sho", "en") != "cto"


def test_russian_so_folded_is_the_preposition_not_chat_what() -> None:
    """Cyrillic "шо" and the preposition "со" both fold to "so": it is read as typed."""
    small = SmallWords(REAL)
    assert small.fix("so", "ru") is None
    assert small.fix("so", "en") is None


def test_the_government_in_chat_spelling_is_the_government() -> None:
    """ "govt", "gov": the word that asks who someone is in a government, not an unknown one;
    "btwn" is "between"."""
    small = SmallWords(REAL)
    assert small.fix("govt", "en") == "government"
    assert small.fix("gov", "en") == "government"
    assert small.fix("btwn", "en") == "between"


def test_full_in_chat_spelling_is_full() -> None:
    """ "his ful name": "ful" is "full", too short for the speller to find."""
    assert SmallWords(REAL).fix("ful", "en") == "full"


def test_russian_and_serbian_small_words() -> None:
    small = SmallWords(RealWords({}, 3.6))
    assert small.fix("kagda", "ru") == "kogda"
    assert small.fix("skoka", "ru") == "skolko"
    assert small.fix("kolko", "sr") == "koliko"


def test_a_serbian_past_form_said_without_its_a_is_the_past_form() -> None:
    """ "kad se vido sa…", "šta je reko": speech drops the "a" of "video", "rekao"."""
    small = SmallWords(RealWords({}, 3.6))
    assert small.fix("vido", "sr") == "video"
    assert small.fix("reko", "sr") == "rekao"
    assert small.fix("reko", "en") is None


def test_croatian_and_bosnian_spellings_are_the_serbian_words() -> None:
    """ "tko je bio ministar vanjskih poslova": "tko" is "ko", "vanjskih" is "spoljnih"."""
    small = SmallWords(RealWords({}, 3.6))
    assert small.fix("tko", "sr") == "ko"
    assert small.fix("vanjskih", "sr") == "spoljnih"
    assert small.fix("vanjski", "sr") == "spoljni"


def test_russian_about_what_spelt_as_it_sounds_is_about_what() -> None:
    """ "о чом" ("чём" with its "ё" written as said, folded "com"; "chom" in Latin letters) asks
    "о чём", about what."""
    small = SmallWords(RealWords({}, 3.6))
    assert small.fix("com", "ru") == "cem"
    assert small.fix("chom", "ru") == "cem"


def test_russian_yet_typed_in_latin_letters_as_it_sounds_is_yet() -> None:
    """ "kto eshe byl…" ("еше", folded "ese"), "escho", "ischo" are "ещё", and "скок" is
    "сколько": Latin-letter Russian spells by sound, not by the transliteration table."""
    small = SmallWords(RealWords({}, 3.6))
    assert [small.fix(w, "ru") for w in ("ese", "esco", "isco")] == ["esce"] * 3
    assert small.fix("skok", "ru") == "skolko"
    assert small.fix("ese", "en") is None


def test_the_kind_of_question_survives_a_misspelt_question_word() -> None:
    plain = Normalizer(real_word=REAL)
    assert plain.analyze("wgat did the council approve").kind == "what"
    assert plain.analyze("whn did the bridge open").kind == "when"
    assert plain.analyze("hoe much was it").kind == "amount"
    assert plain.analyze("кагда открыли мост").kind == "when"
    assert Normalizer().analyze("whn did the bridge open").kind == "what"  # no real_word


def test_small_words_survive_the_engine_cache() -> None:
    small = SmallWords(REAL)
    small.fix("wgat", "en")
    again = pickle.loads(pickle.dumps(small))  # noqa: S301 - our own bytes
    assert again.fix("wgat", "en") == "what"


def test_a_slip_of_a_content_word_is_not_read_as_a_small_word() -> None:
    """ "agre" is one slip from "are" too, but the fact base says "agree": that word is meant."""
    small = SmallWords(REAL)
    assert small.fix("agre", "en") == "are"
    agree = lambda word, lang, small_word: word == "agre" and len("agree") > len(small_word)  # noqa: E731
    assert small.rewrite("what did they agre to", "en", lambda w: False, agree) == (
        "what did they agre to"
    )
    assert small.rewrite("wgat did they say", "en", lambda w: False, agree) == "what did they say"


def test_the_engine_reads_a_misspelt_content_word_as_the_fact_bases_word(
    small_engine: Engine,
) -> None:
    """A dropped letter of "agree" keeps the word (it is not read as "are" and dropped)."""
    assert small_engine.analyze("what did the ministers agre to do").forms == (
        small_engine.analyze("what did the ministers agree to do").forms
    )


def test_a_question_word_run_together_with_a_small_word_is_split() -> None:
    """Voice typing runs words together: "ktotakoj" is "kto takoj", "whois" "who is"; a word
    that merely starts like a small word stays ("todays" is no "to days")."""
    small = SmallWords(REAL)
    assert small.fix("ktotakoj", "ru") == "kto takoj"
    assert small.fix("whois", "en") == "who is"
    assert small.fix("kojije", "sr") == "koji je"
    assert small.fix("todays", "en") is None


KNOWN = {"dacic", "meet", "sign", "tourism"}.__contains__


def test_a_word_run_together_with_a_small_word_is_split_either_way_round() -> None:
    """A fact-base word glued to a small word before or after it is read as two words."""
    small = SmallWords(REAL)
    known = lambda word, lang: KNOWN(word)  # noqa: E731
    assert small.split_off("withdacic", "en", known) == "with dacic"
    assert small.split_off("meetin", "en", known) == "meet in"
    assert small.split_off("didthey", "en", known) == "did they"
    assert small.split_off("withdacik", "en", known) is None
    # Only English is split: Russian and Serbian endings are small words too ("upomina-li").
    assert small.split_off("upominali", "sr", lambda word, lang: word == "upomina") is None


def test_a_misspelt_or_real_word_is_not_split() -> None:
    """Only a word that is neither real nor a slip of one word is read as two run together."""
    small = SmallWords(REAL)
    known = lambda word, lang: KNOWN(word)  # noqa: E731
    assert small.rewrite("what about withdacic", "en", lambda w: False, None, known) == (
        "what about with dacic"
    )
    # "meetin" would split ("meet in"), but the speller reads it as one word ("meeting").
    assert (
        small.rewrite("did they meetin", "en", lambda w: False, None, known, lambda w, lang: True)
        == "did they meetin"
    )
    # A real word never splits ("meetin" made a word of the list here).
    real = SmallWords(RealWords({"en": WordFrequencies({"meetin": 4.0})}, 3.6))
    assert real.rewrite("did they meetin", "en", lambda w: False, None, known) == (
        "did they meetin"
    )


def test_the_engine_reads_a_name_run_together_with_a_preposition(small_engine: Engine) -> None:
    """'withdacic' is read as 'with dacic'."""
    assert small_engine.analyze("what did they discuss withdacic").forms == (
        small_engine.analyze("what did they discuss with dacic").forms
    )


def test_short_words_between_odd_characters_are_never_split(small_engine: Engine) -> None:
    """A message of short words and symbols ("I{I:AAY:`", found by the hostile-input test) is
    read without error."""
    assert not small_engine.decide("I{I:AAY:`").answered


def test_english_with_typos_and_a_repeated_small_word_stays_english(small_engine: Engine) -> None:
    """ "wht do the signed documnts actualy do": "do" twice is one Serbian-looking word, not
    two, so the misspelt English is read as English (not as Russian in Latin letters)."""
    assert small_engine.analyze("wht do the signed documnts actualy do").lang == "en"


@pytest.mark.parametrize(
    ("typed", "meant"), [("evn", "even"), ("stuf", "stuff"), ("relly", "really")]
)
def test_chat_fillers_typed_with_a_slip_are_read_as_fillers(typed: str, meant: str) -> None:
    """ "did they evn talk about globl stuf": "even" and "stuff" say nothing, but left
    unknown their slips would weigh as words the article never uses."""
    assert SmallWords(REAL).fix(typed, "en") == meant
