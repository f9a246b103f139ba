"""@Pitwall questions: strip the mention, answer as a reply, never ping, ignore bots.

Works without the privileged message-content intent: Discord includes the content of any
message that mentions the bot.
"""
from __future__ import annotations

import logging
import re
import time
from typing import TYPE_CHECKING

import discord

from bot.render import NO_PINGS, answer_text

if TYPE_CHECKING:
    from bot.client import PitwallBot

log = logging.getLogger(__name__)


def question_from(content: str, bot_id: int) -> str:
    """The message text without the bot's own mention(s)."""
    return " ".join(re.sub(rf"<@!?{bot_id}>", " ", content).split())


def mentions_bot(message: discord.Message, bot_id: int) -> bool:
    return any(user.id == bot_id for user in message.mentions) or bool(re.search(rf"<@!?{bot_id}>", message.content))


async def handle_mention(bot: "PitwallBot", message: discord.Message) -> None:
    if message.author.bot or bot.user is None or not mentions_bot(message, bot.user.id):
        return
    started = time.perf_counter()
    retry_after = bot.mention_cooldown.get_bucket(message).update_rate_limit()
    if retry_after:
        await message.reply(f"Slow down a little: try again in {retry_after:.0f} s.", mention_author=False,
                            allowed_mentions=NO_PINGS, delete_after=10)
        log.info("command=mention status=cooldown ms=%.1f", (time.perf_counter() - started) * 1000)
        return
    try:
        with bot.in_flight_guard():
            answer = await bot.run_data(bot.pitwall.ask, question_from(message.content, bot.user.id))
            await message.reply(answer_text(answer), mention_author=False, allowed_mentions=NO_PINGS)
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
