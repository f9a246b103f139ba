"""Every slash command through INTERACTION_CREATE, with what the bot sent back asserted."""
from __future__ import annotations

import asyncio

import pytest

from tests.e2e.fake_discord import FakeDiscord

EPHEMERAL = 64


async def invoke(fake: FakeDiscord, command: str, /, **options: str) -> dict:
    iid = await fake.send_interaction(fake.interaction(2, fake.command_data(command, **options)))
    rec = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"))
    return rec.body


def embed_text(body: dict) -> str:
    data = body.get("data", body)
    parts = [data.get("content") or ""]
    for e in data.get("embeds", []):
        parts += [e.get("title", ""), e.get("description", ""), (e.get("footer") or {}).get("text", "")]
        parts += [f"{f['name']}: {f['value']}" for f in e.get("fields", [])]
    return "\n".join(parts)


def buttons(body: dict) -> list[dict]:
    data = body.get("data", body)
    return [c for row in data.get("components", []) for c in row.get("components", [])]


async def test_driver(fake, bot):
    body = await invoke(fake, "driver", name="Sebastien Ugeux")
    assert body["type"] == 4
    text = embed_text(body)
    assert "Sébastien Ugeux finished 10th overall (1st in Guest)" in text
    assert "Co-drivers: Renaud Kuppens" in text and "Behind overall winner: 21 laps" in text
    assert "2003 1000 km of Spa · August 31, 2003 · source: 2003_1000_km_of_Spa.txt" in text
    assert body["data"]["allowed_mentions"] == {"parse": []}
    assert not body["data"].get("flags", 0) & EPHEMERAL


async def test_driver_not_found_is_ephemeral_with_suggestions(fake, bot):
    body = await invoke(fake, "driver", name="Michael Schumacher")
    text = embed_text(body)
    assert body["data"]["flags"] & EPHEMERAL
    assert "No driver called" in text and "Suggestions (not matches): Michael Caine" in text
    assert "finished" not in text


async def test_class_winner_team_car_help(fake, bot):
    text = embed_text(await invoke(fake, "class", name="gt cup"))
    assert "GT Cup in the 2003 1000 km of Spa: 10 entries" in text and "P15 · GT Cup P1 · #177" in text
    text = embed_text(await invoke(fake, "winner"))
    assert "Tom Kristensen, Seiji Ara won the 2003 1000 km of Spa" in text and "GT Cup: #177" in text
    text = embed_text(await invoke(fake, "winner", **{"class": "GTO"}))
    assert "Martin Short, Tom Herridge, João Barbosa won GTO" in text
    text = embed_text(await invoke(fake, "team", name="dewalt"))
    assert "DeWALT Motorsport Salisbury: 2 entries" in text and "#191" in text
    text = embed_text(await invoke(fake, "car", number="143"))
    assert "Lotus Elise Sport 200" in text and "not classified (NC)" in text
    body = await invoke(fake, "help")
    assert body["data"]["flags"] & EPHEMERAL and "/driver" in embed_text(body)


async def test_race_is_deferred_then_followed_up_with_a_chart(fake, bot):
    iid = await fake.send_interaction(fake.interaction(2, fake.command_data("race")))
    callback = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"))
    assert callback.body["type"] == 5  # deferred, "thinking"
    follow = await fake.wait_for(lambda r: r.method == "POST" and "/webhooks/" in r.path and f"token-{iid}" in r.path)
    text = embed_text(follow.body)
    assert "Podium" in text and "Pole position: #25 Audi Sport Japan Team Goh — 2:14.889" in text
    [png] = [f for f in follow.body["files"]]
    assert png["bytes"].startswith(b"\x89PNG") and png["filename"] == "laps.png"
    assert follow.body["embeds"][0]["image"]["url"] == "attachment://laps.png"


async def test_ask_through_the_slash_command(fake, bot):
    text = embed_text(await invoke(fake, "ask", question="who won GTO?"))
    assert "Rollcentre Racing" in text and "Martin Short" in text


async def test_autocomplete_with_typos(fake, bot):
    data = fake.autocomplete_data("driver", "name", "kristenson")
    iid = await fake.send_interaction(fake.interaction(4, data))
    rec = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"))
    assert rec.body["type"] == 8
    choices = rec.body["data"]["choices"]
    assert choices[0] == {"name": "Tom Kristensen — #25 Audi Sport Japan Team Goh, 2003 1000 km of Spa",
                          "value": "Tom Kristensen"}
    iid = await fake.send_interaction(fake.interaction(4, fake.autocomplete_data("team", "name", "pescarollo")))
    rec = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"))
    assert rec.body["data"]["choices"][0]["value"] == "Pescarolo Sport"
    iid = await fake.send_interaction(fake.interaction(4, fake.autocomplete_data("driver", "race", "", name="x")))
    rec = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"))
    assert rec.body["data"]["choices"][0]["value"] == "2003 1000 km of Spa"
    assert all(len(c["name"]) <= 100 for c in rec.body["data"]["choices"])


async def press(fake: FakeDiscord, callback_body: dict, label_starts: str, user_id: int = 400000000000000001) -> dict:
    message = fake.messages[next(m for m in reversed(list(fake.messages)) if fake.messages[m]["components"])]
    button = next(b for b in buttons(callback_body) if b["label"].startswith(label_starts))
    payload = fake.interaction(3, {"custom_id": button["custom_id"], "component_type": 2},
                               message=message, user_id=user_id)
    iid = await fake.send_interaction(payload)
    return (await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"))).body


async def test_ambiguous_name_offers_buttons_only_the_asker_can_press(fake, bot):
    body = await invoke(fake, "driver", name="Cook")
    labels = [b["label"] for b in buttons(body)]
    assert labels == ["Paula Cook — #150 Xero Competition, 2003 1000 km of Spa",
                      "Peter Cook — #140 Point Preparation, 2003 1000 km of Spa"]
    stranger = await press(fake, body, "Peter Cook", user_id=400000000000000999)
    assert stranger["type"] == 4 and stranger["data"]["flags"] & EPHEMERAL
    assert "Only the person who asked" in stranger["data"]["content"]
    pressed = await press(fake, body, "Peter Cook")
    assert pressed["type"] == 7  # the message is updated in place
    assert "Peter Cook finished 16th overall (7th in GTO)" in embed_text(pressed)


async def test_buttons_are_disabled_after_timeout(fake, bot, monkeypatch):
    import bot.views as views
    monkeypatch.setattr(views, "VIEW_TIMEOUT", 0.2)
    await invoke(fake, "driver", name="Ward")
    edit = await fake.wait_for(lambda r: r.method == "PATCH" and r.body and r.body.get("components"), timeout=5)
    assert all(b["disabled"] for row in edit.body["components"] for b in row["components"])


async def test_long_lists_are_paginated(fake, bot):
    body = await invoke(fake, "team", name="racing")
    assert "Several teams" in embed_text(body)  # "racing" alone is ambiguous, as it should be
    cls = await invoke(fake, "class", name="GTO")
    assert [b["label"] for b in buttons(cls)] == ["Previous", "Next"]
    assert "Page 1/2" in embed_text(cls)
    nxt = await press(fake, cls, "Next")
    assert "Page 2/2" in embed_text(nxt) and "#191" in embed_text(nxt)


async def test_a_failing_command_apologises_and_the_next_one_works(fake, bot, monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("boom")
    monkeypatch.setattr(bot.pitwall, "car", broken)
    body = await invoke(fake, "car", number="25")
    assert "Sorry, something went wrong" in body["data"]["content"] and body["data"]["flags"] & EPHEMERAL
    assert "Kristensen" in embed_text(await invoke(fake, "driver", name="Kristensen"))


@pytest.mark.parametrize("hostile", ["@everyone", "<@&123> **bold** ||spoiler||", "`x` [link](http://x)"])
async def test_user_text_echoed_back_is_escaped(fake, bot, hostile):
    body = await invoke(fake, "driver", name=hostile)
    text = embed_text(body)
    assert "@everyone" not in text.replace("@\u200beveryone", "")
    assert "**bold**" not in text and "||spoiler||" not in text
    assert body["data"]["allowed_mentions"] == {"parse": []}


async def test_ask_cooldown_says_slow_down(fake, seed_db):
    from tests.e2e.conftest import start_bot
    running, task = await start_bot(fake, seed_db, ask_rate=2, ask_per_seconds=60)
    try:
        bodies = [await invoke(fake, "ask", question="who won?") for _ in range(3)]
        assert "Tom Kristensen" in embed_text(bodies[0]) and "Tom Kristensen" in embed_text(bodies[1])
        assert "Slow down" in bodies[2]["data"]["content"] and bodies[2]["data"]["flags"] & EPHEMERAL
    finally:
        await running.close()
        await asyncio.gather(task, return_exceptions=True)
