"""Charts as PNG for reports: matplotlib on the Agg backend, with a font that has Vietnamese glyphs."""

from __future__ import annotations

import io
from decimal import Decimal

__all__ = ["achievement_chart"]

# Serif fonts first to match the document; all three carry Vietnamese glyphs.
_FONTS = ["Liberation Serif", "DejaVu Serif", "DejaVu Sans"]


def achievement_chart(labels: list[str], percents: list[Decimal | None], *, title: str = "") -> bytes:
    """A horizontal bar chart of % achieved per target, with the 100% line; returns PNG bytes."""
    import matplotlib

    matplotlib.use("Agg")
    values = [float(p) if p is not None else 0.0 for p in percents]
    short = [lb if len(lb) <= 48 else lb[:46] + "…" for lb in labels]
    height = max(2.5, 0.38 * len(values) + 1.2)
    with matplotlib.rc_context({"font.family": _FONTS}):
        return _draw(short, values, percents, title, height)


def _draw(
    short: list[str], values: list[float], percents: list[Decimal | None], title: str, height: float
) -> bytes:
    from matplotlib.figure import Figure

    fig = Figure(figsize=(7.5, height), dpi=150)
    ax = fig.add_subplot()
    colours = ["#2e7d32" if v >= 100 else "#c62828" for v in values]
    ypos = list(range(len(values)))[::-1]
    ax.barh(ypos, values, color=colours, height=0.6)
    ax.axvline(100, color="#333333", linewidth=0.8, linestyle="--")
    ax.set_yticks(ypos, short, fontsize=8)
    ax.set_xlabel("% so với kế hoạch", fontsize=9)
    for y, v, p in zip(ypos, values, percents, strict=True):
        text = "chưa có số liệu" if p is None else f"{v:.1f}".replace(".", ",") + "%"
        ax.text(
            v + 1,
            y,
            text,
            va="center",
            fontsize=7,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.5},
        )
    ax.set_xlim(0, max([*values, 100.0]) * 1.18)
    if title:
        ax.set_title(title, fontsize=10)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()
