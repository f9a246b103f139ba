"""One entry said in words: the sentences and fields every answer about a car or driver uses."""
from __future__ import annotations

from data.answers import EntryView, ordinal, plural


def driver_sentence(name: str, e: EntryView, with_race: bool = True) -> str:
    race = f" in the {e.race.title}" if with_race else ""
    mates = [d for d in e.drivers if d != name]
    shared = f", sharing with {', '.join(mates)}" if mates else ""
    car = f"the {e.car_name}"
    if e.classified:
        head = f"{name} finished {ordinal(e.position)}{'' if e.classless else ' overall'}{e.in_class}{race}" + (
            " (won)" if e.position == 1 else "")  # "how did marquez do?": that he won, in the word asked
    else:
        head = f"{name} {e.was_status}{race}" + ("" if e.classless else f" ({e.class_name})")
    gap = ""
    if e.behind_overall and e.status not in ("DNS", "DNQ"):  # a car that never started is no laps behind anyone
        gap = f", {plural(e.behind_overall, 'lap')} behind the winner"
    why = f" ({e.reason})" if e.reason else ""
    run = f": {e.run}" if e.run else ""
    return f"{head}, driving {car}{shared}{run}{gap}{why}."


def car_sentence(e: EntryView) -> str:
    crew = ", ".join(e.drivers)
    if e.classified:
        result = f"finished {ordinal(e.position)}{'' if e.classless else ' overall'}{e.in_class}"
    else:
        result = e.was_status + ("" if e.classless else f" in {e.class_name}")
    why = f" ({e.reason})" if e.reason else ""
    chassis = "" if e.chassis == e.team or not e.chassis else f", {e.chassis}"
    run = f" with {e.run}" if e.run else ""
    return f"{e.car or e.chassis} ({crew}){chassis if e.car else ''}, {result}{run}{why}."


def entry_fields(e: EntryView, exclude: str | None = None) -> list[tuple[str, str]]:
    """The facts of one entry as (label, value) pairs, shared by embeds and text."""
    mates = [d for d in e.drivers if d != exclude]
    fields = [
        ("Position", f"{e.position_text if not e.classified else ordinal(e.position)}"
                     + ("" if e.classless else " overall")
                     + (f", {ordinal(e.class_position)} in class" if e.class_position and not e.classless else "")),
        *([] if e.classless else [("Class", e.class_name)]),
        ("Car", f"#{e.car_number}" if e.car_number else "—"),
        ("Team", e.team or "—"),
        ("Co-drivers" if exclude else "Drivers", ", ".join(mates) or "—"),
        ("Chassis", e.chassis or "—"),
        ("Engine", e.engine or "—"),
    ]
    if e.tyre:
        fields.append(("Tyre", e.tyre))
    fields.append(("Laps", "—" if e.laps is None else str(e.laps)))
    if e.grid is not None:
        gained = e.places_gained
        fields.append(("Grid", f"{ordinal(e.grid)}" + (f" ({'+' if gained > 0 else ''}{gained} places)" if gained else "")))
    if e.points is not None:
        fields.append(("Points", f"{e.points:g}"))
    if e.race_time:
        fields.append(("Time" if e.position == 1 else "Time / gap", e.race_time))
    if e.behind_class is not None:
        fields.append(("Behind class winner", plural(e.behind_class, "lap")))
    if e.behind_overall is not None:
        fields.append(("Behind overall winner", plural(e.behind_overall, "lap")))
    fields.append(("Status", e.status_text))
    if e.reason:
        fields.append(("Reason", e.reason))
    return fields
