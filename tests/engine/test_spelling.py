"""Spelling: misspelt words are read as the fact base's words, real words are left alone."""

from __future__ import annotations

import dataclasses
import pickle

from rapidfuzz import fuzz
from tiny import replace_config

from bot.engine import DEFAULT_CONFIG
from bot.engine.spelling import Lexicon, Speller, SpellingVocabulary, reachable_lengths
from bot.lang.normalize import word_form
from bot.lang.words import WordFrequencies

#: Hand-made English frequencies: "treat" and "bridge" are common words, "mentioned" too.
ENGLISH = WordFrequencies({"treat": 4.5, "bridge": 4.6, "mentioned": 4.8, "grow": 5.0})


def speller(*words: str, config: object = DEFAULT_CONFIG) -> Speller:
    """A speller over these English fact-base words (their forms are the words themselves)."""
    vocabulary = SpellingVocabulary(
        surface_forms={w: w for w in words},
        by_language={"en": frozenset(words), "ru": frozenset(), "sr": frozenset()},
        known=frozenset(words),
    )
    return Speller(vocabulary, ENGLISH, config)  # type: ignore[arg-type]


def test_swapped_letters_are_found_by_their_letters() -> None:
    """A transposition ("brigde") is found as the word with the same letters, never the word itself."""
    lexicon = Lexicon(["bridge", "council"], 80)
    assert lexicon.swapped("brigde") == "bridge"
    assert lexicon.swapped("bridge") is None


def test_only_two_swapped_letters_are_a_transposition_not_any_anagram() -> None:
    """An anagram that more than two letters tell apart ("odbarne", "broaden") is no slip of it."""
    lexicon = Lexicon(["broaden", "odbrane"], 80)
    assert lexicon.swapped("odbarne") == "odbrane"
    assert Lexicon(["broaden"], 80).swapped("odbarne") is None


def test_closest_word_must_reach_the_cutoff() -> None:
    """A typo is corrected to the most similar word only at or above the similarity cutoff."""
    lexicon = Lexicon(["agriculture", "council"], 80)
    assert lexicon.closest("agriculure") == "agriculture"
    assert lexicon.closest("agrarian") is None
    assert lexicon.closest("agriculure", cutoff=99) is None


def test_a_search_looks_only_at_the_word_lengths_that_can_reach_its_cutoff() -> None:
    """A word's length bounds its similarity to a typo (the same letters, one run longer, are
    the best case), and exactly the lengths that can reach the cutoff are searched: at 80 a
    10-letter typo reaches 7 to 15 letters, at a stricter 90 only 9 to 12."""
    assert reachable_lengths(10, 80) == range(7, 16)
    assert reachable_lengths(10, 90) == range(9, 13)
    for cutoff in (50, 80, 85, 88, 90):
        for typed in range(1, 25):
            for length in range(1, 60):
                best = fuzz.ratio("a" * typed, "a" * length)
                assert (best >= cutoff) == (length in reachable_lengths(typed, cutoff))


def test_a_large_lexicon_searches_only_words_sharing_an_initial() -> None:
    """With by_initial, a typo whose first two letters are both wrong is not searched for."""
    lexicon = Lexicon(["bridge"], 80, by_initial=True)
    assert lexicon.closest("bridgee") == "bridge"
    assert lexicon.closest("xxidge") is None
    assert Lexicon(["bridge"], 60).closest("xxidge") == "bridge"


def test_a_large_lexicon_breaks_ties_by_word_order_whichever_initial_a_word_has() -> None:
    """Of two equally close words, one starting with each of the typo's first two letters,
    the one listed first is the correction, as in a search over the whole list."""
    assert Lexicon(["bacd", "abce"], 70, by_initial=True).closest("abcd") == "bacd"
    assert Lexicon(["abce", "bacd"], 70, by_initial=True).closest("abcd") == "abce"


def test_a_pickled_lexicon_leaves_its_search_pools_behind() -> None:
    """The pools made by a search are not pickled (the engine cache stays small), and the
    unpickled lexicon still finds words."""
    lexicon = Lexicon(["bridge", "council"], 80)
    assert lexicon.closest("counsil") == "council"
    state = lexicon.__getstate__()
    assert "pools" not in state
    assert "_pools" not in state
    again = pickle.loads(pickle.dumps(lexicon))  # noqa: S301 - our own bytes
    assert again.closest("counsil") == "council"


def test_a_misspelt_fact_base_word_is_corrected() -> None:
    """An unknown word close to a fact-base word is read as it ("councel" -> "council")."""
    assert speller("council", "bridge").correct("councel", "councel", "en") == (
        "council",
        "council",
    )


def test_a_known_or_common_word_is_left_alone() -> None:
    """A fact-base word, and a common English word ("treat" near "treaty"), are not corrected."""
    spell = speller("treaty", "council")
    assert spell.correct("council", "council", "en") is None
    assert spell.correct("treat", "treat", "en") is None


def test_american_spellings_meet_the_british_ones() -> None:
    """A common word that is the fact base's word without "-ue"/"-me" is read as it."""
    frequent = WordFrequencies({"dialog": 4.0})
    vocabulary = SpellingVocabulary(
        {"dialogue": "dialogu"}, {"en": frozenset({"dialogue"})}, frozenset()
    )
    assert Speller(vocabulary, frequent, DEFAULT_CONFIG).correct("dialog", "dialog", "en") == (
        "dialogue",
        "dialogu",
    )


def test_english_dictionary_serves_english_questions_only() -> None:
    """A word near a common English word is corrected to it in English, not in Russian."""
    spell = speller("council")
    assert spell.correct("mentoined", "mentoin", "en") == ("mentioned", "mention")
    assert spell.correct("mentoined", "mentoined", "ru") is None


def test_look_ups_per_question_are_bounded() -> None:
    """A question's corrector looks up at most max_corrections_per_question new words; the
    rest stay as typed, and remembered corrections cost nothing."""
    spell = speller("council", config=replace_config(max_corrections_per_question=2))
    looked_up: list[str] = []
    find = spell.find

    def counting(folded: str, lang: str) -> tuple[str, str] | None:
        looked_up.append(folded)
        return find(folded, lang)

    spell.find = counting  # type: ignore[method-assign]
    correct = spell.corrector()
    for word in ("councel", "qzxab", "qzxac", "qzxad"):
        correct(word, word, "en")
    assert looked_up == ["councel", "qzxab"]
    again = spell.corrector()
    assert again("councel", "councel", "en") == ("council", "council")  # remembered: free
    assert looked_up == ["councel", "qzxab"]


def test_a_short_word_is_read_as_the_fact_base_word_it_is_one_slip_of() -> None:
    """Below typo_min_length, a keyboard slip still finds its word: a dropped letter ("brige"
    is long enough for similarity, "cuncil" too), a neighbouring key ("vote" typed "vore"),
    a dropped letter in four letters ("tol" for "toll" is too short)."""
    spell = speller("bridge", "vote", "toll", "gist", "visit")
    assert spell.correct("vore", "vore", "en") == ("vote", "vote")
    # "vist" is one slip from "visit" (a dropped i) and from "gist" (v beside g): the
    # commoner slip, a dropped letter, wins.
    assert spell.correct("vist", "vist", "en") == ("visit", "visit")
    assert spell.correct("tol", "tol", "en") is None  # shorter than typo_min_slip_length
    assert spell.correct("treat", "treat", "en") is None  # a real word stays


def test_a_slip_of_a_sound_alike_letter_is_read_in_russian() -> None:
    """Russian unstressed "о" written "а": "обароны" (folded "obarony") is "обороны"."""
    vocabulary = SpellingVocabulary(
        surface_forms={"oborony": "oboron"},
        by_language={"en": frozenset(), "ru": frozenset({"oborony"}), "sr": frozenset()},
        known=frozenset({"oboron"}),
    )
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG)
    assert spell.correct("obarony", "obaron", "ru") == ("oborony", "oboron")


def test_an_i_typed_for_a_short_i_and_another_ending_are_read_in_russian() -> None:
    """ "хозяиству" (folded "hozjaistvu": "и" typed for "й", and another case ending) is a
    form of "хозяйство": "й" is compared merged with "и", so only the ending counts."""
    vocabulary = SpellingVocabulary(
        surface_forms={"hozjajstvo": "hozjajstv"},
        by_language={"en": frozenset(), "ru": frozenset({"hozjajstvo"}), "sr": frozenset()},
        known=frozenset({"hozjajstv"}),
    )
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG)
    assert spell.correct("hozjaistvu", "hozjaistv", "ru") == ("hozjajstvo", "hozjajstv")


def test_several_sound_alike_slips_and_one_more_are_read_in_russian() -> None:
    """ "таваробарот" (two "о" typed "а" and a dropped "о") is "товарооборот": unstressed
    vowels are compared merged, so only the dropped letter counts against the word."""
    vocabulary = SpellingVocabulary(
        surface_forms={"tovarooborot": "tovarooborot", "tovar": "tovar"},
        by_language={
            "en": frozenset(),
            "ru": frozenset({"tovarooborot", "tovar"}),
            "sr": frozenset(),
        },
        known=frozenset({"tovarooborot", "tovar"}),
    )
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG)
    assert spell.correct("tavarobarot", "tavarobarot", "ru") == ("tovarooborot", "tovarooborot")
    # The same slips are no English typo: English has no sound-alike letters.
    assert spell.correct("tavarobarot", "tavarobarot", "en") is None


def test_russian_y_for_i_and_e_for_ya_are_sound_alike_slips() -> None:
    """ "турызм" ("ы" typed for "и", folded "turyzm") is "туризм", and "ноебря" ("е" for "я",
    folded "noebrja" against "nojabrja": two letters apart once folded) is "ноября"."""
    vocabulary = SpellingVocabulary(
        surface_forms={"turizm": "turizm", "nojabrja": "nojabr"},
        by_language={"en": frozenset(), "ru": frozenset({"turizm", "nojabrja"}), "sr": frozenset()},
        known=frozenset({"turizm", "nojabr"}),
    )
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG)
    assert spell.correct("turyzm", "turyzm", "ru") == ("turizm", "turizm")
    assert spell.correct("noebrja", "noebrj", "ru") == ("nojabrja", "nojabr")


def test_russian_words_are_not_read_through_qwerty_neighbours() -> None:
    """ "продает" (folded "prodaet") is one QWERTY slip (o beside i) from "придает", but a
    Russian keyboard puts "о" and "и" far apart: no correction in Russian; in English the
    same slip is read."""
    vocabulary = SpellingVocabulary(
        surface_forms={"pridaet": "prida"},
        by_language={"en": frozenset({"pridaet"}), "ru": frozenset({"pridaet"}), "sr": frozenset()},
        known=frozenset({"prida"}),
    )
    spell = Speller(vocabulary, ENGLISH, replace_config(typo_min_length=99))
    assert spell.correct("prodaet", "proda", "ru") is None
    assert spell.correct("prodaet", "proda", "en") == ("pridaet", "prida")


def test_russian_words_are_read_through_their_own_keyboards_neighbours() -> None:
    """On ЙЦУКЕН "в" is beside "а": "белгрвд" (folded "belgrvd") is "белград"."""
    vocabulary = SpellingVocabulary(
        surface_forms={"belgrad": "belgrad"},
        by_language={"en": frozenset(), "ru": frozenset({"belgrad"}), "sr": frozenset()},
        known=frozenset({"belgrad"}),
    )
    spell = Speller(vocabulary, ENGLISH, replace_config(typo_min_length=99))
    assert spell.correct("belgrvd", "belgrvd", "ru") == ("belgrad", "belgrad")


def test_a_russian_surname_spelt_the_english_way_is_the_name() -> None:
    """ "Lavroff" is "Lavrov" (English -off for -ov); one respelt to no known word stays."""
    spell = speller("lavrov")
    assert spell.correct("lavroff", "lavroff", "en") == ("lavrov", "lavrov")
    assert spell.correct("kirilloff", "kirilloff", "en") is None


def test_a_real_serbian_word_is_not_read_as_another_fact_word() -> None:
    """ "pravi" (makes; a real word) is not "pravni" (legal), however close; a misspelling
    that is no word ("pravmi") still is."""
    vocabulary = SpellingVocabulary(
        surface_forms={"pravni": "pravn"},
        by_language={"en": frozenset(), "ru": frozenset(), "sr": frozenset({"pravni"})},
        known=frozenset({"pravn"}),
    )
    real = {"sr": WordFrequencies({"pravi": 5.2})}
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG, real)
    assert spell.correct("pravi", "prav", "sr") is None
    assert spell.correct("pravmi", "pravm", "sr") == ("pravni", "pravn")


def test_a_misspelt_name_is_found_in_a_serbian_question_too() -> None:
    """ "nurtlew" is "nurtleu" in any language: names don't inflect, so the plain cutoff
    applies, not the stricter one of Russian and Serbian words."""
    vocabulary = SpellingVocabulary(
        surface_forms={"nurtleu": "nurtleu"},
        by_language={"en": frozenset({"nurtleu"}), "ru": frozenset(), "sr": frozenset()},
        known=frozenset({"nurtleu"}),
        names=frozenset({"nurtleu"}),
    )
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG, {})
    assert spell.correct("nurtlew", "nurtlew", "sr") == ("nurtleu", "nurtleu")
    without = dataclasses.replace(vocabulary, names=frozenset())
    assert Speller(without, ENGLISH, DEFAULT_CONFIG, {}).correct("nurtlew", "nurtlew", "sr") is None


def test_one_keyboard_slip_from_a_word_beats_a_name_two_edits_away() -> None:
    """Serbian "sastanal" is "sastanak" (l for its neighbour k), not the name "astana", which
    is as similar by the plain cutoff but two edits away."""
    vocabulary = SpellingVocabulary(
        surface_forms={"astana": "astana", "sastanak": "sastan"},
        by_language={
            "en": frozenset({"astana"}),
            "ru": frozenset({"astana"}),
            "sr": frozenset({"astana", "sastanak"}),
        },
        known=frozenset({"astana", "sastan"}),
        names=frozenset({"astana"}),
    )
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG, {})
    assert spell.correct("sastanal", "sastanal", "sr") == ("sastanak", "sastan")
    assert spell.correct("astanna", "astanna", "sr") == ("astana", "astana")


def one_word_speller(word: str, form: str, english: dict[str, float]) -> Speller:
    """A speller over one English fact-base word (and its form), with these common English
    words (Zipf frequencies) to correct towards."""
    vocabulary = SpellingVocabulary(
        surface_forms={word: form},
        by_language={"en": frozenset({word}), "ru": frozenset(), "sr": frozenset()},
        known=frozenset({form}),
    )
    return Speller(vocabulary, WordFrequencies(english), DEFAULT_CONFIG, {})


def test_two_swapped_letters_of_an_english_word_beat_a_fact_word_two_edits_away() -> None:
    """ "titels" is "titles" with two letters swapped, not the fact base's "ties", which is as
    similar by letters but two edits away; one edit from a fact word still wins ("tiess")."""
    spell = one_word_speller("ties", "tie", {"titles": 4.5, "bridge": 4.6})
    assert spell.correct("titels", "titel", "en") == ("titles", word_form("titles", "en"))
    assert spell.correct("tiess", "tiess", "en") == ("ties", "tie")


def test_one_edit_from_an_english_word_beats_a_fact_word_two_edits_away() -> None:
    """ "intresting" (a letter dropped) is "interesting", not the fact base's "investing",
    which is similar enough by letters but two edits away; one edit from a fact word still
    wins ("investng")."""
    spell = one_word_speller("investing", "invest", {"interesting": 4.8, "bridge": 4.6})
    assert spell.correct("intresting", "intrest", "en") == (
        "interesting",
        word_form("interesting", "en"),
    )
    assert spell.correct("investng", "investng", "en") == ("investing", "invest")


def test_one_edit_from_a_far_commoner_english_word_beats_a_fact_word_one_edit_away() -> None:
    """ "realy" is one edit from the fact base's "rely" and from "really", ten times commoner
    and more: "really" is meant; a fact word as common as the other reading stays ("meting"
    is "meeting", not "melting")."""
    spell = one_word_speller("rely", "reli", {"really": 6.0, "rely": 4.4, "bridge": 4.6})
    assert spell.correct("realy", "reali", "en") == ("really", word_form("really", "en"))
    spell = one_word_speller("meeting", "meet", {"meeting": 5.0, "melting": 4.0})
    assert spell.correct("meting", "mete", "en") == ("meeting", "meet")


def test_a_name_as_close_as_a_fact_word_wins() -> None:
    """ "vusic" is as close to the name "vucic" as to the word "music": the name is read, since
    the article's people are what gets misspelt; a word closer than any name still wins."""
    vocabulary = SpellingVocabulary(
        surface_forms={"music": "music", "vucic": "vucic"},
        by_language={"en": frozenset({"music", "vucic"}), "ru": frozenset(), "sr": frozenset()},
        known=frozenset({"music", "vucic"}),
        names=frozenset({"vucic"}),
    )
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG, {})
    assert spell.correct("vusic", "vusic", "en") == ("vucic", "vucic")
    assert spell.correct("musik", "musik", "en") == ("music", "music")


def test_an_ijekavian_serbian_word_is_read_as_the_ekavian_one_the_fact_base_writes() -> None:
    """ "razmjena" (ijekavian) is "razmena", with the form a Serbian "razmena" has — not the
    form the fact base first saw it with — so phrases of the word meet it."""
    vocabulary = SpellingVocabulary(
        surface_forms={"razmena": "razmena"},
        by_language={"en": frozenset(), "ru": frozenset(), "sr": frozenset({"razmena"})},
        known=frozenset({"razmena"}),
    )
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG, {})
    assert spell.correct("razmjena", "razmjen", "sr") == ("razmena", word_form("razmena", "sr"))
    assert spell.correct("razmjena", "razmjen", "en") != ("razmena", word_form("razmena", "sr"))


def test_of_two_equally_close_words_the_one_the_fact_base_uses_more_is_read() -> None:
    """ "poeta" is one letter from "poenta" and from "poseta": the commoner fact-base word wins."""
    words = ("poenta", "poseta")
    for counts in ({"poseta": 40, "poenta": 2}, {"poseta": 2, "poenta": 40}):
        vocabulary = SpellingVocabulary(
            surface_forms={w: w for w in words},
            by_language={"en": frozenset(), "ru": frozenset(), "sr": frozenset(words)},
            known=frozenset(words),
            counts=counts,
        )
        fixed = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG).correct("poeta", "poeta", "sr")
        assert fixed is not None
        assert fixed[0] == max(counts, key=counts.__getitem__)


def test_a_pickled_speller_unpickles_its_look_ups_only_for_an_unknown_word() -> None:
    """A speller from the engine cache corrects as before, but unpickles what it searches only
    when a word is unknown: a question whose words the fact base knows never pays for it."""
    import pickle

    spell = speller("bridge", "council", "visit")
    copy = pickle.loads(pickle.dumps(spell))  # noqa: S301 - our own bytes
    assert copy.correct("bridge", "bridge", "en") is None  # known: nothing searched
    assert copy._lookups_made is None
    assert copy.correct("councel", "councel", "en") == spell.correct("councel", "councel", "en")
    assert copy._lookups_made is not None
    again = pickle.loads(pickle.dumps(copy))  # noqa: S301 - our own bytes
    assert again.correct("brigde", "brigde", "en") == ("bridge", "bridge")


def test_an_unlisted_inflection_of_an_everyday_russian_word_is_not_read_as_a_fact_word() -> None:
    """ "продает" (sells; the list has "продал", "продают", not it) is no sound-alike slip of
    "падает" (falls): its word form is an everyday word's. A form nobody uses still is."""
    vocabulary = SpellingVocabulary(
        surface_forms={"padaet": "pada"},
        by_language={"en": frozenset(), "ru": frozenset({"padaet"}), "sr": frozenset()},
        known=frozenset({"pada"}),
    )
    common_forms = {"ru": {word_form("продал", "ru"): 4.2}}
    spell = Speller(vocabulary, ENGLISH, DEFAULT_CONFIG, {}, common_forms=common_forms)
    assert spell.correct("prodaet", "proda", "ru") is None
    # "прадает" (an "р" slipped in) is no form of an everyday word: still read as "падает".
    assert spell.correct("pradaet", "prada", "ru") == ("padaet", "pada")


def test_an_english_typo_is_read_as_an_english_word_before_a_foreign_synonym_spelling() -> None:
    """One slip from both, an English question's "tody" is "today", not the Latin-lettered
    Russian "gody" (years) every language's lexicon holds as a synonym's spelling; a slip of an
    English fact-base word ("vist") still reads as it, and the foreign spelling is read when no
    English word is one slip away ("gidy")."""
    english = WordFrequencies({"today": 5.6, "vast": 4.5, "visit": 5.0})
    words = ("gody", "visit")
    vocabulary = SpellingVocabulary(
        surface_forms={w: w for w in words},
        by_language={lang: frozenset(words) for lang in ("en", "ru", "sr")},
        known=frozenset(words),
    )
    speller = Speller(vocabulary, english, DEFAULT_CONFIG)
    assert speller.find("tody", "en") == ("today", "today")
    assert speller.find("vist", "en") == ("visit", "visit")
    assert speller.find("gidy", "en") == ("gody", "gody")
