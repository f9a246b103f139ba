"""Login, ready, and command sync against the fake Discord."""
from __future__ import annotations

from bot.client import EXTENSIONS


async def test_login_and_ready(fake, bot):
    assert bot.is_ready() and bot.user.id == 100000000000000001
    paths = [r.path for r in fake.requests]
    assert paths[:2] == ["/api/v10/users/@me", "/api/v10/oauth2/applications/@me"]
    assert fake.identifies and fake.identifies[0]["token"] == "fake-token"
    assert fake.identifies[0]["intents"] & (1 << 15) == 0  # no privileged message-content intent
    assert bot.get_guild(fake.guild_ids[0]) is not None


async def test_sync_sends_every_command_with_described_options(fake, bot):
    synced = await bot.tree.sync()
    names = {c.name for c in synced}
    assert names == {"driver", "class", "winner", "team", "car", "race", "season", "ask", "help"}
    assert len(EXTENSIONS) == len(names)
    payload = fake.synced["global"]
    for command in payload:
        assert command["description"]
        for option in command.get("options", []):
            assert option["description"], (command["name"], option["name"])
    driver = next(c for c in payload if c["name"] == "driver")
    assert [(o["name"], o["required"], o.get("autocomplete")) for o in driver["options"]] == [
        ("name", True, True), ("race", False, True)]


async def test_pitwall_sync_registers_the_commands_globally_and_to_a_guild(fake, seed_db):
    import asyncio

    from bot.client import sync_commands
    from bot.config import Settings
    settings = Settings(token="fake-token", db_path=seed_db)
    names = await asyncio.to_thread(sync_commands, settings, None)
    assert sorted(names) == sorted(fake_names := [c["name"] for c in fake.synced["global"]])
    assert set(fake_names) == {"driver", "class", "winner", "team", "car", "race", "season", "ask", "help"}
    guild = fake.guild_ids[0]
    await asyncio.to_thread(sync_commands, settings, guild)
    assert {c["name"] for c in fake.synced[str(guild)]} == set(fake_names)
