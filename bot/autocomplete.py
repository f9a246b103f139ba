"""Autocomplete for every name option: up to 25 typo-tolerant choices whose values resolve exactly.
The ``race`` option offers first the races where the command's other options exist."""
from __future__ import annotations

import logging

import discord
from discord import app_commands

from data.answers import Choice

log = logging.getLogger(__name__)


# command -> (the Pitwall.race_fit argument, the option holding it)
_OTHER_OPTION = {"driver": ("driver", "name"), "team": ("team", "name"), "class": ("class_name", "name"),
                 "winner": ("class_name", "class"), "car": ("car", "number")}


def _about(interaction: discord.Interaction) -> dict[str, str]:
    """The command's other option already typed (the driver of /driver, the class of /winner...)."""
    command = interaction.command.name if interaction.command else ""
    if command not in _OTHER_OPTION:
        return {}
    arg, option = _OTHER_OPTION[command]
    value = getattr(interaction.namespace, option)  # None when not given yet
    return {arg: value[:100]} if isinstance(value, str) and value.strip() else {}


async def _choices(interaction: discord.Interaction, kind: str, current: str,
                   about: dict[str, str] | None = None) -> list[app_commands.Choice[str]]:
    bot = interaction.client
    pitwall = bot.pitwall  # type: ignore[attr-defined]

    def suggest() -> list[Choice]:
        fit = pitwall.race_fit(**about) if about else None
        return pitwall.suggest(kind, current[:100], 25, fit)

    try:  # on the data worker: never on the event loop, even while the indexes reload
        found = await bot.run_data(suggest)  # type: ignore[attr-defined]
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
    return await _choices(interaction, "race", current, _about(interaction))
