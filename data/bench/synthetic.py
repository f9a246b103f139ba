"""Synthetic race articles in the real plain-text format, for benchmarks at scale.

Deterministic for a seed: realistic multinational names (accents, particles), several classes
per race, nationality codes of every kind, retirements and non-classified cars, statistics.
"""
from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from data.article import ParsedRace, Person
from data.bench.synthetic_names import synthetic_names

_CODES = {"ITA": ["ITA"], "FRA": ["FRA"], "DEU": ["GER", "DEU"], "NLD": ["NED", "NLD"], "GBR": ["GBR"],
          "ESP": ["ESP"], "PRT": ["POR", "PRT"], "SWE": ["SWE"], "JPN": ["JPN"], "CZE": ["CZE", "CZ"]}
_CIRCUITS = [("Spa", "Circuit de Spa-Francorchamps"), ("Monza", "Autodromo Nazionale Monza"),
             ("Brno", "Masaryk Circuit"), ("Dijon", "Dijon-Prenois"), ("Estoril", "Autódromo do Estoril"),
             ("Oschersleben", "Motorsport Arena Oschersleben"), ("Silverstone", "Silverstone Circuit"),
             ("Donington", "Donington Park"), ("Magny-Cours", "Circuit de Nevers Magny-Cours"),
             ("Nürburgring", "Nürburgring"), ("Hockenheim", "Hockenheimring"), ("Imola", "Autodromo Enzo e Dino Ferrari"),
             ("Mugello", "Mugello Circuit"), ("Vallelunga", "Autodromo di Vallelunga"), ("Jarama", "Circuito del Jarama"),
             ("Barcelona", "Circuit de Barcelona-Catalunya"), ("Anderstorp", "Scandinavian Raceway"),
             ("Zandvoort", "Circuit Zandvoort"), ("Zolder", "Circuit Zolder"), ("Suzuka", "Suzuka Circuit"),
             ("Fuji", "Fuji Speedway"), ("Sebring", "Sebring International Raceway"), ("Road Atlanta", "Road Atlanta"),
             ("Laguna Seca", "Laguna Seca Raceway"), ("Watkins Glen", "Watkins Glen International"),
             ("Le Mans", "Circuit de la Sarthe"), ("Paul Ricard", "Circuit Paul Ricard"), ("Most", "Autodrom Most"),
             ("Hungaroring", "Hungaroring"), ("Portimão", "Algarve International Circuit")]
_SERIES = [("FIA Sportscar Championship", ["SR1", "SR2"]), ("British GT Championship", ["GTO", "GT Cup"]),
           ("FIA GT Championship", ["GT", "N-GT"]), ("American Le Mans Series", ["LMP900", "LMP675", "GTS", "GT"]),
           ("Le Mans Series", ["LMP1", "LMP2", "GT1", "GT2"]), ("Italian GT Championship", ["GT1", "GT2", "GT3"]),
           ("Porsche Supercup", ["Pro", "Am"]), ("European Touring Car Championship", ["Super 2000", "Super Production"])]
_CHASSIS = [("Audi R8", "Audi 3.6L Turbo V8"), ("Dome S101", "Judd GV4 4.0L V10"), ("Lola B2K/10", "Judd GV4 4.0L V10"),
            ("Courage C60", "Peugeot A32 3.2L Turbo V6"), ("Lucchini SR2002", "Nissan (AER) VQL 3.0L V6"),
            ("Pilbeam MP84", "Nissan (AER) VQL 3.0L V6"), ("Mosler MT900R", "Chevrolet LS1 5.7L V8"),
            ("TVR Tuscan T400R", "TVR Speed Six 4.0L I6"), ("Porsche 996 GT3-R", "Porsche 3.6L Flat-6"),
            ("Ferrari 360 Modena N-GT", "Ferrari 3.6L V8"), ("Ferrari 550-GTS Maranello", "Ferrari 5.9L V12"),
            ("Chrysler Viper GTS-R", "Chrysler 8.0L V10"), ("Saleen S7-R", "Ford 7.0L V8"), ("Lister Storm", "Jaguar 7.0L V12"),
            ("Morgan Aero 8-R", "BMW (Mader) 4.0L V8"), ("Chevrolet Corvette C5-R", "Chevrolet LS7r 7.0L V8"),
            ("Panoz LMP01 Evo", "Élan 6L8 6.0L V8"), ("Lamborghini Diablo GTR", "Lamborghini 6.0L V12")]
_TEAM_WORDS = ["Racing", "Motorsport", "Engineering", "Competition", "Sport", "Team", "Corse", "Scuderia",
               "Autosport", "Endurance", "Performance"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


@dataclass
class World:
    drivers: list[tuple[str, str]]  # (name, iso3 of its nation)
    teams: list[tuple[str, str]]


def make_world(drivers: int, teams: int, seed: int = 2003) -> World:
    rng = random.Random(seed)
    names = synthetic_names(drivers, seed)
    nations = list(_CODES)
    people = [(n, rng.choice(nations)) for n in names]
    team_names: set[str] = set()
    out_teams = []
    while len(out_teams) < teams:
        base = rng.choice(names).split()[-1]
        name = f"{base} {rng.choice(_TEAM_WORDS)}" if rng.random() < 0.7 else f"{rng.choice(_TEAM_WORDS)} {base}"
        if name not in team_names:
            team_names.add(name)
            out_teams.append((name, rng.choice(nations)))
    return World(people, out_teams)


def race_titles(count: int, seed: int = 2003) -> list[tuple[int, str, str, str, list[str]]]:
    """(year, title, circuit, series, classes) for ``count`` distinct races."""
    rng = random.Random(seed)
    seen: set[str] = set()
    out = []
    while len(out) < count:
        year = rng.randint(1960, 2025)
        short, circuit = rng.choice(_CIRCUITS)
        series, classes = rng.choice(_SERIES)
        title = f"{year} {series} {short}"
        if title in seen:  # years x series x circuits run out before 20,000: add a race format
            title = f"{title} {rng.choice(['Sprint', '500km', '1000km', '6 Hours', '2 Hours', '3 Hours', '12 Hours'])}"
        if title in seen:
            continue
        seen.add(title)
        out.append((year, title, circuit, series, classes))
    return out


def article(world: World, index: int, year: int, title: str, circuit: str, series: str, classes: list[str],
            entries: int, rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.choice(_MONTHS)
    date_text = f"{month} {day}, {year}" if rng.random() < 0.5 else f"{day} {month} {year}"
    lines = [f"= {title} =", "",
             f"The {title} was round {rng.randint(1, 12)} of the {year} {series} season (running under "
             f"{' and '.join(classes)} classes) and was held at {circuit}. It took place on {date_text}.", "",
             "==Official results==",
             "Class winners in bold. Cars failing to complete 75% of winner's distance marked as Not Classified (NC).",
             "", "| Pos | Class | No | Team | Drivers | Chassis | Tyre | Laps |", "| Engine | | | | | | | |"]
    field = []
    used_numbers: set[int] = set()
    leader = rng.randint(60, 400)
    for k in range(entries):
        number = rng.randint(1, 199)
        while number in used_numbers:
            number = rng.randint(1, 199)
        used_numbers.add(number)
        crew = [world.drivers[rng.randrange(len(world.drivers))] for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))]
        team = world.teams[rng.randrange(len(world.teams))]
        chassis, engine = rng.choice(_CHASSIS)
        laps = max(1, int(leader * (1 - k / (entries * 2.2)) - rng.randint(0, 3)))
        field.append([number, rng.choice(classes), team, crew, chassis, engine, laps])
    field.sort(key=lambda f: -f[6])
    retire_from = int(entries * rng.uniform(0.65, 0.9))
    for k, (number, cls, team, crew, chassis, engine, laps) in enumerate(field):
        if k < retire_from:
            pos = str(k + 1)
        else:
            pos = rng.choice(["DNF", "DNF", "DNF", "NC", "DSQ"])
            laps = rng.randint(0, laps)
        code = rng.choice(_CODES[team[1]])
        drivers = " ".join(f"{rng.choice(_CODES[n[1]])} {n[0]}" for n in crew)
        tyre = rng.choice(["", "M", "D", "P", "G", "Y"])
        lines.append(f"| {pos} | {cls} | {number:02d} | {code} {team[0]} | {drivers} | {chassis} | {tyre} | {laps} |"
                     if rng.random() < 0.02 else
                     f"| {pos} | {cls} | {number} | {code} {team[0]} | {drivers} | {chassis} | {tyre} | {laps} |")
        lines.append(f"| {engine} | | | | | | | |")
    pole = field[rng.randrange(min(5, len(field)))]
    lines += ["", "==Statistics==",
              f"- Pole Position - #{pole[0]} {pole[2][0]} - {rng.randint(1, 2)}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}",
              f"- Fastest Lap - #{field[0][0]} {field[0][2][0]} - {rng.randint(1, 2)}:{rng.randint(0, 59):02d}.{rng.randint(0, 999):03d}",
              f"- Average Speed - {rng.uniform(120, 220):.3f} km/h", ""]
    return "\n".join(lines)


def articles(races: int, entries_per_race: int = 50, drivers: int = 100_000, teams: int = 4000,
             seed: int = 2003) -> Iterator[tuple[str, str]]:
    """(file name, text) of ``races`` articles."""
    world = make_world(drivers, teams, seed)
    rng = random.Random(seed + 1)
    for i, (year, title, circuit, series, classes) in enumerate(race_titles(races, seed)):
        n = max(8, int(rng.gauss(entries_per_race, entries_per_race / 6)))
        yield f"{i:05d}_{title.replace(' ', '_').replace('/', '-')}.txt", article(
            world, i, year, title, circuit, series, classes, n, rng)


def _flag_name(country: str | None) -> str | None:
    from data.countries import COUNTRIES
    c = COUNTRIES.get(country or "")
    return c.name if c else None


def as_wikitext(race: ParsedRace) -> str:
    """A parsed article written as Wikipedia's wikitext: rowspans, a Chassis/Engine column stacked
    over two rows, {{flagicon}} templates, links and <br /> between drivers (for the forms benchmark
    and round-trip tests)."""
    def people(ps: list[Person], sep: str) -> str:
        return sep.join((f"{{{{flagicon|{p.code}}}}} " if p.code else "") + f"[[{p.name}]]" for p in ps)

    out = [race.intro, "", "==Official results==", "", '{| class="wikitable"', "|-",
           *(f"!rowspan=2|{h}" if h != "Chassis" else "!Chassis"
             for h in ("Pos", "Class", "No", "Team", "Drivers", "Chassis", "Tyre", "Laps")), "|-", "! Engine"]
    for e in race.entries:
        tyre = e.tyre.rsplit("(", 1)[-1].rstrip(")") if e.tyre.endswith(")") else e.tyre
        laps = "" if e.laps is None else str(e.laps)
        out += ["|-", *(f"|rowspan=2 | {v}" for v in (e.position_text, e.class_name, e.car_number,
                                                       people(e.teams, " ") if e.teams else "",
                                                       people(e.drivers, "<br />"))),
                f"|[[{e.chassis}]]", f"|rowspan=2 | {tyre}", f"|rowspan=2 | {laps}", "|-", f"|{e.engine}"]
    out += ["|}", "", "==Statistics==", *(
        f"* {s.label} - " + (f"#{s.car_number} {s.team or ''}".rstrip() + " - " if s.car_number else "") + s.value
        for s in race.statistics), ""]
    return "\n".join(out)


def as_html(race: ParsedRace) -> str:
    """A parsed article as the page a browser saves: flags only as images, rowspans, <br> between drivers."""
    from html import escape

    def people(ps: list[Person], sep: str) -> str:
        parts = []
        for p in ps:
            name = _flag_name(p.country)
            flag = (f'<span class="flagicon"><img alt="" src="//upload.wikimedia.org/wikipedia/commons/thumb/0/00/'
                    f'Flag_of_{name.replace(" ", "_")}.svg/23px-Flag.svg.png"/></span>&#160;' if name else "")
            parts.append(f'{flag}<a href="/wiki/{escape(p.name)}">{escape(p.name)}</a>')
        return sep.join(parts)

    head = "".join(f'<th rowspan="2">{h}</th>' if h != "Chassis" else "<th>Chassis</th>"
                   for h in ("Pos", "Class", "No", "Team", "Drivers", "Chassis", "Tyre", "Laps"))
    rows = []
    for e in race.entries:
        tyre = e.tyre.rsplit("(", 1)[-1].rstrip(")") if e.tyre.endswith(")") else e.tyre
        cells = "".join(f'<td rowspan="2">{v}</td>' for v in (
            escape(e.position_text), escape(e.class_name), escape(e.car_number), people(e.teams, " "),
            people(e.drivers, "<br />")))
        rows.append(f"<tr>{cells}<td>{escape(e.chassis)}</td><td rowspan=\"2\">{escape(tyre)}</td>"
                    f"<td rowspan=\"2\">{'' if e.laps is None else e.laps}</td></tr><tr><td>{escape(e.engine)}</td></tr>")
    stats = "".join(f"<li>{escape(s.label)} - " + (escape(f'#{s.car_number} {s.team or ""}'.rstrip()) + " - "
                                                   if s.car_number else "") + f"{escape(s.value)}</li>"
                    for s in race.statistics)
    return (f"<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>{escape(race.title)} - Wikipedia</title>"
            f"</head><body><h1>{escape(race.title)}</h1><p>{escape(race.intro)}</p><h2>Official results</h2>"
            f"<table class=\"wikitable\"><tbody><tr>{head}</tr><tr><th>Engine</th></tr>{''.join(rows)}</tbody></table>"
            f"<h2>Statistics</h2><ul>{stats}</ul></body></html>")
