"""The results store: one SQLite file built with sqlite-utils, read-only while serving.

This module opens the store and owns its schema; ``data.ingest`` writes articles into it.
"""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import sqlite_utils

from data.countries import COUNTRIES

log = logging.getLogger(__name__)

SCHEMA_VERSION = 10


class StoreError(RuntimeError):
    """The database cannot be used (missing, corrupt, or of another schema)."""


def _is_sqlite(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def connect(path: Path, *, readonly: bool, wal: bool = True) -> sqlite_utils.Database:
    """Open the store; read-only (``mode=ro``) for serving so no code path can change it.

    A writable store is put in WAL mode so that readers go on while it is written; ``wal=False``
    leaves a new file in rollback-journal mode while it is first filled, which writes each page
    once instead of twice (``ingest`` switches it to WAL when it commits).
    """
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
        if wal:
            conn.execute("PRAGMA journal_mode=WAL")
    db = sqlite_utils.Database(conn)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        if readonly:
            # serving reads scattered pages (a driver's entries across years): map the file and
            # keep a bigger page cache rather than one read() system call per page
            conn.execute("PRAGMA mmap_size=268435456")
            conn.execute("PRAGMA cache_size=-32768")
            version = db.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise StoreError(f"database {path} has schema version {version}, expected {SCHEMA_VERSION}; "
                                 "delete it and re-ingest")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"database {path} cannot be read ({exc}); delete it and re-ingest") from None
    return db


def create_schema(db: sqlite_utils.Database) -> None:
    """Tables, foreign keys and an index on every column a query filters or joins on.

    Lookups by entry go through the (entry_id, ordinal) primary keys; every entry query is
    scoped by race_id first, so a race's ~50 rows are filtered in the index, not by scanning.
    """
    db["countries"].create({"iso3": str, "name": str, "demonym": str, "ioc": str, "iso2": str},
                           pk="iso3", if_not_exists=True)
    db["countries"].upsert_all(
        [{"iso3": c.iso3, "name": c.name, "demonym": c.demonym, "ioc": c.ioc, "iso2": c.iso2}
         for c in COUNTRIES.values()], pk="iso3")
    db["races"].create({
        "id": int, "slug": str, "title": str, "date": str, "date_text": str, "year": int, "circuit": str,
        "championships": str, "distance": str, "classification_rule": str, "intro": str,
        "entries": int, "source_file": str, "source_hash": str, "source_form": str, "location": str,
    }, pk="id", not_null={"slug", "title"}, if_not_exists=True)
    db["race_classes"].create({"race_id": int, "ordinal": int, "name": str, "championship": str,
                               "entries": int}, pk=("race_id", "name"),
                              foreign_keys=[("race_id", "races", "id")], if_not_exists=True)
    db["statistics"].create({"race_id": int, "kind": str, "label": str, "value": str,
                             "car_number": str, "team": str}, pk=("race_id", "kind"),
                            foreign_keys=[("race_id", "races", "id")], if_not_exists=True)
    # ids: a digest of the key (data.rows.person_id), the same in every process that parses.
    # latest_entry_id: the person's entry in their most recent race, kept at ingest for the
    # context shown beside each autocomplete choice ("#121 Belgian Racing, 2003 1000 km of Spa")
    db["drivers"].create({"id": int, "name": str, "key": str, "folded": str, "country": str,
                          "latest_entry_id": int, "latest_date": str},
                         pk="id", not_null={"name", "key"},
                         foreign_keys=[("country", "countries", "iso3")], if_not_exists=True)
    db["teams"].create({"id": int, "name": str, "key": str, "folded": str, "country": str,
                        "latest_entry_id": int, "latest_date": str},
                       pk="id", not_null={"name", "key"},
                       foreign_keys=[("country", "countries", "iso3")], if_not_exists=True)
    db["entries"].create({
        # id: race_id * 4096 + row (data.rows.ENTRY_ID_STRIDE), assigned where the article is parsed
        "id": int, "race_id": int, "row": int, "position_text": str, "position": int,
        "class_position": int, "status": str, "class_name": str, "car_number": str, "team": str,
        "chassis": str, "engine": str, "tyre": str,
        "laps": int, "time": str, "grid": int, "points": float,
        # columns the store has no field for, as the page printed them: JSON {"Laps Led": "12"}
        "extra": str,
    }, pk="id", foreign_keys=[("race_id", "races", "id")], if_not_exists=True)
    # Distinct chassis and engine makes, kept at ingest so that start-up needs no scan of entries
    db["equipment"].create({"kind": str, "name": str}, pk=("kind", "name"), if_not_exists=True)
    # The link tables are WITHOUT ROWID (sqlite-utils cannot say so): their primary key is the
    # table, one B-tree instead of two, which makes loading a million entries ~20% faster.
    for link, person in (("entry_drivers", "driver"), ("entry_teams", "team")):
        db.execute(f"CREATE TABLE IF NOT EXISTS {link} (entry_id INTEGER NOT NULL REFERENCES entries(id), "
                   f"{person}_id INTEGER NOT NULL REFERENCES {person}s(id), ordinal INTEGER NOT NULL, code TEXT, "
                   f"country TEXT, PRIMARY KEY (entry_id, ordinal)) WITHOUT ROWID")
    for table, cols, unique in (
        ("races", ["slug"], True), ("races", ["date"], False), ("drivers", ["key"], True),
        # "the latest race where GTO ran": a class's races through this index, not a walk over every race
        ("race_classes", ["name"], False),
        # a race has ~50 entries: (race_id, position) also serves lookups by class or car number,
        # which filter those few rows; two more indexes cost 10% of a large ingest and won nothing
        ("teams", ["key"], True), ("entries", ["race_id", "position"], False), ("entries", ["position"], False),
        ("entry_drivers", ["driver_id"], False), ("entry_teams", ["team_id"], False),
    ):
        db[table].create_index(cols, unique=unique, if_not_exists=True)
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION}")


def known_driver_names(db: sqlite_utils.Database | None) -> set[str]:
    if db is None or "drivers" not in db.table_names():
        return set()
    return {row[0] for row in db.execute("SELECT name FROM drivers")}


def schema_version(db_path: Path) -> int | None:
    """The schema version of an existing database file, or None if it cannot be read."""
    try:
        conn = sqlite3.connect(f"file:{db_path.resolve()}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def articles_newer_than(db_path: Path, articles_dir: Path) -> bool:
    """True when the database is missing, of an older schema, or older than any bundled article."""
    if not db_path.exists() or schema_version(db_path) != SCHEMA_VERSION:
        return True
    db_time = db_path.stat().st_mtime
    return any(p.stat().st_mtime > db_time for p in articles_dir.iterdir()
               if p.suffix.lower() in (".txt", ".wiki", ".html", ".htm"))
