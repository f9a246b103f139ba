"""The /race chart renders to a valid PNG of sensible size."""
from __future__ import annotations

import struct

from bot.chart import laps_chart


def test_chart_is_a_valid_png_of_sensible_size(seed_pw):
    answer = seed_pw.race_summary()
    png = laps_chart(answer.title, answer.entries)
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and png[12:16] == b"IHDR"
    width, height = struct.unpack(">II", png[16:24])
    assert 600 <= width <= 1200 and 300 <= height <= 2000
    assert 10_000 < len(png) < 2_000_000
