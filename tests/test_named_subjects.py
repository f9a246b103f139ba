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
def speed_pw(tmp_path_factory: pytest.TempPathFactory) -> Pitwall:
    """The corpus plus a race where one car is a "Speed Up" (a make that is also a word questions use)."""
    folder = tmp_path_factory.mktemp("speed")
    title = "2001 1000 km of Magny-Cours"
    text = SEED.read_text(encoding="utf-8").replace(SEED_TITLE, title).replace("Gillet Vertigo Streiff", "Speed Up")
    (folder / "2001_1000_km_of_Magny-Cours.txt").write_text(text, encoding="utf-8")
    reports, errors = ingest([SEED_DIR, CORPUS, folder], folder / "pitwall.db")
    assert not errors
    pw = Pitwall(folder / "pitwall.db")
    assert pw.make_roles.get("speed") == ("Speed", "chassis")
    return pw


def test_a_make_that_is_a_question_word_needs_its_model_word(speed_pw):
    # "speed" of "top speed" is no Speed Up: the make phrase is the Lister Storm alone, and top speed is
    # a topic results do not record
    answer = speed_pw.ask("top speed of the lister storm at oschersleben")
    assert answer.status == UNSUPPORTED and "Speed" not in answer.summary.split(",")[0], answer.text()
    assert speed_pw.ask("what was tom kristensen's top speed at spa 2003").status == UNSUPPORTED
    # written with its model word, it is the make
    answer = speed_pw.ask("how did the speed up do at magny-cours")
    assert answer.status == ANSWERED and "#121" in answer.text(), answer.text()


def test_a_make_and_model_are_named_as_printed(corpus_pw):
    assert "Lister Storm car" in corpus_pw.ask("how did the lister storm do at oschersleben").summary
