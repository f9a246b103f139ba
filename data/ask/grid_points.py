"""Answers from the columns single-seater classifications print: grid, points, places gained.

Only where the race's article printed the column; otherwise the answer says the results have no
such column, never a nearby fact. Points are a race's points as printed; summed over several
stored races they are labelled as such (real championship standings are not in race results).
"""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Sequence

from data.folding import fold
from data.answers import ANSWERED, Answer, EntryView, RaceRef, ordinal, plural, plural_points
from data.ask.helpers import and_list, entry_who, missing_column

log = logging.getLogger(__name__)

GRID_WORDS = ("grid", "start", "started", "starting", "start from", "qualified", "qualify", "qualifying position",
              "lined up", "line up")
POINTS_WORDS = ("points", "point", "pts", "scored", "score", "scoring")
GAIN_WORDS = ("gained", "gain", "gains", "climbed", "made up", "lost", "positions", "places", "climber", "climbers",
              "charger", "overtook the most")
STANDINGS_WORDS = ("standings", "championship", "champion", "leader", "leading", "lead the", "led the", "title",
                   "season", "seasons", "whole year", "end of the year", "all year", "over the year")




def subject_grid(who: str, e: EntryView, yes_no: bool) -> str:
    """ "Where did X start?" for one entry."""
    if e.grid is None:
        if e.status == "DNS":
            return f"{'No: ' if yes_no else ''}{who} did not start ({e.position_text})."
        return f"The results of {e.race.title} give no grid position for {who}."
    if e.status == "DNS":  # Jarier, on pole in Argentina 1975, broke down before the start: no start at all
        why = f": {e.reason}" if e.reason else ""
        return f"{'No: ' if yes_no else ''}{who} qualified {ordinal(e.grid)} on the grid but did not start (DNS){why}."
    gained = e.places_gained
    # how the race ended for them goes with the start ("and senna?" after a grid question asks his race too)
    ended = ("won (P1)" if e.position == 1 else f"finished {e.place}") if e.classified else e.was_status
    ended += (f" ({e.reason})" if e.classified else f": {e.reason}") if e.reason else ""  # never a time: none was asked
    moved = f", and {ended}" + (f": {plural(abs(gained), 'place')} {'gained' if gained > 0 else 'lost'}"
                                          if gained and e.classified else "")
    car = f" ({e.car})" if e.car and not who.startswith("#") else ""  # "Graham Hill (#14 Lotus-Climax)"
    return f"{'Yes: ' if yes_no else ''}{who}{car} started {ordinal(e.grid)} on the grid{moved}."


def subject_points(who: str, entries: Sequence[EntryView], race_named: bool) -> str | None:
    """ "How many points did X score (at Y)?": one race's points, or the sum over the stored races."""
    with_points = [e for e in entries if e.points is not None]
    if not with_points:
        return None
    races = {e.race.id for e in with_points}
    if len(races) == 1 and len(with_points) > 1:
        # a team's cars in one race: "how many points did BMW Sauber get in Canada 2008?" is their sum
        total = sum(e.points or 0 for e in with_points)
        return (f"{who} scored {plural_points(total)} in the {with_points[0].race.title}: "
                + "; ".join(f"{entry_who(e)} ({e.place}) {e.points or 0:g}" for e in with_points) + ".")
    if race_named or len(with_points) == 1:
        e = with_points[-1]
        printed = json.loads(e.extra).get("Points as printed") if e.extra else None
        return f"{who} scored {plural_points(e.points or 0)}{f' ({printed} as printed)' if printed else ''} in the " \
               f"{e.race.title} ({e.place})."
    total = sum(e.points or 0 for e in with_points)
    return (f"{who} scored {plural_points(total)} summed over the {plural(len(with_points), 'stored race')} that print "
            f"points (race points as printed, not championship standings): "
            + "; ".join(f"{e.race.title} {e.points or 0:g}" for e in with_points) + ".")


def race_grid_points(entries: list[EntryView], race: RaceRef, *, asks_points: bool, asks_grid: bool,
                     asks_gain: bool, most: bool, least: bool, count: bool, positions: list[int],
                     pole: bool, pole_stat: dict | None = None, back: bool = False,
                     top: int | None = None) -> Answer | None:
    """Questions about a whole field's grid, points or places gained, or None when not one. ``pole_stat``:
    the article's pole position, whose time the pole sitter's answer gives; ``back``: the last grid slot asked
    ("who started furthest back?"), ``top``: among the cars that finished in the top N."""
    if asks_gain and (most or least):
        moved = [e for e in entries if e.places_gained is not None]
        if not moved:
            return missing_column(race, "grid positions")
        key = (lambda e: -(e.places_gained or 0)) if not least else (lambda e: e.places_gained or 0)
        best = sorted(moved, key=key)
        top = [e for e in best if e.places_gained == best[0].places_gained]
        gained = top[0].places_gained or 0
        verb = "gained" if gained > 0 else "lost"
        return Answer(ANSWERED, f"{'; '.join(f'{entry_who(e)} (grid {e.grid} to P{e.position})' for e in top)} "
                      f"{'each ' if len(top) > 1 else ''}{verb} the most places in the {race.title}: "
                      f"{plural(abs(gained), 'place')}." if (gained > 0) != least or gained == 0 else
                      f"No classified car {'gained' if not least else 'lost'} places in the {race.title}.",
                      races=[race], entries=top, kind="list")
    if asks_grid and back and not (pole or asks_points) and (not positions or top is not None):
        # "who started furthest back?", "which driver started last?": the highest grid slot printed; "... and
        # still finished in the top 10": among those cars
        slotted = [e for e in entries
                   if e.grid is not None and (top is None or e.classified and (e.position or 99) <= top)]
        if not slotted:
            return None
        e = max(slotted, key=lambda x: x.grid or 0)
        among = f" of the cars that finished in the top {top}" if top is not None else ""
        return Answer(ANSWERED, f"{entry_who(e)} started furthest back{among} in the {race.title}, from grid {e.grid} "
                      f"({e.car}), and {e.finish_phrase}.", races=[race], entries=[e], kind="list")
    if asks_grid and (pole or positions) and not asks_points:
        slot = 1 if pole else positions[0]
        at = [e for e in entries if e.grid == slot]
        if not any(e.grid is not None for e in entries):
            return None  # no grid column: the statistics (pole position) may still say
        if not at:
            return Answer(ANSWERED, f"No car started {ordinal(slot)} in the {race.title}.", races=[race])
        e = at[0]
        timed = (f" ({pole_stat['value']})" if slot == 1 and pole_stat and pole_stat["value"]
                 and pole_stat["car_number"] == e.car_number else "")
        started = "qualified" if e.status in ("DNS", "DNQ") else "started"  # a pole sitter may not start
        slot_text = ("on pole" if started == "qualified" else "from pole") + timed if slot == 1 else ordinal(slot)
        return Answer(ANSWERED, f"{entry_who(e)} {started} {slot_text} in the "
                      f"{race.title} ({e.car}) and {e.finish_phrase}.", races=[race],
                      entries=at, kind="list")
    if asks_points:
        scored = [e for e in entries if e.points]
        if not any(e.points is not None for e in entries):
            return missing_column(race, "points")
        if most:
            top = max(e.points or 0 for e in scored) if scored else 0
            best = [e for e in scored if e.points == top]
            return Answer(ANSWERED, f"{and_list([entry_who(e) for e in best])} scored the most points in the {race.title}: "
                          f"{plural_points(top)}.", races=[race], entries=best, kind="list")
        if count:
            return Answer(ANSWERED, f"{plural(len(scored), 'car')} scored points in the {race.title}.",
                          races=[race], entries=scored, kind="list")
        return Answer(ANSWERED, f"{plural(len(scored), 'car')} scored points in the {race.title}: "
                      + "; ".join(f"{entry_who(e)} {e.points or 0:g}" for e in scored) + ".", races=[race],
                      entries=scored, kind="list")
    return None


__all__ = ["subject_grid", "subject_points", "race_grid_points", "won_from_pole", "GRID_WORDS", "POINTS_WORDS",
           "GAIN_WORDS", "STANDINGS_WORDS"]


def won_from_pole(entries: list[EntryView], race: RaceRef, subject: list[EntryView] | None,
                  pole_car: str | None = None, pole_said: str | None = None) -> Answer | None:
    """ "did Alonso win from pole?", "did the pole sitter win?": Yes or No, from the grid column (or, where no grid is
    printed, the car the article's statistics give pole, by its number or its driver's name)."""
    named = [e for e in entries if pole_said and any(fold(d) in fold(pole_said) for d in e.drivers)]
    pole = next((e for e in entries if e.grid == 1), None) or next(
        (e for e in entries if pole_car and e.car_number == pole_car), None) or (named[0] if len(named) == 1 else None)
    winner = next((e for e in entries if e.position == 1), None)
    if pole is None or winner is None:
        return None  # no grid printed: the statistics and the rest say what they can
    if subject is not None and not subject:
        return None
    yes = pole.id == winner.id and (subject is None or any(e.id == pole.id for e in subject))
    if subject and not any(e.id == pole.id for e in subject):
        e = subject[0]  # "did Trulli win from pole?": he did not start there
        start = f"started from grid {e.grid}" if e.grid is not None else "did not start from pole"
        return Answer(ANSWERED, f"No: {entry_who(e)} {start} and {e.finish_phrase}; {entry_who(pole)} started from pole.",
                      races=[race],
                      entries=[e, pole], kind="yes_no")
    timed = f" ({winner.time})" if winner.time else ""
    # the pole time, where the statistics give one ("2:14.889"; some give the sitter's name instead)
    lap = f" ({pole_said.strip()})" if pole_said and re.fullmatch(r"\d{1,2}:\d{2}[.,]\d+", pole_said.strip()) else ""
    said = (f"{entry_who(pole)} started from pole{lap} and won the {race.title}{timed}." if pole.id == winner.id else
            f"{entry_who(pole)} started from pole{lap} and {pole.finish_phrase}; {entry_who(winner)} won"
            + (f" from grid {winner.grid}." if winner.grid is not None else "."))
    return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: {said}", races=[race], entries=[pole, winner], kind="yes_no")
