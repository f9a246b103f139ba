"""Parse a Wikipedia-style race-result article (plain text) into a ``ParsedRace``.

The parser finds table columns by their headers, reads each entry from its one or two pipe
rows, and refuses a damaged article (truncated row, shifted columns, no title) with an
``ArticleError`` naming the file and line, so that nothing wrong is ever stored.
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from datetime import date
from pathlib import Path
from sys import intern

from data.countries import ISO3_BY_CODE
from data.folding import slugify

log = logging.getLogger(__name__)

_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTH_RE = "|".join(m.capitalize() for m in _MONTHS)
_DATE_MDY = re.compile(rf"\b({_MONTH_RE}) (\d{{1,2}}),? (\d{{4}})\b")
_DATE_DMY = re.compile(rf"\b(\d{{1,2}}) ({_MONTH_RE}),? (\d{{4}})\b")
_CHAMPIONSHIP = re.compile(
    r"\b(\d{4}(?:[ –-]\d{2,4})?(?: (?:[A-Z][\w'&.-]*|of|de|and))*? "
    r"(?:Championship|Series|Cup|Trophy|Challenge|Tour))\b")
_CLASSES_UNDER = re.compile(r"^\s*(?:season)?\s*\(running under ([^)]*?) class(?:es)?\)")
_CIRCUIT = re.compile(
    r"\b(?:held|run|ran|took place|running in combination|raced) (?:\w+ )?at (?:the )?"
    r"(?P<circuit>[A-Z0-9][^,.;()]*?)(?=,| and | on | in |\.|;|$)")
# the town after the circuit: "at Exhibition Place in Toronto, Ontario, Canada", "at the Circuit
# Gilles Villeneuve, Montreal, Canada" -- fans name a race by its town more than by its circuit
_PLACE_AFTER = re.compile(r"^(?:,| in) (?P<place>[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*)*"
                          r"(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*){0,2})")
_HELD_IN = re.compile(r"\b(?:held|run|ran|took place|raced)\b[^.]{0,80}?\bin (?P<place>[A-Z][\w'’-]*"
                      r"(?:[ -][A-Z][\w'’-]*)*(?:, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*){0,2})")
_DISTANCE = re.compile(r"\b(?:ran|run|raced|over) (?:a distance of |for )(?P<d>[^.]+?)(?:\.|$)")
_RULE = re.compile(r"(\d{2,3}) ?% of (?:the )?winner", re.I)
_CAR_NUMBER = re.compile(r"^#?\d{1,4}[A-Za-z]?$")
_TIME = re.compile(r"^\d{1,2}:\d{2}(?:[.,]\d{1,3})?$|^\d{1,3}[.,]\d{3}$")
_MARKUP = re.compile(r"'''|''|\*\*|\[\[(?:[^|\]]*\|)?|\]\]|\[(?:\d+|[a-z]|note \d+|citation needed)\]")

# A position cell is a number or one of these words; the value is how we store the status.
STATUS_WORDS = {
    "NC": "NC", "NOT CLASSIFIED": "NC", "DNF": "DNF", "RET": "DNF", "RETIRED": "DNF",
    "DSQ": "DSQ", "DQ": "DSQ", "EX": "DSQ", "EXC": "DSQ", "DNS": "DNS", "DNQ": "DNQ",
    "DNP": "DNS", "WD": "DNS", "NS": "DNS", "DNA": "DNS", "DNPQ": "DNQ", "EXCL": "DSQ", "UNC": "NC", "NCL": "NC",
    "WTH": "DNS", "WITHDRAWN": "DNS",
}
CLASSIFIED = "classified"

_HEADER_ALIASES = {
    "pos": "pos", "position": "pos", "pos.": "pos", "place": "pos", "fin": "pos", "finish": "pos",
    "class": "class", "cl": "class", "cls": "class", "category": "class",
    "no": "number", "no.": "number", "#": "number", "number": "number", "car no": "number",
    "car no.": "number", "num": "number", "car": "number",
    "team": "team", "entrant": "team", "team/entrant": "team",
    "drivers": "drivers", "driver": "drivers", "driver(s)": "drivers", "drivers(s)": "drivers",
    "chassis": "chassis", "vehicle": "chassis", "car model": "chassis", "model": "chassis",
    "tyre": "tyre", "tyres": "tyre", "tire": "tyre", "tires": "tyre", "tyre supplier": "tyre",
    "laps": "laps", "lap": "laps",
    "engine": "engine",
    "time/retired": "time", "time": "time", "retired": "time", "gap": "time", "reason": "time",
    "time/reason": "time",
    "grid": "grid", "points": "points", "pts": "points",
}
_REQUIRED_COLUMNS = ("pos", "number", "drivers", "laps")
TYRE_MAKERS = {"M": "Michelin", "D": "Dunlop", "P": "Pirelli", "G": "Goodyear", "Y": "Yokohama",
               "B": "Bridgestone", "K": "Kumho", "H": "Hoosier", "A": "Avon", "F": "Falken",
               "T": "Toyo"}


class ArticleError(ValueError):
    """An article that cannot be stored faithfully; names the file and the line."""

    def __init__(self, path: str, line: int, message: str) -> None:
        super().__init__(f"{path}:{line}: {message}")
        self.path, self.line, self.reason = path, line, message

    def __reduce__(self) -> tuple:  # parser processes send refusals back: rebuild from the parts
        return ArticleError, (self.path, self.line, self.reason)


@dataclass
class Person:
    """A driver or team as printed: name, the code before it, and the country it stands for."""

    name: str
    code: str | None = None
    country: str | None = None


@dataclass
class ParsedEntry:
    line: int
    position_text: str
    position: int | None
    status: str
    class_name: str
    car_number: str
    teams: list[Person]
    drivers_text: str
    drivers: list[Person]
    drivers_coded: bool
    chassis: str
    engine: str
    tyre: str
    laps: int | None
    time: str = ""
    class_position: int | None = None
    uncertain_split: bool = False
    grid: int | None = None
    points: float | None = None
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class Statistic:
    kind: str
    label: str
    value: str
    car_number: str | None = None
    team: str | None = None


# The layout of ``ParsedRace.rows``: the entry's columns (``RAW_COLUMNS``: the entries table's,
# plus the engine's make for the equipment table), then the drivers and teams as (name, code,
# country) tuples, whether the drivers' split is uncertain, and the line. Drivers are None when
# the cell printed no codes: ingest splits those with every name the call knows.
# ``extra`` holds the columns the store has no field for, as JSON ({"Laps Led": "12"}), or None.
RAW_COLUMNS = ("row", "position_text", "position", "class_position", "status", "class_name", "car_number",
               "team", "chassis", "engine", "engine_make", "tyre", "laps", "time", "grid", "points", "extra",
               "drivers_text")
(RAW_ROW, RAW_POSITION_TEXT, RAW_POSITION, RAW_CLASS_POSITION, RAW_STATUS, RAW_CLASS, RAW_NUMBER, RAW_TEAM,
 RAW_CHASSIS, RAW_ENGINE, RAW_ENGINE_MAKE, RAW_TYRE, RAW_LAPS, RAW_TIME, RAW_GRID, RAW_POINTS, RAW_EXTRA,
 RAW_DRIVERS_TEXT, RAW_DRIVERS, RAW_TEAMS, RAW_UNCERTAIN, RAW_LINE) = range(22)


@dataclass
class ParsedRace:
    path: str
    source_hash: str
    title: str
    slug: str
    intro: str
    date: str | None
    date_text: str | None
    circuit: str | None
    championships: list[str]
    class_championships: dict[str, str]
    distance: str | None
    classification_rule: str | None
    # One tuple per entry, in the RAW_* layout below: what ingest reads, without building objects
    rows: list[tuple] = field(default_factory=list)
    statistics: list[Statistic] = field(default_factory=list)
    source_form: str = "text"  # "text", "wikitext", "html" or "fetched" (wikitext from the MediaWiki API)
    skipped: list[str] = field(default_factory=list)  # tables of the page that are not this race's results
    location: str | None = None  # the town (and region, country) where the circuit is, as printed

    @cached_property
    def entries(self) -> list[ParsedEntry]:
        return [ParsedEntry(
            line=r[RAW_LINE], position_text=r[RAW_POSITION_TEXT], position=r[RAW_POSITION], status=r[RAW_STATUS],
            class_name=r[RAW_CLASS], car_number=r[RAW_NUMBER], teams=[Person(*t) for t in r[RAW_TEAMS]],
            drivers_text=r[RAW_DRIVERS_TEXT], drivers=[Person(*d) for d in r[RAW_DRIVERS] or ()],
            drivers_coded=r[RAW_DRIVERS] is not None, chassis=r[RAW_CHASSIS], engine=r[RAW_ENGINE], tyre=r[RAW_TYRE],
            laps=r[RAW_LAPS], time=r[RAW_TIME], class_position=r[RAW_CLASS_POSITION],
            uncertain_split=r[RAW_UNCERTAIN], grid=r[RAW_GRID], points=r[RAW_POINTS],
            extra=json.loads(r[RAW_EXTRA]) if r[RAW_EXTRA] else {}) for r in self.rows]

    @property
    def classes(self) -> list[str]:
        return list(dict.fromkeys(r[RAW_CLASS] for r in self.rows))

    def stat(self, kind: str) -> Statistic | None:
        return next((s for s in self.statistics if s.kind == kind), None)


def _clean(cell: str) -> str:
    if "{{" in cell:
        cell = _TEMPLATE.sub(_template_text, cell)
    if "'" in cell or "*" in cell or "[" in cell:
        cell = _MARKUP.sub("", cell)
    if "  " in cell or "\t" in cell:
        return " ".join(cell.split())
    return cell.strip()


_WIKILINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")


_TEMPLATE = re.compile(r"\{\{\s*([^{}|]*?)\s*(?:\|([^{}]*))?\}\}")
_FLAG_TEMPLATES = frozenset(("flagicon", "flag", "flagcountry", "flagathlete", "flagu"))


def _template_text(m: re.Match) -> str:
    """{{M}} -> M (a tyre maker's letter), {{flagicon|GBR}} -> GBR (a code), {{x|a|b}} -> b."""
    name, params = m.group(1), m.group(2)
    if params is None:
        return name
    args = [a.strip() for a in params.split("|") if "=" not in a]
    if not args:
        return ""
    return args[0] if name.strip().lower() in _FLAG_TEMPLATES else args[-1]


_HTML = re.compile(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>|<br\s*/?>|</?[a-zA-Z][^>]*>|&nbsp;|&amp;", re.I)


def _html_text(m: re.Match) -> str:
    tag = m.group(0).lower()
    return "&" if tag == "&amp;" else " " if tag.startswith(("<br", "&nbsp")) else ""


def _unlink(line: str) -> str:
    """[[Target|Label]] -> Label and {{template|...}} -> its text, so that neither's pipe is
    taken for a cell border; HTML left in a copied article goes too (<br> is a space, so the
    names it separated split at their codes, or by the name splitter)."""
    if "{{" in line:
        line = _TEMPLATE.sub(_template_text, line)
    if "<" in line or "&" in line:
        line = _HTML.sub(_html_text, line)
    return _WIKILINK.sub(r"\1", line) if "[[" in line else line


def _needs_cleaning(text: str) -> bool:
    return "'" in text or "*" in text or "[" in text or "\t" in text


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    if _needs_cleaning(inner):
        return [_clean(c) for c in inner.split("|")]
    cells = list(map(str.strip, inner.split("|")))
    if "  " in inner:
        return [" ".join(c.split()) if "  " in c else c for c in cells]
    return cells


def _width(line: str) -> int:
    """How many cells a "| a | b |" row has, without splitting it."""
    inner = line.strip()
    return inner.count("|") - 1 if inner.endswith("|") else inner.count("|")


def split_coded(text: str, *, people_cell: bool = False) -> list[Person]:
    """Split "GBR Care Racing ITA BMS Scuderia Italia" into people or teams at each code.

    A code starts a new name only at the start or after at least one word of the previous
    name, so an acronym inside a name ("GBR ISL Motorsport") stays part of it. In a Drivers cell
    (``people_cell``) a three-capital code we do not know still starts a new person.
    """
    return [Person(*t) for t in _split_coded(text, people_cell)]


Named = tuple[str, str | None, str | None]  # (name, code, country) of a person or team

_CODE_OBJECT = {code: code for code in ISO3_BY_CODE}  # one string object per code, shared by every row


def _split_coded(text: str, people_cell: bool) -> tuple[Named, ...]:
    # A word-by-word loop: measured faster than a regular expression over the codes, whose
    # alternation or Unicode classes cost more per character than this costs per word.
    people: list[Named] = []
    tokens = text.split()
    last = len(tokens) - 1
    code: str | None = None
    iso: str | None = None
    start = 0  # the current name's first word; tokens[start:i] are its words so far
    for i in range(last):  # the last word is never a code
        tok = tokens[i]
        iso_of_tok = ISO3_BY_CODE.get(tok)
        if iso_of_tok is not None:
            if i == start and i:  # two codes in a row: the second is a word of the name
                continue
            if i and not people_cell and len(tok) < 3:
                continue  # "Audi Sport UK Team Veloqx": inside a team's name, "UK" is a word of it
        elif not (people_cell and i > start and len(tok) == 3 and tok.isalpha() and tok.isupper()
                  and tokens[i + 1][:1].isupper() and not tokens[i + 1].isupper()):
            continue
        # a code (or, in a Drivers cell, three capitals before a capitalised word) starts a name
        if i > start:
            people.append((" ".join(tokens[start:i]), code, iso))
        code, iso, start = _CODE_OBJECT.get(tok, tok), iso_of_tok, i + 1
    if start <= last:
        people.append((" ".join(tokens[start:]), code, iso))
    return tuple(people)


def _split_cell(text: str, people_cell: bool) -> tuple[Named, ...] | None:
    """The people of a cell whose first word is a nationality code, or None when it is not."""
    first_and_rest = text.split(None, 1)
    if len(first_and_rest) < 2 or first_and_rest[0] not in ISO3_BY_CODE:
        return None
    return _split_coded(text, people_cell)


# Team cells repeat across a season: cached (the tuples are immutable). A crew's cell repeats far
# less, and a miss costs more than splitting: not cached.
_split_team_cell = lru_cache(maxsize=1 << 14)(_split_cell)


def meeting_part(title: str) -> tuple[str, str]:
    """A page's race titled "2010 Catalan motorcycle Grand Prix – Moto2": the meeting and the race's own part
    ("" when the title has none)."""
    meeting, _, part = title.partition(" – ")
    return meeting, part


def place_of(intro: str, circuit: str | None) -> str | None:
    """Where the race was held, beyond its circuit: the words after the circuit in the intro
    ("Toronto, Ontario, Canada"), else the place it was "held in"."""
    if circuit:
        at = intro.find(circuit)
        if at != -1:
            m = _PLACE_AFTER.match(intro[at + len(circuit):])
            if m:
                return m.group("place")
    m = _HELD_IN.search(intro)
    return m.group("place") if m else None


def _date_text(text: str) -> str | None:
    """The date exactly as the article prints it ("18 May 2002" or "August 31, 2003")."""
    m = _DATE_MDY.search(text) or _DATE_DMY.search(text)
    return m.group(0) if m else None


def _parse_date(text: str) -> str | None:
    m = _DATE_MDY.search(text)
    if m:
        return date(int(m.group(3)), _MONTHS[m.group(1).lower()], int(m.group(2))).isoformat()
    m = _DATE_DMY.search(text)
    if m:
        return date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1))).isoformat()
    return None


def _championships(intro: str) -> tuple[list[str], dict[str, str]]:
    names: list[str] = []
    by_class: dict[str, str] = {}
    for m in _CHAMPIONSHIP.finditer(intro):
        name = m.group(1)
        if name not in names:
            names.append(name)
        under = _CLASSES_UNDER.match(intro[m.end():])
        if under:
            for cls in re.split(r",\s*|\s+and\s+", under.group(1)):
                if cls.strip():
                    by_class[cls.strip()] = name
    return names, by_class


def _parse_statistic(line: str) -> Statistic | None:
    text = _clean(line.lstrip("-*• ").strip())
    # "… (Leo Kinnunen)- 33:36.0": a dash straight after a bracket still parts the value off
    parts = [p.strip() for p in re.split(r"\s+[-–—:]\s+|(?<=\))[-–—]\s+|:\s+", text) if p.strip()]
    if len(parts) < 2:
        return None
    label = parts[0]
    low = label.lower()
    kind = ("pole" if "pole" in low else "fastest_lap" if "fastest" in low
            else "average_speed" if "speed" in low else "distance" if "distance" in low
            else re.sub(r"\W+", "_", low).strip("_"))
    car = team = None
    value_parts: list[str] = []
    for part in parts[1:]:
        m = re.match(r"^#(\w+)\s*(.*)$", part)
        if m and car is None:
            car, team = m.group(1), (m.group(2).strip() or None)
        else:
            value_parts.append(part)
    value = " - ".join(value_parts)
    if team and not value_parts and " " in team and _TIME.match(team.split()[-1]):
        team, value = team.rsplit(" ", 1)
    return Statistic(kind, label, value, car, team)


def _column_map(header: list[str], path: str, lineno: int) -> dict[str, int]:
    cols: dict[str, int] = {}
    names = [name.strip().lower() for name in header]
    has_number = any(_HEADER_ALIASES.get(n) == "number" and n != "car" for n in names)
    for i, name in enumerate(names):
        key = _HEADER_ALIASES.get(name)
        if name == "car" and has_number:
            key = "chassis"  # "| No | ... | Car |": the car is the chassis, the number has its own column
        if key and key not in cols:
            cols[key] = i
    missing = [c for c in _REQUIRED_COLUMNS if c not in cols]
    if missing:
        raise ArticleError(path, lineno, f"results table header lacks column(s) {', '.join(missing)}")
    return cols


def _position(text: str, path: str, lineno: int) -> tuple[int | None, str]:
    t = text.strip().upper().rstrip(".")
    if t.isdecimal():
        return int(t), CLASSIFIED
    if t in STATUS_WORDS:
        return None, STATUS_WORDS[t]
    raise ArticleError(path, lineno, f"position {text!r} is neither a number nor a status (NC, DNF, DSQ, DNS)")


def parse_article(text: str, path: str = "<article>") -> ParsedRace:
    """Parse one article; raise ``ArticleError`` if it is damaged or not a results article."""
    lines = text.splitlines()
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None:
        raise ArticleError(path, 1, "the file is empty")
    m = re.match(r"^\s*=\s*([^=].*?)\s*=\s*$", lines[first])
    if not m:
        raise ArticleError(path, first + 1, "expected a '= Title =' line at the top of the article")
    title = _clean(m.group(1))

    intro_lines: list[str] = []
    i = first + 1
    while i < len(lines) and not lines[i].lstrip().startswith(("==", "|")):
        if lines[i].strip():
            intro_lines.append(lines[i].strip())
        i += 1
    intro = " ".join(intro_lines)
    championships, class_champ = _championships(intro)
    circuit_m = _CIRCUIT.search(intro)
    distance_m = _DISTANCE.search(intro)
    rule_m = _RULE.search(text)

    race = ParsedRace(
        path=path, source_hash=hashlib.sha256(text.encode()).hexdigest(), title=title,
        slug=slugify(title), intro=intro, date=_parse_date(intro) or _parse_date(title),
        date_text=_date_text(intro) or _date_text(title),
        circuit=circuit_m.group("circuit").strip() if circuit_m else None,
        championships=championships, class_championships=class_champ,
        distance=distance_m.group("d").strip() if distance_m else None,
        classification_rule=f"{rule_m.group(1)}%" if rule_m else None,
    )
    race.location = place_of(intro, race.circuit)
    # markup is rare in a large import: one look at the whole text spares a look at every row
    _parse_table(lines, race, path, any(m in text for m in ("[[", "{{", "<", "&")))
    _parse_statistics(lines, race)
    distance = race.stat("distance")
    if distance is not None and distance.value:
        race.distance = distance.value  # the statistic is exact; the intro is prose
    _assign_class_positions(race)
    return race


def _parse_table(lines: list[str], race: ParsedRace, path: str, markup: bool = True) -> None:
    table: list[tuple[int, str]] = []
    started = False
    end = len(lines)
    for n, raw in enumerate(lines, start=1):
        s = raw.strip()
        if s.startswith("|"):
            started = True
            table.append((n, _unlink(s) if markup else s))
        elif started and s:
            if "|" in s and not s.startswith("=="):
                raise ArticleError(path, n, "table row does not start with '|' (damaged table)")
            end = n - 1
            break
        elif not started and s.count("|") >= 3:
            raise ArticleError(path, n, "table row does not start with '|' (damaged table)")
    if not table:
        raise ArticleError(path, len(lines), "no results table (rows starting with '|') found")
    _parse_results_table(table, race, path)
    # Some articles list the cars that did not finish in a second table ("===Did not finish==="):
    # a later table whose header is a results header adds its entries; any other table is not ours
    for more in _later_tables(lines, end, markup):
        if len(more) < 2:
            continue
        try:
            _column_map(_cells(more[0][1]), path, more[0][0])
        except ArticleError:
            continue
        _parse_results_table(more, race, path)


def _later_tables(lines: list[str], start: int, markup: bool) -> list[list[tuple[int, str]]]:
    tables: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    for n in range(start + 1, len(lines) + 1):
        s = lines[n - 1].strip()
        if s.startswith("|"):
            current.append((n, _unlink(s) if markup else s))
        elif current:
            tables.append(current)
            current = []
    if current:
        tables.append(current)
    return tables


def _parse_results_table(table: list[tuple[int, str]], race: ParsedRace, path: str) -> None:
    """One results table, its header first: the entries are added to ``race.rows``."""
    header_line, header_raw = table[0]
    header = _cells(header_raw)
    cols = _column_map(header, path, header_line)
    width = len(header)
    rows = table[1:]
    second: dict[str, int] = {}
    if rows and _cells(rows[0][1])[0].lower() in _HEADER_ALIASES and not _cells(rows[0][1])[0][:1].isdigit():
        sub = _cells(rows[0][1])
        second = {(_HEADER_ALIASES.get(c.lower()) or c.lower()): j for j, c in enumerate(sub) if c}
        rows = rows[1:]
    per_entry = 2 if second else 1

    for n, raw in rows:
        if not raw.endswith("|"):
            raise ArticleError(path, n, "row is cut off (no closing '|'): the article looks truncated")
        if raw.count("|") - 1 != width:
            raise ArticleError(path, n, f"row has {_width(raw)} cells where the header has {width}")
        if raw[1:3].strip(" -:") == "" and set(raw.replace("|", "").strip()) <= set("-: "):
            raise ArticleError(path, n, "unexpected separator row inside the results table")
    if len(rows) % per_entry:
        n = rows[-1][0]
        raise ArticleError(path, n, "the last entry is missing its second (engine) row: the article looks truncated")

    # Column positions, looked up once per table; a column the table lacks reads as the empty
    # cell appended at the end of every row (index -1).
    at = tuple(cols.get(key, -1) for key in ("pos", "number", "laps", "drivers", "team", "chassis", "tyre", "class",
                                             "time", "grid", "points"))
    engine_at = second.get("engine")
    entries = race.rows
    for k in range(0, len(rows), per_entry):
        n, raw = rows[k]
        cells = _cells(raw)
        cells.append("")
        if engine_at is None:
            engine = cells[cols.get("engine", -1)]
        elif engine_at == 0:
            engine = _clean(rows[k + 1][1][1:].split("|", 1)[0])
        else:
            engine = _cells(rows[k + 1][1])[engine_at]
        entries.append(_parse_entry(len(entries), cells, engine, at, path, n))
    if not rows:
        raise ArticleError(path, header_line, "the results table has no entries")


_NO_LAPS = frozenset(("", "-", "–", "—", "N/A", "n/a"))
_HAS_NAME = re.compile(r"[^\W\d_]{2,}")


@lru_cache(maxsize=256)
def _tyre(text: str) -> str:
    """ "M" -> "Michelin (M)"; anything else as printed."""
    return f"{TYRE_MAKERS[text.upper()]} ({text.upper()})" if text.upper() in TYRE_MAKERS else text


def _parse_entry(row: int, cells: list[str], engine: str, at: tuple[int, ...], path: str, n: int) -> tuple:
    """One entry in the RAW_* layout (its class position is filled in once the table is read)."""
    pos_at, number_at, laps_at, drivers_at, team_at, chassis_at, tyre_at, class_at, time_at, grid_at, points_at = at
    position_cell = cells[pos_at]
    if position_cell.isdecimal():
        position: int | None = int(position_cell)
        status = CLASSIFIED
    else:
        position, status = _position(position_cell, path, n)
    number = cells[number_at].lstrip("#")
    if not (number.isdecimal() and len(number) <= 4) and not _CAR_NUMBER.match(number):
        raise ArticleError(path, n, f"car number {number!r} is not a number (columns shifted?)")
    laps_text = cells[laps_at]
    if "," in laps_text:
        laps_text = laps_text.replace(",", "")
    if laps_text.isdecimal():
        laps: int | None = int(laps_text)
    elif laps_text in _NO_LAPS and status != CLASSIFIED:
        laps = None  # a car that did not start (or was excluded) often has no laps printed
    else:
        raise ArticleError(path, n, f"laps {laps_text!r} is not a number (columns shifted?)")
    drivers_text = cells[drivers_at]
    if not _HAS_NAME.search(drivers_text):
        raise ArticleError(path, n, f"drivers cell {drivers_text!r} holds no names (columns shifted?)")
    team_text = cells[team_at]
    chassis = cells[chassis_at]
    if chassis.isdecimal():
        raise ArticleError(path, n, f"chassis {chassis!r} is a number (columns shifted?)")
    teams = _split_team_cell(team_text, False)
    if teams is None:
        teams = ((team_text, None, None),) if team_text else ()
    # repeated values are interned: one string object each, which pickle sends once per batch
    return (row, intern(position_cell.upper()) if position is None else str(position), position, None, status,
            intern(cells[class_at] or "Overall"), number,
            intern(teams[0][0] if len(teams) == 1 else " / ".join(t[0] for t in teams)),
            intern(chassis), intern(engine), make_of(engine), _tyre(cells[tyre_at]), laps,
            cells[time_at], _whole(cells[grid_at]) if grid_at >= 0 else None,
            _points(cells[points_at]) if points_at >= 0 else None, None,
            drivers_text, _split_cell(drivers_text, True), teams, False, n)


def _whole(text: str) -> int | None:
    return int(text) if text.isdecimal() else None


_POINTS = re.compile(r"^\d{1,4}(?:[.,]\d{1,2})?$")


def _points(text: str) -> float | None:
    return float(text.replace(",", ".")) if _POINTS.match(text) else None


# the first words of makes named in two ("Alfa Romeo", "Red Bull"): alone, they are no make
_TWO_WORD_MAKES = frozenset(("alfa", "aston", "land", "rolls", "red", "force", "toro", "super"))


@lru_cache(maxsize=4096)
def make_of(text: str) -> str:
    """The make in a chassis or engine ("Porsche 996 GT3 Cup" -> "Porsche"; "R & M SR01" -> "R&M")."""
    words = text.replace(" & ", "&").split()
    if not words:
        return ""
    first = words[0].strip("()")
    if first.lower() in _TWO_WORD_MAKES and len(words) > 1 and words[1][:1].isupper():
        return f"{first} {words[1].split('-')[0]}"  # "Red Bull-Renault" -> "Red Bull"
    return first.split("-")[0] if "-" in first and not first[0].isdigit() else first


def _parse_statistics(lines: list[str], race: ParsedRace) -> None:
    in_stats = False
    for raw in lines:
        s = raw.strip()
        if s.startswith("=="):
            in_stats = "statistic" in s.lower()
            continue
        if in_stats and s[:1] in "-*•":
            stat = _parse_statistic(s)
            if stat:
                race.statistics.append(stat)


def _assign_class_positions(race: ParsedRace) -> None:
    rows = race.rows
    counters: dict[str, int] = {}
    for k in sorted((k for k, r in enumerate(rows) if r[RAW_POSITION] is not None), key=lambda k: rows[k][RAW_POSITION]):
        r = rows[k]
        counters[r[RAW_CLASS]] = place = counters.get(r[RAW_CLASS], 0) + 1
        rows[k] = r[:RAW_CLASS_POSITION] + (place,) + r[RAW_CLASS_POSITION + 1:]


def read_article(path: Path) -> ParsedRace:
    """Read and parse one article file; decoding problems become an ``ArticleError``."""
    try:
        text = path.read_bytes().decode("utf-8")
        if "\r" in text:  # what reading in text mode does, for a third of the cost
            text = text.replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise ArticleError(str(path), 1, f"not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise ArticleError(str(path), 0, f"cannot be read ({exc.strerror})") from None
    return parse_article(text, str(path))
