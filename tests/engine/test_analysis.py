"""Analysis: a question's words weighed, sorted into known and unknown, and bounded."""

from __future__ import annotations

import pytest
from tiny import tiny_engine

from bot.engine import DEFAULT_CONFIG, AnalysedQuestion, Engine, bound_question

LIMIT = DEFAULT_CONFIG.max_question_chars


def weigh(question: str) -> AnalysedQuestion:
    engine = tiny_engine()
    return engine._analyser.weigh(question, engine.analyze(question))


def test_long_questions_are_cut_at_a_space_near_the_limit() -> None:
    """A question is read up to max_question_chars, cut at a space in its last quarter if any."""
    assert bound_question("short question") == "short question"
    words = "who opened the debate " * 300
    cut = bound_question(words)
    assert LIMIT * 3 // 4 <= len(cut) <= LIMIT
    assert words.startswith(cut)
    assert not cut.endswith(" ")
    assert bound_question("x" * 5000) == "x" * LIMIT
    assert bound_question("ab cd", 4) == "ab c"  # no space in the last quarter: a hard cut


def test_a_question_of_known_words_is_wholly_on_topic() -> None:
    """Every word known: on-topic coverage 1, nothing unknown, every word weighed."""
    found = weigh("how much will the bridge cost")
    assert found.on_topic == 1.0
    assert found.unknown == ()
    assert set(found.weights) == {"bridg", "cost"}
    assert found.total == sum(found.weights.values())


def test_unknown_words_lower_the_coverage_and_weigh_in_the_total() -> None:
    """Words no fact uses are listed as typed, lower on-topic coverage and add to the total."""
    found = weigh("bridge weather forecast")
    assert found.unknown == ("weather", "forecast")
    assert found.on_topic < DEFAULT_CONFIG.min_on_topic
    assert found.total > sum(found.weights.values())


def test_a_name_beside_unknown_words_is_only_names_known() -> None:
    """A question whose only known word is a name, among unknown ones, asks something else."""
    assert weigh("petrova favourite football club").only_names_known
    assert not weigh("who is petrova").only_names_known


def test_a_place_the_article_never_mentions_is_noticed() -> None:
    """ "in Paris" is a foreign place; Vienna, which the article names, is not."""
    assert weigh("bridge in paris").foreign_place == "paris"
    assert weigh("bridge in vienna").foreign_place is None


def test_an_inflected_foreign_place_is_noticed_too() -> None:
    """Serbian "Rusijom" (with Russia) and English "russians" are the place; an on-topic word
    that begins like a place stem (Vienna's "viennese") is not."""
    assert weigh("most sa rusijom").foreign_place == "rusijom"
    assert weigh("did the russians build it").foreign_place == "russians"
    assert weigh("bridge for the viennese").foreign_place is None


@pytest.mark.parametrize(
    "text", ["viza za kinu", "most sa kinom", "trade with china", "мост в японии"]
)
def test_a_short_foreign_place_is_noticed_in_its_common_cases(text: str) -> None:
    """A name too short for a stem ("Kina": "kin" would be any "kino") is listed in the cases
    people use: "za Kinu" (for China) is China."""
    assert weigh(text).foreign_place is not None


def test_a_russian_place_ending_in_ija_is_noticed_in_every_case() -> None:
    """Russian inflects "Россия" to "Россией" (with Russia) and "России": "-ija" is an ending,
    so the place is noticed however it is inflected."""
    assert weigh("торговля с Россией").foreign_place is not None
    assert weigh("мост в России").foreign_place is not None
    assert weigh("мост с Францией").foreign_place is not None
    assert weigh("мост в Лейксайде").foreign_place is None


def test_a_place_naming_a_union_is_no_place_asked_about() -> None:
    """ "Evropske unije", "European Union" name an organisation, whose first word only looks
    like a place (Europe): no foreign place; Europe alone still is one."""
    assert weigh("most između grada i evropske unije").foreign_place is None
    assert weigh("bridge and the european union").foreign_place is None
    assert weigh("most i evropa").foreign_place is not None


def test_a_foreign_place_in_russian_typed_in_latin_letters_is_noticed() -> None:
    """ "pro rossiyu" is "про Россию", read in Cyrillic: the place is noticed there."""
    assert weigh("chto skazal mer pro rossiyu").foreign_place is not None
    assert weigh("chto skazal mer pro most").foreign_place is None


def test_place_stems_leave_out_short_and_on_topic_ones() -> None:
    from bot.engine.index import place_stems

    stems = place_stems(["rusija", "kina", "vienna", "new york"], ["viennese", "bridge"], 5)
    assert stems == frozenset({"rusij"})


def test_a_countrys_people_are_named_from_the_stem_before_its_ending() -> None:
    """Russian "Horvatija" and Serbian "Hrvatska" name their people from "horvat", "hrvat":
    "к хорватам", "sa Hrvatima" are the country's."""
    from bot.engine.index import place_stems

    stems = place_stems(["horvatija", "hrvatska"], ["bridge"], 5)
    assert {"horvat", "hrvat"} <= stems
    assert weigh("mer letal k horvatam?").foreign_place == "horvatam"


def test_a_short_capital_is_a_place_in_its_russian_and_serbian_forms() -> None:
    """Sofia's stem is too short to find its inflections ("u Sofiji", "в Софии"): the list
    holds them."""
    assert weigh("da li je gradonacelnik bio u sofiji").foreign_place == "sofiji"
    assert weigh("мэр был в софии?").foreign_place is not None


def test_setting_words_are_set_apart() -> None:
    """Words of the fact base's ``context`` (Lakeside) are the setting, with their weights."""
    found = weigh("lakeside bridge cost")
    assert set(found.setting) == {"lakesid"}
    assert found.setting_total == found.weights["lakesid"]


def test_analyses_are_remembered_and_the_analysis_is_bounded() -> None:
    """The same question is analysed once; a 4,096-character one only up to the bound."""
    engine = tiny_engine()
    question = "who opened the debate " + "bridge " * 800
    first = engine.analyze(question)
    assert engine.analyze(question) is first
    assert len(first.text) <= LIMIT


def test_a_figure_half_remembered_is_no_unknown_number() -> None:
    """ "like 70 something million" is 73.8 rounded down to its tens, "73" its whole part,
    "30" a day off 29; "60" is another number."""
    from bot.engine.analysis import near_a_known_number

    share = DEFAULT_CONFIG.near_number_share
    assert near_a_known_number("70", (73.8,), share)
    assert near_a_known_number("73", (73.8,), share)
    assert near_a_known_number("30", (29.0,), share)
    assert not near_a_known_number("60", (73.8,), share)


def test_a_figure_typed_a_keystroke_wrong_is_no_unknown_number() -> None:
    """ "37" swaps the digits of 73.8 and "19" is 29 with its neighbour key: claims to put
    right; "92" swaps 29 too; "23" (a far key), "18" (two slips) and "2019" are other numbers."""
    from bot.engine.analysis import near_a_known_number

    share = DEFAULT_CONFIG.near_number_share
    assert near_a_known_number("37", (73.8,), share)
    assert near_a_known_number("37.8", (73.8,), share)
    assert not near_a_known_number("738", (73.8,), share)
    assert near_a_known_number("19", (29.0,), share)
    assert near_a_known_number("92", (29.0,), share)
    assert not near_a_known_number("23", (29.0,), share)
    assert not near_a_known_number("18", (29.0,), share)
    assert not near_a_known_number("2019", (29.0, 73.8), share)


def test_a_place_that_is_also_a_small_word_counts_only_in_capitals() -> None:
    """Serbian "SAD" is the USA, but "sad" is "now": "da li je most sad otvoren" names no
    foreign place; "most kao u SAD" does, as "do US citizens need…" names the USA; a message
    shouted in capitals ("TELL US ABOUT THE BRIDGE") says "us"."""
    engine = tiny_engine()
    assert engine.match("da li je most sad otvoren").question.foreign_place is None
    assert engine.match("most kao u SAD").question.foreign_place == "sad"
    assert engine.match("do US citizens cross the bridge").question.foreign_place == "us"
    assert engine.match("did they tell us about the bridge").question.foreign_place is None
    assert engine.match("TELL US ABOUT THE BRIDGE").question.foreign_place is None
    assert engine.match("DA LI JE MOST SAD OTVOREN").question.foreign_place is None


def test_a_place_visited_is_claimed_like_a_place_been_in() -> None:
    """ "did the mayor visit Paris?", "posetio Zagreb?" claim the events' place as "was it in
    Paris?" does; "did they talk about Paris" claims nothing."""
    assert weigh("did the mayor visit paris?").place_claimed
    assert weigh("da li je gradonačelnik posetio zagreb?").place_claimed
    assert not weigh("did they talk about paris?").place_claimed


def test_a_russian_claim_opened_by_is_it_true_that_is_still_a_claim() -> None:
    """ "Правда ли, что мэр был в Загребе?": the "что" after "правда" joins the claim, so the
    place is claimed as in "мэр был в Загребе?", in either script."""
    assert weigh("правда, что мэр был в загребе?").place_claimed
    assert weigh("правда ли что мэр был в загребе?").place_claimed
    assert weigh("pravda chto mer byl v zagrebe?").place_claimed


def test_a_who_question_placing_the_events_elsewhere_claims_that_place() -> None:
    """ "who did the mayor meet in Zagreb?" takes for granted the events were in Zagreb: a
    premise the answer puts right, as "was the meeting in Zagreb?"; "who is the mayor of
    Zagreb" places nothing."""
    assert weigh("who did the mayor meet in zagreb?").place_claimed
    assert weigh("koga je gradonačelnik sreo u zagrebu?").place_claimed
    assert not weigh("who is the mayor of zagreb?").place_claimed


def test_a_where_question_s_guess_a_few_words_after_or_claims_that_place() -> None:
    """ "where was the bridge approved, in the town hall or somewhere like Zagreb?" guesses
    Zagreb, which where it was puts right; "did they talk about the bridge or about Paris?"
    asks no where-question and claims nothing."""
    assert weigh(
        "where was the bridge approved, in the town hall or somewhere like zagreb?"
    ).place_claimed
    assert weigh("gde je most odobren, u gradu ili možda u zagrebu?").place_claimed
    assert not weigh("what did they say about the bridge or maybe about paris?").place_claimed


def test_where_someone_came_from_is_no_claim_of_where_the_events_were() -> None:
    """ "the mayor flew in from Zagreb, right?", "мэр прилетел из Загреба?", "doputovao iz
    Zagreba" say where he came from, which the article doesn't; "the debate was in Zagreb,
    right?" claims where it was."""
    assert not weigh("the mayor flew in from zagreb, right?").place_claimed
    assert not weigh("мэр прилетел из загреба, да?").place_claimed
    assert not weigh("gradonačelnik je doputovao iz zagreba, jel tako?").place_claimed
    assert weigh("the debate was in zagreb, right?").place_claimed


def test_a_two_word_foreign_place_is_noticed_inflected() -> None:
    """ "u Novom Sadu" is Novi Sad."""
    assert weigh("da li je most bio u novom sadu").foreign_place == "novi sad"


def test_a_word_asking_who_someone_is_is_no_unknown_subject() -> None:
    """ "Как её фамилия", "what's Petrova's surname": the word asks who she is (an identity
    word), so the question is not "only names beside unknown words"."""
    found = weigh("петрова как её фамилия")
    assert "familija" not in found.unknown
    assert not found.only_names_known


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("where did the dpm go", "where did the deputy prime minister go"),
        ("what did the pres say", "what did the president say"),
        ("did they tlk w the mayor", "did they talk with the mayor"),
        ("wats the cost this yr", "whats the cost this year"),
        ("who is the foreign min", "who is the foreign minister"),
        ("the intergov talks", "the intergovernmental talks"),
        ("what happened in nov", "what happened in november"),
        ("they work on it 2gether", "they work on it together"),
    ],
)
def test_chat_shorthand_is_read_as_the_words(typed: str, read: str) -> None:
    """ "dpm", "pres", "tlk", "w", "wats", "yr", "min", "intergov", "nov", "2gether" are read
    as the words they stand for."""
    assert tiny_engine().analyze(typed).read == read


@pytest.mark.parametrize(
    "question",
    [
        "kad su sledeci izbori u srbiji",
        "когда следующие выборы в сербии",
        "when are the next elections in serbia",
    ],
)
def test_next_of_something_the_base_never_names_carries_no_topic(
    small_engine: Engine, question: str
) -> None:
    """ "the next elections": "next" of a thing the fact base never names (the elections) is
    no word of the article's own "next year", so the question is not answered with the
    invitation."""
    weighed = small_engine.weigh(question)
    assert weighed.unknown
    assert not ({"next", "sledec", "sled"} & weighed.weights.keys())
    assert not small_engine.decide(question).answered
