"""Templated questions over every entry of every corpus race: the expected facts come from the
store itself, so this checks the question engine generally, not a list of known phrasings."""
from __future__ import annotations

import re

from data.answers import ANSWERED, ordinal
from data.folding import fold


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


Check = tuple  # (question, test of the answer's text)


def failures_of(pw, checks: list) -> list[tuple[str, str]]:
    """The question and the start of the answer of every check whose answer fails its test."""
    failed = []
    for question, ok in checks:
        answer = pw.ask(question)
        if answer.status != ANSWERED or not ok(answer.text()):
            failed.append((question, answer.text()[:140]))
    return failed


def test_the_fastest_of_a_nationality_or_class_is_its_best_placed(corpus_pw):
    """“The fastest Brit / GTO car” is a result, not the race's fastest lap (a lap is asked as one)."""
    from data.countries import COUNTRIES
    pw = corpus_pw
    checks: list[Check] = []
    for race in pw.results.races():
        entries = pw.results.race_entries(race.id)
        ranked = sorted((e for e in entries if e.classified), key=lambda e: e.position)
        for iso in sorted({c for e in entries for c in e.driver_countries if c}):
            best = next((e for e in ranked if iso in e.driver_countries), None)
            if best is not None:
                names = [d for d, c in zip(best.drivers, best.driver_countries) if c == iso]
                checks.append((f"who was the fastest {COUNTRIES[iso].demonym} in the {race.title}?",
                               lambda t, names=names: all(n in t for n in names) and "Fastest Lap" not in t))
        for cls in pw.results.class_names(race.id):
            winner = pw.results.class_winner(race.id, cls)
            if winner is not None:
                checks.append((f"which was the fastest {cls} car in the {race.title}?",
                               lambda t, w=winner: f"#{w.car_number} " in t and "Fastest Lap" not in t))
    assert len(checks) > 50
    assert failures_of(pw, checks) == []


def test_a_statistic_asked_of_a_class_says_when_the_article_gives_only_the_race_s(corpus_pw):
    pw = corpus_pw
    checks: list[Check] = []
    declines: list[tuple[str, str, str]] = []
    for race in pw.results.races():
        stats = pw.results.race_details(race.id)["stats"]
        for kind, words in (("fastest_lap", "fastest lap"), ("pole", "pole position")):
            s = stats.get(kind)
            if not s or not s["car_number"]:
                continue
            holder = pw.results.car_entries(race.id, s["car_number"])[0].class_name
            for cls in pw.results.class_names(race.id):
                question = f"what was the {words} in {cls} in the {race.title}?"
                if cls == holder:
                    checks.append((question, lambda t, v=s["value"]: v in t))
                else:  # the article gives one for the race only: a decline that says what it does give
                    declines.append((question, s["value"], f"none for {cls}"))
    assert len(checks) >= 2 and len(declines) >= 8
    assert failures_of(pw, checks) == []
    wrong = [(q, a.status, a.summary) for q, v, told in declines
             if (a := pw.ask(q)).status != "unsupported" or v not in a.summary or told not in a.summary]
    assert wrong == []


def test_what_is_asked_of_a_class_winner_leads_its_answer(corpus_pw):
    """The engine, chassis or yes/no asked of a class's winner, for every class of every race."""
    from data.countries import COUNTRIES
    pw = corpus_pw
    nations = sorted({c for race in pw.results.races() for e in pw.results.race_entries(race.id)
                      for c in e.driver_countries if c})
    checks: list[Check] = []
    for race in pw.results.races():
        for cls in pw.results.class_names(race.id):
            w = pw.results.class_winner(race.id, cls)
            if w is None:
                continue
            engine_words = w.engine.replace("L ", " ").split()[:2]
            checks += [(f"which engine did the {cls} winner use in the {race.title}?",
                        lambda t, w=w, words=engine_words: t.startswith(f"The {w.class_name} winner") and all(
                            x.rstrip("L") in t for x in words)),
                       (f"what chassis did the {cls} winner drive in the {race.title}?",
                        lambda t, w=w: t.startswith(f"The {w.class_name} winner") and w.chassis in t)]
            for iso in nations[:6]:
                checks.append((f"did a {COUNTRIES[iso].demonym} driver win {cls} in the {race.title}?",
                               lambda t, won=iso in w.driver_countries: t.startswith("Yes" if won else "No")))
    assert len(checks) > 100
    assert failures_of(pw, checks) == []


def test_did_any_or_every_car_of_a_class_or_team_finish_or_retire(corpus_pw):
    """Yes or No first, decided over the cars the question names, for every class and every team
    with several cars in every corpus race."""
    pw = corpus_pw
    checks: list[Check] = []
    for race in pw.results.races():
        entries = pw.results.race_entries(race.id)
        groups = [(f"{cls} car", [e for e in entries if e.class_name == cls]) for cls in pw.results.class_names(race.id)]
        teams: dict[str, list] = {}
        for e in entries:
            teams.setdefault(e.team, []).append(e)
        groups += [(f"{team} car", cars) for team, cars in teams.items() if len(cars) > 1 and "/" not in team]
        for what, cars in groups:
            retired = any(e.status == "DNF" for e in cars)
            finished_all = all(e.classified for e in cars)
            checks += [(f"did any {what} retire in the {race.title}?", lambda t, y=retired: t.startswith("Yes" if y else "No")),
                       (f"did every {what} finish in the {race.title}?",
                        lambda t, y=finished_all: t.startswith("Yes" if y else "No"))]
    assert len(checks) > 40
    assert failures_of(pw, checks) == []


_ORDINAL_WORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def test_runners_up_and_places_asked_yes_or_no(corpus_pw):
    """The runner-up overall, in a class and in every class; "did X finish ‹n›th?" and "was X in
    the top 3?" answered against X's place, for every driver of every corpus race."""
    pw = corpus_pw
    checks: list[Check] = []
    for race in pw.results.races():
        entries = pw.results.race_entries(race.id)
        second = pw.results.entry_at(race.id, 2)
        if second:
            checks.append((f"who was runner-up in the {race.title}?", lambda t, s=second: all(d in t for d in s.drivers)))
        class_seconds = [e for e in entries if e.class_position == 2]
        for e in class_seconds:
            checks.append((f"who was the runner up in {e.class_name} in the {race.title}?",
                           lambda t, e=e: all(d in t for d in e.drivers)))
        if class_seconds:
            checks.append((f"who finished second in each class in the {race.title}?",
                           lambda t, cs=class_seconds: all(f"#{e.car_number} " in t for e in cs)))
        for e in entries:
            d = e.drivers[0]
            for n in (1, 2, 3):
                checks.append((f"did {d} finish {_ORDINAL_WORD[n]} in the {race.title}?",
                               lambda t, ok=e.position == n: t.startswith("Yes" if ok else "No")))
            checks.append((f"was {d} in the top 3 in the {race.title}?",
                           lambda t, ok=e.position is not None and e.position <= 3: t.startswith("Yes" if ok else "No")))
    assert len(checks) > 300
    assert failures_of(pw, checks) == []


def test_the_most_successful_team_and_driver_are_the_ones_with_most_wins(corpus_pw):
    pw = corpus_pw
    wins: dict[str, int] = {}
    for race in pw.results.races():
        w = pw.results.entry_at(race.id, 1)
        wins[w.team] = wins.get(w.team, 0) + 1
    best = max(wins.values())
    leaders = [t for t, n in wins.items() if n == best]
    for question in ("who is the most successful team?", "which is the most successful team?"):
        text = pw.ask(question).text()
        assert all(t in text for t in leaders), (question, text[:200])


def test_yes_or_no_about_a_driver_s_wins_years_and_nationality(corpus_pw):
    """'has X won any races?', 'did X win any races in ‹year›?', 'Is X ‹demonym›?' and a capitalised
    'Did ‹Surname› win the ‹race›?', for every driver of the corpus."""
    from data.countries import COUNTRIES
    pw = corpus_pw
    people: dict[str, list] = {}
    countries: dict[str, str | None] = {}
    for race in pw.results.races():
        for e in pw.results.race_entries(race.id):
            for d, c in zip(e.drivers, e.driver_countries):
                people.setdefault(d, []).append(e)
                countries[d] = countries.get(d) or c
    surname_owners: dict[str, set[str]] = {}
    for d in people:
        for w in d.lower().split():
            surname_owners.setdefault(w, set()).add(d)
    checks: list[Check] = []
    for d, entries in people.items():
        won = any(e.position == 1 for e in entries)
        checks.append((f"has {d} won any races?", lambda t, won=won: t.startswith("Yes" if won else "No")))
        for year in sorted({e.race.date[:4] for e in entries}):
            won_then = any(e.position == 1 and e.race.date.startswith(year) for e in entries)
            checks.append((f"did {d} win any races in {year}?", lambda t, w=won_then: t.startswith("Yes" if w else "No")))
        iso = countries[d]
        if iso:
            other = "FRA" if iso != "FRA" else "GBR"
            checks += [(f"is {d} {COUNTRIES[iso].demonym}?", lambda t: t.startswith("Yes")),
                       (f"Is {d} {COUNTRIES[other].demonym}?", lambda t: t.startswith("No"))]
        surname = d.split()[-1]
        if len(surname_owners[surname.lower()]) == 1 and len(people[d]) == 1:
            e = entries[0]
            checks.append((f"Did {surname} win the {e.race.title}?",
                           lambda t, won=e.position == 1: t.startswith("Yes" if won else "No")))
    assert len(checks) > 300
    assert failures_of(pw, checks) == []


def test_teams_by_cars_nationalities_makes_and_the_chequered_flag(corpus_pw):
    """Teams with n cars, the nationalities represented, the make that won a class, who took the
    chequered flag, and 'did a ‹make› finish on the podium?', for every corpus race."""
    from data.article import make_of
    pw = corpus_pw
    checks: list[Check] = []
    for race in pw.results.races():
        entries = pw.results.race_entries(race.id)
        per_team: dict[str, int] = {}
        printed: dict[str, str] = {}  # a team printed two ways ("GruppeM", "Gruppe M") is one team
        for e in entries:
            team = printed.setdefault(re.sub(r"[\W_]+", "", fold(e.team)), e.team)
            per_team[team] = per_team.get(team, 0) + 1
        for n, word in ((1, "one"), (2, "two"), (3, "three")):
            teams = [t for t, c in per_team.items() if c == n]
            checks.append((f"which teams had {word} cars in the {race.title}?",
                           lambda t, teams=teams: all(x in t for x in teams) if teams else t.startswith("No team")))
        nations = len({c for e in entries for c in e.driver_countries if c})
        checks.append((f"how many nationalities were represented in the {race.title}?",
                       lambda t, n=nations: t.startswith(f"{n} nationalit")))
        winner = pw.results.entry_at(race.id, 1)
        checks.append((f"who took the chequered flag in the {race.title}?",
                       lambda t, w=winner: all(d in t for d in w.drivers)))
        for cls in pw.results.class_names(race.id):
            w = pw.results.class_winner(race.id, cls)
            if w:
                checks.append((f"which manufacturer won {cls} in the {race.title}?",
                               lambda t, w=w: t.startswith(f"The {w.class_name} winner") and f" {make_of(w.chassis)} (" in t))
        for make in sorted({make_of(e.chassis) for e in entries if make_of(e.chassis)}):
            on = any(e.position and e.position <= 3 and make_of(e.chassis) == make for e in entries)
            checks.append((f"did a {make} finish on the podium in the {race.title}?",
                           lambda t, on=on: t.startswith("Yes" if on else "No")))
    assert len(checks) > 80
    assert failures_of(pw, checks) == []


def test_race_length_and_races_ranked_by_finishers_or_retirements(corpus_pw):
    import re
    pw = corpus_pw
    checks: list[Check] = []
    finishers, retired = {}, {}
    for race in pw.results.races():
        entries = pw.results.race_entries(race.id)
        finishers[race.title] = sum(e.classified for e in entries)
        retired[race.title] = sum(e.status == "DNF" for e in entries)
        w = pw.results.entry_at(race.id, 1)
        stated = pw.results.race_details(race.id)["distance"] or (
            re.search(r"\d+\s?(?:km|miles|hours)", race.title) or [""])[0]
        checks += [(f"how long was the {race.title}?", lambda t, w=w, d=stated: w.laps_text in t and d in t),
                   (f"how many laps was the race at the {race.title}?", lambda t, w=w: w.laps_text in t),
                   (f"what was the winning team's engine in the {race.title}?",
                    lambda t, w=w: w.engine.split()[0] in t.split(".")[0] and w.team in t)]
    for counts, words in ((finishers, ("fewest", "finishers")), (retired, ("most", "retirements"))):
        best = (min if words[0] == "fewest" else max)(counts.values())
        tops = [r for r, n in counts.items() if n == best]
        checks.append((f"which race had the {words[0]} {words[1]}?",
                       lambda t, tops=tops, n=best: all(r in t for r in tops) and f": {n}." in t))
    assert failures_of(pw, checks) == []


def test_two_races_named_in_one_question_and_a_team_s_cars_counted(corpus_pw):
    """Every pair of corpus races named by title: their winners, and the drivers in both; and
    'how many ‹team› cars finished?' for every team with several cars."""
    from itertools import combinations
    pw = corpus_pw
    checks: list[Check] = []
    races = pw.results.races()
    for a, b in combinations(races, 2):
        wa, wb = pw.results.entry_at(a.id, 1), pw.results.entry_at(b.id, 1)
        both = ({d for e in pw.results.race_entries(a.id) for d in e.drivers}
                & {d for e in pw.results.race_entries(b.id) for d in e.drivers})
        checks += [(f"who won the {a.title} and the {b.title}?",
                    lambda t, ws=(wa, wb): all(d in t for w in ws for d in w.drivers)),
                   (f"which drivers raced in both the {a.title} and the {b.title}?",
                    lambda t, both=both: all(d in t for d in both) and (
                        t.startswith(f"{len(both)} driver") if both else t.startswith("No driver")))]
    for race in races:
        teams: dict[str, list] = {}
        for e in pw.results.race_entries(race.id):
            teams.setdefault(e.team, []).append(e)
        for team, cars in teams.items():
            if len(cars) > 1 and "/" not in team:
                share = f"{sum(e.classified for e in cars)} of the {len(cars)} "
                checks.append((f"how many {team} cars finished in the {race.title}?",
                               lambda t, share=share: t.startswith(share)))
    assert len(checks) > 40
    assert failures_of(pw, checks) == []


def test_a_race_named_by_the_country_it_was_held_in(corpus_pw):
    """'the Belgian race in 2003', 'who won in Italy in 2003?': the race at a circuit of that country;
    a country with no stored race is not_found, never another race's winner."""
    from data.answers import NOT_FOUND
    from data.circuits import circuit_country
    from data.countries import COUNTRIES
    pw = corpus_pw
    checks: list[Check] = []
    held: dict[tuple[str, str], list] = {}
    for race in pw.results.races():
        iso = circuit_country(race.circuit, race.title)
        if iso:
            held.setdefault((iso, race.date[:4]), []).append(race)
    assert len(held) >= 5
    for (iso, year), races in held.items():
        if len(races) == 1:
            w = pw.results.entry_at(races[0].id, 1)
            c = COUNTRIES[iso]
            for question in (f"who won the {c.demonym} race in {year}?", f"who won in {c.name} in {year}?"):
                checks.append((question, lambda t, w=w: all(d in t for d in w.drivers)))
    assert failures_of(pw, checks) == []
    nowhere = [c for iso, c in COUNTRIES.items() if iso not in {k[0] for k in held}][:5]
    for c in nowhere:
        answer = pw.ask(f"who won the {c.demonym} race?")
        assert answer.status == NOT_FOUND and c.name in answer.summary, answer.summary


def test_classes_ranked_and_the_most_common_chassis_or_make(corpus_pw):
    from data.article import make_of
    pw = corpus_pw
    checks: list[Check] = []
    for race in pw.results.races():
        entries = pw.results.race_entries(race.id)
        classes = pw.results.class_names(race.id)
        for words, keep in ((("most", "entries"), lambda e: True), (("most", "retirements"), lambda e: e.status == "DNF"),
                            (("most", "finishers"), lambda e: e.classified), (("fewest", "entries"), lambda e: True)):
            counts = {c: sum(1 for e in entries if e.class_name == c and keep(e)) for c in classes}
            n = (max if words[0] == "most" else min)(counts.values())
            top = [c for c, k in counts.items() if k == n]
            checks.append((f"which class had the {words[0]} {words[1]} in the {race.title}?",
                           lambda t, top=top, n=n: all(c in t.split(" had ")[0] for c in top) and f": {n}" in t))
        for what, value in (("chassis", lambda e: e.chassis), ("make", lambda e: make_of(e.chassis))):
            counts: dict[str, int] = {}
            for e in entries:
                counts[value(e)] = counts.get(value(e), 0) + 1
            n = max(counts.values())
            top = [v for v, k in counts.items() if k == n]
            checks.append((f"what was the most common {what} in the {race.title}?",
                           lambda t, top=top, n=n: all(v in t for v in top) and f"({n} car" in t))
    assert failures_of(pw, checks) == []


def test_places_by_range_from_the_bottom_and_by_laps_from_the_winner(corpus_pw):
    """'who finished between 3rd and 6th?', 'the bottom 3', 'on the lead lap', 'within n laps of
    the winner', for every corpus race."""
    pw = corpus_pw
    checks: list[Check] = []
    for race in pw.results.races():
        ranked = sorted((e for e in pw.results.race_entries(race.id) if e.classified), key=lambda e: e.position)
        if len(ranked) >= 6:
            want = [f"#{e.car_number} " for e in ranked[2:6]]
            checks.append((f"who finished between 3rd and 6th in the {race.title}?",
                           lambda t, want=want: all(w in t for w in want) and "behind" not in t.split(".")[0]))
        bottom = [f"#{e.car_number} " for e in ranked[-3:]]
        checks.append((f"who were the bottom 3 in the {race.title}?", lambda t, b=bottom: all(x in t for x in b)))
        for n, words in ((0, "on the lead lap"), (3, "within 3 laps of the winner")):
            cars = [e for e in ranked if (e.behind_overall or 0) <= n]
            checks.append((f"how many cars finished {words} in the {race.title}?",
                           lambda t, cars=cars: t.startswith(f"{len(cars)} car") and all(
                               f"#{e.car_number} " in t for e in cars)))
    assert failures_of(pw, checks) == []


def test_statistics_asked_of_a_car_the_winner_or_the_pole_sitter(corpus_pw):
    """'did X set the fastest lap?', 'was the winner on pole?', 'did the pole sitter win?', 'how many
    laps did the pole sitter complete?' for every driver and race whose article gives the statistic."""
    pw = corpus_pw
    checks: list[Check] = []
    for race in pw.results.races():
        stats = pw.results.race_details(race.id)["stats"]
        entries = pw.results.race_entries(race.id)
        w = pw.results.entry_at(race.id, 1)
        fastest, pole = stats.get("fastest_lap"), stats.get("pole")
        if fastest and fastest["car_number"]:
            for e in entries:
                checks.append((f"did {e.drivers[0]} set the fastest lap in the {race.title}?",
                               lambda t, y=e.car_number == fastest["car_number"]: t.startswith("Yes" if y else "No")))
            checks.append((f"was the fastest lap set by the winner in the {race.title}?",
                           lambda t, y=w.car_number == fastest["car_number"]: t.startswith("Yes" if y else "No")))
        if pole and pole["car_number"]:
            sitter = next(e for e in entries if e.car_number == pole["car_number"])
            checks += [(f"was the winner on pole in the {race.title}?",
                        lambda t, y=w.car_number == sitter.car_number: t.startswith("Yes" if y else "No")),
                       (f"did the pole sitter win the {race.title}?",
                        lambda t, y=sitter.position == 1: t.startswith("Yes" if y else "No")),
                       (f"how many laps did the pole sitter complete in the {race.title}?",
                        lambda t, s=sitter: f"completed {s.laps_text}" in t)]
    assert len(checks) >= 20
    assert failures_of(pw, checks) == []


def test_an_unknown_team_is_named_whole_with_its_small_words(corpus_pw):
    """'Racing for Germany' when no such team is stored: the answer names it whole (not 'Racing'),
    in lower, Title or sentence case."""
    from data.answers import NOT_FOUND
    from data.countries import COUNTRIES
    pw = corpus_pw
    stored = {n.lower() for (n,) in pw.db.execute("SELECT name FROM teams")}
    names = [f"{head} {joiner} {c.name}" for c in list(COUNTRIES.values())[:12]
             for head, joiner in (("Racing", "for"), ("Scuderia", "del"), ("Escuderia", "de"))
             if " " not in c.name and f"{head} {joiner} {c.name}".lower() not in stored]
    assert len(names) > 20
    failures = []
    for name in names:
        for question in (f"how did {name} do?", f"Did {name} win?", f"Where Did {name} Finish?"):
            answer = pw.ask(question)
            if answer.status != NOT_FOUND or f"“{name}”".lower() not in answer.summary.lower():
                failures.append((question, answer.status, answer.summary[:100]))
    assert failures == []


def test_a_make_and_its_model_word_narrow_to_that_model(corpus_pw):
    """'the Ferrari 360', 'Porsche 996 cars': counted by make and model, for every make of every
    corpus race with several models."""
    pw = corpus_pw
    checks: list[Check] = []
    for race in pw.results.races():
        models: dict[str, dict[str, int]] = {}
        for e in pw.results.race_entries(race.id):
            words = e.chassis.split()
            if len(words) > 1:
                models.setdefault(words[0], {}).setdefault(words[1], 0)
                models[words[0]][words[1]] += 1
        for make, counts in models.items():
            if len(counts) > 1:
                for model, n in counts.items():
                    checks.append((f"how many {make} {model} cars were there in the {race.title}?",
                                   lambda t, n=n: t.startswith(f"{n} ")))
    assert len(checks) >= 4
    assert failures_of(pw, checks) == []


def test_rounds_series_and_a_driver_s_latest_win(corpus_pw):
    """Which round a race was (as its intro says); the races of a championship in a year, its
    first race, and the winners of its classes in a race shared with another championship; when
    a driver last won — for every race, championship and winner of the corpus."""
    import json
    import re
    pw = corpus_pw
    checks: list[Check] = []
    series: dict[tuple[str, str], list] = {}
    winners: dict[str, list] = {}
    for race in pw.results.races():
        intro = pw.db.execute("SELECT intro FROM races WHERE id = ?", [race.id]).fetchone()[0]
        said = re.findall(r"\b(\w+)(?: and final)? (?:race|round)\b", intro)
        if said:
            checks.append((f"which round was the {race.title}?", lambda t, said=said: all(w in t for w in said)))
        d = pw.results.race_details(race.id)
        for champ in json.loads(pw.db.execute("SELECT championships FROM races WHERE id = ?", [race.id]).fetchone()[0]):
            series.setdefault((champ[:4], champ[5:]), []).append(race)
            under = [c for c, ch, _n in d["classes"] if ch == champ]
            if under and len(under) < len(d["classes"]):
                firsts = [pw.results.class_winner(race.id, c) for c in under]
                checks.append((f"who won the {champ[5:]} race in the {race.title}?",
                               lambda t, fs=firsts: all(f"#{f.car_number} " in t for f in fs if f)))
        w = pw.results.entry_at(race.id, 1)
        for name in w.drivers:
            winners.setdefault(name, []).append(race)
    for (year, name), races in series.items():
        count = f"{len(races)} race"
        # the first race is the one whose article says so; else no stored race is called first, and the
        # reply declines, listing the season's stored races (the earliest stored need not be the first)
        said_first = [r for r in races if re.search(rf"\bfirst (?:race|round)\b[^.]*{re.escape(year)}",
                                                     pw.db.execute("SELECT intro FROM races WHERE id = ?",
                                                                   [r.id]).fetchone()[0] or "")]
        checks.append((f"how many races were there in the {year} {name}?", lambda t, c=count: t.startswith(c)))
        question = f"what was the first race of the {year} {name}?"
        if said_first:
            checks.append((question, lambda t, f=said_first[0]: f.title in t.split(":")[0]))
        else:
            declined = pw.ask(question)
            assert declined.status != ANSWERED and all(r.title in declined.text() for r in races), question
    for name, races in winners.items():
        last = max(races, key=lambda r: r.date)
        checks.append((f"when did {name} last win?", lambda t, r=last: f"latest win in the results: {r.title}" in t))
    assert len(checks) >= 25
    assert failures_of(pw, checks) == []


def test_wins_of_a_make_across_races_and_the_make_or_nationality_with_most(corpus_pw):
    from data.article import make_of
    from data.countries import COUNTRIES
    pw = corpus_pw
    races = pw.results.races()
    winners = [pw.results.entry_at(r.id, 1) for r in races]
    makes = sorted({make_of(e.chassis) for r in races for e in pw.results.race_entries(r.id) if make_of(e.chassis)})
    checks: list[Check] = []
    for make in makes:
        n = sum(1 for w in winners if make_of(w.chassis) == make)
        said = f"{make} won {n} of the" if n else f"{make} won none of the"
        checks += [(f"how many races did {make} win?", lambda t, said=said: t.startswith(said)),
                   (f"has a {make} ever won a race?", lambda t, n=n: t.startswith("Yes" if n else "No"))]
    by_make: dict[str, int] = {}
    by_nation: dict[str, int] = {}
    for w in winners:
        by_make[make_of(w.chassis)] = by_make.get(make_of(w.chassis), 0) + 1
        for iso in set(w.driver_countries) - {None}:
            by_nation[COUNTRIES[iso].demonym] = by_nation.get(COUNTRIES[iso].demonym, 0) + 1
    for question, counts in (("which make won the most races?", by_make),
                             ("which nationality won the most races?", by_nation)):
        top = [k for k, v in counts.items() if v == max(counts.values())]
        checks.append((question, lambda t, top=top: all(k in t.split(" won ")[0] for k in top)))
    assert len(checks) > 20
    assert failures_of(pw, checks) == []


def test_oldest_and_newest_race_who_raced_most_and_class_wins_yes_or_no(corpus_pw):
    pw = corpus_pw
    races = sorted(pw.results.races(), key=lambda r: r.date)
    checks: list[Check] = [
        ("what's the oldest race in the database?", lambda t: t.startswith(races[0].title)),
        ("what is the most recent race?", lambda t: t.startswith(races[-1].title)),
        ("who won the newest race?", lambda t: races[-1].title in t)]
    starts: dict[str, set[int]] = {}
    class_wins: dict[str, int] = {}
    for race in races:
        for e in pw.results.race_entries(race.id):
            for d in e.drivers:
                starts.setdefault(d, set()).add(race.id)
            class_wins[e.team] = class_wins.get(e.team, 0) + (e.class_position == 1)
    most = max(len(v) for v in starts.values())
    top = [d for d, v in starts.items() if len(v) == most]
    checks.append(("who drove in the most races?", lambda t: all(d in t for d in top) and f"{most} races" in t))
    for team, n in class_wins.items():
        if "/" not in team:
            checks.append((f"did {team} ever win their class?", lambda t, n=n: t.startswith("Yes" if n else "No")))
    assert failures_of(pw, checks) == []


def test_a_driver_s_most_frequent_co_driver(corpus_pw):
    pw = corpus_pw
    mates: dict[str, dict[str, int]] = {}
    for race in pw.results.races():
        for e in pw.results.race_entries(race.id):
            for d in e.drivers:
                for other in e.drivers:
                    if other != d:
                        mates.setdefault(d, {})[other] = mates.setdefault(d, {}).get(other, 0) + 1
    checks: list[Check] = []
    for d, counts in mates.items():
        top = [m for m, n in counts.items() if n == max(counts.values())]
        checks.append((f"who was {d}'s most frequent co-driver?",
                       lambda t, top=top: "most frequent co-driver" in t.split(":")[0] and all(
                           m in t.split(";")[0] for m in top)))
    assert len(checks) > 100
    assert failures_of(pw, checks) == []
