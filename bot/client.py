"""The running bot: ``create_bot(settings)`` builds it, ``run_bot`` serves until a signal."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

import discord
from discord.ext import commands

from bot.config import Settings
from bot.database import ensure_database
from bot.errors import on_app_command_error
from bot.mentions import handle_mention
from data.ask.conversation import Conversations
from data.service import Pitwall

log = logging.getLogger(__name__)
T = TypeVar("T")

EXTENSIONS = ("commands.driver", "commands.classes", "commands.winner", "commands.team", "commands.car",
              "commands.race", "commands.season", "commands.ask", "commands.help")
DRAIN_SECONDS = 10.0


class PitwallMixin:
    """What every Pitwall bot has, sharded or not."""

    settings: Settings
    pitwall: Pitwall
    in_flight: int
    mention_cooldown: commands.CooldownMapping
    conversations: Conversations

    def _init_pitwall(self, settings: Settings) -> None:
        self.settings = settings
        self.in_flight = 0
        # One worker for data calls and one for charts: with more threads the pure-Python work
        # fights the event loop for the GIL and the loop stalls (measured: 180 ms with 6 workers).
        self.data_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pitwall-data")
        self.chart_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pitwall-chart")
        self.mention_cooldown = commands.CooldownMapping.from_cooldown(
            settings.ask_rate, settings.ask_per_seconds, commands.BucketType.user)
        # follow-up context, in memory only: by the answer a user replies to, and by (channel, user)
        self.conversations = Conversations(size=5000, ttl=1800.0)

    @contextlib.contextmanager
    def in_flight_guard(self) -> Iterator[None]:
        """Counts work in progress so that shutdown can let it finish."""
        self.in_flight += 1
        try:
            yield
        finally:
            self.in_flight -= 1

    async def run_data(self, call: Callable[..., T], *args: Any) -> T:
        """Run a data-layer call off the event loop."""
        return await asyncio.get_running_loop().run_in_executor(self.data_executor, call, *args)

    async def run_chart(self, call: Callable[..., T], *args: Any) -> T:
        return await asyncio.get_running_loop().run_in_executor(self.chart_executor, call, *args)

    async def setup_hook(self) -> None:
        settings = self.settings
        await self.run_data(ensure_database, settings.db_path, settings.races_dir)
        self.pitwall = await self.run_data(Pitwall, settings.db_path)
        await self.run_data(self.pitwall.warm_up)
        for ext in EXTENSIONS:
            await self.load_extension(ext)  # type: ignore[attr-defined]
        self.tree.on_error = on_app_command_error  # type: ignore[attr-defined]
        if settings.dev_guild:
            guild = discord.Object(settings.dev_guild)
            self.tree.copy_global_to(guild=guild)  # type: ignore[attr-defined]
            await self.tree.sync(guild=guild)  # type: ignore[attr-defined]
        log.info("ready to serve %d race(s) from %s", len(self.pitwall.results.races()), settings.db_path)

    async def on_message(self, message: discord.Message) -> None:
        await handle_mention(self, message)  # type: ignore[arg-type]

    async def drain_and_close(self) -> None:
        """Let interactions in flight finish (up to DRAIN_SECONDS), then close the connection."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + DRAIN_SECONDS
        while self.in_flight and loop.time() < deadline:
            await asyncio.sleep(0.05)
        await self.close()  # type: ignore[attr-defined]

    async def close(self) -> None:
        await super().close()  # type: ignore[misc]
        self.data_executor.shutdown(wait=True)
        self.chart_executor.shutdown(wait=True)
        pitwall = getattr(self, "pitwall", None)
        if pitwall is not None:
            pitwall.close()


def _options(settings: Settings) -> dict[str, Any]:
    return dict(command_prefix=commands.when_mentioned, help_command=None, intents=discord.Intents.default(),
                allowed_mentions=discord.AllowedMentions.none())


class PitwallBot(PitwallMixin, commands.Bot):
    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(**{**_options(settings), **options})
        self._init_pitwall(settings)


class ShardedPitwallBot(PitwallMixin, commands.AutoShardedBot):
    """Runs only the gateway shards in ``PITWALL_SHARD_IDS`` of ``PITWALL_SHARD_COUNT``."""

    def __init__(self, settings: Settings, **options: Any) -> None:
        super().__init__(shard_count=settings.shard_count, shard_ids=settings.shard_ids,
                         **{**_options(settings), **options})
        self._init_pitwall(settings)


def create_bot(settings: Settings, **options: Any) -> PitwallBot | ShardedPitwallBot:
    """The bot, not yet running: a sharded one when a shard count is configured."""
    if settings.shard_count:
        return ShardedPitwallBot(settings, **options)
    return PitwallBot(settings, **options)


class RedactToken(logging.Filter):
    """Replaces the token wherever it would appear in a log record, tracebacks included."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if self.token:
            message = record.getMessage()
            if self.token in message:
                record.msg, record.args = message.replace(self.token, "[redacted]"), None
            if record.exc_info and record.exc_info[1] is not None:
                text = logging.Formatter().formatException(record.exc_info)
                if self.token in text:
                    record.exc_text = text.replace(self.token, "[redacted]")
        return True


def install_redaction(token: str | None) -> None:
    root = logging.getLogger()
    for handler in root.handlers:
        handler.addFilter(RedactToken(token or ""))


async def serve(bot: PitwallBot | ShardedPitwallBot, token: str) -> None:
    """Run until SIGINT or SIGTERM, then drain and close cleanly."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, lambda: asyncio.ensure_future(bot.drain_and_close()))
        except (NotImplementedError, RuntimeError):
            pass
    async with bot:
        try:
            await bot.start(token)
        except discord.LoginFailure:
            raise SystemExit("Discord refused the token (DISCORD_TOKEN): check it in .env.") from None


def run_bot(settings: Settings) -> None:
    logging.getLogger().setLevel(getattr(logging, settings.log_level, logging.INFO))
    install_redaction(settings.token)
    asyncio.run(serve(create_bot(settings), settings.token or ""))


def sync_commands(settings: Settings, guild_id: int | None) -> list[str]:
    """Register the slash commands globally or to one guild; returns their names."""
    install_redaction(settings.token)

    async def go() -> list[str]:
        bot = create_bot(settings)
        async with bot:
            await bot.login(settings.token or "")
            guild = discord.Object(guild_id) if guild_id else None
            if guild:
                bot.tree.copy_global_to(guild=guild)
            synced = await bot.tree.sync(guild=guild)
            return [c.name for c in synced]

    return asyncio.run(go())
