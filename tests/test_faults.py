"""Faults: concurrent ingest into the live store, missing or corrupt databases."""
from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.database import ensure_database
from data.service import Pitwall
from data.ingest import ingest
from data.store import StoreError
from tests.conftest import CORPUS, SEED, SEED_DIR


def test_concurrent_ingest_serving_goes_on_and_the_new_race_appears(tmp_path: Path):
    db = tmp_path / "live.db"
    ingest([SEED], db)
    pw = Pitwall(db)
    old, new = "Tom Kristensen", "JJ Lehto"
    assert old in pw.ask("who won?").text()
    done = threading.Event()
    failures: list[BaseException] = []

    def writer() -> None:
        try:
            reports, errors = ingest(sorted(CORPUS.glob("*.txt")), db)
            assert not errors and len(reports) == 6
        except BaseException as exc:  # surfaced below
            failures.append(exc)
        finally:
            done.set()

    thread = threading.Thread(target=writer)
    thread.start()
    seen = []
    while not done.is_set():
        answer = pw.ask("who won?")
        assert answer.status == "answered"
        text = answer.text()
        assert (old in text) != (new in text), text  # one race or the other, never a mix
        seen.append(new in text)
    thread.join()
    assert not failures
    assert new in pw.ask("who won?").text()  # the committed race is served without a restart
    assert "2003 Petit Le Mans" in [r.title for r in pw.results.races()]
    assert seen == sorted(seen)  # once the new race is visible it stays visible


def test_missing_database_is_rebuilt_from_the_articles(tmp_path: Path):
    db = tmp_path / "pitwall.db"
    ensure_database(db, SEED_DIR)
    assert "Tom Kristensen" in Pitwall(db).ask("who won?").text()


def test_missing_database_without_articles_is_a_clear_error(tmp_path: Path):
    empty = tmp_path / "races"
    empty.mkdir()
    with pytest.raises(StoreError, match="no articles"):
        ensure_database(tmp_path / "pitwall.db", empty)


def test_cli_on_missing_database_and_no_articles_says_so(tmp_path: Path, monkeypatch):
    empty = tmp_path / "races"
    empty.mkdir()
    monkeypatch.setenv("PITWALL_DB", str(tmp_path / "none.db"))
    monkeypatch.setenv("PITWALL_RACES_DIR", str(empty))
    result = CliRunner().invoke(main, ["races"])
    assert result.exit_code != 0 and "no articles" in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("content", [b"garbage" * 200, b"SQLite format 3\x00" + b"\x00" * 50])
def test_corrupt_database_is_a_clear_error_naming_the_file(tmp_path: Path, content: bytes):
    bad = tmp_path / "corrupt.db"
    bad.write_bytes(content)
    result = CliRunner().invoke(main, ["ask", "who won?", "--db", str(bad)])
    assert result.exit_code != 0
    assert str(bad) in result.output and "Traceback" not in result.output


def test_stale_database_is_rebuilt_when_an_article_is_newer(tmp_path: Path):
    races = tmp_path / "races"
    shutil.copytree(SEED_DIR, races)
    db = tmp_path / "pitwall.db"
    ensure_database(db, races)
    shutil.copy(CORPUS / "2003_Petit_Le_Mans.txt", races)
    import os
    import time
    later = time.time() + 5
    os.utime(races / "2003_Petit_Le_Mans.txt", (later, later))
    ensure_database(db, races)
    assert "2003 Petit Le Mans" in [r.title for r in Pitwall(db).results.races()]
