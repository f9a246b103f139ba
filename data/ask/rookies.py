"""Rookies, where a results table marks them ("J. R. Hildebrand (R)", or a mark the page's legend gives for a
Rookie of the Year candidate): the best placed, how many, which."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING

from data.answers import ANSWERED, UNSUPPORTED, Answer, EntryView, plural
from data.ask.frame import Frame
from data.ask.helpers import entry_who, rank_key, yes_no

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall

ROOKIE_WORDS = ("rookie", "rookies", "first timer", "first timers", "debutant", "debutants")


def is_rookie(e: EntryView) -> bool:
    return bool(e.extra) and json.loads(e.extra).get("Rookie") == "yes"


def rookie_answer(pw: Pitwall, p: Frame) -> Answer | None:
    """ "best placed rookie at the 2011 indy 500?", "how many rookies were in the pepsi 400?", "who were the rookies"."""
    if p.race is None or p.race_candidates[1:] or p.subjects:
        return None
    race = p.race
    rookies = sorted((e for e in pw.results.race_entries(race.id) if is_rookie(e)), key=rank_key)
    if not rookies:
        return Answer(UNSUPPORTED, f"The results of the {race.title} mark no rookies, so I can't tell who was one.",
                      races=[race])
    if p.positions and p.has("top"):  # "how many rookies finished in the top 20"
        rookies = [e for e in rookies if e.position and e.position <= max(p.positions)]
    listed = "; ".join(f"{entry_who(e)} ({e.place})" for e in rookies)
    if p.has("best", "highest", "top", "first", "leading", "best placed", "highest placed", "fastest"):
        if not rookies:
            return Answer(ANSWERED, f"No rookie in the {race.title} fits that.", races=[race])
        e = rookies[0]
        return Answer(ANSWERED, f"The best placed rookie in the {race.title}: {entry_who(e)}, {e.place}.",
                      races=[race], entries=[e], focus=[e], kind="superlative")
    if p.has("worst", "lowest", "last"):
        e = rookies[-1]
        return Answer(ANSWERED, f"The lowest placed rookie in the {race.title}: {entry_who(e)}, {e.place}.",
                      races=[race], entries=[e], focus=[e], kind="superlative")
    lead = ("Yes: " if rookies else "No: ") if yes_no(p) else ""
    if p.has("how many", "number of", "count"):
        return Answer(ANSWERED, f"{lead}{plural(len(rookies), 'rookie')} in the {race.title}"
                      + (f": {listed}." if listed else "."), races=[race], entries=rookies, focus=rookies, kind="count")
    return Answer(ANSWERED, f"{lead}Rookies in the {race.title}: {listed or 'none that fit'}.", races=[race],
                  entries=rookies, focus=rookies, kind="list")
