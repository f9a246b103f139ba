"""Free-text questions -> the same typed ``Answer`` the commands give.

No model and no network: ``data.ask.linking`` fills the question's frame with the entities it
names; the intent registry (``data.ask.intents``) picks the first intent the frame fits, and that
intent answers, reusing the command answers where they fit. A long message is reduced to the clause
that asks. Names that do not resolve are never replaced by somebody else: they give
``not_found`` or ``ambiguous``.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
import re

from data.answers import (ANSWERED, UNSUPPORTED, Answer)
from data.folding import fold
from data.ask.frame import Frame
from data.ask.linking import parse_question

from data.ask.helpers import COUNT_WORDS, HELP, NO_DATA
from data.ask.heeded import heeded
from data.ask.intents import plan
from data.ask.subjects import entries_for_subjects
if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    from data.service import Pitwall

log = logging.getLogger(__name__)

MAX_QUESTION = 500


_SENTENCE = re.compile(r"(?<=[a-z0-9)\]][.!?])\s+(?=\S)|(?<=[?!])\s+")


def question_clause(question: str) -> str:
    """In a long message, the question: the last sentence with a question mark (else with a question
    word); the story around it is context, never names (a race it names is kept: "at Spa")."""
    if len(question) < 100:
        return question  # a short message is the question itself ("did S.C.I. ever win their class?")
    sentences = [x.strip() for x in _SENTENCE.split(question.strip()) if x.strip()]
    if len(sentences) < 2:
        return question
    asked = [x for x in sentences if x.endswith("?")] or [
        x for x in sentences if re.match(r"(?i)^(?:who|what|which|how|when|where|why|did|was|were|is|does)\b", x)]
    return asked[-1] if asked else question


_ASKS = r"(?:who|what|where|when|which|how|why|did|does|was|were|is|are|has|had|by how|on how|for (?:what|which)|in (?:what|which))\b"
# "who drove the taurus lola and where'd it end up", "did either morgan finish? where", "who won, and by how
# much": a second question joined to the first
_ASKS_AFTER_AND = (r"(?:who|what|where|when|which|how|why|did|by how|on how|for (?:what|which)|in (?:what|which)|"
                   r"from (?:where|what|which))\b")
_JOINED = re.compile(rf"(?i)\s*[?!]+\s*(?:and\s+|&\s+|n\s+)?(?={_ASKS})|(?:,?\s+(?:and|&|\+|n)\s+|,\s+)"
                     rf"(?={_ASKS_AFTER_AND})")  # "…160 laps and had 142 points": one question's two conditions


# "did either Morgan finish? where": what a result already shows (its place, its car)
_SHOWN_ALREADY = frozenset(("where", "which", "which one", "which ones", "where exactly", "which car", "which cars",
                            "what time", "the time", "what was the time", "what team", "which team"))


# what a race has one of, asked by its name alone: "telmex 2006 pole and winner" asks two things of one race
_RACE_FACT = (r"(?:pole(?:[ -]?sitter| position)?|fastest lap|fl|winners?|race winner|podium|"
              r"top (?:3|5|10|three|five|ten)|"
              r"average speed|date|distance)")
_FACT_PAIR = re.compile(rf"(?i)^(?P<race>.*?\S)\s+(?P<a>{_RACE_FACT})\s*(?:,|and|&|\+|n)\s*"
                        rf"(?P<b>{_RACE_FACT})\s*[?!.]*$")


def question_parts(question: str) -> list[str]:
    """The questions a message joins ("X and where did it finish?"), each whole; one when it asks one thing."""
    if len(question) > 300:
        return [question]  # a long message: its question is found by question_clause
    pair = _FACT_PAIR.match(question.strip())
    if pair and not re.search(rf"(?i)\b{_ASKS}", pair["race"]) and fold(pair["a"]) != fold(pair["b"]):
        return [f"{pair['race']} {pair['a']}", f"{pair['race']} {pair['b']}"]
    parts = [x.strip(" ,?!") for x in _JOINED.split(question) if x.strip(" ,?!")]
    if len(parts) > 1 and not re.search(rf"(?i)\b{_ASKS}|\b{_RACE_FACT}\b", parts[0]):
        parts = [f"{parts[1]} {parts[0]}", *parts[2:]]  # "montreal 2008 f1 race, who won": the race, then the asks
    if len(parts) < 2 or not re.match(rf"(?i)\s*(?:{_ASKS}|{_ASKS_AFTER_AND})", parts[1]) or re.search(
            r"(?i)\b(?:who|what|which|where|when|how)\s*$", parts[0]):
        return [question]  # "fl at spa 03 - who and what time": one thing asked two ways
    won = re.search(r"(?i)\b(?:won|win|winner|winning)\b", parts[0])
    # "which one?", "where?" after "did either Morgan finish?": what the first answer already shows
    # "and by how much", "and by how many seconds": the winning margin, in what unit it was asked
    asked = [parts[0], *((re.sub(r"(?i)^by how (?:much|many|far)\b", "what was the winning margin in", x)
                          .removesuffix(" in") if won and re.match(r"(?i)by how (?:much|many|far)\b", x) else x)
                         for x in parts[1:] if x.lower() not in _SHOWN_ALREADY)]
    return asked if len(asked) > 1 else [parts[0]]


def _answer_parts(pw: Pitwall, parts: list[str]) -> Answer:
    """Each part asked in turn as one conversation ("it" in the second is the first's subject); answered
    only when every part is, else a decline that gives what was answered and names what was not."""
    from data.ask.conversation import Conversation, ask_in  # the conversation builds on this module's answers
    conversation = Conversation()
    answers = [ask_in(pw, conversation, part) for part in parts]
    first = answers[0]
    failed = [(part, a) for part, a in zip(parts, answers) if a.status != ANSWERED]
    if not failed:
        first.summary = "\n".join(a.summary for a in answers)
        first.entries = list({e.id: e for a in answers for e in a.entries}.values())  # each car once
        first.lines = [line for a in answers for line in a.lines]
        first.fields = []  # each part's fields would mix
        first.races = list({r.id: r for a in answers for r in a.races}.values())
        first.focus = answers[-1].focus or first.focus
        return first
    part, why = failed[0]
    known = " ".join(a.summary.split("\n")[0] for a in answers if a.status == ANSWERED)
    return Answer(why.status, (f"{known}\n" if known else "") + f"As for “{part}”: {why.summary}",
                  choices=why.choices, suggestions=why.suggestions, races=why.races, title=why.title, kind=why.kind)


def answer_question(pw: Pitwall, question: str) -> Answer:
    """Answer one free-text question about the stored results."""
    parts = question_parts(question)
    if len(parts) > 1:
        return _answer_parts(pw, parts)
    question = parts[0]  # "did either Morgan finish? where": the first asks it all
    clause = question_clause(question)
    if clause != question:
        answer = answer_question(pw, clause)
        story = parse_question(pw, question)
        if answer.status != ANSWERED or isinstance(story, Answer) or story is None or not story.race_named:
            return answer
        asked = parse_question(pw, clause)
        if isinstance(asked, Answer) or asked is None or asked.race_named:
            return answer
        # the question names no race but the story does ("we were at Road Atlanta ... what was #4's ..."):
        return answer_question(pw, f"{clause.rstrip(' ?.!')} at the {story.race.title}?")
    answer = _answer_question(pw, question)
    first = answer.summary.split(". ")[0]
    if answer.status == ANSWERED and NO_DATA.search(first) and not re.match(r"^(?:Yes|No)\b", first):
        answer.status = UNSUPPORTED  # "The article gives no fastest lap": a decline says so in its status
    return answer


# "which two drivers retired with a collision?": the count said is a check on the answer, not a condition
_COUNT_SAID = re.compile(r"(?i)\b(which|what|name|list|who were)\s+(?:the\s+)?(two|three|four|2|3|4)\s+"
                         r"(drivers|riders|racers|cars|bikes|teams|entries|constructors|manufacturers)\b")
_PEOPLE_NOUNS = ("drivers", "riders", "racers")


def _answer_question(pw: Pitwall, question: str) -> Answer:
    said = _COUNT_SAID.search(question)
    if said is not None:
        answer = _answer_question(pw, _COUNT_SAID.sub(r"\1 \3", question, count=1))
        n = COUNT_WORDS.get(said.group(2).lower()) or int(said.group(2))
        people = said.group(3).lower() in _PEOPLE_NOUNS
        rows = answer.focus or answer.entries  # a winner's answer names its car in the focus
        found = len({d for e in rows for d in e.drivers}) if people else len(rows)
        if answer.status != ANSWERED or found == n or not found:
            return answer
        answer.summary = f"The results list {found}, not {n}: {answer.summary}"  # another number than the question said
        return answer
    parsed = parse_question(pw, question)
    if parsed is None:
        return Answer(UNSUPPORTED, "Ask me about the race results. " + HELP)
    if isinstance(parsed, Answer):
        return parsed
    answer = heeded(parsed, plan(pw, parsed))  # never an answer that ignored part of the question
    _note_frame(pw, parsed, answer)
    if (answer.status == ANSWERED and not parsed.race_named and parsed.race is not None and answer.races
            and {r.id for r in answer.races} == {parsed.race.id} and pw.results.race_count() > 1):
        # "who won sr2?" with many races stored: the latest race that fits, and the reply says so
        answer.summary += f"\n(No race named: this is the latest stored race that fits, the {parsed.race.title}.)"
    return answer


def _note_frame(pw: Pitwall, p: Frame, answer: Answer) -> None:
    """What the question named and which cars the answer was about, for a follow-up to build on."""
    race_id = answer.race.id if answer.race is not None else p.race.id if p.race and p.race_named else None
    answer.asked = {"intent": p.intent, "race": race_id,
                    "drivers": [r.name for r in p.drivers], "teams": [r.name for r in p.teams], "cars": list(p.cars),
                    "classes": list(p.classes), "positions": list(p.positions)}
    if answer.focus or answer.status != ANSWERED:
        return
    if answer.entries:
        answer.focus = list(answer.entries)
    elif p.subjects and answer.race is not None:
        answer.focus = [e for _n, es in entries_for_subjects(pw, p, answer.race) for e in es
                        if e.race.id == answer.race.id]
    elif answer.kind == "winner" and answer.race is not None:
        w = pw.results.entry_at(answer.race.id, 1)
        answer.focus = [w] if w else []
    elif p.positions and answer.race is not None:
        # "who finished 4th in GT Cup?": the car(s) at that place
        answer.focus = [e for e in pw.results.race_entries(answer.race.id)
                        if (not p.classes or e.class_name in p.classes)
                        and (e.class_position if p.classes else e.position) in p.positions]


