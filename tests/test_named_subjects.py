"""Questions about named subjects (drivers, teams, makes) on the corpus: which thing a name links to,
and answers that agree with their own facts."""
from __future__ import annotations

from pathlib import Path

import pytest

from data.answers import ANSWERED, UNSUPPORTED
from data.ingest import ingest
from data.service import Pitwall
from tests.conftest import CORPUS, SEED, SEED_DIR, SEED_TITLE


@pytest.fixture(scope="module")
def extra_pw(tmp_path_factory: pytest.TempPathFactory) -> Pitwall:
    """The corpus plus an older race where the #121 is a "Speed Up" (a make that is also a word questions
    use) driven by Henri Pescarolo (a driver who shares a word with the team Pescarolo Sport)."""
    folder = tmp_path_factory.mktemp("extra")
    title = "2001 1000 km of Magny-Cours"
    text = SEED.read_text(encoding="utf-8").replace(SEED_TITLE, title).replace("Gillet Vertigo Streiff", "Speed Up")
    text = text.replace("BEL Sébastien Ugeux", "FRA Henri Pescarolo")
    (folder / "2001_1000_km_of_Magny-Cours.txt").write_text(text, encoding="utf-8")
    reports, errors = ingest([SEED_DIR, CORPUS, folder], folder / "pitwall.db")
    assert not errors
    pw = Pitwall(folder / "pitwall.db")
    assert pw.make_roles.get("speed") == ("Speed", "chassis")
    assert pw.drivers.resolve("pescarolo").status == pw.teams.resolve("pescarolo").status == "answered"
    return pw


def test_a_make_that_is_a_question_word_needs_its_model_word(extra_pw):
    # "speed" of "top speed" is no Speed Up: the make phrase is the Lister Storm alone, and top speed is
    # a topic results do not record
    answer = extra_pw.ask("top speed of the lister storm at oschersleben")
    assert answer.status == UNSUPPORTED and "Speed" not in answer.summary.split(",")[0], answer.text()
    assert extra_pw.ask("what was tom kristensen's top speed at spa 2003").status == UNSUPPORTED
    # written with its model word, it is the make
    answer = extra_pw.ask("how did the speed up do at magny-cours")
    assert answer.status == ANSWERED and "#121" in answer.text(), answer.text()


def test_a_make_and_model_are_named_as_printed(corpus_pw):
    assert "Lister Storm car" in corpus_pw.ask("how did the lister storm do at oschersleben").summary


def test_a_name_of_a_driver_and_a_team_links_the_one_in_the_race(extra_pw):
    # Henri Pescarolo did not race at Monza or Dijon; Pescarolo Sport (a Courage) did
    answer = extra_pw.ask("was the pescarolo courage classified at monza")
    assert answer.status == ANSWERED and answer.summary.startswith("No") and "49 laps" in answer.summary, answer.text()
    assert "Pescarolo Sport" in answer.text() and "Henri" not in answer.text()
    answer = extra_pw.ask("how did pescarolo get on at dijon 2002")
    assert "#16 Pescarolo Sport" in answer.summary and "116 laps" in answer.summary, answer.text()
    assert "Peugeot" in extra_pw.ask("what engine was in the pescarolo courage at dijon").summary
    # where he did race, he is still found
    assert "Henri Pescarolo" in extra_pw.ask("how did henri pescarolo do at magny-cours").summary
    # the team linked is no licence to answer what its result does not say
    assert extra_pw.ask("michelin or dunlop on the pescarolo courage at spa?").status == UNSUPPORTED
    assert extra_pw.ask("who was running 2nd at monza 2003 when the pescarolo went out").status == UNSUPPORTED


def test_a_model_word_that_is_a_team_name_is_the_car_where_only_the_car_raced(corpus_pw):
    # Corvette Racing was not at Spa; Xero Competition's Chevrolet Corvette was
    answer = corpus_pw.ask("how did the corvette do at spa 2003")
    assert answer.status == ANSWERED and "#150 Xero Competition" in answer.summary, answer.text()
    assert "Corvette Racing" in corpus_pw.ask("how did the corvette do at petit le mans 2003").summary
