"""A corpus of hostile inputs: what people paste into public servers."""
from __future__ import annotations

BASE = [
    "", " ", "   \t\n  ", "\n", "\r\n\r\n", "a", "?", "#", "##", "#0", "#99999", "-1", "0", "3.5", "1e9",
    "x" * 6000, "who won? " * 700, "é" * 3000, "🏎️" * 1000, "\u200b" * 100, "\u202e" * 50,
    "\x00", "\x00who won\x00", "\x07\x08\x1b[31mred\x1b[0m", "\ud7ff", "\ufeffwho won", "\u2066who\u2069 won",
    "w\u200bh\u200bo w\u200bo\u200bn", "\u202ewho won", "Z̷̢̛̪a̴͍̓l̸̰̈g̸̛̱ő̵̦ ̶̜͒t̷̞́e̸̻͠x̵͖̓ť̵̙",
    "who won 🏁🏁🏁", "كريستنسن", "クリステンセン", "Кристенсен", "克里斯滕森", "크리스텐센", "Κρίστενσεν",
    "'; DROP TABLE races; --", "\" OR 1=1 --", "1; DELETE FROM entries", "Robert'); DROP TABLE drivers;--",
    "' UNION SELECT name FROM sqlite_master --", "%", "%%", "_", "*", "\\", "\\\\'", "' OR ''='",
    "{0}", "{name}", "%s%s%s%s", "%(x)s", "${jndi:ldap://x}", "{{7*7}}", "<script>alert(1)</script>",
    "**bold**", "__underline__", "~~strike~~", "||spoiler||", "`code`", "```\ncode fence\n```", "> quote",
    "# heading", "-# subtext", "[link](https://evil.example)", "<https://evil.example>", "https://discord.gg/invite",
    "discord.gg/abcdef", "@everyone", "@here", "@everyone who won?", "<@123456789012345678>",
    "<@!123456789012345678>", "<@&123456789012345678>", "<#123456789012345678>", "<:emoji:123456789012345678>",
    "<t:0:R>", "@​everyone", "＠everyone", "@ everyone", "@everyone @here <@&1> <@1>",
    "how did @everyone do", "how did <@&123456789012345678> do", "driver ||Kristensen||",
]
TEMPLATES = ["{}", "how did {} do?", "who won {}", "{} results", "car {}", "did {} finish?", "@Pitwall {}",
             "{} vs Kristensen"]


def hostile_inputs() -> list[str]:
    """At least 200 distinct hostile strings: the base list and each inside question templates."""
    out = list(BASE)
    for template in TEMPLATES[1:]:
        for item in BASE[20:]:
            out.append(template.format(item))
    seen: dict[str, None] = {}
    for s in out:
        seen.setdefault(s, None)
    return list(seen)
