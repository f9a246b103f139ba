"""The results store: one SQLite file built with sqlite-utils, read-only while serving.

Ingest checks every article before it stores any, then writes each race in one transaction.
Re-ingesting a race (same title) replaces it; drivers and teams are one row per person or team
across races, keyed by their folded, compacted name.
"""
from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from data.article import ArticleError, ParsedRace, Person, read_article
from data.countries import COUNTRIES
from data.folding import compact, fold
from data.splitting import NameKnowledge, split_names

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1


class StoreError(RuntimeError):
    """The database cannot be used (missing, corrupt, or of another schema)."""


@dataclass
class IngestReport:
    """What one article put in the store."""

    path: str
    title: str
    slug: str
    entries: int
    classes: list[str]
    drivers: int
    replaced: bool
    uncertain_splits: list[tuple[str, list[str]]]

    def summary(self) -> str:
        verb = "replaced" if self.replaced else "added"
        line = (f"{verb} {self.title}: {self.entries} entries, {len(self.classes)} classes "
                f"({', '.join(self.classes)}), {self.drivers} drivers")
        if self.uncertain_splits:
            shown = "; ".join(f"{raw!r} -> {' | '.join(names)}" for raw, names in self.uncertain_splits)
            line += f", {len(self.uncertain_splits)} uncertain name split(s): {shown}"
        return line


def article_paths(paths: Iterable[Path]) -> list[Path]:
    """Expand folders to the ``*.txt`` files in them (not recursively), in a stable order."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            found.extend(sorted(q for q in p.glob("*.txt") if q.is_file()))
        else:
            found.append(p)
    return found


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def connect(path: Path, *, readonly: bool) -> sqlite_utils.Database:
    """Open the store; read-only (``mode=ro``) for serving so no code path can change it."""
    if readonly:
        if not path.exists():
            raise StoreError(f"database {path} does not exist; run 'pitwall ingest' first")
        if not _is_sqlite(path):
            raise StoreError(f"database {path} is not a SQLite database (corrupt?); delete it and re-ingest")
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, check_same_thread=False)
    else:
        if path.exists() and path.stat().st_size and not _is_sqlite(path):
            raise StoreError(f"database {path} is not a SQLite database (corrupt?); delete it and re-ingest")
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    db = sqlite_utils.Database(conn)
    try:
        if readonly:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise StoreError(f"database {path} has schema version {version}, expected {SCHEMA_VERSION}; "
                                 "delete it and re-ingest")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"database {path} cannot be read ({exc}); delete it and re-ingest") from None
    return db


def create_schema(db: sqlite_utils.Database) -> None:
    """Tables, foreign keys and an index on every column a query filters or joins on."""
    db["countries"].create({"iso3": str, "name": str, "demonym": str, "ioc": str, "iso2": str},
                           pk="iso3", if_not_exists=True)
    db["countries"].upsert_all(
        [{"iso3": c.iso3, "name": c.name, "demonym": c.demonym, "ioc": c.ioc, "iso2": c.iso2}
         for c in COUNTRIES.values()], pk="iso3")
    db["races"].create({
        "id": int, "slug": str, "title": str, "date": str, "year": int, "circuit": str,
        "championships": str, "distance": str, "classification_rule": str, "intro": str,
        "entries": int, "source_file": str, "source_hash": str,
    }, pk="id", not_null={"slug", "title"}, if_not_exists=True)
    db["race_classes"].create({"race_id": int, "ordinal": int, "name": str, "championship": str,
                               "entries": int}, pk=("race_id", "name"),
                              foreign_keys=[("race_id", "races", "id")], if_not_exists=True)
    db["statistics"].create({"race_id": int, "kind": str, "label": str, "value": str,
                             "car_number": str, "team": str}, pk=("race_id", "kind"),
                            foreign_keys=[("race_id", "races", "id")], if_not_exists=True)
    db["drivers"].create({"id": int, "name": str, "key": str, "folded": str, "country": str},
                         pk="id", not_null={"name", "key"},
                         foreign_keys=[("country", "countries", "iso3")], if_not_exists=True)
    db["teams"].create({"id": int, "name": str, "key": str, "folded": str, "country": str},
                       pk="id", not_null={"name", "key"},
                       foreign_keys=[("country", "countries", "iso3")], if_not_exists=True)
    db["entries"].create({
        "id": int, "race_id": int, "row": int, "position_text": str, "position": int,
        "class_position": int, "status": str, "class_name": str, "car_number": str, "team": str,
        "chassis": str, "chassis_make": str, "engine": str, "engine_make": str, "tyre": str,
        "laps": int, "time": str, "drivers_text": str,
    }, pk="id", foreign_keys=[("race_id", "races", "id")], if_not_exists=True)
    db["entry_drivers"].create({"entry_id": int, "driver_id": int, "ordinal": int, "code": str,
                                "country": str}, pk=("entry_id", "ordinal"),
                               foreign_keys=[("entry_id", "entries", "id"), ("driver_id", "drivers", "id")],
                               if_not_exists=True)
    db["entry_teams"].create({"entry_id": int, "team_id": int, "ordinal": int, "code": str,
                              "country": str}, pk=("entry_id", "ordinal"),
                             foreign_keys=[("entry_id", "entries", "id"), ("team_id", "teams", "id")],
                             if_not_exists=True)
    for table, cols, unique in (
        ("races", ["slug"], True), ("races", ["date"], False), ("drivers", ["key"], True),
        ("teams", ["key"], True), ("entries", ["race_id", "position"], False),
        ("entries", ["race_id", "class_name", "position"], False),
        ("entries", ["race_id", "car_number"], False), ("entries", ["race_id", "status"], False),
        ("entries", ["race_id", "chassis_make"], False), ("entries", ["race_id", "engine_make"], False),
        ("entry_drivers", ["driver_id"], False), ("entry_drivers", ["entry_id"], False),
        ("entry_teams", ["team_id"], False), ("entry_teams", ["entry_id"], False),
        ("drivers", ["country"], False), ("race_classes", ["name"], False),
        ("entries", ["car_number"], False), ("entries", ["chassis_make"], False),
        ("entries", ["engine_make"], False), ("entry_drivers", ["country", "entry_id"], False),
    ):
        db[table].create_index(cols, unique=unique, if_not_exists=True)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def make_of(text: str) -> str:
    """The make in a chassis or engine ("Porsche 996 GT3 Cup" -> "Porsche"; "R & M SR01" -> "R&M")."""
    words = text.replace(" & ", "&").split()
    if not words:
        return ""
    first = words[0].strip("()")
    if first.lower() in {"chevrolet", "alfa", "aston", "land", "rolls"} and len(words) > 1 and words[1][:1].isupper() \
            and first.lower() != "chevrolet":
        return f"{first} {words[1]}"
    return first.split("-")[0] if "-" in first and not first[0].isdigit() else first


def known_driver_names(db: sqlite_utils.Database | None) -> set[str]:
    if db is None or "drivers" not in db.table_names():
        return set()
    return {row[0] for row in db.execute("SELECT name FROM drivers")}


def parse_all(paths: Sequence[Path], db_path: Path | None = None) -> tuple[list[ParsedRace], list[ArticleError]]:
    """Parse every article and split the uncoded driver cells, learning names across the batch."""
    races: list[ParsedRace] = []
    errors: list[ArticleError] = []
    for p in paths:
        try:
            races.append(read_article(p))
        except ArticleError as exc:
            errors.append(exc)
    names: set[str] = {d.name for r in races for e in r.entries for d in e.drivers}
    if db_path is not None and db_path.exists():
        try:
            ro = connect(db_path, readonly=True)
            names |= known_driver_names(ro)
            ro.conn.close()
        except StoreError:
            pass
    for r in races:
        for e in r.entries:
            if e.teams and not e.drivers_coded and len(e.teams) == 1:
                names.add(e.teams[0].name)  # a team named after a person teaches us that name
    knowledge = NameKnowledge.from_names(names)
    for r in races:
        for e in r.entries:
            if not e.drivers_coded:
                split = split_names(e.drivers_text, knowledge)
                e.drivers = [Person(n) for n in split.names]
                e.uncertain_split = split.uncertain
    return races, errors


def _variant_weight(name: str) -> int:
    """Prefer the spelling with accents ("Niklas Lovén" over "Niklas Loven")."""
    return sum(1 for ch in name if ord(ch) > 127)


class Ingestor:
    """Writes parsed races into a writable store, one transaction per race."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        create_schema(db)
        self._drivers = {k: (i, n, c) for i, k, n, c in db.execute("SELECT id, key, name, country FROM drivers")}
        self._teams = {k: (i, n, c) for i, k, n, c in db.execute("SELECT id, key, name, country FROM teams")}

    def _person_id(self, table: str, cache: dict[str, tuple[int, str, str | None]], person: Person) -> int:
        key = compact(person.name)
        known = cache.get(key)
        if known is None:
            cur = self.db.execute(f"INSERT INTO {table} (name, key, folded, country) VALUES (?, ?, ?, ?)",
                                  [person.name, key, fold(person.name), person.country])
            cache[key] = (cur.lastrowid, person.name, person.country)
            return cur.lastrowid
        pid, name, country = known
        better_name = _variant_weight(person.name) > _variant_weight(name)
        if better_name or (country is None and person.country):
            name = person.name if better_name else name
            country = country or person.country
            self.db.execute(f"UPDATE {table} SET name = ?, folded = ?, country = ? WHERE id = ?",
                            [name, fold(name), country, pid])
            cache[key] = (pid, name, country)
        return pid

    def _delete_race(self, race_id: int) -> None:
        for sql in (
            "DELETE FROM entry_drivers WHERE entry_id IN (SELECT id FROM entries WHERE race_id = ?)",
            "DELETE FROM entry_teams WHERE entry_id IN (SELECT id FROM entries WHERE race_id = ?)",
            "DELETE FROM entries WHERE race_id = ?",
            "DELETE FROM race_classes WHERE race_id = ?",
            "DELETE FROM statistics WHERE race_id = ?",
            "DELETE FROM races WHERE id = ?",
        ):
            self.db.execute(sql, [race_id])
        self.db.execute("DELETE FROM drivers WHERE id NOT IN (SELECT driver_id FROM entry_drivers)")
        self.db.execute("DELETE FROM teams WHERE id NOT IN (SELECT team_id FROM entry_teams)")
        self._drivers = {k: v for k, v in self._drivers.items()
                         if self.db.execute("SELECT 1 FROM drivers WHERE id = ?", [v[0]]).fetchone()}
        self._teams = {k: v for k, v in self._teams.items()
                       if self.db.execute("SELECT 1 FROM teams WHERE id = ?", [v[0]]).fetchone()}

    def store(self, race: ParsedRace) -> IngestReport:
        with self.db.conn:  # one transaction: the race goes in whole or not at all
            old = self.db.execute("SELECT id FROM races WHERE slug = ?", [race.slug]).fetchone()
            if old:
                self._delete_race(old[0])
            race_id = self.db.execute(
                "INSERT INTO races (slug, title, date, year, circuit, championships, distance, "
                "classification_rule, intro, entries, source_file, source_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [race.slug, race.title, race.date, int(race.date[:4]) if race.date else None,
                 race.circuit, json.dumps(race.championships), race.distance,
                 race.classification_rule, race.intro, len(race.entries), Path(race.path).name,
                 race.source_hash]).lastrowid
            counts: dict[str, int] = {}
            for e in race.entries:
                counts[e.class_name] = counts.get(e.class_name, 0) + 1
            self.db.conn.executemany(
                "INSERT INTO race_classes (race_id, ordinal, name, championship, entries) VALUES (?, ?, ?, ?, ?)",
                [(race_id, i, c, race.class_championships.get(c), counts[c]) for i, c in enumerate(race.classes)])
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO statistics (race_id, kind, label, value, car_number, team) VALUES (?, ?, ?, ?, ?, ?)",
                [(race_id, s.kind, s.label, s.value, s.car_number, s.team) for s in race.statistics])
            driver_rows, team_rows, driver_ids = [], [], set()
            for row, e in enumerate(race.entries):
                entry_id = self.db.execute(
                    "INSERT INTO entries (race_id, row, position_text, position, class_position, status, "
                    "class_name, car_number, team, chassis, chassis_make, engine, engine_make, tyre, laps, "
                    "time, drivers_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [race_id, row, e.position_text, e.position, e.class_position, e.status, e.class_name,
                     e.car_number, " / ".join(t.name for t in e.teams), e.chassis, make_of(e.chassis),
                     e.engine, make_of(e.engine), e.tyre, e.laps, e.time, e.drivers_text]).lastrowid
                for k, t in enumerate(e.teams):
                    team_rows.append((entry_id, self._person_id("teams", self._teams, t), k, t.code, t.country))
                for k, d in enumerate(e.drivers):
                    did = self._person_id("drivers", self._drivers, d)
                    driver_ids.add(did)
                    driver_rows.append((entry_id, did, k, d.code, d.country))
            self.db.conn.executemany(
                "INSERT INTO entry_teams (entry_id, team_id, ordinal, code, country) VALUES (?, ?, ?, ?, ?)", team_rows)
            self.db.conn.executemany(
                "INSERT INTO entry_drivers (entry_id, driver_id, ordinal, code, country) VALUES (?, ?, ?, ?, ?)", driver_rows)
        return IngestReport(
            path=race.path, title=race.title, slug=race.slug, entries=len(race.entries),
            classes=race.classes, drivers=len(driver_ids), replaced=bool(old),
            uncertain_splits=[(e.drivers_text, [d.name for d in e.drivers])
                              for e in race.entries if e.uncertain_split])


def ingest(paths: Sequence[Path], db_path: Path,
           progress: Callable[[Iterable[ParsedRace]], Iterable[ParsedRace]] | None = None,
           ) -> tuple[list[IngestReport], list[ArticleError]]:
    """Check every article, then store them all; if any is refused, store none.

    Returns the reports of the stored races and the refusals. The database file is not
    opened for writing (nor created) unless every article parsed.
    """
    races, errors = parse_all(article_paths(paths), db_path)
    if errors:
        return [], errors
    db = connect(db_path, readonly=False)
    try:
        ingestor = Ingestor(db)
        iterable = progress(races) if progress else races
        return [ingestor.store(r) for r in iterable], []
    finally:
        db.conn.close()


def articles_newer_than(db_path: Path, articles_dir: Path) -> bool:
    """True when the database is missing or older than any bundled article."""
    if not db_path.exists():
        return True
    db_time = db_path.stat().st_mtime
    return any(p.stat().st_mtime > db_time for p in articles_dir.glob("*.txt"))
