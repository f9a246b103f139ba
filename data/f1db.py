"""F1DB (https://github.com/f1db/f1db, CC BY 4.0) into the store: ``pitwall import f1db PATH``.

F1DB's source tree holds YAML per season (``src/data/seasons/YEAR/races/NN-name/*.yml``) and
reference files per driver, constructor, circuit... This module reads it with PyYAML's C loader
and turns each Grand Prix into a ``ParsedRace`` (the RAW_* rows every article reader fills), so
that the race, its entries, drivers and teams go through the same ``Ingestor`` as the articles:
the same ids, people merged by folded name, all or nothing. What articles have no table for
(qualifying, starting grid, fastest laps, pit stops, standings) goes into ``f1db_*`` tables.

Decisions (see docs/f1db.md):
- A driver is one ``drivers`` row per folded name, as for articles, so "Kimi Raikkonen" in a
  sportscar article and F1DB's "Kimi Räikkönen" are one person. F1DB's id is kept in
  ``f1db_drivers`` (f1db_id -> drivers.id). Two F1DB drivers whose names fold alike (none today)
  are kept apart by printing the later id's name with its year of birth ("Name (1946)").
  Constructors likewise: the two "Lotus" and two "ATS" are printed by their full names.
- One race, one source: a Wikipedia article and an F1DB race of the same date whose titles match
  (folded, or the article's title is the F1DB official name) are one race, stored from F1DB.
  Importing F1DB replaces such an article; ingesting such an article later keeps F1DB's race.
"""
from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from data.article import CLASSIFIED, ParsedRace, Statistic, make_of
from data.countries import ISO3_BY_CODE
from data.f1db_rules import same_race
from data.folding import fold, slugify

log = logging.getLogger(__name__)

SOURCE_FORM = "f1db"
CREDIT = "F1DB (github.com/f1db/f1db, CC BY 4.0)"
CHAMPIONSHIP = "Formula One World Championship"
_LOADER = yaml.CSafeLoader
# the per-race files read, beside race.yml
RACE_FILES = ("race-results", "qualifying-results", "starting-grid-positions", "fastest-laps", "pit-stops",
              "driver-standings", "constructor-standings")
SEASON_FILES = ("entrants", "driver-standings", "constructor-standings")
REFERENCE_DIRS = ("drivers", "constructors", "chassis", "engine-manufacturers", "tyre-manufacturers", "circuits",
                  "grands-prix", "countries", "entrants")
# F1DB's position codes -> the store's statuses
_STATUS = {"DNF": "DNF", "NC": "NC", "DSQ": "DSQ", "EX": "DSQ", "DNS": "DNS", "DNP": "DNS", "DNQ": "DNQ",
           "DNPQ": "DNQ"}


class F1dbError(ValueError):
    """The F1DB tree cannot be read (wrong folder, broken YAML, an unknown id)."""


def find_root(path: Path) -> Path:
    """F1DB's ``src/data`` folder, given a checkout, its ``src`` or ``src/data`` itself."""
    for candidate in (path, path / "data", path / "src" / "data"):
        if (candidate / "seasons").is_dir() and (candidate / "drivers").is_dir():
            return candidate
    raise F1dbError(f"{path} is no F1DB checkout: no src/data/seasons and src/data/drivers in it "
                    "(clone https://github.com/f1db/f1db)")


def parse_seasons(text: str | None) -> tuple[int, int] | None:
    """ "2003-2005" -> (2003, 2005); "2005" -> (2005, 2005); None -> every season."""
    if not text:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–:]\s*(\d{4})\s*)?", text)
    if not m:
        raise F1dbError(f"seasons {text!r}: write a year or a range, e.g. 2003-2005")
    lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
    if hi < lo:
        raise F1dbError(f"seasons {text!r}: the range runs backwards")
    return lo, hi


def load_yaml(path: Path) -> Any:
    """One YAML file with the C loader; a broken file names itself."""
    try:
        with path.open("rb") as fh:
            return yaml.load(fh, Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise F1dbError(f"{path}: {exc}") from None


def season_dirs(root: Path, seasons: tuple[int, int] | None) -> list[Path]:
    found = []
    for p in (root / "seasons").iterdir():
        if p.is_dir() and p.name.isdigit() and (seasons is None or seasons[0] <= int(p.name) <= seasons[1]):
            found.append(p)
    return sorted(found, key=lambda p: int(p.name))


def load_season(folder: Path) -> dict[str, Any]:
    """One season's YAML as plain data: its own files and each race's (those that were run)."""
    season: dict[str, Any] = {"year": int(folder.name), "races": []}
    for name in SEASON_FILES:
        f = folder / f"{name}.yml"
        season[name] = load_yaml(f) if f.exists() else None
    races = folder / "races"
    if races.is_dir():
        for rd in sorted(p for p in races.iterdir() if p.is_dir()):
            if not (rd / "race-results.yml").exists():
                continue  # on the calendar, not run yet
            race = {"dir": f"{folder.name}/{rd.name}", "race": load_yaml(rd / "race.yml")}
            for name in RACE_FILES:
                f = rd / f"{name}.yml"
                race[name] = (load_yaml(f) or []) if f.exists() else []
            season["races"].append(race)
    return season


def load_references(root: Path) -> dict[str, dict[str, dict]]:
    """drivers, constructors, chassis... by F1DB id."""
    refs: dict[str, dict[str, dict]] = {}
    for kind in REFERENCE_DIRS:
        table: dict[str, dict] = {}
        folder = root / kind
        if folder.is_dir():
            for f in sorted(folder.iterdir()):
                if f.suffix == ".yml":
                    doc = load_yaml(f)
                    if isinstance(doc, dict) and "id" in doc:
                        table[doc["id"]] = doc
        refs[kind] = table
    return refs


def _load_season_path(path: str) -> dict[str, Any]:
    return load_season(Path(path))


def load_tree(root: Path, seasons: tuple[int, int] | None, jobs: int | None = None
              ) -> tuple[dict[str, dict[str, dict]], list[dict[str, Any]]]:
    """Every file the import reads, loaded; seasons in worker processes when there are many."""
    folders = season_dirs(root, seasons)
    if not folders:
        raise F1dbError(f"no seasons {'%d-%d' % seasons if seasons else ''} in {root / 'seasons'}")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = min(cores, 8) if jobs is None else jobs
    if workers > 1 and len(folders) >= 8:
        with ProcessPoolExecutor(workers) as pool:
            loaded = pool.map(_load_season_path, [str(f) for f in folders], chunksize=1)
            refs = load_references(root)
            data = list(loaded)
    else:
        refs = load_references(root)
        data = [load_season(f) for f in folders]
    return refs, data


@dataclass
class F1dbTables:
    """The F1DB-only rows of an import, with races as their index in ``races`` until stored."""

    races: list[ParsedRace] = field(default_factory=list)
    race_info: list[tuple] = field(default_factory=list)
    results: list[tuple] = field(default_factory=list)
    qualifying: list[tuple] = field(default_factory=list)
    grid: list[tuple] = field(default_factory=list)
    fastest_laps: list[tuple] = field(default_factory=list)
    pit_stops: list[tuple] = field(default_factory=list)
    driver_standings: list[tuple] = field(default_factory=list)
    constructor_standings: list[tuple] = field(default_factory=list)
    drivers: dict[str, tuple] = field(default_factory=dict)  # f1db id -> (name as stored, full name, ...)
    constructors: dict[str, tuple] = field(default_factory=dict)
    seasons: list[int] = field(default_factory=list)


def _rounds(text: Any) -> set[int] | None:
    """ "1-2,4-7" -> {1, 2, 4, 5, 6, 7}; None (empty) -> None (every round)."""
    if text is None or text == "":
        return None
    out: set[int] = set()
    for part in str(text).split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            out.update(range(int(a), int(b) + 1))
        elif part.strip():
            out.add(int(part))
    return out


def _entrant_cars(entrants: list[dict] | None) -> Iterator[tuple[str, str, str, list[str], str | None, set[int] | None]]:
    """(entrant, constructor, engine maker, chassis ids, driver, rounds) for every driver an
    entrant ran, whatever the nesting (constructors, chassis lists, drivers lists)."""
    for ent in entrants or ():
        for con in ent.get("constructors") or [ent]:
            chassis = [con["chassisId"]] if con.get("chassisId") else [c["chassisId"] for c in con.get("chassis") or ()]
            drivers = con.get("drivers") or ([{"driverId": con["driverId"], "rounds": con.get("rounds")}]
                                             if con.get("driverId") else [])
            for d in drivers:
                yield (ent["entrantId"], con.get("constructorId", ""), con.get("engineManufacturerId", ""), chassis,
                       d["driverId"], _rounds(d.get("rounds")))


def _num(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any) -> str:
    return "" if value is None else str(value)


class _Names:
    """Printed names for F1DB ids: the name, or a distinguishing one for namesakes."""

    def __init__(self, refs: dict[str, dict[str, dict]]) -> None:
        self.refs = refs
        self.drivers = self._drivers(refs["drivers"])
        self.constructors = self._constructors(refs["constructors"])

    @staticmethod
    def _drivers(docs: dict[str, dict]) -> dict[str, str]:
        out: dict[str, str] = {}
        by_key: dict[str, list[str]] = {}
        for fid in sorted(docs):
            by_key.setdefault(fold(docs[fid]["name"]).replace(" ", ""), []).append(fid)
        for ids in by_key.values():
            for k, fid in enumerate(ids):
                doc = docs[fid]
                born = str(doc.get("dateOfBirth") or "")[:4]
                out[fid] = doc["name"] if k == 0 else f"{doc['name']} ({born or fid})"
        return out

    @staticmethod
    def _constructors(docs: dict[str, dict]) -> dict[str, str]:
        by_key: dict[str, list[str]] = {}
        for fid in sorted(docs):
            by_key.setdefault(fold(docs[fid]["name"]).replace(" ", ""), []).append(fid)
        out: dict[str, str] = {}
        for ids in by_key.values():
            for fid in ids:
                doc = docs[fid]
                out[fid] = doc["name"] if len(ids) == 1 else (doc.get("fullName") or doc["name"])
        return out

    def ref(self, kind: str, fid: str | None, what: str = "name") -> str:
        if not fid:
            return ""
        doc = self.refs[kind].get(fid)
        if doc is None:
            raise F1dbError(f"unknown {kind} id {fid!r}")
        return _text(doc.get(what))

    def driver(self, fid: str) -> str:
        name = self.drivers.get(fid)
        if name is None:
            raise F1dbError(f"unknown driver id {fid!r}")
        return name

    def constructor(self, fid: str) -> str:
        name = self.constructors.get(fid)
        if name is None:
            raise F1dbError(f"unknown constructor id {fid!r}")
        return name

    def country_code(self, country_id: str | None) -> str | None:
        if not country_id:
            return None
        doc = self.refs["countries"].get(country_id)
        code = doc.get("alpha3Code") if doc else None
        return ISO3_BY_CODE.get(code) if code else None


def fan_title(year: int, grand_prix: dict | None, official: str) -> str:
    """ "2005 Belgian Grand Prix": the year and the Grand Prix's full name, as fans and
    Wikipedia say it (the official name carries sponsors: "2005 Formula 1 Belgian Grand Prix")."""
    name = (grand_prix or {}).get("fullName") or official
    return f"{year} {name}" if not name.startswith(str(year)) else name


def _position(value: Any) -> tuple[int | None, str, str]:
    """(position, position as printed, status) of a race result."""
    if isinstance(value, int):
        return value, str(value), CLASSIFIED
    text = _text(value)
    return None, text, _STATUS.get(text, "DNF")


def build(refs: dict[str, dict[str, dict]], seasons: list[dict[str, Any]]) -> F1dbTables:
    """The loaded YAML as parsed races and F1DB rows."""
    names = _Names(refs)
    out = F1dbTables()
    titles: set[str] = set()
    for season in seasons:
        year = season["year"]
        out.seasons.append(year)
        cars: dict[tuple[str, str], list[tuple[str, str, list[str], set[int] | None]]] = {}
        for entrant, con, eng, chassis, driver, rounds in _entrant_cars(season.get("entrants")):
            cars.setdefault((driver, con), []).append((entrant, eng, chassis, rounds))
        for race in season["races"]:
            index = len(out.races)
            info = race["race"]
            rnd = info["round"]
            gp = refs["grands-prix"].get(info.get("grandPrixId"))
            official = _text(info.get("officialName"))
            title = fan_title(year, gp, official)
            if title in titles:  # one Grand Prix twice in a season: tell them apart by round
                title = f"{title} (round {rnd})"
            titles.add(title)
            circuit = refs["circuits"].get(info.get("circuitId")) or {}
            country = names.ref("countries", circuit.get("countryId")) if circuit.get("countryId") else ""
            date = str(info["date"])
            circuit_name = _text(circuit.get("fullName") or circuit.get("name"))
            # what fans call the circuit besides its full name: "Montreal", "Hockenheim", "Interlagos"
            aliases = "; ".join(dict.fromkeys(a for a in (
                _text(circuit.get("name")), _text(circuit.get("placeName")),
                (info.get("circuitId") or "").replace("-", " ")) if a and a != circuit_name))
            rows: list[tuple] = []
            for k, r in enumerate(race["race-results"]):
                position, position_text, status = _position(r.get("position"))
                driver_id, con_id = r["driverId"], r["constructorId"]
                driver = names.driver(driver_id)
                team = names.constructor(con_id)
                engine = names.ref("engine-manufacturers", r.get("engineManufacturerId"))
                tyre = names.ref("tyre-manufacturers", r.get("tyreManufacturerId"))
                entrant, chassis = _car(cars.get((driver_id, con_id), ()), r.get("engineManufacturerId"), rnd,
                                        names)
                gap, reason = _text(r.get("gap")), _text(r.get("reasonRetired"))
                race_time = _text(r.get("time"))
                # the Time/Retired cell as articles print it: the winner's time, a gap, or the reason
                shown_time = ((race_time if position == 1 else gap or reason or race_time) if position is not None
                              else reason or gap or race_time)
                grid_raw = r.get("gridPosition")
                extra = {k2: v for k2, v in (("Entrant", _text(refs["entrants"].get(entrant, {}).get("name")) or entrant),
                                             ("Time", race_time), ("Gap", gap), ("Interval", _text(r.get("interval"))),
                                             ("Reason retired", reason), ("Time penalty", _text(r.get("timePenalty"))),
                                             ("Grid", "Pit lane" if grid_raw == "PL" else ""),
                                             ("Shared car", "yes" if r.get("sharedCar") else "")) if v}
                dcode = names.country_code(refs["drivers"][driver_id].get("nationalityCountryId"))
                tcode = names.country_code(refs["constructors"][con_id].get("countryId"))
                points = r.get("points")
                rows.append((k, position_text, position, position, status, "Overall", _text(r.get("driverNumber")),
                             team, chassis, engine, make_of(engine) if engine else "", tyre, _num(r.get("laps")),
                             shown_time, _num(grid_raw), float(points) if points is not None else None,
                             json.dumps(extra, ensure_ascii=False) if extra else None, driver,
                             ((driver, dcode, dcode),), ((team, tcode, tcode),), False, 0))
                out.results.append((index, k, year, rnd, driver_id, con_id, r.get("engineManufacturerId") or "",
                                    position, position_text, _num(grid_raw), float(points) if points is not None
                                    else None, _num(r.get("laps")), race_time, gap, reason, 1 if r.get("sharedCar")
                                    else 0))
                out.drivers.setdefault(driver_id, (driver,))
                out.constructors.setdefault(con_id, (team,))
            stats = _statistics(race, names)
            out.races.append(ParsedRace(
                path=f"F1DB {race['dir'].replace('/', ' ')}", source_hash="", title=title, slug=slugify(title), intro=official,
                date=date, date_text=date, circuit=circuit_name, championships=[CHAMPIONSHIP],
                class_championships={}, distance=f"{info.get('laps')} laps, {info.get('distance')} km",
                classification_rule=None, rows=rows, statistics=stats, source_form=SOURCE_FORM))
            out.race_info.append((index, info.get("id"), year, rnd, info.get("grandPrixId") or "",
                                  _text((gp or {}).get("fullName")), official, info.get("circuitId") or "",
                                  circuit_name, country, _num(info.get("laps")), info.get("distance"), aliases))
            for q in race["qualifying-results"]:
                pos = q.get("position")
                out.qualifying.append((index, year, _num(pos), _text(pos), q["driverId"], q["constructorId"],
                                       _text(q.get("driverNumber")), _text(q.get("time")), _text(q.get("q1")),
                                       _text(q.get("q2")), _text(q.get("q3")), _text(q.get("gap")), _num(q.get("laps"))))
            for g in race["starting-grid-positions"]:
                pos = g.get("position")
                out.grid.append((index, year, _num(pos), _text(pos), g["driverId"], g["constructorId"],
                                 _text(g.get("driverNumber")), _text(g.get("time")), _text(g.get("gridPenalty"))))
            for f in race["fastest-laps"]:
                out.fastest_laps.append((index, year, _num(f.get("position")), f["driverId"], f["constructorId"],
                                         _num(f.get("lap")), _text(f.get("time")), _text(f.get("gap"))))
            for s in race["pit-stops"]:
                out.pit_stops.append((index, year, s["driverId"], s["constructorId"], _num(s.get("stop")),
                                      _num(s.get("lap")), _text(s.get("time"))))
            for s in race["driver-standings"]:
                pos = s.get("position")
                out.driver_standings.append((index, year, _num(pos), _text(pos), s["driverId"],
                                             float(s.get("points") or 0)))
            for s in race["constructor-standings"]:
                pos = s.get("position")
                out.constructor_standings.append((index, year, _num(pos), _text(pos), s["constructorId"],
                                                  s.get("engineManufacturerId") or "", float(s.get("points") or 0)))
        for s in season.get("driver-standings") or ():
            pos = s.get("position")
            out.driver_standings.append((None, year, _num(pos), _text(pos), s["driverId"], float(s.get("points") or 0)))
        for s in season.get("constructor-standings") or ():
            pos = s.get("position")
            out.constructor_standings.append((None, year, _num(pos), _text(pos), s["constructorId"],
                                              s.get("engineManufacturerId") or "", float(s.get("points") or 0)))
    for fid in {row[4] for row in out.driver_standings} - out.drivers.keys():
        out.drivers[fid] = (names.driver(fid),)
    for fid in {row[4] for row in out.constructor_standings} - out.constructors.keys():
        out.constructors[fid] = (names.constructor(fid),)
    for fid in out.drivers:
        doc = refs["drivers"][fid]
        out.drivers[fid] = (out.drivers[fid][0], _text(doc.get("fullName")), _text(doc.get("abbreviation")),
                            names.country_code(doc.get("nationalityCountryId")), _text(doc.get("dateOfBirth")))
    for fid in out.constructors:
        doc = refs["constructors"][fid]
        out.constructors[fid] = (out.constructors[fid][0], _text(doc.get("fullName")),
                                 names.country_code(doc.get("countryId")))
    return out


def _car(options: Iterable[tuple[str, str, list[str], set[int] | None]], engine: str | None, rnd: int,
         names: _Names) -> tuple[str, str]:
    """(entrant id, chassis name) of a driver's car in a round, from the season's entrants."""
    fitting = [o for o in options if (o[3] is None or rnd in o[3])] or list(options)
    exact = [o for o in fitting if o[1] == engine] or fitting
    if not exact:
        return "", ""
    entrant, _eng, chassis, _rounds = exact[0]
    return entrant, " / ".join(dict.fromkeys(names.ref("chassis", c) for c in chassis))


def _statistics(race: dict[str, Any], names: _Names) -> list[Statistic]:
    """Pole (the starting grid's first, else qualifying's) and fastest lap, as article statistics."""
    stats = []
    pole = next((g for g in race["starting-grid-positions"] if g.get("position") == 1), None) or next(
        (q for q in race["qualifying-results"] if q.get("position") == 1), None)
    if pole:
        stats.append(Statistic("pole", "Pole position", " - ".join(
            p for p in (names.driver(pole["driverId"]), _text(pole.get("time"))) if p),
            _text(pole.get("driverNumber")) or None, names.constructor(pole["constructorId"])))
    fl = next((f for f in race["fastest-laps"] if f.get("position") == 1), None)
    if fl:
        stats.append(Statistic("fastest_lap", "Fastest lap", " - ".join(
            p for p in (names.driver(fl["driverId"]), _text(fl.get("time")), f"lap {fl['lap']}" if fl.get("lap")
                        else "") if p), _text(fl.get("driverNumber")) or None, names.constructor(fl["constructorId"])))
    return stats


# --- the store ---------------------------------------------------------------------------------

F1DB_TABLES: dict[str, tuple[str, ...]] = {
    "f1db_races": ("race_id", "f1db_id", "season", "round", "grand_prix_id", "grand_prix", "official_name",
                   "circuit_id", "circuit", "country", "laps", "distance", "circuit_aliases"),
    "f1db_results": ("race_id", "entry_id", "season", "round", "driver", "constructor", "engine", "position",
                     "position_text", "grid", "points", "laps", "time", "gap", "reason", "shared_car"),
    "f1db_qualifying": ("race_id", "season", "position", "position_text", "driver", "constructor", "number", "time",
                        "q1", "q2", "q3", "gap", "laps"),
    "f1db_grid": ("race_id", "season", "position", "position_text", "driver", "constructor", "number", "time",
                  "penalty"),
    "f1db_fastest_laps": ("race_id", "season", "position", "driver", "constructor", "lap", "time", "gap"),
    "f1db_pit_stops": ("race_id", "season", "driver", "constructor", "stop", "lap", "time"),
    # race_id NULL: the season's final standings
    "f1db_driver_standings": ("race_id", "season", "position", "position_text", "driver", "points"),
    "f1db_constructor_standings": ("race_id", "season", "position", "position_text", "constructor", "engine",
                                   "points"),
}
_TYPES = {"race_id": "INTEGER", "entry_id": "INTEGER", "f1db_id": "INTEGER", "season": "INTEGER", "round": "INTEGER",
          "laps": "INTEGER", "position": "INTEGER", "grid": "INTEGER", "lap": "INTEGER", "stop": "INTEGER",
          "shared_car": "INTEGER", "points": "REAL", "distance": "REAL"}
_INDEXES = (
    ("f1db_races", ("season", "round")), ("f1db_results", ("driver",)), ("f1db_results", ("constructor",)),
    ("f1db_results", ("race_id",)), ("f1db_results", ("season",)), ("f1db_qualifying", ("race_id",)),
    ("f1db_qualifying", ("driver",)), ("f1db_qualifying", ("season",)), ("f1db_grid", ("race_id",)),
    ("f1db_grid", ("driver",)), ("f1db_grid", ("season",)), ("f1db_fastest_laps", ("race_id",)),
    ("f1db_fastest_laps", ("driver",)), ("f1db_fastest_laps", ("season",)), ("f1db_pit_stops", ("race_id", "driver")),
    ("f1db_pit_stops", ("season",)), ("f1db_driver_standings", ("season", "race_id")),
    ("f1db_driver_standings", ("driver",)), ("f1db_constructor_standings", ("season", "race_id")),
    ("f1db_constructor_standings", ("constructor",)), ("f1db_drivers", ("driver_id",)),
    ("f1db_constructors", ("team_id",)),
)


def create_f1db_schema(conn: sqlite3.Connection) -> None:
    """The F1DB-only tables and their indexes (in the store's one transaction, if any)."""
    for table, columns in F1DB_TABLES.items():
        cols = ", ".join(f"{c} {_TYPES.get(c, 'TEXT')}" + (" PRIMARY KEY" if table == "f1db_races" and c == "race_id"
                                                             else "") for c in columns)
        conn.execute(f"CREATE TABLE IF NOT EXISTS {table} ({cols})")
        have = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for c in columns:  # a store imported before a column was added gains it (empty until re-imported)
            if c not in have:
                conn.execute(f"ALTER TABLE {table} ADD COLUMN {c} {_TYPES.get(c, 'TEXT')}")
    conn.execute("CREATE TABLE IF NOT EXISTS f1db_drivers (f1db_id TEXT PRIMARY KEY, driver_id INTEGER, name TEXT, "
                 "full_name TEXT, abbreviation TEXT, country TEXT, date_of_birth TEXT)")
    conn.execute("CREATE TABLE IF NOT EXISTS f1db_constructors (f1db_id TEXT PRIMARY KEY, team_id INTEGER, "
                 "name TEXT, full_name TEXT, country TEXT)")
    for table, cols in _INDEXES:
        conn.execute(f"CREATE INDEX IF NOT EXISTS idx_{table}_{'_'.join(cols)} ON {table} ({', '.join(cols)})")


def has_f1db(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'f1db_races'").fetchone() \
        is not None


@dataclass
class ImportReport:
    seasons: list[int]
    races: int
    entries: int
    drivers: int
    replaced_articles: list[str]
    rows: dict[str, int]
    seconds: float = 0.0
    load_seconds: float = 0.0

    def summary(self) -> str:
        span = f"{self.seasons[0]}–{self.seasons[-1]}" if len(self.seasons) > 1 else str(self.seasons[0])
        extra = ", ".join(f"{n} {t.removeprefix('f1db_').replace('_', ' ')}" for t, n in self.rows.items()
                          if t not in ("f1db_races", "f1db_results"))
        line = (f"imported F1DB seasons {span}: {self.races} races, {self.entries} results, {self.drivers} drivers"
                f"; {extra} (in {self.seconds:.1f} s, {self.load_seconds:.1f} s of it reading YAML)")
        if self.replaced_articles:
            line += f"; stored from F1DB instead of the articles: {', '.join(self.replaced_articles)}"
        return line


def import_f1db(path: Path, db_path: Path, seasons: tuple[int, int] | None = None, jobs: int | None = None
                ) -> ImportReport:
    """Import F1DB into the store, all or nothing; seasons imported before are replaced."""
    from data.ingest import Ingestor, insert_rows
    from data.rows import ENTRY_ID_STRIDE, rows_for_store
    from data.store import SCHEMA_VERSION, connect, create_schema

    started = time.perf_counter()
    root = find_root(path)
    refs, loaded = load_tree(root, seasons, jobs)
    load_seconds = time.perf_counter() - started
    tables = build(refs, loaded)
    existed = db_path.exists()
    db = connect(db_path, readonly=False, wal=existed)
    conn = db.conn
    stored = False
    try:
        if db.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION or "entries" not in db.table_names():
            create_schema(db)
        conn.commit()
        conn.isolation_level = None
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("BEGIN IMMEDIATE")
        create_f1db_schema(conn)
        ingestor = Ingestor(conn)
        years = tables.seasons
        # a re-import replaces: the seasons' F1DB races and rows go first
        old = [rid for (rid,) in conn.execute(
            f"SELECT id FROM races WHERE source_form = ? AND year IN ({', '.join('?' * len(years))})",
            [SOURCE_FORM, *years])]
        for table in F1DB_TABLES:
            if table != "f1db_races":
                conn.execute(f"DELETE FROM {table} WHERE season IN ({', '.join('?' * len(years))})", years)
        conn.execute(f"DELETE FROM f1db_races WHERE season IN ({', '.join('?' * len(years))})", years)
        # and so do articles of the same races (same date, matching title)
        by_date: dict[str, list[tuple[int, str, str]]] = {}
        for rid, slug, title, date in conn.execute(
                "SELECT id, slug, title, date FROM races WHERE source_form != ? AND date IS NOT NULL", [SOURCE_FORM]):
            by_date.setdefault(date, []).append((rid, slug, title))
        replaced: list[str] = []
        for race, info in zip(tables.races, tables.race_info, strict=True):
            for rid, slug, title in by_date.get(race.date or "", ()):
                if same_race(title, race.date, race.title, info[6], race.date or ""):
                    old.append(rid)
                    replaced.append(title)
        for rid in old:
            ingestor._delete_race(rid)
        ingestor._slugs = {s: i for s, i in ingestor._slugs.items() if i not in set(old)}
        first = ingestor.first_race_id
        entries = 0
        for k, race in enumerate(tables.races):
            rows = rows_for_store(race, first + k, ingestor.drivers.tally, ingestor.teams.tally)
            entries += ingestor.store(rows).entries
        ingestor.finish()
        counts: dict[str, int] = {}

        def race_id(index: int | None) -> int | None:
            return None if index is None else first + index

        insert_rows(conn, "f1db_races", F1DB_TABLES["f1db_races"],
                    [(race_id(r[0]), *r[1:]) for r in tables.race_info])
        insert_rows(conn, "f1db_results", F1DB_TABLES["f1db_results"],
                    [(race_id(r[0]), race_id(r[0]) * ENTRY_ID_STRIDE + r[1], *r[2:]) for r in tables.results])
        for table, rows_ in (("f1db_qualifying", tables.qualifying), ("f1db_grid", tables.grid),
                             ("f1db_fastest_laps", tables.fastest_laps), ("f1db_pit_stops", tables.pit_stops),
                             ("f1db_driver_standings", tables.driver_standings),
                             ("f1db_constructor_standings", tables.constructor_standings)):
            insert_rows(conn, table, F1DB_TABLES[table], [(race_id(r[0]), *r[1:]) for r in rows_])
            counts[table] = len(rows_)
        counts = {"f1db_races": len(tables.race_info), "f1db_results": len(tables.results), **counts}
        _store_people(conn, tables)
        conn.execute("COMMIT")
        stored = True
        if not existed:
            conn.execute("PRAGMA journal_mode=WAL")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()
        if not stored and not existed:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return ImportReport(seasons=tables.seasons, races=len(tables.races), entries=entries, drivers=len(tables.drivers),
                        replaced_articles=replaced, rows=counts, seconds=time.perf_counter() - started,
                        load_seconds=load_seconds)


def _store_people(conn: sqlite3.Connection, tables: F1dbTables) -> None:
    """f1db_drivers and f1db_constructors: F1DB's ids beside the store's people."""
    from data.ingest import insert_rows

    driver_ids = dict(conn.execute("SELECT key, id FROM drivers"))
    team_ids = dict(conn.execute("SELECT key, id FROM teams"))

    def key(name: str) -> str:
        return fold(name).replace(" ", "")

    conn.execute(f"DELETE FROM f1db_drivers WHERE f1db_id IN ({', '.join('?' * len(tables.drivers))})",
                 list(tables.drivers)) if tables.drivers else None
    conn.execute(f"DELETE FROM f1db_constructors WHERE f1db_id IN ({', '.join('?' * len(tables.constructors))})",
                 list(tables.constructors)) if tables.constructors else None
    insert_rows(conn, "f1db_drivers", ("f1db_id", "driver_id", "name", "full_name", "abbreviation", "country",
                                       "date_of_birth"),
                [(fid, driver_ids.get(key(v[0])), *v) for fid, v in sorted(tables.drivers.items())])
    insert_rows(conn, "f1db_constructors", ("f1db_id", "team_id", "name", "full_name", "country"),
                [(fid, team_ids.get(key(v[0])), *v) for fid, v in sorted(tables.constructors.items())])


def bench_load(path: Path, seasons: tuple[int, int] | None = None) -> tuple[float, int]:
    """The baseline: every file the import reads, loaded with the C loader in this process and
    nothing else. (seconds, files)."""
    root = find_root(path)
    started = time.perf_counter()
    files = 0
    for kind in REFERENCE_DIRS:
        for f in sorted((root / kind).glob("*.yml")):
            load_yaml(f)
            files += 1
    for folder in season_dirs(root, seasons):
        for name in SEASON_FILES:
            if (folder / f"{name}.yml").exists():
                load_yaml(folder / f"{name}.yml")
                files += 1
        for rd in sorted(p for p in (folder / "races").iterdir() if p.is_dir()) if (folder / "races").is_dir() else ():
            if not (rd / "race-results.yml").exists():
                continue
            for name in ("race", *RACE_FILES):
                if (rd / f"{name}.yml").exists():
                    load_yaml(rd / f"{name}.yml")
                    files += 1
    return time.perf_counter() - started, files
