"""Questions that compose operations over one race's table: count rows by a condition on a column,
sum or subtract a column, compare two subjects on a column, the first or last row listed, the row
next to another, the nationality with the most rows.

Each form is recognised whole (a pattern over the question and the entities linking found) and
answers with the value it computed, said plainly; a question that fits none of them is left to the
rest of the engine (``None``). Nothing here guesses: a column the race did not print is said so.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from data.answers import ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, EntryView, RaceRef, ordinal, plural
from data.countries import COUNTRIES
from data.folding import fold
from data.ask.helpers import (COUNT_WORDS, NOT_COUNTRY, and_list, bare_reason, clock_seconds, crew_countries, entry_who,
                              has_make, missing_column, rx)
from data.ask.table_select import select_answer
from data.ask.status import has_status

if TYPE_CHECKING:
    from data.ask.frame import Frame

log = logging.getLogger(__name__)

_NUMBER_WORDS = COUNT_WORDS
_NUM = r"(\d+(?:\.\d+)?|" + "|".join(_NUMBER_WORDS) + r")"

# a numeric column by the words fans use for it
COLUMNS: dict[str, tuple[str, ...]] = {
    "laps": ("laps", "lap"),
    "points": ("points", "point", "pts"),
    "grid": ("grid", "grid position", "starting position", "start position", "qualifying position", "qualifying"),
    "position": ("position", "positions", "place", "places", "spots", "finishing position", "finish"),
}
_OPS: tuple[tuple[str, Callable[[float, float], bool]], ...] = (
    (r"more than|over|above|greater than|in excess of|beyond|upwards of", lambda a, b: a > b),
    (r"at least|at lease|or more|minimum of|no less than|no fewer than", lambda a, b: a >= b),
    (r"less than|fewer than|under|below|lower than", lambda a, b: a < b),
    (r"at most|or less|or fewer|no more than|maximum of", lambda a, b: a <= b),
    (r"exactly|only|just", lambda a, b: a == b),
)
_PEOPLE = r"(?:drivers?|riders?|racers?|cars?|teams?|people|competitors?|entrants?|participants?|finishers?|" \
          r"crews?|entries|vehicles|bikes?|men|persons?)"
_HOW_MANY = r"\b(?:how many|number of|total number of|count of|count the)\b"


def _num(text: str) -> float:
    return float(_NUMBER_WORDS.get(text, text)) if text in _NUMBER_WORDS else float(text)


def column_value(e: EntryView, column: str) -> float | None:
    if column == "laps":
        return float(e.laps) if e.laps is not None else None
    if column == "points":
        return e.points if e.points is not None else None
    if column == "grid":
        return float(e.grid) if e.grid is not None else None
    if column == "position":
        return float(e.position) if e.position is not None else None
    return None


def _column_in(text: str) -> str | None:
    for col, words in COLUMNS.items():
        if any(re.search(rf"\b{w}\b", text) for w in words):
            return col
    return None



def _value_text(col: str, v: float) -> str:
    shown = f"{v:g}"
    return {"laps": plural(int(v), "lap"), "points": f"{shown} point{'s' if v != 1 else ''}",
            "grid": f"grid {shown}", "position": ordinal(int(v))}[col]


def _has_column(entries: list[EntryView], col: str) -> bool:
    return any(column_value(e, col) is not None for e in entries)



def _count_by_condition(text: str, entries: list[EntryView], race: RaceRef) -> Answer | None:
    """ "how many drivers completed more than 50 laps?", "how many riders had no points?"."""
    no_points = re.search(r"\b(?:no|zero|0) (?:points|pts)\b|\b(?:did|do|does) not (?:score|get|earn|receive|have) "
                          r"(?:any )?points\b|\bwithout (?:any )?points\b", text)
    if no_points and re.search(r"\b(?:name|who|which)\b", text) and not re.search(_HOW_MANY, text):
        if not _has_column(entries, "points"):
            return missing_column(race, "points")
        rows = [e for e in entries if not e.points]
        return Answer(ANSWERED, f"{and_list([entry_who(e) for e in rows]) or 'Nobody'} scored no points in the "
                      f"{race.title}.", races=[race], entries=rows, kind="list")
    m = re.search(rf"\b(?:who|which|what|name)\b.*\b(?:had|has|scored|earned|got|received|completed|did|ran|finished)"
                  rf"\s+(?:only |exactly |just )?{_NUM}\s+(laps?|points?|pts)\b", text)
    if m and not re.search(_HOW_MANY, text):
        n, col = _num(m.group(1)), "laps" if m.group(2).startswith("lap") else "points"
        if not _has_column(entries, col):
            return missing_column(race, col)
        rows = [e for e in entries if column_value(e, col) == n]
        return Answer(ANSWERED, f"{and_list([entry_who(e) for e in rows]) or 'Nobody'} had {_value_text(col, n)} in the "
                      f"{race.title}.", races=[race], entries=rows, kind="list")
    if not re.search(_HOW_MANY, text):
        return None
    m = re.search(rf"\b(?:did not|didnt|didn t|failed to|fail to|do not) (?:complete|finish|do|run|make|go) (?:all |the )?"
                  rf"(?:full )?{_NUM}\s+laps\b", text)
    if m:
        n = _num(m.group(1))
        rows = [e for e in entries if e.laps is None or e.laps < n]
        return Answer(ANSWERED, f"{plural(len(rows), 'entry', 'entries')} did not complete {n:g} laps in the "
                      f"{race.title}.", races=[race], entries=rows, kind="count")
    m = re.search(r"\b(?:the )?(most|maximum|max|highest|fewest|least|minimum|lowest) (?:number of |amount of )?"
                  r"(laps|points)\b", text)
    if m and re.search(r"\bhow many\b", text) and re.search(rf"\b{_PEOPLE}\b", text):
        # "how many drivers completed the most laps?": the rows at the top (or bottom) value
        col = "laps" if m.group(2) == "laps" else "points"
        values = [v for e in entries if (v := column_value(e, col)) is not None]
        if not values:
            return missing_column(race, col)
        best = max(values) if m.group(1) in ("most", "maximum", "max", "highest") else min(values)
        rows = [e for e in entries if column_value(e, col) == best]
        return Answer(ANSWERED, f"{plural(len(rows), 'entry', 'entries')} had the {m.group(1)} {col} "
                      f"({_value_text(col, best)}) in the {race.title}.", races=[race], entries=rows, kind="count")
    if no_points:
        if not _has_column(entries, "points"):
            return missing_column(race, "points")
        rows = [e for e in entries if not e.points]
        return Answer(ANSWERED, f"{plural(len(rows), 'entry', 'entries')} scored no points in the {race.title}.",
                      races=[race], entries=rows, kind="count")
    m = re.search(rf"\b(?:all|all of the|the full|every one of the)\s+{_NUM}\s+(laps)\b", text)
    if m:
        n = _num(m.group(1))
        negated = re.search(r"\b(?:not|n't|didnt|fail(?:ed)? to)\b", text)
        rows = [e for e in entries if (e.laps is not None and e.laps >= n) != bool(negated)]
        return Answer(ANSWERED, f"{plural(len(rows), 'entry', 'entries')} {'did not complete' if negated else 'completed'}"
                      f" all {int(n)} laps in the {race.title}.", races=[race], entries=rows, kind="count")
    m = re.search(rf"\bbetween\s+{_NUM}\s+and\s+{_NUM}\s+(laps|points)\b", text)
    if m:
        lo, hi = sorted((_num(m.group(1)), _num(m.group(2))))
        col = "laps" if m.group(3) == "laps" else "points"
        if not _has_column(entries, col):
            return missing_column(race, col)
        rows = [e for e in entries if (v := column_value(e, col)) is not None and lo <= v <= hi]
        return Answer(ANSWERED, f"{plural(len(rows), 'entry', 'entries')} had between {lo:g} and {hi:g} {col} in the "
                      f"{race.title}.", races=[race], entries=rows, kind="count")
    for words, op in _OPS:
        m = re.search(rf"\b(?:{words})\s+(?:the\s+)?{_NUM}\s+(?:or (?:more|less|fewer)\s+)?(laps?|points?|pts)\b", text) or \
            re.search(rf"\b{_NUM}\s+(laps?|points?|pts)\s+(?:{words})\b", text)
        if not m:
            continue
        n = _num(m.group(1))
        col = "laps" if m.group(2).startswith("lap") else "points"
        if not _has_column(entries, col):
            return missing_column(race, col)
        negated = re.search(r"\b(?:not|n't|didnt|fail(?:ed)? to)\b", text)
        rows = [e for e in entries if (v := column_value(e, col)) is not None and op(v, n) != bool(negated)]
        said = re.search(rf"\b(?:{words})\b", text).group(0)  # type: ignore[union-attr]
        return Answer(ANSWERED, f"{plural(len(rows), 'entry', 'entries')} had {'not ' if negated else ''}{said} "
                      f"{n:g} {col} in the {race.title}: "
                      + "; ".join(f"{entry_who(e)} ({_value_text(col, column_value(e, col) or 0)})" for e in rows[:12])
                      + ("" if len(rows) <= 12 else f" and {len(rows) - 12} more") + ".",
                      races=[race], entries=rows, kind="count")
    return None


def _scope(text: str, entries: list[EntryView], positions: list[int], subjects: list[list[EntryView]],
           countries: list[str]) -> tuple[list[EntryView], str] | None:
    if len(subjects) >= 2:
        rows = [e for group in subjects for e in group]
        return rows, and_list([entry_who(g[0]) for g in subjects if g])
    if len(subjects) == 1:
        return subjects[0], entry_who(subjects[0][0]) if subjects[0] else "?"
    if positions and re.search(r"\btop\b|\bfirst \d|\bfirst (?:two|three|four|five|six|ten)\b", text):
        rows = [e for e in entries if e.position in positions]
        return rows, f"the top {len(positions)}"
    if len(positions) == 1:
        rows = [e for e in entries if e.position == positions[0]]
        return rows, f"the {ordinal(positions[0])} placed car"
    if countries:
        rows = [e for e in entries if any(c in countries for c in e.driver_countries)]
        names = " or ".join(COUNTRIES[c].demonym for c in countries if c in COUNTRIES)
        return rows, f"the {names} entries"
    if re.search(r"\bfinishers\b|\bwho finished\b|\bclassified\b", text):
        return [e for e in entries if e.classified], "the classified finishers"
    return entries, "every entry"


# "points in all", "laps between them": a sum asked (of points or laps; "laps between them" of two cars is their
# difference, read before this by the follow-ups)
TOTAL_ASKED = re.compile(r"\b(?:total|sum|combined|altogether|in all|together|all together|add up|added up|between them|"
                         r"between the two|between the pair)\b")


def _total(text: str, entries: list[EntryView], race: RaceRef, positions: list[int],
           subjects: list[list[EntryView]], countries: list[str]) -> Answer | None:
    """ "the total number of points of the top 6", "total laps of A and B", "points in all"."""
    if not TOTAL_ASKED.search(text) or \
            re.search(r"\bdifference\b", text):
        return None  # "the total point difference between ...": a difference, not a sum
    if re.search(_HOW_MANY + rf"\s+{_PEOPLE}", text):
        return None  # "the total number of drivers": a count, not a sum
    col = _column_in(text)
    if col not in ("laps", "points"):
        return None
    if not _has_column(entries, col):
        return missing_column(race, col)
    scoped = _scope(text, entries, positions, subjects, countries)
    if scoped is None:
        return None
    rows, what = scoped
    if what == "every entry" and col == "laps" and not re.search(
            rf"\b{_PEOPLE}\b|\beveryone\b|\ball (?:the )?(?:cars|drivers)\b", text):
        return None  # "how many laps in total was the race?": the race's length, answered elsewhere
    if len(rows) < 2 and re.search(r"\bbetween\b|\btogether\b|\bcombined\b", text):
        return None  # "points between them" of one car: the other one was never named
    total = sum(column_value(e, col) or 0 for e in rows)
    return Answer(ANSWERED, f"{what[:1].upper()}{what[1:]} had {_value_text(col, total)} in all in the {race.title}"
                  f" ({plural(len(rows), 'entry', 'entries')}).", races=[race], entries=rows, kind="count")


def _difference(text: str, entries: list[EntryView], race: RaceRef, subjects: list[list[EntryView]],
                at_positions: list[EntryView]) -> Answer | None:
    """ "the difference in points between A and B", "how many fewer laps did A complete than B", "the point
    difference between the driver with the most points and the one with the least"."""
    if not re.search(r"\bdifference\b|\bhow (?:many|much) (?:more|fewer|less)\b|\bseparated\b|\bgap in\b|"
                     r"\bhow (?:many|much)\b.*\b(?:more|fewer|less) than\b|"
                     r"\bby how many laps\b.*\b(?:beat|beaten|ahead|lead|led|win|won|outlast|outlasted)\b", text):
        return None
    col = _column_in(text)
    most, least = r"most|highest|greatest|largest|maximum|top", r"least|fewest|lowest|smallest|minimum|bottom"
    if not subjects and len(at_positions) < 2 and col in ("laps", "points", "grid") and re.search(
            rf"\b(?:{most})\b.*\b(?:{least})\b|\b(?:{least})\b.*\b(?:{most})\b", text):
        valued = [(e, v) for e in entries if (v := column_value(e, col)) is not None]
        if not valued:
            return missing_column(race, col)
        low_pool = [(e, v) for e, v in valued if v] if col == "points" else valued  # the fewest points: of scorers
        hi, lo = max(v for _e, v in valued), min(v for _e, v in (low_pool or valued))
        top = [e for e, v in valued if v == hi]
        bottom = [e for e, v in (low_pool or valued) if v == lo]
        return Answer(ANSWERED, f"The difference is {_value_text(col, hi - lo) if col != 'grid' else f'{hi - lo:g} places'}"
                      f": the most {_value_text(col, hi)} ({and_list([entry_who(e) for e in top])}), the fewest "
                      f"{_value_text(col, lo)} ({and_list([entry_who(e) for e in bottom])}) in the {race.title}.",
                      races=[race], entries=top + bottom, kind="fact")
    winner = next((e for e in entries if e.position == 1), None)
    classified = [e for e in entries if e.classified and e.position]
    if len(at_positions) < 2 and classified and re.search(
            r"\bthe last (?:classified |placed )?(?:finisher|car|driver|rider|runner|classified|place)\b", text):
        last = max(classified, key=lambda e: e.position or 0)  # "than the last classified finisher"
        at_positions = [*at_positions, last] if last not in at_positions else at_positions
    if len(at_positions) + len(subjects) == 1 and winner is not None and re.search(
            r"\bthe (?:race )?(?:winner|winning|victorious|champion)\b", text):
        # "how many more points did the winner get than the fifth place rider?": the winner is the other one
        if at_positions:
            at_positions = [winner, *at_positions]
        else:
            subjects = [[winner], *subjects]
    if len(subjects) >= 2 and all(subjects[:2]):
        pair = [subjects[0][0], subjects[1][0]]
    elif len(at_positions) >= 2:
        pair = at_positions[:2]
        if col == "position":  # "the difference in laps between position 1 and position 24"
            col = "laps" if re.search(r"\blaps?\b", text) else "points" if re.search(r"\bpoints?\b", text) else None
    else:
        return None
    if col is None:
        return None
    a, b = (column_value(e, col) for e in pair)
    if a is None or b is None:
        return Answer(UNSUPPORTED, f"The results of the {race.title} give no {col} for "
                      f"{entry_who(pair[0]) if a is None else entry_who(pair[1])}.", races=[race])
    diff = abs(a - b)
    if re.match(r"^(?:is|was|are|were) there\b", text):  # "is there a points difference between A and B?"
        return Answer(ANSWERED, f"{'Yes' if diff else 'No'}: {entry_who(pair[0])} ({pair[0].place}) "
                      f"{_value_text(col, a)}, {entry_who(pair[1])} ({pair[1].place}) {_value_text(col, b)} "
                      f"({race.title}).", races=[race], entries=pair, kind="fact")
    if col == "laps" and diff and all(e.position for e in pair):
        ahead, behind = sorted(pair, key=lambda e: e.position or 0)
        return Answer(ANSWERED, f"The difference is {_value_text(col, diff)}: {entry_who(behind)} ({behind.place}) was "
                      f"{_value_text(col, diff)} behind {ordinal(ahead.position or 0)}, {entry_who(ahead)} "
                      f"({race.title}).", races=[race], entries=pair, kind="fact")
    said = _value_text(col, diff) if col not in ('position', 'grid') else f'{diff:g} places'
    return Answer(ANSWERED, f"The difference is {said}: "
                  f"{entry_who(pair[0])} ({pair[0].place}) {_value_text(col, a)}, {entry_who(pair[1])} ({pair[1].place}) "
                  f"{_value_text(col, b)} ({race.title}).", races=[race], entries=pair, kind="fact")


_BEFORE = ("before", "ahead of", "above", "in front of", "higher than", "better than")
_AFTER = ("after", "behind", "below", "lower than", "worse than")


def compare(text: str, race: RaceRef, subjects: list[list[EntryView]]) -> Answer | None:
    """Two subjects on a column: "did A finish before or after B?", "who scored more points, A or B?",
    "did A receive more points than B?", "more or less laps"."""
    if len(subjects) != 2 or not all(subjects):
        return None
    a, b = subjects[0][0], subjects[1][0]
    col = _column_in(text)
    if col in (None, "position") and re.search(r"\b(?:finish|finished|place|placed|come|came|end|ended|rank|ranked)\b",
                                               text):
        col = "order"
    if col is None:
        return None

    def key(e: EntryView) -> float | None:
        if col == "order":  # the table's order: classified by position, then the rest as listed
            return float(e.row)
        return column_value(e, col)
    va, vb = key(a), key(b)
    if va is None or vb is None:
        return None
    an, bn = entry_who(a), entry_who(b)
    if len(subjects[0]) > 1 or len(subjects[1]) > 1:
        # a team with several cars: its best car and all its cars together must tell the same story, else
        # which is meant is not clear and no first car stands for the team
        groups = []
        for group in subjects[:2]:
            values = [v for e in group if (v := key(e)) is not None]
            if not values:
                return None
            name = group[0].team if len({e.team for e in group}) == 1 and group[0].team else entry_who(group[0])
            groups.append((name, values))
        (an, xa), (bn, xb) = groups
        low_first = col == "order"
        best_a, best_b = (min(xa), min(xb)) if low_first else (max(xa), max(xb))
        all_a, all_b = (max(xa), max(xb)) if low_first else (sum(xa), sum(xb))
        if (best_a < best_b) != (all_a < all_b) or best_a == best_b or all_a == all_b:
            return Answer(UNSUPPORTED, f"{an} had {plural(len(xa), 'car')} and {bn} {plural(len(xb), 'car')} in the "
                          f"{race.title}: whether their best car or all their cars are meant changes the answer, so "
                          "ask about one car.", races=[race])
        va, vb = best_a, best_b
        a = min(subjects[0], key=lambda e: e.row) if low_first else max(subjects[0], key=lambda e: key(e) or 0)
        b = min(subjects[1], key=lambda e: e.row) if low_first else max(subjects[1], key=lambda e: key(e) or 0)
    if col == "order":
        first = an if va < vb else bn
        if re.search(r"\bbefore or after\b|\babove or below\b|\bahead or behind\b|\babove or bel\w*\b", text):
            word = ("before" if va < vb else "after") if "before" in text else \
                ("above" if va < vb else "below") if "above" in text else ("ahead" if va < vb else "behind")
            return Answer(ANSWERED, f"{word.capitalize()}: {an} finished {a.place}, {bn} {b.place} ({race.title}).",
                          races=[race], entries=[a, b], kind="fact")
        m = re.search(r"\b(" + "|".join(_BEFORE + _AFTER) + r")\b", text)
        if m and re.match(r"^(?:did|does|was|is|were)\b", text):
            yes = (va < vb) == (m.group(1) in _BEFORE)
            return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: {an} finished {a.place}, {'ahead of' if va < vb else 'behind'}"
                          f" {bn} ({b.place}) ({race.title}).", races=[race], entries=[a, b], kind="fact")
        if re.search(r"\b(?:who|which)\b", text):
            if re.search(r"\b(?:later|behind|after|slower|lower|worse|last)\b", text):  # "who finished later, A or B?"
                return Answer(ANSWERED, f"{an if va > vb else bn} finished behind: {an} {a.place}, {bn} {b.place} "
                              f"({race.title}).", races=[race], entries=[a, b], kind="fact")
            return Answer(ANSWERED, f"{first} finished ahead: {an} {a.place}, {bn} {b.place} ({race.title}).",
                          races=[race], entries=[a, b], kind="fact")
        return None
    more = re.search(r"\b(?:more|most|greater|higher|larger)\b", text)
    less = re.search(r"\b(?:less|fewer|least|fewest|lower|smaller)\b", text)
    sa, sb = _value_text(col, va), _value_text(col, vb)
    if more and less and re.search(r"\bmore or (?:less|fewer)\b|\b(?:less|fewer) or more\b", text):
        word = "more" if va > vb else "less" if va < vb else "the same"
        return Answer(ANSWERED, f"{word.capitalize()}: {an} {sa}, {bn} {sb} ({race.title}).", races=[race],
                      entries=[a, b], kind="fact")
    if re.search(r"\bsame\b", text):
        return Answer(ANSWERED, f"{'Yes' if va == vb else 'No'}: the two had {'the same' if va == vb else 'different'} "
                      f"{col} — {an} {sa}, {bn} {sb} ({race.title}).",
                      races=[race], entries=[a, b], kind="fact")
    if not (more or less):
        return None
    want_more = bool(more) and not less
    if re.match(r"^(?:did|does|was|is|were|has|had)\b", text) and not re.search(r"\bor\b", text):
        yes = va > vb if want_more else va < vb
        return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: {an} {sa}, {bn} {sb} ({race.title}).", races=[race],
                      entries=[a, b], kind="fact")
    if va == vb:
        return Answer(ANSWERED, f"Neither: {an} and {bn} both had {sa} ({race.title}).", races=[race],
                      entries=[a, b], kind="fact")
    winner = an if (va > vb) == want_more else bn
    return Answer(ANSWERED, f"{winner} had {'more' if want_more else 'fewer'}: {an} {sa}, {bn} {sb} ({race.title}).",
                  races=[race], entries=[a, b], kind="fact")


_ENTITY_WORDS = (("team", ("team", "teams", "entrant", "entrants")),
                 ("constructor", ("constructor", "constructors", "manufacturer", "manufacturers", "make", "makes",
                                  "chassis", "car", "cars", "bike", "bikes", "vehicle")),
                 ("engine", ("engine", "engines")),
                 ("country", ("country", "countries", "nation", "nationality")),
                 ("driver", ("driver", "drivers", "rider", "riders", "racer", "racers", "person", "name", "who",
                             "competitor")))


def _entity_asked(text: str) -> str:
    head = re.split(r"\b(?:listed|on the|in the|finished|placed|came)\b", text, maxsplit=1)[0]
    for kind, words in _ENTITY_WORDS:
        if any(re.search(rf"\b{w}\b", head) for w in words):
            return kind
    return "driver"


def _entity_of(e: EntryView, kind: str) -> str:
    if kind == "team":
        return e.team or entry_who(e)
    if kind == "constructor":
        return e.chassis or e.team
    if kind == "engine":
        return e.engine or e.chassis
    if kind == "country":
        names = [COUNTRIES[c].name for c in e.driver_countries if c in COUNTRIES]
        return and_list(list(dict.fromkeys(names))) or "unknown"
    return entry_who(e)


def _listed(text: str, entries: list[EntryView], race: RaceRef) -> Answer | None:
    """ "who is the first driver listed?", "the last team on the chart", "the last constructor"."""
    m = re.search(r"\b(second|third) (?:to|from) (?:the )?last\b", text)
    if m and entries:
        k = {"second": 2, "third": 3}[m.group(1)]
        if len(entries) >= k:
            e = entries[-k]
            return Answer(ANSWERED, f"{_entity_of(e, _entity_asked(text))}: {m.group(0)} in the {race.title}'s results "
                          f"({e.place}).", races=[race], entries=[e], kind="fact")
    m = re.search(r"\b(first|last|top|bottom)\b(?:\s+\w+){0,2}?\s+(?:listed|on (?:the|this) (?:chart|list|table)|"
                  r"in (?:the|this) (?:chart|list|table))\b|\blisted (first|last)\b|\b(?:who|what|which) is the (last)\s+(?:team|"
                  r"constructor|driver|rider|manufacturer|engine|chassis)\b", text)
    if not m or not entries:
        return None
    which = next(g for g in m.groups() if g)
    if re.search(r"\b(?:points|scored|score|scoring)\b", text):
        entries = [e for e in entries if e.points] or entries  # "the last driver listed to receive points"
    e = entries[0] if which in ("first", "top") else entries[-1]
    kind = _entity_asked(text)
    return Answer(ANSWERED, f"{_entity_of(e, kind)}: the {'first' if which in ('first', 'top') else 'last'} row of "
                  f"the {race.title}'s results ({e.place}, #{e.car_number} {e.team}).".replace("# ", ""),
                  races=[race], entries=[e], kind="fact")


# the grid place beside another: "started directly behind X", "lined up next to X", "right behind X on the grid"
# (the verb and the relation within a few words; "behind" alone, not "directly behind", is every car further back)
_GRID_NEXT = re.compile(r"\b(?:started|starting|start|lined up|qualified|grid)(?:\s+\w+){0,2}?\s+(?:(?:right|directly|"
                        r"immediately|just) (behind|ahead of|in front of|after|before)|(next to|alongside|beside))\b"
                        r"|\b(?:(?:right|directly|immediately|just) (behind|ahead of|in front of|after|before)|(next to|"
                        r"alongside|beside))\b(?:\s+\w+){0,4}?\s+(?:on the grid|in qualifying|at the start)\b")


def _next_on_grid(text: str, entries: list[EntryView], race: RaceRef,
                  subjects: list[list[EntryView]]) -> Answer | None:
    """ "who started directly behind the pole sitter?", "who lined up next to X on the grid?": the grid's order,
    never the results'."""
    m = _GRID_NEXT.search(text)
    if not m or not re.match(r"(?:who|which|what|name)\b", text):
        return None
    gridded = [e for e in entries if e.grid]
    if not gridded:
        return missing_column(race, "grid")
    if len(subjects) == 1 and subjects[0]:
        e = subjects[0][0]
    elif not subjects and re.search(r"\bpole\b", text):
        e = min(gridded, key=lambda x: x.grid or 0)
    else:
        return None
    if not e.grid:
        return Answer(ANSWERED, f"The results of the {race.title} give no grid place for {entry_who(e)}.", races=[race])
    said = next(g for g in m.groups() if g)
    steps = {"behind": [1], "after": [1], "ahead of": [-1], "in front of": [-1], "before": [-1]}.get(said, [-1, 1])
    others = [x for x in gridded if x.grid - e.grid in steps]
    if not others:
        return Answer(ANSWERED, f"Nobody started {said} {entry_who(e)} (grid {e.grid}) in the {race.title}.",
                      races=[race])
    kind = _entity_asked(text)
    return Answer(ANSWERED, f"{and_list([f'{_entity_of(x, kind)} (grid {x.grid})' for x in others])} started {said} "
                  f"{entry_who(e)} (grid {e.grid}) in the {race.title}.", races=[race], entries=others, kind="fact")


def _next_to(text: str, entries: list[EntryView], race: RaceRef, subjects: list[list[EntryView]]) -> Answer | None:
    """ "who finished after X?", "what team placed next after X", "the driver listed before X"."""
    on_grid = _next_on_grid(text, entries, race, subjects)
    if on_grid is not None:
        return on_grid
    if len(subjects) != 1 or not subjects[0]:
        return None
    m = re.search(r"\b(?:who|which|what|name)\b.*?\b(?:(?:finished|placed|came|listed|was|is|ranked)\s+)?(?:right |"
                  r"directly |immediately |just |next )?(after|before|behind|ahead of|in front of|below|above|beat)\b", text)
    if not m or re.match(r"^(?:did|does|was|is)\b", text):
        return None
    listing = re.search(r"\b(?:which|what|name the|list the|who are the|who were the)\s+(?:\w+\s+){0,2}?(?:drivers|riders|"
                        r"racers|teams|cars|entries|bikes)\b", text)
    if m.group(1) == "beat" and not listing:
        return None  # "who beat X": every car ahead or the one just ahead, which the words do not settle
    if re.search(r"\b(?:after|while|when|having|despite|though)\s+(?:start|started|starting|qualif\w*)\b", text):
        return None  # "who finished ahead of X after starting behind him": a second condition, not the next row
    if re.search(r"\bhow many\b|(?<!same )\bnumber of\b(?! laps| points)", text):
        return None
    e = subjects[0][0]
    k = entries.index(e) if e in entries else next((i for i, x in enumerate(entries) if x.id == e.id), -1)
    step = 1 if m.group(1) in ("after", "behind", "below") else -1  # "in front of", "ahead of": the row before
    if listing and k >= 0:  # "which gts cars beat it?": every one of them placed ahead
        rows = entries[:k] if step < 0 else entries[k + 1:]
        kind = _entity_asked(text)
        said = "ahead of" if m.group(1) == "beat" else m.group(1)
        named = [x.listed if kind == "constructor" and x.car_number else _entity_of(x, kind) for x in rows]  # each car
        return Answer(ANSWERED, f"{and_list(named) or 'Nobody'}: listed {said} "
                      f"{entry_who(e)} ({e.chassis + ', ' if e.chassis else ''}{e.place}) in the {race.title}.", races=[race],
                      entries=rows, focus=rows, kind="list")
    if k < 0 or not 0 <= k + step < len(entries):
        return Answer(ANSWERED, f"Nobody is listed {m.group(1)} {entry_who(e)} in the {race.title}.", races=[race])
    other = entries[k + step]
    kind = _entity_asked(text)
    who = _entity_of(other, kind)
    verb = "are" if " and " in who else "is"  # "John Nielsen and Hayanari Shimoda are listed behind …"
    return Answer(ANSWERED, f"{who} ({other.place}) {verb} listed {m.group(1)} {entry_who(e)} ("
                  f"{e.chassis + ', ' if e.chassis else ''}{e.place}) in the {race.title}.", races=[race],
                  entries=[other], focus=[other], kind="fact")


def _by_country(text: str, entries: list[EntryView], race: RaceRef, countries: list[str],
                statuses: list[str] | None) -> Answer | None:
    """ "which country had the most drivers?", "how many drivers were from Italy?", "more from France or Italy?"."""
    pool = [e for e in entries if statuses is None or any(has_status(e, s) for s in statuses)]
    if re.search(r"\b(?:races|wins|won|victories|winners)\b", text):
        return None  # "which nationality won the most races?" is counted over the races, elsewhere
    if re.search(r"\b(?:which|what) (?:country|nation|nationality)\b.*\b(?:most|greatest|largest|highest)\b", text):
        per: Counter[str] = Counter()
        counting_teams = bool(re.search(r"\bteams?\b", text)) and not re.search(r"\bdrivers?\b|\briders?\b", text)
        col = _column_in(text)
        for e in pool:
            cs = list(dict.fromkeys(c for c in e.driver_countries if c))
            if counting_teams or (col in ("laps", "points")):
                cs = cs[:1]
            for c in cs:
                per[c] += (column_value(e, col) or 0) if col in ("laps", "points") else 1
        if not per:
            return Answer(UNSUPPORTED, f"The results of the {race.title} give no nationalities.", races=[race])
        top = max(per.values())
        best = [c for c, n in per.items() if n == top]
        unit = col if col in ("laps", "points") else "entries"
        return Answer(ANSWERED, f"{and_list([COUNTRIES[c].name for c in best])}: the most {unit}, {top:g}, in the "
                      f"{race.title}.", races=[race], kind="fact")
    if len(countries) == 2 and re.search(r"\bmore\b|\bmost\b|\bfewer\b|\bless\b|\bleast\b", text) and \
            re.search(r"\bor\b", text):
        counts = {c: sum(1 for e in pool for d in e.driver_countries if d == c) for c in countries}
        want_more = not re.search(r"\bfewer\b|\bless\b|\bleast\b", text)
        a, b = countries
        name = {c: COUNTRIES[c].name for c in countries}
        if counts[a] == counts[b]:
            return Answer(ANSWERED, f"Neither, a tie: {counts[a]} each from {name[a]} and {name[b]} in the {race.title}.",
                          races=[race], kind="fact")
        pick = a if (counts[a] > counts[b]) == want_more else b
        return Answer(ANSWERED, f"{name[pick]} had {'more' if want_more else 'fewer'}: {counts[a]} from {name[a]}, "
                      f"{counts[b]} from {name[b]} in the {race.title}.", races=[race], kind="fact")
    top = re.search(r"\btop (\d+)\b", text)
    if top:
        pool = [e for e in pool if e.position is not None and e.position <= int(top.group(1))]
    if re.search(r"\b(?:finished|classified|completed the race|finished the race)\b", text) and statuses is None:
        pool = [e for e in pool if e.classified]
    if len(countries) == 1 and top and re.search(r"\b(?:who|which|name)\b", text) and not re.search(_HOW_MANY, text):
        rows = [e for e in pool if countries[0] in e.driver_countries]
        return Answer(ANSWERED, f"{and_list([entry_who(e) for e in rows]) or 'Nobody'}: the {COUNTRIES[countries[0]].demonym}"
                      f" entries in the top {top.group(1)} of the {race.title}.", races=[race], entries=rows,
                      kind="list")
    if len(countries) == 1 and re.search(_HOW_MANY, text) and re.search(rf"\b{_PEOPLE}\b", text):
        c = countries[0]
        teams = bool(re.search(r"\bteams?\b", text)) and not re.search(r"\bdrivers?\b|\briders?\b", text)
        n = sum(1 for e in pool if c in e.driver_countries) if teams else \
            sum(1 for e in pool for d in crew_countries(e, race, text) if d == c)
        state = {"DNF": " who retired", "NC": " not classified", "DSQ": " disqualified", "DNS": " who did not start",
                 "DNQ": " who did not qualify", "DNPQ": " who did not pre-qualify",
                 "classified": " classified"}.get(statuses[0], "") if statuses else ""
        said = "co-driver" if re.search(r"\bco ?drivers?\b", text) else "driver"
        # a handful are named too ("how many irish lads were entered": Lynch, Le Bas, Griffin)
        people = [d for e in pool for d, k in zip(e.drivers, crew_countries(e, race, text)) if k == c]
        named = f": {and_list(people)}" if not teams and 0 < len(people) == n <= 8 else ""
        return Answer(ANSWERED, f"{plural(n, 'entry', 'entries') if teams else plural(n, said)} from "
                      f"{COUNTRIES[c].name}{state} in the {race.title}{named}.", races=[race], kind="count")
    return None


def _of_position(text: str, race: RaceRef, at_positions: list[EntryView], subjects: list[list[EntryView]]) -> Answer | None:
    """ "how many points did the first place finisher receive?", "how long did the eighth place take?"."""
    if subjects or len(at_positions) != 1 or not re.search(r"\b(?:how many|how much|how long|what)\b", text):
        return None
    if re.search(r"\b(?:behind|ahead|gap|down|adrift|margin|between|difference)\b", text):
        return None  # a gap to another car, answered elsewhere
    e = at_positions[0]
    col = _column_in(text)
    if col in ("laps", "points", "grid"):
        v = column_value(e, col)
        if v is None:
            return missing_column(race, col)
        return Answer(ANSWERED, f"{entry_who(e)} ({e.place}) had {_value_text(col, v)} in the {race.title}.",
                      races=[race], entries=[e], kind="fact")
    if re.search(r"\bhow long\b|\btime\b", text):
        if not e.time:
            return Answer(UNSUPPORTED, f"The results of the {race.title} give no time for {entry_who(e)}.", races=[race])
        return Answer(ANSWERED, f"{entry_who(e)} ({e.place}): {e.time} in the {race.title}.", races=[race], entries=[e],
                      kind="fact")
    return None


_YES_NO_START = re.compile(r"(?:did|does|do|was|were|is|are|has|have|had)\b")


def _as_many(text: str, race: RaceRef, a: EntryView, b: EntryView) -> Answer | None:
    """ "did A complete as many laps as B?", "did A and B score the same points?": Yes or No first."""
    same = re.search(r"\bsame (?:number of |amount of )?(laps|points)\b|\bas many (laps|points)\b", text)
    if not same:
        return None
    col = same.group(1) or same.group(2)
    va, vb = column_value(a, col), column_value(b, col)
    if va is None or vb is None:
        return missing_column(race, col)
    yes = va >= vb if same.group(2) else va == vb
    return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: {entry_who(a)} ({a.place}) {_value_text(col, va)}, "
                  f"{entry_who(b)} ({b.place}) {_value_text(col, vb)} in the {race.title}.", races=[race],
                  entries=[a, b], kind="yes_no")


def _relative_to(text: str, entries: list[EntryView], race: RaceRef, subjects: list[list[EntryView]]) -> Answer | None:
    """Rows against one subject: "who scored more points than X?", "who finished the same laps as X?",
    "how many finished before X?"; and "did A complete as many laps as B?" of two."""
    if len(subjects) == 2 and all(subjects) and _YES_NO_START.match(text):
        return _as_many(text, race, subjects[0][0], subjects[1][0])
    if len(subjects) != 1 or not subjects[0]:
        return None
    e = subjects[0][0]
    others = [x for x in entries if x.id != e.id]
    col = _column_in(text)
    count = re.search(r"\bhow many\b|(?<!same )\bnumber of\b(?! laps| points)", text)
    m = re.search(r"\b(more|greater|higher|fewer|less|lower)\b(?:\s+\w+){0,2}?\s+than\b", text)
    same = re.search(r"\bsame (?:number of |amount of )?(laps|points)\b|\bas many (laps|points)\b", text)
    order = re.search(r"\b(?:finished|placed|came|ended|ranked)\s+(?:\w+\s+){0,6}?(before|ahead of|above|after|behind|below)"
                      r"\b", text)
    if same:
        col = "laps" if (same.group(1) or same.group(2)) == "laps" else "points"
        v = column_value(e, col)
        if v is None:
            return missing_column(race, col)
        rows = [x for x in others if column_value(x, col) == v]
        verb = "Nobody else" if not rows else and_list([entry_who(x) for x in rows])
        return Answer(ANSWERED, f"{len(rows) if count else verb} had the same {col} as {entry_who(e)} "
                      f"({_value_text(col, v)}) in the {race.title}.", races=[race], entries=rows, kind="list")
    if m and col in ("laps", "points", "grid"):
        v = column_value(e, col)
        if v is None:
            return missing_column(race, col)
        more = m.group(1) in ("more", "greater", "higher")
        rows = [x for x in others if (w := column_value(x, col)) is not None and (w > v if more else w < v)]
        what = f"{'more' if more else 'fewer'} {col} than {entry_who(e)} ({_value_text(col, v)})"
        if count:
            return Answer(ANSWERED, f"{plural(len(rows), 'entry', 'entries')} had {what} in the {race.title}.",
                          races=[race], entries=rows, kind="count")
        return Answer(ANSWERED, f"{and_list([entry_who(x) for x in rows]) or 'Nobody'} had {what} in the {race.title}.",
                      races=[race], entries=rows, kind="list")
    if order and count and re.search(rf"\bhow many (?:{_PEOPLE} )?(?:have |had |were )?(?:finished|placed|came|ended|"
                                     rf"ranked)\b", text):  # "how many BMWs finished before X": not every car
        before = order.group(1) in ("before", "ahead of", "above")
        k = next((i for i, x in enumerate(entries) if x.id == e.id), 0)
        n = k if before else len(entries) - k - 1
        return Answer(ANSWERED, f"{n} finished {order.group(1)} {entry_who(e)} ({e.place}) in the {race.title}.",
                      races=[race], kind="count")
    return None


_ATTRIBUTE = (("constructor", r"manufacturer|constructor|make|bike|chassis|car"), ("engine", r"engine"),
              ("team", r"team|entrant"), ("time", r"time"), ("reason", r"problem|reason|cause|failure"))


def _behind_winner(e: EntryView, winner: EntryView | None) -> tuple[str, float, int] | None:
    """How far ``e`` finished behind the winner: ("s", seconds, decimals) or ("laps", laps, 0)."""
    if e.position == 1:
        return "s", 0.0, 0
    t = e.time.strip()
    if not t or not e.classified:
        return None
    if "lap" in t.lower():
        n = re.search(r"(\d+)", t)
        return ("laps", float(n.group(1)), 0) if n else None
    own = clock_seconds(t)
    if own is None:
        return None
    if t.startswith("+"):
        return "s", own[0], own[1]
    won = clock_seconds(winner.time) if winner is not None and winner.time else None
    return ("s", own[0] - won[0], max(own[1], won[1])) if won else None


_GAP_ASKED = re.compile(r"\b(?:gaps?|margin|behind|ahead|apart|separated?|separating|difference|split|won by|win by|"
                        r"(?:win|won|beat|beaten)\b.*\bby(?: how)?\s*\??$|"
                        r"beat|by how (?:much|many)|how far|how much (?:faster|slower|quicker)|how long after|down on|adrift)\b")
_TIME_UNIT = re.compile(r"\b(?:seconds|secs?|minutes?|mins?|tenths|hundredths|thousandths|milliseconds|time|timing)\b")


def asks_time_gap(text: str) -> bool:
    """A gap asked in units of time ("the winning margin in seconds", "how many seconds behind", "the time
    gap"): the printed times answer it, never the laps."""
    text = fold(text)
    return bool(_GAP_ASKED.search(text) and _TIME_UNIT.search(text))


def time_gap(race: RaceRef, pair: list[EntryView], field: list[EntryView], timed: bool = False) -> Answer | None:
    """How far apart two cars finished, from the times the article prints (``field``: the race's entries);
    None when the times do not give it (``timed``: asked in time, so a gap of laps does not either)."""
    winner = next((e for e in field if e.position == 1), None)
    a, b = (_behind_winner(e, winner) for e in pair)
    if a is None or b is None:
        clocks = [clock_seconds(e.time) if e.time and not e.time.strip().startswith("+") else None for e in pair]
        if None in clocks:
            return None
        a, b = (("s", c[0], c[1]) for c in clocks if c)  # two race times: the gap is their difference
    if a[0] == b[0] == "laps" and timed:
        return None  # both laps down: no time between them is printed
    if a[0] != b[0]:
        laps = [e for e, g in zip(pair, (a, b)) if g[0] == "laps"][0]
        return Answer(ANSWERED, f"{entry_who(laps)} finished a lap or more down ({laps.time}), so the gap is in laps, not "
                      f"seconds ({race.title}).", races=[race], entries=pair, kind="fact")
    diff = abs(a[1] - b[1])
    ahead, behind = sorted(pair, key=lambda e: e.position or 0)
    if a[0] == "laps":
        shown = plural(int(diff), "lap")
    else:
        decimals = max(a[2], b[2])
        shown = f"{diff:.{decimals}f} seconds" if diff < 60 else \
            f"{int(diff // 60)}:{diff % 60:0{3 + decimals if decimals else 2}.{decimals}f} ({diff:.{decimals}f} seconds)"
    printed = f" (the table prints {behind.time})" if ahead.position == 1 and behind.time.startswith("+") and \
        behind.time.lstrip("+ ") not in shown else ""  # "+0:08.35" as fans copy it from the table
    return Answer(ANSWERED, f"{shown}: {entry_who(behind)} ({behind.place}) finished {shown} behind {entry_who(ahead)} "
                  f"({ahead.place}) in the {race.title}{printed}.", races=[race], entries=pair, kind="fact")


def no_time_gap(race: RaceRef, pair: list[EntryView], field: list[EntryView]) -> Answer:
    """The decline for a gap asked in time that the printed times do not give."""
    if not any(e.time and clock_seconds(e.time) for e in field):
        return Answer(UNSUPPORTED, f"The results of the {race.title} print no times (only laps), so I can't give "
                      f"a gap in time.", races=[race])
    untimed = [e for e in pair if not (e.time and clock_seconds(e.time))] or pair
    return Answer(UNSUPPORTED, f"The results of the {race.title} give no time for " + " or ".join(
        f"{entry_who(e)} ({e.place}{', ' + e.time if e.time else ''})" for e in untimed)
        + ", so I can't give a gap in time.", races=[race])


def time_gap_or_decline(race: RaceRef, pair: list[EntryView], field: list[EntryView]) -> Answer:
    """A gap asked in time: the printed times give it, or it is declined (never the laps instead)."""
    return time_gap(race, pair, field, timed=True) or no_time_gap(race, pair, field)


def _time_gap(text: str, entries: list[EntryView], race: RaceRef, subjects: list[list[EntryView]],
              at_positions: list[EntryView]) -> Answer | None:
    """ "the gap between Vettel and Webber", "how far behind Bonnier was Brabham", "Rossi's winning margin over Pedrosa";
    asked in seconds, minutes or time, the printed times answer or it is declined, never the laps."""
    timed = asks_time_gap(text)
    if not (timed or re.search(r"\b(?:gap|behind|margin|apart|separated|how far|how much (?:faster|slower|quicker)|"
                               r"time difference|difference in time|how long after)\b", text)):
        return None
    if not timed and re.search(r"\b(?:grid|places|positions|spots|points)\b", text):
        return None  # "how many grid places separated A and B?": not a time
    if re.search(r"\blaps?\b", text) and not timed:
        return None  # a gap in laps: answered with the laps
    one = subjects[0][0] if len(subjects) == 1 and subjects[0] else at_positions[0] if len(at_positions) == 1 and \
        not subjects else None
    pair = [g[0] for g in subjects[:2] if g] if len(subjects) >= 2 else at_positions[:2] if len(at_positions) >= 2 \
        else [one, next((e for e in entries if e.position == 1), None)] if one is not None and (re.search(
            r"\bwinner|\bwinning|\bfirst\b|\bthe lead", text) or (one in at_positions and re.search(
                r"\bhow far behind\b|\bgap\b", text))) else []
    margin = re.search(r"\b(?:margin|won by|win by|winning|victory)\b|\bby how (?:many|much)\b.*\b(?:win|won)\b", text)
    if margin and (not subjects or len(subjects) == 1 and subjects[0] and subjects[0][0].position == 1) and (
            len(pair) != 2 or pair[0] is pair[1] or pair[0].id == pair[1].id):
        # "the winning margin", "how many seconds did the #8 win by?": the winner over the runner-up
        pair = sorted((e for e in entries if e.classified and e.position), key=lambda e: e.position or 0)[:2]
    if len(pair) != 2 or pair[1] is None or pair[0] is None or pair[0].id == pair[1].id:
        return None
    if timed:
        return time_gap_or_decline(race, pair, entries)
    return time_gap(race, pair, entries)  # no times printed: the gap in laps is answered elsewhere


def _number_against(text: str, race: RaceRef, subjects: list[list[EntryView]]) -> Answer | None:
    """ "is 159 above or below the laps X completed?"."""
    if len(subjects) != 1 or not subjects[0]:
        return None
    m = re.search(rf"\b(?:is|was)\s+{_NUM}\s+(above|below|more|less|higher|lower)\s+or\s+(?:above|below|more|less|"
                  rf"higher|lower)\b", text)
    col = _column_in(text)
    if not m or col not in ("laps", "points", "grid"):
        return None
    e = subjects[0][0]
    v, n = column_value(e, col), _num(m.group(1))
    if v is None:
        return missing_column(race, col)
    pair = {"above": ("above", "below"), "below": ("above", "below"), "more": ("more", "less"),
            "less": ("more", "less"), "higher": ("higher", "lower"), "lower": ("higher", "lower")}[m.group(2)]
    word = pair[0] if n > v else pair[1] if n < v else "equal"
    return Answer(ANSWERED, f"{word.capitalize()}: {n:g} against {entry_who(e)}'s {_value_text(col, v)} ({race.title}).",
                  races=[race], entries=[e], kind="fact")


def _shared(text: str, race: RaceRef, subjects: list[list[EntryView]]) -> Answer | None:
    """ "who is the manufacturer for A and B?", "A and B both used what chassis?", "the same problem"."""
    if len(subjects) < 2 or not all(subjects) or not re.search(r"\b(?:what|which|who is|who was|name)\b", text):
        return None
    # the noun asked for ("which team entered car 6 and car 97?"), else any attribute named but a car's number
    asked = re.search(r"\b(?:what|which)\s+(\w+)(?!\s+of\s+(?:car|cars|vehicle|bike|chassis)\b)", text)
    plain = re.sub(r"\bcars?\s+(?:no\.?\s*|number\s+|#)?\d+\b", " ", text)
    kind = next((k for k, words in _ATTRIBUTE if asked and re.fullmatch(rf"(?:{words})s?", asked.group(1))), None) or \
        next((k for k, words in _ATTRIBUTE if re.search(rf"\b(?:{words})s?\b", plain)), None)
    if kind is None:
        return None
    rows = [g[0] for g in subjects]
    values = [(e.reason or e.time) if kind == "reason" else e.time if kind == "time" else _entity_of(e, kind)
              for e in rows]
    # "Oil pressure (46 laps)" and "Oil pressure (56 laps)" are one reason
    bare = {fold(bare_reason(v or "")) for v in values}
    if len(bare) == 1 and values[0]:
        shown = bare_reason(values[0]) if kind == "reason" else values[0]
        yes = "Yes: " if _YES_NO_START.match(text) and re.search(r"\bsame\b", text) else ""
        return Answer(ANSWERED, f"{yes}{shown}: the same {kind} for both {and_list([entry_who(e) for e in rows])} in the "
                      f"{race.title}.", races=[race], entries=rows, kind="fact")
    lead = ("No: " if _YES_NO_START.match(text) else "Not the same: ") if re.search(r"\bsame\b", text) else ""
    return Answer(ANSWERED, lead + "; ".join(f"{entry_who(e)}: {v or 'none given'}" for e, v in zip(rows, values))
                  + f" ({race.title}).", races=[race], entries=rows, kind="fact")


def _other_than(text: str, entries: list[EntryView], race: RaceRef) -> Answer | None:
    """ "name a manufacturer other than Honda", "name another constructor other than Ferrari"."""
    m = re.search(r"\b(?:name|list|give|what is|which is)\b.*?\b(?:an?|another|one|some)?\s*(\w+)\s+other than\s+(.+?)"
                  r"\s*[?.!]*$", text)
    if not m:
        return None
    kind = _entity_asked(m.group(1))
    other = fold(m.group(2))
    for e in entries:
        value = _entity_of(e, kind)
        if value and other not in fold(value) and fold(value) not in other:
            return Answer(ANSWERED, f"{value}, other than {m.group(2)} (for example; {entry_who(e)}, {e.place}) in the "
                          f"{race.title}.",
                          races=[race], entries=[e], kind="fact")
    return None


_EXTREME = re.compile(r"\b(most|fewest|least|highest|lowest|greatest|largest|smallest|maximum|minimum|top) "
                      r"(?:number of |amount of |total )?(laps|points)\b")


def _column_extreme(text: str, entries: list[EntryView], race: RaceRef, filtered: bool) -> Answer | None:
    """ "which team had the most laps?", "what was the least number of laps made?", "who ran the fewest laps?"."""
    m = _EXTREME.search(text)
    if re.search(r"\b(?:led|lead|leading)\b", text):
        return None  # "who led the most laps?" is about laps led, not laps completed
    if not m or filtered or re.search(r"\bhow many\b|\bcount\b", text) or not re.search(
            r"\b(?:who|which|what|name)\b", text):
        return None
    col = m.group(2)
    top = m.group(1) in ("most", "highest", "greatest", "largest", "maximum", "top")
    if col == "points" and not top:
        entries = [e for e in entries if e.points]  # "the fewest points": of those who scored any
    values = [v for e in entries if (v := column_value(e, col)) is not None]
    if not values:
        return missing_column(race, col)
    unknown = [e for e in entries if column_value(e, col) is None and e.status not in ("DNS", "DNQ")]
    if unknown and not top:  # a car whose laps the results leave out may have done fewer
        return Answer(UNSUPPORTED, f"The results of the {race.title} give no {col} for {plural(len(unknown), 'car')} "
                      f"({and_list([entry_who(e) for e in unknown[:3]])}{'...' if len(unknown) > 3 else ''}), so I can't "
                      f"say which had the fewest.", races=[race])
    best = max(values) if top else min(values)
    rows = [e for e in entries if column_value(e, col) == best]
    word = "most" if top else "fewest"
    if re.search(r"\bwhat (?:was|is) the\b", text) and not re.search(r"\b(?:who|which|team|driver|rider|car)\b",
                                                                       text.split(m.group(0))[0] + " "):
        return Answer(ANSWERED, f"The {word} {col} in the {race.title}: {_value_text(col, best)} "
                      f"({and_list([entry_who(e) for e in rows])}).", races=[race], entries=rows, kind="fact")
    kind = _entity_asked(text)
    names = list(dict.fromkeys(_entity_of(e, kind) for e in rows))
    return Answer(ANSWERED, f"{and_list(names)}: the {word} {col} in the {race.title} ({_value_text(col, best)}).",
                  races=[race], entries=rows, kind="list")


_REASON_CUE = re.compile(r"\b(?:retire[ds]?|retirement|failure|failures|problem|problems|trouble|due to|because|"
                         r"out with|reason|dnf|stopped|went out|failed|taken out|knocked out|put out|eliminated|"
                         r"crash(?:ed|es)?|spun|spinning|spin|out after|out by|out of the race)\b")
# how fans say what the results print: "crashed out" is an "Accident", "spinning off" is "Spun off"
_REASON_SAID = {"crash": "accident", "crashed": "accident", "crashes": "accident", "crashing": "accident",
                "spinning": "spun", "spin": "spun", "spins": "spun", "collided": "collision", "collide": "collision"}


def reason_words_asked(text: str, entries: list[EntryView]) -> set[str]:
    """The words of a question that name a reason the race's results print for cars stopping ("gearbox",
    "contact"; "crashed" for "Accident"), as the results print them."""
    words = {w for e in entries if e.reason for w in fold(e.reason).split() if len(w) > 3}
    said = [_REASON_SAID.get(w, w) for w in re.findall(r"[a-z]+", text)]
    return {w[:-1] if w not in words and w.endswith("s") else w for w in said
            if w in words or (w.endswith("s") and w[:-1] in words)}


def _by_reason(text: str, entries: list[EntryView], race: RaceRef, makes: list[tuple[str, str]]) -> Answer | None:
    """ "which drivers had engine failures?", "how many retired because of an accident?", "which yamaha riders
    crashed out?": rows by the reason printed (of the make named)."""
    if not _REASON_CUE.search(text):
        return None
    stems = reason_words_asked(text, entries)
    if not stems:
        return None
    rows = [e for e in entries if e.reason and stems & set(fold(e.reason).split())
            and all(has_make(e, make, role) for make, role in makes)]
    what = " / ".join(sorted({e.reason for e in rows}))
    of = f" of the {' '.join(m for m, _r in makes)} cars" if makes else ""
    if re.search(_HOW_MANY, text):
        return Answer(ANSWERED, f"{plural(len(rows), 'car')}{of} stopped with {what} in the {race.title}.",
                      races=[race], entries=rows, kind="count")
    if not rows:
        return Answer(ANSWERED, f"None{of} stopped for that reason in the {race.title}.", races=[race], kind="list")
    return Answer(ANSWERED, f"{and_list([entry_who(e) for e in rows])}{of} ({what}) in the {race.title}.",
                  races=[race], entries=rows, kind="list")


def table_answer(entries: list[EntryView], race: RaceRef, text: str, *, positions: list[int],
                 subjects: list[list[EntryView]], countries: list[str], statuses: list[str] | None,
                 filtered: bool = False, parsed: Frame | None = None, makes: list[tuple[str, str]] | None = None,
                 teams: list[str] | None = None, people: bool = False, unread: bool = False) -> Answer | None:
    """The first composed form the question fits, or None. With the linked question (``parsed``), it is first
    read whole as a selection over the rows (``data.ask.table_select``); ``people``: a driver or car was
    named; ``unread``: a word of the question names nothing known (no condition is built without it)."""
    raw, text = text.lower(), fold(text)
    at_positions = [e for p in positions for e in entries if e.position == p]
    for attempt in (lambda: select_answer(entries, race, parsed, subjects) if parsed is not None else None,
                    lambda: _combined(text, raw, entries, race, countries, makes or [], teams or [], people, unread,
                                      statuses),
                    lambda: _total(text, entries, race, positions, subjects, countries),
                    lambda: _by_country(text, entries, race, countries, statuses),
                    lambda: _time_gap(text, entries, race, subjects, at_positions),
                    lambda: _difference(text, entries, race, subjects, at_positions),
                    lambda: compare(text, race, subjects),
                    lambda: _number_against(text, race, subjects),
                    lambda: _same_as(text, entries, race, subjects, positions),
                    lambda: _shared(text, race, subjects),
                    lambda: _relative_to(text, entries, race, subjects),
                    lambda: _of_position(text, race, at_positions, subjects),
                    lambda: _other_than(text, entries, race),
                    lambda: _count_by_condition(text, entries, race),
                    lambda: _column_extreme(text, entries, race, bool(statuses or countries or filtered)),
                    lambda: None if subjects else _by_reason(text, entries, race, makes or []),
                    lambda: _listed(text, entries, race),
                    lambda: _next_to(text, entries, race, subjects)):
        ans = attempt()
        if ans is not None:
            return ans
    return None


# ------------------------------------------------------------------ conditions combined
_CMP: tuple[tuple[str, Callable[[float, float], bool], str], ...] = (
    (r"at least|at lease|minimum of|no less than|no fewer than|not less than|not fewer than", lambda a, b: a >= b,
     "at least"),
    (r"at most|no more than|not more than|maximum of", lambda a, b: a <= b, "at most"),
    (r"more than|over|above|greater than|in excess of|beyond|upwards of|after", lambda a, b: a > b, "more than"),
    (r"less than|fewer than|under|below|lower than|before|within", lambda a, b: a < b, "less than"),
    (r"exactly|only|just", lambda a, b: a == b, "exactly"),
)
_POSTFIX: tuple[tuple[str, Callable[[float, float], bool], str], ...] = (
    (r"or more|or higher|or above|or greater", lambda a, b: a >= b, "at least"),
    (r"or less|or fewer|or lower|or below", lambda a, b: a <= b, "at most"),
)
_COL_WORDS = r"laps?|points?|pts|(?:qualifying|grid|starting) positions?|grid"
_NEGATION = r"(?:did not|didn t|didnt|do not|does not|failed to|fail to|not|never)"
_DONE_VERBS = r"(?:complete|completed|completing|finish|finished|do|did|run|ran|make|made|drive|drove|go|went)"
_CLOCK_TEXT = r"(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)"


class _Condition:
    """One condition on a row: how the answer says it, and the test."""

    def __init__(self, said: str, keep: Callable[[EntryView], bool], kind: str) -> None:
        self.said, self.keep, self.kind = said, keep, kind


def _column_of(word: str) -> str:
    return "laps" if word.startswith("lap") else "points" if word.startswith(("point", "pt")) else "grid"


def _thresholds(text: str) -> list[_Condition]:
    """ "more than 150 laps", "didn't complete 220 laps", "at least scored 7 points", "nine points",
    "less than five qualifying positions", "under 225 laps": each a test on a column."""
    out: list[_Condition] = []
    found = list(re.finditer(rf"\b{_NUM}\s+(?:or (?:more|less|fewer|higher|lower|above|below|greater)\s+)?({_COL_WORDS})\b",
                             text))
    if len(found) == 1:  # "more than 16 points but less than 25": the second number is of the same column
        ops = "|".join(words for words, _op, _say in _CMP)
        more = re.search(rf"\b(?:but|and|yet)\s+(?:{ops})\s+{_NUM}\b(?!\s+(?:{_COL_WORDS})\b)", text[found[0].end():])
        if more:
            at = found[0].end() + more.end()
            text = f"{text[:at]} {found[0].group(2)}{text[at:]}"
            found = list(re.finditer(rf"\b{_NUM}\s+(?:or (?:more|less|fewer|higher|lower|above|below|greater)\s+)?"
                                     rf"({_COL_WORDS})\b", text))
    for m in found:
        before = text[:m.start()].split()[-5:]
        lead = " ".join(before)
        if before and before[-1] in ("top", "first", "bottom", "last"):
            continue  # "the top 5 grid positions": a window, not a number of positions
        if re.match(r"\s+(?:of (?!the race\b|the event\b|the \d|all\b)|behind|ahead|down|back|adrift|clear|short|"
                    r"more than|less than|fewer than|over (?!the race)|under (?!the)|apart|separat)", text[m.end():]):
            return []  # "within 5 points of each other", "3 laps more than Sutil": relative to a row, not a threshold
        n, col = _num(m.group(1)), _column_of(m.group(2))
        test: Callable[[float, float], bool] | None = None
        said = ""
        for words, op, say in _CMP:
            if re.search(rf"\b(?:{words})(?:\s+(?:the|a total of|{_DONE_VERBS}|scored|score|earned|got|had|with))*$",
                         lead):
                test, said = op, say
                if re.search(r"\bafter(?:\s+\w+)?$", lead) and col == "laps":
                    test, said = (lambda a, b: a == b), "exactly"  # "retired after 2 laps": at lap 2
                break
        post = text[m.end(1):m.end(1) + 20]
        for words, op, say in _POSTFIX:
            if re.match(rf"\s+(?:{words})\b", post) or rx(rf"\s+{re.escape(m.group(2))}\s+(?:{words})\b").match(
                    text[m.end(1):]):
                test, said = op, say
        negated = re.search(rf"\b{_NEGATION}\s+(?:\w+\s+){{0,3}}$", lead + " ") is not None and \
            not re.search(r"\bnot (?:less|fewer|more)\b", lead)  # "not less than" is "at least"
        if test is None:
            if re.search(rf"\b{_DONE_VERBS}\s+(?:all\s+)?(?:the\s+)?(?:full\s+)?$", lead + " ") and (negated or len(found) > 1):
                test, said = (lambda a, b: a >= b), "at least"  # "completed 200 laps but didn't complete 220"
            else:
                test, said = (lambda a, b: a == b), "exactly"
        if negated:
            inner = test
            test = lambda a, b, inner=inner: not inner(a, b)  # noqa: E731
            said = f"not {said}"
        unit = {"laps": plural(int(n), "lap") if n == int(n) else f"{n:g} laps", "points": f"{n:g} points",
                "grid": f"grid position {n:g}"}[col]
        out.append(_Condition(f"with {said} {unit}", lambda e, col=col, n=n, test=test: (
            (v := column_value(e, col)) is not None and test(v, n)), "threshold"))
    if not any(m.group(2).startswith(("point", "pt")) for m in found):
        m = re.search(r"\b(?:(did not|didn t|didnt|failed to|never) )?(?:scored|score|scoring|earned|earn|received|receive|"
                      r"got|get|took|take) (?:any |a )?points?\b|\b(?:(not) )?in the points\b", text)
        if m:
            negated = bool(m.group(1) or m.group(2))
            out.append(_Condition("without points" if negated else "with points", lambda e, negated=negated: bool(
                e.points) != negated, "threshold"))
    return out


def _elapsed(e: EntryView, winner: EntryView | None) -> float | None:
    """The car's own race time in seconds: its time, or the winner's plus its gap (None when lapped or out)."""
    gap = _behind_winner(e, winner)
    if gap is None or gap[0] != "s" or winner is None:
        return None
    won = clock_seconds(winner.time) if winner.time else None
    return won[0] + gap[1] if won else None


def _time_limits(text: str, raw: str, entries: list[EntryView]) -> list[_Condition]:
    """ "a time less than 4:00:00", "after the 7:00:00 time mark", "less than a minute out of first" (clock
    times read from the question as written: folding splits "4:00:00")."""
    winner = next((e for e in entries if e.position == 1), None)
    out: list[_Condition] = []
    for words, op, say in _CMP:
        m = re.search(rf"\b(?:{words})\s+(?:the\s+)?{_CLOCK_TEXT}", raw)
        if m:
            limit = clock_seconds(m.group(1))
            if limit is None:
                continue
            out.append(_Condition(f"with a time {say} {m.group(1)}", lambda e, op=op, limit=limit[0]: (
                (t := _elapsed(e, winner)) is not None and op(t, limit)), "time"))
            break
    m = re.search(rf"\b(?P<op>less than|under|within|more than|over)\s+(?P<n>an?|one|{_NUM})\s+(?P<unit>minutes?|seconds?|"
                  r"hours?)\s+(?:out of first|of first|of the winner|behind(?: the winner| first| the leader)?|back|adrift|"
                  r"of the lead|off the lead|down)\b",
                  text)
    if m:
        n = 1.0 if m.group("n") in ("a", "an", "one") else _num(m.group("n"))
        seconds = n * {"m": 60, "s": 1, "h": 3600}[m.group("unit")[0]]
        within = m.group("op") in ("less than", "under", "within")
        out.append(_Condition(f"{'within' if within else 'more than'} {seconds:g} seconds {'of' if within else 'behind'} "
                              "the winner", lambda e, within=within, seconds=seconds: (
                                  (g := _behind_winner(e, winner)) is not None and (
                                      (g[1] < seconds if within else g[1] > seconds) if g[0] == "s" else
                                      not within and g[1] >= 1)), "time"))  # a lapped car is more than a minute behind
    return out


def _window(text: str) -> tuple[int, bool, bool] | None:
    """ "in the top 10", "10th position or better", "did not have a top ten position": (N, negated, ranked
    after the other conditions: "the top 3 drivers from the United States")."""
    words = "|".join(_NUMBER_WORDS)
    m = re.search(rf"\btop[- ](\d+|{words})\b", text) or re.search(
        rf"\b(?:the )?first (\d+|{'|'.join(w for w in _NUMBER_WORDS if w not in ('zero', 'one'))})\b(?! laps?| points?)", text)
    better = re.search(r"\b(\d+)(?:st|nd|rd|th)?\s+(?:position\s+|place\s+)?or\s+(?:better|higher)\b", text)
    if not m and not better:
        return None
    n = int(_num(m.group(1))) if m else int(better.group(1))  # type: ignore[union-attr]
    negated = bool(re.search(r"\b(?:not|never|nt) (?:have |had |finish |finished |place |placed |get |got |make |made |"
                             r"end |ended |earn |earned )?(?:in |within |inside )?(?:a |the )top\b|\boutside (?:of )?the top\b",
                             text))
    ranked = bool(m and rx(rf"(?<!\bin the )(?<!\bwithin the )(?<!\binside the )(?<!\boutside the )(?<!\binto the )"
                                  rf"(?<!\bof the )\btop[- ]{m.group(1)}\s+(?:\w+\s+)?(?:from|driving|riding|with|for|on|in)\s+"
                                  r"(?!the (?:race|results|list|chart|table|classification)\b)").search(text))
    return n, negated, ranked


def _on_the_grid(before: str, at: str) -> bool:
    """ "the top 5 grid positions", "the top 10 on the grid", "the first 3 qualifiers", "started in the top 10": a
    window on the grid (``at`` starts with the "top N", ``before`` is what precedes it)."""
    return bool(re.match(r"(?:top|first)[- ]\w+\s+(?:(?:grid|starting|qualifying)\s+(?:positions?|spots?|places?|slots?)|"
                         r"on the grid|qualifiers|starters)\b", at) or re.search(
        r"\b(?:start|started|starting|qualified|qualifying)\s+(?:in|from|inside|within|outside|outside of)\s+(?:the\s+)?$",
        before))


def _outside(before: str) -> bool:
    """Whether the words before a "top N" put the rows outside it ("outside the top 10", "did not have a top ten")."""
    tail = " ".join(before.split()[-6:])
    return bool(re.search(r"\boutside (?:of )?(?:the )?$|\b(?:not|never|nt) (?:have |had |finish |finished |place |placed |"
                          r"get |got |make |made |end |ended |start |started )?(?:in |within |inside )?(?:a |the )?$", tail + " "))


_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10, **{f"{n}{'st' if n % 10 == 1 and n != 11 else 'nd' if n % 10 == 2 and n != 12 else 'rd' if n % 10 == 3 and n != 13 else 'th'}": n
                            for n in range(1, 40)}}
NTH_AMONG = re.compile(r"\b(\d{1,2}(?:st|nd|rd|th))\b(?: best| placed| highest| fastest)?(?: \w+)? (?:among|of) (?:the|all)\b"
                        r"|\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)) (?:best|"
                        r"highest placed|highest finishing|placed|fastest)\b")
_LEFT_OUT = re.compile(r"\b(?:not use|not drive|not ride|not run|other than)\b([^?]*)")
_COUNT_NOUN = re.compile(r"\b(?:how many|number of|count of|count the)\s+(?:\w+\s+){0,3}?(teams?|constructors?|"
                         r"manufacturers?|makes?|drivers?|riders?|racers?|people|men|competitors?|cars?|bikes?|"
                         r"motorcycles?|entries|positions?|[a-z]+ans|[a-z]+ese|germans|[a-z]+s)\b")


def _combined(text: str, raw: str, entries: list[EntryView], race: RaceRef, countries: list[str],
              makes: list[tuple[str, str]], teams: list[str], has_subjects: bool, unread: bool = False,
              statuses: list[str] | None = None) -> Answer | None:
    """Several conditions at once, or one a single-condition form does not apply: "how many Canadian drivers
    finished 10th or better?", "how many Chevrolets in the top 10?", "the most points of drivers under 225
    laps", "who was the top finisher for Germany?", "the average points of the top 5"."""
    if has_subjects or unread or len(countries) > 1 or len(teams) > 1 or re.search(
            r"\b(?:margin|gap|how far|how much|difference|faster|slower|pole|fastest|lap record|"
            r"qualif\w*)\b", text):  # asked of something else: a condition on rows is not the answer
        return None  # "the US or Germany?", "A or B": alternatives compared, not conditions that all hold
    from data.ask.helpers import has_make
    if len(makes) > 1 and not re.search(r"\b(?:not|other than|neither|nor)\b", text):
        return None
    conditions: list[_Condition] = []
    person_tests: list[tuple[str, bool]] = []
    window = _window(text)
    for code in countries:
        c = COUNTRIES.get(code)
        if c is None:
            continue
        names = [fold(x) for x in (c.name, c.demonym, *c.aliases)]
        negated = any(m.group("a") in names for m in NOT_COUNTRY.finditer(text))
        person_tests.append((code, negated))
        conditions.append(_Condition(f"{'not ' if negated else ''}from {c.name}",
                                     lambda e, code=code, negated=negated: (code in e.driver_countries) != negated,
                                     "country"))
    for make, role in makes:
        negated = any(fold(make) in m.group(1) for m in _LEFT_OUT.finditer(text))
        conditions.append(_Condition(f"{'not ' if negated else ''}{make}", lambda e, make=make, role=role, negated=negated:
                                     has_make(e, make, role) != negated, "make"))
    for team in teams:
        folded = fold(team)
        conditions.append(_Condition(f"for {team}", lambda e, folded=folded: fold(e.team) == folded, "team"))
    conditions += _thresholds(text)
    if re.search(r"\b(?:completed|finished|ran|did|covered|completing|finishing) (?:all|every one of) (?:the |of the )?laps\b|"
                 r"\bthe full (?:race )?distance\b", text) and any(e.laps for e in entries):
        full = max(e.laps or 0 for e in entries)  # "the drivers who completed all laps": the winner's distance
        conditions.append(_Condition(f"with all {full} laps", lambda e, full=full: e.laps == full, "full"))
    conditions += _time_limits(text, raw, entries)
    if window and not window[2]:
        n, _negated, _ranked = window
        tops = list(re.finditer(r"\b(?:top|first)[- ](\d+|" + "|".join(_NUMBER_WORDS) + r")\b(?! laps?\b| points?\b)(?=(.{0,30}))",
                                text))
        grid = [m for m in tops if _on_the_grid(text[:m.start()], text[m.start():])]
        placed = [m for m in tops if m not in grid] if tops else []
        if grid:  # "how many of the top 10 on the grid finished in the top 10?": a window on each
            if not any(e.grid is not None for e in entries):
                return missing_column(race, "grid")
            g = int(_num(grid[0].group(1)))
            out = _outside(text[:grid[0].start()])
            conditions.append(_Condition(f"{'outside' if out else 'in'} the top {g} on the grid",
                                         lambda e, g=g, out=out: (e.grid is not None and e.grid <= g) != out, "grid"))
            it = re.search(r"\bfinish(?:ed|ing)? (?:(outside)|in|inside|within) (?:of )?(?:it|them|that|those)\b", text)
            if it and not placed:  # "started in the top 10 but finished outside it"
                gone = bool(it.group(1))
                conditions.append(_Condition(f"finished {'outside' if gone else 'in'} the top {g}",
                                             lambda e, g=g, out=gone: (e.position is not None and e.position <= g) != out,
                                             "window"))
        if placed or not tops:
            m = placed[0] if placed else None
            n = int(_num(m.group(1))) if m is not None else n
            out = _outside(text[:m.start()]) if m is not None else _negated
            conditions.append(_Condition(f"{'outside' if out else 'in'} the top {n}",
                                         lambda e, n=n, out=out: (e.position is not None and e.position <= n) != out, "window"))
    if re.search(r"\bnot (?:in )?(?:the )?(?:first|1st)(?: place| position)?\b|\bnot the winner\b|\bother than the winner\b|"
                 r"\baside from (?:the )?winner\b|\bbesides the winner\b", text):
        conditions.append(_Condition("not in first place", lambda e: e.position != 1, "not first"))
    of_laps = re.search(rf"\b(?:finish|finished|complete|completed)\s+(?:all |the )?(?:full )?{_NUM}\s+laps?\b", text)
    alone = bool(re.search(r"\b(?:of|among|out of) (?:all )?(?:the )?(?:retired|retirements|non finishers|finishers|"
                           r"classified|disqualified|non starters|non qualifiers)\b", text))  # "of all the retired drivers"
    if (conditions or alone) and statuses and statuses != ["classified"] and not of_laps:
        # "how many with fewer than 50 laps retired?" (but "did not finish 56 laps" is a number of laps only)
        said = {"DNF": "retired", "NC": "not classified", "DSQ": "disqualified", "DNS": "non-starting",
                "DNQ": "who did not qualify", "DNPQ": "who did not pre-qualify"}.get(statuses[0],
                                                                                                        statuses[0])
        conditions.append(_Condition(said, lambda e, statuses=statuses: any(has_status(e, s) for s in statuses),
                                     "status"))
    elif conditions and re.search(r"\bfinished the race\b|\bcompleted the race\b|\bwere classified\b|\bclassified\b",
                                  text):
        conditions.append(_Condition("classified", lambda e: e.classified, "status"))
    avg = re.search(r"\b(?:average|mean)\b", text)
    extreme = _EXTREME.search(text)
    count = re.search(_HOW_MANY, text) and not re.search(r"\b(?:how many|number of) (?:more |fewer |total )?(?:laps|points)\b",
                                                        text) \
        and not re.search(r"\b(?:most|least|fewest|highest|lowest|greatest|largest|smallest|top) number of\b", text)
    total = re.search(r"\b(?:total|sum|combined|in all|altogether)\b(?! of \w+ (?:laps?|points?)\b)", text) and not count
    nth = NTH_AMONG.search(text)
    if nth and conditions:  # "who finished 3rd among the Hondas?", "the second best Yamaha": ranked within those rows
        k = _ORDINALS.get(nth.group(1) or nth.group(2), 0)
        rows = sorted((e for e in entries if e.classified and all(c.keep(e) for c in conditions)),
                      key=lambda e: e.position or 0)
        said = " ".join(c.said for c in conditions)
        overall = [e for e in rows if e.position == k]
        if overall and len(rows) < k and not re.search(r"\bamong\b|\bof (?:the|them|those)\b", text):
            # "the 4th placed lola" with one Lola, 4th: the one placed 4th overall ("3rd among the derbis" is not)
            e = overall[0]
            return Answer(ANSWERED, f"{entry_who(e)} ({e.place}): the entry {said} placed {ordinal(k)} overall in the "
                          f"{race.title}.", races=[race], entries=[e], kind="fact")
        if k < 1 or len(rows) < k:
            return Answer(ANSWERED, f"Only {plural(len(rows), 'classified entry', 'classified entries')} {said} in the "
                          f"{race.title}, so there is no {ordinal(k)} among them.", races=[race], kind="fact")
        e = rows[k - 1]
        return Answer(ANSWERED, f"{entry_who(e)} ({e.place}): the {ordinal(k)} best placed among the entries {said} in "
                      f"the {race.title}.", races=[race], entries=[e], kind="fact")
    best = re.search(r"\b(?:top finisher|top placed|highest (?:placed|finisher|finishing|ranked|position)|best (?:placed|"
                     r"finisher|finish|result)|placed highest|finished highest|finished first|first to finish|"
                     r"placed the highest)\b", text) and not any(c.kind == "window" and "grid" not in c.said
                                                                 for c in conditions)  # (a window on the finish)
    last = re.search(r"\blast\b(?! \d)|\blowest (?:placed|finisher|position)\b|\bplaced lowest\b", text)
    listing = re.search(r"\b(?:who|which|name|list|what)\b", text)
    group = re.search(r"\b(?:which|what) (country|nation|nationality|make|manufacturer|marque|brand|constructor|team|"
                      r"engine)\b", text)
    if group and conditions and re.search(r"\bmost (?:\w+ )?(?:drivers|riders|racers|people|entries|cars|bikes|"
                                          r"competitors|finishers)\b|\bmost of the\b", text):
        # "which country had the most riders that earned points?", "which make had the most cars in the top 10?"
        from data.article import make_of
        rows = [e for e in entries if all(c.keep(e) for c in conditions)]
        what = group.group(1)
        if what in ("country", "nation", "nationality"):
            per = Counter(COUNTRIES[c].name for e in rows for c in dict.fromkeys(e.driver_countries) if c in COUNTRIES)
        else:
            per = Counter(v for e in rows if (v := e.team if what == "team" else e.engine if what == "engine" else
                                              e.chassis if what == "constructor" else make_of(e.chassis)))
        if not per:
            return Answer(ANSWERED, f"No entry {' '.join(c.said for c in conditions)} in the {race.title} has a "
                          f"{what} given.", races=[race], kind="fact")
        top = max(per.values())
        best = [c for c, n in per.items() if n == top]
        return Answer(ANSWERED, f"{and_list(best)}: the most, {top}, of the entries {' '.join(c.said for c in conditions)}"
                      f" in the {race.title}.", races=[race], entries=rows, kind="fact")
    op = "avg" if avg else "count" if count else "extreme" if extreme and not (count or total) else "sum" if total and \
        _column_in(text) in ("laps", "points") else "best" if best else "last" if last else "list" if listing else None
    if op is None:
        return None
    kinds = [c.kind for c in conditions]
    if window and window[2]:
        kinds.append("ranked")
    strong = [k for k in kinds if k in ("threshold", "time", "window", "ranked", "not first", "full", "grid")]
    if len(kinds) >= 2 and not strong and "country" not in kinds:
        return None  # "the Taurus Lola", "the Rollcentre Mosler": a make naming a team's car, no condition on rows
    single_ok = {"status": ("extreme", "avg"), "full": ("count", "list", "best", "last", "extreme", "avg", "sum"),
                 "grid": ("count", "list", "best", "last", "extreme", "avg", "sum"),
                 "threshold": ("list", "best", "last", "extreme", "avg"), "time": ("count", "list", "best", "last",
                 "extreme", "avg", "sum"), "window": ("count", "extreme", "avg"), "country": ("best", "last", "extreme", "avg"),
                 "make": ("best", "last", "extreme", "avg", "sum"), "team": ("extreme", "avg")}
    if not (len(kinds) >= 2 or op == "avg" or (len(kinds) == 1 and op in single_ok.get(kinds[0], ()))):
        return None
    if "time" in kinds:
        winner = next((e for e in entries if e.position == 1), None)
        unread = [e for e in entries if e.classified and e.time and "lap" not in e.time.lower()
                  and _elapsed(e, winner) is None and all(c.keep(e) for c in conditions if c.kind != "time")]
        if unread:  # "3:59;36.4": a time that can't be read can't be compared
            return Answer(UNSUPPORTED, f"I can't compare times in the {race.title}: {entry_who(unread[0])}'s is printed "
                          f"“{unread[0].time}”, which I can't read as a time.", races=[race])
    rows = [e for e in entries if all(c.keep(e) for c in conditions)]
    said = " ".join(c.said for c in conditions if c.kind != "status")
    if window and window[2]:  # "the top 3 drivers from the United States": the best of those
        rows = sorted((e for e in rows if e.classified), key=lambda e: e.position or 0)[:window[0]]
        said = f"the top {window[0]} {said}".strip()
    status = next((c.said for c in conditions if c.kind == "status"), None)
    if status:
        said = f"{status} {said}".strip()
    scope = f"{said} in the {race.title}" if said else f"in the {race.title}"
    kind = _entity_asked(text)
    country_codes = [c for c in countries if c in COUNTRIES]

    def names(e: EntryView) -> str:
        if kind == "driver" and country_codes and e.drivers:  # "the last co-driver from Portugal": that person
            mine = [d for d, c in zip(e.drivers, e.driver_countries) if c in country_codes]
            return and_list(mine) if mine else entry_who(e)
        return _entity_of(e, kind)
    if op == "count":
        # "how many team rahal drivers ...": the people counted, not the "team" of the team's name
        noun = re.search(r"\b(?:how many|number of)\s+(?:\w+\s+){0,4}?(drivers?|riders?|racers?)\b", text) or \
            _COUNT_NOUN.search(text)
        word = noun.group(1) if noun else "entries"
        if re.match(r"teams?|constructors?|manufacturers?|makes?", word):
            n = len({_entity_of(e, "team" if word.startswith("team") else "constructor") for e in rows})
            unit = plural(n, "team" if word.startswith("team") else "constructor")
        elif country_codes and re.match(r"drivers?|riders?|racers?|people|men|competitors?|[a-z]+ans|[a-z]+ese|germans", word):
            # people, not cars: each driver of a kept car whose own nationality meets every country condition
            n = sum(1 for e in rows for c in crew_countries(e, race, text) if all((c == code) != negated
                                                                                 for code, negated in person_tests))
            unit = plural(n, "driver")
        else:
            n = len(rows)
            unit = plural(n, "entry", "entries")
        shown = "; ".join(f"{entry_who(e)} ({e.place})" for e in rows[:12]) + ("" if len(rows) <= 12 else
                                                                               f" and {len(rows) - 12} more")
        return Answer(ANSWERED, f"{unit} {scope}" + (f": {shown}." if rows else "."), races=[race], entries=rows,
                      kind="count")
    if op in ("avg", "sum", "extreme"):
        col = _column_in(text) if op != "extreme" else extreme.group(2)  # type: ignore[union-attr]
        if col not in ("laps", "points", "grid"):
            return None
        if not _has_column(entries, col):
            return missing_column(race, col)
        valued = [(e, v) for e in rows if (v := column_value(e, col)) is not None]
        if not valued:
            return Answer(ANSWERED, f"No entry {scope} has {col} given.", races=[race], kind="fact")
        if op == "avg":
            mean = sum(v for _e, v in valued) / len(valued)
            return Answer(ANSWERED, f"The average {col} of the {plural(len(valued), 'entry', 'entries')} {scope}: "
                          f"{mean:.2f}".rstrip("0").rstrip(".") + ".", races=[race], entries=[e for e, _v in valued],
                          kind="fact")
        if op == "sum":
            value = sum(v for _e, v in valued)
            return Answer(ANSWERED, f"The {plural(len(valued), 'entry', 'entries')} {scope} had {_value_text(col, value)}"
                          " in all.", races=[race], entries=[e for e, _v in valued], kind="count")
        top = extreme.group(1) in ("most", "highest", "greatest", "largest", "maximum", "top")  # type: ignore[union-attr]
        if col == "points" and not top:
            valued = [(e, v) for e, v in valued if v] or valued  # "the fewest points": of those who scored any
        elif not top and any(column_value(e, col) is None and e.status not in ("DNS", "DNQ") for e in rows):
            return Answer(UNSUPPORTED, f"The results of the {race.title} leave out the {col} of some cars {scope}, so I "
                          "can't say which had the fewest.", races=[race])
        value = (max if top else min)(v for _e, v in valued)
        hit = [e for e, v in valued if v == value]
        return Answer(ANSWERED, f"{and_list(list(dict.fromkeys(names(e) for e in hit)))}: the {'most' if top else 'fewest'}"
                      f" {col} ({_value_text(col, value)}) {scope}.", races=[race], entries=hit, kind="list")
    if not rows:  # "best placed audi at oschersleben?" where no Audi ran: what was named is not there, said so
        return Answer(NOT_FOUND if op in ("best", "last") else ANSWERED, f"No entry {scope}.", races=[race], kind="list")
    if op in ("best", "last"):
        ranked = sorted(rows, key=lambda e: (e.position is None, e.position or 0, e.row)) if op == "best" else rows
        e = ranked[0] if op == "best" else ranked[-1]
        return Answer(ANSWERED, f"{names(e)} ({e.place}): the {'best placed' if op == 'best' else 'last listed'} entry "
                      f"{scope}.", races=[race], entries=[e], kind="fact")
    return Answer(ANSWERED, f"{and_list(list(dict.fromkeys(names(e) for e in rows)))}: the {plural(len(rows), 'entry', 'entries')}"
                  f" {scope}.", races=[race], entries=rows, kind="list")


# ------------------------------------------------------------------ the same value as another row
_SAME_ATTRIBUTES: tuple[tuple[str, str], ...] = (
    ("time", r"time|finishing time|race time"),
    ("manufacturer", r"manufacturer|make|constructor|brand|marque"),
    ("car", r"car|bike|motorcycle|machine|vehicle|chassis|model"),
    ("engine", r"engine|motor"),
    ("team", r"team|entrant|outfit"),
    ("nationality", r"country|nationality|nation"),
    ("class", r"class|category"),
)


def _attribute(e: EntryView, attribute: str) -> str:
    from data.article import make_of
    if attribute == "time":
        return e.time
    if attribute == "manufacturer":
        return make_of(e.chassis) if e.chassis != e.team or " " in e.chassis else e.chassis
    if attribute == "car":
        return e.chassis
    if attribute == "engine":
        return e.engine
    if attribute == "team":
        return e.team
    if attribute == "nationality":
        return ", ".join(sorted({c for c in e.driver_countries if c}))
    return e.class_name


def _same_as(text: str, entries: list[EntryView], race: RaceRef, subjects: list[list[EntryView]],
             positions: list[int]) -> Answer | None:
    """ "does A have the same time as B?", "which driver drove the same car as A?", "how many riders rode bikes from
    the same manufacturer as A?", "who rides a bike that is the same as A's bike?": rows by a value shared with A."""
    if not re.search(r"\bsame\b", text) or not subjects or not all(subjects):
        return None
    words = "|".join(w for _a, w in _SAME_ATTRIBUTES)
    m = re.search(rf"\bsame (?:\w+ ){{0,2}}?({words})s?\b", text) or re.search(
        rf"\b({words})s?\b(?:\s+\w+){{0,4}}?\s+(?:is |was |are |were )?(?:the )?same\b", text)
    if not m:
        return None
    attribute = next(a for a, w in _SAME_ATTRIBUTES if re.fullmatch(w, m.group(1)))
    if attribute == "car" and re.search(r"\bsame (?:\w+ ){0,2}?(?:manufacturer|make|brand)\b|\bfrom the same\b", text):
        attribute = "manufacturer"
    first = subjects[0][0]
    value = _attribute(first, attribute)
    if not value:
        return Answer(UNSUPPORTED, f"The results of the {race.title} give no {attribute} for {entry_who(first)}.",
                      races=[race])
    if len(subjects) == 2 and (re.match(r"^(?:did|does|do|is|was|were|are|has|have|had)\b", text) or not re.search(
            r"\b(?:who|what|which|how|name|list)\b", text)):  # "peter cook and paula cook on the same team?": yes/no too
        other = subjects[1][0]
        theirs = _attribute(other, attribute)
        same = fold(value) == fold(theirs) and other.id != first.id or (other.id == first.id)
        if attribute == "car" and re.search(r"\bin the same car\b", text):
            same = other.id == first.id  # "hartshorne and lynch in the same car?": one car shared, not one model
        return Answer(ANSWERED, f"{'Yes' if same else 'No'}: {'the same' if same else 'not the same'} {attribute} — "
                      f"{entry_who(first)} {value}, {entry_who(other)} {theirs or 'none given'} ({race.title}).",
                      races=[race], entries=[first, other], kind="fact")
    if len(subjects) != 1:
        return None
    rows = [e for e in entries if e.id != first.id and fold(_attribute(e, attribute)) == fold(value)]
    said = f"the same {attribute} as {entry_who(first)} ({value})"
    if re.search(_HOW_MANY, text):
        return Answer(ANSWERED, f"{plural(len(rows), 'other entry', 'other entries')} had {said} in the {race.title}"
                      + (": " + "; ".join(f"{entry_who(e)} ({e.place})" for e in rows[:12]) if rows else "") + ".",
                      races=[race], entries=rows, kind="count")
    if positions:  # "what other 9th place driver": of those, the one at that place
        rows = [e for e in rows if e.position in positions]
        said += " and finished " + " or ".join(ordinal(n) for n in positions)
    asked = re.search(r"\b(?:who|what|which|name)\b(?:\s+(?:other|else|another))?(?:\s+\w+)?\s+(teams?|entrants?|"
                      r"manufacturers?|constructors?|makes?|engines?)\b", text)
    kind = {"e": "engine", "t": "team"}.get(asked.group(1)[0], "constructor") if asked else "driver"
    names = list(dict.fromkeys(_entity_of(e, kind) for e in rows))
    return Answer(ANSWERED, f"{and_list(names) + ' (other than ' + entry_who(first) + ')' if names else 'Nobody else'} "
                  f"had {said} in the {race.title}.", races=[race], entries=rows, kind="list")
