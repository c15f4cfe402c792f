"""The application's state, typed: what every handler reads from ``context.bot_data``.

python-telegram-bot creates ``bot_data`` itself, calling :class:`BotData` with no arguments
when the Application is built (``ContextTypes(bot_data=BotData)``); :func:`bot.tg.app.
build_application` then fills it in. Handlers are typed with :data:`Context`, so
``context.bot_data.catalog`` is a :class:`~bot.conversation.catalog.Catalog` to mypy and at run
time — no string keys, no isinstance checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeAlias

from telegram.ext import CallbackContext, ExtBot

from bot.conversation.catalog import Catalog
from bot.conversation.dialogue import Memory
from bot.conversation.reload import Reloader
from bot.records.insights import Insights
from bot.tg.abuse import UserRateLimit

if TYPE_CHECKING:
    from bot.tg.delivery import Delivery


@dataclass(slots=True)
class BotData:
    """Everything the handlers share, built once by ``build_application``.

    ``catalog`` is replaced whole on a fact-base reload (each update reads it once, so it sees
    the old base or the new one, never a mix); the rest lives as long as the application.
    """

    #: The fact base, its engine and what to offer (see :attr:`catalog`).
    _catalog: Catalog | None = None
    #: The last answered question of each chat, for follow-ups ("and when?"); outlives reloads.
    memory: Memory = field(default_factory=Memory)
    #: Records questions and feedback; None: nothing is recorded.
    insights: Insights | None = None
    #: Reloads the fact base (/reload, and watching the files); None: reloading is not set up.
    reloader: Reloader | None = None
    #: The Telegram user ids allowed the admin commands (ADMIN_IDS).
    admin_ids: frozenset[int] = frozenset()
    #: Each user's messages per minute (BOT_USER_RATE_LIMIT); None: no limit.
    user_limit: UserRateLimit | None = None
    #: Receives updates and runs the handlers (bot/tg/delivery.py); None outside build_application.
    delivery: Delivery | None = None

    @property
    def catalog(self) -> Catalog:
        """The current catalog (RuntimeError when the application was not built with one)."""
        if self._catalog is None:
            raise RuntimeError("bot_data has no Catalog; use build_application()")
        return self._catalog

    @catalog.setter
    def catalog(self, catalog: Catalog) -> None:
        # The one reference swap of a reload.
        self._catalog = catalog


#: The ``context`` every handler receives.
Context: TypeAlias = CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]
