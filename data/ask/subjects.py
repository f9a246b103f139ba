"""Answers about named subjects (drivers, teams, car numbers): their result and its aspects (car,
team, laps, co-drivers, gap...), comparisons between them, and careers across races."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import logging
import re
from dataclasses import replace
from contextvars import ContextVar

from data.article import make_of
from data.answers import (AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, EntryView, RaceRef, Choice,
                          ordinal, plural)
from data.countries import COUNTRIES
from data.folding import fold
from data.ask.frame import Frame
from data.ask.helpers import (COUNT_WORDS, and_list, entry_who, classifies_every_car, finished, has_make, machine, possessive,
                              rank_key, teammates, yes_no)
from data.ask.race_choice import car_number_variants
from data.ask.linking import GENERIC_RACE_WORDS
from data.names import GENERATIONS
from data.ask.vocabulary import TALK_WORDS
from data.ask.rankings import (one_circuit)
from data.sentences import car_sentence, driver_sentence, entry_fields

from data.ask.helpers import NO_DATA, first_sentence
from data.ask.status import has_status, status_filter, status_yes_no
from data.ask.table_ops import asks_time_gap, time_gap_or_decline
if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall


log = logging.getLogger(__name__)


_CAREER_END = re.compile(r"\b(?:first|last|latest|earliest|most recent)\s+(?:race|event|start|outing|time|win|victory"
                         r"|podium)\b|\bdebut\b|\blast raced?\b|\bfirst raced?\b|\b(?:last|first) (?:win|won)\b")


# "is he in any other race you have?", "what other races did X do", "did X race anywhere else": besides the race named
_OTHER_RACES = re.compile(r"\b(?:any|what|which|the) other (?:races?|events?|rounds?|grands? prix|gps?)\b|"
                          r"\b(?:race|raced|racing|drive|drove|driving|compete|competed|show up|turn up)\w* "
                          r"(?:anywhere|somewhere) else\b|\belsewhere\b")


def asks_career(p: Frame) -> bool:
    """A question across races: counts, lists, first and last race, teams driven for. A circuit
    with several stored races ("how many times did X win at Spa?") keeps it one; other races than the one named are
    across races too."""
    if _OTHER_RACES.search(p.text) and p.race is not None and not p.race_candidates[1:]:
        return True
    across = re.search(r"\b(how many|which|what|all|every|list)\b.*\b(races|rounds|wins|victories|times|events|podiums|teams|classes)\b"
                       r"|\bwin (?:rate|ratio|percentage)\b"
                       r"|\bcareer\b|\bin total\b|\bacross\b|\bever\b|\bwhere did\b.*\bwin\b"
                       r"|\b(?:any|every|each|at least one|a single|(?:any|one|either|all|each) of (?:the|his|her|their|its))"
                       r" (?:races|race|rounds|round|events|event|wins|win|victories|podiums|podium)\b", p.text)
    return bool(across or _CAREER_END.search(p.text)) and (
        not p.race_named or len(p.race_candidates) > 1 or bool(p.race_by_year_only and p.year))


_GAP_WORDS = ("gap", "margin", "separated", "separate", "difference")


def asks_compare(p: Frame) -> bool:
    strong = p.has("beat", "beaten", "higher", "lower", "ahead", "better", "worse", "versus", "vs", "compare",
                   "compared", "head", "faster", "slower", "quicker", "in front", "finished higher", "outpace")
    return strong or (p.has("or", "between") and p.has("who", "which")) or (yes_no(p) and p.has(*_BEHIND_ASKED)) or (
        p.has(*_GAP_WORDS) and p.has("between", "and"))  # "the gap between #16 and #5"


def entries_for_subjects(pw: Pitwall, p: Frame, race: RaceRef | None) -> list[tuple[str, list[EntryView]]]:
    out: list[tuple[str, list[EntryView]]] = []
    rid = race.id if race else None
    for d in p.drivers:
        entries = pw.results.driver_entries(int(d.id), rid)
        printed = d.name
        if not entries and race is not None:
            entries = _same_person_printed_shorter(pw, d.name, race)
            printed = next((x for x in entries[0].drivers if fold(x).split()[-1] == fold(d.name).split()[-1]),
                           d.name) if entries else d.name  # named as that race prints him
        out.append((printed, entries))
    for t in p.teams:
        out.append((t.name, pw.results.team_entries(int(t.id), rid)))
    for c in p.cars:
        out.append((f"#{c}", pw.results.car_entries(race.id if race is not None else p.race.id, c)))
    numbers = {n for c in p.cars for n in car_number_variants(c)}
    for k, (name, entries) in enumerate(out):
        if name in p.subject_makes:  # "the Racing for Holland Dome": that team's cars of that make
            of_make = [e for e in entries if has_make(e, *p.subject_makes[name])]
            out[k] = (name, of_make or entries)
        if numbers and not name.startswith("#"):  # "#8 racing for holland": that team's #8
            out[k] = (name, [e for e in out[k][1] if e.car_number in numbers] or out[k][1])
    return out


def _same_person_printed_shorter(pw: Pitwall, name: str, race: RaceRef) -> list[EntryView]:
    """ "Juan Pablo Montoya" where a race prints "Juan Montoya": the one driver of that race whose name is the
    named one's first and last names with a middle name left out."""
    words = fold(name).split()
    if len(words) < 3:
        return []
    found = [e for e in pw.results.race_entries(race.id) for d in e.drivers
             if (said := fold(d).split()) and len(said) >= 2 and said[0] == words[0] and said[-1] == words[-1]
             and set(said) < set(words)]
    return found if len({e.id for e in found}) == 1 else []


def in_named_order(p: Frame, groups: list[tuple[str, list[EntryView]]]) -> list[tuple[str, list[EntryView]]]:
    """The subjects in the order the question names them ("did A finish ahead of B?": A first)."""
    return sorted(groups, key=lambda g: p.mention(g[0]))


_ASPECT_WORDS = ("co driver", "co drivers", "codriver", "codrivers", "teammate", "teammates", "partner", "partners",
                 "share", "shared", "shares", "sharing", "laps", "lap", "engine", "engines", "tyre", "tyres", "tire", "tires", "team",
                 "drive for", "drove for", "chassis", "drive", "drove", "driving", "ride", "rode", "riding", "car", "model",
                 "class", "category",
                 "nationality", "country", "from", "behind", "gap", "podium", "finish", "finished", "classified",
                 "retire", "retired", "win", "won", "how did", "how many", "result", "results", "where")


# the aspects a career at a glance does not answer by itself ("how did X do?" and "X's results" it does)
_DETAIL_WORDS = tuple(w for w in _ASPECT_WORDS if w not in ("how did", "result", "results"))


def asks_aspect(p: Frame) -> bool:
    return p.has(*_ASPECT_WORDS)


def each_driver(pw: Pitwall, p: Frame) -> Answer:
    """ "co-drivers of X and Y": the same question answered for each person named."""
    gap = _time_between(pw, p)
    if gap is not None:
        return gap
    if len(p.drivers) >= 2:
        cars = {e.id for _n, es in entries_for_subjects(pw, p, p.race if p.race_named else None) for e in es}
        if len(cars) == 1:  # "the chaparral of phil hill and mike spence": one car they shared, answered once
            return about_subject(pw, replace(p, drivers=p.drivers[:1]))
    lines, races, said, missing, declined = [], [], [], 0, []
    # each person named, else each car ("who was in #2 and #57?")
    singles = [{"drivers": [rec]} for rec in p.drivers[:5]] or [{"cars": [car]} for car in p.cars[:5]] or [
        {"teams": [rec]} for rec in p.teams[:5]]  # "how did the pir cars do?": each team named
    for one in singles:
        single = replace(p, **{"drivers": [], "cars": [], "teams": [], "other_races": [], **one})
        answer = about_subject(pw, single)
        if answer.status == NOT_FOUND and one.get("cars"):  # "which team entered car 6 and car 97?": never #6 alone
            return answer
        missing += answer.status == NOT_FOUND
        if answer.status != ANSWERED:
            declined.append(answer.status)
        lines.append(answer.summary)
        lines.extend(answer.lines)
        races.extend(answer.races)
        said.append(first_sentence(answer.summary))  # "#25 completed 144 laps."
    unique = list({r.id: r for r in races if r}.values())
    if missing == len(singles):  # none of those named is in the results: not found, said of each
        return Answer(NOT_FOUND, " ".join(lines), races=unique)
    if len(declined) == len(singles):  # "how far apart were siffert and kinnunen": declined of each, so declined
        return Answer(declined[0], " ".join(dict.fromkeys(lines)), races=unique)
    named = [r.name for r in p.drivers[:5]] or [f"#{c}" for c in p.cars[:5]] or [r.name for r in p.teams[:5]]
    if asks_aspect(p) and not p.positions and all(len(x) <= 160 for x in said):  # "how many laps did #25 and #16 do?"
        details = [x for x in lines if first_sentence(x) not in said]
        return Answer(ANSWERED, " ".join(said), lines=details, races=unique)
    return Answer(ANSWERED, f"{and_list(named)}:", lines=lines, races=unique)


def shared_cars(pw: Pitwall, p: Frame) -> Answer:
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


_ONE_RACE_MEANT = re.compile(r"\b(?:in|at|from|during) (?:the|that|this) (?:race|gp|grand prix|event|round)\b")
_FINISH_MEANT = re.compile(r"^(?:so |and |ok )?where (?:did|d|does|do) .{1,40}? (?:finish|end up|come)\b")


def _races_of_subjects(pw: Pitwall, p: Frame) -> list[RaceRef]:
    """Of the races the words fit equally ("the australian gp"), those every subject named took part in."""
    if not p.race_named or len(p.race_candidates) < 2 or p.other_races:
        return []
    return [r for r in p.race_candidates if all(entries for _n, entries in entries_for_subjects(pw, p, r))]


# "erdos raced at spa too?", "michael caine was racing??": asking no more than the result shows
_ASIDE_WORDS = frozenset("racing competing driving entered".split()) | TALK_WORDS


def _which_race(races: list[RaceRef], who: str | None = None) -> Answer:
    said = f"{who} raced in {len(races)} stored races" if who else f"They raced in {len(races)} of the races that fit"
    more = f" and {len(races) - 5} more" if len(races) > 5 else ""
    return Answer(AMBIGUOUS, f"{said}: which one? "
                  + "; ".join(f"{r.title} ({r.nice_date})" for r in races[:5]) + f"{more}.", kind="race",
                  choices=[Choice("race", f"{r.title} ({r.nice_date})", r.slug) for r in races[:5]])


_WINS_COMPARED = re.compile(r"\b(?:won|win|wins) (?:more|the most|most)\b|\bmore (?:wins|victories|races won)\b")


def compare(pw: Pitwall, p: Frame) -> Answer:
    if len(p.cars) == 1 and len(p.drivers) + len(p.teams) == 1 and p.race is not None and not p.other_races:
        rec = (p.drivers or p.teams)[0]
        of = pw.results.driver_entries if rec.kind == "driver" else pw.results.team_entries
        theirs = of(int(rec.id), p.race.id)
        if any(e.car_number == p.cars[0] for e in theirs):
            return about_subject(pw, p)  # "the 99? (pir competition)": one car, its team naming it again
        if yes_no(p) and theirs and re.search(r"\b(?:in|drive|drove|driving|share|shared)\b", p.text):
            # "was erdos in the gto winning car?" (the #122): No, and the car that was theirs
            return Answer(ANSWERED, f"No: {rec.name} was not in the #{p.cars[0]} in the {p.race.title}: "
                          + "; ".join(f"{e.car} ({e.place})" for e in theirs) + ".", races=[p.race], entries=theirs,
                          kind="yes_no")
    several = _races_of_subjects(pw, p)
    if len(several) > 1:  # "did Rossi finish ahead of Melandri at the Australian GP?": which year's
        return _which_race(several)
    gap = _time_between(pw, p) or _gap_between(pw, p) or grid_compared(pw, p)
    if gap is not None:
        return gap
    race = p.race if p.race_named else None
    groups = entries_for_subjects(pw, p, race)
    if race is None and _WINS_COMPARED.search(p.text):
        # "who won more of the races, jeff gordon or will power?": their wins across the stored races
        won = [(n, [e for e in es if e.position == 1]) for n, es in groups]
        ranked = sorted(won, key=lambda x: -len(x[1]))
        said = "; ".join(f"{n} won {plural(len(ws), 'stored race')}" + (
            f" ({', '.join(e.race.title for e in ws)})" if ws else "") for n, ws in ranked)
        lead = "Neither won more: " if len(ranked[0][1]) == len(ranked[1][1]) else f"{ranked[0][0]}: "
        return Answer(ANSWERED, f"{lead}{said}.", races=list({e.race.id: e.race for _n, ws in won for e in ws}.values()),
                      kind="compare")
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
    groups = in_named_order(p, groups)
    ranked = sorted(((n, min(es, key=rank_key)) for n, es in groups), key=lambda x: rank_key(x[1]))
    best_name, best = ranked[0]
    rest = "; ".join(f"{n}: {e.brief}" for n, e in ranked)
    shared = best.id == ranked[1][1].id
    if shared:
        summary = f"{ranked[0][0]} and {ranked[1][0]} shared the #{best.car_number} car ({best.place})."
        said = aspect_lead(pw, p, f"#{best.car_number}", best) if best.car_number and p.has(
            "driving", "drove", "drive", "car", "chassis", "engine", "team", "entered", "laps", "running", "run") and not \
            re.search(r"\b(?:vs|versus|or|each|more|less|fewer|than|who|which)\b", p.text) else None  # (never one driver's share)
        if said:  # "lombardi + charmasson at le mans 75, what were they driving": what was asked, of the car they shared
            summary = f"{summary} {said}"
        if yes_no(p) and p.positions:  # "was the darbyshire/erdos mosler p2 in gto?": their car's place, asked
            place = best.class_position if p.classes else best.position
            right = place in p.positions and (not p.classes or best.class_name in p.classes)
            summary = f"{'Yes' if right else 'No'}: {summary}"
    else:
        def named(n: str, e: EntryView) -> str:  # "#110 Lamborghini Diablo GTR": a car by its number, and what it was
            return f"{n} {e.chassis}" if n.startswith("#") and e.chassis else n

        def outcome(n: str, e: EntryView) -> str:  # "P13 (2nd in Guest); Lemée, …": a car's place, and who drove it
            return f"{e.outcome}; {', '.join(e.drivers)}" if n.startswith("#") and e.drivers else e.outcome
        summary = f"{named(best_name, best)} finished higher ({outcome(best_name, best)}) than " + ", ".join(
            f"{named(n, e)} ({outcome(n, e)})" for n, e in ranked[1:]) + f" in {race.title}."
        if p.has("lasted", "lasted longer", "last longer", "further", "farther", "more laps", "longest") and all(
                e.laps is not None for _n, e in ranked):
            # "which marcos lasted longer, the mantis or the mantara": the laps each covered
            by_laps = sorted(ranked, key=lambda x: -(x[1].laps or 0))
            lead_name, lead = by_laps[0]
            summary = (f"{named(lead_name, lead)} lasted longer: {lead.laps_text} ({lead.place}), against " + ", ".join(
                f"{named(n, e)} {e.laps_text} ({e.place})" for n, e in by_laps[1:]) + f" in {race.title}."
                if lead.laps != by_laps[1][1].laps else
                f"They covered the same distance: {lead.laps_text} each ({', '.join(e.place for _n, e in by_laps)}) in "
                f"{race.title}.")
    direction = _direction_asked(p)
    if direction:
        # "did A finish ahead of B?" is asked of A, the subject named first: yes when the facts put A there
        mine = next(e for n, e in ranked if n == groups[0][0])
        ahead = all(rank_key(mine) < rank_key(x) for n, x in ranked if n != groups[0][0])
        behind = all(rank_key(mine) > rank_key(x) for n, x in ranked if n != groups[0][0])
        summary = ("Yes. " if (ahead if direction == "ahead" else behind) else "No. ") + summary
    if p.has("how many laps") and not shared:  # "how many laps did A do compared to B?": each one's laps first
        summary = "; ".join(f"{n}: {e.laps_text}" for n, e in ranked) + ". " + summary
    return Answer(ANSWERED, summary, lines=[rest], races=[race], kind="compare")


_BEHIND_ASKED = ("behind", "lower", "worse", "after", "below", "slower", "beaten by", "lose to", "lost to", "trail",
                 "trailed", "outpaced by", "outfinished by")
_AHEAD_ASKED = ("beat", "beaten", "ahead", "higher", "better", "before", "above", "in front", "faster", "quicker", "outpace",
                "outpaced", "outfinish", "outfinished", "outscore", "outscored")


def _direction_asked(p: Frame) -> str | None:
    """Of a yes/no comparison, what is asked of the subject named first: "ahead" ("did A beat B?") or
    "behind" ("was A behind B?", "was A beaten by B?"); None for any other question ("A or B?")."""
    if not yes_no(p) or p.has("or"):
        return None
    if p.has(*_BEHIND_ASKED):
        return "behind"
    return "ahead" if p.has(*_AHEAD_ASKED) else None


def career(pw: Pitwall, p: Frame) -> Answer:
    rec = p.drivers[0] if p.drivers else p.teams[0]
    entries = (pw.results.driver_entries(int(rec.id)) if p.drivers else pw.results.team_entries(int(rec.id)))
    where = ""
    if p.race_by_year_only and p.year:  # "did X win any races in 2002?": that year's races
        entries = [e for e in entries if (e.race.date or "")[:4] == str(p.year)]
        where = f" in {p.year}"
        if re.search(r"\bhow many\b", p.text) and re.search(r"\b(?:in total|season|all year|the whole year|"
                                                            r"championship)\b", p.text):
            # "how many races did Gordon win in total in 1998?": a season's tally, which a few stored races
            # of that year cannot give
            held = sorted({e.race.title for e in entries})
            return Answer(UNSUPPORTED, f"The results hold {plural(len(held), 'race')} of {p.year} with {rec.name}"
                          + (f" ({', '.join(held)})" if held else "") + ", not the whole season, so I can't give "
                          "a season total.", races=list({e.race.id: e.race for e in entries}.values()))
    elif p.race_named and len(p.race_candidates) > 1:  # "... at Spa": the races there
        ids = {r.id for r in p.race_candidates}
        entries = [e for e in entries if e.race.id in ids]
        circuit = one_circuit(p.race_candidates)
        where = f" at {circuit}" if circuit else " in those races"
        if not entries:  # "how many le mans wins has kristensen got?": he is in none of them
            return Answer(NOT_FOUND, f"{rec.name} is in none of the {plural(len(ids), 'stored race')} your words fit ("
                          + "; ".join(r.title for r in p.race_candidates[:5]) + "), so I can't count anything there.",
                          races=list(p.race_candidates), kind="career")
    if _OTHER_RACES.search(p.text) and p.race_named and p.race is not None and not p.race_candidates[1:]:
        named = p.race
        entries = [e for e in entries if e.race.id != named.id]
        lead = ("Yes: " if entries else "No: ") if yes_no(p) else ""
        besides = "besides" if lead else "Besides"
        if not entries:
            return Answer(ANSWERED, f"{lead}{besides} the {named.title}, {rec.name} is in no other stored race.",
                          races=[named], kind="career")
        races = list({e.race.id: e.race for e in entries}.values())
        return Answer(ANSWERED, f"{lead}{besides} the {named.title}, {rec.name} raced in {plural(len(races), 'other race')}: "
                      + "; ".join(f"{e.race.title} ({e.place}, {e.car})" for e in entries) + ".", races=races,
                      entries=entries, kind="career")
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
        classified = [e for e in entries if e.classified]
        races = list({e.race.id: e.race for e in classified}.values())
        every = bool(re.search(r"\b(?:every|each|all)\b", p.text))
        lead = ("Yes: " if classified and (len(classified) == len(entries) or not every) else "No: ") if yes_no(p) else ""
        if not classified:
            return Answer(ANSWERED, f"{lead}{rec.name} was not classified in any of {plural(len(entries), 'entry', 'entries')}"
                          f"{where}.", lines=[f"{e.race.title}: {e.brief}" for e in entries],
                          races=list({e.race.id: e.race for e in entries}.values()), kind="career")
        entered = len({e.race.id for e in entries})
        return Answer(ANSWERED, f"{lead}{rec.name} was classified in {len(races)} of {plural(entered, 'race')}{where}: "
                      + ", ".join(f"{e.race.title} ({e.place})" for e in classified) + ".", races=races, kind="career")
    races = list({e.race.id: e.race for e in entries}.values())
    wins = [e for e in entries if e.position == 1]
    class_wins = [e for e in entries if e.class_position == 1]
    podiums = [e for e in entries if e.position and e.position <= 3]
    lines = [f"{e.race.title} ({e.race.nice_date}): {e.brief}"
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


def _car_not_theirs(pw: Pitwall, p: Frame, race: RaceRef) -> Answer | None:
    """ "#1 racing for holland at dijon": a car number named with a driver or team whose cars there had
    other numbers is no question about either alone; say whose #1 it was not, and theirs."""
    if len(p.cars) != 1 or not (p.drivers or p.teams):
        return None
    numbers = set(car_number_variants(p.cars[0]))
    for rec in (*p.drivers, *p.teams):
        of = pw.results.driver_entries if rec.kind == "driver" else pw.results.team_entries
        theirs = of(int(rec.id), race.id)
        if theirs and not any(e.car_number in numbers for e in theirs):
            listed = ", ".join(f"#{e.car_number}" for e in theirs)
            return Answer(NOT_FOUND, f"#{p.cars[0]} was not {possessive(rec.name)} car in the {race.title}: "
                          f"their car{'s were' if len(theirs) > 1 else ' was'} "
                          f"{listed}.", races=[race])
    return None


def _in_each_race(pw: Pitwall, p: Frame) -> Answer:
    """ "did Christian Vann race at both Brno and Monza?": the subject's result in each race named, Yes or
    No first when asked so."""
    races = sorted([p.race, *p.other_races], key=lambda r: (r.date or "", r.id))
    name, _entries = entries_for_subjects(pw, p, None)[0]
    lines, missing, asked = [], [], []
    for k, race in enumerate(races):
        here = entries_for_subjects(pw, p, race)[0][1]
        if not here:  # "west at valencia 99": of that meeting's races (125cc, 250cc, 500cc), the one he rode in
            sibling = _meeting_race_of(pw, p, race)
            if sibling is not None:
                races[k] = race = sibling
                here = entries_for_subjects(pw, p, race)[0][1]
        if here:
            lines.extend(f"{race.title}: {e.brief}{_time_if_asked(e, p)}{_chassis_if_asked(e, p)}"
                         f"{_shared_with(e, name)}" for e in here)
            asked.extend((race, aspect_lead(pw, p, name, e, name)) for e in here)
        else:
            missing.append(race.title)
    every = not missing
    said = (f"{name} raced in {'both' if len(races) == 2 else 'all'} of the races asked about" if every else
            f"{name} is not in the results of {and_list(missing)}")
    lead = ("Yes: " if every else "No: ") if yes_no(p) else ""
    if every and p.has("higher", "better", "lower", "worse", "best", "worst") and p.has("or", "and", "vs", "versus"):
        # "did Will Power finish higher at San Jose or at Toronto?": the race he placed better in
        best = {race.id: min(entries_for_subjects(pw, p, race)[0][1], key=rank_key) for race in races}
        ranked = sorted(races, key=lambda r: rank_key(best[r.id]))
        if p.has("lower", "worse", "worst"):
            ranked.reverse()
        if rank_key(best[ranked[0].id]) == rank_key(best[ranked[1].id]):
            said = f"{name} placed the same in each ({best[ranked[0].id].place})"
        else:
            place_of = {r.id: f"{r.title} ({r.location or r.circuit})" if r.location or r.circuit else r.title
                        for r in ranked}  # "at Toronto": the place, which a title may not say
            said = (f"{'Lower' if p.has('lower', 'worse', 'worst') else 'Higher'} in the {place_of[ranked[0].id]}: {name} "
                    + "; ".join(f"{best[r.id].place} in the {r.title}" for r in ranked))
        return Answer(ANSWERED, f"{said}.", lines=lines, races=races, kind="compare")
    outcome = _outcome_asked(pw, p) if lead else None
    if outcome:  # "did Jarier finish in 1975?": asked of the result in each race, never of being there
        verb, happened = outcome
        hits = [race for race in races if any(happened(e) for e in entries_for_subjects(pw, p, race)[0][1])]
        every_asked = bool(re.search(r"\b(?:both|every|each|all)\b", p.text))
        yes = len(hits) == len(races) if every_asked else bool(hits)
        count = ("both" if len(races) == 2 else f"all {len(races)}") if len(hits) == len(races) else \
            f"{len(hits)} of the {len(races)}" + ((" (not both)" if len(races) == 2 else " (not all)") if every_asked else "")
        said = (f"{name} {verb} in {count} races asked about"
                + (f" ({and_list([r.title for r in hits])})" if hits else ""))
        if verb == "won":  # "did rossi win at phillip island in both 03 and 08?": who won the others
            others = [(r, pw.results.entry_at(r.id, 1)) for r in races if r not in hits]
            said += "".join(f"; {entry_who(w)} won the {r.title}" for r, w in others if w is not None)
        lead = "Yes: " if yes else "No: "
    places_asked = p.has("finish", "finished", "where", "place", "placed", "position", "result", "results", "end up",
                         "how did", "how d", "get on", "go")
    if not lead and (places_asked or not any(said_there for _race, said_there in asked)) and len(asked) == len(races):
        # "where did he finish in each?": the result in each race
        said = f"{name}: " + "; ".join(f"{_result_said(e)} in the {e.race.title}" for race in races
                                       for e in entries_for_subjects(pw, p, race)[0][1])
    if not lead and asked and all(said_there and not NO_DATA.search(said_there) for _race, said_there in asked):
        # "who did he share with in 2002?": what was asked, in each race
        said = "\n".join(f"{race.title}: {said_there.rstrip('.')}" for race, said_there in asked)
    elif not lead and asked and all(said_there and NO_DATA.search(said_there) for _race, said_there in asked):
        # "what team was bayliss riding for at phillip island 2007": no race prints it, so declined, in each race
        return Answer(UNSUPPORTED, "\n".join(dict.fromkeys(said_there for _race, said_there in asked)), lines=lines,
                      races=races)
    return Answer(ANSWERED, f"{lead}{said}.", lines=lines, races=races, kind="yes_no" if lead else "entry")


def _meeting_race_of(pw: Pitwall, p: Frame, race: RaceRef) -> RaceRef | None:
    """The one other race of ``race``'s meeting (another class's race that day) the subject took part in."""
    from data.article import meeting_part
    meeting, part = meeting_part(race.title)
    if not part:
        return None
    theirs = [r for r in pw.results.races() if r.id != race.id and meeting_part(r.title)[0] == meeting
              and entries_for_subjects(pw, p, r)[0][1]]
    return theirs[0] if len(theirs) == 1 else None


def _result_said(e: EntryView) -> str:
    """ "won (P1)", "RET (Spun off)": a car's result in a race, as a list of each race gives it."""
    if e.position == 1:
        return f"won ({e.place})"
    return f"{e.place} ({e.reason})" if e.reason and e.reason not in e.place else e.place


def _time_if_asked(e: EntryView, p: Frame) -> str:
    """ ", 1:59:25.6": the race time printed, where the question asks for times and the line does not give it."""
    # (a gap behind the winner is printed anyway: "P2, #6 Newman-Haas Racing, 95 laps, +1.921")
    asked = p.has("time", "times", "how long") or e.classified and e.time.strip().startswith("+")
    return f", {e.time}" if asked and e.time and e.time not in e.brief else ""


def _chassis_if_asked(e: EntryView, p: Frame) -> str:
    """ ", TSR-Honda": the car or bike printed, where the question asks what was driven, or for a result (which
    a fan reads with the car), and the line does not say."""
    asked = p.has("bike", "bikes", "car", "cars", "chassis", "machine", "motorcycle", "rode", "ride", "riding", "drove",
                  "drive", "driving", "make", "manufacturer", "constructor", "result", "results", "how did", "how d",
                  "get on", "go")
    return f", {e.chassis}" if asked and e.chassis and e.chassis not in e.brief else ""


def _shared_with(entry: EntryView, name: str) -> str:
    """ " (with Val Hillebrand)": who else drove the subject's car, when the subject is one of its drivers."""
    others = [d for d in entry.drivers if d != name]
    return f" (with {and_list(others)})" if others and len(others) < len(entry.drivers) else ""


def _outcome_asked(pw: Pitwall, p: Frame) -> tuple[str, Callable[[EntryView], bool]] | None:
    """The result a yes/no question asks of a subject's car ("did he win / finish / score points / retire?"):
    how to say it, and whether an entry had it."""
    if len(p.positions) == 1:  # "did Jani finish 2nd at both?", "did Button finish first at both?"
        n = p.positions[0]
        return f"finished {ordinal(n)}", lambda e: e.position == n
    if p.positions and p.positions == list(range(1, max(p.positions) + 1)):  # "in the top 5 at both"
        top = max(p.positions)
        return f"finished in the top {top}", lambda e: e.position is not None and e.position <= top
    if p.has("win", "won", "victory"):
        if p.has("class", "his class", "their class", "class win"):
            return "won the class", lambda e: e.class_position == 1
        return "won", lambda e: e.position == 1
    if p.has("podium"):
        return "finished on the podium", lambda e: e.position is not None and e.position <= 3
    if p.has("points") and p.has("score", "scored", "get", "got", "earn", "earned", "take", "took"):
        return "scored points", lambda e: bool(e.points)
    every: dict[int, bool] = {}  # per race: does it classify every car? (asked once, not per entry)

    def ran_to_the_end(e: EntryView) -> bool:
        if e.race.id not in every:
            every[e.race.id] = classifies_every_car(pw.results.race_entries(e.race.id))
        return finished(e, classify_all=every[e.race.id])
    if p.has("retire", "retired", "dnf", "dnfed", "dnf'd"):
        return "retired", lambda e: e.status == "DNF" or (e.classified and not ran_to_the_end(e))
    if p.has("finish", "finished", "classified", "make the finish", "made the finish"):
        return "finished", ran_to_the_end
    return None


_ASKING_AS_LISTED: ContextVar[bool] = ContextVar("asking_as_listed", default=False)
_SAME_CAREER_YEARS = 5


def _listed_otherwise(pw: Pitwall, name: str, race: RaceRef, theirs: list[EntryView]) -> str | None:
    """The one driver of ``race`` who is ``name`` spelled another way: the same family name, a given name that begins
    alike (Denny and Denis Hulme), no generation said on either side (Nelson Piquet is not Nelson Piquet Jr.), and
    ``name``'s own races (``theirs``) within a few years of it (Mario Andretti's 1975 is not Marco's 2011)."""
    words = fold(name).replace(".", "").split()
    year = int((race.date or "0")[:4] or 0)
    if len(words) < 2 or set(words) & set(GENERATIONS) or not theirs or not year or any(
            abs(int((e.race.date or "0")[:4] or 0) - year) > _SAME_CAREER_YEARS for e in theirs):
        return None
    found = []
    for e in pw.results.race_entries(race.id):
        for d in e.drivers:
            listed = fold(d).replace(".", "").split()
            if len(listed) >= 2 and listed[-1] == words[-1] and listed[0] != words[0] and \
                    listed[0][:3] == words[0][:3] and not set(listed) & set(GENERATIONS):
                found.append(d)
    return found[0] if len(set(found)) == 1 else None


def about_subject(pw: Pitwall, p: Frame) -> Answer:
    several = _races_of_subjects(pw, p) if not p.cars and len(p.drivers) + len(p.teams) == 1 else []
    if len(several) > 1 and not p.has("how many times", "how often", "every", "each"):
        # "how did Capirossi do at the Catalan GP?": his result in each of the races that fit, never one silently
        p.race, p.other_races = several[0], several[1:]
    if p.other_races and p.race_named and (not p.cars or len(p.cars) == 1 and (p.drivers or p.teams)) and \
            len(p.drivers) + len(p.teams) == 1:  # "the #16 pescarolo at estoril 03 and monza 03": the team's #16
        return _in_each_race(pw, p)
    if len(p.cars) == 1 and not (p.drivers or p.teams) and p.race_named and not p.race_by_year_only and \
            len(p.race_candidates) > 1:
        # "who rode number 72 at phillip island 2008?": a number two races of the meeting had -- which one
        meeting = [r for r in p.race_candidates if r.date == p.race.date]  # a meeting's races: one day's
        cars = [e for r in meeting for e in pw.results.car_entries(r.id, p.cars[0])]
        if len({e.race.id for e in cars}) > 1:
            return Answer(AMBIGUOUS, f"#{p.cars[0]} ran in {len({e.race.id for e in cars})} of the races that fit: "
                          "which one?", choices=[Choice("race", f"{e.race.title}: {', '.join(e.drivers)} ({e.place})",
                                                        e.race.slug) for e in cars[:5]],
                          races=list({e.race.id: e.race for e in cars}.values()), entries=cars)
    by_year = p.race_by_year_only and (p.drivers or p.teams) and not p.cars
    race = p.race if p.race_named and not by_year else None
    mismatch = _car_not_theirs(pw, p, race) if race else None
    if mismatch:
        return mismatch
    groups = entries_for_subjects(pw, p, race)
    absent = [n for n, es in groups[1:] if not es] if race is not None else []
    if absent and groups[0][1]:  # "which team entered car 6 and car 97?" where there was no #97: never #6 alone
        return Answer(NOT_FOUND, f"{and_list(absent)} {'is' if len(absent) == 1 else 'are'} not in the results of "
                      f"{race.title}.", races=[race])
    name, entries = groups[0]
    if by_year:  # "Team Jota results in 2003": the subject's races of that year
        entries = [e for e in entries if (e.race.date or "")[:4] == str(p.year)]
    if not entries and race is not None and len(p.drivers) == 1 and not (p.teams or p.cars) and \
            not _ASKING_AS_LISTED.get():
        listed = _listed_otherwise(pw, name, race, pw.results.driver_entries(int(p.drivers[0].id)))
        if listed is not None and name in p.named_at:
            # "how'd denny hulme get on at le mans 67": the race lists him as Denis Hulme -- asked of that name, said so
            first, last = p.named_at[name]
            asked = " ".join([*p.words[:first], listed, *p.words[last + 1:]])
            token = _ASKING_AS_LISTED.set(True)
            try:
                answer = pw.ask(asked)  # (the race is named by the question's own words)
            finally:
                _ASKING_AS_LISTED.reset(token)
            if answer.status == ANSWERED:
                lead = re.match(r"(?:Yes|No)\b[:.,]?\s*", answer.summary)  # a Yes or No stays first
                cut = lead.end() if lead else 0
                answer.summary = (f"{answer.summary[:cut]}(The {race.title} lists {name} as {listed}.) "
                                  f"{answer.summary[cut:]}")
                return answer
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
                      kind="fact", races=[p.race] if p.race_named else [])
    if p.drivers and _asks_origin(p):
        # the race named stays the one talked about ("ortiz is from where again", then "which pir car was higher?")
        return Answer(ANSWERED, _nationality_sentence(pw, p, name), kind="fact", races=[p.race] if p.race_named else [])
    if p.drivers and not p.race_named and len(entries) > 1 and not p.cars and (
            _ONE_RACE_MEANT.search(p.text) or _FINISH_MEANT.search(p.text)):
        # "how did kimi do in the race?", "where'd bourdais finish?": one race meant, none named: which one?
        return _which_race(sorted({e.race.id: e.race for e in entries}.values(), key=lambda r: r.date or "",
                                  reverse=True), name)
    if p.drivers and not p.race_named and len(entries) > 1 and not p.cars:
        if not p.has(*_DETAIL_WORDS) and not yes_no(p):  # "how did X do?": the career at a glance, as /driver
            return pw.career(int(p.drivers[0].id), name, entries)  # an F1DB driver: the F1 career
        facts = [(e, _aspect_sentence(pw, p, name, e)) for e in entries]
        lines = [f"{e.race.title} ({e.race.nice_date}): {s}" for e, s in facts]
        return Answer(ANSWERED, f"{name} raced in {plural(len(entries), 'event')}:", lines=lines,
                      races=[e.race for e in entries], kind="driver_career")
    if p.teams and not p.drivers and not p.cars:
        if p.has("drivers", "who drove", "which drivers", "who raced", "who drives", "driver line up", "line up") and \
                not p.has("how did", "how were", "get on", "got on", "how many points", "result", "results"):
            # "which drivers drove for X?": the people, with how often (in the race named, if one is)
            if p.race_named and len(p.race_candidates) <= 1:
                entries = [e for e in entries if e.race.id == p.race.id]
            made = [e for e in entries if all(has_make(e, m, r) for m, r in p.makes)]
            entries = made or entries  # "who drove the 911 turbo for point preparation": the team's car of that make
            crews: dict[str, int] = {}
            for e in entries:
                for d in e.drivers:
                    crews[d] = crews.get(d, 0) + 1
            ranked = sorted(crews.items(), key=lambda c: -c[1])
            scope = f" in {p.race.title}" if p.race_named and len(p.race_candidates) <= 1 else ""
            return Answer(ANSWERED, f"{plural(len(ranked), 'driver')} drove for {name}{scope}: " + ", ".join(
                f"{d} ({plural(n, 'race')})" if n > 1 else d for d, n in ranked) + ".",
                races=list({e.race.id: e.race for e in entries}.values()), entries=entries, kind="list")
        if not p.race_named and len({e.race.id for e in entries}) > 1:
            return pw.team_answer(int(p.teams[0].id), name, None)
        status = status_filter(p)
        if len(entries) > 1 and status and (yes_no(p) or p.has("how many", "number of")):
            # "did both Racing for Holland cars finish?", "did any Team Jota car retire?"
            return status_yes_no(p, entries, status[0], name, f"in {entries[0].race.title}", entries[0].race)
        stopped = [e for e in entries if status and status[0] != "classified" and has_status(e, status[0])]
        if len(entries) > 1 and len({e.race.id for e in entries}) == 1 and stopped:
            # "why did the Racing for Holland Dome retire?": the team's car(s) that retired
            entries = stopped
            if len(entries) > 1 and p.has(*_WHY_WORDS) and not any(e.reason for e in entries):
                return Answer(UNSUPPORTED, f"The results don't say why: {possessive(name)} " + "; ".join(
                    f"{f'#{e.car_number}' if e.car_number else entry_who(e)} {e.was_status}"
                    + (f" after {e.laps_text}" if e.laps is not None else "")
                    for e in entries)
                              + f" in the {entries[0].race.title}.", races=[entries[0].race], entries=entries)
        if len(entries) > 1 and p.has("gap", "between", "behind", "separated", "difference", "ahead"):
            ahead, behind = sorted(entries, key=rank_key)[:2]
            if asks_time_gap(p.text):  # "the gap in seconds between the two X cars": the times, never the laps
                return time_gap_or_decline(ahead.race, [ahead, behind], pw.results.race_entries(ahead.race.id))
            gap = (ahead.laps or 0) - (behind.laps or 0)
            return Answer(ANSWERED, f"{name}'s #{behind.car_number} ({behind.place}) was {plural(gap, 'lap')} behind "
                          f"its #{ahead.car_number} ({ahead.place}) in {ahead.race.title}: {behind.laps_text} to "
                          f"{ahead.laps_text}.", races=[ahead.race], entries=[ahead, behind])
        higher = re.search(r"\b(?:higher|highest|better|best|first|ahead|further up|top)\b", p.text)
        if len(entries) > 1 and higher and p.has("which", "who", "what") and not p.has("lap", "laps", "grid", "start"):
            # "which of the penske cars finished higher?": the better placed of them, the other one kept beside it
            ranked = sorted(entries, key=rank_key)
            e = ranked[0]
            return Answer(ANSWERED, f"{name}'s best placed car in the {e.race.title}: {entry_who(e)} ({e.car}), "
                          f"{e.place}; " + "; ".join(f"{entry_who(x)} ({x.car}) {x.place}" for x in ranked[1:]) + ".",
                          races=[e.race], entries=ranked, focus=[e], kind="team")
        if len(entries) > 1:
            answer = pw.team_answer(int(p.teams[0].id), name, entries[0].race)
            leads = [aspect_lead(pw, p, f"#{e.car_number}", e) for e in entries]
            if all(leads):  # "how many laps did the dewalt cars do?": each car's, said first
                answer.summary = " ".join(leads) + " " + answer.summary
                if all(NO_DATA.search(lead) for lead in leads if lead):
                    answer.status = UNSUPPORTED  # every car's answer is that the article does not say
            return answer
    if p.drivers and not p.cars and len(entries) > 1 and len({x.race.id for x in entries}) == 1:
        # a driver entered in two cars of one race: both, the best placed first
        ranked = sorted(entries, key=rank_key)
        return Answer(ANSWERED, f"{name} drove {plural(len(ranked), 'car')} in the {ranked[0].race.title}: "
                      + " ".join(aspect_lead(pw, p, name, x, name) or driver_sentence(name, x, with_race=False)
                                 for x in ranked), title=name,
                      races=[ranked[0].race], entries=ranked, kind="entry")
    if p.cars and not p.drivers and len({x.id for x in entries}) > 1 and len({x.race.id for x in entries}) == 1 \
            and all(x.car_number == entries[0].car_number for x in entries):
        # "who drove #4?" where two cars carried #4: which one, never one of them silently
        race_of = entries[0].race
        return Answer(AMBIGUOUS, f"{len(entries)} cars carried #{p.cars[0]} in the {race_of.title}: which one?",
                      choices=[Choice("car", f"{x.team or x.chassis} — {', '.join(x.drivers)} ({x.place})",
                                      x.team or x.chassis) for x in entries[:5]], races=[race_of], entries=entries)
    e = entries[-1]
    who = name if p.drivers and not p.cars else f"#{e.car_number}"
    if p.drivers and len(e.drivers) > 1 and p.has("laps", "lap") and p.has("drive", "drove", "driven", "driving"):
        return Answer(UNSUPPORTED, f"The results give the laps of {name}'s car ({e.laps_text}, shared with "
                      f"{and_list([d for d in e.drivers if d != name])}), not how many each driver drove.",
                      races=[e.race])
    if p.has("km", "kms", "kilometres", "kilometers", "miles") and not p.has("behind", "gap"):
        return Answer(UNSUPPORTED, f"The results give {who}'s laps ({e.laps_text}), not a distance per car.",
                      races=[e.race])
    if p.has("why", "what made") and e.classified and not e.reason:
        # "who won? and why?", "what made the #4 corvette retire" (it finished): results give where a car finished,
        # never why
        return Answer(UNSUPPORTED, f"The results don't say why: they give only that {who} finished {e.place} in the "
                      f"{e.race.title}.", races=[e.race])
    if p.has(*_WHY_WORDS) and not e.reason and e.status in ("DNF", "DNS", "DNQ", "DSQ"):
        # the results say that the car stopped (or never started), not why: a decline that says what is known
        whose = f"{possessive(name)} #{e.car_number}" if p.teams and not p.drivers and not p.cars else who
        what = {"DNF": "retired", "DNS": "did not start", "DNQ": "did not qualify", "DSQ": "was disqualified"}[e.status]
        after = f" after {e.laps_text}" if e.laps is not None and e.status == "DNF" else ""
        return Answer(UNSUPPORTED, f"The results don't say why {whose} {what}: {who} {e.was_status}{after} in the "
                      f"{e.race.title}.", races=[e.race])
    race_words = set(fold(f"{e.race.title} {e.race.circuit or ''}").split())
    # "where did team ascari finish in the monza round": words any race is called by ask nothing of their own
    unknown = [w for w in p.unparsed if w not in race_words and w not in _ASIDE_WORDS and w not in GENERIC_RACE_WORDS]
    if unknown and aspect_lead(pw, p, who, e, name) is None:
        # "how tall is X?": X is known, but a word of the question is not; X's result would answer
        # another question
        return Answer(UNSUPPORTED, f"I know {name} from the results of the {e.race.title}, but not what "
                      f"“{' '.join(unknown)}” asks: results give place, laps, car, team, co-drivers, grid, points "
                      f"and why a car stopped. Ask “how did {name} do?” for the result.", races=[e.race])
    if _asks_time_behind(p) and not (p.drivers and p.cars):
        gap = _time_behind(pw, p, e)
        if gap is not None:
            return gap
    summary = _aspect_sentence(pw, p, name, e)
    return Answer(ANSWERED, summary, title=name, fields=entry_fields(e, exclude=name if p.drivers else None),
                  races=[e.race], kind="entry")


# asking the reason: declined where the results print none ("what happened to X?" is answered with the
# result, which says the reason is not given)
_WHY_WORDS = ("why", "reason", "cause", "what went wrong", "what made", "what caused", "what forced", "what put")


_STATUS_AS_REASON = frozenset(("disqualified", "dsq", "retired", "ret", "dnf", "did not finish", "not classified", "nc",
                               "withdrawn", "wd", "did not start", "dns", "excluded"))


def _aspect_sentence(pw: Pitwall, p: Frame, name: str, e: EntryView) -> str:
    base = driver_sentence(name, e, with_race=True) if p.drivers and not p.cars else car_sentence(e)
    who = name if p.drivers and not p.cars else f"#{e.car_number}"
    lead = aspect_lead(pw, p, who, e, name)
    return f"{lead} {base}" if lead else base


_STAT_ASKED = (("fastest_lap", "the fastest lap", ("fastest lap", "quickest lap", "best lap", "lap record")),
               ("pole", "pole position", ("pole position", "pole", "polesitter", "pole sitter")),
               ("average_speed", "the average speed", ("average speed",)))


def _teammate_yes_no(p: Frame, e: EntryView, mate: EntryView, field: list[EntryView], lead: str) -> str:
    """ "did his teammate finish?", "did trulli beat his teammate?", "did his teammate make the top ten?": Yes or
    No first, of the teammate (or of the two, for "beat"); the answer as it was when none of those is asked."""
    text = p.text
    beat = re.search(r"\b(?:beat|outfinish(?:ed)?|finish(?:ed)? (?:ahead of|in front of|higher than)|ahead of)\b", text)
    if beat:
        mate_first = re.search(r"\b(?:teammate|team mate)\b", text[:beat.start()]) is not None
        ahead = rank_key(mate) < rank_key(e) if mate_first else rank_key(e) < rank_key(mate)
        return f"{'Yes' if ahead else 'No'}: {lead}"
    if p.positions and mate.position is not None:
        return f"{'Yes' if mate.position in p.positions else 'No'}: {lead}"
    if p.has("finish", "finished", "classified"):
        done = finished(mate, classify_all=classifies_every_car(field))
        return f"{'Yes' if done else 'No'}: {lead}"
    return lead


def _won_from_pole(pw: Pitwall, p: Frame, who: str, e: EntryView) -> str | None:
    """ "did jarier win argentina 75 from pole?": two things asked, both checked: started from pole, and won."""
    if not (yes_no(p) and p.has("win", "won") and re.search(r"\bfrom (?:the )?pole\b", p.text)):
        return None
    s = pw.results.race_details(e.race.id)["stats"].get("pole")
    if s and s["car_number"]:
        on = s["car_number"] == e.car_number
    elif s and s["value"]:
        on = any(fold(n) in fold(s["value"]) for n in e.drivers)
    elif e.grid is not None:
        on = e.grid == 1
    else:
        return f"The article for {e.race.title} gives no pole position or grid."
    won = e.position == 1
    winner = None if won else pw.results.entry_at(e.race.id, 1)
    start = "started from pole" if on else (f"started from grid {e.grid}" if e.grid else "did not start from pole")
    end = "won" if won else f"finished {e.place}" + (f"; {entry_who(winner)} won" if winner is not None else "")
    return f"{'Yes' if on and won else 'No'}: {who.rstrip(',')} {start} and {end}."


def _stat_lead(pw: Pitwall, p: Frame, who: str, e: EntryView) -> str | None:
    """ "Did X set the fastest lap?", "X's average speed", "was the winner on pole?": the race's
    statistic, and whether it is this car's (the article gives each for one car only)."""
    for kind, label, words in _STAT_ASKED:
        if not p.has(*words):
            continue
        s = pw.results.race_details(e.race.id)["stats"].get(kind)
        named = s and not s["car_number"] and s["value"] and any(fold(n) in fold(s["value"]) for n in e.drivers)
        on_pole = kind == "pole" and re.search(r"\b(?:on|take|took|get|got|had|has|have|start(?:ed)? from|claim(?:ed)?|grab(?:bed)?|"
                                               r"secured?|nab(?:bed)?|bag(?:ged)?) "
                                               r"(?:the )?pole\b", p.text)  # not "pole sitter X": who X is
        if on_pole and named:  # "Toni Elías 1:33.771": the pole sitter named, with no car number
            return ("Yes: " if yes_no(p) else "") + f"{who.rstrip(',')} took pole position ({s['value']})."
        if on_pole and (not s or not s["car_number"]) and e.grid is not None:
            # no pole printed for a car, but the grid is: grid 1 is the pole ("tagliani was on pole, where did he
            # finish?")
            on = e.grid == 1
            fact = f"{who.rstrip(',')} started {'from pole (grid 1)' if on else f'from grid {e.grid}, not from pole'}"
            return (("Yes: " if on else "No: ") if yes_no(p) else "") + fact + "."
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


def aspect_lead(pw: Pitwall, p: Frame, who: str, e: EntryView, name: str | None = None) -> str | None:
    """The direct answer to the aspect asked about (team, laps, co-drivers...), or None."""
    name = name or who
    mates = [d for d in e.drivers if d != name]
    from_pole = _won_from_pole(pw, p, who, e)
    if from_pole:
        return from_pole
    stat = _stat_lead(pw, p, who, e)
    if stat:
        return stat
    if not e.car_number and p.has("what number", "which number", "race number", "car number", "bike number",
                                  "number was", "number did", "number plate"):
        return f"The results of the {e.race.title} print no car numbers."  # never "#" and nothing
    if p.cars and not p.drivers and (re.search(r"\bwho\b", p.text) and p.has(
            "drove", "drive", "drives", "driving", "driver", "drivers", "raced", "crewed", "in") or p.has(
            "crew", "lineup", "line up", "driver lineup", "driver line up")):  # "the 99 crew?"
        # "who drove the #8?": the people, not the car, are the answer
        lead = f"{and_list(e.drivers)} drove {machine(e)}."
    elif p.has("how many drivers", "number of drivers", "how many people"):
        lead = f"{who} had {plural(len(e.drivers), 'driver')}: {', '.join(e.drivers)}."
    elif p.has("teammate", "teammates", "team mate", "team mates") and len(e.drivers) <= 1 and not e.team:
        lead = f"The results of the {e.race.title} print no team for {who}, so no teammate can be told."
    elif p.has("teammate", "teammates", "team mate", "team mates") and len(e.drivers) <= 1:
        # one driver to a car (a Grand Prix): the teammates drove the team's other cars
        field = pw.results.race_entries(e.race.id)
        others = teammates(e, field)
        lead = (f"{name}'s teammate{'s' if len(others) > 1 else ''} at {e.team}: " + "; ".join(
            f"{and_list(x.drivers) or x.car}{f' (#{x.car_number})' if x.car_number else ''} {x.finish_phrase}"
            + (f", {x.run}" if x.run else "") for x in others) + "."
            if others else f"{name} had no teammate: {e.team} ran one car.")
        if len(others) == 1 and yes_no(p):
            lead = _teammate_yes_no(p, e, others[0], field, lead)
    elif p.has("co driver", "co drivers", "codriver", "codrivers", "teammate", "teammates", "team mate",
             "team mates", "partner", "partners", "share", "shared", "shares", "sharing", "with whom", "who drove with"):
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
        lead = ("Yes" if on else "No") + f": {who} {e.finish_phrase}, {'on' if on else 'off'} the podium."
    elif yes_no(p) and e.laps is None and p.has("every lap", "all the laps", "all laps", "lead lap", "leading lap",
                                                "full distance", "lapped", "same lap as the winner", "winner s lap"):
        lead = f"The results of the {e.race.title} print no laps for {who}."
    elif yes_no(p) and e.laps is not None and p.has("every lap", "all the laps", "all laps", "lead lap", "leading lap",
                                                    "full distance", "lapped", "same lap as the winner",
                                                    "winner s lap"):
        # "did Stewart complete every lap?", "did Tagliani finish on the lead lap?": his laps against the winner's
        on = e.classified and (e.behind_overall or 0) == 0
        said = "on the lead lap" if on else f"{plural(e.behind_overall or 0, 'lap')} down on the winner"
        lead = ("No" if on == p.has("lapped") else "Yes") + f": {who} {e.finish_phrase}, {said} ({e.laps_text})."
    elif yes_no(p) and p.has("finish", "classified", "complete", *_RETIRE_WORDS):
        field = pw.results.race_entries(e.race.id)
        done = finished(e, classify_all=classifies_every_car(field))
        if p.has(*_RETIRE_WORDS):  # "did kristensen dnf?": No, and that he did not retire, said
            # a car not classified (NC) ran to the end: it did not retire, though it did not finish classified
            out = e.status == "DNF" or (e.classified and not done)
            lead = (f"Yes: {who} {e.was_status}" + (f" but stopped ({e.reason})." if e.classified else ".") if out else
                    f"No: {who} did not retire ({e.was_status.removeprefix('was ')}).")
        else:  # CART classifies every car: one classified 20th with "Brakes" did not finish
            lead = ("Yes" if done else "No") + f": {who} {e.was_status}" + (
                f", {ordinal(e.position)} overall" if e.classified else "") + (
                f", but stopped ({e.reason})." if e.classified and not done else ".")
    elif yes_no(p) and p.has("win", "won"):
        in_class = bool(p.classes) or (p.has("class", "category", "division") and e.class_name is not None)
        won = e.position == 1 or (in_class and e.class_position == 1)
        winner = None if won else next((x for x in pw.results.race_entries(e.race.id) if (
            x.class_position == 1 and x.class_name == e.class_name if in_class else x.position == 1)), None)
        lead = ("Yes" if won else "No") + f": {who} finished {e.place}" + (
            f"; {entry_who(winner)} won" + (f" in the {winner.car_name}" if winner.car_name else "") + "."
            if winner is not None else ".")  # "did they win?": No, and who did, in what
    elif p.has("margin", "won by", "win by") and (e.position == 1 or (p.classes and e.class_position == 1)) and (
            runner_up := next((x for x in pw.results.race_entries(e.race.id) if x.id != e.id and (
                x.class_position == 2 if p.classes else x.position == 2)), None)) is not None:
        # "what was Leffler's winning margin?": over second place, from the printed times (or laps), else declined
        if e.laps is not None and runner_up.laps is not None and e.laps > runner_up.laps:
            lead = f"{who} won by {plural(e.laps - runner_up.laps, 'lap')} over {entry_who(runner_up)}."
        else:
            lead = time_gap_or_decline(e.race, [e, runner_up], pw.results.race_entries(e.race.id)).summary
    elif len(p.positions) == 1 and p.has("behind", "gap", "down on", "ahead", "adrift", "margin") and (
            ref := _at_place(pw, p, e)) is not None and ref.id != e.id:
        # "how many laps ahead of second place was lehto?": against the car at that place, not the winner
        ahead, behind = sorted([e, ref], key=rank_key)
        laps = (ahead.laps or 0) - (behind.laps or 0)
        lead = (f"{entry_who(behind)} ({behind.place}) was {plural(laps, 'lap')} behind {entry_who(ahead)} "
                f"({ahead.place})." if ahead.laps is not None and behind.laps is not None and (
                    laps or p.has("lap", "laps")) else
                time_gap_or_decline(e.race, [ahead, behind], pw.results.race_entries(e.race.id)).summary)
    elif _asks_time_behind(p):
        gap = _time_behind(pw, p, e)
        lead = gap.summary if gap else f"{who} won: no one finished ahead of {who.rstrip(',')} ({e.place})."
    elif p.has("behind", "gap", "down on", "ahead", "laps down", "adrift", "margin") and e.laps is None:
        gap = _time_behind(pw, p, e)  # a rally's or a lapless table's gap: in time, from the printed times
        lead = gap.summary if gap else None
    elif p.has("behind", "gap", "down on", "ahead", "adrift", "margin") and not p.has("lap", "laps") and e.classified \
            and e.position != 1 and not e.behind_overall and e.race_time and (gap := _time_behind(pw, p, e)) is not None \
            and gap.status == ANSWERED:
        lead = gap.summary  # "how far behind was Wilson?" on the winner's lap: the printed time gap, not "0 laps"
    elif p.has("behind", "gap", "down on", "ahead", "laps down", "adrift", "margin") and not e.classified:
        lead = f"{who} {e.finish_phrase}, {plural(e.behind_overall or 0, 'lap')} short of the winner's distance."
    elif p.has("behind", "gap", "down on", "ahead", "laps down", "adrift", "margin"):
        lead = f"{who} was {plural(e.behind_overall or 0, 'lap')} behind the " + (
            "winner." if e.classless else f"overall winner and {plural(e.behind_class or 0, 'lap')} behind the "
                                          f"{e.class_name} winner.")
    elif p.has("fastest lap", "fastest race lap", "quickest lap", "best lap", "lap time"):
        lead = _fastest_lap_lead(pw, who, e)
    elif p.has("laps", "lap") and not (p.has("how long", "time") and e.race_time):
        lead = f"{who} completed {e.laps_text}." if e.laps is not None else \
            f"The results of the {e.race.title} print no laps for {who}."
        if e.laps is not None and (e.reason or not e.classified) and p.has(
                "retire", "retired", "retiring", "retirement", "dnf", "dnfd", "out", "stop", "stopped", "drop out",
                "dropped out"):
            # "what lap did franchitti retire on?": the laps he had done when he stopped, and why
            stopped = f"stopped, classified {e.place}," if e.classified else e.was_status
            lead = f"{who} {stopped} after {e.laps_text}" + (f" ({e.reason})." if e.reason else ".")
    elif p.has("engine", "engines", "motor", "powered"):
        lead = (f"{who} used the {e.engine} engine" + (f" in the {e.chassis}." if e.chassis else ".") if e.engine else
                f"The results of the {e.race.title} print no engine for {who}.")
    elif p.has("tyre", "tyres", "tire", "tires") or p.tyres:  # "michelin or dunlop on the X?"
        lead = f"{who} ran on {e.tyre or 'tyres the article does not name'}."
    elif p.has("manufacturer", "manufacturers", "marque", "brand", "constructor", "make", "which make"):
        make = make_of(e.chassis) or e.chassis
        lead = f"{who} was {'an' if make[:1].upper() in 'AEIOU' else 'a'} {make} (" + ", ".join(filter(None, [e.chassis, e.engine])) + ")."
    elif p.has("team", "drive for", "drove for", "driving for", "drives for", "entrant", "entered by"):
        lead = (f"{who} drove for {e.team} ({f'#{e.car_number} ' if e.car_number else ''}{e.chassis})."
                if e.team else f"The results of the {e.race.title} print no team for {who}.")
    elif (p.has("chassis", "drive", "drove", "driving", "model", "bike", "motorcycle", "machine", "ride", "rode",
                "riding") or (p.has("car") and not p.cars)) and not p.has("how long", "what time", "finishing time",
                                                                          "race time", "why",
                                                         "reason"):
        lead = (f"The {who} was {'an' if e.chassis[:1].lower() in 'aeiou' else 'a'} {e.chassis}" + (f" ({e.engine})" if e.engine else "") + (
            f" entered by {e.team.rstrip('.')}." if e.team else ".") if who.startswith("#") else f"{who} drove {machine(e, engine=True)}.")
    elif p.has("class", "category"):
        lead = f"{who} raced in {e.class_name}" + (f", finishing {ordinal(e.class_position)} in class." if e.class_position else f" ({e.position_text}).")
    elif p.has("country") or _asks_origin(p):
        lead = _nationality_sentence(pw, p, name) or _crew_nationalities(e)
    elif p.has("why") and e.status == "NC" and not e.reason:
        rule = pw.results.race_details(e.race.id)["rule"]
        lead = (f"{who} was not classified (NC) with {e.laps_text}; the article's rule: cars failing to complete "
                f"{rule} of the winner's distance are not classified." if rule else
                f"{who} was not classified (NC) with {e.laps_text}; the article gives no reason.")
    elif p.has(*_WHY_WORDS, "caused", "what happened", "drop out", "dropped out", "out of") and (
            not e.classified or e.reason):
        status = f"classified {e.place} but stopped" if e.classified else e.was_status
        after = f" after {e.laps_text}" if e.laps is not None else ""
        # "why was watson disqualified?" where the cell says "Disqualified": the status again, no reason
        reason = e.reason if e.reason and fold(e.reason) not in _STATUS_AS_REASON else ""
        lead = (f"{who} {status}{after}; the results give the reason: {reason}."
                if reason else f"{who} {status}{after}; the results give no reason.")
    elif p.has("time", "how long did", "race time", "finishing time") and not p.has(
            "lap time", "fastest", "pole", "first time", "last time", "how many times", "times"):
        gap = e.race_time.startswith("+") or "lap" in e.race_time.lower()
        lead = (f"{who} finished {e.race_time} behind the winner." if e.race_time and gap else
                f"{who} finished in {e.race_time}." if e.race_time else
                f"The results give no time for {who.rstrip(',')}" + (f" ({e.status_text})." if not e.classified else "."))
    elif yes_no(p) and p.has("qualify", "qualified", "make the race", "make the start", "make the grid", "start the race",
                             "start", "started"):
        # "did damon hill qualify for the race?": started, or why not
        started = has_status(e, "started")
        lead = f"{'Yes' if started else 'No'}: {who} {e.was_status}" + (f", {e.place}." if started else ".")
    elif yes_no(p) and (p.makes or p.subject_makes):
        # "was kristensen in a peugeot?": the make asked against his car
        makes = p.makes or list(p.subject_makes.values())
        yes = any(has_make(e, make, role) for make, role in makes)
        lead = f"{'Yes' if yes else 'No'}: {who} drove {machine(e, engine=True)}."
    elif yes_no(p) and p.has("score", "scored", "scoring", "points", "point"):
        # "did kristensen score?": points, where the results print them
        lead = (f"The results of the {e.race.title} print no points." if e.points is None else
                f"{'Yes' if e.points > 0 else 'No'}: {who} scored {plural(int(e.points), 'point')} ({e.place}).")
    elif yes_no(p) and (p.has(*_TAKING_PART) or _only_there_asked(p)) and not p.has(
            "fastest", "quickest", "slowest", "best", "worst", "lead", "led", "leading", "pole", "beat", "beaten",
            "faster", "slower", "ahead", "higher", "lower"):
        # "was X at Spa?", "did X race in the 2003 Petit?": taking part is what is asked
        lead = f"Yes: {who} took part in {e.race.title}."
    else:
        return None
    return lead


_TAKING_PART = ("race", "raced", "racing", "take part", "took part", "compete", "competed", "enter", "entered", "drive",
                "drove", "ride", "rode", "participate", "participated", "run", "ran", "there", "involved", "appear",
                "appeared")
_ASIDE = ("also", "even", "actually", "really", "too", "ever")  # "was he also in the 1970 targa florio?"
_PART_TAKEN_VERBS = ("do", "run", "race", "enter", "contest")  # "did denny hulme do le mans 67?"


def _only_there_asked(p: Frame) -> bool:
    """ "was kristensen at spa 2003?", "did denny hulme do le mans 67?": the question is the name, a word of being there
    or taking part, and the race alone ("was lammers slow at spa" is not)."""
    words = p.words
    if len(words) < 4:
        return False
    if words[0] == "did":
        at = next((i for i, w in enumerate(words) if w in _PART_TAKEN_VERBS), None)
        if at is not None and at + 1 < len(words) and words[at + 1] in ("at", "in", "the"):
            at += 1
        before, after = (*_ASIDE, *_PART_TAKEN_VERBS), ("that", "year")
    elif words[0] in ("was", "were", "is"):
        at = next((i for i, w in enumerate(words) if w in ("at", "in")), None)
        before, after = _ASIDE, ()
    else:
        return False
    own = set(fold(p.race.title).split()) if p.race is not None else set()  # "le" of "le mans 67"
    return at is not None and at > 1 and all(i in p.used or words[i] in before for i in range(1, at)) and all(
        i in p.used or words[i] in ("the", *after, *_ASIDE, *own) or re.fullmatch(r"\d{2}|\d{4}", words[i])
        for i in range(at + 1, len(words)))  # (a race's year and title words, "le mans 67", are the race's)


_RETIRE_WORDS = ("retire", "retired", "dnf", "dnfd", "dnf d", "crash out", "crashed out", "drop out", "dropped out")


def _at_place(pw: Pitwall, p: Frame, e: EntryView) -> EntryView | None:
    """The car at the one place the question names, in the class named (or overall), of ``e``'s race."""
    if not p.classes:
        return pw.results.entry_at(e.race.id, p.positions[0])
    return next((x for x in pw.results.race_entries(e.race.id)
                 if x.class_name in p.classes and x.class_position == p.positions[0]), None)


def _asks_time_behind(p: Frame) -> bool:
    return p.has("behind", "gap", "down on", "ahead", "adrift", "margin", "won by", "win by") and asks_time_gap(p.text)


def _time_behind(pw: Pitwall, p: Frame, e: EntryView) -> Answer | None:
    """ "how many seconds behind the winner was X?": the printed times, never the laps (None: X won)."""
    ref = (pw.results.class_winner(e.race.id, e.class_name) if p.classes else None) or pw.results.entry_at(e.race.id, 1)
    if ref is None or ref.id == e.id:
        return None
    return time_gap_or_decline(e.race, [ref, e], pw.results.race_entries(e.race.id))


_LAPS_GAP = re.compile(r"\bhow many laps (?:behind|ahead|down|up|clear|back|in front|short|adrift)\b|\blaps? (?:behind|ahead of|"
                       r"down on|up on|clear of|in front of|adrift of)\b|\b(?:gap|difference) in laps\b|"
                       r"\bby how many laps\b|\bhow many laps (?:between|separated|apart)\b|\blaps apart\b|"
                       r"\bhow many laps (?:was|were|is|did|had) .{1,40}? (?:behind|ahead|down|up|clear|in front|adrift)\b")


_LAPS_STATED = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d+) laps? "
                          r"(behind|down on|down to|adrift of|short of|ahead of|up on|clear of|in front of)\b")


def laps_between(pw: Pitwall, p: Frame) -> Answer | None:
    """ "how many laps behind #25 was #16?", "how many laps down was pescarolo on #25?": the two subjects' laps
    against each other (None: not asked so, or not two cars with laps printed)."""
    if p.subjects != 2 or p.race is None or not _LAPS_GAP.search(p.text):
        return None
    groups = in_named_order(p, entries_for_subjects(pw, p, p.race))
    if not all(es for _n, es in groups):
        return None
    (n1, a), (n2, b) = ((n, min(es, key=rank_key)) for n, es in groups)
    if a.id == b.id or a.laps is None or b.laps is None:
        return None
    race = p.race
    stated = _LAPS_STATED.search(p.text) if yes_no(p) else None
    lead = ""
    if stated:  # "was the 133 a lap down on the 122?": the gap said, checked (the one named first is the one behind)
        said = 1 if stated.group(1) in ("a", "one") else COUNT_WORDS.get(stated.group(1)) or int(stated.group(1))
        first_behind = stated.group(2) in ("behind", "down on", "down to", "adrift of", "short of")
        actual = (b.laps - a.laps) if first_behind else (a.laps - b.laps)
        lead = "Yes: " if actual == said else f"No, not {plural(said, 'lap')}: "
    if a.laps == b.laps:
        return Answer(ANSWERED, f"{lead}{n1} and {n2} completed the same number of laps ({a.laps_text}) in the "
                      f"{race.title}, so neither was a lap behind the other: {n1} {a.place}, {n2} {b.place}.",
                      races=[race], entries=[a, b], kind="compare")
    (ahead_name, ahead), (behind_name, behind) = sorted(((n1, a), (n2, b)), key=lambda x: -(x[1].laps or 0))
    k = (ahead.laps or 0) - (behind.laps or 0)
    return Answer(ANSWERED, f"{lead}{behind_name} was {plural(k, 'lap')} behind {ahead_name} in the {race.title}: "
                  f"{behind.laps_text} ({behind.place}) to {ahead.laps_text} ({ahead.place}).", races=[race],
                  entries=[ahead, behind], kind="compare")


def _time_between(pw: Pitwall, p: Frame) -> Answer | None:
    """ "how many seconds behind X was Y?": two subjects' gap from the printed times, never the laps."""
    if p.subjects != 2 or not p.race_named or not asks_time_gap(p.text):
        return None
    groups = entries_for_subjects(pw, p, p.race)
    if not all(es for _n, es in groups):
        return None
    pair = sorted((min(es, key=rank_key) for _n, es in groups), key=rank_key)
    if pair[0].id == pair[1].id:
        return None
    return time_gap_or_decline(p.race, pair, pw.results.race_entries(p.race.id))


def _fastest_lap_lead(pw: Pitwall, who: str, e: EntryView) -> str:
    """ "what was X's fastest lap?": the race's fastest lap when it was X's car's, else a decline: results print
    one fastest lap, not each driver's."""
    s = pw.results.race_details(e.race.id)["stats"].get("fastest_lap")
    if s and s["car_number"] and s["car_number"] == e.car_number and s["value"]:
        return f"{who} set the race's fastest lap: {s['value']}."
    holder = f" (the race's was by #{s['car_number']}{': ' + s['value'] if s['value'] else ''})" if s and s[
        "car_number"] else ""
    return f"The results of the {e.race.title} give no lap times of each car, only the race's fastest lap{holder}."


def grid_compared(pw: Pitwall, p: Frame) -> Answer | None:
    """ "who had the better starting position, Hunt or Reutemann?", "did Wilson start ahead of Power?": the
    grid, not the finish."""
    if p.subjects != 2 or p.race is None or not p.has("grid", "start", "started", "starting", "qualified",
                                                      "qualifying", "qualify", "out qualify", "outqualify",
                                                      "outqualified"):
        return None
    groups = in_named_order(p, entries_for_subjects(pw, p, p.race))
    picked = [min((e for e in es if e.race.id == p.race.id), key=rank_key, default=None) for _n, es in groups]
    if len(picked) != 2 or None in picked or any(e.grid is None for e in picked) or picked[0].id == picked[1].id:
        return None
    (na, a), (nb, b) = zip((n for n, _es in groups), picked)
    first, second = ((na, a), (nb, b)) if a.grid < b.grid else ((nb, b), (na, a))
    said = f"{first[0]} started ahead of {second[0]}: grid {first[1].grid} to grid {second[1].grid} ({p.race.title})."
    if yes_no(p):
        back = p.has("behind", "further back", "farther back", "worse", "lower", "after")
        said = ("Yes. " if (a.grid > b.grid) == back else "No. ") + said
    elif p.has("further back", "farther back", "worse", "behind"):
        said = f"{second[0]} started further back: grid {second[1].grid} to {first[0]}'s grid {first[1].grid} " \
               f"({p.race.title})."
    return Answer(ANSWERED, said, races=[p.race], entries=[first[1], second[1]], kind="compare")


def _gap_between(pw: Pitwall, p: Frame) -> Answer | None:
    """ "the gap between Pescarolo and RN Motorsport": in laps when they differ, else in time from the printed
    times -- or declined when none are printed, never "0 laps" for a question about a gap."""
    if p.subjects != 2 or p.race is None or p.race_candidates[1:] or not p.has(*_GAP_WORDS):
        return None
    groups = entries_for_subjects(pw, p, p.race)
    if not all(es for _n, es in groups):
        return None
    ahead, behind = sorted((min(es, key=rank_key) for _n, es in groups), key=rank_key)
    if ahead.id == behind.id:
        return None
    if ahead.laps is None or behind.laps is None or ahead.laps == behind.laps or p.has(
            "seconds", "time gap", "in time", "minutes"):  # "the time gap in seconds": a time, never laps instead
        return time_gap_or_decline(p.race, [ahead, behind], pw.results.race_entries(p.race.id))
    return Answer(ANSWERED, f"{plural(ahead.laps - behind.laps, 'lap')}: {entry_who(behind)} ({behind.place}, "
                  f"{behind.laps_text}) finished behind {entry_who(ahead)} ({ahead.place}, {ahead.laps_text}) in the "
                  f"{p.race.title}.", races=[p.race], entries=[ahead, behind])


_FROM_A_RACE = re.compile(r"\b(?:retire|retired|retiring|withdraw|withdrew|withdrawn|start|started|starting|pit|"
                          r"pitted|qualify|qualified|excluded|disqualified|drop|dropped|pull|pulled)\s+(?:out\s+)?from\b"
                          r"|\bfrom (?:the )?(?:pole|grid|back|front|last|row)\b")  # "win from pole": a start


def _asks_origin(p: Frame) -> bool:
    """ "where is X from?", "X's nationality"; not "why did X retire from the race?"."""
    return p.has("nationality", "where is", "where s", "what country", "which country") or (
        p.has("from") and not _FROM_A_RACE.search(p.text))


def _crew_nationalities(e: EntryView) -> str:
    """ "what country is the 125cc winner from?": each driver of the car, by the flag the results print."""
    said = [f"{d} is {COUNTRIES[c].demonym} ({COUNTRIES[c].name}, {c})" if c in COUNTRIES else
            f"the results give no nationality for {d}" for d, c in zip(e.drivers, e.driver_countries)]
    if not said:
        return ""
    text = "; ".join(said) + "."
    return text[0].upper() + text[1:]


def _nationality_sentence(pw: Pitwall, p: Frame, name: str) -> str:
    if not p.drivers:
        return ""
    if p.has("co driver", "co drivers", "codriver", "codrivers", "teammate", "teammates", "team mate", "partner"):
        # "his co-driver, what nationality?": the nationality of those who shared the car, not his own
        race = p.race if p.race_named else None
        entries = entries_for_subjects(pw, p, race)[0][1][-1:]
        mates = [(d, c) for e in entries for d, c in zip(e.drivers, e.driver_countries) if d != name]
        if mates:
            return " ".join(f"{possessive(name)} co-driver {d} is {COUNTRIES[c].demonym} ({COUNTRIES[c].name})."
                            if c in COUNTRIES else f"The results give no nationality for {possessive(name)} co-driver "
                            f"{d}." for d, c in mates)
    iso = pw.results.driver_country(int(p.drivers[0].id))
    c = COUNTRIES.get(iso or "")
    if c and p.has("from", "where is", "where s"):
        # "where's he from?": the nationality the results print, which is all they say of where anyone is from
        return f"{name} is {c.demonym} ({c.name}, {iso}): the nationality the results print."
    return f"{name} is {c.demonym} ({c.name}, {iso})." if c else f"The results give no nationality for {name}."
