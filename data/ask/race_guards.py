"""When the words about the race do not pick exactly one stored race: several fit, a year comes with a
word no race has, a description the title lacks, a numbered event that is not stored. Never one of
them silently."""
from __future__ import annotations

from typing import TYPE_CHECKING

import json
from datetime import date
import logging
import re

from data.answers import (AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, Choice, RaceRef, plural)
from data.folding import fold
from data.circuits import PLACE_FILLER
from data.ask.frame import Frame
from data.ask.vocabulary import known_word
from data.countries import country_words
from data.ask.linking import (GENERIC_RACE_WORDS, race_place_words, IN_ORDER, ORDINAL_WORDS, intro_lead, race_known_words,
                              race_lookup, stored_races_text)
from data.ask.rankings import (year_winners)

from data.ask.helpers import HELP, answer_lead, yes_no
from data.ask.coverage import unknown_words
if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall


log = logging.getLogger(__name__)

_SERIES_WORD = re.compile(r"championship|series|cup|trophy|challenge|tour")
_GENERIC_WORDS = frozenset(
    "a an the at in of on and or race races event edition results result overall podium winner winners won win "
    "who what which where when how did do does was were finish finished grand prix gp hours hour h km kms miles round "
    "final standings classification entry entries list show tell me please".split())
_STANDINGS = "Race results don't record championship points or standings, so I can't answer that. "


_DESCRIPTOR_WORDS = frozenset("grand prix gp rally dtm nascar indycar indy formula f1 motogp superbike supersport btcc "
                              "wec imsa elms alms touring endurance sprint".split())


_DESCRIPTOR_PHRASES = ("champ car", "champcar")
_DURATION = re.compile(r"\b(\d{1,2})\s*(?:hours?|hrs?|h)\b|\b(\d{3,4})\s*(?:km|kms|kilometres|kilometers|miles|mi)\b")


def race_descriptor_missing(pw: Pitwall, p: Frame) -> Answer | None:
    """ "the 2003 Le Mans 24 Hours" when only Petit Le Mans is stored, "the 2003 Belgian Grand Prix" when the
    Spa race stored is the 1000 km: a word that describes a race (a duration, a distance, Grand Prix, a
    series) which the chosen race's title, circuit and championships lack names a race not stored."""
    if p.race is None or not p.race_named:
        return None
    known = ""
    for rid in {p.race.id, *(r.id for r in p.other_races), *(r.id for r in p.race_candidates)}:
        row = pw.db.execute("SELECT title, circuit, championships, intro FROM races WHERE id = ?", [rid]).fetchone()
        # the intro's first two sentences say what the race was: "a Formula One motor race", "the 7th race
        # of the 2008 Formula One season" (a season is no championship the article names)
        said = intro_lead(row[3])
        known += fold(f" {row[0]} {row[1] or ''} {' '.join(json.loads(row[2] or '[]'))} {said}")
    known_words = set(known.replace("1000km", "1000 km").split())
    for phrase, short in (("grand prix", "gp"), ("gran premio", "gp"), ("grande premio", "gp"), ("formula one", "f1"),
                          ("indianapolis", "indy"),
                          ("formula 1", "f1"), ("motorcycle grand prix", "motogp")):
        if phrase in known:
            known_words.add(short)
    free = [w for i, w in enumerate(p.words) if i not in p.used]
    missing = [w for w in free if w in _DESCRIPTOR_WORDS and w not in known_words]
    # "the champ car race in mexico city in 2007" when the 2007 race stored there is NASCAR's
    missing += [said for said in _DESCRIPTOR_PHRASES if f" {said} " in f" {p.text} " and f" {said} " not in f" {known} "]
    for m in _DURATION.finditer(p.text):
        n = m.group(1) or m.group(2)
        if n not in known_words and f"{n}km" not in known:
            missing.append(m.group(0))
    if not missing:
        return None
    return Answer(NOT_FOUND, f"No stored race matches “{' '.join(dict.fromkeys(missing))}” with the race you named "
                  f"(the nearest is the {p.race.title}). {stored_races_text(pw)}", kind="race")


# "the grand prix of the americas", "the americas grand prix", "gp of europe": a race named by the place it is of
_GP_OF = (re.compile(r"\b(?:grand prix|gran premio|gp) of (?:the )?([a-z][a-z-]{2,})\b"),
          re.compile(r"\b([a-z][a-z-]{2,}) (?:grand prix|gp)\b"))


_KIND_WORDS = frozenset("bike bikes motorbike moto motorcycle car cars sportscar sportscars touring f1 formula champ "
                        "indy nascar cart both each every any all that this which what those these his her their its "
                        "first last next previous same other either pole lap laps fastest winning winner race racing "
                        "result results had won for from with by to into home own local next".split())  # "both gp"


def grand_prix_not_stored(pw: Pitwall, p: Frame) -> Answer | None:
    """ "who won the grand prix of the americas 2003": a Grand Prix named by a word no stored race has (its title,
    circuit or place), which no stored race of that year is, whatever else the year fits."""
    lookup = race_lookup(pw)
    for m in (m for pattern in _GP_OF for m in pattern.finditer(p.text)):
        w = m.group(1)
        at = p.words.index(w) if w in p.words else -1
        named = {i for i, x in enumerate(p.words) if x in ("gp", "grand", "prix", "gran", "premio") and abs(i - at) <= 3}
        if any(a <= i <= b for a, b in p.named_at.values() for i in named):
            continue  # "which drivers drove for gp racing": a team's name
        if w in _GENERIC_WORDS or w in GENERIC_RACE_WORDS or w in lookup.words or w in _COUNTRY_NAMES or \
                w in _DESCRIPTOR_WORDS or w in _KIND_WORDS or \
                at in p.used or w.isdigit() or not w.isalpha():
            continue
        return Answer(NOT_FOUND, f"No stored race is the “{m.group(0)}”. {stored_races_text(pw)}", kind="race")
    return None


def _said_plain(title: list[str], w: str) -> bool:
    """The title names the race by ``w`` alone: nothing but a year or a generic word before it ("24 Hours of
    Le Mans"), unlike "Porsche Supercup Vallelunga"."""
    before = title.index(w) - 1
    while before >= 0 and len(title[before]) <= 2:
        before -= 1
    return before < 0 or title[before].isdigit() or title[before] in GENERIC_RACE_WORDS


def race_name_qualified(pw: Pitwall, p: Frame) -> Answer | None:
    """ "who won le mans 2003?" when the 2003 race stored is Petit Le Mans: the year chose the one race whose
    title has the name, but there a word the question lacks ("petit") makes it another event, not run there,
    than the stored races the name alone fits (the 24 Hours of Le Mans of other years). Each race a question
    names is checked ("lammers at monza 2003 and le mans 2003")."""
    if p.race is None or not p.race_named or not p.years:
        return None
    lookup = race_lookup(pw)
    for race in (p.race, *p.other_races):
        title = lookup.titles[race.id].split()
        ran_at = set(fold(f"{race.circuit or ''} {race.location or ''}").split())
        for w in dict.fromkeys(p.words):
            fits = lookup.words.get(w, set())
            if race.id not in fits or len(fits) < 2 or w not in title or w in ran_at:
                continue  # "Porsche Supercup Mugello" ran at Mugello: "at mugello in 1981" is that race
            at = title.index(w)
            before = at - 1
            while before >= 0 and len(title[before]) <= 2:
                before -= 1  # "le" of "Petit Le Mans"
            qualifier = title[before] if before >= 0 else ""
            if not qualifier or qualifier.isdigit() or qualifier in GENERIC_RACE_WORDS or not _said_bare(
                    p.words, w, qualifier):
                continue  # every mention has its qualifier ("petit le mans"), or the title has none
            others = [r for r in fits if r != race.id and w in lookup.titles[r].split()]
            if others and all(_said_plain(lookup.titles[r].split(), w) for r in others):
                name = " ".join(title[before + 1:at + 1])
                return Answer(NOT_FOUND, f"No race called “{name}” from {(race.date or '')[:4]} is stored: the "
                              f"{race.title} is another event. Stored races of that name: "
                              + "; ".join(pw.results.race(r).title for r in sorted(others)[:4]) + ".", kind="race")
    return None


def _said_bare(words: list[str], w: str, qualifier: str) -> bool:
    """Whether ``w`` is said once without the title's word before it ("than le mans 2003" beside "petit le mans")."""
    for i, x in enumerate(words):
        if x != w:
            continue
        before = i - 1
        while before >= 0 and len(words[before]) <= 2:
            before -= 1
        if before < 0 or words[before] != qualifier:
            return True
    return False


_COUNTRY_NAMES = frozenset(country_words())
_UNITS = frozenset("hours hour hrs hr h km kms k miles mile mi laps lap".split())  # "malaysia 2008": a country, which the race linking reads itself


def _places_of(race: RaceRef) -> set[str]:
    """The words of where a race ran: its circuit, the towns that circuit is known by, its location."""
    return {w for w in race_place_words(race) if len(w) >= 3 and w not in GENERIC_RACE_WORDS and w not in PLACE_FILLER}


def _years_by_place(pw: Pitwall) -> dict[str, set[str]]:
    """Each word of a stored race's place or title ("spa", "mans", "brno") -> the years races ran there, kept per
    store (built once: a question looks words up, never scans the races)."""
    cached: dict[str, set[str]] | None = pw.__dict__.get("_years_by_place")
    if cached is None:
        cached = {}
        titles = race_lookup(pw).titles  # "petit le mans 2003": a word of a title names its race as much as a place
        for r in pw.results.races():
            for w in _places_of(r) | set(titles[r.id].split()):
                cached.setdefault(w, set()).add((r.date or "")[:4])
        pw.__dict__["_years_by_place"] = cached
    return cached


def place_and_year_not_stored(pw: Pitwall, p: Frame) -> Answer | None:
    """ "points at silverstone 2005 or monza 2005": a place said with a year, beside the race named, where no
    stored race of that year ran, is said so rather than answered for the race that is stored."""
    if p.race is None or not p.race_named:
        return None
    named = {j for a, b in p.named_at.values() for j in range(a, b + 1)}  # "graham hill 1959": a name, no place
    for i, w in enumerate(p.words):
        if not w.isalpha() or len(w) < 3 or w in GENERIC_RACE_WORDS or w in PLACE_FILLER or known_word(w) or \
                i in named or w in _COUNTRY_NAMES:
            continue  # each place said with a year is checked, the race's own too ("spa 03 and spa 04")
        said = next((y for y in p.words[i + 1:i + 3] if re.fullmatch(r"(?:19|20)\d\d", y)), None) or next(
            (y for y in p.words[i + 1:i + 2] if re.fullmatch(r"\d\d", y) and y not in p.cars and f"#{y}" not in p.raw
             and (p.words[i + 2] if i + 2 < len(p.words) else "") not in _UNITS), None)
        # "spa 04": a short year right after the place, never a car number ("at spa, #25 or #16") or a length
        # ("the hungaroring 12 hours")
        year = said if said is None or len(said) == 4 else (  # "spa 04", "brno 03": a short year said beside a place
            f"20{said}" if int(said) <= date.today().year % 100 else f"19{said}")
        years_at = _years_by_place(pw).get(w)
        if year is None or not years_at:
            continue
        if year not in years_at:
            return Answer(NOT_FOUND, f"I have the {p.race.title}, but no race at {w.title()} from {year} is stored, "
                          "so I can't answer for it. " + stored_races_text(pw), races=[p.race], kind="race")
    return None


_LIST_JOINERS = frozenset("and or vs versus v compared with to both & + plus than".split())


def races_run_together(pw: Pitwall, p: Frame) -> Answer | None:
    """ "portuguese motogp at estoril 2003": words that fit one race each ("motogp" the Phillip Island MotoGP race,
    "estoril" the sportscar race) but are said as one race's description, with nothing listing two races between
    them: no stored race fits them all, so said so rather than answered for both."""
    if not p.other_races or p.race is None:
        return None
    lookup = race_lookup(pw)
    ids = {p.race.id, *(r.id for r in p.other_races)}
    at = [i for i, w in enumerate(p.words) if lookup.words.get(w, set()) & ids]
    if len(at) < 2 or any(w in _LIST_JOINERS for w in p.words) or len(set(p.years)) > 1 or p.has(
            "each", "both", "races", "rounds", "all") or re.search(r"[/+&]", p.raw) or any(
                lookup.named(r, p.text) for r in ids):
        return None  # "spain 92 vs petit le mans 03", "estoril/monza/spa", "2003 and 2008": races listed
    between = re.split(r"[,;]| - ", p.raw)
    if len([part for part in between if any(w in lookup.words for w in fold(part).split())]) > 1:
        return None  # "brno 02, monza 03": listed with commas
    return Answer(NOT_FOUND, "No stored race fits all of “" + " ".join(p.words[at[0]:at[-1] + 1]) + "”: the words name "
                  + " and ".join(r.title for r in (p.race, *p.other_races)) + ", two different races. "
                  + stored_races_text(pw), kind="race")


def year_not_stored(pw: Pitwall, p: Frame) -> Answer | None:
    """ "who won the 1000km of spa in 2003 and 2004?": a second year said beside the race named, with no stored race
    of it, is said so rather than answered for the one year stored."""
    if p.race is None or not p.race_named:
        return None
    have = {r.date[:4] for r in (p.race, *p.race_candidates, *p.other_races) if r.date}
    for i, w in enumerate(p.words):
        if i in p.used or not re.fullmatch(r"(?:19|20)\d\d", w) or w in have:  # ("super 2000": a class's name)
            continue
        if i and p.words[i - 1] in ("since", "before", "after", "until", "till", "from", "by"):
            continue  # "his first win since 1998": a time, not a race asked about
        return Answer(NOT_FOUND, f"I have the {p.race.title}, but no {w} race of that name is stored, so I can't "
                      f"answer for {w}. " + stored_races_text(pw), races=[p.race], kind="race")
    return None


def race_named_after_year(pw: Pitwall, p: Frame) -> Answer | None:
    """What the words after a year say about the race asked for ("who won the 2003 ‹...›?").

    A season ("the 2003 FIA GT Championship") is no race: results do not rank it. A name with a
    word that is neither in the chosen race's title, circuit or championships (or within one
    typo of one), nor linked to a class, make, country or person, names a race that is not
    stored ("the 2003 Road America 1000km" is not the 2003 Petit Le Mans at Road Atlanta)."""
    if p.race is None or not p.race_named or _ROUND_ASKED.search(p.text):
        return None  # "the third race of the 2003 FIA Sportscar Championship" is a race (round_of_season)
    if race_lookup(pw).named(p.race.id, p.text):
        return None  # "the 1963 International Gold Cup" is that race's own title, though it ends like a season
    season = re.search(r"\b(\d{4})((?:\s+\S+)+)", p.text)
    after = season.group(2).split() if season else []
    last_series = max((i for i, w in enumerate(after) if _SERIES_WORD.fullmatch(w)), default=None)
    if last_series is not None and all(w in _GENERIC_WORDS for w in after[last_series + 1:]):
        if any(w in ("race", "races", "round", "rounds", "event", "events") for w in after[last_series + 1:]):
            return None  # "the 2003 FIA GT Championship races": its races, not its standings
        own = {w for r in (p.race, *p.other_races) for w in fold(r.title).split() if not w.isdigit()} - set(after) - \
            _GENERIC_WORDS
        if p.other_races or own & set(p.words):
            return None  # "sr2 winner at brno, 2002 fia sportscar championship": the race named, in its season
        if re.search(r"\b(won|win|wins|winner|winners|champion|champions)\b", p.text):
            return Answer(UNSUPPORTED, _STANDINGS + HELP)
        return None
    m = re.search(r"\b(\d{4})((?:\s+[A-Z0-9][\w'’&.-]*)+)", p.raw)
    if not m:
        return None
    row = pw.db.execute("SELECT title, circuit, championships, distance FROM races WHERE id = ?",
                        [p.race.id]).fetchone()
    known = set(re.findall(r"[^\W\d_]+|\d+", fold(
        f"{row[0]} {row[1] or ''} {' '.join(json.loads(row[2] or '[]'))} {(row[3] or '').replace(',', '')} "
        f"{p.race.location or ''}")))
    known |= race_known_words(pw, p.race.id)  # "Champ Car" of its intro, "Indy" of Indianapolis
    free = {w for i, w in enumerate(p.words) if i not in p.used}
    for word in fold(m.group(2)).split():
        if word not in free:
            continue  # linked to a class, make, country or person
        for part in re.findall(r"[^\W\d_]+|\d+", word):  # "1000km" is "1000 km"
            if part in known or part in _GENERIC_WORDS or any(
                    c in known for c, d in pw.race_index.word_matches(part).items() if d <= 1):
                continue
            return Answer(NOT_FOUND, f"No race called “{m.group(1)}{m.group(2)}” is stored. {stored_races_text(pw)}",
                          kind="race")
    return None


_LENGTH_UNITS = frozenset(("km", "kms", "kilometres", "kilometers", "mi", "mile", "miles", "laps", "lap", "hours", "h"))


def numbered_event(pw: Pitwall, p: Frame) -> Answer | None:
    """ "the 2005 indianapolis 500", "daytona 500": a number right after a word that named the race,
    which the race's title, circuit and distance do not hold, names another event (not a length)."""
    if p.race is None or not p.race_named or p.race_by_year_only:
        return None
    row = pw.db.execute("SELECT title, circuit, distance FROM races WHERE id = ?", [p.race.id]).fetchone()
    known = set(re.findall(r"\d+", fold(" ".join(str(v) for v in row if v).replace(",", ""))))
    race_words = race_lookup(pw).words
    for i in range(1, len(p.words)):
        w, before = p.words[i], p.words[i - 1]
        after = p.words[i + 1] if i + 1 < len(p.words) else ""
        if w.isdigit() and len(w) >= 3 and not 1900 <= int(w) <= 2100 and w not in known and before.isalpha() \
                and w not in p.cars and not re.search(rf"#\s*{w}\b", p.raw) \
                and p.race.id in race_words.get(before, ()) and before not in pw.make_roles \
                and after not in _LENGTH_UNITS:
            return Answer(NOT_FOUND, f"No race called “{before} {w}” is stored ({p.race.title} is the race at "
                          f"{p.race.circuit or 'that circuit'}). {stored_races_text(pw)}", kind="race")
    return None


_ACROSS = ("races", "most", "ever", "career", "how many times", "each race", "every race", "all races", "first race",
           "last race", "which race", "what race", "stored", "database", "season", "history", "in total")


_EACH_AT_MOST = 3  # "who won at spa?" answers for both years; four races "at le mans" is a question to ask


def several_races(pw: Pitwall, p: Frame) -> Answer | None:
    """Words that fit several stored races equally ("who won at Spa?", "who won in Italy?"): the winner of
    each when that is what is asked, else the races to choose from; never one of them silently."""
    races = sorted(p.race_candidates, key=lambda r: (r.date or "", r.id), reverse=True)
    won = p.has("won", "win", "winner", "winners", "victory", "victor")
    if p.race_by_year_only and not won and p.has("how many", "number of", "count", "list", "all", "every", "total",
                                                 "which", "who were", "what were"):
        return None  # "how many drivers raced in 2002?": the year's races together (the rankings count them)
    season_asked = p.series and p.has("races", "rounds", "season", "title", "titles", "champion", "standings")
    # "le mans 24h winners you got stored?": what is stored, said of the races asked about, counts nothing across them
    across = p.has(*_ACROSS) and not (re.search(r"\b(?:you|u|ya)\b.{0,12}\bstored\b|\bstored\s*$", p.text) and not p.has(
        *(a for a in _ACROSS if a != "stored")))
    if len(races) < 2 or p.subjects or p.other_races or across or p.makes \
            or p.countries or season_asked or IN_ORDER.search(p.text) or re.search(
                r"\b(?:first|last|latest|earliest|oldest|newest|most recent|previous|next)\b", p.text):
        return None  # "the first race at X" picks one of them
    if won and not (p.classes or p.positions or p.bottom) \
            and not unknown_words(p) and not p.has("how", "laps", "time", "team", "car", "engine", "chassis") \
            and len(races) <= _EACH_AT_MOST:
        return year_winners(pw, p)  # the winner of each, oldest first
    if p.has("pole", "pole position", "fastest lap", "podium") and not (p.classes or p.positions or unknown_words(p)) \
            and len(races) <= _EACH_AT_MOST:
        # "who got pole at silverstone?": the same question of each race that fits, oldest first
        each = [(r, pw.ask(f"{p.raw.rstrip(' ?.!')} at the {r.title}?"))
                for r in sorted(races, key=lambda r: r.date or "")]
        if all(a.status == ANSWERED for _r, a in each):
            return Answer(ANSWERED, "\n".join(f"{r.title}: {answer_lead(a)}" for r, a in each),
                          races=[r for r, _a in each], kind="races")
    shown = races[:5]
    return Answer(AMBIGUOUS, f"That fits {plural(len(races), 'stored race')}: which one? "
                  + "; ".join(f"{r.title} ({r.nice_date})" for r in shown)
                  + ("" if len(races) <= 5 else f" and {len(races) - 5} more") + ".",
                  title="Several races fit", kind="race",
                  choices=[Choice("race", f"{r.title} ({r.nice_date})", r.slug) for r in shown])


# "was the eighth round of the 2003 FIA GT Championship", "was round 10 of the ...", "was the ninth
# and final race in the 2003 American Le Mans Series season": what an article's intro says of it
ROUND_SAID = re.compile(r"\b(?:the )?(round \d+|(?:[a-z]+|\d+(?:st|nd|rd|th))(?: and final)? (?:race|round))(?: (?:of|in|for))? the "
                        r"((?:19|20)\d\d [^.,;()]+?)(?: season)?(?= and |[.,;()]|$)")
# "who won round 4 of the 2002 fia sportscar championship", "the second race of the 2003 season"
_ROUND_ASKED = re.compile(r"\b(?:the\s+)?(?:round\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)\s+(?:race|round)|"
                          r"([a-z]+)\s+(?:race|round))\s+(?:of|in|for)\s+(?:the\s+)?((?:19|20)\d\d\b.*)$")
_SEASON_WORDS = frozenset("the season championship series world a of in for".split())


def number_word(n: int) -> str:
    """The ordinal word of ``n`` ("fourth"), or "" beyond those."""
    return next((w for w, k in ORDINAL_WORDS.items() if k == n), "")


def _round_number(said: str) -> int | None:
    m = re.search(r"\d+", said)
    return int(m.group(0)) if m else ORDINAL_WORDS.get(said.split()[0])


# "was spa 2003 round 6 of the fia sportscar champ?", "which round of the championship was it?": a round asked
# of the race named, with or without its season's year
_ROUND_OF_RACE = re.compile(r"\b(?:round\s+(\d{1,2})|(\d{1,2})(?:st|nd|rd|th)\s+(?:race|round)|("
                            + "|".join(ORDINAL_WORDS) + r")\s+(?:race|round))(?:\s+(?:of|in|for)\s+(?:the\s+)?(.*))?")
_ROUND_ASKED_WHICH = re.compile(r"\b(?:which|what)\s+(?:round|race)\b(?:\s+(?:of|in|for)\s+(?:the\s+)?(.*))?")


def round_of_race(pw: Pitwall, p: Frame) -> Answer | None:
    """ "Was the 2003 1000 km of Spa round 6 of the FIA Sportscar Championship?", "which round was it?": what the
    race's article says of its place in the season, checked against the round asked (None: not asked so)."""
    if p.race is None or not p.race_named:
        return None
    asked = re.sub(r"[^\w\s]", " ", fold(p.raw))  # as typed: "formula one", not the "f1" the frame reads
    which = _ROUND_ASKED_WHICH.search(asked)
    m = None if which else _ROUND_OF_RACE.search(asked)
    number = 0
    if m:
        number = int(m.group(1) or m.group(2) or 0) or ORDINAL_WORDS.get(m.group(3) or "", 0)
        if not number or not (yes_no(p) or re.search(r"\bright\W*$|\bcorrect\W*$", p.text)):
            return None
    elif not which:
        return None
    intro = pw.db.execute("SELECT intro FROM races WHERE id = ?", [p.race.id]).fetchone()[0] or ""
    said = [(s, re.sub(r"\s+season\s*$", "", c.strip())) for s, c in ROUND_SAID.findall(intro)]
    season = re.split(r"\b(?:was|is|were)\b", (m.group(4) if m else which.group(1)) or "")[0]  # "... was the 1992 gp"
    series = set(season.split()) - _SEASON_WORDS - {
        "right", "correct", "yeah", "yes", "then", "was", "it", "that", "this"}
    series = {w for w in series if not re.fullmatch(r"(?:19|20)\d\d", w)} - set(fold(p.race.title).split())

    if series:  # "of the british gt": the season of the words said ("champ" for championship)
        said = [(s, c) for s, c in said if all(any(w.startswith(x) or x.startswith(w) for w in fold(c).split())
                                               for x in series)]
    p.used |= set(range(len(p.words)))
    if not said:
        return Answer(UNSUPPORTED, f"The {p.race.title} article does not say which round of "
                      + ("that season" if series else "its season") + " it was.", races=[p.race])
    told = " and ".join(f"the {s}{f' (round {n})' if (n := _round_number(fold(s))) else ''} of the {c}" for s, c in said)
    text = f"The article says the {p.race.title} was {told}."
    if not number:
        return Answer(ANSWERED, text, races=[p.race])
    rounds = [_round_number(fold(s)) for s, _c in said]
    if number in rounds:
        return Answer(ANSWERED, f"Yes: {text[0].lower()}{text[1:]}", races=[p.race])
    if all(rounds):
        return Answer(ANSWERED, f"No: {text[0].lower()}{text[1:]}", races=[p.race])
    return Answer(UNSUPPORTED, text + f" It does not give that as a round number to check against {number}.",
                  races=[p.race])


def round_of_season(pw: Pitwall, p: Frame) -> Answer | None:
    """ "who won round 4 of the 2002 FIA Sportscar Championship?": the stored race whose article says it was
    that round of that season becomes the race asked about (None: the other intents answer of it); when
    no stored article says so, a decline that lists the season's stored races, never another round's."""
    m = _ROUND_ASKED.search(p.text)
    if not m:
        return None
    number = int(m.group(1) or m.group(2) or 0) or ORDINAL_WORDS.get(m.group(3) or "")
    if not number:
        return None
    season = m.group(4).split()
    year, words = season[0], {w for w in season[1:] if w not in _SEASON_WORDS}
    if not words:
        return None  # "the first race of 2002": the stored races of the year, in order (another intent)
    fits, of_season = [], []
    for race in pw.results.races():
        intro = pw.db.execute("SELECT intro FROM races WHERE id = ?", [race.id]).fetchone()[0] or ""
        for said, champ in ROUND_SAID.findall(intro):
            champ_words = set(fold(champ).split())
            champ_words |= {"f1"} if {"formula", "one"} <= champ_words else set()  # the frame reads "f1"
            if year not in champ_words or not words <= champ_words:
                continue
            of_season.append(race)
            if _round_number(fold(said)) == number:
                fits.append(race)
    if len(fits) > 1:  # "round 6 of the 2002 motogp championship": a race per class; the question's words choose
        asked = set(p.words)
        fits = [r for r in fits if asked & (set(fold(r.title).split()) - set(fold(m.group(4)).split()))] or fits
    if len(fits) > 1:
        return Answer(AMBIGUOUS, f"That round was {plural(len(fits), 'stored race')}: which one? "
                      + "; ".join(r.title for r in fits) + ".", kind="race",
                      choices=[Choice("race", r.title, r.slug) for r in fits[:5]])
    if fits:
        p.race, p.race_named, p.race_candidates, p.other_races = fits[0], True, fits, []
        if number in p.positions:
            p.positions.remove(number)  # "the second race": no finishing place
        start = len(p.text[:m.start()].split())
        said = set(fold(" ".join(champ for _s, champ in ROUND_SAID.findall(
            pw.db.execute("SELECT intro FROM races WHERE id = ?", [fits[0].id]).fetchone()[0] or ""))).split())
        p.used |= {i for i in range(start, len(p.words)) if p.words[i] in said | _SEASON_WORDS | {
            "round", "race", number_word(number)} or p.words[i].rstrip("stndrh") == str(number)}
        return None
    shown = " ".join(season)
    stored = "; ".join(f"{r.title} ({r.nice_date})" for r in dict.fromkeys(of_season))
    return Answer(NOT_FOUND, f"No stored article says which race was that round of the {shown}"
                  + (f". Stored races of it: {stored}." if stored else ", and none of its races is stored. "
                     + stored_races_text(pw)), kind="race")
