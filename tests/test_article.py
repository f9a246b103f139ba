"""The article parser: every field of the seed, every corpus variation, every damaged file refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from data.article import ArticleError, parse_article, read_article, split_coded
from tests.conftest import BAD, CORPUS, SEED


@pytest.fixture(scope="module")
def spa():
    return read_article(SEED)


def entry(race, number: str):
    return next(e for e in race.entries if e.car_number == number)


def test_seed_race_facts(spa):
    assert spa.title == "2003 1000 km of Spa"
    assert spa.date == "2003-08-31"
    assert spa.circuit == "Circuit de Spa-Francorchamps"
    assert spa.championships == ["2003 FIA Sportscar Championship", "2003 British GT Championship"]
    assert spa.class_championships["GTO"] == "2003 British GT Championship"
    assert spa.classes == ["SR1", "SR2", "GTO", "Guest", "GT Cup"]
    assert len(spa.entries) == 35
    assert spa.classification_rule == "75%"


def test_seed_statistics(spa):
    pole, fastest, speed = spa.stat("pole"), spa.stat("fastest_lap"), spa.stat("average_speed")
    assert (pole.value, pole.car_number, pole.team) == ("2:14.889", "25", "Audi Sport Japan Team Goh")
    assert (fastest.value, fastest.car_number) == ("2:18.074", "25")
    assert speed.value == "172.558 km/h"


def test_entry_with_two_teams_in_one_cell(spa):
    e = entry(spa, "110")
    assert [(t.name, t.country) for t in e.teams] == [("Christophe Lemée", "FRA"), ("Riverside", "FRA")]
    assert [(d.name, d.country) for d in e.drivers] == [
        ("Christophe Lemée", "FRA"), ("Jonathan Cochet", "FRA"), ("Jean-François Hemroulle", "BEL")]
    assert (e.position, e.class_name, e.class_position, e.laps) == (13, "Guest", 2, 120)
    assert (e.chassis, e.engine, e.status) == ("Lamborghini Diablo GTR", "Lamborghini 6.0L V12", "classified")


def test_entry_with_four_drivers(spa):
    e = entry(spa, "120")
    assert [d.name for d in e.drivers] == ["Nick Adams", "Marco Attard", "Steven Brady", "Robin Ward"]
    assert [t.name for t in e.teams] == ["Master Motorsport", "Damax"]
    assert (e.position, e.class_position, e.laps, e.chassis) == (17, 8, 116, "Ferrari 360 Modena N-GT")


def test_not_classified_entry(spa):
    e = entry(spa, "143")
    assert (e.position_text, e.position, e.status, e.class_position) == ("NC", None, "NC", None)
    assert (e.class_name, e.laps, e.chassis, e.engine) == ("GT Cup", 93, "Lotus Elise Sport 200", "Rover K18 1.8L I4")
    assert [d.country for d in e.drivers] == ["ITA", "ITA"]


def test_retired_entry(spa):
    e = entry(spa, "1")
    assert (e.position_text, e.status, e.laps, e.class_name) == ("DNF", "DNF", 42, "SR1")
    assert [(d.name, d.code, d.country) for d in e.drivers] == [("Jan Lammers", "NED", "NLD"), ("John Bosch", "NED", "NLD")]


def test_class_winners(spa):
    winners = {e.class_name: e.car_number for e in spa.entries if e.class_position == 1}
    assert winners == {"SR1": "25", "SR2": "52", "GTO": "122", "GT Cup": "177", "Guest": "121"}


@pytest.mark.parametrize("name, entries", [
    ("2002_FIA_Sportscar_Championship_Brno.txt", 10), ("2002_FIA_Sportscar_Championship_Dijon.txt", 11),
    ("2003_FIA_GT_Oschersleben_500km.txt", 10), ("2003_FIA_Sportscar_Championship_Estoril.txt", 11),
    ("2003_FIA_Sportscar_Championship_Monza.txt", 11), ("2003_Petit_Le_Mans.txt", 10),
])
def test_corpus_entry_counts(name: str, entries: int):
    race = read_article(CORPUS / name)
    assert len(race.entries) == entries
    assert race.date and race.circuit and race.championships


def test_codes_of_every_kind_map_to_one_country():
    brno = read_article(CORPUS / "2002_FIA_Sportscar_Championship_Brno.txt")
    valek = entry(brno, "55").drivers[2]
    assert (valek.name, valek.code, valek.country) == ("Petr Válek", "CZ", "CZE")
    plm = read_article(CORPUS / "2003_Petit_Le_Mans.txt")
    kox_car = entry(plm, "88")
    assert [(d.code, d.country) for d in kox_car.drivers] == [("CHE", "CHE"), ("NLD", "NLD"), ("CZE", "CZE")]
    assert entry(plm, "10").drivers[0].country == "MCO"
    assert entry(plm, "80").drivers[1].country == "DNK"  # IOC DEN
    assert entry(brno, "33").drivers[1].country == "DEU"  # IOC GER


def test_two_teams_in_one_cell_in_corpus():
    osch = read_article(CORPUS / "2003_FIA_GT_Oschersleben_500km.txt")
    assert [(t.code, t.name) for t in entry(osch, "21").teams] == [("GBR", "Care Racing"), ("ITA", "BMS Scuderia Italia")]


def test_acronym_inside_a_name_is_not_a_code():
    assert [p.name for p in split_coded("GBR ISL Motorsport")] == ["ISL Motorsport"]
    assert [p.name for p in split_coded("ITA GP Racing")] == ["GP Racing"]


def test_spaced_engine_and_particles():
    plm = read_article(CORPUS / "2003_Petit_Le_Mans.txt")
    assert entry(plm, "38").engine == "Audi 3.6 L Turbo V8"
    osch = read_article(CORPUS / "2003_FIA_GT_Oschersleben_500km.txt")
    assert entry(osch, "18").drivers[0].name == "Arjan van der Zwaan"


def test_car_number_kept_as_printed():
    text = SEED.read_text().replace("| 2 | SR1 | 16 |", "| 2 | SR1 | 08 |")
    race = parse_article(text, "x.txt")
    assert "08" in {e.car_number for e in race.entries}
    assert "16" not in {e.car_number for e in race.entries}


@pytest.mark.parametrize("path", sorted(BAD.glob("*.txt")), ids=lambda p: p.name)
def test_damaged_articles_are_refused_with_file_and_line(path: Path):
    with pytest.raises(ArticleError) as err:
        read_article(path)
    assert err.value.path == str(path) and err.value.line > 0
    assert str(path) in str(err.value)


def test_shifted_columns_refused_even_with_a_title():
    text = "= 2003 Grand Prix Americas =\n\n" + (BAD / "columns_shifted_2003_Grand_Prix_Americas_mirror.txt").read_text()
    with pytest.raises(ArticleError):
        parse_article(text, "mirror.txt")
    fixed_rows = "\n".join("| " + ln if "|" in ln and not ln.startswith("|") else ln for ln in text.splitlines())
    with pytest.raises(ArticleError, match="shifted|separator|not a number"):
        parse_article(fixed_rows, "mirror.txt")


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("no title here\n| Pos | No | Drivers | Laps |\n", "Title"),
    ("= T =\n\nintro\n", "no results table"),
    ("= T =\n\n| Pos | Class | Team | Laps |\n| 1 | A | X | 3 |\n", "lacks column"),
    ("= T =\n\n| Pos | No | Drivers | Laps |\n| 1 | 5 | Ann Bee | many |\n", "laps"),
    ("= T =\n\n| Pos | No | Drivers | Laps |\n| first | 5 | Ann Bee | 3 |\n", "position"),
])
def test_malformed_articles(text: str, message: str):
    with pytest.raises(ArticleError, match=message):
        parse_article(text, "t.txt")


def test_single_row_table_without_engine_row():
    race = parse_article("= T 2001 =\n\nIt took place on May 5, 2001.\n\n"
                         "| Pos | No | Drivers | Chassis | Laps |\n| 1 | 5 | GBR Ann Bee | Lola | 30 |\n"
                         "| DSQ | 7 | FRA Cy Dee | Audi | 29 |\n", "t.txt")
    assert [(e.position_text, e.status) for e in race.entries] == [("1", "classified"), ("DSQ", "DSQ")]
    assert race.date == "2001-05-05"


def test_wiki_markup_and_reference_marks_are_stripped():
    text = SEED.read_text().replace("| 1 | SR1 | 25 | JPN Audi Sport Japan Team Goh |",
                                    "| 1 | SR1 | 25 | JPN [[Audi Sport Japan|Audi Sport Japan Team Goh]][1] |")
    text = text.replace("| Audi R8 | | 144 |", "| '''Audi R8'''[citation needed] | | 144 |")
    e = parse_article(text, "x.txt").entries[0]
    assert e.teams[0].name == "Audi Sport Japan Team Goh" and e.chassis == "Audi R8"


def test_variations_seen_in_other_articles():
    text = ("= 2003 Test 500 =\n\nThe 2003 Test 500 was held at Sebring International Raceway on 15 March 2003.\n\n"
            "| Pos | Class | No | Team | Drivers | Chassis | Tyre | Laps |\n| Engine | | | | | | | |\n"
            "| 1 | P1 | 7 | USA Team A | USA Ann Bee GBR Cy Dee | Audi R8 | M | 300 |\n| Audi 3.6L Turbo V8 | | | | | | | |\n"
            "| DNS | P1 | 8 | USA Team B | USA Ed Eff | Lola B2K/10 | D | – |\n| Judd 4.0L V10 | | | | | | | |\n")
    race = parse_article(text, "t.txt")
    assert [(e.position_text, e.laps, e.tyre) for e in race.entries] == [("1", 300, "Michelin (M)"),
                                                                          ("DNS", None, "Dunlop (D)")]
    assert race.date == "2003-03-15" and race.circuit == "Sebring International Raceway"
    assert race.location is None  # no town printed, none made up
    with pytest.raises(ArticleError, match="laps"):
        parse_article(text.replace("| 300 |", "| – |"), "t.txt")  # a classified car must have laps


def test_the_town_where_a_race_ran_is_read_after_its_circuit() -> None:
    from data.article import place_of
    assert place_of("It was held on July 8 at Exhibition Place in Toronto, Ontario, Canada. Will Power won.",
                    "Exhibition Place") == "Toronto, Ontario, Canada"
    assert place_of("The race was held at the Circuit Gilles Villeneuve, Montreal, Canada. It was the 7th race.",
                    "Circuit Gilles Villeneuve") == "Montreal, Canada"
    assert place_of("The race took place in Sydney, New South Wales, Australia. The winner...", None) == \
        "Sydney, New South Wales, Australia"
    assert place_of("Audi won at Spa.", "Spa") is None


def test_car_column_beside_a_number_column_is_the_chassis_and_statistics_distance_wins():
    text = ("= 2003 Test 1000 =\n\nThe 2003 Test 1000 ran for 1000 kilometers at Donington Park on May 5, 2003.\n\n"
            "| Pos | Class | No. | Entrant | Drivers | Car | Tyre | Laps |\n| Engine | | | | | | | |\n"
            "| 1 | GT | 9 | GBR Team A | GBR Ann Bee | Lister Storm | D | 200 |\n| Jaguar 7.0L V12 | | | | | | | |\n\n"
            "==Statistics==\n- Distance - 1000.560 km\n- Fastest Lap - #9 Team A\n")
    race = parse_article(text, "t.txt")
    e = race.entries[0]
    assert (e.car_number, e.chassis, e.teams[0].name) == ("9", "Lister Storm", "Team A")
    assert race.distance == "1000.560 km"
    assert race.stat("fastest_lap").car_number == "9"


def test_codes_beyond_the_table_still_split_names():
    people = split_coded("GBR Ann Bee XYZ Joe Bloggs ZIM Cy Dee", people_cell=True)
    assert [(p.name, p.code, p.country) for p in people] == [
        ("Ann Bee", "GBR", "GBR"), ("Joe Bloggs", "XYZ", None), ("Cy Dee", "ZIM", "ZWE")]
    assert [p.name for p in split_coded("USA JML Team Panoz")] == ["JML Team Panoz"]


def test_acronyms_in_team_names_are_not_two_letter_codes():
    assert [p.name for p in split_coded("GBR Team GT Racing")] == ["Team GT Racing"]
    assert [p.name for p in split_coded("ITA Scuderia SR Corse")] == ["Scuderia SR Corse"]
    assert [p.name for p in split_coded("GBR Team GTR Racing")] == ["Team GTR Racing"]
    # in a Drivers cell a two-letter code starts the next person (Brno prints "CZ"); inside a
    # team's name it is a word of it ("Audi Sport UK Team Veloqx")
    assert [(p.name, p.country) for p in split_coded("AUT Gottfried Cepin CZ Petr Válek", people_cell=True)] == [
        ("Gottfried Cepin", "AUT"), ("Petr Válek", "CZE")]


def test_two_letter_code_inside_a_team_name_and_wiki_templates():
    assert [p.name for p in split_coded("GBR Audi Sport UK Team Veloqx")] == ["Audi Sport UK Team Veloqx"]
    assert [p.name for p in split_coded("GBR Care Racing ITA BMS Scuderia Italia")] == [
        "Care Racing", "BMS Scuderia Italia"]
    text = ("= 2004 Test 1000 =\n\nThe 2004 Test 1000 took place on 9 May 2004.\n\n"
            "| Pos | No | Class | Entrant | Drivers | Car | Engine | Tyre | Laps | Time/Retired |\n"
            "| 1 | 88 | LMP1 | {{flagicon|GBR}} [[Veloqx|Team Veloqx]] | {{flagicon|GBR}} Jamie Davies "
            "{{flagicon|GBR}} Johnny Herbert | Audi R8 | Audi 3.6L Turbo V8 | {{M}} | 173 | 5:21:08.617 |\n"
            "| Ret | 16 | LMP1 | FRA Pescarolo Sport | FRA Nicolas Minassian | Courage C60 | Peugeot 3.2L V6 | "
            "{{Tyre|D}} | 101 | Accident |\n")
    race = parse_article(text, "t.txt")
    first, second = race.entries
    assert [(d.name, d.country) for d in first.drivers] == [("Jamie Davies", "GBR"), ("Johnny Herbert", "GBR")]
    assert (first.teams[0].name, first.teams[0].country, first.tyre, first.time) == (
        "Team Veloqx", "GBR", "Michelin (M)", "5:21:08.617")
    assert (second.status, second.tyre, second.time) == ("DNF", "Dunlop (D)", "Accident")


def test_html_left_in_a_copied_article_is_cleaned():
    text = ("= 2004 Test 500 =\n\nThe 2004 Test 500 took place on 9 May 2004.\n\n"
            "| Pos | No | Team | Drivers | Chassis | Laps |\n"
            "| 1 | 7 | GBR Team&nbsp;A<ref name=\"a\">x</ref> | GBR Ann Bee<br />FRA Cy Dee<br>USA Ed Eff | "
            "<small>Lola B2K/10</small> | 90 |\n")
    e = parse_article(text, "t.txt").entries[0]
    assert [(d.name, d.country) for d in e.drivers] == [("Ann Bee", "GBR"), ("Cy Dee", "FRA"), ("Ed Eff", "USA")]
    assert (e.teams[0].name, e.chassis) == ("Team A", "Lola B2K/10")


def test_a_second_table_of_cars_that_did_not_finish_is_read_too():
    head = "| Pos | Class | No | Team | Drivers | Chassis | Laps |\n"
    text = ("= 2004 Test 6 Hours =\n\nThe 2004 Test 6 Hours took place on 9 May 2004.\n\n==Results==\n" + head
            + "| 1 | GT | 7 | GBR Team A | GBR Ann Bee | Lola B2K/10 | 90 |\n| 2 | GT2 | 8 | GBR Team B | FRA Cy Dee | Lola | 88 |\n"
            "\n===Did not finish===\n" + head
            + "| DNF | GT | 9 | GBR Team C | USA Ed Eff | Audi R8 | 40 |\n\n==Statistics==\n"
            "| Fastest lap | 1:32.4 |\n")
    race = parse_article(text, "t.txt")
    assert [(e.car_number, e.status, e.class_position) for e in race.entries] == [
        ("7", "classified", 1), ("8", "classified", 1), ("9", "DNF", None)]
    with pytest.raises(ArticleError, match="cut off"):  # a later results table is checked as strictly
        parse_article(text.replace("| 40 |\n", "| 40\n"), "t.txt")


@pytest.mark.parametrize("printed, status", [("NS", "DNS"), ("DNA", "DNS"), ("Unc", "NC"), ("Excl", "DSQ"),
                                              ("DNPQ", "DNQ"), ("Ret.", "DNF")])
def test_more_ways_articles_print_a_status(printed: str, status: str):
    race = parse_article("= T 2001 =\n\nIt took place on May 5, 2001.\n\n| Pos | No | Drivers | Laps |\n"
                         f"| 1 | 5 | GBR Ann Bee | 30 |\n| {printed} | 7 | FRA Cy Dee | 2 |\n", "t.txt")
    assert race.entries[1].status == status and race.entries[1].position is None


def test_a_statistic_whose_dash_follows_a_bracket_still_gives_its_value() -> None:
    from data.article import _parse_statistic
    stat = _parse_statistic("- Fastest lap - #40 John Wyer Automotive Engineering Porsche 908/03 (Leo Kinnunen)- "
                            "33:36.0 (79.890 mph/128.571 km/h)")
    assert stat is not None and stat.car_number == "40" and stat.value.startswith("33:36.0")
