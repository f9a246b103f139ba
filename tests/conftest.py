"""Shared fixtures: stores built from the bundled seed and from the shared corpus."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from data.service import Pitwall
from data.store import ingest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "races"
SEED = SEED_DIR / "2003_1000_km_of_Spa.txt"
SHARED = Path(os.environ.get("PITWALL_SHARED", ROOT.parent / "shared"))
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
def seed_pw(seed_db: Path) -> Pitwall:
    return Pitwall(seed_db)


@pytest.fixture(scope="session")
def corpus_pw(corpus_db: Path) -> Pitwall:
    return Pitwall(corpus_db)
