"""A public figure the article never names, doing something in a place it never mentions."""

import pytest
from tiny import with_gaps

from bot.engine import Engine, Reason
from bot.knowledge.model import Gap


@pytest.fixture(scope="module")
def countries_engine(small_engine: Engine) -> Engine:
    """The small base with a gap on other countries, so that their names are known words."""
    gap = Gap(
        "no-other-countries",
        ("did they talk about China", "what about Russia", "did Putin comment"),
        "The article speaks only of Kazakhstan and Serbia.",
        requires=(("china", "russia", "putin"),),
    )
    return with_gaps(small_engine, gap)


@pytest.mark.parametrize("question", ["did putin visit china", "putin china visit"])
def test_a_figure_in_another_place_is_no_claim_about_the_visit(
    countries_engine: Engine, question: str
) -> None:
    """ "did putin visit china" is about other people's affairs: not answered with who made
    the article's visit, as "did putin meet nurtleu?" is."""
    assert countries_engine.decide(question).reason is Reason.FOREIGN_PLACE
    assert countries_engine.decide("did putin meet nurtleu?").fact_id == "officials-met"


def test_a_figure_claimed_to_have_done_the_visit_with_and_is_put_right(
    countries_engine: Engine,
) -> None:
    """ "Lavrov was in Belgrade *and* met Vucic, right?": a one-letter "i" joining two things
    the figure did makes no one else present; who it was puts the claim right. "i" right
    before the figure still adds them ("…was Brnabić there too")."""
    made = countries_engine.decide("Lavrov je bio u Beogradu i sreo se sa Vučićem, jel tako?")
    assert made.answered
    also = countries_engine.decide("da li je na sastanku bio i Putin?")
    assert not also.answered


def test_a_figure_named_as_the_one_described_is_put_right_by_who_it_was(
    small_engine: Engine,
) -> None:
    """ "the serbian defense minister he met - was that bratislav gasic?": "was that" names the
    figure as the one described, whatever was met before; the defence minister's fact says
    who he really is."""
    made = small_engine.decide("the serbian defense minister he met - was that bratislav gasic?")
    assert made.fact_id == "meeting-vucevic"


def test_a_party_described_by_another_country_is_put_right(small_engine: Engine) -> None:
    """ "nurtleu met the croatian president yeah?" describes the one he met by a country the
    article doesn't mention: who he met puts it right. Adding someone ("also") or asking what
    another country's president said is still declined."""
    assert (
        small_engine.decide("nurtleu met the croatian president yeah?").fact_id == "meeting-vucic"
    )
    assert not small_engine.decide("did nurtleu also meet the croatian president?").answered
    assert not small_engine.decide("did the russian president comment on the visit?").answered


@pytest.mark.parametrize(
    "question",
    [
        "правда что в белград приезжал глава мид узбекистана?",
        "Је ли истина да је у Београд дошао министар спољних послова Киргизије?",
    ],
)
def test_a_visitor_of_another_country_named_after_the_post_is_put_right(
    small_engine: Engine, question: str
) -> None:
    """ "…приезжал глава МИД Узбекистана?": the country after the post makes the visitor
    someone else; the visit says who came."""
    assert small_engine.decide(question).fact_id == "visit"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("was it the croatian president who met nurtleu?", "meeting-vucic"),
        ("was it the ukrainian foreign minister who visited belgrade", "visit"),
    ],
)
def test_a_cleft_naming_someone_by_another_country_is_put_right_by_who_it_was(
    small_engine: Engine, question: str, fact_id: str
) -> None:
    """ "was it the ukrainian foreign minister who visited belgrade" asks who, but claims the
    visitor was Ukraine's: who it was puts it right, as for "…the croatian president, yeah?"."""
    assert small_engine.decide(question).fact_id == fact_id


def test_asking_who_someone_of_another_country_is_is_no_cleft(small_engine: Engine) -> None:
    """ "do you know who the croatian president is?" asks about someone the article doesn't
    name, no claim about who met Nurtleu: it is not put right with Vucic."""
    made = small_engine.decide("do you know who the croatian president is?")
    assert made.fact_id != "meeting-vucic"
