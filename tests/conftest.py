"""Shared fixtures: stores built from the bundled seed and from the shared corpus."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from data.service import Pitwall
from data.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "races"
SEED = SEED_DIR / "2003_1000_km_of_Spa.txt"
SEED_TITLE, TIE_TITLE = "2003 1000 km of Spa", "2003 Spa Six Hours"
def find_shared() -> Path:
    """The shared corpus and questions: $PITWALL_SHARED, beside this checkout (as CI lays it out), or
    beside the repository this checkout was cloned from."""
    candidates = [Path(os.environ["PITWALL_SHARED"])] if os.environ.get("PITWALL_SHARED") else []
    candidates.append(ROOT.parent / "shared")
    origin = subprocess.run(["git", "config", "--get", "remote.origin.url"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    if origin and Path(origin).is_dir():
        candidates.append(Path(origin).resolve().parent / "shared")
    for candidate in candidates:
        if (candidate / "corpus").is_dir() and (candidate / "questions").is_dir():
            return candidate
    raise pytest.UsageError("The shared corpus was not found: set PITWALL_SHARED to the folder holding corpus/ "
                            f"and questions/ (looked in: {', '.join(map(str, candidates))}).")


SHARED = find_shared()
CORPUS = SHARED / "corpus"
BAD = CORPUS / "bad"
DEV_QUESTIONS = SHARED / "questions" / "dev.jsonl"


def build(paths: list[Path], db: Path) -> Path:
    reports, errors = ingest(paths, db)
    assert not errors, errors
    return db


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build([SEED_DIR], tmp_path_factory.mktemp("seed") / "pitwall.db")


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build([SEED_DIR, CORPUS], tmp_path_factory.mktemp("corpus") / "pitwall.db")


@pytest.fixture(scope="session")
def every_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every article we have, stored together: the seed, the corpus (its wikitext where there is one, the
    plain text otherwise) and the 42 WikiTableQuestions pages. Many races share a circuit, a country,
    a class or a car number, as in a real season's store."""
    wiki = sorted((CORPUS / "wikitext").glob("*.wiki"))
    texts = [t for t in sorted(CORPUS.glob("*.txt")) if not (CORPUS / "wikitext" / f"{t.stem}.wiki").exists()]
    return build([SEED_DIR, *wiki, *texts, SHARED / "wtq" / "pages"], tmp_path_factory.mktemp("every") / "pitwall.db")


@pytest.fixture(scope="session")
def every_pw(every_db: Path) -> Pitwall:
    return Pitwall(every_db)


@pytest.fixture(scope="session")
def tie_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed and corpus plus a second race on the seed's date (the seed under another title):
    every car number and class of the seed ran in two races on one day."""
    folder = tmp_path_factory.mktemp("tie")
    text = SEED.read_text(encoding="utf-8").replace(SEED_TITLE, TIE_TITLE)
    assert TIE_TITLE in text
    (folder / "2003_Spa_Six_Hours.txt").write_text(text, encoding="utf-8")
    return build([SEED_DIR, CORPUS, folder], folder / "pitwall.db")


@pytest.fixture(scope="session")
def tie_pw(tie_db: Path) -> Pitwall:
    return Pitwall(tie_db)


@pytest.fixture(scope="session")
def seed_pw(seed_db: Path) -> Pitwall:
    return Pitwall(seed_db)


@pytest.fixture(scope="session")
def corpus_pw(corpus_db: Path) -> Pitwall:
    return Pitwall(corpus_db)


F1DB = SHARED / "f1db"
F1_SLICE = (2004, 2005)


@pytest.fixture(scope="session")
def f1_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed plus F1DB's 2004–2005 seasons (``pitwall import f1db --seasons 2004-2005``)."""
    from data.f1db import import_f1db
    if not (F1DB / "src" / "data" / "seasons").is_dir():
        pytest.skip("the shared F1DB tree is not there")
    db = build([SEED_DIR], tmp_path_factory.mktemp("f1") / "pitwall.db")
    import_f1db(F1DB, db, F1_SLICE)
    return db


@pytest.fixture(scope="session")
def f1_pw(f1_db: Path) -> Pitwall:
    return Pitwall(f1_db)
