"""Whether an answer heeded every condition its question states.

An answer that ignores part of a question answers a nearby question: "how many Canadian drivers
finished in the top 10?" answered with every Canadian, "was the team with the most laps above or
below 250?" answered with that team alone. A fan trusts a plain answer, so a wrong one hurts more
than an honest "I can't combine that": when a question states a condition the answer does not
show it applied, the answer is withheld and the fan told which part was not understood.

The test is what the answer says. Every answer builder restates what it applied ("3 entries had
more than 150 laps", "the American entries in the top 3", "the average of the top 5"), so a
condition the question states and the answer's summary does not echo was not applied:
- a number (a threshold, a place, a count of laps or points, a time): the same number;
- a country (a nationality filter): its name or demonym;
- an aggregate (average, percentage, median): that word;
- "the same ... as": a same/both/yes/no answer;
- "other than", "except", "aside from", "what other": an answer that says it left someone out;
- an order relative to a row ("below S 1.6", "after 8th position"): that relation;
- "how many <people>": a count, not a row or a race.
"""
from __future__ import annotations

import re

from data.answers import ANSWERED, UNSUPPORTED, Answer
from data.article import TYRE_MAKERS
from data.countries import COUNTRIES
from data.folding import fold
from data.ask.helpers import ANY_COUNTRY as _ANY_COUNTRY, NOT_COUNTRY as _NOT_COUNTRY
from data.ask.frame import Frame
from data.ask.helpers import SHOUTED_WORDS, has_make
from data.ask.status import COUNTED_IN
from data.ask.table_ops import NTH_AMONG

NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "twenty": 20}
# a clock time ("7:00:00", "1:28.745"), a number ("150", "6.914", "10th") or a number word ("five")
_TOKEN = re.compile(r"(?<![\w.:+/])(\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?|\d+(?:\.\d+)?(?:st|nd|rd|th)?)(?![\w:]|\.\d)"
                    r"|\b(" + "|".join(NUMBER_WORDS) + r")\b")
_ANY_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_AGGREGATES = (("average", ("average", "mean")), ("percentage", ("percent", "percentage", "%")),
               ("median", ("median",)), ("ratio", ("ratio",)))
_EXCLUDING = re.compile(r"\b(?:other than|except|excluding|aside from|apart from|besides|not counting|not including|"
                        r"(?:what|which|who|any|the|an) other|another|else)\b")
_EXCLUDED_SAID = re.compile(r"\b(?:other|others|besides|except|excluding|apart from|aside from|else|another|"
                            r"not counting|no one|nobody|only)\b")
_ORDER = re.compile(r"\b(below|above|after|before|next|previous|preceding|following|in the middle of|in between)\b"
                    r"(?!\s+(?:an?\s+)?(?:accident|crash|crashing|collision|colliding|contact|spin|spinning|spun|"
                    r"fire|failure|engine|puncture|mechanical|electrical|gearbox|suspension|brakes)\b)"
                    # "retired after an accident", "went out after spinning off": a cause, not an order
                    r"(?!\s+(?:the\s+)?(?:race|end|finish|start|checkered|chequered|flag|it|they|retiring)\b)"
                    r"(?!\s+(?:the\s+)?\d[\d:.,]*\b(?!st|nd|rd|th))")  # "after the 7:00:00 mark", "below 250": a threshold, checked as a number
_ORDER_SAID = re.compile(r"\b(?:below|above|after|before|behind|ahead|next|previous|preceding|following|between|"
                         r"middle|listed|higher|lower)\b")
_PEOPLE = (r"(?:drivers?|riders?|racers?|cars?|teams?|people|competitors?|entrants?|participants?|finishers?|crews?|"
           r"entries|vehicles|bikes?|motorcycles?|men|persons?|constructors?|manufacturers?|nations?|countries|"
           r"nationalities|positions|places|spots)")
_COLUMN_AFTER = re.compile(r"\b(?:how many|number of)\s+(?:more |fewer |less |total |different |combined )?"
                           r"(?:laps?|points?|pts|minutes?|seconds?|hours?|times|places (?:below|above|behind|ahead|"
                           r"lower|higher)|positions (?:below|above|behind|ahead|lower|higher)|spots (?:below|above|"
                           r"behind|ahead|lower|higher)|km|miles|years?|races?|wins?|victories|podiums?|poles?|starts?|"
                           r"seasons?|championships?|titles?)\b")
_COUNTING = r"\b(?:how many|number of|total number(?! of (?:laps|points)))\s+(?:\w+\s+){0,3}?"
_COUNTED = re.compile(rf"{_COUNTING}(?:{_PEOPLE}|times)\b")
_COUNT_WORDS = re.compile(r"\b(?:how many|number of|total number(?! of (?:laps|points)))\s+((?:\w+\s+){0,3}\w+)")
_COUNT_SAID = re.compile(rf"\b\d+ (?:\w+ ){{0,2}}?{_PEOPLE}\b")
_COUNT_KINDS = frozenset(("count", "career", "compare", "yes_no", "most_wins", "races"))
_ARTICLES = frozenset(("the", "a", "an"))
# a condition word, and how an answer that applied it says so
_CONDITION_WORDS = (
    (re.compile(r"\bpodium\b"), re.compile(r"podium|top 3\b|top three|\bp\d+\b|\b\d+(?:st|nd|rd|th)\b")),
    (re.compile(r"\blapped\b|\blaps? (?:down|behind)\b|\bnot on the lead lap\b"),
     re.compile(r"lapped|laps? (?:down|behind)|lead lap|winners? lap|same lap")),
    (re.compile(r"\blead lap\b|\bsame lap as the winner\b"), re.compile(r"lead lap|winners? lap|same lap|laps? (?:down|behind)")),
    (re.compile(r"\bpole\b"), re.compile(r"\bpole|grid")),
    (re.compile(r"\ball (?:the |of the )?laps\b|\bfull (?:race )?distance\b"), re.compile(r"\ball \d+ laps|full distance|lead lap|"
                                                                                  r"winners? lap|every lap")),
    (re.compile(r"\b(?:a|an|one|two|three|five|ten|\d+) (?:minutes?|seconds?|hours?)\b"), re.compile(r"second|minute|hour|\d \d\d")),
    (re.compile(r"(?<!\bnon )(?<!\bnot )(?<!\bwhy did )\b(?:retire[ds]?|retirements?|dnf\w*)\b(?!.*\b(?:why|reason|cause)\b)|"
                r"\b(?:did not|didn t|failed to|fail to) finish\b(?! (?:all |the )?(?:full )?\d+ laps?)"),
     re.compile(r"retir|\bret\b|dnf|did not finish|not classified|stopped|\bout\b|reason")),
    (re.compile(r"\bdisqualified\b|\bdsq\b|\bexcluded\b"), re.compile(r"disqualif|dsq|exclu")),
    (re.compile(r"\b(?:did not|didn t|failed to|not) start\b|\bdns\b|\bnon starters?\b"), re.compile(r"start|dns")),
    (re.compile(r"\b(?:did not|didn t|failed to|not) (?:pre )?qualify\b|\bdnp?q\b"), re.compile(r"qualif|dnp?q")),
)
_REASON_ASKED = re.compile(r"\b(?:because of|due to|caused by|owing to|retired with|out with)\s+(?:an?\s+|the\s+|his\s+|"
                           r"her\s+|their\s+)?(\w+)|\b(\w+)\s+(?:failures?|problems?|trouble|issues?)\b")
_VAGUE_REASONS = frozenset("a an the his her their what which mechanical technical car some any other same".split())
# "why was …", "so why wasnt it classified then": a why asked first, after a word of talk at most
_WHY_FIRST = re.compile(r"(?:(?:so|ok|okay|and|but|then|wait|hmm|right|lol|ah|oh|yeah)\b\W*)*(?:why|how come|"
                        r"what went wrong)\b")
# "the sci car stopped on 96 laps, what broke": the why asked after what the fan says
_WHY_AFTER = re.compile(r"[,.;:!?-]\s*(?:(?:so|ok|and|but)\s+)?(?:why|how come|what went wrong)\b")
WHY_ASKED = re.compile(r"\bwhy (?:did|was|were|wasn ?t|didn ?t)\b|\bwhat (?:was|is) the reason\b|\breason for\b|\bwhat caused\b|\bcause of\b|"
                  r"\bwhat (?:put|took|knocked|forced|ended|made)\b")
_ACRONYM = re.compile(r"(?<![\w'’/-])([A-Z][A-Z0-9]{1,5})s?(?![\w'’/-])")
_STATUS_CODES = frozenset("dnf dnfs dns dnq dnpq dsq nc ret ok tv gp".split())
_MODEL_CODE = re.compile(r"(?=[a-z0-9]*[a-z])(?=[a-z0-9]*\d)(?!\d+(?:st|nd|rd|th|s)$)[a-z0-9]+")  # "r2500s", "gt40"
# a column asked for, and how an answer that gives it shows it
_COLUMNS_ASKED = (
    (re.compile(r"\bhow long (?:did|does|it)\b|\bwhat (?:was|is) (?:the |his |her |their )?(?:(?:finishing|race|"
                r"total|final|winning|overall) ){0,2}time\b(?! (?:difference|gap))|\bwhat time did\b|\bfinishing time\b"),
     re.compile(r"\d+:\d\d|\+\s?\d|\d(?:\.\d+)? ?(?:s|secs?|seconds?|minutes?|hours?)\b|\bno time\b|\d laps? (?:down|"
                r"behind)"), "time"),
    (re.compile(r"\bhow many laps\b"), re.compile(r"\d+ (?:\w+ )?laps?\b|\bno laps?\b|\ba lap\b"), "laps"),
    (re.compile(r"\bhow many (?:seconds|minutes|hours)\b"),
     re.compile(r"\bseconds?\b|\bminutes?\b|\bhours?\b|\d:\d\d|\bno times?\b|\bprint no\b"), "time"),
    (re.compile(r"\bgrid (?:position|slot|spot|place)\b|\bstarting (?:position|spot|place|grid)\b|\bqualif(?:ying|ied) "
                r"(?:position|place|spot)\b|\bwhere did .+ start\b|\bstart(?:ed)? (?:from )?(?:what|which) (?:position|"
                r"place|spot)\b|\bstart(?:ed|s)? (?:last|first|at the back|from the back|at the front|from the front|"
                r"lowest|highest)\b|\b(?:where|what) did .+ qualify\b|\bqualif(?:y|ied) (?:in )?(?:what|which)\b"),
     re.compile(r"\bgrid\b|\bpole\b|\bstart|\bqualif"), "starting position"),
    # "on what lap did the audi set the fastest lap?": a lap number, never the lap time alone
    (re.compile(r"\b(?:on |in )?(?:what|which) lap\b(?! times?\b)"), re.compile(r"\blaps? \d+|\d+ laps?\b|\blap \w+ of\b|"
                                                                   r"\bprint no\b|\bgives? no\b"), "lap number"),
    (re.compile(r"\bhow many points\b"), re.compile(r"\d (?:\w+ )?points?\b|\bno (?:\w+ )?points\b|\bpoints? (?:of|to) \d"),
     "points"),
    # "how far ahead of seton was perkins?": a gap in laps or time, or the article's silence, never "finished higher"
    (re.compile(r"(?:\bhow far (?:ahead|behind|back|in front|clear|off)\b|\bhow big (?:was|is) the (?:gap|margin)\b|\bhow close\b|"
                r"\bby how (?:much|far)\b|\b(?:winning )?margins?\b)(?!.*\b(?:start|started|starting|grid|qualif\w*|"
                r"lined up)\b)"),
     re.compile(r"\d+ (?:\w+ )?laps?\b|\d(?:\.\d+)? ?(?:s|secs?|seconds?|minutes?)\b|\d:\d\d|\+\s?\d|\bprint no\b|"
                r"\bno times?\b|\bshort of\b|\bsame lap\b|\bgives? no\b"), "gap"),
    # "time gap in seconds between the audi and pescarolo": the gap, or the article's silence, never the order alone
    (re.compile(r"\b(?:time )?gap\b(?: in (?:seconds|time|laps))?(?: \w+){0,3} between\b|\bgap (?:to|from)\b|"
                r"\btime difference\b"),
     re.compile(r"\d+ (?:\w+ )?laps?\b|\d(?:\.\d+)? ?(?:s|secs?|seconds?|minutes?)\b|\d:\d\d|\+\s?\d|\bprint no\b|"
                r"\bno times?\b|\bsame (?:lap|number of laps)\b|\bgives? no\b|\bnot the time\b"), "gap"),
    # "what was the winning gap at estoril?": the winners alone answered something else
    (re.compile(r"\b(?:winning|victory) (?:margin|gap)\b|\b(?:margin|gap) (?:of victory|to (?:2nd|second|p2|the runner))\b"),
     re.compile(r"\bahead\b|\bbehind\b|\bgap\b|\bmargin\b|\bby \d|\bprint no\b|\bgives? no\b|\bsame lap\b|"
                r"\d(?:\.\d+)? ?(?:s|secs?|seconds?)\b|\+\s?\d|\d+ laps? (?:down|behind|ahead|clear)"), "margin"),
    # "who set the fastest lap, kristensen or ara?": a reply about the two that names no fastest lap is another answer
    (re.compile(r"\b(?:fastest|quickest) (?:race )?lap\b(?!\s*(?:setter|guy|man|driver|holder)s?\b)"),  # the holder: a car
     re.compile(r"\bfastest\b|\bquickest\b|\blap record\b|\bprint no\b|\bgives? no\b"), "fastest lap"),
    (re.compile(r"\b(?:on )?pole(?: position)?\b(?!\s*-?\s*(?:sitters?|setters?|man|men|guy)\b)"),  # the pole sitter
     re.compile(r"\bpoles?\b|\bgrid 1\b|\b1st on the grid\b|\bgrid\b|\bprint no\b|\bgives? no\b"), "pole"),
    # "what tyres was the audi sport japan r8 running?": a reply naming no tyre answered something else
    (re.compile(r"\b(?:what|which) (?:tyres?|tires?)\b|\b(?:tyres?|tires?) (?:was|were|did|does)\b"),
     re.compile(r"(?i)\btyres?\b|\btires?\b|\bprint no\b|" + "|".join(rf"\b{m}\b" for m in TYRE_MAKERS.values())),
     "tyres"),
)


def _said_numbers(summary: str) -> set[float]:
    return {float(n) for n in _ANY_NUMBER.findall(summary.replace(",", ""))}


def _asked_numbers(p: Frame) -> list[tuple[str, str]]:
    """The numbers a question states as conditions. Not a year, nor part of a name linking found
    (a car number, "Fiat Abarth 124 Rallye", "the 8th Glover Trophy"), nor a number of the race's
    own name ("the Miller Lite 225", "24 Hours"), nor how many examples to name ("name 3 ...")."""
    title = set(fold(f"{p.race.title} {p.race.circuit or ''}").split()) if p.race else set()
    words = p.words
    year = (p.race.date or "")[:4] if p.race else ""
    out: list[tuple[str, str]] = []
    cursor = 0
    for m in _TOKEN.finditer(p.raw.lower()):
        token = m.group(1) or m.group(2)
        head = re.match(r"\d+(?:st|nd|rd|th)?|[a-z]+", token).group(0)  # type: ignore[union-attr]
        at = next((i for i in range(cursor, len(words)) if words[i] == head), None)
        if at is None:
            continue
        cursor = at + 1
        if re.fullmatch(r"(?:19|20)\d\d", token) or (re.fullmatch(r"\d\d", token) and any(
                str(y).endswith(token) for y in (*p.years, year) if y)):
            continue  # a year names the race ("spain 92")
        before = words[at - 1] if at else ""
        after = words[at + 1] if at + 1 < len(words) else ""
        if token in p.cars or at in p.used or (at + 1 in p.used and (at - 1 in p.used or before in _ARTICLES or not before)):
            continue
        if token in title and (before in title or after in title or not _UNIT.fullmatch(after)):
            continue  # "the 2011 indy 500": the race's own number, however its name is shortened
        if words[max(0, at - 3):at] == ["out", "of", "the"] or words[max(0, at - 2):at] == ["out", "of"]:
            continue  # "out of the 43 listed": the size of the field, restated
        if before in ("name", "list", "give", "tell") or (before in ("me", "us") and at > 1 and
                                                          words[at - 2] in ("name", "give", "tell")):
            continue
        unit = after if _UNIT.fullmatch(after) and not re.search(r"(?:st|nd|rd|th)$", token) else ""
        out.append((token, unit))
    return out


_NUMBER_AND_WORDS = re.compile(r"((?:[a-z]+\W+){0,2})(?<![\d.])(\d+(?:\.\d+)?)(?![\d.])((?:\s+[a-z]+){0,2})")
_UNIT = re.compile(r"laps?|points?|pts|seconds?|minutes?|hours?|places?|positions?|spots?")


def _echoes_number(token: str, unit: str, summary: str, said: set[float]) -> bool:
    """Whether the answer says the number asked; "5 points" must show as five points (or places...), not as any 5
    in a list of points."""
    if ":" in token:
        return token in summary or token.lstrip("0") in summary
    digits = re.match(r"\d+(?:\.\d+)?", token)
    value = float(NUMBER_WORDS[token]) if token in NUMBER_WORDS else float(digits.group(0))  # type: ignore[union-attr]
    if value not in said:
        return False
    if not unit:
        return True
    stem = unit[:4]
    for m in _NUMBER_AND_WORDS.finditer(summary):  # "5 points", "5 championship points", "points: 5", "grid 5"
        before, number, after = m.group(1) or "", float(m.group(2)), m.group(3) or ""
        places = ("grid", "position", "place", "p") + (("top", "first", "bottom", "last") if stem in ("posi", "plac", "spot")
                                                       else ())
        if number == value and (any(w.startswith(stem) for w in after.split()) or
                                any(w.startswith(stem) or w in places for w in before.split())):
            return True
    return False


_MAKER_COUNTRY = re.compile(rf"\b(?P<a>{_ANY_COUNTRY})\s*(?:made|built|manufactured)\b|\b(?P<b>{_ANY_COUNTRY})\s+(?:cars?|"
                            r"makes?|manufacturers?|constructors?|marques?|brands?|bikes?|motorcycles?)\b(?! grand prix| gp\b|"
                            r" race)"
                            rf"|\b(?:cars?|makes?|manufacturers?|constructors?|bikes?|motorcycles?)\s+(?:(?:that |which )?"
                            rf"(?:are|were|is|was)\s+)?(?:made |built )?(?:from|in|of)\s+(?:the\s+)?(?P<c>{_ANY_COUNTRY})\b")
_TEAM_COUNTRY = re.compile(rf"\b(?P<a>{_ANY_COUNTRY})\s+(?:teams?|entrants?|outfits?)\b|\b(?:teams?|entrants?)\s+(?:(?:that "
                           rf"|which )?(?:is|are|was|were)\s+)?(?:from |based in |of )?(?:the\s+)?(?P<b>{_ANY_COUNTRY})\b")


def _country_names(code: str) -> set[str]:
    c = COUNTRIES.get(code)
    if c is None:
        return set()
    return {n for n in (fold(c.name), fold(c.demonym), fold(code), *(fold(a) for a in c.aliases)) if n}


_NEGATION = r"\b(?:not|non|without|except|excluding|besides|other than|apart from|aside from)\s+" \
            r"(?:(?:a|an|the|driving|" \
            r"riding|in|on|using|with|from|one|of)\s+){0,2}"


_NATIONALITY_ASKED = re.compile(r"\b(?:what|which) (?:nationality|nation|country|flag)\b|\bnationality of\b|"
                                r"\bwhere (?:was|were|is|are) (?:\w+ ){1,8}from\b|\bwhat flag\b")


def _negated(p: Frame) -> str | None:
    """A make, country, class or team the question names after a negation ("wasn't a Fiat", "non-Honda")."""
    named = [w for m, _r in p.makes for w in fold(m).split() if len(w) > 2]
    named += [w for c in p.countries for n in _country_names(c) for w in n.split()]
    named += [w for c in p.classes for w in fold(c).split() if len(w) > 1]
    named += [w for t in p.teams for w in fold(t.name).split() if len(w) > 3]
    for w in dict.fromkeys(named):
        if re.search(rf"{_NEGATION}{re.escape(w)}", p.text):
            return w
    return None


def unheeded(p: Frame, answer: Answer) -> str | None:
    """The part of the question the answer did not apply (None when it heeded every part)."""
    if answer.status != ANSWERED:
        return None
    if p.other_races and p.race is not None and answer.races:
        # "gordon's points at the 98 pepsi 400 and the 07 aarons 499": an answer about one of them only
        from data.article import meeting_part  # a meeting's race of another class covers it ("valencia 99")
        named = {p.race.id: p.race, **{r.id: r for r in p.other_races}}
        covered = {meeting_part(x.title)[0] or x.title for x in answer.races}
        left = [r.title for r in named.values() if (meeting_part(r.title)[0] or r.title) not in covered]
        if left and len(left) < len(named):
            return f"it answers for one race but not for the {' or the '.join(left)}"
    if p.cars_left_out and not re.search(r"\bnot counting #", answer.summary, re.I):
        return f"“other than {' and '.join(f'#{c}' for c in p.cars_left_out)}”"  # only a list or count leaves them out
    if answer.read_whole:
        return None  # a question read whole (data.ask.table_select) applied every word or was not answered
    own = answer.summary
    for race in {r.title for r in answer.races} | ({p.race.title} if p.race else set()):
        own = own.replace(race, " ")  # "the 1999 Miller Lite 225" echoes no "under 225 laps"
    summary = fold(own)
    padded, tokens = f" {summary} ", summary.split()
    raw_summary = own.lower()
    # a list of cars echoes a number in one car's details ("(…, 19 laps)") without applying it to the list
    listed = re.sub(r"\([^()]*\)", " ", own) if len(answer.entries or answer.focus) >= 2 else own
    for token, unit in _asked_numbers(p):
        shown = listed if unit else own
        if not _echoes_number(token, unit, shown.lower(), _said_numbers(shown)):
            return f"“{token}{' ' + unit if unit else ''}”"
    if p.countries:
        mine = {n for code in p.countries for n in _country_names(code)}
        for pattern, whose in ((_MAKER_COUNTRY, "the country of a car's maker"), (_TEAM_COUNTRY, "a team's country")):
            for m in pattern.finditer(p.text):
                n = next(g for g in m.groupdict().values() if g)
                if n in mine:
                    return f"the results give drivers' nationalities, not {whose} (“{n}”)"
    yes_no = re.match(r"(?:yes|no)\b", summary) is not None  # "did a Courage win?": "No. ... won" answers it
    for code in p.countries if p.subjects < 2 and not yes_no else ():  # "which Canadian finished first: A or B?" describes them
        names = _country_names(code)
        if any(m.group("a") in names for m in _NOT_COUNTRY.finditer(p.text)):
            continue  # "Trulli was not French but what nationality?"
        if names and not any(f" {n} " in padded for n in names):
            return f"“{COUNTRIES[code].name}”"
    free_words = {w for i, w in enumerate(p.words) if i not in p.used}
    for token in _ACRONYM.findall(p.raw):  # "how many GT cars": a class or model named in capitals that nothing took
        t = token.lower()
        if t in free_words and t not in _STATUS_CODES and token not in SHOUTED_WORDS and not re.fullmatch(r"p\d+", t) and f" {t} " not in padded \
                and not (answer.entries and all(t in fold(f"{e.chassis} {e.engine} {e.class_name}").split()
                                                for e in answer.entries)) and t not in (p.race.title.lower().split()
                                                                                               if p.race else ()):
            return f"I don't know “{token}” here"
    make_words = {w for m, _r in p.makes for w in fold(m).split()}
    for i, w in enumerate(p.words[:-1]):
        nxt = p.words[i + 1]
        if w in make_words and i in p.used and i + 1 not in p.used and _MODEL_CODE.fullmatch(nxt):
            code = nxt[:-1] if nxt.endswith("s") and not nxt[-2].isalpha() else nxt  # "rs500s": the RS500
            cars = answer.entries or answer.focus  # (a car's own answer may name it in its summary alone)
            if not (all(code in fold(e.chassis).replace(" ", "") for e in cars) if cars else
                    code in fold(answer.summary).replace(" ", "")):
                return f"no car of the answer is a “{w} {nxt}”"  # "Ford Sierra R2500": not the model stored
    for make, _role in p.makes if not (p.cars or yes_no) else ():  # "the Audi" became its car
        words = [w for w in fold(make).split() if w.isalnum()]
        at = [i for i, w in enumerate(p.words) if w in words and i in p.used]
        if p.subjects and any(j in p.used and p.words[j] not in words for i in at for j in (i - 1, i + 1)):
            continue  # "the Zwaan's Viper", "the Pescarolo Courage": the make describes the subject beside it
        if (p.subjects or p.positions or p.has("winning", "winner", "won")) and 0 < len(answer.entries) <= 2 and any(
                has_make(e, make, _role) for e in answer.entries):
            continue  # "the jaguar that came 2nd", "down on the winning audi": the make describes the car asked of
        if not all(any(t.startswith(w) for t in tokens) for w in words):
            return f"“{make}”"
    whole = fold(answer.text()) if _WHY_FIRST.match(p.text) or _WHY_AFTER.search(p.raw.lower()) else ""
    if whole and not re.search(r"\breason|\bwhy\b|\bbecause\b|\bcause\b", whole) \
            and not any(e.reason and fold(e.reason) in whole for e in answer.entries):
        return "the answer gives no reason"  # "why was the durango nc?": a list of who was NC does not say why
    if _NATIONALITY_ASKED.search(p.text) and not p.countries and not re.search(
            r"\b(?:nationality|nationalities|country|countries|flag|from)\b", summary) and not any(
            re.search(rf"\b{re.escape(fold(c.demonym))}\b|\b{re.escape(fold(c.name))}\b", summary)
            for c in COUNTRIES.values()):
        return "the nationality"  # "what nationality was the 125 winner?": never the winner alone
    if re.search(r"\bwhat (?:engines?|motors?)\b|\bengines? (?:of|did|were|was)\b", p.text) and not re.search(
            r"\bengines?\b|\bmotors?\b|\bpowered\b", summary) and not any(
            e.engine and fold(e.engine) in summary for e in (*answer.entries, *answer.focus)):
        return "the engine"  # "what engine did the top 3 run?": never the cars without their engines
    if p.tyres and not re.search(r"\btyres?\b|\btires?\b", summary) and not any(
            fold(t) in summary for t in p.tyres):
        return f"“{' or '.join(p.tyres)}”"  # "michelin or dunlop on the winning audi?": the tyres, never just the winner
    for word, asked in _AGGREGATES:
        if any(f" {a} " in f" {p.text} " for a in asked if a.isalpha()) and \
                not any(a in raw_summary for a in asked):
            return f"“{word}”"
    if re.search(r"\bdifference\b", p.text) and not re.search(r"difference|behind|ahead|gap|apart|separat|margin|more|"
                                                              r"fewer|less|slower|faster|quicker|^yes|^no\b", summary):
        return "“difference”"
    free = " ".join(w for i, w in enumerate(p.words) if i not in p.used)  # "the most recent race" named a race
    free = COUNTED_IN.sub(" ", free)  # "incl the dnfs": every car counted, none left out
    most = re.search(r"\b(?:the )?(most|fewest|least|highest|lowest|greatest|largest|smallest|maximum|minimum)\b"
                     r"(?! recent)", free)
    if most and not re.search(r"\b(?:most|fewest|least|highest|lowest|greatest|largest|smallest|maximum|minimum|best|"
                              r"worst|top|first|last|only|no|none|nobody|every|all|more|fewer|less|neither|both|"
                              r"yes|difference)\b", summary):
        return f"“{most.group(0)}”"  # "which team had the most drivers in the top 10?" is not the top 10 listed
    if re.search(r"\bsame\b", p.text) and not re.search(r"\b(?:same|both|shared|yes|no|neither)\b", summary):
        return "“the same as”"
    if p.statuses_left_out and not re.search(r"\bnot counting\b", summary, re.I):
        return f"“not counting the {' and '.join(p.statuses_left_out)}”"  # every path must have left them out
    excluding = _EXCLUDING.search(p.text)
    if excluding and excluding.group(0) == "the other" and p.cars and re.search(
            r"#?\d+\)?\s*$|\(\s*#?\d+|,\s*(?:the\s+)?(?:#|no\.?\s*|number\s+)?\d+\s*(?:[,?!-]|$)", p.raw) and \
            all(e.car_number in p.cars for e in answer.entries):
        excluding = None  # "the other gruppe m porsche (176)", "…, the 176,": the car is named by its number
    if excluding and not _EXCLUDED_SAID.search(summary):
        return f"“{excluding.group(0)}”"
    negated = _negated(p)
    if negated and not re.search(r"\b(?:not|non|other|others|except|excluding|besides|apart|no)\b", summary):
        return f"“not {negated}”"  # "the first car home that wasn't a Fiat" is not the first Fiat
    if re.search(r"\b(?:finished|placed|came|ended|ranked|listed|is|was)\s+(?:in\s+)?between\b", free) and not re.search(
            r"\b(?:gap|difference|margin|separat\w*|apart|behind|ahead|how far|how much|how many)\b", p.text) and \
            not re.search(r"\bbetween\b|\bnobody\b|\bno one\b", summary):
        return "“between”"  # "who finished between Moore and Zanardi?" is not which of them was ahead
    if NTH_AMONG.search(p.text) and (p.makes or p.countries or p.teams) and not re.search(
            r"\bbest placed among\b|\bno \w+ among\b|\bplaced \w+ overall\b", summary):
        return "the place among those asked"  # "3rd among the Hondas" is not 3rd overall that is a Honda
    order = _ORDER.search(p.text)
    if order and not _ORDER_SAID.search(summary):
        return f"“{order.group(1)}”"
    shown = set(fold(answer.text()).split()) if p.drivers else set()  # a standings table may name them below the summary
    for rec in p.drivers:  # (a team is often answered by its cars' drivers)
        words = [w for w in fold(rec.name).split() if len(w) > 2]
        if words and not any(w in shown or f"{w}s" in shown for w in words):  # "Lehto's" folds to "lehtos"
            return f"the answer is not about {rec.name}"  # "how far behind Bonnier was Brabham?" told of Bonnier alone
    for asked, shown in _CONDITION_WORDS:  # ("the pole sitter" made a subject is no condition: free words only)
        m = asked.search(free)
        cars = answer.entries or answer.focus
        if m and not shown.search(summary) and not (cars and all(
                e.reason or not e.classified for e in cars) and shown.search("retired")) and not (
                shown.search("retired") and re.search(r"\b(?:why|reason|cause|caused|what made)\b", p.text)):
            return f"“{m.group(0)}”"  # (a retirement shown by its reason, "Kanaan (Fire)", or asked why, is heeded)
    if re.search(r"\bboth\b", p.text) and p.subjects < 2 and not re.search(
            r"\b(?:both|two|2 (?:cars|entries)|each|all|of the (?:2|two))\b", summary):
        return "“both”"  # "which team had both cars in the top 10?" is not the top 10 listed
    reason = _REASON_ASKED.search(p.text)
    if reason and answer.entries is not None:
        word = next(g for g in reason.groups() if g)
        if word not in _VAGUE_REASONS and not any(t.startswith(word[:5]) for t in tokens):
            return f"“{reason.group(0)}”"  # "retired because of engine failure": an answer naming no engine
    if WHY_ASKED.search(p.text) and not re.search(r"reason|stopp|not classified|accident|no reason|disqualif|gives? no|"
                                                r"don t say|because|\bout\b", summary) and not any(
            fold(e.reason) in summary for e in answer.entries if e.reason):
        return "the answer gives no reason"  # "DNF" says that a car stopped, not why
    for asked, shown, what in _COLUMNS_ASKED:
        if asked.search(p.text) and not shown.search(raw_summary):
            return f"the answer gives no {what}"
    make_words = {w for m, _r in p.makes for w in fold(m).split()}
    counting = _COUNTED.search(p.text) or any(any(w.startswith(x) for x in make_words) for m in _COUNT_WORDS.finditer(p.text)
                                              for w in m.group(1).split())
    if counting and not _COLUMN_AFTER.search(p.text) and answer.kind not in _COUNT_KINDS and \
            not _COUNT_SAID.search(summary) and not re.match(r"(?:yes|no)\b|\d+(?!\d|st|nd|rd|th)\b", summary) and not \
            re.search(r"\b(?:least|most|fewest|greatest|highest|lowest|largest|smallest) number of\b", p.text):
        return "“how many”"
    return None


def heeded(p: Frame, answer: Answer) -> Answer:
    """The answer, or a decline naming the part of the question it would have ignored."""
    part = unheeded(p, answer)
    if part is None:
        return answer
    if part.startswith("“"):
        part = f"I don't know how to apply {part} here"
    return Answer(UNSUPPORTED, f"I can't answer that with every part of it applied: {part}, and an answer that "
                  "ignored it would answer a different question.", races=answer.races, kind=answer.kind)
