"""A post for a field the facts never name, claimed for a person they do."""

import pytest
from tiny import with_gaps

from bot.engine import Engine
from bot.engine.decision import asks_only_posts
from bot.knowledge.model import Gap


@pytest.fixture(scope="module")
def officials_engine(small_engine: Engine) -> Engine:
    """The small base with a gap for officials the article never names, as an editor writes it."""
    gap = Gap(
        "no-other-officials",
        ("did Nurtleu meet the interior minister", "did he meet the mayor of Belgrade"),
        "The article names only these Serbian officials: Vucic, Dacic and Vucevic.",
        requires=(("interior", "mayor", "finance minister", "министр финансов"),),
    )
    return with_gaps(small_engine, gap)


@pytest.mark.parametrize(
    "question",
    [
        "vucevic is interior minister?",
        "vucevic je ministar unutrasnjih poslova?",
        "вучевич министр финансов?",
    ],
)
def test_a_person_claimed_to_hold_a_post_for_another_field_gets_who_they_are(
    officials_engine: Engine, question: str
) -> None:
    """ "vucevic is interior minister?" is put right by who Vucevic is (the defence minister),
    in every language, though the gap for unnamed officials holds "interior"."""
    assert officials_engine.decide(question).fact_id == "meeting-vucevic"


def test_the_words_of_a_field_are_part_of_the_post(small_engine: Engine) -> None:
    """ "министр внутренних дел" is a post where a gap on unnamed officials was best, "дел"
    with it though a fact uses the word ("военное дело"); words beside "minister" that the
    facts use, with no unknown one, stay asked."""
    assert asks_only_posts(
        small_engine.index, small_engine.match("Вучевич министр внутренних дел?"), fields_too=True
    )
    assert not asks_only_posts(
        small_engine.index,
        small_engine.match("is vucevic the minister who signed documents?"),
        fields_too=True,
    )
    # What stands on the office's other side stays asked: "discussed trade" is no field.
    assert not asks_only_posts(
        small_engine.index,
        small_engine.match("vucevic the finance minister discussed trade, right?"),
        fields_too=True,
    )
    # Elsewhere the field's word asks something of its own.
    assert not asks_only_posts(
        small_engine.index, small_engine.match("Вучевич министр внутренних дел?")
    )


@pytest.mark.parametrize(
    "question", ["вучич это премьер сербии получается", "вучич премьер сербии, выходит?"]
)
def test_a_russian_so_it_seems_tag_puts_the_statement_forward(
    small_engine: Engine, question: str
) -> None:
    """ "получается", "выходит" ending a statement ask whether it holds, they are no unknown
    subject: who Vucic is puts the post right."""
    decision = small_engine.decide(question)
    assert decision.fact_id == "meeting-vucic"
    assert small_engine.match(question).question.unknown == ()
