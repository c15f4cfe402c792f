"""Serbian (bot/lang/sr.py) on tiny inputs."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.lang import sr
from bot.lang.normalize import Normalizer, question_kind


def test_stem_is_one_for_both_scripts() -> None:
    """A Serbian word stems alike in Cyrillic and in Latin."""
    assert sr.stem("споразуми") == sr.stem("sporazumi")


def test_question_words_give_the_kind() -> None:
    """Serbian question words (folded) reveal the kind of answer wanted."""
    assert question_kind("koliko dugo je trajala poseta") == "duration"
    assert question_kind("da li su potpisali") == "yesno"
    assert question_kind("sa kim se sastao") == "who"
    assert question_kind("koliko ima godina taj ministar") == "age"


def test_kad_before_a_plural_or_future_verb_asks_when() -> None:
    """ "kad su se videli", "кад ће доћи" ask when, as "kad je" does."""
    assert question_kind("mira i ana kad su se videli") == "when"
    assert question_kind("kad ce doci") == "when"
    # "za kad" (for when) asks when wherever it stands.
    assert question_kind("pozvao ga je za kad ove godine") == "when"


def test_chat_words_of_not_knowing_carry_no_topic() -> None:
    """ "ćao", "pojma nemam", "možeš li" say nothing about what is asked."""
    tokens = Normalizer().analyze("ćao, pojma nemam, možeš li mi reći").tokens
    assert tokens == ()


def test_having_read_something_carries_no_topic() -> None:
    """ "čitao sam da…" (I read that…) reports a claim, as "čuo sam da…" does: no quote asked."""
    assert Normalizer().analyze("čitao sam da je poseta bila u novembru").tokens == (
        Normalizer().analyze("čuo sam da je poseta bila u novembru").tokens
    )


def test_kad_opening_a_sentence_asks_when() -> None:
    """ "kad treba da ide u astanu" asks when; "kad sam video vest, ko je došao" asks who (the
    "kad" tells when the asker saw it)."""
    assert question_kind("kad treba vucic da ide u astanu") == "when"
    assert question_kind("ok. a kad treba da ide") == "when"
    assert question_kind("e a kad treba nas predsednik da ide") == "when"
    assert question_kind("kad sam video vest, pitao sam se ko je dosao") == "who"


def test_stop_words_are_dropped_in_either_script() -> None:
    """Serbian function words carry no topic, in Latin or Cyrillic."""
    assert Normalizer().analyze("Šta je to?").tokens == ()
    assert Normalizer().analyze("Шта је то?").tokens == ()
    # "svoj" (one's own) in every case: "u svojoj izjavi" is "in his statement".
    assert Normalizer().analyze("u svojoj izjavi").tokens == Normalizer().analyze("u izjavi").tokens
    assert Normalizer().analyze("у свом говору").tokens == Normalizer().analyze("у говору").tokens
    # "konkretni" (specific) and "u pogledu" (regarding) only frame what is asked.
    assert Normalizer().analyze("Који су конкретни резултати у погледу споразума?").tokens == (
        Normalizer().analyze("Који су резултати споразума?").tokens
    )
    # "održani" (held) says only that something took place.
    assert Normalizer().analyze("kakvi su pregovori održani u Beogradu").tokens == (
        Normalizer().analyze("kakvi su pregovori u Beogradu").tokens
    )
    assert Normalizer().analyze("где су одржани разговори").tokens == (
        Normalizer().analyze("где су разговори").tokens
    )
    # "nikakvo" (no, none) asks whether there was any, naming nothing itself.
    assert Normalizer().analyze("nikakvo telo se nije pominjalo?").tokens == (
        Normalizer().analyze("telo se nije pominjalo?").tokens
    )


def test_exclusion_clause_is_not_what_is_asked() -> None:
    """ "Osim X," drops X from a Serbian question's words."""
    tokens = Normalizer().analyze("Osim trgovine, šta još?").tokens
    assert not any(t.startswith("trgovin") for t in tokens)
    tokens = Normalizer().analyze("Сем трговине, шта још?").tokens
    assert not any(t.startswith("trgovin") for t in tokens)


def test_the_colloquial_past_was_carries_no_topic() -> None:
    """ "Ko beše to" (who was that again) asks who; "beše" is no subject."""
    assert "bese" not in Normalizer().analyze("а Нуртлеу, ко беше то").surfaces


def test_a_place_or_a_lasting_verb_gives_where_or_how_long() -> None:
    """ "U kojem gradu" asks where, "koliko je trajala" how long (folded)."""
    assert question_kind("u kojem gradu su se sreli") == "where"
    assert question_kind("koliko je trajala poseta") == "duration"


def test_asking_what_someone_is_called_is_a_who_question() -> None:
    """ "Kako se zove…" asks a name, as "ko je" does (folded)."""
    from bot.lang.normalize import question_kind

    assert question_kind("kako se zove ministar odbrane") == "who"
    assert question_kind("kako su se dogovorili") == "what"


def test_a_date_asked_for_is_a_when_question() -> None:
    """ "Za koji datum…", "koji dan…" ask when, as "kog dana" does (folded)."""
    from bot.lang.normalize import question_kind

    assert question_kind("za koji datum ga je pozvao") == "when"
    assert question_kind("koji dan je bio tamo") == "when"
    assert question_kind("koji dokumenti su potpisani") == "what"


def test_a_month_or_a_town_asked_in_the_locative_is_when_or_where() -> None:
    """ "U kom mesecu…" asks when, "u kojem gradu…" where; "kom" itself carries nothing."""
    from bot.lang.normalize import Normalizer, question_kind

    assert question_kind("u kom mesecu ide u posetu") == "when"
    assert question_kind("u kojem gradu su se sreli") == "where"
    assert Normalizer().analyze("u kom").tokens == ()


def test_indefinite_words_carry_nothing() -> None:
    """ "Neka", "nešto", "negde" ("da li postoji neka komisija") ask nothing by themselves."""
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze("neka nešto negde nekad").tokens == ()


def test_a_slip_of_a_past_tense_helper_is_read_as_it() -> None:
    """ "Бла" is "била" half typed: a function word to read slips towards, so "где је бла та
    посета" asks where the visit was; chat words ("nisam skontao") carry nothing."""
    from bot.lang import sr
    from bot.lang.keyboard import closest_slip
    from bot.lang.normalize import Normalizer

    assert closest_slip("bla", sr.LANGUAGE.function_words) == "bila"
    assert Normalizer().analyze("nisam skontao").tokens == ()


def test_o_cemu_asks_what_was_discussed() -> None:
    """ "O čemu su pričali" (folded "o cemu") asks what was discussed."""
    from bot.lang.normalize import question_kind

    assert question_kind("o cemu su pricali") == "topic"


def test_pronouns_for_us_and_ours_carry_nothing() -> None:
    """ "Sa nama", "naši" and the interjection "e" are no subject of their own."""
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze("e sta su potpisali sa nama naši").tokens == ("potpisa",)


def test_zbog_cega_asks_why() -> None:
    """ "Zbog čega je lakše…" (folded "zbog cega") asks why, as "zašto" does."""
    from bot.lang.normalize import question_kind

    assert question_kind("zbog cega je lakse") == "why"


def test_the_topic_of_a_talk_asks_what_was_discussed() -> None:
    """ "Tema razgovora", "тема разговора", "topic of the talks" ask what was discussed."""
    from bot.lang.normalize import fold, question_kind

    assert question_kind(fold("gradonačelnik inženjeri tema razgovora")) == "topic"
    assert question_kind(fold("мэр и инженеры тема разговора")) == "topic"
    assert question_kind(fold("mayor and engineers topic of the talks")) == "topic"


def test_exactly_carries_nothing_but_stays_for_phrases() -> None:
    """ "Tačno" (exactly) asks nothing by itself, yet a gap's "kada tačno" still sees it."""
    from bot.lang.normalize import Normalizer

    analysis = Normalizer().analyze("kada tačno")
    assert analysis.tokens == ()
    assert "tacn" in analysis.forms


def test_a_names_possessive_adjective_is_the_name() -> None:
    """ "Petrovićeva funkcija", "Petrovićev plan": Petrović's (a Serbian possessive)."""
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer([{"petrovic": ("Petrović",)}])
    assert "petrovic" in normalizer.analyze("koja je Petrovićeva funkcija").tokens
    assert "petrovic" in normalizer.analyze("šta je Petrovićev plan").tokens
    assert "petrovic" not in normalizer.analyze("šta je plan").tokens


def test_chat_openers_and_idioms_carry_nothing() -> None:
    """ "Ej", "hej", "u pitanju" (in question), Russian "слышал" (I heard), "конкретно"."""
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze("ej hej u pitanju").tokens == ()
    assert Normalizer().analyze("слышал конкретно").tokens == ()


def test_how_long_an_answer_to_give_is_no_word_of_the_question() -> None:
    """ "…, ukratko" (briefly) asks for a short answer, not for the summary."""
    tokens = Normalizer().analyze("šta je rekao ministar, ukratko").tokens
    assert tokens == Normalizer().analyze("šta je rekao ministar").tokens


def test_clitics_and_wait_carry_nothing_and_the_news_frames() -> None:
    """ "čekaj", "mu", "tu", "isti" ask nothing; "u ovoj vesti" frames the question, as
    "in this news" does."""
    from bot.lang import FRAMING_WORDS

    assert Normalizer().analyze("čekaj, koja mu je funkcija tu").tokens == ("funkcij",)
    assert {"vest", "vesti", "navedeno"} <= FRAMING_WORDS


def test_will_carries_nothing() -> None:
    """ "Hoće li…" (will…) is a small word, not what is asked."""
    assert Normalizer().analyze("hoće li doći").tokens == Normalizer().analyze("li doći").tokens


def test_claim_tags_put_a_statement_forward() -> None:
    """ "…jel tako", "čuo sam da…" put a statement forward to be checked; a question with "da
    li" asks."""
    from bot.engine.analysis import puts_forward

    normalizer = Normalizer()
    assert puts_forward(normalizer.analyze("potpisali su ugovor jel tako"))
    assert puts_forward(normalizer.analyze("чуо сам да су потписали уговор"))
    assert not puts_forward(normalizer.analyze("da li su potpisali ugovor"))


def test_a_tag_ending_a_statement_without_its_mark_puts_it_forward() -> None:
    """ "…ugovor o mostu, tačno" and "…ili se varam" put the statement forward, as "tačno?"
    does; Russian "…, верно" and "…или мне показалось" too."""
    from bot.engine.analysis import puts_forward

    normalizer = Normalizer()
    assert puts_forward(normalizer.analyze("potpisali su ugovor o mostu, tačno"))
    assert puts_forward(normalizer.analyze("potpisali su ugovor o mostu ili se varam"))
    assert puts_forward(normalizer.analyze("подписали договор о мосте, верно"))
    assert puts_forward(normalizer.analyze("был договор о мосте или мне показалось"))
    assert not puts_forward(normalizer.analyze("tačno kada su potpisali ugovor"))


def test_chat_around_the_question_carries_nothing() -> None:
    """ "U vezi sa onim što sam pitao malopre", "zanima me", "radim u…" tell what the asker
    is after, not what the article is asked; "veza" in "u vezi sa" is no tie."""
    tokens = Normalizer().analyze("u vezi sa onim sto sam pitao malopre, o cemu su pricali").tokens
    assert tokens == Normalizer().analyze("o cemu su pricali").tokens
    assert (
        Normalizer().analyze("zanima me oko sporta").tokens == Normalizer().analyze("sporta").tokens
    )


def test_the_topic_asked_for_frames_the_question() -> None:
    """ "tema" names what a topic question asks for, as English "topic" does."""
    from bot.lang import FRAMING_WORDS

    assert {"tema", "temi"} <= FRAMING_WORDS
    assert {"topic", "tema"} <= FRAMING_WORDS


def test_how_much_importance_asks_a_judgement_in_serbian_and_russian_too() -> None:
    """ "Koliki značaj pridaju", "koliko je važna", "koliko im znači", "насколько важна" ask a
    judgement."""
    from bot.lang.normalize import fold, question_kind

    assert question_kind(fold("koliki značaj pridaju saradnji")) != "amount"
    assert question_kind(fold("koliko je Srbija važna Kazahstanu")) != "amount"
    assert question_kind(fold("колико Казахстану значи сарадња са Србијом")) != "amount"
    assert question_kind(fold("насколько важна Сербия")) != "amount"
    assert question_kind(fold("koliki je promet")) == "amount"
    assert question_kind(fold("koliko im je bitna saradnja sa nama")) != "amount"


def test_the_forms_of_to_be_and_you_carry_no_topic() -> None:
    """ "Jesi li ti…", "jesu li…" (are you, are they) ask; they name nothing. A guess after the
    question ("…, samo o parama?") is not asked either."""
    assert Normalizer().analyze("Jesi li ti tu?").tokens == ()
    assert "parama" not in Normalizer().analyze("o čemu su pričali, samo o parama?").surfaces


@pytest.mark.parametrize(
    "question",
    [
        "преко којих механизама",
        "ajde brzo, nabroj sve",
        "šta je radio, čuješ",
        "bio je tu, zar ne",
        "navodno je porastao, proveravam",
    ],
)
def test_colloquial_serbian_function_words_carry_no_topic(question: str) -> None:
    """ "Preko kojih" (through which), "ajde brzo, nabroj sve" (come on, list them all),
    "čuješ" (you hear): words of any message, no subject of the question."""
    surfaces = set(Normalizer().analyze(question).surfaces)
    assert not surfaces & {
        "preko",
        "kojih",
        "brzo",
        "nabroj",
        "sve",
        "radio",
        "cujes",
        "zar",
        "navodno",
        "proveravam",
    }


def test_what_they_listed_asks_for_the_list_not_about_listing() -> None:
    """ "šta su još nabrojali od oblasti" (what other areas did they list): listing is how the
    areas were named, no topic of its own, in any of its forms."""
    normalizer = Normalizer()
    for question in ("šta su još nabrojali od oblasti", "koje oblasti je nabrojao"):
        assert not any(t.startswith("nabr") for t in normalizer.analyze(question, lang="sr").tokens)


def test_the_argument_the_asker_is_in_asks_nothing() -> None:
    """ "ja i brat se raspravljamo, …" (in either script) carries no topic."""
    plain = Normalizer().analyze("da li je most otvoren").tokens
    assert Normalizer().analyze("ja i brat se raspravljamo, da li je most otvoren").tokens == plain
    assert Normalizer().analyze("ја и брат се расправљамо, да ли је мост отворен").tokens == (
        Normalizer().analyze("да ли је мост отворен").tokens
    )


def test_have_and_her_carry_no_topic() -> None:
    """ "imam", "joj", "im" (I have, her, them) are small words: "imam drugaricu…, treba li joj
    viza" asks about the visa."""
    tokens = Normalizer().analyze("imam drugaricu, treba li joj viza").tokens
    assert "imam" not in tokens
    assert "joj" not in tokens


def test_please_and_requests_to_confirm_carry_no_topic() -> None:
    """ "molim", "potvrdi", "objasni" ask how to answer, not what."""
    assert Normalizer().analyze("koliko košta most, potvrdi molim").tokens == (
        Normalizer().analyze("koliko košta most").tokens
    )


def test_i_heard_on_the_news_carries_no_topic() -> None:
    """ "čuo sam na dnevniku da…" (I heard on the TV news that…) reports; it asks nothing."""
    tokens = Normalizer().analyze("čuo sam na dnevniku da je most otvoren").tokens
    assert tokens == Normalizer().analyze("da je most otvoren").tokens


def test_extending_an_invitation_is_no_topic_word() -> None:
    """ "Ko je uputio poziv?" (who extended the invitation): "uputio" only carries "poziv"."""
    assert "uputio" not in Normalizer().analyze("Ко је упутио тај позив?").surfaces


@pytest.mark.parametrize(
    "message",
    ["Dobar dan, koga je video ministar?", "Поштовани, кога је видео министар?"],
)
def test_a_formal_greeting_is_no_word_of_the_question(message: str) -> None:
    """ "Dobar dan, …", "Poštovani, …" greet: the question is what follows."""
    assert (
        Normalizer().analyze(message).tokens
        == Normalizer().analyze("koga je video ministar?").tokens
    )


def test_thanks_in_advance_is_no_word_of_the_question() -> None:
    """ "Хвала унапред" (thanks in advance) is courtesy: not "unaprediti" (to step up), nor a
    word of praise."""
    assert Normalizer().analyze("Хвала унапред.").tokens == ()
    assert Normalizer().analyze("hvala unapred").tokens == ()


def test_interjections_the_two_states_and_an_apology_carry_no_topic() -> None:
    """ "ae", "njima", "između dve države", "izvinjavam se ako je glupo pitanje" say nothing
    the article could be asked about: only the question's own words are left."""
    normalizer = Normalizer()
    assert normalizer.analyze("ae jel trgovina sa njima raste", lang="sr").tokens == (
        normalizer.analyze("jel trgovina raste", lang="sr").tokens
    )
    assert normalizer.analyze("izmedju dve drzave trgovina", lang="sr").tokens == (
        normalizer.analyze("trgovina", lang="sr").tokens
    )
    assert normalizer.analyze("извињавам се ако је глупо питање, трговина", lang="sr").tokens == (
        normalizer.analyze("трговина", lang="sr").tokens
    )


def test_the_other_day_and_performs_carry_no_topic() -> None:
    """ "pre neki dan" says when the asker saw the news and "obavlja" (performs) is how a
    post is asked about: neither is a word of what is asked."""
    normalizer = Normalizer()
    assert normalizer.analyze("ko je bio u beogradu pre neki dan", lang="sr").tokens == (
        normalizer.analyze("ko je bio u beogradu", lang="sr").tokens
    )
    assert "obavlj" not in normalizer.analyze("koje funkcije obavlja ministar", lang="sr").tokens


def test_a_possessive_of_a_name_in_ev_takes_ljev(small_engine: Engine) -> None:
    """ "Tokajevljev poziv" is Tokayev's invitation, as "Vučićev" is Vučić's — read as the
    name itself, not left to spelling correction."""
    normalizer = small_engine._normalizer
    assert "tokayev" in normalizer.analyze("sta kaze o tokajevljevom pozivu", lang="sr").tokens


def test_the_askers_neighbour_telling_them_is_no_word_of_the_question(
    small_engine: Engine,
) -> None:
    """ "Komšija mi reče da…": the asker's neighbour and what he said are the story's, with
    "mi" between them — and "komšija" is never read as the commission ("komisija")."""
    tokens = small_engine.analyze("Комшија ми рече да је министар био у Загребу", lang="sr").tokens
    assert tokens == small_engine.analyze("министар био у Загребу", lang="sr").tokens
    assert "commission" not in small_engine.analyze("komsija pita", lang="sr").tokens


@pytest.mark.parametrize("teller", ["Сусед на пијаци", "Rođak iz sela", "Čuo sam na radiju"])
def test_a_neighbour_or_relative_telling_the_asker_is_no_word_of_the_question(
    small_engine: Engine, teller: str
) -> None:
    """ "Сусед на пијаци каже да…", "Rođak iz sela kaže da…": the neighbour or relative and
    where the asker met them are the story's, no subject the fact base should know."""
    tokens = small_engine.analyze(f"{teller} kaže da je ministar bio u Zagrebu", lang="sr").tokens
    assert tokens == small_engine.analyze("ministar bio u Zagrebu", lang="sr").tokens


def test_every_case_of_kakav_asks_and_carries_no_topic() -> None:
    """ "o kakvom dijalogu", "kakvog" are "kakav" in other cases: no words of the topic."""
    normalizer = Normalizer()
    assert normalizer.analyze("o kakvom dijalogu", lang="sr").tokens == (
        normalizer.analyze("o dijalogu", lang="sr").tokens
    )


def test_the_name_of_a_thing_asks_what_and_naming_is_no_topic() -> None:
    """ "Kako se zove taj sporazum?" asks what the agreement is called, not who; "kako se zove
    ministar" still asks who. "zove" itself is no word of the topic: the kind carries it."""
    assert question_kind("kako se zove taj sporazum") == "what"
    assert question_kind("kako se zove komisija") == "what"
    assert question_kind("kako se zove ministar odbrane") == "who"
    normalizer = Normalizer()
    assert normalizer.analyze("kako se zove ministar", lang="sr").tokens == (
        normalizer.analyze("ministar", lang="sr").tokens
    )


def test_asking_on_someones_behalf_carries_no_topic() -> None:
    """ "Rođak pita koji…", "onako svratio": who asks and "just like that" are no topic words."""
    normalizer = Normalizer()
    assert normalizer.analyze("rodjak pita koji predsednik", lang="sr").tokens == (
        normalizer.analyze("rodjak koji predsednik", lang="sr").tokens
    )


def test_how_many_years_someone_has_asks_an_age_in_any_order() -> None:
    """ "Koliko Nurtleu ima godina", "koliko je godina Nurtleuu" ask an age; how long
    something lasted still asks a duration."""
    assert question_kind("koliko nurtleu ima godina") == "age"
    assert question_kind("koliko je godina nurtleuu") == "age"
    assert question_kind("koliko je godina trajala saradnja") == "duration"


def test_not_remembering_a_name_carries_no_topic() -> None:
    """ "…al nisam zapamtio ime, ko je to bio": "al" (but) and "zapamtio"/"zaboravio"
    (remembered, forgot) say what the asker knows, not what is asked; "ime" asks who."""
    surfaces = Normalizer().analyze("al nisam zapamtio ime, zaboravio sam, ko je to bio").surfaces
    assert not {"al", "zapamtio", "zaboravio"} & set(surfaces)


def test_and_similar_things_carry_no_topic() -> None:
    """ "…o umetnosti i sličnim stvarima": "similar" points at the topic, it is none."""
    surfaces = Normalizer().analyze("da li su pričali o mostu i sličnim stvarima").surfaces
    assert not {"slicnim", "sličnim"} & set(surfaces)


@pytest.mark.parametrize(
    ("told", "asked"),
    [
        ("ko je sa naše strane potpisao sporazum", "ko je potpisao sporazum"),
        ("кто с нашей стороны подписал соглашение", "кто подписал соглашение"),
        ("who signed the deal on our side", "who signed the deal"),
    ],
)
def test_our_side_carries_no_topic(told: str, asked: str) -> None:
    """ "Sa naše strane", "с нашей стороны", "on our side" name the asker's country's side, which what is asked already says."""
    normalizer = Normalizer()
    assert normalizer.analyze(told).tokens == normalizer.analyze(asked).tokens


def test_having_to_and_getting_a_document_carry_no_topic() -> None:
    """ "Moramo li da vadimo vize" asks about visas: "moramo" (must) and "vadimo" (get a document) name nothing."""
    normalizer = Normalizer()
    assert (
        normalizer.analyze("moramo li da vadimo vize").tokens
        == normalizer.analyze("li da vize").tokens
    )
    assert (
        normalizer.analyze("морате ли да извадите визе").tokens
        == normalizer.analyze("ли да визе").tokens
    )


def test_but_our_and_i_think_carry_no_topic() -> None:
    """ "Ali", "našim", "mislim", "seća" are the talk around a question, not what it asks about."""
    normalizer = Normalizer()
    told = normalizer.analyze(
        "mislim da se sa našim ministrom video, ali se ne seća trgovine", lang="sr"
    )
    assert (
        told.tokens
        == normalizer.analyze("da se sa ministrom video se ne trgovine", lang="sr").tokens
    )


def test_what_someone_was_called_asks_a_name_and_who_called_asks_who_invited() -> None:
    """ "Kako se zvao ministar" asks his name as "kako se zove" does; "ko je zvao Vučića" keeps "zvao" (invited)."""
    normalizer = Normalizer()
    called = normalizer.analyze("kako se zvao taj ministar", lang="sr").tokens
    assert called == normalizer.analyze("kako se zove taj ministar", lang="sr").tokens
    assert len(normalizer.analyze("ko je zvao vučića", lang="sr").tokens) == 2


def test_every_form_of_mentioned_frames_the_question() -> None:
    """ "Pominjana", "spominjani" (mentioned) frame a question as "pominjan" does: they name no topic."""
    from bot.lang import FRAMING_WORDS

    assert {"pominjana", "pominjani", "spominjana", "spominjani", "spominjane"} <= FRAMING_WORDS


def test_dok_while_is_no_document(small_engine: Engine) -> None:
    """Serbian "dok" (while) stems like Russian chat "доки" (documents): it is a small word,
    so "dok je bio u Beogradu, s kim se sastao?" asks nothing about documents."""
    assert small_engine.analyze("dok je bio u beogradu, s kim se sastao?").tokens == (
        small_engine.analyze("je bio u beogradu, s kim se sastao?").tokens
    )


def test_posto_since_is_no_post(small_engine: Engine) -> None:
    """Serbian "pošto" (since, as) stems like "post": it is a small word, so "pošto je bio u
    Beogradu, šta je potpisao?" asks nothing about a position."""
    assert small_engine.analyze("pošto je bio u beogradu, šta je potpisao?").tokens == (
        small_engine.analyze("je bio u beogradu, šta je potpisao?").tokens
    )


def test_in_charge_of_says_nothing_about_the_topic(small_engine: Engine) -> None:
    """Serbian "zadužen za" (in charge of) frames what someone handles: the question stays
    on the topic it names ("ko je zadužen za odbranu" asks who handles defence)."""
    assert small_engine.weigh("ko je zadužen za odbranu u srbiji").on_topic > 0.9


def test_slang_exclamations_and_surely_carry_no_topic() -> None:
    """ "jbt", "jbg", "valjda" (surely) and "ništa" (nothing) say nothing about what is asked."""
    plain = Normalizer().analyze("jel most otvoren").tokens
    assert Normalizer().analyze("e jbt jel most valjda otvoren").tokens == plain
    assert Normalizer().analyze("nisu valjda potpisali ništa").tokens == (
        Normalizer().analyze("nisu potpisali").tokens
    )


@pytest.mark.parametrize(
    "message", ["svaka čast, ko je otvorio most?", "pozz, ko je otvorio most? fala"]
)
def test_praise_greetings_and_thanks_around_the_question_ask_nothing(message: str) -> None:
    """ "svaka čast, …" (well done), "pozz" (hi), "fala" (thanks): the question is the rest."""
    assert Normalizer().analyze(message).tokens == (
        Normalizer().analyze("ko je otvorio most?").tokens
    )


def test_by_name_asks_who_someone_is(small_engine: Engine) -> None:
    """ "kako se zove X po imenu" asks X's name: "imenu" is a word asking who, no unknown
    subject."""
    assert "imenu" not in small_engine.weigh("kako se zove nurtleu po imenu").unknown


@pytest.mark.parametrize(
    "message", ["ti si bot?", "jel si ti bot", "jesi ti bot ili pravi covek, brate"]
)
def test_asking_whether_it_is_a_bot_in_any_word_order_is_small_talk_about_it(message: str) -> None:
    """ "ti si bot?", "jel si ti bot", "…ili pravi čovek": asked of the bot, not the article."""
    from bot.lang.smalltalk import small_talk

    assert small_talk(message) == "about_me"


@pytest.mark.parametrize(
    ("quiz", "plain"),
    [
        ("Tačno ili netačno: gradonačelnik je posetio Zagreb.", "gradonačelnik je posetio Zagreb?"),
        ("Верно или неверно: мэр был в Загребе.", "мэр был в Загребе?"),
    ],
)
def test_true_or_false_checks_the_statement_after_it(
    small_engine: Engine, quiz: str, plain: str
) -> None:
    """ "Tačno ili netačno: …", "Верно или неверно: …" ask whether the statement holds, as the
    statement asked alone does: the same words, a claim whose place is put right."""
    assert small_engine.analyze(quiz).tokens == small_engine.analyze(plain).tokens
    assert small_engine.weigh(quiz).place_claimed


def test_slang_address_and_people_carry_no_topic() -> None:
    """ "ej brt ko je otvorio most", "sa kojim ljudima se video gradonačelnik": "brt" (bro)
    addresses the reader and "ljudima" (people) is whom is asked, neither a topic."""
    assert Normalizer().analyze("ej brt ko je otvorio most").tokens == (
        Normalizer().analyze("ko je otvorio most").tokens
    )
    assert Normalizer().analyze("sa kojim ljudima se video gradonačelnik").tokens == (
        Normalizer().analyze("sa kojim se video gradonačelnik").tokens
    )


def test_serbian_their_carries_no_topic() -> None:
    """ "u njihovoj vladi": "njihovoj" (their) is a pronoun in any of its cases, no subject the
    article never names."""
    normalizer = Normalizer()
    assert normalizer.analyze("ima li još neku funkciju u njihovoj vladi").tokens == (
        normalizer.analyze("ima li još neku funkciju u vladi").tokens
    )


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        ("koliko se sećam, ministar je došao 28. novembra?", "ministar je došao 28. novembra?"),
        ("насколько я помню, визит был 28 ноября?", "визит был 28 ноября?"),
        ("as far as i remember the visit was on the 28th?", "the visit was on the 28th?"),
    ],
)
def test_a_hedge_on_the_askers_memory_asks_no_amount(hedged: str, plain: str) -> None:
    """ "koliko se sećam" (as far as I remember) asks no "koliko" (how much): the claim after
    it is read as it is without the hedge."""
    normalizer = Normalizer()
    assert normalizer.analyze(hedged).kind == normalizer.analyze(plain).kind
    assert normalizer.analyze(hedged).tokens == normalizer.analyze(plain).tokens


def test_an_unsure_guess_after_the_question_is_not_asked() -> None:
    """ "O čemu su pričali, o parama ili šta?", "какие соглашения подписали, по мостам что
    ли?": the guess after the comma is put right by the answer, not asked about."""
    normalizer = Normalizer()
    assert "parama" not in normalizer.analyze("o čemu su pričali, o parama ili šta?").surfaces
    russian = normalizer.analyze("какие соглашения подписали, по мостам что ли?")
    assert not any(s.startswith("most") for s in russian.surfaces)


def test_whats_up_before_a_comma_greets() -> None:
    """ "šta ima ljudi, ko je…" greets before it asks; "šta ima u vesti" asks what is in it."""
    normalizer = Normalizer()
    assert normalizer.analyze("šta ima ljudi, ko je ministar").tokens == (
        normalizer.analyze("ko je ministar").tokens
    )
    assert normalizer.analyze("šta ima ljudi, ko je ministar").kind == "who"


def test_asking_leave_and_what_one_understood_carry_nothing() -> None:
    """ "ako sme da se pita" (if one may ask) is courtesy and "koliko sam shvatio" (as I
    understood) names nothing and asks no amount."""
    from bot.lang.clauses import focus

    assert focus("ко плаћа мост, ако сме да се пита?") == "ко плаћа мост"
    assert focus("ko plaća most, ako smem da pitam") == "ko plaća most"
    normalizer = Normalizer()
    understood = normalizer.analyze("колико сам схватио, ко је министар")
    assert (understood.tokens, understood.kind) == (
        normalizer.analyze("ко је министар").tokens,
        "who",
    )


def test_if_possible_after_the_question_is_courtesy() -> None:
    """ "…, ako može (malo pojašnjenja za starijeg čoveka)?": if possible, asking nothing more."""
    from bot.lang.clauses import focus

    assert focus("ко плаћа мост, ако може мало појашњења за старијег човека?") == "ко плаћа мост"
    assert focus("ko plaća most, ako može?") == "ko plaća most"


def test_someone_asking_through_the_asker_is_no_topic() -> None:
    """ "žena me pita kad je bila poseta" asks when the visit was: the wife asking through the
    asker is no one's wife the article could tell of; so in Cyrillic."""
    for message in ("žena me pita kad je bila poseta", "жена ме пита кад је била посета"):
        surfaces = Normalizer().analyze(message).surfaces
        assert not any(s.startswith(("zen", "жен")) for s in surfaces)
