"""The store: schema, indexes, idempotent re-ingest, one row per person, refusals change nothing."""
from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from data.ingest import ingest
from data.parse_workers import ParseWorkerError
from data.store import StoreError, connect
from tests.conftest import BAD, CORPUS, SEED, SEED_DIR


def counts(db_path: Path) -> dict[str, int]:
    db = connect(db_path, readonly=True)
    try:
        return {t: db[t].count for t in ("races", "entries", "drivers", "teams", "entry_drivers", "entry_teams")}
    finally:
        db.conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reingest_replaces_and_never_duplicates(tmp_path: Path):
    db = tmp_path / "p.db"
    ingest([SEED_DIR, CORPUS], db)
    first = counts(db)
    reports, errors = ingest([SEED, CORPUS], db)
    assert not errors and all(r.replaced for r in reports)
    assert counts(db) == first
    assert first["races"] == 7 and first["entries"] == 98


def test_driver_in_several_articles_is_one_row(corpus_db: Path):
    db = connect(corpus_db, readonly=True)
    rows = list(db.query("SELECT d.name, COUNT(DISTINCT e.race_id) AS races FROM drivers d "
                         "JOIN entry_drivers ed ON ed.driver_id = d.id JOIN entries e ON e.id = ed.entry_id "
                         "WHERE d.key IN ('janlammers', 'niklasloven', 'jeanchristopheboullion') GROUP BY d.id"))
    assert {r["name"]: r["races"] for r in rows} == {
        "Jan Lammers": 5, "Niklas Lovén": 2, "Jean-Christophe Boullion": 3}
    teams = {r["key"]: r["name"] for r in db.query("SELECT key, name FROM teams WHERE key LIKE 'gruppe%' OR key LIKE 'pir%'")}
    assert teams == {"gruppemtech9motorsport": "GruppeM / Tech9 Motorsport", "pircompetition": "PiR Compétition",
                     "pirbruneau": "PiR Bruneau"}


def test_schema_has_foreign_keys_and_indexes(seed_db: Path):
    db = connect(seed_db, readonly=True)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    fks = {(fk.column, fk.other_table) for fk in db["entry_drivers"].foreign_keys}
    assert fks == {("entry_id", "entries"), ("driver_id", "drivers")}
    indexed = {tuple(ix.columns) for t in ("entries", "entry_drivers", "drivers") for ix in db[t].indexes}
    for cols in [("race_id", "position"), ("position",), ("driver_id",), ("key",)]:
        assert cols in indexed
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    # lookups of a race's class or car go through the race's index, never a scan of all entries
    for where in ("race_id = 1 AND class_name = 'GT'", "race_id = 1 AND car_number = '8'", "race_id = 1"):
        plan = " ".join(row[3] for row in db.execute(f"EXPLAIN QUERY PLAN SELECT * FROM entries WHERE {where}"))
        assert "USING INDEX" in plan and "SCAN" not in plan, plan


def test_bad_file_leaves_database_byte_for_byte_unchanged(tmp_path: Path):
    db = tmp_path / "p.db"
    ingest([SEED], db)
    before = digest(db)
    for bad in sorted(BAD.glob("*.txt")):
        reports, errors = ingest([CORPUS / "2003_Petit_Le_Mans.txt", bad], db)
        assert reports == [] and len(errors) == 1 and errors[0].path == str(bad)
        assert digest(db) == before


def test_bad_file_on_fresh_path_creates_no_database(tmp_path: Path):
    db = tmp_path / "new.db"
    reports, errors = ingest(sorted(BAD.glob("*.txt")), db)
    assert len(errors) == 3 and not db.exists()


def test_serving_connection_is_read_only(seed_db: Path):
    import sqlite3
    db = connect(seed_db, readonly=True)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        db.execute("DELETE FROM races")


def test_corrupt_database_is_a_clear_error(tmp_path: Path):
    bad = tmp_path / "corrupt.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a SQLite database"):
        connect(bad, readonly=True)
    with pytest.raises(StoreError, match="does not exist"):
        connect(tmp_path / "missing.db", readonly=True)


def test_car_numbers_as_printed_are_distinct(tmp_path: Path):
    art = tmp_path / "a.txt"
    art.write_text(SEED.read_text().replace("| 2 | SR1 | 16 |", "| 2 | SR1 | 08 |").replace(
        "| 3 | SR1 | 2 |", "| 3 | SR1 | 8 |"))
    db = tmp_path / "p.db"
    ingest([art], db)
    from data.service import Pitwall
    pw = Pitwall(db)
    assert "Lagorce" in pw.car("08").text() and "Gabbiani" in pw.car("8").text()
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_latest_entry_context_survives_a_replaced_race(tmp_path: Path):
    db = tmp_path / "p.db"
    ingest([SEED_DIR, CORPUS], db)
    art = tmp_path / "spa.txt"
    art.write_text(SEED.read_text().replace("| NED Jan Lammers NED John Bosch |", "| NED Cor Euser NED John Bosch |"))
    ingest([art], db)  # Spa replaced: Jan Lammers is no longer in it
    from data.service import Pitwall
    pw = Pitwall(db)
    [choice] = pw.suggest("driver", "Jan Lammers", limit=1)
    assert choice.label == "Jan Lammers — #1 Racing for Holland, 2003 FIA Sportscar Championship Monza"
    conn = connect(db, readonly=True)
    dangling = conn.execute("SELECT COUNT(*) FROM drivers WHERE latest_entry_id NOT IN (SELECT id FROM entries)")
    assert dangling.fetchone()[0] == 0


def table_rows(db_path: Path) -> dict[str, list[tuple]]:
    db = connect(db_path, readonly=True)
    try:
        return {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in db.table_names()}
    finally:
        db.conn.close()


@pytest.fixture(scope="module")
def many_articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed, the corpus (coded and uncoded) and 60 synthetic races: enough for several batches."""
    from data.bench.synthetic import articles
    folder = tmp_path_factory.mktemp("many")
    for src in [SEED, *sorted(CORPUS.glob("*.txt"))]:
        shutil.copy(src, folder / src.name)
    for name, text in articles(60, drivers=300, teams=40):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_parallel_ingest_stores_exactly_what_serial_ingest_stores(tmp_path: Path, many_articles: Path):
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    serial_reports, _ = ingest([many_articles], serial, jobs=0)
    parallel_reports, errors = ingest([many_articles], parallel, jobs=2)
    assert not errors and [r.summary() for r in parallel_reports] == [r.summary() for r in serial_reports]
    assert table_rows(parallel) == table_rows(serial)
    db = connect(parallel, readonly=True)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"  # readers may share it while it is written


def test_parallel_ingest_refuses_all_and_names_each_bad_file(tmp_path: Path, many_articles: Path):
    folder = tmp_path / "mixed"
    shutil.copytree(many_articles, folder)
    for bad in sorted(BAD.glob("*.txt")):
        shutil.copy(bad, folder / f"00050_{bad.name}")  # in the middle of the call
    db = tmp_path / "p.db"
    reports, errors = ingest([folder], db, jobs=2)
    assert reports == [] and not db.exists()
    assert sorted(Path(e.path).name for e in errors) == sorted(f"00050_{b.name}" for b in BAD.glob("*.txt"))
    assert all(e.line >= 1 and e.reason for e in errors)


def test_a_parser_process_that_dies_is_a_clear_error_and_stores_nothing(tmp_path: Path, many_articles: Path,
                                                                         monkeypatch: pytest.MonkeyPatch):
    db = tmp_path / "p.db"
    ingest([SEED], db)
    before = digest(db)
    monkeypatch.setattr("sys.executable", shutil.which("true") or "/bin/true")  # exits without a word
    with pytest.raises(ParseWorkerError, match="parser process stopped"):
        ingest([many_articles], db, jobs=2)
    assert digest(db) == before


def people_of_entries(db_path: Path) -> list[tuple]:
    """Every link from an entry to a person, by names instead of ids."""
    db = connect(db_path, readonly=True)
    try:
        return sorted(db.execute(
            "SELECT r.slug, e.row, x.ordinal, d.name, d.country, d.key, d.folded, le.row, lr.slug "
            "FROM entry_drivers x JOIN entries e ON e.id = x.entry_id JOIN races r ON r.id = e.race_id "
            "JOIN drivers d ON d.id = x.driver_id JOIN entries le ON le.id = d.latest_entry_id "
            "JOIN races lr ON lr.id = le.race_id "
            "UNION ALL SELECT r.slug, e.row, x.ordinal, t.name, t.country, t.key, t.folded, le.row, lr.slug "
            "FROM entry_teams x JOIN entries e ON e.id = x.entry_id JOIN races r ON r.id = e.race_id "
            "JOIN teams t ON t.id = x.team_id JOIN entries le ON le.id = t.latest_entry_id "
            "JOIN races lr ON lr.id = le.race_id").fetchall(), key=repr)
    finally:
        db.conn.close()


@pytest.mark.parametrize("jobs", [0, 2])
def test_people_whose_id_digests_collide_stay_distinct(tmp_path: Path, many_articles: Path, jobs: int):
    """Person ids are digests of names; with 4-bit digests hundreds of names collide, and every
    one must still be its own driver with its own entries (the call is redone with ids set apart)."""
    normal, tiny = tmp_path / "normal.db", tmp_path / "tiny.db"
    ingest([many_articles], normal, jobs=jobs)
    reports, errors = ingest([many_articles], tiny, jobs=jobs, id_bits=4)
    assert not errors and reports
    assert people_of_entries(tiny) == people_of_entries(normal)
    assert counts(tiny) == counts(normal)
    # a later call into that store keeps the ids set apart and sets new ones apart
    extra = tmp_path / "extra"
    extra.mkdir()
    from data.bench.synthetic import articles
    for name, text in articles(3, drivers=2000, teams=40, seed=99):
        (extra / name).write_text(text, encoding="utf-8")
    ingest([extra], normal, jobs=0)
    ingest([extra], tiny, jobs=0, id_bits=4)
    assert people_of_entries(tiny) == people_of_entries(normal)
    db = connect(tiny, readonly=True)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.conn.close()


def test_a_race_replaced_inside_a_parallel_call_leaves_no_trace(tmp_path: Path, many_articles: Path):
    folder = tmp_path / "twice"
    shutil.copytree(many_articles, folder)
    # the seed, earlier in the call, with a driver seen nowhere else: replaced by the seed itself
    (folder / "0000_spa_first.txt").write_text(
        SEED.read_text().replace("| NED Jan Lammers NED John Bosch |", "| NED Jan Onlyhere NED John Bosch |"))
    db = tmp_path / "p.db"
    reports, errors = ingest([folder], db, jobs=2)
    assert not errors and [r.replaced for r in reports if r.slug == "2003-1000-km-of-spa"] == [False, True]
    conn = connect(db, readonly=True)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT COUNT(*) FROM drivers WHERE latest_entry_id NOT IN (SELECT id FROM entries)"
                        ).fetchone()[0] == 0
    assert conn.execute("SELECT COUNT(*) FROM drivers WHERE id NOT IN (SELECT driver_id FROM entry_drivers)"
                        ).fetchone()[0] == 0
    names = {n for (n,) in conn.execute("SELECT name FROM drivers")}
    assert "Jan Onlyhere" not in names and "Jan Lammers" in names
    assert conn.execute("SELECT COUNT(*) FROM races WHERE slug = '2003-1000-km-of-spa'").fetchone()[0] == 1
    conn.conn.close()


def test_an_article_with_more_entries_than_ids_allow_is_refused(tmp_path: Path):
    from data.rows import ENTRY_ID_STRIDE
    rows = "\n".join(f"| {i} | {i} | GBR Team {i} | GBR Driver Number{i} | 10 |" for i in range(1, ENTRY_ID_STRIDE + 2))
    art = tmp_path / "huge.txt"
    art.write_text(f"= Huge Race =\n\nThe Huge Race took place on May 1, 2003.\n\n"
                   f"| Pos | No | Team | Drivers | Laps |\n{rows}\n", encoding="utf-8")
    db = tmp_path / "p.db"
    reports, errors = ingest([art], db)
    assert reports == [] and not db.exists()
    assert [str(ENTRY_ID_STRIDE) in e.reason for e in errors] == [True]


def test_a_parallel_call_into_a_stored_database_matches_one_call(tmp_path: Path, many_articles: Path):
    """Appending with parser processes: stored people merge with the call's tallies (spelling,
    country, latest entry), a stored race is replaced, and every link points at a stored row."""
    once, twice = tmp_path / "once.db", tmp_path / "twice.db"
    ingest([many_articles], once, jobs=2)
    first = tmp_path / "first"
    first.mkdir()
    for src in sorted(many_articles.glob("*.txt"))[::3]:
        shutil.copy(src, first / src.name)
    ingest([first], twice, jobs=0)
    reports, errors = ingest([many_articles], twice, jobs=2)
    assert not errors and any(r.replaced for r in reports)
    assert people_of_entries(twice) == people_of_entries(once)
    assert counts(twice) == counts(once)
    db = connect(twice, readonly=True)
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.conn.close()
