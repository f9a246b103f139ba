"""The commands over many races (the seed and the corpus): the default race fits the arguments,
rows name their race, careers at a glance, titles that say what was asked, the race option's
autocomplete narrowed to fit, and every embed within Discord's limits."""
from __future__ import annotations

import pytest

from bot.render import ENTRIES_PER_PAGE, MESSAGE_LIMIT, answer_embed, answer_text, embed_problems, page_count
from data.answers import AMBIGUOUS, ANSWERED, NOT_FOUND, Answer, RaceRef, rank_key
from data.service import Pitwall
from tests.conftest import SEED_TITLE, TIE_TITLE


def newest_first(races: list[RaceRef]) -> list[RaceRef]:
    return sorted(races, key=lambda r: (r.date or "", r.id), reverse=True)


def latest_where(pw: Pitwall, has: object) -> RaceRef | None:
    """The expected default race, found the slow way: every race, newest first, asked in turn."""
    return next((r for r in newest_first(pw.results.races()) if has(r)), None)


def car_numbers(pw: Pitwall) -> set[str]:
    return {e.car_number for r in pw.results.races() for e in pw.results.race_entries(r.id)}


# -- 1. a default race that fits ---------------------------------------------------------------
def test_a_car_number_without_a_race_is_the_latest_race_with_that_car(corpus_pw):
    numbers = car_numbers(corpus_pw)
    moved = 0
    for number in sorted(numbers):
        expected = latest_where(corpus_pw, lambda r, n=number: corpus_pw.results.car_entries(r.id, n))
        answer = corpus_pw.car(number)
        assert answer.status == ANSWERED, (number, answer.summary)
        assert answer.race == expected, (number, answer.race, expected)
        assert expected.title in answer.title  # the answer names the race it used
        assert f"#{number}" in answer.summary
        moved += expected != corpus_pw.results.latest_race()
    assert moved > 10  # most numbers did not run in the latest race: the rule is what chose


def test_car_25_is_the_spa_winner_and_not_found_names_what_was_asked(corpus_pw):
    answer = corpus_pw.car("25")
    assert answer.status == ANSWERED and answer.race.title == SEED_TITLE and "Tom Kristensen" in answer.summary
    assert any("latest race with car #25" in line for line in answer.lines)
    latest = corpus_pw.results.latest_race()
    named = corpus_pw.car("25", latest.title)
    assert named.status == NOT_FOUND and named.title == f"No car #25 in {latest.title}"
    absent = str(max(int(n) for n in car_numbers(corpus_pw) if n.isdigit()) + 1)
    nowhere = corpus_pw.car(absent)
    assert nowhere.status == NOT_FOUND and nowhere.title == f"No car #{absent} in the stored races"


@pytest.mark.parametrize("command", ["class_results", "winner"])
def test_a_class_without_a_race_is_the_latest_race_where_it_ran(corpus_pw, command):
    for cls in corpus_pw.results.class_names():
        expected = latest_where(corpus_pw, lambda r, c=cls: c in corpus_pw.results.class_names(r.id))
        answer = getattr(corpus_pw, command)(cls.lower())  # resolved among every stored class
        assert answer.status == ANSWERED and answer.race == expected, (cls, answer.summary)
        assert cls in answer.title and expected.title in answer.title
        if command == "class_results":
            assert answer.entries and {e.class_name for e in answer.entries} == {cls}
            assert {e.race.id for e in answer.entries} == {expected.id}
        else:
            assert answer.entries[0].class_position == 1 and answer.entries[0].class_name == cls


@pytest.mark.parametrize("command", ["class_results", "winner"])
def test_a_class_with_a_race_named_uses_that_race(corpus_pw, command):
    for race in corpus_pw.results.races():
        for cls in corpus_pw.results.class_names(race.id):
            answer = getattr(corpus_pw, command)(cls, race.title)
            assert answer.status == ANSWERED and answer.race == race, (cls, race.title)
            assert not any(line.startswith("The latest race") for line in answer.lines)
        missing = next(c for c in corpus_pw.results.class_names() if c not in corpus_pw.results.class_names(race.id))
        problem = getattr(corpus_pw, command)(missing, race.title)
        assert problem.status == NOT_FOUND and problem.title == f"No class “{missing}” in {race.title}"


def test_an_unknown_class_is_not_found_in_the_stored_races(corpus_pw):
    answer = corpus_pw.class_results("Formula Zed")
    assert answer.status == NOT_FOUND and answer.title == "No class “Formula Zed” in the stored races"
    assert all(c in answer.summary for c in corpus_pw.results.class_names())


def test_with_no_arguments_the_latest_race(corpus_pw):
    latest = corpus_pw.results.latest_race()
    assert corpus_pw.winner().race == latest and corpus_pw.race_summary().race == latest


@pytest.mark.parametrize("call", [lambda pw: pw.car("25"), lambda pw: pw.class_results("GTO"),
                                  lambda pw: pw.winner("SR1"), lambda pw: pw.winner()])
def test_races_tied_on_the_latest_date_are_offered_newest_first(tie_pw, call):
    races = {r.title: r for r in tie_pw.results.races()}
    spa, tie = races[SEED_TITLE], races[TIE_TITLE]
    assert spa.date == tie.date
    answer = call(tie_pw)
    if answer.status == ANSWERED:  # /winner alone: the latest race of all is later than the tie
        assert answer.race == tie_pw.results.latest_race() and answer.race.date > spa.date
        return
    assert answer.status == AMBIGUOUS and answer.title.startswith("Several races") and spa.nice_date in answer.title
    assert [c.value for c in answer.choices] == [r.title for r in newest_first([spa, tie])]
    assert all(c.kind == "race" for c in answer.choices)
    for choice in answer.choices:  # a button answers for exactly that race
        picked = {"car": tie_pw.car, "class": tie_pw.class_results, "winner": tie_pw.winner}
        kind = "car" if "car" in answer.summary else "class"
        again = picked[kind]("25" if kind == "car" else answer.summary.split("class ")[1].split(" ")[0],
                             choice.value)
        assert again.status == ANSWERED and again.race.title == choice.value


def test_a_tie_with_no_arguments_is_offered_too(tmp_path):
    from tests.conftest import SEED, build
    for title in ("2003 Spa Sprint A", "2003 Spa Sprint B"):
        (tmp_path / f"{title}.txt").write_text(SEED.read_text(encoding="utf-8").replace(SEED_TITLE, title),
                                               encoding="utf-8")
    pw = Pitwall(build([tmp_path], tmp_path / "pitwall.db"))
    for answer in (pw.winner(), pw.race_summary(), pw.car("25")):
        assert answer.status == AMBIGUOUS and len(answer.choices) == 2
    assert pw.race_summary("2003 Spa Sprint A").status == ANSWERED


# -- 2. every row names its race ---------------------------------------------------------------
def test_rows_spanning_races_name_their_race_and_the_footer_counts_them(corpus_pw):
    entries = [e for r in corpus_pw.results.races() for e in corpus_pw.results.car_entries(r.id, "1")]
    races = {e.race.id: e.race for e in entries}
    assert len(races) > 1
    answer = Answer(ANSWERED, "car #1 everywhere", entries=entries, races=list(races.values()))
    for e, row in zip(entries, answer.listing()):
        assert row.startswith(f"{e.race.date} · {e.race.short_title} · "), row
    years = sorted({r.date[:4] for r in races.values()})
    span = years[0] if len(years) == 1 else f"{years[0]}–{years[-1]}"
    assert answer.footer == f"{len(races)} races, {span}"
    everywhere = Answer(ANSWERED, "all", races=corpus_pw.results.races())
    first, last = corpus_pw.results.races()[0].date[:4], corpus_pw.results.latest_race().date[:4]
    assert first != last and everywhere.footer == f"{len(corpus_pw.results.races())} races, {first}–{last}"
    one = Answer(ANSWERED, "one race", entries=entries[:1], races=[entries[0].race])
    assert one.listing() == [entries[0].line()] and one.footer == entries[0].race.footer


def test_short_titles_drop_the_year_and_keep_the_place():
    ref = RaceRef(1, "x", "2003 FIA Sportscar Championship Estoril", "2003-04-13", None, "x.txt")
    assert ref.short_title == "FIA Sportscar Championship Estoril"
    long = RaceRef(2, "y", "1999 Very Long Championship Name Of Some Kind Grand Prix of Somewhere", None, None, "y")
    assert len(long.short_title) <= 40 and long.short_title.endswith("Somewhere") and long.tag.startswith("undated")


# -- 3. careers at a glance ----------------------------------------------------------------------
def career_subjects(pw: Pitwall, kind: str) -> list[tuple[int, str]]:
    table = "drivers" if kind == "driver" else "teams"
    rows = pw.db.execute(f"SELECT id, name FROM {table}").fetchall()
    entries = getattr(pw.results, f"{kind}_entries")
    return [(i, n) for i, n in rows if len({e.race.id for e in entries(i)}) > 1]


@pytest.mark.parametrize("kind", ["driver", "team"])
def test_careers_open_with_a_summary_then_one_row_per_entry_newest_first(corpus_pw, kind):
    subjects = career_subjects(corpus_pw, kind)
    assert len(subjects) > 5
    for subject_id, name in subjects:
        entries = getattr(corpus_pw.results, f"{kind}_entries")(subject_id)
        answer = getattr(corpus_pw, f"{kind}_answer")(subject_id, name, None) if kind == "team" else \
            corpus_pw.driver_answer(subject_id, None)
        races = newest_first(list({e.race.id: e.race for e in entries}.values()))
        assert answer.status == ANSWERED and answer.kind == f"{kind}_career" and answer.title == name
        wins = sum(e.position == 1 for e in entries)
        podiums = sum(e.position is not None and e.position <= 3 for e in entries)
        assert answer.summary.startswith(f"{name}: {len(races)} races, {wins} win")
        assert f", {podiums} podium" in answer.summary
        assert f"best result {min(entries, key=rank_key).place}" in answer.summary
        assert f"first race {races[-1].title}" in answer.summary and f"last {races[0].title}" in answer.summary
        assert len(answer.rows) == len(entries)
        dates = [row.split(" · ")[0] for row in answer.rows]
        assert dates == sorted(dates, reverse=True) and dates[0] == races[0].date
        for row in answer.rows:
            e = next(x for x in entries if row.startswith(x.race.tag) and f"#{x.car_number} " in row)
            assert (e.place if e.classified else e.position_text) in row
            if kind == "driver":
                assert name not in row.split(" · ", 4)[-1]  # the co-drivers, not the driver
                assert all(d in row for d in e.drivers if d != name)
        assert answer.footer.startswith(f"{len(races)} races")


def test_a_long_career_is_paged_ten_rows_a_page_and_every_page_fits(tie_pw):
    subject_id, name = max(career_subjects(tie_pw, "team"), key=lambda s: len(tie_pw.results.team_entries(s[0])))
    answer = tie_pw.team(name)
    assert len(answer.rows) > ENTRIES_PER_PAGE
    assert page_count(answer) == -(-len(answer.rows) // ENTRIES_PER_PAGE)
    seen = []
    for page in range(page_count(answer)):
        embed = answer_embed(answer, page)
        assert not embed_problems(embed)
        assert embed.description.startswith(name) and f"Page {page + 1}/{page_count(answer)}" in embed.footer.text
        seen += [row for row in answer.rows if row.replace("*", "\\*") in embed.description]
    assert seen == answer.rows
    text = answer_text(answer)
    assert len(text) <= MESSAGE_LIMIT and text.startswith(answer.summary.replace("*", "\\*")[:50])


def test_a_mention_too_long_for_one_message_keeps_whole_lines_and_the_race(corpus_pw):
    answer = corpus_pw.team("Racing for Holland")
    answer.rows = answer.rows * 20  # as many rows as a long career has
    text = answer_text(answer)
    assert len(text) <= MESSAGE_LIMIT
    lines = text.split("\n")
    assert lines[-1] == f"— {answer.footer}" and lines[-2].startswith("… and ") and lines[-2].endswith("more lines")
    assert all(line in answer.text().split("\n") for line in lines[:-2])


def test_with_a_race_named_a_driver_or_team_is_that_race(corpus_pw):
    race = next(r for r in corpus_pw.results.races() if r.title == SEED_TITLE)
    driver = corpus_pw.driver("Jan Lammers", race.title)
    assert driver.status == ANSWERED and driver.race == race and driver.kind == "driver"
    team = corpus_pw.team("Racing for Holland", race.title)
    assert team.race == race and race.title in team.title and not team.rows
    absent = next(r for r in corpus_pw.results.races()
                  if r.id not in {e.race.id for e in corpus_pw.results.team_entries(team.entries[0].team_ids[0])})
    missing = corpus_pw.team("Racing for Holland", absent.title)
    assert missing.status == NOT_FOUND and missing.title == f"Racing for Holland is not in {absent.title}"


# -- 4. titles that say what was asked ------------------------------------------------------------
def test_titles_of_problems_say_what_was_asked(corpus_pw):
    assert corpus_pw.driver("cook").title == "Several drivers match “cook”"
    assert corpus_pw.driver("Michael Schumacher").title == "No driver called “Michael Schumacher”"
    assert corpus_pw.race_summary("Nürburgring 2099").title == "No race matching “Nürburgring 2099”"
    unsupported = corpus_pw.ask("who leads the championship standings?")
    assert unsupported.status == "unsupported" and "who leads the championship standings?" in unsupported.title
    for answer in (corpus_pw.driver("cook"), corpus_pw.car("9999"), unsupported):
        assert answer_embed(answer).title == answer.title != "Pitwall"


# -- 5. the race option's autocomplete, narrowed to fit -------------------------------------------
@pytest.mark.parametrize("about", [{"driver": "Jan Lammers"}, {"team": "Pescarolo"}, {"class_name": "GTS"},
                                   {"car": "25"}, {"class_name": "sr2"}])
def test_race_autocomplete_offers_first_the_races_that_fit(corpus_pw, about):
    fit = corpus_pw.race_fit(**about)
    assert fit
    offered = [c.value for c in corpus_pw.suggest("race", "", 25, fit)]
    probe = {"driver": corpus_pw.driver, "team": corpus_pw.team, "car": corpus_pw.car,
             "class_name": corpus_pw.class_results}
    [(arg, value)] = about.items()
    fits = [r.title for r in newest_first(corpus_pw.results.races())
            if probe[arg](value, r.title).status == ANSWERED]
    assert 0 < len(fits) < len(offered)
    assert offered[:len(fits)] == fits and sorted(offered) == sorted(r.title for r in corpus_pw.results.races())
    typed = [c.value for c in corpus_pw.suggest("race", "2003", 25, fit)]
    assert typed[0] in fits and set(typed) <= set(offered)


def test_race_autocomplete_without_other_arguments_is_unchanged(corpus_pw):
    assert corpus_pw.race_fit() == corpus_pw.race_fit(driver="No Such Person Anywhere")
    assert not corpus_pw.race_fit()
    plain = [c.value for c in corpus_pw.suggest("race", "", 25)]
    assert plain == [r.title for r in newest_first(corpus_pw.results.races())]


# -- every command's embed within Discord's limits --------------------------------------------------
def every_command(pw: Pitwall) -> list[Answer]:
    answers = []
    for race in [None, *pw.results.races()]:
        title = race.title if race else None
        answers += [pw.driver("Jan Lammers", title), pw.team("Racing for Holland", title), pw.car("1", title),
                    pw.class_results("SR2", title), pw.winner(None, title), pw.winner("GT", title),
                    pw.race_summary(title)]
    return answers + [pw.driver("cook"), pw.team("racing"), pw.car("0"), pw.class_results("x")]


def test_every_embed_and_text_is_within_discords_limits(corpus_pw):
    answers = every_command(corpus_pw)
    assert {a.status for a in answers} == {ANSWERED, AMBIGUOUS, NOT_FOUND}
    for answer in answers:
        for page in range(page_count(answer)):
            embed = answer_embed(answer, page)
            assert not embed_problems(embed), (answer.title, embed_problems(embed))
            assert embed.title == (answer.title or "Pitwall")[:256]
            if answer.status == ANSWERED:  # every answer names its race(s)
                assert embed.footer.text and (answer.race is None or answer.race.title in embed.footer.text)
        assert len(answer_text(answer)) <= MESSAGE_LIMIT


def test_embed_problems_catches_each_limit():
    import discord
    embed = discord.Embed(title="t" * 257, description="d" * 4097)
    embed.set_footer(text="f" * 2049)
    for i in range(26):
        embed.add_field(name="n" * 257 if i == 0 else "n", value="v" * 1025 if i == 1 else "v")
    found = " ".join(embed_problems(embed))
    for what in ("title", "description", "footer", "fields: 26", "field name", "field value", "total"):
        assert what in found, what


def test_how_did_a_driver_do_is_the_same_career_at_a_glance(corpus_pw):
    for subject_id, name in career_subjects(corpus_pw, "driver")[:20]:
        asked, command = corpus_pw.ask(f"how did {name} do?"), corpus_pw.driver(name)
        assert asked.kind == command.kind == "driver_career", name
        assert (asked.summary, asked.rows) == (command.summary, command.rows)
        assert answer_text(asked) == answer_text(command)
