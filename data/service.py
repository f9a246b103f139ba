"""``Pitwall``: the one entry point every front end calls. Resolves names, picks the race,
and builds the typed ``Answer`` for each command (and, through ``data.ask.engine``, for free text)."""
from __future__ import annotations

import functools
import gc
import logging
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from data.answers import (AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, Choice, EntryView, RaceRef,
                          headline, plural)
from data.careers import career_answer
from data.sentences import car_sentence, driver_sentence, entry_fields
from data.folding import fold
from data.formula1 import Formula1
from data.names import NameIndex, NameRecord, Resolution, gc_paused
from data.ask.race_choice import Fit, fitting_races, latest_fitting
from data.results import Results
from data.store import connect

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def consistent(method: F) -> F:
    """Answer from one snapshot of the store, reloading first if another process committed."""

    @functools.wraps(method)
    def wrapper(self: "Pitwall", *args: Any, **kwargs: Any) -> Any:
        with self.snapshot():
            return method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


@dataclass
class Picked:
    """A resolved race option: the race, or the answer to give instead."""

    race: RaceRef | None
    problem: Answer | None = None
    note: str = ""  # how a race chosen by default was chosen, when several are stored


class Pitwall:
    """Answers about the races in one store. Build once at start-up; every call is indexed."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.db = connect(db_path, readonly=True)
        self._lock = threading.RLock()
        self._depth = 0
        self._data_version = self._version()
        with gc_paused():
            self.results = Results(self.db)
        self.build_indexes()

    def _version(self) -> int:
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """A read transaction around one answer: a concurrent ingest is either wholly visible or not
        at all. When another connection has committed since the last answer, reload first."""
        with self._lock:
            outer = self._depth == 0
            if outer:
                self.db.execute("BEGIN")
                version = self._version()
                if version != self._data_version:
                    log.info("the store changed (a new ingest): reloading")
                    self._data_version = version
                    self.results.reload()
                    self.build_indexes()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if outer:
                    self.db.execute("COMMIT")

    def build_indexes(self) -> None:
        with gc_paused():
            self._build_indexes()
        # Millions of long-lived index objects: keep them out of the cyclic GC's full passes,
        # which otherwise stall an answer for ~0.4 s now and then at 100,000 drivers.
        gc.freeze()

    def _build_indexes(self) -> None:
        db = self.db
        self.drivers = NameIndex(NameRecord(i, n, "driver") for i, n in db.execute("SELECT id, name FROM drivers"))
        self.teams = NameIndex(NameRecord(i, n, "team") for i, n in db.execute("SELECT id, name FROM teams"))
        self.classes = NameIndex(NameRecord(n, n, "class") for (n,) in db.execute(
            "SELECT DISTINCT name FROM race_classes"))
        chassis = [c for (c,) in db.execute("SELECT name FROM equipment WHERE kind = 'chassis'")]
        engine_makes = {m for (m,) in db.execute("SELECT name FROM equipment WHERE kind = 'engine_make'")}
        self.make_roles = make_vocabulary(chassis, engine_makes)
        self.chassis_words = {w for c in chassis for w in fold(c).split()}  # "gt3" of "Porsche 911 GT3-RS"
        # the model word right after each make ("360" of "Ferrari 360 Modena"): "the Ferrari 360"
        # (folded make -> folded model word -> the model word as printed, "Storm" of "Lister Storm")
        self.model_words: dict[str, dict[str, str]] = {}
        self.chassis_by_make: dict[str, list[str]] = {}  # folded make -> each chassis as printed
        from data.article import make_of
        for c in chassis:
            words = fold(c).split()
            if words:
                self.chassis_by_make.setdefault(words[0], []).append(c)
            made = fold(make_of(c)).split()  # "alfa romeo" of "Alfa Romeo T33/3": the model word follows both
            n = len(made) if words[:len(made)] == made else 1
            if len(words) > n:
                printed = next((t for t in re.split(r"[\s/-]+", c) if fold(t) == words[n]), words[n])
                self.model_words.setdefault(" ".join(words[:n]), {}).setdefault(words[n], printed)
        self.engine_makes = {fold(m) for m in engine_makes}
        # each engine as printed, by its make's folded first word: "a Ford 7.0L V8 engine" is that engine
        self.engines_by_make: dict[str, list[str]] = {}
        for (name,) in db.execute("SELECT name FROM equipment WHERE kind = 'engine'"):
            words = fold(name).split()
            if len(words) > 1:
                self.engines_by_make.setdefault(words[0], []).append(name)
        self.makes = NameIndex(NameRecord(m, m, "make") for m in sorted({m for m, _ in self.make_roles.values()}))
        race_records = []
        for r in self.results.races():
            race_records.append(NameRecord(r.id, r.title, "race"))
            if r.circuit:  # "2003 spa" already matches the words of "2003 1000 km of Spa"
                race_records.append(NameRecord(r.id, r.circuit, "race"))
        self.race_index = NameIndex(race_records, join_words=False)
        self.__dict__.pop("_race_lookup", None)  # free-text race words, rebuilt on demand
        self.__dict__.pop("_race_known_words", None)  # each race's own words (reasons, championships, intro)
        self.__dict__.pop("_spelled", None)  # slips put right: a name stored since may be one of them
        self.__dict__.pop("_team_initials", None)  # "rfh", "orp": a team or circuit stored since may share them
        self.__dict__.pop("_driver_initials", None)  # "TK's": likewise for drivers
        self.__dict__.pop("_store_codes", None)  # "r8", "sr2": the codes the store's names hold
        self.__dict__.pop("_race_prefixes", None)  # "osch": a race word cut short, unique among the words stored

    def close(self) -> None:
        self.db.conn.close()

    # -- helpers -------------------------------------------------------------------------
    def index(self, kind: str) -> NameIndex:
        return {"driver": self.drivers, "team": self.teams, "class": self.classes, "race": self.race_index,
                "make": self.makes}[kind]

    def label(self, rec: NameRecord, race_id: int | None = None) -> str:
        if rec.kind in ("driver", "team") and race_id is not None:  # in the race asked about: its car and place
            of = self.results.driver_entries if rec.kind == "driver" else self.results.team_entries
            here = of(int(rec.id), race_id)
            if here:
                return f"{rec.name} — {here[0].car} ({here[0].place})"
        if rec.kind in ("driver", "team"):
            ctx = self.results.latest_entry_context(rec.kind, int(rec.id))
            return f"{rec.name} — {ctx}" if ctx else rec.name
        if rec.kind == "race":
            race = self.results.race(int(rec.id))
            return f"{race.title} ({race.nice_date})"
        return rec.name

    def choices(self, kind: str, res: Resolution, race_id: int | None = None) -> list[Choice]:
        recs = [c.record for c in res.candidates]
        return [Choice(kind, self.label(r, race_id)[:100], r.name) for r in recs[:25]]

    def unresolved(self, kind: str, res: Resolution, what: str, race_id: int | None = None) -> Answer:
        """The answer for a name that did not resolve to exactly one record (``race_id``: the race asked about,
        whose car and place label each choice)."""
        if res.status == AMBIGUOUS:
            return Answer(AMBIGUOUS, f"Several {kind}s match “{what}”: which one?", title=f"Several {kind}s match “{what}”",
                          kind=kind, choices=self.choices(kind, res, race_id))
        names = [r.name for r in res.suggestions]
        return Answer(NOT_FOUND, f"No {kind} called “{what}” is in the results.", title=f"No {kind} called “{what}”",
                      kind=kind, suggestions=names)

    def pick_race(self, race: str | None, fit: Fit | None = None, what: str = "") -> Picked:
        """The race a command is about: the one named, else the latest in which ``what`` (the
        command's arguments, as ``fit``) exists; a choice of races when several fit on that date."""
        if race is None or not race.strip():
            return self.default_race(fit or Fit(), what)
        res = self.race_index.resolve(race)
        if res.status == ANSWERED:
            return Picked(self.results.race(int(res.match.id)))
        races = self.results.races()
        stored = ", ".join(r.title for r in races[-8:][::-1]) + (f" and {len(races) - 8} more" if len(races) > 8 else "")
        if res.status == AMBIGUOUS:
            return Picked(None, Answer(AMBIGUOUS, f"Several races match “{race}”: which one?", kind="race",
                                       title=f"Several races match “{race}”", choices=self.choices("race", res)))
        return Picked(None, Answer(NOT_FOUND, f"No race matching “{race}” is stored. Stored races: {stored}.",
                                   title=f"No race matching “{race}”", kind="race"))

    def default_race(self, fit: Fit, what: str) -> Picked:
        """With no race named: the latest race in which the arguments exist (data.ask.race_choice)."""
        if not self.results.race_count():
            return Picked(None, Answer(NOT_FOUND, "No races are stored yet: add one with 'pitwall ingest'.",
                                       title="No races are stored yet"))
        latest = latest_fitting(self.db, self.results, fit)
        if not latest:
            return Picked(None, Answer(NOT_FOUND, f"No {what} in the stored races.", title=f"No {what} in the stored races",
                                       kind="race"))
        if len(latest) > 1:
            day = latest[0].nice_date
            about = f" with {what}" if what else ""
            return Picked(None, Answer(
                AMBIGUOUS, f"{plural(len(latest), 'race')}{about} were held on {day}: which one?",
                title=f"Several races{about} on {day}", kind="race",
                choices=[Choice("race", f"{r.title} ({r.nice_date})"[:100], r.title) for r in latest[:25]]))
        race = latest[0]
        note = f"The latest race with {what}: {race.title} ({race.nice_date})." if fit and self.results.race_count() > 1 else ""
        return Picked(race, note=note)

    @consistent
    def suggest(self, kind: str, text: str, limit: int = 25, fit: Fit | None = None) -> list[Choice]:
        """Autocomplete: up to ``limit`` choices whose value resolves exactly. Races in which ``fit``
        (the command's other arguments) exists come first."""
        if kind == "race" and not text.strip():
            recs = [NameRecord(r.id, r.title, "race") for r in reversed(self.results.races()[-limit:])]
        else:
            recs = self.index(kind).suggest(text, limit * 2)
        if kind == "race" and fit:  # a Fit with nothing in it is falsy: no narrowing
            among = [int(rec.id) for rec in recs] if text.strip() else None
            fitting = fitting_races(self.db, self.results, fit, limit, among)
            ids = {r.id for r in fitting}
            recs = [NameRecord(r.id, r.title, "race") for r in fitting] + [rec for rec in recs if int(rec.id) not in ids]
        picked: dict[str, NameRecord] = {}
        for rec in recs:
            value = self.results.race(int(rec.id)).title if kind == "race" else rec.name
            picked.setdefault(value, rec)
            if len(picked) >= limit:
                break
        return [Choice(kind, self.label(rec)[:100], value[:100]) for value, rec in picked.items()]

    @consistent
    def race_fit(self, driver: str | None = None, team: str | None = None, class_name: str | None = None,
                 car: str | None = None) -> Fit:
        """What a command's other arguments ask of a race, for the ``race`` option's autocomplete:
        only the names that resolve exactly count."""
        fit: dict[str, tuple] = {}
        for key, index, name in (("drivers", self.drivers, driver), ("teams", self.teams, team)):
            res = index.resolve(name) if name and name.strip() else None
            if res is not None and res.status == ANSWERED:
                fit[key] = (int(res.match.id),)
        cls = self.resolve_class(class_name, None) if class_name and class_name.strip() else None
        if isinstance(cls, str):
            fit["classes"] = (cls,)
        if car and car.strip().lstrip("#").strip():
            fit["cars"] = (car.strip().lstrip("#").strip(),)
        return Fit(**fit)

    # -- command answers -----------------------------------------------------------------
    @consistent
    def driver(self, name: str, race: str | None = None) -> Answer:
        """/driver: the driver's result in a race, or the career at a glance when no race is named."""
        res = self.drivers.resolve(name)
        if res.status != ANSWERED:
            return self.unresolved("driver", res, name)
        driver_id = int(res.match.id)
        if race:
            picked = self.pick_race(race)
            if picked.problem:
                return picked.problem
            return self.driver_answer(driver_id, picked.race)
        return self.driver_answer(driver_id, None)

    def driver_answer(self, driver_id: int, race: RaceRef | None) -> Answer:
        name = self.results.driver_name(driver_id)
        entries = self.results.driver_entries(driver_id, race.id if race else None)
        if not entries:
            return self.absent("driver", name, race, self.results.driver_entries(driver_id))
        if len(entries) == 1:
            e = entries[0]
            return Answer(ANSWERED, driver_sentence(name, e), title=name, kind="driver",
                          fields=entry_fields(e, exclude=name), races=[e.race], entries=[])
        if race is None:
            return self.career(driver_id, name, entries)
        lines = [driver_sentence(name, e, with_race=False) for e in entries]  # two cars in one race
        return Answer(ANSWERED, f"{name} drove {plural(len(entries), 'car')} in the {race.title}.", title=name,
                      kind="driver", lines=lines, races=[race], entries=entries)

    def career(self, driver_id: int, name: str, entries: list[EntryView]) -> Answer:
        """A driver's career at a glance: an F1DB driver's Formula One totals and seasons (with a word
        on any article results), else one row a race (data.careers)."""
        f1 = Formula1(self.db)
        ids = f1.driver_ids(driver_id) if f1.available else []
        if not ids:
            return career_answer(name, "driver", entries)
        f1_races = set(f1.race_ids())
        return f1.career_answer(ids[0], elsewhere=sum(1 for e in entries if e.race.id not in f1_races))

    @staticmethod
    def absent(kind: str, name: str, race: RaceRef, elsewhere: list[EntryView]) -> Answer:
        """A driver or team that is not in the race named: say so, and where they did race."""
        raced = sorted({e.race.id: e.race for e in elsewhere}.values(), key=lambda r: (r.date or "", r.id))
        where = (f" {name} raced in {plural(len(raced), 'race')}, the latest {raced[-1].title} "
                 f"({raced[-1].nice_date})." if raced else "")
        return Answer(NOT_FOUND, f"{name} is not in the results of {race.title}.{where}",
                      title=f"{name} is not in {race.title}"[:256], kind=kind, races=[race])

    @consistent
    def class_results(self, name: str, race: str | None = None) -> Answer:
        """/class: the class classification in order, unclassified cars last (in the latest race
        where the class ran, when no race is named)."""
        picked, cls = self.race_and_class(name, race)
        if picked.problem or isinstance(cls, Answer):
            return picked.problem or cls
        return noted(self.class_answer(picked.race, cls), picked)

    def race_and_class(self, name: str, race: str | None) -> tuple[Picked, str | Answer]:
        """The race and the class asked about: the class resolved in the race named, or among every
        stored class and then the latest race where it ran."""
        cls = self.resolve_class(name, None)
        if race and race.strip():
            picked = self.pick_race(race)
            if picked.race is None:
                return picked, ""
            if isinstance(cls, str) and cls not in self.results.class_names(picked.race.id):
                return picked, self.class_absent(name, picked.race)  # "GT Cup" is no "GT" of another race
            return picked, cls if isinstance(cls, str) else self.resolve_class(name, picked.race)
        if isinstance(cls, Answer):
            return Picked(None), cls
        return self.pick_race(None, Fit(classes=(cls,)), f"class {cls}"), cls

    def resolve_class(self, name: str, race: RaceRef | None) -> str | Answer:
        """A class by name, in one race or among every stored class."""
        known = self.results.class_names(race.id if race else None)
        exact = [c for c in known if fold(c) == fold(name)]
        if exact:
            return exact[0]
        res = NameIndex(NameRecord(c, c, "class") for c in known).resolve(name) if race else self.classes.resolve(name)
        if res.status == ANSWERED:
            return str(res.match.id)
        if res.status == AMBIGUOUS:
            return self.unresolved("class", res, name)
        return self.class_absent(name, race)

    def class_absent(self, name: str, race: RaceRef | None) -> Answer:
        known = self.results.class_names(race.id if race else None)
        where = race.title if race else "the stored races"
        listed = ", ".join(known[:30]) + (f" and {len(known) - 30} more" if len(known) > 30 else "")
        return Answer(NOT_FOUND, f"No class “{name}” in {where}. {'Its' if race else 'Stored'} classes: {listed}.",
                      title=f"No class “{name}” in {where}", kind="class", races=[race] if race else [],
                      suggestions=[])

    def class_answer(self, race: RaceRef, cls: str) -> Answer:
        entries = self.results.class_entries(race.id, cls)
        classified = [e for e in entries if e.classified]
        others = [e for e in entries if not e.classified]
        summary = (f"{cls} in the {race.title}: {plural(len(entries), 'entry', 'entries')}, "
                   f"{len(classified)} classified, {len(others)} not classified or retired.")
        if classified:
            w = classified[0]
            summary += f" Class winner: #{w.car_number} {w.team} ({', '.join(w.drivers)})."
        return Answer(ANSWERED, summary, title=f"{cls} — {race.title}", kind="class",
                      entries=classified + others, races=[race])

    @consistent
    def winner(self, class_name: str | None = None, race: str | None = None) -> Answer:
        """/winner: the overall winner, a class's winner, or every class winner (in the latest race
        where the class ran, when no race is named)."""
        if class_name and class_name.strip():
            picked, cls = self.race_and_class(class_name, race)
            if picked.problem or isinstance(cls, Answer):
                return picked.problem or cls
            return noted(self.winner_answer(picked.race, cls), picked)
        picked = self.pick_race(race)
        if picked.problem:
            return picked.problem
        return self.winner_answer(picked.race, None)

    def winner_answer(self, race: RaceRef, cls: str | None) -> Answer:
        if cls:
            w = self.results.class_winner(race.id, cls)
            if w is None:
                return Answer(ANSWERED, f"No car was classified in {cls} at {race.title}.", races=[race])
            said = f"class {cls}" if cls.isdigit() else cls  # "won class 2", not "won 2"
            return Answer(ANSWERED, f"{', '.join(w.drivers)} won {said} in the {w.car_name} "
                          f"({', '.join(x for x in (w.place, w.run) if x)}).", title=f"{cls} winner — {race.title}",
                          kind="winner", entries=[w], races=[race])
        w = self.results.entry_at(race.id, 1)
        if w is None:
            return Answer(ANSWERED, f"No car was classified at {race.title}.", races=[race])
        lines = []
        for c in self.results.class_names(race.id):
            cw = self.results.class_winner(race.id, c)
            if cw:
                lines.append(f"{c}: {cw.car or cw.chassis} — {', '.join(cw.drivers)} "
                             f"({', '.join(x for x in (cw.place, cw.run) if x)})")
        time = f" in {w.race_time}" if w.race_time else ""
        # a table without laps (rallies, many motorcycle results) gives only the time
        run = f", completing {w.laps_text}{time}" if w.laps is not None else time
        if w.classless:
            return Answer(ANSWERED, f"{', '.join(w.drivers)} won the {race.title} in the {w.car_name}{run}.",
                          title=f"Winner — {race.title}", kind="winner", entries=[w], races=[race])
        return Answer(ANSWERED, f"{', '.join(w.drivers)} won the {race.title} overall in the {w.car_name} "
                      f"({w.class_name}){run}.",
                      title=f"Winners — {race.title}", kind="winner", lines=["Class winners:"] + lines,
                      races=[race])

    @consistent
    def team(self, name: str, race: str | None = None) -> Answer:
        """/team: every entry of the team in one race, or its career at a glance."""
        res = self.teams.resolve(name)
        if res.status != ANSWERED:
            return self.unresolved("team", res, name)
        race_ref = None
        if race:
            picked = self.pick_race(race)
            if picked.problem:
                return picked.problem
            race_ref = picked.race
        return self.team_answer(int(res.match.id), res.match.name, race_ref)

    def team_answer(self, team_id: int, name: str, race: RaceRef | None) -> Answer:
        entries = self.results.team_entries(team_id, race.id if race else None)
        if not entries:
            return self.absent("team", name, race, self.results.team_entries(team_id))
        if race is None and len({e.race.id for e in entries}) > 1:
            return career_answer(name, "team", entries)
        race = entries[0].race
        best = min((e for e in entries if e.classified), key=lambda e: e.position, default=None)
        summary = f"{name}: {plural(len(entries), 'entry', 'entries')} in {race.title}."
        if best:
            summary += f" Best result: {best.place} with #{best.car_number} ({', '.join(best.drivers)})."
        return Answer(ANSWERED, summary, title=f"{name} — {race.title}", kind="team", entries=entries, races=[race])

    @consistent
    def car(self, number: str, race: str | None = None) -> Answer:
        """/car: the entry with that car number in a race (the latest with that number, by default)."""
        number = number.strip().lstrip("#").strip()
        picked = self.pick_race(race, Fit(cars=(number,)), f"car #{number}")
        if picked.problem:
            return picked.problem
        return noted(self.car_answer(picked.race, number), picked)

    def car_answer(self, race: RaceRef, number: str) -> Answer:
        entries = self.results.car_entries(race.id, number)
        if not entries:
            numbers = sorted({e.car_number for e in self.results.race_entries(race.id)},
                             key=lambda n: (len(n), n))
            return Answer(NOT_FOUND, f"No car #{number} in {race.title}. Numbers entered: {', '.join(numbers)}.",
                          title=f"No car #{number} in {race.title}", kind="car", races=[race])
        e = entries[0]
        return Answer(ANSWERED, car_sentence(e), title=f"#{e.car_number} {e.team} — {race.title}", kind="car",
                      fields=entry_fields(e), races=[race], entries=entries[1:])

    @consistent
    def race_summary(self, name: str | None = None) -> Answer:
        """/race: the race at a glance."""
        picked = self.pick_race(name)
        if picked.problem:
            return picked.problem
        return self.race_answer(picked.race)

    def race_answer(self, race: RaceRef) -> Answer:
        entries = self.results.race_entries(race.id)
        f1 = Formula1(self.db)
        if f1.available and f1.is_f1db_race(race.id):  # a Grand Prix: F1DB's pole, fastest lap, round
            return f1.race_answer(race, entries)
        d = self.results.race_details(race.id)
        fields: list[tuple[str, str]] = [("Date", race.nice_date), ("Circuit", race.circuit or "unknown")]
        if d["championships"]:
            fields.append(("Championships", "; ".join(d["championships"])))
        fields.append(("Entries", f"{len(entries)} ({sum(e.classified for e in entries)} classified)"))
        classless = [c for c, _champ, _n in d["classes"]] == ["Overall"]
        if not classless:
            per_class = []
            for cls, _champ, count in d["classes"]:
                fin = sum(1 for e in entries if e.class_name == cls and e.classified)
                ret = sum(1 for e in entries if e.class_name == cls and e.status == "DNF")
                per_class.append(f"{cls}: {count} entries, {fin} classified, {ret} retired")
            fields.append(("Per class", "\n".join(per_class)))
        podium = sorted((e for e in entries if e.position in (1, 2, 3)), key=lambda e: e.position or 0)
        fields.append(("Podium", "\n".join(
            f"{e.position}. {'#' + e.car_number + ' ' if e.car_number else ''}{e.team} — {', '.join(e.drivers)}"
            + (f" ({e.race_time})" if e.race_time else "") for e in podium)))
        if not classless:
            winners = [e for e in entries if e.class_position == 1]
            fields.append(("Class winners", "\n".join(f"{e.class_name}: #{e.car_number} {e.team}" for e in winners)))
        for kind, label in (("pole", "Pole position"), ("fastest_lap", "Fastest lap"), ("average_speed", "Average speed")):
            s = d["stats"].get(kind)
            if s:
                car = f"#{s['car_number']} {s['team'] or ''} — ".strip() + " " if s["car_number"] else ""
                fields.append((label, f"{car}{s['value']}".strip()))
            elif kind == "pole":
                first = next((e for e in entries if e.grid == 1), None)
                if first is not None:
                    fields.append((label, f"{', '.join(first.drivers)} ({first.team}), grid 1"))
        scorers = [e for e in entries if e.points]
        if scorers:
            fields.append(("Points", ", ".join(f"{', '.join(e.drivers)} {e.points:g}" for e in scorers)))
        if d["distance"]:
            fields.append(("Distance", d["distance"]))
        summary = f"{race.title}: {race.nice_date} at {race.circuit or 'an unknown circuit'}."
        return Answer(ANSWERED, summary, title=race.title, kind="race", fields=fields, races=[race],
                      entries=entries)

    @consistent
    def season(self, year: int, series: str | None = None) -> Answer:
        """A season at a glance: champion, standings top 10, winners per round (F1DB's Formula One;
        the only series with stored standings)."""
        f1 = Formula1(self.db)
        if series and fold(series) not in ("f1", "formula one", "formula 1", "formula1", "fia formula one",
                                           "formula one world championship"):
            return Answer(NOT_FOUND, f"Seasons are stored for Formula One only (from F1DB), not “{series}”.",
                          kind="f1_season")
        if not f1.available:
            return Answer(NOT_FOUND, "No Formula One seasons are stored: add them with 'pitwall import f1db PATH' "
                          "(a clone of github.com/f1db/f1db).", kind="f1_season")
        return f1.season_answer(year)

    def warm_up(self) -> None:
        """Build what the first question would (the engine's modules and vocabulary, this store's race
        lookup: ~0.5 s once per process), so that no fan waits for them; run at start-up."""
        from data.ask.vocabulary import known_word
        known_word("pitwall")  # the engine's vocabulary: an AST walk of its modules, built on first use
        self.ask("who won?")

    @consistent
    def ask(self, question: str) -> Answer:
        """Free text: turned into the same answers as the commands."""
        from data.ask.engine import answer_question
        answer = answer_question(self, question)
        if answer.status != ANSWERED and not answer.title:  # the title says what was asked
            asked = " ".join(question.split())
            answer.title = (f"Not in the race results: “{asked[:200]}”" if answer.status == UNSUPPORTED
                            else headline(answer.summary))
        return answer


_GENERIC_MODEL_WORDS = {"cup", "evo", "turbo", "challenge", "sport", "spider", "spyder", "coupe", "race",
                        "racing", "edition", "series", "competition", "limited", "super"}


def make_vocabulary(chassis: list[str], engine_makes: set[str]) -> dict[str, tuple[str, str]]:
    """Folded words fans use for cars -> (the word as printed, "chassis", "model" or "engine").

    Chassis makes ("Porsche"), distinctive model names ("Viper", "Storm", "Maranello") and
    engine makes ("Judd", "Nissan"); a word that is both a chassis and an engine make counts
    as a chassis unless the question speaks of engines.
    """
    from data.article import make_of
    vocab: dict[str, tuple[str, str]] = {}
    for m in engine_makes:
        vocab[fold(m)] = (m, "engine")
    for c in chassis:
        make = make_of(c)
        if make:
            vocab[fold(make)] = (make, "chassis")
            parts = make.split("&")  # "Riley & Scott" is also asked for as "Riley"
            for k, part in enumerate(parts if len(parts) > 1 else []):
                if len(part) >= 4 and fold(part) not in vocab:
                    vocab[fold(part)] = (part, "chassis" if k == 0 else "model")
        code = re.fullmatch(r"([a-z]{3,})\d+[a-z]?", fold(make or ""))
        if code and code.group(1) not in vocab:  # "the rn motorsport dba": the DBA4 03S, its code said without its number
            vocab[code.group(1)] = (make, "chassis")
        for word in c.split()[1:]:
            f = fold(word)
            if len(f) >= 4 and f.isalpha() and f not in _GENERIC_MODEL_WORDS and f not in vocab:
                vocab[f] = (word, "model")
    return vocab


def noted(answer: Answer, picked: Picked) -> Answer:
    """The answer, saying first how its race was chosen when it was chosen by default."""
    if picked.note and answer.status == ANSWERED:
        answer.lines.insert(0, picked.note)
    return answer
