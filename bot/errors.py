"""One error handler for every slash command: our errors as an ephemeral sentence, anything else
logged with its traceback and answered with a short apology."""
from __future__ import annotations

import logging

import discord
from discord import app_commands

from bot.render import NO_PINGS
from data.store import StoreError

log = logging.getLogger(__name__)

APOLOGY = "Sorry, something went wrong answering that. It has been logged."


async def tell(interaction: discord.Interaction, text: str) -> None:
    """Send an ephemeral line whether or not the interaction was already answered."""
    try:
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True, allowed_mentions=NO_PINGS)
        else:
            await interaction.response.send_message(text, ephemeral=True, allowed_mentions=NO_PINGS)
    except discord.HTTPException:
        log.warning("could not deliver an error message for interaction %s", interaction.id)


async def on_app_command_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
    original = getattr(error, "original", error)
    if isinstance(error, app_commands.CommandOnCooldown):
        await tell(interaction, f"Slow down a little: try again in {error.retry_after:.0f} s.")
    elif isinstance(error, app_commands.TransformerError):
        await tell(interaction, "That value can't be used for this option (too long, too short or malformed).")
    elif isinstance(error, app_commands.CheckFailure):
        await tell(interaction, "You can't use this command here.")
    elif isinstance(original, StoreError):
        log.error("store problem: %s", original)
        await tell(interaction, "The results database is not available right now.")
    else:
        name = interaction.command.qualified_name if interaction.command else "?"
        log.error("command %s failed", name, exc_info=original)
        await tell(interaction, APOLOGY)
