"""The race a question is about when none is named: the latest race in which every argument exists.

One rule for every front end: the slash commands and their CLI mirrors (through ``Pitwall``), the
``race`` option's autocomplete, and the free-text engine's default (``data.ask.linking``).
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import sqlite_utils

from data.answers import RaceRef
from data.results import Results

log = logging.getLogger(__name__)


def car_number_variants(number: str) -> list[str]:
    """The printed numbers a car number asked for may be: "8" is "8", else "08" or "008"."""
    if not number.isdigit():
        return [number]
    bare = str(int(number))
    return list(dict.fromkeys([number, *("0" * k + bare for k in range(4))]))


@dataclass(frozen=True)
class Fit:
    """What must exist in a race for it to fit the question: every class, car number, driver, team,
    make (printed word and "chassis" / "engine" / "model") and drivers' country named."""

    classes: tuple[str, ...] = ()
    cars: tuple[str, ...] = ()
    drivers: tuple[int, ...] = ()
    teams: tuple[int, ...] = ()
    makes: tuple[tuple[str, str], ...] = ()
    countries: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return any((self.classes, self.cars, self.drivers, self.teams, self.makes, self.countries))

    def where(self, skip_classes: int = 0) -> tuple[str, list[object]]:
        """One SQL condition on ``races r``, with its parameters (every value bound, none spliced);
        the first ``skip_classes`` classes are left to the caller (a join)."""
        clauses, args = ["1"], []
        for c in self.classes[skip_classes:]:
            clauses.append("r.id IN (SELECT rc.race_id FROM race_classes rc WHERE rc.name = ?)")
            args.append(c)
        for car in self.cars:
            variants = car_number_variants(car)
            marks = ",".join("?" * len(variants))
            clauses.append(f"EXISTS (SELECT 1 FROM entries e WHERE e.race_id = r.id AND e.car_number IN ({marks}))")
            args.extend(variants)
        for link, col, ids in (("entry_drivers", "driver_id", self.drivers), ("entry_teams", "team_id", self.teams)):
            for member in ids:  # the member's few races through its own index, read once
                clauses.append(f"r.id IN (SELECT e.race_id FROM {link} x JOIN entries e ON e.id = x.entry_id "
                               f"WHERE x.{col} = ?)")
                args.append(member)
        for make, role in self.makes:
            col = "chassis" if role != "engine" else "engine"
            clauses.append(f"EXISTS (SELECT 1 FROM entries e WHERE e.race_id = r.id AND e.{col} LIKE '%' || ? || '%')")
            args.append(make)
        for iso in self.countries:
            clauses.append("EXISTS (SELECT 1 FROM entries e JOIN entry_drivers ed ON ed.entry_id = e.id "
                           "WHERE e.race_id = r.id AND ed.country = ?)")
            args.append(iso)
        return " AND ".join(clauses), args


def _newest_first(db: sqlite_utils.Database, fit: Fit, among: list[int] | None = None) -> Iterator[tuple[int, str | None]]:
    if fit.classes:
        # a class's races come through the index on race_classes.name and are sorted: walking every
        # race newest first would read thousands of rows for a class that ran only long ago
        where, args = fit.where(skip_classes=1)
        sql = (f"SELECT r.id, r.date FROM race_classes rc JOIN races r ON r.id = rc.race_id "
               f"WHERE rc.name = ? AND {where}")
        args = [fit.classes[0], *args]
    else:
        where, args = fit.where()
        # newest first through the index on date: a common argument stops after a race or two
        sql = f"SELECT r.id, r.date FROM races r WHERE {where}"
    if among is not None:
        sql += f" AND r.id IN ({','.join('?' * len(among))})"
        args = [*args, *among]
    yield from db.execute(f"{sql} ORDER BY r.date DESC, r.id DESC", args)


def fitting_races(db: sqlite_utils.Database, results: Results, fit: Fit, limit: int,
                  among: list[int] | None = None) -> list[RaceRef]:
    """Up to ``limit`` races in which every argument exists, newest first (only those ``among``, if given)."""
    found: list[RaceRef] = []
    for race_id, _date in _newest_first(db, fit, among):
        found.append(results.race(race_id))
        if len(found) >= limit:
            break
    return found


def latest_fitting(db: sqlite_utils.Database, results: Results, fit: Fit) -> list[RaceRef]:
    """The latest race in which every argument exists; several (newest first) when more than one
    fits on that latest date, since then the date alone cannot choose. Empty when none fits."""
    found: list[RaceRef] = []
    for race_id, date in _newest_first(db, fit):
        if found and (date is None or date != found[0].date):
            break
        found.append(results.race(race_id))
        if date is None:  # an undated race ties with nothing
            break
    return found
