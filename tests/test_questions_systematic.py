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


def test_the_fastest_of_a_nationality_or_class_is_its_best_placed(corpus_pw):
    """“The fastest Brit / GTO car” is a result, not the race's fastest lap (a lap is asked as one)."""
    from data.countries import COUNTRIES
    pw = corpus_pw
    failures, asked = [], 0
    for race in pw.results.races():
        entries = pw.results.race_entries(race.id)
        ranked = sorted((e for e in entries if e.classified), key=lambda e: e.position)
        for iso in sorted({c for e in entries for c in e.driver_countries if c}):
            best = next((e for e in ranked if iso in e.driver_countries), None)
            if best is None:
                continue
            asked += 1
            answer = pw.ask(f"who was the fastest {COUNTRIES[iso].demonym} in the {race.title}?")
            names = [d for d, c in zip(best.drivers, best.driver_countries) if c == iso]
            if answer.status != ANSWERED or not all(n in answer.text() for n in names) or "Fastest Lap" in answer.text():
                failures.append((race.title, iso, answer.summary[:120]))
        for cls in pw.results.class_names(race.id):
            winner = pw.results.class_winner(race.id, cls)
            if winner is None:
                continue
            asked += 1
            answer = pw.ask(f"which was the fastest {cls} car in the {race.title}?")
            if f"#{winner.car_number} " not in answer.text() or "Fastest Lap" in answer.text():
                failures.append((race.title, cls, answer.summary[:120]))
    assert asked > 50
    assert failures == []


def test_a_statistic_asked_of_a_class_says_when_the_article_gives_only_the_race_s(corpus_pw):
    pw = corpus_pw
    failures, asked = [], 0
    for race in pw.results.races():
        stats = pw.results.race_details(race.id)["stats"]
        for kind, words in (("fastest_lap", "fastest lap"), ("pole", "pole position")):
            s = stats.get(kind)
            if not s or not s["car_number"]:
                continue
            holder = pw.results.car_entries(race.id, s["car_number"])[0].class_name
            for cls in pw.results.class_names(race.id):
                asked += 1
                text = pw.ask(f"what was the {words} in {cls} in the {race.title}?").text()
                told = f"gives no {words} for {cls} alone" in text
                if s["value"] not in text or told == (cls == holder):
                    failures.append((race.title, kind, cls, text[:140]))
    assert asked >= 10
    assert failures == []


def test_what_is_asked_of_a_class_winner_leads_its_answer(corpus_pw):
    """The engine, chassis or yes/no asked of a class's winner, for every class of every race."""
    from data.countries import COUNTRIES
    pw = corpus_pw
    failures, asked = [], 0
    nations = sorted({c for race in pw.results.races() for e in pw.results.race_entries(race.id)
                      for c in e.driver_countries if c})
    for race in pw.results.races():
        for cls in pw.results.class_names(race.id):
            w = pw.results.class_winner(race.id, cls)
            if w is None:
                continue
            engine_words = w.engine.replace("L ", " ").split()[:2]
            checks = [(f"which engine did the {cls} winner use in the {race.title}?",
                       lambda t, w=w, words=engine_words: t.startswith(f"The {w.class_name} winner") and all(
                           x.rstrip("L") in t for x in words)),
                      (f"what chassis did the {cls} winner drive in the {race.title}?",
                       lambda t, w=w: t.startswith(f"The {w.class_name} winner") and w.chassis in t)]
            for iso in nations[:6]:
                won = iso in w.driver_countries
                checks.append((f"did a {COUNTRIES[iso].demonym} driver win {cls} in the {race.title}?",
                               lambda t, won=won: t.startswith("Yes" if won else "No")))
            for question, ok in checks:
                asked += 1
                text = pw.ask(question).text()
                if not ok(text):
                    failures.append((question, text[:140]))
    assert asked > 100
    assert failures == []


def test_did_any_or_every_car_of_a_class_or_team_finish_or_retire(corpus_pw):
    """Yes or No first, decided over the cars the question names, for every class and every team
    with several cars in every corpus race."""
    pw = corpus_pw
    failures, asked = [], 0
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
            for question, yes in ((f"did any {what} retire in the {race.title}?", retired),
                                  (f"did every {what} finish in the {race.title}?", finished_all)):
                asked += 1
                answer = pw.ask(question)
                if answer.status != ANSWERED or not answer.summary.startswith("Yes" if yes else "No"):
                    failures.append((question, yes, answer.summary[:120]))
    assert asked > 40
    assert failures == []


_ORDINAL_WORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}


def test_runners_up_and_places_asked_yes_or_no(corpus_pw):
    """The runner-up overall, in a class and in every class; "did X finish ‹n›th?" and "was X in
    the top 3?" answered against X's place, for every driver of every corpus race."""
    pw = corpus_pw
    failures, asked = [], 0
    for race in pw.results.races():
        entries = pw.results.race_entries(race.id)
        second = pw.results.entry_at(race.id, 2)
        checks = []
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
        for question, ok in checks:
            asked += 1
            text = pw.ask(question).text()
            if not ok(text):
                failures.append((question, text[:140]))
    assert asked > 300
    assert failures == []


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
