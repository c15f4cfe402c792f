"""visit-bot: answers questions about one news article, citing it verbatim."""

__version__ = "0.1.0"
