"""Conversation: the catalog of a loaded fact base, dialogue memory, user-facing texts and rendering, live reload."""
