"""Score a question set (JSONL: q, status, must) against a store: right / declined / answered wrongly.

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

from data.folding import fold
from data.service import Pitwall


def score(pw: Pitwall, path: Path, verbose: bool) -> dict[str, int]:
    tally = {"right": 0, "declined": 0, "wrong": 0}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        ans = pw.ask(case["q"])
        text = fold(ans.text())
        if case["status"] == "answered":
            if ans.status != "answered":
                verdict = "declined"
            else:
                verdict = "right" if all(fold(m) in text for m in case.get("must", [])) else "wrong"
        else:
            verdict = "right" if ans.status != "answered" else "wrong"
        tally[verdict] += 1
        if verbose and verdict != "right":
            click.echo(f"[{verdict}] {case['q']}\n    expected {case.get('must')} ({case['status']})\n    got "
                       f"{ans.status}: {ans.text()[:300]!r}")
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
