"""Blind question sets written from the articles alone (tests/questions/, by a helper who never saw the
code): scored right / declined / answered wrongly over every form of the shared races stored together.

The figures are floors measured when the sets were written (``scripts/score_questions.py`` prints them);
a change that answers more of them wrongly, or fewer rightly, fails here.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from data.ingest import ingest
from data.service import Pitwall
from tests.conftest import CORPUS, SEED_DIR, SHARED
from tests.f1db_questions import verdict

SETS = Path(__file__).parent / "questions"


@pytest.fixture(scope="module")
def forms_pw(tmp_path_factory: pytest.TempPathFactory) -> Pitwall:
    db = tmp_path_factory.mktemp("forms") / "pitwall.db"
    paths = [SHARED / "wtq" / "pages", SEED_DIR, *sorted((CORPUS / "wikitext").glob("*.wiki")),
             *sorted(CORPUS.glob("2003_FIA_Sportscar_Championship_*.txt"))]
    assert not ingest(paths, db)[1]
    return Pitwall(db)


def _score(pw: Pitwall, name: str) -> dict[str, int]:
    tally = {"right": 0, "declined": 0, "wrong": 0}
    for line in (SETS / name).read_text(encoding="utf-8").splitlines():
        tally[verdict(pw, json.loads(line))] += 1
    return tally


@pytest.mark.parametrize("name, right_at_least, wrong_at_most", [
    ("single_seater.jsonl", 0.90, 0.04),
    ("sportscar_forms.jsonl", 0.88, 0.03),
    ("traps.jsonl", 0.95, 0.05),
])
def test_blind_set(forms_pw: Pitwall, name: str, right_at_least: float, wrong_at_most: float) -> None:
    t = _score(forms_pw, name)
    n = sum(t.values())
    print(f"{name}: {n} questions, right {t['right']}, declined {t['declined']}, wrong {t['wrong']}")
    assert t["right"] >= right_at_least * n
    assert t["wrong"] <= wrong_at_most * n


def test_blind_trap_set_two_on_the_sportscar_races(corpus_pw: Pitwall) -> None:
    """183 questions written to trap a keyword matcher (tests/questions/traps2.jsonl): each must be declined."""
    answered = []
    lines = (SETS / "traps2.jsonl").read_text(encoding="utf-8").splitlines()
    for line in lines:
        case = json.loads(line)
        ans = corpus_pw.ask(case["q"])
        if ans.status == "answered":
            answered.append(case["q"])
    print(f"traps2.jsonl: {len(lines)} questions, declined {len(lines) - len(answered)}, answered {len(answered)}")
    assert len(answered) <= 0.08 * len(lines), answered
