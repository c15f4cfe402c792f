"""The question inside a long message (bot/lang/clauses.py), on invented messages."""

from __future__ import annotations

import re

import pytest

from bot.lang.clauses import (
    comma_joined,
    focus,
    joined,
    quoted_phrases,
    reported_by_the_article,
    reported_claim,
    split_sentences,
    tagged_sentence,
    without_cloze_asking,
)
from bot.lang.normalize import fold, question_kind


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "sorry if this is a dumb question, my neighbour and I disagree about it. "
            "how much will the bridge cost? thx",
            "how much will the bridge cost?",
        ),
        (
            "Dear Sir, I would like to know who opened the debate. Thank you in advance.",
            "I would like to know who opened the debate",
        ),
        ("hello, who opened the debate", "who opened the debate"),
        ("всем привет! кто такой этот мэр, первый раз слышу", "кто такой этот мэр"),
        (
            "Здравствуйте! Мы с соседом поспорили вчера вечером. Сколько стоит мост? Спасибо заранее",
            "Сколько стоит мост?",
        ),
        (
            "Pozdrav, čitao sam danas novine u kafani sa drugarima pa me zanima koliko košta "
            "most, hvala unapred",
            "koliko košta most",
        ),
        (
            "my aunt asked me about it. how much will the bridge cost? "
            "can you explain it simply so i can tell her? thanks",
            "how much will the bridge cost?",
        ),
        ("Мэр выступал долго. Сколько стоит мост? Можно коротко?", "Сколько стоит мост?"),
        (
            "Gradonačelnik je dugo pričao. Koliko košta most? Objasni mi ukratko",
            "Koliko košta most?",
        ),
    ],
)
def test_the_asking_sentence_without_courtesy_and_story(message: str, question: str) -> None:
    """Greetings, thanks, apologies and requests about how to answer ("can you explain it
    simply", "можно коротко?") are set aside with the story."""
    assert focus(message) == question


@pytest.mark.parametrize(
    "message", ["who opened the debate?", "how much will the bridge cost", "thanks"]
)
def test_a_plain_question_has_nothing_to_set_aside(message: str) -> None:
    assert focus(message) is None


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        (
            "what did they build and why does it matter",
            ("what did they build", "why does it matter"),
        ),
        ("что построили и зачем это нужно", ("что построили", "зачем это нужно")),
        ("šta su gradili i kada će biti gotovo", ("šta su gradili", "kada će biti gotovo")),
        # An elliptic second part asks the first again with its question word.
        ("who came to town and when", ("who came to town", "when came to town")),
        ("кто приехал и когда", ("кто приехал", "когда приехал")),
        ("Lakeside and Hillside: who met whom", None),
        ("how much will the bridge cost", None),
    ],
)
def test_a_question_joining_two_is_split_at_the_joining_word(
    question: str, parts: tuple[str, str] | None
) -> None:
    from bot.lang.clauses import joined

    assert joined(question) == parts


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        ("who is the mayor? what did they build?", ("who is the mayor", "what did they build")),
        ("кто мэр? и что построили?", ("кто мэр", "что построили")),
        # A second question leaning on the first ("…? What did he stress?") is no question of its own.
        ("what did the mayor say about the bridge? what did he stress?", None),
        # The last question often goes without its mark.
        (
            "the mayor opened it on monday right? what was the bridge for",
            ("the mayor opened it on monday right", "what was the bridge for"),
        ),
        ("the mayor opened it on monday right? the bridge was cheap", None),
    ],
)
def test_two_questions_each_with_its_mark_are_the_parts_of_a_message(
    message: str, parts: tuple[str, str] | None
) -> None:
    """ "Who is the mayor? What did they build?" asks two things, as a question joining them
    with "and" does; the word joining the second to the first goes. A last question typed
    without its mark is the second; a last sentence that asks nothing is none."""
    from bot.lang.clauses import joined

    assert joined(message) == parts


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("which official opened it, what date?", ("which official opened it", "what date?")),
        ("кто открыл мост, когда?", ("кто открыл мост", "когда открыл мост")),
        # A dash set off by spaces opens the part that asks.
        (
            "Lakeside bridge - which official opened it, what date?",
            ("Lakeside bridge - which official opened it", "what date?"),
        ),
        # Before the comma a story, not a question; after it no question word.
        ("my aunt lives in Lakeside, who opened the bridge?", None),
        ("who opened the bridge, the mayor?", None),
        # A clause after the comma belongs to the first question.
        ("Что сказал мэр, когда открыл мост?", None),
        ("Šta je rekao gradonačelnik, kada je otvorio most?", None),
        ("what did the mayor tell the council, who approved the bridge?", None),
    ],
)
def test_a_question_joining_two_with_a_comma_is_split_at_the_comma(
    question: str, parts: tuple[str, str] | None
) -> None:
    """ "which official opened it, what date?" asks two things, as "…and on what date?"
    does; a comma after a story, or before a guess, joins no second question."""
    assert comma_joined(question) == parts


def test_a_last_question_without_its_mark_is_kept_beside_one_with_it() -> None:
    """A message whose last question lacks its question mark keeps it: "…who's right? how
    much did it grow" asks how much it grew too, not only who's right."""
    message = "my aunt says the bridge was cheap. who's right? how much did it cost"
    assert focus(message) == "who's right? how much did it cost"


def test_an_emoji_ends_a_sentence_of_story() -> None:
    """ "studying for a quiz 😩 what was signed? teacher will ask" asks what was signed: the
    emoji ends the story as a full stop would."""
    assert focus("studying for a quiz 😩 what was signed? teacher will ask") == "what was signed?"


def test_an_indefinite_question_word_asks_nothing() -> None:
    """ "Какой-то министр приезжал" is story: "какой-то" is no question word."""
    message = "Там какой-то министр приезжал. Подскажите, в каком городе были переговоры?"
    assert focus(message) == "Подскажите, в каком городе были переговоры?"


def test_a_preposition_may_open_the_second_part_of_a_joined_question() -> None:
    """ "…and on what subjects", "и о чём", "i o čemu": each part is asked in full."""
    from bot.lang.clauses import joined

    assert joined("who did he meet in the city and on what subjects") == (
        "who did he meet in the city",
        "on what subjects",
    )
    assert joined("с кем он встречался и о чём говорили") == (
        "с кем он встречался",
        "о чём говорили",
    )
    assert joined("sa kim se sastao i o čemu su pričali") == (
        "sa kim se sastao",
        "o čemu su pričali",
    )


def test_a_sentence_opening_a_yes_no_question_asks_without_its_mark() -> None:
    """ "…my aunt keeps saying the mayor is leaving. is there an actual plan or not" asks
    the yes/no sentence, even with no question mark or question word anywhere."""
    message = "my aunt keeps saying the mayor is leaving soon. is there an actual plan or not"
    assert focus(message) == "is there an actual plan or not"


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "idem na more sa drugarima iduće nedelje, da li nam treba karta za most?",
            "da li nam treba karta za most?",
        ),
        (
            "мы с соседом едем летом, сколько стоит проезд по мосту?",
            "сколько стоит проезд по мосту?",
        ),
        # The story runs over several commas: the clause that asks starts at the last.
        (
            "gledao sam vesti sinoc o mostu, nisam ni znao da ga grade iskreno, "
            "pa me zanima koliko ce kostati",
            "pa me zanima koliko ce kostati",
        ),
    ],
)
def test_the_asking_clause_after_a_story_in_one_sentence(message: str, question: str) -> None:
    """The clause that asks is kept, the story before it in the same sentence set aside."""
    assert focus(message) == question


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "reci mi ukratko sta su rekli o mostu, nemam vremena da citam ceo tekst, u busu sam",
            "sta su rekli o mostu",
        ),
        (
            "when does the bridge open, my cousin wants to drive across it",
            "when does the bridge open",
        ),
    ],
)
def test_story_clauses_after_the_question_are_set_aside(message: str, question: str) -> None:
    """Clauses after the question that ask nothing (and no question mark after them) are
    the asker's story."""
    assert focus(message) == question


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "када ће мост бити отворен, ја то бележим у свој календар?",
            "када ће мост бити отворен?",
        ),
        (
            "колико кошта мост, јер ја све рачунам у динаре па да знам?",
            "колико кошта мост?",
        ),
        ("who paid for the bridge, i need it for my homework?", "who paid for the bridge?"),
        ("сколько стоит мост, мне для доклада надо?", "сколько стоит мост?"),
    ],
)
def test_an_aside_after_the_question_is_set_aside_though_the_mark_ends_it(
    message: str, question: str
) -> None:
    """A clause after the question opened by the asker's "I", "to me" or "because" that asks
    nothing is the asker's aside, even when the message's question mark ends it."""
    assert focus(message) == question


def test_before_in_an_aside_is_no_question_word() -> None:
    """ "…пре него што поверујем" (before I believe it): "што" after "него" joins a clause of
    time, so the aside asks nothing and is set aside."""
    assert (
        focus("ко плаћа мост, ја волим да знам извор пре него што нешто поверујем?")
        == "ко плаћа мост?"
    )


def test_an_aside_that_asks_stays() -> None:
    """ "…, ја се питам ко је платио?" asks again: the tail stays."""
    assert focus("када отварају мост, ја се питам ко је платио?") is None


def test_an_aside_offering_a_choice_asks_it() -> None:
    """ "what do you think, I should walk or drive across?" asks which: the tail stays."""
    assert focus("what do you think, I should walk or drive across?") is None


def test_when_after_now_joins_a_clause_and_asks_nothing() -> None:
    """ "sad kad je video vest" (now that he saw the news) tells when; the question is later."""
    message = "deda je radio tamo i sad kad je video vest o mostu pita me koliko kosta"
    assert focus(message) == "koliko kosta"


def test_a_tail_saying_whose_words_are_asked_goes_on_with_the_question() -> None:
    """ "в каком районе, по словам мэра, мост построят" asks where, by the mayor's words:
    the clauses after the question word are not cut as a story."""
    assert focus("в каком районе, по словам мэра, мост построят быстрее всего") is None


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("i forgot who the mayor thanked. can you remind me?", "i forgot who the mayor thanked"),
        (
            "ne mogu da se setim ko je otvorio debatu. Da li biste mogli da me podsetite? Hvala.",
            "ne mogu da se setim ko je otvorio debatu",
        ),
    ],
)
def test_a_request_to_be_told_asks_what_the_sentence_before_holds(
    message: str, question: str
) -> None:
    """ "…who the mayor thanked. can you remind me?": the request names nothing; the sentence
    before it holds what is asked."""
    assert focus(message) == question


def test_an_asking_opener_inside_the_asking_clause_opens_the_question() -> None:
    """ "…na telefonu, pa Vas lepo molim da mi kažete ko je otvorio debatu?": the request
    before the question word asks nothing of its own."""
    message = "ja sam penzioner i slabo vidim na telefonu, pa Vas lepo molim da mi kažete ko je otvorio debatu?"
    assert focus(message) == "ko je otvorio debatu?"


def test_izvinite_sto_smetam_is_courtesy() -> None:
    """ "izvinite što smetam" (sorry to bother): its "što" asks nothing."""
    assert focus("izvinite što smetam, ko je otvorio debatu?") == "ko je otvorio debatu?"


def test_a_clause_asking_between_whom_leans_on_the_one_before() -> None:
    """ "there's some bridge deal mentioned, between the city and who exactly?": the deal is
    what is asked about; the between-clause is not cut from it."""
    assert focus("so there's some bridge deal mentioned, between the city and who exactly?") is None


def test_a_tail_with_the_questions_mark_or_a_question_of_its_own_stays() -> None:
    """ "who paid for it, the city itself?" and "…, and when will it open" keep their tails."""
    assert focus("who paid for the bridge, the city council itself?") is None
    assert focus("who paid for the bridge, and when will it open") is None


@pytest.mark.parametrize(
    "message",
    [
        # The clause points back to the story: the story says what is asked about.
        "the new bridge they approved, when will it open?",
        # The story itself asks ("на какую сумму…"): the sentence is kept whole.
        "на какую сумму подписали контракт на мост, в рублях сколько",
    ],
)
def test_no_asking_clause_is_cut_from_a_story_it_leans_on(message: str) -> None:
    assert focus(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "the mayor of lakeside and the new bridge, when?",
        "новый мост в городе у реки, когда именно?",
        "gradonačelnik i novi most preko reke, kad tačno?",
    ],
)
def test_a_bare_question_word_after_a_comma_asks_about_what_comes_before_it(
    message: str,
) -> None:
    """ "the mayor of lakeside and the new bridge, when?" asks when of the bridge: the bare
    "when?" is not the question cut from a story."""
    assert focus(message) is None


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "what will the bridge be built of? steel, stone, wood? who opened the debate?",
            "what will the bridge be built of? who opened the debate?",
        ),
        ("кто открыл дебаты? мэр, совет?", "кто открыл дебаты?"),
    ],
)
def test_a_list_of_guesses_after_a_question_is_set_aside(message: str, question: str) -> None:
    """ "…built of? steel, stone, wood? who opened…": the guesses at the answer are no question
    of their own; the answer puts them right."""
    assert focus(message) == question


def test_a_serbian_tag_after_a_comma_checks_the_statement_before_it() -> None:
    """ "…jos ove godine, jel tacno? brat kaze…" asks whether the statement is so: "jel
    tačno", like "jel tako", is a tag, not the question cut from a story."""
    message = (
        "pozvali su gradonacelnika da dodje na otvaranje mosta jos ove godine, jel tacno? "
        "brat kaze da ce ici"
    )
    assert focus(message) == (
        "pozvali su gradonacelnika da dodje na otvaranje mosta jos ove godine, jel tacno?"
    )


@pytest.mark.parametrize(
    "message",
    [
        "Speaking about the new bridge and the old river road, what did the mayor tell the council?",
        "regarding the bridge they approved on monday, who opened the debate in the council?",
    ],
)
def test_a_topic_opened_by_speaking_about_is_asked_with_its_question(message: str) -> None:
    """ "Speaking about the new bridge…, what did the mayor tell the council?" asks about the
    bridge: the words before the comma name the topic, they are no story."""
    assert focus(message) is None


def test_a_list_of_guesses_set_aside_keeps_a_statement_a_question_continues() -> None:
    """ "…Steel, stone? The mayor called it a landmark of a region. In what region?": setting
    the guesses aside keeps the statement that "in what region?" continues, as without them."""
    with_guesses = focus(
        "What is it built of? Steel, stone? The mayor called it a landmark of a region. "
        "In what region?"
    )
    without = focus(
        "What is it built of? The mayor called it a landmark of a region. In what region?"
    )
    assert with_guesses == without
    assert without is not None
    assert "landmark" in without


def test_talking_to_someone_is_a_story_not_a_topic() -> None:
    """ "Talking to my dad about the bridge last night, who opened the debate?" is a story
    before the question; "speaking about the bridge, …" names the topic."""
    assert focus("Talking to my dad about the bridge last night, who opened the debate?") == (
        "who opened the debate?"
    )


def test_a_bare_what_after_a_comma_is_an_exclamation_not_a_question_about_before() -> None:
    """ "…like did it double, go up 10%, what?" doesn't ask about the guesses before "what":
    they stay out of the question."""
    message = "how much will the bridge cost? like did it double, go up 10%, what?"
    assert focus(message) == "how much will the bridge cost? what?"


def test_whether_asks_so_a_long_sentence_is_not_cut_after_it() -> None:
    """ "I'm curious whether the mayor got a prize and who it came from" asks from "whether":
    cut at "who", its second part would lose what "it" is."""
    message = "I'm curious whether the mayor got a prize for the bridge and who it came from"
    assert focus(message) == "whether the mayor got a prize for the bridge and who it came from"


def test_a_relative_what_or_a_reported_that_asks_nothing() -> None:
    """ "That's what my uncle said" and "дед говорит что…" report; the sentence that asks is
    the other one."""
    assert focus("so they signed a gas deal right? that's what my uncle said at dinner lol") == (
        "so they signed a gas deal right?"
    )
    assert focus("дед говорит что казахи берут оружие у сербов. подписали что-нибудь?") == (
        "подписали что-нибудь?"
    )


def test_whose_view_is_asked_is_part_of_the_question() -> None:
    """ "According to the Serbian side, how well…" asks the Serbian side's view: nothing is
    set aside, however long the sentence."""
    assert (
        focus("according to the serbian side, how well are the two countries cooperating") is None
    )
    assert focus("по словам вучича, где они взаимодействуют кроме двустороннего формата?") is None


def test_the_topic_named_before_a_comma_is_part_of_the_question() -> None:
    """ "About cultural and humanitarian ties, what did the ministers say" asks about those
    ties: a topic opening with "about", "о", "про" before the comma is no story."""
    assert focus("about cultural and humanitarian ties, what did the ministers say") is None
    assert focus("про торговлю между двумя странами, сколько там было?") is None
    assert focus("o kulturnim vezama i vizama, šta su rekli ministri?") is None


def test_a_short_clause_continuing_a_claim_keeps_the_claim() -> None:
    """ "…a reliable partner... in what region tho" asks about the claim before it; a longer
    question opening with "с кем" is a question of its own."""
    assert focus("he called serbia a reliable partner... in what region tho") == (
        "he called serbia a reliable partner in what region tho"
    )
    assert focus(
        "pishu s telefona, ne mogu otkryt statyu. s kem vstrechalsya ministr v belgrade?"
    ) == ("s kem vstrechalsya ministr v belgrade?")


def test_a_long_yes_no_question_keeps_a_second_question_after_a_dash_or_comma() -> None:
    """A yes/no question and a question after a dash or a comma both ask: neither is story to
    cut ("did they talk about Ukraine or Kosovo, what exactly did they say" asks about Ukraine)."""
    message = "are the costs of the new bridge over the river mentioned anywhere — what will it cost the city"
    assert focus(message) is None
    assert focus("da li su pričali o Ukrajini ili Kosovu, šta su tačno rekli") is None


def test_a_long_yes_no_question_keeps_its_start_before_a_joining_when() -> None:
    """A long sentence opening as a yes/no question is not cut at a later "when" that joins a clause."""
    message = "was the city's mayor sitting in the front row of the hall when the minister opened the bridge"
    assert focus(message) is None


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Мој брат ради у фирми која прави мостове. Колико кошта мост?",
            "Колико кошта мост?",
        ),
        (
            "Мой брат работает в фирме, которая строит мосты. Сколько стоит мост?",
            "Сколько стоит мост?",
        ),
        (
            "my brother works at a firm which builds bridges. how much is the bridge",
            "how much is the bridge",
        ),
    ],
)
def test_a_relative_word_after_a_noun_asks_nothing(message: str, question: str) -> None:
    """ "…a firm which builds bridges." is story: "which" relates to the firm, it doesn't ask."""
    assert focus(message) == question


def test_who_after_a_person_of_the_askers_life_relates_and_asks_nothing() -> None:
    """ "…for my dad who never reads the news, thanks" is story; "the engineer who built it?"
    still asks."""
    assert (
        focus("how much is the bridge? i am asking for my dad who never reads the news, thanks")
        == "how much is the bridge?"
    )
    assert focus("the mayor spoke. was it the engineer who built the bridge?") == (
        "was it the engineer who built the bridge?"
    )


def test_a_question_word_after_a_word_of_knowing_still_asks() -> None:
    """ "tell me which bridge opened", "asked which", "…, ali koji" ask, though the word may relate a clause."""
    assert focus("the mayor spoke for hours. my friend asked which bridge opened") == (
        "my friend asked which bridge opened"
    )
    assert (
        focus("Most je otvoren. Grad je pun, ali koji most je otvoren?")
        == "ali koji most je otvoren?"
    )
    assert (
        focus("long day at work today. tell me which bridge opened")
        == "tell me which bridge opened"
    )


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Слышал, что мост уже одобрили, но толком не понял. Сколько он будет стоить?",
            "Сколько он будет стоить?",
        ),
        ("Čuo sam da su odobrili most. Koliko će koštati?", "Koliko će koštati?"),
    ],
)
def test_what_after_heard_reports_and_does_not_ask(message: str, question: str) -> None:
    """ "Слышал, что…", "čuo sam da…": the question word after "heard" is a conjunction, so
    the sentence reports; the next one asks."""
    assert focus(message) == question


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("who opened the debate, if the article even says", "who opened the debate"),
        ("petrova - who is she, does the article say?", "petrova who is she"),
        ("prob not mentioned but did the mayor speak?", "did the mayor speak"),
        ("how much will it cost, or is that not stated?", "how much will it cost"),
        ("сколько стоит мост, если в статье вообще есть", "сколько стоит мост"),
        ("koliko košta most, ili to ne piše?", "koliko košta most"),
        ("сколько стоит мост? инфа есть?", "сколько стоит мост?"),
        ("how much will the bridge cost, any info?", "how much will the bridge cost"),
    ],
)
def test_a_hedge_on_whether_the_article_tells_is_no_part_of_the_question(
    question: str, asked: str
) -> None:
    """ "If the article even says", "does the article say?", "или об этом не сказано", "ili to
    ne piše" doubt the source; the question is the rest, not a question about sayings."""
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze(question).tokens == Normalizer().analyze(asked).tokens


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "Помню, что мост одобрили в понедельник. Сколько он будет стоить?",
            "Сколько он будет стоить?",
        ),
        (
            "My neighbour says what they built is ugly. Who opened the debate?",
            "Who opened the debate?",
        ),
        ("Druga kaže kad je čitala vest da je most skup. Koliko košta?", "Koliko košta?"),
    ],
)
def test_beside_a_marked_question_a_sentence_ending_in_a_full_stop_states(
    message: str, question: str
) -> None:
    """A question word in a sentence that ends with a full stop, beside one that ends with a
    question mark, is a conjunction ("Помню, что…", "says what…", "kad je čitala"): only the
    marked question asks."""
    assert focus(message) == question


def test_a_sentence_without_a_mark_still_asks_beside_a_marked_one() -> None:
    """ "who's right? how much did it grow" — the last question goes without its mark."""
    assert focus("me and my friend argue. who's right? how much will the bridge cost") == (
        "who's right? how much will the bridge cost"
    )


def test_a_serbian_ordinals_full_stop_ends_no_sentence() -> None:
    """ "2018. godine", "29. novembra": the full stop after a figure before a word in lower
    case writes an ordinal; the question is one sentence, not a statement and a fragment."""
    assert focus("Koliko je koštao most 2018. godine?") is None
    assert focus("Most je odobren 29. novembra. Ko je otvorio debatu?") == "Ko je otvorio debatu?"


def test_a_clause_asking_about_him_is_cut_for_the_engine_to_read_him_from_the_story() -> None:
    """ "…, did the mayor meet him too?": "him" is a person the story names; the clause is the
    question (the engine decides it with that person, or the whole message if it names none)."""
    assert focus("the engineer in charge of the new bridge, did the mayor meet him too?") == (
        "did the mayor meet him too?"
    )


def test_an_asking_part_pointing_back_at_the_story_is_told() -> None:
    """ "Is that true?", "это правда?" point back at what was said; "they" does not (people
    say it of the two countries)."""
    from bot.lang.clauses import points_back

    assert points_back("is that true?")
    assert points_back("Это правда по статье?")
    assert not points_back("what did they really sign?")


def test_pointing_back_is_read_in_the_asking_parts_language() -> None:
    """Russian "то" and Serbian "to" point back ("Кто то сообщил?", "Ko je to javio?"), an
    English "to" does not ("who went to the bridge?"); nor does the "this" of "according to
    this article", which points at the article."""
    from bot.lang.clauses import points_back

    assert points_back("кто то сообщил?", "ru")
    assert points_back("ko je to javio?", "sr")
    assert not points_back("who went to the bridge?", "en")
    assert not points_back("who opened the bridge, according to this article?", "en")
    assert points_back("who opened it, according to this article?", "en")


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "honestly these visits never change anything for normal people. anyway @bot did "
            "they talk about the bridge",
            "anyway @bot did they talk about the bridge",
        ),
        (
            "ребят я считаю что эти визиты ничего не дают. бот, а что сказали про мост?",
            "а что сказали про мост?",
        ),
    ],
)
def test_the_sentence_addressing_the_bot_starts_what_is_asked(message: str, question: str) -> None:
    """In a group, what comes before the sentence that addresses the bot is the chat's talk;
    the bot named at its start is left out ("@bot" inside it stays, read as an address)."""
    assert focus(message) == question


def test_a_bracket_smiley_ends_a_sentence() -> None:
    """ "…спорим чья страна круче)) Кто строил мост?" is two sentences: the first is story."""
    message = "мы с мужем спорим чья страна круче)) кто строил мост?"
    assert focus(message) == "кто строил мост?"


def test_one_closing_bracket_that_closes_nothing_ends_a_sentence() -> None:
    """ "…живу тут уже год) кто строил мост" is two sentences, the bracket a smiley; a bracket
    that closes one opened before it ("(near the river)") ends nothing."""
    assert split_sentences("я тут новенький, живу тут уже год) кто строил мост") == [
        "я тут новенький, живу тут уже год.",
        "кто строил мост",
    ]
    assert split_sentences("who built the bridge (near the river) and when") == [
        "who built the bridge (near the river) and when"
    ]


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        (
            "My neighbour insists that the bridge will cost nothing. I doubt it. What does the "
            "article say?",
            "the bridge will cost nothing",
        ),
        ("Moj kum kaže da most ništa ne košta. Šta kaže članak?", "most ništa ne košta"),
        ("Сосед говорит, что мост бесплатный. Это правда?", "мост бесплатный"),
    ],
)
def test_the_claim_a_story_reports_is_found(message: str, claim: str) -> None:
    """ "…insists that the bridge will cost nothing. … What does the article say?": the claim
    to check is what the story reports, from its reporting verb on."""
    assert reported_claim(message) == claim


def test_a_story_that_reports_nothing_has_no_claim() -> None:
    """No reporting verb, or only in the question: no claim to check."""
    assert reported_claim("I was reading the news. How much does the bridge cost?") is None
    assert reported_claim("Does the mayor say the bridge is free?") is None


def test_russian_question_words_ask_in_every_case() -> None:
    """ "С какими министрами…", "какому городу…": inflected question words ask as "какой"
    does, so the sentence holding one is the question."""
    assert focus("Я читал новости вчера. С какими министрами он встречался") == (
        "С какими министрами он встречался"
    )


def test_a_guess_after_a_question_keeps_the_question() -> None:
    """ "…как называется этот орган. что-то по торговле?": the guess asks what the sentence
    before it asks, so both are kept."""
    kept = focus("Коллега спрашивает, как называется этот орган. Что-то по торговле?")
    assert kept is not None
    assert "как называется" in kept
    assert "торговле" in kept


def test_a_decimal_point_ends_no_sentence() -> None:
    """ "73.8 million is for which year" is one sentence, not "73." and "8 million…"."""
    assert focus("73.8 million is for which year") is None
    assert focus("I read it was 73.8 million. Which year is that for?") == (
        "Which year is that for?"
    )


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "putujem kod sina koji radi u Kazahstanu pa me zanima da li treba viza",
            "da li treba viza",
        ),
        (
            "my son works in Almaty and I was wondering whether Serbs need a visa",
            "whether Serbs need a visa",
        ),
        ("сын работает в Алматы и я хотела узнать нужна ли виза", "нужна ли виза"),
        (
            "radim u agenciji pa bi mi značilo da znam da li je bilo reči o turizmu",
            "da li je bilo reči o turizmu",
        ),
    ],
)
def test_a_question_begins_after_words_that_open_it(message: str, asked: str) -> None:
    """ "…koji radi u Kazahstanu pa me zanima da li treba viza": the story before "pa me
    zanima" (so I wonder) is the asker's, with its "koji" (who) and "radi" (works)."""
    assert focus(message) == asked


def test_so_that_after_a_question_asks_nothing() -> None:
    """ "…по статье? он уже заказывает так что быстрее плз": "так что" (so) draws a
    consequence; the sentence is no second question."""
    message = "какая у него должность по статье? он уже заказывает так что быстрее плз"
    assert focus(message) == "какая у него должность по статье?"


def test_an_inflected_serbian_question_word_asks() -> None:
    """ "Koju funkciju ima Nurtleu…, čitam njegovo ime a ne znam ko je?": "koju" (which, the
    accusative of "koja") asks, so the question is not the trailing "ne znam ko je"."""
    message = "Koju funkciju ima gospodin Nurtleu u vladi, čitam njegovo ime a ne znam ko je?"
    assert focus(message) is None


def test_when_between_a_noun_and_a_clauses_subject_joins_and_asks_nothing() -> None:
    """ "…signed a weapons deal when that minister visited, … i'd love to know what was
    signed": the "when" joins a clause of the story, so the question is what was signed; a
    "when" opening a question, or after a word of asking, still asks."""
    message = (
        "my dad keeps saying they signed a weapons deal when that minister visited, and my mom "
        "says no. i'd love to know what agreements were actually signed during that visit"
    )
    assert focus(message) == "what agreements were actually signed during that visit"
    assert focus("my dad was at work. when did the minister visit") == "when did the minister visit"
    assert focus("my dad asks. tell me when the minister visited") is not None


def test_a_when_clause_setting_the_scene_before_the_question_word_asks_nothing() -> None:
    """ "When they talked about culture, what did they agree?", "Когда говорили про культуру,
    о чём договорились?" ask what (or about what), not when; "when was it, in November?" still
    asks when."""
    assert question_kind(fold("when they talked about culture, what did they agree")) == "what"
    assert question_kind(fold("когда говорили про культуру, о чём договорились?")) == "topic"
    assert question_kind(fold("kad su pricali o kulturi, sta su dogovorili")) == "what"
    assert question_kind(fold("when was the visit, in november?")) == "when"


def test_the_sentence_a_tag_ends_is_the_statement_it_checks() -> None:
    """A tag after a comma ends a statement: "…o Ukrajini, jel tako?" gives the whole sentence."""
    message = "pricali su i o Ukrajini na sastanku, jel tako?"
    assert tagged_sentence(message, "jel tako?") == message


def test_a_tag_that_is_a_sentence_of_its_own_ends_no_statement() -> None:
    """ "…o Ukrajini. Jel tako?" asks in a sentence of its own: no statement is tagged."""
    assert tagged_sentence("Pričali su o Ukrajini. Jel tako?", "Jel tako?") is None


@pytest.mark.parametrize(
    "message",
    [
        "I'm curious, was the bridge paid by the city, and to which firm? thx",
        "we argued at dinner. I wonder, was the deal signed by the mayor himself, and when exactly?",
    ],
)
def test_a_question_joined_to_a_yes_no_question_keeps_it(message: str) -> None:
    """ "…, was the bridge paid by the city, and to which firm?" asks both, not only the last."""
    asked = focus(message)
    assert asked is not None
    assert asked.casefold().startswith("was ")


@pytest.mark.parametrize(
    ("message", "question"),
    [
        (
            "i run a small bakery downtown. i would like to know if bread prices were mentioned. thanks",
            "i would like to know if bread prices were mentioned",
        ),
        (
            "Imam malu pekaru u centru. Hteo bih da znam da li su pomenute cene hleba. Hvala",
            "hteo bih da znam da li su pomenute cene hleba",
        ),
    ],
)
def test_a_sentence_with_an_asking_opener_asks_without_a_question_mark(
    message: str, question: str
) -> None:
    """ "…bakery downtown. I would like to know if…" asks in its second sentence only."""
    asked = focus(message)
    assert asked is not None
    assert fold(asked) == fold(question)


def test_a_claim_reported_by_two_reporting_words_starts_after_both() -> None:
    """ "my uncle keeps saying the bridge is free. is he right?" reports "the bridge is free"."""
    message = "my uncle keeps saying the bridge is free. is he right?"
    assert reported_claim(message) == "the bridge is free"


def test_an_opener_near_the_start_keeps_the_yes_no_question_after_it() -> None:
    """ "Ljudi, zanima me da li je most plaćen i šta je gradonačelnik rekao" asks both: the
    question starts after "zanima me", not at "šta"."""
    asked = focus(
        "Ljudi, zanima me da li je most plaćen i šta je gradonačelnik rekao o tome. Hvala"
    )
    assert asked is not None
    assert fold(asked).startswith("da li je most")


def test_an_abbreviations_full_stops_end_no_sentence() -> None:
    """ "про мосты и т.п. что-то обсуждали?" is one question about bridges: the full stops of
    "т.п." go on in lower case; before a capital ("e.g. Ivan") one still may end a sentence."""
    assert focus("про мосты и т.п. что-то обсуждали?") is None
    assert focus("They met at the U.N. Who opened the debate?") == "Who opened the debate?"


def test_a_question_about_that_keeps_the_topic_named_before_it() -> None:
    """ "mostovi i putevi, da li su o tome pričali": "o tome" (about that) asks about the
    topic before the comma, so the sentence is not cut at the question."""
    assert focus("novi mostovi i putevi, da li su o tome pričali") is None
    assert focus("про мосты и дороги в городе, об этом говорили?") is None
    assert focus("novi mostovi i putevi, da li su pričali o gradu") == ("da li su pričali o gradu")


def test_a_sentence_ending_in_which_and_its_noun_continues() -> None:
    """ "…rekao je da je novi most pouzdan simbol grada u kom kraju": "in which part" asks
    about what the sentence says, not a question of its own; "o čemu" (about what) still
    starts one."""
    assert (
        focus("gradonačelnik je juče rekao da je novi most pouzdan simbol grada u kom kraju")
        is None
    )
    message = "baba mi kaže da je gledala na dnevniku da je most otvoren i potpisano nešto, o čemu se radi"
    assert focus(message) == "čemu se radi"


@pytest.mark.parametrize(
    ("message", "parts"),
    [
        (
            "my friend says the bridge opened and the mayor cut the ribbon, both true?",
            ("my friend says the bridge opened", "the mayor cut the ribbon, both true?"),
        ),
        (
            "мост открыли в мае и мэр был там, оба верно?",
            ("мост открыли в мае", "мэр был там, оба верно?"),
        ),
        (
            "my teacher said the bridge opened in may and that the mayor paid for it",
            ("my teacher said the bridge opened in may", "the mayor paid for it"),
        ),
        (
            "my dad says the mayor opened the bridge and also cut the ribbon",
            ("my dad says the mayor opened the bridge", "also cut the ribbon"),
        ),
    ],
)
def test_two_claims_asked_whether_both_are_so_are_two_parts(
    message: str, parts: tuple[str, str]
) -> None:
    """ "…X and Y, both true?", "…said X and that Y" and "…did X and also Y" ask about each
    claim: the parts are split at the first joining word, as two joined questions are."""
    assert joined(message) == parts


def test_a_claim_with_and_but_no_both_stays_one() -> None:
    """Without "both", "and" inside a claim ("culture and sports") splits nothing."""
    assert joined("my friend says the memos were on culture and sports, true?") is None


def test_is_that_what_happened_checks_the_claim_before_it() -> None:
    """ "…the mayor opened the bridge in may, is that what happened?" asks whether the claim is
    right: "what happened" is no question of its own (the summary of the article)."""
    assert (
        focus("i read that the mayor opened the new bridge in may, is that what happened") is None
    )


def test_a_sentence_opening_with_i_wonder_asks_beside_a_marked_question() -> None:
    """ "I wonder how many lanes the bridge has. Any numbers?": the full stop after "I
    wonder…" doesn't make it a statement; both sentences ask."""
    asked = focus(
        "My uncle swears the bridge cost billions. I wonder how many lanes the new bridge has. "
        "Does the article give any numbers? Thanks."
    )
    assert asked is not None
    assert "lanes" in asked
    assert "numbers" in asked


def test_a_colon_before_a_question_word_starts_the_question() -> None:
    """ "…and need one detail: which official opened the bridge?" asks from "which" on; a
    colon before anything else ("two things: a bridge and a road, right?") stays inside."""
    asked = focus(
        "Hi, I'm writing a school essay on city bridges and need one detail: which official "
        "opened the new bridge? Much appreciated"
    )
    assert asked is not None
    assert asked.startswith("which official")
    assert (
        focus("they built two things: a bridge and a road, right?") != "a bridge and a road, right?"
    )


def test_a_colon_before_a_preposition_and_a_question_word_starts_the_question() -> None:
    """ "question for our quiz night: on what date did the mayor open it, and with whom?" asks
    from "on what" on: the preposition goes with its question word."""
    asked = focus("question for our quiz night: on what date did the mayor open it, and with whom?")
    assert asked == "on what date did the mayor open it, and with whom?"


def test_a_verb_with_li_after_a_story_asks() -> None:
    """ "…sa devojkom, treba li nam propusnica?": a verb and "li" open a yes/no question as
    "da li" does, so the story before the comma is set aside."""
    assert focus("idem na leto u Beč sa devojkom, treba li nam propusnica za most?") == (
        "treba li nam propusnica za most?"
    )


@pytest.mark.parametrize(
    ("message", "claim"),
    [
        (
            "my neighbour says the bridge is free, i say it costs money. what does it cost?",
            "the bridge is free",
        ),
        (
            "Сосед говорит, что мост бесплатный, а я думаю, что платный. Сколько он стоит?",
            "мост бесплатный",
        ),
        (
            "Komšija kaže da je most besplatan, ali ja mislim da se plaća. Koliko košta?",
            "je most besplatan",
        ),
    ],
)
def test_the_claim_to_check_ends_where_the_askers_own_begins(message: str, claim: str) -> None:
    """ "…says the bridge is free, i say it costs money": the reported claim is checked, not the
    asker's own competing one after the comma."""
    assert reported_claim(message) == claim


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "Mama ide u Astanu. Treba li joj viza. Piše li išta o tome?",
            "Treba li joj viza Piše li išta o tome?",
        ),
        (
            "Коллега спорит со мной. Говорит, что визы отменили. Что в статье об этом сказано?",
            "Говорит, что визы отменили Что в статье об этом сказано?",
        ),
    ],
)
def test_a_sentence_asking_only_what_is_said_about_that_asks_the_one_before(
    message: str, asked: str
) -> None:
    """ "Piše li išta o tome?" asks about what the sentence before it says."""
    assert focus(message) == asked


def test_a_sentence_pointing_back_that_asks_who_asks_by_itself() -> None:
    """ "Кто об этом сообщил?" asks who reported it, a question of its own."""
    assert focus("Не хочу репостить фейк. Кто об этом сообщил?") == "Кто об этом сообщил?"


@pytest.mark.parametrize(
    "opener", ["im wondering", "i'm wondering", "just curious", "id like to know", "i wanna know"]
)
def test_an_everyday_asking_opener_starts_what_is_asked(opener: str) -> None:
    """ "…firm in novi sad and im wondering if the talks covered logistics?": the question
    starts after "im wondering" (typed without its apostrophe, or as "just curious", "i wanna
    know"), so the story's place is no place asked about."""
    message = (
        f"i run a small trucking firm in novi sad and {opener} if the talks covered logistics?"
    )
    assert focus(message) == "if the talks covered logistics?"


@pytest.mark.parametrize(
    "message",
    [
        "kaže da je kazahstan zainteresovan za naše tehnologije, koje tačno, za vojsku?",
        "говорят, казахстан хочет перенять технологии, какие именно?",
        "he said they want to learn from serbian tech, which exactly?",
    ],
)
def test_which_exactly_after_a_comma_asks_about_what_came_before(message: str) -> None:
    """ "…our technologies, which exactly?": the choosing word points at what the sentence
    named, so the whole sentence asks — not a question of its own ("for the army?")."""
    assert focus(message) is None


def test_serbian_odakle_asks_so_a_clause_after_it_is_no_question_of_its_own() -> None:
    """ "Odakle je ova vest, ko je saopštio?": "odakle" (from where) asks, so the clause after
    the comma is not read as a question after a story — the whole sentence asks."""
    assert focus("odakle je ova vest, ko je saopštio?") is None


@pytest.mark.parametrize(
    "message",
    [
        "Marko kaže da most i tunel mogu biti gotovi na kakve praznike?",
        "марко каже да мост и тунел могу бити готови на какве празнике?",
    ],
)
def test_a_which_word_after_a_preposition_in_any_case_asks_about_the_whole_sentence(
    message: str,
) -> None:
    """ "…na *kakve* praznike?" (in either script): the sentence asks, not from "which" on."""
    assert focus(message) is None


def test_a_which_after_a_dash_and_its_preposition_asks_about_the_clause_before() -> None:
    """ "the mayor praised the bridge — in what terms exactly?": the clause before the dash is
    what the which-question asks about, so it is kept."""
    asked = (
        "the mayor of our town praised the new bridge project at the council meeting"
        " — in what terms exactly?"
    )
    assert focus(f"we argue at work. {asked}") == asked


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("who opened the debate lol i joined late", "who opened the debate lol"),
        ("хаха а кто открыл дебаты", "а кто открыл дебаты"),
    ],
)
def test_a_chat_laugh_ends_a_sentence(message: str, asked: str) -> None:
    """ "lol", "хаха" end a sentence as an emoji does: the story after (or before) it is set
    aside."""
    assert focus(message) == asked


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "Most su otvorili u Novom Sadu, jel tako? Pišem sastav i ne bih da pogrešim.",
            "Most su otvorili u Novom Sadu, jel tako?",
        ),
        (
            "the mayor opened it in june, right? my cousin keeps saying so at every dinner",
            "the mayor opened it in june, right?",
        ),
    ],
)
def test_a_claim_tag_after_a_comma_asks_the_whole_statement(message: str, asked: str) -> None:
    """ "…u Novom Sadu, jel tako?": the tag checks the statement before its comma; it is no
    question of its own that makes the statement a story."""
    assert focus(message) == asked


def test_a_question_after_a_dash_pointing_back_keeps_what_it_points_at() -> None:
    """ "Quick question for my notes: the mayor mentions a fund - what is it called?": "it" is
    the fund named before the dash, so the clause naming it is asked too; the preamble isn't."""
    message = "Quick question for my notes: the mayor mentions a fund - what is it called?"
    assert focus(message) == "the mayor mentions a fund - what is it called?"


def test_a_story_after_a_question_pointing_back_reports_no_claim_to_check() -> None:
    """ "…the bridge was closed last year. Is that true? Asking because my coworker keeps
    quoting it." checks what came before the question; the coworker quoting it is why the
    asker asks, not the claim."""
    message = (
        "I read that the bridge was closed last year. Is that true? "
        "Asking because my coworker keeps quoting it in meetings."
    )
    assert reported_claim(message) is None


def test_a_story_before_a_colon_asks_nothing() -> None:
    """ "random thought while doing the dishes: did they approve the bridge at all?": the
    story before the colon is left out as one before a comma is."""
    message = "random thought while doing the dishes: did they approve the bridge at all?"
    assert focus(message) == "did they approve the bridge at all?"


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("bot, who was in belgrade?", "who was in belgrade?"),
        ("ok bote ko je bio?", "ko je bio?"),
        ("who did he meet, bot?", "who did he meet?"),
        ("who met him? my money's on dacic tbh. bot?", "who met him? my money's on dacic tbh."),
        ("are you a bot?", "are you a bot?"),
        ("is this bot reliable", "is this bot reliable"),
        ("bot?", "bot?"),
    ],
)
def test_the_bot_addressed_at_either_end_is_left_out(message: str, asked: str) -> None:
    """The bot named first or last is the one addressed, not what is asked about; "a bot",
    "this bot" and a message of nothing else speak of it and stay as typed."""
    from bot.lang.clauses import without_address

    assert without_address(message) == asked


def test_a_sentence_of_nothing_but_the_bot_named_starts_nothing() -> None:
    """ "who's the defence guy he met? my money's on dacic tbh. bot?": the last sentence only
    names the bot, so what is asked does not start there (it would be the small talk of
    "bot?"): the question before it is kept."""
    asked = focus("who's the defence guy he met? my money's on dacic tbh. bot?")
    assert asked is not None
    assert asked.startswith("who's the defence guy he met?")


def test_a_russian_indefinite_typed_without_its_hyphen_asks_nothing() -> None:
    """ "Он Сербию как назвал, какой страной? Я что то путаю опять": "что то" is "что-то"
    (something) as chat types it, so the last sentence asks nothing and the question before
    it is what is asked; Serbian "gde to piše" still asks where."""
    assert focus("Он мост как назвал, каким словом? Я что то путаю опять") == (
        "Он мост как назвал, каким словом?"
    )
    assert question_kind(fold("я что то путаю")) == "what"
    assert question_kind(fold("gde to piše")) == "where"


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("kada i sa kim se sastao", ("kada se sastao", "sa kim se sastao")),
        ("when and with whom did he meet", ("when did he meet", "with whom did he meet")),
        ("когда и с кем встречался", ("когда встречался", "с кем встречался")),
        ("koji datum i kod koga je bio", ("koji datum", "kod koga je bio")),
        ("who and when", None),
    ],
)
def test_two_question_words_joined_share_what_follows(
    question: str, parts: tuple[str, str] | None
) -> None:
    """ "kada i sa kim se sastao": two question words joined ask two questions of the same
    rest ("when did he meet", "with whom did he meet"), both answered; "kod koga" opens the
    second part as "sa kim" does."""
    assert joined(question) == parts


@pytest.mark.parametrize(
    "message",
    [
        "My cousin says there is a visa-free regime for citizens — between which countries?",
        "Соглашение о безвизовом режиме, о котором пишут, — между кем и кем?",
    ],
)
def test_a_clause_after_a_dash_opening_with_a_preposition_continues_the_one_before(
    message: str,
) -> None:
    """ "…a visa-free regime — between which countries?": the clause after the dash is
    elliptic, it asks about what the clause before names; nor does a relative clause after a
    comma ("…, о котором пишут, …") ask by itself."""
    assert focus(message) is None


def test_a_serbian_which_after_its_preposition_still_asks() -> None:
    """Serbian "којим" is "which" as well as a relative word: "сарадњу у којим областима су
    договорили" asks, unlike Russian "о котором", which only relates."""
    assert focus("сарадњу у којим областима су договорили, питам за школу") == (
        "сарадњу у којим областима су договорили"
    )


def test_a_polite_request_to_tell_opens_the_question_after_a_story() -> None:
    """ "My eyes are not what they used to be, so could you kindly tell me which…": the
    question begins after the request, not at the story's "what"."""
    message = (
        "my eyes are not what they used to be, so could you kindly tell me who opened the debate?"
    )
    assert focus(message) == "who opened the debate?"


def test_saying_yes_to_something_is_no_claim_reported() -> None:
    """ "the mayor said yes to the bridge. did he sign it?": "said yes to" tells what he
    answered, so no claim follows it; "said no one came" and "said that…" still report one,
    and so does Serbian "kaže da…" (that)."""
    assert reported_claim("the mayor said yes to the new bridge plan. did he sign it?") is None
    assert reported_claim("my aunt said no one came to the opening. true?") == (
        "no one came to the opening"
    )
    assert reported_claim("Komšija kaže da je most koštao milion. Tačno?") == (
        "je most koštao milion"
    )
    assert (
        reported_claim("my uncle said the bridge cost ten million. is that right?")
        == "the bridge cost ten million"
    )


def test_a_helper_word_reports_only_before_a_hearsay_verb() -> None:
    """ "my cousin keeps asking me" reports no claim (he asks, no one says anything), while
    "my uncle keeps saying…" reports what follows "saying"."""
    assert reported_claim("how much did the bridge cost? my cousin keeps asking me") is None
    told = reported_claim("my dad keeps telling me the bridge cost a million. true?")
    assert told is not None
    assert told.endswith("the bridge cost a million")
    assert (
        reported_claim("my uncle keeps saying the bridge cost a million. true?")
        == "the bridge cost a million"
    )


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "The mayor opened the ____ bridge. What's the missing word?",
            "the mayor opened the bridge",
        ),
        (
            "the debate was held in the ___ hall, what word is missing",
            "the debate was held in the hall",
        ),
        ("the new ___ bridge... whats the other word", "the new bridge"),
        ("мэр открыл ___ мост, какое слово пропущено?", "мэр открыл мост"),
        ("gradonačelnik je otvorio ___ most, koja reč nedostaje?", "gradonačelnik je otvorio most"),
    ],
)
def test_a_blank_to_fill_is_what_a_quiz_asks(message: str, asked: str) -> None:
    """A quiz's sentence with a blank is what it asks, not its "what's the missing word" (which
    would ask for nobody's words)."""
    words = re.findall(r"\w+", without_cloze_asking(message.casefold()))
    assert words == asked.casefold().split()
    assert "word" not in (focus(message) or "").casefold()


def test_asking_for_the_word_without_a_blank_is_kept() -> None:
    """ "what's the word on the bridge" asks for news: with no blank, nothing is dropped."""
    assert without_cloze_asking("what's the word on the bridge") == "what's the word on the bridge"


def test_a_year_ending_a_sentence_read_in_lower_case_still_ends_it() -> None:
    """A message read in lower case ("…around 2026. does the article say…") keeps the year's
    full stop where a question opens after it; an ordinal ("29. novembra") keeps none."""
    assert split_sentences(
        "we might open a facility around 2026. does the article say anything about investment?"
    ) == [
        "we might open a facility around 2026.",
        "does the article say anything about investment?",
    ]
    assert split_sentences("bio je 29. novembra u beogradu. ko je bio tamo?") == [
        "bio je 29 novembra u beogradu.",
        "ko je bio tamo?",
    ]


def test_a_quoted_phrase_of_several_words_is_found_in_any_quotes() -> None:
    """ "'high level of cooperation between the countries'", “…”, «…» are quoted phrases; an
    apostrophe inside a word ("don't") or a quoted term of fewer than three words is not."""
    assert quoted_phrases(
        "a student asked who talked about the 'high level of cooperation between the "
        "countries'. I don't know. Who said that?"
    ) == ("high level of cooperation between the countries",)
    assert quoted_phrases("он сказал «так далее и тому подобное», a 'EEU' thing") == (
        "так далее и тому подобное",
    )


def test_a_short_guess_before_a_question_asking_for_more_is_not_asked() -> None:
    """ "who did he meet? the president? and who else?": the guess between the question and
    the one asking for more is set aside; a guess alone at the end is the list rule's."""
    assert focus("my kid asked me. who did he meet? the president? and who else?") == (
        "who did he meet? and who else?"
    )


def test_a_date_range_or_pair_is_no_sentence_break_in_any_language() -> None:
    """ "od 28. do 30. novembra", "29. i 30. novembra", "29. и 30. ноября": Serbian "do" and
    "i", Russian "и" are no English "do" or "I" opening a question."""
    assert split_sentences("bio je od 28. do 30. novembra u beogradu") == [
        "bio je od 28 do 30 novembra u beogradu"
    ]
    assert split_sentences("29. i 30. novembra") == ["29 i 30 novembra"]
    assert split_sentences("29. и 30. ноября") == ["29 и 30 ноября"]


def test_quoted_phrases_keep_apostrophes_and_curly_single_quotes() -> None:
    """ "'Serbia is Kazakhstan's reliable partner'" keeps its apostrophe; ‘…’ quotes too."""
    assert quoted_phrases("who said 'Serbia is Kazakhstan's reliable partner' there?") == (
        "Serbia is Kazakhstan's reliable partner",
    )
    assert quoted_phrases("who said ‘high level of cooperation’ first?") == (
        "high level of cooperation",
    )


@pytest.mark.parametrize(
    "message",
    [
        "ministri spoljnih poslova su se dogovorili da pojacaju saradnju po kom sporazumu",
        "министры иностранных дел договорились усилить сотрудничество по какому соглашению",
        "the foreign ministers agreed to step up their cooperation under which agreement",
        "the intergovernmental negotiations he held in Belgrade focused on which two areas",
    ],
)
def test_a_sentence_ending_in_a_preposition_which_and_its_noun_asks_about_itself(
    message: str,
) -> None:
    """ "…agreed to step up cooperation *po kom sporazumu*": the sentence after a story asks
    about what it says, not "which agreement" alone."""
    assert focus(f"I read the article yesterday. {message}?") == f"{message}?"


def test_a_bare_request_for_help_asks_what_the_sentence_before_says() -> None:
    """ "I need the date of the visit for my report. Can you help me?": with no question
    before it, the request is for what the sentence before it states."""
    assert focus("I need the date of the visit for my report. Can you help?") == (
        "I need the date of the visit for my report"
    )


def test_a_which_after_a_comma_asks_a_second_question() -> None:
    """ "…they met the serbian side, with which officials?": after a comma the preposition and
    "which" open a question of their own, not the end of the sentence before."""
    message = (
        "so my friend and I were talking about it last night, they met the serbian side, with "
        "which officials?"
    )
    assert focus(message) == "which officials?"


def test_when_after_a_noun_before_its_clauses_subject_asks_no_time() -> None:
    """ "a quote from the mayor when he opened the debate?" asks for the quote: "when" joins
    the clause after "mayor"; a question opening with "when", or "the date when…", asks when."""
    assert question_kind(fold("a quote from the mayor when he opened the debate?")) == "what"
    assert question_kind(fold("when he opened the debate?")) == "when"
    assert question_kind(fold("the date when they met")) == "when"
    assert question_kind(fold("info when the bridge opened?")) == "when"


def test_a_claim_the_article_reports_is_the_articles_own() -> None:
    """ "the article also says…" reports the article's own claim; "my aunt watched the news and
    said…" reports the aunt's, whatever her story names; a message without a claim has none."""
    assert reported_by_the_article("the article also says the bridge cost a million. who paid?")
    assert not reported_by_the_article(
        "my aunt watched the news and said the bridge cost a million. who paid?"
    )
    assert not reported_by_the_article("who paid for the bridge?")
