"""Charts drawn at build time: everything inside the drawing, nothing written over anything else."""

from __future__ import annotations

import re
from decimal import Decimal

from generator.compute.charts import HEIGHT, PAD_TOP, WIDTH, bar, label_y, scale, trend_chart

LABELS = ["30 Jun 2024", "31 Aug 2024", "20 Sep 2024"]
VALUES = [Decimal("89"), Decimal("91.7"), Decimal("92.5")]


def chart(labels: list[str] = LABELS, values: list[Decimal] = VALUES) -> str:
    return trend_chart("Share online", labels, values, [f"{v}%" for v in values], Decimal(90), "Target: above 90%")


def period_labels(svg: str) -> list[str]:
    return re.findall(rf'<text ([^>]*) y="{HEIGHT - 4}">', svg)


def test_the_first_and_last_period_names_start_and_end_at_the_edges_so_neither_is_cut() -> None:
    first, middle, last = period_labels(chart())
    assert first == 'x="0" text-anchor="start"'
    assert middle == 'x="172"'                       # centred under its point
    assert last == f'x="{WIDTH}" text-anchor="end"'


def test_a_single_period_is_centred_under_its_point() -> None:
    (only,) = period_labels(chart(LABELS[:1], VALUES[:1]))
    assert only == 'x="172"'


def test_the_target_is_named_in_a_key_above_the_plot_not_beside_the_points() -> None:
    svg = chart(values=[Decimal(90), Decimal(95), Decimal(100)])
    key = re.search(r'<text x="\d+" y="(\d+)">Target: above 90%</text>', svg)
    assert key and int(key.group(1)) < PAD_TOP - 7 - 10     # above the highest point's figure, a line of 10
    assert all(int(cy) >= PAD_TOP for cy in re.findall(r'<circle cx="\d+" cy="(\d+)"', svg))


def test_a_bar_is_filled_in_proportion_and_never_past_its_end() -> None:
    assert '<rect width="40"' in bar(Decimal("0.5"))
    assert '<rect width="80"' in bar(Decimal("1.7"))
    assert '<rect width="0"' in bar(Decimal("-0.2"))


def test_a_percentage_scale_stops_at_100_while_the_data_do() -> None:
    assert scale([Decimal("99.2"), Decimal("100")], Decimal("100")) == (97.0, 100.0)
    assert scale([Decimal("130")], Decimal("100"))[1] == 132      # a growth rate may pass 100


def test_a_figure_never_sits_on_the_target_line_and_met_is_told_by_a_mark_not_colour() -> None:
    assert label_y(100, 60) == 93                 # far from the line: above the point
    assert label_y(100, 90) == 115                # the text would cross the line: under the point
    svg = trend_chart("t", ["a", "b"], [Decimal(40), Decimal(50)], ["40%", "50%"], Decimal(45), "≥ 45%",
                      [False, True])
    assert "40% ✗</text>" in svg and "50% ✓</text>" in svg and '<circle class="n"' in svg
