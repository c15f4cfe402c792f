"""Entry point for ``python -m bot``."""

from bot.cli import run_and_exit

run_and_exit()
