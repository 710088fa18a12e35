"""Charts drawn at build time as inline SVG: no JavaScript, no library, readable without colour."""

from __future__ import annotations

import math
from decimal import Decimal

from ..base.markup import attribute, inline

WIDTH, HEIGHT, PAD_LEFT, PAD_RIGHT = 320, 162, 40, 16
PAD_TOP, PAD_BOTTOM = 34, 22      # above the plot, the target's key; below it, the periods
KEY = 20                          # the length of the key's dashed line


def bar(fraction: Decimal, width: int = 80) -> str:
    """A progress bar; decorative, since the figure beside it says the same in words."""
    filled = int((max(Decimal(0), min(Decimal(1), fraction)) * width).to_integral_value())
    return (f'<svg class="tds-bar" width="{width}" height="8" aria-hidden="true">'
            f'<rect width="{filled}" height="8"/></svg>')


def scale(values: list[Decimal], target: Decimal) -> tuple[float, float]:
    """A y range that shows small differences: around the data and the target, within 0-100 while the data are
    (no "102" on a percentage scale)."""
    low = float(min(min(values), target)) - 2
    top = float(max(max(values), target))
    high = math.ceil(top + 2)
    return max(0.0, math.floor(low)), min(100.0, high) if top <= 100 else high


def trend_chart(title: str, labels: list[str], values: list[Decimal], shown: list[str],
                target: Decimal, target_label: str, met: list[bool] | None = None) -> str:
    """A line chart of one indicator over reporting periods, with the target as a dashed line; a point that meets
    the target is a filled dot marked ✓, one that does not a hollow dot marked ✗ (not colour alone). A figure
    whose label would sit on the target line goes under its point.

    Kept lean (integer coordinates, short class names) since a results page has one per indicator.
    """
    low, high = scale(values, target)
    span = (high - low) or 1.0

    def y(v: Decimal | float) -> int:
        return round(PAD_TOP + (HEIGHT - PAD_TOP - PAD_BOTTOM) * (1 - (float(v) - low) / span))

    step = (WIDTH - PAD_LEFT - PAD_RIGHT) / max(len(values) - 1, 1)
    xs = [round(PAD_LEFT + i * step) if len(values) > 1 else (WIDTH + PAD_LEFT - PAD_RIGHT) // 2
          for i in range(len(values))]
    points = " ".join(f"{x},{y(v)}" for x, v in zip(xs, values, strict=True))
    parts = [
        f'<svg class="tds-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{attribute(title)}">',
        f'<path class="t" d="M{PAD_LEFT} 10h{KEY}"/>',
        f'<text x="{PAD_LEFT + KEY + 4}" y="14">{inline(target_label)}</text>',
        f'<text x="2" y="{y(high) + 4}">{inline(fmt(high))}</text>',
        f'<text x="2" y="{y(low) + 4}">{inline(fmt(low))}</text>',
        f'<path class="t" d="M{PAD_LEFT} {y(target)}H{WIDTH - PAD_RIGHT}"/>',
        f'<polyline points="{points}"/><g text-anchor="middle">',
    ]
    marks = met if met is not None else [None] * len(values)
    for i, (x, v, text, label, ok) in enumerate(zip(xs, values, shown, labels, marks, strict=True)):
        symbol = "" if ok is None else (" ✓" if ok else " ✗")
        hollow = ' class="n"' if ok is False else ""
        parts.append(f'<circle{hollow} cx="{x}" cy="{y(v)}" r="3"/>'
                     f'<text x="{x}" y="{label_y(y(v), y(target))}">{inline(text)}{symbol}</text>'
                     f'<text {period_label_place(i, len(values), x)} y="{HEIGHT - 4}">{inline(label)}</text>')
    parts.append("</g></svg>")
    return "".join(parts)


def label_y(point: int, target: int) -> int:
    """The baseline of a point's figure: above the point, or under it when the text would cross the target line."""
    above = point - 7
    return point + 15 if above - 10 <= target <= above + 3 else above


def period_label_place(index: int, count: int, x: int) -> str:
    """Where a period's name goes under its point: the first starts at the left edge and the last ends at the
    right one, so that neither is cut off; the others are centred."""
    if count > 1 and index == 0:
        return 'x="0" text-anchor="start"'
    if count > 1 and index == count - 1:
        return f'x="{WIDTH}" text-anchor="end"'
    return f'x="{x}"'


def fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"
