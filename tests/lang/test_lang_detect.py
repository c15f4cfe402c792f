"""Language detection (bot/lang/detect.py) on tiny inputs."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.lang.detect import Detector, detect_language
from bot.lang.normalize import Normalizer, clean
from bot.lang.words import WordFrequencies


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("who signed it", "en"),
        ("кто подписал", "ru"),
        ("мы", "ru"),  # "ы" is Russian only
        ("њих", "sr"),  # "њ" is Serbian only
        ("ko je potpisao", "sr"),  # a Serbian marker word
        ("šef", "sr"),  # a Serbian Latin letter
        ("bio sam", "sr"),  # two Serbian words
        ("ima", "en"),  # one common Serbian word alone is not enough
        ("нет", "ru"),  # Cyrillic without telling letters or words reads as Russian
        ("да", "sr"),  # …unless a word tells it is Serbian
    ],
)
def test_script_letters_and_words_decide(text: str, lang: str) -> None:
    """The script, letters one language alone writes and telling words decide the language."""
    assert detect_language(clean(text)) == lang


def test_fact_base_words_tell_serbian_from_russian() -> None:
    """A fact base's own words tip Cyrillic text without telling letters towards their language."""
    assert detect_language(clean("влада")) == "ru"
    assert Detector({"sr": ["vlada"]}).detect(clean("влада")) == "sr"
    both = Detector({"sr": ["vlada"], "ru": ["pravitelstvo"]})
    assert both.detect(clean("влада правительство")) == "ru"  # one word each: Russian


#: Hand-made Zipf frequencies, folded: "sluze" and "potpisani" Serbian, "dlja" Russian, "cemu"
#: common in both.
RUSSIAN = WordFrequencies({"dlja": 6.7, "cemu": 5.0, "oblasti": 5.8})
SERBIAN = WordFrequencies({"sluze": 4.1, "potpisani": 3.9, "cemu": 4.8, "oblasti": 5.2})


def test_words_far_commoner_in_one_language_tell_cyrillic_text_without_telling_letters() -> None:
    """ "Чему служе потписани документи" is Serbian by its words, which Serbian uses and Russian
    doesn't; words common in both ("чему", "области") tell neither; without word lists the
    telling words decide as before."""
    lists = {"ru": RUSSIAN, "sr": SERBIAN}
    text = clean("чему служе потписани документи")
    assert Detector(word_lists=lists).detect(text) == "sr"
    assert Detector().detect(text) == "ru"
    assert Detector(word_lists=lists).detect(clean("для чего")) == "ru"
    assert Detector(word_lists=lists).detect(clean("чему области")) == "ru"


def test_a_city_s_name_casts_no_vote_for_a_language() -> None:
    """ "министр летал в Загреб да": "Загреб" is commoner in Serbian's word list, but a city is
    named in either language's news: "министр" (Serbian writes "министар") and "в" outvote
    "да", commoner in Serbian."""
    lists = {
        "ru": WordFrequencies({"ministr": 4.9, "v": 7.6, "da": 6.0}),
        "sr": WordFrequencies({"zagreb": 5.0, "v": 5.4, "da": 7.4}),
    }
    assert Detector(word_lists=lists).detect(clean("министр летал в Загреб да")) == "ru"


def test_fact_base_words_are_folded_by_the_normalizer() -> None:
    """The Normalizer takes language words as typed ("Србија") and compares them folded."""
    normalizer = Normalizer(language_words={"sr": ["Влада", "premijer"]})
    assert normalizer.detect_language(clean("влада")) == "sr"
    assert normalizer.detect_language(clean("Vlada premijer")) == "sr"
    assert Normalizer().detect_language(clean("Vlada premijer")) == "en"


def test_only_languages_told_by_words_take_words() -> None:
    """English takes no telling words: it is what Latin text is unless told otherwise."""
    with pytest.raises(ValueError, match="ru, sr"):
        Detector({"en": ["the"]})


def test_serbian_letters_inside_a_name_do_not_make_english_serbian() -> None:
    """ "Vučić" in an English question is a name, not Serbian."""
    detector = Detector()
    question = clean("what did Vučić say")
    assert detector.detect(question) == "sr"
    assert detector.detect_question(question, is_name=lambda w: w == "vucic") == "en"


def test_serbian_without_diacritics_is_told_by_words_english_lacks() -> None:
    """Serbian typed in plain ASCII ("vize za Srbiju") is Serbian, not English."""
    english = {"visa", "for"}.__contains__
    question = clean("vize za srbiju")
    assert Detector().detect(question) == "en"
    assert Detector().detect_question(question, is_name=lambda w: False, is_english=english) == "sr"
    assert (
        Detector().detect_question(
            clean("visa for serbia"), is_name=lambda w: False, is_english=english
        )
        == "en"
    )


def test_the_colloquial_question_particle_jel_makes_a_question_serbian() -> None:
    """ "jel" (je li) opens Serbian yes/no questions: "jel potpisali nesto" is not English."""
    assert Detector().detect(clean("jel potpisali nesto za vojsku")) == "sr"


def test_the_fact_bases_serbian_spellings_and_question_words_tell_serbian_latin() -> None:
    """ "vize lakesajd srbija" has one word English lacks, but "Srbija" and "Lakesajd" are
    the fact base's Serbian spellings; "koliki značaj pridaju" opens with a Serbian question
    word: both Serbian. English around the same names stays English."""
    detector = Detector({"sr": ["srbija", "lakesajd"]})
    names = {"srbija", "lakesajd", "serbia"}

    def detect(text: str) -> str:
        return detector.detect_question(
            clean(text), is_name=names.__contains__, is_english=ENGLISH.__contains__
        )

    assert detect("vize lakesajd srbija") == "sr"
    assert detect("koliki znacaj pridaju saradnji") == "sr"
    assert detect("who visited srbija") == "en"


ENGLISH = frozenset("who visited what did they sign visa".split())


def test_li_after_a_russian_verb_is_no_sign_of_serbian() -> None:
    """ "ли" asks in Russian ("приедет ли") as in Serbian ("да ли"): alone it tells nothing,
    so Cyrillic without other signs stays Russian; with "да" or "је" it is Serbian."""
    assert detect_language(clean("приедет ли мэр в город")) == "ru"
    assert detect_language(clean("да ли градоначелник отвара мост")) == "sr"
    assert detect_language(clean("мэр открыл мост, да?")) == "ru"
    assert detect_language(clean("мост открыл Петров, да?")) == "ru"
    assert detect_language(clean("да ли је градоначелник дошао")) == "sr"


def test_serbian_kakvo_and_biti_tell_serbian_typed_without_diacritics() -> None:
    """ "kakvo ce vreme biti u beogradu sutra": "kakvo" and "biti" are Serbian words English
    and Russian typed in Latin lack, so the question is Serbian (its "u" is no chat "you")."""
    from bot.lang.detect import detect_language

    assert detect_language("kakvo ce vreme biti u beogradu sutra") == "sr"
    assert detect_language("kakav je bio sastanak") == "sr"


def test_serbian_se_and_sa_tell_a_question_whose_serbian_letters_are_only_in_a_name(
    small_engine: Engine,
) -> None:
    """ "kad se video sa Vučevićem": past the name, "kad", "se" and "sa" are Serbian, so the
    question is answered in Serbian, not English."""
    assert small_engine.decide("kad se video sa Vučevićem").lang == "sr"


def test_serbian_jos_osim_sastao_tell_serbian_typed_without_diacritics(
    small_engine: Engine,
) -> None:
    """ "s kim se jos sastao osim vucica": "jos" (još), "osim" and "sastao" are Serbian, so the
    answer is in Serbian (it was in English)."""
    assert small_engine.decide("s kim se jos sastao osim vucica").lang == "sr"


def test_serbian_future_ce_and_an_infinitive_tell_serbian_typed_without_diacritics(
    small_engine: Engine,
) -> None:
    """ "kad ce vucic posetiti astanu": "ce" (će, the future) and the infinitive's "-iti"
    tell Serbian, though English has a "ce" of its own."""
    assert small_engine.decide("kad ce vucic posetiti astanu").lang == "sr"


def test_speech_s_kolko_and_taj_tell_serbian() -> None:
    """ "kolko kosta taj most": speech's "kolko" (koliko) and "taj" (that) are Serbian, so
    the question is, with no Serbian letters and no word of a fact base."""
    assert detect_language("kolko kosta taj most") == "sr"


def test_serbian_courtesy_tells_serbian() -> None:
    """ "ukratko istorija mosta molim te": "ukratko" (briefly) and "molim" (please) are
    Serbian, so the question is, typed without any Serbian letter."""
    assert Detector().detect(clean("ukratko istorija mosta molim te")) == "sr"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("which is the best place in lakeside for ćevapi", "en"),
        ("did he visit Niš", "en"),
        ("I keep sending them to the best place for ćevapi", "en"),  # "I" is no Serbian "i"
        ("da li je bio u Nišu", "sr"),  # no English word of three letters
        ("šta je rekao", "sr"),  # "je" is Serbian
        ("šta su potpisali", "sr"),  # words English lacks
        ("Niš or Čačak", "sr"),  # too few English words to tell
    ],
)
def test_a_word_with_serbian_letters_in_english_leaves_the_question_english(
    text: str, lang: str
) -> None:
    """ "which is the best place … for ćevapi" is English around one Serbian word: its
    Serbian letters don't make the question Serbian, as they do "šta je rekao"."""
    words = frozenset("which the best place for did visit keep sending them".split())
    english = words.__contains__
    detected = Detector().detect_question(
        clean(text), is_name={"lakeside"}.__contains__, is_english=english
    )
    assert detected == lang
