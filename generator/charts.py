"""Charts drawn at build time as inline SVG: no JavaScript, no library, readable without colour."""

from __future__ import annotations

import math
from decimal import Decimal

from .markup import attribute, inline

WIDTH, HEIGHT, PAD_LEFT, PAD_RIGHT, PAD_Y = 320, 150, 40, 16, 22


def bar(fraction: Decimal, width: int = 80) -> str:
    """A progress bar; decorative, since the figure beside it says the same in words."""
    filled = int((max(Decimal(0), min(Decimal(1), fraction)) * width).to_integral_value())
    return (f'<svg class="tds-bar" width="{width}" height="8" aria-hidden="true">'
            f'<rect width="{filled}" height="8"/></svg>')


def scale(values: list[Decimal], target: Decimal) -> tuple[float, float]:
    """A y range that shows small differences: around the data and the target, within 0-100."""
    low = float(min(min(values), target)) - 2
    high = float(max(max(values), target)) + 2
    return max(0.0, math.floor(low)), min(100.0, math.ceil(high)) if high <= 100 else math.ceil(high)


def trend_chart(title: str, labels: list[str], values: list[Decimal], shown: list[str],
                target: Decimal, target_label: str) -> str:
    """A line chart of one indicator over reporting periods, with the target as a dashed line.

    Kept lean (integer coordinates, short class names) since a results page has one per indicator.
    """
    low, high = scale(values, target)
    span = (high - low) or 1.0

    def y(v: Decimal | float) -> int:
        return round(PAD_Y + (HEIGHT - 2 * PAD_Y) * (1 - (float(v) - low) / span))

    step = (WIDTH - PAD_LEFT - PAD_RIGHT) / max(len(values) - 1, 1)
    xs = [round(PAD_LEFT + i * step) if len(values) > 1 else (WIDTH + PAD_LEFT - PAD_RIGHT) // 2
          for i in range(len(values))]
    points = " ".join(f"{x},{y(v)}" for x, v in zip(xs, values, strict=True))
    right, target_y = WIDTH - PAD_RIGHT, y(target)
    parts = [
        f'<svg class="tds-chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{attribute(title)}">',
        f'<text x="2" y="{y(high) + 4}">{inline(fmt(high))}</text>',
        f'<text x="2" y="{y(low) + 4}">{inline(fmt(low))}</text>',
        f'<path class="t" d="M{PAD_LEFT} {target_y}H{right}"/>',
        f'<text x="{right}" y="{target_y - 4}" text-anchor="end">{inline(target_label)}</text>',
        f'<polyline points="{points}"/><g text-anchor="middle">',
    ]
    for x, v, text, label in zip(xs, values, shown, labels, strict=True):
        parts.append(f'<circle cx="{x}" cy="{y(v)}" r="3"/><text x="{x}" y="{y(v) - 7}">{inline(text)}</text>'
                     f'<text x="{x}" y="{HEIGHT - 4}">{inline(label)}</text>')
    parts.append("</g></svg>")
    return "".join(parts)


def fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.1f}"
