"""The intent registry (data/ask/intents.py): its entries are well formed, and each kind of question
reaches its intent, on the stored corpus (the seed and ../shared/corpus)."""
from __future__ import annotations

import pytest

from data.ask.frame import SLOTS
from data.ask.intents import DECLINE, INTENTS, Intent
from data.service import Pitwall


def assert_answered_as(pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    """The reply has ``status`` ("declined": any status but answered) and holds every one of ``words``."""
    answer = pw.ask(question)
    declined = status == "declined" and answer.status != "answered"
    assert (declined or answer.status == status) and all(w in answer.text() for w in words), answer.text()


# question, the intent that answers it, its status, words the answer holds
CASES = [
    ("who won round 4 of the 2002 fia sportscar championship", "round of a season", "not_found", ["Brno", "Dijon"]),
    ("who won the third race of the 2003 fia sportscar championship?", "by position", "answered",
     ["Monza", "Lammers"]),
    ("who won the 2003 fia sportscar championship", "race not stored", "unsupported", ["standings"]),
    ("who won LMP675 at spa?", "class not in the race", "not_found", ["SR1", "GTO"]),
    ("who won the gt race at petit le mans", "by position", "answered", ["Bernhard"]),
    ("who led after the first hour at spa?", "not in results", "unsupported", ["lap by lap"]),
    ("when did lammers take the lead at dijon 2002", "not in results", "unsupported", ["led which laps"]),
    ("is lammers better than kristensen", "opinion or what-if", "unsupported", ["opinions"]),
    ("should racing for holland have won spa 03", "opinion or what-if", "unsupported", ["opinions"]),
    ("would lammers have won spa 2003 if his car had kept going?", "opinion or what-if", "unsupported",
     ["what might have happened"]),
    ("who's the better sportscar driver, lammers or kristensen?", "opinion or what-if", "unsupported", ["opinions"]),
    ("who was driving the #25 when it took the chequered flag at spa", "not in results", "unsupported", ["stints"]),
    ("did they red flag spa 2003?", "not in results", "unsupported", ["flags"]),
    ("how did johnny herbert do at petit le mans?", "about a subject", "answered", ["1st overall"]),
    ("who was tom kristensen's most frequent co-driver?", "usual co-drivers", "answered", ["Seiji Ara"]),
    ("how many races did jan lammers win?", "career", "answered", ["3 races"]),
    ("which races do you have?", "stored races", "answered", ["7 races"]),
    ("how many drivers are in the database?", "stored people", "answered", ["181 drivers"]),
    ("which make won the most races?", "wins by make or country", "answered", ["Dome", "3 wins"]),
    ("how many races did audi win?", "a make's wins", "answered", ["2 of the 7"]),
    ("who won the most races?", "most wins", "answered", ["Jan Lammers"]),
    ("who raced the most?", "most entries", "answered", ["5 races"]),
    ("which team had the most cars at spa?", "table operation", "answered", ["Racing for Holland", "2 cars"]),
    ("which class had the most cars at spa?", "classes ranked", "answered", ["GTO", "11"]),
    ("what was the most common chassis at spa?", "most common value", "answered", ["TVR Tuscan T400R"]),
    ("which teams ran two cars at spa?", "teams with n cars", "answered", ["DeWALT"]),
    ("how many nationalities were at spa?", "nationalities", "answered", ["15 nationalities"]),
    ("who won at brno and dijon?", "winners of several races", "answered", ["Brno", "Dijon"]),
    ("which drivers raced at both brno and dijon?", "drivers in every race", "answered", ["7 drivers"]),
    ("who won the 2003 races?", "winners of the year's races", "answered", ["5 races of 2003"]),
    ("did the mosler beat the tvr in gto at spa?", "compare", "answered", ["Yes", "#122", "#192"]),  # makes as cars
    ("did ugeux finish ahead of lammers?", "compare", "answered", ["Yes", "Sébastien Ugeux"]),
    ("did the pole sitter win at spa?", "grid, points, places gained", "answered", ["Yes", "Kristensen"]),
    ("did martin short and tom herridge drive together?", "shared a car", "answered", ["Yes", "#122"]),
    ("how did lammers and hillebrand do at brno?", "each driver", "answered", ["Jan Lammers", "Val Hillebrand"]),
    ("what car did ugeux drive?", "about a subject", "answered", ["Gillet Vertigo Streiff"]),
    ("who took pole at spa?", "statistic", "answered", ["#25"]),
    ("who finished within 5 laps of the winner at spa?", "within laps of the winner", "answered", ["2 cars"]),
    ("who retired first at spa?", "first out", "answered", ["#129"]),
    ("silverstone british gt 2003 who won gto", "a word not known", "unsupported", ["silverstone"]),
    ("who won gto at spa?", "by position", "answered", ["Martin Short"]),
    ("which porsches retired at spa?", "listing", "answered", ["#176"]),
    ("how did zorblax do at spa?", "name not stored", "not_found", ["Zorblax"]),
    ("spa 2003 results", "race summary", "answered", ["Spa-Francorchamps"]),
    # how fans write: month and other abbreviations, "what happened" (the result, not a decline)
    ("who got 3rd overall at spa in aug 2003", "by position", "answered", ["Gabbiani"]),
    ("whats the avg speed at spa 2003", "statistic", "answered", ["172.558"]),
    ("fl at spa 03", "statistic", "answered", ["Fastest Lap", "#25"]),
    ("who had pole n fastest lap at spa 03? times pls", "statistic", "answered", ["2:14.889", "2:18.074"]),
    ("estoril 2003 sr2 cars, how did they all finish", "listing", "answered", ["#61", "#99", "not classified"]),
    ("how many ncs at spa 03", "listing", "answered", ["3 not classified"]),
    ("petr valek at brno what happened", "about a subject", "answered", ["44 laps", "no reason"]),
    ("why did petr valek retire at brno", "about a subject", "unsupported", ["don't say why"]),
]


@pytest.mark.parametrize(("question", "intent", "status", "words"), CASES, ids=[c[0] for c in CASES])
def test_each_kind_of_question_reaches_its_intent(corpus_pw: Pitwall, question: str, intent: str, status: str,
                                                 words: list[str]) -> None:
    answer = corpus_pw.ask(question)
    assert (answer.asked or {}).get("intent") == intent, answer.text()
    assert answer.status == status
    assert all(w in answer.text() for w in words), answer.text()


def test_the_registry_is_well_formed() -> None:
    names = [i.name for i in INTENTS]
    assert len(names) == len(set(names))
    for intent in INTENTS:
        assert set(intent.requires) <= set(SLOTS) and intent.allows <= set(SLOTS), intent.name
        assert not set(intent.requires) - intent.allows, f"{intent.name} requires a slot it does not allow"
        assert all(group for group in intent.signals), intent.name


def test_a_declining_intent_never_answers(corpus_pw: Pitwall) -> None:
    declining = {i.name for i in INTENTS if i.kind is DECLINE}
    for question, intent, status, _words in CASES:
        if intent in declining:
            assert status != "answered" and corpus_pw.ask(question).status != "answered", question


def test_slots_rule_an_intent_out() -> None:
    from data.ask.frame import Frame
    from data.names import NameRecord
    intent = Intent("t", "", lambda pw, p: None, signals=(("most",),), allows=frozenset({"race"}))
    frame = Frame(raw="who won the most", words="who won the most".split(), text="who won the most")
    assert intent.fits(frame)
    frame.drivers.append(NameRecord(1, "Jan Lammers", "driver"))
    assert not intent.fits(frame)
    assert not Intent("t", "", lambda pw, p: None, requires=("class",)).fits(frame)


# With every article stored, words that fit several races ("spa", "spain") are settled by what else the
# question names: a class, a make, a car number, a two-digit year beside a country.
CHOSEN = [
    ("gt cup winner at spa", ["Halliday", "Stretton", "Shrimpton"]),
    ("sr2 class winner spa 1000 km 03", ["Savoldi", "Peroni", "Francioni"]),
    ("who drove the renault clio at spa", ["Croydon", "Durrant"]),
    ("who drove car 27 in spain 92", ["Jean Alesi"]),
    ("did ferrari win the 1975 swiss gp", ["Yes", "Regazzoni"]),  # a title's country, not where it ran (Dijon)
    ("2011 indy 500 winner", ["Wheldon"]),  # "indy" is the race's, not the team Project Indy
    # a word that fits several races, beside another race: the one of the same year, each with its class
    ("who won sr2 at brno and dijon", ["Brno", "Dijon", "SR2"]),
    ("who won gto at spa and monza", ["Rollcentre", "no GTO class"]),
    ("did an audi r8 win both spa 03 and petit 03", ["Yes", "both races"]),
    ("did christian vann race at both brno and monza", ["Yes", "both", "Brno", "Monza"]),
    # a make that is a surname: the driver, where no such car ran; a make named in two words
    ("how far behind bonnier was brabham at zandvoort 1959", ["14.2 seconds", "Jack Brabham"]),
    ("how did the red bulls do in china 2009", ["Red Bull", "Vettel"]),
    # a car number with a team: that team's car of that number
    ("#8 racing for holland at dijon 2002 result", ["#8", "Hillebrand"]),
    # a make with one car in the race: that car's result
    ("lister storm result at oschersleben?", ["#6", "2nd overall", "laps"]),
    # the town where a race ran names it, as its title or circuit does: both Toronto races, by title and by place
    ("who won in toronto", ["Zanardi", "Will Power"]),
    ("who won in mexico city", ["Bourdais"]),
    ("who won in barcelona in 1992", ["Mansell"]),
    # a country the title names, wherever the race ran; "f1" and "formula 1" name the series its intro says
    ("who won rally new zealand 2008?", ["Loeb", "3:59:18.9"]),
    ("who won in switzerland in 1975", ["Regazzoni"]),
    ("who won the 2009 chinese formula 1 gp", ["Vettel"]),
    ("montreal 2008 f1 race, who won", ["Kubica"]),
    # a column the table prints, asked as fans say it: "Winnings" is what a driver won
    ("how much did jeff gordon win at the 2007 aaron's 499", ["$355,511"]),
    ("by how much did raikkonen win at spa 2005", ["28.394 seconds"]),
    # the grid: the last slot, among the top N, and whether the pole sitter won
    ("who started furthest back at the 2007 aaron's 499", ["Dale Jarrett", "grid 43"]),
    ("indy 2011, who started furthest back and still finished top 5", ["Graham Rahal", "grid 29"]),
    ("did the pole sitter win at spa 2005", ["No:", "Montoya", "Räikkönen won"]),
    ("did fernando alonso win from pole position at malaysia 2005", ["Yes:", "Alonso"]),
    ("who had the better starting position, james hunt or carlos reutemann at the 1975 argentine gp?",
     ["Carlos Reutemann started ahead of James Hunt", "grid 3"]),
    ("did justin wilson start ahead of will power in the 2006 gran premio telmex?", ["Yes.", "grid 1 to grid 4"]),
    ("what grid position did the winner start from at san jose 2007?", ["grid 15", "Doornbos"]),
    ("how many riders retired after an accident at the 2010 catalan gp 125cc race?", ["6 cars"]),
    ("who was in the #8 and #9 at dijon 2002", ["Hillebrand", "Gabbiani"]),
    # a team's points in one race are its cars' sum; a series said by its initials or as "Formula One"
    ("how many points did bmw sauber get in canada 2008", ["18 points"]),
    # from the review: an order, a count said, a close finish, a placing are read as such
    ("who was better placed, kubica or heidfeld at canada 2008?", ["Kubica"]),
    ("which two drivers won the 1967 24 Hours of Le Mans?", ["Gurney", "Foyt"]),
    ("how close was the finish at the 2008 canadian gp?", ["16.495 seconds"]),
    ("how close did hamilton come to winning canada 2008", ["51 laps short"]),
    # fans' words: out on lap 0, a division, a make's nickname; pole at a circuit of two races, each
    ("who went out on lap 0 in moto2 at catalunya 2010", ["Pietri", "Rolfo", "Debón", "Di Meglio"]),
    ("who won division 2 at the eastern creek 500 in 1990", ["Phil Ward", "class 2"]),
    ("which chevys were top 10 at the 98 pepsi 400", ["Gordon", "Earnhardt"]),
    ("who got pole at silverstone", ["Jim Clark", "Fernando Alonso"]),
    ("who won the 2005 Belgian GP?", ["Räikkönen"]),  # "GP" written in capitals is no other race's name
    ("who won the 2011 Indy 500?", ["Wheldon"]),
    ("how many people raced at petit le mans 2003", ["27 drivers"]),  # people racing, not the crowd
    ("glover trophy 1960 - who won and by how much", ["Innes Ireland", "2.8 seconds"]),
    ("rallye de portugal 74, was it a fiat 1-2-3?", ["Yes: a Fiat 1-2-3", "Alén"]),
    ("dijon 02 was a racing for holland 1-2 yeah?", ["Yes: a Racing for Holland 1-2", "Gabbiani"]),
    ("was it a ferrari 1-2 at spa 2005", ["No: not a Ferrari 1-2", "Räikkönen"]),
    ("who won the 2006 Mexico City Champ Car race?", ["Bourdais"]),
    ("who won the 2003 ALMS race", ["Lehto"]),
    ("how did the chaparrals get on at le mans 1967", ["225 laps", "91 laps"]),
    # "which two ...": the count said checks the answer; a time cell "72 laps" is a lapped car's laps
    ("which two drivers retired because of a collision at the 2008 canadian gp", ["Räikkönen", "Hamilton"]),
    ("which three drivers retired because of a collision at the 2008 canadian gp", ["The results list 2, not 3"]),
    ("which drivers finished with 72 laps at the 1963 international gold cup", ["Tony Maggs", "Bruce McLaren"]),
    ("how many seconds separated second and third place at the 1975 swiss gp", ["7.09 seconds"]),
    # a year alone fits each of its races: the winner of each, never the latest silently
    ("who won the f1 race in 2005", ["Alonso", "Montoya", "Räikkönen"]),
    # the infobox's pole and fastest lap, with the pole sitter's own result and the reason they stopped
    ("shanghai 2009 fastest lap?", ["Barrichello", "1:52.592"]),
    ("argentina 75, pole sitter - how did his race go", ["Jarier", "1:49.21", "did not start (DNS): Transmission"]),
    ("silverstone 67 pole and fastest lap?", ["Clark", "Hulme", "1:27.0"]),
]


@pytest.mark.parametrize(("question", "words"), CHOSEN, ids=[c[0] for c in CHOSEN])
def test_what_else_is_named_chooses_among_races(every_pw: Pitwall, question: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, "answered", words)


def test_a_car_number_that_was_not_the_team_s_is_declined(every_pw: Pitwall) -> None:
    answer = every_pw.ask("#1 racing for holland at dijon 2002 result")
    assert answer.status == "not_found" and "#8" in answer.text() and "#9" in answer.text(), answer.text()


def test_a_class_no_candidate_race_had_is_declined(every_pw: Pitwall) -> None:
    for question in ("gt cup winner at oschersleben", "lmgtp class results petit le mans 2003"):
        answer = every_pw.ask(question)
        assert answer.status == "not_found" and "class" in answer.text().lower(), answer.text()


# A message that joins two questions gets both answered, the second on the first's subject; when a part
# cannot be answered, the reply gives what was and declines the rest.
JOINED = [
    ("who drove the taurus lola at spa 03 and where'd it end up", "answered", ["Justin Keen", "4th overall"]),
    ("who won the 05 belgian gp and by how much", "answered", ["Räikkönen", "28.394 seconds"]),
    ("who was the czech guy at brno 02 and how did his car go", "answered", ["Petr Válek", "44 laps"]),
    ("who was the czech guy at brno 02 and what was his salary", "unsupported", ["Petr Válek", "As for"]),
    # two things a race has, asked by their names; the margin asked in seconds is never given in laps
    ("gran premio telmex 2006 pole and winner", "answered", ["Justin Wilson", "Bourdais won"]),
    ("catalunya 2002 125cc winner and by how much", "answered", ["Poggiali", "0.019 seconds"]),
    ("who won estoril 2003 and by how many seconds", "unsupported", ["Boullion", "print no times"]),
]


@pytest.mark.parametrize(("question", "status", "words"), JOINED, ids=[c[0] for c in JOINED])
def test_two_questions_in_one_message(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


def test_conditions_joined_by_and_are_one_question() -> None:
    from data.ask.parts import question_parts
    for question in ("which driver did 160 laps and had 142 points?", "who finished 2nd and 3rd at spa",
                     "how did lammers and hillebrand do at brno?", "which drivers raced at both brno and dijon"):
        assert question_parts(question) == [question]


# What the article does not print, or a race or class the words do not reach, is declined, never answered
# from something nearby.
DECLINED = [
    ("how many seconds did bobbi and biagi win oschersleben by", "print no times"),
    ("which teams ran michelin at petit le mans 2003", "tyres"),  # no tyres printed
    ("moto2 result at catalunya 2002?", "MOTO2"),  # Moto2 ran in 2010, not in 2002
    ("500cc winner at the 2010 catalan gp?", "500CC"),
    ("who won the supersport race at the 2008 australian motorcycle gp", "supersport"),  # a 2007 race's class
    ("how many stops did the panoz make at road atlanta 03", "pit stops"),
    ("how much did kristensen win at spa 2003", "prize money"),  # the table prints no winnings
    # a make said after a negation is never answered as the make itself
    ("petit le mans 2003 winner + how many people were there?", "attendance"),  # the crowd, not the drivers
    ("who won the Formula One race?", "which one"),  # thirteen Grands Prix stored: which?
    ("on what lap did Trevor Taylor retire from the 1963 Gold Cup at Oulton Park?", "print no laps"),
    ("what was Robert Doornbos's fastest race lap at San Jose 2007?", "only the race's fastest lap"),
    ("why did Dick Johnson and John Bowe DNF at the 1990 Nissan Sydney 500?", "no reason"),
    ("which car finished after an Audi at spa 2003?", "after"),
    ("gt class winner at petit le mans 03? not gts, gt", "not gt"),  # never "no class GT" where GT ran
    ("who were mick doohan's teammates at the 1994 french gp", "print no team"),
    ("who won le mans 2003", "Petit Le Mans"),  # the 2003 race stored is Petit Le Mans, not the 24 Hours
]


@pytest.mark.parametrize(("question", "said"), DECLINED, ids=[c[0] for c in DECLINED])
def test_what_is_not_printed_or_not_there_is_declined(every_pw: Pitwall, question: str, said: str) -> None:
    answer = every_pw.ask(question)
    assert answer.status != "answered" and said in answer.text(), answer.text()


def test_a_yes_no_question_after_a_dash_answers_yes_or_no_first(every_pw: Pitwall) -> None:
    assert every_pw.ask("2005 malaysian gp - did button finish?").summary.startswith("No")


def test_a_subject_in_several_races_that_fit_is_never_answered_for_one_silently(every_pw: Pitwall) -> None:
    both = every_pw.ask("how did Capirossi do at the Catalan GP?")
    assert both.status == "answered" and "2002" in both.text() and "2010" in both.text(), both.text()
    which = every_pw.ask("did Rossi finish ahead of Melandri at the Australian GP?")
    assert which.status == "ambiguous" and len(which.choices) == 2, which.text()


def test_a_round_run_as_several_races_asks_which_unless_the_class_is_named(every_pw: Pitwall) -> None:
    assert every_pw.ask("who won round 6 of the 2002 motogp championship?").status == "ambiguous"
    assert "Melandri" in every_pw.ask("who won the 250cc race at round 6 of the 2002 motogp championship?").summary


def test_a_condition_after_the_pole_sitter_is_still_a_condition(every_pw: Pitwall) -> None:
    # the 1967 pole sitter finished laps down: "Yes" would ignore "on the lead lap"
    answer = every_pw.ask("did the pole sitter finish on the lead lap at the 1967 24 hours of le mans?")
    assert answer.status != "answered" or answer.summary.startswith("No"), answer.text()


def test_why_a_car_won_is_not_in_the_results(every_pw: Pitwall) -> None:
    assert every_pw.ask("who won the 2005 belgian grand prix, and why?").status == "unsupported"


def test_a_make_asked_where_the_article_prints_none_is_declined(every_pw: Pitwall) -> None:
    """No chassis printed: "no Dallara" would be a wrong answer; a constructor's name gives its engine."""
    for q in ("which drove a dallara at the 2011 indy 500", "which cars were reynards at the 98 molson indy toronto"):
        a = every_pw.ask(q)
        assert a.status == "unsupported" and "print no chassis" in a.summary, q
    renault = every_pw.ask("how many renault engined cars at the 1992 spanish gp")
    assert renault.status == "answered" and renault.summary.startswith("4 ")


@pytest.mark.parametrize(("question", "lead"), [
    ("did moss get any points at zandvoort in 59", "Yes"),  # retired, yet scored a point
    ("did kimi raikkonen score points in malaysia 2005", "No"),  # 9th: no points then
    ("did franchitti finish at toronto 98", "No"),  # CART classified him 20th, stopped with brakes
    ("did zanardi finish at toronto 98", "Yes"),
])
def test_a_yes_or_no_question_about_one_car_leads_with_the_answer(every_pw: Pitwall, question: str, lead: str) -> None:
    answer = every_pw.ask(question)
    assert answer.status == "answered" and answer.summary.startswith(lead), answer.summary


def test_a_surname_shared_by_two_drivers_and_a_make_of_the_race_is_asked_about(every_pw: Pitwall) -> None:
    """Emerson won in Buenos Aires 1975, Wilson drove the Fittipaldi car: "fittipaldi" is never the car alone."""
    for question in ("how did fittipaldi do in argentina 75", "fittipaldi beat hunt by how much in argentina 75"):
        assert every_pw.ask(question).status == "ambiguous", question
    both = every_pw.ask("who drove the zwaans viper at oschersleben 2003")  # both drove the team's one car
    assert both.status == "answered" and "Abbelen" in both.summary


def test_a_place_s_car_detail_and_a_race_said_first(every_pw: Pitwall) -> None:
    engine = every_pw.ask("estoril 2003 sportscar race - what engine did the car in 2nd have")
    assert engine.status == "answered" and "Zytek" in engine.summary
    led = every_pw.ask("indy 500 2011 - how many laps did wheldon lead?")
    assert led.status == "answered" and "laps led 1 " in led.summary
    qualified = every_pw.ask("where did the winning car qualify at the 1990 sydney 500")  # "Qual. Pos." is the grid
    assert qualified.status == "answered" and "grid 2" in qualified.summary


def test_a_word_only_a_rule_s_stem_is_not_known(every_pw: Pitwall) -> None:
    """"open" is no word of "opening lap": the British Open is golf, not the British Grand Prix."""
    assert every_pw.ask("who won the british open in 2005").status != "answered"


# -- round 9: a question's every part asked, never a nearby one ---------------------------------------
ROUND9 = [
    # a yes/no about a subject's result across races asks that result, not whether the subject was there
    ("did jarier finish in 1975", "answered", ["No", "0 of the 3"]),
    ("did ickx win in 1975", "answered", ["Yes", "1 of the 2"]),
    ("did jeff gordon win both the 1998 pepsi 400 and the 2007 aaron's 499?", "answered", ["Yes", "both"]),
    ("did pescarolo sport win any of the rounds", "answered", ["Yes", "1 race"]),
    ("did will power finish higher at san jose 2007 or at the 2007 steelback gp in toronto?", "answered",
     ["Higher in the 2007 Steelback", "Toronto"]),
    # a car number named that did not run is said; two cars with one number ask which
    ("which team entered car 6 and car 97 at le mans 1954", "not_found", ["#97"]),
    ("who drove car #4 at the 1970 targa florio", "ambiguous", ["2 cars carried #4"]),
    ("which team entered both car 6 and car 97 at le mans 1975", "answered", ["Gitanes Automobiles Ligier"]),
    # statuses of their own; a blank points column is no points
    ("how many did not pre-qualify at the 1992 spanish grand prix", "answered", ["2 non-pre-qualifying"]),
    ("how many cars started the 1998 french grand prix", "answered", ["22 starting"]),
    ("how many points did ferrari score in total at the 1975 swiss grand prix", "unsupported", ["print no points"]),
    # an engine named by size and layout
    ("how many of the retired cars had a ford 7.0l v8 engine at le mans 1967", "answered", ["5 Ford 7.0L V8"]),
    # the grid's neighbours, the winning margin, a premise that does not hold
    ("who started directly behind the pole sitter on the grid at the 1992 spanish grand prix?", "answered",
     ["Michael Schumacher (grid 2)"]),
    ("what was leffler's winning margin in the kroger 200 (07 busch)", "unsupported", ["print no times"]),
    ("who co-drove with stirling moss when he won the 1960 glover trophy", "unsupported", ["did not win"]),
    ("what place did andretti get in the 2011 indy 500", "ambiguous", ["Marco Andretti", "John Andretti"]),
    ("how many races did jeff gordon win in total in 1998", "unsupported", ["not the whole season"]),
    # slips of the engine's own words are put right; a nationality is no slip of "finish"
    ("fastes lap at the 2003 1000 km of spa?", "answered", ["2:18.074"]),
    ("silverstone 1967 british gp - how many cars were classifed", "answered", ["10 classified"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND9, ids=[c[0] for c in ROUND9])
def test_round_nine_mechanisms(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


def test_a_slip_is_put_right_only_to_one_word() -> None:
    from data.ask.vocabulary import spelled_as
    assert spelled_as("fastes") == "fastest" and spelled_as("classifed") == "classified"
    assert spelled_as("fastets") == "fastest"
    assert spelled_as("finished") is None and spelled_as("lap") is None  # known, or too short to tell


@pytest.mark.parametrize(("question", "words"), [
    ("how many retired from the motogp race at barcelona 2002", ["5 retired"]),  # a circuit's town
    ("where did dale jr finish in the 2007 dollar general 300 busch race at lowe's", ["3rd"]),  # a possessive
    ("marc marquez 125cc: where did he finish at phillip island 2008 and at catalunya 2010?", ["P9", "P1"]),
    ("did rossi win the top class at both the 2002 catalan gp and the 2006 german gp?", ["Yes", "MotoGP"]),
    ("alonso at the 2005 malaysian gp vs the 2009 chinese gp - where did he finish in each?", ["P1", "P9"]),
])
def test_two_races_of_two_years_and_circuits_by_their_towns(every_pw: Pitwall, question: str,
                                                            words: list[str]) -> None:
    assert_answered_as(every_pw, question, "answered", words)


@pytest.mark.parametrize(("question", "status", "words"), [
    ("any tvr in the top 10 at spa 2003?", "answered", ["Yes, 1 TVR car in the top 10", "#192"]),
    ("did any porsche finish in the top 10 at spa 03", "answered", ["No", "in the top 10"]),  # "03" is no P3
    ("any porsche in the top 5 at oschersleben fia gt 2003?", "answered", ["No", "top 5 overall"]),  # no class GT
    ("by how many laps did the champion audi beat the 2nd place panoz at petit le mans 03", "answered", ["8 laps"]),
    ("how many laps down on the winning audi was the rollcentre mosler at spa 2003?", "answered", ["17 laps"]),
    ("how many laps down on the winning ferrari was the rollcentre mosler at spa 2003", "unsupported", ["Ferrari"]),
])
def test_a_make_in_the_top_places_and_the_winning_make(every_pw: Pitwall, question: str, status: str,
                                                       words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


@pytest.mark.parametrize(("question", "status", "words"), [
    ("who won the 2 litre sports class at le mans 1967", "answered", ["S 2.0", "Elford"]),  # no car #2
    ("who won the over 5 litre prototype class at le mans 1967", "answered", ["P +5.0"]),  # not P 5.0
    ("how many cars in the 750 class did not finish at le mans 1954?", "answered", ["10 S 750"]),
    ("who won the 1.1 litre class at le mans 1954", "answered", ["S 1.1", "Arkus-Duntov"]),
    ("who won the 1.3 litre gt class at le mans 1967", "not_found", ["1 3 LITRE"]),  # only a P 1.3 ran
    ("who won the production class at rally new zealand 2008", "answered", ["PCWRC", "Prokop"]),
    ("250cc french gp 1994 which hondas retired", "answered", ["Fiorillo"]),  # a meeting's race, no class
])
def test_a_class_said_by_size_or_by_name(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


def test_a_column_of_its_own_is_never_read_as_another(every_pw: Pitwall) -> None:
    """'Bonus' points are the Bonus column, not the points; the last classified car is found for a difference."""
    bonus = every_pw.ask("how many bonus points did jeff gordon get in the 2007 aaron's 499?")
    assert bonus.status == "answered" and "bonus 10" in bonus.summary, bonus.summary
    gap = every_pw.ask("how many more laps did the winner complete than the last classified finisher at the "
                       "1990 nissan sydney 500?")
    assert gap.status == "answered" and "19 laps" in gap.summary, gap.summary


@pytest.mark.parametrize(("question", "status", "words"), [
    # found in review: each was answered confidently wrong before
    ("how many cars started and finished the 2009 chinese gp", "answered", ["17"]),
    ("how far back did Button start in the 2009 Chinese GP", "answered", ["5th on the grid"]),
    ("how many ford v8 cars finished le mans 1967", "declined", ["ford v8"]),  # two Ford V8 engines ran
    ("who was fastest in quali at spa 2005", "answered", ["Montoya", "Pole"]),  # "quali" is qualifying, no slip of a stem
    ("who was 2nd in the 2 litre prototype class at le mans 1967", "answered", ["Stommelen"]),
    ("did Button finish first at both the 2005 Belgian and British GP", "answered", ["No"]),
    ("who finished ahead of Button after starting behind him at the 2009 chinese gp", "declined", []),
    ("what was the winning margin over Button in China 2009", "answered", ["44.975"]),
    ("who won at long beach", "declined", ["beach"]),  # "Daytona Beach" names no race at Long Beach
])
def test_what_review_found(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


ROUND12 = [
    # a yes-or-no question gets its Yes or No first, or is declined with what was found
    ("was any car shared by four drivers at spa 2003", "answered", ["Yes", "Robin Ward"]),
    ("did anyone fail to complete a lap at monza 2003", "answered", ["No", "Every car"]),
    ("did Damon Hill make the race at the 1992 Spanish Grand Prix?", "answered", ["No", "DNQ"]),
    ("was Gordon driving a Chevrolet at the 1998 Pepsi 400?", "answered", ["Yes"]),
    ("was Gordon driving a Ford at the 1998 Pepsi 400?", "declined", []),  # never "Yes" from his result alone
    ("did trulli beat his teammate at the 2005 Malaysian Grand Prix?", "answered", ["Yes", "Ralf Schumacher"]),
    ("did Ralf Schumacher beat his teammate at the 2005 Malaysian Grand Prix?", "answered", ["No", "Trulli"]),
    ("did Jason Leffler's teammate make the top ten at the 2007 NASCAR Busch Series – Kroger 200?", "answered",
     ["Yes", "Bliss"]),
    ("was the pole sitter also the winner of the gt class at spa 2003", "declined", []),
    # a win the question takes as given, in the ways fans say it, is checked against the results
    ("why did hamilton win the 2008 canadian gp", "unsupported", ["did not win"]),
    ("how did will power win monterrey 2006", "unsupported", ["did not win"]),
    ("how many laps did jan lammers win spa 2003 by", "unsupported", ["did not win"]),
    ("by how much did franchitti win toronto 98", "unsupported", ["did not win"]),
    ("how many points did jarier get for winning argentina 75", "unsupported", ["did not win"]),
    ("who did bobby labonte beat to win the 98 pepsi 400", "unsupported", ["did not win"]),
    ("by how much did zanardi win toronto 98", "answered", ["1.921"]),
    ("how many laps did kristensen win spa 2003 by", "answered", ["4 laps"]),
    ("why did hamilton not win the 2008 canadian gp", "answered", ["Collision"]),
    # a generation said is the stored one's; a two-digit year no race has is no other year
    ("al unser sr how did he do at toronto 98", "not_found", ["Al Unser Sr"]),
    ("how did al unser jr do at toronto 98", "answered", ["17th"]),
    ("how did dale earnhardt jr do in the 1998 pepsi 400", "not_found", []),
    ("how did kenny irwin jr do in the 1998 pepsi 400", "answered", ["Kenny Irwin, Jr."]),
    ("who won the 93 spanish gp", "not_found", ["1993"]),
    ("who won the 92 spanish gp", "answered", ["Mansell"]),
    ("who finished higher at spa 2003, #25 or #16?", "answered", ["Kristensen"]),
    ("why was mansell dsq'd from the 92 spanish gp", "declined", []),
    ("how close was the 125cc finish at the 2006 german motorcycle gp", "answered", ["0.010", "Pasini"]),
    # what the article does not print is declined, in its status too
    ("what tyres was the audi on at spa 2003", "unsupported", ["print no tyres"]),
    ("who qualified p2 at the 2003 1000 km of spa", "unsupported", []),
    ("how much slower was the fl than the pole time at spa 2003", "answered", ["3.185 seconds slower"]),
    ("what was the difference between pole and fastest lap at spa 2003", "answered", ["3.185"]),
    # a model named in more words is that model, or a code no stored chassis has is said unknown
    ("did the ferrari 360 challenge finish at spa 2003", "answered", ["No", "Ferrari 360 Modena Challenge"]),
    ("how did the lola b2k/40 go at monza 2003", "not_found", ["No Lola B2K/40 ran"]),
    ("how did the lola b2k/50 go at monza 2003", "declined", ["b2k/50"]),
    ("how did the lola b2k/10 go at monza 2003", "answered", ["Taurus"]),
    # a make typed with two letters swapped is the make, not a driver's name two letters off
    ("best placed ferarri at the 1970 targa florio?", "answered", ["Vaccarella", "Giunti"]),
    # a table of the cars in the race lists no non-qualifiers: none listed is no "none failed"
    ("who failed to qualify for the 1998 pepsi 400?", "unsupported", ["list no non-qualifiers"]),
    ("how many cars failed to qualify at the 1992 spanish gp", "answered", ["6"]),
    # the car beside a place named, not that place
    ("who finished right behind the gto winner at spa 2003", "answered", ["Favre", "Ricard"]),
    ("who was right ahead of p3 at spa 2003", "answered", ["Lagorce", "Sarrazin"]),
    ("who finished just behind the winner at spa 2003", "answered", ["Lagorce", "2nd overall"]),
    # "dnf" asked of one driver, said short or in full
    ("did kristensen dnf at spa 2003", "answered", ["No", "did not retire"]),
    ("did kristensen retire at spa 2003", "answered", ["No", "did not retire"]),
    ("shimoda dnf at spa 2003? how many laps", "answered", ["Yes", "104 laps"]),
    # the winner's lead over a place is that place's gap, said from the other side
    ("how many laps did the winner finish ahead of p3 at spa 2003", "answered", ["6 laps"]),
    # a second question about what the first asked for is not read as the first's
    ("team jota drivers at spa 2003 and how far did they get", "answered", ["Sam Hignett", "60 laps"]),
    # points of two cars: each one's, or their sum when asked "between them", never the first's alone
    ("how many points did #22 and #23 score at the 2009 chinese gp", "answered", ["6 points", "5 points"]),
    ("how many points did #22 and #23 score between them at the 2009 chinese gp", "answered", ["11 points"]),
    # "the french grand prix" fits the motorcycle French Grand Prix too: which one is asked
    ("who won the french grand prix", "ambiguous", ["1998 French Grand Prix", "1994 French motorcycle Grand Prix"]),
    ("who won the malaysian grand prix", "ambiguous", ["2005 Malaysian Grand Prix", "MotoGP"]),
    ("who won the 1998 french grand prix", "answered", ["Schumacher"]),
    ("who won the 2005 malaysian gp and the 1998 french gp", "answered", ["Alonso", "Schumacher"]),
    # the race's own fastest lap time is a statistic, not a lap time results never give
    ("what was the fastest lap time at spa 2003", "answered", ["2:18.074"]),
    ("was the pole sitter also fastest lap at spa 2003", "answered", ["Yes", "2:18.074"]),
    ("did the pole sitter set fastest lap at the 2005 british gp", "answered", ["No", "Räikkönen"]),
    # the two cars of a make, or of two places, compared
    ("did the two morgans do the same number of laps at spa 2003", "answered", ["Yes", "114 laps"]),
    ("p3 and p4 at spa 2003 on the same lap count?", "answered", ["Yes", "138 laps"]),
    ("did both moslers do the same laps at spa 2003", "answered", ["Yes", "127 laps"]),
    # a team's cars: each car's aspect said, "both" answered over them
    ("how many laps did the two dewalt cars do at spa 2003", "answered", ["126 laps", "84 laps"]),
    ("were both gruppe m porsches classified at spa 2003", "answered", ["No", "1 of the 2"]),
    # two surnames of one crew, one with a slip, are those two; a given name and another's surname stay unknown
    ("was the darbyshire/erdos mosler p2 in gto at spa 2003?", "answered", ["Yes", "Derbyshire"]),
    ("how did seiji lammers do at spa 2003", "not_found", []),
    # two title words run together; what a retirement's laps are said with; "clear of" is ahead of
    ("who won lemans 54?", "answered", ["Trintignant"]),
    ("how many porsches got classified at lemans 67", "answered", ["5"]),
    ("how many laps did lammers do at spa 2003 before the engine went", "answered", ["42 laps"]),
    ("how many laps ahead of second place was lehto at petit le mans 2003", "answered", ["8 laps"]),
    ("how many laps clear of 2nd was the #38 at petit le mans 2003", "answered", ["8 laps"]),
    # a place taken as given is checked like a win
    ("how far behind was loeb when he came 2nd in rally nz 2008", "unsupported", ["did not finish 2nd"]),
    ("how far behind was sordo when he came 2nd in rally nz 2008", "answered", ["17.5"]),
    # fans' spellings; a tyre asked is answered with a tyre or declined, never with another listing
    ("wat engine did the #16 have at estoril 2003", "answered", ["Peugeot"]),
    ("how many cars didnt even complete a lap at the 2007 steelback grand prix", "answered", ["4"]),
    ("what tyres was the audi sport japan r8 running at spa 2003", "declined", []),
    # round 13: a team named by its first words, what fans call makes, class winners compared, "how far did X get"
    ("how did the audi sport japan car do at spa 2003", "answered", ["#25", "1st overall"]),
    ("did the lambo finish ahead of the corvette at spa 2003", "answered", ["Yes", "#110"]),
    ("did the GTO winner beat the SR2 winner at spa 2003", "answered", ["No", "behind"]),
    ("did the sr2 winner beat the gto winner at spa 2003", "answered", ["Yes", "ahead of"]),
    ("how far did wallace and shimoda get at spa 2003", "answered", ["104 laps"]),
    ("did lammers and bosch make it to the flag at spa 2003", "answered", ["No", "DNF"]),
    ("who was seji aras teammate at spa 2003", "answered", ["Kristensen"]),
    ("peter cook and paula cook on the same team at spa 2003?", "answered", ["No", "not the same team"]),
    ("who was right in front of the lamborghini at spa 2003", "answered", ["Lynch", "Lamborghini Diablo"]),
    ("who finished behind the moslers at spa 2003", "unsupported", []),
    ("what transmission did the winner use at spa 2003", "declined", ["transmission"]),
    # a podium taken as given is checked; a gap asked is a gap, never "finished higher"
    ("how many points did jenson button get for his podium at silverstone 2005", "unsupported", ["did not finish on"]),
    ("how many points did raikkonen get for his podium at silverstone 2005", "answered", ["6 points"]),
    ("how far ahead of seton was larry perkins at the flag in the 1990 sydney 500", "declined", []),
    # found in review: each was answered confidently wrong
    ("were any teams with two cars at spa 2003", "answered", ["Yes", "3 teams", "GruppeM"]),  # printed two ways, one team
    ("how did the porsche 911 turbo do at spa 2003", "answered", ["#140"]),
    ("how did the porsche 911 turbo do at le mans 1975", "answered", ["#20", "Carrera Turbo"]),
    ("how many porsche 911 carrera rs at le mans 1975", "answered", ["8 "]),  # not the RSRs too
    ("who finished right behind the last classified car at spa 2003", "declined", []),
    ("who finished right behind the gto winner in class at spa 2003", "declined", []),
    ("how many laps did kristensen do before the engine blew at spa 2003", "unsupported", ["did not retire"]),
    ("how many laps did lammers do before the engine blew at spa 2003", "answered", ["42 laps"]),
    ("what position was lammers in before the engine blew at spa 2003", "declined", []),
    ("racing for holland drivers and how many laps did they do at spa 2003", "answered", ["4 drivers", "42 laps"]),
    ("what were the lap times of the pole sitter at spa 2003", "declined", []),
    ("did bruneau dnf at spa 2003", "answered", ["No", "not classified"]),
    ("did damon hill qualify for the race in the 1992 spanish gp", "answered", ["No", "DNQ"]),
    ("was kristensen in a peugeot at spa 2003", "answered", ["No", "Audi R8"]),
    ("did trulli score in the 1998 french gp", "answered", ["No", "0 points"]),
    ("dale earnhardt sr pepsi 400 1998", "answered", ["10th"]),
    ("savoldi sr 2 result at spa 2003", "answered", ["1st in SR2"]),
    ("gto win at spa 2003? who", "answered", ["Short"]),
    ("car 88 dover result", "answered", ["Keselowski"]),
    # round 13: two classes that fold alike are told apart as printed; a qualifying gap is no race gap
    ("gt 5.0 class winner at le mans '67?", "answered", ["Spoerry", "Steinemann"]),
    ("gt +5.0 class winner at le mans '67?", "answered", ["No car was classified in GT +5.0"]),
    ("2005 british gp quali - how much slower was raikkonen than alonso", "unsupported", ["qualifying"]),
    ("montoya's quali lap at the 05 belgian gp?", "unsupported", ["qualifying"]),
    ("who retired after just 2 laps at the 2005 malaysian gp", "answered", ["Button", "Davidson", "Friesacher"]),
    # a surname in the plural is every driver of the race who bears it
    ("where did the andrettis finish at the 2011 indy 500", "answered", ["Marco Andretti", "9th", "John Andretti"]),
    ("how many points did the two aoyamas get together at the 2006 german motorcycle gp 250cc", "answered", ["15"]),
    ("where did marc marquez finish in the 125s at the 2008 australian motorcycle gp", "answered", ["9th"]),
    ("did emmo finish the swiss gp in 75?", "answered", ["No", "Clutch"]),
    ("div 2 winner at the 90 sydney 500?", "answered", ["Ward", "Goss"]),
    ("how many ferarris in the top 10 at oschersleben 2003 fia gt", "answered", ["5"]),
    ("how many roush cars were in the 98 pepsi 400 and which one finished best", "answered", ["5 entries", "Burton"]),
    ("how'd marquez do in the 125s at catalunya 2010", "answered", ["won", "Derbi"]),
    ("lol was shane lynch actually in a car at spa 2003?? which one and where did it finish", "answered",
     ["Yes", "169", "12th"]),
    ("which yamaha riders crashed out of the 2008 malaysian motogp race", "answered", ["Lorenzo", "Toseland"]),
    ("which honda riders crashed out of the 2008 malaysian motogp race", "answered", ["None of the Honda"]),
    ("why did stirling moss retire from the 1959 dutch grand prix, and after how many laps?", "answered",
     ["Gearbox", "62 laps"]),
    # round 14: "both"/"did the X finish" name the cars that did not; a rally stage, a season's points, a qualifying
    # speed, a podium and a retirement taken as given
    ("did both racing for holland cars finish at spa 2003", "answered", ["No", "not:", "42 laps"]),
    ("did the pilbeams finish at spa 2003", "answered", ["No", "90 laps", "60 laps"]),
    ("loeb's time on ss12 rally nz 2008?", "unsupported", ["stage"]),
    ("how many pts did pedrosa end the 2008 motogp season on", "unsupported", ["standings"]),
    ("dale jr qualifying speed for the 2007 aarons 499", "unsupported", ["qualifying"]),
    ("how many points for button's podium in canada 08", "unsupported", ["did not finish on the podium"]),
    ("what lap did doornbos drop out at san jose 2007", "unsupported", ["did not retire"]),
    ("what lap did lammers retire at spa 2003", "answered", ["42 laps"]),
    ("who drove the maranello concessionaires cars at the 2003 FIA GT Oschersleben 500km", "answered",
     ["Turner", "Davies", "Burt", "Mullen"]),
    ("brit gp 67 graham hill started p2, what happened to him", "answered", ["Engine", "64 laps"]),
    ("where did montoya end up in the 1999 miller lite 225 and was he on the lead lap", "answered", ["10th", "No"]),
    ("canada 08 pole sitter - how did his race end?", "answered", ["Hamilton"]),
    ("how many cars had an all-british lineup at spa 2003", "answered", ["11 cars"]),
    ("were p6 p7 and p8 all on the same lap at spa 2003", "answered", ["Yes", "127 laps"]),
    ("any americans racing at spa 2003?", "answered", ["Yes", "Oberto", "Halliday"]),
    ("kiwis in the field at spa 2003?", "answered", ["Cunningham", "Hansen"]),
    ("how many porshes at spa 2003", "answered", ["4"]),
    ("did kristenson win from pole at spa 2003", "answered", ["Yes", "pole"]),
    ("did lammers win from pole at spa 2003", "answered", ["No", "did not start from pole"]),
    # a title's possessive written without its apostrophe; a part said before the race is named is that race's
    ("aarons 499 2007: how many toyotas were there and what was the best toyota finish", "answered",
     ["3 entries", "Mayfield"]),
    ("how much $$ did dale jr get for winning the aarons 499 in 07", "unsupported", ["did not win"]),
    # round 15: "by how much did X beat Y" is their gap; a nation's word with a slip before its people
    ("by how much did zanardi beat andretti at the 1998 molson indy toronto", "answered", ["1.921"]),
    ("how many belgain drivers were there at spa 2003", "answered", ["4 drivers from Belgium"]),
    ("where is manfred jurasz from", "answered", ["Austrian", "AUT"]),
    # found in the second review: each was answered confidently wrong
    ("how many cars had an all-french or all-belgian crew at spa 2003", "declined", []),
    ("how many finishers had an all-british crew at spa 2003", "declined", []),
    ("how many teams had an all-german driver lineup at the 2005 british gp", "declined", []),
    ("did button score a podium at the 2005 british gp", "declined", []),
    ("how many wins does lammers have and did he finish at spa 2003", "answered", ["3 races", "No"]),
    ("how far did kristensen get up the order at spa 2003", "declined", []),
    ("hartshorne and lynch in the same car at spa 2003?", "answered", ["No"]),
    ("how many laps did shane lynch do at spa 2003 before the engine blew", "unsupported", ["did not retire"]),
    ("how many laps did the yamahas do before they crashed at the 2008 malaysian motogp", "unsupported",
     ["Not every one"]),
    ("was lammers slow at spa 2003", "declined", []),
    ("was kristensen at spa 2003", "answered", ["Yes", "took part"]),
    # round 15: a win said as a fact is checked
    ("kimi won silverstone 2005 from 12th on the grid, whats the margin", "unsupported", ["did not win"]),
    ("troy bayliss winning time in superbike race 2 phillip island 2007?", "unsupported", ["did not win"]),
    ("how many laps did the #1 racing for holland dome win spa 2003 by", "unsupported", ["did not win"]),
    ("montoya won silverstone 2005, whats the margin", "answered", ["2.739"]),
    # older faults the second review met: the grid asked, never the finish; a teammate's points, never his own
    ("did montoya qualify ahead of alonso at the 2005 british gp", "answered", ["No", "grid 1 to grid 3"]),
    ("did button start from the back at the 2005 british gp", "declined", []),
    ("how many points did alonso's teammate score at the 2005 british gp", "answered", ["Fisichella", "5 points"]),
    # round 16: the race's round in its season, as its article says, checked against the round asked
    ("spa 1000km 2003 was round 6 of the fia sportscar champ right?", "answered", ["Yes", "sixth race"]),
    ("was spa 2003 round 9 of the fia sportscar championship", "answered", ["No", "sixth race"]),
    ("was spa 2003 round 9 of the british gt", "answered", ["Yes", "ninth race"]),
    ("what round was the 2008 canadian gp?", "answered", ["7th race"]),
    ("was spa 2003 round 6 of the alms?", "unsupported", ["does not say"]),
    ("what round was the 2005 malaysian gp", "unsupported", ["does not say"]),
    ("who won the 7th race of the 2008 formula one season", "answered", ["Kubica"]),
    # round 17: a second year or race the store lacks is said, never answered for the one it has
    ("who won the 1000km of spa in 2003 and 2004", "not_found", ["2004"]),
    ("winners of the 1975 and 1976 argentine grand prix?", "not_found", ["1976"]),
    ("list jan lammers results at monza 2003 and le mans 2003", "not_found", ["Petit Le Mans is another event"]),
    # a topic asked that the reply does not give is declined, not answered by a nearby reply
    ("who set the fastest lap at spa 2003, kristensen or ara?", "declined", []),
    ("what was the winning gap at estoril in the 2003 fia sportscar race", "declined", []),
    ("anyone retired after 19 laps at the 2008 canadian gp", "declined", []),  # never every retirement
    # a make left out; a place among a make that is the overall place; "was there a ..."
    ("who was the first non-fiat at the 1974 rallye de portugal", "answered", ["Andersson", "non-Fiat"]),
    ("how many non-audi cars finished at spa 2003", "answered", ["20 non-Audi"]),
    ("how many non-fiat cars finished at portugal 1974", "answered", ["6 non-Fiat", "Of the first 10"]),
    ("what was the first car home that wasn't a fiat at the 1974 rallye de portugal?", "answered", ["Andersson"]),
    ("who drove the 4th placed lola at spa 2003", "answered", ["Keen", "4th overall"]),
    ("was there an austrian driver at spa 2003", "answered", ["Yes", "Jurasz"]),
    # a printed column said tersely; teams by the cars of one make; each car's laps
    ("most laps led indy 500 2011?", "answered", ["Dixon", "73"]),
    ("jimmie johnson winnings at the aarons 499 2007?", "answered", ["251,736"]),
    ("which team ran two TVRs at spa 2003", "answered", ["1 team", "DeWALT"]),
    ("how many laps did #25 and #16 do at spa 2003", "answered", ["144 laps", "140 laps"]),
    ("how many laps did the balfe mosler do compared to the rollcentre one at spa 2003", "answered", ["127 laps"]),
    # a name after a race word or a comma; a name said after "not" is the one not meant
    ("98 french gp - where did ralf finish? not michael, ralf", "answered", ["Ralf Schumacher", "16th"]),
    ("2008 canadian gp, vettel started where and finished where?", "answered", ["19th"]),
    # a family said as one; fans' status verbs, surprise and slips; a car number in brackets
    ("how many laps did the brabham brothers do at the 1990 nissan sydney 500", "answered", ["123 laps", "David Brabham"]),
    ("who dnq'd in the 250cc at the 2008 australian gp", "answered", ["Bianco", "Chow"]),
    ("trevor taylor gold cup 63 what happend to him", "answered", ["Crownwheel"]),
    ("wait did michael caine actually race at spa 2003?? which car", "answered", ["Yes", "#192"]),
    ("how many laps did the other gruppe m porsche (176) do at spa 2003", "answered", ["87 laps"]),
    # two cars' laps against each other, a make's car as one of them; a car's crew
    ("how many laps behind #16 was #5 at spa 2003", "answered", ["#5 was 36 laps behind #16"]),
    ("how many laps down was pescarolo on the audi at spa 2003", "answered", ["4 laps behind #25"]),
    ("the 99 crew at spa 2003?", "answered", ["Bruneau", "Rostan"]),
    # a pole said of a car where no pole is printed per car: the grid's first place, or the pole sitter named
    ("tagliani was on pole for the 2011 indy 500 - where did he finish", "answered", ["grid 1", "28th"]),
    ("was dixon on pole at the 2011 indy 500", "answered", ["No", "grid 2"]),
    ("indy 500 2011 - did pole sitter tagliani finish the race", "answered", ["No"]),
    # "someone said" is speech, a remark after the question is no part of it, a slip of the race's own word
    ("whats the pole time for spa 1000 km 2003, someone said 2:14 something", "answered", ["2:14.889"]),
    ("did the pescarolo courage even finish at monza (2003 fia sportscar)? i think it broke", "answered", ["No", "DNF"]),
    ("who won the 1960 glover trohpy", "answered", ["Innes Ireland"]),
    # "didn't make the finish" is a retirement; "the car that qualified 3rd" is a grid place, never P3
    ("which of the ford gt40 mk.iv's didnt make the finish at le mans 1967?", "answered", ["Andretti", "Hulme"]),
    ("nissan sydney 500 1990: what happened to the car that qualified 3rd? drivers + laps done", "answered",
     ["Longhurst", "started 3rd"]),
    # "on the podium", "in the top 3" asked of every car of a team is that, not merely classified; a race said first
    ("did both racing for holland cars finish in the top 3 at monza 2003", "answered", ["No", "1 of the 2", "not: #2"]),
    ("molson indy toronto 98 did ganassi get both cars on the podium", "answered", ["Yes", "P3"]),
    # a driver's result in each race names who shared the car; "beat X by" and "X beat Y by how much" are the gap
    ("did jan lammers win both brno and dijon in 2002?", "answered", ["Yes", "with Val Hillebrand"]),
    ("homestead 98 - how much did michael andretti beat greg moore by", "answered", ["0.075"]),
    ("at homestead 98, michael andretti beat greg moore by how much?", "answered", ["0.075"]),
    # a remark after a comma ("heard ...") or "i mean" closing the message is no part of the question
    ("who were the drivers in the 120 ferrari at spa 2003, heard it had a big lineup", "answered", ["Robin Ward"]),
    ("best brit at spa 2003?? overall i mean", "answered", ["Justin Keen"]),
    # "best irish driver" is the best placed Irish driver, not an opinion; "should X have won" still is one
    ("best irish driver at spa 2003", "answered", ["Shane Lynch"]),
    ("should racing for holland have won spa 03", "declined", []),
    # the words of an engine every one of that make has ("nissan (aer)") say that make's engine
    ("how many were nissan (aer) powered at spa 2003", "answered", ["3 "]),
    ("how many ford cosworth cars at the 1975 swiss gp", "declined", []),  # no engine printed: never "0"
    # statuses left out of a count ("not counting the dns") are left out, and the answer says so
    ("how many guys retired at silverstone 67? not counting the dns", "answered", ["10 ", "Not counting the DNS"]),
    ("how many entries at spa 2003 not counting the dnfs", "answered", ["24 ", "Not counting the DNF"]),
    ("who won spa 2003 not counting the dnfs", "declined", []),
    # a column asked of "the winner": the winning car's
    ("talladega 2007 aarons 499, how much did the winner take home", "answered", ["$355,511"]),
    # a team by its initials, "n" for "and", a make of two words before its model, a circuit by its town
    ("lammers n bosch in the rfh dome at spa 03 - how many laps before they dnf'd?", "answered", ["42 laps"]),
    ("targa florio 1970: hezemans and masten gregory in the alfa t33, how many laps did they get", "answered",
     ["5 laps"]),
    ("how many alfa romeos at the 1970 targa florio", "answered", ["19 "]),
    ("94 french motorcycle gp at le mans, 250cc race - who won", "answered", ["Capirossi"]),
    ("who won SR2 at masaryk ring 02", "answered", ["Mancini"]),
    # fans' words: "got the W" is won, "y did" why, "ok nvm." asks nothing
    ("pepsi 400 98 at daytona - who got the W", "answered", ["Jeff Gordon"]),
    ("y did the renauer car retire at brno 2002", "declined", ["don't say why"]),
    ("ok nvm. aarons 499 at talladega 2007 - who won", "answered", ["Jeff Gordon"]),
    # "did they win?" answered No names who did; a price is no result; one driver's "finish" with no race asks which
    ("silverstone 05 who was on pole and did they win?", "answered", ["No", "Juan Pablo Montoya won"]),
    ("how much is a used ferrari 360 modena these days", "declined", []),
    ("where'd bourdais finish?", "ambiguous", ["Sébastien Bourdais raced in 6 stored races: which one?"]),
    ("how did kimi do in the race?", "ambiguous", ["which one?"]),
    # each race named is checked: a place said with a year no stored race has; "le mans" said bare beside "petit"
    ("did alonso score more points at silverstone 2005 or monza 2005", "not_found", ["Monza", "2005"]),
    ("did more cars finish petit le mans 2003 than le mans 2003", "not_found", ["le mans"]),
    # two races with two short years; a question of one driver in two races named is answered for each (round 23)
    ("biaggi in the 250s - how did he do at le mans 94 compared to mugello 96", "answered", ["P3", "won (P1)"]),
    ("jeff gordon points at the 98 pepsi 400 and the 07 aarons 499?", "answered", ["185 points", "195 points"]),
    ("johnny herbert spain 92 vs petit le mans 03, how did each go", "answered", ["Spun Off", "won"]),
    ("jim clark's race times when he won the 63 gold cup and the 67 british gp?", "answered", ["02:58.6", "1:59:25.6"]),
    # a name printed without its middle name in one race; a meeting's race of the class the rider was in
    ("how did JPM do at talladega 07 (aarons 499) and silverstone 05", "answered", ["P31", "P1"]),
    ("anthony west, valencia 99 vs sepang 08 - what bikes n where did he finish", "answered", ["TSR-Honda", "Kawasaki"]),
    ("how did the #16 pescarolo courage do at estoril 03 compared to monza 03?", "answered", ["DNF", "49 laps"]),
    ("how did the swiss lucchini at spa 2003 do, pos and laps", "answered", ["127 laps"]),
    # nicknames and "v" for versus; "who won more" of two drivers is their wins across the stored races
    ("did JV beat his teamate frentzen at magny cours 98?", "answered", ["Yes", "Jacques Villeneuve"]),
    ("malaysia 05, toyota teammates trulli v ralf - who came out ahead", "answered", ["Jarno Trulli"]),
    ("ok random one: who won more of the races you've got stored, jeff gordon or will power", "answered",
     ["Jeff Gordon won 2 stored races", "Will Power won 1"]),
    ("katherine legge at mexico city champ car 06, result?", "answered", ["16th"]),  # "champ car 06": a year
    # "win from pole" checks both; a start stated is checked against the grid, then the question answered
    ("did biaggi win mugello 96 250cc from pole?", "answered", ["Yes", "started from pole and won"]),
    ("did jarier win argentina 75 from pole? if not who won", "answered", ["No", "Emerson Fittipaldi"]),
    ("alonso started 2nd in china 09, where did he finish", "answered", ["9th"]),
    ("alonso started 5th in china 09, where did he finish", "declined", ["started 2nd", "not 5th"]),
    ("kimi at silverstone 05 - where did he start and finish? had that engine penalty", "answered", ["12th", "P3"]),
    # round 20: "her class" is a class win; a round said as a number too; cars compared by make say the make
    ("amanda stretton at spa 2003 — did she win her class?", "answered", ["Yes", "1st in GT Cup"]),
    ("which round of the fia sportscar championship was spa 2003", "answered", ["round 6"]),
    ("the corvette vs the lamborghini at spa 2003, who was ahead", "answered",
     ["#110 Lamborghini Diablo GTR finished higher"]),
    # laps between two cars asked yes or no, the second number after "and" is a car too, "em" is them
    ("was the 133 a lap down on the 122 at spa 2003?", "answered", ["No", "same number of laps"]),
    ("was #16 2 laps behind #25 at spa 2003?", "answered", ["No, not 2 laps", "4 laps"]),
    ("gap in laps between the 52 and 63 at spa 2003?", "answered", ["2 laps"]),
    ("did michael caine race at spa 2003?? like the actor lol", "answered", ["Yes", "9th"]),
    # races listed one by one, each part linked on its own; a part saying only a year is the same event that year
    ("david brabham sydney 500 1990 and petit le mans 03 results?", "answered", ["P4", "P6"]),
    ("takuma sato silverstone 05 and indy 500 2011, where did he end up", "answered", ["P16", "P33"]),
    ("montoya finishes: milwaukee 99, silverstone 05 and talladega (aarons 499) 07?", "answered",
     ["P10", "won (P1)", "P31"]),
    ("paul tracy at toronto - 98 cart race vs 07 champ car race, where did he finish each time", "answered",
     ["P14 in the 1998 Molson Indy Toronto", "2007 Steelback Grand Prix"]),
    ("how did jochen mass do at argentina 75 and the 75 swiss gp", "answered", ["P14", "P3"]),
    ("sr2 winners at estoril and monza 03", "answered", ["Savoldi", "Hignett"]),
    # the pole sitter the statistics name by driver; a premise confirmed is said
    ("did the pole sitter win the 250 race at valencia 99?", "answered", ["No", "Shinya Nakano", "Tohru Ukawa won"]),
    ("castroneves had pole at the 99 miller lite 225 - why did he drop out", "answered",
     ["did start from pole", "Turbo boost"]),
    # "same guy?" of two races' winners; the cars that failed pre-qualifying, not the pole; "none given" declines
    ("who won both the pepsi 400 in 98 and the aarons 499 in 07? same guy right", "answered",
     ["The same: Jeff Gordon won both"]),
    ("who didnt make it through pre-qualifying at the 92 spanish gp", "answered", ["Moreno", "McCarthy"]),
    ("whats the winning race time for perkins/mezera at the sydney 500 in 1990", "declined", []),
    # what is said not to be meant is set aside; a race said first with several parts leaves the part to the question
    ("who won spa 03? the 1000km sportscar one not the f1 race", "answered", ["Kristensen"]),
    ("petit 2003 GT class winners? (the porsche class not GTS)", "answered", ["Bernhard"]),
    ("mugello 96, who won the 250 race? biaggi i assume", "answered", ["Max Biaggi won", "250cc"]),
    ("argentina 75 who came 2nd and by how much", "answered", ["James Hunt", "5.91 seconds"]),
    ("kroger 200 busch race at ORP july 07, who won", "answered", ["Jason Leffler"]),  # a circuit by its initials
    # round 21: a winner named by its role beside a car; the car its team names again; a place said with a short year
    # no stored race has; collisions, sponsors and "how come" are no result; "for what" asks why
    ("how many laps was the 25 ahead of the sr2 winner at spa 2003", "answered", ["15 laps"]),
    ("the 99 at spa 2003? (pir competition)", "answered", ["Bruneau", "90 laps"]),
    ("compare the winning laps at spa 03 and spa 04 in the 1000km", "not_found", ["Spa from 2004"]),
    ("doohan mugello 96 vs mugello 97, which race time was quicker", "not_found", ["Mugello from 1997"]),
    ("canada 08 the pit lane crash - who hit who", "declined", ["who hit whom"]),
    ("who was the main sponsor on the racing for holland dome at dijon 2002", "declined", []),
    ("moss retired from the dutch gp 59 w/ gearbox but got a point?? how", "declined", []),
    ("juan pablo montoya, which of the stored races did he win? i know silverstone 05", "answered",
     ["2005 British Grand Prix", "México"]),
    # "the 250s" is a class by engine size: never silently left out of a race that had none
    ("who was on the podium in the 250s at the 1994 French motorcycle Grand Prix – 500cc", "declined", []),
    ("mugello 96, who won the 250 race?", "answered", ["Max Biaggi"]),
    # a count asked of each race named, compared
    ("fia sportscar 2002: which had more classified finishers, brno or dijon?", "answered",
     ["More at the 2002 FIA Sportscar Championship Dijon (9)", "8 classified"]),
    ("which rally had more crews make it to the finish, nz 2008 or madeira 2013", "answered",
     ["More at the 2008 Rally New Zealand (35)"]),
    # "paired with" is sharing a car; "black jack" Jack Brabham; "in both 03 and 08" each year, every one asked
    ("who was shimoda paired with at estoril 2003 and where did they finish", "answered", ["John Nielsen", "2nd"]),
    ("silverstone 67, who finished ahead - hulme or black jack?", "answered", ["Denny Hulme finished ahead"]),
    ("did rossi win the motogp race at phillip island in both 03 and 08?", "answered",
     ["No", "not both", "Casey Stoner won"]),
    ("how many of the races the bot has did jan lammers actually win?", "answered", ["3 races"]),
    # round 22: a time gap asked in seconds is never laps; numbers after "ran"; engines in the plural; "in the gto
    # winning car" is that car; "ran 2 domes" counts
    ("time gap in seconds between the audi and pescarolo at spa 2003", "declined", ["print no times"]),
    ("gap between #25 and #16 at spa 2003", "answered", ["4 laps"]),
    ("what team ran 177 and 176 at spa 2003", "answered", ["Tech9"]),
    ("which cars had judd v10s at spa 2003", "answered", ["Dome S101", "Lola B2K/10"]),
    ("was erdos in the gto winning car at spa 2003", "answered", ["No", "#133"]),
    ("how many dnfs were ther at spa 2003", "answered", ["11 "]),
    # a yes/no about "it" after a question of its own; "how close was it" after a winner is the margin; the race named
    # first and not found is the answer, never a default race for the rest; collisions, opinions, emphasis words
    ("sydney 500 1990 - best division 2 car? was it one of the bmw m3s", "answered", ["Phil Ward", "No"]),
    ("german gp 2006 sachsenring motogp - who won and how close was it", "answered", ["Valentino Rossi", "0.145"]),
    ("results of the 2003 grand prix of the americas? who won", "declined", []),
    ("who won the opening round of the 2002 fia sportscar championship", "declined", []),
    ("honestly was the audi r8 just too dominant in 03 sportscars, killed the racing imo?", "declined", []),
    ("what actually made kevin schwantz retire in the 500 race at the 94 french gp", "declined", ["don't say why"]),
    ("how many retirements at the 2005 british gp compared to the 2005 malaysian gp", "answered",
     ["More at the 2005 Malaysian Grand Prix (7)", "1 retired car"]),
    ("125s at the 1994 french motorcycle gp, who took that one", "answered", ["Noboru Ueda"]),
    ("where did a young valentino rossi finish in the 125s at mugello 96 (italian gp)", "answered", ["4th"]),
    ("how many cars were classified at the 70 targa? roughly 50 or so?", "answered", ["49 "]),
    ("who won the 1999 miller lite... nah wait, the 1998 pepsi 400 at daytona, who won that one", "answered",
     ["Jeff Gordon"]),
    ("how many laps did tony kanaan do at the 98 miami cart race before he binned it", "answered", ["32 laps"]),
    # two places on one lap, pole and fastest lap by one car, a shared surname with each given name said
    ("were 3rd and 4th on the same lap at spa 2003?", "answered", ["Yes", "138 laps"]),
    ("pole and fl same car at spa 2003?", "answered", ["Yes", "#25"]),
    ("which cook finished higher at spa 2003, paula or peter", "answered", ["Paula Cook", "finished ahead"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND12, ids=[c[0] for c in ROUND12])
def test_round_12(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


# round 23 (its blind sets scored once on 0528009, then fixed against): a negation before "classified"; a class said by
# its kind and letter; a word nothing knows is declined before any answer that would leave it out; "indy car" is a
# kind of car; a car that never started; a model said without its make, a chassis code without its number; a given
# name and a make said as one person; crews written with slashes; given names cut short; what ended a race; a pole
# premise held by the race's own pole; a scene set before the question; the class winner by its make
ROUND23 = [
    ("which porsches never got classified at spa 2003", "answered", ["unclassified", "Gruppe M"]),
    ("group c winner at le mans 1975", "not_found", ["No class", "GROUP C"]),
    ("what laptime did jarier qualify with in argentina 1975", "declined", []),
    ("toronto indy car race winner", "declined", []),
    ("did jarier even start the 1975 argentine gp", "answered", ["No", "did not start", "Transmission"]),
    ("who drove the 911 turbo at spa 2003", "answered", ["Franck Pelle", "Peter Cook"]),
    ("how many laps did the rn motorsport dba do at spa 2003", "answered", ["104 laps"]),
    ("how did enzo ferrari do at oschersleben 2003", "not_found", ["Enzo Ferrari"]),
    ("how many laps did carel de beaufort do at zandvoort in 59", "answered", ["68 laps"]),
    ("biela/werner at petit le mans 2003, how many laps", "answered", ["385 laps"]),
    ("seb bourdais at the 2009 chinese gp", "answered", ["Sébastien Bourdais", "11th"]),
    ("what ended montoyas race at the 2005 belgian gp", "answered", ["Collision"]),
    ("toni elias had pole in the 250cc at the 2003 australian gp, where did he finish", "answered", ["pole", "11th"]),
    ("spain 92 was a washout - how many drivers spun off", "answered", ["12 cars"]),
    ("spa 2003. silverstone. who won gto", "declined", []),
    ("at spa 2003 was the palmyr lucchini on the same lap as the gto winning mosler", "answered", ["Yes", "127 laps"]),
    ("at spa 2003 was the equipe palmyr car on the same lap as the gto winning porsche", "declined", []),
    ("how many laps was the sr2 winner behind the audi at spa 2003", "answered", ["15 laps"]),
    ("lmao michael caine raced spa?? what was he driving", "answered", ["Yes", "TVR Tuscan"]),
    ("how many laps did hans herrmann do at le mans 1954 (dnf)", "answered", ["148 laps"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND23, ids=[c[0] for c in ROUND23])
def test_round_23(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


# round 24 (its blind sets scored once on 533e981, then fixed against): rookies where the table marks them; the cars
# placed between two; a race's distance said as fans say it; several teams of one name; an everyday word that is a
# surname of someone not in the race; tyres asked and not printed; a title won; "what happened" when the status is
# said; cars named together must all have done it; a remark after the question; other sports; the N cars of a make
# ahead or behind; nationality asked and not printed; one driver asked of two races
ROUND24 = [
    ("highest finishing rookie in the 1998 pepsi 400 at daytona?", "answered", ["Jerry Nadeau", "P19"]),
    ("how many rookies in the 2011 indy 500", "answered", ["5 rookies", "J. R. Hildebrand"]),
    ("best placed rookie at spa 2003", "declined", ["mark no rookies"]),
    ("was anything between the two moslers at spa 2003", "answered", ["Yes", "Philippe Favre"]),
    ("who won the spa 1000k", "answered", ["Kristensen", "2003 1000 km of Spa"]),
    ("who won the 1000km of monza", "not_found", ["1000km"]),
    ("how did the pir cars do at dijon 2002", "answered", ["#98 PiR Competition", "#99 PiR Bruneau"]),
    ("was it wet at spa in 2003? someone on here said it rained", "declined", []),
    ("michelin or dunlop on the winning audi at spa 2003?", "declined", []),
    ("who ended up winning the 2003 alms title then", "declined", []),
    ("renauer motorsport tampolli dnf at brno 02, what happened to it", "declined", ["don't say why"]),
    ("did the racing for holland cars make the finish at spa 2003", "answered", ["No", "not: #1", "42 laps"]),
    ("whats the gap between pescarolo and rn motorsport at estoril 2003? both did 68 laps", "declined", []),
    ("who won the tour de france in 2003, same summer as the spa 1000km", "declined", ["other sports"]),
    ("who won the british open in 2005", "declined", []),
    # the page prints the winner's flag (Germany), which the results store: answered since round 37 reads it
    ("what nationality was the 125cc winner at the 96 italian gp", "answered", ["German"]),
    ("why was the durango nc at brno 2002", "declined", ["no reason"]),
    ("how many points did moore get at miami 1998", "answered", ["17 points", "16+1 as printed"]),
    ("zanardi's total points from miami 98 + toronto 98?", "answered", ["34 points in all"]),
    ("what did jeff gordon start in the 98 pepsi 400 and the 07 aaron's 499", "answered", ["8th", "1st"]),
    ("anyone know who won the 1990 nissan sydney 500? the group A one", "answered", ["Perkins"]),
    ("how much $$ did jimmie johnson win for 2nd at the 07 aarons 499", "answered", ["$251,736"]),
    ("how many points did alonso get for finishing 2nd in china 09", "declined", []),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND24, ids=[c[0] for c in ROUND24])
def test_round_24(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


# round 25 (its blind sets scored once on a4728a2, then fixed against): a range of places; laps one car "put on"
# another; what powered a car; the only car of a make; engines by size, layout or turbo; "they" of a story's make;
# the first car out; slang that asks nothing ("sick car", "mad enough")
ROUND25 = [
    ("who was 4th to 7th at spa 2003", "answered", ["4th overall", "5th overall", "6th overall", "7th overall"]),
    ("how many laps did the overall winner put on the sr2 winner at spa 2003", "answered", ["15 laps"]),
    ("what was powering the taurus lola at spa 2003", "answered", ["Judd", "V10"]),
    ("was the winning audi the only audi at spa 2003", "answered", ["Yes", "only Audi"]),
    ("was the rollcentre mosler the only mosler at spa 2003", "answered", ["No", "2 Mosler cars"]),
    ("any v12s in the field at spa 2003", "answered", ["Yes", "Lamborghini 6.0L V12"]),
    ("biggest engine at spa 2003 by displacement?", "answered", ["7.0L", "Marcos"]),
    ("turbo engined cars at spa 2003?", "answered", ["4 cars", "Audi 3.6L Turbo V8"]),
    ("my uncle swears he saw the little lotus elises at spa in 03 and said they were slow as anything lol. did they "
     "even finish?? both of them i mean", "answered", ["No", "Lotus Elise", "93 laps", "48 laps"]),
    ("1998 french gp magny-cours: first car out?", "answered", ["Rosset", "16 laps"]),
    ("gillet vertigo at spa 2003, sick car. whats the engine in it", "answered", ["Alfa Romeo 3.6L V6"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND25, ids=[c[0][:60] for c in ROUND25])
def test_round_25(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


# rounds 26-28 (their blind sets scored once, then fixed against): a place the race read never ran at; a grid asked of
# a table without one; a crew written with a slash; two makes no car carries; the races a description fits, each;
# a season's title; words naming two races said as one; names said short; fans' shorthand
ROUND26_28 = [
    ("who won the 2003 fia sportscar championship round at estoril and in what chassis", "answered", ["Boullion",
                                                                                                       "Courage C60"]),
    ("who finished right behind the lammers/bosch car at monza 2003", "answered", ["Lupberger", "P2"]),
    ("phillip island 2003 motogp, best ducati and best kawasaki finishers?", "answered", ["Capirossi", "McCoy"]),
    ("biaggi total points from the two superbike races at phillip island 2007?", "answered", ["29 points"]),
    ("petit le mans 2003 overall winners and the GT class winners pls", "answered", ["Lehto", "Bernhard"]),
    ("phillip island 08 motogp, rossi started 12th and finished where? gap?", "answered", ["6.504"]),
    ("zandvoort 59 fastest lap guy - did he even finish??", "answered", ["No", "Moss", "Gearbox"]),
    ("jo siffert - le mans 67 and the 63 gold cup, laps done in each?", "answered", ["66 laps", "358 laps"]),
    ("how did the 3rd racing for holland dome do at monza 2003", "not_found", ["2 cars", "no 3rd"]),
    ("lmp900 and lmp675 winners at petit le mans 2003?", "not_found", ["LMP675"]),
    ("top N-GT finisher at spa 2003?", "not_found", ["N-GT"]),
    ("marquez motogp result catalunya 2010", "not_found", ["Márquez", "MotoGP"]),
    ("did bourdais win the champ car race in mexico city in 2007", "not_found", ["champ car"]),
    ("portuguese motogp at estoril 2003, did rossi win that one", "not_found", ["two different races"]),
    ("what did pescarolo say after winning estoril 2003", "unsupported", ["quotes"]),
    ("why was watson disqualified at the 1975 argentine gp", "unsupported", ["no reason"]),
    ("oschersleben 2003 whats the winning race time for bobbi and biagi", "unsupported", ["no time"]),
    ("audi r8 or dome s101 - which is the better car honestly", "unsupported", ["opinions"]),
    ("how many irish lads were entered at spa 2003", "answered", ["3 drivers", "Lynch", "Le Bas", "Griffin"]),
    ("homestead 98 how close was andretti over moore", "answered", ["0.075"]),
    ("canada 2008 who won and how many gbr drivers were there", "answered", ["Kubica"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND26_28, ids=[c[0][:60] for c in ROUND26_28])
def test_rounds_26_to_28(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


# the bundled race alone: a place it never ran at, a grid it never printed, initials and names said short
SEED_ALONE = [
    ("who won le mans 2003", "not_found", ["Le Mans"]),
    ("who won at le mans", "not_found", ["Le Mans"]),
    ("who started 2nd on the grid", "unsupported", ["no grid"]),
    ("who was tk's co driver", "answered", ["Seiji Ara"]),
    ("how many laps was pesca down on the team goh audi at the flag", "answered", ["4 laps"]),
    ("jf hemroulle which car was he in", "answered", ["#110", "Diablo"]),
    ("did TK win again, mr le mans himself", "answered", ["Yes", "Tom Kristensen"]),
    ("who ended up winning the 03 fia sportscar championship overall", "unsupported", ["championship"]),
    ("how many cars in the results in total, finishers + non finishers", "answered", ["35"]),
    ("the lotus elises - laps and were they classified?", "answered", ["93 laps", "48 laps"]),
    ("was the top sr2 car in front of the top gto car?", "answered", ["Yes", "Savoldi", "Short"]),
    ("shane lynch from boyzone was in a tvr i think, how'd he go", "answered", ["Eclipse", "121 laps"]),
    ("which car finished better, the audi or the dome", "answered", ["Audi R8 finished higher", "Dome"]),
]


@pytest.mark.parametrize(("question", "status", "words"), SEED_ALONE, ids=[c[0][:60] for c in SEED_ALONE])
def test_the_bundled_race_alone(seed_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(seed_pw, question, status, words)


# round 29's mechanisms, asked in words of their own
ROUND29 = [
    ("how did the courage that came 2nd do at spa 2003", "answered", ["#16", "140 laps"]),
    ("how many laps did the courage that finished 4th do at spa 2003", "unsupported", ["2nd", "not 4th"]),
    ("how many laps did the spa 2003 winner do, and the lola?", "answered", ["144", "#6", "138"]),
    ("2005 belgian gp, raikkonen won - who came third?", "answered", ["Button"]),
    ("2005 belgian gp, alonso won - who came third?", "unsupported", ["did not win"]),
    ("clark won the 1967 british gp, where did hulme start that year at silverstone?", "answered", ["Hulme"]),
    ("what was the gap between the ferraris at magny cours 98", "answered", ["19.575"]),
    ("which sr1 cars beat the lola at spa 2003", "answered", ["#25", "#16", "#2"]),
    ("did the morgan finish drivers at spa 2003", "answered", ["Morgan"]),
    ("how many cars ran the chevrolet ls1 at spa 2003", "answered", ["3 Chevrolet LS1"]),
    ("how many cars had the ls1 v8 at spa 2003", "answered", ["3 cars"]),
    ("how many cars in total at spa 2003 including the dnfs", "answered", ["35"]),
    ("how many cars dnf'd at spa 03, not counting the ncs", "answered", ["11"]),
    ("who were the dnqs at the 1992 spanish gp", "answered", ["Katayama", "Damon Hill"]),
    ("the vw at spa 2003, how many laps", "answered", ["38"]),
    ("who took pole at the 98 pepsi 400 and what was the qualifying time", "answered", ["Labonte", "46.485"]),
    ("who won both nascar cup races", "ambiguous", ["not two"]),
    ("best placed porsche at the 2003 oschersleben 500km", "answered", ["Porsche"]),
    ("best placed audi at the 2003 oschersleben 500km", "not_found", ["No entry"]),
    ("what other races did jan lammers drive besides spa 2003", "answered", ["Besides the 2003 1000 km of Spa", "Dijon"]),
    ("did robert kubica race anywhere else apart from canada 2008", "answered", ["Yes", "2009 Chinese"]),
    ("which sr2 cars other than #52 were classified at spa 2003", "answered", ["#63", "Not counting #52"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND29, ids=[c[0][:60] for c in ROUND29])
def test_round_29(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


def test_a_model_or_team_car_named_in_full_is_answered(seed_pw: Pitwall) -> None:
    """A model said with its engine's layout ("the clio v6") is the model; a team's car of one make names its crew."""
    assert_answered_as(seed_pw, "result of the renault clio v6?", "answered", ["#147", "21st"])
    assert_answered_as(seed_pw, "which drivers drove the porsche 911 turbo for point preparation", "answered",
                       ["Franck Pelle", "Peter Cook"])
    assert_answered_as(seed_pw, "the diablo gtr, what engine", "answered", ["6.0L V12"])
    assert_answered_as(seed_pw, "what chassis did the tech9 #176 have", "answered", ["Porsche 996 GT3 Cup"])
    assert_answered_as(seed_pw, "how many cars in the table, finishers + nc + dnf", "answered", ["35"])
    assert_answered_as(seed_pw, "and sr2? who won that", "answered", ["Savoldi"])


# round 30's mechanisms, asked in words of their own
ROUND30 = [
    ("pole time at spa 2003? on my phone rn sorry", "answered", ["2:14.889"]),
    ("how many gto cars at spa 2003, me and my mate are arguing", "answered", ["11 GTO"]),
    ("top 3 at monterrey 2006? bourdais won i think", "answered", ["Justin Wilson", "Allmendinger"]),
    ("who set the fastest lap at canada 2008? massa?", "answered", ["Räikkönen"]),
    ("dutch gp 1959 - who won, and how far clear was he", "answered", ["Bonnier", "14.2"]),
    ("who came 2nd in the race jason leffler won in the 2007 busch series", "answered", ["Biffle"]),
    ("what were the winning margins in the races held in canada", "answered", ["1.921", "16.495"]),
    ("how many races from 2003 are stored", "answered", ["8 races", "6 events"]),
    ("who won the 2003 grand prix of the americas", "not_found", ["grand prix of the americas"]),
    ("who won the season finale", "unsupported", ["calendar"]),
    ("what does a used audi r8 go for these days", "unsupported", ["cost"]),
    ("how many laps did the dewalt tvr that finished do at spa 2003", "answered", ["#192", "126"]),
    ("were there belgians racing at spa 2003", "answered", ["Yes", "Ugeux"]),
    ("did the audi have pole at spa 2003", "answered", ["Yes", "2:14.889"]),
    ("what chassis did the ascari run at monza 2003", "answered", ["KZR-1"]),
    ("who was right behind gabbiani and ortiz at spa 2003", "answered", ["Lavaggi"]),
    ("if the #1 dome hadnt retired at spa 2003 would it have won", "unsupported", ["what might have happened"]),
    ("the #3 ford went out after 188 laps at le mans 1967, what happened", "unsupported", ["no reason"]),
    ("sepang 2005 — who finished 2nd behind alonso, and the gap", "answered", ["Trulli", "24.327"]),
    ("petit le mans 2003 winnr?", "answered", ["Lehto"]),
    ("jarier at the 75 swiss gp, he had pole right? where did he finish", "answered", ["Jean-Pierre Jarier", "RET"]),
    ("kristensen won le mans 2003 right? whats the full result", "not_found", ["le mans"]),
    ("mugello 96, the quarter litre race - who won", "answered", ["Biaggi"]),
    ("2011 indy 500 winner and runner up", "answered", ["Wheldon", "Hildebrand"]),
    ("how did alonso get on in his two races at sepang 05 and silverstone 05", "answered", ["P1", "P2"]),
    ("indy 500 2011 podium (the one where the rookie hit the wall)", "answered", ["Wheldon", "Hildebrand"]),
    ("who won the le mans 24 hours races", "answered", ["González", "Gurney", "Ickx"]),
    ("le mans 24 hours winners you got stored?", "answered", ["González", "Gurney", "Ickx"]),
    ("who won the 500km race in 2003", "ambiguous", ["which one"]),
    ("le mans 1967 - which two drove the winning ford", "answered", ["Gurney", "Foyt"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND30, ids=[c[0][:60] for c in ROUND30])
def test_round_30(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


def test_round_32_in_words_of_their_own(seed_pw: Pitwall, every_pw: Pitwall) -> None:
    """A class's first car says where it finished overall too; the one car a story names is who the question's
    pronoun means; a remark about the chat is set aside; "2nd to X" is 2nd behind X; a belief about a car by number."""
    assert_answered_as(seed_pw, "where did the 1st sr2 car end up overall", "answered", ["1st in SR2", "P5 overall"])
    assert_answered_as(seed_pw, "my brother was cheering for the cdl racing tvr all race, how many laps did they do",
                       "answered", ["93 laps"])
    assert_answered_as(seed_pw, "fastest lap of the race? somebody in chat said 2:20", "answered", ["2:18.074"])
    assert_answered_as(every_pw, "who was 2nd to gonzalez at le mans 1954", "answered", ["Hamilton", "Rolt"])
    assert_answered_as(every_pw, "the 127 tvr at spa 2003 got NC'd right? how many laps did it do", "answered",
                       ["93 laps"])
    assert_answered_as(every_pw, "mugello 96 250cc - biaggi beat lucchi by??", "answered", ["6.914"])
    assert_answered_as(every_pw, "how long is a lap at the 2005 british gp", "unsupported", ["length"])
    assert_answered_as(every_pw, "where did rinaldo capello finish at spa in 2003", "not_found", ["not in the results"])
    assert_answered_as(every_pw, "who won the second supersport race at phillip island 2007", "not_found", ["one race"])
    assert_answered_as(every_pw, "who won the second superbike race at phillip island 2007", "answered", ["Toseland"])
    assert_answered_as(every_pw, "who won the toronto street race? the exhibition place one", "answered",
                       ["Zanardi", "Power"])


ROUND33_34 = [
    # talk around the question is not part of it; a bet is no prediction
    ("settle a bet: who won gto at spa 2003", "answered", ["Short", "#122"]),
    ("should i bet on audi next year", "unsupported", ["future"]),
    ("who ended up taking the 2003 british gt gto title?", "unsupported", ["championship"]),
    ("is the michael caine in the dewalt tvr at spa 2003 the actual actor", "unsupported", ["actor"]),
    # a year listed beside the races is that event's race of that year, never dropped
    ("phillip island winners: 2003 250cc, 2007 wsbk race 1, 2008 250cc?", "answered",
     ["Rolfo", "Bayliss", "Simoncelli"]),
    ("jarier in 1975 - argentina gp, swiss gp and le mans, how'd each go", "answered", ["Transmission", "Le Mans"]),
    ("david brabham in the 1990 sydney 500 and petit le mans 2003 - results?", "answered",
     ["Ford Sierra", "Ferrari 550", "class 1"]),
    ("did any porsche make the top 10 at spa 2003? if not where was the best one", "answered", ["No", "15th"]),
    ("what stopped jo siffert in the 1963 gold cup", "answered", ["Engine"]),
    ("toni elias had 250cc pole at phillip island 2003 - where did he finish", "answered", ["pole", "11th"]),
    ("hamilton went out on lap 12 at canada 2008, why", "answered", ["19 laps, not 12", "Collision"]),
    # the first of a make is its best placed car; the first out only where retirements are asked
    ("who was the first mitsubishi at rally new zealand 2008", "answered", ["Prokop"]),
    ("who was the first to drop out of the 1999 miller lite 225", "answered", ["fewest laps", "Castro-Neves"]),
    ("were the top 2 all mclaren cars at the 2005 belgian gp", "answered", ["No: 1 of the 2"]),
    ("what engine did the top 3 run at brno 2002", "answered", ["engine: Judd"]),
    # two cars said by class and place, each that car
    ("at spa 03, who was ahead at the finish - the gto winner or the second placed sr2 car?", "answered",
     ["Short", "finished ahead", "2nd in SR2"]),
    ("lella lombardi + charmasson at le mans 75, what were they driving", "answered", ["A441"]),
    ("ferrari teammates in argentina 75, lauda vs regazzoni who beat who", "answered", ["Regazzoni finished higher"]),
    ("how many laps did lehto drive vs herbert in the winning audi at road atlanta 03", "declined", []),
    # a statement, then a question of another race
    ("emerson fittipaldi won argentina in 75, what about the 1975 swiss gp at dijon?", "answered", ["Clutch"]),
    ("lehto won petit le mans 03... did he also race the 1992 spanish gp? how did that end", "answered",
     ["Spun Off"]),
    ("carroll shelby drove an aston at le mans 54 and at the 59 dutch gp - how many laps did he get in each",
     "answered", ["74 laps", "25 laps"]),
    ("who won sr2 at the 2003 spa 1000km? was watching the replay and lost track of the small protos", "answered",
     ["Savoldi"]),
    ("gt cup winner at spa 2003? settling a bet w/ a mate who says it was a morgan", "answered", ["Tech9"]),
    ("how many laps did the moss / walker d-type do at le mans 1954", "answered", ["92 laps"]),
    ("should racing for holland have won spa 03", "unsupported", ["opinions"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND33_34, ids=[c[0][:60] for c in ROUND33_34])
def test_rounds_33_and_34(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


ROUND35 = [
    ("pretty sure pescarolo won the spa 1000km in 03, right?", "answered", ["No", "Audi R8"]),
    ("noob q: what does NC mean in the spa 2003 results", "answered", ["75%"]),
    ("how many cars finished on 127 laps at spa 2003", "answered", ["3 cars"]),
    ("did #1 make the podium at spa 2003", "answered", ["No", "off the podium"]),
    ("what was the ascari running at monza 2003", "answered", ["KZR-1"]),
    ("how did the lister do at spa 2003", "declined", []),
    ("sachsenrign 06 125cc race, pasini beat bautsita by how little lol", "answered", ["0.010"]),
    ("le mans 54: what actually killed the moss / walker d-type? it shows up as dnf with 92 laps", "unsupported",
     ["don't say why"]),
    ("how much did hildebrand get for 2nd at the 2011 indy 500", "unsupported", ["prize money"]),
    ("how much time did button get on barrichello in china 2009", "answered", ["18.729"]),
    ("targa florio 1970, how far apart were siffert/redman and kinnunen/rodriguez at the finish? in minutes",
     "declined", []),
    ("what team was troy bayliss riding for at phillip island sbk 2007", "unsupported", ["print no team"]),
    ("sepang 2008 motogp, rossi won — what did stoner finish and how far back", "answered", ["6th", "13.640"]),
    ("greg moore was 2nd at miami 98 and milwaukee 99 (miller lite 225) - gaps to the winner both times?", "answered",
     ["0.075", "5.880"]),
    ("what was hill's problem at the 1998 french gp", "answered", ["Hydraulics"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND35, ids=[c[0][:60] for c in ROUND35])
def test_round_35(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


ROUND36 = [
    ("which marcos lasted longer at spa 2003, the mantis or the mantara", "answered", ["#144", "lasted longer", "63 laps"]),
    ("GT class win at 2003 petit le mans, which alex job car and drivers?", "answered", ["Bernhard"]),
    ("whats greg moore's hometown? he was p2 at homestead 98 right", "unsupported", []),
    ("what car did ove andersson drive and how many points at portugal rally 74", "answered", ["Corolla", "10 points"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND36, ids=[c[0][:60] for c in ROUND36])
def test_round_36(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


# round 37's mechanisms, in our own words and mostly of other races than its blind sets
ROUND37 = [
    # a list question over a few races, each named by its own words: asked of each, in time order
    ("podium at the 1967 british gp and the 1959 dutch gp?", "answered", ["1959 Dutch Grand Prix: 1st", "Clark"]),
    ("who retired at monza 03 and estoril 03", "answered", ["No retired cars", "#16 Pescarolo Sport"]),
    # the pole sitter's car answers what is asked of it; the class's best car is no opinion
    ("pole sitter's engine at spa 2003", "answered", ["Audi 3.6L Turbo V8"]),
    ("how many laps down on the winner was the best gt car at petit le mans 2003", "answered", ["34 laps"]),
    # initials only where written as such and one stored driver's alone; "gg" is never a driver
    ("where did MS finish in the 2005 british gp", "answered", ["Michael Schumacher", "6th"]),
    ("gg, who won the 2005 british gp", "answered", ["Montoya"]),
    # both statuses asked; a count stated in a yes/no is checked; a team's two cars by number
    ("dnq or dnpq at the 92 spanish gp, who", "answered", ["Katayama", "McCarthy"]),
    ("was there just one dnf at spa 03?", "answered", ["No: 11"]),
    ("which teams had 2 cars at monza 03", "answered", ["Racing for Holland (#1, #2)"]),
    # a race word cut short beside its year; the winner's nationality
    ("who won n-gt at osch 03", "answered", ["Bertolini"]),
    ("what country is the 250cc winner at sepang 2008 from", "answered", ["Spanish"]),
    # not results: share prices, qualifying sessions; a stop the results do not show is not explained
    ("audi stock price after spa 03", "unsupported", []),
    ("who set the quickest q2 time at the 2009 chinese gp", "unsupported", []),
    ("what made the #2 dome retire at spa 03", "unsupported", []),
    # a possessive without its apostrophe; another given name of the same driver, within his years only
    ("graham hills result at the 1967 british gp", "answered", ["Graham Hill", "Engine"]),
    ("how did denny hulme get on at le mans 67", "answered", ["lists Denny Hulme as Denis Hulme", "86 laps"]),
    ("where did marco andretti finish in the 1975 argentine gp", "not_found", []),
    # a four-letter slip; "also in"; a trailing "result?"; "that same year"
    ("winning tiem at china 09", "answered", ["1:57:43.485"]),
    ("was juan pablo montoya also at the 2007 aarons 499? result?", "answered", ["Yes", "31st"]),
    ("jim clark won at silverstone in 67, where did gurney finish at le mans that same year", "answered", ["388 laps"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND37, ids=[c[0][:60] for c in ROUND37])
def test_round_37(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


def test_a_pole_won_yes_or_no_gives_the_pole_time_and_one_line_for_one_car(seed_pw: Pitwall) -> None:
    answer = seed_pw.ask("did the car on pole win?")
    assert answer.summary.startswith("Yes") and "2:14.889" in answer.summary
    assert len(answer.listing()) == 1  # the pole sitter and the winner are one car, listed once


# round 38's mechanisms, in our own words and mostly of other races than its blind sets
ROUND38 = [
    # a code the store does not hold is an unknown word; "lm67"; a sponsor's cup names its race
    ("xq75 winners?", "unsupported", []),
    ("lm67 winner", "answered", ["Gurney"]),
    ("nextel cup race at dega 07, who won", "answered", ["Jeff Gordon"]),
    # the class asked of a statistic; pole, fastest lap and the win together; a margin between two class winners
    ("which class was quickest at spa 03", "answered", ["SR1"]),
    ("did the winning audi take pole, fastest lap and the win at spa 03", "answered", ["Yes", "2:18.074"]),
    ("by how many laps did the gto winner beat the gt cup winner at spa 03", "answered", ["10 laps"]),
    ("was the sr2 winner ahead of any of the sr1 cars at spa 03", "answered", ["Yes", "#5 RN Motorsport"]),
    # fans' words for an engine and the field; cars per class of the classes named; a nation among the places asked
    ("what was under the bonnet of the pescarolo at spa 03", "answered", ["Peugeot A32"]),
    ("how big was the field at monza 03", "answered", ["11 cars"]),
    ("how many cars per class at brno 02? sr1 sr2", "answered", ["SR1 5, SR2 5"]),
    ("who was the finnish driver on the podium at the 2005 british gp", "answered", ["Räikkönen"]),
    # a 1-2 taken as given that did not happen; a race judged the best ever; a race by when it was run
    ("ferrari 1-2 at the 2005 british gp, how far apart were they", "unsupported", []),
    ("was the 1998 pepsi 400 the greatest race ever", "unsupported", []),
    ("who won last weekend", "unsupported", []),
    # a statistics line the article prints; the grid answer names the car
    ("what was the weather at the 1970 targa florio", "answered", ["Sunny"]),
    ("where did mansell start at the 92 spanish gp", "answered", ["Williams-Renault"]),
]


@pytest.mark.parametrize(("question", "status", "words"), ROUND38, ids=[c[0][:60] for c in ROUND38])
def test_round_38(every_pw: Pitwall, question: str, status: str, words: list[str]) -> None:
    assert_answered_as(every_pw, question, status, words)


def test_review_of_rounds_33_to_36(every_pw: Pitwall) -> None:
    """What a review of rounds 33-36 found answered as a different question, now read right or declined: "next race"
    is the future, not the latest race; "round which" inside a sentence is no round asked; a second claim is not
    dropped; "lap the whole field" is no car; "on his last lap" is no gap; "retired on lap 21" is not 21 laps done;
    "points-wise" keeps its points; a place stated and not held is never set aside."""
    assert every_pw.ask("next race, who won?").status != "answered"
    assert "Rossi" in every_pw.ask("who won the round which was held at sepang in 2008 motogp?").summary
    assert every_pw.ask("vettel won the 2009 chinese gp and webber retired, right?").status != "answered"
    assert every_pw.ask("did the winner lap the whole field at the 1998 pepsi 400?").status != "answered"
    assert every_pw.ask("how much did webber get on his last lap at the 2009 chinese gp?").status != "answered"
    assert "exactly 21 laps" not in every_pw.ask("who retired on lap 21 at the 2009 chinese gp?").summary
    assert "0 points" in every_pw.ask("how did alonso do points-wise at the 2009 chinese gp?").summary
    assert "6th" in every_pw.ask("hamilton got p2 at the 2009 chinese gp, who won?").summary
