"""The country a circuit is in, so that "the Belgian race" or "who won in Italy?" finds Spa or Monza.

Articles name the circuit, never its country. Each country lists the places (a word or a phrase)
that, in a circuit's name, put it there; a circuit no place matches has no country and is never
taken for one.
"""
from __future__ import annotations

from functools import lru_cache

from data.folding import fold

_PLACES = {
    "BEL": ["spa", "francorchamps", "zolder", "nivelles"],
    "ITA": ["monza", "imola", "enzo e dino ferrari", "mugello", "vallelunga", "misano", "magione", "pergusa", "enna", "adria", "varano"],
    "CZE": ["brno", "masaryk", "autodrom most"],
    "FRA": ["dijon", "prenois", "magny cours", "nevers", "sarthe", "paul ricard", "le castellet", "nogaro",
            "ledenon", "le mans", "montlhery"],
    "PRT": ["estoril", "portimao", "algarve", "braga", "madeira"],
    "DEU": ["oschersleben", "nurburgring", "hockenheim", "hockenheimring", "lausitzring", "sachsenring",
            "norisring"],
    "GBR": ["donington", "silverstone", "brands hatch", "snetterton", "oulton park", "thruxton", "knockhill",
            "croft", "goodwood", "rockingham"],
    "USA": ["road atlanta", "sebring", "laguna seca", "watkins glen", "mid ohio", "lime rock", "daytona",
            "long beach", "road america", "elkhart lake", "miller motorsports", "virginia international",
            "homestead", "circuit of the americas", "sears point", "sonoma", "portland international",
            "talladega", "indianapolis", "milwaukee mile", "the milwaukee mile", "bristol motor", "dover international",
            "darlington", "kansas speedway", "texas motor", "phoenix international", "richmond international",
            "atlanta motor", "las vegas motor", "chicagoland", "kentucky speedway", "gateway international",
            "nashville superspeedway", "new hampshire", "michigan international", "california speedway",
            "lowes motor", "memphis motorsports", "o reilly raceway"],
    "CAN": ["mosport", "canadian tire", "trois rivieres", "gilles villeneuve", "montreal", "exhibition place"],
    "JPN": ["suzuka", "fuji", "motegi", "okayama", "autopolis", "sugo", "mine circuit"],
    "ESP": ["jarama", "catalunya", "montmelo", "ricardo tormo", "jerez", "albacete", "navarra", "motorland"],
    "SWE": ["anderstorp", "scandinavian raceway", "mantorp"],
    "NLD": ["zandvoort", "assen"],
    "HUN": ["hungaroring"],
    "AUT": ["a1 ring", "red bull ring", "salzburgring", "osterreichring", "spielberg"],
    "MYS": ["sepang"],
    "CHN": ["shanghai", "zhuhai"],
    "BRA": ["interlagos", "jose carlos pace"],
    "ZAF": ["kyalami"],
    "AUS": ["bathurst", "mount panorama", "phillip island", "sandown"],
    "ARE": ["dubai autodrome", "yas marina"],
    "BHR": ["bahrain", "sakhir"],
    "TUR": ["istanbul park"],
    "MEX": ["hermanos rodriguez"],
}
_BY_PLACE = sorted(((f" {place} ", iso) for iso, places in _PLACES.items() for place in places),
                   key=lambda p: -len(p[0]))  # "le mans" before a shorter place inside another name


@lru_cache(maxsize=4096)
def places_said(text: str) -> tuple[str, ...]:
    """The circuits and racing towns a folded text names ("le mans", "silverstone"), longest first, each once: a
    place fans name a race by, whether or not a stored race ran there."""
    padded = f" {text} "
    found: list[str] = []
    for place, _iso in _BY_PLACE:
        if place in padded and not any(place.strip() in f for f in found):
            found.append(place.strip())
    return tuple(found)


@lru_cache(maxsize=4096)
def circuit_country(circuit: str | None, title: str = "") -> str | None:
    """The ISO alpha-3 code of the country ``circuit`` is in (or, without a circuit, the race's
    title names), if known."""
    text = f" {fold(circuit or title)} "
    return next((iso for place, iso in _BY_PLACE if place in text), None)


# words of a town's name that other places share ("Daytona Beach" names no race "at long beach"); kept here, out
# of the question engine's modules, so that none of them becomes a word the engine knows
PLACE_FILLER = frozenset("new south north east west city united states streets republic people's and "
                         "county beach lake springs valley heights falls bay port fort saint san santa".split())


# the town fans name a circuit by, where the circuit's own name does not say it ("the race at barcelona")
_TOWNS = {
    # none of them a state or a word other places share ("beach"); "mexico city" as the 2006 race prints it
    "catalunya": "barcelona montmelo", "sepang": "lumpur", "gilles villeneuve": "montreal",
    "hermanos rodriguez": "mexico city",  # as the circuit of the 2006 race is printed: "… Mexico City"
    "exhibition place": "toronto", "lowes motor": "charlotte concord", "homestead": "miami",
    "milwaukee mile": "milwaukee", "magny cours": "nevers", "mugello": "scarperia florence", "o reilly raceway": "irp",
    "ricardo tormo": "valencia cheste", "nurburgring": "nurburg", "hungaroring": "budapest", "interlagos": "paulo",
    "road atlanta": "braselton", "spa": "francorchamps", "masaryk": "brno", "dijon": "prenois",
    "oschersleben": "magdeburg", "phillip island": "cowes", "sachsenring": "hohenstein", "monza": "milan",
    "bugatti": "le mans", "sarthe": "le mans", "talladega": "dega",
}
_BY_CIRCUIT = sorted(((f" {place} ", towns) for place, towns in _TOWNS.items()), key=lambda p: -len(p[0]))


@lru_cache(maxsize=4096)
def circuit_towns(circuit: str | None) -> str:
    """The towns a circuit is known by, beside its own name ("barcelona montmelo" for the Circuit de Catalunya)."""
    text = f" {fold(circuit or '').replace('lowe s', 'lowes')} "
    return " ".join(towns for place, towns in _BY_CIRCUIT if place in text)
