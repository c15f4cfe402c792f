"""The Telegram adapter (python-telegram-bot). Nothing outside this package imports telegram."""
