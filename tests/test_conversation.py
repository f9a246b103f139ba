"""Follow-ups: a conversation's last answer fills what the next question lacks (data/conversation.py)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.console import console_answer
from data.ask.conversation import Conversation, Conversations, ask_in
from data.service import Pitwall

SETS = Path(__file__).parent / "questions"


def dialogue(pw: Pitwall, *questions: str) -> list:
    conv = Conversation()
    return [ask_in(pw, conv, q) for q in questions]


def test_pronouns_stand_for_the_last_subject(corpus_pw: Pitwall) -> None:
    won, car, drove = dialogue(corpus_pw, "who won GTO at spa?", "what car were they in?", "who drove it?")
    assert "Martin Short" in won.summary and "Mosler MT900R" in car.summary
    assert "Martin Short" in drove.text()
    kristensen, mate = dialogue(corpus_pw, "how did Tom Kristensen do at spa?", "who was his co-driver?")
    assert "Seiji Ara" in mate.summary


def test_fragments_replace_the_class_place_or_race(corpus_pw: Pitwall) -> None:
    _, cup, fourth = dialogue(corpus_pw, "who won GTO at spa?", "and GT Cup?", "and 4th?")
    assert "Liz Halliday" in cup.summary and "GT Cup" in fourth.summary and "4th" in fourth.summary
    monza_races = [r for r in corpus_pw.results.races() if "Monza" in r.title]
    _, other = dialogue(corpus_pw, "how did jan lammers do at monza?", "what about estoril?")
    assert "Estoril" in other.summary and other.races[0] not in monza_races


def test_an_ambiguity_is_settled_by_a_given_name(corpus_pw: Pitwall) -> None:
    asked, settled = dialogue(corpus_pw, "how did cook do?", "paula")
    assert asked.status == "ambiguous" and "Paula Cook" in settled.summary


def test_subsets_of_the_last_answer(corpus_pw: Pitwall) -> None:
    retired, most, count = dialogue(corpus_pw, "who retired at spa?", "which of them did the most laps?",
                                    "how many of them were there?")
    laps = max(e.laps or 0 for e in retired.focus)
    assert f"{laps} laps" in most.summary and len(retired.focus) > 2


def test_by_how_many_laps_after_a_comparison(corpus_pw: Pitwall) -> None:
    _, gap = dialogue(corpus_pw, "who finished higher at spa, #25 or #16?", "by how many laps?")
    assert "4 laps" in gap.summary


def test_a_question_naming_its_own_subject_starts_afresh(corpus_pw: Pitwall) -> None:
    _, fresh = dialogue(corpus_pw, "how did Tom Kristensen do at spa?", "how did Jan Lammers do at monza?")
    assert "Jan Lammers" in fresh.summary and "Kristensen" not in fresh.summary


def test_without_a_conversation_a_pronoun_is_not_guessed(corpus_pw: Pitwall) -> None:
    assert ask_in(corpus_pw, None, "what car were they in?").status != "answered"


def test_conversations_are_bounded_and_expire() -> None:
    store = Conversations(size=3, ttl=60)
    for k in range(5):
        store.put(k, Conversation())
    assert len(store) == 3 and store.get(0) is None and store.get(4) is not None
    old = Conversation(touched=time.monotonic() - 120)
    store.put("old", old)
    assert store.get("old") is None
    recent = Conversation(touched=time.monotonic() - 30)
    store.put("recent", recent)
    assert store.get("recent", within=10) is None and store.get("recent") is recent


def test_ask_jsonl_keeps_conversations_apart_by_id(corpus_db: Path) -> None:
    lines = [{"question": "who won GTO at spa?", "conversation": "a"},
             {"question": "who won at monza?", "conversation": "b"},
             {"question": "what car were they in?", "conversation": "a"},
             "what car were they in?",
             {"question": "and SR2?", "conversation": "b"}]
    stdin = "\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines) + "\n"
    out = [json.loads(x) for x in CliRunner().invoke(main, ["ask", "--jsonl", "--db", str(corpus_db)],
                                                      input=stdin).output.splitlines()]
    assert len(out) == 5
    assert "Mosler" in out[2]["answer"] and out[3]["status"] != "answered"
    assert "Team Jota" in out[4]["answer"] and "2003 FIA Sportscar Championship Monza" in out[4]["answer"]


def test_the_console_is_one_conversation(corpus_pw: Pitwall) -> None:
    conv = Conversation()
    console_answer(corpus_pw, "who won GTO at spa?", conv)
    assert "Mosler" in console_answer(corpus_pw, "what car were they in?", conv)


@pytest.mark.skipif(not (SETS / "dialogues.jsonl").exists(), reason="the blind dialogue set is not written yet")
def test_blind_dialogues(corpus_pw: Pitwall) -> None:
    from data.folding import fold
    tally = {"right": 0, "declined": 0, "wrong": 0}
    for line in (SETS / "dialogues.jsonl").read_text(encoding="utf-8").splitlines():
        conv = Conversation()
        for turn in json.loads(line)["turns"]:
            ans = ask_in(corpus_pw, conv, turn["q"])
            if turn["status"] in ("declined", "ambiguous"):
                tally["right" if ans.status != "answered" else "wrong"] += 1
            elif ans.status != "answered":
                tally["declined"] += 1
            else:
                tally["right" if all(fold(m) in fold(ans.text()) for m in turn["must"]) else "wrong"] += 1
    n = sum(tally.values())
    print(f"dialogues: {n} turns, {tally}")
    assert tally["right"] >= 0.95 * n and tally["wrong"] <= 0.03 * n


def test_a_car_number_after_a_circuit_is_no_numbered_event(corpus_pw: Pitwall) -> None:
    ans = corpus_pw.ask("who finished higher at Spa, #177 or #176?")
    assert ans.status == "answered" and "Liz Halliday" in ans.summary


def test_a_pressed_choice_settles_the_question_asked(tmp_path: Path) -> None:
    """What /ask's buttons do: the chosen race or person answers the question that was asked."""
    from data.ingest import ingest
    from tests.conftest import SEED_DIR, SHARED
    db = tmp_path / "spa_twice.db"
    pages = SHARED / "wtq" / "pages"
    assert not ingest([SEED_DIR, pages / "2005_Belgian_Grand_Prix.html", pages / "2009_Chinese_Grand_Prix.html",
                       pages / "1998_Pepsi_400.html"], db)[1]
    pw = Pitwall(db)
    conv = Conversation()
    asked = ask_in(pw, conv, "how many cars retired at spa?")
    assert asked.status == "ambiguous"
    gp = next(c for c in asked.choices if "Belgian" in c.label)
    settled = ask_in(pw, conv, gp.label.split(" (")[0])
    assert settled.status == "answered" and "2005 Belgian Grand Prix" in settled.summary
    conv = Conversation()
    who = ask_in(pw, conv, "how many points did hamilton score?")
    assert who.status == "ambiguous" and any("Lewis Hamilton" in c.label for c in who.choices)
    assert "Lewis Hamilton scored" in ask_in(pw, conv, "Lewis Hamilton").summary
