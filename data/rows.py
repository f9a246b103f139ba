"""Parsed races as the store's rows, with their ids, built where they are parsed.

A large ingest parses in worker processes (``data.parse_workers``); everything per row is done
there, so the one process writing the store only binds rows. Ids need no coordination:

- a race's id comes from its file's place in the call (``first_race_id + index``), and an entry's
  id is ``race_id * ENTRY_ID_STRIDE + row``;
- a driver's or team's id is a 46-bit digest of their folded, compacted name (``person_id``):
  every process gives the same person the same id. Two names with one digest are caught when
  the tallies meet (``PeopleTally``) and the call is redone with ids set apart for them
  (``overrides``).

Each process keeps a ``PeopleTally`` per table: the person's preferred spelling, country and
latest entry, merged by the writer at the end. Deliberately light (it imports only the parser).
"""
from __future__ import annotations

import hashlib
import json
import datetime
from pathlib import Path
from typing import NamedTuple

from data.article import (RAW_CLASS, RAW_DRIVERS, RAW_ENGINE, RAW_ENGINE_MAKE, RAW_CHASSIS, RAW_TEAMS, ArticleError,
                          ParsedRace, read_article)
from data.folding import fold

RACE_COLUMNS = ("slug", "title", "date", "date_text", "year", "circuit", "championships", "distance",
                "classification_rule", "intro", "entries", "source_file", "source_hash", "source_form", "location")
# the entries table after its id and race_id: the parser's RAW_COLUMNS without the engine's
# make (only the equipment table keeps makes) and the Drivers cell as printed (entry_drivers
# holds its names and codes)
ENTRY_COLUMNS = ("row", "position_text", "position", "class_position", "status", "class_name", "car_number",
                 "team", "chassis", "engine", "tyre", "laps", "time", "grid", "points", "extra")
ENTRY_ID_STRIDE = 4096  # entries per race at most: entry id = race id * stride + row
PERSON_ID_BITS = 46  # ids stay 6-byte integers in SQLite's records; overrides start at 2**bits


class PersonIdCollision(Exception):
    """Two different names share an id digest: the call is redone with ids set apart for them."""

    def __init__(self, keys: set[str]) -> None:
        super().__init__(f"{len(keys)} names share an id digest")
        self.keys = keys


def person_id(key: str, bits: int = PERSON_ID_BITS) -> int:
    """The id of a driver or team: a digest of their compacted folded name."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "big") >> (64 - bits)


def spelling_weight(name: str) -> int:
    """Prefer the spelling with accents ("Niklas Lovén" over "Niklas Loven")."""
    return sum(1 for ch in name if ord(ch) > 127)


# A tally record (``PeopleTally.summary``, ``merge_record``): [key, name, name_weight, name_entry,
# folded, country, country_entry, latest_date, latest_entry]. The name is the heaviest spelling,
# the earliest entry's on a tie; the country the earliest entry's that printed one; the latest
# entry the one of the latest date, the later entry on a tie. Entries of one call are in file
# order, so "earliest" is "first in the files".
NO_ENTRY = 1 << 61
_ENTRY_BITS = 43  # entry ids stay below 2**43 (race ids below 2**31)
_ENTRY_MASK = (1 << _ENTRY_BITS) - 1
_EPOCH = datetime.date(1799, 12, 31).toordinal()


def date_order(iso: str) -> int:
    """A date as a small integer that sorts like it ("" first): days since 1800 began."""
    return max(0, datetime.date.fromisoformat(iso).toordinal() - _EPOCH) if iso else 0


class _Spelling:
    """What a tally keeps of one spelling as printed. One object with its fields inline, so a
    mention costs a dictionary lookup and reads of this one object (a million mentions, spread
    over a hundred thousand people, miss the processor's caches at every pointer followed)."""

    def __init__(self, pid: int, key: str, folded: str, weight: int, entry_id: int, country: str | None,
                 date: str, order: int) -> None:
        self.pid = pid
        self.key = key
        self.folded = folded
        self.weight = weight
        self.first_entry = entry_id
        self.country = country
        self.country_entry = entry_id if country else NO_ENTRY
        self.latest_date = date
        self.latest = order  # (date_order << _ENTRY_BITS) | entry id: one comparison orders both


class PeopleTally:
    """Drivers (or teams) seen by one process: ids, and what the table keeps of each.

    Entries must come in increasing order (a process parses its files in order), so the first
    sighting of a spelling is its earliest. Work per mention is one lookup of the spelling as
    printed and a comparison of integers; ``summary`` folds the spellings of each person into
    one tally record.
    """

    def __init__(self, overrides: dict[str, int], bits: int = PERSON_ID_BITS) -> None:
        self.overrides = overrides
        self.bits = bits
        self._spellings: dict[str, _Spelling] = {}

    def person(self, name: str, country: str | None, entry_id: int, date: str, order: int) -> int:
        """The id of the person printed as ``name`` in entry ``entry_id``, tallied. ``order``
        is ``(date_order(date) << 43) | entry_id``."""
        sp = self._spellings.get(name)
        if sp is None:
            folded = fold(name)
            key = folded.replace(" ", "")
            found = self.overrides.get(key)
            pid = found if found is not None else person_id(key, self.bits)
            self._spellings[name] = _Spelling(pid, key, folded, spelling_weight(name), entry_id, country, date, order)
            return pid
        if order > sp.latest:
            sp.latest = order
            sp.latest_date = date
        if sp.country is None and country:
            sp.country = country
            sp.country_entry = entry_id
        return sp.pid

    def summary(self) -> tuple[dict[int, list], set[str]]:
        """One tally record per person (see ``merge_record``) from every spelling seen, and the
        names that met another's id."""
        out: dict[int, list] = {}
        collisions: set[str] = set()
        for name, sp in self._spellings.items():
            rec = [sp.key, name, sp.weight, sp.first_entry, sp.folded, sp.country, sp.country_entry, sp.latest_date,
                   sp.latest & _ENTRY_MASK]
            if not merge_record(out, sp.pid, rec):
                collisions.update((out[sp.pid][0], sp.key))
        return out, collisions


def merge_record(records: dict[int, list], pid: int, new: list) -> bool:
    """Merge a tally record into ``records``; False when the id is another name's (a collision)."""
    rec = records.get(pid)
    if rec is None:
        records[pid] = list(new)
        return True
    if rec[0] != new[0]:
        return False
    if new[7] > rec[7] or (new[7] == rec[7] and new[8] > rec[8]):
        rec[7] = new[7]
        rec[8] = new[8]
    if new[2] > rec[2] or (new[2] == rec[2] and new[3] < rec[3]):
        rec[1], rec[2], rec[3], rec[4] = new[1], new[2], new[3], new[4]
    if new[5] and new[6] < rec[6]:
        rec[5] = new[5]
        rec[6] = new[6]
    return True


class RaceRows(NamedTuple):
    """One parsed article as the store writes it (plain tuples: cheap to send between processes).

    ``entries`` holds the parser's RAW_* rows until the race is ``finalize``d; from then on
    ``entry_values``, ``driver_values`` and ``team_values`` hold the rows of the entries,
    entry_drivers and entry_teams tables, flat: the values of each row one after another.
    """

    path: str
    title: str
    slug: str
    date: str  # ISO date, "" when the article gives none
    race_id: int
    race: tuple  # the races row: id, then RACE_COLUMNS
    classes: tuple  # race_classes rows
    statistics: tuple  # statistics rows, one per kind (the last printed wins)
    entries: list  # the parser's RAW_* rows; drivers None until split; emptied once finalized
    coded: bool  # every Drivers cell printed nationality codes
    entry_values: list
    driver_values: list
    team_values: list
    equipment: frozenset  # (kind, name): chassis and engine makes
    entry_count: int
    driver_count: int  # distinct drivers
    skipped: tuple = ()  # the page's tables that are not results ("Qualifying (line 40): …")

    def class_names(self) -> list[str]:
        return [c[2] for c in self.classes]


def race_rows(race: ParsedRace, race_id: int) -> RaceRows:
    """A parsed article in the form the store writes, not yet finalized."""
    rows = race.rows
    if len(rows) > ENTRY_ID_STRIDE:
        raise ArticleError(race.path, 1, f"{len(rows)} entries: more than {ENTRY_ID_STRIDE} in one race")
    counts: dict[str, int] = {}
    for r in rows:
        counts[r[RAW_CLASS]] = counts.get(r[RAW_CLASS], 0) + 1
    stats = {s.kind: (race_id, s.kind, s.label, s.value, s.car_number, s.team) for s in race.statistics}
    equipment = {("chassis", r[RAW_CHASSIS]) for r in rows if r[RAW_CHASSIS]}
    equipment.update(("engine_make", r[RAW_ENGINE_MAKE]) for r in rows if r[RAW_ENGINE_MAKE])
    equipment.update(("engine", r[RAW_ENGINE]) for r in rows if r[RAW_ENGINE])  # "a Ford 7.0L V8 engine"
    return RaceRows(
        path=race.path, title=race.title, slug=race.slug, date=race.date or "", race_id=race_id,
        race=(race_id, race.slug, race.title, race.date, race.date_text, int(race.date[:4]) if race.date else None,
              race.circuit, json.dumps(race.championships), race.distance, race.classification_rule, race.intro,
              len(rows), Path(race.path).name, race.source_hash, race.source_form, race.location),
        classes=tuple((race_id, i, c, race.class_championships.get(c), n) for i, (c, n) in enumerate(counts.items())),
        statistics=tuple(stats.values()), entries=rows, coded=all(r[RAW_DRIVERS] is not None for r in rows),
        entry_values=[], driver_values=[], team_values=[], equipment=frozenset(equipment), entry_count=len(rows),
        driver_count=0, skipped=tuple(race.skipped))


def finalize(rows: RaceRows, drivers: PeopleTally, teams: PeopleTally) -> RaceRows:
    """The race with its entries as the store's rows and its people tallied (drivers all split)."""
    race_id, date = rows.race_id, rows.date
    entry_values: list = []
    driver_values: list = []
    team_values: list = []
    seen: set[int] = set()
    driver_id, team_id = drivers.person, teams.person
    entry_id = race_id * ENTRY_ID_STRIDE
    date_bits = date_order(date) << _ENTRY_BITS
    for e in rows.entries:
        order = date_bits | entry_id
        # RAW_COLUMNS without the engine's make (10) and the Drivers cell (17)
        entry_values += (entry_id, race_id, e[0], e[1], e[2], e[3], e[4], e[5], e[6], e[7], e[8], e[9], e[11],
                         e[12], e[13], e[14], e[15], e[16])
        k = 0
        for name, code, country in e[RAW_TEAMS]:
            team_values += (entry_id, team_id(name, country, entry_id, date, order), k, code, country)
            k += 1
        k = 0
        for name, code, country in e[RAW_DRIVERS]:
            did = driver_id(name, country, entry_id, date, order)
            seen.add(did)
            driver_values += (entry_id, did, k, code, country)
            k += 1
        entry_id += 1
    return rows._replace(entries=[], entry_values=entry_values, driver_values=driver_values,
                         team_values=team_values, driver_count=len(seen))


def parse_for_store(path: Path, race_id: int, drivers: PeopleTally | None = None,
                    teams: PeopleTally | None = None) -> RaceRows | ArticleError:
    """Read and parse one article, finalized when its drivers are coded and tallies are given.

    A refusal is returned, not raised, so that workers can send it back.
    """
    try:
        return rows_for_store(read_article(path), race_id, drivers, teams)
    except ArticleError as exc:
        return exc


def rows_for_store(race: ParsedRace, race_id: int, drivers: PeopleTally | None = None,
                   teams: PeopleTally | None = None) -> RaceRows:
    """A parsed race as the store's rows, finalized when its drivers are coded and tallies are given."""
    rows = race_rows(race, race_id)
    if rows.coded and drivers is not None and teams is not None:
        return finalize(rows, drivers, teams)
    return rows
