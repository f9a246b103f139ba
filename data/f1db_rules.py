"""The one-race-one-source rule shared by article ingest and the F1DB import (no YAML needed)."""
from __future__ import annotations

import logging

from data.folding import fold

log = logging.getLogger(__name__)


def same_race(title: str, date: str | None, f1_title: str, official: str, f1_date: str) -> bool:
    """A race article and an F1DB race are one race when they share a date and the article's
    folded title is F1DB's fan title ("2005 Belgian Grand Prix") or its official name."""
    return bool(date) and date == f1_date and fold(title) in (fold(f1_title), fold(official))
