"""Russian: the words and rules the bot reads Russian with (the common interface: bot/lang/language.py).

Words are folded to Latin ("что" is "cto", "где" is "gde"), as questions are compared.
"""

from __future__ import annotations

from bot.lang.language import Language, snowball
from bot.lang.translit import has_cyrillic


def stem(token: str) -> str | None:
    """The Russian Snowball stem of a cleaned token in Cyrillic; None for a Latin one."""
    return snowball("russian").stemWord(token) if has_cyrillic(token) else None


#: Words that, typed in Latin letters, say a question is Russian ("kto takoy Nurtleu",
#: "chto podpisali"): question and function words no English or Serbian question uses.
LATIN_MARKERS = frozenset(
    """
    kto chto shto che chyo chego kogda kakie kakoj kakoy kakoi kakaya kakaja kakoe kakoje kakuju kakov kakova skolko skoka pochemu
    zachem kak kuda chem kem komu eto byl byla bylo byli budet mezhdu
    kakom kakuyu kakih kakim kakimi kotoryj kotoryy kotoraya kotorom kogo naskolko otkuda skazhi rasskazhi
    podpisali vstrechalsya vstretilsya obsuzhdali priedet poedet priezzhal
    prinyal prinyali priglashenie priglasil priglasili ezdil ezdila letal vrode tovarooborot
    sotrudnichestvo seychas razve
    dlya nuzhna nuzhno nuzhen nuzhny mozhno tozhe takzhe voobshe voobshche ochen uzhe esli yesli
    chtoby tolko
    """.split()
)

#: Endings of Russian words typed in Latin letters that neither English nor Serbian has:
#: "kazahskogo" (Serbian "kazahstanskog"), "v serbiyu", "raznyh", a reflexive "soglasilsya".
LATIN_ENDINGS = ("ogo", "iyu", "yh", "ykh", "sya")

#: Markers Serbian writes too ("eto", there you go; "kuda", where to): they don't make
#: Serbian-looking text Russian.
SERBIAN_TOO = frozenset({"eto", "kuda"})


#: "Который" in every case (folded): a relative word, never a question's.
_KOTORYJ = frozenset(
    "kotoryj kotoraja kotoroe kotorye kotoruju kotorogo kotorom kotoroj kotoromu kotorym kotoryh "
    "kotorymi".split()
)

LANGUAGE = Language(
    code="ru",
    stop_words=frozenset(
        """
        telek teleke teleku televizor televizore televizoru
        tuda tam sjuda ottuda otsjuda
        emu ej nee im imi mnoj vam
        gospodin gospodina gospodinu gospodinom gospoza gospozi gospozu
        zabyl zabyla zabyli pozabyl pozabyla zapamjatoval zapamjatovala sovsem
        pogodi pogodite podozdi podozdite
        sih por
        kapec pohodu prikin pz
        stuka stuku stuki stuke stukoj
        mmm mm hmm hmmm eee ee ehh
        delal delala delali delat sdelal sdelala sdelali
        drugoj drugaja drugoe drugie drugih drugim drugimi druguju drugogo drugomu tolko
        vseh vsem vsemi vsja vsju vsej vsjo
        putaju putajus pereputal pereputala
        konkretnoe konkretno konkretnye konkretnogo konkretnyh konkretnoj
        poprav osibajus osibaus cital citala citali procital procitala procitali
        mne kazetsja kazhetsja pocti ponjat hotja neskolko pomogite razobratsja spor procentov
        podskazete vel vela veli zovut zvat necto nekto
        esli privet pisu rabotaju menja naoborot zapomnil zapomnila verit sprasivat smotrel
        smotrela uslysal uslysala
        popravte
        podskazi podskazite sprasivaet sprasivajut sprasival sprasivala sprosil sprosila
        pozalujsta pozhalujsta pozaluista pliz podtverdi podtverdite napisi napisite objasni
        objasnite perecisli perecislite polnostju
        stranami stran dvumja dvuh
        spasibo zaranee uvazeniem zdravstvujte
        dumal dumala dumali hz polucit pricem
        pisali pisal pisala pisut ved
        ihnij ihnjaja ihnee ihnie ihnego ihnej ihnih ihnemu ihnim ihnimi ihnjuju
        prav prava pravy pravda verno pravilno polucaetsja vyhodit
        konkretno slysal slysala slysali
        tocno
        kotoroj otkuda
        chto cto sto kto kogda gde kuda kak kakoj kakaja kakie kakoe kakov kakova kakovy skolko skolki skolkih pocemu
        zacem li ili i v vo na s so k ko po o ob ot do iz za u a no eto byl byla bylo byli est
        budet ego ee ih on ona oni my vy ja ty chej cej ceja ceje cji cja kotoryj kotoraja
        kotorye kogo komu kem mezhdu mezdu pri pro dlja sebja svoj svoi takoe takoj takaja takie
        takov takova tot ta te to zhe ze uze uzhe tozhe toze kakuju kakogo javljaetsja
        kakim kakom kakih kakimi kakomu kotorogo kotoromu kotorym kotorom kotoruju kotoryh etot
        eta eti etogo etom etu etoj etih takim tom toj teh togo tomu nascet naschet nado nuzno nuzhno delat
        dolzen dolzna dolzno dolzny
        pomnju pomnis
        budut mozet mozno nuzno dolzny vse ves takze ese esce ocen tut zdes vot nu cem cego
        ramkah ramki voobsce voobshe vobshe tipa koroce slys prosto
        nim nimi nih nej nemu nego vasce vashe karoc koroc blin ce sejcas slusaj skazi
        nibud nit libo koe pliz pliiz plz pls
        tema temy temu temoj temam temah temami
        vozglavljaet vozglavljal vozglavljala vozglavljajut rukovodit rukovodil rukovodila
        ne znaju znaem mogu najti najdu ponimaju ponjal ponjala ponjali rebjat rebjata bratcy bratan bratva pacany ladno serezno ha pricem nikakoj nikakogo nikakih nikakaja nikakie nikakuju nikakoe stoli shtoli
        nas nam nami nas nasa nase nasi nasih nasego nasim nasimi nasej nasu nasem nasemu
        interesno interesuet sprosil sprosila sprasival sprasivala
        imenno primerno nikak
        """.split()
    ),
    # Folded. "В каком именно городе" asks where; "сколько длился визит" how long.
    # "Как (на самом деле) звали министра" asks his name, as "как зовут" does: "звали" after
    # "как" is no invitation ("звали в гости").
    contractions=((r"\bкак((?:\s+[^\W\d_]+){0,3}?)\s+звали\b", r"как\1 зовут"),),
    kind_rewrites=(
        (r"\bkak((?:\s+[^\W\d_]+){0,3}?)\s+zvali\b", r"kak\1 zovut"),
        # "Когда говорили про связи, о чём договорились?": the "когда" clause sets the scene;
        # the question word after the comma asks.
        (
            r"^(?:a |i )?kogda [^,?]+, (?=(?:o cem|pro cto|cto|kto|gde|kakie|kakoj|kakaja|skolko|pocemu|zacem)\b)",
            "",
        ),
        # "Кто прав?" asks whether a claim is right: no who question.
        (r"\bkto (?:iz nih |zdes |tut )?prav\b", ""),
        (r"\bv kak(?:om|oj) (?:\w+ )?(?:gorode|meste|strane|stolice|regione)\b", "gde"),
        # "Какой регион назвал…": a place asked for.
        (r"\bkak(?:oj|om|ogo) (?:\w+ )?region\w*", "gde"),
        (r"\bskolko (?:\w+ )?(?:dlil|prodolzal)\w*", "skolko vremeni"),
        # "Скок лет нуртлеу": "сколько лет" in chat, an age.
        (r"\bsko(?:k|ko|ka) let\b", "skolko let"),
        # "Какого именно числа…", "в какой день…": a day asked for, a when question.
        (r"\b(?:kakogo (?:\w+ )?cisla|v kakoj (?:\w+ )?den|na kakoe (?:\w+ )?cislo)\b", "kogda"),
        # "Во сколько раз выросла…" asks by how much, not at what time ("во сколько").
        (r"\bvo skolko raz\b", "skolko raz"),
        # "…и во сколько вырос?": before a verb of growth or fall "во сколько" is "by how
        # many times" too, its "раз" left out.
        (
            r"\bvo skolko (?=(?:vyros|vozros|uvelic|podros|upal|snizi|sokrati|umensi)\w*)",
            "skolko raz ",
        ),
        # "Насколько важна Сербия…", "какое значение придают…": a judgement, not an amount.
        (r"\bnaskolko (?:\w+ )?(?:vazn|znacim|znacitel)\w*", "kak"),
    ),
    question_kinds=(
        ("time", ("v kotorom casu", "vo skolko")),
        ("distance", ("kak daleko",)),
        ("age", ("skolko let",)),
        ("duration", ("skolko dnej", "skolko vremeni")),
        (
            "year",
            (
                "v kakom godu",
                "kakoj god",
                "god kakoj",
                "kakogo goda",
                "goda kakogo",
                # "за какой период?": which year a figure is for.
                "kakoj period",
                "kakogo perioda",
            ),
        ),
        ("amount", ("skolko", "skolki", "skolkih", "kakov obem", "kakoj obem")),
        (
            "when",
            (
                "kogda",
                "kakogo cisla",
                "v kakoj den",
                "kakogo dnja",
                "v kakom mesjace",
                "kakogo mesjaca",
                "na kakuju datu",
                "kakaja data",
                "kakogo cisla",
            ),
        ),
        ("where", ("gde", "kuda", "v kakom gorode", "v kakoj gorod", "kakoj gorod")),
        # "Как зовут…" asks a name, as "кто" does.
        ("who", ("kto", "kogo", "kem", "komu", "cej", "ceje", "cja", "cji", "zovut", "zvat")),
        ("why", ("pocemu", "zacem", "dlja cego")),
        (
            "topic",
            (
                "o cem",
                "pro cto",
                "kakie temy",
                "kakie voprosy",
                "tema razgovora",
                "tema vstreci",
                "tema peregovorov",
            ),
        ),
        # Inflected "which" too ("о каких связях…"): a "когда" after it only joins a clause.
        (
            "what",
            (
                "cto",
                "kakoj",
                "kakaja",
                "kakie",
                "kakoe",
                "kakov",
                "kakova",
                "kakih",
                "kakim",
                "kakimi",
                "kakuju",
            ),
        ),
    ),
    framing_words=frozenset(
        """
        statja state statje stati statju statej statejke statejku tekste tekstom novostej infa infu infy
        statya statye statyu statey statyi statyah
        kontekst kontekste
        upominalsja upominalis upominalos upominalas upominaetsya upominayutsya upominayut upominat upominanie
        upomjanuty upominalsya upominalos upominalis
        istorii soglasno tekst teksta upominaetsja upomjanuta upomjanut govoritsja
        abzac abzace abzaca tematika tematike tematiku tematikoj tematiki
        novost novosti novostjah novostju
        upominali upominal upominaetsa upomjanuto upominajutsja sprasivaet sprosil sprosila
        pisut pisetsja napisano ukazano skazano mneniju mnenie slovam tema temy temu teme temoj
        upominal upominala upominali upominajut upomjanul upomjanula upomjanuli upominaeca
        upominaetca upominaetsa
        """.split()
    ),
    person_pronouns=frozenset("on ego emu nim nem ona ee ej nej nego nemu neju eju".split()),
    # "их", and "ними"/"ими" (with them), which the stemmer would make "ним" (with him).
    pair_pronouns=frozenset({"ih", "nimi", "imi"}),
    subject_pronouns=frozenset({"on", "ona"}),
    naming_pointers=frozenset({"eto"}),
    naming_verbs=frozenset({"byl", "byla"}),
    demonstratives=frozenset("etot etogo etomu etim etom tot togo tomu tem tom".split()),
    identity_links=frozenset(
        {"kto", "byl", "byla", "tot", "etot", "eto", "tak", "takoj", "takaja"}
    ),
    other_references=frozenset("oni ih im nih eto to tam togda".split()),
    continuations=("a", "i", "a cto", "a kak", "a kogda", "a gde", "a skolko"),
    # Words around small talk that ask nothing ("спасибо тебе большое", "ну ок, пока").
    small_talk_filler=frozenset(
        "tebe vam bolsoe ogromnoe ocen nu ok okej da vse vsjo ponjal ponjala drug bot pozalujsta "
        "zamecatelno otlicno super klass voobsce voobse segodnja "
        # Chat's way of addressing anyone ("как дела, братан?").
        "brat bratan bratok bratisa rebjata rebjat cuvak".split()
    ),
    small_talk=(
        (
            "greeting",
            (
                "privet",
                "zdravstvujte",
                "zdravstvuj",
                "zdarova",
                "zdorovo",
                "dobryj den",
                "dobroe utro",
                "dobryj vecer",
            ),
        ),
        (
            "thanks",
            ("spasibo", "bolsoe spasibo", "blagodarju", "sps", "spasibki", "pasib", "pasiba"),
        ),
        ("bye", ("poka", "do svidanija")),
        (
            "how_are_you",
            (
                "kak dela",
                "kak ty",
                "kak u tebja dela",
                "kak u tebya dela",
                "kak u vas dela",
                "kak dela u tebja",
                "kak dela u tebya",
            ),
        ),
        (
            "about_me",
            (
                "kto ty",
                # A bare request for help: what the bot can do.
                "mozes pomoc",
                "mozes mne pomoc",
                "ty mozes pomoc",
                "pomogi mne",
                "kak tebja zovut",
                "kto tebja sozdal",
                "kto tebja sdelal",
                "kto tebja napisal",
                "kto tebja razrabotal",
                # Asked politely ("как вас зовут?", "кто вас сделал?").
                "kak vas zovut",
                "kto vas sozdal",
                "kto vas sdelal",
                "kto vas napisal",
                "kto vas razrabotal",
                "kto vy",
                "vy kto",
                "cto vy umeete",
                "skolko tebe let",
                # "а ты сам откуда?": where the bot is from.
                "otkuda ty",
                "ty otkuda",
                "ty sam otkuda",
                "a ty sam otkuda",
                "cto ty umees",
                "ty bot",
                "vy bot",
                "ty robot",
                "ty celovek",
                "ty zivoj",
                "ty nejroset",
                "ty ii",
                "ili celovek",
                "ili bot",
                "ili kompjuter",
                "ili robot",
                "s kem ja govorju",
                "s kem ja razgovarivaju",
                "s kem ja obscajus",
                "s kem ja perepisyvajus",
                # "а ты вообще кто такой?", "ты кто?": who the bot is.
                "ty kto",
                "a ty kto",
                "ty kto takoj",
                "kto ty takoj",
                "a kto ty",
                "ili zivoj celovek",
            ),
        ),
        (
            "acknowledge",
            (
                "ladno",
                "horosho",
                "ponjatno",
                "ponjal",
                "jasno",
                "aga",
                "ugu",
                "norm",
                "klass",
                "kruto",
            ),
        ),
    ),
    # "Скажите, …" in either script ("skazhite" is how it is typed in Latin letters).
    name_claims=(
        r"\bzovut (?:ego |eje )?(?P<claimed>\w+)",
        r"\b(?:imja|familija) (?:u nego |ego )?(?P<claimed>\w+)",
    ),
    cloze_askings=(
        r"(?:какое|что за|какое тут|какое там) слово(?: пропущено| пропустили)?",
        r"что (?:пропущено|пропустили)",
        r"вставь(?:те)?(?: пропущенное)? слово",
    ),
    preambles=(
        # Someone of the asker's life asking through them ("жена спрашивает, зачем…"): who
        # asks is no topic ("жена" is no one's wife in the article).
        r"(?:моя |мой |мои )?(?:жена|муж|мама|мать|папа|отец|друг|подруга|брат|сестра|сын|дочь|"
        r"дочка|коллега|сосед|соседка|бабушка|дедушка|начальник|шеф)\s+(?:меня |у меня )?"
        r"(?:спрашивает|спросил|спросила|интересуется|хочет знать)",
        # Why the asker won't read it themselves ("лень читать", "некогда всё читать").
        r"(?:мне )?(?:лень|влом|некогда) (?:всё |все )?(?:читать|читать всё|читать все)",
        # "Верно или неверно: …": the quiz's way of asking; the statement is what is checked.
        r"(?:верно|правда|verno|pravda) (?:или|ili) (?:неверно|ложь|neverno|lozh)",
        # A quiz's instruction ("Заполните пропуск: …") asks nothing itself.
        r"(?:заполните|заполни) (?:пропуск|пробел)",
        r"(?:вставьте|вставь) (?:пропущенное )?слово",
        # Chat asking the room ("кто в курсе?") or excusing the question asks nothing itself.
        r"(?:может )?(?:кто|кто-нибудь|кто-то) в курсе",
        r"(?:сорян|сори|извините|простите) за (?:тупой|глупый|дурацкий|дурной) вопрос",
        # The asker's hedge on their own memory ("насколько я помню", "если не ошибаюсь") asks
        # no amount and names nothing.
        r"насколько (?:я )?(?:помню|знаю|понимаю|понял|поняла)",
        r"если (?:я )?не ошибаюсь",
        r"если (?:я )?(?:правильно )?помню",
        # The asker saying the question is off topic ("совсем не по теме, но…") leaves the topic.
        r"(?:немного |слегка |совсем |чуть |вопрос )?(?:не по теме|не в тему|оффтоп|офтоп)(?:,? но)?",
        # "Как его звали и кем он работает?": his name, not an invitation ("звали в гости").
        r"как (?:его|её|ее|их) звали(?: и)?(?= \w)",
        # "Our side" is the asker's country's ("кто с нашей стороны подписал"): it says nothing
        # the question doesn't.
        r"с нашей стороны",
        # The asker doubting their own memory ("или я путаю?") asks nothing of the article.
        r"или (?:я|же я) (?:уже |опять |что-то |чего-то )?(?:путаю|перепутал|перепутала|ошибаюсь|"
        r"не так понял|не так поняла|не так запомнил|не так запомнила)(?: уже)?(?: вс[её])?"
        r"(?: на старости лет)?",
        # Or someone's mixing the news up with another country's ("или она путает с Турцией?"):
        # that country is no subject of the question.
        r"или (?:она |он |они |я |же )?(?:что-то |это |всё |все )?(?:путает|путают|путаю|перепутала|"
        r"перепутал|перепутали|спутала|спутал)(?: это| что-то)? с [^\W\d_]+",
        # Or someone else's ("или он опять преувеличивает как всегда?"): the claim asks.
        r"или (?:он|она|они) (?:опять |снова |как всегда |что-то )?(?:преувеличивает|преувеличивают|"
        r"выдумывает|выдумывают|путает|путают|ошибается|ошибаются|перепутал|перепутала|врёт|врет|"
        r"сочиняет|загнул|загнула)(?: как всегда)?",
        # A greeting opening a message asks nothing ("Добрый день, кто…").
        r"(?:добрый (?:день|вечер)|доброе утро)",
        # "В плане торговли" is "about trade": no plan is asked about.
        r"в плане(?= \w)",
        # A numbered label of the asker's own list: "Вопрос 3: …".
        r"(?:вопрос|задание|карточка|пункт) ?№?\d+(?=:)",
        r"(?:идет|идёт|шла|шел|шёл|пойдет|пойдёт) речь",
        "skazhite",
        "skazi",
        "скажите",
        "подскажите",
        "скажи",
        # "Actually", "in general": they say nothing about what is asked.
        "на самом деле",
        "na samom dele",
        # How long an answer to give is no part of the question ("…, вкратце"), as "briefly".
        "вкратце",
        "коротко",
        "кратко",
        "vkratce",
        "korotko",
        # Which language to answer in is no part of the question ("на русском плиз").
        "на русском",
        "по-русски",
        "na russkom",
        "po-russki",
        # Hedges on whether the article tells ("…, если в статье вообще есть", "или об этом
        # не сказано?"): what is asked is the rest.
        r"если (?:в статье |статья |там )?(?:вообще |это |об этом )?(?:есть|сказано|говорится|"
        r"упоминается|пишут|написано|рассказывается)(?: об этом| про это)?",
        r"(?:сказано|говорится|упоминается|написано) ли (?:об этом |это |про это )?в статье",
        r"или (?:об этом |про это |это |такого )?(?:не сказано|не говорится|не упоминается|"
        r"не написано|нет в статье)",
        r"или ничего конкретного",
        r"(?:инфа|информация|инфо) (?:есть|имеется)",
        r"есть (?:инфа|информация|инфо)",
        r"или (?:вообще )?нет\b",
        "в общем",
        "вообще-то",
    ),
    guess_openings=(r"(?:ili )?(?:razve |neuzeli )?eto(?: byl\w*)?",),
    contrasts=(
        r"или (?:в |во )?(?:каком-то |какой-то |каком-нибудь |какой-нибудь )?(?:другом|другой|другие|другую) (?:городе|город|месте|место|стране|страну)\b",
        r"или (?:это|всё|все|они) (?:просто|толь?ко|лишь)\b[^,.;:?!]*",
        r"или просто\b[^,.;:?!]*",
        # "О чём были переговоры, только про бабки?": a guess after the question.
        r"(?<=, )толь?ко (?:про|о|об|по)\b[^,.;:?!]*(?=\?)",
        # "Какие соглашения подписали, по нефти и газу что ли?": a guess, however unsure.
        r"(?<=, )[^,.;:?!]{1,40}? (?:что ли|или что|или как)(?=\s*\?*$)",
        # "Только о двусторонних делах или ещё о глобальных?": the second asks.
        r"толь?ко\b[^,.;:?!]*?\bили (?:ещё|еще|также|и|тоже)\b",
    ),
    own_claim_openers=("ja govorju", "ja dumaju", "ja scitaju", "ja uveren", "ja uverena", "a ja"),
    thinking_words=frozenset(
        "dumaet dumal dumala dumajut scitaet scital otnositsja otnosilsja".split()
    ),
    or_words=frozenset({"ili"}),
    future_periods=frozenset({"next_year"}),
    # будет, должен, поедет, приедет, полетит, собирается, планирует, предстоит
    future_words=frozenset(
        """
        budet budut dolzen dolzna dolzny poedet poedut priedet poletit sobiraetsja planiruet
        predstoit
        """.split()
    ),
    next_words=frozenset(
        """
        sledujuscij sledujuscaja sledujuscee sledujuscie sledujuscego sledujuscem sledujuscej
        sledujuscuju blizajsij blizajsaja blizajsie blizajsego blizajsem blizajsej
        """.split()
    ),
    periods=(
        ("last_month", ("прошлый месяц", "прошлом месяце", "прошлого месяца", "за прошлый месяц")),
        (
            "this_month",
            ("этот месяц", "этом месяце", "этого месяца", "текущий месяц", "текущем месяце"),
        ),
        (
            "last_year",
            (
                "прошлый год",
                "прошлом году",
                "прошлого года",
                "прошлогодний",
                "прошлогодняя",
                "прошлогодние",
            ),
        ),
        (
            "this_year",
            (
                "этот год",
                "этом году",
                "этого года",
                "текущий год",
                "текущем году",
                "текущего года",
                "с начала года",
                "нынешний год",
                "нынешнем году",
            ),
        ),
        (
            "next_year",
            (
                "следующий год",
                "следующем году",
                "следующего года",
                "будущий год",
                "будущем году",
                "будущего года",
            ),
        ),
        (
            "years_ago",
            (
                "два года назад",
                "три года назад",
                "четыре года назад",
                "пять лет назад",
                "пару лет назад",
                "несколько лет назад",
                "2 года назад",
                "3 года назад",
            ),
        ),
    ),
    complement_words=("двусторонних", "двусторонки", "dvustoronnih"),
    exclusions=("кроме", "помимо"),
    # обсуждали, говорили, встречались, обсуждалось (plural and reflexive past: a lone "-л"
    # ends nouns too, "капитал").
    # Not "где": Serbian "gde to piše?" asks where.
    indefinite_openers=frozenset(
        "cto chto kto kak kakoj kakaja kakoe kakie kuda kogda cem kem".split()
    ),
    # Plural and reflexive forms, and the singular reflexive ("встречался", "встречалась").
    past_verb_endings=tuple(
        "ali ili eli yli alis ilis elis alos ilos elos alsja ilsja elsja alas ilas elas".split()
    ),
    alternatives=(
        # ("…или ещё про культуру?" asks about culture: one of the contrasts.)
        r"толь?ко\b(?P<span>[^,.;:?!]*?)\bили (?:(?:ещё|еще)(?! (?:про|о|об|по)\b)|других|с другими|"
        r"кого-то|с кем-то)"
        r"(?: (?:ещё|еще|тоже|кого|с кем))?",
        # "…только с Вучичем и больше ни с кем": whom he met is the claim.
        r"толь?ко\b(?P<span>[^,.;:?!]*?)\bи (?:боль?ше |более )?ни с кем(?: (?:боль?ше|другим|ещё|еще))?",
    ),
    only_named=(
        # "Он встречался только с Вучичем?": asks whom he met, the one named a guess.
        r"(?<!, )толь?ко\b(?P<span>(?:(?!\bили\b)[^,.;:?!])*?)(?=\s*\?)",
    ),
    own_cyrillic_letters="ыэъёщй",
    # Words Serbian does not use.
    telling_words=frozenset(
        "kto cto sto kogda kakoj kakaja kakie kakoe kakov kakova skolko pocemu zacem ili eto byl "
        "byla bylo byli s pri ne on ona oni kakih kom kem budut budet li".split()
    ),
    function_words=tuple(
        """
        kto cto kogda gde kuda kak kakoj kakaja kakie kakoe skolko pocemu zacem kotoryj cej byl
        byla bylo byli eto mezdu takoj takaja takoe takie nego nee nih emu voobsce
        """.split()
    ),
    # Folded: "чё"/"че" is "ce", "шо" "so", "скока" "skoka"; "chto" is "что" typed in Latin.
    typos={
        # "хотел", "хотела" fold to English "hotel": in a Russian question they are "wanted".
        "hotel": "hocet",
        "hotela": "hocet",
        # "чтото", "ктото" typed without their hyphen: someone or something, no topic.
        "ctoto": "necto",
        "ktoto": "nekto",
        "ce": "cto",
        "co": "cto",
        "cho": "cto",
        "chyo": "cto",
        "chto": "cto",
        "shto": "cto",
        # "Шо" folds to "so", as the preposition "со" does ("со школы", "со стороны"): only
        # its Latin spelling is read as "что".
        "sho": "cto",
        "skoka": "skolko",
        # "О чом": "чём" as it sounds (its "ё" is said "о").
        "com": "cem",
        "chom": "cem",
        # "Када" is Serbian's "when"; in a Russian question it is "когда" half typed.
        "kada": "kogda",
        "skoko": "skolko",
        "skolka": "skolko",
        # "каторый": the relative word as it sounds (unstressed "о" is said "а").
        "katoryj": "kotoryj",
        "katoraja": "kotoraja",
        "katoroe": "kotoroe",
        "katorye": "kotorye",
        "katoruju": "kotoruju",
        "katorogo": "kotorogo",
        "katorom": "kotorom",
        "katoroj": "kotoroj",
        "katoromu": "kotoromu",
        "katorym": "kotorym",
        "katoryh": "kotoryh",
        "katorymi": "kotorymi",
        "cego": "cto",
        "kavo": "kogo",
        "skok": "skolko",
        # "Ещё" typed in Latin letters as it sounds ("eshe", "escho", "ischo").
        "ese": "esce",
        "esco": "esce",
        "isco": "esce",
    },
    # Unstressed "о" is said, and often written, "а" ("кагда", "обарона"); "е" and "и" too, and
    # "я" ("ноебря"); "ы" is typed for "и" ("турызм"), and "и" for "й" ("хозяиство"). Order
    # matters when merging: "ы" and "й" join "и" (after "я", whose "j" stays) before "и" joins "е".
    sound_alike=(("a", "o"), ("i", "y"), ("e", "ja"), ("i", "j"), ("e", "i")),
    # ЙЦУКЕН, folded ("ш" is "s"); spaces keep the places of "щ", "ъ", "я", "ь", "ю".
    keyboard=("jcukengs zh ", "fyvaproldze", " csmit b "),
    # Folded ("сегодня" is "segodnja"), and as typed in Latin letters ("segodnya").
    opinion_words=frozenset(
        """
        horosij horosim horosego horosaja plohoj plohim plohogo lucsij hudsij cestnyj
        korrupcioner diktator populjarnyj nravitsja ljubjat
        """.split()
    ),
    drops_subjects=True,
    whole_list_asks=(
        "tolko",
        "lis",
        "iskljucitelno",
        "nicego bolse",
        "bolse nicego",
        "nicego drugogo",
        "ili esce",
        "ili ese",
    ),
    opinion_asks=(
        "smysl zizni",
        # The bot asked to grade something itself ("как ты оцениваешь отношения?").
        "kak ty ocenivaes",
        "kak vy ocenivaete",
        # Advice for the asker's own plans ("посоветуйте кафе в Белграде").
        "posovetuj",
        # Where the asker should stay on a trip ("в каком районе мне остановиться").
        "mne ostanovitsja",
        "gde ostanovitsja",
        # Whether a trip of the asker's is worth it ("стоит ли ехать в Казахстан летом").
        "stoit li ehat",
        "stoit li poehat",
        "posovetujte",
        "cto posovetues",
        "porekomenduj",
        "porekomendujte",
        "kuda shodit",
        "gde poest",
        "kak mne vyucit",
        # The best way for the asker to do something ("как быстрее всего выучить сербский").
        "lucsij sposob",
        "kak bystree vsego",
        "kak lucse vsego",
        "kak vyucit",
        "kak bystro vyucit",
        "kak mne polucit",
        "kak mne poehat",
        "kak mne pereehat",
        "kak ty dumaes",
        "ty sam dumaes",
        "licnoe mnenie",
        # "Где лучше жить…?": a comparison only the asker can make.
        "gde lucse",
        "cto lucse",
        "kto lucse",
        "kak vy dumaete",
        "cto ty dumaes",
        "cto vy dumaete",
        "cto dumaes",
        "kak dumaes",
        "kak dumaete",
        "po tvoemu",
        "po vasemu",
        "tvoe mnenie",
        "vase mnenie",
        "po tvoemu mneniju",
        "po vasemu mneniju",
        "mnogo ili malo",
        "eto mnogo",
        "eto malo",
        "mnogo eto ili malo",
        "horoso ili ploho",
        "norm ili",
        "ili malo",
        "ty kak dumaes",
        "vy kak dumaete",
        "a ty kak",
        # Asking the bot to believe, like or take a side ("ты за кого?", "веришь ли…").
        "ty za kogo",
        "vy za kogo",
        "za kogo ty",
        "za kogo vy",
        "ty veris",
        "vy verite",
        "veris li",
        "ty scitaes",
        "vy scitaete",
        "kak scitaes",
        "kak scitaete",
        "tebe nravitsja",
        "vam nravitsja",
    ),
    tell_requests=(
        "ne mogli by vy mne napomnit",
        "mozete napomnit",
        "napomnite",
        "napomni",
        "podskazite",
        "podskazi",
        "mozete podskazat",
        "mozete skazat",
        "skazite pozalujsta",
        "ne podskazete",
    ),
    errand_asks=(
        "postav budilnik",
        "postav napominanie",
        "razbudi menja",
        "napomni mne pozvonit",
        "napomni pozvonit",
    ),
    translation_asks=(
        "kak skazat",
        "kak budet po",
        "kak po kazahski",
        "kak po serbski",
        # "Переведите на сербский «спасибо»": a translation asked, whatever the words.
        "perevedi na",
        "perevedite na",
        "kak perevesti",
        "kak perevoditsja",
        # What a word means in general ("что значит слово соглашение") is a dictionary's.
        "cto znacit slovo",
        "cto oznacaet slovo",
        "znacenie slova",
    ),
    creative_words=frozenset(
        "stih stihi stisok stihotvorenie stihotvorenija sutku sutka anekdot anekdoty anekdotik pesnju pesnja rifmu rifma esse socinenie castusku konvertiruj perescitaj sjuzet".split()
    ),
    writing_asks=frozenset("napisi napisite napishi sostav sostavte".split()),
    written_things=frozenset(
        "rezjume soderzanie post posta tvit pismo tekst zametku soobscenie".split()
    ),
    my_words=frozenset("moj moja moe moego moemu moim moej moju moi moih".split()),
    purpose_words=frozenset({"dlja"}),
    claim_tags=(
        # A quiz's "Верно или неверно: …" (true or false) checks the statement after it.
        r"\b(?:verno|pravda) ili (?:neverno|loz)\b",
        # "Правда ли, что они встретились в Загребе?": "что" after it joins the claim, it
        # asks nothing of its own (listed first, or the bare "правда" below would match).
        r"\b(?:eto )?(?:pravda|verno|tocno|pravilno)(?: li)?,?\s+(?:cto|chto|sto|shto|4to)\b",
        r"\b(?:ja )?slys(?:al|ala|ali)\b",
        r"\b(?:eto )?pravda\b",
        r"\b(?:eto )?verno\s*\?",
        r"\b(?:eto |vse |vsjo )?pravilno\s*\?",
        r"\btak li\b",
        # "…за этот год, да?": a yes tag after a comma asks to confirm the statement.
        r",\s*da\s*\?\s*$",
        # "…в Москву звали, что ли?": whether the claim is so.
        r"\b(?:cto|sto|che|cho|cjo) li\s*[?.!]*\s*$",
        # "…вучич это премьер сербии получается?", "…выходит": so the statement holds.
        r"\b(?:polucaetsja|vyhodit)\s*[?.!]*\s*$",
        # "…приезжал в Казахстан. Это так?": is what was said so.
        r"\beto tak\s*\?",
        # "Он прав?", "кто прав", "права ли она", "точно?": is the one quoted right.
        r"\b(?:on|ona|oni) prav(?:a|y)?\b",
        r"\bkto prav\b",
        r"\bprav(?:a|y)? li\b",
        r"\btocno\s*\?",
        # "…с Вучичем, верно": the tag ends the message without its mark.
        r",\s*(?:verno|pravilno|tocno)\s*[.!]*\s*$",
        # "…или мне показалось", "…или я путаю": the asker's own claim, unsure.
        r"\bili (?:mne (?:pokazalos|kazetsja)|ja (?:putaju|osibajus))\b",
        # "…29 октября, поправьте меня, если я ошибаюсь": the asker's own claim.
        r"\bpoprav(?:te)? menja\b",
        # "…встретился с Дачичем. норм инфа?", "инфа верная?", "это фейк?": is the news right.
        r"\b(?:norm|normalnaja|vernaja|pravdivaja) infa\b",
        r"\binfa (?:norm|vernaja|pravdivaja|pravda)\b",
        r"\b(?:eto )?fejk\s*\?",
    ),
    someone_words=frozenset(
        "ljudi novosti novostjah televizor televizore televizoru radio internet internete "
        "gazete gazety smi zurnalisty telegrame telegram jutube".split()
    ),
    hearsay_words=frozenset(
        "govorit govorjat skazal skazala dumaet scitaet utverzdaet slysal slysala slysali uveren uverena uvereny piset pisal pisala sporit "
        "uslysal uslysala uslysali skazali govorili napisali rasskazal rasskazala rasskazali "
        # "читал, что…": what the asker read is a claim to check as what they heard is.
        "cital citala citali procital procitala procitali".split()
    ),
    asker_people_words=frozenset(
        "drug podruga papa mama batja brat sestra otec mat zena muz kollega prepod prepodsa "
        "ucitel ucitelnica sosed sosedka ded babuska kum kuma djadja tetja kuzen kuzina syn "
        "docka vnuk vnucka znakomyj znakomaja odnoklassnik odnogruppnik".split()
    ),
    relative_words=_KOTORYJ,
    # "Который" only relates; "какой" is what asks.
    relative_only_words=_KOTORYJ,
    address_words=frozenset("bot botik botjara".split()),
    knowing_words=frozenset(
        "sprosil sprosila sprosili sprasivaet interesno interesuet znaes znaete znaet znaju izvestno izvestny skazano govoritsja ukazano napisano soobsceno soobscili pomnis pomnite objavili objavleno utocnili pisali pisal pisala napisali".split()
    ),
    negations=frozenset("ne nikto nikogda".split()),
    lead_words=frozenset("a i nu no".split()),
    aside_openers=frozenset("ja mne potomu ved".split()),
    dictated_openers=frozenset("my nasa nase nasi spasibo".split()),
    subordinate_words=frozenset("kogda gde".split()),
    idle_question_phrases=frozenset(
        {"kak by", "kak obycno", "kak vsegda", "kak raz", "kak budto", "tak kak"}
    ),
    dictated_tags=frozenset({"da", "pravda", "verno", "tak", "eto pravda"}),
    reason_links=frozenset("potomu pered ctoby tak".split()),
    date_words=frozenset("data daty datu datoj mesjac mesjaca".split()),
    period_nouns=frozenset("god goda godu mesjac mesjaca".split()),
    # Folded: "ноября" is "nojabrja", "в ноябре" "nojabre".
    magnitude_words=frozenset(
        "tysjaca tysjaci tysjac tys million milliona millionov mln ljam ljama ljamov milliard milliarda milliardov mlrd jard jardov".split()
    ),
    month_parts=frozenset({"nacale", "konce", "seredine", "nacala", "konca"}),
    month_words=frozenset(
        "aprel aprele aprelem aprelja aprelju avgust avgusta avguste avgustom avgustu dekabr "
        "dekabre dekabrem dekabrja dekabrju fevral fevrale fevralem fevralja fevralju ijul "
        "ijule ijulem ijulja ijulju ijun ijunja ijune ijunem ijunju janvar janvare janvarem "
        "janvarja janvarju mae maj maja maju mart marta marte martom martu nojabr nojabre "
        "nojabrem nojabrja nojabrju oktjabr oktjabre oktjabrem oktjabrja oktjabrju sentjabr "
        "sentjabre sentjabrem sentjabrja sentjabrju".split()
    ),
    time_words=frozenset("den dnja dnju dnem data daty datu cislo cisla mesjac mesjaca".split()),
    reason_words=frozenset("pricina priciny pricinu cel celju celi".split()),
    place_words=frozenset(
        "gorod goroda gorode mesto meste mesta strana strany strane stolica stolice stolicu region "
        "regiona regione".split()
    ),
    spoken_to_words=frozenset("pro o ob".split()),
    spoken_to_endings=("u", "e"),
    speech_words=frozenset(
        "skazal skazala skazali skazat govoril govorila govorili zajavil zajavila zajavili zajavlenie slova citata citatu opisal opisala opisyvaet nazval nazvala nazyvaet oharakterizoval otmetil otmetila podcerknul vyskazal vyskazalsja slovam mneniju".split()
    ),
    identity_words=frozenset(
        "imja imeni familija familiju zovut zvat zovite nazyvajut nazvan nazvana dolznost dolznosti post pravitelstvo pravitelstve pravitelstva kabinet".split()
    ),
    portfolio_nouns=frozenset(
        "ministr ministra ministru ministre ministrom ministerstvo ministerstva".split()
    ),
    person_nouns=frozenset(
        # The cases a description names a person in ("визит казахского министра").
        "prezident prezidenta prezidentu prezidente prezidentom lider lidera lideru liderom "
        "politik politikom ministr ministra ministru ministre ministrom celovek celoveka "
        "celoveku celovekom cinovnik cinovnika cinovniku cinovnikom mer mera meru merom gubernator "
        "gubernatora posol posla premer premera kancler kanclera glava glavy glavoj glave "
        # "Их главный": the chief, in chat.
        "glavnyj glavnogo glavnomu glavnym".split()
    ),
    question_words=frozenset(
        "kto cto kogda gde kuda kak kakoj kakaja kakie kakoe skolko pocemu zacem cej kakuju kakogo "
        "kakom kakim kakih kotoryj kotoraja kotoroe kotorye kotoruju kotorogo kotorom kotoroj "
        "kogo komu kem cem cego otkuda kakimi kakomu kakoju kakuju kotorymi kotoryh kotorym".split()
    ),
    courtesy=(
        # How to put the answer ("простыми словами"): no topic of its own.
        r"(?:простыми|понятными) словами",
        r"(?:простым|понятным|человеческим) языком",
        r"(?:большое )?спасибо(?: заранее)?",
        r"заранее спасибо",
        r"извините(?: за (?:глупый|дурацкий|простой) вопрос)?",
        r"простите",
        r"здравствуйте",
        r"(?:всем )?привет",
        r"здарова",
        r"добрый день",
        r"(?:первый раз|впервые) (?:о нём |о нем |об этом )?слышу",
        r"короче",
        r"(?:можно |можешь |можете )?(?:объясни(?:те)? )?(?:мне )?(?:коротко|покороче|попроще|простыми словами)",
        # How to lay the answer out ("можно по пунктам?") is no clause of a document asked.
        r"(?:можно |можете )?(?:по пунктам|списком|по порядку)",
        # Announcing a question ("и ещё вопрос —", "у меня такой вопрос") asks for no one else.
        r"(?:и )?(?:ещё|еще) (?:один )?вопрос",
        r"у меня (?:(?:ещё|еще) )?(?:один |такой )?вопрос",
        r"(?:вопрос такой|такой вопрос)",
    ),
    # "Всё ещё", "до сих пор": still ("ещё" alone also asks who else).
    still_words=frozenset("esce sih".split()) | {"vse esce", "vsjo esce", "vse ese"},
    more_words=frozenset("esce".split()),
    today_words=frozenset({"segodnja"}),
    now_words=frozenset(
        "segodnja segodnya sejcas seichas seychas sejchas scas nynce zavtra vcera vyhodnyh vyhodnye".split()
    )
    | {
        "v dannyj moment",
        "na dannyj moment",
        "na segodnja",
        "v etot moment",
        "v nasi dni",
        "na tekuscij moment",
        "na etoj nedele",
        "v eti vyhodnye",
    },
    calendar_words=frozenset(
        """
        cislo chislo data den dnja vremja vremeni vremya cas casov casa pogoda pogodu pogody
        mesjac god temperatura gradusov dozd sneg ponedelnik vtornik sreda cetverg pjatnica
        subbota voskresene kurs kursa cena ceny novosti novostjah novostej proishodit
        dollar dollara evro rubl rublja tenge slucilos sluchilos proizoslo proizoshlo novogo
        novost
        """.split()
    ),
    joining_words=frozenset("i a takze".split()),
    filler_words=frozenset(
        "voobsce voobscem voobse realno sobstvenno taki licno vrode tipa tam vsego preimuscestvenno".split()
    ),
    precision_words=frozenset("tocno konkretno imenno".split()),
    place_prepositions=frozenset("v vo iz".split()),
    party_prepositions=frozenset("s so ot".split()),
    mention_stems=("upomina", "upomjan", "obsuzda", "obsudi"),
    meeting_stems=("vstre",),
    meeting_nouns=("vstreca", "vstrece", "vstrecu", "vstreci", "vstrecah"),
    also_words=frozenset("toze takze i".split()),
    residence_words=frozenset("zivet zivut zivu ziv zil zila zili zivem".split()),
    place_verbs=frozenset("posetil posetila posetili posescal posetit".split()),
    origin_words=frozenset(
        "priletel priletela prileteli priehal priehala priehali pribyl pribyla pribyli "
        "prisel letel ehal".split()
    ),
    from_words=frozenset({"iz"}),
    view_openers=frozenset("po soglasno".split()),
    occasion_openers=("vo vremja", "v hode", "na vstrece", "pri vstrece", "na peregovorah"),
    asking_openers=(
        "hocu uznat",
        "hotel uznat",
        "hotela uznat",
        "hoteli uznat",
        "mne interesno",
        "vopros takoj",
        "moj vopros",
        "hotelos by uznat",
        "hocetsja uznat",
        "interesuet",
    ),
    now_questions=(
        "kakie novosti",
        "est novosti",
        "cto novogo",
        "kotoryj cas",
        "kakaja pogoda",
        "kakaja tam pogoda",
        # A currency's rate is asked for now, said or not.
        "kurs dollara",
        "kurs evro",
        "kurs rublja",
        "kurs tenge",
        "kurs valjut",
        # What someone is doing at the asker's present.
        # How someone is keeping ("как поживает Нуртлеу?").
        "kak pozivaet",
        "delaet segodnja",
        "delaet sejcas",
        "sejcas delaet",
        "segodnja delaet",
    ),
    stem=stem,
)
