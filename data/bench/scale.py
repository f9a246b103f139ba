"""The benchmarks: name resolution against rapidfuzz's ``extractOne``, the scale benchmark over
synthetic articles, and article forms (text, wikitext, HTML). Never imported while serving."""
from __future__ import annotations

import random
import time
from pathlib import Path
from collections.abc import Callable

from rapidfuzz import fuzz, process

from data.folding import fold
from data.names import ANSWERED, NameIndex, NameRecord
from data.bench.synthetic_names import synthetic_names

def absent_names(present: list[str], count: int, seed: int = 7) -> list[str]:
    """Names not present and not a typo of anyone present: present given names, foreign surnames."""
    rng = random.Random(seed)
    given = sorted({n.split()[0] for n in present})
    index = NameIndex(NameRecord(i, n, "driver") for i, n in enumerate(present))
    foreign = ["Schumacher", "Hamilton", "Senna", "Prost", "Vettel", "Alonso", "Räikkönen", "Button", "Verstappen",
               "Leclerc", "Norris", "Piastri", "Sainz", "Gasly", "Ocon", "Tsunoda", "Albon", "Stroll", "Bottas",
               "Hülkenberg", "Magnussen", "Ricciardo", "Massa", "Barrichello", "Coulthard", "Häkkinen", "Villeneuve",
               "Montoya", "Kubica", "Webber", "Rosberg", "Trulli", "Fisichella", "Heidfeld", "Sato", "Kobayashi"]
    foreign = [s for s in foreign if not index.word_matches(fold(s))]
    out = []
    while len(out) < count:
        out.append(f"{rng.choice(given)} {rng.choice(foreign)}")
    return out


def typo(name: str, rng: random.Random) -> str:
    """One realistic slip: accents dropped, a letter dropped, doubled, swapped or replaced, or lower case."""
    kind = rng.randrange(5)
    if kind == 0:
        return fold(name)
    words = name.split()
    j = rng.randrange(len(words))
    w = words[j]
    if len(w) < 5:
        return fold(name)
    i = rng.randrange(1, len(w) - 1)
    if kind == 1:
        w = w[:i] + w[i + 1:]
    elif kind == 2:
        w = w[:i] + w[i] + w[i:]
    elif kind == 3:
        w = w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]
    else:
        w = w[:i] + rng.choice("aeiourstn") + w[i + 1:]
    words[j] = w
    return " ".join(words).lower()


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _timed(fn: Callable[[str], object], queries: list[str]) -> tuple[list[object], list[float]]:
    results, times = [], []
    for q in queries:
        t0 = time.perf_counter()
        results.append(fn(q))
        times.append((time.perf_counter() - t0) * 1000)
    return results, times


def bench_names(drivers: int = 100_000, queries: int = 2000, baseline_queries: int = 200) -> dict:
    """Figures for ``pitwall bench names``; the baseline runs on a sample of the same queries."""
    rng = random.Random(11)
    names = synthetic_names(drivers)
    t0 = time.perf_counter()
    index = NameIndex(NameRecord(i, n, "driver") for i, n in enumerate(names))
    build_s = time.perf_counter() - t0
    keys = {fold(n).replace(" ", "") for n in names}
    typo_cases: list[tuple[str, int]] = []
    while len(typo_cases) < queries:
        target = rng.randrange(len(names))
        q = typo(names[target], rng)
        if fold(q).replace(" ", "") in keys and fold(q) != fold(names[target]):
            continue  # the slip produced somebody else's exact name: not a typo case
        typo_cases.append((q, target))
    absent = absent_names(names, max(50, queries // 4))

    res, times = _timed(index.resolve, [q for q, _ in typo_cases] + absent)
    top1 = sum(1 for r, (_, t) in zip(res, typo_cases) if r.status == ANSWERED and r.match.id == t) / len(typo_cases)
    absent_wrong = sum(1 for r in res[len(typo_cases):] if r.status == ANSWERED)

    sample = typo_cases[:baseline_queries]
    sample_absent = absent[:max(10, baseline_queries // 4)]
    base, base_times = _timed(lambda q: process.extractOne(q, names, scorer=fuzz.WRatio),
                              [q for q, _ in sample] + sample_absent)
    base_top1 = sum(1 for b, (_, t) in zip(base, sample) if b and b[2] == t) / len(sample)
    same_top1 = sum(1 for r, (_, t) in zip(res, sample) if r.status == ANSWERED and r.match.id == t) / len(sample)
    base_absent_wrong = sum(1 for b in base[len(sample):] if b is not None)
    return {
        "drivers": drivers, "typo_queries": len(typo_cases), "absent_queries": len(absent),
        "baseline_queries": len(sample) + len(sample_absent),
        "resolve_p50_ms": round(_percentile(times, 0.5), 4), "resolve_p99_ms": round(_percentile(times, 0.99), 4),
        "baseline_p50_ms": round(_percentile(base_times, 0.5), 3),
        "baseline_p99_ms": round(_percentile(base_times, 0.99), 3),
        "p99_ratio": round(_percentile(base_times, 0.99) / max(_percentile(times, 0.99), 1e-9), 1),
        "top1": round(top1, 4), "baseline_top1": round(base_top1, 4),
        "top1_on_baseline_queries": round(same_top1, 4),
        "absent_wrong": absent_wrong, "baseline_absent_wrong": base_absent_wrong,
        "absent_wrong_of": f"{len(absent)} (ours) / {len(sample_absent)} (baseline)",
        "build_s": round(build_s, 3),
    }


# ------------------------------------------------------------------------------------ scale
def _latencies(calls: list[Callable[[], object]]) -> list[float]:
    return _timed(lambda call: call(), calls)[1]


def _p(values: list[float], q: float) -> float:
    return round(_percentile(values, q), 3)


def cold_start(db_path: str) -> dict:
    """Open the store and build every index, in a fresh process; report time and memory."""
    import psutil

    from data.service import Pitwall
    t0 = time.perf_counter()
    pw = Pitwall(__import__("pathlib").Path(db_path))
    elapsed = time.perf_counter() - t0
    rss = psutil.Process().memory_info().rss / 2**20
    pw.close()
    return {"cold_start_s": round(elapsed, 3), "rss_mb": round(rss, 1)}


def _cold_start_in_subprocess(db_path: str) -> dict:
    import json
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", f"import json; from data.bench.scale import cold_start; "
                          f"print(json.dumps(cold_start({db_path!r})))"], capture_output=True, text=True,
                         check=True, cwd=str(__import__("pathlib").Path(__file__).resolve().parents[2]))
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure_store(races: int, workdir: Path, baseline_queries: int = 60, seed: int = 5) -> dict:
    """Generate, ingest and query ``races`` synthetic races; every figure of one size."""
    from pathlib import Path

    from data.service import Pitwall
    from data.ingest import ingest
    from data.bench.synthetic import articles

    art_dir = Path(workdir) / f"articles-{races}"
    art_dir.mkdir(parents=True, exist_ok=True)
    drivers = max(1000, min(100_000, races * 5))
    for name, text in articles(races, drivers=drivers, teams=max(200, drivers // 25)):
        (art_dir / name).write_text(text, encoding="utf-8")
    db = Path(workdir) / f"bench-{races}.db"
    t0 = time.perf_counter()
    reports, errors = ingest([art_dir], db)
    ingest_s = time.perf_counter() - t0
    if errors:
        raise RuntimeError(f"synthetic article refused: {errors[0]}")
    entries = sum(r.entries for r in reports)
    figures: dict = {"races": races, "entries": entries, "ingest_s": round(ingest_s, 2),
                     "ingest_entries_per_s": round(entries / ingest_s), "db_mb": round(db.stat().st_size / 2**20, 1)}
    figures.update(_cold_start_in_subprocess(str(db)))

    pw = Pitwall(db)
    rng = random.Random(seed)
    names = [n for (n,) in pw.db.execute("SELECT name FROM drivers")]
    ids = {n: i for n, i in pw.db.execute("SELECT name, id FROM drivers")}
    typo_cases = [(typo(n, rng), ids[n]) for n in rng.sample(names, min(400, len(names)))]
    absent = absent_names(names[:20000], 100)
    res, times = _timed(pw.drivers.resolve, [q for q, _ in typo_cases] + absent)
    figures["resolve_p50_ms"], figures["resolve_p99_ms"] = _p(times, 0.5), _p(times, 0.99)
    figures["top1"] = round(sum(1 for r, (_, t) in zip(res, typo_cases)
                                if r.status == ANSWERED and r.match.id == t) / len(typo_cases), 4)
    figures["absent_wrong"] = sum(1 for r in res[len(typo_cases):] if r.status == ANSWERED)
    sample = typo_cases[:baseline_queries]
    base, base_times = _timed(lambda q: process.extractOne(q, names, scorer=fuzz.WRatio), [q for q, _ in sample])
    figures["baseline_resolve_p50_ms"], figures["baseline_resolve_p99_ms"] = _p(base_times, 0.5), _p(base_times, 0.99)
    figures["baseline_top1"] = round(sum(1 for b, (_, t) in zip(base, sample) if b and ids.get(b[0]) == t)
                                     / len(sample), 4)

    race_rows = pw.db.execute("SELECT id, title FROM races ORDER BY RANDOM() LIMIT 60").fetchall()
    picks = []
    for rid, title in race_rows:
        row = pw.db.execute("SELECT e.class_name, e.car_number, e.team, d.name FROM entries e JOIN entry_drivers ed "
                            "ON ed.entry_id = e.id JOIN drivers d ON d.id = ed.driver_id WHERE e.race_id = ? "
                            "ORDER BY RANDOM() LIMIT 1", [rid]).fetchone()
        picks.append((title, *row))
    questions = []
    for title, cls, car, team, driver in picks:
        questions += [f"who won the {title}?", f"how did {driver} do in the {title}?", f"{cls} results at the {title}",
                      f"how many cars retired in the {title}", f"how many races did {driver} win?",
                      f"who drove car #{car} in the {title}", f"who finished 3rd in the {title}"]
    _, answer_times = _timed(pw.ask, questions)
    figures["answer_p50_ms"], figures["answer_p99_ms"] = _p(answer_times, 0.5), _p(answer_times, 0.99)

    commands = {
        "driver": [lambda d=d, t=t: pw.driver(d, t) for t, _c, _n, _tm, d in picks],
        "class": [lambda c=c, t=t: pw.class_results(c, t) for t, c, _n, _tm, _d in picks],
        "winner": [lambda t=t: pw.winner(None, t) for t, *_ in picks],
        "team": [lambda tm=tm, t=t: pw.team(tm.split(" / ")[0], t) for t, _c, _n, tm, _d in picks],
        "car": [lambda n=n, t=t: pw.car(n, t) for t, _c, n, _tm, _d in picks],
        "race": [lambda t=t: pw.race_summary(t) for t, *_ in picks],
        "autocomplete": [lambda d=d: pw.suggest("driver", d[:4]) for *_, d in picks],
    }
    per_command = {}
    for name, calls in commands.items():
        times = _latencies(calls)
        per_command[name] = {"p50_ms": _p(times, 0.5), "p99_ms": _p(times, 0.99)}
    figures["commands"] = per_command
    slowest = max(per_command, key=lambda k: per_command[k]["p99_ms"])
    figures["command_p99_ms"] = per_command[slowest]["p99_ms"]
    figures["slowest_command"] = slowest
    pw.close()
    return figures


GROWTH_KEYS = ("ingest_s", "cold_start_s", "rss_mb", "resolve_p99_ms", "baseline_resolve_p99_ms", "answer_p99_ms",
               "command_p99_ms", "db_mb")


def bench_scale(races: int, workdir: Path) -> dict:
    """The full benchmark: measured at 1/100 of the size and at the full size, in one run."""
    import math
    small = measure_store(max(10, races // 100), workdir)
    full = measure_store(races, workdir)
    ratio = full["entries"] / small["entries"]
    growth = {}
    for key in GROWTH_KEYS:
        a, b = small.get(key), full.get(key)
        if a and b and a > 0 and ratio > 1:
            growth[key] = round(math.log(b / a) / math.log(ratio), 2)
    return {**full, "small": small, "growth_exponent": growth}


def write_forms(races: int, workdir: Path, seed: int = 11) -> dict[str, list[Path]]:
    """``races`` synthetic articles written three ways: plain text, wikitext and saved HTML."""
    from data.article import parse_article
    from data.bench.synthetic import articles, as_html, as_wikitext
    files: dict[str, list[Path]] = {"text": [], "wikitext": [], "html": []}
    for form in files:
        (workdir / form).mkdir(parents=True, exist_ok=True)
    for name, text in articles(races, entries_per_race=50, drivers=5000, teams=400, seed=seed):
        race = parse_article(text, name)
        stem = race.title.replace(" ", "_").replace("/", "-")
        for form, suffix, body in (("text", ".txt", text), ("wikitext", ".wiki", as_wikitext(race)),
                                   ("html", ".html", as_html(race))):
            path = workdir / form / f"{stem}{suffix}"
            path.write_text(body, encoding="utf-8")
            files[form].append(path)
    return files


def bench_forms(races: int, workdir: Path) -> dict:
    """Ingest the same synthetic races from each form through the real (in-process) ingest path:
    entries per second, and each form's cost as a ratio to the plain text's, in one run."""
    from data.ingest import ingest
    files = write_forms(races, workdir)
    out: dict = {"races": races}
    for form, paths in files.items():
        db = workdir / f"{form}.db"
        start = time.perf_counter()
        reports, errors = ingest(paths, db, jobs=0)
        seconds = time.perf_counter() - start
        if errors:
            raise RuntimeError(f"{form}: {errors[0]}")
        entries = sum(r.entries for r in reports)
        out[form] = {"entries": entries, "seconds": round(seconds, 3),
                     "entries_per_s": round(entries / seconds)}
    for form in ("wikitext", "html"):
        out[form]["cost_vs_text"] = round(out["text"]["entries_per_s"] / out[form]["entries_per_s"], 1)
    return out
