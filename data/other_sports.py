"""Events of other sports fans may ask a race-results bot about ("who won the tour de france in 2003?").

Kept outside ``data/ask``: the engine's own phrases are its vocabulary (``data.ask.vocabulary``), and "open" of
"the us open" must not become a word Pitwall believes it understands wherever else it is asked.
"""
from __future__ import annotations

OTHER_SPORTS = ("tour de france", "giro d italia", "vuelta", "wimbledon", "french open", "us open", "british open",
                "australian open", "open championship", "world cup", "super bowl", "olympics", "olympic games",
                "champions league", "premier league", "ryder cup", "stanley cup", "world series", "nba", "nfl",
                "fc", "football club", "soccer", "ligue 1", "serie a", "la liga", "bundesliga")
