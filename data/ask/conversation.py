"""Follow-up questions: what a conversation's last answer was about fills what the next question lacks.

- a pronoun ("what car were they in?", "who was his co-driver?", "who drove it?") stands for the
  last answer's subject: the driver or team asked about, else the one car the answer was about;
- a fragment ("and GT Cup?", "and 4th?", "what about Team Jota?", "in SR1?") is the last question
  with the fragment's class, place or subject in place of the old one;
- "by how many laps?" after a comparison asks the gap between the two compared;
- a given name after an ambiguous answer ("paula" after "how did Cook do?") picks one of its choices;
- "which of them finished?", "the best placed of them", "how many of them retired?" filter the cars
  the last answer listed;
- a question with no race named stays on the race of the last answer; one that names a subject stays
  there when the subject was in that race ("what happened to hamilton?" after the 2008 Canadian GP);
- a question with its subject left out ("what car?", "drivers?", "how many laps?", "how many laps behind
  the GTS winner?") is about the last subject;
- "each", "that one", "those two" are pronouns too; a car number asked of another race stands for its
  drivers ("how did those two get on at Dijon?"), "that year" for the year of the race talked about and
  "the class" for the class the last answer was about;
- "which one finished higher?", "which was the best placed?", "did any of them retire?" choose among the
  cars the last answer listed (a choice keeps the group for the next "of them");
- "by how many laps?" after two answers about one car each asks the gap between those two cars;
- "was that more than the SR2 winner?" compares the last subject's laps with the winner's;
- "i meant petit le mans 2003", "the 2005 one" put the last question right, or pick one of the races
  the last answer covered;
- a fragment replaces the slot of the last question whose user's words named it, else of the one that
  set the frame; a class the race did not have is said so;
- after a decline: a given name completes the surname asked about ("andy" after "where did Ward
  finish?"), a fragment is asked again, and the race understood stays.

A question that names its own subject (and no pronoun) starts afresh. Contexts live in memory only
(``Conversations``: bounded, least recently used first out, expiring), never on disk.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from data.answers import (AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer, Choice, EntryView, RaceRef, ordinal,
                          plural)
from data.fan_words import as_the_engine_reads
from data.countries import COUNTRIES, country_words
from data.folding import fold
from data.ask.frame import Frame
from data.ask.vocabulary import known_word
from data.article import meeting_part
from data.ask.parts import question_parts
from data.ask.coverage import content_left
from data.ask.subjects import entries_for_subjects
from data.ask.table_ops import TOTAL_ASKED
from data.circuits import places_said
from data.ask.linking import (NUMBER_WORDS, initials_spelled, names_a_race, part_named, parse_question, race_lookup,
                              ran_at, same_event_in, spelling_put_right, without_races as _without_races,
                              _QUESTION_GLUE)
from data.ask.helpers import (NO_DATA, and_list, answer_lead, classifies_every_car, entry_who, finished, has_make, rank_key, role_cars,
                              teammates)

if TYPE_CHECKING:  # the facade calls into data; this module only names its type
    from data.service import Pitwall

log = logging.getLogger(__name__)

_PRONOUN = re.compile(r"\b(they|(?<!\bbetween )them|he|him|she|(?<!\bwon )(?<!\bwin )(?<!\bwins )it|that car|the car|this car|that thing|this thing|that driver|that team|those guys|"
                      r"(?:the )?same (?:guy|driver|rider|bloke|fella|man|person|dude|lad)|"
                      r"those cars|these cars|both cars|(?:the|those) two(?!\s+(?!of\b)[a-z][\w-]*\s+(?:drivers|cars|riders|teams|"
                      r"entries|bikes)\b)|that one|this one|that entry)\b|"
                      r"\b(?:that|this)(?=\s*[?.!]*\s*$)|"
                      r"\beach(?:\s+of\s+(?:them|those))?(?=\s+(?:do|did|get|got|have|had|finish|finished|complete|"
                      r"completed|manage|managed|run|ran|end|ended)\b|\s*[?.!]*\s*$)", re.I)
_APART = re.compile(r"\b(?:how many laps apart|how far apart|laps between them|gap between them|how many laps separated "
                    r"them|laps separated them)\b", re.I)
_POSSESSIVE = re.compile(r"\b(their|his|its|her)\b", re.I)
_FRAGMENT = re.compile(r"^\s*(?:and|&|what about|how about|what of|ok and|and what about|and in|and at|in|at)\b\s*(.*?)"
                       r"[?.!\s]*$", re.I)
_SUBSET = re.compile(r"\b(?:of them|of those|among them|among those|of these|which ones|those ones)\b", re.I)
_BY_HOW_MUCH = re.compile(r"^\s*(?:and\s+)?by how (?:many laps|much|far)\b", re.I)
_ORDINAL = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)\b|\bp(\d{1,2})\b|\b(first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth|tenth|winner|last)\b", re.I)
_SETTLING_FILLER = frozenset("the one race guy driver drivers team pls please i mean meant that this yes no it was "
                             "is about of in at".split())
_QUESTION_WORD = re.compile(r"\b(?:who|what|which|how|did|does|was|were|is|when|where|why)\b")
_CORRECTION = re.compile(r"^\s*(?:(?:no|nope|nah|sorry|soz|oops|err|ah|oh|well|actually)\b[\s,.!:;-]*)*(?:i\s+)?(?:meant|mean)\b"
                         r"[\s,.:;-]*", re.I)
_PLACE_NAMED = re.compile(r"\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|p\d{1,2}|runner up)\b")
_RELATIVE = re.compile(r"\b(?:behind|ahead of|in front of|than|gap to|compared to|compared with|same lap as|"
                       r"how far (?:back|off|adrift|down))\b")
_WON_THAT = re.compile(r"\b(won|win|topped|took|take)\s+(?:that|it|this)(?:\s+one)?(?=\s*[?.!]*\s*$)", re.I)
_THE_CLASS = re.compile(r"\b(?:the|that|this|their|its|his|her) class\b|(?<=\bin )class\b", re.I)
_FRONTED = re.compile(r"^\s*(?:(?:ok|okay|so|right|cool)\b[\s,]*)?(?=and\b|what about\b|how about\b|in\b|at\b|for\b)"
                      r"(?:and)?\s*(?:what about|how about)?\s*"
                      r"(?P<prep>in|at|for)?\s*"
                      r"(?P<frag>[^,?]{2,40}?)\s*[,?]+\s*(?P<q>(?:who|what|which|how|did|was|were|where|whats)\b.*)$", re.I)
_THAT_RACE = re.compile(r"\b(?:for|in|at|of|from) (?:that|this|the same) (?:one|race|event|round)\b|"
                        r"\b(?:in|at|from) that(?=\s*(?:lol|lmao|haha|tbh|then)?\s*[?.!]*\s*$)|"
                        r"(?<=\bwon )(?:that|this) one\b|(?<=\bwin )(?:that|this) one\b|"  # "who won that one?"
                        r"(?<!\bat )(?<!\bin )\b(?:that|this) (?:race|event|round)\b|"
                        r"(?<!\bwere)(?<!\bwas)(?<!\bis)(?<!\bare)(?<!\bbe)\s+there(?=\s*[?.!]*\s*$)", re.I)  # not "were there"
_THAT_YEAR = re.compile(r"\b(?:(?:later|earlier) (?:in )?)?(?:that|the same|this) (?:year|yr|season|month|summer|spring|"
                        r"autumn|winter)\b", re.I)
_SHORT_YEAR = re.compile(r"\b(?:in|from|for|of) '?(\d{2})\b(?!\s*(?:laps?|cc|points?|pts|places?|cars?)\b)", re.I)
_YEAR_BEFORE = re.compile(r"\b(?:the (?:year|season) before|the previous (?:year|season)|a year (?:earlier|before))\b", re.I)
_YEAR_AFTER = re.compile(r"\b(?:the (?:year|season) after|the (?:next|following) (?:year|season)|a year later)\b", re.I)
_OTHER = re.compile(r"\bthe other(?: one| car| entry)?(?=\s*[?.!]*\s*$)|\bthe other (?:one|car|entry)\b", re.I)
_TEAM_OTHER = re.compile(r"^\s*(?:and |what about |how about )?(?:how did )?the other (?:one|([\w' &-]{2,40}?) "
                         r"(?:car|one|entry))\b(?: do| go| get on)?\s*[?.!]*\s*$", re.I)
_TOPIC_FIRST = re.compile(r"^\s*(?:and\s+|so\s+|ok\s+)?the\s+[\w' -]{2,30}?\s*(?:[-–—:,]|\?)\s*\S", re.I)
_SAME_WHAT = re.compile(r"\b(?:the )?same (team|car|chassis|engine|make|constructor|manufacturer|bike|laps|points)\b"
                        r"(?!\s+as\b)|\bas many (laps|points)\b(?!\s+as\b)|\b(?:were|are) (?:they|them|the two|both) "
                        r"(team) ?mates\b", re.I)
_SAME_AS = re.compile(r"^\s*(?:and\s+)?(?:(?:was|were|is) (?:it|that|he|she|they) )?(?:in |on )?(?:the )?same "
                      r"(team|car|chassis|engine|make|constructor|manufacturer|bike|class|tyres?|laps|lap count|lap|"
                      r"number of laps) as (.+?)(?:\s+or (?:nah|not|no))?[?.!\s]*$", re.I)
_SAME_LAP = re.compile(r"\b(?:on the same lap|same number of laps|same laps|on the lead lap together)\b(?!\s+as\b)", re.I)
_VALUE_COMPARED = re.compile(r"^\s*(?:and\s+|so\s+)?(?:(?:was|is|were|are)\s+(?:that|it|this)\s+)?(more|greater|higher|bigger|"
                             r"less|fewer|lower|smaller)\s+than\s+(.+?)[?.!\s]*$", re.I)
_ACROSS_RACES = re.compile(r"\b(?:races|ever|career|all time|stored|database|season|seasons|years|"
                           # "how many wins in total" (not "how many retirements in total": of the race)
                           r"(?:wins|victories|podiums|poles|starts|points)\b[^?]*\bin total|"
                           r"most wins|history)\b")


@dataclass
class Turn:
    question: str  # as it was answered (after any rewriting)
    answer: Answer
    base: str = ""  # the last question that set the frame ("who won GTO?"), not a pronoun's rewrite
    before: Turn | None = None  # the answered turn before this one (one deep: "by how many laps?" compares the two)
    said: str = ""  # the words the user wrote for this turn
    group: list[EntryView] = field(default_factory=list)  # the cars "them" stands for: the last answer's, or the
    # group a pick was made from ("which was the best placed?" then "did any of them retire?")
    seen: list[EntryView] = field(default_factory=list)  # every car talked about so far, latest last ("the other
    # ferrari" three turns after the winning one)

    def __post_init__(self) -> None:
        self.base = self.base or self.question
        self.said = self.said or self.question
        if len(self.answer.focus) >= 2:
            self.group = list(self.answer.focus)
        elif len(self.answer.focus) == 1 and 2 <= len(self.answer.entries) <= 4 and self.answer.focus[0].id in {
                e.id for e in self.answer.entries}:
            # "which of the penske cars finished higher?" answered with one of the two: "the other one" is the other
            self.group = list(self.answer.entries)


@dataclass
class Reading:
    """A follow-up as read against the last turn: the question to ask (or the answer already made), whether
    it keeps the last frame (a pronoun or a left-out subject stood for the last subject), and whether it
    picked among the last group of cars."""
    question: str
    answer: Answer | None = None
    keeps_frame: bool = False
    picked: bool = False


@dataclass
class Conversation:
    """One conversation: its last turn, and whether a declined turn asked for someone new (then "they"
    no longer stands for the last answer's subject)."""

    last: Turn | None = None
    touched: float = field(default_factory=time.monotonic)
    subject_lost: bool = False
    declined: str | None = None  # the last question, if it was declined: "sorry i meant 67" puts it right
    subjects: list[str] = field(default_factory=list)  # who each answered turn was about, in order ("the first guy i
    # asked about" is the first of them)
    races: list[RaceRef] = field(default_factory=list)  # the races answers were about, latest last ("back to
    # silverstone" is the one of them there)


def _race_of(pw: Pitwall, turn: Turn) -> RaceRef | None:
    rid = turn.answer.asked.get("race")
    if rid is not None:
        try:
            return pw.results.race(rid)
        except KeyError:
            return None
    return turn.answer.race


def _subject_name(turn: Turn) -> str | None:
    """Who "they" or "his" means: the one driver or team asked about, else the one car answered about."""
    asked = turn.answer.asked
    focus = turn.answer.focus
    if len(focus) == 1 and asked.get("drivers") and not set(asked["drivers"]) & set(focus[0].drivers):
        listed = [d for d in focus[0].drivers if any(fold(d).split()[-1:] == fold(a).split()[-1:] for a in asked["drivers"])]
        # "how did denny hulme do at le mans 67", answered of Denis Hulme as the race lists him: he is who "he" is next
        asked = {"drivers": listed[:1]} if len(asked["drivers"]) == 1 and len(listed) == 1 else {}
        # ("who was 2nd behind alonso?": the answer is another car, and "he" next is its driver)
    if len(asked.get("drivers", [])) == 1 and not asked.get("cars"):
        return asked["drivers"][0]
    if len(asked.get("teams", [])) == 1 and not asked.get("cars") and not asked.get("drivers"):
        return asked["teams"][0]
    if len(focus) == 1 and len(focus[0].drivers) == 1:
        return focus[0].drivers[0]  # one driver to the car (a Grand Prix, NASCAR): "he" is that driver
    if len(focus) == 1 and focus[0].car_number:
        return f"#{focus[0].car_number}"
    if len(focus) == 1 and focus[0].drivers:
        return focus[0].drivers[0]
    if len(asked.get("cars", [])) == 1:
        return f"#{asked['cars'][0]}"
    if 2 <= len(focus) <= 4 and all(e.car_number for e in focus):
        return " and ".join(f"#{e.car_number}" for e in focus)  # "who drove them?": each of the cars
    if 2 <= len(focus) <= 4 and all(e.drivers for e in focus) and len({e.drivers[0] for e in focus}) == len(focus):
        # a rally's crews, unnumbered: "what were they driving" of each, by its first driver
        return " and ".join(e.drivers[0] for e in focus)
    return None


def _with_race(question: str, race: RaceRef | None, parsed_race_named: bool) -> str:
    if race is None or parsed_race_named:
        return question
    return f"{question.rstrip(' ?.!')} at the {race.title}?"


class _Readings:
    """The engine's reading of each text a follow-up looks at, parsed once per follow-up."""

    def __init__(self, pw: Pitwall) -> None:
        self.pw = pw
        self._parsed: dict[str, Frame | Answer | None] = {}

    def __call__(self, text: str) -> Frame | Answer | None:
        if text not in self._parsed:
            self._parsed[text] = parse_question(self.pw, text)
        return self._parsed[text]

    def race_named(self, text: str) -> bool:
        parsed = self(text)
        if isinstance(parsed, Answer):
            return True  # a race named that is not stored: let the engine say so
        return bool(parsed is not None and parsed.race_named)

    def names_subject(self, text: str) -> bool:
        parsed = self(text)
        # "how did hill do?": a make of some other race ("Hill-Ford") that is also a driver's name names a person
        return isinstance(parsed, Frame) and bool(parsed.subjects or parsed.ambiguous or any(
            fold(m) in self.pw.drivers._by_token for m, _r in parsed.makes if len(fold(m).split()) == 1))


_MOST_LAPS = re.compile(r"\b(?:most laps|more laps|furthest|farthest|further|farther|longest|longer|lasted)\b")
_FEWEST_LAPS = re.compile(r"\b(?:fewest laps|fewer laps|least laps|less laps|shortest|shorter)\b")
_BEST = re.compile(r"\b(?:best|highest|higher|better|top|first|ahead)\b")
_WORST = re.compile(r"\b(?:worst|worse|lowest|lower|last)\b")
_WHICH = re.compile(r"^\s*(?:and\s+|so\s+|ok\s+|what about\s+|how about\s+)?(?:which|what|the|who|where)\b")


def _implicit_subset(read: _Readings, question: str, group: list[EntryView]) -> bool:
    """ "which was the best placed?", "which one finished higher?", "which team's car lasted longer?", "and
    the worst?" after an answer about several cars: a choice among them, though no "of them" says so."""
    text = fold(question)
    if not _WHICH.match(text) or not any(x.search(text) for x in (_MOST_LAPS, _FEWEST_LAPS, _BEST, _WORST)):
        return False
    if re.match(r"(?:and\s+)?who (?:was|came|finished|ended up|placed) (?:dead )?(?:last|first)\b", text):
        return False  # "who was last?": the race's last place, not the lowest placed of the cars talked about
    if re.search(r"\b(?:led|lead|leading|leader|leaders)\b", text):
        return False  # "who led the most laps?": the race's laps led, a column of its own, not the laps they covered
    if re.search(r"\b(?:retire|retired|out|dnf|crash|crashed|stop|stopped)\b", text) and not re.match(
            r"(?:and\s+)?which (?:one|car|of them|of those)\b", text):
        return False  # "who was the last to retire?": the race's order of stopping, not the lowest placed of them
    parsed = read(question)
    out_first = re.search(r"\b(?:retire|retired|out|dnf|stop|stopped)\b", text) is not None  # "which one went out first"
    if not isinstance(parsed, Frame) or parsed.subjects or parsed.ambiguous or parsed.race_named or \
            parsed.positions and not (out_first and parsed.positions == [1]) or parsed.makes:
        return False
    return set(parsed.classes) <= {e.class_name for e in group}


_SUBSET_MARK = re.compile(r"\b(?:of them|of those|among them|among those|of these|which ones|those ones|"
                          r"of the (?:cars|drivers|riders|entries|teams|bikes))\b")
# the words a choice among the cars says itself: the filters below and the words that ask
_SUBSET_WORDS = frozenset(
    "which what who how many much did do does were was are is any all every one ones the them those these "
    "and so ok about a an of out not didn t finish finished finishing classified made make it retire retired dnf "
    "did not finish most more fewest fewer least less laps lap furthest farthest further farther longest longer "
    "lasted shortest shorter best highest higher better top first ahead worst lowest lower last placed place "
    "car cars driver drivers team teams rider riders entry entries had have has end up ended get got "
    "it he she they his her their its who drove drive driving rode ride went go gone do done in on at to with for "
    "race there overall crew crews guy guys bike bikes pair duo that went where two both classified podium score "
    "scored scoring points".split())


def _cars_meeting(pw: Pitwall, question: str, race: RaceRef) -> set[int] | None:
    """The ids of the cars of ``race`` that the question's condition picks ("were on the podium", "were
    german"), by asking it of the race; None when the engine cannot answer it with a list of cars."""
    made = pw.ask(_with_race(question, race, False))
    if made.status != ANSWERED or {r.id for r in made.races} - {race.id}:
        return None
    cars = made.focus or made.entries
    if cars:
        return {e.id for e in cars}
    return set() if made.summary.startswith(("No ", "None")) else None


_ELSE = re.compile(r"\b(?:who|whom|which \w+|what other \w+|any ?one|any ?body|any \w+|some ?one|some ?body)\s+else\b")
_SAME_LAP_OUT = re.compile(r"\b(?:on|in|at)\s+(?:that|the)\s+(?:same\s+)?lap\b")
_GO_OUT = re.compile(r"\b(?:go|goes|went|going|gone|drop|dropped|dropping)\s+out\b|\bstop(?:ped)?\b")


def _others(read: _Readings, question: str, turn: Turn) -> Answer | None:
    """ "who else retired?", "anyone else go out on that same lap?": the cars of the race the question picks,
    without the ones just talked about."""
    text = fold(question)
    if not _ELSE.search(text) or read.names_subject(question):
        return None
    talked = [*turn.answer.focus, *(turn.before.answer.focus if turn.before else [])]
    if not talked:
        return None
    race = talked[0].race
    asked = re.sub(r"\s+else\b", "", text)
    if _SAME_LAP_OUT.search(asked):  # "on that same lap": after as many laps as the one just talked about
        laps = turn.answer.focus[0].laps if len(turn.answer.focus) == 1 else None
        if laps is None:
            return None
        asked = _GO_OUT.sub("retired", _SAME_LAP_OUT.sub(f"after {laps} laps", asked))
    asked = re.sub(r"^(?:and\s+)?(?:did|was|were|has|had)?\s*(?:any ?one|any ?body|some ?one|some ?body)\b", "who",
                   asked.strip())  # "anyone go out ...": who did, Yes or No said first below
    kept = _cars_meeting(read.pw, asked, race)
    if kept is None:
        return Answer(UNSUPPORTED, f"I can't tell who else “{question.strip(' ?')}” asks for, and listing everyone "
                      "would answer a different question.", races=[race])
    seen = {e.id for e in talked}
    rows = sorted((e for e in read.pw.results.race_entries(race.id) if e.id in kept and e.id not in seen),
                  key=rank_key)
    besides = and_list(list(dict.fromkeys(d for e in talked if e.id in kept for d in e.drivers))) or "those named"
    lead = ("Yes: " if rows else "No: ") if re.match(r"^(?:and\s+)?(?:did|does|was|were|is|has|had|any ?(?:one|body)?)\b",
                                                    text) else ""
    if not rows:
        return Answer(ANSWERED, f"{lead}Nobody else: only {besides} in {race.title}.", races=[race])
    return Answer(ANSWERED, f"{lead}Besides {besides}, {plural(len(rows), 'car')} in {race.title}: "
                  + "; ".join(f"{and_list(e.drivers)} ({', '.join(x for x in (f'#{e.car_number}' if e.car_number else '', e.place, e.run, e.chassis if not e.car_number else '') if x)})"
                              for e in rows) + ".",
                  races=[race], entries=rows, focus=rows)


_AHEAD_OF_THEM = re.compile(r"^\s*(?:and\s+|so\s+|ok\s+)?(?:who|which cars?|which drivers?) (?:beat|finished ahead of|"
                            r"was ahead of|were ahead of|finished in front of|was in front of|were in front of|"
                            r"finished above|got ahead of|placed ahead of|came ahead of)\s+(?:them|those|both of them|"
                            r"all of them|them both|those two|those cars)\s*[?.!]*\s*$")


_CREW_COUNTED = re.compile(r"\b(?:how many of (?:those|them|these|the)|(?:which|who) of (?:those|them|these))\b"
                           r"(?: (?:\d+|two|three|four|five))?(?: (?:drivers|guys|lads|riders|of them))?\b")


# "best placed guest car? was it the sebastien ugeux one": the asker's guess at the car just answered, checked
_PLACED_AMONG = re.compile(r"\b(?:best|highest|top|first|worst|lowest|last)(?: placed| finishing| classified)?\s+")
_WAS_IT = re.compile(r"^\s*(?:and\s+|so\s+)?(?:was|is) (?:it|that) (?:the\s+)?(?P<guess>[^?!.]{2,40}?)"
                     r"(?:\s+(?:one|car|entry))?\s*[?!.]*$", re.I)


def _guess_checked(read: _Readings, question: str, turn: Turn) -> Answer | None:
    """Yes or No: whether the one car the last answer was about is the one the asker guesses, and which it was."""
    m = _WAS_IT.match(question)
    focus = turn.answer.focus
    if m is None or len(focus) != 1 or re.search(r"(?i)\b(?:or|and|that|which|who|not)\b", m["guess"]):
        return None  # ("was it the porsche or the morgan", "the porsche that retired": more than a guess of who)
    e = focus[0]
    said = _PLACED_AMONG.sub("", fold(m["guess"]))  # "the best placed mosler": the make, then the place among its cars
    guess = read(f"{said} at the {e.race.title}")
    if not isinstance(guess, Frame) or guess.race is None or guess.race.id != e.race.id or guess.unknown or \
            not (guess.subjects or guess.makes) or guess.positions or guess.classes or content_left(guess):
        return None
    fits = {x.id for _n, es in entries_for_subjects(read.pw, guess, guess.race) for x in es} if guess.subjects else {
        x.id for x in read.pw.results.race_entries(e.race.id) if all(has_make(x, mk, r) for mk, r in guess.makes)}
    ranked = sorted((x for x in read.pw.results.race_entries(e.race.id) if x.id in fits), key=rank_key)
    if ranked and (_BEST.search(fold(m["guess"])) or _WORST.search(fold(m["guess"]))):
        # "was that the best placed mosler?": the one car so placed among them, not any of them
        worst = bool(_WORST.search(fold(m["guess"])) and not _BEST.search(fold(m["guess"])))
        pick = ranked[-1] if worst else ranked[0]
        yes = pick.id == e.id
        return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: it was {e.listed}" + (
            "." if yes else f"; the {'lowest' if worst else 'best'} placed was {pick.listed}."), races=[e.race],
            entries=[e, pick] if not yes else [e],
            focus=[e], kind="yes_no")
    yes = e.id in fits
    return Answer(ANSWERED, f"{'Yes' if yes else 'No'}: it was {e.listed}.", races=[e.race], entries=[e], focus=[e],
                  kind="yes_no")


def _crew_countries(read: _Readings, question: str, turn: Turn) -> Answer | None:
    """ "how many of those 3 drivers were british" after a class winner: the nationality counted among the crew of
    the one car talked about."""
    focus = turn.answer.focus
    named = read(question) if _CREW_COUNTED.search(fold(question)) and focus else None
    if isinstance(named, Frame) and len(named.drivers) == 1 and not (named.teams or named.cars):
        # "paula's crew, how many of them were british": the crew of the car of the one named
        theirs = read.pw.results.driver_entries(int(named.drivers[0].id), focus[0].race.id)
        focus = theirs if len(theirs) == 1 else []
    if len(focus) != 1 or len(focus[0].drivers) < 2 or not _CREW_COUNTED.search(fold(question)):
        return None
    # "british" is also the British GP's word: the nationality is read from the words themselves
    nations = country_words()
    said = {nations[w] for w in fold(question).split() if w in nations}
    if len(said) != 1:
        return None
    e, iso = focus[0], said.pop()
    if not any(e.driver_countries):
        return Answer(UNSUPPORTED, f"The results of the {e.race.title} give no nationalities for {e.car}'s drivers.",
                      races=[e.race])
    theirs = [d for d, c in zip(e.drivers, e.driver_countries) if c == iso]
    people = COUNTRIES[iso].demonym
    return Answer(ANSWERED, f"{len(theirs)} of the {len(e.drivers)} drivers of {e.car} were {people}"
                  + (f": {and_list(theirs)}." if theirs else "."), races=[e.race], entries=[e], focus=[e])


def _ahead_of_them(read: _Readings, question: str, turn: Turn) -> Answer | None:
    """ "did any of the jags finish?" then "who beat them?": the cars placed ahead of the best of them."""
    group = turn.answer.focus if len(turn.answer.focus) >= 2 else turn.group
    if not _AHEAD_OF_THEM.match(fold(question)) or len(group) < 2 or len({e.race.id for e in group}) != 1:
        return None
    race = group[0].race
    placed = [e for e in group if e.position]
    if not placed:
        return Answer(ANSWERED, f"None of them was placed in the {race.title}, so every classified car beat them.",
                      races=[race])
    best = min(placed, key=rank_key)
    ahead = sorted((e for e in read.pw.results.race_entries(race.id) if e.position and e.position < (best.position or 0)),
                   key=rank_key)
    if not ahead:
        return Answer(ANSWERED, f"Nobody: the best of them, {and_list(best.drivers)} ({best.car}), finished "
                      f"{best.place} in the {race.title}.", races=[race], entries=[best], focus=[best])
    return Answer(ANSWERED, f"Ahead of the best of them ({and_list(best.drivers)}, {best.car}, {best.place}) in the "
                  f"{race.title}: " + "; ".join(f"{and_list(e.drivers)} ({e.car}, {e.place}, {e.laps_text})"
                                                for e in ahead) + ".",
                  races=[race], entries=ahead, focus=ahead)


def _subset(read: _Readings, question: str, turn: Turn) -> Answer | None:
    """ "which of them finished?", "the best placed of them", "how many of them retired?", "did any of
    them retire?", "which one finished higher?"."""
    focus = turn.answer.focus if len(turn.answer.focus) >= 2 else turn.group
    if len(focus) < 2 or re.search(r"\beach of (?:them|those)\b", fold(question)):
        return None
    if not _SUBSET.search(question) and not _implicit_subset(read, question, focus):
        return None
    if len(focus) != 2 and _THOSE_TWO.search(question):  # "which of those two ended up ahead" of three cars talked about
        return Answer(UNSUPPORTED, f"The last answer was about {len(focus)} cars, so I can't tell which two you mean: "
                      "name them, please.", races=[focus[0].race])
    parsed = read(question)
    if isinstance(parsed, Frame) and (parsed.unknown or parsed.teams and not any(
            fold(e.team or "") in {fold(t.name) for t in parsed.teams} for e in focus)):
        return None  # "which of the two pir cars finished higher?" after the Racing for Holland cars: others named
    text = fold(question)
    race = focus[0].race
    rows = list(focus)
    what = "of them"
    classes = {e.class_name for e in rows}
    named = [c for c in classes if re.search(rf"\b{re.escape(fold(c))}\b", text)]
    if named:  # "how many of them were SR1?"
        rows, what = [e for e in rows if e.class_name in named], "/".join(named)
    if re.search(r"\b(?:finish|finished|classified|made it|still running|running at the end)\b", text) and \
            not re.search(r"\bnot\b|\bdidn", text):
        # a series that classifies every car (CART, Indy) prints why the stopped ones stopped: those did not finish
        every = classifies_every_car(read.pw.results.race_entries(race.id))
        rows, what = [e for e in rows if finished(e, every)], "finished"
    elif re.search(r"\b(?:retire|retired|dnf|out|did not finish|didn t finish)\b", text):
        rows, what = [e for e in rows if e.status == "DNF"], "retired"
    elif re.search(r"\bpodium\b", text) and not re.search(r"\bnot\b|\bdidn", text):
        rows, what = [e for e in rows if e.position and e.position <= 3], "on the podium"  # "were both of them …?"
    elif re.search(r"\b(?:score|scored|scoring)\b", text) and not re.search(r"\bnot\b|\bdidn|\bhow many\b", text) and \
            all(e.points is not None for e in rows):
        rows, what = [e for e in rows if (e.points or 0) > 0], "scored points"  # "did both of them score?"
    back = re.search(r"\b(?:further|furthest|farthest|farther) (?:back|down)\b|\bclosest to the back\b", text)
    grid_way = re.search(r"\b(?:start|started|starting|grid|qualified|qualifying|lined up)\b", text) and (
        _BEST.search(text) or _WORST.search(text) or back or re.search(
            r"\b(?:further (?:up|forward)|closer to the front)\b", text))
    gridded = [e for e in rows if e.grid]
    if grid_way and len(gridded) >= 2:
        # "which of them started higher up?", "…furthest back?": the grid's order among them
        best = not (_WORST.search(text) or back) or bool(_BEST.search(text))
        e = (min if best else max)(gridded, key=lambda x: x.grid or 0)
        return Answer(ANSWERED, f"{and_list(e.drivers)} ({e.car}) started {'highest' if best else 'lowest'} of them: "
                      + "; ".join(f"{and_list(x.drivers)} grid {x.grid}" for x in sorted(gridded, key=lambda x: x.grid or 0))
                      + ".", races=[race], entries=[e], focus=[e])
    rest = _SUBSET_MARK.sub(" ", text)
    left = [w for w in rest.split() if w not in _SUBSET_WORDS and not any(w in fold(c).split() for c in named)]
    reasons = {w for e in rows if e.reason for w in fold(e.reason).split() if len(w) > 3}
    given = {w: next((f for f in (w, w.removesuffix("es"), w.removesuffix("s")) if f in reasons), None) for w in left}
    why = [w for w, f in given.items() if f]
    if why:  # "how many of them were collisions": the stops the results give that reason for
        said = {given[w] for w in why}
        rows = [e for e in rows if e.reason and said & set(fold(e.reason).split())]
        left = [w for w in left if w not in why and w not in ("were", "was", "for", "by", "with", "due", "to")]
        what = f"stopped with {' or '.join(sorted(said))}"
    if left:
        # "which of them were on the podium?", "…were german?", "…drove a Dallara?": the question asked of the
        # race, its cars kept where they are among them -- never the whole group with a condition ignored
        kept = _cars_meeting(read.pw, rest, race)
        if kept is None:
            return Answer(UNSUPPORTED, f"I can't tell which of them “{' '.join(left)}” fits, and listing them all "
                          "would answer a different question.", races=[race])
        rows, what = [e for e in rows if e.id in kept], "of them"
    if what == "retired" and rows and re.search(r"\b(?:first|earliest|soonest|last|latest)\b", text):
        # "which one went out first": of those that stopped, the one with the fewest laps (the last out, the most)
        last = re.search(r"\b(?:last|latest)\b", text) is not None
        e = (max if last else min)(rows, key=lambda x: x.laps or 0)
        return Answer(ANSWERED, f"{'Last' if last else 'First'} out of them: {and_list(e.drivers)} (#{e.car_number} "
                      f"{e.team}), {e.laps_text} ({e.place}).", races=[race], entries=[e], focus=[e])
    for pattern, most in ((_MOST_LAPS, True), (_FEWEST_LAPS, False)):
        if pattern.search(text) and rows:
            e = (max if most else min)(rows, key=lambda x: x.laps or 0)
            return Answer(ANSWERED, f"{'Most' if most else 'Fewest'} laps of them: {and_list(e.drivers)} "
                          f"(#{e.car_number} {e.team}), {e.laps_text} ({e.place}).", races=[race], entries=[e],
                          focus=[e])
    for pattern, pick, label in ((_BEST, min, "best"), (_WORST, max, "lowest")):
        if pattern.search(text):
            if not rows:
                return Answer(ANSWERED, "None of them.", races=[race])
            e = pick(rows, key=rank_key)
            return Answer(ANSWERED, f"The {label} placed of them: {and_list(e.drivers)} ({e.car}), "
                          f"{e.place}.", races=[race], entries=[e], focus=[e])
    if re.search(r"\bhow many\b", text):
        said = f"{len(rows)} of the {len(focus)} {what}" if what != "of them" else f"{len(rows)} of them"
        # a count keeps the group: "how many of them were SR1?" then "which of them did the most laps?"
        named_rows = "; ".join(f"{and_list(e.drivers)} (#{e.car_number}, {e.place})" if e.car_number else
                               f"{and_list(e.drivers)} ({e.place})" for e in rows) if 0 < len(rows) <= 8 else ""
        return Answer(ANSWERED, f"{said}" + (f": {named_rows}." if named_rows else "."), races=[race],
                      entries=rows, focus=list(focus))
    lead = ""
    if re.match(r"^(?:did|do|does|were|was|are|is|has|have|had)\b", text) and re.search(
            r"\b(?:any|all|every|either|both|neither|one)\b", text):
        # "did any of them retire?", "were all of them classified?": yes or no first
        every = re.search(r"\b(?:all|every|both)\b", text)
        yes = len(rows) == len(focus) if every else bool(rows)
        lead = "Yes: " if yes else "No: "
    if not rows:  # "which of them finished?" when none did; the group stays for the next "of them"
        return Answer(ANSWERED, f"{lead}None of the {len(focus)} {what}.", races=[race], focus=list(focus))
    return Answer(ANSWERED, f"{lead}{len(rows)} of the {len(focus)} {what}: "
                  + "; ".join(f"{and_list(e.drivers)} (#{e.car_number}, {e.place})" for e in rows) + ".",
                  races=[race], entries=rows, focus=rows)


def _no_group(question: str, turn: Turn) -> Answer | None:
    """ "how many of them were GTO?" when the last answer listed no cars (it asked which race): who "them"
    are is not known, and the question alone would count every GTO car."""
    if not _SUBSET.search(question) or re.search(r"\beach of (?:them|those)\b", fold(question)):
        return None
    if len(turn.answer.focus) >= 2 or len(turn.group) >= 2:
        return None
    return Answer(UNSUPPORTED, "I can't tell which cars “them” means: the last answer listed none. Ask about a "
                  "race, a class, a car or a driver.")


def _overall_instead(read: _Readings, fragment: str, turn: Turn) -> str | None:
    """ "and overall?" after a question about a class: that question, its class left out, of the whole field."""
    if fold(fragment).strip(" ?.!") not in ("overall", "the overall", "in overall", "overall then", "overall one"):
        return None
    found = _frame_for(read, turn, "class")
    if found is None or not found[1].classes:
        return None
    text = fold(found[0])
    for c in found[1].classes:
        text = re.sub(rf"\s*\b(?:in |the )?{re.escape(fold(c))}(?: class| category)?\b", "", text)
    return f"{text.strip(' ?.!')} overall"


def _class_not_run(pw: Pitwall, read: _Readings, fragment: str, race: RaceRef | None) -> Answer | None:
    """ "and N-GT?" about a race where no N-GT car ran: say so, never an answer about another class."""
    frag = read(re.sub(r"^(?:at|in)\s+(?:the\s+)?", "", fragment.strip(), flags=re.I) or fragment)
    if race is None or not isinstance(frag, Frame) or not frag.classes or frag.race_named:
        return None
    ran = pw.results.class_names(race.id)
    if any(c in ran for c in frag.classes):
        return None
    return Answer(NOT_FOUND, f"No class “{frag.classes[0]}” in {race.title}. Its classes: {', '.join(ran)}.",
                  races=[race], kind="class")


def _frame_for(read: _Readings, turn: Turn, slot: str) -> tuple[str, Frame] | None:
    """The question a fragment replaces ``slot`` of: the last one as asked when its user's words named that
    slot ("how many laps behind the GTS winner?", "and N-GT?"), else the one that set the frame ("team jota
    result at dijon", "who drove?", "and at spa?"); for a race, the last one when the frame named none."""
    said, base, last = read(turn.said), read(turn.base), read(turn.question)
    if not isinstance(base, Frame):
        base = None
    if not isinstance(last, Frame):
        return (turn.base, base) if base is not None else None
    if isinstance(said, Frame) and (said.subjects if slot == "subject" else said.slot(slot)):
        return turn.question, last
    if slot == "subject" and (_PRONOUN.search(turn.said) or _POSSESSIVE.search(turn.said)):
        return turn.question, last  # "who were his co-drivers?", "and Johnny Herbert's?": the subject stood in
    if slot == "race" and (base is None or not base.race_named or _POSSESSIVE.search(turn.said) and re.search(
            r"\b(?:teammate|team mate|co ?driver|partner|brother|sister)s?\b", turn.said.lower())):
        return turn.question, last  # ("what about his teammate?" then "and at spa that year?": the teammate there)
    return (turn.base, base) if base is not None else (turn.question, last)


def _fragment(read: _Readings, fragment: str, turn: Turn) -> str | None:
    """The last question with the fragment's class, place, subject or race in place of the old one."""
    fragment = re.sub(r"^(?:at|in)\s+(?:the\s+)?", "", fragment.strip(), flags=re.I) or fragment
    frag = read(fragment)
    if frag is None or isinstance(frag, Answer):
        return None
    here = _race_of(read.pw, turn)
    if frag.subjects and not frag.race_named and here is not None:
        # "nah i meant the pescarolo one" about Monza 2003: the name as that race has it (Pescarolo Sport, not Henri)
        scoped = read(f"{fragment} at the {here.title}")
        if isinstance(scoped, Frame) and scoped.subjects == 1 and frag.subjects == 1 and not scoped.race_candidates[1:] \
                and scoped.race is not None and scoped.race.id == here.id:
            frag = replace(scoped, race_named=False, race_by_year_only=False)
    slot = "class" if frag.classes else "position" if frag.positions and not frag.subjects else \
        "subject" if frag.subjects else "race" if frag.race_named else None
    found = _frame_for(read, turn, slot) if slot else None
    if found is None:
        return None
    if frag.classes and found[1].subjects and here is not None and turn.before is not None and not any(
            e.class_name in frag.classes for e in turn.answer.focus) and (
            earlier := _frame_for(read, turn.before, slot)) is not None and not earlier[1].subjects:
        found = earlier  # "who won at dijon?", "the other rfh car?", "and in sr2?": SR2's winner, not that car in SR2
    previous, prev = found
    text = fold(re.sub(r"['’]s\b", "", previous))  # "jj lehto's co-drivers": the name, as the engine reads it
    if frag.classes and not frag.subjects and re.search(r"\b(?:winner|winners|won|podium|pole|top \d+)\b", fold(fragment)):
        return fragment  # "and GT class winner": a question of its own, of the race talked about
    if frag.classes:
        for c in prev.classes:
            if fold(c) in text:
                text = re.sub(rf"\b{re.escape(fold(c))}\b", frag.classes[0], text, count=1)
                break
        else:
            text = f"{text} in {frag.classes[0]}"
        if not frag.positions or frag.subjects:
            return text
        prev = replace(prev, classes=list(frag.classes))  # "and 2nd in GTO?": the class, then the place
    if frag.positions and not frag.subjects:
        place = ordinal(frag.positions[0])
        cls = f" in {prev.classes[0]}" if prev.classes else ""
        if _ORDINAL.search(text):
            return _ORDINAL.sub(place, text, count=1)
        return f"who finished {place}{cls}"
    named = [r.name for r in (*frag.drivers, *frag.teams)] or [f"#{c}" for c in frag.cars]
    if named:
        swapped = _subject_swapped(text, prev, named[0])
        if swapped is None or not frag.race_named or frag.race is None or (
                prev.race is not None and frag.race.id == prev.race.id):
            return swapped
        if frag.race_candidates[1:]:
            return None  # "and shimoda at spa?" with two Spa races stored: not one race to ask of
        # "and shimoda at estoril that year?" after a question about Spa: the new subject at the race named
        return f"{_without_races(swapped, [prev.race] if prev.race else [])} at the {frag.race.title}"
    if frag.race_named and frag.race_by_year_only and frag.years and prev.race is not None and prev.race.date:
        # "and in 2005?" after "who won at spa 2003?": the same place, another year
        year, old = str(frag.years[0]), prev.race.date[:4]
        renamed = same_event_in(read.pw, prev.race, year)
        if renamed is not None and fold(renamed.title) != fold(prev.race.title).replace(old, year, 1):
            bare = re.sub(rf"\b(?:in |of )?(?:{old}|{old[2:]})\b", " ", _without_races(text, [prev.race]))
            return f"{' '.join(bare.split())} at the {renamed.title}"
        if re.search(rf"\b(?:{old}|{old[2:]})\b", text):
            return re.sub(rf"\b(?:{old}|{old[2:]})\b", year, text, count=1)
        return f"{text} {year}"
    if frag.race_named and prev.race is not None:
        # "what about Monza?": the same question about another race, without the old race's words
        where = fragment
        here = _race_of(read.pw, turn)
        if not frag.years and here is not None and here.date and len(frag.race_candidates) > 1 and any(
                (r.date or "")[:4] == here.date[:4] for r in frag.race_candidates):
            where = f"{fragment} {here.date[:4]}"  # "and at Monza?" after Estoril 2003: Monza that year
        return f"{_without_races(text, prev.race_candidates or [prev.race])} at {where}"
    return None


# "how did X go", "where did X finish", "what happened to X": X's result in the race talked about
_RESULT_ASKED = re.compile(r"^\W*(?:(?:and|so|ok|what about)\s+)*(?:how did|how d|hows|how was|how were|where did|"
                           r"what happened to|what about|(?:did|was|were) \S+(?: \S+)? (?:race|drive|ride|compete|take "
                           r"part|start|enter|there|in it|racing)\b)")


def _raced_elsewhere(pw: Pitwall, text: str, made: Answer, race: RaceRef) -> Answer:
    """The answer that one asked about was not in the race talked about, with the stored races they were in."""
    alone = pw.ask(text)
    where = list(dict.fromkeys(r.title for r in alone.races))[:4] if alone.status == ANSWERED else []
    who = made.summary.split(" is not in ")[0] if " is not in " in made.summary else "them"
    also = f" Stored races with {who}: {'; '.join(where)}." if where else ""
    return Answer(NOT_FOUND, f"{made.summary}{also}", races=[race], kind=made.kind)


def _own_topic(read: _Readings, text: str, said: re.Match[str] | None) -> bool:
    """Whether the pronoun ``said`` stands for a make the message names itself: before it ("the durango got NC but it
    did more laps than p3", "the durango car - what was its result?") or right after "the two" ("which car was between
    the two moslers")."""
    if _TOPIC_FIRST.match(text):
        topic = read(text)
        return isinstance(topic, Frame) and bool(topic.makes)
    if said is None:
        return False
    two_of = re.fullmatch(r"(?:the|those) two", said.group(0).lower()) is not None
    if not two_of and not re.match(r"\s*(?:and\s+|so\s+|ok\s+)?the\s+\w", text[:said.start()]):
        return False
    topic = read(text)
    if not isinstance(topic, Frame):
        return False
    before, after = fold(text[:said.start()]), fold(text[said.end():])
    return any(re.search(rf"\b{re.escape(w)}", before) or two_of and re.match(rf"\s*{re.escape(w)}", after)
               for make, _role in topic.makes for w in fold(make).split())


def _another_race_named(read: _Readings, text: str, race: RaceRef) -> bool:
    """Whether ``text`` names a race other than ``race``: by a place or year it does not have, or as one stored race
    by its title's own words ("the 98 pepsi 400")."""
    if _names_another_race(text, race):
        return True
    named = read(text)
    return isinstance(named, Frame) and named.race_named and named.race is not None and named.race.id != race.id and \
        not named.race_candidates[1:] and not named.race_by_year_only


def _names_another_race(text: str, race: RaceRef) -> bool:
    """Whether ``text`` names a race of its own by a place or a year that ``race`` does not have ("what about le mans
    2003, did he race there" after the 1000 km of Spa)."""
    folded = fold(text)
    years = set(re.findall(r"\b(?:19|20)\d\d\b", folded))
    places = [set(place.split()) for place in places_said(folded)]
    return bool(years - {(race.date or "")[:4]}) or any(not place <= ran_at(race) for place in places)


def _subject_swapped(text: str, prev: Frame, name: str) -> str | None:
    """The last question (folded) with the one it was about replaced by ``name``; None when it named no one."""
    old = [r.name for r in (*prev.drivers, *prev.teams)] or [f"#{c}" for c in prev.cars]
    for o in old:
        words = [w for w in fold(o.lstrip("#")).split() if len(w) > 2 or w.isdigit()]
        said = [w for w in words if re.search(rf"\b{re.escape(w)}\b", text)]
        if re.search(rf"\b{re.escape(fold(o))}\b", text):
            return re.sub(rf"\b{re.escape(fold(o))}\b", name, text, count=1)  # the whole name, "jj lehto"
        if said:
            # the old name's words, all of them ("tom kristensen" -> "Seiji Ara", not "tom Seiji Ara")
            text = re.sub(rf"(?:#\s*)?\b{re.escape(said[0])}\b", name, text, count=1)
            for w in said[1:]:
                text = re.sub(rf"\s*\b{re.escape(w)}\b", "", text, count=1)
            return text
    return None


def _class_of(turn: Turn) -> str | None:
    """The one class the last answer was about: its cars' class, else the class its question named."""
    classes = {e.class_name for e in turn.answer.focus if e.class_name}
    if len(classes) == 1:
        return classes.pop()
    asked = turn.answer.asked.get("classes", [])
    return asked[0] if len(asked) == 1 and not classes else None


def _named_in_full(turn: Turn) -> str:
    """The last question with the one it was about named in full: "what happened to lorenzo" asked again of the
    125cc race is about Jorge Lorenzo, never Lorenzo Zanetti who rode there."""
    name = _subject_name(turn)
    if name is None or fold(name) in fold(turn.base) or " " not in name:
        return turn.base
    for word in fold(name).split():
        if len(word) > 2 and re.search(rf"\b{re.escape(word)}\b", turn.base, re.I):
            return re.sub(rf"\b{re.escape(word)}\b", name, turn.base, count=1, flags=re.I)
    return turn.base


def _race_words(race: RaceRef) -> set[str]:
    return {w for w in fold(f"{race.title} {race.circuit or ''}").split() if len(w) > 2 and not w.isdigit()}




_YEAR_GIVEN = re.compile(r"^(?:in\s+|the\s+)?['’]?(\d{2}|\d{4})(?:\s+one)?$")


def _year_meant(pw: Pitwall, text: str, race: RaceRef | None) -> int | None:
    """The year a bare number in a correction gives ("75", "'03", "2005") when a race with the title of the
    one talked about is stored in it; a car number otherwise."""
    m = _YEAR_GIVEN.match(fold(text))
    if m is None or race is None:
        return None
    digits = m.group(1)
    years = [int(digits)] if len(digits) == 4 else [1900 + int(digits), 2000 + int(digits)]
    lookup = race_lookup(pw)  # each race's folded title without its year, kept per store
    bare = lookup.bare_titles.get(race.id)
    stored = {int(d[:4]) for rid, b in lookup.bare_titles.items() if b == bare and (d := pw.results.race(rid).date)}
    return next((y for y in years if y in stored and y != int((race.date or "0")[:4])), None)


def _with_year(question: str, old: int | None, year: int) -> str:
    """The question with the race's year put right ("1967", "'67", "67"), or the year added; never a car
    number or a duration ("#16", "24 hours")."""
    if old is not None:
        said = re.compile(rf"(?<![\d#])(?:{old}|['’]?{old % 100:02d})(?!\d)")
        replaced, n = said.subn(str(year), question, count=1)
        if n:
            return replaced
    return f"{question.rstrip(' ?')} in {year}?"


def _race_picked(text: str, turn: Turn) -> str | None:
    """ "the 2005 one", "the belgian race" after an answer about several races: the last question, asked
    of the one race the reply's year and words pick."""
    races = list({r.id: r for r in turn.answer.races}.values())
    picked = _one_of_races(text, races)
    return f"{_without_races(turn.base, races)} at the {picked.title}?" if picked else None


_OTHER_MAKES = re.compile(r"\b(?:the )?other (?P<what>[a-z]{3,}?)(?:e?s)\b(?!\s+(?:of|in|at|for)\b)", re.I)  # "the other Ligiers"
_OTHER_MAKE = re.compile(r"\b(?:the )?other (?P<what>[a-z]{3,})\b(?!\s+(?:of|in|at|for)\b)", re.I)  # "the other Chaparral"
# "the other alex job porsche?": a team and a make said together, at the end of the question
_OTHER_NAMED = re.compile(r"\b(?:the )?other (?P<what>[a-z][\w'’&.-]*(?: [a-z][\w'’&.-]*){1,3})(?=\s*[?.!]*\s*$)", re.I)
_OTHER_CARS = re.compile(r"\b(?:the |its |their |his |her )?(?:team['’]?s? )?other "
                         r"(?:(?P<what>[\w'’&. -]{2,40}?) )?"
                         r"(?P<noun>cars?|ones?|entr(?:y|ies)|bikes?)\b", re.I)


def _carries(e: EntryView, word: str) -> bool:
    """Whether a car's team, chassis or engine has the (folded) word or words: "brawn" of Brawn-Mercedes, "racing for
    holland"."""
    said = " ".join(fold(f"{e.team} {e.chassis} {e.engine}").replace("-", " ").split())
    # ("the other alex job porsche": every word of team and make is the car's)
    return f" {word} " in f" {said} " or len(word.split()) > 1 and set(word.split()) <= set(said.split())


def _other_of_make(pw: Pitwall, text: str, m: re.Match[str], talked: list[EntryView]) -> str:
    """ "where did the other brawn finish?" after a podium with one Brawn on it: that make's (or team's) other cars
    of the race talked about, by number; the question as it was where none was talked about."""
    what = fold(m.group("what"))
    if what not in pw.make_roles and what not in pw.chassis_words and not any(
            what in fold(e.team or "").split() for e in talked):
        return text
    seen = [e for e in talked if _carries(e, what) and e.race.id == talked[0].race.id]
    if not seen:
        return text
    ids = {e.id for e in seen}
    mates = [x for x in pw.results.race_entries(seen[0].race.id) if x.id not in ids and x.car_number and _carries(x, what)]
    return text[:m.start()] + " and ".join(f"#{x.car_number}" for x in mates) + text[m.end():] if mates else text


_THE_FIELD = re.compile(r"\b(?:they all|them all|all of them|everyone|everybody|the whole field)\b", re.I)
_IN_BOTH = re.compile(r"\b(?:in|at|for|from) both(?: of them| races| of those| events)?\b|\bboth times\b", re.I)
_OWN_ASK = re.compile(r"\b(?:winner|winners|won|podium|pole|results?|top \d+|p\d+|\d+(?:st|nd|rd|th))\b")
_MAKES_BESIDE = re.compile(r"\bthe (\d|two|three|four|five|both) ([a-z][\w-]*?)(?:e?s) (behind|ahead of|in front of|after) "
                           r"(?:them|him|her|it|that car|that one)\b", re.I)


def _makes_beside(pw: Pitwall, text: str, answer: Answer) -> str:
    """ "how many laps did the 2 ferraris behind them do" after the winner: the two Ferraris placed nearest behind
    the car talked about, by number."""
    m = _MAKES_BESIDE.search(text)
    if m is None or len(answer.focus) != 1 or not answer.focus[0].position:
        return text
    e, what = answer.focus[0], fold(m.group(2))
    if what not in pw.make_roles and what not in pw.chassis_words:
        return text
    said = m.group(1).lower()
    n = int(said) if said.isdigit() else 2 if said == "both" else NUMBER_WORDS[said]
    behind = m.group(3).lower() in ("behind", "after")
    field = [x for x in pw.results.race_entries(e.race.id) if x.position and x.car_number and _carries(x, what) and
             ((x.position > (e.position or 0)) if behind else (x.position < (e.position or 0)))]
    field.sort(key=lambda x: x.position or 0, reverse=not behind)
    if len(field) < n:
        return text
    return text[:m.start()] + " and ".join(f"#{x.car_number}" for x in field[:n]) + text[m.end():]


_SEEN_KEPT = 40  # cars remembered per conversation for "the other X"


_OTHER_OF_KIND = re.compile(r"\bthe other ([a-z][\w' &-]{1,40}?)(?=\s*(?:[,?!.:;–—]|$|\s(?:car|one|entry|who|how|what|did|"
                          r"where|was|were|do|go|finish)\b))", re.I)


def _the_other_named(pw: Pitwall, text: str, turn: Turn, race: RaceRef | None) -> str:
    """ "the other alex job porsche, who drove it?" after the GT winner (an Alex Job Porsche): of the cars whose team and
    car hold the words said, the one not talked about, by its number; as written when that is not one car."""
    m = _OTHER_OF_KIND.search(text)
    if m is None or race is None or re.search(r"\b(?:as|than|with|to|behind|beat|ahead of)\s*$", text[:m.start()]):
        return text  # ("…as the other prodrive ferrari": the other of the two compared, read later)
    words = [w for w in fold(m.group(1)).split() if w not in ("car", "cars", "one", "entry")]
    if not words:
        return text
    fits = [e for e in pw.results.race_entries(race.id)
            if all(w in fold(f"{e.team or ''} {e.chassis or ''} {e.engine or ''}").split() for w in words)]
    # the car the last answer's summary names ("Class winner: #24"), else every car talked about
    talked = {e.id for e in fits if e.car_number and re.search(rf"#{re.escape(e.car_number)}\b", turn.answer.summary)} \
        or {e.id for e in (*turn.answer.focus, *turn.seen)}
    left = [e for e in fits if e.id not in talked]
    if len(left) != 1 or len(fits) < 2 or not left[0].car_number:
        return text
    return f"{text[:m.start()]}#{left[0].car_number}{text[m.end():]}"


_ANY_OTHER = re.compile(r"\b(any|which|what|how many) other ((?:[\w-]+ ){0,2}?(?:cars?|entries|entry|ones?|bikes?))\b",
                        re.I)


def _others_than_talked(text: str, turn: Turn) -> str:
    """ "did any other sr2 car get classified?" after the SR2 winner: the cars of that kind but the one talked about."""
    m = _ANY_OTHER.search(text)
    focus = turn.answer.focus
    if m is None or len(focus) != 1 or not focus[0].car_number or _names_another_race(text, focus[0].race):
        return text  # ("did any other cars retire at monza 03" after Spa: Monza's own cars, none left out)
    return f"{text[:m.start()]}{m.group(1)} {m.group(2)} other than #{focus[0].car_number}{text[m.end():]}"


_WORKS = re.compile(r"(?i)\bother (works |factory )")


def _team_mates_cars(pw: Pitwall, text: str, answer: Answer, earlier: list[EntryView] = ()) -> str:
    """ "who drove the other Prodrive car?", "who was in the team's other cars?" after an answer about one car:
    the team's other cars in that race, by number (a make or team the question names must fit them; "the other works
    jags": the team's own)."""
    works = _WORKS.search(text)
    if works:
        text = text[:works.start(1)] + text[works.end(1):]
    m = _OTHER_CARS.search(text) or _OTHER_NAMED.search(text) or _OTHER_MAKES.search(text) or _OTHER_MAKE.search(text)
    if m is not None and m.re is _OTHER_NAMED and not (len(answer.focus) == 1 and _carries(answer.focus[0], fold(
            m.group("what")))):
        m = _OTHER_MAKES.search(text) or _OTHER_MAKE.search(text)  # "the other joest audi": only its team and make
    if m is not None and m.group("what") and (len(answer.focus) != 1 or not _carries(answer.focus[0], fold(
            m.group("what")))):
        # "the other ferrari" after a McLaren: of the Ferraris, the one not talked about yet
        return _other_of_make(pw, text, m, [*answer.focus, *earlier])
    if m is None or len(answer.focus) != 1 or not answer.focus[0].team:
        return text
    if m.re in (_OTHER_MAKES, _OTHER_MAKE) and fold(m.group("what")) not in pw.make_roles and \
            fold(m.group("what")) not in pw.chassis_words:
        return text  # "how did the other teams do?" names no make
    e = answer.focus[0]
    what = fold(m.group("what") or "")
    mates = [x for x in pw.results.race_entries(e.race.id) if x.id != e.id and x.car_number and (
        fold(x.team) == fold(e.team) if not what else what in fold(f"{x.team} {x.chassis} {x.engine}") or _carries(
            x, what)) and (not works or fold(x.team) == fold(e.team))]
    if not mates or (what and fold(e.team) not in what and not all(fold(x.team) == fold(e.team) for x in mates)
                     and what not in fold(f"{e.team} {e.chassis}") and not _carries(e, what)):
        return text
    return text[:m.start()] + " and ".join(f"#{x.car_number}" for x in mates) + text[m.end():]


def _other_namesake(pw: Pitwall, text: str, answer: Answer) -> str:
    """ "where did the other Labonte finish?" or "what about terry?" after Bobby Labonte: the one other driver of
    the race with that surname (and that given name)."""
    if len(answer.focus) == 1:
        given = re.fullmatch(r"\s*(?:and |what about |how about )?([^\W\d_]{3,})\s*[?.!]*\s*", text, re.I)
        e = answer.focus[0]
        if given and fold(given.group(1)) not in {w for d in e.drivers for w in fold(d).split()}:
            # "what about terry" after Bobby Labonte: the driver of the race with that given name and his surname
            kin = [d for x in pw.results.race_entries(e.race.id) for d in x.drivers if d not in e.drivers and
                   fold(d).split()[:1] == [fold(given.group(1))] and fold(d).split()[-1:] in
                   [fold(own).split()[-1:] for own in e.drivers]]
            if len(kin) == 1:
                return f"what about {kin[0]}"
    m = re.search(r"\bthe other ([^\W\d_]{3,})\b", text)
    if m is None or len(answer.focus) != 1:
        return text
    surname, e = fold(m.group(1)), answer.focus[0]
    if not any(fold(d).split()[-1:] == [surname] for d in e.drivers):
        return text
    others = {d for x in pw.results.race_entries(e.race.id) for d in x.drivers
              if fold(d).split()[-1:] == [surname] and d not in e.drivers}
    return text[:m.start()] + others.pop() + text[m.end():] if len(others) == 1 else text


def _sibling_race(pw: Pitwall, text: str, race: RaceRef | None) -> RaceRef | None:
    """Of the meeting the race talked about belongs to ("2007 Phillip Island … round – Superbike race 1"),
    the one other race the words name by its part of the title ("race 2", "the 250s")."""
    meeting, part = meeting_part(race.title) if race is not None else ("", "")
    if not part:
        return None
    words = fold(text).split()
    siblings = [(r, fold(meeting_part(r.title)[1])) for r in pw.results.races()
                if r.id != race.id and meeting_part(r.title)[0] == meeting]
    named = [r for r, theirs in siblings if part_named(theirs, words)]
    if len(named) != 1:
        # "race 2" names "Superbike race 2" by the words that differ from the race talked about
        mine = set(fold(part).split())
        named = [r for r, theirs in siblings if (own := [w for w in theirs.split() if w not in mine])
                 and all(w in words and (not w.isdigit() or f"race {w}" in " ".join(words)) for w in own)]
    return named[0] if len(named) == 1 else None


def _one_of_races(text: str, races: list[RaceRef]) -> RaceRef | None:
    """The one race of ``races`` that a short reply's year and words pick ("the 2005 one"), else None."""
    words = fold(text).split()
    if len(races) < 2 or not 1 <= len(words) <= 6 or _QUESTION_WORD.search(fold(text)):
        return None
    years = [w for w in words if re.fullmatch(r"(?:19|20)\d\d|\d\d", w)]
    known = set().union(*(_race_words(r) for r in races))
    named = [w for w in words if w in known]
    if not years and not named:
        return None
    fits = [r for r in races if all(y == (r.date or "")[:4] or y == (r.date or "")[2:4] for y in years)
            and all(w in _race_words(r) for w in named)]
    return fits[0] if len(fits) == 1 else None


def _compared(turn: Turn) -> tuple[EntryView, EntryView] | None:
    """The two cars "by how many laps?" is about: the two of the last answer, else the car of the last
    answer and the one car of the answer before it ("who won?", "who came second?", "by how many laps?")."""
    focus = turn.answer.focus
    if len(focus) == 2:
        return focus[0], focus[1]
    before = turn.before.answer.focus if turn.before is not None else []
    if len(focus) == 1 and len(before) == 1 and before[0].race.id == focus[0].race.id and \
            before[0].id != focus[0].id:
        return before[0], focus[0]
    return None


def _name_elsewhere(pw: Pitwall, read: _Readings, name: str, text: str, turn: Turn, race: RaceRef | None) -> str:
    """A car number belongs to its race: asked of another race ("how did they do at Dijon?"), the car
    stands for its drivers."""
    parsed = read(text)
    other = isinstance(parsed, Frame) and parsed.race_named and parsed.race is not None and race is not None and \
        parsed.race.id != race.id and not parsed.race_by_year_only
    focus = turn.answer.focus
    if other and name.startswith("#") and len(focus) == 1 and focus[0].drivers:
        return and_list(focus[0].drivers)
    if other and "#" in name and focus:
        # "how far behind schumi was he" then "and how did he do at the 92 spanish gp": his #8 of 1998 is no car of
        # 1992, so each number stands for its drivers
        drivers = {e.car_number: e.drivers for e in focus if e.car_number and e.drivers}
        return re.sub(r"#(\w+)", lambda m: and_list(drivers[m.group(1)]) if m.group(1) in drivers else m.group(0), name)
    return name


def _about(pw: Pitwall, read: _Readings, text: str, name: str, race: RaceRef | None,
           put: Callable[[str, str], str]) -> tuple[str, Answer | None]:
    """The question asked of ``name`` (``put`` writes it in); of several cars, asked of each and answered together."""
    if " and #" in name and not TOTAL_ASKED.search(fold(text)):
        # "who drove them?" about several cars: the question asked of each, answered together ("how many points
        # did they score between them?" is one question of them all)
        parts = [pw.ask(role_cars(pw, _with_race(put(text, car), race, read.race_named(text)), race))
                 for car in name.split(" and ")]
        if all(a.status == ANSWERED for a in parts):
            return text, Answer(ANSWERED, " ".join(a.summary for a in parts), races=parts[0].races,
                                focus=[e for a in parts for e in a.focus])
        return text, None
    return role_cars(pw, _with_race(put(text, name), race, read.race_named(text)), race), None


_BETWEEN_THEM = re.compile(r"\bbetween them\b")
_ALL_SAME_LAP = re.compile(r"\b(?:they|them|those|these)(?: all| both)? (?:on|finish on|finished on|complete) the same lap\b|"
                           r"\b(?:all|both) (?:on|finish on|finished on) the same lap\b")
# "the panoz that split them", "anyone in between the two": placed between the two cars talked about
_SPLIT_THEM = re.compile(r"\b(?:split|splitting|sandwiched between|(?:came|finished|was|were|placed) (?:in )?between|"
                         r"in between)\s+(?:them|the two|those two|both)\b")


def _pronoun_put(text: str, name: str) -> str:
    put = _POSSESSIVE.sub(f"{name}'s", _PRONOUN.sub(name, text))
    if put == text and _BETWEEN_THEM.search(text):  # "how many points between them?": of the cars talked about
        put = _BETWEEN_THEM.sub(f"for {name} between them", text, count=1)
    return put


def _ellipsis_put(text: str, name: str) -> str:
    return f"{text.rstrip(' ?.!')} {name}"


def _value_compared(text: str, turn: Turn, name: str) -> str | None:
    """ "was that more than the SR2 winner?" after "how many laps did they do?": the subject's laps
    (or points) against the other's."""
    m = _VALUE_COMPARED.match(text)
    if not m:
        return None
    col = re.search(r"\b(laps|points)\b", fold(turn.question)) or re.search(r"\b(laps|points)\b", fold(turn.base))
    if not col:
        return None
    more = m.group(1).lower() in ("more", "greater", "higher", "bigger")
    return f"did {name} do {'more' if more else 'fewer'} {col.group(1)} than {m.group(2)}"


def _given_name_of_talked(text: str, turn: Turn) -> str:
    """ "peter's car, what was it" after an answer about Paula and Peter Cook: a given name said alone is the one
    person of the cars talked about who bears it (the people asked about first), said in full."""
    asked = list((turn.answer.asked or {}).get("drivers", []))
    crews = [d for e in (*turn.answer.focus, *turn.answer.entries, *turn.seen) for d in e.drivers]
    for m in re.finditer(r"(?i)\b([a-z]{3,})(?:['’]s)?\b", text):
        given = fold(m.group(1))
        if known_word(given):
            continue  # "who was the guy that won", "will he be back": words, not Guy Ligier or Will Power
        after = re.match(r"\s+([a-z]+)", text[m.end():], re.I)
        if after and not known_word(fold(after.group(1))):
            continue  # "how did jeff burton get on": a name said in full, another's
        for people in (asked, crews):
            names = {n for n in people if len(fold(n).split()) >= 2 and fold(n).split()[0] == given}
            if len(names) > 1:
                break  # two of that given name: which one is asked, not guessed
            if len(names) == 1:
                full = names.pop()
                if fold(full).split()[-1] in fold(text).split():
                    return text  # "peter cook": said in full already
                return f"{text[:m.start()]}{full}{m.group(0)[len(m.group(1)):]}{text[m.end():]}"
    return text


def _given_name(read: _Readings, text: str, turn: Turn) -> str | None:
    """ "andy" after "where did Ward finish?" was not settled: the given name of the surname asked about,
    put before it in the last question, when the two make one name."""
    words = [w for w in fold(text).split() if w not in _SETTLING_FILLER]
    if not 1 <= len(words) <= 2 or _QUESTION_WORD.search(fold(text)) or any(w.isdigit() for w in words):
        return None
    prev = fold(turn.said)
    for w in prev.split():
        if len(w) < 3 or w in words or w in _QUESTION_GLUE:
            continue
        asked = re.sub(rf"\b{re.escape(w)}\b", f"{' '.join(words)} {w}", prev, count=1)
        parsed = read(asked)
        if isinstance(parsed, Frame) and any(
                set(words) | {w} <= set(fold(r.name).split()) for r in (*parsed.drivers, *parsed.teams)):
            return asked
    return None


# words that describe a race named beside them, asking nothing of it
_RACE_DESCRIBED = frozenset("end start that season year finale opener round event later earlier same one race".split())


def _a_race_alone(read: _Readings, fragment: str) -> bool:
    """ "and at the gran premio telmex at the end of that season?": a fragment that names one race and nothing else."""
    frag = read(re.sub(r"^(?:at|in)\s+(?:the\s+)?", "", fragment.strip(), flags=re.I))
    return isinstance(frag, Frame) and frag.race_named and frag.race is not None and not frag.race_candidates[1:] and \
        not (frag.subjects or frag.classes or frag.makes or frag.positions or frag.other_races) and \
        len(fragment.split()) <= 12 and not [w for w in content_left(frag) if w not in frag.race_known_words
                                             and w not in _RACE_DESCRIBED]


def _last_question_elsewhere(read: _Readings, text: str, turn: Turn) -> str | None:
    """ "what about the 2007 aaron's 499 at dega" after "who was on the pole": the last question, of the race named
    alone (nothing else asked of it)."""
    m = _FRAGMENT.match(text)
    if m is None or not m.group(1) or not turn.base:
        return None
    frag = read(m.group(1))
    if not isinstance(frag, Frame) or not frag.race_named or frag.race is None or frag.race_candidates[1:] or \
            frag.subjects or frag.classes or frag.makes or frag.positions or frag.other_races or not _a_race_alone(
                read, m.group(1)):
        return None  # ("and the 2007 champ car race in toronto?", "at the end of that season": the race described)
    last = read(turn.base)
    if not isinstance(last, Frame) or last.race is None or last.race.id == frag.race.id or last.subjects or \
            turn.answer.focus and _subject_name(turn) and len(turn.answer.focus) == 1 and turn.answer.kind != "winner" \
            and not re.search(r"\b(?:who|which)\b", fold(turn.base)):
        return None  # "and moss?" then "what about the glover trophy": that race, asked as the race (its winner)
    return f"{_without_races(_named_in_full(turn), [last.race])} at the {frag.race.title}?"


def _after_a_decline(pw: Pitwall, read: _Readings, text: str, turn: Turn, race: RaceRef | None) -> Reading:
    """A follow-up to a question that was not answered: a given name completing the name asked about; a
    fragment of the question asked ("and 4th?": asked again, it declines again rather than guess); else
    the race the decline understood ("McNish is not in the results of the Petit Le Mans", "then who
    drove the Joest Audi?"), unless a pronoun stands for a subject the decline never gave."""
    named = _given_name(read, text, turn)
    if named is not None:
        return Reading(named)
    unknown = _no_group(text, turn)
    if unknown is not None:
        return Reading(text, unknown)
    m = _FRAGMENT.match(text)
    if m and m.group(1) and len(m.group(1).split()) <= 4 and not _QUESTION_WORD.search(fold(m.group(1))):
        rewritten = _fragment(read, m.group(1), turn)
        if rewritten is not None:
            return Reading(_with_race(rewritten, race, read.race_named(rewritten)))
    pronoun = _PRONOUN.search(text) or _POSSESSIVE.search(text)
    name = _subject_name(turn)
    if pronoun and name is not None and " and #" not in name and turn.answer.status != AMBIGUOUS and \
            not read.names_subject(text):
        # "what happened to Lammers?" (the results give no reason), "and his co-driver?": the one named
        return Reading(_with_race(_pronoun_put(text, name), race, read.race_named(text)), keeps_frame=True)
    if pronoun and not read.names_subject(text):
        # "why did it retire?" after a question that was not answered: nothing for "it" to stand for
        return Reading(text, Answer(UNSUPPORTED, f"I can't tell who “{pronoun.group(0)}” means: the last question "
                                    "was not answered. Name the driver, car or team."))
    # a question asked back about a name still had its race: "how did the Penske drivers get on?" is of it
    race_asked_back = turn.answer.status == AMBIGUOUS and turn.answer.kind not in ("driver", "team")
    if race_asked_back or race is None or read.race_named(text) or _ACROSS_RACES.search(fold(text)):
        return Reading(text)
    carried = _with_race(text, race, False)
    made = pw.ask(carried)
    return Reading(carried, made) if made.status == ANSWERED else Reading(text)


def _same_event_another_year(pw: Pitwall, read: _Readings, race: RaceRef, text: str) -> str:
    """ "and in 2010 who won the 125s there?", "the 2008 one?" after the 2002 Catalan 125cc race: the same event
    of the year said, where one is stored (the question is left as it is otherwise)."""
    short = _SHORT_YEAR.search(text)
    if short and not re.search(r"\b(?:19|20)\d\d\b", text):  # "who won in 67" after Le Mans 1954: that edition
        year = _year_meant(pw, short.group(1), race)
        if year is not None:
            text = f"{text[:short.start(1)].rstrip(chr(39))}{year}{text[short.end(1):]}"
    years = set(re.findall(r"\b(?:19|20)\d\d\b", text)) - {race.date[:4]}
    if len(years) != 1 or not _QUESTION_WORD.search(fold(text)) or read.race_named(re.sub(
            r"\b(?:19|20)\d\d\b|\b\d{2,3}cc\b|\bmoto ?gp\b|\bmoto2\b", " ", text, flags=re.I)):  # a part names no race
        return text
    year = years.pop()
    same = same_event_in(pw, race, year)
    if same is None:
        return text
    bare = re.sub(rf"\b(?:in |at |from )?(?:the )?{year}(?: one| race| edition| event)?\b|\bthere\b", " ", text)
    return f"{' '.join(bare.split()).rstrip(' ?.!')} at the {same.title}?"


_SAME_LAPS_AS_IT = re.compile(r"\s*\b(?:on|with|at) (?:that|the|this) same (?:number of |amount of )?laps?(?: count)?\b"
                              r"(?!\s+as\b)", re.I)
_HOW_MANY_ALONE = re.compile(r"^\s*(?:and\s+|so\s+|ok\s+)?how (?:many|much)\s*[?!.]*\s*$", re.I)
_MOST_OF = re.compile(r"\b(?:most|fewest|least)\s+(laps led|laps|points|wins|podiums|poles|winnings|places gained)\b", re.I)


def _how_many_alone(pw: Pitwall, turn: Turn, race: RaceRef | None) -> Reading | None:
    """ "who led the most laps?" then "how many?": the count of what the last question ranked, for the one it
    named; a bare "how many?" with nothing ranked before is asked back, never answered as something else."""
    ranked = _MOST_OF.search(turn.said)
    name = _subject_name(turn)
    if (ranked is None or name is None) and re.search(r"\b(?:laps?|points?|places|positions|wins|podiums|poles|"
                                                      r"winnings|cars|drivers|riders|entries)\b", turn.said, re.I):
        return None  # "did trulli score points? how many": the count the last question spoke of, as read below
    if ranked is None or name is None:
        return Reading("", Answer(UNSUPPORTED, "How many of what? Say what to count (laps, points, cars...)."))
    noun = "laps led" if re.search(r"\bled the (?:most|fewest) laps\b", turn.said, re.I) else ranked.group(1).lower()
    asked = f"how many laps did {name} lead" if noun == "laps led" else f"how many {noun} did {name} have"
    return Reading(_with_race(asked, race, False), keeps_frame=True)


def follow_up(pw: Pitwall, turn: Turn, question: str) -> Reading:
    """The question to answer, read against the last turn, or an answer already made (a subset); and
    whether the question keeps the last frame (a pronoun or a missing subject stood for the last subject)."""
    read = _Readings(pw)
    answer = turn.answer
    race = _race_of(pw, turn)
    text = question.strip()
    offered = _race_offered(pw, read, turn, text)
    if offered is not None:
        return offered
    if _WON_THAT.search(text) and read.race_named(_WON_THAT.sub(r"\1", text)):
        # "switching to catalunya 2010 125cc, who won that": "that" is the race just named, not the last subject
        text = _WON_THAT.sub(r"\1", text)
    same_laps = _SAME_LAPS_AS_IT.search(text)
    if same_laps and len(answer.focus) == 1 and answer.focus[0].laps is not None and re.match(
            r"\s*(?:and\s+)?(?:who|which|what|how many|list|name)\b", text, re.I):
        # "who got classified on that same number of laps" after the S.C.I. Lucchini's 96: with that many laps
        text = f"{text[:same_laps.start()]} with {answer.focus[0].laps} laps{text[same_laps.end():]}"
    counted = _how_many_alone(pw, turn, race) if _HOW_MANY_ALONE.match(text) else None
    if counted is not None:
        return counted
    if race is not None and race.date:
        # "at Dijon that year", "the year before at Dijon": years counted from the race talked about
        year = int(race.date[:4])
        said = _THAT_YEAR.search(text)
        if said and "season" not in said.group(0) and not re.search(r"\braces\b|\bhow many\b", text) and \
                not read.race_named(_THAT_YEAR.sub(" ", text)):
            # "the pole time that year": of the race talked about (a season's count is of its races)
            text = _THAT_YEAR.sub(lambda _m: f"at the {race.title}", text)
        text = _YEAR_AFTER.sub(str(year + 1), _YEAR_BEFORE.sub(str(year - 1), _THAT_YEAR.sub(str(year), text)))
        text = _same_event_another_year(pw, read, race, text)
        elsewhen = re.search(r"\b((?:19|20)\d\d)\b", text) if re.search(r"\bthere\b|\bthat (?:race|event|one)\b",
                                                                         text) else None
        if elsewhen and elsewhen.group(1) != race.date[:4] and same_event_in(pw, race, elsewhen.group(1)) is None \
                and not read.race_named(re.sub(r"\b(?:19|20)\d\d\b", " ", text)):
            # "and who won there in 2005?" after the 2006 Sachsenring race: that event that year is not stored
            event = re.sub(r"^\d{4}\s+", "", race.title)
            return Reading(text, Answer(NOT_FOUND, f"No {elsewhen.group(1)} {event} is stored (only the {race.title}), "
                                                   "so I can't answer for that year.", races=[race]))
    if _CLOSEST_TO_THEM.search(text) and len(answer.focus) == 1 and answer.focus[0].position == 1 and \
            answer.focus[0].car_number and race is not None:
        # "who was closest to them" after the winner: the car right behind (of another car, both sides are near)
        return Reading(f"who finished right behind #{answer.focus[0].car_number} at the {race.title}?")
    about_them = _same_winners(read, turn, text, race) or _one_of_them_picked(read, turn, text) or \
        _the_other_ones(read, turn, text)
    if about_them is not None:
        return about_them
    if race is not None and re.search(r"(?<![\d-])1-2(?:-3)?(?![\d-])", text) and not read.race_named(text):
        return Reading(_with_race(text, race, False))  # "was it a fiat 1-2-3?": "it" is the race, not its winner
    # "who was on pole for that one?": the race talked about, not a person; "and the 250s, who was on the podium
    # there": that meeting's race of the part named
    there = ((_sibling_race(pw, text, race) if _THAT_RACE.search(text) else None) or race) if race else None
    if there is race and race is not None and _THAT_RACE.search(text) and _another_race_named(
            read, _THAT_RACE.sub(" ", text), race):
        # "what about le mans 2003, did he race there", "gordon won the 98 pepsi 400 too, who was second in that one":
        # "there" is the race the message names
        there = None
    said_there = there is not None and there is race and _THAT_RACE.search(text) is not None and \
        len(text.split()) <= 4  # "class position there?": a fragment, of the race talked about
    if there is not None:
        text = _THAT_RACE.sub(lambda m: (" " if m.group(0)[:1].isspace() else "") + f"at the {there.title}", text)
    text = _given_name_of_talked(_makes_beside(pw, text, answer), turn)
    text = _surname_of_the_race(read, _siblings_named(pw, text, turn, race), race)
    both = _IN_BOTH.search(text)
    earlier = _race_of(pw, turn.before) if turn.before is not None else None
    if both and race is not None and earlier is not None and earlier.id != race.id and not read.race_named(text):
        # "how did biaggi go in both" after race 1 and race 2: each of the two races talked about
        return Reading(_IN_BOTH.sub(f"at the {earlier.title} and the {race.title}", text))
    if len(answer.focus) <= 1 and len(turn.group) < 2 and race is not None and _THE_FIELD.search(text):
        # "what chassis were they all running" after one driver: the whole field of the race talked about
        return Reading(_with_race(_THE_FIELD.sub("all the cars", text), race, False))
    fronted = _FRONTED.match(text)
    if fronted:  # "and in the 125s, who won?": the question, of what was put in front of it
        text = f"{fronted.group('q').rstrip(' ?')} {fronted.group('prep') or 'in'} {fronted.group('frag')}?"
    other = [e for e in turn.group if e.id not in {f.id for f in answer.focus}] if len(answer.focus) == 1 else []
    team_other = _TEAM_OTHER.search(text) if len(answer.focus) == 1 and race is not None else None
    if team_other and not other:
        # "and the other racing for holland car?", "the other one?": the team's one other car in that race
        mine = answer.focus[0]
        named = team_other.group(1)
        if not named or set(fold(named).split()) <= set(fold(mine.team or "").split()):
            mates = [e for e in pw.results.race_entries(race.id) if e.team == mine.team and e.id != mine.id]
            if len(mates) == 1 and mates[0].car_number:
                return Reading(f"how did #{mates[0].car_number} do at the {race.title}?", keeps_frame=True)
    if not team_other:
        text = _others_than_talked(_the_other_named(pw, text, turn, race), turn)
    if len(other) == 1 and len(turn.group) == 2 and other[0].car_number and _OTHER.search(text):
        text = _OTHER.sub(f"#{other[0].car_number}", text)  # "and the other one?": the other car of the two
    else:
        text = _team_mates_cars(pw, _other_namesake(pw, text, answer), answer, turn.seen[::-1])
    cars_only = _FRAGMENT.match(text)
    if race is not None and cars_only and re.fullmatch(r"#\w+(?: and #\w+)*", cars_only.group(1).strip(" ?.!")):
        # "what about the other Ligiers?": how each of those cars did
        return Reading(f"how did {cars_only.group(1).strip(' ?.!')} do at the {race.title}?", keeps_frame=True)
    if len(answer.focus) == 1 and answer.focus[0].reason and race is not None and re.search(
            r"\b(?:who|any ?one|any ?body) else\b.*\b(?:incident|same (?:reason|way|thing|cause|problem|issue|failure)|"
            r"like that|too|with that|that way|caught up in (?:that|it)|involved|in that)\b", fold(text)):
        # "who else went out in that incident?": the cars the results give the same reason for
        return Reading(f"who retired with {answer.focus[0].reason} at the {race.title}?")
    talked = _class_of(turn)
    if talked and _THE_CLASS.search(text) and not (isinstance(read(text), Frame) and read(text).classes):
        text = _THE_CLASS.sub(talked, text)  # "who won the class?": the class talked about
    asked = turn.answer.asked or {}
    if talked and asked.get("classes") == [talked] and not (asked.get("drivers") or asked.get("teams") or asked.get(
            "cars")) and _WON_THAT.search(text):
        text = _WON_THAT.sub(lambda m: f"{m.group(1)} {talked}", text)  # "guest class?" then "who won that?"
    correction = _CORRECTION.match(text)
    if correction and text[correction.end():].strip(" ?.!"):
        # "i meant petit le mans 2003", "no, the 2005 one": the last question, put right
        text = text[correction.end():].strip()
        cars = text.strip(" ?.!")
        last = read(turn.question)
        if race is not None and re.fullmatch(r"#\w+(?: and #\w+)*", cars) and isinstance(last, Frame):
            # "no i meant the other ferrari" (its car found above): the last question, of that car
            swapped = _subject_swapped(fold(turn.question), last, cars)
            return Reading(swapped or f"how did {cars} do at the {race.title}?", keeps_frame=True)
        year = _year_meant(pw, text.strip(" ?.!"), race)
        if year is not None:  # "le mans 1967 winners?" then "sorry i meant 75": the same question of that year
            return Reading(_with_year(turn.question, int(race.date[:4]) if race and race.date else None, year))
        lead, _, asked = re.split(r"(,|\.\s)", text, maxsplit=1) if re.search(r",|\.\s", text) else (text, "", "")
        picked = _one_of_races(lead, list({r.id: r for r in answer.races}.values())) if asked.strip() else None
        if picked is None and asked.strip():  # "nah i meant the 250s. who was 2nd in that one": the meeting's race
            picked = _sibling_race(pw, lead, race)
        if picked is not None:  # "no i meant the 2005 one, who was on pole?": a new question of the race picked
            asked = _THAT_RACE.sub(" ", asked) if _THAT_RACE.search(asked) else asked
            return Reading(f"{asked.strip().rstrip(' ?')} at the {picked.title}?")
        if not _QUESTION_WORD.search(fold(text)):
            rewritten = _race_picked(text, turn) or _fragment(read, text, turn)
            if rewritten is not None:
                return Reading(_with_race(rewritten, race, read.race_named(rewritten)))
    if answer.status == AMBIGUOUS and answer.choices and all(c.kind == "race" for c in answer.choices) and \
            answer.races and (picked_race := _race_picked(text, turn)) is not None:
        return Reading(picked_race)  # "the 250cc one" after "which race?": the question, of that race
    settled = re.match(r"^\s*([^\W\d_][^.,!?;:]{0,30}?)\s*[.,!;:]+\s*(\S.*)$", text)
    if answer.status == AMBIGUOUS and answer.choices and settled and answer.kind in ("driver", "team"):
        # "Kyle. how many laps did he complete": the name picked, then the question about them
        words = [w for w in fold(settled.group(1)).split() if w not in _SETTLING_FILLER]
        picked = [c for c in answer.choices if words and all(w in fold(c.label).split() for w in words)]
        if len(picked) == 1:
            name = picked[0].label.split(" — ")[0].split(" (")[0]
            rest = settled.group(2)
            asked = _pronoun_put(rest, name) if _PRONOUN.search(rest) or _POSSESSIVE.search(rest) else \
                f"{rest.rstrip(' ?.!')} ({name})"
            return Reading(_with_race(asked, race, read.race_named(asked)), keeps_frame=True)
    if answer.status == AMBIGUOUS and answer.choices and len(text.split()) <= 8:
        # "paula" after "how did Cook do?": the choice whose name holds the words given
        words = [w for w in fold(text).split() if w not in _SETTLING_FILLER]
        picked = [c for c in answer.choices if words and all(w in fold(c.label).split() for w in words)]
        if len(picked) == 1:
            name = picked[0].label.split(" — ")[0].split(" (")[0]
            prev = fold(turn.question)
            for w in fold(name).split():
                if re.search(rf"\b{re.escape(w)}\b", prev):
                    return Reading(re.sub(rf"\b{re.escape(w)}\b", name, prev, count=1))
            return Reading(f"{turn.question.rstrip(' ?')} {name}")
    if answer.status != ANSWERED:
        return _after_a_decline(pw, read, text, turn, race)
    picked_race = _race_picked(text, turn)
    if picked_race is not None:
        return Reading(picked_race)
    other_race = _last_question_elsewhere(read, text, turn)
    if other_race is not None:
        return Reading(other_race)
    lead_off = _FRAGMENT.match(text)  # "what about race 2": the fragment, its lead aside
    bare = lead_off.group(1) if lead_off and lead_off.group(1) else text
    sibling = _sibling_race(pw, bare, race) if not read.race_named(text) and len(text.split()) <= 5 and not \
        _QUESTION_WORD.search(fold(bare)) else None
    if sibling is not None and _OWN_ASK.search(fold(bare)):  # "125cc winner", "supersport winner": asked of that race
        return Reading(f"{bare.rstrip(' ?.!')} at the {sibling.title}?")
    if sibling is not None:  # "who won superbike race 1?" then "and race 2?": the meeting's other race
        return Reading(f"{_without_races(_named_in_full(turn), [race])} at the {sibling.title}?")
    parsed = read(text) if race is not None and len(text.split()) <= 8 else None
    if isinstance(parsed, Frame) and parsed.race_named and len(parsed.race_candidates) > 1 and race is not None:
        own_part = fold(meeting_part(race.title)[1])
        same_part = [r for r in parsed.race_candidates if own_part and fold(meeting_part(r.title)[1]) == own_part]
        if len(same_part) == 1 and same_part[0].id != race.id and not part_named(own_part, fold(text).split()) and \
                len({meeting_part(r.title)[0] for r in parsed.race_candidates}) == 1:
            # "same for malaysia 2008, who won" after the Australian MotoGP race: that meeting's MotoGP race
            return Reading(f"{_without_races(text, parsed.race_candidates).rstrip(' ?.!')} at the {same_part[0].title}?")
    if isinstance(parsed, Frame) and parsed.race_named and len(parsed.race_candidates) > 1:
        # "who won motogp there?" after the 125cc race: of the MotoGP races, the one of the same meeting
        own = fold(meeting_part(race.title)[1])
        sibling = race if own and part_named(own, fold(text).split()) else _sibling_race(pw, text, race)
        if sibling is not None and sibling.id in {r.id for r in parsed.race_candidates}:
            if not _QUESTION_WORD.search(fold(text)) and not _OWN_ASK.search(fold(text)):
                # "and the second superbike race?": the last question there ("125cc winner" asks its own)
                return Reading(f"{_without_races(_named_in_full(turn), [race])} at the {sibling.title}?")
            return Reading(f"{text.rstrip(' ?.!')} at the {sibling.title}?")
    elif isinstance(parsed, Frame) and not parsed.race_named and (sibling := _sibling_race(pw, text, race)) is not None:
        # "who won in the 125s?" after the 500cc race: the meeting's 125cc race
        return Reading(f"{text.rstrip(' ?.!')} at the {sibling.title}?")
    sub = _guess_checked(read, text, turn) or _crew_countries(read, text, turn) or _ahead_of_them(read, text, turn) or \
        _others(read, text, turn) or \
        _subset(read, text, turn) or \
        _no_group(text, turn)
    if sub is not None:
        return Reading(text, sub, picked=sub.status == ANSWERED)
    together = _ALL_SAME_LAP.search(fold(text))
    cars = (answer.focus if len(answer.focus) >= 2 else turn.group) if together else []
    if len(cars) >= 2 and all(e.laps is not None for e in cars) and race is not None:
        # "gimme the top 3" then "were they all on the same lap?": the laps of each, Yes or No first
        same = len({e.laps for e in cars}) == 1
        return Reading(text, Answer(ANSWERED, f"{'Yes' if same else 'No'}: " + "; ".join(
            f"{entry_who(e)} {e.laps_text}" for e in cars) + f" in the {race.title}.", races=[race], entries=list(cars),
            focus=list(cars), kind="yes_no"), keeps_frame=True)
    same_as = _SAME_AS.match(text)
    if same_as and len(answer.focus) == 1 and answer.focus[0].car_number:
        # "same team as the 89?" after "who drove the #88?": the car talked about and the one named, Yes or No
        what = "laps" if "lap" in same_as.group(1).lower() else same_as.group(1)
        return Reading(role_cars(pw, _with_race(f"did #{answer.focus[0].car_number} have the same {what} as "
                                                 f"{same_as.group(2)}", race, False), race), keeps_frame=True)
    same = _SAME_WHAT.search(text)
    if same and not read.names_subject(text) and _compared(turn) is not None:
        # "same team?" after "who won?", "who was second?": the two cars talked about, Yes or No first
        a, b = _compared(turn)
        what = next(g for g in same.groups() if g)  # "were they teammates?": the same team
        return Reading(_with_race(f"did #{a.car_number} and #{b.car_number} have the same {what}", race,
                                  False), keeps_frame=True)
    if same and len(answer.focus) == 1 and answer.focus[0].car_number and re.search(r"#\d", text) and \
            f"#{answer.focus[0].car_number}" not in text:
        # "did the other Alex Job car complete as many laps?": as many as the car talked about
        text = f"{text.rstrip(' ?.!')} as #{answer.focus[0].car_number}?"
    if _SAME_LAP.search(text) and len(answer.focus) == 1 and answer.focus[0].car_number and race is not None and \
            isinstance(named := read(text), Frame) and (named.makes or named.subjects or (
                len(named.positions) == 1 and not named.classes)) and \
            f"#{answer.focus[0].car_number}" not in text:
        # "was the courage on the same lap" after the winner: the car named, against the one talked about
        subject = re.sub(r"(?i)^\s*(?:and\s+)?(?:was|were|is|are|did)\s+", "", _SAME_LAP.sub(" ", text)).strip(" ?.!")
        if not (named.makes or named.subjects):  # "was p2 on the same lap?": the car placed so
            placed = read.pw.results.entry_at(race.id, named.positions[0])
            if placed is None or not placed.car_number or placed.id == answer.focus[0].id:
                return Reading(text)
            subject = f"#{placed.car_number}"
        return Reading(_with_race(f"did {subject} have the same laps as #{answer.focus[0].car_number}", race, False),
                       keeps_frame=True)
    pair = _compared(turn) if _BY_HOW_MUCH.search(text) or _APART.search(text) or _SAME_LAP.search(text) else None
    if pair is not None and not read.names_subject(text):
        a, b = pair
        if _SAME_LAP.search(text):  # "were they on the same lap?" after "who won?", "who came second?"
            return Reading(_with_race(f"was #{b.car_number} on the same lap as #{a.car_number}", race, False),
                           keeps_frame=True)
        if re.search(r"\blaps?\b", text):  # ("how far apart?", "gap between them?": the gap, in time where one lap)
            return Reading(_with_race(f"what is the difference in laps between #{a.car_number} and "
                                      f"#{b.car_number}", race, False), keeps_frame=True)
        # "by how much?": the gap as the results give it, a time where the two were on one lap
        return Reading(_with_race(f"what was the gap between #{a.car_number} and #{b.car_number}", race, False),
                       keeps_frame=True)
    won_last = len(answer.focus) == 1 and (answer.kind == "winner" or answer.focus[0].position == 1 or (
        answer.focus[0].class_position == 1 and bool(turn.answer.asked.get("classes"))))
    other_side = _BY_HOW_MUCH.search(text) is not None and isinstance(named_in := read(text), Frame) and bool(
        named_in.makes)  # "by how many laps did the winning audi beat them": the audi is the other side
    if _BY_HOW_MUCH.search(text) and race is not None and won_last and not read.names_subject(text) and not other_side:
        # "who won?" then "by how much?": the winning margin, over second place (in the class asked about)
        won = answer.focus[0]
        laps = " in laps" if re.search(r"\blaps?\b", text) else ""
        top_two = "the top two" if won.position == 1 else f"the top two in {won.class_name}"
        return Reading(_with_race(f"what was the gap{laps} between {top_two}", race, False), keeps_frame=True)
    placed = answer.focus[0] if len(answer.focus) == 1 else None
    if _BY_HOW_MUCH.search(text) and race is not None and placed is not None and placed.car_number and \
            not read.names_subject(text) and (placed.position or 0) > 1 and not other_side:
        # "who came 2nd?" then "by how much?": how far behind the winner (of its class, where a class was asked)
        winner = f"the {placed.class_name} winner" if turn.answer.asked.get("classes") and placed.class_name else \
            "the winner"
        laps = " in laps" if re.search(r"\blaps?\b", text) else ""
        return Reading(_with_race(f"how far{laps} behind {winner} was #{placed.car_number}", race, False),
                       keeps_frame=True)
    name = _subject_name(turn)
    if name is not None and not read.names_subject(text):
        compared = _value_compared(text, turn, name)
        if compared is not None:
            asked = role_cars(pw, _with_race(compared, race, read.race_named(compared)), race)
            return Reading(asked, keeps_frame=True)
    pair = _compared(turn) if _BETWEEN_THEM.search(text) and len(answer.focus) == 1 else None
    if pair is not None and all(e.car_number for e in pair):
        # "and his teammate?" then "points between them": the two talked about, not the teammate alone
        name = f"#{pair[0].car_number} and #{pair[1].car_number}"
    other_named = name is not None and _PRONOUN.search(text) is not None and read.names_subject(text) and \
        re.search(r"\b(?:he|him|she|her|they|them)\b", fold(text)) is not None and \
        re.search(r"\b(?:ahead of|behind|in front of|than|beat|beaten by|gap to|between)\s", fold(text)) is not None and \
        fold(name) not in fold(text)  # "how far ahead of barrichello was he", "did he beat paula cook": he is the other
    # "the durango car - what was its result?", "the durango got NC but it did more laps than p3": the make the
    # message names before its pronoun is what the pronoun means
    said = _PRONOUN.search(text)
    split = _SPLIT_THEM.search(fold(text)) if race is not None else None
    pair = _compared(turn) if split else None
    if pair is not None and all(e.car_number for e in pair):
        # "and the panoz that split them, who was in that": the car of that make placed between the two talked about
        topic = read(text)
        what = f"which {topic.makes[0][0]}" if isinstance(topic, Frame) and topic.makes else "who"
        return Reading(f"{what} finished between #{pair[0].car_number} and #{pair[1].car_number} at the {race.title}?")
    own_topic = _own_topic(read, text, said)
    if (_PRONOUN.search(text) or _POSSESSIVE.search(text) or _BETWEEN_THEM.search(text)) and \
            (not read.names_subject(text) or other_named) and name is not None and not own_topic:
        name = _name_elsewhere(pw, read, name, text, turn, race)
        # "how many races did he win?": his career, not the race talked about
        asked, made = _about(pw, read, text, name, None if _ACROSS_RACES.search(fold(text)) else race, _pronoun_put)
        if made is not None or " and #" not in name or TOTAL_ASKED.search(fold(text)):
            return Reading(asked, made, keeps_frame=True)
    m = _FRAGMENT.match(text)
    overall = _overall_instead(read, m.group(1) if m and m.group(1) else text, turn)
    if overall is not None:  # "n-gt winner?" then "and overall" (or "overall?"): the same question of the whole field
        return Reading(_with_race(overall, race, read.race_named(overall)))
    if m and m.group(1) and (len(m.group(1).split()) <= 4 or re.match(r"(?i)\s*(?:at|in)\b", m.group(1)) and _a_race_alone(
            read, m.group(1))) and \
            not _QUESTION_WORD.search(fold(m.group(1))):
        missing = _class_not_run(pw, read, m.group(1), race)
        if missing is not None:
            return Reading(text, missing)
        rewritten = _fragment(read, m.group(1), turn)
        if rewritten is not None:
            return Reading(_with_race(rewritten, race, read.race_named(rewritten)))
    named = read(text) if race is not None else None
    if isinstance(named, Frame) and named.race_named and len(named.race_candidates) > 1 and not named.years and \
            race.id in {r.id for r in named.race_candidates} and not _ACROSS_RACES.search(fold(text)):
        # "who had pole at dijon" while talking about Dijon 2002 (the 1975 Swiss GP ran there too): that race
        return Reading(f"{_without_races(text, named.race_candidates).rstrip(' ?.!')} at the {race.title}?")
    if race is not None and read.race_named(text) and not said_there and _make_named_a_race(read, text, race):
        return Reading(_with_race(text, race, False))  # "which ford was highest" at a rally: its Fords, no Ford 300
    if race is None or read.race_named(text) and not said_there or answer.race is None or _ACROSS_RACES.search(fold(text)):
        return Reading(text)
    if read.names_subject(text):
        # "what happened to hamilton?": the race talked about, if the one named was in it
        carried = _with_race(text, race, False)
        made = pw.ask(role_cars(pw, carried, race))
        if made.status == AMBIGUOUS and made.choices and made.kind == "driver":
            return Reading(carried, made)  # "how did Hill get on?": Graham or Phil of the race talked about
        if made.status == UNSUPPORTED and isinstance(alone := read(text), Frame) and alone.ambiguous:
            return Reading(carried, made)  # "what tyres was rossi on?": the one Rossi of the race, declined there
        if made.status == NOT_FOUND and made.kind != "race" and _RESULT_ASKED.search(fold(text)):
            # "how did jacky ickx go" about the 1967 British GP: not there, said so, with where they did race
            return Reading(carried, _raced_elsewhere(pw, text, made, race))
        # ("did alonso race?" of that race: "No: … not in the results", an answer without a car)
        return Reading(carried, made) if made.status == ANSWERED and (
            made.focus or re.match(r"(?:Yes|No)\b", made.summary)) else Reading(text)
    if said_there:  # "class position there?": the race said once, as the question's own words leave it
        text = " ".join(text.replace(f"at the {race.title}", " ").split()) or text
    carried = _with_race(text, race, False)
    if len(text.split()) > 8:  # "did p2 finish on the same lap as the winner": a whole question, of the race talked about
        return Reading(carried)
    relative = _RELATIVE.search(fold(text))  # "how many laps behind the GTS winner?": one side is left out
    if relative and _PLACE_NAMED.search(fold(text)):
        relative = None  # "how far back was second place?": the place named is the subject
    made = None if relative and name is not None else pw.ask(role_cars(pw, carried, race))
    understood = made is not None and NO_DATA.search(made.summary) is not None  # "print no times": asked, not missed
    if (made is None or made.status != ANSWERED and not understood) and name is not None and len(text.split()) <= (
            8 if relative else 6):
        # "what car?", "drivers?", "how many laps?": a question with its subject left out is about the last one
        asked, about = _about(pw, read, text, name, race, _ellipsis_put)
        about = about or pw.ask(asked)
        if about.status == ANSWERED:
            return Reading(asked, about, keeps_frame=True)
    return Reading(carried, made)


def _names_someone(pw: Pitwall, question: str) -> bool:
    """Whether a question names its own subject ("who drove the Taurus Lola and where did it end up?")."""
    frame = parse_question(pw, question)
    return isinstance(frame, Frame) and bool(frame.subjects or frame.makes or frame.classes)


_COUNTED_BEFORE = re.compile(r"\bhow many (laps|points|places|positions|cars|drivers|riders|entries)\b")
_MOST_ALONE = re.compile(r"(?i)\b((?:the )?(?:most|fewest|least))(?=\s*(?:then|of (?:them|all)|overall)?\s*[?.!]*\s*$)")
_COUNT_ALONE = re.compile(r"^(\s*(?:and\s+|so\s+|what about\s+)?how many)(\s+(?:did|does|do|were|was|had|has)\b)", re.I)


def _counted_noun_carried(turn: Turn, question: str) -> str:
    """ "how many laps did #11 do?" then "and how many did the winning audi do?": the laps again; "how many laps did
    he lead" then "who led the most then": the most laps."""
    alone, before = _COUNT_ALONE.match(question), _COUNTED_BEFORE.search(turn.said.lower())
    if alone and before and re.search(r"\b(?:classified|finished|retired|started|dnf\w*|out|crashed|nc|dns|dsq)\b",
                                      question.lower()):
        return question  # "how many laps did he do?" then "how many were classified": cars, not laps
    if alone and before:
        return f"{alone.group(1)} {before.group(1)}{question[alone.end(1):]}"
    most = _MOST_ALONE.search(question)
    return f"{question[:most.end(1)]} {before.group(1)}{question[most.end(1):]}" if most and before else question


# "which of those two qualified better", "how many laps between those two then": two cars asked about one after the other
_THOSE_TWO = re.compile(r"(?i)\b(?:those|them|these) two\b|\bthe two\b(?=\s*(?:[?.!,]|$|then\b|(?:was|were|did|had|finished|"
                        r"qualified|got|came|ended|is|are)\b))")


def _two_seen(turn: Turn, question: str) -> list[EntryView]:
    """Who "those two" are where the last answer gave no group of them: the last two cars talked about, latest first
    (none where the question says no "two", or a group of the last answer is who they are)."""
    if not _THOSE_TWO.search(question) or len(turn.answer.focus) >= 2 or len(turn.group) >= 2:
        return []
    cars: list[EntryView] = []
    for e in reversed(turn.seen):
        if e.id not in {c.id for c in cars}:
            cars.append(e)
        if len(cars) == 2:
            break
    return cars


def _two_results_compared(turn: Turn, question: str) -> Answer | None:
    """ "so which of those two was the better result for them" after Team Jota at Dijon, then at Brno: the two results
    talked about last, of two races, ranked by their places."""
    best, worst = _BEST.search(fold(question)), _WORST.search(fold(question))
    cars = _two_seen(turn, question)
    if bool(best) == bool(worst) or len(cars) < 2 or cars[0].race.id == cars[1].race.id:
        return None
    if rank_key(cars[0]) == rank_key(cars[1]):
        return Answer(ANSWERED, "Neither: the two results rank alike: " + "; ".join(
            f"{e.race.title}: {e.brief}" for e in reversed(cars)) + ".", races=[e.race for e in cars], entries=cars)
    ranked = sorted(reversed(cars), key=rank_key)
    picked, other = (ranked[0], ranked[1]) if best else (ranked[1], ranked[0])
    return Answer(ANSWERED, f"The {'better' if best else 'worse'} result was the {picked.race.title}: {picked.brief}; "
                  f"the {other.race.title}: {other.brief}.", races=[picked.race, other.race], entries=[picked, other],
                  focus=[picked])


def _two_talked_about(pw: Pitwall, turn: Turn, question: str) -> str:
    """ "so how many laps between those two then" after the GTO winner and then the GT Cup winner were asked about: the
    last two cars talked about, one turn each, by their numbers (or their drivers, where cars have none), when they
    ran in one race; the question as it was otherwise."""
    said = _THOSE_TWO.search(question)
    cars = _two_seen(turn, question)
    if said is None or len(cars) < 2 or cars[0].race.id != cars[1].race.id or names_a_race(pw, question):
        return question  # ("how did those two get on at dijon that year": their cars there are others)
    names = [f"#{e.car_number}" if e.car_number else (e.drivers[0] if e.drivers else "") for e in reversed(cars)]
    if not all(names) or names[0] == names[1]:
        return question
    asked = f"{question[:said.start()]}{names[0]} and {names[1]}{question[said.end():]}"
    return f"{asked.rstrip(' ?.!')} at the {cars[0].race.title}?"  # named cars start afresh: of their race


_SUBJECTS_KEPT = 10
# "the first guy i asked about", "the one i asked about first", "the original car we were talking about"
_ASKED_NOUN = r"(?:one|guy|driver|rider|car|bloke|dude|team|person|fella|entry|bike)"
_ASKED_VERB = (r"(?:that )?(?:i|we) (?:first )?(?:asked|was asking|were asking|asked you|mentioned|talked|were talking|"
               r"was talking|brought up|started with)(?: you)?(?: about| with)?")
_FIRST_ASKED = re.compile(rf"(?i)\bthe (?:first|1st|original) {_ASKED_NOUN} {_ASKED_VERB}\b|"
                          rf"\bthe {_ASKED_NOUN} {_ASKED_VERB} first\b")


# "back to silverstone, where did he finish", "back to motogp, lorenzo?", "back to 98 - franchitti had pole, how'd he do"
_BACK_TO = re.compile(r"(?i)^\s*(?:(?:ok|so|and|now|right)\s+)*(?:go(?:ing)? )?back to (?:the )?(?P<what>[\w' .-]{2,40}?)"
                      r"(?:\s*[,?.!:;–—-]+\s*|\s+(?=(?:who|what|where|how|hows|did|was|were|which|whats|wheres)\b)|\s*$)"
                      r"(?P<rest>.*)$")


def _back_to(conversation: Conversation, question: str) -> str:
    """ "back to silverstone, where did he finish": the race talked about before that the words fit (its place, class
    or year), the latest of them; the rest of the message asked of it (or the question before, where nothing is)."""
    said = _BACK_TO.match(question)
    if said is None:
        return question
    words = set(fold(said["what"]).split()) - {"the", "race", "one", "gp"}
    def fits(r: RaceRef) -> bool:
        own = set(fold(f"{r.title} {r.circuit or ''} {r.location or ''}").replace("–", " ").split())
        year = (r.date or "")[:4]
        own |= {year, year[2:], f"'{year[2:]}"}
        return bool(words) and words <= own
    earlier = [r for r in conversation.races[:-1] if fits(r)]
    if not earlier:
        return question
    race = earlier[-1]
    rest = said["rest"].strip() or (conversation.last.said if conversation.last is not None else "")
    return f"{rest.rstrip(' ?.!')} at the {race.title}?" if rest else question


def _first_asked_named(conversation: Conversation, question: str) -> str:
    """ "and the first guy i asked about, how many points did he score": the one the conversation's first answer was
    about, by name."""
    said = _FIRST_ASKED.search(question)
    if said is None:
        return question
    return f"{question[:said.start()]}{conversation.subjects[0]}{question[said.end():]}"


_PERSON_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b", re.I)
_THEN_LAST = re.compile(r"\bthen\s*[?.!]*\s*$", re.I)  # "who came second then?"


def _nothing_to_follow(pw: Pitwall, question: str) -> Answer | None:
    """ "did he finish?", "what about 2nd?", "ok and in gt cup?" as the first message: a follow-up with nothing
    before it to follow, which names neither a race nor anyone; asked back, never answered for some race."""
    lowered = question.lower()
    if not (_FRAGMENT.match(lowered) or _PERSON_PRONOUN.search(lowered) or _THEN_LAST.search(lowered)):
        return None
    parts = question_parts(question, lambda t: names_a_race(pw, t))
    if len(parts) > 1 or parts[0] != question and not _PERSON_PRONOUN.search(parts[0].lower()):
        # "who won GTO and what car were they in?", "team that came 11th, what chassis were they using": the first
        # part names what the second means
        return None
    frame = parse_question(pw, question)
    if not isinstance(frame, Frame) or frame.race_named or frame.subjects or frame.makes or frame.countries:
        return None
    return Answer(UNSUPPORTED, "That reads like a follow-up, but there is no earlier question here to follow: "
                  "say which race, and which driver, car or team, you mean.")


_IF_ANSWERED = re.compile(r"(?i)^\s*(?:and\s+|but\s+)?if (?:not|so|yes|no|(?:they|he|she|it) did(?:n['’]?t| not)?)\b[\s,:-]*")


def ask_in(pw: Pitwall, conversation: Conversation | None, question: str) -> Answer:
    """Answer ``question`` as part of ``conversation`` (None: on its own), and remember the turn."""
    keeps_frame = picked = False
    # "b4 it blew" goes before "it" is read as the car talked about; "the other rfh car" is Racing for Holland's
    said_first = question  # "who came second then?" as a first message is a follow-up, its "then" read away below
    question = initials_spelled(pw, as_the_engine_reads(question))
    if conversation is not None and conversation.subject_lost and conversation.last is not None and (
            _PRONOUN.search(question.lower()) or _POSSESSIVE.search(question.lower()) or
            _OF_THOSE.search(question.lower())) and not _names_someone(pw, question) and \
            not _ROLE_NAMED.search(question.lower()):  # "and the pole sitter, where did he finish": named by role
        # "who was the other SR2 finisher?" was declined: "how many laps behind were they?" has nobody to be
        return Answer(UNSUPPORTED, "I'm not sure who you mean: I couldn't answer the question before. "
                      "Name the driver, team or car, please.")
    if conversation is not None and conversation.last is not None:
        # "did any porsche make the top 10? if not, where was the best one": the answer before said yes or no, and
        # the question stands either way
        question = _IF_ANSWERED.sub("", question, count=1) or question
    if conversation is not None and conversation.subjects:
        question = _first_asked_named(conversation, question)
    if conversation is not None and conversation.races:
        question = _back_to(conversation, question)
    if conversation is not None and conversation.last is not None and conversation.declined is None:
        question = _meant_instead(question)
    corrected = _declined_put_right(pw, conversation, question) if conversation is not None else None
    if corrected is not None:  # "who won le mans 1966" (not stored), then "oh sorry i meant 67"
        question = corrected
        conversation.last = None
    parts = question_parts(spelling_put_right(pw, question), lambda t: names_a_race(pw, t)) if \
        conversation is not None and conversation.last is not None else []  # "winer and gap?" mid-conversation too
    if len(parts) > 1:  # "who was on pole and where did he end up?": each part on the race talked about
        return answer_parts(pw, parts, conversation)
    if parts and fold(parts[0]) != fold(spelling_put_right(pw, question)):
        question = parts[0]  # "and jeff gordon, how many bonus points did he get": put as one question
    if conversation is None or conversation.last is None:
        answer = _nothing_to_follow(pw, said_first if _THEN_LAST.search(said_first) else question) or pw.ask(question)
        asked = question
        told = question_parts(question)
        asked_alone = _story_set_aside(pw, told) if len(told) > 1 else told
        if len(asked_alone) == 1 and asked_alone[0] != question:
            asked = asked_alone[0]  # "was rewatching ... last night, who won petit le mans 2003?": what was asked
    elif (each := _in_each_race_talked(pw, conversation.last, question)) is not None:
        answer, asked = each, question
    else:
        question = _two_talked_about(pw, conversation.last, _counted_noun_carried(conversation.last, question))
        compared = _two_results_compared(conversation.last, question)
        reading = Reading(question, compared) if compared is not None else follow_up(pw, conversation.last, question)
        asked, keeps_frame, picked = reading.question, reading.keeps_frame, reading.picked
        answer = reading.answer if reading.answer is not None else pw.ask(asked)
        if asked != question:
            log.debug("follow-up read as %r", asked)
    _teammate_talked_about(pw, asked, answer)
    if conversation is not None:
        conversation.subject_lost = answer.status not in (ANSWERED, AMBIGUOUS) and bool(
            re.match(r"\s*(?:and\s+)?(?:who|which|(?:did\s+|was\s+|were\s+)?(?:any ?one|any ?body|any \w+)(?:\s+else)?)\b",
                     question.lower()))  # "anyone else go out on that lap?" declined: "his teammate" is not the last one's
    if conversation is not None:
        conversation.declined = question if answer.status not in (ANSWERED, AMBIGUOUS) else None
    if conversation is not None and (answer.status in (ANSWERED, AMBIGUOUS) or conversation.last is None):
        # a declined turn ("what was the weather?") leaves the conversation on its last answer; a pronoun or a
        # subject left out keeps the frame of the question before ("who won GTO?", "what car?", "and GT Cup?")
        before = conversation.last
        if before is not None:
            before.before = None  # one turn back is all a follow-up looks at
        base = before.base if keeps_frame and before is not None else asked
        seen = [*(before.seen if before is not None else []), *answer.focus][-_SEEN_KEPT:]
        conversation.last = Turn(asked, answer, base, before, said=question, seen=seen)
        if answer.status == ANSWERED and len(answer.races) == 1:
            conversation.races = [*(r for r in conversation.races if r.id != answer.races[0].id),
                                  answer.races[0]][-_SUBJECTS_KEPT:]
        subject = _subject_name(conversation.last) if answer.status == ANSWERED else None
        if subject and subject not in conversation.subjects[-1:]:
            conversation.subjects = [*conversation.subjects, subject][-_SUBJECTS_KEPT:]
        if len(answer.focus) < 2 and before is not None and (picked or answer.focus and {
                e.id for e in answer.focus} <= {e.id for e in before.group}):
            # a choice from the group, or a question about one of it ("who drove it?"), keeps the group:
            # "and the best placed?" still chooses among the same cars
            conversation.last.group = before.group
        conversation.touched = time.monotonic()
    elif conversation is not None and (named := _others_named(pw, asked, conversation.last)):
        # "hamilton and kimi went out on lap 19, what's the reason?" declined: "where had they started" is about them
        race = named[0].race
        # (the turn stands as the last answered question's, now about their cars: the decline is not asked again,
        # and "and toseland?" next is the question answered before of him)
        last = conversation.last
        conversation.last = Turn(last.question, replace(answer, status=ANSWERED, races=[race], focus=named,
                                                        entries=named, asked={"race": race.id}), last.base, None,
                                 said=last.said, seen=last.seen)
        conversation.touched = time.monotonic()
    elif conversation is not None:
        moved = _race_moved_to(pw, conversation.last, asked) if answer.kind != "race" else None
        if moved is not None:
            # "and at monterrey earlier that season, better or worse?" declined: "who was on the podium there" next
            # is of Monterrey, the race the fan moved to, not of the race before
            conversation.last = Turn(asked, replace(answer, races=[moved], focus=[], entries=[],
                                                    asked={"race": moved.id}), asked, None, said=question,
                                     seen=conversation.last.seen)
            conversation.touched = time.monotonic()
    return answer


_BETTER_OF_THEM = re.compile(r"(?i)\bthe (better|best|higher|highest|top|worse|worst|lower|lowest)(?: placed| finisher| "
                             r"one)? of (?:them|those|the two|the pair|these)\b")
_CLOSEST_TO_THEM = re.compile(r"(?i)\b(?:who|which car|which team|what car)\s+(?:was|were|finished|came|got|ended up)\s+"
                              r"(?:the )?(?:closest|nearest|next closest) (?:to|behind) (?:them|him|her|it)\b")
_THE_OTHER_N = re.compile(r"\bthe other (two|three|four|2|3|4|ones)\b(?! (?:races?|classes|years?|laps?)\b)")
_SAME_WINNERS = re.compile(r"\b(?:the )?same (?:winners?|winning (?:car|team|crew|drivers?|pair|duo)|guys|pair|duo|people)"
                           r"(?: (?:won|win|winning|on top|again|there|too))?\b|\bdid (?:the )?same (?:guys|pair|drivers|team) win\b")
_HIS_SIBLING = re.compile(r"(?i)\b(?:his|her) (?:brother|sister|sibling|bro)\b")
_THE_SIBLINGS = re.compile(r"(?i)\bthe ([a-z][\w'’-]+) (?:brothers|sisters|siblings|bros)\b")


def _race_offered(pw: Pitwall, read: _Readings, turn: Turn, text: str) -> Reading | None:
    """ "le mans winners?" (several races offered) then "the 1975 one": the last question of the race picked; "who took
    it": still which race, never the first of those offered."""
    answer = turn.answer
    if answer.status != AMBIGUOUS or not answer.choices or any(c.kind != "race" for c in answer.choices):
        return None
    offered = [r for c in answer.choices if (r := pw.results.race_by_slug(c.value)) is not None]
    if len(offered) != len(answer.choices):
        return None
    picked = _one_of_races(text, offered)
    if picked is not None:
        return Reading(f"{_without_races(turn.base, offered)} at the {picked.title}?")
    if read.race_named(text) or not _QUESTION_WORD.search(fold(text)):
        return None  # ("Peter" after "how did Cook do at Spa?": a name that completes the one asked about)
    return Reading(text, replace(answer, summary="Which race do you mean? " + answer.summary.split("which one? ", 1)[-1]))


def _same_winners(read: _Readings, turn: Turn, text: str, race: RaceRef | None) -> Reading | None:
    """ "what about dijon that year, same winners?": that race's winners, said against the ones talked about."""
    answer = turn.answer
    if not _SAME_WINNERS.search(fold(text)) or race is None or not answer.focus or not read.race_named(text):
        return None
    base = _without_races(turn.base, [race])  # "who won gto": the question the winners answered, of the new race
    lead_in = base if re.search(r"\b(?:won|win|winners?)\b", base) else "who won"
    asked = " ".join(re.sub(r"\b(?:what about|how about|and)\b", " ",
                            f"{lead_in} {_SAME_WINNERS.sub(' ', fold(text))}").split())
    made = read.pw.ask(asked)
    if made.status != ANSWERED or not made.focus:
        return None
    before = {d for e in answer.focus for d in e.drivers}
    now = {d for e in made.focus for d in e.drivers}
    lead = "Yes: the same winners. " if now == before else (
        "Partly: " + and_list(sorted(now & before)) + " won both. " if now & before else "No: ")
    return Reading(asked, replace(made, summary=lead + made.summary))


def _one_of_them_picked(read: _Readings, turn: Turn, text: str) -> Reading | None:
    """ "how far behind vettel was the better of them": that car, and the rest of the question asked of it (not where
    the message names its own group: "the maranello ferraris, the best of them")."""
    picked = _BETTER_OF_THEM.search(text)
    if picked is None:
        return None
    group = turn.answer.focus if len(turn.answer.focus) >= 2 else turn.group
    rest = _BETTER_OF_THEM.sub(" ", text)
    own = read(rest)
    if len(group) < 2 or len({e.race.id for e in group}) != 1 or not fold(rest).strip() or (
            isinstance(own, Frame) and (own.teams or own.makes or own.classes or own.countries)):
        return None
    worst = picked.group(1).lower() in ("worse", "worst", "lower", "lowest")
    e = (max if worst else min)(group, key=rank_key)
    if not e.car_number:
        return None
    return Reading(_with_race(f"{text[:picked.start()]}#{e.car_number}{text[picked.end():]}", e.race, False),
                   keeps_frame=True)


def _the_other_ones(read: _Readings, turn: Turn, text: str) -> Reading | None:
    """ "was it a fiat 1-2-3?" after its winner, then "who were the other two": the ones not talked about before."""
    said = _THE_OTHER_N.search(fold(text))
    focus = turn.answer.focus
    if said is None or len(focus) < 2 or read.names_subject(text):
        return None
    talked = {e.id for e in turn.seen[:-len(focus)]}
    others = [e for e in focus if e.id not in talked]
    n = NUMBER_WORDS.get(said.group(1)) or (int(said.group(1)) if said.group(1).isdigit() else None)
    if not others or len(others) == len(focus) or n not in (None, len(others)):
        return None
    return Reading(text, Answer(ANSWERED, "The other " + ("" if n is None else f"{len(others)}: ") + "; ".join(
        f"{and_list(e.drivers)} ({e.car or e.chassis}), {e.place}" for e in others) + ".", races=[others[0].race],
        entries=others, focus=others))


def _surname_of_the_race(read: _Readings, text: str, race: RaceRef | None) -> str:
    """ "what was the problem for hill" while talking about the 1998 French GP: Damon Hill of that race, not the Hill
    cars of the 1975 Swiss GP (a make word that is the surname of one driver of the race talked about)."""
    if race is None:
        return text
    parsed = read(text)
    if not isinstance(parsed, Frame) or parsed.subjects or not parsed.makes or parsed.race_named:
        return text
    field = {d for e in read.pw.results.race_entries(race.id) for d in e.drivers}
    for make, role in parsed.makes:
        word = fold(make)
        if any(has_make(e, make, role) for e in read.pw.results.race_entries(race.id)):
            continue  # a make of this race's cars ("which ford was highest"), as said
        named = [d for d in field if fold(d).split()[-1:] == [word]]
        if len(named) == 1:
            text = re.sub(rf"(?i)\b{re.escape(word)}\b", named[0], text, count=1)
    return text


def _siblings_named(pw: Pitwall, text: str, turn: Turn, race: RaceRef | None) -> str:
    """ "and his brother?" after Emerson Fittipaldi: the one other driver of the race talked about with his surname;
    "the busch brothers?": the drivers of that surname in it (never the Busch Series). As said where none is."""
    if race is None:
        return text
    field = [d for e in pw.results.race_entries(race.id) for d in e.drivers]
    his = _HIS_SIBLING.search(text)
    name = _subject_name(turn) if his else None
    if his and name and not name.startswith("#"):
        surname = fold(name).split()[-1]
        others = sorted({d for d in field if fold(d).split()[-1] == surname and d != name})
        if len(others) == 1:
            return f"{text[:his.start()]}{others[0]}{text[his.end():]}"
    family = _THE_SIBLINGS.search(text)
    if family:
        named = sorted({d for d in field if fold(d).split()[-1] == fold(family.group(1))})
        if len(named) >= 2:
            return f"{text[:family.start()]}{' and '.join(named)}{text[family.end():]}"
    return text


def _make_named_a_race(read: _Readings, text: str, race: RaceRef) -> bool:
    """Whether the only words of a follow-up that name another race are a make of the race talked about's cars
    ("ford" of the Ford 300)."""
    alone = read(text)
    if not isinstance(alone, Frame) or alone.race is None or alone.race.id == race.id or alone.years:
        return False
    makes = {w for e in read.pw.results.race_entries(race.id) for w in fold(e.chassis or "").split()[:1]}
    title = set(fold(alone.race.title).split())
    named = {w for w in fold(text).split() if w in title and not w.isdigit()} - {"the", "at", "of", "in"}
    return bool(named) and named <= makes


def _others_named(pw: Pitwall, question: str, last: Turn) -> list[EntryView]:
    """The cars, in the race talked about, of the drivers a question names where they are not the ones the last
    answer was about; none where any of them is not in that race."""
    race = _race_of(pw, last)
    if race is None or not _names_someone(pw, question):
        return []
    named = parse_question(pw, question)
    talked = {d for e in last.answer.focus for d in e.drivers}
    if not isinstance(named, Frame) or not named.drivers or {d.name for d in named.drivers} <= talked:
        return []
    cars = [[e for e in pw.results.driver_entries(int(d.id), race.id) if e.race.id == race.id] for d in named.drivers]
    return [e for found in cars for e in found] if all(cars) else []


def _in_each_race_talked(pw: Pitwall, turn: Turn, question: str) -> Answer | None:
    """ "phillip island wsbk 2007, who won the race" (answered for each of the meeting's races), then "gap to 2nd?":
    the question asked of each race the answer was about, never of a default race; which one, where any of them
    cannot answer it."""
    races = turn.answer.races
    if turn.answer.race is not None or not 2 <= len(races) <= 4 or names_a_race(pw, question):
        return None
    text = question.lower()
    if _PRONOUN.search(text) or _POSSESSIVE.search(text) or _OF_THOSE.search(text) or _SUBSET.search(question):
        return None  # "who drove them?", "which of them finished?": the cars talked about, read as such
    parsed = parse_question(pw, question)
    if not isinstance(parsed, Frame) or parsed.race_named or _ACROSS_RACES.search(fold(question)):
        return None
    words = set(fold(question).split())
    if parsed.years or any({(r.date or "")[:4], (r.date or "")[2:4]} & words for r in races):
        return None  # "the 07 champ car one": one of the races chosen
    each = [(r, pw.ask(_with_race(question, r, False))) for r in sorted(races, key=lambda r: (r.date or "", r.id))]
    if parsed.subjects:
        # "biaggi?", "what happened to laconi": in each of the races talked about that they were in
        if len(fold(question).split()) > 6 or not (_RESULT_ASKED.search(fold(question)) or len(
                fold(question).split()) <= 2):
            return None
        each = [(r, a) for r, a in each if a.status == ANSWERED and a.focus]
        if not each:
            return None
    if all(a.status == ANSWERED for _r, a in each):
        firsts = [(r, answer_lead(a)) for r, a in each]
        return Answer(ANSWERED, "\n".join(said if r.title in said else f"{r.title}: {said}" for r, said in firsts),
                      races=[r for r, _a in each], entries=[e for _r, a in each for e in a.focus],
                      focus=[e for _r, a in each for e in a.focus], kind="races")
    return Answer(AMBIGUOUS, "The last answer was about several races: which one? "
                  + "; ".join(f"{r.title} ({r.nice_date})" for r, _a in each) + ".", title="Several races fit",
                  kind="race", choices=[Choice("race", f"{r.title} ({r.nice_date})", r.slug) for r, _a in each])


def _race_moved_to(pw: Pitwall, last: Turn, asked: str) -> RaceRef | None:
    """The one stored race a declined question names by its own words, where it is not the race talked about."""
    parsed = parse_question(pw, asked)
    if not isinstance(parsed, Frame) or not parsed.race_named or parsed.race is None or parsed.race_candidates[1:] \
            or parsed.other_races or parsed.race_by_year_only:
        return None
    places = places_said(fold(asked))
    if not parsed.years and not places:
        return None  # "how much prize money did emerson get": a name (the Emerson Radio 250's), no race said
    if any(not set(place.split()) <= ran_at(parsed.race) for place in places):
        return None  # "phillip island 2002 motogp": not the 2002 race stored (Catalunya)
    here = _race_of(pw, last)
    return parsed.race if here is None or here.id != parsed.race.id else None


def _meant_instead(question: str) -> str:
    """ "sorry i meant the motogp race not 250" after an answer: the last question, of what was meant instead (read as
    "and the motogp race?"); a correction naming a year is read by :func:`_declined_put_right` where the turn before was
    declined, and the question stays as it is otherwise."""
    correction = _CORRECTION.match(question)
    if correction is None:
        return question
    meant = re.sub(r"(?i)[\s,]*\b(?:not|rather than|instead of)\b(?: the)? [^,?.!]+[?.!]*\s*$", "",
                   question[correction.end():]).strip(" ?.!,")
    if not meant or _QUESTION_WORD.search(fold(meant)) or len(meant.split()) > 6 or re.fullmatch(
            r"(?:the )?['’]?(?:\d{2}|\d{4})(?: one| race)?", fold(meant)):
        return question  # ("sorry i meant 75": a year put right, read where years are)
    return f"and {meant}?"


def _declined_put_right(pw: Pitwall, conversation: Conversation, question: str) -> str | None:
    """ "who won le mans 1966" declined (not stored), then "oh sorry i meant 67": the declined question with the year
    put right, asked afresh; None when the question is no such correction."""
    correction = _CORRECTION.match(question)
    said = _YEAR_GIVEN.match(fold(question[correction.end():]).strip(" ?.!")) if correction else None
    if said is None or conversation.declined is None:
        return None
    old = re.search(r"(?<![\d#])((?:19|20)\d{2})(?!\d)", conversation.declined)
    digits = said.group(1)
    if len(digits) == 4:
        year = int(digits)
    else:  # "67" after "1966": the century of the year put right
        base = int(old.group(1)) // 100 * 100 if old else 1900
        year = min((base - 100 + int(digits), base + int(digits), base + 100 + int(digits)),
                   key=lambda y: abs(y - (int(old.group(1)) if old else 1950)))
    return _with_year(conversation.declined, int(old.group(1)) if old else None, year)


_ROLE_NAMED = re.compile(r"\b(?:pole ?sitter|pole man|the winners?|runner up|fastest lap setter)\b")
_OF_THOSE = re.compile(r"\b(?:of (?:those|them|these)|those|these)\b")  # "which of those were in BARs?"


def _teammate_talked_about(pw: Pitwall, asked: str, answer: Answer) -> None:
    """ "his teammate?" then "where did he start?": the teammate named is the one talked about next (one driver to a
    car, one other car of the team)."""
    if answer.status != ANSWERED or len(answer.focus) != 1 or not re.search(r"\btea?m ?m?ates?\b", fold(asked)) or \
            re.match(r"\s*(?:did|was|were|is|are|does)\b", fold(asked)):
        return
    e = answer.focus[0]
    others = teammates(e, pw.results.race_entries(e.race.id))
    if len(e.drivers) <= 1 and len(others) == 1 and len(others[0].drivers) == 1:
        answer.focus = others
        answer.asked = {**(answer.asked or {}), "drivers": list(others[0].drivers), "cars": []}


_ASKING = re.compile(r"\b(?:who|whos|what|whats|which|how|hows|did|does|do|was|were|is|are|when|where|why|any|list|"
                     r"name|tell|give|show)\b")


# "was rewatching old alms stuff last night": a story told with its "i" left out
_I_LEFT_OUT = re.compile(r"^\s*(?:(?:so|ok|okay|lol|haha|just)\s+)*(?:was|been|just been)\s+[a-z]+ing\b")
_TELLING = re.compile(r"\b(?:i|im|ive|we|my|me|our|us|mate|mates)\b")  # a story is told by someone: "so i was watching"


def _story_set_aside(pw: Pitwall, parts: list[str]) -> list[str]:
    """ "ok so i was watching the spa 1000k replay from 03 and lost track of the gt cup lot, who won gt cup ...?": a
    part that asks nothing, before the parts that do, is the story: it is not asked, only its race is kept."""
    # a clause asks when an asking word opens it ("so who won"), not where a story's verb comes third ("my brother
    # was cheering")
    asking = [not _I_LEFT_OUT.match(fold(p)) and (p.rstrip().endswith("?") or any(
        _ASKING.search(" ".join(fold(clause).split()[:3])) and not _TELLING.match(fold(clause).strip())
        for clause in re.split(r"[:;,.!?]|\s[-–—]\s", p))) for p in parts]
    if len(parts) < 2 or asking[0] or not any(asking):
        return parts
    story = [p for p, a in zip(parts, asking) if not a and len(p.split()) >= 6 and (
        _TELLING.search(fold(p)) or _I_LEFT_OUT.match(fold(p)))]
    if not story or story[0] != parts[0]:
        return parts
    told = parse_question(pw, " ".join(story))
    rest = [p for p in parts if p not in story]
    named = [r.name for r in (*told.drivers, *told.teams)] + [f"#{c}" for c in told.cars] if isinstance(
        told, Frame) else []
    if isinstance(told, Frame) and len(named) == 1 and len(told.makes) <= 1 and rest and \
            re.search(r"(?i)\b(?:they|them|it|he|him|she|her)\b", rest[0]):
        # "mate of mine was following the cdl racing tvr and lost track of it, how many laps did they end up with":
        # the one the story names is who the question's pronoun means
        rest[0] = re.sub(r"(?i)\b(?:they|them|it|he|him|she|her)\b", named[0], rest[0], count=1)
    elif not isinstance(told, Frame) or told.subjects or told.makes:
        return parts  # "jarier had pole in argentina 75, what happened to him?": the part names who "him" is
    if isinstance(told, Frame) and told.race_named and told.race is not None and not told.race_candidates[1:]:
        rest = [p if (isinstance(f := parse_question(pw, p), Frame) and f.race_named) else
                f"{p.rstrip(' ?.!')} at the {told.race.title}?" for p in rest]
    return rest or parts


_WHICH_ALONE = re.compile(r"(?:and )?(?:who|which|which ones?|who was it|who were they|who were those|which cars?|"
                          r"name them|names?|who s that|whos that|who are they)")


def answer_parts(pw: Pitwall, parts: list[str], conversation: Conversation | None = None) -> Answer:
    """Each part asked in turn as one conversation ("it" in the second is the first's subject), the one the
    message belongs to if any; answered only when every part is, else a decline that gives what was
    answered and names what was not."""
    conversation = conversation or Conversation()
    parts = _story_set_aside(pw, parts)
    if conversation.last is None and len(parts) > 1:
        # "racing for holland drivers and how many laps did they do at spa 2003": the race said last is the first's
        frames = [parse_question(pw, part) for part in parts]
        first = next((k for k, f in enumerate(frames) if isinstance(f, Frame) and f.race_named and f.race is not None
                      and not f.race_candidates[1:] and not f.other_races), None)
        if first:  # the parts said before the race is named are that race's (the later ones follow the conversation)
            race = frames[first].race
            parts = [f"{part.rstrip(' ?.!')} at the {race.title}?" if k < first and isinstance(f, Frame)
                     and not f.race_named and not _ACROSS_RACES.search(fold(part)) and not re.search(
                         r"\bhow many (?:wins|races|times)\b|\bwhich races\b", fold(part))
                     else part for k, (part, f) in enumerate(zip(parts, frames))]  # "how many wins does lammers have"
    answers: list[Answer] = []
    for k, part in enumerate(parts):
        talked = _race_of(pw, conversation.last) if k and conversation.last is not None else None
        if talked is not None and not _names_someone(pw, part) and not _WAS_IT.match(part) and isinstance(
                said := parse_question(pw, part), Frame) \
                and said.race_named and said.race is not None and said.race.id == talked.id and not said.other_races:
            # "… what did stoner finish and how far back at the <race>", "ove andersson car and points at portugal 74":
            # the race the first part is of, so the second follows it (of the same driver), not a question of its own
            part = parts[k] = _without_races(part, [talked]) or part
        if k and answers[-1].status != ANSWERED and re.search(r"\b(?:he|him|his|she|her)\b", part.lower()) and \
                not _names_someone(pw, part):
            # "michael caine raced spa?? what was he driving": "he" is the one the message named, even where the part
            # that named him was not answered (so the conversation did not move on to him)
            named = parse_question(pw, parts[k - 1])
            if isinstance(named, Frame) and len(named.drivers) == 1 and not (named.teams or named.cars):
                part = parts[k] = _pronoun_put(part, named.drivers[0].name)
        elif k and answers[-1].status != ANSWERED and re.search(r"\b(?:they|them|it)\b", part.lower()) and \
                not _names_someone(pw, part):
            # "my uncle saw the little lotus elises at spa in 03 ... did they even finish??": the cars the message named
            named = parse_question(pw, parts[k - 1])
            if isinstance(named, Frame) and len(named.makes) == 1 and not named.subjects:
                one = re.search(r"\bit\b", part.lower()) is not None
                cars = f"the {named.makes[0][0]} car{'' if one else 's'}"
                part = parts[k] = re.sub(r"\b(?:they|them|it)\b", cars, part, count=1, flags=re.I)
                if named.race_named and named.race is not None and not names_a_race(pw, part):
                    part = parts[k] = f"{part.rstrip(' ?.!')} at the {named.race.title}?"
        cars = (answers[-1].focus or answers[-1].entries) if k and answers[-1].status == ANSWERED else []
        if cars and _WHICH_ALONE.fullmatch(part.strip(" ?!.").lower()):
            # "was there only one retirement at silverstone 05? who": the cars the answer before counted, by name
            named = all(e.car and e.car in answers[-1].summary for e in cars)  # (named already: said once)
            answers.append(Answer(ANSWERED, "" if named else "; ".join(e.listed for e in cars) + ".",
                                  races=answers[-1].races, entries=list(cars), focus=list(cars)))
            continue
        answers.append(ask_in(pw, conversation, part))
    if len(parts) == 2 and answers[0].status == UNSUPPORTED and answers[1].status == ANSWERED and \
            conversation.last is not None and not _names_someone(pw, parts[0]):
        # "what bike and where did max biaggi finish": the first part's subject is the one the second names
        again = ask_in(pw, Conversation(last=Turn(parts[1], answers[1])), parts[0])
        if again.status == ANSWERED:
            answers[0] = again
    first = answers[0]
    failed = [(part, a) for part, a in zip(parts, answers) if a.status != ANSWERED]
    if not failed:
        first.summary = "\n".join(a.summary for a in answers if a.summary)
        first.entries = list({e.id: e for a in answers for e in a.entries}.values())  # each car once
        first.lines = [line for a in answers for line in a.lines]
        first.fields = []  # each part's fields would mix
        first.races = list({r.id: r for a in answers for r in a.races}.values())
        last_focus = answers[-1].focus
        # "rn motorsport were 2nd, were they on the same lap as the winners?": the car the message is about, not the
        # winners it was measured against
        kept = first.focus and last_focus and {e.id for e in first.focus} < {e.id for e in last_focus}
        first.focus = first.focus if kept else (last_focus or first.focus)
        if kept and conversation.last is not None and conversation.last.answer is answers[-1]:
            answers[-1].focus = list(first.focus)  # what a next "their" means, in the conversation too
        return first
    part, why = failed[0]
    if why is answers[0] and why.status in (AMBIGUOUS, NOT_FOUND):
        return why  # "results of the 2003 grand prix of the americas? who won": the race first, never a default one
    known = " ".join(answer_lead(a) for a in answers if a.status == ANSWERED)
    return Answer(why.status, (f"{known}\n" if known else "") + f"As for “{part}”: {why.summary}",
                  choices=why.choices, suggestions=why.suggestions, races=why.races, title=why.title, kind=why.kind)


class Conversations:
    """Conversations by key, in memory: at most ``size`` of them, each forgotten ``ttl`` seconds
    after its last turn (least recently used first out). Thread-safe."""

    def __init__(self, size: int = 5000, ttl: float = 1800.0) -> None:
        self.size, self.ttl = size, ttl
        self._items: OrderedDict[Hashable, Conversation] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, *, within: float | None = None) -> Conversation | None:
        """The live conversation under ``key`` (last turn no older than ``within`` seconds, if given)."""
        now = time.monotonic()
        with self._lock:
            conv = self._items.get(key)
            if conv is None:
                return None
            age = now - conv.touched
            if age > self.ttl:
                del self._items[key]
                return None
            if within is not None and age > within:
                return None
            self._items.move_to_end(key)
            return conv

    def put(self, key: Hashable, conversation: Conversation) -> None:
        with self._lock:
            self._items[key] = conversation
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


__all__ = ["Conversation", "Conversations", "Reading", "Turn", "ask_in", "follow_up"]
