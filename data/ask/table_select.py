"""Rows of one race's table chosen by every condition a question states, then named, counted,
ranked, grouped or read: "name one team that completed fewer than 160 laps", "which driver has his
grid at 2?", "besides X, who is the other British driver in the top 6?", "which manufacturer was
used by the most riders?", "what were X's winnings?", "which driver had the slowest time?".

The question is read whole. The words linking tied to a driver or team, a make, a country or the
race become tokens (SUBJ, MAKE, CTRY, RACE); each phrase recognised below takes its words and adds
a piece of the query (what is asked, a condition on the rows, how to pick among them). A word left
over that is neither filler nor taken, and a named driver, make or country that no phrase placed,
make the whole question fall through (None): an answer never drops a condition it did not read.
"""
from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from data.answers import ANSWERED, Answer, EntryView, RaceRef, ordinal, plural
from data.countries import COUNTRIES, country_words
from data.folding import fold
from data.ask.helpers import COUNT_WORDS, and_list, bare_reason, laps_down, clock_seconds, entry_who, has_make, missing_column
from data.ask.linking import ORDINAL_WORDS

if TYPE_CHECKING:
    from data.ask.frame import Frame

Pred = Callable[[EntryView], bool]
_COUNTRY_WORDS = country_words()

_NUMBER_WORDS = {**COUNT_WORDS, "single": 1}
_NUM = r"(\d+|" + "|".join(w for w in _NUMBER_WORDS if w != "single") + r")"
_CLOCK_RAW = re.compile(r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?(?![\d:])")

# what a question may ask for, by the noun it names
_NOUNS = {
    "driver": r"drivers?|riders?|racers?|persons?|people|competitors?|players?|names?|man|men|participants?|one",
    "team": r"teams?|entrants?",
    "constructor": r"makes? of (?:car|bike|motorcycle)s?|(?:motorcycle |car |bike )?(?:manufacturers?|manufacture|"
                   r"constructors?|makes?|marques?|brands?)|chassis|cars?|bikes?|motorcycles?|vehicles?|machines?",
    "engine": r"engines?",
    "country": r"country|countries|nations?|nationality|nationalities",
}
_ANY_NOUN = "|".join(f"(?P<{k}>{v})" for k, v in _NOUNS.items())
_PEOPLE = r"(?:drivers?|riders?|racers?|people|persons?|competitors?|participants?|entrants?|teams?|cars?|bikes?|" \
          r"finishers?|entries|men|players?|vehicles?)"
_CMP: tuple[tuple[str, str, Callable[[float, float], bool]], ...] = (
    (r"more than|over|above|greater than|in excess of|upwards of", "more than", lambda a, b: a > b),
    (r"at least|no less than|no fewer than|a minimum of", "at least", lambda a, b: a >= b),
    (r"less than|fewer than|under|below|lower than", "fewer than", lambda a, b: a < b),
    (r"at most|no more than|a maximum of", "at most", lambda a, b: a <= b),
    (r"exactly|only|just", "exactly", lambda a, b: a == b),
)
_CMP_ANY = "|".join(c[0] for c in _CMP)
_BEFORE_WORDS = r"before|ahead of|above|in front of|previous to|prior to|preceding|faster than|quicker than|sooner than"
_AFTER_WORDS = r"after|behind|below|following|next after|slower than"
_EXTREMES = ("most", "fewest", "least", "highest", "lowest", "greatest", "largest", "smallest", "maximum", "minimum")
_NOT_AFTER_EXTREME = "".join(f"(?<!{w} )(?<!{w} the )" for w in _EXTREMES)  # "the least amount of": no count
_GE: Callable[[float, float], bool] = lambda a, b: a >= b
_LE: Callable[[float, float], bool] = lambda a, b: a <= b
_EQ: Callable[[float, float], bool] = lambda a, b: a == b
_VERB = r"(?:with|had|has|have|having|completed|complete|completing|did|do|does|ran|run|running|drove|drive|driven|" \
        r"driving|rode|ride|made|make|scored|score|earned|earn|earning|got|get|received|receive|finished with|" \
        r"went|go|covered|cover|raced|race)"
_FILLER = frozenset("""
a an the of in on at to for is was were are be been being did do does has have had this that these those it its
his her their he she they him them also and what which who whom whose as there here according
race event races chart list table results result classification listed shown given so far s RACE
""".split())
_SAY = {"driver": "driver", "team": "team", "constructor": "make", "engine": "engine", "country": "country",
        "number": "car number"}


_ORDINALS = ORDINAL_WORDS
_ORDINAL = r"\d+(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + "|" + "|".join(w for w in _NUMBER_WORDS if w not in ("zero", "single"))


def _place(word: str) -> int:
    """ "6th", "sixth", "six" -> 6."""
    if word in _ORDINALS:
        return _ORDINALS[word]
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS[word]
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


def _num(word: str) -> float:
    return float(_NUMBER_WORDS[word]) if word in _NUMBER_WORDS else float(word)


def _extra(e: EntryView) -> dict[str, str]:
    if not e.extra:
        return {}
    try:
        data = json.loads(e.extra)
    except ValueError:
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _amount(text: str) -> float | None:
    """ "$251,736" -> 251736.0; "10" -> 10.0; "" -> None."""
    t = text.strip().replace("$", "").replace("€", "").replace("£", "").replace(",", "").strip()
    try:
        return float(t)
    except ValueError:
        return None


def _clock(text: str) -> float | None:
    got = clock_seconds(text)
    return got[0] if got else None


def total_time(e: EntryView, winner: EntryView | None) -> float | None:
    """A car's race time in seconds: its own clock, or the winner's plus its gap; None for a car a lap
    or more down, or with no time."""
    t = e.time.strip()
    if not t or "lap" in t.lower() or not re.match(r"^[+]?\s*\d", t):
        return None
    own = _clock(t)
    if own is None:
        return None
    if not t.startswith("+"):
        return own if re.search(r":|\d\s*[hm]", t) or e.position == 1 else None
    if winner is None or winner is e or not winner.time or winner.time.strip().startswith("+"):
        return None
    base = _clock(winner.time)
    return None if base is None else base + own


def _shown_time(seconds: float) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    sec = f"{s:06.3f}".rstrip("0").rstrip(".") if s % 1 else f"{int(s):02d}"
    return f"{int(h)}:{int(m):02d}:{sec}" if h else f"{int(m)}:{sec}"


@dataclass
class _Column:
    key: str  # "laps", "points", "grid", "number", "time", or "extra:<header>"
    say: str  # how the reply names it

    def value(self, e: EntryView, winner: EntryView | None) -> float | None:
        if self.key == "laps":
            return float(e.laps) if e.laps is not None else None
        if self.key == "points":
            return e.points
        if self.key == "grid":
            return float(e.grid) if e.grid is not None else None
        if self.key == "number":
            return float(e.car_number) if e.car_number.isdigit() else None
        if self.key == "position":
            return float(e.position) if e.position is not None else None
        if self.key == "time":
            return total_time(e, winner)
        cell = _extra(e).get(self.key[6:], "")
        return _amount(cell) if cell else None

    def shown(self, e: EntryView, winner: EntryView | None) -> str:
        if self.key.startswith("extra:"):
            return _extra(e).get(self.key[6:], "") or "none"
        if self.key == "time":
            v = total_time(e, winner)
            return e.time if v is None or not e.time.strip().startswith("+") else f"{_shown_time(v)} ({e.time})"
        v = self.value(e, winner)
        if v is None:
            return "none"
        return {"laps": plural(int(v), "lap"), "points": f"{v:g} point{'s' if v != 1 else ''}",
                "grid": f"grid {v:g}", "number": f"#{e.car_number}", "position": ordinal(int(v))}[self.key]


def extra_header_said(words: list[str], entries: list[EntryView]) -> bool:
    """Whether a question names one of the race's other amount columns ("bonus points", "laps led")."""
    said = set(words)
    return any(set(fold(h).split()) <= said for h in extra_columns(entries))


def extra_columns(entries: list[EntryView]) -> dict[str, str]:
    """The article's other columns whose cells are amounts ("Winnings", "Bonus", "Laps Led"), by header."""
    headers: dict[str, str] = {}
    for e in entries:
        for k, v in _extra(e).items():
            if v and _amount(v) is not None:
                headers.setdefault(k, k)
    return headers


@dataclass
class _Query:
    ask: str | None = None  # driver team constructor engine country number count percent value attribute
    one: bool = False  # "name one ...": the first row that fits is enough
    conds: list[tuple[str, Pred]] = field(default_factory=list)
    scope: list[tuple[str, Pred]] = field(default_factory=list)  # "in the top 10" of a percentage
    pick: str | None = None  # "first" / "last" row listed
    extreme: tuple[str, _Column] | None = None  # ("max"|"min", column)
    group_most: str | None = None  # "entries" / "drivers": the value with the most rows
    having: tuple[str, Callable[[float, float], bool], float, str] | None = None  # distinct noun, op, n, said
    run: bool = False  # the longest run of consecutive rows
    exclude: set[int] = field(default_factory=set)
    subject: list[EntryView] | None = None  # the row whose column is asked
    anchor: EntryView | None = None  # the row others are placed against ("before X")
    before: bool = False
    faster: bool = False  # "faster than X": the rows ahead of X, said as such
    plural: bool = False  # "which drivers ...": every row that fits, not one
    top: int | None = None  # "the top 3 drivers from X": the first rows that fit
    more: bool = True  # "which of two makes had more cars" (or fewer)
    column: _Column | None = None  # the column a "value"/"attribute" question reads
    count_noun: str = ""
    group_noun: str = ""
    total: bool = False  # "how many points did the Renault drivers score in total?": the rows' values summed


@lru_cache(maxsize=2048)
def _rx(pattern: str) -> re.Pattern[str]:
    """Patterns compiled once (the re module's own cache is shared with the whole engine, and smaller)."""
    return re.compile(pattern)


class _Reader:
    """The question as tokens, with the words each recognised phrase took."""

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.text = " ".join(tokens)
        self.starts: list[int] = []
        at = 0
        for t in tokens:
            self.starts.append(at)
            at += len(t) + 1
        self.taken: set[int] = set()

    def _indices(self, start: int, end: int) -> set[int]:
        """The words a span of the text touches."""
        first = max(0, bisect_right(self.starts, start) - 1)
        if first < len(self.tokens) and self.starts[first] + len(self.tokens[first]) <= start:
            first += 1
        return set(range(first, bisect_left(self.starts, end)))

    def take(self, pattern: str) -> list[re.Match[str]]:
        """Every match of ``pattern`` over words not yet taken; their words are taken."""
        found = []
        compiled = _rx(pattern)
        pos = 0
        while (m := compiled.search(self.text, pos)) is not None:
            idx = self._indices(m.start(), m.end())
            if not idx or idx & self.taken:  # a word already read: try the same phrase a word later
                pos = m.start() + 1
                continue
            self.taken |= idx
            found.append(m)
            pos = max(m.end(), m.start() + 1)
        return found

    def token_index(self, m: re.Match[str], group: int | str) -> int:
        return min(self._indices(m.start(group), m.end(group)))

    def left(self) -> list[str]:
        return [t for i, t in enumerate(self.tokens) if i not in self.taken and t not in _FILLER]


# a header's verb as questions say it: "Laps Led" is asked "who led the most laps?", "how many laps did X lead?"
_VERB_FORMS = {"led": ("led", "lead", "leads", "leading")}
# a header as fans say it: "Winnings" is asked as prize money
_HEADER_SAID = {"winnings": ("prize money", "prize", "money", "earnings", "purse", "take home", "took home", "pocket",
                            "pocketed", "payout")}
_BASE_COLUMNS = (("laps", ("laps", "lap")), ("points", ("points", "point", "pts")),
                 ("grid", ("grid position", "grid slot", "grid spot", "starting position", "starting spot",
                           "starting place", "start position", "grid")))


def _columns(entries: list[EntryView]) -> list[tuple[list[str], _Column]]:
    """The columns a question may name, as word sequences: the table's own amounts first ("laps led"
    before "laps"), each header's last word also in the plural."""
    out: list[tuple[list[str], _Column]] = []
    for header in extra_columns(entries):
        hw = fold(header).split()
        if hw and not any(w.isdigit() for w in hw):
            col = _Column(f"extra:{header}", header.lower())
            out.append((hw, col))
            out.append((hw[:-1] + [hw[-1] + "s"], col))
            if hw[-1] not in ("points", "point", "pts"):
                out.append((hw + ["points"], col))  # "bonus points": the Bonus column, not the Points
            out.extend((said.split(), col) for said in _HEADER_SAID.get(" ".join(hw), ()))
    for key, phrases in _BASE_COLUMNS:
        out.extend((ph.split(), _Column(key, key)) for ph in phrases)
    return sorted(out, key=lambda x: -len(x[0]))


def _tokens(p: Frame, subjects: list[list[EntryView]],
            entries: list[EntryView]) -> tuple[list[str], list[float], list[_Column], list[str]] | None:
    """The question's words with linked entities as SUBJ / MAKE / CTRY / RACE tokens (runs collapsed),
    the clock times it states (TIME) and the columns it names (COL); None when a linked entity cannot
    be placed."""
    words = list(p.words)
    kinds: dict[int, str] = {}
    ctry_at: dict[int, str] = {}
    cwords = _COUNTRY_WORDS
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            span = range(i, i + n)
            if any(j not in p.used or j in kinds for j in span):
                continue
            iso = cwords.get(" ".join(words[i:i + n]))
            if iso in p.countries:
                kinds.update({j: "CTRY" for j in span})
                ctry_at[i] = iso
    make_words = {w for m, _r in p.makes for w in fold(m).split()}
    names = [fold(r.name) for r in (*p.drivers, *p.teams)]
    name_words = {w for n in names for w in n.split()}
    countries = list(p.countries)
    for i in sorted(p.used):
        if i in kinds:
            continue
        w = words[i]
        iso = cwords.get(w)
        if iso and iso not in countries and i + 1 < len(words) and i + 1 not in p.used and \
                re.fullmatch(_NOUNS["driver"], words[i + 1]):
            # "the other British driver" at the British Grand Prix: the driver's nationality, not the race's
            kinds[i] = "CTRY"
            ctry_at[i] = iso
            countries.append(iso)
        elif i in p.make_words or w in make_words or w.rstrip("s") in make_words:
            kinds[i] = "MAKE"
        elif w in name_words:
            kinds[i] = "SUBJ"
        else:
            kinds[i] = "RACE"
    times = [m.group(0) for m in _CLOCK_RAW.finditer(p.raw)]
    secs: list[float] = []
    for t in times:
        parts = fold(t).split()
        for i in range(len(words) - len(parts) + 1):
            if words[i:i + len(parts)] == parts and all(j not in kinds for j in range(i, i + len(parts))):
                kinds.update({j: "TIME" for j in range(i, i + len(parts))})
                kinds[i] = "TIME!"
                v = _clock(t.replace(",", "."))
                if v is None:
                    return None
                secs.append(v)
                break
        else:
            return None
    cols: list[_Column] = []
    col_at: dict[int, _Column] = {}
    columns = _columns(entries)
    for phrase, col in columns:
        # "who led the most laps?", "how many laps did X lead?": a two-word header ("Laps Led") said
        # apart or the other way round; the column stands where its noun does
        if len(phrase) != 2 or phrase[1] not in _VERB_FORMS:
            continue
        nouns = [i for i, w in enumerate(words) if i not in kinds and w.rstrip("s") == phrase[0].rstrip("s")]
        verbs = [i for i, w in enumerate(words) if i not in kinds and w in _VERB_FORMS[phrase[1]]]
        pair = next(((a, b) for a in nouns for b in verbs if abs(a - b) <= 4), None)
        if pair:
            kinds[pair[0]], kinds[pair[1]] = "COL!", "COL"
            col_at[pair[0]] = col
    for i in range(len(words)):
        if i in kinds:
            continue
        for phrase, col in columns:
            n = len(phrase)
            if words[i:i + n] == phrase and not any(j in kinds for j in range(i, i + n)):
                kinds.update({j: "COL" for j in range(i, i + n)})
                kinds[i] = "COL!"
                col_at[i] = col
                break
    out: list[str] = []
    for i, w in enumerate(words):
        k = kinds.get(i)
        if k is None:
            out.append(w)
        elif k == "TIME!":
            out.append("TIME")
        elif k == "COL!":
            out.append("COL")
            cols.append(col_at[i])
        elif k in ("TIME", "COL"):
            continue
        elif not out or out[-1] != k or i - 1 not in kinds:
            out.append(k)
    countries = [ctry_at[i] for i in sorted(ctry_at)]
    if out.count("SUBJ") != len(subjects) or out.count("MAKE") != len(p.makes) or \
            out.count("CTRY") != len(countries):
        return None
    return out, secs, cols, countries


def _country_pred(iso: str) -> Pred:
    return lambda e: iso in e.driver_countries


def _make_pred(make: str, role: str) -> Pred:
    return lambda e: has_make(e, make, role)


def _cmp(word: str) -> tuple[str, Callable[[float, float], bool]]:
    for words, said, op in _CMP:
        if re.fullmatch(words, word):
            return said, op
    raise ValueError(word)


_MAKE_SAID = (r"\b(?:(?:drove|drive|drives|driving|rode|ride|rides|riding|used|use|uses|using|raced|race|races|"
              r"racing|had|has|have|in|on|with|(?:(?:with )?(?:equipment|bikes?|cars?|machines?|motorcycles?|"
              r"engines?|chassis) )?(?:manufactured|made|built|supplied) by)"
              r"(?: an?| the)? )?MAKE(?: (?:bikes?|cars?|motorcycles?|machines?|chassis|engines?|equipment))?\b")
_COUNTRY_SAID = (r"\b(?:names|name|named|gives|lists|has|have) CTRY as (?:his|her|their|his her) (?:hometown|home "
                 r"country|home|nationality|country)\b|\b(?:(?:who (?:is|are|was|were) |that (?:is|are|was|were) )?"
                 r"(?:from|of)(?: the)? )?CTRY\b")


def _read(p: Frame, tokens: list[str], times: list[float], cols: list[_Column], countries: list[str],
          subjects: list[list[EntryView]], entries: list[EntryView]) -> _Query | None:
    q = _Query()
    r = _Reader(tokens)
    winner = next((e for e in entries if e.position == 1), None)
    makes = list(p.makes)
    subj = list(subjects)
    placed = {"MAKE": [False] * len(makes), "CTRY": [False] * len(countries), "SUBJ": [False] * len(subj)}

    def nth(kind: str, m: re.Match[str], group: int | str = 0) -> int:
        """Which make / country / subject / column a token of the match is (by its order in the question)."""
        at = r.token_index(m, group)
        return sum(1 for t in tokens[:at] if t == kind)

    def col(m: re.Match[str], group: str) -> _Column:
        return cols[nth("COL", m, group)]

    said_place: EntryView | None = None  # "X finished 8th. who finished next?"

    # -- a column of one named row: "what was X's winnings?", "X led how many laps?", "what is his number?"
    for m in r.take(r"\b(?:what|how much|how many) (?:is|was|were|are|did) (?:SUBJ|his|her|their)(?: car)? "
                    r"(?:(?P<col>COL)|number)\b|\bSUBJ (?P<col2>COL) how many\b|^SUBJ how (?:many|much) (?P<col4>COL)$|"
                    r"^what (?:is|was|were) the "
                    r"(?:(?P<col3>COL)|(?:car )?number) of SUBJ\b|"
                    r"^how (?:many|much) (?P<col5>COL) (?:did|does) SUBJ"
                    r"(?: (?:get|win|earn|make|collect|receive|take))?\b"):
        q.ask = "attribute"
        which = next((g for g in ("col", "col2", "col3", "col4", "col5") if m.group(g)), None)
        q.column = col(m, which) if which else _Column("number", "car number")
    # laps down on the winner, from the laps printed: "finished a lap down", "one lap behind", "on the lead lap"
    for m in r.take(r"\b(?:who |that )?(?:to )?(?:finish |finished |ended |end |were |was |came home |crossed the line )?(?P<n>one|a|two|three|"
                    r"four|five|\d{1,2}) (?:laps?|COL) (?:down|behind)(?: (?:on|to) the winner| the winner)?\b"
                    r"|\b(?:who |that )?(?:finished |were |was )?(?P<lead>on the (?:lead|leading|same) (?:lap|COL))"
                    r"(?: as the winner)?\b"):
        top = next((e for e in entries if e.position == 1), None)
        if top is None or any(laps_down(e, top) is None for e in entries if e.classified):
            return None  # neither laps nor laps down printed for every finisher
        n = 0 if m.group("lead") else COUNT_WORDS.get(m.group("n"), 1 if m.group("n") == "a" else None)
        n = n if n is not None else int(m.group("n"))
        q.conds.append((f"{plural(n, 'lap')} down" if n else "on the lead lap",
                        lambda e, n=n, w=top: laps_down(e, w) == n))
        if "COL" in m.group(0) and sum(1 for t in tokens if t == "COL") == 1:
            cols[:] = [c for c in cols if c.key != "laps"]  # the lap said is the laps down, not the Laps column
    for m in r.take(r"\b(?:the )?most consecutive(?: finishes| times| places| positions| rows| spots)?\b|"
                    r"\bhow many consecutive (?:times|finishes|places|positions)\b"):
        q.run = True
        if m.group(0).startswith("how many"):
            q.ask = "run_length"
    # -- a column of the rows the rest chooses: "how many points did the driver with grid 5 get?", "how long did it
    # take the driver in the sixth position to finish the race?"
    for m in r.take(r"^(?:how many|how much) (?P<col>COL) (?:did|does|do|was|were|has|had)\b|^what (?:was|is|were) the "
                    r"(?P<col2>COL) of\b|^how long did (?:it take )?"):
        if q.ask is not None:
            return None
        q.ask = "value"
        q.column = col(m, "col") if m.group("col") else col(m, "col2") if m.group("col2") else _Column("time", "time")
        r.take(r"\b(?:to )?(?:get|score|earn|receive|have|complete|do|make|run|finish|take|collect)(?: the race"
               r"| this race| in total)?$")
    # two makes by how many cars each had: "who manufactured more, Derbi or Aprilia?"
    for m in r.take(r"^(?:who|which|what make|which make|which manufacturer)(?: (?:manufactured|made|built|supplied|had|"
                    r"fielded|entered|ran))? (?P<dir>more|fewer|less)(?: (?:bikes|cars|motorcycles|machines|entries|"
                    r"riders|drivers))?(?: in the race)? MAKE or MAKE$"):
        q.ask, q.more = "more_of", m.group("dir") == "more"
        placed["MAKE"] = [True] * len(makes)
    # -- what is asked
    if r.take(r"\b(?:what (?:is|was|are|were) )?(?:the )?(?:percent|percentage) of\b"):
        q.ask = "percent"
    def condition(kind: str, k: int) -> None:
        """The make or country a MAKE / CTRY token names, as a condition on the rows."""
        placed[kind][k] = True
        if kind == "MAKE":
            q.conds.append((f"with {makes[k][0]}", _make_pred(*makes[k])))
        else:
            q.conds.append((f"from {_country_name(countries[k])}", _country_pred(countries[k])))

    def adjective(m: re.Match[str]) -> None:
        """ "Honda riders", "Italian drivers": a make or country said before the noun is a condition."""
        if not m.group("adj"):
            return
        kind = m.group("adj").strip()
        condition(kind, nth(kind, m, "adj"))

    for m in r.take(rf"\b(?:how many|{_NOT_AFTER_EXTREME}(?:what (?:is|was|are|were) )?(?:the )?(?:total )?(?:number|amount|count) of)"
                    rf"(?: (?P<adj>MAKE |CTRY )?(?P<noun>{_PEOPLE}))?\b"):
        q.ask, q.count_noun = q.ask or "count", m.group("noun") or ""
        adjective(m)
    for m in r.take(rf"\b(?:what (?:is|was) the names? of|(?:can you )?(?:name|tell me|give me|list)|which|what)"
                    rf"(?: (?P<one>one|a|an|any|some|the))?(?: (?:kind|type|sort) of)? (?P<adj>MAKE |CTRY )?(?:{_ANY_NOUN})\b"):
        kind = next(k for k in _NOUNS if m.group(k))
        q.plural = bool(re.search(r"(?<!chassi)s$|\bpeople$|\bmen$", m.group(kind)))
        adjective(m)
        if q.ask not in (None, "count", "percent"):
            return None
        if q.ask is None:
            q.ask = kind
        q.one = not q.plural and (m.group("one") in ("one", "a", "an", "any", "some") or m.group(0).startswith(
            ("name", "tell", "give")) and m.group("one") is None)  # "name one team", not "name the drivers"
    for m in r.take(r"^(?:which|what) (?P<adj>MAKE )(?!(?:drivers?|riders?|racers?|teams?|cars?|bikes?) )"):
        if q.ask is None:  # "which Dodge had the most points?": the car, named by its driver
            q.ask = "driver"
            adjective(m)
    for m in r.take(rf"^(?:the|a) (?:{_ANY_NOUN}) (?=with |that |which )"):
        q.ask = q.ask or next(k for k in _NOUNS if m.group(k))
    asked_who = False
    if r.take(r"\bwho\b") and q.ask is None:
        q.ask, asked_who = "driver", True
    for m in r.take(r"\bSUBJ (?:came|finished|placed|was|ended)(?: in)?(?: the)? (?P<nth>first|1st|\d+(?:st|nd|rd|th)?)"
                    r"(?: place| position)?\b"):
        k = nth("SUBJ", m)
        said = m.group("nth")
        want = 1 if said == "first" else int(re.match(r"\d+", said).group(0))  # type: ignore[union-attr]
        if not subj[k] or subj[k][0].position != want:
            return None  # "X came in first, ...": read only when it is so
        placed["SUBJ"][k] = True
        said_place = subj[k][0]
    # -- conditions on the rows
    for m in r.take(rf"\b(?:{_VERB} )?(?:a total of |a |an )?(?P<cmp>{_CMP_ANY}) (?:a total of |the )?{_NUM}"
                    rf"(?: or (?:more|less|fewer))? (?P<col>COL)(?: each)?\b"
                    rf"|\b(?:{_VERB} )?(?:a total of |a |an )?(?P<n3>{_NUM[1:-1]})(?: (?P<cmp4>or more|or less|or fewer))? "
                    rf"(?P<col3>COL)(?: (?P<cmp3>or more|or less|or fewer|each))?\b"):
        c = col(m, "col") if m.group("col") else col(m, "col3")
        n = _num(m.group(2) if m.group("cmp") else m.group("n3"))
        tail = m.group("cmp4") or m.group("cmp3")
        if m.group("cmp4") and m.group("cmp3") and m.group("cmp3") != "each":
            return None
        if m.group("cmp"):
            said, op = _cmp(m.group("cmp"))
        elif tail == "or more":
            said, op = "at least", _GE
        elif tail in ("or less", "or fewer"):
            said, op = "at most", _LE
        else:
            said, op = "exactly", _EQ
        q.conds.append((f"{said} {n:g} {c.say}", lambda e, c=c, o=op, v=n: (x := c.value(e, winner)) is not None
                        and o(x, v)))
    for m in r.take(rf"\b(?:with |had |has |have )?(?:(?:his|her|their|the|a) )?(?P<col>COL)(?: at| of| was| is| =| number|"
                    rf" no)? {_NUM}\b"):
        c = col(m, "col")
        n = _num(m.group(2))
        q.conds.append((f"{c.say} {n:g}", lambda e, c=c, v=n: c.value(e, winner) == v))
    for m in r.take(r"\b(?:did not|do not|does not|failed to|fail to) (?:get|earn|receive|score|have|win|make) "
                    r"(?:any |a )?(?P<col>COL)\b|\b(?:earned |had |got |received |scored |with )?(?:no|zero) (?P<col2>COL)"
                    r"\b|\bwithout (?:any |a )?(?P<col3>COL)\b"):
        c = col(m, next(g for g in ("col", "col2", "col3") if m.group(g)))
        if c.key in ("grid", "number"):
            return None
        q.conds.append((f"no {c.say}", lambda e, c=c: not c.value(e, winner)))
    for _m in r.take(r"\b(?:did not|failed to|fail to) (?:complete|do|run|finish|make|cover) (?:a single|one|any) lap\b"):
        q.conds.append(("no laps", lambda e: not e.laps))
    for m in r.take(rf"\b(?:completed|complete|completing|finish|finished|finishing|did|ran|run|covered|cover|do)"
                    rf" (?:all|all of the|the full|the|every one of the) {_NUM} (?P<col>COL)\b"):
        if col(m, "col").key != "laps":
            return None
        n = _num(m.group(1))
        q.conds.append((f"all {n:g} laps", lambda e, v=n: e.laps is not None and e.laps >= v))
    for _m in r.take(r"\b(?:a |the )?(?:total |overall |race |finishing )?time (?:of|was|is) TIME\b|\bin TIME\b"):
        if len(times) != 1:
            return None
        t = times[0]
        q.conds.append((f"a time of {_shown_time(t)}", lambda e, v=t: (x := total_time(e, winner)) is not None
                        and abs(x - v) < 0.05))
    # finishing. A table that tells no finisher from a retirement (every car classified, no reason given)
    # does not say who finished; a classified car that stopped (a reason printed) leaves "finished" open,
    # though "to actually finish" is then a car that ran to the end
    blind = all(e.classified and not e.reason for e in entries)
    for _m in r.take(r"\b(?:to |who |that )?(?:actually|really|truly|officially|properly) (?:finish|finished|complete|"
                     r"completed)(?: the race| this race)?\b"):
        if blind:
            return None
        q.conds.append(("who finished", lambda e: e.classified and not e.reason))
    stopped_classified = blind or any(e.classified and e.reason for e in entries)
    for _m in r.take(r"\b(?:to |who |that )?(?:did not|failed to|fail to|do not|not) (?:finish|complete)"
                     r"(?: the race| this race)?\b(?!\s+(?:all\s+|the\s+)?\d)|\bnon finishers\b"):  # not "did not finish 56 laps"
        if stopped_classified:
            return None  # a classified car that stopped: finished or not, the question does not say
        q.conds.append(("who did not finish", lambda e: not e.classified))
    for _m in r.take(r"\b(?:to |who |that )?(?:finish|finished|complete|completed) (?:the|this) race\b"):
        if stopped_classified:
            return None
        q.conds.append(("who finished", lambda e: e.classified))
    for m in r.take(r"\b(?:who |that )?(?:did not|failed to|fail to|not) (?P<s>qualify|start)\b|\b(?P<s2>dnq|dns)\b"):
        status = {"qualify": "DNQ", "start": "DNS", "dnq": "DNQ", "dns": "DNS"}[m.group("s") or m.group("s2")]
        if not any(e.status == status for e in entries):
            return None
        q.conds.append((f"who did not {'qualify' if status == 'DNQ' else 'start'}",
                        lambda e, s=status: e.status == s))
    _reasons(q, r, tokens, entries)
    # makes: "did not use an Aprilia or a Honda", "that Ferrari was not a constructor for", "rode a Honda"
    for m in r.take(r"\b(?:did not|do not|does not|not) (?:use|drive|ride|race|run|have) (?:an? |the )?MAKE"
                    r"(?: or (?:an? |the )?MAKE)*\b|\bMAKE (?:was|is|were) not (?:the |a |an |their |his |her )?"
                    r"(?:constructor|make|manufacturer|chassis|engine)s?(?: for| of)?\b"):
        k = nth("MAKE", m)
        n = m.group(0).count("MAKE")
        out = makes[k:k + n]
        placed["MAKE"][k:k + n] = [True] * n
        q.conds.append((f"not {' or '.join(mk for mk, _r in out)}",
                        lambda e, o=tuple(out): not any(has_make(e, mk, rl) for mk, rl in o)))
    # countries: "from Canada", "British drivers", "names Canada as his hometown"
    for m in r.take(r"\b(?:who (?:is|are|was|were) |that (?:is|are|was|were) )?(?:not from|non) CTRY\b"):
        k = nth("CTRY", m)
        placed["CTRY"][k] = True
        iso = countries[k]
        q.conds.append((f"not from {_country_name(iso)}", lambda e, c=iso: c not in e.driver_countries))
    # places: "in the sixth position", "earned 4th place", "at position 3"
    for m in r.take(rf"\b(?:(?:finished|placed|came|was|is|were|who is|that is) )?(?:in|at) (?:the )?(?P<o>{_ORDINAL})"
                    rf" (?:position|place|spot)\b|\b(?:in|at) (?:position|pos|place|p) (?P<n>\d+)\b|\b(?:earned|took|"
                    rf"claimed|got|secured|won|take|earn|get|claim|secure) (?:the )?(?P<e>{_ORDINAL}|top) (?:position|place|"
                    rf"spot)\b"):
        said = m.group("o") or m.group("e") or m.group("n")
        at = 1 if said == "top" else _place(said)
        q.conds.append((f"{ordinal(at)} place", lambda e, v=at: e.position == v))
    # "the top 3 drivers from the United States": the first three of those that fit, wherever they placed
    for m in r.take(rf"\b(?:the )?(?:top|first|best) {_NUM} (?P<adj>MAKE |CTRY )?(?:{_NOUNS['driver']}|{_NOUNS['team']}|"
                    rf"finishers|cars|bikes)(?= (?:from|with|in|on|of|who|that|driving|riding)\b)"):
        if q.ask in _NOUNS and q.top is None:
            q.top = int(_num(m.group(1)))
            adjective(m)
        else:
            return None
    # places: "in the top 6", "within the top 13 positions"
    for m in r.take(rf"\b(?:(?:finished|placed|came|ended|were|was|is|are)(?: in)? )?(?:in|within|among|of|inside) "
                    rf"(?:the )?top {_NUM}(?: positions| places| spots| finishers)?\b|\b(?:in )?the top {_NUM}\b"):
        n = int(_num(m.group(1) or m.group(2)))
        (q.scope if q.ask == "percent" else q.conds).append(
            (f"in the top {n}", lambda e, v=n: e.position is not None and e.position <= v))
    # leaving one named row out: "besides X", "other than X"
    for m in r.take(r"\b(?:besides|other than|apart from|aside from|except|except for|excluding|not counting|not "
                    r"including) SUBJ\b"):
        k = nth("SUBJ", m)
        placed["SUBJ"][k] = True
        q.exclude |= {e.id for e in subj[k]}
    # two columns of one row: "which driver has the same number as his/her position?"
    for m in r.take(r"\b(?:has|had|have|with) the same (?P<a>COL|car number|number|finishing position|position|place) as "
                    r"(?:his her|his or her|his|her|their|its) (?P<b>COL|car number|number|finishing position|position|place)\b"):
        pair = [col(m, g) if m.group(g) == "COL" else _Column("number", "car number") if "number" in m.group(g)
                else _Column("position", "position") for g in ("a", "b")]
        if pair[0].key == pair[1].key:
            return None
        q.conds.append((f"{pair[0].say} the same as {pair[1].say}", lambda e, a=pair[0], b=pair[1]:
                        (x := a.value(e, winner)) is not None and x == b.value(e, winner)))
    # -- a row against another: "previous to X", "faster than X", "before pos 15", "X finished 8th. who finished next?"
    for m in r.take(rf"\b(?:(?:finished|placed|came|come|comes|was|is|are|were|listed|ranked|ended)(?: in)? )?(?:just |right "
                    rf"|directly |immediately )?(?P<rel>{_BEFORE_WORDS}|{_AFTER_WORDS}) (?:(?P<s>SUBJ)|(?:pos|position|p|"
                    rf"place) (?P<n>\d+)|(?:the )?(?P<o>\d+)(?:st|nd|rd|th)(?: place| position)?)\b"):
        if q.anchor is not None:
            return None
        q.before = bool(re.fullmatch(_BEFORE_WORDS, m.group("rel")))
        q.faster = m.group("rel").endswith("than")
        if m.group("s"):
            k = nth("SUBJ", m, "s")
            placed["SUBJ"][k] = True
            q.anchor = subj[k][0] if subj[k] else None
        else:
            at = int(m.group("n") or m.group("o"))
            q.anchor = next((e for e in entries if e.position == at), None)
        if q.anchor is None:
            return None
    if said_place is not None:
        r.take(r"\bbut\b")  # "X came in 3rd place, but who came in first?"
        for _m in r.take(r"\b(?:came in|finished|placed|was) (?P<w>first|last)$"):
            q.pick = _m.group("w")
        for _m in r.take(r"\b(?:finished|placed|came|came in|was|is|ended|comes|come) next\b|\bnext\b$"):
            q.anchor, q.before = said_place, False
    # -- how the rows are picked
    for m in r.take(r"\b(?:at )?the (?P<w>top|bottom) of (?:the|this) (?:list|chart|table|results)\b|\b(?:the )?"
                    r"(?P<w2>first|last) (?:one |row |entry |name )?(?:on|in|of) (?:the|this) (?:list|chart|table)\b"):
        q.pick = "first" if (m.group("w") or m.group("w2")) in ("top", "first") else "last"
    for m in r.take(r"\b(?:at|in) the (?P<w>top|bottom)(?= out of\b|$)|\bthe top (?=(?:driver|rider|racer|competitor|"
                    r"finisher|person|one)\b)"):
        q.pick = "first" if m.group("w") in (None, "top") else "last"  # "who is at the top out of the riders?"
    for m in r.take(r"\b(?:occupies|occupied|occupy|took|takes|in|was in|finished in|came in|finished) (?:the )?"
                    r"(?P<w>last|first) (?:place|position|spot)\b"):
        q.pick = "first" if m.group("w") == "first" else "last"
    for m in r.take(r"\bthe (?P<w>last|first) (?P<adj>MAKE |CTRY )?(?P<noun>driver|rider|racer|one|person|car|team|"
                    r"entrant|competitor)\b"):
        q.pick = m.group("w")
        adjective(m)
        if asked_who and m.group("noun") in ("team", "entrant"):
            q.ask = "team"  # "who is the first team on the chart?"
    for m in r.take(rf"\b(?:{_VERB} )?(?:the )?(?P<dir>most|fewest|least|highest|lowest|greatest|largest|smallest|"
                    rf"maximum|minimum) (?:number of |amount of |total )?(?P<col>COL)\b"):
        c = col(m, "col")
        if c.key == "grid":
            return None  # "the highest grid position": the best or the largest number, it depends
        q.extreme = ("max" if m.group("dir") in ("most", "highest", "greatest", "largest", "maximum") else "min", c)
    for m in r.take(r"\b(?:with |had |has |have )?(?:the )?(?P<dir>least|lowest|best|fastest|shortest|quickest|"
                    r"slowest|longest|worst|most|highest) (?:total |overall |race |finishing )?time\b"
                    r"(?: in finishing(?: the race| this race)?)?"):
        fast = m.group("dir") in ("least", "lowest", "best", "fastest", "shortest", "quickest")
        q.extreme = ("min" if fast else "max", _Column("time", "time"))
    for m in r.take(r"\b(?:has|had|have|with|fielded|entered|ran) (?:the )?most (?P<n>drivers|riders|racers|cars|entries|"
                    r"bikes|people|competitors)\b|\b(?:(?:was|were) )?(?:used|driven|ridden|raced|run|fielded) by (?:the )?most "
                    r"(?P<n2>drivers|riders|racers|teams|people|competitors|entrants|cars|entries|bikes)\b|\b(?:the )?most "
                    r"(?P<n3>drivers|riders|racers|competitors|people|entries)\b"):
        noun = m.group("n") or m.group("n2") or m.group("n3")
        q.group_most = "drivers" if noun in ("drivers", "riders", "racers", "people", "competitors") else \
            "teams" if noun in ("teams", "entrants") else "entries"
        q.group_noun = noun
    for m in r.take(rf"\b(?:used|driven|ridden|raced|run|fielded) by (?P<cmp>{_CMP_ANY}) {_NUM} (?:different )?"
                    rf"(?P<n>teams|entrants|drivers|riders|racers|cars|entries)\b"):
        said, op = _cmp(m.group("cmp"))
        q.having = (m.group("n"), op, _num(m.group(2)), f"used by {said} {_num(m.group(2)):g} {m.group('n')}")
    if q.ask == "run_length":  # "how many consecutive times did France place?"
        r.take(r"\b(?:place|placed|finish|finished|appear|appeared|feature|featured)\b")
    # a make or a country said anywhere else: a condition on the rows ("rode a Honda", "from Canada")
    for kind, said in (("MAKE", _MAKE_SAID), ("CTRY", _COUNTRY_SAID)):
        for m in r.take(said):
            k = nth(kind, m)
            if placed[kind][k]:
                return None
            condition(kind, k)
    # connecting words that carry no condition of their own
    # "how many points did Renault score?": a group's points are its total
    q.total = bool(re.search(r"\b(?:in total|altogether|combined|between them|together)\b", r.text) or (
        re.search(r"^how many (?:points|COL)\b(?!.*\beach\b)", r.text) and cols[:1] and cols[0].key == "points"))
    r.take(r"\b(?:his her|his or her|him her|in total|altogether|on the (?:chart|list|table)|according to (?:the|this) "
           r"(?:chart|list|table)|out of the (?:riders|drivers|racers)|in the race|in this race|during the race|"
           r"in (?:the|this) (?:event|competition)|participated|in the RACE|at the RACE|of the RACE)\b")
    if q.exclude:
        r.take(r"\b(?:the )?(?:other|another|else)\b")
    # the noun a question names again after asking ("who was the only driver ...")
    if q.ask in _NOUNS:
        r.take(rf"\b(?:the |a |an )?(?:only |other |one )?(?:{_NOUNS[q.ask]})\b")
    elif q.ask == "value":  # "how many points did the driver ... get?": the row's noun, whichever
        r.take(rf"\b(?:the |a |an )?(?:{_NOUNS['driver']}|{_NOUNS['team']}|cars?|bikes?|entry|entries)\b")
    if q.ask in ("constructor", "engine", "team") and (q.pick or q.conds):
        # "what kind of bike does the person at the top of the list ride?": the rider of the row chosen
        if r.take(r"\b(?:does|did|do) (?:the )?(?:person|driver|rider|racer|competitor|one)\b"):
            r.take(r"\b(?:ride|rides|drive|drives|use|uses|race|races|have|has|run|runs)$")
    # a subject, make or country that no phrase placed, or a word not read: the question is not read whole
    if (placed["CTRY"] or q.ask == "country") and any(len(e.drivers) > 1 for e in entries):
        return None  # a car of drivers from several countries: whose flag the question means is not said
    if q.anchor is not None and q.ask is None:
        if r.take(r"^what\b"):  # "what come before pos 15?": the row there
            q.ask = "driver"
    if q.ask == "value" and len(subj) == 1 and not placed["SUBJ"][0] and not (q.conds or q.pick or q.extreme):
        q.ask = "attribute"  # "how many laps did X lead?": a column of the one row named
        r.take(r"\bSUBJ\b")
    if q.ask == "attribute" and len(subj) == 1:
        placed["SUBJ"] = [True]
    if not all(all(flags) for flags in placed.values()) or r.left() or "TIME" in r.left() or "COL" in r.left():
        return None
    if q.ask == "attribute":
        if q.column is None or len(subj) != 1 or q.conds or q.pick or q.extreme or q.exclude:
            return None
        if q.column.key in ("laps", "points", "grid", "time"):
            return None  # a named driver's laps, points, grid or time: the subject's own answer says it, races and all
        q.subject = subj[0]
    return q


_REASON_CUE = re.compile(r"(?:^| )(?:(?:retired|stopped|went out|dropped out|was out|were out|out) )?(?:had|has|have|"
                         r"suffered|with|due to|because of|from|by|of|retired with)(?: an?| the)? $")
_REASON_TRAIL = re.compile(r"^ (?:listed(?: under (?:their|his|her|the) time)?|failures?|problems?|issues?|trouble)\b")


def _reasons(q: _Query, r: _Reader, tokens: list[str], entries: list[EntryView]) -> None:
    """Why a car stopped, as printed: a reason said whole ("retired because of collision damage"), or
    every word of a reason of two words or more anywhere ("did not have his car ready"), with the
    words that cue it ("had an accident", "engine problems"); a one-word reason needs its cue."""
    reasons = sorted({bare_reason(e.reason) for e in entries if bare_reason(e.reason)},
                     key=lambda x: -len(fold(x).split()))
    for reason in reasons:
        rw = fold(reason).split()
        if not rw:
            continue
        at = next((i for i in range(len(tokens) - len(rw) + 1)
                   if not r.taken & set(range(i, i + len(rw))) and tokens[i:i + len(rw) - 1] == rw[:-1]
                   and tokens[i + len(rw) - 1] in (rw[-1], rw[-1] + "s")), None)
        if at is not None:
            start, end = r.starts[at], r.starts[at + len(rw) - 1] + len(tokens[at + len(rw) - 1])
            cue = _REASON_CUE.search(r.text[:start])
            trail = _REASON_TRAIL.match(r.text[end:])
            if len(rw) == 1 and not (cue or trail):
                continue  # "engine" alone is a column; "engine problems", "had an engine failure" a reason
            taken = set(range(at, at + len(rw)))
            if cue:
                taken |= r._indices(cue.start(), start)
            if trail:
                taken |= r._indices(end, end + trail.end())
            r.taken |= taken
        elif len(rw) >= 2 and all(len(w) > 2 for w in rw):
            free = [i for i, t in enumerate(tokens) if i not in r.taken]
            hit = [next((i for i in free if tokens[i] == w), None) for w in rw]
            if any(h is None for h in hit):
                continue
            r.taken |= {h for h in hit if h is not None}
        else:
            continue
        said = fold(reason)
        q.conds.append((f"“{reason}”", lambda e, x=said: fold(bare_reason(e.reason)) == x))


def _country_name(iso: str) -> str:
    return COUNTRIES[iso].name if iso in COUNTRIES else iso


def _projector(kind: str, entries: list[EntryView]) -> Callable[[EntryView], str] | None:
    """How a row is named for what is asked, or None when the race's table has no such column (a
    Grand Prix table without an engine column names no engine, a rally's no team)."""
    if kind == "team":
        return (lambda e: e.team) if any(e.team for e in entries) else None
    if kind == "constructor":
        return (lambda e: e.chassis) if any(e.chassis for e in entries) else None
    if kind == "engine":
        return (lambda e: e.engine) if any(e.engine for e in entries) else None
    if kind == "country":
        if not any(c for e in entries for c in e.driver_countries):
            return None
        return lambda e: and_list(list(dict.fromkeys(COUNTRIES[c].name for c in e.driver_countries if c in COUNTRIES))) \
            if any(c in COUNTRIES for c in e.driver_countries) else ""
    if kind == "number":
        return lambda e: f"#{e.car_number}" if e.car_number else ""
    return entry_who


def _group_keys(kind: str, entries: list[EntryView]) -> Callable[[EntryView], list[str]] | None:
    """The values a row counts for in a group: each of its drivers' countries, else its one name."""
    if kind == "country":
        if not any(c for e in entries for c in e.driver_countries):
            return None
        return lambda e: list(dict.fromkeys(COUNTRIES[c].name for c in e.driver_countries if c in COUNTRIES))
    proj = _projector(kind, entries)
    if proj is None:
        return None
    return lambda e: [v] if (v := proj(e)) else []


def select_answer(entries: list[EntryView], race: RaceRef, p: Frame,
                  subjects: list[list[EntryView]]) -> Answer | None:
    """The answer of a question read whole as a selection over the race's rows, or None."""
    answer = _selected(entries, race, p, subjects)
    if answer is not None:
        answer.read_whole = True  # every word was taken by a condition or an operation
    return answer


def _selected(entries: list[EntryView], race: RaceRef, p: Frame, subjects: list[list[EntryView]]) -> Answer | None:
    if p.tyres or p.cars or not entries:
        return None
    got = _tokens(p, subjects, entries)
    if got is None:
        return None
    tokens, times, cols, countries = got
    reason_words = {w for e in entries if e.reason for w in fold(e.reason).split()}
    if any(t not in _WORDS and t not in reason_words and not any(ch.isdigit() for ch in t) for t in tokens):
        return None  # a word no phrase here reads: the question cannot be read whole
    q = _read(p, tokens, times, cols, countries, subjects, entries)
    if q is None:
        return None
    winner = next((e for e in entries if e.position == 1), None)
    for c in cols:
        if not any(c.value(e, winner) is not None for e in entries):
            return missing_column(race, c.say)  # "more than 5 points" where no points were printed
    title = race.title

    if q.ask == "attribute" and q.subject and q.column:
        e = q.subject[0]
        if q.column.value(e, winner) is None and not q.column.key.startswith("extra:"):
            return None
        shown = q.column.shown(e, winner)
        if q.column.key.startswith("extra:") or q.column.key == "time":
            shown = f"{q.column.say} {shown}"
        return Answer(ANSWERED, f"{entry_who(e)} ({e.place}): {shown} in the {title}.", races=[race], entries=[e],
                      kind="fact")
    if q.ask is None or q.ask == "attribute":
        return None
    conds = q.conds
    rows = [e for e in entries if e.id not in q.exclude and all(c(e) for _s, c in conds)]
    said = ", ".join(s for s, _c in conds)
    if q.top is not None:
        if q.pick or q.extreme or q.group_most or q.having or q.run or q.anchor or q.ask not in _SAY:
            return None
        rows = [e for e in rows if e.classified][:q.top]
        said = f"the first {q.top}" + (f" {said}" if said else "")
    where = f" ({said})" if said else ""

    if q.anchor is not None:
        return _against(q, entries, race, conds)
    if q.ask == "more_of":
        if len(p.makes) != 2 or conds or q.pick or q.extreme or q.exclude:
            return None
        n = [sum(1 for e in entries if has_make(e, mk, rl)) for mk, rl in p.makes]
        (a, _r1), (b, _r2) = p.makes
        if n[0] == n[1]:
            return Answer(ANSWERED, f"Neither: {plural(n[0], 'car')} each for {a} and {b} in the {title}.",
                          races=[race], kind="fact")
        pick = a if (n[0] > n[1]) == q.more else b
        return Answer(ANSWERED, f"{pick}: {a} {plural(n[0], 'car')}, {b} {plural(n[1], 'car')} in the {title}.",
                      races=[race], kind="fact")
    if q.ask == "value":
        return _values(q, rows, entries, race, where)
    if q.ask == "percent":
        scope = [e for e in entries if all(c(e) for _s, c in q.scope)]
        if not q.scope or not conds or not scope or q.pick or q.extreme or q.group_most or q.run:
            return None
        hit = [e for e in scope if all(c(e) for _s, c in conds)]
        pct = 100 * len(hit) / len(scope)
        return Answer(ANSWERED, f"{pct:g}%: {len(hit)} of the {len(scope)} cars {q.scope[0][0]} ({said}) in the "
                      f"{title}.", races=[race], entries=hit, kind="count")
    if q.scope:
        return None

    if q.ask == "count":
        if q.pick or q.extreme or q.group_most or q.having or q.run or not (conds or q.count_noun):
            return None
        top = max((e.laps or 0) for e in entries)
        if any(s.startswith("exactly") and s.endswith(" laps") and s != f"exactly {top} laps" for s, _c in conds) and \
                not re.search(r"\b(?:on|with|exactly|just) \d+ laps\b", p.text):
            # "how many completed 50 laps?": exactly 50, or at least 50? The same only at the most run ("finished on 127
            # laps", "with 127 laps": exactly)
            return None
        if re.fullmatch(_NOUNS["driver"], q.count_noun) and any(len(e.drivers) > 1 for e in rows):
            people = {d for e in rows for d in e.drivers}
            return Answer(ANSWERED, f"{plural(len(people), 'driver')} ({plural(len(rows), 'car')}){where} in the "
                          f"{title}.", races=[race], entries=rows, kind="count")
        team = _projector("team", entries)
        if q.count_noun in ("team", "teams", "entrant", "entrants") and team is not None:
            teams = {fold(x) for e in rows if (x := team(e))}
            if len(teams) != len(rows):  # a team with two cars there: both counts, said as such
                return Answer(ANSWERED, f"{plural(len(teams), 'team')} ({plural(len(rows), 'car')}){where} in the "
                              f"{title}.", races=[race], entries=rows, kind="count")
        statuses = Counter(e.status for e in rows if not e.classified)
        how = f" ({'; '.join(f'{n} {_STATUS_SAID.get(st, st)}' for st, n in statuses.items())})" \
            if len(statuses) > 1 and any(s == "who did not finish" for s, _c in conds) else ""
        return Answer(ANSWERED, f"{plural(len(rows), *_singular_plural(q.count_noun))}{where}{how} in the {title}.",
                      races=[race], entries=rows, kind="count")

    if q.run:
        return _runs(q, entries, race)
    if q.having:
        return _having(q, rows, race, where)
    kind = q.ask if q.ask in _SAY else None
    proj = _projector(kind, entries) if kind else None
    if kind is None or proj is None:
        return None
    if q.group_most:
        keys = _group_keys(kind, entries)
        if q.pick or q.extreme or kind == "driver" or keys is None:
            return None
        cars: Counter[str] = Counter()
        people: Counter[str] = Counter()
        teams: dict[str, set[str]] = {}
        for e in rows:
            for key in keys(e):
                cars[key] += 1
                people[key] += max(1, len(e.drivers))
                teams.setdefault(key, set()).add(e.team)
        if not cars:
            return None
        if q.group_most == "teams":  # "which chassis was used by the most teams?": teams counted once each
            if kind == "team" or not any(e.team for e in rows):
                return None
            most = max(len(t) for t in teams.values())
            best = [k for k, t in teams.items() if len(t) == most]
            return Answer(ANSWERED, f"{and_list(best)}: {plural(most, 'team')}{where}, the most in the {title}.",
                          races=[race], kind="fact")
        top = max(cars.values())
        best = [k for k, n in cars.items() if n == top]
        if q.group_most == "drivers" and kind != "country" and people != cars:
            # cars of several drivers (or a rally's co-drivers): counted by cars or by people, the same
            # values must come out on top, and both counts are said
            most = max(people.values())
            if sorted(k for k, n in people.items() if n == most) != sorted(best):
                return None
            return Answer(ANSWERED, f"{and_list(best)}: {plural(top, 'car')} ({plural(most, 'driver')}){where}, "
                          f"the most in the {title}.", races=[race], kind="fact")
        unit = plural(top, *_singular_plural(q.group_noun)) if q.group_most == "drivers" else plural(top, "car")
        return Answer(ANSWERED, f"{and_list(best)}: {unit}{where}, the most in the {title}.", races=[race],
                      kind="fact")
    if q.extreme:
        way, col = q.extreme
        valued = [(e, v) for e in rows if (v := col.value(e, winner)) is not None]
        if not valued:
            return None
        if col.key == "time" and way == "max" and any(e.classified and col.value(e, winner) is None for e in rows):
            return None  # a car laps down took longer still, with no time to show for it
        if col.key in ("laps", "points", "grid") and len(valued) < len(rows):
            return None  # "the fewest laps" while some cars' laps are not printed: the table does not say
        if col.key == "points" and way == "min":
            valued = [(e, v) for e, v in valued if v] or valued
        best = (max if way == "max" else min)(v for _e, v in valued)
        hits = [e for e, v in valued if v == best]
        names = list(dict.fromkeys(x for e in hits if (x := proj(e))))
        if kind != "driver" and (col.key in ("laps", "points") or col.key.startswith("extra:")):
            # "which team had the most points?": its best car, or its cars together? Said only when both agree
            totals: Counter[str] = Counter()
            for e, v in valued:
                if (x := proj(e)):
                    totals[x] += v
            edge = (max if way == "max" else min)(totals.values())
            if sorted(k for k, v in totals.items() if v == edge) != sorted(names):
                return None
        word = {"time": "slowest time" if way == "max" else "fastest time"}.get(
            col.key, f"{'most' if way == 'max' else 'fewest'} {col.say}")
        return Answer(ANSWERED, f"{and_list(names)}: the {word}{where} in the {title} "
                      f"({col.shown(hits[0], winner)}).", races=[race], entries=hits, kind="list")
    if not conds and not q.exclude and not q.pick:
        return None  # "which driver?": nothing chosen
    if q.pick:
        if not rows:
            return None
        e = rows[0] if q.pick == "first" else rows[-1]
        value = proj(e)
        if not value:
            return None
        whose = "" if proj is entry_who else f", {entry_who(e)}"
        return Answer(ANSWERED, f"{value}: the {q.pick} {'row' if not conds else 'of those'}{where} in the "
                      f"{title}'s results ({e.place}{whose}).", races=[race], entries=[e], kind="fact")
    if not rows:
        return Answer(ANSWERED, f"Nobody{where} in the {title}.", races=[race], kind="list")
    if q.one:
        e = rows[0]
        whose = "" if proj is entry_who else f"{entry_who(e)}, "
        return Answer(ANSWERED, f"{proj(e)} (for example; {whose}{e.place}){where} in the {title}.",
                      races=[race], entries=[e], kind="fact")
    names = list(dict.fromkeys(x for e in rows if (x := proj(e))))
    return Answer(ANSWERED, f"{and_list(names)}{where} in the {title}.", races=[race], entries=rows, kind="list")


def _values(q: _Query, rows: list[EntryView], entries: list[EntryView], race: RaceRef, where: str) -> Answer | None:
    """A column of the row (or rows) the conditions choose: "how many points did the driver with grid 5 get?"."""
    winner = next((e for e in entries if e.position == 1), None)
    c = q.column
    if c is None or not q.conds or q.group_most or q.having or q.run or q.exclude or q.scope:
        return None
    if q.extreme:
        way, by = q.extreme
        valued = [(e, v) for e in rows if (v := by.value(e, winner)) is not None]
        if not valued:
            return None
        best = (max if way == "max" else min)(v for _e, v in valued)
        rows = [e for e, v in valued if v == best]
    if q.pick and rows:
        rows = [rows[0] if q.pick == "first" else rows[-1]]
    if not rows or len(rows) > 6:
        return None
    said = "; ".join(f"{entry_who(e)} ({e.place}): {c.shown(e, winner)}" for e in rows)
    if q.total and len(rows) > 1 and c.key in ("laps", "points"):
        values = [v for e in rows if (v := c.value(e, winner)) is not None]
        if len(values) < len(rows):
            return None  # a row without the value: no total to give
        return Answer(ANSWERED, f"{sum(values):g} {c.key} in all{where} in the "
                      f"{race.title}: {said}.", races=[race], entries=rows, kind="count")
    return Answer(ANSWERED, f"{said}{where} in the {race.title}.", races=[race], entries=rows, kind="fact")


_STATUS_SAID = {"DNF": "retired", "DNS": "did not start", "DNQ": "did not qualify", "NC": "not classified",
                "DSQ": "disqualified"}


def _singular_plural(noun: str) -> tuple[str, str]:
    """The counted noun as the question said it ("riders"), in both numbers; "entry" when it said none."""
    irregular = {"people": ("person", "people"), "person": ("person", "people"), "men": ("man", "men"),
                 "entries": ("entry", "entries"), "entry": ("entry", "entries")}
    if not noun:
        return "entry", "entries"
    if noun in irregular:
        return irregular[noun]
    one = noun[:-1] if noun.endswith("s") else noun
    return one, one + "s"


def _against(q: _Query, entries: list[EntryView], race: RaceRef, conds: list[tuple[str, Pred]]) -> Answer | None:
    """Rows placed against another in the table's order: the one just before or after it, or how many are."""
    a = q.anchor
    assert a is not None
    k = next((i for i, x in enumerate(entries) if x.id == a.id), None)
    if k is None or q.pick or q.extreme or q.group_most or q.having or q.run or q.exclude:
        return None
    side = entries[:k] if q.before else entries[k + 1:]
    word = ("faster than" if q.before else "slower than") if q.faster else "before" if q.before else "after"
    if q.faster and (not a.classified or not all(e.classified for e in side)):
        return None  # a car that stopped is no yardstick of speed, nor slower than one that finished
    if q.ask == "count":
        rows = [e for e in side if all(c(e) for _s, c in conds)]
        said = ", ".join(s for s, _c in conds)
        return Answer(ANSWERED, f"{len(rows)} {'cars' if len(rows) != 1 else 'car'}{f' ({said})' if said else ''} "
                      f"finished {word} {entry_who(a)} ({a.place}) in the {race.title}.", races=[race], entries=rows,
                      kind="count")
    kind = q.ask if q.ask in _SAY else None
    proj = _projector(kind, entries) if kind else None
    if proj is None or conds or q.faster or not side:
        return None
    if q.plural:  # "which drivers placed before X?": all of them
        names = list(dict.fromkeys(x for e in side if (x := proj(e))))
        return Answer(ANSWERED, f"{and_list(names)}: listed {word} {entry_who(a)} ({a.place}) in the {race.title}.",
                      races=[race], entries=side, kind="list")
    e = side[-1] if q.before else side[0]
    whose = "" if proj is entry_who else f", {entry_who(e)}"
    return Answer(ANSWERED, f"{proj(e)} ({e.place}{whose}) is listed just {word} {entry_who(a)} "
                  f"({a.place}) in the {race.title}.", races=[race], entries=[e], kind="fact")


def _runs(q: _Query, entries: list[EntryView], race: RaceRef) -> Answer | None:
    """Consecutive rows: the longest run of rows that fit the conditions, or of one value of a column."""
    if q.ask == "run_length":
        if not q.conds:
            return None
        best = cur = 0
        for e in entries:
            cur = cur + 1 if all(c(e) for _s, c in q.conds) else 0
            best = max(best, cur)
        said = ", ".join(s for s, _c in q.conds)
        return Answer(ANSWERED, f"{best}: the most consecutive places ({said}) in the {race.title}.", races=[race],
                      kind="count")
    kind = q.ask if q.ask in ("team", "constructor", "engine", "country") else None
    group = _group_keys(kind, entries) if kind else None
    if group is None or q.conds:
        return None
    longest: dict[str, int] = {}
    prev: list[str] = []
    run: dict[str, int] = {}
    for e in entries:
        keys = group(e)
        run = {k: (run.get(k, 0) + 1 if k in prev else 1) for k in keys}
        for k, n in run.items():
            longest[k] = max(longest.get(k, 0), n)
        prev = keys
    if not longest:
        return None
    top = max(longest.values())
    best = [k for k, n in longest.items() if n == top]
    return Answer(ANSWERED, f"{and_list(best)}: {top} consecutive places, the longest run in the {race.title}.",
                  races=[race], kind="fact")


def _having(q: _Query, rows: list[EntryView], race: RaceRef, where: str) -> Answer | None:
    """ "an engine used by at least 3 different teams": values of a column by how many others they go with."""
    kind = q.ask if q.ask in ("team", "constructor", "engine", "country", "driver") else None
    assert q.having is not None
    noun, op, n, said = q.having
    other = "team" if noun in ("teams", "entrants") else "driver" if noun in ("drivers", "riders", "racers") else None
    if kind is None or other is None or kind == other:
        return None
    group = _group_keys(kind, rows)
    named = _projector(other, rows)
    if group is None or named is None or (other == "team" and not any(e.team for e in rows)):
        return None
    seen: dict[str, set[str]] = {}
    for e in rows:
        for key in group(e):
            seen.setdefault(key, set()).add(named(e))
    fits = [k for k, v in seen.items() if op(len(v), n)]
    if not fits:
        return Answer(ANSWERED, f"None was {said}{where} in the {race.title}.", races=[race], kind="list")
    return Answer(ANSWERED, f"{and_list(fits)}: {said}{where} in the {race.title}.", races=[race], kind="list")


def _words_of_this_module() -> frozenset[str]:
    """Every word a phrase here can take (the words of its patterns and filler), and the tokens: a
    question with any other word is declined before any pattern is tried."""
    import ast
    from pathlib import Path
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    words = {w for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
             for w in re.findall(r"[a-z]+", re.sub(r"\\[A-Za-z]", " ", node.value))}  # "\\bbut\\b" is "but"
    words |= {w[:-1] for w in words if w.endswith("s")}  # "drivers?" reads "driver" too
    return frozenset(words | _FILLER | set(_NUMBER_WORDS) | set(_ORDINALS) |
                     {"SUBJ", "MAKE", "CTRY", "RACE", "TIME", "COL"})


_WORDS = _words_of_this_module()
