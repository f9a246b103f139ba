"""Blind question sets written from the articles alone (tests/questions/, by helpers who never saw the
code): scored right / declined / answered wrongly (data/bench/question_sets.py) with every article stored
together, or the seed and corpus alone where a set was written for those.

The figures are floors near the scores measured (``scripts/score_questions.py`` prints them); a change
that answers more of them wrongly, or fewer rightly, fails here. Where the engine was later fixed
against a set, its figure is no longer blind (the README says which).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from data.bench.question_sets import score
from data.service import Pitwall

SETS = Path(__file__).parent / "questions"

# set, the store it is scored on, right at least, answered wrongly at most (shares of the set)
FLOORS = [
    ("single_seater.jsonl", "every", 0.92, 0.025),
    ("sportscar_forms.jsonl", "every", 0.94, 0.03),
    ("traps.jsonl", "every", 0.98, 0.02),
    ("traps2.jsonl", "corpus", 0.95, 0.045),
    ("dialogues.jsonl", "corpus", 0.98, 0.01),
    ("multirace3.jsonl", "every", 0.90, 0.03),
    ("traps3.jsonl", "every", 0.98, 0.02),
    ("dialogues3.jsonl", "every", 0.97, 0.011),
    # the fourth sets, written last and scored blind first (see the README); floors at the figures after the
    # fixes that scoring prompted
    ("multirace4.jsonl", "every", 0.78, 0.02),
    ("traps4.jsonl", "every", 0.98, 0.02),
    ("dialogues4.jsonl", "every", 0.80, 0.05),
    # the fifth sets, likewise (their blind first scores are in the README)
    ("multirace5.jsonl", "every", 0.94, 0.01),
    ("traps5.jsonl", "every", 0.98, 0.015),
    ("dialogues5.jsonl", "every", 0.86, 0.01),
    # the sixth sets, written after the fifth's fixes and scored blind first (README)
    ("multirace6.jsonl", "every", 0.88, 0.02),
    ("traps6.jsonl", "every", 0.98, 0.015),
    ("dialogues6.jsonl", "every", 0.90, 0.02),
    # the seventh sets, scored blind once on the code of 758ea20, then fixed against (README)
    ("multirace7.jsonl", "every", 0.87, 0.01),
    ("traps7.jsonl", "every", 0.98, 0.015),
    ("dialogues7.jsonl", "every", 0.93, 0.01),
    # the eighth sets, scored blind once (README: 63/29/8, traps 89 (98 after relabelling), dialogues 56/17/6),
    # then fixed against
    ("multirace8.jsonl", "every", 0.70, 0.025),
    ("traps8.jsonl", "every", 0.98, 0.01),
    ("dialogues8.jsonl", "every", 0.84, 0.02),
    # the ninth sets, scored blind once (README: multirace 68/28/4, traps 91 declined of 100 (96 of the 97
    # left after relabelling three), dialogues 96/18/9 of 123 turns), then fixed against
    ("multirace9.jsonl", "every", 0.91, 0.01),
    ("traps9.jsonl", "every", 0.99, 0.01),
    ("dialogues9.jsonl", "every", 0.95, 0.01),
    # the tenth sets, scored blind once (README: multirace 87/11/2, traps 79 declined of 100 (79 of the 89 left
    # after relabelling eleven true answers), dialogues 104/13/6 of 123 turns), then fixed against
    ("multirace10.jsonl", "every", 0.94, 0.01),
    ("traps10.jsonl", "every", 0.99, 0.01),
    ("dialogues10.jsonl", "every", 0.93, 0.01),
    # the eleventh sets, scored blind once (README: multirace 87/13/0, traps 95 declined of 100 (95 of the 99 left
    # after relabelling one true answer), dialogues 115/5/5 of 125 turns), then fixed against
    ("multirace11.jsonl", "every", 0.86, 0.01),
    ("traps11.jsonl", "every", 0.97, 0.03),
    ("dialogues11.jsonl", "every", 0.93, 0.02),
    # the twelfth sets, scored blind once (README: onerace 78/10/12 on the seed alone, multirace 87/10/3, traps 77
    # declined of 100 (77 of the 88 left after relabelling twelve answers the rule allows), dialogues
    # 111/10/4 of 125 turns), then fixed against
    ("onerace12.jsonl", "seed", 0.95, 0.01),
    ("multirace12.jsonl", "every", 0.91, 0.01),
    ("traps12.jsonl", "every", 0.99, 0.01),
    ("dialogues12.jsonl", "every", 0.91, 0.01),
    # the thirteenth sets, scored blind once (README: onerace 89/10/1, traps 97 declined of 100, multirace 79/19/2,
    # dialogues 114/7/4 of 125 turns), then fixed against
    ("onerace13.jsonl", "seed", 0.96, 0.01),
    ("traps13.jsonl", "every", 0.99, 0.01),
    ("multirace13.jsonl", "every", 0.87, 0.01),
    ("dialogues13.jsonl", "every", 0.96, 0.01),
    # the fourteenth sets, likewise (README: onerace 83/11/6, traps 95 declined, multirace 82/14/4, dialogues
    # 118/3/4)
    ("onerace14.jsonl", "seed", 0.92, 0.01),
    ("traps14.jsonl", "every", 0.99, 0.01),
    ("multirace14.jsonl", "every", 0.82, 0.015),
    ("dialogues14.jsonl", "every", 0.95, 0.01),
    # the fifteenth sets, scored blind once (README: onerace 52/6/2 of 60, traps 96 declined, multirace 84/13/3,
    # dialogues 92/5/3 of 100 turns), then fixed against where their wrong answers showed a mechanism
    ("onerace15.jsonl", "seed", 0.88, 0.01),
    ("traps15.jsonl", "every", 0.99, 0.01),
    ("multirace15.jsonl", "every", 0.82, 0.035),
    ("dialogues15.jsonl", "every", 0.94, 0.01),
    # the sixteenth sets, scored blind once (README: onerace 89/6/5, traps 89 declined with 6 answered for each
    # race they fit, multirace 78/20/2, dialogues 105/15/5 of 125 turns), then fixed against their mechanisms
    ("onerace16.jsonl", "seed", 0.92, 0.01),
    ("traps16.jsonl", "every", 0.99, 0.01),
    ("multirace16.jsonl", "every", 0.84, 0.01),
    ("dialogues16.jsonl", "every", 0.86, 0.01),
    # round 17, scored blind once (README: onerace 92/7/1, multirace 95/4/1, traps 96, dialogues 131/4/5 of 140),
    # then fixed against
    ("onerace17.jsonl", "seed", 0.97, 0.01),
    ("traps17.jsonl", "every", 0.99, 0.01),
    ("multirace17.jsonl", "every", 0.97, 0.01),
    ("dialogues17.jsonl", "every", 0.97, 0.01),
    # round 18 (two of its four sets came back), scored blind once (README: multirace 74/19/7, traps 95), then fixed
    ("multirace18.jsonl", "every", 0.95, 0.01),
    ("traps18.jsonl", "every", 0.99, 0.01),
    # round 19, scored blind once (README: onerace 89/10/1, multirace 79/18/3, traps 94 declined, dialogues 113/7/5
    # of 125 turns), then fixed against
    ("onerace19.jsonl", "seed", 0.97, 0.01),
    ("multirace19.jsonl", "every", 0.93, 0.01),
    ("traps19.jsonl", "every", 0.99, 0.01),
    ("dialogues19.jsonl", "every", 0.99, 0.01),
    # round 20, scored blind once (README: onerace 91/5/4 on 479809f; traps 99 declined, multirace 69/28/3, dialogues
    # 101/16/8 of 125 on 8392245), then fixed against
    ("onerace20.jsonl", "seed", 0.97, 0.01),
    ("traps20.jsonl", "every", 0.99, 0.01),
    ("multirace20.jsonl", "every", 0.85, 0.01),
    ("dialogues20.jsonl", "every", 0.88, 0.01),
    # round 21, scored blind once on 16f79c8 (README: onerace 91/7/2, multirace 75/19/6, traps 96 declined, dialogues
    # 105/15/5 of 125), then fixed against
    ("onerace21.jsonl", "seed", 0.95, 0.01),
    ("multirace21.jsonl", "every", 0.82, 0.01),
    ("traps21.jsonl", "every", 0.99, 0.01),
    ("dialogues21.jsonl", "every", 0.86, 0.02),
    # round 22, scored blind once on 60b8107 (README: onerace 81/18/1, multirace 69/27/4, traps 98 declined, dialogues
    # 100/23/2 of 125), then fixed against
    ("onerace22.jsonl", "seed", 0.89, 0.01),
    ("multirace22.jsonl", "every", 0.79, 0.01),  # one "why ... so far back on the grid" now declined: results say no why
    ("traps22.jsonl", "every", 0.99, 0.01),
    ("dialogues22.jsonl", "every", 0.84, 0.01),
    # round 23, scored blind once on 0528009 (README: onerace 88/11/1, multirace 85/10/5, traps 93 declined, dialogues
    # 100/21/4 of 125), then fixed against; four multirace and traps "wrong" answers are the answers for each race
    # that fits ("who won at spa?") or the latest race that fits, which issue 13 asks for, so the wrong floors hold them
    ("onerace23.jsonl", "seed", 0.95, 0.01),
    ("multirace23.jsonl", "every", 0.92, 0.04),
    ("traps23.jsonl", "every", 0.95, 0.05),
    ("dialogues23.jsonl", "every", 0.95, 0.01),
    # round 24, scored blind once on 533e981 (README: onerace 83/16/1, multirace 79/16/5, traps 92 declined, dialogues
    # 99/19/7 of 125), then fixed against; the multirace and traps "wrong" answers are answers for each race that
    # fits ("who won at spa?"), which issue 13 asks for
    ("onerace24.jsonl", "seed", 0.84, 0.01),
    ("multirace24.jsonl", "every", 0.87, 0.05),
    ("traps24.jsonl", "every", 0.96, 0.04),
    ("dialogues24.jsonl", "every", 0.96, 0.01),
    # round 25, scored blind once on a4728a2 (README: onerace 82/15/3, multirace 70/23/7, traps 93 declined, dialogues
    # 105/16/4 of 125), then fixed against; its multirace and traps "wrong" answers are answers for each race that fits
    ("onerace25.jsonl", "seed", 0.93, 0.01),
    ("multirace25.jsonl", "every", 0.70, 0.07),
    ("traps25.jsonl", "every", 0.93, 0.07),
    ("dialogues25.jsonl", "every", 0.84, 0.032),
    # round 26, scored blind once on 1cbb971 (README: onerace 95/3/2, multirace 90/6/4, traps 100 declined, dialogues
    # 106/8/11 of 125), then fixed against; multirace's "wrong" answers are answers for each race a place fits
    ("onerace26.jsonl", "seed", 0.98, 0.01),
    ("multirace26.jsonl", "every", 0.93, 0.05),
    ("traps26.jsonl", "every", 0.99, 0.01),
    ("dialogues26.jsonl", "every", 0.96, 0.01),
    # round 27, scored blind once on 454da18 (README: onerace 81/17/2, multirace 78/11/11, traps 92 declined,
    # dialogues 103/14/8 of 125; five true answers their writers marked otherwise are relabelled and say so), then
    # fixed against
    ("onerace27.jsonl", "seed", 0.89, 0.01),
    ("multirace27.jsonl", "every", 0.86, 0.04),
    ("traps27.jsonl", "every", 0.99, 0.01),
    ("dialogues27.jsonl", "every", 0.90, 0.016),
    # round 28, scored blind once on 853f451 (README: onerace 79/18/3, multirace 94/4/2, traps 96 declined, dialogues
    # 105/12/8 of 125), then fixed against; the multirace "wrong" pair: a two-car laps question answered for one car,
    # "the toronto indy" answered for the race titled so (the writer counts the 2007 Toronto race too)
    ("onerace28.jsonl", "seed", 0.87, 0.01),
    ("multirace28.jsonl", "every", 0.92, 0.025),
    ("traps28.jsonl", "every", 0.99, 0.01),
    ("dialogues28.jsonl", "every", 0.88, 0.016),
    # round 29, scored blind once on 10c7fdf (README: onerace 87/12/1, multirace 88/10/2, traps 92 declined, dialogues
    # 108/12/5 of 125 with two surnames two drivers share marked or_asked), then fixed against; its traps' "wrong"
    # answers are the latest race that fits a question naming none, which issue 13 asks for
    ("onerace29.jsonl", "seed", 0.95, 0.01),
    ("multirace29.jsonl", "every", 0.92, 0.01),
    ("traps29.jsonl", "every", 0.95, 0.05),
    ("dialogues29.jsonl", "every", 0.95, 0.01),
    # round 30, scored blind once on 0fa92ad (README: onerace 89/11/0, multirace 70/23/7, traps 97 declined, dialogues
    # 92/26/7 of 125), then fixed against
    ("onerace30.jsonl", "seed", 0.96, 0.01),
    ("multirace30.jsonl", "every", 0.82, 0.015),
    ("traps30.jsonl", "every", 0.99, 0.01),
    ("dialogues30.jsonl", "every", 0.88, 0.01),
    # round 31, scored blind once on ff502a9 (README: onerace 96/3/1, multirace 86/13/1, traps 96 declined, dialogues
    # 114/10/1 of 125), then fixed against
    ("onerace31.jsonl", "seed", 0.99, 0.01),
    ("multirace31.jsonl", "every", 0.85, 0.015),
    ("traps31.jsonl", "every", 0.98, 0.015),
    ("dialogues31.jsonl", "every", 0.90, 0.01),
    # round 32, scored blind once on ef901f6 (README: onerace 93/6/1, multirace 79/19/2, traps 97 declined, dialogues
    # 108/15/2 of 125), then fixed against a little
    ("onerace32.jsonl", "seed", 0.96, 0.01),
    ("multirace32.jsonl", "every", 0.79, 0.015),
    ("traps32.jsonl", "every", 0.98, 0.015),
    ("dialogues32.jsonl", "every", 0.86, 0.02),
    # rounds 33-35, each scored blind once on the code it was written against (README: 33 on 7960c87, 34 on a0dbc23,
    # 35 on fa2022c), then fixed against
    ("onerace33.jsonl", "seed", 0.97, 0.01),
    ("multirace33.jsonl", "every", 0.96, 0.01),
    ("traps33.jsonl", "every", 0.99, 0.01),
    ("dialogues33.jsonl", "every", 0.97, 0.01),
    ("onerace34.jsonl", "seed", 0.97, 0.01),
    ("multirace34.jsonl", "every", 0.92, 0.01),
    ("traps34.jsonl", "every", 0.99, 0.01),
    ("dialogues34.jsonl", "every", 0.92, 0.01),
    ("onerace35.jsonl", "seed", 0.93, 0.01),
    ("multirace35.jsonl", "every", 0.84, 0.015),
    ("traps35.jsonl", "every", 0.98, 0.015),
    ("dialogues35.jsonl", "every", 0.91, 0.015),
    # round 36, scored blind once on 2552309 (README), four multirace answers relabelled (a saved page's other result
    # tables are stored), then fixed against a little
    ("onerace36.jsonl", "seed", 0.92, 0.01),
    ("multirace36.jsonl", "every", 0.88, 0.015),
    ("traps36.jsonl", "every", 0.99, 0.01),
    ("dialogues36.jsonl", "every", 0.92, 0.01),
    # round 37, scored blind once on 7bded7d (README: onerace 93/5/2, multirace 92/6/2, traps 98 declined, dialogues
    # 110/12/3 of 125 after relabelling three turns), then fixed against
    ("onerace37.jsonl", "seed", 0.98, 0.01),
    ("multirace37.jsonl", "every", 0.97, 0.01),
    ("traps37.jsonl", "every", 0.99, 0.01),
    ("dialogues37.jsonl", "every", 0.97, 0.01),
    # round 38, scored blind once on d35df30 (README: onerace 85/10/5, multirace 90/9/1, traps 97 declined, dialogues
    # 105/17/3 of 125), then fixed against
    ("onerace38.jsonl", "seed", 0.96, 0.01),
    ("multirace38.jsonl", "every", 0.91, 0.01),
    ("traps38.jsonl", "every", 0.99, 0.01),
    ("dialogues38.jsonl", "every", 0.93, 0.01),
]


@pytest.mark.parametrize(("name", "store", "right_at_least", "wrong_at_most"), FLOORS, ids=[f[0] for f in FLOORS])
def test_blind_set(request: pytest.FixtureRequest, name: str, store: str, right_at_least: float,
                   wrong_at_most: float) -> None:
    pw: Pitwall = request.getfixturevalue(f"{store}_pw")
    t = score(pw, SETS / name)
    n = sum(t.values())
    print(f"{name}: {n} questions, right {t['right']}, declined {t['declined']}, wrong {t['wrong']}")
    assert t["right"] >= right_at_least * n
    assert t["wrong"] <= wrong_at_most * n


def test_asking_which_is_right_only_where_a_set_allows_it() -> None:
    """A name two drivers of the race share may be asked back ("or_asked"), naming both; nowhere else is a
    question asked back counted right, and an answer missing a must string is wrong."""
    from data.answers import AMBIGUOUS, ANSWERED, Answer
    from data.bench.question_sets import verdict
    asked = Answer(AMBIGUOUS, "Several drivers match “hill”: which one? Graham Hill; Phil Hill")
    case = {"q": "how did hill do?", "status": "answered", "must": ["Graham", "Phil"]}
    assert verdict(case, asked) == "declined"
    assert verdict({**case, "or_asked": True}, asked) == "right"
    assert verdict({**case, "or_asked": True, "must": ["Graham", "Damon"]}, asked) == "declined"
    assert verdict(case, Answer(ANSWERED, "Graham Hill finished 7th.")) == "wrong"
