"""Russian (bot/lang/ru.py) on tiny inputs."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.engine.analysis import puts_forward
from bot.lang import ru
from bot.lang.clauses import reported_claim
from bot.lang.normalize import Normalizer, fold, question_kind, word_form


def test_stem_reads_cyrillic_only() -> None:
    """The Russian stemmer stems a Cyrillic word and declines a Latin one."""
    assert ru.stem("соглашения") == ru.stem("соглашение")
    assert ru.stem("agreements") is None


def test_latin_word_in_a_russian_question_is_stemmed_as_english() -> None:
    """word_form falls back to English for a Latin token the Russian stemmer can't read."""
    assert word_form("agreements", "ru") == word_form("agreements", "en") == "agreement"


def test_question_words_give_the_kind() -> None:
    """Russian question words (folded) reveal the kind of answer wanted."""
    assert question_kind("skolko dnej dlilsja vizit") == "duration"
    assert question_kind("kogda eto bylo") == "when"
    assert question_kind("kto priehal") == "who"
    # Either word order: "год какой?", "с какого года".
    assert question_kind("a god kakoj") == "year"
    assert question_kind("s kakogo goda") == "year"


def test_stop_words_are_dropped() -> None:
    """Russian function words carry no topic."""
    assert Normalizer().analyze("Что это было?").tokens == ()
    # "кто возглавляет X" (who heads X) asks who X is: heading names no topic of its own.
    assert Normalizer().analyze("кто возглавляет мэрию?").tokens == (
        Normalizer().analyze("кто мэрию?").tokens
    )
    # "по каким темам" (on what topics) asks what, naming no topic of its own.
    assert Normalizer().analyze("что одобрили и по каким темам?").tokens == (
        Normalizer().analyze("что одобрили?").tokens
    )
    # Chat's "чё нить" (что-нибудь) and "нашими" (our) name no topic.
    assert Normalizer().analyze("чё нить про мост между нашими городами?").tokens == (
        Normalizer().analyze("про мост между городами?").tokens
    )
    # Addressing the chat ("братцы", "пацаны") names no topic either.
    assert Normalizer().analyze("братцы, что это было?").tokens == ()
    assert Normalizer().analyze("пацаны, что это было").tokens == ()
    assert Normalizer().analyze("никакого моста не было?").tokens == (
        Normalizer().analyze("моста не было?").tokens
    )
    # Nor does chat asking the room or excusing itself: "кто в курсе?", "сорян за тупой вопрос",
    # "ладно, серьёзно", "а X тут причём?".
    mostly = Normalizer().analyze("ладно, серьёзно, сколько было документов? кто в курсе").tokens
    assert mostly == Normalizer().analyze("сколько было документов?").tokens
    assert Normalizer().analyze("сорян за тупой вопрос, а мост тут причём?").tokens == (
        Normalizer().analyze("а мост?").tokens
    )


def test_a_tag_asking_whether_a_claim_is_right_asks_nothing_of_its_own() -> None:
    """ "…, правильно?" (right?) tags a claim as "верно?" does: it is no word of the topic."""
    assert Normalizer().analyze("Визит был в ноябре, правильно?").tokens == (
        Normalizer().analyze("Визит был в ноябре?").tokens
    )


def test_a_place_or_a_lasting_verb_gives_where_or_how_long() -> None:
    """ "В каком именно городе" asks where, "сколько длился" how long (folded)."""
    assert question_kind("v kakom imenno gorode byla vstreca") == "where"
    assert question_kind("skolko dlilsja vizit") == "duration"


def test_russian_typed_in_latin_letters_is_read_as_russian() -> None:
    """ "kakie oblasti obsuzhdali" is Russian in Latin letters: transliterated and read as
    Russian; an English question with a Russian-looking word stays English."""
    from bot.lang.translit import russian_from_latin

    assert (
        russian_from_latin("kto takoy milosh, chto obsuzhdali") == "кто такой милош, что обсуждали"
    )
    assert russian_from_latin("kto takoi nurtleu") == "кто такой нуртлеу"  # last "i" after a vowel
    # "ye" after a consonant is "ые", "tsya" the verbs' "тся"; "yesli" is still "если".
    assert russian_from_latin("voennye gordyatsya yesli") == "военные гордятся если"
    normalizer = Normalizer(is_english=lambda w: w in {"what", "the", "did", "about", "they"})
    analysis = normalizer.analyze("kakie oblasti obsuzhdali")
    assert analysis.lang == "ru"
    assert analysis.cleaned == "какие области обсуждали"
    assert normalizer.analyze("what did they say about kak").lang == "en"


def test_a_name_asked_or_a_growth_by_times_gives_who_or_how_much() -> None:
    """ "Как зовут…" asks who, as "кто" does; "во сколько раз" asks how much, not at what time
    ("во сколько"), and so does "во сколько" before a verb of growth; "када", Serbian's "when",
    in a Russian question is "когда" (folded)."""
    assert question_kind("kak zovut serbskogo ministra") == "who"
    assert question_kind("vo skolko raz vyrosla torgovlja") == "amount"
    assert question_kind("vo skolko nacalas vstreca") == "time"
    # "…и во сколько вырос": before a verb of growth its "раз" is left out.
    assert question_kind("kakoj byl obem i vo skolko vyros") == "amount"
    assert question_kind("na kakoe cislo ego pozvali") == "when"
    assert ru.LANGUAGE.typos["kada"] == "kogda"


def test_russian_in_latin_letters_is_russian_even_where_serbian_shares_its_words() -> None:
    """ "gde byla vstrecha" shares "gde" with Serbian but "byla" is Russian's alone; Serbian
    typed with its own letters or with a word both write ("eto", "kuda") stays Serbian; a
    Latin part of a question decided in Russian is read as Russian."""
    normalizer = Normalizer(is_english=lambda w: w in {"what", "the", "did", "meeting"})
    assert normalizer.analyze("gde byla vstrecha s prezidentom").cleaned.startswith("где была")
    assert normalizer.analyze("gde je bila vstreća s prezidentom").lang == "sr"
    assert normalizer.analyze("eto, gde je bio sastanak").lang == "sr"
    assert normalizer.analyze("kuda priglasili", lang="ru").cleaned == "куда пригласили"
    # "li" and "viza" are Serbian too, but "nuzhna" and "dlya" are Russian's alone.
    assert normalizer.analyze("nuzhna li viza dlya kazahstancev").lang == "ru"
    # So are endings neither English nor Serbian has: "kazahskogo", "v serbiyu".
    assert normalizer.analyze("vizit kazahskogo mida v serbiyu").lang == "ru"


def test_a_y_tells_russian_in_latin_letters_where_serbian_shares_the_other_words() -> None:
    """Serbian Latin writes no "y" ("j" instead): "gde novyy most u mera" is Russian ("где
    новый мост у мэра"), though "gde", "u" and "most" are Serbian words too, and so is "s
    kakim mostom" ("kakim" is Russian's alone); a name with a "y" (Tokayev) leaves a Serbian
    question Serbian."""
    normalizer = Normalizer(
        [{"tokayev": ("Tokayev",)}],
        names=("tokayev",),
        is_english=lambda w: w in {"what", "the"},
    )
    assert normalizer.analyze("gde novyy most u mera").lang == "ru"
    assert normalizer.analyze("gde svobodnaya zona u grada").lang == "ru"
    assert normalizer.analyze("s kakim mostom u gorode").lang == "ru"
    assert normalizer.analyze("da li je Tokayev bio u gradu").lang == "sr"


def test_a_reflexive_verb_typed_in_latin_letters_tells_russian() -> None:
    """A reflexive "-sya" ("soglasilsya", agreed) is Russian's alone: the question is Russian
    though its other words are Serbian's too ("ili") or names."""
    normalizer = Normalizer(is_english=lambda w: w in {"net"})
    assert normalizer.analyze("vuchich soglasilsya priehat v astanu ili net").lang == "ru"


def test_a_bare_ending_is_no_russian_word_in_latin_letters() -> None:
    """ "sya" standing alone is English "say" mistyped, not the reflexive ending of a Russian
    verb: "wat did nurtleu sya to vucic" stays English."""
    normalizer = Normalizer(is_english=lambda w: w in {"wat", "did", "to"})
    assert normalizer.analyze("wat did nurtleu sya to vucic").lang == "en"


@pytest.mark.parametrize(
    "question",
    [
        "ихний министр",
        "вучич вообше кто",
        "про ЕАЭС что писали",
        "кто именно приезжал, хотя бы примерно? никак не найду",
    ],
)
def test_colloquial_words_carry_no_topic(question: str) -> None:
    """Colloquial "ихний" (their), "вообще" typed as said ("вообше") and "писали" (wrote, as in
    "what did they write about…") are no subject of the question."""
    surfaces = Normalizer().analyze(question).surfaces
    assert not {"ihnij", "voobse", "pisali", "imenno", "primerno", "nikak"} & set(surfaces)


def test_indefinite_particles_carry_nothing() -> None:
    """ "Что-нибудь", "кто-либо", "кое-что" are function words, not the question's point."""
    assert Normalizer().analyze("что-нибудь кто-либо кое-что").tokens == ()


def test_colloquial_che_in_latin_letters_is_russian() -> None:
    """ "che podpisali", colloquial "чё" typed in Latin letters, is read as Russian."""
    normalizer = Normalizer(is_english=lambda w: w in {"what", "the", "did"})
    assert normalizer.analyze("che podpisali").lang == "ru"


def test_the_askers_own_people_are_not_the_question() -> None:
    """ "Мой начальник говорит…": the word after "мой" and the reporting verb carry nothing."""
    assert Normalizer().analyze("мой начальник говорит торговля").tokens == ("torgovl",)


def test_o_chem_asks_what_was_discussed() -> None:
    """ "О чём говорили" (folded "o cem") asks what was discussed."""
    assert question_kind("o cem govorili s merom") == "topic"


def test_actually_and_in_general_say_nothing() -> None:
    """ "На самом деле", "в общем" are fillers: "где на самом деле были переговоры" asks
    where the talks were, not about "самом" or "деле"."""
    assert Normalizer().analyze("где на самом деле были переговоры").tokens == ("peregovor",)


def test_the_language_to_answer_in_is_no_part_of_the_question() -> None:
    """ "…, на русском плиз" asks for Russian, not about Russia or the Russian language."""
    assert Normalizer().analyze("какая комиссия, на русском плиз").tokens == ("komiss",)


def test_the_askers_state_carries_nothing() -> None:
    """ "Не могу найти", "не знаю": what the asker can't do or know is no subject."""
    assert Normalizer().analyze("не могу найти, не знаю").tokens == ()


def test_what_the_asker_thought_carries_nothing_and_nazvan_asks_who() -> None:
    """ "Я думала…" is the asker's state; "назван" is among the words asking who someone is."""
    from bot.lang import IDENTITY_WORDS
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze("я думала").tokens == ()
    assert "nazvan" in IDENTITY_WORDS


def test_a_word_of_precision_inside_a_kind_phrase_keeps_its_kind() -> None:
    """ "На какую конкретно дату" asks when, as "на какую дату" does; "до скольки" asks how
    much."""
    assert question_kind(fold("на какую конкретно дату его пригласили")) == "when"
    assert question_kind(fold("на какую дату его пригласили")) == "when"
    assert question_kind(fold("торговля выросла втрое, до скольки?")) == "amount"


def test_everyday_russian_verbs_in_latin_letters_tell_russian() -> None:
    """ "prinyal priglashenie ili net" holds no question word, but "prinyal" is Russian's alone."""
    normalizer = Normalizer(is_english=lambda w: w in {"net"})
    assert normalizer.analyze("mer prinyal priglashenie ili net").lang == "ru"


def test_an_indefinite_question_word_gives_no_kind() -> None:
    """ "кто-нибудь понял, что подписали" asks what was signed, not who: "кто-нибудь" is anyone."""
    assert question_kind(fold("кто-нибудь понял что там подписали")) == "what"
    assert question_kind(fold("кто-то знает когда был визит")) == "when"


def test_how_long_an_answer_to_give_is_no_word_of_the_question() -> None:
    """ "…, вкратце" (briefly) asks for a short answer, as English "briefly" does."""
    from bot.lang.normalize import Normalizer

    assert Normalizer().analyze("что подписали, вкратце").tokens == (
        Normalizer().analyze("что подписали").tokens
    )


def test_claim_tags_put_a_statement_forward() -> None:
    """ "я слышал…", "…это правда?" put a statement forward to be checked."""
    from bot.engine.analysis import puts_forward
    from bot.lang.normalize import Normalizer

    normalizer = Normalizer()
    assert puts_forward(normalizer.analyze("я слышал токаев сам прилетал, это правда?"))
    assert not puts_forward(normalizer.analyze("прилетал ли токаев"))


def test_what_li_at_the_end_puts_a_statement_forward() -> None:
    """ "…в Москву звали, что ли?" asks whether the statement is so, not what: its "что" is
    a tag."""
    from bot.engine.analysis import puts_forward

    assert puts_forward(Normalizer().analyze("мэра в москву звали что ли?"))
    assert not puts_forward(Normalizer().analyze("что ли за мост такой"))


def test_a_guess_after_the_question_is_not_asked() -> None:
    """ "О чём были переговоры, только про деньги?" asks what the talks were about; the guess
    after it ("только про деньги") is no part of what is asked."""
    surfaces = Normalizer().analyze("о чём были переговоры, только про деньги?").surfaces
    assert "dengi" not in surfaces


@pytest.mark.parametrize("dash", [" - ", " — ", " – "])
def test_a_guess_after_a_dash_is_not_asked_either(dash: str) -> None:
    """ "Кто сообщил о визите — сербский МИД?": a guess set off by a dash is no part of what
    is asked, as one after a comma is."""
    surfaces = Normalizer().analyze(f"кто сообщил о визите{dash}сербский мид?").surfaces
    assert "serbskij" not in surfaces
    assert "mid" not in surfaces


def test_in_total_only_adds_emphasis() -> None:
    """ "сколько всего документов" holds "сколько документов", as a gap may require it; so does
    Serbian "koliko je ukupno dokumenata"."""
    forms = Normalizer().analyze("сколько всего документов").forms
    assert forms == Normalizer().analyze("сколько документов").forms
    assert "ukupno" not in Normalizer().analyze("koliko je ukupno dokumenata").surfaces


def test_asking_and_prompting_words_carry_no_topic() -> None:
    """ "батя спрашивает …, подскажи": who asks and "tell me" are not what is asked."""
    tokens = Normalizer().analyze("батя спрашивает кто министр, подскажи").tokens
    assert not {"sprasivaet", "sprasiva", "podskazi"} & set(tokens)


def test_please_and_requests_to_write_or_explain_carry_no_topic() -> None:
    """ "пожалуйста", "напиши", "объясни", "подтверди" ask how to answer, not what: "Объясни
    пожалуйста, сколько стоит мост" asks what the bridge costs."""
    tokens = Normalizer().analyze("Объясни пожалуйста, сколько стоит мост").tokens
    assert tokens == Normalizer().analyze("сколько стоит мост").tokens


def test_in_terms_of_asks_about_no_plan() -> None:
    """ "в плане торговли" is "about trade": no plan is asked about."""
    tokens = Normalizer().analyze("что сказал мэр в плане торговли").tokens
    assert "plan" not in tokens
    assert "torgovl" in tokens


def test_the_relative_word_spelt_as_it_sounds_is_the_relative_word(small_engine: Engine) -> None:
    """ "с каторым он общался" spells "которым" as it sounds: it relates, it is no topic."""
    assert small_engine.analyze("министр, с каторым он встречался").tokens == (
        small_engine.analyze("министр, с которым он встречался").tokens
    )


def test_greetings_and_thanks_are_no_words_of_the_question() -> None:
    """ "Добрый день, …", "Здравствуйте", "спасибо заранее" are courtesy, not topics."""
    assert Normalizer().analyze("Добрый день, когда это было? Спасибо заранее").tokens == (
        Normalizer().analyze("когда это было?").tokens
    )
    assert Normalizer().analyze("Здравствуйте").tokens == ()


def test_the_asker_doubting_their_memory_asks_nothing() -> None:
    """ "Или я путаю уже всё?" (or am I mixing it all up?) doubts the asker, not the article."""
    assert Normalizer().analyze(
        "Визит был в октябре. Или я путаю уже всё? Какого числа?"
    ).tokens == (Normalizer().analyze("Визит был в октябре. Какого числа?").tokens)


def test_doubting_the_one_who_told_asks_nothing() -> None:
    """ "Это так или он опять выдумывает?" doubts the teller; the claim is what is asked."""
    assert Normalizer().analyze("Визит был в октябре. Это так или он опять выдумывает?").tokens == (
        Normalizer().analyze("Визит был в октябре. Это так?").tokens
    )


def test_between_the_two_countries_carries_no_topic() -> None:
    """ "между двумя странами" is the setting, not a word of what is asked."""
    normalizer = Normalizer()
    assert normalizer.analyze("торговля между двумя странами", lang="ru").tokens == (
        normalizer.analyze("торговля", lang="ru").tokens
    )


def test_i_think_and_help_me_figure_it_out_carry_no_topic() -> None:
    """ "мне кажется", "помогите разобраться", "хочу понять" are the asker's, not the question's."""
    normalizer = Normalizer()
    assert normalizer.analyze("мне кажется торговля, помогите разобраться", lang="ru").tokens == (
        normalizer.analyze("торговля", lang="ru").tokens
    )
    assert normalizer.analyze("не подскажете, о чём вели переговоры", lang="ru").tokens == (
        normalizer.analyze("о чём переговоры", lang="ru").tokens
    )


def test_how_are_you_with_you_between_is_small_talk_in_either_script() -> None:
    """ "Kak u tebya dela?" and "как у тебя дела" ask how the bot is, as "как дела" does."""
    from bot.lang.smalltalk import small_talk

    assert small_talk("Kak u tebya dela?") == "how_are_you"
    assert small_talk("как у тебя дела") == "how_are_you"


def test_naming_is_no_word_of_the_topic() -> None:
    """ "Как зовут министра обороны?" asks who (the kind says so); "зовут" is no topic word."""
    normalizer = Normalizer()
    analysis = normalizer.analyze("как зовут министра обороны", lang="ru")
    assert analysis.kind == "who"
    assert analysis.tokens == normalizer.analyze("министра обороны", lang="ru").tokens


def test_something_typed_without_its_hyphen_is_no_topic(small_engine: Engine) -> None:
    """ "было чтото?" is "было что-то?": something, no word of the topic (not a quote)."""
    assert small_engine.analyze("про это было чтото?", lang="ru").tokens == ()


def test_if_hello_and_i_remember_carry_no_topic() -> None:
    """ "если верить статье", "привет", "я запомнил" are the asker's words, not the topic's."""
    normalizer = Normalizer()
    assert normalizer.analyze("привет, если верить, я запомнил торговлю", lang="ru").tokens == (
        normalizer.analyze("торговлю", lang="ru").tokens
    )


def test_skok_let_asks_an_age() -> None:
    """ "скок лет нуртлеу" is "сколько лет" typed in chat: an age."""
    assert question_kind(fold("скок лет нуртлеу")) == "age"


def test_what_his_name_was_is_no_invitation() -> None:
    """ "Как его звали и кем он работает?" asks his name and post: "звали" is no invitation
    ("Вучича звали в Астану" still is one)."""
    normalizer = Normalizer()
    analysis = normalizer.analyze("как его звали и кем он работает?", lang="ru")
    assert analysis.kind == "who"
    assert "zval" not in analysis.forms
    assert "zval" in normalizer.analyze("Вучича звали в Астану?", lang="ru").forms


def test_the_subject_matter_is_a_framing_word() -> None:
    """ "по какой тематике они?" asks what they are about: "тематика" frames, as "тема" does."""
    from bot.lang import FRAMING_WORDS

    assert {"tematika", "tematike"} <= FRAMING_WORDS


def test_eto_tak_puts_a_claim_forward_and_uslyshala_reports_one() -> None:
    """ "…приезжал в Загреб. Это так?" asks to check what was said; "мама услышала, что…"
    reports the claim to check, as "слышала" does."""
    normalizer = Normalizer()
    assert puts_forward(normalizer.analyze("министр приезжал в загреб, это так?"))
    message = "мама услышала, что министр приезжал в загреб. это так?"
    assert reported_claim(message) == "министр приезжал в загреб"


def test_what_the_asker_read_is_no_quote() -> None:
    """ "а я читал, что…" is where the asker read it: no word of the question, and never
    Serbian "citat" (a quote), which "читал" stems like."""
    tokens = Normalizer().analyze("а я читал, что министр был в загребе", lang="ru").tokens
    assert not any(t.startswith("cita") for t in tokens)


def test_the_article_is_a_framing_word_in_every_case() -> None:
    """ "как зовут министра из статьи?", "в статье", "в тексте": the article frames the
    question in any of its cases, as "статья" does."""
    from bot.lang import FRAMING_WORDS
    from bot.lang.translit import fold_word

    assert {fold_word(w) for w in ("статьи", "статью", "статьей", "тексте")} <= FRAMING_WORDS


def test_the_article_typed_in_latin_letters_with_y_is_a_framing_word() -> None:
    """ "v statye", "pro statyu": Russian typed in Latin letters writes the soft sign and "е" as
    "ye", "ya", "yu"; the article frames the question as "статье" does."""
    from bot.lang import FRAMING_WORDS

    assert {"statye", "statya", "statyu"} <= FRAMING_WORDS


def test_what_they_said_on_tv_is_reported() -> None:
    """ "на работе сказали, что…" reports a claim as "сказал" does; "по телеку" (on the telly)
    is where, no topic."""
    message = "на работе сказали, что министр приезжал в загреб. так?"
    assert reported_claim(message) == "министр приезжал в загреб"
    assert (
        "telek" not in Normalizer().analyze("по телеку сказали, что мост открыли", lang="ru").tokens
    )


def test_norm_infa_puts_the_news_forward() -> None:
    """ "…министр приезжал в загреб. норм инфа?" (is the info right?) asks to check what was
    said, and "инфа" (the info) frames it, as "новость" does."""
    from bot.lang import FRAMING_WORDS

    normalizer = Normalizer()
    assert puts_forward(normalizer.analyze("министр приезжал в загреб, норм инфа?"))
    assert "infa" in FRAMING_WORDS


@pytest.mark.parametrize(
    "question", ["как звали сербского министра?", "как на самом деле звали того министра?"]
)
def test_how_someone_was_called_asks_a_name_not_an_invitation(question: str) -> None:
    """ "Как звали министра" asks his name, as "как зовут" does: "звали" after "как" invites no one."""
    analysis = Normalizer().analyze(question)
    assert analysis.kind == "who"
    assert analysis.tokens == Normalizer().analyze(question.replace("звали", "зовут")).tokens
    assert "togo" not in analysis.tokens


def test_every_form_of_mentioned_frames_the_question() -> None:
    """ "Упоминалась", "упоминались" (was mentioned), typed either way, frame a question: they name no topic."""
    from bot.lang import FRAMING_WORDS

    assert {fold("упоминалась"), fold("упоминались"), "upominaetsya"} <= FRAMING_WORDS
    assert {"mentiond", "mentioning"} <= FRAMING_WORDS


def test_i_remember_carries_no_topic() -> None:
    """ "Я вот не помню, а Дачич там кто?" asks who Dacic is: "помню" names nothing."""
    normalizer = Normalizer()
    told = normalizer.analyze("я вот не помню, а дачич там кто?", lang="ru").tokens
    assert told == normalizer.analyze("я вот не, а дачич там кто?", lang="ru").tokens


@pytest.mark.parametrize(
    ("question", "other"),
    [
        ("в каком контексте упоминается токаев", "в каком огороде упоминается токаев"),
        ("in what context is tokayev mentioned", "in what garden is tokayev mentioned"),
        ("u kom kontekstu se pominje tokajev", "u kom vrtu se pominje tokajev"),
    ],
)
def test_in_what_context_frames_the_question_like_mentioned(
    small_engine: Engine, question: str, other: str
) -> None:
    """ "В каком контексте", "in what context", "u kom kontekstu" frame the question: the
    context word weighs as framing, so the question is more on topic than with a word the
    article lacks in its place ("в каком огороде")."""
    assert small_engine.weigh(question).on_topic > small_engine.weigh(other).on_topic


@pytest.mark.parametrize(
    "question",
    ["или что-то другое?", "речь про другую отрасль?", "ili nešto drugo?", "druge oblasti?"],
)
def test_other_is_no_friend(small_engine: Engine, question: str) -> None:
    """Russian "другой" and Serbian "drugi" (other) stem like "друг" (friend): they are small
    words, so "…или что-то другое?" asks about no friendship."""
    analysed = small_engine.analyze(question)
    friend = small_engine.analyze("друг").tokens
    assert not set(friend) & set(analysed.tokens)


def test_a_friend_is_still_a_friend(small_engine: Engine) -> None:
    """ "Сербия друг Казахстана?" still asks about friendship."""
    assert set(small_engine.analyze("друг").tokens) <= set(
        small_engine.analyze("сербия друг казахстана?").tokens
    )


@pytest.mark.parametrize(
    ("question", "without"),
    [
        ("только военное соглашение подписали?", "военное соглашение подписали?"),
        ("безвиз для всех граждан?", "безвиз для граждан?"),
    ],
)
def test_only_and_all_are_small_words(small_engine: Engine, question: str, without: str) -> None:
    """ "Только" (only) and "всех" (all) ask nothing, as English "only" and "all" don't: the
    question's words are those it has without them."""
    assert small_engine.analyze(question).tokens == small_engine.analyze(without).tokens


def test_what_someone_did_asks_with_a_verb_that_names_nothing() -> None:
    """ "Что делал мэр на мосту?" asks what happened there: "делал" (did) names no topic."""
    assert Normalizer().analyze("что делал мэр на мосту").tokens == (
        Normalizer().analyze("что мэр на мосту").tokens
    )


def test_small_talk_typed_in_latin_letters_is_small_talk(small_engine: Engine) -> None:
    """ "ty bot ili chelovk? kak tebya zovt" asks what the bot is, as its Cyrillic reading
    "ты бот или человк? как тебя зовт" does: it gets the bot's introduction, not a fact."""
    decision = small_engine.decide("ty bot ili chelovk? kak tebya zovt")
    assert decision.small_talk == "about_me"
    assert not decision.answered


def test_an_exclusion_before_the_verb_sets_aside_only_its_one_word() -> None:
    """ "с кем ещё кроме президента встречался мэр": the president is set aside, the meeting
    and the mayor are still asked about (three words after "кроме" would leave no question)."""
    assert Normalizer().analyze("с кем ещё кроме президента встречался мэр").tokens == (
        Normalizer().analyze("с кем ещё встречался мэр").tokens
    )


def test_an_exclusion_ends_at_a_reflexive_past_verb() -> None:
    """ "с кем кроме президента встречался наш мэр": "встречался" is a verb, not a second
    word of the president set aside, though more than "с кем" and stop words is left."""
    assert Normalizer().analyze("с кем кроме президента встречался наш мэр в городе").tokens == (
        Normalizer().analyze("с кем встречался наш мэр в городе").tokens
    )


def test_russian_wanted_is_no_english_hotel(small_engine: Engine) -> None:
    """ "хотел" folds to "hotel": in Russian (either script) it is read as "хочет" (wants);
    an English "hotel" stays a hotel."""
    wants = small_engine.analyze("что мэр хочет насчёт моста").tokens
    assert small_engine.analyze("что мэр хотел насчёт моста").tokens == wants
    assert small_engine.analyze("chto mer hotel naschet mosta").tokens == wants
    assert "hotel" in small_engine.analyze("what hotel did the mayor stay in").tokens


def test_a_country_named_by_its_russian_adjective_is_another_place(small_engine: Engine) -> None:
    """ "с российским паспортом" names Russia as "в России" does: a place the article doesn't
    mention, so the question is about somewhere else."""
    assert small_engine.weigh("нужна ли виза с российским паспортом").foreign_place is not None
    assert small_engine.weigh("нужна ли виза гражданам России").foreign_place is not None


def test_a_slip_in_such_a_is_read_as_it(small_engine: Engine) -> None:
    """ "кто такй мэр": "такй" is "такой" with a letter dropped, a small word, not a topic."""
    assert small_engine.analyze("кто такй мэр").tokens == (
        small_engine.analyze("кто такой мэр").tokens
    )


@pytest.mark.parametrize(
    "question",
    [
        "товарооборот это за какой период?",
        "for what period is the trade figure",
        "za koji period je taj promet",
    ],
)
def test_which_period_a_figure_is_for_asks_a_year(question: str) -> None:
    """ "За какой период?", "for what period", "za koji period" ask which year a figure is
    for, as "за какой год" does."""
    assert question_kind(fold(question)) == "year"


@pytest.mark.parametrize(
    ("said", "plain"),
    [
        # An honorific before a name ("господин", "gospodin": Mr) is courtesy.
        ("как имя господина нуртлеу", "как имя нуртлеу"),
        ("šta je gospodin Dačić rekao", "šta je Dačić rekao"),
        # The asker forgetting is their memory, not a subject.
        ("как звали президента, забыла совсем", "как звали президента"),
        ("who was the president, i forgot", "who was the president"),
        # "погоди" (wait), which stemmed would be "погода" (weather).
        ("погоди, кто приезжал?", "кто приезжал?"),
    ],
)
def test_courtesy_and_the_askers_state_carry_no_topic(said: str, plain: str) -> None:
    """Honorifics, the asker forgetting and "погоди" (wait) add no word to the question."""
    normalizer = Normalizer()
    assert normalizer.analyze(said).tokens == normalizer.analyze(plain).tokens


def test_how_to_lay_the_answer_out_is_courtesy() -> None:
    """ "можно по пунктам?" is how the asker wants the answer laid out, no clause of a
    document asked about: the asking part is the question before it."""
    from bot.lang.clauses import focus

    assert focus("что отметил Вучич, можно по пунктам?") == "что отметил Вучич"
    assert focus("Вучич хвалил отношения. что он отметил, можно по пунктам?") == "что он отметил"


def test_what_the_asker_read_is_a_claim_to_check(small_engine: Engine) -> None:
    """ "читала, что визит был в октябре?" states what the asker read ("что" after "читала"
    is no "what"): the date's fact puts the month right."""
    assert small_engine.decide("читала, что визит был в октябре?").fact_id == "visit-date"


def test_someone_asking_through_the_asker_is_no_topic() -> None:
    """ "жена спрашивает, когда был визит" asks when the visit was: the wife asking through
    the asker is no one's wife the article could tell of."""
    surfaces = Normalizer().analyze("жена спрашивает, когда был визит").surfaces
    assert not any("zen" in s or "жен" in s for s in surfaces)
