"""Follow-up questions: what a conversation's last answer was about fills what the next question lacks.

- a pronoun ("what car were they in?", "who was his co-driver?", "who drove it?") stands for the
  last answer's subject: the driver or team asked about, else the one car the answer was about;
- a fragment ("and GT Cup?", "and 4th?", "what about Team Jota?", "in SR1?") is the last question
  with the fragment's class, place or subject in place of the old one;
- "by how many laps?" after a comparison asks the gap between the two compared;
- a given name after an ambiguous answer ("paula" after "how did Cook do?") picks one of its choices;
- "which of them finished?", "the best placed of them", "how many of them retired?" filter the cars
  the last answer listed;
- a question with no race named stays on the race of the last answer.

A question that names its own subject (and no pronoun) starts afresh. Contexts live in memory only
(``Conversations``: bounded, least recently used first out, expiring), never on disk.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from data.answers import AMBIGUOUS, ANSWERED, Answer, RaceRef, ordinal
from data.folding import fold
from data.ask.linking import Parsed, parse_question
from data.ask.helpers import and_list, rank_key

if TYPE_CHECKING:  # the facade calls into data; this module only names its type
    from data.service import Pitwall

log = logging.getLogger(__name__)

_PRONOUN = re.compile(r"\b(they|them|he|him|she|it|that car|the car|this car|that driver|that team|those guys|"
                      r"those cars|these cars|both cars|the two|those two)\b|\b(?:that|this)(?=\s*[?.!]*\s*$)", re.I)
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
_ACROSS_RACES = re.compile(r"\b(?:races|ever|career|all time|in total|stored|database|season|seasons|years|"
                           r"most wins|history)\b")


@dataclass
class Turn:
    question: str  # as it was answered (after any rewriting)
    answer: Answer
    base: str = ""  # the last question that set the frame ("who won GTO?"), not a pronoun's rewrite

    def __post_init__(self) -> None:
        self.base = self.base or self.question


@dataclass
class Conversation:
    """One conversation: its last turn."""

    last: Turn | None = None
    touched: float = field(default_factory=time.monotonic)


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
    if len(asked.get("drivers", [])) == 1 and not asked.get("cars"):
        return asked["drivers"][0]
    if len(asked.get("teams", [])) == 1 and not asked.get("cars") and not asked.get("drivers"):
        return asked["teams"][0]
    focus = turn.answer.focus
    if len(focus) == 1 and focus[0].car_number:
        return f"#{focus[0].car_number}"
    if len(focus) == 1 and focus[0].drivers:
        return focus[0].drivers[0]
    if len(asked.get("cars", [])) == 1:
        return f"#{asked['cars'][0]}"
    if 2 <= len(focus) <= 4 and all(e.car_number for e in focus):
        return " and ".join(f"#{e.car_number}" for e in focus)  # "who drove them?": each of the cars
    return None


def _with_race(question: str, race: RaceRef | None, parsed_race_named: bool) -> str:
    if race is None or parsed_race_named:
        return question
    return f"{question.rstrip(' ?.!')} at the {race.title}?"


class _Readings:
    """The engine's reading of each text a follow-up looks at, parsed once per follow-up."""

    def __init__(self, pw: Pitwall) -> None:
        self.pw = pw
        self._parsed: dict[str, Parsed | Answer | None] = {}

    def __call__(self, text: str) -> Parsed | Answer | None:
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
        return isinstance(parsed, Parsed) and bool(parsed.subjects or parsed.ambiguous)


def _subset(question: str, turn: Turn) -> Answer | None:
    """ "which of them finished?", "the best placed of them", "how many of them retired?"."""
    focus = turn.answer.focus
    if not _SUBSET.search(question) or len(focus) < 2:
        return None
    text = fold(question)
    race = focus[0].race
    rows = list(focus)
    what = "of them"
    classes = {e.class_name for e in rows}
    named = [c for c in classes if re.search(rf"\b{re.escape(fold(c))}\b", text)]
    if named:  # "how many of them were SR1?"
        rows, what = [e for e in rows if e.class_name in named], "/".join(named)
    if re.search(r"\b(?:finish|finished|classified|made it)\b", text) and not re.search(r"\bnot\b|\bdidn", text):
        rows, what = [e for e in rows if e.classified], "finished"
    elif re.search(r"\b(?:retire|retired|dnf|out|did not finish|didn t finish)\b", text):
        rows, what = [e for e in rows if e.status == "DNF"], "retired"
    if re.search(r"\bmost laps\b|\bfewest laps\b|\bleast laps\b", text) and rows:
        most = "most" in text
        e = (max if most else min)(rows, key=lambda x: x.laps or 0)
        return Answer(ANSWERED, f"{'Most' if most else 'Fewest'} laps of them: {and_list(e.drivers)} (#{e.car_number} "
                      f"{e.team}), {e.laps_text} ({e.place}).", races=[race], entries=[e], focus=[e])
    for pattern, pick, label in ((r"\b(?:best|highest|top|first)\b", min, "best"),
                                 (r"\b(?:worst|lowest|last)\b", max, "lowest")):
        if re.search(pattern, text):
            if not rows:
                return Answer(ANSWERED, "None of them.", races=[race])
            e = pick(rows, key=rank_key)
            return Answer(ANSWERED, f"The {label} placed of them: {and_list(e.drivers)} ({e.car}), "
                          f"{e.place}.", races=[race], entries=[e], focus=[e])
    if re.search(r"\bhow many\b", text):
        said = f"{len(rows)} of the {len(focus)} {what}" if what != "of them" else f"{len(rows)} of them"
        # a count keeps the group: "how many of them were SR1?" then "which of them did the most laps?"
        return Answer(ANSWERED, f"{said}.", races=[race], focus=list(focus))
    return Answer(ANSWERED, f"{len(rows)} of the {len(focus)} {what}: "
                  + "; ".join(f"{and_list(e.drivers)} (#{e.car_number}, {e.place})" for e in rows) + ".",
                  races=[race], entries=rows, focus=rows)


def _fragment(read: _Readings, fragment: str, turn: Turn) -> str | None:
    """The last question with the fragment's class, place or subject in place of the old one."""
    previous = turn.base
    fragment = re.sub(r"^(?:at|in)\s+(?:the\s+)?", "", fragment.strip(), flags=re.I) or fragment
    frag = read(fragment)
    if frag is None or isinstance(frag, Answer):
        return None
    prev = read(previous)
    if prev is None or isinstance(prev, Answer):
        return None
    text = fold(previous)
    if frag.classes:
        for c in prev.classes:
            if fold(c) in text:
                return re.sub(rf"\b{re.escape(fold(c))}\b", frag.classes[0], text, count=1)
        return f"{text} in {frag.classes[0]}"
    if frag.positions and not frag.subjects:
        place = ordinal(frag.positions[0])
        cls = f" in {prev.classes[0]}" if prev.classes else ""
        if _ORDINAL.search(text):
            return _ORDINAL.sub(place, text, count=1)
        return f"who finished {place}{cls}"
    named = [r.name for r in (*frag.drivers, *frag.teams)] or [f"#{c}" for c in frag.cars]
    if named:
        old = [r.name for r in (*prev.drivers, *prev.teams)] or [f"#{c}" for c in prev.cars]
        for o in old:
            words = [w for w in fold(o.lstrip("#")).split() if len(w) > 2 or w.isdigit()]
            for w in sorted(words, key=len, reverse=True):
                if re.search(rf"\b{re.escape(w)}\b", text):
                    return re.sub(rf"(?:#\s*)?\b{re.escape(w)}\b", named[0], text, count=1)
        return None
    if frag.race_named and prev.race is not None:
        # "what about Monza?": the same question about another race, without the old race's words
        old = set(fold(f"{prev.race.title} {prev.race.circuit or ''}").split())
        kept = [w for i, w in enumerate(text.split()) if w not in old]
        while kept and kept[-1] in ("at", "in", "the", "of"):
            kept.pop()
        return f"{' '.join(kept)} at {fragment}"
    return None


def follow_up(pw: Pitwall, turn: Turn, question: str) -> tuple[str, Answer | None]:
    """The question to answer, read against the last turn, or an answer already made (a subset)."""
    read = _Readings(pw)
    answer = turn.answer
    race = _race_of(pw, turn)
    text = question.strip()
    if answer.status == AMBIGUOUS and answer.choices and len(text.split()) <= 8:
        # "paula" after "how did Cook do?": the choice whose name holds the words given
        words = [w for w in fold(text).split() if w not in _SETTLING_FILLER]
        picked = [c for c in answer.choices if words and all(w in fold(c.label).split() for w in words)]
        if len(picked) == 1:
            name = picked[0].label.split(" — ")[0].split(" (")[0]
            prev = fold(turn.question)
            for w in fold(name).split():
                if re.search(rf"\b{re.escape(w)}\b", prev):
                    return re.sub(rf"\b{re.escape(w)}\b", name, prev, count=1), None
            return f"{turn.question.rstrip(' ?')} {name}", None
    if answer.status != ANSWERED:
        return text, None
    sub = _subset(text, turn)
    if sub is not None:
        return text, sub
    if (_BY_HOW_MUCH.search(text) or _APART.search(text)) and len(answer.focus) == 2:
        a, b = answer.focus
        return _with_race(f"what is the difference in laps between #{a.car_number} and #{b.car_number}", race,
                          False), None
    if (_PRONOUN.search(text) or _POSSESSIVE.search(text)) and not read.names_subject(text):
        name = _subject_name(turn)
        if name is not None and " and #" in name:
            # "who drove them?" about several cars: the question asked of each, answered together
            parts = []
            for car in name.split(" and "):
                q = _with_race(_POSSESSIVE.sub(f"{car}'s", _PRONOUN.sub(car, text)), race, read.race_named(text))
                parts.append(pw.ask(q))
            if all(a.status == ANSWERED for a in parts):
                return text, Answer(ANSWERED, " ".join(a.summary for a in parts), races=parts[0].races,
                                    focus=[e for a in parts for e in a.focus])
        if name is not None:
            rewritten = _POSSESSIVE.sub(f"{name}'s", _PRONOUN.sub(name, text))
            return _with_race(rewritten, race, read.race_named(text)), None
    m = _FRAGMENT.match(text)
    if m and m.group(1) and len(m.group(1).split()) <= 4 and not re.search(
            r"\b(?:who|what|which|how|did|does|was|were|is|when|where|why)\b", fold(m.group(1))):
        rewritten = _fragment(read, m.group(1), turn)
        if rewritten is not None:
            return _with_race(rewritten, race, read.race_named(rewritten)), None
    if not read.names_subject(text) and race is not None and not read.race_named(text) and \
            len(text.split()) <= 8 and answer.race is not None and not _ACROSS_RACES.search(fold(text)):
        return _with_race(text, race, False), None
    return text, None


def _base(turn: Turn | None, asked: str, question: str) -> str:
    """A pronoun's rewrite keeps the frame of the question before it; anything else sets a new one."""
    if turn is not None and asked != question and (_PRONOUN.search(question) or _POSSESSIVE.search(question)):
        return turn.base
    return asked


def ask_in(pw: Pitwall, conversation: Conversation | None, question: str) -> Answer:
    """Answer ``question`` as part of ``conversation`` (None: on its own), and remember the turn."""
    if conversation is None or conversation.last is None:
        answer = pw.ask(question)
        asked = question
    else:
        asked, made = follow_up(pw, conversation.last, question)
        answer = made if made is not None else pw.ask(asked)
        if asked != question:
            log.debug("follow-up read as %r", asked)
    if conversation is not None and (answer.status in (ANSWERED, AMBIGUOUS) or conversation.last is None):
        # a declined turn ("what was the weather?") leaves the conversation on its last answer
        conversation.last = Turn(asked, answer, _base(conversation.last, asked, question))
        conversation.touched = time.monotonic()
    return answer


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


__all__ = ["Conversation", "Conversations", "Turn", "ask_in", "follow_up"]
