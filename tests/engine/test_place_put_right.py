"""A claim putting the events in a place the article names for something else."""

import dataclasses

import pytest
from base_edits import with_facts, with_phrasings

from bot.engine import Engine
from bot.engine.decision import role_claim
from bot.knowledge.model import Citation, Fact, FactBase


@pytest.fixture(scope="module")
def invitation_engine(small_base: FactBase) -> Engine:
    """The small base with the invitation to Astana, and the visit asked as where the talks
    were held."""
    invitation = Fact(
        "invitation",
        "meeting",
        (
            "Was Vucic invited to Astana?",
            "is Vucic heading to Astana next year",
            "what did Tokayev invite Vucic to do",
        ),
        "Nurtleu passed on an invitation from President Tokayev to visit Astana next year.",
        (Citation(2, "He shared an invitation from Kazakh President Kassym-Jomart Tokayev"),),
        answers_to=("what", "who"),
    )
    base = with_phrasings(small_base, "visit", "where were the talks held")
    return Engine(with_facts(base, invitation))


def test_a_claim_putting_the_talks_in_astana_gets_the_invitation_and_where_they_were(
    invitation_engine: Engine,
) -> None:
    """ "vucic flew to astana for the talks, right?": the invitation to Astana is told with
    the visit, which says where the talks took place and so puts the claim right."""
    made = invitation_engine.decide("vucic flew to astana for the talks, right?")
    assert made.fact_id == "invitation"
    assert made.also is not None
    assert made.also.id == "visit"


@pytest.mark.parametrize(
    "question", ["did they meet in belgrade or novi sad?", "was it belgrade or zagreb?"]
)
def test_a_choice_between_the_articles_place_and_another_is_answered_with_where(
    small_engine: Engine, question: str
) -> None:
    """ "Belgrade or Novi Sad?" asks which of two places: the fact saying where the events
    were answers, instead of a decline for the place the article never names."""
    assert small_engine.decide(question).fact_id == "visit"


@pytest.mark.parametrize(
    "question", ["was the visit in zagrbe?", "was the visit in moscwo?", "визит был в загрбе?"]
)
def test_a_claim_of_a_misspelt_place_is_put_right_with_where(
    small_engine: Engine, question: str
) -> None:
    """A foreign place typed with one slip ("zagrbe", "moscwo": two letters swapped) is still
    that place, claimed: the fact saying where the events were answers, instead of a decline
    for an unknown word."""
    assert small_engine.decide(question).fact_id == "visit"


def test_a_slip_of_an_article_word_is_no_misspelt_place(small_engine: Engine) -> None:
    """ "partis" is one slip from "paris" and from the article's own "parties": the
    article's word is the likelier, so no foreign place is read."""
    assert small_engine.weigh("what did the partis discuss at the talks").foreign_place is None
    assert small_engine.weigh("was the visit in zagrbe?").foreign_place is not None


def test_a_claim_pairing_another_country_with_the_articles_is_put_right(
    small_engine: Engine,
) -> None:
    """ "kazakhstan and croatia signed the documents, right?": Croatia takes Serbia's part
    in the events; the documents' fact, which names Serbia, puts the claim right instead of
    a decline for a place the article never mentions."""
    made = small_engine.decide("kazakhstan and croatia signed the documents, right?")
    assert made.fact_id == "signed-documents"


def test_a_question_about_what_was_done_in_another_country_is_still_declined(
    small_engine: Engine,
) -> None:
    """ "what did kazakhstan sign in moscow": no claim pairs Moscow with the article's
    countries; it asks about a place the article never mentions."""
    assert not small_engine.decide("what did kazakhstan sign in moscow").answered


def test_a_misspelt_guess_at_who_after_a_who_question_is_no_foreign_subject(
    small_engine: Engine,
) -> None:
    """ "who is nurtleus boss, nazarbaev?": the guess after the question, one slip off
    "Nazarbayev", is put right by the answer; it declines nothing, however the question's
    words are read ("nurtleus" as "nurtle us")."""
    question = "who is nurtleus boss, nazarbaev?"
    assert small_engine.weigh(question).foreign_place is None
    assert small_engine.decide(question).answered


def test_also_a_place_in_serbian_is_no_place_paired_with_the_articles(
    small_engine: Engine,
) -> None:
    """ "kazahstanski ministar je posetio i Novi Sad?": "i" before the place is "also" (the
    word before it is no place of the article's), a place the article doesn't say he saw."""
    made = small_engine.decide("kazahstanski ministar je posetio i Novi Sad?")
    assert not made.answered


def test_a_yes_no_claim_pairing_another_country_is_put_right_not_answered_with_where(
    small_base: FactBase,
) -> None:
    """ "kazakhstan and croatia signed agreements?": Croatia is a party, not where; even when
    a fact answers where the agreements were signed, the documents' fact, which names
    Serbia, puts it right ("was the visit in zagreb?" still gets where it was)."""
    engine = Engine(with_phrasings(small_base, "visit", "Where were the agreements signed?"))
    assert engine.decide("kazakhstan and croatia signed agreements?").fact_id == "signed-documents"
    assert engine.decide("was the visit in zagreb?").fact_id == "visit"


@pytest.mark.parametrize(
    "question",
    [
        "who did nurtleu meet: a) the president b) the patriarch c) the mayor of novi sad",
        "where were the talks: a) zagreb b) belgrade c) somewhere else",
    ],
)
def test_a_place_only_among_a_quiz_s_choices_is_no_subject(
    small_engine: Engine, question: str
) -> None:
    """A foreign place offered only as one of a quiz's lettered choices is no subject of the
    question: the answer says which choice is right, instead of a decline for the place."""
    assert small_engine.weigh(question).foreign_place is None
    assert small_engine.decide(question).answered


def test_a_place_in_the_quiz_question_itself_still_counts(small_engine: Engine) -> None:
    """ "did nurtleu go to zagreb: a) yes b) no" names the foreign place in what it asks."""
    assert small_engine.weigh("did nurtleu go to zagreb: a) yes b) no").foreign_place == "zagreb"


def test_a_region_is_a_place_of_its_own(small_engine: Engine) -> None:
    """ "is kazakhstan bigger than texas": a region (Texas, Siberia) is a place the article
    never names, as a country or city is: declined."""
    assert small_engine.weigh("is kazakhstan bigger than texas").foreign_place == "texas"
    assert not small_engine.decide("is kazakhstan bigger than texas").answered


@pytest.mark.parametrize(
    "question", ["was the visit in almaty, right?", "the talks were held in shymkent, true?"]
)
def test_a_claim_putting_the_events_in_another_city_of_the_article_s_country_is_put_right(
    small_engine: Engine, question: str
) -> None:
    """ "was the visit in almaty, right?": Almaty, a city of Kazakhstan (which the base names),
    is no other place of its own, but claimed as where the events were it is put right by
    the facts that say where they were."""
    assert small_engine.decide(question).fact_id in ("visit", "visit-date")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("my uncle in almaty says they signed documents, right?", "documents-purpose"),
        ("есть тут кто из Алматы?", None),
    ],
)
def test_a_city_of_the_article_s_country_the_asker_s_people_are_in_is_no_claim(
    small_engine: Engine, question: str, fact_id: str | None
) -> None:
    """ "my uncle in almaty says…" is the asker's uncle's city, and "есть тут кто из Алматы?"
    asks who in the chat is from there: neither puts the events there."""
    assert small_engine.decide(question).fact_id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        # The verb of visiting misspelt: read as the speller put it right.
        "nurtleu visted zagreb for talks right",
        # "что-то" asks nothing: the message states a claim.
        "Нуртлеу ездил в Загреб, или я путаю что-то?",
        # Where the claimed city lies is part of the claim.
        "Я слышала, что Нуртлеу ездил в Загреб, это в Хорватии вроде. Или я путаю что-то?",
    ],
)
def test_a_claimed_place_is_put_right_however_the_claim_is_worded(
    small_engine: Engine, question: str
) -> None:
    """A claim that he went to Zagreb is answered with the visit, which says where he went."""
    assert small_engine.decide(question).fact_id == "visit"


def test_a_claim_of_the_article_s_other_place_is_told_where_the_events_were(
    small_engine: Engine,
) -> None:
    """ "he met dacic in astana right": the meeting's fact names no place, so the fact saying
    where the events took place (Belgrade) is told with it; a claim of the right place is
    answered alone."""
    wrong = small_engine.decide("he met dacic in astana right")
    assert (wrong.fact_id, wrong.also and wrong.also.id) == ("meeting-dacic", "visit")
    right = small_engine.decide("was the meeting with dacic in belgrade?")
    assert (right.fact_id, right.also) == ("meeting-dacic", None)


@pytest.fixture(scope="module")
def quote_engine(small_base: FactBase) -> Engine:
    """The small base with Nurtleu's words naming the two capitals."""
    quote = Fact(
        "proud-quote",
        "meeting",
        ("what did Nurtleu say about Astana and Belgrade", "who has reason to be proud"),
        "Nurtleu said: “Astana and Belgrade have every reason to be proud of trusting relations.”",
        (Citation(2, "Astana and Belgrade have every reason to be proud"),),
        answers_to=("what",),
    )
    return Engine(with_facts(small_base, quote))


def test_a_city_paired_with_the_article_s_city_in_a_claim_is_put_right(
    quote_engine: Engine,
) -> None:
    """ "Nurtleu said 'Astana and Moscow have every reason to be proud', right?": Moscow takes
    Belgrade's part in the quote, which puts the claim right, instead of a decline for a place
    the article never mentions."""
    made = quote_engine.decide(
        "Did Nurtleu really say that Astana and Moscow have every reason to be proud?"
    )
    # No "where" beside it: Moscow was no place claimed for the events.
    assert (made.fact_id, made.also) == ("proud-quote", None)


def test_a_described_person_put_in_the_articles_other_city_is_no_claim_about_their_post(
    invitation_engine: Engine,
) -> None:
    """ "did the serbian president go to astana" claims a trip to Astana, not who the Serbian
    president is: the fact saying who he is (which names no Astana) is no role claim's answer;
    "the serbian president is vucic, right?" still is one."""
    base = invitation_engine.base
    described = Engine(
        dataclasses.replace(base, descriptions={"vucic": ((("serbia",), ("president",)),)})
    )
    trip = described.match("did the serbian president go to astana")
    assert role_claim(described.index, trip) is None
    post = described.match("the serbian president is vucic, right?")
    claimed = role_claim(described.index, post)
    assert claimed is not None
    assert claimed.id == "meeting-vucic"
