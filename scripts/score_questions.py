"""Score a question set (JSONL: q, status, must; or dialogues: {"dialogue", "turns": [...]}) against a store: right / declined / answered wrongly.

    .venv/bin/python scripts/score_questions.py --db STORE tests/questions/single_seater.jsonl [-v]

A question expected "answered" is right when the answer's status is answered and every "must"
string appears in its text (accents and case folded); declined when the status is anything else;
wrong otherwise. A question expected "declined" is right when the status is not answered.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from data.answers import Answer
from data.ask.conversation import Conversation, ask_in
from data.folding import fold
from data.service import Pitwall


def verdict(case: dict, ans: Answer) -> str:
    """right / declined / wrong for one expected case ("status", "must") and the answer given."""
    if case["status"] != "answered":
        return "right" if ans.status != "answered" else "wrong"
    if ans.status != "answered":
        return "declined"
    text = fold(ans.text())
    return "right" if all(fold(m) in text for m in case.get("must", [])) else "wrong"


def score(pw: Pitwall, path: Path, verbose: bool) -> dict[str, int]:
    """Score a set; a line with "turns" is a dialogue, its turns asked in order as one conversation."""
    tally = {"right": 0, "declined": 0, "wrong": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        conversation = Conversation()
        for turn in case.get("turns", [case]):
            ans = ask_in(pw, conversation, turn["q"])
            result = verdict(turn, ans)
            tally[result] += 1
            if verbose and result != "right":
                click.echo(f"[{result}] {case.get('dialogue', '')} {turn['q']}\n    expected {turn.get('must')} "
                           f"({turn['status']})\n    got {ans.status}: {ans.text()[:300]!r}")
    return tally


@click.command()
@click.option("--db", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("-v", "--verbose", is_flag=True)
@click.argument("sets", nargs=-1, type=click.Path(exists=True, path_type=Path))
def main(db: Path, verbose: bool, sets: tuple[Path, ...]) -> None:
    pw = Pitwall(db)
    for path in sets:
        t = score(pw, path, verbose)
        n = sum(t.values())
        click.echo(f"{path.name}: {n} questions: right {t['right']} ({t['right'] / n:.0%}), declined {t['declined']}, "
                   f"answered wrongly {t['wrong']} ({t['wrong'] / n:.1%})")


if __name__ == "__main__":
    sys.exit(main())
