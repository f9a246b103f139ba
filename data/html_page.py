"""Read a race article saved as HTML (a browser's "save page", or the API's ``action=parse``) into a ``Page``.

Parsed with lxml. Nationality is only in flag images: ``Flag_of_the_Netherlands.svg`` (or the
image's alt text) becomes the code NED before the name it marks. Reference marks, edit-section
links, styles and scripts go; ``<br>`` starts a new line (one person per line); rowspans and
colspans are expanded into the grid.
"""
from __future__ import annotations

import logging
import re
from urllib.parse import unquote

import lxml.html
from lxml import etree

from data.article import ArticleError
from data.page import Cell, Page, Table, code_for_country, rookie_marks, source_hash

log = logging.getLogger(__name__)

_FLAG_FILE = re.compile(r"(?:Flag_of_([^/]+?)|/([A-Za-z]{2,3})_flag[^/]*?)(?:_\([^)/]*\))?\.(?:svg|png|gif)", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_DROP_XPATH = ("//sup[contains(concat(' ', @class, ' '), ' reference ')] | //span[contains(@class, 'mw-editsection')]"
               " | //style | //script | //sup | //span[@class='sortkey']"
               " | //*[contains(@style, 'display:none')]")


def _flag_code(img: etree._Element) -> str | None:
    m = _FLAG_FILE.search(unquote(img.get("src", "") or img.get("srcset", "") or ""))
    if m:
        code = code_for_country((m.group(1) or m.group(2).upper()).replace("_", " "))
        if code:
            return code
    for attr in (img.get("alt"), (img.getparent().get("title") if img.getparent() is not None else None)):
        if attr:
            code = code_for_country(attr)
            if code:
                return code
    return None


def _text_parts(el: etree._Element, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag == "br":
        out.append("\n")
    elif tag == "img":
        code = _flag_code(el)
        if code:
            out.append(f" {code} ")
    elif tag in ("p", "div", "li") and out:
        out.append("\n")
    if tag not in ("br", "img") and el.text:
        out.append(el.text)
    for child in el:
        _text_parts(child, out)
        if child.tail:
            out.append(child.tail)


def html_lines(el: etree._Element) -> list[str]:
    """An element's text as lines (a line per ``<br>``), flags as codes."""
    out: list[str] = []
    _text_parts(el, out)
    text = "".join(out).replace("\xa0", " ")
    return [" ".join(ln.split()) for ln in text.split("\n") if ln.strip()]


def _grid(table: etree._Element) -> list[list[Cell]]:
    """The table's rows with rowspans and colspans expanded (a spanned cell is one object)."""
    grid: list[list[Cell]] = []
    pending: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows still to cover)
    origin = 0
    for tr in table.iter("tr"):
        if _inner_table(tr, table):
            continue
        row: list[Cell] = []
        col = 0

        def fill_pending() -> None:
            nonlocal col
            while col in pending:
                cell, left = pending[col]
                row.append(cell)
                if left <= 1:
                    del pending[col]
                else:
                    pending[col] = (cell, left - 1)
                col += 1

        for td in tr:
            if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
                continue
            fill_pending()
            origin += 1
            cell = Cell(html_lines(td), td.tag == "th", origin, td.sourceline or 0)
            rowspan = _span(td.get("rowspan"))
            for _ in range(_span(td.get("colspan"))):
                row.append(cell)
                if rowspan > 1:
                    pending[col] = (cell, rowspan - 1)
                col += 1
        fill_pending()  # spans from above that reach past this row's last cell
        if row:
            grid.append(row)
    return grid


def _inner_table(tr: etree._Element, table: etree._Element) -> bool:
    """A row of a table nested inside ``table`` (its nearest table ancestor is another table)."""
    return next(tr.iterancestors("table"), None) is not table


def _span(value: str | None) -> int:
    digits = re.match(r"\s*(\d+)", value or "")
    return max(1, min(int(digits.group(1)), 500)) if digits else 1


_LAP_HEADINGS = {"pole position": "pole", "pole": "pole", "fastest lap": "fastest_lap"}
# headings of the infobox that name no class: what follows them is not one class's
_OTHER_HEADINGS = frozenset({"podium", "race details", "lap leaders", "race", "qualifying", ""})


def read_html(data: bytes, path: str, fallback_title: str) -> Page:
    """A ``Page`` of saved HTML; the title is the page's ``<h1>`` or ``<title>``, else ``fallback_title``."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleError(path, 1, f"not UTF-8 text ({exc.reason})") from None
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError) as exc:
        raise ArticleError(path, 1, f"not an HTML page ({exc})") from None
    for el in root.xpath(_DROP_XPATH):
        el.drop_tree()
    title = ""
    h1 = root.xpath("//h1")
    if h1:
        title = " ".join(h1[0].text_content().split())
    elif root.find(".//title") is not None:
        title = re.sub(r"\s+[-–—]\s+Wikipedia.*$", "", " ".join((root.find(".//title").text_content() or "").split()))
    page = Page(path=path, form="html", source_hash=source_hash(data), title=title or fallback_title, intro="")
    for box in root.xpath("//table[contains(concat(' ', @class, ' '), ' infobox ')]"):
        group, heading, driver = "", None, ""
        for tr in box.iter("tr"):
            cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]
            texts = [" ".join(c.text_content().split()) for c in cells]
            if len(cells) == 1:  # a heading: "Pole position", or a class ("MotoGP") that the next ones are under
                heading = _LAP_HEADINGS.get(texts[0].lower())
                if heading is None and texts[0] and texts[0].lower() not in _OTHER_HEADINGS:
                    group = texts[0]
                driver = ""
                continue
            if len(cells) == 2:  # "Date | September 11, 2005", whether the label is a th or a bold td
                label = texts[0].lower()
                if label:
                    page.infobox.setdefault(label, " ".join(html_lines(cells[1])))
            if heading and len(cells) >= 2:  # "Driver | Sebastian Vettel | Red Bull-Renault", "Time | 1:36.184"
                label = texts[0].lower()
                if label in ("driver", "rider", "drivers", "riders"):
                    driver = texts[1]
                elif label == "time" and driver:
                    page.infobox_laps.append((group, heading, driver, texts[1]))
                    driver = ""
        break
    outline: dict[int, str] = {}
    intro: list[str] = []
    lead: list[str] = []
    seen_heading = False
    in_statistics = False
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _HEADINGS and tag != "h1":
            level = int(tag[1])
            outline = {lv: t for lv, t in outline.items() if lv < level}
            outline[level] = " ".join(el.text_content().split())
            seen_heading = True
            lead = []
            in_statistics = "statistic" in outline[level].lower()
        elif tag == "p" and not _inside(el, "table"):
            (lead if seen_heading else intro).extend(html_lines(el))
        elif tag == "li" and in_statistics:
            page.statistics.append(" ".join(html_lines(el)))
        elif tag == "table" and "wikitable" in (el.get("class") or "") and not _inside(el, "table"):
            headings = [outline[lv] for lv in sorted(outline)]
            caption = el.find("caption")
            if caption is not None and caption.text_content().strip():
                headings.append(" ".join(caption.text_content().split()))
            page.tables.append(Table(headings[-1] if headings else "", headings, _grid(el), el.sourceline or 0,
                                     " ".join(lead)))
    page.intro = " ".join(intro)
    page.rookie_marks = rookie_marks(root.text_content())
    if not page.tables and "<table" in text and "</table>" not in text:
        raise ArticleError(path, text.count("\n") + 1, "a table is never closed (truncated page?)")
    return page


def _inside(el: etree._Element, tag: str) -> bool:
    return next(el.iterancestors(tag), None) is not None
