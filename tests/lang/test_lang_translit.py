"""Scripts and folding (bot/lang/translit.py) on tiny inputs."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.lang.translit import (
    SERBIAN_LETTERS,
    chat_letters,
    fold_word,
    has_cyrillic,
    mostly_cyrillic,
    russian_from_latin,
    to_latin,
    to_serbian_cyrillic,
)


def test_serbian_letters_map_both_ways() -> None:
    """Every Serbian letter goes to the other script and back to itself."""
    for latin, cyrillic in SERBIAN_LETTERS:
        assert to_serbian_cyrillic(latin) == cyrillic
        assert to_latin(cyrillic) == latin
        assert to_serbian_cyrillic(latin.upper()) == cyrillic.upper()


def test_capitalized_digraphs_are_one_capital_letter() -> None:
    """ "Lj", "LJ" and "DŽ" are single Cyrillic capitals; "lJ" is two letters."""
    assert to_serbian_cyrillic("Ljubljana LJUBLJANA DŽEP") == "Љубљана ЉУБЉАНА ЏЕП"
    assert to_serbian_cyrillic("lJ") == "лЈ"


def test_other_text_is_left_alone() -> None:
    """Latin letters Serbian lacks (w, q), digits and punctuation pass through unchanged."""
    assert to_serbian_cyrillic("Wi-Fi 73,8 quiz") == "Wи-Фи 73,8 qуиз"
    assert to_latin("ok 5%") == "ok 5%"


def test_russian_letters_get_their_usual_latin_forms() -> None:
    """Russian letters Serbian lacks are transliterated, hard and soft signs dropped."""
    assert to_latin("щука объём льют я") == "ščuka obem ljut ja"


def test_folding_drops_script_case_is_kept_and_diacritics_go() -> None:
    """Folding gives Latin without diacritics: "Вучић", "Vučić" meet "vucic"; "đ" is "dj"."""
    assert fold_word("вучић") == fold_word("vučić") == "vucic"
    assert fold_word("đorđe") == "djordje"
    assert fold_word("ӣ") == "i"


@given(st.text(max_size=40))
def test_folding_twice_changes_nothing(text: str) -> None:
    """fold_word is idempotent."""
    assert fold_word(fold_word(text)) == fold_word(text)


def test_script_tests() -> None:
    """has_cyrillic finds one Cyrillic letter; mostly_cyrillic counts letters of each script."""
    assert has_cyrillic("abc д")
    assert not has_cyrillic("abc")
    assert mostly_cyrillic("Ко је Vuk")
    assert not mostly_cyrillic("Vučić је")


def test_a_word_mixing_scripts_is_written_in_its_main_script() -> None:
    """Look-alike letters of the other script inside a word are swapped ("астанy" with a Latin
    "y" is "астану"); words in one script, and letters without a look-alike, stay."""
    from bot.lang.translit import unmix_scripts

    assert unmix_scripts("в астанy") == "в астану"
    assert unmix_scripts("vuсic") == "vucic"  # a Cyrillic "с" in a Latin word
    assert unmix_scripts("trade мир") == "trade мир"


def test_a_special_letter_under_a_mark_folds_in_one_go() -> None:
    """ "ǽ" is "æ" with an accent: folded once it is already "ae" (found by Hypothesis)."""
    assert fold_word("ǽ") == fold_word(fold_word("ǽ")) == "ae"


def test_unmixing_a_long_word_takes_linear_time() -> None:
    """A 4,096-letter word (a hostile message) is unmixed in well under a second, in either
    script mix (a backtracking pattern here once took minutes)."""
    import time

    from bot.lang.translit import unmix_scripts

    start = time.perf_counter()
    unmix_scripts("x" * 4096 + " мир")
    unmix_scripts("x" * 2048 + "ы" * 2048)
    assert time.perf_counter() - start < 0.5


def test_a_four_between_letters_is_the_chat_spelling_of_ch() -> None:
    """ "vu4icha", "ву4ича": a 4 between letters stands for "ч" (in the word's own script);
    numbers and "4th", "b4" stay as typed."""
    assert chat_letters("kuda priglasili vu4icha") == "kuda priglasili vuchicha"
    assert chat_letters("ву4ич") == "вучич"
    for text in ("4th of nov", "b4 2024", "73.4 million"):
        assert chat_letters(text) == text


def test_a_four_opening_a_russian_chat_word_is_ch() -> None:
    """ "4to", "4e", "4то" are chat spellings of "что", "че": the 4 is "ч" also at the start
    of those words, while "4th", "4 times" and "b4" stay numbers."""
    assert chat_letters("4to kazahstan hochet") == "chto kazahstan hochet"
    assert chat_letters("4то там") == "что там"
    assert chat_letters("4e za dela") == "che za dela"
    assert chat_letters("the 4th of july, 4 times, b4 noon") == "the 4th of july, 4 times, b4 noon"


def test_chat_spells_ch_at_a_words_end_the_soft_sign_as_six_and_shch_as_w() -> None:
    """ "da4i4", "4isla", "4o": a 4 ending a word after a vowel, or opening a few more chat
    words, is "ч" ("b4", "4ever" stay); "sel6koe" writes "ь" as the 6 it looks like; and in
    Russian typed in Latin letters "w" is "щ": "ewe", "voobwe" are "еще", "вообще"."""
    assert chat_letters("da4i4 i 4isla, 4o") == "dachich i chisla, cho"
    assert chat_letters("b4 4ever, 6th") == "b4 4ever, 6th"
    assert chat_letters("sel6koe, сел6ское") == "sel'koe, сельское"
    assert russian_from_latin("s kem ewe, voobwe") == "с кем еще, вообще"


def test_a_reflexive_past_plural_typed_without_its_soft_sign_gets_it_back() -> None:
    """ "dogovorilis" is "договорились" (agreed), as Latin letters rarely write the "ь"."""
    assert russian_from_latin("o chem dogovorilis") == "о чем договорились"
    assert russian_from_latin("oni vstretilis") == "они встретились"
