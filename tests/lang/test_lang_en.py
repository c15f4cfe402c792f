"""English (bot/lang/en.py) on tiny inputs."""

from __future__ import annotations

import dataclasses

import pytest

from bot.engine import Engine
from bot.knowledge.model import FactBase
from bot.lang import en
from bot.lang.normalize import Normalizer, clean, question_kind, tokenize


def test_stem_meets_plural_and_singular() -> None:
    """The English stemmer gives "agreements" and "agreement" one form."""
    assert en.stem("agreements") == en.stem("agreement") == "agreement"


def test_stem_reads_a_word_typed_with_accents() -> None:
    """A word with diacritics is stemmed in its folded Latin form."""
    assert en.stem("cafés") == en.stem("cafes")


def test_contractions_are_undone() -> None:
    """English contractions and possessives are undone when tokenizing."""
    assert tokenize(clean("Who's Serbia's PM? They didn't say")) == [
        "who",
        "is",
        "serbia",
        "pm",
        "they",
        "did",
        "not",
        "say",
    ]


def test_kind_rewrites_keep_whose_and_when_it_comes_to_from_misleading() -> None:
    """ "Which country's…" is not a where, "when it comes to…" is not a when."""
    assert question_kind("which country's technology") == "what"
    assert question_kind("when it comes to farming what did they agree") == "what"
    assert question_kind("which country did he visit") == "where"


def test_preamble_and_exclusion_are_not_the_question() -> None:
    """ "Can you tell me" and a "besides X," clause leave only what is asked."""
    analysis = Normalizer().analyze("Can you tell me, besides trade, what about culture?")
    assert analysis.tokens == ("cultur",)


def test_a_name_set_aside_after_a_comma_is_not_the_question() -> None:
    """ "who's the other minister, not petrova" asks about a minister, not Petrova; "did they
    sign anything, not really?" sets nothing aside."""
    normalizer = Normalizer()
    assert normalizer.analyze("who is the other minister, not petrova").tokens == (
        normalizer.analyze("who is the other minister").tokens
    )
    assert normalizer.analyze("did they sign, not really sure").excluded == ()


def test_small_talk_and_stop_words_are_english_words() -> None:
    """The English module lists English greetings and function words."""
    assert "the" in en.LANGUAGE.stop_words
    greetings = dict(en.LANGUAGE.small_talk)["greeting"]
    assert "good morning" in greetings


def test_a_place_noun_after_which_makes_a_where_question() -> None:
    """ "In which capital city…" and "what kind of place…" ask where."""
    assert question_kind("in which capital city did these talks take place") == "where"
    assert question_kind("what kind of place was it") == "where"
    assert question_kind("which countries is this about") == "what"


def test_what_a_thing_does_is_what_it_is_for() -> None:
    """ "What do the signed papers actually do" asks what they are for; what a person did or agreed to do is
    still a what question."""
    assert question_kind("what do the signed papers actually do") == "why"
    assert question_kind("what did the kazakh president actually do") == "what"
    assert question_kind("what did the 2 fms agree to do") == "what"
    assert question_kind("what did they do in the city") == "what"


def test_indefinite_words_carry_nothing() -> None:
    """ "Somewhere", "somehow", "whatever" ask nothing: they are not a question's key word."""
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze("somewhere somehow whatever smth").tokens == ()


def test_the_askers_own_people_and_what_they_say_are_not_the_question() -> None:
    """ "My boss heard…" names no boss of the article, and "my friend says…" asks nobody's
    words: the word after "my" and a reporting verb after it carry nothing."""
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze("my boss heard about trade").tokens == ("trade",)
    assert Normalizer().analyze("my friend says the visit").tokens == ("visit",)
    assert Normalizer().analyze("the boss says").tokens == ("boss", "say")


def test_what_was_talked_about_is_a_topic_question() -> None:
    """ "What did they talk about with Vucic", "what did they discuss", "talked to him about
    what" ask what was discussed; "what did he say when they talked" asks what he said."""
    assert question_kind("what did they talk about with the mayor") == "topic"
    assert question_kind("what did they discuss") == "topic"
    assert question_kind("he talked to the mayor about what") == "topic"
    assert question_kind("what did he say when they talked about trade") == "what"
    assert question_kind("what is the article about") == "what"
    assert question_kind("what did the mayor and the engineer talk about") == "topic"
    assert question_kind("what were the talks with the mayor about") == "topic"


def test_an_ordinal_is_its_number() -> None:
    """ "On the 30th" is 30, compared with the article's numbers like any number."""
    from bot.lang.normalize import tokenize

    assert tokenize("was it on the 30th or the 1st") == [
        "was",
        "it",
        "on",
        "the",
        "30",
        "or",
        "the",
        "1",
    ]


def test_a_person_asked_for_is_a_who_question() -> None:
    """ "Which Serbian officials…", "what minister…" ask who; "what kind of person" does not
    name a person asked for."""
    assert question_kind("which serbian officials did he hold talks with") == "who"
    assert question_kind("what minister did he meet") == "who"
    assert question_kind("what did the president say") == "what"


def test_a_bare_how_asks_what_so_a_later_when_starts_a_clause() -> None:
    """ "How did he sum it up when he met the mayor" asks how (a what question), not when;
    "how much" and "how long" keep their kinds; "according to" carries nothing."""
    from bot.lang.normalize import Normalizer

    assert question_kind("how did he sum it up when he met the mayor") == "what"
    assert question_kind("how much did it cost") == "amount"
    assert question_kind("how long was the visit") == "duration"
    assert Normalizer().analyze("according to the mayor").tokens == ("mayor",)


def test_chat_spellings_of_small_words_carry_nothing() -> None:
    """ "dos" (does), "eachother", "em" (them) and "btwn" are small words however typed."""
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze("how much dos it cost eachother").tokens == ("cost",)
    # "em" is "them" said fast; "btwn" is "between".
    assert Normalizer().analyze("how much does it cost btwn em").tokens == ("cost",)


def test_asking_for_a_friend_asks_nothing_and_ppl_are_people() -> None:
    """ "Asking for a friend" is a sign-off, not a word about friends; "ppl" is "people"."""
    from bot.lang.typos import RealWords, SmallWords

    tokens = Normalizer().analyze("can people cross the bridge? asking for a friend").tokens
    assert tokens == ("cross", "bridg")
    assert SmallWords(RealWords({}, 3.6)).fix("ppl", "en") == "people"


@pytest.mark.parametrize(
    "purpose", ["for a statistics assignment", "for my uni essay", "for our history class"]
)
def test_what_the_asker_needs_the_answer_for_is_not_asked(purpose: str) -> None:
    """ "For a statistics assignment I need the bridge's cost": the task's subject
    ("statistics") is not asked about; the cost is."""
    normalizer = Normalizer()
    assert normalizer.analyze(f"{purpose} i need the bridge cost").tokens == (
        normalizer.analyze("i need the bridge cost").tokens
    )


@pytest.mark.parametrize(
    "intro", ["student here,", "hi bot, quick one from a translator here.", "history teacher here:"]
)
def test_the_asker_introducing_themselves_asks_nothing(intro: str) -> None:
    """ "Student here, …": the asker's trade is no part of the question; "was the interpreter
    here, at the talks?" still asks about an interpreter."""
    normalizer = Normalizer()
    assert normalizer.analyze(f"{intro} how much is the bridge").tokens == (
        normalizer.analyze("how much is the bridge").tokens
    )
    assert "interpret" in normalizer.analyze("was the interpreter here, at the talks?").tokens


@pytest.mark.parametrize(("multiple", "times"), [("10x", "10 times"), ("tenfold", "ten times")])
def test_a_multiple_as_chat_writes_it_is_so_many_times(multiple: str, times: str) -> None:
    """ "the cost went up 10x" (or "tenfold") says ten times, as "10 times" does."""
    normalizer = Normalizer()
    assert normalizer.analyze(f"the cost went up {multiple}").tokens == (
        normalizer.analyze(f"the cost went up {times}").tokens
    )


def test_a_chats_reply_marker_is_not_the_question() -> None:
    """ "replying to marko:" names whom the message answers; "reply to the invitation" is
    still asked."""
    normalizer = Normalizer()
    assert normalizer.analyze("replying to marko: who signed").tokens == ("sign",)
    assert "repli" in normalizer.analyze("did he reply to the invitation").tokens


def test_asking_for_the_short_version_is_not_the_question() -> None:
    """ "…, short version" asks for a short answer, as "briefly" does."""
    normalizer = Normalizer()
    assert normalizer.analyze("who signed, short version").tokens == ("sign",)


def test_in_the_end_is_no_end_of_anything() -> None:
    """ "did they sign anything in the end" asks whether they signed, as without it."""
    normalizer = Normalizer()
    assert normalizer.analyze("did they sign anything in the end").tokens == ("sign",)


def test_an_actual_deal_is_a_deal() -> None:
    """ "an actual military deal" asks about a military deal: "actual" only insists, as
    "originally" does in "who reported it originally"."""
    normalizer = Normalizer()
    assert normalizer.analyze("did they sign an actual deal").tokens == (
        normalizer.analyze("did they sign a deal").tokens
    )
    assert normalizer.analyze("who reported it originally").tokens == (
        normalizer.analyze("who reported it").tokens
    )


def test_chat_abbreviations_carry_nothing() -> None:
    """ "bc", "imo", "fyi", "iirc" tell how the asker talks, not what is asked."""
    normalizer = Normalizer()
    chatty = normalizer.analyze("fyi iirc bc imo they signed it with the serbs").tokens
    assert chatty == normalizer.analyze("they signed it with the serbs").tokens


def test_can_u_tell_me_is_a_preamble_as_can_you_tell_me_is() -> None:
    """ "who came over. can u tell me" asks who came over: the last sentence, "can u tell
    me", asks nothing of its own, as "can you tell me" doesn't."""
    normalizer = Normalizer()
    assert normalizer.analyze("who came over. can u tell me").kind == "who"
    assert normalizer.analyze("who came over. can you tell me").kind == "who"


def test_how_much_importance_asks_a_judgement_not_an_amount() -> None:
    """ "How much importance do they attach" asks what they think of it; "how much trade" and
    "how much import" stay amounts."""
    assert question_kind("how much importance does kazakhstan attach to it") == "what"
    assert question_kind("how much weight does kazakhstan put on it") == "what"
    assert question_kind("how much importnce do they give it") == "what"
    assert question_kind("how much trade is there") == "amount"
    assert question_kind("how much import comes from serbia") == "amount"


def test_a_guess_after_the_question_is_not_asked_unless_it_asks_for_more() -> None:
    """ "What were the talks about, only money?" asks what they were about; "…, just the
    economy or what?" still asks about the economy (and more)."""
    from bot.lang.normalize import Normalizer

    assert "money" not in Normalizer().analyze("what were the talks about, only money?").surfaces
    assert "economy" in Normalizer().analyze("what was it about, just economy or what?").surfaces


def test_what_after_thats_in_a_tag_asks_nothing() -> None:
    """ "were they about energy? that's what the tv said" is a yes/no question: the tag's
    "what" relates."""
    from bot.lang.normalize import fold, question_kind

    assert question_kind(fold("were the talks about energy? thats what the tv said")) == "yesno"
    assert question_kind(fold("did they meet? that's what my dad said")) == "yesno"


@pytest.mark.parametrize(
    ("question", "set_aside", "asked"),
    [
        ("did they talk only about money or also about the bridge?", "money", "bridge"),
        ("они говорили только про деньги или ещё про культуру?", "dengi", "kultur"),
        ("da li su pričali samo o parama ili i o kulturi?", "parama", "kultur"),
    ],
)
def test_only_this_or_also_that_asks_about_that(question: str, set_aside: str, asked: str) -> None:
    """ "Only X or also Y?" asks about Y: X is what the asker already knows."""
    from bot.lang.normalize import Normalizer

    surfaces = " ".join(Normalizer().analyze(question).surfaces)
    assert set_aside not in surfaces
    assert asked in surfaces


def test_mainly_only_adds_emphasis() -> None:
    """ "was the meeting mainly about sports" asks about sports, not "the main topic";
    "what was the main topic" keeps its word."""
    assert "main" not in Normalizer().analyze("was the meeting mainly about sports").tokens
    assert "main" in Normalizer().analyze("what was the main topic").tokens


def test_an_apology_for_the_question_asks_nothing() -> None:
    """ "sry if dumb q but…" and "sorry for the stupid question" carry no topic."""
    assert Normalizer().analyze("sry if dumb q but is the bridge open").tokens == (
        Normalizer().analyze("is the bridge open").tokens
    )
    assert "stupid" not in Normalizer().analyze("sorry for the stupid question, who won").surfaces


def test_an_apology_for_being_off_topic_asks_nothing() -> None:
    """ "sorry if it's off topic" carries no topic (no "topic" to match a fact's)."""
    for typed in (
        "is the bridge open? sorry if its off topic",
        "is the bridge open? sorry if it's a bit off-topic",
    ):
        assert (
            Normalizer().analyze(typed).tokens == Normalizer().analyze("is the bridge open").tokens
        )


def test_the_argument_the_asker_is_in_asks_nothing() -> None:
    """ "me and nikola are arguing, …" and "settle this" carry no topic: "arguing" is no
    question about an argument."""
    plain = Normalizer().analyze("is the bridge open").tokens
    assert Normalizer().analyze("me and nikola are arguing, is the bridge open").tokens == plain
    assert Normalizer().analyze("settle this, is the bridge open").tokens == plain


def test_a_numbered_label_of_the_askers_list_asks_nothing() -> None:
    """ "Card 14: who opened…", "Q3: …" label a question: neither "card" nor the number is
    asked about."""
    plain = Normalizer().analyze("who opened the debate?").tokens
    assert Normalizer().analyze("Card 14: who opened the debate?").tokens == plain
    assert Normalizer().analyze("Q3: who opened the debate?").tokens == plain


def test_was_it_someone_who_puts_the_person_forward_as_a_claim() -> None:
    """ "Was it Petrova who opened the debate?" asks whether that is so (yes/no), not who."""
    assert Normalizer().analyze("was it petrova who opened the debate?").kind == "yesno"
    assert Normalizer().analyze("who opened the debate?").kind == "who"


def test_the_askers_friend_is_read_when_misspelt(small_engine: Engine) -> None:
    """ "freind says…" is the asker's friend, as spelt right: not "friendly", a word of the
    fact base, to be matched."""
    assert small_engine.analyze("freind says it was in october").tokens == (
        small_engine.analyze("friend says it was in october").tokens
    )


def test_a_request_to_confirm_or_check_asks_nothing_of_its_own() -> None:
    """ "Can you confirm the date?" asks the date: "confirm" is no topic word."""
    normalizer = Normalizer()
    assert normalizer.analyze("can you confirm the date?").tokens == (
        normalizer.analyze("the date?").tokens
    )


def test_what_did_a_named_president_say_asks_what() -> None:
    """ "What did President Vucic say…" asks what he said; "which Serbian officials…",
    "which members of the government…" and "what minister…" ask who."""
    assert question_kind("what did president vucic say about relations") == "what"
    assert question_kind("which serbian officials did he meet") == "who"
    assert question_kind("which members of the government did he meet") == "who"
    assert question_kind("what minister came to belgrade") == "who"


def test_phone_shorthand_with_vowels_dropped_is_the_small_word(small_engine: Engine) -> None:
    """ "whr ws" is "where was", "dd thy" "did they": the kind of question survives and no
    shorthand is left as a word of its own."""
    from bot.lang.typos import RealWords, SmallWords

    small = SmallWords(RealWords({}, 3.6))
    assert [small.fix(w, "en") for w in ("whr", "ws", "dd", "thy", "wh0", "sgn")] == [
        "where",
        "was",
        "did",
        "they",
        "who",
        "sign",
    ]
    assert small_engine.analyze("whr ws the bridge").kind == "where"


@pytest.mark.parametrize(
    ("question", "without"),
    [
        ("did he visit the capital or some other city", "did he visit the capital"),
        ("он был в столице или в каком-то другом городе", "он был в столице"),
        ("da li je bio u prestonici ili u nekom drugom gradu", "da li je bio u prestonici"),
    ],
)
def test_or_some_other_place_after_the_place_asked_about_is_not_asked(
    question: str, without: str
) -> None:
    """ "…the serbian capital or some other city?" asks about the place it names: "some other
    city" is only the other half of the either/or, in every language."""
    normalizer = Normalizer()
    assert normalizer.analyze(question).tokens == normalizer.analyze(without).tokens


def test_asking_whether_a_claim_is_real_or_legit_carries_no_topic() -> None:
    """ "…was one of the areas. real?" asks, like "true?", whether the claim holds: "real"
    and "legit" are no words of the question, so the claim decides."""
    normalizer = Normalizer()
    assert normalizer.analyze("is this real").tokens == ()
    assert normalizer.analyze("legit?").tokens == ()


def test_what_the_radio_or_twitter_says_is_hearsay() -> None:
    """ "the radio said…", "twitter claims…": who says it and their saying are the story's,
    like "my friend says" — no words of the question."""
    normalizer = Normalizer()
    assert normalizer.analyze("the radio said dacic met nurtleu").tokens == (
        normalizer.analyze("dacic met nurtleu").tokens
    )
    assert normalizer.analyze("twitter claims dacic met nurtleu").tokens == (
        normalizer.analyze("dacic met nurtleu").tokens
    )


def test_where_the_asker_read_or_heard_a_claim_is_not_the_question() -> None:
    """ "I read somewhere that…", "i heard on the radio that…" say where a claim comes from:
    the claim is what is asked."""
    normalizer = Normalizer()
    assert normalizer.analyze("i read somewhere that the bridge opened").tokens == (
        normalizer.analyze("the bridge opened").tokens
    )
    assert normalizer.analyze("i heard on the radio that the bridge opened").tokens == (
        normalizer.analyze("the bridge opened").tokens
    )


def test_the_askers_own_claim_is_no_ones_words_asked_about() -> None:
    """ "In my draft I say the bridge opened" is the asker's claim, as "I read that…" is:
    their "say" asks for nobody's words ("what did the mayor say" still does)."""
    normalizer = Normalizer()
    assert normalizer.analyze("in my draft i say the bridge opened").tokens == (
        normalizer.analyze("the bridge opened").tokens
    )
    assert normalizer.analyze("i wrote that the bridge opened").tokens == (
        normalizer.analyze("the bridge opened").tokens
    )
    assert "say" in normalizer.analyze("what did the mayor say").tokens
    # Saying or writing asked about is no claim of the asker's.
    assert "say" in normalizer.analyze("can i say that the bridge opened?").tokens
    assert "write" in normalizer.analyze("how do i write the mayor's name?").tokens


def test_u_good_is_asking_how_the_bot_is() -> None:
    """ "hey hows it going, u good?" is small talk, however short the "you" is."""
    from bot.lang.smalltalk import small_talk

    assert small_talk("hey hows it going, u good?") is not None
    assert small_talk("u good?") == "how_are_you"


@pytest.mark.parametrize("message", ["hows ur day going", "hey how r u", "how was ur day"])
def test_small_talk_typed_in_shorthand_is_small_talk(message: str) -> None:
    """ "ur", "r", "u" are "your", "are", "you": a greeting about the asker's day is small
    talk, not a question about the day of the article's event."""
    from bot.lang.smalltalk import small_talk

    assert small_talk(message) is not None


def test_besides_bilateral_asks_for_the_rest_not_sets_it_aside() -> None:
    """ "anything other than bilateral relations?" asks about what lies beyond them: the words
    after the exclusion stay in the question ("кроме двусторонних" too); "besides Vucic" still
    sets Vucic aside."""
    normalizer = Normalizer()
    assert "bilater" in " ".join(
        normalizer.analyze("did they discuss anything other than bilateral relations").forms
    )
    assert any("dvustoron" in f for f in normalizer.analyze("кроме двусторонних дел").forms)
    assert normalizer.analyze("who else besides the mayor spoke").tokens == ("spoke",) or (
        "mayor" not in normalizer.analyze("who else besides the mayor spoke").tokens
    )


def test_the_list_is_how_an_answer_is_asked_for_not_a_topic() -> None:
    """ "anything else on the list?" asks for more of what the message names: "list" is a
    framing word, as "topic" is, not a subject of its own."""
    from bot.lang import FRAMING_WORDS

    assert {"list", "lists", "listed"} <= FRAMING_WORDS


@pytest.mark.parametrize("source", ["news said", "the radio says", "a headline said"])
def test_the_source_reporting_a_claim_is_no_word_of_it(source: str) -> None:
    """ "news said the memorandums were about education": "news" is who reports, not the
    article's news asked about."""
    normalizer = Normalizer()
    claim = "the memorandums were about education"
    assert normalizer.analyze(f"{source} {claim}").tokens == normalizer.analyze(claim).tokens


def test_whom_someone_saw_is_whom_they_met_but_how_they_see_is_a_view() -> None:
    """ "Who did the minister see in Paris?" asks whom he met; "how does he see Paris" stays."""
    normalizer = Normalizer()
    assert normalizer.analyze("who did the minister see in paris").tokens == (
        normalizer.analyze("who did the minister meet in paris").tokens
    )
    assert "see" in normalizer.analyze("how does the minister see paris").tokens


def test_a_visitor_described_is_the_person_not_also_a_visitor(small_base: FactBase) -> None:
    """ "…with the Kazakh visitor" names Nurtleu; "visitor" is no further word of the question
    (it pulled "who is the Kazakh visitor" over whom he talked with)."""
    descriptions = {"nurtleu": ((("kazakhstan",), ("visitor", "minister")),)}
    engine = Engine(dataclasses.replace(small_base, descriptions=descriptions))
    tokens = engine.analyze("which serbian minister talked trade with the kazakh visitor").tokens
    assert "nurtleu" in tokens
    assert "visitor" not in tokens


def test_long_story_short_is_a_preamble() -> None:
    """ "long story short, is the bridge free" asks whether the bridge is free."""
    normalizer = Normalizer()
    told = normalizer.analyze("long story short, is the bridge free")
    assert told.tokens == normalizer.analyze("is the bridge free").tokens


def test_quick_carries_no_topic() -> None:
    """ "quick one: …", "quick q": "quick" says how the asker asks, not what about."""
    assert (
        "quick" not in Normalizer().analyze("quick one: when did the mayor open the bridge").tokens
    )


def test_right_at_the_end_without_a_mark_puts_a_claim_forward() -> None:
    """ "…the mayor opened the bridge right" asks whether the claim is right, as "right?"
    does; "lowkey curious" says how the asker feels, no topic."""
    from bot.engine.analysis import puts_forward

    normalizer = Normalizer()
    assert puts_forward(normalizer.analyze("the mayor opened the bridge with ivan right"))
    tokens = normalizer.analyze("lowkey curious when the mayor opened the bridge").tokens
    assert "lowkey" not in tokens
    assert "curious" not in tokens


@pytest.mark.parametrize("message", ["have a good one", "thanks man, have a good one", "take care"])
def test_a_farewell_with_thanks_is_small_talk(message: str) -> None:
    """ "thanks man, have a good one" says goodbye; it asks nothing of the article."""
    from bot.lang.smalltalk import small_talk

    assert small_talk(message) in {"bye", "thanks"}


def test_wait_opening_a_question_carries_no_topic() -> None:
    """ "wait what does the council mean": "wait" only opens the question."""
    assert "wait" not in Normalizer().analyze("wait what does the council mean").surfaces


def test_surely_doubting_a_claim_carries_no_topic() -> None:
    """ "surely the meeting was on another day" doubts a claim; "surely" names nothing."""
    assert Normalizer().analyze("surely the meeting was on another day").tokens == (
        Normalizer().analyze("the meeting was on another day").tokens
    )


@pytest.mark.parametrize(
    "message",
    [
        "who did nurtleu meet? thanks in advance",
        "who did nurtleu meet, thanks a lot",
        "thank you so much, who did nurtleu meet",
        "who did nurtleu meet thx so much",
    ],
)
def test_a_sign_off_thanking_adds_no_words_to_the_question(
    small_engine: Engine, message: str
) -> None:
    """ "Thanks in advance", "thank you so much": the message thanks, it asks nothing more —
    its words are those of "who did nurtleu meet"."""
    assert (
        small_engine.analyze(message).tokens == small_engine.analyze("who did nurtleu meet").tokens
    )


@pytest.mark.parametrize(
    "message",
    [
        "what's your name?",
        "whats ur name",
        "who made you",
        "who are you working for",
        "как тебя зовут",
        "kako se zoveš",
        "как вас зовут",
        "кто вас сделал",
        "kako se zovete",
        "ko vas je napravio",
        "can you speak english?",
        "do u speak russian",
        "Who am I talking to, dear?",
        "just curious who I'm talking to lol",
        "Are you a real person or a computer?",
        "с кем я говорю?",
        "sa kim pričam?",
    ],
)
def test_asking_the_bots_name_maker_or_languages_is_small_talk_about_it(message: str) -> None:
    """The bot's name, who made it, which languages it speaks or who one is talking to ("Who
    am I talking to?", "…who I'm talking to", "…or a computer?") is asked of the bot, not of
    the article's people."""
    from bot.lang.smalltalk import small_talk

    assert small_talk(message) == "about_me"


def test_a_degree_word_before_an_adjective_is_a_filler() -> None:
    """ "pretty modest", "quite low", "kinda weak": the degree word says nothing asked."""
    assert Normalizer().analyze("pretty modest quite low kinda weak").tokens == (
        "modest",
        "low",
        "weak",
    )


def test_settling_a_bet_asks_nothing() -> None:
    """ "settling a bet: …" introduces the question; "bet" and "settling" carry no topic."""
    assert Normalizer().analyze("settling a bet: was the bridge opened").tokens == (
        Normalizer().analyze("was the bridge opened").tokens
    )


@pytest.mark.parametrize(
    "message",
    [
        "my mom keeps asking who opened the debate",
        "my dad was asking me who opened the debate",
    ],
)
def test_someone_asking_through_the_asker_asks_nothing_itself(message: str) -> None:
    """ "my mom keeps asking…", "my dad was asking me…": the question is what follows; "asking"
    is no word of it (an invitation "asks" someone to come)."""
    assert (
        Normalizer().analyze(message).tokens == Normalizer().analyze("who opened the debate").tokens
    )


def test_alternatives_guessed_after_a_who_question_are_guesses_each() -> None:
    """ "who opened the debate, the mayor or the city council?": each alternative is a short
    guess the answer puts right, so neither is what is asked."""
    from bot.lang.normalize import Normalizer

    surfaces = (
        Normalizer().analyze("who opened the debate, the mayor or the city council?").surfaces
    )
    assert "mayor" not in surfaces
    assert "council" not in surfaces


def test_an_honorific_carries_no_topic(small_engine: Engine) -> None:
    """ "Mr. Nurtleu", "Mrs Petrova": the title says nothing the name doesn't."""
    assert small_engine.analyze("what did mr nurtleu say").tokens == (
        small_engine.analyze("what did nurtleu say").tokens
    )


def test_a_christian_or_given_name_asks_who_someone_is(small_engine: Engine) -> None:
    """ "What is Mr. Nurtleu's christian name?": "christian" asks his first name, it is no
    unknown subject."""
    assert "christian" not in small_engine.weigh("what is nurtleu's christian name").unknown


def test_last_typed_without_its_vowel_is_last() -> None:
    """ "how much was trade lst year": a chat spelling of "last"."""
    from bot.lang.typos import RealWords, SmallWords
    from bot.lang.words import WordFrequencies

    real = RealWords({"en": WordFrequencies({"last": 5.5})}, 3.6)
    assert SmallWords(real).fix("lst", "en") == "last"


def test_lettered_choices_after_a_quiz_question_are_not_asked() -> None:
    """ "who opened the debate: a) the council b) the engineers c) someone else?" asks who
    opened it; the choices, right or wrong, are what the answer settles. "was it a) Monday
    b) Tuesday?" is nothing without them and keeps them."""
    plain = Normalizer().analyze("who opened the debate?").tokens
    quiz = "who opened the debate: a) the council b) the engineers c) someone else?"
    assert Normalizer().analyze(quiz).tokens == plain
    assert Normalizer().analyze("кто открыл дебаты: а) совет б) инженеры?").tokens == (
        Normalizer().analyze("кто открыл дебаты?").tokens
    )
    assert "monday" in Normalizer().analyze("was it a) monday b) tuesday?").surfaces


@pytest.mark.parametrize(
    ("quiz", "plain"),
    [
        ("Fill in the blank: the mayor opened the ___", "the mayor opened the"),
        ("Заполните пропуск: мост одобрил ___", "мост одобрил"),
        ("Popunite: most je odobrio ___", "most je odobrio"),
    ],
)
def test_a_quiz_instruction_asks_nothing(quiz: str, plain: str) -> None:
    """ "Fill in the blank: …", "Заполните пропуск: …", "Popunite: …": the instruction says
    how the asker asks; the sentence with its blank is what is asked."""
    assert Normalizer().analyze(quiz).tokens == Normalizer().analyze(plain).tokens


@pytest.mark.parametrize("message", ["как дела, братан", "kak dela bratan", "ну как дела, ребята"])
def test_addressing_the_bot_as_a_mate_is_still_small_talk(message: str) -> None:
    """ "братан", "ребята": chat's way of addressing anyone asks nothing beside "как дела"."""
    from bot.lang.smalltalk import small_talk

    assert small_talk(message) == "how_are_you"


def test_adverbs_of_degree_carry_no_topic() -> None:
    """ "merely", "entirely", "totally" say how much, not what about ("totally" is no trade
    total)."""
    normalizer = Normalizer()
    assert normalizer.analyze("was the document merely a memorandum").tokens == (
        normalizer.analyze("was the document a memorandum").tokens
    )
    assert "total" not in normalizer.analyze("they totally signed a deal").tokens


@pytest.mark.parametrize("message", ["is that accurate?", "Is it accurate that they met?"])
def test_asking_whether_it_is_accurate_checks_a_claim(message: str) -> None:
    """ "Is it accurate…?" checks a claim as "is it true…?" does."""
    from bot.lang.clauses import CLAIM_TAG

    assert CLAIM_TAG.search(message.casefold())


def test_the_asker_mixing_people_up_asks_nothing() -> None:
    """ "…, i keep mixing up who's who" is the asker's confusion, no part of the question."""
    normalizer = Normalizer()
    assert normalizer.analyze("which side is petrova on, i keep mixing up who's who").tokens == (
        normalizer.analyze("which side is petrova on").tokens
    )


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wear did the meeting take place", "where did the meeting take place"),
        ("who did the mayor meat with", "who did the mayor meet with"),
        ("who else did the mayor meat", "who else did the mayor meet"),
        ("what about there two countries", "what about their two countries"),
        ("i wonder weather they signed", "i wonder whether they signed"),
    ],
)
def test_a_word_voice_typing_writes_for_one_that_sounds_the_same_is_read_as_meant(
    typed: str, meant: str
) -> None:
    """Speech recognition writes "wear", "meat", "there", "weather" where the question says
    "where", "meet", "their", "whether": read as meant where the written word can't stand."""
    normalizer = Normalizer()
    assert normalizer.analyze(typed).tokens == normalizer.analyze(meant).tokens
    assert normalizer.analyze(typed).kind == normalizer.analyze(meant).kind


def test_the_written_word_stays_where_it_can_stand() -> None:
    """ "What did he wear", "the weather in Lakeside": nothing to read otherwise."""
    normalizer = Normalizer()
    assert normalizer.analyze("what did he wear").tokens == ("wear",)
    assert "meat" in normalizer.analyze("did they eat meat").tokens
    assert "weather" in normalizer.analyze("the weather in lakeside").surfaces


@pytest.mark.parametrize(
    "message",
    [
        "last thing before i log off for the night: the bridge length figure",
        "one last question, the bridge length figure. thanks",
    ],
)
def test_announcing_the_last_question_asks_nothing(message: str) -> None:
    """ "last thing before i log off:" announces the question; its "last" is no period."""
    from bot.lang.clauses import focus

    assert focus(message) == "the bridge length figure"


def test_what_time_period_asks_a_period_not_an_hour() -> None:
    """ "what time period is that figure for" asks which period; "what time" alone the hour."""
    assert question_kind("what time period is that figure for") != "time"
    assert question_kind("what time did they meet") == "time"


@pytest.mark.parametrize("label", ["quiz question", "homework question", "question 3", "q2"])
def test_a_quiz_questions_label_asks_nothing(label: str) -> None:
    """ "quiz question: how long is the bridge?" is labelled by the asker's quiz or task."""
    normalizer = Normalizer()
    assert normalizer.analyze(f"{label}: how long is the bridge?").tokens == (
        normalizer.analyze("how long is the bridge?").tokens
    )


@pytest.mark.parametrize(
    "claim", ["it was petrova who opened the debate, right?", "it's petrova who opened it, right?"]
)
def test_it_was_x_who_states_a_claim(claim: str) -> None:
    """ "It was X who did it, right?" puts X forward as "was it X who…" does: a yes/no claim,
    not a who-question."""
    assert question_kind(claim) == "yesno"


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("which country did the mayor sign the deal with", "what"),
        ("with which country did the mayor sign the deal", "what"),
        ("which country did the mayor visit", "where"),
    ],
)
def test_which_country_someone_did_something_with_asks_the_other_party(
    question: str, kind: str
) -> None:
    """ "Which country did they sign the deal with?" asks who the other party was, not where
    it happened; "which country did he visit" still asks where."""
    assert Normalizer().analyze(question).kind == kind


def test_wise_after_a_word_says_in_what_respect_and_names_nothing() -> None:
    """ "numbers wise, what did they note about trade?": "-wise" (in respect of) is no word of
    the question's subject."""
    assert "wise" not in Normalizer().analyze("numbers wise, what did they note", lang="en").tokens


def test_matters_after_what_they_are_about_are_issues() -> None:
    """ "military matters were discussed" names issues, which "why does it matter" does not:
    only the first is read as "issues"."""
    assert Normalizer().analyze("which military matters were discussed").surfaces == (
        "military",
        "issues",
        "discussed",
    )
    assert Normalizer().analyze("why does it matter so much").surfaces == ("matter",)
    assert "issues" not in Normalizer().analyze("why trade matters so much for them").surfaces


def test_talking_a_topic_is_talking_about_it() -> None:
    """ "they talked trade" is "they talked about trade" (what was discussed); "talked to
    him" and "talked for an hour" talk about nothing."""
    assert Normalizer().analyze("they talked trade with him").stems[:4] == (
        "they",
        "talk",
        "about",
        "trade",
    )
    assert "about" not in Normalizer().analyze("he talked to vucic").stems
    assert "about" not in Normalizer().analyze("they talked for an hour").stems
    assert "about" not in Normalizer().analyze("did they talk face to face").stems


def test_what_the_article_describes_is_what_it_mentions() -> None:
    """ "does the article describe their purpose" asks what the article tells, as "does the
    article mention…" does: no "describe" to weigh; "how did he describe serbia" keeps it."""
    assert "describ" not in Normalizer().analyze("does the article describe their purpose").stems
    assert "describ" in Normalizer().analyze("how did he describe serbia").stems
    assert "describ" in Normalizer().analyze("how does the article describe serbia").stems


def test_someone_of_the_askers_life_asking_is_a_preamble() -> None:
    """ "my wife asked me when the visit was" asks when the visit was: neither the wife nor
    her asking is asked about; "who asked vucic to visit" keeps its asking (an invitation)."""
    assert Normalizer().analyze("my wife asked me when the visit was").surfaces == ("visit",)
    assert "ask" in Normalizer().analyze("who asked vucic to visit astana").stems
