"""Answers counted over a race's field or over the stored races: rankings of drivers, teams,
makes, classes and nationalities, the races of a year, championship or circuit, and who raced
where. Intents of ``data.ask.intents``."""
from __future__ import annotations

from typing import TYPE_CHECKING

import json
import re

from data.answers import AMBIGUOUS, ANSWERED, UNSUPPORTED, Answer, Choice, EntryView, RaceRef, plural
from data.article import make_of, meeting_part
from data.countries import COUNTRIES
from data.folding import fold
from data.ask.linking import NUMBER_WORDS
from data.ask.frame import Frame
from data.ask.helpers import and_list, has_make, is_make, laps_down, possessive, yes_no

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall


CAR_COUNT = re.compile(r"\bteams?\b.*\b(?:had|have|with|ran|run|entered|running|fielded|fielding)\s+"
                       r"(\d+|one|two|three|four|five|six|more than one|multiple|several|many)\s+(?:\w+\s+)?"
                       r"(?:cars|car|entries)\b")
# "which team ran two tvrs?": the cars counted said by their make or class (the frame must have linked it)
CAR_COUNT_OF = re.compile(r"\bteams?\b.*\b(?:had|have|with|ran|run|entered|running|fielded|fielding)\s+"
                          r"(\d+|one|two|three|four|five|six|more than one|multiple|several|many)\s+[\w-]+?s\b")


LAPS_OF_WINNER = re.compile(r"\b(?:on|in) the (?:lead|leading|same|winner s) lap\b|\bsame lap as the (?:winner|leader)\b"
                             r"|\bwithin (\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) laps? of the "
                             r"(?:winner|leader|leaders|winners)\b")


def stored_races(pw: Pitwall, p: Frame) -> Answer:
    races = pw.results.races()
    if p.has("longest", "shortest"):
        shortest = p.has("shortest")
        row = pw.db.execute("SELECT race_id, laps FROM entries WHERE position = 1 AND laps IS NOT NULL "
                            f"ORDER BY laps {'ASC' if shortest else 'DESC'}, race_id LIMIT 1").fetchone()
        if row:
            race = pw.results.race(row[0])
            return Answer(ANSWERED, f"By the winner's laps, the {'shortest' if shortest else 'longest'} stored race "
                          f"is the {race.title}: {plural(row[1], 'lap')}.", races=[race])
    named = len(p.race_candidates) > 1  # "how many races at Algarve International Circuit?": those races
    if p.has("circuit", "circuits", "track", "tracks", "venue", "venues") and not named:
        counts: dict[str, int] = {}
        for r in races:
            counts[r.circuit or "unknown"] = counts.get(r.circuit or "unknown", 0) + 1
        ranked = sorted(counts.items(), key=lambda x: (-x[1], x[0]))
        return Answer(ANSWERED, f"{ranked[0][0]} hosted the most races ({ranked[0][1]}) of "
                      f"{plural(len(races), 'stored race')}.", lines=[f"{c}: {n}" for c, n in ranked[:25]])
    if p.has("championship", "championships", "series") and not named:
        champs: dict[str, None] = {}
        for (text,) in pw.db.execute("SELECT championships FROM races ORDER BY date"):
            for c in json.loads(text or "[]"):
                champs.setdefault(c, None)
        return Answer(ANSWERED, f"The stored races count for {plural(len(champs), 'championship')}: "
                      + "; ".join(list(champs)[:25]) + ".")
    counted = ("retirements" if p.has("retirements", "retired", "retire", "dnfs", "dnf", "non finishers") else
               "finishers" if p.has("finishers", "finished", "finish", "classified") else None)
    if counted and p.has("most", "fewest", "least", "highest", "lowest", "biggest", "smallest") and not named:
        # "which race had the fewest finishers / most retirements?"
        where = "status = 'DNF'" if counted == "retirements" else "position IS NOT NULL"
        counts = dict(pw.db.execute(f"SELECT race_id, SUM({where}) FROM entries GROUP BY race_id").fetchall())
        fewest = p.has("fewest", "least", "lowest", "smallest")
        n = (min if fewest else max)(counts.values())
        top = [r for r in races if counts.get(r.id) == n]
        return Answer(ANSWERED, f"{and_list([r.title for r in top])} had the {'fewest' if fewest else 'most'} "
                      f"{counted}: {n}.", races=top, lines=[f"{r.title}: {counts.get(r.id, 0)}" for r in races])
    if p.has("entries", "entrants", "cars", "field"):
        sizes = dict(pw.db.execute("SELECT id, entries FROM races").fetchall())
        if p.has("most", "biggest", "largest", "fewest", "smallest"):
            pick = min if p.has("fewest", "smallest") else max
            rid = pick(sizes, key=lambda i: (sizes[i], i))
            race = pw.results.race(rid)
            return Answer(ANSWERED, f"{race.title} had the {'fewest' if pick is min else 'most'} entries: "
                          f"{sizes[rid]}.", races=[race])
        return Answer(ANSWERED, f"{sum(sizes.values())} entries across {plural(len(races), 'stored race')}.")
    since = ""
    if len(p.race_candidates) > 1 or (p.race_candidates and (p.series or p.race_country)):
        # "how many races were held at Laguna Seca (in 2013)?", "races of the 2003 British GT Championship"
        races = sorted(p.race_candidates, key=lambda r: (r.date or "", r.id))
        since = " matching your question"
    elif p.race_by_year_only and p.year:  # "what races were held in 2003?"
        races = [r for r in races if (r.date or "")[:4] == str(p.year)]
        since = f" from {p.year}"
    lines = [f"{r.title} — {r.nice_date}, {r.circuit or 'circuit unknown'}" for r in races[-25:][::-1]]
    more = f" (the latest {len(lines)} listed)" if len(races) > len(lines) else ""
    meetings: dict[str, list[RaceRef]] = {}
    for r in races:  # "2003 Australian motorcycle Grand Prix – 125cc": one event, a race per class
        meetings.setdefault(meeting_part(r.title)[0], []).append(r)
    split = [m for m, rs in meetings.items() if len(rs) > 1]
    events = (f" ({plural(len(meetings), 'event')}: {and_list(split[:5])} stored as a race per class)"
              if split and len(split) <= 5 else f" ({plural(len(meetings), 'event')})" if split else "")
    return Answer(ANSWERED, f"{plural(len(races), 'race')} stored{since}{events}{more}:", lines=lines, kind="races")


def team_with_most_cars(pw: Pitwall, p: Frame) -> Answer:
    """ "Which team had the most cars at Spa?": entries per team in the race."""
    race = p.race
    counts: dict[str, int] = {}
    for e in pw.results.race_entries(race.id):
        counts[e.team] = counts.get(e.team, 0) + 1
    ranked = sorted(counts.items(), key=lambda t: (-t[1], t[0]))
    top = [t for t, n in ranked if n == ranked[0][1]]
    lead = (f"{and_list(top)} entered the most cars in {race.title}: {plural(ranked[0][1], 'car')} each." if len(top) > 1
            else f"{top[0]} entered the most cars in {race.title}: {plural(ranked[0][1], 'car')}.")
    return Answer(ANSWERED, lead, lines=[f"{t}: {plural(n, 'car')}" for t, n in ranked[:10]], races=[race])


def teams_with_cars(pw: Pitwall, p: Frame, m: re.Match) -> Answer:
    """ "Which teams had two cars at Spa?", "teams with more than one car": by the count asked."""
    race = p.race
    counts: dict[str, int] = {}
    printed: dict[str, str] = {}  # "GruppeM / Tech9" and "Gruppe M / Tech9" are one team, printed two ways
    cars: dict[str, list[EntryView]] = {}
    for e in pw.results.race_entries(race.id):
        if not (all(has_make(e, make, role) for make, role in p.makes) and (not p.classes or e.class_name in p.classes)):
            continue  # "which team ran two TVRs?", "two GTO cars": those cars counted
        key = re.sub(r"[\W_]+", "", fold(e.team))
        team = printed.setdefault(key, e.team)
        counts[team] = counts.get(team, 0) + 1
        cars.setdefault(team, []).append(e)
    word = m.group(1)
    several = not (word.isdigit() or word in NUMBER_WORDS)
    n = 2 if several else int(word) if word.isdigit() else NUMBER_WORDS[word]
    teams = sorted(t for t, c in counts.items() if (c >= n if several else c == n))
    kind = " ".join([*p.classes, *(m for m, _r in p.makes)])
    what = f"more than one {kind} car".replace("  ", " ") if several else plural(n, f"{kind} car".strip())
    if not teams:
        return Answer(ANSWERED, f"No team entered {what} in {race.title}.", races=[race], kind="list")
    def numbers(team: str) -> str:  # "GruppeM / Tech9 Motorsport (#177, #176)": which cars, where they are numbered
        said = [f"#{e.car_number}" for e in cars[team] if e.car_number]
        return ", ".join(said) if len(said) == len(cars[team]) else plural(counts[team], "car")
    listed = [e for t in teams for e in cars[t]]
    return Answer(ANSWERED, f"{plural(len(teams), 'team')} entered {what} in {race.title}: "
                  + "; ".join(f"{t} ({numbers(t)})" for t in teams) + ".", races=[race], kind="list",
                  entries=listed if len(listed) <= 12 else [], focus=listed if len(listed) <= 12 else [])


def nationalities(pw: Pitwall, p: Frame) -> Answer:
    """ "How many nationalities were represented at Spa?": the drivers' countries, with counts."""
    race = p.race
    counts: dict[str, int] = {}
    for e in pw.results.race_entries(race.id):
        for d, c in zip(e.drivers, e.driver_countries):
            if c:
                counts[c] = counts.get(c, 0) + 1
    ranked = sorted(counts.items(), key=lambda t: (-t[1], COUNTRIES[t[0]].name))
    return Answer(ANSWERED, f"{plural(len(ranked), 'nationality', 'nationalities')} among the drivers of "
                  f"{race.title}: " + ", ".join(f"{COUNTRIES[c].name} ({n})" for c, n in ranked) + ".",
                  races=[race], kind="count")


def within_laps(pw: Pitwall, p: Frame, m: re.Match) -> Answer:
    """ "Which cars finished on the lead lap?", "how many finished within 5 laps of the winner?"."""
    race = p.race
    word = m.group(1)
    n = 0 if word is None else int(word) if word.isdigit() else NUMBER_WORDS[word]
    pool = [e for e in pw.results.race_entries(race.id) if e.classified and (not p.classes or e.class_name in p.classes)]
    # with a class named, from that class's winner (the sentence says which winner); laps from the laps printed,
    # else from the times ("+1 Lap"): a table that says neither is declined, never read as all on one lap
    top = {c: pw.results.class_winner(race.id, c) for c in p.classes} if p.classes else {}
    down = {e.id: laps_down(e, top.get(e.class_name) if p.classes else pw.results.entry_at(race.id, 1)) for e in pool}
    if any(v is None for v in down.values()):
        return Answer(UNSUPPORTED, f"The results of the {race.title} give neither every car's laps nor laps down in "
                      "their times, so I can't say who finished on which lap.", races=[race])
    cars = [e for e in pool if (down[e.id] or 0) <= n]
    winner = f"the {'/'.join(p.classes)} winner" if p.classes else "the winner"
    what = f"on {winner}'s lap" if n == 0 else f"within {plural(n, 'lap')} of {winner}"
    scope = f" in {'/'.join(p.classes)}" if p.classes else ""
    listed = "; ".join(f"#{e.car_number} {e.team} ({', '.join(e.drivers)}, {e.place}, {e.laps_text})" for e in cars)
    return Answer(ANSWERED, f"{plural(len(cars), 'car')}{scope} finished {what} in {race.title}"
                  + (f": {listed}." if listed else "."), races=[race], entries=cars, kind="count")


def classes_ranked(pw: Pitwall, p: Frame) -> Answer:
    """ "Which class had the most entries / retirements?", "how many cars in each class?"."""
    race = p.race
    what, keep = (("retirements", lambda e: e.status == "DNF") if p.has("retirements", "retired", "dnf", "dnfs")
                  else ("finishers", lambda e: e.classified) if p.has("finishers", "finished", "classified")
                  else ("entries", lambda e: True))
    counts = {c: 0 for c in pw.results.class_names(race.id) if not p.classes or c in p.classes}  # (those named)
    for e in pw.results.race_entries(race.id):
        if keep(e) and e.class_name in counts:
            counts[e.class_name] = counts.get(e.class_name, 0) + 1
    lines = [f"{c}: {n}" for c, n in counts.items()]
    if not p.has("most", "fewest", "least", "biggest", "largest", "smallest", "largest", "busiest"):
        return Answer(ANSWERED, f"{what.capitalize()} per class in {race.title}: "
                      + ", ".join(f"{c} {n}" for c, n in counts.items()) + ".", races=[race], kind="count")
    fewest = p.has("fewest", "least", "smallest")
    n = (min if fewest else max)(counts.values())
    top = [c for c, k in counts.items() if k == n]
    return Answer(ANSWERED, f"{and_list(top)} had the {'fewest' if fewest else 'most'} {what} in {race.title}: "
                  f"{n}{' each' if len(top) > 1 else ''}.", lines=lines, races=[race], kind="superlative")


def most_common(pw: Pitwall, p: Frame) -> Answer:
    """ "What was the most common chassis / engine / make / tyre?": counted over the race's cars."""
    race = p.race
    if p.has("tyre", "tyres", "tire", "tires"):
        what, value = "tyres", lambda e: e.tyre
    elif p.has("engine", "engines"):
        what, value = "engine", lambda e: re.sub(r"(\d)\s+L\b", r"\1L", e.engine)  # "6.0 L" is "6.0L"
    elif p.has("make", "makes", "manufacturer", "manufacturers", "marque", "brand"):
        what, value = "make", lambda e: make_of(e.chassis)
    else:
        what, value = "chassis", lambda e: e.chassis
    counts: dict[str, int] = {}
    for e in pw.results.race_entries(race.id):
        v = value(e)
        if v:
            counts[v] = counts.get(v, 0) + 1
    if not counts:
        return Answer(ANSWERED, f"The article for {race.title} names no {what}.", races=[race])
    ranked = sorted(counts.items(), key=lambda t: (-t[1], t[0]))
    top = [v for v, n in ranked if n == ranked[0][1]]
    return Answer(ANSWERED, f"The most common {what} in {race.title}: {and_list(top)} ({plural(ranked[0][1], 'car')}"
                  f"{' each' if len(top) > 1 else ''}).", lines=[f"{v}: {n}" for v, n in ranked[:15]], races=[race],
                  kind="superlative")


def stored_people(pw: Pitwall) -> Answer:
    """ "How many drivers are in the database?": every driver and team across the stored races."""
    drivers, teams, races = (pw.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                             for t in ("drivers", "teams", "races"))
    return Answer(ANSWERED, f"{plural(drivers, 'driver')} and {plural(teams, 'team')} across "
                  f"{plural(races, 'stored race')}.", kind="count")


def _year_asked(p: Frame) -> tuple[str, list, str]:
    """The SQL condition on ``e.race_id``, its arguments and the words for the year a question
    names alone ("in 2003"); nothing when it names none."""
    if p.race_by_year_only and p.year:
        return (" AND e.race_id IN (SELECT id FROM races WHERE date >= ? AND date < ?)",
                [str(p.year), str(p.year + 1)], f" of {p.year}")
    return "", [], ""


def race_winners(pw: Pitwall, p: Frame) -> list[tuple[int, str, str, int]]:
    """(race id, chassis, engine, entry id) of every overall winner, of the year asked if any."""
    clause, args, _scope = _year_asked(p)
    return pw.db.execute("SELECT e.race_id, e.chassis, e.engine, e.id FROM entries e WHERE e.position = 1" + clause,
                         args).fetchall()


def make_wins(pw: Pitwall, p: Frame) -> Answer:
    """ "How many races did Audi win?", "has a Ferrari ever won?": overall wins across the races."""
    winners = race_winners(pw, p)
    fits: dict[tuple[str, str], bool] = {}  # a few dozen distinct cars among thousands of winners
    for _rid, chassis, engine, _id in winners:
        if (chassis, engine) not in fits:
            fits[chassis, engine] = all(is_make(chassis, engine, m, role) for m, role in p.makes)
    won = [rid for rid, chassis, engine, _id in winners if fits[chassis, engine]]
    what = " ".join(m for m, _r in p.makes)
    scope = _year_asked(p)[2]
    races = sorted((pw.results.race(r) for r in won), key=lambda r: (r.date or "", r.id))
    lead = ("Yes: " if won else "No: ") if yes_no(p) else ""
    text = (f"{lead}{what} won {len(won)} of the {plural(len(winners), 'stored race')}{scope} overall" if won else
            f"{lead}{what} won none of the {plural(len(winners), 'stored race')}{scope} overall")
    return Answer(ANSWERED, text + (f": {', '.join(r.title for r in races[:25])}." if won else "."),
                  races=races[:25], kind="count")


def wins_by_make_or_country(pw: Pitwall, p: Frame) -> Answer:
    """ "Which make / nationality won the most races?": overall wins grouped by the winning car's
    make, or by its drivers' nationalities (a race counted once for each)."""
    clause, args, scope = _year_asked(p)
    counts: dict[str, int] = {}
    if p.has("nationality", "nationalities", "nation", "nations", "country", "countries"):
        by = "nationality"
        raced = pw.db.execute("SELECT COUNT(*) FROM entries e WHERE e.position = 1" + clause, args).fetchone()[0]
        # the driver's own row only when the entry printed no code (the join is skipped otherwise)
        for iso, n in pw.db.execute(
                "SELECT COALESCE(x.country, d.country), COUNT(DISTINCT e.race_id) FROM entries e "
                "JOIN entry_drivers x ON x.entry_id = e.id "
                "LEFT JOIN drivers d ON x.country IS NULL AND d.id = x.driver_id WHERE e.position = 1"
                + clause + " GROUP BY 1", args):
            if iso in COUNTRIES:
                counts[f"{COUNTRIES[iso].demonym} drivers"] = n
    else:
        by = "make"
        winners = race_winners(pw, p)
        raced = len(winners)
        for _rid, chassis, _engine, _id in winners:
            counts[chassis] = counts.get(chassis, 0) + 1
        by_chassis, counts = counts, {}
        for chassis, n in by_chassis.items():  # a few dozen distinct chassis: each make found once
            make = make_of(chassis) or chassis
            counts[make] = counts.get(make, 0) + n
    if not counts:
        return Answer(ANSWERED, "No stored race has a winner to count.")
    ranked = sorted(counts.items(), key=lambda t: (-t[1], t[0]))
    top = [k for k, n in ranked if n == ranked[0][1]]
    return Answer(ANSWERED, f"{and_list(top)} won the most races ({plural(ranked[0][1], 'win')}{' each' if len(top) > 1 else ''}, "
                  f"by the winning car's {'drivers' if by == 'nationality' else 'make'}) of the "
                  f"{plural(raced, 'stored race')}{scope}.", lines=[f"{k}: {plural(n, 'win')}" for k, n in ranked[:15]],
                  kind="superlative")


def most_wins(pw: Pitwall, p: Frame) -> Answer:
    """Overall wins counted across every stored race, by driver or by team."""
    by_team = p.has("team", "teams", "entrant")
    link, col, table = ("entry_teams", "team_id", "teams") if by_team else ("entry_drivers", "driver_id", "drivers")
    where, args = ("e.class_position = 1 AND e.class_name = ?", [p.classes[0]]) if p.classes else ("e.position = 1", [])
    if p.has("podium", "podiums"):  # "who has the most podiums?"
        where, args = ("e.position <= 3", [])
    scope = f"across {plural(len(pw.results.races()), 'stored race')}"
    if p.race_by_year_only and p.year:  # "who won the most races in 2010?"
        clause, year_args, _of = _year_asked(p)
        where += clause
        args += year_args
        scope = f"across the races of {p.year}"
    elif p.race_named and len(p.race_candidates) > 1:  # "who won the most races at Spa?": the races there
        where += f" AND e.race_id IN ({', '.join('?' * len(p.race_candidates))})"
        args += [r.id for r in p.race_candidates]
        circuit = one_circuit(p.race_candidates)
        scope = (f"across the {len(p.race_candidates)} races at {circuit}" if circuit
                 else f"across the {len(p.race_candidates)} races matching your question")
    rows = pw.db.execute(
        f"SELECT t.name, COUNT(*) AS wins FROM entries e JOIN {link} x ON x.entry_id = e.id "
        f"JOIN {table} t ON t.id = x.{col} WHERE {where} GROUP BY x.{col} ORDER BY wins DESC, t.name LIMIT 10",
        args).fetchall()
    if not rows:
        return Answer(ANSWERED, "No race has a classified winner yet.")
    top = [name for name, wins in rows if wins == rows[0][1]]
    who = "team" if by_team else "driver"
    kind = "overall podium" if p.has("podium", "podiums") else f"{p.classes[0]} class win" if p.classes else "overall win"
    verb = "took the most podiums" if p.has("podium", "podiums") else "won the most races"
    lead = (f"{and_list(top)} {verb}: {plural(rows[0][1], kind)} each" if len(top) > 1
            else f"{top[0]} {verb}: {plural(rows[0][1], kind)}")
    lines = [f"{name}: {plural(wins, 'podium' if p.has('podium', 'podiums') else 'win')}" for name, wins in rows]
    return Answer(ANSWERED, f"{lead} (by {who}, {scope}).", lines=lines, kind="most_wins")


def most_entries(pw: Pitwall, p: Frame) -> Answer:
    """Who raced most often across every stored race, by driver or by team."""
    by_team = p.has("team", "teams", "entrant")
    link, col, table = ("entry_teams", "team_id", "teams") if by_team else ("entry_drivers", "driver_id", "drivers")
    rows = pw.db.execute(
        f"SELECT t.name, COUNT(DISTINCT e.race_id) AS n FROM {link} x JOIN entries e ON e.id = x.entry_id "
        f"JOIN {table} t ON t.id = x.{col} GROUP BY x.{col} ORDER BY n DESC, t.name LIMIT 10").fetchall()
    if not rows:
        return Answer(ANSWERED, "No race is stored yet.")
    top = [name for name, n in rows if n == rows[0][1]]
    return Answer(ANSWERED, f"{and_list(top)} raced in the most races: {plural(rows[0][1], 'race')}"
                  f"{' each' if len(top) > 1 else ''} (of {plural(len(pw.results.races()), 'stored race')}).",
                  lines=[f"{name}: {plural(n, 'race')}" for name, n in rows])


def drivers_in_all(pw: Pitwall, p: Frame) -> Answer:
    races = [p.race, *p.other_races]
    common = None
    for race in races:
        names = {n for e in pw.results.race_entries(race.id) for n in e.drivers}
        common = names if common is None else common & names
    titles = " and ".join(r.title for r in races)
    if not common:
        return Answer(ANSWERED, f"No driver raced in both {titles}.", races=races)
    return Answer(ANSWERED, f"{plural(len(common), 'driver')} raced in both {titles}: {', '.join(sorted(common))}.",
                  races=races, kind="list")


def one_circuit(races: list[RaceRef]) -> str | None:
    """The circuit every one of ``races`` ran at, if they share one."""
    circuits = {r.circuit for r in races}
    return circuits.pop() if len(circuits) == 1 and None not in circuits else None


def year_winners(pw: Pitwall, p: Frame) -> Answer:
    """The winner of each race of a year, or of each race the question's words fit ("the Porsche
    Supercup races in 2019")."""
    if p.other_races:  # "who won at Brno and Dijon?": the races named
        races, which = sorted([p.race, *p.other_races], key=lambda r: (r.date or "", r.id)), "named"
    elif len(p.race_candidates) > 1 and not p.race_by_year_only:
        races, which = sorted(p.race_candidates, key=lambda r: (r.date or "", r.id)), "matching your question"
    else:
        races, which = [r for r in pw.results.races() if (r.date or "")[:4] == str(p.year)], f"of {p.year}"
        if p.race_by_year_only and p.race_candidates and len(p.race_candidates) < len(races):
            # "who won the 1975 grand prix?": the year's races of the kind said
            races, which = sorted(p.race_candidates, key=lambda r: (r.date or "", r.id)), f"of {p.year} matching your question"
    two = re.search(r"\bboth\b|\b(?:the )?(?:two|2) races\b", p.text)
    if two and len(races) != 2:  # "which driver won both of the nascar cup races": the words fit more (or fewer) than two
        return Answer(AMBIGUOUS, f"Your words fit {plural(len(races), 'stored race')}, not two: name the two races, "
                      "please.", races=races, choices=[Choice("race", f"{r.title} ({r.nice_date})"[:100], r.slug) for r in races[:25]])
    if p.classes:  # "sr2 winners at estoril and monza": each class's winner in each race, or that it did not run
        lines = [f"{race.title}, {c}: " + (f"{w.car_name} — {', '.join(w.drivers)}" if w else f"no {c} class")
                 for race in races[:25] for c in p.classes for w in [pw.results.class_winner(race.id, c)]]
        return Answer(ANSWERED, f"{' and '.join(p.classes)} winners of the {plural(len(races), 'race')} {which}:",
                      lines=lines, races=races)
    winners = [(race, pw.results.entry_at(race.id, 1)) for race in races[:25]]
    lines = [f"{race.title}: {w.car_name} — {', '.join(w.drivers)}" + (f", {w.laps_text}" if w.laps is not None else "")
             for race, w in winners if w]
    if p.has("margin", "margins", "gap", "gaps", "by how much", "how close"):
        # "winning margins of the races held in canada": each race's winner, and how far ahead of second
        def margin(race: RaceRef) -> str:
            second = pw.results.entry_at(race.id, 2)
            if second is None:
                return "(no second place printed)"
            down = laps_down(second, pw.results.entry_at(race.id, 1))
            gap = second.race_time if second.race_time.startswith("+") else ""
            shown = gap.lstrip("+ ")
            shown = f"{shown} s" if re.fullmatch(r"\d+(?:\.\d+)?", shown) else shown  # "+16.495": seconds
            return f"by {shown} over {', '.join(second.drivers)}" if gap else (
                f"by {plural(down, 'lap')} over {', '.join(second.drivers)}" if down else "(no gap printed)")
        said = [f"{race.title}: {', '.join(w.drivers)} won {margin(race)}" for race, w in winners if w]
        return Answer(ANSWERED, f"Winning margins of the {plural(len(races), 'race')} {which}: " + "; ".join(said) + ".",
                      lines=lines, races=races)
    laps = [(race, w) for race, w in winners if w and w.laps is not None]
    more = re.search(r"\b(more|most|further|farther|fewer|fewest|less|least)\b.*\blaps?\b|\blaps?\b.*\b(more|most|"
                     r"fewer|fewest)\b", p.text)
    if more and len(laps) == len(winners) >= 2:
        # "who did more laps, the 1967 or the 1954 Le Mans winners?": the laps of each, the most (or fewest) first
        most = (more.group(1) or more.group(2)) in ("more", "most", "further", "farther")
        race, w = (max if most else min)(laps, key=lambda t: t[1].laps or 0)
        tied = [r for r, x in laps if x.laps == w.laps]
        lead = (f"The winners covered the same distance: {w.laps_text} each." if len(tied) == len(laps) else
                f"{' and '.join(r.title for r in tied)} winners tied on the {'most' if most else 'fewest'} laps, "
                f"{w.laps_text}." if len(tied) > 1 else
                f"The {race.title} winners ({', '.join(w.drivers)}) covered the {'most' if most else 'fewest'} laps: "
                + "; ".join(f"{x.laps_text} in {r.title}" for r, x in laps) + ".")
        return Answer(ANSWERED, lead, lines=lines, races=races, kind="compare")
    if p.has("laps", "lap") and len(laps) == len(winners):  # "how many laps did the winners cover?"
        return Answer(ANSWERED, "The winners' laps: " + "; ".join(
            f"{', '.join(w.drivers)} {w.laps_text} in the {r.title}" for r, w in laps) + ".", lines=lines, races=races)
    if p.makes and yes_no(p):  # "did an audi r8 win both spa 03 and petit 03?": yes or no first
        won = [race for race, w in winners if w and any(has_make(w, make, role) for make, role in p.makes)]
        every = p.has("both", "all", "every", "each")
        yes = len(won) == len(races) if every else bool(won)
        named = " or ".join(make for make, _role in p.makes)
        count = ("both races" if len(races) == 2 else f"all {len(races)} races") if len(won) == len(races) > 1 \
            else f"{len(won)} of the {plural(len(races), 'race')}"
        return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: the {named} won {count} {which}.", lines=lines,
                      races=races, kind="yes_no")
    shared = set.intersection(*(set(w.drivers) for _r, w in winners if w)) if winners and all(w for _r, w in winners) \
        else set()
    if len(winners) >= 2 and p.has("same", "both", "each", "all") and p.has("won", "win", "winner", "winners"):
        # "who won both the pepsi 400 in 98 and the aarons 499 in 07? same guy?": one winner of every race, or none
        said = (f"The same: {' and '.join(sorted(shared))} won {'both' if len(winners) == 2 else 'all'} of them."
                if shared else "No one won all of them: not the same winner.")
        return Answer(ANSWERED, said, lines=lines, races=races, kind="yes_no" if yes_no(p) else "winners")
    return Answer(ANSWERED, f"Winners of the {plural(len(races), 'race')} {which}:", lines=lines, races=races)


def co_drivers(pw: Pitwall, p: Frame) -> Answer:
    """Everyone a driver shared a car with, across the races, the most frequent first."""
    rec = p.drivers[0]
    entries = pw.results.driver_entries(int(rec.id))
    counts: dict[str, int] = {}
    for e in entries:
        for d in e.drivers:
            if d != rec.name:
                counts[d] = counts.get(d, 0) + 1
    if not counts:
        return Answer(ANSWERED, f"{rec.name} drove alone in every race in the results.", kind="career")
    ranked = sorted(counts.items(), key=lambda t: (-t[1], t[0]))
    top = [d for d, n in ranked if n == ranked[0][1]]
    return Answer(ANSWERED, f"{possessive(rec.name)} most frequent co-driver{'s' if len(top) > 1 else ''}: {and_list(top)} "
                  f"({plural(ranked[0][1], 'race')}{' each' if len(top) > 1 else ''}); "
                  f"{plural(len(ranked), 'co-driver')} in all: " + ", ".join(
                      f"{d} ({n})" if n > 1 else d for d, n in ranked) + ".", kind="career",
                  races=list({e.race.id: e.race for e in entries}.values()))
