"""Read-side queries over the store. Parameterised SQL only; every filter is on an indexed column."""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence

import sqlite_utils

from data.answers import EntryView, RaceRef

log = logging.getLogger(__name__)

_ENTRY_COLUMNS = ("e.id, e.race_id, e.row, e.position_text, e.position, e.class_position, e.status, "
                  "e.class_name, e.car_number, e.team, e.chassis, e.engine, e.tyre, e.laps, e.time, e.grid, e.points, "
                  "e.extra")


_RACES_KEPT = 32  # races whose entry views are kept between calls (a question reads one or two)


_LAPS_IN_CELL = re.compile(r"\((\d{1,4}) laps?\)")


class Results:
    """Queries that return ``RaceRef`` and ``EntryView`` values; knows nothing of Discord."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        self._races: dict[int, RaceRef] = {}
        self._winner_laps: dict[tuple[int, str | None], int | None] = {}
        self._latest: RaceRef | None = None
        self.reload()

    def reload(self) -> None:
        self._races = {
            r[0]: RaceRef(*r) for r in self.db.execute(
                "SELECT id, slug, title, date, circuit, source_file, location FROM races ORDER BY date, id")}
        self._by_slug = {r.slug: r for r in self._races.values()}
        self._winner_laps.clear()
        self._race_views: dict[int, tuple[EntryView, ...]] = {}
        self._latest: RaceRef | None = None

    # -- races ---------------------------------------------------------------------------
    def races(self) -> list[RaceRef]:
        """Every race, oldest first."""
        return list(self._races.values())

    def race_by_slug(self, slug: str) -> RaceRef | None:
        """The race a button's value names, or None."""
        return self._by_slug.get(slug)

    def race_count(self) -> int:
        return len(self._races)

    def race(self, race_id: int) -> RaceRef:
        return self._races[race_id]

    def latest_race(self) -> RaceRef | None:
        if self._latest is None and self._races:
            self._latest = max(self._races.values(), key=lambda r: (r.date or "", r.id))
        return self._latest

    def race_details(self, race_id: int) -> dict:
        row = self.db.execute("SELECT championships, distance, classification_rule, entries, date_text FROM races "
                              "WHERE id = ?", [race_id]).fetchone()
        stats = {k: {"label": lb, "value": v, "car_number": c, "team": t} for k, lb, v, c, t in self.db.execute(
            "SELECT kind, label, value, car_number, team FROM statistics WHERE race_id = ?", [race_id])}
        classes = [(n, ch, cnt) for n, ch, cnt in self.db.execute(
            "SELECT name, championship, entries FROM race_classes WHERE race_id = ? ORDER BY ordinal", [race_id])]
        return {"championships": json.loads(row[0] or "[]"), "distance": row[1], "rule": row[2],
                "entries": row[3], "date_text": row[4], "stats": stats, "classes": classes}

    def class_names(self, race_id: int | None = None) -> list[str]:
        if race_id is None:
            return [r[0] for r in self.db.execute("SELECT DISTINCT name FROM race_classes ORDER BY name")]
        return [r[0] for r in self.db.execute(
            "SELECT name FROM race_classes WHERE race_id = ? ORDER BY ordinal", [race_id])]

    # -- entries -------------------------------------------------------------------------
    def _views(self, rows: Sequence[tuple]) -> list[EntryView]:
        if not rows:
            return []
        ids = [r[0] for r in rows]
        people: dict[int, list[tuple[str, int, str | None]]] = {}
        teams: dict[int, list[int]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for entry_id, name, driver_id, country in self.db.execute(
                    f"SELECT ed.entry_id, d.name, d.id, COALESCE(ed.country, d.country) FROM entry_drivers ed "
                    f"JOIN drivers d ON d.id = ed.driver_id WHERE ed.entry_id IN ({marks}) "
                    f"ORDER BY ed.entry_id, ed.ordinal", chunk):
                people.setdefault(entry_id, []).append((name, driver_id, country))
            for entry_id, team_id in self.db.execute(
                    f"SELECT entry_id, team_id FROM entry_teams WHERE entry_id IN ({marks}) ORDER BY entry_id, ordinal",
                    chunk):
                teams.setdefault(entry_id, []).append(team_id)
        views = []
        for r in rows:
            race = self._races[r[1]]
            crew = people.get(r[0], [])
            v = EntryView(r[0], race, *r[2:], drivers=[c[0] for c in crew], driver_ids=[c[1] for c in crew],
                          driver_countries=[c[2] for c in crew], team_ids=teams.get(r[0], []))
            self._fill_gaps(v)
            views.append(v)
        return views

    def _winner(self, race_id: int, class_name: str | None) -> int | None:
        key = (race_id, class_name)
        if key not in self._winner_laps:
            if class_name is None:
                row = self.db.execute("SELECT laps FROM entries WHERE race_id = ? AND position = 1", [race_id]).fetchone()
            else:
                row = self.db.execute("SELECT laps FROM entries WHERE race_id = ? AND class_name = ? "
                                      "AND class_position = 1", [race_id, class_name]).fetchone()
            self._winner_laps[key] = row[0] if row else None
        return self._winner_laps[key]

    def _fill_gaps(self, v: EntryView) -> None:
        if v.laps is None:
            # "Engine (66 laps)": a table without a laps column that says how far a stopped car got
            said = _LAPS_IN_CELL.search(v.time or "")
            v.laps = int(said.group(1)) if said else None
        if v.laps is None:
            return
        overall, cls = self._winner(v.race.id, None), self._winner(v.race.id, v.class_name)
        v.behind_overall = overall - v.laps if overall is not None else None
        v.behind_class = cls - v.laps if cls is not None else None

    def race_entries(self, race_id: int) -> list[EntryView]:
        """All entries of a race in the order of the classification (classified first).

        One question reads a race's field in several places (composed questions, grid, filters): the
        views of the last few races are kept until the store changes (``reload``)."""
        cached = self._race_views.get(race_id)
        if cached is None:
            cached = tuple(self._views(self.db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.race_id = ? ORDER BY e.row", [race_id]).fetchall()))
            self._race_views[race_id] = cached
            if len(self._race_views) > _RACES_KEPT:
                self._race_views.pop(next(iter(self._race_views)))
        return list(cached)

    def class_entries(self, race_id: int, class_name: str) -> list[EntryView]:
        return self._views(self.db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.race_id = ? AND e.class_name = ? ORDER BY e.row",
            [race_id, class_name]).fetchall())

    def entry_at(self, race_id: int, position: int) -> EntryView | None:
        rows = self.db.execute(f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.race_id = ? AND e.position = ?",
                               [race_id, position]).fetchall()
        views = self._views(rows)
        return views[0] if views else None

    def class_winner(self, race_id: int, class_name: str) -> EntryView | None:
        views = self._views(self.db.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.race_id = ? AND e.class_name = ? AND e.class_position = 1",
            [race_id, class_name]).fetchall())
        return views[0] if views else None

    def car_entries(self, race_id: int, car_number: str) -> list[EntryView]:
        """Entries with exactly this number as printed; "8" also finds "08" only if nothing matches exactly."""
        rows = self.db.execute(f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.race_id = ? AND e.car_number = ?",
                               [race_id, car_number]).fetchall()
        if not rows and car_number.isdigit():
            rows = [r for r in self.db.execute(
                f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.race_id = ?", [race_id]).fetchall()
                if r[8].isdigit() and int(r[8]) == int(car_number)]
        return self._views(rows)

    _MEMBERSHIP = {"driver": "SELECT entry_id FROM entry_drivers WHERE driver_id = ?",
                   "team": "SELECT entry_id FROM entry_teams WHERE team_id = ?"}

    def member_entries(self, kind: str, member_id: int, race_id: int | None = None) -> list[EntryView]:
        """The entries of a driver or team, oldest race first (or in one race)."""
        sql = f"SELECT {_ENTRY_COLUMNS} FROM entries e WHERE e.id IN ({self._MEMBERSHIP[kind]})"
        args: list = [member_id]
        if race_id is not None:
            sql += " AND e.race_id = ?"
            args.append(race_id)
        views = self._views(self.db.execute(sql, args).fetchall())
        return sorted(views, key=lambda v: (v.race.date or "", v.race.id, v.row))

    def driver_entries(self, driver_id: int, race_id: int | None = None) -> list[EntryView]:
        return self.member_entries("driver", driver_id, race_id)

    def team_entries(self, team_id: int, race_id: int | None = None) -> list[EntryView]:
        return self.member_entries("team", team_id, race_id)

    def driver_name(self, driver_id: int) -> str:
        row = self.db.execute("SELECT name FROM drivers WHERE id = ?", [driver_id]).fetchone()
        return row[0] if row else "?"

    def driver_country(self, driver_id: int) -> str | None:
        row = self.db.execute("SELECT country FROM drivers WHERE id = ?", [driver_id]).fetchone()
        return row[0] if row else None

    def latest_entry_context(self, kind: str, item_id: int) -> str:
        """ "#121 Belgian Racing, 2003 1000 km of Spa" — helps a user pick among namesakes."""
        if kind == "driver":
            row = self.db.execute(
                "SELECT e.car_number, e.team, r.title FROM drivers p JOIN entries e ON e.id = p.latest_entry_id "
                "JOIN races r ON r.id = e.race_id WHERE p.id = ?", [item_id]).fetchone()
        elif kind == "team":
            row = self.db.execute(
                "SELECT e.car_number, e.chassis, r.title FROM teams p JOIN entries e ON e.id = p.latest_entry_id "
                "JOIN races r ON r.id = e.race_id WHERE p.id = ?", [item_id]).fetchone()
        else:
            return ""
        return f"#{row[0]} {row[1]}, {row[2]}" if row else ""
