"""Text normalization: one pipeline for questions and the fact base."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from bot.lang.normalize import (
    Normalizer,
    clean,
    detect_language,
    fold,
    question_kind,
    tokenize,
)

TEXT = st.text(max_size=300)


@given(TEXT)
@example("4TÒ")  # chat letters are read again once fold strips the mark
def test_clean_and_fold_are_idempotent(text: str) -> None:
    """Cleaning or folding twice gives what cleaning or folding once gives."""
    assert clean(clean(text)) == clean(text)
    assert fold(fold(text)) == fold(text)


@settings(max_examples=200)
@given(st.text(max_size=4096))
def test_analyze_never_raises(text: str) -> None:
    """Any text, control characters and all, can be analyzed."""
    analysis = Normalizer([{"vucic": ("Vučić", "Вучић")}]).analyze(text)
    assert analysis.lang in ("en", "ru", "sr")
    assert len(analysis.tokens) == len(analysis.surfaces)


def test_diacritics_case_and_script_fold_to_one_form() -> None:
    """Vučić, VUCIC and Вучић are the same word after folding."""
    assert fold("Vučić") == fold("VUCIC") == fold("Вучић") == "vucic"


def test_typographic_quotes_and_dashes_become_ascii() -> None:
    """Curly quotes and long dashes are unified with their ASCII forms."""
    assert clean("“Nurtleu’s” — visit") == '"nurtleu\'s" - visit'


def test_know_how_asks_no_how() -> None:
    """ "Know-how" is one word, expertise: "…offering its own know-how to the serbs?" has no
    question word "how" to start a question at; other hyphens stay."""
    from bot.lang.clauses import focus

    assert clean("its own Know-How") == "its own knowhow"
    assert clean("military-technical") == "military-technical"
    assert focus("the farming deal - they were offering know-how to the serbs?") is None


def test_invisible_and_control_characters_are_dropped() -> None:
    """Zero-width, bidi and NUL characters do not split or join words."""
    assert clean("Vu\u200bčić\u202e\x00 visit") == "vučić visit"


def test_possessives_and_contractions_are_undone() -> None:
    """ "Kazakhstan's" meets "Kazakhstan", and "didn't" is "did not"."""
    assert tokenize("kazakhstan's trade didn't grow") == [
        "kazakhstan",
        "trade",
        "did",
        "not",
        "grow",
    ]


def test_a_shortened_month_beside_a_days_number_is_the_month() -> None:
    """ "Nov. 29" and "29 nov" name November; "novi" (Serbian: new) and a small ordinal are
    left as typed, and a day's ordinal is its number."""
    assert tokenize("on nov. 29") == ["on", "november", "29"]
    assert tokenize("29 nov right") == ["29", "november", "right"]
    assert tokenize("novi sad") == ["novi", "sad"]
    assert tokenize("the 2nd meeting on the 29th") == ["the", "2nd", "meeting", "on", "the", "29"]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("is trade like 70m or more", ["is", "trade", "like", "70", "million", "or", "more"]),
        ("was it 2bn", ["was", "it", "2", "billion"]),
        ("what r they talkin about", ["what", "r", "they", "talking", "about"]),
        ("admin origin", ["admin", "origin"]),
    ],
)
def test_a_run_together_magnitude_and_a_dropped_g_are_read(typed: str, read: list[str]) -> None:
    """ "70m" is 70 million and "2bn" 2 billion; "talkin" is "talking" — but only verbs drop
    their "g": "admin" and "origin" stay."""
    assert tokenize(typed) == read


def test_decimal_numbers_stay_whole_and_commas_become_points() -> None:
    """$73.8 and 73,8 are the same number token."""
    assert tokenize(clean("$73.8 million")) == ["73.8", "million"]
    assert tokenize(clean("73,8 млн")) == ["73.8", "млн"]


def test_plural_and_possessive_meet_the_singular() -> None:
    """ "agreements" and "agreement's" stem to the same form as "agreement"."""
    normalizer = Normalizer()
    forms = {normalizer.analyze(text).tokens for text in ("agreements", "agreement's", "agreement")}
    assert len(forms) == 1


def test_aliases_map_every_spelling_to_the_canonical_name() -> None:
    """Aliases in any script and inflection map to their canonical name."""
    normalizer = Normalizer([{"eeu": ("EEU", "Eurasian Economic Union", "ЕАЭС")}])
    for text in ("the Eurasian Economic Union", "EEU", "ЕАЭС"):
        assert normalizer.analyze(text).tokens == ("eeu",), text


def test_stop_words_are_dropped() -> None:
    """Function words of all three languages carry no topic."""
    assert Normalizer().analyze("what is the trade of them").tokens == ("trade",)
    assert Normalizer().analyze("Кто это был?").tokens == ()


def test_languages_are_detected_from_script_and_words() -> None:
    """English, Russian and Serbian (both scripts) are told apart."""
    assert detect_language(clean("Who visited Belgrade?")) == "en"
    assert detect_language(clean("Кто посетил Белград?")) == "ru"
    assert detect_language(clean("Ко је посетио Београд?")) == "sr"
    assert detect_language(clean("Ko je posetio Beograd?")) == "sr"
    assert detect_language(clean("Šta su potpisali?")) == "sr"


def test_a_keyword_message_naming_a_date_asks_when() -> None:
    """ "bridge opening date", "дата открытия", "datum otvaranja": no question word, a date word."""
    for message in ("bridge opening date", "дата открытия моста", "datum otvaranja mosta"):
        assert question_kind(fold(message)) == "when", message
    assert question_kind(fold("bridge opening")) == "what"


def test_a_word_is_not_known_by_a_stem_too_short_to_tell_it() -> None:
    """A synonym another language's stemmer cuts to two letters (Serbian "boost" -> "bo")
    doesn't make a typo like "бо" (for "био") a mention of it."""
    normalizer = Normalizer([{"step_up": ("boost",)}])
    assert "step_up" not in normalizer.analyze("када је бо састанак").tokens
    assert "step_up" in normalizer.analyze("did they boost trade").tokens


def test_question_kinds_are_read_from_question_words() -> None:
    """Question words reveal what kind of answer is wanted."""
    cases = {
        "who did he meet": "who",
        "when was it": "when",
        "in which year did it happen": "year",
        "how long did the trip take": "duration",
        "at what time did they meet": "time",
        "how much is the trade": "amount",
        "where did he go": "where",
        "why does it matter": "why",
        "did they sign anything": "yesno",
        "what was signed": "what",
        "which country's technology": "what",
        # Whose president, not a place; "from which country" is where one is from.
        "he is president of which country": "who",
        "was the visit 2 days or 3 days long": "duration",
        "from which country is he": "where",
        "сколько стоит": "amount",
        "kada je bila poseta": "when",
    }
    for question, kind in cases.items():
        assert question_kind(fold(question)) == kind, question


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("was the mayor in the hall when the bridge opened", "yesno"),
        ("da li je gradonačelnik bio tu kada su otvorili most", "yesno"),
        ("did they say when the bridge opens", "when"),
        ("do you know where the bridge is", "where"),
        ("was it built in May, and when did it open", "when"),
        ("wasn't it the mayor who opened it", "who"),
    ],
)
def test_a_when_in_a_yes_no_question_joins_clauses_unless_something_is_known_or_said(
    question: str, kind: str
) -> None:
    """A bare when/where in a yes/no question asks only after a word of knowing or telling, or before its own opening."""
    assert question_kind(fold(question)) == kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what was his quote when he met the president", "what"),
        ("who did he meet when he was there", "who"),
        ("did he say when they meet again", "when"),
        ("is it true what they say", "yesno"),
        ("what exact date did they meet", "when"),
        ("что он сказал когда приехал", "what"),
        ("šta je rekao kad je došao", "what"),
        ("kog tačno dana ide u astanu", "when"),
        ("what's the name of the kazakh minister", "who"),
        ("what was the reason why they met", "why"),
        ("какого именно числа была встреча", "when"),
        ("в какой день была встреча", "when"),
        ("о којим везама су причали кад је споменут безвизни режим", "what"),
        ("о каких связях говорили, когда упомянули безвизовый режим", "what"),
    ],
)
def test_the_first_question_word_decides_the_kind(question: str, kind: str) -> None:
    """A question word inside a later clause ("when he met") does not decide the kind."""
    assert question_kind(fold(question)) == kind


def test_a_keyword_message_naming_a_date_or_month_asks_when_but_not_a_period() -> None:
    """ "kz fm belgrade trip month" asks when, as "visit date" does; "trade last month" names a
    period, the month whose trade is asked."""
    assert question_kind(fold("kz fm belgrade trip month")) == "when"
    assert question_kind(fold("visit date")) == "when"
    assert question_kind(fold("trade last month")) == "what"


def test_the_last_sentence_with_a_question_word_decides_the_kind() -> None:
    """In "who's right? how much did it grow" the last question is what is asked."""
    assert question_kind(fold("who's right? how much did it grow")) == "amount"
    assert question_kind(fold("when was it? thanks a lot")) == "when"
    assert question_kind(fold("hi there. did they sign anything")) == "yesno"


def test_a_yes_no_opening_after_a_filler_word_still_asks_yes_or_no() -> None:
    """ "so is he going…", "pa da li…", "and did they…" ask yes or no; "so what…" asks what."""
    assert question_kind(fold("so is vucic going to kazakhstan or nah")) == "yesno"
    assert question_kind(fold("pa da li je potpisano")) == "yesno"
    assert question_kind(fold("and did they sign")) == "yesno"
    assert question_kind(fold("so what did they sign")) == "what"


def test_exclusion_clause_is_not_what_is_asked() -> None:
    """ "Besides X, what else" drops X from the question's words."""
    assert (
        "military"
        not in Normalizer([{"military": ("army",)}])
        .analyze("besides the army stuff, what else do they cooperate on?")
        .tokens
    )


@pytest.mark.parametrize(
    "question",
    [
        "did the mayor open only the bridge of petrova or others too",
        "did he meet only Petrova or anyone else",
        "did he only see Petrova or othr ppl too",
        "was it only petrova he met or were there other people too",
        "он встречался только с Петровой или ещё с кем-то",
        "da li se sastao samo sa Petrovom ili još sa nekim",
        "my uncle thinks he only met petrova and nobody else",
        "сосед говорит, что он встречался только с Петровой и больше ни с кем",
        # Typed in Latin letters, "tolko"/"bolshe" read back without their soft sign.
        "сосед говорит, что он встречался толко с Петровой и болше ни с кем",
        "komšija kaže da se sastao samo sa Petrovom i ni sa kim drugim",
    ],
)
def test_only_the_one_named_or_others_asks_about_the_others(question: str) -> None:
    """ "Only Petrova or others too" asks who else, and "only Petrova and nobody else" claims
    whom: the name named and its person words go, the rest of the question stays."""
    normalizer = Normalizer(
        [{"petrova": ("Petrova", "Петрова", "Petrovom", "Петровой")}, {"meet": ("met",)}],
        names=("petrova",),
    )
    tokens = normalizer.analyze(question).tokens
    assert "petrova" not in tokens
    assert tokens


def test_others_described_after_only_the_one_named_are_who_is_asked_about() -> None:
    """ "…only Petrova or other local officials too" asks whom he met, as "or other people
    too" does: a word describing the others goes with them."""
    normalizer = Normalizer(
        [{"petrova": ("Petrova",)}, {"meet": ("met",)}],
        names=("petrova",),
    )
    assert normalizer.analyze("did he meet only petrova or other local officials too").tokens == (
        "meet",
    )


@pytest.mark.parametrize(
    "question",
    [
        "did they meet only Petrova?",
        "они встречались только с Петровой?",
        "sastali su se samo sa Petrovom?",
    ],
)
def test_only_one_named_in_a_yes_no_question_asks_whom(question: str) -> None:
    """ "Did they meet only Petrova?" asks whom they met: the one named is a guess the answer
    puts right; "only … or also …" still asks about the second."""
    normalizer = Normalizer(
        [{"petrova": ("Petrova", "Петровой", "Petrovom")}, {"meet": ("met", "meet")}],
        names=("petrova",),
        people=("petrova",),
    )
    assert "petrova" not in normalizer.analyze(question).tokens


def test_only_something_that_names_no_person_stays_asked() -> None:
    """ "is the bridge open only to Lakeside?" names a place, no person: it is still asked."""
    normalizer = Normalizer(
        [{"petrova": ("Petrova",), "lakeside": ("Lakeside",)}],
        names=("petrova", "lakeside"),
        people=("petrova",),
    )
    assert "lakeside" in normalizer.analyze("is the bridge open only to Lakeside?").tokens


def test_only_a_synonym_before_or_others_stays() -> None:
    """A synonym of the fact base is no name: "did they only meet or more people" keeps it."""
    normalizer = Normalizer([{"petrova": ("Petrova",)}, {"meet": ("met",)}], names=("petrova",))
    assert "meet" in normalizer.analyze("did they only meet Petrova or more people").tokens


def test_a_possessive_typed_without_its_apostrophe_is_the_name() -> None:
    """ "petrovas plan" is Petrova's plan; a word that only ends like a name is not."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer([{"petrova": ("Petrova",)}])
    assert normalizer.analyze("petrovas plan").tokens[0] == "petrova"
    assert "petrova" not in normalizer.analyze("apetrovas plan").tokens


def test_a_person_described_not_named_gets_their_name() -> None:
    """ "the lakeside bridge boss" holds a word of each group of Petrova's description (the
    synonym "boss" is "mayor"): her name is added after them; too far apart, it is not."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer(
        [{"petrova": ("Petrova",), "lakeside": ("Lakeside", "lakesider")}, {"mayor": ("boss",)}],
        descriptions={"petrova": [[["lakeside"], ["mayor", "head of the town"]]]},
        description_span=4,
    )
    assert normalizer.analyze("what did the lakeside boss say").tokens == (
        "lakeside",
        "mayor",
        "petrova",
        "say",
    )
    assert "petrova" in normalizer.analyze("lakesider head of the town?").tokens
    far = "lakeside people were at the fair and the mayor spoke"
    assert "petrova" not in normalizer.analyze(far).tokens
    assert normalizer.analyze("what did petrova the lakeside boss say").tokens.count("petrova") == 1


def test_a_concept_between_a_descriptions_groups_breaks_it() -> None:
    """ "which mayor was met by the lakesider": the one from Lakeside is who met, not a
    Lakeside mayor (the concept "meet" stands between); "the mayor of lakeside" still names
    Petrova."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer(
        [{"petrova": ("Petrova",), "lakeside": ("Lakeside", "lakesider")}, {"meet": ("met",)}],
        descriptions={"petrova": [[["lakeside"], ["mayor"]]]},
        description_span=4,
    )
    assert "petrova" not in normalizer.analyze("which mayor was met by the lakesider").tokens
    assert "petrova" in normalizer.analyze("what did the mayor of lakeside say").tokens


def test_a_person_only_described_is_told_from_one_named() -> None:
    """ "is Novak the lakeside boss?" names Novak and describes Petrova: only Petrova is told
    as described (the post claimed); "is Petrova the lakeside boss" describes no one new."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer(
        [{"petrova": ("Petrova",), "novak": ("Novak",)}, {"mayor": ("boss",)}],
        names=("petrova", "novak"),
        descriptions={"petrova": [[["lakeside"], ["mayor"]]]},
        description_span=4,
    )
    assert normalizer.analyze("is Novak the lakeside boss?").described == ("petrova",)
    assert normalizer.analyze("is Petrova the lakeside boss?").described == ()


def test_a_word_two_descriptions_share_is_taken_by_the_nearer() -> None:
    """ "the hillside mayor visited lakeside": the mayor is Hillside's (Novak), one word away,
    not Lakeside's (Petrova), three away; with only Lakeside near, she is Petrova."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer(
        [{"petrova": ("Petrova",), "novak": ("Novak",)}],
        descriptions={
            "petrova": [[["lakeside"], ["mayor"]]],
            "novak": [[["hillside"], ["mayor"]]],
        },
        description_span=4,
    )
    tokens = normalizer.analyze("when did the hillside mayor visit lakeside").tokens
    assert "novak" in tokens
    assert "petrova" not in tokens
    assert "petrova" in normalizer.analyze("when did the lakeside mayor speak").tokens


def test_jel_opens_a_serbian_yes_no_question_and_carries_no_meaning() -> None:
    """ "jel" is a question particle, not "jeli" (they ate): it is dropped and asks yes or no."""
    analysis = Normalizer().analyze("jel vučić pozvan negde", lang="sr")
    assert analysis.kind == "yesno"
    assert "jel" not in analysis.tokens


@pytest.mark.parametrize(
    ("text", "lang", "dropped"),
    [
        ("ok random q but did tourism come up", "en", ("random", "q")),
        ("бабки в торговле между ними", "ru", ("nim",)),
        ("ajde kaži mi kad je bio taj sastanak", "sr", ("ajd", "kaz")),
    ],
)
def test_chat_filler_carries_no_meaning(text: str, lang: str, dropped: tuple[str, ...]) -> None:
    """Filler ("random q", "ними", "ajde kaži") is no word of the question."""
    tokens = Normalizer().analyze(text, lang=lang).tokens
    assert not set(dropped) & set(tokens), tokens


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("did they open the bridge or was it just speeches and photos", "did they open the bridge"),
        ("открыли мост или это просто слухи", "открыли мост"),
        ("da li su otvorili most ili je to samo priča", "da li su otvorili most"),
    ],
)
def test_the_second_alternative_of_a_yes_no_question_is_a_contrast(
    question: str, asked: str
) -> None:
    """ "…or was it just photos": the question is about the first alternative."""
    from bot.lang.normalize import _drop_exclusions

    assert _drop_exclusions(question).split() == asked.split()


def test_besides_as_typed_in_a_hurry_still_excludes() -> None:
    """ "besdies", "bsides", "exept": the excluded topic goes all the same."""
    from bot.lang.normalize import _drop_exclusions

    for typed in ("besdies", "bsides", "besides", "exept", "except"):
        assert _drop_exclusions(f"who {typed} dacic did he meet").split() == [
            "who",
            "did",
            "he",
            "meet",
        ]


def test_an_exclusion_drops_its_topic_and_the_question_goes_on() -> None:
    """ "Besides tourism and education" drops the listed topic; after it, a function word or
    a third word starts the question again: "кроме двустороннего формата они
    взаимодействуют" still asks about interacting, "besides Dacic did he meet" about meeting."""
    from bot.lang.normalize import _drop_exclusions

    assert _drop_exclusions("besides tourism and education, what else").split() == ["what", "else"]
    kept = _drop_exclusions("где кроме двустороннего формата они взаимодействуют").split()
    assert kept == ["где", "они", "взаимодействуют"]
    assert _drop_exclusions("who besides dacic did he meet").split() == ["who", "did", "he", "meet"]


def test_a_past_tense_verb_after_an_excluded_topic_starts_the_question_again() -> None:
    """ "Какие сферы кроме военной обсуждали?": Russian and Serbian put the verb right after the
    excluded topic, with no auxiliary between; its past-tense ending ends the topic, so the
    talk is still asked about while the military is set aside."""
    from bot.lang.normalize import _drop_exclusions

    kept = _drop_exclusions("какие сферы кроме военной обсуждали с президентом").split()
    assert kept == ["какие", "сферы", "обсуждали", "с", "президентом"]
    kept = _drop_exclusions("koje oblasti osim vojne razgovarali sa predsednikom").split()
    assert kept == ["koje", "oblasti", "razgovarali", "sa", "predsednikom"]


def test_a_stop_word_is_a_name_only_as_spelled() -> None:
    """Serbian "kaže" (says) stems like Russian "казах": as a stop word it names nobody, while
    "казахи" still names the Kazakhs by its stem."""
    normalizer = Normalizer([{"kazakhstan": ("Казах", "Kazakhstan")}])
    assert "kazakhstan" not in normalizer.analyze("šta kaže predsednik").tokens
    assert "kazakhstan" in normalizer.analyze("казахи приезжали").tokens


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("what were the talks actually about", "en"),
        ("говорили вообще о торговле", "ru"),
        ("razgovarali zapravo o trgovini", "sr"),
    ],
)
def test_words_of_emphasis_do_not_break_a_phrase(text: str, lang: str) -> None:
    """A filler between the words of a phrase ("talks actually about", "говорили вообще о")
    doesn't hide the phrase: it is read as without the filler."""
    normalizer = Normalizer([{"discuss": ("talks about", "говорили о", "razgovarali o")}])
    assert "discuss" in normalizer.analyze(text, lang=lang).tokens


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("who's right?", "en"),
        ("that's wrong, right?", "en"),
        ("кто прав?", "ru"),
        ("это правда?", "ru"),
        ("ko je u pravu?", "sr"),
    ],
)
def test_asking_who_is_right_names_nothing(text: str, lang: str) -> None:
    """ "Кто прав?", "ko je u pravu?" ask to settle the claim before them, like "who's
    right?": no word of their own that a fact or gap could match ("прав" is no "правила")."""
    assert Normalizer().analyze(text, lang=lang).tokens == ()


def test_serbian_more_is_no_visa() -> None:
    """Serbian "više" (more) stems as "visa" does under the Serbian stemmer: it is read as the
    common word it is, and "viza" still as the visa."""
    normalizer = Normalizer([{"visa": ("visa", "viza", "vize")}])
    assert "visa" not in normalizer.analyze("koliko više trguju", lang="sr").tokens
    assert "visa" in normalizer.analyze("da li treba viza", lang="sr").tokens


def test_a_word_for_a_person_in_a_description_is_the_person() -> None:
    """ "the lakeside diplomat" is Petrova: her name replaces the word for a person
    ("diplomat"), which is no subject of its own; a word the fact base names as a concept
    ("mayor") stays."""
    normalizer = Normalizer(
        [{"petrova": ("Petrova",), "lakeside": ("Lakeside",)}, {"mayor": ("boss",)}],
        descriptions={"petrova": [[["lakeside"], ["mayor", "diplomat"]]]},
    )
    assert normalizer.analyze("who is the lakeside diplomat").tokens == ("lakeside", "petrova")
    assert normalizer.analyze("who is the lakeside boss").tokens == (
        "lakeside",
        "mayor",
        "petrova",
    )


def test_a_word_for_a_person_in_another_case_is_dropped_from_a_description() -> None:
    """ "визит озёрского министра" (genitive) describes Petrova as "озёрский министр" does:
    her name is added and the word for a person, in any case, is no word of the question."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer(
        [{"petrova": ("Petrova",), "lakeside": ("озёрский", "озёрского")}],
        descriptions={"petrova": [[["lakeside"], ["ministr"]]]},
        description_span=4,
    )
    tokens = normalizer.analyze("когда был визит озёрского министра").tokens
    assert "petrova" in tokens
    assert "ministr" not in tokens


def test_a_word_whose_stem_is_a_small_word_is_kept_whole() -> None:
    """Serbian "EU" is not the interjection "e", nor "атом" the English "at": a stem that is
    a stop word of any language would make the word that small word."""
    from bot.lang.normalize import word_form

    assert word_form("eu", "sr") == "eu"
    assert word_form("атом", "ru") == "atom"
    assert word_form("bio", "sr") == "bi"  # a small word itself, stemmed as ever


def test_the_bot_addressed_by_name_is_no_typo() -> None:
    """ "bote, ko je…" addresses the bot: a spelling corrector is not asked about "bote",
    which it would read as some fact's "note"."""
    from bot.lang.normalize import Normalizer

    def corrector(folded: str, form: str, lang: str) -> tuple[str, str]:
        return ("note", "note")

    assert "note" not in Normalizer().analyze("bote ko je to", correct=corrector).tokens


def test_a_synonym_meets_a_word_only_through_the_same_languages_stemmer() -> None:
    """English "pals" and Serbian "pala" (fell) both stem to "pal", each by its own
    language's stemmer: an English question's "pals" is the synonym, a Serbian question's
    "pala" is not."""
    normalizer = Normalizer(
        [{"friendly": ("friend", "pals")}], is_english=lambda w: w in {"pals", "friend", "are"}
    )
    assert "friendly" in normalizer.analyze("are they pals", lang="en").tokens
    assert "friendly" not in normalizer.analyze("trgovina je pala", lang="sr").tokens
    assert "friendly" in normalizer.analyze("da li su prijatelji friend", lang="sr").tokens


def test_a_chat_handle_is_no_word_of_the_question() -> None:
    """ "@visit_bot" and "@ivan" address someone in the chat; an e-mail address is left alone."""
    assert tokenize("@visit_bot who came? @ivan") == ["who", "came"]
    assert tokenize("mail a@b.rs") == ["mail", "a", "b", "rs"]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("trade b/w them", ["trade", "between", "them"]),
        ("met w/ vucic", ["met", "with", "vucic"]),
        ("w/o a deal", ["without", "a", "deal"]),
    ],
)
def test_english_chat_shorthand_with_a_slash_is_read_as_the_word(
    typed: str, read: list[str]
) -> None:
    """ "b/w", "w/" and "w/o" are "between", "with" and "without", not the letters b, w, o."""
    assert tokenize(typed) == read


def test_the_names_an_exclusion_sets_aside_are_kept_apart() -> None:
    """ "Who else besides Vučić did he meet" asks about the others: Vučić is set aside, and
    named as set aside; a topic that is no name ("besides tourism") names nobody."""
    normalizer = Normalizer([{"vucic": ("Vučić", "Vucic")}], names=["vucic"])
    analysis = normalizer.analyze("who else besides Vucic did he meet", lang="en")
    assert analysis.excluded == ("vucic",)
    assert "vucic" not in analysis.tokens
    assert normalizer.analyze("besides tourism what did they discuss", lang="en").excluded == ()


def test_a_chat_member_opening_a_message_with_says_reports_a_claim() -> None:
    """ "Goran says the bridge cost 40 million": what a chat member says asks nobody's words;
    "Petrova said…" (a name the fact base knows) still does."""
    normalizer = Normalizer([{"petrova": ("Petrova",)}], names=["petrova"])
    reported = normalizer.analyze("Goran says the bridge cost 40 million, true?", lang="en")
    assert "goran" not in reported.surfaces
    assert "said" not in reported.tokens
    assert "say" not in reported.tokens
    named = normalizer.analyze("Petrova said the bridge cost 40 million?", lang="en")
    assert "petrova" in named.tokens


@pytest.mark.parametrize(
    "message",
    ["Is the bridge 40 million? Lena swears it is", "Мост за 40 миллионов? Лена уверена"],
)
def test_a_chat_member_reporting_later_in_a_message_is_set_aside(message: str) -> None:
    """A capitalised name the fact base doesn't know, then a reporting verb, anywhere in a
    message ("…? Лена уверена, что да"), is a chat member's say-so: neither word is asked."""
    analysis = Normalizer().analyze(message)
    assert "lena" not in analysis.surfaces
    assert "uverena" not in analysis.surfaces


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("who was the lakeside boss that opened the bridge?", True),
        ("who is the lakeside boss", True),
        ("ko je bio taj lakeside boss sto je otvorio most", True),
        ("who did the lakeside boss meet?", False),
        ("who is the lakeside boss's deputy?", False),
        ("ko je lakeside bossu rekao to?", False),
    ],
)
def test_who_and_linking_words_before_a_description_ask_who_that_person_is(
    question: str, asks: bool
) -> None:
    """ "Who was the lakeside boss that opened the bridge?" asks who Petrova is; "who did the
    lakeside boss meet?" asks whom she met, and "…boss's deputy" about someone else."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer(
        [{"petrova": ("Petrova",), "lakeside": ("Lakeside",)}, {"mayor": ("boss", "bossu")}],
        names=("petrova", "lakeside"),
        descriptions={"petrova": [[["lakeside"], ["mayor"]]]},
        description_span=4,
    )
    assert normalizer.analyze(question).asks_identity is asks


def test_rewrites_apply_in_order_and_compile_only_for_a_text_that_needs_them() -> None:
    """Rules apply in their order; a text their union doesn't match leaves them uncompiled."""
    from bot.lang.normalize import Rewrites

    rules = Rewrites([(r"\bcan't\b", "can not"), (r"\bcan not\b", "cannot")])
    assert rules.apply("nothing here") == "nothing here"
    assert not rules.compiled
    assert rules.apply("i can't") == "i cannot"
    assert rules.compiled


def test_only_the_first_or_also_something_else_asks_about_the_first() -> None:
    """ "Only the bridge or also the school?" asks about the school; "only the bridge or also
    smth else?" names nothing second: it asks whether there was more than the bridge."""
    normalizer = Normalizer([{"bridge": ("bridge",)}, {"school": ("school",)}])
    assert (
        "bridge"
        not in normalizer.analyze("did they open only the bridge or also the school?").tokens
    )
    for question in (
        "did they open only the bridge or also smth else?",
        "did they open only the bridge or also something else?",
    ):
        assert "bridge" in normalizer.analyze(question).tokens, question


@pytest.mark.parametrize(
    "question", ["hmmm what did they sign", "ммм а что подписали", "mmm šta su potpisali"]
)
def test_a_hum_before_the_question_is_no_word_of_it(question: str) -> None:
    """ "Hmmm", "ммм", "mmm" only hum: no unknown word diluting what is asked."""
    analysis = Normalizer([{"sign": ("sign", "signed", "подписали", "potpisali")}]).analyze(
        question
    )
    assert analysis.tokens == ("sign",)


def test_a_word_of_address_from_the_askers_own_language_is_no_word_of_an_english_question() -> None:
    """ "abi why…", "bratan what they sign?": a non-native asker's word of address or thanks
    ("abi", "bratan", "rahmet", "hvala") carries no topic."""
    normalizer = Normalizer([{"sign": ("sign", "signed")}])
    for question in ("bratan what they sign?", "what they sign, rahmet", "abi what they sign"):
        assert normalizer.analyze(question).tokens == ("sign",), question


def test_non_before_a_topic_excludes_it() -> None:
    """ "anything non-military?" asks about what isn't military: the topic after "non" is
    set aside as after "besides"."""
    assert (
        "military"
        not in Normalizer([{"military": ("army",)}])
        .analyze("did they sign anything non-military?")
        .tokens
    )


@pytest.mark.parametrize(
    ("question", "asked"),
    [
        ("kak zovut kazahskogo ministra, nurlan kakoi-to?", "kak zovut kazahskogo ministra?"),
        ("как зовут министра, нурлан какой-то?", "как зовут министра?"),
    ],
)
def test_a_guess_with_an_indefinite_word_is_a_guess(question: str, asked: str) -> None:
    """ "…, nurlan kakoi-to?" (Nurlan something) guesses the name: the indefinite word and its
    hyphen ask nothing, so the guess is set aside as "…, nurlan?" is."""
    from bot.lang.normalize import _drop_guess

    assert _drop_guess(question) == asked


def test_a_dash_between_spaces_still_opens_a_guess() -> None:
    """ "who did he meet - vucic?": the dash between spaces opens the guess, as before."""
    from bot.lang.normalize import _drop_guess

    assert _drop_guess("who did he meet - vucic?") == "who did he meet?"


def test_a_short_abbreviation_is_its_synonym_only_as_typed() -> None:
    """ "mil" is "million" as typed ("73.8 mil"), but Russian "милый" (dear), which stems to
    "mil" too, is no million: an abbreviation doesn't inflect (``ABBREVIATION_MAX_LENGTH``)."""
    normalizer = Normalizer([{"million": ("mil", "mln", "миллионов")}])
    assert "million" in normalizer.analyze("73.8 mil").tokens
    assert "million" not in normalizer.analyze("милый бот, кто приезжал?").tokens
    assert "million" in normalizer.analyze("сколько миллионов").tokens


def test_the_labels_of_the_askers_own_list_are_no_figures() -> None:
    """ "1) who…, and 2) what…": the numbers label the parts of the asker's list; the question
    states no figure. A figure in brackets after a word ("trade (73.8)") stays."""
    normalizer = Normalizer()
    labelled = normalizer.analyze("two things: 1) who did they meet, and 2) what did they sign")
    plain = normalizer.analyze("two things: who did they meet, and what did they sign")
    assert labelled.tokens == plain.tokens
    assert clean("trade (73.8) grew") == "trade (73.8) grew"


@pytest.mark.parametrize("text", ["kol'ko je potpisano", "кол'ко је потписано"])
def test_a_serbian_word_with_a_dropped_letter_is_read_whole(text: str) -> None:
    """ "kol'ko" (speech for "koliko") asks how many; split at its mark it read "kol ko", who."""
    assert Normalizer().analyze(text, lang="sr").kind == "amount"


@pytest.mark.parametrize(
    "text",
    [
        "in paragraph 2, what did the council approve",
        "whats the answer to q6 what did the council approve",
        "q7 what did the council approve",
        "what did the council approve, from para 1",
    ],
)
def test_where_to_look_and_the_tasks_number_ask_nothing(text: str) -> None:
    """ "In paragraph 2, …", "the answer to q6", "q7 …": where in the article to look and the
    number of the asker's task, no number of the question's own (no unknown figure)."""
    assert (
        Normalizer().analyze(text).tokens
        == Normalizer().analyze("what did the council approve").tokens
    )


@pytest.mark.parametrize(
    "text",
    [
        "what did the council approve, teacher wants one line",
        "what did the council approve, one sentence pls",
    ],
)
def test_how_long_the_answer_may_be_asks_nothing(text: str) -> None:
    """ "…, teacher wants one line", "one sentence pls": the answer's length, no topic ("wants"
    is no interest of anyone's)."""
    assert (
        Normalizer().analyze(text).tokens
        == Normalizer().analyze("what did the council approve").tokens
    )


@pytest.mark.parametrize(
    ("text", "lang", "plain"),
    [
        ("коротко о чём статья, лень читать", "ru", "коротко о чём статья"),
        ("mrzi me da čitam, o čemu je članak", "sr", "o čemu je članak"),
        ("too lazy to read it, what is the article about", "en", "what is the article about"),
    ],
)
def test_why_the_asker_wont_read_it_asks_nothing(text: str, lang: str, plain: str) -> None:
    """ "лень читать" (too lazy to read) says why the asker asks; reading is not asked about."""
    assert (
        Normalizer().analyze(text, lang=lang).tokens
        == Normalizer().analyze(plain, lang=lang).tokens
    )


def test_an_asking_opener_saying_why_the_asker_needs_to_know_asks_nothing() -> None:
    """ "…cost? I need to know before I plan my route." asks the cost: the opener ("I need to
    know") goes on with why, not with what; "I need to know if it was open" still asks."""
    from bot.lang.clauses import focus

    assert focus("hi all. what did the bridge cost? i need to know before i plan my route.") == (
        "what did the bridge cost?"
    )
    assert focus("the bridge is new. i need to know if it is open.") is not None


def test_an_embedded_question_after_a_story_asks_beside_its_follow_up() -> None:
    """ "…and I want to know who opened the debate. Was it the mayor again?": the sentence
    with the opener asks too, though a full stop ends it."""
    from bot.lang.clauses import focus

    asked = focus(
        "my firm builds bridges in lakeside and i want to know who opened the debate. "
        "was it the mayor again or someone else?"
    )
    assert asked is not None
    assert "opened the debate" in asked


def test_how_to_put_the_answer_leaves_a_request_only_to_be_told() -> None:
    """ "…she asked who opened the debate. can you tell me in simple words?": how to put the
    answer is courtesy, so the request asks what the sentence before it holds."""
    from bot.lang.clauses import focus

    asked = focus(
        "my gran reads about the bridge. she asked who opened the debate. "
        "can you tell me in simple words?"
    )
    assert asked is not None
    assert "opened the debate" in asked


def test_which_of_what_the_sentence_before_names_continues_it() -> None:
    """ "…thanked the engineers of some firm. which firm?" asks which firm as that sentence
    says it."""
    from bot.lang.clauses import focus

    assert focus("petrova thanked the engineers of some firm. which firm?") == (
        "petrova thanked the engineers of some firm which firm?"
    )
    assert focus("petrova thanked the engineers of some firm. what was that firm?") == (
        "petrova thanked the engineers of some firm what was that firm?"
    )


def test_a_quoted_question_inside_a_sentence_ends_no_sentence() -> None:
    """ "…forwarded it with 'anything for us?' scribbled on it." is one sentence that states:
    the quoted question is someone else's."""
    from bot.lang.clauses import split_sentences

    assert split_sentences(
        "my boss sent it with 'anything for us?' scribbled on it. who opened the debate?"
    ) == ["my boss sent it with 'anything for us' scribbled on it.", "who opened the debate?"]


def test_this_year_names_a_period_and_points_back_at_nothing() -> None:
    """ "…the cost in the first half of this year?" names a period; "is this true?" points back
    at what was said before it."""
    from bot.lang.clauses import points_back

    assert not points_back("what was the bridge cost in the first half of this year?", "en")
    assert points_back("is this true?", "en")


def test_a_concepts_own_name_in_a_gap_phrase_is_that_concept() -> None:
    """A gap's "unless: [step_up]" meets "boost", which the vocabulary makes step_up; a plain
    word stays itself ("boost" in a phrase meets only "boost")."""
    normalizer = Normalizer([{"step_up": ["boost", "step up"]}])
    assert ("step_up",) in normalizer.forms_of("step_up")
    assert normalizer.analyze("they plan to boost trade").forms[-2:] == ("step_up", "trade")
    assert ("step_up",) not in normalizer.forms_of("boost")


def test_a_phrase_with_a_place_inside_it_is_the_place_and_the_phrase() -> None:
    """ "šef kazahstanske diplomatije" is Kazakhstan's "šef diplomatije" (its foreign
    minister): the place's word inside a synonym phrase leaves both read; a person's name
    inside one is no place ("head vucic of state" stays as typed)."""
    normalizer = Normalizer(
        [
            {"kazakhstan": ["kazahstanske"], "vucic": ["vucic"]},
            {"foreign_minister": ["šef diplomatije"], "president": ["head of state"]},
        ],
        names=["kazakhstan", "vucic"],
        people=["vucic"],
    )
    analysis = normalizer.analyze("sa kim se sastao šef kazahstanske diplomatije", lang="sr")
    assert analysis.tokens[-2:] == ("kazakhstan", "foreign_minister")
    assert "president" not in normalizer.analyze("head vucic of state", lang="en").tokens
    # A phrase that names someone is no place and a phrase: it stays as typed.
    guest = Normalizer(
        [{"kazakhstan": ["kazahstanski"]}, {"nurtleu": ["nas gost"]}],
        names=["kazakhstan", "nurtleu"],
        people=["nurtleu"],
    )
    assert "nurtleu" not in guest.analyze("ko je nas kazahstanski gost", lang="sr").tokens


def test_a_guess_at_what_is_the_question_before_it() -> None:
    """ "what did he discuss, agriculture?" is "what did he discuss?" and a guess; a guess at
    who is dropped anyway, and a question without a guess has none."""
    from bot.lang.normalize import without_guess_at_what

    assert without_guess_at_what("what did he discuss, agriculture?") == "what did he discuss?"
    assert without_guess_at_what("who did he meet, vucic?") is None
    assert without_guess_at_what("what did he discuss?") is None
    # A tail opening with a preposition qualifies, and a why question takes no guess at what.
    assert without_guess_at_what("what did they discuss, on the phone?") is None
    assert without_guess_at_what("why did he visit, for gas?") is None
