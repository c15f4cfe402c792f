"""Inline mode: ``@bot question`` in any chat lists answers to share, each with its citation."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent

from bot.conversation import render, texts
from bot.conversation.answering import Answer, Outcome
from bot.conversation.catalog import Catalog

#: Telegram's limit on results in one answerInlineQuery.
TELEGRAM_MAX_INLINE_RESULTS = 50
#: Results shown for one inline query: the best few, not a long list to scroll.
MAX_INLINE_RESULTS = min(5, TELEGRAM_MAX_INLINE_RESULTS)
#: How long Telegram may reuse our results for the same query. Short, so an edited fact
#: base shows up soon; the engine is fast enough that caching buys little.
INLINE_CACHE_SECONDS = 60
#: Characters of the answer shown under a result's title.
DESCRIPTION_CHARS = 100


def inline_answers(catalog: Catalog, query: str) -> list[Answer]:
    """The answers to list for an inline query: best match first, then its neighbours.

    An empty query (or small talk) lists the popular questions. A declined query lists the
    "did you mean" facts, or, when there are none, the honest decline itself.
    """
    asked = catalog.ask(query)
    if asked.outcome in (Outcome.EMPTY, Outcome.SMALLTALK):
        candidates = [catalog.answer_offer(offer, asked.lang) for offer in catalog.popular]
    else:
        candidates = [asked] if asked.answered else []
        candidates += [catalog.answer_offer(o, asked.lang) for o in catalog.offers_for(asked)]
        if not candidates:
            candidates = [asked]
    answers: list[Answer] = []
    seen: set[str | None] = set()
    for answer in candidates:
        if answer.fact_id in seen and answer.fact_id is not None:
            continue
        if answer.outcome in (Outcome.AMBIGUOUS, Outcome.EMPTY, Outcome.SMALLTALK):
            continue
        seen.add(answer.fact_id)
        answers.append(answer)
    return answers[:MAX_INLINE_RESULTS]


def _title(catalog: Catalog, answer: Answer) -> str:
    """The fact's own question for an answer (cleaner than what was typed), else the query."""
    fact = catalog.fact(answer.fact_id) if answer.fact_id else None
    return fact.questions[0] if fact else answer.question


def inline_results(catalog: Catalog, query: str) -> list[InlineQueryResultArticle]:
    """Inline results: title = question, message = the question in bold and the answer."""
    results = []
    for number, answer in enumerate(inline_answers(catalog, query)):
        title = _title(catalog, answer) or texts.text("not_found", answer.lang)
        description = answer.text
        if len(description) > DESCRIPTION_CHARS:
            description = description[: DESCRIPTION_CHARS - 1] + render.ELLIPSIS
        results.append(
            InlineQueryResultArticle(
                id=str(number),
                title=title,
                description=description,
                input_message_content=InputTextMessageContent(
                    # A shared message is one message: trimmed, never split.
                    render.trim_html(render.question_html(title, answer))
                ),
            )
        )
    return results
