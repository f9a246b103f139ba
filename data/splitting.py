"""Split a Drivers cell that has no nationality codes ("Werner Lupberger Klaas Zwart Charles Hall").

The best split is found by dynamic programming over the words, scoring each candidate name by
what we know: full names already stored or seen in coded articles, given names (a bundled list
plus the first names of every known driver), surname particles and capitalisation.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from data.folding import fold
from data.names import GENERATIONS

PARTICLES = frozenset({"van", "von", "de", "der", "den", "da", "di", "del", "della", "des", "du",
                       "la", "le", "dos", "das", "do", "ter", "ten", "zu", "af", "bin", "st"})
_MAX_WORDS = 4
_UNCERTAIN_MARGIN = 2.0


@lru_cache(maxsize=1)
def bundled_given_names() -> frozenset[str]:
    text = (Path(__file__).with_name("given_names.txt")).read_text(encoding="utf-8")
    words = [w for line in text.splitlines() if not line.startswith("#") for w in line.split()]
    return frozenset(fold(w) for w in words)


@dataclass
class NameKnowledge:
    """What the splitter knows: full names, given names and surnames, all folded."""

    full_names: set[str]
    given_names: set[str]
    surnames: set[str]

    @classmethod
    def from_names(cls, names: list[str] | set[str]) -> "NameKnowledge":
        full, given, sur = set(), set(bundled_given_names()), set()
        for name in names:
            f = fold(name)
            if not f:
                continue
            full.add(f)
            parts = f.split()
            if len(parts) > 1:
                given.add(parts[0])
                sur.add(parts[-1])
        return cls(full, given, sur)


@dataclass
class Split:
    names: list[str]
    uncertain: bool


def _score(words: list[str], k: NameKnowledge) -> float:
    folded = [fold(w) for w in words]
    if " ".join(folded) in k.full_names:
        return 10.0 + len(words)
    n = len(words)
    if n == 1:
        return -6.0
    score = {2: 1.0, 3: -1.0, 4: -3.0}[n]
    if folded[0] in GENERATIONS:
        return -20.0  # "Jr." ends the name before it ("Kenny Irwin, Jr."), it starts none
    if folded[-1] in GENERATIONS:
        folded = folded[:-1]
    first, last = folded[0], folded[-1]
    if first in PARTICLES or last in PARTICLES:
        return -20.0
    if first in k.given_names:
        score += 3.0
    elif first in k.surnames:
        score -= 1.0
    if last in k.surnames:
        score += 2.0
    if last in k.given_names and last not in k.surnames:
        score -= 2.5
    middle = folded[1:-1]
    if middle and all(m in PARTICLES for m in middle):
        score += 3.0 + n  # "Arjan van der Zwaan"
    elif middle and middle[0] in k.given_names:
        score += 0.5  # a second given name
    for w in words:
        if not (w[:1].isupper() or fold(w) in PARTICLES):
            score -= 5.0
    return score


def split_names(text: str, knowledge: NameKnowledge) -> Split:
    """The most plausible list of names in ``text``, and whether a close alternative exists."""
    words = [w for w in text.split() if any(ch.isalnum() for ch in w)]  # a rookie's "#" is no word of a name
    n = len(words)
    if n == 0:
        return Split([], False)
    # best[i] = top two (score, boundaries) for words[:i]
    best: list[list[tuple[float, tuple[int, ...]]]] = [[] for _ in range(n + 1)]
    best[0] = [(0.0, ())]
    for end in range(1, n + 1):
        options: list[tuple[float, tuple[int, ...]]] = []
        for size in range(1, min(_MAX_WORDS, end) + 1):
            start = end - size
            piece = _score(words[start:end], knowledge)
            for prev_score, cuts in best[start]:
                options.append((prev_score + piece, cuts + (start,)))
        options.sort(key=lambda o: -o[0])
        best[end] = options[:2]
    top = best[n][0]
    cuts = list(top[1][1:]) + [n]
    names, start = [], 0
    for cut in cuts:
        names.append(" ".join(words[start:cut]))
        start = cut
    all_known = all(fold(nm) in knowledge.full_names for nm in names)
    runner_up = best[n][1][0] if len(best[n]) > 1 else float("-inf")
    uncertain = not all_known and (top[0] - runner_up) < _UNCERTAIN_MARGIN
    return Split(names, uncertain)
