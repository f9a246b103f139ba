"""``pitwall bench wtq DIR``: WikiTableQuestions' race tables, answered offline through ``/ask``'s path.

DIR holds ``pages/`` (each page's saved HTML and the dataset's CSV of the table its questions are
about) and ``questions.jsonl`` (``q``, ``answers``, ``page``, ``table_csv``); another file of questions
in that form about the same pages may stand in for it (our own blind sets, ``tests/questions/wtq_blind*.jsonl``).
For each page the race whose classification is that table is stored alone in a fresh store (a page may hold several
races: the dataset's crowd workers saw one table), and each question is asked as a fan would ask
``/ask``. A question is right when every target value appears in the answer's direct reply (its
summary, not the rows listed under it: a long list contains almost any number), declined when the
reply is not ``answered``, and answered wrongly otherwise.

WikiTableQuestions: Pasupat & Liang (2015), CC BY-SA 4.0. Never imported while serving.
"""
from __future__ import annotations

import csv
import json
import logging
import re
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from data.article import ParsedRace
from data.folding import fold

log = logging.getLogger(__name__)

_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)*")


def _numbers(text: str) -> list[float]:
    out = []
    for m in _NUMBER.finditer(text):
        raw = m.group(0)
        try:
            out.append(float(raw.replace(",", "")) if re.fullmatch(r"-?\d{1,3}(?:,\d{3})+", raw) else
                       float(raw.replace(",", ".")))
        except ValueError:
            continue
    return out


def target_found(target: str, reply: str) -> bool:
    """A target value in the reply: a number by value as a whole number token, text by its folded words."""
    t = target.strip()
    if _NUMBER.fullmatch(t.replace(" ", "")):
        want = _numbers(t)[0]
        return any(abs(n - want) < 1e-9 for n in _numbers(reply))
    words = fold(t)
    return bool(words) and re.search(rf"(?<![a-z0-9]){re.escape(words)}(?![a-z0-9])", fold(reply)) is not None


def _table_names(csv_path: Path) -> set[str]:
    with csv_path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, escapechar="\\"))
    return {fold(cell) for row in rows[1:] for cell in row if cell}


def table_race(races: list[ParsedRace], csv_path: Path) -> ParsedRace:
    """The race whose drivers the dataset's table lists (most of its names, fewest others)."""
    names = _table_names(csv_path)

    def fit(race: ParsedRace) -> tuple[int, int]:
        mine = {fold(d.name) for e in race.entries for d in e.drivers}
        hits = sum(1 for n in mine if n in names or any(n in cell for cell in names))
        return hits, -len(mine)
    return max(races, key=fit)


def bench_wtq(root: Path, verbose: bool = False, questions_file: Path | None = None) -> dict:
    from data.ingest import ingest
    from data.readers import read_page
    from data.service import Pitwall
    source = questions_file or root / "questions.jsonl"
    questions = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    by_page: dict[str, list[dict]] = defaultdict(list)
    for q in questions:
        by_page[q["page"]].append(q)
    pages: dict[str, dict] = {}
    latencies: list[float] = []
    misses: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        for k, (page, qs) in enumerate(sorted(by_page.items())):
            races = read_page(root / "pages" / page).races
            race = table_race(races, root / "pages" / qs[0]["table_csv"])
            db = Path(tmp) / f"{k}.db"
            reports, errors = ingest([], db, races=[race])
            if errors:
                raise RuntimeError(f"{page}: {errors[0]}")
            pw = Pitwall(db)
            pw.warm_up()  # as the bot does at start-up: the first question pays no one-off set-up
            tally = {"right": 0, "declined": 0, "wrong": 0}
            for q in qs:
                start = time.perf_counter()
                ans = pw.ask(q["q"])
                latencies.append((time.perf_counter() - start) * 1000)
                if ans.status != "answered":
                    verdict = "declined"
                elif all(target_found(t, ans.summary) for t in q["answers"]):
                    verdict = "right"
                else:
                    verdict = "wrong"
                tally[verdict] += 1
                if verdict != "right":
                    misses.append({"page": page, "q": q["q"], "answers": q["answers"], "verdict": verdict,
                                   "status": ans.status, "reply": ans.summary[:300]})
            pages[page] = {"race": race.title, **tally, "questions": len(qs)}
            pw.close()
    latencies.sort()
    total = {v: sum(p[v] for p in pages.values()) for v in ("right", "declined", "wrong")}
    n = sum(total.values())
    out = {"questions": n, **total, "right_pct": round(100 * total["right"] / n, 1),
           "wrong_pct": round(100 * total["wrong"] / n, 1),
           "p50_ms": round(latencies[len(latencies) // 2], 2),
           "p99_ms": round(latencies[min(len(latencies) - 1, int(0.99 * len(latencies)))], 2), "pages": pages}
    if verbose:
        out["misses"] = misses
    return out
