"""Typo- and accent-tolerant name resolution that never answers with the wrong person.

A ``NameIndex`` is built once over folded names. A lookup goes, in order: the exact folded
key; the same words in another order; a unique prefix of the compacted name; then word by
word, where every word of the query must match a distinct word of the name exactly, as an
initial, or within a small edit distance found through a deletion index (no scan of all
names). A name that matches several records equally well is ``ambiguous``; one whose words
do not all match any single record is ``not_found``, with near names only as suggestions.
"""
from __future__ import annotations

import bisect
import gc
import itertools
import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import OSA

from data.folding import fold

log = logging.getLogger(__name__)

ANSWERED, AMBIGUOUS, NOT_FOUND = "answered", "ambiguous", "not_found"
_MAX_SCORED = 400
# a generation said after a name, to its one spelling ("snr" is "sr"); kept out of the question engine's phrases,
# so that "junior" alone stays a word Pitwall does not know
GENERATIONS = {"sr": "sr", "snr": "sr", "senior": "sr", "jr": "jr", "jnr": "jr", "junior": "jr", "ii": "ii",
               "iii": "iii"}


@dataclass(frozen=True)
class NameRecord:
    """One resolvable thing: a driver, team, class, make or race (``id`` is its store id)."""

    id: int | str
    name: str
    kind: str


@dataclass(frozen=True)
class Match:
    """A candidate with its rank: (typing edits, words of the name left unmatched); lower is better."""

    record: NameRecord
    score: float
    rank: tuple[float, int] = (0.0, 0)


@dataclass
class Resolution:
    """The outcome of a lookup: one record, ranked candidates, or suggestions only."""

    query: str
    status: str
    match: NameRecord | None = None
    candidates: list[Match] = field(default_factory=list)
    suggestions: list[NameRecord] = field(default_factory=list)


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while building big, acyclic structures: it would walk them again and
    again for nothing (measured: a third of the start-up time at 100,000 drivers)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def allowed_edits(word: str) -> int:
    """How many typos a word may carry and still count: none in short words."""
    n = len(word)
    return 0 if n <= 3 else 1 if n <= 5 else 2


def _same_start(word: str, cand: str) -> bool:
    """Whether a near word may be a slip of ``word``: typing rarely changes a name's first letter, and
    a changed one is mostly another name ("Rick" is not Dick Johnson, "Kerridge" not Herridge)."""
    return word[0] == cand[0] or word[:2] == cand[1::-1]


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1:] for i in range(len(word))}


class NameIndex:
    """An index over one kind of name, built once; every lookup is a few dictionary probes."""

    def __init__(self, records: Iterable[NameRecord], *, join_words: bool = True) -> None:
        """``join_words`` also indexes adjacent words of long names joined ("verdonroe"), for
        people's compound surnames; race titles do not need it."""
        with gc_paused():
            self._build(records, join_words)

    def _build(self, records: Iterable[NameRecord], join_words: bool) -> None:
        self.records: list[NameRecord] = []
        self._tokens: list[tuple[str, ...]] = []
        self.last_words: set[str] = set()  # surnames of people, last words of team names
        self._units: list[tuple[tuple[str, tuple[int, ...]], ...]] = []
        self._by_key: dict[str, list[int]] = {}
        self._by_token: dict[str, list[int]] = {}
        by_key, by_token = self._by_key, self._by_token
        for rec in records:
            words = tuple(fold(rec.name).split())
            if not words:
                continue
            i = len(self.records)
            self.records.append(rec)
            self._tokens.append(words)
            self.last_words.add(words[-1])
            by_key.setdefault("".join(words), []).append(i)
            units: list[tuple[str, tuple[int, ...]]] = [(w, (j,)) for j, w in enumerate(words)]
            if join_words and len(words) > 2:  # "verdonroe", "vanderzwaan", "jeanfrancois": joined words, exact only
                for j in range(len(words) - 1):
                    units.append((words[j] + words[j + 1], (j, j + 1)))
                    if j + 2 < len(words):
                        units.append((words[j] + words[j + 1] + words[j + 2], (j, j + 1, j + 2)))
            self._units.append(tuple(units))
            for w, _ in units:
                ids = by_token.get(w)
                if ids is None:
                    by_token[w] = [i]
                elif ids[-1] != i:
                    ids.append(i)
        self._deleted: dict[str, list[str]] = {}
        by_initial: dict[str, list[str]] = {}
        joined = {u for units in self._units for u, cover in units if len(cover) > 1}
        for w in self._by_token:
            if w in joined:
                continue
            by_initial.setdefault(w[0], []).append(w)
            if len(w) > 3:
                for d in _deletes(w):
                    self._deleted.setdefault(d, []).append(w)
        self._by_initial = by_initial
        self._sorted_keys = sorted(self._by_key)
        self._sorted_vocab = sorted(self._by_token)

    def __len__(self) -> int:
        return len(self.records)

    # -- word matching -------------------------------------------------------------------
    def word_matches(self, word: str) -> dict[str, int]:
        """Vocabulary words within the allowed edit distance of ``word``, with that distance."""
        found: dict[str, int] = {}
        if word in self._by_token:
            found[word] = 0
        limit = allowed_edits(word)
        if limit:
            other_start = limit + 1  # the nearest word that starts with another letter
            for d in _deletes(word):
                for cand in self._deleted.get(d, ()):
                    if cand not in found:
                        dist = OSA.distance(word, cand, score_cutoff=limit)
                        if dist > limit:
                            continue
                        if _same_start(word, cand):
                            found[cand] = dist
                        else:
                            other_start = min(other_start, dist)
            # "bordon" is one letter from Gordon and two from Burton: a name as near or nearer with another first
            # letter leaves the word unplaced, never read as the farther one
            found = {c: dist for c, dist in found.items() if dist == 0 or dist < other_start}
            if not found and limit >= 2 and other_start > limit:
                bucket = self._by_initial.get(word[0], [])
                for cand, dist, _ in process.extract(word, bucket, scorer=OSA.distance,
                                                     score_cutoff=limit, limit=5):
                    found[cand] = int(dist)
        return found

    # -- resolution ----------------------------------------------------------------------
    def resolve(self, query: str, *, allow_partial: bool = True) -> Resolution:
        """Resolve ``query`` to one record, several candidates, or nothing.

        ``allow_partial`` permits a query that names only part of a record (a surname, a
        given name, an initial and surname); free-text linking turns it off for spans
        that are only one common word.
        """
        words = fold(query).split()
        if not words:
            return Resolution(query, NOT_FOUND)
        key = "".join(words)
        exact = self._by_key.get(key) or self._reordered(words)
        if exact:
            return self._decide(query, [Match(self.records[i], 1.0) for i in exact])
        scored = self._score_words(words, allow_partial)
        if not scored and len(key) >= 4 and allow_partial:
            scored = self._unique_prefix(key)
        if not scored:
            return Resolution(query, NOT_FOUND, suggestions=self._suggestions(words))
        return self._decide(query, scored)

    def _reordered(self, words: list[str]) -> list[int] | None:
        """The same words in another order ("Barbosa Joao"): every order of a short name."""
        if not 1 < len(words) <= 4:
            return None
        for order in itertools.permutations(words):
            hit = self._by_key.get("".join(order))
            if hit:
                return hit
        return None

    def _unique_prefix(self, key: str) -> list[Match]:
        lo = bisect.bisect_left(self._sorted_keys, key)
        ids: list[int] = []
        for k in self._sorted_keys[lo:lo + 3]:
            if not k.startswith(key):
                break
            ids.extend(self._by_key[k])
        if len(ids) == 1:
            return [Match(self.records[ids[0]], 0.85, (1.0, 1))]
        return []

    def _score_words(self, words: list[str], allow_partial: bool) -> list[Match]:
        full = [w for w in words if len(w) > 1 or w in self._by_token]
        initials = [w for w in words if w not in full]
        if not full:
            return []
        per_word = [self.word_matches(w) for w in full]
        if any(not m for m in per_word):
            return []
        id_sets = []
        for matches in per_word:
            ids: set[int] = set()
            for cand in matches:
                ids.update(self._by_token[cand])
            id_sets.append(ids)
        id_sets.sort(key=len)
        candidates = set(id_sets[0]).intersection(*id_sets[1:])
        results: list[Match] = []
        for i in sorted(candidates)[:_MAX_SCORED]:
            tokens = self._tokens[i]
            units = self._units[i]
            edits, used, ok = 0.0, set(), True
            for matches in per_word:
                best_cover, best = None, 99
                for t, cover in units:
                    d = matches.get(t, 99)
                    if d < best and used.isdisjoint(cover):
                        best_cover, best = cover, d
                if best_cover is None:
                    ok = False
                    break
                used.update(best_cover)
                edits += best
            for ini in initials:
                j = next((j for j, t in enumerate(tokens) if j not in used and t.startswith(ini)), -1)
                if j < 0:
                    ok = False
                    break
                used.add(j)
                edits += 0.5
            if not ok:
                continue
            uncovered = len(tokens) - len(used)
            if not allow_partial and uncovered:
                continue
            chars = sum(len(w) for w in words) or 1
            score = max(0.0, 1.0 - edits / chars) * (0.85 + 0.15 * len(used) / len(tokens))
            # Whether words are left over matters ("Seiji Ara" beats "Seiji Taro Ara"); how many do
            # not ("Rob" is as ambiguous between Rob Wells and Rob van der Zwaan).
            results.append(Match(self.records[i], round(score, 4), (edits, int(uncovered > 0))))
        return results

    def _decide(self, query: str, matches: list[Match]) -> Resolution:
        best_by_id: dict[object, Match] = {}
        for m in matches:
            prev = best_by_id.get((m.record.kind, m.record.id))
            if prev is None or m.score > prev.score:
                best_by_id[(m.record.kind, m.record.id)] = m
        ranked = sorted(best_by_id.values(), key=lambda m: (m.rank, -m.score, m.record.name))
        top = ranked[0]
        if len(ranked) == 1 or top.rank < ranked[1].rank:
            return Resolution(query, ANSWERED, match=top.record, candidates=[top])
        tied = [m for m in ranked if m.rank == top.rank]
        return Resolution(query, AMBIGUOUS, candidates=tied[:25])

    def _suggestions(self, words: list[str], limit: int = 5) -> list[NameRecord]:
        """Names sharing a word (or a near word) with the query: offered, never answered."""
        scores: dict[int, float] = {}
        for w in words:
            for cand, dist in self.word_matches(w).items():
                for i in self._by_token[cand][:50]:
                    scores[i] = scores.get(i, 0.0) + 1.0 / (1 + dist)
        ranked = sorted(scores, key=lambda i: (-scores[i], self.records[i].name))[:limit]
        return [self.records[i] for i in ranked]

    # -- autocomplete --------------------------------------------------------------------
    def suggest(self, text: str, limit: int = 25) -> list[NameRecord]:
        """Ranked choices for a partly typed name: full-name prefixes, word prefixes, then fuzzy."""
        words = fold(text).split()
        if not words:
            return self.records[:limit]
        out: dict[int, None] = {}
        key = "".join(words)
        lo = bisect.bisect_left(self._sorted_keys, key)
        for k in itertools.islice(self._sorted_keys, lo, None):  # no copy of the tail
            if not k.startswith(key) or len(out) >= limit:
                break
            for j in self._by_key[k]:
                out.setdefault(j, None)
        last = words[-1]
        lo = bisect.bisect_left(self._sorted_vocab, last)
        earlier = [self.word_matches(w) for w in words[:-1]]
        for w in self._sorted_vocab[lo:lo + 200]:
            if not w.startswith(last) or len(out) >= limit:
                break
            for i in self._by_token[w]:
                toks = self._tokens[i]
                if all(any(t in m for t in toks) for m in earlier):
                    out.setdefault(i, None)
        if len(out) < limit:
            res = self.resolve(text)
            for m in ([res.match] if res.match else []) + [c.record for c in res.candidates] + res.suggestions:
                if m is None:
                    continue
                j = self._index_of(m)
                if j is not None:
                    out.setdefault(j, None)
        return [self.records[i] for i in list(out)[:limit]]

    def _index_of(self, rec: NameRecord) -> int | None:
        for i in self._by_key.get("".join(fold(rec.name).split()), []):
            if self.records[i] == rec:
                return i
        return None
