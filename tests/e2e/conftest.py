"""The real bot, running against the fake Discord over loopback."""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import discord
import pytest
import yarl

from bot.client import create_bot
from bot.config import Settings
from tests.e2e.fake_discord import FakeDiscord


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    saved = discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    server = await FakeDiscord().start()
    server.point_discord_py_at()
    yield server
    await server.stop()
    discord.http.Route.BASE, discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = saved


async def start_bot(fake: FakeDiscord, db: Path, **settings: object):
    bot = create_bot(Settings(token="fake-token", db_path=db, **settings), guild_ready_timeout=0.05)
    task = asyncio.create_task(bot.start("fake-token"))
    await asyncio.wait_for(bot.wait_until_ready(), 10)
    return bot, task


async def running_bot(fake: FakeDiscord, db: Path):
    running, task = await start_bot(fake, db, ask_rate=1000)
    yield running
    await running.close()
    await asyncio.gather(task, return_exceptions=True)


@pytest.fixture
async def bot(fake: FakeDiscord, seed_db: Path):
    async for running in running_bot(fake, seed_db):
        yield running


@pytest.fixture
async def corpus_bot(fake: FakeDiscord, corpus_db: Path):
    async for running in running_bot(fake, corpus_db):
        yield running


@pytest.fixture
async def tie_bot(fake: FakeDiscord, tie_db: Path):
    async for running in running_bot(fake, tie_db):
        yield running


__all__ = ["start_bot", "yarl"]
