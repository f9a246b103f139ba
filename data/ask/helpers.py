"""Small pieces every answer builder of the question engine uses: lists in prose, yes/no
questions, makes of a car, the order of results."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from data.countries import COUNTRIES, country_words
from data.answers import ANSWERED, UNSUPPORTED, Answer, EntryView, RaceRef, rank_key
from data.folding import fold
from data.ask.frame import Frame

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall

__all__ = ["ANY_COUNTRY", "COUNT_WORDS", "NOT_COUNTRY", "and_list", "clock_seconds", "entry_who", "has_make", "is_make", "machine", "missing_column", "possessive", "rank_key", "rx",
           "yes_no"]


# numbers as questions write them ("fewer than ten laps", "the top five"), read by the table forms
COUNT_WORDS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}

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
        parts.append(f"for {e.team.rstrip('.')}")  # "Shelby-American Inc." ends its own sentence's full stop
    return " ".join(x for x in parts if x)


def missing_column(race: RaceRef, column: str) -> Answer:
    """The decline for a column the race's article did not print."""
    return Answer(UNSUPPORTED, f"The results of the {race.title} print no {column}, so I can't answer that.",
                  races=[race])


# a sentence ends at ". ", but not after an abbreviation ("Jaguar Cars Ltd.", "A. J. Foyt", "Al Unser, Jr.")
_SENTENCE_END = re.compile(r"(?<!\bLtd)(?<!\bInc)(?<!\bCo)(?<!\bJr)(?<!\bSr)(?<!\bSt)(?<!\bDr)(?<!\bMr)(?<!\bvs)"
                           r"(?<!\b[A-Z])\.\s")


def first_sentence(text: str) -> str:
    """The first sentence of an answer, its full stop kept: "#14 Jaguar Cars Ltd. (…) finished 2nd overall."."""
    return _SENTENCE_END.split(text, maxsplit=1)[0].rstrip(".") + "."


def answer_lead(answer: Answer) -> str:
    """An answer said in one line, as a list of races gives each of them: its first line, and where that line only
    introduces what follows ("Dan Gurney and A. J. Foyt:"), the first few lines it introduces."""
    lines = answer.summary.splitlines() or [""]
    if not lines[0].endswith(":"):
        return lines[0]
    rest = lines[1:] or answer.lines
    return " ".join([lines[0], "; ".join(x.strip() for x in rest[:_LEAD_LINES])]).strip()


_LEAD_LINES = 6


def possessive(name: str) -> str:
    """ "Jan Lammers'", "Tom Kristensen's"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_LEADING_CHATTER = re.compile(r"^(?:(?:lol|lmao|haha|hey|hi|so|ok|okay|yo|pitwall|btw|um|uh|hmm|well|right|quick q)"
                              r"\b[\s,.!]*)+")


def yes_no(p: Frame) -> bool:
    """ "did X finish?" is a yes/no question; "where did X finish?" is not."""
    # "2005 malaysian gp - did button finish?": the question after a dash or colon that names the race
    # (a dash inside a race's title, "Grand Prix – 500cc", leaves the question whole)
    asked = re.split(r"\s[-–—:]\s|[:,]\s", p.raw.lower())[-1].strip()
    asked = _LEADING_CHATTER.sub("", asked)  # "lol was shane lynch actually in a car?"
    # "any tvr in the top 10?" asks yes or no too
    aux = next((i for i, w in enumerate(p.words) if w in ("did", "does", "was", "were", "has", "had")), None)
    # "molson indy toronto 98 did ganassi get both cars on the podium": the race said first, then the question
    said = set(fold(f"{p.race.title} {p.race.circuit or ''} {p.race.location or ''}").split()) if p.race else set()
    race_first = aux is not None and aux > 0 and all(p.words[i] in said or p.words[i].isdigit() or (
        i in p.used and p.words[i] in ("gp", "grand", "prix", "race")) for i in range(aux))
    return (race_first or any(re.match(r"^(?:did|does|was|were|is|has|have|had|any)\b", said)
                              for said in (fold(asked), p.text))) and not re.search(
        r"\b(where|what|which|how|when|who|whom)\b", p.text)


def teammates(e: EntryView, field: list[EntryView]) -> list[EntryView]:
    """The other cars of ``e``'s team in its race (a Grand Prix's teammates drive them)."""
    return [x for x in field if x.team and x.team == e.team and x.id != e.id]


def has_make(e: EntryView, make: str, role: str) -> bool:
    """Whether the car's chassis (or engine) is of ``make``: "R&M" is the "R & M SR01"."""
    return is_make(e.chassis, e.engine, make, role)


def is_make(chassis: str, engine: str, make: str, role: str) -> bool:
    """Whether the car's chassis (or engine) names ``make`` in whole words: "R&M" is the "R & M SR01", "Renault" the
    "Williams-Renault" (no engine printed, the constructor's name gives it), "Porsche 911 Carrera RS" is no
    "Porsche 911 Carrera RSR"."""
    said = fold(make).split()
    target = "".join(said)
    words = fold(engine if role == "engine" and engine else chassis).split()
    if len(said) >= 3 and said[0] in words:  # "Porsche 911 Turbo" is the "Porsche 911 Carrera Turbo": in order
        rest = iter(words[words.index(said[0]) + 1:])
        if all(w in rest for w in said[1:]):
            return True
    for start in range(len(words)):
        joined = ""
        for w in words[start:]:
            joined += w
            if joined == target:
                return True
            if len(joined) >= len(target) or not target.startswith(joined):
                break
    return False


def make_not_printed(race: RaceRef, entries: list[EntryView], makes: list[tuple[str, str]]) -> Answer | None:
    """ "which of them drove a Dallara?" where the article prints no chassis: the decline, never "no Dallara"."""
    for make, role in makes:
        if not any(e.chassis or (role == "engine" and e.engine) for e in entries):
            return missing_column(race, "engines" if role == "engine" else "chassis or makes")
        if role == "engine" and not any(e.engine for e in entries) and not any(
                is_make(e.chassis, "", make, "chassis") for e in entries):
            # "ford cosworth" where only constructors are printed ("Tyrrell-Ford"): the make, never the engine
            return missing_column(race, "engines")
    return None


HELP = ("I answer questions about the stored race results: winners (overall, per class, podium, any "
        "position), a driver, car number or team (result, class, team, car, co-drivers, laps, status), "
        "gaps in laps, retirements and other status lists, counts, chassis/engine/tyre and makes, pole, "
        "fastest lap, average speed, date, circuit, championships, nationalities, comparisons, and "
        "careers across races. Try: “who won GT Cup?”, “how did Tom Kristensen do?”, “how many Porsches "
        "were entered?”, “Dutch drivers”.")
# "the answer gives no points" is Pitwall's own reading falling short, not the article's silence
NO_DATA = re.compile(r"\b(?:(?<!the answer )gives? no(?! reason)|give only|gives only|does not name|print no|prints no|"
                      r"results don't (?:say|record)|none given)\b")


_CLOCK = re.compile(r"^(?:(\d+):)?(?:(\d+):)?(\d+(?:[.,]\d+)?)$")
_MINSEC = re.compile(r"^(?:(\d+)h)?\s*(?:(\d+)m)?\s*(\d+(?:[.,]\d+)?)s$")


def clock_seconds(text: str) -> tuple[float, int] | None:
    """ "1:31:33.736" -> (5493.736, 3); "+24.327 secs" -> (24.327, 3); "4m04.1s" -> (244.1, 1); else None."""
    t = re.sub(r"(?<=\d)\s*(?:secs?|seconds?|s)\.?$", "s", text.strip().lstrip("+").strip().lower()).replace(",", ".")
    t = re.sub(r"(?<=\d);(?=\d\d\b)", ":", t)  # "3:59;36.4": a slip of the typist's, as printed in one rally table
    t = re.sub(r"^(\d{1,2})\.(\d\d):(\d\d)", r"\1:\2:\3", t)  # "1.00:14.8": hours set off by a point (1960s tables)
    m = _MINSEC.match(t) if t.endswith("s") and ("m" in t or "h" in t) else _CLOCK.match(t.rstrip("s"))
    if not m:
        return None
    parts = [float(g) if g else 0.0 for g in m.groups()]
    if m.re is _CLOCK:
        h, mi, sec = (parts if m.group(2) else [0.0, parts[0], parts[2]])
    else:
        h, mi, sec = parts
    decimals = len(m.group(3).split(".")[1]) if "." in m.group(3) else 0
    return h * 3600 + mi * 60 + sec, decimals


def crew_countries(e: EntryView, race: RaceRef, text: str) -> list[str]:
    """The nationalities a count of "drivers" or "co-drivers" means. In a rally the crew is a driver and a
    co-driver (who reads the notes, not drives): "how many Finnish drivers?" counts the first of each crew."""
    if re.search(r"\b(?:rally|rallye|rali)\b", fold(race.title)):
        if re.search(r"\bco ?drivers?\b|\bnavigators?\b", text):
            return list(e.driver_countries[1:])
        if re.search(r"\bdrivers?\b", text):
            return list(e.driver_countries[:1])
    return list(e.driver_countries)


_FINISHED_REASON = re.compile(r"(?i)^(?:running|finished|classified|\+|lapped)")


def classifies_every_car(field: list[EntryView]) -> bool:
    """Whether the race's table classifies every car, retirements included (CART: no DNF, a reason instead)."""
    return not any(e.status == "DNF" for e in field)


def laps_down(e: EntryView, winner: EntryView | None) -> int | None:
    """How many laps a classified car finished behind ``winner``: from the laps printed, else from its time
    ("+1 Lap", "+2 laps"; a gap in seconds is the winner's lap); None when the results do not say."""
    if not e.classified or winner is None:
        return None
    if e.id == winner.id:
        return 0
    if e.laps is not None and winner.laps is not None:
        return winner.laps - e.laps
    said = re.search(r"(\d+)\s*laps?\b", e.time or "", re.I)
    if said:
        return int(said.group(1))
    return 0 if re.match(r"^\+\s*\d", e.time or "") else None


def bare_reason(reason: str) -> str:
    """A reason without what the table adds in brackets: "Oil pressure (46 laps)" is "Oil pressure"."""
    return re.sub(r"\s*\([^)]*\)", "", reason).strip()


def finished(e: EntryView, classify_all: bool) -> bool:
    """Whether a car finished: classified, and -- where a series classifies every car, retirements included
    (CART) -- with no reason for stopping printed."""
    return e.classified and not (classify_all and e.reason and not _FINISHED_REASON.match(e.reason))


# "more laps than the SR2 winner", "ahead of the overall winner": a winner named by its role
ROLE_OF_WINNER = re.compile(r"\b(than|as|ahead of|in front of|behind|beat|outlast|outlasted|before|in|drive|drove|driving|was|"
                            r"were)\s+"
                            r"the\s+(?:((?:[\w-]+\s+){0,2}?[\w-]+?)(?:\s+|-))?(?:winners?|winning car|winning (?P<make>[\w-]+))\b",
                            re.I)


def role_cars(pw: Pitwall, question: str, race: RaceRef | None) -> str:
    """ "more laps than the SR2 winner", "on the same lap as the overall winner": the winner as a car
    number, so the two cars compared are both named."""
    if race is None:
        return question

    def car(m: re.Match[str]) -> str:
        what = (m.group(2) or "").strip()
        asked = f"who won {what} at the {race.title}?" if what and fold(what) not in ("overall", "race") else \
            f"who won the {race.title}?"
        won = pw.ask(asked)
        if won.status != ANSWERED or len(won.focus) != 1 or not won.focus[0].car_number:
            return m.group(0)
        make = fold(m.group("make") or "")
        if make and make not in fold(f"{won.focus[0].chassis} {won.focus[0].engine} {won.focus[0].team}").split():
            return m.group(0)  # "the gto winning porsche" where a Mosler won: no such car, the words stay unread
        return f"{m.group(1)} #{won.focus[0].car_number}"
    return ROLE_OF_WINNER.sub(car, question)


# words fans shout that are also nations' three-letter codes (Andorra's AND, the Emirates' ARE) or look like a class
SHOUTED_WORDS = frozenset("AND ARE THE FOR NOT BUT WHO HOW WHY WAS DID HAD HAS GOT WON ANY ALL OUT TOO YES LOL OMG WTF "
                          "ITS HIS HER ONE TWO SIX TEN OFF NOW NEW OLD TOP END".split())
