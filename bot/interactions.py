"""The one path every slash command takes: data call off the event loop, then send the answer."""
from __future__ import annotations

import time
from collections.abc import Callable

import discord

from bot.respond import send_answer
from data.answers import Answer, Choice


async def answer_command(interaction: discord.Interaction, call: Callable[[], Answer], *,
                         redo: Callable[[Choice], Answer] | None = None) -> None:
    """Run ``call`` in a worker thread and reply with its answer."""
    bot = interaction.client
    started = time.perf_counter()
    with bot.in_flight_guard():  # type: ignore[attr-defined]
        answer = await bot.run_data(call)  # type: ignore[attr-defined]
        await send_answer(interaction, answer, started=started, redo=redo)


def rerun(call: Callable[[str, str | None], Answer], value: str, race: str | None,
          kind: str) -> Callable[[Choice], Answer]:
    """What a candidate button does: run the same command again with the exact name picked,
    whether it was the name (``kind``) or the race that was ambiguous."""
    return lambda choice: call(choice.value, race) if choice.kind == kind else call(value, choice.value)
