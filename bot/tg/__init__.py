"""The Telegram adapter (python-telegram-bot). Nothing outside this package imports telegram.

python-telegram-bot 22 warns (PTBDeprecationWarning) whenever a time period such as a 429's
``retry_after`` is read as a number, because it will become a ``timedelta``; the bot opts in to
the ``timedelta`` form now, so reading one is not a warning in the logs (or, under the tests'
``-W error``, an exception in the middle of a retry).
"""

import os

os.environ.setdefault("PTB_TIMEDELTA", "true")
