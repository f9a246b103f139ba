"""Synthetic, realistic multinational names (accents, particles, shared given names and surnames).

Used by the synthetic articles (``data.bench.synthetic``) and the benchmarks (``data.bench.scale``); a fixed seed
makes every run comparable. Never imported while serving.
"""
from __future__ import annotations

import random

from data.folding import fold

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
