"""/car number [race]"""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import race_names
from bot.interactions import answer_command


class CarCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="car", description="The entry with that car number.")
    @app_commands.describe(number="Car number as printed, e.g. 25 or 08", race="Race (default: the latest with this car number)")
    @app_commands.autocomplete(race=race_names)
    async def car(self, interaction: discord.Interaction, number: app_commands.Range[str, 1, 8],
                  race: app_commands.Range[str, 0, 100] | None = None) -> None:
        pitwall = self.bot.pitwall  # type: ignore[attr-defined]
        await answer_command(interaction, lambda: pitwall.car(number, race),
                             redo=lambda choice: pitwall.car(number, choice.value))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(CarCommand(bot))
