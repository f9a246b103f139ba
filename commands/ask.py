"""/ask question: free text, answered like a mention."""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.interactions import answer_command
from data.ask.conversation import Conversation, ask_in


def ask_cooldown(interaction: discord.Interaction) -> app_commands.Cooldown:
    settings = interaction.client.settings  # type: ignore[attr-defined]
    return app_commands.Cooldown(settings.ask_rate, settings.ask_per_seconds)


class AskCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="ask", description="Ask anything about the results, e.g. “who won GT Cup?”.")
    @app_commands.describe(question="Your question in plain words")
    @app_commands.checks.dynamic_cooldown(ask_cooldown, key=lambda i: i.user.id)
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 500]) -> None:
        pitwall = self.bot.pitwall  # type: ignore[attr-defined]
        conversation = Conversation()  # a button pressed settles the question asked, not a bare lookup
        await answer_command(interaction, lambda: ask_in(pitwall, conversation, question),
                             redo=lambda choice: ask_in(pitwall, conversation,
                                                        choice.label.split(" — ")[0].split(" (")[0]))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(AskCommand(bot))
