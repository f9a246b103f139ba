"""/driver name [race]"""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import driver_names, race_names
from bot.interactions import answer_command, rerun


class DriverCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="driver", description="A driver's result in a race, or the career: F1 totals and seasons.")
    @app_commands.describe(name="Driver name (typos and missing accents are fine)",
                           race="Race (default: every race the driver entered)")
    @app_commands.autocomplete(name=driver_names, race=race_names)
    async def driver(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100],
                     race: app_commands.Range[str, 0, 100] | None = None) -> None:
        pitwall = self.bot.pitwall  # type: ignore[attr-defined]
        await answer_command(interaction, lambda: pitwall.driver(name, race),
                             redo=rerun(pitwall.driver, name, race, "driver"))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(DriverCommand(bot))
