"""Formula One questions as fans ask them, over F1DB's 2004–2005 seasons, with every expected value
computed here from F1DB's YAML (never typed by hand, never read from the store).

``tests/questions/f1db.jsonl`` is this module's output: ``python -m tests.f1db_questions`` writes it,
and ``tests/test_f1db_questions.py`` checks the file is what the YAML gives and scores the engine on it.
The phrasings (and the fans' words for circuits) were written before looking at what Pitwall answers;
the traps ask what F1DB does not hold, or races outside the slice, and expect a decline.
"""
from __future__ import annotations

import json
import logging
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

log = logging.getLogger(__name__)

SLICE = (2004, 2005)
SET_FILE = Path(__file__).parent / "questions" / "f1db.jsonl"

# what fans call the circuits of 2004–2005 (phrasing, not expected values)
CIRCUIT_WORDS = {"melbourne": "melbourne", "sepang": "sepang", "bahrain": "bahrain", "imola": "imola",
                 "catalunya": "barcelona", "monaco": "monaco", "nurburgring": "the nurburgring",
                 "montreal": "montreal", "indianapolis": "indy", "magny-cours": "magny cours",
                 "silverstone": "silverstone", "hockenheimring": "hockenheim", "hungaroring": "the hungaroring",
                 "istanbul": "istanbul", "monza": "monza", "spa-francorchamps": "spa", "interlagos": "interlagos",
                 "suzuka": "suzuka", "shanghai": "shanghai"}

TRAPS = [
    "was it raining at the 2005 japanese grand prix",
    "what was the weather like at spa 2005",
    "what caused ralf schumacher's crash at indy 2004",
    "whose fault was the crash at the start of the 2004 german grand prix",
    "how much was alonso paid in 2005",
    "what was raikkonen's salary at mclaren",
    "who won the 2006 monaco grand prix",
    "who won the 2003 world championship",
    "how many wins did ayrton senna have",
    "who won the 1988 japanese grand prix",
    "who led the most laps at the 2005 chinese grand prix",
    "how many overtakes were there in the 2005 japanese grand prix",
    "how many safety car periods were there at the 2005 brazilian gp",
    "how many people attended the 2005 united states grand prix",
    "what was the top speed at monza 2005",
    "how much fuel did alonso carry at the start of the 2005 spanish grand prix",
    "what helmet colours did button wear in 2004",
    "who was ferrari's team principal in 2004",
    "how much did the renault r25 weigh",
    "how many tv viewers watched the 2004 brazilian grand prix",
    "who won the 2005 indianapolis 500",
    "what was the gap between alonso and raikkonen on lap 30 at suzuka 2005",
]


def _load(path: Path) -> Any:
    with path.open("rb") as fh:
        return yaml.load(fh, Loader=yaml.CSafeLoader)


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass
class Race:
    year: int
    folder: Path
    info: dict
    gp: str  # "belgian grand prix"
    circuit: str  # "spa"

    def rows(self, name: str) -> list[dict]:
        path = self.folder / f"{name}.yml"
        return (_load(path) or []) if path.exists() else []

    @cached_property
    def results(self) -> list[dict]:
        return self.rows("race-results")

    @cached_property
    def quali(self) -> list[dict]:
        return self.rows("qualifying-results")

    @cached_property
    def standings(self) -> list[dict]:
        return self.rows("driver-standings")

    @property
    def title(self) -> str:
        return f"{self.year} {self.gp}"


class F1Yaml:
    """F1DB's YAML for the slice (and, for careers, which seasons each driver was entered in)."""

    def __init__(self, data: Path) -> None:
        self.data = data
        self.drivers = {p.stem: _load(p) for p in (data / "drivers").glob("*.yml")}
        self.constructors = {p.stem: _load(p) for p in (data / "constructors").glob("*.yml")}
        self.races: list[Race] = []
        for year in range(SLICE[0], SLICE[1] + 1):
            for folder in sorted((data / "seasons" / str(year) / "races").iterdir()):
                if (folder / "race-results.yml").exists():
                    info = _load(folder / "race.yml")
                    gp = _load(data / "grands-prix" / f"{info['grandPrixId']}.yml")["fullName"]
                    self.races.append(Race(year, folder, info, gp.lower(), CIRCUIT_WORDS[info["circuitId"]]))

    def name(self, did: str) -> str:
        return self.drivers[did]["name"]

    def last(self, did: str) -> str:
        """What identifies a driver of the slice in an answer: the surname, or the whole name when two
        drivers of the slice share it (Michael and Ralf Schumacher)."""
        last = self.drivers[did]["lastName"]
        return self.name(did) if self.shared_surnames[last] > 1 else last

    def say(self, did: str) -> str:
        """How a fan types the driver: the surname (the whole name when shared), lower case, no accents."""
        return unicodedata.normalize("NFKD", self.last(did)).encode("ascii", "ignore").decode().lower()

    @cached_property
    def shared_surnames(self) -> Counter[str]:
        return Counter(self.drivers[d]["lastName"] for d in {r["driverId"] for race in self.races
                                                            for r in race.results})

    def team(self, cid: str) -> str:
        return self.constructors[cid]["name"]

    def final(self, year: int, kind: str = "driver") -> list[dict]:
        return _load(self.data / "seasons" / str(year) / f"{kind}-standings.yml")

    def race(self, year: int, grand_prix: str) -> Race:
        return next(r for r in self.races if r.year == year and r.info["grandPrixId"] == grand_prix)

    def season_races(self, year: int | None) -> list[Race]:
        return [r for r in self.races if year is None or r.year == year]

    @cached_property
    def entered(self) -> dict[str, set[int]]:
        """Every season each driver was entered in (race or test driver), across F1DB's whole history."""
        seasons: dict[str, set[int]] = {}
        for folder in (self.data / "seasons").iterdir():
            path = folder / "entrants.yml"
            for entrant in (_load(path) or []) if path.exists() else []:
                for d in entrant.get("drivers") or []:
                    seasons.setdefault(d["driverId"], set()).add(int(folder.name))
        return seasons

    def won_before(self, did: str, year: int) -> bool:
        for season in sorted(s for s in self.entered.get(did, set()) if s < year):
            for folder in (self.data / "seasons" / str(season) / "races").iterdir():
                path = folder / "race-results.yml"
                if path.exists() and any(r["driverId"] == did and r["position"] == 1 for r in _load(path) or []):
                    return True
        return False

    # --- counts, as docs/f1db.md defines them ------------------------------------------------------

    def count(self, did: str, stat: str, year: int | None) -> float:
        races = self.season_races(year)
        if stat == "wins":
            return sum(r["driverId"] == did and r["position"] == 1 for race in races for r in race.results)
        if stat == "podiums":
            return sum(r["driverId"] == did and r["position"] in (1, 2, 3) for race in races for r in race.results)
        if stat == "starts":
            return sum(r["driverId"] == did and r["position"] not in ("DNQ", "DNPQ", "DNS", "DNP")
                       for race in races for r in race.results)
        if stat == "poles":
            return sum(q["driverId"] == did and q["position"] == 1 for race in races for q in race.quali)
        if stat == "fastest_laps":
            return sum(f["driverId"] == did and f["position"] == 1 for race in races
                       for f in race.rows("fastest-laps"))
        assert stat == "points"
        years = [year] if year else list(range(SLICE[0], SLICE[1] + 1))
        return sum(s["points"] for y in years for s in self.final(y) if s["driverId"] == did)

    def team_count(self, cid: str, stat: str, year: int) -> float:
        races = self.season_races(year)
        if stat == "wins":
            return sum(any(r["constructorId"] == cid and r["position"] == 1 for r in race.results) for race in races)
        if stat == "poles":
            return sum(any(q["constructorId"] == cid and q["position"] == 1 for q in race.quali) for race in races)
        if stat == "podiums":
            return sum(r["constructorId"] == cid and r["position"] in (1, 2, 3) for race in races for r in race.results)
        assert stat == "points"
        return sum(s["points"] for s in self.final(year, "constructor") if s["constructorId"] == cid)


def verdict(pw: Any, case: dict) -> str:
    """ "right", "declined" or "wrong" for one case asked on its own (data/bench/question_sets.py)."""
    from data.bench.question_sets import verdict as judged
    return judged(case, pw.ask(case["q"]))


def _q(q: str, must: list[Any], topic: str) -> dict:
    return {"q": q, "status": "answered", "must": [m if isinstance(m, str) else f"{m:g}" for m in must],
            "topic": topic}


_SEASON_TEMPLATES = {
    "wins": ["how many races did {s} win in {y}", "{s} wins {y}", "how many grands prix did {s} win in {y}?",
             "number of victories for {s} in {y}"],
    "poles": ["how many pole positions did {s} get in {y}", "{s} poles in {y}",
              "how many times was {s} on pole in {y}"],
    "podiums": ["how many podiums did {s} get in {y}", "{s} podium finishes {y}",
                "how many times did {s} finish on the podium in {y}"],
    "points": ["how many points did {s} score in {y}", "{s} points {y}", "what was {s}'s points total in {y}"],
    "fastest_laps": ["how many fastest laps did {s} set in {y}", "{s} fastest laps {y}"],
}
_CAREER_TEMPLATES = {
    "wins": "how many career wins does {s} have", "poles": "{s} total poles",
    "podiums": "how many podiums has {s} had in his career", "points": "how many points has {s} scored in total",
    "starts": "how many races has {s} started", "fastest_laps": "how many fastest laps has {s} got overall",
}


def build_cases(data: Path) -> list[dict]:
    """Every question of the set with its expected answer, computed from the YAML under ``data``."""
    y = F1Yaml(data)
    cases: list[dict] = []

    # champions
    for year in SLICE:
        fin, cons = y.final(year), y.final(year, "constructor")
        champ = next(s for s in fin if s["position"] == 1)
        second = next(s for s in fin if s["position"] == 2)
        third = next(s for s in fin if s["position"] == 3)
        cteam = next(s for s in cons if s["position"] == 1)
        cases += [_q(f"who won the {year} f1 world championship" if year == 2004 else
                     f"who was the {year} world champion?", [y.name(champ["driverId"])], "champion"),
                  _q(f"which team won the constructors title in {year}", [y.team(cteam["constructorId"])], "champion"),
                  _q(f"who was runner up in the {year} drivers championship", [y.name(second["driverId"])],
                     "champion"),
                  _q(f"how many points did the {year} champion have", [y.last(champ["driverId"]), champ["points"]],
                     "champion")]
        if year == 2004:
            cases.append(_q(f"who finished third in the {year} championship", [y.name(third["driverId"])], "champion"))

    # standings after a named race
    for k, (year, gp) in enumerate([(2005, "monaco"), (2005, "great-britain"), (2005, "turkey"), (2004, "canada"),
                                    (2004, "hungary")]):
        race = y.race(year, gp)
        lead, second, third = race.standings[0], race.standings[1], race.standings[2]
        cases.append(_q([f"who led the championship after the {race.title}",
                         f"championship standings after {race.circuit} {year}",
                         f"who was leading the drivers championship after the {year} {race.gp.replace('grand prix', 'gp')}",
                         f"who topped the points table after {race.circuit} {year}?",
                         f"points leader after the {race.title}"][k], [y.last(lead["driverId"]), lead["points"]],
                        "standings"))
        cases.append(_q(f"how many points did {y.say(third['driverId'])} have after the {race.title}"
                        if k % 2 == 0 else f"who was second in the standings after the {race.title}",
                        [y.last(third["driverId"]), third["points"]] if k % 2 == 0
                        else [y.name(second["driverId"])], "standings"))

    # a driver's season
    season_picks = [("fernando-alonso", 2005, "wins"), ("kimi-raikkonen", 2005, "wins"),
                    ("michael-schumacher", 2004, "wins"), ("juan-pablo-montoya", 2004, "wins"),
                    ("jarno-trulli", 2004, "poles"), ("jenson-button", 2004, "poles"),
                    ("kimi-raikkonen", 2005, "poles"), ("rubens-barrichello", 2004, "podiums"),
                    ("jenson-button", 2004, "podiums"), ("giancarlo-fisichella", 2005, "podiums"),
                    ("ralf-schumacher", 2005, "podiums"), ("jarno-trulli", 2005, "points"),
                    ("mark-webber", 2005, "points"), ("takuma-sato", 2004, "points"),
                    ("david-coulthard", 2004, "points"), ("kimi-raikkonen", 2004, "fastest_laps"),
                    ("michael-schumacher", 2004, "fastest_laps"), ("fernando-alonso", 2004, "podiums"),
                    ("juan-pablo-montoya", 2005, "poles"), ("felipe-massa", 2005, "points"),
                    ("rubens-barrichello", 2005, "wins"), ("jenson-button", 2005, "points"),
                    ("kimi-raikkonen", 2005, "fastest_laps"), ("giancarlo-fisichella", 2005, "wins")]
    used: Counter[str] = Counter()
    for did, year, stat in season_picks:
        templates = _SEASON_TEMPLATES[stat]
        q = templates[used[stat] % len(templates)].format(s=y.say(did), y=year)
        used[stat] += 1
        cases.append(_q(q, [y.last(did), y.count(did, stat, year)], f"season_{stat}"))

    # a career, within the slice
    for did, stat in [("michael-schumacher", "wins"), ("kimi-raikkonen", "poles"), ("jenson-button", "podiums"),
                      ("rubens-barrichello", "points"), ("mark-webber", "starts"), ("fernando-alonso", "fastest_laps"),
                      ("juan-pablo-montoya", "wins"), ("jarno-trulli", "podiums")]:
        cases.append(_q(_CAREER_TEMPLATES[stat].format(s=y.say(did)), [y.last(did), y.count(did, stat, None)],
                        f"career_{stat}"))

    # constructors
    for cid, year, stat, q in [("ferrari", 2004, "wins", "how many wins did ferrari have in 2004"),
                               ("mclaren", 2005, "poles", "mclaren poles 2005"),
                               ("renault", 2005, "wins", "how many races did renault win in 2005"),
                               ("williams", 2004, "podiums", "how many podiums did williams get in 2004"),
                               ("bar", 2004, "points", "how many points did bar score in 2004"),
                               ("toyota", 2005, "podiums", "toyota podiums in 2005")]:
        cases.append(_q(q, [y.team(cid), y.team_count(cid, stat, year)], f"team_{stat}"))

    # teammates
    for a, b, year, template in [("fernando-alonso", "giancarlo-fisichella", 2005, "{a} vs {b} {y}"),
                                 ("kimi-raikkonen", "juan-pablo-montoya", 2005,
                                  "who came out on top between {a} and {b} in {y}"),
                                 ("michael-schumacher", "rubens-barrichello", 2004, "{a} vs {b} head to head {y}"),
                                 ("jenson-button", "takuma-sato", 2004, "how did {a} do against his teammate {b} in {y}"),
                                 ("jarno-trulli", "ralf-schumacher", 2005, "{a} v {b} teammate battle {y}")]:
        ahead = [0, 0]
        for race in y.season_races(year):
            ra = next((r for r in race.results if r["driverId"] == a), None)
            rb = next((r for r in race.results if r["driverId"] == b), None)
            if ra is None or rb is None or ra["constructorId"] != rb["constructorId"]:
                continue
            pa = ra["position"] if isinstance(ra["position"], int) else 10_000
            pb = rb["position"] if isinstance(rb["position"], int) else 10_000
            ahead[0] += pa < pb
            ahead[1] += pb < pa
        cases.append(_q(template.format(a=y.say(a), b=y.say(b), y=year), [y.last(a), y.last(b), f"{ahead[0]}-{ahead[1]}"],
                        "head_to_head"))

    # qualifying, grid and pole
    picks = [(2005, "bahrain", 2), (2005, "spain", 4), (2004, "monaco", 3), (2004, "belgium", 5),
             (2005, "brazil", 6), (2004, "japan", 7)]
    for k, (year, gp, place) in enumerate(picks):
        race = y.race(year, gp)
        q = next(q for q in race.quali if q["position"] == place)
        who = y.say(q["driverId"])
        cases.append(_q([f"where did {who} qualify for the {race.title}", f"what was {who}'s qualifying position at "
                         f"{race.circuit} {year}", f"{who} qualifying result {race.title}"][k % 3],
                        [y.last(q["driverId"]), ordinal(place)], "qualifying"))
        r = next(r for r in race.results if isinstance(r.get("gridPosition"), int) and r["gridPosition"] == place + 2)
        who = y.say(r["driverId"])
        cases.append(_q([f"where did {who} start the {race.title}", f"what grid position was {who} at {race.circuit} "
                         f"{year}", f"{who} starting position {race.title}"][k % 3],
                        [y.last(r["driverId"]), ordinal(r["gridPosition"])], "grid"))
    for k, (year, gp) in enumerate([(2004, "australia"), (2005, "canada"), (2005, "italy"), (2004, "germany")]):
        race = y.race(year, gp)
        pole = race.quali[0]
        cases.append(_q([f"who was on pole for the {race.title}", f"who took pole at {race.circuit} {year}",
                         f"pole position {race.title}", f"who qualified on pole at {race.circuit} {year}?"][k],
                        [y.name(pole["driverId"])], "pole"))

    # pit stops
    for k, (year, gp, place) in enumerate([(2005, "belgium", 1), (2005, "france", 2), (2004, "france", 1),
                                           (2004, "brazil", 3), (2005, "china", 4), (2004, "spain", 2)]):
        race = y.race(year, gp)
        did = race.results[place - 1]["driverId"]
        stops = sum(s["driverId"] == did for s in race.rows("pit-stops"))
        who = y.say(did)
        cases.append(_q([f"how many pit stops did {who} make in the {race.title}",
                         f"how many times did {who} pit at {race.circuit} {year}",
                         f"{who} pit stops {race.title}"][k % 3], [y.last(did), stops], "pit_stops"))
    for year, gp in [(2005, "japan"), (2004, "united-states")]:
        race = y.race(year, gp)
        per = Counter(s["driverId"] for s in race.rows("pit-stops"))
        (top, n), (_second, m) = per.most_common(2)
        if n > m:  # only a race with one driver stopping most
            cases.append(_q(f"who made the most pit stops in the {race.title}", [y.name(top), n], "pit_stops"))

    # why a car retired
    taken: set[str] = set()
    for k, race in enumerate(r for r in y.races if r.info["round"] % 3 == 1):
        out = next((r for r in race.results if r["position"] == "DNF" and r.get("reasonRetired")
                    and r["driverId"] not in taken), None)
        if out is None:
            continue
        taken.add(out["driverId"])
        who = y.say(out["driverId"])
        cases.append(_q([f"why did {who} retire from the {race.title}", f"why did {who} dnf at {race.circuit} "
                         f"{race.year}", f"what was the reason {who} retired in the {race.title}",
                         f"what made {who} retire at {race.circuit} {race.year}?"][k % 4],
                        [out["reasonRetired"]], "retired"))

    # first and last races, first wins: only where the whole story is inside the slice
    raced = sorted({r["driverId"] for race in y.races for r in race.results})
    for did in raced:
        seasons = y.entered.get(did, set())
        mine = [race for race in y.races if any(r["driverId"] == did for r in race.results)]
        who = y.say(did)
        if seasons and min(seasons) >= SLICE[0]:
            cases.append(_q(f"when was {who}'s first f1 race" if len(cases) % 2 else f"{who} f1 debut",
                            [mine[0].title], "first_race"))
        if seasons and max(seasons) <= SLICE[1]:
            cases.append(_q(f"what was {who}'s last grand prix" if len(cases) % 2 else f"when was {who}'s final race",
                            [mine[-1].title], "last_race"))
        wins = [race for race in mine if any(r["driverId"] == did and r["position"] == 1 for r in race.results)]
        if wins and not y.won_before(did, SLICE[0]):
            cases.append(_q(f"when did {who} get his first win", [wins[0].title], "first_win"))

    cases += [{"q": q, "status": "declined", "must": [], "topic": "trap"} for q in TRAPS]
    return cases


def write(data: Path, path: Path = SET_FILE) -> int:
    cases = build_cases(data)
    path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    return len(cases)


if __name__ == "__main__":
    from tests.conftest import F1DB
    print(f"{write(F1DB / 'src' / 'data')} questions in {SET_FILE}")
