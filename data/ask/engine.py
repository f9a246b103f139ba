"""Free-text questions -> the same typed ``Answer`` the commands give.

No model and no network: ``data.ask.linking`` finds the entities a question names; the planner
here reads the intent words left over and picks what to report, reusing the command answers
where they fit. Names that do not resolve are never replaced by somebody else: they give
``not_found`` or ``ambiguous``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import json
import logging
import re
from collections.abc import Callable

from data.article import make_of
from data.answers import (AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, Choice, EntryView, RaceRef,
                          ordinal, plural)
from data.countries import COUNTRIES
from data.ask.formula1 import f1_answer
from data.folding import fold
from data.ask.vocabulary import known_word
from data.ask.grid_points import (GAIN_WORDS, GRID_WORDS, POINTS_WORDS, STANDINGS_WORDS, race_grid_points, subject_grid,
                              subject_points)
from data.ask.table_ops import table_answer
from data.ask.coverage import heeded
from data.ask.linking import IN_ORDER, Parsed, parse_question, race_lookup, series_name, stored_races_text
from data.ask.helpers import and_list, has_make, machine, possessive, rank_key, yes_no
from data.ask.rankings import (CAR_COUNT, LAPS_OF_WINNER, classes_ranked, co_drivers, drivers_in_all, make_wins,
                           most_common, most_entries, most_wins, nationalities, one_circuit, stored_people,
                           stored_races, team_with_most_cars, teams_with_cars, within_laps,
                           wins_by_make_or_country, year_winners)
from data.sentences import car_sentence, driver_sentence, entry_fields

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall

log = logging.getLogger(__name__)

MAX_QUESTION = 500
HELP = ("I answer questions about the stored race results: winners (overall, per class, podium, any "
        "position), a driver, car number or team (result, class, team, car, co-drivers, laps, status), "
        "gaps in laps, retirements and other status lists, counts, chassis/engine/tyre and makes, pole, "
        "fastest lap, average speed, date, circuit, championships, nationalities, comparisons, and "
        "careers across races. Try: “who won GT Cup?”, “how did Tom Kristensen do?”, “how many Porsches "
        "were entered?”, “Dutch drivers”.")



_NO_DATA = re.compile(r"\b(?:gives? no(?! reason)|give only|gives only|does not name|print no|prints no|"
                      r"results don't (?:say|record))\b")
_SENTENCE = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=\S)|(?<=[?!])\s+")


def question_clause(question: str) -> str:
    """In a long message, the question: the last sentence with a question mark (else with a question
    word); the story around it is context, never names (a race it names is kept: "at Spa")."""
    if len(question) < 100:
        return question  # a short message is the question itself ("did S.C.I. ever win their class?")
    sentences = [x.strip() for x in _SENTENCE.split(question.strip()) if x.strip()]
    if len(sentences) < 2:
        return question
    asked = [x for x in sentences if x.endswith("?")] or [
        x for x in sentences if re.match(r"(?i)^(?:who|what|which|how|when|where|why|did|was|were|is|does)\b", x)]
    return asked[-1] if asked else question


def answer_question(pw: Pitwall, question: str) -> Answer:
    """Answer one free-text question about the stored results."""
    clause = question_clause(question)
    if clause != question:
        answer = answer_question(pw, clause)
        story = parse_question(pw, question)
        if answer.status != ANSWERED or isinstance(story, Answer) or story is None or not story.race_named:
            return answer
        asked = parse_question(pw, clause)
        if isinstance(asked, Answer) or asked is None or asked.race_named:
            return answer
        # the question names no race but the story does ("we were at Road Atlanta ... what was #4's ..."):
        return answer_question(pw, f"{clause.rstrip(' ?.!')} at the {story.race.title}?")
    answer = _answer_question(pw, question)
    first = answer.summary.split(". ")[0]
    if answer.status == ANSWERED and _NO_DATA.search(first) and not re.match(r"^(?:Yes|No)\b", first):
        answer.status = UNSUPPORTED  # "The article gives no fastest lap": a decline says so in its status
    return answer


def _answer_question(pw: Pitwall, question: str) -> Answer:
    parsed = parse_question(pw, question)
    if parsed is None:
        return Answer(UNSUPPORTED, "Ask me about the race results. " + HELP)
    if isinstance(parsed, Answer):
        return parsed
    answer = heeded(parsed, _plan(pw, parsed))  # never an answer that ignored part of the question
    _note_frame(pw, parsed, answer)
    return answer


def _note_frame(pw: Pitwall, p: Parsed, answer: Answer) -> None:
    """What the question named and which cars the answer was about, for a follow-up to build on."""
    race_id = answer.race.id if answer.race is not None else p.race.id if p.race and p.race_named else None
    answer.asked = {"race": race_id,
                    "drivers": [r.name for r in p.drivers], "teams": [r.name for r in p.teams], "cars": list(p.cars),
                    "classes": list(p.classes), "positions": list(p.positions)}
    if answer.focus or answer.status != ANSWERED:
        return
    if answer.entries:
        answer.focus = list(answer.entries)
    elif p.subjects and answer.race is not None:
        answer.focus = [e for _n, es in _entries_for_subjects(pw, p, answer.race) for e in es
                        if e.race.id == answer.race.id]
    elif answer.kind == "winner" and answer.race is not None:
        w = pw.results.entry_at(answer.race.id, 1)
        answer.focus = [w] if w else []
    elif p.positions and answer.race is not None:
        # "who finished 4th in GT Cup?": the car(s) at that place
        answer.focus = [e for e in pw.results.race_entries(answer.race.id)
                        if (not p.classes or e.class_name in p.classes)
                        and (e.class_position if p.classes else e.position) in p.positions]


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


_SERIES_WORD = re.compile(r"championship|series|cup|trophy|challenge|tour")
_GENERIC_WORDS = frozenset(
    "a an the at in of on and or race races event edition results result overall podium winner winners won win "
    "who what which where when how did do does was were finish finished grand prix hours hour h km kms miles round "
    "final standings classification entry entries list show tell me please".split())
_STANDINGS = "Race results don't record championship points or standings, so I can't answer that. "


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
    groups = _entries_for_subjects(pw, p, race) if p.subjects else []
    # in the order the question names them ("did A finish before B?")
    groups = sorted(groups, key=lambda g: _first_mention(p.text, g[0]))
    subjects = [[e for e in es if e.race.id == race.id] for _n, es in groups]
    if p.subjects and not all(subjects):
        return None  # someone named did not race here: the rest of the engine says so
    return table_answer(entries, race, p.raw, positions=p.positions, subjects=subjects, countries=p.countries,
                        statuses=_status_filter(p), filtered=bool(p.classes or p.makes or p.tyres or p.positions),
                        makes=p.makes, teams=[t.name for t in p.teams], people=bool(p.drivers or p.cars),
                        unread=bool(p.unknown or _unknown_words(p)))


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
        groups = _entries_for_subjects(pw, p, race if p.race_named else None)
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


_DESCRIPTOR_WORDS = frozenset("grand prix gp rally dtm nascar indycar indy formula f1 motogp superbike supersport btcc "
                              "wec imsa elms alms touring endurance sprint".split())
_DURATION = re.compile(r"\b(\d{1,2})\s*(?:hours?|hrs?|h)\b|\b(\d{3,4})\s*(?:km|kms|kilometres|kilometers|miles|mi)\b")


def _race_descriptor_missing(pw: Pitwall, p: Parsed) -> Answer | None:
    """ "the 2003 Le Mans 24 Hours" when only Petit Le Mans is stored, "the 2003 Belgian Grand Prix" when the
    Spa race stored is the 1000 km: a word that describes a race (a duration, a distance, Grand Prix, a
    series) which the chosen race's title, circuit and championships lack names a race not stored."""
    if p.race is None or not p.race_named:
        return None
    known = ""
    for rid in {p.race.id, *(r.id for r in p.other_races), *(r.id for r in p.race_candidates)}:
        row = pw.db.execute("SELECT title, circuit, championships FROM races WHERE id = ?", [rid]).fetchone()
        known += fold(f" {row[0]} {row[1] or ''} {' '.join(json.loads(row[2] or '[]'))}")
    known_words = set(known.replace("1000km", "1000 km").split())
    for phrase, short in (("grand prix", "gp"), ("gran premio", "gp"), ("grande premio", "gp"), ("formula one", "f1"),
                          ("indianapolis", "indy"),
                          ("formula 1", "f1"), ("motorcycle grand prix", "motogp")):
        if phrase in known:
            known_words.add(short)
    free = [w for i, w in enumerate(p.words) if i not in p.used]
    missing = [w for w in free if w in _DESCRIPTOR_WORDS and w not in known_words]
    for m in _DURATION.finditer(p.text):
        n = m.group(1) or m.group(2)
        if n not in known_words and f"{n}km" not in known:
            missing.append(m.group(0))
    if not missing:
        return None
    return Answer(NOT_FOUND, f"No stored race matches “{' '.join(dict.fromkeys(missing))}” with the race you named "
                  f"(the nearest is the {p.race.title}). {stored_races_text(pw)}", kind="race")


def _race_named_after_year(pw: Pitwall, p: Parsed) -> Answer | None:
    """What the words after a year say about the race asked for ("who won the 2003 ‹...›?").

    A season ("the 2003 FIA GT Championship") is no race: results do not rank it. A name with a
    word that is neither in the chosen race's title, circuit or championships (or within one
    typo of one), nor linked to a class, make, country or person, names a race that is not
    stored ("the 2003 Road America 1000km" is not the 2003 Petit Le Mans at Road Atlanta)."""
    m = re.search(r"\b(\d{4})((?:\s+[A-Z0-9][\w'’&.-]*)+)", p.raw)
    if not m or p.race is None or not p.race_named:
        return None
    after = fold(p.raw[m.end(1):]).split()
    last_series = max((i for i, w in enumerate(after) if _SERIES_WORD.fullmatch(w)), default=None)
    if last_series is not None and all(w in _GENERIC_WORDS for w in after[last_series + 1:]):
        if any(w in ("race", "races", "round", "rounds", "event", "events") for w in after[last_series + 1:]):
            return None  # "the 2003 FIA GT Championship races": its races, not its standings
        if re.search(r"\b(won|win|wins|winner|winners|champion|champions)\b", p.text):
            return Answer(UNSUPPORTED, _STANDINGS + HELP)
        return None
    row = pw.db.execute("SELECT title, circuit, championships, distance FROM races WHERE id = ?",
                        [p.race.id]).fetchone()
    known = set(re.findall(r"[^\W\d_]+|\d+", fold(
        f"{row[0]} {row[1] or ''} {' '.join(json.loads(row[2] or '[]'))} {(row[3] or '').replace(',', '')}")))
    free = {w for i, w in enumerate(p.words) if i not in p.used}
    for word in fold(m.group(2)).split():
        if word not in free:
            continue  # linked to a class, make, country or person
        for part in re.findall(r"[^\W\d_]+|\d+", word):  # "1000km" is "1000 km"
            if part in known or part in _GENERIC_WORDS or any(
                    c in known for c, d in pw.race_index.word_matches(part).items() if d <= 1):
                continue
            return Answer(NOT_FOUND, f"No race called “{m.group(1)}{m.group(2)}” is stored. {stored_races_text(pw)}",
                          kind="race")
    return None


_LENGTH_UNITS = frozenset(("km", "kms", "kilometres", "kilometers", "mi", "mile", "miles", "laps", "lap", "hours", "h"))


def _numbered_event(pw: Pitwall, p: Parsed) -> Answer | None:
    """ "the 2005 indianapolis 500", "daytona 500": a number right after a word that named the race,
    which the race's title, circuit and distance do not hold, names another event (not a length)."""
    if p.race is None or not p.race_named or p.race_by_year_only:
        return None
    row = pw.db.execute("SELECT title, circuit, distance FROM races WHERE id = ?", [p.race.id]).fetchone()
    known = set(re.findall(r"\d+", fold(" ".join(str(v) for v in row if v).replace(",", ""))))
    race_words = race_lookup(pw).words
    for i in range(1, len(p.words)):
        w, before = p.words[i], p.words[i - 1]
        after = p.words[i + 1] if i + 1 < len(p.words) else ""
        if w.isdigit() and len(w) >= 3 and not 1900 <= int(w) <= 2100 and w not in known and before.isalpha() \
                and w not in p.cars and not re.search(rf"#\s*{w}\b", p.raw) \
                and p.race.id in race_words.get(before, ()) and before not in pw.make_roles \
                and after not in _LENGTH_UNITS:
            return Answer(NOT_FOUND, f"No race called “{before} {w}” is stored ({p.race.title} is the race at "
                          f"{p.race.circuit or 'that circuit'}). {stored_races_text(pw)}", kind="race")
    return None


_ACROSS = ("races", "most", "ever", "career", "how many times", "each race", "every race", "all races", "first race",
           "last race", "which race", "what race", "stored", "database", "season", "history", "in total")


def _several_races(pw: Pitwall, p: Parsed) -> Answer | None:
    """Words that fit several stored races equally ("who won at Spa?", "who won in Italy?"): the winner of
    each when that is what is asked, else the races to choose from; never one of them silently."""
    races = sorted(p.race_candidates, key=lambda r: (r.date or "", r.id), reverse=True)
    if len(races) < 2 or p.subjects or p.other_races or p.race_by_year_only or p.has(*_ACROSS) or p.makes \
            or p.countries or p.series or IN_ORDER.search(p.text) or re.search(
                r"\b(?:first|last|latest|earliest|oldest|newest|most recent|previous|next)\b", p.text):
        return None  # "the first race at X" picks one of them
    if p.has("won", "win", "winner", "winners", "victory", "victor") and not (p.classes or p.positions or p.bottom) \
            and not _unknown_words(p) and not p.has("how", "laps", "time", "team", "car", "engine", "chassis"):
        return year_winners(pw, p)  # the winner of each, oldest first
    shown = races[:5]
    return Answer(AMBIGUOUS, f"That fits {plural(len(races), 'stored race')}: which one? "
                  + "; ".join(f"{r.title} ({r.nice_date})" for r in shown)
                  + ("" if len(races) <= 5 else f" and {len(races) - 5} more") + ".",
                  title="Several races fit", kind="race",
                  choices=[Choice("race", f"{r.title} ({r.nice_date})", r.slug) for r in shown])


def _plan(pw: Pitwall, p: Parsed) -> Answer:
    race = p.race
    if race is None:
        return Answer(NOT_FOUND, "No races are stored yet: add one with 'pitwall ingest'.")
    formula1 = f1_answer(pw, p)  # F1DB's standings, totals, head-to-heads... (None without F1DB data)
    if formula1:
        return formula1
    named = _race_named_after_year(pw, p) or _race_descriptor_missing(pw, p) or _numbered_event(pw, p)
    if named:
        return named
    several = _several_races(pw, p)
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
    unknown_words = [w for w in p.unparsed if w not in _MONTH_NAMES]
    if p.race_by_year_only and len(p.race_candidates) != 1 and unknown_words and not p.subjects:
        # "who won canada 2008": the year fits several races and a word of the question fits none
        in_year = [r for r in pw.results.races() if (r.date or "")[:4] == str(p.year)]
        if len(in_year) > 1:
            return Answer(AMBIGUOUS, f"I don't know which {p.year} race “{' '.join(unknown_words)}” means. "
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
            return Answer(NOT_FOUND, f"No race, driver or team called “{_title(what, p.raw)}” is stored. "
                          f"{stored_races_text(pw)}", suggestions=names)
        return Answer(NOT_FOUND, f"No driver or team called “{_title(what, p.raw)}” is in the results"
                      f"{' of ' + race.title if p.race_named else ''}.", suggestions=names)
    if len(p.drivers) == 1 and not p.cars and p.has(
            "co driver", "co drivers", "codriver", "codrivers", "teammate", "teammates", "team mate", "team mates",
            "partner", "partners", "share", "shared", "sharing", "drove with", "raced with") and p.has(
            "most", "frequent", "often", "usual", "regular", "all", "every", "ever"):
        return co_drivers(pw, p)  # "who was X's most frequent co-driver?", "all of X's co-drivers"
    if _asks_career(p) and (p.drivers or p.teams):
        return _career(pw, p)
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
    if len(p.makes) >= 2 and not p.subjects and _asks_compare(p):
        # "did the Mosler beat the TVR in GTO?": each make's car, when it had one there
        for make, role in p.makes:
            cars = [e for e in pw.results.race_entries(race.id) if (not p.classes or e.class_name in p.classes)
                    and has_make(e, make, role)]
            if cars:  # the make's best-placed car stands for it
                p.cars.append(min(cars, key=rank_key).car_number)
        if len(set(p.cars)) < 2:
            p.cars.clear()
    if p.makes and p.subjects and _asks_compare(p):
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
    if p.subjects >= 2 and (_asks_compare(p) or p.subjects == 2 and (p.has("or") or not p.unparsed and
                                                                      not _asks_aspect(p))):
        return _compare(pw, p)
    if len(p.drivers) == 2 and not p.cars and not p.teams and p.has(
            "with", "together", "share", "shared", "teammate", "teammates", "team mate", "partner", "partners",
            "co driver", "co drivers", "codriver", "codrivers") and (yes_no(p) or p.has("together", "shared")) \
            and not re.search(r"\b(who|which|what)\b", p.text):  # "who were the co-drivers of X and Y?" is each's
        return _shared_cars(pw, p)
    if len(p.drivers) >= 2 and not p.cars and not p.teams:
        return _each_driver(pw, p)
    if p.subjects:
        return _about_subject(pw, p)
    stat = _stat_answer(pw, p)
    if stat:
        return stat
    within = LAPS_OF_WINNER.search(p.text)
    if within and not p.subjects:
        return within_laps(pw, p, within)
    if _status_filter(p) in (["DNF"], ["NC"], ["DSQ"]) and p.has("first", "earliest", "last") and p.positions in ([], [1]):
        p.positions = []  # "who retired first": the retirement with the fewest laps, not P1
        return _filtered(pw, p)
    unknown = _unknown_words(p)
    if unknown:
        # "silverstone british gt 2003 who won gto": a word nothing here knows; never another race's answer
        return Answer(UNSUPPORTED, f"I don't know “{' '.join(unknown)}” in the results"
                      f"{' of the ' + race.title if p.race_named else ''}, so I won't guess. " + HELP,
                      races=[race] if p.race_named else [])
    if p.positions or p.bottom or p.has("last", "winner", "winners", "won", "win", "wins", "victory", "victorious",
                                        "winning", "victor", "victors"):
        ans = _by_position(pw, p)
        if ans:
            return ans
    if p.unparsed and not _listing_intent(p):
        return Answer(UNSUPPORTED, "I can't answer that from the race results. " + HELP)
    listing = _filtered(pw, p)
    if listing:
        return listing
    if p.unknown:
        return Answer(NOT_FOUND, f"No driver or team called “{_title(p.unknown[0], p.raw)}” is in the results"
                      f"{' of the ' + race.title if p.race_named else ''}.", races=[race] if p.race_named else [])
    if p.has(*_SUMMARY_CUES) or (p.race_named and not _content_left(p)):
        return pw.race_answer(race)
    if p.race_named:
        # the race is clear, what is asked of it is not: never a summary passed off as the answer
        return Answer(UNSUPPORTED, f"I understood you mean the {race.title}, but not what you asked about it. "
                      + HELP, races=[race])
    return Answer(UNSUPPORTED, "I can't answer that from the race results. " + HELP)


_SUMMARY_CUES = ("summary", "summarise", "summarize", "results", "result", "classification", "recap", "tell me about",
                 "what happened", "how did the race go", "overview", "info on", "details", "standings of the race",
                 "rundown", "full results", "race report")
_NAMING_WORDS = frozenset("the a an race races at in of on for about me please pls show give info what whats was is "
                          "who how did go went and oldest newest latest earliest most recent first last database "
                          "stored one which event s".split())


def _unknown_words(p: Parsed) -> list[str]:
    """Words left over where names were looked for, that name nothing stored (a race's own words aside)."""
    race_words = set(fold(f"{p.race.title} {p.race.circuit or ''}").split()) if p.race else set()
    return [w for w in p.unparsed if w not in race_words and w not in _NAMING_WORDS and len(w) > 2
            and not known_word(w)]


def _content_left(p: Parsed) -> list[str]:
    """Words of the question that named no race, entity or filler: what the question asks, unread."""
    return [w for i, w in enumerate(p.words) if i not in p.used and w not in _NAMING_WORDS and not w.isdigit()]


def _asks_stored_races(p: Parsed) -> bool:
    across = p.has("races", "events", "rounds", "covered", "race had", "race has", "longest race", "shortest race",
                   "series", "championships")
    return across and p.has("stored", "list", "which", "what", "how many", "all", "there", "covered", "most",
                            "total") \
        and (not p.race_named or p.race_by_year_only or len(p.race_candidates) > 1 or bool(p.series or p.race_country)) \
        and not p.has("won", "win", "wins", "driver", "drivers", "team", "teams", "who", "drove", "raced")


_NAME_JOINERS = r"(?:for|of|de|del|della|di|da|do|dos|du|la|le|the|and|&|von|van|der|den|y|e)"


def _title(text: str, raw: str) -> str:
    """An unknown name as the question wrote it, whole: "Racing for Holland", not "Racing" (the
    small words inside a name, and a country in it, are linked on their own)."""
    words = text.split()
    word = r"[A-Z][\w'’&.-]*"
    around = re.search(rf"(?:\b{word}\s+(?:{_NAME_JOINERS}\s+)*)*(?i:"
                       + r"\W+".join(re.escape(w) for w in words)
                       + rf")(?:(?:\s+{_NAME_JOINERS})*\s+{word})*", raw)
    if around:
        found = around.group(0).split()
        while found and fold(found[0]) in _QUESTION_WORDS:  # "Did Racing for Germany win": not "Did"
            found.pop(0)
        while found and fold(found[-1]) in _QUESTION_WORDS | _TRAILING_VERBS:  # "How Did X Do": not "Do"
            found.pop()
        if found and len(found) >= len(words) and all(ch.isupper() for ch in (found[0][0], found[-1][0])):
            return " ".join(found)
    m = re.search(re.escape(text).replace(r"\ ", r"\W+"), fold(raw))
    if m:
        return " ".join(w.capitalize() for w in text.split())
    return text


_TRAILING_VERBS = frozenset("win won finish finished race raced drive drove do go fare results result".split())
_QUESTION_WORDS = frozenset("who what which where when how did does do was were is are has have had why can could "
                            "tell show list give".split())


def _listing_intent(p: Parsed) -> bool:
    if p.makes or p.classes:
        return True
    return p.has("driver", "drivers", "car", "cars", "entry", "entries", "team", "teams", "how many", "list",
                 "who", "which", "results", "result", "finish", "finished", "finishers", "classification",
                 "retirements", "retired", "number of", "count", "best", "most", "fewest", "engine", "chassis")


def _asks_about_someone(p: Parsed) -> bool:
    return bool(p.unknown)


_CAREER_END = re.compile(r"\b(?:first|last|latest|earliest|most recent)\s+(?:race|event|start|outing|time|win|victory"
                         r"|podium)\b|\bdebut\b|\blast raced?\b|\bfirst raced?\b|\b(?:last|first) (?:win|won)\b")


def _asks_career(p: Parsed) -> bool:
    """A question across races: counts, lists, first and last race, teams driven for. A circuit
    with several stored races ("how many times did X win at Spa?") keeps it one."""
    across = re.search(r"\b(how many|which|what|all|every|list)\b.*\b(races|wins|victories|times|events|podiums|teams|classes)\b"
                       r"|\bwin (?:rate|ratio|percentage)\b"
                       r"|\bcareer\b|\bin total\b|\bacross\b|\bever\b|\bwhere did\b.*\bwin\b"
                       r"|\bany (?:races|race|wins|win|victories|podiums|podium)\b", p.text)
    return bool(across or _CAREER_END.search(p.text)) and (
        not p.race_named or len(p.race_candidates) > 1 or bool(p.race_by_year_only and p.year))


def _asks_compare(p: Parsed) -> bool:
    strong = p.has("beat", "beaten", "higher", "lower", "ahead", "better", "worse", "versus", "vs", "compare",
                   "compared", "head", "faster", "slower", "quicker", "in front", "finished higher", "outpace")
    return strong or (p.has("or", "between") and p.has("who", "which"))


def _entries_for_subjects(pw: Pitwall, p: Parsed, race: RaceRef | None) -> list[tuple[str, list[EntryView]]]:
    out: list[tuple[str, list[EntryView]]] = []
    rid = race.id if race else None
    for d in p.drivers:
        out.append((d.name, pw.results.driver_entries(int(d.id), rid)))
    for t in p.teams:
        out.append((t.name, pw.results.team_entries(int(t.id), rid)))
    for c in p.cars:
        out.append((f"#{c}", pw.results.car_entries(p.race.id, c)))
    return out


_ASPECT_WORDS = ("co driver", "co drivers", "codriver", "codrivers", "teammate", "teammates", "partner", "partners",
                 "share", "shared", "laps", "lap", "engine", "engines", "tyre", "tyres", "tire", "tires", "team",
                 "drive for", "drove for", "chassis", "drive", "drove", "car", "model", "class", "category",
                 "nationality", "country", "from", "behind", "gap", "podium", "finish", "finished", "classified",
                 "retire", "retired", "win", "won", "how did", "how many", "result", "results", "where")
# the aspects a career at a glance does not answer by itself ("how did X do?" and "X's results" it does)
_DETAIL_WORDS = tuple(w for w in _ASPECT_WORDS if w not in ("how did", "result", "results"))


def _asks_aspect(p: Parsed) -> bool:
    return p.has(*_ASPECT_WORDS)


def _each_driver(pw: Pitwall, p: Parsed) -> Answer:
    """ "co-drivers of X and Y": the same question answered for each person named."""
    lines, races = [], []
    for rec in p.drivers[:5]:
        single = Parsed(raw=p.raw, words=p.words, text=p.text, race=p.race, race_named=p.race_named,
                        race_by_year_only=p.race_by_year_only, year=p.year, drivers=[rec], used=p.used)
        answer = _about_subject(pw, single)
        lines.append(answer.summary)
        lines.extend(answer.lines)
        races.extend(answer.races)
    unique = list({r.id: r for r in races if r}.values())
    return Answer(ANSWERED, f"{and_list([r.name for r in p.drivers[:5]])}:", lines=lines, races=unique)


def _shared_cars(pw: Pitwall, p: Parsed) -> Answer:
    """ "Did X drive with Y?": the cars they shared (in the race named, or in any stored race)."""
    a, b = p.drivers
    theirs = {e.id: e for e in pw.results.driver_entries(int(b.id))}
    shared = [e for e in pw.results.driver_entries(int(a.id)) if e.id in theirs
              and (not p.race_named or e.race.id == p.race.id)]
    where = f" in {p.race.title}" if p.race_named else ""
    lead = ("Yes: " if shared else "No: ") if yes_no(p) else ""
    if not shared:
        return Answer(ANSWERED, f"{lead}{a.name} and {b.name} never shared a car{where}.", kind="compare")
    return Answer(ANSWERED, f"{lead}{a.name} and {b.name} shared a car in {plural(len(shared), 'race')}{where}: "
                  + "; ".join(f"{e.car} in the {e.race.title} ({e.place})" for e in shared) + ".",
                  races=list({e.race.id: e.race for e in shared}.values()), entries=shared, kind="compare")


def _compare(pw: Pitwall, p: Parsed) -> Answer:
    race = p.race if p.race_named else None
    groups = _entries_for_subjects(pw, p, race)
    if race is None:
        common = None
        for _name, entries in groups:
            ids = {e.race.id for e in entries}
            common = ids if common is None else common & ids
        if not common:
            return Answer(ANSWERED, "They never raced in the same event: " + "; ".join(
                f"{n}: {', '.join(e.race.title for e in es) or 'no races'}" for n, es in groups) + ".")
        rid = max(common, key=lambda r: pw.results.race(r).date or "")
        groups = [(n, [e for e in es if e.race.id == rid]) for n, es in groups]
        race = pw.results.race(rid)
    missing = [n for n, es in groups if not es]
    if missing:
        return Answer(NOT_FOUND, f"{', '.join(missing)} did not take part in {race.title}.", races=[race])
    ranked = sorted(((n, es[0]) for n, es in groups), key=lambda x: rank_key(x[1]))
    best_name, best = ranked[0]
    rest = "; ".join(f"{n}: {e.place}, {e.car}, {e.laps_text}" for n, e in ranked)
    if best.id == ranked[1][1].id:  # one car, not two with the same (or no) number
        summary = f"{ranked[0][0]} and {ranked[1][0]} shared the #{best.car_number} car ({best.place})."
    else:
        summary = f"{best_name} finished higher ({best.place}) than " + ", ".join(
            f"{n} ({e.place})" for n, e in ranked[1:]) + f" in {race.title}."
        if re.search(r"\b(did|does)\b .* \b(beat|finish ahead|finish higher)\b", p.text):
            first = groups[0][0]
            summary = ("Yes. " if first == best_name else "No. ") + summary
    return Answer(ANSWERED, summary, lines=[rest], races=[race], kind="compare")


def _career(pw: Pitwall, p: Parsed) -> Answer:
    rec = p.drivers[0] if p.drivers else p.teams[0]
    entries = (pw.results.driver_entries(int(rec.id)) if p.drivers else pw.results.team_entries(int(rec.id)))
    where = ""
    if p.race_by_year_only and p.year:  # "did X win any races in 2002?": that year's races
        entries = [e for e in entries if (e.race.date or "")[:4] == str(p.year)]
        where = f" in {p.year}"
    elif p.race_named and len(p.race_candidates) > 1:  # "... at Spa": the races there
        ids = {r.id for r in p.race_candidates}
        entries = [e for e in entries if e.race.id in ids]
        circuit = one_circuit(p.race_candidates)
        where = f" at {circuit}" if circuit else " in those races"
    end = _CAREER_END.search(p.text)
    if end and entries:
        first = any(w in end.group(0) for w in ("first", "earliest", "debut"))
        what = "race"
        if re.search(r"\b(win|won|victory)\b", end.group(0)):  # "when did X last win?": among the wins
            entries, what = [e for e in entries if e.position == 1], "win"
        elif "podium" in end.group(0):
            entries, what = [e for e in entries if e.position and e.position <= 3], "podium"
        if not entries:
            return Answer(ANSWERED, f"{rec.name} has no overall {what} in the results{where}.", kind="career")
        e = (min if first else max)(entries, key=lambda e: (e.race.date or "", e.race.id))
        return Answer(ANSWERED, f"{possessive(rec.name)} {'first' if first else 'latest'} {what}{where} in the results: "
                      f"{e.race.title} ({e.race.nice_date}), {e.place} with {e.car}.",
                      races=[e.race], entries=[e], kind="career")
    if p.drivers and p.has("teams", "which team", "what team", "drove for", "drive for", "driven for", "raced for"):
        teams: dict[str, int] = {}
        for e in entries:
            teams[e.team] = teams.get(e.team, 0) + 1
        ranked = sorted(teams.items(), key=lambda t: -t[1])
        return Answer(ANSWERED, f"{rec.name} drove for {plural(len(ranked), 'team')}{where}: " + ", ".join(
            f"{t} ({plural(n, 'race')})" for t, n in ranked) + ".", kind="career",
            races=list({e.race.id: e.race for e in entries}.values()))
    if p.has("finish", "finished", "classified") and not p.has("win", "won", "wins"):
        entries = [e for e in entries if e.classified]
        races = list({e.race.id: e.race for e in entries}.values())
        return Answer(ANSWERED, f"{rec.name} was classified in {plural(len(races), 'race')}: "
                      + ", ".join(f"{e.race.title} ({e.place})" for e in entries) + ".", races=races, kind="career")
    races = list({e.race.id: e.race for e in entries}.values())
    wins = [e for e in entries if e.position == 1]
    class_wins = [e for e in entries if e.class_position == 1]
    podiums = [e for e in entries if e.position and e.position <= 3]
    lines = [f"{e.race.title} ({e.race.nice_date}): {e.place}, {e.car}, {e.laps_text}"
             for e in entries]
    if p.has("retire", "retired", "retirement", "retirements", "dnf", "dnfs"):
        out = [e for e in entries if e.status == "DNF"]
        lead = ("Yes: " if out else "No: ") if yes_no(p) else ""
        summary = (f"{lead}{rec.name} retired in {plural(len(out), 'race')} of {len(races)}"
                   + (f": {', '.join(e.race.title for e in out)}." if out else "."))
    elif p.has("win", "wins", "won", "victories", "victory"):
        in_class = p.has("class", "their class", "his class", "her class", "class win", "class wins")
        lead = ("Yes: " if (class_wins if in_class else wins) else "No: ") if yes_no(p) else ""
        summary = (f"{lead}{rec.name} won {plural(len(wins), 'race')} overall"
                   + (f" ({', '.join(e.race.title for e in wins)})" if wins else "")
                   + f" and {plural(len(class_wins), 'class win')} from {plural(len(races), 'race')}{where}.")
        if p.has("rate", "ratio", "percentage", "percent") and races:
            summary += f" Win rate: {100 * len(wins) / len(races):.0f}% overall, {100 * len(class_wins) / len(races):.0f}% in class."
    elif p.has("podium", "podiums"):
        lead = ("Yes: " if podiums else "No: ") if yes_no(p) else ""
        summary = f"{lead}{rec.name} has {plural(len(podiums), 'overall podium')} from {plural(len(races), 'race')}."
    else:
        summary = f"{rec.name} entered {plural(len(races), 'race')}: " + ", ".join(r.title for r in races) + "."
    return Answer(ANSWERED, summary, lines=lines, races=races, kind="career")


def _about_subject(pw: Pitwall, p: Parsed) -> Answer:
    by_year = p.race_by_year_only and (p.drivers or p.teams) and not p.cars
    race = p.race if p.race_named and not by_year else None
    groups = _entries_for_subjects(pw, p, race)
    name, entries = groups[0]
    if by_year:  # "Team Jota results in 2003": the subject's races of that year
        entries = [e for e in entries if (e.race.date or "")[:4] == str(p.year)]
    if not entries:
        where = str(p.year) if by_year else (race.title if race else p.race.title)
        if yes_no(p):
            return Answer(ANSWERED, f"No: {name} is not in the results of {where}.", races=[p.race])
        return Answer(NOT_FOUND, f"{name} is not in the results of {where}.", races=[p.race])
    if by_year and len(entries) > 1:
        lines = [f"{e.race.title} ({e.race.nice_date}): {_aspect_sentence(pw, p, name, e)}" for e in entries]
        return Answer(ANSWERED, f"{name} in {p.year}: {plural(len(entries), 'entry', 'entries')}.", lines=lines,
                      races=list({e.race.id: e.race for e in entries}.values()), entries=entries)
    if (p.drivers or p.teams) and not p.race_named and len(entries) > 1 and not p.cars and p.has(
            "best", "worst", "highest", "lowest"):
        worst = p.has("worst", "lowest")
        e = max(entries, key=rank_key) if worst else min(entries, key=rank_key)
        same = [x for x in entries if (x.status, x.position) == (e.status, e.position)]
        also = f" ({plural(len(same), 'time')})" if len(same) > 1 else ""
        return Answer(ANSWERED, f"{name}'s {'worst' if worst else 'best'} result: {e.place}{also}, "
                      f"in {', '.join(x.race.title for x in same)} with {e.car}"
                      + (f" ({and_list(e.drivers)})" if e.drivers and not p.drivers else "") + ".",
                      races=[x.race for x in same], kind="career")
    if p.drivers and p.countries and re.match(r"^(?:is|was|are|were)\b", p.text) and not p.has(
            "win", "won", "winner", "finish", "finished", "podium", "classified", "retired", "best", "fastest"):
        # "is Jan Lammers Dutch?": the nationality the results give, yes or no first
        iso = pw.results.driver_country(int(p.drivers[0].id))
        return Answer(ANSWERED, ("Yes. " if iso in p.countries else "No. ") + _nationality_sentence(pw, p, name),
                      kind="fact")
    if p.drivers and _asks_origin(p):
        return Answer(ANSWERED, _nationality_sentence(pw, p, name), kind="fact")
    if p.drivers and not p.race_named and len(entries) > 1 and not p.cars:
        if not p.has(*_DETAIL_WORDS) and not yes_no(p):  # "how did X do?": the career at a glance, as /driver
            return pw.career(int(p.drivers[0].id), name, entries)  # an F1DB driver: the F1 career
        facts = [(e, _aspect_sentence(pw, p, name, e)) for e in entries]
        lines = [f"{e.race.title} ({e.race.nice_date}): {s}" for e, s in facts]
        return Answer(ANSWERED, f"{name} raced in {plural(len(entries), 'event')}:", lines=lines,
                      races=[e.race for e in entries], kind="driver_career")
    if p.teams and not p.drivers and not p.cars:
        if p.has("drivers", "who drove", "which drivers", "who raced", "who drives", "driver line up", "line up"):
            # "which drivers drove for X?": the people, with how often (in the race named, if one is)
            if p.race_named and len(p.race_candidates) <= 1:
                entries = [e for e in entries if e.race.id == p.race.id]
            crews: dict[str, int] = {}
            for e in entries:
                for d in e.drivers:
                    crews[d] = crews.get(d, 0) + 1
            ranked = sorted(crews.items(), key=lambda c: -c[1])
            scope = f" in {p.race.title}" if p.race_named and len(p.race_candidates) <= 1 else ""
            return Answer(ANSWERED, f"{plural(len(ranked), 'driver')} drove for {name}{scope}: " + ", ".join(
                f"{d} ({plural(n, 'race')})" if n > 1 else d for d, n in ranked) + ".",
                races=list({e.race.id: e.race for e in entries}.values()), kind="list")
        if not p.race_named and len({e.race.id for e in entries}) > 1:
            return pw.team_answer(int(p.teams[0].id), name, None)
        status = _status_filter(p)
        if len(entries) > 1 and status and (yes_no(p) or p.has("how many", "number of")):
            # "did both Racing for Holland cars finish?", "did any Team Jota car retire?"
            return _status_yes_no(p, entries, status[0], name, f"in {entries[0].race.title}", entries[0].race)
        if len(entries) > 1 and p.has("gap", "between", "behind", "separated", "difference", "ahead"):
            ahead, behind = sorted(entries, key=rank_key)[:2]
            gap = (ahead.laps or 0) - (behind.laps or 0)
            return Answer(ANSWERED, f"{name}'s #{behind.car_number} ({behind.place}) was {plural(gap, 'lap')} behind "
                          f"its #{ahead.car_number} ({ahead.place}) in {ahead.race.title}: {behind.laps_text} to "
                          f"{ahead.laps_text}.", races=[ahead.race], entries=[ahead, behind])
        if len(entries) > 1:
            answer = pw.team_answer(int(p.teams[0].id), name, entries[0].race)
            leads = [_aspect_lead(pw, p, f"#{e.car_number}", e) for e in entries]
            if all(leads):
                answer.lines = [lead for lead in leads if lead]
                if all(_NO_DATA.search(lead) for lead in leads if lead):
                    answer.status = UNSUPPORTED  # every car's answer is that the article does not say
            return answer
    if p.drivers and not p.cars and len(entries) > 1 and len({x.race.id for x in entries}) == 1:
        # a driver entered in two cars of one race: both, the best placed first
        ranked = sorted(entries, key=rank_key)
        return Answer(ANSWERED, f"{name} drove {plural(len(ranked), 'car')} in the {ranked[0].race.title}: "
                      + " ".join(_aspect_lead(pw, p, name, x, name) or driver_sentence(name, x, with_race=False)
                                 for x in ranked), title=name,
                      races=[ranked[0].race], entries=ranked, kind="entry")
    e = entries[-1]
    who = name if p.drivers and not p.cars else f"#{e.car_number}"
    if p.drivers and len(e.drivers) > 1 and p.has("laps", "lap") and p.has("drive", "drove", "driven", "driving"):
        return Answer(UNSUPPORTED, f"The results give the laps of {name}'s car ({e.laps_text}, shared with "
                      f"{and_list([d for d in e.drivers if d != name])}), not how many each driver drove.",
                      races=[e.race])
    if p.has("km", "kms", "kilometres", "kilometers", "miles") and not p.has("behind", "gap"):
        return Answer(UNSUPPORTED, f"The results give {who}'s laps ({e.laps_text}), not a distance per car.",
                      races=[e.race])
    if p.has("why", "reason", "cause", "what happened", "what went wrong") and not e.reason and e.status == "DNF":
        # the results say that the car stopped, not why: a decline that says what is known
        return Answer(UNSUPPORTED, f"The results don't say why {who} retired: {who} was {e.status_text} after "
                      f"{e.laps_text} in the {e.race.title}.", races=[e.race])
    race_words = set(fold(f"{e.race.title} {e.race.circuit or ''}").split())
    unknown = [w for w in p.unparsed if w not in race_words]
    if unknown and _aspect_lead(pw, p, who, e, name) is None:
        # "how tall is X?": X is known, but a word of the question is not; X's result would answer
        # another question
        return Answer(UNSUPPORTED, f"I know {name} from the results of the {e.race.title}, but not what "
                      f"“{' '.join(unknown)}” asks: results give place, laps, car, team, co-drivers, grid, points "
                      f"and why a car stopped. Ask “how did {name} do?” for the result.", races=[e.race])
    summary = _aspect_sentence(pw, p, name, e)
    return Answer(ANSWERED, summary, title=name, fields=entry_fields(e, exclude=name if p.drivers else None),
                  races=[e.race], kind="entry")


def _aspect_sentence(pw: Pitwall, p: Parsed, name: str, e: EntryView) -> str:
    base = driver_sentence(name, e, with_race=True) if p.drivers and not p.cars else car_sentence(e)
    who = name if p.drivers and not p.cars else f"#{e.car_number}"
    lead = _aspect_lead(pw, p, who, e, name)
    return f"{lead} {base}" if lead else base


_STAT_ASKED = (("fastest_lap", "the fastest lap", ("fastest lap", "quickest lap", "best lap", "lap record")),
               ("pole", "pole position", ("pole position", "pole", "polesitter", "pole sitter")),
               ("average_speed", "the average speed", ("average speed",)))


def _stat_lead(pw: Pitwall, p: Parsed, who: str, e: EntryView) -> str | None:
    """ "Did X set the fastest lap?", "X's average speed", "was the winner on pole?": the race's
    statistic, and whether it is this car's (the article gives each for one car only)."""
    for kind, label, words in _STAT_ASKED:
        if not p.has(*words):
            continue
        s = pw.results.race_details(e.race.id)["stats"].get(kind)
        if not s:
            return f"The article for {e.race.title} gives no {label.removeprefix('the ')}."
        value = f" ({s['value']})" if s["value"] else ""
        if not s["car_number"]:
            return f"The article gives only the race's {label.removeprefix('the ')}{value}, not one per car."
        mine = s["car_number"] == e.car_number
        holder = f"#{s['car_number']} {s['team'] or ''}".strip()
        if p.classes and e.class_name not in p.classes or (not yes_no(p) and not mine):
            # "the #177's best lap", "the fastest GTO lap": the article gives one lap for the race only
            return (f"The article gives only the race's {label.removeprefix('the ')}{value}, by {holder}, "
                    f"not one for {who.rstrip(',') if not p.classes else '/'.join(p.classes)}.")
        said = f"{label} of {e.race.title}{value} was set by {holder}"
        return (("Yes" if mine else "No") + f": {said}." if yes_no(p) else
                f"{said[0].upper()}{said[1:]}, {'the car of' if mine else 'not'} {who.rstrip(',')}.")
    return None


def _aspect_lead(pw: Pitwall, p: Parsed, who: str, e: EntryView, name: str | None = None) -> str | None:
    """The direct answer to the aspect asked about (team, laps, co-drivers...), or None."""
    name = name or who
    mates = [d for d in e.drivers if d != name]
    stat = _stat_lead(pw, p, who, e)
    if stat:
        return stat
    if p.cars and not p.drivers and re.search(r"\bwho\b", p.text) and p.has(
            "drove", "drive", "drives", "driving", "driver", "drivers", "raced", "crewed", "in"):
        # "who drove the #8?": the people, not the car, are the answer
        lead = f"{and_list(e.drivers)} drove {machine(e)}."
    elif p.has("how many drivers", "number of drivers", "how many people"):
        lead = f"{who} had {plural(len(e.drivers), 'driver')}: {', '.join(e.drivers)}."
    elif p.has("co driver", "co drivers", "codriver", "codrivers", "teammate", "teammates", "team mate",
             "team mates", "partner", "partners", "share", "shared", "sharing", "with whom", "who drove with"):
        lead = f"{name}'s co-drivers: {', '.join(mates) or 'none (drove alone)'}."
    elif yes_no(p) and p.positions and not p.has("podium", "podiums"):
        # "did X finish second?", "was the #61 first in SR2?": the place asked against the place
        in_class = bool(p.classes) or p.has("in class", "in his class", "in her class", "in their class")
        place = e.class_position if in_class else e.position
        right = place in p.positions and (not p.classes or e.class_name in p.classes)
        window = f", {'in' if right else 'outside'} the top {len(p.positions)}" \
            if len(p.positions) > 1 and p.positions == list(range(1, len(p.positions) + 1)) else ""
        lead = ("Yes" if right else "No") + f": {who} finished {e.place}{window}."
    elif yes_no(p) and p.has("podium", "podiums"):
        on = e.position is not None and e.position <= 3
        lead = ("Yes" if on else "No") + f": {who} finished {e.place}."
    elif yes_no(p) and p.has("finish", "classified", "retire", "retired", "complete"):
        if p.has("retire", "retired"):
            lead = ("Yes" if e.status == "DNF" else "No") + f": {who} was {e.status_text}."
        else:
            lead = ("Yes" if e.classified else "No") + f": {who} was {e.status_text}" + (
                f", {ordinal(e.position)} overall." if e.classified else ".")
    elif yes_no(p) and p.has("win", "won"):
        won = e.position == 1 or (p.classes and e.class_position == 1)
        lead = ("Yes" if won else "No") + f": {who} finished {e.place}."
    elif p.has("behind", "gap", "down on", "ahead", "laps down", "adrift", "margin"):
        lead = f"{who} was {plural(e.behind_overall or 0, 'lap')} behind the overall winner and " \
               f"{plural(e.behind_class or 0, 'lap')} behind the {e.class_name} winner."
    elif p.has("laps", "lap") and not (p.has("how long", "time") and e.race_time):
        lead = f"{who} completed {e.laps_text}."
    elif p.has("engine", "engines", "motor", "powered"):
        lead = (f"{who} used the {e.engine} engine" + (f" in the {e.chassis}." if e.chassis else ".") if e.engine else
                f"The results of the {e.race.title} print no engine for {who}.")
    elif p.has("tyre", "tyres", "tire", "tires"):
        lead = f"{who} ran on {e.tyre or 'tyres the article does not name'}."
    elif p.has("manufacturer", "manufacturers", "marque", "brand", "constructor", "make", "which make"):
        make = make_of(e.chassis) or e.chassis
        lead = f"{who} was {'an' if make[:1].upper() in 'AEIOU' else 'a'} {make} ({e.chassis}, {e.engine})."
    elif p.has("team", "drive for", "drove for", "driving for", "drives for", "entrant", "entered by"):
        lead = f"{who} drove for {e.team} (#{e.car_number} {e.chassis})."
    elif (p.has("chassis", "drive", "drove", "driving", "model", "bike", "motorcycle", "machine", "ride", "rode") or (
            p.has("car") and not p.cars)) and not p.has("how long", "what time", "finishing time", "race time", "why",
                                                         "reason"):
        lead = (f"The {who} was a {e.chassis}" + (f" ({e.engine})" if e.engine else "") + (
            f" entered by {e.team}." if e.team else ".") if who.startswith("#") else f"{who} drove {machine(e, engine=True)}.")
    elif p.has("class", "category"):
        lead = f"{who} raced in {e.class_name}" + (f", finishing {ordinal(e.class_position)} in class." if e.class_position else f" ({e.position_text}).")
    elif p.has("country") or _asks_origin(p):
        lead = _nationality_sentence(pw, p, name)
    elif p.has("why") and e.status == "NC" and not e.reason:
        rule = pw.results.race_details(e.race.id)["rule"]
        lead = (f"{who} was not classified (NC) with {e.laps_text}; the article's rule: cars failing to complete "
                f"{rule} of the winner's distance are not classified." if rule else
                f"{who} was not classified (NC) with {e.laps_text}; the article gives no reason.")
    elif p.has("why", "reason", "cause", "what happened", "what went wrong", "drop out", "dropped out", "out of") \
            and (not e.classified or e.reason):
        status = f"classified {e.place} but stopped" if e.classified else f"was {e.status_text}"
        lead = (f"{who} {status} after {e.laps_text}; the results give the reason: {e.reason}."
                if e.reason else f"{who} {status} after {e.laps_text}; the results give no reason.")
    elif p.has("time", "how long did", "race time", "finishing time") and not p.has(
            "lap time", "fastest", "pole", "first time", "last time", "how many times", "times"):
        gap = e.race_time.startswith("+") or "lap" in e.race_time.lower()
        lead = (f"{who} finished {e.race_time} behind the winner." if e.race_time and gap else
                f"{who} finished in {e.race_time}." if e.race_time else
                f"The results give no time for {who.rstrip(',')}" + (f" ({e.status_text})." if not e.classified else "."))
    elif yes_no(p) and not p.has("fastest", "quickest", "slowest", "best", "worst", "lead", "led", "leading",
                                   "pole", "beat", "beaten", "faster", "slower", "ahead", "higher", "lower"):
        # "was X at Spa?", "did X race in the 2003 Petit?": taking part is what is asked
        lead = f"Yes: {who} took part in {e.race.title}."
    else:
        return None
    return lead


_FROM_A_RACE = re.compile(r"\b(?:retire|retired|retiring|withdraw|withdrew|withdrawn|start|started|starting|pit|"
                          r"pitted|qualify|qualified|excluded|disqualified|drop|dropped|pull|pulled)\s+(?:out\s+)?from\b")


def _asks_origin(p: Parsed) -> bool:
    """ "where is X from?", "X's nationality"; not "why did X retire from the race?"."""
    return p.has("nationality", "where is", "where s", "what country", "which country") or (
        p.has("from") and not _FROM_A_RACE.search(p.text))


def _nationality_sentence(pw: Pitwall, p: Parsed, name: str) -> str:
    if not p.drivers:
        return ""
    iso = pw.results.driver_country(int(p.drivers[0].id))
    c = COUNTRIES.get(iso or "")
    return f"{name} is {c.demonym} ({c.name})." if c else f"The results give no nationality for {name}."


_STAT_WORDS = ("percent", "percentage", "rule", "required", "minimum", "pole", "qualifying", "qualified", "fastest",
               "round", "total laps", "laps in total", "laps were there", "laps is the race", "laps in the race",
               "laps long", "how many laps was the race", "how many laps were", "how many laps did the race",
               "quickest", "best lap", "lap record", "speed", "km h", "mph", "distance", "how long", "how far", "length",
               "when", "date", "what day", "which day", "what year", "circuit", "track", "venue", "where was",
               "where is", "hosted", "held", "championship", "championships", "series", "season", "part of",
               "classes", "needed to be classified", "where did the race")


# "was the eighth round of the 2003 FIA GT Championship", "was round 10 of the ...", "was the ninth
# and final race in the 2003 American Le Mans Series season": what an article's intro says of it
_ROUND = re.compile(r"\b(?:the )?(round \d+|[a-z]+(?: and final)? (?:race|round))(?: (?:of|in|for))? the "
                    r"((?:19|20)\d\d [^.,;()]+?)(?: season)?(?= and |[.,;()]|$)")
_SEASON_END = re.compile(r"(?:\s+season)?\s*$")
_TITLE_DISTANCE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:km|kilometres|kilometers|miles|mi|hours|hour|h)\b", re.I)


def _stat_answer(pw: Pitwall, p: Parsed) -> Answer | None:
    if not p.has(*_STAT_WORDS):
        return None  # most questions are not about statistics: no need to load them
    if yes_no(p) and p.has("winner", "won", "win", "winning"):
        return None  # "was the winner on pole?": a question about the winner's car
    race = p.race
    d = pw.results.race_details(race.id)
    stats = d["stats"]

    def stat(kind: str, what: str) -> Answer:
        s = stats.get(kind)
        if not s:
            return Answer(UNSUPPORTED, f"The article for {race.title} gives no {what}, so I can't say.", races=[race])
        car, note = "", ""
        if s["car_number"]:
            entries = pw.results.car_entries(race.id, s["car_number"])
            crew = f" ({', '.join(entries[0].drivers)})" if entries else ""
            car = f" by #{s['car_number']} {s['team'] or ''}{crew}".rstrip()
            if p.classes and entries and entries[0].class_name not in p.classes:
                # "the fastest lap in SR2": the article gives the race's only, by a car of another class
                return Answer(UNSUPPORTED, f"The article gives only the race's {what}{car} ({entries[0].class_name})"
                              f"{': ' + s['value'] if s['value'] else ''}, none for {'/'.join(p.classes)}.",
                              races=[race], kind="stat")
        value = f": {s['value']}" if s["value"] else ""
        return Answer(ANSWERED, f"{s['label']} in {race.title}{car}{value}.{note}", races=[race], kind="stat")

    if p.has("percent", "percentage", "rule", "needed to be classified", "required", "minimum") and p.has(
            "classified", "classification", "rule", "distance", "percent", "percentage"):
        rule = d["rule"]
        return Answer(ANSWERED if rule else UNSUPPORTED, f"In {race.title}, cars failing to complete {rule} of the winner's distance were not "
                      f"classified (NC)." if rule else f"The article for {race.title} states no classification rule.",
                      races=[race], kind="stat")
    if p.has("pole", "pole position", "qualifying", "qualified"):
        return stat("pole", "pole position")
    if p.has("fastest lap", "quickest lap", "best lap", "lap record", "fastest", "quickest"):
        if not p.has("lap", "laps") and (p.countries or p.makes or p.classes or p.tyres):
            return None  # "the fastest Brit / Porsche / GTO car" is the best placed of them, not a lap
        return stat("fastest_lap", "fastest lap")
    if p.has("average speed", "speed", "km h", "mph"):
        if p.classes or p.subjects:  # the article gives the race's average speed, not a class's or a car's
            s_ = stats.get("average_speed")
            return Answer(UNSUPPORTED, f"The article gives only the race's average speed"
                          f"{' (' + s_['value'] + ')' if s_ and s_['value'] else ''}, not one for "
                          f"{'/'.join(p.classes) or 'one car'}.", races=[race], kind="stat")
        return stat("average_speed", "average speed")
    if (p.has("distance", "how long", "how far", "length", "laps long", "how many laps was the race",
              "how many laps were", "how many laps did the race", "total laps", "laps in total", "laps were there",
              "laps is the race", "laps in the race") and not p.has("behind", "ahead", "gap")
            and not (p.classes or p.positions)):
        value = d["distance"] or (stats.get("distance") or {}).get("value")
        w = pw.results.entry_at(race.id, 1)
        laps = f" The winner, {w.car}, completed {w.laps_text}." if w and w.laps else ""
        named = _TITLE_DISTANCE.search(race.title)
        return Answer(ANSWERED if value or named or (laps and not p.has(
            "miles", "km", "kilometres", "kilometers", "hours", "minutes", "run for", "last", "duration")) else UNSUPPORTED,
                      (f"{race.title} ran {value}." if value else
                       f"{race.title} was scheduled over {named.group(0)}, as its name says." if named else
                       f"{race.title} ran {w.laps_text}, the winner's laps (the article states no distance in km or "
                       f"miles)." if w and w.laps else f"The article for {race.title} gives no distance.")
                      + (laps if value or named else ""), races=[race], kind="stat")
    if p.has("when", "date", "what day", "which day", "what year"):
        printed = d["date_text"] or race.nice_date  # as the article prints it
        return Answer(ANSWERED, f"{race.title} took place on {printed}.", races=[race], kind="stat")
    asks_result = p.has("won", "win", "wins", "winner", "winners", "finished", "podium", "results")
    if p.has("circuit", "track", "venue", "where was", "where is", "hosted", "where did the race", "held") \
            and not asks_result:  # "who won the race held at Spa?" asks for the winner
        return Answer(ANSWERED, f"{race.title} was held at {race.circuit or 'a circuit the article does not name'}.",
                      races=[race], kind="stat")
    in_order = IN_ORDER.search(p.text)
    if p.has("round", "which round", "what round") and not asks_result and not in_order:
        intro = pw.db.execute("SELECT intro FROM races WHERE id = ?", [race.id]).fetchone()[0] or ""
        said = [f"{'' if which.startswith('round') else 'the '}{which} of the {_SEASON_END.sub('', champ)}"
                for which, champ in _ROUND.findall(intro)]
        return Answer(ANSWERED, f"{race.title} was {' and '.join(said)}." if said else
                      f"The article for {race.title} does not say which round it was.", races=[race], kind="stat")
    if p.has("championship", "championships", "series", "season", "part of") and not asks_result and not in_order:
        champs = d["championships"]
        lines = [f"{c}: {ch}" for c, ch, _ in d["classes"] if ch]
        return Answer(ANSWERED, f"{race.title} counted for: {'; '.join(champs) or 'no championship named'}.",
                      lines=lines, races=[race], kind="stat")
    if p.has("how many classes", "which classes", "what classes", "classes"):
        return Answer(ANSWERED, f"{race.title} had {plural(len(d['classes']), 'class', 'classes')}: "
                      + ", ".join(f"{c} ({n})" for c, _, n in d["classes"]) + ".", races=[race])
    return None


def _by_position(pw: Pitwall, p: Parsed) -> Answer | None:
    race = p.race
    entries = pw.results.race_entries(race.id)
    if p.classes:
        pool_all = [e for e in entries if e.class_name in p.classes]
    else:
        pool_all = entries
    classified = [e for e in pool_all if e.classified]
    key = (lambda e: e.class_position) if p.classes else (lambda e: e.position)
    where = f" in {'/'.join(p.classes)}" if p.classes else " overall"
    if p.positions and yes_no(p) and (p.makes or p.countries):
        # "did a Lola finish on the podium?", "was a British driver in the top 5 in GTO?"
        def fits(e: EntryView) -> bool:
            return all(has_make(e, m, role) for m, role in p.makes) and all(
                c in e.driver_countries for c in p.countries)
        pool = [e for e in classified if fits(e)]
        hits = [e for e in pool if key(e) in p.positions]
        what = " ".join(filter(None, [" ".join(m for m, _r in p.makes),
                                      " or ".join(COUNTRIES[c].demonym for c in p.countries) + "-crewed"
                                      if p.countries else ""]))
        places = (f"in the top {max(p.positions)}" if p.positions == list(range(1, max(p.positions) + 1))
                  and len(p.positions) > 1 else "/".join(ordinal(n) for n in p.positions)) + where
        if hits:
            return Answer(ANSWERED, "Yes: " + "; ".join(f"{e.car} ({', '.join(e.drivers)}, "
                                                         f"{e.chassis}) finished {e.place}" for e in hits)
                          + f" in {race.title}.", races=[race], entries=hits, kind="yes_no")
        best = min(pool, key=key) if pool else None
        return Answer(ANSWERED, f"No: no {what} car finished {places} in {race.title}" + (
            f"; the best placed was {best.car}, {best.place}." if best else "."),
            races=[race], entries=[best] if best else [], kind="yes_no")
    if p.positions and not p.classes and p.has("each class", "every class", "all classes", "per class",
                                                "all the classes", "class by class", "each category"):
        # "who finished second in each class?", "the runners-up in every class"
        chosen = sorted((e for e in classified if e.class_position in p.positions),
                        key=lambda e: (pw.results.class_names(race.id).index(e.class_name), e.class_position))
        if not chosen:
            return None
        return Answer(ANSWERED, ". ".join(
            f"{ordinal(e.class_position)} in {e.class_name}: {_placed(e)}" for e in chosen) + f". ({race.title})", races=[race], entries=chosen,
            kind="position")
    if p.bottom:  # "the bottom 3": the last classified cars, last first
        chosen = sorted(classified, key=key)[-p.bottom:][::-1]
        if not chosen:
            return None
        return Answer(ANSWERED, f"The last {plural(len(chosen), 'classified car')}{where} in {race.title}: " + "; ".join(
            f"{ordinal(key(e))}: {_placed(e, chassis=False)}" for e in chosen)
            + ".", races=[race], entries=chosen, kind="position")
    if p.has("margin") and not p.positions:
        p.positions = [1, 2]  # "the winning margin": the gap from first to second
    if p.has("last", "last place", "last classified", "final classified", "slowest finisher", "slowest classified",
             "slowest car") and not p.positions:
        if not classified:
            return None
        chosen = [max(classified, key=key)]
    elif p.positions:
        chosen = [e for n in p.positions for e in classified if key(e) == n]
        if not chosen:
            return Answer(NOT_FOUND, f"No car was classified {ordinal(p.positions[0])}{where} in {race.title} "
                          f"({len(classified)} classified).", races=[race])
    else:  # winner(s)
        if len(p.classes) == 1 and not p.has("team", "which team", "what team", "laps", "lap", "behind", "gap",
                                             "adrift", "laps down", "margin"):
            return _winner_led(pw, p, pw.winner_answer(race, p.classes[0]),
                               pw.results.class_winner(race.id, p.classes[0]), f"{p.classes[0]} in {race.title}",
                               f"The {p.classes[0]} winner")
        if p.classes:
            chosen = [e for e in classified if e.class_position == 1]
        else:
            if p.has("class winners", "class winner", "each class", "every class", "all classes", "per class"):
                chosen = [e for e in classified if e.class_position == 1]
            else:
                return _winner_led(pw, p, pw.winner_answer(race, None), pw.results.entry_at(race.id, 1),
                                   f"{race.title} overall", "The winner")
    if len(chosen) >= 2 and p.has("gap", "between", "behind", "margin", "separated", "separate", "difference"):
        ahead, behind = sorted(chosen[:2], key=key)
        gap = (ahead.laps or 0) - (behind.laps or 0)
        return Answer(ANSWERED, f"{ordinal(key(behind))}{where}, #{behind.car_number} {behind.team} "
                      f"({', '.join(behind.drivers)}), was {plural(gap, 'lap')} behind {ordinal(key(ahead))}, "
                      f"#{ahead.car_number} {ahead.team}: {behind.laps_text} to {ahead.laps_text}.",
                      races=[race], entries=[ahead, behind])
    if p.has("behind", "gap", "laps down", "adrift", "margin"):
        # a class winner is behind the race's winner, never behind itself
        overall = not p.classes or p.has("overall winner", "overall", "outright", "race winner") or (
            len(chosen) == 1 and chosen[0].class_position == 1)
        ref = pw.results.entry_at(race.id, 1) if overall else pw.results.class_winner(race.id, chosen[0].class_name)
        e = chosen[0]
        gap = (ref.laps or 0) - (e.laps or 0) if ref else 0
        return Answer(ANSWERED, f"{ordinal(key(e))}{where}, {e.car} ({', '.join(e.drivers)}), "
                      f"was {plural(gap, 'lap')} behind the winner: {e.laps_text} to {ref.laps_text}.",
                      races=[race], entries=[e])
    parts = []
    for e in chosen:
        pos = key(e)
        if len(p.classes) > 1:
            where = f" in {e.class_name}"  # "1st in GTO", "1st in GT Cup": each car's own class
        lead = f"{ordinal(pos)}{where}: {_placed(e)}"
        if p.has("laps", "lap"):
            lead = f"{ordinal(pos)}{where}, {e.car} ({', '.join(e.drivers)}), completed {e.laps_text}"
        elif p.has("team") and len(chosen) == 1:
            lead = f"{e.team} ({', '.join(e.drivers)}, #{e.car_number}) finished {ordinal(pos)}{where}"
        parts.append(lead)
    return Answer(ANSWERED, ". ".join(parts) + f". ({race.title})", races=[race], kind="position")


def _placed(e: EntryView, chassis: bool = True) -> str:
    """ "#11 Perkins Engineering — Larry Perkins, Tomas Mezera (Holden VL Commodore, 125 laps)"; only what the
    table prints ("Loris Capirossi (Honda, laps unknown)" where there is no car number or team)."""
    car = e.car
    inside = ", ".join(x for x in ((e.chassis if chassis else ""), e.laps_text) if x)
    return f"{car + ' — ' if car else ''}{', '.join(e.drivers)} ({inside})"


def _status_filter(p: Parsed) -> list[str] | None:
    if p.has("non retired", "not retired", "did not retire", "didn t retire", "didnt retire", "non retirees", "not ret",
             "non ret", "not dnf", "not a dnf"):
        return ["classified"]  # "the non-retired riders"
    if p.has("retire", "retired", "retirement", "retirements", "dnf", "dnfs", "dnfd", "dnfed", "ret", "did not finish",
             "didn t finish", "didnt finish", "failed to finish", "out of the race", "dropped out", "drop out"):
        return ["DNF"]
    if p.has("not classified", "non classified", "unclassified", "nc", "not be classified"):
        return ["NC"]
    if p.has("disqualified", "dsq", "excluded", "dq"):
        return ["DSQ"]
    if p.has("did not start", "not start", "didn t start", "failed to start", "dns", "non starter", "non starters"):
        return ["DNS"]
    if p.has("did not qualify", "not qualify", "didn t qualify", "failed to qualify", "dnq", "dnpq", "non qualifier",
             "non qualifiers", "did not pre qualify", "failed to pre qualify", "not qualified"):
        return ["DNQ"]
    if p.has("finishers", "finisher", "finished", "finish", "classified", "took the flag", "made it to the end"):
        return ["classified"]
    return None


def _filtered(pw: Pitwall, p: Parsed) -> Answer | None:
    race = p.race
    status = _status_filter(p)
    laps_zero = bool(re.search(r"\b(0|zero|no) laps?\b|fail(ed)? to complete (?:a|a single|one) lap|not complete "
                               r"(?:a|a single|one|any) laps?\b|without completing a lap", p.text))
    crew = _crew_size(p)
    if laps_zero or crew:
        entries = [e for e in pw.results.race_entries(p.race.id)
                   if (not laps_zero or not e.laps) and (not crew or len(e.drivers) == crew)]
        what = "completed no lap" if laps_zero else f"had {plural(crew, 'driver')}"
        if not entries:
            none = ("Every car completed at least one lap" if laps_zero else f"No car had {plural(crew, 'driver')}")
            return Answer(ANSWERED, f"{none} in the {p.race.title}.", races=[p.race])
        return Answer(ANSWERED, f"{plural(len(entries), 'car')} {what} in the {p.race.title}: " + "; ".join(
            f"{e.car} ({', '.join(e.drivers)}, {e.place})" for e in entries) + ".",
            races=[p.race], entries=entries, kind="list")
    if p.has("tyre", "tyres", "tire", "tires") and not (p.classes or p.makes or p.countries or status or p.tyres):
        return _tyre_summary(pw, p)
    if p.has("most laps", "fewest laps", "least laps") and not (p.classes or p.makes or p.countries or status):
        return _superlative(p, pw.results.race_entries(p.race.id), "", f"in the {p.race.title}", p.race)
    whole_field = (p.has("how many", "number of", "list", "count", "all") and p.has(
        "entries", "entry", "cars", "car", "starters", "entered", "entrants", "teams", "drivers", "field")) or p.has(
        "which teams", "what teams", "which drivers", "what drivers", "which cars", "what cars", "who entered",
        "who took part", "who raced", "who competed")
    if not (p.classes or p.makes or p.countries or status or whole_field or p.tyres):
        return None
    if whole_field and not (p.classes or p.makes or p.countries or status or p.tyres):
        return _whole_field(pw, p)
    entries = pw.results.race_entries(race.id)
    if p.classes:
        entries = [e for e in entries if e.class_name in p.classes]
    if p.makes and not status and re.search(r"\b(?:not|other than|except|excluding|apart from|besides|non)\b", p.text):
        # "a driver that Ferrari was not a constructor for": leaving a make out is not understood here
        return Answer(UNSUPPORTED, f"I can't tell which cars you mean to leave out in the {race.title}. " + HELP,
                      races=[race])
    for make, role in p.makes:
        entries = [e for e in entries if has_make(e, make, role)]
    for maker in p.tyres:
        entries = [e for e in entries if maker.lower() in e.tyre.lower()]
    kind = " ".join(filter(None, [
        "/".join(p.classes), " ".join(f"{m}{' engine' if r == 'engine' else ''}" for m, r in p.makes),
        " ".join(f"{t}-shod" for t in p.tyres)]))
    scope = f"in {race.title}"
    if status and yes_no(p) and not p.has("how many", "number of", "count"):
        # "did any Ferrari finish?", "did all the GTS cars finish?": yes or no first
        return _status_yes_no(p, entries, status[0], kind, scope, race)
    if status:
        # some series classify every car and print why it stopped ("Fire", "Brakes"): those did not finish
        classify_all = not any(e.status == "DNF" for e in pw.results.race_entries(race.id))
        entries = [e for e in entries if e.status in status or (
            "DNF" in status and classify_all and e.classified and e.reason and not _FINISHED_REASON.match(e.reason))]
    desc = " ".join(filter(None, [kind, _STATUS_WORDS[status[0] if status else None]]))
    if p.countries:
        return _drivers_by_country(pw, p, entries, desc, scope)
    if p.has("most laps", "fewest laps", "least laps", "best placed", "best place", "highest placed",
             "best finishing", "best finish", "top placed", "lowest placed", "worst placed", "best result", "first", "best",
             "highest", "lowest", "top placed", "finished highest", "finished lowest", "last", "earliest", "slowest",
             "fastest", "quickest", "top finisher", "top ranked", "top placed", "finished the highest",
             "lowest finisher", "bottom finisher"):
        return _superlative(p, entries, desc, scope, race)
    label = f"{desc} {'car' if len(entries) == 1 else 'cars'}".strip()
    aspect = _listed_aspect(p)
    if aspect and entries and (aspect[0] == "laps" or not p.has("how many", "number of", "count")):
        # "what tyres did the Audis use?", "how many laps did the Ferraris do?": that, car by car
        what, value = aspect
        return Answer(ANSWERED, f"{what.capitalize()} of the {label} {scope}: " + "; ".join(
            f"{e.car} ({', '.join(e.drivers)}, {e.place}): {value(e)}" for e in entries) + ".",
            races=[race], entries=entries, kind="list")
    if p.has("how many", "number of", "count"):
        return Answer(ANSWERED, f"{len(entries)} {label} {scope}.", entries=entries, races=[race], kind="count")
    if p.classes and not (p.makes or status):
        return pw.class_answer(race, p.classes[0])
    if not entries:
        return Answer(ANSWERED, f"No {label} {scope}.", races=[race])
    return Answer(ANSWERED, f"{len(entries)} {label} {scope}: " + "; ".join(
        f"{e.car} ({', '.join(e.drivers)}, {e.place})" for e in entries) + ".",
        races=[race], kind="list", focus=entries)


_FINISHED_REASON = re.compile(r"(?i)^(?:running|finished|classified|\+|lapped)")


def _winner_led(pw: Pitwall, p: Parsed, ans: Answer, w: EntryView | None, won: str, winner: str) -> Answer:
    """The winner's answer led by what the question asks of the winner: yes or no, the team,
    the engine, chassis, tyres, laps or crew."""
    if w is None:
        return ans
    if yes_no(p) and (p.makes or p.countries):
        # "did an Audi win?", "did a Dutch driver win GTS?": yes or no first, then the winner
        makes = all(has_make(w, make, role) for make, role in p.makes)
        nations = all(iso in w.driver_countries for iso in p.countries)
        ans.summary = ("Yes. " if makes and nations else "No. ") + ans.summary
    elif p.has("team", "which team", "what team") and not p.has("engine", "engines", "chassis", "tyre", "tyres",
                                                                 "tire", "tires", "laps"):
        ans.summary = (f"{w.team} won {won}" + (f" with #{w.car_number}. " if w.car_number else ". ") if w.team else
                       f"The results of the {w.race.title} print no team for the winner. ") + ans.summary
    elif p.has("engine", "engines", "powered", "chassis", "tyre", "tyres", "tire", "tires", "laps",
               "co drivers", "nationality", "how many drivers", "number of drivers", "manufacturer", "marque",
               "brand", "constructor", "make", "time", "how long did", "fastest lap", "pole", "average speed"):
        lead = _aspect_lead(pw, p, f"{winner}, {w.car}," if w.car else winner, w)
        if lead:
            ans.summary = f"{lead} {ans.summary}"
    return ans


def _listed_aspect(p: Parsed) -> tuple[str, Callable[[EntryView], str]] | None:
    """The one thing asked about each car of a list, when the question names it."""
    if p.has("how many laps", "laps did", "laps completed", "laps covered"):
        return "laps", lambda e: e.laps_text
    if p.has("tyre", "tyres", "tire", "tires") and not p.tyres:
        return "tyres", lambda e: e.tyre or "not named in the results"
    if p.has("engine", "engines", "motor", "powered") and not any(role == "engine" for _m, role in p.makes):
        return "engines", lambda e: e.engine
    if p.has("chassis", "what car", "which car", "model") and not any(role == "chassis" for _m, role in p.makes):
        return "chassis", lambda e: e.chassis
    if p.has("what class", "which class", "what category", "which category") and not p.classes:
        return "classes", lambda e: e.class_name
    return None


def _crew_size(p: Parsed) -> int | None:
    """ "cars with four drivers", "who drove solo" -> 4, 1."""
    if p.has("solo", "alone", "single driver", "one driver", "on his own", "on her own"):
        return 1
    m = re.search(r"\b(\d|one|two|three|four|five|six)\s+drivers?\b", p.text)
    if m and not p.has("how many drivers"):
        word = m.group(1)
        return int(word) if word.isdigit() else ["one", "two", "three", "four", "five", "six"].index(word) + 1
    return None


def _tyre_summary(pw: Pitwall, p: Parsed) -> Answer:
    race = p.race
    entries = pw.results.race_entries(race.id)
    counts: dict[str, int] = {}
    for e in entries:
        if e.tyre:
            counts[e.tyre] = counts.get(e.tyre, 0) + 1
    if not counts:
        return Answer(ANSWERED, f"The results of {race.title} don't name the tyre suppliers.", races=[race])
    winner = pw.results.entry_at(race.id, 1)
    won = f" The winner, {winner.car}, ran on {winner.tyre or 'unnamed tyres'}." if winner else ""
    return Answer(ANSWERED, f"Tyres in {race.title}: " + ", ".join(f"{t}: {plural(n, 'car')}" for t, n in
                  sorted(counts.items(), key=lambda x: -x[1])) + "." + won, races=[race])


def _year_field(pw: Pitwall, p: Parsed) -> Answer:
    """ "How many drivers raced in 2003?": distinct people across that year's races."""
    year = str(p.year)
    span = [year, str(p.year + 1)]
    races = pw.db.execute("SELECT COUNT(*) FROM races WHERE date >= ? AND date < ?", span).fetchone()[0]
    what, link, col = (("teams", "entry_teams", "team_id") if p.has("teams") and not p.has("drivers")
                       else ("drivers", "entry_drivers", "driver_id"))
    if p.has("cars", "entries") and not p.has("drivers", "teams"):
        n = pw.db.execute("SELECT COUNT(*) FROM entries e JOIN races r ON r.id = e.race_id "
                          "WHERE r.date >= ? AND r.date < ?", span).fetchone()[0]
        return Answer(ANSWERED, f"{plural(n, 'entry', 'entries')} in the {plural(races, 'race')} of {year}.",
                      kind="count")
    n = pw.db.execute(f"SELECT COUNT(DISTINCT x.{col}) FROM races r JOIN entries e ON e.race_id = r.id "
                      f"JOIN {link} x ON x.entry_id = e.id WHERE r.date >= ? AND r.date < ?", span).fetchone()[0]
    return Answer(ANSWERED, f"{n} {what} took part in the {plural(races, 'race')} of {year}.", kind="count")


_FIELD_WORDS = frozenset("""how many number of total count the a an in at on for this that were was are is there what which who
name list listed lists me show give tell did do does all different unique distinct separate individual drivers driver
riders rider racers racer cars car entries entry teams team entrants entrant competitors competitor participants
participant people vehicles bikes motorcycles field race event grid took take part participated participate
participating competed compete competing raced race entered enter represented featured involved used appear appeared
shown chart table altogether overall in all""".split())


def _whole_field(pw: Pitwall, p: Parsed) -> Answer:
    race = p.race
    left = [w for i, w in enumerate(p.words) if i not in p.used and w not in _FIELD_WORDS and not w.isdigit()]
    if left:  # "how many drivers were lapped?": a condition on the field this count does not apply
        return Answer(UNSUPPORTED, f"I can't apply “{' '.join(left)}” to the field of the {race.title}, and counting "
                      "every car would answer a different question. " + HELP, races=[race])
    counting = p.has("how many", "number of", "count")
    if counting and p.race_by_year_only and p.year:
        return _year_field(pw, p)
    entries = pw.results.race_entries(race.id)
    if p.has("drivers", "who took part", "who raced", "who competed") and not (counting and p.has("cars", "entries")):
        names = list(dict.fromkeys(n for e in entries for n in e.drivers))
        listed = "" if counting else ": " + ", ".join(names)
        return Answer(ANSWERED, f"{len(names)} drivers took part in the {race.title}{listed}.", races=[race],
                      kind="count" if counting else "list")
    if p.has("teams"):
        teams = sorted({e.team for e in entries})
        return Answer(ANSWERED, f"{len(teams)} teams entered {race.title}: {', '.join(teams)}.", races=[race])
    classified = sum(e.classified for e in entries)
    if not counting:
        return Answer(ANSWERED, f"{len(entries)} cars were entered in {race.title} ({classified} classified): " + "; ".join(
            f"{e.car} ({', '.join(e.drivers)}, {e.place})" for e in entries) + ".",
            entries=entries, races=[race], kind="list")
    return Answer(ANSWERED, f"{len(entries)} cars were entered in {race.title} ({classified} classified).",
                  entries=entries, races=[race], kind="count")


_STATUS_WORDS = {None: "", "DNF": "retired", "NC": "not classified", "DSQ": "disqualified", "DNS": "non-starting",
                 "DNQ": "non-qualifying", "classified": "classified"}


def _status_yes_no(p: Parsed, pool: list[EntryView], status: str, kind: str, scope: str, race: RaceRef) -> Answer:
    """Did any (or every) car of ``pool`` — by a nationality, if the question names one — have
    ``status``? Yes or No first, then the cars that did."""
    if p.countries:
        pool = [e for e in pool if any(c in p.countries for c in e.driver_countries)]
        kind = " ".join(filter(None, [kind, "/".join(COUNTRIES[c].demonym for c in p.countries) + "-crewed"]))
    matched = [e for e in pool if e.status == status]
    every = p.has("both", "all", "every", "each")
    yes = bool(matched) and (len(matched) == len(pool) if every else True)
    cars = f"{kind} {'car' if len(pool) == 1 else 'cars'}".strip()
    did, did_not = _STATUS_VERBS[status]
    if not pool:
        return Answer(ANSWERED, f"No: there were no {cars} {scope}.", races=[race], kind="yes_no")
    listed = "; ".join(f"{e.car} ({', '.join(e.drivers)}, {e.place})" for e in matched)
    count = f"{len(matched)} of the {len(pool)} {cars} {did} {scope}" if len(pool) > 1 else \
        f"the {cars} {did if matched else did_not} {scope}"
    if not yes_no(p):  # "how many Pescarolo cars finished?"
        return Answer(ANSWERED, count[0].upper() + count[1:] + (f": {listed}." if listed else "."),
                      races=[race], entries=matched, kind="count")
    return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: {count}" + (f": {listed}." if listed else "."),
                  races=[race], entries=matched, kind="yes_no")


# what the cars did, and what one car did instead when it did not ("did not start" has "started")
_STATUS_VERBS = {"DNF": ("retired", "did not retire"), "NC": ("went unclassified", "was classified"),
                 "DSQ": ("were disqualified", "was not disqualified"), "DNS": ("did not start", "started"),
                 "DNQ": ("did not qualify", "qualified"),
                 "classified": ("finished (classified)", "did not finish (classified)")}


def _superlative(p: Parsed, entries: list[EntryView], desc: str, scope: str, race: RaceRef) -> Answer:
    if not entries:
        return Answer(ANSWERED, f"No {desc} cars {scope}.", races=[race])
    out = not all(e.classified for e in entries)
    if p.has("most laps") or (out and p.has("last")):
        e, what = max(entries, key=lambda e: e.laps or 0), "most laps"
    elif p.has("fewest laps", "least laps") or (out and p.has("first", "earliest")):
        e, what = min(entries, key=lambda e: e.laps or 0), "fewest laps"
    elif p.has("lowest placed", "worst placed", "lowest", "finished lowest", "slowest"):
        e, what = max(entries, key=rank_key), "lowest placed"
    else:
        e, what = min(entries, key=rank_key), "best placed"
    car = " ".join(filter(None, [desc, "car"]))
    if what in ("most laps", "fewest laps") and not e.classified and p.has("first", "earliest", "last"):
        when = "first" if what == "fewest laps" else "last"
        return Answer(ANSWERED, f"The {when} of the {desc} cars {scope} (by laps completed): {e.car} "
                      f"({', '.join(e.drivers)}), {e.chassis}, {e.place} after {e.laps_text}.", races=[race], entries=[e],
                      kind="superlative")
    lead = f"The {car} with the {what}" if what in ("most laps", "fewest laps") else f"The {what} {car}"
    return Answer(ANSWERED, f"{lead} {scope}: {e.car} ({', '.join(e.drivers)}), "
                  f"{e.chassis}, {e.place}, {e.laps_text}.", races=[race], entries=[e], kind="superlative")


def _drivers_by_country(pw: Pitwall, p: Parsed, entries: list[EntryView], desc: str, scope: str) -> Answer:
    race = p.race
    people: list[tuple[str, EntryView]] = []
    for e in entries:
        for name, country in zip(e.drivers, e.driver_countries):
            if country in p.countries:
                people.append((name, e))
    demonym = " or ".join(COUNTRIES[c].demonym for c in p.countries)
    label = f"{demonym} {'driver' if len(people) == 1 else 'drivers'}" + (f" ({desc})" if desc else "")
    if not people:
        return Answer(ANSWERED, f"No {label} {scope}.", races=[race])
    if p.has("best placed", "best place", "highest placed", "best finish", "best result", "best", "top", "first",
             "highest", "lowest", "worst", "last", "fastest", "quickest", "slowest"):
        worst = p.has("lowest", "worst", "last", "slowest")
        _name, e = (max if worst else min)(people, key=lambda x: rank_key(x[1]))
        crew = [n for n, ent in people if ent.id == e.id]
        who = " and ".join(crew)
        return Answer(ANSWERED, f"The {'lowest' if worst else 'best'} placed {demonym} "
                      f"driver{'s' if len(crew) > 1 else ''} {scope}: {who}, "
                      + ", ".join(x for x in (e.place, e.car, e.laps_text) if x) + ".", races=[race], kind="superlative")
    listed = "; ".join(f"{n} ({', '.join(x for x in (e.car, e.place) if x)})" for n, e in people)
    if p.has("how many", "number of", "count"):
        return Answer(ANSWERED, f"{len(people)} {label} {scope}: {listed}.", races=[race], kind="count")
    return Answer(ANSWERED, f"{len(people)} {label} {scope}: {listed}.", races=[race], kind="list")
