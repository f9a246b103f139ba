"""Autocomplete for every name option: up to 25 typo-tolerant choices whose values resolve exactly."""
from __future__ import annotations

import logging

import discord
from discord import app_commands

log = logging.getLogger(__name__)


async def _choices(interaction: discord.Interaction, kind: str, current: str) -> list[app_commands.Choice[str]]:
    bot = interaction.client
    try:  # on the data worker: never on the event loop, even while the indexes reload
        found = await bot.run_data(bot.pitwall.suggest, kind, current[:100], 25)  # type: ignore[attr-defined]
    except Exception:  # autocomplete must never fail loudly: an empty list is the honest fallback
        log.exception("autocomplete for %s failed", kind)
        return []
    return [app_commands.Choice(name=c.label[:100] or c.value[:100], value=c.value[:100]) for c in found[:25]]


async def driver_names(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _choices(interaction, "driver", current)


async def team_names(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _choices(interaction, "team", current)


async def class_names(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _choices(interaction, "class", current)


async def race_names(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return await _choices(interaction, "race", current)
