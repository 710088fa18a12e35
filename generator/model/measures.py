"""What a target is measured in: percent, counts, lengths, money, points, times per period, ranks, grades, done.

A figure is written the local way ("1.200 hộ" / "1,200 households", "2.000.000 đồng" / "VND 2,000,000").
Grades are an ordered scale the indicator gives (best first); "done" has no figure at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Scale = Literal["number", "grade", "done"]


@dataclass(frozen=True)
class Measure:
    """One unit of measure: how a figure in it is written in each language."""

    code: str
    vi: str                        # the unit's name, for the glossary and the README
    en: str
    vi_figure: str                 # "{v}%", "{v} km", "{v} {noun}"
    en_figure: str
    en_figure_one: str = ""        # English for exactly 1, where it differs ("once a month", "1 household")
    scale: Scale = "number"
    ratio: bool = False            # a share of a whole: numerator / denominator, 0-100 unless it may pass 100
    lower_is_better: bool = False  # only for ranks; a target's comparison word gives every other direction
    whole: bool = False            # counted in whole numbers: households, times, ranks

    def figure(self, language: str, value: str, noun: str = "", one: bool = False) -> str:
        """ "45%", "1.200 hộ", "VND 2,000,000", "once a month"."""
        if language == "vi":
            pattern = self.vi_figure
        else:
            pattern = self.en_figure_one if one and self.en_figure_one else self.en_figure
        return pattern.format(v=value, noun=noun).strip()


MEASURES: tuple[Measure, ...] = (
    Measure("percent", "phần trăm (%)", "percent (%)", "{v}%", "{v}%", ratio=True),
    Measure("count", "số lượng (kèm danh từ: hộ, người, cây cầu…)", "count (with a noun: households, people…)",
            "{v} {noun}", "{v} {noun}", "{v} {noun}", whole=True),
    Measure("km", "ki-lô-mét", "kilometres", "{v} km", "{v} km"),
    Measure("m", "mét", "metres", "{v} m", "{v} m"),
    Measure("ha", "héc-ta", "hectares", "{v} ha", "{v} ha"),
    Measure("vnd", "đồng", "Vietnamese dong", "{v} đồng", "VND {v}"),
    Measure("million_vnd", "triệu đồng", "million dong", "{v} triệu đồng", "VND {v} million"),
    Measure("billion_vnd", "tỷ đồng", "billion dong", "{v} tỷ đồng", "VND {v} billion"),
    Measure("points", "điểm", "points", "{v} điểm", "{v} points", "{v} point"),
    Measure("times_per_month", "lần/tháng", "times a month", "{v} lần/tháng", "{v} times a month", "once a month",
            whole=True),
    Measure("times_per_quarter", "lần/quý", "times a quarter", "{v} lần/quý", "{v} times a quarter",
            "once a quarter", whole=True),
    Measure("times_per_year", "lần/năm", "times a year", "{v} lần/năm", "{v} times a year", "once a year", whole=True),
    Measure("rank", "thứ hạng (số nhỏ là tốt hơn)", "rank (lower is better)", "hạng {v}", "rank {v}",
            lower_is_better=True, whole=True),
    Measure("grade", "xếp loại (thang của chỉ tiêu, tốt nhất trước)", "grade (the indicator's scale, best first)",
            "{v}", "{v}", scale="grade"),
    Measure("done", "hoàn thành / chưa hoàn thành", "done / not done", "", "", scale="done"),
)
MEASURE = {m.code: m for m in MEASURES}
MeasureCode = Literal["percent", "count", "km", "m", "ha", "vnd", "million_vnd", "billion_vnd", "points",
                      "times_per_month", "times_per_quarter", "times_per_year", "rank", "grade", "done"]
