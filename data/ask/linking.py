"""Entity linking for free-text questions: which race, classes, makes, countries, car numbers,
positions and drivers or teams a question names.

The question is folded into words; multi-word names are linked first, then the race (by its
title, circuit words and year), classes, makes and countries, and what remains is resolved
through the name index in spans between stopwords. A span that does not resolve is never
rescued by a partial match of one of its words: "Michael" of "Michael Schumacher" is no one.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from bisect import bisect_left
import json
import logging
import re
from datetime import date
from functools import cached_property
from dataclasses import dataclass, field, replace

import sqlite_utils
from rapidfuzz.distance import OSA, Levenshtein

from data.answers import AMBIGUOUS, NOT_FOUND, Answer, RaceRef, ordinal
from data.article import TYRE_MAKERS, meeting_part
from data.circuits import PLACE_FILLER, circuit_country, circuit_towns, places_said
from data.countries import COUNTRIES, country_for_code, country_words
from data.ask.vocabulary import known_as_written, known_word, spelled_as, vocabulary
from data.folding import fold
from data.fan_words import as_the_engine_reads
from data.names import ANSWERED as RESOLVED, GENERATIONS, NameRecord, Resolution, allowed_edits
from data.ask.frame import Frame, phrase_pattern
from data.ask.coverage import story_words
from data.ask.helpers import SHOUTED_WORDS, has_make, is_make
from data.ask.race_choice import Fit, fitting_races, latest_fitting
from data.splitting import PARTICLES

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall

log = logging.getLogger(__name__)

MAX_QUESTION = 500
ORDINAL_WORDS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
NUMBER_WORDS = {w: i for i, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)}
_STOP = set("""
a an the of in at on for to from by with and or but is was were are be been being did do does doing done
has have had how what whats which who whom whose where when why didnt doesnt isnt wasnt werent tell me us
please pls plz hey hi hello yo thanks thank you can could would should will shall may might i my we our your
it its this that these those there their they them he she his her him any all some many much more most less
least than then so very just about also ok okay show give list get got find know want see let lets name names
number numbers count go went fare fared happen happened end ended up out into as if not no yes whether
race races raced win won wins winner winners winning victory victories finish finished finishing finishers
finisher place placed placing position positions pos result results classification classified class classes
category categories car cars entry entries entered enter entrant entrants team teams driver drivers drove
drive driving driven codriver codrivers co teammate teammates partner partners partnered laps lap behind ahead
gap gaps pole fastest quickest best speed average distance date day circuit track venue championship
championships series season engine engines engined powered chassis tyre tyres tire tires make makes model
retire retired retirement retirements dnf dnfs dnfd dnfed nc dsq dns dnq disqualified excluded non unclassified podium top
overall last worst highest lowest fewest beat beaten higher lower better worse versus vs compare compared
between total times time hosted held took set setting completed complete covered run ran did cover
nationality nationalities country countries from both each every other others only same share shared sharing
people person guy guys list summary summarise summarize info information details detail stats statistics
use used uses using running runs compete competed competing receive received receives earn earned earns
acquire acquired acquires got gets getting ride rode rides riding scoring went go goes take taking make made look looking anyone anybody
someone somebody ever head h2h fail failed fails manage managed longest shortest biggest smallest solo alone needed required minimum percent percentage
rule rules covered full complete official entire whole final margin winning victor victors faster slower quicker quick slow fast highest lowest furthest slowest fastest
down adrift off pace top-placed leader leaders lead led leading reason why because start started starting
grid points point pts score scored scoring gained gain gains lost places climbed qualified qualify qualifying
bike bikes motorcycle motorcycles machine
runner runners successful dominant sitter sitters polesitter poleman setter recent newest oldest database db
stored records record
poles podiums finishes starts titles debut debuts f1 pit pits pitted pitstop pitstops stops standings battle career
""".split()) | set(ORDINAL_WORDS) | set(NUMBER_WORDS)

# words that say where a row stands against another: never part of a name, though no rule reads them alone
_SPAN_BREAK = frozenset("before after previous prior preceding following next above below sooner later earlier".split())
_COUNTRY_WORDS = country_words()
_PEOPLE_NOUNS = frozenset("driver drivers rider riders racer racers competitor competitors people entrants finishers "
                          "pilots men women lads guys boys blokes fellas chaps".split())
_POSITION_TOKEN = re.compile(r"^(?:p\d{1,2}|\d{1,2}(?:st|nd|rd|th))$")
_PERSON_PATTERNS = [re.compile(p) for p in (
    r"\bhow (?:did|does|was|is|were|are) (?P<n>.+?) (?:do|doing|get on|go|going|fare|finish|perform|race)\b",
    r"\bwhere did (?P<n>.+?) (?:finish|end up|place|come)\b",
    r"\b(?:did|does|was|is) (?P<n>.+?) (?:finish|win|retire|beat|race|start|drive|classified)\b",
    r"\bwho (?:is|was) (?!the\b|a\b|an\b)(?P<n>.+)$",  # "who is the most successful team?" names nobody
    r"\b(?:about|for|of) (?P<n>.+?)$",
    # "how many wins did ayrton senna have": the person whose count is asked
    r"\bhow many (?:[a-z]+ ){1,3}(?:did|does|has|have|had) (?P<n>.+?) (?:have|get|got|score|scored|take|took|set|"
    r"make|made|win|won|start|started|achieve|achieved|earn|earned|collect|collected)\b",
    # "Lammers results"; not "which is the most successful team"
    r"^(?!(?:who|which|what|how|when|where|is|was|did|does|list|name|show)\b)(?P<n>.+?) "
    r"(?:result|results|position|finish|stats|laps|team|car)$",
)]
GENERIC_RACE_WORDS = set("fia championship sportscar series race grand prix the of km kms hours hour round "
                          "american le gt 500km 1000 500 1000km circuit de do da autodromo international "
                          "speedway raceway motorsport arena park cup trophy challenge ring street streets temporary"
                          .split())  # ("the toronto street race": a street circuit's word names no race of its own)
_SPEAKERS = frozenset("someone somebody he she they i you we people everyone everybody it who anyone nobody mate "
                      "commentators commentator wiki wikipedia article".split())
_FAMILY_WORDS = frozenset("brothers sisters family siblings".split())
_RACE_KIND_WORDS = frozenset("gp grand prix race rally".split())  # a word of team names too ("... GP")
_POSSESSIVE = re.compile(r"['’]s\b")
# a race's kind as its title spells it in another language, and as fans say it
_RACE_KIND_SAID = {"rallye": "rally", "rali": "rally", "rallie": "rally", "indianapolis": "indy"}  # as fans say them
# words of a town's name that name no race by themselves ("New South Wales", "Mexico City")
_PLACE_FILLER = PLACE_FILLER


def _clean(question: str) -> str:
    q = re.sub(r"<@[!&]?\d+>|<#\d+>|@everyone|@here", " ", question)
    q = re.sub(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]", "", q)
    q = "".join(ch if ch.isprintable() else " " for ch in q)
    q = re.sub(r"\b(how|where|what|who|when|why)['’]?d\b", r"\1 did", q, flags=re.I)  # "how'd" -> "how did"
    q = re.sub(r"\b(how|where|what|who|when|why)['’]?(s|re)\b", r"\1 is", q, flags=re.I)  # "hows", "what's"
    q = re.sub(r"\b(did|does|was|were|is|are|has|had|do)n['’]?t\b", r"\1 not", q, flags=re.I)
    q = _POSSESSIVE.sub("", q)
    q = as_the_engine_reads(q)  # "wat", "b4 it blew", "make it home", "the lambo"
    q = re.sub(r"\bavg\b\.?", "average", q, flags=re.I)  # "avg speed"
    q = re.sub(r"\bfl\b", "fastest lap", q, flags=re.I)  # "who got fl?"
    q = re.sub(r"\bformula (?:1|one)\b", "f1", q, flags=re.I)  # a series, not class "1"
    # "out on lap 0": a car that completed no lap (not a position on lap 0); "division 2" is class 2 (touring
    # cars); "chevys" are Chevrolets
    q = re.sub(r"\b(?:out|retired|dropped out|crashed out|went out|stopped) on lap (?:0|zero)\b",
               "retired without completing a lap", q, flags=re.I)
    q = re.sub(r"\bdivision\s+(\d)\b", r"class \1", q, flags=re.I)
    q = re.sub(r"\bchev(?:y|ys|ies)\b", "chevrolets", q, flags=re.I)
    # "who took the 250cc race / the win?" is who won it; "at the line" is where every margin is taken;
    # "wsbk" is superbike; a "champ" that is no Champ Car is a championship
    q = re.sub(r"\bwho took (?:the )?(?:win|victory|honours|honors|race win)\b", "who won", q, flags=re.I)
    q = re.sub(r"\bwho took the (?!part\b|lead\b|flag\b|start\b)((?:\S+ ){0,3}?)(race|class|category)\b",
               r"who won the \1\2", q, flags=re.I)
    q = re.sub(r"\b(?:at|across|on|over) the (?:finish )?line\b", " ", q, flags=re.I)
    q = re.sub(r"\b(?:wsbk|sbk)\b", "superbike", q, flags=re.I)
    q = re.sub(r"\b(?:dsq|dq)(?:['’]?d|['’]?ed)\b", "disqualified", q, flags=re.I)
    # "on the same lap as the winners": the winning car (its crew said in the plural)
    q = re.sub(r"\b(same laps? as|behind|ahead of|than|down on|off) the winners\b", r"\1 the winner", q, flags=re.I)
    if not re.search(r"\b(?:start|started|starting|grid|qualif\w*|pole|lined up)\b", q, flags=re.I):
        q = re.sub(r"\bhow far (?:back|off|adrift|down)\b(?! (?:on|from|of)\b)", "how far behind the winner", q,
                   flags=re.I)  # "how far back did Button start?" is the grid
    q = re.sub(r"\bchamp\b(?!\s*cars?\b)", "championship", q, flags=re.I)
    q = re.sub(r"\bchamps\b", "champions", q, flags=re.I)  # "the 2003 british gt champs": a title's winners
    q = re.sub(r"\bnz\b", "new zealand", q, flags=re.I)
    # "by how much did X win?", "how much did X win by?", "by how many seconds did X win?": the winning margin
    q = re.sub(r"\bby how (?:much|far) did (.{1,60}?) win\b|\bhow (?:much|far) did (.{1,60}?) win by\b",
               lambda m: f"what was the winning margin of {m.group(1) or m.group(2)}", q, flags=re.I)
    q = re.sub(r"\bby how many (\w+) did (.{1,60}?) win\b", r"what was the winning margin in \1 of \2", q, flags=re.I)
    # "how close was second?": how far behind the winner
    q = re.sub(r"\bhow close was the ((?:\S*\d\S* |motogp |superbike ){0,2}?)(?:finish|race|result)\b",  # "the 125cc finish"
               lambda m: "what was the winning margin" + (f" in the {m.group(1).strip()}" if m.group(1) else ""), q,
               flags=re.I)
    q = re.sub(r"\bhow close (was|were|did) (?!(?:the )?(?:finish|race|result|it)\b)(.{1,40}?)(?: (?:finish|come|get))?"
               r"(?=\s*\?|$|\s+(?:to|at|in)\b)", r"how far behind the winner \1 \2", q, flags=re.I)
    # "how much did kurt busch win?" asks prize money (a "Winnings" column, or declined); "win by" is a margin
    q = re.sub(r"\bhow much did (.{1,60}?) (win|earn|make|pocket)\b(?!\s+by\b)", r"how much prize money did \1 \2",
               q, flags=re.I)
    return " ".join(q.split())[:MAX_QUESTION]



def spelling_put_right(pw: Pitwall, raw: str) -> str:
    """A slip of one of the engine's words put right ("fastes lap" is the fastest lap, "classifed" classified),
    unless the word is, or is one slip from, a name, race or make stored: names come first."""
    cache: dict[str, str | None] = pw.__dict__.setdefault("_spelled", {})  # per store: its names decide

    def fix(m: re.Match[str]) -> str:
        word = fold(m.group(0))
        if word not in cache:
            if len(cache) > 20000:  # bounded: a flood of made-up words never grows it without end
                cache.clear()
            cache[word] = _slip_of(pw, word)
        return cache[word] or m.group(0)
    return re.sub(r"[^\W\d_]{4,}", fix, raw)


# what fans mean by these is a series, never a team or circuit that happens to have those initials
_SERIES_ACRONYMS = frozenset("lms alms elms wec wrc wsbk sbk dtm btcc wtcc irl cart fia gtc gte gtp bgt asm f1 f2 f3 "
                             "imsa".split())


def initials_spelled(pw: Pitwall, raw: str) -> str:
    """ "the rfh dome": a team of three or more words said by its initials (Racing for Holland), where those
    initials are one stored team's alone and no word, name, race or make stored."""
    initials: dict[str, str | None] | None = pw.__dict__.get("_team_initials")
    if initials is None:
        initials = {}
        for rec in pw.teams.records:
            words = [w for w in fold(rec.name).split() if w.isalpha()]
            if len(words) >= 3:
                key = "".join(w[0] for w in words)
                initials[key] = None if key in initials and initials[key] != rec.name else rec.name
        for r in pw.results.races():  # "ORP": O'Reilly Raceway Park, said by its initials (before any "at ...")
            head = re.split(r"\s(?:at|in|of)\s", fold((r.circuit or "").replace("'", "").replace("’", "")))[0]
            words = [w for w in head.split() if w.isalpha()]
            if len(words) >= 3:
                key = "".join(w[0] for w in words)
                named = " ".join(head.split())
                initials[key] = None if key in initials and initials[key] != named else named
        lookup = race_lookup(pw)
        engine_words = {w for engines in pw.engines_by_make.values() for e in engines for w in fold(e).split()}
        initials = {k: v for k, v in initials.items() if v and k not in _SERIES_ACRONYMS and k not in pw.make_roles
                    and k not in lookup.words
                    and k not in pw.chassis_words and k not in engine_words
                    and k not in _COUNTRY_WORDS and k not in pw.drivers._by_token and k not in pw.teams._by_token
                    and not known_word(k)}
        pw.__dict__["_team_initials"] = initials
    cut = _race_word_prefixes(pw)
    if cut:  # "best n-gt car at osch 03": a race's own long word cut short, where no other stored word starts so, said
        # beside a year as races are ("how tall is ..." is never Talladega)
        raw = re.sub(r"\b[A-Za-z]{4,6}(?=\s+['’]?(?:\d{2}|\d{4})\b)|(?<=\b\d{2}\s)[A-Za-z]{4,6}\b|(?<=\b\d{4}\s)[A-Za-z]{4,6}\b",
                     lambda m: cut.get(m.group(0).lower()) or m.group(0), raw)
    people = _driver_initials(pw)
    if people:
        # "TK's co-driver", "where did JV finish": a driver said by initials, only where they are written as such (in
        # capitals, or owning something) and are one stored driver's alone; "ty", "rn" or "gg" are never a driver
        raw = re.sub(r"\b[A-Z]{2,3}\b(?!['’]?[a-z])|\b[A-Za-z]{2,3}(?=['’]s\b)",
                     lambda m: people.get(m.group(0).lower()) or m.group(0), raw)
    if not initials:
        return raw
    return re.sub(r"\b[A-Za-z]{3,5}\b", lambda m: initials.get(m.group(0).lower()) or m.group(0), raw)


def _race_word_prefixes(pw: Pitwall) -> dict[str, str]:
    """The first four to six letters of a race's long words ("osch" for Oschersleben, "talla" for Talladega), where they
    begin that one word and no other word, name, make or country stored, and are no word of their own."""
    found: dict[str, str] | None = pw.__dict__.get("_race_prefixes")
    if found is not None:
        return found
    lookup = race_lookup(pw)
    seen: dict[str, str | None] = {}
    for word in lookup.words:
        if len(word) >= 8 and word.isalpha():
            for n in range(4, min(6, len(word) - 3) + 1):
                seen[word[:n]] = None if word[:n] in seen and seen[word[:n]] != word else word
    tokens = [*pw.drivers._by_token, *pw.teams._by_token, *pw.make_roles, *pw.chassis_words, *_COUNTRY_WORDS]
    taken = {t[:n] for t in tokens for n in range(4, 7) if len(t) > n}  # a prefix of a name too: never cut short
    found = {k: v for k, v in seen.items() if v and k not in lookup.words and k not in taken and k not in tokens
             and not known_word(k)}
    pw.__dict__["_race_prefixes"] = found
    return found


def _driver_initials(pw: Pitwall) -> dict[str, str]:
    """Drivers' initials (given and family names' first letters, two or three of them) that are one stored driver's
    alone and no word, class, make or race word of the store, built once per store."""
    found: dict[str, str] | None = pw.__dict__.get("_driver_initials")
    if found is not None:
        return found
    seen: dict[str, str | None] = {}
    for rec in pw.drivers.records:
        words = [w for w in fold(rec.name).replace("-", " ").split() if w.isalpha()]
        if 2 <= len(words) <= 3:
            key = "".join(w[0] for w in words)
            seen[key] = None if key in seen and seen[key] != rec.name else rec.name
    lookup = race_lookup(pw)
    found = {k: v for k, v in seen.items() if v and k not in _SERIES_ACRONYMS and k not in pw.make_roles
             and k not in lookup.words and k not in pw.chassis_words and k not in _COUNTRY_WORDS
             and k not in pw.drivers._by_token and k not in pw.teams._by_token and not known_word(k)
             and not CLASS_SHAPE.fullmatch(k)}
    pw.__dict__["_driver_initials"] = found
    return found


def _possessive_unmarked(pw: Pitwall, raw: str) -> str:
    """ "phil hills co driver": a driver's full name owning something, its apostrophe left out (so never read as "hills",
    a word some race's title has in the singular)."""
    def owned(m: re.Match[str]) -> str:
        given, family = m.group(1), m.group(2)
        name = f"{given} {family[:-1]}"
        if fold(family[:-1]) not in pw.drivers._by_token or pw.drivers.resolve(f"{given} {family}").status != "not_found" \
                or pw.drivers.resolve(name).status != RESOLVED:
            return m.group(0)
        return f"{name}'s"
    return re.sub(r"(?<![\w'’])([A-Za-z][a-z'’-]+) ([A-Za-z][a-z-]{2,}s)\b(?!['’])", owned, raw)


def crew_by_slashes(pw: Pitwall, raw: str) -> str:
    """ "the joest audi (biela/werner)": a crew written as results print it, surnames joined by slashes, each name
    of the list said on its own ("biela and werner")."""
    def apart(m: re.Match[str]) -> str:
        names = m.group(0).split("/")
        if all(fold(n) in pw.drivers.last_words for n in names):
            return " and ".join(names)
        return m.group(0)
    return re.sub(r"(?<![\w/])[A-Za-z][a-z'’-]{2,}(?:/[A-Za-z][a-z'’-]{2,})+(?![\w/])", apart, raw)


def initials_of(name: str) -> str:
    """The first letters of a name's words, a hyphenated name's parts each ("Jean-François Hemroulle": "jfh")."""
    return "".join(w[0] for w in fold(name).replace("-", " ").split() if w.isalpha())


def _given_names_shortened(pw: Pitwall, raw: str) -> str:
    """ "seb bourdais", "nico rosberg", "fred alonso": a given name cut short before the surname, said in full where
    exactly one stored driver of that surname has a given name that begins so."""
    by_surname: dict[str, list[list[str]]] | None = pw.__dict__.get("_given_by_surname")
    if by_surname is None:
        by_surname = {}
        for rec in pw.drivers.records:
            words = fold(rec.name).split()
            if len(words) >= 2:
                by_surname.setdefault(words[-1], []).append(words[:-1])
        pw.__dict__["_given_by_surname"] = by_surname

    def whole(m: re.Match[str]) -> str:
        short, surname = fold(m.group(1)), fold(m.group(2))
        if known_word(short) or short in pw.drivers._by_token:
            return m.group(0)  # "and senna", "how hill": words of the question, not a name
        given = [g for g in by_surname.get(surname, []) if g and g[0] != short and g[0].startswith(short)]
        if len(given) != 1 or any(g and g[0] == short for g in by_surname.get(surname, [])):
            return m.group(0)
        return f"{' '.join(given[0])} {m.group(2)}"

    def initials(m: re.Match[str]) -> str:  # "jf hemroulle": Jean-François, by the initials of his given names
        short, surname = fold(m.group(1)), fold(m.group(2))
        given = [g for g in by_surname.get(surname, []) if g and initials_of(" ".join(g)) == short]
        if len(given) != 1 or known_word(short) or short in pw.drivers._by_token:
            return m.group(0)
        return f"{' '.join(given[0])} {m.group(2)}"
    raw = re.sub(r"\b([A-Za-z]{2,3})\.?\s+([A-Za-zÀ-ÿ'’-]{3,})\b", initials, raw)
    return re.sub(r"\b([A-Za-z]{3,5})\.?\s+([A-Za-zÀ-ÿ'’-]{3,})\b", whole, raw)


def _names_said_short(pw: Pitwall, raw: str) -> str:
    """ "how many laps was pesca down", "point prep 911": a word no rule or name knows that begins exactly one team
    word or surname stored (Pescarolo, Preparation), said as that word."""
    tokens: list[str] | None = pw.__dict__.get("_name_tokens")
    if tokens is None:
        tokens = sorted({t for t in (*pw.teams._by_token, *pw.drivers.last_words) if t.isalpha() and len(t) >= 6})
        pw.__dict__["_name_tokens"] = tokens
    lookup = race_lookup(pw)

    def whole(m: re.Match[str]) -> str:
        w = fold(m.group(0))
        if known_word(w) or w in lookup.words or w in pw.make_roles or w in pw.chassis_words or w in _COUNTRY_WORDS \
                or w in pw.teams._by_token or w in pw.drivers._by_token or any(
                    d <= 1 for index in (pw.race_index, pw.drivers, pw.teams) for d in index.word_matches(w).values()):
            return m.group(0)  # ("philip island": a slip of a word stored, put right elsewhere)
        longer = []
        for t in tokens[bisect_left(tokens, w):]:  # the sorted words that begin so, found without a scan
            if not t.startswith(w) or len(longer) > 1:
                break
            if len(t) >= len(w) + 2:
                longer.append(t)
        return longer[0] if len(longer) == 1 else m.group(0)
    return re.sub(r"(?<![\w#'’-])[A-Za-z]{4,6}(?![\w'’-])", whole, raw)


def models_with_their_make(pw: Pitwall, raw: str) -> str:
    """ "who drove the 911 turbo", "the gt40s": a model said without its make, where the model's word (a code with
    a digit in it) is one make's alone and no car number, year or engine size; said with its make, as stored."""
    makes: dict[str, str] | None = pw.__dict__.get("_model_makes")
    if makes is None:
        owners: dict[str, set[str]] = {}
        for make, models in pw.model_words.items():
            for word in models:
                if re.fullmatch(r"(?=\S*\d)(?=\S*[a-z])[a-z0-9]{2,8}|[1-9]\d{2}", word):
                    owners.setdefault(word, set()).add(make)
        for make, engines in pw.engines_by_make.items():  # "the ls1 v8": the Chevrolet LS1 5.7L V8
            for word in {w for e in engines for w in fold(e).split()[1:]}:
                if re.fullmatch(r"(?=\S*\d)(?=\S*[a-z])[a-z0-9]{2,8}", word):
                    owners.setdefault(word, set()).add(make)
        numbers = {str(n) for (n,) in pw.db.execute("SELECT DISTINCT car_number FROM entries") if n is not None}
        printed = {fold(m): m for m, _role in pw.make_roles.values()}
        classes = race_lookup(pw).class_names
        makes = {w: printed.get(next(iter(m)), next(iter(m))) for w, m in owners.items() if len(m) == 1 and
                 w not in numbers and w not in pw.make_roles and w not in classes and not CLASS_SHAPE.fullmatch(w)
                 and not re.fullmatch(r"(?:50|80|125|250|350|500)|\d+s|\d{1,2}[a-z]?|\d+(?:st|nd|rd|th)|v\d+|"
                                      r"\d+l|[iw]\d", w)}
        pw.__dict__["_model_makes"] = makes
    if not makes:
        return raw

    def with_make(m: re.Match[str]) -> str:
        word, before = m.group(1), raw[:m.start()]
        make = makes.get(fold(word)) or makes.get(fold(word)[:-1]) if fold(word).endswith("s") else makes.get(fold(word))
        if make is None or fold(before).endswith(fold(make)) or re.search(r"(?:#|\bno\.?|\bnumber|\bcar)\s*$", before, re.I):
            return m.group(0)
        return f"{make} {word}"
    return re.sub(r"(?<![#\w.-])([A-Za-z0-9]{2,9})(?![\w.-]*\d{2}:)", with_make, raw)


def _slip_of(pw: Pitwall, word: str) -> str | None:
    """The engine's word ``word`` is a slip of, unless it names something stored, or nearly does."""
    right = spelled_as(word)
    if right is None:
        return None
    forms = {word, *([word[:-1]] if word.endswith("s") else []), *([word[:-2]] if word.endswith("es") else [])}
    # ("dodges", "porsches": a make's plural)
    lookup = race_lookup(pw)
    if any(f in pw.make_roles or f in pw.chassis_words or f in lookup.words or f in _COUNTRY_WORDS
           or f in lookup.class_names for f in forms) or any(
            d <= 1 for index in (pw.drivers, pw.teams) for d in index.word_matches(word).values()) or any(
            d <= 1 and len(w) >= len(word) for w, d in pw.race_index.word_matches(word).items()):
        return None  # (a race's shorter word, "winn" of the Winn-Dixie 300, is no name "winnr" was meant for)
    return right


def parse_question(pw: Pitwall, question: str, *, whole: bool = True) -> Frame | Answer | None:
    """Link every entity of a question; an ``Answer`` when the race asked about is not stored,
    None when the question is empty. ``whole``: the question as asked, whose parts may each name a race."""
    raw = models_with_their_make(pw, initials_spelled(pw, _title_words_apart(pw, spelling_put_right(
        pw, _clean(_names_said_short(pw, _given_names_shortened(pw, _possessive_unmarked(
            pw, crew_by_slashes(pw, question)))))))))
    if not fold(raw):
        return None
    p = Frame(raw=raw, words=fold(raw.replace("#", " #")).split(), text=fold(raw))
    _link_cars_and_positions(p, raw)
    _short_years(pw, p)
    _drop_years_of_class_names(pw, p)
    _link_exact_names(pw, p)  # full names first: "Enzo Colinoni" is no race at the Autodromo Enzo e Dino Ferrari
    _link_series(pw, p)
    _link_race_country(pw, p)
    p.cars = [c for c in p.cars if not (len(c) == 4 and int(c) in p.years)]  # "champ car 2006": a year
    _link_race(pw, p)
    if whole:
        _races_by_part(pw, p)
    _race_numbered_not_stored(p)
    if p.race_problem:
        return p.race_problem
    _bare_car_numbers(pw, p)
    _link_classes(pw, p)
    _link_makes(pw, p)
    _first_of_a_make(p)
    _link_tyres(p)
    _link_countries(pw, p, raw)
    _link_names(pw, p)
    _names_denied(p)
    _where_someone_is_from(pw, p)
    _words_not_names(pw, p)
    _statuses_left_out(p)
    _cars_left_out(p)
    _generations_agree(p)
    _teams_of_the_race(pw, p)
    _team_words_of_the_car(pw, p)
    _makes_of_the_drivers(pw, p)
    if not (p.drivers or p.teams):  # "X's first race" is X's, not the calendar's
        _link_race_in_order(pw, p)
    if not (p.classes or p.makes) and p.race_named and p.race is not None:
        # "moto2 result at catalunya 2002": a class-shaped word the race linking took from another race's title
        titles = {w for r in (p.race, *p.race_candidates, *p.other_races) for w in fold(r.title).split()}
        title_words = race_lookup(pw).words
        p.unknown_class = p.unknown_class or next((w for i, w in enumerate(p.words) if i in p.used and
                                                   i not in p.series_words and w in title_words and
                                                   CLASS_SHAPE.fullmatch(w) and w not in titles and
                                                   not any(fold(c) == w for c in p.classes)), None)
    if p.classes and not p.makes and p.race_named:
        # "lmp900 and lmp675 winners at petit le mans": one class ran, the other (shaped like one) did not
        p.unknown_class = p.unknown_class or next((w for i, w in enumerate(p.words) if i not in p.used and
                                                   CLASS_SHAPE.fullmatch(w) and w not in pw.chassis_words), None)
    if not (p.classes or p.makes):
        # a word shaped like a class ("LMP675", "GT3") left over once classes, makes and names are
        # linked: no class of that name ran in the race(s) asked about
        asks_class = p.has("won", "win", "winner", "winners", "class", "category", "results", "result")
        p.unknown_class = p.unknown_class or next((w for i, w in enumerate(p.words) if i not in p.used and CLASS_SHAPE.fullmatch(w)
                                and (asks_class or w not in pw.chassis_words)), None)  # or the "GT3" of "GT3-RS"
        # "group c winner", "class b": a class named by its kind and a letter or number, of which none ran here
        own = _race_text(pw, p.race.id) if p.race is not None else ""
        p.unknown_class = p.unknown_class or next((f"{w} {p.words[i + 1]}" for i, w in enumerate(p.words[:-1])
                                                   if w in _CLASS_KINDS and not {i, i + 1} & p.used and
                                                   re.fullmatch(r"[a-z]|\d{1,2}", p.words[i + 1]) and
                                                   f" {w} {p.words[i + 1]} " not in own), None)
        # ("the group A one" at the 1990 Sydney 500, a Group A race of Group A cars, is that race)
    if len(p.race_candidates) > 1:
        _choose_among_races(pw, p)
    if not p.race_named:
        _infer_race(pw, p)
    _makes_of_subjects(pw, p)
    if p.race is not None and p.race_named:
        # "marquez in the 125s at the 2008 australian gp": the words that name the race's own part are the race's
        part = fold(meeting_part(p.race.title)[1])
        named = set(part_named(part, p.words)) if part else set()
        p.used |= named
        p.unparsed = [w for w in p.unparsed if w not in {p.words[i] for i in named}]
    if p.race is not None and p.race_named and not p.race_candidates[1:] and p.ambiguous:
        _namesakes_of_the_race(pw, p)
    if len(p.race_candidates) > 1 and p.race is not None:
        _races_of_the_length_said(p)
    if len(p.race_candidates) > 1 and p.race is not None and not p.other_races and _EVERY_RACE.search(p.text):
        _every_race_asked(p)
    if len(p.drivers) >= 2 and not p.cars and p.race is not None and not p.race_candidates[1:] and (
            _CREW_SLASHED.search(question) or _CREW_AS_PLACE.search(p.text)):
        _crew_as_their_car(pw, p)
    if p.race is not None and p.unknown and (p.race_named and not p.race_candidates[1:] or len(
            race_lookup(pw).titles) == 1):
        _initials_of_the_race(pw, p)
    p.codes_known = store_codes(pw)
    if p.race is not None:
        p.race_known_words = race_known_words(pw, p.race.id)
        # "champ car" of the race's own championship is no unknown driver called "Champ"
        p.unknown = [u for u in p.unknown if not set(fold(u).split()) <= p.race_known_words]
    elsewhere = _place_not_run_at(pw, p) if whole else None
    return elsewhere if elsewhere is not None else p


def _place_not_run_at(pw: Pitwall, p: Frame) -> Answer | None:
    """ "who won le mans 2003?" with only the 1000 km of Spa stored: a circuit or racing town said ("le mans", "long
    beach") where none of the races the question was read as ran is another race, though its words are everyday
    ones ("le", "mans") that coverage lets pass. Said so, with the stored races that ran there."""
    if p.race is None:
        return None
    named = {j for a, b in p.named_at.values() for j in range(a, b + 1)} | p.used
    free = " ".join(w if i not in named else "|" for i, w in enumerate(p.words))
    places = places_said(free)
    if not places:
        return None
    races = {r.id: r for r in (p.race, *p.other_races, *p.race_candidates)}
    story = story_words(p)
    for place in places:
        words = set(place.split())
        if words <= story or any(words <= ran_at(r) for r in races.values()) or not all(map(known_word, words)):
            continue  # a word no rule knows ("silverstone") is declined as unknown already
        if re.search(rf"\b(?:mr|mister|mrs|miss|king of|queen of|master of|lord of|prince of|hero of)\s+{place}\b",
                     p.text):
            continue  # "did TK win again, mr le mans himself": a nickname, no race
        there = [r for r in pw.results.races() if words <= ran_at(r)]
        when = f" from {' or '.join(map(str, p.years))}" if p.years else ""
        also = (" Stored races there: " + "; ".join(r.title for r in there[:5]) + ".") if there else (
            " " + stored_races_text(pw))
        return Answer(NOT_FOUND, f"No race at {place.title()}{when} is stored, so I can't answer for it.{also}",
                      kind="race")
    return None


def ran_at(race: RaceRef) -> set[str]:
    """The words of a race's title and of where it ran."""
    return race_place_words(race) | set(fold(race.title).split())


def _namesakes_of_the_race(pw: Pitwall, p: Frame) -> None:
    """ "250 at the german gp 2006 - lorenzo win it?": a name several drivers share, asked back while the words still
    fit the meeting's three races, is the one namesake of the race they came to name (Jorge Lorenzo of the 250s)."""
    for asked in list(p.ambiguous):
        if asked.kind != "driver":
            continue
        here = [res.match for c in asked.choices if (res := pw.drivers.resolve(c.value, allow_partial=False)).status
                == RESOLVED and pw.results.driver_entries(int(res.match.id), p.race.id)]
        if len({r.id for r in here}) == 1:
            p.ambiguous.remove(asked)
            if here[0] not in p.drivers:
                p.drivers.append(here[0])


_EVERY_RACE = re.compile(r"\b(?:the two|the 2|both(?: the)?|all(?: the)?|each of the|all three|the three)(?: [a-z0-9]+){0,2} "
                         r"(?:races|rounds|heats|legs)\b|\b(?:in|at) both\b")
# (hours only: a distance the title does not say may still be the race's, "500km" of the 2003 Monza race)
_LENGTH_SAID = re.compile(r"\b(\d{1,2}) ?(hours?|hrs?|h)\b")


def _races_of_the_length_said(p: Frame) -> None:
    """ "the le mans 24 hours winners": of the races the words fit, those whose titles say that length (the 24 Hours
    of Le Mans, not Petit Le Mans or the French motorcycle Grand Prix run there)."""
    said = _LENGTH_SAID.search(p.text)
    if said is None:
        return
    n = said.group(1)
    fitting = [r for r in p.race_candidates if re.search(rf"\b{n} hours?\b", fold(r.title))]
    if fitting and len(fitting) < len(p.race_candidates):
        p.race_candidates = sorted(fitting, key=lambda r: (r.date or "", r.id), reverse=True)
        p.race = p.race_candidates[0]
        p.used |= {i for i, w in enumerate(p.words) if w in (n, said.group(2))}


def _every_race_asked(p: Frame) -> None:
    """ "biaggi's total points from the two superbike races at phillip island": each race the words fit is asked of
    (of the meeting's part said: not its supersport race), in the order they ran."""
    said = set(p.words)
    parts = {r.id: {w for w in fold(meeting_part(r.title)[1]).split() if w.isalpha() and w not in ("race", "races")}
             for r in p.race_candidates}
    fitting = [r for r in p.race_candidates if parts[r.id] & said] or p.race_candidates
    fitting = sorted(fitting, key=lambda r: (r.date or "", r.id))  # race 1, then race 2
    p.race, p.other_races, p.race_candidates = fitting[0], fitting[1:], [fitting[0]]


_CREW_SLASHED = re.compile(r"(?<![\w/])[A-Za-z][a-z'’-]{2,}(?:/[A-Za-z][a-z'’-]{2,})+(?![\w/])")


# "who was right behind gabbiani and ortiz": a crew said as a place in the order, their one car
_CREW_AS_PLACE = re.compile(r"\b(?:behind|ahead of|in front of|after|before|below|above)\s+(?:the\s+)?[a-z][\w'-]*"
                            r"(?:\s+[a-z][\w'-]*)?\s+(?:and|n)\s+[a-z]")


def _crew_as_their_car(pw: Pitwall, p: Frame) -> None:
    """ "who finished right behind the lammers/bosch car": a crew written as results print it is their one car, not
    two people to set side by side."""
    cars = {e.id: e for d in p.drivers for e in pw.results.driver_entries(int(d.id), p.race.id)}
    if len(cars) != 1:
        return
    car = next(iter(cars.values()))
    if not car.car_number:
        return
    spans = [p.named_at[d.name] for d in p.drivers if d.name in p.named_at]
    p.drivers.clear()
    p.cars.append(car.car_number)
    if spans:
        p.name_at(f"#{car.car_number}", min(a for a, _b in spans), max(b for _a, b in spans))


def _where_someone_is_from(pw: Pitwall, p: Frame) -> None:
    """ "shane lynch from boyzone was in this": who a driver named is outside racing, a word nothing stored knows said
    after "from", asks nothing (a country or a team after "from" still counts)."""
    lookup = race_lookup(pw)
    for rec in p.drivers:
        at = p.named_at.get(rec.name)
        k = at[1] + 2 if at is not None else len(p.words)
        if k >= len(p.words) or p.words[k - 1] != "from" or k in p.used:
            continue
        w = p.words[k]
        if known_word(w) or w in _COUNTRY_WORDS or w in lookup.words or w in pw.teams._by_token or \
                w in pw.drivers._by_token or w in pw.make_roles:
            continue
        p.used |= {at[1] + 1, k}
        p.unparsed = [x for x in p.unparsed if x != w]
        p.unknown = [u for u in p.unknown if fold(u) != w]


def _initials_of_the_race(pw: Pitwall, p: Frame) -> None:
    """ "who was tk's co driver": a driver of the race said by the initials of their name (Tom Kristensen), where no
    other driver of the race has them."""
    for said in list(p.unknown):
        key = fold(said).replace(" ", "")
        if not re.fullmatch(r"[a-z]{2,3}", key):
            continue
        crews = {d for e in pw.results.race_entries(p.race.id) for d in e.drivers if initials_of(d) == key}
        if len(crews) != 1:
            continue
        res = pw.drivers.resolve(crews.pop(), allow_partial=False)
        if res.status != RESOLVED:
            continue
        p.unknown.remove(said)
        if res.match not in p.drivers:
            p.drivers.append(res.match)
        at = [i for i, w in enumerate(p.words) if w == key]
        p.used |= set(at)
        p.unparsed = [w for w in p.unparsed if w != key]
        if at:
            p.name_at(res.match.name, at[0], at[0])


def names_a_race(pw: Pitwall, text: str) -> bool:
    """Whether ``text`` names a race, stored or not ("the molson indy", "le mans 1966")."""
    parsed = parse_question(pw, text)
    return isinstance(parsed, Answer) or parsed is not None and parsed.race_named


def race_place_words(race: RaceRef) -> set[str]:
    """The words of where a race ran: its circuit, the towns that circuit is known by, its location."""
    return set(fold(f"{race.circuit or ''} {circuit_towns(race.circuit)} {race.location or ''}").split())


def same_event_in(pw: Pitwall, race: RaceRef, year: str) -> RaceRef | None:
    """The race's event in another year: the one stored race of its title with that year, else that year's one race
    at the same circuit under another name (after the 1998 Molson Indy Toronto, 2007's: the Steelback GP)."""
    title = fold(race.title).replace((race.date or "")[:4], year, 1)
    same = [r for r in pw.results.races() if fold(r.title) == title]
    if not same and race.circuit:
        mine = fold(race.circuit)
        same = [r for r in pw.results.races() if (r.date or "")[:4] == year and r.circuit
                and (fold(r.circuit) in mine or mine in fold(r.circuit))]  # "Exhibition Place (Toronto)"
    return same[0] if len(same) == 1 else None


# where a question lists races: "sydney 500 1990 and petit le mans 03", "milwaukee 99, silverstone 05 and talladega 07"
_RACE_LIST_SPLIT = re.compile(r"\s*(?:[,;&+]|\b(?:and|vs|versus|or|then|compared (?:to|with))\b\.?)\s*", re.I)


def _races_by_part(pw: Pitwall, p: Frame) -> None:
    """Races named one by one in a list ("how did sato do at silverstone 05 and the indy 500 2011?"): each part of
    the list linked on its own, where the question as a whole named fewer of them (or none it could tell apart)."""
    parts = [s for s in _RACE_LIST_SPLIT.split(p.raw) if s and s.strip()]
    if len(parts) < 2:
        return
    found: list[tuple[RaceRef, Frame]] = []
    by_year: list[tuple[int, Frame]] = []  # "… at toronto 98 vs 07": a part that says only a year
    for part in parts:
        f = parse_question(pw, part, whole=False)
        if isinstance(f, Frame) and f.race_named and f.race is not None and not f.race_candidates[1:] and \
                not f.race_by_year_only and not f.other_races and f.race.id not in {r.id for r, _f in found}:
            found.append((f.race, f))
        elif isinstance(f, Frame) and not f.subjects and f.race_named and f.race_candidates[1:] and len(f.years) == 1:
            by_year.append((f.years[0], f))  # "2008 250cc": the Australian or the Malaysian GP's, chosen below
        elif isinstance(f, Frame) and not f.subjects and f.race_named and f.race_candidates[1:] and not f.years and \
                len(set(p.years)) == 1 and len(fits := [r for r in f.race_candidates if (r.date or "")[:4] == str(
                    p.years[0])]) == 1 and fits[0].id not in {r.id for r, _f in found}:
            found.append((fits[0], f))  # "jarier in 1975 - argentina gp, swiss gp and le mans": the 1975 Le Mans
        elif isinstance(f, Frame) and not f.subjects and (not f.race_named or f.race_by_year_only):
            short = re.findall(r"(?<![\w#])(\d{2})(?!\w)", part) if not f.years else []
            years = f.years or [2000 + int(y) if int(y) <= date.today().year % 100 else 1900 + int(y) for y in short]
            if len(years) == 1:
                by_year.append((years[0], f))
    named = [r for r, _f in found]
    for year, f in by_year:  # the same event that year, where the race named ran then under any name (of one event
        # only: "2003 250cc, 2007 wsbk race 1, 2008 250cc" is the Australian GP's 250cc race of 2008)
        same = {o.id: o for r in named if (o := same_event_in(pw, r, str(year))) is not None and o.id != r.id and (
            not f.race_named or o.id in {c.id for c in f.race_candidates})}
        if len(same) == 1:
            other = next(iter(same.values()))
            found.append((other, f))
            # its year and the words of its own championship ("07 champ car race") are that race's
            own = race_known_words(pw, other.id) | {str(year), str(year)[2:], "race"}
            f.used |= {j for j, w in enumerate(f.words) if w in own}
    had = {p.race.id, *(r.id for r in p.other_races)} if p.race is not None and p.race_named else set()
    if len(found) < 2:
        return
    races = [r for r, _f in found]
    if not {r.id for r in races} <= had:
        p.race_problem = None
        p.race, p.race_named, p.race_candidates, p.other_races = races[0], True, [races[0]], races[1:]
        p.race_by_year_only = False
        p.years = sorted({*p.years, *(int(r.date[:4]) for r in races if r.date)})
        p.year = int(races[0].date[:4]) if races[0].date else p.year
    for r, f in found:  # the words each part used for its race (never a class, make or name) are the race's here
        spoken = r.title.replace("'s", "s").replace("’s", "s")  # "the aarons 499"
        own = set(fold(f"{race_lookup(pw).titles[r.id]} {spoken}").split()) | race_place_words(r) | race_known_words(
            pw, r.id) | {
            (r.date or "")[:4], (r.date or "")[2:4]}
        linked_else = {w for c in f.classes for w in fold(c).split()} | {f.words[j] for j in f.make_words}
        said = {f.words[j] for j in f.used if f.words[j] in own and f.words[j] not in linked_else}
        p.used |= {i for i, w in enumerate(p.words) if w in said and not any(
            w in fold(n).split() for n in f.named_at)}


def _title_words_apart(pw: Pitwall, raw: str) -> str:
    """ "lemans 54" is "le mans 54": a word no name or rule knows that is two words of a stored title run
    together."""
    joined = race_lookup(pw).joined

    def apart(m: re.Match[str]) -> str:
        w = fold(m.group(0))
        if w not in joined or known_word(w) or w in pw.drivers._by_token or w in pw.teams._by_token:
            return m.group(0)
        return joined[w]
    distances = race_distances(pw)
    # "spa 1000k", "the 1000 km", "1000kms": a race's distance as its title gives it, one word
    raw = re.sub(r"(?<![\w.])(\d{2,4})\s?(?:kms?|k|kilometres|kilometers)\b",
                 lambda m: f"{m[1]}km" if f"{m[1]}km" in distances else m[0], raw, flags=re.I)
    return re.sub(r"[^\W\d_]{4,}", apart, raw) if joined else raw


_QUESTION_GLUE = frozenset("do did does the at in of for from a an and to who what which how was were is".split())


def without_races(text: str, races: list[RaceRef]) -> str:
    """The folded question without the words that named its race(s) ("who won at spa 03" -> "who won")."""
    old = set().union(*(set(fold(f"{r.title} {r.circuit or ''}").split()) for r in races)) - _QUESTION_GLUE
    if any("grand prix" in fold(r.title) for r in races):
        old |= {"gp", "gps"}  # "argentina gp": the Argentine Grand Prix
    countries = _COUNTRY_WORDS
    isos = {countries[w] for w in old if w in countries}
    old |= {w for w, iso in countries.items() if iso in isos and " " not in w}  # "argentina" of "Argentine"
    years = {(r.date or "")[:4] for r in races}
    # a meeting's part said short: "the 250" or "the 125s" of "– 250cc"
    old |= {m.group(1) + suffix for w in old if (m := re.fullmatch(r"(\d{2,4})cc", w)) for suffix in ("", "s")}
    kept: list[str] = []
    dropped = False
    for w in fold(text).split():
        short_year = len(w) == 2 and any(y[2:] == w for y in years)  # "spa 03", "the 98 pepsi 400"
        stem = len(w) >= 4 and w.isalpha() and any(t.startswith(w) and len(t) - len(w) <= 2 for t in old)  # "rally"
        dropped = w in old or w in years or short_year or stem
        if not dropped:
            kept.append(w)
        else:  # "start in the 98 pepsi 400 and the 07 aaron's 499": the words that led into a race named go too
            while kept and kept[-1] in ("the", "and", "in", "at", "of", "from", "for", "&"):
                kept.pop()
    while kept and kept[-1] in ("at", "in", "the", "of", "for", "from", "and", "or"):
        kept.pop()
    return " ".join(kept)


def race_distances(pw: Pitwall) -> dict[str, set[int]]:
    """The distances race titles give ("1000km" of the 1000 km of Spa), each with its races, once per store: a word
    that chooses among the races a question's other words fit, never one that names a race of its own."""
    found: dict[str, set[int]] | None = pw.__dict__.get("_race_distances")
    if found is None:
        found = {}
        for r in pw.results.races():
            for n in re.findall(r"(?<![\d.])(\d{2,4})\s?km\b", fold(r.title)):
                found.setdefault(f"{n}km", set()).add(r.id)
        pw.__dict__["_race_distances"] = found
    return found


def _race_text(pw: Pitwall, race_id: int) -> str:
    """A race's intro and the cars of its results, folded, kept per store: where "Group A" is the race's own."""
    cache: dict[int, str] = pw.__dict__.setdefault("_race_text", {})
    if race_id not in cache:
        row = pw.db.execute("SELECT intro FROM races WHERE id = ?", [race_id]).fetchone()
        cars = " ".join(f"{e.chassis} {e.engine}" for e in pw.results.race_entries(race_id))
        intro = row[0] if row and row[0] else ""
        cache[race_id] = f" {fold(intro + ' ' + cars)} "
    return cache[race_id]


def store_codes(pw: Pitwall) -> frozenset[str]:
    """The store's words of letters and digits (classes, chassis, engines, teams: "sr2", "r8", "gt3", "gt40"), which a
    question may say where no rule links them; a made-up one ("xq75") stays unknown. Kept per store."""
    found: frozenset[str] | None = pw.__dict__.get("_store_codes")
    if found is None:
        names = [*(c for c in race_lookup(pw).class_names), *pw.chassis_words, *pw.make_roles,
                 *(w for engines in pw.engines_by_make.values() for e in engines for w in fold(e).split()),
                 *(rec.name for rec in pw.teams.records), *(rec.name for rec in pw.classes.records)]
        found = frozenset(w for name in names for w in re.split(r"[^a-z0-9]+", fold(str(name)))
                          if re.search(r"[a-z]", w) and re.search(r"\d", w))
        pw.__dict__["_store_codes"] = found
    return found


def race_known_words(pw: Pitwall, race_id: int) -> frozenset[str]:
    """The words a race's own results and intro make known, kept per store: its retirement reasons ("collision"),
    its championships and the names its intro's first sentences give ("champ car", "cart" of the 1999 CART
    FedEx Champ Car World Series), and "indy" for Indianapolis."""
    cache: dict[int, frozenset[str]] = pw.__dict__.setdefault("_race_known_words", {})
    if race_id not in cache:
        row = pw.db.execute("SELECT championships, intro FROM races WHERE id = ?", [race_id]).fetchone() or (None, "")
        title = fold(pw.results.race(race_id).title)
        columns = {w for (extra,) in pw.db.execute("SELECT DISTINCT extra FROM entries WHERE race_id = ? AND extra IS NOT NULL",
                                                   [race_id]) for name in json.loads(extra or "{}") for w in fold(name).split()}
        cache[race_id] = frozenset(columns) | frozenset(("indy",) if "indianapolis" in title else ()) | frozenset(  # "the Indy 500"
            w for e in pw.results.race_entries(race_id) if e.reason
                                   for w in fold(e.reason).split()) | frozenset(
            w for champ in json.loads(row[0] or "[]") for w in fold(champ).split()) | frozenset(
            # a name of several capitalised words, or an acronym ("a CART race", "NASCAR")
            w for name in re.findall(r"\b[A-Z][\w'-]*(?: [A-Z][\w'-]*)+|\b[A-Z]{3,}\b", intro_lead(row[1]))
            for w in fold(name).split())
    return cache[race_id]


def intro_lead(intro: str | None) -> str:
    """An intro's first two sentences: what the race was ("… a Formula One motor race … of the 2008 season")."""
    return " ".join(re.split(r"(?<=[a-z0-9)])\. ", intro or "")[:2])


IN_ORDER = re.compile(r"\b(first|opening|earliest|oldest|last|final|latest|newest|most recent)\s+(race|round|event)\b")


_NOT_YEAR_BEFORE = frozenset(("#", "car", "cars", "no", "number", "num", "the", "p", "top", "bottom", "first", "last",
                              "lap", "laps", "grid", "position", "place", "in"))


def _short_years(pw: Pitwall, p: Frame) -> None:
    """ "silverstone 67", "the 92 spanish gp", "toronto 98", "spain 92": a two-digit year beside a word of a
    stored race's title or circuit, or a country, when exactly one stored year ends in it."""
    if p.years:
        return
    lookup = race_lookup(pw)
    for i, w in enumerate(p.words):
        if not (len(w) == 2 and w.isdigit()):
            continue
        after = p.words[i + 1] if i + 1 < len(p.words) else ""
        if after in ("hours", "hour", "hrs", "hr", "h", "km", "kms", "laps", "lap", "miles", "mi", "minutes", "mins"):
            continue  # "the le mans 24 hours": a race's length, no year
        # "who won lemans in 75?", "at dijon in 75": a year said last, after "in", of a race named before it
        in_year = i and p.words[i - 1] == "in" and not after and any(x in lookup.words for x in p.words[:i - 1])
        series = i >= 2 and p.words[i - 1] == "car" and p.words[i - 2] in ("champ", "indy")  # "champ car 06"
        if i and p.words[i - 1] in _NOT_YEAR_BEFORE and i - 1 != 0 and not in_year and not series and not (
                p.words[i - 1] == "the" and (after in lookup.words or after in ("gp", "grand"))):
            continue  # "the 99" is a car; "the 98 pepsi 400" a year
        beside = [p.words[j] for j in (i - 1, i + 1) if 0 <= j < len(p.words)]
        if not in_year and not series and not any(b in lookup.words or b in ("gp", "grand") or b in _COUNTRY_WORDS or
                                   re.fullmatch(r"\d+ ?(?:km|k|h|hr|hrs|mi|miles)", b) for b in beside):
            continue  # ("spa 1000km 03")
        years = [y for y in (1900 + int(w), 2000 + int(w)) if y in lookup.by_year]
        if not years and w not in lookup.words and not re.search(rf"#\s*{w}\b", p.raw) and not (
                i and p.words[i - 1] in _NOT_YEAR_BEFORE and p.words[i - 1] != "the"):  # "car 88", "lap 43"
            # "the 93 spanish gp" with only 1992 stored: a year no stored race has, never the nearest one
            years = [2000 + int(w) if int(w) <= date.today().year % 100 else 1900 + int(w)]
        if len(years) == 1 and years[0] not in p.years:  # "le mans 94 compared to mugello 96": each race's year
            p.years.append(years[0])
            p.year = p.year or years[0]
            p.used.add(i)
            p.cars = [c for c in p.cars if c.lstrip("#") != w]
            if p.positions == [int(w)] and not _place_said_elsewhere(p, {i}, int(w)):
                p.positions = []  # "spa 03" read as P3; "3rd at spa 03" is P3


def _place_said_elsewhere(p: Frame, at: set[int], n: int) -> bool:
    """Whether a word outside ``at`` names the place ``n`` ("3rd", "p3", "third"): a number read as a year or a
    class's size then leaves that place asked."""
    return any(j not in at and (ORDINAL_WORDS.get(x) == n or (re.fullmatch(rf"(?:p|pos)?0*{n}(?:st|nd|rd|th)?", x)
                                                              and not x.isdigit()))
               for j, x in enumerate(p.words))


def _bare_car_numbers(pw: Pitwall, p: Frame) -> None:
    """ "who drove the 99?", "where did the 46 start?": a bare number after "the" or a driving verb is a
    car number when the race linked has a car of that number (and it is no year or place); beside another car
    too ("did #88 have the same team as the 89?")."""
    if p.race is None:
        return
    bracketed = set(re.findall(r"\(\s*#?(\d{1,3})\s*\)", p.raw))  # "the other gruppe m porsche (176)"
    for i, w in enumerate(p.words):
        if not (w.isdigit() and len(w) <= 3) or i in p.used or not i or w in p.cars:
            continue
        after = p.words[i + 1] if i + 1 < len(p.words) else ""
        listed_with = i >= 2 and p.words[i - 1] in ("and", "or", "vs", "versus") and p.words[i - 2] in p.cars
        if (p.words[i - 1] not in ("the", "drove", "driving", "drives", "drive", "rode", "riding", "ride", "ran", "run",
                                   "running", "entered") and
                w not in bracketed and not listed_with) or int(w) in p.positions or after in ("laps", "lap", "points",
                                                                                             "pts"):
            continue  # "the 52 and 63": the second car named beside the first
        if p.words[i - 1] in ("ran", "run", "running", "entered") and after.endswith("s"):
            continue  # "racing for holland ran 2 domes": how many, not car #2
        if after.endswith("s") and (after[:-1] in pw.make_roles or after[:-2] in pw.make_roles or after[:-1] in _CAR_CUES):
            continue  # "the 2 ferraris behind them", "the 3 tvrs": how many of a make, not car #2
        if after in _PEOPLE_NOUNS or after in ("listed", "entries", "entered", "cars", "starters", "runners", "total",
                                               "in total", "shown") or p.words[max(0, i - 3):i] == ["out", "of", "the"]:
            continue  # "out of the 43 listed": how many there were, not car #43
        if pw.results.car_entries(p.race.id, w):
            p.cars.append(w)
            p.name_at(f"#{w}", i)
            p.used.add(i)


def _link_race_in_order(pw: Pitwall, p: Frame) -> None:
    """ "the first race of 2010", "the last race": the earliest or latest stored race (of that year).
    Its words are then used, so "last" is no question about the last-placed car."""
    m = IN_ORDER.search(p.text)
    if not m or (p.race_named and not p.race_by_year_only and len(p.race_candidates) < 2
                 and not (p.series or p.race_country)):
        return
    phrase = f"{m.group(1)} {m.group(2)}".split()
    at = next((i for i in range(len(p.words) - len(phrase) + 1)
               if p.words[i:i + len(phrase)] == phrase and i not in p.used), None)
    if at is None:
        return
    if len(p.race_candidates) > 1 or (p.race_candidates and (p.series or p.race_country)):
        races = p.race_candidates  # "the first race at Spa / in Italy / of the 2003 ALMS": of those races
    else:
        races = [r for r in pw.results.races() if not p.year or (r.date or "")[:4] == str(p.year)]
    if not races:
        return
    pick = min if m.group(1) in ("first", "opening", "earliest", "oldest") else max
    p.race = pick(races, key=lambda r: (r.date or "", r.id))
    p.race_named, p.race_by_year_only = True, False
    p.used |= set(range(at, at + len(phrase)))
    if m.group(1) == "first" and 1 in p.positions and not re.search(
            r"\b(?:first\b(?!\s+(?:race|round|event)\b)|1st\b|p1\b|position 1\b)", p.text):
        p.positions.remove(1)  # the "first" was the race's, not a finishing position


def _choose_among_races(pw: Pitwall, p: Frame) -> None:
    """Words that fit several races ("spa"): the class, car number, make, driver or team the question
    names chooses among them ("gt cup winner at spa" is the Spa race with a GT Cup class). With a driver
    or team, the latest race they took part in, and the candidates stay: "how many times did X win at
    Spa?" counts them all."""
    if _race_of_meeting_named(p, pw):
        return
    fit = Fit(classes=tuple(p.classes), cars=tuple(p.cars), makes=tuple(p.makes),
              drivers=tuple(int(r.id) for r in p.drivers), teams=tuple(int(r.id) for r in p.teams))
    if not fit:
        return
    candidates = [r.id for r in p.race_candidates]
    fitting = fitting_races(pw.db, pw.results, fit, len(candidates), among=candidates)
    if not fitting or (p.cars and not (p.drivers or p.teams or p.classes or p.makes) and len(fitting) != 1):
        return  # car numbers are reused from race to race: alone, they choose only when one race has them
    _choose_race(pw, p, fitting[0])
    if not (p.drivers or p.teams):
        p.race_candidates = fitting


def _choose_race(pw: Pitwall, p: Frame, race: RaceRef) -> None:
    """Make ``race`` the race asked about; races named beside it stay named, the one it replaces among them.
    Another race of the same meeting (its MotoGP race, not its 125cc one) is the same choice made in the races
    named beside too."""
    old = p.race
    if p.other_races and old is not None and race.id != old.id:
        (meeting, part), (old_meeting, old_part) = meeting_part(race.title), meeting_part(old.title)
        if part and meeting == old_meeting:
            p.other_races = [_part_of(pw, r, part) if meeting_part(r.title)[1] == old_part else r
                             for r in p.other_races]
        else:
            p.other_races = [r for r in (old, *p.other_races) if r.id != race.id]
    p.race = race


def _part_of(pw: Pitwall, race: RaceRef, part: str) -> RaceRef:
    """The race of ``race``'s meeting run as ``part`` ("… – MotoGP"), else ``race`` itself."""
    meeting = meeting_part(race.title)[0]
    return next((r for r in pw.results.races() if r.date == race.date and meeting_part(r.title) == (meeting, part)),
                race)


def part_named(part: str, words: list[str]) -> list[int]:
    """Where the question's words name a meeting's race by its own part of the title (folded "500cc",
    "superbike race 1"): "500", "500cc", "the 500s", or the part's words in order."""
    compact = part.replace(" ", "")
    at = [i for i, w in enumerate(words) if w.rstrip("s") and (w == compact or w.rstrip("s") + "cc" == compact
                                                               or w + "cc" == compact)]
    said = part.split()
    if not at and len(said) > 1:
        at = [j for i in range(len(words) - len(said) + 1) if words[i:i + len(said)] == said
              for j in range(i, i + len(said))]
    if not at and len(said) >= 2 and said[-2] == "race" and said[-1].isdigit():
        # "the first superbike race", "superbike race one": "Superbike race 1"
        n = int(said[-1])
        for form in ([_ORDINAL_OF.get(n, ""), *said[:-2], "race"], [ordinal(n).lower(), *said[:-2], "race"],
                     [*said[:-2], "race", _NUMBER_OF.get(n, "")],
                     # "race 1 of the superbike round", "the first race": the number alone
                     ["race", str(n)], ["race", _NUMBER_OF.get(n, "")], [_ORDINAL_OF.get(n, ""), "race"],
                     [ordinal(n).lower(), "race"]):
            at = [j for i in range(len(words) - len(form) + 1) if words[i:i + len(form)] == form
                  for j in range(i, i + len(form))]
            if at:
                break
    return at


_ORDINAL_OF = {1: "first", 2: "second", 3: "third", 4: "fourth"}
_NUMBER_OF = {1: "one", 2: "two", 3: "three", 4: "four"}


_TOP_CLASSES = frozenset(("motogp", "500cc"))


def _race_of_meeting_named(p: Frame, pw: Pitwall) -> bool:
    """ "the 500 race at valencia 99", "the 125s", "superbike race 1 at phillip island": of a meeting's races
    (titled "… – 500cc"), the one whose own part of the title the question names, by itself or by its number."""
    parts = {r.id: fold(part) for r in p.race_candidates if (part := meeting_part(r.title)[1])}
    if len(parts) < 2:
        return False
    chosen, used = [], set()
    top = re.search(r"\b(?:top|premier|main|blue riband|biggest|senior) (?:class|category|race)\b", p.text)
    for r in p.race_candidates:
        at = part_named(parts[r.id], p.words) if r.id in parts else []
        if not at and top and parts.get(r.id) in _TOP_CLASSES:  # "the top class": MotoGP, or 500cc before it
            at = [i for i, w in enumerate(p.words) if w in top.group(0).split()]
        if at:
            chosen.append(r)
            used |= set(at)
    if not chosen or len(chosen) == len(p.race_candidates):
        return False
    years = sorted({(r.date or "")[:4] for r in chosen})
    if len(set(p.years)) > 1 and len(years) == len(chosen) == len({str(y) for y in p.years} & set(years)):
        # "at both the 2002 catalan gp and the 2006 german gp": one race of each meeting named, both asked about
        chosen.sort(key=lambda r: (r.date or "", r.id))
        p.race_candidates = [chosen[0]]
        _choose_race(pw, p, chosen[0])
        p.other_races = [r for r in (*p.other_races, *chosen[1:]) if r.id != chosen[0].id]
        p.used |= used
        return True
    p.race_candidates = chosen
    _choose_race(pw, p, max(chosen, key=lambda r: (r.date or "", r.id)))
    p.used |= used
    said = {p.words[i] for i in used}
    p.cars = [c for c in p.cars if c not in said]  # "the 500": no car #500
    named_places = {ORDINAL_WORDS.get(w) or int(w[:-2]) for w in said if w in ORDINAL_WORDS or re.fullmatch(
        r"\d{1,2}(?:st|nd|rd|th)", w)}
    p.positions = [n for n in p.positions if n not in named_places]  # "the second superbike race": no 2nd place
    p.classes = [c for c in p.classes if fold(c) not in said]  # "superbike race 1": no class "1"
    if p.unknown_class in said:
        p.unknown_class = None
    return True


_NTH_RACE = re.compile(r"\b(first|second|third|1st|2nd|3rd) (?:([a-z0-9]+) )?(?:race|heat|leg)\b")


def _race_numbered_not_stored(p: Frame) -> None:
    """ "who won the second supersport race at phillip island 2007": a race said by its number at a meeting the linking
    found no such race of (the word left unread), never that race's 2nd place."""
    m = _NTH_RACE.search(p.text)
    if m is None or p.race is None or not p.race_named or m.group(2) in (None, "the", "a", "this", "that"):
        return
    at = next((i for i, w in enumerate(p.words) if w == m.group(1)), None)
    if at is None or at in p.used:
        return  # "the second superbike race": race 2 of the superbikes, read by the race linking
    part = fold(meeting_part(p.race.title)[1])
    if m.group(2) not in part.split() or re.search(r"\b(?:race|heat|leg) \d\b", part):
        return  # a meeting's race of another part, or numbered itself ("superbike race 2"): the rest of the engine reads it
    p.race_problem = Answer(NOT_FOUND, f"The stored {p.race.title} is one race; no {m.group(1)} one of it is stored, "
                            "so I can't say who won it.", races=[p.race], kind="race")


def _infer_race(pw: Pitwall, p: Frame) -> None:
    """With no race named, use the latest race that has every class, car and make mentioned."""
    if not (p.classes or p.cars or p.makes or p.countries) or p.drivers or p.teams:
        return
    fit = Fit(classes=tuple(p.classes), cars=tuple(p.cars), makes=tuple(p.makes), countries=tuple(p.countries))
    latest = latest_fitting(pw.db, pw.results, fit)
    if latest:
        p.race = latest[0]


# ---------------------------------------------------------------------------------- linking
def _link_cars_and_positions(p: Frame, raw: str) -> None:
    text = raw.lower()
    for m in re.finditer(r"#\s*(\d{1,4})\b|\b(?:car|number|no\.?|nr\.?|num)\s*#?\s*(\d{1,4})\b|(?<!\bclass )(?<!\bgroup )(?<!\bcategory )\b(\d{1,4})\s+car\b", text):
        num = m.group(1) or m.group(2) or m.group(3)
        if num not in p.cars:
            p.cars.append(num)
    if not p.cars and re.fullmatch(r"#?\s*(\d{1,4})", text.strip()):
        p.cars.append(text.strip().lstrip("#").strip())
    for m in re.finditer(r"\b(\d{1,2})(?:st|nd|rd|th)\b|\bp(\d{1,2})\b|\bpositions? (\d{1,2})\b|"
                         r"(?<=\bposition \d )(?:and|or|to) (\d{1,2})\b|(?<=\bposition \d\d )(?:and|or|to) (\d{1,2})\b", text):
        p.positions.append(int(next(g for g in m.groups() if g)))
    for i, w in enumerate(p.words):
        # "within a second", "1 second behind": a time, not 2nd place
        if w in ORDINAL_WORDS and not (w == "second" and i and (p.words[i - 1] in ("a", "one", "half", "per")
                                                               or re.fullmatch(r"[\d.]+", p.words[i - 1]))):
            p.positions.append(ORDINAL_WORDS[w])
    if p.has("runner up", "runners up") or (re.search(
            r"\b(?:finished|came|was|placed) (?:right |just |directly )?(?:behind|after) the (?:overall |class )?winners?\b",
            p.text) and not p.has("how far", "how many laps", "gap", "by how much", "how much")):
        p.positions.append(2)  # "who was runner-up?", "who finished behind the winner?"
    if re.search(r"\b(?:took|take|takes|taking|saw|see|got|get|received) the (?:checkered|chequered) flag\b", p.text) \
            and re.search(r"\bwho\b|\bwhich\b", p.text) and not p.has("how many"):
        p.positions.append(1)  # "who took the chequered flag?": the winner
    if re.search(r"\b(?:the )?top (?:driver|finisher|rider|racer|car|team|spot|position|placed (?:driver|car))\b"
                 r"(?!\s+(?:that|who|from|with|driving|among|of|in a|on a))", p.text) \
            and not re.search(r"\btop \d", p.text):
        p.positions.append(1)  # "who was the top driver?": the winner
    p.positions = list(dict.fromkeys(p.positions))  # "1st ... first": once
    top = re.search(r"\btop (\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b", p.text)
    place = r"(\d{1,2})(?:st|nd|rd|th)?|(" + "|".join(ORDINAL_WORDS) + r")"
    between = re.search(rf"\b(?:between|from) (?:p)?(?:{place}) (?:and|to) (?:p)?(?:{place})\b", p.text) or re.search(
        rf"\b(?:p)?(?:{place}) (?:to|through|thru|till|until) (?:p)?(?:{place})\b", p.text)  # "who was 4th to 7th"
    bottom = re.search(r"\b(?:bottom|last) (\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b", p.text)
    if top:
        n = int(top.group(1)) if top.group(1).isdigit() else NUMBER_WORDS[top.group(1)]
        p.positions = list(range(1, n + 1))
    elif between and re.search(r"\b(who|which|list|name)\b", p.text) and not p.has(
            "gap", "how many laps", "how far", "margin", "difference", "behind"):
        # "who finished between 3rd and 6th?": those places, not the gap between two of them
        a, b = (int(d) if d else ORDINAL_WORDS[w] for d, w in (between.group(1, 2), between.group(3, 4)))
        p.positions = list(range(min(a, b), max(a, b) + 1))
        p.used |= {i for i, w in enumerate(p.words) if w in ("between", "from")}  # no gap is asked
    elif bottom:
        p.bottom = int(bottom.group(1)) if bottom.group(1).isdigit() else NUMBER_WORDS[bottom.group(1)]
        p.positions = []
    elif p.has("podium"):
        p.positions = [1, 2, 3]
    p.years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", text)]
    month = re.search(r"\b(january|february|march|april|may|june|july|august|september|october|november|"
                      r"december)\b", text) or re.search(
        r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?=\s+(?:19|20)\d\d\b)", text)  # "aug 2003"
    if month and p.years:  # "in May 2002"; a month without a year is too ambiguous ("may")
        p.month = "jan feb mar apr may jun jul aug sep oct nov dec".split().index(month.group(1)[:3]) + 1
        p.used |= {i for i, w in enumerate(p.words) if w.rstrip(".") == month.group(1)}
    p.year = p.years[0] if p.years else None


@dataclass
class RaceLookup:
    """Built once per store: which races each distinctive word and each year points to."""

    words: dict[str, set[int]]
    by_year: dict[int, set[int]]
    titles: dict[int, str]
    class_names: dict[str, str]
    bare_titles: dict[int, str] = field(default_factory=dict)  # without the leading year
    by_country: dict[str, set[int]] = field(default_factory=dict)  # where each race's circuit is
    by_series: dict[str, set[int]] = field(default_factory=dict)  # folded championship (no year) -> races
    joined: dict[str, str] = field(default_factory=dict)  # "lemans" -> "le mans": two title words run together
    unapostrophed: dict[int, str] = field(default_factory=dict)  # "aarons 499": a title's possessive without "'"

    @cached_property
    def series_longest_first(self) -> list[str]:
        return sorted(self.by_series, key=len, reverse=True)

    def named(self, rid: int, text: str) -> str | None:
        """The folded title (with or without its year) if the question names it."""
        for title in (self.titles.get(rid), self.bare_titles.get(rid), self.unapostrophed.get(rid)):
            if title and len(title) > 3 and _has_phrase(text, title):
                return title
        return None

    def nearly_named(self, rid: int, words: list[str]) -> range | None:
        """Where the question spells the title (with or without its year) with a slip or two
        ("the 1999 FIA Sporscar Championship Monza"): every word exact, or one edit away in a
        word of five letters or more, and at least three words long."""
        present = set(words)
        for title in (self.titles.get(rid), self.bare_titles.get(rid)):
            parts = (title or "").split()
            if len(parts) < 3 or sum(t not in present for t in parts) > 2:
                continue  # more than two of its words missing: not this title, whatever the slips
            for start in range(len(words) - len(parts) + 1):
                window = words[start:start + len(parts)]
                slips = 0
                for w, t in zip(window, parts):
                    if w == t:
                        continue
                    if len(t) < 5 or Levenshtein.distance(w, t, score_cutoff=1) > 1:
                        break
                    slips += 1
                else:
                    if slips <= 2:
                        return range(start, start + len(parts))
        return None


def _has_phrase(text: str, phrase: str) -> bool:
    """Whole-word containment in folded text (single spaces), without compiling a regex per title."""
    start = text.find(phrase)
    while start != -1:
        end = start + len(phrase)
        if (start == 0 or text[start - 1] == " ") and (end == len(text) or text[end] == " "):
            return True
        start = text.find(phrase, start + 1)
    return False


def race_lookup(pw: Pitwall) -> RaceLookup:
    cached = getattr(pw, "_race_lookup", None)
    if cached is None:
        words: dict[str, set[int]] = {}
        by_year: dict[int, set[int]] = {}
        titles: dict[int, str] = {}
        unapostrophed: dict[int, str] = {}
        by_country: dict[str, set[int]] = {}
        for r in pw.results.races():
            # as questions are cleaned: "the aaron's 499" reads "the aaron 499" (_clean drops a possessive 's)
            title = _POSSESSIVE.sub("", r.title)
            titles[r.id] = fold(title)
            spoken = fold(r.title.replace("'s", "s").replace("’s", "s"))
            if spoken != titles[r.id]:  # "the aarons 499": the possessive written without its apostrophe
                unapostrophed[r.id] = re.sub(r"^\d{4} ", "", spoken)
                for w in set(spoken.split()) - set(titles[r.id].split()):
                    words.setdefault(w, set()).add(r.id)
            if r.date:
                by_year.setdefault(int(r.date[:4]), set()).add(r.id)
            # the circuit as questions are cleaned ("lowe's" reads "lowe"), and the towns it is known by
            circuit = _POSSESSIVE.sub("", r.circuit or "")
            for w in set(fold(f"{title} {circuit} {circuit_towns(r.circuit)}").split()):
                if w not in GENERIC_RACE_WORDS and not w.isdigit() and len(w) > 2:
                    words.setdefault(w, set()).add(r.id)
                    if w in _RACE_KIND_SAID:  # "rallye de portugal" is asked as the "portugal rally"
                        words.setdefault(_RACE_KIND_SAID[w], set()).add(r.id)
            iso = circuit_country(r.circuit, r.title) or _title_country(titles[r.id])
            named = _title_country(titles[r.id])  # "the Swiss GP" ran at Dijon: Switzerland names it too
            if named and named != iso:
                by_country.setdefault(named, set()).add(r.id)
            for part in (r.location or "").split(","):  # "Exhibition Place Toronto, Ontario, Canada"
                folded = fold(part)
                if folded in _COUNTRY_WORDS:
                    iso = iso or _COUNTRY_WORDS[folded]
                    continue
                for w in folded.split():
                    if (w not in GENERIC_RACE_WORDS and w not in _PLACE_FILLER and w not in _COUNTRY_WORDS
                            and not w.isdigit() and len(w) > 2):
                        words.setdefault(w, set()).add(r.id)
            if iso:
                by_country.setdefault(iso, set()).add(r.id)
        for rid, aliases in circuit_aliases(pw.db):  # F1DB: "montreal 2004", "interlagos 05"
            for w in set(fold(aliases).split()):
                if w not in GENERIC_RACE_WORDS and not w.isdigit() and len(w) > 2:
                    words.setdefault(w, set()).add(rid)
        classes = {fold(c): c for c in pw.results.class_names()}
        bare = {rid: re.sub(r"^\d{4} ", "", t) for rid, t in titles.items()}
        by_series: dict[str, set[int]] = {}
        names_of: dict[str, list[str]] = {}  # each championship's names, worked out once (races share them)
        for rid, text, intro in pw.db.execute("SELECT id, championships, intro FROM races"):
            # "who won the f1 race?": a Grand Prix whose intro says it was a Formula One race (its season is
            # no championship the article names)
            if re.search(r"\bFormula One\b", intro_lead(intro)):
                by_series.setdefault("f1", set()).add(rid)
            for champ in json.loads(text or "[]"):
                if champ not in names_of:
                    name = series_name(champ)
                    short = name.rsplit(" ", 1)[0]  # "british gt" for the British GT Championship
                    names_of[champ] = [name] + ([short] if name.rsplit(" ", 1)[-1] in (
                        "championship", "series", "cup", "trophy", "challenge") and len(short.split()) >= 2
                        and not any(short in t for t in titles.values()) else [])
                    words_of = name.split()
                    if len(words_of) >= 3 and words_of[-1] in ("cup", "trophy", "series"):
                        names_of[champ].append(" ".join(words_of[-2:]))  # "the nextel cup race": its sponsor's name
                    initials = "".join(w[0] for w in name.split())  # "alms", "wrc": as fans write a series
                    if len(name.split()) >= 3 and initials not in words:
                        names_of[champ].append(initials)
                for n in names_of[champ]:
                    by_series.setdefault(n, set()).add(rid)
        joined = {a + b: f"{a} {b}" for t in titles.values() for a, b in zip(t.split(), t.split()[1:])
                  if a.isalpha() and b.isalpha() and min(len(a), len(b)) >= 2}
        cached = pw._race_lookup = RaceLookup(words, by_year, titles, classes, bare, by_country, by_series,
                                              {j: pair for j, pair in joined.items() if j not in words}, unapostrophed)
    return cached


def circuit_aliases(db: sqlite_utils.Database) -> list[tuple[int, str]]:
    """(race id, "Gilles Villeneuve; Montreal") for the F1DB races of a store whose import recorded them:
    the circuit's short name, its place and its id, which fans use more than the full name."""
    if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'f1db_races'").fetchone() is None:
        return []
    if "circuit_aliases" not in {r[1] for r in db.execute("PRAGMA table_info(f1db_races)")}:
        return []
    return [(rid, a) for rid, a in db.execute("SELECT race_id, circuit_aliases FROM f1db_races") if a]


def _title_country(folded_title: str) -> str | None:
    """ "2008 Canadian Grand Prix", "1994 French motorcycle Grand Prix": a title that names the
    country of a Grand Prix says where it was held."""
    m = re.search(r"\b([a-z ]+?) (?:motorcycle )?(?:grand prix|gp)\b", folded_title)
    if not m:  # "2008 Rally New Zealand", "1974 Rallye de Portugal": a country the title names anywhere
        words = folded_title.split()
        return next((_COUNTRY_WORDS[" ".join(words[i:i + n])] for n in (3, 2, 1) for i in range(len(words) - n + 1)
                     if " ".join(words[i:i + n]) in _COUNTRY_WORDS), None)
    words = m.group(1).split()
    for n in (3, 2, 1):
        if len(words) >= n:
            iso = _COUNTRY_WORDS.get(" ".join(words[-n:]))
            if iso:
                return iso
    return None


def stored_races_text(pw: Pitwall, limit: int = 8) -> str:
    races = pw.results.races()
    shown = "; ".join(f"{r.title} ({r.nice_date})" for r in races[-limit:][::-1])
    more = f" and {len(races) - limit} more" if len(races) > limit else ""
    return f"Stored races: {shown}{more}."


def _link_race(pw: Pitwall, p: Frame) -> None:
    lookup = race_lookup(pw)
    in_year: set[int] | None = None
    country_races: set[int] = set()
    if p.years:
        # "Super 2000 results in 1992": any of the year-like numbers may be the race's year
        in_year = set().union(*(lookup.by_year.get(y, set()) for y in p.years))
        if not in_year:
            p.race_problem = Answer(NOT_FOUND, f"No race from {' or '.join(map(str, p.years))} is stored. "
                                    f"{stored_races_text(pw)}", kind="race")
            return
        p.year = next(y for y in p.years if y in lookup.by_year)
        if p.month:
            in_month = {rid for rid in in_year if (pw.results.race(rid).date or "")[5:7] == f"{p.month:02d}"}
            if not in_month:
                p.race_problem = Answer(NOT_FOUND, f"No race from that month is stored. {stored_races_text(pw)}",
                                        kind="race")
                return
            in_year = in_month
    if p.series:
        of_series = lookup.by_series[p.series] if in_year is None else in_year & lookup.by_series[p.series]
        elsewhere = any(w in lookup.words and not lookup.words[w] & of_series
                        for i, w in enumerate(p.words) if i not in p.used)
        if of_series and not elsewhere:
            in_year = of_series
        else:  # "the 1997 Amercan Le Mans Series Barcelona": a slip made it read as another series
            p.series = None
            p.used -= p.series_words
    if p.race_country:
        here = lookup.by_country.get(p.race_country, set())
        if in_year is not None:
            here = here & in_year
        several_years = {str(y) for y in p.years} if len(set(p.years)) > 1 else set()
        if here and several_years - {(pw.results.race(r).date or "")[:4] for r in here}:
            country_races = here  # "the 2002 catalan gp and the 2006 german gp": the country names one of the races
            here = in_year
        if not here:
            when = f" from {' or '.join(map(str, p.years))}" if p.years else ""
            p.race_problem = Answer(NOT_FOUND, f"No race held in {COUNTRIES[p.race_country].name}{when} is stored. "
                                    f"{stored_races_text(pw)}", kind="race")
            return
        in_year = here
    scores: dict[int, float] = {}
    hits: dict[int, set[int]] = {}
    any_year_hits: dict[int, set[int]] = {}  # "both Petit Le Mans and the 2004 Monza race": a year is one race's
    named_elsewhere = False
    caps = _capitalised(p.raw)
    for i, w in enumerate(p.words):
        if i in p.used or (w in _STOP and w not in caps):
            continue  # "who has the most wins?" is no question about the race at Most
        if i and p.words[i - 1] in ("a", "an", "any", "no", "every") and pw.make_roles.get(w, ("", ""))[1] == "chassis":
            continue  # "has a Ferrari ever won?": the make, not the Autodromo Enzo e Dino Ferrari
        if w in pw.make_roles and p.words[i + 1:i + 2] and p.words[i + 1] in ("cars", "guys", "drivers", "crews",
                                                                                "entries", "engines", "ones", "riders"):
            continue  # "how did the ford cars do": the make's cars, not the Ford 300
        if w in _COUNTRY_WORDS and (i + 1 < len(p.words) and p.words[i + 1] in _PEOPLE_NOUNS or (
                i > 1 and p.words[i - 1] == "from" and any(x in _PEOPLE_NOUNS for x in p.words[max(0, i - 4):i - 1]))):
            continue  # "how many german racers", "which driver from mexico": a nationality, even at that country's race
        if w.endswith("s") and w[:-1] in _COUNTRY_WORDS and w not in _COUNTRY_NAMES:
            continue  # "how many italians …": people of a nationality, not the Italian GP
        if w in _FAMILY_WORDS and i and p.words[i - 1] in pw.drivers.last_words:
            continue  # "the brabham brothers": a family, not the Stater Brothers 300
        if w == "indy" and p.words[i + 1:i + 2] in (["car"], ["cars"]):
            continue  # "the toronto indy car race": the kind of car (CART, Champ Car, IRL), not the Molson Indy's title
        matched = lookup.words.get(w)
        if matched is None and len(w) >= 6 and w not in GENERIC_RACE_WORDS and w not in pw.drivers._by_token \
                and w not in pw.teams._by_token and not known_word(w):  # "autodromo" is no typo of "Autodrom"
            close = [c for c, d in pw.race_index.word_matches(w).items() if d <= 1 and c in lookup.words]
            matched = set().union(*(lookup.words[c] for c in close)) if close else None
        if not matched or _in_a_class_name(lookup, p.words, i, matched):
            continue
        if in_year is not None and not matched & in_year and (w in pw.drivers._by_token or w in pw.teams._by_token):
            continue  # "villeneuve … 2004 japanese grand prix": Jacques, not Circuit Gilles Villeneuve
        if w in pw.drivers._by_token and (i == 0 or p.words[i - 1] not in ("at", "in", "around")) and not any(
                w in lookup.titles[r].split() for r in matched):
            continue  # "villeneuve wins 1997": a surname that is a circuit's word only, not "at villeneuve"
        if _surname_not_race(pw, p, i, {t for r in matched for t in lookup.titles[r].split()}):
            continue  # "how did hill get on?": a surname, not the Diamond Hill Plywood 200 (said "diamond hill")
        named_elsewhere = True
        if len(matched) == 1:
            any_year_hits.setdefault(next(iter(matched)), set()).add(i)
        if in_year is not None:
            matched = matched & in_year
        for rid in matched:
            scores[rid] = scores.get(rid, 0) + 3 / len(matched) + 1
            hits.setdefault(rid, set()).add(i)
    nearly: dict[int, range] = {}
    exact: set[int] = set()
    for rid in list(scores):
        named = lookup.named(rid, p.text)
        if named:
            scores[rid] += 10 + len(named) / 100  # the longest title named wins
            exact.add(rid)
    # a title spelt with a slip, among the races the words fit best (not all: a word like "Monza"
    # fits thousands of races at scale); with a title named exactly, only a longer one that begins
    # with it ("…Monza 3 Hous" when "…Monza" and "…Monza 3 Hours" are stored)
    exact_titles = [t for t in (lookup.named(r, p.text) for r in exact) if t]
    kin: set[int] = set()
    for rid in list(scores):
        # "the french grand prix" is the motorcycle French Grand Prix as much as the car one: a title that is the
        # one named with only the discipline's word put in fits as well (a candidate, not a second race named)
        if rid not in exact and any(_with_discipline(t.split(), lookup.titles[rid].split()) for t in exact_titles):
            scores[rid] = max(scores[r] for r in exact)
            kin.add(rid)
    exact |= kin
    pool = [r for r in scores if r not in exact and any(
        len(lookup.titles[r]) > len(t) and (lookup.titles[r].startswith(t) or lookup.bare_titles.get(r, "").startswith(t))
        for t in exact_titles)] if exact else list(scores)
    for rid in sorted(pool, key=scores.__getitem__, reverse=True)[:30]:
        span = lookup.nearly_named(rid, p.words)
        if span is not None:
            nearly[rid] = span
            scores[rid] += 9 + len(span) / 100
            if exact:  # it covers the exactly named title and more of the question
                scores[rid] = max(scores[r] for r in exact) + 0.01
    if not scores and named_elsewhere:
        p.race_problem = Answer(NOT_FOUND, f"No race from {p.year} matching your question is stored. "
                                f"{stored_races_text(pw)}", kind="race")
        return
    if not scores and in_year is not None:
        for rid in in_year:
            named = lookup.named(rid, p.text)
            if named:
                scores[rid] = 10 + len(named) / 100
            else:
                span = lookup.nearly_named(rid, p.words)
                if span is not None:
                    nearly[rid] = span
                    scores[rid] = 9 + len(span) / 100
    if not scores:
        if in_year is not None:
            kind = _KIND_OF_RACE.search(p.text)
            if kind:  # "who won the 1975 grand prix?": that year's Grands Prix, not its 24 Hours of Le Mans
                of_kind = {r for r in in_year if kind.group(1)[:5] in fold(pw.results.race(r).title)}
                in_year = of_kind or in_year
            p.race = max((pw.results.race(r) for r in in_year), key=lambda r: (r.date or "", r.id))
            p.race_named = True
            p.race_by_year_only = not (p.race_country or p.series)
            # "the races in Italy", "the 2003 ALMS races", "who won in 2005": every race that fits, for the
            # guards to answer each or ask which (a year's many races are a season, counted by the rankings)
            p.race_candidates = sorted((pw.results.race(r) for r in in_year), key=lambda r: (r.date or "", r.id))
            return
        p.race = pw.results.latest_race()
        return
    if p.year and not any(rid in in_year for rid in scores):
        p.race_problem = Answer(NOT_FOUND, f"No race from {p.year} matching your question is stored. "
                                f"{stored_races_text(pw)}", kind="race")
        return
    best = max(scores.values())
    top = [pw.results.race(rid) for rid, s in scores.items() if s == best]
    named_years = {str(y) for y in p.years}
    if len(named_years) > 1 and len(top) == len(named_years) and {(r.date or "")[:4] for r in top} == named_years:
        # "le mans 1954 vs 1967": one race of each year named, both asked about
        top.sort(key=lambda r: (r.date or "", r.id))
        p.other_races = [r for r in top[1:] if r.id not in {x.id for x in p.other_races}] + p.other_races
        top = top[:1]
    distances = race_distances(pw)
    for i, w in enumerate(p.words):
        narrowed = [r for r in top if r.id in distances[w]] if w in distances else []
        if narrowed:  # "the spa 1000k": of the races at Spa, the one run over 1000 km
            top = narrowed
            p.used.add(i)
    p.race_candidates = top
    # several equally good races ("who won at Monza?"): the latest of them; the answer names it
    chosen = max(top, key=lambda r: (r.date or "", r.id))
    p.race = chosen
    p.race_named = True
    p.race_by_year_only = False
    p.used |= hits.get(chosen.id, set())
    # "at both Spa and Monza": other races named by words of their own (whatever year is named)
    one_year = str(p.years[0]) if len(set(p.years)) == 1 else None  # "2010 dutch tt": no 1959 Dutch GP beside it
    # the words of a title named in full are that race's: "pepsi" of "the 1998 pepsi 400" names no Pepsi 300
    in_titles = {i for rid in exact for i in _title_span(p.words, lookup.named(rid, p.text) or "")}
    for rid, idx in {**any_year_hits, **hits}.items():
        if (rid not in exact and idx <= in_titles) or rid in kin:
            continue
        if rid != chosen.id and not idx & hits.get(chosen.id, set()) and len(lookup.words.get(
                p.words[min(idx)], ())) == 1 and rid not in {r.id for r in p.other_races} and (
                one_year is None or (pw.results.race(rid).date or "")[:4] == one_year):
            p.other_races.append(pw.results.race(rid))
            p.used |= idx
    chosen_title = lookup.named(chosen.id, p.text) or (
        " ".join(p.words[i] for i in nearly[chosen.id]) if chosen.id in nearly else "")
    for rid in scores:  # "both the 2003 Petit Le Mans and the 2004 1000 km of Monza": titles named in full
        other = lookup.named(rid, p.text)
        inside = other and other in chosen_title and len(phrase_pattern(other).findall(p.text)) <= len(
            phrase_pattern(chosen_title).findall(p.text))  # "…Monza" inside "…Monza 3 Hours", not a second race
        if rid != chosen.id and other and not inside and rid not in {r.id for r in p.other_races} and \
                chosen.id not in kin:  # the motorcycle Malaysian GP chosen: the car one is a candidate, not a 2nd race
            p.other_races.append(pw.results.race(rid))
    _races_beside(pw, p, chosen, hits)
    _years_listed(pw, p, chosen)
    if country_races:  # the race of the country named, in the year no race chosen has
        own = fold(meeting_part(chosen.title)[1])
        held = {(r.date or "")[:4] for r in (chosen, *p.other_races)}
        beside = [rid for rid in country_races if (pw.results.race(rid).date or "")[:4] not in held
                  and fold(meeting_part(pw.results.race(rid).title)[1]) == own]
        if len(beside) == 1:
            p.other_races.append(pw.results.race(beside[0]))
    if chosen.id in nearly:
        p.used |= set(nearly[chosen.id])  # a title spelt with a slip: its words are the race's too
    circuits = [fold(r.circuit) for r in (chosen, *p.other_races) if r.circuit and fold(r.circuit) in p.text]
    for title in [chosen_title, *(lookup.named(r.id, p.text) or "" for r in p.other_races), *circuits]:
        words = title.split()
        for i in range(len(p.words) - len(words) + 1 if words else 0):
            if p.words[i:i + len(words)] == words:
                p.used |= set(range(i, i + len(words)))  # "Championship" of a named title is no driver
    for r in (chosen, *p.other_races):  # "at o'reilly raceway park": two words or more of its circuit's name
        said = set(fold(_POSSESSIVE.sub("", r.circuit or "")).split())
        run: list[int] = []
        for i, w in enumerate([*p.words, ""]):
            if w and w in said:
                run.append(i)
                continue
            if len(run) >= 2:
                p.used |= set(run)
            run = []
    numbers = {w for w in fold(chosen.title).split() if w.isdigit()}  # "indy 500 2011": the title's own numbers
    p.used |= {i for i, w in enumerate(p.words) if w in numbers}
    for r in p.other_races:  # "monza 2003 compared to dijon 2002": the second race's own place words and year
        own = {w for w in fold(f"{lookup.titles[r.id]} {r.circuit or ''} {circuit_towns(r.circuit)}").split()
               if len(w) > 3 and w not in GENERIC_RACE_WORDS and not w.isdigit()}
        for i, w in enumerate(p.words):
            if i not in p.used and w in own:
                p.used.add(i)
                if i + 1 < len(p.words) and p.words[i + 1] == (r.date or "")[:4]:
                    p.used.add(i + 1)


_DISCIPLINE_WORDS = frozenset(("motorcycle", "motorcycling", "moto"))


def _with_discipline(named: list[str], title: list[str]) -> bool:
    """Whether ``title`` holds the words named, in order and together but for discipline words put in
    ("french motorcycle grand prix" holds "french grand prix")."""
    kept = [w for w in title if w not in _DISCIPLINE_WORDS]
    return len(kept) < len(title) and any(kept[k:k + len(named)] == named for k in range(len(kept) - len(named) + 1))


def _title_span(words: list[str], title: str) -> set[int]:
    """Where the words of ``title`` stand in the question's words, if they do."""
    said = title.split()
    return next((set(range(i, i + len(said))) for i in range(len(words) - len(said) + 1)
                 if said and words[i:i + len(said)] == said), set())


def _surname_not_race(pw: Pitwall, p: Frame, i: int, title_words: set[str]) -> bool:
    """Whether the word at ``i``, a driver's surname and a word of the titles of the races it fits
    (``title_words``), is the person: no "at"/"in" before it, no race word, year or other word of those
    titles beside it or elsewhere in the question ("diamond hill", "petit 03", "busch races")."""
    w = p.words[i]
    if w not in pw.drivers.last_words or w not in pw.drivers._by_token or (
            i and p.words[i - 1] in ("at", "in", "around", "the")):
        return False
    beside = [p.words[j] for j in (i - 1, i + 1) if 0 <= j < len(p.words)
              and p.words[j] not in ("the", "a", "an", "and", "of", "at", "in", "on", "for")]
    if any(x in title_words or x.isdigit() or x in _RACE_NOUNS for x in beside):
        return False
    return not any(x in title_words for j, x in enumerate(p.words) if j != i and len(x) > 3 and not x.isdigit()
                   and x not in GENERIC_RACE_WORDS and x not in _STOP)


def _races_beside(pw: Pitwall, p: Frame, chosen: RaceRef, hits: dict[int, set[int]]) -> None:
    """ "who won sr2 at brno and dijon?": a word that fits several races beside the race chosen ("dijon":
    the 1975 Swiss GP and the 2002 sportscar round) is the one of them from the chosen race's year."""
    lookup = race_lookup(pw)
    taken = {chosen.id, *(r.id for r in p.other_races)}
    in_titles = {i for r in (chosen, *p.other_races) for i in _title_span(p.words, lookup.named(r.id, p.text) or "")}
    for i, w in enumerate(p.words):
        fits = lookup.words.get(w, set())
        if i in p.used or i in in_titles or len(fits) < 2 or chosen.id in fits or i in hits.get(chosen.id, set()) or known_word(w):
            continue  # "car" of "Touring Car Championship" is a question's word, not a second race
        same_year = [rid for rid in fits if (pw.results.race(rid).date or "")[:4] == (chosen.date or "-")[:4]]
        if not same_year and len(set(p.years)) > 1:
            # "at phillip island 2008 and at catalunya 2010": another year named, the meeting's race of the
            # same part as the one chosen (its 125cc race)
            years = {str(y) for y in p.years}
            own = fold(meeting_part(chosen.title)[1])
            same_year = [rid for rid in fits if (pw.results.race(rid).date or "")[:4] in years and
                         fold(meeting_part(pw.results.race(rid).title)[1]) == own]
        if len(same_year) == 1 and same_year[0] not in taken:
            p.other_races.append(pw.results.race(same_year[0]))
            taken.add(same_year[0])
            p.used.add(i)


def _years_listed(pw: Pitwall, p: Frame, chosen: RaceRef) -> None:
    """ "phillip island winners: 2003 250cc, 2007 wsbk race 1, 2008 250cc": a year listed beside the races chosen
    with none of them from it is the race of that year at the same meeting (same title but for the year) or circuit,
    of the part said next to the year ("250cc") where the meeting ran several; never a guess among several."""
    if len(set(p.years)) < 2:
        return  # a year listed beside another; one year is the race's own
    races = [chosen, *p.other_races]
    held = {(r.date or "")[:4] for r in races}
    meetings = {fold(meeting_part(r.title)[0]).removeprefix((r.date or "")[:4]).strip() for r in races}
    circuits = {fold(r.circuit) for r in races if r.circuit}
    for i, w in enumerate(p.words):
        if not re.fullmatch(r"(?:19|20)\d\d", w) or w in held:
            continue
        there = [r for r in pw.results.races() if (r.date or "")[:4] == w and (
            fold(meeting_part(r.title)[0]).removeprefix(w).strip() in meetings or r.circuit and fold(r.circuit) in circuits)]
        near = set(p.words[i + 1:i + 3]) | set(p.words[max(0, i - 2):i])
        parted = [r for r in there if near & set(fold(meeting_part(r.title)[1]).split())]
        found = parted if len(there) > 1 else there
        if len(found) == 1:
            p.other_races.append(found[0])
            held.add(w)


def _in_a_class_name(lookup: RaceLookup, words: list[str], i: int, races: set[int]) -> bool:
    """ "who won gt cup at spa?": a word of a class's name ("GT Cup") names no race (the Gold Cup) whose
    title does not hold the whole class name."""
    for n in (2, 3):
        for a in range(max(0, i - n + 1), i + 1):
            gram = " ".join(words[a:a + n])
            if a + n <= len(words) and gram in lookup.class_names and not any(
                    _has_phrase(lookup.titles[r], gram) for r in races):
                return True
    return False


_RACE_NOUNS = ("race", "races", "round", "rounds", "grand prix", "gp", "event", "events", "leg", "weekend",
               "1000km", "1000 km", "500km", "endurance")
_COUNTRY_NAMES = {fold(name): c.iso3 for c in COUNTRIES.values() for name in (c.name, *c.aliases)}


def series_name(championship: str) -> str:
    """A championship as questions name it: folded, without its season ("american le mans series")."""
    return re.sub(r"^\d{4}(?:[ –-]\d{2,4})? ", "", fold(championship))


def _drop_years_of_class_names(pw: Pitwall, p: Frame) -> None:
    """ "Super 2000 at Dijon in 1983": the 2000 is the class's, not a year."""
    if not p.years:
        return
    for folded in race_lookup(pw).class_names:
        numbers = [int(n) for n in re.findall(r"\b(19[5-9]\d|20\d\d)\b", folded)]
        if numbers and _has_phrase(p.text, folded):
            for n in numbers:
                if n in p.years:
                    p.years.remove(n)
    p.year = p.years[0] if p.years else None


def _link_series(pw: Pitwall, p: Frame) -> None:
    """ "the final race of the 2003 American Le Mans Series": the races that counted for it, and
    its words are the championship's ("American" is no nationality there)."""
    lookup = race_lookup(pw)
    for name in lookup.series_longest_first:
        words = name.split()
        for i in range(len(p.words) - len(words) + 1):
            if p.words[i:i + len(words)] == words and not p.used.intersection(range(i, i + len(words))):
                p.series = name
                p.series_words = set(range(i, i + len(words)))
                p.used |= p.series_words
                return


def _link_race_country(pw: Pitwall, p: Frame) -> None:
    """ "the Belgian race", "the Italian round", "who won in Italy?": a country where a race was
    held, not a nationality (which stays for "the best Italian", "drivers from Italy")."""
    titles = race_lookup(pw).titles.values()
    for i, n, gram in list(_ngrams(p, 3)):
        iso = _COUNTRY_WORDS.get(gram)
        if not iso or p.used.intersection(range(i, i + n)):
            continue
        after = " ".join(p.words[i + n:i + n + 2])
        before = p.words[i - 1] if i else ""
        beside_year = any(w.isdigit() and len(w) in (2, 4) for w in (before, p.words[i + n] if i + n < len(p.words)
                                                                      else ""))
        if after.split()[:1] in (["gp"], ["grand"]) and any(f"{gram} grand prix" in t for t in titles):
            continue  # "the swiss gp" is the race of that title (the 1975 Swiss GP ran in France)
        if any(after == w or after.startswith(w + " ") for w in _RACE_NOUNS) or (
                before in ("in", "at") and gram in _COUNTRY_NAMES) or (beside_year and gram in _COUNTRY_NAMES):
            # "canada 2008": a country beside a year is where the race was held
            p.race_country = iso
            p.used |= set(range(i, i + n))
            return


def _ngrams(p: Frame, max_n: int = 6):
    for n in range(min(max_n, len(p.words)), 0, -1):
        for i in range(len(p.words) - n + 1):
            span = range(i, i + n)
            if not p.used.intersection(span):
                yield i, n, " ".join(p.words[i:i + n])


def _link_classes(pw: Pitwall, p: Frame) -> None:
    everywhere = race_lookup(pw).class_names
    # the classes of the race named, or of every race the words fit ("gt cup winner at spa": the Spa race
    # that had a GT Cup class)
    printed = list(dict.fromkeys(c for r in (*(p.race_candidates or [p.race]), *p.other_races)
                                 for c in pw.results.class_names(r.id))) if p.race and p.race_named else []
    folded = _classes_as_said(printed, p.raw) if printed else everywhere
    if folded is not everywhere:  # every class as printed: "P +5.0" and "P 5.0" fold alike
        _link_class_said(p, printed)
    titles = [f" {fold(r.title)} " for r in (p.race, *p.other_races) if r is not None] if p.race_named else []
    for i, n, gram in list(_ngrams(p, 3)):
        if p.used.intersection(range(i, i + n)):
            continue
        if i and any(f" {p.words[i - 1]} {gram} " in t for t in titles):
            p.used |= set(range(i, i + n))  # "oschersleben fia gt 2003": the title's "FIA GT", not class GT
            continue
        if gram == "overall":
            continue  # the whole field ("and overall?"), never a class some classless race is printed under
        c = folded.get(gram) or folded.get(gram.replace(" ", "")) or (
            None if gram in everywhere else _class_plural(folded, gram))  # "gts" is GTS where one ran
        if c and c not in p.classes:
            p.classes.append(c)
            p.used |= set(range(i, i + n))
        elif folded is not everywhere and n <= 2 and gram not in _STOP and not gram.isdigit() and (
                everywhere.get(gram) or everywhere.get(gram.replace(" ", ""))) and p.has(
                "class", "category", "won", "winner", "result", "results", "finisher", "finishers", "top", "best",
                "podium", "leader", "placed", "first", "fastest"):
            # "guest class result at brno": a class of other races, not of this one
            p.unknown_class = p.unknown_class or everywhere.get(gram) or everywhere.get(gram.replace(" ", ""))
            p.used |= set(range(i, i + n))


def _class_plural(folded: dict[str, str], gram: str) -> str | None:
    """ "how many gtos finished?", "the sr2s": a class said in the plural (the class printed, not another that ends
    in s: "GTS" is matched before this)."""
    base = gram.replace(" ", "")[:-1] if gram.endswith("s") else ""
    return folded.get(base) if len(base) >= 2 and (any(ch.isdigit() for ch in base) or len(base) <= 4 or
                                                   base == "guest") else None


def _classes_as_said(printed: list[str], raw: str) -> dict[str, str]:
    """Classes by their folded name, where two fold alike ("GT 5.0" and "GT +5.0") the one the question prints
    (a "+" said or not)."""
    said = re.sub(r"\s+", "", raw.lower())
    by_fold: dict[str, list[str]] = {}
    for c in printed:
        by_fold.setdefault(fold(c), []).append(c)
    folded = {}
    for key, alike in by_fold.items():
        plus_said = any(re.sub(r"\s+", "", c.lower()) in said for c in alike if "+" in c)
        folded[key] = next((c for c in alike if ("+" in c) == plus_said), alike[-1]) if len(alike) > 1 else alike[0]
    return folded


# how fans name classes the tables print as codes: "production" is PCWRC, "the 2 litre sports cars" S 2.0
_CLASS_SAID = {"pcwrc": ("production", "production car", "production cars", "pwrc", "p wrc", "group n"),
               "pwrc": ("production", "production car", "production cars", "p wrc", "group n")}
_CLASS_KIND = {"s": ("sports", "sport", "sportscar", "sportscars", "sports car", "sports cars"),
               "p": ("prototype", "prototypes", "proto", "protos"),
               "gt": ("gt", "gts", "grand touring", "grand tourers")}
_SIZE_SAID = re.compile(r"\b(?P<a>\d{1,2})(?: (?P<b>\d))? ?(?:l|litre|liter|litres|liters|ltr)\b"
                        r"|\b(?P<cc>\d{3,4}) ?cc\b|\b(?P<n>\d{3,4}) class\b|\bclass (?P<m>\d{3,4})\b")


def _link_class_said(p: Frame, classes: list[str]) -> None:
    """A class said as fans say it: by name ("the production class": PCWRC), or by engine size and kind
    ("the 2 litre sports class", "the 750 class", "over 5 litre prototypes": S 2.0, S 750, P +5.0), when
    exactly one class of the race fits."""
    for c in classes:
        for said in _CLASS_SAID.get(fold(c).replace(" ", ""), ()):
            m = re.search(rf"\b{said}\b", p.text)
            if m:
                p.classes.append(c)
                p.used |= _indices_of(p, m.start(), m.end())
                return
    m = next((m for m in _SIZE_SAID.finditer(p.text)  # (a number read as a car may be a size: "the 1.1 litre class")
              if not any(not p.words[i].isdigit() for i in _indices_of(p, m.start(), m.end()) & p.used)
              and not any(x and int(x) in p.years for x in (m["n"], m["m"]))), None)  # "le mans 1967 class winners"
    if not m or not any(re.fullmatch(r"[a-z]+ \+?\d+(?:\.\d)?", c.lower()) for c in classes):
        return  # "the 250cc race" names a meeting's race; a race without classes by size has none to name
    cc = (int(m["a"]) * 1000 + int(m["b"] or 0) * 100) if m["a"] else int(m["cc"] or m["n"] or m["m"])
    over = bool(re.search(r"\b(?:over|above|more than|bigger than|\+)\s*$", p.text[:m.start()]))
    sized = []
    for c in classes:
        code = re.fullmatch(r"(?P<kind>[a-z]+) (?P<size>\d+(?: \d)?)", fold(c))
        if not code:
            continue
        plus = "+" in c  # "P +5.0": over five litres (folding drops the sign)
        size = code["size"].split()
        n = int(size[0]) if len(size) == 1 and int(size[0]) >= 100 else int(size[0]) * 1000 + (
            int(size[1]) * 100 if len(size) > 1 else 0)
        if n == cc and plus == over:
            sized.append((c, code["kind"]))
    kinds = [(c, k) for c, k in sized if any(re.search(rf"\b{w}\b", p.text) for w in _CLASS_KIND.get(k, (k,)))]
    kind_said = any(re.search(rf"\b{w}\b", p.text) for words in _CLASS_KIND.values() for w in words)
    fits = kinds or ([] if kind_said else sized)  # "the 1.3 litre gt class" is no P 1.3
    if re.search(r"\b(?:engine|engined|engines|motor|displacement)\b", p.text):
        return  # an engine's size, for the rules to read
    if fits:
        p.classes.extend(c for c, _k in fits)  # "the 2 litre cars": each class of that size
    else:
        p.unknown_class = p.unknown_class or m.group(0)  # "the 1.3 litre gt class" where none ran: declined
    at = _indices_of(p, m.start(), m.end())
    p.used |= at
    numbers = {x for x in (m["a"], m["b"], m["cc"], m["n"], m["m"]) if x}
    p.cars = [car for car in p.cars if car.lstrip("#") not in numbers]  # "the 2 litre class": no car #2
    p.positions = [n for n in p.positions if str(n) not in numbers or _place_said_elsewhere(p, at, n)]


def _indices_of(p: Frame, start: int, end: int) -> set[int]:
    """The indices of the question's words between two offsets of its folded text."""
    at, out = 0, set()
    for i, w in enumerate(p.words):
        at = p.text.find(w, at)
        if start <= at < end:
            out.add(i)
        at += len(w)
    return out


_CLASS_KINDS = frozenset(("group", "class", "category", "division"))
CLASS_SHAPE = re.compile(r"(?:lmp|lmgt|lmgtp|lmgte|gt|gts|gto|gtp|sr|imsa)\d{1,4}[a-z]?|lmp|lmgt|lmgtp|lmgte|gtp|gtx|gt|gts|"
                          r"gto|\d{2,4}cc|motogp|moto\d")


def _first_of_a_make(p: Frame) -> None:
    """ "who was the first mitsubishi", "the first of the porsches": the best placed car of the make, not 1st place
    (that one is asked as "did a porsche finish first")."""
    if p.positions != [1] or not p.makes or p.classes:
        return
    makes = "|".join(re.escape(fold(m).split()[0]) for m, _r in p.makes if fold(m))
    if makes and re.search(rf"\b(?:first|1st)(?: one)?(?: of(?: the| them)?)? (?:placed |finishing |classified )?"
                           rf"(?:{makes})(?:s|es)?\b", p.text):
        p.positions = []


def _link_makes(pw: Pitwall, p: Frame) -> None:
    vocab = pw.make_roles
    linked: set[int] = set()
    for i, w in enumerate(p.words):
        if i in p.used:
            continue
        pair = f"{w} {p.words[i + 1]}" if i + 1 < len(p.words) and i + 1 not in p.used else ""
        pair = pair[:-1] if pair.endswith("s") and pair[:-1] in vocab else pair  # "the red bulls"
        if pair in vocab:  # "red bull", "alfa romeo": a make named in two words
            make, role = vocab[pair]
            last = i + 1
            models = pw.model_words.get(fold(make), {})
            after = p.words[i + 2] if i + 2 < len(p.words) and i + 2 not in p.used else None
            if role == "chassis" and after in models:  # "the alfa romeo t33": that model
                make, last = _model_named(pw, p, i, make, models[after])
            p.makes.append((make, role))
            p.name_at(make, i, last)
            p.used |= set(range(i, last + 1))
            p.make_words |= set(range(i, last + 1))
            linked.add(last)
            continue
        found = vocab.get(w) or (vocab.get(w[:-1]) if w.endswith("s") else None) or \
            (vocab.get(w[:-2]) if w.endswith("es") else None) or _make_slip(pw, vocab, w) or \
            (_make_slip(pw, vocab, w[:-1]) if w.endswith("s") else None)  # "ferarris"
        if not found:
            continue
        make, role = found
        if role == "chassis" and _name_not_make_here(pw, p, w, make):
            continue  # "how far behind Bonnier was Brabham at Zandvoort 1959": Jack Brabham, no Brabham car ran
        model = p.words[i + 1] if i + 1 < len(p.words) and i + 1 not in p.used else None
        models = pw.model_words.get(fold(make), {})
        if w in _STOP and model not in models:
            # a word the questions themselves use ("top speed", "db") is a make only with the model word that
            # follows it in a stored name ("Speed Up"): the make phrase takes no word that is not the car's
            continue
        if role == "model":
            after_make = bool(linked & {i - 1, i - 2})  # "Riley & Scott", "Lister Storm"
            if not after_make and (w in pw.drivers._by_token or w in pw.teams._by_token) and not _make_not_name_here(
                    pw, p, w, make):
                continue  # "Scott" alone is Aaron Scott before it is a Riley & Scott
            role = "chassis"
        near = " ".join(p.words[max(0, i - 2):i + 3])
        if fold(make) in pw.engine_makes and re.search(r"\bengine[sd]?\b|\bpowered\b|\bmotors?\b", near):
            role = "engine"  # "Porsche engines", not Porsche cars
        if i and p.words[i - 1] in _WINNING and p.race is not None and p.race_named and not p.race_candidates[1:] and (
                (won := pw.results.entry_at(p.race.id, 1)) is not None and is_make(won.chassis, won.engine, make, role)):
            p.used.add(i)  # "the winning audi" where an Audi won: the winner, described; a make that did not win stays
            continue
        spec = _engine_spec(pw, p, i, make)
        if spec:  # "a ford 7.0l v8 engine": that engine, never every Ford
            make, role, last = spec
            p.used |= set(range(i + 1, last + 1))
            p.make_words |= set(range(i + 1, last + 1))
        elif found[1] == "model" and model and any(
                _in_order([w, model], fold(c).split()) for cs in pw.chassis_by_make.values() for c in cs):
            p.used.add(i + 1)  # "diablo gtr": the model, with the word after it its stored name has
            p.make_words.add(i + 1)
        elif role == "chassis" and model and (model in models or model.endswith("s") and model[:-1] in models):
            # "the Ferrari 360 Challenge": that model; "the bristol 450s": every 450
            make, last = _model_named(pw, p, i, make, models.get(model) or models[model[:-1]])
            p.used |= set(range(i + 1, last + 1))
            p.make_words |= set(range(i + 1, last + 1))
        if (make, role) not in p.makes:  # "porker check: where did every porsche finish": one make, said twice
            p.makes.append((make, role))
        p.name_at(make, i, i + 1 if make != found[0] else i)
        p.used.add(i)
        p.make_words.add(i)
        linked.add(i)


def _model_named(pw: Pitwall, p: Frame, i: int, make: str, model: str) -> tuple[str, int]:
    """The model named after the make at ``i``, as printed, with the index of its last word: "the Ferrari 360" is
    every 360; "the Ferrari 360 Modena" those whose names begin so; "the Ferrari 360 Challenge" the one stored chassis
    with those words in that order ("Ferrari 360 Modena Challenge"). Words that fit no stored chassis, or several
    only with words left out between ("the porsche 911 turbo"), stay unread; a code joined on that no chassis has
    ("the Lola B2K/50") is left for the question's unknown words, never read as the nearest model."""
    names = [(c, fold(c).split()) for c in pw.chassis_by_make.get(fold(make).split()[0], [])]

    def fits(run: list[str]) -> bool:
        return any(words[:len(run)] == run for _c, words in names) or sum(_in_order(run, words) for _c, words in names) == 1

    last = i + 1
    while last + 1 < len(p.words) and last + 1 not in p.used:
        run = p.words[i:last + 2]
        if not fits(run) and not (run[-1].endswith("s") and fits([*run[:-1], run[-1][:-1]])):  # "the 908/03s"
            break
        last += 1
    after = p.words[last + 1] if last + 1 < len(p.words) else ""
    if after and last + 1 not in p.used and re.search(
            rf"(?i)\b{re.escape(p.words[last])}(?:[/-]|\s[/-](?=\S)|(?<=\S)[/-]\s){re.escape(after)}\b", p.raw):
        p.unparsed.append(f"{p.words[last]}/{after}")
    if last == i + 1:
        return f"{make} {model}", i + 1
    run = p.words[i:last + 1]
    if not fits(run):
        run = [*run[:-1], run[-1][:-1]]  # said in the plural
    begun = [c for c, words in names if words[:len(run)] == run]
    if begun:  # "the Lola B2K/40": as the chassis prints it, up to the last word said
        ends = [m.end() for m in re.finditer(r"[^\s/-]+", begun[0])]
        if len(ends) >= len(run):
            return begun[0][:ends[len(run) - 1]], last
        return (begun[0], last) if len(begun) == 1 else (f"{make} {model}", i + 1)  # printed words fold otherwise
    return next(c for c, words in names if _in_order(run, words)), last  # the one chassis, in full


def _in_order(said: list[str], words: list[str]) -> bool:
    """Whether the words said are the stored name's first word and then others of it, in order."""
    if not said or not words or said[0] != words[0]:
        return False
    rest = iter(words[1:])
    return all(w in rest for w in said[1:])


_KIND_OF_RACE = re.compile(r"\b(grand prix|rally|rallye|superbike|24 hours)\b")
_RACE_NOUNS = frozenset("race races round rounds gp grand series event events meeting".split())
_WINNING = frozenset(("winning", "victorious", "champion", "winner", "winners", "race-winning"))


def _engine_spec(pw: Pitwall, p: Frame, i: int, make: str) -> tuple[str, str, int] | None:
    """The words after a make at ``i`` that spell whole words of a stored engine of that make, one of them a
    size or layout ("7 0l v8" of "Ford 7.0L V8"): the engine named (as printed when one fits), its role, and
    the index of its last word. "a fiat 1-2-3" names no engine."""
    engines = [(e, fold(e).split()[1:]) for e in pw.engines_by_make.get(fold(make).split()[0], [])]
    best: tuple[int, list[str]] | None = None
    # the last word of a run of plain words that begins an engine's name after its make ("nissan aer" of the
    # "Nissan (AER) VQL"), unless the word begins a model of the make's cars
    opening: int | None = None
    is_model = i + 1 < len(p.words) and p.words[i + 1] in pw.model_words.get(fold(make), {})
    for j in range(i + 1, min(len(p.words), i + 5)):
        if j in p.used:
            break
        run = p.words[i + 1:j + 1]
        if re.fullmatch(r"[a-z]*\d+[a-z]*s", run[-1]):
            run = [*run[:-1], run[-1][:-1]]  # "judd v10s": the V10, said in the plural
        fits = [e for e, toks in engines if _in_order(run, toks)]
        if not fits:
            break
        if any(re.search(r"[a-z]", w) and re.search(r"\d", w) for w in run):  # "0l", "v8", "i4"
            best = (j, fits)
        elif not is_model and all(w.isalpha() for w in run) and any(toks[:len(run)] == run for _e, toks in engines):
            opening = j
    if best is None:
        if opening is None or p.race is None:
            return None
        named = f"{make} {' '.join(p.words[i + 1:opening + 1])}"
        # only where the race prints such an engine: a race without engine names gets no count of none
        field = pw.results.race_entries(p.race.id)
        printed = any(is_make(e.chassis, e.engine, named, "engine") for e in field)
        # a race that prints no engine at all is asked about that engine all the same, to be declined as unprinted
        return (named, "engine", opening) if printed or not any(e.engine for e in field) else None
    last, fits = best
    # several engines fit ("ford v8": the 4.7L and the 7.0L): none is named, and the words stay for the rules
    return (fits[0], "engine", last) if len(fits) == 1 else None


def _in_order(words: list[str], printed: list[str]) -> bool:
    """Whether the words are words of the printed name in its order, others between them ("ls1 v8" of "Chevrolet LS1
    5.7L V8")."""
    rest = iter(printed)
    return all(w in rest for w in words)


def _make_not_name_here(pw: Pitwall, p: Frame, word: str, make: str) -> bool:
    """A word of one person's or team's name that is also a model ("Nash" of a Nash car) is the car when
    the race named had such a car and that person or team did not race there."""
    if not p.race_named or p.race is None or p.race_by_year_only:
        return False
    found = [pw.drivers.resolve(word), pw.teams.resolve(word)]
    if any(r.status not in (RESOLVED, "not_found") for r in found):
        return False  # several people of that name: which one is asked, not the car
    if any(_took_part(pw, p, r.match) for r in found if r.status == RESOLVED):
        return False
    return any(is_make(e.chassis, e.engine, make, "chassis") for e in pw.results.race_entries(p.race.id))


def _name_not_make_here(pw: Pitwall, p: Frame, word: str, make: str) -> bool:
    """A make that is also a surname ("Brabham", "McLaren") is the person when the race named had a driver
    of that name and no car of that make."""
    if not p.race_named or p.race is None or p.race_by_year_only:
        return False
    if word in pw.teams._by_token and not any(is_make(e.chassis, e.engine, make, "chassis")
                                              for e in pw.results.race_entries(p.race.id)) and any(
            word in fold(e.team).split() for e in pw.results.race_entries(p.race.id)):
        return True  # "the penske drivers" at Indy 2011: Team Penske ran there, no Penske car did
    if word not in pw.drivers.last_words:
        return False
    person = pw.drivers.resolve(word)
    people = [person.match] if person.status == RESOLVED else [c.record for c in person.candidates]
    if not any(_took_part(pw, p, rec) for rec in people):
        return False
    if not any(is_make(e.chassis, e.engine, make, "chassis") for e in pw.results.race_entries(p.race.id)):
        return True
    # both ran ("fittipaldi" at Buenos Aires 1975: Emerson and Wilson, and Wilson's Fittipaldi car): the person,
    # unless the words say a car ("the fittipaldi", "fittipaldi cars")
    at = p.words.index(word) if word in p.words else -1
    before = p.words[at - 1] if at > 0 else ""
    after = p.words[at + 1] if 0 <= at < len(p.words) - 1 else ""
    return before not in ("the", "a", "an", "both", "two", "any") and after not in (
        "car", "cars", "chassis", "engine", "engines", "entry", "entries")


def _makes_of_subjects(pw: Pitwall, p: Frame) -> None:
    """ "the Balfe Mosler", "the Racing for Holland Dome", "Lammers' Dome": a make named right beside a
    driver or team whose car (in the race named) is of that make describes that subject's car; it is no
    other subject, and of a team's cars it means those of that make."""
    for make, role in list(p.makes):
        if make not in p.named_at:
            continue
        first, last = p.named_at[make]
        for rec in (*p.drivers, *p.teams):
            at = p.named_at.get(rec.name)
            if at is None or not (at[1] + 1 == first or last + 1 == at[0]) or rec.name in p.subject_makes:
                continue
            if rec.kind == "driver" and at[0] == at[1] and at[1] + 1 == first and \
                    fold(rec.name).split()[:1] == [p.words[at[0]]] and len(fold(rec.name).split()) > 1 and \
                    p.words[first] not in fold(rec.name).split():  # "carel de beaufort": the "de" of his own name
                # "how did enzo ferrari do": a given name and a surname, a person not stored, never Enzo Calderari
                p.drivers.remove(rec)
                p.makes.remove((make, role))
                p.unknown.append(f"{p.words[at[0]]} {p.words[first]}")
                break
            of = pw.results.driver_entries if rec.kind == "driver" else pw.results.team_entries
            entries = of(int(rec.id), p.race.id if p.race_named and not p.race_by_year_only else None)
            if any(is_make(e.chassis, e.engine, make, role) for e in entries):
                p.subject_makes[rec.name] = (make, role)
                p.makes.remove((make, role))
                break


def _make_slip(pw: Pitwall, vocab: dict[str, tuple[str, str]], word: str) -> tuple[str, str] | None:
    """ "aprilla", "mclaran", "ferarri": a long word one letter (or two swapped) from exactly one make (not a model's word), the
    same at both ends (so "william" is no slip of Williams), that is no word the rules know and no
    name's word."""
    if len(word) < 6 or not word.isalpha() or word in vocabulary() or word in pw.drivers._by_token or \
            word in pw.teams._by_token:
        return None  # a word of the rules as written (a slip of one, "porshe", may still be a make's)
    near = [k for k, (_m, role) in vocab.items() if role != "model" and len(k) >= 5 and k[0] == word[0]
            and k[-1] == word[-1] and OSA.distance(word, k, score_cutoff=1) <= 1]
    return vocab[near[0]] if len(near) == 1 else None


def _link_tyres(p: Frame) -> None:
    makers = {fold(m): m for m in TYRE_MAKERS.values()}
    for i, w in enumerate(p.words):
        if i not in p.used and w in makers:
            p.tyres.append(makers[w])
            p.used.add(i)


def _link_countries(pw: Pitwall, p: Frame, raw: str) -> None:
    surnames: set[str] | None = None  # read only where a country word is said
    for i, n, gram in list(_ngrams(p, 3)):
        if p.used.intersection(range(i, i + n)):
            continue
        if i + n < len(p.words) and p.words[i + n] in ("gp", "grand") and gram in _COUNTRY_WORDS:
            continue  # "the 2003 belgian gp": a race's name, never the Belgian drivers
        if gram in _COUNTRY_WORDS and surnames is None:
            surnames = _surnames_of_races_named(pw, p)
        if gram in (surnames or ()) and not (i + 1 < len(p.words) and p.words[i + 1] in _PEOPLE_NOUNS) and not (
                i and p.words[i - 1] in ("from", "of")):
            continue  # "and ireland at the 63 gold cup?": Innes Ireland, who drove there, not the Irish
        iso = _COUNTRY_WORDS.get(gram)
        if iso is None and n == 1 and len(gram) == 3 and i + 1 < len(p.words) and p.words[i + 1] in _PEOPLE_NOUNS:
            # "how many gbr drivers": a nation's code, typed in lower case (never a word of the sentence: "car and
            # drivers" names no Andorrans)
            code = country_for_code(gram.upper()) if gram.upper() not in SHOUTED_WORDS else None
            iso = code.iso3 if code else None
        if iso is None and n == 1 and len(gram) >= 6 and i + 1 < len(p.words) and p.words[i + 1] in _PEOPLE_NOUNS and \
                not known_word(gram):
            # "how many belgain drivers": two letters swapped in a nation's word said before its people, not
            # "Belgian Racing", nor a word of its own ("did the morgan finish? drivers?" asks no Finnish drivers)
            near = {c for w, c in _COUNTRY_WORDS.items() if " " not in w and w[0] == gram[0] and
                    OSA.distance(gram, w, score_cutoff=1) <= 1}
            iso = near.pop() if len(near) == 1 else None
        if iso and iso not in p.countries:
            p.countries.append(iso)
            p.used |= set(range(i, i + n))
    for tok in raw.split():
        tok = tok.strip("?,.!:;()")
        if len(tok) == 3 and tok.isupper() and tok not in SHOUTED_WORDS:  # "argentina AND the swiss gp": no Andorra
            c = country_for_code(tok)
            if c and c.iso3 not in p.countries:
                p.countries.append(c.iso3)
                idx = [i for i, w in enumerate(p.words) if w == tok.lower()]
                p.used |= set(idx)


def _surnames_of_races_named(pw: Pitwall, p: Frame) -> set[str]:
    """The last words of the names of the drivers of the races a question names (none where it names none)."""
    if p.race is None or not p.race_named:
        return set()
    return {fold(d).split()[-1] for r in (p.race, *p.other_races) for e in pw.results.race_entries(r.id)
            for d in e.drivers if d.strip()}


def _title_cased(raw: str) -> bool:
    words = [t for t in raw.split() if any(ch.isalpha() for ch in t)]
    return len(words) >= 3 and sum(t[:1].isupper() for t in words) >= 0.8 * len(words)


def _capitalised(raw: str) -> set[str]:
    """Words written in Title Case like a name ("Short", "Will"; not "DNFs" or "GTO"), ignoring a
    sentence's capital unless a name follows it."""
    tokens = [t.strip("?!.,:;()\"'") for t in raw.split()]

    def titled(t: str) -> bool:
        return t[:1].isupper() and not any(ch.isupper() for ch in t[1:].replace("-", " ").split(" ")[0][:2])

    caps = {fold(t) for k, t in enumerate(tokens) if k > 0 and titled(t)}
    if len(tokens) > 1 and titled(tokens[0]) and titled(tokens[1]):
        caps.add(fold(tokens[0]))
    return caps


def _link_exact_names(pw: Pitwall, p: Frame) -> None:
    """Exact multi-word names anywhere, stopwords allowed inside ("Racing for Holland"), and the first three or
    more words of one team's name ("the audi sport japan r8": Audi Sport Japan Team Goh, before "japan" is a
    country and "audi" a make)."""
    prefixes = _team_prefixes(pw)
    for i, n, gram in list(_ngrams(p, 6)):
        if n < 2 or p.used.intersection(range(i, i + n)):
            continue
        for ix, bucket in ((pw.drivers, p.drivers), (pw.teams, p.teams)):
            hits = ix._by_key.get(gram.replace(" ", ""))
            if hits and len({ix.records[h].id for h in hits}) == 1:
                _add(p, bucket, ix.records[hits[0]], (i, i + n - 1))
                p.used |= set(range(i, i + n))
                break
        else:
            team = prefixes.get(gram) if n >= 3 else None
            if team is not None:
                _add(p, p.teams, team, (i, i + n - 1))
                p.used |= set(range(i, i + n))


def _team_prefixes(pw: Pitwall) -> dict[str, NameRecord]:
    """The first three or more words of a team's name that begin no other team's name, once per store."""
    cached = getattr(pw, "_team_prefixes", None)
    if cached is None:
        found: dict[str, NameRecord | None] = {}
        for rec in pw.teams.records:
            words = fold(rec.name).split()
            for k in range(3, len(words)):
                key = " ".join(words[:k])
                found[key] = rec if found.get(key, rec) == rec else None
        cached = pw._team_prefixes = {k: r for k, r in found.items() if r is not None}
    return cached


def _link_names(pw: Pitwall, p: Frame) -> None:
    """Spans between stopwords, resolved as a whole, then by shrinking windows."""
    caps = _capitalised(p.raw)
    # A capitalised question word may be part of a name ("Will Power"), unless the whole question
    # is in Title Case ("How Did Lagorce Do At Dijon"), where capitals tell nothing
    caps_of_names = set() if _title_cased(p.raw) else caps
    spans: list[list[int]] = []
    cur: list[int] = []
    after_comma = _comma_starts(p)
    for i, w in enumerate(p.words):
        if i in after_comma and cur:  # "not michael, ralf": two names, not one
            spans.append(cur)
            cur = []
        keep = i not in p.used and (w not in _STOP or (w in caps_of_names and w not in ("i",)))
        if keep and w in ("said", "says", "say") and w not in caps and i and p.words[i - 1] in _SPEAKERS:
            keep = False  # "someone said 2:14": a word of speech, not Boris Said
        keep = keep and any(ch.isalpha() for ch in w) and not _POSITION_TOKEN.match(w)
        if keep and w in _SPAN_BREAK and w not in caps_of_names:
            # "before siffert": a word of order ends a name's span, yet stays unread for the rules
            p.unparsed.append(w)
            keep = False
        if keep:
            cur.append(i)
        elif cur:
            spans.append(cur)
            cur = []
    if cur:
        spans.append(cur)
    for span in spans:
        if span[0] == 0 and len(span) > 1 and p.words[0] in _STOP:
            # the sentence's capital on a question word ("Did Pescarolo win?") joins a name only
            # when the two make one ("Will Power")
            whole = " ".join(p.words[i] for i in span)
            if pw.drivers.resolve(whole).status != RESOLVED and pw.teams.resolve(whole).status != RESOLVED:
                span = span[1:]
        _resolve_span(pw, p, span, caps)


def _comma_starts(p: Frame) -> set[int]:
    """The indexes of the words that follow a comma in the question as typed."""
    starts, at = set(), 0
    for part in p.raw.split(","):
        at += len(fold(part.replace("#", " #")).split())
        starts.add(at)
    return starts if at == len(p.words) else set()


def _names_denied(p: Frame) -> None:
    """ "where did ralf finish? not michael, ralf": a driver said after "not" beside another is the one not meant."""
    for rec in list(p.drivers):
        at = p.named_at.get(rec.name)
        if at and at[0] > 0 and p.words[at[0] - 1] in ("not", "no") and len(p.drivers) > 1:
            p.drivers.remove(rec)
            p.used |= set(range(at[0] - 1, at[1] + 1))


# "not counting the ncs and dnfs", "excluding dns": status words after a phrase that leaves them out
_LEAVING_OUT = ("not counting", "not including", "excluding", "except for", "except", "apart from", "aside from",
                "besides", "other than", "leaving out", "ignoring")
_STATUS_WORDS = {"dnf": "DNF", "dnfs": "DNF", "retirements": "DNF", "retirees": "DNF", "nc": "NC", "ncs": "NC",
                 "unclassified": "NC", "dns": "DNS", "dnses": "DNS", "non starters": "DNS", "dnq": "DNQ",
                 "dnqs": "DNQ", "non qualifiers": "DNQ", "dsq": "DSQ", "dsqs": "DSQ", "disqualified": "DSQ"}


def _statuses_left_out(p: Frame) -> None:
    """ "how many retired at silverstone 67? not counting the dns": statuses the question leaves out of its cars,
    read here so that no other rule takes them for the status asked."""
    for lead in _LEAVING_OUT:
        n = len(lead.split())
        for i in range(len(p.words) - n):
            if " ".join(p.words[i:i + n]) != lead or i in p.used:
                continue
            j, found, taken = i + n, [], set(range(i, i + n))
            while j < len(p.words):
                w, pair = p.words[j], " ".join(p.words[j:j + 2])
                if w in ("the", "and", "or", "any", "all") and j not in p.used:
                    taken.add(j)
                    j += 1
                elif j + 1 < len(p.words) and pair in _STATUS_WORDS:
                    found.append(_STATUS_WORDS[pair])
                    taken |= {j, j + 1}
                    j += 2
                elif w in _STATUS_WORDS:
                    found.append(_STATUS_WORDS[w])
                    taken.add(j)
                    j += 1
                else:
                    break
            if found:
                p.statuses_left_out.extend(s for s in found if s not in p.statuses_left_out)
                p.used |= taken


def _cars_left_out(p: Frame) -> None:
    """ "did any sr2 car other than #52 get classified?": cars named after words that leave them out are no subjects
    but cars the list or count is without."""
    if not p.cars:
        return
    for lead in _LEAVING_OUT:
        n = len(lead.split())
        for i in range(len(p.words) - n):
            if " ".join(p.words[i:i + n]) != lead:
                continue
            j = i + n
            while j < len(p.words) and (p.words[j] in ("the", "car", "cars", "no", "number", "and", "or") or
                                        p.words[j] in p.cars):
                if p.words[j] in p.cars:
                    p.cars.remove(p.words[j])
                    p.cars_left_out.append(p.words[j])
                    p.used |= set(range(i, j + 1))
                j += 1


def _generations_agree(p: Frame) -> None:
    """ "al unser sr" is not Al Unser, Jr.: a generation said right after a name must be the stored one's (a
    stored "Jr." may go unsaid), or the person is not stored."""
    for rec in list(p.drivers):
        at = p.named_at.get(rec.name)
        if at is None or at[1] + 1 >= len(p.words) or p.words[at[1] + 1] not in GENERATIONS or (
                at[1] + 2 < len(p.words) and p.words[at[1] + 2].isdigit()):
            continue  # "savoldi sr 2 result": the class SR2, said with a space
        said = GENERATIONS[p.words[at[1] + 1]]
        stored = GENERATIONS.get(fold(rec.name).split()[-1])
        p.used.add(at[1] + 1)
        if stored != said and not (said == "sr" and stored is None):  # the elder is mostly stored without "Sr."
            p.drivers.remove(rec)
            p.unknown.append(" ".join(p.words[at[0]:at[1] + 2]))


def _team_words_of_the_car(pw: Pitwall, p: Frame) -> None:
    """ "what car did the tech9 #177 run": a word of the team of the car named by its number (two teams there share
    it) describes that car, and asks nothing else."""
    if not p.cars or p.race is None or p.race_candidates[1:]:
        return
    words = {w for c in p.cars for e in pw.results.car_entries(p.race.id, c) for w in fold(e.team or "").split()
             if len(w) > 2}
    for i, w in enumerate(p.words):
        if i not in p.used and w in words:
            p.used.add(i)
            p.unparsed = [x for x in p.unparsed if x != w]
            p.unknown = [x for x in p.unknown if w not in x.split()]


def _makes_of_the_drivers(pw: Pitwall, p: Frame) -> None:
    """ "ferrari teammates in argentina 75, lauda vs regazzoni": a make every driver named drove in the race describes
    them, and asks nothing else (one that any of them did not drive stays, for the answer to heed)."""
    if not p.makes or len(p.drivers) < 2 or p.teams or p.cars or p.race is None or p.race_candidates[1:]:
        return
    cars = [[e for e in pw.results.driver_entries(int(d.id), p.race.id) if e.race.id == p.race.id] for d in p.drivers]
    if all(cars) and all(has_make(e, m, r) for found in cars for e in found for m, r in p.makes):
        p.makes = []


def _teams_of_the_race(pw: Pitwall, p: Frame) -> None:
    """ "the maranello concessionaires cars" at Oschersleben 2003: Team Maranello Concessionaires of that race, not
    the Maranello Concessionaires of Le Mans 1967 whose name it is exactly."""
    if p.race is None or not p.race_named or p.race_candidates[1:]:
        return
    for unknown in dict.fromkeys([*p.unknown, *p.unparsed] if not p.cars else []):  # "the #3 forsythe car": its number
        # "the pir cars" at Dijon 2002: the word that begins the names of several of that race's teams (PiR
        # Compétition, PiR Bruneau) is every one of them
        if " " in unknown or len(unknown) < 3:
            continue
        begun = {e.team_ids[0]: e.team for e in pw.results.race_entries(p.race.id)
                 if e.team_ids and fold(e.team).split()[:1] == [fold(unknown)]}
        if len(set(begun.values())) >= 2:
            for bucket in (p.unknown, p.unparsed):
                if unknown in bucket:
                    bucket.remove(unknown)
            p.teams.extend(NameRecord(tid, name, "team") for tid, name in begun.items())
            p.used |= {i for i, w in enumerate(p.words) if w == fold(unknown)}
    for i, rec in enumerate(p.teams):
        if _took_part(pw, p, rec) is not False:
            continue
        said = f" {fold(rec.name)} "
        here = {e.team_ids[0]: e.team for e in pw.results.race_entries(p.race.id)
                if e.team_ids and said in f" {fold(e.team)} "}  # the team as the race's results name it
        if len(here) == 1:
            tid, name = next(iter(here.items()))
            p.teams[i] = NameRecord(tid, name, "team")
            if rec.name in p.named_at:
                p.named_at[name] = p.named_at.pop(rec.name)


def _split_into_surnames(pw: Pitwall, words: list[str]) -> list[NameRecord] | None:
    """ "Gabbiani Ortiz": a span that fails whole but whose words are each one person's surname.
    Given names do not count, so an absent "Seiji Lammers" is not Seiji Ara and Jan Lammers."""
    if not 2 <= len(words) <= 4:
        return None
    found = []
    for w in words:
        res = pw.drivers.resolve(w)
        if res.status != RESOLVED:
            return None
        surname = fold(res.match.name).split()[-1]
        if w != surname and not (w not in pw.drivers._by_token and OSA.distance(w, surname) <= allowed_edits(w)):
            return None  # a given name, or a word of another name ("darbyshire/erdos": a slip of Derbyshire counts)
        found.append(res.match)
    return found


_NAME_PARTS = frozenset("racing team motorsport motorsports sport sports engineering competition scuderia autosport "
                        "works equipe ecurie".split())  # words of a team's name, even where the rules use them


def _resolve_span(pw: Pitwall, p: Frame, span: list[int], caps: set[str]) -> None:
    words = [p.words[i] for i in span]
    before = p.words[span[0] - 1] if span[0] else ""  # "were there 2 cooks racing": the number said before the name
    family = _family_named(pw, p, words[-1]) if len(words) <= 2 and words[0] in (words[-1], "two", "both") else \
        _family_named(pw, p, words[0]) if before in ("2", "two", "3", "three", "both", "the") else []
    if len(words) == 2 and words[1] in _FAMILY_WORDS:  # "the brabham brothers": every Brabham of the race
        family = _family_named(pw, p, words[0] + "s")
    if family:  # "where did the andrettis finish?", "the two aoyamas": every driver of that surname in the race
        for rec in family:
            _add(p, p.drivers, rec, (span[-1], span[-1]))
        p.used |= set(span) | ({span[0] - 1} if before in ("2", "two", "3", "three") else set())
        return
    last = words[-1]
    if len(last) > 3 and last.endswith("s") and last[:-1] in pw.drivers._by_token and \
            pw.drivers.resolve(" ".join(words)).status == "not_found" and \
            pw.teams.resolve(" ".join(words)).status == "not_found" and \
            pw.drivers.resolve(" ".join([*words[:-1], last[:-1]])).status == RESOLVED:
        words[-1] = p.words[span[-1]] = last[:-1]  # "seji aras teammate": a possessive written without its apostrophe
    if len(words) > 1 and pw.drivers.resolve(" ".join(words)).status == "not_found" and \
            pw.teams.resolve(" ".join(words)).status == "not_found":
        people = _split_into_surnames(pw, words)
        if people:
            for k, rec in zip(span, people):
                _add(p, p.drivers, rec, (k, k))
            p.used |= set(span)
            return
    for n in range(len(words), 0, -1):
        for start in range(0, len(words) - n + 1):
            idx = span[start:start + n]
            if p.used.intersection(idx):
                continue
            chunk = words[start:start + n]
            if n == 1 and not _single_word_ok(pw, chunk[0]):
                continue
            text = " ".join(chunk)
            # the rest of the span made of the question's own words ("rossi crash out"): the chunk stands whole
            rest = words[:start] + words[start + n:]
            plain = bool(rest) and all(known_word(w) and w not in caps and w not in pw.drivers._by_token
                                       and (w not in pw.teams._by_token or w in _RACE_KIND_WORDS)
                                       for w in rest) and all(  # "2008 canadian gp vettel": "gp" names the race
                w in pw.drivers._by_token or w in pw.teams._by_token for w in chunk)  # a name as stored, no slip
            found = _resolve_chunk(pw, p, text, whole=(n == len(words) or plain), at=(idx[0], idx[-1]))
            if found:
                p.used |= set(idx)
    leftover = [p.words[i] for i in span if i not in p.used]
    p.unparsed.extend(w for w in leftover if len(w) > 2)
    # a question's own words ("listed", "riders", "chart") are no unknown name, unless written as one
    named = [w for w in leftover if not known_word(w) or w in caps or w in _NAME_PARTS]
    if named and _looks_like_a_name(p, named, caps):
        p.unknown.append(" ".join(named))


def _family_named(pw: Pitwall, p: Frame, word: str) -> list[NameRecord]:
    """The drivers a surname said in the plural names, when two or more of the race named bear it."""
    if len(word) < 4 or not word.endswith("s") or word in pw.drivers.last_words or word[:-1] not in \
            pw.drivers.last_words or p.race is None or not p.race_named or p.race_candidates[1:]:
        return []
    found = {rid: NameRecord(rid, name, "driver") for e in pw.results.race_entries(p.race.id)
             for rid, name in zip(e.driver_ids, e.drivers) if fold(name).split()[-1:] == [word[:-1]]}
    return list(found.values()) if len(found) >= 2 else []


def _looks_like_a_name(p: Frame, words: list[str], caps: set[str]) -> bool:
    """Unresolved words are a missing name when the question asks about someone there, or they
    are written like a name (Title Case, not shouting)."""
    if all(w in _STOP or w in GENERIC_RACE_WORDS for w in words):
        # "Who Won The 2003 Race?", "at Algarve International Circuit": question words and the
        # generic words of race and circuit names, no person's name among them
        return False
    text = " ".join(words)
    if text == p.text.strip() and 2 <= len(words) <= 4:
        return True  # the whole question is an unknown name
    for pattern in _PERSON_PATTERNS:
        m = pattern.search(p.text)
        if m and text in m.group("n"):
            return True
    raw_words = {fold(w): w for w in p.raw.split()[1:]}
    titled = [w for w in words if w in caps and not raw_words.get(w, "").isupper() and (len(w) > 2 or w in PARTICLES)]
    return len(titled) == len(words) and (len(words) >= 2 or len(words[0]) >= 4)


def _single_word_ok(pw: Pitwall, word: str) -> bool:
    """A lone word links only if it is a name word exactly, or a one-letter slip of a surname
    ("kristenson") or of a long team word ("pescarollo"). A common word must not become a
    person: "margin" is one letter from Martin, "faster" from Master Motorsport."""
    if len(word) < 3:
        return False
    if word in pw.drivers._by_token:
        return True
    if word in pw.teams._by_token:
        # one word of a team's name that is also a word of the questions ("champion" of ADT Champion
        # Racing) or of a race's title ("indy" of Project Indy) is that word, not the team
        return not (known_word(word) or word in race_lookup(pw).words) or word in pw.teams._by_key
    if len(word) < 6:
        return False
    near_surname = any(d <= 1 and w in pw.drivers.last_words for w, d in pw.drivers.word_matches(word).items())
    near_team = len(word) >= 7 and any(d <= 1 for d in pw.teams.word_matches(word).values())
    return near_surname or near_team


_CAR_CUES = frozenset("car cars team teams entry entries crew squad outfit machine".split())


def _words_not_names(pw: Pitwall, p: Frame) -> None:
    """ "someone on here said it rained": an everyday word written as a word, that is the surname of a driver not
    in the race named (Boris Said), is the word; a driver of that race keeps it ("how did short do")."""
    for rec in list(p.drivers):
        at = p.named_at.get(rec.name)
        if at is None or at[0] != at[1] or not known_as_written(p.words[at[0]]) or p.words[at[0]] in _capitalised(p.raw):
            continue  # ("marquez" is one letter from "marque", and a surname all the same)
        if _took_part(pw, p, rec) is not False:
            continue
        p.drivers.remove(rec)
        p.named_at.pop(rec.name, None)


def _took_part(pw: Pitwall, p: Frame, rec: NameRecord) -> bool | None:
    """Whether a driver or team is in the results of the race named (any of the races the words fit
    equally well); None when no race is named."""
    if p.race is None or not p.race_named or p.race_by_year_only:
        return None
    entries = pw.results.driver_entries if rec.kind == "driver" else pw.results.team_entries
    if len(p.race_candidates) <= 1:
        return bool(entries(int(rec.id), p.race.id))
    ids = {r.id for r in p.race_candidates}
    return any(e.race.id in ids for e in entries(int(rec.id)))


def _add(p: Frame, bucket: list[NameRecord], rec: NameRecord, at: tuple[int, int] | None) -> None:
    """A driver or team the question names, and where it names it."""
    if rec not in bucket:
        bucket.append(rec)
    if at is not None:
        p.name_at(rec.name, *at)


def _resolve_chunk(pw: Pitwall, p: Frame, text: str, whole: bool = True, at: tuple[int, int] | None = None) -> bool:
    # Inside a longer span that did not resolve, only a complete name may link: "Michael" of
    # "Michael Schumacher" must not become Michael Caine.
    d = pw.drivers.resolve(text, allow_partial=whole)
    t = pw.teams.resolve(text, allow_partial=whole)
    generic_team = len(text.split()) == 1 and t.status != RESOLVED
    if p.race is not None and p.race_named and " " not in text and t.candidates and d.status == RESOLVED:
        # "the joest audi at petit": a team of the race named, not a surname of someone who never raced there
        races = [r.id for r in p.race_candidates] or [p.race.id]
        if not any(pw.results.driver_entries(int(d.match.id), rid) for rid in races):
            here = [m.record for m in t.candidates
                    if any(pw.results.team_entries(int(m.record.id), rid) for rid in races)]
            if len(here) == 1 and (t.status != RESOLVED or here[0] == t.match):
                if here[0] not in p.teams:
                    p.teams.append(here[0])
                return True
    said_before = p.words[at[0] - 1] if at is not None and at[0] else ""
    if d.status == RESOLVED and " " not in text and d.candidates and d.candidates[0].rank[0] > 0 and (
            text in pw.teams._by_token or text in pw.drivers._by_token or said_before in ("the", "that", "this", "a", "an")):
        # "sport" is a word of team names, not a slip of Short; "the lister" is a car, not a slip of Hector Lester
        d = Resolution(text, "not_found")
    if d.status == RESOLVED and t.status == RESOLVED and d.match.name != t.match.name:
        # "the pescarolo courage at monza": Henri Pescarolo did not race there, Pescarolo Sport did; the one
        # of the race named is meant
        d_here, t_here = _took_part(pw, p, d.match), _took_part(pw, p, t.match)
        if d_here is not None and d_here != t_here:
            _add(p, *((p.drivers, d.match) if d_here else (p.teams, t.match)), at)
            return True
    if d.status == RESOLVED and (t.status != RESOLVED or d.candidates[0].rank <= t.candidates[0].rank):
        _add(p, p.drivers, d.match, at)
        return True
    # "fittipaldi" of 1975: Emerson or Wilson, not the Fittipaldi car (one of them drove for another team);
    # "the zwaans viper": both van der Zwaans drove for Zwaan's Racing, the team named
    team_crew = {d for e in pw.results.team_entries(int(t.match.id), p.race.id) for d in e.driver_ids} if (
        t.status == RESOLVED and p.race is not None and p.race_named) else set()
    people_here = d.status == AMBIGUOUS and p.race is not None and p.race_named and any(
        _took_part(pw, p, m.record) and int(m.record.id) not in team_crew for m in d.candidates)
    after = p.words[at[1] + 1] if at is not None and at[1] + 1 < len(p.words) else ""
    if d.status == AMBIGUOUS and " " not in text and p.race is not None and p.race_named and sum(
            1 for m in d.candidates if _took_part(pw, p, m.record)) >= 2 and not (
            after in _CAR_CUES or after in pw.make_roles or after in pw.chassis_words):
        people_here = True  # "what place did andretti get?": Marco or John, not Andretti Autosport by default
    if t.status == RESOLVED and not people_here and not (d.status == AMBIGUOUS and d.candidates
                                                         and d.candidates[0].rank[0] < t.candidates[0].rank[0]):
        _add(p, p.teams, t.match, at)
        return True
    if d.status == AMBIGUOUS and p.race is not None and p.race_named:
        # "hamilton in china 2009": of the namesakes, the one who raced there (or in the races the words fit)
        races = [r.id for r in p.race_candidates] or [p.race.id]
        here = [m.record for m in d.candidates
                if any(pw.results.driver_entries(int(m.record.id), rid) for rid in races)]
        if len(here) == 1:
            _add(p, p.drivers, here[0], at)
            return True
    if d.status == AMBIGUOUS:
        here = [m for m in d.candidates if _took_part(pw, p, m.record)]
        one_race = p.race.id if p.race is not None and p.race_named and len(p.race_candidates) <= 1 else None
        if len(here) >= 2:  # the namesakes of the race named, not every one stored
            d = replace(d, candidates=here)
        p.ambiguous.append(pw.unresolved("driver", d, text, one_race if len(here) >= 2 else None))
        return True
    if t.status == AMBIGUOUS and d.status == "not_found" and p.race is not None and p.race_named:
        # "roush cars at the 98 pepsi 400": Roush Racing ran there, Roush Fenway Racing (2007) did not
        here = [m.record for m in t.candidates if _took_part(pw, p, m.record)]
        if len(here) == 1:
            _add(p, p.teams, here[0], at)
            return True
    if t.status == AMBIGUOUS and not generic_team:
        p.ambiguous.append(pw.unresolved("team", t, text))
        return True
    return False


# --------------------------------------------------------------------------------- planning
