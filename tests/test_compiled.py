"""The optional compiled parser: used only when it matches the source, and parses exactly like it."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import data.article
from data import _compiled
from data.bench.synthetic import articles
from tests.conftest import BAD, CORPUS, SEED_DIR

ROOT = Path(__file__).resolve().parent.parent


def _fake_build(tmp_path: Path, recorded: dict[str, str], python: str = sys.implementation.cache_tag) -> tuple[Path, Path]:
    package = tmp_path / "pkg"
    package.mkdir()
    for name in _compiled.COMPILED_MODULES:
        (package / name).write_text(f"# {name}\n", encoding="utf-8")
    target = tmp_path / "build" / "data"
    target.mkdir(parents=True)
    (target / "SOURCES.json").write_text(json.dumps({"python": python, "sources": recorded}), encoding="utf-8")
    return tmp_path / "build", package


def _digests(package: Path) -> dict[str, str]:
    return {name: _compiled._digest(package / name) for name in _compiled.COMPILED_MODULES}


def test_a_build_that_matches_the_source_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PITWALL_PURE_PYTHON", raising=False)
    build, package = _fake_build(tmp_path, {})
    (build / "data" / "SOURCES.json").write_text(json.dumps(
        {"python": sys.implementation.cache_tag, "sources": _digests(package)}), encoding="utf-8")
    assert _compiled.compiled_dir(build, package) == build / "data"


def test_an_edited_source_makes_the_build_unused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PITWALL_PURE_PYTHON", raising=False)
    build, package = _fake_build(tmp_path, {})
    (build / "data" / "SOURCES.json").write_text(json.dumps(
        {"python": sys.implementation.cache_tag, "sources": _digests(package)}), encoding="utf-8")
    (package / "article.py").write_text("# edited after the build\n", encoding="utf-8")
    assert _compiled.compiled_dir(build, package) is None


def test_a_build_for_another_interpreter_or_switched_off_is_unused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    build, package = _fake_build(tmp_path, {})
    (build / "data" / "SOURCES.json").write_text(json.dumps(
        {"python": "cpython-99", "sources": _digests(package)}), encoding="utf-8")
    assert _compiled.compiled_dir(build, package) is None
    (build / "data" / "SOURCES.json").write_text(json.dumps(
        {"python": sys.implementation.cache_tag, "sources": _digests(package)}), encoding="utf-8")
    monkeypatch.setenv("PITWALL_PURE_PYTHON", "1")
    assert _compiled.compiled_dir(build, package) is None


def test_no_build_or_a_damaged_stamp_is_unused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PITWALL_PURE_PYTHON", raising=False)
    assert _compiled.compiled_dir(tmp_path / "nothing", tmp_path) is None
    build, package = _fake_build(tmp_path, {})
    (build / "data" / "SOURCES.json").write_text("{not json", encoding="utf-8")
    assert _compiled.compiled_dir(build, package) is None


_DUMP = """
import json, sys
from pathlib import Path
import data.article as article
from data.rows import PeopleTally, parse_for_store
drivers, teams = PeopleTally({}), PeopleTally({})
out = {}
for race_id, p in enumerate(sys.argv[1:], start=1):
    r = parse_for_store(Path(p), race_id, drivers, teams)
    out[Path(p).name] = repr(r) if isinstance(r, article.ArticleError) else repr(tuple(r._replace(equipment=sorted(r.equipment))))
out["tallies"] = repr((sorted(drivers.summary()[0].items()), sorted(teams.summary()[0].items())))
json.dump({"compiled": article.__file__.endswith((".so", ".pyd")), "parsed": out}, sys.stdout)
"""


def _parse_in(env_pure: bool, files: list[Path]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PITWALL_PURE_PYTHON", None)
    if env_pure:
        env["PITWALL_PURE_PYTHON"] = "1"
    done = subprocess.run([sys.executable, "-c", _DUMP, *map(str, files)], capture_output=True, text=True,
                          env=env, cwd=ROOT, check=True)
    return json.loads(done.stdout)


@pytest.mark.skipif(not data.article.__file__.endswith((".so", ".pyd")),
                    reason="no compiled parser built (scripts/setup.sh builds one when mypyc and a C compiler exist)")
def test_the_compiled_parser_parses_exactly_like_the_source(tmp_path: Path):
    for name, text in articles(40, drivers=300, teams=40):
        (tmp_path / name).write_text(text, encoding="utf-8")
    files = [*sorted(SEED_DIR.glob("*.txt")), *sorted(CORPUS.glob("*.txt")), *sorted(BAD.glob("*.txt")),
             *sorted(tmp_path.glob("*.txt"))]
    compiled, pure = _parse_in(False, files), _parse_in(True, files)
    assert compiled["compiled"] and not pure["compiled"]
    assert len(pure["parsed"]) == len(files) + 1
    assert compiled["parsed"] == pure["parsed"]


def test_a_failed_build_says_so_in_one_line_and_is_not_retried_until_the_source_changes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    pytest.importorskip("mypyc")
    monkeypatch.delenv("PITWALL_PURE_PYTHON", raising=False)
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "article.py").write_text('count: int = "not a number"\n', encoding="utf-8")  # refused by mypyc
    (package / "rows.py").write_text("x = 1\n", encoding="utf-8")
    build = tmp_path / "build"
    assert _compiled.needs_build(build, package)
    assert _compiled.main(build, package) == 1
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "plain Python" in out
    assert not _compiled.needs_build(build, package) and _compiled.compiled_dir(build, package) is None
    (package / "rows.py").write_text("x = 2\n", encoding="utf-8")
    assert _compiled.needs_build(build, package)
