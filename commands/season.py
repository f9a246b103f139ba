"""/season year [series]: champion, standings top 10 and winners per round (Formula One, from F1DB)."""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.interactions import answer_command


class SeasonCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="season", description="A season: champion, standings top 10 and winners per round.")
    @app_commands.describe(year="The season, e.g. 2005", series="The series (default: Formula One, from F1DB)")
    async def season(self, interaction: discord.Interaction, year: app_commands.Range[int, 1900, 2100],
                     series: app_commands.Range[str, 0, 100] | None = None) -> None:
        pitwall = self.bot.pitwall  # type: ignore[attr-defined]
        await answer_command(interaction, lambda: pitwall.season(year, series))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(SeasonCommand(bot))
