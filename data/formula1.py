"""Formula One answers from the F1DB tables (``data.f1db`` fills them): champions, standings
after a race, career and season totals, teammate head-to-heads, qualifying, pit stops, first
and last races. Every answer says it comes from F1DB. Knows nothing of Discord or free text:
``data.ask.intents`` decides when to call it, ``Pitwall.season`` and the commands call it too.

Definitions (the tests compute the same from the YAML):
- start: a race result that is not DNQ, DNPQ, DNS or DNP;
- win: position 1; podium: positions 1-3; pole: qualifying position 1; fastest lap: fastest-laps
  position 1;
- points of a season: the final driver (constructor) standings; of a career: their sum over
  seasons ("championship points", dropped results not counted, as the standings print them);
- champion: final standings position 1.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import sqlite_utils

from data.answers import ANSWERED, NOT_FOUND, Answer, EntryView, RaceRef, ordinal, plural

log = logging.getLogger(__name__)

SOURCE = "Source: F1DB (CC BY 4.0)."
NOT_STARTED = ("DNQ", "DNPQ", "DNS", "DNP")
_NOT_STARTED_SQL = "position_text NOT IN ('DNQ', 'DNPQ', 'DNS', 'DNP')"


def _points(p: float | None) -> str:
    return "0" if not p else f"{p:g}"


def has_f1db(db: sqlite_utils.Database) -> bool:
    """Whether F1DB data is stored (the tables exist and hold a race)."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'f1db_races'").fetchone() is None:
        return False
    return db.execute("SELECT 1 FROM f1db_races LIMIT 1").fetchone() is not None


@dataclass
class Record:
    """What is counted of a driver or constructor over some races (see the definitions above)."""

    entries: int
    starts: int
    wins: int
    podiums: int
    poles: int
    fastest_laps: int
    points: float

    def counts(self) -> str:
        """ "7 wins, 15 podiums, 6 poles, 2 fastest laps" """
        return (f"{plural(self.wins, 'win')}, {plural(self.podiums, 'podium')}, {plural(self.poles, 'pole')}, "
                f"{plural(self.fastest_laps, 'fastest lap')}")


@dataclass
class Totals(Record):
    """A driver's or constructor's record over the races asked about."""

    name: str = ""
    titles: list[int] = field(default_factory=list)
    seasons: list[int] = field(default_factory=list)

    def sentence(self, season: int | None) -> str:
        scope = f"in {season}" if season else "in Formula One"
        span = "" if season or not self.seasons else (
            f" ({self.seasons[0]}–{self.seasons[-1]})" if len(self.seasons) > 1 else f" ({self.seasons[0]})")
        titles = f", {plural(len(self.titles), 'championship')}" + (
            f" ({', '.join(map(str, self.titles))})" if self.titles and not season else "") if not season or \
            self.titles else ""
        return (f"{self.name} {scope}{span}: {plural(self.starts, 'start')}, {self.counts()}, "
                f"{_points(self.points)} championship points{titles}.")


@dataclass
class SeasonLine(Record):
    """One season of a driver's career."""

    season: int = 0
    constructors: list[str] = field(default_factory=list)
    place: str | None = None  # the final standings' position as printed, None when not classified

    def row(self) -> str:
        """ "2005 · Renault · P1 (champion), 133 points · 19 races, 18 starts, 7 wins, 15 podiums, 6 poles, 2 fastest laps" """
        place = ("champion" if self.place == "1" else f"P{self.place}" if self.place and self.place.isdigit()
                 else self.place or "not classified")
        return (f"{self.season} · {' / '.join(self.constructors) or '—'} · {place}, {_points(self.points)} points · "
                f"{plural(self.entries, 'race')}, {plural(self.starts, 'start')}, {self.counts()}")


class Formula1:
    """Queries over the F1DB tables of one store (all parameterised, all indexed)."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db

    @property
    def available(self) -> bool:
        return has_f1db(self.db)

    # --- who is who -------------------------------------------------------------------------

    def driver_ids(self, driver_id: int) -> list[str]:
        """The F1DB ids of a store driver (one, or none for a sportscar driver)."""
        return [r[0] for r in self.db.execute("SELECT f1db_id FROM f1db_drivers WHERE driver_id = ?", [driver_id])]

    def constructor_ids(self, team_id: int) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT f1db_id FROM f1db_constructors WHERE team_id = ?", [team_id])]

    def driver_name(self, f1db_id: str) -> str:
        row = self.db.execute("SELECT name FROM f1db_drivers WHERE f1db_id = ?", [f1db_id]).fetchone()
        return row[0] if row else f1db_id

    def constructor_name(self, f1db_id: str) -> str:
        row = self.db.execute("SELECT name FROM f1db_constructors WHERE f1db_id = ?", [f1db_id]).fetchone()
        return row[0] if row else f1db_id

    def is_f1db_race(self, race_id: int) -> bool:
        return self.db.execute("SELECT 1 FROM f1db_races WHERE race_id = ?", [race_id]).fetchone() is not None

    def race_ids(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT race_id FROM f1db_races")]

    def seasons(self) -> list[int]:
        return [r[0] for r in self.db.execute("SELECT DISTINCT season FROM f1db_races ORDER BY season")]

    # --- totals -------------------------------------------------------------------------------

    def totals(self, kind: str, fid: str, season: int | None = None) -> Totals:
        """``kind`` "driver" or "constructor". A constructor's wins count races won (one per race)."""
        col = "driver" if kind == "driver" else "constructor"
        where, args = (f"{col} = ?", [fid]) if season is None else (f"{col} = ? AND season = ?", [fid, season])
        ex = self.db.execute
        if kind == "driver":
            entries, starts, wins, podiums = ex(
                f"SELECT COUNT(*), SUM({_NOT_STARTED_SQL}), SUM(position = 1), SUM(position BETWEEN 1 AND 3) "
                f"FROM f1db_results WHERE {where}", args).fetchone()
            poles = ex(f"SELECT COUNT(*) FROM f1db_qualifying WHERE position = 1 AND {where}", args).fetchone()[0]
            fastest = ex(f"SELECT COUNT(*) FROM f1db_fastest_laps WHERE position = 1 AND {where}", args).fetchone()[0]
        else:
            entries, starts, wins, podiums = ex(
                f"SELECT COUNT(DISTINCT race_id), COUNT(DISTINCT CASE WHEN {_NOT_STARTED_SQL} THEN race_id END), "
                f"COUNT(DISTINCT CASE WHEN position = 1 THEN race_id END), "
                f"SUM(position BETWEEN 1 AND 3) FROM f1db_results WHERE {where}", args).fetchone()
            poles = ex(f"SELECT COUNT(DISTINCT race_id) FROM f1db_qualifying WHERE position = 1 AND {where}",
                       args).fetchone()[0]
            fastest = ex(f"SELECT COUNT(DISTINCT race_id) FROM f1db_fastest_laps WHERE position = 1 AND {where}",
                         args).fetchone()[0]
        table = "f1db_driver_standings" if kind == "driver" else "f1db_constructor_standings"
        finals = ex(f"SELECT season, position, points FROM {table} WHERE race_id IS NULL AND {where} ORDER BY season",
                    args).fetchall()
        seasons = [r[0] for r in ex(f"SELECT DISTINCT season FROM f1db_results WHERE {where} ORDER BY season", args)]
        name = self.driver_name(fid) if kind == "driver" else self.constructor_name(fid)
        return Totals(name=name, entries=entries or 0, starts=starts or 0, wins=wins or 0, podiums=podiums or 0,
                      poles=poles, fastest_laps=fastest, points=sum(r[2] for r in finals),
                      titles=[r[0] for r in finals if r[1] == 1], seasons=seasons)

    def totals_answer(self, kind: str, fid: str, season: int | None = None, stat: str | None = None) -> Answer:
        t = self.totals(kind, fid, season)
        if not t.entries:
            return Answer(NOT_FOUND, f"{t.name} has no Formula One race results{f' in {season}' if season else ''} "
                          f"in the stored F1DB data. {SOURCE}", kind="f1_totals")
        scope = f" in {season}" if season else ""
        said = {  # the direct answer to the total asked for, before the summary
            "wins": lambda: f"won {plural(t.wins, 'Grand Prix', 'Grands Prix')}",
            "poles": lambda: f"took {plural(t.poles, 'pole position')}",
            "podiums": lambda: f"finished on the podium {plural(t.podiums, 'time')}",
            "fastest_laps": lambda: f"set {plural(t.fastest_laps, 'fastest lap')}",
            "starts": lambda: f"started {plural(t.starts, 'Grand Prix', 'Grands Prix')}",
            "points": lambda: f"scored {_points(t.points)} championship points",
            "titles": lambda: f"won {plural(len(t.titles), 'world championship')}"
                              + (f" ({', '.join(map(str, t.titles))})" if t.titles else ""),
        }.get(stat or "")
        lead = f"{t.name} {said()}{scope}. " if said else ""
        rows = []
        if not season and len(t.seasons) > 1:
            rows = [self.totals(kind, fid, y).sentence(y).removeprefix(f"{t.name} ") for y in t.seasons[::-1]]
        return Answer(ANSWERED, lead + t.sentence(season) + " " + SOURCE, title=t.name, kind="f1_totals", rows=rows)

    # --- a driver's career: /driver ---------------------------------------------------------------

    def season_rows(self, fid: str) -> list[SeasonLine]:
        """A driver's record season by season, oldest first, counted as ``totals`` counts."""
        ex = self.db.execute
        results = {s: (n, st or 0, w or 0, pod or 0) for s, n, st, w, pod in ex(
            f"SELECT season, COUNT(*), SUM({_NOT_STARTED_SQL}), SUM(position = 1), SUM(position BETWEEN 1 AND 3) "
            f"FROM f1db_results WHERE driver = ? GROUP BY season", [fid])}
        poles = dict(ex("SELECT season, COUNT(*) FROM f1db_qualifying WHERE driver = ? AND position = 1 "
                        "GROUP BY season", [fid]).fetchall())
        fastest = dict(ex("SELECT season, COUNT(*) FROM f1db_fastest_laps WHERE driver = ? AND position = 1 "
                          "GROUP BY season", [fid]).fetchall())
        finals = {s: (pt, pts) for s, pt, pts in ex(
            "SELECT season, position_text, points FROM f1db_driver_standings WHERE driver = ? AND race_id IS NULL",
            [fid])}
        teams: dict[int, list[str]] = {}
        for season, name in ex(
                "SELECT x.season, COALESCE(c.name, x.constructor) FROM f1db_results x LEFT JOIN f1db_constructors c "
                "ON c.f1db_id = x.constructor JOIN races r ON r.id = x.race_id WHERE x.driver = ? "
                "ORDER BY r.date, r.id", [fid]):
            if name not in teams.setdefault(season, []):
                teams[season].append(name)
        out = []
        for season in sorted(results):
            n, starts, wins, podiums = results[season]
            place, points = finals.get(season, (None, None))
            out.append(SeasonLine(n, starts, wins, podiums, poles.get(season, 0), fastest.get(season, 0),
                                  points or 0.0, season=season, constructors=teams.get(season, []), place=place))
        return out

    def career_answer(self, fid: str, elsewhere: int = 0) -> Answer:
        """An F1 driver at a glance: career totals in one line, then one row a season, newest first
        (paged like every career). ``elsewhere``: the driver's results from the articles, not shown."""
        t = self.totals("driver", fid)
        if not t.entries:
            return self.totals_answer("driver", fid)
        first, last = self._milestone_race(fid, "ASC"), self._milestone_race(fid, "DESC")
        span = f"{t.seasons[0]}–{t.seasons[-1]}" if len(t.seasons) > 1 else str(t.seasons[0])
        titles = (f"{plural(len(t.titles), 'world title')} ({', '.join(map(str, t.titles))})" if t.titles
                  else "no world title")
        summary = (f"{t.name} in Formula One, {span}: {plural(t.entries, 'race')} ({plural(t.starts, 'start')}), "
                   f"{t.counts()}, {_points(t.points)} championship points, {titles}; "
                   f"first race {first.title} ({first.nice_date}), last {last.title} ({last.nice_date}). {SOURCE}")
        lines = [f"Also {plural(elsewhere, 'result')} from the stored race articles: /driver with a race shows "
                 f"them."] if elsewhere else []
        races = [self._race_ref(r) for (r,) in self.db.execute(
            "SELECT race_id FROM f1db_results WHERE driver = ? ORDER BY season, round", [fid])]
        return Answer(ANSWERED, summary, title=t.name, kind="f1_career", lines=lines,
                      rows=[s.row() for s in reversed(self.season_rows(fid))], races=races)

    def _milestone_race(self, fid: str, order: str) -> RaceRef:
        order = "DESC" if order == "DESC" else "ASC"
        row = self.db.execute(f"SELECT r.id FROM f1db_results x JOIN races r ON r.id = x.race_id WHERE x.driver = ? "
                              f"ORDER BY r.date {order}, r.id {order} LIMIT 1", [fid]).fetchone()
        return self._race_ref(row[0])

    # --- standings ------------------------------------------------------------------------------

    def standings(self, kind: str, season: int, race_id: int | None = None, top: int = 10) -> list[tuple]:
        """(position text, name, points) after a race, or final (race None)."""
        if kind == "driver":
            sql = ("SELECT s.position_text, COALESCE(d.name, s.driver), s.points FROM f1db_driver_standings s "
                   "LEFT JOIN f1db_drivers d ON d.f1db_id = s.driver WHERE s.season = ? AND s.race_id IS ? "
                   "ORDER BY s.position IS NULL, s.position, s.rowid LIMIT ?")
        else:
            sql = ("SELECT s.position_text, COALESCE(c.name, s.constructor), s.points "
                   "FROM f1db_constructor_standings s LEFT JOIN f1db_constructors c ON c.f1db_id = s.constructor "
                   "WHERE s.season = ? AND s.race_id IS ? ORDER BY s.position IS NULL, s.position, s.rowid LIMIT ?")
        return self.db.execute(sql, [season, race_id, top]).fetchall()

    def champion(self, kind: str, season: int) -> tuple[str, float] | None:
        rows = self.standings(kind, season, None, 1)
        return (rows[0][1], rows[0][2]) if rows and rows[0][0] == "1" else None

    def season_is_complete(self, season: int) -> bool:
        """A season whose final standings exist and whose last round has been run (F1DB lists
        standings for the current season too)."""
        return self.db.execute("SELECT 1 FROM f1db_driver_standings WHERE season = ? AND race_id IS NULL LIMIT 1",
                               [season]).fetchone() is not None

    def champions_answer(self, season: int, kind: str = "driver") -> Answer:
        champ = self.champion(kind, season)
        if champ is None:
            return Answer(NOT_FOUND, f"No {season} Formula One standings are stored (F1DB seasons stored: "
                          f"{self._span()}).", kind="f1_standings")
        other = "constructor" if kind == "driver" else "driver"
        second = self.champion(other, season)
        what = "World Drivers' Champion" if kind == "driver" else "World Constructors' Champion"
        text = f"{champ[0]} was the {season} {what}, with {_points(champ[1])} points."
        if second:
            text += (f" The {'constructors' if other == 'constructor' else 'drivers'}' title went to {second[0]} "
                     f"({_points(second[1])} points).")
        rows = [f"{pos}. {name} — {_points(pts)}" for pos, name, pts in self.standings(kind, season)]
        return Answer(ANSWERED, f"{text} {SOURCE}", title=f"{season} Formula One World Championship",
                      kind="f1_standings", rows=rows)

    def standings_after_answer(self, race: RaceRef, kind: str = "driver") -> Answer:
        row = self.db.execute("SELECT season, round FROM f1db_races WHERE race_id = ?", [race.id]).fetchone()
        if row is None:
            return Answer(NOT_FOUND, f"{race.title} is not an F1DB race: no championship standings are stored "
                          f"for it.", races=[race], kind="f1_standings")
        season, rnd = row
        rows = self.standings(kind, season, race.id)
        if not rows:
            return Answer(NOT_FOUND, f"F1DB has no {kind} standings after {race.title}.", races=[race],
                          kind="f1_standings")
        leader = rows[0]
        who = "drivers'" if kind == "driver" else "constructors'"
        runner = f", ahead of {rows[1][1]} ({_points(rows[1][2])})" if len(rows) > 1 else ""
        text = (f"After the {race.title} (round {rnd}), {leader[1]} led the {season} {who} championship with "
                f"{_points(leader[2])} points{runner}. {SOURCE}")
        return Answer(ANSWERED, text, title=f"Standings after {race.title}", kind="f1_standings", races=[race],
                      rows=[f"{pos}. {name} — {_points(pts)}" for pos, name, pts in rows])

    def winners(self, season: int) -> list[tuple[int, str, str, str]]:
        """(round, race title, winner(s), constructor) per round of a season."""
        out = []
        for rnd, title, names, cons in self.db.execute(
                "SELECT f.round, r.title, GROUP_CONCAT(COALESCE(d.name, x.driver), ' / '), "
                "GROUP_CONCAT(DISTINCT COALESCE(c.name, x.constructor)) FROM f1db_races f "
                "JOIN races r ON r.id = f.race_id LEFT JOIN f1db_results x ON x.race_id = f.race_id AND x.position = 1 "
                "LEFT JOIN f1db_drivers d ON d.f1db_id = x.driver LEFT JOIN f1db_constructors c "
                "ON c.f1db_id = x.constructor WHERE f.season = ? GROUP BY f.race_id ORDER BY f.round", [season]):
            out.append((rnd, title, names or "", cons or ""))
        return out

    def season_answer(self, season: int) -> Answer:
        """Champion, standings top 10 and the winner of each round: ``/season`` and ``pitwall season``."""
        winners = self.winners(season)
        if not winners:
            return Answer(NOT_FOUND, f"No {season} Formula One season is stored (F1DB seasons stored: "
                          f"{self._span()}).", kind="f1_season")
        champ = self.champion("driver", season)
        cons = self.champion("constructor", season)
        last = self.db.execute("SELECT MAX(race_id) FROM f1db_races WHERE season = ?", [season]).fetchone()[0]
        head = (f"{season} Formula One World Championship: {plural(len(winners), 'round')}. "
                + (f"Champion: {champ[0]} ({_points(champ[1])} points)" if champ else "No champion stored yet")
                + (f"; constructors: {cons[0]} ({_points(cons[1])} points)." if cons else ".") + f" {SOURCE}")
        top = self.standings("driver", season) or self.standings("driver", season, last)
        fields = [("Drivers' standings (top 10)", "\n".join(f"{p}. {n} — {_points(pts)}" for p, n, pts in top)),
                  ("Constructors' standings (top 10)", "\n".join(
                      f"{p}. {n} — {_points(pts)}" for p, n, pts in self.standings("constructor", season)))]
        rows = [f"R{rnd} · {title} — {names}" + (f" ({con})" if con else "") for rnd, title, names, con in winners]
        return Answer(ANSWERED, head, title=f"{season} Formula One season", kind="f1_season",
                      fields=[f for f in fields if f[1]], rows=rows)

    def _span(self) -> str:
        seasons = self.seasons()
        return "none" if not seasons else f"{seasons[0]}–{seasons[-1]}" if len(seasons) > 1 else str(seasons[0])

    # --- per race -------------------------------------------------------------------------------

    def qualifying_answer(self, race: RaceRef, fid: str | None) -> Answer:
        if fid is None:
            row = self.db.execute("SELECT driver, time, constructor FROM f1db_qualifying WHERE race_id = ? AND "
                                  "position = 1", [race.id]).fetchone()
            if row is None:
                return Answer(NOT_FOUND, f"F1DB has no qualifying for {race.title}.", races=[race])
            return Answer(ANSWERED, f"{self.driver_name(row[0])} ({self.constructor_name(row[2])}) was fastest in "
                          f"qualifying for the {race.title}" + (f", {row[1]}" if row[1] else "") + f". {SOURCE}",
                          races=[race], kind="f1_qualifying")
        row = self.db.execute("SELECT position_text, time, q1, q2, q3 FROM f1db_qualifying WHERE race_id = ? AND "
                              "driver = ?", [race.id, fid]).fetchone()
        name = self.driver_name(fid)
        if row is None:
            return Answer(NOT_FOUND, f"{name} has no qualifying result for {race.title} in F1DB.", races=[race])
        pos, t, q1, q2, q3 = row
        best = t or q3 or q2 or q1
        place = f"qualified {ordinal(int(pos))}" if pos.isdigit() else f"qualifying: {pos}"
        return Answer(ANSWERED, f"{name} {place} for the {race.title}" + (f" ({best})" if best else "") + f". {SOURCE}",
                      races=[race], kind="f1_qualifying")

    def pole_answer(self, race: RaceRef) -> Answer:
        """Pole position: qualifying P1, and who started first when a penalty moved the pole-sitter."""
        row = self.db.execute("SELECT driver, constructor, COALESCE(time, q3, q2, q1) FROM f1db_qualifying "
                              "WHERE race_id = ? AND position = 1", [race.id]).fetchone()
        if row is None:
            return Answer(NOT_FOUND, f"F1DB has no qualifying for {race.title}.", races=[race])
        name = self.driver_name(row[0])
        text = (f"{name} ({self.constructor_name(row[1])}) took pole position for the {race.title}"
                + (f" ({row[2]})" if row[2] else "") + ".")
        first = self.db.execute("SELECT driver FROM f1db_grid WHERE race_id = ? AND position = 1",
                                [race.id]).fetchone()
        if first and first[0] != row[0]:
            slot = self.db.execute("SELECT position_text FROM f1db_grid WHERE race_id = ? AND driver = ?",
                                   [race.id, row[0]]).fetchone()
            moved = f"{name} started {ordinal(int(slot[0]))}" if slot and slot[0].isdigit() else \
                f"{name} did not start from the front"
            text += f" {self.driver_name(first[0])} started first on the grid; {moved}."
        return Answer(ANSWERED, f"{text} {SOURCE}", races=[race], kind="f1_qualifying")

    def pit_stops_answer(self, race: RaceRef, fid: str | None) -> Answer:
        if fid is not None:
            stops = self.db.execute("SELECT lap, time FROM f1db_pit_stops WHERE race_id = ? AND driver = ? "
                                    "ORDER BY stop", [race.id, fid]).fetchall()
            name = self.driver_name(fid)
            if not stops and not self.db.execute("SELECT 1 FROM f1db_pit_stops WHERE race_id = ? LIMIT 1",
                                                 [race.id]).fetchone():
                return Answer(NOT_FOUND, f"F1DB records no pit stops for {race.title}.", races=[race])
            laps = ", ".join(f"lap {lap}" + (f" ({t} s)" if t else "") for lap, t in stops)
            return Answer(ANSWERED, f"{name} made {plural(len(stops), 'pit stop')} in the {race.title}"
                          + (f": {laps}" if laps else "") + f". {SOURCE}", races=[race], kind="f1_pit_stops")
        rows = self.db.execute("SELECT driver, COUNT(*) FROM f1db_pit_stops WHERE race_id = ? GROUP BY driver "
                               "ORDER BY COUNT(*) DESC, MIN(rowid)", [race.id]).fetchall()
        if not rows:
            return Answer(NOT_FOUND, f"F1DB records no pit stops for {race.title}.", races=[race])
        most = rows[0]
        return Answer(ANSWERED, f"{sum(r[1] for r in rows)} pit stops in the {race.title}; most: "
                      f"{self.driver_name(most[0])} ({most[1]}). {SOURCE}", races=[race], kind="f1_pit_stops",
                      rows=[f"{self.driver_name(d)}: {n}" for d, n in rows])

    def race_answer(self, race: RaceRef, entries: list[EntryView]) -> Answer:
        """``/race`` for a Grand Prix: the winner and their time, the podium, pole (qualifying P1, and
        who started first when that was someone else), the fastest lap (F1DB's fastest laps) and the
        points scorers; ``entries`` are the classification, for the listing and the laps chart."""
        ex = self.db.execute
        season, rnd, laps, distance, gp = ex("SELECT season, round, laps, distance, grand_prix FROM f1db_races "
                                             "WHERE race_id = ?", [race.id]).fetchone()
        rounds = ex("SELECT COUNT(*) FROM f1db_races WHERE season = ?", [season]).fetchone()[0]
        podium = sorted((e for e in entries if e.position in (1, 2, 3)), key=lambda e: e.position or 0)
        fields: list[tuple[str, str]] = [("Date", race.nice_date), ("Circuit", race.circuit or "unknown"),
                                         ("Round", f"{rnd} of {rounds} ({season})")]
        if laps:
            fields.append(("Distance", f"{plural(laps, 'lap')}" + (f", {distance:g} km" if distance else "")))
        fields.append(("Entries", f"{len(entries)} ({sum(e.classified for e in entries)} classified)"))
        if podium:
            fields.append(("Podium", "\n".join(
                f"{e.position}. {' / '.join(e.drivers)} ({e.team})" + (f" — {e.race_time}" if e.race_time else "")
                for e in podium)))
        winner = podium[0] if podium and podium[0].position == 1 else None
        if winner is not None and winner.race_time:
            fields.append(("Winner's time", winner.race_time))
        pole = ex("SELECT driver, constructor, COALESCE(time, q3, q2, q1) FROM f1db_qualifying WHERE race_id = ? "
                  "AND position = 1", [race.id]).fetchone()
        if pole:
            fields.append(("Pole position", f"{self.driver_name(pole[0])} ({self.constructor_name(pole[1])})"
                           + (f" — {pole[2]}" if pole[2] else "")))
        first = ex("SELECT driver, constructor FROM f1db_grid WHERE race_id = ? AND position = 1",
                   [race.id]).fetchone()
        if first and (not pole or first[0] != pole[0]):
            fields.append(("Started first", f"{self.driver_name(first[0])} ({self.constructor_name(first[1])})"))
        fastest = ex("SELECT driver, constructor, time, lap FROM f1db_fastest_laps WHERE race_id = ? AND position = 1",
                     [race.id]).fetchone()
        if fastest:
            fields.append(("Fastest lap", f"{self.driver_name(fastest[0])} ({self.constructor_name(fastest[1])})"
                           + (f" — {fastest[2]}" if fastest[2] else "") + (f", lap {fastest[3]}" if fastest[3] else "")))
        scorers = [e for e in entries if e.points]
        if scorers:
            fields.append(("Points", ", ".join(f"{' / '.join(e.drivers)} {e.points:g}" for e in scorers)))
        if winner is not None:
            start = f", from {ordinal(winner.grid)} on the grid" if winner.grid else ""
            time = f" in {winner.race_time}" if winner.race_time else ""
            head = f"{' / '.join(winner.drivers)} won the {race.title} for {winner.team}{time}{start}."
        else:
            head = f"The {race.title}: no classified winner is stored."
        return Answer(ANSWERED, f"{head} Round {rnd} of the {season} season, {race.nice_date}, at "
                      f"{race.circuit or 'an unknown circuit'}. {SOURCE}", title=race.title, kind="race",
                      fields=fields, races=[race], entries=entries)

    # --- careers in order -----------------------------------------------------------------------

    def milestone_answer(self, fid: str, which: str) -> Answer:
        """``which``: "first_race", "last_race", "first_win", "last_win"."""
        cond = "x.position = 1" if which.endswith("win") else "1"
        order = "ASC" if which.startswith("first") else "DESC"
        row = self.db.execute(
            f"SELECT r.id, x.position_text, COALESCE(c.name, x.constructor) FROM f1db_results x "
            f"JOIN races r ON r.id = x.race_id LEFT JOIN f1db_constructors c ON c.f1db_id = x.constructor "
            f"WHERE x.driver = ? AND {cond} ORDER BY r.date {order}, r.id {order} LIMIT 1", [fid]).fetchone()
        name = self.driver_name(fid)
        if row is None:
            return Answer(ANSWERED if which.endswith("win") else NOT_FOUND,
                          f"{name} never won a Formula One World Championship race. {SOURCE}"
                          if which.endswith("win") else f"{name} has no stored F1 races.", kind="f1_milestone")
        race = self._race_ref(row[0])
        words = {"first_race": "first Formula One race", "last_race": "last Formula One race",
                 "first_win": "first Formula One win", "last_win": "last Formula One win"}[which]
        result = "" if which.endswith("win") else (
            f", finishing {ordinal(int(row[1]))}" if row[1].isdigit() else f" ({row[1]})")
        return Answer(ANSWERED, f"{name}'s {words} was the {race.title} ({race.nice_date}) with {row[2]}{result}. "
                      f"{SOURCE}", races=[race], kind="f1_milestone")

    def _race_ref(self, race_id: int) -> RaceRef:
        r = self.db.execute("SELECT id, slug, title, date, circuit, source_file FROM races WHERE id = ?",
                            [race_id]).fetchone()
        return RaceRef(*r)

    # --- teammates --------------------------------------------------------------------------------

    def were_teammates(self, a: str, b: str, season: int | None = None) -> bool:
        sql = ("SELECT 1 FROM f1db_results x JOIN f1db_results y ON y.race_id = x.race_id AND "
               "y.constructor = x.constructor WHERE x.driver = ? AND y.driver = ?")
        args: list = [a, b]
        if season is not None:
            sql += " AND x.season = ?"
            args.append(season)
        return self.db.execute(sql + " LIMIT 1", args).fetchone() is not None

    def head_to_head(self, a: str, b: str | None, season: int | None = None) -> Answer:
        """Races where ``a`` and ``b`` (or each of ``a``'s teammates) drove for one constructor:
        who finished ahead (a classified car beats one that was not) and who qualified ahead."""
        args: list = [a]
        sql = ("SELECT x.race_id, x.driver, y.driver, x.position, y.position, x.constructor FROM f1db_results x "
               "JOIN f1db_results y ON y.race_id = x.race_id AND y.constructor = x.constructor "
               "AND y.driver != x.driver WHERE x.driver = ?")
        if b is not None:
            sql += " AND y.driver = ?"
            args.append(b)
        if season is not None:
            sql += " AND x.season = ?"
            args.append(season)
        pairs = self.db.execute(sql, args).fetchall()
        quali = {(r, d): p for r, d, p in self.db.execute(
            "SELECT race_id, driver, position FROM f1db_qualifying WHERE race_id IN (SELECT race_id FROM f1db_results "
            "WHERE driver = ?)", [a])}
        name = self.driver_name(a)
        scope = f" in {season}" if season else ""
        if not pairs:
            other = f" and {self.driver_name(b)}" if b else ""
            return Answer(NOT_FOUND, f"{name}{other} were never teammates{scope} in the stored F1DB races.",
                          kind="f1_head_to_head")
        by_mate: dict[str, list[int]] = {}
        for race_id, _x, mate, pa, pb, _con in pairs:
            tally = by_mate.setdefault(mate, [0, 0, 0, 0, 0])  # races, a ahead, b ahead, a quali ahead, b
            tally[0] += 1
            ka, kb = (pa if pa is not None else 10_000), (pb if pb is not None else 10_000)
            if ka < kb:
                tally[1] += 1
            elif kb < ka:
                tally[2] += 1
            qa, qb = quali.get((race_id, a)), quali.get((race_id, mate))
            if qa is not None and (qb is None or qa < qb):
                tally[3] += 1
            elif qb is not None and (qa is None or qb < qa):
                tally[4] += 1
        lines = []
        for mate, (n, ra, rb, qa, qb) in sorted(by_mate.items(), key=lambda kv: -kv[1][0]):
            lines.append(f"{name} vs {self.driver_name(mate)}{scope}: {plural(n, 'race')} together; finished ahead "
                         f"{ra}–{rb}; qualified ahead {qa}–{qb}.")
        return Answer(ANSWERED, (lines[0] if len(lines) == 1 else f"{name}'s teammates{scope}: "
                                 + " ".join(lines)) + f" {SOURCE}", kind="f1_head_to_head",
                      rows=lines if len(lines) > 1 else [])
