"""/help: what Pitwall answers, with examples (only you see it)."""
from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.render import NO_PINGS

EXAMPLES = [
    ("/driver", "/driver name:Sébastien Ugeux — result, class, car, team, co-drivers, laps"),
    ("/class", "/class name:GT Cup — the class classification"),
    ("/winner", "/winner — overall and class winners; /winner class:GTO"),
    ("/team", "/team name:Pescarolo — every entry of a team"),
    ("/car", "/car number:25 — one car's result"),
    ("/race", "/race — summary with podium, pole, fastest lap and a laps chart"),
    ("/season", "/season year:2005 — champion, standings top 10, winners per round (Formula One)"),
    ("/ask or @Pitwall", "“who won GTO?”, “how did kristenson do?”, “Dutch drivers”, “how many Porsches?”"),
]

CREDITS = ("Race articles: Wikipedia (CC BY-SA). Formula One, when imported: F1DB "
           "(github.com/f1db/f1db), CC BY 4.0.")


class HelpCommand(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What Pitwall answers, with examples.")
    async def help(self, interaction: discord.Interaction) -> None:
        races = self.bot.pitwall.results.races()  # type: ignore[attr-defined]
        embed = discord.Embed(title="Pitwall — race results, answered",
                              description="Names may be misspelt or typed without accents. Every `race` option "
                                          "is optional: without it, the latest race that fits the other options is used.", colour=0x3498DB)
        for name, value in EXAMPLES:
            embed.add_field(name=name, value=value, inline=False)
        embed.add_field(name="Credits", value=CREDITS, inline=False)
        embed.set_footer(text=f"{len(races)} race(s) stored" + (f", latest: {races[-1].title}" if races else ""))
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(HelpCommand(bot))
