"""Careers at a glance: a driver's or a team's races as one summary line and a compact table,
one row an entry, newest first. The same rows serve embeds (paged), the CLI and mentions."""
from __future__ import annotations

import logging

from data.answers import ANSWERED, Answer, EntryView, plural, rank_key

log = logging.getLogger(__name__)


def career_row(e: EntryView, exclude: str | None = None) -> str:
    """ "2003-08-31 · 1000 km of Spa · P1 (1st in SR1), 144 laps · #25 Audi Sport Japan Team Goh · with Seiji Ara":
    date, race, place (class place) and laps, car, the others in it. A team's rows name the whole crew."""
    place = (e.place if e.classified else f"{e.position_text} ({e.class_name})") + f", {e.laps_text}"
    car = f"#{e.car_number} {e.team}".strip() if exclude else f"#{e.car_number} {e.chassis}".strip()
    crew = [d for d in e.drivers if d != exclude]
    who = (f"with {', '.join(crew)}" if exclude else ", ".join(crew)) if crew else ("alone" if exclude else "—")
    return f"{e.race.tag} · {place} · {car} · {who}"


def career_summary(name: str, entries: list[EntryView]) -> str:
    """ "Jan Lammers: 6 races, 3 wins, 5 podiums, 4 class wins; best result P1 (1st in SR1), 3 times, the latest at …;
    first race …, last …" """
    races = sorted({e.race.id: e.race for e in entries}.values(), key=lambda r: (r.date or "", r.id))
    wins = sum(1 for e in entries if e.position == 1)
    podiums = sum(1 for e in entries if e.position is not None and e.position <= 3)
    class_wins = sum(1 for e in entries if e.class_position == 1)
    best = min(entries, key=rank_key)
    same = [e for e in entries if e.place == best.place]
    where = (f" at the {best.race.title}" if len(same) == 1
             else f", {len(same)} times, the latest at the {max(same, key=lambda e: (e.race.date or '', e.race.id)).race.title}")
    first, last = races[0], races[-1]
    return (f"{name}: {plural(len(races), 'race')}, {plural(wins, 'win')}, {plural(podiums, 'podium')}, "
            f"{plural(class_wins, 'class win')}; best result {best.place}{where}; "
            f"first race {first.title} ({first.nice_date}), last {last.title} ({last.nice_date}).")


def career_answer(name: str, kind: str, entries: list[EntryView]) -> Answer:
    """A driver's (``kind`` "driver") or team's ("team") entries across races, at a glance."""
    newest = sorted(entries, key=lambda e: (e.race.date or "", e.race.id, -e.row), reverse=True)
    exclude = name if kind == "driver" else None
    return Answer(ANSWERED, career_summary(name, entries), title=name, kind=f"{kind}_career",
                  rows=[career_row(e, exclude) for e in newest], entries=newest,
                  races=list({e.race.id: e.race for e in newest}.values()))
