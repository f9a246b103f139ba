"""Run the real bot (from the environment, like production) against the fake Discord on FAKE_DISCORD_PORT."""
from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path

import discord
import yarl

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from bot.client import create_bot, serve  # noqa: E402
from bot.config import Settings  # noqa: E402


def main() -> None:
    port = os.environ["FAKE_DISCORD_PORT"]
    discord.http.Route.BASE = f"http://127.0.0.1:{port}/api/v10"
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(f"ws://127.0.0.1:{port}/gateway")
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings.from_env()
    asyncio.run(serve(create_bot(settings, guild_ready_timeout=0.05), settings.token or ""))
    print("closed cleanly", flush=True)


if __name__ == "__main__":
    main()
