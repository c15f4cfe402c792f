"""Command line: ``python -m bot run|chat|start|ask|check|unanswered|stats|health``.

An adapter only: the library does the work; this turns arguments into calls and errors into
one clear line and an exit code. Telegram is imported only by the commands that need it.

:mod:`bot.cli.parser` declares the commands; :mod:`bot.cli.serve` runs the bot or the console
chat; :mod:`bot.cli.editor` holds the editor's commands; :mod:`bot.cli.common` what they share.
"""

from bot.cli.parser import build_parser, main, run_and_exit
from bot.cli.serve import start_mode

__all__ = ["build_parser", "main", "run_and_exit", "start_mode"]
