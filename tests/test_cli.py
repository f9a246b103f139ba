"""The pitwall CLI, in process through click's runner."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from bot.cli import main
from tests.conftest import BAD, CORPUS, DEV_QUESTIONS, SEED_DIR


def run(*args: str, input: str | None = None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def test_ingest_corpus_prints_a_summary_per_race(tmp_path: Path):
    db = str(tmp_path / "p.db")
    result = run("ingest", str(CORPUS), "--db", db)
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 7 and lines[-1].startswith("6 race(s)")
    assert any("2003 FIA Sportscar Championship Monza: 11 entries, 2 classes (SR1, SR2)" in ln for ln in lines)
    races = run("races", "--db", db)
    assert "2003 Petit Le Mans | October 18, 2003 | Road Atlanta | 10 entries" in races.output


def test_ingest_bad_file_fails_names_file_and_line_and_changes_nothing(tmp_path: Path):
    db = tmp_path / "p.db"
    run("ingest", str(SEED_DIR), "--db", str(db))
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for bad in sorted(BAD.glob("*.txt")):
        result = run("ingest", str(CORPUS / "2003_Petit_Le_Mans.txt"), str(bad), "--db", str(db))
        assert result.exit_code != 0
        assert f"{bad}:" in result.output and "nothing was stored" in result.output
        assert hashlib.sha256(db.read_bytes()).hexdigest() == before


def test_ingest_help_says_what_happens_to_the_other_files():
    assert "none of the files of this call go in" in " ".join(run("ingest", "--help").output.split())


def test_command_mirrors(tmp_path: Path):
    db = str(tmp_path / "p.db")
    run("ingest", str(SEED_DIR), "--db", db)
    assert "Sébastien Ugeux finished 10th overall" in run("driver", "sebastien ugeux", "--db", db).output
    assert "#177 GruppeM / Tech9 Motorsport" in run("winner", "gt cup", "--db", db).output
    assert "Porsche 996 GT3 Cup" in run("class", "GT Cup", "--db", db).output
    assert "DeWALT Motorsport Salisbury: 2 entries" in run("team", "dewalt", "--db", db).output
    assert "Lotus Elise Sport 200" in run("car", "143", "--db", db).output
    assert "Spa-Francorchamps" in run("race", "--db", db).output
    nf = run("driver", "Michael Schumacher", "--db", db)
    assert nf.exit_code == 1 and "No driver called" in nf.output and "Suggestions (not matches)" in nf.output


def test_ask_jsonl_keeps_order_and_shape(tmp_path: Path):
    db = str(tmp_path / "p.db")
    run("ingest", str(SEED_DIR), "--db", db)
    result = run("ask", "--jsonl", "--db", db, input="who won?\n\ntell me a joke\n")
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["question"] for r in rows] == ["who won?", "tell me a joke"]
    assert [r["status"] for r in rows] == ["answered", "unsupported"]


def test_dev_questions_pass_through_the_installed_command(tmp_path: Path):
    """The shared dev set, through the real console script on the bundled data."""
    db = tmp_path / "p.db"
    run("ingest", str(SEED_DIR), "--db", str(db))
    cases = [json.loads(line) for line in DEV_QUESTIONS.read_text().splitlines() if line.strip()]
    proc = subprocess.run([sys.executable, "-m", "bot.cli", "ask", "--jsonl", "--db", str(db)],
                          input="\n".join(c["q"] for c in cases) + "\n", capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parent.parent)
    answers = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(answers) == len(cases)
    failures = [(c, a) for c, a in zip(cases, answers)
                if a["status"] != c["status"] or not all(m in a["answer"] for m in c["must"])]
    assert failures == []


def test_ingest_many_files_shows_progress_and_stores_them_all(tmp_path: Path):
    from data.bench.synthetic import articles
    folder = tmp_path / "many"
    folder.mkdir()
    for name, text in articles(12, drivers=300, teams=40):
        (folder / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "p.db")],
                                catch_exceptions=False)
    assert result.exit_code == 0 and "ingesting" in result.output and "12 race(s)" in result.output


def test_run_without_a_token_says_how_in_one_sentence(monkeypatch, tmp_path: Path):
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    result = run("run")
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert "DISCORD_TOKEN" in result.output and "pitwall console" in result.output


def test_ingest_jobs_parse_in_worker_processes_with_the_same_result(tmp_path: Path):
    serial = run("ingest", str(CORPUS), str(SEED_DIR), "--db", str(tmp_path / "a.db"), "--jobs", "0")
    parallel = run("ingest", str(CORPUS), str(SEED_DIR), "--db", str(tmp_path / "b.db"), "--jobs", "2")
    assert parallel.exit_code == 0 and parallel.output.replace("b.db", "a.db") == serial.output
    refused = run("ingest", str(CORPUS), "--db", str(tmp_path / "c.db"), "--jobs", "-1")
    assert refused.exit_code == 2 and "--jobs" in refused.output


def test_the_console_leaves_on_quit_and_answers_until_then(tmp_path: Path):
    db = str(tmp_path / "p.db")
    run("ingest", str(SEED_DIR), "--db", db)
    result = run("console", "--db", db, input="who won GTO?\nquit\nwho won?\n")
    assert result.exit_code == 0, result.output
    assert "Short" in result.output and "Kristensen" not in result.output  # nothing asked after "quit"
