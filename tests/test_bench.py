"""The benchmarks keep working (smoke runs; figures are printed by the benchmarks, not asserted)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from bot.cli import main
from data.article import parse_article
from data.bench.synthetic import articles

SCALE_KEYS = {"entries", "ingest_entries_per_s", "cold_start_s", "rss_mb", "resolve_p99_ms",
              "baseline_resolve_p99_ms", "top1", "baseline_top1", "answer_p50_ms", "answer_p99_ms",
              "command_p99_ms", "growth_exponent", "small", "commands"}
NAME_KEYS = {"resolve_p50_ms", "resolve_p99_ms", "baseline_p50_ms", "baseline_p99_ms", "top1", "baseline_top1",
             "absent_wrong", "baseline_absent_wrong", "build_s"}


def test_synthetic_articles_are_real_articles():
    for name, text in articles(5, drivers=500, teams=50):
        race = parse_article(text, name)
        assert race.entries and race.date and race.circuit and race.stat("pole")
        assert {e.status for e in race.entries} & {"DNF", "NC", "DSQ"}


def test_titles_suffice_for_the_full_benchmark():
    from data.bench.synthetic import race_titles
    titles = [t[1] for t in race_titles(20_000)]
    assert len(set(titles)) == 20_000


def test_bench_scale_smoke_run(tmp_path):
    result = CliRunner().invoke(main, ["bench", "--races", "50", "--json", "--workdir", str(tmp_path)],
                                catch_exceptions=False)
    figures = json.loads(result.output)
    assert SCALE_KEYS <= set(figures)
    assert figures["races"] == 50 and figures["small"]["races"] == 10
    assert figures["absent_wrong"] == 0
    assert set(figures["commands"]) == {"driver", "class", "winner", "team", "car", "race", "autocomplete"}


def test_bench_scale_table(tmp_path):
    result = CliRunner().invoke(main, ["bench", "--races", "20", "--workdir", str(tmp_path)], catch_exceptions=False)
    assert "ingest (entries/s)" in result.output and "growth exponents" in result.output


def test_bench_names_smoke_run():
    result = CliRunner().invoke(main, ["bench", "names", "--drivers", "2000", "--queries", "100", "--json"],
                                catch_exceptions=False)
    figures = json.loads(result.output)
    assert NAME_KEYS <= set(figures) and figures["absent_wrong"] == 0


def test_bench_forms_smoke_run(tmp_path):
    result = CliRunner().invoke(main, ["bench", "forms", "--races", "3", "--json", "--workdir", str(tmp_path)],
                                catch_exceptions=False)
    figures = json.loads(result.output)
    assert figures["text"]["entries"] == figures["wikitext"]["entries"] == figures["html"]["entries"] > 0
    assert figures["wikitext"]["cost_vs_text"] > 0 and figures["html"]["cost_vs_text"] > 0


def test_bench_wtq_scores_a_page_through_the_ask_path(tmp_path):
    from data.bench.wtq import target_found
    from tests.conftest import SHARED
    root = tmp_path / "wtq"
    (root / "pages").mkdir(parents=True)
    for suffix in ("html", "csv"):
        name = f"2005_Malaysian_Grand_Prix.{suffix}"
        (root / "pages" / name).write_bytes((SHARED / "wtq" / "pages" / name).read_bytes())
    questions = [{"q": "who won the race?", "answers": ["Fernando Alonso"]},
                 {"q": "how many points did jarno trulli score?", "answers": ["8"]},
                 {"q": "who won the race?", "answers": ["Jarno Trulli"]},
                 {"q": "how tall is fernando alonso?", "answers": ["1.71"]}]
    (root / "questions.jsonl").write_text("\n".join(json.dumps({**q, "page": "2005_Malaysian_Grand_Prix.html",
                                                               "table_csv": "2005_Malaysian_Grand_Prix.csv"})
                                                    for q in questions), encoding="utf-8")
    result = CliRunner().invoke(main, ["bench", "wtq", str(root), "--json"], catch_exceptions=False)
    figures = json.loads(result.output)
    assert (figures["right"], figures["wrong"], figures["declined"]) == (2, 1, 1)
    assert figures["p99_ms"] > 0
    # another file of questions about the same pages stands in for ROOT/questions.jsonl
    other = tmp_path / "blind.jsonl"
    other.write_text(json.dumps({**questions[0], "page": "2005_Malaysian_Grand_Prix.html",
                                 "table_csv": "2005_Malaysian_Grand_Prix.csv"}), encoding="utf-8")
    result = CliRunner().invoke(main, ["bench", "wtq", str(root), "--questions", str(other), "--json"],
                                catch_exceptions=False)
    assert (json.loads(result.output)["questions"], json.loads(result.output)["right"]) == (1, 1)
    # numbers match by value as whole tokens, names by their folded words
    assert target_found("8", "scored 8 points") and not target_found("8", "scored 18 points")
    assert target_found("Sébastien Loeb", "sebastien loeb won") and not target_found("Loeb", "Loebner")
