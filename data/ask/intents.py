"""The intent registry: every kind of question Pitwall answers, in the order they are tried (``INTENTS``,
at the end of this file).

A question is first a frame (``data.ask.frame``: its race, classes, subjects, makes, positions... as
linked by ``data.ask.linking``). Each intent states the words that signal it, the slots it requires,
the slots it allows (a filled slot it does not allow means the question is not this one) and the
function that answers it. The first intent that fits and answers is the answer, and its name goes
into the frame, so a follow-up knows what was asked. Intents of kind ``decline`` answer that the
question is understood but cannot be answered (or names what is not stored); ``fill`` entries only
complete the frame for the entries after them. When none fits, Pitwall says it did not understand.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto

from data.folding import fold
from data.answers import AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, Choice, ordinal, plural
from data.countries import COUNTRIES
from data.ask.formula1 import f1_answer
from data.ask.grid_points import (GAIN_WORDS, GRID_WORDS, POINTS_WORDS, STANDINGS_WORDS, race_grid_points, subject_grid,
                              subject_points, won_from_pole)
from data.ask.table_ops import reason_words_asked, asks_time_gap, no_time_gap, table_answer
from data.ask.table_select import extra_columns, extra_header_said
from data.ask.frame import SLOTS, Frame, phrase_pattern
from data.ask.side_by_side import (BETWEEN_TWO, ONLY_OF_MAKE, PLACES_SAME_LAP, POLE_AND_FASTEST_LAP, count_asked_of_races,
                                   counts_compared, only_of_make, placed_between,
                                   places_on_one_lap, pole_and_fastest_lap)
from data.ask.linking import (CLASS_SHAPE, IN_ORDER, ORDINAL_WORDS, parse_question, race_lookup, series_name,
                              stored_races_text)
from data.ask.helpers import (COUNT_WORDS, HELP, and_list, clock_seconds, entry_who, has_make, make_not_printed,
                              possessive, rank_key, teammates, yes_no)
from data.ask.rankings import (CAR_COUNT, LAPS_OF_WINNER, classes_ranked, co_drivers, drivers_in_all, make_wins,
                           most_common, most_entries, most_wins, nationalities, stored_people,
                           stored_races, team_with_most_cars, teams_with_cars, within_laps, CAR_COUNT_OF,
                           wins_by_make_or_country, year_winners)
from data.ask.coverage import as_written, content_left, unknown_words
from data.ask.vocabulary import known_word
from data.ask.field import by_position, filtered, makes_left_out, pole_against_fastest_lap, stat_answer
from data.ask.status import status_filter
from data.other_sports import OTHER_SPORTS
from data.ask.rookies import ROOKIE_WORDS, rookie_answer
from data.ask.engines import asks_engine_spec, engine_spec_answer
from data.ask.race_guards import (grand_prix_not_stored, numbered_event, races_run_together, round_of_race, round_of_season, race_descriptor_missing, race_name_qualified,
                                  race_named_after_year, several_races, year_not_stored, place_and_year_not_stored)
from data.ask.subjects import (about_subject, asks_aspect, asks_career, asks_compare, career, compare, each_driver,
                               laps_between,
                               grid_compared,
                               entries_for_subjects, in_named_order, shared_cars)
if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall


log = logging.getLogger(__name__)


class Kind(Enum):
    ANSWER = auto()  # answers the question
    DECLINE = auto()  # understood, and says why it cannot be answered (or that what it names is not stored)
    FILL = auto()  # completes the frame for the entries after it, never answers


ANSWER, DECLINE, FILL = Kind.ANSWER, Kind.DECLINE, Kind.FILL
ANY: frozenset[str] = frozenset(SLOTS)
NO_SUBJECT: frozenset[str] = ANY - {"driver", "team", "car"}


@dataclass(frozen=True)
class Intent:
    """One kind of question: what signals it, which slots it needs and tolerates, and what answers it."""
    name: str
    example: str  # a question it answers, for readers
    answer: Callable[[Pitwall, Frame], Answer | None]  # None: not this one after all, the next is tried
    signals: tuple[tuple[str, ...], ...] = ()  # every group must be asked: one of its words or phrases
    requires: tuple[str, ...] = ()  # slots (``data.ask.frame.SLOTS``) that must be filled
    allows: frozenset[str] = ANY  # slots that may be filled; any other filled slot rules the intent out
    unless: tuple[str, ...] = ()  # words or phrases that rule it out
    when: Callable[[Frame], bool] | None = None  # what the fields above cannot say
    kind: Kind = ANSWER

    def fits(self, p: Frame) -> bool:
        """Whether the frame's slots and words fit this intent (its answer may still decline to answer)."""
        return (all(p.slot(s) for s in self.requires)
                and not any(p.slot(s) for s in SLOTS if s not in self.allows)
                and all(p.has(*group) for group in self.signals)
                and not (self.unless and p.has(*self.unless))
                and (self.when is None or bool(self.when(p))))


_NOT_IN_RESULTS = {
    "who hit whom": ("who hit", "hit who", "hit him", "crashed into", "collided with", "ran into", "whose fault",
                     "who caused", "who took him out", "who took her out", "who took them out", "who took out",
                     "who knocked him out", "who punted"),
    "sponsors or money": ("sponsor", "sponsors", "sponsored", "sponsorship", "title sponsor", "budget", "salary",
                          "salaries", "how much did it cost"),
    # "he got a point?? how": why the results are as they are, which they do not explain
    "how the rules worked": ("how does that work", "how did that work", "how come", "how is that possible",
                             "how was that possible", "how so", "explain why", "explain how"),
    # "who won the tour de france in 2003, same summer as the spa 1000km": another sport, never a motor race's answer
    "other sports": OTHER_SPORTS,
    "ages and birthdays": ("how old", "age", "born", "birthday", "birthplace", "hometown", "home town", "grew up",
                           "youngest", "oldest driver", "oldest drivers",
                           "oldest winner", "oldest person", "oldest man", "oldest woman", "who was the oldest",
                           "who is the oldest"),
    "championship points or standings": ("points", "standings", "championship leader", "champion", "champions"),
    "pit stops, laps led or incidents": ("pit stop", "pit stops", "pitstop", "pit", "led the most", "laps led",
                                         "last stop", "first stop", "second stop", "longest stop", "shortest stop",
                                         "overtake", "overtakes", "overtook", "crash", "crashed", "accident",
                                         "safety car"),
    # a penalty asked about, not one told as the reason for a grid ("where did kimi start, he had a penalty right?")
    "penalties": ("what penalty", "which penalty", "what penalties", "any penalties", "any penalty", "a penalty for",
                  "penalty for", "penalties for", "get a penalty", "got a penalty", "given a penalty", "penalised for",
                  "penalized for", "drive through", "stop go", "stop and go", "time penalty", "how many penalties"),
    "car specifications": ("horsepower", "hp", "bhp", "torque", "top speed", "weight", "weigh", "weighed", "weighs",
                           "price", "cost"),
    "salaries or contracts": ("salary", "salaries", "wage", "wages", "contract", "contracts", "net worth", "sponsor deal"),
    "attendance or TV audiences": ("attended", "attendance", "crowd", "spectators", "viewers", "tv audience",
                                   "television", "watched", "people were there", "people there", "fans were there",
                                   "people came", "people turned up", "showed up to watch"),
    "history beyond the stored races": ("first ever", "maiden win", "maiden victory", "first career", "career first",
                                        "last ever", "first win ever"),
    "quotes or interviews": ("say after", "said after", "say about", "said about", "quote", "quotes", "quoted",
                             "interview", "interviews", "press conference", "podium speech", "his words", "her words"),
    "lap or track records": ("lap record", "track record", "circuit record", "all time record", "outright record"),
    "the circuit's length": ("lap length", "length of a lap", "how long was a lap", "how long is a lap", "track length",
                             "circuit length", "how long is the track", "how long was the track", "long is the circuit",
                             "long was the circuit", "km per lap", "miles per lap"),
    "awards or votes": ("driver of the day", "man of the match", "man of the race", "mvp", "voted", "fan vote",
                        "award", "awards"),
    "prize money": ("prize money", "prize", "money", "winnings", "earn", "earned", "earnings", "purse", "paid", "pay", "payout",
                    "dollars"),
    "qualifying or lap times": ("qualifying time", "qualifying lap", "qualifying times", "lap time", "lap times",
                                "qualifying lap time", "best laps", "their best lap", "his best lap", "her best lap",
                                "personal best", "quicker than", "more pace", "better pace", "quicker car",
                                "faster car", "q1", "q2", "q3", "quali time", "quali times", "quali lap", "sector", "sectors",
                                "sector time", "sector times"),
    "tyre strategy or pit stops": ("pitstops", "strategy", "tyre strategy", "tire strategy", "compound"),
    "safety cars, flags or cautions": ("safety cars", "yellow flag", "yellow flags", "red flag", "red flags",
                                       "cautions", "caution period", "full course yellow"),
    "who drove when (stints, driving time)": ("stint", "stints", "driving time", "himself", "herself", "each driver do",
                                             "drove the most laps", "did the most driving", "more of the driving",
                                             "most of the driving", "more driving", "less of the driving",
                                             "drove more laps", "drove the most", "drove longer", "drove the longest",
                                             "driver change", "driver changes", "driver swap", "driver swaps"),
    "positions lap by lap": ("on lap", "at lap", "after lap", "lap by lap", "lap chart", "running on lap",
                             "half distance", "halfway", "half way", "first hour", "after an hour", "after one hour",
                             "after two hours", "first lap", "opening lap"),
    "weather or track conditions": ("temperature", "track temp", "air temp", "humidity", "sunny", "raining",
                                    "wet race", "dry race", "weather", "rain", "rained"),
    "car technical details": ("gearbox", "gear box", "fuel", "colour", "color", "livery", "designed", "designer",
                              "rpm", "revs", "rev to", "redline", "displacement",
                              "chassis number", "tyre pressure", "downforce", "owns", "owner", "team manager",
                              "team boss", "team principal", "engineer"),
    "who led which laps": ("led lap", "leading lap", "laps led", "led the race",
                           "led after", "leading after", "led at", "take the lead", "took the lead", "takes the lead",
                           "taking the lead", "lead change", "lead changes", "in the lead", "held the lead"),
    "opinions": ("best ever", "greatest ever", "of all time", "goat", "overrated", "underrated", "should have",
                 "the better car", "the best car", "the better bike", "the better team", "better car honestly",
                 "should of", "shouldve", "deserved", "deserve to", "deserves", "favourite", "favorite",
                 "best driver", "best rider", "better driver", "better rider", "greatest driver", "greatest rider",
                 "most talented", "more talented", "most skilled", "more skilled", "out of 10", "out of ten",
                 "rate his", "rate her", "rate their", "would you rate", "impressive", "impressed", "too dominant",
                 "killed the racing", "boring", "ruined", "imo", "in my opinion"),
    "what cars cost": ("how much is a", "how much is an", "how much are", "how much does a", "how much do",
                       "how much would", "cost", "costs", "price", "prices", "priced", "resale", "second hand",
                       "secondhand", "for sale", "to buy", "goes for", "go for these days", "buying one", "buy one",
                       "selling one", "sell one", "worth these days"),
    "share prices or sales": ("share price", "share prices", "stock price", "stock prices", "stock market",
                              "sales figures", "car sales", "sold more"),
    "the season's calendar": ("round after", "round before", "next round", "previous round", "following round",
                              "race after that", "race before that"),
    "which race was run last weekend or today": ("last weekend", "this weekend", "last week", "yesterday", "last night", "tonight",
                                   "today", "this season", "this year", "this years", "on sunday", "on saturday"),
    "the future": ("will win", "next year", "next race", "next season", "predict", "prediction", "going to win",
                   "odds", "bet on", "betting", "bookies", "bookmakers"),
    "what might have happened": ("would have", "would he have", "would she have", "would they have", "would it have",
                                 "had not failed", "if he had", "if she had", "if they had", "what if",
                                 "could have won", "might have won", "would of", "if it had", "if it hadn t",
                                 "if it hadnt", "if he hadn t", "if he hadnt", "if they hadn t", "if they hadnt",
                                 "if it hadn"),
}


def _asks_season_total(p: Frame) -> bool:
    """ "how many points did Alonso end the 2005 season with?", "Hamilton's points total at the end of 2008": a
    season's tally, which no race's results give."""
    return p.has("points", "wins", "victories", "podiums") and (
        p.has("season", "whole year", "all year", "over the year") or bool(
            re.search(r"\bend of (?:the )?(?:year|\d{4})\b", p.text)))


def _not_in_results(p: Frame) -> str | None:
    """A topic race results do not record, so that no nearby fact is passed off as the answer."""
    for topic, phrases in _NOT_IN_RESULTS.items():
        if topic in ("other sports", "share prices or sales"):
            # "the tour de france", "audi share price": its words are the topic's, whatever was linked of them
            if any(phrase_pattern(f).search(p.text) for f in phrases):
                return topic
            continue
        if topic == "qualifying or lap times" and p.has("fastest lap", "pole", "pole position") and not p.subjects \
                and (not p.has("lap times", "times", "setter", "sitter", "q1", "q2", "q3", "sector", "sectors") or
                     re.search(r"\b(?:pole|fastest lap|fl) (?:and|&) (?:the )?(?:pole|fastest lap|fl) times\b", p.text)):
            continue  # "fastest lap time?", "pole and fl times?": the race's own, which its statistics may give
        if not p.has(*phrases):
            continue
        said = [f for f in phrases if p.has(f)] if topic == "opinions" else []
        if topic != "opinions" or (any(phrase_pattern(f).search(p.text) or not (
                p.countries or p.teams or p.drivers or p.classes or p.makes) or not re.match(r"(?:the )?(?:best|better)\b", f) for f in said)):
            # a judgement of the best or better, its words as written: "best dutch driver" is no "best driver" once
            # "dutch" is read, nor "the best andretti autosport car" "the best car" once the team is (or "the best gt cup
            # car" once the class is)
            return topic
    if re.match(r"(?:was|is|were|are)\b", p.text) and re.search(
            r"\bthe (?:best|greatest|worst|closest|most \w+)(?: \w+){0,2} (?:ever|of all time|in history)\b", p.text):
        return "opinions"  # "was the 2011 indy 500 the best finish ever": a judgement beyond any results
    if re.search(r"\bwould\b(?: \w+){1,4} have\b|\bif\b[^?]*\b(?:hadnt|had not|hadn t|hadn|had have)\b", p.text):
        return "what might have happened"  # "if the #1 dome hadnt broken down would lammers have beaten the audi"
    if re.search(r"\b(?:round|race|opener|finale)\b(?: \w+){0,2} (?:the|this|that) season\b|\bseason (?:opener|finale)\b",
                 p.text) and p.series is None and not p.years:
        return "the season's calendar"  # "who won the season finale?": which season, and its calendar, is not stored
    if re.search(r"\bss ?\d+\b|\bstages?\b", p.text):
        return "stage times"  # "loeb's time on ss12", "how many stages did pinto win": a rally's results give the total
    if p.has("qualifying", "qualification") and p.has("slower", "faster", "quicker", "gap", "time", "times", "speed",
                                                               "seconds", "tenths", "how much") and not p.has(
            "grid", "position", "place", "places", "pole"):
        return "qualifying or lap times"  # "2005 british gp quali - how much slower was raikkonen": not the race gap
    if p.has("championship", "championships", "title", "titles", "crown", "crowns") and p.has(
            "won", "win", "winner", "wins", "winning", "lead", "leading", "leader", "took", "take", "takes", "taking",
            "clinched", "clinch", "clinching", "claimed", "claim", "claiming", "secured", "sealed", "wrapped up"):
        return "championship points or standings"
    if _asks_season_total(p):
        return "championship points or standings"  # "how many points did Alonso end the 2005 season with?"
    if re.search(r"\bbetter (?:\w+ )?(?:driver|rider|racer)s?\b", p.text) or (
            p.has("better", "best") and not p.race_named and re.search(r"\bwho(?: is| s| was)? (?:the )?better\b"
                                                                       r"(?! (?:placed|finish|result|position|grid))",
                                                                       p.text)):
        return "opinions"  # "who's the better sportscar driver, Lammers or Kristensen?"
    if (p.has("greatest", "better", "worse") and re.match(r"(?:is|are|was|were)\b", p.text)
            and not p.has("number", "most", "amount", "laps", "points", "time", "margin", "difference", "gap",
                          "finish", "finished", "result", "place", "placed", "position")):
        return "opinions"  # "is Lammers better than Kristensen?", "was the R8 the greatest sportscar?"
    if p.has("how many stops", "how many times did", "how often did") and p.has("stop", "stops", "pit", "pitted"):
        return "pit stops, laps led or incidents"  # "how many stops did the Panoz make?"
    if p.has("how much") and p.has("win", "won", "earn", "earned", "make", "made", "take home", "took home",
                                   "pocket", "get", "got", "receive", "received", "paid", "bank", "banked", "collect") and (
            not p.has("win by", "won by", "margin", "time", "laps", "seconds", "points", "gap", "lead", "ahead", "behind",
                      "faster", "slower", "quicker")):  # "how much did the winner win by?" is the margin
        return "prize money"  # "how much did Jeff Gordon win?"
    if p.has("driving", "at the wheel", "behind the wheel", "in the car") and p.has(
            "when", "at the end", "at the finish", "at the start", "crossed the line", "chequered flag",
            "checkered flag"):
        return "who drove when (stints, driving time)"  # "who was driving the #25 when it took the flag?"
    if p.has("lead", "led") and p.has("lap", "laps") and not p.has("lead lap", "on the lead lap"):
        return "who led which laps"
    if re.search(r"\b(?:on|after|at|by) lap \d+\b", p.text) and p.has(
            "gap", "gaps", "position", "positions", "running", "order", "ahead", "behind", "between", "where was"):
        return "lap-by-lap positions or gaps"
    if p.positions and re.search(r"\b(?:running|lying)\b.*\b(?:when|while|as)\b (?!the (?:race|chequered|checkered)\b)",
                                 p.text):  # "who was running 2nd when the Pescarolo went out?": a moment of the race
        return "lap-by-lap positions or gaps"
    if p.has("tyre", "tyres", "tire", "tires") and p.has("start", "started", "switch", "change", "changed"):
        return "tyre strategy or pit stops"
    return None


_MONTH_NAMES = frozenset(("january", "february", "march", "april", "may", "june", "july", "august", "september",
                          "october", "november", "december"))


def _composed(pw: Pitwall, p: Frame) -> Answer | None:
    """Counts, sums, differences and comparisons over one race's table (``data.ask.table_ops``)."""
    if len(p.race_candidates) > 1 or p.other_races or p.race is None:
        return None
    race = p.race
    entries = pw.results.race_entries(race.id)
    if p.classes:
        entries = [e for e in entries if e.class_name in p.classes]
    # in the order the question names them ("did A finish before B?")
    groups = in_named_order(p, entries_for_subjects(pw, p, race)) if p.subjects else []
    if p.cars and p.teams:  # "Scuderia Ferrari's car no. 5 and its car no. 3": the team describes the cars
        cars = {e.id for _n, es in groups for e in es if e.car_number in p.cars and e.race.id == race.id}
        teams = {t.name for t in p.teams}
        groups = [(n, es) for n, es in groups if n not in teams or not cars or not cars <= {e.id for e in es}]
    subjects = [[e for e in es if e.race.id == race.id] for _n, es in groups]
    if p.subjects and not all(subjects):
        return None  # someone named did not race here: the rest of the engine says so
    if not p.subjects and re.search(r"\bsame\b", p.text):
        # "did the two morgans do the same laps?", "p3 and p4 on the same lap count?": the two cars of the group
        pair = [e for e in entries if all(has_make(e, m, r) for m, r in p.makes)] if p.makes else \
            [e for n in p.positions for e in entries if e.position == n] if len(p.positions) == 2 else []
        if len(pair) == 2:
            subjects = [[pair[0]], [pair[1]]]
        several = [e for n in p.positions for e in entries if e.position == n]
        if len(p.positions) > 2 and len(several) == len(p.positions) and re.search(r"\bsame (?:number of )?laps?\b",
                                                                                    p.text):
            # "were p6 p7 and p8 all on the same lap?": Yes or No of them all
            same = len({e.laps for e in several}) == 1
            return Answer(ANSWERED, f"{'Yes' if same else 'No'}: " + "; ".join(
                f"{e.place} {entry_who(e)} {e.laps_text}" for e in several) + f" ({race.title}).", races=[race],
                entries=several, kind="yes_no")
    elif not p.subjects and p.makes and re.search(r"\b(?:who|which|what)\b.*\b(?:right |just |directly |immediately )?"
                                                  r"(?:behind|after|ahead of|in front of|before|beat)\b", p.text):
        # "who was right in front of the lamborghini?", "which sr1 cars beat the lola?": the one car of that make (in the
        # class named), as the car named
        one = [e for e in entries if all(has_make(e, m, r) for m, r in p.makes)]
        the = any(p.words[i - 1] == "the" for i in p.make_words if i)  # "the lamborghini", never "an Audi"
        if len(one) == 1 and the:
            subjects = [one]
    if p.countries and not p.subjects and not p.positions and not p.has("winning", "winner") and re.search(r"\ball[- ]?\w+ (?:line ?ups?|crews?|driver line ?ups?)\b|"
                                                    r"\bcars?\b.*\ball (?:\w+ )?drivers\b", p.raw.lower()):
        # "how many cars had an all-british lineup?": cars whose every driver is of that nation, not the drivers
        if len(p.countries) != 1 or status_filter(p) or re.search(r"\bnot\b|n t\b", p.text) or all(
                len(e.drivers) <= 1 for e in entries):
            # two nations ("all-french or all-belgian"), finishers only, "did not have", one driver to a car: a
            # crew count this reading does not make
            return Answer(UNSUPPORTED, f"I can't count crews that way in the {race.title}; ask how many cars had "
                          "an all-<nation> crew, one nation at a time.", races=[race])
        cars = [e for e in entries if e.driver_countries and all(c in p.countries for c in e.driver_countries)]
        nation = " or ".join(COUNTRIES[c].demonym for c in p.countries)
        return Answer(ANSWERED, f"{plural(len(cars), 'car')} had an all-{nation} crew in the {race.title}"
                      + (": " + "; ".join(f"{e.car} ({', '.join(e.drivers)}, {e.place})" for e in cars) if cars else "")
                      + ".", races=[race], entries=cars, kind="count")
    answer = table_answer(entries, race, p.raw, positions=p.positions, subjects=subjects, countries=p.countries,
                          statuses=status_filter(p), filtered=bool(p.classes or p.makes or p.tyres or p.positions),
                          parsed=p, makes=p.makes, teams=[t.name for t in p.teams], people=bool(p.drivers or p.cars),
                          unread=bool(p.unknown or unknown_words(p)))
    topic = _not_in_results(p) if answer is not None else None
    if topic and topic not in _TOPICS_A_TABLE_MAY_PRINT and not reason_words_asked(p.text, entries):
        return None  # "how many people were there?" is the crowd, not a count of the drivers
    if topic == "qualifying or lap times" and "qualif" not in answer.summary.lower():
        return None  # "quali - how much slower was raikkonen": the race's gap is not the qualifying one
    if topic == "championship points or standings" and re.search(r"\b(?:championship|standings)\b", p.text) and \
            not re.search(r"\b(?:points?|pts|standings?|championship)\b", answer.summary.lower()):
        return None  # "who was leading the championship after vettel": no one listed after him
    return answer


# what no results table ever answers, whatever the question's other words fit: declined before any answer
_NEVER_IN_RESULTS = frozenset(("opinions", "other sports", "what might have happened", "the future", "penalties", "what cars cost",
                               "who hit whom", "sponsors or money", "how the rules worked", "awards or votes",
                               "lap or track records", "history beyond the stored races",
                               "quotes or interviews", "share prices or sales", "which race was run last weekend or today"))
# what some results tables print as a column of their own (Winnings, Laps Led, Points, Qual. Pos.)
_TOPICS_A_TABLE_MAY_PRINT = frozenset(("prize money", "pit stops, laps led or incidents", "who led which laps",
                                       "championship points or standings", "qualifying or lap times"))


# "who started 2nd", "started p3", "starting third": a place on the grid
_STARTED_PLACE = re.compile(r"\b(?:start|started|starting|starts)\s+(?:from\s+|in\s+)?(?:p\d+|\d+(?:st|nd|rd|th)|"
                            r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\b")


def _grid_points(pw: Pitwall, p: Frame) -> Answer | None:
    """Grid, points and places gained, asked of a subject or of the field (``data.ask.grid_points``)."""
    if p.has("what went wrong", "what caused", "what made"):
        return None  # "it was on pole and then dnf, what went wrong?": the why, which a start does not answer
    asks_points = p.has(*POINTS_WORDS) and not p.has(*STANDINGS_WORDS)
    asks_grid = p.has(*GRID_WORDS) or p.has("pole", "pole sitter", "polesitter")
    if p.subjects and p.other_races and asks_points and not asks_grid:
        return None  # "biaggi's points from the two superbike races": each race's, read with the subject in each
    asks_gain = p.has(*GAIN_WORDS) and p.has("most", "biggest", "fewest", "least", "how many")
    if not (asks_points or asks_grid or asks_gain) or p.has("tyre", "tyres", "tire", "tires", "compound"):
        return None  # "which tyres did X start on?" is no grid question
    if asks_grid and not asks_points and p.subjects and not p.has("pole", "pole sitter", "polesitter") and p.has(
            "what happened", "where did", "end up", "ended up", "how did") and \
            not re.search(r"\b(?:where|what position|which position) did (?:\S+ ){1,5}?(?:start|qualify|line up)\b", p.text):
        return None  # "graham hill started p2, what happened to him": the start is said, the outcome asked
    if p.has("fastest lap", "quickest lap", "best lap") and not p.subjects:
        return None  # "pole and fastest lap?": both come from the race's statistics
    if _not_in_results(p) == "qualifying or lap times" and not p.has("pole", "pole position", "pole sitter"):
        return None  # "what lap time did Senna qualify with?": a time, which the grid place is not
    if _asks_season_total(p):
        return None  # "Hamilton's points total at the end of 2008": the season's, not a race's
    if p.race is not None and extra_header_said(p.words, pw.results.race_entries(p.race.id)):
        return None  # "how many bonus points did Gordon get?": the Bonus column, read by the table forms
    race = p.race
    explicit_grid = asks_gain or p.has("grid", "qualified", "qualify", "qualifying position", "starting position",
                                       "start from", "started from", "from the start", "grid position") or bool(
        _STARTED_PLACE.search(p.text))
    # "who started 2nd on the grid?" of a race whose table prints no grid: said so, never its 2nd place at the finish
    if explicit_grid and not p.has("pole", "pole position") and race is not None and not any(
            e.grid is not None for e in pw.results.race_entries(race.id)):
        return Answer(UNSUPPORTED, f"The results of the {race.title} print no grid, so I can't say where cars started "
                      "or how many places they gained.", races=[race])
    if yes_no(p) and race is not None and p.has("pole", "pole position", "pole sitter", "polesitter") and p.has(
            "win", "won", "winner") and p.subjects <= 1 and not p.classes:
        stat = pw.results.race_details(race.id)["stats"].get("pole")
        return won_from_pole(pw.results.race_entries(race.id), race,
                             entries_for_subjects(pw, p, race)[0][1] if p.subjects else None,
                             stat["car_number"] if stat else None, stat["value"] if stat else None)
    if p.subjects == 2 and asks_grid and not asks_points:
        return grid_compared(pw, p)  # "who had the better starting position, Hunt or Reutemann?"
    if p.subjects:
        groups = [(n, [e for e in es if not p.race_named or e.race.id == race.id])
                  for n, es in entries_for_subjects(pw, p, race if p.race_named else None)]
        name, entries = groups[0]
        if not entries:
            return None
        if asks_points and p.has("teammate", "teammates", "team mate", "team mates"):
            # "how many points did alonso's teammate score?": the teammate's (one driver to a car), never his own
            e = entries[-1]
            mates = teammates(e, pw.results.race_entries(e.race.id))
            said = [subject_points(and_list(x.drivers), [x], True) for x in mates] if len(e.drivers) <= 1 else []
            if not mates or not all(said):
                return None
            return Answer(ANSWERED, f"{possessive(name)} teammate at {e.team}: " + " ".join(said), races=[e.race],
                          entries=mates, focus=mates, kind="fact")
        if asks_grid and yes_no(p) and p.has("back", "rear", "last", "front row", "front", "top ten", "top 10"):
            return None  # "did button start from the back?": a place on the grid asked, not where he started
        if asks_points:
            # "how many points did #22 and #23 score?": each one's, never the first's alone
            said = [subject_points(n, es, p.race_named) if es else None for n, es in groups]
            every = [e for _n, es in groups for e in es]
            return Answer(ANSWERED, " ".join(said), races=list({e.race.id: e.race for e in every}.values()),
                          kind="fact") if all(said) else None
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
        pole=p.has("pole", "pole sitter", "polesitter", "front of the grid", "front row"),
        pole_stat=pw.results.race_details(race.id)["stats"].get("pole") if p.has("pole") else None,
        back=p.has("furthest back", "farthest back", "back of the grid", "at the back", "from the back", "started last",
                   "start last", "starting last", "qualified last", "worst grid", "lowest grid", "last on the grid",
                   "worst starting", "lowest starting"),
        top=_top_n(p))


def _top_n(p: Frame) -> int | None:
    """ "finished in the top 10", "top five": N."""
    m = re.search(r"\btop (\d{1,2}|three|five|ten)\b", p.text)
    return None if m is None else int(m.group(1)) if m.group(1).isdigit() else COUNT_WORDS[m.group(1)]


_SUMMARY_CUES = ("summary", "summarise", "summarize", "results", "result", "classification", "recap", "tell me about",
                 "what happened", "how did the race go", "overview", "info on", "details", "standings of the race",
                 "rundown", "full results", "race report")


def _asks_stored_races(p: Frame) -> bool:
    across = p.has("races", "events", "rounds", "covered", "race had", "race has", "longest race", "shortest race",
                   "series", "championships")
    return across and p.has("stored", "list", "which", "what", "how many", "all", "there", "covered", "most",
                            "total") \
        and (not p.race_named or p.race_by_year_only or len(p.race_candidates) > 1 or bool(p.series or p.race_country)) \
        and not p.has("won", "win", "wins", "winner", "winners", "winning", "margin", "margins", "driver", "drivers",
                      "team", "teams", "who", "drove", "raced")


# a group of cars or people a listing would not apply when left unread: "how many lmps finished?" is not every car
_GROUP_NOUNS = frozenset("prototype prototypes proto protos touring tourers saloon saloons production privateer "
                         "privateers rookie rookies amateur amateurs hypercar hypercars".split())


def _group_left_over(p: Frame) -> bool:
    """Whether a word left unread names a group of cars: a class or model said in a shape linking did not find
    ("lmps", "450s", "908/03s"), or a kind of car or driver ("prototypes", "rookies")."""
    return any(w in _GROUP_NOUNS or CLASS_SHAPE.fullmatch(w.removesuffix("s")) or re.fullmatch(
        r"(?=\S*\d)[\w/.-]*[a-z0-9]s", w) and not re.fullmatch(r"\d+(?:st|nd|rd|th)s?|(?:19|20)?\d0s", w)
        for w in p.unparsed)


def _listing_intent(p: Frame) -> bool:
    if p.makes or p.classes:
        return True
    if p.countries and all(w in ("racing", "field", "competing", "entered", "there", "running", "out") for w in p.unparsed):
        return True  # "any americans racing?", "kiwis in the field?": the drivers of that nation
    return p.has("driver", "drivers", "car", "cars", "entry", "entries", "team", "teams", "how many", "list",
                 "who", "which", "results", "result", "finish", "finished", "finishers", "classification",
                 "retirements", "retired", "number of", "count", "best", "most", "fewest", "engine", "chassis") or \
        status_filter(p) == ["WD"]  # "anyone withdraw?": the withdrawn entries


_ONE_TWO = re.compile(r"(?<![\d-])1-2(?:-3)?(?![\d-])")


def _one_two(pw: Pitwall, p: Frame) -> Answer | None:
    """ "was it a Fiat 1-2-3?": whether the first two (three) places overall all went to the make or team named."""
    one_two = _ONE_TWO.search(p.raw)
    said = one_two.group(0)
    n = said.count("-") + 1
    top = sorted((e for e in pw.results.race_entries(p.race.id) if e.position and e.position <= n),
                 key=lambda e: e.position or 0)
    teams = {fold(t.name) for t in p.teams}
    fits = [e for e in top if (not teams or fold(e.team) in teams) and all(has_make(e, m, r) for m, r in p.makes)]
    who = " and ".join([t.name for t in p.teams] + [m for m, _r in p.makes])
    yes = len(top) == n and len(fits) == n
    text = f"{'Yes' if yes else 'No'}: {'a' if yes else 'not a'} {who} {said} in the {p.race.title}: " + "; ".join(
        e.listed for e in top) + "."
    asked_after = re.search(r"[,;:–—-]\s*(?:whats|what|how|who|which|by how)\b", p.raw[one_two.end():])
    if yes and asked_after and re.search(r"\b(?:gap|margin|between|apart|behind)\b", p.text) and n == 2:
        # "red bull 1-2 at china 2009, whats the gap between them": it was one, and the gap is what is asked
        gap = pw.ask(f"what was the gap between p1 and p2 at the {p.race.title}?")
        if gap.status == ANSWERED:
            gap.summary = f"Yes, a {who} {said}. {gap.summary}"
            return gap
        return None
    if not yes and (asked_after or not yes_no(p) and not p.raw.rstrip().endswith("?")):
        # "ferrari 1-2 at china 2009, whats the gap between them": the 1-2 is taken as given, and it did not happen
        return Answer(UNSUPPORTED, f"There was no {who} {said} in the {p.race.title}: " + "; ".join(
            e.listed for e in top) + ". The question takes one the results do not show.", races=[p.race], entries=top)
    return Answer(ANSWERED, text, races=[p.race], entries=top, focus=top, kind="yes_no")


def _no_class_there(pw: Pitwall, p: Frame) -> Answer | None:
    """"who won LMP675?" where no such class ran: say so, never another class's winner."""
    race, shown = p.race, (p.unknown_class or "").upper()
    if race is not None and any(fold(c) == fold(shown) for c in pw.results.class_names(race.id)):
        return None  # "not gts, gt": the word is a class of the race after all, said twice
    if len(p.race_candidates) > 1:  # "500cc winner at the 2010 catalan gp": none of the races that fit
        return Answer(NOT_FOUND, f"No class “{shown}” in the races that fit: "
                      + "; ".join(r.title for r in p.race_candidates[:5]) + ".", kind="class")
    if pw.results.class_names(race.id) == ["Overall"] and (p.race_named or len(pw.results.races()) == 1):
        return Answer(NOT_FOUND, f"{race.title} had no classes (no “{shown}”): one classification for every "
                      f"car. Ask who won it, or about a position.", races=[race], kind="class")
    if p.race_named:
        return Answer(NOT_FOUND, f"No class “{shown}” in {race.title}. Its classes: "
                      f"{', '.join(pw.results.class_names(race.id))}.", races=[race], kind="class")
    return Answer(NOT_FOUND, f"No stored race has a class “{shown}”. Classes stored: "
                  f"{', '.join(pw.results.class_names()[:30])}.", kind="class")


def _series_as_classes(pw: Pitwall, p: Frame) -> None:
    """"the British GT race at Spa": a race run for several championships is, for one of them, the
    classes that ran under it."""
    classes = pw.results.race_details(p.race.id)["classes"]
    under = [c for c, champ, _n in classes if champ and series_name(champ).startswith(p.series)]
    others = {series_name(champ) for _c, champ, _n in classes if champ and not series_name(champ).startswith(p.series)}
    if p.has("combined", "overall", "whole race", "both series", "both championships") or any(
            all(w in p.words for w in name.split()[:2]) for name in others):
        return  # "the fia sportscar + british gt combined race": the race, every class of it
    if under and len(under) < len(pw.results.class_names(p.race.id)):
        p.classes = under


def _year_unknowns(p: Frame) -> list[str]:
    return [w for w in p.unparsed if w not in _MONTH_NAMES]


def _which_race_of_the_year(pw: Pitwall, p: Frame) -> Answer | None:
    """"who won canada 2008": the year fits several races and a word of the question fits none."""
    in_year = [r for r in pw.results.races() if (r.date or "")[:4] == str(p.year)]
    if len(in_year) < 2:
        return None
    return Answer(AMBIGUOUS, f"I don't know which {p.year} race “{' '.join(_year_unknowns(p))}” means. "
                  f"Stored {p.year} races: " + "; ".join(r.title for r in in_year[-8:])
                  + ("" if len(in_year) <= 8 else f" and {len(in_year) - 8} more") + ".",
                  choices=[Choice("race", r.title, r.slug) for r in in_year[-5:][::-1]], kind="race")


def _classless_race(pw: Pitwall, p: Frame) -> Answer | None:
    if pw.results.class_names(p.race.id) != ["Overall"]:
        return None
    return Answer(NOT_FOUND, f"{p.race.title} had no classes: one classification for every car. "
                  f"Ask who won it, or about a position.", races=[p.race], kind="class")


def _not_stored_name(pw: Pitwall, p: Frame) -> Answer:
    what = p.unknown[0]
    names = [r.name for r in pw.drivers.resolve(what).suggestions]
    if re.search(rf"\b(at|of|in|won|win)\s+(the\s+)?{re.escape(what)}\b", p.text):
        return Answer(NOT_FOUND, f"No race, driver or team called “{as_written(what, p.raw)}” is stored. "
                      f"{stored_races_text(pw)}", suggestions=names)
    return Answer(NOT_FOUND, f"No driver or team called “{as_written(what, p.raw)}” is in the results"
                  f"{' of ' + p.race.title if p.race_named else ''}.", suggestions=names)


def _no_times_printed(pw: Pitwall, p: Frame) -> Answer | None:
    """ "how many seconds did Bobbi and Biagi win by?" where the article prints no times: never laps instead."""
    field = pw.results.race_entries(p.race.id)
    if not asks_time_gap(p.text) or any(e.time and clock_seconds(e.time) for e in field):
        return None
    return no_time_gap(p.race, [], field)


# what a table may print after all: a NASCAR table's "Winnings", an Indy 500 box score's "Laps Led"
_PRINTED_SOMETIMES = {"prize money": ("winnings", "prize", "purse", "money"),
                      "pit stops, laps led or incidents": ("led",), "who led which laps": ("led",)}


_TERSE_FILLER = frozenset("who whose what which had has have got get the a his her their its in at of for was were is "
                          "did do does s total amount how much many".split())
_WINNER_SAID = frozenset("winner winners".split())
_MOST_SAID = frozenset("most highest biggest top largest greatest max".split())
_LEAST_SAID = frozenset("least fewest lowest smallest min".split())


def _column_said_tersely(pw: Pitwall, p: Frame, column: str) -> Answer | None:
    """ "most laps led indy 500 2011?", "jimmie johnson winnings at the aarons 499?": a printed column said with
    nothing else but one subject or "most"/"fewest", read as the full question would be (None otherwise)."""
    words = set(fold(column).split())
    free = {w for i, w in enumerate(p.words) if i not in p.used} - _TERSE_FILLER - words - {
        "led", "lead", "money", "winnings", "won", "win", "prize", "make", "made", "earn", "earned", "pocket",
        "pocketed", "take", "took", "home", "that", "this"}
    most, least = free & _MOST_SAID, free & _LEAST_SAID
    won = free & _WINNER_SAID  # "how much did the winner take home": the winning car's
    winner = pw.results.entry_at(p.race.id, 1) if won and not p.subjects else None
    free -= won
    if free - most - least or (most and least) or len(p.drivers) + len(p.cars) + len(p.teams) > 1 or (
            won and winner is None):
        return None
    subject = p.drivers[0].name if p.drivers else f"#{p.cars[0]}" if p.cars else None
    if winner is not None:
        subject = winner.drivers[0] if winner.drivers else f"#{winner.car_number}"
    if subject is not None and not (most or least):
        asked = f"what were {subject}'s {column.lower()} at the {p.race.title}"
    elif subject is None and (most or least):
        asked = f"who had the {'most' if most else 'fewest'} {column.lower()} in the {p.race.title}"
    else:
        return None
    frame = parse_question(pw, asked)
    return _composed(pw, frame) if isinstance(frame, Frame) else None


def _one_car_in_races(p: Frame) -> bool:
    """ "the #16 pescarolo at estoril 03 compared to monza 03": one car (its number and its team or driver) in
    several races, compared with itself, not two subjects."""
    return bool(p.other_races) and len(p.cars) == 1 and len(p.drivers) + len(p.teams) == 1


def _not_recorded(pw: Pitwall, p: Frame) -> Answer | None:
    topic = _not_in_results(p)
    if topic and not p.subjects and p.race is not None and not p.race_candidates[1:]:
        listed = _statistic_said(pw, p)
        if listed is not None:
            return listed  # "what was the weather like for the targa in 1970": its statistics print the weather
    printed = _PRINTED_SOMETIMES.get(topic or "", ())
    columns = [h for h in extra_columns(pw.results.race_entries(p.race.id)) if set(fold(h).split()) & set(printed)] \
        if printed and (topic != "pit stops, laps led or incidents" or p.has("led", "lead", "laps led", "led the most")) \
        else []
    made = _composed(pw, p) if columns else None
    if columns and (made is None or made.status != ANSWERED or not any(fold(h) in fold(made.summary) for h in columns)):
        made = _column_said_tersely(pw, p, columns[0]) or made
    if made is not None and made.status == ANSWERED and any(fold(h) in fold(made.summary) for h in columns):
        return made  # the race's table prints it ("Winnings", "Laps Led"): read as that column, or declined
    if columns:
        return Answer(UNSUPPORTED, f"The results of the {p.race.title} print {and_list(columns)}, but I couldn't tell "
                      f"whose you mean: name the driver or car (“what were X's {columns[0].lower()}?”).", races=[p.race])
    return Answer(UNSUPPORTED, f"Race results don't record {topic}, so I can't answer that. " + HELP) if topic else None


def _statistic_said(pw: Pitwall, p: Frame) -> Answer | None:
    """A line of the race's statistics (beyond pole, fastest lap and speed) whose label the question says: "Weather
    conditions: Sunny, dry, clear skies"."""
    for kind, s in pw.results.race_details(p.race.id)["stats"].items():
        if kind in ("pole", "fastest_lap", "average_speed", "distance") or not s.get("value"):
            continue
        label = [w for w in fold(s["label"]).split() if len(w) > 3]
        weather = "weather" in kind and set(p.text.split()) & {"weather", "rain", "raining", "rained", "wet", "dry",
                                                                "sunny", "conditions"}
        if label and label[0] in p.text.split() or weather:
            return Answer(ANSWERED, f"{s['label']} at the {p.race.title} (from its statistics): {s['value']}.",
                          races=[p.race], kind="stat")
    return None


def _makes_as_cars(pw: Pitwall, p: Frame) -> None:
    """"did the Mosler beat the TVR in GTO?": each make's best-placed car stands for it, when it had one there; a make
    whose models are named beside it ("which marcos lasted longer, the mantis or the mantara") is those models."""
    field = pw.results.race_entries(p.race.id)
    of = {(make, role): {e.id for e in field if (not p.classes or e.class_name in p.classes) and has_make(e, make, role)}
          for make, role in p.makes}
    for make, role in p.makes:
        cars = [e for e in field if e.id in of[(make, role)]]
        if any(k != (make, role) and ids and ids < of[(make, role)] for k, ids in of.items()):
            continue  # the brand of models named beside it
        if cars and min(cars, key=rank_key).car_number not in p.cars:
            p.cars.append(min(cars, key=rank_key).car_number)
            p.name_at(f"#{p.cars[-1]}", *p.named_at.get(make, (len(p.words), len(p.words))))
    if len(set(p.cars)) < 2:
        p.cars.clear()


def _make_pair_as_cars(pw: Pitwall, p: Frame) -> None:
    """ "gap between the ferraris at the flag?", "which of the two porsches finished higher?": a make (in a class, where
    one is named) with just two cars in the race is those two cars, compared."""
    make, role = p.makes[0]
    cars = [e for e in pw.results.race_entries(p.race.id) if has_make(e, make, role) and e.car_number and
            (not p.classes or e.class_name in p.classes)]
    if len(cars) == 2 and len({e.car_number for e in cars}) == 2:
        for e in cars:
            p.cars.append(e.car_number)
            p.name_at(f"#{e.car_number}", *p.named_at.get(make, (len(p.words), len(p.words))))


# "the car that qualified 3rd", "started 1st": a place on the grid, which no finishing-order reading answers
_GRID_PLACE = re.compile(r"\b(?:qualified|started|starting|lined up|grid(?: position| slot| spot)?)\s+(?:in\s+|from\s+|"
                         r"on\s+|at\s+)?(?:p\s?)?(?:\d{1,2}(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")\b")


def _non_make(pw: Pitwall, p: Frame) -> Answer | None:
    """ "who was the first non-Fiat?": the first of the cars of other makes (a first place is then theirs, not the
    race's)."""
    if p.positions == [1] and p.has("first", "1st", "top", "highest", "best"):
        p.positions.clear()
    return None if p.positions else filtered(pw, p)


# "did the gto winner beat one of the sr2 prototypes?", "was #122 ahead of any gt cup car": beat at least one of them
_ANY_OF_CLASS = re.compile(r"\b(?:beat|beaten|ahead of|in front of|outlast|outlasted|outran|faster than|quicker than|"
                           r"higher than)\s+(?:one of|any of|any|a single|at least one(?: of)?|some of)\s+(?:the\s+)?"
                           r"(?P<cls>[\w-]+(?:\s[\w-]+)??)\s+(?:cars?|prototypes?|entries|entry|runners?|ones?)\b")


def _any_of_class(pw: Pitwall, p: Frame) -> Answer | None:
    """ "did the gto winner actually beat one of the sr2 prototypes?": Yes where the car asked of finished ahead of at
    least one car of that class, with those it beat."""
    said = _ANY_OF_CLASS.search(p.text)
    target = next((c for c in p.classes if re.sub(r"[\s-]", "", fold(c)) == re.sub(r"[\s-]", "", said["cls"])),
                  None) if said else None
    if target is None or p.race is None or p.race_candidates[1:]:
        return None
    field = pw.results.race_entries(p.race.id)
    if p.subjects == 1:
        from data.ask.subjects import entries_for_subjects
        car = next((e for _n, es in entries_for_subjects(pw, p, p.race) for e in es if e.race.id == p.race.id), None)
    else:  # "the gto winner": the best placed car of the other class named
        own = [c for c in p.classes if c != target]
        if len(own) != 1 or p.subjects or not re.search(rf"\b{re.escape(fold(own[0]))}\s+(?:winner|winning car|class winner)\b",
                                                          p.text):
            return None
        car = min((e for e in field if e.class_name == own[0] and e.position), key=rank_key, default=None)
    if car is None:
        return None
    beaten = [e for e in field if e.class_name == target and e.id != car.id and rank_key(car) < rank_key(e)]
    listed = "; ".join(f"{e.car} ({e.place})" for e in beaten[:6])
    return Answer(ANSWERED, (f"Yes: {entry_who(car)} ({car.car}, {car.place}) finished ahead of {len(beaten)} {target} "
                             f"car{'s' if len(beaten) != 1 else ''}: {listed}." if beaten else
                             f"No: {entry_who(car)} ({car.car}, {car.place}) finished behind every {target} car.")
                  + f" ({p.race.title})", races=[p.race], entries=[car, *beaten[:6]], focus=[car], kind="yes_no")


def _make_against_car(pw: Pitwall, p: Frame) -> None:
    """ "how many laps ahead of the jaguar was #4?": the make's best-placed other car is the one compared with."""
    make, role = p.makes[0]
    theirs = {e.id for _n, es in entries_for_subjects(pw, p, p.race) for e in es}  # the subject's own car(s)
    cars = [e for e in pw.results.race_entries(p.race.id) if has_make(e, make, role) and e.car_number not in p.cars
            and e.id not in theirs and e.car_number and (not p.classes or e.class_name in p.classes)]
    if cars:
        p.cars.append(min(cars, key=rank_key).car_number)
        p.name_at(f"#{p.cars[-1]}", *p.named_at.get(make, (len(p.words), len(p.words))))


# "more laps than p3", "finished ahead of the winner": a place said as the other side of a comparison
# ("behind the winner" is read by the winner's role already)
_THAN_PLACE = re.compile(r"\b(?:than|ahead of|behind|beat|beaten by|in front of)\s+(?:the\s+)?(?:car\s+in\s+)?"
                         r"(p\d{1,2}|\d{1,2}(?:st|nd|rd|th)(?: place)?)(?!\w)")


# "the first gto car", "the 2nd placed sr2 entry", "the p3 car": a place said as a car
_PLACE_AS_CAR = re.compile(r"\bthe (?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|p\d{1,2})(?: placed| place)?"
                           r"(?: [\w-]+){0,2} (?:car|entry|finisher|bike)\b")
_MEASURED_AGAINST = ("down on", "behind", "ahead of", "in front of", "laps down", "gap to", "beat", "beaten by")


def _place_compared_as_car(pw: Pitwall, p: Frame) -> None:
    """ "the durango got NC but it did more laps than p3?", "how many laps was the first gto car down on the audi?": the
    car at the place said is one side, and a make with one car in the race is that car, so the two cars are
    compared."""
    than = _THAN_PLACE.search(p.text)
    place = int(re.search(r"\d+", than.group(1)).group(0)) if than else p.positions[0]
    field = pw.results.race_entries(p.race.id)
    at = [e for e in field if (e.class_position if p.classes and e.class_name in p.classes else e.position) == place
          and (not p.classes or e.class_name in p.classes)]
    if len(at) != 1 or not at[0].car_number:
        return
    if at[0].car_number not in p.cars:
        p.cars.append(at[0].car_number)
        p.name_at(f"#{at[0].car_number}", len(p.words), len(p.words))
    if place in p.positions:
        p.positions.remove(place)
    _make_with_one_car(pw, p)


# "the 3rd racing for holland dome", "the second audi": one of a team's or make's cars, counted, not a finishing place
_NTH_OF = re.compile(r"\bthe (?:(\d)(?:st|nd|rd|th)|(first|second|third|fourth|fifth)) (?!(?:place|placed|position|row|"
                     r"fastest|best|quickest|highest|lowest|driver|drivers|rider|riders|co|man|guy|person|name|member|"
                     r"lap|laps|race|races|round|stage|hour|hours|time|one|car|cars|entry|class)\b)[a-z]")
_NTH_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}


def _nth_of_team(pw: Pitwall, p: Frame) -> Answer | None:
    """ "how did the 3rd racing for holland dome do?" where the team ran two: there is no third one; where it ran
    enough, which car is "the 3rd" is not said by the results, so its number is asked for."""
    said = _NTH_OF.search(p.text)
    n = int(said.group(1)) if said.group(1) else _NTH_WORDS[said.group(2)]
    field = pw.results.race_entries(p.race.id)
    cars = [e for e in field if any(fold(t.name) == fold(e.team) for t in p.teams) or any(
        has_make(e, make, role) for make, role in p.makes)]
    who = p.teams[0].name if p.teams else p.makes[0][0]
    if not cars or n <= 1:
        return None
    if n > len(cars):
        return Answer(NOT_FOUND, f"{who} ran {plural(len(cars), 'car')} in the {p.race.title}, so there is no "
                      f"{ordinal(n)} one: " + "; ".join(e.listed for e in cars) + ".", races=[p.race])
    return Answer(UNSUPPORTED, f"The results don't number {who}'s cars, so I can't tell which is the {ordinal(n)}: "
                  + "; ".join(e.listed for e in cars) + ". Ask by car number.", races=[p.race])


# "who ended up winning the 03 fia sportscar championship": the season's title, not one of its races
_TITLE_ASKED = re.compile(r"\b(?:won|win|winning|winner|winners|champion|champions|took|clinched|claimed)\b.*"
                          r"\b(?:championship|title|series)\b(?!\s+(?:round|race|races|event|class|leg)\b)")


def _season_title(pw: Pitwall, p: Frame) -> Answer | None:
    """A championship's winner asked for: race results do not record standings; its stored races are named."""
    own = race_lookup(pw).words
    if unknown_words(p) or any(i not in p.series_words and (w in own or len(w) >= 4 and not known_word(w) and any(
            d <= 1 for d in pw.race_index.word_matches(w).values())) for i, w in enumerate(p.words)):
        return None  # "who won estoril in the 2003 fia sportscar championship?", "... nürbugring": a race of it, named
    of_series = race_lookup(pw).by_series.get(p.series, set())  # the championship's races, indexed once per store
    races = [r for r in pw.results.races() if r.id in of_series]
    listed = "; ".join(r.title for r in races[:6])
    return Answer(UNSUPPORTED, f"Race results don't record who won the {p.series} as a championship (its points and "
                  f"standings), only each race's result" + (f": stored races of it are {listed}." if listed else ".")
                  + " Ask who won one of them.", races=races[:1])


def _class_bests_as_cars(pw: Pitwall, p: Frame) -> None:
    """ "was the top sr2 car in front of the top gto car?": each class's best placed car, compared as two cars."""
    field = pw.results.race_entries(p.race.id)
    bests = [min((e for e in field if e.class_name == c and e.position), key=rank_key, default=None) for c in p.classes]
    if any(b is None or not b.car_number for b in bests):
        return
    for k, (b, c) in enumerate(zip(bests, p.classes)):
        p.cars.append(b.car_number)
        p.name_at(f"#{b.car_number}", *p.named_at.get(c, (len(p.words) + k, len(p.words) + k)))
    p.classes.clear()


def _make_with_one_car(pw: Pitwall, p: Frame) -> None:
    """"did the Pescarolo finish ahead of the Audi?": a make with one car in the race is that car."""
    for make, role in p.makes:
        cars = [e for e in pw.results.race_entries(p.race.id) if has_make(e, make, role)]
        if len(cars) == 1 and cars[0].car_number not in p.cars:
            p.cars.append(cars[0].car_number)
            p.name_at(f"#{p.cars[-1]}", *p.named_at.get(make, (len(p.words), len(p.words))))


_FASTEST_LAP_HOLDERS = ("fastest lap setter", "fastest lap guy", "fastest lap man", "fastest lap driver",
                        "fastest lap holder", "fl guy", "fl setter")
_STAT_HOLDERS = ("pole sitter", "polesitter", "pole man", "poleman", "car on pole", "pole guy", "guy on pole",
                 *_FASTEST_LAP_HOLDERS)


def _stat_holder_as_car(pw: Pitwall, p: Frame) -> None:
    """"did the pole sitter win?": the statistic's car is the subject (only the words that say so are used:
    "on the lead lap" later in the question is still a condition)."""
    kind = "fastest_lap" if p.has(*_FASTEST_LAP_HOLDERS) else "pole"
    s = pw.results.race_details(p.race.id)["stats"].get(kind)
    if s and s["car_number"]:
        p.cars.append(s["car_number"])
        for phrase in _STAT_HOLDERS:
            words = phrase.split()
            at = next((i for i in range(len(p.words) - len(words) + 1) if p.words[i:i + len(words)] == words), None)
            if at is not None:
                p.used |= set(range(at, at + len(words)))
                break


def _first_out(pw: Pitwall, p: Frame) -> Answer | None:
    p.positions = []  # "who retired first": the retirement with the fewest laps, not P1
    return filtered(pw, p)


def _unknown_word(pw: Pitwall, p: Frame) -> Answer:
    # "silverstone british gt 2003 who won gto": a word nothing here knows; never another race's answer
    unknown = unknown_words(p)
    return Answer(UNSUPPORTED, f"I don't know “{' '.join(unknown)}” in the results"
                  f"{' of the ' + p.race.title if p.race_named else ''}, so I won't guess. " + HELP,
                  races=[p.race] if p.race_named else [])


def _not_understood(pw: Pitwall, p: Frame) -> Answer:
    return Answer(UNSUPPORTED, "I can't answer that from the race results. " + HELP)


def _no_such_name(pw: Pitwall, p: Frame) -> Answer:
    return Answer(NOT_FOUND, f"No driver or team called “{as_written(p.unknown[0], p.raw)}” is in the results"
                  f"{' of the ' + p.race.title if p.race_named else ''}.", races=[p.race] if p.race_named else [])


def _race_but_not_what(pw: Pitwall, p: Frame) -> Answer:
    # the race is clear, what is asked of it is not: never a summary passed off as the answer
    return Answer(UNSUPPORTED, f"I understood you mean the {p.race.title}, but not what you asked about it. "
                  + HELP, races=[p.race])


def _only_once(p: Frame) -> bool:
    return len(p.race_candidates) <= 1


# ---------------------------------------------------------------------------------------------------------
# Every kind of question, in the order tried. The first entry whose words and slots fit, and whose answer
# is not None, answers; "fill" entries only complete the frame (a make as the car that stands for it...)
# for the entries after them. Adding a kind of question is adding one entry here.
# ---------------------------------------------------------------------------------------------------------

WIN_WORDS = ("won", "win", "wins", "victories", "winner", "winners", "successful", "dominant")
CO_DRIVER_WORDS = ("co driver", "co drivers", "codriver", "codrivers", "teammate", "teammates", "team mate",
                   "team mates", "partner", "partners")

INTENTS: tuple[Intent, ...] = (
    Intent("a count in each race", "which had more classified finishers, brno or dijon?", counts_compared,
           requires=("races",), when=lambda p: count_asked_of_races(p.raw) is not None),
    Intent("two places on one lap", "were 3rd and 4th on the same lap?", places_on_one_lap,
           when=lambda p: PLACES_SAME_LAP.search(p.raw) is not None),
    Intent("pole and fastest lap by one car", "pole and fl same car?", pole_and_fastest_lap,
           when=lambda p: POLE_AND_FASTEST_LAP.search(p.raw) is not None),
    Intent("rookies", "best placed rookie at the 2011 indy 500? how many rookies?", rookie_answer,
           allows=NO_SUBJECT, signals=(ROOKIE_WORDS,)),
    Intent("engines by size, layout or turbo", "any v12s? turbo engined cars? biggest engine?", engine_spec_answer,
           allows=NO_SUBJECT, when=asks_engine_spec),
    Intent("the only car of a make", "was the winning audi the only audi?", only_of_make,
           when=lambda p: ONLY_OF_MAKE.search(p.raw) is not None and yes_no(p)),
    Intent("placed between two", "was anything between the two moslers? who finished between #122 and #133?",
           placed_between, when=lambda p: BETWEEN_TWO.search(p.raw) is not None),
    Intent("opinion or what-if", "who's the better driver? would X have won if...?",
           lambda pw, p: _not_recorded(pw, p) if _not_in_results(p) in _NEVER_IN_RESULTS else None, kind=DECLINE),
    Intent("formula1", "who was champion in 2008? hamilton vs massa 2008", f1_answer),
    Intent("round of the race", "was spa 2003 round 6 of the fia sportscar championship?", round_of_race,
           allows=NO_SUBJECT, when=lambda p: p.race_named),
    Intent("round of a season", "who won round 4 of the 2002 fia sportscar championship?", round_of_season,
           kind=DECLINE),  # picks the race its article says was that round, or declines
    Intent("race not stored", "who won the 2005 indianapolis 500?",
           lambda pw, p: race_named_after_year(pw, p) or year_not_stored(pw, p) or place_and_year_not_stored(pw, p)
           or race_descriptor_missing(pw, p) or grand_prix_not_stored(pw, p)
           or race_name_qualified(pw, p) or races_run_together(pw, p)
           or numbered_event(pw, p),
           kind=DECLINE),
    Intent("a season's title", "who won the 2003 fia sportscar championship?", _season_title,
           when=lambda p: p.series is not None and _TITLE_ASKED.search(p.text) is not None and not re.search(
               r"\b(?:round|rounds|race|races|event|leg|at|class|classes)\b", p.text), kind=DECLINE),
    Intent("class not in the race", "who won LMP675?", _no_class_there, requires=("unknown_class",),
           allows=NO_SUBJECT, kind=DECLINE),
    Intent("several races fit", "who won at spa? (when two Spa races are stored)", several_races),
    Intent("series as its classes", "the british gt race at spa", _series_as_classes, requires=("series",),
           allows=ANY - {"class"}, unless=("races", "rounds", "events"),
           when=lambda p: _only_once(p) and not IN_ORDER.search(p.text), kind=FILL),
    Intent("which race of the year", "who won canada 2008", _which_race_of_the_year, allows=NO_SUBJECT,
           when=lambda p: p.race_by_year_only and len(p.race_candidates) != 1 and bool(_year_unknowns(p)),
           kind=DECLINE),
    Intent("class asked of a classless race", "who won gt at the 2008 canadian gp?", _classless_race,
           requires=("class", "race"), when=_only_once, kind=DECLINE),
    Intent("which person", "how many points did hamilton score? (two Hamiltons)", lambda pw, p: p.ambiguous[0],
           requires=("ambiguous",), kind=DECLINE),  # beside someone else too: "fittipaldi beat hunt by how much"
    Intent("pole against fastest lap", "how much slower was the fastest lap than pole?", pole_against_fastest_lap,
           allows=NO_SUBJECT, when=lambda p: p.race is not None, signals=(("pole", "pole position", "pole time"),
                                         ("fastest lap", "quickest lap", "best lap"),
                                         ("difference", "slower", "faster", "quicker", "gap", "between", "how much",
                                          "margin", "off"))),
    Intent("times not printed", "how many seconds did bobbi and biagi win by?", _no_times_printed,
           when=lambda p: p.race_named, kind=DECLINE),
    Intent("makes not printed", "which cars were reynards? (where the article prints no chassis)",
           lambda pw, p: make_not_printed(p.race, pw.results.race_entries(p.race.id), p.makes), requires=("make",),
           when=lambda p: p.race is not None and _only_once(p), kind=DECLINE),
    Intent("a make left out", "who was the first non-fiat? how many non-audi cars finished?", _non_make,
           requires=("make", "race"), allows=NO_SUBJECT, when=lambda p: bool(makes_left_out(p))),
    Intent("name not stored", "how did johnny herbert do?", _not_stored_name, requires=("unknown",),
           allows=NO_SUBJECT, kind=DECLINE),
    Intent("a word not known", "silverstone british gt 2003 who won gto", _unknown_word,
           when=lambda p: bool(unknown_words(p)), kind=DECLINE),
    Intent("a place compared as its car", "did the durango do more laps than p3? the first gto car down on the audi?",
           _place_compared_as_car,
           when=lambda p: p.race is not None and not p.race_candidates[1:] and (
               bool(p.subjects or p.makes) and _THAN_PLACE.search(p.text) is not None
               or len(p.positions) == 1 and p.subjects + len(p.makes) <= 1 and _PLACE_AS_CAR.search(p.text) is not None
               and p.has(*_MEASURED_AGAINST)), kind=FILL),
    Intent("the best of two classes as cars", "was the top sr2 car in front of the top gto car?", _class_bests_as_cars,
           requires=("class",), allows=ANY - {"driver", "team"}, when=lambda p: len(p.classes) == 2 and p.race is not None
           and not p.race_candidates[1:] and p.has("best placed", "top", "first") and asks_compare(p), kind=FILL),
    Intent("a make's one car, its margin", "how many laps did the audi win by?", _make_with_one_car,
           requires=("make",), allows=NO_SUBJECT, when=lambda p: p.race is not None and not p.race_candidates[1:] and
           p.has("win by", "won by", "winning margin", "margin of victory"), kind=FILL),
    Intent("one of a team's cars by ordinal", "how did the 3rd racing for holland dome do?", _nth_of_team,
           when=lambda p: bool(p.teams or p.makes) and p.race is not None and not p.race_candidates[1:] and
           _NTH_OF.search(p.text) is not None, kind=DECLINE),
    Intent("table operation", "how many drivers completed fewer than 50 laps? time gap between 1st and 3rd?",
           _composed, when=lambda p: not _GRID_PLACE.search(p.text) and not p.statuses_left_out and not p.has(
               "standings", "championship leader", "led the championship", "points leader", "lead the championship")),
    Intent("grid, points, places gained", "where did X start? who gained the most places?", _grid_points),
    Intent("not in results", "who led after the first hour? how much prize money?", _not_recorded, kind=DECLINE),
    Intent("usual co-drivers", "who was X's most frequent co-driver?", co_drivers, requires=("driver",),
           allows=ANY - {"car"}, signals=(CO_DRIVER_WORDS + ("share", "shared", "sharing", "drove with", "raced with"),
                                         ("most", "frequent", "often", "usual", "regular", "all", "every", "ever")),
           when=lambda p: len(p.drivers) == 1),
    Intent("career", "how many races did X win? X's first race?", career,
           when=lambda p: bool(p.drivers or p.teams) and asks_career(p)),
    Intent("stored races", "which races do you have?", stored_races, allows=NO_SUBJECT, when=_asks_stored_races),
    Intent("stored people", "how many drivers are in the database?", lambda pw, p: stored_people(pw),
           allows=NO_SUBJECT - {"race"}, signals=(("how many", "number of"), ("drivers", "teams", "people"), (
               "database", "stored", "in total", "altogether", "all races", "all the races", "across", "ever",
               "overall", "known"))),
    Intent("wins by make or country", "which make won the most races?", wins_by_make_or_country, allows=NO_SUBJECT,
           signals=(WIN_WORDS, ("most",), ("make", "makes", "manufacturer", "manufacturers", "marque", "brand",
                                           "chassis", "constructor", "nationality", "nationalities", "nation",
                                           "nations", "country", "countries"))),
    Intent("a make's wins", "how many races did audi win?", make_wins, requires=("make",), allows=NO_SUBJECT,
           signals=(WIN_WORDS, ("ever", "how many", "races", "wins", "victories", "all races", "in total",
                                "which races")),
           when=lambda p: not (p.race_named and not p.race_by_year_only and _only_once(p))),
    Intent("most wins", "who won the most races?", most_wins, allows=NO_SUBJECT,
           signals=(("most", "most often"), WIN_WORDS + ("podium", "podiums"))),
    Intent("most entries", "who raced the most?", most_entries, allows=NO_SUBJECT - {"race"},
           signals=(("most",), ("entries", "raced", "races", "starts", "appearances", "entered")),
           unless=("class", "classes", "category", "categories")),  # "which class had the most entries?"
    Intent("team with most cars", "which team had the most cars?", team_with_most_cars, allows=NO_SUBJECT,
           signals=(("most", "biggest", "largest"), ("cars", "entries"), ("team", "teams"))),
    Intent("classes ranked", "which class had the most cars? cars per class (of the classes named)", classes_ranked,
           allows=NO_SUBJECT - {"position"}, signals=(("class", "classes", "category", "categories"),),
           when=lambda p: (p.has("most", "fewest", "least", "biggest", "largest", "smallest", "busiest")
                           and not p.classes) or p.has("each class", "per class", "every class", "in each", "by class")
           and len(p.classes) != 1),
    Intent("most common value", "what was the most common engine?", most_common, allows=NO_SUBJECT,
           signals=(("most common", "most popular", "most used", "most frequent", "most numerous", "used the most",
                     "use the most", "listed the most", "appeared the most", "appears the most", "most often",
                     "most represented", "listed most"),)),
    Intent("teams with n cars", "which teams ran two cars?",
           lambda pw, p: teams_with_cars(pw, p, CAR_COUNT.search(p.text) or CAR_COUNT_OF.search(p.text)),
           allows=NO_SUBJECT, unless=("how many cars",), when=lambda p: CAR_COUNT.search(p.text) is not None or (
               bool(p.makes or p.classes) and CAR_COUNT_OF.search(p.text) is not None)),
    Intent("nationalities", "how many nationalities were represented?", nationalities,
           allows=NO_SUBJECT - {"country"}, signals=(("nationalities", "countries", "nations"),
                                                      ("how many", "which", "what", "list", "number of",
                                                       "represented"))),
    Intent("winners of several races", "who won at brno and dijon?", year_winners, requires=("races",),
           allows=NO_SUBJECT, signals=(("won", "win", "winner", "winners"),),
           unless=("raced", "drove", "took part", "competed", "entered")),
    Intent("drivers in every race", "which drivers raced at both brno and dijon?", drivers_in_all,
           requires=("races",), allows=NO_SUBJECT, signals=(("both", "and", "all"),)),
    Intent("winners of the year's races", "who won the 2003 races?", year_winners, allows=NO_SUBJECT,
           signals=(("races", "all races", "each race", "every race"), ("won", "win", "winner", "winners", "winning",
                                                                        "margin", "margins")),
           unless=("most",), when=lambda p: p.race_by_year_only or len(p.race_candidates) > 1),
    Intent("makes as their cars", "did the mosler beat the tvr in gto?", _makes_as_cars, allows=NO_SUBJECT,
           when=lambda p: len(p.makes) >= 2 and asks_compare(p), kind=FILL),
    Intent("a make's two cars as those cars", "gap between the ferraris?", _make_pair_as_cars, allows=NO_SUBJECT,
           when=lambda p: len(p.makes) == 1 and not p.subjects and not p.race_candidates[1:] and asks_compare(p) and
           re.search(r"\b(?:the two|both|the)\s+(?:\w+\s+)?\w+s\b|\bbetween the\b", p.text) is not None, kind=FILL),
    Intent("a car against a make", "how many laps ahead of the jaguar was #4?", _make_against_car,
           when=lambda p: len(p.makes) == 1 and p.subjects == 1 and not p.has("winning", "winner", "won") and (
               asks_compare(p) or p.has("behind the", "down on", "laps down", "laps behind", "gap to the",
                                        "ahead of the")),
           kind=FILL),
    Intent("a make with one car as that car", "did the pescarolo finish ahead of the audi? did the audi have pole?",
           _make_with_one_car, requires=("make",), when=lambda p: p.subjects > 0 and asks_compare(p) or (
               not p.subjects and yes_no(p) and p.has("pole", "pole position", "fastest lap") and not p.classes),
           kind=FILL),
    Intent("pole sitter as a car", "did the pole sitter win?", _stat_holder_as_car, allows=NO_SUBJECT,
           signals=(_STAT_HOLDERS,
                    ("win", "won", "finish", "finished", "laps", "drivers", "driver", "drove", "place", "position",
                     "team", "retire", "retired", "classified", "podium", "engine", "chassis", "car", "tyres", "tires",
                     "nationality", "co-driver", "co driver", "codriver", "run", "ran", "running", "class")), kind=FILL),
    Intent("one-two finish", "was it a Fiat 1-2-3? a Racing for Holland 1-2?", _one_two, requires=("race",),
           when=lambda p: _ONE_TWO.search(p.raw) is not None and bool(p.makes or p.teams)),
    Intent("a car against any car of a class", "did the gto winner beat one of the sr2 prototypes?", _any_of_class,
           when=lambda p: bool(p.classes) and _ANY_OF_CLASS.search(p.text) is not None),
    Intent("laps between two", "how many laps behind #25 was #16?", laps_between, when=lambda p: p.subjects == 2),
    Intent("compare", "did X finish ahead of Y? X or Y?", compare,
           when=lambda p: p.subjects >= 2 and not _one_car_in_races(p) and (asks_compare(p) or p.subjects == 2 and not p.has(
               "happened", "who was in", "who were in", "who drove", "who was driving", "who were driving") and (
               p.has("or") or not p.unparsed and not asks_aspect(p)))),
    Intent("shared a car", "did X and Y drive together?", shared_cars, requires=("driver",),
           allows=ANY - {"car", "team"}, signals=(("with", "together", "share", "shared") + CO_DRIVER_WORDS,),
           when=lambda p: len(p.drivers) == 2 and (yes_no(p) or p.has("together", "shared")) and not p.positions
           and not re.search(r"\b(who|whos|which|what|whats|how)\b", p.text)),  # "who were X and Y's co-drivers?": each's
    Intent("each driver", "how did X and Y do?", each_driver, requires=("driver",), allows=ANY - {"car", "team"},
           when=lambda p: len(p.drivers) >= 2),
    Intent("each car", "who drove #2 and #57? how did #8 and #9 do?", each_driver, requires=("car",),
           allows=ANY - {"driver", "team"}, when=lambda p: len(p.cars) >= 2 and (p.has(
               "who", "how did", "how were", "what happened", "drivers", "drove") or asks_aspect(p))),
    Intent("each team", "how did the pir cars do? (two teams named PiR)", each_driver, requires=("team",),
           allows=ANY - {"driver", "car"}, when=lambda p: len(p.teams) >= 2 and not (p.drivers or p.cars) and (p.has(
               "how did", "how were", "what happened", "drivers", "drove", "results", "result") or asks_aspect(p))),
    Intent("about a subject", "how did ugeux do? what car was #16? who drove for audi sport?", about_subject,
           when=lambda p: p.subjects > 0),
    Intent("statistic", "who took pole? fastest lap? how long was the race?", stat_answer),
    Intent("within laps of the winner", "who finished within 5 laps of the winner?",
           lambda pw, p: within_laps(pw, p, LAPS_OF_WINNER.search(p.text)), allows=NO_SUBJECT,
           when=lambda p: LAPS_OF_WINNER.search(p.text) is not None),
    Intent("first out", "who retired first?", _first_out, signals=(("first", "earliest", "last"),),
           when=lambda p: status_filter(p) in (["DNF"], ["NC"], ["DSQ"]) and p.positions in ([], [1])),
    Intent("by position", "who won GTO? who was 4th? the bottom 3", by_position,
           when=lambda p: bool(p.positions or p.bottom) or p.has(
               "last", "winner", "winners", "won", "win", "wins", "victory", "victorious", "winning", "victor",
               "victors")),
    Intent("words left over", "", _not_understood,
           when=lambda p: bool(p.unparsed) and (not _listing_intent(p) or _group_left_over(p)),
           kind=DECLINE),
    Intent("listing", "which porsches retired? how many cars finished in GT?", filtered),
    Intent("no such name", "", _no_such_name, requires=("unknown",), kind=DECLINE),
    Intent("race summary", "spa 2003 results", lambda pw, p: pw.race_answer(p.race),
           when=lambda p: p.has(*_SUMMARY_CUES) or (p.race_named and not content_left(p))),
    Intent("race but not what", "", _race_but_not_what, requires=("race",), kind=DECLINE),
)


def plan(pw: Pitwall, p: Frame) -> Answer:
    """The answer of the first intent in ``INTENTS`` that fits the frame; an honest decline if none does."""
    if p.race is None:
        return Answer(NOT_FOUND, "No races are stored yet: add one with 'pitwall ingest'.")
    for intent in INTENTS:
        if not intent.fits(p):
            continue
        answer = intent.answer(pw, p)
        if answer is not None and intent.kind != FILL:
            p.intent = intent.name
            return answer
    return _not_understood(pw, p)
