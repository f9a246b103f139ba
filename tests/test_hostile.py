"""Hostile input through every data door and the renderers: no exception, Discord's limits kept,
nothing that pings, user text escaped, no SQL built from user text, the database unchanged."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.cli import main
from bot.render import answer_embed, answer_text
from data.service import Pitwall
from tests.hostile import hostile_inputs

CASES = hostile_inputs()
PING = re.compile(r"@(everyone|here)|<@[!&]?\d+>")


def test_corpus_is_large_enough():
    assert len(CASES) >= 200


@pytest.fixture(scope="module")
def traced(seed_db: Path):
    """A service whose every SQL statement is recorded, and the database's digest before."""
    before = hashlib.sha256(seed_db.read_bytes()).hexdigest()
    pw = Pitwall(seed_db)
    statements: list[str] = []
    original = pw.db.execute

    def record(sql: str, *args, **kwargs):
        statements.append(sql)
        return original(sql, *args, **kwargs)

    pw.db.execute = record  # type: ignore[method-assign]
    yield pw, statements
    assert hashlib.sha256(seed_db.read_bytes()).hexdigest() == before, "the database changed"


def doors(pw: Pitwall, text: str):
    yield pw.ask(text)
    yield pw.driver(text)
    yield pw.driver("Kristensen", text)
    yield pw.team(text)
    yield pw.class_results(text)
    yield pw.winner(text)
    yield pw.winner(None, text)
    yield pw.car(text)
    yield pw.race_summary(text)


def check_rendering(answer) -> None:
    text = answer_text(answer)
    assert len(text) <= 2000
    assert not PING.search(text), text
    embed = answer_embed(answer)
    assert len(embed) <= 6000 and len(embed.description or "") <= 4096 and len(embed.fields) <= 25
    assert len(embed.title or "") <= 256
    assert all(len(f.value) <= 1024 and len(f.name) <= 256 for f in embed.fields)
    for piece in [embed.title or "", embed.description or ""] + [f.value for f in embed.fields]:
        assert not PING.search(piece)
        for fmt in ("**bold**", "||spoiler||", "~~strike~~", "`code`", "[link](https://evil.example)"):
            assert fmt not in piece


@pytest.mark.parametrize("text", CASES, ids=range(len(CASES)))
def test_every_door_survives(traced, text: str):
    pw, statements = traced
    start = len(statements)
    for answer in doors(pw, text):
        assert answer.status in ("answered", "ambiguous", "not_found", "unsupported")
        check_rendering(answer)
    for kind in ("driver", "team", "class", "race"):
        choices = pw.suggest(kind, text)
        assert len(choices) <= 25 and all(len(c.label) <= 100 and len(c.value) <= 100 for c in choices)
    needle = text.strip()
    if len(needle) >= 4:
        assert not any(needle in sql for sql in statements[start:]), "user text reached SQL text"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=300))
def test_generated_text_never_crashes(seed_pw, text):
    answer = seed_pw.ask(text)
    check_rendering(answer)
    check_rendering(seed_pw.driver(text or "x"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(CASES + ["Kristensen", "GTO", "who won", "#25", "Spa"]), max_size=4).map(" ".join))
def test_combinations_of_hostile_pieces(seed_pw, text):
    check_rendering(seed_pw.ask(text))


def test_cli_ask_jsonl_survives_the_corpus(seed_db: Path):
    lines = [c.replace("\n", " ").replace("\r", " ") for c in CASES if c.strip() and "\x00" not in c]
    result = CliRunner().invoke(main, ["ask", "--jsonl", "--db", str(seed_db)], input="\n".join(lines) + "\n")
    assert result.exit_code == 0
    import json
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == len([ln for ln in lines if ln.strip()])
    assert all(r["status"] in ("answered", "ambiguous", "not_found", "unsupported") for r in rows)
