"""Everything the bot says that is not from the fact base, in English, Russian and Serbian.

Plain text; renderers escape it like every other string.
"""

from __future__ import annotations

from collections.abc import Mapping

_TEXTS: Mapping[str, Mapping[str, str]] = {
    "not_found": {
        "en": "The article doesn't say that.",
        "ru": "В статье об этом не говорится.",
        "sr": "Članak to ne kaže.",
    },
    "did_you_mean": {
        "en": "Did you mean:",
        "ru": "Возможно, вы имели в виду:",
        "sr": "Da li ste mislili:",
    },
    "ambiguous": {
        "en": "I'm not sure which of these you mean:",
        "ru": "Не уверен, что именно вы имеете в виду:",
        "sr": "Nisam siguran šta od ovoga mislite:",
    },
    "empty": {
        "en": "Ask me anything about the visit, for example: who did Nurtleu meet?",
        "ru": "Спросите что-нибудь о визите, например: с кем встречался Нуртлеу?",
        "sr": "Pitajte bilo šta o poseti, na primer: sa kim se sastao Nurtleu?",
    },
    "greeting": {
        "en": "Hello! Ask me about the Kazakh Foreign Minister's visit to Belgrade.",
        "ru": "Здравствуйте! Спросите меня о визите министра иностранных дел Казахстана в Белград.",
        "sr": "Zdravo! Pitajte me o poseti ministra spoljnih poslova Kazahstana Beogradu.",
    },
    "thanks": {
        "en": "You're welcome! Anything else about the visit?",
        "ru": "Пожалуйста! Хотите узнать что-то ещё о визите?",
        "sr": "Nema na čemu! Još nešto o poseti?",
    },
    "bye": {
        "en": "Goodbye! Come back with more questions about the visit.",
        "ru": "До свидания! Возвращайтесь с вопросами о визите.",
        "sr": "Doviđenja! Vratite se sa još pitanja o poseti.",
    },
    "how_are_you": {
        "en": "I'm fine, thanks! I can tell you about the Kazakh Foreign Minister's visit to Belgrade.",
        "ru": "Всё хорошо, спасибо! Могу рассказать о визите министра иностранных дел Казахстана в Белград.",
        "sr": "Dobro sam, hvala! Mogu da vam pričam o poseti ministra spoljnih poslova Kazahstana Beogradu.",
    },
    "about_me": {
        "en": "I answer questions about one article: the Kazakh Foreign Minister's official visit to Belgrade, quoting the article for every answer.",
        "ru": "Я отвечаю на вопросы об одной статье — официальном визите министра иностранных дел Казахстана в Белград — и цитирую статью в каждом ответе.",
        "sr": "Odgovaram na pitanja o jednom članku — zvaničnoj poseti ministra spoljnih poslova Kazahstana Beogradu — i citiram članak u svakom odgovoru.",
    },
    "acknowledge": {
        "en": "Okay! Ask me anything else about the visit.",
        "ru": "Хорошо! Спрашивайте ещё о визите.",
        "sr": "U redu! Pitajte još nešto o poseti.",
    },
}


def text(key: str, lang: str = "en") -> str:
    """The bot text ``key`` in ``lang`` (English when there is no translation)."""
    variants = _TEXTS[key]
    return variants.get(lang) or variants["en"]


def keys() -> tuple[str, ...]:
    """All text keys (for tests that every text exists in every language)."""
    return tuple(_TEXTS)
