"""Race articles read from a MediaWiki API (Wikipedia by default), checked, saved and stored.

``pitwall fetch`` is a thin front for ``fetch_races`` and ``store_fetched``:

- **Titles** may be written with spaces or underscores; up to 50 go in one request
  (``action=query&prop=revisions&rvprop=content|ids&rvslots=main&redirects=1``); redirects are
  followed; both response shapes are read (``formatversion=1``: pages keyed by page id, the text
  under ``slots.main['*']``, ``"missing": ""``; ``formatversion=2``: a list of pages, the text under
  ``slots.main.content``, ``"missing": true``). ``action=parse&prop=wikitext`` (one page a request)
  is the other way in (``via="parse"``).
- A **``Category:…``** title stands for the articles in it (``list=categorymembers``, namespace 0,
  500 a request, following ``cmcontinue``).
- A **season article**: a page named on the command line that has no results table (e.g.
  "2002 FIA Sportscar Championship") stands for the pages it links to. Its ``[[Target|…]]`` links
  (articles only: no ``File:``, ``Category:`` or other-language links) are fetched, 50 a request,
  and those with a results table are kept; the others are counted, not listed. One level only:
  the linked pages' own links, and pages found through a category, are never followed.
- Only pages with a results table are kept (each page is checked by writing it as it will be
  saved and reading it with ``data.readers.read_page``); the others are skipped, with the reader's
  reason.
- **All or nothing**: a title (or category) that does not exist is named and nothing is saved or
  stored. Otherwise each page is saved as ``<Title_with_underscores>.wiki`` with a first line
  ``<!-- pitwall-fetched from API revid=N on DATE -->`` (so that the database can be rebuilt
  offline) and the files are ingested in one ``data.ingest.ingest`` call; if that call refuses,
  the saved files are taken back.

Being a good API citizen: one request at a time, a descriptive User-Agent, ``maxlag=5``, a
timeout on every request, gzip, and a bounded number of retries with exponential backoff on HTTP
429/502/503/504, on the API's ``maxlag`` error and on network errors, honouring ``Retry-After``.
Only the standard library speaks HTTP here.
"""
from __future__ import annotations

import gzip
import json
import logging
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import urlencode
from urllib.request import Request, urlopen

from data.article import ArticleError
from data.ingest import IngestReport, ingest
from data.readers import read_page
from data.wikitext import FETCHED_MARK

log = logging.getLogger(__name__)

DEFAULT_API = "https://en.wikipedia.org/w/api.php"
DEFAULT_CONTACT = "https://github.com/pitwall-bot/pitwall"  # a placeholder (bot.config.DEFAULT_CONTACT_URL)
BATCH = 50  # titles per request: the API's limit for clients without the apihighlimits right
CATEGORY_LIMIT = 500
RETRY_STATUS = frozenset((429, 502, 503, 504))
NO_RESULTS = "no results table found"
# link targets in these namespaces (and other-language links such as [[fr:…]]) are not articles
_NOT_ARTICLES = frozenset(("file", "image", "media", "category", "template", "wikipedia", "wp", "help", "portal",
                           "user", "talk", "special", "module", "draft", "mediawiki", "wikt", "wiktionary", "w",
                           "commons", "s", "q", "n", "b", "v", "d", "m", "meta", "species"))
_LINK = re.compile(r"\[\[([^\[\]|]+)(?:\|[^\[\]]*)?\]\]")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z]+)?$")


class FetchError(RuntimeError):
    """The API cannot be read (after the retries) or answered something unexpected."""


def user_agent(contact_url: str) -> str:
    """``Pitwall/<version> (<contact URL>)``, as the Wikimedia User-Agent policy asks."""
    from importlib.metadata import PackageNotFoundError, version
    try:
        ours = version("pitwall")
    except PackageNotFoundError:
        ours = "0"
    return f"Pitwall/{ours} ({contact_url}) Python-urllib/{sys.version_info[0]}.{sys.version_info[1]}"


def clean_title(title: str) -> str:
    """A title as the API takes it: underscores as spaces, spaces collapsed."""
    return " ".join(title.replace("_", " ").split())


def is_category(title: str) -> bool:
    return clean_title(title).lower().startswith("category:")


def file_name(title: str) -> str:
    """``<Title_with_underscores>.wiki``; a ``/`` in a title (sub-pages) becomes ``%2F``."""
    return clean_title(title).replace(" ", "_").replace("/", "%2F") + ".wiki"


def linked_titles(wikitext: str) -> list[str]:
    """The article titles a page links to (``[[Target|Label]]``, ``[[Target]]``), in order, once
    each: no section links, files, categories or other-language links."""
    seen: dict[str, None] = {}
    for m in _LINK.finditer(wikitext):
        target = m.group(1).split("#", 1)[0].strip()
        if not target or target.startswith(":"):
            continue
        if ":" in target:
            prefix = target.split(":", 1)[0].strip().lower()
            if prefix in _NOT_ARTICLES or _LANGUAGE.match(prefix):
                continue
        title = clean_title(target)
        title = title[:1].upper() + title[1:]
        seen.setdefault(title, None)
    return list(seen)


def chunks(items: Sequence[str], size: int = BATCH) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


@dataclass(frozen=True)
class WikiPage:
    title: str  # the page's own title, after normalisation and redirects
    wikitext: str
    revid: int | None


class MediaWikiClient:
    """Reads pages and category members from one ``api.php``, one request at a time."""

    def __init__(self, api: str = DEFAULT_API, *, agent: str | None = None, formatversion: int = 2,
                 timeout: float = 30.0, retries: int = 5, backoff: float = 1.0, max_wait: float = 120.0,
                 maxlag: int = 5, sleep: Callable[[float], None] = time.sleep) -> None:
        if formatversion not in (1, 2):
            raise ValueError("formatversion is 1 or 2")
        self.api = api
        self.agent = agent or user_agent(DEFAULT_CONTACT)
        self.formatversion = formatversion
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.maxlag = maxlag
        self.sleep = sleep
        self.requests = 0

    # -- one request, with retries -------------------------------------------------------------

    def _wait(self, attempt: int, retry_after: str | None) -> float:
        """Exponential backoff, at least what ``Retry-After`` asks, at most ``max_wait``."""
        asked = _seconds(retry_after)
        if asked is not None and asked > self.max_wait:
            raise FetchError(f"{self.api} asks to wait {asked:.0f} s before the next request; try again later")
        return max(min(self.backoff * 2 ** attempt, self.max_wait), asked or 0.0)

    def get(self, params: dict[str, str]) -> dict[str, Any]:
        """One API call (JSON), retried with backoff; an API error other than ``maxlag`` is
        returned for the caller to read (``{"error": {"code": …}}``)."""
        query = {**params, "format": "json", "formatversion": str(self.formatversion), "maxlag": str(self.maxlag)}
        url = f"{self.api}?{urlencode(query)}"
        why = ""
        for attempt in range(self.retries + 1):
            request = Request(url, headers={"User-Agent": self.agent, "Accept-Encoding": "gzip",
                                            "Accept": "application/json"})
            self.requests += 1
            try:
                with urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (http/https only, from config)
                    body = response.read()
                    encoding = response.headers.get("Content-Encoding", "")
                    retry_after = response.headers.get("Retry-After")
            except HTTPError as exc:
                exc.close()
                if exc.code not in RETRY_STATUS:
                    raise FetchError(f"{self.api} answered HTTP {exc.code} {exc.reason}") from None
                why = f"HTTP {exc.code}"
                wait = self._wait(attempt, exc.headers.get("Retry-After"))
            except (URLError, TimeoutError, ConnectionError) as exc:
                why = str(getattr(exc, "reason", exc)) or type(exc).__name__
                wait = self._wait(attempt, None)
            else:
                data = _json(gzip.decompress(body) if encoding == "gzip" else body, self.api)
                error = data.get("error")
                if not (isinstance(error, dict) and error.get("code") == "maxlag"):
                    return data
                why = f"maxlag ({error.get('info', 'replication lag')})"
                wait = self._wait(attempt, retry_after)
            if attempt == self.retries:
                break
            log.info("%s: %s; retrying in %.1f s", self.api, why, wait)
            self.sleep(wait)
        raise FetchError(f"{self.api} did not answer after {self.retries + 1} attempts (last: {why})")

    def _query(self, params: dict[str, str]) -> Iterator[dict[str, Any]]:
        """Every response of a query, following ``continue``."""
        cont: dict[str, str] = {}
        while True:
            data = self.get({**params, **cont})
            _raise_error(data, self.api)
            yield data
            if "continue" not in data:
                return
            cont = {k: str(v) for k, v in data["continue"].items()}

    # -- what the API is asked -----------------------------------------------------------------

    def category_members(self, category: str) -> list[str]:
        """The titles of the articles in a category (namespace 0), in the API's order."""
        titles: list[str] = []
        params = {"action": "query", "list": "categorymembers", "cmtitle": clean_title(category),
                  "cmlimit": str(CATEGORY_LIMIT), "cmnamespace": "0", "cmtype": "page"}
        for data in self._query(params):
            titles.extend(m["title"] for m in data.get("query", {}).get("categorymembers", []))
        return titles

    def pages(self, titles: Sequence[str], via: str = "query") -> dict[str, WikiPage | None]:
        """Each title -> its page (redirects followed), or None when it does not exist."""
        if via == "parse":
            return {t: self.parsed_page(t) for t in titles}
        if via != "query":
            raise ValueError("via is 'query' or 'parse'")
        found: dict[str, WikiPage | None] = {}
        for batch in chunks(list(titles)):
            found.update(self._batch(batch))
        return found

    def _batch(self, titles: Sequence[str]) -> dict[str, WikiPage | None]:
        params = {"action": "query", "prop": "revisions", "rvprop": "content|ids", "rvslots": "main",
                  "titles": "|".join(clean_title(t) for t in titles), "redirects": "1"}
        renamed: dict[str, str] = {}
        pages: dict[str, WikiPage | None] = {}
        for data in self._query(params):
            query = data.get("query", {})
            for step in (*query.get("normalized", []), *query.get("redirects", [])):
                renamed[step["from"]] = step["to"]
            for page in _page_list(query.get("pages")):
                if "missing" in page or "invalid" in page:
                    pages[page.get("title", "")] = None
                elif (content := _revision(page)) is not None:
                    pages[page["title"]] = WikiPage(page["title"], *content)
        result: dict[str, WikiPage | None] = {}
        for title in titles:
            final = clean_title(title)
            for _ in range(10):  # normalised, then redirected (a redirect to a redirect is not followed by the API)
                if final not in renamed:
                    break
                final = renamed[final]
            result[title] = pages.get(final)
        return result

    def parsed_page(self, title: str) -> WikiPage | None:
        """One page through ``action=parse&prop=wikitext`` (redirects followed); None if missing."""
        data = self.get({"action": "parse", "page": clean_title(title), "prop": "wikitext|revid", "redirects": "1"})
        error = data.get("error")
        if isinstance(error, dict) and error.get("code") in ("missingtitle", "invalidtitle"):
            return None
        _raise_error(data, self.api)
        parse = data.get("parse")
        if not isinstance(parse, dict) or "wikitext" not in parse:
            raise FetchError(f"{self.api}: action=parse gave no wikitext for {title!r}")
        text = parse["wikitext"]
        if isinstance(text, dict):  # formatversion 1: {"*": "..."}
            text = text.get("*", "")
        return WikiPage(parse.get("title", clean_title(title)), text, parse.get("revid"))


def _seconds(retry_after: str | None) -> float | None:
    """``Retry-After`` as seconds: a number, or an HTTP date."""
    if retry_after is None or not retry_after.strip():
        return None
    try:
        return max(0.0, float(retry_after))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(retry_after)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _json(body: bytes, api: str) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except ValueError:
        raise FetchError(f"{api} did not answer JSON: is it the address of api.php?") from None
    if not isinstance(data, dict):
        raise FetchError(f"{api} answered JSON that is not an object")
    return data


def _raise_error(data: dict[str, Any], api: str) -> None:
    error = data.get("error")
    if isinstance(error, dict):
        raise FetchError(f"{api} refused the request: {error.get('code')}: {error.get('info', '')}".rstrip(": "))


def _page_list(pages: object) -> list[dict[str, Any]]:
    """Pages of either shape: formatversion 1 keys them by page id, 2 lists them."""
    if isinstance(pages, dict):
        return list(pages.values())
    return list(pages) if isinstance(pages, list) else []


def _revision(page: dict[str, Any]) -> tuple[str, int | None] | None:
    """(wikitext, revid) of a page's first revision; None while a continuation still owes it."""
    revisions = page.get("revisions") or []
    if not revisions:
        return None
    rev = revisions[0]
    slot = rev.get("slots", {}).get("main", rev)  # without rvslots the text sits on the revision
    text = slot.get("content", slot.get("*"))
    return (text, rev.get("revid")) if isinstance(text, str) else None


# -- which pages are races -------------------------------------------------------------------------


def saved_text(page: WikiPage, api: str, when: str) -> str:
    revid = page.revid if page.revid is not None else "?"
    return f"{FETCHED_MARK} from {api} revid={revid} on {when} -->\n{page.wikitext}"


@dataclass
class Skipped:
    title: str
    reason: str

    def __str__(self) -> str:
        return f"{self.title}: {self.reason}"


@dataclass
class Fetched:
    """What a fetch found: pages to store (as they will be saved), pages skipped and why,
    titles that do not exist, and notes on categories and season articles."""

    api: str
    when: str
    pages: dict[str, str] = field(default_factory=dict)  # file name -> text as saved
    titles: dict[str, str] = field(default_factory=dict)  # file name -> page title
    skipped: list[Skipped] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def keep(self, page: WikiPage, text: str) -> None:
        self.pages[file_name(page.title)] = text
        self.titles[file_name(page.title)] = page.title


class _Checker:
    """Writes each page as it will be saved into a scratch folder and reads it back."""

    def __init__(self, folder: Path, api: str, when: str) -> None:
        self.folder, self.api, self.when = folder, api, when

    def __call__(self, page: WikiPage) -> tuple[str, str | None]:
        """(text as saved, None) for a page with a results table, else (text, the reason)."""
        text = saved_text(page, self.api, self.when)
        path = self.folder / file_name(page.title)
        path.write_text(text, encoding="utf-8")
        try:
            read_page(path)
        except ArticleError as exc:
            return text, (f"line {exc.line}: {exc.reason}" if exc.line > 1 else exc.reason)
        finally:
            path.unlink(missing_ok=True)
        return text, None


def fetch_races(titles: Iterable[str], client: MediaWikiClient, *, via: str = "query",
                today: str | None = None) -> Fetched:
    """Fetch ``titles`` (articles, ``Category:…``, season articles) and sort the pages into races
    to store, pages skipped and titles missing. Nothing is written outside a scratch folder."""
    when = today or datetime.now(timezone.utc).date().isoformat()
    out = Fetched(client.api, when)
    named: list[str] = []  # titles named on the command line, in order, once each
    from_categories: list[str] = []
    for raw in titles:
        title = clean_title(raw)
        if not title:
            continue
        if is_category(title):
            members = client.category_members(title)
            if not members:
                out.missing.append(f"{raw} (no such category, or no articles in it)")
            out.notes.append(f"{title}: {len(members)} article(s)")
            from_categories.extend(members)
        elif title not in named:
            named.append(title)
    wanted = named + [t for t in dict.fromkeys(from_categories) if t not in named]
    pages = client.pages(wanted, via)
    out.missing.extend(t for t in named if pages.get(t) is None)
    out.skipped.extend(Skipped(t, "listed in the category but not found") for t in wanted[len(named):]
                       if pages.get(t) is None)
    with tempfile.TemporaryDirectory(prefix="pitwall-fetch-") as scratch:
        check = _Checker(Path(scratch), client.api, when)
        seasons: list[tuple[WikiPage, str]] = []
        seen: set[str] = set()  # page titles: two names (or a redirect) for one page fetch it once
        for title in wanted:
            page = pages.get(title)
            if page is None or page.title in seen:
                continue
            seen.add(page.title)
            text, reason = check(page)
            if reason is None:
                out.keep(page, text)
            elif title in named and reason.startswith(NO_RESULTS) and linked_titles(page.wikitext):
                seasons.append((page, reason))
            else:
                out.skipped.append(Skipped(page.title, reason))
        for season, reason in seasons:
            _follow_season(season, reason, client, via, check, out)
    return out


def _follow_season(season: WikiPage, reason: str, client: MediaWikiClient, via: str, check: _Checker,
                   out: Fetched) -> None:
    """Keep the race articles a season article links to (one level: their links are not followed)."""
    links = [t for t in linked_titles(season.wikitext) if t != season.title]
    found = client.pages(links, via)
    races: set[str] = set()
    for title in links:
        page = found.get(title)
        if page is None or page.title == season.title:
            continue
        if file_name(page.title) in out.pages:
            races.add(page.title)
            continue
        text, why = check(page)
        if why is None:
            out.keep(page, text)
            races.add(page.title)
    if races:
        out.notes.append(f"{season.title}: a season article (no results table of its own): {len(races)} of the "
                         f"{len(links)} page(s) it links to hold results; the others are not stored")
    else:
        out.skipped.append(Skipped(season.title, f"{reason}; none of the {len(links)} page(s) it links to has one"))


def store_fetched(fetched: Fetched, save_dir: Path, db_path: Path) -> tuple[list[IngestReport], list[ArticleError]]:
    """Save the fetched pages into ``save_dir`` and ingest them in one call. If the call refuses,
    the saved files are removed again (and files they replaced restored)."""
    save_dir.mkdir(parents=True, exist_ok=True)
    before: dict[Path, bytes | None] = {}
    paths: list[Path] = []
    try:
        for name, text in fetched.pages.items():
            path = save_dir / name
            before[path] = path.read_bytes() if path.exists() else None
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        reports, errors = ingest(paths, db_path)
    except BaseException:
        _restore(before)
        raise
    if errors:
        _restore(before)
    return reports, errors


def _restore(before: dict[Path, bytes | None]) -> None:
    for path, old in before.items():
        if old is None:
            path.unlink(missing_ok=True)
        else:
            path.write_bytes(old)
