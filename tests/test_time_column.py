"""A Time/Retired column (many articles print one): race times, gaps and why cars stopped, for
every entry of the seed rewritten with that column."""
from __future__ import annotations


import pytest

from data.ingest import ingest
from data.service import Pitwall
from tests.conftest import SEED

_REASONS = ["Accident", "Engine", "Gearbox", "Fuel pressure", "Suspension", "Oil leak", "Electrics"]


def _with_time_column(text: str) -> tuple[str, dict[str, str]]:
    """The seed with a Time/Retired cell on every entry; the cell printed for each car number."""
    lines, printed = [], {}
    rows = [ln for ln in text.splitlines() if ln.startswith("| ") and ln.split("|")[1].strip()[:1].isdigit()
            or ln.startswith("| ") and ln.split("|")[1].strip() in ("NC", "DNF", "DSQ", "Ret")]
    winner_laps = max(int(r.split("|")[-2]) for r in rows if r.split("|")[1].strip().isdigit())
    for n, line in enumerate(text.splitlines()):
        if line.startswith("| Pos "):
            line += " Time/Retired |"
        elif line in rows:
            cells = line.split("|")
            number, pos, laps = cells[3].strip(), cells[1].strip(), int(cells[-2])
            cell = (("6:01:23.456" if laps == winner_laps else f"+{winner_laps - laps} Laps") if pos.isdigit()
                    else _REASONS[n % len(_REASONS)])
            printed[number] = cell
            line += f" {cell} |"
        elif line.startswith("| "):
            line += " |"  # the engine row under each entry, and its header
        lines.append(line)
    return "\n".join(lines) + "\n", printed


@pytest.fixture(scope="module")
def timed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Pitwall, dict[str, str]]:
    folder = tmp_path_factory.mktemp("timed")
    text, printed = _with_time_column(SEED.read_text(encoding="utf-8"))
    (folder / "spa_timed.txt").write_text(text, encoding="utf-8")
    reports, errors = ingest([folder], folder / "p.db")
    assert not errors and reports[0].entries == 35
    return Pitwall(folder / "p.db"), printed


def test_every_car_s_time_gap_or_reason_is_answered(timed: tuple[Pitwall, dict[str, str]]):
    pw, printed = timed
    race = pw.results.races()[0]
    failures = []
    for e in pw.results.race_entries(race.id):
        cell = printed[e.car_number]
        if e.classified:
            question = f"what was the time of the #{e.car_number}?"
            expected = f"finished in {cell}" if e.position == 1 else f"finished {cell} behind the winner"
        else:
            question = f"why did the #{e.car_number} not finish?"
            expected = f"the results give the reason: {cell}"
        answer = pw.ask(question).text()
        if expected not in answer:
            failures.append((question, expected, answer[:160]))
        fields = dict(pw.car(e.car_number).fields)
        if fields.get("Reason" if not e.classified else "Time" if e.position == 1 else "Time / gap") != cell:
            failures.append((e.car_number, cell, fields))
    assert failures == []


def test_the_winning_time(timed: tuple[Pitwall, dict[str, str]]):
    pw, printed = timed
    w = pw.results.entry_at(pw.results.races()[0].id, 1)
    assert pw.ask("what was the winning time?").text().startswith(f"The winner, #{w.car_number} {w.team}, finished "
                                                                   f"in {printed[w.car_number]}.")


def test_a_status_word_in_the_time_column_is_no_reason(tmp_path):
    # "Retirement", "Did not finish": what the status says already, so "why?" is declined, not answered with it
    text = SEED.read_text(encoding="utf-8")
    timed, _printed = _with_time_column(text)
    timed = timed.replace(" Oil leak |", " Retirement |").replace(" Accident |", " Did not finish |")
    (tmp_path / "spa.txt").write_text(timed, encoding="utf-8")
    assert not ingest([tmp_path / "spa.txt"], tmp_path / "p.db")[1]
    pw = Pitwall(tmp_path / "p.db")
    vague = [e for e in pw.results.race_entries(pw.results.races()[0].id) if e.time in ("Retirement", "Did not finish")]
    assert vague and all(e.reason == "" for e in vague)
    car = vague[0].car_number
    assert pw.ask(f"why did the #{car} retire?").status == "unsupported"
