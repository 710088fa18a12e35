"""Stage 3, compute (results): who met which target, exactly, with ranks, eligibility and trends.

Attainment is decided without floats: a rate given as numerator/denominator is compared by
cross-multiplication (numerator x 100 against target x denominator), a rate given as a
percentage is compared as a Decimal. So 45.0 against "trên 45%" is not met, and 90.0
against "từ 90%" is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from ..load.results import ReportingPeriod, ResultRow
from ..model import comparisons
from ..model.campaign import Campaign, Indicator, Target

HUNDRED = Decimal(100)
ONE = Decimal(1)


@dataclass(frozen=True)
class Attainment:
    """One unit's figure on one indicator for one period, against the campaign's target."""

    row: ResultRow
    target: Target
    level: Decimal             # the target's figure: its value, a grade's level, or 1 for done
    value: Decimal
    met: bool
    progress: Decimal          # 0..1: how far toward the target (1 when met)


@dataclass(frozen=True)
class UnitStanding:
    unit: str
    rank: int
    met: int
    measured: int
    progress: Decimal
    latest: dict[str, Attainment]

    @property
    def eligible(self) -> bool:
        return self.measured > 0 and self.met == self.measured


@dataclass(frozen=True)
class TrendPoint:
    period: ReportingPeriod
    value: Decimal
    met: bool
    units_met: int
    units: int


@dataclass(frozen=True)
class CampaignResults:
    campaign: Campaign
    indicators: list[str]                  # the measured indicators: a target and at least one figure
    standings: list[UnitStanding]          # best first
    trends: dict[str, list[TrendPoint]]
    illustrative: bool


def rate(row: ResultRow) -> Decimal:
    """The figure as a number: the given value, or numerator / denominator x 100."""
    if row.numerator is not None and row.denominator:
        return Decimal(row.numerator) * HUNDRED / Decimal(row.denominator)
    assert row.value is not None
    return row.value


def is_met(row: ResultRow, target: Target, level: Decimal) -> bool:
    """Exact: numerator x 100 against target x denominator when counts are given."""
    comparison = comparisons.BY_WORD[target.comparison]
    if row.numerator is not None and row.denominator:
        return comparison.is_met(Decimal(row.numerator) * HUNDRED, level * Decimal(row.denominator))
    assert row.value is not None
    return comparison.is_met(row.value, level)


def progress(value: Decimal, target: Target, met: bool, level: Decimal) -> Decimal:
    """How far toward the target, from 0 to 1; 1 once met."""
    if met:
        return ONE
    if comparisons.BY_WORD[target.comparison].operator in ("<", "<="):
        return min(ONE, level / value) if value else ONE
    return max(Decimal(0), min(ONE, value / level)) if level else ONE


def attain(row: ResultRow, target: Target, level: Decimal) -> Attainment:
    value, met = rate(row), is_met(row, target, level)
    return Attainment(row, target, level, value, met, progress(value, target, met, level))


def compute_results(campaign: Campaign, rows: list[ResultRow], registry: Mapping[str, Indicator],
                    ) -> CampaignResults | None:
    """Standings and trends of one campaign; None when it has no figures on any of its targets."""
    targets = first_target_per_indicator(campaign)
    measured = [r for r in rows if r.indicator in targets]     # what its results page is made of
    if not measured:
        return None
    by_indicator: dict[str, list[Attainment]] = {}
    for row in measured:
        target = targets[row.indicator]
        by_indicator.setdefault(row.indicator, []).append(attain(row, target, target.level(registry[row.indicator])))
    indicators = [i for i in targets if i in by_indicator]
    attainments = [a for i in indicators for a in by_indicator[i]]
    return CampaignResults(campaign, indicators, standings(attainments, indicators),
                           {i: trend(by_indicator[i]) for i in indicators}, any(r.illustrative for r in measured))


def first_target_per_indicator(campaign: Campaign) -> dict[str, Target]:
    targets: dict[str, Target] = {}
    for target in campaign.targets:
        targets.setdefault(target.indicator, target)
    return targets


def latest_by_unit(attainments: list[Attainment]) -> dict[str, dict[str, Attainment]]:
    """Each unit's most recent figure per indicator."""
    latest: dict[str, dict[str, Attainment]] = {}
    for attainment in attainments:
        mine = latest.setdefault(attainment.row.unit, {})
        current = mine.get(attainment.row.indicator)
        if current is None or (attainment.row.period.end, attainment.row.period.start) > (current.row.period.end,
                                                                        current.row.period.start):
            mine[attainment.row.indicator] = attainment
    return latest


def standings(attainments: list[Attainment], indicators: list[str]) -> list[UnitStanding]:
    """Units ranked by targets met, then by mean progress; equal units share a rank."""
    scored = []
    for unit, latest in latest_by_unit(attainments).items():
        met = sum(1 for i in indicators if i in latest and latest[i].met)
        mean = sum((latest[i].progress for i in indicators if i in latest), Decimal(0)) / len(indicators)
        scored.append((unit, met, mean, latest))
    scored.sort(key=lambda s: (-s[1], -s[2], s[0]))
    result: list[UnitStanding] = []
    for position, (unit, met, mean, latest) in enumerate(scored, start=1):
        tied = result and (result[-1].met, result[-1].progress) == (met, mean)
        rank = result[-1].rank if tied else position
        result.append(UnitStanding(unit, rank, met, len(indicators), mean, latest))
    return result


def trend(attainments: list[Attainment]) -> list[TrendPoint]:
    """Per period: the combined figure of all units (pooled counts where every unit gave counts)."""
    by_period: dict[ReportingPeriod, list[Attainment]] = {}
    for attainment in attainments:
        by_period.setdefault(attainment.row.period, []).append(attainment)
    points = []
    for period in sorted(by_period, key=lambda p: (p.end, p.start, p.text)):
        here = by_period[period]
        value = pooled(here)
        target = here[0].target
        met = comparisons.BY_WORD[target.comparison].is_met(value, here[0].level)
        points.append(TrendPoint(period, value, met, sum(1 for a in here if a.met), len(here)))
    return points


def pooled(attainments: list[Attainment]) -> Decimal:
    """Sum of numerators over sum of denominators when all have counts; the lowest of grades or done / not done
    (a commune is done when every unit is); else the mean of the rates."""
    rows = [a.row for a in attainments]
    if comparisons.BY_WORD[attainments[0].target.comparison].scale != "number":
        return min(a.value for a in attainments)
    if all(r.numerator is not None and r.denominator for r in rows):
        numerator = sum(r.numerator or 0 for r in rows)
        denominator = sum(r.denominator or 0 for r in rows)
        return Decimal(numerator) * HUNDRED / Decimal(denominator)
    return sum((a.value for a in attainments), Decimal(0)) / len(attainments)
