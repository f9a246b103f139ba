"""Ingest: parsed articles into the store, all or nothing, fast enough for a million entries.

Each article is parsed into ``RaceRows`` (``data.rows``): the rows the store writes, ids
included, so that a large call parses in worker processes (``data.parse_workers``) and this
process only binds rows, in batches of multi-row INSERT statements. Drivers and teams are one
row per person or team across races, keyed by their folded, compacted name; every parsing
process tallies the people it saw and the tallies are merged and written at the end.
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

from data.article import RAW_DRIVERS, RAW_DRIVERS_TEXT, RAW_TEAMS, RAW_UNCERTAIN, ArticleError, ParsedRace, make_of
from data.readers import ARTICLE_SUFFIXES, read_page
from data.rows import (ENTRY_COLUMNS, ENTRY_ID_STRIDE, NO_ENTRY, PERSON_ID_BITS, PeopleTally, PersonIdCollision,
                       RACE_COLUMNS, RaceRows, finalize, merge_record, parse_for_store, rows_for_store,
                       spelling_weight)
from data.f1db_rules import same_race
from data.splitting import NameKnowledge, split_names
from data.store import SCHEMA_VERSION, StoreError, connect, create_schema, known_driver_names

log = logging.getLogger(__name__)

# A call with at least this many articles parses them in worker processes (when there is more
# than one core): below it, starting the workers costs more than they save.
PARALLEL_FROM = 200
_FLUSH_EVERY = 20_000  # entries held in memory before they are written

_DRIVERS, _TEAMS, _UNCERTAIN = RAW_DRIVERS, RAW_TEAMS, RAW_UNCERTAIN
_ENTRY_DRIVER_COLUMNS = ("entry_id", "driver_id", "ordinal", "code", "country")
_ENTRY_TEAM_COLUMNS = ("entry_id", "team_id", "ordinal", "code", "country")
_ENTRY_WIDTH = 2 + len(ENTRY_COLUMNS)

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
    skipped: tuple[str, ...] = ()
    kept_f1db: bool = False  # the race is stored from F1DB (the richer source): this article was not stored

    def summary(self) -> str:
        if self.kept_f1db:
            return f"kept {self.title} from F1DB (the same race, from the richer source): {self.path} not stored"
        verb = "replaced" if self.replaced else "added"
        line = (f"{verb} {self.title}: {self.entries} entries, {len(self.classes)} classes "
                f"({', '.join(self.classes)}), {self.drivers} drivers")
        if self.uncertain_splits:
            shown = "; ".join(f"{raw!r} -> {' | '.join(names)}" for raw, names in self.uncertain_splits)
            line += f", {len(self.uncertain_splits)} uncertain name split(s): {shown}"
        if self.skipped:
            line += f"; tables skipped: {'; '.join(self.skipped)}"
        return line


def article_paths(paths: Iterable[Path]) -> list[Path]:
    """Expand folders to the article files in them (``.txt``, ``.wiki``, ``.html``; not
    recursively), in a stable order."""
    found: list[Path] = []
    for p in paths:
        if p.is_dir():
            with os.scandir(p) as listing:  # one system call per folder, not one per file
                found.extend(sorted((p / e.name for e in listing
                                     if e.name.lower().endswith(ARTICLE_SUFFIXES) and e.is_file()),
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
    """INSERT ``rows`` as statements of many rows each ("VALUES (...), (...), ...")."""
    insert_values(conn, table, columns, list(chain.from_iterable(rows)))


def insert_values(conn: sqlite3.Connection, table: str, columns: Sequence[str], values: list) -> None:
    """INSERT rows given as one flat list of values, ``len(columns)`` per row, as statements of
    many rows each ("VALUES (...), (...), ...").

    Measured against ``executemany`` (one statement run per row): twice as fast for the narrow
    link tables, 15% for entries, because the per-row round trip through Python goes away. The
    big tables' rows arrive flat from the parsers: no tuple per row to build, send or free.
    """
    width = len(columns)
    per = max(1, min(200, conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // width))
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    one = "(" + ", ".join("?" * width) + ")"
    step = per * width
    full = len(values) - len(values) % step
    if full:
        sql = head + ", ".join([one] * per)
        for i in range(0, full, step):
            conn.execute(sql, values[i:i + step])
    if full < len(values):
        conn.execute(head + ", ".join([one] * ((len(values) - full) // width)), values[full:])


class _People:
    """The drivers (or teams) table: stored rows and this call's tallies, merged by id.

    Records have ``data.rows.PeopleTally``'s layout. Rows are written once, at the end of the
    call (``write``): new people inserted, changed ones (spelling, country, latest entry) updated.
    """

    def __init__(self, conn: sqlite3.Connection, table: str, bits: int, extra_overrides: set[str]) -> None:
        self.table, self.bits = table, bits
        self.records: dict[int, list] = {}
        self._stored: dict[int, tuple] = {}
        override_base = 1 << bits
        overrides: dict[str, int] = {}
        for pid, key, name, folded, country, date, entry_id in conn.execute(
                f"SELECT id, key, name, folded, country, latest_date, latest_entry_id FROM {table}"):
            # stored values count as earlier than anything of this call (entry -1)
            self.records[pid] = [key, name, spelling_weight(name), -1, folded, country, -1 if country else NO_ENTRY,
                                 date or "", entry_id]
            self._stored[pid] = (name, folded, country, date or "", entry_id)
            if pid >= override_base:
                overrides[key] = pid
        stored_keys = {r[0] for r in self.records.values()}
        next_override = max(overrides.values(), default=override_base - 1) + 1
        for key in sorted(extra_overrides - stored_keys):
            overrides[key] = next_override
            next_override += 1
        self.overrides = overrides
        # a tally sees entries in increasing order: one for the races parsed here, in file order,
        # one for those whose rows are made at storing (uncoded, split at the end), also in order
        self.tally = PeopleTally(overrides, bits)
        self.late_tally = PeopleTally(overrides, bits)
        self.pending: list[dict[int, list]] = []  # worker processes' tallies
        self.collisions: set[str] = set()

    def absorb(self) -> None:
        """Merge every tally so far into the records (merging a record again changes nothing)."""
        own, collisions = self.tally.summary()
        late, late_collisions = self.late_tally.summary()
        self.collisions |= collisions | late_collisions
        for records in [own, late, *self.pending]:
            for pid, rec in records.items():
                if not merge_record(self.records, pid, rec):
                    self.collisions.update((self.records[pid][0], rec[0]))
        self.pending = []
        if self.collisions:
            raise PersonIdCollision(self.collisions)

    def names(self) -> set[str]:
        return {r[1] for r in self.records.values()}

    def write(self, conn: sqlite3.Connection) -> None:
        self.absorb()
        stored = self._stored
        insert_rows(conn, self.table, ("id", "key", "name", "folded", "country", "latest_date", "latest_entry_id"),
                    # in id order: each row goes at the table's end, not at a random page
                    [(pid, r[0], r[1], r[4], r[5], r[7], r[8]) for pid, r in sorted(self.records.items())
                     if pid not in stored])
        changed = []
        for pid, old in stored.items():
            r = self.records[pid]
            if (r[1], r[4], r[5], r[7], r[8]) != old:
                changed.append((r[1], r[4], r[5], r[7], r[8], pid))
        conn.executemany(f"UPDATE {self.table} SET name = ?, folded = ?, country = ?, latest_date = ?, "
                         f"latest_entry_id = ? WHERE id = ?", changed)
        self._stored = {pid: (r[1], r[4], r[5], r[7], r[8]) for pid, r in self.records.items()}


_SOURCE_FORM = 1 + RACE_COLUMNS.index("source_form")  # in a races row: id, then RACE_COLUMNS


class Ingestor:
    """Writes races into a writable store inside the caller's transaction.

    Rows wait in memory and are written in large batches; drivers and teams are written once,
    by ``finish``, from the tallies of every process that parsed (their ids need no lookup).
    """

    def __init__(self, conn: sqlite3.Connection, *, id_bits: int = PERSON_ID_BITS,
                 extra_overrides: frozenset[str] | set[str] = frozenset()) -> None:
        self.conn = conn
        ex = conn.execute
        self.drivers = _People(conn, "drivers", id_bits, set(extra_overrides))
        self.teams = _People(conn, "teams", id_bits, set(extra_overrides))
        self._slugs: dict[str, int] = dict(ex("SELECT slug, id FROM races"))
        self._equipment: set[tuple[str, str]] = set(ex("SELECT kind, name FROM equipment"))
        self.first_race_id = ex("SELECT COALESCE(MAX(id), 0) FROM races").fetchone()[0] + 1
        self.parsed = 0  # races parsed so far in this call (ids first_race_id, first_race_id + 1, ...)
        # races imported from F1DB, by date: an article of one of them is not stored (data.f1db.same_race)
        self._f1db: dict[str, list[tuple[str, str]]] = {}
        for date, title, official in ex("SELECT date, title, intro FROM races WHERE source_form = 'f1db'"):
            self._f1db.setdefault(date, []).append((title, official or ""))
        self.replaced = False
        self._races: list[tuple] = []
        self._classes: list[tuple] = []
        self._statistics: list[tuple] = []
        self._entries: list = []  # flat: the values of each row one after another
        self._entry_drivers: list = []
        self._entry_teams: list = []
        self._new_equipment: list[tuple[str, str]] = []

    def parse(self, path: Path, race_id: int) -> RaceRows | ArticleError:
        """Parse one article here, tallying its people in this process."""
        return parse_for_store(path, race_id, self.drivers.tally, self.teams.tally)

    def parse_page(self, path: Path, first_race_id: int) -> list[RaceRows] | ArticleError:
        """Parse a wikitext or HTML page here: one ``RaceRows`` per race on it, ids from ``first_race_id``."""
        try:
            races = read_page(path).races
            return [rows_for_store(race, first_race_id + k, self.drivers.tally, self.teams.tally)
                    for k, race in enumerate(races)]
        except ArticleError as exc:
            return exc

    def store(self, rows: RaceRows) -> IngestReport:
        if rows.date in self._f1db and rows.race[_SOURCE_FORM] != "f1db" and any(
                same_race(rows.title, rows.date, title, official, rows.date) for title, official in self._f1db[rows.date]):
            self.replaced = True  # people tallied only for this article are removed at the end
            return IngestReport(path=rows.path, title=rows.title, slug=rows.slug, entries=0, classes=[], drivers=0,
                                replaced=False, uncertain_splits=[], kept_f1db=True)
        uncertain = [(e[RAW_DRIVERS_TEXT], [d[0] for d in e[_DRIVERS]]) for e in rows.entries if e[_UNCERTAIN]]
        if rows.entries:  # parsed without tallies, or split here: its rows and people still to do
            rows = finalize(rows, self.drivers.late_tally, self.teams.late_tally)
        old = self._slugs.get(rows.slug)
        if old is not None:
            self._delete_race(old)
        self._slugs[rows.slug] = rows.race_id
        self._races.append(rows.race)
        self._classes.extend(rows.classes)
        self._statistics.extend(rows.statistics)
        self._entries += rows.entry_values
        self._entry_teams += rows.team_values
        self._entry_drivers += rows.driver_values
        for item in rows.equipment - self._equipment:
            self._equipment.add(item)
            self._new_equipment.append(item)
        if len(self._entries) >= _FLUSH_EVERY * _ENTRY_WIDTH:
            self.flush()
        return IngestReport(
            path=rows.path, title=rows.title, slug=rows.slug, entries=rows.entry_count, classes=rows.class_names(),
            drivers=rows.driver_count, replaced=old is not None, uncertain_splits=uncertain, skipped=rows.skipped)

    def flush(self) -> None:
        """Write the races waiting in memory (drivers and teams are written by ``finish``)."""
        conn = self.conn
        insert_rows(conn, "races", ("id", *RACE_COLUMNS), self._races)
        insert_rows(conn, "race_classes", ("race_id", "ordinal", "name", "championship", "entries"), self._classes)
        insert_rows(conn, "statistics", ("race_id", "kind", "label", "value", "car_number", "team"), self._statistics)
        insert_values(conn, "entries", ("id", "race_id", *ENTRY_COLUMNS), self._entries)
        insert_values(conn, "entry_teams", _ENTRY_TEAM_COLUMNS, self._entry_teams)
        insert_values(conn, "entry_drivers", _ENTRY_DRIVER_COLUMNS, self._entry_drivers)
        insert_rows(conn, "equipment", ("kind", "name"), self._new_equipment)
        for batch in (self._races, self._classes, self._statistics, self._entries, self._entry_teams,
                      self._entry_drivers, self._new_equipment):
            batch.clear()

    def finish(self) -> None:
        """Write everything: the races left, then each driver and team once."""
        self.flush()
        self.drivers.write(self.conn)
        self.teams.write(self.conn)
        if self.replaced:
            self._repair_people()

    def known_driver_names(self) -> set[str]:
        self.drivers.absorb()
        return self.drivers.names()

    def check_new_references(self) -> None:
        """Every driver and team this call linked to is in the store (the call ran without
        foreign-key checks: rows of people are written at its end)."""
        first_entry = self.first_race_id * ENTRY_ID_STRIDE
        for link, col, table in (("entry_drivers", "driver_id", "drivers"), ("entry_teams", "team_id", "teams")):
            missing = self.conn.execute(f"SELECT COUNT(*) FROM {link} WHERE entry_id >= ? AND {col} NOT IN "
                                        f"(SELECT id FROM {table})", [first_entry]).fetchone()[0]
            if missing:
                raise StoreError(f"internal error: {missing} {link} rows of this call point at no {table} row")

    def _delete_race(self, race_id: int) -> None:
        self.flush()
        self.replaced = True
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
        self._equipment = {("chassis", c) for (c,) in ex("SELECT DISTINCT chassis FROM entries WHERE chassis != ''")}
        engines = {e for (e,) in ex("SELECT DISTINCT engine FROM entries WHERE engine != ''")}
        self._equipment |= {("engine_make", m) for m in {make_of(e) for e in engines} if m}
        self._equipment |= {("engine", e) for e in engines}
        ex("DELETE FROM equipment")
        insert_rows(self.conn, "equipment", ("kind", "name"), sorted(self._equipment))

    def _repair_people(self) -> None:
        """After a race was replaced: people left without entries go, and a latest entry that
        went with the race becomes the person's previous one."""
        ex = self.conn.execute
        ex("DELETE FROM drivers WHERE id NOT IN (SELECT driver_id FROM entry_drivers)")
        ex("DELETE FROM teams WHERE id NOT IN (SELECT team_id FROM entry_teams)")
        for table, link, col in (("drivers", "entry_drivers", "driver_id"), ("teams", "entry_teams", "team_id")):
            ex(f"UPDATE {table} SET (latest_entry_id, latest_date) = (SELECT e.id, COALESCE(r.date, '') "
               f"FROM {link} x JOIN entries e ON e.id = x.entry_id JOIN races r ON r.id = e.race_id "
               f"WHERE x.{col} = {table}.id ORDER BY r.date DESC, e.id DESC LIMIT 1) "
               f"WHERE latest_entry_id NOT IN (SELECT id FROM entries)")


def _defer_indexes(conn: sqlite3.Connection) -> list[str]:
    """Into an empty store, build the indexes once after the load instead of row by row
    (measured: storing 30% faster), except those led by entries.race_id: entries arrive in race
    order, so that index only grows at its end, and building it at the end would keep one core
    busy while the parsers have nothing left to do. Unique ones too (race slugs, people's keys):
    this process keeps them unique, and building the index still checks. Inside the
    transaction, so a rollback restores them."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master AS m WHERE type = 'index' AND sql IS NOT NULL "
        "AND NOT (tbl_name = 'entries' AND "
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


def _plain_text(path: Path) -> bool:
    return path.suffix.lower() == ".txt"


def _parsed_here(files: list[Path], ingestor: Ingestor) -> Iterator[RaceRows | ArticleError]:
    """Every file parsed in this process, in order; a page with several races yields each."""
    race_id = ingestor.first_race_id
    for path in files:
        if _plain_text(path):
            yield ingestor.parse(path, race_id)
            race_id += 1
            continue
        parsed = ingestor.parse_page(path, race_id)
        if isinstance(parsed, ArticleError):
            yield parsed
        else:
            yield from parsed
            race_id += len(parsed)


def _parsed_given(races: Sequence[ParsedRace], ingestor: Ingestor) -> Iterator[RaceRows]:
    """Races parsed by the caller, numbered after the files' (read lazily, once the files are done)."""
    if not races:
        return
    race_id = ingestor.first_race_id + ingestor.parsed  # every id before is a file's race
    for race in races:
        yield rows_for_store(race, race_id, ingestor.drivers.tally, ingestor.teams.tally)
        race_id += 1


def _parsed(files: list[Path], ingestor: Ingestor, workers: int) -> Iterator[RaceRows | ArticleError]:
    """Every race of every file parsed, in order: here, or (plain-text articles only) by
    ``workers`` processes while this one writes."""
    first = ingestor.first_race_id
    if not workers or not all(map(_plain_text, files)):
        return _parsed_here(files, ingestor)
    from data.parse_workers import parse_in_workers
    tallies: list[tuple[dict, dict]] = []
    ingestor.drivers.pending, ingestor.teams.pending = [], []

    def results() -> Iterator[RaceRows | ArticleError]:
        yield from parse_in_workers(files, first, workers, tallies,  # type: ignore[misc]
                                    (ingestor.drivers.overrides, ingestor.teams.overrides), ingestor.drivers.bits)
        ingestor.drivers.pending = [d for d, _t in tallies]
        ingestor.teams.pending = [t for _d, t in tallies]
    return results()


def ingest(paths: Sequence[Path], db_path: Path,
           progress: Callable[[list[Path]], Iterable[Path]] | None = None, *, jobs: int | None = None,
           id_bits: int = PERSON_ID_BITS, races: Sequence[ParsedRace] = ()) -> tuple[list[IngestReport],
                                                                                   list[ArticleError]]:
    """Store articles, all or nothing: if any is refused, nothing of this call is stored.

    ``races`` are races already parsed (a chosen race of a page, a structured source's races),
    stored after the files, in the same transaction.

    One pass: an article whose drivers all carry codes is stored as soon as it parses; one with
    uncoded Drivers cells waits for the end, so that its names are split with every name the
    call teaches. Everything happens in one transaction, rolled back on the first refusal (the
    remaining files are still checked so that every problem is reported). A database created by
    a refused call is removed again. ``jobs`` sets the parser processes (0: parse here; default:
    one per core for a large call). ``id_bits`` is the width of person ids' digests (smaller only
    in tests, to make names collide).
    """
    files = article_paths(paths)
    set_apart: set[str] = set()
    while True:
        try:
            return _ingest_once(files, db_path, progress, jobs, id_bits, set_apart, races)
        except PersonIdCollision as exc:
            # rare (46-bit digests): redo the call with ids set apart for the names that met
            log.info("%d names share an id digest: storing again with ids set apart", len(exc.keys))
            if exc.keys <= set_apart:
                raise StoreError("internal error: person ids still collide after setting them apart") from None
            set_apart |= exc.keys


def _ingest_once(files: list[Path], db_path: Path, progress: Callable[[list[Path]], Iterable[Path]] | None,
                 jobs: int | None, id_bits: int, set_apart: set[str],
                 races: Sequence[ParsedRace] = ()) -> tuple[list[IngestReport], list[ArticleError]]:
    existed = db_path.exists()
    db = connect(db_path, readonly=False, wal=existed)
    conn = db.conn
    errors: list[ArticleError] = []
    reports: dict[int, IngestReport] = {}
    stored = False  # a database this call created is removed again unless the call stored
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of short-lived, acyclic tuples: collections would only rescan them
    try:
        if not _has_schema(db):
            create_schema(db)
        conn.commit()
        conn.isolation_level = None  # we manage the one transaction ourselves
        bulk = conn.execute("SELECT 1 FROM races LIMIT 1").fetchone() is None
        # Drivers and teams are written at the end, from the tallies of every parser, so links
        # to them come first: the foreign keys are checked at the end, for this call's rows
        # (``check_new_references``; into an empty store the ids are right by construction).
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; one fsync per checkpoint
        conn.execute("BEGIN IMMEDIATE")
        deferred_indexes = _defer_indexes(conn) if bulk else []
        ingestor = Ingestor(conn, id_bits=id_bits, extra_overrides=set_apart)
        deferred: list[tuple[int, RaceRows]] = []
        # the caller's progress display moves on one step per race parsed (a page may hold several)
        ticks = iter(progress(files)) if progress else iter(())
        try:
            parsed_races = chain(_parsed(files, ingestor, _worker_count(len(files), jobs) if not races else 0),
                                 _parsed_given(races, ingestor))
            for index, parsed in enumerate(parsed_races):
                ingestor.parsed = index + 1
                next(ticks, None)
                if isinstance(parsed, ArticleError):
                    errors.append(parsed)
                elif errors:
                    continue
                elif parsed.coded:
                    reports[index] = ingestor.store(parsed)
                else:
                    deferred.append((index, parsed))
        except PersonIdCollision:
            if not errors:
                raise
        for _ in ticks:
            pass
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
        if not bulk:
            ingestor.check_new_references()
        if deferred_indexes:
            # the parsers are done: let SQLite's sorter use the cores they leave (measured: -18%)
            conn.execute(f"PRAGMA threads={_cores()}")
        for sql in deferred_indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        stored = True
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
        if not stored and not existed:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    return [reports[i] for i in sorted(reports)], []


def parse_all(paths: Sequence[Path], db_path: Path | None = None) -> tuple[list[RaceRows], list[ArticleError]]:
    """Parse articles without storing them, splitting uncoded names with what the batch teaches."""
    parsed: list[RaceRows | ArticleError] = []
    for p in paths:
        if _plain_text(p):
            parsed.append(parse_for_store(p, len(parsed) + 1))
        else:
            try:
                parsed.extend(rows_for_store(race, len(parsed) + 1) for race in read_page(p).races)
            except ArticleError as exc:
                parsed.append(exc)
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
