"""Wikitext and saved HTML pages: one table model, the same rows as the plain text, every real page in."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from data.article import ArticleError, read_article
from data.ingest import ingest
from data.readers import read_page
from data.service import Pitwall
from tests.conftest import CORPUS, SHARED

FORMS = CORPUS / "wikitext"
ROUND_TRIP = sorted(p.stem for p in FORMS.glob("*.wiki"))
FIXTURES = Path(__file__).parent / "fixtures" / "pages"
WTQ_PAGES = SHARED / "wtq" / "pages"


def _facts(path: Path) -> list[tuple]:
    race = read_article(path) if path.suffix == ".txt" else read_page(path).races[0]
    # (not the classification rule: two of the shared .wiki/.html copies print 75% where the .txt prints 70%)
    head = (race.title, race.date, race.date_text, race.circuit, race.championships, race.class_championships,
            race.distance, [(s.kind, s.value, s.car_number) for s in race.statistics])
    # the printed code is the page's own (an HTML page prints only a flag): the country is the fact
    return [head] + [(e.position_text, e.position, e.class_position, e.status, e.class_name, e.car_number, e.chassis,
                      e.engine, e.tyre, e.laps, e.time, [(t.name, t.country) for t in e.teams],
                      [(d.name, d.country) for d in e.drivers]) for e in race.entries]


@pytest.mark.parametrize("stem", ROUND_TRIP)
@pytest.mark.parametrize("form", ["wiki", "html"])
def test_every_form_of_a_race_parses_to_the_same_facts(stem: str, form: str) -> None:
    assert _facts(FORMS / f"{stem}.{form}") == _facts(CORPUS / f"{stem}.txt")


def _stored(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT r.title, e.row, e.position_text, e.position, e.class_position, e.status, e.class_name, e.car_number, "
        "e.team, e.chassis, e.engine, e.tyre, e.laps, e.time, e.grid, e.points, "
        "(SELECT group_concat(d.name || '/' || COALESCE(x.country, ''), ';') FROM entry_drivers x "
        " JOIN drivers d ON d.id = x.driver_id WHERE x.entry_id = e.id ORDER BY x.ordinal) "
        "FROM entries e JOIN races r ON r.id = e.race_id ORDER BY r.title, e.row").fetchall()
    conn.close()
    return rows


def test_the_same_races_store_identical_rows_from_text_wikitext_and_html(tmp_path: Path) -> None:
    stored = {}
    for form in ("txt", "wiki", "html"):
        folder = CORPUS if form == "txt" else FORMS
        reports, errors = ingest([folder / f"{stem}.{form}" for stem in ROUND_TRIP], tmp_path / f"{form}.db")
        assert not errors
        stored[form] = _stored(tmp_path / f"{form}.db")
    assert len(stored["txt"]) == sum(len(read_article(CORPUS / f"{s}.txt").rows) for s in ROUND_TRIP)
    assert stored["wiki"] == stored["txt"]
    assert stored["html"] == stored["txt"]
    forms = dict(sqlite3.connect(tmp_path / "wiki.db").execute("SELECT title, source_form FROM races").fetchall())
    assert set(forms.values()) == {"wikitext"}


def test_every_real_wikipedia_race_page_goes_in_with_its_own_columns(tmp_path: Path) -> None:
    pages = sorted(WTQ_PAGES.glob("*.html"))
    assert len(pages) == 42
    reports, errors = ingest(pages, tmp_path / "wtq.db")
    assert errors == []
    stored_from = {Path(r.path).name for r in reports}
    assert stored_from == {p.name for p in pages}  # every page stored at least one race
    conn = sqlite3.connect(tmp_path / "wtq.db")
    # a page with one table per class holds one race per class; the Busch Series article one per race
    motogp = [t for (t,) in conn.execute("SELECT title FROM races WHERE title LIKE '2008 Australian motorcycle%'")]
    assert sorted(motogp) == [f"2008 Australian motorcycle Grand Prix – {c}" for c in ("125cc", "250cc", "MotoGP")]
    assert conn.execute("SELECT COUNT(*) FROM races WHERE title LIKE '2007 NASCAR Busch Series – %'").fetchone()[0] == 35
    # grid, points and time of a Formula One classification; nationality from the flag images
    row = conn.execute(
        "SELECT e.position, e.grid, e.points, e.time, x.country FROM entries e JOIN races r ON r.id = e.race_id "
        "JOIN entry_drivers x ON x.entry_id = e.id JOIN drivers d ON d.id = x.driver_id "
        "WHERE r.title = '2005 Malaysian Grand Prix' AND d.name = 'Jarno Trulli'").fetchone()
    assert row == (2, 2, 8.0, "+24.327", "ITA")
    # finishers and the later "Did Not Finish" table are one race; the page's qualifying and standings are skipped
    assert conn.execute("SELECT entries FROM races WHERE title = '1954 24 Hours of Le Mans'").fetchone()[0] == 57
    skipped = next(r for r in reports if r.title == "2005 Belgian Grand Prix").skipped
    assert any(s.startswith("Qualifying") for s in skipped)
    # a column the store has no field for is kept by its header
    extra, points = conn.execute("SELECT e.extra, e.points FROM entries e JOIN races r ON r.id = e.race_id "
                                 "WHERE r.title = '2011 Indianapolis 500' AND e.position = 1").fetchone()
    assert (json.loads(extra)["Laps Led"], points) == ("1", 59.0)
    # the infobox's pole and fastest lap, linked to the car; a page of classes gives each class its own
    pole = conn.execute("SELECT s.value, s.car_number FROM statistics s JOIN races r ON r.id = s.race_id "
                        "WHERE r.title = '2005 Belgian Grand Prix' AND s.kind = 'pole'").fetchone()
    assert pole == ("1:46.391", "10")
    laps = dict(conn.execute("SELECT r.title || ' ' || s.kind, s.value FROM statistics s JOIN races r ON r.id = s.race_id "
                             "WHERE r.title LIKE '1994 French motorcycle%'").fetchall())
    assert laps["1994 French motorcycle Grand Prix – 250cc pole"] == "Doriano Romboni 1:42.967"
    assert laps["1994 French motorcycle Grand Prix – 500cc pole"] == "Mick Doohan 1:40.759"  # "MotoGP" in the infobox
    # the infobox's location: the town beside the circuit, which fans name the race by
    assert conn.execute("SELECT location FROM races WHERE title = '2008 Canadian Grand Prix'").fetchone() == \
        ("Circuit Gilles Villeneuve, Montreal, Canada",)


def test_a_grand_prix_written_as_todays_articles_write_it() -> None:
    pages = read_page(FIXTURES / "2024_Grand_Prix_of_Testland.wiki")
    race, = pages.races
    assert race.title == "2024 Grand Prix of Testland" and race.date == "2024-04-14"
    assert race.circuit == "Circuit of Testland"
    assert any(s.startswith("Qualifying") for s in race.skipped)
    e = {x.car_number: x for x in race.entries}
    assert len(e) == 8  # the fastest-lap and source rows across the table are no entries
    assert (e["4"].position, e["4"].grid, e["4"].points, e["4"].time) == (1, 1, 26.0, "1:32:15.451")
    assert [(d.name, d.country) for d in e["16"].drivers] == [("Charles Leclerc", "MCO")]
    assert (e["44"].status, e["44"].time, e["44"].points) == ("DNF", "Power unit", 0.0)  # blank in a points column
    assert (e["55"].status, e["55"].time) == ("DSQ", "Fuel irregularity")
    assert (e["18"].status, e["18"].laps, e["18"].grid) == ("DNS", None, None)
    assert e["63"].time == "+1 Lap" and e["4"].class_name == "Overall"
    assert e["4"].chassis == "McLaren-Mercedes"


def test_answers_use_grid_points_and_time(tmp_path: Path) -> None:
    db = tmp_path / "gp.db"
    assert not ingest([FIXTURES / "2024_Grand_Prix_of_Testland.wiki"], db)[1]
    pw = Pitwall(db)
    text = pw.ask("where did verstappen start?").text()
    assert "3rd on the grid" in text and "P2" in text
    assert "Lando Norris" in pw.ask("who started on pole?").summary
    assert "18 points" in pw.ask("how many points did verstappen score?").summary
    gained = pw.ask("who gained the most places?")
    assert "Tsunoda" in gained.summary and "4 places" in gained.summary
    assert "Power unit" in pw.ask("why did hamilton retire?").summary
    assert "1:32:15.451" in pw.ask("who won?").summary
    no_class = pw.ask("who won GT3?")
    assert no_class.status == "not_found" and "no classes" in no_class.summary


@pytest.mark.parametrize("text, reason", [
    ("{| class=\"wikitable\"\n! Pos !! No !! Driver !! Laps\n|-\n| 1 || 4 || Lando Norris || 57\n", "never closed"),
    ("{| class=\"wikitable\"\n! Pos !! No !! Driver !! Laps\n|-\n| 1 || 4 || Lando Norris\n|}\n", "cells where"),
    ("Just prose about a race, and no table at all.\n", "no results table"),
    ("{| class=\"wikitable\"\n! Pos !! Driver !! Points\n|-\n| 1 || Max Verstappen || 77\n|}\n", "no results table"),
])
def test_a_damaged_page_is_refused_with_its_line_and_reason(tmp_path: Path, text: str, reason: str) -> None:
    page = tmp_path / "2024_Broken_Grand_Prix.wiki"
    page.write_text("== Race ==\n" + text, encoding="utf-8")
    with pytest.raises(ArticleError) as exc:
        read_page(page)
    assert reason in str(exc.value) and str(page) in str(exc.value)
    # and an ingest of it stores nothing
    reports, errors = ingest([page, CORPUS / "2003_Petit_Le_Mans.txt"], tmp_path / "x.db")
    assert reports == [] and len(errors) == 1 and not (tmp_path / "x.db").exists()


def test_a_page_saved_from_a_browser_takes_its_title_from_h1(tmp_path: Path) -> None:
    html = (FORMS / "2003_Petit_Le_Mans.html").read_text(encoding="utf-8")
    page = tmp_path / "saved page (1).html"
    page.write_text(html, encoding="utf-8")
    assert read_page(page).races[0].title == "2003 Petit Le Mans"


def test_pitwall_races_names_each_race_s_source_form(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from bot.cli import main
    db = tmp_path / "forms.db"
    paths = [CORPUS / "2003_Petit_Le_Mans.txt", FORMS / "2002_FIA_Sportscar_Championship_Brno.wiki",
             FORMS / "2003_FIA_GT_Oschersleben_500km.html"]
    assert not ingest(paths, db)[1]
    out = CliRunner().invoke(main, ["races", "--db", str(db)]).output
    assert "2003 Petit Le Mans | October 18, 2003 | Road Atlanta | 10 entries | text" in out
    assert "2002 FIA Sportscar Championship Brno |" in out and "| 10 entries | wikitext" in out
    assert "| html" in out


def test_a_circuit_article_s_lap_records_are_no_race(tmp_path: Path) -> None:
    page = tmp_path / "Some_Circuit.wiki"
    page.write_text("'''Some Circuit''' is a race track.\n\n== Lap records ==\n{| class=\"wikitable\"\n"
                    "! Category !! Time !! Driver !! Vehicle !! Date\n|-\n| F1 || 1:20.1 || Lewis Hamilton || "
                    "Mercedes W11 || 2020\n|}\n", encoding="utf-8")
    with pytest.raises(ArticleError, match="no results table"):
        read_page(page)


def test_synthetic_races_store_identical_rows_from_every_form(tmp_path: Path) -> None:
    from data.bench.scale import write_forms
    files = write_forms(12, tmp_path)
    stored = {}
    for form, paths in files.items():
        assert not ingest(paths, tmp_path / f"{form}.db")[1]
        stored[form] = _stored(tmp_path / f"{form}.db")
    assert len(stored["text"]) > 12 * 20
    assert stored["wikitext"] == stored["text"]
    assert stored["html"] == stored["text"]


def test_rookies_are_marked_where_the_table_or_its_legend_says_so() -> None:
    """"(R)" after a name is a rookie; "#" or "*" is one only where the page's legend says so ("# Rookie of the Year
    candidate"); a bonus point printed "16+1" keeps its printed form beside the sum."""
    pages = SHARED / "wtq" / "pages"

    def rookies(name: str) -> set[str]:
        race, = read_page(pages / name).races
        return {d.name for e in race.entries if (e.extra or {}).get("Rookie") for d in e.drivers}
    assert {"J. R. Hildebrand", "Pippa Mann"} <= rookies("2011_Indianapolis_500.html")
    assert rookies("1998_Pepsi_400.html") == {"Jerry Nadeau", "Steve Park", "Kevin Lepage"}  # and "Kenny Irwin, Jr.",
    # whose one line of names is split at ingest
    assert "David Ragan" in rookies("2007_Aaron's_499.html")
    assert rookies("2005_Belgian_Grand_Prix.html") == set()  # no legend, no rookies
    race, = read_page(pages / "1998_Marlboro_Grand_Prix_of_Miami.html").races
    moore, = [e for e in race.entries if any(d.name == "Greg Moore" for d in e.drivers)]
    assert moore.points == 17.0 and moore.extra["Points as printed"] == "16+1"
