"""Server-side SVG charts for the progress pages: no JavaScript, sharp on screen and on paper.

Colours carry meaning (red: không đạt, amber: đúng hướng / gần đạt, green: đạt, vượt, grey: chưa
đánh giá) and every chart also writes its numbers as text, so it still reads in black and white.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from html import escape
from typing import Any

from django.utils.safestring import SafeString, mark_safe

from trongtam.core.assessment import STATUS_LABELS_VI

COLOURS = {
    "exceeded": "#1b7a33",
    "met": "#37b24d",
    "right_direction": "#f08c00",
    "missed": "#c92a2a",
    "no_data": "#adb5bd",
}
BANDS = (  # (from %, to %, fill): the colour bands behind a bar
    (0, 80, "#ffe3e3"),
    (80, 100, "#fff3bf"),
    (100, 150, "#d3f9d8"),
)
BUCKET_COLOURS = {"on_time": "#37b24d", "late": "#f08c00", "not_yet_due": "#adb5bd", "overdue": "#c92a2a"}
SCALE_MAX = 150


def _num(value: Decimal | float | int, decimals: int = 1) -> str:
    """A number the Vietnamese way for chart labels: 1.234,5."""
    text = f"{float(value):,.{decimals}f}"
    text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def _svg(width: int, height: int, label: str, body: str, cls: str) -> SafeString:
    return mark_safe(
        f'<svg class="chart {cls}" viewBox="0 0 {width} {height}" width="100%" '
        f'preserveAspectRatio="xMinYMid meet" role="img" aria-label="{escape(label)}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}</title>{body}</svg>'
    )


def target_bar(
    percent: Decimal | None, status: str, *, label: str = "", width: int = 220, status_text: str | None = None
) -> SafeString:
    """One target as a bar against its target line (100%), over red, amber and green bands; grey when not judged.

    ``status_text`` replaces the status's name in the text read out (a provisional pace before year end).
    """
    height = 26
    x0, x1 = 2, width - 56
    span = x1 - x0

    def x(p: float) -> float:
        return x0 + span * min(max(p, 0.0), SCALE_MAX) / SCALE_MAX

    parts = [
        f'<rect x="{x(lo):.1f}" y="3" width="{x(hi) - x(lo):.1f}" height="20" fill="{fill}"/>'
        for lo, hi, fill in BANDS
    ]
    colour = COLOURS.get(status, COLOURS["no_data"])
    status_vi = status_text or STATUS_LABELS_VI.get(status, status)
    if percent is None:
        parts.append(
            f'<rect x="{x0}" y="8" width="{span}" height="10" fill="none" stroke="{colour}" stroke-dasharray="4 3"/>'
        )
        text = status_vi if status == "no_data" else f"{status_vi}"
    else:
        p = float(percent)
        parts.append(f'<rect x="{x0}" y="8" width="{x(p) - x0:.1f}" height="10" fill="{colour}"/>')
        if p > SCALE_MAX:
            parts.append(f'<path d="M{x1 - 6} 6 L{x1} 13 L{x1 - 6} 20 Z" fill="{colour}"/>')
        text = f"{_num(percent)}%"
    parts.append(
        f'<line x1="{x(100):.1f}" y1="0" x2="{x(100):.1f}" y2="{height}" stroke="#1d2430" stroke-width="2"/>'
    )
    parts.append(f'<text x="{x1 + 4}" y="18" font-size="13" fill="#1d2430">{escape(text)}</text>')
    aria = f"{label}: {status_vi}" + (f", {_num(percent)}% kế hoạch" if percent is not None else "")
    return _svg(width, height, aria, "".join(parts), "bar")


def trend_line(
    points: Sequence[tuple[str, int]], total: int, *, label: str = "Số chỉ tiêu đạt và vượt theo tháng"
) -> SafeString:
    """How many targets are met or exceeded at each month's cut-off, against the total."""
    width, height, left, bottom, top = 520, 220, 34, 34, 14
    plot_w, plot_h = width - left - 12, height - bottom - top
    n = max(len(points), 1)
    ymax = max(total, 1)

    def px(i: int) -> float:
        return left + (plot_w * (i + 0.5) / n)

    def py(v: float) -> float:
        return top + plot_h * (1 - v / ymax)

    parts = [f'<line x1="{left}" y1="{py(0):.1f}" x2="{width - 12}" y2="{py(0):.1f}" stroke="#5b6472"/>']
    for tick in sorted({0, ymax // 2, ymax}):
        parts.append(
            f'<line x1="{left}" y1="{py(tick):.1f}" x2="{width - 12}" y2="{py(tick):.1f}" stroke="#e9ecef"/>'
            f'<text x="{left - 6}" y="{py(tick) + 4:.1f}" font-size="11" text-anchor="end">{tick}</text>'
        )
    parts.append(
        f'<line x1="{left}" y1="{py(total):.1f}" x2="{width - 12}" y2="{py(total):.1f}" stroke="#1b7a33" '
        f'stroke-dasharray="6 4"/><text x="{width - 14}" y="{py(total) - 4:.1f}" font-size="11" '
        f'text-anchor="end" fill="#1b7a33">Tổng {total} chỉ tiêu</text>'
    )
    if points:
        path = " ".join(f"{'M' if i == 0 else 'L'}{px(i):.1f} {py(v):.1f}" for i, (_, v) in enumerate(points))
        parts.append(f'<path d="{path}" fill="none" stroke="#1c4f9c" stroke-width="2.5"/>')
    for i, (name, v) in enumerate(points):
        parts.append(
            f'<circle cx="{px(i):.1f}" cy="{py(v):.1f}" r="3.5" fill="#1c4f9c"/>'
            f'<text x="{px(i):.1f}" y="{py(v) - 7:.1f}" font-size="11" text-anchor="middle">{v}</text>'
            f'<text x="{px(i):.1f}" y="{height - 12}" font-size="11" text-anchor="middle">{escape(name)}</text>'
        )
    return _svg(width, height, label, "".join(parts), "trend")


def sparkline(
    values: Sequence[Decimal | None], target: Decimal | None, statuses: Sequence[str], *, label: str = ""
) -> SafeString:
    """A target's year-to-date values month by month as small bars, with its target level as a line."""
    width, height = 132, 30
    known = [float(v) for v in values if v is not None]
    top = max(known + ([float(target)] if target is not None else []) + [1e-9])
    bottom = min([*known, 0.0])
    span = (top - bottom) or 1.0
    n = max(len(values), 1)
    bw = width / n
    parts = []
    for i, (v, status) in enumerate(zip(values, statuses, strict=False)):
        if v is None:
            parts.append(
                f'<rect x="{i * bw + 1:.1f}" y="{height - 3}" width="{bw - 2:.1f}" height="2" fill="#ced4da"/>'
            )
            continue
        h = max((float(v) - bottom) / span * (height - 4), 1.5)
        parts.append(
            f'<rect x="{i * bw + 1:.1f}" y="{height - h:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" '
            f'fill="{COLOURS.get(status, COLOURS["no_data"])}"/>'
        )
    if target is not None:
        ty = height - (float(target) - bottom) / span * (height - 4)
        parts.append(
            f'<line x1="0" y1="{ty:.1f}" x2="{width}" y2="{ty:.1f}" stroke="#1d2430" stroke-dasharray="3 2"/>'
        )
    return _svg(width, height, label or "Diễn biến theo tháng", "".join(parts), "spark")


def buckets_bar(counts: Mapping[Any, int], labels: Mapping[str, str], *, label: str) -> SafeString:
    """Timeliness buckets as one stacked bar with its numbers written underneath."""
    width, height = 420, 80
    total = sum(counts.values()) or 1
    x = 0.0
    parts = []
    for index, (key, n) in enumerate(counts.items()):
        w = width * n / total
        colour = BUCKET_COLOURS.get(key, "#adb5bd")
        if n:
            parts.append(f'<rect x="{x:.1f}" y="2" width="{w:.1f}" height="22" fill="{colour}"/>')
            if w > 24:
                parts.append(
                    f'<text x="{x + w / 2:.1f}" y="18" font-size="12" text-anchor="middle" fill="#fff" '
                    f'font-weight="700">{n}</text>'
                )
        x += w
        # The legend sits in two columns and writes every count, so the bar reads without colour too.
        lx, ly = (index % 2) * (width // 2), 36 + (index // 2) * 22
        parts.append(
            f'<rect x="{lx}" y="{ly}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{lx + 16}" y="{ly + 11}" font-size="13">{escape(f"{labels.get(key, key)}: {n}")}</text>'
        )
    return _svg(width, height, label, "".join(parts), "buckets")
