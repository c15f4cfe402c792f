"""A fact that reports someone's words is not the answer to what somebody else said."""

from __future__ import annotations

import dataclasses

from base_edits import with_facts
from tiny import FACTS, replace_config, tiny_base

from bot.engine import Engine, Reason
from bot.engine.scoring import asks_for_words
from bot.knowledge.model import Citation, Fact

# Two statements of the tiny article: the council's words about the cost, and the mayor's
# thanks. Both phrasings share "say" and "bridge"; only the speaker tells them apart.
COUNCIL_SAID = Fact(
    "council-said",
    "works",
    (
        "What did the council say to Petrova about the bridge?",
        "council statement",
        "the council's words",
        "what was said",
    ),
    "The council said the bridge will cost 40 million euros.",
    (Citation(2, "The bridge will cost 40 million euros, the council said"),),
    speaker="council",
)
PETROVA_SAID = Fact(
    "petrova-said",
    "people",
    ("What did Petrova say?", "Petrova's statement", "whom did she thank", "thanks"),
    "Mayor Ana Petrova thanked the engineers from Vienna.",
    (Citation(3, "thanked the engineers from Vienna"),),
    speaker="petrova",
)

QUESTION = "what did Petrova say about the bridge"


def engine(**config: object) -> Engine:
    base = tiny_base(facts=(*FACTS, COUNCIL_SAID, PETROVA_SAID))
    people = {"petrova": ("Ana Petrova", "Petrova"), "council": ("council", "city council")}
    base = dataclasses.replace(base, aliases=people, people=tuple(people))
    return Engine(base, config=replace_config(**config))


def test_the_person_named_is_the_speaker_of_the_answer() -> None:
    """ "What did Petrova say about the bridge" is answered with Petrova's words, not with the
    council's words to Petrova, although the council's phrasing holds more of the question."""
    assert engine(speaker_mismatch_factor=1.0).decide(QUESTION).fact_id == "council-said"
    assert engine().decide(QUESTION).fact_id == "petrova-said"


def test_a_speaker_the_question_names_is_not_marked_down() -> None:
    """Naming the speaker keeps the speaker's fact: the council's words stay the answer."""
    decision = engine().decide("what did the council say to Petrova about the bridge")
    assert decision.fact_id == "council-said"


def test_asking_a_speakers_words_marks_down_a_fact_that_is_no_ones_words() -> None:
    """ "What did Petrova tell about the bridge" asks for Petrova's words: the bridge fact,
    which reports nobody's, is marked down by speaker_mismatch_factor; asked without a word
    like "tell", it is not."""
    from bot.engine.scoring import words_elsewhere

    eng = engine()
    index = eng.index
    bridge = index.fact_at["bridge"]
    told = eng.weigh("what did Petrova tell about the bridge approved")
    plain = eng.weigh("Petrova and the bridge approved")
    assert words_elsewhere(index, index.entries[bridge], told)
    assert not words_elsewhere(index, index.entries[bridge], plain)
    assert not words_elsewhere(index, index.entries[index.fact_at["petrova-said"]], told)


def test_according_to_someone_asks_for_their_words() -> None:
    """ "According to Vucic…", "по словам Вучича…", "po rečima Vučića…" ask for what someone
    said, as "what did Vucic say" does."""
    for cleaned in (
        "according to vucic how do the countries interact",
        "в каких форматах по словам вучича страны взаимодействуют",
        "u kojim formatima po recima vucica saradjuju",
    ):
        assert asks_for_words(cleaned), cleaned
    assert not asks_for_words("how do the countries interact")


def test_the_article_itself_or_a_way_of_asking_asks_for_no_ones_words() -> None:
    """ "According to the article, who is Petrova?" and "tell me who opened the debate" ask
    what the article says, not for someone's words; "what did Petrova say" still does."""
    assert not asks_for_words("according to the article, who is petrova?")
    assert not asks_for_words("tell me who opened the debate")
    assert asks_for_words("what did petrova say about the bridge")


def test_a_speakers_view_asked_with_according_to_wants_their_words() -> None:
    """ "po Petrovoj", "according to Petrova" ask her view: as "what did Petrova say" does."""
    from bot.engine.scoring import asks_for_words

    speakers = frozenset({"petrova"})
    assert asks_for_words("kakav je most po petrovoj", speakers)
    assert asks_for_words("according to petrova what is the bridge", speakers)
    assert not asks_for_words("kakav je most po clanku", speakers)
    assert not asks_for_words("kakav je most", speakers)


def test_the_one_words_were_said_to_is_no_speaker() -> None:
    """ "What did they tell Petrova about the bridge" asks for words said *to* her: Petrova's
    own words are marked down as another speaker's, the council's are not, although her name
    is the only one typed."""
    from bot.engine.scoring import other_speaker

    eng = engine()
    index = eng.index
    told = eng.weigh("what did they tell Petrova about the bridge")
    assert other_speaker(index, index.entries[index.fact_at["petrova-said"]], told)
    assert not other_speaker(index, index.entries[index.fact_at["council-said"]], told)
    assert eng.decide("what did they tell Petrova about the bridge").fact_id == "council-said"


def test_a_name_in_the_dative_or_after_about_is_spoken_to() -> None:
    """ "что он сказал Иванову", "šta je rekao Ivanovu", "что он сказал про Иванова" name
    Ivanov as whom (or of whom) words were said; "что сказал Иванов" names the speaker."""
    from bot.engine.scoring import spoken_to

    base = tiny_base()
    people = {"ivanov": ("Ivanov", "Иванов")}
    eng = Engine(dataclasses.replace(base, aliases=people, people=tuple(people)))
    everyone = frozenset(people)
    for question in ("что он сказал иванову", "šta je rekao ivanovu", "что он сказал про иванова"):
        assert spoken_to(eng.analyze(question), everyone) == everyone, question
    assert spoken_to(eng.analyze("что сказал иванов"), everyone) == frozenset()


def test_a_speaker_after_according_to_or_about_their_words_still_speaks() -> None:
    """ "according to Petrova…" and "tell me about Petrova's statement" ask for Petrova's
    own words: an English "to" or "about" before a name makes no one spoken to."""
    from bot.engine.scoring import spoken_to

    eng = engine()
    petrova = frozenset({"petrova"})
    assert spoken_to(eng.analyze("according to Petrova what is the bridge"), petrova) == set()
    assert spoken_to(eng.analyze("tell me about Petrova's statement"), petrova) == set()
    assert spoken_to(eng.analyze("what did they tell Petrova"), petrova) == petrova


def test_a_colloquial_said_asks_what_was_said_not_an_opinion(small_engine: Engine) -> None:
    """ "je li vucic reko da je saradnja losa": "reko" is "rekao" (said) as spoken; the
    question asks about what Vucic said, so it is not declined as asking the bot's view of
    the cooperation (as "da li je saradnja losa" is)."""
    assert small_engine.decide("je li vucic reko da je saradnja losa").reason is not Reason.OPINION
    assert small_engine.decide("da li je saradnja losa").reason is Reason.OPINION


def test_who_said_that_asks_about_the_phrase_the_message_quotes(small_engine: Engine) -> None:
    """ "…a student asked who talked about the 'high level of cooperation between the
    countries'. I think it was the guest. Who said that?": "that" is the quoted phrase, which
    Vucic said (a fact of his words added to the small base)."""
    assessment = Fact(
        "vucic-assessment",
        "relations",
        (
            "What did Vucic note?",
            "high level of cooperation",
            "who spoke of a high level of cooperation",
        ),
        "Vucic noted the high level of cooperation between the countries.",
        (Citation(3, "Serbian President Vucic noted the high level of cooperation"),),
        answers_to=("what", "who"),
        speaker="vucic",
    )
    base = small_engine.base
    engine = Engine(with_facts(base, assessment))
    made = engine.decide(
        "I teach English with news articles. A student asked who talked about the 'high level "
        "of cooperation between the countries'. I think it was the guest. Who said that?"
    )
    assert made.fact_id == "vucic-assessment"
