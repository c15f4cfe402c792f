"""Long messages dictated without sentence marks, told apart into sentences."""

import pytest

from bot.engine import Engine
from bot.lang.dictation import DICTATED_MIN_WORDS, punctuate


def test_a_dictated_message_is_told_apart_at_the_story_and_the_question() -> None:
    """The asker's story ("im…", "my dad says…") and the question ("what exactly…") become
    sentences of their own, the asking one with a question mark."""
    assert punctuate(
        "so yeah im listening to a podcast and they called nurt lay you a minister but what "
        "exactly is his job title my dad says hes also something like a vice premier",
        "en",
    ) == (
        "so yeah. im listening to a podcast and they called nurt lay you a minister but. what "
        "exactly is his job title? my dad says hes also something like a vice premier."
    )


def test_a_question_word_that_continues_its_clause_starts_no_sentence() -> None:
    """After hearsay ("говорит что") a question word continues the clause; a preposition goes
    with its question word ("с кем"), and "и" with both."""
    told = punctuate(
        "ну короче я тут еду в машине и вот хотел спросить кто такой нурт леу и с кем он "
        "встречался в белграде мне батя говорит что с путиным",
        "ru",
    )
    assert told is not None
    assert told.startswith(
        "ну короче. я тут еду в машине и вот хотел спросить. кто такой нурт леу? и с кем он "
        "встречался в белграде? мне батя говорит что с путиным"
    )


def test_a_relative_or_a_time_clause_is_no_question_of_its_own() -> None:
    """ "my neighbor who was…" relates; "…kad je bio taj ministar" after a yes/no question
    tells its time, stated, not asked."""
    neighbor = punctuate(
        "so yeah my neighbor who was in the army says they signed some weapons deal what does "
        "the article call the agreements",
        "en",
    )
    assert neighbor is not None
    assert "my neighbor who was in the army" in neighbor
    when = punctuate(
        "ovaj znači jel su potpisali i neki ugovor o gasu sa kazahstanom kad je bio taj "
        "ministar jer mi treba jeftinije grejanje",
        "sr",
    )
    assert when == (
        "ovaj znači jel su potpisali i neki ugovor o gasu sa kazahstanom? kad je bio taj "
        "ministar. jer mi treba jeftinije grejanje."
    )


@pytest.mark.parametrize(
    ("message", "lang"),
    [
        ("who did the kazakh minister meet in belgrade and what about", "en"),
        (
            "e brate cuj gledao sam juce na vijestima nesto o kazahstanu i srbiji, ko je dosao i "
            "s kim se nasao",
            "sr",
        ),
        (
            "what did they sign. i need it for school and my teacher is strict about the sources",
            "en",
        ),
        (
            "what did the kazakh minister tell our president about trade between our countries "
            "last year?",
            "en",
        ),
    ],
)
def test_a_short_or_written_message_is_left_as_typed(message: str, lang: str) -> None:
    """Fewer than ``DICTATED_MIN_WORDS`` words, any mark of a sentence or a clause inside, or
    a question mark at its end, and the message is read as written."""
    assert punctuate(message, lang) is None
    assert len(message.split()) < DICTATED_MIN_WORDS or any(m in message for m in ".,?")


def test_the_question_inside_a_dictated_message_is_answered(small_engine: Engine) -> None:
    """Read whole, the story's words drown the question; read as sentences ("she thinks…"
    one of the story's), it is answered."""
    decision = small_engine.decide(
        "um okay so my sister is asking me about this and i dont know so when did the kazakh "
        "minister come to belgrade she thinks october"
    )
    assert decision.fact_id == "visit-date"


def test_a_tag_ending_a_sentence_puts_its_statement_forward() -> None:
    """ "…от путина да" ends a claim to check: the tag after a comma, as typed it would be;
    a story's own tag is the story's ("i heard it doubled is that right" after a question)."""
    told = punctuate(
        "ну министр же передал сербам приглашение от путина да я так поняла из новостей по "
        "телевизору",
        "ru",
    )
    assert told is not None
    assert told.startswith("ну министр же передал сербам приглашение от путина, да? я так")
    story = punctuate(
        "so how much did trade grow between them i heard it like doubled or something is that "
        "right im telling my uncle",
        "en",
    )
    assert story is not None
    assert "or something is that right." in story


def test_an_idle_question_word_starts_no_question() -> None:
    """ "как бы", "как обычно" ask nothing: no sentence starts at them."""
    told = punctuate(
        "откуда вообще эта информация кто сообщил про визит в сербию я как бы не верю всему "
        "что пишут",
        "ru",
    )
    assert told is not None
    assert "я как бы не верю" in told
    usual = punctuate(
        "ну вот соседка говорит что переговоры были про спорт ну как обычно все перепутала "
        "я точно помню что нет",
        "ru",
    )
    assert usual is not None
    assert "ну как обычно все перепутала" in usual


def test_a_spoken_choice_asks() -> None:
    """ "стороны мировую политику обсуждали или только свои дела" offers a choice: spoken
    without a mark, it asks all the same."""
    told = punctuate(
        "ну это самое стороны мировую политику обсуждали или только свои дела я просто новости "
        "не успеваю читать",
        "ru",
    )
    assert told is not None
    assert told.startswith("ну это самое стороны мировую политику обсуждали или только свои дела?")


def test_a_question_opening_inside_a_story_sentence_starts_its_own() -> None:
    """ "ja vozim kamion… pa ajde mi reci jel se pominjalo…": the asker's story ends where an
    asking opener or a yes/no opener ("jel", "da li") begins the question."""
    told = punctuate(
        "znači ja vozim kamion za jednu špediciju i šef kaže da bi moglo da bude posla pa "
        "jel se u razgovorima pominjalo nešto oko prevoza robe",
        "sr",
    )
    assert told is not None
    assert told.endswith("pa jel se u razgovorima pominjalo nešto oko prevoza robe?")
    opener = punctuate(
        "ja radim u pošti i koleginica mi priča da je ministar dolazio pa me interesuje kog "
        "datuma je to bilo",
        "sr",
    )
    assert opener is not None
    assert opener.endswith("pa me interesuje kog datuma je to bilo?")


def test_a_second_question_after_and_asks_and_she_after_what_is_asked_about() -> None:
    """ "…what did they sign and where did they sign it…": "and where" asks again, it tells no
    time or place; "what does she think…" asks what she thinks, it reports nothing."""
    again = punctuate(
        "wait so what did they sign and where did they sign it i keep forgetting the city and "
        "my dad asks",
        "en",
    )
    assert again is not None
    assert "and where did they sign it?" in again
    asked = punctuate(
        "so what does she think about trade with kazakhstan my friend wants to know for her "
        "essay today",
        "en",
    )
    assert asked is not None
    assert "what does she think about trade with kazakhstan?" in asked


def test_with_nothing_asked_in_words_the_first_statement_is_put_forward() -> None:
    """ "ну короче казахский министр же в загреб летал… я так по телеку поняла…": no sentence
    asks in words, so the first one not of the asker's story is the claim to check."""
    told = punctuate(
        "ну короче казахский министр же в загреб летал к хорватам я так по телеку поняла "
        "или я опять путаю эти страны",
        "ru",
    )
    assert told is not None
    assert told.startswith("ну короче казахский министр же в загреб летал к хорватам?")


def test_a_possessive_after_a_preposition_opens_no_sentence() -> None:
    """ "…a timeline for our board which day…": "our" after "for" is inside the sentence, and
    "this is Dmitry" states; the question opens at "which"."""
    told = punctuate(
        "hi this is dmitry from a logistics company we are making a timeline of contacts for "
        "our board which day did the talks take place",
        "en",
    )
    assert told == (
        "hi this is dmitry from a logistics company we are making a timeline of contacts for "
        "our board. which day did the talks take place?"
    )


def test_a_possessive_after_a_question_s_last_preposition_opens_the_story() -> None:
    """ "…what fields were those for my husband thinks…": the sentence before asks, so "for"
    ends its question and "my" opens the story, as it does anywhere else."""
    told = punctuate(
        "so um there were inter office memos signed too i think what fields were those for my "
        "husband thinks it was about football clubs",
        "en",
    )
    assert told is not None
    assert "what fields were those for? my husband thinks" in told


def test_when_it_comes_to_starts_no_question() -> None:
    """ "…from serbia when it comes to farming" names a topic: no question starts at its
    "when", which would leave the first part asking alone."""
    assert (
        punctuate(
            "what does the kazakh minister want to take over from serbia when it comes to farming",
            "en",
        )
        is None
    )
