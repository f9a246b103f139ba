"""Every form a race article comes in, read into parsed races: the one door ingest uses.

- ``.txt``: the plain pipe-table text of the bundled articles (``data.article``), one race;
- ``.wiki``: wikitext, as Wikipedia's edit view or the MediaWiki API gives it (``data.wikitext``);
- ``.html`` / ``.htm``: the page as a browser saves it or ``action=parse`` returns it (``data.html_page``).

A wikitext or HTML page may hold several races (``data.page.races_of_page``). Its title is the
page's own (``<h1>``), or else the file name with underscores as spaces.
"""
from __future__ import annotations

import logging
from pathlib import Path

from data.article import ArticleError, ParsedRace, read_article
from data.page import PageRaces, races_of_page

log = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".wiki", ".html", ".htm")


def title_from_file(path: Path) -> str:
    return path.stem.replace("_", " ").strip()


def read_page(path: Path) -> PageRaces:
    """The races of one article file in any form; ``ArticleError`` names the file and line."""
    suffix = path.suffix.lower()
    if suffix == ".txt":
        return PageRaces([read_article(path)], [])
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleError(str(path), 0, f"cannot be read ({exc.strerror})") from None
    if suffix == ".wiki":
        from data.wikitext import read_wikitext
        try:
            text = data.decode("utf-8").replace("\r\n", "\n")
        except UnicodeDecodeError as exc:
            raise ArticleError(str(path), 1, f"not UTF-8 text ({exc.reason})") from None
        page = read_wikitext(text, str(path), title_from_file(path))
    elif suffix in (".html", ".htm"):
        from data.html_page import read_html
        page = read_html(data, str(path), title_from_file(path))
    else:
        raise ArticleError(str(path), 0, f"not an article file (expected {', '.join(ARTICLE_SUFFIXES)})")
    return races_of_page(page)


def read_races(path: Path) -> list[ParsedRace]:
    return read_page(path).races
