"""Read a race article's wikitext (Wikipedia's edit view, or the MediaWiki API) into a ``Page``.

Tables and sections come from ``wikitextparser`` (rowspans and colspans expanded); cell markup is
reduced to text here: ``{{flagicon|NED}}`` becomes the code NED before the name it marks,
``[[Target|Label]]`` its label, ``<br>`` a new line (one person per line), ``{{sortname|A|B}}``
"A B", ``{{nowrap|…}}`` its text, a tyre template such as ``{{M}}`` its letter; references,
comments and bold or italic quotes go.
"""
from __future__ import annotations

import html
from bisect import bisect_right
import logging
import re
from collections.abc import Callable

import wikitextparser

from data.article import ArticleError
from data.page import Cell, Page, Table, code_for_country, source_hash

log = logging.getLogger(__name__)

FETCHED_MARK = "<!-- pitwall-fetched"  # first line of wikitext saved by ``pitwall fetch``

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_REF = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>|<sup[^>]*>.*?</sup>", re.S | re.I)  # and footnote marks
_BR = re.compile(r"<br\s*/?>|<br\s[^>]*>", re.I)
_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
_TEMPLATE = re.compile(r"\{\{([^{}]*)\}\}")
_LINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]]*)\]\]")
_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\]]+\s*([^\]]*)\]")
_QUOTES = re.compile(r"'{2,}")
_FLAG_TEMPLATES = frozenset(("flagicon", "flag", "flagcountry", "flagu", "flagdeco", "flag icon", "flagathlete",
                             "flagicon image", "flagia", "flagsport"))
_SORTNAME = frozenset(("sortname", "sort name", "sortname-nolink"))
_DROPPED = frozenset(("cite web", "cite news", "cite book", "cite journal", "efn", "refn", "sfn", "citation needed",
                      "cn", "fact", "dagger", "ref", "r", "clear", "notetag", "#tag:ref", "abbr"))


def _template(m: re.Match) -> str:
    parts = [p.strip() for p in m.group(1).split("|")]
    name = parts[0].strip().lower().replace("_", " ")
    args = [p for p in parts[1:] if "=" not in p]
    if name in _DROPPED or name.startswith(("cite", "infobox")):
        return ""
    if name in _FLAG_TEMPLATES:
        if name == "flagathlete" and len(args) >= 2:
            code = code_for_country(args[1])
            return f"{code} {args[0]}" if code else args[0]
        code = code_for_country(args[0]) if args else None
        return f"{code} " if code else ""
    if name in _SORTNAME:
        return " ".join(args[:2])
    if not args:
        up = parts[0].strip()
        code = code_for_country(up) if len(up) == 3 and up.isupper() else None
        return f"{code} " if code else up  # {{GBR}} a flag; {{M}} a tyre maker's letter
    if name in ("nowrap", "nobr", "small", "big", "nobold", "bold", "center", "right"):
        return args[0]
    return args[-1]


def wiki_lines(value: str) -> list[str]:
    """A cell's wikitext as lines of plain text (a line per ``<br>``)."""
    if "<" in value:
        value = _REF.sub("", _COMMENT.sub("", value))
        value = _BR.sub("\n", value)
        value = _TAG.sub("", value)
    while "{{" in value:
        new = _TEMPLATE.sub(_template, value)
        if new == value:
            break
        value = new
    if "[" in value:
        value = _LINK.sub(r"\1", value)
        value = _EXTERNAL.sub(r"\1", value)
    value = _QUOTES.sub("", value)
    value = html.unescape(value).replace("\xa0", " ")
    return [" ".join(ln.split()) for ln in value.split("\n") if ln.strip()]


def _infobox(parsed: wikitextparser.WikiText) -> dict[str, str]:
    for template in parsed.templates:
        if template.name.strip().lower().startswith("infobox"):
            return {a.name.strip().lower().replace("_", " "): " ".join(wiki_lines(a.value))
                    for a in template.arguments if a.name.strip()}
    return {}


def read_wikitext(text: str, path: str, title: str) -> Page:
    """A ``Page`` of wikitext; ``title`` comes from the file name (or the API)."""
    form = "fetched" if text.startswith(FETCHED_MARK) else "wikitext"
    parsed = wikitextparser.parse(text)
    sections = [s for s in parsed.sections if s.level]
    first_heading = sections[0].span[0] if sections else len(text)
    intro_text = text[:first_heading]
    # the intro: prose before the first heading, without the infobox and other templates' bodies
    intro_lines = [ln for ln in wiki_lines(_TEMPLATE_BLOCK.sub("", intro_text)) if not ln.startswith(("{|", "|", "!"))]
    page = Page(path=path, form=form, source_hash=source_hash(text.encode()), title=title,
                intro=" ".join(intro_lines), infobox=_infobox(parsed))
    starts = [0]
    for ln in text.split("\n"):
        starts.append(starts[-1] + len(ln) + 1)

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)  # the number of line starts at or before offset

    for table in parsed.tables:
        start = table.span[0]
        line = line_of(start)
        if not table.string.rstrip().endswith("|}"):
            raise ArticleError(path, line, "a table opened with '{|' is never closed with '|}' (truncated?)")
        headings = _headings_at(sections, start)
        above = max((sec.span[0] for sec in sections if sec.span[0] <= start), default=first_heading)
        lead_text = text[above:start].split("\n", 1)[1] if above < start and "\n" in text[above:start] else ""
        lead = " ".join(ln for ln in wiki_lines(_TEMPLATE_BLOCK.sub("", lead_text))
                        if not ln.startswith(("{|", "|", "!", "=")))
        try:
            rows = table.cells(span=True)
        except (ValueError, IndexError) as exc:
            raise ArticleError(path, line, f"the table cannot be read ({exc})") from None
        grid: list[list[Cell]] = []
        for row in rows:
            cells = []
            for c in row:
                if c is None:
                    continue
                cells.append(Cell(wiki_lines(c.value), bool(c.is_header), c.span[0], line_of(c.span[0])))
            if cells:
                grid.append(cells)
        page.tables.append(Table(headings[-1] if headings else "", headings, grid, line, lead))
    for s in sections:
        if "statistic" in (s.title or "").lower():
            body = s.contents
            page.statistics.extend(" ".join(wiki_lines(ln)) for ln in body.split("\n") if ln.lstrip().startswith("*"))
    _check_unclosed(text, path, line_of)
    return page


_TEMPLATE_BLOCK = re.compile(r"\{\{(?:[^{}]|\{\{(?:[^{}]|\{\{[^{}]*\}\})*\}\})*\}\}", re.S)


def _headings_at(sections: list, offset: int) -> list[str]:
    outline: dict[int, str] = {}
    for s in sections:
        if s.span[0] <= offset:
            outline = {lv: t for lv, t in outline.items() if lv < s.level}
            outline[s.level] = " ".join(wiki_lines(s.title or ""))
    return [outline[lv] for lv in sorted(outline)]


def _check_unclosed(text: str, path: str, line_of: Callable[[int], int]) -> None:
    depth = 0
    opened_at = 0
    for m in re.finditer(r"^\s*(\{\||\|\})", text, re.M):
        if m.group(1) == "{|":
            if depth == 0:
                opened_at = m.start(1)
            depth += 1
        else:
            depth = max(0, depth - 1)
    if depth:
        raise ArticleError(path, line_of(opened_at), "a table opened with '{|' is never closed with '|}' (truncated?)")
