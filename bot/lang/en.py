"""English: the words and rules the bot reads English with (the common interface: bot/lang/language.py)."""

from __future__ import annotations

from bot.lang.language import Language, snowball
from bot.lang.translit import fold_word


def stem(token: str) -> str:
    """The English Snowball stem of a cleaned token, read in Latin letters."""
    return snowball("english").stemWord(fold_word(token))


#: Words for a person ("is Petrova a good politician", "what did the president do").
#: Months as people shorten them, -> the month: read as the month only beside a day's number
#: ("Nov. 29", "29 nov"), for alone they are other words (Serbian "nov" is "new").
_SHORT_MONTHS = (
    ("jan", "january"),
    ("feb", "february"),
    ("mar", "march"),
    ("apr", "april"),
    ("jun", "june"),
    ("jul", "july"),
    ("aug", "august"),
    ("sept", "september"),
    ("sep", "september"),
    ("oct", "october"),
    ("nov", "november"),
    ("dec", "december"),
)

#: Words a yes/no question opens with: the question kind's phrases and the dictated
#: sentence's yes/no openers.
_YES_NO_OPENERS = ("did", "does", "do", "is", "are", "was", "were", "has", "have", "can", "will")

_PERSON_NOUNS = (
    "president leader politician minister man woman person guy boss head diplomat mayor governor "
    "ambassador chairman premier chancellor visitor guest official member pm fm".split()
)


LANGUAGE = Language(
    code="en",
    stop_words=frozenset(
        """
        nd rn quick vs versus wait surely tf wtf angle angles
        wise
        em btwn
        mr mrs ms
        real legit radio tv twitter facebook instagram tiktok reddit youtube
        bc cuz coz imo imho fyi afaik iirc nvm
        a an the is are was were be been being am do does did doing done have has had having of
        in on at to for from by with about into over as and or but if then so than that this
        these those there here it its they them their theirs he him his she her we us our you
        your i me my mine what which who whom whose when where why how any anything some
        something all each every other else also too very really actually just still even only
        much many more most can could would should will shall may might must not no yes please
        tell know let give get got gotten anyway guy guys stuff thing things kind sort like well
        ok okay hey wanna gonna gotta besides exactly basically whole one ones either both such
        way lot lots bit again ever around per via up out off down now today currently anybody
        anyone somebody someone people folks mean meant whats whos hows wheres whens whys sure
        maybe perhaps go going talk talked talking regarding concerning u ur r pls plz thx wich wat
        waht hwo teh abt bout wut whta want wants wanted take took taken place during between
        among tho though anyways person persons bloke blokes fella fellas chap kindly ngl fr lowkey highkey curious bruh bruhh fam smh ikr yall deadass
        yo lol lmao haha hehe bro dude omg btw idk tbh wtf ugh hmm hm uh um erm ah oh nah yeah
        abi aga agai bratan bratok brate rahmet raxmet spasibo hvala xie xiexie habibi yaar bhai
        hmmm mmm mm umm uhh
        yep nope kinda sorta random q according dos eachother
        true right correct wrong incorrect false accurate inaccurate accurately
        merely entirely purely totally
        forgot forget forgotten
        smth sth smb somethin sumthin
        somewhere anywhere everywhere nowhere sometime sometimes somehow whatever whoever
        wherever whenever
        wasnt isnt arent werent didnt dont doesnt hasnt havent hadnt cant couldnt wont wouldnt
        shouldnt aint im ive id youre theyre thats theres heres whatre
        """.split()
    ),
    question_kinds=(
        ("time", ("what time", "at what time", "which time", "what hour", "at what hour")),
        ("distance", ("how far", "what distance", "how many kilometers", "how many km")),
        ("age", ("how old", "what age")),
        (
            "duration",
            (
                "how long",
                "how many days",
                "how many hours",
                "for how long",
                # "was the visit 2 days or 3 days long"
                "days long",
                "day long",
                "hours long",
                "weeks long",
                "duration",
                "length of",
            ),
        ),
        (
            "year",
            ("what year", "which year", "in what year", "year of", "what period", "which period"),
        ),
        (
            "amount",
            (
                "how much",
                "how many",
                "how big",
                "how large",
                "how high",
                "what volume",
                "what amount",
                "what figure",
                "how fast",
                "by how much",
            ),
        ),
        (
            "when",
            (
                "when",
                "what date",
                "which date",
                "what day",
                "which day",
                "which month",
                "what month",
            ),
        ),
        (
            "where",
            ("where", "which city", "what city", "what place", "which country", "what country"),
        ),
        ("who", ("who", "whom", "whose", "name", "named")),
        ("why", ("why", "what for", "for what purpose")),
        (
            "topic",
            (
                "about what",
                "what topics",
                "which topics",
                "what subjects",
                "which subjects",
                "what issues",
                "which issues",
                "what agenda",
                "topic of",
                "topics of",
                "subject of",
            ),
        ),
        # A bare "how" asks what manner: a later "when" starts a clause ("how did he sum it up
        # when he met Vucic"), as after "what".
        ("what", ("what", "which", "how")),
        ("yesno", tuple(f"{word} " for word in _YES_NO_OPENERS)),
    ),
    framing_words=frozenset(
        """
        article story news text piece according mention mentioned mentions paragraph paragraphs context
        mentiond mentioning
        refer refers referred regard regarded consider considered
        significance significant nature assessment assess opinion view views specific
        specifically particular particularly hold holds held pay paid full name named state
        stated states note noted explain detail details info information main key exactly
        precisely mean meaning important importance overall general broader broad aspect aspects
        role kind type sort topic topics subject subjects originally initially list lists listed
        difference differences written spelled spelt part parts
        """.split()
    ),
    person_pronouns=frozenset("he him his she her hers".split()),
    possessive_pronouns=frozenset({"his", "hers"}),
    subject_pronouns=frozenset({"he", "she"}),
    pair_pronouns=frozenset({"their", "they"}),
    naming_pointers=frozenset("that it this".split()),
    naming_verbs=frozenset({"is", "was"}),
    other_than_words=frozenset({"something", "somethin", "smth"}),
    demonstratives=frozenset("this that".split()),
    identity_links=frozenset({"who", "is", "was", "s", "the", "that", "this"}),
    other_references=frozenset(
        "they them their it its that this there then those these else".split()
    ),
    continuations=("and", "also", "so", "what about", "how about", "and what about"),
    small_talk=(
        (
            "greeting",
            (
                "hi there",
                "hello there",
                "hi",
                "hello",
                "hey",
                "hiya",
                "howdy",
                "yo",
                "greetings",
                "good morning",
                "good afternoon",
                "good evening",
                "good day",
                # "just wanted to say hi": a greeting, not a question about what anyone said.
                "just wanted to say hi",
                "just wanted to say hello",
                "wanted to say hi",
                "wanted to say hello",
                "just saying hi",
                "just saying hello",
                "just popping in to say hi",
                # Greetings of other languages, and calling the bot, are greetings too.
                "hallo",
                "hola",
                "salut",
                "bot",
            ),
        ),
        (
            "thanks",
            (
                "thank you very much",
                "thank you so much",
                "thanks a lot",
                "thank you",
                "thanks",
                "thx",
                "ty",
                "cheers",
                "much appreciated",
                "appreciate it",
                "great thanks",
                # Praise that thanks: "lol thanks man ur the best".
                "you are the best",
                "youre the best",
                "your the best",
                "you the best",
                "you rock",
            ),
        ),
        (
            "bye",
            (
                "goodbye",
                "good bye",
                "bye bye",
                "bye",
                "see you",
                "see ya",
                "cya",
                "later",
                "good night",
                # "…have a good one", "have a nice day": a farewell.
                "have a good one",
                "have a good day",
                "have a nice day",
                "have a great day",
                "take care",
            ),
        ),
        (
            "how_are_you",
            (
                "how are you",
                "how are you doing",
                "how r u",
                "how is it going",
                "hows it going",
                "how is your day going",
                "hows your day going",
                "how s your day going",
                "how is your day",
                "hows your day",
                "how s your day",
                "how was your day",
                "sup",
                "whats up",
                "what is up",
                "u good",
                "you good",
                "you ok",
                "u ok",
            ),
        ),
        (
            "about_me",
            (
                "who are you",
                "what are you",
                "whats your name",
                "what s your name",
                "what is your name",
                "who made you",
                "how old are you",
                "where are you from",
                "who do you work for",
                "who are you working for",
                *(
                    f"{asking} speak {language}"
                    for asking in ("can you", "do you", "can u", "do u")
                    for language in ("english", "russian", "serbian", "kazakh")
                ),
                "who created you",
                "who built you",
                "what can you do",
                "what do you know",
                "are you a bot",
                "are you human",
                "are you a human",
                "are you real",
                "are you a real person",
                "are you a person",
                "are you ai",
                "are you an ai",
                "is this a bot",
                "am i talking to a bot",
                "am i talking to a human",
                "or a bot",
                "or a human",
                "or human",
                "or a person",
                "or a real person",
                "or a real human",
                "or a computer",
                "or a machine",
                "or a robot",
                "who am i talking to",
                "who am i talking with",
                "who am i speaking to",
                "who am i speaking with",
                "who am i chatting with",
                # "just curious who I'm talking to": the question asked without turning it.
                "who i am talking to",
                "who i m talking to",
                "who im talking to",
                "or real",
                "r u a bot",
                "u a bot",
                "you a bot",
                "who runs you",
                "who runs u",
                "who runs this bot",
                "r u real",
                "r u a real person",
                "r u a person",
                "r u human",
                "r u a human",
                "are u a bot",
                "are u real",
                "are u a real person",
                "what is this bot",
                # What the bot is made of, and a bare request for help: what it can do.
                "what model are you",
                "which model are you",
                "what ai model are you",
                "what model is this",
                "can you help",
                "can you help me",
                "could you help",
                "could you help me",
                "can u help",
                "can u help me",
                "help me please",
            ),
        ),
        (
            "acknowledge",
            (
                "ok",
                "okay",
                "k",
                "cool",
                "nice",
                "great",
                "good",
                "awesome",
                "lol",
                "haha",
                "wow",
                "hmm",
                "yes",
                "no",
                "sure",
                "got it",
                "i see",
                "fine",
                "super",
            ),
        ),
    ),
    small_talk_filler=frozenset(
        "and so oh ah well again very much please bot dear my friend that s is was all i it for "
        "now you that's needed need wanted just really great nice info information mate man buddy "
        "bro one today tonight lol haha lmao dude also anyway actually exactly curious".split()
    ),
    name_claims=(
        r"\b(?:first |last |full |sur)?name(?:'s| is| was)? (?:really |actually )?"
        r"(?!(?:of|for|in|on|and|or|the|a)\b)(?P<claimed>\w+)",
        r"\b(?:called|named) (?P<claimed>\w+)",
        r"\bname\b.*\bis it (?:really )?(?P<claimed>\w+)\W*$",
    ),
    cloze_askings=(
        r"(?:what'?s|what is|which is) (?:the|that) (?:[a-z]+ )?word",
        r"(?:what|which) (?:missing )?word (?:is missing|goes (?:there|here|in)|fits)",
        r"what (?:is missing|goes (?:there|here|in(?: the (?:blank|gap))?))",
        r"(?:the )?missing word",
    ),
    preambles=(
        # Why the asker won't read it themselves ("too lazy to read it all").
        r"(?:i'?m |i am )?too (?:lazy|tired|busy) to read(?: (?:it|all of it|the whole thing|the article|it all))?",
        # A quiz's instruction ("Fill in: Kazakh President Kassym-Jomart ___") asks nothing itself.
        r"fill in(?: the blanks?| the gap)?",
        r"complete the sentence",
        # "quiz question: …", "essay question:", "trivia q 3:", "question 2:": the label of
        # the asker's own list or task.
        r"(?:(?:(?:pub |bar |family )?quiz|trivia|essay|exam|homework|assignment|test|bonus|"
        r"quick|random|final|follow[- ]?up) )?(?:question|q)(?: ?(?:#|no\.? ?)?\d+)?(?= ?:)",
        # "whats the answer to q6 …", "q7 name 3 areas…": the number of the asker's task.
        r"(?:what'?s |what is )?the answer to (?:q|question|#) ?\d+",
        r"^q ?\d+(?= )",
        # "In paragraph 5, what…", "…from para 4": where in the article to look, no number of
        # its own.
        r"(?:in|from|of) (?:the )?(?:paragraph|para|par\.?) \d+",
        # "I read somewhere that…", "i heard on the radio that…": where the claim comes from.
        r"i (?:read|heard|saw)(?: (?:somewhere|online|on (?:the )?(?:internet|news|tv|radio|"
        r"twitter|facebook|telegram)))?(?: that)?(?= \w)",
        # "In my draft I say Nurtleu discussed…", "I wrote that…": the asker's own claim
        # opening a sentence, no one's words asked about (not "is what i said right", "can i
        # say that…", "how do i write his name").
        r"(?:(?:^|(?<=[.!?;,] ))in my (?:draft|notes|piece|article|essay|text|report|story|post) "
        r"|^|(?<=[.!?;] ))i (?:say|said|wrote|write|claim|claimed|stated)(?: that)?(?= \w)",
        # "Our side" is the asker's country's ("who signed on our side"): it says nothing the
        # question doesn't.
        r"(?:on|from|for) our side",
        r"(?:just )?asking for a friend",
        # The asker introducing themselves ("Student here,", "quick one from a translator
        # here."): their trade is not what they ask about.
        r"^(?:(?:hi|hello|hey)(?: bot)?,? )?(?:(?:a )?quick (?:one|question) )?(?:from )?(?:an? )?"
        r"(?:\w+ )?(?:student|translator|"
        r"interpreter|journalist|reporter|teacher|expat|researcher|analyst|parent|mum|mom|dad|"
        r"retiree|pensioner|blogger|writer|lawyer|diplomat|businessman|businesswoman|trader|"
        r"historian|economist|editor) here(?= ?[,.!:-])",
        # What the asker needs the answer for ("for a statistics assignment I need…", "for my
        # uni essay"): their task's subject is not what the question asks about.
        r"for (?:a|an|my|our) (?:\w+ ){0,2}(?:assignment|essay|project|homework|class|course|"
        r"paper|thesis|presentation|exam|seminar|lecture|coursework|dissertation)",
        # A sign-off anywhere in the message ("…and when? thanks in advance", "thx so much"):
        # it thanks, it asks nothing ("did he thank Vucic" keeps its verb).
        r"(?:thanks|thank you|thank u|thx|tysm)(?: (?:so much|a lot|very much|in advance))*",
        r"long story short,?",
        # The asker's hedge on their own memory asks nothing ("as far as i remember, …").
        r"as far as i (?:know|remember|recall|can tell)",
        r"if i (?:remember|recall) (?:correctly|right)",
        # The asker doubting their own memory ("or am I mixing it up?") asks nothing.
        r"or am i (?:wrong|mistaken|confused|mixing (?:it|things|something) up|misremembering)",
        r"or did i (?:get it wrong|misunderstand|misread)",
        # "…, i keep mixing up who's who": the asker's confusion asks nothing itself.
        r"i (?:keep |always |often )?(?:mix|mixing|get|getting) (?:up )?(?:who'?s who|who is who|them up|the names(?: up)?|them mixed up|confused)",
        # Or someone's mixing the news up with another country's ("or is she confusing it with
        # Turkey?"): that country is no subject of the question.
        r"or (?:is|are|am) (?:she|he|they|i) (?:mixing|confusing) (?:it |that |this |things )?(?:up )?"
        r"with [^\W\d_]+",
        # "…invited him to Belgrade, is that what happened?": whether the claim is right.
        r"(?:is|was) (?:that|this|it) (?:what|how it|how that) (?:happened|went down|went)",
        # A numbered label of the asker's own list: "Card 14: who is…", "Q3: when…".
        r"(?:card|question|q|task|item|exercise|flashcard) ?#?\d+(?=:)",
        # An argument the asker is in asks nothing itself: "me and nikola are arguing, was…".
        r"(?:me and|my \w+ and i|i and) @?\w+ (?:are|were|r|keep|have been) "
        r"(?:arguing|debating|fighting|disagreeing)(?: (?:about|over) (?:this|it|that))?",
        r"(?:we(?:'re| are| r)?) (?:arguing|debating)(?: (?:about|over) (?:this|it|that))?",
        r"settl(?:e|ing) (?:this|a bet|an argument|it)(?: for us)?",
        # "sry if dumb q but…", "sorry for the stupid question", "sorry if it's off topic": an
        # apology asks nothing.
        r"(?:sorry|sry|soz)(?: if| for)?(?: this is| it'?s| its| the| a){0,2}"
        r"(?: (?:dumb|stupid|silly|basic|noob|(?:a bit |bit |kinda |slightly )?off[- ]?topic|offtopic))?"
        r"(?: (?:question|q|qn))?(?: but)?",
        # The asker saying the question is off the article's topic ("ok totally unrelated to the
        # kazakh stuff but…") names the topic only to leave it: no word of it is asked.
        r"(?:ok |okay |so |btw )?(?:totally |completely |kinda |slightly |a bit |somewhat )?"
        r"(?:unrelated|off[- ]?topic|offtopic|random (?:question|q))"
        r"(?: (?:to|from) (?:the |this |that |all )?(?:[^\W\d_]+ ){0,2}?"
        r"(?:stuff|news|story|article|thing|things|topic|visit|post|chat))?(?:,? but)?",
        r"(?:can|could|would) (?:you|u|ya) (?:please |pls |plz |kindly )?(?:tell|show|explain to|remind) me",
        r"(?:can|could|would) (?:you|u|ya) (?:please |pls |plz )?(?:confirm|check)",
        r"(?:i|we) (?:would like|'d like|want|wanna|need) to (?:know|find out|understand|ask)",
        # Someone else asking through the asker: "my mom keeps asking who…", "he wants to know".
        r"(?:keeps?|kept|is|was|were|are|been) asking(?: me| us)?",
        r"(?:wants?|wanted|wanna) to know",
        # "my wife asks why…": someone of the asker's life asking (not "who asked vucic…").
        r"(?:my |our )?(?:wife|husband|mom|mum|mother|dad|father|friend|buddy|brother|sister|son|"
        r"daughter|colleague|coworker|neighbou?r|boss|grandma|grandpa|uncle|aunt|teacher|cousin)"
        r" (?:asks|asked)(?: me| us)?",
        r"do you (?:happen to )?know",
        r"i (?:wonder|am wondering|was wondering)",
        r"tell me",
        # Which language to answer in is no part of the question ("…, in english pls").
        r"in (?:english|russian|serbian)",
        r"please (?:tell|explain)",
        r"let me know",
        r"any idea",
        r"according to (?:the|this) (?:article|report|story|text|news|piece)",
        r"in (?:a couple of|a few|one|two|three|short|simple|plain) "
        r"(?:sentences|words|lines|terms)",
        r"in (?:short|brief)",
        # How long the answer may be ("teacher wants one line", "one sentence pls").
        r"(?:(?:my |the |our )?(?:teacher|prof|professor|tutor|boss|editor) )?"
        r"(?:wants|needs|asked for) (?:just |only )?(?:one|a|1|two|2) (?:line|sentence)s?",
        r"(?:just |only )?(?:one|a single) (?:line|sentence)(?= ?(?:pls|please|thx|thanks)?\W*$)",
        r"briefly",
        r"(?:the |a )?short version",
        # "Did they sign anything in the end": finally, not the end of anything.
        r"in the end",
        # "is there like an official body…", "was it like a big deal": a filler, no liking.
        r"(?:(?<=there )|(?<=\bit ))like(?= (?:a|an|some|any|the|one)\b)",
        # "my teacher pronounced it like nurtlu", "sounds like": a comparison, no liking.
        r"(?:pronounce[sd]?|spel(?:led|t|ls?)|sound(?:s|ed)?|wr(?:ote|ites?)) (?:it |his name )?like(?= \w)",
        r"at the end of the day",
        r"after all",
        # A chat's reply marker ("replying to marko: did…") names who is answered, not what.
        r"(?:replying|responding) to @?\w+(?= ?:)",
        r"in (?:the|this) (?:article|report|story|text|news|piece)",
        # Hedges on whether the article tells ("…, if the article even says", "does the
        # article say?", "or is that not stated?"): what is asked is the rest.
        r"(?:if|whether) (?:the |this )?(?:article|artcle|articel|text|story|report|it|they) "
        r"(?:even |actually |really |ever )?(?:says?|said|mentions?|mentioned|goes into|go into|"
        r"covers?|tells?|specif(?:y|ies))(?: (?:so|it|that|this|anything|any of (?:it|that)))?",
        r"(?:does|did) (?:the |this )?(?:article|artcle|articel|text|story|report) (?:even |actually )?"
        r"(?:say|mention|tell|specify|cover)(?: (?:so|it|that|this|anything))?",
        r"or (?:is|was) (?:that|it|this) (?:not|n't|never) (?:stated|said|mentioned|covered|given|"
        r"specified|in (?:the|this) (?:article|text))",
        r"or (?:does|did)(?: not|n't) (?:the |this )?(?:article|text|it) (?:say|mention)",
        r"(?:any|got any|is there any|do you have any) (?:info|information|details)(?: on (?:it|that))?",
        r"(?:i )?(?:guess|suppose|bet|assume) (?:the |this )?(?:article|artcle|text) "
        r"(?:does ?n'?t|does not|did ?n'?t|did not) (?:say|mention|tell|specify)",
        r"(?:prob|probably|maybe|likely|possibly) (?:not|never|isn'?t|wasn'?t) (?:mentioned|said|"
        r"stated|covered|in (?:the|this) (?:article|text))(?: but)?",
    ),
    possessive_endings=("s",),
    name_endings=(("eff", "ev"), ("off", "ov"), ("ieff", "iev")),
    alternatives=(
        # "…only Vucic he met or were there other people too": the others asked after a verb.
        r"(?:only|just)\b(?P<span>[^,.;:?!]*?)\bor (?:(?:were|was|are|is) there (?:any |also "
        r"|some )?)?(?:(?:other|othr) (?:\w+ )?(?:people|ppl|officials|oficials|"
        r"ministers|leaders)|others?|othrs?|any(?:one|body) else|some(?:one|body) else|"
        r"more (?:people|ppl))\b"
        r"(?: too| as well| also)?",
        # "…only met Vucic and nobody else": whom he met is the claim, the one named a guess.
        r"(?:only|just)\b(?P<span>[^,.;:?!]*?)\b(?:and|&) (?:nobody|no ?one|none|no other "
        r"(?:people|officials|ministers|leaders))(?: else)?\b",
    ),
    only_named=(
        # "Did he meet only Vucic?": asks whom he met, the one named a guess.
        r"(?<!, )(?:only|just)\b(?P<span>(?:(?!\bor\b)[^,.;:?!])*?)(?=\s*\?)",
    ),
    guess_openings=(
        r"(?:or )?(?:is|was|isn'?t|wasn'?t) (?:it|that|he|she)",
        r"(?:it|that)(?:'s| is| was)",
    ),
    contrasts=(
        # "Did he visit the serbian capital or some other city?": the place named is asked about.
        r"or (?:in |to )?(?:some|any|an|another|a|maybe)? ?(?:other|different) (?:city|cities|place|places|town|towns|country|countries)\b",
        r"or (?:was|is|were|are|did|do|does) (?:it|that|this|they|he|she) (?:just|only|all|simply|really)\b[^,.;:?!]*",
        # "What were the talks about, only money?": a guess after the question.
        # ("…, just economy or what?" still asks about the economy and more.)
        r"(?<=, )(?:only|just) (?:about )?\b(?:(?!\bor\b)[^,.;:?!])*(?=\?)",
        # "Did they talk only bilateral stuff or also the bigger picture?": the second asks
        # (not "…or also smth else?", which asks whether there was more than the first).
        r"(?:only|just)\b[^,.;:?!]*?\bor (?:also|even|maybe also|was there also)\b"
        r"(?!\s+(?:smth|sth|something|anything|other|others|more|else)\b)",
    ),
    own_claim_openers=(
        "i say",
        "i think",
        "i believe",
        "i reckon",
        "i bet",
        "i guess",
        "im sure",
        "i am sure",
    ),
    thinking_words=frozenset("think thinks thought feel feels".split()),
    or_words=frozenset({"or"}),
    future_periods=frozenset({"next_year"}),
    future_words=frozenset("will should supposed gonna shall planned expected due".split()),
    next_words=frozenset("next upcoming".split()),
    periods=(
        ("last_year", ("last year", "past year", "last years", "previous year")),
        (
            "this_year",
            ("this year", "so far this year", "current year", "year to date", "ytd", "this yr"),
        ),
        ("next_year", ("next year", "coming year", "following year", "next yr")),
        ("last_month", ("last month", "past month", "previous month")),
        ("this_month", ("this month", "current month")),
        (
            "years_ago",
            (
                "two years ago",
                "three years ago",
                "four years ago",
                "five years ago",
                "2 years ago",
                "3 years ago",
                "4 years ago",
                "5 years ago",
                "a few years ago",
                "couple of years ago",
                "couple years ago",
            ),
        ),
    ),
    complement_words=(
        "bilateral relations",
        "bilateral ties",
        "bilateral issues",
        "bilateral matters",
        "bilateral stuff",
        "bilateral things",
        "two-country",
        "their own",
    ),
    exclusions=(
        # "besides" as typed in a hurry too: "besdies", "bsides", "besids".
        "be?s(?:id|di)e?s",
        "apart from",
        "aside from",
        "other than",
        "exc?ept for",
        "exc?ept",
        "not counting",
        # "anything non-military?": what isn't military is asked.
        "non",
        # "…the other serbian minister, not vucic": a name set aside after a comma.
        r"(?<=, )not(?= [^\W\d_]+\??$)",
    ),
    contractions=(
        # A multiple as chat writes it ("went up 10x", "tenfold"): so many times.
        (r"\b(\d+)x\b", r"\1 times"),
        (r"\b(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)fold\b", r"\1 times"),
        (r"\b(can)'?t\b", r"\1 not"),
        (r"\b(won)'t\b", "will not"),
        (r"n't\b", " not"),
        (r"\b(what|who|where|when|how|that|there|it|he|she)'s\b", r"\1 is"),
        (r"'(re|ve|ll|d|m)\b", ""),
        (r"(\w)'s\b", r"\1"),
        (r"(\w)s'(\W|$)", r"\1s\2"),
        # "what does he want from serbia when it comes to farming": about farming; no one
        # comes anywhere.
        (r"\b(?:when|where) it comes to\b", "about"),
        # "does the article describe their purpose": what the article tells, asked as "does
        # the article mention…"; no one describes anything.
        # Not "how does the article describe serbia", which asks how.
        (
            r"(?<!how )\b(does|did|do) (the |this |that )?(article|text|story|piece|report) "
            r"describe\b",
            r"\1 \2\3 mention",
        ),
        # "they talked trade", "he talked military stuff with dacic": talking a topic is
        # talking about it (not "talked to him", "talked briefly").
        (
            r"\b(talk|talks|talked|talking) (?!(?:to|with|about|of|on|over|through|for|and|or|"
            r"but|in|at|it|that|this|them|him|her|me|us|you|much|more|less|again|later|soon|"
            r"now|then|yesterday|today|alone|long|the|a|an|by|after|before|during|face|first|"
            r"next|last|\w+ly)\b)",
            r"\1 about ",
        ),
        # "military matters were discussed": after a word naming what they are about,
        # "matters" are issues, not how much something matters.
        (
            r"\b(military|security|defen[cs]e|trade|economic|business|financial|legal|political|"
            r"cultural|regional|global|bilateral|practical|such|these|those|other|various)"
            r" matters\b(?! (?:so|for|to|much|a lot|more|less)\b)",
            r"\1 issues",
        ),
        # Chat shorthand: "trade b/w them", "met w/ vucic", "w/o a deal".
        (r"\bb/w\b", "between"),
        (r"\bw/o\b", "without"),
        (r"\bw/", "with "),
        # "On the 30th", "the 1st of": a day's ordinal is its number (then compared with the
        # article's numbers); "the 2nd meeting" is no day, nor a count of meetings (MAX_COUNT).
        (r"\b(\d\d+)(?:st|nd|rd|th)\b", r"\1"),
        (r"\b(\d)(?:st|nd|rd|th)\b(?! (?!of\b)[a-z])", r"\1"),
        *((rf"\b{short}\b\.?(?= ?\d)|(?<=\d ){short}\b", month) for short, month in _SHORT_MONTHS),
        # "70m", "2bn", "5k": a figure and its order of magnitude run together.
        (r"\b(\d+(?:[.,]\d+)?) ?(?:m|mn|mln)\b", r"\1 million"),
        (r"\b(\d+(?:[.,]\d+)?) ?bn\b", r"\1 billion"),
        (r"\b(\d+(?:[.,]\d+)?)b\b", r"\1 billion"),
        # A dropped "g" ("talkin", "sayin"): the "-ing" form.
        (
            r"\b(talk|say|do|meet|sign|discuss|think|happen|visit|plan|invit|mak|tak|com|"
            r"hav|try|ask|tell|mean|look|work)in'?(?=\W|$)",
            r"\1ing",
        ),
        # Voice typing writes the word that sounds the same: "wear did the meeting take place",
        # "who did he meat with", "there countries", "i wonder weather they signed". Only
        # where the real word can't stand ("what did he wear" stays).
        (
            r"\bwear (?=(?:did|does|do|was|were|is|are|will) (?:the|they|he|it|this|that|these)\b)",
            "where ",
        ),
        (r"\bmeat (?=(?:with|up with|him|her|them|the|his)\b)", "meet "),
        # …and after an auxiliary and its subject, where only a verb can stand: "who did
        # nurtleu meat", "is he going to meat".
        (
            r"\b((?:did|didn't|does|doesn't|do|will|would|to|gonna|wanna)"
            r"(?: (?!(?:eat|ate|like|love|serve|sell|buy|cook|export|import)\b)[^\W\d_]+){0,2}) "
            r"meat\b(?! (?:dish|dishes|market|products|exports|imports|prices)\b)",
            r"\1 meet",
        ),
        (r"\bmeat(ing|ings)\b", r"meet\1"),
        (
            r"\bthere (?=(?:two |both )?(?:countries|leaders|ministers|relationship|relations|"
            r"meeting|talks|governments|presidents)\b)",
            "their ",
        ),
        (r"\bweather (?=(?:they|he|the|it|or|there|their|any|anything)\b)", "whether "),
        # "Who did Nurtleu see in Serbia?": whom he saw is whom he met ("how does he see
        # Serbia" is his view, and stays).
        (
            r"\bwho(m?) (did|does|will) ([^\W\d_]+(?: [^\W\d_]+){0,2}) (?:get to )?see\b",
            r"who\1 \2 \3 meet",
        ),
    ),
    # "Which country's technologies…" asks whose, not where; "when it comes to farming" is
    # not a when.
    kind_rewrites=(
        # "what time period is that figure for" asks a period, not an hour.
        (r"\b(what|which) time (?=(?:period|frame|span|range)\b)", r"\1 "),
        # "which country did they sign the deals with?" asks the other party, not where.
        (r"\b(what|which) (?:country|countries) (?=[^,.;:?!]*\bwith\b)", r"\1 "),
        (r"\bwith (what|which) (?:country|countries)\b", r"\1"),
        # "wear did the meeting take place": voice typing's "where" (see ``contractions``).
        (
            r"\bwear (?=(?:did|does|do|was|were|is|are|will) (?:the|they|he|it|this|that|these)\b)",
            "where ",
        ),
        # "When they talked about culture, what did they agree?": the "when" clause sets the
        # scene; the question word after the comma asks.
        (r"^(?:and |so )?when [^,?]+, (?=(?:what|who|where|which|how|why)\b)", ""),
        # "Who's right?" asks whether a claim is right: no who question.
        (r"\bwho(?:'?s| is) (?:\w+ )?right\b", ""),
        # "Was it Dacic who took part…?" puts a person forward to be checked: a yes/no claim.
        (r"^(?:was|is) it (\w+(?: \w+)?) who\b", r"was \1 the one that"),
        # "It was Nazarbayev who sent it, right?": the same claim, stated.
        (r"^(?:so |and )?(?:it (?:was|is|s)|it'?s) (\w+(?: \w+)?) who\b", r"was \1 the one that"),
        # "…? that's what the tv said": "what" after "that's" relates, it asks nothing.
        (r"\bthat(?:'?s| s| is) what\b", "that"),
        (r"\b(which|what) (country|city)'s\b", "what"),
        (r"\bwhen it comes to\b", "about"),
        # "How much importance do they attach…": a judgement asked for, not an amount.
        (r"\bhow much (?:importa?n\w*|importnce|signific\w*|attention|emphasis|weight)\b", "what"),
        # "President of which country?" asks whose president, not a place ("from which country"
        # still asks where).
        (r"\bof (?:which|what) (?:country|state)\b", "whose"),
        # "In which capital city…", "what kind of place…", "which region": a place asked for, a
        # where question.
        (
            r"\b(?:which|what) (?:\w+ ){0,2}(?:city|town|country|place|capital|venue|location|"
            r"region)\b",
            "where",
        ),
        # "Which Serbian officials…", "what minister…": a person asked for, a who question
        # (not "what did President Vucic say", where "did" comes between).
        (
            r"\b(?:which|what) (?:(?!did |does |do |was |is |were |has |have |had |will )\w+ )?"
            rf"(?:{'|'.join(_PERSON_NOUNS)}|official|people)s?\b",
            "who",
        ),
        # "What exact date…", "which specific day…": a day asked for, a when question.
        (r"\b(?:which|what) (?:\w+ ){0,2}(?:date|day)\b", "when"),
        # "What did they talk about with Vucic", "what did they discuss": what was discussed.
        (
            r"\bwhat (?:(?!say |said |says |tell |told |when )\w+ ){0,6}?"
            r"(?:talk|talks|talked|talking|chat|chats|chatted|chatting|speak|spoke|"
            r"go|went|discuss|discussed|discussing)(?: over)?(?: \w+){0,4}? about\b",
            "about what",
        ),
        (
            r"\bwhat (?:did|do|does|will|were|was) (?:\w+ ){1,5}?(?:discuss|discussing|cover|"
            r"address|go over|went over)\b",
            "about what",
        ),
        # "What do the signed papers actually do?": what a thing does is what it is for (but
        # "what did he do" asks what a person did, and "what did the two sides agree to do"
        # what they agreed).
        (
            r"\bwhat (?:do|does|did|will|would|can|could) (?:the|these|those|this|that|such) "
            rf"(?!(?:\w+ ){{0,3}}(?:{'|'.join(_PERSON_NOUNS)})s? )(?:\w+ ){{1,4}}(?<!\bto )do\b",
            "why",
        ),
    ),
    function_words=tuple(
        """
        what which who whom whose when where why how many much long the about with was were did
        does are have has from that this they there their them then than between and for into
        after before during other should would could because also only just else some any
        time date year
        even stuff thing things anything something really actually
        """.split()
    ),
    typos={
        # Verbs of saying and talking with two letters swapped, too short for the speller
        # ("what did he sya", "did they tlak about it").
        "sya": "say",
        "syas": "says",
        "siad": "said",
        "tlak": "talk",
        "tlaked": "talked",
        "talekd": "talked",
        # The asker's people misspelt: "my freind says…" (not "friendly", a fact-base word).
        "freind": "friend",
        "frend": "friend",
        "frnd": "friend",
        "freinds": "friends",
        "btwn": "between",
        "betwn": "between",
        "govt": "government",
        "intl": "international",
        "ppl": "people",
        "gov": "government",
        "wat": "what",
        "waht": "what",
        "whta": "what",
        "wut": "what",
        "wot": "what",
        "hwo": "who",
        "teh": "the",
        "abt": "about",
        "bout": "about",
        "wich": "which",
        "hw": "how",
        "wen": "when",
        # "his ful name": chat spelling, too short for the speller.
        "ful": "full",
        # "hows ur day going", "how r u": words of small talk, as typed on a phone.
        "u": "you",
        "ur": "your",
        "r": "are",
        "n": "and",
        "tmrw": "tomorrow",
        # "what did he tel vucic", "what deal are they gona use": chat spellings.
        "tel": "tell",
        "gona": "gonna",
        "gunna": "gonna",
        "rite": "right",
        "tmr": "tomorrow",
        "txt": "text",
        # Chat shorthand for the words of news about ministers ("the kazakh dpm", "serbias
        # pres", "intergovt talks", "cooperation lvl").
        "pres": "president",
        "prez": "president",
        "dpm": "deputy prime minister",
        "min": "minister",
        "mins": "ministers",
        "intergov": "intergovernmental",
        "govts": "governments",
        "intergovt": "intergovernmental",
        "lvl": "level",
        "tlk": "talk",
        "wats": "whats",
        "w": "with",
        "yr": "year",
        "lst": "last",
        "yrs": "years",
        "b4": "before",
        "convo": "conversation",
        "thru": "through",
        "2gether": "together",
        "2day": "today",
        "2morrow": "tomorrow",
        "gr8": "great",
        "pls": "please",
        # Phone shorthand with the vowels dropped ("whr ws teh kaz fm", "dd thy sgn").
        "whr": "where",
        "wher": "where",
        "ws": "was",
        "wh0": "who",
        "thy": "they",
        "tht": "that",
        "frst": "first",
        "mch": "much",
        "sgn": "sign",
        "dd": "did",
        "plz": "please",
        # Months shortened alone, in an English question ("what happened in nov"); beside a
        # day's number every language's are read (see contractions).
        "sept": "september",
        "oct": "october",
        "nov": "november",
        "dec": "december",
    },
    opinion_words=frozenset(
        """
        good bad better worse best worst great terrible awful nice decent honest corrupt evil
        popular unpopular competent incompetent smart stupid clever like likes love loves hate
        hates overrated underrated dictator trustworthy unwise mistake
        """.split()
    ),
    whole_list_asks=(
        "only",
        "solely",
        "exclusively",
        "nothing else",
        "anything else",
        "or also",
        "or other",
        "or others",
    ),
    opinion_asks=(
        # Life's big questions are no news ("what is the meaning of life").
        "meaning of life",
        # The bot asked to grade something itself ("how do you rate the relations?").
        "how do you rate",
        "how would you rate",
        "how do you assess",
        "how would you assess",
        "what do you think",
        # "What do you personally think of…": the bot's own view, however it is asked.
        "you personally",
        "your personal opinion",
        "your own opinion",
        "what do u think",
        "wdyt",
        "in your opinion",
        "your opinion",
        "your view",
        "your take",
        "your thoughts",
        "how do you feel about",
        "is that a lot",
        "is it a lot",
        "is this a lot",
        "a lot or a little",
        "a lot or not",
        "a lot or little",
        "big or small",
        "good or bad",
        "or little",
        # Asking the bot to believe, like, trust or take a side ("do you think this is good for
        # serbia?", "are you for serbia or kazakhstan?").
        "do you think",
        "do u think",
        "do you believe",
        "do u believe",
        "do you trust",
        "do u trust",
        "do you support",
        "do you like",
        "are you for",
        "are u for",
        "whose side are you",
        "which side are you",
        "would you say",
        # Whether something matters much, or is worth the asker's money, is a judgement.
        "big deal",
        # Whether the article itself can be trusted ("is this article reliable?" is no
        # "reliable partner", "can i trust this?" no "trusting relations").
        "can i trust",
        "can we trust",
        "should i trust",
        "is this reliable",
        "is it reliable",
        "is the article reliable",
        "is this article reliable",
        "is this source reliable",
        "is this good",
        "is it good",
        "is that good",
        "is this bad",
        "is it bad",
        "is that bad",
        "should i invest",
        "should we invest",
        "worth investing",
        "good investment",
        # Advice for the asker's own plans ("recommend a good cafe in belgrade").
        "recommend",
        "recomend",
        "reccomend",
        "reccommend",
        "recommendation",
        "recommendations",
        "best place to",
        "good place to",
        "where should i",
        # Which place or thing for the asker's own trip ("which neighborhood should i stay in").
        "should i stay",
        "should i book",
        "should i visit",
        "should i eat",
        "should i fly",
        # A tourist's to-do list ("what to see in astana", "things to do in belgrade").
        "what to see",
        "things to do",
        "where to go in",
        "places to visit",
        "places to see",
        "worth visiting",
        "worth seeing",
        "best time to visit",
        "best time of year",
        # Where the asker should live, go or study is their own plan ("should i move to serbia").
        "should i move",
        "should i live",
        "should i go",
        "should i travel",
        "should i study",
        "should i learn",
        "should i buy",
        "should i work",
        # How the asker could do something ("how do i learn kazakh") is advice too: the
        # article tells what its people did. Only with its verb: "how do we know…" asks the
        # source (so in Russian and Serbian: "как мне узнать…" is no advice).
        "how do i learn",
        "how can i learn",
        "how do i get",
        "how can i get",
        "how do i apply",
        "how can i apply",
        "how do i travel",
        "how can i travel",
        "how do i move",
        "how can i move",
        "how should i",
        # What to take or wear on the asker's own trip.
        "should i pack",
        "should i bring",
        "should i wear",
        "what to pack",
        "what to wear",
        # The best way for the asker to do something, or a good place they could go to
        # ("what's the best way to learn serbian", "anyone know a good coworking in belgrade").
        "best way to",
        "fastest way to",
        "easiest way to",
        "cheapest way to",
        "know a good",
        "know any good",
        # A name for the asker's own pet, child or business ("whats a good name for my cat").
        "good name for",
        "suggest a name",
    ),
    tell_requests=(
        "can you remind me",
        "could you remind me",
        "remind me",
        "can you tell me",
        "could you tell me",
        "would you tell me",
        "tell me please",
        "please tell me",
        "can you help me",
        "could you help me",
        "can you help",
        "could you help",
        "can u help",
        "can u help me",
        "help me please",
    ),
    errand_asks=(
        "remind me to",
        "set a reminder",
        "set reminder",
        "set an alarm",
        "set alarm",
        "set a timer",
        "wake me up",
    ),
    translation_asks=(
        "how do you say",
        "how do u say",
        "how do i say",
        "how would i say",
        "how would you say",
        "how to say",
        "what is the word for",
        "whats the word for",
        # "what's the kazakh word for hello": the language named between.
        "kazakh word for",
        "serbian word for",
        "russian word for",
        # "hello in kazakh": a greeting and a language, however short.
        "hello in",
        "hi in",
        "goodbye in",
        "bye in",
        # What a word means in general ("what does the word agreement mean") is a dictionary's.
        "what does the word",
        "meaning of the word",
        "definition of the word",
        "define the word",
        # "…translate 'I would like a cup of coffee' into Russian": a translator's errand (not
        # "I'm translating a press digest", the asker's own work).
        "can you translate",
        "could you translate",
        "please translate",
        "pls translate",
    ),
    creative_words=frozenset(
        "poem poems poetry joke jokes song songs lyrics haiku limerick rhyme rhymes riddle riddles "
        "anecdote anecdotes rap essay solve algebra equation equations translate "
        # Writing for the asker: "help me write a cover letter for a logistics job".
        "letter cv resume "
        # The plot of a book or film to retell ("summarise the plot of war and peace").
        "plot "
        # A sum to work out for the asker: "convert 73.8 million dollars to tenge".
        "convert".split()
    ),
    writing_verbs=frozenset("write draft compose".split()),
    request_leads=frozenset("you u pls please plz kindly".split()),
    written_things=frozenset(
        "summary summery tweet post email mail caption thread message paragraph speech text".split()
    ),
    my_words=frozenset("my".split()),
    purpose_words=frozenset({"for"}),
    asker_subjects=frozenset("i we".split()),
    negation_parts=frozenset("dont don not do t".split()),
    claim_tags=(
        r"\bi (?:heard|read|saw)\b",
        r"\b(?:is|was) (?:that|it|this) (?:true|right|correct|accurate)\b",
        r"\btrue or (?:not|false)\b",
        r"\b(?:right|rite|correct|true|accurate)\s*\?",
        # "…with ivica dacic right": the tag ends the message without its mark.
        r"\b(?:right|rite|correct)\s*[.!]*\s*$",
        # "Is he right?", "who's right", "really?": is the one quoted right.
        r"\b(?:is|are) (?:he|she|they) right\b",
        r"\bwho(?:'?s| is) right\b",
        r"\breally\s*\?",
        # "…on oct 29, correct me if im wrong": the asker's own claim.
        r"\bcorrect me if\b",
        r"\b(?:is|was) (?:that|this|it) (?:what|how it|how that) (?:happened|went down|went)\b",
        # "…was for this year, wasn't it", "…modest, no?": a tag asking to confirm what the
        # statement before it says.
        r"\b(?:wasn'?t|isn'?t|weren'?t|aren'?t|didn'?t|don'?t|doesn'?t|hasn'?t|haven'?t) "
        r"(?:it|they|he|she|that|there)\s*[?.!]*\s*$",
        r",\s*(?:no|yeah|yes|yep|ya)\s*\?",
    ),
    hearsay_words=frozenset(
        "says said saying keeps kept thinks thought told claims reckons insists heard hears swears argues believes "
        "telling claiming insisting repeating".split()
    ),
    hearsay_helpers=frozenset("keeps kept".split()),
    # "…from serbia when it comes to farming": a topic, no when asked.
    idle_question_phrases=frozenset({"when it comes to", "where it comes to"}),
    reply_words=frozenset("yes no yeah nope yep".split()),
    someone_words=frozenset(
        "someone somebody everyone everybody people ppl radio tv twitter facebook instagram "
        "tiktok reddit youtube telegram news headline headlines anchor newspaper paper channel "
        "blog podcast".split()
    ),
    asker_people_words=frozenset(
        "friend friends buddy bro dad mom mum mother father brother sister wife husband teacher "
        "prof professor colleague coworker roommate uncle aunt grandpa grandma girlfriend "
        "boyfriend gf bf neighbour neighbor cousin godfather godmother grandfather grandmother "
        "nephew niece son daughter classmate".split()
    ),
    relative_words=frozenset("which".split()),
    clause_joiners=frozenset({"when", "where"}),
    clause_subjects=frozenset("the that this these those he she they we his her their".split()),
    person_relative_words=frozenset("who whom".split()),
    address_words=frozenset("bot bots".split()),
    knowing_words=frozenset(
        "ask asks asked asking wonder wonders wondered wondering know knows known knew remember recall mention mentions mentioned specify specified specifies announce announced reveal revealed report reported reports write wrote written clear idea sure explain explained".split()
    ),
    negations=frozenset("not dont doesnt didnt cant couldnt never nobody noone t".split()),
    lead_words=frozenset("so and but ok okay well wait hey also then oh lol".split()),
    aside_openers=frozenset("i im because cause coz cuz".split()),
    dictated_openers=frozenset("ive id ill our while anyway btw thanks".split()),
    subordinate_words=frozenset("when where".split()),
    dictated_tags=frozenset({"right", "correct", "true", "is that true", "is that right"}),
    # A dictated sentence opening with "could" or "would" asks too ("could you…").
    yes_no_openers=frozenset((*_YES_NO_OPENERS, "could", "would")),
    reason_links=frozenset("before because cause coz cuz since so for until till by".split()),
    date_words=frozenset("date dates month".split()),
    period_nouns=frozenset("year month week".split()),
    magnitude_words=frozenset(
        "thousand thousands million millions mln mil billion billions bn trillion".split()
    ),
    month_parts=frozenset({"early", "late", "mid", "of", "end", "beginning", "start", "middle"}),
    month_words=frozenset(
        "january february march april may june july august september october november december "
        "jan feb mar apr jun jul aug sep sept oct nov dec".split()
    ),
    time_words=frozenset("day days date dates month".split()),
    reason_words=frozenset("reason reasons cause".split()),
    place_words=frozenset(
        "city cities town place places country countries capital location venue region regions".split()
    ),
    spoken_to_words=frozenset("told tell tells telling".split()),
    speech_words=frozenset(
        "according say says said saying tell tells told telling words statement statements quote quotes quoted describe describes described description call calls called characterise characterised characterize characterized comment comments commented remark remarks remarked stress stressed emphasise emphasised emphasize emphasized".split()
    ),
    identity_words=frozenset(
        "name names named call called surname last first full title position post role job office government cabinet "
        "christian given".split()
    ),
    person_nouns=frozenset(_PERSON_NOUNS),
    portfolio_nouns=frozenset("minister ministers secretary".split()),
    question_words=frozenset(
        "what which who whom whose when where why how whats whos wheres whens hows whether".split()
    ),
    courtesy=(
        # How to put the answer ("in simple words", "in plain english"): no topic of its own.
        r"in (?:simple|plain|easy|short) (?:words|terms|english|language)",
        r"(?:thank you|thanks|thank|thx|ty)(?: (?:so much|a lot|very much))?(?: in advance)?",
        r"(?:many|much) thanks",
        r"(?:kind|best) regards",
        r"cheers",
        r"dear (?:sir|madam|sirs|team|bot|all)(?: or madam)?",
        r"(?:hi|hello|hey)(?: there)?",
        r"sorry(?: if| for)?(?: this is| it'?s| the)?(?: a)?(?: dumb| stupid| silly| basic)?"
        r"(?: question)?",
        r"(?:i )?(?:hope|appreciate) (?:you can help|your help|it)",
        r"quick question",
        # Announcing a question ("and one more question:") asks for no one else.
        r"(?:and )?(?:one more|another) (?:question|q)",
        # "ok last thing before i log off for the night:" announces it too ("last" is no
        # period of the question).
        r"(?:and )?(?:one )?last (?:thing|question|one)(?= before\b| ?[:,-])",
        r"before i (?:log off|go to bed|head off|go|sleep)(?: for the (?:night|day))?(?= ?[:,-])",
        r"i (?:have|got) (?:a|another) (?:question|q)",
        # How to answer, not what: "can you explain it simply so I can tell her?", "help pls".
        r"(?:can|could) you (?:please )?(?:explain|say|put) (?:it|this|that)"
        r" (?:simply|briefly|in simple (?:terms|words)|in a few words)"
        r"(?: so (?:i|we) can (?:tell|explain it to) (?:her|him|them))?",
        r"(?:keep it|in) (?:short|brief)(?: please| pls| plz)?",
        r"help (?:please|pls|plz)",
    ),
    still_words=frozenset("still anymore".split()),
    more_words=frozenset("else".split()),
    today_words=frozenset({"today", "tonight"}),
    now_words=frozenset(
        """
        today todays tonight now nowadays currently presently rn
        tomorrow tomorrows yesterday yesterdays weekend
        """.split()
    )
    | {
        "at the moment",
        "right now",
        "this morning",
        "this evening",
        "this afternoon",
        "these days",
        "this week",
        "this weekend",
    },
    calendar_words=frozenset(
        """
        date day time hour hours clock oclock weather temperature forecast degrees rain raining
        snow snowing sunny month year weekday monday tuesday wednesday thursday friday saturday
        sunday rate rates exchange price prices news headlines results stories breaking scores score trending
        happening happened season seasons
        """.split()
    ),
    joining_words=frozenset("and also plus".split()),
    hyphened_words=("know-how",),
    filler_words=frozenset(
        "actually actual really basically truly literally honestly seriously even ever personally himself officially "
        "mainly mostly primarily chiefly largely originally pretty quite fairly kinda sorta".split()
    ),
    precision_words=frozenset("exactly precisely specifically exact".split()),
    place_prepositions=frozenset("in to at from".split()),
    party_prepositions=frozenset("with from by".split()),
    mention_stems=("mention", "discuss"),
    meeting_stems=("meet", "met"),
    meeting_nouns=("meeting",),
    also_words=frozenset("also too".split()),
    residence_words=frozenset("live lives living lived based".split()),
    place_verbs=frozenset("visit visits visited visiting toured".split()),
    origin_words=frozenset(
        "came come comes coming flew fly flies flying flown arrived arrive arrives arriving "
        "travelled traveled travelling traveling headed".split()
    ),
    from_words=frozenset({"from"}),
    view_openers=frozenset("according per".split()),
    occasion_openers=("during", "at the meeting", "in the meeting", "at the talks", "in the talks"),
    asking_openers=(
        "i wonder",
        "i was wondering",
        "i am wondering",
        "i would like to know",
        "i want to know",
        "i wanted to know",
        "so my question is",
        "my question is",
        "i would love to know",
        "i need to know",
        "i'm curious",
        "i am curious",
        "im curious",
        "just curious",
        "i'm wondering",
        "im wondering",
        "i'd like to know",
        "id like to know",
        "i wanna know",
        "wanna know",
        # "My eyes are not what they used to be, so could you kindly tell me which…": the
        # question begins after the request, not at the story's "what".
        "could you tell me",
        "can you tell me",
        "would you tell me",
        "could you kindly tell me",
        "would you kindly tell me",
        "could you please tell me",
        "can you please tell me",
    ),
    now_questions=(
        "what time is it",
        "what day is it",
        "what day is today",
        "what date is it",
        "what month is it",
        "what year is it",
        "how is the weather",
        "hows the weather",
        "what is the weather like",
        # A currency's rate is asked for now, said or not.
        "exchange rate",
        "dollar rate",
        "euro rate",
        # What someone is doing, or where they are, at the asker's present.
        "doing today",
        "doing now",
        # How someone is keeping ("how is vucic doing these days", "how's he doing").
        "doing these days",
        "doing lately",
        "how is he doing",
        "hows he doing",
        "how s he doing",
        "doing right now",
        "up to today",
        "up to now",
        # The latest news asked for ("any news from belgrade?").
        "any news",
        "any new news",
        "anything new",
        "whats new",
    ),
    stem=stem,
)
