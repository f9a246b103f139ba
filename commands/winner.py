"""/winner [class] [race]"""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import class_names, race_names
from bot.interactions import answer_command, rerun


class WinnerCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="winner", description="The overall winner and every class winner, or one class's winner.")
    @app_commands.describe(class_name="Class (default: overall, with every class winner)",
                           race="Race (default: the latest; with a class, the latest where it ran)")
    @app_commands.rename(class_name="class")
    @app_commands.autocomplete(class_name=class_names, race=race_names)
    async def winner(self, interaction: discord.Interaction, class_name: app_commands.Range[str, 0, 100] | None = None,
                     race: app_commands.Range[str, 0, 100] | None = None) -> None:
        pitwall = self.bot.pitwall  # type: ignore[attr-defined]
        await answer_command(interaction, lambda: pitwall.winner(class_name, race),
                             redo=rerun(pitwall.winner, class_name, race, "class"))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(WinnerCommand(bot))
