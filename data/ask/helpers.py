"""Small pieces every answer builder of the question engine uses: lists in prose, yes/no
questions, makes of a car, the order of results."""
from __future__ import annotations

import re
from functools import lru_cache

from data.countries import COUNTRIES, country_words
from data.answers import UNSUPPORTED, Answer, EntryView, RaceRef, rank_key
from data.folding import fold
from data.ask.linking import Parsed

__all__ = ["ANY_COUNTRY", "NOT_COUNTRY", "and_list", "entry_who", "has_make", "is_make", "machine", "missing_column", "possessive", "rank_key", "rx",
           "yes_no"]


# every country word, for patterns that find one and then ask whether it is the country linked
ANY_COUNTRY = "|".join(sorted((re.escape(w) for w in {*country_words(), *(fold(c) for c in COUNTRIES)} if w), key=len,
                              reverse=True))
NOT_COUNTRY = re.compile(rf"\b(?:not|non|isn t|wasn t|no) (?:from |an? |the )?(?P<a>{ANY_COUNTRY})\b")


@lru_cache(maxsize=4096)
def rx(pattern: str) -> re.Pattern[str]:
    """A pattern built from a name or number, compiled once: ``re``'s own cache (512) is shared by every module, and
    patterns made per question would push the fixed ones out of it."""
    return re.compile(pattern)


def and_list(names: list[str]) -> str:
    if not names:
        return ""  # (callers say "Nobody" themselves)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def entry_who(e: EntryView) -> str:
    """The people of an entry ("Sébastien Loeb and Daniel Elena"), else its car and team."""
    return and_list(e.drivers) if e.drivers else f"#{e.car_number} {e.team}".strip()


def machine(e: EntryView, engine: bool = False, team: bool = True) -> str:
    """ "the #43 Dodge for Petty Enterprises", "the Aprilia": only what the results print (a motorcycle table
    has no car number, a NASCAR one may have no team)."""
    parts = ["the", f"#{e.car_number}" if e.car_number else "", e.chassis or "car"]
    if engine and e.engine and fold(e.engine) != fold(e.chassis):
        parts.append(f"({e.engine})")
    if team and e.team:
        parts.append(f"for {e.team}")
    return " ".join(x for x in parts if x)


def missing_column(race: RaceRef, column: str) -> Answer:
    """The decline for a column the race's article did not print."""
    return Answer(UNSUPPORTED, f"The results of the {race.title} print no {column}, so I can't answer that.",
                  races=[race])


def possessive(name: str) -> str:
    """ "Jan Lammers'", "Tom Kristensen's"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def yes_no(p: Parsed) -> bool:
    """ "did X finish?" is a yes/no question; "where did X finish?" is not."""
    return bool(re.match(r"^(?:did|does|was|were|is|has|have|had)\b", p.text)) and not re.search(
        r"\b(where|what|which|how|when|who|whom)\b", p.text)


def has_make(e: EntryView, make: str, role: str) -> bool:
    """Whether the car's chassis (or engine) is of ``make``: "R&M" is the "R & M SR01"."""
    return is_make(e.chassis, e.engine, make, role)


def is_make(chassis: str, engine: str, make: str, role: str) -> bool:
    return fold(make).replace(" ", "") in fold(engine if role == "engine" else chassis).replace(" ", "")
