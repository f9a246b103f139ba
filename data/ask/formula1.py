"""Free-text Formula One questions, answered from F1DB's tables (``data.formula1``).

The first intent of ``data.ask.intents``, only when the store holds F1DB data;
returns None for every question that is not one of these, so the keyword chain goes on:
- champions of a season; the standings after a race;
- a driver's or constructor's wins, poles, podiums, fastest laps, starts, points, titles;
- teammate head-to-heads; qualifying positions and pit-stop counts in a race;
- first / last race, first / last win.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
import re

from data.answers import Answer
from data.folding import fold
from data.formula1 import Formula1
from data.ask.frame import Frame

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall

log = logging.getLogger(__name__)

STANDINGS_WORDS = ("standings", "championship", "champion", "champions", "title", "titles", "world champion",
                   "leader", "led", "leading", "lead")
_STATS = (("fastest_laps", ("fastest laps", "fastest lap")), ("poles", ("poles", "pole positions", "pole position")),
          ("podiums", ("podiums", "podium finishes", "podium")),
          ("titles", ("titles", "championships", "world championships", "world titles")),
          ("points", ("points",)), ("wins", ("wins", "victories", "won", "win")),
          ("starts", ("starts", "races", "grands prix", "grand prix starts", "started")))
_TEAM_STATS = ("wins", "victories", "poles", "podiums", "points", "titles", "championships", "fastest laps",
               "how many races", "how many grands prix", "how many times")
_COMPARING = ("vs", "versus", "v", "between", "against", "compare", "compared", "beat", "battle", "came out on top",
              "finished ahead", "ahead more")
_POLE = ("pole", "pole position", "poles", "polesitter", "pole sitter", "on pole")
_COUNTING = ("how many", "number of", "total", "career", "stats", "statistics", "record", "tally", "in total")


def _said(p: Frame, *phrases: str) -> bool:
    """Whether the question says a phrase, even one the linking took as part of a name or series
    ("championships" of "Formula One World Championship")."""
    return any(re.search(rf"\b{re.escape(ph)}\b", p.text) for ph in phrases)


def _season(p: Frame) -> int | None:
    return p.year if p.year else None


def _constructor(f1: Formula1, pw: Pitwall, p: Frame) -> str | None:
    """The F1DB constructor the question names: a team linked, or a make that is one ("Ferrari")."""
    for rec in p.teams:
        ids = f1.constructor_ids(int(rec.id))
        if ids:
            return ids[0]
    for make, _role in p.makes:
        row = pw.db.execute("SELECT f1db_id FROM f1db_constructors WHERE name = ? COLLATE NOCASE "
                            "ORDER BY (SELECT COUNT(*) FROM f1db_results r WHERE r.constructor = f1db_id) DESC",
                            [make]).fetchone()
        if row:
            return row[0]
    if not p.drivers:
        # a name the race linking took ("ferrari" of Imola's Autodromo Enzo e Dino Ferrari)
        best: tuple[int, str] | None = None
        for fid, name in pw.db.execute("SELECT f1db_id, name FROM f1db_constructors"):
            key = fold(name)
            if key and re.search(rf"\b{re.escape(key)}\b", p.text) and (best is None or len(key) > best[0]):
                best = (len(key), fid)
        if best:
            return best[1]
    return None


def _drivers(f1: Formula1, p: Frame) -> list[str]:
    return [ids[0] for ids in (f1.driver_ids(int(rec.id)) for rec in p.drivers) if ids]


def _teammate_namesake(pw: Pitwall, f1: Formula1, p: Frame, fid: str, season: int | None) -> str | None:
    """ "schumacher vs irvine 1999": of a surname's namesakes, the one who drove beside the other driver named."""
    for amb in p.ambiguous:
        ids = []
        for choice in amb.choices if amb.kind == "driver" else []:
            res = pw.drivers.resolve(choice.value)
            if res.match is not None:
                ids += f1.driver_ids(int(res.match.id))
        mates = [i for i in ids if i != fid and f1.were_teammates(fid, i, season)]
        if len(mates) == 1:
            return mates[0]
    return None


def f1_answer(pw: Pitwall, p: Frame) -> Answer | None:
    """An F1DB answer, or None when the question is not one it answers."""
    f1 = Formula1(pw.db)
    if not f1.available:
        return None
    drivers = _drivers(f1, p)
    if len(drivers) == 1 and p.ambiguous and p.has(*_COMPARING, "teammate", "teammates", "head to head", "h2h"):
        mate = _teammate_namesake(pw, f1, p, drivers[0], _season(p))
        if mate:
            drivers.append(mate)
    constructor = _constructor(f1, pw, p) if not drivers and _said(p, *_TEAM_STATS) else None
    race = p.race if p.race_named and not p.race_by_year_only and p.race is not None else None
    f1_race = race is not None and f1.is_f1db_race(race.id)
    season = _season(p)
    if p.drivers and not drivers and not constructor:
        return None  # a sportscar driver: the articles answer
    if race is not None and not f1_race:
        return None  # a race of the articles, named
    # champions and a season's standings: "who won the 1988 championship?"
    if not drivers and not constructor and season and not _said(p, "after") and _said(
            p, "championship", "champion", "champions", "title", "standings", "world champion") and \
            f1.champion("driver", season) is not None:
        kind = "constructor" if _said(p, "constructor", "constructors", "team", "teams") else "driver"
        return f1.champions_answer(season, kind)

    # standings after a race: "who led the championship after Monza 2005?"
    if f1_race and race is not None and p.has("after") and p.has(*STANDINGS_WORDS, "points"):
        kind = "constructor" if p.has("constructor", "constructors", "team", "teams") else "driver"
        return f1.standings_after_answer(race, kind)
    # milestones
    if drivers and len(drivers) == 1:
        for phrase, which in (("first win", "first_win"), ("first victory", "first_win"),
                              ("maiden win", "first_win"), ("last win", "last_win"), ("final win", "last_win"),
                              ("first race", "first_race"), ("debut", "first_race"), ("first grand prix", "first_race"),
                              ("first start", "first_race"), ("last race", "last_race"), ("final race", "last_race"),
                              ("last grand prix", "last_race")):
            if phrase in p.text:
                return f1.milestone_answer(drivers[0], which)
    # teammates
    if drivers and (p.has("teammate", "teammates", "team mate", "team mates", "head to head", "h2h") or (
            len(drivers) == 2 and p.has(*_COMPARING) and not race)):
        return f1.head_to_head(drivers[0], drivers[1] if len(drivers) > 1 else None, season)
    # a constructor's totals: "Ferrari wins in 2004" (a race linked by the name, as Imola's circuit, is no race asked)
    if constructor:
        stat = next((name for name, words in _STATS if _said(p, *words)), None)
        return f1.totals_answer("constructor", constructor, season, stat)
    # a career's totals even when a word linked a race without a year ("carlos" of Interlagos'
    # "Autódromo José Carlos Pace"): a plural stat or a count is no question about one race
    per_race_words = ("pit stop", "pit stops", "pitstop", "pitstops", "stops", "pit", "pitted", "qualify",
                      "qualified", "qualifying", "quali")
    if len(drivers) == 1 and race is not None and p.year is None and not p.has(*per_race_words) and (
            _said(p, "wins", "victories", "poles", "podiums", "titles", "championships", "fastest laps", "starts")
            or p.has(*_COUNTING)):
        race = None
        f1_race = False
    # per race: qualifying and pit stops
    if f1_race and race is not None:
        if p.has("pit stop", "pit stops", "pitstop", "pitstops", "stops", "pit", "pitted"):
            return f1.pit_stops_answer(race, drivers[0] if drivers else None)
        if not drivers and p.has(*_POLE) and not p.has("start", "started", "starting", "grid"):
            return f1.pole_answer(race)  # pole is qualifying's P1; who started first is the grid's
        if p.has("qualify", "qualified", "qualifying", "quali"):
            return f1.qualifying_answer(race, drivers[0] if drivers else None)
        return None  # the race's results: the articles' answers read them
    # totals, for a career or a season
    subject = ("driver", drivers[0]) if drivers else ("constructor", constructor) if constructor else None
    if subject and len(drivers) <= 1:
        stat = next((name for name, words in _STATS if _said(p, *words)), None)
        if stat or p.has(*_COUNTING):
            if stat == "starts" and not _said(p, *_COUNTING, "starts", "started"):
                stat = None
            return f1.totals_answer(subject[0], subject[1], season, stat)
    return None

