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


def test_chart_of_a_race_without_classes_or_car_numbers(tmp_path) -> None:
    from data.ingest import ingest
    from data.service import Pitwall
    from tests.conftest import SHARED
    db = tmp_path / "bikes.db"
    assert not ingest([SHARED / "wtq" / "pages" / "2003_Australian_motorcycle_Grand_Prix.html"], db)[1]
    pw = Pitwall(db)
    race = next(r for r in pw.results.races() if r.title.endswith("250cc"))
    entries = pw.results.race_entries(race.id)
    assert entries and not any(e.car_number for e in entries) and {e.class_name for e in entries} == {"Overall"}
    png = laps_chart(race.title, entries)
    assert png.startswith(b"\x89PNG") and len(png) > 1000
