"""Synthetic, realistic multinational names and the name-resolution benchmark.

Names are built from per-nationality given names and generated surnames (accents, particles,
shared given names and surnames); a fixed seed makes every run comparable.
"""
from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable

from rapidfuzz import fuzz, process

from data.folding import fold
from data.names import ANSWERED, NameIndex, NameRecord

_GIVEN = {
    "ITA": "Alessandro Andrea Beppe Claudio Emanuele Fabio Filippo Gianni Giovanni Luca Marco Massimo Matteo Mauro Mirko Paolo Piergiuseppe Stefano Vincenzo Enzo".split(),
    "FRA": "Sébastien Stéphane Jérôme François Jean-Christophe Jean-Philippe Frédéric Benoît Loïc Hervé Franck Pierre Marc Didier Olivier Romain Emmanuel Nicolas Thierry Yannick".split(),
    "DEU": "Jörg Jürgen Günther Uwe Klaus Frank Marco Timo Lucas Sascha Ralf Dirk Michael Stefan Wolfgang Bernd Sven Torsten Marcel Dominik".split(),
    "NLD": "Jan Jos Cor Arjan Rob Val Peter Klaas Bas Maarten Jeroen Sander Tom Niels Huub".split(),
    "GBR": "Tom Rob Richard Peter Paula Martin Shaun Jamie Andy Steve John Nick Keith Robin Calum Gareth Amanda Liz Stuart Mike".split(),
    "ESP": "José Jesús Álvaro Andrés Joaquín Íñigo Sergio Pedro Antonio Raúl".split(),
    "PRT": "João Gonçalo Tiago Álvaro Pedro Miguel Filipe António".split(),
    "SWE": "Niklas Mattias Björn Åke Göran Anders Fredrik Lars".split(),
    "JPN": "Seiji Hayanari Tatsuya Kazuki Satoshi Hiroki Takuma Shinji Yuji Keiko".split(),
    "CZE": "Tomáš Petr Jiří Václav Ondřej Jan Pavel".split(),
}
_SYLLABLES = {
    "ITA": (["Sav", "Per", "Lav", "Gab", "Fran", "Col", "Man", "Sacc", "Bal", "Bi", "Riccit", "Lanc", "Mad", "Zad", "Bert"],
            ["oldi", "oni", "aggi", "biani", "cioni", "lini", "cini", "omanno", "di", "agi", "elli", "otti", "alena", "ra", "olini"]),
    "FRA": (["Lag", "Sarr", "Boul", "Cott", "Derich", "Lem", "Coch", "Hem", "Roll", "Bru", "Ros", "Pel", "Dum", "Ort", "Coll"],
            ["orce", "azin", "lion", "az", "ebourg", "ée", "et", "roulle", "eau", "tan", "le", "as", "elli", "ard", "ière"]),
    "DEU": (["Bie", "Wer", "Bern", "Berg", "Maas", "Luh", "Lie", "Ab", "Moo", "Mül", "Schnei", "Fisch", "Wag", "Beck", "Hoff"],
            ["la", "ner", "hard", "meister", "sen", "r", "b", "belen", "g", "ler", "der", "er", "mann", "er", "mann"]),
    "NLD": (["Lamm", "Bosch", "Eus", "Ment", "Hille", "Zwa", "Ko", "Jan", "Bak", "Vis", "Smit", "Mul", "Dek", "Mee", "Bos"],
            ["ers", "", "er", "en", "brand", "an", "x", "sen", "ker", "ser", "s", "der", "ker", "uwsen", "ma"]),
    "GBR": (["Short", "Herr", "Balf", "Derby", "Barf", "Hay", "Cai", "Hart", "Eag", "Mun", "John", "Pull", "Cook", "Ward", "Well"],
            ["", "idge", "e", "shire", "f", "", "ne", "shorne", "ling", "dy", "son", "an", "e", "", "s"]),
    "ESP": (["Gar", "Fer", "Rodr", "Lóp", "Mart", "Sánch", "Pér", "Góm", "Jimén", "Ruiz"],
            ["cía", "nández", "íguez", "ez", "ínez", "ez", "ez", "ez", "ez", "ano"]),
    "PRT": (["Barb", "Mon", "Fel", "Cost", "Sant", "Pere", "Olive", "Ferr", "Alv", "Gonç"],
            ["osa", "teiro", "ix", "a", "os", "ira", "ira", "eira", "es", "alves"]),
    "SWE": (["Lov", "Anders", "Ny", "Berg", "Lind", "Ström", "Johans", "Karls", "Nils", "Ek"],
            ["én", "son", "gren", "qvist", "berg", "", "son", "son", "son", "lund"]),
    "JPN": (["Ar", "Shim", "Tak", "Sa", "Yam", "Nak", "Kob", "Wat", "Ito", "Suz"],
            ["a", "oda", "ahashi", "to", "amoto", "amura", "ayashi", "anabe", "h", "uki"]),
    "CZE": (["Vál", "Eng", "Nov", "Dvoř", "Svob", "Čer", "Proc", "Kuč", "Vesel", "Hor"],
            ["ek", "e", "ák", "ák", "oda", "ný", "házka", "era", "ý", "ák"]),
}
_PARTICLES = {"NLD": ["van", "van der", "de"], "DEU": ["von"], "PRT": ["da", "dos"], "ITA": ["de", "di"],
              "FRA": ["de", "du"], "ESP": ["de"]}


def synthetic_names(count: int, seed: int = 2003) -> list[str]:
    """``count`` distinct full names, sharing given names and surnames across people."""
    rng = random.Random(seed)
    nations = list(_GIVEN)
    surnames: dict[str, list[str]] = {}
    for nat in nations:
        heads, tails = _SYLLABLES[nat]
        pool = {h + t for h in heads for t in tails}
        pool |= {h + mid + t for h in heads for mid in ("ar", "el", "in", "or", "ov", "ag", "ich", "ut")
                 for t in tails}
        surnames[nat] = sorted(pool)
    names: set[str] = set()
    out: list[str] = []
    while len(out) < count:
        nat = rng.choice(nations)
        given = rng.choice(_GIVEN[nat])
        if rng.random() < 0.08:
            given = f"{given} {rng.choice(_GIVEN[nat])}"
        sur = rng.choice(surnames[nat])
        if nat in _PARTICLES and rng.random() < 0.15:
            sur = f"{rng.choice(_PARTICLES[nat])} {sur.lower() if False else sur}"
        name = f"{given} {sur}"
        key = fold(name)
        if key not in names:
            names.add(key)
            out.append(name)
    return out


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
