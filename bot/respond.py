"""Sending an answer to a slash command: embed, buttons, ephemeral where it helps, one log line."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

import discord

from bot.render import NO_PINGS, answer_embed, page_count
from bot.views import ChoiceView, PagedView
from data.answers import AMBIGUOUS, ANSWERED, Answer, Choice

log = logging.getLogger(__name__)


async def send_answer(interaction: discord.Interaction, answer: Answer, *, started: float,
                      redo: Callable[[Choice], Answer] | None = None, file: discord.File | None = None) -> None:
    """Reply (or follow up, if deferred) with the answer. Not-found and unsupported are ephemeral."""
    view: discord.ui.View | None = None
    if answer.status == AMBIGUOUS and answer.choices and redo is not None:
        view = ChoiceView(interaction.user.id, answer.choices, redo)
    elif page_count(answer) > 1:
        view = PagedView(interaction.user.id, answer)
    ephemeral = answer.status not in (ANSWERED, AMBIGUOUS)
    embed = answer_embed(answer)
    kwargs: dict = {"embed": embed, "allowed_mentions": NO_PINGS, "ephemeral": ephemeral}
    if view is not None:
        kwargs["view"] = view
    if file is not None:
        embed.set_image(url=f"attachment://{file.filename}")
        kwargs["file"] = file
    if interaction.response.is_done():
        message = await interaction.followup.send(wait=True, **kwargs)
    else:
        await interaction.response.send_message(**kwargs)
        message = None
    if isinstance(view, (ChoiceView, PagedView)):
        view.message = message or await interaction.original_response()
    name = interaction.command.qualified_name if interaction.command else "?"
    log.info("command=%s status=%s ms=%.1f", name, answer.status, (time.perf_counter() - started) * 1000)
