"""Nationality codes as race articles print them (IOC, ISO alpha-3, ISO alpha-2) and country words."""
from __future__ import annotations

from functools import lru_cache

from dataclasses import dataclass

from data.folding import fold


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    demonym: str
    ioc: str
    iso2: str
    aliases: tuple[str, ...] = ()


# (ISO alpha-3, name, demonym, IOC, ISO alpha-2, extra words fans use)
_TABLE: tuple[tuple[str, str, str, str, str, tuple[str, ...]], ...] = (
    ("ARG", "Argentina", "Argentine", "ARG", "AR", ("argentinian",)),
    ("AUS", "Australia", "Australian", "AUS", "AU", ("aussie",)),
    ("AUT", "Austria", "Austrian", "AUT", "AT", ()),
    ("BEL", "Belgium", "Belgian", "BEL", "BE", ()),
    ("BOL", "Bolivia", "Bolivian", "BOL", "BO", ()),
    ("BRA", "Brazil", "Brazilian", "BRA", "BR", ()),
    ("CAN", "Canada", "Canadian", "CAN", "CA", ()),
    ("CHE", "Switzerland", "Swiss", "SUI", "CH", ()),
    ("CHL", "Chile", "Chilean", "CHI", "CL", ()),
    ("CHN", "China", "Chinese", "CHN", "CN", ()),
    ("COL", "Colombia", "Colombian", "COL", "CO", ()),
    ("CZE", "Czech Republic", "Czech", "CZE", "CZ", ("czechia",)),
    ("DEU", "Germany", "German", "GER", "DE", ()),
    ("DNK", "Denmark", "Danish", "DEN", "DK", ("dane", "danes")),
    ("ESP", "Spain", "Spanish", "ESP", "ES", ("spaniard", "spaniards")),
    ("EST", "Estonia", "Estonian", "EST", "EE", ()),
    ("FIN", "Finland", "Finnish", "FIN", "FI", ("finn", "finns")),
    ("FRA", "France", "French", "FRA", "FR", ("frenchman", "frenchmen")),
    ("GBR", "United Kingdom", "British", "GBR", "GB",
     ("uk", "great britain", "britain", "england", "english", "scotland", "scottish", "wales",
      "welsh", "brit", "brits", "briton", "britons")),
    ("GRC", "Greece", "Greek", "GRE", "GR", ()),
    ("HKG", "Hong Kong", "Hong Konger", "HKG", "HK", ()),
    ("HUN", "Hungary", "Hungarian", "HUN", "HU", ()),
    ("IDN", "Indonesia", "Indonesian", "INA", "ID", ()),
    ("IND", "India", "Indian", "IND", "IN", ()),
    ("IRL", "Ireland", "Irish", "IRL", "IE", ("ire", "irishman")),
    ("ISR", "Israel", "Israeli", "ISR", "IL", ()),
    ("ITA", "Italy", "Italian", "ITA", "IT", ()),
    ("JPN", "Japan", "Japanese", "JPN", "JP", ()),
    ("KOR", "South Korea", "South Korean", "KOR", "KR", ("korea", "korean")),
    ("LUX", "Luxembourg", "Luxembourgish", "LUX", "LU", ()),
    ("MAC", "Macau", "Macanese", "MAC", "MO", ("macao",)),
    ("MCO", "Monaco", "Monegasque", "MON", "MC", ("monacan",)),
    ("MEX", "Mexico", "Mexican", "MEX", "MX", ()),
    ("MYS", "Malaysia", "Malaysian", "MAS", "MY", ()),
    ("NLD", "Netherlands", "Dutch", "NED", "NL",
     ("holland", "the netherlands", "dutchman", "dutchmen")),
    ("NOR", "Norway", "Norwegian", "NOR", "NO", ()),
    ("NZL", "New Zealand", "New Zealander", "NZL", "NZ", ("kiwi", "kiwis")),
    ("PER", "Peru", "Peruvian", "PER", "PE", ()),
    ("PHL", "Philippines", "Filipino", "PHI", "PH", ()),
    ("POL", "Poland", "Polish", "POL", "PL", ("polish driver",)),
    ("PRT", "Portugal", "Portuguese", "POR", "PT", ()),
    ("ROU", "Romania", "Romanian", "ROU", "RO", ()),
    ("RUS", "Russia", "Russian", "RUS", "RU", ()),
    ("SGP", "Singapore", "Singaporean", "SGP", "SG", ()),
    ("SVK", "Slovakia", "Slovak", "SVK", "SK", ("slovakian",)),
    ("SVN", "Slovenia", "Slovenian", "SLO", "SI", ()),
    ("SWE", "Sweden", "Swedish", "SWE", "SE", ("swede", "swedes")),
    ("THA", "Thailand", "Thai", "THA", "TH", ()),
    ("TUR", "Turkey", "Turkish", "TUR", "TR", ("turk", "turks")),
    ("UKR", "Ukraine", "Ukrainian", "UKR", "UA", ()),
    ("URY", "Uruguay", "Uruguayan", "URU", "UY", ()),
    ("USA", "United States", "American", "USA", "US",
     ("united states of america", "america", "americans", "yank", "yanks", "the us", "the usa", "u s a")),
    ("VEN", "Venezuela", "Venezuelan", "VEN", "VE", ()),
    ("ZAF", "South Africa", "South African", "RSA", "ZA", ()),
    ("AND", "Andorra", "Andorran", "AND", "AD", ()),
    ("ARE", "United Arab Emirates", "Emirati", "UAE", "AE", ("uae", "emirates")),
    ("BGR", "Bulgaria", "Bulgarian", "BUL", "BG", ()),
    ("BHR", "Bahrain", "Bahraini", "BRN", "BH", ()),
    ("BLR", "Belarus", "Belarusian", "BLR", "BY", ()),
    ("BRB", "Barbados", "Barbadian", "BAR", "BB", ()),
    ("CRI", "Costa Rica", "Costa Rican", "CRC", "CR", ()),
    ("CUB", "Cuba", "Cuban", "CUB", "CU", ()),
    ("CYP", "Cyprus", "Cypriot", "CYP", "CY", ()),
    ("DOM", "Dominican Republic", "Dominican", "DOM", "DO", ()),
    ("ECU", "Ecuador", "Ecuadorian", "ECU", "EC", ()),
    ("EGY", "Egypt", "Egyptian", "EGY", "EG", ()),
    ("GTM", "Guatemala", "Guatemalan", "GUA", "GT", ()),
    ("HRV", "Croatia", "Croatian", "CRO", "HR", ()),
    ("IRN", "Iran", "Iranian", "IRI", "IR", ()),
    ("ISL", "Iceland", "Icelandic", "ISL", "IS", ()),
    ("JAM", "Jamaica", "Jamaican", "JAM", "JM", ()),
    ("KAZ", "Kazakhstan", "Kazakh", "KAZ", "KZ", ()),
    ("KEN", "Kenya", "Kenyan", "KEN", "KE", ()),
    ("KWT", "Kuwait", "Kuwaiti", "KUW", "KW", ()),
    ("LBN", "Lebanon", "Lebanese", "LBN", "LB", ()),
    ("LIE", "Liechtenstein", "Liechtensteiner", "LIE", "LI", ()),
    ("LTU", "Lithuania", "Lithuanian", "LTU", "LT", ()),
    ("LVA", "Latvia", "Latvian", "LAT", "LV", ()),
    ("MAR", "Morocco", "Moroccan", "MAR", "MA", ()),
    ("MLT", "Malta", "Maltese", "MLT", "MT", ()),
    ("OMN", "Oman", "Omani", "OMA", "OM", ()),
    ("PAK", "Pakistan", "Pakistani", "PAK", "PK", ()),
    ("PRI", "Puerto Rico", "Puerto Rican", "PUR", "PR", ()),
    ("PRY", "Paraguay", "Paraguayan", "PAR", "PY", ()),
    ("QAT", "Qatar", "Qatari", "QAT", "QA", ()),
    ("SAU", "Saudi Arabia", "Saudi", "KSA", "SA", ("saudis",)),
    ("SMR", "San Marino", "Sammarinese", "SMR", "SM", ()),
    ("SRB", "Serbia", "Serbian", "SRB", "RS", ()),
    ("TWN", "Chinese Taipei", "Taiwanese", "TPE", "TW", ("taiwan",)),
    ("VNM", "Vietnam", "Vietnamese", "VIE", "VN", ()),
    ("ZWE", "Zimbabwe", "Zimbabwean", "ZIM", "ZW", ()),
)

COUNTRIES: dict[str, Country] = {
    row[0]: Country(row[0], row[1], row[2], row[3], row[4], row[5]) for row in _TABLE
}

# Codes as printed in articles -> canonical ISO alpha-3. Motorsport also uses a few
# historical or federation codes (IRE for Ireland) that are in neither standard.
# Two-letter codes are rare in articles ("CZ") and collide with acronyms in team names ("GT",
# "GP", "SR"), so only those of countries common in motorsport count as codes.
_TWO_LETTER = {"CZ", "UK", "US", "NZ", "DE", "FR", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "DK", "FI", "NO",
               "PT", "JP", "AU", "CA", "BR", "AR", "MX", "IE", "PL", "HU", "RU", "ZA", "GB", "SK", "SI", "MC"}
_CODE_TO_ISO3: dict[str, str] = {}
for _c in COUNTRIES.values():
    if _c.iso2 in _TWO_LETTER:
        _CODE_TO_ISO3[_c.iso2] = _c.iso3
    _CODE_TO_ISO3[_c.ioc] = _c.iso3
    _CODE_TO_ISO3[_c.iso3] = _c.iso3
_CODE_TO_ISO3["IRE"] = "IRL"
_CODE_TO_ISO3["UK"] = "GBR"
_CODE_TO_ISO3["ENG"] = "GBR"
_CODE_TO_ISO3["SCO"] = "GBR"
_CODE_TO_ISO3["WAL"] = "GBR"
_CODE_TO_ISO3["HOL"] = "NLD"


_BY_CODE: dict[str, Country] = {code: COUNTRIES[iso3] for code, iso3 in _CODE_TO_ISO3.items()}
# every nationality code an article may print -> ISO alpha-3 (the parser's hot path reads it directly)
ISO3_BY_CODE: dict[str, str] = dict(_CODE_TO_ISO3)


def country_for_code(code: str) -> Country | None:
    """The country an article's nationality code stands for, or None if the token is no code.

    Codes are upper case as printed ("GBR", "NED", "CZ"); "Ara" or "us" are not codes.
    """
    return _BY_CODE.get(code)


def _plural(word: str) -> list[str]:
    if word.endswith(("ese", "ss", "ish", "ch")):
        return []
    return [word + "s"]


@lru_cache(maxsize=1)
def country_words() -> dict[str, str]:
    """Folded country names, demonyms (and their plurals) and aliases -> ISO alpha-3 (one table, shared: not to be
    changed by its readers)."""
    words: dict[str, str] = {}
    for c in COUNTRIES.values():
        for w in (c.name, c.demonym, *c.aliases, *_plural(c.demonym.lower())):
            words[fold(w)] = c.iso3
    return words
