"""The status a question filters on (retired, not classified, disqualified, non-starting, finished),
and yes/no over a pool of cars by status."""
from __future__ import annotations

import re

from data.answers import ANSWERED, Answer, EntryView, RaceRef
from data.countries import COUNTRIES
from data.ask.helpers import COUNT_WORDS, yes_no
from data.ask.frame import Frame


# a negation a few words before the finish ("didn't make it as classified finishers", "never got classified")
_NOT_CLASSIFIED = re.compile(r"\b(?:didn t|didnt|did not|never|failed to|fail to)\s+(?:\w+\s+){0,3}?"
                             r"(?:classified|finishers?|finished|finish)\b")


# "how many cars are listed incl dnfs and ncs": every car, those that did not finish counted in, never them alone
_STATUS_NOUNS = (r"(?:the )?(?:dnfs?|dnf ers|retirements|retirees|retired (?:cars|ones)|ncs?|non finishers|non classified|"
                 r"unclassified|dsqs?|dns)")
COUNTED_IN = re.compile(rf"(?<!\bnot )(?<!\bwithout )\b(?:incl|inc|including|inclusive of|counting|as well as)\b(?: \w+){{0,2}}? {_STATUS_NOUNS}"
                        rf"(?: (?:and|n|plus|or) {_STATUS_NOUNS})*\b|"
                        # "classified + nc + dnf", "finishers and non finishers": every status, so every car
                        rf"\b(?:classified|finishers|finished)(?:(?: and| n| plus| or)? {_STATUS_NOUNS})+\b")


def status_filter(p: Frame) -> list[str] | None:
    if COUNTED_IN.search(p.text):
        return None
    if p.has("non retired", "not retired", "did not retire", "didn t retire", "didnt retire", "non retirees", "not ret",
             "non ret", "not dnf", "not a dnf"):
        return ["classified"]  # "the non-retired riders"
    if p.has("retire", "retired", "retirement", "retirements", "dnf", "dnfs", "dnfd", "dnfed", "ret", "did not finish",
             "didn t finish", "didnt finish", "failed to finish", "non finishers", "non finisher",
             "non finishing", "not finishing", "not finish", "out of the race", "dropped out", "drop out"):
        return ["DNF"]
    if p.has("not classified", "non classified", "unclassified", "nc", "ncs", "ncd", "nced", "not be classified"):
        return ["NC"]
    if p.has("disqualified", "dsq", "dsqs", "excluded", "dq"):
        return ["DSQ"]
    if p.has("withdrew", "withdraw", "withdrawn", "withdrawal", "withdrawals", "wd", "pulled out"):
        return ["WD"]  # "anyone withdraw?": the entries printed WD, a kind of non-starter
    if p.has("did not start", "not start", "didn t start", "failed to start", "dns", "dnss", "non starter", "non starters"):
        return ["DNS"]
    not_qualified = p.has("did not qualify", "not qualify", "didn t qualify", "failed to qualify", "dnq", "dnqs",
                          "non qualifier", "non qualifiers", "not qualified")
    if p.has("did not pre qualify", "failed to pre qualify", "didn t pre qualify", "not pre qualify", "dnpq", "dnpqs",
             "non pre qualifier", "non pre qualifiers", "not pre qualified", "pre qualifying", "pre qualification",
             "prequalify", "prequalified", "prequalifying", "prequalification", "prequalifier", "prequalifiers"):
        # a status of its own in the tables that print it, though stored as a non-qualifier: "failed to qualify or
        # prequalify" asks for both, which non-qualifiers are
        return ["DNQ"] if not_qualified else ["DNPQ"]
    if not_qualified:
        return ["DNQ"]
    if p.has("started", "starters", "took the start", "take the start", "start the race") and p.has(
            "how many", "number of", "count") and not p.has("pole", "grid", "from", "position", "place", "front", "back",
                                                            "finish", "finished", "finishers", "classified", "retired"):
        return ["started"]  # "how many cars started?": all but the non-starters and non-qualifiers
    if _NOT_CLASSIFIED.search(p.text):
        return ["DNF", "NC", "DSQ"]  # "which tvrs didn't make it as classified finishers": every car not classified
    if p.has("finishers", "finisher", "finished", "finish", "classified", "took the flag", "made it to the end") and \
            not re.search(r"\b(?:how|where) did\b[^?]*\bfinish\b", p.text):  # "how did they all finish?": the results
        return ["classified"]
    return None


def has_status(e: EntryView, status: str) -> bool:
    """Whether ``e`` had ``status`` as :func:`status_filter` names it ("DNPQ" is a kind of "DNQ")."""
    if status == "started":
        return e.status not in ("DNS", "DNQ")
    if status == "WD":
        return (e.position_text or "").upper() in _WITHDRAWN
    return e.position_text == "DNPQ" if status == "DNPQ" else e.status == status


_WITHDRAWN = frozenset({"WD", "WTH", "WITHDRAWN", "WITHDREW"})  # as tables print a withdrawn entry


# what the cars did, and what one car did instead when it did not ("did not start" has "started")
_COUNT_STATED = re.compile(r"\b(?:there|was|were)\b(?: \w+)?? (?:only |just |exactly )?(a single|one|two|three|four|five|six|"
                           r"seven|eight|nine|ten|\d{1,2}) (?:retirements?|retirees?|dnfs?|non finishers?|non starters?|"
                           r"dns|dnss|dsqs?|disqualifications?|ncs?|unclassified (?:cars?|finishers?)|(?:cars?|bikes?|"
                           r"drivers?|riders?) (?:that |who )?(?:retired|dnf\w*|did not finish|didn t finish|did not start|"
                           r"were disqualified|was disqualified))\b")
_STATUS_VERBS = {"DNF": ("retired", "did not retire"), "NC": ("went unclassified", "was classified"),
                 "DSQ": ("were disqualified", "was not disqualified"), "DNS": ("did not start", "started"),
                 "DNQ": ("did not qualify", "qualified"), "WD": ("withdrew", "did not withdraw"), "DNPQ": ("did not pre-qualify", "pre-qualified"),
                 "started": ("started", "did not start"),
                 "classified": ("finished (classified)", "did not finish (classified)")}


def status_yes_no(p: Frame, pool: list[EntryView], status: str, kind: str, scope: str, race: RaceRef) -> Answer:
    """Did any (or every) car of ``pool`` — by a nationality, if the question names one — have
    ``status``? Yes or No first, then the cars that did."""
    if p.countries:
        pool = [e for e in pool if any(c in p.countries for c in e.driver_countries)]
        kind = " ".join(filter(None, [kind, "/".join(COUNTRIES[c].demonym for c in p.countries) + "-crewed"]))
    matched = [e for e in pool if has_status(e, status)]
    # "did the racing for holland cars make the finish": the cars named together, so all of them (not "any")
    every = p.has("both", "all", "every", "each") or bool(re.search(r"\bthe\b[^?]*\b(?:cars|bikes|entries|crews)\b",
                                                                     p.text)) and not p.has("any", "either", "anyone")
    yes = bool(matched) and (len(matched) == len(pool) if every else True)
    stated = _COUNT_STATED.search(p.text)
    if stated:  # "was there only one retirement?", "were there 3 dnfs?": the number said is what is asked
        n = stated.group(1)
        yes = len(matched) == (1 if n == "a single" else COUNT_WORDS.get(n) or int(n))
    cars = f"{kind} {'car' if len(pool) == 1 else 'cars'}".strip()
    did, did_not = _STATUS_VERBS[status]
    window = p.positions if status == "classified" and p.positions and p.has("podium", "top") else []
    if window:  # "did both ganassi cars finish on the podium?": finished there, not merely classified
        matched = [e for e in matched if e.position in window]
        yes = bool(matched) and (len(matched) == len(pool) if every else True)
        did = "finished on the podium" if p.has("podium") else f"finished in the top {max(window)}"
    if not pool:
        return Answer(ANSWERED, f"No: there were no {cars} {scope}.", races=[race], kind="yes_no")
    listed = "; ".join(f"{e.car} ({', '.join(e.drivers)}, {e.outcome})" for e in matched)
    missed = "; ".join(f"{e.car} ({', '.join(e.drivers)}, {e.outcome}{f', {e.run}' if e.run else ''})"
                       for e in pool if e not in matched)
    if every and matched and missed:  # "did both racing for holland cars finish?": the one that did not, too
        listed += "; not: " + missed
    elif not matched and missed:  # "did the pilbeams finish?": none did, each said
        listed = missed
    one = pool[0]  # one car asked about: what it did, whichever status was asked ("not classified (NC), 74 laps")
    count = f"{len(matched)} of the {len(pool)} {cars} {did} {scope}" if len(pool) > 1 else \
        f"the {cars} {one.finish_phrase}{f', {one.run}' if one.run else ''} {scope}"
    if not yes_no(p):  # "how many Pescarolo cars finished?"
        return Answer(ANSWERED, count[0].upper() + count[1:] + (f": {listed}." if listed else "."),
                      races=[race], entries=matched, kind="count", focus=pool if len(pool) == 1 else matched)
    return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: {count}" + (f": {listed}." if listed else "."),
                  races=[race], entries=matched, kind="yes_no", focus=pool if len(pool) == 1 else matched)
