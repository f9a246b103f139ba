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


def _title_case(question: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in question.split())


@pytest.mark.parametrize("case", [c for c in load(HERE / "corpus.jsonl") if c["status"] != NOT_FOUND][:40],
                         ids=lambda c: c["q"][:40])
def test_title_case_questions_are_answered_like_the_plain_ones(corpus_pw, case):
    # Title Case makes every question word look like a name; none of them may become one
    answer = corpus_pw.ask(_title_case(case["q"]))
    assert answer.status == case["status"] and "called" not in answer.summary, answer.text()


@pytest.mark.parametrize("place", ["Zandvoort", "Mugello", "Road America", "Bathurst"])
def test_a_race_of_a_stored_year_that_is_not_stored_is_not_found_never_another_race(corpus_pw, place):
    years = sorted({r.date[:4] for r in corpus_pw.results.races() if r.date})
    for year in years:
        for question in (f"who won the {year} {place} 1000km?", f"results of the {year} {place} 6 Hours",
                         f"who won the {year} FIA Sportscar Championship {place}?"):
            answer = corpus_pw.ask(question)
            assert answer.status == NOT_FOUND and (place in answer.summary or "No race" in answer.summary), (
                question, answer.text())
            assert not answer.entries and "won the" not in answer.summary


def test_a_season_is_not_mistaken_for_a_race(corpus_pw):
    championships = {c for (text,) in corpus_pw.db.execute("SELECT championships FROM races") for c in json.loads(text)}
    assert championships
    for championship in championships:
        answer = corpus_pw.ask(f"who won the {championship}?")
        assert answer.status == "unsupported", (championship, answer.text())


def test_who_drove_a_car_names_its_drivers_first(corpus_pw):
    for race in corpus_pw.results.races():
        for e in corpus_pw.results.race_entries(race.id)[:6]:
            answer = corpus_pw.ask(f"who drove the #{e.car_number} in the {race.title}?")
            first = answer.summary.split(". ")[0]
            assert all(d in first for d in e.drivers) and not first.startswith("#"), answer.summary


@pytest.mark.parametrize("aspect, value", [("tyres", "tyre"), ("engine", "engine"), ("class", "class_name")])
def test_an_aspect_asked_of_a_make_is_given_car_by_car(corpus_pw, aspect, value):
    asked = 0
    for race in corpus_pw.results.races():
        entries = corpus_pw.results.race_entries(race.id)
        make = entries[0].chassis.split()[0]
        cars = [e for e in entries if e.chassis.split()[0] == make]
        answer = corpus_pw.ask(f"what {aspect} did the {make} cars use in the {race.title}?")
        if not any(getattr(e, value) for e in cars):  # none printed: declined, in its status too
            assert answer.status == "unsupported" and "print no" in answer.summary, answer.summary
            asked += 1
            continue
        for e in cars:
            shown = getattr(e, value) or "not named in the results"
            assert f"#{e.car_number} " in answer.summary and shown in answer.summary, (aspect, answer.summary)
        asked += 1
    assert asked >= 5


def test_which_teams_drivers_or_cars_lists_the_whole_field_and_how_many_counts_it(corpus_pw):
    for race in corpus_pw.results.races():
        entries = corpus_pw.results.race_entries(race.id)
        teams = corpus_pw.ask(f"which teams entered the {race.title}?").summary
        assert all(e.team in teams for e in entries), teams
        drivers = corpus_pw.ask(f"which drivers raced in the {race.title}?").summary
        assert all(d in drivers for e in entries for d in e.drivers), drivers
        cars = corpus_pw.ask(f"what cars were in the {race.title}?").summary
        assert all(f"#{e.car_number} " in cars for e in entries), cars
        count = corpus_pw.ask(f"how many drivers took part in the {race.title}?")
        assert count.kind == "count" and entries[0].drivers[0] not in count.summary, count.summary


def test_races_of_a_year_are_listed(corpus_pw):
    races = corpus_pw.results.races()
    for year in {r.date[:4] for r in races if r.date}:
        answer = corpus_pw.ask(f"what races were held in {year}?")
        of_year = [r.title for r in races if (r.date or "").startswith(year)]
        assert answer.summary.startswith(f"{len(of_year)} race") and sorted(
            line.split(" — ")[0] for line in answer.lines) == sorted(of_year), answer.text()


def test_did_a_make_or_nation_win_is_answered_yes_or_no(corpus_pw):
    from data.countries import COUNTRIES
    checked = 0
    for race in corpus_pw.results.races():
        entries = corpus_pw.results.race_entries(race.id)
        winner = next(e for e in entries if e.position == 1)
        make = winner.chassis.split()[0]
        assert corpus_pw.ask(f"did a {make} win the {race.title}?").summary.startswith("Yes. "), race.title
        losers = {e.chassis.split()[0] for e in entries if make not in e.chassis}
        for other in sorted(losers)[:2]:
            assert corpus_pw.ask(f"did a {other} win the {race.title}?").summary.startswith("No. "), (race.title, other)
        nation = next((c for c in winner.driver_countries if c), None)
        if nation:
            demonym = COUNTRIES[nation].demonym
            assert corpus_pw.ask(f"did a {demonym} driver win the {race.title}?").summary.startswith("Yes. ")
        checked += 1
    assert checked >= 5


def test_the_first_or_last_race_of_a_year_or_of_all(corpus_pw):
    races = sorted(corpus_pw.results.races(), key=lambda r: (r.date or "", r.id))
    for year in {r.date[:4] for r in races if r.date}:
        of_year = [r for r in races if r.date.startswith(year)]
        for word, expected in (("first", of_year[0]), ("last", of_year[-1]), ("opening", of_year[0])):
            answer = corpus_pw.ask(f"who won the {word} race of {year}?")
            assert answer.races and answer.races[0].id == expected.id, (word, year, answer.summary)
            assert "won" in answer.summary, answer.summary  # the winner, not the last-placed car
    assert corpus_pw.ask("who won the last race?").races[0].id == races[-1].id


def test_how_many_drivers_in_all_or_in_a_year_is_counted_across_races(corpus_pw):
    db = corpus_pw.db
    drivers, teams = (db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("drivers", "teams"))
    summary = corpus_pw.ask("how many drivers are in the database?").summary
    assert summary.startswith(f"{drivers} drivers and {teams} teams"), summary
    for (year,) in db.execute("SELECT DISTINCT substr(date, 1, 4) FROM races"):
        n = db.execute("SELECT COUNT(DISTINCT x.driver_id) FROM entry_drivers x JOIN entries e ON e.id = x.entry_id "
                       "JOIN races r ON r.id = e.race_id WHERE r.date LIKE ? || '%'", [year]).fetchone()[0]
        summary = corpus_pw.ask(f"how many drivers raced in {year}?").summary
        assert summary.startswith(f"{n} drivers took part in the"), (year, summary)


def test_which_drivers_drove_for_a_team(corpus_pw):
    rows = corpus_pw.db.execute(
        "SELECT t.name, GROUP_CONCAT(DISTINCT d.name) FROM teams t JOIN entry_teams xt ON xt.team_id = t.id "
        "JOIN entry_drivers xd ON xd.entry_id = xt.entry_id JOIN drivers d ON d.id = xd.driver_id "
        "GROUP BY t.id HAVING COUNT(DISTINCT xt.entry_id) >= 2").fetchall()
    assert rows
    for team, drivers in rows:
        summary = corpus_pw.ask(f"which drivers drove for {team}?").summary
        assert all(d in summary for d in drivers.split(",")), (team, summary)


def test_how_far_behind_a_class_winner_was_is_measured_from_the_race_winner(corpus_pw):
    checked = 0
    for race in corpus_pw.results.races():
        entries = corpus_pw.results.race_entries(race.id)
        winner = next(e for e in entries if e.position == 1)
        for e in entries:
            if e.class_position == 1 and e.position != 1 and e.laps is not None and winner.laps is not None:
                summary = corpus_pw.ask(f"how far behind was the {e.class_name} winner in the {race.title}?").summary
                gap = winner.laps - e.laps
                assert f"was {gap} lap{'s' if gap != 1 else ''} behind" in summary, (race.title, e.class_name, summary)
                checked += 1
    assert checked >= 5


def test_a_class_that_did_not_run_is_not_found_never_another_winner(corpus_pw):
    stored = set(corpus_pw.results.class_names())
    for cls in ("LMP675", "GT3", "GT2", "LMP2", "SR3", "GTP", "LMGTE"):
        assert cls not in stored
        for question in (f"who won {cls}?", f"{cls} results", f"who won {cls} at Spa?"):
            answer = corpus_pw.ask(question)
            assert answer.status == NOT_FOUND and cls in answer.summary and not answer.entries, (question, answer.summary)
    for cls in stored:
        answer = corpus_pw.ask(f"who won {cls}?")
        assert answer.status == "answered" and cls in answer.summary, (cls, answer.summary)


def test_did_two_drivers_share_a_car(corpus_pw):
    pairs = corpus_pw.db.execute(
        "SELECT a.name, b.name, COUNT(*) FROM entry_drivers x JOIN entry_drivers y ON y.entry_id = x.entry_id "
        "AND y.driver_id > x.driver_id JOIN drivers a ON a.id = x.driver_id JOIN drivers b ON b.id = y.driver_id "
        "GROUP BY a.id, b.id ORDER BY 3 DESC, 1 LIMIT 12").fetchall()
    for a, b, shared in pairs:
        for question in (f"did {a} drive with {b}?", f"have {a} and {b} driven together?"):
            summary = corpus_pw.ask(question).summary
            assert summary.startswith("Yes: ") and f"in {shared} race" in summary, (question, summary)
    loner = corpus_pw.db.execute("SELECT name FROM drivers WHERE name != ? ORDER BY id DESC LIMIT 1",
                                 [pairs[0][0]]).fetchone()[0]
    assert corpus_pw.ask(f"did {pairs[0][0]} drive with {loner}?").summary.startswith("No: ")


def test_did_one_make_beat_another_compares_their_best_placed_cars(corpus_pw):
    from data.article import make_of
    from data.ask.helpers import rank_key as _rank_key
    checked = 0
    for race in corpus_pw.results.races():
        entries = corpus_pw.results.race_entries(race.id)
        makes = sorted({make_of(e.chassis) for e in entries if e.chassis} - {""})
        makes = [m for m in makes if len(m) >= 3 and m.isalpha()]  # not "R&M": no word to ask with
        for a, b in zip(makes, makes[1:]):
            best_a = min((e for e in entries if make_of(e.chassis) == a), key=_rank_key)
            best_b = min((e for e in entries if make_of(e.chassis) == b), key=_rank_key)
            summary = corpus_pw.ask(f"did the {a} beat the {b} in the {race.title}?").summary
            expected = "Yes. " if _rank_key(best_a) < _rank_key(best_b) else "No. "
            assert summary.startswith(expected), (a, b, race.title, summary)
            checked += 1
    assert checked >= 10


def test_the_slowest_finisher_is_the_lowest_placed_classified_car(corpus_pw):
    for race in corpus_pw.results.races():
        classified = [e for e in corpus_pw.results.race_entries(race.id) if e.classified]
        last = max(classified, key=lambda e: e.position)
        summary = corpus_pw.ask(f"who was the slowest finisher in the {race.title}?").summary
        assert f"#{last.car_number} " in summary and f"P{last.position} " in summary, summary


def test_which_team_had_the_most_cars(corpus_pw):
    for race in corpus_pw.results.races():
        counts: dict[str, int] = {}
        for e in corpus_pw.results.race_entries(race.id):
            counts[e.team] = counts.get(e.team, 0) + 1
        most = max(counts.values())
        summary = corpus_pw.ask(f"which team had the most cars in the {race.title}?").summary
        assert all(t in summary for t, n in counts.items() if n == most) and f"{most} car" in summary, summary
