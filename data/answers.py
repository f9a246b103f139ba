"""Typed answers: what every front end (CLI, mention reply, slash-command embed) renders."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

SHORT_TITLE_LIMIT = 40
_YEAR = re.compile(r"(?:19|20)\d\d")

ANSWERED, AMBIGUOUS, NOT_FOUND, UNSUPPORTED = "answered", "ambiguous", "not_found", "unsupported"

STATUS_WORDS = {
    "classified": "classified", "NC": "not classified (NC)", "DNF": "retired (DNF)",
    "DSQ": "disqualified (DSQ)", "DNS": "did not start (DNS)", "DNQ": "did not qualify (DNQ)",
}


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def plural_points(points: float) -> str:
    shown = f"{points:g}"
    return f"{shown} point" if points == 1 else f"{shown} points"


@dataclass(frozen=True)
class RaceRef:
    id: int
    slug: str
    title: str
    date: str | None
    circuit: str | None
    source_file: str
    location: str | None = None  # the town and region beyond the circuit, as the article prints it

    @property
    def nice_date(self) -> str:
        if not self.date:
            return "date unknown"
        from datetime import date
        d = date.fromisoformat(self.date)
        return f"{d.strftime('%B')} {d.day}, {d.year}"

    @property
    def footer(self) -> str:
        return f"{self.title} · {self.nice_date} · source: {self.source_file}"

    @property
    def short_title(self) -> str:
        """The title without its leading year (rows show the date), long middles elided:
        "1000 km of Spa", "FIA Sportscar Championship Monza"."""
        words = self.title.split()
        if len(words) > 1 and _YEAR.fullmatch(words[0]):
            words = words[1:]
        while len(" ".join(words)) > SHORT_TITLE_LIMIT and len(words) > 3:
            words = [words[0], "…", *words[3 if words[1] == "…" else 2:]]
        return " ".join(words)

    @property
    def tag(self) -> str:
        """What a row spanning races starts with: "2003-08-31 · 1000 km of Spa"."""
        return f"{self.date or 'undated'} · {self.short_title}"


def headline(summary: str, limit: int = 256) -> str:
    """The first sentence of a summary, as a title: "Several drivers match “cook”"."""
    first = re.split(r"(?<=[.?!])\s|:\s", summary, maxsplit=1)[0].rstrip(".")
    return first if len(first) <= limit else first[: limit - 1] + "…"


def races_span(races: list[RaceRef]) -> str:
    """ "8 races, 2002–2003": what a footer says of several races, however many."""
    years = sorted({r.date[:4] for r in races if r.date})
    when = "" if not years else f", {years[0]}" if len(years) == 1 else f", {years[0]}–{years[-1]}"
    return f"{plural(len({r.id for r in races}), 'race')}{when}"


# a status word where the reason would be ("Retirement" says no more than DNF)
_NO_REASON = frozenset(("retired", "ret", "running", "retirement", "retire", "dnf", "did not finish", "not classified"))
_TIME_OR_GAP = re.compile(r"^[+-]?\s*\d")  # "5:21:08.617", "+1 Lap", "+12.345": not a reason


@dataclass
class EntryView:
    """One car's result in one race, with everything a question may ask about it."""

    id: int
    race: RaceRef
    row: int
    position_text: str
    position: int | None
    class_position: int | None
    status: str
    class_name: str
    car_number: str
    team: str
    chassis: str
    engine: str
    tyre: str
    laps: int | None
    time: str = ""  # the Time/Retired cell as printed: a race time, a gap, or why the car stopped
    grid: int | None = None  # the starting position, where the article prints one
    points: float | None = None  # the points this result scored, where the article prints them
    extra: str | None = None  # the article's other columns, JSON {"Laps Led": "12"}
    drivers: list[str] = field(default_factory=list)
    driver_ids: list[int] = field(default_factory=list)
    driver_countries: list[str | None] = field(default_factory=list)
    team_ids: list[int] = field(default_factory=list)
    behind_overall: int | None = None
    behind_class: int | None = None

    @property
    def classified(self) -> bool:
        return self.position is not None

    @property
    def classless(self) -> bool:
        """A race with one classification and no classes (a Grand Prix): no class to name."""
        return self.class_name == "Overall"

    @property
    def in_class(self) -> str:
        """ " (1st in GTO)", or nothing in a race without classes."""
        label = f"class {self.class_name}" if (self.class_name or "").isdigit() else self.class_name  # "4th in class 1"
        return f" ({ordinal(self.class_position)} in {label})" if self.class_position and not self.classless else ""

    @property
    def car_name(self) -> str:
        """ "#122 Rollcentre Racing Mosler MT900R"; "#5 Renault" when the team is the constructor."""
        parts = [f"#{self.car_number}" if self.car_number else "", self.team,
                 "" if self.chassis == self.team else self.chassis]
        return " ".join(p for p in parts if p)

    @property
    def place(self) -> str:
        """"P6 (1st in GTO)" or "NC" / "DNF"."""
        if self.position is None:
            return self.position_text
        return f"P{self.position}{self.in_class}"

    @property
    def brief(self) -> str:
        """ "P2 (2nd in SR1), #16 Pescarolo Sport, 140 laps": place, car and what it covered, as printed."""
        return ", ".join(x for x in (self.place, self.car, self.run) if x)

    @property
    def listed(self) -> str:
        """One car in a list: "#7 Chaparral Cars Inc. (Phil Hill, Mike Spence, DNF, 225 laps)"; the rider first
        where the table prints no car number or team ("Kevin Schwantz (RET)")."""
        head = self.car or ", ".join(self.drivers) or self.chassis
        crew = self.drivers if self.car else []
        return f"{head} ({', '.join(x for x in (*crew, self.outcome, self.run) if x)})"

    @property
    def finish_phrase(self) -> str:
        """ "finished P20 (Brakes)", "did not start (DNS): Transmission", "was retired (DNF)"."""
        if self.classified:
            shown = self.reason or (self.race_time if self.position != 1 and self.race_time.startswith("+") else "")
            return ("won (P1)" if self.position == 1 else f"finished {self.place}") + (f" ({shown})" if shown else "")
        return self.was_status + (f": {self.reason}" if self.reason else "")

    @property
    def outcome(self) -> str:
        """The place and, when the results give one, why the car stopped: "RET, Collision", "P20, Brakes"."""
        return f"{self.place}, {self.reason}" if self.reason else self.place

    @property
    def status_text(self) -> str:
        return STATUS_WORDS.get(self.status, self.status)

    @property
    def was_status(self) -> str:
        """ "was retired (DNF)", "did not start (DNS)": the status as a predicate."""
        text = self.status_text
        return text if text.startswith("did not") else f"was {text}"

    @property
    def reason(self) -> str:
        """Why a car stopped, when the results say ("Accident"); some series classify every car,
        retirements included, so a classified car may have one too."""
        if not self.time or _TIME_OR_GAP.match(self.time) or self.time.strip().lower() in _NO_REASON:
            return ""
        return self.time

    @property
    def race_time(self) -> str:
        """A classified car's time or gap as printed ("5:21:08.617", "+1 Lap")."""
        return self.time if self.classified and _TIME_OR_GAP.match(self.time) else ""

    @property
    def places_gained(self) -> int | None:
        """Grid position minus finishing position (positive: places gained), for a classified car that had a grid slot."""
        return self.grid - self.position if self.grid and self.position else None

    @property
    def car(self) -> str:
        """ "#5 Renault"; "Renault" or nothing where the table prints no car number or team (motorcycles)."""
        return " ".join(x for x in (f"#{self.car_number}" if self.car_number else "", self.team) if x)

    @property
    def laps_text(self) -> str:
        return "laps unknown" if self.laps is None else plural(self.laps, "lap")

    @property
    def run(self) -> str:
        """What the car covered as the table prints it: its laps, else its time (rallies, many motorcycle
        tables), else nothing -- never "laps unknown" in a sentence."""
        return plural(self.laps, "lap") if self.laps is not None else self.race_time

    def line(self, with_race: bool = False) -> str:
        """One line: place, class, car, team, drivers, chassis, laps (after the race, in a list of many)."""
        place = self.position_text if self.position is None else f"P{self.position}"
        race = f"{self.race.tag} · " if with_race else ""
        extra = (f" · grid {self.grid}" if self.grid is not None else "") + (
            f" · {plural_points(self.points)}" if self.points else "")
        if self.classless:
            crew = ", ".join(self.drivers)
            return race + " · ".join(x for x in (place, self.car_name, crew, self.run) if x) + extra
        cls = f"{self.class_name}" + (f" P{self.class_position}" if self.class_position else "")
        return (f"{race}{place} · {cls} · {self.car + ' — ' if self.car else ''}{', '.join(self.drivers)} · "
                + " · ".join(x for x in (self.chassis, self.run) if x) + extra)


def rank_key(e: EntryView) -> tuple:
    """Better results first: classified by position, then NC, DNF, DNS, DNQ, DSQ; more laps first."""
    order = {"classified": 0, "NC": 1, "DNF": 2, "DNS": 3, "DNQ": 4, "DSQ": 5}
    return (order.get(e.status, 6), e.position or 0, -(e.laps or 0))


@dataclass(frozen=True)
class Choice:
    """A candidate the user can pick (a button): what to show and what resolves exactly."""

    kind: str
    label: str
    value: str


@dataclass
class Answer:
    """The one result type: a status, a direct answer, supporting facts and the race used."""

    status: str
    summary: str
    title: str = ""
    kind: str = "fact"
    fields: list[tuple[str, str]] = field(default_factory=list)
    entries: list[EntryView] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    races: list[RaceRef] = field(default_factory=list)
    choices: list[Choice] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    rows: list[str] = field(default_factory=list)  # a table already laid out (a career), paged like entries
    # what the answer was about (the cars a follow-up's "they" or "of them" means); never rendered
    focus: list[EntryView] = field(default_factory=list)
    asked: dict = field(default_factory=dict)  # what the question named: race id, drivers, teams, cars, classes
    image: bytes | None = None
    # built from every word of the question (data.ask.table_select), so no condition of it was dropped
    read_whole: bool = False

    @property
    def race(self) -> RaceRef | None:
        return self.races[0] if len(self.races) == 1 else None

    @property
    def footer(self) -> str:
        if not self.races:
            return ""
        if len(self.races) == 1:
            return self.races[0].footer
        return races_span(self.races)

    def listing(self) -> list[str]:
        """The rows shown below the answer, paged in embeds: the table, else one line an entry,
        each naming its race when the entries span races."""
        if self.rows:
            return list(self.rows)
        many = len({e.race.id for e in self.entries}) > 1
        once = {e.id: e for e in self.entries}.values()  # "was the pole sitter also the winner?": one car, one line
        return [e.line(with_race=many) for e in once]

    def text(self) -> str:
        """Plain text for the CLI, the console and mention replies."""
        parts = [self.summary]
        if self.choices:
            parts.append("Did you mean: " + "; ".join(c.label for c in self.choices) + "?")
        if self.suggestions:
            parts.append("Suggestions (not matches): " + ", ".join(self.suggestions))
        parts.extend(f"{k}: {v}" for k, v in self.fields)
        parts.extend(self.lines)
        parts.extend(self.listing())
        if self.footer and self.status == ANSWERED:
            parts.append(f"— {self.footer}")
        return "\n".join(p for p in parts if p)
