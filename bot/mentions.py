"""@Pitwall questions: strip the mention, answer as a reply, never ping, ignore bots.

Works without the privileged message-content intent: Discord includes the content of any
message that mentions the bot (a reply to the bot's answer does, unless the user turned its ping
off). A reply to one of Pitwall's answers continues that answer's conversation; a user's next
mention in the same channel within ``FOLLOW_UP_WINDOW`` seconds continues theirs ("and GT Cup?").
"""
from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, Protocol, TypeVar

import discord

from bot.render import NO_PINGS, answer_text
from data.ask.conversation import Conversation, ask_in

from data.ask.conversation import Conversations
from data.service import Pitwall

T = TypeVar("T")


class MentionBot(Protocol):
    """What answering a mention needs of the bot (``bot.client.PitwallBot`` has it; no import of the
    client here, so the two modules do not import each other)."""

    user: discord.ClientUser | None
    pitwall: Pitwall
    conversations: Conversations
    mention_cooldown: Any

    def in_flight_guard(self) -> AbstractContextManager[None]: ...

    async def run_data(self, call: Callable[..., T], *args: Any) -> T: ...

log = logging.getLogger(__name__)


def question_from(content: str, bot_id: int) -> str:
    """The message text without the bot's own mention(s)."""
    return " ".join(re.sub(rf"<@!?{bot_id}>", " ", content).split())


FOLLOW_UP_WINDOW = 600.0  # seconds: a user's next mention in a channel continues their conversation


def mentions_bot(message: discord.Message, bot_id: int) -> bool:
    return any(user.id == bot_id for user in message.mentions) or bool(re.search(rf"<@!?{bot_id}>", message.content))


def replied_answer(message: discord.Message, bot_id: int) -> int | None:
    """The id of the bot's message this message replies to, if it replies to one."""
    ref = message.reference
    if ref is None or ref.message_id is None:
        return None
    resolved = ref.resolved
    if isinstance(resolved, discord.Message) and resolved.author.id == bot_id:
        return ref.message_id
    return None


def _conversation_for(bot: MentionBot, message: discord.Message, reply_to: int | None) -> Conversation:
    if reply_to is not None:
        found = bot.conversations.get(("answer", reply_to))
        if found is not None:
            return found
    found = bot.conversations.get(("channel", message.channel.id, message.author.id), within=FOLLOW_UP_WINDOW)
    return found if found is not None and reply_to is None else Conversation()


async def handle_mention(bot: MentionBot, message: discord.Message) -> None:
    if message.author.bot or bot.user is None:
        return
    reply_to = replied_answer(message, bot.user.id)
    if reply_to is None and not mentions_bot(message, bot.user.id):
        return
    if not question_from(message.content, bot.user.id):
        return  # a reply without its ping carries no text without the message-content intent
    started = time.perf_counter()
    retry_after = bot.mention_cooldown.get_bucket(message).update_rate_limit()
    if retry_after:
        await message.reply(f"Slow down a little: try again in {retry_after:.0f} s.", mention_author=False,
                            allowed_mentions=NO_PINGS, delete_after=10)
        log.info("command=mention status=cooldown ms=%.1f", (time.perf_counter() - started) * 1000)
        return
    try:
        with bot.in_flight_guard():
            conversation = _conversation_for(bot, message, reply_to)
            answer = await bot.run_data(ask_in, bot.pitwall, conversation, question_from(message.content, bot.user.id))
            sent = await message.reply(answer_text(answer), mention_author=False, allowed_mentions=NO_PINGS)
            bot.conversations.put(("answer", sent.id), conversation)
            bot.conversations.put(("channel", message.channel.id, message.author.id), conversation)
        log.info("command=mention status=%s ms=%.1f", answer.status, (time.perf_counter() - started) * 1000)
    except discord.HTTPException:
        log.exception("could not reply to a mention")
    except Exception:
        log.exception("answering a mention failed")
        try:
            await message.reply("Sorry, something went wrong answering that.", mention_author=False,
                                allowed_mentions=NO_PINGS)
        except discord.HTTPException:
            pass
