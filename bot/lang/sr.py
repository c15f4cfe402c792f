"""Serbian, Latin and Cyrillic: the words and rules the bot reads Serbian with (the common
interface: bot/lang/language.py).

Words are folded to Latin without diacritics ("šta" is "sta", "где" is "gde"), as questions
are compared; the two scripts themselves are in bot/lang/translit.py.
"""

from __future__ import annotations

from bot.lang.language import Language, snowball
from bot.lang.translit import to_latin


def stem(token: str) -> str:
    """The Serbian Snowball stem of a cleaned token, read in Serbian Latin letters."""
    return snowball("serbian").stemWord(to_latin(token))


LANGUAGE = Language(
    code="sr",
    stop_words=frozenset(
        """
        ej hej pitanju vise onaj onog onom onu kao nzm nznm neznam
        buraz burazeru bukvalno
        njihovoj njihovu njihovih njihovim njihovima njihovi njihovo
        gospodin gospodina gospodinu gospodinom gospodine gospodja gospodje gospodji gospoda
        mmm mm hmm hmmm eee ee
        brt ljudima
        drugo drugi druga druge drugih drugim drugima drugu drugog drugoj drugom dok
        posto
        moram moramo moras mora morate moraju morao morala morali trebam trebamo
        vaditi vadimo vadim vadis vadite izvaditi izvadimo izvadite idemo idete
        ali nasim nasima mislim mislis seca secam secas setim
        brkam brkas brkamo mesam mijesam
        al zapamtio zapamtila zapamtim zaboravio zaboravila zaboravih
        slicnim slicne slicno slicnih
        ispravi ispravite gresim gresis radiju televiziji dnevniku vestima
        bese besmo bejase jesi jesu jesam jesmo jeste ti
        pravu istina istinu
        kaze kazu kazao kazala kazali kazes kazem
        tacno
        ga ovu ovih bas jelte
        kom kojem kojim kojoj kakav kakva kakvo kakvi kakve kakvom kakvog kakvoj kakvim kakvih
        tom tome
        je su sam smo ste bio bila bilo bili biti jeste nije nisu da sta ko koji koja koje koga
        kome kim kada kad gde gdje kako zasto koliko cemu ciji cija cije sa se od kod ka pa te ni
        niti ovo ono taj ta to ovaj ova ove ovi tih tim njih njega njemu njegov njegova njegovu njegovo njegovi njegove njen njena njenu njeno njeni njene njenom njihov
        ima imaju koju kog kojeg kojoj nesto izmedju mogu moze bi cime mi daj
        ovom ovoj ovog ovim zapravo ustvari uopste uopce bre ba brate inace stvarno
        jbt jbg jbote valjda nista
        treba trebalo trebao trebala trebali trebati uputio uputila uputili
        hvala unapred unaprijed zahvaljujem zahvaljujemo pozdrav pozdravljam pozz poz fala falim
        jel jel' jell el ovde ovdje ovamo sad sada ajde hajde stalno kazi reci
        neki neka neko neku neke nekog nekoga nekom nekim nekih negde negdje nekad nekada
        skontao skontala skapirao skapirala kapiram kontam nisam nisi nismo niste
        svoj svoja svoje svoji svog svoga svom svome svojoj svojim svojih svoju svojom svojeg svojem
        nikakav nikakva nikakvo nikakvi nikakve nikakvog nikakvu nikakvim nikakvih
        odrzan odrzani odrzana odrzano odrzane odrzali odrzala odrzao
        e nama nas nasa nase nasi nasem nasoj nasu
        zbog cega znam nadjem nadem zar navodno proveravam proveravamo
        preko kojih njihovom njihove njihova njihovog nekoj drugoj drugom sve svi skroz brzo
        cisto nabroj nabrojte nabrojati znas znate cujes cujete radio radila radili vazi
        nabrojali nabrojao nabrojala nabrojano nabrojane nabrojani nabraja nabrajaju nabrajanju nabrajali
        stvar stvari stvarima medju medu
        cekaj cek isti ista isto istog istom istu mu tu tamo cao pojma nemam mozes mozete
        hoce hoces hocu hocemo hocete tako
        zanima zanimalo interesuje interesovalo pitao pitala pitam pitali malopre onim oko radim
        joj im imam imas imamo imate
        molim potvrdi potvrdite napisi napisite objasni objasnite
        cuo cula culi dnevnik dnevniku citao citala citali procitao procitala procitali
        ae aj njima fala puno l drzava drzave drzavi drzavama dve dvije necem
        izvinjavam izvinite izvini glupo ako pitanje pitanja obavlja obavljao obavljaju
        zove zovu de il drugde drugdje konkretno konkretan konkretne konkretnog konkretni konkretna
        konkretnih konkretnim konkretnu pogledu
        pita pitala onako tog
        """.split()
    ),
    # "Kako se zvao ministar" asks his name, as "kako se zove" does; "ko je zvao Vučića u
    # Astanu" (without "se") asks who invited him.
    contractions=(
        (r"\b(se|се)\s+(?:zvao|zvala|zvali|звао|звала|звали)\b", r"\1 zove"),
        # "on je sad šta?", "je šta sad": "what is he, then" — the idiom asks nothing of now.
        (r"\b(šta|sta|шта)\s+(?:sad|сад)\b|\b(?:sad|сад)\s+(šta|sta|шта)\b", r"\1\2"),
    ),
    # "kol'ko je potpisano": speech drops the "i" of "koliko" and marks it.
    elisions=((r"\bkol'k(?=[oaieu]\b)", "kolik"), (r"\bкол'к(?=[оаиеу]\b)", "колик")),
    # Folded. "U kojem gradu", "u kojoj zemlji" ask where; "koliko je trajala" how long.
    kind_rewrites=(
        # "Kad su pričali o kulturi, šta su dogovorili?": the "kad" clause sets the scene.
        (r"^(?:a |i )?kada? [^,?]+, (?=(?:sta|o cemu|ko|gde|koji|koja|koje|koliko|zasto)\b)", ""),
        # "Kako se zove taj sporazum?", "kako se zove komisija": a thing's name, not a person's.
        (
            r"\bse zov(?:e|u) (?:(?:taj|ta|to|ovaj|ova|onaj|ona|njihov|njihova|nas|nasa) )?"
            r"(?=(?:sporazum|ugovor|dokument|memorand|komisij|telo|tela|organizacij|mehaniz|unij|"
            r"savez|dogovor|fond|program|projek|forum|odbor)\w*)",
            "je sta ",
        ),
        # "Ko je u pravu?" asks whether a claim is right: no who question.
        (r"\bko je (?:od njih |tu |ovde )?u pravu\b", ""),
        (
            r"\bu (?:kom|kojem|kojoj|koju) (?:\w+ )?(?:gradu|grad|mestu|zemlji|prestonici|regionu)\b",
            "gde",
        ),
        # "Koji region je pomenuo…": a place asked for.
        (r"\b(?:koji|kojem|kom) (?:\w+ )?region\w*", "gde"),
        (r"\bkoliko (?:je )?(?:\w+ )?traja\w*", "koliko dugo"),
        # "Koliko Nurtleu ima godina", "koliko je godina Nurtleuu": someone's age.
        (r"\bkoliko (?:je |ima )?(?:\w+ )?(?:ima |je )?godina\b", "koliko godina ima"),
        # "Kog tačno dana…", "kojeg baš datuma…": a day asked for, a when question.
        (r"\b(?:ko(?:g|jeg) (?:\w+ )?(?:dana|datuma)|koji (?:\w+ )?(?:datum|dan))\b", "kada"),
        # "Koliki značaj pridaju…", "koliko je Srbija važna…", "koliko im znači saradnja": a
        # judgement, not an amount.
        (
            r"\bkolik\w* (?:\w+ ){0,2}?(?:znacaj\w*|paznj\w*|vaznost\w*|vazn\w*|bitn\w*|znac[ie]\b)",
            "kakav",
        ),
        # A sentence opening with "kad" asks when ("kad treba vučić da ide", "e a kad…"); elsewhere, or
        # before the asker's own doing ("kad sam video vest, …"), it only says when.
        (
            r"(^|[.!?]\s*)((?:(?:a|pa|i|e) ){0,2})kad\b(?! (?:sam|smo|si|ste|god|me|mi|ti)\b)",
            r"\1\2kada",
        ),
    ),
    question_kinds=(
        ("time", ("u koliko sati", "u koje vreme")),
        ("distance", ("koliko daleko",)),
        ("age", ("koliko godina ima", "koliko ima godina", "kolko ima godina", "koliko je star")),
        ("duration", ("kako dugo", "koliko dugo", "koliko dana")),
        (
            "year",
            (
                "koje godine",
                "koja godina",
                "godina koja",
                "godine koje",
                "koji period",
                "kog perioda",
            ),
        ),
        ("amount", ("koliko", "koliki", "kolika")),
        (
            "when",
            (
                "kada",
                "kad je",
                "kad su",
                "kad ce",
                "kad se",
                # "pozvao ga je za kad?": for when, wherever it stands.
                "za kad",
                "kog datuma",
                "kog dana",
                "kojeg datuma",
                "kojeg dana",
                "kom mesecu",
                "kojem mesecu",
                "kog meseca",
                "kojeg meseca",
            ),
        ),
        (
            "where",
            (
                "gde",
                "gdje",
                "u kom gradu",
                "u kojem gradu",
                "koji grad",
                "u kom mestu",
                "u kojoj zemlji",
            ),
        ),
        # "Kako se zove…" asks a name, as "ko je" does.
        (
            "who",
            (
                "ko je",
                "ko su",
                "koga",
                "kome",
                "sa kim",
                "s kim",
                "ciji",
                "cija",
                "cije",
                "se zove",
                "se zovu",
                "se preziva",
            ),
        ),
        ("why", ("zasto", "cemu sluz", "zbog cega", "iz kog razloga")),
        (
            "topic",
            (
                "o cemu",
                "o cem",
                "koje teme",
                "koja pitanja",
                "tema razgovora",
                "teme razgovora",
                "tema sastanka",
                "tema",
            ),
        ),
        # Inflected "which" too ("o kojim vezama…"): a "kad" after it only joins a clause.
        (
            "what",
            (
                "sta",
                "sto",
                "koji",
                "koja",
                "koje",
                "koju",
                "kojim",
                "kojima",
                "kojih",
                "kakav",
                "kakva",
                "kakvi",
                "kakve",
                "kakvim",
                "kakvih",
            ),
        ),
        ("yesno", ("da li", "li ", "jel ", "je li ")),
    ),
    framing_words=frozenset(
        """
        clanak clanku clanka chlanak clanci clancima tekstom prici prema tekst tekstu teksta pominje pomenuta pomenut pominju
        pasus pasusu pasusa pasusima
        pomenute pomenuti spomenute spomenuta spomenuti pominjane pisu pise napisano misljenju recima
        spominje spominju spominjan spomenut spominjao pominjao kontekst kontekstu
        vest vesti vestima navedeno navedena naveden navedeni navodi naveo navela naveli tema teme
        temu temi temom
        zaduzen zaduzena zaduzeni zaduzeno zaduzenog zaduzenom zaduzene
        pomenuo pomenula pomenuli pomenuto pominjan pominjano pominjao pominjala pominjali spomenuo
        spomenula spomenuli spomenuto spominjan spominjano spominjao spominjala spominjali
        pominjalo spominjalo pomenulo spomenulo pominjale spominjale pominjana pominjani spominjana spominjani spominjane
        pisali pisalo pisala napisao napisala napisali
        """.split()
    ),
    person_pronouns=frozenset("on ona njega njemu nje njoj njen njegov njim njom".split()),
    possessive_pronouns=frozenset({"njen", "njegov"}),
    pair_pronouns=frozenset(
        "njihov njihova njihovo njihovi njihove njihovog njihovom njihovim njihovoj njihovu".split()
    ),
    subject_pronouns=frozenset({"on", "ona"}),
    naming_pointers=frozenset({"to"}),
    naming_verbs=frozenset("bio bila je".split()),
    demonstratives=frozenset(
        "taj tog toga tom tome ovaj ovog ovoga ovom onaj onog onoga onom".split()
    ),
    identity_links=frozenset({"ko", "je", "bi", "bio", "bil", "bila", "taj", "ta", "onaj", "to"}),
    other_references=frozenset("oni tamo tada ono to njih njima".split()),
    continuations=("a", "i", "a sto", "a sta", "a kako", "a kada", "i sto", "a koliko"),
    # Words around small talk that ask nothing ("hvala ti puno", "super, hvala").
    small_talk_filler=frozenset(
        "e ej hej ti vam puno mnogo bas ok okej eto brate bre stvarno super odlicno sjajno drug druze "
        "bote molim danas i uopste uopce zapravo".split()
    ),
    small_talk=(
        (
            "greeting",
            ("zdravo", "cao", "bok", "dobar dan", "dobro jutro", "dobro vece", "pozdrav"),
        ),
        ("thanks", ("hvala", "hvala vam", "hvala puno", "puno hvala", "fala", "hvala lepo")),
        ("bye", ("dovidjenja", "zbogom", "laku noc")),
        ("how_are_you", ("kako si", "kako ste", "sta ima")),
        (
            "about_me",
            (
                "ko si ti",
                # A bare request for help: what the bot can do.
                "mozes li mi pomoci",
                "mozes li pomoci",
                "pomozi mi",
                "kako se zoves",
                # Asked politely ("kako se zovete?", "ko vas je napravio?").
                "kako se zovete",
                "ko vas je napravio",
                "ko vas napravio",
                "ko ste vi",
                "sta znate",
                "sta umete",
                "ko te je napravio",
                "sta znas",
                "sta umes",
                "jesi li bot",
                "jesi li ti bot",
                "jesi li robot",
                "jesi li ti robot",
                "jesi li covek",
                "jesi li ti covek",
                "da li si bot",
                "da li si covek",
                "ili robot",
                "ili bot",
                "ili covek",
                "ili kompjuter",
                "ili racunar",
                "sa kim pricam",
                "sa kim razgovaram",
                "s kim pricam",
                "s kim razgovaram",
                "sa kim se dopisujem",
                # Asked the other way round or as a statement ("ti si bot?", "jel si ti bot").
                "jesi ti bot",
                "jesi bot",
                "ti si bot",
                "si ti bot",
                "jel si bot",
                "jel si ti bot",
                "jesi ti robot",
                "ili pravi covek",
                "ili ziv covek",
                "koliko ti je godina",
                "odakle si",
                "odakle si ti",
                "a ti odakle si",
                "ko te napravio",
            ),
        ),
        (
            "acknowledge",
            ("jasno", "dobro", "u redu", "vazi", "lepo", "moze", "kapiram", "aha", "okej"),
        ),
    ),
    name_claims=(
        r"\bzove se (?P<claimed>\w+)",
        r"\b(?:ime|prezime) (?:mu |joj )?je (?P<claimed>\w+)",
    ),
    cloze_askings=(
        r"koja (?:je )?re[cč] (?:nedostaje|fali)",
        r"(?:šta|sta) (?:nedostaje|fali)",
        r"која (?:је )?реч (?:недостаје|фали)",
        r"шта (?:недостаје|фали)",
    ),
    preambles=(
        # Someone of the asker's life asking through them ("žena me pita zašto…"): who asks is
        # no topic ("žena" is no one's wife in the article).
        r"(?:moja |moj |мој |моја )?(?:žena|zena|supruga|muž|muz|suprug|mama|majka|tata|otac|drug|"
        r"drugar|drugarica|brat|sestra|sin|ćerka|cerka|kolega|koleginica|komšija|komsija|komšinica|"
        r"komsinica|baba|deda|šef|sef|жена|супруга|муж|мама|мајка|тата|отац|друг|другар|"
        r"другарица|брат|сестра|син|ћерка|колега|комшија|комшиница|баба|деда|шеф)\s+"
        r"(?:me |ме |mene |мене )?(?:pita|пита|pitao|питао|pitala|питала|zanima|занима)",
        # Why the asker won't read it themselves ("mrzi me da čitam").
        r"(?:mrzi me|nemam vremena) da (?:sve )?(?:čitam|citam)",
        r"(?:мрзи ме|немам времена) да (?:све )?читам",
        # "Tačno ili netačno: …": the quiz's way of asking; the statement is what is checked.
        r"(?:tačno|tacno|тачно|istina|истина) (?:ili|или) (?:netačno|netacno|нетачно|nije|није|laž|laz|лаж)",
        # A quiz's instruction ("Popunite prazninu: …") asks nothing itself.
        r"(?:popunite|dopunite|popuni|dopuni|попуните|допуните|попуни|допуни)(?: prazninu| празнину)?",
        # Praise or a cheer before the question ("svaka čast, šta su potpisali?") asks nothing.
        r"(?:svaka [cč]ast|свака част|alal vera|алал вера)",
        # The asker's hedge on their own memory ("koliko se sećam", "ako se ne varam") asks no
        # amount and names nothing.
        r"(?:koliko|колико) (?:se (?:ja )?(?:sećam|secam|sjećam|sjecam)|(?:ja )?znam)",
        r"(?:колико се (?:ја )?сећам|колико (?:ја )?знам)",
        r"(?:koliko|колико) (?:sam|сам) (?:shvatio|shvatila|razumeo|razumela|razumio|razumjela|"
        r"схватио|схватила|разумео|разумела)",
        r"(?:ako|ако) se ne varam|ако се не варам",
        r"(?:ako|ако) (?:se )?(?:dobro )?(?:sećam|secam|pamtim)|ако се добро сећам",
        # The asker saying the question is off topic ("skroz van teme, ali…") leaves the topic.
        r"(?:malo |skroz |potpuno |мало |скроз |потпуно )?(?:van teme|ван теме|offtopic|nema veze sa temom|нема везе са темом)(?:,? (?:ali|али))?",
        # The asker doubting their own memory ("ili ja brkam?") asks nothing of the article.
        r"(?:ili|или) (?:ja|ја) (?:nešto |nesto |нешто )?(?:grešim|gresim|грешим|mešam|mesam|мешам|"
        r"brkam|бркам|pogrešno pamtim|pogresno pamtim|погрешно памтим)",
        r"(?:ili|или) (?:se ja|се ја) (?:varam|варам)",
        # Or someone's mixing the news up with another country's ("ili meša sa Turskom?"):
        # that country is no subject of the question.
        r"(?:ili|или) (?:ona |он |on |она |oni |они |ja |ја )?(?:to |то )?(?:meša|mesa|меша|brka|брка|"
        r"mešaš|mesas|мешаш|brkaš|brkas|бркаш|mešam|mesam|мешам|brkam|бркам)(?: to| то)? "
        r"(?:sa|s|са|с) [^\W\d_]+",
        # "The other day" says when the asker saw the news, not when anything happened.
        r"(?:pre|пре|prije|прије) (?:neki|неки|par|пар|nekoliko|неколико) (?:dan|дан|dana|дана)",
        # "Our side" is the asker's country's, already named by what is asked ("ko je sa naše
        # strane potpisao"): it says nothing the question doesn't.
        r"(?:sa|s|са|с) (?:na[sš]e|наше) (?:strane|стране)",
        # Greetings and sign-offs around a question ask nothing ("Dobar dan, koga je…").
        r"(?:dobar dan|добар дан|dobro jutro|добро јутро|dobro ve[cč]e|добро вече)",
        # "Šta ima, ljudi," (what's up) greets; before its comma it asks nothing.
        r"(?:[sš]ta|шта) ima(?: (?:ljudi|narode|bre|brate|ekipo|ekipa|људи|народе|бре|брате|екипо))?(?=,)",
        r"(?:po[sš]tovan[ia]|поштовани|поштована)",
        r"(?:srda[cč]an pozdrav|срдачан поздрав|lep pozdrav|леп поздрав)",
        # A numbered label of the asker's own list: "Pitanje 3: …".
        r"(?:pitanje|zadatak|kartica|питање|задатак|картица) ?\d+(?=:)",
        # The argument the asker is in asks nothing itself ("ja i brat se raspravljamo, …").
        r"(?:ja i|mi) \w+ (?:se )?(?:raspravljamo|svađamo|svadjamo|prepiremo|posvađali smo se|posvadjali smo se)",
        r"(?:ја и|ми) \w+ (?:се )?(?:расправљамо|свађамо|препиремо)",
        r"(?:raspravljam|svađam|svadjam|prepirem) se sa \w+",
        r"(?:расправљам|свађам|препирем) се са \w+",
        r"(?:presudi|пресуди)(?:te|те)?",
        r"(?:je|bila je|se radi|је|била је|се ради) (?:re[cč]|реч)",
        r"(?:radi|ради) se",
        "reci mi",
        "recite mi",
        "реци ми",
        "реците ми",
        # "Regarding…" introduces what is asked; "veza" here is no tie between countries.
        "u vezi sa",
        "у вези са",
        # How long an answer to give is no part of the question ("…, ukratko"), as "briefly".
        "ukratko",
        "укратко",
        # Which language to answer in is no part of the question ("na srpskom molim").
        "na srpskom",
        "на српском",
        # Hedges on whether the article tells ("…, ako uopšte piše", "ili to ne piše?").
        r"ako (?:u članku |u clanku |у чланку |članak |clanak |чланак )?(?:uopšte |uopste |"
        r"уопште |to |то )?(?:piše|pise|пише|kaže|kaze|каже|pominje|помиње|spominje|спомиње)"
        r"(?: (?:to|то|nešto|nesto|нешто))?",
        r"(?:da li|jel|је ли|да ли) (?:to |то )?(?:piše|pise|пише|kaže|kaze|каже) u (?:članku|clanku)",
        r"(?:da li|jel|је ли|да ли) (?:to |то )?(?:пише|каже) у чланку",
        r"(?:ili|или) (?:to |то )?(?:ne piše|ne pise|не пише|se ne pominje|се не помиње|nije "
        r"navedeno|није наведено)",
        r"(?:ili|или) (?:nema|нема) (?:nikakv\w*|никакв\w*)(?: \w+)?",
        r"(?:ili|или) (?:ne|не)\b",
        r"(?:ima li|imate li|има ли|имате ли) (?:info|infa|informacij\w*|инфо|информациј\w*)",
    ),
    guess_openings=(
        r"(?:ili )?(?:je li|jel'?|je l'?|da li je)(?: (?:to|on|ona))?",
        r"(?:ili )?to je",
    ),
    contrasts=(
        r"(?:ili|или) (?:u |у )?(?:neki |nekom |neku |неки |неком |неку )?(?:drugi|drugom|drugu|други|другом|другу) (?:grad|gradu|mesto|mestu|zemlju|zemlji|град|граду|место|месту|земљу|земљи)\b",
        r"(?:ili|или)(?: (?:je|su|to|ovo|ono|је|су|то|ово|оно)){0,2} (?:samo|само|prosto|просто)"
        r"\b[^,.;:?!]*",
        # "O čemu su pregovarali, samo o parama?": a guess after the question.
        r"(?<=, )(?:samo|само) (?:o|о)\b[^,.;:?!]*(?=\?)",
        # "O čemu je pričao sa ministrom odbrane, oružje ili šta?": a guess, however unsure.
        r"(?<=, )[^,.;:?!]{1,40}? (?:ili|или) (?:šta|sta|шта|tako nešto|tako nesto|тако нешто)(?=\s*\?*$)",
        # "Samo o bilateralnim stvarima ili i o globalnim?": the second asks.
        r"(?:samo|само)\b[^,.;:?!]*?\b(?:ili|или) (?:i|и|još|jos|још|takođe|takodje|такође)\b",
    ),
    own_claim_openers=(
        "ja kazem",
        "ja mislim",
        "ja tvrdim",
        "ja smatram",
        "ja sam siguran",
        "ja sam sigurna",
        "a ja",
    ),
    thinking_words=frozenset("misli mislio smatra smatrao".split()),
    or_words=frozenset({"ili"}),
    future_periods=frozenset({"next_year"}),
    # će, treba (da ide), trebao, hoće, planira
    future_words=frozenset(
        "ce treba trebao trebala trebalo trebaju hoce planira planiraju".split()
    ),
    next_words=frozenset(
        """
        sledeci sledeca sledece sledeceg sledecem sledecoj sledecih naredni naredna naredne
        narednog narednom narednoj narednih
        """.split()
    ),
    periods=(
        (
            "last_month",
            (
                "prošli mesec",
                "prošlog meseca",
                "prošlom mesecu",
                "прошли месец",
                "прошлог месеца",
                "прошлом месецу",
            ),
        ),
        (
            "this_month",
            (
                "ovaj mesec",
                "ovog meseca",
                "ovom mesecu",
                "овај месец",
                "овог месеца",
                "овом месецу",
            ),
        ),
        (
            "last_year",
            ("prošle godine", "prošlu godinu", "prošlogodišnji", "lani", "prošle god"),
        ),
        (
            "this_year",
            (
                "ove godine",
                "ovu godinu",
                "ovogodišnji",
                "tekuće godine",
                "tekuću godinu",
                "od početka godine",
            ),
        ),
        (
            "next_year",
            (
                "sledeće godine",
                "sledeću godinu",
                "naredne godine",
                "narednu godinu",
                "iduće godine",
                "iduću godinu",
                "dogodine",
                "sljedeće godine",
            ),
        ),
        (
            "years_ago",
            (
                "pre dve godine",
                "pre tri godine",
                "pre četiri godine",
                "pre pet godina",
                "pre par godina",
                "pre nekoliko godina",
                "prije dvije godine",
                "prije tri godine",
            ),
        ),
    ),
    exclusions=("osim", "pored", "sem", "осим", "поред", "сем"),
    # razgovarali, pričali, potpisali, dogovorili (plural past participles).
    past_verb_endings=("ali", "ili", "eli"),
    # Ijekavian (Bosnia, Montenegro, western Serbia) as the ekavian the fact base writes.
    dialect_spellings=(("ije", "e"), ("je", "e")),
    possessive_endings=tuple(
        f"{vowel}{ending}"
        for vowel in "eo"
        for ending in "v va vo vi ve vu vog vom voj vih".split()
    )
    # A name ending in -ev takes -ljev: "Tokajevljev poziv" is Tokayev's invitation.
    + tuple(f"lj{ending}" for ending in "ev eva evo evi eve evu evog evom evoj evih".split()),
    alternatives=(
        r"(?:samo|само)\b(?P<span>[^,.;:?!]*?)\b(?:ili|или) (?:jo[sš]|још|druge|друге|"
        r"drugima|другима|nekog|неког|nekim|неким)(?: (?:nekog|неког|nekim|неким|nekoga|некога))?",
        # "…samo sa Vučićem i ni sa kim drugim": whom he met is the claim.
        r"(?:samo|само)\b(?P<span>[^,.;:?!]*?)\b(?:i|и) (?:ni sa kim|ni s kim|ни са ким|ни с ким|nikim|ником)"
        r"(?: (?:drugim|другим|više|vise|више))?",
    ),
    only_named=(
        # "Da li se sastao samo sa Vučićem?": asks whom he met, the one named a guess.
        r"(?<!, )(?:samo|само)\b(?P<span>(?:(?!\b(?:ili|или)\b)[^,.;:?!])*?)(?=\s*\?)",
    ),
    own_cyrillic_letters="ђћџљњј",
    own_latin_letters="čćšžđ",
    # Words that never start an English question (and Russian doesn't use).
    telling_words=frozenset(
        "je su li da sta ko koji koja koje koga kome kada kad gdje kako zasto koliko ciji cija "
        "cije bio bila bilo bili nije jesu jeste ima imaju sam smo ste jel nesto se sa jos osim "
        "sastao sastala sastali si ili "
        # "će" without its diacritic: the future ("kad ce vucic posetiti astanu").
        "ce ces cemo cete "
        # Speech's "kolko" (koliko) and "taj" (that): "kolko kosta taj vojni ugovor".
        "kolko kolka kolki taj "
        # Courtesy and address only Serbian uses: "ukratko istorija beograda molim te".
        "molim ukratko hvala brate bre".split()
    ),
    # Words that alone make a question Serbian: no English word is spelt so.
    marker_words=frozenset(
        "je su li sta koji koja koje koju kog kada gde kako zasto koliko ciji cija cije jel nesto "
        "nisu jesu bre kakav kakva kakvo kakve kakvi biti jesi jesam jesmo".split()
    ),
    short_words=frozenset("za o i u na sa od do iz po se je su li da".split()),
    endings=(
        "ija",
        "iju",
        "ije",
        "oj",
        "om",
        "ama",
        "ima",
        "ovi",
        "ati",
        "iti",
        "ili",
        "ala",
        "nje",
        "ski",
        "ska",
        "sko",
        "ske",
        "ju",
        "ih",
        "og",
        "ega",
    ),
    function_words=tuple(
        """
        sta sto ko koji koja koje koga kada kad gde gdje kako zasto koliko koliki kolika ciji
        cija cije sa bio bila bilo bili njega njemu njih uopste
        """.split()
    ),
    # Chat spellings, and past forms that drop their "a" in speech ("reko", "vido").
    typos={
        "kolko": "koliko",
        "kolki": "koliki",
        "kolka": "kolika",
        "reko": "rekao",
        "vido": "video",
        "vidli": "videli",
        "prico": "pricao",
        "doso": "dosao",
        "trba": "treba",
        "zvase": "zvao",
        # Croatian and Bosnian: "tko" is "ko", "vanjskih poslova" is "spoljnih poslova".
        "tko": "ko",
        **{
            f"vanjsk{ending}": f"spoljn{ending}"
            for ending in ("i", "a", "e", "o", "ih", "im", "og", "om", "oj", "u")
        },
    },
    opinion_words=frozenset(
        """
        dobar dobrog dobra dobri los loseg losa najbolji najgori posten korumpiran diktator
        popularan svidja voli vole
        """.split()
    ),
    drops_subjects=True,
    whole_list_asks=(
        "samo",
        "iskljucivo",
        "nista drugo",
        "nista vise",
        "ili i",
        "i nesto drugo",
    ),
    opinion_asks=(
        "smisao zivota",
        # The bot asked to grade something itself ("kako ocenjuješ odnose?").
        "kako ocenjujes",
        "kako ocenjujete",
        # Advice for the asker's own plans ("preporuči neki kafić u Beogradu").
        "preporuci",
        "preporucite",
        "preporucis",
        "preporucujete",
        # Where the asker should stay on a trip ("u kom kraju da odsednem").
        "da odsednem",
        # What the asker should see or where go on a trip ("idem u Astanu, šta da obiđem?").
        "sta da obidjem",
        "sta da obidem",
        "sta da posetim",
        "sta da vidim",
        "gde da idem",
        "gde da odem",
        "preporucujes",
        # Whether a trip of the asker's is worth it ("da li se isplati ići na odmor…").
        "da li se isplati",
        "isplati li se",
        "jel se isplati",
        "je l se isplati",
        "preporuka",
        "preporuku",
        "gde da jedem",
        "sta da posetim",
        "kako da naucim",
        "kako da brzo",
        # The best way for the asker to do something ("najbolji način da naučim ruski").
        "najbolji nacin",
        "najbrzi nacin",
        "najlaksi nacin",
        "kako mogu da naucim",
        "kako mogu da dobijem",
        "kako mogu da odem",
        "kako da dobijem",
        "kako da odem",
        "kako da stignem",
        "sta mislis",
        "sta mislite",
        "sta ti mislis",
        "sta vi mislite",
        "kako ti se cini",
        "kako vam se cini",
        "po tvom misljenju",
        "po vasem misljenju",
        "tvoje misljenje",
        "vase misljenje",
        "mnogo ili malo",
        "puno ili malo",
        "da li je to mnogo",
        "je li to mnogo",
        "jel to mnogo",
        "dobro ili lose",
        "ili malo",
        "ti sta mislis",
        "a ti sta mislis",
        "vi sta mislite",
        # Asking the bot to believe, like or take a side ("da li veruješ…", "za koga si?").
        "da li verujes",
        "verujes li",
        "da li verujete",
        "za koga si",
        "za koga ste",
        "da li mislis",
        "mislis li",
        "da li ti se svidja",
        "svidja li ti se",
        "da li vam se svidja",
    ),
    tell_requests=(
        "da li biste mogli da me podsetite",
        "mozete li da me podsetite",
        "podsetite me",
        "podseti me",
        "da mi kazete",
        "da li biste bili tako ljubazni da mi kazete",
        "mozete li mi reci",
        "recite mi",
        "kazite mi",
    ),
    errand_asks=("navij alarm", "navij budilnik", "podseti me da", "probudi me"),
    translation_asks=(
        "kako se kaze",
        "kako se kazhe",
        # What a word means in general ("šta znači reč sporazum") is a dictionary's.
        "sta znaci rec",
        "sta znaci rijec",
        "znacenje reci",
        "prevedi na",
        "prevedite na",
        "kako se prevodi",
    ),
    creative_words=frozenset(
        "pesmu pesma pesmicu vic viceve vica salu rimu esej konvertuj preracunaj".split()
    ),
    writing_asks=frozenset("napisi napisite sastavi sastavite".split()),
    written_things=frozenset("rezime sazetak post tvit pismo mejl tekst poruku objavu".split()),
    my_words=frozenset("moj moja moje mog moga mom mome moju moji moje".split()),
    purpose_words=frozenset({"za"}),
    claim_tags=(
        # A quiz's "Tačno ili netačno: …" (true or false) checks the statement after it.
        r"\b(?:tacno|istina) ili (?:netacno|nije|laz)\b",
        r"\b(?:cuo|cula|culi) sam\b",
        r"\b(?:jel|je l|je li)'? tako\b",
        # "…jos ove godine, jel tačno?", "jel da?": is the statement before it so.
        r"\b(?:jel|je l|je li)'? (?:to )?(?:tacno|istina|da)\b",
        r"\bzar ne\b",
        r"\b(?:je l'? )?istina\s*\?",
        # "Ko je u pravu?", "tačno?": is the one quoted right.
        r"\b(?:ko je (?:\w+ )?)?u pravu\b",
        r"\btacno\s*\?",
        # "…za odbranu i oružje, tačno": the tag ends the message without its mark.
        r",\s*tacno\s*[.!]*\s*$",
        # "…ili se varam?", "…ili mi se čini": the asker's own claim, unsure.
        r"\bili (?:se varam|gresim|mi se cini)\b",
        # "…29. oktobra, ispravi me ako grešim": the asker's own claim, to be put right.
        r"\bispravi(?:te)? me\b",
    ),
    hearsay_words=frozenset(
        "kaze kazao kazala rekao rekla rece misli tvrdi cuo cula culi veli siguran sigurna rekli "
        "kazali kazu javili javljaju pisali pisu".split()
    ),
    someone_words=frozenset(
        "neko svi ljudi vesti vestima novine novinama televizija televiziji tv portal portalu "
        "internet internetu".split()
    ),
    asker_people_words=frozenset(
        "drug drugar drugarica ortak tata mama brat sestra otac majka zena muz kolega koleginica "
        "profesor profesorka nastavnik nastavnica komsija komsinica deda baba cale keva sused "
        "susetka susjed rodjak rodjaka kum kuma ujak tetka stric sin cerka unuk unuka zet snaja".split()
    ),
    relative_words=frozenset(
        "koji koja koje koju kojeg kojem kojim kojoj kojih kojima kog".split()
    ),
    address_words=frozenset("bot bote botu".split()),
    knowing_words=frozenset(
        "pitao pitala pitali pita zanima zanimalo znas znate zna znam poznato receno navedeno pise pisalo pominje spominje secas secate objavljeno objavili".split()
    ),
    negations=frozenset("ne niko nikad nikada".split()),
    lead_words=frozenset("a i pa e ej bre brate ali".split()),
    aside_openers=frozenset("ja meni jer pretpostavljam".split()),
    dictated_openers=frozenset("nasa nase nasi hvala".split()),
    subordinate_words=frozenset("kad kada gde gdje".split()),
    inner_yes_no_openers=frozenset({"jel", "da li", "je li"}),
    dictated_tags=frozenset(
        {"jel", "jel tako", "zar ne", "jel da", "istina", "tacno", "jel tacno"}
    ),
    yes_no_openers=frozenset("jel".split()),
    reason_links=frozenset("jer zbog".split()),
    date_words=frozenset("datum datuma datumu mesec meseca mjesec mjeseca".split()),
    period_nouns=frozenset("godina godine godinu mesec meseca".split()),
    # Folded: "новембра" is "novembra".
    magnitude_words=frozenset(
        "hiljada hiljade hiljadu milion miliona milijarda milijarde milijardi mlrd".split()
    ),
    month_parts=frozenset({"pocetkom", "krajem", "sredinom", "pocetak", "kraj", "sredina"}),
    month_words=frozenset(
        "april aprila aprilom aprilu avgust avgusta avgustom avgustu decembar decembra "
        "decembrom decembru februar februara februarom februaru januar januara januarom "
        "januaru jul jula juli julom julu jun juna juni junom junu maj maja maju mart marta "
        "martom martu novembar novembra novembrom novembru oktobar oktobra oktobrom oktobru "
        "septembar septembra septembrom septembru".split()
    ),
    time_words=frozenset(
        "dan dana danu datum datuma mesec meseca mesecu mjesec mjeseca mjesecu".split()
    ),
    reason_words=frozenset("razlog razloga razlozi cilj cilja".split()),
    place_words=frozenset(
        "grad grada gradu mesto mestu mesta mjesto mjestu zemlja zemlji zemlju drzava drzavi drzavu prestonica prestonici glavni "
        "region regiona regionu".split()
    ),
    spoken_to_words=frozenset("o za".split()),
    spoken_to_endings=("u",),
    speech_words=frozenset(
        "rekao reko rekla rekli kazao kazala kaze govorio govorila izjavio izjavila izjava izjavu reci opisao opisala opisuje nazvao nazvala naziva istakao istakla naglasio naglasila citat recima misljenju".split()
    ),
    identity_words=frozenset(
        "ime imena imenu imenom prezime zove zovu funkcija funkciju funkcije polozaj poziciju pozicija vlada vladi vlade kabinet".split()
    ),
    portfolio_nouns=frozenset(
        "ministar ministra ministru ministrom ministarka ministarstvo ministarstva".split()
    ),
    person_nouns=frozenset(
        # The cases a description names a person in ("poseta kazahstanskog ministra").
        "predsednik predsednika predsedniku predsednikom predsjednik predsjednika lider lidera "
        "lideru politicar politicara ministar ministra ministru ministrom covek coveka covjek "
        "covjeka zvanicnik zvanicnika zvanicniku gradonacelnik gradonacelnika guverner "
        "ambasador ambasadora premijer premijera kancelar sef sefa sefu".split()
    ),
    question_words=frozenset(
        "sta sto ko koji koja koje koga kada kad gde gdje kako zasto koliko koliki kolika ciji "
        "cija cije kojem kojoj kojim kojih kog kom cemu cega kakav kakva kakvo kakvi kakve kome "
        "kim koju kojeg kojima kolike koliku kakvu kakvom kakvoj ciju cijem odakle otkud otkuda".split()
    ),
    courtesy=(
        # How to put the answer ("prostim rečima"): no topic of its own.
        r"(?:prostim|jednostavnim) (?:rečima|recima)",
        r"(?:простим|једноставним) речима",
        r"(?:hvala|хвала)(?: unapred| унапред| puno| пуно| vam| вам)?",
        r"(?:pozdrav|поздрав)(?:ljam|љам)?",
        r"(?:izvinite|извините|izvini|извини)(?: na (?:glupom|glupo) pitanju| (?:što|sto|што) "
        r"(?:smetam|сметам|pitam|питам|uznemiravam|узнемиравам|dosađujem|dosadjujem|досађујем))?",
        r"(?:poštovani|postovani|поштовани)",
        r"(?:zdravo|здраво|bok|бок)",
        r"(?:prvi put|први пут) (?:čujem|cujem|чујем)(?: za (?:njega|to)| за (?:њега|то))?",
        r"(?:objasni|објасни)(?: mi| ми)? (?:ukratko|укратко|jednostavno|једноставно|prosto|просто)",
        # Announcing a question ("i još jedno pitanje:", "imam pitanje") asks for no one else.
        r"(?:i |и )?(?:još|jos|још) (?:jedno|једно) (?:pitanje|питање)",
        r"(?:imam|имам) (?:(?:još|jos|још) )?(?:jedno |једно )?(?:pitanje|питање)",
        # "…, ako sme da se pita?" (if one may ask) asks leave, not anything of the article;
        # "ako može malo pojašnjenja" (a bit of explanation, if possible) asks nothing more.
        r"(?:ako|ако) (?:smem|sme|смем|сме) (?:da|да) (?:pitam|питам|se pita|се пита)",
        r"(?:ako|ако) (?:može|moze|може|možete|mozete|можете)(?= ?[,?.!]| (?:malo|мало)\b)"
        r"(?: (?:malo|мало) (?:pojašnjenja|pojasnjenja|појашњења|objašnjenja|objasnjenja|објашњења)"
        r"(?: (?:za|за) (?:starijeg|старијег) (?:čoveka|coveka|човека))?)?",
    ),
    # "Još uvek", "i dalje": still ("još" alone also asks who else).
    still_words=frozenset("jos dalje uvek uvijek".split()),
    more_words=frozenset("jos".split()),
    today_words=frozenset({"danas"}),
    now_words=frozenset(
        "danas danasnji danasnjeg sada trenutno veceras jutros sutra juce prekosutra vikend".split()
    )
    | {
        "u ovom trenutku",
        "ovog trenutka",
        "ovih dana",
        "ove nedelje",
        "ove sedmice",
        "ovog vikenda",
    },
    own_now_words=frozenset({"sad"}),
    # "vreme" is both time and weather.
    calendar_words=frozenset(
        """
        datum dan dana vreme vrijeme sat sati sata casova prognoza temperatura mesec godina kisa
        sneg ponedeljak utorak sreda cetvrtak petak subota nedelja kurs kursa cena cene vesti
        dinar dinara dinari dinarima evro evra evru desava dogadja desilo dogodilo novo novog
        doba vest vijest vijesti
        """.split()
    ),
    joining_words=frozenset("i a takode takodje".split()),
    filler_words=frozenset("zapravo uopste stvarno bas licno ukupno uglavnom pretezno".split()),
    precision_words=frozenset("tacno konkretno precizno".split()),
    place_prepositions=frozenset("u na iz".split()),
    party_prepositions=frozenset("sa s od".split()),
    mention_stems=("pominj", "pomen", "spominj", "spomen"),
    # "sastao se", and "sreo" (met) and "susret" (a meeting) as people also say it.
    meeting_stems=("sasta", "sreo", "sreli", "srela", "susre"),
    meeting_nouns=("sastan", "susret"),
    also_words=frozenset("takode takodje isto i".split()),
    residence_words=frozenset("zivi zive zivim ziveo zivela ziveli".split()),
    place_verbs=frozenset(
        "posetio posetila posetili posecuje posetiti obisao obisla obisli".split()
    ),
    origin_words=frozenset(
        "doputovao doputovala doputovali stigao stigla stigli dosao dosla dosli doleteo "
        "doletela doleteli dolijetao".split()
    ),
    from_words=frozenset({"iz"}),
    view_openers=frozenset("po prema sudeci".split()),
    occasion_openers=("tokom", "za vreme", "za vrijeme", "u toku", "na sastanku", "na razgovorima"),
    asking_openers=(
        # "…pa Vas lepo molim da mi kažete ko je…": the request opens the question.
        "molim da mi kazete",
        "molim vas da mi kazete",
        "molim da mi kazes",
        "pa me zanima",
        "me zanima",
        "zanima me",
        "interesuje me",
        "me interesuje",
        "zanimalo bi me",
        "hteo bih da znam",
        "htela bih da znam",
        "moje pitanje je",
        "bi mi znacilo da znam",
        "voleo bih da znam",
        "volela bih da znam",
        "zeleo bih da znam",
        "zelela bih da znam",
        "zelim da znam",
    ),
    now_questions=(
        "ima li vesti",
        "ima li novih vesti",
        "ima li sta novo",
        "sta ima novo",
        "koliko je sati",
        "koliko je casova",
        "kakvo je vreme",
        "kakvo je vrijeme",
        # A currency's rate is asked for now, said or not.
        "kurs evra",
        "kurs dolara",
        "kurs dinara",
        # What someone is doing at the asker's present.
        "radi danas",
        "radi sada",
        "danas radi",
        "sada radi",
    ),
    stem=stem,
)
