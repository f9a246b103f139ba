"""Formula One commands through the real client and the fake Discord, on a store holding the seed and
F1DB seasons: /season 2005 (champion, standings, winners per round, paged), /race for a Grand Prix
with its chart, and /driver's F1 career paged by season. Expectations come from F1DB's YAML, and every
embed is checked against Discord's limits."""
from __future__ import annotations

from pathlib import Path

import discord
import pytest
import yaml

from bot.render import ENTRIES_PER_PAGE, embed_problems
from data.f1db import import_f1db
from data.ingest import ingest
from tests.conftest import F1DB, SEED_DIR
from tests.e2e.conftest import running_bot
from tests.e2e.test_commands import EPHEMERAL, buttons, embed_text, invoke, press

DATA = F1DB / "src" / "data"


def _load(path: Path) -> object:
    with path.open("rb") as fh:
        return yaml.load(fh, Loader=yaml.CSafeLoader)


def _name(driver_id: str) -> str:
    return _load(DATA / "drivers" / f"{driver_id}.yml")["name"]  # type: ignore[index]


def _rounds(year: int) -> list[Path]:
    return [rd for rd in sorted((DATA / "seasons" / str(year) / "races").iterdir())
            if (rd / "race-results.yml").exists()]


def _fits(body: dict) -> None:
    data = body.get("data", body)
    for e in data["embeds"]:
        assert not embed_problems(discord.Embed.from_dict(e)), embed_problems(discord.Embed.from_dict(e))
    assert data["allowed_mentions"] == {"parse": []}


@pytest.fixture
async def f1_bot(fake, f1_db):
    async for running in running_bot(fake, f1_db):
        yield running


@pytest.fixture(scope="module")
def long_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve seasons, so that a long career runs over two pages."""
    db = tmp_path_factory.mktemp("f1-long") / "pitwall.db"
    assert not ingest([SEED_DIR], db)[1]
    import_f1db(F1DB, db, (1994, 2005))
    return db


@pytest.fixture
async def long_bot(fake, long_db):
    async for running in running_bot(fake, long_db):
        yield running


async def test_season_2005(fake, f1_bot):
    body = await invoke(fake, "season", year="2005")
    assert body["type"] == 4 and not body["data"].get("flags", 0) & EPHEMERAL
    _fits(body)
    [embed] = body["data"]["embeds"]
    finals = _load(DATA / "seasons" / "2005" / "driver-standings.yml")
    cons = _load(DATA / "seasons" / "2005" / "constructor-standings.yml")
    champion = next(s for s in finals if s["position"] == 1)
    rounds = _rounds(2005)
    assert embed["title"] == "2005 Formula One season"
    assert embed["description"].startswith(
        f"2005 Formula One World Championship: {len(rounds)} rounds. Champion: {_name(champion['driverId'])} "
        f"({champion['points']:g} points)")
    assert "Source: F1DB (CC BY 4.0)" in embed["description"]
    fields = {f["name"]: f["value"] for f in embed["fields"]}
    top = [f"{s['position']}. {_name(s['driverId'])} — {s['points']:g}" for s in finals[:10]]
    assert fields["Drivers' standings (top 10)"].splitlines() == top
    leader = _load(DATA / "constructors" / f"{cons[0]['constructorId']}.yml")["name"]
    assert fields["Constructors' standings (top 10)"].splitlines()[0] == f"1. {leader} — {cons[0]['points']:g}"
    # winners per round, ten a page
    rows = embed["description"].split("\n")[1:]
    assert len(rows) == ENTRIES_PER_PAGE
    for row, rd in zip(rows, rounds):
        info = _load(rd / "race.yml")
        winner = next(r for r in _load(rd / "race-results.yml") if r["position"] == 1)
        assert row.startswith(f"R{info['round']} · ") and _name(winner["driverId"]) in row, row
    assert embed["footer"]["text"].startswith(f"Page 1/{-(-len(rounds) // ENTRIES_PER_PAGE)}")
    assert [b["label"] for b in buttons(body)] == ["Previous", "Next"]
    nxt = await press(fake, body, "Next")
    _fits(nxt)
    last = _load(rounds[-1] / "race-results.yml")
    text = embed_text(nxt)
    assert "Page 2/2" in text and f"R{len(rounds)} · " in text and _name(last[0]["driverId"]) in text


async def test_season_not_stored_is_said(fake, f1_bot):
    body = await invoke(fake, "season", year="1990")
    assert body["data"]["flags"] & EPHEMERAL and "No 1990 Formula One season is stored" in embed_text(body)
    _fits(body)


async def test_race_for_a_grand_prix_with_its_chart(fake, f1_bot):
    iid = await fake.send_interaction(fake.interaction(2, fake.command_data("race", name="2005 Belgian Grand Prix")))
    callback = await fake.wait_for(lambda r: r.path.startswith(f"/api/v10/interactions/{iid}/"))
    assert callback.body["type"] == 5
    follow = await fake.wait_for(lambda r: r.method == "POST" and "/webhooks/" in r.path and f"token-{iid}" in r.path)
    _fits(follow.body)
    rd = next(rd for rd in _rounds(2005) if rd.name.endswith("belgium"))
    fastest = _load(rd / "fastest-laps.yml")[0]
    winner = _load(rd / "race-results.yml")[0]
    text = embed_text(follow.body)
    assert f"{_name(winner['driverId'])} won the 2005 Belgian Grand Prix" in text
    assert f"Winner's time: {winner['time']}" in text
    assert f"Fastest lap: {_name(fastest['driverId'])}" in text and f"lap {fastest['lap']}" in text
    [png] = follow.body["files"]
    assert png["bytes"].startswith(b"\x89PNG") and png["filename"] == "laps.png"


async def test_driver_f1_career_pages_by_season(fake, long_bot):
    body = await invoke(fake, "driver", name="michael schumacher")
    _fits(body)
    [embed] = body["data"]["embeds"]
    assert embed["title"] == "Michael Schumacher"
    assert embed["description"].startswith("Michael Schumacher in Formula One, 1994–2005: ")
    rows = embed["description"].split("\n")[1:]
    assert [r.split(" · ")[0] for r in rows] == [str(y) for y in range(2005, 1995, -1)]
    nxt = await press(fake, body, "Next")
    _fits(nxt)
    rows = nxt["data"]["embeds"][0]["description"].split("\n")[1:]
    assert [r.split(" · ")[0] for r in rows] == ["1995", "1994"]
    final = next(s for s in _load(DATA / "seasons" / "1994" / "driver-standings.yml")
                 if s["driverId"] == "michael-schumacher")
    assert rows[-1].startswith("1994 · ") and (
        " · champion, " if final["position"] == 1 else f" · P{final['position']}, ") in rows[-1]
