"""Templated questions over every entry of every corpus race: the expected facts come from the
store itself, so this checks the question engine generally, not a list of known phrasings."""
from __future__ import annotations

from data.answers import ANSWERED, ordinal


def place(e) -> str:
    return f"{ordinal(e.position)} overall" if e.classified else e.status


def test_every_driver_car_and_class_winner_of_every_race(corpus_pw):
    pw = corpus_pw
    failures = []
    asked = 0
    surnames: dict[str, set[str]] = {}
    for race in pw.results.races():
        for e in pw.results.race_entries(race.id):
            for d in e.drivers:
                for word in d.lower().split():  # a surname alone is ambiguous if anyone's name has it
                    surnames.setdefault(word, set()).add(d)
    for race in pw.results.races():
        short = race.title.replace("2003 ", "").replace("2002 ", "")
        for e in pw.results.race_entries(race.id):
            cases = [(f"who drove car #{e.car_number} in the {race.title}", e.drivers),
                     (f"#{e.car_number} at {short}", [e.team.split(" / ")[0]])]
            for d in e.drivers:
                cases += [(f"how did {d} do in the {race.title}", [d, place(e)]),
                          (f"what car did {d} drive in the {race.title}", [e.chassis]),
                          (f"{d} laps in the {race.title}", [str(e.laps)]),
                          (f"which team did {d} drive for at {short}", [e.team])]
                if len(surnames[d.split()[-1].lower()]) == 1:
                    cases.append((f"{d.split()[-1]} at {short}", [d]))
            for question, must in cases:
                asked += 1
                answer = pw.ask(question)
                text = answer.text()
                if answer.status != ANSWERED or not all(m in text for m in must):
                    failures.append((question, must, answer.status, answer.summary[:100]))
        for cls in pw.results.class_names(race.id):
            winner = pw.results.class_winner(race.id, cls)
            if winner:
                asked += 1
                answer = pw.ask(f"who won {cls} in the {race.title}")
                if not all(d in answer.text() for d in winner.drivers):
                    failures.append((cls, race.title, answer.summary[:100]))
    assert asked > 1000
    assert failures == []
