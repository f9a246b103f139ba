"""Folding names before comparing them: accents, case, hyphens and apostrophes do not matter."""
from __future__ import annotations

import re
import unicodedata

_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,]+")
_DROPPED = re.compile(r"['’`´ʼ\"()\[\]]")
_NOT_WORD = re.compile(r"[^0-9a-z& ]+")
_ASCII = {i: (" " if chr(i) in " \t\n\r-_/.," else "" if chr(i) in "'`\"()[]" else
              chr(i) if chr(i) in "0123456789abcdefghijklmnopqrstuvwxyz&" else " ") for i in range(128)}
_ASCII_TABLE = str.maketrans(_ASCII)
_EXTRA_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ł": "l", "ı": "i", "þ": "th"})


def fold(text: str) -> str:
    """Lower-case ASCII form of ``text``: NFKD, marks dropped, casefolded, separators as one space.

    Apostrophes vanish ("O'Connell" -> "oconnell"); hyphens, dots and slashes become spaces
    ("Jean-François" -> "jean francois").
    """
    if text.isascii():  # fast path: one translate pass instead of normalisation and regexes
        return " ".join(text.lower().translate(_ASCII_TABLE).split())
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        lowered = stripped.casefold().translate(_EXTRA_LETTERS)
    lowered = _DROPPED.sub("", lowered)
    lowered = _SEPARATORS.sub(" ", lowered)
    lowered = _NOT_WORD.sub(" ", lowered)
    return " ".join(lowered.split())


def compact(text: str) -> str:
    """``fold`` with the spaces removed: "Jean-François" == "jeanfrancois"."""
    return fold(text).replace(" ", "")


def slugify(text: str) -> str:
    """A URL- and CLI-friendly identifier for a race title."""
    return fold(text).replace("&", "and").replace(" ", "-")
