"""Free-text questions: the shared dev set and our own sets, about the seed and the corpus."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from data.answers import AMBIGUOUS, NOT_FOUND
from tests.conftest import DEV_QUESTIONS

HERE = Path(__file__).resolve().parent / "questions"


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def check(pw, case: dict) -> None:
    answer = pw.ask(case["q"])
    text = answer.text()
    assert answer.status == case["status"], text
    missing = [m for m in case["must"] if m not in text]
    assert not missing, f"missing {missing} in: {text}"
    if answer.status in (NOT_FOUND, AMBIGUOUS):
        # never somebody's result in place of the one asked about
        assert not answer.entries and not answer.fields and "finished" not in answer.summary


@pytest.mark.parametrize("case", load(DEV_QUESTIONS), ids=lambda c: c["q"][:40])
def test_dev_questions(seed_pw, case):
    check(seed_pw, case)


@pytest.mark.parametrize("case", load(HERE / "seed.jsonl"), ids=lambda c: c["q"][:40])
def test_seed_questions(seed_pw, case):
    check(seed_pw, case)


@pytest.mark.parametrize("case", load(HERE / "corpus.jsonl"), ids=lambda c: c["q"][:40])
def test_corpus_questions(corpus_pw, case):
    check(corpus_pw, case)


def test_sets_cover_every_kind_at_scale():
    assert len(load(HERE / "seed.jsonl")) + len(load(HERE / "corpus.jsonl")) >= 4 * len(load(DEV_QUESTIONS))


@pytest.mark.parametrize("question", ["how did Ayrton Senna do", "Michael Schumacher", "where did Tom Cruise finish",
                                      "did Lewis Hamilton win", "Peter Kristensen?"])
def test_absent_people_are_never_answered(seed_pw, question):
    assert seed_pw.ask(question).status == NOT_FOUND
