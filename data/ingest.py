"""Ingest: parsed articles into the store, all or nothing, fast enough for a million entries.

Each article is parsed into ``RaceRows``: plain tuples that already are the rows the store
writes, so that a large call can parse in worker processes (``data.parse_workers``) and send
them back cheaply while this process assigns ids and writes. Drivers and teams are one row per
person or team across races, keyed by their folded, compacted name; ids are assigned here, in
memory, so rows wait in batches and go in as multi-row INSERT statements.
"""
from __future__ import annotations

import gc
import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

import sqlite_utils

from data.article import (ENTRY_COLUMNS, RAW_DRIVERS, RAW_DRIVERS_TEXT, RAW_TEAMS, RAW_UNCERTAIN,
                          ArticleError)
from data.folding import fold
from data.splitting import NameKnowledge, split_names
from data.rows import RACE_COLUMNS, RaceRows, parse_for_store
from data.store import SCHEMA_VERSION, StoreError, connect, create_schema, known_driver_names

log = logging.getLogger(__name__)

# A call with at least this many articles parses them in worker processes (when there is more
# than one core): below it, starting the workers costs more than they save.
PARALLEL_FROM = 200
_FLUSH_EVERY = 20_000  # entries held in memory before they are written

_DRIVERS, _TEAMS, _UNCERTAIN = RAW_DRIVERS, RAW_TEAMS, RAW_UNCERTAIN
_ENTRY_DRIVER_COLUMNS = ("entry_id", "driver_id", "ordinal", "code", "country")
_ENTRY_TEAM_COLUMNS = ("entry_id", "team_id", "ordinal", "code", "country")

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
            with os.scandir(p) as listing:  # one system call per folder, not one per file
                found.extend(sorted((p / e.name for e in listing if e.name.endswith(".txt") and e.is_file()),
                                    key=lambda q: q.name))
        else:
            found.append(p)
    return found


def names_taught_by(rows: RaceRows) -> set[str]:
    """Driver names printed with codes, and teams named after one person ("Earl Goddard")."""
    names = {d[0] for e in rows.entries if e[_DRIVERS] is not None for d in e[_DRIVERS]}
    names |= {e[_TEAMS][0][0] for e in rows.entries
              if e[_DRIVERS] is None and len(e[_TEAMS]) == 1 and len(e[_TEAMS][0][0].split()) in (2, 3)}
    return names


def split_uncoded(rows: RaceRows, knowledge: NameKnowledge) -> RaceRows:
    """``rows`` with every Drivers cell that had no nationality codes split into names."""
    entries = []
    for e in rows.entries:
        if e[_DRIVERS] is None:
            split = split_names(e[RAW_DRIVERS_TEXT], knowledge)
            e = e[:_DRIVERS] + (tuple((n, None, None) for n in split.names), e[_TEAMS], split.uncertain) + e[_UNCERTAIN + 1:]
        entries.append(e)
    return rows._replace(entries=entries)


def insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
    """INSERT ``rows`` as statements of many rows each ("VALUES (...), (...), ...").

    Measured against ``executemany`` (one statement run per row): twice as fast for the narrow
    link tables, 15% for entries, because the per-row round trip through Python goes away.
    """
    width = len(columns)
    per = max(1, min(200, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    one = "(" + ", ".join("?" * width) + ")"
    full = len(rows) - len(rows) % per
    if full:
        sql = head + ", ".join([one] * per)
        for i in range(0, full, per):
            conn.execute(sql, list(chain.from_iterable(rows[i:i + per])))
    if full < len(rows):
        conn.execute(head + ", ".join([one] * (len(rows) - full)), list(chain.from_iterable(rows[full:])))


def _variant_weight(name: str) -> int:
    """Prefer the spelling with accents ("Niklas Lovén" over "Niklas Loven")."""
    return sum(1 for ch in name if ord(ch) > 127)


class _People:
    """The drivers (or teams) table in memory: one record per folded key.

    A record is [id, name, country, latest_date, latest_entry_id, folded]; ``dirty`` holds the
    records whose stored row is out of date, written once by ``flush_changes``.
    """

    def __init__(self, conn: sqlite3.Connection, table: str) -> None:
        self.table = table
        self.by_key: dict[str, list] = {}
        for pid, key, name, country, date, entry_id, folded in conn.execute(
                f"SELECT id, key, name, country, latest_date, latest_entry_id, folded FROM {table}"):
            self.by_key[key] = [pid, name, country, date or "", entry_id, folded]
        self.by_spelling: dict[str, list] = {}
        self.next_id = 1 + max((r[0] for r in self.by_key.values()), default=0)
        self.new: list[tuple] = []
        self.dirty: dict[int, list] = {}

    def id_of(self, name: str, country: str | None, entry_id: int, date: str) -> int:
        rec = self.by_spelling.get(name)
        if rec is not None and rec[1] == name and (rec[2] is not None or country is None):
            if date >= rec[3]:
                rec[3], rec[4] = date, entry_id
                self.dirty[rec[0]] = rec
            return rec[0]
        if rec is None:
            folded = fold(name)
            key = folded.replace(" ", "")
            rec = self.by_key.get(key)
            if rec is None:
                rec = self.by_key[key] = self.by_spelling[name] = [self.next_id, name, country, date, entry_id, folded]
                self.next_id += 1
                self.new.append((rec[0], name, key, folded, country, entry_id, date))
                return rec[0]
            self.by_spelling[name] = rec
        if date >= rec[3]:
            rec[3], rec[4] = date, entry_id
            self.dirty[rec[0]] = rec
        if rec[1] != name or (rec[2] is None and country is not None):
            better_name = _variant_weight(name) > _variant_weight(rec[1])
            if better_name or (rec[2] is None and country):
                if better_name:
                    rec[1], rec[5] = name, fold(name)
                rec[2] = rec[2] or country
                self.dirty[rec[0]] = rec
        return rec[0]

    def flush_new(self, conn: sqlite3.Connection) -> None:
        insert_rows(conn, self.table, ("id", "name", "key", "folded", "country", "latest_entry_id", "latest_date"),
                    self.new)
        self.new = []

    def flush_changes(self, conn: sqlite3.Connection) -> None:
        conn.executemany(f"UPDATE {self.table} SET name = ?, folded = ?, country = ?, latest_entry_id = ?, "
                         f"latest_date = ? WHERE id = ?",
                         [(r[1], r[5], r[2], r[4], r[3], r[0]) for r in self.dirty.values()])
        self.dirty = {}


class Ingestor:
    """Writes races into a writable store inside the caller's transaction.

    Rows wait in memory and are written in large batches, parents before children, so the
    writes stay valid with foreign keys enforced.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._load()

    def _load(self) -> None:
        ex = self.conn.execute
        self.drivers, self.teams = _People(self.conn, "drivers"), _People(self.conn, "teams")
        self._slugs: dict[str, int] = dict(ex("SELECT slug, id FROM races"))
        self._equipment: set[tuple[str, str]] = set(ex("SELECT kind, name FROM equipment"))
        self._next_race = ex("SELECT COALESCE(MAX(id), 0) FROM races").fetchone()[0] + 1
        self._next_entry = ex("SELECT COALESCE(MAX(id), 0) FROM entries").fetchone()[0] + 1
        self._races: list[tuple] = []
        self._classes: list[tuple] = []
        self._statistics: list[tuple] = []
        self._entries: list[tuple] = []
        self._entry_drivers: list[tuple] = []
        self._entry_teams: list[tuple] = []
        self._new_equipment: list[tuple[str, str]] = []

    def store(self, rows: RaceRows) -> IngestReport:
        old = self._slugs.get(rows.slug)
        if old is not None:
            self._delete_race(old)
        race_id = self._slugs[rows.slug] = self._next_race
        self._next_race += 1
        self._races.append((race_id, *rows.race))
        self._classes.extend((race_id, i, *c) for i, c in enumerate(rows.classes))
        self._statistics.extend({s[0]: (race_id, *s) for s in rows.statistics}.values())  # last one of a kind wins
        date = rows.date
        entry_id = self._next_entry
        entries, entry_drivers, entry_teams = self._entries, self._entry_drivers, self._entry_teams
        driver_id, team_id = self.drivers.id_of, self.teams.id_of
        seen_driver, driver_changed = self.drivers.by_spelling.get, self.drivers.dirty
        driver_ids: list[int] = []
        for e in rows.entries:
            entries.append((entry_id, race_id, *e[:_DRIVERS]))
            for k, (name, code, country) in enumerate(e[_TEAMS]):
                entry_teams.append((entry_id, team_id(name, country, entry_id, date), k, code, country))
            for k, (name, code, country) in enumerate(e[_DRIVERS]):
                rec = seen_driver(name)
                if rec is not None and rec[1] == name and (rec[2] is not None or country is None):
                    did = rec[0]  # the common case of id_of, inlined: 2.6 million calls at full scale
                    if date >= rec[3]:
                        rec[3], rec[4] = date, entry_id
                        driver_changed[did] = rec
                else:
                    did = driver_id(name, country, entry_id, date)
                driver_ids.append(did)
                entry_drivers.append((entry_id, did, k, code, country))
            entry_id += 1
        self._next_entry = entry_id
        for kind, at in (("chassis", 8), ("engine_make", 11)):
            for name in {e[at] for e in rows.entries if e[at]} - {n for k, n in self._equipment if k == kind}:
                self._equipment.add((kind, name))
                self._new_equipment.append((kind, name))
        if len(entries) >= _FLUSH_EVERY:
            self.flush()
        return IngestReport(
            path=rows.path, title=rows.title, slug=rows.slug, entries=len(rows.entries), classes=rows.class_names(),
            drivers=len(set(driver_ids)), replaced=old is not None,
            uncertain_splits=[(e[RAW_DRIVERS_TEXT], [d[0] for d in e[_DRIVERS]]) for e in rows.entries if e[_UNCERTAIN]])

    def flush(self) -> None:
        """Write what waits in memory (not the latest-entry and spelling updates: ``finish``)."""
        conn = self.conn
        insert_rows(conn, "races", ("id", *RACE_COLUMNS), self._races)
        insert_rows(conn, "race_classes", ("race_id", "ordinal", "name", "championship", "entries"), self._classes)
        insert_rows(conn, "statistics", ("race_id", "kind", "label", "value", "car_number", "team"), self._statistics)
        self.drivers.flush_new(conn)
        self.teams.flush_new(conn)
        insert_rows(conn, "entries", ("id", "race_id", *ENTRY_COLUMNS), self._entries)
        insert_rows(conn, "entry_teams", _ENTRY_TEAM_COLUMNS, self._entry_teams)
        insert_rows(conn, "entry_drivers", _ENTRY_DRIVER_COLUMNS, self._entry_drivers)
        insert_rows(conn, "equipment", ("kind", "name"), self._new_equipment)
        for batch in (self._races, self._classes, self._statistics, self._entries, self._entry_teams,
                      self._entry_drivers, self._new_equipment):
            batch.clear()

    def finish(self) -> None:
        """Write everything, including each person's latest entry and preferred spelling."""
        self.flush()
        self.drivers.flush_changes(self.conn)
        self.teams.flush_changes(self.conn)

    def known_driver_names(self) -> set[str]:
        return {r[1] for r in self.drivers.by_key.values()}

    def _delete_race(self, race_id: int) -> None:
        self.finish()
        ex = self.conn.execute
        for sql in (
            "DELETE FROM entry_drivers WHERE entry_id IN (SELECT id FROM entries WHERE race_id = ?)",
            "DELETE FROM entry_teams WHERE entry_id IN (SELECT id FROM entries WHERE race_id = ?)",
            "DELETE FROM entries WHERE race_id = ?",
            "DELETE FROM race_classes WHERE race_id = ?",
            "DELETE FROM statistics WHERE race_id = ?",
            "DELETE FROM races WHERE id = ?",
        ):
            ex(sql, [race_id])
        ex("DELETE FROM equipment")
        ex("INSERT INTO equipment (kind, name) SELECT DISTINCT 'chassis', chassis FROM entries WHERE chassis != '' "
           "UNION SELECT DISTINCT 'engine_make', engine_make FROM entries WHERE engine_make != ''")
        ex("DELETE FROM drivers WHERE id NOT IN (SELECT driver_id FROM entry_drivers)")
        ex("DELETE FROM teams WHERE id NOT IN (SELECT team_id FROM entry_teams)")
        for table, link, col in (("drivers", "entry_drivers", "driver_id"), ("teams", "entry_teams", "team_id")):
            # people whose latest entry went with the race: their latest is now their previous one
            ex(f"UPDATE {table} SET (latest_entry_id, latest_date) = (SELECT e.id, COALESCE(r.date, '') "
               f"FROM {link} x JOIN entries e ON e.id = x.entry_id JOIN races r ON r.id = e.race_id "
               f"WHERE x.{col} = {table}.id ORDER BY r.date DESC LIMIT 1) "
               f"WHERE latest_entry_id NOT IN (SELECT id FROM entries)")
        self._load()


def _defer_indexes(conn: sqlite3.Connection) -> list[str]:
    """Into an empty store, build the non-unique indexes once after the load instead of row by
    row (measured: storing 30% faster), except those led by entries.race_id: entries arrive in
    race order, so that index only grows at its end, and building it at the end would keep one
    core busy while the parsers have nothing left to do. Inside the transaction, so a rollback
    restores them."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master AS m WHERE type = 'index' AND sql IS NOT NULL "
        "AND sql NOT LIKE 'CREATE UNIQUE%' AND NOT (tbl_name = 'entries' AND "
        "(SELECT name FROM pragma_index_info(m.name) WHERE seqno = 0) = 'race_id')").fetchall()
    for name, _sql in rows:
        conn.execute(f'DROP INDEX "{name}"')
    return [sql for _name, sql in rows]


def _has_schema(db: sqlite_utils.Database) -> bool:
    return db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION and "entries" in db.table_names()


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _worker_count(files: int, jobs: int | None) -> int:
    if jobs is not None:
        return max(0, jobs)
    cores = _cores()
    return min(cores, 4) if files >= PARALLEL_FROM and cores > 1 else 0


def _parsed(files: list[Path], workers: int) -> Iterator[RaceRows | ArticleError]:
    """Every file parsed, in order: here, or by ``workers`` processes while this one writes."""
    if not workers:
        return map(parse_for_store, files)
    from data.parse_workers import parse_in_workers
    return parse_in_workers(files, workers)  # type: ignore[return-value]


def ingest(paths: Sequence[Path], db_path: Path,
           progress: Callable[[list[Path]], Iterable[Path]] | None = None, *, jobs: int | None = None,
           ) -> tuple[list[IngestReport], list[ArticleError]]:
    """Store articles, all or nothing: if any is refused, nothing of this call is stored.

    One pass: an article whose drivers all carry codes is stored as soon as it parses; one with
    uncoded Drivers cells waits for the end, so that its names are split with every name the
    call teaches. Everything happens in one transaction, rolled back on the first refusal (the
    remaining files are still checked so that every problem is reported). A database created by
    a refused call is removed again. ``jobs`` sets the parser processes (0: parse here; default:
    one per core for a large call).
    """
    files = article_paths(paths)
    existed = db_path.exists()
    db = connect(db_path, readonly=False, wal=existed)
    conn = db.conn
    errors: list[ArticleError] = []
    reports: dict[int, IngestReport] = {}
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of short-lived, acyclic tuples: collections would only rescan them
    try:
        if not _has_schema(db):
            create_schema(db)
        conn.commit()
        conn.isolation_level = None  # we manage the one transaction ourselves
        bulk = conn.execute("SELECT 1 FROM races LIMIT 1").fetchone() is None
        if bulk:
            # ids are assigned in memory from one counter per table, so every reference is to a
            # row of this call; checking each (2.6 million lookups at full scale) costs 40%
            conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; one fsync per checkpoint
        conn.execute("BEGIN IMMEDIATE")
        deferred_indexes = _defer_indexes(conn) if bulk else []
        ingestor = Ingestor(conn)
        deferred: list[tuple[int, RaceRows]] = []
        ordered = progress(files) if progress else files
        for index, (parsed, _path) in enumerate(zip(_parsed(files, _worker_count(len(files), jobs)), ordered)):
            if isinstance(parsed, ArticleError):
                errors.append(parsed)
            elif errors:
                continue
            elif parsed.coded:
                reports[index] = ingestor.store(parsed)
            else:
                deferred.append((index, parsed))
        if errors:
            conn.execute("ROLLBACK")
            return [], errors
        if deferred:
            # every coded name of this call is known by now, so the stored drivers plus the
            # deferred articles' own names are all the call teaches
            knowledge = NameKnowledge.from_names(
                ingestor.known_driver_names().union(*(names_taught_by(r) for _, r in deferred)))
            for index, rows in deferred:
                reports[index] = ingestor.store(split_uncoded(rows, knowledge))
        ingestor.finish()
        if deferred_indexes:
            # the parsers are done: let SQLite's sorter use the cores they leave (measured: -18%)
            conn.execute(f"PRAGMA threads={_cores()}")
        for sql in deferred_indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        if not existed:
            conn.execute("PRAGMA journal_mode=WAL")  # readers may share the store from now on
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        if gc_was_enabled:
            gc.enable()
        conn.close()
        if errors and not existed:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return [reports[i] for i in sorted(reports)], []


def parse_all(paths: Sequence[Path], db_path: Path | None = None) -> tuple[list[RaceRows], list[ArticleError]]:
    """Parse articles without storing them, splitting uncoded names with what the batch teaches."""
    parsed = [parse_for_store(p) for p in paths]
    races = [r for r in parsed if isinstance(r, RaceRows)]
    errors = [r for r in parsed if isinstance(r, ArticleError)]
    names: set[str] = set().union(*(names_taught_by(r) for r in races))
    if db_path is not None and db_path.exists():
        try:
            ro = connect(db_path, readonly=True)
            names |= known_driver_names(ro)
            ro.conn.close()
        except StoreError:
            pass
    knowledge = NameKnowledge.from_names(names)
    return [split_uncoded(r, knowledge) for r in races], errors
