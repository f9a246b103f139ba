"""/race [name]: the summary and a laps chart."""
from __future__ import annotations

import io
import time

import discord
from discord import app_commands
from discord.ext import commands

from bot.autocomplete import race_names
from bot.chart import laps_chart
from bot.respond import send_answer
from data.answers import ANSWERED


class RaceCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="race", description="A race at a glance: podium, class winners, pole, fastest lap, chart.")
    @app_commands.describe(name="Race name, circuit or year (default: the latest)")
    @app_commands.autocomplete(name=race_names)
    async def race(self, interaction: discord.Interaction, name: app_commands.Range[str, 0, 100] | None = None) -> None:
        started = time.perf_counter()
        bot = self.bot
        pitwall = bot.pitwall  # type: ignore[attr-defined]
        with bot.in_flight_guard():  # type: ignore[attr-defined]
            await interaction.response.defer(thinking=True)  # the chart takes a moment
            answer = await bot.run_data(pitwall.race_summary, name)  # type: ignore[attr-defined]
            chart = None
            if answer.status == ANSWERED and answer.entries:
                png = await bot.run_chart(laps_chart, answer.title, answer.entries)  # type: ignore[attr-defined]
                chart = discord.File(io.BytesIO(png), filename="laps.png")
            await send_answer(interaction, answer, started=started, file=chart,
                              redo=lambda choice: pitwall.race_summary(choice.value))


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(RaceCommand(bot))
