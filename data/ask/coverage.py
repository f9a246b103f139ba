"""Coverage: which words of a question nothing accounted for. A question resting on a word Pitwall does
not know is declined, never answered as if the word were not there."""
from __future__ import annotations

from typing import TYPE_CHECKING

import logging
import re

from rapidfuzz.distance import OSA

from data.folding import fold
from data.ask.vocabulary import known_word, number_shaped
from data.ask.frame import Frame

if TYPE_CHECKING:  # the facade calls this module; this module only names its type
    pass


log = logging.getLogger(__name__)


_NAMING_WORDS = frozenset("the a an race races at in of on for about me please pls show give info what whats was is "
                          "who how did go went and oldest newest latest earliest most recent first last database "
                          "stored one which event s".split())


def _unknown_code(word: str, p: Frame) -> bool:
    return bool(re.search(r"[a-z]", word)) and any(ch.isdigit() for ch in word) and not number_shaped(word) and \
        word not in p.codes_known


def unknown_words(p: Frame) -> list[str]:
    """Words left over where names were looked for, that name nothing stored (a race's own words aside)."""
    key = (tuple(p.unparsed), p.race.id if p.race else None, p.race_named)
    cached = p.__dict__.get("_unknown_words")
    if cached is not None and cached[0] == key:  # the intents' conditions ask it of one frame many times
        return list(cached[1])
    race = p.race
    race_words = set(fold(f"{race.title} {race.circuit or ''} {race.location or ''}").split()) if race else set()
    story = story_words(p) if p.unparsed else set()
    # a code of letters and digits counts only where the store has it ("r8", "sr2"); "xq75" is a word nothing knows
    found = [w for w in p.unparsed if w not in race_words and w not in p.race_known_words and w not in _NAMING_WORDS
             and len(w) > 2 and (not known_word(w) or _unknown_code(w, p)) and not _slip_of_title(w, race_words)
             and w not in story]
    p.__dict__["_unknown_words"] = (key, tuple(found))
    return found


_CLAUSE_END = re.compile(r"\s[-–—]+\s|[.!;:]+\s+|,\s+(?=(?:so\s+|but\s+|and\s+)?(?:who|what|which|where|when|how|did|was|were)\b)")
_ASKING = re.compile(r"\b(?:who|whom|whose|what|whats|which|where|when|why|how)\b|"
                     r"^\s*(?:did|does|do|was|were|is|are|has|had|any|list|name|tell|give|show)\b")
_STATING = re.compile(r"\b(?:was|were|is|are|had|has|got|went|been|looked|seemed|felt|rn|tonight|today|yesterday)\b|"
                      r"^(?:im |i m |i am |we re |just )?(?:re)?(?:watching|doing|reading|rewatching|looking|going|trying|"
                      r"playing|arguing|thinking|checking|browsing)\b")


def story_words(p: Frame) -> set[str]:
    """ "spain 92 was soaked - how many drivers spun off": the words of a statement said before the question, in a
    message that names its one race; they set the scene and ask nothing, so they are no words left unread. Never
    where the race is not named by its own words ("i was at silverstone. who won gto?" names no stored race)."""
    if p.race is None or not p.race_named or p.race_candidates[1:] or p.race_by_year_only:
        return set()
    clauses = _CLAUSE_END.split(p.raw)
    if len(clauses) < 2 or not _ASKING.search(fold(clauses[-1])):
        return set()
    said: set[str] = set()
    for clause in clauses[:-1]:
        folded = fold(clause)
        if "?" in clause or _ASKING.search(folded) or re.search(r"\b(?:at|in|from|for|with|by)\s*$", folded):
            continue
        words = folded.split()
        if len(words) < 3 or not _STATING.search(folded):
            continue  # "spa 2003. silverstone. who won gto": a bare name is no scene set
        said |= {w for k, w in enumerate(words) if w.isalpha() and not (k and words[k - 1] in ("at", "in", "from"))
                 and not re.search(rf"(?<![a-z])[A-Z]\w*{re.escape(w[1:])}\b", clause)}
    return said


def _slip_of_title(word: str, race_words: set[str]) -> bool:
    """ "the 1960 glover trohpy": one slip (a letter swapped, lost or added) of a word of the race named."""
    return len(word) >= 5 and any(len(t) >= 5 and OSA.distance(word, t) <= 1 for t in race_words)


def content_left(p: Frame) -> list[str]:
    """Words of the question that named no race, entity or filler: what the question asks, unread."""
    return [w for i, w in enumerate(p.words) if i not in p.used and w not in _NAMING_WORDS and not w.isdigit()]


_NAME_JOINERS = r"(?:for|of|de|del|della|di|da|do|dos|du|la|le|the|and|&|von|van|der|den|y|e)"


def as_written(text: str, raw: str) -> str:
    """An unknown name as the question wrote it, whole: "Racing for Holland", not "Racing" (the
    small words inside a name, and a country in it, are linked on their own)."""
    words = text.split()
    word = r"[A-Z][\w'’&.-]*"
    around = re.search(rf"(?:\b{word}\s+(?:{_NAME_JOINERS}\s+)*)*(?i:"
                       + r"\W+".join(re.escape(w) for w in words)
                       + rf")(?:(?:\s+{_NAME_JOINERS})*\s+{word})*", raw)
    if around:
        found = around.group(0).split()
        while found and fold(found[0]) in _QUESTION_WORDS:  # "Did Racing for Germany win": not "Did"
            found.pop(0)
        while found and fold(found[-1]) in _QUESTION_WORDS | _TRAILING_VERBS:  # "How Did X Do": not "Do"
            found.pop()
        if found and len(found) >= len(words) and all(ch.isupper() for ch in (found[0][0], found[-1][0])):
            return " ".join(found)
    m = re.search(re.escape(text).replace(r"\ ", r"\W+"), fold(raw))
    if m:
        return " ".join(w.capitalize() for w in text.split())
    return text


_TRAILING_VERBS = frozenset("win won finish finished race raced drive drove do go fare results result".split())


_QUESTION_WORDS = frozenset("who what which where when how did does do was were is are has have had why can could "
                            "tell show list give".split())
