"""The fake Bot API itself: it must refuse what Telegram refuses, or the bot's tests prove nothing."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from fake_telegram import TOKEN, FakeTelegram, Fault


async def _call(
    api: FakeTelegram, method: str, token: str = TOKEN, **params: Any
) -> httpx.Response:
    """POST like python-telegram-bot: form-encoded, strings raw, everything else JSON."""
    form = {k: v if isinstance(v, str) else json.dumps(v) for k, v in params.items()}
    async with httpx.AsyncClient() as client:
        return await client.post(f"{api.base_url}{token}/{method}", data=form, timeout=10)


async def test_wrong_token_is_401_and_unknown_method_404(api: FakeTelegram) -> None:
    """An unknown token is 401 Unauthorized; an unknown method 404, as Telegram answers."""
    assert (await _call(api, "getMe", token="1:nope")).status_code == 401  # noqa: S106
    response = await _call(api, "sendSticker", chat_id=1)
    assert response.status_code == 404
    assert response.json() == {
        "ok": False,
        "error_code": 404,
        "description": "Not Found: method not found",
    }


async def test_string_parameters_stay_strings(api: FakeTelegram) -> None:
    """A numeric-looking text stays a string; chat_id and markup are decoded from JSON."""
    response = await _call(api, "sendMessage", chat_id=7, text="123")
    assert response.json()["result"]["text"] == "123"
    assert api.calls[-1].params == {"chat_id": 7, "text": "123"}


async def test_json_bodies_are_accepted(api: FakeTelegram) -> None:
    """A JSON request body works like a form."""
    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{api.base_url}{TOKEN}/sendMessage", json={"chat_id": 7, "text": "hi"}
        )
    assert response.json()["result"]["text"] == "hi"


@pytest.mark.parametrize(
    ("params", "description"),
    [
        ({"text": "<b>x", "parse_mode": "HTML"}, "Bad Request: can't parse entities: Can't find end tag"),
        ({"text": "<x>y</x>", "parse_mode": "HTML"}, "Bad Request: can't parse entities: Unsupported start tag"),
        ({"text": "a & b", "parse_mode": "HTML"}, "Bad Request: can't parse entities: Character '&'"),
        ({"text": "x" * 4097}, "Bad Request: message is too long"),
        ({"text": "  "}, "Bad Request: message text is empty"),
        ({"text": "x", "reply_markup": {"inline_keyboard": [[{"text": "b", "callback_data": "x" * 65}]]}},
         "Bad Request: BUTTON_DATA_INVALID"),
    ],
)  # fmt: skip
async def test_send_message_is_validated_like_telegram(
    api: FakeTelegram, params: dict[str, Any], description: str
) -> None:
    """Bad HTML, more than 4,096 characters, empty text and 65-byte callback_data are 400s."""
    response = await _call(api, "sendMessage", chat_id=7, **params)
    assert response.status_code == 400
    assert response.json()["description"].startswith(description)
    assert api.calls[-1].status == 400


async def test_inline_answers_are_limited_to_50_and_answered_once(api: FakeTelegram) -> None:
    """More than 50 inline results is a 400; answering a query twice is a 400."""
    query_id = api.inline("q")["inline_query"]["id"]
    result = {
        "type": "article",
        "id": "1",
        "title": "t",
        "input_message_content": {"message_text": "m"},
    }
    many = [{**result, "id": str(i)} for i in range(51)]
    response = await _call(api, "answerInlineQuery", inline_query_id=query_id, results=many)
    assert response.json()["description"] == "Bad Request: RESULTS_TOO_MUCH"
    assert (
        await _call(api, "answerInlineQuery", inline_query_id=query_id, results=[result])
    ).is_success
    again = await _call(api, "answerInlineQuery", inline_query_id=query_id, results=[result])
    assert again.status_code == 400
    assert api.unanswered_queries() == []


@pytest.mark.slow
async def test_get_updates_long_polls_and_confirms_by_offset(api: FakeTelegram) -> None:
    """getUpdates waits for an update (or its timeout) and forgets updates below the offset."""
    empty = await _call(api, "getUpdates", timeout=0.2)
    assert empty.json()["result"] == []
    waiting = asyncio.create_task(_call(api, "getUpdates", timeout=5))
    await asyncio.sleep(0.1)
    first = api.enqueue(api.message("hi"))
    delivered = (await waiting).json()["result"]
    assert [u["update_id"] for u in delivered] == [first]
    assert (await _call(api, "getUpdates", offset=first)).json()["result"] == delivered
    assert (await _call(api, "getUpdates", offset=first + 1)).json()["result"] == []
    assert api.confirmed == first + 1


@pytest.mark.slow
async def test_fault_hooks_answer_errors_then_recover(api: FakeTelegram) -> None:
    """Scheduled faults answer the next calls of a method in order; then the hook; then success."""
    api.fail("sendMessage", Fault(429, "Too Many Requests: retry after 1", retry_after=1))
    api.fail("sendMessage", times=2)
    api.fault = lambda call: Fault(502, "Bad Gateway") if call.params.get("text") == "y" else None
    assert (await _call(api, "getMe")).is_success
    first = await _call(api, "sendMessage", chat_id=7, text="x")
    assert first.status_code == 429
    assert first.json()["parameters"] == {"retry_after": 1}
    assert (await _call(api, "sendMessage", chat_id=7, text="x")).status_code == 500
    assert (await _call(api, "sendMessage", chat_id=7, text="x")).status_code == 500
    assert (await _call(api, "sendMessage", chat_id=7, text="y")).status_code == 502
    assert (await _call(api, "sendMessage", chat_id=7, text="x")).is_success


async def test_delay_simulates_a_round_trip(api: FakeTelegram) -> None:
    """With delay set, every call takes at least that long."""
    api.delay = 0.2
    loop = asyncio.get_running_loop()
    started = loop.time()
    await _call(api, "getMe")
    assert loop.time() - started >= 0.2
