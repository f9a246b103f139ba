"""`pitwall fetch` against a loopback fake MediaWiki API (tests/fake_mediawiki.py): never the network."""
from __future__ import annotations

import hashlib
import socket
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.cli import main
from data.fetch import (FetchError, MediaWikiClient, WikiPage, _page_list, _revision, fetch_races, file_name,
                        linked_titles, store_fetched)
from data.ingest import ingest
from data.wikitext import FETCHED_MARK
from tests.conftest import SEED_DIR
from tests.fake_mediawiki import FakeMediaWiki

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "wiki"
RACES = ["2002 FIA Sportscar Championship Brno", "2002 FIA Sportscar Championship Dijon",
         "2003 FIA GT Oschersleben 500km", "2003 Petit Le Mans"]
SEASON = "2002 FIA Sportscar Championship"
NOT_A_RACE = "Masaryk Circuit"
CATEGORY = "Category:2002 FIA Sportscar Championship races"


@pytest.fixture
def api() -> Iterator[FakeMediaWiki]:
    fake = FakeMediaWiki.from_folder(FIXTURES, redirects={"Petit Le Mans 2003": "2003 Petit Le Mans"},
                                     categories={CATEGORY: [RACES[0], NOT_A_RACE, RACES[1]]})
    with fake:
        yield fake


class Sleeps(list):
    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client(api: FakeMediaWiki, **kwargs: object) -> MediaWikiClient:
    kwargs.setdefault("sleep", Sleeps())
    return MediaWikiClient(api.url, timeout=5, **kwargs)  # type: ignore[arg-type]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def races_in(db: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT title, source_form FROM races ORDER BY title").fetchall()


# -- titles, batches, redirects, both response shapes ----------------------------------------------


@pytest.mark.parametrize("fv", [1, 2])
@pytest.mark.parametrize("via", ["query", "parse"])
def test_titles_with_spaces_or_underscores_are_fetched_in_both_shapes(api: FakeMediaWiki, fv: int, via: str):
    c = client(api, formatversion=fv)
    fetched = fetch_races(["2003_Petit_Le_Mans", "2002 FIA Sportscar Championship Brno", " 2003 Petit  Le_Mans "], c,
                          via=via, today="2024-05-01")
    assert fetched.titles == {"2003_Petit_Le_Mans.wiki": "2003 Petit Le Mans",
                              "2002_FIA_Sportscar_Championship_Brno.wiki": RACES[0]}
    assert not fetched.missing and not fetched.skipped
    text = fetched.pages["2003_Petit_Le_Mans.wiki"]
    first, rest = text.split("\n", 1)
    assert first == f"{FETCHED_MARK} from {api.url} revid={api.revid('2003 Petit Le Mans')} on 2024-05-01 -->"
    assert rest == (FIXTURES / "2003_Petit_Le_Mans.wiki").read_text(encoding="utf-8")
    assert {r.params["formatversion"] for r in api.requests} == {str(fv)}
    assert {r.params["action"] for r in api.requests} == {via}
    # one request for the batch through query; one a page through parse
    assert len(api.requests) == (1 if via == "query" else 2)


def test_more_than_fifty_titles_go_in_batches_of_fifty(api: FakeMediaWiki):
    api.pages.update({f"Page {i}": f"Text {i}" for i in range(120)})
    found = client(api).pages([f"Page_{i}" for i in range(120)])
    assert len(api.requests) == 3  # the fake refuses more than 50 titles, as the API does
    assert [len(r.params["titles"].split("|")) for r in api.requests] == [50, 50, 20]
    assert all(found[f"Page_{i}"] == WikiPage(f"Page {i}", f"Text {i}", api.revid(f"Page {i}")) for i in range(120))


def test_a_batch_whose_texts_come_over_several_responses_is_followed(api: FakeMediaWiki):
    api.contents_per_response = 1
    found = client(api).pages(RACES)
    assert [getattr(found[t], "title", None) for t in RACES] == RACES
    assert [r.params.get("rvcontinue") for r in api.requests] == [None, "1", "2", "3"]


@pytest.mark.parametrize("via", ["query", "parse"])
def test_a_redirect_is_followed_and_saved_under_the_page_it_leads_to(api: FakeMediaWiki, via: str):
    fetched = fetch_races(["Petit_Le_Mans_2003"], client(api), via=via)
    assert list(fetched.titles.items()) == [("2003_Petit_Le_Mans.wiki", "2003 Petit Le Mans")]
    assert all(r.params["redirects"] == "1" for r in api.requests)


def test_response_shapes_as_documented():
    """The two shapes of action=query&prop=revisions&rvslots=main, as the API documents them."""
    v1 = {"-1": {"ns": 0, "title": "Nope", "missing": ""},
          "736": {"pageid": 736, "ns": 0, "title": "A", "revisions": [
              {"revid": 9, "parentid": 8, "slots": {"main": {"contentmodel": "wikitext", "contentformat": "text/x-wiki",
                                                             "*": "text one"}}}]}}
    v2 = [{"ns": 0, "title": "Nope", "missing": True},
          {"pageid": 736, "ns": 0, "title": "A", "revisions": [
              {"revid": 9, "parentid": 8, "slots": {"main": {"contentmodel": "wikitext", "contentformat": "text/x-wiki",
                                                             "content": "text one"}}}]}]
    for pages in (v1, v2):
        listed = _page_list(pages)
        assert [p["title"] for p in listed] == ["Nope", "A"]
        assert "missing" in listed[0] and _revision(listed[0]) is None
        assert _revision(listed[1]) == ("text one", 9)


# -- categories and season articles ----------------------------------------------------------------


@pytest.mark.parametrize("fv", [1, 2])
def test_a_category_fetches_its_articles_following_the_continuation(api: FakeMediaWiki, fv: int):
    api.category_limit = 2
    fetched = fetch_races([CATEGORY.replace(" ", "_")], client(api, formatversion=fv))
    members = [r for r in api.requests if r.params.get("list") == "categorymembers"]
    assert len(members) == 2 and members[1].params["cmcontinue"] == "page|2"
    assert all(r.params["cmnamespace"] == "0" and r.params["cmlimit"] == "500" for r in members)
    assert sorted(fetched.titles.values()) == RACES[:2]
    assert [(s.title, s.reason.split(" (")[0]) for s in fetched.skipped] == [(NOT_A_RACE, "no results table found")]
    assert not fetched.missing


def test_an_empty_or_unknown_category_is_missing(api: FakeMediaWiki):
    fetched = fetch_races(["Category:No such races"], client(api))
    assert fetched.missing and "Category:No such races" in fetched.missing[0]


def test_linked_titles_are_the_articles_a_page_links_to():
    text = (FIXTURES / f"{SEASON.replace(' ', '_')}.wiki").read_text(encoding="utf-8")
    links = linked_titles(text + "\n[[2002 FIA Sportscar Championship Brno#Results|again]] [[:Category:X]]")
    assert links[:2] == ["FIA Sportscar Championship", "Sports Racing (class)"]
    assert "2002 FIA Sportscar Championship Brno" in links and links.count("2002 FIA Sportscar Championship Brno") == 1
    assert not [t for t in links if t.lower().startswith(("file:", "category:", "fr:"))]


@pytest.mark.parametrize("via", ["query", "parse"])
def test_a_season_article_fetches_the_races_it_links_to(api: FakeMediaWiki, via: str):
    fetched = fetch_races([SEASON], client(api), via=via)
    # Barcelona is a red link and Masaryk Circuit is no race: neither stops the call nor is stored
    assert sorted(fetched.titles.values()) == RACES[:2]
    assert not fetched.missing and not fetched.skipped
    assert any(SEASON in n and "2 of the 11 page(s)" in n for n in fetched.notes)
    if via == "query":
        assert len(api.requests) == 2  # the season, then its 11 links in one batch


def test_a_page_without_results_table_is_skipped_with_why(api: FakeMediaWiki):
    del api.pages[SEASON]  # keep Masaryk Circuit's links from leading anywhere that has results
    fetched = fetch_races([NOT_A_RACE, RACES[3]], client(api))
    assert list(fetched.titles.values()) == [RACES[3]]
    assert len(fetched.skipped) == 1 and fetched.skipped[0].title == NOT_A_RACE
    assert "no results table found" in fetched.skipped[0].reason and "Events" in fetched.skipped[0].reason


# -- a good API citizen ----------------------------------------------------------------------------


def test_user_agent_maxlag_and_json_are_sent_on_every_request(api: FakeMediaWiki):
    fetch_races([CATEGORY, SEASON], MediaWikiClient(api.url, agent="Pitwall/9 (https://example.org/bot)"))
    assert len(api.requests) >= 3
    for r in api.requests:
        assert r.headers["User-Agent"] == "Pitwall/9 (https://example.org/bot)"
        assert r.params["maxlag"] == "5" and r.params["format"] == "json"


def test_a_429_is_retried_after_what_retry_after_asks(api: FakeMediaWiki):
    api.failures, api.retry_after = 2, "3"
    sleeps = Sleeps()
    found = client(api, sleep=sleeps).pages(RACES[:1])
    assert found[RACES[0]] is not None
    assert sleeps == [3.0, 3.0]  # backoff 1 and 2 s, but the server asked for 3
    assert len(api.requests) == 3


def test_503_and_maxlag_back_off_exponentially(api: FakeMediaWiki):
    api.failures, api.fail_status, api.retry_after, api.lagged = 2, 503, None, 1
    sleeps = Sleeps()
    assert client(api, sleep=sleeps, backoff=0.5).pages(RACES[:1])[RACES[0]] is not None
    assert sleeps == [0.5, 1.0, 2.0]  # 503, 503, then the maxlag error (Retry-After 1 < 2)


def test_retries_are_bounded_then_a_clear_error(api: FakeMediaWiki):
    api.failures = 100
    sleeps = Sleeps()
    with pytest.raises(FetchError, match=r"did not answer after 4 attempts \(last: HTTP 429\)"):
        client(api, sleep=sleeps, retries=3).pages(RACES[:1])
    assert len(sleeps) == 3


def test_a_retry_after_longer_than_we_wait_is_an_error(api: FakeMediaWiki):
    api.failures, api.retry_after = 1, "3600"
    with pytest.raises(FetchError, match="asks to wait 3600 s"):
        client(api).pages(RACES[:1])


def test_every_request_has_a_timeout():
    with socket.socket() as silent:  # accepts connections (the backlog) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        sleeps = Sleeps()
        c = MediaWikiClient(f"http://127.0.0.1:{port}/w/api.php", timeout=0.2, retries=1, sleep=sleeps)
        with pytest.raises(FetchError, match="after 2 attempts"):
            c.pages(["Anything"])
        assert sleeps == [1.0]


def test_an_api_error_is_reported(api: FakeMediaWiki):
    with pytest.raises(FetchError, match="badvalue"):
        list(client(api)._query({"action": "query", "list": "allpages"}))


# -- saving and storing, all or nothing -------------------------------------------------------------


def test_a_refused_ingest_takes_the_saved_files_back(api: FakeMediaWiki, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch):
    fetched = fetch_races(RACES[:2], client(api))
    save = tmp_path / "races"
    save.mkdir()
    (save / file_name(RACES[0])).write_text("an older copy", encoding="utf-8")
    from data.article import ArticleError
    monkeypatch.setattr("data.fetch.ingest", lambda paths, db: ([], [ArticleError(str(paths[0]), 1, "refused")]))
    reports, errors = store_fetched(fetched, save, tmp_path / "p.db")
    assert errors and not reports
    assert [p.name for p in save.iterdir()] == [file_name(RACES[0])]
    assert (save / file_name(RACES[0])).read_text(encoding="utf-8") == "an older copy"


def test_cli_fetch_stores_races_that_pitwall_races_lists_and_saves_them_for_offline(api: FakeMediaWiki,
                                                                                     tmp_path: Path):
    db, save = tmp_path / "p.db", tmp_path / "saved"
    result = run("fetch", CATEGORY, "2003_Petit_Le_Mans", "--api", api.url, "--db", str(db), "--save-dir", str(save))
    assert result.exit_code == 0, result.output
    assert f"skipped {NOT_A_RACE}: no results table found" in result.output
    assert "added 2003 Petit Le Mans: 10 entries" in result.output
    assert "3 page(s) (3 race(s))" in result.output
    listed = run("races", "--db", str(db)).output
    assert "2003 Petit Le Mans | October 18, 2003 | Road Atlanta | 10 entries" in listed
    assert "2002 FIA Sportscar Championship Brno | May 18, 2002 | Masaryk Circuit | 10 entries" in listed
    assert races_in(db) == [(RACES[0], "fetched"), (RACES[1], "fetched"), (RACES[3], "fetched")]
    saved = sorted(p.name for p in save.iterdir())
    assert saved == ["2002_FIA_Sportscar_Championship_Brno.wiki", "2002_FIA_Sportscar_Championship_Dijon.wiki",
                     "2003_Petit_Le_Mans.wiki"]
    assert all((save / n).read_text(encoding="utf-8").startswith(f"{FETCHED_MARK} from {api.url} revid=")
               for n in saved)
    # offline: the saved folder alone rebuilds the same races
    api.requests.clear()
    offline = tmp_path / "offline.db"
    _, errors = ingest([save], offline)
    assert not errors and races_in(offline) == races_in(db) and not api.requests


def test_cli_fetch_via_parse_and_a_season_article(api: FakeMediaWiki, tmp_path: Path):
    db = tmp_path / "p.db"
    result = run("fetch", SEASON, "--via", "parse", "--api", api.url, "--db", str(db),
                 "--save-dir", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output
    assert [t for t, _ in races_in(db)] == RACES[:2]
    assert {r.params["action"] for r in api.requests} == {"parse"}


def test_cli_missing_title_is_named_and_nothing_is_saved_or_stored(api: FakeMediaWiki, tmp_path: Path):
    db, save = tmp_path / "p.db", tmp_path / "saved"
    assert run("ingest", str(SEED_DIR), "--db", str(db)).exit_code == 0
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    result = run("fetch", RACES[3], "No such race 2099", "--api", api.url, "--db", str(db), "--save-dir", str(save))
    assert result.exit_code != 0
    assert "'No such race 2099'" in result.output and "nothing was saved or stored" in result.output
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not save.exists()
    fresh = tmp_path / "fresh.db"
    assert run("fetch", "No_such_race", "--api", api.url, "--db", str(fresh), "--save-dir", str(save)).exit_code != 0
    assert not fresh.exists() and not save.exists()


def test_cli_only_pages_without_results_is_an_error(api: FakeMediaWiki, tmp_path: Path):
    del api.pages[SEASON]
    db, save = tmp_path / "p.db", tmp_path / "saved"
    result = run("fetch", NOT_A_RACE, "--api", api.url, "--db", str(db), "--save-dir", str(save))
    assert result.exit_code != 0
    assert f"skipped {NOT_A_RACE}: no results table found" in result.output
    assert "nothing was saved or stored" in result.output and not db.exists() and not save.exists()


def test_cli_reads_the_api_and_contact_from_the_environment(api: FakeMediaWiki, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("PITWALL_WIKI_API", api.url)
    monkeypatch.setenv("PITWALL_CONTACT_URL", "https://example.org/our-bot")
    result = run("fetch", RACES[2], "--db", str(tmp_path / "p.db"), "--save-dir", str(tmp_path / "s"))
    assert result.exit_code == 0, result.output
    agent = api.requests[0].headers["User-Agent"]
    assert agent.startswith("Pitwall/") and "(https://example.org/our-bot)" in agent
