"""The views of results, honour rolls and unit pages: every string final, escaped and in one language."""

from __future__ import annotations

from dataclasses import dataclass

from .views import Link, Row


@dataclass(frozen=True)
class IndicatorSummary:
    number: int
    name: str
    target: str
    latest: str
    verdict: str
    bar: str
    units_met: str
    as_of: str
    chart: str
    points: list[Row]


@dataclass(frozen=True)
class StandingRow:
    rank: int
    unit: str
    met: str
    cells: list[str]
    unit_id: str = ""
    href: str = ""          # the unit's own page, a final URL from the results page


@dataclass(frozen=True)
class HonourEntry:
    recipient: str
    award: str
    decision: str
    campaign: Link
    year: int


@dataclass(frozen=True)
class HonourGroup:
    title: str
    entries: list[HonourEntry]


@dataclass(frozen=True)
class HonourYear:
    label: str
    groups: list[HonourGroup]


@dataclass(frozen=True)
class ResultsView:
    title: str
    campaign: Link
    illustrative: bool
    measured_note: str
    indicators: list[IndicatorSummary]
    standings: list[StandingRow]
    eligible: list[str]
    others: list[Row]
    others_note: str
    honours: list[HonourEntry]
    downloads: list[Link]
    units_link: Link | None = None


@dataclass(frozen=True)
class UnitFigure:
    """A unit's latest figure on one target: met or not in words, and how it moved."""

    indicator: str
    target: str
    latest: str
    verdict: str
    met: bool
    trend: str


@dataclass(frozen=True)
class UnitResults:
    campaign: Link
    results_link: Link
    figures: list[UnitFigure]
    illustrative: bool


@dataclass(frozen=True)
class UnitView:
    """A unit's own page: its campaigns, its figures against each target, its commendations."""

    title: str
    illustrative: bool
    campaigns: list[Link]
    results: list[UnitResults]
    honours: list[HonourEntry]
