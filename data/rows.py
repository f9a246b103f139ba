"""Parsed races in the form the store writes them, which parser processes send back.

Deliberately light (it imports only the parser): every parser process imports it at start.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

from data.article import RAW_CLASS, RAW_DRIVERS, ArticleError, ParsedRace, read_article

RACE_COLUMNS = ("slug", "title", "date", "date_text", "year", "circuit", "championships", "distance",
                 "classification_rule", "intro", "entries", "source_file", "source_hash")


class RaceRows(NamedTuple):
    """One parsed article as the store writes it (plain tuples: cheap to send between processes)."""

    path: str
    title: str
    slug: str
    date: str  # ISO date, "" when the article gives none
    race: tuple  # the races row, in the order of RACE_COLUMNS
    classes: tuple[tuple[str, str | None, int], ...]  # (name, championship, entries)
    statistics: tuple[tuple, ...]  # (kind, label, value, car_number, team)
    entries: list[tuple]  # ParsedRace.rows: the RAW_* layout of data.article; drivers None until split
    coded: bool  # every Drivers cell printed nationality codes

    def class_names(self) -> list[str]:
        return [c[0] for c in self.classes]


def race_rows(race: ParsedRace) -> RaceRows:
    """A parsed article in the form the store writes."""
    counts: dict[str, int] = {}
    for r in race.rows:
        counts[r[RAW_CLASS]] = counts.get(r[RAW_CLASS], 0) + 1
    return RaceRows(
        path=race.path, title=race.title, slug=race.slug, date=race.date or "",
        race=(race.slug, race.title, race.date, race.date_text, int(race.date[:4]) if race.date else None,
              race.circuit, json.dumps(race.championships), race.distance, race.classification_rule, race.intro,
              len(race.rows), Path(race.path).name, race.source_hash),
        classes=tuple((c, race.class_championships.get(c), counts[c]) for c in counts),
        statistics=tuple((s.kind, s.label, s.value, s.car_number, s.team) for s in race.statistics),
        entries=race.rows, coded=all(r[RAW_DRIVERS] is not None for r in race.rows))


def parse_for_store(path: Path) -> RaceRows | ArticleError:
    """Read and parse one article; a refusal is returned, not raised, so workers can send it."""
    try:
        return race_rows(read_article(path))
    except ArticleError as exc:
        return exc
