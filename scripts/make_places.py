"""Regenerate bot/lang/data/places.txt: countries and major cities the article does not mention.

A question about another country or city ("trade with Russia", "the weather in Paris") is
about something the article does not say, however well its other words match a fact. The
engine reads this list (one folded name per line) and declines such questions, skipping the
places the fact base itself names (its aliases).

Country names come from the pycountry package (ISO 3166, LGPL); cities, demonyms and the
Russian and Serbian names are listed here by hand.

    pip install pycountry && python scripts/make_places.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import pycountry  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.lang.normalize import fold  # noqa: E402 - after making the package importable

# Kazakhstan's own cities (Almaty, Shymkent…) are left out: travel "from Almaty" is about the
# article's country.
#: Country names that are also everyday words in the languages the bot reads.
EXCLUDED = {"mali", "chad", "guinea", "jordan", "turkey", "georgia", "niger", "togo", "peru"}

CITIES = [
    *"""moscow beijing washington london paris berlin rome madrid tokyo ankara istanbul brussels
    vienna budapest sofia bucharest zagreb sarajevo podgorica skopje ljubljana pristina tirana
    athens kyiv kiev minsk warsaw prague bratislava bishkek tashkent dushanbe ashgabat baku
    tbilisi yerevan tehran delhi dubai doha riyadh cairo shanghai geneva davos nis kragujevac
    subotica""".split(),
    "novi sad",
    "new york",
]

#: Short names people use where ISO's is long ("Russian Federation", "Iran, Islamic Republic of").
SHORT_NAMES = [
    "russia",
    "usa",
    # Only typed in capitals ("do US citizens need a visa"): "us" is also a small word.
    "us",
    "united states",
    "america",
    "uk",
    "britain",
    "great britain",
    "england",
    "iran",
    "korea",
    "south korea",
    "north korea",
    "vietnam",
    "syria",
    "venezuela",
    "bolivia",
    "tanzania",
    "moldova",
    "czech republic",
    "czechia",
    "taiwan",
    "laos",
    "palestine",
    "kosovo",
    "macedonia",
    "north macedonia",
    "turkiye",
    "holland",
    "the netherlands",
]

#: Regions asked about as places of their own ("is kazakhstan bigger than texas"). Not
#: Serbia's own (Vojvodina): that is where Serbian askers say they are from ("ja sam ratar iz
#: vojvodine").
REGIONS = """
texas california florida alaska siberia crimea donbas donbass bavaria scotland wales catalonia
сибирь сибири крым крыму крыма
"""

DEMONYMS = """
russian chinese american turkish german french ukrainian uzbek kyrgyz tajik turkmen azerbaijani
georgian armenian belarusian hungarian croatian bosnian montenegrin macedonian albanian bulgarian
romanian greek italian spanish british brit brits japanese korean indian iranian polish czech european
""".split()

RUSSIAN_AND_SERBIAN = """
россия россии москва москве москвы китай китая китае сша америка америки турция турции германия
германии франция франции украина украины узбекистан кыргызстан киргизия таджикистан туркменистан
азербайджан грузия армения беларусь белоруссия венгрия хорватия болгария румыния греция италия
япония индия иран европа европы
россияне россиянам россиян россиянин россиянка китайцы китайцам американцы американцам немцы немцам
турки туркам украинцы украинцам узбеки узбекам
rusija rusije rusiji moskva moskve kina kine kini amerika amerike sad turska turske nemacka
nemacke francuska francuske hrvatska hrvatske zagreb bosna crna gora makedonija madjarska rumunija
bugarska grcka italija japan indija iran evropa evrope ukrajina ukrajine
rusi rusima kinezi kinezima amerikanci amerikancima nemci nemcima turci turcima
русија русије кина кине америка америке турска немачка француска хрватска мађарска бугарска
румунија грчка италија јапан индија европа украјина
руси русима кинези кинезима американци американцима немци немцима
российский российская российское российские российского российской российскому российским
российском российскую российских босния боснии
bosne bosni bosnu босна босне босни
kinu kinom кину кини кином китаю китаем irana iranu iranom ирана ирану японии японию japana japanu јапана јапану
софия софии софию sofija sofiji sofiju софија софији софију
"""


def main() -> None:
    """Write the list."""
    names: set[str] = set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value and "(" not in value:
                names.add(fold(value))
    names.update(fold(c) for c in CITIES if c.strip())
    names.update(SHORT_NAMES)
    names.update(DEMONYMS)
    names.update(fold(w) for w in REGIONS.split())
    names.update(fold(w) for w in RUSSIAN_AND_SERBIAN.split())
    names -= EXCLUDED
    out = ROOT / "bot" / "lang" / "data" / "places.txt"
    lines = [
        "# Countries, cities and demonyms (folded), for declining questions about other places.",
        "# Countries from pycountry (ISO 3166); the rest by hand. Made by scripts/make_places.py.",
        *sorted(n for n in names if n),
    ]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(lines) - 2} names)")


if __name__ == "__main__":
    main()
