"""Long polling (getUpdates) that moves the offset past a batch only once the batch is in the
inbox, skips an update it cannot parse, and backs off when getUpdates fails."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.error import InvalidToken, TelegramError

from bot.tg.delivery import Delivery

log = logging.getLogger(__name__)


#: Long-polling timeout of getUpdates, in seconds (a stop cancels the request at once).
POLL_TIMEOUT_SECONDS = 30
#: Updates asked for per getUpdates (Telegram's maximum).
POLL_LIMIT = 100
#: Seconds added to the long-polling timeout before the request itself times out.
POLL_READ_SLACK_SECONDS = 10.0
#: Backoff after failed getUpdates calls: BASE * 2**(n-1) seconds, capped, jittered.
POLL_BACKOFF_BASE_SECONDS = 1.0
POLL_BACKOFF_MAX_SECONDS = 30.0
#: Seconds the confirming getUpdates of a stop may take.
CONFIRM_SECONDS = 1.0


class Poller:
    """Long polling that confirms an update only once it is in the inbox.

    python-telegram-bot's ``Updater`` confirms a batch as soon as it is queued, and cannot skip
    one update it fails to parse (it retries the whole batch forever). Here each batch goes to
    :meth:`Delivery.receive` — into the inbox — and only then does the next ``getUpdates`` carry
    the offset past it. The raw JSON is parsed update by update, so a poison update is skipped
    (one log line). Failures back off from 1 s to 30 s, one line each.
    """

    def __init__(
        self,
        bot: Any,
        delivery: Delivery,
        *,
        allowed_updates: list[str],
        timeout: int = POLL_TIMEOUT_SECONDS,
        on_error: Callable[[TelegramError], None] | None = None,
    ) -> None:
        self._bot = bot
        self._delivery = delivery
        self._allowed = allowed_updates
        self._timeout = timeout
        self._on_error = on_error
        self.offset: int | None = None
        self.failures = 0

    async def run(self) -> None:
        """Poll until cancelled."""
        while True:
            await self._delivery.room()
            self._delivery.polls += 1
            try:
                result = await self._bot._post(  # the raw JSON, parsed one by one
                    "getUpdates",
                    {
                        "offset": self.offset,
                        "limit": POLL_LIMIT,
                        "timeout": self._timeout,
                        "allowed_updates": self._allowed,
                    },
                    read_timeout=self._timeout + POLL_READ_SLACK_SECONDS,
                )
            except InvalidToken:
                raise
            except TelegramError as exc:
                await self._failed(exc)
                continue
            if not isinstance(result, list):
                await self._failed(TelegramError(f"getUpdates answered {type(result).__name__}"))
                continue
            self.failures = 0
            batch: list[tuple[int, str, Update | None]] = []
            for raw in result:
                update_id = raw.get("update_id") if isinstance(raw, dict) else None
                if not isinstance(update_id, int) or isinstance(update_id, bool):
                    log.warning("getUpdates returned an update without an id; skipped")
                    continue
                self.offset = max(self.offset or 0, update_id + 1)
                # Parsed from the decoded JSON at hand (not from the text kept in the inbox).
                update = self._delivery.parse(update_id, raw)
                if update is not None:
                    batch.append((update_id, json.dumps(raw), update))
            if batch:
                await self._delivery.receive(batch)

    async def confirm(self) -> None:
        """On a stop: tell Telegram to forget what was received (a quick getUpdates with the
        offset; best effort, at most :data:`CONFIRM_SECONDS` — the inbox recognises updates
        delivered again anyway)."""
        if self.offset is None:
            return
        with contextlib.suppress(TelegramError, TimeoutError):
            async with asyncio.timeout(CONFIRM_SECONDS):
                await self._bot._post(
                    "getUpdates",
                    {"offset": self.offset, "limit": 1, "timeout": 0},
                    read_timeout=CONFIRM_SECONDS,
                )

    async def _failed(self, error: TelegramError) -> None:
        self.failures += 1
        if self._on_error is not None:
            self._on_error(error)
        ceiling = min(
            POLL_BACKOFF_MAX_SECONDS, POLL_BACKOFF_BASE_SECONDS * 2 ** (self.failures - 1)
        )
        await asyncio.sleep(random.uniform(ceiling / 2, ceiling))  # noqa: S311 (jitter)
