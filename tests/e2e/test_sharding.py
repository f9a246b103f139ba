"""Two processes, one gateway shard each, answering the interactions of their own guilds."""
from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.e2e.fake_discord import FakeDiscord

RUNNER = Path(__file__).with_name("shard_runner.py")
# (guild_id >> 22) % 2 decides the shard, as on Discord
GUILD_SHARD_0 = 2 << 22
GUILD_SHARD_1 = (3 << 22) + 5


async def test_two_processes_each_run_their_own_shard(seed_db, tmp_path):
    fake = await FakeDiscord(guild_ids=[GUILD_SHARD_0, GUILD_SHARD_1], shards=2).start()
    procs = []
    try:
        for shard in (0, 1):
            db = tmp_path / f"shard{shard}.db"
            db.write_bytes(seed_db.read_bytes())  # each process reads its own copy of the database
            env = {**os.environ, "FAKE_DISCORD_PORT": str(fake.port), "DISCORD_TOKEN": "fake-token",
                   "PITWALL_DB": str(db), "PITWALL_SHARD_COUNT": "2", "PITWALL_SHARD_IDS": str(shard)}
            procs.append(await asyncio.create_subprocess_exec(
                sys.executable, str(RUNNER), env=env, stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.STDOUT))
        await fake.wait_identified(2, timeout=30)
        assert sorted(tuple(i["shard"]) for i in fake.identifies) == [(0, 2), (1, 2)]
        # discord.py 2.7 asks GET /gateway/bot only when the shard count is unknown; with
        # PITWALL_SHARD_COUNT set it connects to the default gateway directly.
        assert not any(r.path == "/api/v10/gateway/bot" for r in fake.requests)
        for guild, car in ((GUILD_SHARD_0, "25"), (GUILD_SHARD_1, "121")):
            session = fake.session_for_guild(guild)
            assert session.shard[0] == (guild >> 22) % 2
            iid = await fake.send_interaction(fake.interaction(2, fake.command_data("car", number=car), guild_id=guild))
            rec = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"), timeout=10)
            assert rec.body["data"]["embeds"][0]["title"].startswith(f"#{car} ")
    finally:
        for p in procs:
            if p.returncode is None:
                p.send_signal(signal.SIGTERM)
        outputs = [(await asyncio.wait_for(p.communicate(), 20))[0].decode() for p in procs]
        await fake.stop()
    for p, out in zip(procs, outputs):
        assert p.returncode == 0, out
        assert "closed cleanly" in out and "fake-token" not in out
