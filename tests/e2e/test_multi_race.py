"""Slash commands over many stored races, through the real client and the fake Discord: the
default race fits the options, ties become buttons, careers are paged, the race option's
autocomplete offers the races that fit first."""
from __future__ import annotations

from data.answers import RaceRef
from tests.conftest import SEED_TITLE, TIE_TITLE
from tests.e2e.test_commands import EPHEMERAL, buttons, embed_text, invoke, press


def newest_first(races: list[RaceRef]) -> list[RaceRef]:
    return sorted(races, key=lambda r: (r.date or "", r.id), reverse=True)


async def test_car_25_without_a_race_answers_about_spa(fake, corpus_bot):
    latest = corpus_bot.pitwall.results.latest_race()
    assert latest.title != SEED_TITLE  # the latest race has no #25: the default has to fit
    body = await invoke(fake, "car", number="25")
    [embed] = body["data"]["embeds"]
    assert SEED_TITLE in embed["title"] and "Tom Kristensen" in embed["description"]
    assert embed["footer"]["text"].startswith(f"{SEED_TITLE} · August 31, 2003")
    assert latest.title not in embed_text(body) and not body["data"].get("flags", 0) & EPHEMERAL


async def test_class_and_winner_use_the_latest_race_where_the_class_ran(fake, corpus_bot):
    pw = corpus_bot.pitwall
    for cls in ("SR1", "GTO", "N-GT"):
        expected = next(r for r in newest_first(pw.results.races()) if cls in pw.results.class_names(r.id))
        text = embed_text(await invoke(fake, "class", name=cls))
        assert f"{cls} in the {expected.title}" in text and "No class" not in text
        body = await invoke(fake, "winner", **{"class": cls})
        assert body["data"]["embeds"][0]["title"] == f"{cls} winner — {expected.title}"


async def test_a_driver_career_at_a_glance(fake, corpus_bot):
    pw = corpus_bot.pitwall
    body = await invoke(fake, "driver", name="lammers")
    [embed] = body["data"]["embeds"]
    entries = pw.results.driver_entries(int(pw.drivers.resolve("lammers").match.id))
    races = newest_first(list({e.race.id: e.race for e in entries}.values()))
    assert embed["title"] == "Jan Lammers" and embed["description"].startswith(f"Jan Lammers: {len(races)} races")
    rows = embed["description"].split("\n")[1:]
    assert [row.split(" · ")[:2] for row in rows] == [[r.date, r.short_title] for r in races]
    years = sorted({r.date[:4] for r in races})
    assert embed["footer"]["text"] == f"{len(races)} races, {years[0]}–{years[-1]}"


async def test_a_team_row_names_its_race(fake, corpus_bot):
    body = await invoke(fake, "team", name="Pescarolo")
    rows = body["data"]["embeds"][0]["description"].split("\n")[1:]
    titles = {r.short_title for r in corpus_bot.pitwall.results.races()}
    assert len(rows) > 1 and all(row.split(" · ")[1] in titles for row in rows)


async def test_tied_races_are_buttons_newest_first_and_a_press_answers_for_that_race(fake, tie_bot):
    body = await invoke(fake, "car", number="25")
    races = newest_first([r for r in tie_bot.pitwall.results.races() if r.title in (SEED_TITLE, TIE_TITLE)])
    assert body["data"]["embeds"][0]["title"] == "Several races with car #25 on August 31, 2003"
    assert [b["label"] for b in buttons(body)] == [f"{r.title} ({r.nice_date})" for r in races]
    pressed = await press(fake, body, races[-1].title)
    assert pressed["type"] == 7 and pressed["data"]["embeds"][0]["title"].endswith(races[-1].title)
    assert "Tom Kristensen" in embed_text(pressed)


async def test_a_long_career_pages_ten_rows_at_a_time(fake, tie_bot):
    body = await invoke(fake, "team", name="Racing for Holland")
    assert [b["label"] for b in buttons(body)] == ["Previous", "Next"]
    assert len(body["data"]["embeds"][0]["description"].split("\n")) == 1 + 10
    nxt = await press(fake, body, "Next")
    text = embed_text(nxt)
    assert "Page 2/2" in text and "2002-05-18 · FIA Sportscar Championship Brno" in text


async def test_problem_titles_say_what_was_asked(fake, corpus_bot):
    body = await invoke(fake, "car", number="9999")
    assert body["data"]["embeds"][0]["title"] == "No car #9999 in the stored races"
    assert body["data"]["flags"] & EPHEMERAL
    body = await invoke(fake, "driver", name="Cook")
    assert body["data"]["embeds"][0]["title"] == "Several drivers match “Cook”"


async def test_race_autocomplete_offers_the_races_that_fit_first(fake, corpus_bot):
    pw = corpus_bot.pitwall
    for command, others, fits in (
            ("driver", {"name": "Jan Lammers"}, lambda r: pw.driver("Jan Lammers", r.title).status == "answered"),
            ("winner", {"class": "GTS"}, lambda r: "GTS" in pw.results.class_names(r.id)),
            ("car", {"number": "25"}, lambda r: pw.results.car_entries(r.id, "25"))):
        data = fake.autocomplete_data(command, "race", "", **others)
        iid = await fake.send_interaction(fake.interaction(4, data))
        rec = await fake.wait_for(lambda r, i=iid: r.path.startswith(f"/api/v10/interactions/{i}/"))
        values = [c["value"] for c in rec.body["data"]["choices"]]
        expected = [r.title for r in newest_first(pw.results.races()) if fits(r)]
        assert values[:len(expected)] == expected and len(values) == len(pw.results.races()), command
