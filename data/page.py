"""One table model for race articles in any form, and the races it holds.

The wikitext and HTML readers (``data.wikitext``, ``data.html_page``) turn a page into a
``Page``: its title, intro, infobox, statistics bullets and every table as a grid of ``Cell``s,
rowspans and colspans already expanded. ``races_of_page`` then finds the results tables, reads
their columns by header (sportscar layouts with Class and a stacked Chassis/Engine column, and
single-seater classifications with Grid, Points and Time/Retired alike) and returns one
``ParsedRace`` per race on the page, in the same row layout the plain-text parser produces, so
that everything after parsing is shared.

A page may hold several races (a motorcycle Grand Prix's classes, a Superbike round's two races,
a season article's races); a later table headed "Did not finish", "Not classified" or
"Disqualified" adds its entries to the race before it. Qualifying, practice, standings and
entry-list tables are skipped, and the page says which (``PageRaces.skipped``).
"""
from __future__ import annotations

import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from sys import intern

from data.article import (RAW_DRIVERS, RAW_DRIVERS_TEXT, RAW_LAPS, RAW_NUMBER, RAW_TEAM, RAW_TIME, _CIRCUIT,
                          _DISTANCE, _HAS_NAME, _NO_LAPS, _RULE, CLASSIFIED, STATUS_WORDS, ArticleError,
                          ParsedRace, Statistic, _assign_class_positions, _championships, _date_text, _parse_date,
                          _parse_statistic, _split_coded, _tyre, make_of, meeting_part, place_of)
from data.countries import ISO3_BY_CODE, COUNTRIES, country_words
from data.folding import fold, slugify

log = logging.getLogger(__name__)


@dataclass
class Cell:
    """One cell of an expanded grid: its text in lines (a line per ``<br>``), flags already
    written as their nationality code before the name they mark ("NED Jan Lammers")."""

    lines: list[str]
    header: bool
    origin: int  # the same number for every grid position a spanned cell covers
    line: int  # where the cell starts in the source (1-based line), for error messages

    @property
    def text(self) -> str:
        return " ".join(ln for ln in self.lines if ln)


@dataclass
class Table:
    heading: str  # the nearest heading above the table ("Race", "250cc classification")
    headings: list[str]  # every heading above it, outermost first
    grid: list[list[Cell]]
    line: int
    lead: str = ""  # the prose between the heading and the table ("The Kroger 200 was held on July 28 at …")


@dataclass
class Page:
    path: str
    form: str  # "wikitext", "html" or "fetched"
    source_hash: str
    title: str
    intro: str
    infobox: dict[str, str] = field(default_factory=dict)
    tables: list[Table] = field(default_factory=list)
    statistics: list[str] = field(default_factory=list)
    # the infobox's pole position and fastest lap: (group it sits under, e.g. "MotoGP" or "", "pole" or
    # "fastest_lap", driver as printed, time as printed)
    infobox_laps: list[tuple[str, str, str, str]] = field(default_factory=list)
    # the marks the page's legend gives for a rookie ("# Rookie of the Year candidate", "(*) denotes Rookie..."),
    # besides the "(R)" every series writes so
    rookie_marks: str = ""


@dataclass
class PageRaces:
    races: list[ParsedRace]
    skipped: list[str]  # "Qualifying (line 40): not a race classification"


# Column headers as pages print them -> the field they fill. Anything else is kept as an extra
# column of the entry (``extra``), by its header, so that questions can still read it.
FIELDS = {
    "pos": "pos", "pos.": "pos", "position": "pos", "place": "pos", "fin": "pos", "fin.": "pos", "finish": "pos",
    "rank": "pos", "p": "pos",
    "class": "class", "cl": "class", "cls": "class", "category": "class", "div": "class", "div.": "class",
    "division": "class",
    "no": "number", "no.": "number", "#": "number", "number": "number", "car no": "number", "car no.": "number",
    "num": "number", "car #": "number", "car number": "number", "bib": "number",
    "team": "team", "entrant": "team", "team/entrant": "team", "teams": "team", "entrant/team": "team",
    "drivers": "drivers", "driver": "drivers", "driver(s)": "drivers", "drivers(s)": "drivers", "rider": "drivers",
    "riders": "drivers", "name": "drivers", "crew": "drivers", "driver/co-driver": "drivers",
    "co-driver": "codrivers", "co-drivers": "codrivers", "codriver": "codrivers", "navigator": "codrivers",
    "chassis": "chassis", "vehicle": "chassis", "car model": "chassis", "model": "chassis",
    "constructor": "constructor", "manufacturer": "chassis", "make": "chassis", "bike": "chassis",
    "motorcycle": "chassis", "car": "chassis", "chassis/engine": "chassis", "constructor/engine": "constructor",
    "tyre": "tyre", "tyres": "tyre", "tire": "tyre", "tires": "tyre", "tyre supplier": "tyre",
    "laps": "laps", "lap": "laps", "laps completed": "laps",
    "engine": "engine",
    "time/retired": "time", "time": "time", "retired": "time", "time/reason": "time", "reason": "time",
    "time/retirement": "time", "total time": "time", "race time": "time", "gap": "time", "status": "time",
    "grid": "grid", "st": "grid", "start": "grid", "started": "grid", "qual.": "grid", "qual": "grid",
    "starting position": "grid", "grid position": "grid", "qual. pos.": "grid", "qual. pos": "grid", "qual pos": "grid",
    "qualifying position": "grid", "qualifying": "grid", "q. pos.": "grid",
    "points": "points", "pts": "points", "pts.": "points", "point": "points",
    "nat": "nationality", "nat.": "nationality", "nationality": "nationality", "country": "nationality",
}
_RESULT_FIELDS = frozenset(("laps", "time", "points", "grid"))
# Tables that are not a race's classification, by the heading above them or their caption
_NOT_RESULTS = re.compile(r"qualif|practi[cs]e|warm.?up|standings|championship|entry list|entries|entrants|"
                          r"schedule|calendar|starting grid|grid|friday|team chart|test|superpole|shootout|"
                          r"stage|classificativas|references|external|see also|notes|lap leaders|leaders|lap records?",
                          re.I)
_CONTINUATION = re.compile(r"did not (?:finish|start|qualify)|not classified|non.?classified|unclassified|"
                           r"disqualified|excluded|retire|dnf|non.?finishers|failed to finish", re.I)
_HEADING_NOISE = re.compile(r"\[\d+\]|\b(?:final |official |race )?(?:classification|results?)\b", re.I)
_TIE = re.compile(r"^=\s*(\d+)$")
_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)?\.?$")
_CLASS_AND_OVERALL = re.compile(r"^\d+\.?\s*\(\s*(\d+)\.?\s*\)$")  # a rally's "1. (10.)": 1st in class, 10th overall
_NUMBER = re.compile(r"^#?\d{1,4}[A-Za-z]?$")
_POINTS = re.compile(r"^\d+(?:[.,]\d+)?(?:\s*\+\s*\d+(?:[.,]\d+)?)*$")
_FOOTNOTE_MARKS = re.compile(r"[‡†*§¶#^]+")


def _country_names() -> dict[str, str]:
    words = country_words()
    words.update({"west germany": "DEU", "east germany": "DEU", "federal republic of germany": "DEU",
                  "soviet union": "RUS", "ussr": "RUS", "rhodesia": "ZWE", "czechoslovakia": "CZE",
                  "england": "GBR", "scotland": "GBR", "wales": "GBR", "northern ireland": "GBR",
                  "kingdom of italy": "ITA", "the netherlands": "NLD", "republic of ireland": "IRL",
                  "hong kong": "HKG", "yugoslavia": "SRB", "people s republic of china": "CHN",
                  "russian federation": "RUS", "korea south": "KOR"})
    return words


_COUNTRY_BY_NAME = _country_names()


def code_for_country(name: str) -> str | None:
    """The nationality code (IOC, as race articles print them) for a flag's country name or code."""
    name = name.strip()
    if name in ISO3_BY_CODE:
        return COUNTRIES[ISO3_BY_CODE[name]].ioc
    key = fold(name)
    if key.startswith("the "):
        key = key[4:]
    iso3 = _COUNTRY_BY_NAME.get(key)
    if iso3 is None:
        key = re.sub(r"\s*\b(civil|state|\d{4}.*)$", "", key).strip()
        iso3 = _COUNTRY_BY_NAME.get(key)
    return COUNTRIES[iso3].ioc if iso3 else None


def _header_rows(grid: list[list[Cell]]) -> int:
    """How many rows of column headers the table starts with (a row that is one cell across is a
    caption or a section label, not a header row)."""
    n = 0
    for row in grid:
        if row and all(c.header for c in row) and not _is_label_row(row):
            n += 1
        else:
            break
    return n


def _is_label_row(row: list[Cell]) -> bool:
    """A row that is one cell across: a section label inside a table ("WRC", "Production WRC")."""
    return len(row) > 1 and len({c.origin for c in row}) == 1


@dataclass
class _Layout:
    """Where each field is in a table's grid: (column, row within the entry) per field."""

    at: dict[str, tuple[int, int]]
    per_entry: int
    extra: list[tuple[str, int, int]]  # (header, column, row within the entry)


def _label(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"\[\w+\]", "", text)).strip().lower()


def _layout(grid: list[list[Cell]], heads: int) -> _Layout | None:
    """The fields of a results table, or None when the header is not a results header."""
    header = grid[:heads]
    width = max(len(r) for r in grid)
    stacked = heads > 1 and any(
        len({_label(r[j].text) for r in header if j < len(r)}) > 1 and
        all(j < len(r) and r[j].origin != header[0][j].origin for r in header[1:]) for j in range(width))
    at: dict[str, tuple[int, int]] = {}
    extra: list[tuple[str, int, int]] = []
    rows_of_header = range(heads) if stacked else range(heads - 1, heads)
    for k in rows_of_header:
        row = header[k]
        for j, cell in enumerate(row):
            if stacked and k and cell.origin == header[k - 1][j].origin:
                continue  # a cell spanning the header rows was read in the first one
            label = _label(cell.text)
            if not stacked and heads > 1 and not label:
                label = _label(header[0][j].text)
            fld = FIELDS.get(label)
            if fld and fld not in at:
                at[fld] = (j, k if stacked else 0)
            elif label and not fld:
                extra.append((cell.text.strip(), j, k if stacked else 0))
    # a classification has laps, a time or a grid slot, or numbered cars in finishing order; "Pos |
    # Driver | Points" is a standings table
    if "drivers" not in at or not ({"laps", "time", "grid"} & at.keys() or {"pos", "number"} <= at.keys()):
        return None
    return _Layout(at, heads if stacked else 1, extra)


def _position(text: str, status_hint: str | None, path: str, line: int) -> tuple[int | None, str, str]:
    """(position, status, position as printed) of a position cell."""
    t = text.strip()
    up = t.upper().rstrip(".")
    m = _ORDINAL.match(t) or _TIE.match(t) or _CLASS_AND_OVERALL.match(t)
    if m and status_hint in ("DNF", "NC", "DSQ", "DNS", "DNQ"):
        # a "Did Not Finish" table numbering its cars on from the finishers (Le Mans 1967: 17-54): they did not finish
        return None, status_hint, status_hint
    if m:
        return int(m.group(1)), CLASSIFIED, m.group(1)
    if up in STATUS_WORDS:
        return None, STATUS_WORDS[up], up
    if not t and status_hint:
        return None, status_hint, status_hint
    if not t:
        raise ArticleError(path, line, "an entry has no position")
    raise ArticleError(path, line, f"position {text!r} is neither a number nor a status (NC, DNF, DSQ, DNS)")


_ROOKIE_LEGEND = re.compile(r"\(?([#*†‡§^])\)?\s*(?:denotes\s+|[-–—:=]\s*)?(?:an?\s+)?Rookie(?:\s+of\s+the\s+Year)?", re.I)


def rookie_marks(text: str) -> str:
    """The marks a page's legend says stand for a rookie: "# Rookie of the Year candidate" gives "#"."""
    return "".join(sorted(set(_ROOKIE_LEGEND.findall(text))))


def _is_rookie(cell_text: str, marks: str) -> bool:
    """Whether a driver cell marks its driver a rookie: "J. R. Hildebrand (R)", or "Jerry Nadeau #" where the
    page's legend says "#" is a rookie."""
    if re.search(r"\((?:R|RY|ROY|W-R|R-W)\)", cell_text):
        return True
    return bool(marks) and re.search(rf"[\w.)]\s*[{re.escape(marks)}]+\s*$", cell_text.strip()) is not None


_NAME_MARKS = re.compile(r"(?:\s*(?:\((?:R|W|RY|W-R|R-W|ROY)\)|[*†‡#§^]+))+\s*$")


def _people(cell: Cell, people_cell: bool) -> tuple[tuple[str, str | None, str | None], ...] | None:
    """The people of a cell: one per line when lines separate them, split at codes within a
    line. None for a single line of several uncoded names (split later, with what ingest knows).
    A footnote mark or a rookie's "(R)" after a name is no part of it."""
    found = _people_of_lines(cell, people_cell)
    if not found:
        return found
    return tuple((_NAME_MARKS.sub("", name) or name, code, country) for name, code, country in found)


def _people_of_lines(cell: Cell, people_cell: bool) -> tuple[tuple[str, str | None, str | None], ...] | None:
    lines = [ln for ln in cell.lines if ln.strip()]
    if not lines:
        return ()
    out: list[tuple[str, str | None, str | None]] = []
    for ln in lines:
        first = ln.split(None, 1)
        if first and first[0] in ISO3_BY_CODE and len(first) > 1:
            out.extend(_split_coded(ln, people_cell))
        elif len(lines) == 1 and people_cell and len(ln.split()) > 3:
            return None
        else:
            out.append((ln.strip(), None, None))
    return tuple(out)


def _number(text: str) -> int | None:
    t = _FOOTNOTE_MARKS.sub("", text).strip().replace(",", "")
    return int(t) if t.isdecimal() else None


def _points(text: str) -> float | None:
    """Points as printed: "10", "4.5", "1+1" (a race's points plus a bonus point)."""
    t = _FOOTNOTE_MARKS.sub("", text).strip().replace(",", ".")
    return sum(float(p) for p in t.split("+")) if _POINTS.match(t) else None


def _entries(table: Table, layout: _Layout, heads: int, race_rows: list[tuple], status_hint: str | None,
             path: str, class_hint: str | None, rookie_marks: str = "") -> None:
    at, per = layout.at, layout.per_entry
    # a row one cell across inside the table labels the rows below it ("WRC", "Production WRC"):
    # their class, when it is short enough to be one (a footer "Lead changes: 23 among 10 drivers" is not)
    body: list[list[Cell]] = []
    labels: list[str | None] = []
    label = class_hint
    for r in table.grid[heads:]:
        if _is_label_row(r):
            text_ = r[0].text.strip()
            label = text_ if 0 < len(text_.split()) <= 3 and not text_.endswith(":") else label
        elif not all(c.header for c in r):
            body.append(r)
            labels.append(label)
    if len(body) % per:
        raise ArticleError(path, body[-1][0].line, "the last entry is missing its second (engine) row: "
                                                   "the table looks truncated")

    def cell(group: list[list[Cell]], fld: str) -> Cell | None:
        where = at.get(fld)
        if where is None:
            return None
        row = group[where[1]]
        return row[where[0]] if where[0] < len(row) else None

    def text(group: list[list[Cell]], fld: str) -> str:
        c = cell(group, fld)
        return c.text.strip() if c else ""

    width = max(len(r) for r in table.grid[:heads])
    # a blank points cell is no points, unless no row has any: a non-championship race prints an empty column
    points_printed = any(text(body[k:k + per], "points") for k in range(0, len(body), per))
    for k in range(0, len(body), per):
        group = body[k:k + per]
        line = group[0][0].line
        if any(len(r) < width for r in group):
            raise ArticleError(path, line, f"row has {min(len(r) for r in group)} cells where the header has "
                                           f"{width}")
        position, status, position_text = (_position(text(group, "pos"), status_hint, path, line) if "pos" in at
                                           else (None, status_hint or "DNF", status_hint or "DNF"))
        number = _FOOTNOTE_MARKS.sub("", text(group, "number")).strip()
        if number and not _NUMBER.match(number):
            raise ArticleError(path, line, f"car number {number!r} is not a number (columns shifted?)")
        laps_text = text(group, "laps").replace(",", "")
        laps = _number(laps_text)
        if laps is None and laps_text not in _NO_LAPS and not laps_text.startswith(("+", "-")):
            raise ArticleError(path, line, f"laps {laps_text!r} is not a number (columns shifted?)")
        drivers_cell = cell(group, "drivers")
        assert drivers_cell is not None
        if not _HAS_NAME.search(drivers_cell.text):
            raise ArticleError(path, line, f"drivers cell {drivers_cell.text!r} holds no names (columns shifted?)")
        drivers = _people(drivers_cell, True)
        co = cell(group, "codrivers")
        if co is not None and drivers is not None:
            more = _people(co, True)
            drivers = None if more is None else drivers + more
        flag = cell(group, "nationality")
        if flag is not None and drivers and len(drivers) == 1 and drivers[0][1] is None:
            code = flag.text.split()[0] if flag.text.split() else ""
            if code in ISO3_BY_CODE:
                drivers = ((drivers[0][0], code, ISO3_BY_CODE[code]),)
        team_cell = cell(group, "team") or cell(group, "constructor")
        teams = _people(team_cell, False) if team_cell is not None else ()
        teams = teams or ()
        chassis = text(group, "chassis") or text(group, "constructor")
        if _number(chassis) is not None:
            raise ArticleError(path, line, f"chassis {chassis!r} is a number (columns shifted?)")
        engine = text(group, "engine")
        grid_text = text(group, "grid")
        grid = _number(grid_text.split("(")[0]) if grid_text else None
        extra = {h: group[r][j].text.strip() for h, j, r in layout.extra
                 if j < len(group[r]) and group[r][j].text.strip()}
        if text(group, "constructor") and text(group, "chassis"):
            extra.setdefault("Constructor", text(group, "constructor"))
        if _is_rookie(drivers_cell.text, rookie_marks):  # "(R)", or the page's own rookie mark
            extra.setdefault("Rookie", "yes")
        if "+" in (text(group, "points") or ""):  # "16+1": a race's points and a bonus, shown as printed
            extra.setdefault("Points as printed", _FOOTNOTE_MARKS.sub("", text(group, "points")).strip())
        class_name = text(group, "class") or labels[k] or "Overall"
        drivers_text = drivers_cell.text
        race_rows.append((
            len(race_rows), position_text if position is None else str(position), position, None, status,
            intern(class_name), number,
            intern(teams[0][0] if len(teams) == 1 else " / ".join(t[0] for t in teams)),
            # the engine's make, else (a Formula One table) the constructor's
            intern(chassis), intern(engine), make_of(engine or (chassis if "constructor" in at else "")),
            _tyre(text(group, "tyre")), laps, text(group, "time"), grid,
            _points(text(group, "points")) if text(group, "points") or not points_printed else 0.0,
            json.dumps(extra, ensure_ascii=False) if extra else None,
            drivers_text, drivers, tuple(teams), False, line))


def _heading_name(heading: str) -> str:
    name = _HEADING_NOISE.sub("", heading)
    name = " ".join(name.replace("›", " ").split()).strip(" -–:")
    return re.sub(r"^race$", "", name, flags=re.I)


def races_of_page(page: Page) -> PageRaces:
    """Every race classification on the page, as parsed races; raises ``ArticleError`` when
    there is none or a results table is damaged."""
    groups: list[tuple[Table, list[tuple]]] = []
    skipped: list[str] = []
    for table in page.tables:
        if not table.grid:
            continue
        heads = _header_rows(table.grid)
        where = f"{table.heading or 'table'} (line {table.line})"
        if not heads:
            skipped.append(f"{where}: no header row")
            continue
        layout = _layout(table.grid, heads)
        if layout is None:
            skipped.append(f"{where}: not a results table")
            continue
        if _NOT_RESULTS.search(" ".join(table.headings[-1:])) and not _CONTINUATION.search(table.heading):
            skipped.append(f"{where}: {table.heading.lower()}, not a race classification")
            continue
        continuation = bool(_CONTINUATION.search(table.heading)) and groups
        hint = _status_of_heading(table.heading) or ("DNF" if _CONTINUATION.search(table.heading) else None)
        rows: list[tuple] = groups[-1][1] if continuation else []
        _entries(table, layout, heads, rows, hint, page.path, None, page.rookie_marks)
        if not rows:
            raise ArticleError(page.path, table.line, "the results table has no entries")
        if not continuation:
            groups.append((table, rows))
    if not groups:
        raise ArticleError(page.path, 1, "no results table found" + (f" ({'; '.join(skipped)})" if skipped else ""))
    races = []
    for table, rows in groups:
        title = page.title
        if len(groups) > 1:
            part = _heading_name(table.heading) or f"table {len(races) + 1}"
            title = f"{page.title} – {part}"
        races.append(_race(page, table, title, rows, len(groups) > 1))
    races[0].skipped.extend(skipped)
    return PageRaces(races, skipped)


def _status_of_heading(heading: str) -> str | None:
    h = heading.lower()
    if "disqualif" in h or "exclu" in h:
        return "DSQ"
    if "not classified" in h or "unclassified" in h or "non-classified" in h:
        return "NC"
    if "did not start" in h:
        return "DNS"
    if "did not qualify" in h:
        return "DNQ"
    return None


_HELD_AT = re.compile(r"\b(?:held|run|ran|took place|raced|contested)\b[^.]{0,80}?\bat (?:the )?"
                      r"(?P<circuit>[A-Z][^,.;()]*?)(?=,| in | on | and | located|\.|;|$)")
_MONTH_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) "
                        r"(\d{1,2})\b(?!,? \d{4})|\b(\d{1,2}) (January|February|March|April|May|June|July|August|"
                        r"September|October|November|December)\b(?!,? \d{4})")


def _circuit(text: str) -> str | None:
    m = _CIRCUIT.search(text) or _HELD_AT.search(text)
    return m.group("circuit").strip() if m else None


_LAPS_IN_TIME = re.compile(r"^(\d{1,4}) laps?$", re.I)


def _laps_from_time(rows: list[tuple]) -> list[tuple]:
    """A table without a Laps column that prints a lapped car's distance in its time cell ("72 laps"): those
    are the car's laps. Only when no row has laps of its own, so no printed column is second-guessed."""
    if any(r[RAW_LAPS] is not None for r in rows):
        return rows
    out = []
    for r in rows:
        m = _LAPS_IN_TIME.match((r[RAW_TIME] or "").strip())
        out.append(r[:RAW_LAPS] + (int(m.group(1)),) + r[RAW_LAPS + 1:] if m else r)
    return out


_LAP_LABELS = {"pole": "Pole position", "fastest_lap": "Fastest lap"}
_CREWS = re.compile(r"(?P<start>\d+)(?:\[\d+\])?\s+at start(?:\D+?(?P<finish>\d+)(?:\[\d+\])?\s+at finish)?", re.I)
# the infobox template names the premier class "MotoGP" in every year; the 500cc era's tables say 500cc
_PREMIER = {"motogp": "premier", "500cc": "premier"}


def _infobox_laps(page: Page, race: ParsedRace, several: bool) -> None:
    """The infobox's pole position and fastest lap as the race's statistics, unless the article's own
    Statistics section gives them: the driver linked to their car when the table has them. A page of
    several races (a motorcycle Grand Prix's classes) gives each race the group named like its class."""
    have = {s.kind for s in race.statistics}
    part = fold(meeting_part(race.title)[1]).replace(" ", "")
    part = _PREMIER.get(part, part)
    groups = {g for g, *_ in page.infobox_laps}
    for group, kind, driver, time in page.infobox_laps:
        if kind in have:
            continue
        g = fold(group).replace(" ", "")
        g = _PREMIER.get(g, g)
        if several or part:
            if not g or not part or not (g == part or g in part.split("race") or part.startswith(g)):
                continue
        elif len(groups) > 1:
            continue  # groups of classes, and this race is none of them
        who = fold(driver)
        row = next((r for r in race.rows if r[RAW_DRIVERS] and any(fold(d[0]) == who for d in r[RAW_DRIVERS])), None)
        if row is None:
            row = next((r for r in race.rows if who and who in fold(r[RAW_DRIVERS_TEXT] or "")), None)
        value = time if row is not None and row[RAW_NUMBER] else f"{driver} {time}".strip()
        race.statistics.append(Statistic(kind, _LAP_LABELS[kind], value,
                                         row[RAW_NUMBER] or None if row is not None else None,
                                         row[RAW_TEAM] or None if row is not None and row[RAW_NUMBER] else None))
        have.add(kind)


def _date(text: str, year_from: str) -> tuple[str | None, str | None]:
    """(ISO date, date as printed) in ``text``; a day without a year takes the title's year."""
    iso = _parse_date(text)
    if iso:
        return iso, _date_text(text)
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", year_from)
    m = _MONTH_DAY.search(text)
    if m and year:
        printed = f"{m.group(1)} {m.group(2)}, {year.group(1)}" if m.group(1) else \
            f"{m.group(3)} {m.group(4)} {year.group(1)}"
        return _parse_date(printed), printed
    return None, None


def _race(page: Page, table: Table, title: str, rows: list[tuple], several: bool) -> ParsedRace:
    intro = page.intro
    championships, class_champ = _championships(intro)
    distance_m = _DISTANCE.search(intro)
    rule_m = _RULE.search(intro) or _RULE.search(table.lead)
    lead = table.lead if several else ""
    date, date_text = _date(lead, title)
    if date is None:
        date, date_text = _date(intro, title)
    if date is None:
        date, date_text = _date(page.infobox.get("date", "") or page.infobox.get("dates run", ""), title)
    if date is None:
        date, date_text = _parse_date(title), _date_text(title)
    circuit = (_circuit(lead) if lead else None) or _circuit(intro)
    location = page.infobox.get("location") or page.infobox.get("circuit") or page.infobox.get("venue")
    if circuit is None:
        circuit = location.split(",")[0].strip() if location else None
    race = ParsedRace(
        path=page.path, source_hash=page.source_hash, title=title, slug=slugify(title), intro=intro,
        date=date, date_text=date_text,
        circuit=circuit, championships=championships, class_championships=class_champ,
        distance=distance_m.group("d").strip() if distance_m else None,
        classification_rule=f"{rule_m.group(1)}%" if rule_m else None, source_form=page.form,
        location=(place_of(lead, circuit) if lead else None) or location or place_of(intro, circuit))
    race.rows.extend(_laps_from_time(rows))
    for line in page.statistics:
        stat = _parse_statistic(line)
        if stat:
            race.statistics.append(stat)
    _infobox_laps(page, race, several)
    crews = _CREWS.search(page.infobox.get("crews", ""))
    if crews and not several:  # a rally's infobox: "34 at start, 20 at finish", where the table lists the top 10
        race.statistics.append(Statistic("crews", "Crews", f"{crews['start']} at start" + (
            f", {crews['finish']} at finish" if crews["finish"] else "")))
    distance = race.stat("distance")
    if distance is not None and distance.value:
        race.distance = distance.value
    _assign_class_positions(race)
    return race


def source_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


__all__ = ["Cell", "Table", "Page", "PageRaces", "races_of_page", "code_for_country", "source_hash", "Statistic"]
