"""Hostile text through the real bot, cooldowns, secrets in logs, log lines, graceful shutdown."""
from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import sys
from pathlib import Path

import discord
import pytest

from bot.client import RedactToken, create_bot, install_redaction
from bot.config import Settings
from tests.e2e.conftest import start_bot
from tests.e2e.fake_discord import BOT_ID, FakeDiscord
from tests.hostile import hostile_inputs

PING = re.compile(r"@(everyone|here)|<@[!&]?\d+>")
SAMPLE = [c for c in hostile_inputs() if c.strip()][::9]


def visible_text(body: dict) -> str:
    data = body.get("data", body)
    parts = [data.get("content") or ""]
    for e in data.get("embeds", []):
        parts += [e.get("title", ""), e.get("description", "")] + [f["value"] for f in e.get("fields", [])]
    for c in data.get("choices", []) or []:
        parts.append(c["name"])
    return "\n".join(parts)


async def callback(fake: FakeDiscord, payload: dict) -> dict:
    iid = await fake.send_interaction(payload)
    return (await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/") and r.body, 10)).body


async def test_hostile_text_through_every_door_of_the_bot(fake, bot):
    assert len(SAMPLE) >= 40
    for text in SAMPLE:
        for command, option in (("ask", "question"), ("driver", "name"), ("team", "name"), ("class", "name")):
            body = await callback(fake, fake.interaction(2, fake.command_data(command, **{option: text})))
            data = body["data"]
            assert data.get("allowed_mentions") == {"parse": []}
            assert not PING.search(visible_text(body)) and len(data.get("content") or "") <= 2000
        body = await callback(fake, fake.interaction(4, fake.autocomplete_data("driver", "name", text[:100])))
        assert len(body["data"]["choices"]) <= 25
        msg = await fake.send_message(f"<@{BOT_ID}> {text}")
        reply = await fake.wait_for(lambda r: r.method == "POST" and "/channels/" in r.path
                                    and str(r.body["message_reference"]["message_id"]) == msg["id"], 10)
        assert reply.body["allowed_mentions"] == {"parse": [], "replied_user": False}
        assert not PING.search(reply.body["content"]) and len(reply.body["content"]) <= 2000


async def test_mentions_have_a_cooldown(fake, seed_db):
    running, task = await start_bot(fake, seed_db, ask_rate=2, ask_per_seconds=60)
    try:
        messages = [await fake.send_message(f"<@{BOT_ID}> who won?") for _ in range(3)]
        replies = [await fake.wait_for(lambda r, m=m: r.method == "POST" and "/channels/" in r.path and
                                       str(r.body["message_reference"]["message_id"]) == m["id"], 10)
                   for m in messages]
        assert "Tom Kristensen" in replies[0].body["content"] and "Tom Kristensen" in replies[1].body["content"]
        assert replies[2].body["content"].startswith("Slow down")
    finally:
        await running.close()
        await asyncio.gather(task, return_exceptions=True)


async def test_one_log_line_per_interaction_and_no_contents_at_info(fake, bot, caplog):
    caplog.set_level(logging.INFO)
    secret_question = "how did Sebastien Ugeux do at the secret 7777"
    await callback(fake, fake.interaction(2, fake.command_data("driver", name="kristensen")))
    msg = await fake.send_message(f"<@{BOT_ID}> {secret_question}")
    await fake.wait_for(lambda r: r.method == "POST" and "/channels/" in r.path
                        and str(r.body["message_reference"]["message_id"]) == msg["id"], 10)
    await asyncio.sleep(0.05)
    lines = [r.getMessage() for r in caplog.records if r.name.startswith(("bot", "commands", "data"))]
    assert any(re.fullmatch(r"command=driver status=answered ms=\d+\.\d", ln) for ln in lines), lines
    assert any(re.fullmatch(r"command=mention status=\w+ ms=\d+\.\d", ln) for ln in lines), lines
    info = [r.getMessage() for r in caplog.records if r.levelno >= logging.INFO]
    assert not any("secret 7777" in ln or "Ugeux" in ln for ln in info)


async def test_token_never_appears_in_logs_of_a_failed_login(fake, seed_db, caplog):
    token = "MTIzNDU2Nzg5.secret-token.value"
    caplog.set_level(logging.DEBUG)
    install_redaction(token)

    fake.refuse_login = True
    bot = create_bot(Settings(token=token, db_path=seed_db), guild_ready_timeout=0.05)
    with pytest.raises(discord.LoginFailure) as failure:
        async with bot:
            await bot.start(token)
    logging.getLogger("bot.test").error("a careless log line with %s in it", token)
    assert token not in str(failure.value)
    assert token not in caplog.text and "[redacted]" in caplog.text
    for handler in logging.getLogger().handlers:
        for f in list(handler.filters):
            if isinstance(f, RedactToken):
                handler.removeFilter(f)


def test_env_is_ignored_and_the_example_holds_no_secret():
    root = Path(__file__).resolve().parents[2]
    assert ".env" in (root / ".gitignore").read_text().split()
    example = dict(line.split("=", 1) for line in (root / ".env.example").read_text().splitlines()
                   if "=" in line and not line.startswith("#"))
    assert example["DISCORD_TOKEN"] == "" and set(example) >= {"DISCORD_TOKEN", "PITWALL_DB", "PITWALL_DEV_GUILD",
                                                              "LOG_LEVEL"}


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
async def test_shutdown_lets_the_interaction_in_flight_finish(seed_db, tmp_path, sig):
    fake = await FakeDiscord().start()
    db = tmp_path / "p.db"
    db.write_bytes(seed_db.read_bytes())
    env = {**os.environ, "FAKE_DISCORD_PORT": str(fake.port), "DISCORD_TOKEN": "fake-token", "PITWALL_DB": str(db)}
    env.pop("PITWALL_SHARD_COUNT", None)
    proc = await asyncio.create_subprocess_exec(sys.executable, str(Path(__file__).with_name("shard_runner.py")),
                                                env=env, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.STDOUT)
    try:
        await fake.wait_identified(1, timeout=30)
        iid = await fake.send_interaction(fake.interaction(2, fake.command_data("race")))
        await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"), 10)  # deferred
        proc.send_signal(sig)
        follow = await fake.wait_for(lambda r: r.method == "POST" and "/webhooks/" in r.path
                                     and f"token-{iid}" in r.path, 15)
        assert follow.body["files"][0]["bytes"].startswith(b"\x89PNG")
        out = (await asyncio.wait_for(proc.communicate(), 20))[0].decode()
    finally:
        if proc.returncode is None:
            proc.kill()
        await fake.stop()
    assert proc.returncode == 0 and "closed cleanly" in out, out
