"""Splitting Drivers cells that have no nationality codes."""
from __future__ import annotations

import pytest

from data.splitting import NameKnowledge, split_names
from data.article import RAW_DRIVERS, RAW_NUMBER
from data.ingest import parse_all
from tests.conftest import CORPUS


@pytest.mark.parametrize("cell, names", [
    ("Werner Lupberger Klaas Zwart Charles Hall", ["Werner Lupberger", "Klaas Zwart", "Charles Hall"]),
    ("Jean-Christophe Boullion Franck Lagorce", ["Jean-Christophe Boullion", "Franck Lagorce"]),
    ("Mauro Baldi Filippo Francioni Ezio Mazza", ["Mauro Baldi", "Filippo Francioni", "Ezio Mazza"]),
    ("Arjan van der Zwaan Klaus Abbelen", ["Arjan van der Zwaan", "Klaus Abbelen"]),
    ("John Nielsen Hayanari Shimoda", ["John Nielsen", "Hayanari Shimoda"]),
    # a generation ends the name before it, and a rookie's mark is no name (the 1998 Pepsi 400 had "Jr. #")
    ("Kenny Irwin, Jr. #", ["Kenny Irwin, Jr."]),
    ("Dale Earnhardt Jr. Jeff Gordon", ["Dale Earnhardt Jr.", "Jeff Gordon"]),
])
def test_split_with_given_name_knowledge_only(cell: str, names: list[str]):
    assert split_names(cell, NameKnowledge.from_names([])).names == names


def test_known_names_decide_an_otherwise_unclear_split():
    knowledge = NameKnowledge.from_names(["Zorro Mac Ally"])
    assert split_names("Zorro Mac Ally Ann Bee", knowledge).names == ["Zorro Mac Ally", "Ann Bee"]


def test_corpus_uncoded_articles_split_and_uncertain_listed():
    races, errors = parse_all(sorted(CORPUS.glob("*.txt")))
    assert not errors
    car, drivers = RAW_NUMBER, RAW_DRIVERS
    monza = next(r for r in races if "Monza" in r.title)
    cells = {e[car]: [d[0] for d in e[drivers]] for e in monza.entries}
    assert cells["21"] == ["Werner Lupberger", "Klaas Zwart", "Charles Hall"]
    assert cells["54"] == ["Ranieri Randaccio", "Jacepo Sebastiani"]
    estoril = next(r for r in races if "Estoril" in r.title)
    assert [d[0] for d in next(e for e in estoril.entries if e[car] == "12")[drivers]] == [
        "Alex Caffi", "Gianfranco Trombetti"]
