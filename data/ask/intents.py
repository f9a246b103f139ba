"""The intent registry: every kind of question Pitwall answers, in the order they are tried."""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
import re

from data.answers import (AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, Choice)
from data.ask.formula1 import f1_answer
from data.folding import fold
from data.ask.grid_points import (GAIN_WORDS, GRID_WORDS, POINTS_WORDS, STANDINGS_WORDS, race_grid_points, subject_grid,
                              subject_points)
from data.ask.table_ops import table_answer
from data.ask.linking import IN_ORDER, Parsed, series_name, stored_races_text
from data.ask.helpers import has_make, rank_key, yes_no
from data.ask.rankings import (CAR_COUNT, LAPS_OF_WINNER, classes_ranked, co_drivers, drivers_in_all, make_wins,
                           most_common, most_entries, most_wins, nationalities, stored_people,
                           stored_races, team_with_most_cars, teams_with_cars, within_laps,
                           wins_by_make_or_country, year_winners)

from data.ask.helpers import HELP
from data.ask.coverage import as_written, content_left, unknown_words
from data.ask.field import by_position, filtered, stat_answer
from data.ask.status import status_filter
from data.ask.race_guards import numbered_event, race_descriptor_missing, race_named_after_year, several_races
from data.ask.subjects import (about_subject, asks_aspect, asks_career, asks_compare, career, compare, each_driver,
                               entries_for_subjects, shared_cars)
if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall


log = logging.getLogger(__name__)


_NOT_IN_RESULTS = {
    "ages and birthdays": ("how old", "age", "born", "birthday", "youngest", "oldest driver", "oldest drivers",
                           "oldest winner", "oldest person", "oldest man", "oldest woman", "who was the oldest",
                           "who is the oldest"),
    "championship points or standings": ("points", "standings", "championship leader", "champion", "champions"),
    "pit stops, laps led or incidents": ("pit stop", "pit stops", "pitstop", "pit", "led the most", "laps led",
                                         "overtake", "overtakes", "overtook", "crash", "crashed", "accident",
                                         "penalty", "penalties", "safety car", "weather", "rain"),
    "car specifications": ("horsepower", "hp", "bhp", "torque", "top speed", "weight", "weigh", "weighed", "weighs",
                           "price", "cost"),
    "salaries or contracts": ("salary", "salaries", "wage", "wages", "contract", "contracts", "net worth"),
    "attendance or TV audiences": ("attended", "attendance", "crowd", "spectators", "viewers", "tv audience",
                                   "television", "watched"),
    "prize money": ("prize money", "prize", "money", "earn", "earned", "earnings", "purse", "paid", "pay", "payout",
                    "dollars"),
    "qualifying or lap times": ("qualifying time", "qualifying lap", "qualifying times", "lap time", "lap times",
                                "qualifying lap time"),
    "tyre strategy or pit stops": ("pitstops", "strategy", "tyre strategy", "tire strategy", "compound"),
    "safety cars, flags or cautions": ("safety cars", "yellow flag", "yellow flags", "red flag", "red flags",
                                       "cautions", "caution period", "full course yellow"),
    "pay or contracts": ("salary", "salaries", "wage", "wages", "contract", "contracts", "sponsor deal"),
    "who drove when (stints, driving time)": ("stint", "stints", "driving time", "himself", "herself", "each driver do",
                                             "drove the most laps", "did the most driving"),
    "positions lap by lap": ("on lap", "at lap", "after lap", "lap by lap", "lap chart", "running on lap",
                             "half distance", "halfway", "half way", "first hour", "after an hour", "after one hour",
                             "after two hours", "first lap", "opening lap"),
    "weather or track conditions": ("temperature", "track temp", "air temp", "humidity", "sunny", "raining",
                                    "wet race", "dry race"),
    "car technical details": ("gearbox", "gear box", "fuel", "colour", "color", "livery", "designed", "designer",
                              "rpm", "revs", "rev to", "redline", "displacement",
                              "chassis number", "tyre pressure", "downforce", "owns", "owner", "team manager",
                              "team boss", "team principal", "engineer"),
    "who led which laps": ("led lap", "leading lap", "laps led", "led the race",
                           "led after", "leading after", "led at"),
    "the future": ("will win", "next year", "next race", "next season", "predict", "prediction", "going to win",
                   "odds", "bet"),
}


def _not_in_results(p: Parsed) -> str | None:
    """A topic race results do not record, so that no nearby fact is passed off as the answer."""
    for topic, phrases in _NOT_IN_RESULTS.items():
        if p.has(*phrases):
            return topic
    if p.has("championship", "title") and p.has("won", "win", "winner", "wins", "lead", "leading", "leader"):
        return "championship points or standings"
    if p.has("lead", "led") and p.has("lap", "laps") and not p.has("lead lap", "on the lead lap"):
        return "who led which laps"
    if re.search(r"\b(?:on|after|at|by) lap \d+\b", p.text) and p.has(
            "gap", "gaps", "position", "positions", "running", "order", "ahead", "behind", "between", "where was"):
        return "lap-by-lap positions or gaps"
    if p.has("tyre", "tyres", "tire", "tires") and p.has("start", "started", "switch", "change", "changed"):
        return "tyre strategy or pit stops"
    return None








_MONTH_NAMES = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"))


def _first_mention(text: str, name: str) -> int:
    """Where a name (or, failing that, a word of it) first stands in the question."""
    folded = fold(name)
    at = text.find(folded)
    if at >= 0:
        return at
    found = [text.find(w) for w in folded.split() if len(w) > 2 and text.find(w) >= 0]
    return min(found) if found else len(text)


def _composed(pw: Pitwall, p: Parsed) -> Answer | None:
    """Counts, sums, differences and comparisons over one race's table (``data.ask.table_ops``)."""
    if len(p.race_candidates) > 1 or p.other_races or p.race is None:
        return None
    race = p.race
    entries = pw.results.race_entries(race.id)
    if p.classes:
        entries = [e for e in entries if e.class_name in p.classes]
    groups = entries_for_subjects(pw, p, race) if p.subjects else []
    # in the order the question names them ("did A finish before B?")
    groups = sorted(groups, key=lambda g: _first_mention(p.text, g[0]))
    subjects = [[e for e in es if e.race.id == race.id] for _n, es in groups]
    if p.subjects and not all(subjects):
        return None  # someone named did not race here: the rest of the engine says so
    return table_answer(entries, race, p.raw, positions=p.positions, subjects=subjects, countries=p.countries,
                        statuses=status_filter(p), filtered=bool(p.classes or p.makes or p.tyres or p.positions))


def _grid_points(pw: Pitwall, p: Parsed) -> Answer | None:
    """Grid, points and places gained, asked of a subject or of the field (``data.ask.grid_points``)."""
    asks_points = p.has(*POINTS_WORDS) and not p.has(*STANDINGS_WORDS)
    asks_grid = p.has(*GRID_WORDS) or p.has("pole", "pole sitter", "polesitter")
    asks_gain = p.has(*GAIN_WORDS) and p.has("most", "biggest", "fewest", "least", "how many")
    if not (asks_points or asks_grid or asks_gain) or p.has("tyre", "tyres", "tire", "tires", "compound"):
        return None  # "which tyres did X start on?" is no grid question
    race = p.race
    explicit_grid = asks_gain or p.has("grid", "qualified", "qualify", "qualifying position", "starting position",
                                       "start from", "started from", "from the start", "grid position")
    if explicit_grid and not p.has("pole", "pole position") and p.race_named and not any(
            e.grid is not None for e in pw.results.race_entries(race.id)):
        return Answer(UNSUPPORTED, f"The results of the {race.title} print no grid, so I can't say where cars started "
                      "or how many places they gained.", races=[race])
    if p.subjects:
        groups = entries_for_subjects(pw, p, race if p.race_named else None)
        name, entries = groups[0]
        if p.race_named:
            entries = [e for e in entries if e.race.id == race.id]
        if not entries:
            return None
        if asks_points:
            said = subject_points(name, entries, p.race_named)
            return Answer(ANSWERED, said, races=list({e.race.id: e.race for e in entries}.values()),
                          kind="fact") if said else None
        e = entries[-1]
        if asks_gain and e.places_gained is not None:
            return Answer(ANSWERED, subject_grid(name, e, False), races=[e.race], kind="fact")
        if asks_grid and not p.has("pole", "pole sitter", "polesitter") and (e.grid is not None or e.status == "DNS"):
            return Answer(ANSWERED, subject_grid(name, e, yes_no(p)), races=[e.race], kind="fact")
        return None
    entries = pw.results.race_entries(race.id)
    if not any(e.grid is not None or e.points is not None for e in entries):
        return None  # an article without these columns: the statistics and the rest answer as before
    return race_grid_points(
        entries, race, asks_points=asks_points, asks_grid=asks_grid, asks_gain=asks_gain,
        most=p.has("most", "biggest", "highest", "top number", "top amount", "greatest number", "largest number"), least=p.has("lost the most", "least", "fewest", "lost most"),
        count=p.has("how many", "number of"), positions=p.positions,
        pole=p.has("pole", "pole sitter", "polesitter", "front of the grid", "front row"))


def plan(pw: Pitwall, p: Parsed) -> Answer:
    race = p.race
    if race is None:
        return Answer(NOT_FOUND, "No races are stored yet: add one with 'pitwall ingest'.")
    formula1 = f1_answer(pw, p)  # F1DB's standings, totals, head-to-heads... (None without F1DB data)
    if formula1:
        return formula1
    named = race_named_after_year(pw, p) or race_descriptor_missing(pw, p) or numbered_event(pw, p)
    if named:
        return named
    several = several_races(pw, p)
    if several:
        return several
    if p.unknown_class and not p.subjects:
        # "who won LMP675?" where no such class ran: say so, never another class's winner
        shown = p.unknown_class.upper()
        if pw.results.class_names(race.id) == ["Overall"] and (p.race_named or len(pw.results.races()) == 1):
            return Answer(NOT_FOUND, f"{race.title} had no classes (no “{shown}”): one classification for every "
                          f"car. Ask who won it, or about a position.", races=[race], kind="class")
        if p.race_named:
            return Answer(NOT_FOUND, f"No class “{shown}” in {race.title}. Its classes: "
                          f"{', '.join(pw.results.class_names(race.id))}.", races=[race], kind="class")
        return Answer(NOT_FOUND, f"No stored race has a class “{shown}”. Classes stored: "
                      f"{', '.join(pw.results.class_names()[:30])}.", kind="class")
    if p.series and not p.classes and len(p.race_candidates) <= 1 and not p.has("races", "rounds", "events") \
            and not IN_ORDER.search(p.text):
        # "the British GT race at Spa": a race run for several championships is, for one of them,
        # the classes that ran under it
        under = [c for c, champ, _n in pw.results.race_details(race.id)["classes"]
                 if champ and series_name(champ).startswith(p.series)]
        if under and len(under) < len(pw.results.class_names(race.id)):
            p.classes = under
    year_unknowns = [w for w in p.unparsed if w not in _MONTH_NAMES]
    if p.race_by_year_only and len(p.race_candidates) != 1 and year_unknowns and not p.subjects:
        # "who won canada 2008": the year fits several races and a word of the question fits none
        in_year = [r for r in pw.results.races() if (r.date or "")[:4] == str(p.year)]
        if len(in_year) > 1:
            return Answer(AMBIGUOUS, f"I don't know which {p.year} race “{' '.join(year_unknowns)}” means. "
                          f"Stored {p.year} races: " + "; ".join(r.title for r in in_year[-8:])
                          + ("" if len(in_year) <= 8 else f" and {len(in_year) - 8} more") + ".",
                          choices=[Choice("race", r.title, r.slug) for r in in_year[-5:][::-1]], kind="race")
    if p.classes and pw.results.class_names(race.id) == ["Overall"] and p.race_named and len(p.race_candidates) <= 1:
        return Answer(NOT_FOUND, f"{race.title} had no classes: one classification for every car. "
                      f"Ask who won it, or about a position.", races=[race], kind="class")
    if p.ambiguous and not (p.drivers or p.teams or p.cars):
        return p.ambiguous[0]  # "how many points did hamilton score?": which Hamilton, before anything else
    composed = _composed(pw, p)
    if composed:
        return composed
    columns = _grid_points(pw, p)
    if columns:
        return columns
    topic = _not_in_results(p)
    if topic:
        return Answer(UNSUPPORTED, f"Race results don't record {topic}, so I can't answer that. " + HELP)
    if p.unknown and not (p.drivers or p.teams or p.cars) and _asks_about_someone(p):
        what = p.unknown[0]
        names = [r.name for r in pw.drivers.resolve(what).suggestions]
        if re.search(rf"\b(at|of|in|won|win)\s+(the\s+)?{re.escape(what)}\b", p.text):
            return Answer(NOT_FOUND, f"No race, driver or team called “{as_written(what, p.raw)}” is stored. "
                          f"{stored_races_text(pw)}", suggestions=names)
        return Answer(NOT_FOUND, f"No driver or team called “{as_written(what, p.raw)}” is in the results"
                      f"{' of ' + race.title if p.race_named else ''}.", suggestions=names)
    if len(p.drivers) == 1 and not p.cars and p.has(
            "co driver", "co drivers", "codriver", "codrivers", "teammate", "teammates", "team mate", "team mates",
            "partner", "partners", "share", "shared", "sharing", "drove with", "raced with") and p.has(
            "most", "frequent", "often", "usual", "regular", "all", "every", "ever"):
        return co_drivers(pw, p)  # "who was X's most frequent co-driver?", "all of X's co-drivers"
    if asks_career(p) and (p.drivers or p.teams):
        return career(pw, p)
    if not p.subjects and _asks_stored_races(p):
        return stored_races(pw, p)
    if not p.subjects and not p.race_named and p.has("how many", "number of") and p.has(
            "drivers", "teams", "people") and p.has("database", "stored", "in total", "altogether", "all races",
                                                    "all the races", "across", "ever", "overall", "known"):
        return stored_people(pw)
    wins_asked = p.has("won", "win", "wins", "victories", "winner", "winners", "successful", "dominant")
    if not p.subjects and wins_asked and p.has("most") and p.has(
            "make", "makes", "manufacturer", "manufacturers", "marque", "brand", "chassis", "constructor",
            "nationality", "nationalities", "nation", "nations", "country", "countries"):
        return wins_by_make_or_country(pw, p)  # "which make / nationality won the most races?"
    if p.makes and not p.subjects and wins_asked and not (
            p.race_named and not p.race_by_year_only and len(p.race_candidates) <= 1) and p.has(
            "ever", "how many", "races", "wins", "victories", "all races", "in total", "which races"):
        return make_wins(pw, p)  # "how many races did Audi win?", "has a Ferrari ever won a race?"
    if not p.subjects and p.has("most", "most often") and p.has("won", "win", "wins", "victories", "winner", "winners",
                                                                 "podium", "podiums", "successful", "dominant"):
        return most_wins(pw, p)
    if not p.subjects and not p.race_named and p.has("most") and p.has("entries", "raced", "races", "starts",
                                                                          "appearances", "entered"):
        return most_entries(pw, p)
    if not p.subjects and p.has("most", "biggest", "largest") and p.has("cars", "entries") and p.has("team", "teams"):
        return team_with_most_cars(pw, p)
    if not p.subjects and not p.classes and not p.positions and p.has("class", "classes", "category", "categories") and (p.has(
            "most", "fewest", "least", "biggest", "largest", "smallest", "busiest") or p.has(
            "each class", "per class", "every class", "in each", "by class")):
        return classes_ranked(pw, p)
    if not p.subjects and p.has("most common", "most popular", "most used", "most frequent", "most numerous",
                                "used the most", "use the most", "listed the most", "appeared the most",
                                "appears the most", "most often", "most represented", "listed most"):
        return most_common(pw, p)
    cars_each = CAR_COUNT.search(p.text)
    if cars_each and not p.subjects and not p.has("how many cars"):
        return teams_with_cars(pw, p, cars_each)
    if not p.subjects and not p.countries and p.has("nationalities", "countries", "nations") and p.has(
            "how many", "which", "what", "list", "number of", "represented"):
        return nationalities(pw, p)
    if p.other_races and not p.subjects and p.has("won", "win", "winner", "winners") and not p.has(
            "raced", "drove", "took part", "competed", "entered"):
        return year_winners(pw, p)
    if p.other_races and not p.subjects and p.has("both", "and", "all"):
        return drivers_in_all(pw, p)
    if ((p.race_by_year_only or len(p.race_candidates) > 1) and p.has("races", "all races", "each race", "every race")
            and p.has("won", "win", "winner", "winners") and not p.subjects and not p.has("most")):
        return year_winners(pw, p)
    if len(p.makes) >= 2 and not p.subjects and asks_compare(p):
        # "did the Mosler beat the TVR in GTO?": each make's car, when it had one there
        for make, role in p.makes:
            cars = [e for e in pw.results.race_entries(race.id) if (not p.classes or e.class_name in p.classes)
                    and has_make(e, make, role)]
            if cars:  # the make's best-placed car stands for it
                p.cars.append(min(cars, key=rank_key).car_number)
        if len(set(p.cars)) < 2:
            p.cars.clear()
    if p.makes and p.subjects and asks_compare(p):
        # "did the Pescarolo finish ahead of the Audi?": a make with one car in the race is that car
        for make, role in p.makes:
            cars = [e for e in pw.results.race_entries(race.id)
                    if has_make(e, make, role)]
            if len(cars) == 1 and cars[0].car_number not in p.cars:
                p.cars.append(cars[0].car_number)
    if not p.subjects and p.has("pole sitter", "polesitter", "pole man", "poleman", "car on pole",
                                "fastest lap setter") and p.has(
            "win", "won", "finish", "finished", "laps", "drivers", "driver", "drove", "place", "position", "team",
            "retire", "retired", "classified", "podium"):
        # "did the pole sitter win?": the statistic's car is the subject
        kind = "fastest_lap" if p.has("fastest lap setter") else "pole"
        s = pw.results.race_details(race.id)["stats"].get(kind)
        if s and s["car_number"]:
            p.cars.append(s["car_number"])
            p.used |= {i for i, w in enumerate(p.words) if w in (
                "pole", "sitter", "polesitter", "man", "poleman", "on", "fastest", "lap", "setter")}
    if p.subjects >= 2 and (asks_compare(p) or p.subjects == 2 and (p.has("or") or not p.unparsed and
                                                                      not asks_aspect(p))):
        return compare(pw, p)
    if len(p.drivers) == 2 and not p.cars and not p.teams and p.has(
            "with", "together", "share", "shared", "teammate", "teammates", "team mate", "partner", "partners",
            "co driver", "co drivers", "codriver", "codrivers") and (yes_no(p) or p.has("together", "shared")) \
            and not re.search(r"\b(who|which|what)\b", p.text):  # "who were the co-drivers of X and Y?" is each's
        return shared_cars(pw, p)
    if len(p.drivers) >= 2 and not p.cars and not p.teams:
        return each_driver(pw, p)
    if p.subjects:
        return about_subject(pw, p)
    stat = stat_answer(pw, p)
    if stat:
        return stat
    within = LAPS_OF_WINNER.search(p.text)
    if within and not p.subjects:
        return within_laps(pw, p, within)
    if status_filter(p) in (["DNF"], ["NC"], ["DSQ"]) and p.has("first", "earliest", "last") and p.positions in ([], [1]):
        p.positions = []  # "who retired first": the retirement with the fewest laps, not P1
        return filtered(pw, p)
    unknown = unknown_words(p)
    if unknown:
        # "silverstone british gt 2003 who won gto": a word nothing here knows; never another race's answer
        return Answer(UNSUPPORTED, f"I don't know “{' '.join(unknown)}” in the results"
                      f"{' of the ' + race.title if p.race_named else ''}, so I won't guess. " + HELP,
                      races=[race] if p.race_named else [])
    if p.positions or p.bottom or p.has("last", "winner", "winners", "won", "win", "wins", "victory", "victorious",
                                        "winning", "victor", "victors"):
        ans = by_position(pw, p)
        if ans:
            return ans
    if p.unparsed and not _listing_intent(p):
        return Answer(UNSUPPORTED, "I can't answer that from the race results. " + HELP)
    listing = filtered(pw, p)
    if listing:
        return listing
    if p.unknown:
        return Answer(NOT_FOUND, f"No driver or team called “{as_written(p.unknown[0], p.raw)}” is in the results"
                      f"{' of the ' + race.title if p.race_named else ''}.", races=[race] if p.race_named else [])
    if p.has(*_SUMMARY_CUES) or (p.race_named and not content_left(p)):
        return pw.race_answer(race)
    if p.race_named:
        # the race is clear, what is asked of it is not: never a summary passed off as the answer
        return Answer(UNSUPPORTED, f"I understood you mean the {race.title}, but not what you asked about it. "
                      + HELP, races=[race])
    return Answer(UNSUPPORTED, "I can't answer that from the race results. " + HELP)


_SUMMARY_CUES = ("summary", "summarise", "summarize", "results", "result", "classification", "recap", "tell me about",
                 "what happened", "how did the race go", "overview", "info on", "details", "standings of the race",
                 "rundown", "full results", "race report")


def _asks_stored_races(p: Parsed) -> bool:
    across = p.has("races", "events", "rounds", "covered", "race had", "race has", "longest race", "shortest race",
                   "series", "championships")
    return across and p.has("stored", "list", "which", "what", "how many", "all", "there", "covered", "most",
                            "total") \
        and (not p.race_named or p.race_by_year_only or len(p.race_candidates) > 1 or bool(p.series or p.race_country)) \
        and not p.has("won", "win", "wins", "driver", "drivers", "team", "teams", "who", "drove", "raced")


def _listing_intent(p: Parsed) -> bool:
    if p.makes or p.classes:
        return True
    return p.has("driver", "drivers", "car", "cars", "entry", "entries", "team", "teams", "how many", "list",
                 "who", "which", "results", "result", "finish", "finished", "finishers", "classification",
                 "retirements", "retired", "number of", "count", "best", "most", "fewest", "engine", "chassis")


def _asks_about_someone(p: Parsed) -> bool:
    return bool(p.unknown)
