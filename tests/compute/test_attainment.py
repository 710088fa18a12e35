"""Exact attainment: decimals, never floats, against each comparison word."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from generator.base.errors import Location
from generator.compute.attainment import compute_results, is_met, rate
from generator.load.results import ResultRow, parse_period
from generator.model.campaign import Campaign, Indicator, Target
from tests.content import minimal


def row(unit: str = "a", value: str | None = None, counts: tuple[int, int] | None = None,
        period: str = "2026-Q3", indicator: str = "ty-le-thanh-toan-truc-tuyen") -> ResultRow:
    parsed = parse_period(period)
    assert parsed is not None
    numerator, denominator = counts or (None, None)
    return ResultRow("c", unit, indicator, parsed, Decimal(value) if value else None, numerator, denominator,
                     None, "", Location(Path("x.csv"), 2, 1), {})


PERCENT = {i: Indicator.model_validate({"id": i, "name": {"vi": i, "en": i}})
           for i in ("ty-le-thanh-toan-truc-tuyen", "ty-le-ho-so-xu-ly-truc-tuyen", "muc-do-hai-long")}


def target(word: str, value: int) -> Target:
    return Target.model_validate({"indicator": "ty-le-thanh-toan-truc-tuyen", "comparison": word, "value": value})


@pytest.mark.parametrize("word, figure, met", [
    ("trên", "45.0", False), ("trên", "45", False), ("trên", "45.01", True),
    ("từ", "90.0", True), ("tối thiểu", "89.99", False), ("đạt", "100", True), ("đạt", "99.99", False),
])
def test_percentages(word: str, figure: str, met: bool) -> None:
    level = 45 if word == "trên" else (90 if word != "đạt" else 100)
    assert is_met(row(value=figure), target(word, level), Decimal(level)) is met


def test_counts_are_compared_exactly() -> None:
    assert is_met(row(counts=(450, 1000)), target("trên", 45), Decimal(45)) is False       # exactly 45%
    assert is_met(row(counts=(451, 1000)), target("trên", 45), Decimal(45)) is True
    assert is_met(row(counts=(1, 3)), target("từ", 33), Decimal(33)) is True    # 33.333...%, no float error
    assert rate(row(counts=(1, 3))) == Decimal(100) / Decimal(3)


def test_pooled_figure_adds_counts() -> None:
    campaign = Campaign.model_validate(minimal())
    results = compute_results(campaign, [row("a", counts=(40, 100)), row("b", counts=(60, 100))], PERCENT)
    assert results is not None
    assert results.trends["ty-le-thanh-toan-truc-tuyen"][0].value == Decimal(50)


def test_pooled_figure_is_the_mean_without_counts() -> None:
    campaign = Campaign.model_validate(minimal())
    results = compute_results(campaign, [row("a", "40"), row("b", "61")], PERCENT)
    assert results is not None
    assert results.trends["ty-le-thanh-toan-truc-tuyen"][0].value == Decimal("50.5")


def test_ranks_share_ties_and_eligibility_means_every_measured_target() -> None:
    data = minimal()
    data["targets"].append({"indicator": "ty-le-ho-so-xu-ly-truc-tuyen", "comparison": "từ", "value": 90})
    campaign = Campaign.model_validate(data)
    rows = [row("a", "50"), row("a", "95", indicator="ty-le-ho-so-xu-ly-truc-tuyen"),
            row("b", "50"), row("b", "95", indicator="ty-le-ho-so-xu-ly-truc-tuyen"),
            row("c", "44"), row("c", "95", indicator="ty-le-ho-so-xu-ly-truc-tuyen"),
            row("d", "50", period="2026-Q2"), row("d", "40", period="2026-Q3")]   # only the latest counts
    results = compute_results(campaign, rows, PERCENT)
    assert results is not None
    assert [(s.unit, s.rank, s.met, s.eligible) for s in results.standings] == [
        ("a", 1, 2, True), ("b", 1, 2, True), ("c", 3, 1, False), ("d", 4, 0, False)]


def test_no_figures_on_targets_means_no_results() -> None:
    campaign = Campaign.model_validate(minimal())
    assert compute_results(campaign, [row(indicator="muc-do-hai-long", value="99")], PERCENT) is None
    assert dt.date(2026, 9, 30) == row().period.end
