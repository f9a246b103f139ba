"""The /race chart: laps completed per car, coloured by class, retirements marked."""
from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from data.answers import EntryView  # noqa: E402

_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
            "#bcbd22", "#17becf"]


def laps_chart(title: str, entries: list[EntryView]) -> bytes:
    """A PNG bar chart, one bar per car in classification order."""
    classes = list(dict.fromkeys(e.class_name for e in entries))
    colour = {c: _PALETTE[i % len(_PALETTE)] for i, c in enumerate(classes)}
    height = max(3.0, 0.28 * len(entries) + 1.2)
    fig, ax = plt.subplots(figsize=(8, height), dpi=100)
    try:
        # a bike race's table may print no numbers: the rider's surname labels the bar instead
        labels = [f"{e.position_text} #{e.car_number}" if e.car_number else
                  f"{e.position_text} {(e.drivers or ['?'])[0].split()[-1]}" for e in entries]
        laps = [e.laps or 0 for e in entries]
        bars = ax.barh(range(len(entries)), laps, color=[colour[e.class_name] for e in entries])
        for bar, e in zip(bars, entries):
            if not e.classified:
                bar.set_hatch("//")
                bar.set_alpha(0.6)
                ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {e.position_text}",
                        va="center", fontsize=7)
        ax.set_yticks(range(len(entries)), labels, fontsize=7)
        ax.invert_yaxis()
        ax.set_xlabel("Laps completed")
        ax.set_title(title)
        handles = [Patch(color=colour[c], label=c) for c in classes]
        handles.append(Patch(facecolor="white", edgecolor="black", hatch="//", label="not classified / retired"))
        ax.legend(handles=handles, fontsize=7, loc="lower right")
        fig.tight_layout()
        buf = io.BytesIO()
        fig.savefig(buf, format="png")
        return buf.getvalue()
    finally:
        plt.close(fig)
