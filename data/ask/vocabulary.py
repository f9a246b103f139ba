"""The words the question engine understands, gathered from its own rules.

Every phrase an intent tests for ("how many", "gained", "safety cars") is a string in the engine's
modules; the words of those strings, with their plural and verb endings, are the vocabulary. A word
of a question that names nothing stored and is not in it ("silverstone", "michael") is something
Pitwall does not know, and a question resting on it is declined rather than answered as if it were
not there.
"""
from __future__ import annotations

import ast
import logging
import re
from functools import lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

log = logging.getLogger(__name__)

_HERE = Path(__file__).parent
# every module of the engine whose phrases any stored race can answer (F1DB's own words count only where
# F1DB is stored, so formula1.py is not among them), and the facade and answers they phrase through
_NOT_PHRASES = ("__init__.py", "vocabulary.py", "formula1.py", "race_choice.py")
_MODULES = (*(path for path in sorted(_HERE.glob("*.py")) if path.name not in _NOT_PHRASES),
            _HERE.parent / "service.py", _HERE.parent / "answers.py")
# everyday words a question may carry that no rule needs to name
_EVERYDAY = frozenset("""
a about above across after again against all almost also always am among an and another any anyone anything are
around as ask asked at back be because been before being below between both but by came can could come comes
coming did do does doing done down during each either else even ever every everyone exactly far few for from get
gets getting give given go goes going gone got guy guys had has have having he her here hers him his how i if in
into is it its just know last least less let like likely lot made make many may me mean meant might mine more
most much must my near need never new next no nor not now of off often on once one only or other our out over
own per perhaps please pretty quite rather really right said same say says see seem seen shall she should show
since so some someone something still such sure tell than thank thanks that the their them then there these they
thing things think this those though through thus to too toward under until up upon us very was way we well were
what whatever when where whether which while who whoever whole whom whose why will with within without would yes
yet you your yours mate mates lads lad bro dude folks hey hi hello yo pls plz ok okay cheers lol haha
tho though actually basically honestly literally anyway btw quick question wondering curious remind remember
forgot argument settling settle buddy fam lmao omg wow idk tbh imo ngl pal ya yeah yep nope um uh hmm thx ty
random youve weve ive ur obv obviously rite reckon reckons bot pitwall
fan fans feel feels incl including little sick mad crazy insane wild brutal awesome epic iconic legendary gorgeous
beautiful ridiculous kinda sorta
cant dont wont isnt arent couldnt wouldnt shouldnt havent hasnt doesnt im ive id youre theyre thats whos
iirc afaik afair fair enough alright gotcha cool nice ah oh ooh grab grabbed grabs snag snagged nab nabbed bagged
different according participated participate participating participant participants type types kind sort ready
mark marks chart charts table tables list listed shown appear appears appeared showing named called total
amount sum record records entire overall combined respectively together versus compared named mentioned given
kph mph kmh true correct spring autumn summer winter fine sorry qs gimme gimmie lemme unrelated offtopic
bunch loads heaps tons plenty seriously genuinely legit
""".split())
# the talk around a question, which asks nothing of a driver ("shimoda raced spa that year iirc, result there?")
TALK_WORDS = frozenset("""
lol haha iirc afaik afair tbh imo ngl btw pls plz please mate mates bro dude ok okay cheers yeah yep nope hmm um uh
omg wow idk lmao honestly actually basically literally anyway again also too really still even just though tho
think guess reckon believe swear sure right
""".split())


def _stems(word: str) -> set[str]:
    out = {word}
    for suffix in ("s", "es", "ed", "d", "ing", "ers", "er", "ly"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.add(word[: -len(suffix)])
    return out


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The words the rules and everyday speech use, as written and with their endings taken off."""
    return _words() | _word_stems()


@lru_cache(maxsize=1)
def _word_stems() -> frozenset[str]:
    return frozenset(stem for w in _words() for stem in _stems(w))


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(_EVERYDAY) | frozenset(w for text in _phrases() for w in re.findall(r"[a-z]+", text))


@lru_cache(maxsize=1)
def _plain_words() -> frozenset[str]:
    """The whole words of the engine's phrases, not the stems its patterns match by ("qualif" of "qualif\\w*"):
    what a slip may be put right to."""
    return frozenset(_EVERYDAY) | frozenset(w for text in _phrases() if not _PATTERN.search(text)
                                            for w in re.findall(r"[a-z]+", text))


_PATTERN = re.compile(r"[\\()\[\]|?*+^$]")  # a regular expression's marks: its words may be stems


@lru_cache(maxsize=1)
def _phrases() -> tuple[str, ...]:
    """Every string the engine's modules hold but their docstrings and intents' names and examples, lowercased."""
    found: list[str] = []
    for path in _MODULES:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError):  # pragma: no cover - the modules ship with the package
            log.warning("could not read %s for the vocabulary", path.name)
            continue
        # one walk: docstrings, and an intent's name and example question, are for readers ("who won at
        # brno and dijon?" makes no circuit a word of the engine)
        skip: set[int] = set()
        texts: list[ast.Constant] = []
        for n in ast.walk(tree):
            if isinstance(n, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and n.body and \
                    isinstance(n.body[0], ast.Expr) and isinstance(n.body[0].value, ast.Constant):
                skip.add(id(n.body[0].value))
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "Intent":
                skip.update(id(arg) for arg in n.args[:2])
            elif isinstance(n, ast.Constant) and isinstance(n.value, str) and len(n.value) < 2000:
                texts.append(n)
        # a pattern's escapes are no letters of its words: r"\beach" is "each", never "beach"
        found.extend(re.sub(r"\\[bBdDsSwWAZ]", " ", n.value).lower() for n in texts if id(n) not in skip)
    return tuple(found)


@lru_cache(maxsize=1)
def _long_words() -> list[str]:
    return sorted(w for w in vocabulary() if len(w) >= 5)


@lru_cache(maxsize=1)
def _slip_targets() -> list[str]:
    return sorted(w for w in _plain_words() if len(w) >= 5)


@lru_cache(maxsize=1)
def _short_targets() -> list[str]:
    return sorted(w for w in _plain_words() if len(w) == 4)


@lru_cache(maxsize=4096)
def spelled_as(word: str) -> str | None:
    """The one word of the engine's a word of four letters or more is a slip of, or None. Slips are those typing makes:
    two letters swapped ("fastets", "tiem": the only slip read in a four-letter word), a letter left out but the first
    ("margn", "classifed"), a double letter typed once or thrice ("winer", "winnner"), a letter wrong in a word of eight or more; never a word of its own changed into
    another ("stage" is no "state", "coldest" no "oldest") nor into the stem a pattern matches by ("qualif")."""
    if len(word) < 4 or not word.isalpha() or word in vocabulary():
        return None
    if len(word) == 4:
        if word[-1] == word[-2] and word[:-1] in _plain_words():
            return word[:-1]  # "wonn": the last letter typed twice
        swapped = [w for w in _short_targets() if _swapped_inside(word, w)]
        return swapped[0] if len(swapped) == 1 else None
    close = [w for w, _d, _i in process.extract(word, _slip_targets(), scorer=OSA.distance, score_cutoff=1, limit=3)
             if _typing_slip(word, w)]
    # "fastes": a word left unfinished, not "faster"; "winer": a double letter typed once, not "wider"
    finished = [w for w in close if w.startswith(word) or re.sub(r"(.)\1", r"\1", w) == word]
    if _stems(word) & vocabulary():  # "retiring" is a known word's ending, unless a word was left unfinished
        return finished[0] if len(finished) == 1 else None
    return close[0] if len(close) == 1 else finished[0] if len(finished) == 1 else None


def _swapped_inside(typed: str, meant: str) -> bool:
    """ "tiem" for "time": a short word's two letters swapped, its first letter kept (the only slip a four-letter word
    is read as: one left out or doubled would make too many words of it)."""
    return len(typed) == len(meant) and typed[0] == meant[0] and sorted(typed) == sorted(meant) and sum(
        a != b for a, b in zip(typed, meant)) == 2


def _typing_slip(typed: str, meant: str) -> bool:
    """Whether ``typed`` is ``meant`` with one slip of the kind typing makes (see :func:`spelled_as`)."""
    if len(typed) == len(meant):
        k = next(i for i, (a, b) in enumerate(zip(typed, meant)) if a != b)
        swapped = typed[k + 1:k + 2] == meant[k:k + 1] and typed[k:k + 1] == meant[k + 1:k + 2]
        return swapped or (len(typed) >= 8 and k > 0)
    if len(typed) == len(meant) - 1:  # a letter left out, never the first
        k = next((i for i, (a, b) in enumerate(zip(typed, meant)) if a != b), len(typed))
        return k > 0
    k = next((i for i, (a, b) in enumerate(zip(typed, meant)) if a != b), len(meant))  # a letter too many
    return 0 < k and (typed[k] == typed[k - 1] or typed[k:k + 1] == typed[k + 1:k + 2])


@lru_cache(maxsize=4096)
def known_as_written(word: str) -> bool:
    """Whether ``word`` is a word of the rules or of everyday speech as written (or with an ending the rules' word
    shares), not a slip of one ("marquez" is no "marque")."""
    return any(ch.isdigit() for ch in word) or word in _words() or any(
        stem in _words() or stem in _word_stems() for stem in _stems(word) - {word})


def number_shaped(word: str) -> bool:
    """Whether a word with digits in it is a number as questions write one, not a code of letters and digits."""
    return bool(_NUMBER_SHAPED.fullmatch(word))


# a number as questions write one: a count, year, place, lap, time, size or speed ("144", "'03", "70s", "2nd", "p3",
# "3.6l", "75%", "250cc", "1000km", "v12s", "q3", "f1", "24h", "#25"); "xq75" or "lm75" is no number but a word
_NUMBER_SHAPED = re.compile(r"[#'’]?\d[\d.,:'’]*(?:st|nd|rd|th|s|cc|ccs|k|km|kms|l|mph|kph|kmh|h|hr|hrs|m|min|mins|"
                            r"sec|secs|pts?|laps?|x|%)?|[pqfv]\d{1,2}s?|top\d{1,2}|ss\d{1,2}|[+-]\d[\d.,:]*")  # ("ss12": a rally stage)


def known_word(word: str) -> bool:
    """Whether the engine's rules or everyday speech account for ``word`` (digits always count), or a
    one-letter slip of a long word they do ("postion", "befre" is too short to tell from other words)."""
    # a word as the rules write it, or with an ending the rules' word shares ("retiring", "retired"): a bare
    # stem of a rule's word is no word of its own ("open" of "opening lap" is golf's British Open)
    if known_as_written(word):
        return True
    return len(word) >= 6 and process.extractOne(word, _long_words(), scorer=Levenshtein.distance,
                                                 score_cutoff=1) is not None
