"""Decision: answer, decline with a gap, "did you mean" or decline — from hand-made candidates."""

from __future__ import annotations

import dataclasses

import pytest
from tiny import FACTS, analysed, engine_with, replace_config, tiny_base, tiny_engine

from bot.engine import DEFAULT_CONFIG, Candidate, Decision, Engine, Match, Outcome, Reason
from bot.engine.decision import decide
from bot.knowledge.model import Citation, Fact
from bot.lang.translit import fold_word

C = DEFAULT_CONFIG


def fact(id_: str, score: float, *, fits: bool = True) -> Candidate:
    return Candidate(id_, False, score, 0.0, 0.0, 0.0, fits, "a phrasing")


def gap(id_: str, score: float, *, decisive: bool = False) -> Candidate:
    return Candidate(id_, True, score, 0.0, 0.0, 0.0, True, "a phrasing", decisive)


def decision(*candidates: Candidate, on_topic: float = 1.0, **match: object) -> Decision:
    question = analysed({"bridg": 1.0}, on_topic=on_topic)
    question = dataclasses.replace(question, **match)  # type: ignore[arg-type]
    found = Match(question, candidates)
    return decide(tiny_engine().index, "q", found)


def test_a_clear_winner_is_answered_with_its_related_questions() -> None:
    """Above answer_threshold and answer_margin ahead: answered, offering its related facts."""
    made = decision(fact("bridge", 60.0), fact("cost", 60.0 - C.tie_margin))
    assert made.outcome is Outcome.ANSWERED
    assert (made.fact_id, made.score, made.also) == ("bridge", 60.0, None)
    assert made.related == ("How much will the bridge cost?",)
    assert made.candidates[1].id == "cost"  # the evidence is kept


def test_a_runner_up_within_the_tie_margin_is_told_too() -> None:
    """60 against 58, both fitting and accounting for the question: the answer tells both
    (the runner-up as ``also``, no longer offered as a related question)."""
    made = decision(fact("bridge", 60.0), fact("cost", 58.0))
    assert made.answered
    assert made.also is not None
    assert (made.fact_id, made.also.id, made.related) == ("bridge", "cost", ())


def test_two_facts_too_close_to_choose_are_both_told() -> None:
    """Within answer_margin, below sure_threshold, both fitting: both told, not "did you
    mean"; with tie_margin 0 it is "did you mean" again."""
    made = decision(fact("bridge", 60.0), fact("cost", 59.5))
    assert made.answered
    assert made.also is not None
    assert made.also.id == "cost"
    question = analysed({"bridg": 1.0})
    found = Match(question, (fact("bridge", 60.0), fact("cost", 59.5)))
    engine = engine_with(replace_config(tie_margin=0.0))
    assert decide(engine.index, "q", found).outcome is Outcome.AMBIGUOUS


def test_a_close_runner_up_asks_did_you_mean() -> None:
    """Two facts within answer_margin, below sure_threshold, the runner-up not of the kind
    asked: ambiguous, both suggested."""
    made = decision(fact("bridge", 60.0), fact("cost", 59.5, fits=False))
    assert made.outcome is Outcome.AMBIGUOUS
    assert made.reason is Reason.CLOSE
    assert made.suggestions == ("What did the council approve?", "How much will the bridge cost?")


def test_a_sure_score_is_answered_whatever_the_runner_up() -> None:
    """At sure_threshold or above, a winner by 0.1 is still answered."""
    made = decision(fact("bridge", C.sure_threshold), fact("cost", C.sure_threshold - 0.1))
    assert made.answered


def test_a_dominant_weak_match_is_answered_if_the_question_is_on_topic() -> None:
    """40 against 30 (ratio above dominant_ratio) is answered; 40 against 32 is not; nor is
    40 against 30 for a question below dominant_min_on_topic."""
    assert decision(fact("bridge", 40.0), fact("cost", 30.0)).answered
    assert not decision(fact("bridge", 40.0), fact("cost", 32.0)).answered
    assert not decision(fact("bridge", 40.0), fact("cost", 30.0), on_topic=0.55).answered


def test_a_lead_below_forty_is_no_dominant_answer() -> None:
    """37 against 25 (ratio 1.48) is a word or two shared by chance ("what river goes through
    belgrade" on a fact about trade going on between the countries): below
    dominant_min_score it is not answered, however far ahead."""
    assert not decision(fact("bridge", 37.0), fact("cost", 25.0)).answered


def test_a_dominant_weak_match_of_another_kind_is_no_answer_to_a_specific_kind() -> None:
    """40 against 30 is not answered when the winner can't answer a "how many" question; a
    what question doesn't ask for a kind, so it still is."""
    question = analysed({"bridg": 1.0})
    amount = dataclasses.replace(
        question, analysis=dataclasses.replace(question.analysis, kind="amount")
    )
    candidates = (fact("bridge", 40.0, fits=False), fact("cost", 30.0))
    assert not decide(tiny_engine().index, "q", Match(amount, candidates)).answered
    assert decision(fact("bridge", 40.0, fits=False), fact("cost", 30.0)).answered


def test_a_weak_best_is_declined_with_suggestions_above_the_threshold() -> None:
    """Below the thresholds: declined, suggesting the facts scoring suggest_threshold or more."""
    made = decision(fact("bridge", 36.0), fact("cost", 34.0))
    assert (made.outcome, made.reason) == (Outcome.NOT_FOUND, Reason.WEAK)
    assert made.suggestions == ("What did the council approve?",)


def test_a_recognised_gap_declines_with_its_reply() -> None:
    """A gap scoring gap_threshold or more declines the question; the decision names the gap
    and offers its related facts."""
    made = decision(gap("opening-year", 55.0), fact("bridge", 50.0))
    assert (made.outcome, made.reason) == (Outcome.NOT_FOUND, Reason.GAP)
    assert made.gap_id == "opening-year"
    assert not made.answered


def test_a_decisive_gap_wins_over_a_better_fact() -> None:
    """A decisive gap declines even when a fact scores higher."""
    made = decision(fact("bridge", 80.0), gap("toll", 20.0, decisive=True))
    assert made.reason is Reason.GAP
    assert made.gap_id == "toll"


def test_a_weak_gap_gives_way_to_the_best_fact() -> None:
    """A gap below gap_threshold (not decisive) is no reply: the best fact is judged instead,
    against the gap as runner-up — here too weak, so a plain decline suggesting it."""
    made = decision(gap("toll", 45.0), fact("bridge", 44.0), fact("cost", 20.0))
    assert (made.outcome, made.reason, made.gap_id) == (Outcome.NOT_FOUND, Reason.WEAK, None)
    assert made.score == 44.0
    assert made.suggestions == ("What did the council approve?",)


def test_telling_signs_decline_before_any_score_counts() -> None:
    """Off-topic, an unknown number, names only and a foreign place each decline a question
    whatever its best score, and say why."""
    best = fact("bridge", 95.0)
    assert decision(best, on_topic=0.4).reason is Reason.OFF_TOPIC
    assert decision(best, only_names_known=True).reason is Reason.NAMES_ONLY
    assert decision(best, foreign_place="paris").reason is Reason.FOREIGN_PLACE
    question = analysed({"bridg": 1.0})
    numbered = decide(tiny_engine().index, "q", Match(question, (best,), unknown_number=True))
    assert numbered.reason is Reason.UNKNOWN_NUMBER
    assert decision().reason is Reason.OFF_TOPIC  # no candidates at all
    assert decision(best, on_topic=0.4).score == 95.0


def test_a_question_about_the_askers_present_is_declined_whatever_matches() -> None:
    """A now word with a calendar word, or in a question of a ``now_kinds`` kind, or a phrase
    that asks the time by itself: declined (Reason.NOW) even against a sure match."""
    from bot.lang.now import Present

    def asked(kind: str, present: Present) -> Decision:
        question = analysed({"bridg": 1.0}, kind=kind)
        question = dataclasses.replace(
            question, analysis=dataclasses.replace(question.analysis, present=present)
        )
        return decide(tiny_engine().index, "q", Match(question, (fact("bridge", 100.0),)))

    assert asked("what", Present(deictic=True, calendar=True)).reason is Reason.NOW
    assert asked("when", Present(deictic=True)).reason is Reason.NOW
    assert asked("what", Present(asked=True)).reason is Reason.NOW
    # "is the bridge open now?": a now word alone, in a yes/no question, is matched as usual.
    assert asked("yesno", Present(deictic=True)).answered
    assert asked("when", Present(calendar=True)).answered
    # "is the bridge still open today?": whether something lasts to the asker's now.
    assert asked("yesno", Present(deictic=True, lasting=True)).reason is Reason.NOW
    assert asked("yesno", Present(lasting=True)).answered


def test_still_with_a_now_word_is_a_sign_of_the_present_in_every_language() -> None:
    """ "still … today", "ещё … сегодня", "još … danas" ask whether something lasts to now."""
    from bot.lang.now import present_signs

    for words in (
        "is he still mayor today",
        "он ещё мэр сегодня",
        "da li je jos gradonacelnik danas",
    ):
        signs = present_signs(fold_word(w) for w in words.split())
        assert signs.deictic
        assert signs.lasting
    assert not present_signs("is he still mayor".split()).deictic


def accounted(
    weights: dict[str, float],
    *,
    setting: tuple[str, ...] = (),
    kind: str = "what",
    winner: str = "cost",
    fits: bool = True,
    engine: Engine | None = None,
) -> Decision:
    """The decision on a clear winner (``winner``, 60 against 40 for the other of "cost" and
    "mayor"; fitting the kind or not) for a ``kind`` question of these words."""
    other = "mayor" if winner == "cost" else "cost"
    found = Match(
        analysed(weights, setting=setting, kind=kind),
        (fact(winner, 60.0, fits=fits), fact(other, 40.0)),
    )
    return decide((engine or tiny_engine()).index, "q", found)


def test_a_fact_that_misses_the_key_word_is_offered_not_answered() -> None:
    """ "how much did the debate cost" asks about the debate (3.0) and cost (1.0); the cost
    fact never says "debate" and holds 1/4 < min_accounted of what is asked: did you mean."""
    made = accounted({"debat": 3.0, "cost": 1.0})
    assert made.outcome is Outcome.NOT_FOUND
    assert made.reason is Reason.UNACCOUNTED
    assert made.suggestions[0] == "How much will the bridge cost?"


def test_a_fact_that_holds_enough_of_the_question_is_answered() -> None:
    """The key word missing but a third of the asking weight held: still answered."""
    assert accounted({"debat": 2.0, "cost": 1.0}).outcome is Outcome.ANSWERED


def test_names_and_the_setting_are_not_what_a_question_asks() -> None:
    """ "Petrova" and "Lakeside" weigh a lot but say who and where, not what: the cost fact
    accounts for "cost", all that is asked."""
    made = accounted({"petrova": 3.0, "lakesid": 3.0, "cost": 1.0}, setting=("lakesid",))
    assert made.outcome is Outcome.ANSWERED


def test_a_light_key_word_decides_nothing() -> None:
    """Below key_word_min_weight the missing word is not the question's point."""
    assert accounted({"debat": 0.9, "new": 0.1}).outcome is Outcome.ANSWERED


def test_the_word_naming_the_time_or_place_asked_is_accounted_by_a_fact_of_that_kind() -> None:
    """ "Which day will the bridge cost…": "day" names what a when-question asks for, so a
    fact that answers when accounts for it ("city" and "reason" likewise for where and why);
    one of another kind does not, and "city" is not what a when-question asks."""

    def decided(kind: str, word: str, *, fits: bool) -> Decision:
        return accounted({word: 3.0, "cost": 1.0}, kind=kind, fits=fits)

    assert decided("when", "day", fits=True).outcome is Outcome.ANSWERED
    assert decided("where", "city", fits=True).outcome is Outcome.ANSWERED
    assert decided("why", "reason", fits=True).outcome is Outcome.ANSWERED
    assert decided("when", "day", fits=False).reason is Reason.UNACCOUNTED
    assert decided("when", "city", fits=True).reason is Reason.UNACCOUNTED


def test_what_a_named_persons_position_is_asks_who_they_are() -> None:
    """ "What is Petrova's position": the person's fact accounts for "position" as it does in
    "who is Petrova"."""
    made = accounted({"petrova": 2.0, "position": 3.0}, winner="mayor")
    assert made.outcome is Outcome.ANSWERED


def test_a_concept_the_base_names_is_asked_even_as_a_time_word() -> None:
    """A synonym group ("date", which "which month" is too) is a concept the fact base cares
    about (a gap may say the article gives none): a when-fact without it doesn't account."""
    base = dataclasses.replace(tiny_base(), synonyms={"day": ("date",)})
    made = accounted({"day": 3.0, "cost": 1.0}, kind="when", engine=Engine(base))
    assert made.reason is Reason.UNACCOUNTED


def places_engine(fact: Fact) -> Engine:
    """An engine over the tiny base with ``fact`` and a fact naming Hungary, whose setting
    holds two places of the places list (Austria and Hungary)."""
    partner = Fact(
        "partner",
        "works",
        ("Which town is Lakeside twinned with?",),
        "A town in Hungary.",
        (Citation(1, "The city council of Lakeside"),),
        keywords=("Hungary",),
    )
    base = tiny_base(facts=(*FACTS, fact, partner))
    return Engine(dataclasses.replace(base, context=("Lakeside", "Austria", "Hungary")))


def test_a_phrasing_about_another_place_is_not_the_answer() -> None:
    """ "Who came from Hungary?" shares "who came from" with "Who came from Austria?", not
    its subject: both are places of the places list, so the fact is offered, not answered;
    asked about Austria, it is the answer."""
    guests = Fact(
        "guests",
        "people",
        ("Who came from Austria?",),
        "Engineers from Vienna.",
        (Citation(3, "thanked the engineers from Vienna"),),
        answers_to=("who",),
    )
    engine = places_engine(guests)
    assert len(engine.index.places) == 2
    assert engine.decide("Who came from Austria?").fact_id == "guests"
    made = engine.decide("Who came from Hungary?")
    assert made.reason is Reason.UNACCOUNTED
    assert made.suggestions == ("Who came from Austria?",)


def test_a_person_the_fact_knows_settles_the_subject_before_a_place() -> None:
    """ "When did Petrova from Hungary fly?" names Hungary where the phrasing names Austria,
    but Petrova, whom the fact is about, settles the subject: it is answered."""
    trip = Fact(
        "trip",
        "people",
        ("When did Petrova fly to Austria?",),
        "On Monday.",
        (Citation(3, "Mayor Ana Petrova opened the debate"),),
        answers_to=("when",),
    )
    engine = places_engine(trip)
    assert engine.decide("When did Petrova from Hungary fly?").fact_id == "trip"
    assert engine.decide("When did the mayor from Hungary fly?").reason is Reason.UNACCOUNTED


def test_a_runner_up_that_does_not_fit_is_passed_over_for_the_next_within_the_margin() -> None:
    """60, 59.5 (not of the kind asked) and 58: the answer tells the first and the third (a
    question whose words are too light for any fact to leave them unaccounted)."""
    candidates = (fact("bridge", 60.0), fact("cost", 59.5, fits=False), fact("mayor", 58.0))
    found = Match(analysed({"new": 0.5}), candidates)
    made = decide(tiny_engine().index, "q", found)
    assert made.answered
    assert made.also is not None
    assert made.also.id == "mayor"


def test_words_framing_the_question_are_not_what_it_asks() -> None:
    """ "How much will the bridge cost, as mentioned in the article": "mention" frames the
    question (`Language.framing_words`), it is not a key word the cost fact must hold."""
    assert accounted({"mention": 4.0, "cost": 1.0}).outcome is Outcome.ANSWERED


def test_part_of_something_asks_whether_it_is_included_not_about_a_part() -> None:
    """ "was the bridge part of the council's decision?" asks whether the bridge was in it:
    "part" frames the question, it is no subject the facts lack."""
    assert tiny_engine().decide("was the bridge part of the council's decision?").answered


def test_a_close_runner_up_that_accounts_for_the_question_answers_in_the_best_ones_place() -> None:
    """ "How much did the debate cost": the cost fact (60) lacks "debate"; the mayor's fact
    (57, within tie_margin) holds it, and answers instead of a "did you mean"."""
    found = Match(analysed({"debat": 3.0, "cost": 1.0}), (fact("cost", 60.0), fact("mayor", 57.0)))
    made = decide(tiny_engine().index, "q", found)
    assert (made.outcome, made.fact_id, made.also) == (Outcome.ANSWERED, "mayor", None)


def _engine_with_a_trip_elsewhere() -> Engine:
    """The tiny base, plus a meeting in Lakeside and an invitation, made there, to Vienna."""
    base = tiny_base(
        facts=(
            *FACTS,
            Fact(
                "meeting",
                "people",
                ("Where did Petrova meet the engineers?", "the meeting with the engineers"),
                "Petrova met the engineers in Lakeside on Monday.",
                (Citation(3, "Mayor Ana Petrova opened the debate"),),
                answers_to=("where", "who"),
            ),
            Fact(
                "trip",
                "people",
                ("Was Petrova invited to Vienna?", "the invitation to Vienna"),
                "At the meeting, the engineers invited Petrova to visit Vienna next year.",
                (Citation(3, "thanked the engineers from Vienna"),),
                answers_to=("where", "what"),
            ),
        )
    )
    aliases = {**base.aliases, "vienna": ("Vienna", "Вена", "Beč")}
    return Engine(dataclasses.replace(base, aliases=aliases))


def test_a_claim_putting_the_meeting_in_the_invitations_place_also_gets_where_it_was() -> None:
    """ "Was the meeting in Vienna?" answered by the invitation to Vienna also tells where the meeting was; a true claim gets nothing more."""
    engine = _engine_with_a_trip_elsewhere()
    claimed = engine.decide("was the meeting in vienna?")
    assert (claimed.fact_id, claimed.also and claimed.also.id) == ("trip", "meeting")
    invited = engine.decide("was petrova invited to vienna?")
    assert (invited.fact_id, invited.also) == ("trip", None)


def _engine_with_a_date() -> Engine:
    """The tiny base, plus the day of the debate: 3 March."""
    base = tiny_base(
        facts=(
            *FACTS,
            Fact(
                "debate-day",
                "works",
                ("When was the debate?", "the day of the debate"),
                "The debate was on 3 March.",
                (Citation(1, "approved a new bridge on Monday"),),
                answers_to=("when",),
            ),
        )
    )
    return Engine(base)


def test_a_month_the_facts_name_states_the_time_a_question_is_about() -> None:
    """ "How much did it cost in March": the month says when, it is not asked, so the cost
    fact accounts for the question though the date is another fact's. A month no fact names
    ("October") is asked, and so is the month in a when-question."""
    engine = _engine_with_a_date()
    assert accounted({"march": 3.0, "cost": 1.0}, engine=engine).answered
    assert accounted({"march": 3.0, "3": 3.0, "cost": 1.0}, engine=engine).answered
    october = accounted({"october": 3.0, "cost": 1.0}, engine=engine)
    assert october.reason is Reason.UNACCOUNTED
    asked = accounted({"march": 3.0, "cost": 1.0}, kind="when", engine=engine)
    assert asked.reason is Reason.UNACCOUNTED


def test_a_claim_a_gap_denies_is_answered_with_what_the_article_says() -> None:
    """ "They approved a toll bridge, right?" puts a statement forward: without the toll the
    gap requires, the bridge's fact answers it. A question ("did they approve a toll
    bridge?") and a claim with nothing else the facts answer ("i heard there will be a
    toll") keep the gap's decline."""
    engine = tiny_engine()
    assert engine.decide("i heard they approved a toll bridge, right?").fact_id == "bridge"
    assert engine.decide("they approved a toll bridge right?").fact_id == "bridge"
    asked = engine.decide("did they approve a toll bridge?")
    assert (asked.outcome, asked.gap and asked.gap.id) == (Outcome.NOT_FOUND, "toll")
    assert engine.decide("i heard there will be a toll").gap is not None


def _engine_with_what_the_meeting_was() -> Engine:
    """The tiny base, plus where Petrova met the engineers and what they discussed there."""
    base = tiny_base(
        facts=(
            *FACTS,
            Fact(
                "meeting",
                "people",
                ("Where did Petrova meet the engineers?",),
                "Petrova met the engineers in Lakeside on Monday.",
                (Citation(3, "Mayor Ana Petrova opened the debate"),),
                answers_to=("where",),
            ),
            Fact(
                "meeting-talks",
                "people",
                (
                    "What did Petrova and the engineers discuss at the meeting?",
                    "the meeting of Petrova and the engineers",
                ),
                "They discussed the design of the bridge.",
                (Citation(3, "thanked the engineers from Vienna"),),
                answers_to=("what",),
            ),
        )
    )
    return Engine(base)


def test_a_claim_the_events_were_elsewhere_is_answered_with_where_they_were() -> None:
    """ "The meeting of Petrova and the engineers was in Zagreb, right?" shares most words
    with what they discussed, but claims a place the article doesn't mention: the fact that
    says where they met answers it, asked as "where…"; a question about something else done
    in Zagreb is still declined."""
    engine = _engine_with_what_the_meeting_was()
    claim = "the meeting of petrova and the engineers was in zagreb right?"
    assert engine.decide(claim).fact_id == "meeting"
    assert engine.decide("was the meeting of petrova and the engineers in zagreb?").answered
    assert engine.decide("what did the council approve in zagreb").reason is not None


def test_of_two_close_facts_the_one_whose_answer_says_the_asked_word_is_told() -> None:
    """ "what about the debate?" scoring the bridge 90 (a phrasing might mention a debate) and
    the mayor 88: the mayor's answer says "debate", the bridge's doesn't, so the mayor is
    told; 10 points behind, it is not (and the bridge, which doesn't account for the
    question, isn't either)."""
    engine = tiny_engine()
    (debate,) = engine.analyze("debate").tokens
    assert debate in engine.index.entries[engine.index.fact_at["mayor"]].evidence
    assert debate not in engine.index.entries[engine.index.fact_at["bridge"]].evidence

    def told(runner_up: float) -> str | None:
        found = Match(analysed({debate: 1.0}), (fact("bridge", 90.0), fact("mayor", runner_up)))
        return decide(engine.index, "q", found).fact_id

    assert told(88.0) == "mayor"
    assert told(80.0) is None


@pytest.mark.parametrize("question", ["who is the mayor now?", "who's mayor today"])
def test_who_holds_a_post_now_is_declined_as_the_askers_present(question: str) -> None:
    """Asking who holds a post now asks what the article can't know: declined
    (Reason.HELD_NOW), though the mayor's fact matches."""
    made = tiny_engine().decide(question)
    assert made.reason is Reason.HELD_NOW
    assert not made.answered


@pytest.mark.parametrize(
    "question",
    [
        "is Petrova still mayor?",
        # "до сих пор" is a still word and nothing asked besides ("сих", "пор" ask nothing).
        "Петрова до сих пор мэр?",
    ],
)
def test_whether_someone_named_still_holds_a_post_gets_the_articles_post_and_a_note(
    question: str,
) -> None:
    """ "is Petrova still mayor?" names her: the post the article gives is told, with the
    note that the bot knows it only as of the article's day (a declined part, HELD_NOW)."""
    made = tiny_engine().decide(question)
    assert made.fact_id == "mayor"
    assert made.declined_part is not None
    assert made.declined_part.reason is Reason.HELD_NOW


@pytest.mark.parametrize(
    "question", ["who opened the debate now?", "is the bridge still approved?", "who is the mayor?"]
)
def test_a_now_word_beside_something_else_asked_is_no_question_about_a_post(question: str) -> None:
    """A question asking about an act ("opened the debate") or about no post ("bridge
    approved"), or with no sign of now, is not declined as asking who holds a post now."""
    assert tiny_engine().decide(question).reason is not Reason.HELD_NOW


@pytest.mark.parametrize(
    "question",
    [
        "write me a poem about the new bridge",
        "tell me a joke about the mayor",
        "расскажи анекдот про мэра Петрову",
        "napiši pesmu o mostu",
        "ispričaj mi neki vic o petrovoj",
    ],
)
def test_a_request_to_make_something_up_is_declined(question: str) -> None:
    """A poem, a joke or a song the fact base never mentions is asked to be made up, not told
    from the article: declined as off topic, whatever article words come with it."""
    made = tiny_engine().decide(question)
    assert not made.answered
    assert made.reason is Reason.OFF_TOPIC


@pytest.mark.parametrize(
    "question",
    [
        "is the bridge a big deal or nah",
        "should i invest in the bridge",
        "is the bridge a good investment",
    ],
)
def test_whether_something_matters_or_is_worth_money_is_an_opinion(question: str) -> None:
    """ "A big deal?", "should I invest?" ask a judgement the article doesn't give."""
    assert tiny_engine().decide(question).reason is Reason.OPINION


@pytest.mark.parametrize(
    "question",
    [
        "what is petrova doing today",
        "what is the mayor up to now",
        "šta petrova radi danas",
        "how is petrova doing these days",
        "как поживает Петрова?",
    ],
)
def test_what_someone_is_doing_now_asks_about_the_askers_present(question: str) -> None:
    """What someone is doing today or now is the asker's present, which no article reports:
    declined as a question about now."""
    assert tiny_engine().decide(question).reason is Reason.NOW


@pytest.mark.parametrize("question", ["where is petrova now", "где сейчас Петрова"])
def test_where_someone_is_now_asks_about_the_askers_present(question: str) -> None:
    """Where someone is now, naming nothing but that person, is the asker's present: declined
    as a question about now."""
    assert tiny_engine().decide(question).reason is Reason.NOW


def test_where_things_stand_now_is_not_asked_about_a_person() -> None:
    """ "Where does the bridge stand now?" names a thing, not only people: not declined as
    asking where someone is now."""
    assert tiny_engine().decide("where does the bridge stand now").reason is not Reason.NOW


@pytest.mark.parametrize(
    "question",
    [
        "what happened with the bridge this week",
        "šta se desilo sa mostom ove nedelje",
        "что случилось с мостом на этой неделе",
    ],
)
def test_this_week_asks_about_now(question: str) -> None:
    """ "This week" ("ove nedelje", "на этой неделе") is the asker's present, which no article
    reports: declined as a question about now."""
    assert tiny_engine().decide(question).reason is Reason.NOW


def test_the_word_for_something_in_a_language_is_a_translation_request(
    small_engine: Engine,
) -> None:
    """ "What is the Serbian word for trade?" asks for a translation, not about the article."""
    assert small_engine.decide("what is the serbian word for trade").reason is Reason.OFF_TOPIC


@pytest.mark.parametrize(
    "question",
    ["Переведите на сербский «дружественная страна»", "prevedi na ruski: prijateljska zemlja"],
)
def test_a_request_to_translate_in_russian_or_serbian_is_off_topic(
    small_engine: Engine, question: str
) -> None:
    """ "Переведите на…", "prevedi na…" ask for a translation, not what the article says,
    though the words to translate are the article's."""
    assert small_engine.decide(question).reason is Reason.OFF_TOPIC


@pytest.mark.parametrize(
    "question",
    [
        "ok totally unrelated to the kazakh stuff but what's a good pizza place, my treat",
        "совсем не по теме, но где купить хороший чай",
        "skroz van teme, ali gde da kupim dobar čaj",
    ],
)
def test_a_question_the_asker_calls_off_topic_is_declined(
    small_engine: Engine, question: str
) -> None:
    """The asker saying the question is unrelated to the article ("unrelated to the kazakh
    stuff", "не по теме", "van teme") names its topic only to leave it: no word of the
    article is left to answer on."""
    tokens = small_engine.analyze(question).tokens
    assert "kazakhstan" not in tokens
    assert "tem" not in tokens
    assert not small_engine.decide(question).answered


def test_where_life_is_better_is_an_opinion() -> None:
    """ "Где лучше жить…?" asks a comparison the article doesn't make: an opinion."""
    assert tiny_engine().decide("где лучше жить, у моста или в городе?").reason is Reason.OPINION


@pytest.mark.parametrize("question", ["is this article reliable", "can i trust this"])
def test_whether_the_article_can_be_trusted_is_a_judgement(
    small_engine: Engine, question: str
) -> None:
    """Whether the article is reliable or to be trusted is a judgement the article doesn't
    give, not a question about a "reliable partner" or "trusting relations"."""
    assert small_engine.decide(question).reason is Reason.OPINION


def test_a_request_to_write_a_letter_is_declined_as_off_topic(small_engine: Engine) -> None:
    """A cover letter asked for is something to write, not told from the article, whatever
    article words ("trade", "Serbia") it is about."""
    made = small_engine.decide("help me write a cover letter about trade with serbia")
    assert made.reason is Reason.OFF_TOPIC


@pytest.mark.parametrize(
    "question",
    [
        "convert 40 million dollars to euros for me",
        "пересчитай 40 миллионов в рубли",
        "preračunaj 40 miliona u dinare",
    ],
)
def test_a_sum_to_convert_is_a_request_not_a_question(question: str) -> None:
    """ "Convert 40 million dollars to euros" asks the bot to work something out, not what
    the article says, whatever figure of the article it names: declined as off topic."""
    made = tiny_engine().decide(question)
    assert made.reason is Reason.OFF_TOPIC
    assert not made.answered


def test_the_askers_own_essay_is_their_story_not_a_request() -> None:
    """ "…for my essay" says what the answer is for: the question is answered."""
    assert tiny_engine().decide("who approved the bridge for my essay").answered


@pytest.mark.parametrize(
    "question",
    [
        "what do you think, was the bridge a good idea?",
        "как ты думаешь, мост нужен?",
        "šta misliš o mostu",
        "in your opinion should the bridge cost 40 million",
        "а ты как думаешь, мост нужен?",
        "мост нужен? как думаешь?",
        "is the bridge good or nah, wat do u think",
        "как ты сам думаешь, мост выгоден? хочу твоё личное мнение",
    ],
)
def test_a_question_asking_the_bots_own_view_is_declined(question: str) -> None:
    """ "What do you think", "как ты думаешь", "šta misliš": the article gives facts, the bot
    has no view: declined (Reason.OPINION) though the bridge's facts match."""
    made = tiny_engine().decide(question)
    assert made.reason is Reason.OPINION


@pytest.mark.parametrize(
    "question",
    [
        "do you think the bridge is good for the town? honestly",
        "are you for the bridge or against it?",
        "ты за кого? за мост или против?",
        "da li veruješ političarima koji grade mostove?",
        "за кога си, за мост?",
    ],
)
def test_asking_the_bot_to_believe_or_take_a_side_is_an_opinion(question: str) -> None:
    """ "Do you think…", "ты за кого?", "da li veruješ…": the bot is asked to take a side or to
    believe, and it has no view: declined as an opinion though the bridge's facts match."""
    assert tiny_engine().decide(question).reason is Reason.OPINION


@pytest.mark.parametrize(
    "question",
    [
        "how do you say bridge in serbian",
        "how do i say bridge in serbian",
        "как сказать «мост» по-сербски?",
        "kako se kaže most na ruskom?",
        "what does the word bridge mean",
        "что значит слово мост",
        "šta znači reč most",
        "please translate 'the bridge is open' into serbian",
    ],
)
def test_asking_how_a_word_is_said_in_a_language_is_off_topic(question: str) -> None:
    """ "How do you say…", "как сказать…", "kako se kaže…" ask for a translation, "what does
    the word … mean" for a definition, not about the article: declined as off-topic though the
    article's word is in it."""
    assert tiny_engine().decide(question).reason is Reason.OFF_TOPIC


def test_a_word_asked_in_serbian_is_no_question_of_when(small_engine: Engine) -> None:
    """ "Как будет спасибо по-сербски?" asks a translation: "как будет" is no "when will", and
    the thanks asked about is no courtesy to set aside."""
    made = small_engine.decide("как будет спасибо по-сербски?")
    assert not made.answered
    assert made.reason is Reason.OFF_TOPIC


@pytest.mark.parametrize(
    "question",
    [
        "what's the news today about the bridge?",
        "any news from the city?",
        "какие новости про мост?",
        "ima li vesti o mostu?",
    ],
)
def test_a_question_about_todays_news_asks_about_now(question: str) -> None:
    """ "What's the news today", "any news…", "какие новости", "ima li vesti" ask what the
    asker's present holds: declined as now."""
    assert tiny_engine().decide(question).reason is Reason.NOW


@pytest.mark.parametrize(
    "question",
    [
        "is 40 million a lot or a little?",
        "40 миллионов это много или мало?",
        "da li je to mnogo, 40 miliona",
    ],
)
def test_asking_whether_a_figure_is_a_lot_asks_a_judgement(question: str) -> None:
    """ "A lot or a little", "много или мало", "da li je to mnogo" ask a judgement of the
    figure, which the article doesn't make: declined as an opinion."""
    assert tiny_engine().decide(question).reason is Reason.OPINION


def test_a_quote_says_each_word_of_a_phrase_the_synonyms_read_as_one() -> None:
    """The quote "the toll bridge…" read with "toll bridge" as one synonym ("tollway") still
    says "toll": a question asking "toll" finds its word in the fact's evidence, so the fact
    whose quote says it is the better evidenced one."""
    facts = (
        dataclasses.replace(
            FACTS[0],
            answer="A new toll bridge, approved on Monday.",
            questions=("What was approved?",),
        ),
        *FACTS[1:],
    )
    base = dataclasses.replace(tiny_base(facts=facts), synonyms={"tollway": ("toll bridge",)})
    engine = Engine(base)
    evidence = engine.index.entries[engine.index.fact_at["bridge"]].evidence
    (tollway,) = engine.analyze("toll bridge").tokens
    (toll,) = engine.analyze("toll").tokens
    assert tollway in evidence
    assert toll in evidence


def test_one_persons_view_of_another_is_an_opinion_no_fact_gives(small_engine: Engine) -> None:
    """ "What does Tokayev personally think of Vucic?", "что Вучич думает о Токаеве": a view
    of a person, which the article never reports — declined as an opinion."""
    for question in ("what does tokayev personally think of vucic", "что Вучич думает о Токаеве"):
        decision = small_engine.decide(question)
        assert not decision.answered
        assert decision.reason is Reason.OPINION


def test_the_askers_own_doubt_is_no_opinion_asked(small_engine: Engine) -> None:
    """ "…my brother says it was dacic but i dont think so": the asker doubts a claim; nobody's
    view is asked, so the question is not declined as an opinion."""
    decision = small_engine.decide(
        "who was the defence minister nurtleu met? my brother says it was dacic but i dont think so,"
        " dacic was the foreign guy no?"
    )
    assert decision.reason is not Reason.OPINION


def test_homework_and_translation_requests_are_off_topic(small_engine: Engine) -> None:
    """ "solve 2x+5=11", "can you translate 'good morning'" ask the bot to do something else
    than tell what the article says: declined as off the topic, whatever words they share."""
    for question in (
        "can u help me with my algebra hw, solve 2x+5=11",
        "can you translate 'thank you' into Kazakh for the visit",
    ):
        decision = small_engine.decide(question)
        assert not decision.answered
        assert decision.reason is Reason.OFF_TOPIC


def test_a_where_question_guessing_a_place_in_a_part_of_its_own_is_answered(
    small_engine: Engine,
) -> None:
    """ "which city was the visit in, was it zagreb?": the guess, in a part of its own after the
    question, is put right by where the visit was, as a bare "…, zagreb?" is; it does not make
    the question one about another place."""
    bare = small_engine.decide("which city was the visit in, zagreb?")
    opened = small_engine.decide("which city was the visit in, was it zagreb?")
    assert bare.answered
    assert opened.answered
    assert opened.fact_id == bare.fact_id


def test_what_happened_on_the_articles_date_is_not_answered_with_the_date(
    small_engine: Engine,
) -> None:
    """ "what happened in Belgrade on Nov 29" takes the date for granted and asks what
    happened: not the date's fact, which would only say the date again. A date the facts don't
    give ("…on december 29th, who's right") is still checked by it."""
    happened = small_engine.decide("what happened in Belgrade on Nov 29")
    assert happened.answered
    assert happened.fact_id != "visit-date"
    checked = small_engine.decide("my colleague says the talks were on december 29th, who's right")
    assert checked.fact_id == "visit-date"


def test_a_story_guessing_the_place_before_asking_where_really_is_answered(
    small_engine: Engine,
) -> None:
    """ "…она думает, что в Нови-Саде. Где на самом деле?": the asking part asks
    where, so the story's guess is put right, not taken as an off-topic claim that declines
    the message; a bare "is that right?" after an off-topic claim is still declined."""
    really = small_engine.decide(
        "Бабушка из Шымкента спрашивает, где проходили переговоры. Она думает, что в Нови-Саде. "
        "Где на самом деле?"
    )
    assert really.answered
    off = small_engine.decide("my friend says Djokovic won Wimbledon 7 times. is that right?")
    assert not off.answered


@pytest.mark.parametrize("question", ["wat tiem is it", "what tiem is it now"])
def test_a_misspelt_question_about_now_is_read_as_spelt_right(question: str) -> None:
    """ "wat tiem is it" asks the time as "what time is it" does: the signs of the present
    are read from the words as corrected too, and the question is declined as now."""
    assert tiny_engine().decide(question).reason is Reason.NOW


@pytest.mark.parametrize(
    "question",
    [
        "recomend a good cafe near the bridge",
        "посоветуйте кафе возле моста",
        "preporuči mi neki kafić kod mosta",
        "how do i learn to build a bridge",
        "what should i pack for the city in winter",
        "как мне выучить казахский",
        "kako da naučim da gradim mostove",
        "da li se isplati ići do mosta ove zime, šta preporučujete?",
        "стоит ли ехать к мосту зимой?",
        "im going to lakeside in may, which hotel should i stay in?",
        "в каком районе мне остановиться у моста?",
        "u kom kraju da odsednem kod mosta?",
        "jel se isplati ici do mosta leti",
        "should i move to the city with the bridge",
        "idem do mosta na leto, šta da obiđem?",
        "things to do near the bridge",
        "what's the best time of year to visit the bridge",
        "what's the best way to learn to build bridges fast",
        "anyone know a good cafe near the bridge?",
        "какой лучший способ доехать до моста?",
        "koji je najbolji način da stignem do mosta",
        "kako da brzo naučim da gradim mostove",
        "как быстро выучить сербский",
    ],
)
def test_asking_for_a_recommendation_asks_a_judgement(question: str) -> None:
    """ "Recommend…", "посоветуйте…", "preporuči…" and how the asker could do something ("how
    do i…", "как мне…", "kako da naučim…") ask advice for the asker's own plans, which the
    article doesn't give: declined as an opinion, not answered with the bridge."""
    assert tiny_engine().decide(question).reason is Reason.OPINION


@pytest.mark.parametrize(
    "question",
    [
        "how do we know about the bridge",
        "как мне узнать, кто открыл мост",
        "kako mogu da znam ko je otvorio most",
    ],
)
def test_how_we_know_asks_the_source_not_advice(question: str) -> None:
    """ "How do we know about this?", "как мне узнать…", "kako mogu da znam…" ask what the
    article tells, not how the asker could do something: no opinion asked."""
    assert tiny_engine().decide(question).reason is not Reason.OPINION


def test_asking_the_bots_personal_view_is_an_opinion() -> None:
    """ "What do you personally think of the mayor?": the bot's own view, asked with
    "personally" between the words, is declined as an opinion, not answered with the mayor."""
    decision = tiny_engine().decide("what do you personally think of the mayor?")
    assert decision.reason is Reason.OPINION


@pytest.mark.parametrize(
    "question",
    [
        "can you write me a short summary of the bridge for my boss",
        "напиши краткое содержание про мост для канала",
        "napiši mi kratak rezime o mostu",
        # The errand decides the whole message, not the sentence about the bridge after it.
        "pls write an email to my boss saying i'll be late. the bridge is closed",
    ],
)
def test_a_request_to_write_something_is_an_errand(question: str) -> None:
    """A summary, a post or an email the bot is asked to write ("write me…", "напиши…",
    "napiši…") is an errand for the asker, declined, not a question the article answers."""
    assert tiny_engine().decide(question).reason is Reason.ERRAND


@pytest.mark.parametrize(
    "question",
    [
        "remind me to call the mayor at five",
        "напомни мне позвонить мэру в пять",
        "podseti me da pozovem gradonačelnika u pet",
    ],
)
def test_a_task_asked_of_the_bot_is_an_errand(question: str) -> None:
    """ "Remind me to call the mayor at five": a task for the bot to do, declined as an
    errand though the mayor is the article's."""
    assert tiny_engine().decide(question).reason is Reason.ERRAND


def test_remind_me_of_the_article_is_no_errand() -> None:
    """ "Remind me who approved the bridge" asks the article."""
    assert tiny_engine().decide("remind me who approved the bridge").answered


def test_like_in_a_comparison_asks_no_opinion() -> None:
    """ "…, it sounds like petrova", "…pronounced it like…": a comparison, not whether anyone
    likes her."""
    decision = tiny_engine().decide("who is the mayor, i think it sounds like petrova")
    assert decision.reason is not Reason.OPINION
    assert decision.answered


def test_the_askers_own_writing_is_their_story_not_an_errand() -> None:
    """ "I have to write a summary for my boss, who approved the bridge?": the asker's own
    writing is what the answer is for; the question is answered."""
    assert (
        tiny_engine()
        .decide("I have to write a summary for my boss, who approved the bridge?")
        .answered
    )


@pytest.mark.parametrize("question", ["wat bridge bruh", "bruh what did the mayor approve fam"])
def test_chat_slang_carries_no_topic(question: str) -> None:
    """ "bruh", "fam", "smh", "ikr" are chat fillers: they don't make a question off topic."""
    assert tiny_engine().decide(question).answered


def test_a_when_question_put_ahead_is_answered_by_the_fact_that_states_a_future_period() -> None:
    """ "When should Petrova go there?" asks when she is to go: the fact saying she is invited
    for next year answers it, though the day she went to the debate scores higher; "when did
    she go there?" still gets that day."""
    extra = (
        Fact(
            "debate-day",
            "people",
            ("When did Petrova go to the debate?", "When was the debate?"),
            "On Monday.",
            (Citation(1, "approved a new bridge on Monday"),),
            answers_to=("when",),
        ),
        Fact(
            "trip",
            "people",
            ("Where is Petrova invited?",),
            "Petrova was invited to visit Vienna next year.",
            (Citation(3, "thanked the engineers from Vienna"),),
            answers_to=("where", "when"),
        ),
    )
    engine = Engine(tiny_base(facts=FACTS + extra))
    ahead = engine.decide("when should petrova go there?")
    assert ahead.fact is not None
    assert ahead.fact.id == "trip"
    assert ahead.candidates[0].id == "debate-day"  # the past scored higher
    past = engine.decide("when did petrova go there?")
    assert past.fact is not None
    assert past.fact.id == "debate-day"


@pytest.mark.parametrize(
    "question", ["why did petrova open the debate?", "почему дебаты открыла Петрова?"]
)
def test_a_why_question_is_not_answered_by_a_fact_that_tells_only_who(question: str) -> None:
    """ "Why did Petrova open the debate?": the fact says who opened it, not why; a why-question
    is one of the specific kinds, so a fact that can't answer it is no answer, however much of
    the question it shares."""
    assert not tiny_engine().decide(question).answered


@pytest.mark.parametrize(
    "question", ["koja je glavna vest danas u gradu", "какая главная новость сегодня"]
)
def test_todays_news_is_asked_of_the_present(question: str) -> None:
    """ "Koja je glavna vest danas?", "какая главная новость сегодня": a piece of news and
    "today" ask about the asker's present, which no article can tell."""
    assert tiny_engine().decide(question).reason is Reason.NOW


def test_a_name_for_the_askers_own_pet_is_asked_as_advice(small_engine: Engine) -> None:
    """ "whats a good name for my cat" asks the bot to suggest a name, not who anyone in the
    article is."""
    made = small_engine.decide("whats a good name for my cat")
    assert not made.answered
    assert made.reason is Reason.OPINION


@pytest.mark.parametrize(
    "question", ["can you summarise the plot of war and peace", "перескажи сюжет войны и мира"]
)
def test_retelling_the_plot_of_a_book_is_off_topic(small_engine: Engine, question: str) -> None:
    """The plot of a book to retell ("сюжет") is something made up elsewhere, not the
    article told, though "summarise" asks for a summary."""
    assert small_engine.decide(question).reason is Reason.OFF_TOPIC


@pytest.mark.parametrize(
    "question", ["в чем смысл жизни", "u čemu je smisao života", "what is the meaning of life"]
)
def test_the_meaning_of_life_is_no_purpose_the_article_gives(
    small_engine: Engine, question: str
) -> None:
    """ "в чем смысл жизни" asks a view of life, not what the documents are for ("смысл" is
    a purpose word)."""
    assert small_engine.decide(question).reason is Reason.OPINION


def test_like_as_a_filler_before_a_person_word_asks_no_opinion() -> None:
    """ "is there like an official who…" says "like" as a filler, not a liking of an official
    (still an opinion: "is Petrova a good mayor")."""
    made = tiny_engine().decide("is there like an official who opened the debate")
    assert made.answered
    assert made.fact_id == "mayor"
    assert tiny_engine().decide("is Petrova a good mayor").reason is Reason.OPINION


def test_an_essay_questions_label_asks_for_no_essay() -> None:
    """ "essay question: how much will the bridge cost?" labels the asker's task, while "write
    me an essay about the bridge" asks the bot to make something up."""
    from bot.engine.decision import asks_to_make_up

    engine = tiny_engine()
    label = engine.analyze("essay question: how much will the bridge cost?")
    assert not asks_to_make_up(label, engine.index.on_topic_surfaces)
    request = engine.analyze("write me an essay about the bridge")
    assert asks_to_make_up(request, engine.index.on_topic_surfaces)
