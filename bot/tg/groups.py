"""When the bot speaks in a group: only when addressed, so it never talks over people."""

from __future__ import annotations

from telegram import Message, MessageEntity


def addressed_question(message: Message, *, bot_id: int, username: str) -> str | None:
    """The question in a group message meant for the bot, or None when it is not for the bot.

    A message is for the bot when it @mentions the bot (by username, or a text mention of its
    user) or replies to one of the bot's messages. The mention itself is removed, so
    "@visit_bot who came?" asks "who came?".
    """
    text = message.text or ""
    mentioned = False
    mentions = message.parse_entities([MessageEntity.MENTION, MessageEntity.TEXT_MENTION])
    for entity, value in mentions.items():
        is_bot = (
            entity.type == MessageEntity.MENTION
            and value.removeprefix("@").casefold() == username.casefold()
        ) or (
            entity.type == MessageEntity.TEXT_MENTION
            and entity.user is not None
            and entity.user.id == bot_id
        )
        if is_bot:
            mentioned = True
            text = text.replace(value, " ", 1)
    replied_to = message.reply_to_message
    replies_to_bot = (
        replied_to is not None
        and replied_to.from_user is not None
        and replied_to.from_user.id == bot_id
    )
    if not (mentioned or replies_to_bot):
        return None
    return " ".join(text.split())
