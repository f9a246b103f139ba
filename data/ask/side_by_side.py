"""Answers that set two things of the results side by side: a count in each race named, the laps of two places,
the holders of pole and of the fastest lap, the cars placed between two."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from data.answers import ANSWERED, UNSUPPORTED, Answer, RaceRef, ordinal
from data.ask.frame import Frame
from data.ask.helpers import and_list, entry_who, has_make, rank_key

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall


# "which had more classified finishers, brno or dijon?", "which rally had more crews make it to the finish, nz 2008 or
# madeira 2013": a count, asked of each race named, compared
MORE_OF = re.compile(r"(?i)\b(?:which|what)\b[^,?]*?\b(?:had|saw|got|with|has)\s+(more|fewer|less)\s+(?P<what>[^,?]+?)"
                     r"(?=\s*[,?-]|\s*$|\s+(?:at|in|between)\b)")
# "how many retirements at the 2005 british gp compared to the 2005 malaysian gp": the count of each, side by side
_HOW_MANY_EACH = re.compile(r"(?i)^\s*how many()\s+(?P<what>[\w'-]+(?: [\w'-]+)?)\b(?= (?:at|in|were|did|was)\b)")
_COMPARED = re.compile(r"(?i)\b(?:compared (?:to|with)|vs\.?|versus)\b")


def count_asked_of_races(question: str) -> re.Match[str] | None:
    """The count a question asks of each race it names, if it asks one so."""
    return MORE_OF.search(question) or (_HOW_MANY_EACH.search(question) if _COMPARED.search(question) else None)


def counts_compared(pw: Pitwall, p: Frame) -> Answer | None:
    """The count asked of each race a question names, compared: the race with more (or fewer), and each count."""
    m = count_asked_of_races(p.raw)
    if m is None or not p.other_races or p.subjects:
        return None
    races = [p.race, *p.other_races]
    what = m["what"].strip()
    counts: list[tuple[RaceRef, int, str]] = []
    for race in races:
        a = pw.ask(f"how many {what} at the {race.title}?")
        n = re.match(r"\D{0,12}?(\d+) ", a.summary) if a.status == ANSWERED else None
        if n is None:
            return None
        counts.append((race, int(n.group(1)), a.summary.split("\n")[0]))
    more = (m.group(1) or "more").lower() == "more"
    best = (max if more else min)(counts, key=lambda c: c[1])
    if sum(1 for c in counts if c[1] == best[1]) > 1:
        lead = f"The same: {best[1]} in each."
    else:
        lead = f"{'More' if more else 'Fewer'} at the {best[0].title} ({best[1]})."
    return Answer(ANSWERED, lead + "\n" + "\n".join(said for _r, _n, said in counts), races=races, kind="compare",
                  read_whole=True)


_PLACE_SAID = r"(?:p\d{1,2}|\d{1,2}(?:st|nd|rd|th)(?: place)?|the winners?|the runner[- ]?up|(?:the )?(?:1st|2nd|3rd) place)"
# "were 3rd and 4th on the same lap?", "did p2 finish on the same lap as the winner?"
PLACES_SAME_LAP = re.compile(rf"(?i)\b(?:were|was|did) (?P<a>{_PLACE_SAID}) (?:(?:and|&) (?P<b>{_PLACE_SAID})(?: finish)? "
                             rf"on the same lap\b|(?:finish |end up |come home )?on the same lap as (?P<c>{_PLACE_SAID}))|"
                             # "3rd and 4th were on the same lap right?": said, to be confirmed
                             rf"^\s*(?P<d>{_PLACE_SAID}) (?:and|&) (?P<e>{_PLACE_SAID}) (?:were|finished|ended up) on the same "
                             rf"lap\b")


def _place_number(said: str) -> int:
    """The place a phrase of :data:`_PLACE_SAID` names: "p2" 2, "the winner" 1, "the runner up" 2."""
    digits = re.search(r"\d+", said)
    return int(digits.group(0)) if digits else 1 if "winner" in said.lower() else 2


def places_on_one_lap(pw: Pitwall, p: Frame) -> Answer | None:
    """ "were 3rd and 4th on the same lap?": the two cars at those places, their laps side by side, Yes or No first."""
    m = PLACES_SAME_LAP.search(p.raw)
    if m is None or p.race_candidates[1:]:
        return None
    field = pw.results.race_entries(p.race.id)
    said = (m.group("a") or m.group("d"), m.group("b") or m.group("c") or m.group("e"))
    cars = [next((e for e in field if e.position == _place_number(n)), None) for n in said]
    if None in cars or any(e.laps is None for e in cars):
        return None
    a, b = cars
    return Answer(ANSWERED, f"{'Yes' if a.laps == b.laps else 'No'}: {ordinal(a.position)} ({entry_who(a)}) "
                  f"{a.laps_text}, {ordinal(b.position)} ({entry_who(b)}) {b.laps_text} in the {p.race.title}.",
                  races=[p.race], entries=[a, b], kind="yes_no", read_whole=True)


POLE_AND_FASTEST_LAP = re.compile(r"(?i)\bpole (?:and|&) (?:the )?(?:fl|fastest lap)\b.*\bsame\b|\bsame (?:car|driver|"
                                  r"guy|person)\b.*\bpole (?:and|&) (?:the )?(?:fl|fastest lap)\b|"
                                  # "did the audi do the full set, pole fl and the win?", "a hat trick for kimi?"
                                  r"\bpole,? (?:and |& )?(?:the )?(?:fl|fastest lap),? (?:and|&) (?:the )?(?:win|victory)\b|"
                                  r"\bhat[- ]?trick\b")
_SWEEP = re.compile(r"(?i)\b(?:win|victory)\b|\bhat[- ]?trick\b")


def pole_and_fastest_lap(pw: Pitwall, p: Frame) -> Answer | None:
    """ "pole and fl same car?": the two statistics' holders, the same or not."""
    if not POLE_AND_FASTEST_LAP.search(p.raw) or p.race_candidates[1:]:
        return None
    stats = pw.results.race_details(p.race.id)["stats"]
    pole, fast = stats.get("pole"), stats.get("fastest_lap")
    if not pole or not fast:
        return Answer(UNSUPPORTED, f"The article for {p.race.title} gives no {'pole' if not pole else 'fastest lap'}.",
                      races=[p.race])

    def holder(s: dict) -> str:
        return f"#{s['car_number']}" if s["car_number"] else (s["value"] or "").split(" 1:")[0].split(" 2:")[0]
    same = holder(pole) == holder(fast)
    if _SWEEP.search(p.raw):  # pole, fastest lap and the win: one car (the one named, if any) took all three
        winner = next((e for e in pw.results.race_entries(p.race.id) if e.position == 1), None)
        named = [e for e in pw.results.race_entries(p.race.id) if p.makes and all(has_make(e, m, r) for m, r in p.makes)]
        if winner is None or not winner.car_number or len(named) > 1:
            return None  # no winner's number to match, or "the ferrari" of several: not told here
        if p.subjects:  # "did alonso get a hat trick?": his car, the one that took all three
            from data.ask.subjects import entries_for_subjects
            named = [e for _n, es in entries_for_subjects(pw, p, p.race) for e in es if e.race.id == p.race.id][:1]
        swept = same and holder(pole) == f"#{winner.car_number}" and (not named or named[0].id == winner.id)
        return Answer(ANSWERED, f"{'Yes' if swept else 'No'}: pole {holder(pole)} ({pole['value']}), fastest lap "
                      f"{holder(fast)} ({fast['value']}), won by {entry_who(winner)} in the {p.race.title}.",
                      races=[p.race], kind="yes_no", read_whole=True, entries=[winner], focus=[winner])
    return Answer(ANSWERED, f"{'Yes' if same else 'No'}: pole {holder(pole)} ({pole['value']}), fastest lap "
                  f"{holder(fast)} ({fast['value']}) in the {p.race.title}.", races=[p.race], kind="yes_no",
                  read_whole=True)


# "was anything between the two moslers?", "who finished between #122 and #133?": the cars placed between two
BETWEEN_TWO = re.compile(r"(?i)\b(?:any ?(?:one|body|thing|car|cars)|who|which|how many(?: cars)?|"
                         r"what)\b(?:\s+\w+){0,3}?\s+(?:between|in between|split|splitting|sandwiched between)\b"
                         )
_GAP_BETWEEN = re.compile(r"(?i)\b(?:gaps?|difference|apart|down|seconds|time|margin|behind|ahead|points|laps)\b")


def placed_between(pw: Pitwall, p: Frame) -> Answer | None:
    """The cars classified between the two named (two subjects, or the two cars of a make or team named)."""
    if not BETWEEN_TWO.search(p.raw) or _GAP_BETWEEN.search(p.raw) or p.race_candidates[1:] or p.other_races:
        return None  # "what was the gap between the two moslers": how far apart, not who was between
    field = pw.results.race_entries(p.race.id)
    of_make = []  # "which panoz finished between #38 and #1?": only that make's cars between them
    if p.subjects == 2:
        from data.ask.subjects import entries_for_subjects
        pair = [es[0] for _name, es in entries_for_subjects(pw, p, p.race) if es]
        of_make = p.makes
    elif p.makes and not p.subjects:
        pair = [e for e in field if all(has_make(e, make, role) for make, role in p.makes)]
    else:
        return None
    if len(pair) != 2 or not all(e.position for e in pair):
        return None  # a car not classified has no place for others to be between
    a, b = sorted(pair, key=rank_key)
    inside = [e for e in field if e.position and (a.position or 0) < e.position < (b.position or 0)
              and all(has_make(e, make, role) for make, role in of_make)]
    asked_yes = re.match(r"(?i)\s*(?:was|were|is|did|any)\b", p.raw) is not None
    lead = ("Yes: " if inside else "No: ") if asked_yes else ""
    ends = f"{entry_who(a)} ({ordinal(a.position)}) and {entry_who(b)} ({ordinal(b.position)})"
    if not inside:
        return Answer(ANSWERED, f"{lead}{'n' if lead else 'N'}obody finished between {ends} in the {p.race.title}.",
                      races=[p.race],
                      entries=[a, b], kind="list", read_whole=True)
    return Answer(ANSWERED, f"{lead or 'B'}{'b' if lead else ''}etween {ends} in the {p.race.title}: " + and_list(
        [f"{entry_who(e)} ({ordinal(e.position)})" for e in inside]) + ".", races=[p.race], entries=inside,
        focus=inside, kind="list", read_whole=True)


# "was the winning audi the only audi in the race?": one car of that make, or more
ONLY_OF_MAKE = re.compile(r"(?i)\bthe only (?P<what>[a-z][\w-]*?)(?:e?s)?\b(?! (?:one|car|driver|team) (?:to|that|who)\b)")


def only_of_make(pw: Pitwall, p: Frame) -> Answer | None:
    """Whether the make named after "the only" had one car in the race, Yes or No first, with its cars."""
    m = ONLY_OF_MAKE.search(p.raw)
    named = [*p.makes, *p.subject_makes.values()]  # "the rollcentre mosler": the make described the team's car
    if m is None or p.race_candidates[1:] or not named:
        return None
    said = m["what"].lower()
    makes = [(make, role) for make, role in named if said in make.lower().split() or make.lower().startswith(said)]
    if not makes:
        return None
    make, role = makes[0]
    cars = [e for e in pw.results.race_entries(p.race.id) if has_make(e, make, role)]
    listed = "; ".join(f"{entry_who(e)} ({e.place})" for e in cars)
    if len(cars) == 1:
        return Answer(ANSWERED, f"Yes: {cars[0].car} ({', '.join(cars[0].drivers)}) was the only {make} in the "
                      f"{p.race.title} ({cars[0].place}).",
                      races=[p.race], entries=cars, focus=cars, kind="yes_no", read_whole=True)
    return Answer(ANSWERED, f"No: {len(cars)} {make} cars ran in the {p.race.title}: {listed}.", races=[p.race],
                  entries=cars, focus=cars, kind="yes_no", read_whole=True)
