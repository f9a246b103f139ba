"""Question sets scored right / declined / answered wrongly (``tests/questions/*.jsonl``).

A line is one question ``{"q", "status", "must"}`` or one dialogue ``{"dialogue", "turns": [...]}``
whose turns are asked in order as one conversation. An expected answer is right when the reply is
answered and holds every "must" string (accents and case folded); declined when the reply is not
answered; wrong otherwise. A question expected declined is right when the reply is not answered.
A case marked ``"or_asked": true`` (a name two people of the race share) is also right when the reply
asks which of them, naming every "must" string among its choices.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from data.answers import AMBIGUOUS, ANSWERED, Answer
from data.ask.conversation import Conversation, ask_in
from data.folding import fold

if TYPE_CHECKING:
    from data.service import Pitwall


def verdict(case: dict, answer: Answer) -> str:
    """ "right", "declined" or "wrong" for one expected case and the reply given."""
    if case["status"] != ANSWERED:
        return "right" if answer.status != ANSWERED else "wrong"
    if answer.status != ANSWERED:
        asked_which = case.get("or_asked") and answer.status == AMBIGUOUS and all(
            _holds(answer.text(), m) for m in case.get("must", []))
        return "right" if asked_which else "declined"
    return "right" if all(_holds(answer.text(), m) for m in case.get("must", [])) else "wrong"


def _holds(text: str, must: str) -> bool:
    """Whether a reply holds a must string, accents, case and hyphens aside ("Castroneves" is "Castro-Neves")."""
    def squash(s: str) -> str:
        return re.sub(r"[\W_]+", "", fold(s))
    return fold(must) in fold(text) or squash(must) in squash(text)


def asked(pw: Pitwall, path: Path) -> Iterator[tuple[dict, dict, Answer, str]]:
    """Every question of a set with its reply and verdict: (line, case, answer, verdict)."""
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        conversation = Conversation()
        for case in entry.get("turns", [entry]):
            answer = ask_in(pw, conversation, case["q"])
            yield entry, case, answer, verdict(case, answer)


def score(pw: Pitwall, path: Path) -> dict[str, int]:
    """The set's tally: right, declined, wrong."""
    tally = {"right": 0, "declined": 0, "wrong": 0}
    for *_seen, result in asked(pw, path):
        tally[result] += 1
    return tally
