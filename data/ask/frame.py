"""The frame a question becomes: its slots, filled by entity linking (``data.ask.linking``), and the
intent that answered it (``data.ask.intents``)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from data.answers import Answer, RaceRef
from data.folding import fold
from data.names import NameRecord


@lru_cache(maxsize=8192)
def phrase_pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(phrase)}\b")


@dataclass
class Frame:
    """What a question asks, as slots: the race(s), classes, subjects (drivers, teams, car numbers), makes,
    nationalities, positions, and the words nothing linked. ``intent`` is the registry entry that answered
    it (``data.ask.intents``); a follow-up fills its own empty slots from the last frame."""
    raw: str
    words: list[str]
    text: str
    race: RaceRef | None = None
    race_named: bool = False
    year: int | None = None
    years: list[int] = field(default_factory=list)
    month: int | None = None
    other_races: list[RaceRef] = field(default_factory=list)
    race_candidates: list[RaceRef] = field(default_factory=list)  # every race the words fit equally well
    race_problem: Answer | None = None
    race_by_year_only: bool = False
    race_country: str | None = None  # "the Belgian race", "who won in Italy?": where the race was held
    bottom: int | None = None  # "the bottom 3", "the last 5 finishers"
    series: str | None = None  # "the 2003 American Le Mans Series": a championship the races counted for
    series_words: set[int] = field(default_factory=set)
    classes: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    makes: list[tuple[str, str]] = field(default_factory=list)  # (make, "chassis"|"engine")
    make_words: set[int] = field(default_factory=set)  # where the makes stand among the words
    cars: list[str] = field(default_factory=list)
    tyres: list[str] = field(default_factory=list)
    # "how many retired? not counting the dns": statuses left out of the cars counted or listed
    statuses_left_out: list[str] = field(default_factory=list)
    # "which sr2 cars other than #52 finished?": cars left out of those counted or listed
    cars_left_out: list[str] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)
    drivers: list[NameRecord] = field(default_factory=list)
    teams: list[NameRecord] = field(default_factory=list)
    ambiguous: list[Answer] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    unknown_class: str | None = None  # "LMP675" when no such class is stored for the race(s) asked about
    unparsed: list[str] = field(default_factory=list)
    # words the race's own results and intro make known: its printed retirement reasons, its championships
    race_known_words: frozenset[str] = frozenset()
    codes_known: frozenset[str] = frozenset()  # the store's codes of letters and digits ("r8", "gt3", "sr2", "lmp900")
    used: set[int] = field(default_factory=set)
    intent: str | None = None
    # where the question names each subject and make, by its label (a name, "#7", a make): (first, last) word
    named_at: dict[str, tuple[int, int]] = field(default_factory=dict)
    # "the Balfe Mosler", "the Racing for Holland Dome": a make that describes a named subject's car, by name
    subject_makes: dict[str, tuple[str, str]] = field(default_factory=dict)

    def name_at(self, label: str, first: int, last: int | None = None) -> None:
        """Note where the question names a subject or make (its first mention counts)."""
        self.named_at.setdefault(label, (first, first if last is None else last))

    def mention(self, label: str) -> int:
        """Where the question first names a subject (a name, "#7"): its first word, else the first word of its
        name the question spells, else the question's end."""
        if label in self.named_at:
            return self.named_at[label][0]
        words = {w for w in fold(label).split() if len(w) > 2 or w.isdigit()}
        return next((i for i, w in enumerate(self.words) if w in words), len(self.words))

    def has(self, *phrases: str) -> bool:
        """Whether an intent word or phrase is in the question, outside the entities linked so far
        ("championship" in a race's title is no question about championships)."""
        free = " ".join(w for i, w in enumerate(self.words) if i not in self.used) if self.used else self.text
        # a plain substring test first: most phrases asked about are absent
        return any(p in free and phrase_pattern(p).search(free) is not None for p in phrases)

    @property
    def subjects(self) -> int:
        return len(self.drivers) + len(self.teams) + len(self.cars)


    def slot(self, name: str) -> bool:
        """Whether the slot called ``name`` (a key of ``SLOTS``) is filled."""
        return bool(SLOTS[name](self))


# The frame's slots by name, as the intent registry states what an intent requires and allows.
SLOTS: dict[str, Callable[[Frame], object]] = {
    "race": lambda f: f.race_named,
    "races": lambda f: f.other_races,
    "series": lambda f: f.series,
    "class": lambda f: f.classes,
    "driver": lambda f: f.drivers,
    "team": lambda f: f.teams,
    "car": lambda f: f.cars,
    "make": lambda f: f.makes,
    "country": lambda f: f.countries,
    "tyre": lambda f: f.tyres,
    "position": lambda f: f.positions,
    "bottom": lambda f: f.bottom,
    "unknown": lambda f: f.unknown,
    "unknown_class": lambda f: f.unknown_class,
    "ambiguous": lambda f: f.ambiguous,
}
