"""Engines by what their printed names say: the size ("7.0L"), the layout ("V12", "Flat-6") and a turbo. "any v12s in
the field?", "turbo engined cars?", "biggest engine in the race?"."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from data.answers import ANSWERED, UNSUPPORTED, Answer, EntryView, plural
from data.ask.frame import Frame
from data.ask.helpers import entry_who, yes_no

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall

# a layout, a turbo or a size said as the printed engine names say them ("v12s", "flat 6", "turbocharged", "7.0 litre")
ENGINE_SPEC = re.compile(r"\b(?:(v|w|i|h)(\d{1,2})|(flat|inline|straight)[- ]?(\d{1,2})|(turbo|turbocharged|turbos)|"
                         r"(\d\.\d) ?(?:l|litre|liter)?)s?\b")
SIZE_RANKED = re.compile(r"\b(biggest|largest|smallest|tiniest|most litres|fewest litres)\b(?:\s+\w+){0,2}?\s+"
                         r"(?:engines?|displacement|capacity|motors?|lumps?)\b")
_SIZE = re.compile(r"(\d+\.\d)\s*L\b", re.I)


def _size(e: EntryView) -> float | None:
    m = _SIZE.search(e.engine or "")
    return float(m.group(1)) if m else None


def _fits(e: EntryView, spec: re.Match[str]) -> bool:
    engine = (e.engine or "").lower()
    if spec.group(1):
        return re.search(rf"\b{spec.group(1)}{spec.group(2)}\b", engine) is not None
    if spec.group(3):
        return re.search(rf"\b(?:{spec.group(3)}|{'i' if spec.group(3) != 'flat' else 'flat'})[- ]?{spec.group(4)}\b",
                         engine) is not None
    if spec.group(5):
        return "turbo" in engine
    return _size(e) == float(spec.group(6))


def asks_engine_spec(p: Frame) -> bool:
    """Whether the question asks cars by engine size, layout or turbo alone: a code it did not read beside them
    ("the ls1 v8") may be the engine's own name, so a count of every V8 would answer another question."""
    return bool(SIZE_RANKED.search(p.text)) or (ENGINE_SPEC.search(p.text) is not None and not p.makes and bool(
        re.search(r"\b(?:engines?|engined|cars?|any|which|who|how many|field|ran|running|powered)\b", p.text))
        and not any(re.fullmatch(r"(?=\S*\d)(?=\S*[a-z])[\w.-]+", w) and not ENGINE_SPEC.fullmatch(w) for w in p.unparsed))


def engine_spec_answer(pw: Pitwall, p: Frame) -> Answer | None:
    """The cars whose printed engine has the size, layout or turbo asked; or the biggest (smallest) engines."""
    if p.race is None or p.race_candidates[1:] or p.subjects:
        return None
    race = p.race
    field = pw.results.race_entries(race.id)
    if not any(e.engine for e in field):
        return Answer(UNSUPPORTED, f"The results of the {race.title} print no engines, so I can't tell.", races=[race])
    ranked = SIZE_RANKED.search(p.text)
    if ranked:
        sized = [e for e in field if _size(e) is not None]
        if not sized:
            return Answer(UNSUPPORTED, f"The engines of the {race.title} are printed without their sizes.", races=[race])
        big = ranked.group(1) in ("biggest", "largest", "most litres")
        edge = (max if big else min)(_size(e) for e in sized)
        cars = [e for e in sized if _size(e) == edge]
        return Answer(ANSWERED, f"The {'biggest' if big else 'smallest'} engine{'s' if len(cars) > 1 else ''} in the "
                      f"{race.title}: {edge:.1f}L — " + "; ".join(f"{entry_who(e)} ({e.chassis}, {e.engine}, {e.place})"
                                                              for e in cars) + ".",
                      races=[race], entries=cars, focus=cars, kind="superlative")
    specs = list(ENGINE_SPEC.finditer(p.text))
    cars = [e for e in field if e.engine and all(_fits(e, s) for s in specs)]
    said = " ".join(re.sub(r"(?<=\d)s$|(?<=turbo)s$", "", s.group(0)) for s in specs)  # "v12s": a V12
    lead = ("Yes: " if cars else "No: ") if yes_no(p) else ""
    if not cars:
        return Answer(ANSWERED, f"{lead}no car in the {race.title} had a {said} engine as printed.", races=[race],
                      kind="list")
    listed = "; ".join(f"{entry_who(e)} ({e.chassis}, {e.engine}, {e.place})" for e in cars)
    return Answer(ANSWERED, f"{lead}{plural(len(cars), 'car')} with a {said} engine in the {race.title}: {listed}.",
                  races=[race], entries=cars, focus=cars, kind="list")
