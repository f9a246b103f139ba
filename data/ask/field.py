"""Answers about a race's field: who finished where, filtered lists (status, class, make, country),
superlatives, yes/no over the field, and the race's statistics (pole, fastest lap, distance)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
from dataclasses import replace
import re
from collections.abc import Callable

from data.answers import (ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, EntryView, RaceRef,
                          ordinal, plural)
from data.countries import COUNTRIES
from data.folding import fold
from data.ask.linking import IN_ORDER
from data.ask.frame import Frame
from data.ask.helpers import and_list, classifies_every_car, clock_seconds, entry_who, finished, has_make, missing_column, rank_key, yes_no

from data.ask.helpers import HELP
from data.ask.race_guards import ROUND_SAID
from data.ask.subjects import about_subject, aspect_lead
from data.ask.table_ops import asks_time_gap, time_gap_or_decline
from data.ask.status import COUNTED_IN, has_status, status_filter, status_yes_no
if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall


log = logging.getLogger(__name__)


_STAT_WORDS = ("percent", "percentage", "rule", "required", "minimum", "pole", "qualifying", "qualified", "fastest",
               "round", "total laps", "laps in total", "laps were there", "laps is the race", "laps in the race",
               "laps long", "how many laps was the race", "how many laps were", "how many laps did the race",
               "quickest", "best lap", "lap record", "speed", "km h", "mph", "distance", "how long", "how far", "length",
               "when", "date", "what day", "which day", "what year", "circuit", "track", "venue", "where was",
               "where is", "hosted", "held", "championship", "championships", "series", "season", "part of",
               "classes", "needed to be classified", "where did the race")


_SEASON_END = re.compile(r"(?:\s+season)?\s*$")


_TITLE_DISTANCE = re.compile(r"\b\d+(?:[.,]\d+)?\s?(?:km|kilometres|kilometers|miles|mi|hours|hour|h)\b", re.I)


def pole_against_fastest_lap(pw: Pitwall, p: Frame) -> Answer | None:
    """ "how much slower was the fastest lap than the pole time?": the two times the article gives, subtracted."""
    race = p.race
    stats = pw.results.race_details(race.id)["stats"]
    pole, fastest = stats.get("pole"), stats.get("fastest_lap")
    if not (pole and fastest and pole["value"] and fastest["value"]):
        return Answer(UNSUPPORTED, f"The article for {race.title} does not give both a pole time and a fastest lap "
                      "time, so I can't compare them.", races=[race], kind="stat")
    a, b = clock_seconds(pole["value"]), clock_seconds(fastest["value"])
    if a is None or b is None:
        return None
    diff = b[0] - a[0]
    word = "slower" if diff > 0 else "faster"
    return Answer(ANSWERED, f"The fastest lap ({fastest['value']}) was {abs(diff):.{max(a[1], b[1])}f} seconds {word} "
                  f"than the pole time ({pole['value']}) in the {race.title}.", races=[race], kind="stat")


def stat_answer(pw: Pitwall, p: Frame) -> Answer | None:
    if not p.has(*_STAT_WORDS):
        return None  # most questions are not about statistics: no need to load them
    if status_filter(p) in (["DNQ"], ["DNPQ"]):
        return None  # "who didn't make it through pre-qualifying?": the cars that did not, not the pole
    if yes_no(p) and p.has("winner", "won", "win", "winning"):
        return None  # "was the winner on pole?": a question about the winner's car
    race = p.race
    d = pw.results.race_details(race.id)
    stats = d["stats"]

    def stat(kind: str, what: str) -> Answer:
        s = stats.get(kind)
        if not s:
            return Answer(UNSUPPORTED, f"The article for {race.title} gives no {what}, so I can't say.", races=[race])
        car, note, entries = "", "", []
        if s["car_number"]:
            entries = pw.results.car_entries(race.id, s["car_number"])
            crew = f" ({', '.join(entries[0].drivers)})" if entries else ""
            team = entries[0].team if entries and entries[0].team else s["team"] or ""  # the results' own name
            car = f" by #{s['car_number']} {team}{crew}".rstrip()
            if p.classes and entries and entries[0].class_name not in p.classes:
                # "the fastest lap in SR2": the article gives the race's only, by a car of another class
                return Answer(UNSUPPORTED, f"The article gives only the race's {what}{car} ({entries[0].class_name})"
                              f"{': ' + s['value'] if s['value'] else ''}, none for {'/'.join(p.classes)}.",
                              races=[race], kind="stat")
        value = f": {s['value']}" if s["value"] else ""
        # "which class was the fastest?": the class of the car that set it, said first
        lead = f"{entries[0].class_name}: " if entries and entries[0].class_name and p.has(
            "which class", "what class", "which category", "what category") else ""
        # the car that set it is what "they" means next ("who was on pole?" then "how did they get on?")
        return Answer(ANSWERED, f"{lead}{s['label']} in {race.title}{car}{value}.{note}", races=[race], kind="stat",
                      focus=entries[:1] if s["car_number"] and entries else [])

    if p.has("percent", "percentage", "rule", "needed to be classified", "required", "minimum") and p.has(
            "classified", "classification", "rule", "distance", "percent", "percentage"):
        rule = d["rule"]
        return Answer(ANSWERED if rule else UNSUPPORTED, f"In {race.title}, cars failing to complete {rule} of the winner's distance were not "
                      f"classified (NC)." if rule else f"The article for {race.title} states no classification rule.",
                      races=[race], kind="stat")
    if p.has("pole", "pole position") and p.has("fastest lap", "quickest lap", "best lap"):
        # "who had pole and fastest lap?": both, or the one the article lacks declined
        both = [stat("pole", "pole position"), stat("fastest_lap", "fastest lap")]
        missing = next((a for a in both if a.status != ANSWERED), None)
        if missing is None and yes_no(p) and stats["pole"]["car_number"] and stats["fastest_lap"]["car_number"]:
            # "was the pole sitter also fl?": whether one car set both
            same = stats["pole"]["car_number"] == stats["fastest_lap"]["car_number"]
            return Answer(ANSWERED, f"{'Yes' if same else 'No'}: " + " ".join(a.summary for a in both), races=[race],
                          kind="yes_no")
        return missing or Answer(ANSWERED, " ".join(a.summary for a in both), races=[race], kind="stat")
    if p.has("pole", "pole position", "qualifying", "qualified"):
        if p.positions and p.positions != [1] and not p.has("pole", "pole position"):
            # "who qualified p2?" where the article gives the pole alone: not the pole sitter
            return Answer(UNSUPPORTED, f"The results of the {race.title} print no qualifying order or grid, only the "
                          "pole position, so I can't say who qualified there.", races=[race], kind="stat")
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
    asks_result = p.has("won", "win", "wins", "winner", "winners", "finished", "podium", "results", "top", "margin",
                        "margins", "gap", "gaps", "best", "worst", "highest", "lowest", "placed") or bool(p.positions)
    if p.has("circuit", "track", "venue", "where was", "where is", "hosted", "where did the race", "held") \
            and not asks_result:  # "who won the race held at Spa?" asks for the winner
        return Answer(ANSWERED, f"{race.title} was held at {race.circuit or 'a circuit the article does not name'}.",
                      races=[race], kind="stat")
    in_order = IN_ORDER.search(p.text)
    if (p.has("which round", "what round", "round number", "round was", "round is") or re.search(
            r"\bround (?:of|in) the\b", p.text)) and not asks_result and not in_order:
        intro = pw.db.execute("SELECT intro FROM races WHERE id = ?", [race.id]).fetchone()[0] or ""
        said = [f"{'' if which.startswith('round') else 'the '}{which} of the {_SEASON_END.sub('', champ)}"
                for which, champ in ROUND_SAID.findall(intro)]
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


# what a place's car is asked for beyond who and what it was: its detail, answered as for a subject
_CAR_DETAIL_WORDS = ("engine", "engines", "engined", "chassis", "tyre", "tyres", "tire", "tires", "nationality",
                     "co driver", "co drivers", "codriver", "codrivers", "grid", "qualified", "qualify")


# "who finished right behind the gto winner?", "who was just ahead of p3?": the car beside a place, not that place
_PLACE_BESIDE = re.compile(r"\b(?:who|which|what)\b.*\b(?:right|just|directly|immediately)\s+"
                           r"(behind|after|ahead of|in front of|before)\b")


def _beside_place(p: Frame, entries: list[EntryView], classified: list[EntryView], key: Callable[[EntryView], int | None],
                  said: str) -> Answer | None:
    """The car that crossed the line right behind (or ahead of) the place named ("the gto winner": 1st in GTO),
    in the race's own order."""
    place = p.positions[0] if p.positions else 1  # "the gto winner": 1st of the class named
    target = next((e for e in classified if key(e) == place), None)
    if target is None:
        return None
    order = [e for e in entries if e.position is not None]
    k = next((i for i, e in enumerate(order) if e.id == target.id), -1)
    step = 1 if said in ("behind", "after") else -1
    race = target.race
    if k < 0 or not 0 <= k + step < len(order):
        return Answer(ANSWERED, f"Nobody finished {said} {entry_who(target)} ({target.place}) in the {race.title}.",
                      races=[race], entries=[target], kind="fact")
    other = order[k + step]
    return Answer(ANSWERED, f"{entry_who(other)} ({other.place}) finished right {said} {entry_who(target)} "
                  f"({target.place}) in the {race.title}.", races=[race], entries=[other], focus=[other], kind="fact")


def by_position(pw: Pitwall, p: Frame) -> Answer | None:
    race = p.race
    entries = pw.results.race_entries(race.id)
    if p.classes:
        pool_all = [e for e in entries if e.class_name in p.classes]
    else:
        pool_all = entries
    classified = [e for e in pool_all if e.classified]
    key = (lambda e: e.class_position) if p.classes else (lambda e: e.position)
    at = [e for e in classified if key(e) in p.positions] if len(p.positions) == 1 else []
    if len(at) == 1 and at[0].car_number and not p.subjects and p.has(*_CAR_DETAIL_WORDS) and not yes_no(p):
        # "what engine did the car in 2nd have?": the car at that place is the subject asked about
        return about_subject(pw, replace(p, cars=[at[0].car_number], positions=[]))
    beside = _PLACE_BESIDE.search(p.text)
    if beside and not p.subjects and not yes_no(p) and not re.search(
            r"\b(?:behind|after) the (?:overall |class )?winners?\b", p.text):  # the runner-up, read as 2nd
        if (len(p.positions) == 1 or p.has("winner") and not p.positions) and not (
                p.bottom or p.makes or p.tyres or p.countries or p.has("last", "in class", "in the class")):
            return _beside_place(p, entries, classified, key, beside.group(1))
        # "right behind the last classified car", "the 2nd pirelli car": a place this reading cannot pin down
        return Answer(UNSUPPORTED, f"I can't tell which place you mean the car {beside.group(1)} in the {race.title}; "
                      "name the car (its number) or its place.", races=[race])
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
        said = "; ".join(" ".join(filter(None, [e.car, f"({', '.join(e.drivers)}, {e.chassis})"])) + f" finished {e.place}"
                         for e in hits)
        every = p.has("all", "both", "every", "only", "sweep", "lockout", "lock out") and len(p.positions) > 1
        made = [fold(m).split()[0] for m, _r in p.makes]
        quantified = re.search(rf"\b(?:both|all|every|each)(?: of)?(?: the)? (?:{'|'.join(map(re.escape, made))})",
                               p.text) if made else None
        if quantified and not re.search(r"(?:\d|podium|places|positions|top)\s*$", p.text[:quantified.start()]):
            # "were both brawns on the podium?": every car of the make there, not every place taken by the make
            every_car = [e for e in entries if fits(e)]
            inside = [e for e in every_car if e in hits]
            return Answer(ANSWERED, f"{'Yes' if every_car and len(inside) == len(every_car) else 'No'}: "
                          f"{len(inside)} of the {len(every_car)} {what} cars finished {places}: " + "; ".join(
                              f"{e.car + ' ' if e.car else ''}({', '.join(e.drivers)}) {e.place}" for e in every_car)
                          + f" in {race.title}.",
                          races=[race], entries=every_car, focus=every_car, kind="yes_no")
        if every and len({key(e) for e in hits}) < len(p.positions):
            # "were the top 3 all fiats?", "mclaren 1-2?": every one of those places, not any of them
            return Answer(ANSWERED, f"No: {len(hits)} of the {len(p.positions)} cars {places} {'was' if len(hits) == 1 else 'were'}"
                          f" {what}" + (f": {said}" if hits else "") + f" in {race.title}.", races=[race], entries=hits,
                          kind="yes_no")
        if hits:
            lead = "Yes, all" if every else "Yes,"
            return Answer(ANSWERED, f"{lead} {plural(len(hits), what + ' car')} {places}: {said} in {race.title}.",
                          races=[race], entries=hits, kind="yes_no")
        best = min(pool, key=key) if pool else None
        return Answer(ANSWERED, f"No: no {what} car finished {places} in {race.title}" + (
            f"; the best placed was {best.car}, {best.place}." if best else "."),
            races=[race], entries=[best] if best else [], kind="yes_no")
    if p.positions and p.countries and not p.subjects and not p.makes:
        # "who was the bolivian on the podium?": the drivers of that nation among the cars at those places
        places = (f"in the top {max(p.positions)}" if p.positions == list(range(1, max(p.positions) + 1))
                  and len(p.positions) > 1 else "/".join(ordinal(n) for n in p.positions)) + where
        demonym = " or ".join(COUNTRIES[c].demonym for c in p.countries)
        hits = [e for e in classified if key(e) in p.positions and any(c in e.driver_countries for c in p.countries)]
        said = "; ".join(f"{and_list([d for d, c in zip(e.drivers, e.driver_countries) if c in p.countries])} "
                         f"({e.car}, {e.place})" for e in hits)
        return Answer(ANSWERED, f"{demonym} {places} in {race.title}: {said}." if hits else
                      f"No {demonym} driver finished {places} in {race.title}.", races=[race], entries=hits,
                      focus=hits, kind="list")
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
        if asks_time_gap(p.text) or ahead.laps is None or behind.laps is None:
            # "the winning margin in seconds", or a table with no laps (rallies): the times, never the laps
            return time_gap_or_decline(race, [ahead, behind], pw.results.race_entries(race.id))
        gap = (ahead.laps or 0) - (behind.laps or 0)
        return Answer(ANSWERED, f"{ordinal(key(behind))}{where}, #{behind.car_number} {behind.team} "
                      f"({', '.join(behind.drivers)}), was {plural(gap, 'lap')} behind {ordinal(key(ahead))}, "
                      f"#{ahead.car_number} {ahead.team}: {behind.laps_text} to {ahead.laps_text}.",
                      races=[race], entries=[ahead, behind])
    if p.has("behind", "gap", "laps down", "adrift", "margin") or (
            p.has("winner") and p.has("ahead", "ahead of", "in front of", "clear of")):
        # a class winner is behind the race's winner, never behind itself; "how many laps did the winner finish
        # ahead of p3" is the same gap, said from the winner's side
        overall = not p.classes or p.has("overall winner", "overall", "outright", "race winner") or (
            len(chosen) == 1 and chosen[0].class_position == 1)
        ref = pw.results.entry_at(race.id, 1) if overall else pw.results.class_winner(race.id, chosen[0].class_name)
        e = chosen[0]
        if asks_time_gap(p.text) and ref is not None and ref.id != e.id:
            return time_gap_or_decline(race, [ref, e], pw.results.race_entries(race.id))
        gap = (ref.laps or 0) - (e.laps or 0) if ref else 0
        return Answer(ANSWERED, f"{ordinal(key(e))}{where}, {e.car} ({', '.join(e.drivers)}), "
                      f"was {plural(gap, 'lap')} behind the winner: {e.laps_text} to {ref.laps_text}.",
                      races=[race], entries=[e])
    beat = re.search(r"\b(?:beat|ahead of|in front of|before|higher than|better than|outfinish(?:ed)?)\b|"
                     r"\b(behind|after|lower than|worse than|beaten by)\b", p.text)
    if yes_no(p) and beat and len(chosen) == 2 and len(p.classes) == 2:
        # "did the GTO winner beat the SR2 winner?": Yes or No of the one named first, then both placed
        a, b = sorted(chosen, key=lambda e: p.text.find(fold(e.class_name)))
        ahead = rank_key(a) < rank_key(b)
        yes = not ahead if beat.group(1) else ahead
        return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: the {ordinal(key(a))} in {a.class_name}, {_placed(a)}, "
                      f"finished {a.place}, {'ahead of' if ahead else 'behind'} the {ordinal(key(b))} in "
                      f"{b.class_name}, {_placed(b)}, {b.place}. ({race.title})", races=[race], kind="yes_no",
                      entries=[a, b], focus=[a, b])
    parts = []
    for e in chosen:
        pos = key(e)
        if len(p.classes) > 1:
            where = f" in {e.class_name}"  # "1st in GTO", "1st in GT Cup": each car's own class
        lead = f"{ordinal(pos)}{where}: {_placed(e)}"
        if where and e.position and e.position != pos:
            lead += f", P{e.position} overall"  # "where did the first gto car finish overall": both places
        if p.has("laps", "lap"):
            lead = f"{ordinal(pos)}{where}, {e.car} ({', '.join(e.drivers)}), completed {e.laps_text}"
        elif p.has("team") and len(chosen) == 1:
            lead = f"{e.team} ({', '.join(e.drivers)}, #{e.car_number}) finished {ordinal(pos)}{where}"
        if p.has("engine", "engines", "motor", "motors", "power", "powered", "powering"):
            lead += f", engine: {e.engine}" if e.engine else ", no engine printed"  # "what engine did the top 3 run"
        parts.append(lead)
    return Answer(ANSWERED, ". ".join(parts) + f". ({race.title})", races=[race], kind="position",
                  focus=chosen)  # "who was last?" then "how many laps did they do?": the car(s) placed




def _placed(e: EntryView, chassis: bool = True) -> str:
    """ "#11 Perkins Engineering — Larry Perkins, Tomas Mezera (Holden VL Commodore, 125 laps)"; only what the
    table prints ("Loris Capirossi (Honda, 41:18.211)" where there is no car number, team or laps)."""
    car = e.car
    inside = ", ".join(x for x in ((e.chassis if chassis else ""), e.run) if x)
    return f"{car + ' — ' if car else ''}{', '.join(e.drivers)} ({inside})"


def _crews_counted(pw: Pitwall, p: Frame, status: list[str] | None) -> Answer | None:
    """ "how many crews started the rally?": the infobox's count ("34 at start, 20 at finish") where the results
    table lists fewer (a rally's top 10), never the rows of a table cut short."""
    crews = pw.results.race_details(p.race.id)["stats"].get("crews")
    m = re.match(r"(\d+) at start(?:, (\d+) at finish)?", crews["value"]) if crews else None
    if m is None or p.classes or p.makes or p.countries or p.tyres or not p.has("how many", "number of", "count"):
        return None
    start, finish = int(m.group(1)), int(m.group(2)) if m.group(2) else None
    listed = len(pw.results.race_entries(p.race.id))
    if listed >= start:
        return None
    what = {None: start, "started": start, "classified": finish,
            "DNF": start - finish if finish is not None else None}.get(status[0] if status else None)
    if what is None:
        return None
    verb = {None: "started", "started": "started", "classified": "finished", "DNF": "did not finish"}[
        status[0] if status else None]
    return Answer(ANSWERED, f"{what} crews {verb} the {p.race.title} (the article's infobox: {crews['value']}; "
                  f"its results table lists only the first {listed}).", races=[p.race], kind="count")


def filtered(pw: Pitwall, p: Frame) -> Answer | None:
    """The cars a question filters (a class, a make, a status...), listed or counted; where the results table lists
    only the first of the cars (a rally's top 10 of 34 crews), the answer says it is of those listed."""
    each = _each_make(pw, p)
    if each is not None:
        return each
    answer = _filtered(pw, p)
    if answer is not None and answer.status == ANSWERED and p.statuses_left_out:
        # "how many retired? not counting the dns": the cars were counted without them; the answer says so
        answer.summary += f"\n(Not counting the {' and '.join(p.statuses_left_out)} cars.)"
    if answer is not None and answer.status == ANSWERED and p.cars_left_out:
        answer.summary += f"\n(Not counting {' and '.join(f'#{c}' for c in p.cars_left_out)}.)"
    crews = pw.results.race_details(p.race.id)["stats"].get("crews")
    start = re.match(r"\d+", crews["value"]) if crews else None
    listed = len(pw.results.race_entries(p.race.id))
    if answer is not None and answer.status == ANSWERED and start and int(start.group(0)) > listed and \
            "infobox" not in answer.summary:
        answer.summary += f"\n(Of the first {listed} the results table lists; {crews['value']}.)"
    return answer


def _each_make(pw: Pitwall, p: Frame) -> Answer | None:
    """ "best ducati and best kawasaki finishers?": two makes no one car carries, each asked on its own (never the cars
    of both at once, of which there are none)."""
    if len(p.makes) < 2 or p.race is None or p.race_candidates[1:] or makes_left_out(p):
        return None
    field = pw.results.race_entries(p.race.id)
    if any(all(has_make(e, m, r) for m, r in p.makes) for e in field):
        return None  # "the porsche-engined lola": one car of both
    answers = [_filtered(pw, replace(p, makes=[made])) for made in p.makes]
    if any(a is None or a.status != ANSWERED for a in answers):
        return None
    entries = [e for a in answers for e in a.entries]
    return Answer(ANSWERED, "\n".join(a.summary for a in answers), races=[p.race], entries=entries,
                  focus=[e for a in answers for e in a.focus], kind="list")


def _filtered(pw: Pitwall, p: Frame) -> Answer | None:
    race = p.race
    status = status_filter(p)
    laps_zero = bool(re.search(r"\b(0|zero|no) laps?\b|fail(ed)? to (?:even )?complete (?:a|a single|one) lap|not "
                               r"(?:even )?complete (?:a|a single|one|any) laps?\b|without (?:even )?completing a lap",
                               p.text))
    crew = _crew_size(p)
    if laps_zero or crew:
        entries = [e for e in pw.results.race_entries(p.race.id)
                   if (not laps_zero or not e.laps) and (not crew or len(e.drivers) == crew)]
        what = "completed no lap" if laps_zero else f"had {plural(crew, 'driver')}"
        if not entries:
            none = ("Every car completed at least one lap" if laps_zero else f"No car had {plural(crew, 'driver')}")
            return Answer(ANSWERED, f"{none} in the {p.race.title}.", races=[p.race], kind="list")
        return Answer(ANSWERED, f"{plural(len(entries), 'car')} {what} in the {p.race.title}: " + "; ".join(
            e.listed for e in entries) + ".",
            races=[p.race], entries=entries, kind="list")
    if p.has("tyre", "tyres", "tire", "tires") and not (p.classes or p.makes or p.countries or status or p.tyres):
        return _tyre_summary(pw, p)
    if p.has("most laps", "fewest laps", "least laps") and not (p.classes or p.makes or p.countries or status):
        return _superlative(p, pw.results.race_entries(p.race.id), "", f"in the {p.race.title}", p.race)
    whole_field = (p.has("how many", "number of", "list", "count", "all") and p.has(
        "entries", "entry", "cars", "car", "starters", "entered", "entrants", "teams", "drivers", "field", "people",
        "riders", "racers", "competitors", "participants")) or p.has(
        "which teams", "what teams", "which drivers", "what drivers", "which cars", "what cars", "who entered",
        "who took part", "who raced", "who competed")
    if not (p.classes or p.makes or p.countries or status or whole_field or p.tyres):
        return None
    crews = _crews_counted(pw, p, status)
    if crews is not None:
        return crews
    if whole_field and not (p.classes or p.makes or p.countries or status or p.tyres):
        return _whole_field(pw, p)
    entries = pw.results.race_entries(race.id)
    if p.classes:
        entries = [e for e in entries if e.class_name in p.classes]
    entries = [e for e in entries if not any(has_status(e, s) for s in p.statuses_left_out) and
               e.car_number not in p.cars_left_out]
    left_out = makes_left_out(p)
    if p.makes and not status and not left_out and re.search(r"\b(?:not|other than|except|excluding|apart from|"
                                                              r"besides|non)\b", p.text):
        # "a driver that Ferrari was not a constructor for": leaving a make out is not understood here
        return Answer(UNSUPPORTED, f"I can't tell which cars you mean to leave out in the {race.title}. " + HELP,
                      races=[race])
    for make, role in p.makes:
        entries = [e for e in entries if has_make(e, make, role) != (make in left_out)]
    absent = [m for m, r in p.makes if m not in left_out and not any(
        has_make(e, m, r) for e in pw.results.race_entries(race.id))]
    if absent and not yes_no(p) and not p.has("how many", "number of", "count", "any", "list"):
        # "who was the best porsche at sydney 1990?", "how did the lambo do?": a make that did not run is named back
        return Answer(NOT_FOUND, f"No {and_list(absent)} ran in the {race.title}, so I can't say how one did.",
                      races=[race])
    if len(entries) != 1 and re.search(r"\b(?:who|which)\b.*\b(?:finished|placed|came|was|were)\s+(?:right |just |directly "
                                       r"|immediately )?(?:behind|after|ahead of|in front of|before)\s+(?:the|a|an|any)\b",
                                       p.text):
        # "who finished behind the moslers?": cars placed against a group, which no listing of the group answers
        return Answer(UNSUPPORTED, f"I can't tell which cars you mean placed against those {plural(len(entries), 'car')} "
                      f"in the {race.title}; ask about one of them (its car number).", races=[race])
    if p.makes and not (status or p.tyres or p.countries) and len(entries) == 1 and entries[0].car_number and p.has(
            "result", "results", "how did", "where did", "how was"):
        p.cars = [entries[0].car_number]  # "lister storm result at oschersleben?": the one such car's result
        return about_subject(pw, p)
    if p.tyres and not any(e.tyre for e in pw.results.race_entries(race.id)):
        return missing_column(race, "tyres")  # "which teams ran Michelin?" where no tyre is printed
    for maker in p.tyres:
        entries = [e for e in entries if maker.lower() in e.tyre.lower()]
    kind = " ".join(filter(None, [
        "/".join(p.classes), " ".join(f"{'non-' if m in left_out else ''}{m}{' engine' if r == 'engine' else ''}"
                                      for m, r in p.makes),
        " ".join(f"{t}-shod" for t in p.tyres)]))
    scope = f"in {race.title}"
    if status in (["DNQ"], ["DNPQ"]) and not any(e.status == "DNQ" for e in pw.results.race_entries(race.id)):
        # most tables list only the cars that started: no non-qualifier listed is no proof that none failed
        return Answer(UNSUPPORTED, f"The results of the {race.title} list no non-qualifiers, only the cars in the race, "
                      "so I can't say who failed to qualify.", races=[race])
    if status and yes_no(p) and not p.has("how many", "number of", "count"):
        # "did any Ferrari finish?", "did all the GTS cars finish?": yes or no first
        return status_yes_no(p, entries, status[0], kind, scope, race)
    named_group = list(entries) if (p.makes or p.teams or p.classes) and len(entries) <= 6 else []
    if status:
        # some series classify every car and print why it stopped ("Fire", "Brakes"): those did not finish
        classify_all = classifies_every_car(pw.results.race_entries(race.id))
        entries = [e for e in entries if any(has_status(e, s) for s in status) or (
            "DNF" in status and e.classified and not finished(e, classify_all))]
    said = "unclassified" if status and len(status) > 1 else _STATUS_WORDS[status[0] if status else None]
    desc = " ".join(filter(None, [kind, said]))
    if p.countries:
        return _drivers_by_country(pw, p, entries, desc, scope)
    if p.has("most laps", "fewest laps", "least laps", "best placed", "best place", "highest placed",
             "best finishing", "best finish", "top placed", "lowest placed", "worst placed", "best result", "first", "best",
             "highest", "lowest", "top placed", "finished highest", "finished lowest", "last", "earliest", "slowest",
             "fastest", "quickest", "top finisher", "top ranked", "top placed", "finished the highest",
             "lowest finisher", "bottom finisher", "finished higher", "finished lower", "placed higher",
             "placed lower"):  # "which of the two Brabhams finished higher?"
        return _superlative(p, entries, desc, scope, race)
    label = f"{desc} {'car' if len(entries) == 1 else 'cars'}".strip()
    aspect = _listed_aspect(p)
    if aspect and entries and (aspect[0] == "laps" or not p.has("how many", "number of", "count")):
        # "what tyres did the Audis use?", "how many laps did the Ferraris do?": that, car by car
        what, value = aspect
        if what == "tyres" and not any(e.tyre for e in entries):
            return missing_column(race, "tyres")  # "what tyres was the audi on?" where no tyre is printed
        return Answer(ANSWERED, f"{what.capitalize()} of the {label} {scope}: " + "; ".join(
            f"{e.car} ({', '.join(e.drivers)}, {e.outcome}): {value(e)}" for e in entries) + ".",
            races=[race], entries=entries, kind="list")
    if p.has("how many", "number of", "count"):
        return Answer(ANSWERED, f"{len(entries)} {label} {scope}.", entries=entries, races=[race], kind="count")
    if p.classes and not (p.makes or status):
        return pw.class_answer(race, p.classes[0])
    if not entries and status and named_group:
        # "the lotus elises - laps and were they classified?": none was, and what each of them did instead
        return Answer(ANSWERED, f"No {label} {scope}; " + "; ".join(
            f"{e.car} ({', '.join(e.drivers)}, {e.place}{f', {e.run}' if e.run else ''})" for e in named_group) + ".",
            races=[race], entries=named_group, focus=named_group, kind="list")
    if not entries:
        return Answer(ANSWERED, f"No {label} {scope}.", races=[race])
    # "were there any Porsches?": yes first, then which
    return Answer(ANSWERED, ("Yes: " if yes_no(p) else "") + f"{len(entries)} {label} {scope}: " + "; ".join(
        e.listed for e in entries) + ".",
        races=[race], kind="list", focus=entries)




def makes_left_out(p: Frame) -> set[str]:
    """The makes the question leaves out ("the first non-Fiat", "best car that wasn't a Porsche"), when every make
    it names is said so (an empty set otherwise: a make both asked for and left out is not read here)."""
    out = {m for m, _r in p.makes if re.search(
        r"\b(?:not|non|other than|except|excluding|apart from|besides|wasn ?t|weren ?t|isn ?t)\s+(?:(?:a|an|the|in a|"
        r"driving a|in an)\s+)?" + re.escape(fold(m).split()[0]) + r"\b", p.text)}
    return out if out and len(out) == len(p.makes) else set()


def _winner_led(pw: Pitwall, p: Frame, ans: Answer, w: EntryView | None, won: str, winner: str) -> Answer:
    """The winner's answer led by what the question asks of the winner: yes or no, the team,
    the engine, chassis, tyres, laps or crew."""
    if w is None:
        return ans
    if yes_no(p) and (p.makes or p.countries):
        # "did an Audi win?", "did a Dutch driver win GTS?": yes or no first, then the winner
        makes = all(has_make(w, make, role) for make, role in p.makes)
        nations = all(iso in w.driver_countries for iso in p.countries)
        ans.summary = ("Yes. " if makes and nations else "No. ") + ans.summary
    elif p.has("grid", "start", "started", "starting", "qualified", "qualify") and not p.has("pole") and (
            w.grid is not None):
        # "what grid position did the winner start from?"
        ans.summary = f"{winner} started from {'pole' if w.grid == 1 else f'grid {w.grid}'}. {ans.summary}"
    elif p.has("team", "which team", "what team") and not p.has("engine", "engines", "chassis", "tyre", "tyres",
                                                                 "tire", "tires", "laps"):
        ans.summary = (f"{w.team} won {won}" + (f" with #{w.car_number}. " if w.car_number else ". ") if w.team else
                       f"The results of the {w.race.title} print no team for the winner. ") + ans.summary
    elif p.has("engine", "engines", "powered", "chassis", "tyre", "tyres", "tire", "tires", "laps",
               "co drivers", "nationality", "what country", "which country", "how many drivers", "number of drivers", "manufacturer", "marque",
               "brand", "constructor", "make", "time", "how long did", "fastest lap", "pole", "average speed"):
        lead = aspect_lead(pw, p, f"{winner}, {w.car}," if w.car else winner, w)
        if lead:
            ans.summary = f"{lead} {ans.summary}"
    return ans


def _listed_aspect(p: Frame) -> tuple[str, Callable[[EntryView], str]] | None:
    """The one thing asked about each car of a list, when the question names it."""
    if p.has("how many laps", "laps did", "laps completed", "laps covered"):
        return "laps", lambda e: e.laps_text
    if p.has("tyre", "tyres", "tire", "tires") and not p.tyres:
        return "tyres", lambda e: e.tyre or "not named in the results"
    if p.has("engine", "engines", "motor", "powered") and not any(role == "engine" for _m, role in p.makes):
        return "engines", lambda e: e.engine
    # "chassis on the ascari?": its model, by name; "what car" of a make's cars says nothing the make does not
    running = re.search(r"\bwhat (?:was|were|is|are) (?:the |that |those )?\S+(?: \S+)? (?:running|driving|using|racing)\b",
                        p.text)  # "what was the ascari running": its chassis
    if p.has("chassis", "model", "which model", "what model") or running or p.has("what car", "which car") and not any(
            role == "chassis" for _m, role in p.makes):
        return "chassis", lambda e: e.chassis
    if p.has("what class", "which class", "what category", "which category") and not p.classes:
        return "classes", lambda e: e.class_name
    return None


def _crew_size(p: Frame) -> int | None:
    """ "cars with four drivers", "who drove solo" -> 4, 1."""
    if p.has("solo", "alone", "single driver", "one driver", "on his own", "on her own"):
        return 1
    m = re.search(r"\b(\d|one|two|three|four|five|six)\s+drivers?\b", p.text)
    if m and not p.has("how many drivers"):
        word = m.group(1)
        return int(word) if word.isdigit() else ["one", "two", "three", "four", "five", "six"].index(word) + 1
    return None


def _tyre_summary(pw: Pitwall, p: Frame) -> Answer:
    race = p.race
    entries = pw.results.race_entries(race.id)
    counts: dict[str, int] = {}
    for e in entries:
        if e.tyre:
            counts[e.tyre] = counts.get(e.tyre, 0) + 1
    if not counts:
        return missing_column(race, "tyres")
    winner = pw.results.entry_at(race.id, 1)
    won = f" The winner, {winner.car}, ran on {winner.tyre or 'unnamed tyres'}." if winner else ""
    return Answer(ANSWERED, f"Tyres in {race.title}: " + ", ".join(f"{t}: {plural(n, 'car')}" for t, n in
                  sorted(counts.items(), key=lambda x: -x[1])) + "." + won, races=[race])


def _year_field(pw: Pitwall, p: Frame) -> Answer:
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
shown chart table altogether overall in all results classification""".split())


def _whole_field(pw: Pitwall, p: Frame) -> Answer:
    race = p.race
    counted_in = {w for m in COUNTED_IN.finditer(p.text) for w in m.group(0).split()}  # "incl the dnfs": all of them
    left = [w for i, w in enumerate(p.words) if i not in p.used and w not in _FIELD_WORDS and not w.isdigit() and
            w not in counted_in]
    if left:  # "how many drivers were lapped?": a condition on the field this count does not apply
        return Answer(UNSUPPORTED, f"I can't apply “{' '.join(left)}” to the field of the {race.title}, and counting "
                      "every car would answer a different question. " + HELP, races=[race])
    counting = p.has("how many", "number of", "count")
    if counting and p.race_by_year_only and p.year:
        return _year_field(pw, p)
    entries = [e for e in pw.results.race_entries(race.id) if not any(has_status(e, s) for s in p.statuses_left_out)]
    if p.has("drivers", "riders", "racers", "people", "competitors", "participants", "who took part", "who raced",
             "who competed") and not (counting and p.has("cars", "entries")):
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
            e.listed for e in entries) + ".",
            entries=entries, races=[race], kind="list")
    return Answer(ANSWERED, f"{len(entries)} cars were entered in {race.title} ({classified} classified).",
                  entries=entries, races=[race], kind="count")


_STATUS_WORDS = {None: "", "DNF": "retired", "NC": "not classified", "DSQ": "disqualified", "DNS": "non-starting",
                 "DNQ": "non-qualifying", "WD": "withdrawn", "DNPQ": "non-pre-qualifying", "started": "starting", "classified": "classified"}






def _superlative(p: Frame, entries: list[EntryView], desc: str, scope: str, race: RaceRef) -> Answer:
    if not entries:
        return Answer(ANSWERED, f"No {desc} cars {scope}.", races=[race])
    # "the first of the porsches to retire": the first out; "the first porsche" alone is the best placed one
    out = (not all(e.classified for e in entries) or any(e.status == "DNF" or e.reason for e in entries)) and p.has(
        "out", "retire", "retired", "retirement", "retirements", "dnf", "dnfs", "dropped", "crashed", "stopped", "broke",
        "failed", "not classified", "unclassified", "nc")
    if p.has("most laps") or (out and p.has("last")):
        e, what = max(entries, key=lambda e: e.laps or 0), "most laps"
    elif p.has("fewest laps", "least laps") or (out and p.has("first", "earliest")):
        e, what = min(entries, key=lambda e: e.laps or 0), "fewest laps"
    elif p.has("lowest placed", "worst placed", "lowest", "finished lowest", "slowest", "finished lower", "placed lower"):
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
    who = f"{e.car} ({', '.join(e.drivers)})" if e.car else ", ".join(e.drivers)  # a rally crew has no car number
    done = e.laps_text if e.laps is not None else e.time  # "6:40:54" where no laps are printed
    return Answer(ANSWERED, f"{lead} {scope}: {who}, " + ", ".join(filter(None, [e.chassis, e.place, done])) + ".",
                  races=[race], entries=[e], kind="superlative")


def _drivers_by_country(pw: Pitwall, p: Frame, entries: list[EntryView], desc: str, scope: str) -> Answer:
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
                      + ", ".join(x for x in (e.place, e.car, e.laps_text) if x) + ".", races=[race], kind="superlative",
                      focus=[e])
    cars = list({e.id: e for _n, e in people}.values())  # "how did his car go?" next: the cars these drivers drove
    listed = "; ".join(f"{n} ({', '.join(x for x in (e.car, e.place, e.run) if x)})" for n, e in people)
    if p.has("how many", "number of", "count"):
        return Answer(ANSWERED, f"{len(people)} {label} {scope}: {listed}.", races=[race], kind="count", focus=cars)
    return Answer(ANSWERED, f"{len(people)} {label} {scope}: {listed}.", races=[race], kind="list", focus=cars)
