"""Score question sets against a store: right / declined / answered wrongly (rules: data/bench/question_sets.py).

    .venv/bin/python scripts/score_questions.py --db STORE tests/questions/single_seater.jsonl [-v]

A line is one question (JSONL: q, status, must) or one dialogue ({"dialogue", "turns": [...]}), whose
turns are asked in order as one conversation.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from data.bench.question_sets import asked
from data.service import Pitwall


@click.command()
@click.option("--db", type=click.Path(exists=True, path_type=Path), required=True)
@click.option("-v", "--verbose", is_flag=True, help="List every question not answered rightly.")
@click.argument("sets", nargs=-1, type=click.Path(exists=True, path_type=Path))
def main(db: Path, verbose: bool, sets: tuple[Path, ...]) -> None:
    pw = Pitwall(db)
    for path in sets:
        tally = {"right": 0, "declined": 0, "wrong": 0}
        for entry, case, ans, result in asked(pw, path):
            tally[result] += 1
            if verbose and result != "right":
                click.echo(f"[{result}] {entry.get('dialogue', '')} {case['q']}\n    expected {case.get('must')} "
                           f"({case['status']})\n    got {ans.status}: {ans.text()[:300]!r}")
        n = sum(tally.values())
        click.echo(f"{path.name}: {n} questions: right {tally['right']} ({tally['right'] / n:.0%}), declined "
                   f"{tally['declined']}, answered wrongly {tally['wrong']} ({tally['wrong'] / n:.1%})")


if __name__ == "__main__":
    sys.exit(main())
