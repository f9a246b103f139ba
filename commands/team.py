"""/team name [race]"""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import race_names, team_names
from bot.interactions import answer_command, rerun


class TeamCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="team", description="Every entry of a team, with results.")
    @app_commands.describe(name="Team name (partial names and typos are fine)",
                           race="Race (default: every race the team entered)")
    @app_commands.autocomplete(name=team_names, race=race_names)
    async def team(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100],
                   race: app_commands.Range[str, 0, 100] | None = None) -> None:
        pitwall = self.bot.pitwall  # type: ignore[attr-defined]
        await answer_command(interaction, lambda: pitwall.team(name, race),
                             redo=rerun(pitwall.team, name, race, "team"))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(TeamCommand(bot))
