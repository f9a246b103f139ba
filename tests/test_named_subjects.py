"""Questions about named subjects (drivers, teams, makes) on the corpus: which thing a name links to,
and answers that agree with their own facts."""
from __future__ import annotations

import re


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
    said = corpus_pw.ask("how did the lister storm do at oschersleben").summary
    assert "Lister Storm" in said and "Lister storm" not in said, said


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


@pytest.mark.parametrize("a, b, a_ahead", [
    ("the palmyr lucchini", "the balfe mosler", True),  # a team and a driver, each with its car's make
    ("equipe palmyr", "shaun balfe", True),
    ("jamie derbyshire", "the lucchini engineering car", False),
    ("the racing for holland dome", "the audi", False),
])
def test_a_yes_no_comparison_agrees_with_its_facts_and_the_order_asked(corpus_pw, tie_pw, a, b, a_ahead):
    # the comparison is answered by subjects.compare; where both raced in two races at Spa, it asks which
    assert tie_pw.ask(f"did {a} finish ahead of {b} at spa").status == "ambiguous"
    for question, yes in ((f"did {a} finish ahead of {b} at spa", a_ahead), (f"did {b} finish ahead of {a} at spa",
                                                                               not a_ahead),
                          (f"was {a} behind {b} at spa", not a_ahead), (f"did {b} beat {a} at spa", not a_ahead)):
        answer = corpus_pw.ask(question)
        assert answer.summary.startswith("Yes" if yes else "No"), (question, answer.summary)
        assert len(re.findall(r"\(P\d+|P\d+ \(", answer.summary)) <= 2, answer.text()  # a make is no third subject


def test_a_make_beside_a_subject_describes_its_car(corpus_pw):
    # the Lucchini of "the palmyr lucchini" is Equipe Palmyr's car, no third subject; of a team's cars the make
    # picks those of that make
    from data.ask.linking import parse_question
    p = parse_question(corpus_pw, "did the palmyr lucchini finish ahead of the balfe mosler at spa")
    assert not p.makes and p.subject_makes == {"Equipe Palmyr": ("Lucchini", "chassis"),
                                               "Shaun Balfe": ("Mosler", "chassis")}
    p = parse_question(corpus_pw, "did the racing for holland audi finish at spa")
    assert p.makes == [("Audi", "chassis")] and not p.subject_makes  # no Audi of theirs: the make stays a make


@pytest.mark.parametrize("question", ["why did the racing for holland dome retire at spa 03",
                                      "why did racing for holland retire at spa 2003",
                                      "what was the reason the racing for holland car retired at spa 03"])
def test_why_a_team_retired_is_its_retired_car_declined_without_a_printed_reason(corpus_pw, question):
    # Racing for Holland's #2 finished 3rd; its #1 retired after 42 laps and the article prints no reason
    answer = corpus_pw.ask(question)
    assert answer.status == UNSUPPORTED, answer.text()
    assert "#1" in answer.summary and "42 laps" in answer.summary and "#2" not in answer.summary, answer.text()
    assert corpus_pw.ask("why did jan lammers retire at spa 03").status == UNSUPPORTED


def test_why_a_team_retired_gives_its_retired_car_s_printed_reason(tmp_path):
    from tests.test_time_column import _with_time_column
    text, printed = _with_time_column(SEED.read_text(encoding="utf-8"))
    (tmp_path / "spa_timed.txt").write_text(text, encoding="utf-8")
    assert not ingest([tmp_path / "spa_timed.txt"], tmp_path / "p.db")[1]
    pw = Pitwall(tmp_path / "p.db")
    answer = pw.ask("why did the racing for holland dome retire?")
    assert answer.status == ANSWERED and printed["1"] in answer.summary and "#1" in answer.summary, answer.text()


def test_why_a_team_whose_cars_all_retired_retired_is_declined_for_each(tmp_path):
    text = SEED.read_text(encoding="utf-8").replace("| 3 | SR1 | 2 | NED Racing for Holland |",
                                                    "| DNF | SR1 | 2 | NED Racing for Holland |")
    (tmp_path / "spa.txt").write_text(text, encoding="utf-8")
    assert not ingest([tmp_path / "spa.txt"], tmp_path / "p.db")[1]
    answer = Pitwall(tmp_path / "p.db").ask("why did the racing for holland cars retire")
    assert answer.status == UNSUPPORTED and "#1 was retired (DNF) after 42 laps" in answer.summary, answer.text()
    assert "#2 was retired (DNF) after 138 laps" in answer.summary, answer.text()


@pytest.mark.parametrize("question", ["what was the winning margin in seconds at brno 2002",
                                      "how many seconds did the #8 win by at brno 2002",
                                      "what was the winning margin in seconds at monza 2003, all top 3 on 84 laps",
                                      "how many seconds behind the winner was lagorce at spa 2003",
                                      "how many seconds behind kristensen was lagorce at spa 2003",
                                      "what was the time gap between 1st and 2nd at brno 2002",
                                      "gap in minutes between the two racing for holland cars at spa 2003"])
def test_a_gap_asked_in_time_is_never_answered_in_laps(corpus_pw, question):
    # these articles print laps and no times: the gap in seconds is declined, never given as "0 laps"
    answer = corpus_pw.ask(question)
    assert answer.status == UNSUPPORTED and "print no times" in answer.summary, answer.text()
    assert "lap" not in answer.summary.replace("only laps", ""), answer.text()


def test_a_gap_asked_in_time_uses_the_printed_times(tmp_path):
    from tests.test_time_column import _with_time_column
    text, _printed = _with_time_column(SEED.read_text(encoding="utf-8"))
    row = "| 2 | SR1 | 16 | FRA Pescarolo Sport | FRA Franck Lagorce FRA Stéphane Sarrazin | Courage C60 | | 140 | +4 Laps |"
    assert row in text
    text = text.replace(row, row.replace("| 140 | +4 Laps |", "| 144 | +12.345 |"))
    (tmp_path / "spa_timed.txt").write_text(text, encoding="utf-8")
    assert not ingest([tmp_path / "spa_timed.txt"], tmp_path / "p.db")[1]
    pw = Pitwall(tmp_path / "p.db")
    for question in ("what was the winning margin in seconds?", "what was the winning margin?",
                     "how many seconds behind the winner was lagorce?", "time gap between kristensen and lagorce?"):
        answer = pw.ask(question)
        assert answer.status == ANSWERED and "12.345 seconds" in answer.summary, (question, answer.text())
    # a gap in time to a car that retired: no time is printed for it
    answer = pw.ask("how many seconds behind the winner was the #1 racing for holland?")
    assert answer.status == UNSUPPORTED and "no time for" in answer.summary, answer.text()
