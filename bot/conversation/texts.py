"""Everything the bot says that is not from the fact base, in English, Russian and Serbian.

Nothing here names the article: what it is about comes from the fact base (source.yaml) into
the texts' ``{placeholders}`` (see :mod:`bot.conversation.wording`). Plain text; renderers
escape it like every other string.
"""

from __future__ import annotations

from collections.abc import Mapping

from bot.knowledge.model import LANGUAGES

#: The bot's commands, in menu order; each has a ``cmd_<name>`` description below.
COMMANDS = ("start", "help", "topics", "source")

_TEXTS: Mapping[str, Mapping[str, str]] = {
    "not_found": {
        "en": "The article doesn't say that.",
        "ru": "В статье об этом не говорится.",
        "sr": "Članak to ne kaže.",
    },
    # The second part of a joined question that the article doesn't answer, after the
    # answer to the first: {part} is that part as asked.
    "part_not_found": {
        "en": "The article doesn't say anything about “{part}”.",
        "ru": "О том, что вы спросили дальше («{part}»), в статье не говорится.",
        "sr": "O ostatku pitanja („{part}”) članak ne govori.",
    },
    "now": {
        "en": "I can't tell today's date, the time or the weather: I only know what the article "
        "says, as of its own day.",
        "ru": "Я не знаю сегодняшней даты, времени или погоды: я знаю только то, что сказано в "
        "статье, на день её выхода.",
        "sr": "Ne znam današnji datum, vreme ni kakvo je vreme napolju: znam samo ono što piše u "
        "članku, na dan kada je objavljen.",
    },
    "held_now": {
        "en": "I can't tell who holds a post today: I only know what the article says, as of "
        "its own day.",
        "ru": "Я не знаю, кто занимает эту должность сегодня: я знаю только то, что сказано в "
        "статье, на день её выхода.",
        "sr": "Ne znam ko je danas na toj funkciji: znam samo ono što piše u članku, na dan kada "
        "je objavljen.",
    },
    "other_period": {
        "en": "The article doesn't give that for the time you ask about, only for another period.",
        "ru": "В статье это указано не для того периода, о котором вы спрашиваете, а для другого.",
        "sr": "Članak to ne navodi za period o kojem pitate, već samo za neki drugi.",
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
    # Small talk. {about}, {about_short}, {description} and {example} are the fact base's
    # phrases for its article (source.yaml; see bot.conversation.wording), in the case each
    # sentence needs, preposition included: "Hello! Ask me {about}." ← "about the new bridge".
    "empty": {
        "en": "Ask me anything {about_short}, for example: {example}",
        "ru": "Спросите что-нибудь {about_short}, например: {example}",
        "sr": "Pitajte bilo šta {about_short}, na primer: {example}",
    },
    "greeting": {
        "en": "Hello! Ask me {about}.",
        "ru": "Здравствуйте! Спросите меня {about}.",
        "sr": "Zdravo! Pitajte me {about}.",
    },
    "thanks": {
        "en": "You're welcome! Anything else {about_short}?",
        "ru": "Пожалуйста! Хотите узнать что-то ещё {about_short}?",
        "sr": "Nema na čemu! Još nešto {about_short}?",
    },
    "bye": {
        "en": "Goodbye! Come back with more questions {about_short}.",
        "ru": "До свидания! Возвращайтесь с вопросами {about_short}.",
        "sr": "Doviđenja! Vratite se sa još pitanja {about_short}.",
    },
    "how_are_you": {
        "en": "I'm fine, thanks! I can tell you {about}.",
        "ru": "Всё хорошо, спасибо! Могу рассказать {about}.",
        "sr": "Dobro sam, hvala! Mogu da vam pričam {about}.",
    },
    "about_me": {
        "en": "I answer questions about one article: {description}, quoting the article for every answer.",
        "ru": "Я отвечаю на вопросы об одной статье — {description} — и цитирую статью в каждом ответе.",
        "sr": "Odgovaram na pitanja o jednom članku — {description} — i citiram članak u svakom odgovoru.",
    },
    "acknowledge": {
        "en": "Okay! Ask me anything else {about_short}.",
        "ru": "Хорошо! Спрашивайте ещё {about_short}.",
        "sr": "U redu! Pitajte još nešto {about_short}.",
    },
    # What {about} and {example} say when the fact base gives no phrase of its own.
    "default_about": {
        "en": "about the article",
        "ru": "о статье",
        "sr": "o članku",
    },
    "default_example": {
        "en": "what is the article about?",
        "ru": "о чём статья?",
        "sr": "o čemu je članak?",
    },
    # {date} followed by the fact base's date_note, when it gives one (on the /source screen).
    "date_with_note": {
        "en": "{date} ({date_note})",
        "ru": "{date} ({date_note})",
        "sr": "{date} ({date_note})",
    },
    # ---------------------------------------------------------------------------------------
    # Bot screens (Telegram and console). {placeholders} are filled by texts.fill().
    # ---------------------------------------------------------------------------------------
    "welcome": {
        "en": "I answer questions about one article: {title} ({dateline}, {date}; reported by {reported_by}). Every answer quotes the article with its paragraph number (¶). Ask in your own words, or try one of these:",
        "ru": "Я отвечаю на вопросы об одной статье: {title} ({dateline}, {date}; сообщает {reported_by}). Каждый ответ цитирует статью с номером абзаца (¶). Спросите своими словами или попробуйте один из этих вопросов:",
        "sr": "Odgovaram na pitanja o jednom članku: {title} ({dateline}, {date}; izveštava {reported_by}). Svaki odgovor citira članak sa brojem pasusa (¶). Pitajte svojim rečima ili probajte neko od ovih pitanja:",
    },
    "help": {
        "en": "Ask a question about the article in your own words, in English, Russian or Serbian — for example: {example}\nEvery answer quotes the article with its paragraph number (¶). When the article doesn't say, I tell you so instead of guessing.\nI know only this one article: no other news, no opinions, nothing that happened after it.",
        "ru": "Задайте вопрос о статье своими словами — по-английски, по-русски или по-сербски, например: {example}\nКаждый ответ цитирует статью с номером абзаца (¶). Если в статье об этом не сказано, я так и скажу, а не буду гадать.\nЯ знаю только эту статью: никаких других новостей, мнений или событий после неё.",
        "sr": "Postavite pitanje o članku svojim rečima — na engleskom, ruskom ili srpskom, na primer: {example}\nSvaki odgovor citira članak sa brojem pasusa (¶). Kada članak to ne kaže, reći ću vam to umesto da nagađam.\nZnam samo ovaj članak: nikakve druge vesti, mišljenja ni događaje posle njega.",
    },
    "help_telegram": {
        "en": "In a group, mention me (@{username}) or reply to my message. In any chat, type @{username} and a question to share an answer.",
        "ru": "В группе упомяните меня (@{username}) или ответьте на моё сообщение. В любом чате наберите @{username} и вопрос, чтобы поделиться ответом.",
        "sr": "U grupi me pomenite (@{username}) ili odgovorite na moju poruku. U bilo kom četu otkucajte @{username} i pitanje da biste podelili odgovor.",
    },
    "commands": {
        "en": "Commands:",
        "ru": "Команды:",
        "sr": "Komande:",
    },
    "cmd_start": {
        "en": "welcome and example questions",
        "ru": "приветствие и примеры вопросов",
        "sr": "dobrodošlica i primeri pitanja",
    },
    "cmd_help": {
        "en": "how to ask, and what I can't do",
        "ru": "как спрашивать и чего я не умею",
        "sr": "kako da pitate i šta ne umem",
    },
    "cmd_topics": {
        "en": "browse questions by topic",
        "ru": "вопросы по темам",
        "sr": "pitanja po temama",
    },
    "cmd_source": {
        "en": "what the article is",
        "ru": "что это за статья",
        "sr": "o kom članku je reč",
    },
    "source": {
        "en": "Dateline: {dateline}\nDate: {dated}\nReported by: {reported_by}\n\n{summary}",
        "ru": "Место: {dateline}\nДата: {dated}\nИсточник: {reported_by}\n\n{summary}",
        "sr": "Mesto: {dateline}\nDatum: {dated}\nIzvor: {reported_by}\n\n{summary}",
    },
    "topics": {
        "en": "Pick a topic:",
        "ru": "Выберите тему:",
        "sr": "Izaberite temu:",
    },
    "topic_questions": {
        "en": "{topic} — pick a question:",
        "ru": "{topic} — выберите вопрос:",
        "sr": "{topic} — izaberite pitanje:",
    },
    "all_topics": {
        "en": "« All topics",
        "ru": "« Все темы",
        "sr": "« Sve teme",
    },
    "related": {
        "en": "Related questions:",
        "ru": "Связанные вопросы:",
        "sr": "Srodna pitanja:",
    },
    "not_text": {
        "en": "I answer text questions about one article: {title}. Type a question, for example: {example}",
        "ru": "Я отвечаю на текстовые вопросы об одной статье: {title}. Напишите вопрос, например: {example}",
        "sr": "Odgovaram na tekstualna pitanja o jednom članku: {title}. Napišite pitanje, na primer: {example}",
    },
    "unknown_command": {
        "en": "I don't know that command. /help lists what I can do.",
        "ru": "Я не знаю такой команды. /help — что я умею.",
        "sr": "Ne znam tu komandu. /help — šta umem.",
    },
    "apology": {
        "en": "Sorry, something went wrong on my side. Please try again.",
        "ru": "Извините, у меня что-то пошло не так. Попробуйте ещё раз.",
        "sr": "Izvinite, nešto je pošlo naopako kod mene. Pokušajte ponovo.",
    },
    "slow_down": {
        "en": "That's a lot of messages at once. Please slow down: I'll answer again in a minute.",
        "ru": "Слишком много сообщений сразу. Пожалуйста, помедленнее: я снова отвечу через минуту.",
        "sr": "Previše poruka odjednom. Molim vas, sporije: ponovo ću odgovarati za minut.",
    },
    "outdated_button": {
        "en": "This button is out of date. Please ask your question again.",
        "ru": "Эта кнопка устарела. Задайте вопрос ещё раз.",
        "sr": "Ovo dugme je zastarelo. Postavite pitanje ponovo.",
    },
    "feedback_thanks": {
        "en": "Thank you for the feedback!",
        "ru": "Спасибо за отзыв!",
        "sr": "Hvala na povratnoj informaciji!",
    },
    "admins_only": {
        "en": "Sorry, /{command} is only for the bot's editors.",
        "ru": "Извините, команда /{command} доступна только редакторам бота.",
        "sr": "Izvinite, komanda /{command} je samo za urednike bota.",
    },
    "chat_intro": {
        "en": "Type a question, or the number of a suggestion. /topics lists questions by topic, /help explains, /quit (or Ctrl-D) leaves.",
        "ru": "Напишите вопрос или номер подсказки. /topics — вопросы по темам, /help — справка, /quit (или Ctrl-D) — выход.",
        "sr": "Napišite pitanje ili broj predloga. /topics — pitanja po temama, /help — pomoć, /quit (ili Ctrl-D) — izlaz.",
    },
}


def text(key: str, lang: str = "en") -> str:
    """The bot text ``key`` in ``lang`` (English when there is no translation)."""
    variants = _TEXTS[key]
    return variants.get(lang) or variants["en"]


def fill(key: str, lang: str = "en", **values: str) -> str:
    """The bot text ``key`` in ``lang`` with its ``{placeholders}`` filled (plain text)."""
    return text(key, lang).format(**values)


def pick_language(code: str | None) -> str:
    """The bot language for a client's IETF language code ("ru", "sr-Latn", "en-US"…)."""
    primary = (code or "").split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else "en"


def keys() -> tuple[str, ...]:
    """All text keys (for tests that every text exists in every language)."""
    return tuple(_TEXTS)
