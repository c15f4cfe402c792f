"""Per-language word tables the engine uses (kept as named objects, each in one place, so that
each can later be imported from :mod:`bot.lang` instead)."""

from __future__ import annotations

#: Words that frame a question rather than say what it is about ("according to the article",
#: "how is it described", "what is the significance"), in English, transliterated Russian and
#: Serbian: they weigh ``EngineConfig.weight_min`` whatever their rarity, so they neither
#: decide a match nor make a question look off-topic.
FRAMING_WORDS = frozenset(
    """
    article story news text piece according mention mentioned mentions describe described
    characterize characterise characterized characterised portray portrayed
    describes description refer refers referred regard regarded consider considered significance
    significant nature assessment assess opinion view views specific specifically particular
    particularly hold holds held pay paid full name named state stated states
    note noted explain detail details info information main key exactly precisely mean
    meaning important importance overall general broader broad aspect aspects role kind type sort
    topic topics subject subjects
    clanak clanku clanka statja state statje chlanak prema soglasno tekst tekstu teksta pominje
    pomenuta pomenut pominju upominaetsja upomjanuta upomjanut govoritsja pomenute pomenuti
    spomenute spomenuta spomenuti pominje pominjane originally initially
    oharakterizoval opisal nazval opisao okarakterisao nazvao
    """.split()
)

#: Question kinds that ask openly ("what…?", "is it…?"): any fact may answer them, and their
#: phrasings are not told apart by kind.
OPEN_KINDS = frozenset({"what", "yesno"})
