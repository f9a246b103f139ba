"""A message that asks several things: its questions, each whole ("who drove the taurus lola and where'd it end
up?", "telmex 2006 pole and winner")."""
from __future__ import annotations

import re
from collections.abc import Callable

from data.folding import fold

ASKS = r"(?:who|what|where|when|which|how|why|whats|whos|hows|wheres|did|does|was|were|is|are|has|had|by how|on how|" \
       r"for (?:what|which)|in (?:what|which))\b"
# "who drove the taurus lola and where'd it end up", "did either morgan finish? where", "who won, and by how
# much": a second question joined to the first
_ASKS_AFTER_AND = (r"(?:who|what|where|when|which|how|why|whats|whos|hows|wheres|did|by how|on how|after how|for (?:what|which)|"
                   r"(?:was|is) (?:he|she|it)|were they|"
                   r"in (?:what|which)|"
                   r"from (?:where|what|which))\b")
_JOINED = re.compile(rf"(?i)\s*[?!]+\s*(?:and\s+|&\s+|n\s+|(?:and\s+)?if (?:not|so|yes|no)\b,?\s*)?(?={ASKS})|(?:,?\s+(?:and|&|\+|n)\s+|,\s+)"
                     rf"(?={_ASKS_AFTER_AND})")  # "…160 laps and had 142 points": one question's two conditions


# "did either Morgan finish? where": what a result already shows (its place, its car)
_SHOWN_ALREADY = frozenset(("where", "which", "which one", "which ones", "where exactly", "which car", "which cars",
                            "what time", "the time", "what was the time", "whats the time", "what s the time",
                            "what was his time", "what was their time", "whats his time", "and the time", "time",
                            "what team", "which team", "who had them", "who had it", "who set them", "who set it",
                            "what is the time", "what is his time", "what is their time", "what is her time",
                            "lap time", "the lap time", "what was the lap time", "whats the lap time", "what lap time"))


# what a race has one of, asked by its name alone: "telmex 2006 pole and winner" asks two things of one race
_RACE_FACT = (r"(?:pole(?:[ -]?sitter| position)?|fastest lap|fl|winners?|race winner|runner[- ]?up|podium|(?:winning )?margin|gap|"
              r"top (?:3|5|10|three|five|ten)|"
              r"average speed|date|distance)")
_FACT_PAIR = re.compile(rf"(?i)^(?P<race>.*?\S)\s+(?P<a>{_RACE_FACT})\s*(?:,|and|&|\+|n)\s*"
                        rf"(?P<b>{_RACE_FACT})\s*[?!.]*$")


# "shimoda dnf?", "lammers finish?": a yes-or-no question said as its subject and a verb of the result
_SHORT_YES_NO = re.compile(r"(?i)\b(?:dnf|dnf'?d|finish|retire|crash|crash out|win|start|qualify|score)\b")


# "who took gts, the vette?", "who won, was it the audi?": a question, then the answer its asker guesses
_GUESSED = re.compile(r"(?i)^\s*(?P<q>(?:who|which (?:car|team|driver|one))\s+(?:won|took|win|take|got|grabbed|came|"
                      r"finished|was)\b[^,?]*?)\s*,\s*(?:was it\s+|is it\s+)?(?P<guess>the\s+[a-z][\w' -]{1,25}?|"
                      r"#\d{1,3})\s*\?*\s*$")


# "X overall winners and the GT class winners": the winners of two parts of one race's field
_WINNER_OF = r"(?:overall|(?:the )?[\w-]+(?: class| category)?)\s+winners?"
_WINNERS_PAIR = re.compile(rf"(?i)^(?P<race>.*?\S)\s+(?P<a>{_WINNER_OF})\s*(?:,|and|&|\+|n)\s*(?P<b>{_WINNER_OF})"
                           r"(?:\s+(?:pls|please|plz|too))?\s*[?!.]*$")
# "...finished where? gap?": a fact asked by a bare noun after the question before it
_POLE_TIME = re.compile(r"(?i)^\s*(?:and\s+)?(?:what(?: was|s| is)?\s+)?(?:the\s+|his\s+|her\s+|their\s+)?"
                        r"(?:qualifying|pole|lap)\s+time\s*[?!.]*$")
_NOUN_AFTER = re.compile(r"(?i)\?+\s*(?:and\s+)?(?:the\s+)?(gap|margin|time|laps|points|grid|team|car|bike|engine|chassis|"
                         r"tyres|tires|nationality|drivers|riders|crew|co-?drivers)\s*\?*\s*$")


_RESULT_AFTER = re.compile(r"(?i)\?+\s*(?:and\s+)?(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:result|results|finish|"
                           r"finishing (?:position|place|spot))\s*\?*\s*$")


# "how many laps did the winning audi do, and the pescarolo that came 2nd?": the same question of a second car
_AND_THE_CAR = re.compile(r"(?i)^(?P<q>.*\S)\s*,\s*(?:and|&|n|\+|plus)\s+(?P<b>(?:the|#)\s*[^,?]{1,60}?)\s*[?!.]*\s*$")


# "where did the lamborgini finish, saw it at la source and it sounded mental": the question, then a remark of the fan's
_REMARK_AFTER = re.compile(rf"(?i)^(?P<q>\s*{ASKS}[^,?]*?)\s*[,?]+\s*(?P<remark>(?:saw|seen|watched|was watching|"
                           r"remember|heard|sounded|looked|loved|love|thought|cos|coz|cause|because|bc|it was|it sounded|"
                           r"it looked|they were|he was|she was|was there|been)\b[^?]*)$")


_PERSONAL = re.compile(r"(?i)\b(?:he|she|they|him|them|it|his|their|its)\b")


def question_parts(question: str, names_race: Callable[[str], bool] | None = None) -> list[str]:
    """The questions a message joins ("X and where did it finish?"), each whole; one when it asks one thing.
    ``names_race`` tells a race from a car, where the asker's guess follows the question ("who took gts, the vette?"
    asks two things; "who won toronto 1998, the molson indy" one)."""
    if len(question) > 300:
        return [question]  # a long message: its question is found by question_clause
    result = _RESULT_AFTER.search(question)
    if result and len(question[:result.start()].split()) >= 3:
        # "was pinto also in the 1970 targa florio? result?": the answer about the one asked of gives the result
        return question_parts(question[:result.start()] + "?", names_race)
    noun = _NOUN_AFTER.search(question)
    if noun and len(question[:noun.start()].split()) >= 3:
        # "rossi started 12th and finished where? gap?": the last answer's gap, asked by its noun alone
        return [*question_parts(question[:noun.start()], names_race), f"and the {noun.group(1).lower()}?"]
    remark = _REMARK_AFTER.match(question)
    told = re.sub(r"(?i)^(?:was watching|was there|it was|he was|she was|they were|been)\b", "",
                  remark["remark"]) if remark else ""  # the remark's own opening asks nothing
    if remark and len(remark["q"].split()) >= 3 and not re.search(rf"(?i)\b{ASKS}", told):
        return question_parts(remark["q"], names_race)
    second = _AND_THE_CAR.match(question)
    if second and re.search(rf"(?i)\b{ASKS}", second["q"]) and not re.search(rf"(?i)\b{ASKS}", second["b"]) and \
            len(second["q"].split()) >= 4 and not re.search(r"(?i)\b(?:ones?|rest|others?|other one)\b", second["b"]):
        return [*question_parts(second["q"], names_race), f"and {second['b']}?"]
    guessed = _GUESSED.match(question) if names_race is not None else None
    if guessed and (re.search(r"(?i)\b(?:or|and|vs|versus)\b", guessed["guess"]) or re.search(
            r"(?i)\b(?:better|higher|lower|ahead|behind|faster|slower|further|more|fewer)\b", guessed["q"])):
        guessed = None  # "which car finished better, the audi or the dome": the two compared, no guess
    if guessed and not names_race(guessed["guess"]):
        # "who took gts, the vette?": what was asked, and how the car guessed did, side by side
        return [guessed["q"], f"how did {guessed['guess']} do"]
    winners = _WINNERS_PAIR.match(question.strip())
    if winners and not re.search(rf"(?i)\b{ASKS}", winners["race"]):
        # "petit le mans 2003 overall winners and the GT class winners": each asked of the race
        return [f"{winners['race']} {winners['a']}", f"{winners['race']} {winners['b']}"]
    pair = _FACT_PAIR.match(question.strip())
    if pair and not re.search(rf"(?i)\b{ASKS}", pair["race"]) and fold(pair["a"]) != fold(pair["b"]):
        # "winner and gap?": the gap a race has one of is its winning margin
        a, b = (re.sub(r"(?i)^(?:winning )?(?:margin|gap)$", "winning margin", x) for x in (pair["a"], pair["b"]))
        return [f"{pair['race']} {a}", f"{pair['race']} {b}"]
    parts = [x.strip(" ,?!") for x in _JOINED.split(question) if x.strip(" ,?!")]
    if len(parts) > 1 and re.match(rf"(?i)\s*{re.escape(parts[0])}\s*\?", question) and _SHORT_YES_NO.search(parts[0]) \
            and not re.search(rf"(?i)\b{ASKS}", parts[0]) and len(parts[1].split()) > 1:  # not "gto win at spa? who"
        parts[0] = f"did {parts[0]}"  # "shimoda dnf? how many laps": a question of its own, said short
    # "team jota drivers and how far did they get": a second question about what the first asked for, not a race
    # said first ("montreal 2008 f1 race, who won")
    back = len(parts) > 1 and re.search(rf"(?i){re.escape(parts[0])}\s+(?:and|&|n)\s", question) is not None and \
        re.search(r"(?i)\b(?:they|them|their|he|him|his|she|her)\b", parts[1]) is not None and \
        re.search(r"(?i)\b(?:drivers|riders|crews?|teams|cars|winners?|results?|podium|classes|p\d{1,2}|\d{1,2}(?:st|nd|rd|th))\b",
                  parts[0]) is not None  # "p2 and how many laps did they do": the place's car
    asked_first = re.match(rf"(?i)\s*{re.escape(parts[0])}\s*\?", question) is not None if parts else False
    if len(parts) > 1 and not back and not asked_first and not re.search(rf"(?i)\b{ASKS}|\b{_RACE_FACT}\b", parts[0]):
        topic = re.sub(r"(?i)^(?:and|so|ok|okay|what about|how about)\s+", "", parts[0])
        if names_race is not None and _PERSONAL.search(parts[1]) and not names_race(topic) and not re.search(
                r"(?i)\b(?:at|in|on|for|from|during|after|before|across|over)\b", topic):
            # "and jeff gordon, how many bonus points did he get", "team that came 11th, what chassis were they using":
            # the one put first is who the pronoun stands for
            parts = [_PERSONAL.sub(lambda m: f"{topic}'s" if m.group(0).lower() in ("his", "their", "its") else topic,
                                   parts[1], count=1), *parts[2:]]
            if len(parts) == 1:
                return parts
        else:
            parts = [f"{parts[1]} {parts[0]}", *parts[2:]]  # "montreal 2008 f1 race, who won": the race, then the asks
    if len(parts) < 2 or not re.match(rf"(?i)\s*(?:{ASKS}|{_ASKS_AFTER_AND})", parts[1]) or re.search(
            r"(?i)\b(?:who|what|which|where|when|how)\s*$", parts[0]):
        return [question]  # "fl at spa 03 - who and what time": one thing asked two ways
    won = re.search(r"(?i)\b(?:won|win|winner|winning)\b", parts[0])
    pole = re.search(r"(?i)\bpole\b", parts[0])  # "who sat on pole, and whats the quali time": the pole answer gives it
    # "which one?", "where?" after "did either Morgan finish?": what the first answer already shows
    # "and by how much", "and by how many seconds": the winning margin, in what unit it was asked
    asked = [parts[0], *((re.sub(r"(?i)^by how (?:much|many|far)\b", "what was the winning margin in", x)
                          .removesuffix(" in") if won and re.match(r"(?i)by how (?:much|many|far)\b", x) else
                          "what was the winning margin" if won and re.match(
                              r"(?i)(?:how close (?:was it|was that|was the finish|did it finish)|how far (?:ahead|clear) "
                              r"(?:was he|was she|were they|was it|did he (?:win|finish))|(?:and )?(?:what was )?(?:the |his "
                              r"|her )?(?:winning )?margin)\s*$", x) else x)
                         for x in parts[1:] if x.lower() not in _SHOWN_ALREADY and not (
                             pole and _POLE_TIME.match(x)))]
    asked = [_negation_spelled(x, asked[k - 1]) if k else x for k, x in enumerate(asked)]
    # "who won estoril and in what chassis": what the car of the first answer was
    asked = [re.sub(r"(?i)^\s*(?:and\s+)?in (?:what|which) (car|chassis|bike|machine|make)\b\s*$", r"what \1 was it", x)
             if k else x for k, x in enumerate(asked)]
    return asked if len(asked) > 1 else [parts[0]]


_DID_NOT_ALONE = re.compile(r"(?i)^\s*(?:and\s+)?(?:who|which(?: ones?| cars?)?)\s+(?:didn ?t|didn['’]t|did not)\s*[?.!]*\s*$")
_FINISH_SAID = re.compile(r"(?i)\b(?:made it to the (?:flag|end|finish)|made it|finish(?:ed)?|classified|saw the flag|"
                          r"took the flag|went the distance)\b")


def _negation_spelled(part: str, before: str) -> str:
    """ "how many sr1s made it to the flag and who didnt": the second asks the first's cars that did not finish."""
    if not _DID_NOT_ALONE.match(part) or not _FINISH_SAID.search(before):
        return part
    counted = re.search(r"(?i)\bhow many ([\w-]+)", before)
    return f"which {counted.group(1) if counted else 'cars'} did not finish"
