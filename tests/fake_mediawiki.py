"""A loopback MediaWiki API for tests: ``http.server`` on 127.0.0.1, an ephemeral port, a thread.

It serves pages from a dict in the documented response shapes of ``api.php``:

- ``action=query&prop=revisions&rvprop=content|ids&rvslots=main&titles=A|B`` (at most 50 titles,
  as for clients without ``apihighlimits``), with ``normalized`` and, given ``redirects``, the
  ``redirects`` list; pages keyed by page id (``formatversion=1``, the text under ``'*'``,
  ``"missing": ""``) or listed (``formatversion=2``, ``content``, ``"missing": true``). With
  ``contents_per_response`` set, the texts of a batch come over several responses with
  ``continue.rvcontinue``, as the real API does for large pages;
- ``action=query&list=categorymembers&cmtitle=…&cmlimit=N`` with ``continue.cmcontinue``
  (``category_limit`` caps a response below ``cmlimit``, to make a continuation);
- ``action=parse&page=…&prop=wikitext`` (``parse.wikitext['*']`` or ``parse.wikitext``), and the
  ``missingtitle`` error;
- ``maxlag``: ``lagged`` answers the ``maxlag`` error (HTTP 200, ``Retry-After``) that many times;
- ``fail_status``/``failures``/``retry_after``: answer e.g. 429 with ``Retry-After`` that many times.

Every request is recorded (``requests``: the query parameters and the headers).
"""
from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

MAX_TITLES = 50
MAX_CATEGORY_LIMIT = 500


def normalise(title: str) -> str:
    title = " ".join(title.replace("_", " ").split())
    return title[:1].upper() + title[1:]


@dataclass
class Recorded:
    params: dict[str, str]
    headers: dict[str, str]


@dataclass
class FakeMediaWiki:
    pages: dict[str, str] = field(default_factory=dict)  # title -> wikitext
    redirects: dict[str, str] = field(default_factory=dict)  # title -> the page it redirects to
    categories: dict[str, list[str]] = field(default_factory=dict)  # "Category:X" -> member titles
    failures: int = 0  # answer fail_status this many times before serving
    fail_status: int = 429
    retry_after: str | None = "1"
    lagged: int = 0  # answer the maxlag error this many times
    contents_per_response: int | None = None
    category_limit: int = MAX_CATEGORY_LIMIT  # members per response at most, whatever cmlimit asks
    requests: list[Recorded] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @classmethod
    def from_folder(cls, folder: Path, **kwargs: object) -> "FakeMediaWiki":
        """Pages from ``.wiki`` files, titled by file name (underscores as spaces)."""
        pages = {f.stem.replace("_", " "): f.read_text(encoding="utf-8") for f in sorted(folder.glob("*.wiki"))}
        return cls(pages=pages, **kwargs)  # type: ignore[arg-type]

    @property
    def url(self) -> str:
        assert self._server is not None, "start the server first (use it as a context manager)"
        return f"http://127.0.0.1:{self._server.server_port}/w/api.php"

    def __enter__(self) -> "FakeMediaWiki":
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    def pageid(self, title: str) -> int:
        return 1000 + list(self.pages).index(title)

    def revid(self, title: str) -> int:
        return 50_000 + self.pageid(title)

    # -- answers -------------------------------------------------------------------------------

    def answer(self, params: dict[str, str]) -> tuple[int, dict[str, str], object]:
        """(status, extra headers, JSON body) for one request."""
        with self._lock:
            if self.failures > 0:
                self.failures -= 1
                headers = {"Retry-After": self.retry_after} if self.retry_after is not None else {}
                return self.fail_status, headers, {"error": "Too many requests"}
            if self.lagged > 0 and "maxlag" in params:
                self.lagged -= 1
                return 200, {"Retry-After": "1", "X-Database-Lag": "7"}, {
                    "error": {"code": "maxlag", "info": "Waiting for 10.64.0.1: 7 seconds lagged.", "host": "10.64.0.1",
                              "lag": 7, "type": "db"}}
        if params.get("format") != "json":
            return 200, {}, {"error": {"code": "badformat", "info": "this fake only speaks JSON"}}
        fv = 2 if params.get("formatversion") in ("2", "latest") else 1
        action = params.get("action")
        if action == "parse":
            return 200, {}, self._parse(params, fv)
        if action == "query" and params.get("list") == "categorymembers":
            return 200, {}, self._members(params, fv)
        if action == "query" and params.get("prop") == "revisions":
            return 200, {}, self._revisions(params, fv)
        return 200, {}, {"error": {"code": "badvalue", "info": f"unsupported here: {params}"}}

    def _members(self, params: dict[str, str], fv: int) -> object:
        category = normalise(params.get("cmtitle", ""))
        limit = min(int(params.get("cmlimit", "10")), self.category_limit)
        members = [t for t in self.categories.get(category, [])
                   if params.get("cmnamespace", "0") != "0" or ":" not in t]
        start = int(params.get("cmcontinue", "page|0").split("|")[-1])
        chunk = members[start:start + limit]
        body: dict[str, object] = {"batchcomplete": True if fv == 2 else "",
                                   "query": {"categorymembers": [{"pageid": 9000 + start + i, "ns": 0, "title": t}
                                                                 for i, t in enumerate(chunk)]}}
        if start + limit < len(members):
            body["continue"] = {"cmcontinue": f"page|{start + limit}", "continue": "-||"}
            del body["batchcomplete"]
        return body

    def _revisions(self, params: dict[str, str], fv: int) -> object:
        asked = params.get("titles", "").split("|")
        if len(asked) > MAX_TITLES:
            return {"error": {"code": "toomanyvalues",
                              "info": f'Too many values supplied for parameter "titles". The limit is {MAX_TITLES}.'}}
        query: dict[str, list] = {"normalized": [], "redirects": []}
        finals: list[str] = []
        for raw in asked:
            title = normalise(raw)
            if title != raw:
                query["normalized"].append({"from": raw, "to": title})
            if "redirects" in params and title in self.redirects:
                query["redirects"].append({"from": title, "to": self.redirects[title]})
                title = self.redirects[title]
            if title not in finals:
                finals.append(title)
        start = int(params.get("rvcontinue", "0"))
        per = self.contents_per_response or len(finals)
        pages = []
        for i, title in enumerate(finals):
            if title not in self.pages:
                pages.append({"ns": 0, "title": title, "missing": True if fv == 2 else ""})
                continue
            page: dict[str, object] = {"pageid": self.pageid(title), "ns": 0, "title": title}
            if start <= i < start + per:
                slot = {"contentmodel": "wikitext", "contentformat": "text/x-wiki"}
                slot["content" if fv == 2 else "*"] = self.pages[title]
                page["revisions"] = [{"revid": self.revid(title), "parentid": self.revid(title) - 1,
                                      "slots": {"main": slot}}]
            pages.append(page)
        body: dict[str, object] = {"query": {k: v for k, v in query.items() if v}}
        if fv == 2:
            body["query"]["pages"] = pages  # type: ignore[index]
        else:
            keyed: dict[str, object] = {}
            negative = 0
            for page in pages:
                if "pageid" in page:
                    keyed[str(page["pageid"])] = page
                else:
                    negative -= 1
                    keyed[str(negative)] = page
            body["query"]["pages"] = keyed  # type: ignore[index]
        if start + per < len(finals):
            body["continue"] = {"rvcontinue": str(start + per), "continue": "||"}
        else:
            body["batchcomplete"] = True if fv == 2 else ""
        return body

    def _parse(self, params: dict[str, str], fv: int) -> object:
        title = normalise(params.get("page", ""))
        redirects = []
        if "redirects" in params and title in self.redirects:
            redirects.append({"from": title, "to": self.redirects[title]})
            title = self.redirects[title]
        if title not in self.pages:
            return {"error": {"code": "missingtitle", "info": "The page you specified doesn't exist."}}
        text = self.pages[title]
        return {"parse": {"title": title, "pageid": self.pageid(title), "revid": self.revid(title),
                          "redirects": redirects, "wikitext": text if fv == 2 else {"*": text}}}


def _handler(api: FakeMediaWiki) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            url = urlsplit(self.path)
            params = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
            with api._lock:
                api.requests.append(Recorded(params, {k: v for k, v in self.headers.items()}))
            status, headers, body = (api.answer(params) if url.path == "/w/api.php"
                                     else (404, {}, {"error": "not found"}))
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:  # quiet
            pass

    return Handler
