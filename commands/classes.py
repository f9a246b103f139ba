"""/class name [race]"""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import class_names, race_names
from bot.interactions import answer_command, rerun


class ClassCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="class", description="A class's classification in order, retirements last.")
    @app_commands.describe(name="Class, e.g. GTO or GT Cup", race="Race (default: the latest where the class ran)")
    @app_commands.autocomplete(name=class_names, race=race_names)
    async def class_(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100],
                     race: app_commands.Range[str, 0, 100] | None = None) -> None:
        pitwall = self.bot.pitwall  # type: ignore[attr-defined]
        await answer_command(interaction, lambda: pitwall.class_results(name, race),
                             redo=rerun(pitwall.class_results, name, race, "class"))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(ClassCommand(bot))
