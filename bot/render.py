"""Answers as Discord messages: embeds of one layout, plain text for mentions, every limit kept.

User text that an answer echoes back is escaped (markdown and mentions), and every send goes
out with ``AllowedMentions.none()``.
"""
from __future__ import annotations

import re

import discord

from data.answers import AMBIGUOUS, ANSWERED, NOT_FOUND, UNSUPPORTED, Answer

NO_PINGS = discord.AllowedMentions.none()
MESSAGE_LIMIT = 2000
TITLE_LIMIT, DESCRIPTION_LIMIT, FIELD_NAME_LIMIT, FIELD_VALUE_LIMIT = 256, 4096, 256, 1024
FOOTER_LIMIT, FIELDS_LIMIT, EMBED_LIMIT = 2048, 25, 6000
ENTRIES_PER_PAGE = 10
COLOURS = {ANSWERED: 0x2ECC71, AMBIGUOUS: 0xF1C40F, NOT_FOUND: 0xE67E22, UNSUPPORTED: 0x95A5A6}


_MARKDOWN = re.compile(r"([\\*_~|`>\[\]])")


def safe(text: str) -> str:
    """Shown as typed, never as markdown, a link or a ping.

    Every character that can start formatting (bold, italics, strike, spoilers, code, quotes,
    masked links) is backslash-escaped and mentions are broken up. Car numbers such as "#25"
    are left alone: a heading needs "# " at the start of a line, which answers never have.
    """
    return discord.utils.escape_mentions(_MARKDOWN.sub(r"\\\1", text))


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def answer_text(answer: Answer, limit: int = MESSAGE_LIMIT) -> str:
    """The plain-text reply (mentions, console), escaped and within one message: whole lines, the
    footer naming the race(s) kept, and a line saying how many were left out when not all fit."""
    text = safe(answer.text())
    if len(text) <= limit:
        return text
    lines = text.split("\n")
    footer = [lines.pop()] if len(lines) > 1 and lines[-1].startswith("— ") else []
    kept: list[str] = []
    for i, line in enumerate(lines):
        if len("\n".join([*kept, line, f"… and {len(lines) - i} more lines", *footer])) > limit:
            break
        kept.append(line)
    if not kept:
        return clip(lines[0], limit)
    return "\n".join([*kept, f"… and {len(lines) - len(kept)} more lines", *footer])


def _entry_pages(answer: Answer) -> list[list[str]]:
    lines = [safe(line) for line in answer.listing()]
    return [lines[i:i + ENTRIES_PER_PAGE] for i in range(0, len(lines), ENTRIES_PER_PAGE)] or [[]]


def page_count(answer: Answer) -> int:
    return len(_entry_pages(answer))


def answer_embed(answer: Answer, page: int = 0) -> discord.Embed:
    """One embed: title, the direct answer, fields, a page of entries, and a footer naming the race."""
    pages = _entry_pages(answer)
    page = max(0, min(page, len(pages) - 1))
    parts = [safe(answer.summary)]
    if answer.suggestions:
        parts.append("Suggestions (not matches): " + ", ".join(safe(s) for s in answer.suggestions))
    parts.extend(safe(line) for line in answer.lines)
    if pages[page]:
        parts.append("\n".join(pages[page]))
    embed = discord.Embed(title=clip(safe(answer.title or "Pitwall"), TITLE_LIMIT),
                          description=clip("\n".join(parts), DESCRIPTION_LIMIT),
                          colour=COLOURS.get(answer.status, 0x3498DB))
    for name, value in answer.fields[:FIELDS_LIMIT]:
        embed.add_field(name=clip(safe(name), FIELD_NAME_LIMIT), value=clip(safe(value) or "—", FIELD_VALUE_LIMIT),
                        inline=len(value) <= 40)
    footer = answer.footer
    if len(pages) > 1:
        footer = f"Page {page + 1}/{len(pages)} · {footer}"
    if footer:
        embed.set_footer(text=clip(footer, FOOTER_LIMIT))
    return fit(embed)


def fit(embed: discord.Embed) -> discord.Embed:
    """Trim an embed until it is within Discord's 6,000-character total."""
    while len(embed) > EMBED_LIMIT and embed.fields:
        embed.remove_field(-1)
    if len(embed) > EMBED_LIMIT and embed.description:
        over = len(embed) - EMBED_LIMIT
        embed.description = clip(embed.description, max(1, len(embed.description) - over - 1))
    return embed


def embed_problems(embed: discord.Embed) -> list[str]:
    """Every Discord embed limit this embed breaks (none, for anything ``answer_embed`` returns)."""
    problems = []
    for what, text, limit in (("title", embed.title, TITLE_LIMIT), ("description", embed.description, DESCRIPTION_LIMIT),
                              ("footer", embed.footer.text, FOOTER_LIMIT)):
        if text and len(text) > limit:
            problems.append(f"{what}: {len(text)} > {limit}")
    if len(embed.fields) > FIELDS_LIMIT:
        problems.append(f"fields: {len(embed.fields)} > {FIELDS_LIMIT}")
    for f in embed.fields:
        if not f.name or len(f.name) > FIELD_NAME_LIMIT:
            problems.append(f"field name {f.name!r}: {len(f.name or '')} not in 1..{FIELD_NAME_LIMIT}")
        if not f.value or len(f.value) > FIELD_VALUE_LIMIT:
            problems.append(f"field value of {f.name!r}: {len(f.value or '')} not in 1..{FIELD_VALUE_LIMIT}")
    if len(embed) > EMBED_LIMIT:
        problems.append(f"total: {len(embed)} > {EMBED_LIMIT}")
    return problems
