"""The answer engine: from a question to a decision with its evidence (pure; no Telegram, no I/O per question)."""
