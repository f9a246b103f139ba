"""``pitwall import f1db``: F1DB's YAML into the store, and the answers built on it.

Runs on a slice of the shared F1DB tree (2004–2005) and on a mixed store (that slice with the
seed, the corpus articles and Wikipedia's 2005 Belgian Grand Prix). Every expected answer is
computed here from the YAML, with code of its own, never from the importer's tables.
"""
from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bot.cli import main
from data import f1db
from data.f1db import F1dbError, import_f1db, parse_seasons
from data.ingest import ingest
from data.service import Pitwall
from tests.conftest import CORPUS, SEED_DIR, SHARED

F1DB = SHARED / "f1db"
SEASONS_DIR = F1DB / "src" / "data" / "seasons"
BELGIAN_HTML = SHARED / "wtq" / "pages" / "2005_Belgian_Grand_Prix.html"
SLICE = (2004, 2005)

pytestmark = pytest.mark.skipif(not SEASONS_DIR.is_dir(), reason="the shared F1DB tree is not there")


def _load(path: Path) -> object:
    with path.open("rb") as fh:
        return yaml.load(fh, Loader=yaml.CSafeLoader)


class Yaml:
    """The slice as F1DB writes it: what the expectations are computed from."""

    def __init__(self) -> None:
        self.races: list[tuple[int, Path, dict]] = []
        for year in range(SLICE[0], SLICE[1] + 1):
            for rd in sorted((SEASONS_DIR / str(year) / "races").iterdir()):
                if (rd / "race-results.yml").exists():
                    self.races.append((year, rd, _load(rd / "race.yml")))
        self.drivers = {p.stem: _load(p) for p in (F1DB / "src" / "data" / "drivers").glob("*.yml")}
        self.constructors = {p.stem: _load(p) for p in (F1DB / "src" / "data" / "constructors").glob("*.yml")}

    def rows(self, name: str, year: int | None = None) -> list[tuple[int, Path, dict]]:
        out = []
        for y, rd, _info in self.races:
            if (year is None or y == year) and (rd / f"{name}.yml").exists():
                out += [(y, rd, r) for r in (_load(rd / f"{name}.yml") or [])]
        return out

    def final(self, year: int, kind: str = "driver") -> list[dict]:
        return _load(SEASONS_DIR / str(year) / f"{kind}-standings.yml")  # type: ignore[return-value]

    def name(self, driver_id: str) -> str:
        return self.drivers[driver_id]["name"]


@pytest.fixture(scope="module")
def y() -> Yaml:
    return Yaml()


@pytest.fixture(scope="module")
def slice_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("f1db") / "f1.db"
    import_f1db(F1DB, db, SLICE)
    return db


@pytest.fixture(scope="module")
def pw(slice_db: Path) -> Pitwall:
    return Pitwall(slice_db)


@pytest.fixture(scope="module")
def mixed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("mixed") / "mixed.db"
    _reports, errors = ingest([SEED_DIR, *sorted(CORPUS.glob("*.txt")), BELGIAN_HTML], db)
    assert not errors
    import_f1db(F1DB / "src" / "data", db, SLICE)
    return db


@pytest.fixture(scope="module")
def mixed(mixed_db: Path) -> Pitwall:
    return Pitwall(mixed_db)


def _count(db: Path, sql: str, args: tuple = ()) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchone()[0]
    finally:
        conn.close()


# --- the import ---------------------------------------------------------------------------------

def test_loader_is_the_c_loader() -> None:
    assert f1db._LOADER is yaml.CSafeLoader


def test_seasons_option() -> None:
    assert parse_seasons("2003-2005") == (2003, 2005)
    assert parse_seasons("2005") == (2005, 2005)
    assert parse_seasons(None) is None
    with pytest.raises(F1dbError):
        parse_seasons("2005-2003")
    with pytest.raises(F1dbError):
        parse_seasons("last year")


def test_every_race_and_result_is_stored(y: Yaml, slice_db: Path) -> None:
    assert _count(slice_db, "SELECT COUNT(*) FROM races WHERE source_form = 'f1db'") == len(y.races)
    results = y.rows("race-results")
    assert _count(slice_db, "SELECT COUNT(*) FROM entries") == len(results)
    for table, name in (("f1db_qualifying", "qualifying-results"), ("f1db_grid", "starting-grid-positions"),
                        ("f1db_fastest_laps", "fastest-laps"), ("f1db_pit_stops", "pit-stops")):
        assert _count(slice_db, f"SELECT COUNT(*) FROM {table}") == len(y.rows(name)), table
    per_race = len(y.rows("driver-standings"))
    finals = sum(len(y.final(year)) for year in range(SLICE[0], SLICE[1] + 1))
    assert _count(slice_db, "SELECT COUNT(*) FROM f1db_driver_standings") == per_race + finals
    # every F1DB driver keeps their id, linked to the store's driver row
    ids = {r["driverId"] for _y, _rd, r in results}
    assert _count(slice_db, "SELECT COUNT(*) FROM f1db_drivers WHERE driver_id IN (SELECT id FROM drivers)") \
        >= len(ids)


def test_race_fields(y: Yaml, slice_db: Path) -> None:
    conn = sqlite3.connect(slice_db)
    year, rd, info = next(r for r in y.races if r[0] == 2005 and r[1].name.endswith("belgium"))
    row = conn.execute("SELECT r.title, r.date, r.circuit, f.official_name, f.round, f.season, f.country "
                       "FROM races r JOIN f1db_races f ON f.race_id = r.id WHERE r.title = ?",
                       ["2005 Belgian Grand Prix"]).fetchone()
    assert row is not None
    assert row[1] == str(info["date"]) and row[3] == info["officialName"] and row[4] == info["round"]
    assert row[5] == year and row[6] == "Belgium" and "Spa" in row[2]
    results = _load(rd / "race-results.yml")
    winner = results[0]
    entry = conn.execute("SELECT e.position, e.car_number, e.team, e.laps, e.time, e.grid, e.points, e.engine, "
                         "e.tyre, e.chassis FROM entries e JOIN races r ON r.id = e.race_id "
                         "WHERE r.title = ? AND e.position = 1", ["2005 Belgian Grand Prix"]).fetchone()
    assert entry[:7] == (1, str(winner["driverNumber"]), y.constructors[winner["constructorId"]]["name"],
                         winner["laps"], winner["time"], winner["gridPosition"], float(winner["points"]))
    assert entry[7] == "Mercedes" and entry[8] == "Michelin" and entry[9]
    retired = [r for r in results if r["position"] == "DNF"]
    statuses = conn.execute("SELECT e.time FROM entries e JOIN races r ON r.id = e.race_id WHERE r.title = ? "
                            "AND e.status = 'DNF' ORDER BY e.row", ["2005 Belgian Grand Prix"]).fetchall()
    assert [s[0] for s in statuses] == [r["reasonRetired"] for r in retired]
    conn.close()


def test_reimport_replaces(tmp_path: Path) -> None:
    db = tmp_path / "f1.db"
    import_f1db(F1DB, db, (2005, 2005))
    counts = [_count(db, f"SELECT COUNT(*) FROM {t}") for t in ("races", "entries", "drivers", "f1db_pit_stops",
                                                                 "f1db_driver_standings", "f1db_drivers")]
    import_f1db(F1DB, db, (2005, 2005))
    assert [_count(db, f"SELECT COUNT(*) FROM {t}") for t in ("races", "entries", "drivers", "f1db_pit_stops",
                                                                "f1db_driver_standings", "f1db_drivers")] == counts


def _broken_tree(tmp_path: Path) -> Path:
    """The 2005 season with one damaged file; the reference folders linked, not copied."""
    root = tmp_path / "f1db" / "src" / "data"
    root.mkdir(parents=True)
    for p in (F1DB / "src" / "data").iterdir():
        if p.name != "seasons":
            (root / p.name).symlink_to(p)
    shutil.copytree(SEASONS_DIR / "2005", root / "seasons" / "2005")
    broken = root / "seasons" / "2005" / "races" / "16-belgium" / "pit-stops.yml"
    broken.write_text("- position: 1\n  driverId: [unclosed\n", encoding="utf-8")
    return tmp_path / "f1db"


def test_all_or_nothing(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    _r, errors = ingest([SEED_DIR], db)
    assert not errors
    before = db.read_bytes()
    tree = _broken_tree(tmp_path)
    with pytest.raises(F1dbError, match="pit-stops.yml"):
        import_f1db(tree, db, None, jobs=0)
    assert db.read_bytes() == before
    new = tmp_path / "new.db"
    with pytest.raises(F1dbError):
        import_f1db(tree, new, None, jobs=0)
    assert not new.exists()


def test_not_an_f1db_tree(tmp_path: Path) -> None:
    with pytest.raises(F1dbError, match="no F1DB checkout"):
        import_f1db(tmp_path, tmp_path / "x.db")


def test_namesakes_stay_apart() -> None:
    docs = {"john-smith": {"id": "john-smith", "name": "John Smith", "dateOfBirth": "1930-01-01"},
            "john-smith-2": {"id": "john-smith-2", "name": "John Smíth", "dateOfBirth": "1950-05-05"}}
    names = f1db._Names._drivers(docs)
    assert names == {"john-smith": "John Smith", "john-smith-2": "John Smíth (1950)"}
    cons = f1db._Names._constructors({"lotus": {"name": "Lotus", "fullName": "Team Lotus"},
                                      "lotus-f1": {"name": "Lotus", "fullName": "Lotus F1 Team"},
                                      "ferrari": {"name": "Ferrari", "fullName": "Scuderia Ferrari"}})
    assert cons == {"lotus": "Team Lotus", "lotus-f1": "Lotus F1 Team", "ferrari": "Ferrari"}


# --- one race, one source -----------------------------------------------------------------------

def test_mixed_store_holds_the_belgian_gp_once_from_f1db(mixed_db: Path) -> None:
    assert _count(mixed_db, "SELECT COUNT(*) FROM races WHERE title = '2005 Belgian Grand Prix'") == 1
    assert _count(mixed_db, "SELECT COUNT(*) FROM races WHERE title = '2005 Belgian Grand Prix' AND "
                            "source_form = 'f1db'") == 1
    assert _count(mixed_db, "SELECT COUNT(*) FROM drivers d WHERE NOT EXISTS "
                            "(SELECT 1 FROM entry_drivers x WHERE x.driver_id = d.id)") == 0


def test_article_after_f1db_is_not_stored(tmp_path: Path) -> None:
    db = tmp_path / "f1.db"
    import_f1db(F1DB, db, (2005, 2005))
    before = _count(db, "SELECT COUNT(*) FROM entries")
    reports, errors = ingest([BELGIAN_HTML], db)
    assert not errors and [r.kept_f1db for r in reports] == [True]
    assert "from F1DB" in reports[0].summary()
    assert _count(db, "SELECT COUNT(*) FROM entries") == before
    assert _count(db, "SELECT COUNT(*) FROM races WHERE source_form != 'f1db'") == 0


def test_mixed_store_still_answers_the_articles(mixed: Pitwall) -> None:
    assert "Martin Short" in mixed.ask("who won GTO?").summary
    assert mixed.ask("how did Tom Kristensen do?").status == "answered"


# --- answers, computed from the YAML --------------------------------------------------------------

def _final_leader(y: Yaml, year: int, kind: str = "driver") -> dict:
    return next(s for s in y.final(year, kind) if s["position"] == 1)


@pytest.mark.parametrize("year", [2004, 2005])
def test_champion(y: Yaml, mixed: Pitwall, year: int) -> None:
    champ = y.name(_final_leader(y, year)["driverId"])
    for q in (f"who won the {year} championship?", f"who was the {year} world champion"):
        a = mixed.ask(q)
        assert a.status == "answered" and a.summary.startswith(champ), (q, a.summary)
        assert "F1DB" in a.summary
    cons = _final_leader(y, year, "constructor")
    a = mixed.ask(f"who won the {year} constructors championship")
    assert a.summary.startswith(y.constructors[cons["constructorId"]]["name"])


def test_standings_after_monza(y: Yaml, mixed: Pitwall) -> None:
    year, rd, _info = next(r for r in y.races if r[0] == 2005 and r[1].name.endswith("italy"))
    leader = next(s for s in _load(rd / "driver-standings.yml") if s["position"] == 1)
    for q in ("who led the championship after Monza 2005?", "standings after the 2005 italian grand prix"):
        a = mixed.ask(q)
        assert a.status == "answered", (q, a.summary)
        assert f"{y.name(leader['driverId'])} led the 2005" in a.summary
        assert f"{leader['points']:g} points" in a.summary and "F1DB" in a.summary


def _driver_totals(y: Yaml, driver: str, year: int | None) -> dict[str, float]:
    results = [r for yy, _rd, r in y.rows("race-results") if r["driverId"] == driver and (year is None or yy == year)]
    quali = [r for yy, _rd, r in y.rows("qualifying-results") if r["driverId"] == driver and (year is None or yy == year)]
    laps = [r for yy, _rd, r in y.rows("fastest-laps") if r["driverId"] == driver and (year is None or yy == year)]
    years = [year] if year else list(range(SLICE[0], SLICE[1] + 1))
    return {
        "races": len(results),
        "wins": sum(r["position"] == 1 for r in results),
        "podiums": sum(r["position"] in (1, 2, 3) for r in results),
        "starts": sum(r["position"] not in ("DNQ", "DNPQ", "DNS", "DNP") for r in results),
        "poles": sum(r["position"] == 1 for r in quali),
        "fastest_laps": sum(r["position"] == 1 for r in laps),
        "points": sum(s["points"] for yy in years for s in y.final(yy) if s["driverId"] == driver),
    }


@pytest.mark.parametrize("driver,name", [("fernando-alonso", "Alonso"), ("kimi-raikkonen", "Raikkonen"),
                                         ("michael-schumacher", "Michael Schumacher"),
                                         ("juan-pablo-montoya", "montoya")])
@pytest.mark.parametrize("year", [None, 2005])
def test_driver_totals(y: Yaml, mixed: Pitwall, driver: str, name: str, year: int | None) -> None:
    t = _driver_totals(y, driver, year)
    scope = f" in {year}" if year else ""
    checks = {
        f"how many wins did {name} have{scope}": f"won {t['wins']} Grand",
        f"how many poles did {name} get{scope}": f"took {t['poles']} pole",
        f"how many podiums did {name} get{scope}": f"podium {t['podiums']} time",
        f"how many fastest laps did {name} set{scope}": f"set {t['fastest_laps']} fastest lap",
        f"how many races did {name} start{scope}": f"started {t['starts']} Grand",
        f"how many points did {name} score{scope}": f"scored {t['points']:g} championship points",
    }
    for q, expected in checks.items():
        a = mixed.ask(q)
        assert a.status == "answered" and expected in a.summary, (q, a.summary)
        assert "F1DB" in a.summary


def test_constructor_wins(y: Yaml, mixed: Pitwall) -> None:
    for team, year in (("Ferrari", 2004), ("McLaren", 2005), ("Renault", 2005)):
        wins = len({rd for yy, rd, r in y.rows("race-results") if yy == year and r["position"] == 1
                    and y.constructors[r["constructorId"]]["name"] == team})
        a = mixed.ask(f"how many races did {team} win in {year}?")
        assert a.status == "answered" and f"{team} won {wins} Grand" in a.summary, a.summary


def test_teammate_head_to_head(y: Yaml, mixed: Pitwall) -> None:
    results = {(rd, r["driverId"]): r for yy, rd, r in y.rows("race-results") if yy == 2005}
    ahead = [0, 0]
    races = 0
    for (rd, d), r in results.items():
        if d != "fernando-alonso":
            continue
        mate = results.get((rd, "giancarlo-fisichella"))
        if mate is None or mate["constructorId"] != r["constructorId"]:
            continue
        races += 1
        a = r["position"] if isinstance(r["position"], int) else 10_000
        b = mate["position"] if isinstance(mate["position"], int) else 10_000
        ahead[0] += a < b
        ahead[1] += b < a
    ans = mixed.ask("alonso vs fisichella head to head in 2005")
    assert ans.status == "answered"
    assert f"{races} races together; finished ahead {ahead[0]}–{ahead[1]}" in ans.summary, ans.summary
    ans = mixed.ask("how did alonso do against his teammate in 2005?")
    assert "Giancarlo Fisichella" in ans.summary


def test_race_details(y: Yaml, mixed: Pitwall) -> None:
    _year, rd, _info = next(r for r in y.races if r[0] == 2005 and r[1].name.endswith("belgium"))
    stops = [s for s in _load(rd / "pit-stops.yml") if s["driverId"] == "kimi-raikkonen"]
    a = mixed.ask("how many pit stops did raikkonen make at spa 2005")
    assert a.status == "answered" and f"made {len(stops)} pit stop" in a.summary, a.summary
    quali = next(q for q in _load(rd / "qualifying-results.yml") if q["driverId"] == "jarno-trulli")
    a = mixed.ask("where did trulli qualify at the 2005 belgian grand prix")
    assert f"qualified {quali['position']}" in a.summary.replace("th ", " ").replace("st ", " ").replace(
        "nd ", " ").replace("rd ", " "), a.summary
    retired = next(r for r in _load(rd / "race-results.yml") if r["driverId"] == "michael-schumacher")
    a = mixed.ask("why did michael schumacher retire in the 2005 belgian grand prix")
    assert retired["reasonRetired"] in a.summary
    grid = next(r for r in _load(rd / "race-results.yml") if r["driverId"] == "jenson-button")["gridPosition"]
    a = mixed.ask("where did button start at the 2005 belgian grand prix")
    assert str(grid) in a.summary, a.summary


def test_first_race_and_first_win(y: Yaml, mixed: Pitwall) -> None:
    wins = sorted((info["date"], rd) for yy, rd, info in y.races
                  if any(r["driverId"] == "fernando-alonso" and r["position"] == 1
                         for r in _load(rd / "race-results.yml")))
    first_win_race = _load(wins[0][1] / "race.yml")
    a = mixed.ask("when was alonso's first win?")
    assert a.status == "answered" and a.races and a.races[0].date == str(first_win_race["date"]), a.summary
    last = max((info["date"] for yy, rd, info in y.races if any(
        r["driverId"] == "olivier-panis" for r in _load(rd / "race-results.yml"))))
    a = mixed.ask("olivier panis last race")
    assert a.races and a.races[0].date == str(last), a.summary


def test_no_f1db_no_change(seed_pw: Pitwall) -> None:
    """Without F1DB data, standings questions are still declined as before."""
    a = seed_pw.ask("who won the 2003 championship?")
    assert a.status == "unsupported"


# --- commands --------------------------------------------------------------------------------------

def test_season_command_and_cli(y: Yaml, slice_db: Path, pw: Pitwall) -> None:
    a = pw.season(2005)
    champ = y.name(_final_leader(y, 2005)["driverId"])
    assert a.status == "answered" and f"Champion: {champ}" in a.summary
    rounds = [r for r in y.races if r[0] == 2005]
    assert len(a.rows) == len(rounds)
    first_round = _load(rounds[0][1] / "race-results.yml")[0]
    assert y.name(first_round["driverId"]) in a.rows[0]
    assert len(a.fields[0][1].splitlines()) == 10
    assert pw.season(1990).status == "not_found"
    assert pw.season(2005, "NASCAR").status == "not_found"
    out = CliRunner().invoke(main, ["season", "2005", "--db", str(slice_db)])
    assert out.exit_code == 0 and champ in out.output and "F1DB" in out.output


def test_season_embed_fits(pw: Pitwall) -> None:
    from bot.render import answer_embed, embed_problems
    embed = answer_embed(pw.season(2005))
    assert not embed_problems(embed)


def test_driver_autocomplete_serves_f1db_drivers(pw: Pitwall) -> None:
    values = [c.value for c in pw.suggest("driver", "raikonen")]
    assert "Kimi Räikkönen" in values
    values = [c.value for c in pw.suggest("driver", "hulkenberg")]
    assert not values or all("Hülkenberg" not in v for v in values)  # not in 2004-2005


def test_import_and_bench_cli(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    out = CliRunner().invoke(main, ["import", "f1db", str(F1DB), "--db", str(db), "--seasons", "2005"])
    assert out.exit_code == 0, out.output
    assert "imported F1DB seasons 2005: 19 races" in out.output
    out = CliRunner().invoke(main, ["import", "f1db", str(tmp_path), "--db", str(db)])
    assert out.exit_code != 0 and "no F1DB checkout" in out.output
    out = CliRunner().invoke(main, ["bench", "f1db", str(F1DB), "--seasons", "2005", "--workdir", str(tmp_path)])
    assert out.exit_code == 0, out.output
    assert "baseline:" in out.output and "ratio:" in out.output


def test_results_count_per_status(y: Yaml, slice_db: Path) -> None:
    statuses = Counter(f1db._STATUS.get(str(r["position"]), "classified") if not isinstance(r["position"], int)
                       else "classified" for _y, _rd, r in y.rows("race-results"))
    conn = sqlite3.connect(slice_db)
    stored = Counter(dict(conn.execute("SELECT status, COUNT(*) FROM entries GROUP BY status").fetchall()))
    conn.close()
    assert stored == statuses


# --- /driver for an F1 driver: career totals, then a season a row ------------------------------------

def _constructors_in_order(y: Yaml, driver: str, year: int) -> list[str]:
    out: list[str] = []
    for yy, _rd, info in sorted(y.races, key=lambda r: str(r[2]["date"])):
        for r in _load(_rd / "race-results.yml") if yy == year else []:
            name = y.constructors[r["constructorId"]]["name"]
            if r["driverId"] == driver and name not in out:
                out.append(name)
    return out


@pytest.mark.parametrize("driver", ["fernando-alonso", "michael-schumacher", "jenson-button", "christian-klien"])
def test_driver_command_is_the_f1_career(y: Yaml, pw: Pitwall, slice_db: Path, driver: str) -> None:
    name = y.name(driver)
    a = pw.driver(name)
    assert a.status == "answered" and a.kind == "f1_career" and a.title == name, a.summary
    t = _driver_totals(y, driver, None)
    titles = [yy for yy in range(SLICE[0], SLICE[1] + 1) if _final_leader(y, yy)["driverId"] == driver]
    seasons = sorted({yy for yy, _rd, r in y.rows("race-results") if r["driverId"] == driver})
    span = f"{seasons[0]}–{seasons[-1]}" if len(seasons) > 1 else str(seasons[0])
    assert a.summary.startswith(
        f"{name} in Formula One, {span}: {t['races']} race{'s' if t['races'] != 1 else ''} ({t['starts']} start")
    for word, key in (("win", "wins"), ("podium", "podiums"), ("pole", "poles"), ("fastest lap", "fastest_laps")):
        assert f" {t[key]} {word}{'' if t[key] == 1 else 's'}," in a.summary, (word, a.summary)
    assert f" {t['points']:g} championship points" in a.summary
    assert (f"world title{'s' if len(titles) > 1 else ''} ({', '.join(map(str, titles))})" if titles
            else "no world title") in a.summary
    assert a.summary.endswith("Source: F1DB (CC BY 4.0).")
    # one row a season, newest first, each counted from the YAML
    assert [row.split(" · ")[0] for row in a.rows] == [str(yy) for yy in reversed(seasons)]
    for row, year in zip(a.rows, reversed(seasons)):
        ty = _driver_totals(y, driver, year)
        final = next((s for s in y.final(year) if s["driverId"] == driver), None)
        place = "champion" if final and final["position"] == 1 else f"P{final['position']}" if final else ""
        assert row.startswith(f"{year} · {' / '.join(_constructors_in_order(y, driver, year))} · {place}"), row
        assert f"{ty['points']:g} points · {ty['races']} race" in row and f"{ty['wins']} win" in row, row
        assert f"{ty['poles']} pole" in row and f"{ty['fastest_laps']} fastest lap" in row, row
    assert a.footer == f"{t['races']} races, {span}"
    out = CliRunner().invoke(main, ["driver", name, "--db", str(slice_db)])
    assert out.exit_code == 0 and out.output.startswith(a.summary) and a.rows[0] in out.output
    from bot.render import answer_embed, embed_problems
    assert not embed_problems(answer_embed(a))


def test_how_did_an_f1_driver_do_is_the_driver_command(mixed: Pitwall) -> None:
    asked, command = mixed.ask("how did raikkonen do?"), mixed.driver("raikkonen")
    assert asked.kind == command.kind == "f1_career" and asked.text() == command.text()


def test_a_sportscar_driver_keeps_the_career_table(mixed: Pitwall) -> None:
    a = mixed.driver("lammers")
    assert a.kind == "driver_career" and "F1DB" not in a.text()
    newest = max(a.races, key=lambda r: (r.date or "", r.id))
    assert a.summary.startswith("Jan Lammers: ") and a.rows[0].startswith(f"{newest.date} · {newest.short_title}")
    assert mixed.driver("Tom Kristensen").kind != "f1_career"


def test_a_driver_of_both_worlds_gets_the_f1_career_and_a_word_on_the_rest(tmp_path: Path) -> None:
    """An article naming an F1DB driver (the same folded name is one person): the F1 career, and a line
    saying how many article results there are besides."""
    article = (SEED_DIR / "2003_1000_km_of_Spa.txt").read_text(encoding="utf-8").replace("Tom Kristensen",
                                                                                        "Fernando Alonso")
    (tmp_path / "races").mkdir()
    (tmp_path / "races" / "2003_1000_km_of_Spa.txt").write_text(article, encoding="utf-8")
    db = tmp_path / "both.db"
    assert not ingest([tmp_path / "races"], db)[1]
    import_f1db(F1DB, db, (2005, 2005))
    both = Pitwall(db)
    a = both.driver("alonso")
    assert a.kind == "f1_career" and a.lines == [
        "Also 1 result from the stored race articles: /driver with a race shows them."]
    assert both.driver("alonso", "2003 1000 km of spa").summary.startswith("Fernando Alonso finished 1st overall")


def test_console_mirrors_driver_and_season(y: Yaml, pw: Pitwall) -> None:
    from bot.console import console_answer
    assert console_answer(pw, "/driver alonso") == pw.driver("alonso").text()
    assert console_answer(pw, "/season 2005").startswith(
        f"2005 Formula One World Championship: {sum(1 for r in y.races if r[0] == 2005)} rounds. "
        f"Champion: {y.name(_final_leader(y, 2005)['driverId'])}")
    assert console_answer(pw, "/season").startswith("/season needs a year.")


# --- /race for a Grand Prix ------------------------------------------------------------------------

def _gp_title(year: int, info: dict) -> str:
    return f"{year} {_load(F1DB / 'src' / 'data' / 'grands-prix' / (info['grandPrixId'] + '.yml'))['fullName']}"


@pytest.mark.parametrize("which", ["bahrain", "belgium", "japan", "united-states", "italy"])
def test_race_command_for_a_grand_prix(y: Yaml, pw: Pitwall, which: str) -> None:
    year, rd, info = next(r for r in y.races if r[0] == 2005 and r[1].name.endswith(which))
    title = _gp_title(year, info)
    a = pw.race_summary(title)
    assert a.status == "answered" and a.title == title and a.summary.endswith("Source: F1DB (CC BY 4.0).")
    fields = dict(a.fields)
    results = _load(rd / "race-results.yml")
    podium = [r for r in results if r["position"] in (1, 2, 3)]
    assert fields["Podium"].splitlines() == [
        f"{r['position']}. {y.name(r['driverId'])} ({y.constructors[r['constructorId']]['name']}) — "
        f"{r['time'] if r['position'] == 1 else r['gap']}" for r in podium]
    assert fields["Winner's time"] == podium[0]["time"]
    assert a.summary.startswith(f"{y.name(podium[0]['driverId'])} won the {title} for "
                                f"{y.constructors[podium[0]['constructorId']]['name']} in {podium[0]['time']}")
    pole = next(q for q in _load(rd / "qualifying-results.yml") if q["position"] == 1)
    pole_time = pole.get("time") or pole.get("q3") or pole.get("q2") or pole.get("q1")
    assert fields["Pole position"] == (f"{y.name(pole['driverId'])} "
                                       f"({y.constructors[pole['constructorId']]['name']}) — {pole_time}")
    fastest = next(f for f in _load(rd / "fastest-laps.yml") if f["position"] == 1)
    assert fields["Fastest lap"] == (f"{y.name(fastest['driverId'])} ({y.constructors[fastest['constructorId']]['name']})"
                                     f" — {fastest['time']}, lap {fastest['lap']}")
    grid_first = next(g for g in _load(rd / "starting-grid-positions.yml") if g["position"] == 1)
    assert ("Started first" in fields) == (grid_first["driverId"] != pole["driverId"])
    assert fields["Round"] == f"{info['round']} of {sum(1 for r in y.races if r[0] == year)} ({year})"
    assert len(a.entries) == len(results)
    from bot.chart import laps_chart
    from bot.render import answer_embed, embed_problems
    assert laps_chart(a.title, a.entries).startswith(b"\x89PNG")
    assert not embed_problems(answer_embed(a))


def test_race_command_of_an_article_is_unchanged(mixed: Pitwall) -> None:
    a = mixed.race_summary("2003 1000 km of Spa")
    assert "F1DB" not in a.text() and "Class winners" in dict(a.fields)


# --- free text: the mechanisms the fan set showed missing -------------------------------------------

def test_a_circuit_by_the_name_fans_use(y: Yaml, mixed: Pitwall) -> None:
    """F1DB's short circuit name, place and id link the race: "montreal", "hockenheim", "interlagos"."""
    circuits = F1DB / "src" / "data" / "circuits"
    for year, gp, word in ((2004, "canada", "montreal"), (2004, "germany", "hockenheim"),
                           (2005, "brazil", "interlagos")):
        _y, rd, info = next(r for r in y.races if r[0] == year and r[2]["grandPrixId"] == gp)
        circuit = _load(circuits / f"{info['circuitId']}.yml")
        assert word in (circuit["placeName"].lower(), circuit["name"].lower(), info["circuitId"])
        winner = y.name(_load(rd / "race-results.yml")[0]["driverId"])
        a = mixed.ask(f"who won at {word} in {year}")
        assert a.status == "answered" and winner in a.summary and a.race and a.race.title == _gp_title(year, info), \
            a.summary


def test_a_store_imported_before_circuit_aliases_still_answers(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    import_f1db(F1DB, db, (2005, 2005))
    conn = sqlite3.connect(db)
    conn.execute("ALTER TABLE f1db_races DROP COLUMN circuit_aliases")
    conn.commit()
    conn.close()
    assert Pitwall(db).ask("who won the 2005 canadian grand prix").status == "answered"
    import_f1db(F1DB, db, (2005, 2005))  # a re-import adds the column back
    assert "Canadian" in Pitwall(db).ask("who won at montreal in 2005").summary


def test_pole_is_qualifying_p1_and_the_grid_is_said_when_it_differs(y: Yaml, mixed: Pitwall) -> None:
    _y, rd, _info = next(r for r in y.races if r[0] == 2005 and r[1].name.endswith("italy"))
    pole = next(q for q in _load(rd / "qualifying-results.yml") if q["position"] == 1)
    first = next(g for g in _load(rd / "starting-grid-positions.yml") if g["position"] == 1)
    assert pole["driverId"] != first["driverId"]
    a = mixed.ask("who was on pole for the 2005 italian grand prix")
    assert a.summary.startswith(f"{y.name(pole['driverId'])} (") and "took pole position" in a.summary
    assert f"{y.name(first['driverId'])} started first on the grid" in a.summary


def test_retire_from_is_no_nationality(y: Yaml, mixed: Pitwall) -> None:
    _y, rd, _info = next(r for r in y.races if r[0] == 2005 and r[1].name.endswith("belgium"))
    out = next(r for r in _load(rd / "race-results.yml") if r["position"] == "DNF")
    a = mixed.ask(f"why did {y.drivers[out['driverId']]['lastName']} retire from the 2005 belgian grand prix")
    assert out["reasonRetired"] in a.text() and " is " not in a.summary.split(".")[0], a.summary
    assert "Dutch" in mixed.ask("where is jan lammers from").summary


@pytest.mark.parametrize("q", ["how many wins did ayrton senna have", "who won the 2005 indianapolis 500",
                               "what was fisichella's salary in 2005", "how many people attended the 2005 belgian gp",
                               "what was the gap between alonso and button on lap 20 at spa 2005"])
def test_what_the_store_cannot_say_is_declined(mixed: Pitwall, q: str) -> None:
    assert mixed.ask(q).status != "answered", mixed.ask(q).summary


def test_two_drivers_between_is_a_head_to_head(mixed: Pitwall) -> None:
    a = mixed.ask("who came out on top between alonso and fisichella in 2005")
    b = mixed.ask("alonso vs fisichella head to head in 2005")
    assert a.kind == "f1_head_to_head" and a.summary == b.summary


def test_a_namesake_is_settled_by_the_teammate_named(y: Yaml, mixed: Pitwall) -> None:
    """"schumacher vs barrichello 2004": of Michael and Ralf, the one who drove beside Barrichello."""
    a = mixed.ask("schumacher vs barrichello 2004")
    assert a.kind == "f1_head_to_head" and "Rubens Barrichello vs Michael Schumacher in 2004" in a.summary, a.summary


def test_a_surname_that_is_a_circuit_word_is_the_driver(y: Yaml, mixed: Pitwall) -> None:
    t = _driver_totals(y, "jacques-villeneuve", 2005)
    a = mixed.ask("villeneuve points 2005")
    assert a.kind == "f1_totals" and f"Jacques Villeneuve scored {t['points']:g} championship points" in a.summary
    winner = next(r for yy, rd, r in y.rows("race-results") if yy == 2005 and rd.name.endswith("canada")
                  and r["position"] == 1)
    assert y.name(winner["driverId"]) in mixed.ask("who won at villeneuve in 2005").summary
